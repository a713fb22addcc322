"""Chromium (HTML) styles for set 26, first part (01 Port Sudan customs-clearing and haulage company's فاتورة ضريبية in
Arabic, right to left, with the totals box at the top above the rows and VAT 17 % in Sudanese pounds, 02 Kabul
guesthouse's صورتحساب in Dari, right to left, dated in the Afghan Solar Hijri calendar with the Gregorian date beside
it, the business receipts tax (BRT) 5 % in whole afghanis and a guest register, 03 Eilat air-conditioning contractor's
חשבונית מס / קבלה in Hebrew, right to left, with VAT at 0 % under Eilat's free-trade-zone law and a payments block)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import af_date
from kit_common import due_note, po_note, truth
from invoice_kit import digits, en, exact_price, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import html_head
from stdnum.il import hp as _hp

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Port Sudan clearing and haulage (VAT 17 %, SDG), totals box at the top
SD_V = [
    ("شركة ساحل البحر للتخليص والترحيل المحدودة", "بورتسودان - حي ترانزيت، شارع الميناء الجنوبي", "#0b4f6c"),
    ("مؤسسة سواكن للخدمات البحرية والتخليص", "بورتسودان - حي المطار، مربع 4", "#7c2d12"),
    ("شركة النيلين للشحن والتخليص الجمركي", "بورتسودان - السوق الكبير، عمارة الشيخ", "#14532d"),
    ("شركة الشرق للنقل البري والتخليص", "بورتسودان - الميناء الشمالي، المنطقة الصناعية", "#4c1d95"),
]
SD_B = [
    ("شركة سكر كنانة المحدودة", "كنانة - ولاية النيل الأبيض"),
    ("مطاحن سيقا للدقيق", "بورتسودان - المنطقة الصناعية"),
    ("شركة الجزيرة للأدوية", "مدني - ولاية الجزيرة"),
    ("مصنع كسلا للزيوت النباتية", "كسلا - المنطقة الصناعية"),
]
SD_ROWS = [
    ("تخليص جمركي - حاوية 40 قدم", "حاوية", 1, 6, 180000, 420000),
    ("تخليص جمركي - حاوية 20 قدم", "حاوية", 1, 8, 120000, 260000),
    ("ترحيل من الميناء إلى المستودع", "رحلة", 1, 8, 350000, 1200000),
    ("رسوم أرضيات وتخزين", "يوم", 2, 14, 25000, 60000),
    ("مناولة وتفريغ", "حاوية", 1, 8, 45000, 90000),
    ("تحضير المستندات والإقرار الجمركي", "مجموعة", 1, 1, 60000, 150000),
    ("فحص وتفتيش الحاويات", "حاوية", 1, 6, 30000, 70000),
]


@style("01", "sd_port_sudan_takhlees_vat_17_totals_top")
def s01(rng, i):
    vname, vaddr, color = SD_V[i]
    bname, baddr = SD_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SD_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo // 500, hi // 500) * 500)})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.17"))
    total = net + tax
    adv = q2(total * D(rng.choice(["0.25", "0.30", "0.50"])) / 1000) * 1000 if i in (0, 2) else None
    tin = digits(rng, 9, True)
    no = [
        f"{rng.randint(1000, 9999)}",
        f"{d.year}/{rng.randint(100, 999)}",
        f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}",
        f"{rng.randint(100000, 199999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%Y/%m/%d"),
        lambda x: x.strftime("%d-%m-%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
    ][i]
    due = [None, d + dt.timedelta(days=15), None, d + dt.timedelta(days=30)][i]
    po = [None, f"{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(4500, 4599)}{digits(rng, 4)}"][i]
    po_label = ["", "رقم أمر العمل", "", "رقم أمر الشراء"][i]
    bl = f"{rng.choice(['MEDU', 'MSCU', 'CMAU', 'HLCU'])}{digits(rng, 7)}"
    decl = f"{rng.randint(10000, 99999)}/{d.year}"
    html = (
        html_head(margin="12mm 13mm", fs="9pt").replace("<html>", '<html dir="rtl" lang="ar">')
        + """
