"""Chromium (HTML) styles for set 58, first part (01 Kiryat Gat חשבונית מס in Hebrew right to left, every LABEL ABOVE
its value and the TOTALS at the TOP, VAT 18 %; 02 Rustaq bilingual English / Arabic TAX INVOICE with the facts in a
RIGHT SIDEBAR, VAT 5 %, rials to the baisa; 03 Athlone shop receipt on an 80 mm TILL ROLL, prices including Irish VAT,
a discount row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, rand_iban
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import MONTHS, due_note, lines, po_note, qr_svg, truth
from stdnum.ie import vat as ievat
from stdnum.il import hp

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Kiryat Gat (VAT 18, ILS), Hebrew RTL, labels above, totals on top
AS_V = [
    ("קריית גת תעשיות פלסטיק בע\"מ", "רח' הסדנאות 14, אזור התעשייה הצפוני, קריית גת", "#0c4a6e"),
    ("מאפיית לכיש בע\"מ", "שד' לכיש 52, קריית גת", "#9a3412"),
    ("שפיר מערכות חשמל הדרום בע\"מ", "רח' המלאכה 8, קריית גת", "#3f6212"),
    ("משק שקמה שירותי חקלאות בע\"מ", "רח' הגפן 3, פארק תעשיות קריית גת", "#1e3a8a"),
]
AS_B = ["עיריית קריית גת – מחלקת רכש", "מלון גת הכרמים", "קניון גת בע\"מ", "מועצה אזורית שפיר – רכש"]
AS_ROWS = [
    [("תבניות הזרקה לפקקים, סדרה", "יח'", 1, 4, 2400, 6900), ("ארגזי פלסטיק 40 ליטר", "יח'", 20, 200, 28, 55), ("גרגירי פוליפרופילן, שק 25 ק\"ג", "שק", 5, 60, 180, 320), ("הובלה", "יח'", 1, 2, 350, 700)],
    [("לחם שיפון 750 גרם", "יח'", 20, 200, 14, 22), ("פיתות, שקית 10", "שקית", 20, 300, 9, 16), ("רוגלך, מגש", "מגש", 5, 40, 45, 90), ("בורקס גבינה", "יח'", 30, 400, 5, 11)],
    [("לוח חשמל ראשי, הרכבה", "יח'", 1, 3, 3800, 9200), ("כבל NYY 5x16", "מטר", 20, 300, 42, 80), ("בדיקת בודק מוסמך", "יח'", 1, 2, 650, 1400), ("שעת עבודה חשמלאי", "שעה", 2, 40, 160, 260)],
    [("ריסוס כרם, לדונם", "דונם", 10, 80, 90, 180), ("השכרת טרקטור עם מפעיל", "שעה", 2, 30, 240, 380), ("טפטפות 16 מ\"מ, גליל", "גליל", 2, 20, 450, 900), ("מים להשקיה", "קוב", 50, 600, 3, 6)],
]
AS_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .lab{font-size:7pt;color:#64748b} .val{font-size:9.4pt;font-weight:bold;margin-top:1px}
.band{background:{{ color }};color:#fff;padding:8px 10px;margin-top:10px} .band td{padding:2px 10px 2px 0;vertical-align:top} .band .lab{color:#cbd5e1}
table.f{width:100%;margin-top:10px} table.f td{padding:4px 0 4px 8px;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{text-align:right;font-size:7.4pt;border-bottom:2px solid {{ color }};padding:4px} table.it td{padding:4px;border-bottom:1px solid #e5e7eb;font-size:8.4pt}
.n{text-align:left;white-space:nowrap;direction:ltr}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>טל' 08-{{ tel }}</div></td>
<td style="text-align:left"><div style="font-size:18pt;font-weight:bold">{{ title }}</div><div class="lab">{{ stamp }}</div></td></tr></table>
<div class="band"><table style="width:100%"><tr>
<td><div class="lab">סה"כ לפני מע"מ</div><div class="val n" style="text-align:right">{{ net }} ₪</div></td>
<td><div class="lab">מע"מ 18%</div><div class="val n" style="text-align:right">{{ tax }} ₪</div></td>
<td><div class="lab">{{ tot_l }}</div><div class="val n" style="text-align:right;font-size:14pt">{{ total }} ₪</div></td></tr></table></div>
<table class="f"><tr>
<td><div class="lab">חשבונית מס מס'</div><div class="val">{{ no }}</div></td>
<td><div class="lab">תאריך</div><div class="val">{{ d }}</div></td>
<td><div class="lab">תאריך אספקה</div><div class="val">{{ ds }}</div></td>
<td><div class="lab">{% if due %}לתשלום עד{% else %}אופן תשלום{% endif %}</div><div class="val">{{ due if due else pay }}</div></td></tr>
<tr><td><div class="lab">ח.פ. / עוסק מורשה</div><div class="val">{{ vid }}</div></td>
<td><div class="lab">{% if po %}הזמנת רכש{% else %}תעודת משלוח{% endif %}</div><div class="val">{{ po if po else dn }}</div></td>
<td><div class="lab">מספר הקצאה</div><div class="val">{{ alloc }}</div></td>
<td><div class="lab">תנאי תשלום</div><div class="val">{{ terms }}</div></td></tr>
<tr><td colspan="2"><div class="lab">לכבוד</div><div class="val">{{ bname }}</div><div>ח.פ. {{ bid }}</div></td>
<td colspan="2"><div class="lab">פרטי בנק</div><div>{{ bank }}</div><div class="n" style="text-align:right">IBAN {{ ibanv }}</div></td></tr></table>
<table class="it"><tr><th>#</th><th>תיאור</th><th>יחידה</th><th class="n">כמות</th><th class="n">מחיר ליחידה</th><th class="n">סה"כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:14px;font-size:7.6pt;color:#555">{{ note }}</div>
<div style="position:absolute;bottom:0;font-size:7pt;color:#777">הופק באמצעות חשבונית ירוקה · עמוד 1 מתוך 1 · מסמך ממוחשב</div>
</body></html>"""


