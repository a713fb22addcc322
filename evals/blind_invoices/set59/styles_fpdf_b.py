"""fpdf2 styles for set 59, second part (08 Sukkur SALES TAX INVOICE in English with the facts as LABEL: value pairs
BESIDE each other and the TOTALS at the LEFT below the table, sales tax 18 %, rupees, an ADVANCE deducted on two, the total
in words; 09 Shepparton TAX INVOICE with a LEFT SIDEBAR whose facts have their LABEL ABOVE the value, GST 10 %, a DEPOSIT
deducted on two; 10 Masterton TAX INVOICE whose facts' LABELS END a line of text with the value on the NEXT line, a table
WITHOUT RULES, GST 15 %, a trade discount row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, in_words, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, en_date, lines, para, po_note, totals, truth, wrap
from stdnum.au import abn, acn
from stdnum.nz import ird

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Sukkur (sales tax 18, PKR), labels beside, totals left, advance
SK_V = [
    ("Rohri Dates Processing (Pvt.) Ltd.", "Plot 14, SITE Area, Sukkur 65200", (15, 76, 129)),
    ("Lansdowne Rice Mills", "Military Road, Sukkur", (21, 128, 61)),
    ("Indus Electric Fans (Pvt.) Ltd.", "Shikarpur Road, Sukkur", (120, 53, 15)),
    ("Barrage Engineering Works", "Barrage Road, New Sukkur", (88, 28, 135)),
]
SK_B = ["Al-Rahim Foods (Pvt.) Ltd., Karachi", "Sindh Food Department, Hyderabad", "Larkana Electric Traders", "Sukkur IBA University"]
SK_ROWS = [
    [("Aseel dates, 10 kg carton, grade A", "ctn", 50, 900, 2800, 4600), ("Dry dates (chhuhara), 25 kg bag", "bag", 10, 200, 6500, 11800), ("Date paste, 5 kg pack", "pack", 20, 300, 1900, 3400), ("Cold storage, per pallet-week", "pallet", 5, 60, 1200, 2600)],
    [("Irri-6 rice, 50 kg bag", "bag", 50, 600, 6800, 9800), ("Rice bran, 40 kg bag", "bag", 20, 300, 1900, 3100), ("Broken rice, 50 kg bag", "bag", 20, 300, 4200, 6100), ("Polypropylene bags, printed", "pcs", 500, 5000, 18, 36)],
    [("Pedestal fan 24 inch", "pcs", 10, 200, 9800, 15800), ("Ceiling fan 56 inch", "pcs", 20, 300, 7400, 11900), ("Exhaust fan 12 inch", "pcs", 10, 200, 2900, 4800)],
    [("Sluice gate seal replacement", "set", 1, 12, 38000, 92000), ("Fabrication of steel gratings", "pcs", 10, 120, 2400, 6800), ("Welding labour", "hour", 8, 80, 900, 1800), ("Anti-corrosion painting, per m²", "m²", 50, 600, 380, 720)],
]


def pk_words(x):
    n = int(x)
    c = int((x - n) * 100)
    return "Rupees " + in_words(n) + (f" and Paisa {in_words(c)}" if c else "") + " Only"


@style("08", "pk_suk_sukkur_sales_tax_invoice_18_totals_left_advance_words")
def s08(rng, i):
    vname, vaddr, color = SK_V[i]
    d = rand_date(rng)
    items = lines(rng, SK_ROWS[i], [4, 3, 3, 3][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    strn = f"{rng.choice(['32', '03', '17'])}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    bntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    no = [f"SSI/{d.year}/{rng.randint(100, 999)}", f"ISG-{rng.randint(1000, 9999)}", f"STI-{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d-%b-%Y"), en_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    po = [f"PO-{rng.randint(10000, 99999)}", f"PSB/PROC/{rng.randint(100, 999)}", None, f"WO-{rng.randint(100, 999)}"][i]
    adv = q2(total * D(rng.choice(["0.25", "0.30", "0.40"]))) if i in (1, 3) else None
    adv = adv.quantize(D("1")) if adv else None
    bal = total - adv if adv else None
    fbr = digits(rng, 6, True) + d.strftime("%d%m%y") + digits(rng, 8)

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", color=color)
        txt(pdf, 14, 19, vaddr + " · Ph: 071-" + digits(rng, 7), 8.4)
        txt(pdf, 14, 23.5, f"NTN: {ntn}    STRN: {strn}", 8.4)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 29, 196, 29)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 33, "SALES TAX INVOICE", 13, "B")
        y = kv_rows(pdf, 14, 42, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Delivery Challan", f"DC-{rng.randint(1000, 9999)} dated {fd(d - dt.timedelta(days=rng.randint(0, 4)))}"), ("Buyer's P.O. No.", po), ("Due Date", fd(due) if due else None), ("Terms", "Cash against delivery" if not due else f"{(due - d).days} days credit")])
        txt(pdf, 112, 42, "Buyer", 7.5, color=(90, 90, 90))
        para(pdf, 112, 46, 84, f"{SK_B[i]}\nBuyer NTN: {bntn}\nBuyer STRN: {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}", 8.4, h=4.4)
        cols = [("S#", 10, "R"), ("Description of Goods", 66, "L"), ("Qty", 16, "R"), ("Unit", 12, "L"), ("Rate (Rs.)", 24, "R"), ("Value excl. ST", 28, "R"), ("ST 18%", 26, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"]), en(q2(x["amount"] * D("0.18")))] for k, x in enumerate(items)]
        y = table(pdf, 14, max(y, 66) + 4, cols, rows, size=8.2, rowh=6.2, header_fill=color, header_color=(255, 255, 255))
        y += 8
        pdf.set_fill_color(243, 244, 246)
        nrows = 3 + (2 if adv else 0)
        pdf.rect(14, y - 2, 96, 6 * nrows + 4, "F")
        rows_t = [("Value excluding Sales Tax", en(net), False), ("Sales Tax @ 18%", en(tax), False), ("Value including Sales Tax", "Rs. " + en(total), True)]
        if adv:
            rows_t += [(f"Less: Advance received (CRV-{rng.randint(100, 999)})", "(" + en(adv) + ")", False), ("Balance Payable", "Rs. " + en(bal), True)]
        totals(pdf, 16, y, rows_t, wl=56, wv=36, size=8.6, line=color, step=6)
        para(pdf, 116, y, 80, "Amount in words:\n" + pk_words(total), 8.4, "B", h=4.4)
        para(pdf, 116, y + 20, 80, f"Payment by crossed cheque or transfer to Meezan Bank, Military Road Branch, A/C {digits(rng, 4)}-{digits(rng, 10)} (IBAN PK{rng.randint(10, 99)}MEZN{digits(rng, 16)}).", 7.6, h=3.8, color=(70, 70, 70))
        yy = max(y + 6 * nrows + 14, y + 40)
        txt(pdf, 14, yy, f"FBR Invoice No. {fbr}", 7.6, color=(90, 90, 90))
        txt(pdf, 14, yy + 20, "______________________", 8.4)
        txt(pdf, 14, yy + 25, "Authorised Signatory", 8.4)
        txt(pdf, 14, 283, "This is a computer generated invoice. Subject to Sukkur jurisdiction.  Page 1 of 1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Sukkur (Sindh, Pakistan) SALES TAX INVOICE in English, the facts as LABEL: value pairs BESIDE each other, the TOTALS in a shaded box at the LEFT below the table, sales tax 18 %, '1,234,567.00' rupees ('Rs.'), the total in words (lakh system)"
        + (", an ADVANCE deducted below the total ('Less: Advance received', 'Balance Payable')" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'NTN' (the STRN beside it, the buyer's NTN and STRN, the FBR invoice number, the bank account and IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the delivery challan's date is a decoy). "
        + due_note(due, "Cash against delivery", "Due Date")
        + po_note(po, "Buyer's P.O. No.")
        + "subtotal = 'Value excluding Sales Tax'; tax = 'Sales Tax @ 18%'; total = 'Value including Sales Tax'" + (" (the balance after the advance is a decoy)" if adv else "") + ". Currency PKR ('Rs.'). Line items: every row, 'Value excl. ST'."
    )
    t = truth(vname, ntn, no, po, d, due, "PKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ntn, "Value including Sales Tax", fd(due) if due else None, bntn, fbr, pk_words(total), en(bal) if bal else None]}
    return t, chk, render


def kv_rows(pdf, x, y, rows, wl=34, size=8.6, step=5.2):
    for lab, val in rows:
        if val is None:
            continue
        txt(pdf, x, y, lab + ":", size, color=(80, 80, 80))
        txt(pdf, x + wl, y, val, size, "B")
        y += step
    return y


# =========================================================================== 09 Shepparton (GST 10, AUD), left sidebar, labels above, deposit
GE_V = [
    ("Goulburn Valley Orchard Services Pty Ltd", "14 Wheeler Street, Shepparton VIC 3630", (3, 105, 161)),
    ("Kialla Vineyard Supplies Pty Ltd", "88 Goulburn Valley Highway, Kialla VIC 3631", (126, 34, 206)),
    ("Mooroopna Fencing & Landscaping Pty Ltd", "3/51 McLennan Street, Mooroopna VIC 3629", (21, 128, 61)),
    ("Victoria Park Lake Events Pty Ltd", "Level 1, 60 Fryers Street, Shepparton VIC 3630", (190, 18, 60)),
]
GE_B = ["Shepparton Fruit Growers Co-op Ltd, ABN", "Tallis Estate Vineyard Pty Ltd, ABN", "Greater Shepparton City Council, ABN", "GV Health Shepparton, ABN"]
GE_ROWS = [
    [("Orchard netting install, per row", "row", 1, 12, 850, 1900), ("Pear tree pruning, per hectare", "ha", 1, 8, 420, 780), ("Farm labour", "hr", 2, 30, 45, 68), ("Irrigation fittings and consumables", "lot", 1, 1, 120, 480)],
    [("Vine posts treated pine 2.4 m", "ea", 50, 800, 6, 12), ("Drip line 16 mm, 500 m roll", "roll", 1, 20, 180, 340), ("Bird netting 4 x 100 m", "roll", 1, 20, 220, 480), ("Trellis wire 2.5 mm, 1500 m", "coil", 1, 10, 140, 260)],
    [("Colorbond fence 1.8 m, per lin. m", "m", 10, 120, 95, 160), ("Sandstone retaining wall, per m²", "m²", 5, 60, 240, 420), ("Turf supply and lay", "m²", 20, 400, 14, 26), ("Skip bin 6 m³", "ea", 1, 3, 390, 620)],
    [("Marquee hire 10 x 20 m", "day", 1, 3, 2400, 4800), ("Staging and AV package", "day", 1, 3, 1800, 3900), ("Catering, canapé package", "guest", 50, 400, 38, 72), ("Event staff", "hr", 8, 80, 52, 78)],
]


@style("09", "au_shp_shepparton_tax_invoice_gst_10_sidebar_left_labels_above_deposit")
def s09(rng, i):
    vname, vaddr, color = GE_V[i]
    d = rand_date(rng)
    items = lines(rng, GE_ROWS[i], [4, 3, 4, 4][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.1"))
    total = net + tax
    vid = abn.format(valid(rng, lambda: digits(rng, 11, True), abn.is_valid))
    vacn = acn.format(valid(rng, lambda: digits(rng, 9, True), acn.is_valid))
    babn = abn.format(valid(rng, lambda: digits(rng, 11, True), abn.is_valid))
    no = [f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"BFL{rng.randint(1000, 9999)}", f"WEG-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en_short'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [None, f"PO{rng.randint(10000, 99999)}", f"CGG-{rng.randint(400000, 499999)}", None][i]
    dep = q2(total * D(rng.choice(["0.2", "0.3", "0.5"]))).quantize(D("1")) if i in (0, 3) else None
    bal = total - dep if dep else None
    bsb = f"{rng.choice(['063', '083', '033', '013'])}-{digits(rng, 3)}"
    accno = digits(rng, 8, True)

    def render(path):
        pdf = new_fpdf(creator="Xero")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        w = (255, 255, 255)
        lw = (220, 230, 240)
        para(pdf, 8, 14, 48, vname, 11, "B", h=5.2, color=w)
        y = para(pdf, 8, 30, 48, vaddr, 7.8, h=3.8, color=lw)
        y += 6
        for lab, val in (("ABN", vid), ("ACN", vacn), ("Invoice Number", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else None), ("Reference / PO", po), ("Terms", None if due else "Payment on completion")):
            if val is None:
                continue
            txt(pdf, 8, y, lab, 7.2, color=lw)
            txt(pdf, 8, y + 3.8, val, 9.6, "B", color=w)
            y += 11
        y += 4
        txt(pdf, 8, y, "Pay by EFT", 7.2, color=lw)
        para(pdf, 8, y + 4, 48, f"BSB {bsb}\nAccount {accno}\n{vname.split(' Pty')[0]}", 8.2, h=4.2, color=w)
        txt(pdf, 75, 14, "TAX INVOICE", 20, "B", color=color)
        txt(pdf, 75, 26, "Bill to", 7.5, color=(100, 100, 100))
        bn = GE_B[i].replace(", ABN", "")
        para(pdf, 75, 30, 120, f"{bn}\nABN {babn}\nShepparton VIC", 8.8, h=4.5)
        cols = [("Description", 64, "L"), ("Qty", 16, "R"), ("Unit price", 22, "R"), ("GST", 12, "R"), ("Amount AUD", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), en(x["price"]), "10%", en(x["amount"])] for x in items]
        y = table(pdf, 65, 52, cols, rows, size=8.2, rowh=6.4, header_fill=(241, 245, 249))
        y += 6
        rows_t = [("Subtotal (excl. GST)", en(net), False), ("Total GST 10%", en(tax), False), ("TOTAL AUD", en(total), True)]
        if dep:
            rows_t += [(f"Less deposit paid {fd(d - dt.timedelta(days=rng.randint(10, 40)))}", "-" + en(dep), False), ("AMOUNT DUE AUD", en(bal), True)]
        y = totals(pdf, 120, y, rows_t, wl=48, wv=30, size=8.8, line=color, step=6)
        para(pdf, 65, y + 8, 140, ("Thank you for your business. " + ("Please pay the balance by the due date." if dep else "Please use the invoice number as your payment reference.")) + " Prices include GST where shown. Credit card payments incur a 1.2% surcharge.", 7.8, h=4, color=(80, 80, 80))
        txt(pdf, 65, 285, f"Page 1 of 1 · {vname} · ABN {vid}", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Shepparton (Goulburn Valley, Victoria, Australia) TAX INVOICE with a coloured LEFT SIDEBAR whose facts have their LABEL ABOVE the value (ABN, ACN, invoice number, dates, reference, bank), GST 10 %, '1,234.56'"
        + (", a DEPOSIT deducted below the total ('Less deposit paid', 'AMOUNT DUE AUD')" if dep else "")
        + ": vendor = the name at the top of the sidebar; vendor_tax_id = 'ABN' (check digits valid; the ACN, the customer's ABN, the BSB and account are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date'" + (" (the deposit's date is a decoy)" if dep else "") + ". "
        + due_note(due, "Payment on completion", "Due Date")
        + po_note(po, "Reference / PO")
        + "subtotal = 'Subtotal (excl. GST)'; tax = 'Total GST 10%'; total = 'TOTAL AUD'" + (" (the amount due after the deposit is a decoy)" if dep else "") + ". Currency AUD. Line items: every row, without GST."
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL AUD", fd(due) if due else None, babn, vacn, en(bal) if bal else None]}
    return t, chk, render


# =========================================================================== 10 Masterton (GST 15, NZD), labels ending a line, unruled, discount
TI_V = [
    ("Wairarapa Rural Supplies Limited", "21 Dixon Street, Masterton 5810", (22, 101, 52)),
    ("Waingawa Engineering Limited", "7 Norman Avenue, Waingawa, Masterton 5871", (30, 64, 175)),
    ("Tararua Dairy Services Limited", "160 Queen Street, Masterton 5810", (146, 64, 14)),
    ("Ruamahanga Hydraulics Limited", "2 Ngaumutawa Road, Masterton 5810", (71, 85, 105)),
]
TI_B = ["Te Ore Ore Farming Ltd", "Masterton District Council", "Gladstone Dairies Ltd", "Waingawa Freezing Works Ltd"]
TI_ROWS = [
    [("Calf meal 20% protein, 25 kg bag, delivered to the farm gate", "bag", 10, 200, 24, 38), ("Fence standards Y-post 1.8 m, bundle of 50", "bdl", 1, 20, 260, 420), ("Electric fence energiser 12 J with earth kit", "ea", 1, 3, 680, 1290), ("Drench, 20 L pack, with applicator", "ea", 1, 10, 340, 620)],
    [("Fabrication of stainless steel platform to drawing TBE-2041 including site install", "job", 1, 1, 4800, 12900), ("Welding labour, coded welder", "hr", 4, 60, 95, 145), ("Machining of pump shafts, 316 stainless", "ea", 1, 12, 180, 420)],
    [("Milking plant service, rotary 50 bail, including liners", "job", 1, 2, 1800, 3900), ("Vat cooling system check and regas", "job", 1, 2, 650, 1400), ("Technician call-out and travel from Masterton", "ea", 1, 3, 120, 240), ("Replacement pulsators", "ea", 2, 50, 48, 96)],
    [("Hydraulic hose assemblies, made to order", "ea", 2, 40, 45, 160), ("Tractor loader hydraulic overhaul", "job", 1, 1, 2800, 6900), ("Hydraulics technician", "hr", 4, 40, 110, 165), ("Seal kits and fittings", "lot", 1, 4, 90, 380)],
]


@style("10", "nz_mst_masterton_tax_invoice_gst_15_label_eol_unruled_discount")
def s10(rng, i):
    vname, vaddr, color = TI_V[i]
    d = rand_date(rng)
    items = lines(rng, TI_ROWS[i], [4, 3, 4, 4][i], D("0.05"))
    if i in (0, 2):
        pct = rng.choice([5, 7.5, 10])
        base = sum(x["amount"] for x in items)
        items.append({"desc": f"Trade discount {pct:g}% (account customer)", "unit": "", "qty": None, "price": None, "amount": -q2(base * D(str(pct)) / 100), "show_qty": False})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = ird.format(valid(rng, lambda: digits(rng, 9, True), ird.is_valid))
    nzbn = "9429" + digits(rng, 9)
    no = [f"{rng.randint(100000, 199999)}", f"CBE-{rng.randint(1000, 9999)}", f"ADS{d.strftime('%y')}{rng.randint(1000, 9999)}", f"PMH/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = (d.replace(day=28) + dt.timedelta(days=5)).replace(day=20) if i != 3 else None
    po = [None, f"TDC-PO-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000, 4599999)}"][i]
    acct = f"{rng.choice(['02', '03', '06', '12'])}-{digits(rng, 4)}-{digits(rng, 7)}-{digits(rng, 2)}"

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        txt(pdf, 16, 14, vname, 14, "B", color=color)
        txt(pdf, 16, 21, vaddr + " · 03 68" + digits(rng, 5), 8.4)
        txt(pdf, 16, 25.5, f"NZBN {nzbn}", 8.4, color=(90, 90, 90))
        txt(pdf, 140, 14, "TAX INVOICE", 16, "B", w=54, align="R")
        pdf.set_draw_color(*color)
        pdf.line(16, 31, 194, 31)
        txt(pdf, 122, 35, "Invoice to", 7.5, color=(100, 100, 100))
        para(pdf, 122, 39, 72, f"{TI_B[i]}\nAccount {rng.choice(['TOF', 'MDC', 'GDL', 'WFW'])}{rng.randint(100, 999)}\nWairarapa", 8.8, h=4.5)
        y = 35
        facts = [
            ("We are registered for GST and the supplier's registration number for this tax invoice is as follows. GST Reg No", vid),
            ("Every payment or query about this account should carry our invoice reference. Tax Invoice Number", no),
            ("Supplies listed below were made on or before the date shown here. Date of issue", fd(d)),
            ("The purchase order you gave us when the job was booked in is quoted below. Customer order", po),
            ("Our terms are the 20th of the month after invoice; please have the amount to us by the date below. Payment due", fd(due) if due else None),
        ]
        for text, val in facts:
            if val is None:
                continue
            y = para(pdf, 16, y, 96, text, 7.6, h=3.7, color=(70, 70, 70))
            txt(pdf, 16, y + 0.4, val, 9.2, "B")
            y += 6.4
        if not due:
            y = para(pdf, 16, y, 96, "Paid on account at the counter; no payment is due.", 7.6, h=3.7, color=(70, 70, 70)) + 3
        cols = [("Description", 92, "L"), ("Qty", 16, "R"), ("Unit", 12, "L"), ("Unit price", 26, "R"), ("Amount", 32, "R")]
        rows = [[wrap(x["desc"], 48), qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], en(x["price"]) if x["price"] is not None else "", en(x["amount"])] for x in items]
        y = max(y, 60) + 6
        y = table(pdf, 16, y, cols, rows, size=8.4, rowh=6.6, header_style="B", header_color=color, border_bottom=False, line_color=(255, 255, 255))
        y += 8
        y = totals(pdf, 120, y, [("Total excl. GST", en(net), False), ("GST 15%", en(tax), False), ("Total incl. GST NZD", en(total), True)], wl=44, wv=30, size=9, line=color, step=6.2)
        para(pdf, 16, y + 8, 178, f"Direct credit to {vname}, ANZ Masterton, account {acct}. Overdue accounts may incur collection costs. Goods remain the property of the supplier until paid in full (PPSA).", 7.8, h=4, color=(80, 80, 80))
        txt(pdf, 16, 285, "Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Masterton (Wairarapa, New Zealand) TAX INVOICE whose facts' LABELS END a line of running text in a LEFT column ('GST Reg No', 'Tax Invoice Number', 'Date of issue', 'Customer order', 'Payment due') with each value alone on the NEXT line, the customer at the right, an item table WITHOUT RULES with wrapped descriptions, GST 15 %, '1,234.56'"
        + (", a trade DISCOUNT row (negative, no quantity) in the table" if i in (0, 2) else "")
        + ": vendor = the name at the top; vendor_tax_id = the 'GST Reg No' (IRD number, check digit valid; the NZBN, the customer account and the bank account are decoys). "
        "invoice_number = 'Tax Invoice Number'; invoice_date = 'Date of issue'. "
        + due_note(due, "Paid on account at the counter", "Payment due")
        + po_note(po, "Customer order")
        + "subtotal = 'Total excl. GST'; tax = 'GST 15%'; total = 'Total incl. GST NZD'. Currency NZD. Line items: every row" + (" including the discount row" if i in (0, 2) else "") + ", without GST."
    )
    t = truth(vname, vid, no, po, d, due, "NZD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total incl. GST NZD", fd(due) if due else None, nzbn, acct]}
    return t, chk, render
