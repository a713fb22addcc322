"""fpdf2 styles for set 13, part A (02 Bolivian pharmaceutical distributor's factura with lot and expiry columns and
the IVA inside the prices, 03 Belarusian testing laboratory's счёт in Russian with test-report numbers and НДС 20 %,
04 Ivorian bakery's weekly facture with a day-by-day delivery grid and exempt bread beside taxed pastries)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only (no Liberation), so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    iban,
    iban_fmt,
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
from kit_common import MONTHS
from kit_words import es_words, fr_words
from stdnum.by import unp as _unp

STYLES, style = style_registry("fpdf2")


# =========================================================================== 02 Bolivian pharmaceutical distributor factura (NIT, CUF, lote / vencimiento, IVA 13 % inside the prices)
BO_V = [
    ("DISTRIBUIDORA FARMACÉUTICA ANDINA S.R.L.", "Av. Blanco Galindo Km 4.5 N° 1520, Cochabamba", "Cochabamba", (0, 90, 140)),
    ("DROGUERÍA ILLIMANI S.A.", "Calle Loayza N° 233, Edif. Mariscal, piso 3, La Paz", "La Paz", (140, 30, 30)),
    ("FARMADIST CHIQUITANA LTDA.", "Av. Cristo Redentor 4to anillo N° 3100, Santa Cruz de la Sierra", "Santa Cruz", (20, 110, 60)),
    ("IMPORTADORA MÉDICA DEL SUR S.R.L.", "Calle Colón N° 612, Tarija", "Tarija", (90, 60, 130)),
]
BO_B = ["FARMACIA SAN JOSÉ", "CLÍNICA LOS OLIVOS S.R.L.", "FARMACORP SUCURSAL EQUIPETROL", "HOSPITAL OBRERO N° 7 – CNS"]
BO_CAT = [
    ("Paracetamol 500 mg x 100 comp.", "CAJA", 18, 32, 5, 60), ("Amoxicilina 500 mg x 100 cáps.", "CAJA", 55, 90, 3, 40), ("Ibuprofeno 400 mg x 100 comp.", "CAJA", 28, 46, 5, 50),
    ("Omeprazol 20 mg x 100 cáps.", "CAJA", 35, 70, 3, 40), ("Suero fisiológico 0,9 % 1000 ml", "UNIDAD", 9, 15, 24, 240), ("Jeringa descartable 5 ml x 100", "CAJA", 40, 65, 2, 30),
    ("Losartán 50 mg x 30 comp.", "CAJA", 22, 38, 5, 60), ("Metformina 850 mg x 60 comp.", "CAJA", 20, 34, 5, 60), ("Ceftriaxona 1 g vial", "UNIDAD", 14, 26, 10, 120),
    ("Guantes de látex talla M x 100", "CAJA", 45, 70, 2, 40), ("Salbutamol inhalador 100 mcg", "UNIDAD", 25, 40, 5, 60),
]


@style("02", "bo_factura_pharma_lots_expiry")
def s02(rng, i):
    vname, vaddr, city, color = BO_V[i]
    bname = BO_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, lo, hi, qlo, qhi in rng.sample(BO_CAT, rng.randint(4, 8)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo * 10, hi * 10)) / 10
        exp = d + dt.timedelta(days=rng.randint(240, 1100))
        items.append({"code": f"P{rng.randint(10000, 99999)}", "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "lot": f"{rng.choice('ABLK')}{digits(rng, 6)}", "exp": exp.strftime("%m/%Y")})
    total = sum(it["amount"] for it in items)
    nit = digits(rng, 10, True)
    no = str(rng.randint(100, 99999))
    cuf = "".join(rng.choice("0123456789ABCDEF") for _ in range(42))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    hh = f"{rng.randint(8, 11)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    due = d + dt.timedelta(days=[30, 60, 15, 0][i]) if i != 3 else None
    po = [None, f"OC-{rng.randint(1000, 9999)}/{d.year}", None, f"CNS-ADQ-{rng.randint(100, 999)}/{d.year}"][i]
    whole, cents = int(total), int((total - int(total)) * 100)
    words = f"Son: {es_words(whole).capitalize()} {cents:02d}/100 Bolivianos"

    def render(path):
        pdf = new_fpdf(creator="Sistema de Facturación en Línea – SIAT")
        pdf.add_page()
        txt(pdf, 12, 10, vname, 11, "B", "DV", color=color)
        txt(pdf, 12, 16, "CASA MATRIZ", 7.4, "B", "DV")
        txt(pdf, 12, 19.5, "No. Punto de Venta 0", 7.4, "", "DV")
        txt(pdf, 12, 23, vaddr, 7.4, "", "DV")
        txt(pdf, 12, 26.5, f"Teléfono: {rng.choice(['4', '2', '3', '4'])}{digits(rng, 6)}", 7.4, "", "DV")
        txt(pdf, 12, 30, f"{city} – Bolivia", 7.4, "", "DV")
        kv = [("NIT", nit), ("FACTURA N°", no), ("CÓD. AUTORIZACIÓN", cuf[:21]), ("", cuf[21:])]
        y = 10
        for a, b in kv:
            txt(pdf, 126, y, a, 7.6, "B", "DV")
            txt(pdf, 160, y, b, 7.6, "", "Mono" if a.startswith("CÓD") or not a else "DV")
            y += 4.2
        txt(pdf, 0, 40, "FACTURA", 14, "B", "DV", "C", 210)
        txt(pdf, 0, 46.5, "(Con Derecho a Crédito Fiscal)", 8, "", "DV", "C", 210)
        y = 54
        meta = [("Fecha:", f"{fd(d)} {hh}", "NIT/CI/CEX:", digits(rng, 8, True)), ("Nombre/Razón Social:", bname, "Cod. Cliente:", f"CLI-{rng.randint(1000, 9999)}")]
        if po:
            meta.append(("Orden de compra:", po, "Vendedor:", rng.choice(["J. Mamani", "R. Quispe", "L. Vargas"])))
        if due:
            meta.append(("Fecha de vencimiento:", fd(due), "Condición:", f"Crédito {(due - d).days} días"))
        else:
            meta.append(("Condición:", "Contado", "Vendedor:", rng.choice(["J. Mamani", "R. Quispe", "L. Vargas"])))
        for a, b, c, e in meta:
            txt(pdf, 12, y, a, 7.8, "B", "DV")
            txt(pdf, 50, y, b, 7.8, "", "DV")
            txt(pdf, 130, y, c, 7.8, "B", "DV")
            txt(pdf, 158, y, e, 7.8, "", "DV")
            y += 4.6
        y += 3
        cols = [("CÓDIGO", 16, "L"), ("CANTIDAD", 16, "R"), ("UNIDAD", 15, "L"), ("DESCRIPCIÓN", 56, "L"), ("LOTE", 17, "L"), ("VENC.", 13, "L"), ("PRECIO UNIT.", 20, "R"), ("DESC.", 12, "R"), ("SUBTOTAL", 21, "R")]
        rows = [[it["code"], qstr(it["qty"]), it["unit"], it["desc"], it["lot"], it["exp"], en(it["price"]), "0.00", en(it["amount"])] for it in items]
        y0 = y
        y = table(pdf, 10, y, cols, rows, size=6.8, font="DVC", rowh=5.4, header_fill=(225, 225, 225), line_color=(90, 90, 90))
        pdf.set_draw_color(90, 90, 90)
        pdf.rect(10, y0, sum(c[1] for c in cols), y - y0)
        y += 2
        summ = [("SUBTOTAL Bs", en(total)), ("DESCUENTO Bs", "0.00"), ("TOTAL Bs", en(total)), ("MONTO GIFT CARD Bs", "0.00"), ("MONTO A PAGAR Bs", en(total)), ("IMPORTE BASE CRÉDITO FISCAL Bs", en(total))]
        for a, b in summ:
            bold = a.startswith("MONTO A")
            txt(pdf, 100, y, a, 7.8, "B" if bold else "", "DV", "R", 70)
            txt(pdf, 172, y, b, 7.8, "B" if bold else "", "DV", "R", 24)
            y += 4.6
        txt(pdf, 12, y + 2, words, 7.8, "", "DV")
        y += 12
        pdf.set_font("DV", "B", 7.4)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 3.8, "ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY", align="C")
        pdf.set_font("DV", "", 7)
        pdf.set_xy(20, pdf.get_y() + 2)
        pdf.multi_cell(170, 3.6, "Ley N° 453: Los productos farmacéuticos deben conservarse según las condiciones indicadas por el fabricante; verifique lote y fecha de vencimiento al recibir.", align="C")
        pdf.set_xy(20, pdf.get_y() + 2)
        pdf.multi_cell(170, 3.6, "\"Este documento es la Representación Gráfica de un Documento Fiscal Digital emitido en una modalidad de facturación en línea\"", align="C")
        pdf.output(path)

    notes = (
        "Bolivian FACTURA (con derecho a crédito fiscal) of a pharmaceutical distributor with LOTE and VENC. (expiry month) columns: vendor = the legal name at the top; vendor tax id = 'NIT' (10 digits, no public "
        "checksum: random); the CUF 'CÓD. AUTORIZACIÓN', the client's NIT/CI, client code, product codes, lot numbers and expiry months are decoys. invoice_number = 'FACTURA N°'; invoice_date = 'Fecha' ("
        + ["dd/mm/yyyy", "dd/mm/yyyy", "'12 de marzo de 2026'", "dd/mm/yyyy"][i] + ", with the time). " + ("due = 'Fecha de vencimiento'. " if due else "'Contado': no due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "Bolivian prices include the IVA 13 % and the factura prints no IVA amount: tax null; subtotal = 'SUBTOTAL Bs' as printed (equal to the total here, no discount); total = 'TOTAL Bs' = 'MONTO A PAGAR Bs'; "
        "the 'IMPORTE BASE CRÉDITO FISCAL' repeats it. Currency BOB ('Bs', 'Bolivianos'). Amounts '1,234.56'; the amount in words repeats the total. Line items: every row (amount = 'SUBTOTAL'; quantity 'CANTIDAD')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nit, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BOB", subtotal=mt(total), tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nit, no, po, vname, "Bolivianos"], render


# =========================================================================== 03 Belarusian testing laboratory счёт (Russian, УНП, НДС 20 %, test-report numbers)
BY_V = [
    ("Общество с ограниченной ответственностью «БелТестЛаб»", "ООО «БелТестЛаб»", "220089, г. Минск, ул. Железнодорожная, 33, пом. 12", "Минск"),
    ("Открытое акционерное общество «Гомельский испытательный центр»", "ОАО «Гомельский испытательный центр»", "246050, г. Гомель, ул. Советская, 41", "Гомель"),
    ("Частное унитарное предприятие «ЭкоАналит-Брест»", "ЧУП «ЭкоАналит-Брест»", "224030, г. Брест, ул. Пушкинская, 17", "Брест"),
    ("Общество с ограниченной ответственностью «Витебская лаборатория качества»", "ООО «Витебская лаборатория качества»", "210015, г. Витебск, пр-т Фрунзе, 81", "Витебск"),
]
BY_B = ["ОАО «Минский молочный завод № 1»", "ООО «Полесье-Агро»", "СООО «Брестская мебельная фабрика»", "ЗАО «Витебские строительные смеси»"]
BY_TESTS = [
    ("Испытания пищевой продукции на микробиологические показатели", "образец", 45, 95, 2, 12), ("Определение содержания тяжёлых металлов (Pb, Cd, Hg, As)", "образец", 60, 140, 1, 8),
    ("Испытания воды питьевой по СанПиН (полный анализ)", "проба", 120, 260, 1, 4), ("Испытания строительной смеси на прочность при сжатии", "серия", 35, 80, 2, 10),
    ("Испытания мебели на устойчивость и прочность", "изделие", 90, 210, 1, 6), ("Определение остаточных количеств пестицидов", "образец", 110, 240, 1, 5),
    ("Оформление протокола испытаний (дубликат)", "шт.", 8, 20, 1, 4), ("Отбор проб специалистом с выездом", "выезд", 60, 150, 1, 2),
]


def by_words_date(x):
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


@style("03", "by_schet_lab_test_protocols")
def s03(rng, i):
    vfull, vshort, vaddr, city = BY_V[i]
    bname = BY_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, lo, hi, qlo, qhi in rng.sample(BY_TESTS, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo * 100, hi * 100)) / 100
        a = q2(q * p)
        v = q2(a * D("0.20"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": a, "vat": v, "proto": f"{rng.randint(100, 999)}/{str(d.year)[2:]}-{rng.choice(['М', 'Х', 'Ф'])}"})
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    unp = valid(rng, lambda: str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + digits(rng, 8), _unp.is_valid)
    b_unp = valid(rng, lambda: str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + digits(rng, 8), _unp.is_valid)
    no = [f"{rng.randint(100, 999)}", f"ГИЦ-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.year}", f"Л-{rng.randint(100, 999)}"][i]
    words_date = i in (0, 2)
    fd = by_words_date if words_date else (lambda x: x.strftime("%d.%m.%Y"))
    due = d + dt.timedelta(days=[10, 5, 0, 15][i]) if i != 2 else None
    contract = f"№ {rng.randint(10, 400)}-И от {(d - dt.timedelta(days=rng.randint(60, 600))).strftime('%d.%m.%Y')}"
    ib = iban("BY", rng.choice(["AKBB", "BPSB", "BLBB", "ALFA"]) + "3012" + digits(rng, 16))
    money = lambda x: sp(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия 8 для Беларуси")
        pdf.add_page()
        pdf.set_font("DV", "", 7.2)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(14, 10)
        pdf.multi_cell(182, 3.6, "Внимание! Оплата данного счёта означает согласие с условиями оказания услуг. Протоколы испытаний выдаются после поступления оплаты на расчётный счёт исполнителя.")
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(14, 20, 182, 22)
        txt(pdf, 16, 21.5, "Получатель:", 7.6, "B", "DV")
        txt(pdf, 40, 21.5, vshort, 7.6, "", "DV")
        txt(pdf, 16, 26, f"УНП {unp}", 7.6, "", "DV")
        txt(pdf, 16, 30.5, f"Р/с {iban_fmt(ib)}", 7.6, "", "DV")
        txt(pdf, 16, 35, f"Банк: {rng.choice(['ОАО «АСБ Беларусбанк»', 'ОАО «Белагропромбанк»', 'ОАО «Приорбанк»', 'ЗАО «Альфа-Банк»'])}, БИК {rng.choice(['AKBBBY2X', 'BAPBBY2X', 'PJCBBY2X', 'ALFABY2X'])}", 7.6, "", "DV")
        title = f"СЧЁТ № {no} от {fd(d)}"
        txt(pdf, 0, 50, title, 13, "B", "DV", "C", 210)
        y = 60
        kv = [("Исполнитель:", f"{vfull}, УНП {unp}, {vaddr}"), ("Заказчик:", f"{bname}, УНП {b_unp}"), ("Основание:", f"Договор на проведение испытаний {contract}")]
        if due:
            kv.append(("Срок оплаты:", f"до {fd(due)}"))
        else:
            kv.append(("Условия оплаты:", "100 % предоплата в течение 5 банковских дней"))
        kv.append(("Валюта:", "белорусский рубль (BYN)"))
        for a, b in kv:
            txt(pdf, 14, y, a, 7.8, "B", "DV")
            pdf.set_font("DV", "", 7.8)
            pdf.set_xy(44, y - 0.4)
            pdf.multi_cell(152, 3.8, b)
            y = max(y + 4.6, pdf.get_y() + 1)
        y += 3
        cols = [("№", 7, "C"), ("Наименование услуги", 50, "L"), ("Протокол №", 20, "L"), ("Ед.", 13, "L"), ("Кол-во", 12, "R"), ("Цена, руб.", 17, "R"), ("Сумма без НДС", 22, "R"), ("НДС, %", 11, "R"), ("Сумма НДС", 16, "R"), ("Всего с НДС", 19, "R")]
        rows = []
        for k, it in enumerate(items, 1):
            dd = it["desc"]
            if len(dd) > 34:
                cut = dd.rfind(" ", 0, 34)
                dd = dd[:cut] + "\n" + dd[cut + 1 :]
            rows.append([str(k), dd, it["proto"], it["unit"], qstr(it["qty"]), money(it["price"]), money(it["amount"]), "20", money(it["vat"]), money(it["amount"] + it["vat"])])
        y0 = y
        y = table(pdf, 13, y, cols, rows, size=6.8, font="DVC", rowh=5.4, header_fill=(235, 235, 235), line_color=(60, 60, 60))
        pdf.set_draw_color(60, 60, 60)
        xs = [13]
        for c in cols:
            xs.append(xs[-1] + c[1])
        for xv in xs:
            pdf.line(xv, y0, xv, y)
        pdf.line(13, y0, xs[-1], y0)
        y += 3
        for a, b in (("Итого без НДС:", money(net)), ("Сумма НДС (20 %):", money(tax)), ("Всего к оплате с НДС:", money(total))):
            txt(pdf, 100, y, a, 8.2, "B", "DV", "R", 64)
            txt(pdf, 166, y, b, 8.2, "B", "DV", "R", 30)
            y += 5
        y += 3
        txt(pdf, 14, y, f"Всего наименований {len(items)}, на сумму {money(total)} BYN, в т.ч. НДС {money(tax)} BYN.", 7.8, "", "DV")
        y += 16
        txt(pdf, 14, y, "Директор ____________________ / " + rng.choice(["А. В. Ковалёв", "Н. С. Жук", "И. П. Мельник", "О. Л. Новик"]), 8, "", "DV")
        txt(pdf, 120, y, "Главный бухгалтер ______________", 8, "", "DV")
        txt(pdf, 30, y + 8, "М.П.", 8, "", "DV")
        pdf.output(path)

    notes = (
        "Belarusian СЧЁТ (Russian, Cyrillic) of a testing laboratory with a 'Протокол №' column (test-report numbers): vendor = the full legal name after 'Исполнитель:' (the short form with ООО/ОАО/ЧУП in the "
        "payee box is the same company); vendor tax id = 'УНП' (9 digits, valid, python-stdnum); the customer's УНП, the IBAN, the BIC, the contract and the protocol numbers are decoys. invoice_number = "
        "'СЧЁТ № …' in the title; invoice_date = the title's 'от …' (" + ("'12 марта 2026 г.'" if words_date else "dd.mm.yyyy") + "); the contract's date is a decoy. "
        + ("due = 'Срок оплаты: до …'. " if due else "'100 % предоплата в течение 5 банковских дней': no due date (null). ")
        + "No PO. subtotal = 'Итого без НДС'; tax = 'Сумма НДС (20 %)'; total = 'Всего к оплате с НДС' (repeated in the sentence under it). Currency BYN ('белорусский рубль (BYN)'). "
        "Amounts '1 234,56'. Line items: every row (amount = 'Сумма без НДС'; quantity 'Кол-во')."
    )
    t = T(
        vendor_name=vfull, vendor_tax_id=unp, invoice_number=no, po_number=None, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BYN", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, unp, f"СЧЁТ № {no}", vfull, "BYN"], render


# =========================================================================== 04 Ivorian bakery weekly facture (NCC, RCCM, delivery grid by day, exempt bread, TVA 18 % on pastries)
CI_V = [
    ("BOULANGERIE PÂTISSERIE LE BON PAIN SARL", "Cocody Riviera 2, carrefour Anono, 01 BP 4512 Abidjan 01", "CI-ABJ-2016-B-14522", (150, 80, 20)),
    ("SOCIÉTÉ IVOIRIENNE DE PANIFICATION SA", "Zone industrielle de Yopougon, 23 BP 118 Abidjan 23", "CI-ABJ-2009-B-03310", (20, 80, 140)),
    ("BOULANGERIE DU PLATEAU DE BOUAKÉ SARL", "Quartier Commerce, avenue de la Paix, BP 1320 Bouaké", "CI-BKE-2018-B-00871", (120, 30, 60)),
    ("PAINS ET DÉLICES DE SAN-PÉDRO SARLU", "Quartier Bardot, route du port, BP 410 San-Pédro", "CI-SPD-2020-B-00412", (40, 110, 60)),
]
CI_B = ["HÔTEL IVOIRE LAGUNE", "CANTINE SCOLAIRE – LYCÉE SAINTE-MARIE DE COCODY", "RESTAURANT LE MAQUIS DU CENTRE", "SUPERMARCHÉ PRIX BAS SAN-PÉDRO"]
CI_PROD = [("Baguette 250 g", True, 150, 250, 20, 120), ("Pain de mie 500 g", True, 600, 900, 5, 40), ("Pain complet 400 g", True, 500, 800, 3, 25), ("Croissant pur beurre", False, 250, 400, 10, 80),
           ("Pain au chocolat", False, 300, 450, 10, 80), ("Gâteau marbré (tranche)", False, 400, 700, 5, 40), ("Brioche 300 g", False, 900, 1400, 2, 20)]
DAYS = ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]


@style("04", "ci_facture_bakery_weekly_grid")
def s04(rng, i):
    vname, vaddr, rccm, color = CI_V[i]
    bname = CI_B[i]
    d0 = rand_date(rng)
    mon = d0 - dt.timedelta(days=d0.weekday())
    sun = mon + dt.timedelta(days=6)
    d = sun + dt.timedelta(days=rng.randint(1, 3))
    n_days = 5 if i == 1 else 7
    items = []
    for name, ex, lo, hi, qlo, qhi in [p for p in CI_PROD if p[1]][: rng.randint(1, 3)] + rng.sample([p for p in CI_PROD if not p[1]], rng.randint(2, 3)):
        grid = [rng.randint(qlo, qhi) for _ in range(n_days)] + [0] * (7 - n_days)
        q = D(sum(grid))
        p = D(rng.randint(lo // 25, hi // 25) * 25)
        items.append({"desc": name, "ex": ex, "grid": grid, "qty": q, "price": p, "amount": q * p})
    net = sum(it["amount"] for it in items)
    exo = sum(it["amount"] for it in items if it["ex"])
    base = net - exo
    tax = q0(base * D("0.18"))
    total = net + tax
    ncc = digits(rng, 7, True) + " " + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    no = [f"FV-{d.year}-{rng.randint(100, 999):04d}", f"SIP/{d.strftime('%y%m')}/{rng.randint(100, 999)}", f"{rng.randint(10, 520):04d}/{d.year}", f"PDSP {rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[15, 30, 0, 10][i]) if i != 2 else None
    po = [f"BC-HIL-{rng.randint(1000, 9999)}", f"LSM/{rng.randint(10, 99)}/{d.year}", None, None][i]
    bl_from = rng.randint(1000, 8000)
    period = f"du {MONTHS['fr_days'][0]} {mon.day} {MONTHS['fr'][mon.month - 1]} au {MONTHS['fr_days'][6]} {sun.day} {MONTHS['fr'][sun.month - 1]} {sun.year}"
    f0 = lambda x: sp(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Sage 100 Gestion commerciale")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 14, "B", "Serif", color=color)
        txt(pdf, 14, 17, vaddr, 7.8, "", "DV")
        txt(pdf, 14, 21, f"Tél. +225 27 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · RCCM {rccm} · NCC {ncc} · Régime du réel simplifié – {rng.choice(['Centre des impôts de Cocody', 'CME Yopougon', 'Centre des impôts de Bouaké', 'Centre des impôts de San-Pédro'])}", 7.4, "", "DV", color=(70, 70, 70))
        pdf.set_draw_color(*color)
        pdf.rect(196, 9, 87, 30)
        txt(pdf, 198, 10.5, "FACTURE", 15, "B", "DV", color=color)
        txt(pdf, 198, 18, f"N° {no}", 9, "B", "DV")
        txt(pdf, 198, 23, f"Date : {fd(d)}", 8.2, "", "DV")
        txt(pdf, 198, 27.5, f"Échéance : {fd(due)}" if due else "Règlement : à la livraison suivante", 8.2, "", "DV")
        if po:
            txt(pdf, 198, 32, f"Bon de commande : {po}", 8.2, "", "DV")
        txt(pdf, 14, 30, "Client :", 8, "", "DV", color=(90, 90, 90))
        txt(pdf, 30, 30, bname, 9, "B", "DV")
        txt(pdf, 30, 34.5, f"Compte client {rng.randint(4110000, 4119999)} · NCC client {digits(rng, 7, True)} {rng.choice('ABCDEFGHJK')}", 7.6, "", "DV")
        txt(pdf, 14, 44, f"Livraisons de la semaine {period} – bons de livraison n° {bl_from} à {bl_from + n_days - 1}", 8.4, "B", "DV")
        cols = [("Article", 50, "L")] + [(dd, 14, "R") for dd in DAYS] + [("Qté totale", 20, "R"), ("P.U. HT", 20, "R"), ("TVA", 16, "C"), ("Montant HT", 30, "R")]
        rows = [[it["desc"]] + [str(g) if g else "–" for g in it["grid"]] + [qstr(it["qty"]), f0(it["price"]), "Exo." if it["ex"] else "18 %", f0(it["amount"])] for it in items]
        y = table(pdf, 14, 50, cols, rows, size=8, font="DVC", rowh=6, header_fill=(240, 232, 220), zebra=(248, 248, 248))
        y += 4
        summ = [("Total HT", f0(net)), ("dont pain ordinaire exonéré de TVA", f0(exo)), ("Base taxable TVA 18 %", f0(base)), ("TVA 18 %", f0(tax)), ("TOTAL TTC (F CFA)", f0(total))]
        for a, b in summ:
            bold = a.startswith("TOTAL")
            txt(pdf, 170, y, a, 8.4, "B" if bold else "", "DV", "R", 78)
            txt(pdf, 250, y, b, 8.4, "B" if bold else "", "DV", "R", 33)
            y += 5.2
        pdf.set_font("DV", "", 8)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(14, y + 2)
        pdf.multi_cell(260, 4, f"Arrêtée la présente facture à la somme de {fr_words(total)} francs CFA toutes taxes comprises.")
        pdf.set_font("DV", "", 7)
        pdf.set_xy(14, pdf.get_y() + 3)
        pdf.multi_cell(260, 3.6, f"Paiement par virement ({rng.choice(['SGCI', 'NSIA Banque', 'Ecobank CI', 'BICICI'])}, compte CI{digits(rng, 3)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}), par Orange Money ou en espèces contre reçu. "
                       "Les quantités sont celles des bons de livraison signés par le client.")
        pdf.output(path)

    notes = (
        "Ivorian bakery's weekly FACTURE on a landscape page with a delivery grid (one column per day, Lun–Dim; '–' where nothing was delivered): vendor = the legal name at the top; vendor tax id = 'NCC' (numéro de "
        "compte contribuable, 7 digits and a letter as printed; no public checksum: random); the RCCM, the client's account and NCC, the delivery-note numbers and the bank account are decoys. "
        "invoice_number = 'N°' in the FACTURE box; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the week's dates are decoys. "
        + ("due = 'Échéance'. " if due else "'Règlement : à la livraison suivante' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT' (exempt bread + taxed pastries); tax = 'TVA 18 %' (on the taxable base only); total = 'TOTAL TTC (F CFA)'; the exempt amount and the taxable base are parts. "
        "Currency XOF ('F CFA', whole francs '1 234 567'); the amount in words repeats the total. Line items: every product row (amount = 'Montant HT'; quantity = 'Qté totale', the week's sum; the day columns are decoys)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ncc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, ncc, no, po, vname, "F CFA"], render
