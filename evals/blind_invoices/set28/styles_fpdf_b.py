"""fpdf2 styles for set 28, second part (09 Christmas Island wholesaler's INVOICE in English in Australian dollars
with no GST (the Indian Ocean Territories lie outside the GST's indirect tax zone) though the ABN is printed, carton
quantities with a pack-size column and a freight recovery row, 10 Sark carriage and cycle-hire company's monthly
account to a guest house on an A5 landscape page in pounds sterling with one row per date and guest, no VAT or GST
(Sark levies neither))."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, exact_price, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, en_date, frame, kv, lines, para, po_note, truth
from stdnum.au import abn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Christmas Island wholesaler (no GST, AUD), cartons and a freight recovery row
CX_V = [
    ("Flying Fish Cove Provisions Pty Ltd", "Lot 112 Gaze Road, Flying Fish Cove", (14, 116, 144)),
    ("Poon Saan Trading Pty Ltd", "Lot 305 Jalan Pantai, Poon Saan", (185, 28, 28)),
    ("Drumsite Hardware & Marine Pty Ltd", "Lot 41 Murray Road, Drumsite", (55, 65, 81)),
    ("Silver City Wholesale Pty Ltd", "Lot 9 Silver City Road, Silver City", (21, 128, 61)),
]
CX_B = [
    ("Seaview Lodge Kitchen", "Murray Road, Drumsite"),
    ("Settlement Café & Bakery", "Gaze Road, Settlement"),
    ("Poon Saan Community Canteen", "Jalan Pantai, Poon Saan"),
    ("Territory Day Park Kiosk", "Flying Fish Cove"),
]
CX_ROWS = [
    ("Rice jasmine 10 kg", "ctn", 2, 20, 38, 62, "2 x 10 kg"),
    ("UHT full cream milk 1 L", "ctn", 2, 30, 18, 32, "12 x 1 L"),
    ("Soft drink cans 375 ml", "ctn", 5, 40, 22, 38, "24 x 375 ml"),
    ("Cooking oil canola 4 L", "ctn", 1, 12, 42, 68, "4 x 4 L"),
    ("Frozen chicken breast 5 kg", "ctn", 1, 15, 55, 89, "2 x 5 kg"),
    ("Plain flour 12.5 kg", "bag", 1, 10, 19, 33, "1 x 12.5 kg"),
    ("Paper towel rolls", "ctn", 1, 10, 28, 46, "12 x 2 ply"),
    ("Bottled water 600 ml", "ctn", 5, 50, 12, 22, "24 x 600 ml"),
]


@style("09", "cx_flying_fish_cove_wholesale_no_gst_aud")
def s09(rng, i):
    vname, vaddr, color = CX_V[i]
    bname, baddr = CX_B[i]
    d = rand_date(rng)
    items = lines(rng, CX_ROWS, rng.randint(3, 6), D("0.05"))
    goods = sum(x["amount"] for x in items)
    kg = D(rng.randint(40, 600))
    kgp = exact_price(rng, kg, D("0.60"), D("4.80"), D("0.05"))
    fr = q2(kg * kgp)
    freight = {"desc": "Freight recovery", "qty": None, "price": None, "amount": fr, "show_qty": False}
    total = goods + fr
    a = valid(rng, lambda: digits(rng, 11, True), abn.is_valid)
    abn_f = abn.format(a)
    no = [f"{rng.randint(20000, 29999)}", f"INV-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 199999)}", f"SC{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Terms: 30 days from end of month", "", "Terms: Cash on delivery"][i]
    po = [None, f"{rng.randint(1000, 9999)}", None, f"PO-{rng.randint(100, 999)}"][i]
    po_label = "Your Order No."
    m = lambda x: "$" + en(x)  # noqa: E731
    ship = rng.choice(["sea, Fremantle - Flying Fish Cove", "air, Perth - Christmas Island"])

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        txt(pdf, 14, 13, vname, 13, "B", color=color)
        txt(pdf, 14, 19.5, f"{vaddr}, Christmas Island WA 6798, Indian Ocean Territories", 8.2)
        txt(pdf, 14, 23.8, f"Phone (08) 9164 {digits(rng, 4)} · ABN {abn_f}", 8.2)
        txt(pdf, 150, 13, "INVOICE", 17, "B", align="R", w=46)
        y = kv(pdf, 130, 23, [("Invoice No.", no), ("Date", fd(d)), (po_label, po), ("Customer ID", f"{bname[:4].upper().strip()}{rng.randint(10, 99)}"), ("Due Date", fd(due) if due else None)], wl=28, wv=38, size=8.2)
        pdf.set_fill_color(241, 245, 249)
        pdf.rect(14, 32, 100, 20, "F")
        txt(pdf, 16, 33.5, "Bill To", 7.4, "B", color=(100, 100, 100))
        txt(pdf, 16, 38, bname, 9.6, "B")
        txt(pdf, 16, 43, f"{baddr}, Christmas Island WA 6798", 8.2)
        cols = [("Item", 18, "L"), ("Description", 66, "L"), ("Pack", 28, "L"), ("Qty", 14, "R"), ("Unit", 12, "C"), ("Price", 22, "R"), ("Amount", 22, "R")]
        trs = [[f"{rng.randint(1000, 9999)}", x["desc"], x["extra"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y0 = max(y, 56) + 4
        y = table(pdf, 14, y0, cols, trs, size=8, rowh=6, header_fill=color, header_color=(255, 255, 255))
        txt(pdf, 15, y + 1, f"Freight recovery ({ship}), {qstr(kg)} kg @ {m(kgp)}/kg", 8, "I")
        txt(pdf, 160, y + 1, m(fr), 8, align="R", w=35)
        y += 7
        frame(pdf, 14, y0, y, cols, color=(200, 200, 200))
        y += 5
        y = kv(pdf, 120, y, [("Goods", m(goods)), ("Freight recovery", m(fr)), ("GST", "N/A"), ("TOTAL AUD", m(total))], wl=40, wv=36, size=9, step=5.4, color=(0, 0, 0))
        para(pdf, 14, y - 20, 95, "No GST is charged: Christmas Island is outside the GST 'indirect tax zone' (A New Tax System (Goods and Services Tax) Act 1999, s 195-1).", 7.4, "I")
        y += 6
        txt(pdf, 14, y, (term + " · " if term else "") + f"EFT: {rng.choice(['Westpac', 'Commonwealth Bank', 'ANZ'])} BSB {digits(rng, 3)}-{digits(rng, 3)} Acc {digits(rng, 8)} · Ref: {no}", 8)
        txt(pdf, 14, y + 5, f"Goods received by: ____________   Delivery docket {rng.randint(1000, 9999)} dated {fd(d - dt.timedelta(days=rng.randint(0, 3)))}", 8)
        pdf.output(path)

    notes = (
        "Christmas Island (Indian Ocean Territories, Australia) wholesaler's INVOICE in English in Australian dollars: no GST (the territories lie outside the GST's 'indirect tax zone'; the totals print 'GST N/A') although the ABN is printed, quantities in cartons with a pack-size column and a freight recovery row (kg at a rate per kg) below the items: vendor = the company name at the top; vendor_tax_id = the 'ABN' as printed ('51 824 753 556'). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "'12 March 2026'", "dd.mm.yyyy", "dd-Mon-yyyy"][i]
        + "); the delivery docket's date is a decoy. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "The customer ID and the delivery docket number are no PO. No subtotal or tax (null; 'Goods' is the items' sum before the freight recovery, 'GST N/A' is no tax amount). total = 'TOTAL AUD'. Currency AUD. Amounts '$1,234.50'. Line items: every item row (quantity = cartons or bags) and the freight recovery row (no quantity; the kg are its basis)."
    )
    t = truth(vname, abn_f, no, po, d, due, "AUD", None, None, total, items + [freight], notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, abn_f, "TOTAL AUD"], render


# =========================================================================== 10 Sark carriage and cycle hire (no VAT, GBP), monthly account on an A5 landscape page
SK_V = [
    ("Sark Island Carriages", "La Rue du Moulin, Sark GY10 1SE", (22, 78, 99)),
    ("La Coupée Cycle Hire", "The Avenue, Sark GY10 1SA", (146, 64, 14)),
    ("Little Sark Carriage Co.", "Little Sark, Sark GY10 1SH", (77, 124, 15)),
    ("Harbour Hill Carting & Tours", "Harbour Hill, Sark GY10 1SB", (88, 28, 135)),
]
SK_B = ["Le Moulin Guest House", "Beauregard Hotel", "Clos de la Mare Hotel", "The Avenue Guest House"]
SK_ROWS = [
    ("Carriage tour of the island (2 hrs)", "pers", 2, 8, 24, 38),
    ("Bicycle hire, full day", "bike", 1, 6, 12, 18),
    ("Bicycle hire, half day", "bike", 1, 6, 8, 12),
    ("Luggage carting harbour - hotel", "trip", 1, 3, 9, 16),
    ("Carriage to La Coupée and Little Sark", "pers", 2, 6, 28, 42),
    ("Evening carriage, stargazing tour", "pers", 2, 8, 30, 45),
]
SK_GUESTS = ["Rm 2 Mr & Mrs Hollis", "Rm 4 Dr Baines", "Rm 5 Ms Le Page", "Rm 7 Mr Carré", "Rm 1 Fam. Moreau", "Rm 3 Mr & Mrs Ogier", "Rm 6 Mrs Tostevin", "Rm 8 Mr Jenkins"]


@style("10", "gg_sark_carriage_account_a5_landscape_no_vat")
def s10(rng, i):
    vname, vaddr, color = SK_V[i]
    bname = SK_B[i]
    d = rand_date(rng, dt.date(2025, 4, 1), dt.date(2026, 10, 31))
    month_end = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for _ in range(rng.randint(4, 8)):
        x = lines(rng, SK_ROWS, 1, D("0.5"))[0]
        x["day"] = month_end.replace(day=rng.randint(1, month_end.day))
        x["guest"] = rng.choice(SK_GUESTS)
        items.append(x)
    items.sort(key=lambda x: x["day"])
    total = sum(x["amount"] for x in items)
    no = [f"{rng.randint(400, 999)}", f"LC{d.strftime('%y')}{rng.randint(100, 999)}", f"{d.year}/{rng.randint(10, 99)}", f"H-{rng.randint(1000, 1999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d %b %Y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Payable within 14 days", "", ""][i]
    po = None
    m = lambda x: "£" + en(x)  # noqa: E731
    period = f"{MONTHS['en'][month_end.month - 1]} {month_end.year}"

    def render(path):
        pdf = new_fpdf(orientation="L", fmt=(148, 210), creator="Invoice Ninja")
        pdf.add_page()
        txt(pdf, 10, 8, vname, 12, "B", color=color)
        txt(pdf, 10, 14, f"{vaddr} · Channel Islands · Tel. 01481 83{digits(rng, 4)}", 7.4)
        txt(pdf, 120, 8, "INVOICE / ACCOUNT", 11, "B", align="R", w=80)
        kv(pdf, 130, 14, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Account", f"{bname.split()[0][:3].upper()}-{rng.randint(10, 99)}"), ("Please pay by", fd(due) if due else None)], wl=30, wv=40, size=7.6, step=4)
        txt(pdf, 10, 22, "To:", 7.4, color=(100, 100, 100))
        txt(pdf, 16, 22, f"{bname}, Sark GY10 1S{rng.choice('ABCDEF')}", 8.4, "B")
        txt(pdf, 10, 27, f"Account for {period} (services booked for your guests)", 8)
        cols = [("Date", 20, "L"), ("Guest / room", 42, "L"), ("Service", 66, "L"), ("No.", 12, "R"), ("Rate", 22, "R"), ("Amount", 28, "R")]
        trs = [[x["day"].strftime("%d/%m"), x["guest"], x["desc"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 10, 33, cols, trs, size=7.4, rowh=4.8, header_fill=(236, 236, 236))
        pdf.set_draw_color(*color)
        pdf.rect(138, y + 3, 52, 9)
        txt(pdf, 140, y + 5, "Amount due", 8.4, "B")
        txt(pdf, 160, y + 5, m(total), 9.4, "B", align="R", w=28)
        para(pdf, 10, y + 3, 120, "No VAT or GST is charged in Sark. " + (term + ". " if term else "") + f"Bank transfer: {rng.choice(['Butterfield', 'NatWest International', 'Lloyds Bank International'])}, sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}, account {digits(rng, 8)}, or cash at the office.", 7, h=3.4)
        pdf.output(path)

    notes = (
        "Sark (Bailiwick of Guernsey) carriage and cycle-hire company's monthly INVOICE / ACCOUNT to a guest house on an A5 landscape page in English in pounds sterling: one row per date and guest (room) for the previous month, no VAT or GST (Sark levies neither), the amount due boxed below the rows: vendor = the name at the top left; no vendor tax id (null). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yy", "'12 Mar 2026'"][i]
        + "); the rows' dates (dd/mm) and the month of account are decoys. "
        + due_note(due, term, "Please pay by")
        + po_note(po, "")
        + "The account code and the room numbers are no PO. No subtotal or tax (null). total = 'Amount due'. Currency GBP. Amounts '£1,234.50'. Line items: every row (quantity = persons, bikes, trips)."
    )
    t = truth(vname, None, no, po, d, due, "GBP", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, vname, "Amount due"], render
