"""fpdf2 styles for set 39, second part (09 Vladivostok ship chandler's СЧЕТ-ФАКТУРА in Russian on a LANDSCAPE page in
the numbered-field form with a fully ruled grid, НДС 10 % on food and 20 % (2025) or 22 % (from 2026, by the date) on
the rest and the totals as the grid's last row, 10 Auckland marine electrician's TAX INVOICE in English with a
RIGHT SIDEBAR holding the AMOUNT DUE at the top, a table without rules, GST 15 % (zero-rated for an Australian client on
one) and a remittance slip)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import MONTHS, en_date, kv, lines, para, po_note, totals, truth
from stdnum.nz import ird
from stdnum.ru import inn

STYLES, style = style_registry("fpdf2")


def ru_date(x):
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


# =========================================================================== 09 Vladivostok (НДС 10 % / 20 % or 22 %, RUB), landscape счёт-фактура
VV_V = [
    (
        "ООО «Приморская шипчандлерская компания»",
        "690003, Приморский край, г. Владивосток, ул. Верхнепортовая, д. 38",
        (30, 58, 138),
    ),
    (
        "ООО «Золотой Рог Снабжение»",
        "690091, Приморский край, г. Владивосток, ул. Светланская, д. 71, оф. 5",
        (153, 27, 27),
    ),
    ("АО «Дальморсервис»", "690065, Приморский край, г. Владивосток, ул. Стрельникова, д. 9", (21, 94, 117)),
    ("ООО «Эгершельд Маркет»", "690002, Приморский край, г. Владивосток, ул. Эгершельд, д. 16", (91, 33, 182)),
]
VV_B = [
    (
        "ООО «Дальневосточное морское пароходство-Флот»",
        "690091, г. Владивосток, ул. Пограничная, д. 15",
        "т/х «Капитан Хлебников»",
    ),
    (
        "ПАО «Приморское рыболовецкое объединение»",
        "690087, г. Владивосток, ул. Котельникова, д. 24",
        "БМРТ «Адмирал Невельской»",
    ),
    (
        "ФГБУ «Морспасслужба», Приморский филиал",
        "690065, г. Владивосток, ул. Стрельникова, д. 3",
        "с/б «Спасатель Кавдейкин»",
    ),
    ("ООО «Восточный паром»", "690003, г. Владивосток, Морской вокзал", "п/х «Русь»"),
]
VV_10 = [  # food: НДС 10 %
    ("Говядина охлажденная, кг", "кг", "166", 20, 400, D("590"), D("890")),
    ("Мука пшеничная в/с, 50 кг", "меш", "778", 2, 30, D("1900"), D("2900")),
    ("Молоко ультрапастеризованное 3,2 %, 1 л", "шт", "796", 24, 480, D("79"), D("129")),
    ("Крупа гречневая, кг", "кг", "166", 10, 200, D("68"), D("119")),
    ("Хлеб пшеничный, 600 г", "шт", "796", 20, 300, D("45"), D("79")),
    ("Масло сливочное 82,5 %, кг", "кг", "166", 5, 60, D("890"), D("1290")),
    ("Яйцо куриное С1, десяток", "дес", "730", 10, 200, D("95"), D("149")),
    ("Картофель, кг", "кг", "166", 50, 800, D("29"), D("55")),
    ("Сахар-песок, кг", "кг", "166", 20, 300, D("69"), D("99")),
]
VV_20 = [  # other goods: 20 % / 22 %
    ("Вода питьевая бутилированная 19 л", "шт", "796", 10, 120, D("190"), D("320")),
    ("Кофе молотый 1 кг", "шт", "796", 2, 30, D("1450"), D("2650")),
    ("Средство моющее для палубы 5 л", "шт", "796", 4, 60, D("690"), D("1290")),
    ("Перчатки рабочие х/б", "пар", "715", 24, 480, D("38"), D("79")),
    ("Трос стальной 16 мм, м", "м", "006", 20, 400, D("210"), D("390")),
    ("Краска эмаль ПФ-115, 20 кг", "шт", "796", 1, 30, D("5900"), D("9800")),
    ("Масло моторное М-14Г2ЦС, 20 л", "шт", "796", 2, 40, D("4800"), D("7900")),
    ("Фильтр топливный", "шт", "796", 2, 24, D("1200"), D("3400")),
    ("Электроды сварочные 3 мм, 5 кг", "уп", "778", 1, 20, D("1150"), D("1950")),
    ("Доставка к борту судна", "усл", "796", 1, 1, D("3500"), D("12000")),
]


@style("09", "ru_vvo_vladivostok_schet_faktura_nds_10_20_22_landscape")
def s09(rng, i):
    vname, vaddr, color = VV_V[i]
    bname, baddr, ship = VV_B[i]
    d = rand_date(rng)
    std = D(22) if d >= dt.date(2026, 1, 1) else D(20)
    n10, n20 = [
        (1, 0),
        (rng.randint(3, 6), rng.randint(2, 4)),
        (rng.randint(7, 9), rng.randint(6, 9)),
        (0, rng.randint(2, 4)),
    ][i]
    cat10 = [(a, u, c, ql, qh, lo, hi) for a, u, c, ql, qh, lo, hi in VV_10]
    items = lines(rng, [(a, u, ql, qh, lo, hi, c) for a, u, c, ql, qh, lo, hi in cat10], n10, D("1")) + lines(
        rng, [(a, u, ql, qh, lo, hi, c) for a, u, c, ql, qh, lo, hi in VV_20], n20, D("1")
    )
    food = {r[0] for r in VV_10}
    for x in items:
        x["rate"] = D(10) if x["desc"] in food else std
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: "25" + rng.choice(["36", "40", "43"]) + digits(rng, 6), inn.is_valid)
    kpp = vid[:4] + "01001"
    bid = valid(rng, lambda: "25" + rng.choice(["36", "40", "43"]) + digits(rng, 6), inn.is_valid)
    no = [
        f"{rng.randint(10, 999)}",
        f"ПШ-{rng.randint(100, 9999)}",
        f"{rng.randint(1000, 9999)}/{d.strftime('%y')}",
        f"{rng.randint(1, 999):05d}",
    ][i]
    fd = [ru_date, ru_date, lambda x: x.strftime("%d.%m.%Y"), ru_date][i]
    ship_doc = f"{rng.randint(10, 999)}"
    sdate = d - dt.timedelta(days=rng.randint(0, 2))
    prepay = (
        (f"№ {rng.randint(100, 999)} от {(d - dt.timedelta(days=rng.randint(3, 20))).strftime('%d.%m.%Y')}")
        if i == 1
        else "--"
    )
    contract = f"Договор поставки № {rng.randint(10, 99)}-СН/{d.year - rng.randint(0, 2)} от {(d - dt.timedelta(days=rng.randint(100, 600))).strftime('%d.%m.%Y')}"
    m = sp

    def render(path):
        pdf = new_fpdf(orientation="L", creator="1С:Предприятие 8.3")
        pdf.add_page()
        para(
            pdf,
            200,
            6,
            88,
            "Приложение № 1 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137 (в ред. постановления Правительства РФ от 16.08.2024 № 1096)",
            5.6,
            h=2.6,
            align="R",
            color=(90, 90, 90),
        )
        txt(pdf, 10, 16, f"СЧЕТ-ФАКТУРА № {no} от {fd(d)} (1)", 12, "B", color=color)
        txt(pdf, 10, 22.5, "ИСПРАВЛЕНИЕ № -- от -- (1а)", 8.6)
        kv(
            pdf,
            10,
            29,
            [
                ("Продавец:", f"{vname} (2)"),
                ("Адрес:", f"{vaddr} (2а)"),
                ("ИНН/КПП продавца:", f"{vid}/{kpp} (2б)"),
                ("Грузоотправитель и его адрес:", "он же (3)"),
                ("Грузополучатель и его адрес:", f"{ship}, {bname}, морской порт Владивосток (4)"),
                ("К платежно-расчетному документу", f"{prepay} (5)"),
                ("Документ об отгрузке", f"№ п/п 1-{len(items)} № {ship_doc} от {sdate.strftime('%d.%m.%Y')} (5а)"),
                ("Покупатель:", f"{bname} (6)"),
                ("Адрес:", f"{baddr} (6а)"),
                ("ИНН/КПП покупателя:", f"{bid}/{bid[:4]}01001 (6б)"),
                ("Валюта: наименование, код", "Российский рубль, 643 (7)"),
            ],
            wl=52,
            wv=200,
            size=7.4,
            step=3.9,
            color=(0, 0, 0),
            align="L",
        )
        txt(
            pdf,
            10,
            29 + 11 * 3.9,
            "Идентификатор государственного контракта, договора (соглашения) (при наличии):",
            7.4,
        )
        txt(pdf, 134, 29 + 11 * 3.9, f"{contract} (8)", 7.4, "B")
        cols = [
            ("№", 8, "L"),
            ("Наименование товара", 56, "L"),
            ("Код вида", 15, "L"),
            ("Ед. изм.", 18, "L"),
            ("Кол-во", 16, "R"),
            ("Цена за ед.", 22, "R"),
            ("Стоимость без налога", 36, "R"),
            ("Акциз", 18, "L"),
            ("Ставка", 14, "R"),
            ("Сумма налога", 24, "R"),
            ("Стоимость с налогом", 34, "R"),
            ("Страна", 14, "L"),
        ]
        rows = [
            [
                str(k + 1),
                x["desc"],
                "--",
                f"{x['extra']} {x['unit']}",
                qstr(x["qty"]),
                m(x["price"]),
                m(x["amount"]),
                "без акциза",
                f"{x['rate']}%",
                m(x["tax"]),
                m(x["amount"] + x["tax"]),
                "--",
            ]
            for k, x in enumerate(items)
        ]
        rows.append(["", "Всего к оплате (9)", "", "", "", "", m(net), "X", "", m(tax), m(total), ""])
        y0 = 79
        y = table(pdf, 10, y0, cols, rows, size=6.8, rowh=4.8, header_fill=(236, 236, 236), line_color=(90, 90, 90))
        x = 10
        pdf.set_draw_color(90, 90, 90)
        pdf.rect(10, y0, sum(c[1] for c in cols), y - y0)
        for _t, w, _a in cols[:-1]:
            x += w
            pdf.line(x, y0, x, y)
        y += 7
        boss = rng.choice(["Ковалёв А. В.", "Ли Е. С.", "Пак Д. Н.", "Степанова О. И."])
        txt(pdf, 10, y, f"Руководитель организации или иное уполномоченное лицо ____________ {boss}", 7.6)
        txt(
            pdf,
            150,
            y,
            f"Главный бухгалтер или иное уполномоченное лицо ____________ {rng.choice(['Ким Т. Г.', 'Савченко Л. П.', 'Орлова Н. А.'])}",
            7.6,
        )
        txt(
            pdf,
            10,
            y + 7,
            "Индивидуальный предприниматель или иное уполномоченное лицо ____________   ____________",
            7.6,
            color=(90, 90, 90),
        )
        pdf.output(path)

    notes = (
        "Vladivostok (Russia) ship chandler's СЧЕТ-ФАКТУРА in Russian on a LANDSCAPE page in the form of Government Decree 1137 with numbered fields ((1) … (9)), a fully ruled grid, in roubles with spaces and a decimal comma ('1 234,56'), НДС 10 % on food and "
        + str(std)
        + " % on other goods (20 % until 31 December 2025, 22 % from 1 January 2026; the document's date decides), the tax per row and the totals as the grid's last row 'Всего к оплате (9)': "
        "vendor = 'Продавец'; vendor_tax_id = the ИНН in 'ИНН/КПП продавца' (10 digits; the КПП after the slash, the buyer's ИНН/КПП are decoys). "
        "invoice_number = 'СЧЕТ-ФАКТУРА №'; invoice_date = its 'от' ("
        + [
            "Russian words ('12 марта 2026 г.')",
            "Russian words ('12 марта 2026 г.')",
            "dd.mm.yyyy",
            "Russian words ('12 марта 2026 г.')",
        ][i]
        + "); the shipping document (5а) and its date, the payment document (5), the contract in field (8), the vessel and 'Приложение № 1 … от 26 декабря 2011 г. № 1137' are decoys. No due date (null). No PO. "
        "subtotal = the last row's 'Стоимость без налога'; tax = its 'Сумма налога'; total = its 'Стоимость с налогом'. Currency RUB. Line items: every row (net)."
    )
    t = truth(vname, vid, no, None, d, None, "RUB", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Всего к оплате (9)", ship_doc, sdate.strftime("%d.%m.%Y"), kpp]}
    return t, chk, render


# =========================================================================== 10 Auckland (GST 15 %, NZD; zero-rated AUD on one), right sidebar with the amount due
AK_V = [
    ("Waitematā Marine Electrical Ltd", "14 Westhaven Drive, Freemans Bay, Auckland 1011", (14, 116, 144)),
    ("Hauraki Boat Systems Ltd", "3/22 Beaumont Street, Wynyard Quarter, Auckland 1010", (190, 18, 60)),
    ("Gulf Harbour Marine Services Ltd", "Gulf Harbour Marina, Whangaparāoa, Auckland 0930", (22, 101, 52)),
    ("Half Moon Bay Electronics Ltd", "Half Moon Bay Marina, Bucklands Beach, Auckland 2012", (120, 53, 15)),
]
AK_B = [
    ("Tāmaki Charters Ltd", "Viaduct Harbour, Auckland", "Rangitoto Spirit"),
    ("Pacific Ferry Services Ltd", "Pier 2, Quay Street, Auckland", "MV Motutapu"),
    ("Hauraki Gulf Conservation Trust", "Princes Wharf, Auckland", "RV Tūī"),
    ("Coral Coast Yachts Pty Ltd", "Abell Point Marina, Airlie Beach QLD 4802, Australia", "SY Southern Cross"),
]
AK_ROWS = [
    ("Marine electrician labour", "hr", 1, 24, D("95"), D("135")),
    ("Apprentice labour", "hr", 1, 24, D("55"), D("75")),
    ("Call-out fee, marina", "ea", 1, 1, D("85"), D("160")),
    ("Lithium house battery 200Ah", "ea", 1, 4, D("1690"), D("2900")),
    ("Battery charger 40A", "ea", 1, 2, D("690"), D("1250")),
    ("Tinned marine cable 6mm², per m", "m", 5, 60, D("6.50"), D("11.90")),
    ("Heat-shrink terminals, pack", "pk", 1, 10, D("18.50"), D("39.00")),
    ("LED navigation light set", "set", 1, 2, D("340"), D("780")),
    ("Chartplotter 9in", "ea", 1, 1, D("1850"), D("3400")),
    ("VHF radio with DSC", "ea", 1, 2, D("420"), D("890")),
    ("Bilge pump 2000gph", "ea", 1, 3, D("180"), D("420")),
    ("Switch panel 8-way", "ea", 1, 2, D("165"), D("390")),
    ("Shore power inlet 16A", "ea", 1, 2, D("120"), D("260")),
    ("Fuses and holders, assorted", "lot", 1, 1, D("35"), D("120")),
    ("Cable ties, UV stable, pack", "pk", 1, 6, D("12.50"), D("24.00")),
    ("Solar panel 175W", "ea", 1, 4, D("290"), D("620")),
    ("MPPT solar controller", "ea", 1, 2, D("240"), D("540")),
    ("Travel, per km", "km", 10, 120, D("1.20"), D("1.80")),
    ("Electrical survey and report", "ea", 1, 1, D("350"), D("850")),
    ("Consumables", "lot", 1, 1, D("25"), D("95")),
    ("Windlass solenoid", "ea", 1, 2, D("95"), D("210")),
    ("Inverter 2000W pure sine", "ea", 1, 1, D("980"), D("1890")),
    ("Anchor light LED", "ea", 1, 2, D("110"), D("240")),
    ("Depth transducer", "ea", 1, 1, D("390"), D("980")),
    ("Haul-out assistance", "hr", 1, 6, D("80"), D("110")),
]


@style("10", "nz_akl_auckland_tax_invoice_gst_15_sidebar_due_top")
def s10(rng, i):
    vname, vaddr, color = AK_V[i]
    bname, baddr, boat = AK_B[i]
    d = rand_date(rng)
    zero = i == 3  # parts shipped to an Australian client: exported goods, zero-rated
    cat = [r for r in AK_ROWS if r[1] in ("ea", "set", "pk", "m")] if zero else AK_ROWS
    items = lines(
        rng, cat, [rng.randint(1, 3), rng.randint(5, 9), rng.randint(18, 25), rng.randint(3, 6)][i], D("0.50")
    )
    if zero:
        items += lines(rng, [("Air freight Auckland - Brisbane, export", "ea", 1, 1, D("180"), D("640"))], 1, D("0.50"))
    cur = "AUD" if zero else "NZD"
    rate = D(0) if zero else D(15)
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    vid = ird.format(valid(rng, lambda: digits(rng, 9, True), ird.is_valid))
    no = [
        f"INV-{rng.randint(1000, 9999)}",
        f"{rng.randint(10000, 99999)}",
        f"GH{rng.randint(1000, 9999)}",
        f"INV-{rng.randint(100, 999)}",
    ][i]
    fd = [
        lambda x: f"{x.day} {MONTHS['en_short'][x.month - 1]} {x.year}",
        lambda x: x.strftime("%d/%m/%Y"),
        en_date,
        lambda x: x.strftime("%d/%m/%Y"),
    ][i]
    nxt = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=20)
    due = nxt if i in (0, 2) else d + dt.timedelta(days=rng.choice([7, 14]))
    po = [None, f"PO{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"CCY-{rng.randint(100, 999)}"][i]
    job = f"J{rng.randint(10000, 99999)}"
    cust = f"C{rng.randint(100, 999)}"
    nzbn = "9429" + digits(rng, 9)
    acct = f"{rng.choice(['12', '02', '06', '01'])}-{rng.randint(1000, 3999)}-{digits(rng, 7)}-{rng.randint(0, 99):02d}"
    paid = q2(total * D("0.3")) if i == 1 else None
    due_amt = total - (paid or 0)
    m = en

    def render(path):
        pdf = new_fpdf(creator="Xero")
        pdf.add_page()
        sx = 146
        pdf.set_fill_color(241, 245, 249)
        pdf.rect(sx, 0, 64, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 64, 40, "F")
        txt(pdf, sx + 6, 10, "AMOUNT DUE " + cur, 8, "B", color=(255, 255, 255))
        txt(pdf, sx + 6, 17, f"${m(due_amt)}", 18, "B", color=(255, 255, 255))
        txt(pdf, sx + 6, 29, f"Due {fd(due)}", 9, color=(255, 255, 255))
        kv(
            pdf,
            sx + 6,
            50,
            [
                ("Invoice date", fd(d)),
                ("Invoice number", no),
                ("Reference", po),
                ("Job number", job),
                ("Customer no.", cust),
            ],
            wl=26,
            wv=28,
            size=7.6,
            step=5.4,
            align="R",
        )
        y = 86
        txt(pdf, sx + 6, y, "GST number", 7, color=(90, 90, 90))
        txt(pdf, sx + 6, y + 4, vid, 8.6, "B")
        txt(pdf, sx + 6, y + 10, "NZBN", 7, color=(90, 90, 90))
        txt(pdf, sx + 6, y + 14, nzbn, 8.6)
        txt(pdf, sx + 6, y + 22, "Pay by direct credit to", 7, color=(90, 90, 90))
        txt(pdf, sx + 6, y + 26, acct, 8.6, "B")
        para(pdf, sx + 6, y + 32, 54, f"Please use {no} as the reference.", 7.2, h=3.6, color=(90, 90, 90))
        txt(pdf, 14, 14, vname, 14, "B", color=color)
        txt(pdf, 14, 21, vaddr, 7.6, color=(90, 90, 90))
        txt(pdf, 14, 34, "TAX INVOICE", 16, "B")
        txt(pdf, 14, 44, "Bill to", 7.4, color=(110, 110, 110))
        para(pdf, 14, 48, 120, f"{bname}\n{baddr}\nVessel: {boat}", 8.6, h=4.4)
        where = rng.choice(["Westhaven Marina", "Pier 21 boatyard", "the owner’s berth"])
        line = (
            f"Kia ora, thanks for choosing us. Parts for {boat} shipped to Airlie Beach by air freight."
            if zero
            else f"Kia ora, thanks for choosing us. Work carried out on {boat} at {where}."
        )
        txt(pdf, 14, 66, line, 7.8, color=(70, 70, 70))
        cols = [
            ("Description", 62, "L"),
            ("Qty", 12, "R"),
            ("Unit price", 20, "R"),
            ("GST", 12, "R"),
            ("Amount " + cur, 26, "R"),
        ]
        rows = [[x["desc"], qstr(x["qty"]), m(x["price"]), "0%" if zero else "15%", m(x["amount"])] for x in items]
        y = table(pdf, 12, 74, cols, rows, size=7.6, rowh=5.2, border_bottom=False, header_color=color)
        y += 4
        rt = [
            ("Subtotal", m(net), False),
            ("Total GST 0% (zero-rated: goods exported)" if zero else "Total GST 15%", m(tax), False),
            ("TOTAL " + cur, m(total), True),
        ]
        if paid:
            rt += [("Less amount paid", m(paid), False), ("AMOUNT DUE " + cur, m(due_amt), True)]
        totals(pdf, 12, y, rt, wl=82, wv=32, size=8.4, line=color, step=5.4)
        y += 5.4 * len(rt) + 4
        txt(pdf, 12, y, "Ngā mihi nui, the team at " + vname.split(" Ltd")[0], 7.8, "I", color=(70, 70, 70))
        yr = 250
        pdf.set_draw_color(150, 150, 150)
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.line(0, yr, 146, yr)
        pdf.set_dash_pattern()
        txt(pdf, 12, yr + 4, "PAYMENT ADVICE", 10, "B")
        kv(
            pdf,
            12,
            yr + 11,
            [
                ("To:", vname),
                ("Customer:", bname),
                ("Invoice number:", no),
                ("Amount due:", f"{m(due_amt)} {cur}"),
                ("Due date:", fd(due)),
                ("Amount enclosed:", "________________"),
            ],
            wl=32,
            wv=80,
            size=7.6,
            step=4.6,
            align="L",
        )
        pdf.output(path)

    notes = (
        "Auckland (New Zealand) marine electrician's TAX INVOICE in English (a 'Kia ora' line and 'Ngā mihi' in te reo Māori), a RIGHT SIDEBAR with the AMOUNT DUE boxed at its top, the invoice date and number, the GST number, NZBN and bank account, a table WITHOUT RULES and the totals under it at the left, a payment advice slip at the foot; "
        + (
            "zero-rated (GST 0 %) parts exported to an Australian client with the air freight, in AUSTRALIAN DOLLARS: "
            if zero
            else "GST 15 % in New Zealand dollars ('1,234.50'): "
        )
        + "vendor = the name at the top; vendor_tax_id = its 'GST number' (the IRD number, '123-456-789'; the NZBN, the bank account and the customer number are decoys). "
        "invoice_number = 'Invoice number'; invoice_date = 'Invoice date' ("
        + ["d Mon yyyy", "dd/mm/yyyy", "d Month yyyy", "dd/mm/yyyy"][i]
        + "); the job number is a decoy. due_date = 'Due' in the sidebar (= the slip's 'Due date'"
        + ("; the 20th of the following month" if i in (0, 2) else "")
        + "). "
        + po_note(po, "Reference")
        + f"subtotal = 'Subtotal'; tax = 'Total GST'; total = 'TOTAL {cur}'"
        + (
            " (a part payment is deducted below it: 'AMOUNT DUE' is the balance, not the total)"
            if paid
            else " (= the 'AMOUNT DUE')"
        )
        + f". Currency {cur}. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL " + cur, fd(due), job, nzbn, acct, m(due_amt) if paid else None]}
    return t, chk, render
