"""Chromium (HTML) styles for set 7, part B (09 US medical supplier invoice with HCPCS codes, 10 US staffing agency
weekly invoice over two pages)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import T, css, digits, en, li, luhn_check, mt, q2, rand_date, style_registry, valid
from kit_common import items_from
from stdnum.us import ein as _ein

STYLES, style = style_registry("chromium")


def _ein_p(rng):
    e = valid(rng, lambda: rng.choice(["20", "27", "46", "82", "84"]) + digits(rng, 7), _ein.is_valid)
    return f"{e[:2]}-{e[2:]}"


# =========================================================================== 09 US medical supplier invoice (HCPCS, NPI, ordered vs shipped, sales tax)
US_MED_V = [
    (
        "Summit Medical Supply, Inc.",
        "1450 Commerce Pkwy, Suite 200",
        "Lakewood, CO 80215",
        "P.O. Box 173822, Denver, CO 80217-3822",
        "#0a5c8c",
        "CO",
        "2.9",
    ),
    (
        "Bayou Home Medical Equipment LLC",
        "7700 Florida Blvd",
        "Baton Rouge, LA 70806",
        "Dept. 4471, P.O. Box 650002, Dallas, TX 75265-0002",
        "#7a3e9d",
        "LA",
        "4.45",
    ),
    (
        "Great Lakes Respiratory & DME Co.",
        "3100 W Big Beaver Rd",
        "Troy, MI 48084",
        "P.O. Box 77410, Detroit, MI 48277-0410",
        "#1e6f50",
        "MI",
        "6",
    ),
    (
        "Pacific Coast Surgical Supply",
        "2210 E Katella Ave",
        "Anaheim, CA 92806",
        "File 749312, Los Angeles, CA 90074-9312",
        "#b03a2e",
        "CA",
        "7.75",
    ),
]
US_MED_B = [
    ("Front Range Family Medicine", "Attn: Accounts Payable", "8200 E Belleview Ave, Greenwood Village, CO 80111"),
    ("Ochsner Outpatient Rehab - Mid City", "Supply Chain / AP", "2820 Canal St, New Orleans, LA 70119"),
    ("Lakeshore Pulmonary Associates PC", "Accounts Payable", "4600 Investment Dr, Troy, MI 48098"),
    ("Orange County Ambulatory Surgery Ctr", "Materials Management", "1301 W Chapman Ave, Orange, CA 92868"),
]
US_MED_L = [
    ("E0143", "WK-4410", "Walker, folding, wheeled, adjustable", "EA", 38, 72, 1, 12, True),
    ("E0110", "CR-2202", "Crutches, forearm, adjustable (pair)", "PR", 42, 85, 1, 10, True),
    ("A4253", "GS-5050", "Blood glucose test strips (box of 50)", "BX", 18, 39, 5, 60, False),
    ("A7034", "MK-7034", "Nasal CPAP mask with headgear", "EA", 58, 115, 2, 20, False),
    ("A4604", "TB-6F", "Heated tubing for CPAP", "EA", 24, 46, 2, 30, False),
    ("L3809", "WH-3809", "Wrist hand finger orthosis, prefab", "EA", 29, 64, 2, 24, True),
    ("A6021", "CL-6021", "Collagen dressing 4x4 in (box of 10)", "BX", 32, 78, 2, 24, False),
    ("E0163", "CM-1630", "Commode chair, stationary, fixed arms", "EA", 55, 118, 1, 6, True),
    ("A4450", "TP-4450", "Tape, non-waterproof, per 18 sq in", "RL", 3.2, 8.9, 12, 144, True),
    ("L1830", "KN-1830", "Knee orthosis, immobilizer, canvas", "EA", 36, 74, 2, 20, True),
]
S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="11mm 12mm", font="'Liberation Sans',Arial,sans-serif", fs="8.4pt")
    + """
