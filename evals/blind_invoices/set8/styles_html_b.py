"""Chromium (HTML) styles for set 8, part B (07 Serbian Cyrillic рачун with ПИБ, 08 Slovenian račun with a sidebar
and a UPN slip, 10 US SaaS annual subscription billed in the customer's currency)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, rs_account, rs_mb
from invoice_kit import T, css, de, digits, en, iban, iban_fmt, li, mt, q2, qstr, rand_date, style_registry, valid
from kit_common import items_from
from stdnum.ca import bn as _bn
from stdnum.gb import vat as _gbvat
from stdnum.rs import pib as _pib
from stdnum.si import ddv as _ddv
from stdnum.si import maticna as _maticna
from stdnum.us import ein as _ein

STYLES, style = style_registry("chromium")


# =========================================================================== 07 Serbian Cyrillic рачун (ПИБ, матични број, валута плаћања)
RS_V = [
    ("Нови Сад Пластика д.о.о.", "Сентандрејски пут 160", "21000 Нови Сад", "Нови Сад"),
    ("Шумадија Вино д.о.о.", "Краља Петра I 45", "34000 Крагујевац", "Крагујевац"),
    ("Београдски Сервис Рачунара д.о.о.", "Булевар Михајла Пупина 10а", "11070 Нови Београд", "Београд"),
    ("Нишки Грађевински Материјал д.о.о.", "Булевар 12. фебруар 82", "18000 Ниш", "Ниш"),
]
RS_B = [
    ("Млекара Војводина а.д.", "Темерински пут 9, 21000 Нови Сад"),
    ("Ресторан Три Шешира д.о.о.", "Скадарска 29, 11000 Београд"),
    ("Градска општина Врачар", "Његошева 77, 11000 Београд"),
    ("Зидар Градња д.о.о.", "Вожда Карађорђа 14, 18000 Ниш"),
]
RS_L = [
    [("ПЕТ амбалажа 1 л", "ком", 9.5, 18, 500, 8000, 20), ("Поклопац 38 мм", "ком", 1.2, 3.4, 500, 8000, 20),
     ("Стреч фолија 23 мик.", "кг", 240, 390, 20, 300, 20), ("Кофа ПП 5 л са поклопцем", "ком", 65, 120, 50, 900, 20)],
    [("Вино Тамјаника 0,75 л", "бок", 540, 980, 12, 120, 20), ("Вино Прокупац 0,75 л", "бок", 620, 1150, 12, 120, 20),
     ("Ракија шљивовица 0,7 л", "бок", 1250, 2400, 6, 60, 20), ("Мед багремов 900 г", "ком", 890, 1350, 6, 48, 10)],
    [("Сервисирање рачунара", "сат", 2400, 4200, 2, 24, 20), ("Ласерски штампач HP M404dn", "ком", 32000, 46000, 1, 5, 20),
     ("SSD диск 1 TB", "ком", 7800, 11900, 1, 12, 20), ("Уџбеник: Основи рачунарства", "ком", 1450, 2300, 2, 30, 10)],
    [("Цемент ПЦ 20М(С-К) 42,5Р", "џак", 690, 890, 40, 400, 20), ("Гитер блок 25x19x19", "ком", 52, 79, 500, 5000, 20),
     ("Арматурна мрежа Q188", "ком", 3900, 5600, 5, 60, 20), ("Песак 0-4 мм", "т", 1900, 2800, 5, 60, 20)],
]
S07_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
    + """
