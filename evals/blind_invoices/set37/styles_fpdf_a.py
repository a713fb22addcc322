"""fpdf2 styles for set 37, first part (06 Vilnius book and stationery wholesaler's PVM SĄSKAITA FAKTŪRA in Lithuanian
with the AMOUNT DUE BOXED AT THE TOP, PVM 9 % on books and 21 % on the rest, a PVM summary per rate and ISO dates,
07 Bratislava food wholesaler's FAKTÚRA – DAŇOVÝ DOKLAD in Slovak with DPH 5 %, 19 % and 23 %, a DPH recapitulation
and, when paid in cash, the ROUNDING to 5 cents between the total and the amount payable, 08 Quito grocery
distributor's FACTURA in Spanish over TWO PAGES with the totals only on page 2, IVA 15 % and 0 % blocks and the
establishment-point-sequence number)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, lt_date, sk_date
from invoice_kit import (
    de,
    digits,
    en,
    iban,
    iban_fmt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, kv, lines, para, po_note, totals, truth, valid_id
from stdnum.ec import ruc
from stdnum.lt import pvm
from stdnum.sk import dph

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Vilnius (PVM 9 % books / 21 %), amount due boxed at the top
VN_V = [
    ("UAB „Vilniaus knygų sandėlis“", "Savanorių pr. 174, LT-03153 Vilnius", (21, 94, 117)),
    ("UAB „Žvaigždžių raštinė“", "Konstitucijos pr. 7, LT-09308 Vilnius", (153, 27, 27)),
    ("UAB „Antakalnio leidyba ir prekyba“", "Antakalnio g. 38, LT-10305 Vilnius", (77, 124, 15)),
    ("UAB „Baltijos mokyklinės prekės“", "Ukmergės g. 280, LT-06115 Vilnius", (88, 28, 135)),
]
VN_B = [
    ("Vilniaus Žirmūnų gimnazija", "Žirmūnų g. 63, Vilnius"),
    ("UAB „Knygų namai Pilies“", "Pilies g. 22, Vilnius"),
    ("Vilniaus universiteto biblioteka", "Universiteto g. 3, Vilnius"),
    ("VšĮ „Pašilaičių progimnazija“", "Pašilaičių g. 10, Vilnius"),
]
VN_9 = [
    ("Vadovėlis „Matematika 7 kl.“", "vnt.", 10, 120, D("9.80"), D("16.50")),
    ("Lietuvių kalbos žodynas", "vnt.", 2, 30, D("18.00"), D("34.00")),
    ("Grožinė literatūra, kieti viršeliai", "vnt.", 5, 60, D("11.50"), D("24.90")),
    ("Pratybų sąsiuvinis „Anglų k. 5“", "vnt.", 10, 150, D("4.60"), D("7.90")),
    ("Atlasas „Lietuvos istorija“", "vnt.", 5, 40, D("8.40"), D("15.20")),
]
VN_21 = [
    ("Sąsiuviniai A5, 48 lapai", "pak.", 5, 80, D("3.20"), D("6.40")),
    ("Spalvoti pieštukai, 24 vnt.", "rink.", 5, 60, D("4.10"), D("8.90")),
    ("Popierius A4, 500 lapų", "pak.", 5, 100, D("4.30"), D("6.20")),
    ("Pristatymas", "kart.", 1, 1, D("15.00"), D("45.00")),
]


@style("06", "lt_vno_vilnius_saskaita_pvm_21_9_due_box")
def s06(rng, i):
    vname, vaddr, color = VN_V[i]
    bname, baddr = VN_B[i]
    d = rand_date(rng)
    items = lines(rng, VN_9, rng.randint(2, 4), D("0.10")) + lines(rng, VN_21, rng.randint(1, 3), D("0.10"))
    for x in items:
        x["rate"] = D(9) if any(x["desc"] == r[0] for r in VN_9) else D(21)
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = "LT" + valid_pvm(rng)
    series = ["VKS", "ZR", "ALP", "BMP"][i]
    no = f"{series} {rng.randint(1, 99999):06d}"
    fd = [lambda x: x.isoformat(), lambda x: x.isoformat(), lt_date, lambda x: x.strftime("%Y.%m.%d")][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i != 1 else None
    term = None if due else "Apmokėta banko kortele"
    po = [f"U-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}", None][i]
    wb = f"VZ-{rng.randint(10000, 99999)}"
    code = f"30{digits(rng, 7)}"
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Rivilė GAMA")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        para(pdf, 14, 19, 110, f"{vaddr}\nĮmonės kodas {code} · PVM mokėtojo kodas {vid}\nA. s. {iban_fmt(iban('LT', '73000' + digits(rng, 11)))}, „Swedbank“, AB", 7.8, h=3.9)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.rect(134, 10, 62, 28)
        pdf.set_line_width(0.2)
        txt(pdf, 137, 12.5, "Mokėtina suma", 8, color=(90, 90, 90))
        txt(pdf, 137, 18, f"{m(total)} EUR", 15, "B", color=color, w=56, align="R")
        txt(pdf, 137, 27, "Apmokėti iki" if due else term, 8, color=(90, 90, 90))
        if due:
            txt(pdf, 137, 31.5, fd(due), 10, "B", w=56, align="R")
        txt(pdf, 14, 46, "PVM SĄSKAITA FAKTŪRA", 15, "B")
        kv(pdf, 14, 55, [("Serija ir Nr.:", no), ("Išrašymo data:", fd(d)), ("Užsakymo Nr.:", po), ("Važtaraštis:", wb)], wl=32, wv=50, size=8.4, align="L")
        txt(pdf, 110, 55, "Pirkėjas", 7.4, color=(110, 110, 110))
        txt(pdf, 110, 59, bname, 9.4, "B")
        para(pdf, 110, 64, 86, f"{baddr}\nĮmonės kodas {rng.randint(190000000, 306999999)} · Kliento Nr. {rng.randint(1000, 9999)}", 7.8, h=3.9)
        cols = [("Prekė / paslauga", 78, "L"), ("Kiekis", 16, "R"), ("Mat. vnt.", 16, "L"), ("Kaina, EUR", 24, "R"), ("PVM %", 16, "R"), ("Suma be PVM", 32, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["rate"]), m(x["amount"])] for x in items]
        y = table(pdf, 14, 80, cols, rows, size=8.2, rowh=6.2, border_bottom=False, header_fill=(240, 240, 240))
        y += 6
        txt(pdf, 14, y, "PVM suvestinė", 8.4, "B")
        yy = y + 5
        for r, b, v in summary:
            txt(pdf, 14, yy, f"PVM {r} % nuo {m(b)}", 8)
            txt(pdf, 64, yy, m(v), 8, align="R", w=24)
            yy += 4.6
        totals(pdf, 120, y, [("Suma be PVM", m(net), False), ("PVM suma", m(tax), False), ("Iš viso su PVM, EUR", m(total), True)], wl=44, wv=32, size=9, line=color)
        para(pdf, 14, max(yy, y + 18) + 8, 180, "Sąskaitą išrašė: " + rng.choice(["R. Kazlauskienė", "T. Petrauskas", "J. Jankauskaitė", "M. Stankevičius"]) + "    Sąskaitą priėmė: ____________________\nMokėdami nurodykite sąskaitos seriją ir numerį.", 7.8, h=4.2, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Vilnius (Lithuania) book and stationery wholesaler's PVM SĄSKAITA FAKTŪRA in Lithuanian, in euros with spaces and a decimal comma ('1 234,56'), the AMOUNT DUE BOXED AT THE TOP RIGHT ('Mokėtina suma') above the title, a table without rules, PVM 9 % on books and 21 % on stationery and delivery (a PVM % column and a 'PVM suvestinė' per rate): "
        "vendor = the name at the top; vendor_tax_id = its 'PVM mokėtojo kodas' (LT…; the 'Įmonės kodas', the buyer's company code and the IBAN are decoys). "
        "invoice_number = 'Serija ir Nr.' (series and number, as printed); invoice_date = 'Išrašymo data' ("
        + ["yyyy-mm-dd", "yyyy-mm-dd", "Lithuanian words ('2026 m. kovo 12 d.')", "yyyy.mm.dd"][i]
        + "); the waybill 'Važtaraštis' and the customer number are decoys. "
        + due_note(due, term, "Apmokėti iki")
        + po_note(po, "Užsakymo Nr.")
        + "subtotal = 'Suma be PVM'; tax = 'PVM suma'; total = 'Iš viso su PVM, EUR' (= the boxed 'Mokėtina suma'). Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Iš viso su PVM, EUR", fd(due) if due else None, wb, code], render


def valid_pvm(rng):
    """A legal person's 9-digit Lithuanian PVM code (its 8th digit 1, the 9th a check digit) that python-stdnum accepts."""
    for _ in range(5000):
        c = digits(rng, 7, True) + "1" + str(rng.randint(0, 9))
        if pvm.is_valid("LT" + c):
            return c
    raise RuntimeError("no valid id")


