"""Chromium (HTML) styles for set 6, part B (10 US LTL freight bill, 12 Nigerian VAT invoice with amount in words,
13 Icelandic reikningur with a sidebar, 14 Peruvian factura electrónica, 15 Malaysian SST e-invoice)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    mt,
    ordinal,
    q0,
    q2,
    qstr,
    rand_date,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from kit_words import en_words_title, es_words_plain_millions
from stdnum.is_ import kennitala as _kt
from stdnum.pe import ruc as _ruc
from stdnum.us import ein as _ein

STYLES, style = style_registry("chromium")


# =========================================================================== 10 US LTL freight bill (PRO number, BOL, remit-to lockbox)
US_V = [
    (
        "Great Plains Freight Lines, Inc.",
        "GREAT PLAINS FREIGHT",
        "#7a1f1f",
        "P.O. Box 935112",
        "Atlanta, GA 31193-5112",
        "4100 N Broadway, Wichita, KS 67219",
    ),
    (
        "Tri-State Motor Express LLC",
        "TRI-STATE MOTOR EXPRESS",
        "#14406b",
        "Dept. 2261, P.O. Box 122261",
        "Dallas, TX 75312-2261",
        "2800 Interstate Dr, Harrisburg, PA 17110",
    ),
    (
        "Cascade Valley Transport Co.",
        "CASCADE VALLEY",
        "#1e5631",
        "Lockbox 5530, P.O. Box 35146",
        "Seattle, WA 98124-5146",
        "19800 84th Ave S, Kent, WA 98032",
    ),
    (
        "Bluegrass Carriers, Inc.",
        "BLUEGRASS CARRIERS",
        "#333",
        "P.O. Box 643781",
        "Cincinnati, OH 45264-3781",
        "1200 Lakeside Pkwy, Louisville, KY 40213",
    ),
]
US_SHIP = [
    ("Midwest Fastener Supply", "3300 E 21st St, Wichita, KS"),
    ("Keystone Paper Products", "410 Industrial Rd, York, PA"),
    ("Puget Sound Coffee Roasters", "2201 Airport Way S, Seattle, WA"),
    ("Derby City Cabinets", "5100 Poplar Level Rd, Louisville, KY"),
]
US_CONS = [
    ("Rocky Mountain Hardware Dist.", "8750 Pena Blvd, Denver, CO 80249"),
    ("Carolina Office Outlet", "1500 Westinghouse Blvd, Charlotte, NC 28273"),
    ("Valley Grocery Co-op", "600 W Ash St, Boise, ID 83702"),
    ("Gulf Coast Home Center", "9100 Airline Hwy, Baton Rouge, LA 70815"),
]
US_COMM = [
    ("Steel fasteners, boxed", "70"),
    ("Paper products, on pallets", "55"),
    ("Coffee, roasted, in bags", "60"),
    ("Cabinets, kitchen, KD", "100"),
    ("Hardware, NOI", "65"),
    ("Plastic articles, NOI", "85"),
]
US_ACC = [
    ("Liftgate Service - Delivery", 85, 145),
    ("Residential Delivery", 95, 160),
    ("Inside Delivery", 70, 135),
    ("Limited Access Delivery", 90, 150),
    ("Delivery Appointment / Notify", 25, 45),
    ("Sort and Segregate", 40, 90),
]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8.2pt")
    + """
