"""Chromium (HTML) styles for set 54, first part (01 Herzliya חשבונית מס in Hebrew, right to left, a table WITHOUT
RULES and the facts as LABEL: value BESIDE each other, מע"מ 18 %, shekels, a discount on two; 02 Ras Al Khaimah
bilingual English / Arabic TAX INVOICE with the TOTALS in a band at the TOP, VAT 5 %, dirhams, a USD counter-value and
an advance deducted on one; 03 Valladolid FACTURA SIMPLIFICADA on an 80 mm TILL ROLL, IVA 21 / 10 % included)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate_gross, group4, long_date, rand_iban
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.es import cif
from stdnum.il import hp

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Herzliya (מע"מ 18, ILS), RTL, unruled, labels beside
HZ_V = [
    ("נתיב ענן מערכות בע\"מ", "רח' מדינת היהודים 85, הרצליה פיתוח", "#1d4ed8"),
    ("מאפיית הים הרצליה בע\"מ", "רח' סוקולוב 42, הרצליה", "#b45309"),
    ("סטודיו אקוורל עיצוב ופרסום בע\"מ", "רח' שנקר 14, הרצליה פיתוח", "#7e22ce"),
    ("מרינה הרצליה שירותי יאכטות בע\"מ", "מרינה הרצליה, רציף 3", "#0f766e"),
]
HZ_B = ["בנק דיסקונט – חטיבת טכנולוגיה", "מלון דניאל הרצליה", "עיריית רמת השרון", "אגודת השייט הישראלית"]
HZ_ROWS = [
    [("רישיון תוכנה שנתי, משתמש", "יח'", 5, 80, 180, 650), ("שעות פיתוח", "שעה", 4, 60, 280, 420), ("אחסון ענן, חודשי", "חודש", 1, 12, 450, 1900), ("הטמעה והדרכה", "יום", 1, 5, 2400, 4200)],
    [("לחם מחמצת 1 ק\"ג", "יח'", 10, 120, 18, 29), ("חלות לשבת", "יח'", 20, 200, 12, 19), ("מגש עוגיות", "מגש", 2, 30, 85, 160), ("קרואסון חמאה", "יח'", 20, 300, 7, 12)],
    [("עיצוב לוגו ושפה גרפית", "פרויקט", 1, 1, 6500, 14000), ("צילום מוצרים", "יום", 1, 3, 2800, 4800), ("ניהול קמפיין דיגיטלי", "חודש", 1, 6, 3500, 7800), ("הדפסת עלונים A5", "יח'", 500, 5000, 1, 2)],
    [("השכרת יאכטה, חצי יום", "הפלגה", 1, 4, 1800, 3900), ("עגינה יומית", "יום", 1, 14, 180, 420), ("תדלוק סולר", "ליטר", 50, 600, 7, 9), ("ניקוי גוף הסירה", "שירות", 1, 2, 900, 2400)],
]
HZ_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .lab{color:#6b7280} td{text-align:right} .num{text-align:left;white-space:nowrap;direction:ltr}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{font-size:8pt;color:{{ color }};padding:5px;text-align:right} table.it th.num{text-align:left} table.it td{padding:5px;font-size:9pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>טל' 09-{{ tel }} · ח.פ. {{ vid }}</div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:20pt;font-weight:bold">{{ title }}</div><div class="lab">{{ copy }}</div></td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="width:50%;vertical-align:top"><div class="lab">לכבוד</div><b>{{ bname }}</b><br>ח.פ. לקוח: {{ bhp }}<br>{{ bcity }}</td>
<td style="vertical-align:top"><table>
<tr><td class="lab" style="padding:2px 8px">מספר חשבונית:</td><td><b>{{ no }}</b></td></tr>
<tr><td class="lab" style="padding:2px 8px">תאריך:</td><td><b>{{ d }}</b></td></tr>
<tr><td class="lab" style="padding:2px 8px">תאריך אספקה:</td><td>{{ ds }}</td></tr>
{% if due %}<tr><td class="lab" style="padding:2px 8px">לתשלום עד:</td><td><b>{{ due }}</b></td></tr>{% else %}<tr><td class="lab" style="padding:2px 8px">תנאי תשלום:</td><td>{{ term }}</td></tr>{% endif %}
{% if po %}<tr><td class="lab" style="padding:2px 8px">הזמנת רכש:</td><td>{{ po }}</td></tr>{% endif %}
<tr><td class="lab" style="padding:2px 8px">מספר הקצאה:</td><td>{{ alloc }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>#</th><th>תיאור</th><th>יחידה</th><th class="num">כמות</th><th class="num">מחיר ליח'</th><th class="num">סה"כ</th></tr>
{% for it in items %}<tr{% if loop.index is even %} style="background:#f8fafc"{% endif %}><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="num">{{ it.q }}</td><td class="num">{{ it.p }}</td><td class="num">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-right:auto;margin-left:0;margin-top:16px;font-size:9.5pt">
{% if disc %}<tr><td class="lab" style="padding:2px 10px">סכום לפני הנחה</td><td class="num">{{ gross }} ₪</td></tr><tr><td class="lab" style="padding:2px 10px">הנחה {{ pct }}%</td><td class="num">-{{ disc }} ₪</td></tr>{% endif %}
<tr><td class="lab" style="padding:2px 10px">סה"כ לפני מע"מ</td><td class="num">{{ net }} ₪</td></tr>
<tr><td class="lab" style="padding:2px 10px">מע"מ 18%</td><td class="num">{{ tax }} ₪</td></tr>
<tr style="font-size:12pt;font-weight:bold;color:{{ color }}"><td style="padding:6px 10px;border-top:2px solid {{ color }}">סה"כ לתשלום</td><td class="num" style="border-top:2px solid {{ color }}">{{ total }} ₪</td></tr></table>
<div style="margin-top:22px;font-size:8pt;color:#555">{{ pay }}<br>פרטי בנק: בנק {{ bank }}, סניף {{ branch }}, חשבון {{ acct }} · IBAN {{ ibanv }}<br>המסמך הופק באמצעות {{ soft }} · עמוד 1 מתוך 1</div>
</body></html>"""


