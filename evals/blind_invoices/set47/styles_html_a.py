"""Chromium (HTML) styles for set 47, first part (01 Shymkent supplier's СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid
with НДС 12 % (2025) or 16 % (from 2026) per row and tenge '1 234 567,00', 02 Kota Kinabalu restaurant's INVOIS /
RESIT in Malay on an 80 mm ROLL with service tax 6 % on the subtotal, 03 Cap-Haïtien professional's FACTURE as a
LETTER in French with the facts in running text, TCA 10 % and an acompte below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import kz_bin_ok, ms_date, ru_date
from invoice_kit import css, digits, en, iban, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, fr_date, lines, po_note, qr_svg, truth
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Shymkent (НДС 12 / 16 %, KZT), fully ruled grid
SH_V = [
    ("ТОО «Шымкент Агро Трейд»", "г. Шымкент, Абайский район, пр. Тауке хана, 48"),
    ("ТОО «Оңтүстік Құрылыс Материалдары»", "г. Шымкент, ул. Байтурсынова, 112"),
    ("ИП «Сайрам Текстиль»", "Туркестанская обл., Сайрамский р-н, с. Аксукент, ул. Жибек жолы, 7"),
    ("ТОО «South Petro Service»", "г. Шымкент, Енбекшинский район, ул. Рыскулова, 3А"),
]
SH_B = [
    ("ТОО «Алматы Фуд Ритейл»", "г. Алматы, пр. Аль-Фараби, 77/8"),
    ("ТОО «Тараз Строй Инвест»", "г. Тараз, ул. Толе би, 20"),
    ("АО «Туркестан Отель Групп»", "г. Туркестан, ул. Тауке хана, 1"),
    ("ТОО «Кызылорда Энерго Сервис»", "г. Кызылорда, ул. Коркыт Ата, 15"),
]
SH_ROWS = [
    ("Хлопок-волокно, тип 4, 1 сорт", "тонна", 1, 20, 520000, 780000),
    ("Мука пшеничная высшего сорта, 50 кг", "мешок", 10, 400, 9800, 13500),
    ("Масло хлопковое рафинированное, 5 л", "шт", 20, 600, 3900, 5600),
    ("Цемент ПЦ 400 Д20, 50 кг", "мешок", 20, 800, 2100, 2900),
    ("Кирпич керамический М-150", "шт", 500, 12000, 48, 85),
    ("Арматура А500С, ф12", "тонна", 1, 15, 298000, 365000),
    ("Профнастил С-8, 0,45 мм", "м²", 20, 900, 2400, 3900),
    ("Ткань хлопчатобумажная бязь, 220 см", "метр", 50, 3000, 680, 1250),
    ("Полотенце махровое 70x140", "шт", 20, 500, 2300, 4200),
    ("Дизельное топливо ДТ-Л-К5", "литр", 500, 20000, 295, 340),
    ("Масло моторное 10W-40, 20 л", "канистра", 2, 60, 24000, 39000),
    ("Перевозка груза автотранспортом", "рейс", 1, 6, 45000, 180000),
    ("Погрузочно-разгрузочные работы", "час", 2, 40, 4500, 8000),
    ("Хлопковый шрот, мешок 40 кг", "мешок", 10, 300, 5200, 7800),
    ("Поддон деревянный 1200x800", "шт", 5, 80, 2800, 4200),
    ("Пленка стрейч 500 мм", "рулон", 5, 60, 3600, 5200),
]
SH_HTML = """<html lang="ru"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse;margin-top:6px} table.g td,table.g th{border:0.6pt solid #000;padding:2px 3px;font-size:7.2pt} table.g th{background:#eee;font-weight:normal;text-align:center}
.r{text-align:right;white-space:nowrap} .small{font-size:6.8pt}
</style></head><body>
<div class="small" style="text-align:right">Приложение 1 к приказу Министра финансов РК<br>ЭСФ рег. № {{ esf }}</div>
<h2 style="text-align:center;margin:6px 0 2px;font-size:12.5pt">СЧЕТ-ФАКТУРА № {{ no }}</h2>
<div style="text-align:center;font-size:9pt">от {{ date }}</div>
<table style="width:100%;font-size:8pt;margin-top:8px">
<tr><td style="width:30%">Поставщик:</td><td><b>{{ vname }}</b></td></tr>
<tr><td>БИН поставщика:</td><td>{{ vid }}</td></tr>
<tr><td>Адрес места нахождения:</td><td>{{ vaddr }}</td></tr>
<tr><td>ИИК поставщика:</td><td>{{ viban }} в {{ vbank }}, БИК {{ vbic }}</td></tr>
<tr><td>Договор (контракт) на поставку:</td><td>{{ contract }}</td></tr>
{% if po %}<tr><td>Заказ покупателя:</td><td>№ {{ po }}</td></tr>{% endif %}
{% if wb %}<tr><td>Накладная:</td><td>№ {{ wb }} от {{ wbdate }}</td></tr>{% endif %}
<tr><td>Получатель (покупатель):</td><td>{{ bname }}</td></tr>
<tr><td>БИН покупателя:</td><td>{{ bid }}</td></tr>
<tr><td>Адрес:</td><td>{{ baddr }}</td></tr>
{% if showcur %}<tr><td>Валюта:</td><td>KZT (тенге)</td></tr>{% endif %}
</table>
<table class="g"><tr><th>№</th><th>Наименование товаров (работ, услуг)</th><th>Ед. изм.</th><th>Кол-во</th><th>Цена (тариф) за единицу, {{ cur_h }}</th><th>Стоимость без НДС, {{ cur_h }}</th><th>НДС ставка</th><th>НДС сумма</th><th>Всего стоимость реализации</th></tr>
<tr class="small" style="text-align:center"><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td></tr>
{% for it in items %}<tr><td class="r">{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ rate }}%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td></td><td colspan="4">Всего по счету:</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<div style="margin-top:8px;font-size:8pt">Всего к оплате: <b>{{ total }} {{ cur_w }}</b>{% if due %} · Срок оплаты: до {{ due }}{% endif %}</div>
<table style="width:100%;margin-top:22px;font-size:8pt"><tr><td>Руководитель: ____________ {{ boss }}</td><td>Главный бухгалтер: ____________ {{ acc }}</td></tr>
<tr><td style="padding-top:10px">Выдал (ответственное лицо поставщика): ____________</td><td style="padding-top:10px">М.П.</td></tr></table>
<div class="small" style="margin-top:12px">Доверенность № {{ proxy }} · КБе 17 · КНП 710 · Код ОКЭД {{ oked }}</div>
</body></html>"""


@style("01", "kz_cit_shymkent_schet_faktura_nds_12_16_ruled")
def s01(rng, i):
    vname, vaddr = SH_V[i]
    bname, baddr = SH_B[i]
    d = [rand_date(rng, dt.date(2025, 2, 1), dt.date(2025, 12, 20)), rand_date(rng, dt.date(2026, 1, 10), dt.date(2026, 11, 20)), rand_date(rng, dt.date(2026, 1, 10), dt.date(2026, 11, 20)), rand_date(rng, dt.date(2025, 2, 1), dt.date(2025, 12, 20))][i]
    rate = D(12) if d.year < 2026 else D(16)
    items = lines(rng, SH_ROWS, [1, 6, 14, 3][i], D("1"))
    for x in items:
        x["tax"] = q2(x["amount"] * rate / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: rng.choice(["01", "05", "11", "13", "17"]) + rng.choice("0145") + digits(rng, 9), kz_bin_ok)
    bid = valid(rng, lambda: rng.choice(["02", "07", "10", "15"]) + rng.choice("0145") + digits(rng, 9), kz_bin_ok)
    no = [f"{rng.randint(10, 999)}", f"ШАТ-{rng.randint(1000, 9999)}", f"{rng.randint(1, 99)}/{d.strftime('%m')}", f"SPS-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [ru_date, lambda x: x.strftime("%d.%m.%Y"), ru_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 20, 30])) if i in (1, 3) else None
    po = [None, f"З-{rng.randint(100, 999)}", None, f"{rng.randint(4500000000, 4599999999)}"][i]
    cdate = d - dt.timedelta(days=rng.randint(20, 400))
    viban = iban("KZ", rng.choice(["601", "722", "998", "949"]) + digits(rng, 13))
    showcur = i in (0, 2)
    ctx = dict(
        esf=f"ESF-{digits(rng, 12)}-{digits(rng, 6)}", no=no, date=fd(d), vname=vname, vid=vid, vaddr=vaddr, viban=viban,
        vbank=rng.choice(["АО «Халык Банк Казахстана»", "АО «Kaspi Bank»", "АО «ForteBank»", "АО «Банк ЦентрКредит»"]), vbic=rng.choice(["HSBKKZKX", "CASPKZKA", "IRTYKZKA", "KCJBKZKX"]),
        contract=f"№ {rng.randint(1, 150)}/{cdate.strftime('%y')} от {cdate.strftime('%d.%m.%Y')}", po=po,
        wb=f"{rng.randint(100, 9999)}" if i != 0 else None, wbdate=d.strftime("%d.%m.%Y"), bname=bname, bid=bid, baddr=baddr, showcur=showcur,
        cur_h="KZT" if showcur else "тенге", cur_w="тенге", rate=rate,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"]), "t": sp(x["tax"]), "g": sp(x["amount"] + x["tax"])} for x in items],
        net=sp(net), tax=sp(tax), total=sp(total), due=fd(due) if due else None,
        boss=rng.choice(["Жумабеков А.С.", "Ташполатов Б.Р.", "Ахметова Г.К.", "Юсупов Д.М."]), acc=rng.choice(["Садыкова Н.А.", "Ким Е.В.", "Рахимова С.Т."]),
        proxy=f"{rng.randint(1, 300)} от {d.strftime('%d.%m.%Y')}", oked=f"{rng.randint(10000, 99999)}",
    )
    notes = (
        f"Shymkent (Kazakhstan) supplier's СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid with column numbers, НДС {rate} % PER ROW ({'2025: 12 %' if rate == 12 else 'from 2026: 16 %'}), tenge '1 234 567,00': "
        "vendor = 'Поставщик'; vendor_tax_id = 'БИН поставщика' (12 digits; the buyer's БИН, the ИИК (IBAN), БИК, ESF registration number, contract, waybill, power of attorney, OKED are decoys). "
        "invoice_number = 'СЧЕТ-ФАКТУРА №'; invoice_date = 'от' (" + ["Russian long date", "dd.mm.yyyy", "Russian long date", "dd.mm.yyyy"][i] + "). "
        + due_note(due, None, "Срок оплаты: до")
        + po_note(po, "Заказ покупателя №")
        + "subtotal = column 6 total 'Стоимость без НДС'; tax = column 8 total 'НДС сумма'; total = 'Всего по счету' column 9 / 'Всего к оплате'. "
        + ("Currency shown as 'Валюта: KZT (тенге)'" if showcur else "Currency only as 'тенге' in the column headers and the payable line") + ": KZT. Line items: every row, the value before НДС."
    )
    t = truth(vname, vid, no, po, d, due, "KZT", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, viban, "Всего по счету:", fd(due) if due else None]}
    return t, chk, (SH_HTML.replace("@@BASE@@", css(margin="11mm 10mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Kota Kinabalu (service tax 6 % on F&B, MYR), 80 mm roll
KK_V = [
    ("Restoran Seri Kinabalu Sdn. Bhd.", "Lot 12, Jalan Gaya, 88000 Kota Kinabalu, Sabah", "Cawangan Jalan Gaya"),
    ("Kedai Kopi Api-Api Sdn. Bhd.", "Blok B, Lot 5, Api-Api Centre, 88000 Kota Kinabalu, Sabah", "Api-Api Centre"),
    ("Tanjung Aru Seafood Sdn. Bhd.", "Jalan Mat Salleh, Tanjung Aru, 88100 Kota Kinabalu, Sabah", "Tanjung Aru"),
    ("Kafe Likas Bay Enterprise", "G-07, Likas Square, Jalan Istiadat, 88400 Kota Kinabalu", "Likas"),
]
KK_ROWS = [
    ("Nasi Lemak Ayam", "", 1, 4, "9.90", "14.90"), ("Mee Goreng Basah", "", 1, 3, "8.50", "12.90"), ("Tuaran Mee", "", 1, 3, "10.50", "15.90"),
    ("Ikan Bakar Kerapu (per 100g)", "", 3, 8, "6.80", "9.80"), ("Udang Masak Lemak", "", 1, 2, "28.00", "42.00"), ("Sayur Manis Goreng", "", 1, 2, "12.00", "18.00"),
    ("Hinava Ikan", "", 1, 2, "14.00", "22.00"), ("Nasi Putih", "", 1, 8, "2.00", "3.00"), ("Teh Tarik", "", 1, 6, "2.80", "4.50"),
    ("Kopi O Ais", "", 1, 6, "2.50", "4.00"), ("Air Limau Kasturi", "", 1, 6, "3.50", "5.50"), ("Milo Dinosaur", "", 1, 4, "6.50", "8.90"),
    ("Roti Canai", "", 1, 6, "1.80", "2.80"), ("Laksa Sabah", "", 1, 4, "11.90", "16.90"), ("Ayam Goreng Berempah", "", 1, 4, "9.50", "14.50"),
    ("Sotong Goreng Tepung", "", 1, 2, "22.00", "32.00"), ("Kangkung Belacan", "", 1, 2, "10.00", "15.00"), ("Kuih Lapis (set)", "", 1, 4, "4.50", "7.50"),
    ("Cendol Durian", "", 1, 4, "7.90", "11.90"), ("Jus Tembikai", "", 1, 4, "5.50", "7.90"), ("Air Mineral 500ml", "", 1, 8, "1.80", "2.50"),
    ("Sup Tulang", "", 1, 2, "13.90", "19.90"), ("Tom Yam Campur", "", 1, 2, "16.90", "24.90"), ("Pisang Goreng", "", 1, 3, "5.00", "8.00"),
    ("Nasi Goreng Kampung", "", 1, 4, "9.90", "13.90"),
]
KK_HTML = """<html lang="ms"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:9.5pt">{{ vname }}</b>{% if regno %}<br>({{ regno }}){% endif %}<br>{{ vaddr }}<br>Tel: 088-{{ tel }}<br>No. Pendaftaran SST: {{ vid }}{% if tin %}<br>TIN: {{ tin }}{% endif %}</div><hr>
<div class="c"><b>{{ title }}</b></div>
<table><tr><td>No. Invois</td><td class="r">{{ no }}</td></tr><tr><td>Tarikh</td><td class="r">{{ date }} {{ time }}</td></tr><tr><td>Meja {{ table }} · Pax {{ pax }}</td><td class="r">Juruwang: {{ cashier }}</td></tr>{% if po %}<tr><td>No. Tempahan</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table><tr><td>Item</td><td class="r">Jumlah ({{ cur }})</td></tr>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Jumlah Kecil</td><td class="r">{{ net }}</td></tr><tr><td>Cukai Perkhidmatan 6%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-size:10pt;font-weight:bold"><td>JUMLAH BESAR</td><td class="r">{{ cur }} {{ total }}</td></tr></table><hr>
<table>{% if cash %}<tr><td>TUNAI</td><td class="r">{{ tend }}</td></tr><tr><td>BAKI</td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>{{ pay }}</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">Ruj. {{ ref }}</td></tr>{% endif %}</table><hr>
<div class="c">Terima kasih, sila datang lagi!<br>Harga termasuk caj perkhidmatan 0%<br>{{ qr|safe }}<br>e-Invois MyInvois: imbas kod QR dalam 72 jam</div>
</body></html>"""


@style("02", "my_bki_kota_kinabalu_invois_resit_roll_sst_6")
def s02(rng, i):
    vname, vaddr, branch = KK_V[i]
    d = rand_date(rng, dt.date(2025, 3, 1))
    items = lines(rng, KK_ROWS, [3, 9, 1, 22][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.06"))
    total = net + tax
    vid = f"S10-{digits(rng, 4)}-{digits(rng, 8)}"
    tin = f"C{digits(rng, 10, True)}0" if i != 3 else None
    regno = f"{rng.randint(1990, 2022)}01{digits(rng, 6)} ({rng.randint(100000, 999999)}-{rng.choice('ADHKPTUVW')})" if i != 3 else None
    no = [f"INV{digits(rng, 7)}", f"{branch[:2].upper()}-{rng.randint(10000, 99999)}", f"B{rng.randint(100, 999)}/{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), ms_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    cash = i in (1, 2)
    tend = (total // 10 + 1) * 10 if cash else None
    cur = "RM" if i != 2 else "MYR"
    po = f"TMP{rng.randint(1000, 9999)}" if i == 1 else None
    ctx = dict(
        vname=vname, regno=regno, vaddr=vaddr, tel=f"{rng.randint(200, 299)} {rng.randint(100, 999)}", vid=vid, tin=tin, title=["INVOIS / RESIT", "RESIT RASMI / INVOIS", "INVOIS", "RESIT"][i],
        no=no, date=fd(d), time=f"{rng.randint(11, 22):02d}:{rng.randint(0, 59):02d}", table=rng.randint(1, 40), pax=rng.randint(1, 8), cashier=rng.choice(["Aina", "Faizal", "Siti", "Jonathan", "Mei Ling"]),
        po=po, cur=cur, items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), cash=cash, tend=en(tend) if cash else None, change=en(tend - total) if cash else None,
        pay=rng.choice(["KAD DEBIT", "DuitNow QR", "Touch 'n Go eWallet", "KAD KREDIT"]), ref=digits(rng, 12), qr=qr_svg(rng, 22),
    )
    page = f"80mm {int(135 + 7.4 * len(items))}mm"
    notes = (
        "Kota Kinabalu (Sabah, Malaysia) restaurant's " + ctx["title"] + " in Malay on an 80 mm ROLL, monospace, '1,234.56': "
        "vendor = the name at the top; vendor_tax_id = 'No. Pendaftaran SST' (the service tax registration; the TIN, company registration numbers, table, pax, payment reference are decoys). "
        "invoice_number = 'No. Invois'; invoice_date = 'Tarikh' (" + ["dd/mm/yyyy", "Malay long date", "dd-mm-yyyy", "dd/mm/yy"][i] + ", with the time). "
        + due_note(None, None, "")
        + po_note(po, "No. Tempahan")
        + "subtotal = 'Jumlah Kecil'; tax = 'Cukai Perkhidmatan 6%'; total = 'JUMLAH BESAR'" + (" (cash tendered 'TUNAI' and change 'BAKI' are decoys)" if cash else "")
        + f". Currency MYR (shown as '{cur}'). Line items: every dish/drink."
    )
    t = truth(vname, vid, no, po, d, None, "MYR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "JUMLAH BESAR", "Cukai Perkhidmatan 6%"]}
    return t, chk, (KK_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.6pt")), ctx)


# =========================================================================== 03 Cap-Haïtien (TCA 10 %, HTG), letter, facts in running text
CP_V = [
    ("Cabinet Jean-Baptiste & Associés", "Me Rose-Marie Jean-Baptiste, avocate", "Rue 17 B, Cap-Haïtien, Haïti", ["Consultation et rédaction d'un contrat de bail commercial", "Représentation à l'audience du tribunal de première instance", "Recherche au registre foncier de la DGI"]),
    ("Bureau d'Études Citadelle", "Ing. Marc-Aurèle Pierre-Louis", "Boulevard du Cap, Carénage, Cap-Haïtien", ["Étude de structure d'un bâtiment de deux niveaux", "Visite de chantier et rapport de contrôle", "Plans d'exécution et métrés"]),
    ("Cabinet Comptable Vertières", "Jocelyne Célestin, CPA", "Rue 24 A, Cap-Haïtien, Haïti", ["Tenue de la comptabilité mensuelle", "Préparation de la déclaration définitive d'impôt", "Déclarations mensuelles de TCA"]),
    ("Atelier Traduction du Nord", "Fabienne Augustin, traductrice assermentée", "Rue 12, Quartier Bas-Ville, Cap-Haïtien", ["Traduction d'actes de naissance (anglais-français)", "Traduction certifiée d'un relevé de notes", "Interprétation lors d'une réunion"]),
]
CP_HTML = """<html lang="fr-HT"><head><meta charset="utf-8"><style>@@BASE@@
body{line-height:1.55} p{margin:0 0 9px 0;text-align:justify} .r{text-align:right;white-space:nowrap}
table.s{border-collapse:collapse;margin:4px 0 10px 0;width:86%} table.s td{padding:2px 6px;border-bottom:0.5pt solid #999}
</style></head><body>
<div style="border-bottom:1.5pt solid #1e3a8a;padding-bottom:6px"><div style="font-size:15pt;color:#1e3a8a">{{ vname }}</div><div>{{ person }} · {{ vaddr }}</div><div style="font-size:8pt">Tél. +509 {{ tel }} · NIF {{ vid }}{% if cin %} · CIN {{ cin }}{% endif %}</div></div>
<div style="text-align:right;margin:16px 0">Cap-Haïtien, le {{ date }}</div>
<div style="margin-bottom:14px">{{ bname }}<br>{{ baddr }}{% if bnif %}<br>NIF {{ bnif }}{% endif %}</div>
<p><b>Objet : Facture n° {{ no }}</b>{% if po %} — votre bon de commande n° {{ po }}{% endif %}</p>
<p>{{ greet }},</p>
<p>Pour faire suite à {{ ref_txt }}, je vous prie de trouver ci-dessous le détail de nos honoraires.</p>
{% if table %}<table class="s">{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.a }} HTG</td></tr>{% endfor %}</table>
<p>Le montant des honoraires s'élève à {{ net }} gourdes, auquel s'ajoute la TCA de 10 %, soit {{ tax }} gourdes, pour un total de <b>{{ total }} gourdes</b> ({{ words }} gourdes).</p>
{% else %}{% for it in items %}<p>{{ it.d }} : {{ it.a }} gourdes.</p>{% endfor %}
<p>Soit un total hors taxe de {{ net }} gourdes ; la taxe sur le chiffre d'affaires (TCA, 10 %) s'élève à {{ tax }} gourdes, et le montant TTC à <b>{{ total }} gourdes</b>.</p>{% endif %}
{% if dep %}<p>Nous déduisons l'acompte de {{ dep }} gourdes reçu le {{ depdate }} ; le solde restant dû est donc de {{ bal }} gourdes.</p>{% endif %}
<p>{% if due %}Nous vous saurions gré de bien vouloir régler cette facture au plus tard le {{ due }}{% else %}Cette facture est payable à réception{% endif %}, par virement sur notre compte n° {{ acct }} à la {{ bank }}{% if usd %} (contre-valeur indicative : {{ usd }} dollars américains au taux de référence de la BRH de {{ rate }}){% endif %}.</p>
<p>Veuillez agréer, {{ greet }}, l'expression de nos salutations distinguées.</p>
<div style="margin-top:26px">{{ person }}</div>
<div style="font-size:7.5pt;color:#555;margin-top:30px;border-top:0.5pt solid #aaa;padding-top:4px">Patente n° {{ patente }} · Immatriculation ONA {{ ona }} · Membre de l'Ordre — {{ vname }}</div>
</body></html>"""


@style("03", "ht_cap_cap_haitien_facture_lettre_tca_10_acompte")
def s03(rng, i):
    vname, person, vaddr, svc = CP_V[i]
    d = rand_date(rng)
    n = [1, 3, 2, 3][i]
    items = []
    for s in rng.sample(svc, n):
        a = D(rng.randint(80, 900) * 100)
        items.append({"desc": s, "unit": "", "qty": None, "price": a, "amount": a})
    net = sum(x["amount"] for x in items)
    tax = q2(net / 10)
    total = net + tax
    vid = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(0, 9)}"
    bnif = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(0, 9)}" if i in (0, 2, 3) else None
    no = [f"{d.year}-{rng.randint(10, 99)}", f"BEC/{rng.randint(100, 999)}/{d.strftime('%y')}", f"F{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}"][i]
    table_ = i in (1, 2)
    dep = D(rng.randint(20, 60) * 500) if i in (0, 1, 3) else None
    if dep and dep >= total:
        dep = q2(total / 3)
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 2) else None
    po = f"BC-{rng.randint(1000, 9999)}" if i == 1 else None
    bn = [("Société Immobilière du Nord S.A.", "Rue 5, Cap-Haïtien"), ("M. et Mme Dorvil", "Route de Milot, Limonade"), ("Boulangerie La Belle Créole", "Rue 11 H, Cap-Haïtien"), ("Mlle Nathalie Exantus", "Delmas 33, Port-au-Prince")][i]
    usd = en(q2(total / D("131.25"))) if i == 2 else None
    ctx = dict(
        vname=vname, person=person, vaddr=vaddr, tel=f"{rng.randint(2800, 4999)}-{rng.randint(1000, 9999)}", vid=vid, cin=f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 5)}" if i == 3 else None,
        date=fr_date(d), bname=bn[0], baddr=bn[1], bnif=bnif, no=no, po=po, greet=["Maître", "Madame, Monsieur", "Madame, Monsieur", "Mademoiselle"][i] if i else "Messieurs",
        ref_txt=rng.choice(["votre demande du mois dernier", "notre entretien téléphonique", "la mission que vous nous avez confiée", "notre lettre de mission signée"]),
        table=table_, items=[{"d": x["desc"], "a": en(x["amount"])} for x in items], net=en(net), tax=en(tax), total=en(total), words=fr_words(total),
        dep=en(dep) if dep else None, depdate=fr_date(d - dt.timedelta(days=rng.randint(10, 60))), bal=en(total - dep) if dep else None,
        due=fr_date(due) if due else None, acct=f"{digits(rng, 3, True)}-{digits(rng, 7)}", bank=rng.choice(["Unibank", "Sogebank", "Banque Nationale de Crédit (BNC)", "Capital Bank"]),
        usd=usd, rate="131,2500", patente=digits(rng, 8, True), ona=digits(rng, 6, True),
    )
    notes = (
        "Cap-Haïtien (Haiti) professional's invoice as a LETTER in French, the facts in RUNNING TEXT" + (" with a small two-column table" if table_ else ", NO TABLE (one sentence per service)") + ", gourdes '1,234.56' written as 'gourdes' in words (HTG in the table only): "
        "vendor = the letterhead name; vendor_tax_id = 'NIF' in the letterhead (the client's NIF, CIN, patente, ONA, bank account are decoys). "
        "invoice_number = 'Facture n°'; invoice_date = 'Cap-Haïtien, le' (French long date). "
        + due_note(due, None if due else "payable à réception", "au plus tard le")
        + po_note(po, "bon de commande n°")
        + "subtotal = the fees before TCA; tax = TCA 10 %; total = the TTC amount"
        + (" (the acompte received and the balance 'solde restant dû' are decoys below the total)" if dep else "")
        + (" (the USD counter-value at the BRH rate is a decoy)" if usd else "")
        + ". Currency HTG. Line items: one per service."
    )
    t = truth(vname, vid, no, po, d, due, "HTG", net, tax, total, items, notes)
    chk = {"printed": [fr_date(d), no, vname, vid, bnif, ctx["bal"]]}
    return t, chk, (CP_HTML.replace("@@BASE@@", css(margin="18mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)