.g{border:1px solid #000} .g td{border:1px solid #000;padding:2px 4px} .h{font-size:6.4pt;font-weight:bold;text-transform:uppercase;color:#333;display:block}
table.it{width:100%;margin-top:6px} table.it th{border:1px solid #000;background:#ddd;font-size:7pt;padding:2px 3px} table.it td{border-left:1px solid #000;border-right:1px solid #000;padding:2px 4px}
.remit{border:2px solid #000;padding:6px 8px;width:62mm}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:18pt;font-weight:bold;color:{{ color }}">{{ logo }}</div><div>{{ v_name }}<br>{{ v_addr }}<br>{{ v_phone }}</div>
<div style="font-size:7pt;color:#444;margin-top:2px">USDOT {{ dot }} · MC-{{ mc }}{% if ein %} · Federal Tax ID {{ ein }}{% endif %}</div></td>
<td style="width:45%"><div style="font-size:14pt;font-weight:bold;text-align:right">FREIGHT BILL / INVOICE</div>
<table class="g" style="margin-left:auto;margin-top:4px"><tr><td><span class="h">PRO Number</span><b style="font-size:11pt">{{ pro }}</b></td><td><span class="h">Bill Date</span>{{ d }}</td></tr>
<tr><td><span class="h">Pickup Date</span>{{ pu }}</td><td><span class="h">Delivery Date</span>{{ dl }}</td></tr>
<tr><td><span class="h">B/L Number</span>{{ bol }}</td><td><span class="h">{{ po_label }}</span>{{ po_val }}</td></tr>
<tr><td><span class="h">Terms</span>{{ terms }}</td><td><span class="h">Payment Due</span>{{ due }}</td></tr></table></td></tr></table>
<table class="g" style="width:100%;margin-top:8px"><tr><td style="width:33%"><span class="h">Shipper</span>{{ sh_name }}<br>{{ sh_addr }}</td><td style="width:33%"><span class="h">Consignee</span>{{ co_name }}<br>{{ co_addr }}</td>
<td><span class="h">Bill To ({{ pp }})</span>{{ bt_name }}<br>{{ bt_addr }}<br>Acct # {{ acct }}</td></tr></table>
<table class="it"><tr><th>Pcs</th><th>HM</th><th style="width:36%">Description of Articles</th><th>Class</th><th>Weight (lbs)</th><th>Rate</th><th>Charges</th></tr>
{% for r in rows %}<tr><td class="r">{{ r.pcs }}</td><td class="c">{{ r.hm }}</td><td>{{ r.desc }}</td><td class="c">{{ r.cls }}</td><td class="r">{{ r.wt }}</td><td class="r">{{ r.rate }}</td><td class="r">{{ r.amt }}</td></tr>{% endfor %}
<tr><td style="border-bottom:1px solid #000"></td><td style="border-bottom:1px solid #000"></td><td style="border-bottom:1px solid #000">TOTAL {{ tpcs }} PCS</td><td style="border-bottom:1px solid #000"></td><td class="r" style="border-bottom:1px solid #000">{{ twt }}</td><td style="border-bottom:1px solid #000"></td><td style="border-bottom:1px solid #000"></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:60%;font-size:7.4pt">Tariff {{ tariff }} · Quote # {{ quote }} · Cube {{ cube }} ft³ · Trailer {{ trailer }}<br>
Declared value: ${{ declared }} · Received in good order subject to the classifications and tariffs in effect on the date of the issue of this Bill of Lading.<br><br>
<div class="remit"><b>REMIT TO:</b><br>{{ v_name }}<br>{{ r1 }}<br>{{ r2 }}</div></td>
<td><table class="g" style="width:100%"><tr><td>Total Charges</td><td class="r">${{ total }}</td></tr><tr><td>Amount Paid</td><td class="r">{{ paid }}</td></tr>
<tr><td><b>PLEASE PAY THIS AMOUNT</b></td><td class="r"><b style="font-size:11pt">${{ total }}</b></td></tr></table>
<div style="font-size:7pt;margin-top:4px">Please reference PRO number on remittance. Claims must be filed within 9 months of delivery.</div></td></tr></table>
</body></html>"""
)


@style("10", "us_freight_pro_bill")
def s10(rng, i):
    vname, logo, color, r1, r2, vaddr = US_V[i]
    shn, sha = US_SHIP[i]
    con, coa = US_CONS[i]
    d = rand_date(rng)
    pu = d - dt.timedelta(days=rng.randint(3, 9))
    dl = pu + dt.timedelta(days=rng.randint(1, 4))
    rows, lines = [], []
    n = rng.randint(1, 3)
    for comm, cls in rng.sample(US_COMM, n):
        wt = rng.randint(180, 4200)
        rate = D(rng.randint(2400, 11800)) / 100
        amt = q2(D(wt) * rate / 100)
        pcs = rng.randint(1, 8)
        rows.append(
            {
                "pcs": pcs,
                "hm": "",
                "desc": f"{comm} ({rng.choice(['PLT', 'SKID', 'CTN'])})",
                "cls": cls,
                "wt": f"{wt:,}",
                "rate": f"{rate}",
                "amt": en(amt),
            }
        )
        lines.append(amt)
    gross = sum(lines)
    disc_pct = D(rng.choice(["62", "65", "68", "70.5", "72"]))
    disc = -q2(gross * disc_pct / 100)
    rows.append(
        {"pcs": "", "hm": "", "desc": f"Discount {disc_pct}%", "cls": "", "wt": "", "rate": "", "amt": en(disc)}
    )
    lines.append(disc)
    net = gross + disc
    if net < D("145"):  # absolute minimum charge
        mc = D("145.00") - net
        rows.append(
            {
                "pcs": "",
                "hm": "",
                "desc": "Adjustment to Minimum Charge",
                "cls": "",
                "wt": "",
                "rate": "",
                "amt": en(mc),
            }
        )
        lines.append(mc)
        net = D("145.00")
    fsc_pct = D(rng.randint(2450, 3600)) / 100
    fsc = q2(net * fsc_pct / 100)
    rows.append(
        {"pcs": "", "hm": "", "desc": f"Fuel Surcharge {fsc_pct}%", "cls": "", "wt": "", "rate": "", "amt": en(fsc)}
    )
    lines.append(fsc)
    for name, lo, hi in rng.sample(US_ACC, rng.randint(1, 3)):
        a = D(rng.randint(lo, hi)) + D(rng.choice(["0", "0.50", "0.75"]))
        rows.append({"pcs": "", "hm": "", "desc": name, "cls": "", "wt": "", "rate": "", "amt": en(a)})
        lines.append(a)
    total = sum(lines)
    pro = [
        digits(rng, 9, True),
        f"{digits(rng, 3, True)}-{digits(rng, 6)}",
        digits(rng, 10, True),
        f"{digits(rng, 8, True)}",
    ][i]
    bol = [f"BOL{digits(rng, 7)}", digits(rng, 8, True), f"{digits(rng, 6, True)}", f"SO{digits(rng, 6)}-1"][i]
    po = [
        f"{rng.randint(400000, 499999)}",
        f"{rng.randint(4500000000, 4500999999)}",
        None,
        f"{rng.randint(10000, 99999)}-B",
    ][i]
    ein = (
        valid(rng, lambda: rng.choice(["48", "23", "91", "61"]) + digits(rng, 7), _ein.is_valid)
        if i in (0, 3)
        else None
    )
    ein = f"{ein[:2]}-{ein[2:]}" if ein else None
    f = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    days = rng.choice([15, 30])
    due = d + dt.timedelta(days=days)
    pp = "PREPAID" if i != 2 else "THIRD PARTY"
    bt = (shn, sha) if i != 2 else ("Northwest Logistics Audit Svcs", "P.O. Box 4480, Portland, OR 97208")
    ctx = dict(
        color=color,
        logo=logo,
        v_name=vname,
        v_addr=vaddr,
        v_phone=f"({digits(rng, 3, True)}) {digits(rng, 3)}-{digits(rng, 4)}",
        dot=digits(rng, 7, True),
        mc=digits(rng, 6, True),
        ein=ein,
        pro=pro,
        d=f(d),
        pu=f(pu),
        dl=f(dl),
        bol=bol,
        po_label="Shipper Ref / PO #" if po else "Shipper Ref",
        po_val=po if po else f"ORD-{digits(rng, 5)}",
        terms=f"Net {days}",
        due=f(due),
        sh_name=shn,
        sh_addr=sha,
        co_name=con,
        co_addr=coa,
        pp=pp,
        bt_name=bt[0],
        bt_addr=bt[1],
        acct=digits(rng, 7, True),
        rows=rows,
        tpcs=sum(r["pcs"] for r in rows if r["pcs"]),
        twt=f"{sum(int(r['wt'].replace(',', '')) for r in rows if r['wt']):,}",
        tariff=rng.choice(["GPFL 500", "TSME 100", "CVT 600", "BGC 205"]),
        quote=digits(rng, 8, True),
        cube=rng.randint(40, 420),
        trailer=f"{rng.randint(5300, 5399)}{rng.choice(['', 'A'])}",
        declared=f"{rng.randint(2, 60) * 500:,}.00",
        total=en(total),
        paid="$0.00",
        r1=r1,
        r2=r2,
    )
    notes = (
        "US LTL carrier freight bill (Letter): grid of labelled boxes top right (label above value). invoice_number = 'PRO Number'; the B/L number, quote, "
        "account, trailer, USDOT/MC numbers are decoys. invoice_date = 'Bill Date' (mm/dd/yyyy); pickup and delivery dates are decoys; due = 'Payment Due'. "
        + (
            "PO = 'Shipper Ref / PO #' (printed next to the B/L number). "
            if po
            else "'Shipper Ref' is an order reference, not a PO (null). "
        )
        + ("vendor_tax_id = 'Federal Tax ID' (EIN). " if ein else "No tax id printed. ")
        + "No tax: subtotal and tax null; total = 'Total Charges' = 'PLEASE PAY THIS AMOUNT'; 'Amount Paid $0.00' and the declared value are decoys. "
        "Line items = every charge row: rated commodities (weight x rate per cwt; no quantity: weights and pieces are not quantities), the negative "
        "discount, minimum-charge adjustment if any, fuel surcharge and accessorials; they sum to the total. The remit-to lockbox is not the vendor's address. "
        + ("Bill-to is a third-party freight audit firm. " if i == 2 else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=ein,
        invoice_number=pro,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="USD",
        subtotal=None,
        tax=None,
        total=mt(total),
        line_items=[{"amount": mt(a), "quantity": None} for a in lines],
        notes=notes,
    )
    return t, [f(d), pro, ein, po, f(due), vname], (S10_HTML, ctx)


# =========================================================================== 12 Nigerian VAT invoice (TIN, 7.5 %, amount in words)
NG_V = [
    (
        "Lekki Coastal Facility Services Ltd",
        "RC 1452218",
        "Plot 12B, Admiralty Way, Lekki Phase 1, Lagos",
        "#0a6e3c",
        "NGN",
    ),
    (
        "Oduduwa Agro-Allied Industries Ltd",
        "RC 784532",
        "KM 7, Ibadan-Oyo Expressway, Ibadan, Oyo State",
        "#a35200",
        "NGN",
    ),
    (
        "Harmattan Digital Solutions Ltd",
        "RC 1876034",
        "Suite 304, Ahmadu Bello Way, Central Business District, Abuja",
        "#243a73",
        "NGN",
    ),
    (
        "Bonny Marine & Offshore Services Ltd",
        "RC 1120987",
        "14 Trans-Amadi Industrial Layout, Port Harcourt, Rivers State",
        "#005f73",
        "USD",
    ),
]
NG_B = [
    ("Eko Atlantic Towers Management Ltd", "Victoria Island, Lagos"),
    ("Sahel Foods Processing Plc", "Oregun Industrial Estate, Ikeja, Lagos"),
    ("Federal Polytechnic Bursary Department", "P.M.B. 5351, Ado-Ekiti, Ekiti State"),
    ("Delta Deepwater Exploration Nigeria Ltd", "Woji, Port Harcourt"),
]
NG_LINES = [
    [
        ("Cleaning services - monthly contract", "Month", 850000, 2400000, 1, 3),
        ("Fumigation and pest control", "Job", 180000, 450000, 1, 2),
        ("Generator maintenance (diesel 500KVA)", "Service", 120000, 380000, 1, 4),
        ("Supply of cleaning consumables", "Lot", 45000, 160000, 1, 6),
        ("Security personnel (per guard/month)", "Guard", 95000, 140000, 4, 16),
    ],
    [
        ("Cassava starch 25kg bag", "Bag", 14500, 21000, 40, 600),
        ("Soybean meal 50kg", "Bag", 28000, 41000, 20, 300),
        ("Palm olein 25L drum", "Drum", 38000, 56000, 10, 120),
        ("Haulage Ibadan - Lagos", "Trip", 180000, 320000, 1, 6),
    ],
    [
        ("Annual licence - student portal", "Licence", 1200000, 3800000, 1, 1),
        ("Implementation and data migration", "Man-day", 85000, 140000, 5, 30),
        ("On-site training", "Day", 150000, 260000, 1, 5),
        ("Bulk SMS units", "Unit", 3, 5, 20000, 200000),
    ],
    [
        ("Crew boat charter (day rate)", "Day", 2800, 5200, 3, 20),
        ("Mobilisation / demobilisation", "Lump sum", 4500, 12000, 1, 1),
        ("Marine gas oil (litres)", "Litre", 1, 2, 2000, 12000),
        ("Deck crew overtime", "Hour", 45, 90, 10, 80),
    ],
]
S12_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.lab{text-align:right;color:#555;padding:2px 8px 2px 0;white-space:nowrap} .vv{padding:2px 0;font-weight:bold;text-align:right}
table.it{width:100%;margin-top:14px} table.it th{background:{{ color }};color:#fff;padding:5px 5px;font-size:7.8pt;text-align:left} table.it td{padding:5px 5px}
table.it tr:nth-child(odd) td{background:#f3f5f4} table.tot{margin-left:auto;margin-top:8px;width:48%} table.tot td{padding:3px 5px}
.words{margin-top:10px;padding:6px 8px;border-left:4px solid {{ color }};background:#f7f7f7}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div style="font-size:7.6pt">{{ rc }}</div>
<div style="margin-top:3px">{{ v_addr }}<br>Tel: {{ tel }} · {{ mail }}<br>TIN: {{ tin }}</div></td>
<td><div style="font-size:18pt;font-weight:bold;text-align:right;letter-spacing:2px;color:#333">TAX INVOICE</div>
<table style="margin-left:auto;margin-top:6px"><tr><td class="lab">Invoice No:</td><td class="vv">{{ inv_no }}</td></tr><tr><td class="lab">Invoice Date:</td><td class="vv">{{ d }}</td></tr>
{% if due %}<tr><td class="lab">Due Date:</td><td class="vv">{{ due }}</td></tr>{% endif %}{% if lpo %}<tr><td class="lab">LPO No:</td><td class="vv">{{ lpo }}</td></tr>{% endif %}
<tr><td class="lab">Customer ID:</td><td class="vv">{{ cust }}</td></tr></table></td></tr></table>
<div style="margin-top:14px"><div style="font-size:7pt;color:#777;letter-spacing:1px">BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}{% if b_tin %}<br>TIN: {{ b_tin }}{% endif %}</div>
<table class="it"><tr><th>S/N</th><th style="width:48%">Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit Price ({{ sym }})</th><th class="r">Amount ({{ sym }})</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Sub-Total</td><td class="r">{{ sym }}{{ net }}</td></tr><tr><td>VAT @ 7.5%</td><td class="r">{{ sym }}{{ vat }}</td></tr>
<tr><td style="border-top:2px solid #333;font-weight:bold;font-size:10pt">Total ({{ cur }})</td><td class="r" style="border-top:2px solid #333;font-weight:bold;font-size:10pt">{{ sym }}{{ total }}</td></tr>
{% if adv %}<tr><td>Less: Advance Payment Received</td><td class="r">({{ sym }}{{ adv }})</td></tr><tr><td><b>Balance Due</b></td><td class="r"><b>{{ sym }}{{ bal }}</b></td></tr>{% endif %}</table>
<div class="words"><b>Amount in words:</b> {{ words }}</div>
{% if wht %}<div style="margin-top:8px;font-size:7.6pt">Withholding Tax (WHT) @ {{ wht_pct }}% on the Sub-Total ({{ sym }}{{ wht }}) is deductible at source; kindly forward the WHT credit note to our office.</div>{% endif %}
<table style="width:100%;margin-top:16px"><tr><td style="width:55%"><b>Payment Details</b><br>Account Name: {{ v_name }}<br>Bank: {{ bank }}<br>Account No: {{ nuban }}{% if cur == 'USD' %} (Domiciliary, USD){% endif %}<br>{{ terms }}</td>
<td style="text-align:center;vertical-align:bottom"><div style="border-top:1px solid #000;width:70%;margin:40px auto 0 auto;padding-top:3px">Authorised Signatory</div></td></tr></table>
</body></html>"""
)


def ng_words(total, cur):
    whole, minor = divmod(int(total * 100), 100)
    big, small = ("Naira", "Kobo") if cur == "NGN" else ("US Dollars", "Cents")
    s = f"{en_words_title(whole).replace(' and ', ' and ')} {big}"
    if minor:
        s += f", {en_words_title(minor)} {small}"
    return s + " Only"


@style("12", "ng_vat_invoice_words")
def s12(rng, i):
    vname, rc, vaddr, color, cur = NG_V[i]
    bname, baddr = NG_B[i]
    tin = f"{digits(rng, 8, True)}-0001"
    d = rand_date(rng)
    items = items_from(rng, NG_LINES[i], rng.randint(2, 4))
    net = sum(it["amount"] for it in items)
    vat = q2(net * D("0.075"))
    total = net + vat
    sym = "₦" if cur == "NGN" else "$"
    days = rng.choice([14, 30, 45])
    due = d + dt.timedelta(days=days) if i != 1 else None
    lpo = [
        f"LPO/{d.year}/{rng.randint(100, 999)}",
        None,
        f"FPA/LPO/{rng.randint(10, 99)}/{d.year % 100}",
        f"PO-{digits(rng, 7)}",
    ][i]
    adv = q2(total * D("0.4")) if i == 2 else None
    wht_pct = {0: 5, 1: None, 2: 5, 3: 10}[i]
    wht = q2(net * wht_pct / 100) if wht_pct else None
    long_d = i != 3
    f = (
        (lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]}, {x.year}")
        if long_d
        else (lambda x: x.strftime("%d/%m/%Y"))
    )
    inv_no = [
        f"LCFS/INV/{d.year}/{rng.randint(1, 400):04d}",
        f"OAI-{rng.randint(10000, 99999)}",
        f"HDS{d.strftime('%y%m')}{rng.randint(10, 99)}",
        f"BMO/{rng.randint(100, 999)}/{d.year % 100}",
    ][i]
    ctx = dict(
        color=color,
        v_name=vname,
        rc=rc,
        v_addr=vaddr,
        tel=f"+234 {rng.choice(['803', '812', '906', '701'])} {digits(rng, 3)} {digits(rng, 4)}",
        mail=[
            "accounts@lekkicoastalfs.com.ng",
            "sales@oduduwaagro.com",
            "billing@harmattandigital.ng",
            "finance@bonnymarine.com",
        ][i],
        tin=tin,
        inv_no=inv_no,
        d=f(d),
        due=f(due) if due else None,
        lpo=lpo,
        cust=f"CUS-{rng.randint(100, 999)}",
        b_name=bname,
        b_addr=baddr,
        b_tin=f"{digits(rng, 8, True)}-0001" if i in (0, 3) else None,
        sym=sym,
        cur=cur,
        items=[
            {"desc": it["desc"], "q": en(it["qty"], 0), "unit": it["unit"], "p": en(it["price"]), "a": en(it["amount"])}
            for it in items
        ],
        net=en(net),
        vat=en(vat),
        total=en(total),
        adv=en(adv) if adv else None,
        bal=en(total - adv) if adv else None,
        words=ng_words(total, cur),
        wht=en(wht) if wht else None,
        wht_pct=wht_pct,
        bank=rng.choice(
            ["Guaranty Trust Bank Plc", "Access Bank Plc", "First Bank of Nigeria Ltd", "United Bank for Africa Plc"]
        ),
        nuban=digits(rng, 10, True),
        terms=("Payment terms: cash on delivery." if i == 1 else f"Payment terms: {days} days from invoice date."),
    )
    notes = (
        "Nigerian tax invoice; header labels right-aligned next to right-aligned values; zebra table without rules. vendor_tax_id = 'TIN' (FIRS, 8 digits-0001); "
        "the RC (CAC registration) number"
        + (" and the customer's TIN are decoys. " if i in (0, 3) else " is a decoy. ")
        + ("Dates '14th March, 2026'. " if long_d else "Dates dd/mm/yyyy. ")
        + ("due = 'Due Date'. " if due else "No due date (cash on delivery). ")
        + ("PO = 'LPO No'. " if lpo else "")
        + "subtotal = Sub-Total, tax = VAT @ 7.5%, total = Total; the amount in words repeats the total. "
        + ("'Less: Advance Payment Received' and 'Balance Due' are decoys. " if adv else "")
        + (f"WHT {wht_pct} % note amount is a decoy. " if wht else "")
        + ("USD invoice (domiciliary account). " if cur == "USD" else "Currency NGN (₦). ")
        + "Customer ID is a decoy."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=tin,
        invoice_number=inv_no,
        po_number=lpo,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency=cur,
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), tin, inv_no, f(due) if due else None, lpo, vname], (S12_HTML, ctx)


