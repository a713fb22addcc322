"""Chromium (HTML) styles for set 70, first part (01 Hurghada hotel's guest folio / tax invoice in English and Arabic
under a coloured BAND of white LABELS ABOVE their values, an UNRULED table of dated charges, VAT 14 %, a DEPOSIT
deducted and a USD counter-value; 02 Batroun firm's فاتورة in Arabic, right to left, with a BOXED GRID of facts, a RULED
table with a POSITION column, the TOTALS at the LEFT, TVA 11 % in dollars with the lira counter-values, one a CREDIT
NOTE; 03 Afyonkarahisar shop's fiş on an 80 mm TILL ROLL, KDV 1 / 10 / 20 % included and an İNDİRİM row)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, group4, rand_iban
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.eg import tn
from stdnum.tr import vkn

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Hurghada (VAT 14, EGP), band of labels above, unruled, deposit, USD
HG_V = [
    ("Coral Lagoon Resort Hurghada S.A.E.", "منتجع كورال لاجون الغردقة ش.م.م", "Km 12, Safaga Road, Hurghada, Red Sea", "#0e7490"),
    ("Sakkala Bay Suites Hotel", "فندق خليج السقالة للأجنحة", "Sheraton Street, El Sakkala, Hurghada", "#9d174d"),
    ("El Mamsha Marina Hotel & Dive Centre", "فندق وممشى المارينا ومركز الغوص", "New Marina Boulevard, Hurghada", "#1d4ed8"),
    ("Giftun Reef Eco Lodge", "نزل جفتون ريف البيئي", "Village Road, El Ahyaa, Hurghada", "#166534"),
]
HG_GUESTS = ["Mr. Tobias Lindqvist", "Sun & Sea Tours Ltd. (group SST-0412)", "Mrs. Agnieszka Wróbel", "Mr. Karim Abdel Fattah"]
HG_ROWS = [
    ("Room – Deluxe Sea View, half board", "night", 2, 9, 3400, 7800),
    ("Room – Family Suite, all inclusive", "night", 2, 7, 6200, 11800),
    ("Dive package, 2 boat dives + equipment", "day", 1, 5, 2100, 3900),
    ("Airport transfer, private minivan", "trip", 1, 2, 650, 1400),
    ("À la carte dinner – Fish Market restaurant", "cover", 1, 6, 780, 1650),
    ("Snorkelling trip, Giftun Island", "person", 1, 4, 900, 1800),
    ("Spa – hammam and massage 60 min", "session", 1, 3, 1200, 2400),
    ("Laundry service", "item", 2, 12, 45, 120),
    ("Minibar", "item", 1, 9, 60, 180),
]
HG_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.ar{direction:rtl;unicode-bidi:isolate} .band{background:{{ color }};color:#fff;margin-top:8px;padding:7px 9px}
.band table{width:100%} .band td{padding:2px 8px 2px 0;vertical-align:top} .band .l{font-size:6.6pt;color:#e0f2fe;letter-spacing:.3px}
.band .v{font-size:9.6pt;font-weight:bold}
table.it{width:100%;margin-top:10px;border-collapse:collapse} table.it th{font-size:7pt;color:{{ color }};text-align:left;padding:3px 4px;border-bottom:1.5px solid {{ color }}}
table.it td{padding:3px 4px;font-size:8.2pt} table.it td.r,table.it th.r{text-align:right;white-space:nowrap}
.tot td{padding:2px 4px} .tot td.r{text-align:right;white-space:nowrap;min-width:30mm}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div class="ar" style="font-size:11pt;text-align:left">{{ vname_ar }}</div><div>{{ vaddr }} · Egypt · Tel. +20 65 {{ tel }}</div>
<div class="small">Tax Registration No.: <b>{{ vid }}</b> (<span class="ar">رقم التسجيل الضريبي</span>) · Commercial Register No. {{ cr }} (<span class="ar">سجل تجاري</span>) · Tourism licence {{ lic }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:15pt;font-weight:bold;white-space:nowrap">{{ title }}</div><div class="ar" style="font-size:11pt;text-align:right">{{ title_ar }}</div><div class="small">{{ copy }}</div></td></tr></table>
<div class="band"><table><tr>
<td><div class="l">INVOICE NO. / رقم الفاتورة</div><div class="v">{{ no }}</div></td>
<td><div class="l">INVOICE DATE / تاريخ الفاتورة</div><div class="v">{{ d }}</div></td>
<td><div class="l">FOLIO / ملف النزيل</div><div class="v">{{ folio }}</div></td>
<td><div class="l">ROOM / الغرفة</div><div class="v">{{ room }}</div></td>
<td><div class="l">ARRIVAL / الوصول</div><div class="v">{{ arr }}</div></td>
<td><div class="l">DEPARTURE / المغادرة</div><div class="v">{{ dep }}</div></td></tr>
<tr><td colspan="2"><div class="l">GUEST / BILL TO · النزيل</div><div class="v">{{ guest }}</div></td>
<td><div class="l">{{ ref_l }}</div><div class="v">{{ ref }}</div></td>
<td><div class="l">ADULTS / CHILDREN</div><div class="v">{{ pax }}</div></td>
<td colspan="2"><div class="l">{{ due_l }}</div><div class="v">{{ due }}</div></td></tr></table></div>
{% if bvat %}<div style="margin-top:6px">Company tax registration no. {{ bvat }} · Voucher {{ voucher }}</div>{% endif %}
<table class="it"><tr><th>Date</th><th>Description / البيان</th><th class="r">Qty</th><th class="r">Rate EGP</th><th class="r">Amount EGP</th></tr>
{% for it in items %}<tr><td style="white-space:nowrap">{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top;font-size:7.4pt;color:#444">
Rates include 12 % service charge. VAT registered under Law 67 of 2016.<br>{% if usd %}Equivalent for information: <b>USD {{ usd }}</b> at the CBE rate of {{ rate }} EGP per US dollar on {{ d }}.<br>{% endif %}
Payment: {{ pay }}<br>Bank: {{ bank }} · IBAN {{ ibanv }}<br>ETA e-invoice UUID {{ uuid }}</td>
<td><table class="tot" style="width:100%">
<tr><td>Total before VAT / الإجمالي قبل الضريبة</td><td class="r">EGP {{ net }}</td></tr>
<tr><td>VAT 14% / ضريبة القيمة المضافة</td><td class="r">EGP {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="border-top:2px solid {{ color }}">Invoice total / إجمالي الفاتورة</td><td class="r" style="border-top:2px solid {{ color }}">EGP {{ total }}</td></tr>
{% if dep_amt %}<tr><td>Less deposit received, receipt {{ dep_no }}</td><td class="r">- EGP {{ dep_amt }}</td></tr>
<tr style="font-weight:bold"><td>Balance / الرصيد</td><td class="r">EGP {{ bal }}</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:26px;font-size:7.4pt;color:#555">Guest signature ____________________ &nbsp; Cashier: {{ clerk }} &nbsp; · Page 1 of 1 · Thank you for staying with us – شكراً لإقامتكم معنا</div>
</body></html>"""