<div style="background:{{ color }};color:#fff;padding:8px 12px"><div style="font-size:16pt" class="b">{{ v_name }}</div><div>{{ v_addr }} · هاتف <span dir="ltr">+249 {{ tel }}</span> · الرقم الضريبي (TIN): <b dir="ltr">{{ tin }}</b></div></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top"><div style="font-size:15pt" class="b">فاتورة ضريبية</div>
<table style="margin-top:4px">{% for k, v in meta %}<tr><td style="color:#555;padding:2px 0 2px 14px">{{ k }}</td><td class="b" dir="ltr" style="text-align:right">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:8px"><span class="small">العميل:</span> <b>{{ b_name }}</b><br>{{ b_addr }}<br>الرقم الضريبي للعميل: <span dir="ltr">{{ b_tin }}</span></div></td>
<td style="vertical-align:top"><table style="width:100%;border:2px solid {{ color }}"><tr><td colspan="2" style="background:#eef;padding:4px 8px" class="b">ملخص الفاتورة (جنيه سوداني)</td></tr>
{% for k, v, b in tot %}<tr{% if b %} style="border-top:1.5px solid #222"{% endif %}><td style="padding:3px 8px"{% if b %} class="b"{% endif %}>{{ k }}</td><td style="padding:3px 8px;text-align:left" class="{% if b %}b{% endif %}" dir="ltr">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px" class="small">بوليصة الشحن: <span dir="ltr">{{ bl }}</span> · رقم الإقرار الجمركي: <span dir="ltr">{{ decl }}</span> · الباخرة: {{ ship }}</div>
<table class="it" style="border:1px solid #555"><tr style="background:#ddd"><th style="border:1px solid #555">م</th><th style="border:1px solid #555;text-align:right">البيان</th><th style="border:1px solid #555">الوحدة</th><th style="border:1px solid #555">الكمية</th><th style="border:1px solid #555">سعر الوحدة</th><th style="border:1px solid #555">المبلغ</th></tr>
{% for it in items %}<tr><td class="c" style="border:1px solid #555">{{ loop.index }}</td><td style="border:1px solid #555">{{ it.d }}</td><td class="c" style="border:1px solid #555">{{ it.u }}</td><td class="c" style="border:1px solid #555">{{ it.q }}</td><td class="c" style="border:1px solid #555">{{ it.p }}</td><td class="c" style="border:1px solid #555">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px" class="small">ضريبة القيمة المضافة بنسبة 17% وفق قانون ضريبة القيمة المضافة لسنة 1999 - ديوان الضرائب. {{ term }}يتم السداد بتحويل إلى {{ bank }} حساب رقم <span dir="ltr">{{ acct }}</span>.</div>
<table style="width:100%;margin-top:30px" class="small"><tr><td>المحاسب: ____________</td><td style="text-align:left">الختم والتوقيع: ____________</td></tr></table>
</body></html>"""
    )
    meta = [("رقم الفاتورة", no), ("التاريخ", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("تاريخ الاستحقاق", fd(due)))
    tot = [
        ("المجموع قبل الضريبة", en(net), False),
        ("ضريبة القيمة المضافة 17%", en(tax), False),
        ("المجموع الكلي شامل الضريبة", en(total), True),
    ]
    if adv:
        tot += [("دفعة مقدمة مستلمة", "-" + en(adv), False), ("الرصيد المستحق", en(total - adv), False)]
    term = "الدفع خلال 15 يوماً من تاريخ الفاتورة. " if i == 1 else ""
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"{rng.randint(91, 99)} {digits(rng, 3)} {digits(rng, 4)}",
        tin=tin,
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        b_tin=digits(rng, 9, True),
        tot=tot,
        bl=bl,
        decl=decl,
        ship=rng.choice(["MSC ALICE", "CMA CGM TAGE", "HAPAG JEDDAH", "EVER URBAN"]),
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])}
            for x in items
        ],
        term=term,
        bank=rng.choice(["بنك الخرطوم - فرع بورتسودان", "بنك فيصل الإسلامي السوداني", "بنك النيل"]),
        acct=digits(rng, 13, True),
    )
    notes = (
        "Port Sudan customs-clearing and haulage company's فاتورة ضريبية (tax invoice) in Arabic, right to left, with the totals box ('ملخص الفاتورة') at the top, beside the invoice data and above the rows, a fully ruled table and VAT 17 % (Sudan's standard rate) in Sudanese pounds: vendor = the company name in the coloured band; vendor tax id = 'الرقم الضريبي (TIN)' (9 digits, shape unverified); the customer's tax number, the bill of lading, the customs declaration number and the bank account are decoys. "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' ("
        + ["dd/mm/yyyy", "yyyy/mm/dd", "dd-mm-yyyy", "dd.mm.yyyy"][i]
        + "). "
        + due_note(due, "", "تاريخ الاستحقاق")
        + po_note(po, po_label)
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'ضريبة القيمة المضافة 17%'; total = 'المجموع الكلي شامل الضريبة'"
        + (
            "; the advance received ('دفعة مقدمة مستلمة') and the balance ('الرصيد المستحق') below it are decoys"
            if adv
            else ""
        )
        + ". Currency SDG. Amounts '1,234,500.00'. Line items: every row of the table (quantity = containers, trips, days, 1)."
    )
    t = truth(vname, tin, no, po, d, due, "SDG", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, tin, no, po, vname, "المجموع الكلي شامل الضريبة"], (html, ctx)


# =========================================================================== 02 Kabul guesthouse (BRT 5 %, AFN whole), Solar Hijri date with the Gregorian beside it, guest register
AF_V = [
    ("مهمانخانه شهرنو کابل", "شهرنو، سرک چهارم، ناحیه دهم، کابل", "#1d4ed8"),
    ("مهمانخانه باغ بابر", "کارته سه، جوار باغ بابر، ناحیه ششم، کابل", "#15803d"),
    ("هوتل و مهمانخانه آریانا هرات", "سرک بانک خون، شهر هرات", "#b45309"),
    ("مهمانخانه وزیر اکبرخان", "وزیر اکبرخان، سرک پانزدهم، کابل", "#6d28d9"),
]
AF_B = [
    ("دفتر سازمان همکاری‌های صحی افغانستان", "کارته پروان، کابل"),
    ("انجمن حمایت از معارف روستایی", "مکرویان سوم، کابل"),
    ("دفتر منطقوی پروژه آب آشامیدنی", "جاده ولایت، هرات"),
    ("مؤسسه خدمات انکشافی کوهستان", "تایمنی، کابل"),
]
AF_NAMES = [
    "احمد ولی",
    "نجیب‌الله",
    "فرشته",
    "محمد عارف",
    "زرغونه",
    "عبدالرحیم",
    "مریم",
    "شفیق‌الله",
    "نسرین",
    "حمیدالله",
]


@style("02", "af_kabul_mehmankhana_brt_hijri_shamsi")
def s02(rng, i):
    vname, vaddr, color = AF_V[i]
    bname, baddr = AF_B[i]
    d = rand_date(rng)
    guests = rng.sample(AF_NAMES, rng.randint(2, 4))
    stays = []
    for g in guests:
        n = rng.randint(2, 9)
        cin = d - dt.timedelta(days=n + rng.randint(0, 4))
        stays.append((g, cin, cin + dt.timedelta(days=n), n))
    nights = sum(s[3] for s in stays)
    items = [
        {
            "desc": "اتاق یک‌نفره با صبحانه (شب)",
            "unit": "شب",
            "qty": D(nights),
            "price": D(rng.choice([2800, 3200, 3500, 4200, 4800])),
        }
    ]
    extra = [
        ("غذای چاشت و شام (نفر/وعده)", "وعده", 4, 40, 350, 700),
        ("ترانسپورت میدان هوایی", "سفر", 1, 6, 1500, 3000),
        ("لباسشویی", "دانه", 5, 40, 60, 150),
        ("سالون جلسات (روز)", "روز", 1, 3, 6000, 12000),
        ("انترنت و کارت سیم", "بسته", 1, 6, 500, 1200),
    ]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(extra, rng.randint(2, 4)):
        items.append(
            {
                "desc": desc,
                "unit": unit,
                "qty": D(rng.randint(qlo, qhi)),
                "price": D(rng.randint(lo // 10, hi // 10) * 10),
            }
        )
    for x in items:
        x["amount"] = x["qty"] * x["price"]
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.05"))
    total = net + tax
    tin = digits(rng, 10, True)
    no = [
        f"{rng.randint(100, 999)}",
        f"{rng.randint(1400, 1405)}/{rng.randint(10, 999)}",
        f"{rng.randint(1000, 4999)}",
        f"{rng.randint(10, 99)}/{rng.randint(100, 999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%Y-%m-%d"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%Y/%m/%d"),
    ][i]
    due = [None, d + dt.timedelta(days=10), None, d + dt.timedelta(days=30)][i]
    po = [f"{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}", None][i]
    po_label = ["شماره درخواست خرید", "", "شماره قرارداد", ""][i]
    html = (
        html_head(margin="13mm 14mm", fs="9pt").replace("<html>", '<html dir="rtl" lang="fa-AF">')
        + """
