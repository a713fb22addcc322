"""Chromium (HTML) styles for set 39, first part (01 Jeddah air-conditioning supplier's فاتورة ضريبية in Arabic RIGHT TO
LEFT with VAT 15 %, the Hijri date beside the Gregorian one and, on two, a discount on the rows' sum, 02 Haifa office
supplier's חשבונית מס in Hebrew RIGHT TO LEFT with the TOTALS AT THE TOP above a table without rules, a discount per row
and VAT 18 %, 03 Osh building-materials dealer's ЭСЕП-ФАКТУРА in Kyrgyz with a coloured SIDEBAR and ККС 12 %)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import hijri, ky_date
from invoice_kit import css, digits, en, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth, valid_id
from stdnum.il import hp

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Jeddah (VAT 15 %, SAR), right to left, Hijri date, discount on two
JD_V = [
    ("شركة نسيم البحر للتكييف والتبريد", "حي الروضة، شارع الأمير سلطان، جدة 23435", "#0f766e"),
    ("مؤسسة ركن الحجاز لقطع غيار المكيفات", "حي الصفا، شارع التحلية، جدة 23453", "#1e40af"),
    ("شركة أبحر للتقنيات الهندسية", "حي أبحر الشمالية، طريق الملك عبدالعزيز، جدة 23816", "#9a3412"),
    ("مؤسسة البلد للتبريد المركزي", "حي البلد، شارع قابل، جدة 22234", "#6b21a8"),
]
JD_B = [
    ("فندق كورنيش جدة", "حي الشاطئ، طريق الكورنيش، جدة"),
    ("مستشفى الحمراء التخصصي", "حي الحمراء، شارع فلسطين، جدة"),
    ("مدارس الفيصلية الأهلية", "حي الفيصلية، جدة"),
    ("شركة مخازن الميناء للتبريد", "ميناء جدة الإسلامي، جدة"),
]
JD_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi) in SAR
    ("مكيف سبليت 24000 وحدة", "جهاز", 1, 12, 2150, 3900),
    ("مكيف شباك 18000 وحدة", "جهاز", 1, 10, 1150, 1980),
    ("ضاغط روتاري 2 طن", "قطعة", 1, 6, 690, 1450),
    ("غاز فريون R410A أسطوانة 11 كجم", "أسطوانة", 1, 20, 240, 420),
    ("مروحة مكثف 220 فولت", "قطعة", 1, 15, 160, 390),
    ("أنابيب نحاس 3/8 بوصة", "متر", 10, 200, 18, 34),
    ("عازل حراري للأنابيب", "متر", 10, 200, 4, 11),
    ("فلتر هواء قابل للغسل", "قطعة", 5, 80, 15, 45),
    ("ثرموستات رقمي", "قطعة", 1, 30, 85, 260),
    ("صيانة دورية لوحدة تكييف", "خدمة", 1, 40, 95, 250),
    ("تنظيف مجاري الهواء", "متر", 20, 300, 12, 25),
    ("أجور تركيب", "جهاز", 1, 12, 150, 450),
    ("قاطع كهربائي 32 أمبير", "قطعة", 1, 20, 45, 120),
    ("لوحة تحكم للتكييف المركزي", "قطعة", 1, 3, 1800, 5200),
]
JD_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:10px;border-collapse:collapse} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.8pt;text-align:right;border:1px solid {{ color }}} table.it td{padding:4px;border:1px solid #bbb;font-size:8.3pt} td.n{text-align:left;direction:ltr;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · جوال <span dir="ltr">+966 5{{ tel }}</span><br>السجل التجاري <span dir="ltr">{{ cr }}</span> · الرقم الضريبي <span dir="ltr">{{ vid }}</span></div></td>
<td style="vertical-align:top;text-align:left;width:30mm">{{ qr|safe }}</td></tr></table>
<div style="text-align:center;font-size:15pt;font-weight:bold;margin-top:6px;border-top:2px solid {{ color }};border-bottom:2px solid {{ color }};padding:3px">فاتورة ضريبية</div>
<table style="width:100%;margin-top:8px;font-size:8.5pt"><tr><td style="width:52%;vertical-align:top"><div class="small">العميل</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">الرقم الضريبي للعميل: <span dir="ltr">{{ bid }}</span> · رقم العميل {{ cust }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:30mm">{{ k }}</span> <b dir="ltr">{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>م</th><th>الوصف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>المبلغ الخاضع للضريبة</th><th>نسبة الضريبة</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td><td class="n">15%</td></tr>{% endfor %}</table>
<table style="margin-top:10px;margin-right:auto;font-size:9pt;border-collapse:collapse">
{% if disc %}<tr><td style="padding:3px 10px">المجموع</td><td class="n">{{ gross }} ر.س</td></tr><tr><td style="padding:3px 10px">خصم {{ dpct }}%</td><td class="n">-{{ disc }} ر.س</td></tr>{% endif %}
<tr><td style="padding:3px 10px">الإجمالي غير شامل ضريبة القيمة المضافة</td><td class="n">{{ net }} ر.س</td></tr>
<tr><td style="padding:3px 10px">مجموع ضريبة القيمة المضافة 15%</td><td class="n">{{ tax }} ر.س</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">إجمالي المبلغ المستحق</td><td class="n" style="border-top:2px solid {{ color }}">{{ total }} ر.س</td></tr></table>
<div style="margin-top:12px;font-size:8.2pt">{{ pay }}<br>{{ bank }} · الآيبان <span dir="ltr">{{ iban }}</span></div>
<table style="width:100%;margin-top:26px;font-size:8pt"><tr><td>المستلم: ______________</td><td>الختم والتوقيع: ______________</td><td class="small" style="text-align:left">الصفحة 1 من 1</td></tr></table>
</body></html>"""


