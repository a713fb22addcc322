"""Chromium (HTML) styles for set 42, first part (01 Tartu software and printing firm's ARVE in Estonian with a coloured
LEFT SIDEBAR holding the amount to pay, KM 22 % before July 2025 and 24 % from then, a discount column per row, 02 Irbid
office-supplies trader's فاتورة ضريبية in Arabic RIGHT TO LEFT, GST 16 %, Jordanian dinars to three decimals, an advance
deducted below the total and a dollar counter-value, 03 Arusha hardware shop's EFD receipt in Swahili on an 80 mm ROLL,
VAT 18 % inside the prices, cash and change)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, long_date, viitenumber
from invoice_kit import css, digits, en, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.ee import kmkr, registrikood

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Tartu (KM 22 % / 24 %, EUR), left sidebar, discount column
TA_V = [
    ("Emajõe Tarkvara OÜ", "Riia 142, 50411 Tartu", "#0f766e"),
    ("Toomemäe Trükikoda AS", "Ülikooli 6, 51003 Tartu", "#7c3aed"),
    ("Raekoja IT Lahendused OÜ", "Raekoja plats 12, 51004 Tartu", "#b91c1c"),
    ("Annelinna Kontoritehnika OÜ", "Kalda tee 30, 50104 Tartu", "#1e40af"),
]
TA_B = [
    ("Tartu Ülikooli Kliinikum SA", "L. Puusepa 8, 50406 Tartu"),
    ("Lõuna-Eesti Ehitus OÜ", "Võru 201, 50111 Tartu"),
    ("Elva Vallavalitsus", "Kesk 32, 61507 Elva"),
    ("Pärnu Puidutööstus AS", "Tööstuse 18, 80010 Pärnu"),
]
TA_ROWS = [
    ("Tarkvara arendus, senior arendaja", "h", 4, 60, 55, 95),
    ("Projektijuhtimine", "h", 2, 30, 45, 75),
    ("Serveri hooldus, kuutasu", "kuu", 1, 3, 120, 480),
    ("Trükis A4 voldik 4+4, 170 g", "tk", 250, 5000, 0.08, 0.45),
    ("Visiitkaardid 90x50, 350 g", "tk", 100, 1000, 0.05, 0.2),
    ("Sülearvuti Lenovo ThinkPad E14", "tk", 1, 6, 690, 1190),
    ("Monitor Dell 27\"", "tk", 1, 10, 180, 340),
    ("Microsoft 365 Business Standard litsents", "kuu", 1, 40, 10.5, 12.9),
    ("Koolitus: küberturvalisuse alused", "h", 2, 8, 80, 140),
    ("Transport ja paigaldus", "tk", 1, 1, 25, 90),
]
TA_HTML = """<html lang="et"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:fixed;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:14mm 6mm;box-sizing:border-box;font-size:8pt;line-height:1.45}
.main{margin-left:64mm;margin-right:12mm;padding-top:14mm;font-size:8.6pt}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.4pt;text-align:left;padding:3px;border-bottom:1.5px solid {{ color }}} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #e5e7eb} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555}
.due{background:#fff;color:{{ color }};padding:6px;margin:14px 0;font-size:9pt}
</style></head><body>
<div class="side"><div style="font-size:14pt;font-weight:bold;line-height:1.2">{{ vname }}</div><div style="margin-top:8px">{{ vaddr }}<br>Tel {{ tel }}</div>
<div style="margin-top:10px">Registrikood<br><b>{{ reg }}</b><br>KMKR nr<br><b>{{ vid }}</b></div>
<div class="due">{{ due_label }}<br><b style="font-size:14pt">{{ total }} €</b>{% if due %}<br>Maksetähtaeg {{ due }}{% endif %}</div>
<div>Pank: {{ bank }}<br>IBAN<br>{{ acct }}<br>Viitenumber {{ ref }}</div>
{% if late %}<div style="margin-top:10px;font-size:7pt">Viivis {{ late }} % päevas tasumata summalt.</div>{% endif %}</div>
<div class="main">
<div style="font-size:20pt;font-weight:bold;color:{{ color }};letter-spacing:3px">ARVE</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%"><span class="small">Maksja</span><br><b>{{ bname }}</b><br>{{ baddr }}{% if bid %}<br><span class="small">KMKR nr {{ bid }}</span>{% endif %}{% if cust %}<br><span class="small">Kliendi nr {{ cust }}</span>{% endif %}</td>
<td>Arve nr <b>{{ no }}</b><br>Kuupäev <b>{{ date }}</b>{% if due %}<br>Maksetähtaeg <b>{{ due }}</b>{% endif %}{% if po %}<br>Tellimuse nr {{ po }}{% endif %}{% if contract %}<br>Leping nr {{ contract }} ({{ cdate }}){% endif %}</td></tr></table>
<table class="it"><tr><th>Nr</th><th>Kirjeldus</th><th class="r">Kogus</th><th>Ühik</th><th class="r">Ühiku hind</th><th class="r">Ale %</th><th class="r">Summa</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.8pt"><tr><td>Summa käibemaksuta</td><td class="r" style="padding-left:20px">{{ net }}</td></tr><tr><td>Käibemaks {{ rate }}%</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold;font-size:10pt"><td style="border-top:1px solid #000">Arve summa kokku</td><td class="r" style="border-top:1px solid #000">{{ total }} EUR</td></tr></table>
<div style="margin-top:14px;font-size:8pt">{{ pay }}</div>
<div class="small" style="margin-top:20px">Arve koostas: {{ signer }}. Dokument on koostatud elektrooniliselt ja kehtib allkirjata.</div>
</div></body></html>"""


@style("01", "ee_tar_tartu_arve_km_22_24_sidebar")
def s01(rng, i):
    vname, vaddr, color = TA_V[i]
    bname, baddr = TA_B[i]
    d = [rand_date(rng, end=dt.date(2025, 6, 27)), rand_date(rng, start=dt.date(2025, 7, 1)), rand_date(rng, start=dt.date(2025, 7, 1)), rand_date(rng)][i]
    rate = D(22) if d < dt.date(2025, 7, 1) else D(24)
    items = lines(rng, TA_ROWS, [3, 7, 1, 12][i], D("0.01"))
    for x in items:
        x["disc"] = rng.choice([0, 0, 0, 5, 10, 15]) if i != 2 else 0
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["disc"]) / 100)
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    reg = valid(rng, lambda: rng.choice("18") + digits(rng, 7), registrikood.is_valid)
    vid = valid(rng, lambda: "EE10" + digits(rng, 7), kmkr.is_valid)
    bid = valid(rng, lambda: "EE10" + digits(rng, 7), kmkr.is_valid) if i != 2 else None
    no = [f"{d.year}-{rng.randint(100, 999)}", f"A{rng.randint(10000, 99999)}", f"RIT-{rng.randint(1000, 9999)}", f"{rng.randint(2000, 2999)}"][i]
    lng = lambda x: long_date("et", x, "{d}. {m} {y}")  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lng, lambda x: x.strftime("%d.%m.%Y"), lng][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21])) if i != 3 else None
    po = [f"TK-{rng.randint(100, 999)}", None, f"{rng.randint(1, 9)}-{rng.randint(10, 99)}/{rng.randint(1000, 9999)}", None][i]
    contract = f"L-{rng.randint(10, 99)}/{d.year - 1}" if i in (0, 2) else None
    acct = iban("EE", rng.choice(["22", "10", "77"]) + digits(rng, 14))
    ref = viitenumber(digits(rng, rng.randint(5, 8), True))
    pay = (f"Palume tasuda arve hiljemalt {fd(due)} ülekandega, märkides selgitusse arve numbri või viitenumbri." if due else "Arve on tasutud pangakaardiga kohapeal.")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"+372 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}", reg=reg, vid=vid, total=sp(total),
        due_label="Tasuda" if due else "Tasutud", due=fd(due) if due else None, bank=rng.choice(["Swedbank AS", "AS SEB Pank", "AS LHV Pank"]), acct=iban_fmt(acct), ref=ref,
        late="0,05" if i in (0, 1) else None, bname=bname, baddr=baddr, bid=bid, cust=f"K{rng.randint(1000, 9999)}" if i != 0 else None,
        no=no, date=fd(d), po=po, contract=contract, cdate=fd(d - dt.timedelta(days=rng.randint(60, 400))),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "disc": str(x["disc"]) if x["disc"] else "", "a": sp(x["amount"])} for x in items],
        net=sp(net), rate=rate, tax=sp(tax), pay=pay, signer=rng.choice(["Kadri Tamm", "Margus Kask", "Liis Saar", "Rein Mägi"]),
    )
    notes = (
        "Tartu (Estonia) invoice ('ARVE') in Estonian with a coloured LEFT SIDEBAR (registrikood, KMKR nr, the amount to pay boxed as 'Tasuda' or 'Tasutud', bank, IBAN, viitenumber), "
        "a discount column 'Ale %' per row (the row's 'Summa' is after its discount), '1 234,56' euros, käibemaks (KM) " + f"{rate} % ('22 %' before 1 July 2025, '24 %' from then): "
        "vendor = the sidebar's name; vendor_tax_id = its 'KMKR nr' (EE + 9 digits; the registrikood, the buyer's KMKR nr, the IBAN, the viitenumber, the customer number and the contract are decoys). "
        "invoice_number = 'Arve nr'; invoice_date = 'Kuupäev' (" + ["dd.mm.yyyy", "Estonian words ('12. märts 2026')", "dd.mm.yyyy", "Estonian words"][i] + "). "
        + due_note(due, "Arve on tasutud pangakaardiga", "Maksetähtaeg")
        + po_note(po, "Tellimuse nr")
        + f"subtotal = 'Summa käibemaksuta'; tax = 'Käibemaks {rate}%'; total = 'Arve summa kokku'. Currency EUR. Line items: every row, amount after the row's discount."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, reg, "Arve summa kokku", fd(due) if due else None, ref, bid]}
    return t, chk, (TA_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 02 Irbid (GST 16 %, JOD 3 decimals), Arabic RTL, advance below the total, USD counter-value
IR_V = [
    ("مؤسسة اليرموك للقرطاسية واللوازم المكتبية", "إربد – شارع الجامعة، عمارة رقم 45", "#065f46"),
    ("شركة سهل حوران للمفروشات المكتبية ذ.م.م", "إربد – المدينة الصناعية، شارع 7", "#9a3412"),
    ("مكتبة ومطبعة الحصن التجارية", "إربد – دوار القبة، مقابل البنك العربي", "#1e3a8a"),
    ("شركة عجلون الشمالية لتجهيز المكاتب", "إربد – شارع فلسطين، مجمع الزعبي", "#6b21a8"),
]
IR_B = [
    ("جامعة اليرموك – دائرة اللوازم", "إربد"),
    ("مستشفى الأميرة بسمة التعليمي", "إربد"),
    ("شركة الرمثا للنقل والتخليص", "الرمثا"),
    ("مدارس الأكاديمية الحديثة", "إربد – الحي الشرقي"),
]
IR_ROWS = [
    ("ورق تصوير A4 80 غم (كرتونة 5 رزم)", "كرتونة", 2, 60, 11.5, 17.5),
    ("حبر طابعة HP 85A أصلي", "قطعة", 1, 20, 38, 65),
    ("ملفات بلاستيكية ملونة", "دزينة", 2, 40, 1.8, 4.5),
    ("مكتب خشبي 160 سم مع أدراج", "قطعة", 1, 8, 140, 290),
    ("كرسي مكتب دوار بمسند", "قطعة", 1, 12, 45, 120),
    ("خزانة ملفات معدنية 4 أدراج", "قطعة", 1, 5, 95, 180),
    ("أقلام حبر جاف أزرق (علبة 50)", "علبة", 1, 30, 4.5, 9),
    ("آلة حاسبة مكتبية Casio", "قطعة", 1, 15, 8, 22),
    ("طباعة دفاتر فواتير مرقمة", "دفتر", 10, 200, 1.2, 3.5),
    ("أجور نقل وتركيب", "رحلة", 1, 2, 10, 35),
]
IR_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:{{ color }};color:#fff;font-size:8pt;padding:4px;border:1px solid {{ color }}} table.it td{padding:4px;font-size:8.4pt;border:1px solid #bbb} .n{text-align:left;white-space:nowrap;direction:ltr} .small{font-size:7.4pt;color:#555}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>هاتف: <span dir="ltr">{{ tel }}</span> · سجل تجاري رقم {{ cr }}</div><div style="font-size:8.6pt">الرقم الضريبي: <b>{{ vid }}</b></div></td>
<td style="width:34mm;text-align:left">{{ qr|safe }}</td></tr></table>
<div style="text-align:center;font-size:16pt;font-weight:bold;margin:8px 0;border-top:2px solid {{ color }};border-bottom:2px solid {{ color }};padding:3px">فاتورة ضريبية</div>
<table style="width:100%;font-size:8.8pt"><tr><td style="vertical-align:top;width:52%">رقم الفاتورة: <b>{{ no }}</b><br>تاريخ الفاتورة: <b>{{ date }}</b>{% if due %}<br>تاريخ الاستحقاق: <b>{{ due }}</b>{% endif %}{% if po %}<br>رقم أمر الشراء: {{ po }}{% endif %}{% if dn %}<br>رقم سند التسليم: {{ dn }} بتاريخ {{ dndate }}{% endif %}</td>
<td style="vertical-align:top">السادة: <b>{{ bname }}</b><br>{{ baddr }}<br>الرقم الضريبي للمشتري: {{ bid }}<br>رقم العميل: {{ cust }}</td></tr></table>
<table class="it"><tr><th>#</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>المجموع</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-right:auto;margin-top:8px;font-size:9pt;border-collapse:collapse"><tr><td style="padding:3px 8px">المجموع قبل الضريبة</td><td class="n">{{ net }} د.أ</td></tr><tr><td style="padding:3px 8px">ضريبة المبيعات العامة 16%</td><td class="n">{{ tax }} د.أ</td></tr>
<tr style="font-weight:bold;background:#eee"><td style="padding:3px 8px">المجموع الكلي شامل الضريبة</td><td class="n">{{ total }} د.أ</td></tr>
{% if adv %}<tr><td style="padding:3px 8px">ينزل: دفعة مقدمة بتاريخ {{ advdate }}</td><td class="n">{{ adv }} د.أ</td></tr><tr style="font-weight:bold"><td style="padding:3px 8px">المبلغ المتبقي</td><td class="n">{{ rest }} د.أ</td></tr>{% endif %}</table>
{% if usd %}<div class="small" style="margin-top:6px">المعادل بالدولار الأمريكي (للعلم فقط): <span dir="ltr">USD {{ usd }}</span> بسعر صرف 1 دينار = 1.410 دولار</div>{% endif %}
<div style="margin-top:12px;font-size:8.4pt">{{ pay }}</div>
<div style="font-size:8.4pt">الحساب البنكي: {{ bank }} – <span dir="ltr">{{ acct }}</span></div>
<div class="small" style="margin-top:14px">تم إصدار هذه الفاتورة عبر نظام الفوترة الوطني الإلكتروني (جو فوترة) – الرقم المرجعي {{ uuid }}</div>
<table style="width:100%;margin-top:26px;font-size:8.4pt"><tr><td>المستلم: ____________</td><td>المحاسب: {{ signer }}</td></tr></table>
</body></html>"""


@style("02", "jo_irb_irbid_fatura_daribiya_16_rtl_advance")
def s02(rng, i):
    vname, vaddr, color = IR_V[i]
    bname, baddr = IR_B[i]
    d = rand_date(rng)
    items = lines(rng, IR_ROWS, [5, 2, 9, 7][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    m = lambda x: en(x, 3)  # noqa: E731
    vid = digits(rng, 8, True)
    no = [f"{rng.randint(1000, 9999)}", f"INV-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"SI{rng.randint(10000, 99999)}"][i]
    lng = lambda x: long_date("ar_lev", x)  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), lng, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y/%m/%d")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 2 else None
    po = [f"{rng.randint(100, 999)}/{d.year}", f"PO-{rng.randint(1000, 9999)}", None, None][i]
    adv = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (1, 3) else None
    dn = f"{rng.randint(1000, 9999)}" if i != 1 else None
    usd = en(q2(total * D("1.41"))) if i in (0, 3) else None
    acct = iban("JO", rng.choice(["ARAB", "HBHO", "CAAB", "JONB"]) + digits(rng, 4) + digits(rng, 18))
    pay = f"طريقة الدفع: آجل – يستحق الدفع خلال {(due - d).days} يوماً" if due else "طريقة الدفع: نقداً عند الاستلام"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"02 72{rng.randint(10000, 99999)}", cr=rng.randint(10000, 99999), vid=vid, qr=qr_svg(rng, 28),
        no=no, date=fd(d), due=fd(due) if due else None, po=po, dn=dn, dndate=fd(d - dt.timedelta(days=rng.randint(0, 6))), bname=bname, baddr=baddr,
        bid=digits(rng, 8, True), cust=f"C-{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), adv=m(adv) if adv else None, advdate=fd(d - dt.timedelta(days=rng.randint(10, 40))), rest=m(total - adv) if adv else None,
        usd=usd, pay=pay, bank=rng.choice(["البنك العربي", "بنك الإسكان", "بنك القاهرة عمان"]), acct=iban_fmt(acct), uuid=f"{digits(rng, 8)}-{digits(rng, 4)}-{digits(rng, 4)}",
        signer=rng.choice(["أحمد الزعبي", "ليلى العمري", "محمد بني هاني", "رنا الشرع"]),
    )
    notes = (
        "Irbid (Jordan) office-supplies trader's TAX INVOICE ('فاتورة ضريبية') in Arabic, RIGHT TO LEFT, a fully ruled table, Jordanian dinars to THREE decimals ('1,234.560 د.أ'), general sales tax 16 %, a JoFotara QR code"
        + (", an ADVANCE ('دفعة مقدمة') deducted BELOW the total and the remaining amount ('المبلغ المتبقي')" if adv else "")
        + (", a US-dollar counter-value 'for information only'" if usd else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'الرقم الضريبي' (the buyer's tax number, the commercial register, the IBAN, the customer number, the delivery note and the JoFotara reference are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الفاتورة' (" + ["dd/mm/yyyy", "Arabic words with the Levantine month name", "dd/mm/yyyy", "yyyy/mm/dd"][i] + "). "
        + due_note(due, "طريقة الدفع: نقداً عند الاستلام", "تاريخ الاستحقاق")
        + po_note(po, "رقم أمر الشراء")
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'ضريبة المبيعات العامة 16%'; total = 'المجموع الكلي شامل الضريبة' (before the advance). Currency JOD. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "JOD", net, tax, total, items, notes)
    # the long Arabic date's digits come out of the text layer in visual order, so doc 2 checks its month names only
    dates = [fd(d), fd(due) if due else None] if i != 1 else [MONTHS["ar_lev"][d.month - 1], MONTHS["ar_lev"][due.month - 1], str(d.year)]
    chk = {"printed": [*dates, no, vname, vid, "المجموع الكلي شامل الضريبة", m(total - adv) if adv else None, usd]}
    return t, chk, (IR_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Arusha (VAT 18 % inclusive, TZS), EFD receipt on an 80 mm roll
AR_V = [
    ("KILIMANJARO HARDWARE LTD", "P.O. BOX 1123, SOKOINE ROAD, ARUSHA"),
    ("MERU BUILDING SUPPLIES CO. LTD", "P.O. BOX 3410, NJIRO, ARUSHA"),
    ("NGARENARO VIFAA VYA UJENZI LTD", "P.O. BOX 702, NGARENARO, ARUSHA"),
    ("USA RIVER TOOLS & PAINTS LTD", "P.O. BOX 56, USA RIVER, ARUMERU"),
]
AR_ROWS = [
    ("SARUJI TWIGA 42.5 MFUKO 50KG", "mfuko", 1, 40, 17000, 21000),
    ("MABATI GEJI 30 MITA 3", "pc", 2, 60, 24000, 36000),
    ("MISUMARI INCHI 3", "kg", 1, 20, 4000, 6000),
    ("RANGI YA MAJI LITA 20", "ndoo", 1, 6, 65000, 120000),
    ("NONDO MM 12", "pc", 2, 50, 21000, 29000),
    ("BOMBA PVC INCHI 1/2 MITA 6", "pc", 1, 30, 6500, 11000),
    ("BRASHI YA RANGI INCHI 4", "pc", 1, 10, 3000, 6500),
    ("WAYA WA UMEME 2.5MM ROLL", "roll", 1, 5, 95000, 160000),
    ("KUFULI YA MLANGO SOLEX", "pc", 1, 6, 18000, 35000),
    ("SEMENTI GUNDI YA VIGAE 20KG", "mfuko", 1, 20, 14000, 22000),
    ("MBAO 2X4 FUTI 12", "pc", 2, 40, 9000, 14000),
    ("TAA LED 18W", "pc", 1, 24, 4500, 9000),
    ("BAWABA BISIBISI SETI", "seti", 1, 3, 22000, 40000),
]
AR_HTML = """<html lang="sw"><head><meta charset="utf-8"><style>@page{size:80mm {{ height }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0} .c{text-align:center} .r{text-align:right} table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0} .hr{border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c">*** START OF LEGAL RECEIPT ***<br><b>{{ vname }}</b><br>{{ vaddr }}<br>MOBILE: {{ tel }}<br>TIN: {{ vid }}<br>VRN: {{ vrn }}<br>SERIAL NO: {{ serial }}<br>UIN: {{ uin }}<br>TAX OFFICE: ARUSHA</div>
<div class="hr"></div>
<div>JINA LA MTEJA: {{ bname }}<br>{% if btin %}TIN YA MTEJA: {{ btin }}<br>{% endif %}{% if bvrn %}VRN YA MTEJA: {{ bvrn }}<br>{% endif %}NAMBA YA SIMU: {{ bphone }}</div>
<div class="hr"></div>
<table><tr><td>RISITI NA. (RECEIPT NUMBER):</td><td class="r">{{ no }}</td></tr><tr><td>Z NUMBER:</td><td class="r">{{ znum }}</td></tr><tr><td>TAREHE (DATE): {{ date }}</td><td class="r">SAA: {{ time }}</td></tr></table>
<div class="hr"></div>
{% for it in items %}<div>{{ it.d }}</div><table><tr><td>{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }} A</td></tr></table>{% endfor %}
<div class="hr"></div>
<table><tr><td>JUMLA BILA KODI (TOTAL EXCL OF TAX):</td><td class="r">{{ net }}</td></tr><tr><td>VAT A-18.00%:</td><td class="r">{{ tax }}</td></tr><tr><td>JUMLA YA KODI (TOTAL TAX):</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>JUMLA KUU (TOTAL INCL OF TAX):</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div class="hr"></div>
<table>{% if cash %}<tr><td>TASLIMU (CASH):</td><td class="r">{{ cash }}</td></tr><tr><td>CHENJI (CHANGE):</td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>{{ method }}:</td><td class="r">{{ total }}</td></tr><tr><td>KUMB. YA MALIPO:</td><td class="r">{{ mref }}</td></tr>{% endif %}<tr><td>IDADI YA BIDHAA:</td><td class="r">{{ count }}</td></tr></table>
<div class="hr"></div>
<div class="c">RECEIPT VERIFICATION CODE<br><b>{{ rvc }}</b><br>{{ qr|safe }}<br>*** END OF LEGAL RECEIPT ***<br>ASANTE KWA KUNUNUA NASI<br>Bidhaa zilizouzwa hazirudishwi</div>
</body></html>"""


@style("03", "tz_aru_arusha_efd_risiti_vat_18_roll")
def s03(rng, i):
    vname, vaddr = AR_V[i]
    d = rand_date(rng)
    items = lines(rng, AR_ROWS, [3, 8, 13, 5][i], D("100"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 18 / 118).quantize(D("1"))
    net = total - tax
    vid = f"{rng.randint(100, 199)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    vrn = f"40-0{rng.randint(10000, 99999)}-{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    no = str(rng.randint(100, 99999))
    m = en
    lng = lambda x: long_date("sw", x)  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lng, lambda x: x.strftime("%d/%m/%Y")][i]
    cash = None
    if i in (0, 2):
        cash = ((total // 10000) + rng.randint(1, 3)) * 10000
    ctx = dict(
        height=150 + 9 * len(items), vname=vname, vaddr=vaddr, tel=f"07{rng.randint(10000000, 99999999)}", vid=vid, vrn=vrn, serial=f"10TZ{rng.randint(100000, 999999)}",
        uin=f"09VFDWEBAPI-{digits(rng, 12)}{rng.randint(1000, 9999)}", bname=rng.choice(["MTEJA WA KAWAIDA", "JOHN MOLLEL", "ARUSHA SAFARI LODGE LTD", "NEEMA LYIMO"]),
        btin=f"{rng.randint(100, 199)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}" if i in (1, 3) else None, bvrn=f"40-0{rng.randint(10000, 99999)}-K" if i == 1 else None,
        bphone=f"07{rng.randint(10000000, 99999999)}", no=no, znum=f"{d.strftime('%Y%m%d')}/{rng.randint(1, 999)}", date=fd(d), time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items], net=m(net), tax=m(tax), total=m(total),
        cash=m(cash) if cash else None, change=m(cash - total) if cash else None, method=["", "M-PESA", "", "CRDB CARD"][i], mref=f"{rng.choice(['QK', 'RA', 'TB'])}{digits(rng, 8)}",
        count=len(items), rvc=f"{rng.randint(0x100000, 0xFFFFFF):X}{rng.randint(100, 999)}", qr=qr_svg(rng, 24),
    )
    notes = (
        "Arusha (Tanzania) hardware shop's EFD (TRA electronic fiscal device) receipt on an 80 mm ROLL in monospace, labels in Swahili with the TRA English terms in brackets, two lines per item, "
        "VAT 18 % INCLUDED in the prices (whole shillings with '.00', '1,234,567.00'): vendor = the name at the top; vendor_tax_id = its 'TIN' (the VRN, serial number, UIN, Z number, the customer's TIN and VRN, the receipt verification code and the payment reference are decoys). "
        "invoice_number = 'RISITI NA. (RECEIPT NUMBER)'; invoice_date = 'TAREHE (DATE)' (" + ["dd/mm/yyyy", "dd-mm-yyyy", "Swahili words ('12 Machi 2026')", "dd/mm/yyyy"][i] + "). "
        "Paid at the counter (" + ("cash with change" if cash else ["", "M-PESA", "", "card"][i]) + "): no due date (null). No PO. "
        "subtotal = 'TOTAL EXCL OF TAX'; tax = 'TOTAL TAX'; total = 'TOTAL INCL OF TAX'. Currency TZS. Line items: every item, the amounts include VAT."
    )
    t = truth(vname, vid, no, None, d, None, "TZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), vname, vid, vrn, "TOTAL INCL OF TAX", ctx["rvc"], ctx["change"], ctx["znum"]]}
    return t, chk, (AR_HTML, ctx)