# =========================================================================== 07 Bratislava (DPH 5 / 19 / 23 %, EUR), recapitulation, cash rounding to 5 cents
BA_V = [
    ("Dunajská veľkoobchod s.r.o.", "Vajnorská 98, 831 04 Bratislava", (30, 64, 175)),
    ("Petržalka Gastro Servis s.r.o.", "Panónska cesta 17, 851 04 Bratislava", (190, 18, 60)),
    ("Ružinov Potraviny a nápoje, a.s.", "Ružinovská 42, 821 01 Bratislava", (4, 120, 87)),
    ("Karlova Ves Delikatesy s.r.o.", "Karloveská 64, 841 04 Bratislava", (146, 64, 14)),
]
BA_B = [
    ("Reštaurácia Pod Hradom s.r.o.", "Zámocká 12, Bratislava"),
    ("Hotel Devín a.s.", "Riečna 4, Bratislava"),
    ("Jedáleň ZŠ Tbiliská", "Tbiliská 4, Bratislava"),
    ("Kaviareň Hlavné námestie s.r.o.", "Hlavné námestie 3, Bratislava"),
]
BA_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Chlieb konzumný 1 kg", "ks", 5, 60, D("1.40"), D("2.60"), 5),
    ("Mlieko polotučné 1 l", "ks", 12, 120, D("0.79"), D("1.29"), 5),
    ("Bravčová krkovička, kg", "kg", 3, 30, D("5.90"), D("8.90"), 5),
    ("Jablká, kg", "kg", 5, 40, D("0.99"), D("1.89"), 5),
    ("Cestoviny semolinové 500 g", "ks", 10, 80, D("0.89"), D("1.79"), 19),
    ("Minerálna voda 1,5 l", "ks", 12, 120, D("0.45"), D("0.95"), 19),
    ("Káva zrnková 1 kg", "ks", 1, 10, D("14.90"), D("24.90"), 19),
    ("Čokoláda horká 100 g", "ks", 10, 60, D("1.20"), D("2.40"), 19),
    ("Víno biele suché 0,75 l", "fľ", 6, 36, D("4.90"), D("9.90"), 23),
    ("Čistiaci prostriedok 5 l", "ks", 1, 12, D("6.50"), D("12.90"), 23),
]