# =========================================================================== 13 Icelandic reikningur with a sidebar (ISK, kennitala, gjalddagi/eindagi)
IS_V = [
    ("Hraunsteypa ehf.", "Hringhellu 9", "221 Hafnarfirði", "#2b2d42"),
    ("Norðurljós Ferðaþjónusta hf.", "Strandgötu 29", "600 Akureyri", "#14213d"),
    ("Vefsmiðjan Kóði ehf.", "Borgartúni 27", "105 Reykjavík", "#3d405b"),
    ("Fiskbúð Suðurnesja ehf.", "Hafnargötu 51", "230 Reykjanesbæ", "#264653"),
]
IS_B = [
    ("Byggingafélagið Grettir ehf.", "Smiðjuvegi 4, 200 Kópavogi"),
    ("Hótel Mývatn ehf.", "Reynihlíð, 660 Mývatni"),
    ("Sjóvá-Almennar tryggingar hf.", "Kringlunni 5, 103 Reykjavík"),
    ("Veitingahúsið Vör ehf.", "Víkurbraut 1, 240 Grindavík"),
]
IS_LINES = [
    [
        ("STEYPA C30", "Steinsteypa C30/37", "m3", 31500, 38900, 4, 40, 24),
        ("DAELA", "Dæla - tímagjald", "klst.", 24500, 32000, 1, 6, 24),
        ("FLUTN", "Akstur steypubíls", "ferð", 14900, 21000, 1, 8, 24),
        ("BIND", "Bindiefni (flot)", "l", 890, 1290, 10, 80, 24),
    ],
    [
        ("NL-FERD", "Norðurljósaferð, fullorðnir", "manns", 12900, 16900, 4, 40, 11),
        ("GIST-2", "Gisting, tveggja manna herbergi", "nótt", 24900, 38900, 1, 12, 11),
        ("MAT", "Kvöldverður, þriggja rétta", "manns", 8900, 11900, 4, 40, 11),
        ("BILL", "Leiga á jeppa með bílstjóra", "dagur", 89000, 129000, 1, 3, 24),
    ],
    [
        ("VEF-TIMI", "Forritun og vefþróun", "klst.", 16900, 22900, 8, 60, 24),
        ("HYS", "Hýsing og rekstur, mánaðargjald", "mán.", 19900, 49900, 1, 3, 24),
        ("UX", "Notendaprófanir", "klst.", 14900, 19900, 4, 20, 24),
        ("LEYFI", "Hugbúnaðarleyfi (ársgjald)", "stk.", 59000, 189000, 1, 1, 24),
    ],
    [
        ("ÞORSKUR", "Þorskflök, roðlaus", "kg", 2390, 3290, 10, 60, 11),
        ("ÝSA", "Ýsuflök", "kg", 2190, 2990, 5, 40, 11),
        ("HUMAR", "Humarhalar, frosnir", "kg", 7900, 11900, 2, 12, 11),
        ("SALTF", "Saltfiskur útvatnaður", "kg", 2890, 3690, 5, 20, 11),
        ("KASSI", "Frauðplastkassar", "stk.", 390, 690, 5, 30, 24),
    ],
]
S13_HTML = """<html><head><meta charset="utf-8"><style>@page{size:A4;margin:0} body{font-family:'DejaVu Sans',sans-serif;font-size:8.4pt;color:#222;margin:0}
table{border-collapse:collapse} td,th{vertical-align:top} .r{text-align:right}
.side{position:absolute;left:0;top:0;width:62mm;height:296mm;background:{{ color }};color:#eee;padding:16mm 7mm;box-sizing:border-box;font-size:7.8pt;line-height:1.5}
.side h2{font-size:14pt;color:#fff;margin:0 0 8mm 0;line-height:1.2} .side .k{color:#aab;font-size:6.6pt;text-transform:uppercase;letter-spacing:1px;margin-top:5mm}
.main{position:absolute;left:70mm;right:12mm;top:16mm} .meta td{padding:2px 10px 2px 0} table.it{width:100%;margin-top:9mm} table.it th{text-align:left;font-size:7pt;color:#666;padding:3px 3px;border-bottom:2px solid {{ color }}}
table.it td{padding:4px 3px} table.tot{margin-left:auto;margin-top:5mm} table.tot td{padding:2px 4px}
</style></head><body>
<div class="side"><h2>{{ v_name }}</h2>{{ v_a1 }}<br>{{ v_a2 }}<div class="k">Kennitala</div>{{ kt }}<div class="k">VSK-númer</div>{{ vsk }}
<div class="k">Banki</div>{{ bank }}<div class="k">Sími</div>{{ tel }}<div class="k">Netfang</div>{{ mail }}</div>
<div class="main"><div style="font-size:22pt;font-weight:bold;letter-spacing:3px;color:{{ color }}">REIKNINGUR</div>
<table style="width:100%;margin-top:6mm"><tr><td style="width:52%"><div style="color:#777;font-size:7pt">KAUPANDI</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Kt. {{ b_kt }}</td>
<td><table class="meta"><tr><td>Reikningur nr.</td><td><b>{{ inv_no }}</b></td></tr><tr><td>Dagsetning</td><td>{{ d }}</td></tr><tr><td>Gjalddagi</td><td>{{ due }}</td></tr>
<tr><td>Eindagi</td><td>{{ eindagi }}</td></tr>{% if po %}<tr><td>Pöntun nr.</td><td>{{ po }}</td></tr>{% endif %}<tr><td>Viðskiptamaður</td><td>{{ cust }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>Vörunr.</th><th style="width:38%">Lýsing</th><th class="r">Magn</th><th>Ein.</th><th class="r">Ein.verð</th><th class="r">Afsl.</th><th class="r">VSK</th><th class="r">Upphæð</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.rate }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Samtals án VSK</td><td class="r" style="width:30mm">{{ net }}</td></tr>
{% for r in rates %}<tr><td>VSK {{ r.rate }}% af {{ r.base }}</td><td class="r">{{ r.vat }}</td></tr>{% endfor %}
{% if rates|length > 1 %}<tr><td>VSK samtals</td><td class="r">{{ vat }}</td></tr>{% endif %}
<tr><td style="border-top:2px solid {{ color }};font-weight:bold;font-size:10.5pt">Til greiðslu kr.</td><td class="r" style="border-top:2px solid {{ color }};font-weight:bold;font-size:10.5pt">{{ total }}</td></tr></table>
<p style="margin-top:8mm;font-size:7.6pt;color:#555">Krafa hefur verið stofnuð í netbanka greiðanda. Eftir eindaga reiknast dráttarvextir skv. lögum nr. 38/2001 ásamt innheimtukostnaði.
{% if prev %}<br>Ógreidd eldri krafa, reikningur {{ prev_no }}: {{ prev }} kr. (ekki innifalin í þessum reikningi).{% endif %}</p>
<p style="font-size:7pt;color:#888">Reikningur þessi er gefinn út rafrænt og er gildur án undirskriftar.</p></div>
</body></html>"""