@style("01", "il_kgt_kiryat_gat_heshbonit_mas_18_labels_above_totals_top")
def s01(rng, i):
    vname, vaddr, color = AS_V[i]
    d = rand_date(rng)
    items = lines(rng, AS_ROWS[i], [3, 4, 2, 4][i], D("0.10") if i in (1, 3) else D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bid = valid(rng, lambda: "5" + rng.choice("0124") + digits(rng, 7), hp.is_valid)
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(200000, 299999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    paid = i == 2
    due = None if paid else d + dt.timedelta(days=rng.choice([30, 45, 60]))
    terms = "שוטף + 30" if not paid else "מזומן / העברה"
    if due and i == 0:
        terms = "שוטף + 45"
    po = [f"{rng.randint(4500000, 4599999)}", None, None, f"PO-{rng.randint(1000, 9999)}"][i]
    title = "חשבונית מס / קבלה" if paid else "חשבונית מס"
    tot_l = "סה\"כ שולם" if paid else "סה\"כ לתשלום"
    ib = rand_iban(rng, "IL", 19, "0108")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(600, 699)}{digits(rng, 4)}", title=title, stamp=rng.choice(["מקור", "העתק נאמן למקור"]),
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 6))), due=fd(due) if due else None,
        pay="שולם בהעברה בנקאית", vid=vid, po=po, dn=f"{rng.randint(10000, 99999)}", alloc=digits(rng, 9, True), terms=terms, bname=AS_B[i], bid=bid,
        bank=f"בנק לאומי, סניף {rng.randint(600, 899)}, חשבון {digits(rng, 8)}", ibanv=group4(ib),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        note="התשלום התקבל, תודה." if paid else "נא לציין את מספר החשבונית בהעברה. ריבית פיגורים כחוק.",
    )
    notes = (
        f"Kiryat Gat (Israel) {'חשבונית מס / קבלה (tax invoice and receipt, paid)' if paid else 'חשבונית מס'} in Hebrew, RIGHT TO LEFT, every fact with its LABEL ABOVE the value and the TOTALS in a band at the TOP above the facts and the items, VAT 18 %, '1,234.56 ₪': "
        "vendor = the name at the top right; vendor_tax_id = 'ח.פ. / עוסק מורשה' (9 digits; the customer's ח.פ., the allocation number 'מספר הקצאה', the bank account and IBAN are decoys). "
        "invoice_number = 'חשבונית מס מס''; invoice_date = 'תאריך' (the supply date 'תאריך אספקה' is a decoy). "
        + due_note(due, terms, "לתשלום עד")
        + (f"The printed term '{terms}' is not used to compute anything. " if due else "")
        + po_note(po, "הזמנת רכש")
        + ("" if po else "The delivery note 'תעודת משלוח' is a decoy. ")
        + f"subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 18%'; total = '{tot_l}'. Currency ILS ('₪'). Line items: every row, without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, bid, ctx["alloc"]]}
    return t, chk, (AS_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Rustaq (VAT 5, OMR), right sidebar, bilingual
RF_V = [
    ("مؤسسة الرستاق للتكييف والتبريد", "Al Rustaq Air Conditioning & Refrigeration LLC", "Way 1408, Building 221, Al Hazm Road, Al Rustaq", "#0f766e"),
    ("شركة وادي بني غافر للمقاولات", "Wadi Bani Ghafir Contracting Co. LLC", "Plot 57, Industrial Area, Al Rustaq", "#7c2d12"),
    ("مطبعة جنوب الباطنة الحديثة", "South Batinah Modern Printing Press SPC", "Shop 9, Souq Road, Al Rustaq", "#4338ca"),
    ("الرستاق للمواد الغذائية", "Al Rustaq Foodstuff Trading LLC", "Warehouse 3, Al Marghah, Al Rustaq", "#166534"),
]
RF_B = ["Oman LNG LLC (Procurement)", "Al Rustaq Fort Heritage Hotel", "Ministry of Education – South Al Batinah Directorate", "Nakhal Springs Rest House Café"]
RF_ROWS = [
    [("Split AC unit 2 ton, supply & fix", "unit", 1, 8, 165, 390, 5), ("Preventive maintenance visit", "visit", 1, 12, 15, 40, 5), ("Copper pipe 3/8, per m", "m", 5, 80, 1.2, 4, 5)],
    [("Blockwork 20 cm, laid", "m²", 20, 300, 5, 10, 5), ("Ready-mix concrete C35", "m³", 5, 60, 28, 44, 5), ("Labour, mason", "day", 2, 30, 12, 20, 5)],
    [("Annual report printing, 64 pages", "copy", 100, 1500, 1, 4, 5), ("Letterheads A4", "ream", 2, 40, 5, 12, 5), ("Design and artwork", "hour", 2, 20, 10, 22, 5)],
    [("Omani dates Khalas 5 kg", "box", 2, 40, 6, 14, 0), ("Fresh milk 1 l", "carton", 20, 200, 0.3, 0.8, 0), ("Frozen chicken 1 kg", "pack", 10, 150, 1, 3, 0), ("Mineral water 24 x 500 ml", "pack", 10, 120, 1, 3, 5), ("Cleaning detergent 5 l", "can", 2, 30, 2, 6, 5)],
]
RF_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;right:0;top:0;bottom:0;width:62mm;background:#f8fafc;border-left:3px solid {{ color }};padding:12mm 6mm;box-sizing:border-box;font-size:8.2pt}
.side .l{color:#64748b;font-size:7pt;margin-top:8px} .side .v{font-weight:bold} .main{margin-right:68mm;padding:12mm 0 0 12mm}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:{{ color }};color:#fff;font-size:7.2pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap} .ar{direction:rtl}
</style></head><body>
<div class="side"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">TAX INVOICE</div><div class="ar" style="font-size:12pt;color:{{ color }}">فاتورة ضريبية</div>
<div class="l">Invoice Number / رقم الفاتورة</div><div class="v">{{ no }}</div>
<div class="l">Invoice Date / تاريخ الفاتورة</div><div class="v">{{ d }}</div>
<div class="l">Delivery Date / تاريخ التسليم</div><div class="v">{{ ds }}</div>
{% if due %}<div class="l">Payment Due / تاريخ الاستحقاق</div><div class="v">{{ due }}</div>{% else %}<div class="l">Terms / شروط الدفع</div><div class="v">{{ terms }}</div>{% endif %}
{% if po %}<div class="l">Customer LPO / أمر الشراء</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">VATIN / الرقم الضريبي</div><div class="v">{{ vid }}</div>
<div class="l">C.R. No. / السجل التجاري</div><div class="v">{{ cr }}</div><div class="l">Tax Card No. / رقم البطاقة الضريبية</div><div class="v">{{ tcard }}</div>
<div class="l">Total Due / المبلغ المستحق</div><div class="v" style="font-size:12.5pt;color:{{ color }}">{{ cur }} {{ total }}</div>
<div class="l">Bank / البنك</div><div>{{ bank }}<br>A/C No. {{ ibanv }}</div>
<div style="margin-top:10px">{{ qr|safe }}</div></div>
<div class="main"><div class="ar" style="font-size:14pt;font-weight:bold">{{ vname_ar }}</div><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div style="color:#555">{{ vaddr }}, Sultanate of Oman · Tel. +968 26{{ tel }}</div>
<div style="margin-top:14px;border:1px solid #e5e7eb;padding:6px"><div style="color:#64748b;font-size:7pt">Customer / العميل</div><b>{{ bname }}</b><br>Customer VATIN {{ bvat }}<br>Sultanate of Oman</div>
<table class="it"><tr><th>#</th><th>Description / الوصف</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate</th><th class="r">Amount excl. VAT</th><th class="r">VAT %</th><th class="r">VAT</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.t }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:8.8pt">
{% for r in rates %}<tr><td style="padding:2px 10px;color:#555">Taxable at {{ r.r }}%: {{ r.b }}</td><td class="r" style="color:#555">VAT {{ r.t }}</td></tr>{% endfor %}
<tr><td style="padding:2px 10px">Total excluding VAT / الإجمالي قبل الضريبة</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">Total VAT / إجمالي ضريبة القيمة المضافة</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">Total including VAT ({{ cur }}) / الإجمالي شامل الضريبة</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<div style="margin-top:16px;font-size:7.4pt;color:#555">{{ foot }}</div></div>
</body></html>"""


def en3(x):
    return en(x, 3)


@style("02", "om_rus_rustaq_tax_invoice_vat_5_sidebar_right_omr")
def s02(rng, i):
    vname_ar, vname, vaddr, color = RF_V[i]
    d = rand_date(rng)
    items = lines(rng, RF_ROWS[i], [3, 2, 3, 5][i], D("0.2"))  # prices to 200 baisa: every amount, and its 5 % VAT, in whole tens of baisa
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    rates = [(r, sum(x["amount"] for x in items if x["rate"] == r), sum(x["tax"] for x in items if x["rate"] == r)) for r in sorted({x["rate"] for x in items}, reverse=True)]
    vid = "OM11000" + digits(rng, 5, True)
    bvat = "OM11000" + digits(rng, 5, True)
    no = [f"RAC/{d.year}/{rng.randint(100, 999)}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"RFT-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 1 else None
    po = [f"PO{rng.randint(4500000, 4599999)}", f"LPO-{rng.randint(100, 999)}", None, None][i]
    cur = ["OMR", "RO", "OMR", "RO"][i]
    ctx = dict(
        color=color, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 5))), due=fd(due) if due else None, terms="Cash on delivery", po=po, vid=vid,
        cr=f"{rng.randint(1000000, 1399999)}", tcard=f"{rng.randint(8000000, 8299999)}", total=en3(total), cur=cur, bank=rng.choice(["Bank Muscat", "Sohar International Bank", "National Bank of Oman"]),
        ibanv="0" + digits(rng, 3, True) + "-" + digits(rng, 10), qr=qr_svg(rng, 22), vname_ar=vname_ar, vname=vname, vaddr=vaddr, tel=digits(rng, 6), bname=RF_B[i], bvat=bvat,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en3(x["price"]), "a": en3(x["amount"]), "r": x["rate"], "t": en3(x["tax"])} for x in items],
        rates=[{"r": r, "b": en3(b), "t": en3(t)} for r, b, t in rates], net=en3(net), tax=en3(tax),
        foot=("Goods received in good condition; paid in cash to our driver. " if not due else "Please settle by bank transfer quoting the invoice number. ") + ("Basic food items are zero-rated under the Oman VAT Law (Royal Decree 121/2020); other supplies at 5%." if len(rates) > 1 else "VAT charged at 5% under the Oman VAT Law (Royal Decree 121/2020)."),
    )
    notes = (
        "Al Rustaq (South Al Batinah, Oman) bilingual English / Arabic TAX INVOICE with the invoice facts in a RIGHT SIDEBAR (number, invoice and delivery dates, due date or terms, LPO, VATIN, C.R., tax card, total due, bank), VAT "
        + " and ".join(f"{r} %" for r, _, _ in rates) + " per row, amounts to the baisa '1,234.560': "
        "vendor = the English company name at the top of the main column (the Arabic name above it is the same company); vendor_tax_id = 'VATIN' (OM and 10 digits; the customer's VATIN, the C.R., the tax card number and the bank account are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date' (the 'Delivery Date' is a decoy). "
        + due_note(due, "Cash on delivery", "Payment Due")
        + po_note(po, "Customer LPO")
        + f"subtotal = 'Total excluding VAT'; tax = 'Total VAT'; total = 'Total including VAT' (the per-rate lines are a breakdown). Currency OMR (printed '{cur}'). Line items: the amount excluding VAT of every row, three decimals."
    )
    t = truth(vname, vid, no, po, d, due, "OMR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total including VAT", fd(due) if due else None, bvat, ctx["ds"], en3(net), en3(tax), en3(total)]}
    return t, chk, (RF_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 03 Athlone (VAT 23 / 13.5 incl., EUR), 80 mm till roll
PV_V = [  # (legal name, trading name, address, VAT rate, catalogue)
    ("Shannonside Retail Ltd", "Shannonside SuperValu", "Irishtown, Athlone, Co. Westmeath N37 X2F4", "23", [("Washing-up liquid 900ml", "ea", 1, 3, 2.49, 3.99), ("Kitchen roll x4", "ea", 1, 3, 3.29, 4.99), ("Barry's Tea 80s", "ea", 1, 2, 3.49, 4.89), ("Sparkling water 2L", "ea", 1, 6, 0.89, 1.59), ("Batteries AA x8", "ea", 1, 2, 6.99, 9.99), ("Bin bags 20pk", "ea", 1, 2, 2.99, 4.49)]),
    ("Midlands Builders Providers Ltd", "Athlone Hardware", "Ballymahon Road, Athlone, Co. Westmeath N37 H6T1", "23", [("Timber 4x2 treated, 4.8m", "ea", 1, 12, 11.5, 18.9), ("Screws 5x50, box 200", "ea", 1, 4, 8.95, 14.5), ("Rope 10mm, per m", "m", 5, 40, 0.85, 1.95), ("Exterior paint 5L", "ea", 1, 4, 34.0, 59.0), ("Silicone sealant", "ea", 1, 6, 5.49, 8.99)]),
    ("Church Street Pharmacy Ltd", "Church St. Pharmacy", "Church Street, Athlone, Co. Roscommon N37 E5W2", "23", [("Sun cream SPF50 200ml", "ea", 1, 2, 12.99, 19.99), ("Hand sanitiser 500ml", "ea", 1, 3, 4.49, 7.99), ("Insect repellent", "ea", 1, 3, 7.99, 11.49), ("Plasters, box 40", "ea", 1, 4, 2.99, 4.99), ("Toothbrush, electric heads x2", "ea", 1, 2, 14.99, 22.99)]),
    ("Lough Ree Hospitality Ltd", "The Lough Ree Café", "The Strand, Athlone, Co. Westmeath N37 P8C9", "13.5", [("Flat white", "ea", 1, 6, 3.4, 4.2), ("Fish & chips", "ea", 1, 4, 14.5, 17.95), ("Soup & brown bread", "ea", 1, 4, 6.5, 8.5), ("Toasted special", "ea", 1, 4, 7.95, 9.95), ("Scone with jam", "ea", 1, 4, 3.2, 4.5)]),
]
PV_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Tel 090 64 {{ tel }}</div><div class="c">VAT Reg No: {{ vid }}</div><div class="c">CRO No: {{ cro }}</div>
<hr><div class="c" style="font-weight:bold">VAT RECEIPT</div><div>Receipt No: <b>{{ no }}</b></div><div>Date: {{ d }}  Time: {{ tm }}</div><div>Till: {{ reg }} · Served by: {{ op }}</div>
{% if bname %}<div>Account: {{ bname }} (VAT {{ bvat }})</div>{% endif %}<hr>
<table><tr><td>Item</td><td class="r">Qty</td><td class="r">Price</td><td class="r">EUR</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-size:10pt;font-weight:bold"><td>TOTAL EUR</td><td class="r">{{ total }}</td></tr>
<tr><td>Net (excl. VAT)</td><td class="r">{{ net }}</td></tr><tr><td>VAT @ {{ rate }}% incl.</td><td class="r">{{ tax }}</td></tr></table><hr>
<table><tr><td>{{ pay }}</td><td class="r">{{ given }}</td></tr>{% if change %}<tr><td>Change</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
<div>Items: {{ n }}  Real Rewards points: {{ pts }}</div><div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c" style="margin-top:3px">Go raibh maith agat! Thank you.</div><div class="c">Please retain receipt for returns</div>
</body></html>"""


@style("03", "ie_ath_athlone_till_80mm_vat_23_13_5_incl_eur")
def s03(rng, i):
    vname, trade, vaddr, rate, cat = PV_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [5, 3, 4, 4][i], D("0.01"))
    for x in items:
        x["rate"] = D(rate)
    if i in (0, 3):
        base = items[0]
        pct = rng.choice([10, 15, 20])
        items.append({"desc": f"Discount {pct}% {base['desc']}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "rate": D(rate), "show_qty": False})
    total = sum(x["amount"] for x in items)
    tax = q2(total * D(rate) / (100 + D(rate)))
    net = total - tax
    vid = valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + "H", ievat.is_valid)
    no = [f"{rng.randint(100000, 999999)}", f"AH{rng.randint(10000, 99999)}", f"{rng.randint(1, 4)}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    cash = i in (0, 3)
    given = (total // 10 + 1) * 10 if cash else total
    bname = ["", "Westmeath Building Services Ltd", "", ""][i]
    bvat = valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + "H", ievat.is_valid)
    ctx = dict(
        h=150 + 9 * len(items), trade=trade, vname=vname, vaddr=vaddr, tel=digits(rng, 5, True), vid=vid, cro=digits(rng, 6, True), no=no, d=fd(d), tm=f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        reg=rng.randint(1, 6), op=rng.choice(["Aoife", "Ciarán", "Siobhán M.", "Declan"]), bname=bname, bvat=bvat, rate=rate,
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": en(x["price"]) if x["price"] is not None else "", "a": en(x["amount"])} for x in items],
        total=en(total), net=en(net), tax=en(tax), pay="CASH" if cash else rng.choice(["VISA DEBIT AIB", "MASTERCARD BOI", "ACCOUNT 30 DAYS"]), given=en(given), change=en(given - total) if cash else None,
        n=len(items), pts=int(total), qr=qr_svg(rng, 20),
    )
    notes = (
        f"Athlone (Co. Westmeath, Ireland) shop VAT RECEIPT in English on an 80 mm TILL ROLL, monospace, prices INCLUDING VAT {rate} %, '1,234.56' euro: vendor = the company line under the trading name '{trade}' (the legal name); "
        "vendor_tax_id = 'VAT Reg No' under the address (check character valid; the CRO number" + (" and the account customer's VAT number are decoys)" if bname else " is a decoy)") + ". invoice_number = 'Receipt No'; invoice_date = 'Date'. No due date (paid at the till"
        + (" or on account, no date printed" if bname else "") + ", null). No PO. subtotal = 'Net (excl. VAT)'; tax = 'VAT @ x% incl.'; total = 'TOTAL EUR'"
        + (" (cash given and change are decoys)" if cash else "") + ". Currency EUR. Line items: every row" + (" including the discount row (no quantity)" if i in (0, 3) else "") + ", amounts VAT-inclusive; they sum to the total."
    )
    t = truth(vname, vid, no, None, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL EUR", f"VAT @ {rate}% incl.", bvat if bname else None, ctx["cro"]]}
    return t, chk, (PV_HTML, ctx)
