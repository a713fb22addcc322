"""Chromium (HTML) styles for set 77, second part (04 Żejtun boatyard's invoice as a BUSINESS LETTER in English, the
facts and totals in RUNNING SENTENCES, VAT 18 %, dates 'Mar-12-2026', a deposit deducted on two; 05 Trebinje РАЧУН –
ФАКТУРА in Serbian Cyrillic with a STATEMENT OF ACCOUNT below listing the customer's other open invoices, PDV 17 %,
1.234,56 KM, table rules between rows only, headers on two lines, the EUR counter-value at 1,95583)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mt_vatno, pick
from invoice_kit import css, de, digits, en, iban, iban_fmt, q2, qstr, rand_date, style_registry
from kit_common import due_note, po_note, truth

STYLES, style = style_registry("chromium")
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def mdy(x):
    return f"{MON[x.month - 1]}-{x.day:02d}-{x.year}"


# =========================================================================== 04 Żejtun letter (VAT 18 %, EUR)
ZJ_V = [("Xatt il-Qaliet Boatyard Ltd", "Triq ix-Xatt, Marsaxlokk Road, Żejtun ZTN 2010", "C 41872"), ("Santa Katerina Stonemasons Ltd", "Triq Santa Katerina, Żejtun ZTN 1420", "C 58013"),
        ("Bir id-Deheb Catering Co. Ltd", "Triq Bir id-Deheb, Żejtun ZTN 3112", "C 33905"), ("Ħal Bisbut Olive Press Ltd", "Triq il-Madonna tal-Bon Kunsill, Żejtun ZTN 2204", "C 67421")]
ZJ_B = [("Mr Joseph Azzopardi", "Blue Grotto Charters Ltd", "Wied iż-Żurrieq, Qrendi"), ("Ms Maria Camilleri", "Camilleri Developments Ltd", "Triq il-Kbira, Birkirkara"),
        ("Mr Kevin Borg", "St Gregory Parish Festa Committee", "Żejtun"), ("Ms Rita Grech", "Il-Forn tal-Fgura Ltd", "Fgura")]
ZJ_ROWS = [
    [("antifouling of a 12 m luzzu, hull and keel", "job", 1, 1, 900, 1600), ("hours of engine service on the Volvo Penta inboard", "hours", 4, 18, 45, 70), ("days of hard-standing in the yard", "days", 5, 30, 18, 30), ("replacement stern gland kit", "kit", 1, 2, 140, 260)],
    [("square metres of globigerina limestone cladding", "m²", 20, 140, 65, 110), ("metres of carved stone balustrade", "m", 4, 20, 180, 320), ("days of a mason and labourer on site", "days", 2, 12, 260, 380)],
    [("festa buffet covers for the band club", "covers", 60, 300, 14, 24), ("trays of pastizzi and qassatat", "trays", 10, 60, 18, 30), ("hours of waiting staff", "hours", 8, 40, 14, 20)],
    [("litres of extra virgin olive oil in 5 l tins", "litres", 40, 300, 12, 19), ("hours of pressing time for members' olives", "hours", 2, 10, 55, 90), ("glass bottles, 750 ml, labelled", "bottles", 100, 600, 1, 3)],
]
ZJ_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 10px 0;line-height:1.55;text-align:justify}
</style></head><body>
<div style="text-align:center;border-bottom:1px solid #333;padding-bottom:6px"><div style="font-size:16pt;letter-spacing:2px">{{ vname|upper }}</div>
<div style="font-size:8pt">{{ vaddr }} · Malta · Tel. +356 2167 {{ tel }} · Company Reg. {{ creg }} · VAT {{ vat }}</div></div>
<table style="width:100%;margin-top:18px"><tr><td style="width:60%">{{ att }}<br>{{ bco }}<br>{{ bplace }}<br>Malta<br>{% if bvat %}VAT {{ bvat }}{% endif %}</td>
<td style="text-align:right">Our ref.: {{ ourref }}<br>Your ref.: {{ yourref }}<br><br>Żejtun, {{ d }}</td></tr></table>
<p style="margin-top:18px"><b>Invoice No. {{ no }}</b></p>
<p>Dear {{ dear }},</p>
<p>Further to {% if po %}your purchase order {{ po }} and {% endif %}the work completed on {{ done }}, we enclose our invoice number {{ no }} dated {{ d }}. It covers {% for it in items %}{{ it.q }} {{ it.d }} at €{{ it.p }} each, amounting to €{{ it.a }}{% if loop.revindex == 2 %}, and {% elif not loop.last %}; {% endif %}{% endfor %}.</p>
<p>The value of the supply before tax is €{{ net }}, on which VAT at 18% of €{{ tax }} is charged, bringing the invoice total to <b>€{{ total }}</b>.{% if dep %} We acknowledge with thanks your deposit of €{{ dep }} received on {{ depd }}, which leaves a balance of €{{ bal }} still to be settled.{% endif %}</p>
<p>{% if due %}We should be grateful to receive payment by {{ due }}{% else %}Our terms are payment within thirty days of this letter{% endif %}, by transfer to our account with {{ bank }}, IBAN {{ ib }}, quoting the invoice number as reference.</p>
<p>Should you have any questions on this invoice, please do not hesitate to contact the undersigned.</p>
<p style="margin-top:16px">Yours sincerely,</p>
<div style="margin-top:34px">{{ signer }}<br><span style="font-size:8pt;color:#555">{{ role }}</span></div>
<div style="position:absolute;bottom:0;left:0;right:0;font-size:7pt;color:#666;text-align:center">Registered in Malta, {{ creg }}. Registered office as above. Page 1 of 1</div>
</body></html>"""


