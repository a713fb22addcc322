"""Chromium (HTML) styles for set 30, second part (04 Tatarstan (Kazan / Chally / Älmät) food wholesaler's
ХИСАП-ФАКТУРА / СЧЁТ-ФАКТУРА in Tatar with Russian beside on a landscape page, the totals only as the table's last
row, НДС 10 % on bread, flour, butter and sugar and the standard rate on the rest, 20 % until 2025 and 22 % from
1 January 2026, 05 Navajo Nation propane company's INVOICE in English with the Navajo Nation sales tax 6 %, gallons
from meter readings, the invoice total boxed at the top beside a previous balance, a payment and the amount due)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS, due_note, lines, po_note, truth, valid_id
from stdnum.ru import inn

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Tatarstan food wholesaler (НДС 10 % / 20-22 %, RUB), landscape
TT_V = [
    ("ООО «Идел Азык»", "ҖЧҖ «Идел Азык»", "420107, Казан ш., Спартак ур., 6", "1655"),
    ("ООО «Чаллы Икмәк»", "ҖЧҖ «Чаллы Икмәк»", "423800, Чаллы ш., Мира пр., 49", "1650"),
    ("ООО «Әлмәт Күмәртә»", "ҖЧҖ «Әлмәт Күмәртә»", "423450, Әлмәт ш., Ленин ур., 112", "1644"),
    ("ООО «Кама Сәүдә»", "ҖЧҖ «Кама Сәүдә»", "423570, Түбән Кама ш., Химиклар пр., 20", "1651"),
]
TT_B = [
    ("ООО «Бәхетле»", "420061, Казан ш., Сеченов ур., 2", "1660"),
    ("ИП Гарипов Р. Ф.", "423800, Чаллы ш., Беренче Май ур., 5", "1650"),
    ("МБОУ «12 нче мәктәп» (ашханә)", "423450, Әлмәт ш., Тукай ур., 30", "1644"),
    ("ООО «Туган Авылым»", "420111, Казан ш., Тукай ур., 97", "1655"),
]
TT_ROWS = [
    ("Икмәк / Хлеб формовой", "шт", 100, 900, 32, 58, "10"),
    ("Он, 1 сорт / Мука пшеничная, 50 кг", "кап / мешок", 2, 30, 1450, 2100, "10"),
    ("Сары май 82,5 % / Масло сливочное", "кг", 10, 120, 640, 890, "10"),
    ("Шикәр / Сахар-песок, 50 кг", "кап / мешок", 1, 20, 2700, 3600, "10"),
    ("Чәй, кара / Чай чёрный, 250 г", "пачка", 10, 120, 95, 180, "S"),
    ("Картон тартмалар / Коробки картонные", "шт", 50, 500, 18, 45, "S"),
    ("Бер тапкыр кулланыла торган савыт / Посуда одноразовая", "упак", 10, 100, 120, 260, "S"),
    ("Китерү / Доставка", "рейс", 1, 4, 1500, 3200, "S"),
]
TT_HTML = """<html lang="tt"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#444} table.g{width:100%;border-collapse:collapse;margin-top:6px;font-size:7.8pt}
table.g th{border:1px solid #555;padding:3px 4px;font-weight:normal;background:#f5f5f4} table.g td{border:1px solid #555;padding:3px 4px} table.g th.r{text-align:right}
</style></head><body>
<div class="small" style="text-align:right">Россия Федерациясе Хөкүмәтенең 26.12.2011 ел, № 1137 карарына 1 нче кушымта<br>Приложение № 1 к постановлению Правительства РФ от 26.12.2011 № 1137</div>
<div style="font-size:13pt;font-weight:bold;margin-top:4px">ХИСАП-ФАКТУРА / СЧЁТ-ФАКТУРА № {{ no }} от {{ date_s }}</div>
<div class="small">Төзәтү / Исправление № — от —</div>
<table style="margin-top:6px;font-size:8.2pt">{% for k, v in head %}<tr><td style="padding:1px 10px 1px 0;color:#555">{{ k }}</td><td style="padding:1px 0">{{ v }}</td></tr>{% endfor %}</table>
<table class="g"><tr><th>№</th><th>Товар (эш, хезмәт) исеме /<br>Наименование товара</th><th>Үлчәү бер. /<br>Ед. изм.</th><th>Саны /<br>Кол-во</th><th>Бәясе /<br>Цена за ед.</th><th>Салымсыз бәясе /<br>Стоимость без налога</th><th>Акциз</th><th>Салым ставкасы /<br>Налог. ставка</th><th>Салым суммасы /<br>Сумма налога</th><th>Салым белән бәясе /<br>Стоимость с налогом</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">акцизсыз</td><td class="c">{{ it.r }}</td><td class="r">{{ it.v }}</td><td class="r">{{ it.t }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td colspan="5">Барлыгы түләргә / Всего к оплате</td><td class="r">{{ net }}</td><td class="c">X</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<table style="width:100%;margin-top:14px;font-size:8pt"><tr><td>Җитәкче / Руководитель организации ____________ {{ boss }}</td><td>Баш бухгалтер / Главный бухгалтер ____________ {{ acc }}</td></tr></table>
<div class="small" style="margin-top:10px">{{ foot }}</div>
</body></html>"""


@style("04", "ru_ta_kazan_hisap_faktura_nds_20_22")
def s04(rng, i):
    vname, vname_tt, vaddr, vreg = TT_V[i]
    bname, baddr, breg = TT_B[i]
    d = rand_date(rng, dt.date(2025, 1, 9), dt.date(2025, 12, 26)) if i % 2 == 0 else rand_date(rng, dt.date(2026, 1, 12), dt.date(2026, 11, 20))  # both sides of the 22 % rate
    std = D("22") if d >= dt.date(2026, 1, 1) else D("20")
    items = lines(rng, [x for x in TT_ROWS if x[6] == "10"], rng.randint(2, 3), D("0.5")) + lines(rng, [x for x in TT_ROWS if x[6] == "S"], rng.randint(1, 3), D("0.5"))
    for x in items:
        x["rate"] = D("10") if x["extra"] == "10" else std
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    v_inn = valid_id(rng, 10, inn.is_valid, prefix=vreg)
    b_inn = valid_id(rng, 10, inn.is_valid, prefix=breg)
    kpp = f"{vreg}01001"
    no = [f"{rng.randint(100, 999)}", f"ИА-{rng.randint(1000, 9999)}", f"{rng.randint(1, 9)}{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{rng.randint(100, 999)}"][i]
    ru_long = lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."  # noqa: E731
    fd = [ru_long, lambda x: x.strftime("%d.%m.%Y"), ru_long, lambda x: x.strftime("%d.%m.%Y")][i]
    contract = f"№ {rng.randint(10, 99)}-П от {fd(d - dt.timedelta(days=rng.randint(60, 300)))}"
    pay_doc = [f"№ {rng.randint(100, 999)} от {fd(d - dt.timedelta(days=rng.randint(1, 5)))}", "—", f"№ {rng.randint(100, 999)} от {fd(d - dt.timedelta(days=rng.randint(1, 5)))}", "—"][i]
    upd = f"{rng.randint(100, 999)}"
    head = [
        ("Сатучы / Продавец:", vname + " (" + vname_tt + ")"),
        ("Адрес:", vaddr),
        ("ИНН/КПП продавца:", f"{v_inn}/{kpp}"),
        ("Йөк җибәрүче / Грузоотправитель:", "шул ук / он же"),
        ("Йөк алучы / Грузополучатель:", f"{bname}, {baddr}"),
        ("Түләү-хисап документына / К платёжно-расчётному документу:", pay_doc),
        ("Җибәрү документлары / Документ об отгрузке:", f"ТН № {upd} от {fd(d)}"),
        ("Сатып алучы / Покупатель:", bname),
        ("Адрес:", baddr),
        ("ИНН/КПП покупателя:", f"{b_inn}/{breg}01001"),
        ("Валюта: исеме, коды / Валюта: наименование, код:", "Российский рубль, 643"),
        ("Килешү / Договор поставки:", contract),
    ]
    m = sp
    ctx = dict(
        no=no,
        date_s=fd(d),
        head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"]), "r": f"{x['rate']}%", "v": m(x["vat"]), "t": m(x["amount"] + x["vat"])} for x in items],
        net=m(net),
        tax=m(tax),
        total=m(total),
        boss=rng.choice(["Р. Х. Сафин", "Л. М. Хәйруллина", "А. И. Галиев", "Г. Р. Нуриева"]),
        acc=rng.choice(["Э. Ф. Закирова", "Д. Р. Миннуллин", "С. А. Вәлиева"]),
        foot=f"Банк: ПАО «Ак Барс» Банк, Казан · р/с 40702810{digits(rng, 12)} · БИК 049205805 · Тел. +7 (8{rng.choice(['43', '55', '53'])}) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
    )
    notes = (
        "Kazan / Chally / Älmät / Tüben Kama (Tatarstan) food wholesaler's ХИСАП-ФАКТУРА / СЧЁТ-ФАКТУРА in Tatar with Russian beside each label on a landscape page, in roubles ('1 234,50'), with НДС 10 % on bread, flour, butter and sugar and the standard rate on tea, packaging and delivery (20 % on documents dated in 2025, 22 % from 1 January 2026), the totals only as the table's last row ('Барлыгы түләргә / Всего к оплате'): vendor = the seller's Russian name as printed (ООО «...»; the Tatar form ҖЧҖ beside it); vendor_tax_id = the seller's ИНН (10 digits, before the КПП; the buyer's ИНН/КПП and the КПП are decoys). "
        "invoice_number = 'СЧЁТ-ФАКТУРА №'; invoice_date = the date after 'от' in the title ("
        + ["Russian words ('12 марта 2026 г.')", "dd.mm.yyyy", "Russian words", "dd.mm.yyyy"][i]
        + "); the payment document, the shipping document (ТН) and the supply contract with their dates are decoys. No due date or term printed (null). No PO. "
        + "subtotal = the 'Всего к оплате' row's 'Стоимость без налога'; tax = its 'Сумма налога'; total = its 'Стоимость с налогом'. Currency RUB. Line items: every row, the amount being 'Стоимость без налога' (the last column adds the row's НДС)."
    )
    t = truth(vname, v_inn, no, None, d, None, "RUB", net, tax, total, items, notes)
    return t, [fd(d), no, vname, v_inn, "Всего к оплате"], (TT_HTML.replace("@@BASE@@", css(size="A4 landscape", margin="10mm 12mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Navajo Nation propane company (NN sales tax 6 %, USD), amount due boxed at the top
NN_V = [
    ("Diné Propane & Fuel LLC", "Hwy 264 & Route 12", "Window Rock, AZ 86515", "#b45309"),
    ("Shiprock Gas Service", "U.S. Hwy 491, Mile 3", "Shiprock, NM 87420", "#1d4ed8"),
    ("Canyon de Chelly Propane Co.", "Navajo Route 7", "Chinle, AZ 86503", "#047857"),
    ("Tuba City Fuel & Supply", "Main Street & Moenave Rd", "Tuba City, AZ 86045", "#9f1239"),
]
NN_B = [
    ("Begay Family Residence", "HC 61 Box 214", "Fort Defiance, AZ 86504"),
    ("Nenahnezad Chapter House", "P.O. Box 369", "Fruitland, NM 87416"),
    ("Many Farms Community School", "P.O. Box 307", "Many Farms, AZ 86538"),
    ("Tsosie Livestock", "HC 63 Box 88", "Cameron, AZ 86020"),
]
NN_ROWS = [
    ("Tank rental, 250 gal (annual)", "yr", 1, 1, 65, 120),
    ("Leak check / safety inspection", "ea", 1, 1, 75, 135),
    ("Regulator, 2nd stage, replaced", "ea", 1, 2, 38, 72),
    ("After-hours delivery fee", "ea", 1, 1, 45, 95),
    ("Hazmat / delivery charge", "ea", 1, 1, 12, 29),
]
NN_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.5pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px}
table.g th{background:{{ color }};color:#fff;padding:4px 5px;text-align:left;font-size:8.4pt} table.g td{padding:4px 5px;border-bottom:1px solid #ddd} table.g th.r{text-align:right}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div>{{ v_street }}<br>{{ v_city }}</div>
<div class="small">Phone (928) {{ tel }} · NN Business Regulatory License No. {{ lic }}</div></td>
<td style="vertical-align:top;width:42%"><div style="border:2px solid {{ color }};padding:8px 10px"><div style="font-size:14pt;font-weight:bold;text-align:center;margin-bottom:4px">INVOICE</div>
<table style="width:100%">{% for k, v, b in box %}<tr><td style="padding:2px 0{% if b %};font-weight:bold;font-size:11pt;border-top:1px solid #999{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;font-size:11pt;border-top:1px solid #999{% endif %}">{{ v }}</td></tr>{% endfor %}</table></div></td></tr></table>
<table style="width:100%;margin-top:8mm"><tr><td style="vertical-align:top;width:50%"><div class="small">BILL TO</div><div style="line-height:1.35">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</div></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 10px;color:#555">{{ k }}</td><td style="padding:1px 0;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div class="small" style="margin-top:6mm">Delivery ticket {{ ticket }} · Meter start {{ m0 }} · Meter end {{ m1 }} · Tank serial {{ serial }}</div>
<table class="g"><tr><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Price</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:280px">{% for k, v, b in tot %}<tr><td style="padding:2px 10px 2px 0{% if b %};font-weight:bold;border-top:1.5px solid #333{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:1.5px solid #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<p class="small" style="margin-top:10mm">{{ terms }} Navajo Nation Sales Tax is collected on all sales within the Navajo Nation. Please write your account number on your check. Ahéhee'!</p>
<div style="border-top:1px dashed #999;margin-top:10mm;padding-top:4px" class="small">Please detach and return with payment · Account {{ acct }} · Invoice {{ no }} · Amount due {{ due_amt }}</div>
</body></html>"""


@style("05", "us_nn_window_rock_invoice_nnst_6")
def s05(rng, i):
    vname, vstreet, vcity, color = NN_V[i]
    bname, bstreet, bcity = NN_B[i]
    d = rand_date(rng)
    gal = D(rng.randint(60, 480))
    ppg = D("0.001") * rng.randint(2499, 3899)
    while q2(gal * ppg) != gal * ppg:
        ppg += D("0.001")
    items = [{"desc": "Propane delivered", "unit": "gal", "qty": gal, "price": ppg, "amount": gal * ppg, "extra": None}]
    items += lines(rng, NN_ROWS, rng.randint(1, 3), D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.06"))
    total = net + tax
    prev = q2(D(rng.randint(0, 60000)) / 100) if i % 2 == 0 else D(0)
    paid = prev if i == 0 else (D(0) if i % 2 else q2(prev / 2))
    due_amt = total + prev - paid
    m0 = rng.randint(10000, 90000)
    no = [f"{rng.randint(100000, 199999)}", f"SGS-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"TC{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=15), None, d + dt.timedelta(days=20)][i]
    term = ["", "", "Terms: Net 30", ""][i]
    po = [None, f"NC-{rng.randint(100, 999)}", f"PO {rng.randint(26000, 26999)}", None][i]
    po_label = "P.O. No."
    acct = f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    meta = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Account No.", acct)]
    if po:
        meta.append((po_label, po))
    meta.append(("Delivery Date", fd(d - dt.timedelta(days=rng.randint(0, 3)))))
    if due:
        meta.append(("Due Date", fd(due)))
    m = lambda x: "$" + en(x)  # noqa: E731
    box = [("Invoice Total", m(total), False), ("Previous Balance", m(prev), False), ("Payments Received", "-" + m(paid) if paid else m(0), False), ("Total Amount Due", m(due_amt), True)]
    tot = [("Subtotal", m(net), False), ("Navajo Nation Sales Tax 6%", m(tax), False), ("Invoice Total", m(total), True)]
    ctx = dict(
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"{rng.randint(200, 899)}-{digits(rng, 4)}",
        lic=f"{rng.randint(1000, 9999)}",
        box=box,
        b_name=bname,
        b_street=bstreet,
        b_city=bcity,
        meta=meta,
        ticket=f"{rng.randint(40000, 49999)}",
        m0=f"{m0:,}",
        m1=f"{m0 + int(gal):,}",
        serial=f"{rng.choice(['TR', 'AM', 'QT'])}{digits(rng, 7)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": "$" + (f"{x['price']:.3f}" if x["unit"] == "gal" else en(x["price"])), "a": m(x["amount"])} for x in items],
        tot=tot,
        terms=(f"Payment due by {fd(due)}." if due else term + "."),
        acct=acct,
        no=no,
        due_amt=m(due_amt),
    )
    notes = (
        "Window Rock / Shiprock / Chinle / Tuba City (Navajo Nation) propane company's INVOICE in English in US dollars ('$1,234.50'), with the Navajo Nation Sales Tax 6 %, propane by the gallon at a price to the tenth of a cent (the gallons are the meter end minus the meter start), a box at the top with the invoice total, the previous balance, payments and the total amount due, and a remittance stub: vendor = the name at the top left; no vendor tax id printed (null; the NN business licence number is a decoy). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (mm/dd/yyyy); the delivery date, the delivery ticket, the meter readings and the tank serial are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "The account number is no PO. subtotal = 'Subtotal'; tax = 'Navajo Nation Sales Tax 6%'; total = 'Invoice Total' (in the box and below the items); 'Previous Balance', 'Payments Received' and 'Total Amount Due' are decoys (the amount due adds an earlier balance). Currency USD. Line items: every row."
    )
    t = truth(vname, None, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "Invoice Total"], (NN_HTML.replace("@@BASE@@", css(size="Letter", margin="13mm 15mm", fs="9.2pt")), ctx)
