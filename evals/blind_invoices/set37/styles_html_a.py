"""Chromium (HTML) styles for set 37, first part (01 Beirut hotel-kitchen supplier's فاتورة ضريبية in Arabic RIGHT TO
LEFT in US dollars with the VAT 11 % and the total also in Lebanese pounds at the printed rate, 02 Almaty office
supplier's СЧЕТ НА ОПЛАТУ in Russian with the bank block and the AMOUNT DUE BOXED AT THE TOP above the rows and НДС 12 %
(2025) or 16 % (from 2026) by the date, 03 Limassol event caterer's ΤΙΜΟΛΟΓΙΟ in Greek with ΦΠΑ 9 % on the catering
and 19 % on the hire, a DISCOUNT on the menu rows' sum and a ΦΠΑ summary per rate)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, el_date
from invoice_kit import css, de, digits, en, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS, due_note, lines, po_note, truth
from stdnum.cy import vat as cyvat

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Beirut (VAT 11 %, USD with LBP counter-values), right to left
BY_V = [
    ("شركة سيدر للتجهيزات الفندقية ش.م.م", "شارع الحمرا، بناية المقدسي، بيروت", "#065f46"),
    ("مؤسسة جبيلي التجارية", "الأشرفية، شارع مار مخايل، بيروت", "#1e3a8a"),
    ("شركة المتوسط لمعدات المطابخ ش.م.ل", "فردان، شارع الرشيد، بيروت", "#7c2d12"),
    ("مؤسسة فرح للمستلزمات المطعمية", "الجميزة، شارع غورو، بيروت", "#6b21a8"),
]
BY_B = [
    ("فندق الروشة الكبير ش.م.ل", "الروشة، شارع الجنرال ديغول، بيروت"),
    ("مطعم بيت الزيتون", "بدارو، شارع سامي الصلح، بيروت"),
    ("مستشفى الشفاء الجامعي", "الحازمية، طريق الشام"),
    ("نادي اليخوت - الزيتونة باي", "عين المريسة، بيروت"),
]
BY_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi) in USD
    ("طنجرة ستانلس ستيل 40 لتر", "قطعة", 1, 6, 85, 240),
    ("سكاكين طهاة، طقم 6 قطع", "طقم", 1, 8, 45, 160),
    ("صحون بورسلين 27 سم", "دزينة", 2, 30, 28, 65),
    ("كؤوس زجاجية 350 مل", "دزينة", 2, 40, 14, 36),
    ("فرن كهربائي حراري 10 صواني", "قطعة", 1, 1, 2400, 5600),
    ("ثلاجة عرض عمودية 600 لتر", "قطعة", 1, 2, 1100, 2300),
    ("مناشف مطبخ قطنية", "رزمة", 5, 60, 6, 14),
    ("مواد تنظيف مركزة 5 لتر", "غالون", 4, 40, 9, 22),
    ("خدمة تركيب وصيانة", "خدمة", 1, 1, 60, 350),
]
BY_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:10px;border-collapse:collapse} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:8pt;text-align:right} table.it td{padding:4px;border-bottom:1px solid #ddd;font-size:8.4pt} td.n{text-align:left;direction:ltr;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · هاتف <span dir="ltr">+961 1 {{ tel }}</span><br>سجل تجاري رقم {{ cr }} · رقم التسجيل في الضريبة على القيمة المضافة: <span dir="ltr">{{ vid }}</span></div></td>
<td style="vertical-align:top;text-align:left"><div style="font-size:16pt;font-weight:bold">فاتورة ضريبية</div><div>رقم الفاتورة: <b dir="ltr">{{ no }}</b></div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.6pt"><tr><td style="width:55%;vertical-align:top"><div class="small">السادة</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">رقم التسجيل في الضريبة: <span dir="ltr">{{ bid }}</span> · رقم العميل {{ cust }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:34mm">{{ k }}</span> <b dir="ltr">{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>#</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة (USD)</th><th>المجموع (USD)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:12px;margin-right:auto;font-size:9pt;border-collapse:collapse">
<tr><td style="padding:3px 10px">المجموع قبل الضريبة</td><td class="n">USD {{ net }}</td></tr>
<tr><td style="padding:3px 10px">الضريبة على القيمة المضافة 11%</td><td class="n">USD {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:3px 10px;border-top:2px solid {{ color }}">المجموع المطلوب</td><td class="n" style="border-top:2px solid {{ color }}">USD {{ total }}</td></tr></table>
<div style="margin-top:10px;font-size:8.4pt;border:1px solid #bbb;padding:6px">بالليرة اللبنانية على أساس سعر الصرف <span dir="ltr">{{ fx }}</span> ل.ل. للدولار الواحد: الضريبة على القيمة المضافة <b dir="ltr">{{ tax_lbp }}</b> ل.ل. · المجموع <b dir="ltr">{{ total_lbp }}</b> ل.ل.</div>
<div style="margin-top:10px;font-size:8.2pt">{{ pay }}<br>الحساب المصرفي: {{ bank }} · IBAN <span dir="ltr">{{ iban }}</span></div>
<table style="width:100%;margin-top:30px;font-size:8pt"><tr><td>توقيع البائع: ______________</td><td>توقيع المستلم: ______________</td></tr></table>
</body></html>"""