.logo{font-size:15pt;font-weight:bold;color:{{ color }}} table.hb td{border:1px solid #999;padding:2px 6px} table.hb td.l{background:#eef;font-weight:bold;font-size:7.4pt}
table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;padding:3px;font-size:7.2pt} table.it td{padding:3px;border-bottom:1px dotted #aaa}
.addr{border:1px solid #ccc;padding:4px 6px;min-height:18mm}
</style></head><body>
<table style="width:100%"><tr><td><div class="logo">{{ v_name }}</div><div>{{ v1 }}<br>{{ v2 }}<br>Phone {{ tel }} · Fax {{ fax }}</div>
<div style="font-size:7.2pt;color:#444;margin-top:2px">NPI {{ npi }} · Medicare Supplier No. {{ ptan }}{% if ein %} · Federal Tax ID {{ ein }}{% endif %}</div></td>
<td style="width:44%"><div style="font-size:16pt;font-weight:bold;text-align:right">INVOICE</div><div style="text-align:right;font-size:7.4pt">Page 1 of 1</div>
<table class="hb" style="margin-left:auto;margin-top:4px"><tr><td class="l">Invoice #</td><td><b>{{ no }}</b></td></tr><tr><td class="l">Invoice Date</td><td>{{ d }}</td></tr>
<tr><td class="l">Customer #</td><td>{{ cust }}</td></tr><tr><td class="l">Sales Order #</td><td>{{ so }}</td></tr><tr><td class="l">Customer PO #</td><td>{{ po or "" }}</td></tr>
<tr><td class="l">Ship Date</td><td>{{ ship }}</td></tr><tr><td class="l">Terms</td><td>{{ terms }}</td></tr><tr><td class="l">Due Date</td><td>{{ due }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:49%" class="addr"><b style="font-size:7pt">BILL TO</b><br>{{ b_name }}<br>{{ b_att }}<br>{{ b_addr }}</td><td style="width:2%"></td>
<td class="addr"><b style="font-size:7pt">SHIP TO</b><br>{{ b_name }}<br>Receiving Dock{% if cc %} · Cost Ctr {{ cc }}{% endif %}<br>{{ b_addr }}</td></tr></table>
<table class="it"><tr><th>HCPCS</th><th>Item #</th><th style="width:34%">Description</th><th>UOM</th><th>Qty Ord</th><th>Qty Ship</th><th>B/O</th><th>Unit Price</th><th>Tax</th><th>Extended</th></tr>
{% for it in items %}<tr><td>{{ it.hcpcs }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.qo }}</td><td class="r">{{ it.qs }}</td><td class="r">{{ it.bo }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.tx }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%;font-size:7.4pt">{% if bo %}<b>Backordered items will ship and be invoiced separately.</b><br>{% endif %}Tax: T = taxable at {{ rate }}% ({{ st }} state/local); N = exempt (prescription DME).<br>Lot and expiration data available on request. Returns require an RMA within 30 days.<br>
<div style="border:2px solid #000;padding:5px 7px;margin-top:8px;width:70mm"><b>REMIT TO:</b><br>{{ v_name }}<br>{{ remit }}</div></td>
<td><table class="hb" style="margin-left:auto;width:95%"><tr><td>Merchandise</td><td class="r">{{ net }}</td></tr><tr><td>Sales Tax ({{ rate }}%)</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>Invoice Total</b></td><td class="r"><b>${{ total }}</b></td></tr>{% if paid %}<tr><td>Less Payment Received {{ paid_d }}</td><td class="r">({{ paid }})</td></tr>{% endif %}
<tr><td><b>BALANCE DUE</b></td><td class="r"><b>${{ bal }}</b></td></tr></table></td></tr></table>
</body></html>"""
)


@style("09", "us_dme_hcpcs_supplier")
def s09(rng, i):
    vname, v1, v2, remit, color, st, rate = US_MED_V[i]
    bname, batt, baddr = US_MED_B[i]
    rate = D(rate)
    d = rand_date(rng)
    picks = rng.sample(US_MED_L, rng.randint(4, 6))
    items = items_from(rng, [(p[2], p[3], p[4], p[5], p[6], p[7], p) for p in picks], len(picks))
    rows = []
    bo_any = False
    for k, it in enumerate(items):
        p = it["extra"]
        bo = rng.randint(1, 4) if (k == 1 and i in (1, 2)) else 0
        bo_any |= bool(bo)
        it["taxable"] = p[8]
        rows.append(
            {
                "hcpcs": p[0],
                "code": p[1],
                "desc": it["desc"],
                "unit": it["unit"],
                "qo": str(int(it["qty"]) + bo),
                "qs": str(it["qty"]),
                "bo": str(bo) if bo else "",
                "p": en(it["price"]),
                "tx": "T" if p[8] else "N",
                "a": en(it["amount"]),
            }
        )
    net = sum(it["amount"] for it in items)
    tax = q2(sum(it["amount"] for it in items if it["taxable"]) * rate / 100)
    total = net + tax
    npi_base = rng.choice("12") + digits(rng, 8)
    npi = npi_base + luhn_check("80840" + npi_base)
    ein = _ein_p(rng) if i in (0, 2, 3) else None
    no = [
        f"INV{rng.randint(1000000, 1999999)}",
        f"{rng.randint(300000, 399999)}-00",
        f"SI-{rng.randint(10000, 99999)}",
        f"{rng.randint(7000000, 7999999)}",
    ][i]
    po = [
        f"{rng.randint(100000, 199999)}",
        f"PO-{rng.randint(10000, 99999)}",
        None,
        f"OCASC-{rng.randint(1000, 9999)}",
    ][i]
    f = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    days = rng.choice([30, 30, 45])
    due = d + dt.timedelta(days=days)
    paid = q2(total * D("0.5")) if i == 1 else None
    ctx = dict(
        color=color,
        v_name=vname,
        v1=v1,
        v2=v2,
        tel=f"({digits(rng, 3, True)}) {digits(rng, 3, True)}-{digits(rng, 4)}",
        fax=f"({digits(rng, 3, True)}) {digits(rng, 3, True)}-{digits(rng, 4)}",
        npi=npi,
        ptan=digits(rng, 10, True),
        ein=ein,
        no=no,
        d=f(d),
        cust=f"C{rng.randint(10000, 99999)}",
        so=f"SO-{rng.randint(100000, 999999)}",
        po=po,
        ship=f(d - dt.timedelta(days=rng.randint(0, 3))),
        terms=f"Net {days}",
        due=f(due),
        b_name=bname,
        b_att=batt,
        b_addr=baddr,
        cc=str(rng.randint(1000, 9999)) if i == 3 else None,
        items=rows,
        bo=bo_any,
        rate=rate,
        st=st,
        remit=remit,
        net=en(net),
        tax=en(tax),
        total=en(total),
        paid=en(paid) if paid else None,
        paid_d=f(d - dt.timedelta(days=10)),
        bal=en(total - paid) if paid else en(total),
    )
    notes = (
        "US medical/DME supplier invoice (Letter): header box with labels left of values; invoice_number = 'Invoice #'; Customer #, Sales Order #, NPI, Medicare supplier no. and the HCPCS codes are decoys. "
        + ("vendor_tax_id = 'Federal Tax ID' (EIN). " if ein else "No tax id printed (the NPI is not one): null. ")
        + (f"PO = 'Customer PO #' {po}. " if po else "'Customer PO #' is blank: null. ")
        + "invoice_date = 'Invoice Date'; 'Ship Date' is a decoy; due = 'Due Date'. subtotal = 'Merchandise'; tax = 'Sales Tax'; total = 'Invoice Total'"
        + ("; 'Less Payment Received' and 'BALANCE DUE' are decoys (a partial payment)" if paid else " (= BALANCE DUE)")
        + ". Line items: every row, amount = Extended, quantity = Qty Ship (the billed quantity; Qty Ord and B/O differ on backordered rows)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=ein,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="USD",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), f(due), ein, no, po, vname, npi], (S09_HTML, ctx)


# =========================================================================== 10 US staffing agency weekly invoice (hours x rates, 2 pages, Page x of y)
ST_V = [
    (
        "Keystone Staffing Solutions, LLC",
        "KEYSTONE STAFFING",
        "600 Grant St, Suite 1400, Pittsburgh, PA 15219",
        "P.O. Box 645210, Pittsburgh, PA 15264-5210",
        "#1d3557",
    ),
    (
        "Lone Star Workforce Partners, Inc.",
        "LONE STAR WORKFORCE",
        "1300 Post Oak Blvd, Houston, TX 77056",
        "Lockbox 730981, P.O. Box 730981, Dallas, TX 75373-0981",
        "#9d0208",
    ),
    (
        "Evergreen Temporary Services Corp.",
        "EVERGREEN TEMPS",
        "1111 Third Ave, Seattle, WA 98101",
        "P.O. Box 34936, Seattle, WA 98124-1936",
        "#2d6a4f",
    ),
    (
        "Sunbelt Light Industrial Staffing LLC",
        "SUNBELT STAFFING",
        "4400 N Scottsdale Rd, Scottsdale, AZ 85251",
        "Dept. 3309, P.O. Box 29650, Phoenix, AZ 85038-9650",
        "#e76f51",
    ),
]
ST_B = [
    ("Allegheny Precision Castings Inc.", "Attn: Plant Controller", "2200 Railroad St, McKeesport, PA 15132"),
    ("Gulf Petrochemical Services LP", "Accounts Payable - Contract Labor", "16200 Park Row, Houston, TX 77084"),
    ("Rainier Cold Storage & Logistics", "AP Department", "5400 W Marginal Way SW, Seattle, WA 98106"),
    ("Desert Sun Packaging Co.", "Attn: HR / AP", "2100 S 51st Ave, Phoenix, AZ 85043"),
]
FIRST = "James Maria Robert Linda Michael Patricia David Jennifer Carlos Aisha Kevin Tanya Luis Brenda Andre Megan Hector Shanice Tyler Rosa".split()
LAST = "Smith Johnson Garcia Brown Davis Martinez Wilson Lopez Thomas Moore Jackson White Harris Clark Lewis Young Walker Allen King Scott".split()
POS = [
    ("Forklift Operator", 19.5, 24),
    ("General Laborer", 16, 19.5),
    ("Machine Operator", 18.5, 23),
    ("Warehouse Associate", 17, 20.5),
    ("Quality Inspector", 21, 27),
    ("Shipping Clerk", 18, 22),
]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="12mm 12mm 16mm 12mm", font="'DejaVu Sans',sans-serif", fs="8pt")
    + """
.logo{font-size:15pt;font-weight:bold;color:{{ color }};letter-spacing:1px} table.kv td{padding:1px 8px 1px 0} table.it{width:100%;margin-top:8px} table.it th{border-bottom:1.5px solid #000;border-top:1.5px solid #000;font-size:7pt;padding:3px 2px}
table.it td{padding:3px 2px;border-bottom:1px solid #e3e3e3} .pg{font-size:7pt;color:#555;text-align:right;margin-top:6px} .brk{page-break-before:always}
</style></head><body>
{% for page in pages %}<div class="{{ 'brk' if not loop.first else '' }}">
<table style="width:100%"><tr><td><div class="logo">{{ logo }}</div><div>{{ v_name }}<br>{{ v_addr }}{% if ein %}<br>FEIN {{ ein }}{% endif %}</div></td>
<td style="width:40%;text-align:right"><div style="font-size:15pt">INVOICE</div><table class="kv" style="margin-left:auto;text-align:left"><tr><td>Invoice No:</td><td><b>{{ no }}</b></td></tr><tr><td>Invoice Date:</td><td>{{ d }}</td></tr>
<tr><td>Week Ending:</td><td>{{ we }}</td></tr>{% if loop.first %}<tr><td>Due Date:</td><td>{{ due }}</td></tr><tr><td>Client ID:</td><td>{{ client }}</td></tr>{% if po %}<tr><td>PO Number:</td><td>{{ po }}</td></tr>{% endif %}{% endif %}</table></td></tr></table>
{% if loop.first %}<table style="width:100%;margin-top:8px"><tr><td style="width:50%"><b>Bill To:</b><br>{{ b_name }}<br>{{ b_att }}<br>{{ b_addr }}</td><td><b>Worksite:</b> {{ site }}<br><b>Department:</b> {{ dept }}<br><b>Supervisor:</b> {{ sup }}</td></tr></table>{% else %}<div style="margin-top:6px"><i>Continued - {{ b_name }}</i></div>{% endif %}
<table class="it"><tr><th style="text-align:left">Associate</th><th style="text-align:left">Emp ID</th><th style="text-align:left">Position</th><th class="r">Reg Hrs</th><th class="r">Bill Rate</th><th class="r">OT Hrs</th><th class="r">OT Rate</th><th class="r">Amount</th></tr>
{% for r in page.rows %}<tr><td>{{ r.name }}</td><td>{{ r.emp }}</td><td>{{ r.pos }}</td><td class="r">{{ r.rh }}</td><td class="r">{{ r.rr }}</td><td class="r">{{ r.oh }}</td><td class="r">{{ r.orr }}</td><td class="r">{{ r.a }}</td></tr>{% endfor %}</table>
{% if loop.last %}<table class="kv" style="margin-left:auto;margin-top:8px"><tr><td>Total Regular Hours</td><td class="r">{{ trh }}</td></tr><tr><td>Total Overtime Hours</td><td class="r">{{ toh }}</td></tr>
{% if tax %}<tr><td>Subtotal</td><td class="r">${{ net }}</td></tr><tr><td>{{ tax_label }}</td><td class="r">${{ tax }}</td></tr>{% endif %}
<tr><td><b>TOTAL AMOUNT DUE</b></td><td class="r"><b>${{ total }}</b></td></tr></table>
<table style="width:100%;margin-top:14px;font-size:7.4pt"><tr><td style="width:55%">Terms: {{ terms }}. Hours per client-approved electronic timecards. A 1.5% monthly service charge applies to past-due balances.<br>Questions: billing@{{ dom }}</td>
<td style="border:1.5px solid #000;padding:5px"><b>Please remit payment to:</b><br>{{ v_name }}<br>{{ remit }}<br>Reference invoice {{ no }}</td></tr></table>{% else %}<div class="pg"><i>Continued on next page</i></div>{% endif %}
<div class="pg">Page {{ loop.index }} of {{ pages|length }}</div></div>{% endfor %}
</body></html>"""
)


@style("10", "us_staffing_weekly_hours")
def s10(rng, i):
    vname, logo, vaddr, remit, color = ST_V[i]
    bname, batt, baddr = ST_B[i]
    d = rand_date(rng)
    we = d - dt.timedelta(days=(d.weekday() + 1) % 7 + rng.choice([0, 7]))  # a Sunday before the invoice date
    n = rng.randint(14, 20)
    rows, amounts = [], []
    names = rng.sample([(a, b) for a in FIRST for b in LAST], n)
    trh = toh = D(0)
    for fn, ln in names:
        pos, lo, hi = rng.choice(POS)
        rr = D(rng.randint(int(lo * 4), int(hi * 4))) / 4
        orr = q2(rr * D("1.5"))
        rh = D(rng.choice([40, 40, 40, 32, 36, 24, 38.5]))
        oh = D(rng.choice([0, 0, 0, 2, 4.5, 6, 8])) if rh == 40 else D(0)
        a = q2(rh * rr + oh * orr)
        trh += rh
        toh += oh
        amounts.append(a)
        rows.append(
            {
                "name": f"{ln}, {fn}",
                "emp": str(rng.randint(100000, 999999)),
                "pos": pos,
                "rh": f"{rh:.2f}",
                "rr": en(rr),
                "oh": f"{oh:.2f}" if oh else "",
                "orr": en(orr) if oh else "",
                "a": en(a),
            }
        )
    net = sum(amounts)
    tax = q2(net * D("0.09375")) if i == 1 else None  # a Texas-like taxable staffing service
    total = net + (tax or 0)
    ein = _ein_p(rng) if i in (0, 1) else None
    no = [
        f"{rng.randint(5000000, 5999999)}",
        f"LSW-{rng.randint(100000, 999999)}",
        f"{we.strftime('%y%m%d')}-{rng.randint(100, 999)}",
        f"INV-{rng.randint(30000, 39999)}",
    ][i]
    po = [
        f"{rng.randint(4500000000, 4500999999)}",
        f"CL-{rng.randint(10000, 99999)}",
        None,
        f"{rng.randint(20000, 29999)}",
    ][i]
    f = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    days = rng.choice([15, 30])
    due = d + dt.timedelta(days=days)
    split = n - rng.randint(3, 6)
    ctx = dict(
        color=color,
        logo=logo,
        v_name=vname,
        v_addr=vaddr,
        ein=ein,
        no=no,
        d=f(d),
        we=f(we),
        due=f(due),
        client=f"{rng.randint(1000, 9999)}",
        po=po,
        b_name=bname,
        b_att=batt,
        b_addr=baddr,
        site=baddr.split(",")[1].strip(),
        dept=rng.choice(["Production 2nd shift", "Warehouse", "Shipping/Receiving", "Maintenance"]),
        sup=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        pages=[{"rows": rows[:split]}, {"rows": rows[split:]}],
        trh=f"{trh:.2f}",
        toh=f"{toh:.2f}",
        tax=en(tax) if tax else None,
        tax_label="Sales Tax 8.25% x 80% taxable (TX) ",
        net=en(net),
        total=en(total),
        terms=f"Net {days}",
        remit=remit,
        dom=vname.split()[0].lower() + ".com",
    )
    if tax:  # Texas taxes 80 % of a staffing charge at 8.25 %: 6.6 % of it; keep the printed label and the arithmetic consistent
        tax = q2(net * D("0.8") * D("0.0825"))
        total = net + tax
        ctx.update(tax=en(tax), total=en(total))
    notes = (
        "US staffing agency weekly invoice over two pages (Page 1 of 2, Page 2 of 2), the header repeated on page 2: invoice_number = 'Invoice No'; Client ID and employee IDs are decoys. "
        + ("vendor_tax_id = 'FEIN'. " if ein else "No tax id printed: null. ")
        + "invoice_date = 'Invoice Date'; 'Week Ending' (a Sunday) is a decoy; due = 'Due Date'. "
        + (f"PO = 'PO Number' {po}. " if po else "No PO. ")
        + (
            "subtotal = 'Subtotal'; tax = the Texas sales tax row; "
            if tax
            else "No tax and a single total: subtotal and tax null; "
        )
        + "total = 'TOTAL AMOUNT DUE' (page 2 only). The remit-to lockbox is not the vendor's address. "
        "Line items: one per associate across both pages, amount = Amount (regular hours x bill rate + OT hours x OT rate); quantity null (two hour counts per row)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=ein,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="USD",
        subtotal=mt(net) if tax else None,
        tax=mt(tax) if tax else None,
        total=mt(total),
        line_items=[{"amount": mt(a), "quantity": None} for a in amounts],
        notes=notes,
    )
    return t, [f(d), f(due), ein, no, po, vname, "Page 2 of 2"], (S10_HTML, ctx)