@style("01", "eg_hrg_hurghada_hotel_folio_vat_14_band_labels_above_unruled_deposit_usd")
def s01(rng, i):
    vname, vname_ar, vaddr, color = HG_V[i]
    d = rand_date(rng)
    nights = rng.randint(3, 9)
    arr = d - dt.timedelta(days=nights)
    items = lines(rng, HG_ROWS[:2] if i != 1 else HG_ROWS[1:2], 1, D("1"))
    items[0]["qty"] = D(nights)
    items[0]["amount"] = q2(nights * items[0]["price"])
    room = items[0]
    room["day"] = arr
    if i in (0, 2):  # one row a night, as a folio's night audit posts them
        items = [{**room, "qty": D(1), "amount": room["price"], "day": arr + dt.timedelta(days=k)} for k in range(nights)]
    extras = lines(rng, HG_ROWS[2:], [3, 2, 5, 4][i], D("5"))
    for x in extras:
        x["day"] = arr + dt.timedelta(days=rng.randint(0, nights - 1))
    items = sorted(items + extras, key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 9, True), tn.is_valid)
    vidf = f"{vid[:3]}-{vid[3:6]}-{vid[6:]}"
    bvat = None
    if i == 1:
        b = valid(rng, lambda: digits(rng, 9, True), tn.is_valid)
        bvat = f"{b[:3]}-{b[3:6]}-{b[6:]}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    no = [f"HRG-{d.year}-{rng.randint(10000, 99999)}", f"CL{rng.randint(100000, 999999)}", f"{rng.randint(2000000, 2999999)}", f"GR/{d.strftime('%y')}/{rng.randint(1000, 9999)}"][i]
    folio = f"{rng.randint(300000, 899999)}"
    due = d + dt.timedelta(days=30) if i == 1 else None
    po = f"SST-{rng.randint(1000, 9999)}" if i == 1 else None
    dep = i in (0, 2)
    dep_amt = q2(D(rng.randint(4, 12) * 500)) if dep else None
    usd = i in (1, 3)
    rate = D(rng.randint(47200, 50900)) / 1000
    ib = rand_iban(rng, "EG", 25, "0019")
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=f"34{digits(rng, 5)}", vid=vidf, cr=f"{rng.randint(1000, 9999)} Red Sea", lic=f"T/{rng.randint(100, 999)}",
        title="GUEST FOLIO – TAX INVOICE", title_ar="فاتورة ضريبية", copy=rng.choice(["Original", "Guest copy"]),
        no=no, d=fd(d), folio=folio, room=str(rng.randint(101, 540)), arr=fd(arr), dep=fd(d), guest=HG_GUESTS[i],
        ref_l="TOUR OPERATOR ORDER" if po else "RESERVATION", ref=po if po else f"RES{rng.randint(1000000, 9999999)}",
        pax=f"{rng.randint(1, 2)} / {rng.randint(0, 2)}", due_l="PAYMENT DUE / تاريخ الاستحقاق" if due else "PAYMENT / الدفع",
        due=fd(due) if due else rng.choice(["Paid by card at check-out", "Settled in cash"]), bvat=bvat, voucher=f"V{rng.randint(10000, 99999)}",
        items=[{"dt": fd(x["day"]), "d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), dep_amt=en(dep_amt) if dep else None, dep_no=f"R{rng.randint(10000, 99999)}", bal=en(total - dep_amt) if dep else None,
        usd=en(q2(total / rate)) if usd else None, rate=f"{rate:.4f}", pay="bank transfer within 30 days to the account below" if due else "settled at check-out",
        bank="Banque Misr, Hurghada branch", ibanv=group4(ib), uuid=digits(rng, 8) + "-" + digits(rng, 4) + "-" + digits(rng, 12), clerk=rng.choice(["Mahmoud S.", "Nourhan A.", "Ahmed F."]),
    )
    notes = (
        "Hurghada (Egypt) hotel GUEST FOLIO – TAX INVOICE in English with Arabic labels, the facts in a coloured BAND, white LABELS ABOVE their values, an UNRULED table of dated charges, VAT 14 %, 'EGP 1,234.56': "
        f"vendor = the name at the top left (the Arabic name under it is the same firm); vendor_tax_id = 'Tax Registration No.' ({vidf}, 9 digits; the commercial register, the tourism licence"
        + (", the company's tax registration no." if bvat else "") + ", the IBAN and the ETA UUID are decoys). "
        "invoice_number = 'INVOICE NO.' (the FOLIO and room numbers, the reservation and the deposit receipt are decoys); invoice_date = 'INVOICE DATE' (= departure; the arrival date and the charge dates are decoys). "
        + due_note(due, None, "PAYMENT DUE")
        + po_note(po, "TOUR OPERATOR ORDER")
        + "subtotal = 'Total before VAT'; tax = 'VAT 14%'; total = 'Invoice total'"
        + (f" (the deposit {en(dep_amt)} is deducted below it; the 'Balance' is a decoy)" if dep else "")
        + ". Currency EGP" + (" (the USD equivalent is a counter-value decoy)" if usd else "") + ". Line items: every charge row, without VAT."
    )
    t = truth(vname, vidf, no, po, d, due, "EGP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vidf, "Invoice total", fd(due) if due else None, folio, bvat, ctx["bal"], ctx["usd"]]}
    return t, chk, (HG_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Batroun (TVA 11, USD with LBP), Arabic RTL, boxed grid, position column, totals left, credit note
BT_V = [
    ("Domaine des Coteaux de Batroun SAL", "دومين كوتو البترون ش.م.ل.", "طريق كفرعبيدا، البترون – لبنان", "#7f1d1d"),
    ("Pressoir Kfarhay Huiles SARL", "معصرة كفرحي للزيوت ش.م.م.", "كفرحي، قضاء البترون – لبنان", "#3f6212"),
    ("Agrumes du Littoral Batroun SARL", "حمضيات ساحل البترون ش.م.م.", "الطريق البحرية، البترون – لبنان", "#c2410c"),
    ("Imprimerie Saint-Étienne SAL", "مطبعة مار اسطفان ش.م.ل.", "شارع السوق القديم، البترون – لبنان", "#1e3a8a"),
]
BT_B = ["مطعم الصيادين – البترون", "فندق شاطئ المدفون", "سوبرماركت الأرز – جبيل", "جمعية تجار البترون"]
BT_ROWS = [
    [("نبيذ أحمر، قنينة 750 مل", "كرتونة", 2, 40, 60, 140), ("نبيذ أبيض، قنينة 750 مل", "كرتونة", 2, 30, 55, 110), ("عرق بلدي 1 ليتر", "كرتونة", 1, 20, 90, 180), ("جولة تذوق للمجموعات", "شخص", 10, 40, 18, 35)],
    [("زيت زيتون بكر ممتاز 4 ليتر", "غالون", 5, 80, 28, 46), ("زيتون أخضر مرصوص 1 كغ", "مرطبان", 10, 120, 3, 7), ("صابون زيت الزيتون", "علبة", 10, 200, 1, 4), ("عصر زيتون للغير", "تنكة", 5, 60, 6, 12)],
    [("ليمون حامض، صندوق 15 كغ", "صندوق", 5, 120, 7, 15), ("برتقال أبو صرة، صندوق 18 كغ", "صندوق", 5, 100, 8, 17), ("أفندي، صندوق 10 كغ", "صندوق", 5, 80, 6, 13), ("نقل وتبريد", "رحلة", 1, 4, 40, 120)],
    [("طباعة قوائم طعام، 200 نسخة", "طلبية", 1, 5, 90, 260), ("فواتير مرقمة دفاتر", "دفتر", 10, 100, 2, 6), ("لافتة خارجية مع تركيب", "قطعة", 1, 3, 150, 480), ("تصميم شعار", "ساعة", 2, 12, 15, 40)],
]
BT_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .n{direction:ltr;unicode-bidi:isolate;white-space:nowrap} .lat{direction:ltr;unicode-bidi:isolate}
table.g{width:100%;border-collapse:collapse;margin-top:8px} table.g td{border:1px solid #9ca3af;padding:3px 6px;vertical-align:top;width:25%}
table.g .l{font-size:7pt;color:#6b7280} table.g .v{font-weight:bold;font-size:9pt}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#f3f4f6;border:1px solid #6b7280;font-size:7.6pt;padding:4px}
table.it td{border:1px solid #6b7280;padding:3px 5px;font-size:8.4pt} table.it td.m{text-align:left}
table.t{border-collapse:collapse} table.t td{border:1px solid #6b7280;padding:3px 6px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname_ar }}</div>
<div class="lat" style="font-size:11pt;font-weight:bold;color:{{ color }};text-align:right">{{ vname }}</div><div>{{ vaddr }}</div>
<div>هاتف <span class="n">+961 6 {{ tel }}</span> · سجل تجاري جبل لبنان رقم <span class="n">{{ cr }}</span></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:18pt;font-weight:bold">{{ title }}</div><div class="lat" style="font-size:10pt;text-align:left">{{ title_fr }}</div></td></tr></table>
<table class="g"><tr>
<td><div class="l">{{ no_l }}</div><div class="v n" style="text-align:right">{{ no }}</div></td>
<td><div class="l">التاريخ</div><div class="v n" style="text-align:right">{{ d }}</div></td>
<td><div class="l">رقم التسجيل في الضريبة على القيمة المضافة</div><div class="v n" style="text-align:right">{{ vid }}</div></td>
<td><div class="l">{% if due %}تاريخ الاستحقاق{% else %}طريقة الدفع{% endif %}</div><div class="v {% if due %}n{% endif %}" style="text-align:right">{{ due if due else pay }}</div></td></tr>
<tr><td colspan="2"><div class="l">السادة</div><div class="v">{{ bname }}</div><div>رقم التسجيل الضريبي للزبون <span class="n">{{ bvat }}</span></div></td>
<td><div class="l">{% if orig %}الفاتورة الأصلية{% elif po %}أمر الشراء{% else %}إشعار التسليم{% endif %}</div><div class="v n" style="text-align:right">{{ orig if orig else (po if po else dn) }}</div></td>
<td><div class="l">تاريخ التسليم</div><div class="v n" style="text-align:right">{{ ds }}</div></td></tr></table>
<table class="it"><tr><th>م</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>السعر الإفرادي $</th><th>المجموع $</th></tr>
{% for it in items %}<tr><td style="text-align:center">{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="m" dir="ltr"><span class="n">{{ it.q }}</span></td><td class="m" dir="ltr"><span class="n">{{ it.p }}</span></td><td class="m" dir="ltr"><span class="n">{{ it.a }}</span></td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;font-size:7.8pt;color:#374151">
{% if orig %}سبب الإشعار: {{ reason }}<br>{% endif %}
سعر الصرف المعتمد: <span class="n">{{ rate }}</span> ل.ل. للدولار الأميركي (المعادل بالليرة اللبنانية للمعلومات وفق قرار وزارة المالية).<br>
الدفع بحوالة إلى <span class="n">{{ bank }}</span> · <span class="n">IBAN {{ ibanv }}</span><br>
شروط الدفع: {{ terms }}<br>البضاعة المباعة لا ترد ولا تستبدل إلا وفق شروط العقد.</td>
<td style="vertical-align:top;width:55%"><table class="t" style="width:100%;margin-right:auto">
<tr style="background:#f3f4f6"><td></td><td style="text-align:center">USD</td><td style="text-align:center">ل.ل.</td></tr>
<tr><td>المجموع قبل الضريبة</td><td dir="ltr" style="text-align:left"><span class="n">{{ net }}</span></td><td dir="ltr" style="text-align:left;color:#6b7280"><span class="n">{{ net_l }}</span></td></tr>
<tr><td>الضريبة على القيمة المضافة 11%</td><td dir="ltr" style="text-align:left"><span class="n">{{ tax }}</span></td><td dir="ltr" style="text-align:left;color:#6b7280"><span class="n">{{ tax_l }}</span></td></tr>
<tr style="font-weight:bold;background:#f3f4f6"><td>{{ tot_l }}</td><td dir="ltr" style="text-align:left"><span class="n">{{ total }} USD</span></td><td dir="ltr" style="text-align:left;color:#6b7280"><span class="n">{{ tot_l_lbp }}</span></td></tr></table></td></tr></table>
<div style="margin-top:14px;border:1px dashed #9ca3af;width:48mm;height:18mm;padding:2mm;color:#9ca3af;font-size:7pt">ختم المؤسسة</div>
<div style="margin-top:30px;font-size:7.4pt;color:#6b7280">توقيع وختم المورد ____________ · توقيع المستلم ____________ · صفحة 1 من 1</div>
</body></html>"""


@style("02", "lb_bat_batroun_facture_tva_11_rtl_boxgrid_pos_totals_left_usd_lbp_credit")
def s02(rng, i):
    vname, vname_ar, vaddr, color = BT_V[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, BT_ROWS[i], [4, 4, 2, 3][i], D("0.25"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.11"))
    total = net + tax
    vid = f"{rng.randint(100000, 3999999)}-601"
    bvat = f"{rng.randint(100000, 3999999)}-601"
    no = [f"{d.year}/{rng.randint(100, 999)}", f"F-{rng.randint(1000, 9999)}", f"CN-{d.year}-{rng.randint(10, 99)}", f"{rng.randint(10000, 99999)}"][i]
    fd = (lambda x: x.strftime("%d/%m/%Y")) if i != 3 else (lambda x: x.strftime("%d-%m-%Y"))
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1) else None
    po = f"PO-{rng.randint(1000, 9999)}" if i == 1 else None
    orig = f"{d.year}/{rng.randint(100, 999)}" if credit else None
    rate = 89500
    lbp = lambda a: en(q2(a * rate), 0)  # noqa: E731
    ib = rand_iban(rng, "LB", 24, "0014")
    tot_l = "المجموع المردود" if credit else "المجموع المستحق"
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=f"{rng.randint(600, 799)} {digits(rng, 3)}", cr=str(rng.randint(1000, 99999)),
        title="إشعار دائن" if credit else "فاتورة", title_fr="Note de crédit" if credit else "Facture", no_l="رقم الإشعار" if credit else "رقم الفاتورة",
        no=no, d=fd(d), vid=vid, due=fd(due) if due else None, pay="نقداً عند التسليم" if i == 3 else "تسوية على الحساب", bname=BT_B[i], bvat=bvat,
        orig=orig, po=po, dn=f"BL {rng.randint(1000, 9999)}", ds=fd(d - dt.timedelta(days=rng.randint(0, 5))),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        reason="بضاعة مرتجعة", rate=en(rate, 0), net_l=lbp(net), tax_l=lbp(tax), tot_l_lbp=lbp(total), bank="BLOM Bank – Batroun", ibanv=group4(ib),
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l,
        terms=("تسوية على حساب الزبون" if credit else ("خلال " + str((due - d).days) + " يوماً من تاريخ الفاتورة" if due else "نقداً عند التسليم")),
    )
    notes = (
        "Batroun (Lebanon) " + ("إشعار دائن (CREDIT NOTE, quantities and amounts NEGATIVE, referring to an original invoice: a decoy)" if credit else "فاتورة")
        + " in Arabic, RIGHT TO LEFT, the facts in a BOXED GRID of labels above values, a RULED table with a POSITION column (م), the TOTALS at the LEFT, TVA 11 %, amounts in US dollars '1,234.56 USD' with the Lebanese-pound counter-values: "
        "vendor = the Latin name under the Arabic one (the same firm); vendor_tax_id = 'رقم التسجيل في الضريبة على القيمة المضافة' (the commercial register, the customer's number, the IBAN are decoys). "
        f"invoice_number = '{ctx['no_l']}'; invoice_date = 'التاريخ' (the delivery date 'تاريخ التسليم' is a decoy). "
        + due_note(due, ctx["pay"] if not due and not credit else None, "تاريخ الاستحقاق")
        + po_note(po, "أمر الشراء")
        + f"subtotal = 'المجموع قبل الضريبة'; tax = 'الضريبة على القيمة المضافة 11%'; total = '{tot_l}'. Currency USD (the ل.ل. amounts at 89,500 are counter-values, decoys). Line items: every row."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, fd(due) if due else None, bvat, orig, lbp(total)]}
    return t, chk, (BT_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Afyonkarahisar (KDV 1/10/20 incl., TRY), 80 mm till roll, discount
AF_V = [
    ("KOCATEPE ŞARKÜTERİ GIDA LTD. ŞTİ.", "Kocatepe Şarküteri", "Dumlupınar Mah. Kurtuluş Cad. No:41, Merkez / AFYONKARAHİSAR", "Tınaztepe"),
    ("ŞİFA ECZANESİ - ECZ. ZEYNEP AKSOY", "Şifa Eczanesi", "Karaman Mah. Ambaryolu Cad. No:7/A, Merkez / AFYONKARAHİSAR", "Kocatepe"),
    ("FRIGYA KAYMAK VE LOKUM SAN. TİC. A.Ş.", "Frigya Kaymak & Lokum", "Anıtpark Karşısı No:3, Merkez / AFYONKARAHİSAR", "Tınaztepe"),
    ("TERMAL YAPI MARKET İNŞ. LTD. ŞTİ.", "Termal Yapı Market", "Uydukent Mah. Ankara Yolu 5. Km, AFYONKARAHİSAR", "Kocatepe"),
]
AF_ROWS = [
    [("AFYON SUCUK KG", "kg", 1, 3, 420, 690, 1), ("KAYMAK 250 GR", "ad", 1, 4, 110, 190, 1), ("BEYAZ PEYNIR KG", "kg", 1, 2, 260, 380, 1), ("KOLA 1 LT", "ad", 1, 6, 35, 60, 20), ("POŞET", "ad", 1, 2, 0.25, 0.5, 20), ("ZEYTİN SİYAH KG", "kg", 1, 2, 210, 340, 1)],
    [("PARACETAMOL 500MG 20 TB", "ad", 1, 3, 45, 85, 10), ("VİTAMİN C 1000 MG", "ad", 1, 2, 180, 320, 10), ("GÜNEŞ KREMİ SPF50", "ad", 1, 2, 390, 640, 20), ("BEBEK BEZİ 4 NO", "ad", 1, 2, 420, 690, 20), ("TANSİYON ALETİ", "ad", 1, 1, 1150, 1900, 10)],
    [("KAYMAKLI LOKUM 1 KG", "ad", 1, 4, 380, 560, 1), ("CEVİZLİ LOKUM 500 GR", "ad", 1, 4, 190, 290, 1), ("MANDA KAYMAĞI 500 GR", "ad", 1, 3, 260, 420, 1), ("HEDİYE KUTUSU", "ad", 1, 3, 40, 85, 20), ("TÜRK KAHVESİ", "ad", 1, 4, 60, 95, 10)],
    [("SİLİKON ŞEFFAF 280 ML", "ad", 1, 6, 95, 160, 20), ("VİDA SETİ 200 PARÇA", "ad", 1, 3, 220, 380, 20), ("ÇEKİÇ 500 GR", "ad", 1, 2, 180, 340, 20), ("BOYA İÇ CEPHE 15 LT", "ad", 1, 2, 1450, 2300, 20), ("MASKELEME BANDI", "ad", 1, 8, 38, 75, 20)],
]
AF_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;color:#111} .c{text-align:center} .r{text-align:right}
.dash{border-top:1px dashed #333;margin:4px 0} table{width:100%} td{padding:0}
.big{font-size:10.5pt;font-weight:bold}
</style></head><body>
<div class="c"><b>{{ trade }}</b></div><div class="c">{{ legal }}</div><div class="c">{{ addr }}</div><div class="c">TEL: 0272 {{ tel }}</div>
<div class="c">{{ vd }} V.D. VKN: {{ vid }}</div><div class="c">MERSİS NO: {{ mersis }}</div>
<div class="dash"></div>
<table><tr><td>TARİH : {{ d }}</td><td class="r">SAAT : {{ time }}</td></tr><tr><td>FİŞ NO : {{ no }}</td><td class="r">Z NO : {{ z }}</td></tr></table>
{% if bvkn %}<div>ALICI VKN/TCKN: {{ bvkn }}</div>{% endif %}
<div class="dash"></div>
<table><tr><td>ÜRÜN</td><td class="r">KDV&nbsp;&nbsp;TUTAR (TL)</td></tr></table>
{% for it in items %}<div>{% if it.q %}{{ it.q }} {{ it.u }} X {{ it.p }}{% endif %}</div>
<table><tr><td>{{ it.d }}</td><td class="r" style="white-space:nowrap">%{{ it.r }}&nbsp;&nbsp;*{{ it.a }}</td></tr></table>{% endfor %}
<div class="dash"></div>
<table>{% for r in rates %}<tr><td>KDV %{{ r.r }} MATRAH</td><td class="r">*{{ r.b }}</td></tr><tr><td>KDV %{{ r.r }}</td><td class="r">*{{ r.t }}</td></tr>{% endfor %}
<tr><td>TOPLAM MATRAH</td><td class="r">*{{ net }}</td></tr>
<tr><td>TOPKDV</td><td class="r">*{{ tax }}</td></tr></table>
<table class="big"><tr><td>TOPLAM</td><td class="r">*{{ total }}</td></tr></table>
<table><tr><td>{{ pay }}</td><td class="r">*{{ paid }}</td></tr>{% if change %}<tr><td>PARA ÜSTÜ</td><td class="r">*{{ change }}</td></tr>{% endif %}</table>
{% if card %}<div>KART NO: **** **** **** {{ card }} ONAY KODU: {{ auth }}</div>{% endif %}
<div class="dash"></div>
<div class="c">KASİYER: {{ clerk }} &nbsp; KASA: 0{{ till }}</div><div class="c">EKÜ NO: {{ eku }} &nbsp; MF {{ mf }}</div>
<div class="c" style="margin-top:4px">{{ bars|safe }}</div><div class="c">{{ thanks }}</div>
</body></html>"""


@style("03", "tr_afy_afyonkarahisar_fis_kdv_1_10_20_till_80mm_iskonto")
def s03(rng, i):
    from kit_common import bars_svg

    legal, trade, addr, vd = AF_V[i]
    d = rand_date(rng)
    items = lines(rng, AF_ROWS[i], [5, 3, 4, 4][i], D("0.25"))
    for x in items:
        x["rate"] = x["extra"]
    disc = i in (0, 3)
    if disc:
        base = max(items, key=lambda x: x["amount"])
        da = -q2(base["amount"] * D(rng.choice([5, 10, 15])) / 100)
        items.append({"desc": "İNDİRİM", "unit": "", "qty": None, "price": None, "amount": da, "rate": base["rate"], "show_qty": False})
    rates = []
    for r in sorted({x["rate"] for x in items}):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        t = q2(g * r / (100 + r))
        rates.append((r, g - t, t))
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)
    bvkn = valid(rng, lambda: digits(rng, 10, True), vkn.is_valid) if i == 3 else None
    no = f"{rng.randint(1, 240):04d}"
    cash = i in (0, 2)
    paid = q2(D(int(total / 50) + 1) * 50) if cash else total
    ctx = dict(
        trade=trade.upper(), legal=legal, addr=addr, tel=f"{rng.randint(212, 246)} {digits(rng, 2)} {digits(rng, 2)}", vd=vd, vid=vid, mersis=f"0{vid}000{rng.randint(10, 99)}",
        d=d.strftime("%d/%m/%Y") if i != 2 else d.strftime("%d.%m.%Y"), time=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", no=no, z=f"{rng.randint(100, 2400):04d}", bvkn=bvkn,
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "u": x["unit"].upper(), "p": de(x["price"]) if x["price"] is not None else "", "r": x["rate"], "a": de(x["amount"])} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total),
        pay="NAKİT" if cash else "KREDİ KARTI", paid=de(paid), change=de(paid - total) if cash else None, card=None if cash else digits(rng, 4), auth=digits(rng, 6),
        clerk=rng.choice(["AYŞE", "MEHMET", "FATMA", "EMRE"]), till=rng.randint(1, 4), eku=f"{rng.randint(1, 9):04d}", mf=f"JH {digits(rng, 8)}",
        bars=bars_svg(rng, 56, 9), thanks="BİZİ TERCİH ETTİĞİNİZ İÇİN TEŞEKKÜR EDERİZ" if i != 1 else "GEÇMİŞ OLSUN",
    )
    height = 150 + 9 * len(items) + 9 * len(rates)
    notes = (
        "Afyonkarahisar (Turkey) shop's fiscal receipt (fiş) on an 80 mm TILL ROLL, monospace, prices INCLUDING KDV (1 / 10 / 20 %), amounts starred '*1.234,56': "
        f"vendor = the legal name on the second line ({legal}; the trading name above it is the shop sign); vendor_tax_id = 'VKN' (10 digits; the MERSİS number"
        + (", the buyer's 'ALICI VKN/TCKN'" if bvkn else "") + ", the Z NO, EKÜ NO and the fiscal memory number are decoys). "
        "invoice_number = 'FİŞ NO'; invoice_date = 'TARİH'. No due date (paid at the till: null). No PO. "
        "subtotal = 'TOPLAM MATRAH'; tax = 'TOPKDV'; total = 'TOPLAM'"
        + (" (the cash given and 'PARA ÜSTÜ' are decoys)" if cash else "")
        + ". Currency TRY ('TUTAR (TL)'). Line items: every row with its KDV included"
        + (", and the İNDİRİM row as a negative line without a quantity; the lines sum to the total" if disc else "; the lines sum to the total")
        + "."
    )
    t = truth(legal, vid, no, None, d, None, "TRY", net, tax, total, items, notes)
    chk = {"printed": [ctx["d"], "FİŞ NO : " + no, legal, vid, "TOPKDV", bvkn, ctx["change"], ctx["z"]]}
    return t, chk, (AF_HTML.replace("@@BASE@@", css(size=f"80mm {height}mm", margin="4mm 4mm", font="'DejaVu Sans Mono',monospace", fs="7.6pt")), ctx)
