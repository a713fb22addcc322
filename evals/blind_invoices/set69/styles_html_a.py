"""Chromium (HTML) styles for set 69, first part (01 Chattanooga service bill in English with the amount due at the TOP
in a coloured band of white labels, Tennessee sales tax 9.25 %, a remittance slip at the foot; 02 Modiin חשבונית מס in
Hebrew, right to left, with the facts in a BOXED GRID of labels above values, מע"מ 18 %, one of four a credit note;
03 Sitra فاتورة ضريبية in Arabic, right to left, with an UNRULED table, the totals at the LEFT, VAT 10 %, dinars to the
fils, a dollar counter-value and an advance deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import bh_vat, il_company
from invoice_kit import css, digits, en, iban, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth
from kit_common import en3 as bhd

STYLES, style = style_registry("chromium")


def usd(x):
    return ("-$" if x < 0 else "$") + en(abs(x))


# =========================================================================== 01 Chattanooga (sales tax 9.25 %, USD), totals at the top, remittance slip
CH_V = [
    ("Signal Mountain Propane Co.", "2418 Rossville Blvd", "Chattanooga, TN 37408", "#7c2d12", "propane delivery"),
    ("Riverbend Uniform & Linen Service, Inc.", "1150 E Main St", "Chattanooga, TN 37404", "#1e3a8a", "linen rental"),
    ("Missionary Ridge Pest Control, LLC", "5521 Brainerd Rd", "Chattanooga, TN 37411", "#14532d", "pest control"),
    ("Lookout Valley Office Systems, Inc.", "3907 Cummings Hwy", "Chattanooga, TN 37419", "#4a044e", "copier lease"),
]
CH_B = [
    ("Southside Smokehouse & Grill", "1402 Market St, Chattanooga, TN 37402"),
    ("Hixson Family Dental, PLLC", "5035 Hixson Pike, Hixson, TN 37343"),
    ("Tennessee Riverpark Apartments", "930 Riverfront Pkwy, Chattanooga, TN 37402"),
    ("Brainerd Veterinary Clinic, P.C.", "4004 Brainerd Rd, Chattanooga, TN 37411"),
]
CH_ROWS = [
    [("Propane delivered, gallons", "gal", 80, 420, "2.29", "3.19"), ("Tank rental, 500 gal (annual)", "ea", 1, 1, "95.00", "145.00"), ("Hazmat delivery fee", "ea", 1, 1, "9.95", "14.95"), ("Leak check / safety inspection", "ea", 1, 1, "65.00", "95.00"), ("Regulator replacement, 2nd stage", "ea", 1, 2, "38.00", "62.00")],
    [("Chef coats, rental and laundering", "pc", 10, 40, "1.10", "2.40"), ("Bar towels, 100 ct bundle", "bdl", 2, 12, "8.50", "14.00"), ("Floor mats 3x5, weekly exchange", "ea", 2, 8, "6.25", "9.75"), ("Aprons, bib style", "pc", 10, 60, "0.55", "1.20"), ("Lost / damaged garment replacement", "ea", 1, 3, "18.00", "36.00"), ("Service charge (route)", "ea", 1, 1, "12.00", "19.50")],
    [("Quarterly general pest service", "ea", 1, 1, "95.00", "165.00"), ("Termite bait station monitoring", "stn", 6, 24, "4.50", "8.00"), ("Rodent exclusion, labor hours", "hr", 1, 6, "65.00", "85.00"), ("Mosquito barrier treatment", "ea", 1, 1, "79.00", "119.00"), ("Glue boards, 72 ct", "box", 1, 3, "24.00", "39.00")],
    [("Monthly lease, Konica bizhub C450i", "mo", 1, 1, "189.00", "289.00"), ("B/W overage copies", "ea", 500, 4000, "0.01", "0.02"), ("Color overage copies", "ea", 200, 1800, "0.05", "0.09"), ("Toner cartridge, cyan (not covered)", "ea", 1, 2, "89.00", "129.00"), ("Service call, after hours", "hr", 1, 3, "95.00", "135.00")],
]
CH_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:10px 14px} .band .k{font-size:6.4pt;letter-spacing:1px;color:#e5e7eb} .band .v{font-size:10pt;font-weight:bold;margin-top:1px}
.due{background:#fff;color:{{ color }};padding:6px 10px;text-align:right;border-radius:3px} .due .k{color:{{ color }}} .due .v{font-size:16pt}
table.ch{width:100%;border-collapse:collapse;margin-top:6px} table.ch th{font-size:7pt;text-align:left;border-bottom:2px solid {{ color }};padding:4px} table.ch td{padding:4px;border-bottom:1px solid #e5e7eb;font-size:8.3pt}
.r{text-align:right;white-space:nowrap} .muted{color:#6b7280;font-size:7.4pt} .slip{border-top:1.5px dashed #9ca3af;margin-top:22px;padding-top:10px}
.sb td{padding:2px 6px;font-size:8.4pt}
</style></head><body>
<div class="band"><table style="width:100%"><tr>
<td style="width:42%"><div style="font-size:15pt;font-weight:bold">{{ vname }}</div><div style="font-size:8pt;color:#f3f4f6">{{ va1 }} · {{ va2 }} · {{ phone }}</div>{% if fein %}<div style="font-size:7.4pt;color:#f3f4f6">Federal Tax ID {{ fein }}</div>{% endif %}</td>
<td><table style="width:100%"><tr><td><div class="k">ACCOUNT NUMBER</div><div class="v">{{ acct }}</div></td><td><div class="k">INVOICE NUMBER</div><div class="v">{{ no }}</div></td><td><div class="k">INVOICE DATE</div><div class="v">{{ d }}</div></td></tr>
<tr><td style="padding-top:6px"><div class="k">SERVICE PERIOD</div><div class="v" style="font-size:8pt">{{ p0 }} – {{ p1 }}</div></td><td style="padding-top:6px"><div class="k">DUE DATE</div><div class="v">{{ due }}</div></td>
<td style="padding-top:6px"><div class="due"><div class="k">AMOUNT DUE</div><div class="v">{{ total }}</div></div></td></tr></table></td></tr></table></div>
<table style="width:100%;margin-top:12px;font-size:8.4pt"><tr><td style="width:50%"><div class="muted">BILL TO</div><b>{{ bname }}</b><br>{{ baddr }}{% if exempt %}<br><span class="muted">Customer resale / exemption cert. on file: {{ exempt }}</span>{% endif %}</td>
<td><div class="muted">SERVICE LOCATION</div>{{ bname }}<br>{{ baddr }}<br><span class="muted">Route {{ route }} · Technician {{ tech }}</span></td></tr></table>
<div style="margin-top:8px;font-size:8.4pt;background:#f3f4f6;padding:5px 8px">Your reference: {{ yref }}</div>
<table class="sb" style="margin-top:10px;width:100%"><tr><td class="muted" colspan="2">ACCOUNT SUMMARY</td></tr>
<tr><td>Previous balance</td><td class="r">{{ prev }}</td></tr><tr><td>Payment received {{ paid_on }} – thank you</td><td class="r">-{{ prev }}</td></tr>
<tr><td>Balance forward</td><td class="r">$0.00</td></tr><tr><td><b>New charges this invoice</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% if meters %}<table class="sb" style="margin-top:8px;width:100%;background:#faf5ff"><tr><td class="muted" colspan="5">METER READINGS (serial {{ serial }})</td></tr>
<tr class="muted"><td>Meter</td><td class="r">Previous</td><td class="r">Current</td><td class="r">Included</td><td class="r">Billable</td></tr>
{% for m in meters %}<tr><td>{{ m.n }}</td><td class="r">{{ m.a }}</td><td class="r">{{ m.b }}</td><td class="r">{{ m.inc }}</td><td class="r">{{ m.q }}</td></tr>{% endfor %}</table>{% endif %}
<table class="ch"><tr><th>Date</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="sb" style="margin-left:auto;margin-top:8px">
<tr><td>Charges subtotal</td><td class="r">{{ net }}</td></tr>
<tr><td>Sales tax 9.25% (TN 7.00% + Hamilton Co. 2.25%)</td><td class="r">{{ tax }}</td></tr>
<tr><td style="font-weight:bold;border-top:1px solid #111">Invoice total</td><td class="r" style="font-weight:bold;border-top:1px solid #111">{{ total }}</td></tr></table>
<div class="muted" style="margin-top:10px">{{ terms }} A late fee of 1.5% per month may be applied to balances over 30 days. Questions about this bill? Call {{ phone }} or email billing@{{ dom }}.</div>
<div class="slip"><div class="muted">Please detach and return this portion with your payment. Make checks payable to {{ vname }}.</div>
<table style="width:100%;margin-top:8px;font-size:8.6pt"><tr><td style="width:55%">{{ bname }}<br>{{ baddr }}<br><br><b>REMIT TO:</b><br>{{ vname }}<br>P.O. Box {{ pobox }}<br>Chattanooga, TN 37401-{{ zip4 }}</td>
<td><table style="width:100%;border:1px solid #9ca3af"><tr><td class="muted" style="padding:3px 6px">Account No.</td><td class="r" style="padding:3px 6px">{{ acct }}</td></tr><tr><td class="muted" style="padding:3px 6px">Invoice No.</td><td class="r" style="padding:3px 6px">{{ no }}</td></tr>
<tr><td class="muted" style="padding:3px 6px">Due Date</td><td class="r" style="padding:3px 6px">{{ due }}</td></tr><tr><td class="muted" style="padding:3px 6px">Amount Due</td><td class="r" style="padding:3px 6px"><b>{{ total }}</b></td></tr>
<tr><td class="muted" style="padding:3px 6px">Amount Enclosed</td><td class="r" style="padding:3px 6px">$ __________</td></tr></table></td></tr></table>
<div style="font-family:'DejaVu Sans Mono',monospace;font-size:8pt;margin-top:10px;letter-spacing:1px">{{ scan }}</div></div>
</body></html>"""


