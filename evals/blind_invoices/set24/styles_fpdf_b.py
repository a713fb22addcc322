"""fpdf2 styles for set 24, second part (09 Niue general merchant's tax invoice on an A5 page with prices including the
Niue Consumption Tax 12.5 % and the tax printed as their content, 10 Bermuda boatyard's invoice for a haul-out and
winter storage priced by the foot of the boat's length, with no tax)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import po_note
from kit_common import kv, truth
from invoice_kit import digits, en, exact_price, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import en_date, para, totals, us_date

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Niue general merchant (NCT 12.5 % included, NZD), A5 tax invoice
NU_V = [("Alofi Hardware & General Ltd", "Main Road, Alofi South", (0, 90, 120)), ("Hakupu Village Trading Ltd", "Hakupu, Niue", (150, 70, 0)),
        ("Tuapa Building Supplies Ltd", "Tuapa, Niue", (30, 110, 40)), ("Liku Island Store Ltd", "Liku, Niue", (120, 30, 90))]
NU_B = ["Niue Public Works Department", "Matavai Resort", "Avatele Village Council", "Niue High School"]
NU_GOODS = [("Cement GP 20 kg bag", "bag", "22.50", "31.00"), ("Treated pine 90x45 H3, per m", "m", "6.20", "9.80"), ("Roofing screws, box 100", "box", "24.00", "39.00"), ("Exterior paint 10 L", "ea", "145.00", "210.00"),
            ("PVC pipe 50 mm x 6 m", "ea", "28.00", "46.00"), ("Rice 10 kg", "bag", "26.00", "38.00"), ("Tinned corned beef 340 g", "tin", "6.90", "9.90"), ("Unleaded petrol (drum fill), per L", "L", "3.10", "3.90"),
            ("LED tube 1200 mm", "ea", "14.50", "22.00"), ("Garden hose 30 m", "ea", "59.00", "89.00")]


@style("09", "nu_general_store_a5_nct_inclusive")
def s09(rng, i):
    vname, vaddr, color = NU_V[i]
    bname = NU_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, lo, hi in rng.sample(NU_GOODS, rng.randint(4, 8)):
        q = D(rng.randint(20, 200)) if unit in ("m", "L") else D(rng.randint(1, 24))
        p = exact_price(rng, q, D(lo), D(hi), D("0.10"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    total = sum(x["amount"] for x in items)
    tax = q2(total / 9)
    net = total - tax
    nct = f"{rng.randint(100, 499)}{digits(rng, 2)}"
    no = [f"{rng.randint(10000, 39999)}", f"HVT-{rng.randint(1000, 9999)}", f"TBS{d.strftime('%y')}/{rng.randint(100, 999)}", f"{rng.randint(500, 2999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = [None, d + dt.timedelta(days=20), d + dt.timedelta(days=30), None][i]
    term = ["Account customers: payment by the 20th of the following month", "", "", "Cash sale"][i]
    po = [f"PWD {rng.randint(1000, 9999)}", None, f"AVC-{rng.randint(10, 99)}", None][i]
    po_label = ["Order No.", "", "Order No.", ""][i]

    def render(path):
        pdf = new_fpdf(fmt="A5", creator="StoreMate 2")
        pdf.add_page()
        txt(pdf, 10, 9, vname, 12, "B", color=color)
        txt(pdf, 10, 14.5, f"{vaddr} · Ph (683) 4{digits(rng, 3)}", 7.6)
        txt(pdf, 10, 18.5, f"NCT No. {nct}", 7.6, "B")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(10, 23, 138, 23)
        pdf.set_line_width(0.2)
        txt(pdf, 10, 26, "TAX INVOICE", 13, "B")
        txt(pdf, 10, 33, "Sold to:", 7.4, color=(100, 100, 100))
        txt(pdf, 10, 37, bname, 8.6, "B")
        y = kv(pdf, 76, 26, [("Invoice No", no), ("Date", fd(d)), (po_label, po), ("Due", fd(due) if due else None)], wl=22, wv=40, size=7.8, step=4.4)
        y0 = max(y, 42) + 3
        cols = [("Description", 56, "L"), ("Qty", 14, "R"), ("Unit", 10, "C"), ("Price incl", 22, "R"), ("Amount", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 10, y0, cols, rows, size=7.2, rowh=5.2, header_fill=(235, 235, 235), line_color=(210, 210, 210))
        y2 = totals(pdf, 66, y + 4, [("TOTAL NZD (incl. NCT)", en(total), True), ("NCT included (12.5%)", en(tax), False), ("Total excl. NCT", en(net), False)], wl=44, wv=28, size=7.8, line=color, step=5)
        para(pdf, 10, y2 + 4, 128, (f"{term}. " if term else "") + "All prices include Niue Consumption Tax at 12.5%. Goods remain our property until paid in full. Deposit to BSP Niue, account " + digits(rng, 7) + ".", 6.8, h=3.4)
        pdf.output(path)

    notes = (
        "Niue general merchant's TAX INVOICE on an A5 page with prices including the Niue Consumption Tax 12.5 % and the NCT printed as their content (1/9 of the total) below the total: vendor = the company name (Ltd) at the top; vendor tax id = 'NCT No.' as printed (no public checksum). "
        "invoice_number = 'Invoice No'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yy", "dd-Mon-yyyy"][i] + "); "
        + ("due = 'Due'. " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, po_label)
        + "total = 'TOTAL NZD (incl. NCT)'; tax = 'NCT included (12.5%)'; subtotal = 'Total excl. NCT'. Currency NZD. Amounts '1,234.56'. Line items: every row, priced with the tax in (quantity = bags, metres, litres, pieces; the rows add up to the total)."
    )
    t = truth(vname, nct, no, po, d, due, "NZD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "NCT No. " + nct, no, po, vname, "TOTAL NZD"], render


# =========================================================================== 10 Bermuda boatyard (no tax, BMD), haul-out and storage by the foot
BM_V = [("Ely's Harbour Boatyard Ltd.", "12 Ely's Harbour Road, Sandys MA 02", (10, 60, 110)), ("Mullet Bay Marine Services Ltd.", "3 Mullet Bay Road, St. George's GE 01", (170, 40, 40)),
        ("Flatts Inlet Yacht Yard Ltd.", "41 North Shore Road, Hamilton Parish FL 04", (20, 110, 90)), ("Dockyard Haul-Out & Storage Ltd.", "9 Maritime Lane, Royal Naval Dockyard MA 01", (90, 60, 130))]
BM_B = [("Mr. Nigel Outerbridge", "S/Y Sea Venture II"), ("Somers Charter Co. Ltd.", "M/V Reef Runner"), ("Dr. Alicia Trott", "S/Y Longtail"), ("Royal Hamilton Sailing School", "S/Y Gibbs Hill")]
BM_MAT = [("Antifouling paint, gallon", "gal", "165.00", "245.00"), ("Zinc anodes, set", "set", "85.00", "160.00"), ("Shrink-wrap materials", "lot", "240.00", "480.00"), ("Jack stands rental, each per month", "ea", "12.00", "20.00")]


@style("10", "bm_boatyard_haul_out_storage_per_foot")
def s10(rng, i):
    vname, vaddr, color = BM_V[i]
    bname, boat = BM_B[i]
    d = rand_date(rng)
    loa = D(rng.randint(24, 52))
    months = D(rng.randint(2, 7))
    items = [{"desc": f"Haul-out and launch, {qstr(loa)} ft LOA", "unit": "ft", "qty": loa, "price": D(rng.randint(18, 32)) + D("0.50") * rng.randint(0, 1)},
             {"desc": "Pressure wash bottom", "unit": "ft", "qty": loa, "price": D(rng.randint(4, 9)) + D("0.50") * rng.randint(0, 1)},
             {"desc": f"Yard storage ashore, {qstr(loa)} ft x {qstr(months)} months", "unit": "ft-mo", "qty": loa * months, "price": D(rng.randint(14, 26)) / 2}]
    for desc, unit, lo, hi in rng.sample(BM_MAT, rng.randint(1, 3)):
        q = D(1) if unit == "lot" else D(rng.randint(1, 6))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    if i in (1, 2):
        items.append({"desc": "Labour, yard hand (hours)", "unit": "hr", "qty": D(rng.randint(2, 16)) / 2, "price": D(rng.choice([75, 85, 95]))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    paid = q2(total * D("0.25")) if i in (0, 3) else None
    no = [f"{rng.randint(3000, 6999)}", f"MB-{rng.randint(10000, 29999)}", f"FI{d.strftime('%y')}{rng.randint(100, 999)}", f"DH/{rng.randint(1000, 4999)}"][i]
    fd = [us_date, lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%m/%d/%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), d + dt.timedelta(days=30)][i]
    term = ["", "Due before launch", "", ""][i]
    hauled = d - dt.timedelta(days=int(months) * 30)

    def render(path):
        pdf = new_fpdf(creator="YardBook 5")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.rect(12, 10, 186, 26)
        pdf.set_line_width(0.2)
        txt(pdf, 16, 13, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 16, 20, vaddr + ", Bermuda", 8.4)
        txt(pdf, 16, 24.5, f"Tel (441) 2{digits(rng, 2)}-{digits(rng, 4)} · VHF channel 68 · yard@{vname.split()[0].lower().replace(chr(39), '')}marine.bm", 7.8, color=(90, 90, 90))
        txt(pdf, 150, 14, "INVOICE", 16, "B", align="R", w=44)
        txt(pdf, 150, 22, f"No. {no}", 10, "B", align="R", w=44)
        txt(pdf, 16, 44, "Owner", 7.4, color=(110, 110, 110))
        txt(pdf, 16, 48.5, bname, 9.4, "B")
        txt(pdf, 16, 53, f"Vessel: {boat}, LOA {qstr(loa)} ft, hauled {hauled.strftime('%m/%d/%Y')}", 8.2)
        y = kv(pdf, 124, 44, [("Invoice date", fd(d)), ("Payment due", fd(due) if due else None), ("Work order", f"WO-{rng.randint(1000, 9999)}")], wl=30, wv=40, size=8.4, step=5)
        y0 = max(y, 58) + 6
        cols = [("Description", 92, "L"), ("Qty", 20, "R"), ("Unit", 16, "C"), ("Rate $", 24, "R"), ("Amount $", 34, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 12, y0, cols, rows, size=8, rowh=6.2, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        trows = [("Invoice total BD$", en(total), True)]
        if paid:
            trows += [("Deposit received", "-" + en(paid), False), ("Balance owing", en(total - paid), False)]
        y2 = totals(pdf, 118, y + 6, trows, wl=46, wv=34, size=9, line=(0, 0, 0), step=6)
        para(pdf, 12, y + 6, 100, "Bermuda dollars, at par with US dollars. No sales tax or VAT is charged in Bermuda.", 7.6, "I", h=3.8)
        para(pdf, 12, max(y2, y + 20) + 8, 186, (f"{term}. " if term else "") + f"Payment by cheque or transfer to Butterfield Bank, account 20 {digits(rng, 6)} {digits(rng, 2)}. Boats are stored at owner's risk; storage is charged per foot of length overall per month.", 8, h=4)
        pdf.output(path)

    notes = (
        "Bermuda boatyard's INVOICE in English for a haul-out, bottom wash and storage ashore priced by the foot of length overall (storage as foot-months), materials and labour, no tax (Bermuda has no sales tax or VAT): vendor = the company name (Ltd.) in the top box; no vendor tax id (null); the work order, the vessel and the haul-out date are decoys. "
        "invoice_number = 'No.' under INVOICE; invoice_date = 'Invoice date' (" + ["'March 12, 2026'", "dd/mm/yyyy", "'12 March 2026'", "mm/dd/yyyy"][i] + "); "
        + ("due = 'Payment due'. " if due else f"'{term}' is a term: no due date (null). ")
        + "No PO. subtotal and tax = null; total = 'Invoice total BD$'"
        + ("; the deposit received and 'Balance owing' are decoys" if paid else "")
        + ". Currency BMD. Amounts '1,234.50'. Line items: every row (quantity = feet, foot-months, gallons, sets, hours in halves)."
    )
    t = truth(vname, None, no, None, d, due, "BMD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, vname, "Invoice total BD$"], render
