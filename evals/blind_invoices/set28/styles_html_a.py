"""Chromium (HTML) styles for set 28, first part (01 Tripoli medical and office supplier's فاتورة in Arabic, right to
left, in Libyan dinars printed to the dirham with no tax (Libya levies no VAT), a discount on the rows' sum and a
certified-cheque line, 02 Vientiane coffee roaster's ໃບເກັບເງິນ in Lao with VAT 10 % in whole kip and a baht
counter-value, 03 Eupen heating installer's Rechnung in German with Belgian MwSt at 6 % (renovation of a dwelling
over ten years old) and 21 % (goods supplied without installation), a summary per rate and a structured
communication)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import lo_date
from invoice_kit import css, de, digits, en, iban, iban_fmt, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.be import vat as be_vat

STYLES, style = style_registry("chromium")

LAM_ALEF = ("لا", "لأ", "لإ", "لآ")  # pymupdf reads chromium's lam-alef ligatures back reordered (set 27's README)


# =========================================================================== 01 Tripoli supplier (no tax, LYD to the dirham), right to left, discount on the sum
LY_V = [
    ("شركة المدار للمستلزمات الطبية", "شارع عمر المختار، طرابلس", "#0f766e"),
    ("شركة البحر المتوسط للتجهيزات المكتبية", "شارع جمال عبدالناصر، بنغازي", "#1e3a8a"),
    ("مؤسسة الواحة لتوريد المعدات الطبية", "طريق الساحلي، مصراتة", "#7c2d12"),
    ("شركة الجنوب للقرطاسية والمطبوعات", "حي المنشية، سبها", "#166534"),
]
LY_B = [
    ("مستشفى طرابلس المركزي - إدارة المشتريات", "طرابلس"),
    ("جامعة بنغازي - كلية الهندسة", "بنغازي"),
    ("مركز مصراتة الطبي", "مصراتة"),
    ("مصرف الوحدة - فرع سبها", "سبها"),
]
LY_ROWS = [
    ("قفازات فحص نيتريل (علبة 100)", "علبة", 10, 120, 12, 28),
    ("كمامات طبية ثلاث طبقات (علبة 50)", "علبة", 20, 200, 6, 15),
    ("محاقن 5 مل (علبة 100)", "علبة", 5, 60, 18, 40),
    ("ورق تصوير A4 (رزمة 500)", "رزمة", 10, 150, 9, 16),
    ("حبر طابعة ليزر أسود", "قطعة", 2, 24, 85, 190),
    ("ملفات حفظ بلاستيك", "قطعة", 20, 300, 1, 4),
    ("جهاز قياس ضغط رقمي", "جهاز", 1, 10, 95, 240),
    ("شاش طبي معقم", "لفة", 20, 200, 2, 7),
]

LY_HTML = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
td,th{text-align:right} .small{font-size:7.5pt;color:#555}
table.g{width:100%;border-collapse:collapse;margin-top:12px} table.g td,table.g th{border:1px solid #bbb;padding:4px 6px}
table.g th{background:#f1f5f9}
</style></head><body>
<div style="border-bottom:3px solid {{ color }};padding-bottom:6px"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_addr }} - دولة ليبيا · هاتف <span dir="ltr">{{ tel }}</span> · السجل التجاري رقم <span dir="ltr">{{ cr }}</span> · رقم الغرفة التجارية <span dir="ltr">{{ chamber }}</span></div></div>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:55%"><div style="font-size:18pt;font-weight:bold">فاتورة</div>
<div style="margin-top:6px"><b>السادة:</b> {{ b_name }} - {{ b_city }}</div><div>رقم العميل: <span dir="ltr">{{ cust }}</span></div></td>
<td style="vertical-align:top"><table>{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td dir="ltr" style="text-align:left;padding:2px 8px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="g"><tr><th>ت</th><th>الصنف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>القيمة</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td dir="ltr" style="text-align:left">{{ it.q }}</td><td dir="ltr" style="text-align:left">{{ it.p }}</td><td dir="ltr" style="text-align:left">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;width:55%" class="small">{{ note }}<br><br>{{ pay }}<br>{{ bank }}</td>
<td style="vertical-align:top"><table class="g" style="margin-top:0">{% for k, v, b in tot %}<tr><td{% if b %} style="font-weight:bold"{% endif %}>{{ k }}</td><td dir="ltr" style="text-align:left{% if b %};font-weight:bold{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:34px" class="small">المستلم: ____________ &nbsp;&nbsp;&nbsp; أمين المخزن: ____________ &nbsp;&nbsp;&nbsp; المدير المالي: ____________</div>
</body></html>"""