@style("01", "us_cha_chattanooga_service_bill_sales_tax_9_25_total_top_band_remittance")
def s01(rng, i):
    vname, va1, va2, color, _kind = CH_V[i]
    bname, baddr = CH_B[i]
    d = rand_date(rng)
    items = lines(rng, CH_ROWS[i], [3, 5, 3, 4][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.0925"))
    total = net + tax
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{x.strftime('%b')} {x.day}, {x.year}", lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{x.strftime('%B')} {x.day}, {x.year}"][i]
    due = d + dt.timedelta(days=[15, 30, 0, 20][i]) if i != 2 else None
    terms = ["Terms: Net 15.", "Terms: Net 30.", "Due upon receipt.", "Terms: Net 20."][i]
    p0 = d - dt.timedelta(days=[30, 7, 91, 31][i])
    p1 = d - dt.timedelta(days=1)
    for k, x in enumerate(items):
        x["dt"] = (p0 + dt.timedelta(days=min(k * 3, (p1 - p0).days))).strftime("%m/%d")
    po = [f"PO {rng.randint(10000, 99999)}", None, f"{rng.randint(4500000000, 4500999999)}", f"PO-{rng.randint(1000, 9999)}"][i]
    yref = (po + f" · Attn: {rng.choice(['Accounts Payable', 'Office Manager', 'Facilities'])}") if po else f"Agreement {rng.randint(100, 999)}-{d.year - 1} · Attn: {rng.choice(['Kitchen Manager', 'Owner'])}"
    no = [f"{rng.randint(100000, 999999)}", f"R{rng.randint(1000000, 9999999)}", f"INV-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"][i]
    acct = f"{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
    fein = f"62-{digits(rng, 7)}" if i in (0, 2) else None
    prev = usd(q2(D(rng.randint(4000, 90000)) / 100))
    meters = []
    for x in items:
        if "overage" in x["desc"]:
            inc = 1000 if x["desc"].startswith("B/W") else 250
            a = rng.randint(20000, 400000)
            meters.append({"n": x["desc"].split()[0], "a": f"{a:,}", "b": f"{a + inc + int(x['qty']):,}", "inc": f"{inc:,}", "q": f"{int(x['qty']):,}"})
    ctx = dict(
        meters=meters, serial=f"A{rng.randint(10, 99)}H0{rng.randint(10000, 99999)}",
        color=color, vname=vname, va1=va1, va2=va2, phone=f"(423) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}", fein=fein,
        acct=acct, no=no, d=fd(d), p0=p0.strftime("%m/%d/%Y"), p1=p1.strftime("%m/%d/%Y"), due=fd(due) if due else "Upon receipt", total=usd(total),
        bname=bname, baddr=baddr, exempt=None if i != 3 else f"TN-{digits(rng, 8)}", route=rng.randint(10, 60), tech=rng.choice(["J. Mabry", "D. Okafor", "L. Hensley", "R. Nguyen"]),
        yref=yref, prev=prev, paid_on=(d - dt.timedelta(days=rng.randint(5, 20))).strftime("%m/%d/%Y"),
        items=[{"dt": x["dt"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": usd(x["price"]), "a": usd(x["amount"])} for x in items],
        net=usd(net), tax=usd(tax), terms=terms, dom=vname.split()[0].lower() + ".com", pobox=rng.randint(1000, 9999), zip4=digits(rng, 4),
        scan=f"{acct.replace('-', '')} {no.replace('-', '').replace('R', '')} {digits(rng, 6)} {str(total).replace('.', '').zfill(9)}",
    )
    notes = (
        "Chattanooga (Tennessee, United States) service bill in English with the AMOUNT DUE at the TOP in a coloured band of white small-capital labels over their values, an account summary (previous balance, payment, balance forward: decoys), "
        + ("METER READINGS (previous, current, included, billable: decoys), " if meters else "")
        + "Tennessee sales tax 9.25 % (7 % state + 2.25 % Hamilton County), a REMITTANCE SLIP at the foot repeating the account, invoice number, due date and amount: "
        "vendor = the name in the band; vendor_tax_id = " + ("'Federal Tax ID' (EIN; the account number, the customer's exemption certificate are decoys). " if fein else "none printed (null; the account number is no tax id). ")
        + "invoice_number = 'INVOICE NUMBER' (the ACCOUNT NUMBER is a decoy); invoice_date = 'INVOICE DATE' (the service period and the payment date are decoys). "
        + due_note(due, "Due upon receipt", "DUE DATE")
        + po_note(po, "Your reference:")
        + "subtotal = 'Charges subtotal'; tax = 'Sales tax 9.25%'; total = 'AMOUNT DUE' / 'Invoice total' (the previous balance was paid: balance forward $0.00). Currency USD ('$'). Line items: every charge row."
    )
    t = truth(vname, fein, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, fein, acct, "AMOUNT DUE", "Invoice total", fd(due) if due else None, po, prev]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(size="Letter", margin="11mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Modiin (מע"מ 18 %, ILS), boxed grid of labels above values, a credit note
MO_V = [
    ("מודיעין מערכות מיזוג בע\"מ", "רחוב עמק דותן 12, מודיעין-מכבים-רעות", "#0f766e"),
    ("דפוס המכבים בע\"מ", "רחוב הצורן 7, אזור התעשייה ליגד, מודיעין", "#9f1239"),
    ("שילה מעבדות טכנולוגיות בע\"מ", "שדרות יצחק רבין 25, מודיעין-מכבים-רעות", "#1d4ed8"),
    ("נוף ענבה גינון ופיתוח בע\"מ", "רחוב עמק החולה 40, מודיעין", "#3f6212"),
]
MO_B = [("גן אירועים אחוזת המכבים בע\"מ", "שילת, ד.נ. מודיעין"), ("עיריית מודיעין-מכבים-רעות – אגף תרבות", "דרך הציונות 1, מודיעין"),
        ("מרכז רפואי עזריאלי מודיעין בע\"מ", "שדרות מוריה 2, מודיעין"), ("ועד הבית – רחוב עמק איילון 30", "מודיעין-מכבים-רעות")]
MO_ROWS = [
    [("מזגן עילי 1.5 כ\"ס כולל התקנה", "יח'", 1, 6, "2450.00", "3890.00"), ("שירות תחזוקה שנתי למזגן", "יח'", 1, 12, "280.00", "420.00"), ("צנרת נחושת 1/4+3/8", "מטר", 4, 40, "62.00", "95.00"), ("שעת עבודה טכנאי", "שעה", 1, 10, "220.00", "310.00")],
    [("הדפסת הזמנות A5 צבע", "יח'", 100, 900, "1.20", "3.40"), ("כרזת רול-אפ 85x200", "יח'", 1, 6, "260.00", "390.00"), ("חוברת תכנית 16 עמ'", "יח'", 100, 600, "4.10", "9.80"), ("עיצוב גרפי", "שעה", 1, 8, "180.00", "260.00")],
    [("בדיקת מעבדה – דגימת מים", "בדיקה", 1, 20, "140.00", "290.00"), ("כיול מכשיר מדידה", "יח'", 1, 8, "320.00", "560.00"), ("דו\"ח מעבדה חתום", "יח'", 1, 4, "150.00", "250.00"), ("איסוף דגימות מהשטח", "ביקור", 1, 3, "210.00", "380.00")],
    [("אחזקת גינה חודשית", "חודש", 1, 3, "850.00", "1600.00"), ("שתילת עצי זית בוגרים", "יח'", 1, 6, "690.00", "1450.00"), ("מערכת טפטוף – חומר ועבודה", "מטר", 10, 120, "18.00", "34.00"), ("גיזום עצים", "שעה", 2, 12, "160.00", "240.00")],
]
MO_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .lab{font-size:6.9pt;color:#6b7280} .val{font-size:9.6pt;font-weight:bold;margin-top:2px}
table.g{border-collapse:collapse;width:100%} table.g td{border:1px solid #cbd5e1;padding:4px 7px;width:33%}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:#f1f5f9;border-top:2px solid {{ color }};font-size:7.6pt;padding:5px;text-align:right} table.it td{padding:5px;border-bottom:1px solid #e2e8f0;font-size:8.6pt}
.n{direction:ltr;unicode-bidi:embed;white-space:nowrap;text-align:left}
</style></head><body>
<table style="width:100%"><tr><td style="width:46%;vertical-align:top">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.4pt">{{ vaddr }}</div>
<div style="font-size:8.4pt">טל׳ <span class="n">{{ phone }}</span> · ח.פ. / ע.מ. <span class="n">{{ vid }}</span></div>
<div style="font-size:7.6pt;color:#6b7280">תיק ניכויים <span class="n">{{ tiknik }}</span></div>
<div style="margin-top:14px;font-size:19pt;font-weight:bold">{{ title }}</div><div style="font-size:8pt;color:#6b7280">מקור · עמוד 1 מתוך 1</div></td>
<td style="vertical-align:top"><table class="g">
<tr><td><div class="lab">{{ no_l }}</div><div class="val n" style="text-align:right">{{ no }}</div></td><td><div class="lab">תאריך הפקה</div><div class="val n" style="text-align:right">{{ d }}</div></td><td><div class="lab">תאריך אספקה</div><div class="val n" style="text-align:right">{{ dd }}</div></td></tr>
<tr><td><div class="lab">לתשלום עד</div><div class="val n" style="text-align:right">{{ due }}</div></td><td><div class="lab">מספר הקצאה</div><div class="val n" style="text-align:right">{{ alloc }}</div></td><td><div class="lab">{{ ref_l }}</div><div class="val n" style="text-align:right">{{ ref }}</div></td></tr>
<tr><td colspan="2"><div class="lab">לכבוד</div><div class="val">{{ bname }}</div><div style="font-size:8pt">{{ baddr }}</div></td><td><div class="lab">ח.פ. לקוח</div><div class="val n" style="text-align:right">{{ bid }}</div></td></tr>
</table></td></tr></table>
{% if orig %}<div style="margin-top:10px;padding:6px;background:#fff1f2;font-size:8.6pt">זיכוי בגין חשבונית מס מספר <span class="n">{{ orig }}</span> מתאריך <span class="n">{{ origd }}</span> – {{ reason }}</div>{% endif %}
<table class="it"><tr><th>#</th><th>תיאור</th><th>כמות</th><th>יחידה</th><th>מחיר ליחידה</th><th>סה"כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="n" style="text-align:right">{{ it.q }}</td><td>{{ it.u }}</td><td class="n" style="text-align:right">{{ it.p }}</td><td class="n" style="text-align:right">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-right:auto;margin-top:12px;font-size:9pt;border-collapse:collapse;min-width:50%">
<tr><td style="padding:3px 8px">סה"כ לפני מע"מ</td><td class="n" style="padding:3px 8px">₪ {{ net }}</td></tr>
<tr><td style="padding:3px 8px">מע"מ 18%</td><td class="n" style="padding:3px 8px">₪ {{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold;font-size:11pt"><td style="padding:5px 8px">{{ tot_l }}</td><td class="n" style="padding:5px 8px">₪ {{ total }}</td></tr></table>
<table style="width:100%;margin-top:18px;font-size:8pt;color:#374151"><tr><td style="width:50%;vertical-align:top"><b>פרטי תשלום</b><br>{{ bank }}<br>IBAN <span class="n">{{ ibanv }}</span></td>
<td style="vertical-align:top">{{ pay }}<br>המסמך הופק באמצעות מערכת חשבונית ירוקה · מסמך ממוחשב</td></tr></table>
</body></html>"""


@style("02", "il_mod_modiin_heshbonit_mas_maam_18_boxed_grid_zikui")
def s02(rng, i):
    vname, vaddr, color = MO_V[i]
    bname, baddr = MO_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, MO_ROWS[i], [3, 4, 2, 4][i], D("0.10"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = il_company(rng, "51")
    bid = il_company(rng, rng.choice(["51", "50", "58"]))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    no = [f"{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"{d.year}-{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 1, 3) else None
    dd = d - dt.timedelta(days=rng.randint(1, 9))
    po = [f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(4500000, 4599999)}", None, None][i]
    ref_l, ref = ("הזמנת רכש", po) if po else ("תעודת משלוח", f"{rng.randint(3000, 8999)}")
    orig = f"{rng.randint(20000, 29999)}" if credit else None
    tot_l = "סה\"כ לזיכוי" if credit else "סה\"כ לתשלום"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, phone=f"08-{rng.randint(900, 999)}{rng.randint(1000, 9999)}", vid=vid, tiknik="9" + digits(rng, 8),
        title="חשבונית מס זיכוי" if credit else "חשבונית מס", no_l="מספר מסמך" if credit else "מספר חשבונית", no=no, d=fd(d), dd=fd(dd), due=fd(due) if due else "—",
        alloc=digits(rng, 9, True), ref_l=ref_l, ref=ref, bname=bname, baddr=baddr, bid=bid, orig=orig, origd=fd(d - dt.timedelta(days=rng.randint(10, 50))), reason="החזרת סחורה והפחתת מחיר",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l,
        bank=f"בנק לאומי, סניף {rng.randint(600, 899)}, חשבון {digits(rng, 8, True)}", ibanv=iban("IL", "010" + digits(rng, 16)),
        pay="הזיכוי יקוזז מהחשבון הבא" if credit else ("תנאי תשלום: " + str((due - d).days) + " יום מתאריך החשבונית") if due else "",
    )
    notes = (
        "Modiin (Israel) " + ("חשבונית מס זיכוי (a credit note: every quantity and amount NEGATIVE, referring to an earlier invoice, a decoy number and date)" if credit else "חשבונית מס")
        + " in Hebrew, RIGHT TO LEFT, with the facts in a BOXED GRID of labels above their values beside the letterhead, מע\"מ 18 %, '1,234.56' with ₪: "
        "vendor = the company name at the top right; vendor_tax_id = 'ח.פ. / ע.מ.' (9 digits, check digit valid; the customer's 'ח.פ. לקוח', the 'תיק ניכויים' withholding file, the allocation number 'מספר הקצאה', the bank account and the IBAN are decoys). "
        f"invoice_number = '{'מספר מסמך' if credit else 'מספר חשבונית'}'; invoice_date = 'תאריך הפקה' (the 'תאריך אספקה' supply date is a decoy). "
        + due_note(due, "", "לתשלום עד")
        + po_note(po, "הזמנת רכש")
        + f"subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 18%'; total = '{tot_l}'. Currency ILS ('₪'). Line items: every row, net of VAT."
        + (" document_type credit_note." if credit else " The delivery note ('תעודת משלוח') is a decoy where printed.")
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, bid, fd(dd), fd(due) if due else None, orig]}
    return t, chk, (MO_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Sitra (VAT 10 %, BHD to the fils), unruled table, totals at the left, USD, advance
SI_V = [
    ("شركة سترة للصناعات المعدنية ذ.م.م", "Sitra Metal Industries W.L.L.", "مبنى 1187، طريق 5123، مجمع 651، المنطقة الصناعية، سترة", "#92400e"),
    ("مؤسسة نسيم الخليج للتبريد والتكييف", "Naseem Al Khaleej Refrigeration Est.", "محل 44، طريق 3219، مجمع 632، مركبان، سترة", "#0e7490"),
    ("مطبعة الجزيرة الحديثة ذ.م.م", "Al Jazeera Modern Press W.L.L.", "مبنى 420، طريق 5107، مجمع 651، سترة", "#6d28d9"),
    ("شركة الخليج للمعدات البحرية ش.م.ب", "Gulf Marine Equipment B.S.C.", "رصيف 3، طريق 5315، مجمع 653، ميناء سترة", "#1e3a8a"),
]
SI_B = [("شركة ألمنيوم الشرق للمقاولات", "المنامة، مملكة البحرين"), ("فندق الجفير بلازا", "الجفير، المنامة"),
        ("وزارة التربية والتعليم – إدارة المشتريات", "عيسى تاون، مملكة البحرين"), ("شركة المحرق لصيد الأسماك", "قلالي، المحرق")]
SI_ROWS = [
    [("صفائح ألمنيوم مقطعة حسب الطلب", "قطعة", 5, 80, "4.250", "18.900"), ("لحام هياكل فولاذية", "ساعة", 4, 60, "9.500", "14.000"), ("درابزين ستانلس ستيل", "متر", 5, 40, "22.000", "46.500"), ("طلاء حراري للأنابيب", "متر", 10, 200, "1.750", "3.900")],
    [("وحدة تكييف سبليت 2 طن", "وحدة", 1, 8, "245.000", "390.000"), ("صيانة دورية للمكيفات", "زيارة", 1, 6, "18.000", "35.000"), ("غاز تبريد R410A", "كغ", 2, 30, "6.500", "11.250"), ("تركيب مجاري هواء", "متر", 5, 60, "7.250", "13.500")],
    [("طباعة كتيبات ملونة A4", "نسخة", 100, 1200, "0.350", "1.150"), ("لافتات فينيل", "متر مربع", 2, 40, "4.500", "9.000"), ("أظرف رسمية مطبوعة", "علبة", 5, 50, "6.000", "12.500"), ("تصميم وإخراج فني", "ساعة", 2, 16, "12.000", "20.000")],
    [("حبال رسو بحرية 32 مم", "لفة", 1, 10, "85.000", "160.000"), ("صيانة محرك قارب خارجي", "ساعة", 2, 20, "16.000", "28.000"), ("سترات نجاة معتمدة", "قطعة", 4, 40, "14.500", "26.000"), ("طلاء مضاد للحشف", "جالون", 2, 20, "38.000", "64.000")],
]
SI_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .lab{color:#6b7280;font-size:7.8pt} .n{direction:ltr;unicode-bidi:embed;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{font-size:8pt;color:{{ color }};text-align:right;padding:5px 6px;font-weight:bold} table.it td{padding:5px 6px;font-size:8.8pt}
table.f td{padding:2px 6px;font-size:8.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:50%;vertical-align:top">
<div style="font-size:14pt;font-weight:bold;color:{{ color }};white-space:nowrap">{{ vname }}</div><div style="font-size:8.6pt;direction:ltr;text-align:right">{{ vname_en }}</div>
<div style="font-size:8.4pt">{{ vaddr }}</div><div style="font-size:8.4pt">هاتف <span class="n">{{ phone }}</span></div>
<div style="font-size:8.4pt">رقم حساب ضريبة القيمة المضافة: <span class="n">{{ vid }}</span></div><div class="lab">سجل تجاري رقم <span class="n">{{ cr }}</span></div></td>
<td style="vertical-align:top;text-align:left"><div style="font-size:20pt;font-weight:bold">فاتورة ضريبية</div><div style="font-size:9pt;letter-spacing:2px;color:#6b7280">TAX INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top;font-size:8.8pt"><div class="lab">العميل</div><b>{{ bname }}</b><br>{{ baddr }}<br>رقم ضريبة القيمة المضافة للعميل: <span class="n">{{ bvat }}</span></td>
<td style="vertical-align:top"><table class="f">
<tr><td class="lab">رقم الفاتورة</td><td><b class="n">{{ no }}</b></td></tr>
<tr><td class="lab">تاريخ الفاتورة</td><td><b class="n">{{ d }}</b></td></tr>
<tr><td class="lab">تاريخ التوريد</td><td class="n">{{ dd }}</td></tr>
{% if due %}<tr><td class="lab">تاريخ الاستحقاق</td><td class="n">{{ due }}</td></tr>{% endif %}
{% if po %}<tr><td class="lab">أمر الشراء</td><td class="n">{{ po }}</td></tr>{% endif %}
<tr><td class="lab">إذن التسليم</td><td class="n">{{ dn }}</td></tr>
<tr><td class="lab">العملة</td><td>دينار بحريني (BHD)</td></tr></table></td></tr></table>
<table class="it"><tr><th>م</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>المبلغ قبل الضريبة</th><th>الضريبة 10%</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td><td class="n">{{ it.t }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:18px"><tr><td style="width:52%;vertical-align:top;font-size:8.2pt;color:#374151">
<b>بيانات التحويل البنكي</b><br>{{ bank }}<br>IBAN <span class="n">{{ ibanv }}</span><br><br>{{ pay }}<br>
<span class="lab">الأسعار بالدينار البحريني. سعر الصرف للعلم فقط: 1 دينار = {{ fx }} دولار أمريكي.</span></td>
<td style="vertical-align:top"><table class="f" style="margin-right:auto">
<tr><td>المجموع الخاضع للضريبة</td><td class="n" style="text-align:left">{{ net }} د.ب</td></tr>
<tr><td>ضريبة القيمة المضافة 10%</td><td class="n" style="text-align:left">{{ tax }} د.ب</td></tr>
<tr style="font-weight:bold;font-size:10.5pt;color:{{ color }}"><td>إجمالي الفاتورة شامل الضريبة</td><td class="n" style="text-align:left">{{ total }} د.ب</td></tr>
{% if adv %}<tr><td>يخصم: دفعة مقدمة (إيصال <span class="n">{{ advno }}</span>)</td><td class="n" style="text-align:left">-{{ adv }} د.ب</td></tr>
<tr style="font-weight:bold"><td>الرصيد المستحق</td><td class="n" style="text-align:left">{{ bal }} د.ب</td></tr>{% endif %}
<tr class="lab"><td>ما يعادل بالدولار الأمريكي</td><td class="n" style="text-align:left">USD {{ usd }}</td></tr></table></td></tr></table>
<div style="margin-top:22px;font-size:7.4pt;color:#6b7280">هذه فاتورة صادرة إلكترونياً ولا تحتاج إلى توقيع. · صفحة 1 من 1</div>
</body></html>"""


@style("03", "bh_sit_sitra_fatura_dariba_vat_10_unruled_totals_left_bhd_usd_advance")
def s03(rng, i):
    vname, vname_en, vaddr, color = SI_V[i]
    bname, baddr = SI_B[i]
    d = rand_date(rng)
    items = lines(rng, SI_ROWS[i], [3, 4, 4, 2][i], D("0.1"))  # tenths of a dinar: the tax stays in whole fils
    for x in items:
        x["tax"] = (x["amount"] * D("0.1")).quantize(D("0.001"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid, bvat = bh_vat(rng), bh_vat(rng)
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d/%m/%Y")][i]
    no = [f"SMI-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}", f"INV/{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"GME{rng.randint(100000, 999999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 2) else None
    po = [f"LPO-{rng.randint(1000, 9999)}", None, f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}", f"PO{rng.randint(10000, 99999)}"][i]
    adv = q2(total * D(rng.choice(["0.30", "0.40", "0.50"]))).quantize(D("0.001")) if i in (1, 3) else None
    fx = D("2.6596")
    ctx = dict(
        color=color, vname=vname, vname_en=vname_en, vaddr=vaddr, phone=f"+973 17{rng.randint(100000, 999999)}", vid=vid, cr=f"{rng.randint(10000, 160000)}-{rng.randint(1, 9)}",
        bname=bname, baddr=baddr, bvat=bvat, no=no, d=fd(d), dd=fd(d - dt.timedelta(days=rng.randint(0, 6))), due=fd(due) if due else None, po=po, dn=f"DN-{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": bhd(x["price"]), "a": bhd(x["amount"]), "t": bhd(x["tax"])} for x in items],
        net=bhd(net), tax=bhd(tax), total=bhd(total), adv=bhd(adv) if adv else None, advno=f"RV-{rng.randint(100, 999)}", bal=bhd(total - adv) if adv else None,
        usd=en(q2(total * fx)), fx=fx, bank=rng.choice(["بنك البحرين الوطني", "بنك البحرين والكويت", "البنك الأهلي المتحد"]) + f"، حساب رقم {digits(rng, 10, True)}",
        ibanv=iban("BH", rng.choice(["NBOB", "BBKU", "AUBB"]) + digits(rng, 14)),
        pay=("تاريخ الاستحقاق خلال " + str((due - d).days) + " يوماً من تاريخ الفاتورة.") if due else "الدفع عند الاستلام.",
    )
    notes = (
        "Sitra (Bahrain) فاتورة ضريبية in Arabic (English name and 'TAX INVOICE' under the Arabic), RIGHT TO LEFT, the facts as label / value pairs BESIDE each other, an UNRULED item table, the TOTALS at the LEFT under it, VAT 10 % per row, dinars to the fils '1,234.560 د.ب'"
        + (", an ADVANCE deducted below the total ('يخصم: دفعة مقدمة', 'الرصيد المستحق' the balance: decoys)" if adv else "")
        + " and a USD counter-value (decoy): vendor = the Arabic company name at the top right (the English name under it is the same company); vendor_tax_id = 'رقم حساب ضريبة القيمة المضافة' (15 digits; the customer's VAT number, the commercial registration, the bank account and IBAN are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الفاتورة' (the 'تاريخ التوريد' supply date and the delivery note 'إذن التسليم' are decoys). "
        + due_note(due, "الدفع عند الاستلام", "تاريخ الاستحقاق")
        + po_note(po, "أمر الشراء")
        + "subtotal = 'المجموع الخاضع للضريبة'; tax = 'ضريبة القيمة المضافة 10%'; total = 'إجمالي الفاتورة شامل الضريبة'. Currency BHD ('د.ب', 'دينار بحريني (BHD)'). Line items: every row, 'المبلغ قبل الضريبة'."
    )
    t = truth(vname, vid, no, po, d, due, "BHD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvat, "إجمالي الفاتورة شامل الضريبة", bhd(total - adv) if adv else None, fd(due) if due else None]}
    return t, chk, (SI_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.8pt")), ctx)
