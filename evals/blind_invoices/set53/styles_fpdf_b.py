"""fpdf2 styles for set 53, second part (09 Tarawa TAX INVOICE in English with a RIGHT SIDEBAR holding the invoice
facts, Kiribati VAT 12.5 % in Australian dollars and a CREDIT NOTE with negative amounts; 10 Tulsa INVOICE with every
fact's LABEL ABOVE its value in a strip of boxes, sales tax 8.517 % on taxable rows only, a DISCOUNT row between the
subtotal and the tax and on two a DEPOSIT deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, lines, para, po_note, totals, truth
from stdnum.us import ein

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Tarawa (VAT 12.5 %, AUD), right sidebar, credit note
TW_V = [
    ("Betio Shipyard & Marine Services Ltd", "Betio Port, South Tarawa, Republic of Kiribati"),
    ("Bairiki Wholesale Trading Co. Ltd", "Bairiki Square, South Tarawa, Kiribati"),
    ("Te Mautari Fisheries Supplies Ltd", "Bikenibeu, South Tarawa, Kiribati"),
    ("Nanikaai Solar & Electrical Ltd", "Nanikaai Village, South Tarawa, Kiribati"),
]
TW_B = ["Kiribati Ports Authority, Betio", "Ministry of Education, Bikenibeu", "Central Pacific Producers Ltd, Betio", "Public Utilities Board, Bikenibeu"]
TW_ROWS = [
    ("Slipway haul-out, vessel up to 30 m", "job", 1, 2, 1800, 4200), ("Hull plating repair, steel, per m2", "m2", 1, 20, 240, 420), ("Marine diesel engine overhaul labour", "hr", 4, 60, 65, 110), ("Anodes, zinc, hull type 4 kg", "pc", 2, 24, 38, 72),
    ("Rice, medium grain, 25 kg", "bag", 10, 200, 29, 42), ("Flour, baker's, 25 kg", "bag", 10, 150, 31, 44), ("Tinned mackerel 425 g, ctn 24", "ctn", 5, 80, 52, 78), ("Sugar, white, 25 kg", "bag", 5, 80, 36, 52), ("Exercise books A4, ctn 100", "ctn", 2, 40, 48, 85),
    ("Longline monofilament 2.0 mm, 1 km", "coil", 1, 12, 180, 320), ("Circle hooks 14/0, box 100", "box", 2, 30, 42, 75), ("Ice boxes 200 L insulated", "pc", 1, 10, 310, 520), ("Outboard oil 2-stroke 4 L", "pc", 5, 60, 28, 46),
    ("Solar panel 450 W mono", "pc", 2, 40, 210, 340), ("Inverter 5 kW hybrid", "pc", 1, 6, 1450, 2400), ("Lithium battery 5 kWh", "pc", 1, 8, 1900, 3100), ("Installation labour", "hr", 4, 60, 55, 90),
]


@style("09", "ki_tra_tarawa_tax_invoice_vat_12_5_sidebar_right_credit")
def s09(rng, i):
    vname, vaddr = TW_V[i]
    credit = i == 2
    d = rand_date(rng)
    cat = [TW_ROWS[:4], TW_ROWS[4:9], TW_ROWS[9:13], TW_ROWS[13:]][i]
    items = lines(rng, cat, [3, 5, 2, 4][i], D("0.05"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.125"))
    total = net + tax
    vid = digits(rng, 7, True)
    btin = digits(rng, 7, True)
    no = [f"BSM{rng.randint(1000, 9999)}", f"BW-{rng.randint(10000, 99999)}", f"CN-{rng.randint(100, 999)}", f"NSE/{d.year}/{rng.randint(10, 999):03d}"][i]
    orig = f"TMF-{rng.randint(1000, 9999)}" if credit else None
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1, 3) else None
    po = [f"KPA-PO-{rng.randint(100, 999)}", f"MOE/{rng.randint(1000, 9999)}", None, None][i]
    m = lambda x: ("-$" if x < 0 else "$") + en(abs(x))  # noqa: E731
    color = [(12, 74, 110), (127, 29, 29), (21, 94, 89), (161, 98, 7)][i]
    title = "CREDIT NOTE" if credit else "TAX INVOICE"

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(150, 0, 60, 297, "F")
        w = (255, 255, 255)
        txt(pdf, 155, 14, title, 14, "B", color=w)
        facts = [("Credit Note No." if credit else "Invoice No.", no), ("Date", fd(d))]
        if credit:
            facts += [("Original Invoice", orig), ("Reason", "Goods returned")]
        if due:
            facts.append(("Due Date", fd(due)))
        if po:
            facts.append(("Order No.", po))
        facts += [("Customer No.", f"C{rng.randint(100, 999)}"), ("Supplier TIN", vid), ("Currency", "AUD")]
        y = 28
        for k, v in facts:
            txt(pdf, 155, y, k, 7.2, color=(220, 230, 240))
            txt(pdf, 155, y + 4, v, 9.2, "B", color=w)
            y += 11
        para(pdf, 155, 250, 50, f"ANZ Bank (Kiribati) Ltd\nBetio Branch\nAcct {digits(rng, 8, True)}\nSWIFT ANZBKIKI", 7.4, h=3.8, color=w)
        txt(pdf, 15, 15, vname, 14, "B", color=color)
        para(pdf, 15, 22, 125, f"{vaddr}\nPhone +686 75{digits(rng, 6)} · info@{vname.split()[0].lower()}.com.ki", 7.8, h=3.8)
        txt(pdf, 15, 40, "Bill To", 7.4, color=(110, 110, 110))
        para(pdf, 15, 44, 120, f"{TW_B[i]}\nCustomer TIN {btin}", 8.6, h=4.3)
        cols = [("Description", 58, "L"), ("Qty", 14, "R"), ("Unit", 12, "L"), ("Unit price", 22, "R"), ("Amount", 24, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 15, 62, cols, rows, size=7.8, rowh=6.2, header_fill=(240, 240, 240))
        totals(pdf, 62, y + 6, [("Total excl. VAT", m(net), False), ("VAT 12.5%", m(tax), False), ("Total credit" if credit else "Total incl. VAT", m(total), True)], wl=40, wv=40, size=8.8, line=color)
        if credit:
            para(pdf, 15, y + 30, 125, f"This credit note reduces invoice {orig} dated {fd(d - dt.timedelta(days=rng.randint(8, 30)))}. The amount will be offset against your next payment.", 7.8, h=3.9)
        else:
            para(pdf, 15, y + 30, 125, "VAT registered supplier under the Value Added Tax Act 2013. Goods remain the property of the supplier until paid in full.", 7.4, h=3.7, color=(90, 90, 90))
        txt(pdf, 15, 285, "Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        f"Tarawa (Kiribati) {title} in English with a coloured RIGHT SIDEBAR holding the facts (label above value), VAT 12.5 %, Australian dollars '$1,234.56'"
        + (", a CREDIT NOTE: quantities and amounts NEGATIVE, the original invoice's number a decoy" if credit else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'Supplier TIN' in the sidebar (the customer's TIN, the customer number, the bank account are decoys). "
        f"invoice_number = '{'Credit Note No.' if credit else 'Invoice No.'}'; invoice_date = 'Date'. "
        + due_note(due, None, "Due Date")
        + po_note(po, "Order No.")
        + f"subtotal = 'Total excl. VAT'; tax = 'VAT 12.5%'; total = '{'Total credit' if credit else 'Total incl. VAT'}'. Currency AUD. Line items: every row."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [fd(d), no, vname, vid, btin, title, orig, fd(due) if due else None]
    return t, chk, render


# =========================================================================== 10 Tulsa (sales tax 8.517 %, USD), labels above, discount, deposit
TU_V = [
    ("Brookside Custom Cabinetry LLC", "3520 S Peoria Ave, Tulsa, OK 74105"),
    ("Green Country Irrigation & Landscape Supply, Inc.", "8110 E 41st St, Tulsa, OK 74145"),
    ("Route 66 Sign & Neon Co.", "1347 E 11th St, Tulsa, OK 74120"),
    ("Arkansas River Valve & Fitting, Inc.", "5200 W 21st St, Tulsa, OK 74107"),
]
TU_B = ["Cherry Street Kitchen & Bath, 1502 E 15th St, Tulsa, OK 74120", "City of Broken Arrow, Parks Department, Broken Arrow, OK", "Blue Dome Brewing Company, 313 E 2nd St, Tulsa, OK", "Port of Catoosa Terminal Services, Catoosa, OK"]
TU_ROWS = [
    ("Shaker base cabinet 36 in, maple", "ea", 1, 8, 480, 760, True), ("Wall cabinet 30 x 42 in, maple", "ea", 1, 8, 310, 520, True), ("Quartz countertop fabrication", "sqft", 20, 90, 58, 92, True), ("Installation labor", "hr", 4, 40, 65, 95, False),
    ("Rotor sprinkler heads, 4 in pop-up", "ea", 10, 120, 9, 18, True), ("PVC pipe Sch 40, 1 in x 20 ft", "ea", 10, 80, 8, 15, True), ("Smart irrigation controller, 16 zone", "ea", 1, 6, 240, 420, True), ("Bermuda sod, pallet", "plt", 1, 20, 190, 290, True), ("System design and layout", "hr", 2, 12, 70, 110, False),
    ("Channel letter sign, LED, 24 in", "set", 1, 2, 2800, 5400, True), ("Neon tubing fabrication", "ft", 10, 60, 38, 65, True), ("Bucket truck and crew", "hr", 2, 12, 145, 210, False), ("Permit processing, City of Tulsa", "ea", 1, 1, 150, 350, False),
    ("Ball valve 2 in, stainless, 1000 WOG", "ea", 2, 40, 88, 165, True), ("Gate valve 4 in, flanged, class 150", "ea", 1, 12, 420, 780, True), ("Pipe fittings assortment, carbon steel", "lot", 1, 4, 260, 640, True), ("Hydrostatic test and certification", "ea", 1, 6, 180, 340, False),
]
TAXR = D("8.517")


@style("10", "us_tul_tulsa_invoice_sales_tax_labels_above_discount_deposit")
def s10(rng, i):
    vname, vaddr = TU_V[i]
    d = rand_date(rng)
    cat = [TU_ROWS[:4], TU_ROWS[4:9], TU_ROWS[9:13], TU_ROWS[13:]][i]
    items = lines(rng, cat, [4, 5, 3, 4][i], D("0.25"))
    sub = sum(x["amount"] for x in items)
    taxable = sum(x["amount"] for x in items if x["extra"])
    pct = [5, None, 10, None][i]
    disc = q2(sub * pct / 100) if pct else D(0)
    tdisc = q2(taxable * pct / 100) if pct else D(0)
    taxbase = taxable - tdisc
    tax = q2(taxbase * TAXR / 100)
    total = sub - disc + tax
    dep = q2(total * D(rng.choice([25, 40, 50])) / 100) if i in (1, 2) else None
    vid = valid(rng, lambda: "73" + digits(rng, 7), ein.is_valid)
    vid = f"{vid[:2]}-{vid[2:]}"
    show_ein = i in (0, 3)
    no = [f"{rng.randint(1000, 9999)}", f"GC-{rng.randint(10000, 99999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"INV{rng.randint(100000, 999999)}"][i]
    fd = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30]))
    po = [f"CSK-{rng.randint(100, 999)}", f"BA{d.year}-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000000, 4599999999)}"][i]
    color = [(120, 53, 15), (22, 101, 52), (190, 18, 60), (30, 58, 138)][i]

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        txt(pdf, 15, 21, f"{vaddr} · (918) {rng.randint(200, 999)}-{digits(rng, 4)}", 8, color=(80, 80, 80))
        txt(pdf, 150, 12, "INVOICE", 20, "B", align="R", w=50)
        boxes = [("INVOICE #", no), ("DATE", fd(d)), ("DUE DATE", fd(due)), ("P.O. NUMBER", po or "—"), ("TERMS", "Net " + str((due - d).days)), ("SALES REP", rng.choice(["JM", "KD", "RT", "AL"]))]
        x, bw = 15, 31
        pdf.set_draw_color(*color)
        for lab, v in boxes:
            pdf.set_fill_color(*color)
            pdf.rect(x, 32, bw, 5, "F")
            pdf.rect(x, 32, bw, 12)
            txt(pdf, x + 1, 33, lab, 6.6, "B", color=(255, 255, 255))
            txt(pdf, x + 1, 38.5, v, 8.4, "B")
            x += bw
        txt(pdf, 15, 50, "BILL TO", 7.2, "B", color=color)
        para(pdf, 15, 54, 85, TU_B[i].replace(", ", "\n", 1), 8.4, h=4.2)
        txt(pdf, 110, 50, "SHIP TO / JOB SITE", 7.2, "B", color=color)
        para(pdf, 110, 54, 85, f"Job #{rng.randint(1000, 9999)} · delivered {fd(d - dt.timedelta(days=rng.randint(1, 10)))}\nSame as bill-to address", 8.4, h=4.2)
        cols = [("QTY", 16, "R"), ("DESCRIPTION", 86, "L"), ("TAX", 12, "C"), ("UNIT PRICE", 32, "R"), ("LINE TOTAL", 40, "R")]
        rows = [[qstr(x_["qty"]), x_["desc"], "Y" if x_["extra"] else "N", en(x_["price"]), en(x_["amount"])] for x_ in items]
        y = table(pdf, 15, 70, cols, rows, size=8, rowh=6.4, header_fill=(240, 240, 240), header_color=color)
        tr = [("Subtotal", en(sub), False)]
        if pct:
            tr.append((f"Discount ({pct}%)", "-" + en(disc), False))
        tr += [("Taxable amount", en(taxbase), False), (f"Sales tax ({TAXR}%)", en(tax), False), ("TOTAL", "$" + en(total), True)]
        if dep:
            tr += [("Deposit received", "-" + en(dep), False), ("BALANCE DUE", "$" + en(total - dep), True)]
        totals(pdf, 121, y + 6, tr, wl=40, wv=40, size=8.6, line=color)
        para(pdf, 15, y + 6, 95, f"Make checks payable to {vname}.\nACH: BOK Financial, routing 103900036, acct ending {digits(rng, 4)}.\nTulsa sales tax 8.517% (state 4.5%, county 0.367%, city 3.65%). Labor (N) is not taxed.", 7.6, h=3.9)
        if show_ein:
            txt(pdf, 15, 262, f"Federal Tax ID (EIN): {vid}", 7.6, color=(90, 90, 90))
        txt(pdf, 15, 268, "Thank you for your business! · Page 1 of 1", 7.4, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Tulsa (Oklahoma, US) INVOICE with every fact's LABEL ABOVE its value in a strip of coloured boxes, sales tax 8.517 % on the taxable rows only ('TAX' column Y/N)"
        + (f", a DISCOUNT row ({pct} %) between the subtotal and the tax (total = subtotal - discount + tax)" if pct else "")
        + (", a DEPOSIT deducted below the total (the balance due is a decoy: total = 'TOTAL')" if dep else "")
        + ": vendor = the name at the top left; vendor_tax_id = "
        + ("the EIN in the footer ('Federal Tax ID (EIN)')" if show_ein else "none printed (null)")
        + ". invoice_number = 'INVOICE #'; invoice_date = 'DATE' (the delivery date, the job number, the ACH routing are decoys). "
        + due_note(due, None, "DUE DATE")
        + po_note(po, "P.O. NUMBER")
        + "subtotal = 'Subtotal' (before the discount); tax = 'Sales tax (8.517%)'; total = 'TOTAL'. Currency USD. Line items: every row."
    )
    t = truth(vname, vid if show_ein else None, no, po, d, due, "USD", sub, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid if show_ein else None, "Taxable amount", fd(due), en(total - dep) if dep else None], "total_adjustment": str(-disc)}
    return t, chk, render
