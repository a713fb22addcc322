"""fpdf2 styles for set 51, first part (06 Tucson invoice LETTER in English, the facts in running sentences, two with
NO TABLE, Arizona TPT 8.7 % on goods, a DEPOSIT deducted below the total; 07 Darwin TAX INVOICE in English on a
LANDSCAPE page, the facts in a strip of cells across the top, GST 10 % with GST-free rows on the tour and medical
invoices, the TOTALS boxed at the bottom LEFT)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import au_abn, long_date, us_ein
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Tucson (TPT 8.7 %, USD), letter
TU_V = [
    ("Sonoran Mesquite Woodworks LLC", "2231 N. Country Club Road, Tucson, AZ 85716", "Custom furniture and millwork"),
    ("Saguaro Desert Nursery, Inc.", "4105 W. Ina Road, Tucson, AZ 85741", "Native plants and xeriscape supplies"),
    ("Rillito Saddlery & Ranch Supply Co.", "1720 E. Fort Lowell Road, Tucson, AZ 85719", "Saddles, tack and ranch hardware"),
    ("Old Pueblo Stained Glass Studio LLC", "318 E. 6th Street, Tucson, AZ 85705", "Architectural glass and restoration"),
]
TU_B = [
    ("Ms. Andrea Villaseñor", "Facilities Manager", "Hotel Congress Partners LP", "311 E. Congress Street, Tucson, AZ 85701"),
    ("Mr. Daniel Okafor", "Grounds Supervisor", "Catalina Foothills Unified School District", "2101 E. River Road, Tucson, AZ 85718"),
    ("Ms. Laura Begay", "Owner", "Tanque Verde Guest Ranch", "14301 E. Speedway Blvd., Tucson, AZ 85748"),
    ("Rev. Michael Hart", "Parish Administrator", "St. Augustine Cathedral Parish", "192 S. Stone Avenue, Tucson, AZ 85701"),
]
TU_ROWS = [
    [("a walnut conference table, 12 ft, with steel base", "ea", 1, 1, "6800.00", "9400.00"), ("six upholstered lobby benches", "lot", 1, 1, "4200.00", "5800.00"), ("mesquite reception counter top", "ea", 1, 1, "2600.00", "3900.00")],
    [("Desert Museum palo verde trees, 24 in. box", "ea", 2, 12, "389.00", "525.00"), ("agave and yucca assortment, 5 gal.", "ea", 10, 60, "34.50", "48.00"), ("decomposed granite, 1/2 in., cubic yard", "cu yd", 5, 40, "62.00", "78.00"), ("drip irrigation kit, commercial", "ea", 1, 6, "145.00", "220.00")],
    [("a custom roping saddle, 15 in. seat", "ea", 1, 1, "3400.00", "4800.00"), ("headstalls with silver conchos", "ea", 2, 6, "145.00", "260.00"), ("wool saddle pads", "ea", 2, 10, "89.00", "140.00")],
    [("restored leaded window panels, nave, north side", "ea", 2, 6, "1850.00", "2900.00"), ("new protective glazing, per panel", "ea", 2, 6, "340.00", "480.00"), ("replacement cames and solder, lot", "lot", 1, 1, "420.00", "780.00")],
]


@style("06", "us_tus_tucson_letter_invoice_sales_tax_deposit")
def s06(rng, i):
    vname, vaddr, trade = TU_V[i]
    bn, btitle, borg, baddr = TU_B[i]
    d = rand_date(rng)
    items = lines(rng, TU_ROWS[i], [2, 4, 3, 3][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.087"))
    total = net + tax
    ein = us_ein(rng)
    no = [f"{d.year}-{rng.randint(100, 999)}", f"SDN {rng.randint(20000, 29999)}", f"R-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 1999)}"][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else (d + dt.timedelta(days=15) if i == 1 else None)
    po = [None, f"PO {rng.randint(24000000, 26999999)}", None, None][i]
    dep = q2(total * D(rng.choice([25, 30, 50])) / 100) if i in (0, 2, 3) else None
    dep_d = d - dt.timedelta(days=rng.randint(20, 90))
    bal = total - dep if dep else total
    no_table = i in (0, 2)
    salute = "Dear " + bn.split(" ", 1)[0] + " " + bn.split()[-1] + ":"
    cust_no = f"{rng.randint(1000, 9999)}"
    est = f"E-{rng.randint(100, 999)}"

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 25, 18, vname, 15, "B", font="Serif", color=(90, 50, 20))
        txt(pdf, 25, 26, f"{trade} · {vaddr}", 8, font="Serif", color=(90, 90, 90))
        txt(pdf, 25, 30.5, f"(520) {rng.randint(200, 999)}-{digits(rng, 4)} · Federal EIN {ein}", 8, font="Serif", color=(90, 90, 90))
        pdf.set_draw_color(90, 50, 20)
        pdf.line(25, 36, 185, 36)
        txt(pdf, 25, 44, long_date(d, "us"), 10, font="Serif")
        y = 54
        for s in (bn, btitle, borg, baddr):
            txt(pdf, 25, y, s, 10, font="Serif")
            y += 5
        y += 5
        subj = f"Re: Invoice No. {no}" + (f" — your purchase order {po}" if po else "") + f" — customer account {cust_no}"
        txt(pdf, 25, y, subj, 10, "B", font="Serif")
        y += 9
        txt(pdf, 25, y, salute, 10, font="Serif")
        y += 8
        intro = f"Thank you for your business. This letter is our invoice No. {no} for the work described in our estimate {est}, completed and delivered on {long_date(d - dt.timedelta(days=rng.randint(1, 6)), 'us')}."
        y = para(pdf, 25, y, 160, intro, 10, font="Serif", h=5.2) + 3
        if no_table:
            for x in items:
                qtxt = "" if x["qty"] == 1 else f"{qstr(x['qty'])} {x['unit']} of "
                s = f"For {qtxt}{x['desc']}" + (f" at ${en(x['price'])} each" if x["qty"] != 1 else "") + f", we charge ${en(x['amount'])}."
                y = para(pdf, 30, y, 155, s, 10, font="Serif", h=5.2) + 1.5
            y += 2
        else:
            cols = [("Description", 90, "L"), ("Qty", 18, "R"), ("Unit price", 26, "R"), ("Amount", 26, "R")]
            rows = [[x["desc"], qstr(x["qty"]), "$" + en(x["price"]), "$" + en(x["amount"])] for x in items]
            y = table(pdf, 25, y, cols, rows, size=9, font="Serif", rowh=6) + 6
        s = f"The merchandise comes to ${en(net)}; Arizona, Pima County and City of Tucson transaction privilege (sales) tax at 8.7% adds ${en(tax)}, for an invoice total of ${en(total)}."
        y = para(pdf, 25, y, 160, s, 10, font="Serif", h=5.2) + 3
        if dep:
            s = f"Your deposit of ${en(dep)}, received with check no. {rng.randint(1000, 9999)} on {long_date(dep_d, 'us')}, is credited against this total, leaving a balance of ${en(bal)}"
            s += f" due by {long_date(due, 'us')}." if due else " due on pickup."
        else:
            s = f"Please remit ${en(bal)} by {long_date(due, 'us')}." if due else "Payment is due upon receipt."
        y = para(pdf, 25, y, 160, s, 10, font="Serif", h=5.2) + 3
        s = f"Checks should be made payable to {vname}. For ACH payments: {rng.choice(['Wells Fargo Bank', 'Chase Bank', 'Vantage West Credit Union'])}, routing {rng.choice(['122105278', '122100024', '322172496'])}, account {digits(rng, 10, True)}. A finance charge of 1.5% per month applies to balances past due."
        y = para(pdf, 25, y, 160, s, 10, font="Serif", h=5.2) + 6
        txt(pdf, 25, y, "Sincerely,", 10, font="Serif")
        txt(pdf, 25, y + 16, rng.choice(["Ramón Figueroa", "Kathleen O'Neill", "Eli Whitehorse", "Sarah Lindqvist"]) + ", Owner", 10, font="Serif")
        txt(pdf, 25, 282, f"{vname} · {vaddr}", 7, font="Serif", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Tucson (Arizona, U.S.) invoice written as a BUSINESS LETTER in a serif font, the facts and totals in RUNNING SENTENCES"
        + (", NO TABLE (one sentence per item)" if no_table else ", a small table of the items")
        + ", Arizona/Pima/Tucson transaction privilege tax 8.7 % on the goods, '$1,234.56'"
        + (", a DEPOSIT received earlier deducted in the text (the balance is a decoy)" if dep else "")
        + ": vendor = the letterhead name; vendor_tax_id = the 'Federal EIN' under the letterhead (the routing and account numbers, the customer account, the estimate and check numbers are decoys). "
        "invoice_number = 'Invoice No.' in the subject line; invoice_date = the letter's date (the completion date is a decoy). "
        + due_note(due, "due on pickup" if dep else "due upon receipt", "due by" if dep else "remit … by")
        + po_note(po, "your purchase order")
        + "subtotal = 'The merchandise comes to'; tax = '8.7% adds'; total = 'invoice total' (before the deposit). Currency USD ('$'). Line items: every item, net."
    )
    t = truth(vname, ein, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = [long_date(d, "us"), no, vname, ein, cust_no, est, long_date(due, "us") if due else None, en(bal), en(dep) if dep else None]
    return t, chk, render


# =========================================================================== 07 Darwin (GST 10 %, AUD), landscape, totals left
DW_V = [
    ("Top End Marine & Outboard Pty Ltd", "Frances Bay Drive, Stuart Park NT 0820"),
    ("Litchfield & Kakadu Safari Tours Pty Ltd", "Shop 4, 69 Mitchell Street, Darwin City NT 0800"),
    ("Mindil Electrical & Air Conditioning Pty Ltd", "7/42 Bishop Street, Woolner NT 0820"),
    ("Arafura Medical Supplies Pty Ltd", "15 Reichardt Road, Winnellie NT 0820"),
]
DW_B = ["Tiwi Islands Charter Boats Pty Ltd, Fannie Bay NT", "Birdwatchers Club Inc. (Singapore)", "Charles Darwin University, Casuarina Campus", "Palmerston Family Medical Centre, Palmerston NT"]
DW_ROWS = [
    [("Outboard service 150 HP, 100-hour", "ea", 1, 2, "680.00", "890.00", True), ("Impeller kit", "ea", 1, 4, "85.00", "145.00", True), ("Marine battery 105 Ah", "ea", 1, 3, "320.00", "460.00", True), ("Labour, marine technician", "hr", 2, 12, "135.00", "165.00", True), ("Antifouling paint 4 L", "tin", 1, 6, "210.00", "295.00", True)],
    [("Kakadu 3-day camping safari, per adult", "pax", 2, 16, "1195.00", "1690.00", True), ("Litchfield day tour with waterfalls, per adult", "pax", 2, 20, "189.00", "265.00", True), ("Kakadu National Park pass (Parks Australia, GST-free disbursement)", "pax", 2, 16, "40.00", "40.00", False), ("Yellow Water cruise, 2 hours", "pax", 2, 16, "99.00", "125.00", True), ("Airport transfer, minibus", "trip", 1, 2, "180.00", "260.00", True)],
    [("Split system 7.1 kW supply & install", "ea", 1, 4, "2450.00", "3300.00", True), ("Electrician, hour", "hr", 2, 16, "105.00", "140.00", True), ("Switchboard upgrade", "ea", 1, 1, "1200.00", "2400.00", True), ("Test & tag, per item", "item", 20, 200, "4.50", "7.00", True)],
    [("Nitrile gloves, box of 100", "box", 10, 80, "11.50", "16.00", True), ("Wound dressing (GST-free medical aid)", "pk", 5, 40, "18.00", "32.00", False), ("Disposable syringes 5 ml, box", "box", 2, 20, "21.00", "29.00", False), ("Hand sanitiser 500 ml", "ea", 6, 48, "6.50", "9.80", True), ("Examination couch paper roll", "roll", 6, 24, "12.00", "18.00", True)],
]


@style("07", "au_drw_darwin_tax_invoice_gst_10_landscape_fact_strip")
def s07(rng, i):
    vname, vaddr = DW_V[i]
    d = rand_date(rng)
    items = lines(rng, DW_ROWS[i], [4, 5, 3, 4][i], D("0.05"))
    taxable = sum(x["amount"] for x in items if x["extra"])
    net = sum(x["amount"] for x in items)
    tax = q2(taxable * D("0.10"))
    total = net + tax
    abn = au_abn(rng)
    acn = abn.replace(" ", "")[2:]
    acn = f"{acn[:3]} {acn[3:6]} {acn[6:]}"
    babn = au_abn(rng) if i != 1 else None
    no = [f"INV{rng.randint(10000, 99999)}", f"{rng.randint(200000, 299999)}", f"ME-{rng.randint(1000, 9999)}", f"AMS{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d %b %Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [None, None, f"CDU-PO{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}"][i]
    docket = f"DD{rng.randint(10000, 99999)}"
    acct_no = f"{rng.randint(100, 999)}"
    color = [(14, 116, 144), (21, 128, 61), (194, 65, 12), (30, 64, 175)][i]

    def render(path):
        pdf = new_fpdf("L", creator="MYOB AccountRight")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 22, "F")
        txt(pdf, 12, 5, vname, 15, "B", color=(255, 255, 255))
        txt(pdf, 12, 13, f"{vaddr} · ABN {abn} · ACN {acn} · (08) 89{digits(rng, 2)} {digits(rng, 4)}", 8, color=(255, 255, 255))
        txt(pdf, 225, 7, "TAX INVOICE", 17, "B", color=(255, 255, 255))
        # a strip of fact cells across the page, the label above the value
        facts = [("Invoice No.", no), ("Invoice date", fd(d)), ("Due date", fd(due)) if due else ("Terms", "C.O.D. – paid on delivery"), ("Your order", po or "—"), ("Delivery docket", docket if i in (0, 3) else "—"), ("Account", acct_no), ("Bill to", DW_B[i])]
        widths = [30, 28, 46, 36, 30, 20, 82]
        x, y = 12, 27
        pdf.set_draw_color(190, 190, 190)
        for (k, v), w in zip(facts, widths, strict=True):
            pdf.rect(x, y, w, 12)
            txt(pdf, x + 1.5, y + 1.5, k, 6.8, color=(100, 100, 100))
            txt(pdf, x + 1.5, y + 6, v, 8.2, "B")
            x += w
        if babn:
            txt(pdf, 12 + sum(widths[:-1]) + 1.5, y + 13, f"Customer ABN {babn}", 7, color=(100, 100, 100))
        cols = [("Code", 24, "L"), ("Description", 131, "L"), ("Qty", 18, "R"), ("Unit price", 28, "R"), ("GST", 16, "C"), ("Amount ex GST", 56, "R")]
        rows = [[f"{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}", x_["desc"], qstr(x_["qty"]), en(x_["price"]), "10%" if x_["extra"] else "Free", en(x_["amount"])] for x_ in items]
        yt = table(pdf, 12, 48, cols, rows, size=8.2, rowh=7, header_fill=(235, 235, 235))
        frame(pdf, 12, 48, yt, cols, color=(180, 180, 180))
        # totals at the BOTTOM LEFT, payment details to their right
        y = yt + 8
        pdf.set_fill_color(240, 244, 248)
        trows = [("Subtotal (ex GST)", "$" + en(net), False)] + ([("incl. GST-free items", "$" + en(net - taxable), False)] if net != taxable else []) + [("Total GST", "$" + en(tax), False), ("TOTAL (inc GST) AUD", "$" + en(total), True)]
        pdf.rect(12, y - 3, 80, 7 * len(trows) + 5, "F")
        for a, b, big in trows:
            txt(pdf, 15, y, a, 8.5 if not big else 9, "B" if big else "", color=color if big else (0, 0, 0))
            txt(pdf, 55, y, b, 8.5 if not big else 11, "B" if big else "", align="R", w=34)
            y += 7
        txt(pdf, 110, yt + 6, "Pay by EFT", 7.5, color=(100, 100, 100))
        para(pdf, 110, yt + 10, 90, f"{rng.choice(['Commonwealth Bank', 'Westpac', 'ANZ', 'NAB'])} · BSB {rng.choice(['065-000', '035-000', '015-025', '085-458'])} · Acc {digits(rng, 8, True)}\nReference: {no}", 8.5, h=4.3)
        para(pdf, 110, yt + 22, 170, "Items marked 'Free' are GST-free. Goods remain the property of the supplier until paid in full. Please quote the invoice number with your payment.", 7.4, h=3.8, color=(90, 90, 90))
        txt(pdf, 12, 200, "Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Darwin (Northern Territory, Australia) TAX INVOICE in English on a LANDSCAPE page with a coloured band, the facts in a STRIP of cells across the page (label above value), a full-width framed table, the TOTALS boxed at the BOTTOM LEFT, GST 10 %"
        + (" with GST-FREE rows" if net != taxable else "")
        + ", '$1,234.56' AUD: "
        "vendor = the name in the band; vendor_tax_id = its 'ABN' (the ACN inside it, the buyer's ABN, the BSB and account, the docket are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date'. "
        + due_note(due, "C.O.D. – paid on delivery", "Due date")
        + po_note(po, "Your order")
        + "subtotal = 'Subtotal (ex GST)' (the GST-free part is a decoy); tax = 'Total GST'; total = 'TOTAL (inc GST) AUD'. Currency AUD. Line items: every row, ex GST."
    )
    t = truth(vname, abn, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = [fd(d), no, vname, abn, acn, babn, fd(due) if due else None, "Page 1 of 1"]
    return t, chk, render
