"""Chromium (HTML) styles for set 16, part B (09 Togolese radio station's facture for an advertiser's airtime campaign,
spots per time slot with a volume discount, TVA 18 % and a broadcast grid, 10 Turkmen car wash's monthly счёт-фактура
in Russian for a company fleet under a contract, НДС 15 %, with a wash register that runs onto a second page)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import T, css, de, digits, exact_price, li, mt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 09 Togolese radio airtime (NIF, spots per slot, remise, TVA 18 %, FCFA, broadcast grid)
TG_V = [
    ("Radio Golfe Plus 98.7 FM SA", "Boulevard du 13 Janvier, BP 2214, Lomé", "#c0392b"),
    ("Radio Maritime Aného 101.3 FM SARL", "Quartier Zébé, Aného", "#1f618d"),
    ("Radio Plateau Kpalimé 94.5 FM SARL", "Route de Klouto, Kpalimé", "#117a65"),
    ("Radio Savanes Dapaong 96.1 FM SARL", "Quartier Nassablé, Dapaong", "#9a7d0a"),
]
TG_B = [("Société Togolaise des Boissons SA", "Zone portuaire, Lomé"), ("Pharmacie du Grand Marché SARL", "Rue du Commerce, Lomé"),
        ("Ets Agbéko Quincaillerie Générale", "Route d'Atakpamé, Kpalimé"), ("Banque Régionale d'Épargne du Togo SA", "Avenue de la Libération, Lomé")]
TG_SLOTS = [
    ("Spot 30'' – tranche 06h00-09h00 (Matinale)", 20, 90, 4500, 9000),
    ("Spot 30'' – tranche 12h00-14h00", 20, 90, 3500, 7000),
    ("Spot 30'' – tranche 18h00-21h00 (Prime)", 20, 90, 5000, 10000),
    ("Spot 45'' – tranche 09h00-12h00", 10, 60, 4000, 8000),
    ("Communiqué lu à l'antenne (60'')", 5, 30, 6000, 12000),
    ("Parrainage du journal de 19h00 (par édition)", 5, 30, 15000, 35000),
]
TG_CAMP = ["Lancement boisson « Fraîcheur Tropicale »", "Campagne « Semaine de la santé »", "Promotion « Rentrée des chantiers »", "Campagne « Épargne jeunes »"]


@style("09", "tg_radio_ordre_diffusion_spots")
def s09(rng, i):
    vname, vaddr, color = TG_V[i]
    bname, baddr = TG_B[i]
    d = rand_date(rng)
    start = d - dt.timedelta(days=rng.randint(20, 40))
    ndays = rng.randint(10, 14)
    items = []
    for desc, qlo, qhi, lo, hi in rng.sample(TG_SLOTS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 250, hi // 250) * 250)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q * p})
    if rng.random() < 0.7:
        p = D(rng.randint(60, 200) * 1000)
        items.append({"desc": "Production du spot (voix, musique, mixage)", "qty": D(1), "price": p, "amount": p})
    gross = sum(it["amount"] for it in items)
    disc_pct = [10, 0, 15, 5][i]
    disc = q0(gross * disc_pct / 100)
    net = gross - disc
    tax = q0(net * D("0.18"))
    total = net + tax
    nif = f"1000{digits(rng, 6)}"
    b_nif = f"1000{digits(rng, 6)}"
    no = [f"FAC-{d.year}-{rng.randint(100, 999)}", f"RMA/{rng.randint(100, 999)}/{d.strftime('%m%y')}", f"{rng.randint(2000, 4999)}", f"RSD-{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    place = ["Lomé", "Aného", "Kpalimé", "Dapaong"][i]
    fd_long = lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}"  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), fd_long, lambda x: x.strftime("%d/%m/%Y"), fd_long][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    term = ["", "Paiement à 30 jours fin de mois", "", "Paiement à la fin de la campagne"][i]
    po = [f"BC-STB-{rng.randint(1000, 9999)}", None, None, f"DA/{d.year}/{rng.randint(100, 999)}"][i]
    money = lambda x: sp(x, 0) if i != 2 else de(x, 0)  # noqa: E731
    grid_days = [start + dt.timedelta(days=k) for k in range(ndays)]
    grid = []
    for it in items:
        if "Production" in it["desc"]:
            continue
        counts = [0] * ndays
        for _ in range(int(it["qty"])):
            counts[rng.randrange(ndays)] += 1
        short = it["desc"].split(" – ")[-1].split(" (")[0] if "Spot" in it["desc"] else ("Communiqués" if "Communiqué" in it["desc"] else "Journal 19h00")
        grid.append((short, counts))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{border-top:1px solid #333;border-bottom:1px solid #333;padding:4px;font-size:7.6pt}
table.it td{padding:4px;border-bottom:1px dotted #bbb} table.tot td{padding:2px 8px} table.grid td,table.grid th{border:1px solid #ccc;font-size:6.4pt;padding:1px 2px;text-align:center}
.logo{display:inline-block;width:17mm;height:17mm;border-radius:50%;background:{{ color }};color:#fff;font-weight:bold;text-align:center;line-height:17mm;font-size:11pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:20mm"><span class="logo">{{ freq }}</span></td><td style="padding-left:8px"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }} – République Togolaise · Tél. +228 {{ tel }}</div>
<div>NIF : {{ nif }} · RCCM : {{ rccm }} · Autorisation HAAC n° {{ haac }}</div></td>
<td class="r"><div style="font-size:17pt;font-weight:bold">FACTURE</div><div style="white-space:nowrap">{{ place }}, le {{ date_long }}</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:48%;vertical-align:top"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td>
<td style="border:1px solid #999;padding:6px 8px"><div class="small">Annonceur</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF : {{ b_nif }}</td></tr></table>
<div style="margin-top:8px">Campagne : {{ camp }} – diffusion du {{ start }} au {{ end }} ({{ ndays }} jours) · Réf. campagne {{ camp_ref }}</div>
<table class="it"><tr><th style="text-align:left">Désignation</th><th class="r">Nombre</th><th class="r">Tarif unitaire</th><th class="r">Montant (FCFA)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-left:auto;margin-top:6px">{% if disc %}<tr><td>Montant brut</td><td class="r">{{ gross }}</td></tr><tr><td>Remise volume {{ disc_pct }} %</td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr><td>Montant net HT</td><td class="r">{{ net }}</td></tr><tr><td>TVA 18 %</td><td class="r">{{ tax }}</td></tr><tr><td style="border-top:2px solid {{ color }}"><b>NET À PAYER TTC</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }} FCFA</b></td></tr></table>
<div style="margin-top:6px">Arrêtée la présente facture à la somme de <b>{{ words }} francs CFA</b> toutes taxes comprises.</div>
<div class="small" style="margin-top:10px"><b>Grille de diffusion (spots diffusés par jour, certifiée par la régie)</b></div>
<table class="grid" style="width:100%"><tr><th style="text-align:left">Tranche</th>{% for g in gdays %}<th>{{ g }}</th>{% endfor %}</tr>{% for n, row in grid %}<tr><td style="text-align:left">{{ n }}</td>{% for c in row %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}</table>
<div style="margin-top:10px">Règlement par virement : {{ bank }} – RIB {{ rib }}, ou par chèque à l'ordre de {{ v_name }}.</div>
<table style="width:100%;margin-top:22px"><tr><td></td><td class="r" style="width:60mm">Le Directeur Commercial<br><br><br>Cachet et signature</td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · Société au capital de {{ capital }} FCFA · NIF {{ nif }} · Page 1/1</div>
</body></html>"""
    )
    meta = [("Facture n°", no), ("Date de facture", fd(d))]
    if po:
        meta.append(("Bon de commande", po))
    meta.append(("Date d'échéance", fd(due)) if due else ("Règlement", term))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, freq=vname.split()[-3] if i else "98.7", tel=f"{rng.choice(['22', '23', '90', '91'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", nif=nif,
        rccm=f"TG-{rng.choice(['LOM', 'LOM', 'KPA', 'DAP'])} {rng.randint(2005, 2022)} {rng.choice(['A', 'B'])} {rng.randint(100, 9999)}", haac=f"{rng.randint(10, 99)}/HAAC/{rng.randint(2008, 2020)}",
        place=place, date_long=fd_long(d), meta=meta, b_name=bname, b_addr=baddr, b_nif=b_nif, camp=TG_CAMP[i], start=fd(start), end=fd(start + dt.timedelta(days=ndays - 1)), ndays=ndays, camp_ref=f"CP-{rng.randint(100, 999)}",
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        disc=money(disc) if disc else None, disc_pct=disc_pct, gross=money(gross), net=money(net), tax=money(tax), total=money(total), words=fr_words(int(total)),
        gdays=[g.strftime("%d/%m") for g in grid_days], grid=grid, bank=rng.choice(["Orabank Togo", "Ecobank Togo", "Banque Togolaise pour le Commerce et l'Industrie", "Société Générale Togo"]),
        rib=f"TG{rng.randint(100, 999)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}", capital=money(D(rng.choice([1, 5, 10, 25])) * 1000000),
    )
    notes = (
        "Togolese radio station's FACTURE for an advertiser's airtime campaign: vendor = the station's legal name (SA/SARL) at the top; vendor tax id = 'NIF' (10 digits, no public checksum: random); the advertiser's NIF, the RCCM, the HAAC licence, the campaign reference and the RIB are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date de facture' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "'12 mars 2026'"][i] + f"), also in '{place}, le …'; the campaign dates and the broadcast grid's days are decoys. "
        + ("due = \"Date d'échéance\". " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + ("subtotal = 'Montant net HT' (after the volume discount; 'Montant brut' and the discount are totals rows, not lines: the lines sum to the gross); " if disc else "subtotal = 'Montant net HT'; ")
        + "tax = 'TVA 18 %'; total = 'NET À PAYER TTC'. The amount in words repeats the total. Currency XOF ('FCFA'), whole francs '"
        + ("1.234.567" if i == 2 else "1 234 567") + "'. Line items: every row of the table (amount = 'Montant (FCFA)'; quantity 'Nombre': spots, editions; production 1); the grid's counts are decoys."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [fd(d), fd(due) if due else None, "NIF : " + nif, no, po, vname, "FCFA"], "line_adjustment": str(-disc)}
    return t, chk, (html, ctx)