@style("01", "il_hrz_herzliya_heshbonit_mas_18_rtl_unruled")
def s01(rng, i):
    vname, vaddr, color = HZ_V[i]
    d = rand_date(rng)
    items = lines(rng, HZ_ROWS[i], [3, 4, 2, 4][i], D("0.5"))
    gross = sum(x["amount"] for x in items)
    pct = [None, 5, None, 10][i]
    disc = q2(gross * pct / 100) if pct else D(0)
    net = gross - disc
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bhp = valid(rng, lambda: "5" + digits(rng, 8), hp.is_valid)
    no = [f"{d.year}{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"SI-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%-d.%-m.%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    term = ["", "שוטף + 30", "", "מזומן"][i]
    po = [f"PO-{rng.randint(40000, 49999)}", None, f"{rng.randint(4500, 4999)}", None][i]
    title = ["חשבונית מס", "חשבונית מס", "חשבונית מס", "חשבונית מס / קבלה"][i]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(950, 999)}-{digits(rng, 4)}", vid=vid, title=title, copy=rng.choice(["מקור", "העתק נאמן למקור"]),
        bname=HZ_B[i], bhp=bhp, bcity=rng.choice(["הרצליה", "רמת השרון", "תל אביב-יפו", "כפר סבא"]), no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 6))),
        due=fd(due) if due else None, term=term, po=po, alloc=digits(rng, 9, True),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        disc=en(disc) if pct else None, gross=en(gross), pct=pct, net=en(net), tax=en(tax), total=en(total),
        pay="התשלום בהעברה בנקאית בלבד. נא לציין את מספר החשבונית." if due else ("שולם במזומן – תודה!" if i == 3 else "תנאי תשלום: שוטף + 30"),
        bank=rng.choice(["הפועלים", "לאומי", "מזרחי טפחות"]), branch=rng.randint(500, 799), acct=digits(rng, 6, True), ibanv=group4(rand_iban(rng, "IL", 19, "0")),
        soft=rng.choice(["חשבונית ירוקה", "iCount", "ריווחית"]),
    )
    notes = (
        f"Herzliya (Israel) {title} in Hebrew, RIGHT TO LEFT, a table WITHOUT RULES (zebra), the facts as LABEL: value BESIDE each other, מע\"מ 18 %, '1,234.56 ₪': "
        "vendor = the name at the top right; vendor_tax_id = 'ח.פ.' under the address (9 digits; the customer's ח.פ., the allocation number 'מספר הקצאה', the bank account and IBAN are decoys). "
        "invoice_number = 'מספר חשבונית'; invoice_date = 'תאריך' (the 'תאריך אספקה' is a decoy). "
        + due_note(due, term, "לתשלום עד")
        + po_note(po, "הזמנת רכש")
        + ("the pre-discount sum and the discount 'הנחה' are printed above; " if pct else "")
        + "subtotal = 'סה\"כ לפני מע\"מ' (after any discount); tax = 'מע\"מ 18%'; total = 'סה\"כ לתשלום'. Currency ILS ('₪'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, fd(due) if due else None, bhp, ctx["ds"]], "line_adjustment": str(-disc)}
    return t, chk, (HZ_HTML.replace("@@BASE@@", css(margin="14mm", fs="9pt")), ctx)


# =========================================================================== 02 Ras Al Khaimah (VAT 5, AED), totals band at the top
RK_V = [
    ("Al Hamra Marine Supplies LLC", "شركة الحمراء للتجهيزات البحرية ذ.م.م", "Al Hamra Industrial Zone, Ras Al Khaimah", "#0c4a6e"),
    ("Jebel Jais Adventure Tours FZ-LLC", "جبل جيس لرحلات المغامرة", "RAKEZ Business Centre, Al Hamra, Ras Al Khaimah", "#7c2d12"),
    ("Khatt Springs Catering LLC", "ينابيع خت لخدمات التموين", "Khatt Road, Ras Al Khaimah", "#166534"),
    ("RAK Ceramic Tiles Trading LLC", "راك لتجارة البلاط الخزفي", "Al Jazeera Al Hamra, Ras Al Khaimah", "#4338ca"),
]
RK_B = ["Waldorf Residences RAK", "Al Marjan Island Hospitality", "RAK Academy – Facilities", "Emirates Contracting Est., Dubai"]
RK_ROWS = [
    [("Mooring rope 24 mm, per m", "m", 20, 300, 18, 45), ("Marine antifouling paint 5 L", "tin", 2, 30, 310, 720), ("Fender 300 x 900 mm", "pcs", 2, 20, 240, 560), ("Delivery to jetty", "trip", 1, 2, 150, 450)],
    [("Zipline Jais Flight, per person", "pax", 2, 40, 299, 399), ("Guided hike, half day", "pax", 4, 40, 120, 220), ("Transport, 14-seater bus", "day", 1, 3, 850, 1600)],
    [("Buffet lunch, per cover", "cover", 20, 400, 45, 95), ("Coffee break, per cover", "cover", 20, 400, 18, 35), ("Waiter service, per hour", "hr", 4, 60, 45, 80), ("Mineral water 500 ml, carton", "ctn", 5, 80, 14, 22)],
    [("Porcelain tile 60x120, m²", "m²", 20, 600, 55, 140), ("Tile adhesive 25 kg", "bag", 10, 200, 24, 48), ("Grout, 5 kg", "bag", 5, 80, 28, 55), ("Skirting 10x60", "pcs", 20, 400, 9, 22)],
]
RK_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:9px 12px;margin-top:10px} .band td{color:#fff;padding:0 16px 0 0;font-size:8pt;vertical-align:top} .band .big{font-size:15pt;font-weight:bold}
.ar{direction:rtl} .lab{color:#64748b;font-size:7.6pt}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};font-size:7.4pt;text-align:left;padding:4px} table.it th.r{text-align:right} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.4pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="ar" style="font-size:11pt;text-align:left">{{ vname_ar }}</div><div>{{ vaddr }}, United Arab Emirates</div><div>TRN: {{ vid }} · Trade Licence No. {{ lic }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:18pt;font-weight:bold">TAX INVOICE</div><div class="ar" style="font-size:13pt">فاتورة ضريبية</div></td></tr></table>
<div class="band"><table><tr><td>Total excl. VAT / المجموع قبل الضريبة<br><b>AED {{ net }}</b></td><td>VAT 5% / ضريبة القيمة المضافة<br><b>AED {{ tax }}</b></td><td>Total incl. VAT / الإجمالي<br><span class="big">AED {{ total }}</span></td>
{% if adv %}<td>Less advance received<br><b>AED -{{ adv }}</b></td><td>Balance payable<br><b>AED {{ bal }}</b></td>{% endif %}</tr></table></div>
<table style="width:100%;margin-top:12px;font-size:8.4pt"><tr><td style="width:50%;vertical-align:top"><div class="lab">Bill to / فاتورة إلى</div><b>{{ bname }}</b><br>Customer TRN {{ btrn }}<br>{{ bcity }}</td>
<td style="vertical-align:top"><table>
<tr><td class="lab" style="padding:1px 8px">Invoice No.</td><td><b>{{ no }}</b></td></tr>
<tr><td class="lab" style="padding:1px 8px">Invoice Date</td><td><b>{{ d }}</b></td></tr>
<tr><td class="lab" style="padding:1px 8px">Date of Supply</td><td>{{ ds }}</td></tr>
{% if due %}<tr><td class="lab" style="padding:1px 8px">Due Date</td><td><b>{{ due }}</b></td></tr>{% endif %}
{% if po %}<tr><td class="lab" style="padding:1px 8px">LPO No.</td><td>{{ po }}</td></tr>{% endif %}
<tr><td class="lab" style="padding:1px 8px">Delivery Note</td><td>{{ dn }}</td></tr>
<tr><td class="lab" style="padding:1px 8px">Terms</td><td>{{ term }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>#</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate (AED)</th><th class="r">Taxable amount</th><th class="r">VAT 5%</th><th class="r">Amount incl. VAT</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px;font-size:8.2pt">Amount in words: {{ words }}</div>
<div style="margin-top:4px;font-size:8pt;color:#555">Equivalent for reference: USD {{ usd }} at AED 3.6725 per USD.</div>
<div style="margin-top:16px;font-size:7.8pt;color:#444">Bank: {{ bank }} · IBAN {{ ibanv }} · SWIFT {{ swift }}<br>{{ foot }}</div>
<div style="position:absolute;bottom:0;right:0">{{ qr|safe }}</div>
</body></html>"""


@style("02", "ae_rak_ras_al_khaimah_tax_invoice_vat_5_totals_top")
def s02(rng, i):
    from kit_words import en_words_title

    vname, vname_ar, vaddr, color = RK_V[i]
    d = rand_date(rng)
    items = lines(rng, RK_ROWS[i], [3, 3, 4, 2][i], D("0.25"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    adv = q2(total * D(rng.choice(["0.25", "0.30", "0.50"]))) if i == 3 else None
    vid = "100" + digits(rng, 11) + "3"
    btrn = "100" + digits(rng, 11) + "3"
    no = [f"AHM/INV/{d.year}/{rng.randint(100, 999)}", f"JJ-{rng.randint(10000, 99999)}", f"KSC{d.strftime('%y%m')}{rng.randint(10, 99)}", f"TI-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 1 else None
    po = [f"LPO-{rng.randint(1000, 9999)}", None, f"{rng.randint(700000, 799999)}", f"ECE/PO/{rng.randint(100, 999)}"][i]
    fils = int((total % 1) * 100)
    words = f"UAE Dirhams {en_words_title(int(total))}" + (f" and {fils:02d}/100" if fils else "") + " only"
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, vid=vid, lic=f"{rng.randint(10000, 99999)}", net=en(net), tax=en(tax), total=en(total),
        adv=en(adv) if adv else None, bal=en(total - adv) if adv else None, bname=RK_B[i], btrn=btrn, bcity=rng.choice(["Ras Al Khaimah", "Al Marjan Island, RAK", "Dubai"]),
        no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 5))), due=fd(due) if due else None, po=po, dn=f"DN-{rng.randint(1000, 9999)}",
        term="Cash on booking" if not due else f"{(due - d).days} days net",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "t": en(x["tax"]), "g": en(x["amount"] + x["tax"])} for x in items],
        words=words, usd=en(q2(total / D("3.6725"))), bank=rng.choice(["RAKBANK", "Emirates NBD", "Abu Dhabi Commercial Bank"]), ibanv=group4(rand_iban(rng, "AE", 19, "040")),
        swift="NRAKAEAK", qr=qr_svg(rng, 22), foot="Goods once sold will not be taken back. This is a computer-generated tax invoice under Federal Decree-Law No. 8 of 2017.",
    )
    notes = (
        "Ras Al Khaimah (United Arab Emirates) TAX INVOICE in English with the Arabic names, the TOTALS in a coloured band at the TOP (excl. VAT, VAT 5 %, incl. VAT"
        + (", an ADVANCE deducted and the balance payable" if adv else "") + "), the facts as label / value rows beside each other, VAT 5 % per row, '1,234.56' AED: "
        "vendor = the English name at the top left (the Arabic name under it is the same company); vendor_tax_id = 'TRN' (15 digits; the trade licence, the customer's TRN, the IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the 'Date of Supply' is a decoy). "
        + due_note(due, "Cash on booking", "Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 5%'; total = 'Total incl. VAT'"
        + (" (before the advance; the balance payable is a decoy)" if adv else "")
        + "; the USD equivalent and the amount in words are decoys/restatements. Currency AED. Line items: the taxable amount of every row."
    )
    t = truth(vname, vid, no, po, d, due, "AED", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total incl. VAT", fd(due) if due else None, btrn, ctx["usd"], ctx["bal"]]}
    return t, chk, (RK_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Valladolid (IVA 21/10 incl., EUR), 80 mm till roll
VA_V = [
    ("CAFETERÍA PLAZA MAYOR 1592 S.L.", "Café Plaza Mayor", "Plaza Mayor 9, 47001 Valladolid", [("Café con leche", "ud", 1, 6, 1.4, 2.2, 10), ("Tostada con tomate", "ud", 1, 4, 2.2, 3.5, 10), ("Lechazo asado ración", "ud", 1, 3, 18, 26, 10), ("Vino Ribera del Duero copa", "ud", 1, 4, 2.8, 4.5, 10), ("Agua mineral 50 cl", "ud", 1, 4, 1.5, 2.5, 10)]),
    ("FERRETERÍA PISUERGA S.L.", "Ferretería Pisuerga", "Paseo de Zorrilla 112, 47006 Valladolid", [("Tornillo rosca madera 4x40, caja", "ud", 1, 6, 3, 7, 21), ("Cinta americana 50 m", "ud", 1, 4, 4, 9, 21), ("Taladro percutor 750 W", "ud", 1, 1, 49, 89, 21), ("Silicona neutra", "ud", 1, 6, 4, 8, 21), ("Guantes de trabajo", "par", 1, 5, 2, 6, 21)]),
    ("PASTELERÍA LA ANTIGUA S.L.", "Pastelería La Antigua", "Calle Platerías 7, 47003 Valladolid", [("Bollo de mantequilla", "ud", 1, 12, 1, 2, 10), ("Tarta de queso", "ud", 1, 2, 18, 32, 10), ("Pan de Valladolid, lechuguino", "ud", 1, 6, 1, 2, 4), ("Refresco lata", "ud", 1, 4, 1.5, 2.5, 10), ("Caja regalo", "ud", 1, 2, 2, 5, 21)]),
    ("LIBRERÍA CAMPO GRANDE S.L.", "Librería Campo Grande", "Calle Miguel Íscar 3, 47001 Valladolid", [("Libro de texto, Lengua 2º ESO", "ud", 1, 3, 28, 46, 4), ("Cuaderno A4 espiral", "ud", 1, 10, 2, 5, 21), ("Bolígrafo gel, pack 4", "ud", 1, 5, 3, 7, 21), ("Novela bolsillo", "ud", 1, 3, 8, 14, 4), ("Mochila escolar", "ud", 1, 1, 25, 49, 21)]),
]
VA_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.3pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">NIF: {{ vid }}</div><div class="c">Tel. 983 {{ tel }}</div>
<hr><div class="c" style="font-weight:bold">{{ title }}</div><div>Nº: <b>{{ no }}</b></div><div>Fecha: {{ d }}   Hora: {{ tm }}</div><div>Caja {{ caja }} · Atendido por: {{ op }}</div>
{% if bname %}<div>Cliente: {{ bname }}</div><div>NIF cliente: {{ bnif }}</div>{% endif %}<hr>
<table><tr><td>Uds</td><td>Artículo</td><td class="r">Precio</td><td class="r">Importe</td></tr>
{% for it in items %}<tr><td>{{ it.q }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-size:10pt;font-weight:bold"><td>TOTAL (IVA incl.)</td><td class="r">{{ total }} €</td></tr></table>
<div>Forma de pago: {{ pay }}</div>{% if given %}<div>Entregado: {{ given }} €   Cambio: {{ change }} €</div>{% endif %}<hr>
<table><tr><td>Tipo IVA</td><td class="r">Base imp.</td><td class="r">Cuota</td></tr>
{% for r in rates %}<tr><td>{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td>Total base</td><td class="r" colspan="2">{{ net }}</td></tr><tr><td>Total cuota IVA</td><td class="r" colspan="2">{{ tax }}</td></tr></table><hr>
<div class="c" style="margin-top:3px">{{ qr|safe }}</div><div class="c">QR tributario · VERI*FACTU</div><div class="c">Huella: {{ huella }}</div>
<div class="c" style="margin-top:3px">¡Gracias por su visita!</div><div class="c">No se admiten devoluciones sin ticket</div>
</body></html>"""


@style("03", "es_vll_valladolid_factura_simplificada_iva_21_10_till_80mm")
def s03(rng, i):
    vname, trade, vaddr, cat = VA_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [4, 3, 5, 3][i], D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate_gross(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    vid = valid(rng, lambda: "B47" + digits(rng, 5) + str(rng.randint(0, 9)), cif.is_valid)
    bnif = valid(rng, lambda: "B" + digits(rng, 7) + str(rng.randint(0, 9)), cif.is_valid)
    full = i in (1, 3)
    caja = rng.randint(1, 3)
    no = [f"T{caja}-{d.year}-{rng.randint(1000, 99999):06d}", f"F{d.strftime('%y')}/{rng.randint(100, 9999)}", f"{caja}/{rng.randint(10000, 99999)}", f"FC-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    cash = i in (0, 2)
    given = (total // 5 + 1) * 5 if cash else None
    ctx = dict(
        h=150 + 6 * len(items) + (10 if full else 0), trade=trade, vname=vname, vaddr=vaddr, vid=vid, tel=digits(rng, 6), title="FACTURA" if full else "FACTURA SIMPLIFICADA",
        no=no, d=fd(d), tm=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", caja=caja, op=rng.choice(["Marta", "Jorge", "Lucía", "Dependiente 2"]),
        bname=["", "Reformas Castilla S.L.", "", "AMPA Colegio Lourdes"][i], bnif=bnif,
        items=[{"q": qstr(x["qty"]), "d": x["desc"], "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        total=de(total), pay="Efectivo" if cash else "Tarjeta ****" + digits(rng, 4), given=de(given) if cash else None, change=de(given - total) if cash else None,
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t, _ in rates], net=de(net), tax=de(tax), qr=qr_svg(rng, 20),
        huella="".join(rng.choice("0123456789ABCDEF") for _ in range(16)),
    )
    notes = (
        f"Valladolid (Castilla y León, Spain) {ctx['title']} on an 80 mm TILL ROLL in Spanish, monospace, prices INCLUDING IVA ("
        + " / ".join(f"{r} %" for r, *_ in rates) + "), a per-rate IVA table below the total, '1.234,56 €': "
        f"vendor = the company line under the trading name '{trade}' (the legal name); vendor_tax_id = 'NIF' under the address"
        + (" (the customer's 'NIF cliente', the card digits, the VERI*FACTU hash are decoys)" if full else " (the till number and the VERI*FACTU hash are decoys)")
        + ". invoice_number = 'Nº'; invoice_date = 'Fecha'. No due date (paid at the till, null). No PO. "
        "subtotal = 'Total base'; tax = 'Total cuota IVA'; total = 'TOTAL (IVA incl.)'" + (" (cash given 'Entregado' and change 'Cambio' are decoys)" if cash else "")
        + ". Currency EUR. Line items: every row, amounts IVA-inclusive; they sum to the total."
    )
    t = truth(vname, vid, no, None, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL (IVA incl.)", "Total cuota IVA", bnif if full else None, ctx["huella"]]}
    return t, chk, (VA_HTML, ctx)