def is_kt(rng, company=True):
    def mk():
        dd = rng.randint(1, 28) + (40 if company else 0)
        return (
            f"{dd:02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}{digits(rng, 2)}"
            + digits(rng, 1)
            + rng.choice("90")
        )

    return valid(rng, mk, _kt.is_valid)


@style("13", "is_reikningur_sidebar")
def s13(rng, i):
    vname, va1, va2, color = IS_V[i]
    bname, baddr = IS_B[i]
    kt = is_kt(rng)
    kt_f = f"{kt[:6]}-{kt[6:]}"
    vsk = f"{rng.randint(10000, 149999)}"
    d = rand_date(rng)
    rows = rng.sample(IS_LINES[i], rng.randint(2, 4))
    items = []
    for code, desc, unit, lo, hi, qlo, qhi, rate in rows:
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 10, hi // 10) * 10)
        disc = rng.choice([0, 0, 0, 5, 10]) if i in (0, 3) else 0
        amt = q0(q * p * (100 - disc) / 100)
        items.append(
            {"code": code, "desc": desc, "unit": unit, "qty": q, "price": p, "disc": disc, "amount": amt, "rate": rate}
        )
    net = sum(it["amount"] for it in items)
    rates = []
    vat = D(0)
    for r in sorted({it["rate"] for it in items}, reverse=True):
        b = sum(it["amount"] for it in items if it["rate"] == r)
        v = q0(b * r / 100)
        vat += v
        rates.append({"rate": r, "base": de(b, 0), "vat": de(v, 0)})
    total = net + vat
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([10, 14, 30]))
    eindagi = due + dt.timedelta(days=rng.choice([0, 5, 10, 15]))
    po = [f"P-{rng.randint(1000, 9999)}", None, f"{rng.randint(200, 999)}", None][i]
    inv_no = [
        f"{rng.randint(10000, 99999)}",
        f"NL-{rng.randint(1000, 9999)}",
        f"{d.year}-{rng.randint(100, 999)}",
        f"{rng.randint(100000, 999999)}",
    ][i]
    prev = de(D(rng.randint(20, 400) * 1000 + rng.randint(0, 999)), 0) if i == 3 else None
    ctx = dict(
        color=color,
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        kt=kt_f,
        vsk=vsk,
        bank=f"0{rng.randint(101, 599)}-26-{digits(rng, 6)}",
        tel=f"{rng.choice(['5', '4'])}{digits(rng, 2)} {digits(rng, 4)}",
        mail=["hraunsteypa@hraunsteypa.is", "bokanir@nordurljos.is", "reikningar@kodi.is", "fisk@fiskbudsud.is"][i],
        b_name=bname,
        b_addr=baddr,
        b_kt=(lambda k: f"{k[:6]}-{k[6:]}")(is_kt(rng)),
        inv_no=inv_no,
        d=f(d),
        due=f(due),
        eindagi=f(eindagi),
        po=po,
        cust=f"{rng.randint(100, 9999)}",
        items=[
            {
                "code": it["code"],
                "desc": it["desc"],
                "q": de(it["qty"], 0),
                "unit": it["unit"],
                "p": de(it["price"], 0),
                "disc": f"{it['disc']}%" if it["disc"] else "",
                "rate": it["rate"],
                "a": de(it["amount"], 0),
            }
            for it in items
        ],
        net=de(net, 0),
        rates=rates,
        vat=de(vat, 0),
        total=de(total, 0),
        prev=prev,
        prev_no=f"{rng.randint(10000, 99999)}",
    )
    notes = (
        "Icelandic reikningur: vendor block in a coloured left sidebar (name, address, Kennitala, VSK-númer, bank). vendor_tax_id = 'VSK-númer' (VAT number); "
        "the vendor's and buyer's kennitala (national id) and the bank account are decoys. Labels left of values in the meta block. invoice_date = 'Dagsetning' "
        "(dd.mm.yyyy); due = 'Gjalddagi'; 'Eindagi' (final due date before interest) is a decoy. ISK without decimals, dot thousands. "
        + ("Per-line discounts (Afsl.): line amounts after discount. " if any(it["disc"] for it in items) else "")
        + ("Two VAT rates (24 %, 11 %): tax = 'VSK samtals'. " if len(rates) > 1 else "tax = the single VSK row. ")
        + "subtotal = 'Samtals án VSK', total = 'Til greiðslu kr.'. "
        + ("PO = 'Pöntun nr.'. " if po else "")
        + ("An unpaid older claim mentioned under the totals is a decoy. " if prev else "")
        + "'Viðskiptamaður' (customer number) is a decoy."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vsk,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="ISK",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), vsk, inv_no, f(due), po, vname], (S13_HTML, ctx)


