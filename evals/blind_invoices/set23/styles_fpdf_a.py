"""fpdf2 styles for set 23, first part (06 Livigno ski-rental shop's fattura to a group or a hotel, outside the Italian
IVA (art. 7 DPR 633/72), with a days column beside the quantity and a deposit, 07 Azores bakery's monthly fatura to a
hotel with IVA 4 % on bread and 16 % on pastry, ATCUD and a IVA summary, 08 Madeira wine lodge's fatura for a company
dinner on a landscape page with IVA 12 % on the meal and 22 % on the wines and the room)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, due_note, it_date, po_note
from kit_common import kv, truth, valid_id
from invoice_kit import (
    de,
    digits,
    exact_price,
    iban,
    iban_fmt,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
)
from kit_common import frame, lines, para, pt_date, qr_fpdf, totals
from stdnum.it import iva as _iva
from stdnum.pt import nif as _nif

STYLES, style = style_registry("fpdf2")


def _piva(rng):
    """An Italian partita IVA valid under python-stdnum, with the Sondrio office digits 014 (unverified)."""
    return valid_id(rng, 11, _iva.is_valid, prefix=f"0{digits(rng, 6)}014")


# =========================================================================== 06 Livigno ski rental (P.IVA, no IVA: outside the VAT territory, EUR), days column beside the quantity
IL_V = [("Carosello Ski Rent di Galli Marco & C. s.n.c.", "Via Saroch 418", (0, 84, 147)), ("Livigno Sport Noleggio S.r.l.", "Via Ostaria 62", (200, 16, 46)),
        ("Mottolino Rent & Service S.r.l.", "Via Bondi 9", (20, 20, 20)), ("Alpen Rent di Cusini Paola", "Via Plan 144", (0, 110, 80))]
IL_B = [("Sci Club Valle Brembana A.S.D.", "Via Roma 12, 24012 Brembilla (BG)", "gruppo di 24 persone"), ("Hotel Bucaneve Livigno S.r.l.", "Via Freita 88, 23041 Livigno (SO)", "ospiti dell'hotel, settimana bianca"),
        ("Skiclub Oberland e.V.", "Bahnhofstraße 5, 82467 Garmisch-Partenkirchen, Germania", "Vereinsfahrt"), ("Scuola Italiana Sci Livigno S.r.l.", "Via Saroch 1, 23041 Livigno (SO)", "maestri e allievi")]
IL_PACK = [("Pacchetto sci + scarponi + casco, adulto", 6, "95.00", "150.00"), ("Pacchetto sci + scarponi + casco, junior", 6, "60.00", "95.00"), ("Snowboard + scarponi, adulto", 6, "90.00", "140.00"),
           ("Sci da alpinismo + pelli + ARTVA", 3, "110.00", "170.00"), ("Sci di fondo skating + scarpe", 5, "55.00", "80.00"), ("Ciaspole + bastoncini", 2, "18.00", "30.00")]
IL_EXTRA = [("Sciolinatura e affilatura lamine", "paio", 2, 12, "18.00", "28.00"), ("Deposito sci riscaldato in quota", "posto", 4, 24, "20.00", "35.00"), ("Garanzia danni e furto", "persona", 4, 24, "8.00", "15.00"),
            ("Consegna e ritiro in hotel", "viaggio", 1, 2, "25.00", "40.00")]


@style("06", "it_livigno_noleggio_sci_fuori_campo_iva")
def s06(rng, i):
    vname, vaddr, color = IL_V[i]
    bname, baddr, group = IL_B[i]
    d = rand_date(rng)
    if d.month in (5, 6, 7, 8, 9, 10):
        d = d.replace(month=rng.choice([1, 2, 3, 12]))
    start = d - dt.timedelta(days=rng.randint(6, 9))
    items = []
    for desc, days, lo, hi in rng.sample(IL_PACK, rng.randint(2, 4)):
        q = D(rng.randint(2, 16))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"code": f"N{rng.randint(10, 99)}", "desc": f"{desc}, {days} giorni", "days": str(days), "unit": "pz", "qty": q, "price": p, "amount": q2(q * p)})
    for x in lines(rng, IL_EXTRA, rng.randint(1, 3), D("0.50")):
        x.update(code=f"S{rng.randint(10, 99)}", days="")
        items.append(x)
    if i in (0, 2):  # group discount, no quantity
        a = -q2(sum(x["amount"] for x in items) * D("0.10"))
        items.append({"code": "SC", "desc": "Sconto gruppo 10 %", "days": "", "unit": "", "qty": None, "price": None, "amount": a, "show_qty": False})
    total = sum(x["amount"] for x in items)
    piva = _piva(rng)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FT{rng.randint(1000, 4999)}", f"{rng.randint(10, 99)}/B", f"{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), it_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{MONTHS['it_days'][x.weekday()][:3]} {x.strftime('%d/%m/%Y')}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Pagamento in contanti o carta alla riconsegna dell'attrezzatura", "", "Rimessa diretta"][i]
    po = [None, None, f"SCO-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    po_label = ["", "", "Rif. ordine", "Vs. ordine n."][i]
    deposit = D(rng.randint(4, 12) * 50) if i in (1, 3) else None
    cf_b = None if i == 2 else _piva(rng)
    acct = iban("IT", f"{rng.choice('ABCDEFGHLMNPRSTUVWXYZ')}{rng.choice(['05696', '08210', '03069'])}{digits(rng, 5)}{digits(rng, 12)}")
    tot_label = ["Totale fattura", "Totale da pagare €", "Totale documento", "TOTALE EUR"][i]

    def render(path):
        pdf = new_fpdf(creator="NoleggioPro 7")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 7, "F")
        pdf.set_fill_color(235, 240, 245)
        pdf.rect(0, 7, 210, 2, "F")
        txt(pdf, 14, 14, vname, 13.5, "B", color=color)
        txt(pdf, 14, 21, f"{vaddr} · 23041 Livigno (SO) · Tel. +39 0342 {digits(rng, 6)}", 8.2)
        txt(pdf, 14, 25.5, f"Partita IVA e C.F. {piva} · REA SO-{rng.randint(50000, 79999)}", 8.2)
        txt(pdf, 14, 30, "Noleggio attrezzatura da sci, snowboard e fondo · laboratorio tecnico", 7.6, "I", color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.rect(130, 37, 66, 30)
        txt(pdf, 134, 39.5, "FATTURA", 13, "B", color=color)
        y = kv(pdf, 134, 47, [("Numero", no), ("Data", fd(d)), (po_label or "Ordine", po), ("Scadenza", fd(due) if due else None)], wl=22, wv=36, size=8.2, step=4.6)
        txt(pdf, 14, 39, "Spett.le", 7.6, color=(110, 110, 110))
        txt(pdf, 14, 43.5, bname, 9.6, "B")
        txt(pdf, 14, 48.5, baddr, 8.4)
        if cf_b:
            txt(pdf, 14, 53, f"P.IVA cliente {cf_b}", 8)
        txt(pdf, 14, 59, f"Noleggio dal {start.strftime('%d/%m/%Y')} al {(start + dt.timedelta(days=6)).strftime('%d/%m/%Y')} · {group}", 8, "I")
        cols = [("Cod.", 14, "L"), ("Descrizione", 80, "L"), ("Giorni", 15, "C"), ("Q.tà", 15, "R"), ("U.M.", 14, "C"), ("Prezzo", 22, "R"), ("Importo", 22, "R")]
        rows = [[x["code"], x["desc"], x["days"], qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], de(x["price"]) if x["price"] is not None else "", de(x["amount"])] for x in items]
        y0 = max(y, 70) + 2
        y = table(pdf, 14, y0, cols, rows, size=8, rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(210, 210, 210))
        frame(pdf, 14, y0, y, cols, color=(190, 190, 190))
        trows = [("Totale servizi", de(total), False), ("IVA", "fuori campo", False), (tot_label, de(total), True)]
        if deposit:
            trows += [("Cauzione ricevuta (da restituire)", de(deposit), False)]
        y2 = totals(pdf, 124, y + 6, trows, wl=44, wv=28, size=8.6, line=color, step=5.4)
        para(pdf, 14, y + 6, 100, "Operazione fuori campo IVA ai sensi dell'art. 7, comma 1, lett. a), D.P.R. 633/1972: il comune di Livigno è escluso dal territorio IVA dello Stato (territorio extradoganale).", 7.4, "I", h=3.6)
        y = para(pdf, 14, max(y2, y + 24) + 6, 182, (f"{term}. " if term else "") + f"Bonifico bancario: IBAN {iban_fmt(acct)} – {rng.choice(['Banca Popolare di Sondrio', 'Credito Valtellinese', 'BPER Banca, filiale di Livigno'])}.", 8, h=4)
        para(pdf, 14, y + 4, 182, "L'attrezzatura va riconsegnata pulita entro le ore 18:00 dell'ultimo giorno di noleggio. Danni non coperti da garanzia addebitati a parte.", 7, color=(110, 110, 110), h=3.4)
        pdf.output(path)

    notes = (
        "Livigno ski-rental shop's FATTURA in Italian, outside the Italian IVA (Livigno is outside the VAT territory, art. 7 DPR 633/72): vendor = the company name (s.n.c./S.r.l./sole trader) at the top; vendor tax id = 'Partita IVA e C.F.' (11 digits, valid under python-stdnum it.iva); the customer's P.IVA, the REA number and the IBAN are decoys. "
        "invoice_number = 'Numero' in the box; invoice_date = 'Data' (" + ["dd/mm/yyyy", "'12 marzo 2026'", "dd.mm.yyyy", "'gio 12/03/2026'"][i] + "); the rental period is a decoy. "
        + due_note(due, term, "Scadenza")
        + po_note(po, po_label)
        + f"subtotal = 'Totale servizi' (equal to the total); tax = null ('IVA fuori campo' prints no amount); total = '{tot_label}'"
        + ("; 'Cauzione ricevuta (da restituire)' is a decoy" if deposit else "")
        + ". Currency EUR. Amounts '1.234,56'. Line items: every row; quantity = 'Q.tà' (packages, pairs, places, persons, trips), not 'Giorni' (the package days)"
        + ("; the group discount is a negative row with no quantity" if i in (0, 2) else "")
        + "."
    )
    t = truth(vname, piva, no, po, d, due, "EUR", total, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, piva, no, po, vname, "fuori campo"], render


# =========================================================================== 07 Azores bakery to a hotel (NIF, IVA 4 % bread / 16 % pastry, ATCUD, EUR)
AC_V = [("Padaria Micaelense, Lda.", "Rua do Perú, 41", "9500-284 Ponta Delgada", (120, 60, 20)), ("Pastelaria Furnas Doce, Unipessoal Lda.", "Largo do Teatro, 3", "9675-040 Furnas", (170, 40, 70)),
        ("Panificadora da Terceira, Lda.", "Canada dos Folhadais, 12", "9700-130 Angra do Heroísmo", (40, 90, 140)), ("Padaria do Faial, Lda.", "Rua Conselheiro Medeiros, 22", "9900-144 Horta", (60, 110, 50))]
AC_B = [("Hotel Atlântico Azul, S.A.", "Avenida Infante D. Henrique, 113", "9500-150 Ponta Delgada"), ("Terra Quente Hotel & Spa, Lda.", "Rua Padre José Jacinto Botelho, 5", "9675-061 Furnas"),
        ("Quinta da Serreta Turismo Rural, Lda.", "Serreta", "9700-602 Angra do Heroísmo"), ("Residencial Porto Pim, Lda.", "Rua de São Francisco, 8", "9900-017 Horta")]
AC_BREAD = [("PAO060", "Pão de trigo 60 g", "un", 600, 2400, "0.11", "0.16"), ("PAO500", "Pão de centeio 500 g", "un", 20, 120, "1.60", "2.20"), ("BRO", "Broa de milho", "un", 20, 90, "1.40", "2.10"),
            ("FORMA", "Pão de forma fatiado 750 g", "un", 20, 80, "1.90", "2.60"), ("BAG", "Baguete 250 g", "un", 60, 300, "0.55", "0.85")]
AC_PASTRY = [("LEV", "Bolo lêvedo", "un", 60, 400, "0.70", "1.10"), ("SOV", "Massa sovada", "un", 10, 60, "3.50", "5.50"), ("QJD", "Queijadas da Vila", "un", 60, 300, "0.80", "1.20"),
             ("CRO", "Croissant de manteiga", "un", 120, 600, "0.55", "0.85"), ("BOLO", "Bolo de ananás dos Açores (inteiro)", "un", 4, 20, "12.00", "18.00"), ("PST", "Pastel de nata", "un", 120, 500, "0.70", "1.00")]


def _atcud(rng):
    return "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ23456789") for _ in range(8))


@style("07", "pt_acores_padaria_fatura_mensal_hotel")
def s07(rng, i):
    vname, vstreet, vcity, color = AC_V[i]
    bname, bstreet, bcity = AC_B[i]
    d = rand_date(rng)
    if d.day > 8:
        d = d.replace(day=rng.randint(1, 8))
    month_end = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for group, rate in ((AC_BREAD, "4"), (AC_PASTRY, "16")):
        for code, desc, unit, qlo, qhi, lo, hi in rng.sample(group, rng.randint(2, 4)):
            q = D(rng.randint(qlo, qhi))
            p = exact_price(rng, q, D(lo), D(hi), D("0.01"))
            items.append({"code": code, "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    rng.shuffle(items)
    b4 = sum(x["amount"] for x in items if x["rate"] == "4")
    b16 = sum(x["amount"] for x in items if x["rate"] == "16")
    v4, v16 = q2(b4 * D("0.04")), q2(b16 * D("0.16"))
    net, tax = b4 + b16, v4 + v16
    total = net + tax
    nif = valid_id(rng, 9, _nif.is_valid, prefix="5")
    nif_b = valid_id(rng, 9, _nif.is_valid, prefix="5")
    serie = f"A{d.year}"
    seq = rng.randint(40, 480)
    no = f"FT {serie}/{seq}"
    atcud = f"{_atcud(rng)}-{seq}"
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%Y-%m-%d"), pt_date][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=15), None, d + dt.timedelta(days=30)][i]
    term = ["", "", "Pronto pagamento", ""][i]
    po = [None, f"REQ {rng.randint(1000, 9999)}", None, f"ENC-{rng.randint(100, 999)}/{d.year}"][i]
    po_label = ["", "Requisição n.º", "", "V/ Encomenda"][i]
    g0 = rng.randint(100, 900)
    guias = f"GR {serie}/{g0} a GR {serie}/{g0 + rng.randint(18, 30)}"

    def render(path):
        pdf = new_fpdf(creator="PHC GO")
        pdf.add_page()
        txt(pdf, 14, 13, vname, 14, "B", color=color)
        txt(pdf, 14, 19.5, f"{vstreet} · {vcity} · Açores", 8.2)
        txt(pdf, 14, 23.5, f"Tel. +351 296 {digits(rng, 3)} {digits(rng, 3)} · NIF {nif} · Capital social 5.000,00 €", 8.2)
        txt(pdf, 150, 12, "Original", 8, "I", align="R", w=46, color=(120, 120, 120))
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(112, 32, 84, 30)
        txt(pdf, 116, 34, "Exmo.(s) Senhor(es)", 7.4, color=(110, 110, 110))
        txt(pdf, 116, 38.5, bname, 9, "B")
        txt(pdf, 116, 43, bstreet, 8.2)
        txt(pdf, 116, 47, bcity, 8.2)
        txt(pdf, 116, 53, f"NIF {nif_b}", 8.2)
        txt(pdf, 14, 34, "FATURA", 16, "B")
        txt(pdf, 14, 42, no, 11, "B", color=color)
        txt(pdf, 14, 48, f"ATCUD: {atcud}", 8.2)
        cols = [("Data de emissão", 30, "C"), ("Data de vencimento", 32, "C"), ("Cliente n.º", 24, "C"), (po_label or "Requisição", 32, "C"), ("Moeda", 18, "C"), ("Pág.", 46, "C")]
        vals = [fd(d), fd(due) if due else "—", f"{rng.randint(100, 999)}", po or "—", "EUR", "1 / 1"]
        y = table(pdf, 14, 66, cols, [vals], size=7.8, rowh=5.4, header_fill=(235, 235, 235), line_color=(170, 170, 170))
        frame(pdf, 14, 66, y, cols, color=(170, 170, 170))
        txt(pdf, 14, y + 3, f"Fornecimentos de {MONTHS['pt'][month_end.month - 1]} de {month_end.year}, guias de remessa {guias}", 8, "I")
        cols = [("Artigo", 20, "L"), ("Descrição", 70, "L"), ("Qtd.", 18, "R"), ("Un.", 10, "C"), ("Preço unit.", 22, "R"), ("Desc.", 12, "R"), ("IVA", 12, "R"), ("Valor", 18, "R")]
        rows = [[x["code"], x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), "0,00", x["rate"] + "%", de(x["amount"])] for x in items]
        y0 = y + 9
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.6, header_fill=(60, 60, 60), header_color=(255, 255, 255), line_color=(215, 215, 215))
        y += 6
        txt(pdf, 14, y, "Quadro resumo do IVA", 8, "B")
        y3 = table(pdf, 14, y + 4.5, [("Taxa", 20, "C"), ("Incidência", 28, "R"), ("Valor IVA", 28, "R"), ("Motivo", 30, "L")],
                   [["4%", de(b4), de(v4), "Taxa reduzida"], ["16%", de(b16), de(v16), "Taxa normal"]], size=7.6, rowh=5, line_color=(190, 190, 190))
        y2 = totals(pdf, 128, y, [("Total ilíquido", de(net), False), ("Total descontos", "0,00", False), ("Total IVA", de(tax), False), ("Total (EUR)", de(total), True)], wl=38, wv=30, size=8.6, line=(0, 0, 0), step=5.4)
        qr_fpdf(pdf, rng, 14, max(y2, y3) + 8, 26)
        yy = max(y2, y3) + 9
        if term:
            txt(pdf, 46, yy, f"Condições de pagamento: {term}", 8.2)
            yy += 5
        txt(pdf, 46, yy, f"IBAN {iban_fmt(iban('PT', '0035' + digits(rng, 4) + digits(rng, 11) + digits(rng, 2)))}", 8.2)
        txt(pdf, 46, yy + 5, "Os bens foram colocados à disposição do adquirente nas datas das guias de remessa.", 7.4, color=(100, 100, 100))
        txt(pdf, 14, 284, f"{_atcud(rng)[:4]}-Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Azores bakery's monthly FATURA in Portuguese to a hotel, with the Azores IVA rates (4 % reduced on bread, 16 % normal on pastry) per row, ATCUD and a IVA summary: vendor = the company name (Lda.) at the top; vendor tax id = 'NIF' in the letterhead (9 digits, valid under python-stdnum pt.nif); the customer's NIF (in the address box), the customer number, the ATCUD and the software certificate are decoys. "
        f"invoice_number = '{no}' as printed (series and number, the 'FT' document type included); invoice_date = 'Data de emissão' (" + ["yyyy-mm-dd", "dd-mm-yyyy", "yyyy-mm-dd", "'12 de março de 2026'"][i] + "); the delivery month and the delivery notes (guias de remessa) are decoys. "
        + due_note(due, term, "Data de vencimento")
        + po_note(po, po_label)
        + "subtotal = 'Total ilíquido' (no discounts, 'Total descontos' 0,00); tax = 'Total IVA'; total = 'Total (EUR)'. The IVA summary (rate, base, IVA) is a decoy. "
        "Currency EUR. Amounts '1.234,56'. Line items: every row (quantity = pieces)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "NIF " + nif, no, po, vname, "Total (EUR)"], render


# =========================================================================== 08 Madeira wine lodge company dinner (NIF, IVA 12 % meal / 22 % wine and room, EUR), landscape
MA_V = [("Adega Velha do Funchal – Vinhos da Madeira, Lda.", "Rua de São Francisco, 10", "9000-050 Funchal", (110, 20, 40)), ("Quinta do Estreito Vinhos, S.A.", "Caminho da Igreja, 7", "9325-024 Estreito de Câmara de Lobos", (90, 50, 20)),
        ("Armazém de Canteiro São Martinho, Lda.", "Estrada Monumental, 210", "9000-100 Funchal", (30, 70, 90)), ("Casa dos Vinhos de Câmara de Lobos, Lda.", "Largo da República, 4", "9300-138 Câmara de Lobos", (70, 70, 20))]
MA_B = [("Madeira Incentives & Events, Lda.", "Avenida Arriaga, 30, 9000-064 Funchal", "NIF 5"), ("Nordpharma Reisen GmbH", "Königsallee 60, 40212 Düsseldorf, Alemanha", "DE"),
        ("Associação Comercial e Industrial do Funchal", "Avenida Arriaga, 41, 9000-060 Funchal", "NIF 5"), ("Atlantic Conference Services, Lda.", "Rua da Alfândega, 78, 9000-059 Funchal", "NIF 5")]
MA_MEAL = [("Menu de gala (entrada, espetada em pau de louro, sobremesa), por pessoa", "pax", "38.00", "62.00"), ("Menu volante de petiscos madeirenses, por pessoa", "pax", "24.00", "38.00"),
           ("Águas e refrigerantes, por pessoa", "pax", "3.50", "6.00"), ("Café e bolo de mel, por pessoa", "pax", "3.00", "5.50")]
MA_WINE = [("Prova comentada de 4 vinhos Madeira, por pessoa", "pax", None, "18.00", "32.00"), ("Madeira Malvasia 10 anos, garrafa 75 cl", "gf", (4, 18), "28.00", "42.00"),
           ("Madeira Sercial 5 anos, garrafa 75 cl", "gf", (4, 18), "16.00", "24.00"), ("Vinho de mesa Terras do Avô tinto, garrafa", "gf", (8, 30), "12.00", "18.00"),
           ("Poncha regional ao balcão, por pessoa", "pax", None, "3.00", "5.00")]
MA_ROOM = [("Aluguer do armazém de canteiro para o evento (4 horas)", "un", "600.00", "1400.00"), ("Grupo de folclore e bailinho (45 minutos)", "un", "350.00", "650.00"),
           ("Decoração floral das mesas", "un", "180.00", "420.00")]


@style("08", "pt_madeira_adega_jantar_empresa_paisagem")
def s08(rng, i):
    vname, vstreet, vcity, color = MA_V[i]
    bname, baddr, bid = MA_B[i]
    d = rand_date(rng)
    event = d - dt.timedelta(days=rng.randint(1, 6))
    pax = D(rng.randint(18, 90))
    items = []
    for desc, unit, lo, hi in [MA_MEAL[rng.randrange(2)]] + rng.sample(MA_MEAL[2:], rng.randint(1, 2)):
        items.append({"desc": desc, "unit": unit, "qty": pax, "price": exact_price(rng, pax, D(lo), D(hi), D("0.50")), "rate": "12"})
    for desc, unit, qr, lo, hi in rng.sample(MA_WINE, rng.randint(2, 3)):
        q = pax if qr is None else D(rng.randint(*qr))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50")), "rate": "22"})
    for desc, unit, lo, hi in rng.sample(MA_ROOM, rng.randint(1, 2)):
        items.append({"desc": desc, "unit": unit, "qty": D(1), "price": exact_price(rng, D(1), D(lo), D(hi), D("10")), "rate": "22"})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    b12 = sum(x["amount"] for x in items if x["rate"] == "12")
    b22 = sum(x["amount"] for x in items if x["rate"] == "22")
    v12, v22 = q2(b12 * D("0.12")), q2(b22 * D("0.22"))
    net, tax = b12 + b22, v12 + v22
    total = net + tax
    nif = valid_id(rng, 9, _nif.is_valid, prefix="5")
    bnif = valid_id(rng, 9, _nif.is_valid, prefix="5") if bid.startswith("NIF") else f"DE{digits(rng, 9, True)}"
    seq = rng.randint(20, 380)
    no = [f"FT 2/{seq}", f"FT QE{d.year}/{seq}", f"FT {d.year}A/{seq}", f"FT CV/{seq}"][i]
    atcud = f"{_atcud(rng)}-{seq}"
    fd = [lambda x: x.strftime("%d-%m-%Y"), pt_date, lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=20), None][i]
    term = ["", "Pagamento por transferência bancária no prazo de 8 dias", "", ""][i]
    po = [f"MIE-{rng.randint(1000, 9999)}", f"PO 45{digits(rng, 6)}", None, f"ACS/{d.year}/{rng.randint(10, 99)}"][i]
    advance = q2(total * D("0.5")) if i in (1, 2) else None
    sumrow = i in (0, 3)

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Sage 50c")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 210, "F")
        txt(pdf, 16, 12, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 16, 18.5, f"{vstreet}, {vcity}, Região Autónoma da Madeira · Tel. +351 291 {digits(rng, 3)} {digits(rng, 3)} · NIF {nif}", 8)
        txt(pdf, 200, 11, "FATURA", 18, "B", font="Serif", align="R", w=82)
        txt(pdf, 200, 19, no, 10.5, "B", align="R", w=82, color=color)
        txt(pdf, 200, 24, f"ATCUD {atcud}", 7.6, align="R", w=82)
        pdf.set_draw_color(*color)
        pdf.line(16, 30, 282, 30)
        txt(pdf, 16, 34, "Cliente", 7.4, color=(110, 110, 110))
        txt(pdf, 16, 38, bname, 9.4, "B")
        txt(pdf, 16, 42.5, baddr, 8.2)
        txt(pdf, 16, 46.5, ("NIF " if bnif[0] != "D" else "VAT ") + bnif, 8.2)
        kv(pdf, 150, 34, [("Data da fatura", fd(d)), ("Vencimento", fd(due) if due else None), ("V/ referência", po)], wl=30, wv=40, size=8.2, step=4.6, align="L")
        kv(pdf, 225, 34, [("Evento", event.strftime("%d/%m/%Y")), ("Convidados", qstr(pax)), ("Sala", rng.choice(["Armazém de Canteiro", "Sala das Pipas", "Terraço"]))], wl=22, wv=35, size=8.2, step=4.6, align="L")
        cols = [("Descrição", 140, "L"), ("Qtd.", 20, "R"), ("Un.", 14, "C"), ("Preço unit.", 28, "R"), ("Taxa IVA", 20, "C"), ("Total s/ IVA", 44, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), x["rate"] + " %", de(x["amount"])] for x in items]
        y0 = 56
        y = table(pdf, 16, y0, cols, rows, size=8.2, rowh=6, header_fill=(245, 240, 235), line_color=(210, 200, 190))
        frame(pdf, 16, y0, y, cols, color=(180, 170, 160))
        trows = [("Base tributável", de(net), False), ("IVA 12 % s/ " + de(b12), de(v12), False), ("IVA 22 % s/ " + de(b22), de(v22), False)]
        if sumrow:
            trows.append(("Total do IVA", de(tax), False))
        trows.append(("Total a pagar (€)", de(total), True))
        if advance:
            trows += [("Adiantamento recebido (FR " + str(seq - rng.randint(3, 15)) + ")", de(advance), False), ("Valor em dívida", de(total - advance), False)]
        y2 = totals(pdf, 176, y + 5, trows, wl=64, wv=42, size=8.6, line=color, step=5.2)
        para(pdf, 16, y + 5, 140, "Taxas de IVA da Região Autónoma da Madeira: 12 % nas refeições e bebidas não alcoólicas servidas; 22 % nos vinhos, bebidas alcoólicas, aluguer de espaço e animação.", 7.4, "I", h=3.6)
        y3 = para(pdf, 16, y + 16, 140, (f"{term}. " if term else "") + f"IBAN {iban_fmt(iban('PT', '0007' + digits(rng, 4) + digits(rng, 11) + digits(rng, 2)))} – Novo Banco, Funchal.", 8, h=4)
        qr_fpdf(pdf, rng, 16, max(y2, y3) + 4, 22)
        txt(pdf, 42, max(y2, y3) + 20, f"{_atcud(rng)[:4]}-Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Madeira wine lodge's FATURA in Portuguese for a company dinner, on a landscape page with a coloured left edge, with the Madeira IVA rates per row (12 % on the meal and the soft drinks, 22 % on the wines, the tasting, the room hire and the show): vendor = the company name (Lda./S.A.) at the top; vendor tax id = 'NIF' in the letterhead (valid under python-stdnum pt.nif); the customer's NIF or VAT number and the ATCUD are decoys. "
        f"invoice_number = '{no}' as printed (the 'FT' document type included); invoice_date = 'Data da fatura' (" + ["dd-mm-yyyy", "'12 de março de 2026'", "yyyy-mm-dd", "dd/mm/yyyy"][i] + "); the event date (dd/mm/yyyy) and the guest count are decoys. "
        + due_note(due, term, "Vencimento")
        + po_note(po, "V/ referência")
        + "subtotal = 'Base tributável'; tax = 'IVA 12 % s/ ...' + 'IVA 22 % s/ ...' (each label prints its base)"
        + ("; printed as 'Total do IVA'" if sumrow else " (no row prints their sum)")
        + "; total = 'Total a pagar (€)'"
        + ("; 'Adiantamento recebido' and 'Valor em dívida' are decoys" if advance else "")
        + ". Currency EUR. Amounts '1.234,56'. Line items: every row (quantity = guests, bottles, units)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = [fd(d), fd(due) if due else None, "NIF " + nif, no, po, vname, "Total a pagar"]
    return t, (chk if sumrow else {"printed": chk, "tax_parts": [mt(v12), mt(v22)]}), render
