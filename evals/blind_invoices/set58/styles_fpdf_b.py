"""fpdf2 styles for set 58, second part (08 Ilorin TAX INVOICE in English with the facts as LABEL: value pairs BESIDE
each other and the TOTALS at the LEFT below the table, VAT 7.5 %, naira, an ADVANCE deducted on two, the total in words;
09 Mbombela TAX INVOICE with a LEFT SIDEBAR whose facts have their LABEL ABOVE the value, VAT 15 %, a DEPOSIT deducted on
two; 10 Lobatse TAX INVOICE whose facts' LABELS END a line of text with the value on the NEXT line, a table WITHOUT
RULES, VAT 14 %, a trade discount row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, en_words, luhn_check, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import MONTHS, due_note, en_date, lines, para, po_note, totals, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Ilorin (VAT 7.5, NGN), labels beside, totals left, advance
SK_V = [
    ("Kwara Agro-Allied Processing Ltd", "KM 8, Ilorin-Jebba Road, Ilorin, Kwara State", (15, 76, 129)),
    ("Oja-Oba Aso-Oke Weavers Enterprises", "12 Emir's Road, Oja-Oba, Ilorin", (21, 128, 61)),
    ("Asa Dam Water Engineering Ltd", "Plot 5, Asa Dam Industrial Layout, Ilorin", (120, 53, 15)),
    ("Tanke Office Solutions Ltd", "45 University Road, Tanke, Ilorin", (88, 28, 135)),
]
SK_B = ["Kwara State Ministry of Agriculture, Ilorin", "University of Ilorin Teaching Hospital", "Harmony Holdings Ltd, Ilorin", "Kwara State Polytechnic, Ilorin"]
SK_ROWS = [
    [("Cassava flour (garri) 50 kg bag", "bag", 50, 600, 38000, 62000), ("Parboiled rice 50 kg bag", "bag", 20, 300, 68000, 92000), ("Shea butter, 25 kg keg", "keg", 5, 60, 95000, 160000), ("Haulage to site", "trip", 1, 4, 120000, 350000)],
    [("Aso-oke fabric, full set", "set", 10, 120, 45000, 110000), ("Adire tie-dye fabric, 5 yards", "pcs", 20, 200, 12000, 28000), ("Embroidered cap (fila)", "pcs", 20, 300, 4500, 12000), ("Tailoring, per outfit", "pcs", 10, 100, 15000, 35000)],
    [("Borehole drilling and casing", "lot", 1, 2, 2800000, 5400000), ("Submersible pump 1.5 HP", "pcs", 1, 6, 420000, 780000), ("PVC pipe 4 inch, 6 m", "length", 10, 200, 18000, 32000), ("Water quality test", "test", 1, 6, 45000, 90000)],
    [("A4 paper, carton of 5 reams", "ctn", 10, 200, 28000, 42000), ("Toner cartridge HP 85A", "pcs", 5, 60, 38000, 65000), ("Office chair, ergonomic", "pcs", 2, 40, 85000, 190000), ("Photocopier service visit", "visit", 1, 6, 35000, 70000)],
]


def ng_words(x):
    n = int(x)
    c = int(round((x - n) * 100))
    return "Naira " + en_words(n).title().replace(" And ", " and ") + (f" and {en_words(c).title()} Kobo" if c else "") + " Only"


@style("08", "ng_ilo_ilorin_tax_invoice_vat_7_5_totals_left_advance_words")
def s08(rng, i):
    vname, vaddr, color = SK_V[i]
    d = rand_date(rng)
    items = lines(rng, SK_ROWS[i], [4, 3, 3, 4][i], D("1") if i != 1 else D("50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.075"))
    total = net + tax
    ntn = f"{digits(rng, 8, True)}-0001"
    rc = f"RC {rng.randint(100000, 1899999)}"
    bntn = f"{digits(rng, 8, True)}-0001"
    no = [f"KAP/{d.year}/{rng.randint(100, 999)}", f"OAW-{rng.randint(1000, 9999)}", f"ADW-{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d-%b-%Y"), en_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    po = [f"LPO/MOA/{rng.randint(100, 999)}", f"UITH/PROC/{rng.randint(100, 999)}", None, f"WO-{rng.randint(100, 999)}"][i]
    adv = q2(total * D(rng.choice(["0.25", "0.30", "0.40"]))) if i in (1, 2) else None
    adv = adv.quantize(D("1")) if adv else None
    bal = total - adv if adv else None
    irn = f"INV{digits(rng, 6)}-{rng.choice(['A1B2', '9F3C', 'D47E'])}{digits(rng, 4)}-{d.strftime('%Y%m%d')}"

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Nigeria")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", color=color)
        txt(pdf, 14, 19, vaddr + " · Tel: 0803 " + digits(rng, 3) + " " + digits(rng, 4), 8.4)
        txt(pdf, 14, 23.5, f"TIN: {ntn}    {rc}", 8.4)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 29, 196, 29)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 33, "TAX INVOICE", 13, "B")
        y = kv_rows(pdf, 14, 42, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Waybill", f"WB-{rng.randint(1000, 9999)} dated {fd(d - dt.timedelta(days=rng.randint(0, 4)))}"), ("LPO No.", po), ("Due Date", fd(due) if due else None), ("Terms", "Cash on delivery" if not due else f"{(due - d).days} days")])
        txt(pdf, 112, 42, "Bill to", 7.5, color=(90, 90, 90))
        para(pdf, 112, 46, 84, f"{SK_B[i]}\nCustomer TIN: {bntn}\nKwara State, Nigeria", 8.4, h=4.4)
        cols = [("S/N", 10, "R"), ("Description", 66, "L"), ("Qty", 16, "R"), ("Unit", 14, "L"), ("Unit Price (₦)", 26, "R"), ("Amount (₦)", 28, "R"), ("VAT 7.5%", 22, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"]), en(q2(x["amount"] * D("0.075")))] for k, x in enumerate(items)]
        y = table(pdf, 14, max(y, 66) + 4, cols, rows, size=8.2, rowh=6.2, header_fill=color, header_color=(255, 255, 255))
        y += 8
        pdf.set_fill_color(243, 244, 246)
        nrows = 3 + (2 if adv else 0)
        pdf.rect(14, y - 2, 96, 6 * nrows + 4, "F")
        rows_t = [("Sub-total (excl. VAT)", en(net), False), ("VAT @ 7.5%", en(tax), False), ("Invoice Total", "₦" + en(total), True)]
        if adv:
            rows_t += [(f"Less: Advance paid (RCT-{rng.randint(100, 999)})", "(" + en(adv) + ")", False), ("Balance Due", "₦" + en(bal), True)]
        totals(pdf, 16, y, rows_t, wl=56, wv=36, size=8.6, line=color, step=6)
        para(pdf, 116, y, 80, "Amount in words:\n" + ng_words(total), 8.4, "B", h=4.4)
        para(pdf, 116, y + 24, 80, f"Pay to {vname}, {rng.choice(['Zenith Bank', 'First Bank of Nigeria', 'GTBank', 'Access Bank'])}, Ilorin branch, account no. {digits(rng, 10, True)} (NUBAN).", 7.6, h=3.8, color=(70, 70, 70))
        yy = max(y + 6 * nrows + 14, y + 44)
        txt(pdf, 14, yy, f"FIRS e-Invoice IRN: {irn}", 7.6, color=(90, 90, 90))
        txt(pdf, 14, yy + 20, "______________________", 8.4)
        txt(pdf, 14, yy + 25, "For: " + vname, 8.4)
        txt(pdf, 14, 283, "Goods sold in good condition are not returnable. E&OE.  Page 1 of 1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Ilorin (Kwara State, Nigeria) TAX INVOICE in English, the facts as LABEL: value pairs BESIDE each other, the TOTALS in a shaded box at the LEFT below the table, VAT 7.5 %, '1,234,567.00' naira ('₦'), the total in words"
        + (", an ADVANCE deducted below the total ('Less: Advance paid', 'Balance Due')" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'TIN' (the RC number beside it, the customer's TIN, the FIRS IRN, the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the waybill's date is a decoy). "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Sub-total (excl. VAT)'; tax = 'VAT @ 7.5%'; total = 'Invoice Total'" + (" (the balance after the advance is a decoy)" if adv else "") + ". Currency NGN ('₦'). Line items: every row, 'Amount (₦)' without VAT."
    )
    t = truth(vname, ntn, no, po, d, due, "NGN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ntn, "Invoice Total", fd(due) if due else None, bntn, irn, en(bal) if bal else None]}
    return t, chk, render


def kv_rows(pdf, x, y, rows, wl=34, size=8.6, step=5.2):
    for lab, val in rows:
        if val is None:
            continue
        txt(pdf, x, y, lab + ":", size, color=(80, 80, 80))
        txt(pdf, x + wl, y, val, size, "B")
        y += step
    return y


# =========================================================================== 09 Mbombela (VAT 15, ZAR), left sidebar, labels above, deposit
GE_V = [
    ("Lowveld Citrus Packers (Pty) Ltd", "14 Riverside Industrial Park, Mbombela 1201", (3, 105, 161)),
    ("Crocodile River Irrigation (Pty) Ltd", "88 Samora Machel Drive, Mbombela 1200", (126, 34, 206)),
    ("Sabie Road Fencing & Landscaping CC", "3 Ferreira Street, Mbombela 1201", (21, 128, 61)),
    ("Kruger Gate Events (Pty) Ltd", "Unit 2, 60 Brander Street, Mbombela 1200", (190, 18, 60)),
]
GE_B = ["Mpumalanga Tourism and Parks Agency, VAT", "Hazyview Macadamia Estates (Pty) Ltd, VAT", "City of Mbombela Local Municipality, VAT", "University of Mpumalanga, VAT"]
GE_ROWS = [
    [("Export cartons 15 kg, printed", "ea", 200, 3000, 9, 16), ("Packhouse labour, per shift", "shift", 1, 12, 2400, 4800), ("Cold-room storage, per pallet-week", "pallet", 10, 80, 140, 260), ("Fungicide wax application", "ton", 5, 60, 380, 720)],
    [("Drip line 16 mm, 500 m roll", "roll", 1, 20, 1400, 2600), ("Centre-pivot service", "job", 1, 2, 6800, 14500), ("PVC pipe 110 mm class 6, 6 m", "length", 10, 120, 380, 690), ("Irrigation technician", "hr", 4, 40, 420, 680)],
    [("Clear-view fence 1.8 m, per m", "m", 10, 120, 690, 1150), ("Retaining wall blocks, per m²", "m²", 5, 60, 480, 890), ("Kikuyu turf supply and lay", "m²", 20, 400, 65, 120), ("Rubble removal, 6 m³ truck", "load", 1, 3, 1800, 3200)],
    [("Stretch tent hire 10 x 15 m", "day", 1, 3, 8500, 16000), ("Sound and lighting package", "day", 1, 3, 6200, 12800), ("Catering, braai package", "guest", 50, 400, 220, 420), ("Event staff", "hr", 8, 80, 120, 220)],
]


def za_vat(rng):
    """A South African VAT number: 4 and nine digits, the last a Luhn check digit (the author's understanding)."""
    s = "4" + digits(rng, 8)
    return s + luhn_check(s)


@style("09", "za_mbo_mbombela_tax_invoice_vat_15_sidebar_left_labels_above_deposit")
def s09(rng, i):
    vname, vaddr, color = GE_V[i]
    d = rand_date(rng)
    items = lines(rng, GE_ROWS[i], [4, 3, 4, 4][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = za_vat(rng)
    vacn = f"{rng.randint(1995, 2020)}/{digits(rng, 6, True)}/{rng.choice(['07', '23'])}"
    babn = za_vat(rng)
    no = [f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"SRF{rng.randint(1000, 9999)}", f"KGE-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en_short'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [None, f"PO{rng.randint(10000, 99999)}", f"CoM-{rng.randint(400000, 499999)}", None][i]
    dep = q2(total * D(rng.choice(["0.2", "0.3", "0.5"]))).quantize(D("1")) if i in (0, 3) else None
    bal = total - dep if dep else None
    bsb = rng.choice(["250655", "051001", "632005", "470010"])
    accno = digits(rng, 10, True)

    def render(path):
        pdf = new_fpdf(creator="Sage Business Cloud Accounting")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        w = (255, 255, 255)
        lw = (220, 230, 240)
        para(pdf, 8, 14, 48, vname, 11, "B", h=5.2, color=w)
        y = para(pdf, 8, 30, 48, vaddr, 7.8, h=3.8, color=lw)
        y += 6
        for lab, val in (("VAT Reg. No.", vid), ("Company Reg. No.", vacn), ("Invoice Number", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else None), ("Order No.", po), ("Terms", None if due else "Payment on completion")):
            if val is None:
                continue
            txt(pdf, 8, y, lab, 7.2, color=lw)
            txt(pdf, 8, y + 3.8, val, 9.6, "B", color=w)
            y += 11
        y += 4
        txt(pdf, 8, y, "Banking details (EFT)", 7.2, color=lw)
        para(pdf, 8, y + 4, 48, f"{rng.choice(['FNB', 'Standard Bank', 'ABSA', 'Nedbank'])} Mbombela\nBranch code {bsb}\nAccount {accno}", 8.2, h=4.2, color=w)
        txt(pdf, 75, 14, "TAX INVOICE", 20, "B", color=color)
        txt(pdf, 75, 26, "Bill to", 7.5, color=(100, 100, 100))
        bn = GE_B[i].replace(", VAT", "")
        para(pdf, 75, 30, 120, f"{bn}\nCustomer VAT No. {babn}\nMpumalanga", 8.8, h=4.5)
        cols = [("Description", 64, "L"), ("Qty", 16, "R"), ("Unit price", 22, "R"), ("VAT", 12, "R"), ("Amount ZAR", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), en(x["price"]), "15%", en(x["amount"])] for x in items]
        y = table(pdf, 65, 52, cols, rows, size=8.2, rowh=6.4, header_fill=(241, 245, 249))
        y += 6
        rows_t = [("Total excl. VAT", "R " + en(net), False), ("VAT @ 15%", "R " + en(tax), False), ("TOTAL incl. VAT", "R " + en(total), True)]
        if dep:
            rows_t += [(f"Less deposit received {fd(d - dt.timedelta(days=rng.randint(10, 40)))}", "-R " + en(dep), False), ("BALANCE DUE", "R " + en(bal), True)]
        y = totals(pdf, 108, y, rows_t, wl=64, wv=32, size=8.8, line=color, step=6)
        para(pdf, 65, y + 8, 140, ("Thank you for your business. " + ("Please pay the balance by the due date." if dep else "Please use the invoice number as your payment reference.")) + " All prices in South African rand. Goods remain the property of the seller until paid in full.", 7.8, h=4, color=(80, 80, 80))
        txt(pdf, 65, 285, f"Page 1 of 1 · {vname} · Directors: {rng.choice(['J. Mokoena', 'P. van der Merwe', 'S. Nkosi'])}, {rng.choice(['L. Botha', 'T. Mahlangu'])}", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Mbombela (Mpumalanga, South Africa) TAX INVOICE with a coloured LEFT SIDEBAR whose facts have their LABEL ABOVE the value (VAT and company registration numbers, invoice number, dates, order, bank), VAT 15 %, 'R 1,234.56'"
        + (", a DEPOSIT deducted below the total ('Less deposit received', 'BALANCE DUE')" if dep else "")
        + ": vendor = the name at the top of the sidebar; vendor_tax_id = 'VAT Reg. No.' (10 digits from 4, Luhn check digit; the company registration number, the customer's VAT number, the branch code and account are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date'" + (" (the deposit's date is a decoy)" if dep else "") + ". "
        + due_note(due, "Payment on completion", "Due Date")
        + po_note(po, "Order No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT @ 15%'; total = 'TOTAL incl. VAT'" + (" (the balance after the deposit is a decoy)" if dep else "") + ". Currency ZAR ('R'). Line items: every row, without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "ZAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL incl. VAT", fd(due) if due else None, babn, vacn, en(bal) if bal else None]}
    return t, chk, render


# =========================================================================== 10 Lobatse (VAT 14, BWP), labels ending a line, unruled, discount
TI_V = [
    ("Lobatse Farm & Feed Supplies (Pty) Ltd", "Plot 1172, Industrial Site, Lobatse", (22, 101, 52)),
    ("Peleng Engineering Works (Pty) Ltd", "Plot 2033, Woodhall, Lobatse", (30, 64, 175)),
    ("Southern District Dairy Services (Pty) Ltd", "Plot 415, Old Kanye Road, Lobatse", (146, 64, 14)),
    ("Kgwatlheng Hydraulics & Auto (Pty) Ltd", "Plot 87, Main Mall, Lobatse", (71, 85, 105)),
]
TI_B = ["Botswana Meat Commission, Lobatse Abattoir", "Lobatse Town Council", "Ramotswa Dairy Cooperative", "Lobatse Brick & Tile (Pty) Ltd"]
TI_ROWS = [
    [("Cattle lick block 25 kg, phosphate, delivered to the farm gate", "bag", 10, 200, 180, 320), ("Fence droppers 1.2 m, bundle of 50", "bdl", 1, 20, 480, 890), ("Electric fence energiser 12 J with earth kit", "ea", 1, 3, 3900, 7400), ("Dip chemical, 20 L pack, with applicator", "ea", 1, 10, 1100, 2400)],
    [("Fabrication of steel cattle-handling crush to drawing PEW-2041 including site install", "job", 1, 1, 28000, 64000), ("Welding labour, coded welder", "hr", 4, 60, 260, 420), ("Machining of pump shafts, 316 stainless", "ea", 1, 12, 900, 2400)],
    [("Milking machine service, 8-unit parlour, including liners", "job", 1, 2, 6800, 14500), ("Bulk milk tank cooling check and regas", "job", 1, 2, 2600, 5400), ("Technician call-out and travel from Lobatse", "ea", 1, 3, 450, 900), ("Replacement pulsators", "ea", 2, 50, 280, 540)],
    [("Hydraulic hose assemblies, made to order", "ea", 2, 40, 240, 890), ("Hydraulic cylinder overhaul, front loader", "job", 1, 1, 9800, 24000), ("Diesel mechanic", "hr", 4, 40, 320, 520), ("Seal kits and fittings", "lot", 1, 4, 450, 1900)],
]


@style("10", "bw_lob_lobatse_tax_invoice_vat_14_label_eol_unruled_discount")
def s10(rng, i):
    vname, vaddr, color = TI_V[i]
    d = rand_date(rng)
    items = lines(rng, TI_ROWS[i], [4, 3, 4, 4][i], D("0.05"))
    if i in (0, 2):
        pct = rng.choice([5, 7.5, 10])
        base = sum(x["amount"] for x in items)
        items.append({"desc": f"Trade discount {pct:g}% (account customer)", "unit": "", "qty": None, "price": None, "amount": -q2(base * D(str(pct)) / 100), "show_qty": False})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = f"C0{digits(rng, 10, True)}"
    nzbn = f"BW{digits(rng, 11)}"
    no = [f"{rng.randint(100000, 199999)}", f"PEW-{rng.randint(1000, 9999)}", f"SDD{d.strftime('%y')}{rng.randint(1000, 9999)}", f"KHA/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = (d.replace(day=28) + dt.timedelta(days=5)).replace(day=20) if i != 3 else None
    po = [None, f"LTC-LPO-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000, 4599999)}"][i]
    acct = f"{digits(rng, 11, True)}"

    def render(path):
        pdf = new_fpdf(creator="Pastel Partner")
        pdf.add_page()
        txt(pdf, 16, 14, vname, 14, "B", color=color)
        txt(pdf, 16, 21, vaddr + ", Botswana · Tel. 533 " + digits(rng, 4), 8.4)
        txt(pdf, 16, 25.5, f"Company No. (UIN) {nzbn}", 8.4, color=(90, 90, 90))
        txt(pdf, 140, 14, "TAX INVOICE", 16, "B", w=54, align="R")
        pdf.set_draw_color(*color)
        pdf.line(16, 31, 194, 31)
        txt(pdf, 16, 35, "To", 7.5, color=(100, 100, 100))
        para(pdf, 16, 39, 80, f"{TI_B[i]}\nAccount {rng.choice(['BMC', 'LTC', 'RDC', 'LBT'])}{rng.randint(100, 999)}\nSouthern District, Botswana", 8.8, h=4.5)
        y = 35
        facts = [
            ("This tax invoice is issued under the Value Added Tax Act by the supplier above, registered with BURS, whose TIN is", vid),
            ("Please quote our reference when you pay or write to us about this account. Invoice No.", no),
            ("The goods and services were supplied in the period ending on the date of this invoice. Invoice date", fd(d)),
            ("Your order reference as supplied with the request for the work was", po),
            ("Payment is due by the 20th of the month following, that is on or before", fd(due) if due else None),
        ]
        for text, val in facts:
            if val is None:
                continue
            y = para(pdf, 104, y, 90, text, 7.6, h=3.7, color=(70, 70, 70))
            txt(pdf, 104, y + 0.4, val, 9.2, "B")
            y += 6.4
        if not due:
            y = para(pdf, 104, y, 90, "Paid on account at the counter; no payment is due.", 7.6, h=3.7, color=(70, 70, 70)) + 3
        cols = [("Description", 92, "L"), ("Qty", 16, "R"), ("Unit", 12, "L"), ("Unit price", 26, "R"), ("Amount", 32, "R")]
        rows = [[wrap(x["desc"], 48), qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], en(x["price"]) if x["price"] is not None else "", en(x["amount"])] for x in items]
        y = max(y, 60) + 6
        y = table(pdf, 16, y, cols, rows, size=8.4, rowh=6.6, header_style="B", header_color=color, border_bottom=False, line_color=(255, 255, 255))
        y += 8
        y = totals(pdf, 120, y, [("Total excl. VAT", "P " + en(net), False), ("VAT @ 14%", "P " + en(tax), False), ("Total incl. VAT BWP", "P " + en(total), True)], wl=44, wv=30, size=9, line=color, step=6.2)
        para(pdf, 16, y + 8, 178, f"Direct credit to {vname}, {rng.choice(['First National Bank Botswana', 'Absa Bank Botswana', 'Stanbic Bank Botswana'])}, Lobatse branch, account {acct}. Overdue accounts may incur interest. Goods remain the property of the supplier until paid in full.", 7.8, h=4, color=(80, 80, 80))
        txt(pdf, 16, 285, "Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Lobatse (Southern District, Botswana) TAX INVOICE whose facts' LABELS END a line of running text (the TIN, 'Invoice No.', 'Invoice date', the order reference, the due date) with each value alone on the NEXT line, an item table WITHOUT RULES with wrapped descriptions, VAT 14 %, 'P 1,234.56'"
        + (", a trade DISCOUNT row (negative, no quantity) in the table" if i in (0, 2) else "")
        + ": vendor = the name at the top; vendor_tax_id = the 'TIN' (BURS taxpayer number, C and 11 digits, no check digit; the company UIN, the customer account and the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date'. "
        + due_note(due, "Paid on account at the counter", "on or before")
        + po_note(po, "Your order reference … was")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT @ 14%'; total = 'Total incl. VAT BWP'. Currency BWP ('P', pula). Line items: every row" + (" including the discount row" if i in (0, 2) else "") + ", without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "BWP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total incl. VAT BWP", fd(due) if due else None, nzbn, acct]}
    return t, chk, render