# =========================================================================== 14 Peruvian factura electrónica (RUC box, SON: ... CON xx/100, detracción)
PE_V = [
    (
        "CONSULTORES ANDINOS DE INGENIERÍA S.A.C.",
        "Av. Javier Prado Este 4200 Of. 802, Santiago de Surco - Lima",
        "#7b2d26",
    ),
    (
        "SERVICIOS GENERALES PACHACÚTEC E.I.R.L.",
        "Calle Los Olivos 215, Urb. Santa Victoria, Chiclayo - Lambayeque",
        "#1b4965",
    ),
    ("DISTRIBUIDORA COMERCIAL DEL SUR S.A.", "Av. Ejército 1012, Yanahuara - Arequipa", "#2d6a4f"),
    ("AGROEXPORT LOS VALLES S.A.C.", "Carretera Panamericana Sur Km 298, Ica", "#6c4f1d"),
]
PE_B = [
    ("MINERA SANTA ROSA DE HUARAZ S.A.", "Jr. San Martín 655, Huaraz - Áncash"),
    ("CLÍNICA SAN JUAN DE DIOS CHICLAYO S.A.C.", "Av. Luis Gonzales 1140, Chiclayo"),
    ("SUPERMERCADOS EL MISTI S.A.C.", "Av. Dolores 150, José Luis Bustamante y Rivero - Arequipa"),
    ("FRESH FRUIT IMPORTS LLC", "1200 Brickell Ave, Miami FL, USA"),
]
PE_LINES = [
    [
        ("SRV-001", "Elaboración de expediente técnico - estructuras", "ZZ", 8500, 24000, 1, 1),
        ("SRV-014", "Supervisión de obra (días)", "DIA", 950, 1600, 5, 25),
        ("SRV-022", "Estudio de mecánica de suelos", "ZZ", 4200, 9800, 1, 1),
        ("SRV-030", "Levantamiento topográfico (ha)", "HA", 380, 720, 2, 30),
    ],
    [
        ("LIM-01", "Servicio de limpieza integral - mes", "ZZ", 6800, 14500, 1, 1),
        ("LIM-07", "Desinfección y fumigación de ambientes", "ZZ", 900, 2800, 1, 2),
        ("SEG-02", "Servicio de vigilancia (puesto 12 h)", "MES", 3800, 5200, 1, 4),
        ("LIM-11", "Limpieza de vidrios en altura", "M2", 6, 14, 120, 900),
    ],
    [
        ("7751234000123", "ACEITE VEGETAL PRIMOR 1L CJ X 12", "CJA", 78, 115, 10, 120),
        ("7750243001221", "ARROZ COSTEÑO EXTRA 5KG", "BOL", 21, 29, 20, 300),
        ("7751271012300", "LECHE EVAPORADA GLORIA 400G PQ X 24", "PQ", 82, 99, 10, 150),
        ("7759185000456", "AZÚCAR RUBIA CARTAVIO 1KG", "BOL", 3.4, 4.6, 50, 800),
    ],
    [
        ("UVA-RG", "Fresh table grapes Red Globe 8.2 kg box", "CJA", 14, 22, 400, 2400),
        ("ESP-VE", "Fresh green asparagus 5 kg box", "CJA", 18, 29, 100, 900),
        ("PAL-01", "Pallet and cold treatment", "UND", 28, 45, 10, 40),
    ],
]
S14_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'DejaVu Sans',sans-serif", fs="7.8pt")
    + """
.rbox{border:2px solid {{ color }};border-radius:8px;text-align:center;padding:8px 6px;font-weight:bold;font-size:10.5pt;line-height:1.6}
.cl td{padding:1.5px 6px 1.5px 0} table.it{width:100%;margin-top:8px} table.it th{border:1px solid #555;background:#eee;padding:3px 3px;font-size:7pt}
table.it td{border:1px solid #999;padding:3px 3px} table.tot td{border:1px solid #999;padding:2px 6px} .sec{border:1px solid #999;border-radius:5px;padding:5px 7px;margin-top:6px}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div>{{ v_addr }}<br>Telf.: {{ tel }} · {{ mail }}</div></td>
<td><div class="rbox">R.U.C. N° {{ ruc }}<br>FACTURA ELECTRÓNICA<br>{{ inv_no }}</div></td></tr></table>
<div class="sec"><table class="cl" style="width:100%"><tr><td style="width:17%"><b>Fecha de Emisión</b></td><td style="width:33%">: {{ d }}</td><td style="width:19%"><b>Forma de pago</b></td><td>: {{ forma }}</td></tr>
<tr><td><b>Fecha de Vencimiento</b></td><td>: {{ due }}</td><td><b>Tipo de Moneda</b></td><td>: {{ moneda }}</td></tr>
<tr><td><b>Señor(es)</b></td><td colspan="3">: {{ b_name }}</td></tr><tr><td><b>{{ b_id_label }}</b></td><td>: {{ b_id }}</td><td><b>Orden de Compra</b></td><td>: {{ po }}</td></tr>
<tr><td><b>Dirección</b></td><td colspan="3">: {{ b_addr }}</td></tr>{% if guia %}<tr><td><b>Guía de Remisión</b></td><td colspan="3">: {{ guia }}</td></tr>{% endif %}</table></div>
<table class="it"><tr><th>Cant.</th><th>Unidad</th><th>Código</th><th style="width:42%">Descripción</th><th>Valor Unitario</th><th>Valor de Venta</th></tr>
{% for it in items %}<tr><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:58%"><div class="sec" style="margin-top:0"><b>SON: {{ words }}</b></div>
{% if detr %}<div class="sec"><b>Operación sujeta al Sistema de Pago de Obligaciones Tributarias (SPOT)</b><br>Bien/Servicio: 037 - Demás servicios gravados con el IGV · Porcentaje: 12%<br>
Monto detracción: S/ {{ detr }} · Cta. Cte. Banco de la Nación N° {{ bn }}</div>{% endif %}
{% if credito %}<div class="sec"><b>Información del crédito</b><br>Monto neto pendiente de pago: {{ sym }} {{ pend }}<br>Total de cuotas: 1 · Cuota 001 · Fecha de vencimiento: {{ due }} · Monto: {{ sym }} {{ pend }}</div>{% endif %}
<div style="margin-top:8px">{{ qr|safe }}</div></td>
<td><table class="tot" style="margin-left:auto"><tr><td>Op. Gravada</td><td class="r">{{ sym }} {{ grav }}</td></tr><tr><td>Op. Exonerada</td><td class="r">{{ sym }} 0.00</td></tr>
<tr><td>Op. Inafecta</td><td class="r">{{ sym }} {{ inaf }}</td></tr><tr><td>Op. Exportación</td><td class="r">{{ sym }} {{ expo }}</td></tr><tr><td>IGV 18%</td><td class="r">{{ sym }} {{ igv }}</td></tr>
<tr><td><b>Importe Total</b></td><td class="r"><b>{{ sym }} {{ total }}</b></td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:6.8pt;color:#444;text-align:center">Representación impresa de la FACTURA ELECTRÓNICA, consulte en {{ web }} · Autorizado mediante Resolución de Intendencia N° 034-005-0005315/SUNAT<br>Código Hash: {{ hash }}</div>
</body></html>"""
)


