"""Chromium (HTML) styles for set 5, part B (08 Israeli tax invoice RTL, 09 Bulgarian faktura BGN/EUR, 10 Vietnamese VAT
e-invoice, 13 US foodservice delivery invoice with totals on top, 14 German annual electricity bill)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import bg_words, vi_words
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    spd,
    style_registry,
    valid,
)
from stdnum.bg import vat as _bgvat
from stdnum.de import vat as _devat
from stdnum.il import hp as _ilhp
from stdnum.il import idnr as _ilid
from stdnum.vn import mst as _mst

STYLES, style = style_registry("chromium")


# =========================================================================== 08 Israeli tax invoice (Hebrew, RTL)
IL_V = [
    ('א.ש. מערכות מיזוג אוויר בע"מ', "hp", "רח' המלאכה 12, אזור תעשייה חולון", "03-5581234", "#1565c0"),
    ('דפוס הגליל בע"מ', "hp", "שד' ההסתדרות 88, חיפה", "04-8412277", "#2e7d32"),
    ("יוסי כהן שירותי הנהלת חשבונות", "osek", "רח' הרצל 45, ראשון לציון", "050-7312456", "#6a1b9a"),
    ('טכנולוג פתרונות תוכנה בע"מ', "hp", "מגדל אלון 2, יגאל אלון 94, תל אביב", "03-7719900", "#37474f"),
]
IL_B = [
    ('מלון ים המלח בע"מ', "ים המלח, ד.נ. מגילות"),
    ('רשת מרכולים השקמה בע"מ', "רח' הבנאי 7, חיפה"),
    ('קבוצת אורן נדל"ן בע"מ', "רח' ז'בוטינסקי 33, רמת גן"),
    ("Brightline Analytics Ltd.", "12 Finsbury Square, London EC2A 1AS, UK"),
]
IL_LINES = [
    [
        ("התקנת מזגן מיני מרכזי", 5200, 9800, 1, 3),
        ("טכנאי - שעת עבודה", 220, 320, 2, 12),
        ('גז מזגנים R410 (ק"ג)', 120, 180, 1, 6),
        ("צנרת נחושת (מטר)", 65, 110, 5, 30),
        ("שירות תחזוקה שנתי", 950, 1800, 1, 1),
    ],
    [
        ("הדפסת קטלוג 32 עמודים", 6, 14, 500, 3000),
        ("עלוני פרסום A5", 0.3, 0.9, 2000, 10000),
        ("שילוט PVC 100x70", 140, 260, 2, 20),
        ("עיצוב גרפי (שעות)", 180, 260, 2, 15),
    ],
    [
        ("הנהלת חשבונות - ריטיינר חודשי", 1800, 3800, 1, 1),
        ("הכנת דוח שנתי", 2500, 6000, 1, 1),
        ('דיווח מע"מ דו-חודשי', 350, 600, 1, 2),
        ("הכנת תלושי שכר", 45, 70, 5, 40),
    ],
    [
        ("Software development services (hours)", 95, 160, 20, 160),
        ("Cloud hosting - monthly fee", 400, 1600, 1, 1),
        ("QA & testing (hours)", 70, 110, 5, 60),
    ],
]

S08_HTML = (
    """<html dir="rtl" lang="he"><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="9pt")
    + """
body{direction:rtl} .name{font-size:16pt;font-weight:bold;color:{{ col }}} .muted{color:#666;font-size:8pt}
.title{font-size:15pt;font-weight:bold;margin-top:14px;border-bottom:2px solid {{ col }};padding-bottom:4px}
table.it{width:100%;margin-top:12px} table.it th{background:{{ col }};color:#fff;padding:5px;font-size:8.4pt} table.it td{padding:5px;border-bottom:1px solid #ddd}
table.tot{margin-right:auto;margin-top:8px} table.tot td{padding:4px 10px} .box{border:1px solid #ccc;padding:8px;border-radius:4px}
.num{direction:ltr;unicode-bidi:embed}
</style></head><body>
<table style="width:100%"><tr><td><div class="name">{{ v_name }}</div><div class="muted">{{ v_addr }} | טל' {{ v_tel }}</div>
<div>{{ id_label }} <span class="num">{{ v_id }}</span></div></td>
<td style="text-align:left"><div style="font-size:11pt;font-weight:bold">{{ copy }}</div><div class="muted">עמוד 1 מתוך 1</div></td></tr></table>
<div class="title">{{ title }} <span class="num">{{ inv_no }}</span></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%"><div class="box"><b>לכבוד:</b> {{ b_name }}<br>{{ b_addr }}
{% if b_id %}<br>{{ b_id_label }} <span class="num">{{ b_id }}</span>{% endif %}</div></td>
<td style="padding-right:20px">תאריך: <span class="num">{{ d }}</span><br>
{% if supply %}תאריך אספקה: <span class="num">{{ supply }}</span><br>{% endif %}
{% if due %}לתשלום עד: <span class="num">{{ due }}</span><br>{% else %}תנאי תשלום: {{ terms }}<br>{% endif %}
{% if po %}הזמנת רכש מס': <span class="num">{{ po }}</span><br>{% endif %}
{% if alloc %}מספר הקצאה: <span class="num">{{ alloc }}</span><br>{% endif %}
{% if usd %}מטבע: דולר ארה"ב (USD)<br>{% endif %}</td></tr></table>
<table class="it"><tr><th>#</th><th style="text-align:right;width:50%">תיאור</th><th>כמות</th><th>מחיר ליחידה</th><th>סה"כ</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c num">{{ it.q }}</td><td class="c num">{{ it.p }}</td><td class="c num">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>סה"כ לפני מע"מ</td><td class="num" style="text-align:left">{{ net }}</td></tr>
<tr><td>מע"מ {{ rate }}%</td><td class="num" style="text-align:left">{{ vat }}</td></tr>
<tr><td><b>סה"כ לתשלום</b></td><td class="num" style="text-align:left"><b>{{ total }}</b></td></tr>
{% if usd %}<tr><td class="muted">סה"כ בש"ח לפי שער יציג {{ fx }}</td><td class="num muted" style="text-align:left">₪ {{ total_ils }}</td></tr>{% endif %}</table>
{% if exempt %}<p class="muted">מע"מ בשיעור אפס - ייצוא שירותים לפי סעיף 30(א)(5) לחוק מס ערך מוסף.</p>{% endif %}
{% if receipt %}<table class="it" style="width:70%"><tr><th>אמצעי תשלום</th><th>פרטים</th><th>תאריך</th><th>סכום</th></tr>
<tr><td>{{ pay_method }}</td><td>{{ pay_details }}</td><td class="num">{{ d }}</td><td class="num">{{ total }}</td></tr></table>{% endif %}
<p style="margin-top:22px" class="muted">פרטי חשבון להעברה: בנק {{ bank }}, סניף {{ branch }}, חשבון <span class="num">{{ account }}</span></p>
<p class="muted">מסמך ממוחשב · הופק באמצעות {{ software }} · {{ v_name }}</p>
</body></html>"""
)


