"""Chromium (HTML) styles for set 18, part A (01 Belizean aggregate supplier's tax invoice to a builder for crushed
limestone, sand and marl by the cubic yard with GST 12.5 %, a delivery-ticket register and a volume discount on one,
03 Ethiopian industrial caterer's monthly tax invoice to a garment factory for staff meals with VAT 15 % in birr and
the Ethiopian-calendar date beside the Gregorian one, 07 Lesotho drilling contractor's tax invoice for a borehole with
VAT 15 % in maloti, a retention or an advance, and the borehole log on page 2 on one document)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ethiopian
from invoice_kit import (
    T,
    css,
    digits,
    en,
    exact_price,
    li,
    mt,
    ordinal,
    q2,
    qstr,
    rand_date,
    spd,
    style_registry,
)
from kit_common import MONTHS, en_date, us_date
from kit_words import en_words_title

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Belize aggregates (TIN, GST 12.5 %, BZ$, delivery tickets)
BZ_V = [
    ("Cayo Aggregates & Trucking Ltd.", "Mile 62 George Price Highway, Cayo District", "#7a4f1d"),
    ("Sibun River Sand & Gravel Co. Ltd.", "Mile 21 Hummingbird Highway, Belize District", "#35602a"),
    ("Hummingbird Quarry Ltd.", "Mile 31 Hummingbird Highway, Stann Creek District", "#1f4f7a"),
    ("Northern Limestone & Marl Ltd.", "San Estevan Road, Orange Walk Town", "#6b1f2a"),
]
BZ_B = [("Caribbean Builders Ltd.", "Princess Margaret Drive, Belize City"), ("Belmopan Concrete Works Ltd.", "Ring Road, Belmopan"),
        ("Stann Creek Construction Co. Ltd.", "Commerce Street, Dangriga"), ("Corozal Road Works Ltd.", "Santa Rita Road, Corozal Town")]
BZ_SITES = ["Lot 14, Phase 2, Las Flores, Belmopan", "New classroom block, Independence Village", "Riverside Street drainage works, Orange Walk",
            "Subdivision road, Mile 8 Philip Goldson Highway", "Warehouse slab, Ladyville", "Seawall repairs, Corozal Bay"]
BZ_MAT = [
    ('Crushed limestone 3/4", screened', "cu. yd", 55, 85),
    ('Crushed limestone 3/8" (chips)', "cu. yd", 60, 95),
    ("Washed river sand", "cu. yd", 45, 75),
    ("White marl fill", "cu. yd", 22, 38),
    ("Base course (crusher run)", "cu. yd", 35, 55),
]
BZ_SVC = [
    ("Loader hire with operator (CAT 950)", "hour", 2, 12, 120, 180),
    ("Excavator hire with operator (PC200)", "hour", 2, 16, 160, 240),
    ("Haulage surcharge, site beyond 20 miles", "load", 2, 10, 45, 90),
    ("Boulders for rip-rap, 12\"-24\"", "ton", 10, 60, 60, 95),
]


@style("01", "bz_aggregate_quarry_delivery")
def s01(rng, i):
    vname, vaddr, color = BZ_V[i]
    bname, baddr = BZ_B[i]
    d = rand_date(rng)
    tickets, items = [], []
    for desc, unit, lo, hi in rng.sample(BZ_MAT, rng.randint(2, 4)):
        cap = rng.choice([12, 14])
        loads = rng.randint(2, 9)
        for _ in range(loads):
            tickets.append((d - dt.timedelta(days=rng.randint(2, 28)), f"{rng.randint(10000, 99999)}", f"{rng.choice(['C', 'BZ-C', 'CY-C'])}-{rng.randint(1000, 9999)}", desc, cap))
        q = D(cap * loads)
        p = D(rng.randint(lo * 4, hi * 4)) / 4
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "loads": loads})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(BZ_SVC, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "loads": None})
    tickets.sort()
    gross = sum(it["amount"] for it in items)
    disc = q2(gross * D("0.05")) if i == 2 else D(0)
    net = gross - disc
    tax = q2(net * D("0.125"))
    total = net + tax
    tin = digits(rng, 6, True)
    b_tin = digits(rng, 6, True)
    no = [f"CAT-{rng.randint(10000, 99999)}", f"{rng.randint(3000, 8999)}", f"HQ/{d.strftime('%y')}/{rng.randint(100, 999):04d}", f"NLM-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [us_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    term = ["", "Net 15 days", "", "Payable on presentation"][i]
    po = [None, f"{rng.randint(1000, 9999)}", None, f"LPO-{d.year}-{rng.randint(10, 99)}"][i]
    usd = q2(total / 2) if i == 0 else None
    site = rng.choice(BZ_SITES)
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.band{background:{{ color }};color:#fff;padding:8px 10px} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{border-bottom:2px solid {{ color }};padding:4px;font-size:7.5pt;text-align:left}
table.it td{padding:4px;border-bottom:1px solid #ddd} table.tot td{padding:3px 8px} table.reg td,table.reg th{border:1px solid #bbb;padding:2px 5px;font-size:6.9pt} .box{border:1px solid #aaa;padding:6px 8px}
</style></head><body>
<div class="band"><table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>Sand · Gravel · Crushed Limestone · Marl · Trucking</div></td>
<td class="r" style="font-size:17pt;font-weight:bold">TAX INVOICE</td></tr></table></div>
<table style="width:100%;margin-top:6px"><tr><td>{{ v_addr }}, Belize, C.A. · Tel. (501) {{ tel }}<br>GST TIN: {{ tin }}</td><td class="r small">Quarry office open Mon–Sat 6:30 am – 4:30 pm</td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%"><div class="box"><div class="small">BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}, Belize<br>TIN: {{ b_tin }}<br><span class="small">Delivered to: {{ site }}</span></div></td>
<td style="padding-left:14px"><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Description</th><th>Unit</th><th class="r">Loads</th><th class="r">Qty</th><th class="r">Rate BZ$</th><th class="r">Amount BZ$</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.loads }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:50%" class="small">{% if term %}Terms: {{ term }}.<br>{% endif %}Cheques payable to: {{ v_name }}<br>Bank transfers: {{ bank }}, account no. {{ acct }}<br><br>Quantities as per signed delivery tickets (truck body measure).</td>
<td><table class="tot" style="margin-left:auto">{% if disc %}<tr><td>Gross amount</td><td class="r">{{ gross }}</td></tr><tr><td>Less: volume discount 5%</td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr><td>Sub-Total</td><td class="r">{{ net }}</td></tr><tr><td>GST 12.5%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="background:{{ color }};color:#fff"><b>TOTAL BZ$</b></td><td class="r" style="background:{{ color }};color:#fff"><b>{{ total }}</b></td></tr>
{% if usd %}<tr><td colspan="2" class="small">US$ equivalent (BZ$2.00 = US$1.00): US$ {{ usd }}</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:12px;font-weight:bold;color:{{ color }}">Delivery tickets</div>
<table class="reg" style="width:100%;margin-top:3px"><tr><th>Date</th><th>Ticket No.</th><th>Truck</th><th>Material</th><th class="r">cu. yd</th></tr>
{% for a, b, c, e, f in tickets %}<tr><td>{{ a }}</td><td>{{ b }}</td><td>{{ c }}</td><td>{{ e }}</td><td class="r">{{ f }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:22px"><tr><td class="small">Received in good order: ____________________</td><td class="small r">For {{ v_name }}: ____________________</td></tr></table>
<div class="small" style="margin-top:8px;text-align:center">Goods remain the property of {{ v_name }} until paid for in full. Thank you for your business!</div>
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Date", fd(d))]
    if po:
        meta.append(("P.O. No.", po))
    meta.append(("Due Date", fd(due)) if due else ("Terms", term))
    meta.append(("Account", f"{bname.split()[0].upper()[:4]}{rng.randint(10, 99)}"))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['824', '822', '323', '610'])}-{digits(rng, 4)}", tin=tin, b_name=bname, b_addr=baddr, b_tin=b_tin, site=site, meta=meta,
        items=[{"desc": it["desc"], "unit": it["unit"], "loads": it["loads"] or "", "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        disc=money(disc) if disc else None, gross=money(gross), net=money(net), tax=money(tax), total=money(total), usd=money(usd) if usd else None, term=term if not due else "",
        bank=rng.choice(["Belize Bank Ltd.", "Heritage Bank Ltd.", "Atlantic Bank Ltd.", "National Bank of Belize"]), acct=digits(rng, 7),
        tickets=[(a.strftime("%d/%m/%Y"), b, c, e, f) for a, b, c, e, f in tickets],
    )
    notes = (
        "Belizean aggregate supplier's TAX INVOICE in English: vendor = the company name (Ltd.) in the top band; vendor tax id = 'GST TIN' (6 digits, no public checksum: random); the customer's TIN, the account code and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["'March 12, 2026'", "dd/mm/yyyy", "'12th March 2026'", "dd-Mon-yyyy"][i] + "); the delivery ticket dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'P.O. No.' {po}. " if po else "No PO. ")
        + ("subtotal = 'Sub-Total' after the 5% volume discount (the lines sum to 'Gross amount'); " if disc else "subtotal = 'Sub-Total'; ")
        + "tax = 'GST 12.5%'; total = 'TOTAL BZ$'" + ("; the US$ equivalent is a decoy" if usd else "")
        + ". Currency BZD ('BZ$'). Amounts '1,234.56'. Line items: every row of the first table (amount = 'Amount BZ$'; quantity 'Qty' in cubic yards, hours, loads or tons; the 'Loads' column is the number of truck loads, not the quantity). The delivery ticket register repeats the loads (decoy, not lines)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BZD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    printed = [fd(d), fd(due) if due else None, "GST TIN: " + tin, no, po, vname, "BZ$"]
    return t, ({"printed": printed, "line_adjustment": str(-disc)} if disc else printed), (html, ctx)


# =========================================================================== 03 Ethiopia industrial catering (TIN, VAT 15 %, Birr, E.C. date)
ET_V = [
    ("Hawassa Industrial Catering PLC", "Hawassa Industrial Park, Block C, Hawassa, Sidama Region", "#8a3b12"),
    ("Bole Lemi Staff Canteen Services PLC", "Bole Lemi Industrial Park, Bole Sub-City, Woreda 13, Addis Ababa", "#1e5631"),
    ("Kombolcha Food & Hospitality Services PLC", "Kombolcha Industrial Park, Kombolcha, Amhara Region", "#24427a"),
    ("Adama Workforce Catering PLC", "Adama Industrial Park, Adama, Oromia Region", "#5b2a6e"),
]
ET_B = [("Sidama Apparel Manufacturing PLC", "Hawassa Industrial Park, Shed 14"), ("Lemi Knitwear Ethiopia PLC", "Bole Lemi Industrial Park, Shed 7"),
        ("Kombolcha Textile Share Company", "Kombolcha Industrial Park, Shed 3"), ("Adama Garment Industry PLC", "Adama Industrial Park, Shed 11")]
ET_MEALS = [  # description, unit, price range, share of the staff eating it (%)
    ("Breakfast (bread, boiled egg, tea)", "meal", 45, 75, 30, 70),
    ("Lunch - fasting menu (shiro, beyaynetu with injera)", "meal", 85, 140, 15, 45),
    ("Lunch - non-fasting menu (tibs or doro wot with injera)", "meal", 110, 180, 40, 80),
    ("Night-shift dinner", "meal", 90, 150, 10, 30),
]
ET_EXTRA = [
    ("Tea and coffee break (buna)", "cup", 2000, 15000, 10, 20),
    ("Bottled water 0.5 L", "bottle", 1000, 9000, 12, 20),
    ("Holiday lunch (special menu)", "meal", 300, 2500, 200, 350),
    ("Canteen cleaning and dish-washing service", "month", 1, 1, 18000, 45000),
]


@style("03", "et_industrial_catering_staff_meals")
def s03(rng, i):
    vname, vaddr, color = ET_V[i]
    bname, baddr = ET_B[i]
    d = rand_date(rng)
    month = d.replace(day=1) - dt.timedelta(days=1)
    staff = rng.randint(800, 4000)
    items = []
    days = rng.randint(22, 26)
    for desc, unit, lo, hi, slo, shi in ET_MEALS[:3] + ([ET_MEALS[3]] if i % 2 == 0 else []):
        q = D(staff * rng.randint(slo, shi) * days // 100)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.25"))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(ET_EXTRA, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo, hi)) if hi < 1000 else D(rng.randint(lo // 100, hi // 100) * 100)})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = "00" + digits(rng, 8)
    b_tin = "00" + digits(rng, 8)
    no = [f"{rng.randint(1, 9999):06d}", f"BL-{rng.randint(10000, 99999)}", f"{rng.randint(1, 9999):07d}", f"AWC-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d %b %Y")][i]
    ey, em, edd = ethiopian(d)
    ec = f"{edd:02d}/{em:02d}/{ey}" if i in (0, 2) else None
    due = d + dt.timedelta(days=[0, 30, 0, 15][i]) if i in (1, 3) else None
    term = ["Credit: 30 days", "", "Payment within 15 days after receipt of invoice", ""][i]
    po = [f"SAM/PR/{rng.randint(100, 999)}", None, f"45000{digits(rng, 5)}", None][i]
    stmt = i == 3
    prev = q2(D(rng.randint(30000000, 90000000)) / 100)
    paid = q2(prev - D(rng.randint(0, 2000000)) / 100)
    weeks = []
    start = month.replace(day=1)
    while start <= month:
        end = min(start + dt.timedelta(days=6), month)
        weeks.append((f"{start.strftime('%d/%m')} - {end.strftime('%d/%m')}", *(rng.randint(staff // 3, staff) * 6 for _ in range(3))))
        start = end + dt.timedelta(days=1)
    cents = int((total % 1) * 100)
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.5pt}
table.it td{padding:4px;border:1px solid #ccc} table.tot td{padding:3px 8px;border:1px solid #ccc} table.wk td,table.wk th{border:1px solid #bbb;padding:2px 6px;font-size:7pt} .box{border:1px solid #999;padding:6px 8px}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>Industrial catering · staff canteens · event food service</div><div>{{ v_addr }}</div><div>Tel. +251 {{ tel }} · P.O. Box {{ pobox }}</div><div><b>TIN: {{ tin }}</b></div></td>
<td class="r" style="vertical-align:top"><div class="hd" style="font-size:16pt;font-weight:bold">TAX INVOICE</div><div class="small">Credit sales invoice</div><div style="margin-top:6px;font-size:11pt;color:#b00">No. {{ no }}</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%"><div class="box"><div class="small">Customer</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Customer TIN: {{ b_tin }}</div></td>
<td style="padding-left:12px"><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:8px">Catering services for the month of <b>{{ period }}</b> as per service agreement {{ agr }} ({{ staff }} employees on the canteen list).</div>
<table class="it"><tr><th>S.No.</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Quantity</th><th class="r">Unit Price (Birr)</th><th class="r">Total Price (Birr)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:0"><tr><td style="width:52%;vertical-align:top;padding-top:6px" class="small">Amount in words: {{ words }} Birr{{ cents }} only.<br><br>{% if term %}{{ term }}.<br>{% endif %}Payment by cheque or transfer to {{ bank }}, account no. {{ acct }}, in the name of {{ v_name }}.</td>
<td><table class="tot" style="margin-left:auto;width:100%"><tr><td>Total (excl. VAT)</td><td class="r">{{ net }}</td></tr><tr><td>VAT 15%</td><td class="r">{{ tax }}</td></tr><tr><td><b>Grand Total (ETB)</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% if stmt %}<table class="tot" style="margin-left:auto;width:100%;margin-top:8px;font-size:7pt"><tr><td colspan="2"><b>Account statement</b></td></tr><tr><td>Previous balance</td><td class="r">{{ prev }}</td></tr><tr><td>Payment received</td><td class="r">-{{ paid }}</td></tr><tr><td>This invoice</td><td class="r">{{ total }}</td></tr><tr><td>Total outstanding</td><td class="r">{{ outst }}</td></tr></table>{% endif %}</td></tr></table>
<div style="margin-top:12px" class="hd"><b>Meal count summary (from canteen gate scanner)</b></div>
<table class="wk" style="margin-top:3px"><tr><th>Week</th><th class="r">Breakfast</th><th class="r">Lunch</th><th class="r">Tea breaks</th></tr>{% for w in weeks %}<tr><td>{{ w[0] }}</td><td class="r">{{ w[1] }}</td><td class="r">{{ w[2] }}</td><td class="r">{{ w[3] }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:26px"><tr><td class="small">Prepared by: ____________________</td><td class="small">Checked by: ____________________</td><td class="small r">Received by (customer): ____________________</td></tr></table>
{% if printer %}<div class="small" style="margin-top:14px;border-top:1px solid #ccc;padding-top:3px">{{ printer }}</div>{% endif %}
<div class="small" style="margin-top:6px;text-align:center">Invalid without the company seal · Original: customer · Copy 1: accounts · Copy 2: pad</div>
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Date (G.C.)", fd(d))]
    if ec:
        meta.append(("Date (E.C.)", ec))
    if po:
        meta.append(("Purchase Order No.", po))
    if due:
        meta.append(("Due Date", fd(due)))
    printer = f"Printed by: Berhanena Selam Printing Enterprise, TIN 00{digits(rng, 8)}, printing permit no. {rng.randint(1000, 9999)}/{d.year - 8}, pads {rng.randint(1, 40) * 50 + 1:06d}-{rng.randint(41, 80) * 50:06d}" if i == 1 else None
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['46', '11', '33', '22'])} {digits(rng, 3)} {digits(rng, 4)}", pobox=rng.randint(100, 9999), tin=tin, no=no,
        b_name=bname, b_addr=baddr, b_tin=b_tin, meta=meta, period=f"{MONTHS['en'][month.month - 1]} {month.year}", agr=f"SA-{rng.randint(10, 99)}/{d.year - 1}", staff=staff,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": en(it["qty"], 0), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), words=en_words_title(int(total)), cents=f" and {cents}/100" if cents else "", term=term,
        bank=rng.choice(["Commercial Bank of Ethiopia", "Awash Bank", "Dashen Bank", "Bank of Abyssinia"]), acct="1000" + digits(rng, 9),
        stmt=stmt, prev=money(prev), paid=money(paid), outst=money(prev - paid + total), weeks=weeks, printer=printer,
    )
    notes = (
        "Ethiopian industrial caterer's TAX INVOICE (credit sales) in English: vendor = the company name (PLC) at the top; vendor tax id = 'TIN' (10 digits, no public checksum: random); the customer TIN, the service agreement, the bank account"
        + (" and the printer's TIN and permit in the footer" if printer else "") + " are decoys. "
        "invoice_number = 'Invoice No.' (also printed in red under the title); invoice_date = 'Date (G.C.)' (" + ["dd/mm/yyyy", "'March 12, 2026'", "dd-mm-yyyy", "dd Mon yyyy"][i] + ")"
        + ("; 'Date (E.C.)' is the same day in the Ethiopian calendar (decoy, not a second date)" if ec else "") + "; the weeks of the meal count are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Purchase Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total (excl. VAT)'; tax = 'VAT 15%'; total = 'Grand Total (ETB)'; the amount in words repeats it"
        + ("; the account statement (previous balance, payment received, total outstanding) is a decoy" if stmt else "")
        + ". Currency ETB ('Birr'). Amounts '1,234.56'. Line items: every numbered row (amount = 'Total Price (Birr)'; quantity = 'Quantity': meals, cups, bottles, months). The meal count summary is a decoy (not lines)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="ETB", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN: " + tin, no, po, vname, "Birr"], (html, ctx)


# =========================================================================== 07 Lesotho borehole drilling (VAT No., VAT 15 %, M / LSL, retention, borehole log)
LS_V = [
    ("Maloti Drilling (Pty) Ltd", "Plot 12294-031, Thetsane Industrial Area, Maseru 100", "#0b4f8a"),
    ("Senqu Borehole Services (Pty) Ltd", "Main Road, Moyeni, Quthing 700", "#7a3e00"),
    ("Thaba-Bosiu Water Drilling (Pty) Ltd", "Ha Matala, Main South 1 Road, Maseru 100", "#2d6a4f"),
    ("Mohale Geo-Drill (Pty) Ltd", "Industrial Site, Maputsoe 350", "#6d214f"),
]
LS_B = [("Roma Valley Dairy (Pty) Ltd", "Roma 180, Maseru District"), ("Leribe Poultry Farm (Pty) Ltd", "Hlotse 300, Leribe District"),
        ("St. Joseph's Hospital Roma", "Roma 180, Maseru District"), ("Mafeteng Brickworks (Pty) Ltd", "Industrial Area, Mafeteng 900")]
LS_WORK = [
    ("Drilling 203 mm diameter through overburden", "m", 6, 18, "450.00", "750.00", False),
    ("Drilling 165 mm diameter in basalt / sandstone", "m", 80, 240, "380.00", "650.00", True),
    ("Supply and install 140 mm uPVC casing, class 9", "m", 12, 60, "220.00", "380.00", False),
    ("Supply and install 140 mm slotted uPVC screen", "m", 6, 24, "300.00", "480.00", False),
    ("Gravel pack 2-4 mm, supplied and placed", "bag", 10, 40, "95.00", "160.00", False),
    ("Borehole development by air-lifting", "hour", 2, 8, "650.00", "950.00", False),
    ("Constant-discharge pump test with recovery", "hour", 24, 36, "280.00", "450.00", False),
]


@style("07", "ls_borehole_drilling_contract")
def s07(rng, i):
    vname, vaddr, color = LS_V[i]
    bname, baddr = LS_B[i]
    d = rand_date(rng)
    items = [{"desc": "Site establishment, mobilisation and de-mobilisation of drilling rig", "unit": "sum", "qty": D(1), "price": D(rng.randint(120, 250) * 100)}]
    for desc, unit, qlo, qhi, lo, hi, half in [LS_WORK[1]] + rng.sample([w for k, w in enumerate(LS_WORK) if k != 1], rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi)) / (2 if half else 1)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    items.append({"desc": rng.choice(["Water quality analysis (SANS 241 suite), WASCO laboratory", "Concrete borehole cap with lockable steel cover"]), "unit": "each", "qty": D(1), "price": D(rng.randint(12, 32) * 100)})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vat = "500" + digits(rng, 5)
    b_vat = "500" + digits(rng, 5)
    no = [f"MD{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"INV{rng.randint(100000, 199999)}", f"TBW/{d.year}/{rng.randint(10, 99):03d}", f"{rng.randint(2000, 4999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y")][i]
    due = d + dt.timedelta(days=[30, 0, 14, 0][i]) if i in (0, 2) else None
    term = ["", "30 days from statement", "", "Payable on completion"][i]
    po = [None, f"RVD-{rng.randint(100, 999)}", f"{d.year}/{rng.randint(10, 99):03d}", None][i]
    ret = q2(total * D("0.10")) if i == 1 else None
    adv = q2(D(rng.randint(20, 35)) * total / 100) if i == 3 else None
    two = i == 0
    money = spd if i in (0, 2) else en
    depth = sum(it["qty"] for it in items if it["unit"] == "m" and "Drilling" in it["desc"])
    strike = int(depth * D("0.6"))
    log, top = [], 0
    for k, (form, frac) in enumerate([("Topsoil, dark brown clay", 0.03), ("Weathered basalt, brown", 0.12), ("Fresh basalt, grey, hard", 0.35), ("Fractured basalt, water strike", 0.2), ("Dolerite, dark grey, very hard", 0.3)]):
        bot = int(depth) if k == 4 else max(top + 1, int(depth * D(str(frac))) + top)
        log.append((f"{top}-{bot}", form))
        top = bot
    proj = f"BH-{rng.randint(1, 6)}"
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{border-top:1.5px solid #333;border-bottom:1.5px solid #333;padding:4px;font-size:7.5pt}
table.it td{padding:4px} table.it tr.z td{background:#f3f6f9} table.tot td{padding:3px 8px} .box{border:1px solid #999;padding:6px 8px} table.log td,table.log th{border:1px solid #999;padding:3px 8px}
</style></head><body>
<table style="width:100%"><tr><td style="width:11%"><svg width="56" height="56" viewBox="0 0 56 56"><circle cx="28" cy="28" r="26" fill="{{ color }}"/><path d="M28 10 L40 34 A12 12 0 1 1 16 34 Z" fill="#fff"/></svg></td>
<td><div class="hd" style="font-size:14.5pt;font-weight:bold">{{ v_name }}</div><div>Borehole drilling · pump installation · water testing</div><div>{{ v_addr }}, Lesotho · Tel. +266 {{ tel }}</div><div>VAT Reg. No.: {{ vat }}</div></td>
<td class="r" style="vertical-align:top;white-space:nowrap"><div style="font-size:16pt;font-weight:bold">TAX INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%"><div class="box"><div class="small">Invoice to</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>{% if b_vat %}VAT No.: {{ b_vat }}{% endif %}</div></td>
<td style="padding-left:12px"><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Project: drilling and equipping of borehole {{ proj }} at {{ b_site }} (GPS {{ gps }}), final depth {{ depth }} m.</div>
<table class="it"><tr><th style="text-align:left">Item</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount (M)</th></tr>
{% for it in items %}<tr{% if loop.index is even %} class="z"{% endif %}><td>{{ loop.index }}.</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-left:auto;margin-top:8px;border-top:1.5px solid #333"><tr><td>Sub-total</td><td class="r">{{ net }}</td></tr><tr><td>VAT @ 15%</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>Total Due (Maloti)</b></td><td class="r"><b>M {{ total }}</b></td></tr>
{% if ret %}<tr><td class="small">Less: retention 10% (released 3 months after completion)</td><td class="r small">({{ ret }})</td></tr><tr><td class="small">Amount now payable</td><td class="r small">{{ ret_bal }}</td></tr>{% endif %}
{% if adv %}<tr><td class="small">Less: advance received {{ adv_d }}</td><td class="r small">({{ adv }})</td></tr><tr><td class="small">Balance</td><td class="r small">{{ adv_bal }}</td></tr>{% endif %}</table>
<div class="box" style="margin-top:14px">{% if term %}Terms: {{ term }}. {% endif %}Banking details: {{ bank }}, branch {{ branch }}, account no. {{ acct }}. Please use the invoice number as reference. Prices in Maloti (LSL), at par with the South African rand.</div>
<div class="small" style="margin-top:10px">Yield test results and the borehole completion certificate are issued to the Department of Water Affairs. Kea leboha — Khotso, Pula, Nala.</div>
<table style="width:100%;margin-top:28px"><tr><td class="small">Site supervisor: ____________________</td><td class="small r">Client representative: ____________________</td></tr></table>
<div class="small" style="margin-top:12px;text-align:center">Page 1 of {{ pages }}</div>
{% if two %}<div style="page-break-before:always"></div>
<div class="hd" style="font-size:11pt;font-weight:bold">Borehole log – {{ proj }} (invoice {{ no }})</div>
<table class="log" style="margin-top:8px"><tr><th>Depth (m)</th><th style="text-align:left">Formation</th></tr>{% for a, b in log %}<tr><td>{{ a }}</td><td>{{ b }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">Water strike at {{ strike }} m · static water level {{ swl }} m · air-lift yield {{ yld }} l/s · drilled {{ drilled }}.</div>
<div class="small" style="margin-top:14px;text-align:center">Page 2 of 2</div>{% endif %}
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Date", fd(d))]
    if po:
        meta.append(("Order No.", po))
    if due:
        meta.append(("Due date", fd(due)))
    adv_d = (d - dt.timedelta(days=rng.randint(20, 50))).strftime("%d/%m/%Y")
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['2231', '2232', '5888', '6300'])} {digits(rng, 4)}", vat=vat, b_name=bname, b_addr=baddr, b_vat=b_vat if i % 2 == 0 else None, meta=meta,
        proj=proj, b_site=bname.split(" (")[0], gps=f"-29.{digits(rng, 4)}, 27.{digits(rng, 4)}", depth=qstr(depth),
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), ret=money(ret) if ret else None, ret_bal=money(total - ret) if ret else None,
        adv=money(adv) if adv else None, adv_bal=money(total - adv) if adv else None, adv_d=adv_d, term=term,
        bank=rng.choice(["Standard Lesotho Bank", "Nedbank Lesotho", "First National Bank Lesotho", "Lesotho PostBank"]), branch=rng.choice(["Kingsway", "Pioneer Mall", "Maputsoe", "Mafeteng"]), acct=digits(rng, 11),
        pages=2 if two else 1, two=two, no=no, log=log, strike=strike, swl=rng.randint(8, 30), yld=f"{rng.randint(5, 35) / 10:.1f}",
        drilled=f"{(d - dt.timedelta(days=rng.randint(12, 30))).strftime('%d/%m/%Y')} to {(d - dt.timedelta(days=rng.randint(3, 11))).strftime('%d/%m/%Y')}",
    )
    notes = (
        "Lesotho drilling contractor's TAX INVOICE in English: vendor = the company name ((Pty) Ltd) at the top; vendor tax id = 'VAT Reg. No.' (8 digits starting 500, no public checksum: random)"
        + ("; the client's 'VAT No.'" if i % 2 == 0 else "") + ", the GPS position, the bank account and the borehole number are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["yyyy/mm/dd", "'12 March 2026'", "dd/mm/yyyy", "dd Mon yyyy"][i] + ")" + ("; the drilling dates on page 2 are decoys" if two else "") + ("; the advance date is a decoy" if adv else "") + ". "
        + ("due = 'Due date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Sub-total'; tax = 'VAT @ 15%'; total = 'Total Due (Maloti)'"
        + ("; the 10% retention and 'Amount now payable' are decoys" if ret else "") + ("; the advance received and the balance are decoys" if adv else "")
        + ("; two pages: page 2 is the borehole log (depths, no amounts)" if two else "")
        + ". Currency LSL ('M', Maloti). Amounts " + ("'12 345.67' (spaces)" if i in (0, 2) else "'12,345.67'")
        + ". Line items: every numbered row (amount = 'Amount (M)'; quantity 'Qty': sum, metres (half metres on the rock drilling), bags, hours, each). The final depth in the project line is a decoy."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="LSL", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No.: " + vat, no, po, vname, "Maloti"], (html, ctx)