@style("01", "ly_tripoli_fatura_khasm_bidun_dariba_lyd")
def s01(rng, i):
    vname, vaddr, color = LY_V[i]
    bname, bcity = LY_B[i]
    assert not any(x in vname for x in LAM_ALEF)
    d = rand_date(rng)
    items = lines(rng, LY_ROWS, rng.randint(3, 6), D("0.25"))
    gross = sum(x["amount"] for x in items)
    pct = D(rng.choice([3, 5, 7, 10]))
    disc = q2(gross * pct / 100)
    total = gross - disc
    no = [f"{rng.randint(100, 999)}/{d.year}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"S-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, None, d + dt.timedelta(days=15)][i]
    term = ["", "السداد نقداً عند التسليم", "", ""][i]
    po = [f"{rng.randint(10, 99)}/{rng.randint(100, 999)}", None, f"PO-{rng.randint(1000, 9999)}", None][i]
    po_label = "رقم أمر الشراء"
    meta = [("رقم الفاتورة", no), ("التاريخ", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("تاريخ الاستحقاق", fd(due)))
    meta.append(("إذن تسليم رقم", f"{rng.randint(1000, 9999)}"))
    meta.append(("تاريخ التسليم", fd(d - dt.timedelta(days=rng.randint(1, 5)))))
    r = lambda x: en(x, 3)  # noqa: E731
    tot = [("المجموع", r(gross), False), (f"خصم {pct}%", r(disc), False), ("الصافي المستحق (دينار ليبي)", r(total), True)]
    cheque = f"صك مصدق رقم {digits(rng, 7, True)}"
    ctx = dict(
        base=css(margin="14mm 14mm", fs="9.2pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"+218 {rng.choice(['21', '61', '51', '71'])} {digits(rng, 7)}",
        cr=digits(rng, 6, True),
        chamber=digits(rng, 5, True),
        meta=meta,
        b_name=bname,
        b_city=bcity,
        cust=f"C{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": r(x["price"]), "a": r(x["amount"])} for x in items],
        tot=tot,
        note=(term + ". " if term else "") + "الأسعار بالدينار الليبي وتشمل النقل إلى مخازن العميل. البضاعة المباعة لا ترد ولا تستبدل بعد التسليم.",
        pay=f"طريقة الدفع: {cheque} أو تحويل مصرفي" if i != 1 else "طريقة الدفع: نقداً",
        bank=f"{rng.choice(['مصرف الجمهورية', 'مصرف التجارة والتنمية', 'المصرف التجاري الوطني'])} - حساب رقم {digits(rng, 12, True)}",
    )
    notes = (
        "Tripoli / Benghazi / Misrata / Sabha supplier's فاتورة in Arabic, right to left, in Libyan dinars printed to the dirham (three decimals, '1,234.500'): no tax (Libya levies no VAT or sales tax), a discount in percent on the rows' sum: vendor = the company name at the top right; no vendor tax id (null; the commercial register and chamber of commerce numbers are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' ("
        + ["dd/mm/yyyy", "yyyy/mm/dd", "dd-mm-yyyy", "dd/mm/yyyy"][i]
        + "); the delivery note number and date are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, po_label)
        + "The customer number is no PO; the certified cheque number and the bank account are decoys. No subtotal or tax (null): 'المجموع' is the rows' sum before the discount. total = 'الصافي المستحق (دينار ليبي)' (after the discount). Currency LYD. Line items: every row (their sum is 'المجموع'; the discount is on the whole invoice)."
    )
    t = truth(vname, None, no, po, d, due, "LYD", None, None, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, no, po, vname, "الصافي المستحق"], "line_adjustment": str(-disc)}
    return t, chk, (LY_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 02 Vientiane coffee roaster (VAT 10 %, LAK), Lao
LA_V = [
    ("ບໍລິສັດ ພູພຽງ ກາເຟ ຈຳກັດ", "Phouphieng Coffee Co., Ltd", "ບ້ານ ໂພນສີນວນ, ເມືອງ ສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ", "#7c2d12"),
    ("ບໍລິສັດ ບໍລະເວນ ຄົ່ວກາເຟ ຈຳກັດ", "Bolaven Roastery Co., Ltd", "ບ້ານ ດົງປ່າລານ, ເມືອງ ສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ", "#365314"),
    ("ບໍລິສັດ ຈຳປາ ກາເຟ ແລະ ຊາ ຈຳກັດ", "Champa Coffee & Tea Co., Ltd", "ບ້ານ ສີຫອມ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ", "#1e3a8a"),
    ("ບໍລິສັດ ປາກຊ່ອງ ກາເຟ ຈຳກັດ", "Paksong Coffee Co., Ltd", "ບ້ານ ໄຊຍະພູມ, ເມືອງ ໄກສອນ ພົມວິຫານ, ແຂວງ ສະຫວັນນະເຂດ", "#0f766e"),
]
LA_B = [
    ("ຮ້ານ ກາເຟ ນ້ຳພຸ", "ບ້ານ ຫັດສະດີ, ເມືອງ ຈັນທະບູລີ"),
    ("ໂຮງແຮມ ແມ່ນ້ຳຂອງ", "ບ້ານ ມີໄຊ, ເມືອງ ຈັນທະບູລີ"),
    ("ຮ້ານອາຫານ ເຮືອນລາວ", "ບ້ານ ວັດຈັນ, ເມືອງ ຈັນທະບູລີ"),
    ("ສູນການຄ້າ ໄຊຍະພູມ", "ເມືອງ ໄກສອນ ພົມວິຫານ"),
]
LA_ROWS = [
    ("ກາເຟຄົ່ວ ອາຣາບິກາ (ເມັດ) 1 ກິໂລ", "ຖົງ", 2, 40, 180000, 320000),
    ("ກາເຟຄົ່ວ ໂຣບັສຕາ (ບົດ) 1 ກິໂລ", "ຖົງ", 2, 40, 120000, 210000),
    ("ກາເຟ 3 ໃນ 1 (ກັບ 20 ຊອງ)", "ກັບ", 5, 60, 35000, 60000),
    ("ຊາຂຽວ ຜົ້ງສາລີ 500 ກຣາມ", "ຖົງ", 2, 20, 90000, 160000),
    ("ຈອກເຈ້ຍ 8 ອອນ (ແພັກ 50)", "ແພັກ", 5, 40, 45000, 75000),
    ("ບໍລິການ ລ້າງ ແລະ ບຳລຸງ ເຄື່ອງຊົງກາເຟ", "ຄັ້ງ", 1, 2, 350000, 650000),
]

LA_HTML = """<html lang="lo"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.6pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:12px}
table.g th{background:{{ color }};color:#fff;padding:5px 6px} table.g td{padding:5px 6px;border-bottom:1px solid #ddd}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_lo }}</div>
<div style="font-size:9pt">{{ v_en }}</div><div class="small">{{ v_addr }}<br>ໂທ: {{ tel }} · ເລກທະບຽນວິສາຫະກິດ: {{ ent }}<br>ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ: {{ tin }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:18pt;font-weight:bold">ໃບເກັບເງິນ</div><div class="small">(ໃບເກັບເງິນອາກອນມູນຄ່າເພີ່ມ)</div>
<table style="margin-left:auto;margin-top:6px">{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555">{{ k }}</td><td style="padding:2px 8px;text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px;padding:6px 8px;background:#f5f5f4"><b>ລູກຄ້າ:</b> {{ b_name }} · {{ b_addr }} · ລະຫັດລູກຄ້າ: {{ cust }}</div>
<table class="g"><tr><th>ລ/ດ</th><th style="text-align:left">ລາຍການ</th><th>ຫົວໜ່ວຍ</th><th class="r">ຈຳນວນ</th><th class="r">ລາຄາຫົວໜ່ວຍ</th><th class="r">ເປັນເງິນ</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:320px">{% for k, v, b in tot %}<tr><td style="padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ k }}</td><td class="r" style="padding:3px 8px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:8px">ທຽບເທົ່າ: {{ thb }} ບາດ (ອັດຕາແລກປ່ຽນ 1 ບາດ = {{ rate }} ກີບ, ເພື່ອອ້າງອີງເທົ່ານັ້ນ)</div>
<div style="margin-top:8px" class="small">{{ term }}ກະລຸນາໂອນເງິນເຂົ້າບັນຊີ: {{ bank }}</div>
<table style="width:100%;margin-top:36px" class="small"><tr><td class="c">ຜູ້ຮັບເງິນ<br><br>__________</td><td class="c">ຜູ້ຈ່າຍເງິນ<br><br>__________</td></tr></table>
</body></html>"""


@style("02", "la_vientiane_bai_kep_ngoen_vat_10_kip")
def s02(rng, i):
    v_lo, v_en, vaddr, color = LA_V[i]
    bname, baddr = LA_B[i]
    d = rand_date(rng, dt.date(2024, 6, 3), dt.date(2026, 11, 20))  # VAT back at 10 % from 1 May 2024
    items = lines(rng, LA_ROWS, rng.randint(2, 5), D("1000"))
    net = sum(x["amount"] for x in items)
    vat = q0(net * D("0.10"))
    total = net + vat
    tin = f"{digits(rng, 8, True)}{digits(rng, 1)}000"
    no = [f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"INV{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{rng.randint(1000, 9999)}", f"PS-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lo_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=15), None, d + dt.timedelta(days=30), None][i]
    term = ["", "", "", "ຊຳລະເງິນສົດ ເມື່ອຮັບສິນຄ້າ"][i]
    po = [None, f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(10, 99)}/{d.year}"][i]
    po_label = "ໃບສັ່ງຊື້ ເລກທີ"
    meta = [("ເລກທີ", no), ("ວັນທີ", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("ວັນຄົບກຳນົດຊຳລະ", fd(due)))
    meta.append(("ໃບສົ່ງເຄື່ອງ ເລກທີ", f"DN-{rng.randint(1000, 9999)}"))
    r = lambda x: de(x, 0)  # noqa: E731
    tot = [("ລວມເງິນກ່ອນອາກອນ", r(net) + " ກີບ", False), ("ອາກອນມູນຄ່າເພີ່ມ 10%", r(vat) + " ກີບ", False), ("ລວມທັງໝົດ", r(total) + " ກີບ", True)]
    rate = rng.randint(560, 680)
    ctx = dict(
        base=css(margin="14mm 14mm", fs="9.4pt"),
        color=color,
        v_lo=v_lo,
        v_en=v_en,
        v_addr=vaddr,
        tel=f"+856 21 {digits(rng, 6)}",
        ent=digits(rng, 9, True),
        tin=tin,
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        cust=f"C-{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": r(x["price"]), "a": r(x["amount"])} for x in items],
        tot=tot,
        thb=en(q2(total / rate)),
        rate=rate,
        term=(term + ". ") if term else "",
        bank=f"ທະນາຄານ ການຄ້າຕ່າງປະເທດລາວ (BCEL) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 8)}",
    )
    notes = (
        "Vientiane / Savannakhet coffee roaster's ໃບເກັບເງິນ (VAT invoice) in Lao, in whole kip with dots grouping the thousands ('1.234.000'), VAT 10 % (restored from 7 % on 1 May 2024): vendor = the Lao company name at the top left (the English name below it is the same company's); vendor_tax_id = 'ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ' (TIN; the enterprise registration number is a decoy). "
        "invoice_number = 'ເລກທີ'; invoice_date = 'ວັນທີ' ("
        + ["dd/mm/yyyy", "day, Lao month name, year", "dd-mm-yyyy", "dd/mm/yyyy"][i]
        + "); the delivery note number ('ໃບສົ່ງເຄື່ອງ') is a decoy. "
        + due_note(due, term, "ວັນຄົບກຳນົດຊຳລະ")
        + po_note(po, po_label)
        + "The customer code is no PO. subtotal = 'ລວມເງິນກ່ອນອາກອນ'; tax = 'ອາກອນມູນຄ່າເພີ່ມ 10%'; total = 'ລວມທັງໝົດ'. The baht counter-value is a decoy. Currency LAK. Line items: every row."
    )
    t = truth(v_lo, tin, no, po, d, due, "LAK", net, vat, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, v_lo, tin, "ລວມທັງໝົດ"], (LA_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 03 Eupen heating installer (MwSt 6 % and 21 %, EUR), German
BE_V = [
    ("Heizung & Sanitär Kessel PGmbH", "Herbesthaler Straße 112", "4700 Eupen", "#b91c1c"),
    ("Installationsbetrieb Mertens & Sohn", "Malmedyer Straße 18", "4780 Sankt Vith", "#1d4ed8"),
    ("Thermotec Ostbelgien PGmbH", "Lütticher Straße 240", "4720 Kelmis", "#047857"),
    ("Haustechnik Schröder AG", "Am Marktplatz 6", "4750 Bütgenbach", "#6d28d9"),
]
BE_B = [
    ("Herrn und Frau Lennertz", "Bergkapellstraße 31", "4700 Eupen"),
    ("Frau Marlene Hilgers", "Klosterstraße 9", "4780 Sankt Vith"),
    ("Herrn Rudi Kirschfink", "Kirchstraße 44", "4721 Neu-Moresnet"),
    ("Familie Jouck", "Seestraße 12", "4750 Elsenborn"),
]
BE_6 = [
    ("Demontage und Entsorgung des alten Heizkessels", "Pausch.", 1, 1, 280, 650),
    ("Gas-Brennwertkessel 24 kW, geliefert und eingebaut", "Stk.", 1, 1, 2600, 4200),
    ("Heizkörper Typ 22, 600 x 1000, montiert", "Stk.", 1, 6, 240, 420),
    ("Thermostatventile mit Köpfen, montiert", "Stk.", 2, 10, 38, 75),
    ("Arbeitsstunden Monteur", "Std.", 4, 30, 52, 68),
    ("Kupferrohr 15 mm inkl. Fittings, verlegt", "m", 5, 40, 14, 26),
]
BE_21 = [
    ("Heizöl-Tankreinigungsmittel (Lieferung ohne Einbau)", "Kan.", 1, 4, 28, 55),
    ("Ersatzfilter für Lüftungsgerät (Lieferung ohne Einbau)", "Stk.", 2, 8, 18, 42),
    ("Raumthermostat WLAN (Lieferung ohne Einbau)", "Stk.", 1, 2, 120, 230),
]

BE_HTML = """<html lang="de"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:12px}
table.g th{border-bottom:2px solid {{ color }};padding:4px 5px;text-align:left} table.g td{padding:4px 5px;border-bottom:1px solid #e5e5e5} table.g td.r{white-space:nowrap}
table.s td,table.s th{padding:3px 8px;border:1px solid #ccc}
</style></head><body>
<div style="color:{{ color }};font-size:17pt;font-weight:bold">{{ v_name }}</div>
<div class="small">{{ v_street }} · {{ v_city }} · Tel. 087 {{ tel }} · MwSt.-Nr. {{ vat_id }} · {{ bank_name }} IBAN {{ iban }}</div>
<table style="width:100%;margin-top:20px"><tr><td style="vertical-align:top;width:55%">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</td>
<td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold">RECHNUNG</div><table>{% for k, v in meta %}<tr><td style="padding:1px 8px 1px 0;color:#555">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px">Baustelle: {{ site }} · Ihr Auftrag vom {{ order_date }} (Angebot Nr. {{ quote }})</div>
<table class="g"><tr><th>Pos.</th><th>Bezeichnung</th><th class="r">Menge</th><th>Einh.</th><th class="r">Einzelpreis</th><th class="r">MwSt.</th><th class="r">Betrag</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top;width:50%"><table class="s"><tr><th>MwSt.-Satz</th><th class="r">Grundlage</th><th class="r">MwSt.</th></tr>
{% for r, b, t in split %}<tr><td>{{ r }}</td><td class="r">{{ b }}</td><td class="r">{{ t }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, b in tot %}<tr><td style="padding:2px 10px{% if b %};font-weight:bold;border-top:2px solid #333{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:2px solid #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<p class="small" style="margin-top:14px">MwSt.-Satz 6 %: Renovierungsarbeiten an einer Privatwohnung, deren Erstbezug mindestens 10 Jahre zurückliegt, Rechnung an den Endverbraucher (K.E. Nr. 20, Tabelle A). Die Erklärung des Kunden liegt vor. Lieferungen ohne Einbau: 21 %.</p>
<p>{{ pay }} unter Angabe der strukturierten Mitteilung <b>{{ ogm }}</b>.</p>
<p class="small">Es gelten unsere allgemeinen Geschäftsbedingungen. Gerichtsstand Eupen.</p>
</body></html>"""


def _ogm(rng):
    base = int(digits(rng, 10, True))
    chk = base % 97 or 97
    s = f"{base:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


@style("03", "be_eupen_rechnung_mwst_6_21_renovierung")
def s03(rng, i):
    vname, vstreet, vcity, color = BE_V[i]
    bname, bstreet, bcity = BE_B[i]
    d = rand_date(rng)
    it6 = [dict(x, rate=6) for x in lines(rng, BE_6, rng.randint(3, 5), D("0.5"))]
    it21 = [dict(x, rate=21) for x in lines(rng, BE_21, rng.randint(1, 2), D("0.5"))]
    items = it6 + it21
    b6 = sum(x["amount"] for x in it6)
    b21 = sum(x["amount"] for x in it21)
    t6 = q2(b6 * D("0.06"))
    t21 = q2(b21 * D("0.21"))
    net = b6 + b21
    tax = t6 + t21
    total = net + tax
    vat_digits = valid(rng, lambda: "0" + digits(rng, 9), be_vat.is_valid)
    vat_id = f"BE {vat_digits[:4]}.{vat_digits[4:7]}.{vat_digits[7:]}"
    no = [f"{d.year}/{rng.randint(100, 999)}", f"R{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"{d.year}-{rng.randint(10, 299):04d}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=14), None, d + dt.timedelta(days=21)][i]
    term = ["", "", "Zahlbar sofort nach Erhalt der Rechnung", ""][i]
    po = None
    meta = [("Rechnung Nr.", no), ("Rechnungsdatum", fd(d)), ("Kunden-Nr.", f"{rng.randint(10000, 19999)}")]
    if due:
        meta.append(("Fällig am", fd(due)))
    meta.append(("Leistungszeitraum", f"{fd(d - dt.timedelta(days=rng.randint(8, 20)))} – {fd(d - dt.timedelta(days=rng.randint(1, 6)))}"))
    m = lambda x: de(x) + " €"  # noqa: E731
    split = [("6 %", m(b6), m(t6)), ("21 %", m(b21), m(t21))]
    tot = [("Gesamt ohne MwSt.", m(net), False), ("MwSt. gesamt", m(tax), False), ("Rechnungsbetrag", m(total), True)]
    ctx = dict(
        base=css(margin="16mm 16mm", fs="9.2pt"),
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        vat_id=vat_id,
        bank_name=rng.choice(["Belfius", "KBC", "ING Belgien", "BNP Paribas Fortis"]),
        iban=iban_fmt(iban("BE", digits(rng, 12))),
        b_name=bname,
        b_street=bstreet,
        b_city=bcity,
        meta=meta,
        site=f"{bstreet}, {bcity}",
        order_date=fd(d - dt.timedelta(days=rng.randint(30, 90))),
        quote=f"A{d.year}-{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": f"{x['rate']} %", "a": m(x["amount"])} for x in items],
        split=split,
        tot=tot,
        pay=(f"Bitte überweisen Sie den Betrag bis zum {fd(due)}" if due else term + ",") + " auf unser Konto",
        ogm=_ogm(rng),
    )
    notes = (
        "Eupen / Sankt Vith (German-speaking Community of Belgium) heating installer's RECHNUNG in German in euros with Belgian MwSt at two rates, a rate column per row and a summary per rate: 6 % on renovation of a private dwelling first occupied at least ten years ago and invoiced to the end user, 21 % on goods supplied without installation: vendor = the company name at the top; vendor_tax_id = 'MwSt.-Nr.' as printed ('BE 0123.456.789'). "
        "invoice_number = 'Rechnung Nr.'; invoice_date = 'Rechnungsdatum' (dd.mm.yyyy); the service period, the order date and the quote number are decoys. "
        + due_note(due, term, "Fällig am")
        + po_note(po, "")
        + "The customer number and the structured communication (+++…+++) are no PO. subtotal = 'Gesamt ohne MwSt.'; tax = 'MwSt. gesamt' (6 % plus 21 %); total = 'Rechnungsbetrag'. Currency EUR. Amounts '1.234,56 €'. Line items: every row."
    )
    t = truth(vname, vat_id, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, vname, vat_id, "Rechnungsbetrag"], (BE_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)
