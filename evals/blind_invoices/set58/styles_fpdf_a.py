"""fpdf2 styles for set 58, first part (06 Babruysk СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid, НДС 20 %, Belarusian
roubles '1 234,56', one document over TWO PAGES; 07 Cáceres FACTURA in Spanish on a LANDSCAPE page, the facts as LABEL:
value pairs BESIDE each other, IVA 21 % and 10 % printed only per rate, the VERI*FACTU QR)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4
from invoice_kit import de, digits, iban, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, frame, kv, lines, para, po_note, qr_fpdf, truth, wrap
from stdnum.by import unp
from stdnum.es import cif

STYLES, style = style_registry("fpdf2")


def ru_long(x):
    """'12 марта 2026 г.'"""
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


# =========================================================================== 06 Babruysk (НДС 20, BYN), fully ruled, two pages
KK_V = [
    ("ООО «Бобруйский Агроснаб»", "г. Бобруйск, ул. Минская, 121", (22, 101, 52)),
    ("ООО «Березина Стройматериалы»", "г. Бобруйск, ул. Советская, 47", (30, 64, 175)),
    ("ЧУП «Могилевэнергомонтаж-Бобруйск»", "г. Бобруйск, ул. Шинная, 12", (127, 29, 29)),
    ("ООО «Бобруйская типография Полиграфист»", "г. Бобруйск, ул. Пушкина, 22", (88, 28, 135)),
]
KK_B = ["ОАО «Агрокомбинат Бобруйский»", "КУП «Бобруйское ЖКХ»", "ОАО «Осиповичский завод автоагрегатов»", "ГУО «Средняя школа № 15 г. Бобруйска»"]
KK_ROWS = [
    ("Семена ячменя «Гонар», элита", "т", 1, 40, 1200, 2100), ("Гербицид «Гранстар», 1 кг", "шт", 2, 40, 160, 390), ("Запчасти к комбайну, ремкомплект", "компл", 1, 6, 560, 1600),
    ("Цемент М500, 50 кг", "меш", 20, 400, 14, 19), ("Кирпич облицовочный", "тыс. шт", 1, 20, 450, 740), ("Арматура А500С ф12", "т", 1, 12, 2050, 2600),
    ("Кабель АВБбШв 4х95", "м", 20, 400, 28, 52), ("Трансформатор ТМГ-250", "шт", 1, 2, 16000, 26000), ("Монтажные работы", "час", 8, 120, 43, 73),
    ("Бланки строгой отчетности", "пачка", 5, 100, 21, 45), ("Печать буклетов А4", "шт", 100, 3000, 0.8, 3.2), ("Календари настенные", "шт", 20, 300, 12, 24),
    ("Автоматический выключатель 3P 63А", "шт", 2, 40, 65, 140), ("Счетчик электроэнергии трехфазный", "шт", 1, 20, 185, 360), ("Изолятор ШФ-20", "шт", 10, 200, 8, 17),
    ("Провод СИП-2 3х70", "м", 50, 900, 9.6, 16), ("Опора СВ-110", "шт", 2, 30, 520, 830), ("Перевозка грузов", "рейс", 1, 6, 300, 800),
]


@style("06", "by_bab_babruysk_schet_faktura_nds_20_ruled_two_pages")
def s06(rng, i):
    vname, vaddr, color = KK_V[i]
    d = rand_date(rng)
    rate = 20
    two = i == 2
    pool = KK_ROWS if two else KK_ROWS[i * 3 : i * 3 + 3] + KK_ROWS[15:18]
    items = lines(rng, pool, [4, 3, 16, 4][i], D("0.01"))
    for x in items:
        x["rate"] = rate
        x["tax"] = (x["amount"] * rate / 100).quantize(D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: "7" + digits(rng, 8), unp.is_valid)
    bbin = valid(rng, lambda: rng.choice("17") + digits(rng, 8), unp.is_valid)
    no = [f"{rng.randint(100, 999)}", f"СФ-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    fd = [ru_long, lambda x: x.strftime("%d.%m.%Y"), ru_long, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (1, 2) else None
    po = [f"{rng.randint(10, 99)}-{d.year}", None, f"{rng.randint(100, 999)}/ЗП", None][i]
    dogovor = f"№ {po} от {(d - dt.timedelta(days=rng.randint(20, 200))).strftime('%d.%m.%Y')}" if po else "без договора"
    ib = iban("BY", rng.choice(["AKBB", "BPSB", "BLBB", "ALFA"]) + "3012" + digits(rng, 16))
    ttn = f"{rng.randint(1000, 9999)} от {(d - dt.timedelta(days=rng.randint(0, 3))).strftime('%d.%m.%Y')}"
    f = lambda x: sp(x)  # noqa: E731
    cols = [("№", 9, "R"), ("Наименование товаров, услуг", 50, "L"), ("Ед.", 14, "L"), ("Кол-во", 14, "R"), ("Цена, руб.", 24, "R"), ("Сумма без НДС", 30, "R"), (f"НДС {rate}%", 25, "R"), ("Всего с НДС", 28, "R")]
    rows = [[str(k + 1), wrap(x["desc"], 30), x["unit"], qstr(x["qty"]), f(x["price"]), f(x["amount"]), f(x["tax"]), f(x["amount"] + x["tax"])] for k, x in enumerate(items)]

    def grid_box(pdf, x, y, w, h, label, value):
        pdf.rect(x, y, w, h)
        txt(pdf, x + 1.5, y + 1, label, 6.8, color=(90, 90, 90))
        txt(pdf, x + 1.5, y + 4.6, value, 8.4, "B")

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия для Беларуси")
        pages = 2 if two else 1
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        txt(pdf, 8, 8, f"{vname} · {vaddr}", 8.4, "B", color=color)
        txt(pdf, 150, 8, f"Страница 1 из {pages}", 7.4, w=52, align="R", color=(90, 90, 90))
        txt(pdf, 8, 15, f"СЧЕТ-ФАКТУРА № {no} от {fd(d)}", 13, "B")
        txt(pdf, 8, 22, f"Дата отгрузки: {(d - dt.timedelta(days=rng.randint(0, 4))).strftime('%d.%m.%Y')}", 8)
        y = 28
        for row in (
            [(96, "Поставщик", vname), (50, "УНП поставщика", vid), (48, "ОКПО", digits(rng, 12, True))],
            [(96, "Адрес местонахождения поставщика", vaddr), (98, "Расчетный счет (IBAN) / БИК", f"{group4(ib)} / {ib[4:8]}BY2X")],
            [(66, "Договор (контракт) на поставку", dogovor), (64, "Условия оплаты по договору", "оплата до " + fd(due) if due else "предоплата 100%"), (64, "ТТН-1 серия " + rng.choice(["АА", "ЕА", "ВМ"]), ttn)],
            [(96, "Получатель", KK_B[i]), (50, "УНП получателя", bbin), (48, "Пункт разгрузки", "г. Бобруйск" if i != 2 else "г. Осиповичи")],
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
        para(pdf, 8, y, 194, f"Всего к оплате: {f(total)} бел. руб., в том числе НДС {rate}% — {f(tax)} бел. руб. Сумма без НДС: {f(net)} бел. руб. Валюта: белорусский рубль (BYN).", 8.2, h=4.4)
        y += 14
        if due:
            txt(pdf, 8, y, f"Срок оплаты: {fd(due)}", 8.4, "B")
            y += 7
        for lab in ("Руководитель организации", "Главный бухгалтер", "Выписал (ответственное лицо поставщика)"):
            txt(pdf, 8, y, f"{lab}: ____________________  /{rng.choice(['Ковалевич А.К.', 'Иванова Н.П.', 'Жук Г.М.', 'Лукашевич В.Р.'])}/", 8)
            y += 6.5
        txt(pdf, 8, y + 2, f"ЭСЧФ на портале vat.gov.by: {vid}-{d.year}-{digits(rng, 10)}", 7.4, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Babruysk (Mogilev region, Belarus) СЧЕТ-ФАКТУРА in Russian on a FULLY RULED grid (every fact in a ruled box with its label above the value, a ruled item table, a ruled totals row), НДС 20 %, Belarusian roubles '1 234,56'"
        + (", over TWO PAGES (11 rows on the first, the rest and the totals on the second, 'Страница x из 2')" if two else "")
        + ": vendor = 'Поставщик'; vendor_tax_id = 'УНП поставщика' (9 digits, check digit valid; the УНП получателя, the ОКПО, the IBAN BY, the БИК, the ЭСЧФ number are decoys). "
        "invoice_number = 'СЧЕТ-ФАКТУРА №'; invoice_date = its 'от' date (the 'Дата отгрузки' and the ТТН date are decoys). "
        + due_note(due, "предоплата 100%", "Срок оплаты")
        + po_note(po, "Договор (контракт) на поставку №")
        + "subtotal = 'Сумма без НДС' of 'Всего по счету' (and 'Сумма без НДС:' in the sentence under it); tax = the НДС of 'Всего по счету'; total = 'Всего с НДС' of 'Всего по счету' / 'Всего к оплате'. Currency BYN ('бел. руб.'). Line items: every row, 'Сумма без НДС'."
    )
    t = truth(vname, vid, no, po, d, due, "BYN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Всего по счету:", fd(due) if due else None, bbin, ttn, "Страница 2 из 2" if two else None]}
    return t, chk, render


# =========================================================================== 07 Cáceres (IVA 21 / 10, EUR), factura, landscape, labels beside
TU_V = [
    ("Dehesa Extremeña de Ibéricos, S.L.", "Polígono Industrial Las Capellanías, parcela 214, 10005 Cáceres", (194, 65, 12)),
    ("Metalistería Montánchez, S.L.", "Avenida de la Hispanidad, 42, 10005 Cáceres", (30, 64, 175)),
    ("Quesería Torta del Casar, S.A.", "Calle Pizarro, 18, 10003 Cáceres", (21, 94, 49)),
    ("Distribuciones Alimentarias Almonte, S.L.", "Carretera N-521, km 52, 10005 Cáceres", (107, 33, 168)),
]
TU_B = ["Hostelería Plaza Mayor de Cáceres, S.L.", "Construcciones Valle del Jerte, S.L.", "Supermercados Vía de la Plata, S.A.", "Cooperativa del Campo San Isidro de Trujillo"]
TU_ROWS = [
    [("Jamón ibérico de bellota, pieza 8 kg", "piezas", 2, 20, 320, 590, "10"), ("Paleta ibérica de cebo", "piezas", 2, 20, 110, 190, "10"), ("Caja regalo madera", "unidades", 2, 40, 9, 18, "21"), ("Transporte refrigerado", "viajes", 1, 3, 90, 240, "21")],
    [("Estructura metálica nave, kg", "kg", 200, 4000, 1.6, 2.9, "21"), ("Tornillería galvanizada, kit", "kits", 5, 60, 12, 28, "21"), ("Montaje en obra, hora", "horas", 8, 120, 28, 45, "21")],
    [("Torta del Casar D.O.P. 500 g", "unidades", 20, 400, 14, 22, "10"), ("Queso de cabra curado, kg", "kg", 10, 200, 12, 19, "10"), ("Expositor refrigerado, alquiler mensual", "meses", 1, 3, 60, 140, "21")],
    [("Aceite de oliva virgen extra 5 l", "garrafas", 10, 200, 28, 46, "10"), ("Pimentón de la Vera 250 g, caja x 12", "cajas", 10, 200, 24, 42, "10"), ("Cerveza 33 cl, caja x 24", "cajas", 5, 100, 11, 19, "21"), ("Detergente industrial 20 l", "garrafas", 5, 120, 22, 38, "21")],
]


def es_rate(r):
    return str(r).replace(".", ",")


@style("07", "es_cac_caceres_factura_iva_21_10_landscape_verifactu")
def s07(rng, i):
    vname, vaddr, color = TU_V[i]
    d = rand_date(rng)
    items = lines(rng, TU_ROWS[i], [4, 3, 3, 4][i], D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "B10" + digits(rng, 6), cif.is_valid)
    bcif = valid(rng, lambda: rng.choice("AB") + "10" + digits(rng, 6), cif.is_valid)
    serie = ["A", "F", "2026-", "FV"][i]
    no = f"{serie}{rng.randint(100, 9999):05d}" if i != 2 else f"{d.year}/{rng.randint(100, 999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 2 else None
    po = [f"PED-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    ib = iban("ES", rng.choice(["2100", "0049", "0182", "2085"]) + digits(rng, 4) + digits(rng, 2) + digits(rng, 10))
    hoja = f"Inscrita en el Registro Mercantil de Cáceres, Tomo {rng.randint(300, 900)}, Folio {rng.randint(1, 220)}, Hoja CC-{rng.randint(5000, 19999)}"

    def render(path):
        pdf = new_fpdf("L", creator="Holded – Facturación VERI*FACTU")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_fill_color(*color)
        pdf.rect(8, 8, 281, 3, "F")
        txt(pdf, 10, 14, vname, 15, "B", color=color)
        kv(pdf, 10, 23, [("Razón social:", vname), ("Domicilio:", vaddr), ("NIF:", vid), ("Teléfono:", f"927 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}")], wl=26, wv=110, size=8.2, align="L", color=(60, 60, 60))
        txt(pdf, 180, 14, "FACTURA", 18, "B", color=color, w=105, align="R")
        kv(pdf, 180, 26, [("Factura nº:", no), ("Fecha de expedición:", fd(d)), ("Fecha de operación:", fd(d - dt.timedelta(days=rng.randint(1, 8)))), ("Vencimiento:", fd(due) if due else None), ("Forma de pago:", "Transferencia" if due else "Contado")], wl=42, wv=60, size=8.4, align="L", color=(60, 60, 60))
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(8, 52, 281, 22)
        txt(pdf, 12, 54, "DATOS DEL CLIENTE", 7.4, "B", color=color)
        kv(pdf, 12, 59, [("Cliente:", TU_B[i]), ("NIF cliente:", bcif), ("Dirección:", rng.choice(["Plaza Mayor, 5, 10003 Cáceres", "Calle Ancha, 9, 10600 Plasencia", "Avenida de Extremadura, 30, 10200 Trujillo"]))], wl=28, wv=120, size=8.2, align="L", color=(60, 60, 60))
        kv(pdf, 190, 59, [("Su pedido:", po), ("Albarán nº:", f"ALB-{rng.randint(1000, 99999)}"), ("Código cliente:", f"{rng.randint(4300000, 4309999)}")], wl=30, wv=60, size=8.2, align="L", color=(60, 60, 60))
        cols = [("Código", 20, "L"), ("Descripción", 100, "L"), ("Cantidad", 20, "R"), ("Unidad", 22, "L"), ("Precio", 28, "R"), ("Dto. %", 15, "R"), ("Base imponible", 32, "R"), ("IVA %", 16, "R"), ("Total línea", 28, "R")]
        rows = [[f"{rng.randint(1000, 9999)}", x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), "0", de(x["amount"]), es_rate(x["rate"]), de(q2(x["amount"] * (100 + x["rate"]) / 100))] for x in items]
        y = table(pdf, 8, 80, cols, rows, size=8, rowh=6, header_fill=(235, 235, 235))
        y = max(y + 6, 130)
        rows_t = [("Base imponible: ", de(net) + " €")] + [(f"IVA {es_rate(r)}% s/ {de(b)} €: ", de(t) + " €") for r, b, t in rates] + [("TOTAL FACTURA: ", de(total) + " €")]
        yy = y + 2
        for lab, val in rows_t:
            bold = lab.startswith("TOTAL")
            txt(pdf, 170, yy, lab, 10 if bold else 8.6, "B" if bold else "", w=78, align="R")
            txt(pdf, 250, yy, val, 10 if bold else 8.6, "B", w=37, align="R")
            yy += 6
        para(pdf, 10, y + 2, 150, ("Forma de pago: transferencia bancaria a la cuenta IBAN " + group4(ib) + "." if due else "Pagado al contado en el momento de la entrega.") + " Los productos alimentarios tributan al tipo reducido del 10 %.", 8, h=4.2, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 10, 168, 22)
        txt(pdf, 36, 172, "Factura verificable en la sede electrónica de la AEAT", 8.6, "B")
        txt(pdf, 36, 177, "VERI*FACTU", 8.6, "B", color=color)
        txt(pdf, 36, 186, hoja, 6.8, color=(90, 90, 90))
        txt(pdf, 230, 196, "Página 1 de 1", 7.5, w=55, align="R")
        pdf.output(path)

    notes = (
        "Cáceres (Extremadura, Spain) FACTURA in Spanish on a LANDSCAPE page, the facts as LABEL: value pairs BESIDE each other, a table with a header fill, IVA "
        + " and ".join(f"{es_rate(r)} %" for r, _, _ in rates) + " printed ONLY per rate (no tax total), '1.234,56 €', the VERI*FACTU QR: vendor = 'Razón social'; vendor_tax_id = the issuer's 'NIF' (CIF, check character valid; the NIF cliente, the albarán, the client code, the IBAN and the Registro Mercantil entry are decoys). "
        "invoice_number = 'Factura nº'; invoice_date = 'Fecha de expedición' (the 'Fecha de operación' is a decoy). "
        + due_note(due, "Contado", "Vencimiento")
        + po_note(po, "Su pedido")
        + "subtotal = 'Base imponible'; tax = the sum of the 'IVA x%' rows (no tax total printed" + ("; one row only here" if len(rates) == 1 else "") + "); total = 'TOTAL FACTURA'. Currency EUR ('€'). Line items: every row, 'Base imponible' without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL FACTURA:", bcif], "tax_parts": [str(tt) for _r, _b, tt in rates]}
    return t, chk, render