# =========================================================================== 10 Turkmen car wash fleet contract (Russian, ИНН, НДС 15 %, манат, wash register)
TM_V = [
    ("Хозяйственное общество «Ak Ýol Hyzmat»", "г. Ашхабад, ул. Гёроглы, 48", "#1a5276"),
    ("Хозяйственное общество «Arassa Ulag»", "г. Ашхабад, проспект Битарап Туркменистан, 536", "#0e6655"),
    ("Хозяйственное общество «Berkarar Awto»", "г. Мары, ул. Махтумкули, 12", "#784212"),
    ("Индивидуальный предприниматель Мурадов Довлет Акмурадович", "г. Туркменабат, ул. Сейди, 7", "#4a235a"),
]
TM_B = [("ХО «Gündogar Logistika»", "г. Ашхабад, ул. Атамурада Ниязова, 112"), ("Представительство компании «Caspian Drilling Services Ltd» в Туркменистане", "г. Ашхабад, ул. 2127 (Гарашсызлык), 54"),
        ("ХО «Altyn Sähra Gurluşyk»", "г. Мары, промзона, 3"), ("ХО «Amyderýa Taksi»", "г. Туркменабат, ул. Шатлык, 21")]
TM_WORK = [
    ("Мойка кузова легкового автомобиля", "легковой", 20, 90, "35.00", "60.00"),
    ("Комплексная мойка внедорожника (кузов + салон)", "внедорожник", 8, 40, "80.00", "150.00"),
    ("Мойка микроавтобуса / автобуса", "микроавтобус", 6, 30, "70.00", "140.00"),
    ("Мойка грузового автомобиля, самосвала", "грузовой", 4, 24, "150.00", "300.00"),
    ("Химчистка салона", "легковой", 1, 8, "250.00", "600.00"),
    ("Мойка двигателя с консервацией", "внедорожник", 1, 10, "80.00", "160.00"),
    ("Полировка кузова защитным составом", "легковой", 1, 6, "300.00", "700.00"),
]