@style("01", "lb_bey_beirut_facture_tva_11_usd_lbp_rtl")
def s01(rng, i):
    vname, vaddr, color = BY_V[i]
    bname, baddr = BY_B[i]
    d = rand_date(rng)
    items = lines(rng, BY_ROWS, rng.randint(3, 7), D("0.25"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.11"))
    total = net + tax
    fx = D(89500)
    vid = f"{rng.randint(10000, 3999999)}-601"
    no = [f"INV-{d.year}-{rng.randint(100, 9999):04d}", f"{rng.randint(1000, 99999)}", f"BY/{rng.randint(100, 999)}/{d.strftime('%y')}", f"F{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    term = None if due else "الدفع نقداً عند الاستلام"
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", f"PO{rng.randint(10000, 99999)}"][i]
    dn = f"{rng.randint(1000, 9999)}"
    head = [("التاريخ", fd(d))]
    if due:
        head.append(("تاريخ الاستحقاق", fd(due)))
    if po:
        head.append(("أمر شراء رقم", po))
    head.append(("إشعار تسليم رقم", dn))
    tax_lbp, total_lbp = q0(tax * fx), q0(total * fx)
    bank = rng.choice(["بنك بيبلوس", "بنك عوده", "بنك لبنان والمهجر", "فرنسبنك"])
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}", cr=f"{rng.randint(1000000, 2099999)}", vid=vid, no=no,
        bname=bname, baddr=baddr, bid=f"{rng.randint(10000, 3999999)}-601", cust=f"C{rng.randint(100, 999)}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), fx=en(fx, 0), tax_lbp=en(tax_lbp, 0), total_lbp=en(total_lbp, 0),
        pay=(f"تُدفع قيمة الفاتورة بالدولار الأميركي نقداً أو بتحويل مصرفي حتى {fd(due)}" if due else term), bank=bank,
        iban=iban_fmt(iban("LB", f"{rng.randint(1, 99):04d}" + digits(rng, 20))),
    )
    notes = (
        "Beirut (Lebanon) hotel-kitchen supplier's فاتورة ضريبية in Arabic, RIGHT TO LEFT (chromium), prices and totals in US DOLLARS ('USD 1,234.50'), VAT 11 % on every row, and under the totals a box with the VAT and the total in LEBANESE POUNDS at the printed rate (89,500 ل.ل. per dollar): "
        "vendor = the name at the top; vendor_tax_id = its 'رقم التسجيل في الضريبة على القيمة المضافة' (the TIN and '-601'; the commercial register 'سجل تجاري', the buyer's VAT number and the customer number are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' ("
        + ["dd/mm/yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "dd-mm-yyyy"][i]
        + "); the delivery note 'إشعار تسليم رقم' is a decoy. "
        + due_note(due, term, "تاريخ الاستحقاق")
        + po_note(po, "أمر شراء رقم")
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'الضريبة على القيمة المضافة 11%'; total = 'المجموع المطلوب' in USD. The pound amounts (VAT and total in ل.ل.) are counter-values, NOT the tax or the total. Currency USD. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "المجموع المطلوب", fd(due) if due else None, dn, en(total_lbp, 0), en(tax_lbp, 0)]}
    return t, chk, (BY_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.8pt")), ctx)


# =========================================================================== 02 Almaty (НДС 12 % in 2025, 16 % from 2026, KZT), amount due boxed at the top
AL_V = [
    ("ТОО «Алатау Офис Снаб»", "г. Алматы, пр. Абая, 150/230, офис 12", "#0e7490"),
    ("ТОО «Медеу Канцтовары»", "г. Алматы, ул. Толе би, 101", "#b45309"),
    ("ТОО «Жетысу ТехноСервис»", "г. Алматы, мкр. Самал-2, д. 58", "#4d7c0f"),
    ("ИП «Сейткали А. Б.»", "г. Алматы, ул. Розыбакиева, 247", "#9d174d"),
]
AL_B = [
    ("ТОО «КазТрансЛогистик»", "г. Алматы, ул. Гоголя, 86"),
    ("АО «Алматинский завод металлоконструкций»", "г. Алматы, ул. Бекмаханова, 93"),
    ("КГУ «Школа-гимназия № 176»", "г. Алматы, Наурызбайский район"),
    ("ТОО «Dostyk Hotel Management»", "г. Алматы, ул. Курмангазы, 36"),
]
AL_ROWS = [
    ("Бумага офисная A4, 80 г/м², 500 л.", "пачка", 10, 200, 2150, 2900),
    ("Картридж лазерный HP 59A", "шт", 1, 12, 38000, 64000),
    ("Папка-регистратор 75 мм", "шт", 10, 120, 890, 1490),
    ("Ручка шариковая синяя", "упак.", 5, 60, 1200, 2400),
    ("Монитор 27\" IPS", "шт", 1, 6, 89000, 145000),
    ("Кресло офисное", "шт", 1, 10, 42000, 98000),
    ("Вода питьевая 19 л", "бутыль", 5, 60, 1100, 1800),
    ("Доставка по г. Алматы", "услуга", 1, 1, 3000, 9000),
    ("Настройка оборудования", "час", 1, 8, 8000, 15000),
]
AL_HTML = """<html lang="ru"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.bank{width:100%;border-collapse:collapse;font-size:8pt} table.bank td{border:1px solid #444;padding:3px 5px} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border:1px solid #444;background:#f0f0f0;font-size:7.6pt;padding:3px} table.it td{border:1px solid #777;padding:3px 4px;font-size:8.2pt} td.r{white-space:nowrap}
</style></head><body>
<div class="small" style="text-align:center;margin-bottom:4px">Внимание! Оплата данного счета означает согласие с условиями поставки товара. Товар отпускается по факту прихода денег на р/с Поставщика.</div>
<div style="font-weight:bold;font-size:8.4pt">Образец платежного поручения</div>
<table class="bank"><tr><td rowspan="2" style="width:50%"><b>Бенефициар:</b><br>{{ vname }}<br>БИН: {{ vid }}</td><td><b>ИИК</b><br>{{ iik }}</td><td style="width:12%"><b>Кбе</b><br>{{ kbe }}</td></tr>
<tr><td><b>БИК</b><br>{{ bik }}</td><td><b>Код назначения платежа</b><br>{{ knp }}</td></tr>
<tr><td colspan="3">Банк бенефициара: {{ bank }}</td></tr></table>
<div style="display:flex;justify-content:space-between;align-items:flex-start;margin-top:10px">
<div><div style="font-size:14pt;font-weight:bold">Счет на оплату № {{ no }} от {{ dlong }}</div>
<div style="font-size:8.4pt;margin-top:6px">Поставщик: <b>БИН / ИИН {{ vid }}, {{ vname }}</b>, {{ vaddr }}<br>Покупатель: <b>БИН / ИИН {{ bid }}, {{ bname }}</b>, {{ baddr }}<br>Договор: № {{ contract }} от {{ cdate }}{% if po %} · Заявка покупателя № {{ po }}{% endif %}{% if due %}<br>Срок оплаты: <b>{{ due }}</b>{% endif %}</div></div>
<div style="border:2px solid {{ color }};padding:6px 10px;text-align:right;min-width:52mm"><div class="small">К оплате</div><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ total }} ₸</div><div class="small">в т.ч. НДС {{ rate }}%: {{ tax }}</div></div></div>
<table class="it"><tr><th>№</th><th>Код</th><th>Наименование</th><th>Кол-во</th><th>Ед.</th><th>Цена без НДС</th><th>Сумма без НДС</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:6px;font-size:9pt"><tr><td style="padding:2px 10px;text-align:right"><b>Итого без НДС:</b></td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px;text-align:right"><b>НДС {{ rate }}%:</b></td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:2px 10px;text-align:right"><b>Всего к оплате:</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="font-size:8.4pt;margin-top:6px">Всего наименований {{ n }}, на сумму {{ total }} KZT</div>
<hr style="border:0;border-top:2px solid #000;margin-top:8px">
<div style="font-size:8.4pt;margin-top:14px">Исполнитель ______________ /{{ clerk }}/ &nbsp;&nbsp;&nbsp; М.П.</div>
</body></html>"""


def ru_date(x):
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


@style("02", "kz_ala_almaty_schet_nds_12_16_total_on_top")
def s02(rng, i):
    vname, vaddr, color = AL_V[i]
    bname, baddr = AL_B[i]
    d = rand_date(rng)
    rate = D(16) if d >= dt.date(2026, 1, 1) else D(12)
    items = lines(rng, AL_ROWS, rng.randint(3, 7), D("10"))
    for x in items:
        x["code"] = f"{rng.randint(10000, 99999)}"
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    vid = f"{d.year % 100 - rng.randint(3, 15):02d}{rng.randint(1, 12):02d}4" + digits(rng, 7)
    no = [f"{rng.randint(100, 2999)}", f"АО-{rng.randint(1000, 9999)}", f"{rng.randint(10, 999)}", f"СЧ-{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([3, 5, 10])) if i in (1, 3) else None
    po = [None, f"З-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", None][i]
    cd = d - dt.timedelta(days=rng.randint(30, 300))
    contract = f"{rng.randint(10, 250)}/{cd.year}"
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, iik=iban("KZ", f"{rng.randint(100, 999)}" + digits(rng, 13)), kbe="17", knp="710",
        bik=rng.choice(["HSBKKZKX", "KCJBKZKX", "CASPKZKA", "IRTYKZKA"]), bank=rng.choice(["АО «Народный Банк Казахстана»", "АО «Банк ЦентрКредит»", "АО «Kaspi Bank»", "АО «ForteBank»"]),
        no=no, dlong=ru_date(d), bid=digits(rng, 12, True), bname=bname, baddr=baddr, contract=contract, cdate=cd.strftime("%d.%m.%Y"), po=po,
        due=due.strftime("%d.%m.%Y") if due else None, rate=str(rate),
        items=[{"c": x["code"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), n=len(items), clerk=rng.choice(["Ахметова Д. С.", "Ким В. Л.", "Нурланов Е. К.", "Сейткали А. Б."]),
    )
    notes = (
        "Almaty (Kazakhstan) office supplier's СЧЕТ НА ОПЛАТУ in Russian, in tenge with spaces and a decimal comma ('1 234 567,00'), the payment-order sample (Бенефициар, БИН, ИИК, Кбе, БИК, КНП) at the TOP, the AMOUNT DUE BOXED AT THE TOP RIGHT ('К оплате') above a fully ruled grid, prices WITHOUT VAT and НДС "
        + str(rate)
        + " % (12 % until 31 December 2025, 16 % from 1 January 2026 by the new Tax Code; this document's date decides): "
        "vendor = 'Бенефициар' / 'Поставщик'; vendor_tax_id = its 'БИН' (12 digits; the buyer's БИН, the ИИК account, Кбе 17 and КНП 710 are decoys). "
        "invoice_number = 'Счет на оплату №'; invoice_date = the date in the title, in Russian words ('от 12 марта 2026 г.'); the contract ('Договор № … от …') and its date are decoys. "
        + due_note(due, None, "Срок оплаты")
        + po_note(po, "Заявка покупателя №")
        + "subtotal = 'Итого без НДС'; tax = 'НДС " + str(rate) + "%'; total = 'Всего к оплате' (the same as the boxed 'К оплате'). Currency KZT. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "KZT", net, tax, total, items, notes)
    chk = {"printed": [ru_date(d), no, vname, vid, "Всего к оплате", ctx["due"], contract, ctx["iik"]]}
    return t, chk, (AL_HTML.replace("@@BASE@@", css(margin="11mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Limassol (ΦΠΑ 9 % catering, 19 % hire), discount on the menu rows' sum
LM_V = [
    ("Ακτή Catering Λτδ", "Λεωφ. Αμαθούντος 112, 4532 Αγ. Τύχωνας, Λεμεσός", "#0f766e"),
    ("Γεύσεις Λεμεσού Λτδ", "Οδός Ανεξαρτησίας 48, 3036 Λεμεσός", "#9a3412"),
    ("Κολόσσι Events & Catering Λτδ", "Οδός Κολοσσίου 7, 4630 Κολόσσι, Λεμεσός", "#1e40af"),
    ("Μαρίνα Γαστρονομία Λτδ", "Λεμεσός Μαρίνα, Οδός Σπύρου Αραούζου, 3036 Λεμεσός", "#6d28d9"),
]
LM_B = [
    ("Τράπεζα Κύπρου Δημόσια Εταιρεία Λτδ", "Οδός Στασικράτους 51, Λευκωσία"),
    ("Limassol Shipping Services Ltd", "Οδός Φραγκλίνου Ρούσβελτ 115, Λεμεσός"),
    ("Τεχνολογικό Πανεπιστήμιο Κύπρου", "Οδός Αρχιεπισκόπου Κυπριανού 30, Λεμεσός"),
    ("Δήμος Γερμασόγειας", "Λεωφ. Γερμασόγειας 20, Γερμασόγεια"),
]
LM_9 = [
    ("Μενού μπουφέ, 3 πιάτα", "άτομο", 20, 180, 18, 42),
    ("Κυπριακοί μεζέδες", "άτομο", 20, 150, 22, 38),
    ("Finger food, 8 τεμάχια", "άτομο", 20, 200, 12, 26),
    ("Ποτά ανοικτού μπαρ, 3 ώρες", "άτομο", 20, 150, 15, 30),
    ("Γλυκά και φρούτα εποχής", "άτομο", 20, 180, 5, 11),
]
LM_19 = [
    ("Ενοικίαση τραπεζιών και καθισμάτων", "σετ", 1, 1, 180, 650),
    ("Ενοικίαση τέντας 10x20 μ.", "ημέρα", 1, 2, 450, 1200),
    ("Διακόσμηση με λουλούδια", "υπηρεσία", 1, 1, 220, 900),
    ("Ηχητική εγκατάσταση", "ημέρα", 1, 2, 250, 600),
]
LM_HTML = """<html lang="el"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px;border-collapse:collapse} table.it th{border-bottom:2px solid {{ color }};text-align:left;font-size:7.8pt;padding:3px 4px} table.it td{padding:3px 4px;font-size:8.3pt;border-bottom:1px solid #e5e5e5} th.r,td.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Τηλ. +357 25 {{ tel }}<br>Αρ. Εγγραφής ΦΠΑ: {{ vid }} · Αρ. Εγγραφής Εταιρείας ΗΕ {{ he }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:15pt;font-weight:bold">ΤΙΜΟΛΟΓΙΟ</div><div>Αρ. <b>{{ no }}</b></div><div>Ημερομηνία: <b>{{ date }}</b></div></td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.4pt"><tr><td style="width:55%;vertical-align:top"><div class="small">Προς</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Αρ. ΦΠΑ πελάτη {{ bid }} · Κωδ. πελάτη {{ cust }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:36mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Περιγραφή</th><th>Μονάδα</th><th class="r">Ποσότητα</th><th class="r">Τιμή €</th><th class="r">ΦΠΑ</th><th class="r">Αξία €</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5"><i>Έκπτωση {{ dpct }}% επί του μενού ({{ menu }})</i></td><td class="r"><i>-{{ disc }}</i></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;font-size:8pt;width:55%"><b>Ανάλυση ΦΠΑ</b><table style="font-size:8pt;margin-top:3px"><tr><td style="padding:1px 8px 1px 0" class="small">Συντελεστής</td><td class="r small" style="padding:1px 8px">Καθαρή αξία</td><td class="r small">ΦΠΑ</td></tr>
{% for r in summary %}<tr><td style="padding:1px 8px 1px 0">{{ r.r }}%</td><td class="r" style="padding:1px 8px">{{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto;font-size:9pt"><tr><td style="padding:2px 10px">Καθαρή αξία</td><td class="r">€ {{ net }}</td></tr><tr><td style="padding:2px 10px">ΦΠΑ</td><td class="r">€ {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:3px 10px;border-top:2px solid {{ color }}">Σύνολο πληρωτέο</td><td class="r" style="border-top:2px solid {{ color }}">€ {{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:14px;font-size:8pt">{{ pay }}<br>{{ bank }} · IBAN {{ iban }} · BIC {{ bic }}</div>
<div class="small" style="margin-top:16px">Ευχαριστούμε για την προτίμηση!</div>
</body></html>"""


@style("03", "cy_lim_limassol_timologio_fpa_19_9_ekptosi")
def s03(rng, i):
    vname, vaddr, color = LM_V[i]
    bname, baddr = LM_B[i]
    d = rand_date(rng)
    guests = rng.randint(25, 160)
    menu_rows = [dict(x, qty=D(guests)) for x in lines(rng, LM_9, rng.randint(2, 4), D("0.50"))]
    for x in menu_rows:
        x["amount"] = q2(x["qty"] * x["price"])
        x["rate"] = D(9)
    hire = lines(rng, LM_19, rng.randint(1, 3), D("5"))
    for x in hire:
        x["rate"] = D(19)
    items = menu_rows + hire
    dpct = D(rng.choice([5, 8, 10]))
    menu = sum(x["amount"] for x in menu_rows)
    disc = q2(menu * dpct / 100)
    base = [dict(rate=D(9), amount=menu - disc)] + [dict(rate=x["rate"], amount=x["amount"]) for x in hire]
    summary = by_rate(base)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, cyvat.is_valid)
    no = [f"{rng.randint(1000, 9999)}", f"ΤΙΜ-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"LC{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), el_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 3 else None
    term = None if due else "Πληρωμή με την παραλαβή του τιμολογίου"
    po = [f"PO{rng.randint(100000, 999999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    ev = d - dt.timedelta(days=rng.randint(1, 6))
    head = [("Ημερομηνία εκδήλωσης", fd(ev)), ("Άτομα", str(guests))]
    if due:
        head.append(("Ημερομηνία λήξης", fd(due)))
    if po:
        head.append(("Αρ. παραγγελίας", po))
    m = de
    bank, bic, bcode = rng.choice([("Τράπεζα Κύπρου", "BCYPCY2N", "002"), ("Ελληνική Τράπεζα", "HEBACY2N", "005"), ("Eurobank Κύπρου", "ERBKCY2N", "018")])
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100000, 999999)}", vid=vid, he=f"{rng.randint(100000, 499999)}", no=no, date=fd(d),
        bname=bname, baddr=baddr, bid=valid(rng, cyvat.is_valid), cust=f"{rng.randint(1000, 9999)}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"])} for x in items],
        dpct=str(dpct), menu=m(menu), disc=m(disc), summary=[{"r": r, "b": m(b), "v": m(v)} for r, b, v in summary],
        net=m(net), tax=m(tax), total=m(total), pay=(f"Πληρωτέο μέχρι {fd(due)} με τραπεζική μεταφορά." if due else term),
        bank=bank, iban=iban_fmt(iban("CY", bcode + digits(rng, 5) + digits(rng, 16))), bic=bic,
    )
    notes = (
        "Limassol (Cyprus) event caterer's ΤΙΜΟΛΟΓΙΟ in Greek, in euros with dots and a decimal comma ('1.234,50'), ΦΠΑ 9 % on the menu rows (catering) and 19 % on the hire rows, a DISCOUNT of a few percent on the MENU rows' sum printed as the last row ('Έκπτωση …% επί του μενού', negative), an 'Ανάλυση ΦΠΑ' per rate (the 9 % base is after the discount): "
        "vendor = the name at the top; vendor_tax_id = its 'Αρ. Εγγραφής ΦΠΑ' (the company number 'ΗΕ', the buyer's ΦΠΑ number and customer code are decoys). "
        "invoice_number = 'Αρ.' under the title; invoice_date = 'Ημερομηνία' ("
        + ["dd/mm/yyyy", "Greek words ('12 Μαρτίου 2026')", "dd/mm/yyyy", "dd.mm.yyyy"][i]
        + "); the event date 'Ημερομηνία εκδήλωσης' and the number of guests are decoys. "
        + due_note(due, term, "Ημερομηνία λήξης")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Καθαρή αξία' (after the discount); tax = 'ΦΠΑ'; total = 'Σύνολο πληρωτέο'. Currency EUR. Line items: the menu and hire rows BEFORE the discount (the discount row is not an item; the rows minus the discount make the subtotal)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Σύνολο πληρωτέο", fd(due) if due else None, fd(ev), "-" + m(disc)], "line_adjustment": str(-disc)}
    return t, chk, (LM_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.8pt")), ctx)


def valid(rng, ok):
    """A Cypriot VAT number (8 digits, the first 0, 1, 3, 4, 5 or 9, and a check letter) that python-stdnum accepts."""
    for _ in range(5000):
        c = rng.choice("013459") + digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if ok(c):
            return c
    raise RuntimeError("no valid id")
