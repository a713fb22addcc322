"""Chromium (HTML) styles for set 62, first part (01 Přerov FAKTURA – DAŇOVÝ DOKLAD in Czech with the facts in a
coloured BAND, white LABELS ABOVE the values, a ruled table with a position column and the totals in a BOX at the right,
DPH 21 % and 12 %, an ADVANCE (záloha) deducted on two; 02 Shumen ФАКТУРА in Bulgarian with the Получател / Доставчик
boxes of LABEL: value rows, the TOTALS in a box at the LEFT, ДДС 20 % and 9 %, leva with the euro counter-value before
2026 and euros with the leva after; 03 Alytus PVM SĄSKAITA FAKTŪRA in Lithuanian with a table WITHOUT RULES, PVM 21 %
and 9 %, one of four a KREDITINĖ (credit note))."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, lt_date, rand_iban
from invoice_kit import css, digits, iban, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.bg import vat as bgvat
from stdnum.cz import dic as czdic
from stdnum.lt import pvm

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Přerov (DPH 21/12, CZK), band with white labels above
PR_V = [
    ("Přerovská strojírna HANÁ s.r.o.", "Dluhonská 2891/12, 750 02 Přerov", "#1d4e89"),
    ("Pekárna U Bečvy a.s.", "Tovačovská 517/3, 750 02 Přerov", "#8a3b12"),
    ("Moravská optika a přístroje s.r.o.", "Kabelíkova 3341/1, 750 02 Přerov I-Město", "#355e3b"),
    ("Elektro Předmostí v.o.s.", "Hranická 1214/88, 751 24 Přerov II-Předmostí", "#4a3c6b"),
]
PR_B = [
    ("Olomoucké strojírny a.s.", "Pavelkova 22, 779 00 Olomouc"),
    ("Základní škola Přerov, Velká Dlážka 5", "Velká Dlážka 464/5, 750 02 Přerov"),
    ("Hvězdárna Kroměříž, p.o.", "Vejvanovského 463, 767 01 Kroměříž"),
    ("Bytové družstvo Žerotín", "Želatovská 18, 750 02 Přerov"),
]
PR_ROWS = [
    [("Soustružení hřídele dle výkresu č. 4412", "ks", 2, 40, 380, 2400, 21), ("Frézování příruby DN 150", "ks", 1, 20, 650, 3900, 21), ("Broušení ložiskových čepů", "hod", 2, 30, 690, 1150, 21), ("Materiál ocel 11 523, tyč", "kg", 20, 400, 38, 72, 21), ("Doprava vlastním vozem", "km", 20, 160, 14, 22, 21)],
    [("Chléb konzumní 1 200 g", "ks", 20, 200, 38, 58, 12), ("Rohlík tukový 43 g", "ks", 100, 900, 3, 5, 12), ("Koláč tvarohový", "ks", 20, 300, 14, 24, 12), ("Vánočka 500 g", "ks", 5, 60, 59, 95, 12), ("Rozvoz pečiva", "měs.", 1, 1, 600, 1800, 21)],
    [("Dalekohled 10x50, hranolový", "ks", 1, 8, 2900, 9800, 21), ("Okulár 25 mm, 1,25\"", "ks", 1, 12, 890, 2600, 21), ("Servis a justáž přístroje", "hod", 1, 10, 750, 1200, 21), ("Brožura Pozorujeme oblohu", "ks", 5, 60, 120, 290, 12)],
    [("Výměna rozvaděče RE-24", "ks", 1, 4, 8900, 18500, 21), ("Kabel CYKY-J 3x2,5", "m", 20, 400, 24, 39, 21), ("Montážní práce elektrikář", "hod", 4, 60, 520, 780, 21), ("Revize elektroinstalace", "ks", 1, 2, 2800, 5600, 21), ("Jistič B16/1", "ks", 2, 30, 110, 240, 21)],
]
PR_HTML = """<html lang="cs"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:12mm 14mm 12px 14mm}
.band td{color:#fff;vertical-align:top;padding-right:14px} .wl{font-size:6.4pt;letter-spacing:.8px;text-transform:uppercase;opacity:.85} .wv{font-size:10.5pt;font-weight:bold;margin-top:1px}
.party{width:50%;vertical-align:top;padding:8px 10px;border:1px solid #c9ced6} .pl{font-size:7pt;color:{{ color }};font-weight:bold;text-transform:uppercase;letter-spacing:.6px}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border:1px solid #8c939d;background:#eef1f5;font-size:7.4pt;padding:4px;text-align:left}
table.it td{border:1px solid #8c939d;padding:4px;font-size:8.3pt} .r{text-align:right;white-space:nowrap}
table.rk{border-collapse:collapse;font-size:7.8pt} table.rk td,table.rk th{border:1px solid #c9ced6;padding:3px 6px}
.tb{border:2px solid {{ color }};padding:6px 10px;width:80mm;margin-left:auto}
.tb td{padding:2px 0;font-size:8.8pt}
</style></head><body>
<div class="band"><table style="width:100%"><tr><td style="width:55%"><div style="font-size:15pt;font-weight:bold">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}</div></td>
<td style="text-align:right;padding-right:0"><div style="font-size:16pt;font-weight:bold;letter-spacing:1px">FAKTURA</div><div style="font-size:8pt">daňový doklad</div></td></tr></table>
<table style="margin-top:10px"><tr>
<td><div class="wl">Číslo faktury</div><div class="wv">{{ no }}</div></td>
<td><div class="wl">Datum vystavení</div><div class="wv">{{ d }}</div></td>
<td><div class="wl">Datum zdan. plnění</div><div class="wv">{{ duzp }}</div></td>
<td><div class="wl">Datum splatnosti</div><div class="wv">{{ due }}</div></td>
<td><div class="wl">Variabilní symbol</div><div class="wv">{{ vs }}</div></td>
<td><div class="wl">Forma úhrady</div><div class="wv">{{ pay }}</div></td></tr></table></div>
<div style="padding:0 14mm">
<table style="width:100%;margin-top:10px;border-collapse:separate;border-spacing:0"><tr>
<td class="party"><div class="pl">Dodavatel</div><b>{{ vname }}</b><br>{{ vaddr }}<br>IČO: {{ ico }} &nbsp; DIČ: {{ vid }}<br><span style="font-size:7pt;color:#555">{{ rejstrik }}</span><br>Banka: {{ bank }}, č. ú. {{ ucet }}<br>IBAN: {{ ibanv }}</td>
<td class="party"><div class="pl">Odběratel</div><b>{{ bname }}</b><br>{{ baddr }}<br>IČO: {{ bico }}{% if bdic %} &nbsp; DIČ: {{ bdic }}{% endif %}<br>{% if po %}Vaše objednávka č.: {{ po }}<br>{% endif %}Dodací list: {{ dl }}</td></tr></table>
<table class="it"><tr><th style="width:7mm">Poř.</th><th>Označení dodávky</th><th class="r">Množství</th><th>MJ</th><th class="r">Cena za MJ bez DPH</th><th class="r">Sazba</th><th class="r">Celkem bez DPH</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}.</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top">
<table class="rk"><tr><th>Sazba DPH</th><th class="r">Základ</th><th class="r">DPH</th><th class="r">Celkem</th></tr>
{% for r in rates %}<tr><td>{{ r.r }} %</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">{{ qr|safe }}<div style="font-size:6.6pt;color:#666">QR Platba</div></div></td>
<td style="vertical-align:top"><div class="tb"><table style="width:100%">
<tr><td>Celkem bez DPH</td><td class="r">{{ net }} Kč</td></tr>
<tr><td>DPH celkem</td><td class="r">{{ tax }} Kč</td></tr>
<tr><td style="font-weight:bold;font-size:10.5pt;border-top:1px solid #999;padding-top:4px">{{ tot_l }}</td><td class="r" style="font-weight:bold;font-size:10.5pt;border-top:1px solid #999;padding-top:4px">{{ total }} Kč</td></tr>
{% if adv %}<tr><td>Odečet zálohy ({{ advno }} ze dne {{ advd }})</td><td class="r">-{{ adv }} Kč</td></tr>
<tr><td style="font-weight:bold">Zbývá k úhradě</td><td class="r" style="font-weight:bold">{{ rest }} Kč</td></tr>{% endif %}
</table></div></td></tr></table>
<div style="margin-top:16px;font-size:7.4pt;color:#444">{{ note }}</div>
<div style="margin-top:26px;font-size:7.4pt">Vystavil: {{ clerk }} &nbsp;·&nbsp; tel. +420 581 {{ tel }} &nbsp;·&nbsp; Převzal: ..........................</div>
<div style="position:absolute;bottom:0;width:100%;font-size:6.6pt;color:#888;text-align:center">Vytištěno z ekonomického systému POHODA · strana 1 z 1</div>
</div></body></html>"""


@style("01", "cz_pre_prerov_faktura_dph_21_12_band_labels_above_zaloha")
def s01(rng, i):
    vname, vaddr, color = PR_V[i]
    bname, baddr = PR_B[i]
    d = rand_date(rng)
    items = lines(rng, PR_ROWS[i], [4, 5, 3, 5][i], D("1") if i in (0, 3) else D("0.10"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    ico = valid(rng, lambda: digits(rng, 8, True), czdic.is_valid)
    vid = "CZ" + ico
    bico = valid(rng, lambda: digits(rng, 8, True), czdic.is_valid)
    bdic = "CZ" + bico if i != 1 else None
    no = [f"FV{d.year}{rng.randint(100, 999):04d}", f"{d.strftime('%y')}10{rng.randint(1000, 9999)}", f"{d.year}-{rng.randint(10, 399):03d}", f"EP/{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    vs = "".join(c for c in no if c.isdigit())
    fd = [lambda x: f"{x.day}. {x.month}. {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    cash = i == 1
    due = None if cash else d + dt.timedelta(days=rng.choice([14, 14, 21, 30]))
    duzp = d - dt.timedelta(days=rng.randint(1, 9))
    po = [f"OBJ-{rng.randint(1000, 9999)}/{d.year}", None, f"{rng.randint(45000, 45999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    adv = q2(D(int(total * D(rng.choice(["0.3", "0.4", "0.5"])) / 100) * 100)) if i in (2, 3) else None
    advd = fd(d - dt.timedelta(days=rng.randint(15, 40)))
    advno = f"ZF{d.year}{rng.randint(10, 99):03d}"
    tot_l = "Celkem k úhradě" if not adv else "Celkem s DPH"
    if cash:
        tot_l = "Celkem uhrazeno"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, no=no, d=fd(d), duzp=fd(duzp), due=fd(due) if due else "—", vs=vs,
        pay="hotově" if cash else "převodem", ico=ico, vid=vid, rejstrik=f"Zapsáno v obchodním rejstříku u Krajského soudu v Ostravě, oddíl C, vložka {rng.randint(10000, 79999)}",
        bank=rng.choice(["Komerční banka, a.s.", "Česká spořitelna, a.s.", "ČSOB, a.s."]), ucet=f"{rng.randint(19, 35)}-{digits(rng, 10, True)}/0100",
        ibanv=group4(rand_iban(rng, "CZ", 20, "0100")), bname=bname, baddr=baddr, bico=bico, bdic=bdic, po=po, dl=f"DL{rng.randint(10000, 99999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t), "g": sp(b + t)} for r, b, t in rates], net=sp(net), tax=sp(tax), total=sp(total), tot_l=tot_l,
        adv=sp(adv) if adv else None, advno=advno, advd=advd, rest=sp(total - adv) if adv else None, qr=qr_svg(rng, 22),
        note=("Faktura byla uhrazena v hotovosti při převzetí zboží." if cash else f"Při platbě uveďte variabilní symbol {vs}. Za pozdní úhradu účtujeme úrok z prodlení dle nařízení vlády č. 351/2013 Sb."),
        clerk=rng.choice(["Ing. Petra Dvořáková", "Jan Novotný", "Lenka Machalová"]), tel=digits(rng, 6),
    )
    notes = (
        "Přerov (Czech Republic) FAKTURA – daňový doklad in Czech with the facts in a coloured BAND at the top, WHITE LABELS in small capitals ABOVE the values, a FULLY RULED table with a position column ('Poř.'), "
        "DPH " + " and ".join(f"{r} %" for r, _, _ in rates) + " per row and in a recapitulation, the totals in a framed BOX at the right, '1 234,56 Kč': "
        "vendor = 'Dodavatel' (also the band); vendor_tax_id = 'DIČ' (CZ + IČO; the IČO alone, the buyer's IČO and DIČ, the account, the IBAN, the variable symbol and the register entry are decoys). "
        "invoice_number = 'Číslo faktury'; invoice_date = 'Datum vystavení' ('Datum zdan. plnění', the tax point, is a decoy). "
        + due_note(due, "hotově", "Datum splatnosti")
        + po_note(po, "Vaše objednávka č.")
        + f"subtotal = 'Celkem bez DPH'; tax = 'DPH celkem'; total = '{tot_l}'"
        + (f" (the advance invoice {advno} deducted below it, 'Odečet zálohy', and 'Zbývá k úhradě' are decoys)" if adv else "")
        + ". Currency CZK ('Kč'). Line items: every row, without DPH; the delivery note is a decoy."
    )
    t = truth(vname, vid, no, po, d, due, "CZK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, fd(duzp), bdic, sp(total - adv) if adv else None]}
    return t, chk, (PR_HTML.replace("@@BASE@@", css(margin="0 0 12mm 0", fs="8.4pt")), ctx)


# =========================================================================== 02 Shumen (ДДС 20/9, BGN or EUR), boxes of label: value, totals left
SH_V = [
    ("Шуменски машиностроителен завод АД", "гр. Шумен, бул. „Мадара“ 34", "мебели и метални изделия"),
    ("Пивоварна Преслав ЕООД", "гр. Шумен, ул. „Съединение“ 107", "пивоварна"),
    ("Хотел Мадарски конник ООД", "гр. Шумен, ул. „Цар Освободител“ 12", "хотел"),
    ("Тракия Печат ЕООД", "гр. Шумен, ул. „Васил Левски“ 60", "печатница"),
]
SH_B = [
    ("Варна Шипярд Сървис ЕАД", "гр. Варна, ул. „Девня“ 7", "Стефан Петров"),
    ("Верига Търговец Север ООД", "гр. Разград, бул. „България“ 18", "Мария Иванова"),
    ("Сдружение Туризъм Североизток", "гр. Търговище, ул. „Митрополит Андрей“ 2", "Георги Колев"),
    ("Община Нови пазар", "гр. Нови пазар, пл. „Васил Левски“ 1", "Иван Димитров"),
]
SH_ROWS = [
    [("Стоманена конструкция, заварена", "кг", 100, 2400, 4, 9, 20), ("Огъване на листов метал", "бр.", 10, 300, 2, 14, 20), ("Прахово боядисване", "кв.м", 10, 200, 11, 24, 20), ("Транспорт до обект", "курс", 1, 3, 120, 380, 20)],
    [("Бира светла 0,5 л, стек 20 бр.", "стек", 5, 120, 18, 32, 20), ("Бира тъмна 0,33 л, стек 24 бр.", "стек", 2, 60, 24, 38, 20), ("Кег 30 л, наливна бира", "бр.", 1, 20, 95, 160, 20), ("Депозит каса", "бр.", 5, 60, 3, 6, 20)],
    [("Нощувка, двойна стая", "нощ.", 2, 30, 70, 150, 9), ("Закуска, шведска маса", "бр.", 4, 60, 9, 18, 9), ("Наем на конферентна зала", "ден", 1, 3, 180, 480, 20), ("Кафе пауза", "бр.", 10, 80, 5, 11, 20)],
    [("Брошура А5, 16 стр., пълноцветна", "бр.", 100, 3000, 1, 3, 20), ("Плакат 50х70 см", "бр.", 20, 400, 2, 7, 20), ("Предпечатна подготовка", "час", 1, 12, 30, 65, 20), ("Календар стенен 2026", "бр.", 20, 500, 4, 12, 20)],
]
SH_HTML = """<html lang="bg"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #333;vertical-align:top;padding:5px 7px;width:50%} .box td{padding:1px 4px 1px 0;font-size:8.2pt} .k{color:#444;white-space:nowrap;width:34mm}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-top:1.5px solid #000;border-bottom:1px solid #000;font-size:7.6pt;padding:4px 3px;text-align:left} table.it td{border-bottom:1px solid #bbb;padding:4px 3px;font-size:8.4pt}
.r{text-align:right;white-space:nowrap} .sum td{padding:3px 6px;font-size:8.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:45%;font-size:7.6pt;color:#555">{{ trade }}</td>
<td style="text-align:center"><div style="font-size:22pt;font-weight:bold;letter-spacing:3px">ФАКТУРА</div><div style="font-size:11pt">№ <b>{{ no }}</b></div></td>
<td style="text-align:right;vertical-align:top"><span style="border:1.5px solid #000;padding:2px 8px;font-weight:bold;font-size:9pt">ОРИГИНАЛ</span></td></tr></table>
<table style="width:100%;margin-top:4px;font-size:8.6pt"><tr><td>Дата на издаване: <b>{{ d }}</b></td><td style="text-align:center">Дата на данъчното събитие: <b>{{ dte }}</b></td><td style="text-align:right">Място на сделката: гр. Шумен</td></tr></table>
<table style="width:100%;margin-top:8px;border-collapse:collapse"><tr>
<td class="box"><div style="font-weight:bold;margin-bottom:3px">Получател</div><table>
<tr><td class="k">Име:</td><td><b>{{ bname }}</b></td></tr><tr><td class="k">ИН по ЗДДС:</td><td>{{ bvat }}</td></tr><tr><td class="k">ЕИК:</td><td>{{ beik }}</td></tr>
<tr><td class="k">Адрес:</td><td>{{ baddr }}</td></tr><tr><td class="k">МОЛ:</td><td>{{ bmol }}</td></tr>{% if po %}<tr><td class="k">Поръчка №:</td><td>{{ po }}</td></tr>{% endif %}</table></td>
<td class="box"><div style="font-weight:bold;margin-bottom:3px">Доставчик</div><table>
<tr><td class="k">Име:</td><td><b>{{ vname }}</b></td></tr><tr><td class="k">ИН по ЗДДС:</td><td>{{ vid }}</td></tr><tr><td class="k">ЕИК:</td><td>{{ eik }}</td></tr>
<tr><td class="k">Адрес:</td><td>{{ vaddr }}</td></tr><tr><td class="k">МОЛ:</td><td>{{ mol }}</td></tr><tr><td class="k">Тел.:</td><td>054 {{ tel }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>№</th><th>Наименование на стоката / услугата</th><th>Мярка</th><th class="r">Количество</th><th class="r">Ед. цена ({{ cur_s }})</th><th class="r">ДДС</th><th class="r">Стойност ({{ cur_s }})</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:52%;vertical-align:top">
<table class="sum" style="border:1.5px solid #000;border-collapse:collapse;width:100%">
{% for r in rates %}<tr><td>Данъчна основа {{ r.r }}%</td><td class="r">{{ r.b }} {{ cur_s }}</td></tr><tr><td>Начислен ДДС {{ r.r }}%</td><td class="r">{{ r.t }} {{ cur_s }}</td></tr>{% endfor %}
{% if multi %}<tr><td>Данъчна основа общо</td><td class="r">{{ net }} {{ cur_s }}</td></tr><tr><td>ДДС общо</td><td class="r">{{ tax }} {{ cur_s }}</td></tr>{% endif %}
<tr style="background:#e8e8e8"><td><b>Сума за плащане</b></td><td class="r"><b>{{ total }} {{ cur_s }}</b></td></tr>
<tr><td style="font-size:7.6pt;color:#444">{{ cv_l }}</td><td class="r" style="font-size:7.6pt;color:#444">{{ cv }}</td></tr></table></td>
<td style="vertical-align:top;padding-left:14px;font-size:8pt">
Начин на плащане: <b>{{ pay }}</b><br>{% if due %}Срок за плащане: <b>{{ due }}</b><br>{% endif %}Банка: {{ bank }}<br>IBAN: {{ ibanv }}<br>BIC: {{ bic }}<br>
<span style="color:#555">Стокова разписка № {{ sr }} от {{ srd }}</span></td></tr></table>
<table style="width:100%;margin-top:40px;font-size:8pt"><tr><td>Получател: ..............................<br><span style="color:#666">(подпис)</span></td><td style="text-align:right">Съставил: {{ clerk }} ..............................<br><span style="color:#666">(подпис)</span></td></tr></table>
<div style="margin-top:24px;font-size:6.8pt;color:#777">Съгласно чл. 7, ал. 1 от Закона за счетоводството подписът и печатът не са задължителни реквизити на фактурата. Фиксиран курс: 1 EUR = 1,95583 лв.</div>
</body></html>"""


@style("02", "bg_shu_shumen_faktura_dds_20_9_totals_left_bgn_eur")
def s02(rng, i):
    vname, vaddr, trade = SH_V[i]
    bname, baddr, bmol = SH_B[i]
    d = rand_date(rng, dt.date(2025, 3, 1), dt.date(2026, 11, 20))
    euro = d >= dt.date(2026, 1, 1)
    step = D("0.01")
    items = lines(rng, SH_ROWS[i], [4, 3, 4, 3][i], step)
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    eik = valid(rng, lambda: digits(rng, 9, True), lambda s: bgvat.is_valid("BG" + s))
    vid = "BG" + eik
    beik = valid(rng, lambda: digits(rng, 9, True), lambda s: bgvat.is_valid("BG" + s))
    no = f"{rng.randint(1, 9999):010d}"
    fd = lambda x: x.strftime("%d.%m.%Y") + " г."  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    dte = d - dt.timedelta(days=rng.randint(0, 4))
    po = [None, f"{rng.randint(100, 999)}/{d.strftime('%d.%m.%Y')}", None, f"ОП-{rng.randint(10, 99)}-{d.year}"][i]
    rate = D("1.95583")
    cur, cur_s = ("EUR", "€") if euro else ("BGN", "лв.")
    cv = sp(q2(total * rate)) + " лв." if euro else sp(q2(total / rate)) + " €"
    cv_l = "Равностойност в лева по фиксирания курс" if euro else "Равностойност в евро по фиксирания курс"
    ctx = dict(
        trade=f"{vname} · {trade}", no=no, d=fd(d), dte=fd(dte), bname=bname, bvat="BG" + beik, beik=beik, baddr=baddr, bmol=bmol, po=po,
        vname=vname, vid=vid, eik=eik, vaddr=vaddr, mol=rng.choice(["Николай Стоянов", "Десислава Маринова", "Пламен Тодоров"]), tel=digits(rng, 6),
        cur_s=cur_s, items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], multi=len(rates) > 1, net=sp(net), tax=sp(tax), total=sp(total), cv=cv, cv_l=cv_l,
        pay="в брой" if not due else "по банков път", due=fd(due) if due else None, bank=rng.choice(["УниКредит Булбанк АД", "Банка ДСК АД", "Пощенска банка"]),
        ibanv=group4(_bg_iban(rng)), bic=rng.choice(["UNCRBGSF", "STSABGSF", "BPBIBGSF"]),
        sr=digits(rng, 5, True), srd=fd(dte), clerk=rng.choice(["Р. Атанасова", "К. Христов", "Е. Николова"]),
    )
    multi = len(rates) > 1
    notes = (
        "Shumen (Bulgaria) ФАКТУРА in Bulgarian (Cyrillic), 'ОРИГИНАЛ', the parties in two BOXES of LABEL: value rows (Получател at the left, Доставчик at the right), a table with rules under the rows, "
        "ДДС " + " and ".join(f"{r} %" for r, _, _ in rates) + ", the TOTALS in a box at the LEFT below the table, '1 234,56': "
        "vendor = 'Доставчик' 'Име'; vendor_tax_id = the supplier's 'ИН по ЗДДС' (BG + ЕИК; the ЕИК alone, the buyer's ИН по ЗДДС and ЕИК, the IBAN are decoys). "
        "invoice_number = the ten digits after 'ФАКТУРА №'; invoice_date = 'Дата на издаване' ('Дата на данъчното събитие' and the delivery note's date are decoys). "
        + due_note(due, "в брой", "Срок за плащане")
        + po_note(po, "Поръчка №")
        + ("subtotal = 'Данъчна основа общо'; tax = 'ДДС общо'; " if multi else "subtotal = 'Данъчна основа 20%'; tax = 'Начислен ДДС 20%'; ")
        + "total = 'Сума за плащане'. "
        + ("Currency EUR ('€', Bulgaria's euro from 1 January 2026); the leva counter-value at 1,95583 is a decoy. " if euro else "Currency BGN ('лв.'); the euro counter-value at 1,95583 is a decoy. ")
        + "Line items: every row, without ДДС."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Сума за плащане", fd(due) if due else None, fd(dte), "BG" + beik, cv]}
    return t, chk, (SH_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


def _bg_iban(rng):
    """BG + check + 4-letter bank code + 4-digit branch + 2-digit type + 8-digit account."""
    return iban("BG", rng.choice(["UNCR", "STSA", "BPBI"]) + digits(rng, 4) + "10" + digits(rng, 8))


# =========================================================================== 03 Alytus (PVM 21/9, EUR), unruled, a credit note
AL_V = [
    ("UAB „Dzūkijos baldai“", "Pramonės g. 14, LT-62175 Alytus", "#7b2d26"),
    ("UAB „Nemuno leidykla“", "Vilniaus g. 31, LT-62113 Alytus", "#1f5f5b"),
    ("UAB „Alytaus šaltkalvis“", "Santaikos g. 36, LT-63326 Alytus", "#2d3e66"),
    ("UAB „Merkio duonelė“", "Naujoji g. 98, LT-62355 Alytus", "#6a4a14"),
]
AL_B = ["UAB „Baltijos interjeras“, Savanorių pr. 178, Vilnius", "Alytaus miesto savivaldybės viešoji biblioteka, Rotušės a. 14A, Alytus",
        "AB „Druskininkų vandenys“, V. Kudirkos g. 45, Druskininkai", "UAB „Kaimo krautuvė“, Vytauto g. 12, Varėna"]
AL_ROWS = [
    [("Ąžuolinis stalas 180x90", "vnt.", 1, 12, 380, 890, 21), ("Kėdė, buko mediena", "vnt.", 4, 48, 45, 120, 21), ("Spinta dviejų durų", "vnt.", 1, 8, 260, 690, 21), ("Pristatymas ir surinkimas", "val.", 1, 10, 28, 45, 21)],
    [("Knyga „Dzūkijos kaimai“, kietais viršeliais", "vnt.", 10, 300, 9, 24, 9), ("Kalendorius 2026, sieninis", "vnt.", 20, 400, 3, 8, 21), ("Maketavimo paslaugos", "val.", 2, 30, 22, 40, 21), ("Knyga vaikams, minkštais viršeliais", "vnt.", 10, 200, 5, 12, 9)],
    [("Vamzdyno remontas, darbas", "val.", 2, 40, 30, 48, 21), ("Uždaromoji sklendė DN80", "vnt.", 1, 10, 85, 240, 21), ("Suvirinimo darbai", "val.", 2, 20, 35, 55, 21), ("Medžiagos ir tarpinės", "kompl.", 1, 6, 20, 95, 21)],
    [("Juoda duona „Dzūkų“, 800 g", "vnt.", 20, 300, 1, 3, 21), ("Batonas pjaustytas", "vnt.", 20, 300, 1, 2, 21), ("Grybų pyragas", "vnt.", 5, 60, 6, 14, 21), ("Šakotis, 1 kg", "vnt.", 1, 20, 18, 36, 21)],
]
AL_HTML = """<html lang="lt"><head><meta charset="utf-8"><style>@@BASE@@
.t{font-size:15pt;font-weight:bold;text-align:center;letter-spacing:1px;color:{{ color }}} .st{text-align:center;font-size:9.5pt;margin-top:3px}
.pt td{font-size:8.2pt;padding:1px 6px 1px 0;vertical-align:top} .kk{color:#555;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:16px} table.it th{font-size:7.6pt;color:{{ color }};text-align:left;padding:3px 5px 6px 5px} table.it td{padding:3px 5px;font-size:8.5pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="font-size:8pt;color:#555;text-align:right">{{ vname }} · {{ vaddr }}</div>
<div class="t" style="margin-top:16px">{{ title }}</div>
<div class="st">Serija ir Nr.: <b>{{ no }}</b></div>
<div class="st">Išrašymo data: <b>{{ d }}</b></div>
{% if orig %}<div class="st" style="font-size:8.2pt;color:#7b2d26;margin-top:6px">Koreguojama PVM sąskaita faktūra {{ orig }}, išrašyta {{ origd }}. Priežastis: {{ reason }}</div>{% endif %}
<table style="width:100%;margin-top:16px"><tr><td style="width:50%;vertical-align:top"><div style="font-weight:bold;color:{{ color }};margin-bottom:3px">Pardavėjas</div><table class="pt">
<tr><td class="kk">Pavadinimas:</td><td><b>{{ vname }}</b></td></tr><tr><td class="kk">Adresas:</td><td>{{ vaddr }}</td></tr><tr><td class="kk">Įmonės kodas:</td><td>{{ code }}</td></tr>
<tr><td class="kk">PVM mokėtojo kodas:</td><td>{{ vid }}</td></tr><tr><td class="kk">A. s.:</td><td>{{ ibanv }}</td></tr><tr><td class="kk">Bankas:</td><td>{{ bank }}</td></tr></table></td>
<td style="vertical-align:top"><div style="font-weight:bold;color:{{ color }};margin-bottom:3px">Pirkėjas</div><table class="pt">
<tr><td class="kk">Pavadinimas:</td><td><b>{{ bname }}</b></td></tr><tr><td class="kk">Adresas:</td><td>{{ baddr }}</td></tr><tr><td class="kk">Įmonės kodas:</td><td>{{ bcode }}</td></tr>
<tr><td class="kk">PVM mokėtojo kodas:</td><td>{{ bvat }}</td></tr>{% if po %}<tr><td class="kk">Užsakymo Nr.:</td><td>{{ po }}</td></tr>{% endif %}<tr><td class="kk">Važtaraštis:</td><td>{{ vaz }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>Eil. Nr.</th><th>Prekės (paslaugos) pavadinimas</th><th>Mato vnt.</th><th class="r">Kiekis</th><th class="r">Kaina be PVM, €</th><th class="r">PVM tarifas</th><th class="r">Suma be PVM, €</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:18px;font-size:9pt">
<tr><td style="padding:2px 14px">Suma be PVM</td><td class="r">{{ net }} €</td></tr>
{% for r in rates %}<tr><td style="padding:2px 14px">PVM {{ r.r }} % nuo {{ r.b }} €</td><td class="r">{{ r.t }} €</td></tr>{% endfor %}
<tr><td style="padding:2px 14px">PVM iš viso</td><td class="r">{{ tax }} €</td></tr>
<tr><td style="padding:5px 14px;font-weight:bold;font-size:11pt;color:{{ color }}">{{ tot_l }}</td><td class="r" style="font-weight:bold;font-size:11pt;color:{{ color }}">{{ total }} €</td></tr></table>
<div style="margin-top:22px;font-size:8.2pt">{{ pay }}</div>
<table style="width:100%;margin-top:34px;font-size:8pt"><tr><td>Sąskaitą išrašė: {{ clerk }}</td><td style="text-align:right">Sąskaitą priėmė: ..............................</td></tr></table>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#888">Sąskaita pateikta į i.SAF · Puslapis 1 iš 1</div>
</body></html>"""


@style("03", "lt_aly_alytus_pvm_saskaita_21_9_unruled_kreditine")
def s03(rng, i):
    vname, vaddr, color = AL_V[i]
    bname, baddr = AL_B[i].split(", ", 1)
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, AL_ROWS[i], [3, 4, 2, 4][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = "LT" + valid(rng, lambda: digits(rng, 9, True), lambda s: pvm.is_valid("LT" + s))
    bvat = "LT" + valid(rng, lambda: digits(rng, 9, True), lambda s: pvm.is_valid("LT" + s))
    ser = ["DZB", "NL", "ASK", "MD"][i]
    no = f"{ser} {rng.randint(1, 99999):06d}" if i != 3 else f"{ser} {rng.randint(100, 9999)}"
    fd = [lt_date, lambda x: x.isoformat(), lt_date, lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i in (0, 1) else None
    po = [f"U-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.year}", None, None][i]
    orig = f"{ser} {rng.randint(1, 99999):06d}" if credit else None
    tot_l = "Iš viso grąžinti" if credit else "Iš viso mokėti"
    pay = (f"Apmokėti iki {fd(due)} pavedimu į nurodytą sąskaitą. Mokėjimo paskirtyje nurodykite sąskaitos numerį." if due else
           ("Grąžintina suma bus pervesta į pirkėjo sąskaitą per 10 dienų." if credit else "Apmokėta grynaisiais pinigais prekių perdavimo metu."))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, title="KREDITINĖ PVM SĄSKAITA FAKTŪRA" if credit else "PVM SĄSKAITA FAKTŪRA", no=no, d=fd(d),
        orig=orig, origd=fd(d - dt.timedelta(days=rng.randint(10, 45))), reason="grąžintos prekės", code=digits(rng, 9, True), vid=vid,
        ibanv=group4(rand_iban(rng, "LT", 16, "73000")), bank=rng.choice(["„Swedbank“, AB", "AB SEB bankas", "AB „Šiaulių bankas“"]),
        bname=bname, baddr=baddr, bcode=digits(rng, 9, True), bvat=bvat, po=po, vaz=f"ALV {rng.randint(10000, 99999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], net=sp(net), tax=sp(tax), total=sp(total), tot_l=tot_l, pay=pay,
        clerk=rng.choice(["Rūta Jankauskienė", "Tomas Kazlauskas", "Asta Petrauskienė"]),
    )
    notes = (
        "Alytus (Lithuania) " + ("KREDITINĖ PVM SĄSKAITA FAKTŪRA (credit note: every quantity and amount NEGATIVE; the corrected invoice's number and date are decoys)" if credit else "PVM SĄSKAITA FAKTŪRA")
        + " in Lithuanian, the title and facts centred, the parties as LABEL: value rows, a table WITHOUT RULES, PVM " + " and ".join(f"{r} %" for r, _, _ in rates) + ", '1 234,56 €': "
        "vendor = 'Pardavėjas' 'Pavadinimas'; vendor_tax_id = the seller's 'PVM mokėtojo kodas' (the 'Įmonės kodas', the buyer's codes, the account and the waybill are decoys). "
        f"invoice_number = 'Serija ir Nr.' as '{no}'; invoice_date = 'Išrašymo data'. "
        + due_note(due, "Apmokėta grynaisiais" if not credit else None, "Apmokėti iki")
        + po_note(po, "Užsakymo Nr.")
        + f"subtotal = 'Suma be PVM'; tax = 'PVM iš viso'; total = '{tot_l}'. Currency EUR. Line items: every row, without PVM."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, bvat, orig]}
    return t, chk, (AL_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)