@style("14", "pe_factura_electronica_son")
def s14(rng, i):
    vname, vaddr, color = PE_V[i]
    bname, baddr = PE_B[i]
    ruc10 = "20" + digits(rng, 8, True)
    ruc = ruc10 + _ruc.calc_check_digit(ruc10)
    b10 = "20" + digits(rng, 8, True)
    b_ruc = b10 + _ruc.calc_check_digit(b10)
    d = rand_date(rng)
    items = items_from(rng, [r[1:] for r in PE_LINES[i]], rng.randint(2, 4))
    net = sum(it["amount"] for it in items)
    export = i == 3
    igv = D(0) if export else q2(net * D("0.18"))
    total = net + igv
    cur = "USD" if i in (1, 3) and (i == 3 or rng.random() < 0.5) else "PEN"
    sym = "US$" if cur == "USD" else "S/"
    credito = i != 2
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if credito else d
    detr = q0(total * D("0.12") * (D("3.75") if cur == "USD" else 1)) if i in (0, 1) else None
    pend = total - (q2(detr / D("3.75")) if detr and cur == "USD" else (detr or 0))
    serie = "F001" if i != 2 else rng.choice(["F002", "FA01"])
    inv_no = f"{serie}-{rng.randint(1, 99999):08d}" if i != 1 else f"{serie}-{rng.randint(1, 9999)}"
    po = [
        f"OC-{d.year}-{rng.randint(1000, 9999)}",
        f"{rng.randint(4500000000, 4500999999)}",
        "-",
        f"{rng.randint(10000, 99999)}",
    ][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    whole, cents = divmod(int(total * 100), 100)
    words = f"{es_words_plain_millions(whole).upper()} CON {cents:02d}/100 {'DÓLARES AMERICANOS' if cur == 'USD' else 'SOLES'}"
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"(01) {digits(rng, 3)}-{digits(rng, 4)}",
        mail=[
            "facturacion@consultoresandinos.pe",
            "administracion@sgpachacutec.com",
            "ventas@dicosur.com.pe",
            "exports@agrolosvalles.pe",
        ][i],
        ruc=ruc,
        inv_no=inv_no,
        d=f(d),
        forma="Crédito" if credito else "Contado",
        due=f(due),
        moneda="DÓLARES AMERICANOS" if cur == "USD" else "SOLES",
        b_name=bname,
        b_id_label="Doc. Identidad" if export else "RUC",
        b_id=("EIN " + digits(rng, 2) + "-" + digits(rng, 7)) if export else b_ruc,
        po=po,
        b_addr=baddr,
        guia=f"T001-{rng.randint(100, 99999):08d}" if i == 2 else None,
        items=[
            {
                "q": en(it["qty"], 0),
                "unit": it["unit"],
                "code": "",
                "desc": it["desc"],
                "p": en(it["price"]),
                "a": en(it["amount"]),
            }
            for it in items
        ],
        words=words,
        detr=en(detr) if detr else None,
        bn=f"00-{digits(rng, 3)}-{digits(rng, 6)}",
        credito=credito,
        sym=sym,
        pend=en(pend),
        grav="0.00" if export else en(net),
        inaf="0.00",
        expo=en(net) if export else "0.00",
        igv=en(igv),
        total=en(total),
        qr=qr_svg(rng, 24, 29),
        web=rng.choice(["www.sunat.gob.pe", "https://e-factura.pe/consulta", "www.nubefact.com/buscar"]),
        hash="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(27))
        + "=",
    )
    for it, row in zip(ctx["items"], items, strict=True):
        it["code"] = next(c[0] for c in PE_LINES[i] if c[1] == row["desc"])
    notes = (
        "Peruvian factura electrónica (printed representation): RUC, 'FACTURA ELECTRÓNICA' and the series-number in a rounded box top right. vendor_tax_id = the "
        "vendor RUC; the client's RUC/EIN is a decoy. invoice_number = 'Fxxx-nnnnnnnn' as printed (series included, it is part of the SUNAT id). "
        "invoice_date = 'Fecha de Emisión' (dd/mm/yyyy). "
        + (
            "due = 'Fecha de Vencimiento' (crédito; repeated in the cuota). "
            if credito
            else "Contado: 'Fecha de Vencimiento' equals the issue date (truth as printed). "
        )
        + (
            "Export: 'Op. Exportación' is the base, IGV 0.00 (tax 0.00), subtotal = the export base. "
            if export
            else "subtotal = 'Op. Gravada', tax = 'IGV 18%'. "
        )
        + "total = 'Importe Total'; 'SON: ... CON xx/100' repeats it in words. "
        + (
            "Detracción (SPOT 12 %, whole soles) and 'Monto neto pendiente de pago' are decoys. "
            if detr
            else ("'Monto neto pendiente de pago' equals the total. " if credito else "")
        )
        + ("PO = 'Orden de Compra'. " if po != "-" else "'Orden de Compra: -' (none). ")
        + ("'Guía de Remisión' number is a decoy. " if i == 2 else "")
        + (f"Currency {cur}. ")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=ruc,
        invoice_number=inv_no,
        po_number=po if po != "-" else None,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency=cur,
        subtotal=mt(net),
        tax=mt(igv),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), ruc, inv_no, f(due), po if po != "-" else None, vname], (S14_HTML, ctx)