@style("04", "mt_zej_zejtun_invoice_letter_vat_18_running_sentences_mon_dd_yyyy_deposit")
def s04(rng, i):
    vname, vaddr, creg = ZJ_V[i]
    att, bco, bplace = ZJ_B[i]
    d = rand_date(rng)
    items = pick(rng, ZJ_ROWS[i], [3, 2, 3, 2][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vat = mt_vatno(rng)
    bvat = mt_vatno(rng) if i != 2 else None
    no = [f"XQ/{d.year}/{rng.randint(10, 399):03d}", f"SK{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"HB-{d.year}-{rng.randint(10, 99)}"][i]
    po = [f"PO {rng.randint(100, 999)}", None, None, f"P{rng.randint(10000, 99999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i in (0, 3) else None
    dep = q2(total * D(rng.choice([25, 40])) / 100) if i in (1, 3) else None
    ctx = dict(vname=vname, vaddr=vaddr, tel=digits(rng, 4), creg=creg, vat=vat, att=att, bco=bco, bplace=bplace, bvat=bvat,
               ourref=f"{''.join(w[0] for w in vname.split()[:2])}/{rng.randint(10, 99)}", yourref=rng.choice(["telephone call", "e-mail of " + mdy(d - dt.timedelta(days=rng.randint(8, 40))), "quotation Q" + digits(rng, 4)]),
               d=mdy(d), no=no, dear=att.split()[0] + " " + att.split()[-1], po=po, done=mdy(d - dt.timedelta(days=rng.randint(1, 9))),
               items=[{"q": qstr(x["qty"]), "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
               net=en(net), tax=en(tax), total=en(total), dep=en(dep) if dep else None, depd=mdy(d - dt.timedelta(days=rng.randint(15, 60))), bal=en(total - dep) if dep else None,
               due=mdy(due) if due else None, bank=rng.choice(["Bank of Valletta plc", "HSBC Bank Malta plc", "APS Bank plc"]), ib=iban_fmt(iban("MT", rng.choice(["VALL", "MMEB", "APSB"]) + digits(rng, 5) + digits(rng, 18))),
               signer=rng.choice(["Charles Vella", "Doris Zammit", "Mario Cassar", "Antoinette Farrugia"]), role=rng.choice(["Director", "Accounts Manager", "Managing Director"]))
    notes = ("Żejtun (Malta) invoice as a BUSINESS LETTER in English, the facts and totals in RUNNING SENTENCES, VAT 18 %, amounts €1,234.56, dates 'Mar-12-2026': vendor = the letterhead's name (printed in capitals, its case ignored); "
             "vendor_tax_id = the letterhead's 'VAT' MT number (check digits valid; 'Company Reg.' C number, the addressee's VAT, the IBAN and the references are decoys). invoice_number = 'Invoice No.' (also 'our invoice number' in the sentence); invoice_date = 'dated' / the date line (the completion and deposit dates are decoys). "
             + due_note(due, "payment within thirty days of this letter", "payment by") + po_note(po, "your purchase order")
             + "subtotal = 'The value of the supply before tax'; tax = 'VAT at 18% of'; total = 'bringing the invoice total to'" + (" before the deposit (the deposit and the balance are decoys)" if dep else "") + ". Currency EUR. Line items: each item named in the sentence with its amount.")
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    t["vendor_name"] = vname.upper()
    chk = {"printed": [vname.upper(), vat, no, mdy(d), bvat, ctx["bal"], "invoice total"]}
    return t, chk, (ZJ_HTML.replace("@@BASE@@", css(margin="18mm 22mm 14mm 22mm", font="'DejaVu Serif',serif", fs="10pt")), ctx)


# =========================================================================== 05 Trebinje faktura + statement of account (PDV 17 %, BAM)
TB_V = [("Винарија Херцеговина д.о.о.", "Његошева 14, 89101 Требиње", "#6d1a36"), ("Хидро-монтажа Требишњица а.д.", "Индустријска зона бб, 89101 Требиње", "#1b4965"),
        ("Мермер и гранит Леотар д.о.о.", "Мокрањчева 3, 89101 Требиње", "#5c5c3d"), ("Платани Хотелијерство д.о.о.", "Трг слободе 2, 89101 Требиње", "#2d6a4f")]
TB_B = [("Маркет Дубровачки пут д.о.о.", "Билећа"), ("Електропривреда РС – ЗП Хидроелектране на Требишњици", "Требиње"), ("Грађевинар Гацко д.о.о.", "Гацко"), ("Туристичка организација града Требиња", "Требиње")]
TB_ROWS = [
    [("Вранац, боца 0,75 l", "ком", 24, 240, 9, 18), ("Жилавка, боца 0,75 l", "ком", 24, 240, 8, 16), ("Ракија лоза, 0,5 l", "ком", 12, 120, 12, 22), ("Поклон кутија дрвена", "ком", 5, 50, 6, 12)],
    [("Сервис хидрауличког агрегата", "сат", 8, 60, 45, 80), ("Заптивни сет вентила DN300", "ком", 1, 6, 380, 720), ("Транспорт опреме камионом", "тура", 1, 4, 180, 350)],
    [("Гранитне плоче 60x30x2 cm", "m²", 20, 200, 38, 70), ("Мермерни прагови 120 cm", "ком", 4, 30, 45, 90), ("Уградња са материјалом", "m²", 20, 120, 15, 28)],
    [("Ноћење у двокреветној соби", "ноћ", 4, 40, 70, 120), ("Конференцијска сала, дан", "дан", 1, 3, 200, 400), ("Ручак, групни мени", "особа", 10, 60, 16, 28)],
]
TB_HTML = """<html lang="sr"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;margin-top:8px} table.it th{font-size:7.6pt;padding:3px 4px;border-bottom:1.5px solid #333;border-top:1.5px solid #333;vertical-align:bottom;text-align:left}
table.it th.r{text-align:right} table.it td{padding:3px 4px;font-size:8.4pt;border-bottom:1px solid #ccc} table.it td.r{white-space:nowrap}
h3{font-size:10pt;margin:18px 0 2px 0;color:{{ color }}}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.2pt">{{ vaddr }}, Република Српска, БиХ<br>ЈИБ: {{ jib }} · ПДВ број: {{ pdv }}<br>Матични број: {{ mb }} · Ж.р. {{ zr }} ({{ bank }})</div></td>
<td class="r" style="vertical-align:bottom"><div style="font-size:14pt;font-weight:bold">РАЧУН – ФАКТУРА</div><div>бр. <b>{{ no }}</b></div></td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.6pt"><tr><td style="width:50%;border:1px solid #999;padding:5px"><span style="color:#666">Купац:</span><br><b>{{ bname }}</b><br>{{ bcity }}<br>ЈИБ: {{ bjib }}</td>
<td style="padding-left:14px">Датум издавања: <b>{{ d }}</b><br>Датум промета: {{ dp }}<br>Мјесто издавања: Требиње<br>{% if due %}Рок плаћања: {{ due }}{% else %}Плаћање: {{ term }}{% endif %}<br>{% if po %}Наруџбеница бр.: {{ po }}<br>{% endif %}Отпремница бр.: {{ otp }}</td></tr></table>
<table class="it"><tr><th>Р.<br>бр.</th><th>Назив<br>робе / услуге</th><th>Јед.<br>мјере</th><th class="r">Коли-<br>чина</th><th class="r">Цијена<br>без ПДВ</th><th class="r">Износ<br>без ПДВ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}.</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.8pt"><tr><td style="padding:2px 10px">Укупно без ПДВ-а</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">ПДВ 17%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:3px 10px;font-weight:bold;border-top:1px solid #333">УКУПНО ЗА УПЛАТУ (КМ)</td><td class="r b" style="border-top:1px solid #333">{{ total }}</td></tr>
<tr><td style="padding:2px 10px;font-size:7.6pt;color:#666">Противвриједност у EUR (1 EUR = 1,95583 КМ)</td><td class="r" style="font-size:7.6pt;color:#666">{{ eur }}</td></tr></table>
<h3>ИЗВОД ОТВОРЕНИХ СТАВКИ на дан {{ d }}</h3>
<div style="font-size:7.8pt;color:#555">Стање Вашег рачуна код нас, укључујући овај рачун. Молимо да усагласите и у року од 8 дана потврдите.</div>
<table class="it"><tr><th>Документ</th><th>Датум<br>документа</th><th>Валута<br>плаћања</th><th class="r">Задужење<br>КМ</th><th class="r">Уплаћено<br>КМ</th><th class="r">Отворено<br>КМ</th></tr>
{% for r in stmt %}<tr><td>{{ r.doc }}</td><td>{{ r.d }}</td><td>{{ r.v }}</td><td class="r">{{ r.debit }}</td><td class="r">{{ r.paid }}</td><td class="r">{{ r.open }}</td></tr>{% endfor %}
<tr><td colspan="5" style="font-weight:bold">Укупно отворено</td><td class="r b">{{ sopen }}</td></tr></table>
<div style="margin-top:26px;font-size:8pt"><table style="width:100%"><tr><td>Фактурисао: {{ signer }}</td><td class="r">М.П. ____________________ Примио</td></tr></table></div>
<div style="position:absolute;bottom:0;font-size:7pt;color:#777">Рачун је израђен електронски и пуноважан је без печата и потписа. Страна 1/1</div>
</body></html>"""


@style("05", "ba_tre_trebinje_racun_faktura_pdv_17_cyrillic_statement_open_items_eur_two_line_heads")
def s05(rng, i):
    vname, vaddr, color = TB_V[i]
    bname, bcity = TB_B[i]
    d = rand_date(rng)
    items = pick(rng, TB_ROWS[i], [3, 3, 2, 3][i], D("0.10"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.17"))
    total = net + tax
    jib = "4" + digits(rng, 12)
    pdv = jib[1:]
    bjib = "4" + digits(rng, 12)
    no = [f"{rng.randint(1, 999)}/{d.year}", f"ФА-{rng.randint(100, 999)}-{d.strftime('%y')}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(1000, 9999)}"][i]
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    po = f"{rng.randint(10, 999)}/{d.year}" if i in (1, 2) else None
    stmt = []
    for _k in range(rng.randint(2, 4)):
        dd = d - dt.timedelta(days=rng.randint(20, 150))
        deb = q2(D(rng.randint(20000, 900000)) / 100)
        paid = q2(deb * D(rng.choice([0, 0, 50, 100])) / 100)
        stmt.append({"dd": dd, "doc": f"Фактура {rng.randint(1, 999)}/{dd.year}", "debit": deb, "paid": paid})
    stmt.sort(key=lambda r: r["dd"])
    stmt.append({"dd": d, "doc": f"Фактура {no}", "debit": total, "paid": D(0)})
    rows = [{"doc": r["doc"], "d": f(r["dd"]), "v": f(r["dd"] + dt.timedelta(days=30)), "debit": de(r["debit"]), "paid": de(r["paid"]), "open": de(r["debit"] - r["paid"])} for r in stmt]
    sopen = sum(r["debit"] - r["paid"] for r in stmt)
    ctx = dict(color=color, vname=vname, vaddr=vaddr, jib=jib, pdv=pdv, mb=digits(rng, 8, True), zr=f"{rng.choice(['562', '555', '567'])}-{digits(rng, 3)}-{digits(rng, 8)}-{digits(rng, 2)}",
               bank=rng.choice(["НЛБ банка", "Нова банка", "Адико банка"]), no=no, bname=bname, bcity=bcity, bjib=bjib, d=f(d), dp=f(d - dt.timedelta(days=rng.randint(0, 4))),
               due=f(due) if due else None, term="готовински" if i == 3 else "", po=po, otp=f"{rng.randint(100, 999)}/{d.strftime('%y')}",
               items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
               net=de(net), tax=de(tax), total=de(total), eur=de(q2(total / D("1.95583"))), stmt=rows, sopen=de(sopen), signer=rng.choice(["Јована Глоговац", "Драган Вуковић", "Милица Ћоровић"]))
    notes = ("Trebinje (Republika Srpska, Bosnia and Herzegovina) РАЧУН – ФАКТУРА in Serbian CYRILLIC with a STATEMENT OF ACCOUNT below ('ИЗВОД ОТВОРЕНИХ СТАВКИ') listing the customer's other invoices and this one, PDV 17 %, 1.234,56 KM, RULES BETWEEN ROWS only, column heads on TWO LINES, dates 'dd.mm.yyyy.': "
             "vendor = the letterhead's name; vendor_tax_id = 'ЈИБ' (13 digits; the 'ПДВ број' is the same number without the 4, the Матични број, the account, and the buyer's ЈИБ are decoys). invoice_number = 'бр.' under the title; invoice_date = 'Датум издавања' (the 'Датум промета' and the statement's dates are decoys). "
             + due_note(due, "Плаћање: готовински", "Рок плаћања") + po_note(po, "Наруџбеница бр.") + "(the 'Отпремница' is a decoy). "
             "subtotal = 'Укупно без ПДВ-а'; tax = 'ПДВ 17%'; total = 'УКУПНО ЗА УПЛАТУ (КМ)' (the EUR counter-value, the other invoices and 'Укупно отворено' are decoys). Currency BAM ('КМ'). Line items: the invoice table's rows (not the statement's).")
    t = truth(vname, jib, no, po, d, due, "BAM", net, tax, total, items, notes)
    chk = {"printed": [vname, jib, no, f(d), bjib, ctx["eur"], ctx["sopen"], "УКУПНО ЗА УПЛАТУ"]}
    return t, chk, (TB_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="9pt")), ctx)
