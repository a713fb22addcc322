"""fpdf2 styles for set 63, first part (06 Aktau счёт на оплату in Russian with the bank details in a ruled box above
the title, a FULLY RULED table with a position column, НДС 12 % (16 % from 2026) inside the prices or added, the total
in Russian words; 07 Navoiy hisob-faktura in Latin-script Uzbek for telecom and data-centre services as a UTILITY-STYLE
bill with the TOTALS at the TOP, each fact's LABEL at the END of a dotted line and its value on the NEXT line, QQS 12 %
and an account balance; 08 Telavi hotel GUEST FOLIO in English with labels BESIDE the values, a charges list without
rules, prices including VAT 18 %, an advance DEPOSIT deducted and a USD counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS_UZ, an_iban, kz_bin, ru_words
from invoice_kit import digits, en, iban, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import MONTHS, due_note, frame, lines, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Aktau (НДС 12 % / 16 %, KZT), 1C-like счёт на оплату, fully ruled, words
AK_V = [
    ("ТОО «Каспий Бурсервис»", "г. Актау, 14 мкр., здание 32, офис 5"),
    ("ТОО «Мангыстау ТеплоМонтаж»", "г. Актау, промзона, участок 118/2"),
    ("ТОО «Каспиан Марин Сапплай»", "г. Актау, морской порт, административное здание, каб. 204"),
    ("ТОО «Актау Офис Снаб»", "г. Актау, 5 мкр., дом 20, н.п. 3"),
]
AK_B = ["ТОО «Жетыбай Ойл Оперейтинг»", "ГКП «Мангыстау Жылу»", "АО «Морской торговый порт Актау»", "ТОО «Озенмунайгаз Сервис»"]
AK_ROWS = [
    [("Долото PDC 215,9 мм", "шт", 1, 4, 480000, 1650000), ("Раствор бурового глинистого, м3", "м3", 10, 120, 18000, 46000), ("Услуги супервайзера бурения, сутки", "сут", 5, 30, 85000, 160000), ("Центратор пружинный 146 мм", "шт", 10, 80, 6500, 14800), ("Транспортировка спецтехникой, рейс", "рейс", 1, 8, 95000, 260000)],
    [("Труба стальная 89х4 мм", "м", 20, 400, 2900, 5400), ("Задвижка стальная Ду100", "шт", 1, 12, 68000, 145000), ("Изоляция ППУ скорлупа 89", "м", 20, 400, 1800, 3900), ("Монтаж теплотрассы, п.м.", "м", 20, 300, 9000, 18000), ("Сварочные работы, стык", "стык", 10, 120, 6500, 12000)],
    [("Канат швартовный 64 мм, бухта 220 м", "бух", 1, 4, 740000, 1480000), ("Краска необрастающая, 20 л", "ведро", 2, 20, 98000, 185000), ("Кранцы пневматические 1,0х1,5 м", "шт", 1, 6, 390000, 860000), ("Спасательный жилет морской", "шт", 5, 40, 14500, 28000)],
    [("Бумага офисная А4, 500 л.", "пач", 20, 400, 2400, 3600), ("Картридж лазерный 85A", "шт", 2, 30, 12500, 26000), ("Папка-регистратор 75 мм", "шт", 10, 120, 900, 1800), ("Кресло офисное", "шт", 1, 10, 48000, 125000), ("Доставка по городу", "усл", 1, 1, 3000, 9000)],
]


def ru_long(x):
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


@style("06", "kz_akt_aktau_schet_na_oplatu_nds_ruled_position_words")
def s06(rng, i):
    vname, vaddr = AK_V[i]
    bname = AK_B[i]
    d = rand_date(rng)
    rate = 16 if d >= dt.date(2026, 1, 1) else 12
    inclusive = i in (0, 2)
    items = lines(rng, AK_ROWS[i], [5, 4, 3, 5][i], D("10"))
    for x in items:
        x["rate"] = rate
    s = sum(x["amount"] for x in items)
    if inclusive:
        total = s
        tax = q2(total * rate / (100 + rate))
        net = None
    else:
        net = s
        tax = q2(net * rate / 100)
        total = net + tax
    reg = d - dt.timedelta(days=rng.randint(900, 6000))
    bin_ = kz_bin(rng, reg.year, reg.month)
    breg = d - dt.timedelta(days=rng.randint(900, 6000))
    bbin = kz_bin(rng, breg.year, breg.month)
    iik = iban("KZ", rng.choice(["601", "722", "998", "826"]) + digits(rng, 13))
    no = [str(rng.randint(12, 480)), f"{rng.randint(100, 999)}", f"СЧ-{rng.randint(1000, 9999)}", f"{rng.randint(1, 99):02d}/{rng.randint(100, 999)}"][i]
    fd = [ru_long, ru_long, lambda x: x.strftime("%d.%m.%Y"), ru_long][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i in (1, 2) else None
    po = [None, f"{rng.randint(100, 999)}", None, f"ЗК-{rng.randint(1000, 9999)}"][i]
    contract = f"Договор № {rng.randint(10, 99)}/{(d.year - rng.randint(0, 1)) % 100} от {(d - dt.timedelta(days=rng.randint(60, 400))).strftime('%d.%m.%Y')}"
    tenge = int(total)
    tiyn = int((total - tenge) * 100)
    words = f"{ru_words(tenge)} тенге {tiyn:02d} тиын"
    tot_l = "Итого:" if inclusive else "Всего к оплате:"

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия для Казахстана")
        pdf.add_page()
        para(pdf, 12, 10, 186, "Внимание! Оплата данного счета означает согласие с условиями поставки товара. Уведомление об оплате обязательно, в противном случае не гарантируется наличие товара на складе. Товар отпускается по факту прихода денег на р/с Поставщика.", 7, font="DVC", h=3.2)
        txt(pdf, 12, 21, "Образец платежного поручения", 8.4, "B", font="DVC")
        pdf.set_draw_color(0, 0, 0)
        x0, y0 = 12, 26
        pdf.rect(x0, y0, 186, 22)
        pdf.line(x0, y0 + 11, x0 + 186, y0 + 11)
        pdf.line(x0 + 104, y0, x0 + 104, y0 + 22)
        pdf.line(x0 + 150, y0, x0 + 150, y0 + 22)
        txt(pdf, x0 + 1, y0 + 1, "Бенефициар:", 7.6, "B", font="DVC")
        txt(pdf, x0 + 1, y0 + 4.5, vname, 7.6, font="DVC")
        txt(pdf, x0 + 1, y0 + 7.5, f"БИН: {bin_}", 7.6, font="DVC")
        txt(pdf, x0 + 105, y0 + 1, "ИИК", 7.6, "B", font="DVC")
        txt(pdf, x0 + 105, y0 + 5.5, iik, 8, "B", font="DVC")
        txt(pdf, x0 + 151, y0 + 1, "Кбе", 7.6, "B", font="DVC")
        txt(pdf, x0 + 151, y0 + 5.5, "17", 8, "B", font="DVC")
        txt(pdf, x0 + 1, y0 + 12, "Банк бенефициара:", 7.6, "B", font="DVC")
        txt(pdf, x0 + 1, y0 + 16, rng.choice(["АО «Народный Банк Казахстана»", "АО «Halyk Bank»", "АО «Kaspi Bank»", "АО «ForteBank»"]), 7.6, font="DVC")
        txt(pdf, x0 + 105, y0 + 12, "БИК", 7.6, "B", font="DVC")
        txt(pdf, x0 + 105, y0 + 16, rng.choice(["HSBKKZKX", "CASPKZKA", "IRTYKZKA"]), 8, "B", font="DVC")
        txt(pdf, x0 + 151, y0 + 12, "Код назначения платежа", 6.4, "B", font="DVC")
        txt(pdf, x0 + 151, y0 + 16, rng.choice(["710", "859", "861"]), 8, "B", font="DVC")
        txt(pdf, 12, 55, f"Счет на оплату № {no} от {fd(d)}", 13.5, "B", font="DV")
        pdf.set_line_width(0.6)
        pdf.line(12, 63, 198, 63)
        pdf.set_line_width(0.2)
        y = 66
        for lab, val in (("Поставщик:", f"БИН / ИИН {bin_}, {vname}, Республика Казахстан, {vaddr}, тел.: 8 (7292) {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"),
                         ("Покупатель:", f"БИН / ИИН {bbin}, {bname}, Мангистауская область"),
                         ("Договор:", contract), ("Заказ покупателя:", f"№ {po}" if po else None),
                         ("Оплатить не позднее:", due.strftime("%d.%m.%Y") if due else None)):
            if val is None:
                continue
            txt(pdf, 12, y, lab, 8.2, font="DVC")
            y = para(pdf, 46, y - 0.4, 152, val, 8.2, "B", font="DVC", h=3.9) + 1.4
        cols = [("№", 9, "C"), ("Код", 18, "L"), ("Наименование", 79, "L"), ("Кол-во", 18, "R"), ("Ед.", 12, "L"), ("Цена", 24, "R"), ("Сумма", 26, "R")]
        rows = [[str(k + 1), f"{rng.randint(10000, 99999):06d}", x["desc"], qstr(x["qty"]), x["unit"], sp(x["price"]), sp(x["amount"])] for k, x in enumerate(items)]
        y0 = y + 3
        pdf.set_line_width(0.2)
        y = table(pdf, 12, y0, cols, rows, size=7.8, font="DVC", rowh=5.6, line_color=(0, 0, 0))
        frame(pdf, 12, y0, y, cols, color=(0, 0, 0))
        pdf.set_line_width(0.5)
        pdf.rect(12, y0, 186, y - y0)
        pdf.set_line_width(0.2)
        y += 3
        rows_t = [(tot_l if inclusive else "Итого без НДС:", sp(s))]
        rows_t += [("В том числе НДС:", sp(tax))] if inclusive else [(f"НДС {rate}%:", sp(tax)), ("Всего к оплате:", sp(total))]
        for lab, val in rows_t:
            txt(pdf, 120, y, lab, 8.6, "B", font="DVC", align="R", w=50)
            txt(pdf, 170, y, val, 8.6, "B", font="DVC", align="R", w=28)
            y += 5
        y += 2
        txt(pdf, 12, y, f"Всего наименований {len(items)}, на сумму {sp(total)} KZT", 8.4, font="DVC")
        y = para(pdf, 12, y + 5, 186, f"Всего к оплате: {words}", 8.6, "B", font="DVC", h=4.2)
        pdf.set_line_width(0.6)
        pdf.line(12, y + 3, 198, y + 3)
        pdf.set_line_width(0.2)
        y += 12
        txt(pdf, 12, y, "Исполнитель", 8.6, "B", font="DVC")
        pdf.line(40, y + 4, 110, y + 4)
        txt(pdf, 112, y, f"/{rng.choice(['Жумабаев А.С.', 'Ким О.В.', 'Сарсенова Д.К.', 'Утегенов Б.М.'])}/", 8.4, font="DVC")
        txt(pdf, 12, 285, "Страница 1 из 1", 7, color=(90, 90, 90), font="DVC")
        pdf.output(path)

    notes = (
        f"Aktau (Mangystau, Kazakhstan) Счет на оплату in Russian (a 1C form): the bank details in a ruled box ('Бенефициар', ИИК, Кбе, БИК, 'Код назначения платежа') above the title, a FULLY RULED table with a position column, НДС {rate} % "
        + ("INSIDE the prices ('Итого:' and 'В том числе НДС:')" if inclusive else "added ('Итого без НДС:', 'НДС %:', 'Всего к оплате:')")
        + ", the total in Russian words ('Всего к оплате: … тенге 00 тиын'), '1 234 567,00': "
        "vendor = 'Бенефициар' / 'Поставщик' (the ТОО); vendor_tax_id = 'БИН / ИИН' of the Поставщик (12 digits, a valid check digit; the buyer's БИН, the ИИК, Кбе, БИК and payment code are decoys). "
        "invoice_number = '№' in the title 'Счет на оплату № … от …'; invoice_date = the date after 'от'. "
        + due_note(due, None, "Оплатить не позднее")
        + po_note(po, "Заказ покупателя:")
        + ("subtotal null (no net printed); tax = 'В том числе НДС'; total = 'Итого:' (repeated 'на сумму' and in words). " if inclusive else "subtotal = 'Итого без НДС:'; tax = 'НДС %:'; total = 'Всего к оплате:'. ")
        + "The 'Договор' (contract number and date) is a decoy. Currency KZT. Line items: every row" + (" (gross, VAT inside)." if inclusive else " (net).")
    )
    t = truth(vname, bin_, no, po, d, due, "KZT", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, bin_, bbin, words, contract, due.strftime("%d.%m.%Y") if due else None]}
    return t, chk, render


# =========================================================================== 07 Navoiy (QQS 12 %, UZS), utility-style bill, totals at the top, labels at a line's end
NV_V = [
    ("«Navoiy Telekom Servis» MChJ", "Navoiy sh., G'alaba shoh ko'chasi, 45-uy", (3, 105, 161)),
    ("«Zarafshon Data Markazi» MChJ", "Navoiy sh., Ibn Sino ko'chasi, 12-uy", (21, 128, 61)),
    ("«Qizilqum Aloqa» MChJ", "Navoiy sh., Xalqlar do'stligi shoh ko'chasi, 7-uy", (154, 52, 18)),
    ("«Karmana Net» MChJ", "Navoiy viloyati, Karmana tumani, Mustaqillik ko'chasi, 3-uy", (88, 28, 135)),
]
NV_B = ["«Navoiy Azot» AJ", "«Navoiy viloyat ko'p tarmoqli tibbiyot markazi» DM", "«Kızılkum Sement» AJ filiali", "«Navoiy Erkin Iqtisodiy Zonasi» direksiyasi"]
NV_ROWS = [  # (desc, unit, qlo, qhi, lo, hi)
    ("Internet 100 Mbit/s, oylik abonent to'lovi", "oy", 1, 1, 900000, 2400000), ("Internet 300 Mbit/s, oylik abonent to'lovi", "oy", 1, 1, 2600000, 5200000),
    ("Qo'shimcha statik IP manzil", "dona", 1, 8, 45000, 90000), ("Server joylashtirish (colocation), 1U", "oy", 1, 6, 650000, 1200000),
    ("Limitdan ortiq trafik", "GB", 10, 900, 1200, 2500), ("Virtual server VPS 4 vCPU / 8 GB", "oy", 1, 4, 480000, 950000),
    ("Shahar telefon raqami, abonent to'lovi", "raqam", 1, 20, 25000, 60000), ("Shaharlararo so'zlashuvlar", "daqiqa", 50, 2000, 180, 450),
    ("Ma'lumotlarni zaxiralash, 1 TB", "oy", 1, 3, 320000, 640000), ("Texnik xizmat ko'rsatish, chaqiruv", "marta", 1, 4, 150000, 350000),
]


def uz_long(x):
    return f"{x.year}-yil {x.day}-{MONTHS_UZ[x.month - 1]}"


@style("07", "uz_nav_navoiy_hisob_faktura_qqs_12_utility_totals_top_label_eol")
def s07(rng, i):
    vname, vaddr, color = NV_V[i]
    bname = NV_B[i]
    d = rand_date(rng)
    items = lines(rng, NV_ROWS, [4, 5, 3, 6][i], D("10"))
    for x in items:
        x["rate"] = 12
        x["tax"] = q2(x["amount"] * D("0.12"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    stir = rng.choice("23") + digits(rng, 8)
    bstir = rng.choice("23") + digits(rng, 8)
    no = [f"NT-{d.year}/{rng.randint(100, 9999):04d}", f"{rng.randint(10000, 99999)}", f"QA{d.strftime('%y%m')}-{rng.randint(100, 999)}", f"{rng.randint(1, 999)}/{d.month:02d}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), uz_long, lambda x: x.strftime("%d.%m.%Y"), uz_long][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 20]))
    po = [None, f"SH-{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}"][i]
    acct = f"{rng.randint(10000000, 99999999)}"
    prev = D(rng.choice([0, rng.randint(200000, 9000000)])) + D(rng.choice(["0.00", "0.50"]))
    paid = prev if rng.random() < 0.6 else q2(prev * D("0.5"))
    bal = prev - paid + total
    pm = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{pm.year}-yil {MONTHS_UZ[pm.month - 1]}"
    mfo = digits(rng, 5)
    hr = "2020" + "8000" + digits(rng, 12)

    def render(path):
        pdf = new_fpdf(creator="1C:Buxgalteriya (O'zbekiston)")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 24, "F")
        txt(pdf, 12, 6, vname, 15, "B", color=(255, 255, 255))
        txt(pdf, 12, 14, f"{vaddr} · tel. +998 79 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}", 8, color=(230, 240, 250))
        txt(pdf, 140, 6, "HISOB-FAKTURA", 13, "B", color=(255, 255, 255), align="R", w=58)
        txt(pdf, 140, 13.5, "to'lov uchun hisob", 8.4, color=(230, 240, 250), align="R", w=58)
        txt(pdf, 12, 28, f"STIR: {stir}   QQS to'lovchisi reg. kodi: {digits(rng, 12, True)}   MFO: {mfo}   h/r: {hr}", 7.6, color=(60, 60, 60))
        # totals first, in a box at the top
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(12, 34, 100, 44)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 36, "JORIY HISOB DAVRI UCHUN", 7.4, "B", color=color)
        yy = 41
        for lab, val, b in (("QQSsiz summa", sp(net), False), ("QQS 12%", sp(tax), False), ("Jami hisoblandi (QQS bilan)", sp(total), True)):
            txt(pdf, 15, yy, lab, 8.6 if not b else 9.4, "B" if b else "")
            txt(pdf, 75, yy, val, 8.6 if not b else 9.4, "B" if b else "", align="R", w=34)
            yy += 5.6
        pdf.line(15, yy, 109, yy)
        yy += 1.5
        for lab, val in (("Oy boshiga qarzdorlik", sp(prev)), ("To'langan", sp(paid)), ("To'lanadigan summa", sp(bal))):
            txt(pdf, 15, yy, lab, 8, color=(70, 70, 70))
            txt(pdf, 75, yy, val, 8, color=(70, 70, 70), align="R", w=34)
            yy += 4.6
        # the facts: the label at a dotted line's end, the value on the next line
        y = 34
        for lab, val in (("Hisob-faktura raqami", no), ("Hisob-faktura sanasi", fd(d)), ("To'lov muddati", fd(due)), ("Shaxsiy hisob raqami", acct), ("Buyurtma raqami", po), ("Hisob davri", period)):
            if val is None:
                continue
            pdf.set_font("DV", "", 7.6)
            lw = pdf.get_string_width(lab)
            pdf.set_draw_color(150, 150, 150)
            pdf.dashed_line(118, y + 3, 198 - lw - 2, y + 3, 0.5, 0.8)
            txt(pdf, 198 - lw - 1, y, lab, 7.6, color=(90, 90, 90))
            txt(pdf, 118, y + 4.2, val, 9, "B", align="R", w=80)
            y += 9.4
        y = max(y, 82)
        pdf.set_draw_color(*color)
        txt(pdf, 12, y, "Iste'molchi (xaridor):", 8, color=(90, 90, 90))
        txt(pdf, 48, y, bname, 9, "B")
        txt(pdf, 12, y + 4.6, f"STIR: {bstir} · manzil: Navoiy viloyati", 8, color=(60, 60, 60))
        cols = [("№", 8, "C"), ("Xizmat nomi", 56, "L"), ("O'lch. birl.", 16, "L"), ("Miqdori", 14, "R"), ("Narxi", 20, "R"), ("QQSsiz summa", 22, "R"), ("QQS %", 10, "R"), ("QQS summasi", 18, "R"), ("Jami", 22, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 36), x["unit"], qstr(x["qty"]), sp(x["price"]), sp(x["amount"]), "12", sp(x["tax"]), sp(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        y = table(pdf, 12, y + 11, cols, rows, size=7, font="DVC", rowh=5.4, header_fill=(235, 240, 245), line_color=(190, 190, 190))
        txt(pdf, 12, y + 2, "Jami:", 8, "B", font="DVC")
        txt(pdf, 130, y + 2, sp(net), 7.4, "B", font="DVC", align="R", w=20)
        txt(pdf, 160, y + 2, sp(tax), 7.4, "B", font="DVC", align="R", w=18)
        y += 12
        para(pdf, 12, y, 130, f"To'lovni {fd(due)} gacha amalga oshiring. To'lov topshiriqnomasida shaxsiy hisob raqami {acct} ni ko'rsating. Muddati o'tgan har bir kun uchun 0,1 % penya hisoblanadi. Bank: \"Agrobank\" ATB Navoiy filiali, MFO {mfo}.", 7.6, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 172, y - 2, 24)
        txt(pdf, 12, y + 24, "Rahbar ____________        Bosh hisobchi ____________", 8)
        txt(pdf, 12, 287, f"Elektron hisob-faktura · ID {''.join(rng.choice('0123456789abcdef') for _ in range(24))} · 1-bet / 1", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Navoiy (Uzbekistan) HISOB-FAKTURA (to'lov uchun hisob) in Latin-script Uzbek for telecom and data-centre services as a UTILITY-STYLE bill: the TOTALS in a box at the TOP with an account summary under them, "
        "each fact's LABEL at the END of a dotted line with its value on the NEXT line, a ruled table with QQS 12 % per row, '1 234 567,00' so'm: "
        "vendor = the name in the coloured band; vendor_tax_id = 'STIR' (9 digits; the QQS registration code, the MFO, the h/r account, the customer's STIR, the personal account number and the e-invoice ID are decoys). "
        "invoice_number = 'Hisob-faktura raqami'; invoice_date = 'Hisob-faktura sanasi' (the 'Hisob davri' billing period is a decoy). "
        + due_note(due, None, "To'lov muddati")
        + po_note(po, "Buyurtma raqami")
        + "subtotal = 'QQSsiz summa'; tax = 'QQS 12%'; total = 'Jami hisoblandi (QQS bilan)' (the opening debt, 'To'langan' and 'To'lanadigan summa' are the account balance: decoys). Currency UZS. Line items: every row, the 'QQSsiz summa'."
    )
    t = truth(vname, stir, no, po, d, due, "UZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, stir, bstir, fd(due), acct, sp(bal)]}
    return t, chk, render


# =========================================================================== 08 Telavi (VAT 18 % inside, GEL), hotel guest folio, deposit, USD
TE_V = [
    ("Alazani Valley Wine Hotel LLC", "12 Tsinandali Road, Telavi 2200, Georgia", (120, 30, 50)),
    ("Old Telavi Boutique Hotel LLC", "7 Erekle II Street, Telavi 2200, Georgia", (30, 70, 110)),
    ("Gombori Pass Lodge LLC", "Kurdgelauri village, Telavi Municipality, Georgia", (40, 90, 50)),
    ("Ikalto Guesthouse & Marani LLC", "Ikalto, Telavi Municipality 2209, Georgia", (110, 70, 20)),
]
TE_B = [("Caucasus Incentive Travel LLC", "Tbilisi"), ("Georgian Wine Export Association", "Tbilisi"), ("Rustavi Steel LLC", "Rustavi"), ("Kvareli Lake Events LLC", "Kvareli")]
TE_EXTRAS = [("Breakfast buffet", 35, 60), ("Wine tasting, 6 wines", 45, 90), ("Dinner, Georgian supra menu", 60, 140), ("Minibar", 12, 60), ("Airport transfer TBS – Telavi", 180, 320),
             ("Laundry service", 15, 45), ("Horse riding excursion, Gombori", 80, 160), ("Qvevri workshop", 50, 120), ("Bottle of Saperavi, restaurant", 40, 110)]


@style("08", "ge_tlv_telavi_hotel_folio_vat_18_incl_deposit_usd")
def s08(rng, i):
    vname, vaddr, color = TE_V[i]
    bname, bcity = TE_B[i]
    dep = rand_date(rng)
    nights = rng.randint(2, 5)
    arr = dep - dt.timedelta(days=nights)
    room_rate = D(rng.randint(18, 60) * 10)
    items = []
    for k in range(nights):
        items.append({"date": arr + dt.timedelta(days=k), "desc": f"Room {rng.choice(['Deluxe Double', 'Superior Twin', 'Junior Suite'])} – night" if k == 0 else items[0]["desc"], "qty": D(1), "price": room_rate, "amount": room_rate, "ref": "RM"})
    guests = rng.randint(1, 2)
    for ex in rng.sample(TE_EXTRAS, [3, 4, 2, 5][i]):
        desc, lo, hi = ex
        q = D(rng.randint(1, 2 * guests))
        p = D(rng.randint(lo, hi))
        items.append({"date": arr + dt.timedelta(days=rng.randint(0, nights - 1)), "desc": desc, "qty": q, "price": p, "amount": q * p, "ref": "TRS" if "transfer" in desc else ("BAR" if "Minibar" in desc or "Bottle" in desc else ("RST" if "fast" in desc or "Dinner" in desc else ("HK" if "Laundry" in desc else "ACT")))})
    items.sort(key=lambda x: x["date"])
    total = sum(x["amount"] for x in items)
    tax = q2(total * 18 / 118)
    net = total - tax
    idc = rng.choice(["4", "2"]) + digits(rng, 8)
    bidc = rng.choice(["4", "2"]) + digits(rng, 8)
    no = [f"INV-{dep.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"T{rng.randint(10000, 99999)}", f"IK/{rng.randint(100, 999)}"][i]
    folio = f"F{rng.randint(100000, 999999)}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    deposit = q2(total * D(rng.choice(["0.3", "0.5"]))) if i != 2 else D(0)
    paid_card = i == 3
    balance = total - deposit
    rate_usd = D(rng.randint(26500, 28200)) / 10000
    usd = q2(total / rate_usd)
    po = [f"CIT-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(100, 999)}/EV"][i]
    ib = an_iban(rng, "GE", 18, rng.choice(["NB", "BG", "TB"]))

    def render(path):
        pdf = new_fpdf(creator="Opera PMS")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(14, 30, 196, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 10, vname, 16, "B", font="Serif", color=color)
        txt(pdf, 14, 18.5, vaddr, 8.2, font="Serif")
        txt(pdf, 14, 23, f"Identification code {idc} · VAT payer · +995 350 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.2, font="Serif")
        txt(pdf, 130, 10, "GUEST FOLIO", 14, "B", align="R", w=66, color=color)
        txt(pdf, 130, 18, "Tax invoice", 9, align="R", w=66)
        left = [("Guest", rng.choice(["Mr. Thomas Berger", "Ms. Anna Kowalska", "Mr. Levan Beridze", "Mrs. Sophie Martin"])), ("Company", bname + ", " + bcity), ("Company ID code", bidc),
                ("Room", f"{rng.randint(101, 318)}"), ("Booking ref.", f"BK{digits(rng, 7)}"), ("Company PO", po) if po else ("Guests", str(guests))]
        right = [("Invoice No.", no), ("Invoice date", fd(dep)), ("Folio No.", folio), ("Arrival", fd(arr)), ("Departure", fd(dep)), ("Nights", str(nights))]
        y = 35
        for (a, b), (c, e) in zip(left, right, strict=True):
            txt(pdf, 14, y, a + ":", 8.2, color=(100, 100, 100))
            txt(pdf, 44, y, b, 8.4, "B")
            txt(pdf, 130, y, c + ":", 8.2, color=(100, 100, 100))
            txt(pdf, 158, y, e, 8.4, "B")
            y += 5
        y += 5
        txt(pdf, 14, y, "Date", 8, "B", color=color)
        txt(pdf, 38, y, "Description", 8, "B", color=color)
        txt(pdf, 110, y, "Dept.", 8, "B", color=color)
        txt(pdf, 126, y, "Qty", 8, "B", color=color, align="R", w=12)
        txt(pdf, 140, y, "Unit price", 8, "B", color=color, align="R", w=24)
        txt(pdf, 166, y, "Amount GEL", 8, "B", color=color, align="R", w=30)
        y += 6
        for x in items:
            txt(pdf, 14, y, x["date"].strftime("%d.%m"), 8.2)
            txt(pdf, 38, y, x["desc"], 8.2)
            txt(pdf, 110, y, x["ref"], 8.2, color=(110, 110, 110))
            txt(pdf, 126, y, qstr(x["qty"]), 8.2, align="R", w=12)
            txt(pdf, 140, y, en(x["price"]), 8.2, align="R", w=24)
            txt(pdf, 166, y, en(x["amount"]), 8.2, align="R", w=30)
            y += 5.2
        y += 4
        pdf.line(120, y, 196, y)
        y += 2
        rows = [("Total charges", en(total), True), ("of which VAT 18%", en(tax), False), ("Amount excluding VAT", en(net), False)]
        if deposit:
            rows.append(("Less advance deposit received", "-" + en(deposit), False))
        rows.append(("Paid by card (Visa ****" + digits(rng, 4) + ")" if paid_card else "Balance due", en(balance), True))
        if paid_card:
            rows.append(("Balance", "0.00", False))
        for a, b, bold in rows:
            txt(pdf, 120, y, a, 8.6, "B" if bold else "")
            txt(pdf, 166, y, b, 8.6, "B" if bold else "", align="R", w=30)
            y += 5.4
        txt(pdf, 120, y + 1, f"USD equivalent at NBG rate {rate_usd}: USD {en(usd)}", 7.4, color=(90, 90, 90))
        y = max(y + 12, 200)
        para(pdf, 14, y, 100, f"Bank: {['TBC Bank', 'Bank of Georgia', 'Liberty Bank'][i % 3]} · IBAN {ib}\nAll prices are in Georgian lari and include VAT 18%. " + ("The deposit was received by bank transfer on " + fd(arr - dt.timedelta(days=rng.randint(5, 30))) + "." if deposit else "No deposit."), 7.6, font="Serif", color=(60, 60, 60))
        txt(pdf, 130, y + 16, "Guest signature ______________________", 8, font="Serif")
        txt(pdf, 14, 285, f"Cashier: {rng.choice(['Nino K.', 'Giorgi M.', 'Tamar S.'])} · Page 1 of 1 · Thank you for staying with us in Kakheti", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Telavi (Kakheti, Georgia) hotel GUEST FOLIO / tax invoice in English, the facts as LABEL: value pairs BESIDE each other in two columns, the charges by date WITHOUT RULES, prices INCLUDING VAT 18 %, '1,234.56' GEL: "
        "vendor = the hotel's name at the top; vendor_tax_id = 'Identification code' (9 digits; the company's 'Company ID code', the IBAN and the folio number are decoys). "
        "invoice_number = 'Invoice No.' (the 'Folio No.' is a decoy); invoice_date = 'Invoice date' (equal to the departure; arrival is a decoy). No due date (settled at departure; null). "
        + po_note(po, "Company PO") + "The 'Booking ref.' is a decoy. "
        + "subtotal = 'Amount excluding VAT'; tax = 'of which VAT 18%'; total = 'Total charges' (before the deposit). "
        + ("An advance DEPOSIT is deducted below ('Less advance deposit received') and the 'Balance due' is a decoy. " if deposit else "")
        + ("Paid by card, balance 0.00. " if paid_card else "")
        + "The USD equivalent at the NBG rate is a decoy. Currency GEL. Line items: every charge row (room nights one row each), VAT-inclusive; they sum to the total."
    )
    t = truth(vname, idc, no, po, dep, None, "GEL", net, tax, total, items, notes)
    chk = {"printed": [fd(dep), no, vname, idc, bidc, folio, fd(arr), "USD " + en(usd)]}
    return t, chk, render