@style("08", "il_heshbonit_mas_rtl")
def s08(rng, i):
    vname, kind, vaddr, vtel, col = IL_V[i]
    bname, baddr = IL_B[i]
    if kind == "hp":
        vid = valid(rng, lambda: "51" + digits(rng, 7), _ilhp.is_valid)
        id_label = "ח.פ."
    else:
        vid = valid(rng, lambda: "0" + digits(rng, 8), _ilid.is_valid)
        id_label = "עוסק מורשה"
    usd = i == 3
    b_id = None if usd else valid(rng, lambda: rng.choice(["51", "52", "51"]) + digits(rng, 7), _ilhp.is_valid)
    d = rand_date(rng, start=dt.date(2025, 1, 6))

    def f(x):
        return x.strftime("%d/%m/%Y")

    items = []
    for desc, lo, hi, qlo, qhi in rng.sample(IL_LINES[i], rng.randint(2, min(4, len(IL_LINES[i])))):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        items.append({"desc": desc, "q": q, "p": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    rate = D(0) if usd else D(18)
    vat = q2(net * rate / 100)
    total = net + vat
    receipt = i == 1
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 3) else None
    po = f"45{digits(rng, 8)}" if i in (0, 2) else None
    alloc = digits(rng, 9, True) if (not usd and net >= 10000) else None
    sym = "$" if usd else "₪"

    def money(x):
        return f"{sym} {en(x)}"

    inv_no = [
        f"{rng.randint(20000, 29999)}",
        f"{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)}",
        f"SI-{rng.randint(1000, 9999)}",
    ][i]
    fx = D(rng.randint(3450, 3850)) / 1000
    ctx = dict(
        col=col,
        v_name=vname,
        v_addr=vaddr,
        v_tel=vtel,
        id_label=id_label,
        v_id=vid,
        copy=rng.choice(["מקור", "העתק נאמן למקור"]),
        title="חשבונית מס / קבלה" if receipt else ("חשבונית מס" if not usd else "חשבונית מס (Tax Invoice)"),
        inv_no=inv_no,
        b_name=bname,
        b_addr=baddr,
        b_id=b_id,
        b_id_label="ח.פ.",
        d=f(d),
        supply=f(d - dt.timedelta(days=rng.randint(1, 20))) if i in (0, 2) else None,
        due=f(due) if due else None,
        terms=rng.choice(["שוטף + 30", "שוטף + 60", "מזומן"]) if not receipt else "שולם",
        po=po,
        alloc=alloc,
        usd=usd,
        items=[{"desc": it["desc"], "q": qstr(it["q"]), "p": money(it["p"]), "a": money(it["amount"])} for it in items],
        net=money(net),
        rate=qstr(rate),
        vat=money(vat),
        total=money(total),
        fx=f"{fx:.3f}",
        total_ils=en(q2(total * fx)),
        exempt=usd,
        receipt=receipt,
        pay_method=rng.choice(["העברה בנקאית", "כרטיס אשראי", "צ'ק"]),
        pay_details=f"אסמכתא {digits(rng, 6)}",
        bank=rng.choice(["הפועלים (12)", "לאומי (10)", "דיסקונט (11)", "מזרחי טפחות (20)"]),
        branch=rng.randint(100, 999),
        account=digits(rng, 6),
        software=rng.choice(["חשבונית ירוקה", "iCount", "רווחית", "EZcount"]),
    )
    notes = (
        "Israeli tax invoice in Hebrew, right-to-left. vendor = the business name at the top; vendor_tax_id = "
        + ("ח.פ. (company number) " if kind == "hp" else "עוסק מורשה number ")
        + "as printed; the client's ח.פ., bank account and the "
        'allocation number (מספר הקצאה, when printed) are decoys. invoice_date = תאריך (dd/mm/yyyy). subtotal = סה"כ לפני מע"מ, '
        'tax = מע"מ, total = סה"כ לתשלום. '
        + ("Tax invoice/receipt (paid): the payment table repeats the total. " if receipt else "")
        + ("Supply date is a decoy. " if i in (0, 2) else "")
        + ("Due = לתשלום עד. " if due else "Terms only (שוטף + N) -> due_date null. ")
        + ("PO = הזמנת רכש. " if po else "")
        + (
            "Export of services in USD at 0 % VAT: currency USD, tax 0.00; the shekel equivalent at the representative rate is a decoy. "
            if usd
            else ""
        )
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vid,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="USD" if usd else "ILS",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), vid, inv_no, f(due) if due else None, po]
    return t, checks, (S08_HTML, ctx)


# =========================================================================== 09 Bulgarian faktura, BGN and EUR shown (euro changeover)
BG_V = [
    ("ТЕХНО СТРОЙ ЕООД", "гр. София, ж.к. Младост 4, бл. 412, вх. Б", "Иван Петров Георгиев"),
    ("БАЛКАН СОФТ ООД", "гр. Пловдив, бул. Марица 154, ет. 3", "Мария Стоянова Димитрова"),
    ("АГРО ТРАКИЯ ЕАД", "гр. Стара Загора, ул. Индустриална 9", "Петър Николов Иванов"),
    ("ТРАНС ЛОГИСТИК БГ ЕООД", "гр. Варна, Западна промишлена зона, ул. 22 № 5", "Георги Атанасов Колев"),
]
BG_B = [
    ("ЕНЕРГО МОНТАЖ ООД", "гр. София, бул. Цариградско шосе 115"),
    ("МЕДИКА ПЛЮС ЕООД", "гр. Бургас, ул. Александровска 40"),
    ("ХОТЕЛ ЧЕРНО МОРЕ АД", "гр. Варна, бул. Сливница 33"),
    ("ДИСТРИБУЦИЯ ЮГ ООД", "гр. Пловдив, ул. Кукленско шосе 17"),
]
BG_LINES = [
    [
        ("Армировъчна стомана Ф12", "тон", 1100, 1450, 1, 12),
        ("Бетон B25 (C20/25)", "куб.м", 95, 140, 10, 80),
        ("Кофражни работи", "кв.м", 18, 32, 50, 400),
        ("Транспорт с бетон-помпа", "курс", 280, 520, 1, 4),
    ],
    [
        ("Абонамент поддръжка ERP - месечен", "бр.", 450, 1200, 1, 1),
        ("Разработка по заявка", "час", 45, 75, 4, 60),
        ("Лиценз потребител", "бр.", 22, 38, 5, 40),
        ("Обучение на персонал", "ден", 350, 600, 1, 3),
    ],
    [
        ("Пшеница хлебна", "тон", 210, 290, 5, 60),
        ("Слънчоглед", "тон", 420, 560, 5, 40),
        ("Царевица", "тон", 190, 250, 5, 60),
        ("Сушене и почистване", "тон", 12, 22, 5, 60),
    ],
    [
        ("Транспорт София - Варна, композиция 24 т", "курс", 650, 980, 1, 6),
        ("Складово съхранение (палетоместа)", "бр.", 4, 8, 20, 400),
        ("Товаро-разтоварни дейности", "час", 28, 45, 2, 30),
        ("Митническо представителство", "бр.", 60, 120, 1, 3),
    ],
]

S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Serif',serif", fs="8.8pt")
    + """
h1{text-align:center;font-size:20pt;letter-spacing:6px;margin:0} .orig{text-align:center;font-weight:bold;font-size:10pt}
.bx{border:1px solid #000;padding:6px 8px;width:48%;height:110px}
.bx .h{font-weight:bold;text-decoration:underline;margin-bottom:3px}
table.it{width:100%;margin-top:10px;font-size:8.4pt} table.it th,table.it td{border:1px solid #000;padding:3px 4px} table.it th{background:#eee}
table.tot{margin-left:auto;margin-top:6px;font-size:8.6pt} table.tot td{border:1px solid #000;padding:3px 8px} .sm{font-size:7.6pt}
</style></head><body>
<h1>ФАКТУРА</h1><div class="orig">ОРИГИНАЛ</div>
<table style="width:100%;margin:8px 0"><tr><td>№ <b style="font-size:12pt">{{ inv_no }}</b></td><td class="c">Дата на издаване: <b>{{ d }}</b></td>
<td class="r">Дата на данъчното събитие: {{ tev }}</td></tr></table>
<table style="width:100%"><tr><td class="bx"><div class="h">Получател</div>Име: <b>{{ b_name }}</b><br>ИН по ЗДДС: {{ b_vat }}<br>ЕИК: {{ b_eik }}<br>Адрес: {{ b_addr }}<br>МОЛ: {{ b_mol }}</td>
<td style="width:4%"></td><td class="bx"><div class="h">Доставчик</div>Име: <b>{{ v_name }}</b><br>ИН по ЗДДС: {{ v_vat }}<br>ЕИК: {{ v_eik }}<br>Адрес: {{ v_addr }}<br>МОЛ: {{ v_mol }}</td></tr></table>
<table class="it"><tr><th>№</th><th>Наименование на стоката/услугата</th><th>Мярка</th><th>К-во</th><th>Ед. цена ({{ cur_short }})</th><th>Стойност ({{ cur_short }})</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.um }}</td><td class="r">{{ it.q }}</td>
<td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td></td><td class="c"><b>{{ cur_short }}</b></td><td class="c sm">{{ other_short }} (информативно)</td></tr>
<tr><td>Данъчна основа 20 %</td><td class="r">{{ net }}</td><td class="r sm">{{ net_o }}</td></tr>
<tr><td>ДДС 20 %</td><td class="r">{{ vat }}</td><td class="r sm">{{ vat_o }}</td></tr>
<tr><td><b>Сума за плащане</b></td><td class="r"><b>{{ total }}</b></td><td class="r sm">{{ total_o }}</td></tr></table>
<p>Словом: <i>{{ words }}</i></p>
<p class="sm">Фиксиран обменен курс: 1 EUR = 1,95583 BGN. {{ cur_note }}</p>
<table style="width:100%;margin-top:6px"><tr><td>Място на сделката: {{ place }}<br>Начин на плащане: {{ pay }}<br>
{% if due %}Срок за плащане (падеж): {{ due }}<br>{% endif %}IBAN: {{ iban }} &nbsp; BIC: {{ bic }}<br>
{% if po %}Към поръчка № {{ po }} от {{ po_d }}{% endif %}{% if prot %}<br>Приемо-предавателен протокол № {{ prot }} от {{ prot_d }}{% endif %}</td></tr></table>
<table style="width:100%;margin-top:30px"><tr><td>Получил: ..............................</td><td class="r">Съставил: {{ v_mol }} ..............................</td></tr></table>
<p class="sm" style="margin-top:20px">Съгласно чл. 6, ал. 1 от Закона за счетоводството, чл. 114 от ЗДДС и чл. 78 от ППЗДДС печатът и подписът не са задължителни реквизити на фактурата.</p>
</body></html>"""
)


