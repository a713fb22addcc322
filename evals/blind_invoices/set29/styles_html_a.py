"""Chromium (HTML) styles for set 29, first part (01 Damascus printing press's فاتورة in Arabic, right to left, in whole
Syrian pounds with no tax (Syria levies no VAT), an advance deducted below the total and a US-dollar counter-value,
02 Hargeisa hotel's QAANSHEEG in Somali with the Somaliland GST 5 % on lodging and meals in US dollars, a deposit and
a Somaliland-shilling counter-value, 03 Connemara builder's SONRASC in Irish with VAT (CBL) at 13.5 % on works and
23 % on goods supplied, a rate column and a summary per rate at the left)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ga_date, so_date
from invoice_kit import css, digits, en, iban, iban_fmt, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth
from stdnum.ie import vat as ie_vat

STYLES, style = style_registry("chromium")

LAM_ALEF = ("لا", "لأ", "لإ", "لآ")  # pymupdf reads chromium's lam-alef ligatures back reordered (set 27's README)


# =========================================================================== 01 Damascus printing press (no tax, whole SYP), right to left, advance deducted
SY_V = [
    ("مطبعة الشام الحديثة", "شارع بغداد، دمشق", "#7f1d1d"),
    ("مطبعة حلب للطباعة والتغليف", "المنطقة الصناعية بالشيخ نجار، حلب", "#1e3a8a"),
    ("دار الساحل للطباعة", "شارع بور سعيد، اللاذقية", "#065f46"),
    ("مطبعة العاصي", "شارع الدبلان، حمص", "#6b21a8"),
]
SY_B = [
    ("شركة بردى للصناعات الغذائية", "دمشق - المزة"),
    ("معمل الشهباء للنسيج", "حلب"),
    ("فندق البحر الأزرق", "اللاذقية"),
    ("جامعة البعث - كلية الهندسة", "حمص"),
]
SY_ROWS = [
    ("بطاقات عمل ملونة على وجهين (علبة 100)", "علبة", 5, 60, 25000, 60000),
    ("بروشور A4 مطوي ثلاث طيات", "نسخة", 500, 5000, 900, 2500),
    ("أكياس ورقية مطبوعة بشعار الشركة", "كيس", 500, 4000, 1200, 3500),
    ("علب كرتون مطبوعة أربعة ألوان", "علبة", 200, 3000, 3000, 9000),
    ("دفاتر فواتير بنسختين (50 ورقة)", "دفتر", 10, 200, 15000, 40000),
    ("لافتة فينيل مطبوعة 3 × 1 م", "قطعة", 1, 10, 150000, 400000),
    ("تصميم وإخراج فني", "ساعة", 2, 20, 40000, 90000),
]

SY_HTML = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
td,th{text-align:right} .small{font-size:7.6pt;color:#555} .n{direction:ltr;text-align:left;white-space:nowrap}
table.g{width:100%;border-collapse:collapse;margin-top:14px} table.g th{border-bottom:2px solid {{ color }};padding:5px 6px;color:{{ color }}} table.g td{padding:5px 6px}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:18pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_addr }} - الجمهورية العربية السورية</div><div class="small">هاتف <span dir="ltr">{{ tel }}</span> · سجل تجاري رقم <span dir="ltr">{{ cr }}</span> · سجل صناعي رقم <span dir="ltr">{{ ir }}</span></div></td>
<td style="vertical-align:top;width:36%"><div style="background:{{ color }};color:#fff;font-size:16pt;font-weight:bold;padding:6px 10px;text-align:center">فاتورة مبيع</div>
<table style="width:100%;margin-top:6px">{% for k, v in meta %}<tr><td style="padding:2px 6px;color:#555">{{ k }}</td><td class="n" style="padding:2px 6px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px;border:1px solid #ccc;padding:6px 8px"><b>المطلوب من السادة:</b> {{ b_name }} - {{ b_city }} &nbsp;·&nbsp; رقم الحساب لدينا: <span dir="ltr">{{ cust }}</span></div>
<table class="g"><tr><th>م</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>السعر الإفرادي</th><th>القيمة</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px;border-top:1px solid #999"><tr><td style="vertical-align:top;width:50%" class="small" >{{ note }}<br>{{ usd }}<br>{{ bank }}</td>
<td style="vertical-align:top"><table style="width:100%">{% for k, v, b in tot %}<tr><td style="padding:3px 6px{% if b %};font-weight:bold;font-size:11pt{% endif %}">{{ k }}</td><td class="n" style="padding:3px 6px{% if b %};font-weight:bold;font-size:11pt{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:40px" class="small">توقيع المستلم: ______________ &nbsp;&nbsp;&nbsp;&nbsp; المحاسب: ______________ &nbsp;&nbsp;&nbsp;&nbsp; الختم</div>
</body></html>"""