<table style="width:100%;border-bottom:3px double {{ color }}"><tr><td style="vertical-align:top"><div style="font-size:17pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}</div>
<div class="small">جواز فعالیت وزارت اطلاعات و فرهنگ: <span dir="ltr">{{ lic }}</span> · نمبر تشخیصیه مالیه دهنده (TIN): <b dir="ltr">{{ tin }}</b></div></td>
<td style="text-align:left;vertical-align:top;width:34%"><div style="font-size:15pt" class="b">صورتحساب</div>
<table style="margin-right:auto">{% for k, v in meta %}<tr><td style="color:#555;padding:1px 0 1px 10px">{{ k }}</td><td class="b" dir="ltr" style="text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px"><span class="small">بنام:</span> <b>{{ b_name }}</b> · {{ b_addr }}</div>
<table class="it"><tr style="border-top:1.5px solid #333;border-bottom:1.5px solid #333;background:#f3f4f6"><th style="text-align:right">شرح خدمات</th><th>واحد</th><th>تعداد</th><th>قیمت فی واحد</th><th>مبلغ (افغانی)</th></tr>
{% for it in items %}<tr style="border-bottom:1px dotted #999"><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="c">{{ it.q }}</td><td class="c">{{ it.p }}</td><td class="c">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px auto 0 0;min-width:300px">{% for k, v, b in tot %}<tr{% if b %} style="border-top:2px solid #222;background:#f3f4f6"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="{% if b %}b{% endif %}" style="padding:3px 10px;text-align:left" dir="ltr">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:14px;page-break-inside:avoid"><b>فهرست مهمانان</b>
<table style="margin-top:4px;border:1px solid #999">{% for g in guests %}<tr><td style="padding:2px 10px">{{ g.n }}</td><td style="padding:2px 10px">ورود <span dir="ltr">{{ g.i }}</span></td><td style="padding:2px 10px">خروج <span dir="ltr">{{ g.o }}</span></td><td style="padding:2px 10px">{{ g.k }} شب</td></tr>{% endfor %}</table></div>
<div style="margin-top:12px" class="small">مالیات بر عواید انتفاعی (BRT) مطابق قانون مالیات بر عایدات. {{ term }}پرداخت نقداً به افغانی یا به حساب بانکی {{ bank }} نمبر <span dir="ltr">{{ acct }}</span>.</div>
</body></html>"""
    )
    meta = [("شماره", no), ("تاریخ", af_date(d)), ("تاریخ میلادی", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("مهلت پرداخت", fd(due)))
    af = lambda x: en(x, 0)  # noqa: E731
    tot = [
        ("جمع مبلغ خدمات", af(net), False),
        ("مالیات انتفاعی (BRT) ۵٪", af(tax), False),
        ("مبلغ قابل پرداخت (افغانی)", af(total), True),
    ]
    term = "مهلت پرداخت ده روز. " if i == 1 else ""
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        lic=f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        tin=tin,
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": af(x["price"]), "a": af(x["amount"])}
            for x in items
        ],
        tot=tot,
        guests=[{"n": g, "i": c.strftime("%d/%m"), "o": o.strftime("%d/%m"), "k": k} for g, c, o, k in stays],
        term=term,
        bank=rng.choice(["عزیزی بانک", "بانک ملی افغان", "افغانستان بین‌المللی بانک"]),
        acct=digits(rng, 12, True),
    )
    notes = (
        "Kabul (or Herat) guesthouse's صورتحساب in Dari, right to left, dated in the Afghan Solar Hijri calendar with the Dari month names ('14 حمل 1405') and the Gregorian date beside it ('تاریخ میلادی'), a guest register below the totals and the business receipts tax (BRT) at 5 % (the guesthouse rate above AFN 750,000 a quarter) in whole afghanis: vendor = the guesthouse's name at the top; vendor tax id = 'نمبر تشخیصیه مالیه دهنده (TIN)' (10 digits, shape unverified); the licence number and the bank account are decoys. "
        "invoice_number = 'شماره'; invoice_date = the Gregorian 'تاریخ میلادی' ("
        + ["yyyy-mm-dd", "dd/mm/yyyy", "dd.mm.yyyy", "yyyy/mm/dd"][i]
        + "), the same day as the Solar Hijri 'تاریخ'; the guests' arrival and departure days are decoys. "
        + due_note(due, "", "مهلت پرداخت")
        + po_note(po, po_label)
        + "subtotal = 'جمع مبلغ خدمات'; tax = 'مالیات انتفاعی (BRT) ۵٪'; total = 'مبلغ قابل پرداخت (افغانی)'. Currency AFN. Amounts whole '123,450'. Line items: every row (quantity = nights, meals, trips, pieces, days, bundles)."
    )
    t = truth(vname, tin, no, po, d, due, "AFN", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, tin, no, po, vname, "مبلغ قابل پرداخت"], (html, ctx)


# =========================================================================== 03 Eilat air-conditioning contractor (VAT 0 % in Eilat, ILS), tax invoice / receipt with payments
IL_V = [
    ('מיזוג אילת בע"מ', "רח' המלאכה 12, אזור התעשייה, אילת", "#0e7490"),
    ('קור ים סוף שירותי מיזוג בע"מ', "שד' התמרים 45, אילת", "#b91c1c"),
    ('א.ש. אלמוג מערכות קירור בע"מ', "רח' הסתת 8, אילת", "#166534"),
    ('ערבה טכנולוגיות מיזוג בע"מ', "רח' אילות 3, אזור התעשייה, אילת", "#7c3aed"),
]
IL_B = [
    ('מלון חוף האלמוגים בע"מ', "דרך מצרים, אילת"),
    ('קניון הים האדום אילת בע"מ', "שד' התמרים, אילת"),
    ("עיריית אילת - אגף מבני ציבור", "שד' חטיבת הנגב 1, אילת"),
    ('מרכז צלילה אילת בע"מ', "דרך מצרים, חוף אלמוג, אילת"),
]
IL_ROWS = [
    ('החלפת מדחס ליחידת מיזוג 5 כ"ס', "יח'", 1, 3, "2800", "5200"),
    ("טעינת גז R410A", 'ק"ג', 2, 20, "85", "140"),
    ("ניקוי וחיטוי מזגנים מפוצלים", "יח'", 4, 40, "120", "220"),
    ("החלפת מנוע מפוח ביחידה פנימית", "יח'", 1, 6, "650", "1100"),
    ("שעות עבודה טכנאי", "שעה", 2, 24, "180", "260"),
    ("החלפת כרטיס פיקוד", "יח'", 1, 4, "450", "900"),
    ("תחזוקה חודשית - מערכת מרכזית", "חודש", 1, 3, "1800", "4200"),
]


@style("03", "il_eilat_heshbonit_mas_kabala_ptor_maam")
def s03(rng, i):
    vname, vaddr, color = IL_V[i]
    bname, baddr = IL_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(IL_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = D("0.00")
    total = net
    hp = valid(rng, lambda: "51" + digits(rng, 7), _hp.is_valid)
    no = [
        f"{rng.randint(10000, 39999)}",
        f"{rng.randint(1000, 9999)}",
        f"{d.year}{rng.randint(100, 999)}",
        f"{rng.randint(200, 899)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%d/%m/%y"),
        lambda x: x.strftime("%Y-%m-%d"),
    ][i]
    due = [None, d + dt.timedelta(days=30), d + dt.timedelta(days=60), None][i]
    po = [None, f"{rng.randint(4500, 4599)}{digits(rng, 4)}", f"{rng.randint(100, 999)}/{d.year}", None][i]
    po_label = ["", "הזמנת רכש מס'", "הזמנת עבודה מס'", ""][i]
    cheques = [] if i == 1 else [rng.choice(["העברה בנקאית", "שיק", "כרטיס אשראי"])]
    html = (
        html_head(margin="13mm 14mm", fs="9.2pt").replace("<html>", '<html dir="rtl" lang="he">')
        + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:17pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }} · טל' <span dir="ltr">08-{{ tel }}</span></div>
<div>ח.פ. / עוסק מורשה: <b dir="ltr">{{ hp }}</b> · עוסק תושב אזור אילת</div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:15pt;border-bottom:3px solid {{ color }};display:inline-block" class="b">{{ title }}</div><div class="small">מקור</div></td></tr></table>
<table style="width:100%;margin-top:12px;border-top:1px solid #bbb;border-bottom:1px solid #bbb"><tr><td style="width:50%;vertical-align:top;padding:6px 0"><div class="small">לכבוד</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>ח.פ. לקוח: <span dir="ltr">{{ b_hp }}</span></td>
<td style="vertical-align:top;padding:6px 0"><table>{% for k, v in meta %}<tr><td style="color:#555;padding:1px 0 1px 14px">{{ k }}</td><td class="b" dir="ltr" style="text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="color:{{ color }};border-bottom:2px solid {{ color }}"><th style="text-align:right">תיאור</th><th>יחידה</th><th>כמות</th><th>מחיר ליחידה</th><th>סה"כ</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #eee"><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="c">{{ it.q }}</td><td class="c" dir="ltr">{{ it.p }}</td><td class="c" dir="ltr">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px auto 0 0;min-width:280px">{% for k, v, b in tot %}<tr{% if b %} style="border-top:2px solid #222"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="{% if b %}b{% endif %}" style="padding:3px 10px;text-align:left" dir="ltr">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:8px" class="small">עסקה פטורה ממע"מ (מע"מ בשיעור אפס) לפי חוק אזור סחר חופשי באילת (פטורים והנחות ממיסים), התשמ"ה-1985: השירות ניתן באזור אילת לעוסק תושב האזור.</div>
{% if pays %}<div style="margin-top:12px;page-break-inside:avoid"><b>קבלה - פרטי תשלום</b>
<table style="margin-top:4px;border:1px solid #999;min-width:60%"><tr style="background:#f1f5f9"><th style="padding:2px 8px">אמצעי תשלום</th><th style="padding:2px 8px">בנק / מס' אסמכתא</th><th style="padding:2px 8px">תאריך</th><th style="padding:2px 8px">סכום</th></tr>
{% for p in pays %}<tr><td style="padding:2px 8px">{{ p.m }}</td><td style="padding:2px 8px" dir="ltr">{{ p.r }}</td><td style="padding:2px 8px" dir="ltr">{{ p.d }}</td><td style="padding:2px 8px" dir="ltr">{{ p.a }}</td></tr>{% endfor %}</table></div>{% endif %}
<div style="margin-top:26px" class="small">{{ term }}המסמך הופק בתוכנה ממוחשבת. חתימה: ____________</div>
</body></html>"""
    )
    meta = [("מספר", no), ("תאריך", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("תאריך פירעון", fd(due)))
    tot = [
        ('סה"כ לפני מע"מ', en(net), False),
        ('מע"מ 0% (אזור אילת)', en(tax), False),
        ('סה"כ לתשלום ₪', en(total), True),
    ]
    title = "חשבונית מס" if i == 1 else "חשבונית מס / קבלה"
    term = ""
    pay_date = d + dt.timedelta(days=rng.randint(0, 3))
    pays = [
        {
            "m": m,
            "r": f"{rng.choice(['12', '10', '20'])}-{rng.randint(100, 999)} / {digits(rng, 6, True)}",
            "d": pay_date.strftime("%d/%m/%Y"),
            "a": en(total),
        }
        for m in cheques
    ]
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=digits(rng, 7, True),
        hp=hp,
        title=title,
        b_name=bname,
        b_addr=baddr,
        b_hp=valid(rng, lambda: "5" + digits(rng, 8), _hp.is_valid),
        meta=meta,
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])}
            for x in items
        ],
        tot=tot,
        pays=pays,
        term=term,
    )
    notes = (
        "Eilat air-conditioning contractor's "
        + (
            "חשבונית מס (tax invoice)"
            if i == 1
            else "חשבונית מס / קבלה (tax invoice and receipt, with the payment block 'קבלה - פרטי תשלום')"
        )
        + " in Hebrew, right to left, with VAT at 0 % under the Eilat free-trade-zone law (a service given in Eilat to an Eilat dealer): vendor = the company name at the top right; vendor tax id = 'ח.פ. / עוסק מורשה' (9 digits, valid under python-stdnum il.hp); the customer's ח.פ. is a decoy. "
        "invoice_number = 'מספר'; invoice_date = 'תאריך' ("
        + ["dd/mm/yyyy", "dd.mm.yyyy", "dd/mm/yy", "yyyy-mm-dd"][i]
        + ")"
        + ("; the payment's date and reference in the receipt block are decoys" if pays else "")
        + ". "
        + due_note(due, "", "תאריך פירעון")
        + po_note(po, po_label)
        + "subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 0% (אזור אילת)' = 0.00 as printed; total = 'סה\"כ לתשלום ₪'. Currency ILS. Amounts '1,234.50'. Line items: every row (quantity = units, kg, hours, months)."
    )
    t = truth(vname, hp, no, po, d, due, "ILS", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, hp, no, po, 'סה"כ לתשלום'], (html, ctx)
