"""Chromium (HTML) styles for set 57, first part (01 Ashkelon חשבונית מס in Hebrew right to left, every LABEL ABOVE its
value and the TOTALS at the TOP, VAT 18 %; 02 Riffa bilingual English / Arabic TAX INVOICE with the facts in a RIGHT
SIDEBAR, VAT 10 %, dinars to the fils; 03 Port Vila shop receipt on an 80 mm TILL ROLL, prices including VAT 15 %, whole
vatu, a discount row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, rand_iban
from invoice_kit import css, digits, en, iban, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import MONTHS, due_note, lines, po_note, qr_svg, truth
from stdnum.il import hp

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Ashkelon (VAT 18, ILS), Hebrew RTL, labels above, totals on top
AS_V = [
    ("אשקלון מיזוג אוויר בע\"מ", "רח' הנפחים 12, אזור התעשייה, אשקלון", "#0c4a6e"),
    ("מאפיית חוף אשקלון בע\"מ", "שד' בן גוריון 40, אשקלון", "#9a3412"),
    ("ברנע הנדסת חשמל בע\"מ", "רח' האורגים 5, אשקלון", "#3f6212"),
    ("מרינה אשקלון שירותי ים בע\"מ", "מרינה אשקלון, רציף 3, אשקלון", "#1e3a8a"),
]
AS_B = ["עיריית אשקלון – מחלקת רכש", "מלון לאונרדו אשקלון", "קניון לב אשקלון בע\"מ", "מרכז רפואי ברזילי – רכש"]
AS_ROWS = [
    [("מזגן עילי 1.5 כ\"ס כולל התקנה", "יח'", 1, 8, 2400, 3900), ("שירות תחזוקה שנתי", "יח'", 1, 20, 250, 480), ("צנרת נחושת 1/4", "מטר", 5, 60, 28, 55), ("גז R32 מילוי", "יח'", 1, 10, 180, 320)],
    [("לחם מחמצת 750 גרם", "יח'", 20, 200, 14, 22), ("חלות לשבת", "יח'", 20, 300, 9, 16), ("עוגיות חמאה, מגש", "מגש", 5, 40, 45, 90), ("מאפי בוקר מעורבים", "יח'", 30, 400, 5, 11)],
    [("לוח חשמל ראשי, הרכבה", "יח'", 1, 3, 3800, 9200), ("כבל NYY 5x10", "מטר", 20, 300, 38, 72), ("בדיקת בודק מוסמך", "יח'", 1, 2, 650, 1400), ("שעת עבודה חשמלאי", "שעה", 2, 40, 160, 260)],
    [("עגינה חודשית, סירה עד 12 מ'", "חודש", 1, 6, 1800, 3400), ("הרמת סירה והורדה", "יח'", 1, 2, 900, 1800), ("צביעת תחתית", "מ\"ר", 10, 60, 75, 140), ("דלק ימי", "ליטר", 50, 600, 8, 11)],
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


@style("01", "il_ash_ashkelon_heshbonit_mas_18_labels_above_totals_top")
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
        f"Ashkelon (Israel) {'חשבונית מס / קבלה (tax invoice and receipt, paid)' if paid else 'חשבונית מס'} in Hebrew, RIGHT TO LEFT, every fact with its LABEL ABOVE the value and the TOTALS in a band at the TOP above the facts and the items, VAT 18 %, '1,234.56 ₪': "
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


# =========================================================================== 02 Riffa (VAT 10, BHD), right sidebar, bilingual
RF_V = [
    ("مؤسسة الرفاع للتكييف", "Riffa Air Conditioning Est. W.L.L.", "Building 1204, Road 4131, Block 941, East Riffa", "#0f766e"),
    ("شركة وادي السيل للمقاولات", "Wadi Al Sail Contracting Co. W.L.L.", "Shop 22, Road 1, Block 901, Riffa", "#7c2d12"),
    ("مطبعة الحنينية", "Al Hunainiyah Printing Press S.P.C.", "Building 88, Avenue 19, Block 929, Riffa", "#4338ca"),
    ("الرفاع للتموين الغذائي", "Riffa Food Supplies W.L.L.", "Warehouse 7, Road 43, Block 907, West Riffa", "#166534"),
]
RF_B = ["Bahrain National Gas Co. (Procurement)", "Royal Golf Club, Riffa Views", "Ministry of Education – Southern Governorate", "Al Areen Wildlife Park Café"]
RF_ROWS = [
    [("Split AC unit 2 ton, supply & fix", "unit", 1, 8, 185, 420, 10), ("Preventive maintenance visit", "visit", 1, 12, 18, 45, 10), ("Copper pipe 3/8, per m", "m", 5, 80, 1.2, 4, 10)],
    [("Blockwork 20 cm, laid", "m²", 20, 300, 6, 11, 10), ("Ready-mix concrete C35", "m³", 5, 60, 32, 48, 10), ("Labour, mason", "day", 2, 30, 14, 22, 10)],
    [("Annual report printing, 64 pages", "copy", 100, 1500, 1, 4, 10), ("Letterheads A4", "ream", 2, 40, 6, 14, 10), ("Design and artwork", "hour", 2, 20, 12, 25, 10)],
    [("Basmati rice 25 kg", "bag", 2, 40, 9, 16, 0), ("Fresh milk 1 l", "carton", 20, 200, 0.3, 0.9, 0), ("Frozen chicken 1 kg", "pack", 10, 150, 1, 3, 0), ("Mineral water 24 x 500 ml", "pack", 10, 120, 1, 3, 10), ("Cleaning detergent 5 l", "can", 2, 30, 2, 6, 10)],
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
<div class="l">VAT Account No. / رقم الحساب الضريبي</div><div class="v">{{ vid }}</div>
<div class="l">C.R. No. / السجل التجاري</div><div class="v">{{ cr }}</div>
<div class="l">Total Due / المبلغ المستحق</div><div class="v" style="font-size:12.5pt;color:{{ color }}">{{ cur }} {{ total }}</div>
<div class="l">Bank / البنك</div><div>{{ bank }}<br>IBAN {{ ibanv }}</div>
<div style="margin-top:10px">{{ qr|safe }}</div></div>
<div class="main"><div class="ar" style="font-size:14pt;font-weight:bold">{{ vname_ar }}</div><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div style="color:#555">{{ vaddr }}, Kingdom of Bahrain · Tel. +973 17{{ tel }}</div>
<div style="margin-top:14px;border:1px solid #e5e7eb;padding:6px"><div style="color:#64748b;font-size:7pt">Customer / العميل</div><b>{{ bname }}</b><br>Customer VAT No. {{ bvat }}<br>Kingdom of Bahrain</div>
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


@style("02", "bh_rif_riffa_tax_invoice_vat_10_sidebar_right_bhd")
def s02(rng, i):
    vname_ar, vname, vaddr, color = RF_V[i]
    d = rand_date(rng)
    items = lines(rng, RF_ROWS[i], [3, 2, 3, 5][i], D("0.1"))  # prices to the 100 fils: every amount and VAT in whole fils tens
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    rates = [(r, sum(x["amount"] for x in items if x["rate"] == r), sum(x["tax"] for x in items if x["rate"] == r)) for r in sorted({x["rate"] for x in items}, reverse=True)]
    vid = "2" + digits(rng, 9) + "00002"
    bvat = "2" + digits(rng, 9) + "00002"
    no = [f"RAC/{d.year}/{rng.randint(100, 999)}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"RFS-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 1 else None
    po = [f"PO{rng.randint(4500000, 4599999)}", f"LPO-{rng.randint(100, 999)}", None, None][i]
    cur = ["BHD", "BD", "BHD", "BD"][i]
    ctx = dict(
        color=color, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 5))), due=fd(due) if due else None, terms="Cash on delivery", po=po, vid=vid,
        cr=f"{rng.randint(10000, 159999)}-{rng.randint(1, 9)}", total=en3(total), cur=cur, bank=rng.choice(["National Bank of Bahrain", "Bank of Bahrain and Kuwait", "Kuwait Finance House Bahrain"]),
        ibanv=group4(iban("BH", rng.choice(["NBOB", "BBKU", "KFHO"]) + digits(rng, 14))), qr=qr_svg(rng, 22), vname_ar=vname_ar, vname=vname, vaddr=vaddr, tel=digits(rng, 6), bname=RF_B[i], bvat=bvat,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en3(x["price"]), "a": en3(x["amount"]), "r": x["rate"], "t": en3(x["tax"])} for x in items],
        rates=[{"r": r, "b": en3(b), "t": en3(t)} for r, b, t in rates], net=en3(net), tax=en3(tax),
        foot=("Goods received in good condition; paid in cash to our driver. " if not due else "Please settle by bank transfer quoting the invoice number. ") + ("Basic food items are zero-rated under the Bahrain VAT Law (Decree-Law No. 48 of 2018); other supplies at 10%." if len(rates) > 1 else "VAT charged at 10% under the Bahrain VAT Law (Decree-Law No. 48 of 2018)."),
    )
    notes = (
        "Riffa (Bahrain) bilingual English / Arabic TAX INVOICE with the invoice facts in a RIGHT SIDEBAR (number, invoice and delivery dates, due date or terms, LPO, VAT account number, C.R., total due, bank), VAT "
        + " and ".join(f"{r} %" for r, _, _ in rates) + " per row, amounts to the fils '1,234.567': "
        "vendor = the English company name at the top of the main column (the Arabic name above it is the same company); vendor_tax_id = 'VAT Account No.' (15 digits; the customer's VAT number, the C.R. and the IBAN are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date' (the 'Delivery Date' is a decoy). "
        + due_note(due, "Cash on delivery", "Payment Due")
        + po_note(po, "Customer LPO")
        + f"subtotal = 'Total excluding VAT'; tax = 'Total VAT'; total = 'Total including VAT' (the per-rate lines are a breakdown). Currency BHD (printed '{cur}'). Line items: the amount excluding VAT of every row, three decimals."
    )
    t = truth(vname, vid, no, po, d, due, "BHD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total including VAT", fd(due) if due else None, bvat, ctx["ds"], en3(net), en3(tax), en3(total)]}
    return t, chk, (RF_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 03 Port Vila (VAT 15 incl., VUV), 80 mm till roll
PV_V = [  # (legal name, trading name, address, catalogue)
    ("Lini Highway Traders Ltd", "Au Bon Marché Nambatu", "Lini Highway, Nambatu, Port Vila", [("Rice Sunwhite 10kg", "ea", 1, 3, 1650, 2450), ("Tinned tuna 185g", "ea", 1, 12, 180, 320), ("Kava powder 500g", "ea", 1, 2, 2200, 3400), ("Coconut oil 1L", "ea", 1, 3, 490, 790), ("Bread loaf", "ea", 1, 4, 180, 260), ("Tusker 6-pack", "ea", 1, 2, 1450, 1950)]),
    ("Efate Hardware & Marine Ltd", "Efate Hardware", "Kumul Highway, Port Vila", [("Timber 4x2 treated, 4.8m", "ea", 1, 12, 1800, 2900), ("Roofing screws, box 100", "ea", 1, 4, 950, 1600), ("Marine rope 10mm, per m", "m", 5, 40, 120, 260), ("Paint exterior 4L", "ea", 1, 4, 4200, 6900), ("Outboard oil 1L", "ea", 1, 6, 1100, 1650)]),
    ("Seafront Pharmacy Ltd", "Seafront Pharmacy", "Rue Higginson, Port Vila", [("Paracetamol 500mg x20", "ea", 1, 3, 450, 780), ("Sunscreen SPF50 200ml", "ea", 1, 2, 1900, 2900), ("Mosquito repellent", "ea", 1, 3, 890, 1450), ("Oral rehydration salts", "ea", 1, 6, 150, 290), ("Bandage crepe 7.5cm", "ea", 1, 4, 350, 620)]),
    ("Mele Bay Café Ltd", "Mele Bay Beach Café", "Mele Bay Road, Port Vila", [("Flat white", "ea", 1, 6, 450, 650), ("Fish & chips", "ea", 1, 4, 1600, 2400), ("Laplap with chicken", "ea", 1, 4, 1200, 1900), ("Fresh coconut", "ea", 1, 4, 300, 500), ("Pamplemousse juice", "ea", 1, 4, 500, 750)]),
]
PV_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Ph +678 {{ tel }}</div><div class="c">VAT No: {{ vid }}</div>
<hr><div class="c" style="font-weight:bold">TAX INVOICE</div><div>Receipt No: <b>{{ no }}</b></div><div>Date: {{ d }}  Time: {{ tm }}</div><div>Register: {{ reg }} · Cashier: {{ op }}</div>
{% if bname %}<div>Account: {{ bname }} (VAT {{ bvat }})</div>{% endif %}<hr>
<table><tr><td>Item</td><td class="r">Qty</td><td class="r">Price</td><td class="r">VT</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-size:10pt;font-weight:bold"><td>TOTAL VT</td><td class="r">{{ total }}</td></tr>
<tr><td>Total excl. VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT 15% included</td><td class="r">{{ tax }}</td></tr></table><hr>
<table><tr><td>{{ pay }}</td><td class="r">{{ given }}</td></tr>{% if change %}<tr><td>Change</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
<div>Items: {{ n }}  Points earned: {{ pts }}</div><div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c" style="margin-top:3px">Tangkyu tumas! Lukim yu bakegen.</div><div class="c">No refund without receipt</div>
</body></html>"""