@style("07", "sk_bts_bratislava_faktura_dph_23_19_5_zaokruhlenie")
def s07(rng, i):
    vname, vaddr, color = BA_V[i]
    bname, baddr = BA_B[i]
    d = rand_date(rng)
    items = lines(rng, BA_ROWS, rng.randint(4, 8), D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    gross = net + tax
    cash = i in (0, 2)
    pay = (gross / D("0.05")).quantize(D("1"), "ROUND_HALF_UP") * D("0.05") if cash else gross
    rnd = pay - gross
    total = pay
    ico = f"{rng.randint(35000000, 54999999)}"
    dic = f"20{digits(rng, 8)}"
    vid = valid_id(rng, 12, dph.is_valid, prefix="SK20")
    no = f"{d.year}{rng.randint(1, 9999):06d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), sk_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d. %m. %Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if not cash else None
    term = "Forma úhrady: hotovosť – uhradené" if cash else None
    ship = d - dt.timedelta(days=rng.randint(0, 3))
    po = [None, f"OBJ-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", None][i]
    dl = f"DL{rng.randint(100000, 999999)}"
    m = de

    def render(path):
        pdf = new_fpdf(creator="Pohoda SK")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(14, 12, 182, 1.2, "F")
        txt(pdf, 14, 16, "FAKTÚRA – DAŇOVÝ DOKLAD", 14, "B")
        txt(pdf, 140, 16, f"č. {no}", 12, "B", w=56, align="R")
        txt(pdf, 14, 28, "Dodávateľ", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 32, vname, 10, "B", color=color)
        para(pdf, 14, 37.5, 88, f"{vaddr}\nIČO: {ico}\nDIČ: {dic}\nIČ DPH: {vid}\nZapísaný v OR Mestského súdu Bratislava III, oddiel Sro, vložka č. {rng.randint(10000, 180000)}/B", 7.8, h=3.9)
        txt(pdf, 110, 28, "Odberateľ", 7.4, color=(110, 110, 110))
        txt(pdf, 110, 32, bname, 10, "B")
        para(pdf, 110, 37.5, 86, f"{baddr}\nIČO: {rng.randint(30000000, 54999999)}\nIČ DPH: SK20{digits(rng, 8)}", 7.8, h=3.9)
        kv(pdf, 110, 52, [("Dátum vyhotovenia:", fd(d)), ("Dátum dodania:", fd(ship)), ("Dátum splatnosti:", fd(due) if due else None), ("Variabilný symbol:", no), ("Konštantný symbol:", "0008"), ("Objednávka:", po), ("Dodací list:", dl)], wl=34, wv=50, size=8, step=4.4, align="L")
        y0 = 88
        cols = [("Označenie dodávky", 70, "L"), ("Množ.", 16, "R"), ("MJ", 10, "L"), ("J. cena", 22, "R"), ("DPH %", 14, "R"), ("Bez DPH", 24, "R"), ("S DPH", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["rate"]), m(x["amount"]), m(q2(x["amount"] * (100 + x["rate"]) / 100))] for x in items]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.6, header_fill=(235, 235, 235), line_color=(200, 200, 200))
        y += 5
        txt(pdf, 14, y, "Rekapitulácia DPH v EUR", 8.2, "B")
        rc = [("Sadzba", 18, "R"), ("Základ", 26, "R"), ("DPH", 22, "R"), ("Spolu", 26, "R")]
        rr = [[f"{r} %", m(b), m(v), m(b + v)] for r, b, v in summary]
        table(pdf, 14, y + 4, rc, rr, size=7.8, rowh=5, line_color=(200, 200, 200))
        rows_t = [("Základ DPH spolu", m(net), False), ("DPH spolu", m(tax), False), ("Celkom s DPH", m(gross), not cash)]
        if cash:
            rows_t += [("Zaokrúhlenie", m(rnd), False), ("Celkom na úhradu", m(total), True)]
        totals(pdf, 122, y, rows_t, wl=44, wv=30, size=9, line=color)
        yb = y + 36
        para(pdf, 14, yb, 182, (term + ". Suma na úhradu je zaokrúhlená na 5 centov (platba v hotovosti)." if cash else f"Forma úhrady: prevodný príkaz. IBAN: {iban_fmt(iban('SK', '1100' + digits(rng, 16)))}, Tatra banka, a.s. Pri platbe uveďte variabilný symbol.") + "\nFaktúru vystavil: " + rng.choice(["Ing. Peter Kováč", "Mgr. Jana Horváthová", "Martin Varga", "Zuzana Tóthová"]), 7.8, h=4.2, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Bratislava (Slovakia) food wholesaler's FAKTÚRA – DAŇOVÝ DOKLAD in Slovak, in euros with dots and a decimal comma ('1.234,56'), DPH 5 % (bread, milk, meat, fruit), 19 % (other food, water) and 23 % (wine, cleaning goods) per row, a 'Rekapitulácia DPH' per rate; "
        + ("PAID IN CASH: below 'Celkom s DPH' a 'Zaokrúhlenie' (rounding to 5 cents) and 'Celkom na úhradu': " if cash else "paid by transfer, no rounding: ")
        + "vendor = 'Dodávateľ'; vendor_tax_id = its 'IČ DPH' (SK…; its IČO, DIČ, the register entry and the buyer's ids are decoys). "
        "invoice_number = 'č.' after the title (the same number is the 'Variabilný symbol'); invoice_date = 'Dátum vyhotovenia' ("
        + ["dd.mm.yyyy", "Slovak words ('12. marca 2026')", "dd.mm.yyyy", "'d. m. yyyy' with spaces"][i]
        + "); the 'Dátum dodania' (supply date), the 'Dodací list' and the constant symbol are decoys. "
        + due_note(due, term, "Dátum splatnosti")
        + po_note(po, "Objednávka")
        + "subtotal = 'Základ DPH spolu'; tax = 'DPH spolu'; total = "
        + ("'Celkom na úhradu' (the rounded amount payable; 'Celkom s DPH' is before the rounding, which the check file gives as total_adjustment). " if cash else "'Celkom s DPH'. ")
        + "Currency EUR. Line items: every row, the net 'Bez DPH' column."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Celkom na úhradu" if cash else "Celkom s DPH", fd(due) if due else None, fd(ship), dl, ico], "total_adjustment": str(rnd)}
    return t, chk, render


# =========================================================================== 08 Quito (IVA 15 % / 0 %, USD), two pages, totals on page 2
QU_V = [
    ("DISTRIBUIDORA ANDINA DE ALIMENTOS DIANALI S.A.", "Av. Maldonado S12-45 y Morán Valverde, Quito", (13, 71, 161)),
    ("COMERCIAL PICHINCHA MAYORISTA CIA. LTDA.", "Av. de la Prensa N47-120, Quito", (183, 28, 28)),
    ("ABARROTES EL INCA ABAINCA S.A.S.", "Av. El Inca E8-36 y Amazonas, Quito", (27, 94, 32)),
    ("SUMINISTROS HOTELEROS CUMBAYÁ SUMHOC S.A.", "Vía Interoceánica km 12, Cumbayá, Quito", (106, 27, 154)),
]
QU_B = [
    ("HOTEL COLONIAL SAN BLAS S.A.", "Calle Caldas Oe3-12, Quito"),
    ("RESTAURANTE LA RONDA CIA. LTDA.", "Calle Morales 989, Quito"),
    ("UNIDAD EDUCATIVA LOS ANDES", "Av. Eloy Alfaro N35-10, Quito"),
    ("CAFETERÍA EL PANECILLO S.A.S.", "Av. Melchor Aymerich, Quito"),
]
QU_0 = ["Arroz flor 25 kg", "Azúcar blanca 50 kg", "Papas chola, quintal", "Huevos cubeta 30 u", "Leche entera funda 1 l", "Pollo entero kg", "Tomate riñón caja", "Cebolla paiteña kg", "Plátano verde racimo", "Queso fresco kg", "Fréjol canario kg", "Harina de trigo 50 kg", "Naranjas ciento", "Carne de res kg", "Aguacate caja"]
QU_15 = ["Gaseosa 3 l", "Agua sin gas 600 ml paquete 12", "Galletas surtidas caja", "Helado 5 l", "Detergente 5 kg", "Servilletas paquete 500", "Vasos desechables 100 u", "Café soluble 500 g", "Papel higiénico paquete 12", "Cloro 4 l", "Snacks surtidos caja", "Salsa de tomate 4 kg", "Mayonesa 4 kg"]


@style("08", "ec_uio_quito_factura_iva_15_0_two_pages")
def s08(rng, i):
    vname, vaddr, color = QU_V[i]
    bname, baddr = QU_B[i]
    d = rand_date(rng)
    cat = [(n, "u", 1, 40, D("0.60"), D("48.00"), 0) for n in QU_0] + [(n, "u", 1, 30, D("0.90"), D("39.00"), 15) for n in QU_15]
    items = lines(rng, cat, rng.randint(30, 38), D("0.01"))
    rng.shuffle(items)
    for x in items:
        x["rate"] = D(x["extra"])
        x["code"] = f"{rng.randint(100000, 999999)}"
    b15 = sum(x["amount"] for x in items if x["rate"] == 15)
    b0 = sum(x["amount"] for x in items if x["rate"] == 0)
    net = b15 + b0
    tax = q2(b15 * D("0.15"))
    total = net + tax
    vid = ec_ruc(rng)
    no = f"{rng.randint(1, 3):03d}-{rng.randint(1, 9):03d}-{rng.randint(1, 999999):09d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    term = None if due else "Crédito 30 días"
    po = [f"OC-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}", f"OC{rng.randint(10000, 99999)}"][i]
    guia = f"001-001-{rng.randint(1, 99999):09d}"
    auth = digits(rng, 49)
    m = en
    split = 24

    def head(pdf, page):
        txt(pdf, 14, 10, vname, 10.5, "B", color=color)
        para(pdf, 14, 15.5, 100, f"Dir. Matriz: {vaddr}\nOBLIGADO A LLEVAR CONTABILIDAD: SI", 7.4, h=3.6)
        pdf.set_draw_color(*color)
        pdf.rect(122, 8, 74, 28)
        txt(pdf, 124, 9.5, f"R.U.C.: {vid}", 8.6, "B")
        txt(pdf, 124, 14.5, "FACTURA", 11, "B", color=color)
        txt(pdf, 124, 20, f"No. {no}", 9, "B")
        para(pdf, 124, 25, 70, f"NÚMERO DE AUTORIZACIÓN:\n{auth}", 5.6, h=2.8)
        txt(pdf, 124, 31.8, f"Página {page} de 2", 6.6, color=(110, 110, 110))

    def render(path):
        pdf = new_fpdf(creator="Contífico")
        pdf.add_page()
        head(pdf, 1)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(14, 40, 182, 20)
        kv(pdf, 16, 42, [("Razón Social / Nombres:", bname), ("RUC / CI:", ec_ruc(rng)), ("Dirección:", baddr), ("Fecha Emisión:", fd(d))], wl=42, wv=80, size=7.8, step=4.2, align="L")
        kv(pdf, 140, 42, [("Guía de Remisión:", guia), ("Orden de compra:", po), ("Vence:", fd(due) if due else None)], wl=26, wv=30, size=7.4, step=4.2, align="L")
        cols = [("Cód.", 18, "L"), ("Descripción", 82, "L"), ("Cant.", 14, "R"), ("P. Unitario", 22, "R"), ("IVA", 12, "R"), ("Descuento", 14, "R"), ("Total", 20, "R")]

        def rows(xs):
            return [[x["code"], x["desc"], qstr(x["qty"]), m(x["price"]), f"{x['rate']}%", "0.00", m(x["amount"])] for x in xs]

        table(pdf, 14, 64, cols, rows(items[:split]), size=7.4, rowh=5.6, header_fill=(230, 230, 230), line_color=(210, 210, 210))
        txt(pdf, 14, 285, "Continúa en la página 2", 7, "I", color=(110, 110, 110))
        pdf.add_page()
        head(pdf, 2)
        y = table(pdf, 14, 42, cols, rows(items[split:]), size=7.4, rowh=5.6, header_fill=(230, 230, 230), line_color=(210, 210, 210))
        y += 6
        para(pdf, 14, y, 100, f"Información Adicional\nDirección: {baddr}\nEmail: compras@{bname.split()[0].lower()}.ec\nForma de pago: 20 - Otros con utilización del sistema financiero\nCondición: {'Vence ' + fd(due) if due else term}", 7.4, h=3.8)
        totals(pdf, 122, y, [("SUBTOTAL 15%", m(b15), False), ("SUBTOTAL 0%", m(b0), False), ("SUBTOTAL NO OBJETO DE IVA", "0.00", False), ("SUBTOTAL SIN IMPUESTOS", m(net), False), ("TOTAL DESCUENTO", "0.00", False), ("IVA 15%", m(tax), False), ("VALOR TOTAL", m(total), True)], wl=46, wv=28, size=7.8, line=color, step=4.8)
        pdf.output(path)

    notes = (
        "Quito (Ecuador) grocery distributor's FACTURA in Spanish over TWO PAGES (about 24 rows on page 1, the rest and the totals ONLY on page 2, no carried sum), in US dollars ('1,234.56'), the RUC box with 'FACTURA No. 001-001-000000123' and the 49-digit authorisation number at the top right of both pages, IVA 15 % (since April 2024) on processed goods and 0 % on basic foods, the SRI totals block ('SUBTOTAL 15%', 'SUBTOTAL 0%', … 'IVA 15%', 'VALOR TOTAL'): "
        "vendor = the name at the top; vendor_tax_id = its 'R.U.C.' (13 digits; the buyer's 'RUC / CI' and the authorisation number are decoys). "
        "invoice_number = 'No.' under FACTURA (establishment-point-sequence as printed); invoice_date = 'Fecha Emisión' (dd/mm/yyyy); the 'Guía de Remisión' is a decoy. "
        + due_note(due, term, "Vence")
        + po_note(po, "Orden de compra")
        + "subtotal = 'SUBTOTAL SIN IMPUESTOS'; tax = 'IVA 15%'; total = 'VALOR TOTAL'. The 'SUBTOTAL 15%' and 'SUBTOTAL 0%' are parts of the subtotal. Currency USD. Line items: every row on both pages."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "VALOR TOTAL", guia, "Página 2 de 2"], render


def ec_ruc(rng):
    """A company's RUC (province 17 Pichincha, third digit 9, a check digit, '001') that python-stdnum accepts."""
    return valid(rng, lambda: "179" + digits(rng, 6) + str(rng.randint(0, 9)) + "001", ruc.is_valid)
