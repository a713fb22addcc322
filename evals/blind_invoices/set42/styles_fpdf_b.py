"""fpdf2 styles for set 42, second part (08 Wrocław food wholesaler's FAKTURA VAT in Polish on a LANDSCAPE page with a
FULLY RULED grid, VAT 5 %, 8 % (catering) and 23 % per row and per rate, złoty or euros with the VAT converted to PLN at the NBP
rate, 09 Kumasi engineering consultancy's invoice written as a LETTER in English with the facts in running text, NHIL
2.5 %, GETFund 2.5 %, COVID-19 levy 1 % and VAT 15 % on the levied value, withholding tax below the total, 10 Bellinzona
print shop's FATTURA in Italian with IVA 8.1 % and 2.6 %, '1'234.56' francs and a Swiss QR-bill payment part)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, long_date
from invoice_kit import (
    ch,
    digits,
    en,
    iban,
    iban_fmt,
    new_fpdf,
    ordinal,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth, wrap
from stdnum.ch import esr
from stdnum.ch import uid as chuid
from stdnum.gh import tin as ghtin
from stdnum.pl import nip, regon

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Wrocław (VAT 5 / 8 / 23 %, PLN or EUR), landscape, fully ruled grid
WR_V = [
    ("Hurtownia Spożywcza Odra Sp. z o.o.", "ul. Krakowska 180, 52-015 Wrocław", (180, 20, 40)),
    ("Ostrów Tumski Delikatesy Hurt s.c.", "ul. Legnicka 65, 54-206 Wrocław", (20, 80, 150)),
    ("Dolnośląskie Centrum Gastronomii S.A.", "ul. Strzegomska 140, 54-429 Wrocław", (20, 120, 70)),
    ("Wrocławskie Zakłady Piekarnicze Sp. z o.o.", "ul. Długa 22, 53-633 Wrocław", (130, 70, 20)),
]
WR_B = [
    ("Restauracja Pod Fredrą Sp. z o.o.", "Rynek-Ratusz 1, 50-106 Wrocław"),
    ("Hotel Ibis Styles Wrocław Centrum", "ul. Kazimierza Wielkiego 27A, 50-077 Wrocław"),
    ("Bistro Hala Targowa Jan Nowak", "ul. Piaskowa 17, 50-158 Wrocław"),
    ("Catering Ślęża Sp. j.", "ul. Wrocławska 8, 55-050 Sobótka"),
]
WR_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Chleb żytni na zakwasie 800 g", "szt.", 10, 200, 5.5, 9.8, 5),
    ("Mleko UHT 3,2% 1 l", "szt.", 12, 240, 2.9, 4.6, 5),
    ("Ser żółty gouda blok", "kg", 5, 60, 21, 34, 5),
    ("Masło ekstra 82% 200 g", "szt.", 10, 200, 6.2, 9.9, 5),
    ("Pierogi ruskie mrożone 1 kg", "kg", 5, 80, 14, 24, 5),
    ("Kiełbasa śląska", "kg", 5, 60, 19, 32, 5),
    ("Woda mineralna 1,5 l", "szt.", 12, 300, 1.4, 2.9, 23),
    ("Sok jabłkowy tłoczony 3 l", "szt.", 4, 60, 14, 24, 5),
    ("Usługa cateringowa – zestaw obiadowy", "kpl.", 10, 120, 18, 39, 8),
    ("Usługa cateringowa – przerwa kawowa", "os.", 10, 80, 12, 26, 8),
    ("Kawa ziarnista 1 kg", "kg", 2, 30, 49, 89, 23),
    ("Płyn do mycia naczyń 5 l", "szt.", 1, 20, 18, 34, 23),
    ("Serwetki gastronomiczne 33x33 (500 szt.)", "op.", 1, 40, 11, 22, 23),
    ("Rękawice nitrylowe (100 szt.)", "op.", 1, 30, 14, 29, 23),
    ("Transport chłodniczy", "usł.", 1, 1, 60, 180, 23),
]


@style("08", "pl_wro_wroclaw_faktura_vat_5_8_23_landscape")
def s08(rng, i):
    vname, vaddr, color = WR_V[i]
    bname, baddr = WR_B[i]
    d = rand_date(rng)
    items = lines(rng, WR_ROWS, [5, 12, 3, 9][i], D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    summ = [(r, sum(x["amount"] for x in items if x["rate"] == r), sum(x["tax"] for x in items if x["rate"] == r)) for r in sorted({x["rate"] for x in items})]
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    cur = "EUR" if i in (1, 2) else "PLN"
    n_ = valid(rng, lambda: digits(rng, 10, True), nip.is_valid)
    vid = f"{n_[:3]}-{n_[3:6]}-{n_[6:8]}-{n_[8:]}"
    bn = valid(rng, lambda: digits(rng, 10, True), nip.is_valid)
    reg = valid(rng, lambda: digits(rng, 9, True), regon.is_valid)
    no = [f"FV/{rng.randint(100, 999)}/{d.month:02d}/{d.year}", f"{rng.randint(1000, 9999)}/{d.year}", f"FS {rng.randint(10, 999)}/{d.strftime('%m/%y')}", f"F/{d.year}/{rng.randint(10000, 99999)}"][i]
    lng = lambda x: long_date("pl_gen", x, "{d} {m} {y} r.")  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d"), lng, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21, 30])) if i != 3 else None
    po = [f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}", None][i]
    fx = D(rng.choice(["4.2735", "4.2981", "4.3312", "4.2564"]))
    ksef = f"{n_}-{d.strftime('%Y%m%d')}-{rng.randint(0x100000000000, 0xFFFFFFFFFFFF):X}-{rng.randint(10, 99)}"
    acct = iban("PL", rng.choice(["10901014", "10202401", "11402004"]) + digits(rng, 16))
    m = sp

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Comarch ERP Optima")
        pdf.add_page()
        txt(pdf, 14, 10, f"Faktura VAT nr {no}", 15, "B", color=color)
        kv(pdf, 196, 10, [("Data wystawienia:", fd(d)), ("Data sprzedaży:", fd(d - dt.timedelta(days=rng.randint(0, 4)))), ("Miejsce wystawienia:", "Wrocław")], wl=36, wv=50, size=8, step=4.4, align="L")
        txt(pdf, 14, 26, "Sprzedawca", 7, color=(110, 110, 110))
        para(pdf, 14, 30, 120, f"{vname}\n{vaddr}\nNIP: {vid} · REGON: {reg}\nBDO: {digits(rng, 9, True)}", 8.4, h=4.2)
        txt(pdf, 150, 26, "Nabywca", 7, color=(110, 110, 110))
        para(pdf, 150, 30, 120, f"{bname}\n{baddr}\nNIP: {bn}", 8.4, h=4.2)
        cols = [("Lp.", 9, "L"), ("Nazwa towaru lub usługi", 78, "L"), ("J.m.", 12, "L"), ("Ilość", 16, "R"), ("Cena netto", 22, "R"), ("Wartość netto", 28, "R"), ("VAT %", 14, "R"), ("Kwota VAT", 24, "R"), ("Wartość brutto", 28, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), f"{x['rate']}", m(x["tax"]), m(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        y0 = 52
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.6, header_fill=(238, 238, 238), line_color=(60, 60, 60))
        frame(pdf, 14, y0, y, cols, color=(60, 60, 60))
        y += 3
        srows = [[f"{r}%", m(b), m(v), m(b + v)] for r, b, v in summ] + [["Razem", m(net), m(tax), m(total)]]
        scols = [("Stawka", 20, "L"), ("Netto", 28, "R"), ("VAT", 24, "R"), ("Brutto", 28, "R")]
        ys = table(pdf, 132, y, scols, srows, size=7.8, rowh=5.4, header_fill=(238, 238, 238), line_color=(60, 60, 60))
        frame(pdf, 132, y, ys, scols, color=(60, 60, 60))
        txt(pdf, 14, y + 2, f"Do zapłaty: {m(total)} {cur}", 12, "B")
        info = ("Termin płatności: " + fd(due) + " · Sposób płatności: przelew" if due else "Sposób płatności: gotówka – zapłacono przy odbiorze") + f"\nRachunek: {iban_fmt(acct)} ({rng.choice(['Santander Bank Polska', 'PKO BP', 'mBank'])})"
        if cur == "EUR":
            info += f"\nKwota VAT przeliczona na PLN wg kursu średniego NBP nr {rng.randint(10, 240):03d}/A/NBP/{d.year}: 1 EUR = {str(fx).replace('.', ',')} PLN, VAT {m(q2(tax * fx))} PLN"
        if po:
            info += f"\nZamówienie: {po}"
        para(pdf, 14, y + 9, 112, info, 7.8, h=4)
        para(pdf, 14, max(ys, y + 30) + 6, 260, f"Numer KSeF: {ksef}" + (" · Mechanizm podzielonej płatności" if i == 0 else ""), 7, color=(90, 90, 90))
        txt(pdf, 40, 190, "Wystawił(a): " + rng.choice(["Anna Kowalska", "Piotr Wiśniewski", "Magdalena Zielińska"]), 7.6)
        txt(pdf, 190, 190, "Odebrał(a): ____________", 7.6)
        pdf.output(path)

    notes = (
        "Wrocław (Poland) food wholesaler's FAKTURA VAT in Polish on a LANDSCAPE page, a FULLY RULED grid with net, VAT % , VAT amount and gross PER ROW, a ruled per-rate summary ('Razem'), "
        f"'1 234,56' {cur}, VAT 5 % (basic food, juice), 8 % (catering services) and 23 % (bottled water, coffee and the rest)"
        + (", invoiced in EUR with the VAT converted to PLN at the NBP rate (a decoy amount)" if cur == "EUR" else "")
        + ": vendor = the Sprzedawca; vendor_tax_id = its 'NIP' as printed with dashes (the buyer's NIP, REGON, BDO, the IBAN and the KSeF number are decoys). "
        "invoice_number = 'Faktura VAT nr'; invoice_date = 'Data wystawienia' (" + ["dd.mm.yyyy", "yyyy-mm-dd", "Polish words ('12 marca 2026 r.')", "dd.mm.yyyy"][i] + "); 'Data sprzedaży' is a decoy. "
        + due_note(due, "zapłacono przy odbiorze", "Termin płatności")
        + po_note(po, "Zamówienie")
        + f"subtotal = 'Razem' net; tax = 'Razem' VAT; total = 'Do zapłaty' = 'Razem' gross. Currency {cur}. Line items: every row, the net column."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Do zapłaty", fd(due) if due else None, ksef, bn]}
    return t, chk, render


# =========================================================================== 09 Kumasi (NHIL + GETFund + COVID-19 levy + VAT 15 %, GHS), a letter
KU_V = [
    ("Ashanti Geotechnical Consult Ltd", "Plot 14, Harper Road, Adum, Kumasi", "AK-039-5028", (120, 20, 20)),
    ("Kejetia Structural Engineers Ltd", "Block C, Asafo Market Road, Kumasi", "AK-110-2217", (20, 70, 120)),
    ("Manhyia Surveys & Mapping Ltd", "12 Prempeh II Street, Manhyia, Kumasi", "AK-042-7731", (30, 100, 50)),
    ("Lake Bosomtwe Environmental Services Ltd", "Suite 5, KNUST Road, Ayeduase, Kumasi", "AK-448-9020", (110, 70, 10)),
]
KU_B = [
    ("The Director, Kumasi Metropolitan Assembly – Works Department", "P.O. Box 1916, Kumasi"),
    ("The Managing Director, Obuasi Gold Fields Services Ltd", "P.O. Box 27, Obuasi"),
    ("The Registrar, Kwame Nkrumah University of Science and Technology", "PMB, KNUST, Kumasi"),
    ("The Head of Procurement, Ashanti Cocoa Processing Ltd", "P.O. Box KS 4102, Kumasi"),
]
KU_ROWS = [
    ("site investigation boreholes to 15 m depth", "borehole", 2, 12, 4800, 9500),
    ("laboratory soil tests (grading, Atterberg limits, CBR)", "sample", 4, 30, 350, 900),
    ("structural assessment of the existing building", "day", 2, 10, 2800, 5200),
    ("topographic survey of the site", "hectare", 1, 20, 1900, 4200),
    ("environmental impact scoping report", "report", 1, 1, 12000, 28000),
    ("concrete core tests", "core", 3, 20, 450, 1100),
    ("engineer's site supervision", "day", 2, 20, 1500, 3200),
]


@style("09", "gh_kum_kumasi_invoice_letter_vat_15_levies")
def s09(rng, i):
    vname, vaddr, gps, color = KU_V[i]
    bname, baddr = KU_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6), end=dt.date(2025, 12, 12))  # the COVID-19 levy ends with 2025
    items = lines(rng, KU_ROWS, [1, 3, 2, 4][i], D("10"))
    net = sum(x["amount"] for x in items)
    nhil = q2(net * D("0.025"))
    getf = q2(net * D("0.025"))
    covid = q2(net * D("0.01"))
    vat = q2((net + nhil + getf + covid) * D("0.15"))
    tax = nhil + getf + covid + vat
    total = net + tax
    vid = valid(rng, lambda: "C00" + digits(rng, 8), ghtin.is_valid)
    no = [f"AGC/INV/{d.year}/{rng.randint(10, 99)}", f"KSE-{rng.randint(1000, 9999)}", f"MSM/{rng.randint(100, 999)}/{d.strftime('%y')}", f"INV{rng.randint(10000, 99999)}"][i]
    lng = lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]}, {x.year}"  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 1 else None
    po = [f"KMA/WD/{rng.randint(100, 999)}/{d.year}", f"LPO {rng.randint(10000, 99999)}", None, f"PO-{rng.randint(1000, 9999)}"][i]
    wht = q2(net * D("0.075")) if i in (0, 2) else None
    contract = f"{rng.choice(['CT', 'SC'])}/{rng.randint(10, 99)}/{d.year - 1}"
    with_table = i in (1, 3)
    m = en

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 14, vname.upper(), 13, "B", font="Serif", color=color)
        para(pdf, 20, 21, 170, f"{vaddr} · GhanaPost GPS {gps} · Tel. +233 32 {rng.randint(200, 209)} {rng.randint(1000, 9999)}\nTIN: {vid} · VAT Reg. · Company Reg. No. CS{digits(rng, 9, True)}", 7.8, font="Serif", h=3.9)
        pdf.set_draw_color(*color)
        pdf.line(20, 31, 190, 31)
        txt(pdf, 20, 36, f"Our Ref: {no}", 9.5, font="Serif")
        txt(pdf, 140, 36, lng(d), 9.5, font="Serif")
        para(pdf, 20, 44, 110, f"{bname}\n{baddr}", 9.5, font="Serif", h=4.8)
        y = 62
        txt(pdf, 20, y, "Dear Sir/Madam,", 9.5, font="Serif")
        y += 7
        txt(pdf, 20, y, f"INVOICE {no} FOR PROFESSIONAL SERVICES", 9.8, "B", font="Serif")
        y += 8
        ref = f" under your order {po}" if po else ""
        y = para(pdf, 20, y, 170, f"Further to our contract {contract}{ref}, we write to submit our invoice for the services completed on the project. The services rendered are as follows:", 9.5, font="Serif", h=5) + 2
        if with_table:
            cols = [("Description", 92, "L"), ("Qty", 16, "R"), ("Rate (GH₵)", 28, "R"), ("Amount (GH₵)", 34, "R")]
            rows = [[wrap(x["desc"][0].upper() + x["desc"][1:], 52), qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in items]
            y = table(pdf, 20, y, cols, rows, size=8.2, font="Serif", rowh=5.6, line_color=(200, 200, 200)) + 4
        else:
            for x in items:
                y = para(pdf, 20, y, 170, f"• {x['desc'][0].upper() + x['desc'][1:]}: {qstr(x['qty'])} {x['unit']}{'s' if x['qty'] != 1 else ''} at GH₵ {m(x['price'])} each, amounting to GH₵ {m(x['amount'])};", 9.5, font="Serif", h=5)
            y += 2
        s = (f"The fees for the above amount to GH₵ {m(net)}, on which the National Health Insurance Levy (NHIL) of 2.5% is GH₵ {m(nhil)}, the GETFund Levy of 2.5% is GH₵ {m(getf)} and the COVID-19 Health Recovery Levy of 1% is GH₵ {m(covid)}. "
             f"VAT at 15% on the levy-inclusive value of GH₵ {m(net + nhil + getf + covid)} is GH₵ {m(vat)}, bringing the total taxes to GH₵ {m(tax)} and the total amount of this invoice to GH₵ {m(total)}.")
        if wht:
            s += f" We note that withholding tax of 7.5% on the fees (GH₵ {m(wht)}) will be deducted at source, so that the net amount payable to us is GH₵ {m(total - wht)}."
        s += (f" Kindly arrange payment on or before {lng(due)}" if due else " Kindly arrange payment upon receipt of this invoice") + f" to our account with {rng.choice(['GCB Bank PLC, Adum Branch', 'Ecobank Ghana, Kejetia Branch', 'Stanbic Bank, Harper Road Branch'])}, account number {digits(rng, 13, True)}."
        y = para(pdf, 20, y, 170, s, 9.5, font="Serif", h=5) + 4
        y = para(pdf, 20, y, 170, "We thank you for the opportunity to serve you and look forward to your prompt payment.", 9.5, font="Serif", h=5) + 6
        txt(pdf, 20, y, "Yours faithfully,", 9.5, font="Serif")
        txt(pdf, 20, y + 14, rng.choice(["Ing. Kwame Asante", "Ama Owusu-Ansah", "Kofi Boateng, FGhIE", "Yaw Mensah"]), 9.5, "B", font="Serif")
        txt(pdf, 20, y + 19, "Managing Director", 8.5, "I", font="Serif")
        pdf.output(path)

    notes = (
        "Kumasi (Ashanti, Ghana) engineering consultancy's invoice written as a LETTER in English in a serif font ('Our Ref', the letter's date with an ordinal, 'Dear Sir/Madam,'), "
        + ("a small table of the services, " if with_table else "NO TABLE (each service is a bullet sentence), ")
        + "the totals in RUNNING TEXT, cedis '1,234.56' ('GH₵'), NHIL 2.5 %, GETFund levy 2.5 %, COVID-19 levy 1 % on the fees and VAT 15 % on the levy-inclusive value (the 2025 structure)"
        + (", withholding tax 7.5 % 'deducted at source' with the net amount payable (decoys)" if wht else "")
        + ": vendor = the letterhead name (printed in capitals); vendor_tax_id = its 'TIN' (C00 + 8 digits; the company registration, the GhanaPost GPS address, the contract and the account are decoys). "
        "invoice_number = 'Our Ref' = the invoice number in the subject line; invoice_date = the letter's date ('6th March, 2025'). "
        + ("due_date = 'on or before …' in the payment sentence. " if due else "'upon receipt' is a term: no due date (null). ")
        + po_note(po, "your order")
        + "subtotal = the fees; tax = 'the total taxes' (NHIL + GETFund + COVID-19 levy + VAT); total = 'the total amount of this invoice' (before withholding). Currency GHS. Line items: every service."
    )
    t = truth(vname.upper(), vid, no, po, d, due, "GHS", net, tax, total, items, notes)
    chk = {"printed": [lng(d), no, vname.upper(), vid, "total amount of this invoice", lng(due) if due else None, m(vat), m(total - wht) if wht else None, contract]}
    return t, chk, render


# =========================================================================== 10 Bellinzona (IVA 8.1 % / 2.6 %, CHF or EUR), Swiss QR-bill payment part
BZ_V = [
    ("Tipografia Castelgrande SA", "Viale Stazione 21", "6500 Bellinzona", (160, 20, 30)),
    ("Arti Grafiche Ticino Sagl", "Via Lugano 14", "6500 Bellinzona", (20, 90, 150)),
    ("Stamperia Montebello SA", "Via San Gottardo 99", "6512 Giubiasco", (40, 110, 60)),
    ("Libreria e Cartoleria Sasso Corbaro Sagl", "Piazza Collegiata 4", "6500 Bellinzona", (100, 60, 140)),
]
BZ_B = [
    ("Comune di Bellinzona", "Servizi finanziari", "Piazza Nosetto 5", "6500 Bellinzona"),
    ("Ticino Turismo", "Ufficio marketing", "Via C. Ghiringhelli 7", "6501 Bellinzona"),
    ("Albergo Unione SA", "Amministrazione", "Via Generale Guisan 1", "6500 Bellinzona"),
    ("Scuola cantonale di commercio", "Segreteria", "Viale Franscini 32", "6500 Bellinzona"),
]
BZ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Stampa opuscoli A5, 16 pagine, quadricromia", "pz", 250, 5000, 0.6, 2.4, D("8.1")),
    ("Manifesti F4 (89,5x128 cm)", "pz", 10, 200, 3.2, 9.5, D("8.1")),
    ("Biglietti da visita, 350 g", "pz", 100, 1000, 0.12, 0.4, D("8.1")),
    ("Progettazione grafica", "h", 1, 20, 95, 140, D("8.1")),
    ("Carta intestata A4, 100 g", "pz", 500, 5000, 0.08, 0.25, D("8.1")),
    ("Rilegatura a spirale", "pz", 10, 200, 2.5, 6.5, D("8.1")),
    ("Libro «Storia dei castelli di Bellinzona»", "pz", 1, 40, 29, 58, D("2.6")),
    ("Guida escursionistica Ticino", "pz", 1, 30, 19, 36, D("2.6")),
    ("Consegna a domicilio", "forfait", 1, 1, 15, 45, D("8.1")),
]


@style("10", "ch_bel_bellinzona_fattura_iva_8_1_qr_bill")
def s10(rng, i):
    vname, vstreet, vcity, color = BZ_V[i]
    bname, bdept, bstreet, bcity = BZ_B[i]
    d = rand_date(rng)
    items = lines(rng, BZ_ROWS, [3, 6, 1, 5][i], D("0.05"))
    if i == 3 and not any(x["extra"] == D("2.6") for x in items):
        items += lines(rng, BZ_ROWS[6:8], 1, D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
    summ = by_rate(items, q=lambda v: (q0(v * 20) / 20).quantize(D("0.01")))  # rounded to 5 centimes
    net = sum(b for _r, b, _v in summ)
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    cur = "EUR" if i == 2 else "CHF"
    u = valid(rng, lambda: "CHE" + digits(rng, 9, True), chuid.is_valid)
    vid = f"CHE-{u[3:6]}.{u[6:9]}.{u[9:]} IVA"
    no = [f"{rng.randint(20000, 29999)}", f"F-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"FT{rng.randint(1000, 9999)}"][i]
    lng = lambda x: long_date("it", x)  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lng, lambda x: x.strftime("%d.%m.%Y"), lng][i]
    due = d + dt.timedelta(days=rng.choice([10, 20, 30]))
    po = [f"ODA {rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    qriban = iban("CH", str(rng.randint(30000, 31999)) + digits(rng, 12))
    refbase = digits(rng, 26)
    qref = refbase + esr.calc_check_digit(refbase)
    qref_fmt = qref[:2] + " " + " ".join(qref[k : k + 5] for k in range(2, 27, 5))
    m = ch
    mq = lambda x: f"{x:,.2f}".replace(",", " ")  # noqa: E731 -- the QR-bill prints amounts with blanks

    def render(path):
        pdf = new_fpdf(creator="Bexio")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 14, "B", color=color)
        para(pdf, 20, 21, 90, f"{vstreet}\n{vcity}\nTel. +41 91 {rng.randint(800, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n{vid}", 8, h=3.9)
        para(pdf, 120, 40, 80, f"{bname}\n{bdept}\n{bstreet}\n{bcity}", 9.5, h=4.8)
        txt(pdf, 20, 66, f"Fattura n. {no}", 13, "B")
        kv(pdf, 20, 74, [("Data fattura:", fd(d)), ("Scadenza:", fd(due)), ("Vostro ordine:", po), ("N. cliente:", f"{rng.randint(1000, 9999)}")], wl=30, wv=60, size=8.2, step=4.6, align="L")
        cols = [("Descrizione", 84, "L"), ("Quantità", 18, "R"), ("Prezzo", 22, "R"), ("IVA", 14, "R"), (f"Importo {cur}", 32, "R")]
        rows = [[wrap(x["desc"], 48), qstr(x["qty"]), m(x["price"]), f"{x['rate']}%", m(x["amount"])] for x in items]
        y = table(pdf, 20, 96, cols, rows, size=8, rowh=5.4, header_fill=None, line_color=(210, 210, 210)) + 4
        trows = [("Totale netto", m(net), False)] + [(f"IVA {r}% su {m(b)}", m(v), False) for r, b, v in summ] + [(f"Totale {cur}", m(total), True)]
        y = totals(pdf, 106, y, trows, wl=48, wv=30, size=8.6, line=color) + 4
        para(pdf, 20, y, 170, f"Condizioni di pagamento: {(due - d).days} giorni netto. Vi preghiamo di utilizzare la polizza di versamento QR allegata.", 7.8, h=4)
        # the Swiss QR-bill payment part at the foot: receipt (62 mm) and payment part
        pdf.set_draw_color(0, 0, 0)
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.line(0, 192, 210, 192)
        pdf.line(62, 192, 62, 297)
        pdf.set_dash_pattern()
        txt(pdf, 5, 197, "Ricevuta", 11, "B")
        para(pdf, 5, 204, 52, f"Conto / Pagabile a\n{iban_fmt(qriban)}\n{vname}\n{vstreet}\n{vcity}\n\nRiferimento\n{qref_fmt}\n\nPagabile da\n{bname}\n{bstreet}\n{bcity}", 7, h=3.4)
        txt(pdf, 5, 262, "Valuta", 6, "B")
        txt(pdf, 18, 262, "Importo", 6, "B")
        txt(pdf, 5, 266, cur, 8)
        txt(pdf, 18, 266, mq(total), 8)
        txt(pdf, 67, 197, "Sezione pagamento", 11, "B")
        qr_fpdf(pdf, rng, 67, 206, 46)
        txt(pdf, 67, 257, "Valuta", 7, "B")
        txt(pdf, 85, 257, "Importo", 7, "B")
        txt(pdf, 67, 261, cur, 9)
        txt(pdf, 85, 261, mq(total), 9)
        para(pdf, 118, 197, 88, f"Conto / Pagabile a\n{iban_fmt(qriban)}\n{vname}\n{vstreet}\n{vcity}\n\nRiferimento\n{qref_fmt}\n\nInformazioni supplementari\nFattura {no}\n\nPagabile da\n{bname}\n{bstreet}\n{bcity}", 8, h=3.9)
        pdf.output(path)

    notes = (
        "Bellinzona (Ticino, Switzerland) print shop's FATTURA in Italian, apostrophe grouping (\"1'234.56\"), IVA 8.1 % and 2.6 % (books) with a line per rate rounded to 5 centimes, "
        f"{cur}, and a Swiss QR-bill payment part at the foot ('Ricevuta' and 'Sezione pagamento') repeating the amount with blanks ('1 234.56'), the QR-IBAN and a QR reference (decoys): "
        "vendor = the name at the top; vendor_tax_id = its UID as printed 'CHE-123.456.789 IVA' (the QR-IBAN, the reference and the customer number are decoys). "
        "invoice_number = 'Fattura n.'; invoice_date = 'Data fattura' (" + ["dd.mm.yyyy", "Italian words ('12 marzo 2026')", "dd.mm.yyyy", "Italian words"][i] + "). "
        + due_note(due, None, "Scadenza")
        + po_note(po, "Vostro ordine")
        + f"subtotal = 'Totale netto'; tax = the sum of the 'IVA' lines; total = 'Totale {cur}'. Currency {cur}. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, f"Totale {cur}", fd(due), qref_fmt, "Sezione pagamento", mq(total)], "tax_parts": [str(v) for _r, _b, v in summ]}
    return t, chk, render