@style("09", "bg_faktura_bgn_eur")
def s09(rng, i):
    vname, vaddr, vmol = BG_V[i]
    bname, baddr = BG_B[i]
    veik = valid(rng, lambda: "2" + digits(rng, 8), _bgvat.is_valid)
    beik = valid(rng, lambda: "1" + digits(rng, 8), _bgvat.is_valid)
    eur = i in (1, 3)
    if eur:
        d = rand_date(rng, dt.date(2026, 1, 5), dt.date(2026, 7, 31))
    else:
        d = rand_date(rng, dt.date(2025, 8, 11), dt.date(2025, 12, 30))

    def f(x):
        return x.strftime("%d.%m.%Y") + " г."

    rate_bgn = D("1.95583")
    items = []
    for desc, um, lo, hi, qlo, qhi in rng.sample(BG_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        items.append({"desc": desc, "um": um, "q": q, "p": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    vat = q2(net * D("0.2"))
    total = net + vat
    conv = (lambda x: q2(x * rate_bgn)) if eur else (lambda x: q2(x / rate_bgn))
    money = sp if i in (0, 1) else spd
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    po = f"{rng.randint(100, 999)}" if i == 2 else (f"PO-{rng.randint(1000, 9999)}" if i == 0 else None)
    po_d = f(d - dt.timedelta(days=rng.randint(3, 30)))
    inv_no = f"{rng.randint(1000, 9999999):010d}"
    whole, cents = divmod(int(total * 100), 100)
    if eur:
        words = f"{bg_words(whole)} евро и {cents:02d} евроцента"
    else:
        words = f"{bg_words(whole)} лева и {cents:02d} ст."
    tev = d - dt.timedelta(days=rng.randint(1, 12)) if i in (0, 3) else d
    ctx = dict(
        inv_no=inv_no,
        d=f(d),
        tev=f(tev),
        b_name=bname,
        b_vat="BG" + beik,
        b_eik=beik,
        b_addr=baddr,
        b_mol=rng.choice(["Стефан Йорданов", "Елена Маринова", "Красимир Тодоров"]),
        v_name=vname,
        v_vat="BG" + veik,
        v_eik=veik,
        v_addr=vaddr,
        v_mol=vmol,
        cur_short="EUR" if eur else "лв.",
        other_short="лв." if eur else "EUR",
        items=[
            {"desc": it["desc"], "um": it["um"], "q": money(it["q"], 2), "p": money(it["p"]), "a": money(it["amount"])}
            for it in items
        ],
        net=money(net),
        vat=money(vat),
        total=money(total),
        net_o=money(conv(net)),
        vat_o=money(conv(vat)),
        total_o=money(conv(total)),
        words=words,
        cur_note=(
            "Валута на фактурата: евро; левовата равностойност е информативна."
            if eur
            else "Сумата за плащане е в лева; равностойността в евро е информативна (двойно обозначаване)."
        ),
        place=vaddr.split(",")[0],
        pay=rng.choice(["по банков път", "банков превод"]),
        due=f(due) if due else None,
        iban=iban_fmt(iban("BG", rng.choice(["UNCR", "BPBI", "FINV", "STSA"]) + digits(rng, 6) + digits(rng, 8))),
        bic=rng.choice(["UNCRBGSF", "BPBIBGSF", "FINVBGSF", "STSABGSF"]),
        po=po,
        po_d=po_d,
        prot=f"{rng.randint(1, 99)}" if i == 1 else None,
        prot_d=f(d - dt.timedelta(days=rng.randint(1, 5))),
    )
    notes = (
        "Bulgarian фактура during the euro changeover (dual display at 1.95583). The document's own rule: "
        + (
            "issued in 2026, amounts in EUR (first column, 'Валута на фактурата: евро'); the лв. column is informative -> currency EUR. "
            if eur
            else "issued in 2025, 'Сумата за плащане е в лева' -> currency BGN; the EUR column is informative. "
        )
        + "The Получател (buyer) box comes before the Доставчик (vendor) box: vendor = Доставчик name; vendor_tax_id = ИН по ЗДДС "
        "(BG + ЕИК; the bare ЕИК and the buyer's ids are decoys). invoice_number = the 10-digit № as printed. invoice_date = "
        "'Дата на издаване'; 'Дата на данъчното събитие' is a decoy"
        + (" (differs here). " if tev != d else " (same date here). ")
        + "subtotal = Данъчна основа, tax = ДДС, total = Сума за плащане; 'Словом' repeats the total in words. "
        + ("Due = падеж. " if due else "No due date. ")
        + ("PO = 'Към поръчка №' number (its date is a decoy). " if po else "")
        + ("Acceptance protocol number/date are decoys. " if i == 1 else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id="BG" + veik,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="EUR" if eur else "BGN",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), "BG" + veik, inv_no, f(due) if due else None, po]
    return t, checks, (S09_HTML, ctx)


# =========================================================================== 10 Vietnamese VAT e-invoice (bilingual display)
VN_V = [
    (
        "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT",
        "Số 125 Nguyễn Văn Linh, Phường Tân Phong, Quận 7, TP. Hồ Chí Minh",
        "#b71c1c",
    ),
    ("CÔNG TY CỔ PHẦN CÔNG NGHỆ SAO VIỆT", "Tầng 8, Tòa nhà Hà Thành, 102 Thái Thịnh, Đống Đa, Hà Nội", "#0d47a1"),
    ("CÔNG TY TNHH SẢN XUẤT BAO BÌ MINH KHANG", "Lô C5, KCN Sóng Thần 2, TP. Dĩ An, Bình Dương", "#1b5e20"),
    ("CÔNG TY TNHH LOGISTICS BIỂN XANH", "Số 9 Lê Thánh Tông, Máy Tơ, Ngô Quyền, Hải Phòng", "#004d40"),
]
VN_B = [
    ("CÔNG TY TNHH NHÀ HÀNG HƯƠNG SEN", "Lê Thị Thu Hà"),
    ("CÔNG TY CP DƯỢC PHẨM ĐÔNG Á", "Trần Minh Quân"),
    ("CÔNG TY TNHH ĐIỆN TỬ SAMCO VINA", "Nguyễn Hoàng Nam"),
    ("PACIFIC TRADING PTE. LTD.", "Mr. Daniel Tan"),
]
VN_LINES = [
    [
        ("Dầu ăn Neptune 5L", "Bình", 180000, 260000, 2, 40, 8),
        ("Gạo ST25 (bao 25kg)", "Bao", 650000, 850000, 1, 20, 8),
        ("Nước mắm Phú Quốc 500ml", "Chai", 45000, 90000, 6, 60, 8),
        ("Dịch vụ vận chuyển", "Chuyến", 300000, 900000, 1, 4, 8),
    ],
    [
        ("Phí bản quyền phần mềm quản lý bán hàng (năm)", "Gói", 6000000, 18000000, 1, 1, 10),
        ("Dịch vụ triển khai, đào tạo", "Ngày công", 1500000, 3000000, 1, 10, 10),
        ("Máy quét mã vạch", "Cái", 1200000, 2600000, 1, 10, 8),
        ("Máy in hóa đơn nhiệt", "Cái", 1500000, 3200000, 1, 6, 8),
    ],
    [
        ("Thùng carton 5 lớp 60x40x40", "Cái", 12000, 26000, 200, 3000, 8),
        ("Màng PE quấn pallet", "Cuộn", 140000, 220000, 5, 60, 8),
        ("Túi PP dệt 50kg", "Cái", 3500, 6500, 500, 5000, 8),
        ("Băng keo OPP 48mm", "Cuộn", 9000, 16000, 50, 500, 8),
    ],
    [
        ("Ocean freight HCM - Singapore (40HC)", "Cont", 180, 650, 1, 4, 0),
        ("Terminal handling charge", "Cont", 120, 190, 1, 4, 10),
        ("Documentation fee", "Bộ", 35, 60, 1, 1, 10),
        ("Customs clearance service", "Lô", 80, 160, 1, 1, 10),
    ],
]

S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="9mm", font="'DejaVu Serif',serif", fs="8.4pt")
    + """
.frame{border:3px double {{ col }};padding:10px 12px;min-height:270mm;box-sizing:border-box;position:relative}
.t1{font-size:12.5pt;font-weight:bold;color:{{ col }};text-align:center} .t2{text-align:center;font-style:italic}
.k{color:#333} .lbl{font-style:italic;color:#555;font-size:7.6pt}
table.it{width:100%;margin-top:8px} table.it th,table.it td{border:1px solid #555;padding:3px 4px} table.it th{background:#f2f2f2;font-size:7.8pt}
.sig{border:1px solid #2e7d32;color:#2e7d32;padding:5px 8px;font-size:7.6pt;display:inline-block;background:#f1f8e9}
</style></head><body><div class="frame">
<table style="width:100%"><tr><td style="width:28%;font-size:7.6pt;color:#555">Mẫu số (Form): 01GTKT<br>Bản thể hiện của hóa đơn điện tử<br>(Electronic invoice display)</td>
<td><div class="t1">HÓA ĐƠN GIÁ TRỊ GIA TĂNG</div><div class="t2">(VAT INVOICE)</div>
<div class="c" style="margin-top:4px">Ngày (Date) {{ dd }} tháng (month) {{ mm }} năm (year) {{ yyyy }}</div>
<div class="c lbl">Mã của cơ quan thuế (Tax authority code): {{ cqt }}</div></td>
<td style="width:26%">Ký hiệu (Serial): <b>{{ serial }}</b><br>Số (No.): <b style="color:#c62828;font-size:11pt">{{ inv_no }}</b></td></tr></table>
<hr style="border:none;border-top:1px solid {{ col }}">
<div>Đơn vị bán hàng <span class="lbl">(Seller)</span>: <b>{{ v_name }}</b><br>Mã số thuế <span class="lbl">(Tax code)</span>: <b>{{ v_mst }}</b><br>
Địa chỉ <span class="lbl">(Address)</span>: {{ v_addr }}<br>Điện thoại <span class="lbl">(Tel)</span>: {{ v_tel }} &nbsp;&nbsp; Số tài khoản <span class="lbl">(Account No.)</span>: {{ v_acc }}</div>
<hr style="border:none;border-top:1px dashed #999">
<div>Họ tên người mua hàng <span class="lbl">(Buyer)</span>: {{ b_person }}<br>Tên đơn vị <span class="lbl">(Company)</span>: <b>{{ b_name }}</b><br>
{% if b_mst %}Mã số thuế <span class="lbl">(Tax code)</span>: {{ b_mst }}<br>{% endif %}Địa chỉ <span class="lbl">(Address)</span>: {{ b_addr }}<br>
Hình thức thanh toán <span class="lbl">(Payment method)</span>: {{ pay }} &nbsp;&nbsp; Đồng tiền thanh toán <span class="lbl">(Currency)</span>: {{ cur }}
{% if po %}<br>Số đơn đặt hàng <span class="lbl">(PO No.)</span>: {{ po }}{% endif %}{% if fx %}<br>Tỷ giá <span class="lbl">(Exchange rate)</span>: {{ fx }} VND/USD{% endif %}</div>
<table class="it"><tr><th>STT<br><span class="lbl">(No.)</span></th><th>Tên hàng hóa, dịch vụ<br><span class="lbl">(Description)</span></th>
<th>Đơn vị tính<br><span class="lbl">(Unit)</span></th><th>Số lượng<br><span class="lbl">(Quantity)</span></th><th>Đơn giá<br><span class="lbl">(Unit price)</span></th>
{% if multi %}<th>Thuế suất<br><span class="lbl">(VAT rate)</span></th>{% endif %}<th>Thành tiền<br><span class="lbl">(Amount)</span></th></tr>
<tr class="lbl"><td class="c">1</td><td class="c">2</td><td class="c">3</td><td class="c">4</td><td class="c">5</td>{% if multi %}<td class="c">6</td><td class="c">7=4x5</td>{% else %}<td class="c">6=4x5</td>{% endif %}</tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.um }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>
{% if multi %}<td class="c">{{ it.rate }}</td>{% endif %}<td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for k in range(pad) %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td>{% if multi %}<td></td>{% endif %}<td></td></tr>{% endfor %}</table>
{% if multi %}<table class="it"><tr><th>Tổng hợp <span class="lbl">(Summary)</span></th><th>Thành tiền trước thuế <span class="lbl">(Amount before VAT)</span></th>
<th>Tiền thuế GTGT <span class="lbl">(VAT amount)</span></th><th>Tổng tiền thanh toán <span class="lbl">(Total)</span></th></tr>
{% for r in summary %}<tr><td>{{ r.label }}</td><td class="r">{{ r.net }}</td><td class="r">{{ r.vat }}</td><td class="r">{{ r.tot }}</td></tr>{% endfor %}
<tr><td><b>Tổng cộng <span class="lbl">(Grand total)</span></b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ vat }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% else %}<table class="it"><tr><td colspan="2" style="width:60%">Cộng tiền hàng <span class="lbl">(Total amount)</span>:</td><td class="r">{{ net }}</td></tr>
<tr><td>Thuế suất GTGT <span class="lbl">(VAT rate)</span>: {{ rate }}%</td><td>Tiền thuế GTGT <span class="lbl">(VAT amount)</span>:</td><td class="r">{{ vat }}</td></tr>
<tr><td colspan="2"><b>Tổng cộng tiền thanh toán <span class="lbl">(Total payment)</span>:</b></td><td class="r"><b>{{ total }}</b></td></tr></table>{% endif %}
<div style="margin-top:4px">Số tiền viết bằng chữ <span class="lbl">(Amount in words)</span>: <i>{{ words }}</i></div>
{% if fx %}<div class="lbl">Quy đổi (Equivalent): {{ total_vnd }} VND</div>{% endif %}
<table style="width:100%;margin-top:14px"><tr><td class="c" style="width:50%"><b>Người mua hàng</b> <span class="lbl">(Buyer)</span><br><span class="lbl">(Ký, ghi rõ họ tên)</span></td>
<td class="c"><b>Người bán hàng</b> <span class="lbl">(Seller)</span><br><span class="lbl">(Ký, ghi rõ họ tên)</span><br><br>
<div class="sig">Signature Valid<br>Ký bởi: {{ v_name }}<br>Ký ngày: {{ sign_d }}</div></td></tr></table>
<div style="position:absolute;bottom:8px;left:12px;right:12px;font-size:7.2pt;color:#555;text-align:center">Tra cứu hóa đơn tại (Lookup): https://hoadon.{{ portal }}.vn &nbsp;–&nbsp;
Mã tra cứu (Lookup code): {{ lookup }}<br>(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn) · Phát hành bởi phần mềm {{ portal|upper }} – MST {{ soft_mst }}</div>
</div></body></html>"""
)


@style("10", "vn_hoa_don_gtgt")
def s10(rng, i):
    vname, vaddr, col = VN_V[i]
    bname, bperson = VN_B[i]
    mst = valid(rng, lambda: rng.choice(["03", "01", "37", "02"]) + digits(rng, 8), _mst.is_valid)
    v_mst = mst if i != 2 else mst + "-" + f"{rng.randint(1, 9):03d}"
    b_mst = valid(rng, lambda: rng.choice(["03", "01", "37", "02"]) + digits(rng, 8), _mst.is_valid) if i != 3 else None
    d = rand_date(rng)
    usd = i == 3
    items = []
    for desc, um, lo, hi, qlo, qhi, rate in rng.sample(VN_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 1000, hi // 1000) * 1000) if not usd else D(rng.randint(lo, hi))
        items.append({"desc": desc, "um": um, "q": q, "p": p, "amount": q * p, "rate": D(rate)})
    net = sum(it["amount"] for it in items)
    by = {}
    for it in items:
        by[it["rate"]] = by.get(it["rate"], D(0)) + it["amount"]
    rnd = (lambda x: x.quantize(D("1"))) if not usd else q2
    vats = {r: rnd(v * r / 100) for r, v in by.items()}
    vat = sum(vats.values())
    total = net + vat
    multi = len(by) > 1
    money = (lambda x: de(x, 0)) if not usd else (lambda x: de(x))
    fx = D(rng.randint(25100, 26400)) if usd else None
    if usd:
        w, c = divmod(int(total * 100), 100)
        words = f"{vi_words(w)} đô la Mỹ" + (f" và {vi_words(c).lower()} cent" if c else " chẵn")
    else:
        words = f"{vi_words(int(total))} đồng chẵn"
    serial = f"1C{d.year % 100}T{rng.choice(['AA', 'AB', 'YY', 'KD'])}"
    inv_no = f"{rng.randint(1, 9999):08d}" if i % 2 == 0 else f"{rng.randint(1, 9999)}"
    po = f"PO{d.year}{rng.randint(100, 999)}" if i == 1 else None
    ctx = dict(
        col=col,
        dd=f"{d.day:02d}",
        mm=f"{d.month:02d}",
        yyyy=d.year,
        cqt="00" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32)),
        serial=serial,
        inv_no=inv_no,
        v_name=vname,
        v_mst=v_mst,
        v_addr=vaddr,
        v_tel=f"0{rng.randint(20, 29)}{digits(rng, 8)}",
        v_acc=f"{digits(rng, 13)} – {rng.choice(['Vietcombank', 'Techcombank', 'BIDV', 'ACB'])}",
        b_person=bperson,
        b_name=bname,
        b_mst=b_mst,
        b_addr=[
            "Số 48 Hai Bà Trưng, Quận 1, TP. Hồ Chí Minh",
            "Lô 7, KCN Quang Minh, Mê Linh, Hà Nội",
            "KCN VSIP II, Thủ Dầu Một, Bình Dương",
            "80 Robinson Road, #10-01, Singapore 068898",
        ][i],
        pay=rng.choice(["TM/CK", "Chuyển khoản", "CK"]),
        cur="USD" if usd else "VND",
        po=po,
        fx=de(fx, 0) if fx else None,
        multi=multi,
        items=[
            {
                "desc": it["desc"],
                "um": it["um"],
                "q": de(it["q"], 0),
                "p": money(it["p"]),
                "a": money(it["amount"]),
                "rate": f"{qstr(it['rate'])}%",
            }
            for it in items
        ],
        pad=rng.randint(1, 4),
        summary=[
            {
                "label": f"Thuế suất {qstr(r)}%",
                "net": money(by[r]),
                "vat": money(vats[r]),
                "tot": money(by[r] + vats[r]),
            }
            for r in sorted(by)
        ],
        net=money(net),
        vat=money(vat),
        total=money(total),
        rate=qstr(list(by)[0]),
        words=words,
        total_vnd=de(q2(total * fx), 0) if fx else None,
        sign_d=d.strftime("%d/%m/%Y"),
        portal=rng.choice(["vnpt-invoice", "misa", "viettel", "bkav"]).replace("-invoice", ""),
        lookup="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        soft_mst=valid(rng, lambda: "01" + digits(rng, 8), _mst.is_valid),
    )
    date_print = f"Ngày (Date) {d.day:02d} tháng (month) {d.month:02d} năm (year) {d.year}"
    notes = (
        "Vietnamese VAT e-invoice display, Vietnamese with English labels. invoice_number = 'Số (No.)' as printed; 'Ký hiệu (Serial)' "
        "is in its own cell and not part of the number (set 4 convention). invoice_date from 'Ngày .. tháng .. năm ..'; the signing "
        "date repeats it. vendor = 'Đơn vị bán hàng' company; vendor_tax_id = seller 'Mã số thuế' as printed"
        + (" (with branch suffix -00N)" if i == 2 else "")
        + "; the buyer's tax code, tax authority code (Mã CQT), lookup code and the "
        "software vendor's MST are decoys. "
        + (
            "Several VAT rates: the summary table's 'Tổng cộng' row gives subtotal/tax/total. "
            if multi
            else "subtotal = 'Cộng tiền hàng', tax = 'Tiền thuế GTGT', total = 'Tổng cộng tiền thanh toán'. "
        )
        + (
            "Invoice in USD (Đồng tiền thanh toán USD, amounts 1.234,56): the VND equivalent and exchange rate are decoys. "
            if usd
            else "VND, dot grouping, no decimals. "
        )
        + ("PO = 'Số đơn đặt hàng (PO No.)'. " if po else "")
        + "No due date printed."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=v_mst,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="USD" if usd else "VND",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [date_print, v_mst, inv_no, po]
    return t, checks, (S10_HTML, ctx)


# =========================================================================== 13 US foodservice delivery invoice, totals at the top
FS_V = [
    ("Heartland Foodservice Distributors, Inc.", "HEARTLAND", "4200 Commerce Pkwy", "Lenexa, KS 66219", "#7f1d1d"),
    ("Bayview Restaurant Supply Co.", "BAYVIEW", "1550 Evans Ave", "San Francisco, CA 94124", "#1e3a8a"),
    ("Sunbelt Fresh & Frozen LLC", "SUNBELT", "9010 NW 25th St", "Doral, FL 33172", "#065f46"),
    ("Great Plains Food Co.", "GREAT PLAINS", "701 Industrial Ave", "Sioux Falls, SD 57104", "#78350f"),
]
FS_B = [
    ("Prairie Rose Diner", "1840 W 39th St", "Kansas City, MO 64111"),
    ("Nopa Kitchen & Bar", "560 Divisadero St", "San Francisco, CA 94117"),
    ("Coral Gables Senior Living", "3100 Ponce de Leon Blvd", "Coral Gables, FL 33134"),
    ("Falls Park Brewing Co.", "205 E Falls Park Dr", "Sioux Falls, SD 57104"),
]
FS_CAT = [
    (
        "DAIRY",
        [
            ("Whole milk 4/1 GAL", "4/1 GAL", "Prairie Farms", 14, 22),
            ("Butter solid unsalted", "36/1 LB", "Land O Lakes", 95, 140),
            ("Cheddar shredded mild", "4/5 LB", "Heartland", 48, 72),
            ("Eggs large grade A loose", "15 DZ", "Cal-Maine", 28, 55),
        ],
        False,
    ),
    (
        "FROZEN",
        [
            ("Fries 3/8 straight cut", "6/5 LB", "Simplot", 32, 46),
            ("Chicken breast IQF 6 oz", "4/10 LB", "Tyson", 88, 130),
            ("Ice cream vanilla", "3 GAL", "Blue Bell", 24, 38),
            ("Shrimp 21/25 P&D T-off", "10/2 LB", "Pacific", 120, 190),
        ],
        False,
    ),
    (
        "DRY GROCERY",
        [
            ("Tomatoes diced", "6/#10", "Red Gold", 26, 38),
            ("Flour all purpose", "50 LB", "Gold Medal", 22, 34),
            ("Oil canola clear fry", "35 LB", "Ventura", 38, 62),
            ("Rice long grain", "25 LB", "Riviana", 18, 29),
        ],
        False,
    ),
    (
        "PRODUCE",
        [
            ("Lettuce romaine hearts", "12/3 CT", "Tanimura", 28, 42),
            ("Onions yellow jumbo", "50 LB", "Packer", 24, 38),
            ("Tomatoes 5x6", "25 LB", "Packer", 26, 44),
            ("Avocados Hass 48 ct", "48 CT", "Mission", 45, 78),
        ],
        False,
    ),
    (
        "DISPOSABLES",
        [
            ("Gloves nitrile medium", "10/100", "Ambitex", 38, 58),
            ("To-go container 9x9 hinged", "200 CT", "Dart", 32, 48),
            ("Napkins dinner 2-ply", "3000 CT", "Tork", 42, 66),
            ("Foil sheets 12x10.75", "6/500", "Handi-Foil", 48, 70),
        ],
        True,
    ),
    (
        "CHEMICAL",
        [("Sanitizer quat", "2/2.5 GAL", "Ecolab", 58, 95), ("Dish detergent", "4/1 GAL", "Heartland", 34, 52)],
        True,
    ),
]

S13_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="9mm 10mm", font="'Liberation Sans',Arial,sans-serif", fs="7.8pt")
    + """
.logo{font-size:20pt;font-weight:bold;color:{{ col }};letter-spacing:2px} .muted{color:#555}
.sumbox{border:2px solid #000;width:100%} .sumbox td{padding:2px 6px;font-size:8.2pt} .sumbox .big td{font-size:12pt;font-weight:bold;background:#eee}
table.hd{width:100%;margin-top:6px} table.hd td{border:1px solid #999;padding:2px 4px;font-size:7.4pt} table.hd .k{font-size:6.6pt;color:#555;display:block}
table.it{width:100%;margin-top:6px;font-family:'Liberation Mono',monospace;font-size:7.4pt} table.it th{border-top:1px solid #000;border-bottom:1px solid #000;
font-family:'Liberation Sans',sans-serif;font-size:6.8pt;padding:2px} table.it td{padding:1.5px 3px}
tr.cat td{font-weight:bold;padding-top:5px;font-family:'Liberation Sans',sans-serif}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="logo">{{ logo }}</div><b>{{ v_name }}</b><br>{{ v_a1 }}, {{ v_a2 }}<br>Customer service (800) 555-{{ cs }}
<br><br><table><tr><td style="padding-right:30px"><span class="muted">BILL TO</span><br><b>{{ b_name }}</b><br>{{ b_a1 }}<br>{{ b_a2 }}</td>
<td><span class="muted">SHIP TO</span><br>{{ b_name }}<br>{{ b_a1 }}<br>{{ b_a2 }}</td></tr></table></td>
<td><div style="font-size:16pt;font-weight:bold;text-align:right;margin-bottom:4px">INVOICE</div>
<table class="sumbox"><tr><td>Merchandise</td><td class="r">{{ net }}</td></tr>
{% if tax_row %}<tr><td>Sales tax {{ tax_rate }}% (taxable {{ taxable }})</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr class="big"><td>INVOICE TOTAL</td><td class="r">${{ total }}</td></tr>
<tr><td>Total cases / pieces</td><td class="r">{{ cases }} / {{ pieces }}</td></tr>
<tr><td>Total weight</td><td class="r">{{ weight }} LB</td></tr></table>
<div style="text-align:right;font-size:7pt;margin-top:2px">PLEASE PAY THIS AMOUNT · {{ terms }}</div></td></tr></table>
<table class="hd"><tr><td><span class="k">INVOICE NO.</span><b>{{ inv_no }}</b></td><td><span class="k">INVOICE DATE</span>{{ d }}</td>
<td><span class="k">ORDER DATE</span>{{ od }}</td><td><span class="k">DELIVERY DATE</span>{{ dd }}</td><td><span class="k">CUSTOMER NO.</span>{{ cust }}</td>
<td><span class="k">CUST PO NO.</span>{{ po or '' }}</td><td><span class="k">ROUTE / STOP</span>{{ route }}</td><td><span class="k">SALES REP</span>{{ rep }}</td>
{% if due %}<td><span class="k">DUE DATE</span>{{ due }}</td>{% endif %}<td><span class="k">PAGE</span>1 of 1</td></tr></table>
<table class="it"><tr><th>ITEM #</th><th class="r">ORD</th><th class="r">SHP</th><th>UNIT</th><th>PACK/SIZE</th><th>BRAND</th><th style="text-align:left">DESCRIPTION</th>
<th>T</th><th class="r">UNIT PRICE</th><th class="r">EXTENDED</th></tr>
{% for c in cats %}<tr class="cat"><td colspan="10">** {{ c.name }} **</td></tr>
{% for it in c.rows %}<tr><td>{{ it.code }}</td><td class="r">{{ it.o }}</td><td class="r">{{ it.s }}</td><td>{{ it.u }}</td><td>{{ it.pack }}</td><td>{{ it.brand }}</td>
<td>{{ it.desc }}</td><td>{{ it.t }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}{% endfor %}</table>
<table style="width:100%;margin-top:10px;border-top:1px solid #000"><tr><td style="width:45%;padding-top:4px">
<b>CATEGORY RECAP</b><table style="font-size:7.2pt">{% for c in cats %}<tr><td style="padding-right:14px">{{ c.name }}</td><td class="r" style="padding-right:14px">{{ c.n }} cs</td>
<td class="r">{{ c.sum }}</td></tr>{% endfor %}</table></td>
<td style="padding-top:4px;font-size:7.2pt">{% if past_due %}<b>ACCOUNT NOTICE:</b> Your account shows a past-due balance of ${{ past_due }} as of {{ od }}. Please remit promptly.<br>{% endif %}
Shortages, damages and returns must be noted on this invoice at time of delivery. Credits issued only with driver signature.
A service charge of 1.5% per month applies to past due balances.<br><br>RECEIVED BY: ______________________ &nbsp; DRIVER: {{ driver }}</td></tr></table>
</body></html>"""
)


