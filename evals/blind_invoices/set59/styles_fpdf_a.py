"""fpdf2 styles for set 59, first part (06 Uralsk СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid, НДС 12 % (16 %
from 2026), tenge '1 234,56', one document over TWO PAGES; 07 Resistencia FACTURA A in Spanish on a LANDSCAPE page, the
facts as LABEL: value pairs BESIDE each other, IVA 21 % and 10,5 % printed only per rate, CAE)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, kz_bin, rand_iban
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, frame, kv, lines, para, po_note, qr_fpdf, truth, wrap
from stdnum.ar import cuit

STYLES, style = style_registry("fpdf2")


def ru_long(x):
    """'12 марта 2026 г.'"""
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


# =========================================================================== 06 Uralsk (НДС 12 / 16, KZT), fully ruled, two pages
KK_V = [
    ("ТОО «Приуралье Агро Снаб»", "г. Уральск, ул. Ауэзова, 189", (22, 101, 52)),
    ("ТОО «Жайык Строй Материалы»", "г. Уральск, пр. Назарбаева, 47", (30, 64, 175)),
    ("ТОО «Батыс Энерго Сервис»", "г. Уральск, Промышленная зона Деркул, 12", (127, 29, 29)),
    ("ТОО «Орал Полиграф»", "г. Уральск, ул. Курмангазы, 22", (88, 28, 135)),
]
KK_B = ["ТОО «Зерновая компания Теректы»", "ГКП «Уральск Жылу»", "ТОО «Аксайский машиностроительный завод»", "КГУ «Средняя школа № 15 г. Кокшетау»"]
KK_ROWS = [
    ("Семена пшеницы «Акмола 2», элита", "т", 1, 40, 180000, 320000), ("Гербицид «Гранстар», 1 кг", "шт", 2, 40, 24000, 58000), ("Запчасти к комбайну, ремкомплект", "компл", 1, 6, 85000, 240000),
    ("Цемент М400, 50 кг", "меш", 20, 400, 2100, 2900), ("Кирпич облицовочный", "тыс. шт", 1, 20, 68000, 112000), ("Арматура А500С ф12", "т", 1, 12, 310000, 395000),
    ("Кабель АВБбШв 4х95", "м", 20, 400, 4200, 7900), ("Трансформатор ТМГ-250", "шт", 1, 2, 2400000, 3900000), ("Монтажные работы", "час", 8, 120, 6500, 11000),
    ("Бланки строгой отчетности", "пачка", 5, 100, 3200, 6800), ("Печать буклетов А4", "шт", 100, 3000, 120, 480), ("Календари настенные", "шт", 20, 300, 1900, 3600),
    ("Автоматический выключатель 3P 63А", "шт", 2, 40, 9800, 21000), ("Счетчик электроэнергии трехфазный", "шт", 1, 20, 28000, 54000), ("Изолятор ШФ-20", "шт", 10, 200, 1200, 2600),
    ("Провод СИП-2 3х70", "м", 50, 900, 1450, 2400), ("Опора СВ-110", "шт", 2, 30, 78000, 125000), ("Перевозка грузов", "рейс", 1, 6, 45000, 120000),
]


@style("06", "kz_ura_uralsk_schet_faktura_nds_12_16_ruled_two_pages")
def s06(rng, i):
    vname, vaddr, color = KK_V[i]
    d = rand_date(rng)
    rate = 16 if d >= dt.date(2026, 1, 1) else 12
    two = i == 2
    pool = KK_ROWS if two else KK_ROWS[i * 3 : i * 3 + 3] + KK_ROWS[15:18]
    items = lines(rng, pool, [4, 3, 16, 4][i], D("1"))
    for x in items:
        x["rate"] = rate
        x["tax"] = (x["amount"] * rate / 100).quantize(D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = kz_bin(rng, dt.date(rng.randint(2004, 2019), rng.randint(1, 12), 1))
    bbin = kz_bin(rng, dt.date(rng.randint(1999, 2020), rng.randint(1, 12), 1))
    no = [f"{rng.randint(100, 999)}", f"СФ-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    fd = [ru_long, lambda x: x.strftime("%d.%m.%Y"), ru_long, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (1, 2) else None
    po = [f"{rng.randint(10, 99)}-{d.year}", None, f"{rng.randint(100, 999)}/ЗП", None][i]
    dogovor = f"№ {po} от {(d - dt.timedelta(days=rng.randint(20, 200))).strftime('%d.%m.%Y')}" if po else "без договора"
    ib = rand_iban(rng, "KZ", 16, rng.choice(["601", "722", "998", "826"]))
    ttn = f"{rng.randint(1000, 9999)} от {(d - dt.timedelta(days=rng.randint(0, 3))).strftime('%d.%m.%Y')}"
    f = lambda x: sp(x)  # noqa: E731
    cols = [("№", 9, "R"), ("Наименование товаров, услуг", 50, "L"), ("Ед.", 14, "L"), ("Кол-во", 14, "R"), ("Цена, тенге", 24, "R"), ("Сумма без НДС", 30, "R"), (f"НДС {rate}%", 25, "R"), ("Всего с НДС", 28, "R")]
    rows = [[str(k + 1), wrap(x["desc"], 30), x["unit"], qstr(x["qty"]), f(x["price"]), f(x["amount"]), f(x["tax"]), f(x["amount"] + x["tax"])] for k, x in enumerate(items)]

    def grid_box(pdf, x, y, w, h, label, value):
        pdf.rect(x, y, w, h)
        txt(pdf, x + 1.5, y + 1, label, 6.8, color=(90, 90, 90))
        txt(pdf, x + 1.5, y + 4.6, value, 8.4, "B")

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия для Казахстана")
        pages = 2 if two else 1
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        txt(pdf, 8, 8, f"{vname} · {vaddr}", 8.4, "B", color=color)
        txt(pdf, 150, 8, f"Страница 1 из {pages}", 7.4, w=52, align="R", color=(90, 90, 90))
        txt(pdf, 8, 15, f"СЧЕТ-ФАКТУРА № {no} от {fd(d)}", 13, "B")
        txt(pdf, 8, 22, f"Дата совершения оборота: {(d - dt.timedelta(days=rng.randint(0, 4))).strftime('%d.%m.%Y')}", 8)
        y = 28
        for row in (
            [(96, "Поставщик", vname), (50, "БИН поставщика", vid), (48, "Свидетельство по НДС", f"серия {digits(rng, 5)} № {digits(rng, 7)}")],
            [(96, "Адрес местонахождения поставщика", vaddr), (98, "ИИК поставщика / БИК", f"{group4(ib)} / {rng.choice(['HSBKKZKX', 'CASPKZKA', 'KCJBKZKX'])}")],
            [(66, "Договор (контракт) на поставку", dogovor), (64, "Условия оплаты по договору", "оплата до " + fd(due) if due else "предоплата 100%"), (64, "Товарно-транспортная накладная", ttn)],
            [(96, "Получатель", KK_B[i]), (50, "БИН получателя", bbin), (48, "Пункт назначения", "г. Уральск" if i != 2 else "г. Аксай")],
        ):
            x = 8
            for w, lab, val in row:
                grid_box(pdf, x, y, w, 10, lab, val)
                x += w
            y += 10
        first = rows[:11] if two else rows
        y0 = y + 5
        y1 = table(pdf, 8, y0, cols, first, size=7.6, rowh=6, header_fill=(230, 230, 230), line_color=(0, 0, 0))
        frame(pdf, 8, y0, y1, cols, color=(0, 0, 0))
        if two:
            txt(pdf, 8, y1 + 3, "Продолжение на следующей странице", 7.4, color=(90, 90, 90))
            pdf.add_page()
            txt(pdf, 8, 8, f"{vname} · Счет-фактура № {no} от {fd(d)} (продолжение)", 8.4, "B", color=color)
            txt(pdf, 150, 8, "Страница 2 из 2", 7.4, w=52, align="R", color=(90, 90, 90))
            y0 = 18
            y1 = table(pdf, 8, y0, cols, rows[11:], size=7.6, rowh=6, header_fill=(230, 230, 230), line_color=(0, 0, 0))
            frame(pdf, 8, y0, y1, cols, color=(0, 0, 0))
        # ruled totals row under the table
        w0 = sum(c[1] for c in cols[:5])
        pdf.rect(8, y1, w0, 7)
        txt(pdf, 10, y1 + 1.6, "Всего по счету:", 8.4, "B")
        x = 8 + w0
        for (_t, w, _a), v in zip(cols[5:], [f(net), f(tax), f(total)], strict=True):
            pdf.rect(x, y1, w, 7)
            txt(pdf, x + 1, y1 + 1.6, v, 7.6, "B", w=w - 2, align="R")
            x += w
        y = y1 + 12
        para(pdf, 8, y, 194, f"Всего к оплате: {f(total)} тенге, в том числе НДС {rate}% — {f(tax)} тенге. Сумма без НДС: {f(net)} тенге. Валюта: казахстанский тенге (KZT).", 8.2, h=4.4)
        y += 14
        if due:
            txt(pdf, 8, y, f"Срок оплаты: {fd(due)}", 8.4, "B")
            y += 7
        for lab in ("Руководитель организации", "Главный бухгалтер", "Выписал (ответственное лицо поставщика)"):
            txt(pdf, 8, y, f"{lab}: ____________________  /{rng.choice(['Жумабаев А.К.', 'Иванова Н.П.', 'Сейтказиева Г.М.', 'Ким В.Р.'])}/", 8)
            y += 6.5
        txt(pdf, 8, y + 2, "М.П.   Электронный счет-фактура в ИС ЭСФ: ESF-" + digits(rng, 12, True), 7.4, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        f"Uralsk (Oral, West Kazakhstan region, Kazakhstan) СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid (every fact in a ruled box with its label above the value, a ruled item table, a ruled totals row), НДС {rate} % ({'16 % from 1 January 2026' if rate == 16 else '12 % before 2026'}), tenge '1 234,56'"
        + (", over TWO PAGES (11 rows on the first, the rest and the totals on the second, 'Страница x из 2')" if two else "")
        + ": vendor = 'Поставщик'; vendor_tax_id = 'БИН поставщика' (12 digits, check digit valid; the БИН получателя, the НДС certificate, the ИИК/IBAN, the БИК, the ЭСФ number are decoys). "
        "invoice_number = 'СЧЕТ-ФАКТУРА №'; invoice_date = its 'от' date (the 'Дата совершения оборота' and the ТТН date are decoys). "
        + due_note(due, "предоплата 100%", "Срок оплаты")
        + po_note(po, "Договор (контракт) на поставку №")
        + "subtotal = 'Сумма без НДС' of 'Всего по счету' (and 'Сумма без НДС:' in the sentence under it); tax = the НДС of 'Всего по счету'; total = 'Всего с НДС' of 'Всего по счету' / 'Всего к оплате'. Currency KZT ('тенге'). Line items: every row, 'Сумма без НДС'."
    )
    t = truth(vname, vid, no, po, d, due, "KZT", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Всего по счету:", fd(due) if due else None, bbin, ttn, "Страница 2 из 2" if two else None]}
    return t, chk, render


# =========================================================================== 07 Resistencia (IVA 21 / 10,5, ARS), factura A, landscape, labels beside
TU_V = [
    ("Algodonera del Chaco S.A.", "Ruta Nacional 11 km 1003, Resistencia, Chaco", "IVA Responsable Inscripto", (194, 65, 12)),
    ("Metalúrgica Guaycurú S.R.L.", "Av. Sarmiento 1450, Resistencia, Chaco", "IVA Responsable Inscripto", (30, 64, 175)),
    ("Taninera del Quebracho Servicios S.A.", "Calle Juan B. Justo 310, Resistencia, Chaco", "IVA Responsable Inscripto", (21, 94, 49)),
    ("Distribuidora Barranqueras S.A.", "Av. Laprida 2150, Barranqueras, Chaco", "IVA Responsable Inscripto", (107, 33, 168)),
]
TU_B = ["Supermercados del Nordeste S.A.", "Agroindustrial Puerto Tirol S.R.L.", "Transporte Fontana S.A.", "Cooperativa Agrícola de Sáenz Peña Ltda."]
TU_ROWS = [
    [("Fibra de algodón, fardo 220 kg", "cajas", 20, 600, 9000, 16000, "10.5"), ("Semilla de algodón, tonelada", "tambores", 1, 20, 380000, 690000, "21"), ("Aceite de algodón crudo, kg", "kg", 5, 80, 28000, 52000, "21"), ("Flete a destino", "viajes", 1, 3, 180000, 420000, "21")],
    [("Estructura metálica galpón, kg", "kg", 200, 4000, 2900, 4800, "21"), ("Tornillería galvanizada, kit", "kits", 5, 60, 18000, 42000, "21"), ("Montaje en obra, hora", "horas", 8, 120, 14000, 26000, "21")],
    [("Harina de trigo 000, bolsa 50 kg", "bolsas", 20, 400, 42000, 58000, "10.5"), ("Extracto de quebracho, bolsa 25 kg", "t", 10, 200, 18000, 32000, "21"), ("Rollizos de algarrobo, tonelada", "litros", 200, 3000, 900, 1600, "21")],
    [("Yerba mate 1 kg, bulto x 10", "bultos", 10, 200, 28000, 46000, "21"), ("Harina 000, bolsa 25 kg", "bolsas", 10, 200, 14000, 24000, "10.5"), ("Aceite girasol 1,5 l, caja x 12", "cajas", 5, 100, 32000, 52000, "21"), ("Fideos secos 500 g, caja x 20", "cajas", 5, 120, 15000, 26000, "10.5")],
]


def ar_rate(r):
    return str(r).replace(".", ",")


@style("07", "ar_res_resistencia_factura_a_iva_21_10_5_landscape")
def s07(rng, i):
    vname, vaddr, cond, color = TU_V[i]
    d = rand_date(rng)
    items = lines(rng, TU_ROWS[i], [4, 3, 3, 4][i], D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = cuit.format(valid(rng, lambda: "30" + digits(rng, 9), cuit.is_valid))
    bcuit = cuit.format(valid(rng, lambda: rng.choice(["30", "33"]) + digits(rng, 9), cuit.is_valid))
    pv = f"{rng.randint(1, 12):05d}"
    no = f"{pv}-{rng.randint(100, 99999):08d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [f"OC {rng.randint(10000, 99999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    cae = digits(rng, 14, True)
    p1 = d.replace(day=1) - dt.timedelta(days=1)

    def render(path):
        pdf = new_fpdf("L", creator="AFIP – Comprobantes en línea")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(8, 8, 281, 42)
        pdf.line(148.5, 20, 148.5, 50)
        pdf.rect(140, 8, 17, 14)
        txt(pdf, 140, 8.5, "A", 22, "B", w=17, align="C")
        txt(pdf, 140, 17.5, "COD. 01", 6.5, "B", w=17, align="C")
        txt(pdf, 12, 11, vname, 15, "B", color=color)
        kv(pdf, 12, 22, [("Razón Social:", vname), ("Domicilio Comercial:", vaddr), ("Condición frente al IVA:", cond)], wl=36, wv=95, size=8.2, align="L", color=(60, 60, 60))
        txt(pdf, 165, 11, "FACTURA", 16, "B")
        kv(pdf, 165, 20, [("Comp. Nro:", no), ("Fecha de Emisión:", fd(d)), ("CUIT:", vid), ("Ingresos Brutos:", f"{digits(rng, 3, True)}-{digits(rng, 5)}-{rng.randint(0, 9)}"), ("Fecha de Inicio de Actividades:", f"01/{rng.randint(1, 12):02d}/{rng.randint(1995, 2015)}")], wl=50, wv=70, size=8.2, align="L", color=(60, 60, 60))
        pdf.rect(8, 52, 281, 10)
        txt(pdf, 12, 54, f"Período Facturado Desde: {fd(p1.replace(day=1))}    Hasta: {fd(p1)}    Fecha de Vto. para el pago: {fd(due) if due else '—'}", 8.2)
        pdf.rect(8, 64, 281, 22)
        kv(pdf, 12, 66, [("CUIT:", bcuit), ("Apellido y Nombre / Razón Social:", TU_B[i]), ("Condición frente al IVA:", "IVA Responsable Inscripto"), ("Condición de venta:", "Cuenta Corriente" if due else "Contado")], wl=56, wv=110, size=8.2, align="L", color=(60, 60, 60))
        kv(pdf, 190, 66, [("Orden de compra:", po), ("Remito Nº:", f"{pv}-{rng.randint(1000, 99999):08d}")], wl=32, wv=60, size=8.2, align="L", color=(60, 60, 60))
        cols = [("Código", 18, "L"), ("Producto / Servicio", 94, "L"), ("Cantidad", 20, "R"), ("U. medida", 20, "L"), ("Precio Unit.", 30, "R"), ("% Bonif", 15, "R"), ("Subtotal", 30, "R"), ("Alícuota IVA", 22, "R"), ("Subtotal c/IVA", 32, "R")]
        rows = [[f"{rng.randint(100, 999)}", x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), "0,00", de(x["amount"]), ar_rate(x["rate"]) + "%", de(q2(x["amount"] * (100 + x["rate"]) / 100))] for x in items]
        y = table(pdf, 8, 90, cols, rows, size=8, rowh=6, header_fill=(220, 220, 220))
        y = max(y + 6, 140)
        pdf.rect(8, y, 281, 40)
        rows_t = [("Importe Neto Gravado: $", de(net))] + [(f"IVA {ar_rate(r)}%: $", de(t)) for r, _b, t in rates] + [("Importe Otros Tributos: $", "0,00"), ("Importe Total: $", de(total))]
        yy = y + 3
        for lab, val in rows_t:
            bold = lab.startswith("Importe Total")
            txt(pdf, 190, yy, lab, 9 if bold else 8.4, "B" if bold else "", w=58, align="R")
            txt(pdf, 250, yy, val, 9 if bold else 8.4, "B", w=35, align="R")
            yy += 5.6
        para(pdf, 12, y + 4, 160, "Los importes se expresan en pesos argentinos. " + ("Transferencia a CBU " + digits(rng, 22, True) + "." if due else "Pagado en efectivo al momento de la entrega."), 8, h=4.2, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 12, 184, 20)
        txt(pdf, 36, 188, "Comprobante Autorizado", 9, "B")
        txt(pdf, 36, 193, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", 6.8, color=(90, 90, 90))
        txt(pdf, 200, 186, f"CAE Nº: {cae}", 9, "B", w=85, align="R")
        txt(pdf, 200, 192, f"Fecha de Vto. de CAE: {fd(d + dt.timedelta(days=10))}", 9, "B", w=85, align="R")
        txt(pdf, 120, 200, "Pág. 1/1", 7.5, w=50, align="C")
        pdf.output(path)

    notes = (
        "Resistencia (Chaco, Argentina) FACTURA A (COD. 01) in Spanish on a LANDSCAPE page, the facts as LABEL: value pairs BESIDE each other, a table with header fill and rules under each row, IVA "
        + " and ".join(f"{ar_rate(r)} %" for r, _, _ in rates) + ", '1.234,56': vendor = 'Razón Social' (the name at the top left); vendor_tax_id = the issuer's 'CUIT' in the right half of the header (check digit valid; the customer's CUIT, Ingresos Brutos, the CAE, the remito number and the CBU are decoys). "
        "invoice_number = 'Comp. Nro' (point of sale and number as printed); invoice_date = 'Fecha de Emisión' (the period, the CAE's expiry and the activity start date are decoys). "
        + due_note(due, None, "Fecha de Vto. para el pago")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Importe Neto Gravado'; tax = the sum of the 'IVA x%' rows (no tax total printed" + ("; one row only here" if len(rates) == 1 else "") + "); total = 'Importe Total'. Currency ARS ('$', pesos argentinos). Line items: every row, 'Subtotal' without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "ARS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Importe Total: $", bcuit, cae], "tax_parts": [str(tt) for _r, _b, tt in rates]}
    return t, chk, render
