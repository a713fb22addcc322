"""fpdf2 styles for set 62, second part (08 Quelimane road-freight FACTURA in Portuguese on a LANDSCAPE page, a FULLY
RULED grid of consignments with weights in tonnes and a rate per tonne, the facts as LABEL: value pairs BESIDE each
other, IVA 16 %, the total in Portuguese words; 09 Lecce FATTURA as a BUSINESS LETTER in Italian in a serif font, the
facts and sums in running sentences, professional hours, IVA 22 %, two of four with a small table; 10 Daloa FACTURE in
French in whole francs CFA with a REMITTANCE SLIP at the foot, an account statement box on two, an ADVANCE deducted on two,
TVA 18 % and the total in French words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4
from invoice_kit import de, digits, iban, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, fr_date, lines, para, po_note, truth, wrap
from kit_words import fr_words, pt_words
from stdnum.it import iva
from stdnum.mz import nuit

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Quelimane (IVA 16, MZN), landscape freight, ruled, words
QL_V = [
    ("Transportes Bons Sinais, Lda", "Av. 7 de Setembro n.º 412, Quelimane, Zambézia", (24, 70, 110)),
    ("Camionagem Licuári, Lda", "Estrada Nacional N1, Bairro Coalane, Quelimane", (120, 40, 30)),
    ("Zambézia Logística e Frio, SA", "Zona Industrial de Madal, Quelimane", (20, 100, 80)),
    ("Transportadora Rio Cuácua, Lda", "Rua Filipe Samuel Magaia n.º 88, Quelimane", (80, 60, 120)),
]
QL_B = [
    ("Madal Copra e Derivados, SA", "Quelimane"), ("Chá de Gurúè Exportação, Lda", "Gurúè, Zambézia"),
    ("Mocuba Caju Processamento, Lda", "Mocuba, Zambézia"), ("Cimentos da Beira Distribuição, SA", "Beira, Sofala"),
]
QL_GOODS = ["Copra ensacada", "Chá preto em caixas", "Castanha de caju bruta", "Arroz em sacos de 50 kg", "Cimento Portland 42,5", "Camarão congelado (frio)", "Açúcar castanho", "Óleo de coco em bidões"]
QL_DEST = ["Quelimane → Nampula", "Quelimane → Mocuba", "Gurúè → Quelimane", "Quelimane → Beira", "Quelimane → Nacala", "Mocuba → Quelimane", "Quelimane → Tete", "Milange → Quelimane"]


@style("08", "mz_qlm_quelimane_factura_frete_iva_16_landscape_ruled_words")
def s08(rng, i):
    vname, vaddr, color = QL_V[i]
    bname, bcity = QL_B[i]
    d = rand_date(rng)
    n = [4, 6, 3, 5][i]
    items = []
    for _k in range(n):
        q = D(rng.randint(800, 3400)) / 100
        p = D(rng.randint(90, 420) * 10)
        items.append({"desc": f"{rng.choice(QL_GOODS)}, {rng.choice(QL_DEST)}", "unit": "t", "qty": q, "price": p, "amount": q2(q * p),
                      "gr": f"GR {rng.randint(10000, 99999)}", "dt": d - dt.timedelta(days=rng.randint(2, 20)), "plate": f"A{rng.choice('BCDFGHMN')}{rng.choice('CDMNQ')}-{rng.randint(100, 999)}-{rng.choice(['MC', 'MP', 'ZB'])}"})
    if i in (1, 3):
        q = D(rng.randint(2, 6))
        p = D(rng.randint(30, 90) * 100)
        items.append({"desc": "Carga e descarga (estiva), por camião", "unit": "serv.", "qty": q, "price": p, "amount": q2(q * p), "gr": "—", "dt": d, "plate": "—"})
    items.sort(key=lambda x: x["dt"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * 16 / 100)
    total = net + tax
    vid = valid(rng, lambda: "4" + digits(rng, 8), nuit.is_valid)
    bnuit = valid(rng, lambda: "4" + digits(rng, 8), nuit.is_valid)
    no = [f"FT {d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"ZLF-{rng.randint(10000, 99999)}", f"FT{d.strftime('%y')}A{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 30, 45])) if i != 2 else None
    po = [f"REQ-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", None, f"PO {rng.randint(450000, 459999)}"][i]
    mt_, cts = divmod(int(total * 100), 100)
    words = "São: " + pt_words(mt_) + (" meticais" if mt_ != 1 else " metical") + (f" e {pt_words(cts)} centavos" if cts else "")
    words = words[:5] + words[5].upper() + words[6:]
    ibanv = iban("MZ", "0001" + digits(rng, 17))

    def render(path):
        pdf = new_fpdf("L", creator="Primavera ERP")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.line(12, 10, 285, 10)
        pdf.set_line_width(0.2)
        txt(pdf, 12, 13, vname, 15, "B", color=color)
        txt(pdf, 12, 20, vaddr, 8.4)
        txt(pdf, 12, 24.2, f"NUIT {vid}   ·   Alvará n.º {rng.randint(100, 999)}/DPTC-Z/{rng.randint(2010, 2021)}   ·   Tel. +258 24 21 {digits(rng, 4)}", 8.4)
        txt(pdf, 12, 28.4, "Transporte rodoviário de carga geral e refrigerada", 8.4, "I", color=(90, 90, 90))
        # facts: label beside value, ruled
        fx, fy = 190, 13
        facts = [("FACTURA N.º", no), ("Data de emissão", fd(d)), ("Data de vencimento", fd(due) if due else "Pronto pagamento"), ("Requisição n.º", po or "—"), ("Moeda", "Meticais (MZN)")]
        for k, (lab, val) in enumerate(facts):
            pdf.rect(fx, fy + k * 6, 38, 6)
            pdf.rect(fx + 38, fy + k * 6, 57, 6)
            txt(pdf, fx + 1.5, fy + k * 6 + 1.3, lab, 7.8, "B" if k == 0 else "", w=36)
            txt(pdf, fx + 39.5, fy + k * 6 + 1.3, val, 8.6, "B", w=55)
        pdf.rect(12, 36, 170, 16)
        txt(pdf, 14, 37.5, "Cliente:", 7.8, color=(90, 90, 90))
        txt(pdf, 34, 37.5, bname, 9.4, "B")
        txt(pdf, 14, 42.5, "Endereço:", 7.8, color=(90, 90, 90))
        txt(pdf, 34, 42.5, bcity, 8.6)
        txt(pdf, 14, 47, "NUIT do cliente:", 7.8, color=(90, 90, 90))
        txt(pdf, 40, 47, bnuit, 8.6)
        txt(pdf, 100, 47, f"Contrato de transporte n.º CT-{rng.randint(10, 99)}/{d.year - rng.randint(0, 1)}", 8.2)
        cols = [("Data carga", 22, "L"), ("Guia rem.", 24, "L"), ("Viatura", 26, "L"), ("Mercadoria e percurso", 96, "L"), ("Peso / Qtd.", 22, "R"), ("Un.", 12, "L"), ("Tarifa (MZN/t)", 30, "R"), ("Valor (MZN)", 41, "R")]
        rows = [[fd(x["dt"]), x["gr"], x["plate"], x["desc"], de(x["qty"]) if x["unit"] == "t" else qstr(x["qty"]), x["unit"], de(x["price"]), de(x["amount"])] for x in items]
        y0 = 58
        pdf.set_draw_color(60, 60, 60)
        y = table(pdf, 12, y0, cols, rows, size=8.2, rowh=6.2, header_fill=color, header_color=(255, 255, 255), line_color=(60, 60, 60))
        cx = 12
        for _t, w, _a in cols:
            pdf.line(cx, y0, cx, y)
            cx += w
        pdf.line(cx, y0, cx, y)
        pdf.line(12, y0, cx, y0)
        tw = sum(c[1] for c in cols)
        tot_rows = [("Valor tributável", de(net)), ("IVA 16%", de(tax)), ("Total a pagar (MZN)", de(total))]
        ty = y
        for k, (lab, val) in enumerate(tot_rows):
            pdf.rect(12 + tw - 82, ty, 41, 6.4)
            pdf.rect(12 + tw - 41, ty, 41, 6.4)
            txt(pdf, 12 + tw - 81, ty + 1.4, lab, 8.4, "B" if k == 2 else "", w=39)
            txt(pdf, 12 + tw - 40, ty + 1.4, val, 8.8, "B" if k == 2 else "", align="R", w=39)
            ty += 6.4
        tonnes = sum(x["qty"] for x in items if x["unit"] == "t")
        txt(pdf, 12, y + 2, f"Peso total transportado: {de(tonnes)} t em {sum(1 for x in items if x['unit'] == 't')} viagens", 8.2)
        para(pdf, 12, y + 8, 180, words + ".", 8.8, "B", h=4.4)
        para(pdf, 12, ty + 6, 180, f"Pagamento por transferência bancária: Millennium bim, conta n.º {digits(rng, 9, True)}, NIB {digits(rng, 21, True)}, IBAN {group4(ibanv)}. "
             "A mercadoria viaja por conta e risco do cliente, salvo seguro contratado. Reclamações no prazo de 8 dias.", 7.8, color=(60, 60, 60))
        txt(pdf, 12, 186, "Processado por computador · Original · Página 1 de 1", 7, color=(110, 110, 110))
        txt(pdf, 210, 178, "_____________________________", 8.4)
        txt(pdf, 222, 183, "A Gerência", 8.4)
        pdf.output(path)

    notes = (
        "Quelimane (Zambézia, Mozambique) road-freight FACTURA in Portuguese on a LANDSCAPE page, the facts as LABEL: value pairs BESIDE each other in ruled cells at the top right, a FULLY RULED grid of consignments "
        "(loading date, delivery note 'GR', truck plate, goods and route, weight in tonnes, rate per tonne, value), IVA 16 %, the total in Portuguese words, '1.234,56': "
        "vendor = the name at the top left; vendor_tax_id = 'NUIT' under the address (9 digits; the client's NUIT, the alvará, the contract, the account, NIB and IBAN are decoys). "
        "invoice_number = 'FACTURA N.º'; invoice_date = 'Data de emissão' (the loading dates are decoys). "
        + due_note(due, "Pronto pagamento", "Data de vencimento")
        + po_note(po, "Requisição n.º")
        + "subtotal = 'Valor tributável'; tax = 'IVA 16%'; total = 'Total a pagar (MZN)' (and the words after 'São:'). Currency MZN. "
        "Line items: every row; the quantity is the weight in tonnes (or the count of loading services); the total weight line is a decoy."
    )
    t = truth(vname, vid, no, po, d, due, "MZN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total a pagar (MZN)", fd(due) if due else None, bnuit, words]}
    return t, chk, render


# =========================================================================== 09 Lecce (IVA 22, EUR), business letter in running sentences
LE_V = [
    ("Salento Data Lab S.r.l.", "Via Salvatore Trinchese 61", "73100 Lecce", "analisi dati e reportistica"),
    ("Archeo Servizi Messapia S.r.l.", "Viale Otranto 37", "73100 Lecce", "sorveglianza archeologica"),
    ("Traduzioni Porta Napoli S.r.l.", "Piazzetta Falconieri 4", "73100 Lecce", "traduzione e interpretariato"),
    ("Pietra Leccese Restauri S.r.l.", "Via di Casanello 12", "73100 Lecce", "restauro di facciate"),
]
LE_B = [
    ("Spett.le Consorzio Olio Terra d'Otranto", "Via Roma 18", "73028 Otranto (LE)"),
    ("Spett.le Acquedotto Ionico S.p.A.", "Corso Italia 201", "74121 Taranto"),
    ("Spett.le Museo Diocesano di Gallipoli", "Via Antonietta De Pace 51", "73014 Gallipoli (LE)"),
    ("Spett.le Condominio Palazzo dei Celestini", "c/o Studio Amministrazioni Greco, Via Palmieri 30", "73100 Lecce"),
]
LE_ROWS = [
    [("analisi statistica delle rese olivicole", "ore", 4, 30, 55, 85), ("sviluppo di un cruscotto di monitoraggio", "ore", 6, 40, 60, 90), ("formazione del personale in sede", "ore", 2, 12, 70, 110), ("riunioni di avanzamento", "ore", 1, 6, 55, 85)],
    [("assistenza archeologica agli scavi della condotta", "giornate", 2, 15, 280, 420), ("documentazione fotografica e rilievo", "ore", 4, 30, 40, 65), ("relazione archeologica preliminare", "ore", 4, 20, 50, 75)],
    [("traduzione dall'inglese del catalogo della mostra", "cartelle", 20, 120, 18, 32), ("revisione dei testi in italiano", "ore", 2, 16, 35, 55), ("interpretariato consecutivo all'inaugurazione", "ore", 2, 6, 70, 110)],
    [("consolidamento della pietra leccese della facciata", "ore", 10, 80, 38, 55), ("pulitura con microsabbiatura", "ore", 6, 40, 35, 50), ("rilievo del degrado e mappatura", "ore", 4, 20, 45, 70), ("noleggio del ponteggio mobile", "giornate", 2, 20, 60, 140)],
]


@style("09", "it_lec_lecce_fattura_lettera_iva_22_ore_serif")
def s09(rng, i):
    vname, vstreet, vcity, trade = LE_V[i]
    bname, bstreet, bcity = LE_B[i]
    d = rand_date(rng)
    items = lines(rng, LE_ROWS[i], [3, 2, 3, 2][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * 22 / 100)
    total = net + tax
    piva = valid(rng, lambda: "0" + digits(rng, 10), iva.is_valid)
    vid = "IT" + piva
    bpiva = valid(rng, lambda: "0" + digits(rng, 10), iva.is_valid)
    no = [f"{rng.randint(10, 299)}/{d.year}", f"FPR {rng.randint(10, 99)}/{d.strftime('%y')}", f"{rng.randint(10, 299)}/E", f"{d.year}/{rng.randint(100, 999)}"][i]
    ld = lambda x: f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"  # noqa: E731
    fd = [ld, ld, lambda x: x.strftime("%d/%m/%Y"), ld][i]
    due = d + dt.timedelta(days=rng.choice([30, 30, 60])) if i != 2 else None
    po = [f"ORD-{rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500000000, 4599999999)}", None, f"{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    start = d - dt.timedelta(days=rng.randint(20, 50))
    end = d - dt.timedelta(days=rng.randint(1, 10))
    ibanv = iban("IT", rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12))
    with_table = i in (0, 2)
    cig = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 16, vname, 15, "B", font="Serif", align="C", w=170)
        txt(pdf, 20, 23, f"{trade} · {vstreet} · {vcity}", 8.6, font="Serif", align="C", w=170, color=(80, 80, 80))
        txt(pdf, 20, 27.5, f"Partita IVA {vid} · REA LE-{rng.randint(200000, 299999)} · Capitale sociale € {de(D(rng.choice([10000, 20000, 50000])))} i.v. · PEC {vname.split()[0].lower()}@pec.it", 7.6, font="Serif", align="C", w=170, color=(80, 80, 80))
        pdf.set_draw_color(120, 120, 120)
        pdf.line(20, 33, 190, 33)
        para(pdf, 112, 44, 78, f"{bname}\n{bstreet}\n{bcity}\nP. IVA {bpiva}\nCodice destinatario {''.join(rng.choice('ABCDEFGHKLMNPRSTUVWXYZ0123456789') for _ in range(7))}", 10, font="Serif", h=5)
        txt(pdf, 20, 80, f"Lecce, {ld(d)}", 10.5, font="Serif")
        y = para(pdf, 20, 90, 170, f"Oggetto: fattura n. {no} – {trade}", 10.5, "B", font="Serif", h=5.4) + 4
        intro = ((f"con riferimento al Vostro ordine n. {po}, " if po else "come da accordi intercorsi, ")
                 + f"Vi trasmettiamo in copia di cortesia la nostra fattura n. {no} emessa in data {fd(d)}, relativa alle prestazioni svolte dal {fd(start)} al {fd(end)}"
                 + (" e riepilogate nella tabella seguente." if with_table else ", che consistono in:"))
        y = para(pdf, 20, y, 170, "Egregi Signori,", 10.5, font="Serif", h=5.4) + 1
        y = para(pdf, 20, y, 170, intro, 10.5, font="Serif", h=5.4, align="J") + 3
        if with_table:
            cols = [("Descrizione della prestazione", 86, "L"), ("Quantità", 24, "R"), ("Tariffa €", 28, "R"), ("Importo €", 32, "R")]
            rows = [[wrap(x["desc"], 46), f"{de(x['qty'], 1) if x['qty'] % 1 else qstr(x['qty'])} {x['unit']}", de(x["price"]), de(x["amount"])] for x in items]
            y = table(pdf, 20, y, cols, rows, size=9, font="Serif", rowh=6, header_style="B", line_color=(150, 150, 150)) + 5
        else:
            for k, x in enumerate(items):
                q = de(x["qty"], 1) if x["qty"] % 1 else qstr(x["qty"])
                end_ = ";" if k < len(items) - 1 else "."
                y = para(pdf, 26, y, 164, f"– {q} {x['unit']} di {x['desc']}, a € {de(x['price'])} ciascuna, per € {de(x['amount'])}{end_}", 10.5, font="Serif", h=5.4) + 1
            y += 2
        sums = (f"L'imponibile complessivo è di € {de(net)}, cui si aggiunge l'IVA al 22% pari a € {de(tax)}, per un totale fattura di € {de(total)}. ")
        pay = (f"Vi preghiamo di voler disporre il pagamento entro il {fd(due)} mediante bonifico bancario sul conto corrente intestato alla scrivente presso la Banca Popolare Pugliese, IBAN {group4(ibanv)}, indicando nella causale il numero della fattura."
               if due else f"Il pagamento è dovuto a ricevimento della presente, mediante bonifico sull'IBAN {group4(ibanv)}" + (f" (CIG {cig})." if i == 2 else "."))
        y = para(pdf, 20, y, 170, sums + pay, 10.5, font="Serif", h=5.4, align="J") + 3
        y = para(pdf, 20, y, 170, "L'originale della fattura elettronica è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nella Vostra area riservata dell'Agenzia delle Entrate. Restando a disposizione per ogni chiarimento, porgiamo distinti saluti.", 10.5, font="Serif", h=5.4, align="J") + 10
        name = rng.choice(["Dott.ssa Francesca Lupo", "Ing. Marco De Giorgi", "Dott. Luigi Quarta", "Arch. Chiara Miglietta"])
        txt(pdf, 120, y, vname, 10.5, font="Serif")
        txt(pdf, 120, y + 6, name, 10.5, "I", font="Serif")
        txt(pdf, 120, y + 11.5, "Amministratore Unico", 9, font="Serif", color=(80, 80, 80))
        txt(pdf, 20, 282, f"{vname} · {vstreet}, {vcity} · Codice fiscale e P. IVA {piva}", 7.2, font="Serif", align="C", w=170, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Lecce (Apulia, Italy) FATTURA as a BUSINESS LETTER in Italian in a serif font ('Oggetto: fattura n. …'), the facts and sums in RUNNING SENTENCES, professional hours or days, IVA 22 %, "
        + ("a small table of the services" if with_table else "NO TABLE: one sentence per service ('– 12 ore di … a € 65,00 ciascuna, per € 780,00;')")
        + ", '1.234,56': vendor = the letterhead's name (also signed); vendor_tax_id = 'Partita IVA' in the letterhead (IT + 11 digits; the footer's codice fiscale / P. IVA without IT, the addressee's P. IVA, the codice destinatario, the REA, the IBAN"
        + (", the CIG" if i == 2 else "") + " are decoys). "
        f"invoice_number = 'fattura n.' as '{no}'; invoice_date = 'emessa in data' (the letter's date is the same day; the service period is a decoy). "
        + due_note(due, "a ricevimento" if not due else None, "pagamento entro il")
        + po_note(po, "Vostro ordine n.")
        + "subtotal = 'L'imponibile complessivo è di'; tax = 'l'IVA al 22% pari a'; total = 'un totale fattura di'. Currency EUR. Line items: every service, without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "totale fattura", fd(due) if due else None, bpiva]}
    return t, chk, render


# =========================================================================== 10 Daloa (TVA 18, XOF), remittance slip at the foot, advance, words
DA_V = [
    ("Société de Transport du Haut-Sassandra SARL", "Quartier Orly, BP 1205 Daloa", (150, 80, 20)),
    ("Quincaillerie Générale de Daloa SA", "Boulevard de la Paix, Quartier Commerce, BP 318 Daloa", (30, 80, 140)),
    ("Daloa Agro-Intrants SARL", "Route de Vavoua, km 3, BP 2207 Daloa", (40, 110, 50)),
    ("Imprimerie du Centre-Ouest SARL", "Quartier Lobia, BP 911 Daloa", (110, 30, 70)),
]
DA_B = [
    ("Coopérative Agricole Sassandra Cacao (COOPASC)", "Zoukougbeu"), ("Entreprise Bâtiment Kouassi & Fils", "Issia"),
    ("Groupement des Planteurs de Gonaté", "Gonaté, Daloa"), ("Université Jean Lorougnon Guédé", "Daloa"),
]
DA_ROWS = [
    [("Transport cacao fèves Daloa - San-Pédro", "tonne", 10, 60, 9000, 16000), ("Transport café vert Daloa - Abidjan", "tonne", 5, 30, 11000, 19000), ("Manutention chargement", "voyage", 1, 8, 15000, 35000), ("Location camion 30 t, journée", "jour", 1, 6, 120000, 220000)],
    [("Ciment CPJ 45, sac de 50 kg", "sac", 20, 400, 4800, 6200), ("Fer à béton HA 10, barre 12 m", "barre", 10, 200, 3500, 5200), ("Tôle bac alu 0,40", "feuille", 10, 150, 7500, 12500), ("Pointes 100 mm, carton 25 kg", "carton", 1, 10, 18000, 26000), ("Brouette renforcée", "unité", 1, 10, 28000, 45000)],
    [("Engrais NPK 0-22-22, sac 50 kg", "sac", 10, 200, 17500, 24000), ("Fongicide cuivre 1 kg", "sachet", 10, 200, 3800, 6500), ("Pulvérisateur à dos 16 l", "unité", 1, 20, 22000, 38000), ("Sécateur de récolte", "unité", 5, 60, 3500, 7500)],
    [("Impression mémoires de master, 120 p.", "exemplaire", 20, 200, 3500, 6500), ("Affiches A2 quadri", "unité", 20, 300, 900, 2500), ("Reliure thermique", "unité", 20, 200, 700, 1500), ("Cartes de visite, boîte de 100", "boîte", 5, 40, 6000, 12000)],
]


@style("10", "ci_dal_daloa_facture_tva_18_xof_remittance_slip_advance_words")
def s10(rng, i):
    vname, vaddr, color = DA_V[i]
    bname, bcity = DA_B[i]
    d = rand_date(rng)
    items = lines(rng, DA_ROWS[i], [3, 4, 3, 4][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * 18 / 100)
    total = net + tax
    ncc = f"{rng.randint(1000000, 2499999)}{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}"
    bncc = f"{rng.randint(1000000, 2499999)}{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}"
    no = [f"FAC-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%m')}/{d.strftime('%y')}", f"DAI{d.strftime('%y')}{rng.randint(1000, 9999)}", f"ICO {rng.randint(100, 999)}-{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 30])) if i != 3 else None
    po = [None, f"BC N° {rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/GPG", f"BC-UJLoG-{rng.randint(10, 99)}-{d.year}"][i]
    po_v = po.replace("BC N° ", "") if po else None
    adv = q0(total * D(rng.choice(["0.25", "0.30", "0.50"])) / 1000) * 1000 if i in (0, 2) else None
    rest = total - adv if adv else total
    words = fr_words(int(total)).upper() + " FRANCS CFA"
    statement = i in (1, 3)
    prev = D(rng.randint(2, 40) * 25000) if statement else None
    code = f"CL{rng.randint(1000, 9999)}"
    bank = rng.choice(["Société Générale Côte d'Ivoire", "SIB", "Ecobank Côte d'Ivoire", "NSIA Banque"])
    rib = f"CI{rng.randint(100, 199)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}"
    ws = lambda x: sp(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Sage 100 Gestion commerciale")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(14, 12, 4, 22, "F")
        txt(pdf, 21, 12, vname, 13, "B", color=color)
        txt(pdf, 21, 18.5, vaddr, 8.2)
        txt(pdf, 21, 22.5, f"Tél. +225 27 32 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · RCCM CI-DAL-{rng.randint(2008, 2021)}-B-{rng.randint(100, 999)}", 8.2)
        txt(pdf, 21, 26.5, f"N° Compte Contribuable (NCC) : {ncc} · Régime : Réel Normal · Centre des impôts de Daloa", 8.2)
        txt(pdf, 140, 40, "FACTURE", 20, "B", color=color, align="R", w=56)
        kvs = [("N° facture", no), ("Date", fd(d)), ("Échéance", fd(due) if due else "À réception"), ("Code client", code)]
        if po:
            kvs.append(("Votre bon de commande", po_v))
        yy = 50
        for lab, val in kvs:
            txt(pdf, 120, yy, lab, 8.2, color=(90, 90, 90))
            txt(pdf, 160, yy, val, 8.8, "B", align="R", w=36)
            yy += 4.8
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(14, 42, 90, 26)
        txt(pdf, 17, 44, "DOIT :", 8, "B", color=color)
        para(pdf, 17, 49, 84, f"{bname}\n{bcity}\nNCC client : {bncc}", 9, h=4.4)
        cols = [("Désignation", 82, "L"), ("Unité", 22, "L"), ("Qté", 18, "R"), ("P.U. HT", 28, "R"), ("Montant HT", 32, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), ws(x["price"]), ws(x["amount"])] for x in items]
        y = table(pdf, 14, 76, cols, rows, size=8.4, rowh=6.2, header_fill=(235, 235, 235), line_color=(190, 190, 190)) + 4
        trows = [("Total HT", ws(net), False), ("TVA 18 %", ws(tax), False), ("Total TTC", ws(total), True)]
        if adv:
            trows += [(f"Avance reçue le {fd(d - dt.timedelta(days=rng.randint(7, 30)))}", "-" + ws(adv), False), ("Net à payer", ws(rest), True)]
        ty = y
        for lab, val, bold in trows:
            if bold:
                pdf.set_fill_color(240, 240, 240)
                pdf.rect(118, ty - 1, 78, 6.4, "F")
            txt(pdf, 120, ty, lab, 8.8, "B" if bold else "")
            txt(pdf, 166, ty, val + " F CFA", 8.8, "B" if bold else "", align="R", w=30)
            ty += 6
        if statement:
            pdf.set_draw_color(*color)
            pdf.rect(14, y - 1, 90, 28)
            txt(pdf, 17, y + 1, "SITUATION DE VOTRE COMPTE", 7.8, "B", color=color)
            sy = y + 6.5
            for lab, val in (("Solde antérieur", prev), ("Présente facture", total), ("Règlements reçus", -prev), ("Nouveau solde", total)):
                txt(pdf, 17, sy, lab, 8)
                txt(pdf, 70, sy, ws(val), 8, align="R", w=30)
                sy += 4.8
        y = max(ty, y + 30) + 4
        y = para(pdf, 14, y, 182, f"Arrêtée la présente facture à la somme de : {words} toutes taxes comprises.", 8.8, "B", h=4.6) + 3
        para(pdf, 14, y, 182, f"Règlement par virement ou chèque à l'ordre de {vname}. {bank}, RIB {rib}. Tout retard de paiement entraîne des pénalités au taux légal.", 7.8, color=(70, 70, 70))
        # remittance slip
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(8, 228, 202, 228)
        pdf.set_dash_pattern()
        txt(pdf, 10, 226, "✂", 9)
        txt(pdf, 14, 231, "COUPON À JOINDRE À VOTRE RÈGLEMENT", 9.4, "B", color=color)
        txt(pdf, 14, 236.5, f"{vname} · {vaddr}", 7.6, color=(80, 80, 80))
        slip = [("Client", bname), ("Code client", code), ("Facture n°", no), ("Du", fd(d)), ("Montant à régler", ws(rest) + " F CFA")]
        sy = 243
        for lab, val in slip:
            txt(pdf, 14, sy, lab, 8.2, color=(80, 80, 80))
            txt(pdf, 48, sy, val, 8.8, "B")
            sy += 5
        pdf.rect(130, 242, 66, 26)
        txt(pdf, 133, 244, "Montant versé : ......................", 8.2)
        txt(pdf, 133, 251, "Chèque / virement n° : ..............", 8.2)
        txt(pdf, 133, 258, "Date : ......./......./...........", 8.2)
        txt(pdf, 14, 280, f"Page 1/1 · Domiciliation : {bank} · RIB {rib}", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Daloa (Côte d'Ivoire) FACTURE in French with a REMITTANCE SLIP ('COUPON À JOINDRE À VOTRE RÈGLEMENT', cut line) at the foot repeating the number, the date and the amount to pay, "
        "the facts as label / value rows at the right, a table ruled under each row, TVA 18 %, WHOLE francs CFA '1 234 567 F CFA', the total in French words: "
        "vendor = the name at the top; vendor_tax_id = 'N° Compte Contribuable (NCC)' (7 digits and a letter; the RCCM, the client's NCC, the client code, the RIB are decoys). "
        "invoice_number = 'N° facture'; invoice_date = 'Date'. "
        + due_note(due, "À réception", "Échéance")
        + (f"po_number = 'Votre bon de commande' {po_v}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 18 %'; total = 'Total TTC' (and the words)"
        + ("; the advance received deducted below it, 'Net à payer' and the slip's 'Montant à régler' are decoys" if adv else "")
        + ("; the 'SITUATION DE VOTRE COMPTE' box (earlier balance, payments, new balance) is a decoy" if statement else "")
        + ". Currency XOF ('F CFA'). Line items: every row, without TVA."
    )
    t = truth(vname, ncc, no, po_v, d, due, "XOF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ncc, "Total TTC", fd(due) if due else None, bncc, words, "COUPON À JOINDRE À VOTRE RÈGLEMENT", ws(rest) if adv else None]}
    return t, chk, render
