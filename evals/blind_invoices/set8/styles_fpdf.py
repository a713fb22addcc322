"""fpdf2 styles for set 8, the second producer (04 Irish drinks wholesaler's invoice to a pub, 06 Latvian PVN rēķins,
09 Tunisian facture with timbre fiscal and three decimals)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, fr_words, lv_words
from invoice_kit import (
    T,
    de,
    digits,
    en,
    fnum,
    iban,
    iban_fmt,
    lfont,
    li,
    mt,
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
from kit_common import items_from
from stdnum.ie import vat as _ievat
from stdnum.lv import pvn as _pvn
from stdnum.tn import mf as _mf

STYLES, style = style_registry("fpdf2")


def box(pdf, x, y, w, h, cap, val, size=8.6, bold=False, font="LSans"):
    """A ruled box with a small caption above its value (labels above values)."""
    pdf.set_draw_color(60, 60, 60)
    pdf.rect(x, y, w, h)
    txt(pdf, x + 1.2, y + 0.9, cap, 5.8, "", font, color=(90, 90, 90))
    txt(pdf, x + 1.2, y + h - 4.6, val, size, "B" if bold else "", font)


# =========================================================================== 04 Irish drinks wholesaler invoice to a pub (kegs, container deposits, VAT 23 %)
IE_V = [
    ("Liffey Drinks Distributors Ltd", "Unit 7, Ballymount Industrial Estate", "Dublin 12, D12 X5W2", (0, 90, 60)),
    ("Corrib Beverages Ltd", "Oranmore Business Park", "Oranmore, Co. Galway, H91 C2T8", (150, 30, 30)),
    ("Munster Wine & Spirits Wholesale Ltd", "Little Island Industrial Estate", "Cork, T45 E298", (40, 50, 120)),
    ("Boyne Valley Drinks Ltd", "Donore Road Industrial Estate", "Drogheda, Co. Louth, A92 K7P3", (170, 110, 0)),
]
IE_B = [
    ("Kellys Bars Ltd t/a The Stag's Head", "1 Dame Court", "Dublin 2"),
    ("Tigh Neachtain Ltd", "17 Cross Street Upper", "Galway"),
    ("The Oval Bar (Cork) Ltd", "25 South Main Street", "Cork"),
    ("Clarke's Lounge & Bar", "Main Street", "Slane, Co. Meath"),
]
IE_L = [
    ("GUI50", "Guinness Draught 50L keg", "KEG", 265, 299, 1, 8), ("HEI30", "Heineken 30L keg", "KEG", 168, 195, 1, 6),
    ("SMW50", "Smithwick's Red Ale 50L keg", "KEG", 240, 275, 1, 4), ("BUL24", "Bulmers Original 24 x 500ml", "CS", 42, 56, 2, 12),
    ("JAM70", "Jameson Irish Whiskey 70cl", "BTL", 23.5, 28.9, 6, 36), ("CLO24", "Club Orange 24 x 330ml", "CS", 17.5, 23.9, 2, 10),
    ("TAY50", "Tayto Cheese & Onion 50 x 25g", "BOX", 21, 27.5, 1, 6), ("GOR70", "Gordon's Gin 70cl", "BTL", 17.9, 22.5, 6, 24),
    ("CO2-6", "CO2 gas cylinder 6.35kg (refill)", "CYL", 24, 34, 1, 4), ("RDB24", "Red Bull 24 x 250ml", "CS", 26, 33, 1, 6),
]


@style("04", "ie_drinks_wholesaler_pub")
def s04(rng, i):
    vname, v1, v2, color = IE_V[i]
    bname, b1, b2 = IE_B[i]
    d = rand_date(rng)
    goods = items_from(rng, [(r[1], r[2], r[3], r[4], r[5], r[6], r[0]) for r in IE_L], rng.randint(4, 7))
    for it in goods:
        disc = D(rng.choice([0, 0, 0, 2.5, 5])) if i in (0, 2) else D(0)
        it["disc"] = disc
        it["amount"] = q2(it["qty"] * it["price"] * (100 - disc) / 100)
        it["code"], it["vat"] = it["extra"], D(23)
    kegs = sum(it["qty"] for it in goods if it["unit"] in ("KEG", "CYL"))
    deps = []
    if kegs:
        dep_p = D(rng.choice([30, 35, 40]))
        deps.append({"code": "DEP-K", "desc": "Container deposit - keg/cylinder", "unit": "EA", "qty": kegs, "price": dep_p, "disc": D(0), "amount": kegs * dep_p, "vat": None})
        ret = D(rng.randint(1, int(kegs) + 1))
        deps.append({"code": "RET-K", "desc": "Empty containers returned - credit", "unit": "EA", "qty": -ret, "price": dep_p, "disc": D(0), "amount": -ret * dep_p, "vat": None})
    lines = goods + deps
    goods_net = sum(it["amount"] for it in goods)
    dep_net = sum(it["amount"] for it in deps)
    net = goods_net + dep_net
    tax = q2(goods_net * D("0.23"))
    total = net + tax
    base = digits(rng, 7, True)
    suf = "A" if i in (1, 3) else ""
    vat = base + _ievat.calc_check_digit(base + suf) + suf
    assert _ievat.is_valid(vat)
    vat_p = ("IE " if i != 2 else "IE") + vat
    f = lambda x: x.strftime("%d/%m/%Y") if i != 1 else f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}"  # noqa: E731
    due = {0: d + dt.timedelta(days=14), 2: d + dt.timedelta(days=30)}.get(i)
    no = [f"SI{rng.randint(100000, 999999)}", f"{rng.randint(400000, 499999)}", f"INV/{str(d.year)[2:]}/{rng.randint(10000, 99999)}", f"B{rng.randint(10000, 99999)}"][i]
    po = [None, f"PO{rng.randint(1000, 9999)}", None, f"CL-{rng.randint(100, 999)}"][i]
    acc = f"{bname[:3].upper()}{rng.randint(100, 999)}"
    docket = f"DD{rng.randint(1000000, 9999999)}"
    bf = q2(D(rng.randint(200, 4000)) + D(rng.randint(0, 99)) / 100) if i in (1, 3) else None

    def render(path):
        pdf = new_fpdf(creator="DrinksTrade ERP 7.2")
        lfont(pdf)
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 5, "F")
        txt(pdf, 12, 10, vname, 15, "B", "LSans", color=color)
        txt(pdf, 12, 17, f"{v1}, {v2}", 8.2, "", "LSans")
        txt(pdf, 12, 21.2, f"Tel: 0{rng.randint(1, 99)} {digits(rng, 7, True)}  ·  orders@{vname.split()[0].lower()}drinks.ie", 8.2, "", "LSans")
        txt(pdf, 12, 25.4, f"VAT No: {vat_p}", 8.2, "B", "LSans")
        txt(pdf, 150, 10, "INVOICE", 20, "B", "LSans", color=color)
        txt(pdf, 150, 19, "Original - Customer copy", 7, "", "LSans", color=(100, 100, 100))
        box(pdf, 12, 33, 90, 30, "INVOICE TO", "")
        for k, s in enumerate([bname, b1, b2, f"Licence No. {rng.randint(10000, 99999)}"]):
            txt(pdf, 14, 38 + k * 4.6, s, 8.8, "B" if k == 0 else "", "LSans")
        cells = [("INVOICE NO.", no, True), ("INVOICE DATE / TAX POINT", f(d), False), ("ACCOUNT NO.", acc, False),
                 ("DELIVERY DOCKET", docket, False), ("ROUTE / DRIVER", f"R{rng.randint(1, 24):02d} / {rng.choice(['Paddy', 'Niamh', 'Seán', 'Ciara'])}", False),
                 ("YOUR ORDER REF", po or "-", False)]
        for k, (cap, val, b) in enumerate(cells):
            box(pdf, 106 + (k % 2) * 46, 33 + (k // 2) * 10, 46, 10, cap, val, 8.6, b)
        cols = [("Code", 16, "L"), ("Description", 66, "L"), ("Qty", 13, "R"), ("Unit", 12, "L"), ("Price", 20, "R"), ("Disc%", 13, "R"), ("VAT%", 12, "R"), ("Net €", 24, "R")]
        rows = [[it["code"], it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), en(it["disc"], 1) if it["disc"] else "", "23" if it["vat"] else "N/A", en(it["amount"])] for it in lines]
        y = table(pdf, 12, 68, cols, rows, size=8, font="LSans", rowh=5.6, header_fill=color, header_color=(255, 255, 255))
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(12, 68, 176, y - 68)
        y += 4
        box(pdf, 12, y, 84, 20, "VAT ANALYSIS", "")
        txt(pdf, 14, y + 5, "Rate      Net €          VAT €", 7.6, "", "LMono")
        txt(pdf, 14, y + 9.5, f"23.0%  {en(goods_net):>12} {en(tax):>10}", 7.6, "", "LMono")
        txt(pdf, 14, y + 14, f"N/A    {en(dep_net):>12} {'0.00':>10}", 7.6, "", "LMono")
        trows = [("Goods (ex VAT)", en(goods_net)), ("Container deposits", en(dep_net)), ("Total Net", en(net)), ("VAT @ 23%", en(tax)), ("INVOICE TOTAL €", en(total))]
        for k, (a, b) in enumerate(trows):
            last = k == len(trows) - 1
            if last:
                pdf.set_fill_color(235, 235, 235)
                pdf.rect(120, y + k * 5.4 - 0.6, 68, 6, "F")
            txt(pdf, 122, y + k * 5.4, a, 8.8, "B" if last or a == "Total Net" else "", "LSans")
            txt(pdf, 160, y + k * 5.4, b, 8.8, "B" if last else "", "LSans", "R", 26)
        y += 32
        if due:
            txt(pdf, 12, y, f"Payment due by: {f(due)}", 9, "B", "LSans")
        else:
            txt(pdf, 12, y, "Terms: 30 days end of month" if i == 1 else "Terms: cash / cheque on delivery", 9, "B", "LSans")
        if bf is not None:
            box(pdf, 120, y - 2, 68, 17, "ACCOUNT SUMMARY", "")
            txt(pdf, 122, y + 2.6, f"Balance b/f € {en(bf)}", 7.8, "", "LSans")
            txt(pdf, 122, y + 6.4, f"This invoice € {en(total)}", 7.8, "", "LSans")
            txt(pdf, 122, y + 10.2, f"Balance now due € {en(bf + total)}", 7.8, "B", "LSans")
        ib = iban("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 6, True) + digits(rng, 8))
        txt(pdf, 12, y + (18 if bf is not None else 6), f"Bank: {'AIB' if 'AIBK' in ib else 'Bank of Ireland'}  IBAN {iban_fmt(ib)}  ·  Please quote account no. {acc} with payment.", 7.8, "", "LSans")
        txt(pdf, 12, y + (22 if bf is not None else 10), "Containers remain the property of the supplier. Deposits are refundable on return and are outside the scope of VAT.", 7, "", "LSans", color=(90, 90, 90))
        txt(pdf, 12, 282, f"{vname} · Registered in Ireland No. {rng.randint(100000, 699999)} · Directors: {rng.choice(['J. Byrne, M. Walsh', 'S. Ó Briain, T. Keane', 'A. Murphy, D. Nolan'])} · Alcohol products licence {rng.randint(1000, 9999)}", 6.6, "", "LSans", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Irish drinks wholesaler invoice to a pub (fpdf2): header fields in ruled boxes with captions above the values. vendor tax id = 'VAT No' under the letterhead (as printed); "
        "the CRO number in the footer, the pub's licence number, the account number, route and delivery docket are decoys. invoice_number = 'INVOICE NO.'; invoice_date = 'INVOICE DATE / TAX POINT'; "
        + ("due = 'Payment due by'. " if due else "no due date printed (terms only; null). ")
        + (f"PO = 'YOUR ORDER REF' {po}. " if po else "No PO ('-'). ")
        + "subtotal = 'Total Net' (goods + container deposits, deposits outside VAT); tax = 'VAT @ 23%'; total = 'INVOICE TOTAL €'. 'Goods (ex VAT)', 'Container deposits' and the VAT analysis are parts. "
        + ("The account summary (balance b/f, balance now due) is a decoy. " if bf is not None else "")
        + "Line items: every row incl. the deposit charge and the negative credit for returned empties (quantity negative); amounts net after line discount."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(lines), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vat_p, no, po, vname, docket], render


# =========================================================================== 06 Latvian PVN rēķins (PVN reģ. Nr., date in words, summa vārdiem)
LV_V = [
    ('SIA "Baltijas Koks"', "Krasta iela 105, Rīga, LV-1019", "Swedbank", "HABA", "HABALV22"),
    ('SIA "Kurzemes Dārzeņi"', "Ganību iela 180, Liepāja, LV-3401", "SEB banka", "UNLA", "UNLALV2X"),
    ('SIA "Vidzemes IT Risinājumi"', "Rīgas iela 32, Valmiera, LV-4201", "Citadele", "PARX", "PARXLV22"),
    ('AS "Latgales Būvmateriāli"', "Cietokšņa iela 60, Daugavpils, LV-5401", "Luminor", "RIKO", "RIKOLV2X"),
]
LV_B = ['SIA "Rīgas Mēbeļu Fabrika"', 'SIA "Maxima Latvija"', 'Valmieras novada pašvaldība', 'SIA "Daugavpils Būvnieks"']
LV_L = [
    [("Priedes dēļi 25x150x6000", "m3", 210, 290, 2, 30, 21), ("Egles brusas 100x100x6000", "m3", 240, 320, 1, 20, 21), ("Saplāksnis 18 mm 1250x2500", "gab.", 38, 62, 10, 120, 21), ("Piegāde", "gab.", 45, 120, 1, 1, 21)],
    [("Kartupeļi, svaigi", "kg", 0.32, 0.58, 200, 3000, 5), ("Burkāni, svaigi", "kg", 0.41, 0.79, 100, 1500, 5), ("Tomāti, siltumnīcas", "kg", 1.9, 3.4, 50, 600, 5), ("Kartona kastes (tara)", "gab.", 0.45, 0.95, 50, 800, 21)],
    [("Datortīkla uzturēšana", "mēn.", 350, 900, 1, 3, 21), ("Programmēšanas darbi", "st.", 35, 55, 8, 80, 21), ("Portatīvais dators Lenovo ThinkPad E14", "gab.", 690, 1050, 1, 6, 21), ("Microsoft 365 Business Standard licence", "gab.", 11, 14.5, 5, 60, 21)],
    [("Cements CEM II 42,5 N 25 kg", "maiss", 4.9, 7.8, 40, 600, 21), ("Gāzbetona bloki 300 mm", "pal.", 160, 240, 2, 20, 21), ("Armatūra Ø12 mm", "t", 690, 920, 1, 8, 21), ("Smilts, mazgāta", "t", 9, 16, 10, 120, 21)],
]


@style("06", "lv_rekins_pvn")
def s06(rng, i):
    vname, vaddr, bank, bcode, bic = LV_V[i]
    d = rand_date(rng)
    items = items_from(rng, LV_L[i], rng.randint(2, 4), step=D("0.01"))
    for it in items:
        it["rate"] = D(it["extra"])
    net = sum(it["amount"] for it in items)
    vat_rows = []
    for r in sorted({it["rate"] for it in items}, reverse=True):
        base = sum(it["amount"] for it in items if it["rate"] == r)
        vat_rows.append((r, base, q2(base * r / 100)))
    tax = sum(v[2] for v in vat_rows)
    total = net + tax
    reg = valid(rng, lambda: "4000" + digits(rng, 7), _pvn.is_valid)
    b_reg = valid(rng, lambda: rng.choice(["4000", "4010", "9000"]) + digits(rng, 7), _pvn.is_valid)
    vid = "LV" + reg
    fm = (lambda x: sp(x)) if i in (0, 1) else (lambda x: fnum(x, ".", ""))
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    d_words = f"{d.year}. gada {d.day}. {MONTHS['lv_loc'][d.month - 1]}"
    due = None if i == 2 else d + dt.timedelta(days=rng.choice([10, 14, 20, 30]))
    no = [f"BK-{d.year}/{rng.randint(1, 999):04d}", f"KD {rng.randint(10000, 99999)}", f"VIT{str(d.year)[2:]}-{rng.randint(100, 999)}", f"LB-{rng.randint(1000, 9999)}"][i]
    po = [f"P-{rng.randint(100, 999)}", None, None, f"{rng.randint(10, 99)}/{d.year}"][i]
    words = lv_words(int(total)).capitalize() + f" euro un {int((total - int(total)) * 100):02d} centi"
    ib = iban("LV", bcode + digits(rng, 13))
    b_ib = iban("LV", rng.choice(["HABA", "UNLA", "PARX"]) + digits(rng, 13))

    def render(path):
        pdf = new_fpdf(creator="Tildes Jumis")
        pdf.add_page()
        title = ("PVN RĒĶINS" if i != 2 else "RĒĶINS") + f" Nr. {no}"
        txt(pdf, 0, 16, title, 15, "B", "DV", "C", 210)
        if i in (0, 1):
            txt(pdf, 0, 24, d_words, 10, "", "DV", "C", 210)
        else:
            txt(pdf, 0, 24, f"Rēķina datums: {f(d)}", 10, "", "DV", "C", 210)
        y = 36
        parties = [
            ("Preču piegādātājs:" if i != 2 else "Pakalpojuma sniedzējs:", vname, [("Reģistrācijas Nr.", reg), ("PVN reģistrācijas Nr.", vid), ("Juridiskā adrese", vaddr), ("Banka", f'AS "{bank}", {bic}'), ("Konts", iban_fmt(ib))]),
            ("Preču saņēmējs:" if i != 2 else "Pakalpojuma saņēmējs:", LV_B[i], [("Reģistrācijas Nr.", b_reg), ("PVN reģistrācijas Nr.", "LV" + b_reg if i != 2 else "-"), ("Juridiskā adrese", rng.choice(["Brīvības iela 214, Rīga, LV-1039", "Lāčplēša iela 2, Valmiera, LV-4201", "Rīgas iela 22, Daugavpils, LV-5401"])), ("Konts", iban_fmt(b_ib))]),
        ]
        for head, name, kv in parties:
            txt(pdf, 15, y, head, 8.5, "B", "DV", color=(80, 80, 80))
            txt(pdf, 62, y, name, 9.5, "B", "DV")
            y += 5
            for a, b in kv:
                txt(pdf, 15, y, a + ":", 8, "", "DV", color=(80, 80, 80))
                txt(pdf, 62, y, b, 8, "", "DV")
                y += 4.2
            y += 3
        meta = [("Darījuma apraksts", "Preču piegāde" if i != 2 else "Pakalpojumu sniegšana"), ("Līguma Nr.", f"{rng.randint(1, 99)}/{d.year - 1}")]
        if po:
            meta.append(("Pasūtījuma Nr.", po))
        if i == 3:
            meta.append(("Pavadzīme Nr.", f"LB-PZ-{rng.randint(1000, 9999)}"))
        meta.append(("Apmaksas termiņš", f(due) if due else "10 dienu laikā no rēķina saņemšanas"))
        meta.append(("Apmaksas veids", "pārskaitījums"))
        for a, b in meta:
            txt(pdf, 15, y, a + ":", 8, "", "DV", color=(80, 80, 80))
            txt(pdf, 62, y, b, 8, "B" if a == "Apmaksas termiņš" else "", "DV")
            y += 4.2
        y += 3
        cols = [("Nr.", 10, "L"), ("Nosaukums", 74, "L"), ("Mērv.", 15, "L"), ("Daudz.", 18, "R"), ("PVN %", 14, "R"), ("Cena, EUR", 24, "R"), ("Summa, EUR", 25, "R")]
        rows = [[str(k + 1), it["desc"], it["unit"], qstr(it["qty"]), qstr(it["rate"]), fm(it["price"]), fm(it["amount"])] for k, it in enumerate(items)]
        y = table(pdf, 15, y, cols, rows, size=8, font="DV", rowh=5.6, header_fill=(225, 225, 225), line_color=(120, 120, 120))
        y += 3
        trows = [("Summa bez PVN:", fm(net))] + [(f"PVN {qstr(r)}%:", fm(t_)) for r, _, t_ in vat_rows]
        if len(vat_rows) > 1 and i != 1:
            trows.append(("PVN kopā:", fm(tax)))
        trows.append(("Summa apmaksai, EUR:", fm(total)))
        for k, (a, b) in enumerate(trows):
            last = k == len(trows) - 1
            txt(pdf, 110, y, a, 9 if not last else 10, "B" if last else "", "DV", "R", 55)
            txt(pdf, 165, y, b, 9 if not last else 10, "B" if last else "", "DV", "R", 25)
            y += 5.4
        y += 2
        txt(pdf, 15, y, f"Summa vārdiem: {words}", 8.4, "", "DV")
        y += 12
        txt(pdf, 15, y, f"Rēķinu sagatavoja: {rng.choice(['Ilze Bērziņa', 'Jānis Kalniņš', 'Līga Ozola', 'Andris Liepa'])}", 8.4, "", "DV")
        txt(pdf, 15, y + 5, "Rēķins sagatavots elektroniski un ir derīgs bez paraksta.", 8, "", "DV", color=(90, 90, 90))
        pdf.set_draw_color(150, 150, 150)
        pdf.line(15, 280, 195, 280)
        txt(pdf, 15, 282, f"{vname} · {vaddr} · {vid}", 6.8, "", "DV", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Latvian "
        + ("PVN rēķins" if i != 2 else "rēķins")
        + " (fpdf2), centred title with the number; "
        + ("the date under it in words without a label ('2026. gada 15. aprīlī', locative month). " if i in (0, 1) else "'Rēķina datums' under it (dd.mm.yyyy.). ")
        + "vendor tax id = 'PVN reģistrācijas Nr.' (LV + 11 digits, as printed); its 'Reģistrācijas Nr.' (the same digits without LV) and the buyer's numbers, contract (Līguma Nr.)"
        + (" and waybill (Pavadzīme Nr.)" if i == 3 else "")
        + " are decoys. "
        + ("due = 'Apmaksas termiņš'. " if due else "'Apmaksas termiņš' gives 10 days from receipt, no date (null). ")
        + (f"PO = 'Pasūtījuma Nr.' {po}. " if po else "No PO. ")
        + "subtotal = 'Summa bez PVN'; tax = "
        + ("the sum of the PVN rows (21 % and 5 %, no total row); " if len(vat_rows) > 1 and i == 1 else ("'PVN kopā'; " if len(vat_rows) > 1 else "'PVN 21%'; "))
        + "total = 'Summa apmaksai, EUR' (also in words). Amounts "
        + ("'1 234,56'. " if i in (0, 1) else "'1234.56'. ")
        + "Line items: every row (amount = 'Summa, EUR' without PVN)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vid, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [d_words if i in (0, 1) else f(d), f(due) if due else None, vid, no, po, vname, words]}
    if len(vat_rows) > 1 and i == 1:
        chk["tax_parts"] = [mt(v[2]) for v in vat_rows]
    return t, chk, render


# =========================================================================== 09 Tunisian facture (matricule fiscal, FODEC, TVA 19 %, timbre fiscal, millimes)
TN_V = [
    ("Société Méditerranéenne d'Informatique SARL", "Rue du Lac Malaren, Les Berges du Lac", "1053 Tunis", "Tunis", (0, 94, 140)),
    ("Sfax Emballages SA", "Route de Gabès km 4", "3003 Sfax", "Sfax", (150, 60, 20)),
    ("Bureau d'Études Carthage Ingénierie SARL", "12, avenue Habib Bourguiba", "2016 Carthage", "Carthage", (60, 60, 60)),
    ("Sahel Pièces Auto SARL", "Zone industrielle Sidi Abdelhamid", "4061 Sousse", "Sousse", (20, 110, 70)),
]
TN_B = [
    ("Clinique Les Oliviers SA", "Route de la Marsa, 2078 La Marsa"),
    ("Huilerie Zitouna SARL", "Route de Tunis km 10, 3012 Sfax"),
    ("Municipalité de La Goulette", "Avenue Farhat Hached, 2060 La Goulette"),
    ("Transport Sahel Express SARL", "Avenue de la République, 4000 Sousse"),
]
TN_L = [
    [("INF-01", "Maintenance parc informatique (forfait mensuel)", "forf.", 450, 1200, 1, 3), ("INF-07", "Ordinateur portable HP ProBook 450", "u", 2150, 2890, 1, 8), ("INF-12", "Licence antivirus ESET (1 an)", "u", 65, 110, 5, 60), ("INF-20", "Installation et configuration serveur", "j", 480, 750, 1, 5)],
    [("EMB-20", "Bidon PEHD 5 L", "u", 0.38, 0.64, 10000, 80000), ("EMB-31", "Carton ondulé double cannelure 60x40x40", "u", 0.95, 1.65, 10000, 40000), ("EMB-45", "Film étirable 500 mm", "u", 0.21, 0.39, 10000, 50000)],
    [("ETU-1", "Étude de structure bâtiment municipal", "forf.", 4500, 12000, 1, 1), ("ETU-2", "Suivi de chantier (vacations)", "vac.", 180, 320, 4, 30), ("ETU-3", "Plans d'exécution", "pl.", 120, 260, 5, 40)],
    [("SPA-110", "Plaquettes de frein avant (jeu)", "jeu", 68, 125, 4, 40), ("SPA-214", "Filtre à huile", "u", 14, 29, 10, 120), ("SPA-305", "Batterie 12V 70Ah", "u", 210, 340, 2, 20), ("SPA-420", "Huile moteur 5W30 bidon 5 L", "u", 85, 130, 5, 60)],
]


def _tn_rib(rng):
    b = rng.choice(["08", "10", "11", "12", "14", "25"]) + digits(rng, 3) + digits(rng, 13)
    return b + f"{97 - (int(b) * 100) % 97:02d}"


@style("09", "tn_facture_timbre_fiscal")
def s09(rng, i):
    vname, v1, v2, place, color = TN_V[i]
    bname, baddr = TN_B[i]
    d = rand_date(rng)
    if i == 1:  # thousands of units at prices in millimes: line amounts in hundreds of dinars (FODEC 1 % whole dinars)
        items = []
        for r in rng.sample(TN_L[1], 3):
            q = D(rng.randint(1, 8) * 10000)
            p = D(rng.randint(int(r[3] * 100), int(r[4] * 100))) / 100
            items.append({"desc": r[1], "unit": r[2], "qty": q, "price": p, "amount": q2(q * p), "extra": r[0]})
    else:
        items = items_from(rng, [(r[1], r[2], r[3], r[4], r[5], r[6], r[0]) for r in TN_L[i]], rng.randint(2, 4), step=D("1"))
    net = sum(it["amount"] for it in items)
    fodec = q2(net / 100) if i == 1 else None
    tax = q2((net + (fodec or 0)) * D("0.19"))
    timbre = D("1.000")
    total = net + (fodec or 0) + tax + timbre
    mf = valid(rng, lambda: digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "AM000", _mf.is_valid)
    mf_p = _mf.format(mf) if i % 2 == 0 else f"{mf[:8]}/{mf[8]}/{mf[9]}/{mf[10:]}"
    b_mf = valid(rng, lambda: digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "AM000", _mf.is_valid)
    f3 = (lambda x: sp(x, 3)) if i != 3 else (lambda x: de(x, 3))
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = {0: d + dt.timedelta(days=30), 2: d + dt.timedelta(days=60)}.get(i)
    no = [f"FV-{d.year}/{rng.randint(1, 999):04d}", f"{str(d.year)[2:]}{rng.randint(10000, 99999)}", f"F{rng.randint(100, 999)}/{d.year}", f"FA{rng.randint(100000, 999999)}"][i]
    po = [f"BC-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", None, None][i]
    mill = int((total - int(total)) * 1000)
    words = f"{fr_words(int(total)).capitalize()} dinars" + (f" et {mill:03d} millimes" if mill else "")
    rs = q2((total - timbre) * D("0.015")) if i in (0, 2) else None
    rib = _tn_rib(rng)

    def render(path):
        pdf = new_fpdf(creator="Sage Gestion Commerciale")
        lfont(pdf)
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(15, 34, 195, 34)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 12, vname, 13, "B", "Serif", color=color)
        txt(pdf, 15, 19, f"{v1} - {v2}", 8.4, "", "Serif")
        txt(pdf, 15, 23.5, f"Tél. +216 {digits(rng, 2, True)} {digits(rng, 3)} {digits(rng, 3)}  ·  Fax +216 {digits(rng, 2, True)} {digits(rng, 3)} {digits(rng, 3)}", 8.4, "", "Serif")
        txt(pdf, 15, 28, f"M.F. : {mf_p}", 8.4, "B", "Serif")
        txt(pdf, 140, 40, f"{place}, le {f(d)}", 9.5, "", "Serif")
        txt(pdf, 15, 42, "FACTURE", 18, "B", "Serif", color=color)
        kv = [("Facture N° :", no), ("Date :", f(d)), ("Code client :", f"C{rng.randint(1000, 9999)}")]
        if po:
            kv.append(("Bon de commande N° :", po))
        kv.append(("Bon de livraison N° :", f"BL{rng.randint(10000, 99999)}") if i in (1, 3) else ("Mode de règlement :", "Virement bancaire"))
        for k, (a, b) in enumerate(kv):
            txt(pdf, 15, 53 + k * 4.8, a, 9, "", "Serif")
            txt(pdf, 55, 53 + k * 4.8, b, 9, "B" if k == 0 else "", "Serif")
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(112, 50, 83, 26)
        txt(pdf, 114, 51.5, "Doit :", 8, "I", "Serif")
        txt(pdf, 114, 56, bname, 9.4, "B", "Serif")
        txt(pdf, 114, 61, baddr, 8.2, "", "Serif")
        txt(pdf, 114, 66, f"M.F. client : {_mf.format(b_mf)}", 8.2, "", "Serif")
        cols = [("Réf.", 16, "L"), ("Désignation", 82, "L"), ("Qté", 16, "R"), ("P.U. HT", 23, "R"), ("TVA", 12, "R"), ("Total HT", 31, "R")]
        rows = [[it["extra"], it["desc"], de(it["qty"], 0) if i == 1 else qstr(it["qty"]), f3(it["price"]), "19%", f3(it["amount"])] for it in items]
        y0 = 84
        y = table(pdf, 15, y0, cols, rows, size=8.2, font="Serif", rowh=6, header_fill=(230, 230, 230), line_color=(60, 60, 60))
        x = 15
        for _t, w, _a in cols:
            pdf.line(x, y0, x, y)
            x += w
        pdf.line(x, y0, x, y)
        pdf.line(15, y0, x, y0)
        y += 5
        trows = [("Total HT", f3(net))]
        if fodec:
            trows.append(("FODEC 1 %", f3(fodec)))
        trows += [("Assiette TVA" if fodec else "Base TVA 19 %", f3(net + (fodec or 0))), ("TVA 19 %", f3(tax)), ("Timbre fiscal", f3(timbre)), ("Net à payer TTC (DT)", f3(total))]
        for k, (a, b) in enumerate(trows):
            last = k == len(trows) - 1
            pdf.rect(118, y + k * 6.2, 45, 6.2)
            pdf.rect(163, y + k * 6.2, 32, 6.2)
            txt(pdf, 119, y + k * 6.2 + 1.2, a, 8.6, "B" if last else "", "Serif")
            txt(pdf, 164, y + k * 6.2 + 1.2, b, 8.6, "B" if last else "", "Serif", "R", 30)
        yw = y + len(trows) * 6.2 + 6
        pdf.set_xy(15, yw)
        pdf.set_font("Serif", "I", 8.8)
        pdf.multi_cell(180, 4.6, f"Arrêtée la présente facture à la somme de : {words}.")
        yy = yw + 12
        if due:
            txt(pdf, 15, yy, f"Échéance : {f(due)}", 9, "B", "Serif")
            yy += 5
        if rs:
            txt(pdf, 15, yy, f"Retenue à la source 1,5 % à opérer par le client : {f3(rs)} DT (certificat à nous remettre).", 8.2, "", "Serif")
            yy += 5
        txt(pdf, 140, yy + 8, "Cachet et signature", 8.6, "I", "Serif")
        pdf.set_draw_color(*color)
        pdf.line(15, 278, 195, 278)
        txt(pdf, 15, 280, f"{vname} · R.C. {rng.choice(['B', 'B0'])}{rng.randint(1000000, 9999999)}{d.year - rng.randint(3, 20)} · M.F. {mf_p} · Code en douane {rng.randint(100000, 999999)}{rng.choice('ABCDE')}", 6.8, "", "Serif", color=(80, 80, 80))
        txt(pdf, 15, 284, f"RIB : {rib[:2]} {rib[2:5]} {rib[5:18]} {rib[18:]} ({rng.choice(['BIAT', 'STB', 'Amen Bank', 'Attijari Bank'])})", 6.8, "", "Serif", color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Tunisian facture (fpdf2, serif), amounts with three decimals (millimes, '1 234,560'): vendor tax id = the vendor's matricule fiscal 'M.F.' (as printed); the client's M.F., R.C., "
        "code en douane, RIB and client code are decoys. invoice_number = 'Facture N°'; invoice_date = 'Date' (also the place-and-date line); "
        + ("due = 'Échéance'. " if due else "no due date (null). ")
        + (f"PO = 'Bon de commande N°' {po}. " if po else "No PO. ")
        + ("The 'Bon de livraison' number is a decoy. " if i in (1, 3) else "")
        + "subtotal = 'Total HT'; tax = 'TVA 19 %'; total = 'Net à payer TTC' (includes "
        + ("the FODEC 1 % levy on the HT and " if fodec else "")
        + "the 1,000 DT timbre fiscal, printed between subtotal + tax and the total). "
        + ("'Assiette TVA' (HT + FODEC) is a decoy. " if fodec else "'Base TVA 19 %' repeats the HT. ")
        + ("The 1,5 % retenue à la source the client withholds is a decoy (total unchanged). " if rs else "")
        + "Amount in words (dinars et millimes) = total. Line items: every row (amount = 'Total HT')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=mf_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="TND", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, mf_p, no, po, vname, "Timbre fiscal"], "total_adjustment": mt(timbre + (fodec or 0))}
    return t, chk, render
