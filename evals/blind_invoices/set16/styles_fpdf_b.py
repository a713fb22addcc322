"""fpdf2 styles for set 16, part B (07 San Marino printing works' fattura for election ballots and polling material to a
public office, priced per piece to the thousandth of a euro, no tax on a domestic sale, an advance already paid, the
totals on a second page on two documents, 08 São Tomé and Príncipe translation agency's fatura for certified translations
of court documents per page with an urgency surcharge and IVA 15 %, drawn with a left sidebar)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    de,
    digits,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import MONTHS, para, wrap
from kit_words import pt_words
from stdnum import iban as _iban
from stdnum.sm import coe as _coe

STYLES, style = style_registry("fpdf2")


# =========================================================================== 07 San Marino printing works, election ballots (C.O.E., EUR, no tax, advance, 2 pages)
SM_V = [
    ("Tipografia Titanica S.r.l.", "Via Tre Settembre 112, 47891 Dogana", (140, 20, 30)),
    ("Arti Grafiche Sammarinesi S.p.A.", "Strada Cardio 23, 47899 Serravalle", (20, 60, 120)),
    ("Stamperia del Monte S.r.l.", "Via del Passetto 8, 47893 Borgo Maggiore", (30, 100, 70)),
    ("Poligrafica Acquaviva S.r.l.", "Via Consiglio dei Sessanta 99, 47892 Acquaviva", (90, 60, 20)),
]
SM_B = [("Ufficio Stato Civile, Servizi Demografici ed Elettorali", "Contrada Omagnano 20, 47890 San Marino Città"), ("Giunta di Castello di Borgo Maggiore", "Piazza Grande 1, 47893 Borgo Maggiore"),
        ("Ufficio Stato Civile, Servizi Demografici ed Elettorali", "Contrada Omagnano 20, 47890 San Marino Città"), ("Giunta di Castello di Serravalle", "Via Ranco 8, 47899 Serravalle")]
SM_ELEZ = ["Elezioni politiche generali per il Consiglio Grande e Generale", "Elezioni della Giunta di Castello", "Referendum confermativo", "Elezioni della Giunta di Castello"]
SM_WORK = [
    ("Schede elettorali formato 42 x 30 cm, carta uso mano 100 g, stampa 2 colori, piegate in quattro", "pz", 20000, 40000, "0.038", "0.095"),
    ("Manifesti liste e candidati 70 x 100 cm, 4 colori", "pz", 150, 600, "0.85", "2.40"),
    ("Buste per schede votate, carta kraft 120 g", "pz", 2000, 12000, "0.030", "0.080"),
    ("Verbali e tabelle di scrutinio sezionali (blocchi da 50 fogli)", "blocchi", 20, 120, "6.50", "14.00"),
    ("Registri elettorali rilegati, copertina rigida", "pz", 10, 60, "18.00", "42.00"),
    ("Numerazione progressiva e timbro di sicurezza sulle schede", "pz", 20000, 40000, "0.004", "0.012"),
    ("Certificati elettorali personalizzati con dati variabili", "pz", 5000, 25000, "0.045", "0.110"),
]


@style("07", "sm_tipografia_schede_elettorali")
def s07(rng, i):
    vname, vaddr, color = SM_V[i]
    bname, baddr = SM_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in [SM_WORK[0]] + rng.sample(SM_WORK[1:], rng.randint(2, 4)):
        q = D(rng.randint(qlo // 100, qhi // 100) * 100) if qlo >= 1000 else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.001") if D(lo) < 1 else D("0.05"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    q = D(1)
    p = D(rng.randint(12, 60) * 5)
    items.append({"desc": "Imballo e consegna alle sezioni elettorali", "unit": "a corpo", "qty": q, "price": p, "amount": p})
    total = sum(it["amount"] for it in items)
    coe = valid(rng, lambda: str(rng.randint(100, 99999)), _coe.is_valid)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FT {rng.randint(1000, 2999)}", f"{rng.randint(10, 400)}/E", f"{d.year}/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[60, 0, 30, 0][i]) if i in (0, 2) else None
    term = ["", "Bonifico bancario 60 gg data fattura fine mese", "", "Rimessa diretta a ricevimento fattura"][i]
    po = [f"Impegno di spesa n. {rng.randint(100, 999)}/{d.year}", None, None, f"Ordine n. {rng.randint(10, 99)}/GC"][i]
    po_val = po.split("n. ")[1] if po else None
    quote = (f"{rng.randint(10, 99)}/{d.year}", d - dt.timedelta(days=rng.randint(30, 70)))
    ddt = (f"{rng.randint(100, 999)}", d - dt.timedelta(days=rng.randint(1, 10)))
    adv = q2(total * D(rng.choice([20, 30, 40])) / 100) if i in (1, 2) else None
    two = i in (1, 3)
    ib = valid(rng, lambda: iban("SM", rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rng.choice(["03225", "06067", "08540", "03034"]) + rng.choice(["09800", "09801", "09802"]) + digits(rng, 12)), _iban.is_valid)
    money = lambda x: de(x)  # noqa: E731
    capital, reg_no = de(D(rng.choice([25500, 77500, 150000]))), rng.randint(1000, 9999)
    bank = rng.choice(["Banca di San Marino S.p.A.", "Cassa di Risparmio della Repubblica di San Marino", "Banca Agricola Commerciale", "Banca Sammarinese di Investimento"])

    def footer(pdf, page, pages):
        pdf.set_draw_color(190, 190, 190)
        pdf.line(15, 281, 195, 281)
        para(pdf, 15, 283, 180, f"{vname} · Capitale sociale € {capital} i.v. · Registro Società n. {reg_no} · C.O.E. {coe} · Pagina {page} di {pages}", 6.4, color=(110, 110, 110), align="C")

    def totals(pdf, y):
        txt(pdf, 110, y, "TOTALE DOCUMENTO", 10, "B")
        txt(pdf, 155, y, f"€ {money(total)}", 10, "B", align="R", w=40)
        y += 6
        if adv:
            txt(pdf, 110, y, "Acconto versato all'ordine", 8)
            txt(pdf, 155, y, f"€ {money(adv)}", 8, align="R", w=40)
            txt(pdf, 110, y + 4.6, "Netto a pagare", 8, "B")
            txt(pdf, 155, y + 4.6, f"€ {money(total - adv)}", 8, "B", align="R", w=40)
            y += 11
        y = para(pdf, 15, y + 2, 180, "Cessione di beni prodotti nel territorio della Repubblica: operazione non soggetta a imposta monofase sulle importazioni.", 7, "I")
        y = para(pdf, 15, y + 2, 180, f"Pagamento: {'bonifico bancario, scadenza ' + fd(due) if due else term}. Coordinate bancarie: {bank} – IBAN {iban_fmt(ib)}.", 7.8)
        return y

    def render(path):
        pdf = new_fpdf(creator="Danea Easyfatt")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 15, "B", "Serif", color=color)
        txt(pdf, 15, 19.5, f"Stampa offset e digitale · modulistica per la Pubblica Amministrazione · {vaddr} (RSM)", 7.6)
        txt(pdf, 15, 24, f"Tel. 0549 {digits(rng, 6)} · Cod. Operatore Economico (C.O.E.): {coe}", 7.8, "B")
        pdf.set_fill_color(*color)
        pdf.rect(15, 29, 180, 0.8, "F")
        txt(pdf, 112, 36, "Spett.le", 7.6, color=(100, 100, 100))
        txt(pdf, 112, 40.5, bname if len(bname) < 44 else "Ufficio Stato Civile, Servizi Demografici", 9, "B")
        y = 45
        if len(bname) >= 44:
            txt(pdf, 112, y, "ed Elettorali", 9, "B")
            y += 4.5
        txt(pdf, 112, y, baddr, 7.8)
        txt(pdf, 112, y + 4.5, "Repubblica di San Marino", 7.8)
        txt(pdf, 15, 36, "FATTURA", 16, "B", "Serif")
        kv = [("Numero", no), ("Data", fd(d))]
        if po:
            kv.append(("Vs. riferimento", po))
        kv += [("Preventivo", f"n. {quote[0]} del {quote[1].strftime('%d/%m/%Y')}"), ("D.D.T.", f"n. {ddt[0]} del {ddt[1].strftime('%d/%m/%Y')}")]
        y = 44
        for a, b in kv:
            txt(pdf, 15, y, a, 7.8)
            txt(pdf, 42, y, b, 7.8, "B")
            y += 4.4
        y = para(pdf, 15, max(y, 60) + 3, 180, f"Oggetto: fornitura materiale elettorale – {SM_ELEZ[i]} del {(d + dt.timedelta(days=rng.randint(5, 20))).strftime('%d/%m/%Y')}. Bozze approvate dall'Ufficio il {(ddt[1] - dt.timedelta(days=rng.randint(5, 15))).strftime('%d/%m/%Y')}.", 7.8)
        cols = [("Descrizione", 94, "L"), ("U.M.", 14, "C"), ("Quantità", 22, "R"), ("Prezzo €", 22, "R"), ("Importo €", 28, "R")]
        rows = [[it["desc"], it["unit"], de(it["qty"], 0), money(it["price"]) if it["price"] >= 1 else de(it["price"], 3), money(it["amount"])] for it in items]
        y = table(pdf, 15, y + 4, cols, [[wrap(r[0], 62)] + r[1:] for r in rows], size=7.4, rowh=6, header_fill=(235, 235, 235))
        if two:
            txt(pdf, 15, y + 5, "Ripartizione delle schede per sezione elettorale (consegna del " + ddt[1].strftime("%d/%m/%Y") + ")", 8, "B")
            nsec = rng.randint(9, 14)
            cuts = sorted(rng.sample(range(1, int(items[0]["qty"]) // 50), nsec - 1))
            per = [(b - a) * 50 for a, b in zip([0, *cuts], [*cuts, int(items[0]["qty"]) // 50], strict=True)]
            locs = ["Città", "Borgo Maggiore", "Serravalle", "Domagnano", "Fiorentino", "Acquaviva", "Chiesanuova", "Faetano", "Montegiardino", "Dogana", "Falciano", "Murata", "Cailungo", "Valdragone"]
            srows = [[f"Sezione n. {k + 1}", locs[k], de(n, 0), de(n // 10 + 20, 0), (lambda c: f"{c} {'collo' if c == 1 else 'colli'}")(rng.randint(1, 9))] for k, n in enumerate(per)]
            y = table(pdf, 15, y + 10, [("Sezione", 32, "L"), ("Località", 50, "L"), ("Schede", 28, "R"), ("Buste", 28, "R"), ("Imballo", 30, "R")], srows, size=7, rowh=5.2, header_fill=(245, 245, 245), line_color=(215, 215, 215))
            txt(pdf, 15, y + 4, "segue alla pagina successiva", 7.4, "I", color=(110, 110, 110))
            footer(pdf, 1, 2)
            pdf.add_page()
            txt(pdf, 15, 14, f"{vname} – Fattura n. {no} del {fd(d)} (segue)", 9, "B", "Serif", color=color)
            y = 26
            txt(pdf, 15, y, "Riepilogo", 8.5, "B")
            y += 6
            for it in items:
                txt(pdf, 15, y, it["desc"].split(",")[0], 7.2)
                txt(pdf, 155, y, money(it["amount"]), 7.2, align="R", w=40)
                y += 4.2
            pdf.line(110, y + 1, 195, y + 1)
            y = totals(pdf, y + 4)
            y = para(pdf, 15, y + 8, 180, "Condizioni generali di fornitura: la merce viaggia a rischio del committente; eventuali contestazioni vanno comunicate entro 8 giorni dalla consegna. Le bozze approvate sollevano il fornitore da responsabilità per errori non segnalati. Foro competente: Tribunale Unico della Repubblica di San Marino.", 7, color=(80, 80, 80))
            footer(pdf, 2, 2)
        else:
            y = totals(pdf, y + 5)
            footer(pdf, 1, 1)
        pdf.output(path)

    notes = (
        "San Marino printing works' FATTURA for election ballots and polling material to a public office: vendor = the legal name (S.r.l./S.p.A.) at the top; vendor tax id = the C.O.E. (codice operatore economico, up to 5 digits; python-stdnum sm.coe accepts it, no checksum); the quote and delivery-note numbers and dates, the company register number and the IBAN are decoys. "
        "invoice_number = 'Numero'; invoice_date = 'Data' (" + ["dd/mm/yyyy", "'12 marzo 2026'", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "); the election date and the proof-approval date are decoys. "
        + ("due = the 'scadenza' date in the payment line. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = the number in 'Vs. riferimento' ({po}): {po_val}. " if po else "No PO. ")
        + "No tax is charged on a domestic sale (a note says so): subtotal and tax null; total = 'TOTALE DOCUMENTO'"
        + ("; the advance paid with the order and 'Netto a pagare' are decoys" if adv else "")
        + ("; two pages: the item table on page 1, a summary of the row amounts and the totals on page 2" if two else "")
        + ". Currency EUR ('€'). Amounts '1.234,56'; unit prices below one euro have three decimals. Line items: every row of the item table (amount = 'Importo €'; quantity 'Quantità', pieces grouped with dots)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=coe, invoice_number=no, po_number=po_val, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "(C.O.E.): " + coe, no, po, vname, "€"], render


# =========================================================================== 08 São Tomé translation agency (NIF, IVA 15 %, Dobras, court documents per page, sidebar)
ST_V = [
    ("Traduções Equador, Lda.", "Avenida Marginal 12 de Julho, n.º 34", "São Tomé", (0, 95, 80)),
    ("Gabinete de Tradução Ilha Verde, Lda.", "Rua de Moçambique, n.º 45", "São Tomé", (40, 70, 130)),
    ("LusoLínguas STP – Tradução e Interpretação, Lda.", "Bairro Quinta de Santo António", "São Tomé", (130, 60, 20)),
    ("Centro de Línguas Obô, Lda.", "Rua Dr. Vasco da Gama", "Santo António, Príncipe", (90, 30, 90)),
]
ST_B = [("Neves & Trovoada – Sociedade de Advogados", "Rua 3 de Fevereiro, São Tomé"), ("Companhia de Navegação Atlântico Sul, Lda.", "Porto de Ana Chaves, São Tomé"),
        ("Pedro Lima & Associados – Advogados", "Avenida Kwame Nkrumah, São Tomé"), ("Cacau Obô Exportadora, Lda.", "Roça Água Izé, Cantagalo")]
ST_DOCS = [
    ("Sentença do Tribunal de 1.ª Instância", "EN→PT"), ("Petição inicial e documentos anexos", "FR→PT"), ("Acórdão do Supremo Tribunal de Justiça", "PT→EN"),
    ("Procuração forense e certidão comercial", "EN→PT"), ("Relatório pericial (arbitragem marítima)", "EN→PT"), ("Carta rogatória e notificações", "PT→FR"),
]


@style("08", "st_traducao_documentos_judiciais")
def s08(rng, i):
    vname, vaddr, city, color = ST_V[i]
    bname, baddr = ST_B[i]
    d = rand_date(rng)
    proc = f"{rng.randint(10, 999)}/{d.year - rng.randint(0, 2)}"
    items = []
    for doc, pair in rng.sample(ST_DOCS, rng.randint(2, 4)):
        q = D(rng.randint(3, 60))
        p = exact_price(rng, q, D("450"), D("900"), D("25"))
        items.append({"desc": f"Tradução certificada {pair} – {doc} (por página)", "qty": q, "price": p, "amount": q2(q * p)})
    if rng.random() < 0.6:
        base = items[0]["amount"]
        items.append({"desc": f"Urgência (entrega em 48 h) – acréscimo de 50 % sobre {de(base)}", "qty": None, "show_qty": False, "price": None, "amount": q2(base / 2)})
    q = D(rng.randint(2, 6))
    p = exact_price(rng, q, D("150"), D("400"), D("25"))
    items.append({"desc": "Termo de certificação e fidelidade da tradução (por documento)", "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    nif = digits(rng, 9, True)
    b_nif = digits(rng, 9, True)
    no = [f"FT {d.year}/{rng.randint(10, 400)}", f"FT A/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"FT CLO{d.year}/{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[15, 30, 0, 0][i]) if i in (0, 1) else None
    term = ["", "", "Pagamento a 15 dias", "Pronto pagamento"][i]
    po = [None, f"NE {rng.randint(1000, 9999)}", None, f"REQ-{rng.randint(100, 999)}"][i]
    deliver = d - dt.timedelta(days=rng.randint(1, 6))
    npages = sum(int(it["qty"]) for it in items if it["qty"] and "página" in it["desc"])
    ib = valid(rng, lambda: iban("ST", rng.choice(["0001", "0002", "0003"]) + "0001" + digits(rng, 11) + digits(rng, 2)), _iban.is_valid)
    money = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="PHC CS Faturação")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 52, 297, "F")
        w = (255, 255, 255)
        y = para(pdf, 6, 14, 42, vname, 10.5, "B", h=4.8, color=w)
        y = para(pdf, 6, y + 3, 42, f"{vaddr}\n{city}\nRepública Democrática de São Tomé e Príncipe", 7, h=3.5, color=w)
        y = para(pdf, 6, y + 3, 42, f"Tel. +239 {rng.choice(['222', '224', '990', '981'])} {digits(rng, 4)}\ngeral@{vname.split()[0].lower().replace('ç', 'c').replace('õ', 'o').replace('í', 'i')}.st", 7, h=3.5, color=w)
        y = para(pdf, 6, y + 4, 42, f"NIF {nif}", 8.4, "B", h=4, color=w)
        y = para(pdf, 6, y + 1, 42, f"Alvará n.º {rng.randint(100, 999)}/{rng.randint(2010, 2022)}", 7, h=3.5, color=w)
        y = para(pdf, 6, y + 6, 42, "Coordenadas bancárias", 7.4, "B", h=3.6, color=w)
        y = para(pdf, 6, y + 1, 42, f"{rng.choice(['BISTP', 'Afriland First Bank STP', 'Ecobank STP', 'BGFIBank STP'])}\nIBAN", 6.8, h=3.4, color=w)
        txt(pdf, 6, y + 0.4, iban_fmt(ib), 6.2, "", "DVC", color=w)
        x = 60
        txt(pdf, x, 14, "FATURA", 18, "B", color=color)
        txt(pdf, x, 23, f"N.º {no}", 10, "B")
        kv = [("Data de emissão", fd(d))]
        if po:
            kv.append(("V/ nota de encomenda", po))
        kv.append(("Data de vencimento", fd(due)) if due else ("Condições de pagamento", term))
        kv.append(("Entrega das traduções", fd(deliver)))
        y = 31
        for a, b in kv:
            txt(pdf, x, y, a, 7.6, color=(90, 90, 90))
            txt(pdf, x + 39, y, b, 7.8, "B")
            y += 4.4
        pdf.set_draw_color(*color)
        pdf.rect(140, 30, 60, 24)
        txt(pdf, 142, 31.5, "Exmo.(s) Sr.(s)", 6.8, color=(90, 90, 90))
        para(pdf, 142, 35, 56, f"{bname}\n{baddr}\nNIF {b_nif}", 7.6, h=3.8)
        y = para(pdf, x, max(y, 58) + 2, 140, f"Referente a: Processo n.º {proc} – {rng.choice(['Tribunal de 1.ª Instância de São Tomé', 'Tribunal Regional do Príncipe', 'Supremo Tribunal de Justiça', 'Centro de Arbitragem de São Tomé'])}. Total de {npages} páginas traduzidas (≈ {npages * rng.randint(22, 30) * 10} palavras).", 7.6)
        cols = [("Descrição", 84, "L"), ("Qtd.", 12, "R"), ("Preço unit.", 20, "R"), ("Valor (Dbs)", 24, "R")]
        rows = [[wrap(it["desc"], 56), qstr(it["qty"]) if it["qty"] is not None else "", money(it["price"]) if it["price"] else "", money(it["amount"])] for it in items]
        y = table(pdf, x, y + 4, cols, rows, size=7.2, font="DVC", rowh=6, header_fill=(236, 236, 236))
        y += 5
        for a, b, bold in [("Total ilíquido", money(net), False), ("IVA 15 %", money(tax), False), ("Total a pagar (STN)", f"{money(total)} Dbs", True)]:
            txt(pdf, 128, y, a, 8.4 if bold else 8, "B" if bold else "")
            txt(pdf, 160, y, b, 8.4 if bold else 8, "B" if bold else "", align="R", w=40)
            y += 5.2
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(x, y + 2, 140, 12, "F")
        txt(pdf, x + 2, y + 3.5, "Quadro resumo do IVA", 7, "B")
        txt(pdf, x + 2, y + 8, f"Taxa 15 %   Incidência {money(net)}   Imposto {money(tax)}", 7)
        cents = int((total % 1) * 100)
        y = para(pdf, x, y + 18, 140, f"Importa a presente fatura em {pt_words(int(total))} dobras" + (f" e {pt_words(cents)} cêntimos." if cents else "."), 7.4, "I")
        y = para(pdf, x, y + 3, 140, "As traduções certificadas são acompanhadas do termo de fidelidade assinado pelo tradutor. Os originais foram devolvidos ao cliente na data de entrega.", 7)
        txt(pdf, x, 270, "O Tradutor / A Gerência", 7.6)
        pdf.line(x, 268, x + 60, 268)
        para(pdf, x, 282, 140, f"{vname} · NIF {nif} · Documento processado por computador · Página 1 de 1", 6.2, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "São Tomé and Príncipe translation agency's FATURA for certified translations of court documents: vendor = the legal name (Lda.) at the top of the sidebar; vendor tax id = 'NIF' (9 digits, no public checksum: random); the client's NIF, the court case number, the licence number and the IBAN are decoys. "
        "invoice_number = 'N.º' under FATURA; invoice_date = 'Data de emissão' (" + ["dd/mm/yyyy", "'12 de março de 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the translations' delivery date is a decoy. "
        + ("due = 'Data de vencimento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'V/ nota de encomenda' {po}. " if po else "No PO. ")
        + "subtotal = 'Total ilíquido'; tax = 'IVA 15 %'; total = 'Total a pagar (STN)'; the VAT summary box repeats the base and the tax; the amount in words repeats the total; the page and word counts are decoys. "
        "Currency STN (dobra, printed 'Dbs'). Amounts '1.234,56'. Line items: every row (amount = 'Valor (Dbs)'; quantity 'Qtd.': pages or documents; the urgency surcharge prints no quantity: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="STN", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF " + nif, "N.º " + no, po, vname, "Dbs"], render
