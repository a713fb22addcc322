"""fpdf2 styles for set 30, second part (09 Saskatchewan farm-equipment dealer's parts-and-service INVOICE on a
landscape Letter page in English with the GST 5 % on every row and the PST 6 % only on the rows not exempt for
farmers (tax code per row), 10 St. Croix / St. Thomas (US Virgin Islands) engineering firm's progress INVOICE over
two pages with fees by phase and percent complete, reimbursable expenses and the totals on page 2, no sales tax and,
on two, a retainer applied below the total)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import MONTHS, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, kv, lines, para, po_note, totals, truth, us_date, valid_id, wrap
from stdnum.ca import bn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Saskatchewan farm-equipment dealer (GST 5 %, PST 6 %), landscape
SK_V = [
    ("Prairie Ag Equipment Ltd.", "1850 Ross Ave E", "Regina, SK  S4N 0S3", (22, 101, 52)),
    ("Swift Current Implement Co.", "1410 North Service Rd W", "Swift Current, SK  S9H 3T2", (180, 83, 9)),
    ("Moose Jaw Farm & Fleet Ltd.", "2400 Thatcher Dr E", "Moose Jaw, SK  S6J 1L7", (30, 64, 175)),
    ("Northern Plains Equipment Inc.", "3515 Millar Ave", "Saskatoon, SK  S7P 0B2", (153, 27, 27)),
]
SK_B = [
    ("Hoffman Farms Ltd.", "Box 114, Avonlea, SK  S0H 0C0"),
    ("Lindgren Grain Co.", "NE 12-15-19 W3, Gull Lake, SK  S0N 1A0"),
    ("Dueck Family Farm", "Box 58, Rouleau, SK  S0G 4H0"),
    ("Kowalchuk Seed Farms Inc.", "RR 3, Vonda, SK  S0K 4N0"),
]
SK_ROWS = [
    ("AH213442", "Combine rotor bearing kit", "ea", 1, 4, 180, 420, "G"),
    ("H229436", "Knife sections, swather (box 25)", "box", 1, 6, 64, 118, "G"),
    ("RE205726", "Hydraulic filter, tractor", "ea", 1, 6, 42, 96, "G"),
    ("LAB-SHOP", "Shop labour, combine repair", "hr", 2, 16, 135, 165, "G"),
    ("AUG-8FL", "Auger flighting, 8 in", "ft", 4, 30, 22, 38, "G"),
    ("SAF-KIT", "Safety glasses and gloves (shop supply)", "ea", 1, 10, 12, 28, "GP"),
    ("CH-3820", "Tow chain 3/8 in x 20 ft", "ea", 1, 3, 95, 160, "GP"),
    ("HTR-60K", "Barn heater 60,000 BTU", "ea", 1, 2, 420, 690, "GP"),
    ("SF-TRK", "Truck seed funnel", "ea", 1, 2, 310, 520, "GP"),
]


@style("09", "ca_sk_regina_invoice_gst_5_pst_6_landscape")
def s09(rng, i):
    vname, vstreet, vcity, color = SK_V[i]
    bname, baddr = SK_B[i]
    d = rand_date(rng)
    items = lines(rng, [x[1:] for x in SK_ROWS if x[7] == "G"], rng.randint(2, 4), D("0.5")) + lines(rng, [x[1:] for x in SK_ROWS if x[7] == "GP"], rng.randint(1, 2), D("0.5"))
    parts = {x[1]: x[0] for x in SK_ROWS}
    net = sum(x["amount"] for x in items)
    pst_base = sum(x["amount"] for x in items if x["extra"] == "GP")
    gst = q2(net * D("0.05"))
    pst = q2(pst_base * D("0.06"))
    tax = gst + pst
    total = net + tax
    b = valid_id(rng, 9, bn.is_valid)
    gst_no = f"{b} RT0001"
    no = [f"{rng.randint(100000, 199999)}", f"SCI-{rng.randint(10000, 99999)}", f"{rng.randint(40000, 49999)}", f"IN{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: f"{MONTHS['en'][x.month - 1][:3]} {x.day}, {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Terms: due on receipt", "", "Terms: net 15th of following month"][i]
    po = [f"{rng.randint(1000, 9999)}", None, f"DFF-{rng.randint(10, 99)}", None][i]
    po_label = "Customer PO"
    wo = f"WO-{rng.randint(10000, 99999)}"
    serial = f"1H0S680{digits_(rng)}"
    m = lambda x: "$" + en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(orientation="L", fmt="Letter", creator="IntelliDealer")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 279.4, 7, "F")
        txt(pdf, 14, 12, vname, 15, "B", color=color)
        txt(pdf, 14, 19.5, f"{vstreet}, {vcity} · (306) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", 8.6)
        txt(pdf, 14, 24, f"GST Reg. No. {gst_no} · PST Vendor Licence {rng.randint(1000000, 9999999)}", 8.2, color=(90, 90, 90))
        txt(pdf, 190, 12, "PARTS & SERVICE INVOICE", 13, "B", align="R", w=75)
        kv(pdf, 190, 20, [("Invoice #", no), ("Invoice Date", fd(d)), (po_label, po), ("Due Date", fd(due) if due else None)], wl=34, wv=41, size=8.4)
        txt(pdf, 14, 34, "SOLD TO", 7.6, color=(110, 110, 110))
        txt(pdf, 14, 38.5, bname, 10, "B")
        txt(pdf, 14, 43.5, baddr, 8.4)
        txt(pdf, 100, 34, "EQUIPMENT", 7.6, color=(110, 110, 110))
        txt(pdf, 100, 38.5, f"Work Order {wo} · Unit S/N {serial}", 8.4)
        txt(pdf, 100, 43.5, f"Engine hours {rng.randint(800, 4200)} · Account {rng.randint(10000, 99999)}", 8.4)
        cols = [("Part No.", 28, "L"), ("Description", 100, "L"), ("Qty", 18, "R"), ("Unit", 16, "C"), ("Unit Price", 30, "R"), ("Tax", 18, "C"), ("Extended", 40, "R")]
        trs = [[parts[x["desc"]], x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), x["extra"], m(x["amount"])] for x in items]
        y = table(pdf, 14, 54, cols, trs, size=8.4, rowh=6, header_fill=(235, 240, 235), line_color=(200, 200, 200))
        para(pdf, 14, y + 6, 140, "Tax codes: G = GST only (PST exempt - farm implements, parts and repairs for use in a farming operation; Farm Exemption Certificate on file). GP = GST and PST.", 7.6, h=3.8, color=(90, 90, 90))
        para(pdf, 14, y + 18, 140, (f"Please pay by {fd(due)}." if due else term + ".") + " 2% per month (26.82% per annum) charged on overdue accounts. Cheque, e-transfer or debit accepted.", 7.6, h=3.8, color=(90, 90, 90))
        totals(pdf, 175, y + 6, [("Subtotal", m(net), False), ("GST 5%", m(gst), False), (f"PST 6% on {m(pst_base)}", m(pst), False), ("TOTAL (CAD)", m(total), True)], wl=52, wv=38, size=9, line=color, step=6)
        pdf.output(path)

    notes = (
        "Regina / Swift Current / Moose Jaw / Saskatoon (Saskatchewan) farm-equipment dealer's PARTS & SERVICE INVOICE in English on a landscape Letter page, in Canadian dollars ('$1,234.50'), with the GST 5 % on every row and the PST 6 % only on the rows coded GP (farm parts and repairs are PST exempt with a farm exemption certificate; safety supplies, chains, heaters and seed funnels are not): vendor = the name at the top; vendor_tax_id = 'GST Reg. No.' as printed (9-digit business number and RT0001; the PST vendor licence is a decoy). "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice Date' ("
        + ["yyyy-mm-dd", "'Mar 12, 2026'", "dd/mm/yyyy", "yyyy-mm-dd"][i]
        + "); the work order, the unit serial number, the engine hours and the account number are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "subtotal = 'Subtotal'; tax = 'GST 5%' plus 'PST 6% on ...' (no tax total is printed); total = 'TOTAL (CAD)'. Currency CAD. Line items: every row."
    )
    t = truth(vname, gst_no, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, no, po, vname, gst_no, "TOTAL (CAD)"], "tax_parts": [str(gst), str(pst)]}
    return t, chk, render


def digits_(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(6))


# =========================================================================== 10 USVI engineering firm (no tax, USD), progress by phase, two pages
VI_V = [
    ("Caribbean Coastal Engineering, LLC", "52 King Street, Christiansted", "St. Croix, VI 00820", (14, 116, 144)),
    ("Frederiksted Design Group, P.C.", "19 Strand Street, Frederiksted", "St. Croix, VI 00840", (124, 45, 18)),
    ("Harbour Point Engineers, Inc.", "5300 Veterans Drive, Charlotte Amalie", "St. Thomas, VI 00802", (30, 64, 175)),
    ("Love City Structural, LLC", "The Marketplace, Suite 204, Cruz Bay", "St. John, VI 00830", (22, 101, 52)),
]
VI_B = [
    ("Virgin Islands Port Authority", "Attn: Engineering Division", "P.O. Box 301707, St. Thomas, VI 00803", "Gallows Bay Dock Rehabilitation"),
    ("Sandy Point Villas Owners Association", "Attn: Board Treasurer", "Estate Sandy Point, St. Croix, VI 00840", "Hurricane Roof Retrofit, Buildings A-D"),
    ("St. Thomas Gourmet Market, Inc.", "Attn: Accounts Payable", "Red Hook Plaza, St. Thomas, VI 00802", "Cold Storage Addition"),
    ("Coral Bay Community Council", "Attn: Project Manager", "9901 Emmaus, St. John, VI 00830", "Coral Bay Stormwater Improvements"),
]
VI_PHASES = ["Schematic Design", "Design Development", "Construction Documents", "Permitting (DPNR / CZM)", "Bidding and Negotiation", "Construction Administration"]
VI_EXP = [
    ("Seaplane / ferry, inter-island site visit", "trip", 1, 6, 95, 260),
    ("Vehicle mileage, site visits", "mi", 20, 180, 0.7, 0.7),
    ("Printing, full-size drawing sets", "set", 2, 8, 45, 120),
    ("Courier, permit submittals", "ea", 1, 4, 35, 85),
    ("Geotechnical lab testing (pass-through)", "ea", 1, 1, 850, 2400),
]


@style("10", "vi_st_croix_invoice_no_sales_tax_two_pages")
def s10(rng, i):
    vname, vstreet, vcity, color = VI_V[i]
    bname, battn, baddr, project = VI_B[i]
    d = rand_date(rng)
    start = rng.randint(0, 2)
    phases = []
    for k, ph in enumerate(VI_PHASES[start : start + rng.randint(2, 4)]):
        fee = D(rng.randint(60, 400) * 100)
        prev = [100, 60, 25, 0][min(k, 3)] if k < 2 else rng.choice([0, 10, 20])
        now = min(100, prev + rng.choice([10, 15, 20, 25, 40]))
        amt = q2(fee * (now - prev) / 100)
        phases.append({"desc": ph, "fee": fee, "prev": prev, "now": now, "qty": None, "show_qty": False, "amount": amt, "unit": "", "price": amt})
    phases = [x for x in phases if x["amount"]]
    exps = lines(rng, VI_EXP, rng.randint(2, 4), D("0.01"))
    items = phases + exps
    fees = sum(x["amount"] for x in phases)
    reimb = sum(x["amount"] for x in exps)
    total = fees + reimb
    retainer = q2(D(rng.randint(10, 30)) * 100) if i % 2 == 1 else None
    contract = sum(x["fee"] for x in phases) + D(rng.randint(50, 300) * 100)
    no = [f"{rng.randint(2400, 2999)}", f"FDG-{d.year}-{rng.randint(10, 99)}", f"{rng.randint(10000, 19999)}", f"LCS{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), us_date, lambda x: x.strftime("%m/%d/%Y"), us_date][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=45), None][i]
    term = ["", "Terms: payable upon receipt", "", "Terms: net 30 days"][i]
    po = [f"VIPA-{rng.randint(1000, 9999)}", None, None, f"CBCC-{rng.randint(10, 99)}"][i]
    po_label = "Client P.O./Contract No."
    pno = f"{d.year % 100}-{rng.randint(100, 999)}"
    per_end = d - dt.timedelta(days=rng.randint(1, 5))
    m = lambda x: "$" + en(x)  # noqa: E731

    def header(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 3, 16, "F")
        txt(pdf, 21, 12, vname, 13.5, "B", color=color)
        txt(pdf, 21, 19, f"{vstreet}, {vcity}", 8.4)
        txt(pdf, 21, 23.5, "Licensed Professional Engineers, U.S. Virgin Islands", 7.8, color=(100, 100, 100))
        txt(pdf, 150, 12, "INVOICE", 16, "B", align="R", w=45)
        txt(pdf, 150, 19.5, f"Page {page} of 2", 8, align="R", w=45, color=(100, 100, 100))

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Deltek Ajera")
        pdf.add_page()
        header(pdf, 1)
        txt(pdf, 15, 38, "Bill To", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 42.5, bname, 9.8, "B")
        txt(pdf, 15, 47.5, battn, 8.4)
        txt(pdf, 15, 52, baddr, 8.4)
        kv(pdf, 120, 38, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Project No.", pno), (po_label, po), ("Due Date", fd(due) if due else None)], wl=40, wv=40, size=8.2)
        txt(pdf, 15, 66, f"Project: {project}", 9.6, "B")
        txt(pdf, 15, 71.5, f"Professional services for the period ending {fd(per_end)} · Contract sum {m(contract)}", 8.2, color=(90, 90, 90))
        txt(pdf, 15, 82, "Professional Fees by Phase", 10, "B", color=color)
        cols = [("Phase", 58, "L"), ("Fee", 26, "R"), ("% Complete", 22, "R"), ("Earned to Date", 26, "R"), ("Prior Billed", 24, "R"), ("This Invoice", 24, "R")]
        trs = [[wrap(x["desc"], 32), m(x["fee"]), f"{x['now']}%", m(q2(x["fee"] * x["now"] / 100)), m(q2(x["fee"] * x["prev"] / 100)), m(x["amount"])] for x in phases]
        y = table(pdf, 15, 87, cols, trs, size=8.2, rowh=6.2, header_fill=(236, 242, 245), line_color=(200, 200, 200))
        txt(pdf, 120, y + 3, "Total professional fees", 8.6, "B")
        txt(pdf, 165, y + 3, m(fees), 8.6, "B", align="R", w=30)
        txt(pdf, 15, 255, "Continued on page 2", 8, "I", color=(100, 100, 100))
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 15, 36, f"Invoice {no} · Project {pno} - {project}", 8.4, color=(90, 90, 90))
        txt(pdf, 15, 46, "Reimbursable Expenses", 10, "B", color=color)
        ecols = [("Description", 96, "L"), ("Qty", 18, "R"), ("Unit", 16, "C"), ("Rate", 24, "R"), ("Amount", 26, "R")]
        etrs = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in exps]
        y = table(pdf, 15, 51, ecols, etrs, size=8.2, rowh=6.2, header_fill=(236, 242, 245), line_color=(200, 200, 200))
        rows = [("Professional fees", m(fees), False), ("Reimbursable expenses", m(reimb), False), ("TOTAL THIS INVOICE", m(total), True)]
        if retainer:
            rows += [("Less retainer applied", "-" + m(retainer), False), ("Balance Due", m(total - retainer), True)]
        y = totals(pdf, 105, y + 10, rows, wl=55, wv=35, size=9, line=color, step=6.2)
        y = para(pdf, 15, y + 8, 180, (f"Payment due by {fd(due)}. " if due else term + ". ") + f"Remit by ACH to Banco Popular de Puerto Rico (V.I.), ABA 021502011, account {rng.randint(100000000, 999999999)}, or by check payable to {vname}.", 8, h=4)
        para(pdf, 15, y + 4, 180, "No sales tax is charged in the U.S. Virgin Islands; gross receipts tax is paid by the firm. Amounts billed to date and the contract balance are available on request.", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Christiansted / Frederiksted / Charlotte Amalie / Cruz Bay (US Virgin Islands) engineering firm's progress INVOICE in English over two pages ('Page 1 of 2'), in US dollars ('$1,234.50'), with the professional fees by phase (fee, percent complete, earned to date, prior billed, this invoice) on page 1 and the reimbursable expenses and the totals on page 2; no sales tax (the USVI levies none; the gross receipts tax is the firm's), and on two a retainer applied below the total: vendor = the name at the top; no vendor tax id printed (null). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["mm/dd/yyyy", "US words ('March 12, 2026')", "mm/dd/yyyy", "US words"][i]
        + "); the project number, the period end and the contract sum are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "No subtotal or tax (null; 'Professional fees' and 'Reimbursable expenses' are the two parts of the total). total = 'TOTAL THIS INVOICE'"
        + ("; 'Less retainer applied' and 'Balance Due' are decoys" if retainer else "")
        + ". Currency USD. Line items: each phase row's 'This Invoice' (no quantity) and each expense row."
    )
    t = truth(vname, None, no, po, d, due, "USD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "TOTAL THIS INVOICE"], render