@style("10", "tm_avtomoyka_avtopark_dogovor")
def s10(rng, i):
    vname, vaddr, color = TM_V[i]
    bname, baddr = TM_B[i]
    d = rand_date(rng)
    month_end = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for desc, kind, qlo, qhi, lo, hi in rng.sample(TM_WORK, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"desc": desc, "kind": kind, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    inn = digits(rng, 12, True)
    b_inn = digits(rng, 12, True)
    no = [f"{rng.randint(10, 999)}", f"AU-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"{rng.randint(10, 99)}-{d.month:02d}"][i]
    fd_long = lambda x: f"«{x.day:02d}» {MONTHS['ru_gen'][x.month - 1]} {x.year} г."  # noqa: E731
    fd = [lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г.", lambda x: x.strftime("%d.%m.%Y"), fd_long, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[10, 0, 15, 0][i]) if i in (0, 2) else None
    term = ["", "Оплата в течение 10 банковских дней с даты выставления счёта", "", "Оплата по факту оказания услуг"][i]
    po = [None, f"PR-{rng.randint(10000, 99999)}", None, None][i]
    contract = f"№ {rng.randint(1, 60)}/{d.year - rng.randint(0, 1)}"
    contract_d = d - dt.timedelta(days=rng.randint(90, 400))
    total_top = i in (1, 3)
    plates = [f"{rng.choice(['AG', 'MR', 'LB', 'AH'])} {rng.randint(1000, 9999)} {rng.choice(['AG', 'MR', 'LB', 'AH'])}" for _ in range(rng.randint(6, 12))]
    reg, ticket = [], rng.randint(1000, 8000)
    for it in items:
        left = int(it["qty"])
        days = sorted(rng.sample(range(1, month_end.day + 1), min(left, rng.randint(3, 8))))
        for k, day in enumerate(days):
            n = left if k == len(days) - 1 else rng.randint(1, max(1, left - (len(days) - k - 1)) // 2 + 1)
            n = min(n, left - (len(days) - k - 1))
            left -= n
            reg.append((month_end.replace(day=day), it["kind"], it["desc"].split(" (")[0], n, ", ".join(rng.sample(plates, min(n, 3))) + (" …" if n > 3 else "")))
    reg.sort(key=lambda r: (r[0], r[2]))
    reg = [(w, k, s, n, p, f"{ticket + j * 7}–{ticket + j * 7 + n - 1}") for j, (w, k, s, n, p) in enumerate(reg)]
    money = lambda x: sp(x)  # noqa: E731
    period = f"{MONTHS['ru_nom'][month_end.month - 1]} {month_end.year} г."
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm 14mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.small{font-size:7pt;color:#555} table.g{width:100%;margin-top:8px} table.g td,table.g th{border:1px solid #555;padding:3px 4px} table.g th{background:#eee;font-size:7.4pt}
table.reg{width:100%} table.reg td,table.reg th{border:1px solid #aaa;padding:2px 4px;font-size:7pt} .hd{color:{{ color }}} .box{border:2px solid {{ color }};padding:5px 9px}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:12.5pt;font-weight:bold">{{ v_name }}</div><div>Автомойка и детейлинг · {{ v_addr }}, Туркменистан</div><div>Тел.: +993 {{ tel }}</div></td>
{% if total_top %}<td class="r" style="width:60mm"><div class="box"><div class="small">Сумма к оплате</div><b style="font-size:12pt">{{ total }} ман.</b></div></td>{% endif %}</tr></table>
<table class="g" style="margin-top:10px"><tr><td style="width:50%">Банк получателя: {{ bank }}<br>МФО {{ mfo }}</td><td>ИНН {{ inn }}<br>Расчётный счёт № {{ acct }}</td></tr></table>
<div style="text-align:center;margin-top:12px;font-size:13pt;font-weight:bold">СЧЁТ-ФАКТУРА № {{ no }}</div><div style="text-align:center">от {{ date }}</div>
<table style="margin-top:8px">{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0;vertical-align:top">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table>
<table class="g"><tr><th>№</th><th style="text-align:left">Наименование услуги</th><th>Ед. изм.</th><th>Кол-во</th><th>Цена, ман.</th><th>Сумма без НДС, ман.</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">мойка</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r">Итого без НДС:</td><td class="r">{{ net }}</td></tr><tr><td colspan="5" class="r">НДС 15 %:</td><td class="r">{{ tax }}</td></tr><tr><td colspan="5" class="r"><b>Всего к оплате с НДС:</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:6px">Всего оказано услуг на сумму {{ total }} манат, в том числе НДС {{ tax }} манат. Валюта: TMT.</div>
<table style="width:100%;margin-top:24px"><tr><td>Руководитель ______________ {{ boss }}</td><td>Главный бухгалтер ______________ {{ acc }}</td></tr></table>
<div class="small" style="margin-top:4px">М.П.</div>
<div style="page-break-before:always"></div>
<div style="font-weight:bold;margin-bottom:4px">Приложение к счёт-фактуре № {{ no }}: журнал моек автотранспорта заказчика за {{ period }}</div>
<table class="reg"><tr><th>Дата</th><th>Тип ТС</th><th>Услуга</th><th>Кол-во моек</th><th>Гос. номера</th><th>Талоны №</th></tr>{% for a, b, c, n, e, f in reg %}<tr><td>{{ a }}</td><td>{{ b }}</td><td>{{ c }}</td><td class="c">{{ n }}</td><td>{{ e }}</td><td>{{ f }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:8px">Журнал сверен с путевыми листами заказчика. Претензии по качеству мойки принимаются в день оказания услуги.</div>
</body></html>"""
    )
    meta = [("Поставщик:", f"{vname}, ИНН {inn}, {vaddr}"), ("Покупатель:", f"{bname}, ИНН {b_inn}, {baddr}"), ("Основание:", f"Договор {contract} от {contract_d.strftime('%d.%m.%Y')}"), ("Период оказания услуг:", period)]
    if po:
        meta.append(("Заявка покупателя:", po))
    meta.append(("Срок оплаты:", f"до {fd(due)}") if due else ("Условия оплаты:", term))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"12 {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}" if i < 2 else f"{rng.choice(['522', '422'])} {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
        total_top=total_top, bank=rng.choice(["ГКБ «Туркменистан»", "ГКБ «Туркменбаши»", "АКБ «Халкбанк»", "ГКБ «Дайханбанк»"]), mfo=f"39{digits(rng, 7)}", inn=inn, acct=f"23202934{digits(rng, 12)}",
        no=no, date=fd(d), meta=meta, period=period, boss=rng.choice(["Атаев Б. М.", "Мурадов Д. А.", "Оразова Г. К.", "Бердыев С. Т."]), acc=rng.choice(["Ильясова Л. Р.", "Каррыева О. Б.", "Сапаров Р. Н."]),
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items], net=money(net), tax=money(tax), total=money(total),
        reg=[(w.strftime("%d.%m.%Y"), k, s, n, p, tk) for w, k, s, n, p, tk in reg],
    )
    notes = (
        "Turkmen car wash's СЧЁТ-ФАКТУРА in Russian for a month of fleet washes under a contract: vendor = the supplier's name in the letterhead and the 'Поставщик:' row ("
        + ("an individual entrepreneur" if i == 3 else "a Хозяйственное общество with its name in «»") + "); vendor tax id = its 'ИНН' (12 digits, no public checksum: random), printed in the bank box and the supplier row; the buyer's ИНН, the МФО, the account, the contract and the wash tickets are decoys. "
        "invoice_number = the number after 'СЧЁТ-ФАКТУРА №'; invoice_date = 'от …' under the title (" + ["'12 марта 2026 г.'", "dd.mm.yyyy", "'«12» марта 2026 г.'", "dd.mm.yyyy"][i] + "); the contract date, the service month and the register's dates are decoys. "
        + ("due = 'Срок оплаты: до …'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Заявка покупателя:' {po}. " if po else "No PO. ")
        + "subtotal = 'Итого без НДС:'; tax = 'НДС 15 %:'; total = 'Всего к оплате с НДС:'" + (" (also in the 'Сумма к оплате' box at the top)" if total_top else "")
        + ". Currency TMT (printed 'ман.', 'манат' and 'TMT'). Amounts '1 234,56'. Line items: the numbered rows on page 1 (amount = 'Сумма без НДС'; quantity 'Кол-во': washes); page 2's wash register (washes per day, which add up to the quantities) is a decoy, not lines."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=inn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="TMT", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "ИНН " + inn, "СЧЁТ-ФАКТУРА № " + no, po, vname, "ман."], (html, ctx)