# =========================================================================== 15 Malaysian SST e-invoice (MyInvois visual, TIN, SST no., rounding)
MY_V = [
    (
        "Seri Kenanga Trading Sdn. Bhd.",
        "202001023456 (1378452-K)",
        "No. 18, Jalan Perusahaan 2, Taman Perindustrian Batu Caves, 68100 Batu Caves, Selangor",
        "W10-1808-32000417",
        "#8a1538",
    ),
    (
        "Cahaya Teknologi Solutions Sdn. Bhd.",
        "201701034512 (1249981-A)",
        "Level 12, Menara Bangsar, Jalan Bangsar, 59200 Kuala Lumpur",
        "W10-1903-32001186",
        "#0b4f6c",
    ),
    (
        "Perniagaan Hup Seng Hardware",
        "JM0789123-T",
        "23, Jalan Kuching Lama, 93100 Kuching, Sarawak",
        "Q11-1808-31000532",
        "#444",
    ),
    (
        "Pinang Precision Engineering Sdn. Bhd.",
        "199801007812 (461236-W)",
        "Plot 77, Lintang Bayan Lepas 6, 11900 Bayan Lepas, Pulau Pinang",
        "P12-1809-32000098",
        "#1f5e3b",
    ),
]
MY_B = [
    ("Restoran Nasi Kandar Pelita Sdn. Bhd.", "Jalan Ampang, 50450 Kuala Lumpur"),
    ("Hospital Pakar Damai Sdn. Bhd.", "Jalan Ipoh, 51200 Kuala Lumpur"),
    ("Syarikat Pembinaan Borneo Jaya", "Jalan Datuk Abang Abdul Rahim, 93450 Kuching"),
    ("Kulim Semiconductor Packaging Sdn. Bhd.", "Kulim Hi-Tech Park, 09000 Kulim, Kedah"),
]
MY_LINES = [
    [
        ("KNG-101", "Minyak masak 5kg (ctn of 4)", "CTN", 68, 92, 5, 60, "10"),
        ("KNG-220", "Beras wangi 10kg", "BAG", 36, 48, 10, 120, "0"),
        ("KNG-305", "Tepung gandum 25kg", "BAG", 42, 58, 5, 40, "0"),
        ("KNG-411", "Sos cili botol 340g (ctn of 24)", "CTN", 55, 75, 2, 30, "10"),
    ],
    [
        ("SVC-IT-01", "Managed IT support - monthly retainer", "MTH", 3500, 9800, 1, 3, "8"),
        ("SVC-IT-07", "Network security assessment", "LOT", 4800, 12000, 1, 1, "8"),
        ("SVC-CL-02", "Cloud hosting (per VM per month)", "VM", 180, 420, 2, 20, "8"),
        ("SVC-IT-11", "On-site engineer (man-hour)", "HR", 120, 220, 4, 40, "8"),
    ],
    [
        ("HS-2210", "Simen Portland 50kg", "BAG", 19, 26, 20, 300, "10"),
        ("HS-3305", "Besi Y12 (batang)", "PCS", 28, 42, 20, 200, "10"),
        ("HS-0710", 'Paku 3" (kg)', "KG", 6, 9, 10, 80, "10"),
        ("HS-5102", "Cat emulsi 18L", "TIN", 95, 160, 2, 20, "10"),
    ],
    [
        ("PPE-J12", "CNC machining - jig plate AL6061", "PCS", 180, 640, 2, 40, "8"),
        ("PPE-F03", "Fixture fabrication and assembly", "LOT", 2800, 9600, 1, 2, "8"),
        ("PPE-Q01", "CMM inspection report", "PCS", 85, 150, 1, 10, "8"),
        ("PPE-T05", "Anodising (per piece)", "PCS", 12, 28, 10, 200, "8"),
    ],
]
S15_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8pt")
    + """
.g td{border:1px solid #666;padding:2px 5px} table.it{width:100%;margin-top:8px} table.it th{border:1px solid #333;background:#e6e6e6;padding:3px 3px;font-size:7pt}
table.it td{border:1px solid #666;padding:3px 3px} .lb{color:#333;white-space:nowrap;padding-right:6px} .ei{border:1px solid #999;padding:5px 7px;margin-top:10px;font-size:7pt}
</style></head><body>
<div style="text-align:center"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }} <span style="font-size:7.5pt;font-weight:normal">({{ brn_label }} {{ brn }})</span></div>
<div>{{ v_addr }}</div><div>Tel: {{ tel }} · Email: {{ mail }}</div><div><b>Supplier TIN:</b> {{ tin }} &nbsp; · &nbsp; <b>SST Registration No.:</b> {{ sst }}</div></div>
<div style="text-align:center;font-size:13pt;font-weight:bold;margin:8px 0 6px 0;border-top:2px solid {{ color }};border-bottom:2px solid {{ color }};padding:3px">INVOICE</div>
<table style="width:100%"><tr><td style="width:56%"><table><tr><td class="lb">Bill To :</td><td><b>{{ b_name }}</b><br>{{ b_addr }}</td></tr><tr><td class="lb">Buyer TIN :</td><td>{{ b_tin }}</td></tr>
<tr><td class="lb">Attn :</td><td>{{ attn }}</td></tr></table></td>
<td><table class="g" style="margin-left:auto"><tr><td>Invoice No.</td><td><b>{{ inv_no }}</b></td></tr><tr><td>Date</td><td>{{ d }}</td></tr><tr><td>Terms</td><td>{{ terms }}</td></tr>
{% if due %}<tr><td>Due Date</td><td>{{ due }}</td></tr>{% endif %}<tr><td>Your P/O No.</td><td>{{ po }}</td></tr><tr><td>D/O No.</td><td>{{ do }}</td></tr><tr><td>Salesperson</td><td>{{ sp }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>No.</th><th>Item Code</th><th style="width:36%">Description</th><th>Qty</th><th>UOM</th><th>Unit Price (RM)</th><th>Tax Type</th><th>Tax (RM)</th><th>Amount (RM)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.tt }}</td><td class="r">{{ it.tax }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:55%;font-size:7.6pt"><b>RINGGIT MALAYSIA :</b> {{ words }}<br><br>
Tax codes: {% for c in codes %}{{ c }}{% if not loop.last %}; {% endif %}{% endfor %}<br><br>Payment by bank transfer to {{ bank }} A/C {{ acct }}</td>
<td><table class="g" style="margin-left:auto"><tr><td>Total Excluding Tax</td><td class="r">{{ net }}</td></tr>
{% for r in rows %}<tr><td>{{ r.label }}</td><td class="r">{{ r.amt }}</td></tr>{% endfor %}
{% if rows|length > 1 %}<tr><td>Total Tax Amount</td><td class="r">{{ tax }}</td></tr>{% endif %}
{% if rnd %}<tr><td>Rounding Adjustment</td><td class="r">{{ rnd }}</td></tr>{% endif %}
<tr><td><b>Total Including Tax (RM)</b></td><td class="r"><b>{{ total }}</b></td></tr></table></td></tr></table>
<div class="ei"><table style="width:100%"><tr><td style="width:28mm">{{ qr|safe }}</td><td style="padding-left:6px">This document is a visual representation of an e-Invoice validated by LHDNM (MyInvois).<br>
<b>Unique Identifier No. (UUID):</b> {{ uuid }}<br><b>Validation Date &amp; Time:</b> {{ vdt }}<br><b>e-Invoice Version:</b> 1.1 · <b>e-Invoice Type:</b> 01 - Invoice<br>
<b>Original e-Invoice Ref. No.:</b> NA</td></tr></table></div>
<div style="margin-top:24px;font-size:7pt;color:#555">Computer generated document. No signature is required. Goods sold are not returnable. Interest of 1.5% per month will be charged on overdue accounts.</div>
</body></html>"""
)


