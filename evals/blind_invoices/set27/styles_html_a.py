"""Chromium (HTML) styles for set 27, first part (01 Yemeni internet provider's فاتورة ضريبية in Arabic, right to left,
with the general sales tax at 5 % on equipment and works and 10 % on telecommunication services, whole rials and a
US-dollar counter-value, 02 Erbil solar installer's پسوولە in Sorani Kurdish and English, right to left, in Iraqi
dinars with no sales tax, a paid amount and a balance, 03 Saint-Barthélemy villa-services company's facture written
as a letter in French, with no TVA and the total in words)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ar_date, rows
from kit_common import due_note, po_note, truth
from invoice_kit import css, digits, en, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS, fr_date
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Yemen internet provider (GST 5 % and 10 %, YER), right to left
YE_V = [
    ("شركة سبأ نت لخدمات الشبكات المحدودة", "شارع الزبيري، صنعاء", "#0e7490"),
    ("مؤسسة البحر العربي للشبكات والحاسوب", "كريتر، عدن", "#1d4ed8"),
    ("شركة النجم اليمني للشبكات", "شارع جمال عبدالناصر، تعز", "#7c2d12"),
    ("مؤسسة حضرموت الرقمية للشبكات", "فوه، المكلا، حضرموت", "#166534"),
]
YE_B = [
    ("فندق تاج سبأ", "شارع علي عبدالمغني، صنعاء"),
    ("مستشفى الأمل التخصصي", "المنصورة، عدن"),
    ("جامعة الحكمة الأهلية", "الحوبان، تعز"),
    ("شركة وادي حضرموت للتجارة", "سيئون، حضرموت"),
]
YE_10 = [
    ("اشتراك إنترنت ألياف ضوئية شهري 50 ميجا", "شهر", 1, 3, 45000, 95000),
    ("باقة بيانات 4G للشركات 200 جيجا", "باقة", 1, 6, 18000, 36000),
    ("خدمة عنوان IP ثابت (شهري)", "شهر", 1, 3, 6000, 12000),
    ("اشتراك إنترنت لاسلكي للفروع", "فرع", 1, 4, 25000, 55000),
]
YE_5 = [
    ("جهاز راوتر واي فاي مزدوج النطاق", "جهاز", 1, 6, 28000, 65000),
    ("نقطة وصول لاسلكية خارجية", "جهاز", 1, 4, 42000, 90000),
    ("كابل شبكة Cat6 (متر)", "متر", 50, 300, 250, 600),
    ("تمديد وتركيب الشبكة الداخلية", "نقطة", 4, 30, 3500, 8000),
    ("مفتاح شبكة 24 منفذ", "جهاز", 1, 2, 60000, 140000),
]

YE_HTML = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
td,th{text-align:right}
table.g{width:100%;border-collapse:collapse;margin-top:10px} table.g td,table.g th{border:1px solid #999;padding:4px 6px}
table.g th{background:{{ color }};color:#fff}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;color:{{ color }};font-weight:bold">{{ v_name }}</div>
<div>{{ v_addr }} - الجمهورية اليمنية</div><div>هاتف: <span dir="ltr">{{ tel }}</span></div>
<div>الرقم الضريبي: <span dir="ltr">{{ tax_id }}</span> · السجل التجاري: <span dir="ltr">{{ cr }}</span></div></td>
<td style="vertical-align:top;text-align:left"><div style="font-size:20pt;font-weight:bold">فاتورة ضريبية</div>
<table style="margin-right:auto">{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td dir="ltr" style="text-align:left;padding:2px 8px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px;border-top:2px solid {{ color }};padding-top:6px"><b>العميل:</b> {{ b_name }} - {{ b_addr }} · <b>رقم المشترك:</b> <span dir="ltr">{{ sub_no }}</span></div>
<table class="g"><tr><th>م</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>نسبة الضريبة</th><th>المبلغ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td dir="ltr" style="text-align:left">{{ it.q }}</td><td dir="ltr" style="text-align:left">{{ it.p }}</td><td dir="ltr" style="text-align:left">{{ it.r }}</td><td dir="ltr" style="text-align:left">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;width:55%"><div class="small">{{ note }}</div>
<div style="margin-top:8px">يعادل بالدولار الأمريكي: <span dir="ltr">{{ usd }}</span> (سعر الصرف <span dir="ltr">{{ rate }}</span> ريال للدولار، للعلم فقط)</div>
<div style="margin-top:8px">الحساب البنكي: {{ bank }} رقم <span dir="ltr">{{ acct }}</span></div></td>
<td style="vertical-align:top"><table class="g" style="margin-top:0">{% for k, v, b in tot %}<tr><td{% if b %} style="font-weight:bold"{% endif %}>{{ k }}</td><td dir="ltr" style="text-align:left"{% if b %} style="font-weight:bold"{% endif %}>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:30px" class="small">المحاسب: ____________ &nbsp;&nbsp; المستلم: ____________ &nbsp;&nbsp; الختم</div>
</body></html>"""


