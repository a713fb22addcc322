"""fpdf2 styles for set 12, part B (04 Kazakh счет-фактура of a fuel-card operator on a landscape page, with a portrait
second page listing the month's card transactions at pump prices, НДС 12 % in 2025 and 16 % from 2026; 07 Mozambican
factura converted from an accepted pro-forma, with the advance received deducted below the total, IVA 16 %)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only (no Liberation), so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    de,
    digits,
    exact_price,
    iban,
    li,
    mt,
    new_fpdf,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_words import pt_words
from stdnum.mz import nuit as _mznuit

STYLES, style = style_registry("fpdf2")


# =========================================================================== 04 Kazakh счет-фактура of a fuel-card operator (БИН, НДС 12 % / 16 %, landscape form + transaction register)
KZ_V = [
    ("ТОО «ДалаОйл Сервис»", "г. Астана, район Есиль, проспект Мангилик Ел, 55/20", "Астана"),
    ("ТОО «Петро-Карт Казахстан»", "г. Алматы, Бостандыкский район, пр. Аль-Фараби, 77/8", "Алматы"),
    ("ТОО «Степной Ойл Трейд»", "г. Караганда, район им. Казыбек би, ул. Ерубаева, 41", "Караганда"),
    ("АО «Алатау Фьюэл Карт»", "г. Алматы, Медеуский район, ул. Кунаева, 32", "Алматы"),
]
KZ_B = [("ТОО «Астана Логистик Групп»", "г. Астана, ул. Сарыарка, 6"), ("ТОО «КазТрансСтрой-Юг»", "г. Шымкент, пр. Тауке хана, 14"),
        ("ТОО «Караганда Агро Холдинг»", "Карагандинская обл., г. Темиртау, ул. Металлургов, 3"), ("ТОО «Алматы Курьер Экспресс»", "г. Алматы, ул. Толе би, 101")]
KZ_P = [  # (name, unit, price lo, hi excl. VAT per unit, qty lo, qty hi, fuel)
    ("Бензин АИ-92", "л", 183, 212, 300, 9800, True), ("Бензин АИ-95", "л", 238, 272, 150, 4200, True), ("Дизельное топливо ДТ-Л-К5 (летнее)", "л", 262, 298, 500, 12000, True),
    ("Дизельное топливо ДТ-З-К5 (зимнее)", "л", 298, 338, 500, 9000, True), ("Газ сжиженный (пропан-бутан)", "л", 86, 108, 200, 4800, True),
    ("Мойка автомобиля (услуга)", "услуга", 2400, 4200, 4, 40, False), ("Масло моторное 5W-40, канистра 4 л", "шт", 14500, 22500, 2, 24, False),
]
KZ_AZS = ["АЗС № {n}, г. Астана, пр. Туран, {h}", "АЗС № {n}, г. Алматы, пр. Райымбека, {h}", "АЗС № {n}, трасса Астана–Караганда, {h} км", "АЗС № {n}, г. Караганда, ул. Бухар-Жырау, {h}",
          "АЗС № {n}, г. Шымкент, пр. Республики, {h}", "АЗС № {n}, г. Темиртау, ул. Ленина, {h}"]


def kz_bin(rng, d):
    """A BIN: registration year and month, 4 (resident legal entity), 0 (head office), five serial digits and the check digit of
    the public IIN/BIN rule (weights 1..11 mod 11, then 3..11,1,2 when the first gives 10)."""
    while True:
        yy = rng.randint(3, min(24, d.year - 2001))
        s = f"{yy:02d}{rng.randint(1, 12):02d}40{digits(rng, 5)}"
        c = sum(int(ch) * w for ch, w in zip(s, range(1, 12), strict=True)) % 11
        if c == 10:
            c = sum(int(ch) * w for ch, w in zip(s, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
        if c != 10:
            return s + str(c)


def grid(pdf, x, y, cols, heads, rows, size=6.8, font="DVC", head_h=11, rowh=5.2):
    """A fully ruled table whose header cells wrap (fpdf2 multi_cell); rows are single lines."""
    pdf.set_draw_color(0, 0, 0)
    cx = x
    for (w, _al), h in zip(cols, heads, strict=True):
        pdf.rect(cx, y, w, head_h)
        pdf.set_font(font, "", size - 0.6)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(cx + 0.5, y + 0.8)
        pdf.multi_cell(w - 1, size * 0.4, h, align="C")
        cx += w
    y += head_h
    for r in rows:
        cx = x
        for (w, al), v in zip(cols, r, strict=True):
            pdf.rect(cx, y, w, rowh)
            txt(pdf, cx + 0.6, y + 0.9, v, size, "B" if r is rows[-1] and r[0] == "" else "", font, al, w - 1.2, h=size * 0.45)
            cx += w
        y += rowh
    return y


@style("04", "kz_schet_faktura_fuel_card_register")
def s04(rng, i):
    vname, vaddr, city = KZ_V[i]
    bname, baddr = KZ_B[i]
    r = rand_date(rng, end=dt.date(2026, 11, 15))
    d = (r.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)  # the month's last day
    first = d.replace(day=1)
    rate = D(12) if d.year == 2025 else D(16)
    picks = [p for p in KZ_P if p[6]]
    chosen = rng.sample(picks, rng.randint(1, 3)) + rng.sample([p for p in KZ_P if not p[6]], rng.randint(0, 2))
    items = []
    for name, unit, lo, hi, qlo, qhi, fuel in chosen:
        q = D(rng.randint(qlo * 100, qhi * 100)) / 100 if fuel else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), step=D("0.01"))
        items.append({"desc": name, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "fuel": fuel})
    for it in items:
        it["tax"] = q2(it["amount"] * rate / 100)
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    vbin = kz_bin(rng, d)
    bbin = kz_bin(rng, d)
    no = [f"{rng.randint(100, 99999):07d}", f"ПК-{d.month:02d}/{str(d.year)[2:]}-{rng.randint(100, 999)}", str(rng.randint(10, 999)), f"АФК-{d.year}/{rng.randint(1000, 9999)}"][i]
    words_d = i in (0, 2)
    fd_long = lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."  # noqa: E731
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    dp = fd_long(d) if words_d else f(d)
    due = d + dt.timedelta(days=[10, 0, 15, 0][i]) if i in (0, 2) else None
    po = f"ЗК-{rng.randint(100, 9999):04d}" if i == 3 else None
    contract_d = dt.date(d.year - rng.randint(0, 2), rng.randint(1, 3), rng.randint(1, 28))
    contract = f"№ {rng.randint(10, 480)}/ТК от {f(contract_d)}"
    iik_v = iban("KZ", rng.choice(["601", "722", "998", "826"]) + digits(rng, 13))
    iik_b = iban("KZ", rng.choice(["601", "722", "998", "826"]) + digits(rng, 13))
    bank = rng.choice([("АО «Народный Банк Казахстана»", "HSBKKZKX"), ("АО «Kaspi Bank»", "CASPKZKA"), ("АО «ForteBank»", "IRTYKZKA"), ("АО «Банк ЦентрКредит»", "KCJBKZKX")])
    # the transaction register: every product's quantity split over several card transactions, priced at the pump (VAT included)
    txs = []
    cards = [f"7826 {digits(rng, 2)}** **** {digits(rng, 4)}" for _ in range(rng.randint(2, 6))]
    azs = [a.format(n=rng.randint(1, 120), h=rng.randint(1, 240)) for a in rng.sample(KZ_AZS, 3)]
    for it in items:
        k = rng.randint(2, 6) if it["fuel"] else rng.randint(1, min(3, int(it["qty"])))
        if it["fuel"]:
            cents = int(it["qty"] * 100)
            cuts = sorted(rng.sample(range(1, cents), k - 1))
            parts = [D(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]
        else:
            n = int(it["qty"])
            cuts = sorted(rng.sample(range(1, n), k - 1)) if k > 1 else []
            parts = [D(b - a) for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
        pump = q0(it["price"] * (1 + rate / 100) * D(rng.choice(["1.00", "1.01", "1.02", "1.03"])))
        for part in parts:
            day = first + dt.timedelta(days=rng.randint(0, d.day - 1))
            txs.append({"d": day, "t": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "azs": rng.choice(azs), "card": rng.choice(cards), "p": it["desc"].split(" (")[0].split(",")[0], "q": part,
                        "pump": pump, "a": q2(part * pump), "unit": it["unit"]})
    txs.sort(key=lambda x: (x["d"], x["t"]))
    reg_total = sum(t_["a"] for t_ in txs)

    def render(path):
        pdf = new_fpdf(orientation="L", creator="1С:Бухгалтерия для Казахстана, ред. 3.0")
        pdf.add_page()
        txt(pdf, 180, 8, "Приложение 2 к приказу Министра финансов Республики Казахстан", 6.6, "", "DV", "R", 103, color=(80, 80, 80))
        txt(pdf, 180, 11, "от 12 января 2018 года № 10", 6.6, "", "DV", "R", 103, color=(80, 80, 80))
        txt(pdf, 0, 16, f"СЧЕТ-ФАКТУРА № {no} от {dp}", 12.5, "B", "DV", "C", 297)
        txt(pdf, 0, 22.5, f"Дата совершения оборота: {f(d)}", 8.4, "", "DV", "C", 297)
        lines = [
            ("Поставщик:", vname), ("БИН поставщика:", vbin), ("Адрес места нахождения поставщика:", vaddr),
            ("ИИК поставщика:", f"{iik_v} в {bank[0]}, БИК {bank[1]}"),
            ("Свидетельство о постановке на регистрационный учет по НДС:", f"серия {rng.randint(60001, 62001)} № {digits(rng, 7)} от {f(dt.date(rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28)))}"),
            ("Договор (контракт) на поставку товаров (работ, услуг):", contract), ("Условия оплаты по договору:", "безналичный расчет, 100 % предоплата" if not due else f"безналичный расчет; срок оплаты: до {f(due)}"),
            ("Пункт назначения поставляемых товаров (работ, услуг):", "АЗС сети поставщика, отпуск по топливным картам"), ("Период оказания услуг:", f"с {f(first)} по {f(d)}"),
        ]
        if po:
            lines.append(("Заказ покупателя №:", f"{po} от {f(first)}"))
        lines += [("Получатель:", bname), ("БИН получателя:", bbin), ("Адрес места нахождения получателя:", baddr), ("ИИК получателя:", f"{iik_b}")]
        if i == 1:
            lines.append(("Валюта:", "тенге (KZT)"))
        y = 29
        for a, b in lines:
            txt(pdf, 14, y, a, 7.4, "", "DV", color=(60, 60, 60))
            txt(pdf, 110, y, b, 7.4, "B" if a in ("Поставщик:", "Получатель:") else "", "DV")
            y += 3.9
        y += 2
        cols = [(8, "C"), (56, "L"), (13, "C"), (22, "R"), (22, "R"), (27, "R"), (12, "C"), (12, "R"), (27, "R"), (11, "C"), (24, "R"), (29, "R")]
        heads = ["№ п/п", "Наименование товаров (работ, услуг)", "Ед. изм.", "Кол-во (объем)", "Цена (тариф) за единицу без НДС, тенге", "Стоимость товаров без НДС, тенге", "Акциз: ставка",
                 "Акциз: сумма", "Размер оборота по реализации, тенге", "НДС: ставка", "НДС: сумма, тенге", "Всего стоимость реализации, тенге"]
        rows = [[str(k + 1), it["desc"], it["unit"], sp(it["qty"]) if it["fuel"] else qstr(it["qty"]), sp(it["price"]), sp(it["amount"]), "", "", sp(it["amount"]), f"{qstr(rate)}%", sp(it["tax"]),
                 sp(it["amount"] + it["tax"])] for k, it in enumerate(items)]
        rows.append(["", "Всего по счету:", "", "", "", sp(net), "", "", sp(net), "", sp(tax), sp(total)])
        y = grid(pdf, 14, y, cols, heads, rows)
        y += 6
        sig = [("Руководитель организации:", rng.choice(["Ахметов Н. С.", "Жумабекова А. Т.", "Ким В. Л."])), ("Главный бухгалтер:", rng.choice(["Сагинтаева Г. М.", "Петренко О. И.", "Оспанов Е. К."])),
               ("ВЫДАЛ (ответственное лицо поставщика):", rng.choice(["менеджер Сулейменова Д. А.", "бухгалтер Иванова Т. П."]))]
        for k, (a, b) in enumerate(sig):
            txt(pdf, 14 + (k % 2) * 140, y + (k // 2) * 7, f"{a} ____________ {b}", 7.6, "", "DV")
        txt(pdf, 200, y + 7, "М.П.", 8, "", "DV")
        txt(pdf, 14, y + 16, "Примечание: без печати недействительно. Оригинал (первый экземпляр) – покупателю. Копия (второй экземпляр) – поставщику. "
            "Реестр операций по топливным картам – приложение на 1 листе.", 6.8, "", "DV", color=(70, 70, 70))
        pdf.add_page(orientation="P")
        txt(pdf, 14, 12, f"Приложение к счету-фактуре № {no} от {dp}", 9, "B", "DV")
        txt(pdf, 14, 17.5, f"Реестр операций по топливным картам за период с {f(first)} по {f(d)}", 8.6, "", "DV")
        txt(pdf, 14, 22, f"Поставщик: {vname} · Покупатель: {bname}", 7.6, "", "DV", color=(70, 70, 70))
        tcols = [("Дата", 16, "L"), ("Время", 10, "C"), ("АЗС", 56, "L"), ("Карта", 30, "L"), ("Товар / услуга", 36, "L"), ("Кол-во", 15, "R"), ("Цена АЗС", 14, "R"), ("Сумма с НДС", 22, "R")]
        trows = [[f(t_["d"]), t_["t"], t_["azs"], t_["card"], t_["p"], sp(t_["q"]) if t_["unit"] == "л" else qstr(t_["q"]), sp(t_["pump"], 0), sp(t_["a"])] for t_ in txs]
        yy = table(pdf, 10, 27, tcols, trows, size=6.4, font="DVC", rowh=4.4, header_fill=(230, 230, 230), line_color=(190, 190, 190))
        yy += 3
        txt(pdf, 10, yy, f"Итого операций: {len(txs)}. Итого по реестру (по ценам АЗС, с НДС): {sp(reg_total)} тенге", 7.6, "B", "DVC")
        txt(pdf, 10, yy + 4.5, "Расчеты по счету-фактуре производятся по договорным ценам поставщика; цены АЗС приведены справочно.", 6.8, "", "DVC", color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Kazakh счет-фактура (Russian, Cyrillic) of a fuel-card operator on a landscape page (the standard form with its order reference, fully ruled, wrapped headers), and a portrait page 2: the "
        "month's card transactions ('Реестр операций по топливным картам'). vendor = 'Поставщик' (ТОО/АО with its «» quotes, as printed); vendor tax id = 'БИН поставщика' (12 digits; the check digit "
        "follows the public IIN/BIN rule, python-stdnum has no Kazakh module); the recipient's БИН, the ИИК accounts (KZ IBANs), БИК, the VAT registration certificate's series and number, the contract "
        "and the card numbers are decoys. invoice_number = the '№' in the title; invoice_date = the date after 'от' in the title (" + ("'31 марта 2026 г.'" if words_d else "dd.mm.yyyy")
        + ", the month's last day; 'Дата совершения оборота' is the same date); the contract's and certificate's dates, the service period and the transaction dates are decoys. "
        + ("due = 'срок оплаты: до …' in the payment terms. " if due else "Prepaid (100 % предоплата): no due date (null). ")
        + (f"PO = 'Заказ покупателя №' {po}. " if po else "No PO (the contract is none). ")
        + f"subtotal = the 'Всего по счету' row's 'Стоимость товаров без НДС' (= 'Размер оборота'); tax = its 'НДС: сумма' ({qstr(rate)}% — Kazakhstan's VAT was 12% in 2025 and is 16% from 2026); "
        "total = its 'Всего стоимость реализации'. Page 2's amounts are at pump prices with VAT (a different price): its per-transaction sums and 'Итого по реестру' are decoys. Currency KZT (тенге"
        + (", 'Валюта: тенге (KZT)' printed" if i == 1 else ", named in the column headers only") + "). Amounts '1 234 567,89'; litres with two decimals. Line items: the invoice rows of page 1 only "
        "(amount = 'Стоимость товаров без НДС', net; quantity 'Кол-во'), not the transactions of page 2."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vbin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="KZT", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [dp, f(due) if due else None, vbin, no, po, vname, "тенге"], render


# =========================================================================== 07 Mozambican factura converted from a pro-forma (NUIT, IVA 16 %, advance deducted, MZN)
MZ_V = [
    ("Construções Zambeze, Lda.", "Av. 24 de Julho, n.º 1234, Maputo", (150, 60, 20)),
    ("Mobiliário & Escritório Índico, Lda.", "Av. Eduardo Mondlane, n.º 2150, Maputo", (20, 80, 130)),
    ("SolarMoz Energias Renováveis, S.A.", "Rua de Kassuende, n.º 188, Maputo", (200, 140, 0)),
    ("Beira Tech Informática, Lda.", "Rua Major Serpa Pinto, n.º 45, Beira", (60, 60, 120)),
]
MZ_B = [("Hotel Polana Serena, S.A.", "Av. Julius Nyerere, 1380, Maputo"), ("Instituto Nacional de Estatística", "Av. 24 de Julho, 1989, Maputo"),
        ("Cooperativa Agrícola de Chókwè", "Bairro 3, Chókwè, Gaza"), ("Cornelder de Moçambique, S.A.", "Porto da Beira, Beira")]
MZ_L = [
    [("Reabilitação de cobertura – chapa IBR 0,5 mm", "m²", 850, 1450, 40, 400), ("Pintura interior e exterior", "m²", 320, 560, 80, 900), ("Instalação eléctrica – pontos de luz", "un", 1800, 3200, 10, 80),
     ("Mão-de-obra especializada", "dia", 2500, 4200, 5, 40)],
    [("Secretária executiva 160x80 cm", "un", 18500, 32000, 2, 30), ("Cadeira ergonómica com braços", "un", 7800, 14500, 4, 60), ("Armário metálico de 4 gavetas", "un", 12500, 19800, 2, 20),
     ("Montagem e transporte", "serv.", 8000, 25000, 1, 1)],
    [("Painel solar 550 W monocristalino", "un", 9800, 14500, 4, 60), ("Inversor híbrido 8 kW", "un", 78000, 125000, 1, 4), ("Bateria de lítio 5 kWh", "un", 95000, 145000, 1, 6),
     ("Estrutura de montagem e cablagem", "cj", 25000, 60000, 1, 3), ("Instalação e comissionamento", "serv.", 35000, 90000, 1, 1)],
    [("Computador portátil Lenovo ThinkPad E14", "un", 850, 1250, 2, 20), ("Impressora multifunções laser", "un", 320, 650, 1, 6), ("Switch 24 portas gerível", "un", 280, 520, 1, 4),
     ("Licença Microsoft 365 Business Standard (anual)", "un", 140, 190, 5, 40)],
]


@style("07", "mz_factura_from_proforma_advance")
def s07(rng, i):
    vname, vaddr, color = MZ_V[i]
    bname, baddr = MZ_B[i]
    d = rand_date(rng)
    usd = i == 3
    items = []
    for desc, unit, lo, hi, qlo, qhi in rng.sample(MZ_L[i], rng.randint(2, len(MZ_L[i]))):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), step=D("0.50") if not usd else D("0.01"))
        disc = D(rng.choice([0, 5, 10])) if i == 2 else D(0)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "disc": disc, "amount": q2(q * p * (100 - disc) / 100)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    nuit = valid(rng, lambda: "4" + digits(rng, 8), _mznuit.is_valid)
    b_nuit = valid(rng, lambda: rng.choice("45") + digits(rng, 8), _mznuit.is_valid)
    no = [f"FT {d.year}/{rng.randint(10, 999):04d}", f"FA{str(d.year)[2:]}-{rng.randint(100, 999)}", f"SM/FT/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    pf_d = d - dt.timedelta(days=rng.randint(15, 75))
    pf = [f"PF {pf_d.year}/{rng.randint(10, 99):04d}", f"PF{str(d.year)[2:]}-{rng.randint(10, 99)}", f"SM/PF/{pf_d.year}/{rng.randint(10, 99)}", f"PRO-{rng.randint(100, 999)}/{pf_d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=15), None, d + dt.timedelta(days=30)][i]
    po = [f"REQ-{d.year}-{rng.randint(100, 999)}", None, None, f"NE {rng.randint(10000, 99999)}"][i]
    fm = sp if i == 2 else de
    cur = "USD" if usd else "MT"
    adv = q2(total * D(rng.choice(["0.3", "0.5", "0.6"]))) if i in (0, 2, 3) else None
    rc_d = pf_d + dt.timedelta(days=rng.randint(2, 10))
    whole, cents = int(total), int((total - int(total)) * 100)
    words = f"São: {pt_words(whole)} {'dólares americanos' if usd else 'meticais'}" + (f" e {pt_words(cents)} {'cêntimos' if usd else 'centavos'}" if cents else "")
    fx = D(rng.randint(6350, 6420)) / 100

    def render(path):
        pdf = new_fpdf(creator="Primavera ERP v10 – Moçambique")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", "Serif", color=color)
        txt(pdf, 14, 19, vaddr + f" · Tel. +258 {rng.choice(['21', '23', '84', '82'])} {digits(rng, 3, True)} {digits(rng, 3)}", 7.8, "", "DV", color=(70, 70, 70))
        txt(pdf, 14, 23, f"NUIT: {_mznuit.format(nuit) if i in (1, 3) else nuit}  ·  Alvará n.º {rng.randint(100, 9999)}/{rng.randint(2012, 2022)}  ·  Capital social: {de(D(rng.choice([50, 150, 500, 2500])) * 1000)} MT", 7.8, "", "DV", color=(70, 70, 70))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 28, 196, 28)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 33, "FACTURA", 17, "B", "Serif")
        txt(pdf, 14, 41, f"N.º {no}", 10.5, "B", "DV")
        pdf.set_draw_color(150, 150, 150)
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(14, 47, 92, 10, "DF")
        txt(pdf, 16, 48.2, "Documento emitido por conversão da", 7.4, "I", "DV", color=(90, 90, 90))
        txt(pdf, 16, 52.2, f"Factura Pró-forma {pf} de {fd(pf_d)} (aceite pelo cliente)", 7.4, "I", "DV", color=(90, 90, 90))
        pdf.rect(112, 33, 84, 24)
        txt(pdf, 115, 34.5, "Exmo.(s) Senhor(es)", 7.2, "", "DV", color=(90, 90, 90))
        txt(pdf, 115, 39, bname, 9, "B", "DV")
        txt(pdf, 115, 44, baddr, 7.8, "", "DV")
        txt(pdf, 115, 49, f"NUIT: {b_nuit}", 7.8, "", "DV")
        kv = [("Data de emissão:", fd(d)), ("Data de vencimento:", fd(due)) if due else ("Condições de pagamento:", "Pronto pagamento"), ("Moeda:", "Dólar americano (USD)" if usd else "Metical (MZN)")]
        if po:
            kv.append(("V/ Requisição n.º:" if i == 0 else "Nota de encomenda n.º:", po))
        kv.append(("Ref.ª Pró-forma:", pf))
        y = 62
        for a, b in kv:
            txt(pdf, 14, y, a, 8.2, "", "DV", color=(80, 80, 80))
            txt(pdf, 52, y, b, 8.2, "B" if a.startswith("Data de e") else "", "DV")
            y += 4.6
        y += 3
        cols = [("Ref.", 16, "L"), ("Descrição", 72 if i == 2 else 84, "L"), ("Qtd.", 14, "R"), ("Un.", 12, "C"), ("Preço unit.", 26, "R")] + ([("Desc. %", 12, "R")] if i == 2 else []) + [("IVA", 10, "C"), ("Valor", 28, "R")]
        rows = [[f"{rng.choice(['A', 'S', 'M'])}{rng.randint(100, 999)}", it["desc"], qstr(it["qty"]), it["unit"], fm(it["price"])] + ([qstr(it["disc"])] if i == 2 else []) + ["16%", fm(it["amount"])] for it in items]
        y = table(pdf, 14, y, cols, rows, size=7.8, font="DV", rowh=6, header_fill=(235, 235, 235), line_color=(170, 170, 170))
        y += 5
        summ = [("Total mercadorias / serviços", fm(net)), ("IVA 16%", fm(tax)), (f"Total ({'USD' if usd else 'MZN'})", fm(total) + " " + cur)]
        if usd:
            summ.append((f"Contravalor em MZN (câmbio {de(fx)} MT/USD)", de(q2(total * fx)) + " MT"))
        if adv is not None:
            summ += [(f"Adiantamento recebido (Recibo RC {rc_d.year}/{rng.randint(10, 99):03d} de {fd(rc_d)})", "-" + fm(adv)), ("Valor a pagar", fm(total - adv) + " " + cur)]
        for a, b in summ:
            bold = a.startswith(("Total (", "Valor a pagar"))
            txt(pdf, 60, y, a, 8.2, "B" if bold else "", "DV", "R", 100)
            txt(pdf, 162, y, b, 8.2, "B" if bold else "", "DV", "R", 34)
            y += 5.2
        y += 4
        pdf.set_font("DV", "I", 8)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(14, y)
        pdf.multi_cell(182, 4.4, words + ".")
        y = pdf.get_y() + 4
        pdf.set_font("DV", "", 7.4)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(14, y)
        pdf.multi_cell(182, 3.8, f"Pagamento por transferência bancária para {rng.choice(['Millennium bim', 'BCI', 'Standard Bank', 'Absa Moçambique'])}, NIB {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 11)} {digits(rng, 2)}. "
                       "Os bens permanecem propriedade do fornecedor até ao pagamento integral. Este documento anula e substitui a factura pró-forma referida.")
        txt(pdf, 14, 262, "O Cliente: ______________________", 8.4, "", "DV")
        txt(pdf, 120, 262, "Pelo Fornecedor: ______________________", 8.4, "", "DV")
        txt(pdf, 0, 282, "Original · Processado por computador", 6.8, "", "DV", "C", 210, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Mozambican factura (Portuguese, fpdf2) converted from an accepted pro-forma: a shaded box under the number names the 'Factura Pró-forma' and its date (decoys, as is 'Ref.ª Pró-forma'). "
        "vendor = the letterhead (Lda./S.A. as printed); vendor tax id = 'NUIT' (9 digits, python-stdnum mz.nuit" + (", printed in three groups" if i in (1, 3) else "") + "); the alvará, capital, the "
        "client's NUIT and the NIB are decoys. invoice_number = 'N.º' under FACTURA; invoice_date = 'Data de emissão' (" + ["dd/mm/yyyy", "dd-mm-yyyy", "'12 de março de 2026'", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Data de vencimento'. " if due else "'Pronto pagamento': no due date (null). ")
        + (f"PO = '{'V/ Requisição n.º' if i == 0 else 'Nota de encomenda n.º'}' {po}. " if po else "No PO. ")
        + "subtotal = 'Total mercadorias / serviços'; tax = 'IVA 16%'; total = 'Total (" + ("USD" if usd else "MZN") + ")'"
        + ("; the advance received against the pro-forma ('Adiantamento recebido', with its receipt) and the 'Valor a pagar' after it are decoys" if adv is not None else "")
        + ("; the MZN counter-value is a decoy" if usd else "") + ". The amount in words ('São: ...') repeats the total. "
        + ("Currency USD. " if usd else "Currency MZN ('MT', metical). ") + "Amounts " + ("'1 234 567,89'" if i == 2 else "'1.234.567,89'")
        + ". Line items: every row (amount = 'Valor'" + (", after the line's 'Desc. %'" if i == 2 else "") + "; quantity 'Qtd.')."
    )
    printed_nuit = _mznuit.format(nuit) if i in (1, 3) else nuit
    t = T(
        vendor_name=vname, vendor_tax_id=printed_nuit, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD" if usd else "MZN", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, printed_nuit, no, po, vname, pf], render
