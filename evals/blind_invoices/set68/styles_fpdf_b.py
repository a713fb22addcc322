"""fpdf2 styles for set 68, second part (08 Caernarfon ANFONEB / INVOICE in Welsh and English with a LEFT SIDEBAR of
SMALL-CAPITAL labels ABOVE their values, a table WITHOUT RULES, VAT 20 % (and 0 % on books), one of four a NODYN
CREDYD / CREDIT NOTE; 09 Biella FATTURA in Italian with the lines grouped under their DDT, a discount per line, IVA
22 / 10 / 4 % and the TOTALS at the LEFT under the table beside the instalment box; 10 Frauenfeld RECHNUNG in Swiss
German shaped as a statement: a boxed grid of small-capital labels above values, MWST 8,1 / 2,6 / 3,8 %, the open items,
a EUR counter-value on two and the QR-bill payment part with its receipt at the foot)."""

# ruff: noqa: E501, C901

import calendar
import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date
from invoice_kit import (
    ch,
    de,
    digits,
    en,
    iban,
    lfont,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, lines, para, po_note, qr_fpdf, totals, truth, wrap
from stdnum.ch import esr
from stdnum.ch import uid as chuid
from stdnum.gb import vat as gbvat
from stdnum.it import iva

STYLES, style = style_registry("fpdf2")


def ltxt(pdf, *a, **kw):
    """The kit's txt in Liberation Sans (the QR-bill's Helvetica / Arial look)."""
    return txt(pdf, *a, font="LSans", **kw)


def _month_end(x):
    """The last day of x's month ('fine mese')."""
    return x.replace(day=calendar.monthrange(x.year, x.month)[1])


# =========================================================================== 08 Caernarfon (VAT 20/0, GBP), left sidebar, small caps above, unruled, credit note
CA_V = [
    ("Llechi Eryri Cyf.", "Slate Products", "Stad Ddiwydiannol Cibyn, Caernarfon LL55 2BD", (51, 65, 85)),
    ("Cyfieithu Menai Cyf.", "Translation Services", "Doc Fictoria, Caernarfon LL55 1SQ", (153, 27, 27)),
    ("Siop Lyfrau'r Maes", "Booksellers", "Y Maes, Caernarfon LL55 2NG", (20, 83, 45)),
    ("Canolfan Awyr Agored Seiont Cyf.", "Outdoor Centre", "Ffordd Llanberis, Caernarfon LL55 2DF", (30, 64, 175)),
]
CA_ROWS = [
    [("Llechi to 500x250mm, gradd 1 / Roofing slates, grade 1", "each", 200, 1200, D("1.10"), D("2.40"), 20), ("Siliau ffenestr llechen / Slate window sills", "each", 2, 12, 45, 120, 20),
     ("Teils llawr llechen 600x300 / Slate floor tiles", "m²", 10, 60, 38, 64, 20), ("Cludo / Delivery, Gwynedd", "load", 1, 2, 65, 140, 20)],
    [("Cyfieithu Saesneg-Cymraeg / English-Welsh translation", "words", 800, 9000, D("0.09"), D("0.14"), 20), ("Prawfddarllen / Proofreading", "hrs", 1, 10, 32, 45, 20),
     ("Cyfieithu ar y pryd / Simultaneous interpreting, half day", "sessions", 1, 4, 240, 380, 20), ("Llogi offer cyfieithu / Interpreting equipment hire", "days", 1, 3, 90, 160, 20)],
    [("Llyfrau Cymraeg i blant / Welsh children's books", "each", 5, 60, D("4.99"), D("12.99"), 0), ("Nofelau / Novels, Welsh language", "each", 3, 30, D("8.99"), D("14.99"), 0),
     ("Cardiau cyfarch / Greeting cards", "each", 10, 80, D("1.95"), D("3.50"), 20), ("Mapiau OS Eryri / OS maps, Snowdonia", "each", 2, 20, D("8.99"), D("16.99"), 0), ("Bagiau cotwm / Cotton bags", "each", 5, 40, D("3.50"), D("6.50"), 20)],
    [("Sesiwn caiacio / Kayaking session, group", "persons", 6, 24, 28, 45, 20), ("Dringo creigiau / Rock climbing, half day", "persons", 4, 16, 35, 55, 20),
     ("Arfordiro / Coasteering, Ynys Môn", "persons", 4, 20, 38, 60, 20), ("Hyfforddwr ychwanegol / Additional instructor", "days", 1, 3, 150, 240, 20), ("Llogi bws mini / Minibus hire", "days", 1, 3, 95, 160, 20)],
]
CA_B = [("Adeiladwyr Glaslyn Cyf.", "Porthmadog LL49 9AB"), ("Cyngor Gwynedd", "Stryd y Jêl, Caernarfon LL55 1SH"), ("Ysgol Syr Hugh Owen", "Ffordd Bethel, Caernarfon LL55 1HW"), ("Coleg Menai", "Ffordd Ffriddoedd, Bangor LL57 2TP")]


@style("08", "gb_cfn_caernarfon_anfoneb_invoice_vat_20_sidebar_left_smallcaps_credit")
def s08(rng, i):
    vname, vsub, vaddr, color = CA_V[i]
    bname, baddr = CA_B[i]
    credit = i == 1
    d = rand_date(rng)
    items = lines(rng, CA_ROWS[i], [3, 2, 4, 4][i], D("0.01"))
    items.sort(key=lambda x: "Cludo" in x["desc"] or "Llogi" in x["desc"])  # delivery and hire after the goods
    for x in items:
        x["rate"] = x["extra"]
        if i == 2 and x["rate"] == 0:  # books at their cover price, 9.99
            x["price"] = D(int(x["price"])) + D("0.99")
            x["amount"] = x["qty"] * x["price"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "GB" + digits(rng, 9, True), gbvat.is_valid)
    vid_p = f"GB {vid[2:5]} {vid[5:9]} {vid[9:]}"
    bvat = f"GB {valid(rng, lambda: digits(rng, 9, True), gbvat.is_valid)}" if i in (0, 3) else None
    no = [f"LE{rng.randint(10000, 19999)}", f"CN-{d.year}-{rng.randint(10, 99)}", f"{rng.randint(3000, 3999)}", f"SEI/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "cy"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "cy")][i]
    due = None if credit or i == 2 else d + dt.timedelta(days=30)
    po = [f"PO{rng.randint(10000, 99999)}", f"GC{rng.randint(100000, 999999)}", None, f"CM-{rng.randint(1000, 9999)}"][i]
    orig = f"CM{rng.randint(20000, 29999)}" if credit else None
    deliv = d - dt.timedelta(days=rng.randint(1, 12))
    coy = f"{rng.randint(4000000, 9999999):08d}"
    sort = f"{rng.randint(20, 40)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    acct = digits(rng, 8, True)
    gbp = lambda x: ("-£" + en(-x)) if x < 0 else "£" + en(x)  # noqa: E731
    title = ("NODYN CREDYD", "CREDIT NOTE") if credit else ("ANFONEB", "INVOICE")

    def render(path):
        pdf = lfont(new_fpdf(creator="Sage Accounts"))
        pdf.add_page()
        light = tuple(min(255, c + (255 - c) * 88 // 100) for c in color)
        pdf.set_fill_color(*light)
        pdf.rect(0, 0, 64, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 64, 34, "F")
        y = 8
        for part in wrap(vname, 22).split("\n"):
            txt(pdf, 7, y, part, 12, "B", font="LSerif", color=(255, 255, 255))
            y += 5.6
        txt(pdf, 7, y + 1, vsub, 8, font="LSans", color=(230, 230, 230))
        rows = [("RHIF · NUMBER", no), ("DYDDIAD · DATE", fd(d)), ("DYDDIAD DYLEDUS · DUE DATE", fd(due) if due else None), ("EICH ARCHEB · YOUR ORDER", po),
                ("YN ERBYN ANFONEB · AGAINST INVOICE", orig), ("DYDDIAD CYFLENWI · DELIVERY DATE", fd(deliv)), ("RHIF TAW · VAT REG. NO.", vid_p), ("RHIF CWMNI · COMPANY NO.", coy),
                ("BANC · BANK", f"Banc Barclays, Caernarfon\nCod didoli / Sort code {sort}\nCyfrif / Account {acct}"), ("TUDALEN · PAGE", "1 / 1")]
        y = 44
        for lab, val in rows:
            if val is None:
                continue
            txt(pdf, 7, y, lab, 5.8, "B", font="LSans", color=(90, 90, 90))
            y += 3.4
            for part in val.split("\n"):
                txt(pdf, 7, y, part, 9 if "\n" not in val else 7.6, "B" if "\n" not in val else "", font="LSans")
                y += 4.6 if "\n" not in val else 3.8
            y += 3.6
        txt(pdf, 7, 282, vaddr, 6.4, font="LSans", color=(70, 70, 70), w=55)
        txt(pdf, 72, 14, title[0], 20, "B", font="LSans", color=color)
        txt(pdf, 72, 23, title[1], 12, font="LSans", color=(100, 100, 100))
        txt(pdf, 72, 44, "I · TO", 5.8, "B", font="LSans", color=(90, 90, 90))
        txt(pdf, 72, 48, bname, 11, "B", font="LSans")
        txt(pdf, 72, 53.5, baddr, 9, font="LSans")
        if bvat:
            txt(pdf, 72, 58.5, f"Rhif TAW y cwsmer / Customer VAT: {bvat}", 8, font="LSans", color=(80, 80, 80))
        if credit:
            para(pdf, 72, 64, 128, f"Credyd am nwyddau a ddychwelwyd yn erbyn anfoneb {orig}. / Credit for goods returned against invoice {orig}.", 8.4, font="LSans", color=(120, 20, 20))
        cols = [("Disgrifiad / Description", 62, "L"), ("Nifer / Qty", 17, "R"), ("Pris / Price", 19, "R"), ("TAW", 11, "R"), ("Swm / Amount", 23, "R")]
        rws = [[wrap(x["desc"], 36), qstr(x["qty"]), en(x["price"]), f"{x['rate']}%", en(x["amount"])] for x in items]
        y = table(pdf, 70, 76, cols, rws, size=8.2, font="LSans", rowh=6.4, border_bottom=False, line_color=color)
        y += 6
        rows_t = [("Is-gyfanswm / Subtotal", gbp(net), False)]
        rows_t += [(f"TAW / VAT @ {r}%" + (f" ar / on {gbp(b)}" if len(rates) > 1 else ""), gbp(t), False) for r, b, t in rates]
        if len(rates) > 1:
            rows_t.append(("Cyfanswm TAW / Total VAT", gbp(tax), False))
        rows_t.append(("Cyfanswm / Total", gbp(total), True))
        y = totals(pdf, 106, y, rows_t, wl=64, wv=30, size=8.8, font="LSans", line=color, step=5.8)
        msg = ("Bydd y credyd yn cael ei ddidynnu o'ch taliad nesaf. / This credit will be offset against your next payment." if credit else
               "Telerau: 30 diwrnod. Diolch am eich busnes! / Terms: 30 days. Thank you for your business!" if due else "Talwyd â cherdyn. Diolch yn fawr! / Paid by card. Thank you!")
        para(pdf, 72, y + 8, 126, msg, 8.4, font="LSans", color=(60, 60, 60))
        pdf.output(path)

    notes = (
        "Caernarfon (Wales, UK) " + ("NODYN CREDYD / CREDIT NOTE (every quantity and amount NEGATIVE, against an earlier invoice: a decoy)" if credit else "ANFONEB / INVOICE")
        + " bilingual Welsh and English with a shaded LEFT SIDEBAR of SMALL-CAPITAL labels ABOVE the values, a table WITHOUT RULES, VAT " + " and ".join(f"{r} %" for r, _, _ in rates) + ", '£1,234.56': "
        "vendor = the name at the top of the sidebar; vendor_tax_id = 'RHIF TAW · VAT REG. NO.' as printed with spaces (the company number, the sort code and account"
        + (", the customer's VAT number" if bvat else "") + " are decoys). invoice_number = 'RHIF · NUMBER'; invoice_date = 'DYDDIAD · DATE' (the delivery date is a decoy). "
        + due_note(due, "Talwyd â cherdyn / Paid by card" if i == 2 else None, "DYDDIAD DYLEDUS · DUE DATE")
        + po_note(po, "EICH ARCHEB · YOUR ORDER")
        + "subtotal = 'Is-gyfanswm / Subtotal'; tax = " + ("'Cyfanswm TAW / Total VAT'" if len(rates) > 1 else "'TAW / VAT @ 20%'") + "; total = 'Cyfanswm / Total'. Currency GBP. Line items: every row, net of VAT."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid_p, no, po, d, due, "GBP", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid_p, "Cyfanswm / Total", fd(due) if due else None, bvat, orig, fd(deliv), coy]}
    return t, chk, render


# =========================================================================== 09 Biella (IVA 22/10/4, EUR), DDT groups, discount per line, totals left
BI_V = [
    ("Lanificio Valle Cervo S.p.A.", "Via Cesare Battisti 31, 13900 Biella (BI)", (30, 41, 59)),
    ("Tintoria e Finissaggio Elvo S.r.l.", "Strada Trossi 12, 13871 Verrone (BI)", (127, 29, 29)),
    ("Caseificio Alpeggi di Oropa S.n.c.", "Via Santuario di Oropa 88, 13900 Biella (BI)", (21, 94, 49)),
    ("Birrificio del Mucrone S.r.l.", "Corso Europa 5, 13900 Biella (BI)", (146, 64, 14)),
]
BI_ROWS = [
    [("Tessuto flanella pura lana 280 g/m, h 150", "m", 40, 600, 14, 34, 22), ("Tessuto gabardine lana stretch, h 152", "m", 40, 500, 16, 38, 22), ("Tessuto cashmere blend, h 150", "m", 10, 120, 48, 96, 22),
     ("Campionario colori, cartella", "pz", 1, 10, 8, 25, 22)],
    [("Tintura in pezza, colori scuri", "kg", 80, 900, D("2.80"), D("4.90"), 22), ("Finissaggio antipiega", "kg", 80, 900, D("0.90"), D("1.70"), 22), ("Follatura e garzatura", "m", 100, 1200, D("0.55"), D("1.20"), 22),
     ("Trasporto andata e ritorno", "viaggio", 1, 4, 45, 120, 22)],
    [("Toma Biellese DOP, forma", "kg", 10, 120, D("11.50"), D("16.80"), 4), ("Maccagno, forma intera", "kg", 5, 60, D("14.20"), D("21.50"), 4), ("Burro di malga 250 g", "pz", 10, 80, D("2.90"), D("4.60"), 4),
     ("Salame di Oropa", "kg", 2, 20, D("16.50"), D("24.00"), 10), ("Confezione regalo in legno", "pz", 2, 20, D("3.80"), D("7.50"), 22)],
    [("Birra artigianale Blonde, fusto 20 l", "pz", 2, 20, 68, 110, 22), ("Birra IPA, cartone 12x33 cl", "ct", 5, 60, 24, 39, 22), ("Birra ambrata, cartone 12x75 cl", "ct", 2, 30, 52, 78, 22),
     ("Noleggio impianto di spillatura", "gg", 1, 3, 35, 60, 22)],
]
BI_B = [("Sartoria Milanese Fratelli Corti S.r.l.", "Via Montenapoleone 4, 20121 Milano (MI)"), ("Lanificio Alta Valsesia S.p.A.", "Via Roma 1, 13019 Varallo (VC)"),
        ("Enoteca Gastronomia Al Piazzo", "Piazza Cisterna 2, 13900 Biella (BI)"), ("Rifugio Rosazza Pub S.a.s.", "Via Roma 16, 13815 Rosazza (BI)")]


@style("09", "it_bie_biella_fattura_iva_22_10_4_totals_left_sconto_ddt")
def s09(rng, i):
    vname, vaddr, color = BI_V[i]
    bname, baddr = BI_B[i]
    d = rand_date(rng)
    items = lines(rng, BI_ROWS[i], [4, 3, 5, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        x["sc"] = rng.choice([0, 0, 5, 10, D("7.5")]) if "Noleggio" not in x["desc"] and "Trasporto" not in x["desc"] else 0
        x["amount"] = q2(x["qty"] * x["price"] * (100 - D(str(x["sc"]))) / 100)
    rates = by_rate(items)
    merce = sum(q2(x["qty"] * x["price"]) for x in items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    piva = valid(rng, lambda: digits(rng, 11), iva.is_valid)
    vid = "IT" + piva if i in (1, 3) else piva
    bpiva = valid(rng, lambda: digits(rng, 11), iva.is_valid)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FT {d.year}/{rng.randint(10, 999):05d}", f"{rng.randint(10, 300)}/A", f"{rng.randint(1000, 1999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    riba = i in (0, 1)
    due = _month_end(d + dt.timedelta(days=60)) if riba else (d + dt.timedelta(days=30) if i == 3 else None)
    po = [f"{rng.randint(100, 999)}", f"OC-{rng.randint(1000, 9999)}", None, None][i]
    ddts = sorted(rng.sample(range(200, 900), 2))
    ddd = sorted(d - dt.timedelta(days=rng.randint(2, 14)) for _ in ddts)
    split = max(1, len(items) // 2)
    pay = ["Ri.Ba. 60 gg d.f. fine mese", "Ri.Ba. 60 gg d.f. fine mese", "Rimessa diretta vista fattura", "Bonifico bancario 30 gg d.f."][i]
    bank = rng.choice(["Banca Sella, Biella", "BPER Banca, fil. Biella", "Biverbanca, Biella"])
    ibanv = group4(iban("IT", rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "03268" + "22300" + digits(rng, 12)))

    def render(path):
        pdf = new_fpdf(creator="TeamSystem Fatturazione")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 14, 19, vaddr, 8.2)
        txt(pdf, 14, 23.5, f"P.IVA {vid} · C.F. e Reg. Imprese Biella {piva}", 8.2)
        txt(pdf, 14, 28, f"REA BI-{rng.randint(100000, 199999)} · Cap. soc. € {de(D(rng.choice([10000, 50000, 120000, 500000])), 0)} i.v. · PEC {vname.split()[0].lower()}@pec.it", 7.4, color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.rect(118, 36, 78, 30)
        txt(pdf, 121, 38, "Spett.le", 7.4, color=(100, 100, 100))
        txt(pdf, 121, 42.5, bname, 9.2, "B", w=74)
        txt(pdf, 121, 47.5, baddr, 8, w=74)
        txt(pdf, 121, 53, f"P.IVA {bpiva}", 8)
        txt(pdf, 121, 58, f"Codice destinatario SDI: {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))}", 7.6, color=(80, 80, 80))
        # a ruled row of document boxes
        boxes = [("Tipo documento", "FATTURA", 34), ("Numero", no, 32), ("Data", fd(d), 28), ("Pagamento", pay, 60), ("Pag.", "1 di 1", 18)]
        x0 = 14
        for lab, val, w in boxes:
            pdf.rect(x0, 72, w, 11)
            txt(pdf, x0 + 1, 72.8, lab, 6.2, color=(100, 100, 100))
            txt(pdf, x0 + 1, 77.2, val, 8.4 if len(val) < 26 else 7.2, "B")
            x0 += w
        if po:
            txt(pdf, 14, 86, f"Vs. riferimento: vostro ordine n. {po} del {fd(d - dt.timedelta(days=rng.randint(15, 50)))} – agente {rng.choice(['Gianni Ferraris', 'Laura Sella', 'Marco Zegna'])}", 8)
        cols = [("Codice", 20, "L"), ("Descrizione", 62, "L"), ("U.M.", 10, "L"), ("Q.tà", 16, "R"), ("Prezzo", 18, "R"), ("Sc. %", 12, "R"), ("Importo", 24, "R"), ("IVA", 20, "R")]
        rws = []
        for k, x in enumerate(items):
            if k == 0 or k == split:
                g = 0 if k == 0 else 1
                rws.append(["", f"Rif. DDT n. {ddts[g]} del {fd(ddd[g])}", "", "", "", "", "", ""])
            rws.append([f"{rng.choice(['LN', 'TF', 'CS', 'BR'])}{rng.randint(1000, 9999)}", wrap(x["desc"], 38), x["unit"], de(x["qty"], 0), de(x["price"]), (de(D(str(x["sc"])), 1 if x["sc"] % 1 else 0) if x["sc"] else ""), de(x["amount"]), f"{x['rate']}%"])
        y = table(pdf, 14, 91, cols, rws, size=8, rowh=5.6, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 6
        # totals at the left, instalments at the right
        pdf.set_draw_color(*color)
        yt = y
        txt(pdf, 14, yt, "Totale merce", 8.4)
        txt(pdf, 60, yt, de(merce), 8.4, w=30, align="R")
        txt(pdf, 14, yt + 5, "Sconti", 8.4)
        txt(pdf, 60, yt + 5, de(net - merce), 8.4, w=30, align="R")
        yt += 11
        txt(pdf, 14, yt, "Aliquota   Imponibile   Imposta", 7.4, "B", color=(90, 90, 90))
        yt += 4.6
        for r, b, t in rates:
            txt(pdf, 14, yt, f"{r}%", 8.2)
            txt(pdf, 26, yt, de(b), 8.2, w=24, align="R")
            txt(pdf, 52, yt, de(t), 8.2, w=20, align="R")
            yt += 4.6
        yt += 2
        yt = totals(pdf, 14, yt, [("Totale imponibile", de(net), False), ("Totale IVA", de(tax), False), ("TOTALE DOCUMENTO €", de(total), True)], wl=46, wv=30, size=9, line=color, step=5.8)
        pdf.rect(120, y - 2, 76, 32)
        txt(pdf, 123, y, "Scadenze", 8.4, "B", color=color)
        if due:
            txt(pdf, 123, y + 6, f"Scadenza {fd(due)}", 8.4)
            txt(pdf, 160, y + 6, f"€ {de(total)}", 8.4, w=33, align="R")
        else:
            txt(pdf, 123, y + 6, "Pagato in contanti alla consegna", 8.4)
        txt(pdf, 123, y + 13, f"Appoggio: {bank}", 7.4)
        txt(pdf, 123, y + 17.5, f"IBAN {ibanv}", 6.8)
        txt(pdf, 123, y + 22, f"CIG / CUP: —   Cod. cliente {rng.randint(1000, 9999)}", 7.2, color=(90, 90, 90))
        para(pdf, 14, yt + 10, 182, "Contributo ambientale CONAI assolto ove dovuto. Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72: l'originale è disponibile nella sua area riservata del Sistema di Interscambio. Merce resa franco nostro stabilimento.", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Biella (Italy) FATTURA in Italian: the customer box at the right ('Spett.le'), a ruled row of document boxes (type, number, date, payment), the lines grouped under their 'Rif. DDT' rows (decoy numbers and dates), "
        "a DISCOUNT per line ('Sc. %', the 'Importo' net of it), IVA " + " / ".join(f"{r} %" for r, _, _ in rates) + " and the TOTALS at the LEFT under the table beside the 'Scadenze' box, '1.234,56': "
        "vendor = the name at the top left; vendor_tax_id = 'P.IVA' under it" + (" (IT-prefixed)" if vid.startswith("IT") else "") + " (the C.F. / Reg. Imprese number, the REA, the customer's P.IVA, the SDI code and the IBAN are decoys). "
        "invoice_number = 'Numero'; invoice_date = 'Data' (the DDT dates and the order's date are decoys). "
        + due_note(due, "Rimessa diretta vista fattura", "Scadenza (in the 'Scadenze' box)")
        + po_note(po, "Vs. riferimento: vostro ordine n.")
        + "subtotal = 'Totale imponibile' (the 'Totale merce' before the discounts is a decoy); tax = 'Totale IVA'; total = 'TOTALE DOCUMENTO €'. Currency EUR. Line items: every article row, net of the line discount and of IVA."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTALE DOCUMENTO €", fd(due) if due else None, bpiva, f"Rif. DDT n. {ddts[0]}", de(merce)]}
    return t, chk, render


# =========================================================================== 10 Frauenfeld (MWST 8,1/2,6/3,8, CHF), statement-like, small caps grid, QR-bill
FR_V = [
    ("Mosterei Thurtal AG", "Zürcherstrasse 221, 8500 Frauenfeld", (153, 27, 27), "most"),
    ("Landmaschinen Huber & Söhne GmbH", "Industriestrasse 14, 8500 Frauenfeld", (22, 101, 52), "mach"),
    ("Hotel Murgbrücke Frauenfeld AG", "Bahnhofplatz 3, 8500 Frauenfeld", (30, 58, 138), "hotel"),
    ("Buchbinderei Kurzdorf GmbH", "Kurzdorfstrasse 6, 8500 Frauenfeld", (87, 83, 78), "buch"),
]
FR_ROWS = {
    "most": [("Apfelsaft naturtrüb, Harass 6 x 1 l", "Harass", 5, 80, D("14.40"), D("21.60"), D("2.6")), ("Süssmost, Bag-in-Box 5 l", "Stk.", 5, 60, D("11.50"), D("17.90"), D("2.6")),
             ("Apfelwein sauer 5 %, 75 cl", "Fl.", 12, 120, D("6.20"), D("9.80"), D("8.1")), ("Depot Harass", "Stk.", 5, 80, D("3.00"), D("3.00"), D("8.1"))],
    "mach": [("Service Traktor, Arbeitsstunden", "Std.", 2, 14, D("118.00"), D("138.00"), D("8.1")), ("Ersatzteil Hydraulikpumpe", "Stk.", 1, 2, D("480.00"), D("1290.00"), D("8.1")),
             ("Motorenöl 15W-40, 20 l", "Kanne", 1, 4, D("96.00"), D("138.00"), D("8.1")), ("Saatgut Wintergerste, 25 kg", "Sack", 2, 20, D("48.00"), D("69.00"), D("2.6"))],
    "hotel": [("Übernachtung Doppelzimmer", "Nacht", 1, 8, D("165.00"), D("245.00"), D("3.8")), ("Frühstück", "Pers.", 1, 16, D("18.00"), D("24.00"), D("2.6")),
              ("Seminarpauschale Tag", "Pers.", 6, 30, D("79.00"), D("115.00"), D("8.1")), ("Getränke Bankett", "Pauschal", 1, 1, D("180.00"), D("940.00"), D("8.1"))],
    "buch": [("Neubindung Grundbuch, Halbleder", "Band", 1, 12, D("145.00"), D("290.00"), D("8.1")), ("Restaurierung Buchblock", "Std.", 2, 20, D("86.00"), D("112.00"), D("8.1")),
             ("Jahresbericht, Klebebindung", "Ex.", 50, 600, D("4.20"), D("8.90"), D("8.1")), ("Fachbuch Thurgauer Chronik", "Ex.", 1, 20, D("38.00"), D("64.00"), D("2.6"))],
}
FR_B = [("Volg Konsumgenossenschaft Weinfelden", "Marktstrasse 2", "8570 Weinfelden"), ("Hofgemeinschaft Stählin", "Oberwiesen 4", "8532 Warth"),
        ("Kantonale Verwaltung, Personalamt", "Zürcherstrasse 188", "8510 Frauenfeld"), ("Gemeinde Aadorf, Gemeindekanzlei", "Gemeindeplatz 1", "8355 Aadorf")]


@style("10", "ch_frf_frauenfeld_rechnung_mwst_8_1_2_6_statement_qr_zahlteil_eur")
def s10(rng, i):
    vname, vaddr, color, kind = FR_V[i]
    bname, bstreet, bcity = FR_B[i]
    d = rand_date(rng)
    items = lines(rng, FR_ROWS[kind], [3, 4, 4, 3][i], D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    u = valid(rng, lambda: "CHE" + digits(rng, 9, True), chuid.is_valid)
    vid = f"CHE-{u[3:6]}.{u[6:9]}.{u[9:]} MWST"
    no = [f"{rng.randint(10000, 99999)}", f"RG-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(700000, 799999)}", f"{d.strftime('%y')}.{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de")][i]
    due = d + dt.timedelta(days=30) if i != 2 else None
    po = [None, None, f"{rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500000000, 4599999999)}"][i]
    po_v = po
    cust = f"{rng.randint(10000, 99999)}"
    qiban = iban("CH", str(rng.randint(30000, 31999)) + digits(rng, 12))
    ref_base = digits(rng, 26)
    qref = ref_base + esr.calc_check_digit(ref_base)
    qref_p = qref[:2] + " " + " ".join(qref[k : k + 5] for k in range(2, 27, 5))
    fx = D(rng.choice(["0.9362", "0.9418", "0.9287", "0.9531"]))
    eur = ch(q2(total / fx)) if i in (0, 3) else None
    prev = [(f"{rng.randint(10000, 99999)}", fd(d - dt.timedelta(days=rng.randint(35, 80))), q2(D(rng.randint(8000, 240000)) / 100))] if i in (1, 3) else []
    saldo = total + sum(p[2] for p in prev)
    chf = lambda x: ch(x)  # noqa: E731

    def render(path):
        pdf = lfont(new_fpdf(creator="Bexio"))
        pdf.add_page()
        ltxt(pdf, 16, 12, vname, 13, "B", color=color)
        ltxt(pdf, 16, 18.5, vaddr + " · Tel. 052 7" + digits(rng, 2) + " " + digits(rng, 2) + " " + digits(rng, 2), 8)
        ltxt(pdf, 16, 22.5, f"www.{kind}-frauenfeld.ch · UID {vid}", 8)
        # window address
        ltxt(pdf, 118, 30, f"{vname}, {vaddr}", 5.8, color=(120, 120, 120), w=80)
        for k, ln in enumerate((bname, bstreet, bcity)):
            ltxt(pdf, 118, 35 + k * 4.8, ln, 9.6)
        ltxt(pdf, 16, 56, "Rechnung", 17, "B")
        # a boxed grid of small-capital labels above values
        grid = [("RECHNUNG NR.", no), ("RECHNUNGSDATUM", fd(d)), ("KUNDEN-NR.", cust), ("ZAHLBAR BIS", fd(due) if due else "netto 30 Tage")]
        if po:
            grid.append(("IHRE BESTELLUNG", po))
        w = 178 / len(grid)
        pdf.set_draw_color(160, 160, 160)
        for k, (lab, val) in enumerate(grid):
            pdf.rect(16 + k * w, 66, w, 11)
            ltxt(pdf, 17.5 + k * w, 67, lab, 5.8, "B", color=(110, 110, 110))
            ltxt(pdf, 17.5 + k * w, 71.3, val, 8.6 if len(grid) < 5 else 7.8, "B")
        cols = [("Pos.", 11, "L"), ("Bezeichnung", 82, "L"), ("Menge", 17, "R"), ("Einheit", 18, "L"), ("Preis", 18, "R"), ("MWST", 12, "R"), ("Betrag CHF", 20, "R")]
        rws = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], chf(x["price"]), f"{de(x['rate'], 1)}%", chf(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 16, 82, cols, rws, size=8, font="LSans", rowh=5.6, line_color=(200, 200, 200))
        y += 4
        rows_t = [("Total exkl. MWST", chf(net), False)] + [(f"MWST {de(r, 1)}% auf {chf(b)}", chf(t), False) for r, b, t in rates] + [("Total MWST", chf(tax), False), ("Rechnungsbetrag CHF", chf(total), True)]
        yt = totals(pdf, 118, y, rows_t, wl=50, wv=26, size=8.4, font="LSans", line=(0, 0, 0), step=5)
        if eur:
            ltxt(pdf, 118, yt, f"Gegenwert EUR {eur} (Kurs {fx})", 7.2, color=(100, 100, 100))
        # the statement block at the left: open items
        ltxt(pdf, 16, y, "Kontoübersicht", 8.4, "B", color=color)
        yy = y + 5
        for pn, pdd, pa in prev:
            ltxt(pdf, 16, yy, f"Offene Rechnung {pn} vom {pdd}", 7.6)
            ltxt(pdf, 80, yy, chf(pa), 7.6, w=20, align="R")
            yy += 4.2
        ltxt(pdf, 16, yy, f"Diese Rechnung {no}", 7.6)
        ltxt(pdf, 80, yy, chf(total), 7.6, w=20, align="R")
        yy += 4.2
        pdf.set_draw_color(0, 0, 0)
        pdf.line(16, yy, 100, yy)
        ltxt(pdf, 16, yy + 1, "Total offener Saldo", 7.6, "B")
        ltxt(pdf, 80, yy + 1, chf(saldo), 7.6, "B", w=20, align="R")
        para(pdf, 16, yy + 8, 95, ("Besten Dank für Ihren Auftrag. Bitte begleichen Sie den Betrag bis zum Fälligkeitsdatum mit dem untenstehenden QR-Einzahlungsschein." if due else "Besten Dank für Ihren Aufenthalt. Zahlbar innert 30 Tagen netto mit dem untenstehenden QR-Einzahlungsschein.") + " Rückfragen: buchhaltung@" + kind + "-frauenfeld.ch", 7.4, font="LSans", color=(70, 70, 70))
        # QR-bill at the foot
        pdf.set_draw_color(0, 0, 0)
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.line(0, 192, 210, 192)
        pdf.line(62, 192, 62, 297)
        pdf.set_dash_pattern()
        txt(pdf, 90, 189.2, "✂ Vor der Einzahlung abzutrennen", 6, color=(90, 90, 90))
        ltxt(pdf, 5, 197, "Empfangsschein", 11, "B")
        y2 = 205
        for lab, val in (("Konto / Zahlbar an", f"{group4(qiban)}\n{vname}\n{vaddr}"), ("Referenz", qref_p), ("Zahlbar durch", f"{bname}\n{bstreet}\n{bcity}")):
            ltxt(pdf, 5, y2, lab, 6, "B")
            y2 += 3.2
            for part in val.split("\n"):
                ltxt(pdf, 5, y2, part, 7, w=55)
                y2 += 3.3
            y2 += 2
        ltxt(pdf, 5, 270, "Währung", 6, "B")
        ltxt(pdf, 5, 273.5, "CHF", 8)
        ltxt(pdf, 22, 270, "Betrag", 6, "B")
        ltxt(pdf, 22, 273.5, chf(total), 8)
        ltxt(pdf, 38, 282, "Annahmestelle", 6, "B")
        ltxt(pdf, 67, 197, "Zahlteil", 11, "B")
        qr_fpdf(pdf, rng, 67, 209, 46, n=33)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(86.5, 228.5, 7, 7, "F")
        pdf.set_fill_color(0, 0, 0)
        pdf.rect(87, 229, 6, 6, "F")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(89.4, 230, 1.2, 4, "F")
        pdf.rect(88, 231.4, 4, 1.2, "F")
        ltxt(pdf, 67, 262, "Währung", 7, "B")
        ltxt(pdf, 67, 266, "CHF", 9)
        ltxt(pdf, 88, 262, "Betrag", 7, "B")
        ltxt(pdf, 88, 266, chf(total), 9)
        y2 = 197
        for lab, val in (("Konto / Zahlbar an", f"{group4(qiban)}\n{vname}\n{vaddr}"), ("Referenz", qref_p), ("Zusätzliche Informationen", f"Rechnung {no} / Kunde {cust}"),
                         ("Zahlbar durch", f"{bname}\n{bstreet}\n{bcity}")):
            ltxt(pdf, 120, y2, lab, 7, "B")
            y2 += 3.8
            for part in val.split("\n"):
                ltxt(pdf, 120, y2, part, 8.4, w=86)
                y2 += 3.9
            y2 += 2.4
        pdf.output(path)

    notes = (
        "Frauenfeld (Switzerland) RECHNUNG in Swiss German shaped as a statement: a boxed grid of SMALL-CAPITAL labels ABOVE the values, a table with a position column, MWST "
        + " / ".join(f"{de(r, 1)} %" for r, _, _ in rates) + ", \"1'234.50\", an account overview (Kontoübersicht) at the left with "
        + ("an earlier open invoice and " if prev else "") + "the open balance, the QR-bill payment part and receipt at the foot: vendor = the name at the top; vendor_tax_id = 'UID' as printed ('CHE-…. MWST'; the QR-IBAN, the QR reference and the customer number are decoys). "
        "invoice_number = 'RECHNUNG NR.'; invoice_date = 'RECHNUNGSDATUM'. "
        + due_note(due, "netto 30 Tage", "ZAHLBAR BIS")
        + po_note(po_v, "IHRE BESTELLUNG")
        + "subtotal = 'Total exkl. MWST'; tax = 'Total MWST'; total = 'Rechnungsbetrag CHF' (also 'Betrag' in the QR-bill)"
        + (" (the 'Total offener Saldo' with the earlier open invoice is a decoy)" if prev else "")
        + (" (the EUR counter-value is a decoy)" if eur else "")
        + ". Currency CHF. Line items: every position, net of MWST."
    )
    t = truth(vname, vid, no, po_v, d, due, "CHF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag CHF", fd(due) if due else None, qref_p, eur, chf(saldo) if prev else None]}
    return t, chk, render