@style("01", "sy_damascus_matbaa_fatura_bila_dariba_syp")
def s01(rng, i):
    vname, vaddr, color = SY_V[i]
    bname, bcity = SY_B[i]
    assert not any(x in vname for x in LAM_ALEF)
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 11, 28))
    items = lines(rng, SY_ROWS, rng.randint(2, 5), D("100"))
    total = sum(x["amount"] for x in items)
    adv = q2(total * D(rng.choice([20, 25, 30, 50])) / 100 / 1000) * 1000
    rest = total - adv
    no = [f"{rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}", f"F-{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(10, 999):03d}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=15)][i]
    term = ["الدفع نقداً عند التسليم", "", "", ""][i]
    po = [None, f"{rng.randint(100, 999)}/ش", f"PO-{rng.randint(1000, 9999)}", None][i]
    po_label = "رقم طلب الشراء"
    meta = [("رقم الفاتورة", no), ("تاريخ الفاتورة", fd(d))]
    if po:
        meta.append((po_label, po))
    meta.append(("تاريخ الطلب", fd(d - dt.timedelta(days=rng.randint(7, 25)))))
    meta.append(("إشعار تسليم رقم", f"{rng.randint(100, 9999)}"))
    if due:
        meta.append(("تاريخ الاستحقاق", fd(due)))
    r = lambda x: en(x, 0)  # noqa: E731
    tot = [("مجموع الفاتورة (ليرة سورية)", r(total), True), ("دفعة مقدمة مستلمة", r(adv), False), ("المتبقي للدفع", r(rest), False)]
    rate = rng.randint(11000, 13500)
    ctx = dict(
        base=css(margin="14mm 14mm", fs="9.2pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"+963 {rng.choice(['11', '21', '41', '31'])} {digits(rng, 7)}",
        cr=digits(rng, 5, True),
        ir=digits(rng, 4, True),
        meta=meta,
        b_name=bname,
        b_city=bcity,
        cust=f"{rng.randint(100, 999)}-{rng.randint(10, 99)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": r(x["price"]), "a": r(x["amount"])} for x in items],
        tot=tot,
        note=(term + ". " if term else "") + "الأسعار بالليرة السورية وتشمل التصميم والتغليف. لا تقبل الاعتراضات بعد مرور سبعة أيام على الاستلام.",
        usd=f"للعلم: ما يعادل {en(q2(total / rate))} دولار أمريكي بسعر {en(rate, 0)} ل.س للدولار",
        bank=f"{rng.choice(['المصرف التجاري السوري', 'بنك سورية والمهجر', 'بنك بيمو السعودي الفرنسي'])} - حساب رقم {digits(rng, 10, True)}",
    )
    notes = (
        "Damascus / Aleppo / Latakia / Homs printing press's فاتورة مبيع in Arabic, right to left, in whole Syrian pounds with commas grouping the thousands ('1,234,500'): no tax (Syria levies no VAT or general sales tax), the invoice total first in the totals box, then an advance received and the remainder: vendor = the name at the top right; no vendor tax id (null; the commercial and industrial register numbers are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الفاتورة' ("
        + ["dd/mm/yyyy", "yyyy/mm/dd", "dd-mm-yyyy", "dd.mm.yyyy"][i]
        + "); the order date ('تاريخ الطلب') and the delivery note number are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, po_label)
        + "The customer account number is no PO. No subtotal or tax (null). total = 'مجموع الفاتورة (ليرة سورية)' (the rows' sum); 'دفعة مقدمة مستلمة' (advance received) and 'المتبقي للدفع' (remainder to pay) are decoys. The US-dollar counter-value is a decoy. Currency SYP. Line items: every row."
    )
    t = truth(vname, None, no, po, d, due, "SYP", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "مجموع الفاتورة"], (SY_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 02 Hargeisa hotel (GST 5 %, USD), Somali, deposit
SO_V = [
    ("Huteelka Maansoor", "Hargeysa, Jamhuuriyadda Somaliland", "#0e7490"),
    ("Huteelka Xeebta Berbera", "Berbera, Jamhuuriyadda Somaliland", "#1d4ed8"),
    ("Huteelka Daallo", "Burco, Jamhuuriyadda Somaliland", "#92400e"),
    ("Huteelka Golis", "Boorama, Jamhuuriyadda Somaliland", "#15803d"),
]
SO_B = [
    ("Hay'adda Horumarinta Beeraha (Xafiiska Hargeysa)", "Hargeysa"),
    ("Shirkadda Dekedda iyo Saadka", "Berbera"),
    ("Ururka Ganacsatada Burco", "Burco"),
    ("Jaamacadda Camuud - Qaybta Shirarka", "Boorama"),
]
SO_ROWS = [
    ("Qol hal qof ah (Single) - habeen", "habeen", 1, 14, 45, 90),
    ("Qol laba qof ah (Double) - habeen", "habeen", 1, 10, 65, 130),
    ("Quraac", "qof", 2, 30, 5, 12),
    ("Qado / Casho makhaayadda", "qof", 2, 40, 8, 20),
    ("Hoolka shirarka - maalin", "maalin", 1, 3, 150, 400),
    ("Dhaqidda dharka", "xabbo", 5, 40, 1, 3),
    ("Shaah iyo cabbitaan shirka", "qof", 10, 60, 2, 5),
]

SO_HTML = """<html lang="so"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.6pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:12px}
table.g th{background:#f1f5f9;padding:5px 6px;text-align:left;border-top:2px solid {{ color }}} table.g td{padding:5px 6px;border-bottom:1px dotted #bbb}
</style></head><body>
<div style="text-align:center;border-bottom:3px double {{ color }};padding-bottom:6px"><div style="font-size:19pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div class="small">{{ v_addr }} · Tel. {{ tel }} · Liisanka ganacsiga: {{ lic }}</div></div>
<div style="font-size:15pt;font-weight:bold;margin-top:10px;text-align:center;letter-spacing:2px">QAANSHEEG</div>
<table style="width:100%;margin-top:6px"><tr><td style="vertical-align:top;width:50%"><b>Macmiilka:</b> {{ b_name }}<br>{{ b_city }}<br>Martida: {{ guest }}<br>Qolka: {{ room }} · Imaatinka: {{ arr }} · Bixitaanka: {{ dep }}</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td style="padding:2px 8px;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="g"><tr><th>#</th><th>Faahfaahin</th><th>Unug</th><th class="r">Tirada</th><th class="r">Qiimaha (USD)</th><th class="r">Wadarta (USD)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:330px">{% for k, v, b in tot %}<tr><td style="padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid #333{% endif %}">{{ k }}</td><td class="r" style="padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<p class="small" style="margin-top:10px">GST 5% waxaa lagu dabaqay hoyga, cuntada iyo adeegyada la xiriira ee huteelka (Xeerka Dakhliga Somaliland No. 72/2016). {{ slsh }}</p>
<p class="small">{{ term }}Lacag-bixinta: {{ bank }} · Zaad / E-Dahab: {{ zaad }}</p>
<table style="width:100%;margin-top:30px" class="small"><tr><td>Saxiixa martida: ____________</td><td style="text-align:right">Qasnajiga: ____________</td></tr></table>
</body></html>"""


@style("02", "so_hargeisa_hudheel_qaansheeg_gst_5_usd")
def s02(rng, i):
    vname, vaddr, color = SO_V[i]
    bname, bcity = SO_B[i]
    d = rand_date(rng)
    items = lines(rng, SO_ROWS, rng.randint(3, 6), D("0.5"))
    net = sum(x["amount"] for x in items)
    gst = q2(net * D("0.05"))
    total = net + gst
    dep = D(rng.choice([0, 100, 200, 300])) if i != 2 else D(0)
    dep = min(dep, q2(total / 2))
    no = [f"HM-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"QD{rng.randint(100000, 999999)}", f"{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), so_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = [None, None, d + dt.timedelta(days=14), d + dt.timedelta(days=30)][i]
    term = ["Lacagta waa in la bixiyaa marka la baxayo. ", "Lacag caddaan ah ama Zaad. ", "", ""][i]
    po = [f"LPO-{rng.randint(100, 999)}", None, None, f"{rng.randint(10, 99)}/{d.year}"][i]
    po_label = "Amarka iibka (LPO)"
    nights = rng.randint(1, 6)
    arr = d - dt.timedelta(days=nights)
    meta = [("Lambarka qaansheegta", no), ("Taariikhda", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Taariikhda bixinta", fd(due)))
    meta.append(("Lambarka diiwaanka (folio)", f"F{rng.randint(1000, 9999)}"))
    m = lambda x: "$" + en(x)  # noqa: E731
    tot = [("Wadarta ka hor cashuurta", m(net), False), ("GST 5%", m(gst), False), ("Wadarta guud", m(total), True)]
    if dep:
        tot += [("Deebaaji horay loo bixiyay", m(dep), False), ("Haraaga lagu leeyahay", m(total - dep), False)]
    rate = rng.choice([8500, 8700, 8900, 9000])
    ctx = dict(
        base=css(margin="14mm 15mm", fs="9.3pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"+252 63 {digits(rng, 7)}",
        lic=f"{rng.randint(1000, 9999)}/{d.year}",
        b_name=bname,
        b_city=bcity,
        guest=rng.choice(["Maxamed Cali Xuseen", "Hodan Axmed Warsame", "Cabdiraxmaan Yuusuf", "Sahra Maxamuud Jaamac"]),
        room=str(rng.randint(101, 420)),
        arr=arr.strftime("%d/%m/%Y"),
        dep=d.strftime("%d/%m/%Y"),
        meta=meta,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        tot=tot,
        slsh=f"Qiyaasta shilin Somaliland: {en(q2(total * rate), 0)} SlSh (sarifka {en(rate, 0)}).",
        term=term,
        bank=f"{rng.choice(['Dahabshil Bank International', 'Premier Bank', 'Salaam Somali Bank'])} xisaabta {digits(rng, 10, True)}",
        zaad=f"063 {digits(rng, 7)}",
    )
    notes = (
        "Hargeisa / Berbera / Burao / Borama hotel's QAANSHEEG (invoice) in Somali to an organisation, in US dollars, with the Somaliland GST 5 % on lodging, meals and incidental hotel services: vendor = the hotel name at the top; no vendor tax id (null; the business licence number is a decoy). "
        "invoice_number = 'Lambarka qaansheegta'; invoice_date = 'Taariikhda' ("
        + ["dd/mm/yyyy", "Somali words ('12 Maarso 2026')", "dd-mm-yyyy", "yyyy-mm-dd"][i]
        + "); the arrival and departure dates, the room and the folio number are decoys. "
        + due_note(due, term.strip(), "Taariikhda bixinta")
        + po_note(po, po_label)
        + "subtotal = 'Wadarta ka hor cashuurta'; tax = 'GST 5%'; total = 'Wadarta guud'"
        + ("; the deposit ('Deebaaji horay loo bixiyay') and the balance ('Haraaga lagu leeyahay') below it are decoys. " if dep else ". ")
        + "The Somaliland-shilling counter-value is a decoy. Currency USD. Line items: every row."
    )
    t = truth(vname, None, no, po, d, due, "USD", net, gst, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "Wadarta guud"], (SO_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 03 Connemara builder (CBL 13.5 % and 23 %, EUR), Irish
IE_V = [
    ("Tógáil Ó Flatharta Teoranta", "An Cheathrú Rua, Co. na Gaillimhe", "#166534"),
    ("Foirgníocht Mhic Giolla Bhríde", "Gaoth Dobhair, Co. Dhún na nGall", "#1e40af"),
    ("Ó Sé agus a Mhac, Tógálaithe", "An Daingean, Co. Chiarraí", "#9a3412"),
    ("Deisiúcháin Tí Uí Chonghaile Teo.", "Ráth Chairn, Co. na Mí", "#5b21b6"),
]
IE_B = [
    ("Máire Ní Fhlatharta", "Ros an Mhíl, Co. na Gaillimhe"),
    ("Seán Mac Fhionnlaoich", "Bun Beag, Co. Dhún na nGall"),
    ("Peadar agus Nóra Ó Conchúir", "Baile an Fheirtéaraigh, Co. Chiarraí"),
    ("Comharchumann Ráth Chairn", "Baile Átha Buí, Co. na Mí"),
]
IE_135 = [
    ("Deisiú dín: slinnte a athsholáthar", "m²", 10, 80, 38, 75),
    ("Obair phlástrála, seomra suí", "m²", 10, 60, 18, 34),
    ("Fuinneoga a shuiteáil (obair agus ábhar)", "aonad", 1, 8, 420, 880),
    ("Uaireanta oibre saoir", "uair", 4, 40, 42, 60),
    ("Urlár coincréite a leagan", "m²", 8, 40, 30, 55),
]
IE_23 = [
    ("Péint sheachtrach 10 L (soláthar amháin)", "canna", 1, 6, 55, 95),
    ("Sorn adhmaid (soláthar gan suiteáil)", "aonad", 1, 1, 780, 1450),
    ("Gléas braite deataigh (soláthar amháin)", "aonad", 2, 6, 18, 40),
]

IE_HTML = """<html lang="ga"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.5pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:12px}
table.g th{padding:4px 5px;text-align:left;border-bottom:1.5px solid {{ color }};color:{{ color }}} table.g td{padding:4px 5px;border-bottom:1px solid #e5e7eb}
table.s td,table.s th{padding:3px 7px;border:1px solid #d1d5db}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_addr }}</div><div class="small">Fón {{ tel }} · Uimhir CBL: {{ vat }} · Uimh. chláraithe cuideachta {{ cro }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:22pt;font-weight:bold;letter-spacing:3px">SONRASC</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top;width:50%"><div class="small">Chuig:</div><b>{{ b_name }}</b><br>{{ b_addr }}<br><span class="small">Uimhir chustaiméara: {{ cust }}</span></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td style="padding:2px 0;text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:8px">Láithreán: {{ site }} · Meastachán uimh. {{ quote }}</div>
<table class="g"><tr><th>Cur síos</th><th class="r">Méid</th><th>Aonad</th><th class="r">Praghas</th><th class="r">CBL %</th><th class="r">Glan</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:16px"><tr><td style="vertical-align:top;width:55%"><table class="s"><tr><th>Ráta CBL</th><th class="r">Glanmhéid</th><th class="r">CBL</th></tr>
{% for r, b, t in split %}<tr><td>{{ r }}</td><td class="r">{{ b }}</td><td class="r">{{ t }}</td></tr>{% endfor %}</table>
<table style="margin-top:10px">{% for k, v, b in tot %}<tr><td style="padding:2px 14px 2px 0{% if b %};font-weight:bold;font-size:11pt{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;font-size:11pt{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top" class="small">{{ pay }}<br><br>Banc: {{ bank }}<br>IBAN: {{ iban }}<br>BIC: {{ bic }}<br><br>Tagairt íocaíochta: {{ no }}</td></tr></table>
<p class="small" style="margin-top:18px">Tá CBL 13.5% ar obair ar theach cónaithe (tógáil agus deisiú); 23% ar earraí a soláthraíodh gan suiteáil. Go raibh maith agat as do ghnó.</p>
</body></html>"""


@style("03", "ie_gaeltacht_sonrasc_cbl_23_13_5")
def s03(rng, i):
    vname, vaddr, color = IE_V[i]
    bname, baddr = IE_B[i]
    d = rand_date(rng)
    a = [dict(x, rate=D("13.5")) for x in lines(rng, IE_135, rng.randint(2, 4), D("0.5"))]
    b = [dict(x, rate=D("23")) for x in lines(rng, IE_23, rng.randint(1, 2), D("0.5"))]
    items = a + b
    ba = sum(x["amount"] for x in a)
    bb = sum(x["amount"] for x in b)
    ta = q2(ba * D("0.135"))
    tb = q2(bb * D("0.23"))
    net, tax = ba + bb, ta + tb
    total = net + tax
    vat = None
    for _ in range(5000):
        c = "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
        if ie_vat.is_valid(c):
            vat = c
            break
    assert vat
    no = [f"S-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(10, 999):03d}", f"{rng.randint(200, 999)}", f"SON{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), ga_date, lambda x: x.strftime("%d/%m/%Y"), ga_date][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=14), None, None][i]
    term = ["", "", "Íocaíocht laistigh de 30 lá", ""][i]
    po = [None, None, None, f"OC-{rng.randint(100, 999)}"][i]
    po_label = "Uimhir ordaithe"
    meta = [("Uimhir sonraisc", no), ("Dáta", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Dáta dlite", fd(due)))
    meta.append(("Dáta na hoibre", f"{(d - dt.timedelta(days=rng.randint(10, 30))).strftime('%d/%m')} – {(d - dt.timedelta(days=rng.randint(1, 8))).strftime('%d/%m/%Y')}"))
    m = lambda x: "€" + en(x)  # noqa: E731
    split = [("13.5%", m(ba), m(ta)), ("23%", m(bb), m(tb))]
    tot = [("Glanmhéid iomlán", m(net), False), ("CBL iomlán", m(tax), False), ("IOMLÁN LE hÍOC", m(total), True)]
    ctx = dict(
        base=css(margin="15mm 15mm", fs="9.2pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"0{rng.choice(['91', '74', '66', '46'])} {digits(rng, 3)} {digits(rng, 4)}",
        vat=vat,
        cro=digits(rng, 6, True),
        b_name=bname,
        b_addr=baddr,
        cust=f"C{rng.randint(100, 999)}",
        meta=meta,
        site=baddr,
        quote=f"M{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": f"{x['rate']}%", "a": m(x["amount"])} for x in items],
        split=split,
        tot=tot,
        pay=(f"Íoc faoin {fd(due)}, le do thoil." if due else (term + "." if term else "Íocaíocht ar an toirt, le do thoil.")),
        bank=rng.choice(["AIB", "Bank of Ireland", "PTSB"]),
        iban=iban_fmt(iban("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14))),
        bic=rng.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"]),
        no=no,
    )
    notes = (
        "Connemara / Gweedore / Dingle / Rath Cairn (Gaeltacht) builder's SONRASC in Irish, in euros, with VAT (CBL) at 13.5 % on work on a dwelling and 23 % on goods supplied without installation, a rate column per row, a summary per rate and the totals at the left under it: vendor = the company name at the top left; vendor_tax_id = 'Uimhir CBL' (IE, 7 digits and a check letter; the company registration number is a decoy). "
        "invoice_number = 'Uimhir sonraisc'; invoice_date = 'Dáta' ("
        + ["dd/mm/yyyy", "Irish words ('12 Márta 2026')", "dd/mm/yyyy", "Irish words"][i]
        + "); the dates of the work and the estimate number are decoys. "
        + due_note(due, term, "Dáta dlite")
        + po_note(po, po_label)
        + "The customer number and the payment reference are no PO. subtotal = 'Glanmhéid iomlán'; tax = 'CBL iomlán' (13.5 % plus 23 %); total = 'IOMLÁN LE hÍOC'. Currency EUR. Amounts '€1,234.56'. Line items: every row (net)."
    )
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, vat, "IOMLÁN LE hÍOC"], (IE_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)