@style("01", "sa_jed_jeddah_fatura_dariba_15_hijri")
def s01(rng, i):
    vname, vaddr, color = JD_V[i]
    bname, baddr = JD_B[i]
    d = rand_date(rng)
    items = lines(
        rng, JD_ROWS, [rng.randint(1, 3), rng.randint(4, 9), rng.randint(8, 14), rng.randint(2, 6)][i], D("0.25")
    )
    gross = sum(x["amount"] for x in items)
    dpct = D(rng.choice([3, 5, 7, 10])) if i in (1, 2) else None
    disc = q2(gross * dpct / 100) if dpct else D(0)
    net = gross - disc
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = "3" + digits(rng, 9) + "00003"
    no = [
        f"INV-{d.year}-{rng.randint(1, 9999):05d}",
        f"{rng.randint(10000, 99999)}",
        f"JED/{d.strftime('%y')}/{rng.randint(100, 9999)}",
        f"SI{rng.randint(100000, 999999)}",
    ][i]
    fd = [
        lambda x: x.isoformat(),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%Y/%m/%d"),
        lambda x: x.strftime("%d-%m-%Y"),
    ][i]
    hy, hm, hd = hijri(d)
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (1, 2) else None
    term = None if due else ["نقداً", None, None, "الدفع عند الاستلام"][i]
    po = [
        None,
        f"PO-{rng.randint(10000, 99999)}",
        f"{rng.randint(1000, 9999)}/{d.year}",
        f"{rng.randint(100000, 999999)}",
    ][i]
    dn = f"DN-{rng.randint(1000, 99999)}"
    head = [("تاريخ الفاتورة", fd(d)), ("الموافق", f"{hy}/{hm:02d}/{hd:02d} هـ"), ("رقم الفاتورة", no)]
    if due:
        head.append(("تاريخ الاستحقاق", fd(due)))
    if po:
        head.append(("رقم أمر الشراء", po))
    if i != 0:
        head.append(("رقم سند التسليم", dn))
    contract = f"ع-{rng.randint(100, 999)}/{d.year - 1}" if i == 3 else None
    if contract:
        head.append(("عقد الصيانة", contract))
    m = en
    bank, bcode = rng.choice(
        [("مصرف الراجحي", "80"), ("البنك الأهلي السعودي", "10"), ("بنك الرياض", "20"), ("البنك العربي الوطني", "30")]
    )
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        cr=f"4030{digits(rng, 6)}",
        vid=vid,
        qr=qr_svg(rng, 26),
        bname=bname,
        baddr=baddr,
        bid="3" + digits(rng, 9) + "00003",
        cust=f"C-{rng.randint(1000, 9999)}",
        head=head,
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])}
            for x in items
        ],
        disc=m(disc) if dpct else None,
        dpct=str(dpct),
        gross=m(gross),
        net=m(net),
        tax=m(tax),
        total=m(total),
        pay=(
            f"يرجى السداد في موعد أقصاه {fd(due)} بالتحويل إلى الحساب التالي:"
            if due
            else f"طريقة الدفع: {term}"
            if term
            else "يرجى السداد بالتحويل إلى الحساب التالي:"
        ),
        bank=bank,
        iban=iban_fmt(iban("SA", bcode + digits(rng, 18))),
    )
    notes = (
        "Jeddah (Saudi Arabia) air-conditioning supplier's فاتورة ضريبية in Arabic, RIGHT TO LEFT (chromium), in riyals ('1,234.50 ر.س'), VAT 15 % on every row, a fake QR code, a fully ruled table; the Gregorian date and beside it the Hijri date ('الموافق … هـ', tabular calendar)"
        + (f", and a DISCOUNT of {dpct} % on the rows' sum ('خصم') between 'المجموع' and the net" if dpct else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'الرقم الضريبي' (15 digits, 3…3; the commercial register 'السجل التجاري', the customer's VAT number and customer number, the IBAN are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الفاتورة' ("
        + ["yyyy-mm-dd", "dd/mm/yyyy", "yyyy/mm/dd", "dd-mm-yyyy"][i]
        + "); the Hijri date 'الموافق', the delivery note 'رقم سند التسليم', the maintenance contract and 'الصفحة 1 من 1' are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, "رقم أمر الشراء")
        + "subtotal = 'الإجمالي غير شامل ضريبة القيمة المضافة'"
        + (" (after the discount; 'المجموع' before it is not the subtotal)" if dpct else "")
        + "; tax = 'مجموع ضريبة القيمة المضافة 15%'; total = 'إجمالي المبلغ المستحق'. Currency SAR. Line items: every row"
        + (" (before the discount; the rows minus the discount make the subtotal)." if dpct else ".")
    )
    t = truth(vname, vid, no, po, d, due, "SAR", net, tax, total, items, notes)
    chk = {
        "printed": [
            fd(d),
            no,
            vname,
            vid,
            "إجمالي المبلغ المستحق",
            fd(due) if due else None,
            f"{hy}/{hm:02d}/{hd:02d}",
            dn if i else None,
            ctx["cr"],
        ]
    }
    if dpct:
        chk["printed"].append("-" + m(disc))
        chk["line_adjustment"] = str(-disc)
    return t, chk, (JD_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.8pt")), ctx)


# =========================================================================== 02 Haifa (VAT 18 %, ILS), right to left, totals at the top, per-row discount, no rules
HF_V = [
    ('כרמל ציוד משרדי בע"מ', "שדרות ההסתדרות 55, חיפה 2624210", "#1d4ed8"),
    ('נמל דפוס ומיתוג בע"מ', "רחוב העצמאות 40, חיפה 3303319", "#b91c1c"),
    ('מפרץ מחשבים ותקשורת בע"מ', "רחוב ההגנה 12, חיפה 3309512", "#047857"),
    ('הדר ריהוט משרדי בע"מ', "רחוב מסדה 8, חיפה 3308108", "#7c3aed"),
]
HF_B = [
    ("הטכניון - מכון טכנולוגי לישראל", "קריית הטכניון, חיפה"),
    ('רמב"ם גלובל שירותים בע"מ', "רחוב העלייה השנייה 8, חיפה"),
    ('ספנות הצפון בע"מ', "דרך העצמאות 77, חיפה"),
    ("עיריית טירת כרמל", "שדרות הרצל 2, טירת כרמל"),
]
HF_ROWS = [  # ILS
    ("נייר צילום A4, קרטון 5 חבילות", "קרטון", 1, 40, D("89"), D("139")),
    ("טונר למדפסת לייזר", "יח'", 1, 12, D("240"), D("690")),
    ("כיסא משרדי ארגונומי", "יח'", 1, 20, D("690"), D("1890")),
    ("שולחן עבודה 160x80", "יח'", 1, 10, D("890"), D("2400")),
    ("מחשב נייד 14 אינץ'", "יח'", 1, 8, D("2900"), D("5400")),
    ("מסך 27 אינץ'", "יח'", 1, 10, D("790"), D("1690")),
    ("קלסרים, ארגז 10", "ארגז", 1, 30, D("45"), D("95")),
    ("עטים כדוריים, אריזה 50", "אריזה", 1, 20, D("39"), D("79")),
    ("הדפסת כרטיסי ביקור, 500", "חבילה", 1, 15, D("120"), D("260")),
    ("רול-אפ מודפס", "יח'", 1, 6, D("240"), D("520")),
    ("התקנה והובלה", "שירות", 1, 1, D("150"), D("650")),
    ("שעת טכנאי", "שעה", 1, 12, D("180"), D("320")),
    ("מתג רשת 24 פורטים", "יח'", 1, 4, D("650"), D("1900")),
    ("כבל רשת CAT6, גליל 305 מ'", "גליל", 1, 5, D("390"), D("780")),
]
HF_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:8px;border-collapse:collapse} table.it th{text-align:right;font-size:7.8pt;color:{{ color }};padding:3px 4px} table.it td{padding:3px 4px;font-size:8.4pt} table.it tr:nth-child(even) td{background:#f5f5f5} table.it th.n{text-align:left} td.n{text-align:left;direction:ltr;white-space:nowrap}
.tot{display:flex;gap:6mm;margin-top:10px} .tot div{flex:1;border:1px solid {{ color }};padding:5px 8px;font-size:8pt} .tot b{display:block;font-size:11pt;direction:ltr;text-align:left}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · טל' <span dir="ltr">04-{{ tel }}</span> · ח.פ. / עוסק מורשה <span dir="ltr">{{ vid }}</span></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:15pt;font-weight:bold">חשבונית מס {{ copy }}</div><div>מס' <b dir="ltr">{{ no }}</b></div><div>תאריך: <b dir="ltr">{{ date }}</b></div></td></tr></table>
<div class="tot"><div>סה"כ לפני מע"מ<b>₪ {{ net }}</b></div><div>מע"מ 18%<b>₪ {{ tax }}</b></div><div style="background:{{ color }};color:#fff">סה"כ לתשלום<b>₪ {{ total }}</b></div></div>
<table style="width:100%;margin-top:10px;font-size:8.5pt"><tr><td style="width:52%;vertical-align:top"><span class="small">לכבוד</span><br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">ח.פ. לקוח <span dir="ltr">{{ bid }}</span> · מס' לקוח {{ cust }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:30mm">{{ k }}</span> <b dir="ltr">{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>מק"ט</th><th>תיאור</th><th class="n">כמות</th><th class="n">מחיר יחידה</th><th class="n">הנחה</th><th class="n">סה"כ</th></tr>
{% for it in items %}<tr><td class="n">{{ it.c }}</td><td>{{ it.d }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.r }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px;font-size:8.2pt">{{ pay }}<br>העברה בנקאית: {{ bank }} · IBAN <span dir="ltr">{{ iban }}</span></div>
<div class="small" style="margin-top:8px">מספר הקצאה: <span dir="ltr">{{ alloc }}</span> · מסמך ממוחשב · הופק ע"י {{ soft }}</div>
</body></html>"""


@style("02", "il_hfa_haifa_heshbonit_mas_18_totals_top")
def s02(rng, i):
    vname, vaddr, color = HF_V[i]
    bname, baddr = HF_B[i]
    d = rand_date(rng)
    items = lines(
        rng, HF_ROWS, [rng.randint(2, 5), rng.randint(6, 12), rng.randint(1, 3), rng.randint(8, 14)][i], D("1")
    )
    for x in items:
        x["pct"] = D(rng.choice([0, 0, 0, 5, 10, 15]))
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["pct"]) / 100)
        x["code"] = f"{rng.randint(10000, 99999)}"
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = valid_id(rng, 9, hp.is_valid, prefix="51")
    no = [
        f"{rng.randint(10000, 99999)}",
        f"{d.year}{rng.randint(1, 9999):04d}",
        f"{rng.randint(1000, 9999)}",
        f"{rng.randint(100000, 999999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%d/%m/%y"),
        lambda x: x.strftime("%d/%m/%Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (1, 3) else None
    term = None if due else ["שוטף + 30", "שולם במזומן", "שוטף + 60", None][i]
    po = [
        f"{rng.randint(4500000000, 4509999999)}",
        None,
        f"{rng.randint(1000, 9999)}",
        f"{rng.randint(1000, 9999)}/{d.strftime('%y')}",
    ][i]
    head = []
    if due:
        head.append(("תאריך פירעון", fd(due)))
    if term:
        head.append(("תנאי תשלום", term))
    if po:
        head.append(("הזמנת רכש", po))
    dn = f"{rng.randint(10000, 99999)}"
    head.append(("תעודת משלוח", dn))
    m = en
    bank, bcode = rng.choice(
        [("בנק הפועלים", "012"), ("בנק לאומי", "010"), ("בנק דיסקונט", "011"), ("בנק מזרחי טפחות", "020")]
    )
    alloc = digits(rng, 9, True)
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(800, 899)}{rng.randint(1000, 9999)}",
        vid=vid,
        copy=["מקור", "העתק", "מקור", "מקור"][i],
        no=no,
        date=fd(d),
        net=m(net),
        tax=m(tax),
        total=m(total),
        bname=bname,
        baddr=baddr,
        bid=valid_id(rng, 9, hp.is_valid, prefix="51"),
        cust=f"{rng.randint(1000, 9999)}",
        head=head,
        items=[
            {
                "c": x["code"],
                "d": x["desc"],
                "q": qstr(x["qty"]),
                "p": m(x["price"]),
                "r": f"{x['pct']}%" if x["pct"] else "",
                "a": m(x["amount"]),
            }
            for x in items
        ],
        pay=(f"לתשלום עד {fd(due)}." if due else f"תנאי תשלום: {term}."),
        bank=bank,
        iban=iban_fmt(iban("IL", bcode + f"{rng.randint(100, 999)}" + digits(rng, 13))),
        alloc=alloc,
        soft=rng.choice(["חשבשבת", "iCount", "רווחית", "Priority"]),
    )
    notes = (
        "Haifa (Israel) office supplier's חשבונית מס in Hebrew, RIGHT TO LEFT (chromium), in shekels ('₪ 1,234.50'), VAT 18 %, the TOTALS AT THE TOP in three boxes above the customer block and a striped table WITHOUT RULES, a DISCOUNT PER ROW ('הנחה' %, the row's 'סה\"כ' is after it): "
        "vendor = the name at the top; vendor_tax_id = its 'ח.פ. / עוסק מורשה' (9 digits; the customer's ח.פ., the customer number, the allocation number 'מספר הקצאה' and the IBAN are decoys). "
        "invoice_number = 'מס'' under 'חשבונית מס'; invoice_date = 'תאריך' ("
        + ["dd/mm/yyyy", "dd.mm.yyyy", "dd/mm/yy", "dd/mm/yyyy"][i]
        + "); the delivery note 'תעודת משלוח' is a decoy. "
        + due_note(due, term, "תאריך פירעון")
        + po_note(po, "הזמנת רכש")
        + "subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 18%'; total = 'סה\"כ לתשלום'. Currency ILS. Line items: every row, its amount after the row's discount."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, 'סה"כ לתשלום', fd(due) if due else None, dn, alloc]}
    return t, chk, (HF_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.8pt")), ctx)


# =========================================================================== 03 Osh (ККС 12 %, KGS), a sidebar
OS_V = [
    ("«Ош Курулуш Материалдары» ЖЧК", "Ош ш., Ленин көч., 312", "#166534"),
    ("«Сулайман-Тоо Темир» ЖЧК", "Ош ш., Масалиев көч., 45", "#92400e"),
    ("«Алай Курулуш Соода» ЖЧК", "Ош ш., Курманжан Датка көч., 210", "#1e3a8a"),
    ("«Ак-Буура Техника» ЖЧК", "Ош ш., Навои көч., 18", "#9f1239"),
]
OS_B = [
    ("«Кара-Суу Курулуш» ЖЧК", "Кара-Суу району, Ош облусу"),
    ("Өзгөн шаардык ооруканасы", "Өзгөн ш., Жалал-Абад облусу"),
    ("«Ноокат Үй Куруучу» ЖЧК", "Ноокат району, Ош облусу"),
    ("Араван району № 5 мектеп-гимназиясы", "Араван району, Ош облусу"),
]
OS_ROWS = [  # KGS
    ("Цемент М400, кап 50 кг", "кап", 10, 300, D("520"), D("690")),
    ("Кыш, кызыл, даана", "миң даана", 1, 20, D("9500"), D("14500")),
    ("Арматура 12 мм", "тонна", 1, 12, D("58000"), D("72000")),
    ("Профнастил С-20, 0,45 мм", "м²", 20, 600, D("420"), D("690")),
    ("Суу түтүгү ПВХ 110 мм, 3 м", "даана", 5, 120, D("650"), D("1150")),
    ("Шыбак аралашмасы, 25 кг", "кап", 10, 200, D("380"), D("560")),
    ("Фасад боёгу, 20 кг", "чака", 1, 40, D("3900"), D("6800")),
    ("Электр кабели ВВГ 3x2,5, 100 м", "орам", 1, 20, D("7800"), D("11900")),
    ("Такта, карагай, 50x150 мм", "м³", 1, 15, D("16500"), D("23000")),
    ("Пенопласт 50 мм, плита", "даана", 20, 400, D("180"), D("320")),
    ("Бурап бекиткич, 1000 даана", "куту", 1, 30, D("650"), D("1400")),
    ("Жеткирүү кызматы", "рейс", 1, 3, D("1500"), D("6000")),
    ("Кран кызматы", "саат", 1, 10, D("2500"), D("4500")),
    ("Күрөк, темир", "даана", 2, 40, D("350"), D("720")),
    ("Полиэтилен пленка, 100 м", "орам", 1, 20, D("3100"), D("5800")),
]
OS_HTML = """<html lang="ky"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} .side{position:absolute;left:0;top:0;bottom:0;width:55mm;background:{{ color }};color:#fff;padding:12mm 6mm;box-sizing:border-box;font-size:7.8pt;line-height:1.45} .side .l{color:#d1d5db;font-size:6.8pt;margin-top:8px}
.main{margin-left:61mm;margin-right:10mm;padding-top:12mm} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:2px solid {{ color }};font-size:7.4pt;text-align:left;padding:3px} table.it td{border-bottom:1px solid #ddd;padding:3px;font-size:8pt} td.r,th.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div><div class="l">ИНН</div>{{ vid }}<div class="l">ОКПО</div>{{ okpo }}<div class="l">Эсептешүү эсеби</div>{{ acct }}<div class="l">Банк</div>{{ bank }}<div class="l">БИК</div>{{ bik }}<div class="l">Телефон</div>+996 {{ tel }}{% if due %}<div class="l">Төлөө мөөнөтү</div><b>{{ due }}</b>{% endif %}<div class="l">Төлөнүүчү сумма</div><b style="font-size:12pt">{{ total }} сом</b></div>
<div class="main"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">ЭСЕП-ФАКТУРА № {{ no }}</div><div style="margin-top:2px">{{ dlong }}</div>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="vertical-align:top;width:55%"><span class="small">Сатып алуучу</span><br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">ИНН {{ bid }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small">{{ k }}:</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>№</th><th>Аталышы</th><th>Ченем</th><th class="r">Саны</th><th class="r">Баасы</th><th class="r">Суммасы</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:9pt"><tr><td style="padding:2px 10px">ККСсыз сумма</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">ККС 12%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:3px 10px;border-top:2px solid {{ color }}">Бардыгы ККС менен</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<div style="margin-top:10px;font-size:8pt">{{ pay }}</div>
<table style="width:100%;margin-top:22px;font-size:8pt"><tr><td>Жетекчи ________ {{ boss }}</td><td>Башкы бухгалтер ________</td><td>Алдым ________</td></tr></table>
<div class="small" style="margin-top:10px">Электрондук эсеп-фактуранын каттоо номери ЭСФ: {{ esf }}</div></div>
</body></html>"""


@style("03", "kg_osh_osh_esep_faktura_kks_12_sidebar")
def s03(rng, i):
    vname, vaddr, color = OS_V[i]
    bname, baddr = OS_B[i]
    d = rand_date(rng)
    items = lines(
        rng, OS_ROWS, [rng.randint(1, 3), rng.randint(5, 9), rng.randint(10, 15), rng.randint(3, 6)][i], D("5")
    )
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.12"))
    total = net + tax
    vid = (
        "0" + f"{rng.randint(1, 28):02d}" + f"{rng.randint(1, 12):02d}" + str(rng.randint(2000, 2022)) + digits(rng, 5)
    )
    no = [
        f"{rng.randint(100, 999)}",
        f"ОА-{rng.randint(1000, 9999)}",
        f"{d.strftime('%y')}/{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
    ][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), ky_date, lambda x: x.strftime("%d.%m.%Y"), ky_date][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15, 30])) if i in (0, 1, 3) else None
    term = None if due else "Накталай акча менен төлөнгөн"
    po = [None, f"{rng.randint(10, 99)}/{d.year}", None, f"Б-{rng.randint(100, 999)}"][i]
    cd = d - dt.timedelta(days=rng.randint(20, 200))
    contract = f"{rng.randint(1, 150)}-К"
    head = [("Келишим", f"№ {contract}, {cd.strftime('%d.%m.%Y')}")]
    if po:
        head.append(("Буйрутма №", po))
    ship = d - dt.timedelta(days=rng.randint(0, 3))
    head.append(("Жеткирүү күнү", ship.strftime("%d.%m.%Y")))
    m = sp
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        vid=vid,
        okpo=digits(rng, 8, True),
        acct="1" + digits(rng, 15),
        bank=rng.choice(["«Айыл Банк» ААК", "«Оптима Банк» ААК", "«Бакай Банк» ААК", "«РСК Банк» ААК"]),
        bik=f"1{digits(rng, 5)}",
        tel=f"(3222) {rng.randint(50, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        due=fd(due) if due else None,
        total=m(total),
        no=no,
        dlong=ky_date(d) if fd is not ky_date else fd(d),
        bname=bname,
        baddr=baddr,
        bid="0" + digits(rng, 13),
        head=head,
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])}
            for x in items
        ],
        net=m(net),
        tax=m(tax),
        pay=(f"Төлөмдү {fd(due)} чейин жогоруда көрсөтүлгөн эсепке которуңуз." if due else term + "."),
        boss=rng.choice(["Ташиев Б. А.", "Абдыкадырова Н. С.", "Мамытов Э. К.", "Осмонова Г. Т."]),
        esf=digits(rng, 12, True),
    )
    if fd is not ky_date:
        ctx["dlong"] = "Күнү: " + fd(d)
    notes = (
        "Osh (Kyrgyzstan) building-materials dealer's ЭСЕП-ФАКТУРА in Kyrgyz (Cyrillic), in soms with spaces and a decimal comma ('1 234,50'), a coloured SIDEBAR at the left with the seller's ids, bank, the due date and the amount payable, ККС (VAT) 12 % on the net: "
        "vendor = the name at the top of the sidebar; vendor_tax_id = its 'ИНН' (14 digits; the ОКПО, the account, the БИК, the buyer's ИНН and the ЭСФ registration number are decoys). "
        "invoice_number = 'ЭСЕП-ФАКТУРА №'; invoice_date = the date under the title ("
        + [
            "'Күнү: dd.mm.yyyy'",
            "Kyrgyz words ('2026-жылдын 12-марты')",
            "'Күнү: dd.mm.yyyy'",
            "Kyrgyz words ('2026-жылдын 12-марты')",
        ][i]
        + "); the contract ('Келишим') and its date, the delivery date 'Жеткирүү күнү' are decoys. "
        + due_note(due, term, "Төлөө мөөнөтү")
        + po_note(po, "Буйрутма №")
        + "subtotal = 'ККСсыз сумма'; tax = 'ККС 12%'; total = 'Бардыгы ККС менен' (= the sidebar's 'Төлөнүүчү сумма'). Currency KGS. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "KGS", net, tax, total, items, notes)
    chk = {
        "printed": [
            fd(d),
            no,
            vname,
            vid,
            "Бардыгы ККС менен",
            fd(due) if due else None,
            contract,
            ship.strftime("%d.%m.%Y"),
        ]
    }
    return t, chk, (OS_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
