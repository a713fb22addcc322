"""fpdf2 styles for set 9, the second producer (07 Russian УПД on a landscape page, 08 Swedish builder's faktura with a
ROT deduction, 10 UK solicitor's bill over two pages with VAT-able and non-VAT disbursements)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, luhn_number
from invoice_kit import (
    T,
    digits,
    en,
    exact_price,
    lfont,
    li,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import items_from
from stdnum.gb import vat as _gbvat
from stdnum.ru import inn as _inn
from stdnum.se import personnummer as _pnr
from stdnum.se import vat as _sevat

STYLES, style = style_registry("fpdf2")


# =========================================================================== 07 Russian УПД (универсальный передаточный документ), landscape, ИНН/КПП, НДС 20 % / 22 %
RU_V = [
    ("ООО «Уральский Металлопрокат»", "620102, Свердловская обл., г. Екатеринбург, ул. Посадская, д. 23, оф. 41", "66", "Екатеринбург"),
    ("АО «Волжские Продукты»", "443080, Самарская обл., г. Самара, Московское ш., д. 41", "63", "Самара"),
    ("ООО «СибСтройКомплект»", "630099, Новосибирская обл., г. Новосибирск, ул. Каменская, д. 7", "54", "Новосибирск"),
    ("ООО «Невская Упаковка»", "196084, г. Санкт-Петербург, ул. Заставская, д. 33, лит. А", "78", "Санкт-Петербург"),
]
RU_B = [
    ("ООО «ЗаводМаш»", "454091, г. Челябинск, пр. Ленина, д. 35"),
    ("ООО «Торговый Дом Меркурий»", "420021, Республика Татарстан, г. Казань, ул. Габдуллы Тукая, д. 58"),
    ("АО «ДорСтрой-Сибирь»", "660049, г. Красноярск, ул. Карла Маркса, д. 95"),
    ("ООО «Кондитерская фабрика Северная»", "197342, г. Санкт-Петербург, Сердобольская ул., д. 64"),
]
RU_L = [
    [("Лист г/к 10 мм ст3сп 1500х6000", "т", "168", 62000, 78000, 1, 12), ("Труба профильная 80х80х4", "т", "168", 71000, 86000, 1, 8), ("Уголок 75х75х6 ст3", "т", "168", 64000, 76000, 1, 6),
     ("Арматура А500С 12 мм", "т", "168", 52000, 61000, 2, 20), ("Швеллер 16П", "т", "168", 69000, 83000, 1, 5), ("Резка металла", "усл. ед", "876", 350, 900, 4, 40)],
    [("Масло подсолнечное рафинированное 1 л", "шт", "796", 105, 149, 120, 1200), ("Майонез «Провансаль» 67% 400 г", "шт", "796", 78, 119, 120, 1200), ("Гречка ядрица 900 г", "шт", "796", 69, 109, 100, 900),
     ("Сахар-песок 1 кг", "шт", "796", 64, 92, 200, 2000), ("Чай черный 100 пак.", "шт", "796", 139, 219, 48, 480)],
    [("Щебень гранитный фр. 20-40", "м3", "113", 1450, 2300, 20, 200), ("Песок строительный", "м3", "113", 540, 890, 20, 300), ("Цемент ПЦ 500 Д0, 50 кг", "меш", "778", 390, 520, 40, 400),
     ("Бетон В25 П4", "м3", "113", 5200, 6900, 10, 80), ("Кольцо ЖБИ КС 15-9", "шт", "796", 6200, 8900, 2, 20), ("Геотекстиль 300 г/м2", "м2", "055", 38, 64, 200, 2000),
     ("Бордюр БР 100.30.15", "шт", "796", 390, 620, 50, 500), ("Плита дорожная 2П 30.18", "шт", "796", 14500, 19800, 2, 24), ("Битумная эмульсия ЭБДК", "т", "168", 32000, 41000, 1, 10),
     ("Доставка самосвалом", "рейс", "876", 6500, 12000, 1, 12), ("Арматура А240 8 мм", "т", "168", 56000, 66000, 1, 6), ("Труба ПНД 110 мм SDR17", "м", "006", 390, 640, 20, 300),
     ("Люк чугунный Т(С250)", "шт", "796", 7800, 11500, 1, 10), ("Сетка кладочная 50х50х4", "м2", "055", 120, 210, 50, 500), ("Камень бортовой гранитный ГП-5", "м", "006", 2100, 3200, 10, 80),
     ("Асфальтобетонная смесь тип Б", "т", "168", 4900, 6800, 10, 120), ("Пленка гидроизоляционная 200 мкм", "м2", "055", 28, 55, 100, 900)],
    [("Коробка из гофрокартона 300х200х150", "шт", "796", 18, 36, 500, 8000), ("Стрейч-пленка 500 мм 20 мкм", "рул", "736", 690, 1150, 10, 120), ("Лента клейкая 48 мм х 66 м", "шт", "796", 39, 72, 100, 1200),
     ("Пакет-майка ПНД 30х55", "уп", "778", 210, 390, 20, 300), ("Лоток из пищевого картона", "шт", "796", 6.5, 14, 1000, 12000)],
]


@style("07", "ru_upd_landscape")
def s07(rng, i):
    vname, vaddr, reg, city = RU_V[i]
    bname, baddr = RU_B[i]
    d = rand_date(rng)
    n = rng.randint(3, 5) if i != 2 else 17
    items = items_from(rng, [(r[0], r[1], r[3], r[4], r[5], r[6], r[2]) for r in RU_L[i]], n, step=D("0.01") if i in (1, 3) else D("1"))
    std = D(22) if d.year >= 2026 else D(20)
    for it in items:
        it["rate"] = D(10) if (i == 1 and ("Гречка" in it["desc"] or "Сахар" in it["desc"] or "Масло" in it["desc"])) else std
        it["tax"] = q2(it["amount"] * it["rate"] / 100)
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    inn = valid(rng, lambda: reg + digits(rng, 8), _inn.is_valid)
    kpp = f"{reg}{digits(rng, 2)}01001"
    b_inn = valid(rng, lambda: rng.choice(["74", "16", "24", "78"]) + digits(rng, 8), _inn.is_valid)
    b_kpp = f"{b_inn[:4]}01001"
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    fw = lambda x: f"«{x.day:02d}» {MONTHS['ru_gen'][x.month - 1]} {x.year} г."  # noqa: E731
    fd = [lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г.", f, lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г.", f][i]
    no = [str(rng.randint(100, 2999)), f"ЦБ-{rng.randint(1000, 9999)}", f"00УТ-{rng.randint(1, 9999):06d}", f"{rng.randint(100, 1999)}/{rng.randint(1, 9)}"][i]
    po = f"ЗП-{rng.randint(100, 9999):05d}" if i == 1 else None
    pp = (str(rng.randint(100, 999)), d - dt.timedelta(days=rng.randint(2, 20))) if i in (0, 3) else None
    contract = f"Договор поставки № {rng.randint(1, 99)}/{str(d.year - 1)[2:]} от {f(d - dt.timedelta(days=rng.randint(90, 500)))}"
    basis = f"Заказ покупателя № {po} от {f(d - dt.timedelta(days=rng.randint(2, 12)))}; {contract}" if po else contract
    boss = rng.choice(["Смирнов А. В.", "Кузнецова Е. П.", "Попов Д. С.", "Лебедева О. Н."])
    buh = rng.choice(["Васильева Т. И.", "Морозов К. А.", "Новикова И. Г."])
    fm = sp

    def render(path):
        pdf = new_fpdf("L", creator="1С:Предприятие 8.3")
        W = 297
        cols = [("Код товара/ работ, услуг", 16, "L"), ("№ п/п", 8, "C"), ("Наименование товара (описание выполненных работ, оказанных услуг), имущественного права", 58, "L"),
                ("Код вида товара", 11, "C"), ("Ед. изм. код", 10, "C"), ("усл. обозн.", 12, "C"), ("Коли-чество (объём)", 15, "R"), ("Цена (тариф) за единицу измерения", 20, "R"),
                ("Стоимость товаров без налога — всего", 24, "R"), ("В том числе сумма акциза", 14, "C"), ("Нало-говая ставка", 12, "C"), ("Сумма налога, предъявляемая покупателю", 22, "R"),
                ("Стоимость товаров с налогом — всего", 24, "R"), ("Страна происх. код", 12, "C"), ("кратк. наим.", 13, "C")]
        rows = [[digits(rng, 6, True) if i != 1 else "-", str(k + 1), it["desc"], "-", it["extra"], it["unit"], fm(it["qty"], 0), fm(it["price"]), fm(it["amount"]), "без акциза", f"{qstr(it['rate'])}%", fm(it["tax"]), fm(it["amount"] + it["tax"]), "643", "РОССИЯ"] for k, it in enumerate(items)]
        per_page = 12
        chunks = [rows[k : k + per_page] for k in range(0, len(rows), per_page)]
        for pno, chunk in enumerate(chunks):
            pdf.add_page()
            x0 = 10
            if pno == 0:
                pdf.set_draw_color(0, 0, 0)
                pdf.rect(x0, 8, 46, 30)
                txt(pdf, x0 + 1.5, 9.5, "Универсальный", 8.5, "B", "DVC")
                txt(pdf, x0 + 1.5, 13.5, "передаточный", 8.5, "B", "DVC")
                txt(pdf, x0 + 1.5, 17.5, "документ", 8.5, "B", "DVC")
                txt(pdf, x0 + 1.5, 23, "Статус:  1", 8, "", "DVC")
                txt(pdf, x0 + 1.5, 28, "1 – счет-фактура и передаточный", 5.6, "", "DVC")
                txt(pdf, x0 + 1.5, 30.6, "документ (акт); 2 – передаточный", 5.6, "", "DVC")
                txt(pdf, x0 + 1.5, 33.2, "документ (акт)", 5.6, "", "DVC")
                x1 = 60
                txt(pdf, x1, 8.5, f"Счёт-фактура № {no}   от {fd(d)}", 10, "B", "DVC")
                txt(pdf, 262, 8.5, "(1)", 6.5, "", "DVC")
                txt(pdf, x1, 13.5, "Исправление № --   от --", 8, "", "DVC")
                txt(pdf, 262, 13.5, "(1а)", 6.5, "", "DVC")
                txt(pdf, 214, 3.5, "Приложение № 1 к постановлению Правительства РФ от 26.12.2011 № 1137", 5.2, "", "DVC", color=(80, 80, 80))
                hdr = [("Продавец:", vname, "(2)"), ("Адрес:", vaddr, "(2а)"), ("ИНН/КПП продавца:", f"{inn}/{kpp}", "(2б)"), ("Грузоотправитель и его адрес:", "он же", "(3)"),
                       ("Грузополучатель и его адрес:", f"{bname}, {baddr}", "(4)"),
                       ("К платёжно-расчётному документу", f"№ {pp[0]} от {f(pp[1])}" if pp else "№ --  от --", "(5)"),
                       ("Документ об отгрузке", f"№ п/п 1–{len(items)} № {no} от {f(d)}", "(5а)"), ("Покупатель:", bname, "(6)"), ("Адрес:", baddr, "(6а)"),
                       ("ИНН/КПП покупателя:", f"{b_inn}/{b_kpp}", "(6б)"), ("Валюта: наименование, код", "Российский рубль, 643", "(7)"),
                       ("Идентификатор государственного контракта, договора (соглашения) (при наличии):", "", "(8)")]
                y = 18.5
                for a, b, c in hdr:
                    txt(pdf, x1, y, a, 7, "", "DVC")
                    if b:
                        bx = x1 + (48 if len(a) < 40 else 100)
                        txt(pdf, bx, y, b, 7, "B" if a in ("Продавец:", "ИНН/КПП продавца:", "Покупатель:") else "", "DVC")
                        pdf.set_draw_color(150, 150, 150)
                        pdf.line(bx, y + 3.3, 258, y + 3.3)
                    txt(pdf, 262, y, c, 6.5, "", "DVC")
                    y += 4.1
                y += 2
            else:
                txt(pdf, x0, 9, f"Продолжение УПД: счёт-фактура № {no} от {fd(d)}", 8.5, "B", "DVC")
                y = 16
            y = _upd_table(pdf, x0, y, cols, chunk)
            if pno == len(chunks) - 1:
                pdf.set_font("DVC", "B", 7)
                xs = [x0]
                for c in cols:
                    xs.append(xs[-1] + c[1])
                pdf.set_draw_color(90, 90, 90)
                pdf.rect(x0, y, xs[-1] - x0, 5.4)
                txt(pdf, x0 + 1, y + 1, "Всего к оплате (9)", 7, "B", "DVC")
                txt(pdf, xs[8] + 0.5, y + 1, fm(net), 7, "B", "DVC", "R", cols[8][1] - 1)
                txt(pdf, xs[9] + 0.5, y + 1, "X", 7, "B", "DVC", "C", cols[9][1] - 1)
                txt(pdf, xs[11] + 0.5, y + 1, fm(tax), 7, "B", "DVC", "R", cols[11][1] - 1)
                txt(pdf, xs[12] + 0.5, y + 1, fm(total), 7, "B", "DVC", "R", cols[12][1] - 1)
                y += 9
                txt(pdf, x0, y, f"Документ составлен на {len(chunks)} листах" if len(chunks) > 1 else "Документ составлен на 1 листе", 6.8, "", "DVC")
                txt(pdf, 70, y, f"Руководитель организации или иное уполномоченное лицо  ____________  {boss}", 6.8, "", "DVC")
                txt(pdf, 185, y, f"Главный бухгалтер  ____________  {buh}", 6.8, "", "DVC")
                y += 6
                pdf.line(x0, y, W - 10, y)
                y += 2
                lines = [(f"Основание передачи (сдачи) / получения (приемки):  {basis}", "[8]"), ("Данные о транспортировке и грузе:  " + (f"Транспортная накладная № {rng.randint(100, 999)} от {f(d)}" if i != 1 else "самовывоз"), "[9]"),
                         (f"Товар (груз) передал / услуги, результаты работ, права сдал:  кладовщик  ____________  {rng.choice(['Иванов П. Р.', 'Соколова Н. В.', 'Орлов В. Е.'])}", "[10]"),
                         (f"Дата отгрузки, передачи (сдачи):  {fw(d)}", "[11]"), ("Товар (груз) получил / услуги, результаты работ, права принял:  ____________  ____________", "[15]"),
                         ("Дата получения (приемки):  «___» ____________ 20__ г.", "[16]")]
                for a, c in lines:
                    txt(pdf, x0, y, a, 6.6, "", "DVC")
                    txt(pdf, W - 18, y, c, 6.2, "", "DVC")
                    y += 4.2
            txt(pdf, W - 40, 202, f"Лист {pno + 1} из {len(chunks)}", 6.5, "", "DVC", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Russian УПД (universal transfer document, status 1 = счёт-фактура + delivery note) on a landscape page, numbered header lines (1)–(8) and a 15-column ruled table"
        + (" over two sheets (the header row repeats; 'Всего к оплате' on sheet 2)" if i == 2 else "") + ". vendor = 'Продавец' (2); vendor tax id = the ИНН in 'ИНН/КПП продавца' (10 digits, checksum; the КПП after the slash is a decoy); "
        "the buyer's ИНН/КПП, OKEI unit codes, country code 643 and item codes are decoys. invoice_number = the number after 'Счёт-фактура №' (as printed); invoice_date = its 'от' date"
        + (" in words" if i in (0, 2) else " (dd.mm.yyyy)") + "; "
        + ("the payment document (5) number and date are decoys; " if pp else "")
        + "the shipment date [11] repeats the date. No due date printed (null). "
        + (f"PO = the 'Заказ покупателя №' {po} in the basis line [8]; the supply contract is no PO. " if po else "No PO (the supply contract in [8] is no PO). ")
        + f"subtotal = 'Всего к оплате' column 5 (без налога); tax = its column 8 (НДС {qstr(std)} %" + (" and 10 % on staple foods" if i == 1 else "") + "); total = its column 9. "
        "Currency RUB ('Российский рубль, 643'). Amounts '1 234,56'. Line items: every row (amount = column 5, without tax; quantity column 3)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=inn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=None,
        currency="RUB", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), inn, no, po, vname], render


def _upd_table(pdf, x, y, cols, rows):
    """A fully ruled table with wrapped header captions and wrapped descriptions (UPD style); returns y after it."""
    xs = [x]
    for c in cols:
        xs.append(xs[-1] + c[1])
    pdf.set_draw_color(90, 90, 90)
    pdf.set_font("DVC", "", 5.6)
    hl = [pdf.multi_cell(c[1] - 1, 2.5, c[0], dry_run=True, output="LINES") for c in cols]
    hh = max(len(h) for h in hl) * 2.5 + 1.5
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(x, y, xs[-1] - x, hh, "DF")
    for k, c in enumerate(cols):
        for j, line in enumerate(hl[k]):
            txt(pdf, xs[k] + 0.5, y + 0.8 + j * 2.5, line, 5.6, "", "DVC", "C", c[1] - 1, h=2.5)
        pdf.line(xs[k], y, xs[k], y + hh)
    pdf.line(xs[-1], y, xs[-1], y + hh)
    y += hh
    pdf.rect(x, y, xs[-1] - x, 3.2)
    for k, lab in enumerate(["А", "1", "1а", "1б", "2", "2а", "3", "4", "5", "6", "7", "8", "9", "10", "10а"]):
        txt(pdf, xs[k], y + 0.3, lab, 5.6, "", "DVC", "C", cols[k][1], h=2.6)
        pdf.line(xs[k], y, xs[k], y + 3.2)
    y += 3.2
    for r in rows:
        pdf.set_font("DVC", "", 6.6)
        dl = pdf.multi_cell(cols[2][1] - 1.5, 3, r[2], dry_run=True, output="LINES")
        rh = max(1, len(dl)) * 3 + 1.6
        pdf.rect(x, y, xs[-1] - x, rh)
        for k, c in enumerate(cols):
            pdf.line(xs[k], y, xs[k], y + rh)
            if k == 2:
                for j, line in enumerate(dl):
                    txt(pdf, xs[k] + 0.7, y + 0.8 + j * 3, line, 6.6, "", "DVC", "L", c[1] - 1.4, h=3)
            else:
                txt(pdf, xs[k] + 0.4, y + 0.8, r[k], 6.6, "", "DVC", c[2], c[1] - 0.8, h=3)
        y += rh
    return y


# =========================================================================== 08 Swedish builder's faktura with a ROT deduction (moms 25 %, F-skatt, bankgiro, OCR)
SE_V = [
    ("Täby Bygg & Renovering AB", "Enhagsvägen 7", "187 40 Täby", "08", (30, 70, 110)),
    ("Målarfirman Lindgren i Göteborg AB", "Fiskhamnsgatan 2", "414 58 Göteborg", "031", (170, 60, 30)),
    ("Norrlands Takläggeri AB", "Storgatan 48", "903 26 Umeå", "090", (40, 100, 60)),
    ("Skånes VVS & Badrum AB", "Industrigatan 11", "212 14 Malmö", "040", (90, 40, 110)),
]
SE_B = [
    ("Anna och Per Lindqvist", "Näsbyvägen 14", "187 33 Täby", "Täby Näsby 4:123"),
    ("Karin Ekström", "Majornas Allé 9", "414 62 Göteborg", "Göteborg Majorna 212:7"),
    ("Johan Nilsson", "Björkvägen 3", "907 40 Umeå", "Umeå Tomtebo 2:45"),
    ("Brf Solrosen i Malmö", "Solrosgatan 2-8", "214 45 Malmö", None),
]
SE_LAB = [
    [("Snickeriarbete kök, rivning och montering", 595, 695), ("Elektrikerarbete (behörig installatör)", 690, 790), ("Målning och spackling", 520, 590)],
    [("Invändig målning vardagsrum och hall", 520, 580), ("Tapetsering sovrum", 520, 580), ("Fönsterrenovering, kittning och målning", 560, 640)],
    [("Takläggning, byte av takpannor", 590, 690), ("Byte av hängrännor och stuprör", 590, 690), ("Montering av snörasskydd", 590, 690)],
    [("Rörarbete stambyte, lägenhet 1102", 640, 720), ("Plattsättning badrum", 610, 690), ("Tätskikt enligt BBV", 610, 690)],
]
SE_MAT = [
    [("Köksskåp och bänkskiva enligt offert", 18000, 46000), ("Elmaterial", 1200, 4800), ("Spackel och färg", 600, 1900), ("Containerhyra och deponi", 2400, 4900)],
    [("Färg och spackel", 1400, 4800), ("Tapet, 12 rullar", 1800, 4200), ("Linoljefärg och kitt", 900, 2600), ("Täckpapp och tejp", 300, 900)],
    [("Betongtakpannor, 18 m²", 6800, 14800), ("Hängrännor och stuprör, komplett", 4200, 9800), ("Snörasskydd, 12 m", 3200, 6400), ("Liftuthyrning 2 dagar", 3800, 6200)],
    [("Tätskiktssystem", 3200, 6800), ("Kakel och klinker", 8400, 19800), ("Golvbrunn och WC-stol", 5200, 11800), ("Rör och kopplingar", 2400, 7800)],
]


@style("08", "se_rot_avdrag_bygg")
def s08(rng, i):
    vname, v1, v2, area, color = SE_V[i]
    bname, b1, b2, fastighet = SE_B[i]
    d = rand_date(rng)
    lab = []
    for desc, lo, hi in rng.sample(SE_LAB[i], rng.randint(1, 3)):
        h = D(rng.randint(6, 48)) + (D("0.5") if rng.random() < 0.3 else 0)
        p = exact_price(rng, h, lo, hi, D("5"))
        lab.append({"desc": desc, "qty": h, "unit": "tim", "price": p, "amount": q2(h * p), "typ": "Arbete"})
    mat = []
    for desc, lo, hi in rng.sample(SE_MAT[i], rng.randint(2, 3)):
        a = D(rng.randint(lo, hi))
        mat.append({"desc": desc, "qty": D(1), "unit": "st", "price": a, "amount": a, "typ": "Material"})
    km = D(rng.randint(20, 160))
    travel = [{"desc": "Resor / milersättning", "qty": km, "unit": "km", "price": D("3.50") if i != 2 else D("4.00"), "amount": q2(km * (D("3.50") if i != 2 else D("4.00"))), "typ": "Övrigt"}] if i in (0, 2) else []
    lines = lab + mat + travel
    labour = sum(x["amount"] for x in lab)
    other = sum(x["amount"] for x in mat + travel)
    net = labour + other
    tax = q2(net * D("0.25"))
    total = net + tax
    rot_rate = D(50) if dt.date(2025, 5, 12) <= d <= dt.date(2025, 12, 31) else D(30)
    rot = None
    if fastighet:
        rot = min(q2(labour * D("1.25") * rot_rate / 100), D(50000 if i != 0 else 100000))
    pay = total - (rot or 0)
    pay_r = pay.quantize(D("1"), rounding="ROUND_HALF_UP")
    ore = pay_r - pay
    orgnr = valid(rng, lambda: "556" + digits(rng, 7), lambda s: _sevat.is_valid(s + "01"))
    moms = f"SE{orgnr}01"
    moms_p = moms if i != 1 else f"SE {orgnr}01"
    bg = luhn_number(rng, rng.choice([7, 8]))
    bg_p = f"{bg[:-4]}-{bg[-4:]}"
    ocr = luhn_number(rng, rng.randint(8, 12))
    no = [str(rng.randint(10000, 99999)), f"{d.year}{rng.randint(100, 999)}", str(rng.randint(1000, 9999)), f"F{rng.randint(20000, 29999)}"][i]
    due = d + dt.timedelta(days=[30, 20, 30, 30][i])
    f = lambda x: x.isoformat()  # noqa: E731
    po = f"{d.year}-{rng.randint(10, 99):03d}" if i == 3 else None
    pnrs = []
    if fastighet:
        for _ in range(2 if i == 0 else 1):
            pnrs.append(valid(rng, lambda: f"{rng.randint(1948, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 4)}", lambda s: _pnr.is_valid(s)))
    fm = sp

    def render(path):
        pdf = new_fpdf(creator="Fortnox Fakturering")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 18, 14, vname, 15, "B", "LSans", color=color)
        txt(pdf, 18, 21, "Bygg · Renovering · ROT-arbeten" if i == 0 else ["", "Måleri och tapetsering sedan 1987", "Tak och plåt i hela Västerbotten", "VVS, stambyten och badrum"][i], 8, "", "LSans", color=(100, 100, 100))
        txt(pdf, 128, 14, "FAKTURA", 18, "B", "LSans")
        kv = [("Fakturanummer", no), ("Fakturadatum", f(d)), ("Förfallodatum", f(due)), ("Kundnummer", str(rng.randint(1000, 1999))), ("OCR-nummer", ocr)]
        for k, (a, b) in enumerate(kv):
            txt(pdf, 128, 24 + k * 4.6, a, 8, "", "LSans", color=(90, 90, 90))
            txt(pdf, 160, 24 + k * 4.6, b, 8.6, "B" if a in ("Fakturanummer", "Förfallodatum") else "", "LSans")
        txt(pdf, 110, 52, bname, 10, "B", "LSans")
        txt(pdf, 110, 57, b1, 10, "", "LSans")
        txt(pdf, 110, 62, b2, 10, "", "LSans")
        ref = [("Vår referens", rng.choice(["Mikael Berg", "Sara Holm", "Anders Nyström", "Lena Persson"])), ("Er referens", bname.split(" och ")[0] if i != 3 else rng.choice(["Ulla Sjöberg (ordf.)", "Göran Ek"]))]
        if po:
            ref.append(("Er beställning", po))
        ref.append(("Arbetsplats", f"{b1}, {b2.split(' ', 2)[2]}"))
        if fastighet:
            ref.append(("Fastighetsbeteckning", fastighet))
            ref.append(("Personnummer (ROT)", ", ".join(pnrs)))
        ref.append(("Betalningsvillkor", f"{(due - d).days} dagar netto"))
        y = 74
        for a, b in ref:
            txt(pdf, 18, y, a, 8, "", "LSans", color=(90, 90, 90))
            txt(pdf, 58, y, b, 8.4, "", "LSans")
            y += 4.5
        y += 4
        cols = [("Typ", 20, "L"), ("Benämning", 78, "L"), ("Antal", 16, "R"), ("Enhet", 14, "L"), ("À-pris", 22, "R"), ("Belopp", 24, "R")]
        rows = [[x["typ"], x["desc"], sp(x["qty"], 1 if x["qty"] % 1 else 0), x["unit"], fm(x["price"]), fm(x["amount"])] for x in lines]
        y = table(pdf, 18, y, cols, rows, size=8.2, font="LSans", rowh=6, border_bottom=False, line_color=color)
        pdf.set_draw_color(*color)
        pdf.line(18, y + 1, 192, y + 1)
        y += 5
        trows = [("Summa arbetskostnad", fm(labour), ""), ("Summa material och övrigt", fm(other), ""), ("Summa exkl. moms", fm(net), "B"), ("Moms 25 %", fm(tax), ""), ("Summa inkl. moms", fm(total), "B")]
        if rot is not None:
            trows += [(f"Avgår preliminärt ROT-avdrag ({qstr(rot_rate)} % av arbetskostnad inkl. moms)", "-" + fm(rot), ""), ("Öresavrundning", fm(ore), "")]
        else:
            trows += [("Öresavrundning", fm(ore), "")]
        for a, b, st in trows:
            txt(pdf, 80 if len(a) < 40 else 62, y, a, 8.6, st, "LSans")
            txt(pdf, 160, y, b + " kr", 8.6, st, "LSans", "R", 32)
            y += 5
        y += 2
        pdf.set_fill_color(*color)
        pdf.rect(110, y, 82, 11, "F")
        txt(pdf, 113, y + 3.2, "ATT BETALA", 11, "B", "LSans", color=(255, 255, 255))
        txt(pdf, 150, y + 3.2, f"{sp(pay_r, 0)} kr", 11, "B", "LSans", "R", 40, color=(255, 255, 255))
        y += 17
        if rot is not None:
            notes_ = [f"ROT-avdraget är preliminärt och begärs av {vname} hos Skatteverket. Om Skatteverket inte medger avdraget helt eller delvis",
                      "debiteras mellanskillnaden kunden. Arbetskostnaden inkl. moms uppgår till " + fm(q2(labour * D('1.25'))) + " kr."]
        else:
            notes_ = ["Bostadsrättsföreningen är inte berättigad till ROT-avdrag. Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen."]
        for s_ in notes_:
            txt(pdf, 18, y, s_, 7.4, "", "LSans", color=(70, 70, 70))
            y += 3.8
        pdf.set_draw_color(160, 160, 160)
        pdf.line(18, 268, 192, 268)
        foot = [("Adress", [vname, v1, v2]), ("Kontakt", [f"Tel {area}-{digits(rng, 3, True)} {digits(rng, 2)} {digits(rng, 2)}", "info@" + vname.split()[0].lower().replace("ä", "a").replace("å", "a").replace("ö", "o") + ".se", "www." + vname.split()[0].lower().replace("ä", "a").replace("å", "a").replace("ö", "o") + ".se"]),
                ("Betalning", [f"Bankgiro {bg_p}", f"Swish {digits(rng, 10, True)[:3]} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", "Ange OCR-nummer"]),
                ("Företagsuppgifter", [f"Org.nr {orgnr[:6]}-{orgnr[6:]}", f"Momsreg.nr {moms_p}", "Godkänd för F-skatt"])]
        for k, (h, ls) in enumerate(foot):
            txt(pdf, 18 + k * 45, 270, h, 6.8, "B", "LSans", color=(90, 90, 90))
            for j, s_ in enumerate(ls):
                txt(pdf, 18 + k * 45, 273.5 + j * 3.4, s_, 6.8, "", "LSans", color=(60, 60, 60))
        pdf.output(path)

    notes = (
        "Swedish builder's faktura (fpdf2) with a labour/material split: vendor = the letterhead; vendor tax id = 'Momsreg.nr' in the footer (as printed); the Org.nr, bankgiro, Swish number, "
        "OCR-nummer, customer number" + (" and the customers' personnummer" if fastighet else "") + " are decoys. invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum'; due = 'Förfallodatum' (ISO dates). "
        + (f"PO = 'Er beställning' {po}. " if po else "No PO ('Er referens' is a name). ")
        + "subtotal = 'Summa exkl. moms'; tax = 'Moms 25 %'; total = 'Summa inkl. moms'. 'Summa arbetskostnad' and 'Summa material och övrigt' are parts. "
        + (f"The preliminary ROT deduction ({qstr(rot_rate)} % of the labour cost incl. VAT, claimed by the builder from Skatteverket), the öresavrundning and 'ATT BETALA' after them are decoys. " if rot is not None
           else "No ROT deduction (a housing cooperative); the öresavrundning and 'ATT BETALA' (rounded total) are decoys. ")
        + "Currency SEK ('kr'). Amounts '1 234,56'. Line items: every row (labour hours with decimals, material lump sums with quantity 1"
        + (", mileage in km" if travel else "") + ")."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=moms_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
        currency="SEK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(lines), notes=notes,
    )
    return t, [f(d), f(due), moms_p, no, po, vname, ocr], render


# =========================================================================== 10 UK solicitor's bill over two pages (fees, VAT-able and non-VAT disbursements, money on account)
UK_V = [
    ("Harcourt & Finch LLP", ["14 Victoria Avenue", "Harrogate", "HG1 1EL"], "OC4", "JH"),
    ("Pemberton Shah Solicitors", ["Suite 3, 71 King Street", "Manchester", "M2 4NG"], None, "RS"),
    ("Bramwell Lowe LLP", ["One Temple Row", "Birmingham", "B2 5LG"], "OC3", "AL"),
    ("Trevelyan & Co Solicitors", ["8 Lemon Street", "Truro", "TR1 2LQ"], None, "MT"),
]
UK_B = [
    ("Mr Daniel and Mrs Sophie Walker", ["27 Cold Bath Road", "Harrogate", "HG2 0NA"]),
    ("Ms Priya Desai", ["Flat 12, Wilmslow House", "Cheadle", "SK8 1AZ"]),
    ("Midland Precision Castings Ltd", ["Unit 4, Heartlands Park", "Birmingham", "B7 5SA"]),
    ("Mr Robert Penhaligon (Executor)", ["Tregolls Farm", "St Clement", "TR1 1SL"]),
]
UK_MATTER = [
    ("Purchase of 12 Acacia Grove, Harrogate HG2 9PL", "conveyancing",
     [("Land Registry fee (registration of title)", False, 45, 330), ("Local authority search", False, 120, 260), ("Drainage and water search", True, 55, 80), ("Environmental search", True, 40, 65),
      ("Stamp Duty Land Tax", False, 2500, 19500), ("Bankruptcy searches (2)", False, 6, 12), ("Electronic money transfer fee", True, 35, 45)]),
    ("Employment dispute with Northstar Retail Ltd – settlement agreement", "employment",
     [("Counsel's fee for advice in conference (Ms E. Grant)", True, 600, 1800), ("Employment Tribunal – copy documents", False, 10, 40), ("Courier", True, 18, 45)]),
    ("Commercial lease renewal – Unit 4, Heartlands Park", "commercial",
     [("Counsel's fee for opinion (Mr T. Adeyemi)", True, 900, 2600), ("HM Land Registry official copies", False, 7, 21), ("Stamp Duty Land Tax on lease", False, 800, 4800), ("Courier", True, 20, 60)]),
    ("Estate of the late Mrs Joan Penhaligon – grant of probate", "probate",
     [("Probate Registry application fee", False, 273, 300), ("Sealed copies of the grant (6)", False, 9, 18), ("Statutory notice – London Gazette", True, 90, 110), ("Local newspaper advertisement", True, 60, 140),
      ("Valuation of property (Lodge & Thomas, surveyors)", True, 350, 650)]),
]
UK_EARNERS = [("Partner", 265, 395), ("Senior Associate", 210, 290), ("Associate", 175, 240), ("Trainee Solicitor", 110, 150), ("Paralegal", 95, 130)]


@style("10", "uk_solicitor_disbursements")
def s10(rng, i):
    vname, vaddr, ocpfx, initials = UK_V[i]
    bname, baddr = UK_B[i]
    matter, kind, disb_cat = UK_MATTER[i]
    d = rand_date(rng)
    fees = []
    names = [["Jane Harcourt", "Oliver Finch", "Emma Riley"], ["Ruth Shah", "Amir Pemberton", "Joel Carter"], ["Alice Lowe", "Tom Bramwell", "Nadia Hussain"], ["Mary Trevelyan", "Kieran Moss", "Hannah Pascoe"]][i]
    for role, lo, hi in sorted(rng.sample(UK_EARNERS, rng.randint(2, 3)), key=lambda r: -r[1]):
        h = D(rng.randint(3, 140)) / 10
        rate = D(rng.randint(lo // 5, hi // 5) * 5)
        fees.append({"desc": f"{rng.choice(names)} ({role}) – {h} hours at £{en(rate)} per hour", "qty": h, "price": rate, "amount": q2(h * rate), "vat": True})
    if kind == "conveyancing":
        fixed = D(rng.choice([895, 950, 1150, 1295]))
        fees = [{"desc": "Fixed fee for acting in the purchase (agreed in our client care letter)", "qty": D(1), "price": fixed, "amount": fixed, "vat": True, "show_qty": False},
                {"desc": "Leasehold / management pack supplement", "qty": D(1), "price": D(250), "amount": D(250), "vat": True, "show_qty": False}][: rng.randint(1, 2)]
    for it in fees:
        it.setdefault("show_qty", True)
    disb = []
    for desc, vat, lo, hi in rng.sample(disb_cat, rng.randint(3, len(disb_cat))) if len(disb_cat) > 3 else disb_cat:
        a = q2(D(rng.randint(lo * 100, hi * 100)) / 100) if hi < 1000 else D(rng.randint(lo, hi))
        disb.append({"desc": desc, "qty": None, "price": a, "amount": a, "vat": vat, "show_qty": False})
    fee_net = sum(x["amount"] for x in fees)
    dv = [x for x in disb if x["vat"]]
    dn = [x for x in disb if not x["vat"]]
    vat_base = fee_net + sum(x["amount"] for x in dv)
    net = fee_net + sum(x["amount"] for x in disb)
    tax = q2(vat_base * D("0.2"))
    total = net + tax
    on_acc = D(rng.choice([250, 500, 1000, 1500, 2000])) if i in (0, 2, 3) else None
    if on_acc and on_acc > total:
        on_acc = q2(total / 2)
    g = valid(rng, lambda: digits(rng, 9, True), _gbvat.is_valid)
    vat_p = f"GB {g[:3]} {g[3:7]} {g[7:]}" if i != 3 else f"{g[:3]} {g[3:7]} {g[7:]}"
    no = [str(rng.randint(20000, 29999)), f"INV-{rng.randint(100000, 999999)}", f"{rng.randint(100, 999)}/{rng.randint(10000, 99999)}", str(rng.randint(4000, 9999))][i]
    ours = f"{initials}/{['PROP', 'EMP', 'COM', 'PRO'][i]}/{rng.randint(10000, 99999)}-{rng.randint(1, 9)}"
    f = lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"  # noqa: E731
    due = {1: d + dt.timedelta(days=14), 3: d + dt.timedelta(days=30)}.get(i)
    po = f"PO {rng.randint(4500000000, 4509999999)}" if i == 2 else None
    sra = rng.randint(500000, 699999)
    creg = f"{ocpfx}{rng.randint(10000, 99999)}" if ocpfx else None
    contact = [f"DX {rng.randint(11000, 99999)} {vaddr[-2]}", f"T 0{rng.randint(1000, 1999)} {digits(rng, 6, True)}"]

    def page_frame(pdf, p, n):
        pdf.add_page()
        txt(pdf, 20, 14, vname.upper(), 14, "B", "LSerif")
        txt(pdf, 20, 20.5, "SOLICITORS", 7.5, "", "LSerif", color=(90, 90, 90))
        for k, s_ in enumerate(vaddr + contact):
            txt(pdf, 150, 13 + k * 3.8, s_, 7.6, "", "LSerif", color=(60, 60, 60))
        pdf.set_draw_color(120, 120, 120)
        pdf.line(20, 36, 190, 36)
        foot = (f"{vname} is a limited liability partnership registered in England and Wales, number {creg}. " if creg else f"{vname} is the trading name of a firm of solicitors. ") + \
               f"Authorised and regulated by the Solicitors Regulation Authority (SRA No. {sra}). VAT registration number {vat_p}."
        pdf.set_font("LSerif", "", 6.8)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(20, 278)
        pdf.multi_cell(150, 3.2, foot)
        txt(pdf, 172, 279, f"Page {p} of {n}", 7, "", "LSerif", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="LEAP Legal Software")
        lfont(pdf)
        page_frame(pdf, 1, 2)
        for k, s_ in enumerate([bname] + baddr):
            txt(pdf, 20, 48 + k * 4.6, s_, 10, "", "LSerif")
        meta = [("Our ref:", ours), ("Your ref:", po or ("-" if i != 1 else "PD/Northstar")), ("Date:", f(d))]
        for k, (a, b) in enumerate(meta):
            txt(pdf, 130, 48 + k * 4.6, a, 9, "", "LSerif")
            txt(pdf, 152, 48 + k * 4.6, b, 9, "", "LSerif")
        txt(pdf, 20, 80, f"INVOICE No. {no}", 13, "B", "LSerif")
        txt(pdf, 20, 87, f"Tax point: {f(d)}", 9, "", "LSerif")
        txt(pdf, 20, 95, f"Matter: {matter}", 10, "B", "LSerif")
        pdf.set_font("LSerif", "", 9.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20, 103)
        body = {
            "conveyancing": "To our professional charges for acting on your behalf in the purchase of the above property and your mortgage, including: taking your instructions; investigating title and raising enquiries; reviewing the searches and reporting to you; approving the transfer; dealing with your lender; exchange of contracts and completion; submitting the SDLT return and registering your title at HM Land Registry.",
            "employment": "To our professional charges for advising you in connection with the termination of your employment, including: reviewing your contract and the documents you supplied; correspondence and telephone calls with you and with the employer's solicitors; negotiating the terms of settlement; advising you on the settlement agreement and signing the adviser's certificate.",
            "commercial": "To our professional charges for acting for you on the renewal of your lease under the Landlord and Tenant Act 1954, including: considering the landlord's section 25 notice; negotiating the heads of terms and the draft lease; obtaining counsel's opinion on the rent review provisions; approving the engrossment and completing the new lease.",
            "probate": "To our professional charges for administering the estate, including: obtaining details of the assets and liabilities; preparing the inheritance tax account and the application for the grant of probate; collecting the assets; settling the liabilities; placing the statutory advertisements and preparing the estate accounts.",
        }[kind]
        pdf.multi_cell(170, 4.8, body)
        y = pdf.get_y() + 6
        txt(pdf, 20, y, "Professional charges", 10, "B", "LSerif")
        y += 7
        for x in fees:
            txt(pdf, 24, y, x["desc"], 9.2, "", "LSerif")
            txt(pdf, 160, y, en(x["amount"]), 9.2, "", "LSerif", "R", 30)
            y += 5.6
        pdf.line(150, y, 190, y)
        y += 2
        txt(pdf, 24, y, "Total professional charges", 9.2, "B", "LSerif")
        txt(pdf, 160, y, "£" + en(fee_net), 9.2, "B", "LSerif", "R", 30)
        y += 12
        txt(pdf, 20, y, "Disbursements and the summary of this invoice are set out overleaf.", 9, "", "LSerif", color=(80, 80, 80))
        txt(pdf, 20, y + 6, f"Fee earner responsible: {fees[0]['desc'].split(' (')[0] if kind != 'conveyancing' else rng.choice(names)}", 9, "", "LSerif")
        page_frame(pdf, 2, 2)
        txt(pdf, 20, 44, f"INVOICE No. {no} (continued)", 11, "B", "LSerif")
        txt(pdf, 130, 44, f"Our ref: {ours}", 9, "", "LSerif")
        cols = [("", 120, "L"), ("Net £", 25, "R"), ("VAT £", 25, "R")]
        rows = [["Professional charges (see page 1)", en(fee_net), en(q2(fee_net * D('0.2')))]]
        y = table(pdf, 20, 54, cols, rows, size=9, font="LSerif", rowh=6, border_bottom=False)
        y += 4
        for head, group in (("Disbursements subject to VAT", dv), ("Disbursements not subject to VAT (paid on your behalf as agent)", dn)):
            if not group:
                continue
            txt(pdf, 20, y, head, 9.4, "B", "LSerif")
            y += 6
            for x in group:
                txt(pdf, 24, y, x["desc"], 9, "", "LSerif")
                txt(pdf, 140, y, en(x["amount"]), 9, "", "LSerif", "R", 25)
                txt(pdf, 165, y, en(q2(x["amount"] * D("0.2"))) if x["vat"] else "-", 9, "", "LSerif", "R", 25)
                y += 5.4
            y += 3
        pdf.set_draw_color(0, 0, 0)
        pdf.line(20, y, 190, y)
        y += 3
        summ = [("Total charges and disbursements (excluding VAT)", en(net), ""), ("VAT at 20% on charges and VAT-able disbursements", en(tax), ""), ("TOTAL OF THIS INVOICE", "£" + en(total), "B")]
        if on_acc:
            summ += [("Less: money held on account (client account)", "(" + en(on_acc) + ")", ""), ("BALANCE NOW DUE", "£" + en(total - on_acc), "B")]
        for a, b, st in summ:
            txt(pdf, 20, y, a, 9.4, st, "LSerif")
            txt(pdf, 150, y, b, 9.4, st, "LSerif", "R", 40)
            y += 6
        y += 6
        terms = (f"Payment is due by {f(due)}." if due else "Payment is due on receipt of this invoice.") + " Please pay by bank transfer quoting our reference; we will never change our bank details by email."
        pdf.set_font("LSerif", "", 8.6)
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 4.2, terms + f" Bank: {rng.choice(['Barclays Bank plc', 'NatWest', 'Lloyds Bank plc'])} client account, sort code {digits(rng, 2, True)}-{digits(rng, 2)}-{digits(rng, 2)}, account {digits(rng, 8, True)}. "
                       "You may be entitled to complain about this bill; please see our complaints procedure and your right to apply to the court for an assessment under Part III of the Solicitors Act 1974.")
        pdf.output(path)

    lines = fees + disb
    notes = (
        "UK solicitor's bill over two pages (serif, unruled): page 1 the narrative and professional charges, page 2 the disbursements and the summary. vendor = the firm as the footer "
        "writes it (the letterhead prints it in capitals); vendor tax id = the 'VAT registration number' in the footer (as printed); the SRA number, "
        + ("the LLP registration number, " if creg else "") + "DX, 'Our ref' and the client account details are decoys. invoice_number = 'INVOICE No.'; invoice_date = 'Date' (= 'Tax point'). "
        + ("due = 'Payment is due by'. " if due else "'due on receipt': no due date (null). ")
        + (f"PO = the client's 'Your ref' {po}. " if po else "No PO. ")
        + "subtotal = 'Total charges and disbursements (excluding VAT)'; tax = 'VAT at 20%' (on the charges and the VAT-able disbursements only); total = 'TOTAL OF THIS INVOICE'. "
        + "'Total professional charges' and the per-line VAT are parts. "
        + ("'Less: money held on account' and 'BALANCE NOW DUE' are decoys. " if on_acc else "")
        + "Currency GBP. Line items: every priced row: the professional charges (fee-earner hours as quantity"
        + ("; fixed fees without one" if kind == "conveyancing" else "") + ") and every disbursement (no quantity), with or without VAT."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="GBP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(lines), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vat_p, no, po, vname, ours], render
