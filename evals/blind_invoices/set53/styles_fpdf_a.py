"""fpdf2 styles for set 53, first part (06 Pavlodar СЧЁТ-ФАКТУРА in Russian on a LANDSCAPE page with a FULLY RULED
grid, labels beside their values, НДС 12 % before 2026 and 16 % from 1 January 2026, tenge '1 234,56'; 07 Mandalay
INVOICE in English with every LABEL ending a line and its VALUE on the NEXT, the AMOUNT DUE at the TOP, commercial tax
5 %, whole kyats with a USD counter-value and the total in words; 08 Koror invoice over TWO PAGES on two, item
descriptions WRAPPED over several lines, PGST 10 % in US dollars and a deposit deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, kz_bin
from invoice_kit import digits, en, iban, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, totals, truth, wrap
from kit_words import en_words_title

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Pavlodar (НДС 12/16 %, KZT), landscape, ruled
PV_V = [
    ("ТОО «Павлодарский завод металлоконструкций»", "г. Павлодар, Северная промзона, ул. Камзина, 8"),
    ("ТОО «Иртыш Агро Трейд»", "г. Павлодар, ул. Торайгырова, 64, офис 12"),
    ("ТОО «ЭнергоСервис Павлодар»", "г. Павлодар, ул. Ломова, 181"),
    ("ТОО «Баянаул Тур»", "Павлодарская обл., Баянаульский р-н, п. Баянаул, ул. Сатпаева, 17"),
]
PV_B = ["ТОО «Экибастузский угольный разрез»", "ИП «Ахметов Б. К.»", "АО «Павлодарэнерго»", "ТОО «KazMunay Service»"]
PV_ROWS = [
    ("Балка двутавровая 20Б1", "т", 1, 40, 385000, 520000), ("Ферма стропильная ФС-18", "шт", 1, 12, 640000, 1450000), ("Монтаж металлоконструкций", "т", 1, 40, 95000, 160000), ("Грунтовка ГФ-021", "кг", 50, 800, 900, 1600),
    ("Пшеница 3 класса", "т", 10, 400, 78000, 112000), ("Семена подсолнечника", "п.е.", 2, 60, 145000, 260000), ("Удобрение аммофос", "т", 1, 60, 210000, 290000),
    ("Ремонт трансформатора ТМ-630", "усл", 1, 3, 850000, 2400000), ("Кабель АВБбШв 4х120", "м", 50, 1500, 4800, 8600), ("Испытания электрооборудования", "усл", 1, 6, 120000, 380000),
    ("Проживание в гостевом доме", "сут", 2, 40, 18000, 42000), ("Экскурсия по Баянаулу", "чел", 5, 60, 8500, 16000), ("Аренда конференц-зала", "час", 2, 16, 12000, 28000), ("Трансфер Павлодар–Баянаул", "рейс", 1, 6, 65000, 120000),
]


@style("06", "kz_pav_pavlodar_schet_faktura_nds_12_16_landscape_ruled")
def s06(rng, i):
    vname, vaddr = PV_V[i]
    d = rand_date(rng)
    rate = 16 if d >= dt.date(2026, 1, 1) else 12
    cat = [PV_ROWS[:4], PV_ROWS[4:7], PV_ROWS[7:10], PV_ROWS[10:]][i]
    items = lines(rng, cat, [4, 2, 3, 4][i], D("1"))
    for x in items:
        x["tax"] = q2(x["amount"] * rate / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = kz_bin(rng)
    bbin = kz_bin(rng, "4" if i != 1 else "6")
    no = [f"{rng.randint(1, 9999):08d}", f"{rng.randint(10, 999)}", f"ЭС-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    turn = d - dt.timedelta(days=rng.randint(0, 5))
    po = [None, None, f"ЗК-{rng.randint(1000, 9999)}", None][i]
    contract = f"№ {rng.randint(10, 300)}-{d.year - 1} от {fd(d - dt.timedelta(days=rng.randint(60, 300)))}"
    viik = iban("KZ", f"{rng.choice(['601', '722', '926', '998'])}{digits(rng, 13)}")
    biik = iban("KZ", f"{rng.choice(['601', '722', '926'])}{digits(rng, 13)}")
    color = [(30, 64, 120), (60, 90, 30), (120, 50, 20), (20, 90, 110)][i]

    def render(path):
        pdf = new_fpdf("L", creator="1С:Бухгалтерия для Казахстана")
        pdf.add_page()
        txt(pdf, 15, 10, f"СЧЁТ-ФАКТУРА № {no} от {fd(d)} г.", 14, "B", color=color)
        txt(pdf, 230, 10, "Приложение 4 к приказу МФ РК", 6.5, color=(110, 110, 110))
        rows = [
            ("Дата совершения оборота:", fd(turn)), ("Поставщик:", vname), ("БИН и адрес места нахождения поставщика:", f"{vid}, {vaddr}"), ("ИИК поставщика:", f"{group4(viik)} в {rng.choice(['АО «Halyk Bank»', 'АО «Kaspi Bank»', 'АО «ForteBank»'])}"),
            ("Договор (контракт) на поставку:", contract), ("Условия оплаты по договору:", "безналичный расчёт, в течение 10 банковских дней"),
        ]
        if po:
            rows.append(("Заказ покупателя:", po))
        rows += [("Пункт назначения поставляемых товаров:", "г. Павлодар"), ("Получатель:", PV_B[i]), ("БИН и адрес получателя:", f"{bbin}, Павлодарская область"), ("ИИК получателя:", group4(biik))]
        y = 19
        for k, v in rows:
            txt(pdf, 15, y, k, 7.6, color=(80, 80, 80))
            txt(pdf, 85, y, v, 7.8, "B")
            y += 4.3
        cols = [("№", 9, "C"), ("Наименование товаров (работ, услуг)", 70, "L"), ("Ед. изм.", 16, "C"), ("Кол-во", 18, "R"), ("Цена без НДС", 28, "R"), ("Стоимость без НДС", 36, "R"), ("Ставка НДС", 22, "R"), ("Сумма НДС", 28, "R"), ("Стоимость с НДС", 40, "R")]
        trs = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), sp(x["amount"]), f"{rate}%", sp(x["tax"]), sp(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        trs.append(["", "Всего по счёту:", "", "", "", sp(net), "", sp(tax), sp(total)])
        y0 = y + 3
        y1 = table(pdf, 15, y0, cols, trs, size=7.6, rowh=6, header_fill=(235, 238, 244), line_color=(90, 90, 90))
        frame(pdf, 15, y0, y1, cols, color=(90, 90, 90))
        txt(pdf, 15, y1 + 5, "Руководитель организации: ____________ " + rng.choice(["Жумабеков А. С.", "Иванов П. Г.", "Касымова Д. Е."]) + "        Главный бухгалтер: ____________        М.П.", 8)
        txt(pdf, 15, y1 + 12, "Выписал (ФИО, должность): " + rng.choice(["бухгалтер Омарова Г.", "менеджер Ким В."]) + f"      Доверенность № {rng.randint(10, 999)} от {fd(turn)}", 8)
        txt(pdf, 15, 198, f"Валюта: тенге (KZT)  ·  Страница 1 из 1  ·  ЭСФ № KZ-ESF-{vid}-{rng.randint(10000000, 99999999)}", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        f"Pavlodar (Kazakhstan) СЧЁТ-ФАКТУРА in Russian on a LANDSCAPE page with a FULLY RULED grid, the labels BESIDE their values, НДС {rate} % per row ({'from 1 January 2026' if rate == 16 else 'before 2026'}), tenge '1 234,56': "
        "vendor = 'Поставщик'; vendor_tax_id = the BIN in 'БИН и адрес места нахождения поставщика' (the recipient's BIN, the IIKs (IBANs), the contract, the power of attorney and the e-invoice number are decoys). "
        "invoice_number = the number after 'СЧЁТ-ФАКТУРА №'; invoice_date = its 'от' date (the 'Дата совершения оборота' is a decoy). "
        + due_note(None, "в течение 10 банковских дней", "")
        + po_note(po, "Заказ покупателя")
        + "subtotal, tax, total = the 'Всего по счёту' row (without НДС, НДС, with НДС). Currency KZT ('тенге' in the footer). Line items: every row, net of НДС."
    )
    t = truth(vname, vid, no, po, d, None, "KZT", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bbin, "Всего по счёту:", fd(turn)]
    return t, chk, render


# =========================================================================== 07 Mandalay (CT 5 %, MMK), label then value on the next line, total top
MD_V = [
    ("Golden Yadanarbon Tea Co., Ltd.", "No. 214, 78th Street, between 33rd & 34th Street, Chanayethazan Township, Mandalay"),
    ("Shwe Mandalay Building Materials Co., Ltd.", "Plot 56, Industrial Zone 2, Pyigyitagon Township, Mandalay"),
    ("Mya Nandar Tapestry & Crafts", "No. 9, 26th Street, Aungmyethazan Township, Mandalay"),
    ("Irrawaddy Hill Logistics Co., Ltd.", "No. 112, 35th Street, Mahaaungmye Township, Mandalay"),
]
MD_B = ["City Mart Holding Co., Ltd., Yangon", "Myitnge Housing Development Co., Ltd.", "Inle Heritage Resort, Nyaungshwe", "Sagaing Agro Trading Co., Ltd."]
MD_ROWS = [
    ("Pickled tea leaves (lahpet), 1 viss", "viss", 20, 400, 6500, 14000), ("Green tea, Shan hills, 500 g", "pkt", 20, 500, 3500, 9000), ("Roasted beans mix, 1 kg", "kg", 10, 300, 4800, 9500),
    ("Cement, Double Rhinos 50 kg", "bag", 50, 900, 14500, 19500), ("Deformed bar 16 mm", "ton", 1, 20, 2450000, 3300000), ("Zinc roofing sheet 8 ft", "sheet", 20, 600, 16000, 28000), ("Sand, per sud", "sud", 2, 30, 85000, 140000),
    ("Kalaga tapestry, 60 x 90 cm", "pc", 1, 20, 180000, 650000), ("Lacquerware bowl set", "set", 2, 40, 45000, 120000), ("Gold leaf packet (Mandalay)", "pkt", 5, 100, 9000, 18000),
    ("Trucking Mandalay–Yangon, 10 t", "trip", 1, 6, 1400000, 2200000), ("Warehouse storage, per pallet-week", "pallet", 10, 200, 6000, 12000), ("Loading and unloading", "job", 1, 8, 80000, 240000),
]


@style("07", "mm_mdl_mandalay_invoice_ct_5_label_eol_total_top_words")
def s07(rng, i):
    vname, vaddr = MD_V[i]
    d = rand_date(rng)
    cat = [MD_ROWS[:3], MD_ROWS[3:7], MD_ROWS[7:10], MD_ROWS[10:]][i]
    items = lines(rng, cat, [3, 4, 3, 2][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.05"))
    total = net + tax
    vid = digits(rng, 9, True)
    btin = digits(rng, 9, True)
    no = [f"GY-{rng.randint(1000, 9999)}", f"SMB/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"IHL-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 2 else None
    po = [f"PO-{rng.randint(10000, 99999)}", None, None, f"CM/{rng.randint(1000, 9999)}"][i]
    usd_rate = D(rng.choice(["2100", "3480", "4350"]))
    usd = en(q2(total / usd_rate))
    words = f"Kyats {en_words_title(total)} Only"
    color = [(120, 53, 15), (30, 64, 120), (127, 29, 29), (21, 94, 89)][i]
    m = lambda x: en(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        para(pdf, 15, 21, 110, f"{vaddr}\nPhone 09-{digits(rng, 9)} · TIN: {vid}", 7.8, h=3.8)
        pdf.set_fill_color(*color)
        pdf.rect(135, 12, 60, 30, "F")
        txt(pdf, 139, 15, "Amount Due (MMK)", 8, color=(255, 255, 255))
        txt(pdf, 139, 21, m(total), 15, "B", color=(255, 255, 255))
        txt(pdf, 139, 29, "Due Date" if due else "Terms", 7.4, color=(230, 230, 230))
        txt(pdf, 139, 33.5, fd(due) if due else "Cash on delivery", 9, "B", color=(255, 255, 255))
        txt(pdf, 15, 48, "INVOICE", 18, "B")
        y = 60
        blocks = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Delivery Date", fd(d - dt.timedelta(days=rng.randint(1, 7))))]
        if po:
            blocks.append(("Customer Order", po))
        blocks.append(("Delivery Note", f"DN-{rng.randint(10000, 99999)}"))
        x = 15
        for lab, v in blocks:
            txt(pdf, x, y, lab, 7.4, color=(100, 100, 100))
            txt(pdf, x, y + 4.5, v, 9, "B")
            x += 36
        txt(pdf, 15, y + 14, "Bill To", 7.4, color=(100, 100, 100))
        para(pdf, 15, y + 18.5, 100, f"{MD_B[i]}\nCustomer TIN\n{btin}", 8.4, h=4.2)
        cols = [("No.", 10, "L"), ("Description", 78, "L"), ("Qty", 18, "R"), ("Unit", 16, "L"), ("Unit Price", 28, "R"), ("Amount", 30, "R")]
        rows = [[str(k + 1), x_["desc"], qstr(x_["qty"]), x_["unit"], m(x_["price"]), m(x_["amount"])] for k, x_ in enumerate(items)]
        yt = table(pdf, 15, y + 36, cols, rows, size=8, rowh=6.2, header_fill=(240, 240, 240))
        yy = yt + 5
        for lab, v, b in (("Sub-total", m(net), False), ("Commercial Tax 5%", m(tax), False), ("Total (MMK)", m(total), True)):
            txt(pdf, 135, yy, lab, 8.4, "B" if b else "", color=(90, 90, 90))
            txt(pdf, 135, yy + 4.2, v, 10 if b else 9, "B" if b else "", align="R", w=60)
            yy += 10.5
        txt(pdf, 135, yy, "USD equivalent", 7.4, color=(100, 100, 100))
        txt(pdf, 135, yy + 4, f"USD {usd} @ {m(usd_rate)} MMK/USD", 8, align="R", w=60, color=(90, 90, 90))
        txt(pdf, 15, yt + 5, "Amount in words", 7.4, color=(100, 100, 100))
        para(pdf, 15, yt + 9.5, 110, words, 8.4, "B", h=4.2)
        txt(pdf, 15, yt + 24, "Bank Account", 7.4, color=(100, 100, 100))
        para(pdf, 15, yt + 28.5, 110, f"{rng.choice(['KBZ Bank', 'AYA Bank', 'CB Bank'])}, Mandalay Branch\n{digits(rng, 17, True)}", 8.4, h=4.2)
        txt(pdf, 15, 284, "Page 1 of 1 · Goods once sold are not returnable.", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Mandalay (Myanmar) INVOICE in English where every fact's LABEL ends a line and its VALUE is on the NEXT line, the AMOUNT DUE in a coloured box at the TOP right, commercial tax 5 %, whole kyats '1,234,500', "
        "a USD equivalent (decoy) and the total in words: vendor = the name at the top left; vendor_tax_id = its TIN under the address (the customer's TIN, the delivery note, the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the delivery date is a decoy). "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "Customer Order")
        + "subtotal = 'Sub-total'; tax = 'Commercial Tax 5%'; total = 'Total (MMK)' = 'Amount Due (MMK)'. Currency MMK. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "MMK", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, btin, "Amount Due (MMK)", words, fd(due) if due else None]
    return t, chk, render


# =========================================================================== 08 Koror (PGST 10 %, USD), two pages, wrapped
KR_V = [
    ("Rock Islands Dive & Charter Inc.", "P.O. Box 1208, Malakal Island, Koror, Republic of Palau 96940"),
    ("Belau Builders Supply Co.", "Lebuu Street, Ngerchemai, Koror, Palau 96940"),
    ("Palau Pacific Marine Engineering, Inc.", "Malakal Commercial Port, Koror, Palau 96940"),
    ("Ngerbeched Office & IT Solutions", "Main Street, Ngerbeched Hamlet, Koror, Palau 96940"),
]
KR_B = ["Palau Conservation Society, Koror", "Airai State Government, Public Works Office", "Ngardmau Fishing Cooperative", "Belau National Hospital, Procurement Unit"]
KR_ROWS = [
    ("Full-day Rock Islands dive charter for two tanks, boat with captain and divemaster, including fuel and lunch on board", "day", 1, 6, 850, 1600),
    ("Jellyfish Lake and Rock Islands permit handling for visiting researchers, per person, valid ten days", "pax", 2, 20, 50, 100),
    ("Nitrox fills 32 % for survey dives, per cylinder, analysed and logged", "fill", 10, 60, 12, 18),
    ("Underwater survey equipment rental: transect tapes, slates, quadrat frames and camera housing", "set", 1, 6, 120, 260),
    ("Portland cement Type I, 94 lb bags, delivered to site in Airai and stacked under cover", "bag", 20, 400, 16, 24),
    ("Rebar #4 grade 60, 20 ft lengths, cut and bent to schedule per drawing S-2", "pc", 20, 300, 14, 22),
    ("Plywood 3/4 in CDX 4 x 8 ft, marine grade, for formwork of culvert headwalls", "sheet", 10, 120, 58, 84),
    ("Galvanised corrugated roofing 26 gauge, 12 ft, with screws and washers", "sheet", 10, 200, 34, 52),
    ("Delivery by flatbed truck from Koror yard to Airai job site, per trip including unloading", "trip", 1, 10, 120, 220),
    ("Outboard engine service 115 hp: impeller, thermostat, lower-unit oil, spark plugs and test run", "job", 1, 4, 380, 720),
    ("Hull bottom cleaning and antifouling of 28 ft fishing boat, two coats, haul-out included", "job", 1, 3, 1400, 2600),
    ("Stainless propeller repair and balancing, 14 x 19 in, three blades", "pc", 1, 3, 240, 480),
    ("Welding of aluminium fuel tank bracket, labour per hour with materials", "hr", 2, 16, 75, 110),
    ("Laptop Dell Latitude 5450, 16 GB RAM, 512 GB SSD, Windows 11 Pro, with setup and data migration", "pc", 1, 10, 1450, 1900),
    ("Network switch 24-port managed PoE, configured with VLANs for the clinic wing", "pc", 1, 4, 480, 780),
    ("UPS 1500 VA line-interactive with replacement battery pack", "pc", 1, 8, 260, 420),
    ("On-site IT support, per hour, including travel within Koror State", "hr", 2, 30, 65, 95),
    ("Toner cartridges for HP LaserJet M507, high yield, black", "pc", 2, 20, 120, 190),
]


@style("08", "pw_ror_koror_invoice_pgst_10_two_pages_wrapped_deposit")
def s08(rng, i):
    vname, vaddr = KR_V[i]
    d = rand_date(rng)
    cat = [KR_ROWS[:4] + KR_ROWS[8:9], KR_ROWS[4:9] + KR_ROWS[12:13] + KR_ROWS[15:18], KR_ROWS[9:13], KR_ROWS[13:18] + KR_ROWS[2:4] + KR_ROWS[6:8]][i]
    items = lines(rng, cat, [3, 9, 4, 9][i], D("0.25"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    dep = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (1, 2) else None
    vid = f"{rng.randint(10, 99)}-{digits(rng, 5)}"
    btax = f"{rng.randint(10, 99)}-{digits(rng, 5)}"
    no = [f"RID-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"PPME-{d.strftime('%y')}{rng.randint(100, 999)}", f"INV-{d.year}-{rng.randint(100, 999):04d}"][i]
    fd = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    due = d + dt.timedelta(days=30) if i != 0 else None
    po = [None, f"AS-PO-{rng.randint(100, 999)}", None, f"BNH-{rng.randint(10000, 99999)}"][i]
    pages = [items[:6], items[6:]] if len(items) > 6 else [items]
    color = [(14, 116, 144), (120, 53, 15), (30, 58, 138), (55, 65, 81)][i]

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="QuickBooks Desktop")
        np_ = len(pages)
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            txt(pdf, 15, 12, vname, 13, "B", color=color)
            para(pdf, 15, 18.5, 110, f"{vaddr}\nTel (680) 488-{digits(rng, 4)} · Palau Tax ID {vid}", 7.8, h=3.8)
            txt(pdf, 150, 12, "INVOICE", 18, "B", align="R", w=50)
            kv(pdf, 130, 22, [("Invoice #", no), ("Date", fd(d)), ("Due", fd(due) if due else None), ("Terms", "Net 30" if due else "Due on receipt"), ("P.O. #", po)], wl=26, wv=44, size=8)
            if pi == 0:
                txt(pdf, 15, 34, "Bill To", 7.4, color=(110, 110, 110))
                para(pdf, 15, 38, 100, f"{KR_B[i]}\nCustomer Tax ID {btax}", 8.4, h=4.2)
            cols = [("Item", 12, "L"), ("Description", 92, "L"), ("Qty", 16, "R"), ("Rate", 28, "R"), ("Amount", 38, "R")]
            k0 = sum(len(c) for c in pages[:pi])
            rows = [[str(k0 + k + 1), wrap(x["desc"], 52), qstr(x["qty"]), en(x["price"]), en(x["amount"])] for k, x in enumerate(chunk)]
            y = table(pdf, 15, 60, cols, rows, size=8, rowh=6.4, header_fill=(235, 240, 245))
            if pi < np_ - 1:
                txt(pdf, 15, y + 4, f"Continued on page {pi + 2}", 8, "I", color=(90, 90, 90))
            else:
                trows = [("Subtotal", en(net), False), ("PGST 10%", en(tax), False), ("Total USD", en(total), True)]
                if dep:
                    trows += [(f"Less deposit rec'd {fd(d - dt.timedelta(days=rng.randint(10, 40)))}", "-" + en(dep), False), ("Balance Due", en(total - dep), True)]
                totals(pdf, 120, y + 6, trows, wl=48, wv=33, size=8.6, line=color)
                para(pdf, 15, y + 6, 95, f"Please remit to Bank of Hawaii, Koror Branch\nAcct {digits(rng, 10, True)} · ABA 121301015\nThank you for your business!", 7.8, h=4)
            txt(pdf, 15, 268, f"Page {pi + 1} of {np_}", 7.5, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Koror (Palau) INVOICE in English on US Letter, item descriptions WRAPPED over two or three lines, PGST 10 % in US dollars"
        + (", over TWO PAGES with 'Page x of y' and the totals only on the last" if len(pages) > 1 else "")
        + (", a DEPOSIT deducted below the total (the balance due is a decoy: total = 'Total USD')" if dep else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'Palau Tax ID' (the customer's tax id, the bank account and ABA are decoys). invoice_number = 'Invoice #'; invoice_date = 'Date'. "
        + due_note(due, "Due on receipt", "Due")
        + po_note(po, "P.O. #")
        + "subtotal = 'Subtotal'; tax = 'PGST 10%'; total = 'Total USD'. Currency USD. Line items: every row on every page."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, btax, "Total USD", fd(due) if due else None, f"Page {len(pages)} of {len(pages)}", en(total - dep) if dep else None]
    return t, chk, render