@style("03", "vu_pvl_port_vila_till_80mm_vat_15_incl_vatu")
def s03(rng, i):
    vname, trade, vaddr, cat = PV_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [5, 3, 4, 4][i], D("10"))
    for x in items:
        x["rate"] = 15
    if i in (0, 3):
        base = items[0]
        pct = rng.choice([10, 15, 20])
        items.append({"desc": f"Discount {pct}% {base['desc']}", "unit": "", "qty": None, "price": None, "amount": -q0(base["amount"] * pct / 100), "rate": 15, "show_qty": False})
    total = sum(x["amount"] for x in items)
    tax = q0(total * 15 / 115)
    net = total - tax
    vid = digits(rng, 6, True)
    no = [f"{rng.randint(100000, 999999)}", f"INV{rng.randint(10000, 99999)}", f"R{rng.randint(1, 4)}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    cash = i in (0, 3)
    given = (total // 1000 + 1) * 1000 if cash else total
    bname = ["", "Vanuatu Builders Ltd", "", ""][i]
    vt = lambda x: en(x, 0)  # noqa: E731
    ctx = dict(
        h=140 + 9 * len(items), trade=trade, vname=vname, vaddr=vaddr, tel=digits(rng, 5, True), vid=vid, no=no, d=fd(d), tm=f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        reg=rng.randint(1, 6), op=rng.choice(["Leimara", "Jean-Pierre", "Serah K.", "Willie"]), bname=bname, bvat=digits(rng, 6, True),
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": vt(x["price"]) if x["price"] is not None else "", "a": vt(x["amount"])} for x in items],
        total=vt(total), net=vt(net), tax=vt(tax), pay="CASH" if cash else rng.choice(["EFTPOS BSP", "VISA ANZ", "ACCOUNT 30 DAYS"]), given=vt(given), change=vt(given - total) if cash else None,
        n=len(items), pts=int(total // 1000), qr=qr_svg(rng, 20),
    )
    notes = (
        f"Port Vila (Efate, Vanuatu) shop receipt / TAX INVOICE in English on an 80 mm TILL ROLL, monospace, prices INCLUDING VAT 15 %, whole vatu '1,234': vendor = the company line under the trading name '{trade}' (the legal name); "
        "vendor_tax_id = 'VAT No' under the address" + (" (the account customer's VAT number is a decoy)" if bname else "") + ". invoice_number = 'Receipt No'; invoice_date = 'Date'. No due date (paid at the till"
        + (" or on account, no date printed" if bname else "") + ", null). No PO. subtotal = 'Total excl. VAT'; tax = 'VAT 15% included'; total = 'TOTAL VT'"
        + (" (cash given and change are decoys)" if cash else "") + ". Currency VUV ('VT'). Line items: every row" + (" including the discount row (no quantity)" if i in (0, 3) else "") + ", amounts VAT-inclusive; they sum to the total."
    )
    t = truth(vname, vid, no, None, d, None, "VUV", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL VT", "VAT 15% included", ctx["bvat"] if bname else None]}
    return t, chk, (PV_HTML, ctx)