@style("13", "us_foodservice_totals_top")
def s13(rng, i):
    vname, logo, va1, va2, col = FS_V[i]
    bname, ba1, ba2 = FS_B[i]
    d = rand_date(rng)

    def f(x):
        return x.strftime("%m/%d/%Y")

    od = d - dt.timedelta(days=rng.randint(1, 3))
    cats = []
    items = []
    out_lines = 0
    for cname, prods, taxable in rng.sample(FS_CAT, rng.randint(3, 5)):
        rows = []
        for desc, pack, brand, lo, hi in rng.sample(prods, rng.randint(1, min(3, len(prods)))):
            o = D(rng.randint(1, 8))
            s = o if rng.random() > 0.12 else D(0) if out_lines < 1 else o
            p = D(rng.randint(lo * 100, hi * 100)) / 100
            row = {
                "code": f"{rng.randint(1000000, 9999999)}",
                "o": qstr(o),
                "s": qstr(s),
                "u": "CS",
                "pack": pack,
                "brand": brand,
                "desc": desc.upper(),
                "t": "T" if taxable else "",
                "p": en(p),
            }
            if s == 0:
                out_lines += 1
                row["a"] = "OUT"
                row["p"] = ""
            else:
                amt = q2(s * p)
                row["a"] = en(amt)
                items.append({"q": s, "amount": amt, "taxable": taxable})
            rows.append(row)
        cats.append(
            {
                "name": cname,
                "rows": rows,
                "n": qstr(sum((D(r["s"]) for r in rows), D(0))),
                "sum": en(sum((D(r["a"].replace(",", "")) for r in rows if r["a"] != "OUT"), D(0))),
            }
        )
    if i == 1:
        crv = D(rng.randint(2, 6))
        cats.append({"name": "BEVERAGE", "rows": [], "n": "0", "sum": ""})
        bev = {
            "code": f"{rng.randint(1000000, 9999999)}",
            "o": qstr(crv),
            "s": qstr(crv),
            "u": "CS",
            "pack": "24/12 OZ",
            "brand": "Coca-Cola",
            "desc": "SODA COKE CAN",
            "t": "",
            "p": en(D("18.49")),
        }
        amt = q2(crv * D("18.49"))
        bev["a"] = en(amt)
        items.append({"q": crv, "amount": amt, "taxable": False})
        crv_amt = q2(crv * 24 * D("0.05"))
        crv_row = {
            "code": "CRV",
            "o": "",
            "s": qstr(crv * 24),
            "u": "EA",
            "pack": "",
            "brand": "",
            "desc": "CA REDEMPTION VALUE (CRV)",
            "t": "",
            "p": "0.05",
            "a": en(crv_amt),
        }
        items.append({"q": crv * 24, "amount": crv_amt, "taxable": False})
        cats[-1]["rows"] = [bev, crv_row]
        cats[-1]["n"] = qstr(crv)
        cats[-1]["sum"] = en(amt + crv_amt)
    fuel = D(rng.choice(["3.95", "4.95", "5.50", "7.50"]))
    cats[-1]["rows"].append(
        {
            "code": "999999",
            "o": "",
            "s": "1",
            "u": "EA",
            "pack": "",
            "brand": "",
            "desc": "FUEL SURCHARGE",
            "t": "",
            "p": en(fuel),
            "a": en(fuel),
        }
    )
    items.append({"q": D(1), "amount": fuel, "taxable": False})
    net = sum(it["amount"] for it in items)
    taxable = sum((it["amount"] for it in items if it["taxable"]), D(0))
    rate = [D("9.475"), D("8.625"), D("7.0"), D("6.2")][i]
    tax = q2(taxable * rate / 100) if taxable else None
    total = net + (tax or 0)
    due = d + dt.timedelta(days=rng.choice([7, 14])) if i in (0, 2) else None
    po = f"{rng.randint(1000, 9999)}" if i in (1, 3) else None
    inv_no = (
        f"{rng.randint(100000000, 999999999)}" if i != 2 else f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    )
    ctx = dict(
        col=col,
        logo=logo,
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        cs=digits(rng, 4),
        b_name=bname,
        b_a1=ba1,
        b_a2=ba2,
        net=en(net),
        tax_row=tax is not None,
        tax_rate=qstr(rate),
        taxable=en(taxable),
        tax=en(tax) if tax is not None else "",
        total=en(total),
        cases=qstr(sum((it["q"] for it in items[:-1] if it["q"] < 50), D(0))),
        pieces=rng.randint(0, 12),
        weight=en(D(rng.randint(180, 1400)), 0),
        terms=rng.choice(["NET 14 DAYS", "NET 7", "TERMS: NET 21", "COD – CHECK OR ACH"]),
        inv_no=inv_no,
        d=f(d),
        od=f(od),
        dd=f(d),
        cust=digits(rng, 6),
        po=po,
        route=f"{rng.randint(100, 999)} / {rng.randint(1, 28)}",
        rep=rng.choice(["M. ORTEGA", "J. KLEIN", "T. NGUYEN", "R. PATEL"]),
        due=f(due) if due else None,
        cats=cats,
        past_due=en(D(rng.randint(20000, 380000)) / 100) if i in (0, 3) else None,
        driver=rng.choice(["#214", "#087", "#133"]),
    )
    notes = (
        "US broadline foodservice delivery invoice (Letter, monospace item table). The totals (Merchandise, sales tax, INVOICE TOTAL) are in a "
        "box at the top right, above the item table; nothing is totalled below the table except a decoy category recap. subtotal = "
        "Merchandise, "
        + (
            "tax = sales tax on items flagged T (paper/chemicals), "
            if tax is not None
            else "no taxable items -> tax null, "
        )
        + "total = INVOICE TOTAL. Lines: each shipped item (quantity = SHP cases) plus the FUEL SURCHARGE row"
        + (" and the CA CRV deposit row" if i == 1 else "")
        + "; items printed 'OUT' (not shipped, no extended amount) are not lines. "
        "Order date, delivery date, route/stop, customer no. and driver are decoys; invoice_date = INVOICE DATE. "
        + ("Past-due account notice amount is a decoy. " if i in (0, 3) else "")
        + ("Due date printed. " if due else "No due date. ")
        + ("PO = CUST PO NO. " if po else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=None,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="USD",
        subtotal=mt(net),
        tax=mt(tax) if tax is not None else None,
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), inv_no, f(due) if due else None, po]
    return t, checks, (S13_HTML, ctx)