.box{border:1px solid #000;padding:5px 7px} table.it{width:100%;margin-top:10px} table.it th,table.it td{border:1px solid #000;padding:2px 3px} table.it th{font-size:6.8pt;background:#ececec}
table.kv td{padding:1px 6px 1px 0} table.tot{margin-left:auto;margin-top:6px} table.tot td{border:1px solid #000;padding:2px 6px}
</style></head><body>
<table style="width:100%"><tr><td class="box" style="width:49%"><div style="font-size:7pt">ПРОДАВАЦ</div><div style="font-size:11pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}, {{ v2 }}<br>
ПИБ: <b>{{ pib }}</b> &nbsp; Матични број: {{ mb }}<br>Шифра делатности: {{ sd }}<br>Текући рачун: {{ acct }} ({{ bank }})<br>Тел: {{ tel }} · {{ mail }}</td><td style="width:2%"></td>
<td class="box"><div style="font-size:7pt">КУПАЦ</div><div style="font-size:10pt;font-weight:bold">{{ b_name }}</div>{{ b_addr }}<br>ПИБ: {{ b_pib }} &nbsp; МБ: {{ b_mb }}{% if jbkjs %}<br>ЈБКЈС: {{ jbkjs }}{% endif %}</td></tr></table>
<div style="text-align:center;font-size:15pt;font-weight:bold;margin-top:14px">{{ title }} бр. {{ no }}</div>
<table class="kv" style="margin-top:8px"><tr><td>Место и датум издавања:</td><td>{{ place }}, {{ d }}</td></tr><tr><td>Датум промета добара и услуга:</td><td>{{ d_prom }}</td></tr>
<tr><td>{{ due_label }}</td><td><b>{{ due }}</b></td></tr><tr><td>Начин плаћања:</td><td>вирмански</td></tr>{% if po %}<tr><td>Број наруџбенице:</td><td>{{ po }}</td></tr>{% endif %}{% if contract %}<tr><td>Уговор бр.:</td><td>{{ contract }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>Р.бр.</th><th style="width:30%">Назив добра / услуге</th><th>Јед. мере</th><th>Количина</th><th>Цена без ПДВ</th><th>Износ без ПДВ</th><th>Стопа ПДВ</th><th>Износ ПДВ</th><th>Укупно</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}.</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table class="tot">{% for r in vat_rows %}<tr><td>Укупна основица – стопа {{ r.rate }}%</td><td class="r">{{ r.base }}</td></tr><tr><td>Укупан ПДВ – стопа {{ r.rate }}%</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
<tr><td>Укупно без ПДВ</td><td class="r">{{ net }}</td></tr><tr><td>Укупан износ ПДВ</td><td class="r">{{ tax }}</td></tr><tr><td><b>УКУПНО ЗА ПЛАЋАЊЕ (РСД)</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:10px">Позив на број: модел 97, {{ pnb }}</div>
<div style="margin-top:4px;font-size:7.4pt">Рачун је регистрован у Систему електронских фактура (СЕФ), ИД фактуре: {{ sef }}. Рачун је састављен на рачунару и пуноважан је без печата и потписа.{% if late %} У случају кашњења обрачунава се законска затезна камата.{% endif %}</div>
<table style="width:100%;margin-top:34px"><tr><td class="c">Фактурисао<br><br>__________________<br>{{ signer }}</td><td class="c">Примио<br><br>__________________</td></tr></table>
</body></html>"""
)


@style("07", "rs_faktura_cyrillic_pib")
def s07(rng, i):
    vname, v1, v2, place = RS_V[i]
    bname, baddr = RS_B[i]
    d = rand_date(rng)
    items = items_from(rng, RS_L[i], rng.randint(2, 4), step=D("0.5") if i == 0 else D("1"))
    for it in items:
        it["tax"] = q2(it["amount"] * it["extra"] / 100)
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    vat_rows = []
    for r in sorted({it["extra"] for it in items}, reverse=True):
        vat_rows.append({"rate": r, "base": de(sum(it["amount"] for it in items if it["extra"] == r)), "tax": de(sum(it["tax"] for it in items if it["extra"] == r))})
    pib = valid(rng, lambda: "1" + digits(rng, 8), _pib.is_valid)
    b_pib = valid(rng, lambda: "1" + digits(rng, 8), _pib.is_valid)
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    d_prom = d - dt.timedelta(days=rng.choice([0, 1, 2, 5]))
    days = [15, 30, 45, 8][i]
    due = d + dt.timedelta(days=days)
    due_label = "Валута плаћања:" if i != 3 else "Рок плаћања (датум доспећа):"
    no = [f"{rng.randint(1, 999)}/{d.year}", f"ВР-{rng.randint(100, 9999)}-{str(d.year)[2:]}", f"{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}/{str(d.year)[2:]}"][i]
    po = [None, f"{rng.randint(10, 300)}/{d.year}", None, f"НБ-{rng.randint(1000, 9999)}"][i]
    contract = f"404-{rng.randint(10, 999)}/{d.year - 1}-IV" if i == 2 else None
    ctx = dict(
        v_name=vname, v1=v1, v2=v2, pib=pib, mb=rs_mb(rng), sd=rng.choice(["2222", "1102", "9511", "4673"]), acct=rs_account(rng),
        bank=rng.choice(["Banca Intesa", "Комерцијална банка", "ОТП банка", "Raiffeisen banka"]), tel=f"0{rng.randint(11, 37)}/{digits(rng, 3, True)}-{digits(rng, 3)}",
        mail="office@" + rng.choice(["nsplastika", "sumadijavino", "bsr", "ngm"]) + ".rs", b_name=bname, b_addr=baddr, b_pib=b_pib, b_mb=rs_mb(rng),
        jbkjs=digits(rng, 5, True) if i == 2 else None, title="РАЧУН" if i != 1 else "ФАКТУРА", no=no, place=place, d=f(d), d_prom=f(d_prom),
        due_label=due_label, due=f(due), po=po, contract=contract,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": de(it["qty"], 0), "p": de(it["price"]), "a": de(it["amount"]), "r": it["extra"], "t": de(it["tax"]), "g": de(it["amount"] + it["tax"])} for it in items],
        vat_rows=vat_rows, net=de(net), tax=de(tax), total=de(total), pnb=f"{digits(rng, 2)}-{no.replace('/', '-')}" if i != 1 else digits(rng, 10, True),
        sef=digits(rng, 8, True), late=i in (0, 3), signer=rng.choice(["Јелена Петровић", "Марко Илић", "Ана Николић"]),
    )
    notes = (
        "Serbian рачун in Cyrillic, two boxed parties, fully ruled table: vendor = ПРОДАВАЦ; vendor tax id = its ПИБ (9 digits); the Матични број, шифра делатности, current account "
        "and the buyer's ПИБ/МБ" + (" and ЈБКЈС" if i == 2 else "") + " are decoys. invoice_number = the number in the title ('" + ("ФАКТУРА" if i == 1 else "РАЧУН") + " бр. …'); "
        "invoice_date = the date in 'Место и датум издавања' (dd.mm.yyyy.); 'Датум промета' is a decoy; due = '" + due_label.rstrip(":") + "' ('валута плаћања' means the payment date). "
        + (f"PO = 'Број наруџбенице' {po}. " if po else ("The contract (Уговор бр.) is no PO. " if contract else "No PO. "))
        + "The 'позив на број' and the SEF invoice ID are decoys. subtotal = 'Укупно без ПДВ'; tax = 'Укупан износ ПДВ'; total = 'УКУПНО ЗА ПЛАЋАЊЕ'; the per-rate base/ПДВ rows are decoys (or parts). "
        "Amounts 1.234,56 in RSD. Line items: every row (amount = 'Износ без ПДВ')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=pib, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
        currency="RSD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due), pib, no, po, vname, de(total)], (S07_HTML, ctx)


# =========================================================================== 08 Slovenian račun with a sidebar (ID za DDV, DDV 22 % / 9,5 %, UPN)
SI_V = [
    ("Mizarstvo Kovač d.o.o.", "Tržaška cesta 120", "1000 Ljubljana", "Ljubljana", "#2f5d50"),
    ("Goriška Vina z.o.o.", "Zalošče 12", "5294 Dornberk", "Dornberk", "#7a1f3d"),
    ("Računalniški servis Novak, Matej Novak s.p.", "Ulica heroja Staneta 8", "3000 Celje", "Celje", "#1f4e8c"),
    ("Alpina Šport Trgovina d.o.o.", "Slovenska ulica 15", "2000 Maribor", "Maribor", "#c05800"),
]
SI_B = [
    ("Gostilna Pri Lipi d.o.o.", "Celovška cesta 211", "1000 Ljubljana"),
    ("Hotel Soča Bovec d.o.o.", "Trg golobarskih žrtev 1", "5230 Bovec"),
    ("Osnovna šola Frana Kranjca", "Cesta na Ostrožno 4", "3000 Celje"),
    ("Planinsko društvo Pohorje", "Pohorska ulica 3", "2000 Maribor"),
]
SI_L = [
    [("MK-101", "Kuhinjski pult hrast masiv", "kos", 690, 1450, 1, 4, D("22")), ("MK-220", "Vgradna omara po meri", "kos", 980, 2600, 1, 3, D("22")),
     ("MK-305", "Montaža", "ura", 32, 45, 4, 24, D("22")), ("MK-410", "Prevoz", "kos", 45, 90, 1, 2, D("22"))],
    [("GV-01", "Rebula 0,75 l", "stk", 7.2, 14.5, 12, 120, D("22")), ("GV-02", "Merlot barrique 0,75 l", "stk", 11.5, 24, 12, 96, D("22")),
     ("GV-07", "Oljčno olje ekstra deviško 0,5 l", "stk", 12.5, 19.9, 6, 60, D("9.5")), ("GV-09", "Pršut kraški, celi", "kg", 19.5, 29.9, 5, 40, D("9.5"))],
    [("RS-10", "Servis prenosnika", "ura", 28, 42, 2, 12, D("22")), ("RS-21", "SSD 1 TB z vgradnjo", "kos", 85, 140, 1, 10, D("22")),
     ("RS-33", "Licenca Microsoft 365 Business (letna)", "kos", 115, 160, 1, 20, D("22")), ("RS-40", "Priročnik Excel 365 (knjiga)", "kos", 24, 39, 1, 10, D("5"))],
    [("AS-1120", "Pohodniške palice Carbon", "par", 59, 119, 1, 12, D("22")), ("AS-2231", "Čelna svetilka 400 lm", "kos", 29, 69, 1, 12, D("22")),
     ("AS-3005", "Planinski vodnik Julijske Alpe", "kos", 19.9, 29.9, 1, 10, D("5")), ("AS-4410", "Vrv dinamična 9,8 mm 60 m", "kos", 139, 219, 1, 4, D("22"))],
]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="0", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.side{position:absolute;left:0;top:0;width:56mm;height:296mm;background:{{ color }};color:#fff;padding:14mm 6mm 0 7mm;box-sizing:border-box;font-size:7.8pt;line-height:1.5}
.main{margin-left:64mm;padding:14mm 12mm 0 0} table.kv td{padding:1px 8px 1px 0} table.it{width:100%;margin-top:10px} table.it th{text-align:left;font-size:7.4pt;color:{{ color }};border-bottom:1.5px solid {{ color }};padding:3px}
table.it td{padding:3px} table.it td.r{white-space:nowrap} table.it tr:nth-child(even) td{background:#f2f4f3} .upn{border:1px dashed #666;margin-top:14px;padding:6px 8px;font-size:7.6pt} .upn td{padding:1px 8px 1px 0}
</style></head><body>
<div class="side"><div style="font-size:13pt;font-weight:bold;line-height:1.2">{{ v_name }}</div><br>{{ v1 }}<br>{{ v2 }}<br>Slovenija<br><br>ID za DDV:<br><b>{{ ddv }}</b><br>Matična številka:<br>{{ mat }}<br><br>TRR:<br>{{ iban }}<br>{{ bank }}<br>BIC {{ bic }}<br><br>{{ web }}<br>{{ mail }}<br>Tel. {{ tel }}</div>
<div class="main">
<div style="font-size:8pt;color:#666">Kupec</div><div><b>{{ b_name }}</b><br>{{ b1 }}<br>{{ b2 }}<br>ID za DDV kupca: {{ b_ddv }}</div>
<div style="font-size:18pt;font-weight:bold;color:{{ color }};margin-top:18px">RAČUN</div>
<table class="kv" style="margin-top:4px"><tr><td>Številka računa:</td><td><b>{{ no }}</b></td></tr><tr><td>Datum izdaje:</td><td>{{ d }}</td></tr><tr><td>Kraj izdaje:</td><td>{{ place }}</td></tr>
<tr><td>{{ d2_label }}</td><td>{{ d2 }}</td></tr>{% if due %}<tr><td>Rok plačila:</td><td>{{ due }}</td></tr>{% endif %}{% if po %}<tr><td>Naročilnica št.:</td><td>{{ po }}</td></tr>{% endif %}{% if cash %}<tr><td>Način plačila:</td><td>gotovina</td></tr><tr><td>Blagajnik:</td><td>{{ cashier }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>Šifra</th><th style="width:40%">Opis</th><th class="r">Kol.</th><th>EM</th><th class="r">Cena brez DDV</th><th class="r">DDV</th><th class="r">Vrednost brez DDV</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="kv" style="margin-left:auto;margin-top:8px"><tr><td>Skupaj brez DDV</td><td class="r">{{ net }} €</td></tr>{% for r in vat_rows %}<tr><td>DDV {{ r.rate }} % (osnova {{ r.base }} €)</td><td class="r">{{ r.tax }} €</td></tr>{% endfor %}
<tr><td style="border-top:1.5px solid {{ color }}"><b>Skupaj za plačilo</b></td><td class="r" style="border-top:1.5px solid {{ color }}"><b>{{ total }} €</b></td></tr></table>
{% if cash %}<div style="margin-top:12px;font-size:7.4pt">Prejeto gotovina: {{ given }} € · Vračilo: {{ change }} €<br>ZOI: {{ zoi }}<br>EOR: {{ eor }}</div>{% else %}
<div style="margin-top:10px;font-size:7.8pt">Pri plačilu navedite sklic {{ ref }}. Račun je izdan v skladu z ZDDV-1.{% if sp %} Podjetnik ni zavezan za plačilo prispevkov za socialno varnost iz naslova tega računa.{% endif %}</div>
<div class="upn"><b>UPN - univerzalni plačilni nalog</b><table style="margin-top:3px"><tr><td>Plačnik:</td><td>{{ b_name }}</td><td>Znesek:</td><td><b>EUR ***{{ total }}</b></td></tr>
<tr><td>Koda namena:</td><td>OTHR</td><td>Rok plačila:</td><td>{{ due }}</td></tr><tr><td>Namen plačila:</td><td colspan="3">Plačilo računa {{ no }}</td></tr>
<tr><td>IBAN prejemnika:</td><td colspan="3">{{ iban }}</td></tr><tr><td>Referenca prejemnika:</td><td colspan="3">{{ ref }}</td></tr><tr><td>Prejemnik:</td><td colspan="3">{{ v_name }}, {{ v2 }}</td></tr></table></div>{% endif %}
</div></body></html>"""
)


@style("08", "si_racun_upn")
def s08(rng, i):
    vname, v1, v2, place, color = SI_V[i]
    bname, b1, b2 = SI_B[i]
    d = rand_date(rng)
    items = items_from(rng, [(r[1], r[2], r[3], r[4], r[5], r[6], (r[0], r[7])) for r in SI_L[i]], rng.randint(2, 4), step=D("0.1"))
    for it in items:
        it["code"], it["rate"] = it["extra"]
    items = [{**it, "extra": None} for it in items]
    net = sum(it["amount"] for it in items)
    vat_rows = []
    for r in sorted({it["rate"] for it in items}, reverse=True):
        base = sum(it["amount"] for it in items if it["rate"] == r)
        vat_rows.append({"rate": r, "base_d": base, "tax_d": q2(base * r / 100)})
    tax = sum(v["tax_d"] for v in vat_rows)
    total = net + tax
    ddv = valid(rng, lambda: "SI" + (lambda s: s + _ddv.calc_check_digit(s))(digits(rng, 7, True)), _ddv.is_valid)
    b_ddv = valid(rng, lambda: "SI" + (lambda s: s + _ddv.calc_check_digit(s))(digits(rng, 7, True)), _ddv.is_valid)
    mat = valid(rng, lambda: digits(rng, 7, True) + "000", _maticna.is_valid)
    cash = i == 3
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = None if cash else d + dt.timedelta(days=[8, 30, 15][i])
    if cash:
        no = f"TRG{rng.randint(1, 3)}-BL{rng.randint(1, 4)}-{rng.randint(100, 9999)}"
    else:
        no = [f"{d.year}-{rng.randint(1, 999):05d}", f"{rng.randint(1, 999)}-{d.year}", f"{str(d.year)[2:]}-{rng.randint(100, 999)}"][i]
    po = [None, f"NAR-{rng.randint(100, 999)}/{d.year}", f"{rng.randint(10, 99)}/{d.year}", None][i]
    d2_label, d2 = (("Datum opravljene storitve:", f(d - dt.timedelta(days=rng.randint(0, 6)))) if i in (0, 2) else ("Datum dobave:", f(d - dt.timedelta(days=rng.randint(0, 3)))))
    ib = iban("SI", rng.choice(["02010", "04430", "06000", "10100"]) + digits(rng, 8) + digits(rng, 2))
    refnum = "".join(c for c in no if c.isdigit())
    given = (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10 if cash else None
    fmtq = lambda q: de(q, 0)  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, ddv=ddv, mat=mat, iban=iban_fmt(ib), bank=rng.choice(["NLB d.d.", "OTP banka d.d.", "Intesa Sanpaolo Bank d.d.", "Delavska hranilnica d.d."]),
        bic=rng.choice(["LJBASI2X", "SKBASI2X", "BAKOSI2X", "HDELSI22"]), web="www." + vname.split()[0].lower().replace("č", "c").replace("š", "s") + ".si",
        mail="racuni@" + vname.split()[0].lower().replace("č", "c").replace("š", "s") + ".si", tel=f"0{rng.randint(1, 7)} {digits(rng, 3, True)} {digits(rng, 2)} {digits(rng, 2)}",
        b_name=bname, b1=b1, b2=b2, b_ddv=b_ddv, no=no, d=f(d) + (f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" if cash else ""),
        place=place, d2_label=d2_label, d2=d2, due=f(due) if due else None, po=po, cash=cash, cashier=rng.choice(["Maja", "Luka", "Tina"]) + f" ({rng.randint(1, 20)})",
        items=[{"code": it["code"], "desc": it["desc"], "q": fmtq(it["qty"]), "unit": it["unit"], "p": de(it["price"]), "r": de(it["rate"], 1 if it["rate"] % 1 else 0), "a": de(it["amount"])} for it in items],
        net=de(net), vat_rows=[{"rate": de(v["rate"], 1 if v["rate"] % 1 else 0), "base": de(v["base_d"]), "tax": de(v["tax_d"])} for v in vat_rows], total=de(total),
        given=de(given) if cash else None, change=de(given - total) if cash else None,
        zoi="".join(rng.choice("0123456789abcdef") for _ in range(32)), eor="-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
        ref=f"SI00 {refnum}", sp="s.p." in vname,
    )
    notes = (
        "Slovenian račun with a coloured sidebar on the left holding the vendor's details: vendor tax id = 'ID za DDV' in the sidebar (as printed, SI + 8 digits); the matična številka, "
        "the TRR/IBAN and the buyer's 'ID za DDV kupca' are decoys. invoice_number = 'Številka računa'"
        + (" (a fiscal cash-register number premises-device-number); ZOI and EOR codes are decoys" if cash else "; the reference 'SI00 …' repeats its digits (decoy)")
        + ". invoice_date = 'Datum izdaje'"
        + (" (with the time)" if cash else "")
        + f"; '{d2_label.rstrip(':')}' is a decoy; "
        + ("paid in cash: no due date (null); 'Prejeto'/'Vračilo' (cash given, change) are decoys. " if cash else "due = 'Rok plačila' (also on the UPN slip). ")
        + (f"PO = 'Naročilnica št.' {po}. " if po else "No PO. ")
        + "subtotal = 'Skupaj brez DDV'; tax = "
        + ("the sum of the DDV rows (no DDV total row; rates 22 % and 9,5 % or 5 %); " if len(vat_rows) > 1 else "the DDV row; ")
        + "total = 'Skupaj za plačilo'" + ("" if cash else " (also 'EUR ***…' on the UPN slip)") + ". Amounts 1.234,56 €. Line items: every row (amount = 'Vrednost brez DDV')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ddv, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, ddv, no, po, vname]}
    if len(vat_rows) > 1:
        chk["tax_parts"] = [mt(v["tax_d"]) for v in vat_rows]
    return t, chk, (S08_HTML, ctx)


# =========================================================================== 10 US SaaS annual subscription in the customer's currency (GST/HST, GST, UK VAT, NY sales tax)
US_V = [
    ("Lumenstack, Inc.", "548 Market St, Suite 31550", "San Francisco, CA 94104", "#5b3cc4", "LMN"),
    ("Brightwave Analytics, Inc.", "500 W 2nd St, Floor 19", "Austin, TX 78701", "#e0572a", "BWA"),
    ("Northpeak Software, Inc.", "1201 3rd Ave, Suite 2200", "Seattle, WA 98101", "#0f7b6c", "NPK"),
    ("Quillfire Labs, Inc.", "85 Broad St, 17th Floor", "New York, NY 10004", "#1c1c1c", "QFL"),
]
US_B = [
    ("Maple Ridge Logistics Ltd.", "200 Bay St, Suite 1400", "Toronto, ON M5J 2J2, Canada"),
    ("Harbourline Health Pty Ltd", "Level 12, 1 Martin Place", "Sydney NSW 2000, Australia"),
    ("Copperfield Retail Group Ltd", "30 St Mary Axe", "London EC3A 8BF, United Kingdom"),
    ("Greenpoint Media LLC", "45 Main St, Suite 710", "Brooklyn, NY 11201, United States"),
]
US_CUR = [("CAD", "CA$", D("0.7318")), ("AUD", "A$", D("0.6561")), ("GBP", "£", D("1.2684")), ("USD", "$", D("0.9214"))]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="16mm 18mm", font="'Liberation Sans',Arial,sans-serif", fs="9pt")
    + """
.logo{font-size:14pt;font-weight:bold;color:{{ color }}} table.kv td{padding:1.5px 14px 1.5px 0} .muted{color:#6b6b6b}
table.it{width:100%;margin-top:16px} table.it th{text-align:left;font-weight:normal;color:#6b6b6b;border-bottom:1px solid #ccc;padding:4px 2px;font-size:8pt} table.it th.r{text-align:right}
table.it td{padding:6px 2px;border-bottom:1px solid #eee} table.tt{margin-left:auto;margin-top:6px;width:58%} table.tt td{padding:3px 2px;border-bottom:1px solid #eee}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:20pt;font-weight:bold">Invoice</div></td><td class="r"><span class="logo">{{ short }}</span></td></tr></table>
<table class="kv" style="margin-top:8px"><tr><td class="muted">Invoice number</td><td>{{ no }}</td></tr><tr><td class="muted">Date of issue</td><td>{{ d }}</td></tr>{% if due %}<tr><td class="muted">Date due</td><td>{{ due }}</td></tr>{% else %}<tr><td class="muted">Date paid</td><td>{{ paid_d }}</td></tr>{% endif %}
{% if po %}<tr><td class="muted">PO number</td><td>{{ po }}</td></tr>{% endif %}<tr><td class="muted">Customer ID</td><td>{{ cust }}</td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="width:34%"><b>{{ v_name }}</b><br>{{ v1 }}<br>{{ v2 }}<br>United States<br>billing@{{ domain }}<br>{{ reg|safe }}</td>
<td style="width:33%"><b>Bill to</b><br>{{ b_name }}<br>{{ b1 }}<br>{{ b2 }}<br>{{ b_reg }}</td><td><b>Ship to</b><br>{{ b_name }}<br>{{ b2 }}</td></tr></table>
<div style="font-size:13pt;font-weight:bold;margin-top:18px">{{ headline }}</div>
<div class="muted" style="font-size:8pt">All amounts in {{ cur }}.</div>
<table class="it"><tr><th style="width:56%">Description</th><th class="r">Qty</th><th class="r">Unit price</th>{% if show_tax_col %}<th class="r">Tax</th>{% endif %}<th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}<br><span class="muted" style="font-size:8pt">{{ it.period }}</span></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>{% if show_tax_col %}<td class="r">{{ tax_pct }}%</td>{% endif %}<td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tt"><tr><td>Subtotal</td><td class="r">{{ net }}</td></tr><tr><td>Total excluding tax</td><td class="r">{{ net }}</td></tr><tr><td>{{ tax_label }}</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>Total</b></td><td class="r"><b>{{ total }}</b></td></tr>{% if applied %}<tr><td>Applied balance</td><td class="r">-{{ applied }}</td></tr>{% endif %}{% if paid %}<tr><td>Amount paid</td><td class="r">-{{ paid }}</td></tr>{% endif %}
<tr><td><b>Amount due</b></td><td class="r"><b>{{ amount_due }}</b></td></tr></table>
<div class="muted" style="margin-top:12px;font-size:8pt">{{ fx_note }}</div>
<div style="margin-top:14px;font-size:8.4pt">{{ pay_note|safe }}</div>
<div class="muted" style="margin-top:24px;font-size:7.4pt">{{ v_name }} · {{ v1 }}, {{ v2 }} · EIN {{ ein }} · Questions? Contact billing@{{ domain }} · Page 1 of 1</div>
</body></html>"""
)


@style("10", "us_saas_annual_fx")
def s10(rng, i):
    vname, v1, v2, color, pfx = US_V[i]
    bname, b1, b2 = US_B[i]
    code, sym, fx = US_CUR[i]
    d = rand_date(rng)
    end = d.replace(year=d.year + 1) - dt.timedelta(days=1) if not (d.month == 2 and d.day == 29) else dt.date(d.year + 1, 2, 27)
    ms = MONTHS["en_short"]
    fd = lambda x: f"{ms[x.month - 1]} {x.day}, {x.year}"  # noqa: E731
    fl = lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"  # noqa: E731
    plan = rng.choice(["Business", "Team", "Scale", "Enterprise"])
    seats = D(rng.randint(12, 180))
    seat_p = D(rng.choice([144, 180, 192, 228, 240, 288, 300, 360]))
    items = [{"desc": f"{plan} plan (annual) × {seats} seats", "qty": seats, "price": seat_p, "amount": seats * seat_p, "period": f"{fd(d)} – {fd(end)}"}]
    addon = rng.choice(["Advanced analytics add-on", "SSO & SCIM add-on", "Audit log retention (3 years)", "Premium support"])
    ap = D(rng.choice([1200, 1800, 2400, 3600, 4800]))
    items.append({"desc": f"{addon} (annual)", "qty": D(1), "price": ap, "amount": ap, "period": f"{fd(d)} – {fd(end)}"})
    if i in (0, 2):  # a mid-term seat increase prorated, and unused time on the old tier credited
        extra = D(rng.randint(3, 15))
        start2 = d - dt.timedelta(days=rng.randint(20, 120))
        pr = q2(seat_p * D(rng.randint(40, 95)) / 100)
        items.append({"desc": f"Remaining time on {extra} × {plan} seats after {fd(start2)}", "qty": extra, "price": pr, "amount": extra * pr, "period": f"{fd(start2)} – {fd(d - dt.timedelta(days=1))}"})
        cr = q2(D(rng.randint(300, 2500)) + D(rng.randint(0, 99)) / 100)
        items.append({"desc": "Unused time on Starter plan after " + fd(start2), "qty": D(1), "price": -cr, "amount": -cr, "period": f"{fd(start2)} – {fd(d - dt.timedelta(days=1))}"})
    net = sum(it["amount"] for it in items)
    ein = valid(rng, lambda: rng.choice(["32", "45", "46", "47", "81", "84", "88"]) + digits(rng, 7), _ein.is_valid)
    ein_p = f"{ein[:2]}-{ein[2:]}"
    if i == 0:
        bn = valid(rng, lambda: digits(rng, 9, True), _bn.is_valid)
        vid = f"{bn}RT0001"
        reg, tax_pct, tax_label = f"GST/HST Reg. No. {vid}", D(13), f"GST/HST Ontario (13% on {sym}{en(net)})"
        b_reg = f"GST/HST {digits(rng, 9, True)}RT0001"
    elif i == 1:
        vid = f"3000 {digits(rng, 4)} {digits(rng, 4)}"
        reg, tax_pct, tax_label = f"ARN {vid} (simplified GST)", D(10), f"GST (10% on {sym}{en(net)})"
        b_reg = f"ABN {digits(rng, 2, True)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    elif i == 2:
        g = valid(rng, lambda: digits(rng, 9, True), lambda s: _gbvat.is_valid(s))
        vid = f"GB {g[:3]} {g[3:7]} {g[7:]}"
        reg, tax_pct, tax_label = f"UK VAT Reg. No. {vid}", D(20), f"VAT - United Kingdom (20% on {sym}{en(net)})"
        b_reg = "Customer VAT number: not provided"
    else:
        vid = ein_p
        reg, tax_pct, tax_label = "", D("8.875"), f"Sales tax - New York, NY (8.875% on {sym}{en(net)})"
        b_reg = ""
    tax = q2(net * tax_pct / 100)
    total = net + tax
    applied = q2(D(rng.randint(50, 900))) if i == 0 else None
    paid = total if i == 1 else None
    amount_due = total - (applied or 0) - (paid or 0)
    due = None if i == 1 else d + dt.timedelta(days=[30, 0, 45, 15][i])
    no = f"{pfx}{digits(rng, 4)}-{rng.randint(1, 40):04d}" if i != 3 else f"{''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}-{rng.randint(1, 40):04d}"
    po = [f"PO-{rng.randint(20000, 29999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    fx_amt = q2(total * fx)
    fx_note = (
        f"For your reference only: {code} {en(total)} ≈ USD {en(fx_amt)} at 1 {code} = {fx} USD (rate of {fd(d)}). The {code} amount is the amount payable."
        if i != 3
        else f"For your group reporting: USD {en(total)} ≈ EUR {en(fx_amt)} at 1 USD = {fx} EUR on {fd(d)}."
    )
    pay_note = (
        f"Paid with Visa ending in {digits(rng, 4)} on {fl(d)}. Receipt #{digits(rng, 4)}-{digits(rng, 4)}. No payment is required."
        if paid
        else f"Pay online at <b>pay.{vname.split()[0].lower().rstrip(',')}.com/i/{no.lower()}</b> or by wire to {rng.choice(['Silicon Valley Bank', 'JPMorgan Chase Bank, N.A.', 'Wells Fargo Bank, N.A.'])}, account {digits(rng, 10, True)}, routing {digits(rng, 9, True)}, SWIFT {rng.choice(['SVBKUS6S', 'CHASUS33', 'WFBIUS6S'])}, reference {no}."
    )
    money = lambda x: ("-" if x < 0 else "") + sym + en(abs(x))  # noqa: E731
    ctx = dict(
        color=color, short=vname.split(",")[0].split()[0].lower(), no=no, d=fl(d), due=fl(due) if due else None, paid_d=fl(d), po=po, cust=f"cus_{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(14))}",
        v_name=vname, v1=v1, v2=v2, domain=vname.split()[0].lower().rstrip(",") + ".com", reg=reg, b_name=bname, b1=b1, b2=b2, b_reg=b_reg,
        headline=(f"{money(amount_due)} due {fl(due)}" if due else f"{money(total)} paid {fl(d)}"), cur=f"{code} ({sym})",
        items=[{"desc": it["desc"], "period": it["period"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        show_tax_col=i != 3, tax_pct=qstr(tax_pct), net=money(net), tax_label=tax_label, tax=money(tax), total=money(total),
        applied=money(applied) if applied else None, paid=money(paid) if paid else None, amount_due=money(amount_due), fx_note=fx_note, pay_note=pay_note, ein=ein_p,
    )
    notes = (
        f"US SaaS annual subscription invoice billed in {code} ({sym}), modern unruled layout with labels left of values: "
        + ("vendor tax id = the tax registration the tax is charged under (" + {0: "Canadian GST/HST number", 1: "Australian ARN for simplified GST", 2: "UK VAT number"}[i] + "); the EIN in the footer is a decoy. " if i != 3 else "vendor tax id = the EIN in the footer (the only number). ")
        + "The customer's registration and the customer ID are decoys. invoice_number = 'Invoice number'; the receipt and payment link are decoys. invoice_date = 'Date of issue'; "
        + ("due = 'Date due'. " if due else "paid by card ('Date paid'): no due date (null). ")
        + (f"PO = 'PO number' {po}. " if po else "No PO. ")
        + "Service period dates under each line are decoys. subtotal = 'Subtotal' (= 'Total excluding tax'); tax = the tax row; total = 'Total'. "
        + ("'Applied balance' and 'Amount due' (after it) are decoys. " if applied else "")
        + ("'Amount paid' and 'Amount due' 0.00 are decoys. " if paid else "")
        + f"The FX note's {'USD' if i != 3 else 'EUR'} amount is a decoy (currency {code}). "
        + "Line items: every row incl. the prorated seats and the negative credit for unused time (quantity = Qty)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vid, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency=code, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fl(d), fl(due) if due else None, vid, no, po, vname, ein_p], (S10_HTML, ctx)
