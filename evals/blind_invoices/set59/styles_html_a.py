"""Chromium (HTML) styles for set 59, first part (01 Iligan SALES INVOICE in English, every LABEL ABOVE its value and
the TOTALS at the TOP, VAT 12 %, pesos; 02 Sibu bilingual English / Malay INVOICE with the facts in a RIGHT SIDEBAR,
service tax 8 % per row with exempt rows, ringgit; 03 Sigatoka shop receipt on an 80 mm TILL ROLL, prices including
VAT 15 %, Fiji dollars, a discount row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ph_tin
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import MONTHS, due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Iligan (VAT 12, PHP), labels above, totals on top
IL_V = [
    ("Tubod Steel Fabrication Corporation", "Purok 5, Tubod, Iligan City, Lanao del Norte 9200", "#0c4a6e"),
    ("Maria Cristina Hardware & Electrical Supply, Inc.", "Quezon Avenue Extension, Pala-o, Iligan City 9200", "#9a3412"),
    ("Tinago Falls Catering Services Corp.", "Sabayle Street, Poblacion, Iligan City 9200", "#3f6212"),
    ("Northern Mindanao Industrial Gases, Inc.", "Kiwalan Industrial Area, Iligan City 9200", "#1e3a8a"),
]
IL_B = [("Mindanao Flour Mills Corporation", "Kiwalan, Iligan City"), ("City Government of Iligan – General Services Office", "Buhanginan Hills, Pala-o, Iligan City"),
        ("MSU-Iligan Institute of Technology", "Andres Bonifacio Avenue, Tibanga, Iligan City"), ("Iligan Cement Works, Inc.", "Kiwalan Cove, Iligan City")]
IL_ROWS = [
    [("Steel platform fabrication, A36 plate", "lot", 1, 3, 28000, 96000), ("Welding works, certified welder", "hr", 8, 80, 380, 650), ("Angle bar 2 x 2 x 1/4, 6 m", "pc", 5, 60, 1150, 1680), ("Hot-dip galvanizing", "kg", 50, 600, 38, 62)],
    [("THHN wire 3.5 mm², 150 m roll", "roll", 1, 12, 3900, 6400), ("Circuit breaker 2P 30A", "pc", 2, 30, 480, 890), ("LED panel light 18 W", "pc", 10, 120, 320, 590), ("PVC conduit 20 mm x 3 m", "pc", 10, 200, 58, 96)],
    [("Packed lunch, rice and viand", "pax", 50, 400, 120, 185), ("Snacks, AM and PM", "pax", 50, 400, 60, 95), ("Buffet dinner, per head", "pax", 30, 150, 380, 620), ("Venue set-up and servers", "lot", 1, 2, 3500, 8500)],
    [("Oxygen, industrial, 6 m³ cylinder refill", "cyl", 5, 60, 450, 720), ("Acetylene refill", "cyl", 2, 20, 1450, 2100), ("Argon refill 6 m³", "cyl", 1, 10, 1900, 2900), ("Cylinder rental, monthly", "cyl", 5, 40, 150, 260)],
]
IL_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.lab{font-size:7pt;color:#64748b} .val{font-size:9.4pt;font-weight:bold;margin-top:1px}
.band{background:{{ color }};color:#fff;padding:8px 10px;margin-top:10px} .band td{padding:2px 10px 2px 0;vertical-align:top} .band .lab{color:#cbd5e1}
table.f{width:100%;margin-top:10px} table.f td{padding:4px 8px 4px 0;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{text-align:left;font-size:7.4pt;border-bottom:2px solid {{ color }};padding:4px} table.it td{padding:4px;border-bottom:1px solid #e5e7eb;font-size:8.4pt}
.n{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>Tel. (063) {{ tel }}</div><div>VAT Reg. TIN: {{ vid }}</div></td>
<td style="text-align:right"><div style="font-size:18pt;font-weight:bold">{{ title }}</div><div class="lab">{{ stamp }}</div></td></tr></table>
<div class="band"><table style="width:100%"><tr>
<td><div class="lab">VATable Sales</div><div class="val">PHP {{ net }}</div></td>
<td><div class="lab">VAT (12%)</div><div class="val">PHP {{ tax }}</div></td>
<td><div class="lab">{{ tot_l }}</div><div class="val" style="font-size:14pt">PHP {{ total }}</div></td></tr></table></div>
<table class="f"><tr>
<td><div class="lab">Invoice No.</div><div class="val">{{ no }}</div></td>
<td><div class="lab">Date</div><div class="val">{{ d }}</div></td>
<td><div class="lab">Date Delivered</div><div class="val">{{ ds }}</div></td>
<td><div class="lab">{% if due %}Due Date{% else %}Mode of Payment{% endif %}</div><div class="val">{{ due if due else pay }}</div></td></tr>
<tr><td><div class="lab">Business Style</div><div class="val">{{ bstyle }}</div></td>
<td><div class="lab">{% if po %}P.O. No.{% else %}D.R. No.{% endif %}</div><div class="val">{{ po if po else dn }}</div></td>
<td><div class="lab">OSCA / PWD ID No.</div><div class="val">—</div></td>
<td><div class="lab">Terms</div><div class="val">{{ terms }}</div></td></tr>
<tr><td colspan="2"><div class="lab">Sold to</div><div class="val">{{ bname }}</div><div>{{ baddr }}</div><div>TIN {{ bid }}</div></td>
<td colspan="2"><div class="lab">Bank details</div><div>{{ bank }}</div></td></tr></table>
<table class="it"><tr><th>#</th><th>Item / Description</th><th>Unit</th><th class="n">Qty</th><th class="n">Unit Price</th><th class="n">Amount</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:14px;font-size:7.6pt;color:#555">{{ note }}</div>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#777">BIR Authority to Print No. {{ atp }} · Date Issued {{ atpd }} · Series {{ series }} · Printer: Mindanao Printing Press, Iligan City, TIN {{ ptin }} · Page 1 of 1</div>
</body></html>"""


