"""Chromium (HTML) styles for set 75, first part (01 Lisakovsk 'Счет на оплату' in Russian with the bank grid on top,
labels beside values, a fully ruled table, prices including VAT 16 % and 'В том числе НДС'; 02 Kannur GST tax invoice
with a boxed grid of labels above values, two-line table headers, zebra rows, line discounts, CGST + SGST or IGST and
the amount in rupees in words; 03 Fuvahmulah till receipt on an 80 mm roll, GST 8 %, a bill discount on two and the
US dollar counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import in_gstin, incl_tax, kz_bin, kz_iik, long_date, rupees_words
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Lisakovsk (НДС 16 % included, KZT)
LS_V = [
    ("ТОО «Лисаковск Горснаб»", "Костанайская обл., г. Лисаковск, ул. Мира, 14", "Горношахтное оборудование"),
    ("ТОО «Тобол АвтоДеталь»", "Костанайская обл., г. Лисаковск, 4 микрорайон, 21", "Автозапчасти"),
    ("ИП «Стройдвор Лисаковск»", "Костанайская обл., г. Лисаковск, Промзона, строение 7", "Стройматериалы"),
    ("ТОО «Кафе-столовая Береке»", "Костанайская обл., г. Лисаковск, ул. Строителей, 3", "Питание"),
]
LS_B = ["АО «Костанайские минералы-Сервис»", "ТОО «Агрофирма Приречное»", "КГУ «Школа-гимназия № 2 акимата г. Лисаковска»", "ТОО «Лисаковский элеватор»"]
LS_ROWS = [
    [("Перчатки х/б с ПВХ, пара", "пар", 50, 400, 180, 420), ("Каска защитная шахтёрская", "шт", 5, 40, 4200, 7800), ("Фонарь головной аккумуляторный", "шт", 5, 30, 9800, 18500), ("Лента конвейерная резинотканевая, пог. м", "м", 10, 80, 14500, 26800), ("Ролик конвейерный 89 x 380", "шт", 10, 60, 5200, 9400)],
    [("Фильтр масляный KAMAZ 740", "шт", 2, 20, 2800, 5200), ("Колодки тормозные передние МТЗ-82", "компл", 1, 8, 12500, 21800), ("Масло моторное 15W-40, канистра 20 л", "шт", 1, 10, 28500, 41000), ("Аккумулятор 190 А·ч", "шт", 1, 4, 98000, 142000), ("Ремень генератора", "шт", 1, 10, 3400, 6900)],
    [("Цемент М400, мешок 50 кг", "меш", 20, 200, 2650, 3400), ("Профлист С-8 оцинкованный 0,45 мм", "м2", 20, 300, 2900, 4600), ("Брус 100 x 100 x 6000", "шт", 5, 60, 7800, 11200), ("Саморез кровельный 4,8 x 35, уп. 250 шт", "уп", 2, 20, 3100, 4800)],
    [("Комплексный обед, порция", "порц", 50, 600, 1350, 2200), ("Выпечка в ассортименте", "шт", 50, 400, 250, 480), ("Кофе-брейк на 1 человека", "чел", 10, 80, 1800, 3200), ("Доставка питания на объект", "рейс", 1, 20, 4500, 8000)],
]
LS_BANKS = [("АО «Kaspi Bank»", "CASPKZKA", "722"), ("АО «Народный Банк Казахстана»", "HSBKKZKX", "601"), ("АО «ForteBank»", "IRTYKZKA", "965"), ("АО «Банк ЦентрКредит»", "KCJBKZKX", "856")]
LS_HTML = """<html lang="ru"><head><meta charset="utf-8"><style>@@BASE@@
table.b{width:100%;border-collapse:collapse;font-size:8pt} table.b td{border:1px solid #000;padding:3px 5px}
table.it{width:100%;border-collapse:collapse;margin-top:8px;font-size:8.4pt} table.it th{border:1px solid #000;padding:3px;background:#eee;font-size:8pt} table.it td{border:1px solid #000;padding:3px 4px}
table.kv td{padding:3px 8px 3px 0;vertical-align:top;font-size:8.6pt} .r{text-align:right;white-space:nowrap} .sm{font-size:7.2pt}
</style></head><body>
<div class="sm" style="text-align:center;margin-bottom:6px">Внимание! Оплата данного счета означает согласие с условиями поставки товара. Уведомление об оплате обязательно, в противном случае не гарантируется наличие товара на складе. Товар отпускается по факту прихода денег на р/с Поставщика, самовывозом, при наличии доверенности и документов, удостоверяющих личность.</div>
<div style="font-weight:bold;font-size:8.6pt;margin-bottom:2px">Образец платежного поручения</div>
<table class="b"><tr><td style="width:55%"><b>Бенефициар:</b><br>{{ vname }}<br>БИН: {{ vid }}</td><td style="width:30%"><b>ИИК</b><br><b>{{ iik }}</b></td><td><b>Кбе</b><br><b>17</b></td></tr>
<tr><td><b>Банк бенефициара:</b><br>{{ bank }}</td><td><b>БИК</b><br><b>{{ bic }}</b></td><td><b>Код назначения платежа</b><br><b>710</b></td></tr></table>
<div style="font-size:14pt;font-weight:bold;margin:14px 0 6px 0;border-bottom:2px solid #000;padding-bottom:5px">Счет на оплату № {{ no }} от {{ d }}</div>
<table class="kv"><tr><td style="width:26mm">Поставщик:</td><td><b>БИН / ИИН {{ vid }}, {{ vname }}, {{ vaddr }}, тел. 8 (71433) {{ tel }}</b></td></tr>
<tr><td>Покупатель:</td><td><b>БИН / ИИН {{ bid }}, {{ bname }}, Костанайская обл.</b></td></tr>
<tr><td>Договор:</td><td><b>{{ contract }}</b></td></tr>
{% if po %}<tr><td>Основание:</td><td><b>Заказ покупателя № {{ po }} от {{ pod }}</b></td></tr>{% endif %}</table>
<table class="it"><tr><th style="width:5%">№</th><th style="width:10%">Код</th><th>Наименование</th><th style="width:9%">Кол-во</th><th style="width:6%">Ед.</th><th style="width:13%">Цена</th><th style="width:15%">Сумма</th></tr>
{% for it in items %}<tr><td style="text-align:center">{{ loop.index }}</td><td>{{ it.code }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:6px;font-size:9pt;font-weight:bold"><tr><td class="r" style="padding:2px 10px">Итого:</td><td class="r" style="padding:2px 4px;min-width:30mm">{{ total }}</td></tr>
<tr><td class="r" style="padding:2px 10px">В том числе НДС:</td><td class="r" style="padding:2px 4px">{{ tax }}</td></tr></table>
<div style="margin-top:6px;font-size:8.6pt">Всего наименований {{ n }}, на сумму {{ total }} KZT</div>
{% if due %}<div style="margin-top:4px;font-size:8.6pt">Оплатить не позднее {{ due }}</div>{% endif %}
<div style="margin-top:4px;font-size:7.6pt">Ставка НДС 16 %, НДС включен в цену. Свидетельство о постановке на регистрационный учет по НДС серия {{ ser }} № {{ cert }}.</div>
<div style="border-top:2px solid #000;margin-top:16px;padding-top:14px;font-size:8.6pt">Исполнитель ______________________ /{{ signer }}/ &nbsp;&nbsp;&nbsp; М.П.</div>
</body></html>"""


@style("01", "kz_lis_lisakovsk_schet_na_oplatu_nds_16_incl_bank_grid_top_labels_beside_ruled")
def s01(rng, i):
    vname, vaddr, _trade = LS_V[i]
    bname = LS_B[i]
    d = rand_date(rng, dt.date(2026, 1, 12), dt.date(2026, 11, 20))
    items = lines(rng, LS_ROWS[i], [4, 3, 4, 3][i], D("10"))
    for x in items:
        x["code"] = f"{rng.randint(10, 99)}{digits(rng, 4)}"
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, 16)
    vid, bid = kz_bin(rng), kz_bin(rng)
    bank, bic, bcode = LS_BANKS[i]
    no = [str(rng.randint(12, 480)), f"ЛАД-{rng.randint(100, 999)}", f"{rng.randint(1000, 2999)}", f"Б{rng.randint(10, 99)}/{d.month:02d}"][i]
    due = d + dt.timedelta(days=rng.choice([5, 10])) if i in (0, 2) else None
    po = [f"{rng.randint(100, 999)}", None, None, f"ЗП-{rng.randint(1000, 9999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    contract = f"Договор поставки № {rng.randint(1, 60)}/{d.year} от {fd(d.replace(month=1, day=rng.randint(5, 11)))}" if i != 3 else "Без договора"
    ctx = dict(
        vname=vname, vaddr=vaddr, vid=vid, bid=bid, bname=bname, iik=kz_iik(rng, bcode), bank=bank, bic=bic, no=no, d=long_date(d, "ru"),
        tel=f"{rng.randint(2, 9)}-{digits(rng, 2)}-{digits(rng, 2)}", contract=contract, po=po, pod=fd(d - dt.timedelta(days=rng.randint(1, 6))),
        items=[{"code": x["code"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        total=sp(total), tax=sp(tax), n=len(items), due=fd(due) if due else None, ser=f"{rng.randint(10000, 99999)}", cert=digits(rng, 7, True),
        signer=rng.choice(["Абдрахманова А. С.", "Ковальчук И. В.", "Жумабеков Е. Т.", "Шевченко О. Н."]),
    )
    notes = (
        "Lisakovsk (Kostanay region, Kazakhstan) 'Счет на оплату' in Russian: the payment order sample (beneficiary, IIK, bank, BIC, Kbe) in a ruled grid at the top, "
        "the parties as LABELS BESIDE values, a FULLY RULED table, prices INCLUDING VAT 16 %, '1 234,56': vendor = 'Бенефициар' / 'Поставщик'; vendor_tax_id = the supplier's 'БИН' (12 digits, check digit valid; "
        "the buyer's БИН / ИИН, the IIK, the BIC, the VAT certificate series and number and the contract are decoys). invoice_number = 'Счет на оплату №'; invoice_date = its 'от' date (long Russian month; the contract and order dates are decoys). "
        + due_note(due, None, "Оплатить не позднее")
        + po_note(po, "Заказ покупателя №")
        + "No net printed: subtotal null; tax = 'В том числе НДС' (included in the prices); total = 'Итого' (repeated in 'на сумму … KZT'). Currency KZT. Line items: every row ('Сумма', VAT included)."
    )
    t = truth(vname, vid, no, po, d, due, "KZT", None, tax, total, items, notes)
    chk = {"printed": [long_date(d, "ru"), no, vname, vid, bid, "В том числе НДС", fd(due) if due else None, ctx["iik"], contract]}
    return t, chk, (LS_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Kannur (GST 5/12/18 %, INR), labels above, zebra, words
KN_V = [
    ("Malabar Handloom Weavers Industrial Co-operative Society Ltd", "Thottada, Kannur - 670007, Kerala", "#7c2d12"),
    ("Cannanore Cashew Exports Pvt Ltd", "Industrial Estate, Valapattanam, Kannur - 670010, Kerala", "#14532d"),
    ("Payyambalam Coir & Fibre Works", "Beach Road, Payyambalam, Kannur - 670001, Kerala", "#1e3a8a"),
    ("Thalassery Road Plywood Mart", "NH 66, Chala, Kannur - 670621, Kerala", "#581c87"),
]
KN_B = [
    ("Kairali Textiles Showroom", "M.G. Road, Ernakulam, Kerala", "32"),
    ("Coastal Foods Trading LLP", "Mangaluru, Karnataka", "29"),
    ("Green Home Furnishings", "Coimbatore, Tamil Nadu", "33"),
    ("Sreenivasa Interiors", "Thalassery, Kannur, Kerala", "32"),
]
KN_ROWS = [  # desc, hsn, unit, qlo, qhi, lo, hi, gst
    [("Handloom cotton bedsheet, double, 90 x 100 in", "6304", "Pcs", 10, 60, 420, 780), ("Kannur furnishing fabric, 120 cm, mtr", "5208", "Mtr", 20, 120, 180, 340), ("Handloom towel, 30 x 60 in", "6302", "Pcs", 20, 120, 95, 190), ("Cotton dhoti with kasavu border", "6211", "Pcs", 10, 50, 310, 560)],
    [("Cashew kernels W320, 10 kg tin", "0801", "Tin", 1, 8, 7400, 9200), ("Cashew kernels split JH, 10 kg tin", "0801", "Tin", 1, 5, 5200, 6900), ("Roasted & salted cashew, 200 g pouch", "2008", "Pcs", 20, 150, 160, 260)],
    [("Coir mat, brush finish, 45 x 75 cm", "5705", "Pcs", 20, 120, 140, 260), ("Coir yarn, 2 ply, kg", "5308", "Kg", 20, 150, 48, 82), ("Rubber-backed coir runner, mtr", "5705", "Mtr", 10, 60, 380, 640)],
    [("BWP plywood 18 mm, 8 x 4 ft", "4412", "Sht", 2, 20, 2400, 3600), ("Flush door 32 mm, 7 x 3 ft", "4418", "Nos", 1, 6, 3100, 4800), ("Decorative laminate 1 mm", "4823", "Sht", 2, 20, 980, 1650)],
]
KN_RATE = [D("5"), D("5"), D("12"), D("18")]
KN_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #444} table.g{width:100%;border-collapse:collapse} table.g td{border:1px solid #444;padding:3px 5px;vertical-align:top}
.l{font-size:6.6pt;color:#555} .v{font-weight:bold;font-size:8.4pt}
table.it{width:100%;border-collapse:collapse;margin-top:0;font-size:8.2pt} table.it th{background:{{ color }};color:#fff;padding:3px 4px;font-size:7.4pt;font-weight:bold;text-align:left;line-height:1.15}
table.it td{padding:4px} table.it tr.z td{background:#f1f1f1} .r{text-align:right;white-space:nowrap} th.r{text-align:right}
</style></head><body>
<div style="text-align:center;font-size:11pt;font-weight:bold;letter-spacing:2px">TAX INVOICE</div>
<div style="text-align:right;font-size:6.8pt;margin-top:-12px">(ORIGINAL FOR RECIPIENT)</div>
<table class="g" style="margin-top:4px"><tr><td rowspan="4" style="width:48%"><div style="font-size:11.5pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>{{ vaddr }}<br>Ph: 0497-27{{ tel }} · {{ mail }}<br>GSTIN/UIN: <b>{{ vid }}</b><br>State Name: Kerala, Code: 32 · PAN: {{ pan }}</td>
<td><div class="l">Invoice No.</div><div class="v">{{ no }}</div></td><td><div class="l">Dated</div><div class="v">{{ d }}</div></td></tr>
<tr><td><div class="l">Delivery Note</div><div class="v">{{ dn }}</div></td><td><div class="l">Mode/Terms of Payment</div><div class="v">{{ terms }}</div></td></tr>
<tr><td><div class="l">Buyer's Order No.</div><div class="v">{{ po or '' }}&nbsp;</div></td><td><div class="l">Dated</div><div class="v">{{ pod or '' }}&nbsp;</div></td></tr>
<tr><td><div class="l">Dispatched through</div><div class="v">{{ via }}</div></td><td><div class="l">{{ 'Due Date' if due else 'e-Way Bill No.' }}</div><div class="v">{{ due or ewb }}</div></td></tr>
<tr><td><div class="l">Buyer (Bill to)</div><b>{{ bname }}</b><br>{{ baddr }}<br>GSTIN/UIN: {{ bid }}<br>State Name: {{ bstate }}, Code: {{ bcode }}</td>
<td><div class="l">Dispatch Doc No.</div><div class="v">{{ lr }}</div></td><td><div class="l">Destination</div><div class="v">{{ dest }}</div></td></tr></table>
<table class="it"><tr><th>Sl<br>No.</th><th>Description of Goods</th><th>HSN/<br>SAC</th><th class="r">Quantity</th><th class="r">Rate<br>(Rs.)</th><th>per</th><th class="r">Disc.<br>%</th><th class="r">Taxable<br>Value (Rs.)</th></tr>
{% for it in items %}<tr class="{{ 'z' if loop.index is even else '' }}"><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.h }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td>{{ it.u }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px;border-top:1px solid #444"><tr><td style="width:55%;font-size:8pt;padding-top:6px"><div class="l">Amount Chargeable (in words)</div><b>{{ words }}</b>
<div class="l" style="margin-top:8px">Tax Amount (in words)</div>{{ taxwords }}
<div style="margin-top:10px;font-size:7.4pt">Company's Bank Details: {{ bankname }} · A/c No.: {{ acct }} · Branch &amp; IFS Code: Kannur &amp; {{ ifsc }}</div></td>
<td><table style="margin-left:auto;font-size:8.6pt;border-collapse:collapse">
<tr><td style="padding:2px 10px">Total Taxable Value</td><td class="r">{{ net }}</td></tr>
{% for a, b in taxrows %}<tr><td style="padding:2px 10px">{{ a }}</td><td class="r">{{ b }}</td></tr>{% endfor %}
<tr><td style="padding:2px 10px">Total Tax Amount</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:5px 10px;font-weight:bold;font-size:10pt;border-top:2px solid {{ color }}">Grand Total (Rs.)</td><td class="r" style="font-weight:bold;font-size:10pt;border-top:2px solid {{ color }};padding-top:5px">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px;font-size:7.2pt;color:#444">Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. Subject to Kannur jurisdiction.</div>
<div style="text-align:right;margin-top:18px;font-size:8pt">for {{ vname }}<br><br><br>Authorised Signatory</div>
<div style="text-align:center;font-size:6.8pt;color:#777;margin-top:8px">This is a Computer Generated Invoice</div>
</body></html>"""


@style("02", "in_kan_kannur_gst_tax_invoice_boxgrid_labels_above_zebra_two_line_headers_words")
def s02(rng, i):
    vname, vaddr, color = KN_V[i]
    bname, baddr, bcode = KN_B[i]
    d = rand_date(rng)
    rows = [(r[0], r[2], r[3], r[4], r[5], r[6], r[1]) for r in KN_ROWS[i]]
    items = lines(rng, rows, 3 if i else 4, D("0.50"))
    for k, x in enumerate(items):
        x["disc"] = D(rng.choice([0, 0, 5, 10])) if i in (0, 2) else D(0)
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["disc"]) / 100)
    net = sum(x["amount"] for x in items)
    rate = KN_RATE[i]
    intra = bcode == "32"
    if intra:
        half = q2(net * rate / 200)
        taxrows = [(f"CGST @ {rate / 2:g}%", en(half)), (f"SGST @ {rate / 2:g}%", en(half))]
        tax = half * 2
    else:
        tax = q2(net * rate / 100)
        taxrows = [(f"IGST @ {rate:g}%", en(tax))]
    total = net + tax
    fy = d.year if d.month >= 4 else d.year - 1  # the Indian financial year, April to March
    vid = in_gstin(rng, "32")
    bid = in_gstin(rng, bcode)
    no = [f"MHW/{fy % 100}-{fy % 100 + 1}/{rng.randint(100, 999)}", f"CCE-{rng.randint(1000, 9999)}", f"PCF/{rng.randint(10, 99)}/{d.year}", f"TRP{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%d-%b-%Y")  # noqa: E731
    due = d + dt.timedelta(days=30) if i == 1 else None
    terms = ["30 Days", "Due on date shown", "Advance paid", "15 Days credit"][i]
    po = [f"KT/PO/{rng.randint(100, 999)}", f"CFT-{rng.randint(1000, 9999)}", None, f"SI-{rng.randint(10, 99)}"][i]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, pan=vid[2:12], tel=digits(rng, 5), mail=vname.split()[0].lower() + "@gmail.com",
        no=no, d=fd(d), dn=f"DN-{rng.randint(100, 999)}", terms=terms, po=po, pod=fd(d - dt.timedelta(days=rng.randint(3, 20))) if po else None,
        via=rng.choice(["VRL Logistics", "Own vehicle KL-13-AB-" + digits(rng, 4), "Professional Couriers", "Gati KWE"]), due=fd(due) if due else None, ewb=digits(rng, 12, True),
        bname=bname, baddr=baddr, bid=bid, bstate={"32": "Kerala", "29": "Karnataka", "33": "Tamil Nadu"}[bcode], bcode=bcode, lr=f"LR {rng.randint(10000, 99999)}", dest=baddr.split(",")[-2].strip(),
        items=[{"d": x["desc"], "h": x["extra"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "disc": f"{x['disc']:g}" if x["disc"] else "", "a": en(x["amount"])} for x in items],
        words=rupees_words(total), taxwords=rupees_words(tax), bankname=rng.choice(["State Bank of India", "Canara Bank", "Federal Bank", "South Indian Bank"]), acct=digits(rng, 14, True),
        ifsc=rng.choice(["SBIN", "CNRB", "FDRL", "SIBL"]) + "000" + digits(rng, 4), net=en(net), taxrows=taxrows, tax=en(tax), total=en(total),
    )
    notes = (
        "Kannur (Kerala, India) GST TAX INVOICE: a boxed grid of LABELS ABOVE values, a table with TWO-LINE headers and ZEBRA rows, "
        + ("line discounts ('Disc. %', the 'Taxable Value' is after the discount), " if i in (0, 2) else "")
        + ("CGST + SGST (intra-state)" if intra else "IGST (inter-state)") + f" {rate:g} %, '1,234.56': vendor = the name in the top-left box; vendor_tax_id = its 'GSTIN/UIN' (the buyer's GSTIN, the PAN inside the GSTIN, the bank account, IFSC, delivery note, dispatch doc and e-way bill are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Dated' (dd-Mon-yyyy; the buyer's order date is a decoy). "
        + due_note(due, terms if not due else None, "Due Date")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = 'Total Taxable Value'; tax = 'Total Tax Amount' (" + ("CGST and SGST are its halves" if intra else "= IGST") + "); total = 'Grand Total (Rs.)', repeated in words. Currency INR ('Rs.'). Line items: every row ('Taxable Value')."
    )
    t = truth(vname, vid, no, po, d, due, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Grand Total (Rs.)", fd(due) if due else None, ctx["words"], ctx["ewb"] if not due else None]}
    return t, chk, (KN_HTML.replace("@@BASE@@", css(margin="10mm 12mm", fs="8.4pt")), ctx)


# =========================================================================== 03 Fuvahmulah (GST 8 %, MVR), till roll, USD
FV_V = [
    ("FUVAHMULAH FRESH MART", "Dhiguvaandu, Fuvahmulah City", "GROCERY"),
    ("THOONDU HARDWARE & MARINE", "Maadhadu, Fuvahmulah City", "HARDWARE"),
    ("NAIRU CAFE & BAKERY", "Funaadu, Fuvahmulah City", "CAFE"),
    ("DHADIMAGU FISHING SUPPLIES", "Dhadimagu, Fuvahmulah City", "FISHING"),
]
FV_ROWS = [
    [("Basmati Rice 5kg", "pc", 1, 3, 95, 140), ("Tuna Can 185g", "pc", 2, 12, 14, 22), ("Coconut Milk 400ml", "pc", 1, 6, 16, 24), ("UHT Milk 1L", "pc", 1, 6, 21, 29), ("Onion kg", "kg", 1, 3, 18, 32), ("Sugar 1kg", "pc", 1, 3, 17, 24)],
    [("PVC Pipe 1/2in 6m", "pc", 1, 6, 48, 85), ("Stainless Shackle 8mm", "pc", 2, 8, 35, 60), ("Marine Rope 10mm /m", "m", 5, 40, 9, 16), ("Epoxy Resin 1kg", "pc", 1, 3, 210, 320), ("Paint Brush 3in", "pc", 1, 4, 28, 45)],
    [("Mas Huni Roshi", "pc", 2, 8, 12, 20), ("Cappuccino", "pc", 1, 4, 38, 55), ("Fish Curry Set", "pc", 1, 3, 85, 120), ("Gulha (6 pcs)", "pc", 1, 4, 25, 40), ("Fresh Lime Juice", "pc", 1, 4, 30, 45)],
    [("Hand Line 1.2mm /100m", "pc", 1, 4, 180, 260), ("Circle Hook 7/0 (10)", "pc", 1, 5, 65, 110), ("Cooler Box 60L", "pc", 1, 1, 890, 1250), ("Ice Block", "pc", 2, 10, 15, 25), ("Squid Jig", "pc", 1, 6, 45, 75)],
]
FV_HTML = """<html><head><meta charset="utf-8"><style>@page{size:80mm 170mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;color:#111;margin:0;line-height:1.3} .c{text-align:center} table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .r{text-align:right;white-space:nowrap} .dash{border-top:1px dashed #111;margin:4px 0} .b{font-weight:bold}
</style></head><body>
<div class="c b" style="font-size:10pt">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Tel: +960 {{ tel }}</div><div class="c">GST TIN: {{ vid }}</div>
<div class="c b" style="margin-top:4px">TAX INVOICE</div><div class="dash"></div>
<table><tr><td>Bill No : {{ no }}</td></tr><tr><td>Date    : {{ d }}</td></tr><tr><td>Counter : {{ counter }}  Cashier: {{ cashier }}</td></tr>{% if cust %}<tr><td>Customer: {{ cust }}</td></tr><tr><td>Cust TIN: {{ ctin }}</td></tr>{% endif %}</table>
<div class="dash"></div>
<table><tr class="b"><td>Item</td><td class="r">Qty</td><td class="r">Price</td><td class="r">Amount</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="dash"></div>
<table><tr><td>Sub Total</td><td class="r">{{ gross }}</td></tr>
{% if disc %}<tr><td>Discount {{ dpct }}%</td><td class="r">-{{ disc }}</td></tr><tr><td>Taxable Amount</td><td class="r">{{ net }}</td></tr>{% endif %}
<tr><td>GST 8%</td><td class="r">{{ tax }}</td></tr>
<tr class="b" style="font-size:9.4pt"><td>TOTAL MVR</td><td class="r">{{ total }}</td></tr>
<tr><td>Total in USD @ {{ rate }}</td><td class="r">{{ usd }}</td></tr></table>
<div class="dash"></div>
<table><tr><td>{{ paid_by }}</td><td class="r">{{ tendered }}</td></tr><tr><td>Change</td><td class="r">{{ change }}</td></tr><tr><td>No. of items</td><td class="r">{{ nitems }}</td></tr></table>
<div class="dash"></div>
<div class="c">Goods once sold are not returnable<br>without this bill. Shukuriyya!</div>
<div class="c" style="margin-top:3px">Ref {{ ref }} · POS {{ pos }}</div>
</body></html>"""


@style("03", "mv_fuv_fuvahmulah_till_receipt_80mm_gst_8_usd_countervalue_bill_discount")
def s03(rng, i):
    vname, vaddr, _kind = FV_V[i]
    d = rand_date(rng)
    items = lines(rng, FV_ROWS[i], [5, 4, 4, 3][i], D("0.25"))
    gross = sum(x["amount"] for x in items)
    dpct = [None, 5, None, 10][i]
    disc = q2(gross * dpct / 100) if dpct else D(0)
    net = gross - disc
    tax = q2(net * D("0.08"))
    total = net + tax
    rate = D(rng.choice(["15.42", "15.40", "15.45"]))
    usd = q2(total / rate)
    vid = f"10{digits(rng, 5)}GST501"
    no = [f"FFM{rng.randint(100000, 999999)}", f"TH/{d.year}/{rng.randint(1000, 9999)}", f"NC-{rng.randint(10000, 99999)}", f"DFS{d.strftime('%m')}{rng.randint(1000, 9999)}"][i]
    tend = D(((int(total) // 100) + 1) * 100) if i != 1 else total
    hh = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"{rng.choice([686, 687, 689])}{digits(rng, 4)}", vid=vid, no=no, d=d.isoformat() + " " + hh, counter=f"{rng.randint(1, 4):02d}",
        cashier=rng.choice(["Aishath", "Ibrahim", "Mariyam", "Hassan"]), cust="Thoondu Boat Builders Pvt Ltd" if i == 1 else None, ctin=f"10{digits(rng, 5)}GST501",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items], gross=en(gross), disc=en(disc) if dpct else None, dpct=dpct, net=en(net),
        tax=en(tax), total=en(total), rate=str(rate), usd=en(usd), paid_by="Card (BML)" if i == 1 else "Cash", tendered=en(tend), change=en(tend - total),
        nitems=qstr(sum(x["qty"] for x in items)), ref=digits(rng, 8), pos=f"FM-{rng.randint(1, 9)}",
    )
    notes = (
        "Fuvahmulah (Maldives) till receipt on an 80 mm roll in English, monospace, GST 8 % on top of the prices, '1,234.56': vendor = the name at the top; vendor_tax_id = 'GST TIN' "
        + ("(the customer's TIN is a decoy). " if i == 1 else "(no other tax id). ")
        + "invoice_number = 'Bill No'; invoice_date = 'Date' (ISO, the time beside it). No due date or term printed (null). No PO. "
        + ("subtotal = 'Taxable Amount' (after the bill discount; 'Sub Total' is the gross of the lines, the discount a decoy); " if dpct else "subtotal = 'Sub Total'; ")
        + "tax = 'GST 8%'; total = 'TOTAL MVR' (the USD counter-value, the amount tendered, the change, the item count, Ref and POS are decoys). Currency MVR. Line items: every article (quantity and amount on the second line)."
    )
    t = truth(vname, vid, no, None, d, None, "MVR", net, tax, total, items, notes)
    chk = {"printed": [d.isoformat(), no, vname, vid, "TOTAL MVR", en(usd), ctx["ctin"] if i == 1 else None], "line_adjustment": str(-disc)}
    return t, chk, (FV_HTML, ctx)