# =========================================================================== 14 German annual electricity bill (2-3 pages)
DE_V = [
    ("Stadtwerke Lindenau GmbH", "Lindenau", "Am Gaswerk 3", "04177", "#00549f", "Stadtwerke Lindenau"),
    ("Energieversorgung Wiesental AG", "Schopfheim", "Hauptstraße 120", "79650", "#e2001a", "EVW Energie"),
    ("Nordlicht Energie GmbH", "Husum", "Hafenstraße 9", "25813", "#00857c", "nordlicht"),
    ("Stadtwerke Emsbach GmbH", "Emsbach", "Bahnhofstraße 41", "49716", "#6a1b9a", "SWE Stadtwerke Emsbach"),
]
DE_B = [
    ("Bäckerei Kornblume GmbH", "Karl-Heine-Straße 58", "04229 Leipzig"),
    ("Autohaus Brenner GmbH & Co. KG", "Im Gewerbepark 12", "79639 Grenzach-Wyhlen"),
    ("Hotel Zur Post Inh. Margret Keller e.K.", "Markt 2", "25813 Husum"),
    ("Zahnarztpraxis Dr. Anja Vogt", "Lingener Straße 7", "49716 Meppen"),
]

S14_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="0", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
.page{height:296mm;padding:12mm 18mm 0 22mm;position:relative;box-sizing:border-box;page-break-after:always;overflow:hidden}
.page:last-child{page-break-after:auto} .brand{font-size:17pt;font-weight:bold;color:{{ col }}}
.sender{font-size:6.6pt;text-decoration:underline;color:#444} .info td{padding:1px 0 1px 10px;font-size:8pt} .info td.k{color:#666}
h2{font-size:12.5pt;color:{{ col }};margin:16px 0 6px 0} table.s{width:100%} table.s td{padding:4px 3px;border-bottom:1px solid #ddd}
table.d{width:100%;font-size:8pt} table.d th{background:{{ col }};color:#fff;padding:3px;text-align:left;font-weight:normal} table.d td{padding:3px;border-bottom:1px solid #e3e3e3}
.foot{position:absolute;bottom:8mm;left:22mm;right:18mm;font-size:6.4pt;color:#555;border-top:1px solid #bbb;padding-top:3px}
.hl{background:#f4f6f8;padding:8px 10px;border-left:4px solid {{ col }}}
</style></head><body>
<div class="page">
<table style="width:100%"><tr><td><div class="brand">{{ brand }}</div></td><td class="r" style="font-size:7.6pt;color:#555">{{ v_name }}<br>{{ v_street }}<br>{{ v_zip }} {{ v_city }}</td></tr></table>
<table style="width:100%;margin-top:18mm"><tr><td style="width:58%"><div class="sender">{{ v_name }} · {{ v_street }} · {{ v_zip }} {{ v_city }}</div>
<div style="margin-top:3mm">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</div></td>
<td><table class="info"><tr><td class="k">Kundennummer</td><td>{{ kd }}</td></tr><tr><td class="k">Vertragskonto</td><td>{{ vk }}</td></tr>
<tr><td class="k">Rechnungsnummer</td><td><b>{{ inv_no }}</b></td></tr><tr><td class="k">Rechnungsdatum</td><td>{{ d }}</td></tr>
<tr><td class="k">Verbrauchsstelle</td><td>{{ b_street }}</td></tr><tr><td class="k">Zählernummer</td><td>{{ meter }}</td></tr>
<tr><td class="k">Ihr Kontakt</td><td>0800 {{ hot }}</td></tr></table></td></tr></table>
<h2 style="margin-top:14mm">{{ title }}</h2>
<p>Sehr geehrte Damen und Herren,<br>mit diesem Schreiben erhalten Sie Ihre Abrechnung für den Zeitraum {{ p0 }} bis {{ p1 }}. Die Einzelheiten finden Sie auf den folgenden Seiten.</p>
<table class="s" style="width:75%"><tr><td>Abrechnungszeitraum</td><td class="r">{{ p0 }} – {{ p1 }}</td></tr>
<tr><td>Ihr Verbrauch</td><td class="r">{{ kwh }} kWh</td></tr>
<tr><td>Rechnungsbetrag (brutto)</td><td class="r">{{ total }} €</td></tr>
<tr><td>abzüglich geleisteter Abschlagszahlungen (brutto)</td><td class="r">−{{ paid }} €</td></tr>
<tr><td><b>{{ result_label }}</b></td><td class="r"><b>{{ result }} €</b></td></tr></table>
<p class="hl">{{ pay_text }}</p>
<p>Ihr neuer monatlicher Abschlag beträgt ab dem {{ next_d }} <b>{{ next_amt }} €</b>. {% if pages == 3 %}Den vollständigen Abschlagsplan finden Sie auf Seite 3.{% else %}Die Fälligkeiten bleiben unverändert jeweils zum 15. eines Monats.{% endif %}</p>
<p>Mit freundlichen Grüßen<br>Ihre {{ brand }}</p>
<div class="foot">{{ v_name }} · {{ v_street }} · {{ v_zip }} {{ v_city }} · Geschäftsführung: {{ gf }} · Amtsgericht {{ ag }} HRB {{ hrb }} · USt-IdNr. {{ vat }} ·
Steuernummer {{ stnr }} · Gläubiger-ID {{ gid }} · IBAN {{ v_iban }}<span style="float:right">Seite 1 von {{ pages }}</span></div></div>
<div class="page">
<h2>Ihre Rechnung im Detail</h2>
<div style="font-size:8pt">Rechnungsnummer {{ inv_no }} · Kundennummer {{ kd }} · Tarif: {{ tarif }}</div>
<h2 style="font-size:10pt">Zählerstände</h2>
<table class="d"><tr><th>Zählernummer</th><th>Ablesedatum</th><th>Zählerstand alt</th><th>Zählerstand neu</th><th>Differenz</th><th>Ableseart</th></tr>
<tr><td>{{ meter }}</td><td>{{ p1 }}</td><td>{{ r_old }}</td><td>{{ r_new }}</td><td>{{ kwh }} kWh</td><td>{{ read_kind }}</td></tr></table>
<h2 style="font-size:10pt">Berechnung</h2>
<table class="d"><tr><th>Zeitraum</th><th>Preisbestandteil</th><th class="r">Menge</th><th class="r">Preis (netto)</th><th class="r">Betrag netto</th></tr>
{% for it in items %}<tr><td>{{ it.per }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }} €</td></tr>{% endfor %}
<tr><td colspan="4"><b>Summe netto</b></td><td class="r"><b>{{ net }} €</b></td></tr>
<tr><td colspan="4">Umsatzsteuer 19 %</td><td class="r">{{ vat_amt }} €</td></tr>
<tr><td colspan="4"><b>Rechnungsbetrag brutto</b></td><td class="r"><b>{{ total }} €</b></td></tr></table>
<h2 style="font-size:10pt">Geleistete Abschlagszahlungen</h2>
<table class="d"><tr><th>Fälligkeit</th><th class="r">netto</th><th class="r">USt.</th><th class="r">brutto</th></tr>
{% for a in abs %}<tr><td>{{ a.d }}</td><td class="r">{{ a.n }} €</td><td class="r">{{ a.v }} €</td><td class="r">{{ a.b }} €</td></tr>{% endfor %}
<tr><td><b>Summe</b></td><td class="r">{{ paid_n }} €</td><td class="r">{{ paid_v }} €</td><td class="r"><b>{{ paid }} €</b></td></tr></table>
<h2 style="font-size:10pt">Im Preis enthaltene Bestandteile (informativ)</h2>
<table class="d"><tr><th>Bestandteil</th><th class="r">ct/kWh</th><th class="r">Betrag netto</th></tr>
{% for c in comps %}<tr><td>{{ c.n }}</td><td class="r">{{ c.ct }}</td><td class="r">{{ c.a }} €</td></tr>{% endfor %}</table>
<div class="foot">{{ v_name }} · USt-IdNr. {{ vat }} · Rechnungsnummer {{ inv_no }}<span style="float:right">Seite 2 von {{ pages }}</span></div></div>
{% if pages == 3 %}<div class="page"><h2>Informationen gemäß § 40 EnWG</h2>
<table class="d" style="width:70%"><tr><th>Vergleich</th><th class="r">kWh</th></tr><tr><td>Ihr Verbrauch {{ p0[-4:] }}</td><td class="r">{{ kwh }}</td></tr>
<tr><td>Ihr Verbrauch Vorjahr</td><td class="r">{{ kwh_prev }}</td></tr><tr><td>Vergleichskunde gleicher Branche</td><td class="r">{{ kwh_cmp }}</td></tr></table>
<h2 style="font-size:10pt">Abschlagsplan</h2>
<table class="d" style="width:70%"><tr><th>Fälligkeit</th><th class="r">Betrag brutto</th></tr>{% for a in plan %}<tr><td>{{ a }}</td><td class="r">{{ next_amt }} €</td></tr>{% endfor %}</table>
<h2 style="font-size:10pt">Stromkennzeichnung</h2><p style="font-size:7.6pt">Erneuerbare Energien, finanziert aus der EEG-Umlage: {{ ee }} %; sonstige erneuerbare Energien: {{ oe }} %;
Erdgas: {{ gas }} %; Kohle: {{ coal }} %. CO₂-Emissionen: {{ co2 }} g/kWh. Radioaktiver Abfall: 0,0000 g/kWh.</p>
<p style="font-size:7.6pt">Bei Fragen oder Beschwerden erreichen Sie uns unter 0800 {{ hot }}. Schlichtungsstelle Energie e.V., Friedrichstraße 133, 10117 Berlin.
Ihr Netzbetreiber: {{ netz }}. Lieferantenwechsel ist für Sie kostenlos und innerhalb von 24 Stunden möglich.</p>
<div class="foot">{{ v_name }} · USt-IdNr. {{ vat }}<span style="float:right">Seite 3 von 3</span></div></div>{% endif %}
</body></html>"""
)


@style("14", "de_strom_jahresabrechnung")
def s14(rng, i):
    vname, vcity, vstreet, vzip, col, brand = DE_V[i]
    bname, bstreet, bcity = DE_B[i]
    vat_id = "DE" + valid(rng, lambda: digits(rng, 9, True), _devat.is_valid)
    year = rng.choice([2024, 2025])
    p0d, p1d = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if i == 2:
        p0d, p1d = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    d = p1d + dt.timedelta(days=rng.randint(10, 35))

    def f(x):
        return x.strftime("%d.%m.%Y")

    days = (p1d - p0d).days + 1
    change = dt.date(p0d.year, 7, 1) if i != 2 else dt.date(year, 10, 1)
    dd1 = (change - p0d).days
    kwh = rng.randint(9000, 95000)
    k1 = round(kwh * dd1 / days)
    k2 = kwh - k1
    ap1 = D(rng.randint(2450, 3150)) / 100
    ap2 = ap1 + D(rng.choice([-180, -120, 90, 140])) / 100
    gp = D(rng.randint(3800, 6200)) / 10000  # EUR/Tag
    items = [
        {
            "per": f"{f(p0d)} – {f(change - dt.timedelta(days=1))}",
            "desc": "Arbeitspreis",
            "q": D(k1),
            "qf": f"{de(D(k1), 0)} kWh",
            "p": f"{de(ap1)} ct/kWh",
            "amount": q2(k1 * ap1 / 100),
        },
        {
            "per": f"{f(change)} – {f(p1d)}",
            "desc": "Arbeitspreis",
            "q": D(k2),
            "qf": f"{de(D(k2), 0)} kWh",
            "p": f"{de(ap2)} ct/kWh",
            "amount": q2(k2 * ap2 / 100),
        },
        {
            "per": f"{f(p0d)} – {f(p1d)}",
            "desc": "Grundpreis",
            "q": D(days),
            "qf": f"{days} Tage",
            "p": f"{de(gp, 4)} €/Tag",
            "amount": q2(days * gp),
        },
    ]
    if i in (1, 3):
        msb = D(rng.choice([20, 30, 40, 60]))
        items.append(
            {
                "per": f"{f(p0d)} – {f(p1d)}",
                "desc": "Messstellenbetrieb (moderne Messeinrichtung)",
                "q": D(1),
                "qf": "1 Jahr",
                "p": f"{de(msb)} €/Jahr",
                "amount": msb,
            }
        )
    net = sum(it["amount"] for it in items)
    vat = q2(net * D("0.19"))
    total = net + vat
    monthly = (total / 12).quantize(D("1"))
    guthaben = i == 2
    monthly_paid = monthly + (D(rng.randint(8, 40)) if guthaben else -D(rng.randint(5, 30)))
    n_abs = 11 if i != 2 else 12
    abs_rows = []
    for k in range(n_abs):
        m = (p0d.month - 1 + k + (1 if i != 2 else 0)) % 12 + 1
        y = p0d.year + ((p0d.month - 1 + k + (1 if i != 2 else 0)) // 12)
        bn = q2(monthly_paid / D("1.19"))
        abs_rows.append({"d": f(dt.date(y, m, 15)), "n": de(bn), "v": de(monthly_paid - bn), "b": de(monthly_paid)})
    paid = monthly_paid * n_abs
    paid_n = q2(monthly_paid / D("1.19")) * n_abs
    result = total - paid
    due = d + dt.timedelta(days=14) if not guthaben else None
    sepa = i in (0, 3)
    if guthaben:
        pay_text = f"Ihr Guthaben in Höhe von {de(-result)} € erstatten wir Ihnen in den nächsten Tagen auf Ihr Konto."
        result_label = "Ihr Guthaben"
    elif sepa:
        pay_text = (
            f"Den Nachzahlungsbetrag von {de(result)} € buchen wir am {f(due)} von Ihrem Konto {iban_fmt(iban('DE', digits(rng, 18)))[:7]}"
            f"XX XXXX XXXX XX{digits(rng, 2)} ab (SEPA-Lastschrift, Mandatsreferenz {digits(rng, 10)})."
        )
        result_label = "Ihre Nachzahlung"
    else:
        pay_text = f"Bitte überweisen Sie den Nachzahlungsbetrag von {de(result)} € bis zum {f(due)} unter Angabe der Rechnungsnummer."
        result_label = "Ihre Nachzahlung"
    next_d = d + dt.timedelta(days=rng.randint(20, 40))
    next_d = next_d.replace(day=15)
    next_amt = de((total * D("1.04") / 12).quantize(D("1")))
    pages = 3 if i in (1, 3) else 2
    plan = [
        f(dt.date(next_d.year + (next_d.month - 1 + k) // 12, (next_d.month - 1 + k) % 12 + 1, 15)) for k in range(11)
    ]
    comps = [
        ("Netzentgelt", rng.randint(650, 1150)),
        ("Konzessionsabgabe", 132),
        ("Stromsteuer", 205),
        ("Offshore-Netzumlage", rng.randint(60, 82)),
        ("KWKG-Umlage", rng.randint(20, 28)),
        ("§19 StromNEV-Umlage", rng.randint(40, 160)),
    ]
    inv_no = [
        f"{rng.randint(300000000, 399999999)}",
        f"R{year + 1}-{digits(rng, 8)}",
        f"{rng.randint(10000000, 99999999)}",
        f"{digits(rng, 12, True)}",
    ][i]
    kd = digits(rng, 8, True)
    ctx = dict(
        col=col,
        brand=brand,
        v_name=vname,
        v_street=vstreet,
        v_zip=vzip,
        v_city=vcity,
        b_name=bname,
        b_street=bstreet,
        b_city=bcity,
        kd=kd,
        vk=digits(rng, 12, True),
        inv_no=inv_no,
        d=f(d),
        meter=f"1 ESY11 {digits(rng, 4)} {digits(rng, 4)}",
        hot=f"{digits(rng, 3)} {digits(rng, 4)}",
        title=f"Ihre Jahresverbrauchsabrechnung Strom {p1d.year if i != 2 else f'{year}/{year + 1}'}",
        p0=f(p0d),
        p1=f(p1d),
        kwh=de(D(kwh), 0),
        total=de(total),
        paid=de(paid),
        result_label=result_label,
        result=de(abs(result)),
        pay_text=pay_text,
        next_d=f(next_d),
        next_amt=next_amt,
        gf=rng.choice(["Dr. Jens Hartung", "Sabine Roth", "Claus Petersen, Merle Anders"]),
        ag=rng.choice(["Leipzig", "Freiburg i. Br.", "Flensburg", "Osnabrück"]),
        hrb=rng.randint(1000, 29999),
        vat=vat_id,
        stnr=f"{digits(rng, 3)}/{digits(rng, 3)}/{digits(rng, 5)}",
        gid=f"DE{digits(rng, 2)}ZZZ{digits(rng, 11)}",
        v_iban=iban_fmt(iban("DE", digits(rng, 18))),
        tarif=rng.choice(["Gewerbe Strom Fix 24", "Business Strom Regional", "GewerbeStrom Öko"]),
        r_old=de(D(rng.randint(100000, 400000)), 0),
        r_new="",
        read_kind=rng.choice(["Ablesung Netzbetreiber", "Kundenablesung", "Fernauslesung"]),
        items=[
            {"per": it["per"], "desc": it["desc"], "q": it["qf"], "p": it["p"], "a": de(it["amount"])} for it in items
        ],
        net=de(net),
        vat_amt=de(vat),
        abs=abs_rows,
        paid_n=de(paid_n),
        paid_v=de(paid - paid_n),
        comps=[{"n": n, "ct": de(D(c) / 100), "a": de(q2(kwh * D(c) / 10000))} for n, c in comps],
        pages=pages,
        kwh_prev=de(D(round(kwh * rng.uniform(0.85, 1.15))), 0),
        kwh_cmp=de(D(round(kwh * rng.uniform(0.7, 1.3))), 0),
        plan=plan,
        ee=rng.randint(50, 62),
        oe=rng.randint(5, 30),
        gas=rng.randint(5, 15),
        coal=rng.randint(3, 20),
        co2=rng.randint(90, 320),
        netz=rng.choice(["Netz Leipzig GmbH", "Netze BW GmbH", "Schleswig-Holstein Netz AG", "Westnetz GmbH"]),
    )
    ctx["r_new"] = de(D(int(ctx["r_old"].replace(".", "")) + kwh), 0)
    notes = (
        "German annual electricity bill (Jahresverbrauchsabrechnung), "
        + str(pages)
        + " pages: letter with summary on page 1, calculation "
        "on page 2"
        + (", § 40 EnWG information and instalment plan on page 3" if pages == 3 else "")
        + ". invoice_number = Rechnungsnummer; "
        "Kundennummer, Vertragskonto, meter number, Gläubiger-ID, Mandatsreferenz, Steuernummer are decoys; vendor_tax_id = USt-IdNr. in the "
        "footer. invoice_date = Rechnungsdatum; the billing period, meter reading and instalment dates are decoys. Lines = the "
        "'Berechnung' rows (Arbeitspreis split at a price change, Grundpreis in days"
        + (", Messstellenbetrieb" if i in (1, 3) else "")
        + "); quantities kWh / days / 1. subtotal = Summe netto, tax = Umsatzsteuer 19 %, total = Rechnungsbetrag brutto; the "
        "Abschlagszahlungen already paid, the resulting "
        + ("Guthaben (credit, refunded: no due date)" if guthaben else "Nachzahlung")
        + ", the new monthly instalment and the informative price components are decoys. "
        + (
            "due = the SEPA debit date in the sentence. "
            if sepa
            else "due = 'bis zum' date in the sentence. "
            if due
            else ""
        )
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vat_id,
        invoice_number=inv_no,
        po_number=None,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="EUR",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), vat_id, inv_no, f(due) if due else None]
    return t, checks, (S14_HTML, ctx)