@style("15", "my_sst_einvoice")
def s15(rng, i):
    vname, brn, vaddr, sst, color = MY_V[i]
    bname, baddr = MY_B[i]
    tin = ("C" if i != 2 else "IG") + digits(rng, 10, True) + "0"
    b_tin = "C" + digits(rng, 10, True) + "0"
    d = rand_date(rng, start=dt.date(2025, 8, 1))
    items = items_from(rng, [r[1:] for r in MY_LINES[i]], rng.randint(2, 4))
    rows, tax = [], D(0)
    codes = set()
    for it in items:
        r = D(it["extra"])
        it["tax"] = q2(it["amount"] * r / 100)
        it["tt"] = {"10": "ST10", "8": "SV8", "0": "E"}[it["extra"]]
        codes.add(
            {"10": "ST10 = Sales Tax 10%", "8": "SV8 = Service Tax 8%", "0": "E = Exempted (Sales Tax)"}[it["extra"]]
        )
    for r, label in (("10", "Sales Tax 10%"), ("8", "Service Tax 8%")):
        v = sum((it["tax"] for it in items if it["extra"] == r), D(0))
        if any(it["extra"] == r for it in items):
            rows.append({"label": label, "amt": en(v)})
            tax += v
    net = sum(it["amount"] for it in items)
    raw = net + tax
    total = q2((raw * 20).quantize(D("1"), rounding="ROUND_HALF_UP") / 20) if i == 2 else raw
    rnd = total - raw
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    days = rng.choice([30, 60])
    due = d + dt.timedelta(days=days) if i in (1, 3) else None
    po = [f"PO{digits(rng, 6)}", f"HPD/PO/{d.year}/{rng.randint(100, 999)}", "-", f"45{digits(rng, 8)}"][i]
    inv_no = [
        f"INV-{d.strftime('%y%m')}-{rng.randint(1, 999):04d}",
        f"CTS/INV/{rng.randint(10000, 99999)}",
        f"{rng.randint(10000, 99999)}",
        f"IV{digits(rng, 7)}",
    ][i]
    whole, cents = divmod(int(total * 100), 100)
    words = en_words_title(whole).upper() + (f" AND CENTS {en_words_title(cents).upper()}" if cents else "") + " ONLY"
    vdt = dt.datetime.combine(
        d + dt.timedelta(days=rng.randint(0, 1)), dt.time(rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
    )
    ctx = dict(
        color=color,
        v_name=vname,
        brn_label="Reg. No." if i != 2 else "Business Reg. No.",
        brn=brn,
        v_addr=vaddr,
        tel=f"+60 {rng.randint(3, 9)}-{digits(rng, 4)} {digits(rng, 4)}",
        mail=[
            "accounts@serikenanga.com.my",
            "billing@cahayatech.my",
            "hupseng.hw@gmail.com",
            "ar@pinangprecision.com.my",
        ][i],
        tin=tin,
        sst=sst,
        b_name=bname,
        b_addr=baddr,
        b_tin=b_tin,
        attn=rng.choice(["Pn. Siti Aminah", "Mr. Lim Wei Jie", "En. Ahmad Faizal", "Ms. Kavitha Rajan"]),
        inv_no=inv_no,
        d=f(d),
        terms=f"{days} Days" if due else "C.O.D.",
        due=f(due) if due else None,
        po=po,
        do=f"DO-{digits(rng, 6)}" if i in (0, 2) else "-",
        sp=rng.choice(["ALAN", "SUHAIMI", "MEI LING", "RAVI"]),
        items=[
            {
                "code": "",
                "desc": it["desc"],
                "q": en(it["qty"], 0),
                "unit": it["unit"],
                "p": en(it["price"]),
                "tt": it["tt"],
                "tax": en(it["tax"]),
                "a": en(it["amount"]),
            }
            for it in items
        ],
        words=words,
        codes=sorted(codes),
        bank=rng.choice(["Maybank Berhad", "CIMB Bank Berhad", "Public Bank Berhad", "RHB Bank Berhad"]),
        acct=digits(rng, 12, True),
        net=en(net),
        rows=rows,
        tax=en(tax),
        rnd=(("+" if rnd > 0 else "") + en(rnd)) if rnd else None,
        total=en(total),
        qr=qr_svg(rng, 24, 29),
        uuid="".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(26)),
        vdt=vdt.strftime("%Y-%m-%d %H:%M:%S"),
    )
    for c, row in zip(ctx["items"], items, strict=True):
        c["code"] = next(x[0] for x in MY_LINES[i] if x[1] == row["desc"])
    notes = (
        "Malaysian invoice with the MyInvois e-invoice block (QR, UUID, validation date/time). Centred letterhead with the business registration number in "
        "parentheses after the name (decoy), 'Supplier TIN' and 'SST Registration No.'. vendor_tax_id = 'Supplier TIN' (LHDN tax identification number); the SST "
        "registration number, the registration number and the buyer TIN are decoys. Grid box with labels left: invoice_number = 'Invoice No.', invoice_date = 'Date' "
        "(dd/mm/yyyy); the e-invoice validation date/time is a decoy. "
        + ("due = 'Due Date'. " if due else "C.O.D., no due date. ")
        + ("PO = 'Your P/O No.'. " if po != "-" else "'Your P/O No.: -' (none). ")
        + ("D/O (delivery order) number is a decoy. " if i in (0, 2) else "")
        + "subtotal = 'Total Excluding Tax', tax = "
        + (
            "'Total Tax Amount' (sales tax 10 % + service tax 8 % rows are parts). "
            if len(rows) > 1
            else "the single sales/service tax row. "
        )
        + ("Rounding adjustment to 5 sen between subtotal + tax and total. " if rnd else "")
        + "total = 'Total Including Tax (RM)'; the RINGGIT MALAYSIA words repeat it. Lines are the amounts excluding tax (per-line tax column separate). Currency MYR (RM)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=tin,
        invoice_number=inv_no,
        po_number=po if po != "-" else None,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="MYR",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return (
        t,
        {
            "printed": [f(d), tin, inv_no, f(due) if due else None, po if po != "-" else None, vname],
            "total_adjustment": mt(rnd),
        },
        (S15_HTML, ctx),
    )