@style("01", "ye_sanaa_fatura_gst_5_10_two_rates")
def s01(rng, i):
    vname, vaddr, color = YE_V[i]
    bname, baddr = YE_B[i]
    d = rand_date(rng)
    items = [dict(x, rate=D("10")) for x in rows(rng, YE_10, rng.randint(1, 2), 500)]
    items += [dict(x, rate=D("5")) for x in rows(rng, YE_5, rng.randint(2, 3), 50)]
    rng.shuffle(items)
    for x in items:
        x["amount"] = q0(x["amount"])
    net = sum(x["amount"] for x in items)
    t5 = q0(sum(x["amount"] for x in items if x["rate"] == 5) * D("0.05"))
    t10 = q0(sum(x["amount"] for x in items if x["rate"] == 10) * D("0.10"))
    tax = t5 + t10
    total = net + tax
    tax_id = digits(rng, 9, True)
    no = [f"{d.year}-{rng.randint(100, 999):05d}", f"INV/{rng.randint(1000, 9999)}", f"{rng.randint(2000, 8999)}", f"T-{rng.randint(100, 999):05d}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = [d + dt.timedelta(days=15), None, d + dt.timedelta(days=30), None][i]
    term = ["", "الدفع عند الاستلام", "", ""][i]
    po = [None, f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}"][i]
    po_label = ["", "أمر الشراء", "", "رقم أمر الشراء"][i]
    rate = [530, 1617, 1590, 1630][i] + rng.randint(-5, 5)
    meta = [("رقم الفاتورة", no), ("التاريخ", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("تاريخ الاستحقاق", fd(due)))
    meta.append(("تاريخ التركيب", ar_date(d - dt.timedelta(days=rng.randint(2, 9)))))
    meta.append(("فترة الخدمة", f"{(d - dt.timedelta(days=30)).strftime('%d/%m')} - {d.strftime('%d/%m')}"))
    r = lambda x: en(x, 0)  # noqa: E731
    tot = [
        ("الإجمالي قبل الضريبة", r(net), False),
        ("ضريبة المبيعات العامة 5%", r(t5), False),
        ("ضريبة المبيعات العامة 10% (خدمات الاتصالات)", r(t10), False),
        ("إجمالي الضريبة", r(tax), False),
        ("الإجمالي شامل الضريبة (ريال يمني)", r(total), True),
    ]
    ctx = dict(
        base=css(margin="14mm 14mm", fs="9.2pt") + " .small{font-size:7.5pt;color:#555}",
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"+967 {rng.choice(['1', '2', '4', '5'])} {digits(rng, 6)}",
        tax_id=tax_id,
        cr=digits(rng, 5, True),
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        sub_no=f"{rng.randint(10, 99)}-{digits(rng, 6)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": r(x["price"]), "r": f"{x['rate']}%", "a": r(x["amount"])} for x in items],
        tot=tot,
        usd="$ " + en(q2(total / rate)),
        rate=rate,
        note=(term + ". " if term else "") + "تخضع خدمات الاتصالات والإنترنت لضريبة المبيعات العامة بنسبة 10% وبقية السلع والخدمات بنسبة 5% وفقاً لقانون الضريبة العامة على المبيعات رقم (19) لسنة 2001 وتعديلاته.",
        bank=rng.choice(["بنك اليمن والكويت", "بنك التضامن", "بنك الكريمي"]),
        acct=digits(rng, 12, True),
    )
    notes = (
        "Yemeni internet provider's فاتورة ضريبية in Arabic, right to left, in whole Yemeni rials: rows at the general sales tax rate of 5 % (equipment, cabling, installation) and at 10 % (telecommunication services), with a rate column per row and one tax row per rate: vendor = the company name at the top right; vendor_tax_id = 'الرقم الضريبي' (the commercial register number is a decoy). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' ("
        + ["dd/mm/yyyy", "dd.mm.yyyy", "yyyy/mm/dd", "dd-mm-yyyy"][i]
        + "); the installation date (Arabic month name) and the service period are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, po_label)
        + "The subscriber number is a customer number, no PO. subtotal = 'الإجمالي قبل الضريبة'; tax = 'إجمالي الضريبة' (the sum of the 5 % and 10 % rows); total = 'الإجمالي شامل الضريبة (ريال يمني)'. The US-dollar counter-value is a decoy. Currency YER. Amounts whole rials '1,234,500'. Line items: every row (quantity = months, packages, devices, metres, points)."
    )
    t = truth(vname, tax_id, no, po, d, due, "YER", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, tax_id, "شامل الضريبة"], (YE_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 02 Erbil solar installer (no sales tax, IQD), Sorani Kurdish and English, right to left
KR_V = [
    ("Runaki Solar Energy Co.", "کۆمپانیای ڕووناکی بۆ وزەی خۆر", "شەقامی 60 مەتری، هەولێر", "#b45309"),
    ("Zagros Power Solutions", "زاگرۆس بۆ چارەسەری کارەبا", "شەقامی سالم، سلێمانی", "#1e40af"),
    ("Hawler Green Tech Ltd", "هەولێر گرین تێک", "ئەنکاوە، هەولێر", "#15803d"),
    ("Duhok Sun Systems", "سیستەمەکانی خۆری دهۆک", "شەقامی کاوە، دهۆک", "#9f1239"),
]
KR_B = [
    ("Nishtiman Mall Management", "بەڕێوەبەرایەتی مۆڵی نیشتمان، هەولێر"),
    ("Shar Hospital", "نەخۆشخانەی شار، سلێمانی"),
    ("Lanaz Poultry Farm", "کێڵگەی لاناز، دەشتی هەولێر"),
    ("Zakho Cold Storage", "سارداوی زاخۆ، زاخۆ"),
]
KR_ROWS = [
    ("پانێڵی خۆر 550 وات / Solar panel 550 W", "دانە", 8, 60, 95000, 160000),
    ("ئینڤێرتەر 10 کیلۆوات / Inverter 10 kW", "دانە", 1, 4, 1450000, 2600000),
    ("پاتری لیسیۆم 5 کیلۆوات کاتژمێر / Lithium battery 5 kWh", "دانە", 1, 8, 1100000, 1900000),
    ("چوارچێوەی ئاسن / Mounting structure", "سێت", 1, 6, 220000, 480000),
    ("وایەری DC 6 ملم / DC cable 6 mm²", "مەتر", 50, 400, 1500, 3500),
    ("دامەزراندن و کار / Installation labour", "ڕۆژ", 1, 6, 150000, 300000),
]

KR_HTML = """<html dir="rtl" lang="ckb"><head><meta charset="utf-8"><style>@@BASE@@
td,th{text-align:right}
table.g{width:100%;border-collapse:collapse;margin-top:12px} table.g td,table.g th{padding:5px 6px;border-bottom:1px solid #ddd}
table.g th{border-bottom:2px solid {{ color }};color:{{ color }}}
.box{border:2px solid {{ color }};padding:6px 10px}
</style></head><body>
<div style="background:{{ color }};color:#fff;padding:10px 14px"><span dir="ltr" style="font-size:17pt;font-weight:bold">{{ v_en }}</span><br>{{ v_ku }} · {{ v_addr }}، هەرێمی کوردستان - عێراق</div>
<div style="margin-top:4px" class="small">ژمارەی تۆمار / Reg. No. <span dir="ltr">{{ reg }}</span> · مۆبایل <span dir="ltr">{{ tel }}</span></div>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold">پسوولەی فرۆشتن / Sales Invoice</div>
<table>{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td dir="ltr" style="text-align:left;padding:2px 8px">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;width:45%"><div class="box"><div style="color:#555">کڕیار / Customer</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>ژمارەی کڕیار / Customer No. <span dir="ltr">{{ cust }}</span></div></td></tr></table>
<table class="g"><tr><th>#</th><th>وردەکاری / Description</th><th>یەکە</th><th>بڕ / Qty</th><th>نرخی یەکە / Unit price</th><th>کۆ / Amount</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td dir="ltr" style="text-align:left">{{ it.q }}</td><td dir="ltr" style="text-align:left">{{ it.p }}</td><td dir="ltr" style="text-align:left">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:12px;margin-right:auto;min-width:330px">{% for k, v, b in tot %}<tr><td style="padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ k }}</td><td dir="ltr" style="text-align:left;padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">بەرامبەر بە دۆلار / USD equivalent: <span dir="ltr">{{ usd }}</span> (نرخی گۆڕینەوە <span dir="ltr">{{ rate }}</span>)</div>
<div style="margin-top:10px" class="small">{{ term }}هیچ باجێکی فرۆشتن وەرنەگیراوە / No sales tax charged. گەرەنتی پانێڵەکان 10 ساڵ / Panel warranty 10 years. {{ bank }}</div>
<div style="margin-top:28px" class="small">واژۆی فرۆشیار / Seller signature ____________ &nbsp;&nbsp; واژۆی کڕیار / Customer signature ____________</div>
</body></html>"""


@style("02", "iq_krd_erbil_pswula_no_tax_iqd")
def s02(rng, i):
    v_en, v_ku, vaddr, color = KR_V[i]
    bname, baddr = KR_B[i]
    d = rand_date(rng)
    items = rows(rng, KR_ROWS, rng.randint(3, 5), 500)
    for x in items:
        x["amount"] = q0(x["amount"])
    total = sum(x["amount"] for x in items)
    paid = q0(total * D(rng.choice(["0.3", "0.5", "0.4"])) / 1000) * 1000
    no = [f"{rng.randint(1000, 9999):06d}", f"ZPS-{rng.randint(100, 999)}", f"{d.year}/{rng.randint(10, 999)}", f"DS{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=20), None, d + dt.timedelta(days=10)][i]
    term = ["پارەدان لە کاتی گەیاندن / Payment on delivery", "", "", ""][i]
    po = [None, None, f"PO-{rng.randint(1000, 9999)}", None][i]
    po_label = ["", "", "ژمارەی داواکاری / PO No.", ""][i]
    meta = [("ژمارە / No.", no), ("بەروار / Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("دوا بەرواری پارەدان / Due date", fd(due)))
    meta.append(("بەرواری گەیاندن / Delivery", fd(d + dt.timedelta(days=rng.randint(1, 6)))))
    r = lambda x: en(x, 0)  # noqa: E731
    tot = [("کۆی گشتی / Grand Total (IQD)", r(total) + " د.ع", True), ("پارەی دراو / Paid", r(paid), False), ("ماوە / Balance", r(total - paid), False)]
    rate = rng.choice([1310, 1315, 1320, 1305])
    ctx = dict(
        base=css(margin="14mm 14mm", fs="9.2pt") + " .small{font-size:7.5pt;color:#555}",
        color=color,
        v_en=v_en,
        v_ku=v_ku,
        v_addr=vaddr,
        reg=digits(rng, 5, True),
        tel=f"+964 75{rng.randint(0, 1)} {digits(rng, 3)} {digits(rng, 4)}",
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        cust=f"C-{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": r(x["price"]), "a": r(x["amount"])} for x in items],
        tot=tot,
        usd="$ " + en(q2(total / rate)),
        rate=r(rate),
        term=(term + ". ") if term else "",
        bank=f"بانکی کوردستانی نێودەوڵەتی، هەژمار {digits(rng, 10, True)}",
    )
    notes = (
        "Erbil (Kurdistan Region of Iraq) solar installer's پسوولەی فرۆشتن / Sales Invoice in Sorani Kurdish with English labels, right to left, in whole Iraqi dinars: no sales tax (Iraq has no VAT; the Kurdistan Region cancelled its 10 % tax on hotels and restaurants in 2024), a paid amount and a balance below the total: vendor = the Latin company name in the coloured band (the Kurdish name below it is the same company's); no vendor tax id (null; the registration number is a decoy). "
        "invoice_number = 'ژمارە / No.'; invoice_date = 'بەروار / Date' ("
        + ["dd/mm/yyyy", "yyyy-mm-dd", "dd.mm.yyyy", "dd/mm/yyyy"][i]
        + "); the delivery date is a decoy. "
        + due_note(due, term, "دوا بەرواری پارەدان / Due date")
        + po_note(po, po_label)
        + "The customer number is no PO. No subtotal or tax printed (null). total = 'کۆی گشتی / Grand Total (IQD)'. 'Paid' and 'Balance' and the US-dollar equivalent are decoys. Currency IQD. Amounts whole dinars '1,234,000'. Line items: every row (quantity = panels, sets, metres, days)."
    )
    t = truth(v_en, None, no, po, d, due, "IQD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, v_en, "Grand Total (IQD)"], (KR_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 03 Saint-Barthélemy villa services (no TVA, EUR), a letter with the total in words
BL_V = [
    ("Saint-Barth Villa Care SARL", "Rue de la République, Gustavia", "#0f766e"),
    ("Lorient Piscines & Jardins", "Lorient, Saint-Barthélemy", "#1d4ed8"),
    ("Anse des Cayes Entretien", "Anse des Cayes, Saint-Barthélemy", "#7c2d12"),
    ("Gustavia Property Services SAS", "Rue Samuel Fahlberg, Gustavia", "#4338ca"),
]
BL_B = [
    ("Villa Les Frangipaniers", "Pointe Milou", "M. et Mme Delacroix"),
    ("Villa Horizon Bleu", "Vitet", "Madame Eriksson"),
    ("Hôtel Le Carbet", "Saint-Jean", "Monsieur le Directeur"),
    ("Villa Ti Colibri", "Colombier", "Monsieur Hartmann"),
]
BL_ROWS = [
    ("Entretien mensuel de la piscine", "mois", 1, 3, 380, 650),
    ("Entretien du jardin (passage hebdomadaire)", "passage", 4, 13, 85, 160),
    ("Gardiennage et visite de contrôle", "visite", 2, 8, 45, 90),
    ("Nettoyage après location", "forfait", 1, 6, 220, 480),
    ("Remplacement pompe de filtration (fourniture et pose)", "u", 1, 1, 890, 1650),
    ("Produits de traitement de l'eau", "lot", 1, 4, 65, 140),
    ("Taille des palmiers", "arbre", 2, 12, 55, 110),
]

BL_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
p{margin:8px 0;line-height:1.45} table.t{border-collapse:collapse;margin:10px 0 10px 0;width:100%} table.t td,table.t th{padding:3px 6px;border-bottom:1px solid #ddd}
</style></head><body>
<div style="color:{{ color }};font-size:15pt;font-weight:bold">{{ v_name }}</div>
<div>{{ v_addr }}<br>97133 Saint-Barthélemy · Tél. +590 590 {{ tel }}{% if siret %}<br>SIRET {{ siret }}{% endif %}</div>
<div style="margin:22px 0 0 52%">{{ b_name }}<br>{{ b_who }}<br>{{ b_addr }}<br>97133 Saint-Barthélemy</div>
<div style="margin:22px 0 0 52%">{{ place_date }}</div>
<p style="margin-top:22px"><b>Objet : Facture n° {{ no }}</b>{% if po %} — votre bon de commande n° {{ po }}{% endif %}<br>Réf. client : {{ cust }}</p>
<p>{{ salutation }},</p>
<p>Nous vous prions de trouver ci-dessous le détail de nos prestations {{ period }} pour {{ b_name }} :</p>
<table class="t"><tr><th style="text-align:left">Désignation</th><th class="r">Qté</th><th class="r">Prix unitaire</th><th class="r">Montant</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="3" class="r"><b>Total de la facture</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<p>Arrêtée la présente facture à la somme de <b>{{ words }}</b>.</p>
<p><i>TVA non applicable : Saint-Barthélemy, collectivité d'outre-mer, ne perçoit pas de TVA (code des contributions de Saint-Barthélemy).</i></p>
<p>{{ pay }} par virement sur notre compte {{ bank }}, IBAN {{ iban }}, en rappelant le numéro de la facture.</p>
<p>Nous vous remercions de votre confiance et vous prions d'agréer, {{ salutation }}, l'expression de nos salutations distinguées.</p>
<p style="margin:26px 0 0 52%">{{ signer }}<br>Gérant</p>
</body></html>"""


@style("03", "bl_gustavia_facture_lettre_sans_tva")
def s03(rng, i):
    vname, vaddr, color = BL_V[i]
    bname, baddr, bwho = BL_B[i]
    d = rand_date(rng)
    items = rows(rng, BL_ROWS, rng.randint(2, 4), 5)
    total = sum(x["amount"] for x in items)
    no = [f"{d.year}-{rng.randint(10, 199):03d}", f"F{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{rng.randint(1000, 3999)}", f"GPS-{d.year}-{rng.randint(100, 999)}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Règlement à réception de la présente facture", "", ""][i]
    po = [None, None, f"BC-{rng.randint(1000, 9999)}", None][i]
    euros, cents = divmod(int(total * 100), 100)
    words = fr_words(euros) + (" euros" if euros > 1 else " euro") + (f" et {fr_words(cents)} centimes" if cents else "")
    if due:
        pay = f"Nous vous remercions de bien vouloir régler cette somme au plus tard le {fr_date(due)}"
    elif term:
        pay = term
    else:
        pay = "Règlement"
    salutation = "Madame, Monsieur" if "M." in bwho else ("Madame" if "Madame" in bwho else "Monsieur")
    ctx = dict(
        base=css(margin="18mm 20mm", fs="9.6pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        siret=(f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}" if i in (0, 3) else ""),
        b_name=bname,
        b_who=bwho,
        b_addr=baddr,
        place_date=f"{'Gustavia' if 'Gustavia' in vaddr else vaddr.split(',')[0]}, le {fr_date(d)}",
        no=no,
        po=po,
        cust=f"CL{rng.randint(100, 999)}",
        salutation=salutation,
        period=f"du mois de {MONTHS['fr'][(d.replace(day=1) - dt.timedelta(days=1)).month - 1]}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": sp(x["price"]) + " €", "a": sp(x["amount"]) + " €"} for x in items],
        total=sp(total) + " €",
        words=words,
        pay=pay,
        bank=rng.choice(["à la BRED Gustavia", "à la BNP Paribas Antilles-Guyane", "au Crédit Agricole Gustavia"]),
        iban=iban_fmt(iban("FR", digits(rng, 23))),
        signer=rng.choice(["Jean-Marc Questel", "Sophie Gréaux", "Thierry Laplace", "Nathalie Magras"]),
    )
    notes = (
        "Saint-Barthélemy villa-services company's facture written as a letter in French, in euros: sender at the top left, addressee and 'Gustavia, le ...' at the right, 'Objet : Facture n° ...', a small table with 'Total de la facture', the total in words ('Arrêtée la présente facture à la somme de ...'), no TVA (Saint-Barthélemy levies none): vendor = the company name at the top; no vendor tax id (null; the SIRET printed on two is a decoy). "
        "invoice_number = 'Facture n°' in the subject line; invoice_date = the letter's date ('le 12 mars 2026'). "
        + ("due_date = the date in the payment sentence ('au plus tard le ...'). " if due else due_note(due, term, ""))
        + po_note(po, "votre bon de commande n°")
        + "'Réf. client' is a customer number, no PO. No subtotal or tax printed (null). total = 'Total de la facture'; the amount in words repeats it. Currency EUR. Amounts '1 234,50 €'. Line items: every row."
    )
    t = truth(vname, None, no, po, d, due, "EUR", None, None, total, items, notes)
    return t, [fr_date(d), fr_date(due) if due else None, no, po, vname, "Total de la facture", "TVA non applicable"], (BL_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)