@style("01", "ph_ilg_iligan_sales_invoice_vat_12_labels_above_totals_top")
def s01(rng, i):
    vname, vaddr, color = IL_V[i]
    d = rand_date(rng)
    items = lines(rng, IL_ROWS[i], [3, 4, 3, 4][i], D("0.25") if i in (1, 3) else D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.12"))
    total = net + tax
    vid = ph_tin(rng)
    bid = ph_tin(rng)
    ptin = ph_tin(rng)
    no = [f"{rng.randint(1000, 9999)}", f"SI-{rng.randint(10000, 99999)}", f"{rng.randint(100, 999):04d}", f"{d.year}-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}", lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{MONTHS['en_short'][x.month - 1]} {x.day}, {x.year}"][i]
    paid = i == 2
    due = None if paid else d + dt.timedelta(days=rng.choice([15, 30, 45]))
    terms = "Cash" if paid else f"{(due - d).days} days"
    po = [f"PO-{rng.randint(40000, 49999)}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    tot_l = "Total Amount Paid" if paid else "TOTAL AMOUNT DUE"
    bname, baddr = IL_B[i]
    lo = rng.randint(1, 40) * 1000 + 1
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(221, 229)}-{digits(rng, 4)}", title="SALES INVOICE", stamp=rng.choice(["ORIGINAL", "DUPLICATE – Customer's copy"]),
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 6))), due=fd(due) if due else None,
        pay="Cash", vid=vid, bstyle=rng.choice(["Manufacturing", "Government", "Education", "Cement manufacturing"]), po=po, dn=f"DR-{rng.randint(10000, 99999)}", terms=terms,
        bname=bname, baddr=baddr, bid=bid, bank=f"{rng.choice(['BDO Unibank', 'Land Bank of the Philippines', 'Metrobank'])}, Iligan Branch, account {digits(rng, 4, True)}-{digits(rng, 4)}-{digits(rng, 2)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        note="Received the above goods and services in good order and condition. Payment received in cash, thank you." if paid else "Please make checks payable to the company. Interest of 2% per month is charged on overdue accounts.",
        atp=f"{digits(rng, 3, True)}AU{d.year - rng.randint(1, 3)}{digits(rng, 10)}", atpd=(d - dt.timedelta(days=rng.randint(200, 700))).strftime("%m/%d/%Y"), series=f"{lo:06d}-{lo + 4999:06d}", ptin=ptin,
    )
    notes = (
        f"Iligan (Lanao del Norte, Philippines) SALES INVOICE in English{' (paid in cash)' if paid else ''}, every fact with its LABEL ABOVE the value and the TOTALS in a band at the TOP above the facts and the items, VAT 12 %, 'PHP 1,234.56': "
        "vendor = the name at the top left; vendor_tax_id = 'VAT Reg. TIN' (the customer's TIN, the printer's TIN, the BIR Authority to Print number and its series, the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (the 'Date Delivered' and the ATP's date issued are decoys). "
        + due_note(due, "Cash", "Due Date")
        + (f"The printed term '{terms}' is not used to compute anything. " if due else "")
        + po_note(po, "P.O. No.")
        + ("" if po else "The delivery receipt 'D.R. No.' is a decoy. ")
        + f"subtotal = 'VATable Sales'; tax = 'VAT (12%)'; total = '{tot_l}'. Currency PHP. Line items: every row, without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "PHP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, bid, ptin, ctx["atp"]]}
    return t, chk, (IL_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Sibu (service tax 8, MYR), right sidebar, English / Malay
SB_V = [
    ("Rajang Marine Engineering Sdn. Bhd.", "202001018842 (1375521-K)", "Lot 1822, Jalan Bukit Lima, 96000 Sibu, Sarawak", "#0f766e"),
    ("Lanang Timber Consultancy Sdn. Bhd.", "201801030117 (1292207-V)", "No. 12, Lorong Lanang 3, 96000 Sibu, Sarawak", "#7c2d12"),
    ("Wong Nai Siong IT Services Sdn. Bhd.", "201501044913 (1168830-W)", "2nd Floor, No. 8, Jalan Wong Nai Siong, 96000 Sibu, Sarawak", "#4338ca"),
    ("Sibu Swan Logistics Sdn. Bhd.", "199701029451 (447318-D)", "Lot 5, Upper Lanang Industrial Estate, 96000 Sibu, Sarawak", "#166534"),
]
SB_B = ["Rajang Port Authority (Procurement)", "Sibu Municipal Council", "University College of Technology Sarawak", "Sarawak Oil Palms Berhad"]
SB_ROWS = [
    [("Engine overhaul, express boat (labour)", "job", 1, 2, 4800, 12500, 8), ("Propeller shaft machining", "job", 1, 3, 900, 2600, 8), ("Marine spare parts, as listed", "lot", 1, 2, 1200, 4800, 0)],
    [("Forest inventory survey, per hectare", "ha", 20, 300, 45, 90, 8), ("Timber legality audit report", "report", 1, 2, 3500, 7800, 8), ("Field allowance, enumerators", "day", 2, 20, 120, 220, 8)],
    [("Network maintenance, monthly", "month", 1, 3, 1500, 3800, 8), ("Laptop, 14-inch, business", "unit", 1, 8, 2600, 4200, 0), ("Software installation and set-up", "hr", 2, 20, 90, 160, 8), ("Managed backup service", "month", 1, 3, 350, 780, 8)],
    [("Lorry hire, 10-tonne, Sibu–Bintulu", "trip", 1, 6, 1100, 1900, 8), ("Warehouse storage, per pallet-week", "pallet", 10, 120, 12, 25, 8), ("Forklift handling", "hr", 2, 20, 65, 110, 8), ("Packing materials", "lot", 1, 3, 120, 480, 0)],
]
SB_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;right:0;top:0;bottom:0;width:62mm;background:#f8fafc;border-left:3px solid {{ color }};padding:12mm 6mm;box-sizing:border-box;font-size:8.2pt}
.side .l{color:#64748b;font-size:7pt;margin-top:8px} .side .v{font-weight:bold} .main{margin-right:68mm;padding:12mm 0 0 12mm}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:{{ color }};color:#fff;font-size:7.2pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">INVOICE</div><div style="font-size:11pt;color:{{ color }}">INVOIS</div>
<div class="l">Invoice No. / No. Invois</div><div class="v">{{ no }}</div>
<div class="l">Invoice Date / Tarikh Invois</div><div class="v">{{ d }}</div>
<div class="l">Delivery Date / Tarikh Penghantaran</div><div class="v">{{ ds }}</div>
{% if due %}<div class="l">Due Date / Tarikh Akhir Bayaran</div><div class="v">{{ due }}</div>{% else %}<div class="l">Terms / Terma</div><div class="v">{{ terms }}</div>{% endif %}
{% if po %}<div class="l">Your P.O. / Pesanan Belian</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">SST Registration No.</div><div class="v">{{ vid }}</div>
<div class="l">Company Reg. No. / No. Pendaftaran</div><div class="v">{{ roc }}</div>
<div class="l">Amount Due / Jumlah Perlu Dibayar</div><div class="v" style="font-size:12.5pt;color:{{ color }}">RM {{ total }}</div>
<div class="l">Bank / Bank</div><div>{{ bank }}<br>Account {{ acct }}</div>
<div class="l">e-Invoice UUID (LHDNM)</div><div style="font-size:6.8pt;word-break:break-all">{{ uuid }}</div>
<div style="margin-top:10px">{{ qr|safe }}</div></div>
<div class="main"><div style="font-size:14pt;font-weight:bold">{{ vname }}</div><div style="color:#555">{{ vaddr }}, Malaysia · Tel. 084-{{ tel }}</div><div style="color:#555">TIN {{ vtin }}</div>
<div style="margin-top:14px;border:1px solid #e5e7eb;padding:6px"><div style="color:#64748b;font-size:7pt">Bill To / Dibilkan Kepada</div><b>{{ bname }}</b><br>Buyer's TIN {{ btin }}<br>Sibu, Sarawak</div>
<table class="it"><tr><th>#</th><th>Description / Keterangan</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit Price</th><th class="r">Amount (RM)</th><th class="r">Tax %</th><th class="r">Service Tax</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.t }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:8.8pt">
{% for r in rates %}<tr><td style="padding:2px 10px;color:#555">{{ r.l }}: {{ r.b }}</td><td class="r" style="color:#555">{{ r.t }}</td></tr>{% endfor %}
<tr><td style="padding:2px 10px">Total Excluding Tax / Jumlah Tidak Termasuk Cukai</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">Service Tax 8% / Cukai Perkhidmatan</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">Total Including Tax (RM) / Jumlah Keseluruhan</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<div style="margin-top:16px;font-size:7.4pt;color:#555">{{ foot }}</div></div>
</body></html>"""


@style("02", "my_sbu_sibu_invoice_service_tax_8_sidebar_right")
def s02(rng, i):
    vname, roc, vaddr, color = SB_V[i]
    d = rand_date(rng)
    items = lines(rng, SB_ROWS[i], [3, 3, 4, 4][i], D("0.5"))
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    rates = []
    for r in sorted({x["rate"] for x in items}, reverse=True):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        rates.append({"l": "Taxable at 8%" if r else "Exempt / not taxable", "b": en(b), "t": en(sum(x["tax"] for x in items if x["rate"] == r))})
    vid = f"Y10-{digits(rng, 4, True)}-{digits(rng, 8)}"
    vtin = f"C{digits(rng, 10, True)}0"
    btin = rng.choice(["C", "E"]) + digits(rng, 10, True) + "0"
    no = [f"RME/{d.year}/{rng.randint(100, 999)}", f"LTC-{rng.randint(1000, 9999)}", f"INV{rng.randint(100000, 999999)}", f"SSL-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    po = [f"RPA-PO-{rng.randint(10000, 99999)}", None, f"UCTS/PO/{rng.randint(100, 999)}", None][i]
    uuid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(26))
    ctx = dict(
        color=color, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 5))), due=fd(due) if due else None, terms="Cash on delivery", po=po, vid=vid, roc=roc,
        total=en(total), bank=rng.choice(["Hong Leong Bank, Sibu", "Public Bank, Sibu Central", "RHB Bank, Jalan Kampung Nyabor"]), acct=digits(rng, 12, True), uuid=uuid, qr=qr_svg(rng, 22),
        vname=vname, vaddr=vaddr, tel=digits(rng, 6, True), vtin=vtin, bname=SB_B[i], btin=btin,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "r": f"{x['rate']}%" if x["rate"] else "E", "t": en(x["tax"])} for x in items],
        rates=rates, net=en(net), tax=en(tax),
        foot=("Paid in cash upon delivery. " if not due else "Please pay by bank transfer quoting the invoice number. ") + "Service tax at 8% under the Service Tax Act 2018; goods marked E are not subject to service tax. This is a computer-generated invoice; no signature is required.",
    )
    notes = (
        "Sibu (Sarawak, Malaysia) INVOICE / INVOIS in English with Malay labels, the invoice facts in a RIGHT SIDEBAR (number, invoice and delivery dates, due date or terms, P.O., SST registration, company registration, amount due, bank, e-invoice UUID), service tax 8 % per row with rows marked 'E' not taxed and a per-rate breakdown, '1,234.56': "
        "vendor = the company name at the top of the main column; vendor_tax_id = 'SST Registration No.' (the seller's TIN under the address, the company registration number, the buyer's TIN, the bank account and the e-invoice UUID are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the 'Delivery Date' is a decoy). "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "Your P.O.")
        + "subtotal = 'Total Excluding Tax'; tax = 'Service Tax 8%'; total = 'Total Including Tax (RM)' (also 'Amount Due' in the sidebar; the per-rate lines are a breakdown). Currency MYR ('RM'). Line items: every row's amount without tax."
    )
    t = truth(vname, vid, no, po, d, due, "MYR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total Including Tax (RM)", fd(due) if due else None, btin, vtin, ctx["ds"], roc]}
    return t, chk, (SB_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 03 Sigatoka (VAT 15 incl., FJD), 80 mm till roll
SG_V = [  # (legal name, trading name, address, catalogue)
    ("Coral Coast Supermarket Pte Limited", "Coral Coast Value Mart", "Market Road, Sigatoka Town", [("Rice Fiji Fine 10kg", "ea", 1, 3, 24.5, 31.9), ("Tinned mackerel 425g", "ea", 1, 12, 3.2, 4.95), ("Kava waka 500g", "ea", 1, 2, 48, 72), ("Cooking oil 2L", "ea", 1, 3, 9.8, 14.5), ("Bread loaf", "ea", 1, 4, 2.1, 3.4), ("Fiji Bitter 6-pack", "ea", 1, 2, 21.5, 28.9)]),
    ("Sigatoka Valley Hardware Pte Limited", "Valley Hardware", "Queens Road, Sigatoka", [("Timber 100x50 treated, 4.8m", "ea", 1, 12, 38.5, 56), ("Roofing iron 0.4mm, 3.6m", "ea", 1, 10, 42, 65), ("Cement 40kg", "ea", 1, 10, 21.5, 27.9), ("Paint exterior 4L", "ea", 1, 4, 79, 128), ("Nails 75mm, 1kg", "ea", 1, 6, 6.5, 9.9)]),
    ("Sigatoka Town Pharmacy Limited", "Town Pharmacy Sigatoka", "Sigatoka Town Centre", [("Paracetamol 500mg x20", "ea", 1, 3, 3.5, 6.9), ("Sunscreen SPF50 200ml", "ea", 1, 2, 22, 34), ("Mosquito repellent", "ea", 1, 3, 9.9, 15.5), ("Oral rehydration salts", "ea", 1, 6, 1.5, 2.9), ("Bandage crepe 7.5cm", "ea", 1, 4, 3.2, 5.9)]),
    ("Sand Dunes Cafe Pte Limited", "Sand Dunes Cafe", "Kulukulu Road, Sigatoka", [("Flat white", "ea", 1, 6, 6.5, 8.5), ("Fish & chips", "ea", 1, 4, 18, 26), ("Kokoda", "ea", 1, 4, 16, 24), ("Fresh coconut", "ea", 1, 4, 4, 6), ("Pineapple juice", "ea", 1, 4, 6.5, 9)]),
]
SG_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Ph +679 {{ tel }}</div><div class="c">TIN: {{ vid }}</div>
<hr><div class="c" style="font-weight:bold">TAX INVOICE</div><div>Invoice No: <b>{{ no }}</b></div><div>Date: {{ d }}  Time: {{ tm }}</div><div>Till: {{ reg }} · Served by: {{ op }}</div>
{% if bname %}<div>Account: {{ bname }}</div><div>Customer TIN {{ bvat }}</div>{% endif %}<hr>
<table><tr><td>Item</td><td class="r">Qty</td><td class="r">Price</td><td class="r">FJ$</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-size:10pt;font-weight:bold"><td>TOTAL FJD</td><td class="r">{{ total }}</td></tr>
<tr><td>Value excl. VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT 15% incl.</td><td class="r">{{ tax }}</td></tr></table><hr>
<table><tr><td>{{ pay }}</td><td class="r">{{ given }}</td></tr>{% if change %}<tr><td>Change</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
<div>Items: {{ n }}  FRCS VMS receipt: {{ vms }}</div><div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c" style="margin-top:3px">Vinaka vakalevu! Moce mada.</div><div class="c">Goods once sold not returnable</div>
</body></html>"""


@style("03", "fj_sig_sigatoka_till_80mm_vat_15_incl")
def s03(rng, i):
    vname, trade, vaddr, cat = SG_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [5, 3, 4, 4][i], D("0.05"))
    if i in (0, 3):
        base = items[0]
        pct = rng.choice([10, 15, 20])
        items.append({"desc": f"Discount {pct}% {base['desc']}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "show_qty": False})
    total = sum(x["amount"] for x in items)
    tax = q2(total * 15 / 115)
    net = total - tax
    vid = f"50-{digits(rng, 5, True)}-0-{rng.randint(1, 9)}"
    no = [f"{rng.randint(100000, 999999)}", f"VH{rng.randint(10000, 99999)}", f"TP{rng.randint(1, 4)}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    cash = i in (0, 3)
    given = (total // 10 + 1) * 10 if cash else total
    bname = ["", "Outrigger Builders Pte Ltd", "", ""][i]
    ctx = dict(
        h=140 + 9 * len(items), trade=trade, vname=vname, vaddr=vaddr, tel=digits(rng, 7, True), vid=vid, no=no, d=fd(d), tm=f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        reg=rng.randint(1, 6), op=rng.choice(["Litia", "Ravinesh", "Mere T.", "Jone"]), bname=bname, bvat=f"50-{digits(rng, 5, True)}-0-{rng.randint(1, 9)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": en(x["price"]) if x["price"] is not None else "", "a": en(x["amount"])} for x in items],
        total=en(total), net=en(net), tax=en(tax), pay="CASH" if cash else rng.choice(["EFTPOS BSP", "VISA ANZ", "ACCOUNT 30 DAYS"]), given=en(given), change=en(given - total) if cash else None,
        n=len(items), vms=f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}-{digits(rng, 6)}", qr=qr_svg(rng, 20),
    )
    notes = (
        f"Sigatoka (Coral Coast, Fiji) shop receipt / TAX INVOICE in English on an 80 mm TILL ROLL, monospace, prices INCLUDING VAT 15 %, Fiji dollars '1,234.56': vendor = the company line under the trading name '{trade}' (the legal name); "
        "vendor_tax_id = 'TIN' under the address" + (" (the account customer's TIN is a decoy)" if bname else "") + " (the FRCS VMS receipt number is a decoy). invoice_number = 'Invoice No'; invoice_date = 'Date'. No due date (paid at the till"
        + (" or on account, no date printed" if bname else "") + ", null). No PO. subtotal = 'Value excl. VAT'; tax = 'VAT 15% incl.'; total = 'TOTAL FJD'"
        + (" (cash given and change are decoys)" if cash else "") + ". Currency FJD. Line items: every row" + (" including the discount row (no quantity)" if i in (0, 3) else "") + ", amounts VAT-inclusive; they sum to the total."
    )
    t = truth(vname, vid, no, None, d, None, "FJD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL FJD", "VAT 15% incl.", ctx["bvat"] if bname else None]}
    return t, chk, (SG_HTML, ctx)
