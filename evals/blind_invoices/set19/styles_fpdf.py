"""fpdf2 styles for set 19 (06 Sierra Leonean generator-servicing company's invoice with GST 15 % in new leones, 07 Swazi
alarm-monitoring and guarding company's monthly tax invoice with VAT 15 % in emalangeni, 08 Tongan inter-island shipping
company's freight invoice with CT 15 % in pa'anga, 09 Saint Lucian kitchen-equipment repairer's invoice with labour and
parts and VAT 12.5 % in EC dollars, 10 Gambian poultry-supply company's invoice with VAT 15 % on equipment and exempt
feed, in dalasis)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    li,
    mt,
    new_fpdf,
    ordinal,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
)
from kit_common import MONTHS, en_date, lines, para, totals, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Sierra Leone generator servicing (TIN, GST 15 %, NLe)
SL_V = [("Freetown Power Solutions (SL) Ltd", "14 Wilkinson Road, Freetown", (200, 90, 0)),
        ("Kissy Generator Services Ltd", "62 Bai Bureh Road, Kissy, Freetown", (0, 90, 60)),
        ("Bo Electrical & Mechanical Co. (SL) Ltd", "7 Dambara Road, Bo", (30, 60, 140)),
        ("Lumley Engineering Services Ltd", "31 Regent Road, Lumley, Freetown", (120, 30, 60))]
SL_B = [("Atlantic Fisheries (SL) Ltd", "Government Wharf, Freetown"), ("Hill Station Medical Centre Ltd", "Hill Station, Freetown"),
        ("Sewa Rice Mills Ltd", "Mattru Road, Bo"), ("Aberdeen Beach Hotel Ltd", "Cape Road, Aberdeen, Freetown")]
SL_WORK = [
    ("250 hour service, 100 kVA diesel generator (oil, filters, belts)", "service", 1, 3, "2800.00", "5200.00"),
    ("Engine oil 15W-40", "litre", 10, 60, "55.00", "95.00"),
    ("Fuel filter element", "pc", 1, 6, "180.00", "420.00"),
    ("Air filter element", "pc", 1, 4, "350.00", "780.00"),
    ("Replacement of alternator AVR, supply and fit", "pc", 1, 1, "3500.00", "7800.00"),
    ("Technician call-out, after hours", "hour", 2, 12, "250.00", "480.00"),
    ("Load bank test, 2 hours", "test", 1, 2, "1800.00", "3200.00"),
    ("Transport of service crew to site", "trip", 1, 4, "300.00", "900.00"),
]


@style("06", "sl_generator_servicing_gst")
def s06(rng, i):
    vname, vaddr, color = SL_V[i]
    bname, baddr = SL_B[i]
    d = rand_date(rng)
    items = lines(rng, SL_WORK, rng.randint(4, 6), D("0.50"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = f"{rng.randint(1000000, 3999999)}"
    no = [f"FPS/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(2000, 6999)}", f"INV-{rng.randint(1000, 9999)}", f"LES{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]}, {x.year}", lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=14) if i in (0, 3) else None
    term = ["", "Payment within 30 days", "Cash or cheque on completion", ""][i]
    po = [None, f"LPO {rng.randint(1000, 9999)}", None, f"PO/{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    cur = ["NLe", "Le", "NLe", "SLE"][i]
    gen = f"{rng.choice(['Perkins', 'Cummins', 'FG Wilson', 'Caterpillar'])} {rng.choice([60, 100, 150, 250])} kVA, serial {rng.choice('ABCDEF')}{digits(rng, 6)}"
    hours = rng.randint(4000, 30000)

    def render(path):
        pdf = new_fpdf(creator="QuickBooks")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 6, "F")
        txt(pdf, 0, 12, vname, 15, "B", align="C", w=210, color=color)
        txt(pdf, 0, 19, f"{vaddr}, Sierra Leone · Tel +232 {rng.randint(76, 79)} {digits(rng, 6)}", 8, align="C", w=210)
        txt(pdf, 0, 23.5, f"Generator sales, installation and maintenance · TIN: {tin}", 8, align="C", w=210)
        txt(pdf, 0, 33, "INVOICE", 14, "B", align="C", w=210)
        txt(pdf, 15, 44, "Customer:", 8, color=(110, 110, 110))
        txt(pdf, 15, 48.5, bname, 9, "B")
        txt(pdf, 15, 53, baddr, 8.2)
        kv = [("Invoice No:", no), ("Date:", fd(d))]
        if po:
            kv.append(("Customer LPO:", po))
        if due:
            kv.append(("Due Date:", fd(due)))
        y = 44
        for a, b in kv:
            txt(pdf, 120, y, a, 8.4)
            txt(pdf, 150, y, b, 8.4, "B", align="R", w=45)
            y += 5
        y = max(y, 60) + 3
        txt(pdf, 15, y, f"Unit: {gen} · hour meter {hours:,} h", 8, "I")
        rows = [[str(k + 1), wrap(it["desc"], 52), qstr(it["qty"]), it["unit"], en(it["price"]), en(it["amount"])] for k, it in enumerate(items)]
        y = table(pdf, 15, y + 6, [("#", 8, "L"), ("Description", 90, "L"), ("Qty", 14, "R"), ("Unit", 18, "L"), ("Unit Price", 24, "R"), ("Amount", 26, "R")], rows, size=7.8, rowh=6, header_fill=color, header_color=(255, 255, 255), zebra=(245, 240, 232))
        y = totals(pdf, 123, y + 5, [("Sub-Total", en(net), False), ("GST 15%", en(tax), False), (f"Total ({cur})", en(total), True)], wl=40, wv=32, line=color)
        y += 6
        y = para(pdf, 15, y, 180, (f"Terms: {term}. " if term else "") + f"Bank: {rng.choice(['Rokel Commercial Bank', 'Sierra Leone Commercial Bank', 'Ecobank Sierra Leone', 'Union Trust Bank'])}, A/C No. {digits(rng, 12)}. Cheques payable to {vname}.", 7.8)
        y = para(pdf, 15, y + 3, 180, "Next service due at " + f"{hours + 250:,} h. Parts carry a 90-day warranty.", 7.4, color=(90, 90, 90))
        txt(pdf, 15, 270, "Received by: ____________________     Signature & stamp: ____________________", 8)
        pdf.output(path)

    notes = (
        "Sierra Leonean generator-servicing company's INVOICE in English: vendor = the company name (Ltd) centred at the top; vendor tax id = 'TIN:' (7 digits, no public checksum: random); the generator serial, the hour meter and the bank account are decoys. "
        "invoice_number = 'Invoice No:'; invoice_date = 'Date:' (" + ["dd/mm/yyyy", "'12 March 2026'", "'12th March, 2026'", "dd-mm-yyyy"][i] + "). "
        + ("due = 'Due Date:' (14 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Customer LPO:' {po}. " if po else "No PO. ")
        + f"subtotal = 'Sub-Total'; tax = 'GST 15%'; total = 'Total ({cur})'. Currency SLE, the new leone (printed '{cur}'). Amounts '1,234.56'. Line items: every numbered row."
    )
    t = T(vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="SLE", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "TIN: " + tin, no, po, vname, cur], render


# =========================================================================== 07 Eswatini alarm monitoring (VAT No., VAT 15 %, E)
SZ_V = [("Lubombo Security Services (Pty) Ltd", "Plot 412, Mhlakuvane Street, Manzini", (20, 40, 90)),
        ("Siyavikela Alarms (Pty) Ltd", "Gwamile Street, Mbabane", (140, 20, 20)),
        ("Matsapha Guarding & Response (Pty) Ltd", "Matsapha Industrial Site, King Mswati III Avenue", (10, 90, 70)),
        ("Ezulwini Protection Services (Pty) Ltd", "MR103, Ezulwini Valley", (80, 50, 110))]
SZ_B = [("Swazi Candle Distributors (Pty) Ltd", "Malkerns"), ("Manzini Hardware Wholesalers (Pty) Ltd", "Ngwane Street, Manzini"),
        ("Eswatini Citrus Packers (Pty) Ltd", "Big Bend"), ("Mbabane Motors (Pty) Ltd", "Sozisa Road, Mbabane")]
SZ_WORK = [
    ("Alarm monitoring and armed response, per site", "site", 1, 6, "450.00", "950.00"),
    ("Static guard, 12-hour day shift, per post per month", "post", 1, 4, "7200.00", "11800.00"),
    ("Static guard, 12-hour night shift, per post per month", "post", 1, 4, "7800.00", "12600.00"),
    ("CCTV remote monitoring, per camera", "camera", 4, 24, "85.00", "160.00"),
    ("Panic button rental", "unit", 1, 8, "60.00", "140.00"),
    ("Technician call-out, alarm fault", "call-out", 1, 3, "350.00", "650.00"),
    ("Armed escort, cash in transit", "trip", 1, 10, "400.00", "900.00"),
]


@style("07", "sz_alarm_monitoring_guarding")
def s07(rng, i):
    vname, vaddr, color = SZ_V[i]
    bname, baddr = SZ_B[i]
    d = rand_date(rng)
    items = lines(rng, SZ_WORK, rng.randint(3, 5), D("0.50"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vat = f"{rng.randint(100000, 999999)}"
    b_vat = f"{rng.randint(100000, 999999)}"
    tin = digits(rng, 9, True)
    no = [f"TI{rng.randint(10000, 99999)}", f"{rng.randint(5000, 9999)}", f"MGR/{rng.randint(100, 999)}", f"IN{d.strftime('%y%m')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d %b %Y")][i]
    due = [None, d + dt.timedelta(days=30), (d.replace(day=28) + dt.timedelta(days=4)).replace(day=7), None][i]
    term = ["30 days from statement", "", "", "Payable by the 7th of the month"][i]
    po = [f"{rng.randint(4500000, 4509999)}", None, None, f"PO{rng.randint(1000, 9999)}"][i]
    month = d.replace(day=1)
    period = f"{MONTHS['en'][month.month - 1]} {month.year}"
    bf = q2(D(rng.randint(500000, 3000000)) / 100) if i == 1 else None

    def render(path):
        pdf = new_fpdf(creator="Pastel Partner")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        txt(pdf, 15, 20.5, f"{vaddr}, Eswatini", 8)
        txt(pdf, 15, 24.5, f"Tel +268 2{rng.randint(400, 599)} {digits(rng, 4)} · P.O. Box {rng.randint(100, 4999)}", 8)
        txt(pdf, 15, 28.5, f"VAT Reg. No.: {vat}   TIN: {tin}", 8, "B")
        pdf.set_fill_color(*color)
        pdf.rect(130, 12, 65, 10, "F")
        txt(pdf, 130, 14.5, "TAX INVOICE", 13, "B", align="C", w=65, color=(255, 255, 255))
        pdf.set_draw_color(*color)
        kv = [("Invoice No.", no), ("Date", fd(d)), ("Period", period)]
        if po:
            kv.append(("Order No.", po))
        if due:
            kv.append(("Due Date", fd(due)))
        y = 24
        for a, b in kv:
            pdf.rect(130, y, 65, 6)
            txt(pdf, 132, y + 1.2, a, 7.8)
            txt(pdf, 160, y + 1.2, b, 7.8, "B", align="R", w=33)
            y += 6
        yb = max(y, 40) + 4
        pdf.rect(15, yb, 90, 22)
        txt(pdf, 17, yb + 2, "Customer", 7.4, color=(110, 110, 110))
        txt(pdf, 17, yb + 6.5, bname, 8.6, "B")
        txt(pdf, 17, yb + 11, baddr + ", Eswatini", 8)
        txt(pdf, 17, yb + 15.5, f"Customer VAT No.: {b_vat}", 8)
        rows = [[wrap(it["desc"], 50), qstr(it["qty"]), en(it["price"]), "15%", en(it["amount"])] for it in items]
        y = table(pdf, 15, yb + 28, [("Description", 90, "L"), ("Qty", 16, "R"), ("Unit Price", 26, "R"), ("VAT", 14, "R"), ("Excl. Amount", 34, "R")], rows, size=7.8, rowh=6.2, header_fill=(225, 225, 235), line_color=(200, 200, 200))
        y += 4
        pdf.set_draw_color(*color)
        pdf.rect(120, y, 75, 19)
        totals(pdf, 122, y + 2, [("Total Excl. VAT", f"E {en(net)}", False), ("VAT @ 15%", f"E {en(tax)}", False), ("Total Incl. VAT", f"E {en(total)}", True)], wl=36, wv=35, size=8.4)
        y += 25
        if bf is not None:
            txt(pdf, 15, y, "Statement", 8.4, "B")
            for k, (a, b) in enumerate([("Balance brought forward", en(bf)), ("Payments received", "-" + en(bf)), ("This invoice", en(total)), ("Amount due", en(total))]):
                txt(pdf, 15, y + 4.5 + k * 4.2, a, 7.6)
                txt(pdf, 60, y + 4.5 + k * 4.2, b, 7.6, align="R", w=30)
            y += 24
        y = para(pdf, 15, y, 180, (f"Terms: {term}. " if term else "") + f"Banking details: {rng.choice(['Standard Bank Eswatini', 'Nedbank Eswatini', 'FNB Eswatini', 'Eswatini Bank'])}, branch {rng.choice(['Manzini', 'Mbabane', 'Matsapha'])}, account {digits(rng, 11)}. Please use the invoice number as reference.", 7.8)
        txt(pdf, 15, y + 4, "Ngiyabonga – thank you for your business.", 7.8, "I", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Swazi security company's TAX INVOICE in English: vendor = the company name ((Pty) Ltd) at the top left; vendor tax id = 'VAT Reg. No.:' (6 digits, no public checksum: random); the TIN beside it, the customer's VAT number and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["yyyy/mm/dd", "dd/mm/yyyy", "'12 March 2026'", "dd Mon yyyy"][i] + "); the 'Period' (month) is a decoy. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total Excl. VAT'; tax = 'VAT @ 15%'; total = 'Total Incl. VAT'" + ("; the statement (balance brought forward, payments, amount due) is a decoy" if bf is not None else "")
        + ". Currency SZL (printed 'E', the lilangeni). Amounts '1,234.56'. Line items: every row (amount = 'Excl. Amount')."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="SZL", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No.: " + vat, no, po, vname, f"E {en(total)}"], render


# =========================================================================== 08 Tonga inter-island freight (TIN, CT 15 %, T$)
TO_V = [("Tongan Inter-Island Shipping Ltd", "Queen Salote Wharf, Nuku'alofa", (0, 70, 130)),
        ("Vava'u Coastal Freight Ltd", "Halaevalu Wharf, Neiafu, Vava'u", (150, 20, 30)),
        ("Ha'apai Marine Services Ltd", "Pangai, Lifuka, Ha'apai", (20, 100, 60)),
        ("Tofua Freight & Lighterage Ltd", "Vuna Road, Nuku'alofa", (90, 60, 20))]
TO_B = [("Neiafu Hardware & Building Supplies Ltd", "Neiafu, Vava'u"), ("Pangai Wholesale Ltd", "Pangai, Ha'apai"),
        ("Tonga Vanilla Growers Co-operative Ltd", "Neiafu, Vava'u"), ("Eua Sawmill Ltd", "Ohonua, 'Eua")]
TO_WORK = [
    ("20 ft container, general cargo", "TEU", 1, 6, "850.00", "1400.00"),
    ("Break-bulk cargo by measurement", "m3", 5, 60, "38.00", "65.00"),
    ("Cement in bags, palletised", "tonne", 2, 40, "55.00", "95.00"),
    ("Timber, sawn", "m3", 2, 30, "42.00", "75.00"),
    ("Wharfage", "tonne", 2, 60, "4.50", "9.00"),
    ("Stevedoring and lashing", "hour", 2, 10, "60.00", "110.00"),
    ("Vehicle, light truck, ro-ro", "unit", 1, 3, "450.00", "800.00"),
]


@style("08", "to_interisland_freight_ct")
def s08(rng, i):
    vname, vaddr, color = TO_V[i]
    bname, baddr = TO_B[i]
    d = rand_date(rng)
    items = lines(rng, TO_WORK, rng.randint(3, 5), D("0.50"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = digits(rng, 9, True)
    no = [f"FRT{rng.randint(10000, 99999)}", f"VCF-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", f"TFL{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "Freight payable before release of cargo", "", "7 days"][i]
    po = [None, None, f"PWL{rng.randint(100, 999)}", f"ESL/{rng.randint(10, 99)}"][i]
    cur = ["T$", "TOP", "T$", "Pa'anga"][i]
    vessel = rng.choice(["MV 'Otuanga'ofa", "MV Pulupaki", "MV Siaosi", "LCT Tokelau"])
    voy = f"V{rng.randint(100, 399)}"
    sail = d - dt.timedelta(days=rng.randint(1, 10))
    bls = [f"BL{rng.randint(10000, 99999)}" for _ in range(rng.randint(2, 4))]

    def render(path):
        pdf = new_fpdf(orientation="L", creator="MYOB AccountRight")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 16, "B", font="Serif", color=color)
        txt(pdf, 15, 19.5, f"{vaddr}, Kingdom of Tonga · Ph (+676) {digits(rng, 5)} · TIN {tin}", 8, font="Serif")
        txt(pdf, 200, 12, "FREIGHT INVOICE", 15, "B", align="R", w=82, color=color)
        txt(pdf, 200, 19.5, "Tax Invoice", 9, align="R", w=82)
        pdf.set_draw_color(*color)
        pdf.line(15, 25, 282, 25)
        grid = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Vessel / Voyage", f"{vessel} / {voy}"), ("Sailed", sail.strftime("%d/%m/%Y")),
                ("Route", "Nuku'alofa – " + ["Neiafu", "Pangai", "Neiafu", "'Eua"][i]), ("Your Ref.", po or "—"), ("Due Date", fd(due) if due else "—"), ("Account", f"A{rng.randint(1000, 9999)}")]
        for k, (a, b) in enumerate(grid):
            x, y = 15 + (k % 4) * 67, 29 + (k // 4) * 12
            pdf.rect(x, y, 67, 12)
            txt(pdf, x + 2, y + 1.5, a, 7, color=(100, 100, 100))
            txt(pdf, x + 2, y + 6, b, 8.6, "B")
        txt(pdf, 15, 56, f"Consignee / Bill to: {bname}, {baddr}", 8.8, "B")
        txt(pdf, 15, 61, f"Bills of lading: {', '.join(bls)}", 8)
        rows = [[it["desc"], it["unit"], qstr(it["qty"]), en(it["price"]), en(it["amount"])] for it in items]
        y = table(pdf, 15, 67, [("Description of cargo / charge", 130, "L"), ("Unit", 24, "L"), ("Qty", 24, "R"), ("Rate", 40, "R"), ("Amount", 49, "R")], rows, size=8.2, rowh=6.2, header_fill=color, header_color=(255, 255, 255))
        totals(pdf, 195, y + 5, [("Sub-total", en(net), False), ("Consumption Tax 15%", en(tax), False), (f"TOTAL {cur}", en(total), True)], wl=45, wv=42, size=8.8, line=color)
        para(pdf, 15, y + 5, 165, (f"Terms: {term}. " if term else "") + f"Pay to {rng.choice(['ANZ Bank (Tonga) Ltd', 'Tonga Development Bank', 'BSP Tonga', 'MBf Bank'])}, account {digits(rng, 9)}. Cargo carried subject to the company's bill of lading conditions. Mālō 'aupito.", 7.8, font="Serif")
        pdf.output(path)

    notes = (
        "Tongan inter-island shipping company's FREIGHT INVOICE (tax invoice) on a landscape page in English: vendor = the company name (Ltd) at the top left; vendor tax id = 'TIN' (9 digits, no public checksum: random); the account, the bills of lading and the bank account are decoys. "
        "invoice_number = 'Invoice No.' in the boxed grid; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yy", "dd/mm/yyyy"][i] + "); 'Sailed' is a decoy date. "
        + ("due = 'Due Date' (30 days). " if due else f"'Due Date' is a dash and '{term}' is a term: no due date (null). ")
        + (f"PO = 'Your Ref.' {po}. " if po else "No PO ('Your Ref.' is a dash). ")
        + f"subtotal = 'Sub-total'; tax = 'Consumption Tax 15%'; total = 'TOTAL {cur}'. Currency TOP (printed '{cur}'). Amounts '1,234.56'. Line items: every row (quantity = TEU, m3, tonnes, hours, units)."
    )
    t = T(vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="TOP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "TIN " + tin, no, po, vname, cur], render


# =========================================================================== 09 Saint Lucia kitchen equipment repair (VAT Reg. No., VAT 12.5 %, EC$)
LC_V = [("Caribbean Catering Equipment Services Ltd", "Bisée Industrial Estate, Castries", (170, 60, 0)),
        ("Helen Refrigeration & Kitchen Services Inc.", "Vieux Fort Highway, Vieux Fort", (0, 80, 120)),
        ("Rodney Bay Technical Services Ltd", "Rodney Bay, Gros Islet", (40, 110, 40)),
        ("Soufrière Appliance Repair Ltd", "Bridge Street, Soufrière", (100, 40, 100))]
LC_B = [("Pigeon Point Resort Ltd", "Gros Islet"), ("Marigot Bay Hotel Inc.", "Marigot Bay"), ("Castries Central Bakery Ltd", "Jeremie Street, Castries"), ("Anse Chastanet Catering Ltd", "Soufrière")]
LC_PARTS = [("Thermostat, combi oven", "pc", 1, 2, "180.00", "420.00"), ("Door gasket, reach-in refrigerator", "pc", 1, 4, "95.00", "210.00"),
            ("Igniter and thermocouple kit, 6-burner range", "set", 1, 3, "65.00", "140.00"), ("Wash pump motor, dishwasher", "pc", 1, 1, "780.00", "1450.00"),
            ("Condenser fan motor", "pc", 1, 2, "220.00", "480.00"), ("Refrigerant R290, charge", "kg", 1, 3, "90.00", "160.00")]


@style("09", "lc_kitchen_equipment_repair")
def s09(rng, i):
    vname, vaddr, color = LC_V[i]
    bname, baddr = LC_B[i]
    d = rand_date(rng)
    labour = []
    visits = sorted({d - dt.timedelta(days=rng.randint(1, 12)) for _ in range(rng.randint(1, 3))})
    rate = D(rng.choice([95, 110, 120, 135]))
    for v in visits:
        h = D(rng.randint(2, 14)) / 2
        labour.append({"desc": f"Labour, technician {v.strftime('%d/%m')}", "unit": "hr", "qty": h, "price": rate, "amount": q2(h * rate)})
    parts = lines(rng, LC_PARTS, rng.randint(2, 4), D("0.05"))
    callout = {"desc": "Call-out / travel charge", "unit": "trip", "qty": D(len(visits)), "price": D(rng.choice([60, 75, 90])), "amount": D(0)}
    callout["amount"] = q2(callout["qty"] * callout["price"])
    items = labour + [callout] + parts
    lab_sum = sum(x["amount"] for x in labour) + callout["amount"]
    parts_sum = sum(x["amount"] for x in parts)
    net = lab_sum + parts_sum
    tax = q2(net * D("0.125"))
    total = net + tax
    vat = f"{rng.randint(1000000, 9999999)}"
    no = [f"CCE{rng.randint(1000, 9999)}", f"{rng.randint(10000, 19999)}", f"RB-{rng.randint(100, 999)}", f"SAR{d.strftime('%y')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}", lambda x: x.strftime("%d-%b-%Y"), en_date][i]
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    term = ["Net 30", "", "COD", ""][i]
    po = [f"PO {rng.randint(1000, 9999)}", None, f"{rng.randint(30000, 39999)}", None][i]
    job = f"JC-{rng.randint(1000, 9999)}"
    cur = ["EC$", "XCD", "EC$", "$"][i]
    equip = rng.choice(["Rational combi oven, 10 grid", "True reach-in refrigerator T-49", "Hobart AM15 hood dishwasher", "Garland 6-burner range with oven"])

    def render(path):
        pdf = new_fpdf(creator="Microsoft Excel")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 4, 22, "F")
        txt(pdf, 22, 12, vname, 13, "B", font="DVC")
        txt(pdf, 22, 18, f"{vaddr}, Saint Lucia, W.I.", 8)
        txt(pdf, 22, 22, f"Tel (758) {rng.randint(450, 459)}-{digits(rng, 4)} · service@{vname.split()[0].lower()}.lc", 8)
        txt(pdf, 22, 26, f"VAT Reg. No. {vat}", 8, "B")
        txt(pdf, 140, 12, "INVOICE", 18, "B", align="R", w=55, color=color)
        kv = [("Invoice #", no), ("Date", fd(d)), ("Job card", job)] + ([("Customer PO", po)] if po else []) + ([("Payment due", fd(due))] if due else [])
        y = 21
        for a, b in kv:
            txt(pdf, 140, y, a, 8)
            txt(pdf, 165, y, b, 8, "B", align="R", w=30)
            y += 4.4
        y = max(y, 40) + 2
        txt(pdf, 15, y, "Bill to:", 8, color=(110, 110, 110))
        txt(pdf, 15, y + 4, f"{bname}, {baddr}", 9, "B")
        txt(pdf, 15, y + 9, f"Equipment: {equip}. Fault reported: {rng.choice(['not heating', 'not holding temperature', 'leaking water', 'tripping breaker'])}.", 8)
        y += 16
        txt(pdf, 15, y, "LABOUR", 8.6, "B", color=color)
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in labour + [callout]]
        y = table(pdf, 15, y + 4, [("Description", 100, "L"), ("Unit", 16, "L"), ("Qty", 16, "R"), ("Rate", 24, "R"), ("Amount", 24, "R")], rows, size=7.8, rowh=5.8, font="DVC")
        txt(pdf, 131, y + 1.5, "Labour total", 7.8, "", font="DVC")
        txt(pdf, 171, y + 1.5, en(lab_sum), 7.8, "", font="DVC", align="R", w=23)
        y += 9
        txt(pdf, 15, y, "PARTS", 8.6, "B", color=color)
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in parts]
        y = table(pdf, 15, y + 4, [("Description", 100, "L"), ("Unit", 16, "L"), ("Qty", 16, "R"), ("Price", 24, "R"), ("Amount", 24, "R")], rows, size=7.8, rowh=5.8, font="DVC")
        txt(pdf, 131, y + 1.5, "Parts total", 7.8, "", font="DVC")
        txt(pdf, 171, y + 1.5, en(parts_sum), 7.8, "", font="DVC", align="R", w=23)
        y = totals(pdf, 125, y + 10, [("Subtotal", en(net), False), ("VAT 12.5%", en(tax), False), (f"TOTAL {cur}", en(total), True)], wl=40, wv=30, size=8.8, font="DVC", line=color)
        y = para(pdf, 15, y + 6, 180, (f"Terms: {term}. " if term else "") + f"Payments to {rng.choice(['Bank of Saint Lucia', '1st National Bank St. Lucia', 'Republic Bank (EC) Ltd', 'CIBC Caribbean'])}, account {digits(rng, 12)}. 90-day warranty on parts and workmanship.", 7.8, font="DVC")
        txt(pdf, 15, y + 8, "Customer signature: ______________________   Technician: " + rng.choice(["K. Joseph", "M. St. Rose", "D. Charles", "P. Alexander"]), 8)
        pdf.output(path)

    notes = (
        "Saint Lucian kitchen-equipment repairer's INVOICE in English with a LABOUR and a PARTS table: vendor = the company name (Ltd/Inc.) at the top; vendor tax id = 'VAT Reg. No.' (7 digits, no public checksum: random); the job card and the bank account are decoys. "
        "invoice_number = 'Invoice #'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yyyy", "'12 March 2026'"][i] + "); the labour dates (dd/mm) are decoys. "
        + ("due = 'Payment due' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Customer PO' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = 'VAT 12.5%'; total = 'TOTAL {cur}'; 'Labour total' and 'Parts total' are section sums (decoys). Currency XCD (printed '{cur}'). Amounts '1,234.56'. Line items: every labour row, the call-out row and every parts row (quantity = hours with halves, trips, pieces)."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XCD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vat, no, po, vname, cur], render


# =========================================================================== 10 Gambia poultry supply (TIN, VAT 15 % on equipment, feed exempt, D)
GM_V = [("Kombo Poultry Supplies Ltd", "Brikama Highway, Yundum, West Coast Region", (180, 110, 0)),
        ("Serrekunda Agro-Vet Company Ltd", "Sayerr Jobe Avenue, Serrekunda", (0, 100, 80)),
        ("Gambia Feed & Farm Inputs Ltd", "Kanifing Industrial Estate, Kanifing", (60, 60, 140)),
        ("Banjul Livestock Services Ltd", "Liberation Avenue, Banjul", (140, 30, 30))]
GM_B = [("Tanji Layers Farm Ltd", "Tanji, West Coast Region"), ("Sukuta Broiler Enterprise", "Sukuta"), ("Farafenni Egg Producers Co-operative", "Farafenni"), ("Lamin Poultry Farm Ltd", "Lamin, West Coast Region")]
GM_FEED = [("Layer mash, 50 kg bag", "bag", 20, 200, "1150.00", "1650.00"), ("Broiler starter crumbs, 50 kg bag", "bag", 10, 150, "1250.00", "1800.00"),
           ("Broiler finisher pellets, 50 kg bag", "bag", 10, 150, "1200.00", "1700.00"), ("Day-old broiler chicks", "chick", 100, 2000, "45.00", "75.00")]
GM_EQUIP = [("Plastic bell drinker, 8 litre", "pc", 10, 80, "250.00", "450.00"), ("Tube feeder, 10 kg", "pc", 10, 80, "300.00", "550.00"),
            ("Egg trays, 30 eggs (bundle of 140)", "bundle", 5, 60, "700.00", "1100.00"), ("Brooder gas heater", "pc", 1, 6, "3500.00", "6500.00"),
            ("Disinfectant, 5 litre", "can", 2, 20, "650.00", "1200.00")]


@style("10", "gm_poultry_feed_supply")
def s10(rng, i):
    vname, vaddr, color = GM_V[i]
    bname, baddr = GM_B[i]
    d = rand_date(rng)
    feed = lines(rng, GM_FEED, rng.randint(1, 3), D("5"))
    equip = lines(rng, GM_EQUIP, rng.randint(2, 3), D("5"))
    for x in feed:
        x["vat"] = False
    for x in equip:
        x["vat"] = True
    items = feed + equip
    rng.shuffle(items)
    net = sum(x["amount"] for x in items)
    base = sum(x["amount"] for x in items if x["vat"])
    tax = q2(base * D("0.15"))
    total = net + tax
    tin = digits(rng, 10, True)
    no = [f"KPS{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%Y')}", f"INV{rng.randint(10000, 99999)}", f"BLS-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=21) if i in (0, 1) else None
    term = ["", "", "Cash on delivery", "Credit 30 days"][i]
    po = [None, f"LPO-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    cur = ["D", "GMD", "D", "Dalasi"][i]
    deposit = q2(D(rng.randint(5, 20)) * 1000) if i == 2 else None
    waybill = f"WB{rng.randint(1000, 9999)}"

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.rect(10, 10, 190, 277)
        txt(pdf, 15, 15, vname, 15, "B", color=color)
        txt(pdf, 15, 22, f"{vaddr}, The Gambia · Tel (+220) {rng.randint(300, 799)} {digits(rng, 4)}", 8)
        txt(pdf, 15, 26, f"TIN: {tin}", 8, "B")
        txt(pdf, 150, 15, "INVOICE", 16, "B", align="R", w=45)
        pdf.line(10, 32, 200, 32)
        left = [("Invoice No.", no), ("Invoice Date", fd(d))] + ([("LPO No.", po)] if po else []) + ([("Due Date", fd(due))] if due else [])
        for k, (a, b) in enumerate(left):
            txt(pdf, 15, 36 + k * 5, a, 8.2)
            txt(pdf, 45, 36 + k * 5, ": " + b, 8.2, "B")
        txt(pdf, 115, 36, "Sold to:", 8.2, color=(110, 110, 110))
        txt(pdf, 115, 40.5, bname, 8.8, "B")
        txt(pdf, 115, 45, baddr, 8.2)
        txt(pdf, 115, 49.5, f"Delivery: {waybill}, {rng.choice(['own truck', 'customer collected', 'hired truck'])}", 8.2)
        rows = [[str(k + 1), wrap(x["desc"], 46), x["unit"], qstr(x["qty"]), en(x["price"]), "15%" if x["vat"] else "Exempt", en(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, 60, [("No", 10, "L"), ("Item description", 78, "L"), ("Unit", 16, "L"), ("Qty", 16, "R"), ("Unit price", 22, "R"), ("VAT", 14, "C"), ("Amount", 24, "R")], rows, size=7.8, rowh=6, header_fill=(240, 230, 210))
        rows_t = [("Total before VAT", en(net), False), ("VAT 15% on taxable items", en(tax), False), (f"Invoice total ({cur})", en(total), True)]
        y2 = totals(pdf, 110, y + 5, rows_t, wl=55, wv=30, size=8.6, line=color)
        txt(pdf, 15, y + 5, f"Taxable: {en(base)}   Exempt: {en(net - base)}", 7.6, color=(90, 90, 90))
        if deposit:
            txt(pdf, 110, y2 + 1, "Less deposit paid", 7.8)
            txt(pdf, 165, y2 + 1, en(deposit), 7.8, align="R", w=30)
            txt(pdf, 110, y2 + 5.5, "Balance to pay", 7.8)
            txt(pdf, 165, y2 + 5.5, en(total - deposit), 7.8, align="R", w=30)
            y2 += 11
        y = para(pdf, 15, y2 + 6, 180, (f"Terms: {term}. " if term else "") + f"Bank: {rng.choice(['Trust Bank Gambia', 'Guaranty Trust Bank (Gambia)', 'Ecobank Gambia', 'Arab-Gambian Islamic Bank'])}, account {digits(rng, 13)}. Goods received in good condition.", 7.8)
        txt(pdf, 15, y + 10, "Received by: __________________        For " + vname + ": __________________", 8)
        pdf.output(path)

    notes = (
        "Gambian poultry-supply company's INVOICE in English, in a ruled frame: vendor = the company name (Ltd) at the top; vendor tax id = 'TIN:' (10 digits, no public checksum: random); the waybill and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd.mm.yyyy", "dd/mm/yy"][i] + "). "
        + ("due = 'Due Date' (21 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'LPO No.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Total before VAT'; tax = 'VAT 15% on taxable items' (the feed and chicks rows are 'Exempt'); total = 'Invoice total ({cur})'; the taxable and exempt sums under the table are decoys"
        + ("; 'Less deposit paid' and 'Balance to pay' are decoys" if deposit else "")
        + f". Currency GMD (printed '{cur}'). Amounts '1,234.56'. Line items: every numbered row (quantity = bags, chicks, pieces, bundles, cans)."
    )
    t = T(vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="GMD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "TIN: " + tin, no, po, vname, cur], render
