"""fpdf2 styles for set 66, second part (08 Bijeljina invoice as a BUSINESS LETTER in Serbian Cyrillic (Republika
Srpska), the facts and totals in running sentences, two of four without a table, ПДВ 17 %, convertible marks; 09
Blagoevgrad ФАКТУРА in Bulgarian whose boxes print the LABEL at the END of a line and the value on the NEXT line,
ДДС 20 %, the sum in Bulgarian words and the lev / euro counter-value (euro from 2026); 10 Haapsalu ARVE in Estonian
with the TOTALS in a band at the TOP, a table WITHOUT RULES, KM 24 % (22 % before July 2025) and 13 % on
accommodation, a discount row on one and a KREEDITARVE (credit note) on another)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import bg_words, by_rate, ee_reference, group4, long_date, rand_iban, vid
from invoice_kit import de, digits, iban, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, truth, wrap
from stdnum.bg import vat as bgvat
from stdnum.ee import kmkr, registrikood

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Bijeljina (ПДВ 17, BAM), a letter in Serbian Cyrillic
BI_V = [  # (name, address, activity, signer, colour)
    ("Семберија Пројект д.о.о. Бијељина", "Улица Николе Тесле 14, 76300 Бијељина", "пројектовање и стручни надзор", "Директор\nмр Драган Лазаревић, дипл. инж. грађ.", (25, 55, 100)),
    ("Преводилачка агенција Лингва с.п.", "Трг краља Петра I Карађорђевића 3, 76300 Бијељина", "превођење и овјера докумената", "Власник\nСнежана Марковић, судски тумач", (110, 30, 50)),
    ("Агросервис Дрина д.о.о.", "Хајдук Станка бб, 76300 Бијељина", "сервис пољопривредне механизације", "Директор\nМилан Тодоровић", (30, 90, 40)),
    ("Мајевица ИТ д.о.о.", "Улица Светог Саве 61, 76300 Бијељина", "одржавање рачунарске опреме и хостинг", "Директор\nНемања Стевановић, дипл. инж.", (70, 40, 110)),
]
BI_B = [("Општина Угљевик", "Одсјек за просторно уређење", "Трг ослобођења 1, 76330 Угљевик"), ("Медицински центар Семберија д.о.о.", "Служба набавке", "Раје Баничића 17, 76300 Бијељина"),
        ("Земљорадничка задруга Јања", "Управа задруге", "Јања бб, 76316 Јања"), ("Основна школа Вук Караџић", "Рачуноводство", "Цара Душана 30, 76300 Бијељина")]
BI_ROWS = [
    [("израду главног пројекта реконструкције спортске сале", "пројекат", 1, 1, 4500, 12000), ("стручни надзор над извођењем радова", "мјесец", 1, 4, 900, 1800), ("израду техничког пријема", "усл.", 1, 1, 300, 900)],
    [("превод медицинске документације са њемачког језика", "страна", 8, 90, 18, 30), ("овјеру превода судског тумача", "документ", 2, 20, 10, 25), ("консекутивно превођење на састанку", "сат", 2, 8, 45, 80)],
    [("ремонт мјењача трактора ИМТ 560", "усл.", 1, 1, 900, 2600), ("резервни дијелови по спецификацији", "комплет", 1, 3, 350, 1400), ("излазак сервисера на терен", "излазак", 1, 5, 60, 140), ("сервис комбајна прије жетве", "усл.", 1, 2, 600, 1500)],
    [("одржавање рачунарске мреже и опреме", "мјесец", 1, 3, 250, 600), ("хостинг веб-странице школе", "година", 1, 1, 120, 360), ("набавку и уградњу SSD дискова", "ком.", 2, 12, 85, 160)],
]


def _nominative(desc):
    """A table row's name: the letter's accusative ('за овјеру превода') in the nominative, capitalised."""
    for acc, nom in (("набавку и уградњу", "набавка и уградња"), ("овјеру", "овјера"), ("израду", "израда")):
        if desc.startswith(acc):
            desc = nom + desc[len(acc):]
    return desc[0].upper() + desc[1:]


@style("08", "ba_bij_bijeljina_pismo_faktura_pdv_17_km_cyrillic_sentences")
def s08(rng, i):
    vname, vaddr, act, signer, color = BI_V[i]
    b1, b2, b3 = BI_B[i]
    d = rand_date(rng)
    items = lines(rng, BI_ROWS[i], [2, 3, 4, 2][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.17"))
    total = net + tax
    pdv = f"40{digits(rng, 10)}"
    jib = "4" + pdv
    no = [f"{d.year}-{rng.randint(1, 300):04d}", f"{rng.randint(10, 300)}/{d.strftime('%y')}", f"Ф-{rng.randint(100, 999)}/{d.year}", f"{rng.randint(1, 150)}-{d.month:02d}/{d.year}"][i]
    proto = f"{rng.randint(300, 999)}/{d.strftime('%y')}"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 2) else None
    term = None if due else f"у року од {rng.choice([8, 15, 30])} дана од дана пријема фактуре"
    po = [None, f"{rng.randint(100, 999)}-{rng.randint(1, 12)}/{d.strftime('%y')}", None, f"{rng.randint(10, 99)}/{d.year}"][i]
    cd = d - dt.timedelta(days=rng.randint(30, 200))
    contract = f"{rng.randint(10, 99)}-{rng.randint(100, 999)}/{cd.strftime('%y')}"
    contract_d = fd(cd)
    table_mode = i in (1, 3)
    acct = f"{rng.choice(['555', '562', '567'])}-{rng.randint(100, 999)}-{digits(rng, 8)}-{digits(rng, 2)}"
    km = lambda x: de(x) + " КМ"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 25, 16, vname, 15, "B", font="Serif", color=color)
        txt(pdf, 25, 23, f"{vaddr} · {act}", 8, font="Serif", color=(80, 80, 80))
        txt(pdf, 25, 27.5, f"ЈИБ {jib} · ПДВ број {pdv} · жиро-рачун {acct}, Нова банка а.д. Бања Лука", 7.6, font="Serif", color=(80, 80, 80))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(25, 32, 185, 32)
        pdf.set_line_width(0.2)
        y = para(pdf, 25, 42, 90, f"{b1}\n{b2}\n{b3}", 10, font="Serif", h=5)
        txt(pdf, 120, 42, f"Број: {proto}", 9.5, font="Serif", w=65, align="R")
        txt(pdf, 120, 48, f"Бијељина, {long_date(d, 'sr')}", 9.5, font="Serif", w=65, align="R")
        y = max(y, 56) + 8
        y = para(pdf, 25, y, 160, f"Предмет: Фактура број {no} – {act}", 10.5, "B", font="Serif", h=5.4)
        y += 3
        intro = (f"Поштовани, на основу уговора број {contract} од {contract_d}"
                 + (f" и ваше наруџбенице број {po}" if po else "")
                 + f", достављамо вам фактуру број {no} од {fd(d)} године за услуге које смо извршили у претходном периоду.")
        y = para(pdf, 25, y, 160, intro, 10, font="Serif", h=5.4)
        y += 3
        if table_mode:
            cols = [("Р.б.", 10, "R"), ("Опис", 78, "L"), ("Јед.", 18, "L"), ("Кол.", 14, "R"), ("Цијена", 20, "R"), ("Износ", 20, "R")]
            rows = [[str(k + 1), wrap(_nominative(x["desc"]), 38), x["unit"], qstr(x["qty"]), de(x["price"]), de(x["amount"])] for k, x in enumerate(items)]
            y = table(pdf, 25, y, cols, rows, size=8.6, font="Serif", rowh=5.6, line_color=(170, 170, 170)) + 4
        else:
            for x in items:
                s = f"– за {x['desc']}: {qstr(x['qty'])} {x['unit']} по цијени од {km(x['price'])}, што износи {km(x['amount'])};"
                y = para(pdf, 30, y, 155, s, 10, font="Serif", h=5.4) + 0.6
            y += 2
        y = para(pdf, 25, y, 160, f"Укупан износ без ПДВ-а износи {km(net)}. На тај износ обрачунат је порез на додату вриједност по стопи од 17 %, у износу од {km(tax)}, "
                  f"тако да укупан износ фактуре са ПДВ-ом износи {km(total)}.", 10, font="Serif", h=5.4) + 3
        pay = (f"Молимо вас да наведени износ уплатите најкасније до {fd(due)} године на наш жиро-рачун {acct}, уз позив на број фактуре."
               if due else f"Молимо вас да наведени износ уплатите {term} на наш жиро-рачун {acct}, уз позив на број фактуре.")
        y = para(pdf, 25, y, 160, pay, 10, font="Serif", h=5.4) + 3
        y = para(pdf, 25, y, 160, "Фактура је састављена у два примјерка, од којих један задржава издавалац. Рекламације на фактуру примамо у року од осам дана од дана пријема.", 10, font="Serif", h=5.4) + 8
        para(pdf, 25, y, 70, "С поштовањем,", 10, font="Serif", h=5.4)
        para(pdf, 120, y + 6, 65, "М.П.\n\n" + signer, 9.5, font="Serif", h=5, align="C")
        txt(pdf, 25, 282, f"Регистровано код Окружног привредног суда у Бијељини, МБС {rng.randint(10000, 99999)} · тел. +387 55 {rng.randint(200, 299)} {rng.randint(100, 999)}", 7, font="Serif", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Bijeljina (Republika Srpska, Bosnia and Herzegovina) invoice as a BUSINESS LETTER in Serbian Cyrillic (ijekavian) in a serif font, the facts and totals in RUNNING SENTENCES ('достављамо вам фактуру број … од …', "
        "'Укупан износ без ПДВ-а износи …', 'ПДВ … по стопи од 17 %, у износу од …', 'укупан износ фактуре са ПДВ-ом износи …'), "
        + ("a small table of services" if table_mode else "NO TABLE (one sentence per service)")
        + ", '1.234,56 КМ': vendor = the letterhead's name; vendor_tax_id = 'ПДВ број' (12 digits; the ЈИБ = 4 + ПДВ број, the МБС and the bank account are decoys). "
        "invoice_number = the number after 'Фактура број' in the subject line and the first sentence; invoice_date = the date after 'од' in that sentence (the letter's date is the same day; "
        "the letter's 'Број:' protocol number and the contract with its date are decoys). "
        + due_note(due, term, "уплатите најкасније до")
        + po_note(po, "ваше наруџбенице број")
        + "subtotal = 'Укупан износ без ПДВ-а'; tax = the ПДВ 'у износу од'; total = 'укупан износ фактуре са ПДВ-ом'. Currency BAM ('КМ'). Line items: every service, net of ПДВ."
    )
    t = truth(vname, pdv, no, po, d, due, "BAM", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, pdv, "укупан износ фактуре са ПДВ-ом", fd(due) if due else None, jib, proto, contract]}
    return t, chk, render


# =========================================================================== 09 Blagoevgrad (ДДС 20, BGN or EUR), label at a line's end, words
BL_V = [  # (name, address, colour)
    ("Пирин Текстил ООД", "гр. Благоевград, ул. Славянска № 44", (120, 20, 40)),
    ("Струма Агро ЕООД", "гр. Благоевград, бул. Св. Д. Солунски № 12", (30, 100, 40)),
    ("Бачиново Строй АД", "гр. Благоевград, кв. Грамада, ул. Зора № 7", (40, 60, 120)),
    ("Рила Фарм ЕООД", "гр. Благоевград, ул. Тодор Александров № 19", (100, 60, 20)),
]
BL_B = [("Югозападен университет „Неофит Рилски“", "гр. Благоевград, ул. Иван Михайлов № 66", "проф. д-р Н. Попов"), ("ЗП Иван Стоянов", "с. Покровник, общ. Благоевград", "Иван Стоянов"),
        ("Община Симитли", "гр. Симитли, ул. Христо Ботев № 29", "Апостол Апостолов"), ("Аптека Свети Пантелеймон ЕООД", "гр. Разлог, ул. Стефан Стамболов № 2", "Петя Янева")]
BL_ROWS = [
    [("Работно облекло – яке с лого", "бр.", 10, 120, 18, 46), ("Тениска памук, ситопечат", "бр.", 20, 300, 4, 11), ("Шапка с бродерия", "бр.", 20, 200, 3, 8), ("Престилка кухненска", "бр.", 10, 80, 6, 14)],
    [("Разсад домати, касета 40 бр.", "кас.", 5, 60, 9, 18), ("Торова смес 25 кг", "чувал", 5, 80, 12, 29), ("Капково напояване, маркуч 500 м", "ролка", 1, 10, 45, 120), ("Препарат за растителна защита 1 л", "бр.", 2, 30, 14, 48)],
    [("Изкопни работи с багер", "м³", 20, 400, 6, 14), ("Полагане на бетон В25", "м³", 5, 90, 95, 160), ("Кофраж", "м²", 20, 300, 14, 28), ("Арматура, доставка и монтаж", "кг", 200, 3000, 1, 3)],
    [("Витамин D3 2000 IU, 60 капс.", "оп.", 10, 120, 6, 14), ("Дезинфектант за ръце 1 л", "бр.", 10, 100, 3, 9), ("Тест за глюкоза, 50 ленти", "оп.", 5, 60, 12, 28), ("Еластичен бинт 10 см", "бр.", 20, 200, 1, 3)],
]
EUR_RATE = D("1.95583")


@style("09", "bg_bla_blagoevgrad_faktura_dds_20_label_eol_slovom_bgn_eur")
def s09(rng, i):
    vname, vaddr, color = BL_V[i]
    bname, baddr, bmol = BL_B[i]
    d = rand_date(rng)
    euro = d >= dt.date(2026, 1, 1)
    cur, sym, other = ("EUR", "€", "лв.") if euro else ("BGN", "лв.", "€")
    items = lines(rng, BL_ROWS[i], [3, 4, 3, 4][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    counter = q2(total * EUR_RATE) if euro else q2(total / EUR_RATE)
    eik = vid(rng, 9, bgvat)
    vvat = "BG" + eik
    beik = vid(rng, 9, bgvat)
    no = f"{rng.randint(1, 9999999):010d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y г."), lambda x: long_date(x, "bg"), lambda x: x.strftime("%d.%m.%Y")][i]
    event = d - dt.timedelta(days=rng.randint(0, 4))
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 3 else None
    po = [f"{rng.randint(100, 999)}/{d.strftime('%d.%m.%Y')}", None, f"Д-{rng.randint(10, 99)}-{d.year}", None][i]
    lev, st = int(total), int(q2(total - int(total)) * 100)
    words = (bg_words(lev, neuter=True) + f" евро и {st:02d} евроцента") if euro else (bg_words(lev) + (" лев" if lev == 1 else " лева") + f" и {st:02d} ст.")
    words = words[0].upper() + words[1:]
    mol = rng.choice(["Георги Ангелов", "Мария Костадинова", "Стоян Илиев", "Елена Бойчева"])

    def cell(pdf, x, y, w, label, value, size=9.5):
        """a form box: the label printed at the END of its top line, the value on the next line."""
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(x, y, w, 11)
        txt(pdf, x + 1, y + 0.8, label, 6.4, color=(90, 90, 90), align="R", w=w - 2)
        txt(pdf, x + 2, y + 5.4, value, size, "B", w=w - 4)

    def render(path):
        pdf = new_fpdf(creator="Microinvest Склад Pro")
        pdf.add_page()
        txt(pdf, 15, 12, "ФАКТУРА", 22, "B", color=color)
        txt(pdf, 15, 22, "ОРИГИНАЛ", 8, "B", color=(120, 120, 120))
        cell(pdf, 110, 10, 38, "№ на фактурата", no)
        cell(pdf, 148, 10, 47, "Дата на издаване", fd(d))
        cell(pdf, 110, 21, 38, "Дата на данъчното събитие", fd(event), 8.6)
        cell(pdf, 148, 21, 47, "Място на сделката", "гр. Благоевград", 8.6)
        for x0, head, name, addr, ids in ((15, "Получател", bname, baddr, [("ЕИК", beik), ("ИН по ЗДДС", "BG" + beik), ("МОЛ", bmol)]),
                                          (108, "Доставчик", vname, vaddr, [("ЕИК", eik), ("ИН по ЗДДС", vvat), ("МОЛ", mol)])):
            pdf.set_draw_color(*color)
            pdf.rect(x0, 38, 87, 40)
            txt(pdf, x0 + 1, 39, head, 6.8, "B", color=color, align="R", w=85)
            para(pdf, x0 + 2, 43, 83, f"{name}\n{addr}", 9, h=4.4)
            yy = 58
            for a, b in ids:
                txt(pdf, x0 + 2, yy, b, 8.6, "B", w=55)
                txt(pdf, x0 + 56, yy, a, 6.6, color=(90, 90, 90), align="R", w=29)
                yy += 5.8
        cols = [("№", 9, "R"), ("Наименование на стоката / услугата", 72, "L"), ("Мярка", 16, "L"), ("Количество", 25, "R"), (f"Ед. цена ({sym})", 27, "R"), (f"Стойност ({sym})", 31, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 46), x["unit"], qstr(x["qty"]), de(x["price"]), de(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, 84, cols, rows, size=8.4, rowh=6, header_fill=(240, 240, 240), line_color=(150, 150, 150))
        y += 4
        cell(pdf, 120, y, 75, f"Данъчна основа ({sym})", de(net))
        cell(pdf, 120, y + 11, 75, f"ДДС 20 % ({sym})", de(tax))
        cell(pdf, 120, y + 22, 75, f"Сума за плащане ({sym})", de(total), 11)
        txt(pdf, 15, y + 1, f"Начин на плащане: {'по банков път' if due else 'в брой'}", 8.6)
        yy = y + 6
        if due:
            txt(pdf, 15, yy, f"Падеж: {fd(due)}", 8.6)
            yy += 5
        if po:
            txt(pdf, 15, yy, f"По поръчка / договор № {po}", 8.6)
            yy += 5
        txt(pdf, 15, yy, f"IBAN: {group4(bg_iban(rng))}", 8.2)
        txt(pdf, 15, yy + 5, "Банка: Уникредит Булбанк АД, BIC UNCRBGSF", 8.2)
        y2 = y + 36
        para(pdf, 15, y2, 180, f"Словом: {words}", 9, "B", h=4.6)
        para(pdf, 15, y2 + 7, 180, (f"Равностойност в лева: {de(counter)} лв. по фиксирания курс 1 EUR = 1,95583 лв." if euro else f"Равностойност в евро: {de(counter)} € по фиксирания курс 1 EUR = 1,95583 лв."), 8, h=4.2, color=(70, 70, 70))
        para(pdf, 15, y2 + 16, 180, "Съгласно чл. 6, ал. 1 от Закона за счетоводството подписът и печатът не са задължителни реквизити на фактурата.", 7.2, h=3.8, color=(110, 110, 110))
        pdf.set_draw_color(150, 150, 150)
        pdf.line(15, y2 + 40, 80, y2 + 40)
        pdf.line(130, y2 + 40, 195, y2 + 40)
        txt(pdf, 15, y2 + 41, "Получил:", 7.2, color=(90, 90, 90), align="R", w=65)
        txt(pdf, 130, y2 + 41, f"Съставил: {mol}", 7.2, color=(90, 90, 90), align="R", w=65)
        pdf.output(path)

    notes = (
        "Blagoevgrad (Bulgaria) ФАКТУРА in Bulgarian whose boxes print the LABEL at the END (right) of a line and the VALUE on the NEXT line (also in the totals and the parties' ids), ДДС 20 %, "
        + ("EUR with the lev counter-value at the fixed 1,95583 (the euro from 1 January 2026)" if euro else "leva with the euro counter-value at the fixed 1,95583")
        + ", '1.234,56', the sum in Bulgarian words ('Словом'): vendor = 'Доставчик' (right box); vendor_tax_id = the supplier's 'ИН по ЗДДС' (BG + ЕИК; the ЕИК alone, the recipient's ЕИК and ИН по ЗДДС, the IBAN are decoys). "
        "invoice_number = '№ на фактурата' (ten digits); invoice_date = 'Дата на издаване' (the 'Дата на данъчното събитие' is a decoy). "
        + due_note(due, "в брой", "Падеж")
        + po_note(po, "По поръчка / договор №")
        + f"subtotal = 'Данъчна основа'; tax = 'ДДС 20 %'; total = 'Сума за плащане' (the counter-value in {other} and the words are decoys). Currency {cur}. Line items: every row, net of ДДС."
    )
    t = truth(vname, vvat, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vvat, "Сума за плащане", fd(due) if due else None, fd(event), "BG" + beik, words, de(counter)]}
    return t, chk, render


def bg_iban(rng):
    """BG: bank code (4 letters), branch (4 digits), account type (2 digits), account (8 characters)."""
    return iban("BG", rng.choice(["UNCR", "STSA", "FINV"]) + digits(rng, 4) + "10" + digits(rng, 8))


# =========================================================================== 10 Haapsalu (KM 24/22 and 13, EUR), totals at the top, unruled, kreeditarve
HA_V = [  # (name, address, colour, kind)
    ("Haapsalu Mudaravila OÜ", "Sadama 9, 90502 Haapsalu", (14, 90, 110), "spa"),
    ("Läänemaa Paadiehitus OÜ", "Tamme 25, 90507 Haapsalu", (120, 70, 20), "boat"),
    ("Piiskopilinnuse Pagarikoda OÜ", "Lossiplats 3, 90502 Haapsalu", (140, 30, 60), "bakery"),
    ("Haapsalu Purjespordi Keskus MTÜ", "Holmi 5a, 90502 Haapsalu", (30, 60, 140), "sail"),
]
HA_B = [("Tallinna Sadam AS", "Sadama 25, 10111 Tallinn"), ("Vormsi Vallavalitsus", "Hullo küla, 91201 Vormsi vald"), ("Hotell Promenaad OÜ", "Sadama 22, 90502 Haapsalu"), ("Eesti Jahtklubide Liit", "Regati pst 1, 11911 Tallinn")]
HA_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, kind) kind: s standard, a accommodation
    "spa": [("Majutus kahekohalises toas hommikusöögiga", "öö", 4, 30, 69, 129, "a"), ("Mudaravi protseduur", "tk", 4, 40, 25, 45, "s"), ("Seminariruum koos tehnikaga", "päev", 1, 3, 180, 420, "s"),
            ("Kohvipaus", "in", 10, 60, 5, 9, "s"), ("Lõunasöök seminaripäeval", "in", 10, 60, 12, 19, "s")],
    "boat": [("Puupaadi remont, kere tihendamine", "h", 8, 60, 38, 55, "s"), ("Männilaud 25 mm, kuivatatud", "jm", 20, 200, 3, 8, "s"), ("Paadi talvehoid kuuris", "kuu", 3, 7, 60, 140, "s"),
             ("Värvimine, kahekomponentne kate", "m²", 8, 40, 22, 38, "s")],
    "bakery": [("Rukkileib 800 g", "tk", 20, 200, 2, 4, "s"), ("Kringel kaneeliga", "tk", 5, 40, 8, 15, "s"), ("Pirukad sega, 50 tk", "kast", 1, 10, 35, 55, "s"), ("Kohvikook tellimusel", "tk", 1, 4, 25, 70, "s")],
    "sail": [("Optimisti purjetamislaager, osavõtutasu", "in", 4, 30, 120, 260, "s"), ("Treeneritasu regatil", "päev", 1, 5, 90, 160, "s"), ("Saatelaeva rent", "h", 2, 12, 45, 90, "s"),
             ("Jahi rent koos kipriga", "päev", 1, 3, 240, 480, "s")],
}


@style("10", "ee_hap_haapsalu_arve_km_24_13_totals_top_unruled_kreeditarve")
def s10(rng, i):
    vname, vaddr, color, kind = HA_V[i]
    bname, baddr = HA_B[i]
    credit = i == 3
    d = rand_date(rng)
    std = 24 if d >= dt.date(2025, 7, 1) else 22
    items = lines(rng, HA_ROWS[kind], [5, 3, 4, 2][i], D("0.10"))  # the spa: every row, the room at 13 % among them
    for x in items:
        x["rate"] = 13 if x["extra"] == "a" else std
    if i == 1:
        pct = D(rng.choice([5, 10]))
        base = sum(x["amount"] for x in items)
        disc = -q2(base * pct / 100)
        items.append({"desc": f"Allahindlus {pct}% (püsikliendi soodustus)", "unit": "", "qty": None, "price": None, "amount": disc, "rate": std, "show_qty": False})
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    regc = vid(rng, 8, registrikood, "8" if vname.endswith("MTÜ") else "1")
    kmv = vid(rng, 11, kmkr, "EE10")
    bkm = vid(rng, 11, kmkr, "EE10")
    no = [f"{d.year}-{rng.randint(100, 999)}", f"A{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"K-{d.year}-{rng.randint(10, 99)}"][i]
    ref = ee_reference(f"{rng.randint(10, 999)}{''.join(c for c in no if c.isdigit())[-4:]}")
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "et"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = None if credit else d + dt.timedelta(days=rng.choice([7, 14, 21]))
    po = [f"TS-{rng.randint(10000, 99999)}", None, None, None][i]
    orig = f"{d.year}-{rng.randint(100, 999)}" if credit else None
    ibanv = group4(rand_iban(rng, "EE", 16, rng.choice(["22", "10", "77"])))
    title = "KREEDITARVE" if credit else "ARVE"
    tot_l = "Tagastamisele kuulub" if credit else "Tasumisele kuulub"

    def render(path):
        pdf = new_fpdf(creator="Merit Aktiva")
        pdf.add_page()
        txt(pdf, 15, 13, vname, 13, "B", color=color)
        para(pdf, 15, 19.5, 100, f"{vaddr}\nRegistrikood {regc} · KMKR {kmv}\ninfo@{vname.split()[0].lower().replace('ä', 'a')}.ee · +372 47 {rng.randint(10, 99)} {rng.randint(100, 999)}", 7.8, h=3.9, color=(70, 70, 70))
        txt(pdf, 130, 12, title, 22, "B", align="R", w=65, color=color)
        facts = [("Arve nr", no), ("Kuupäev", fd(d)), ("Maksetähtaeg", fd(due) if due else None), ("Viitenumber", ref), ("Tellimus", po), ("Algne arve", orig)]
        yy = 23
        for a, b in facts:
            if b is None:
                continue
            txt(pdf, 130, yy, a, 8, color=(100, 100, 100), w=28)
            txt(pdf, 158, yy, b, 8.4, "B", align="R", w=37)
            yy += 4.6
        # totals band at the TOP
        by = 52
        pdf.set_fill_color(*color)
        pdf.rect(15, by, 180, 18, "F")
        cells = [("Summa km-ta", sp(net)), ("Käibemaks", sp(tax)), (f"{tot_l} EUR", sp(total))]
        for k, (a, b) in enumerate(cells):
            x = 18 + k * 60
            txt(pdf, x, by + 2.5, a, 7.4, color=(230, 240, 245))
            txt(pdf, x, by + 8, b, 14 if k == 2 else 12, "B", color=(255, 255, 255))
        txt(pdf, 15, 76, "Maksja", 7.2, color=(120, 120, 120))
        para(pdf, 15, 80, 90, f"{bname}\n{baddr}\nKMKR {bkm}", 9, h=4.4)
        if credit:
            para(pdf, 110, 80, 85, f"Kreeditarve arvele nr {orig}. Põhjus: tellimuse osaline tühistamine. Summa tagastatakse maksja arvelduskontole.", 8, h=4.1, color=(90, 30, 30))
        # table WITHOUT RULES
        cols = [(90, "Kirjeldus", "L"), (18, "Kogus", "R"), (14, "Ühik", "L"), (22, "Hind", "R"), (12, "KM", "R"), (24, "Summa", "R")]
        y = 104
        x = 15
        for w, h, a in cols:
            txt(pdf, x, y, h, 7.2, "B", color=color, align=a, w=w)
            x += w
        y += 7
        for it in items:
            x = 15
            vals = [it["desc"], qstr(it["qty"]) if it["qty"] is not None else "", it["unit"], sp(it["price"]) if it["price"] is not None else "", f"{it['rate']}%", sp(it["amount"])]
            for (w, _h, a), v in zip(cols, vals, strict=True):
                txt(pdf, x, y, v, 8.6, align=a, w=w)
                x += w
            y += 7
        y += 4
        for r, b, t in rates:
            txt(pdf, 110, y, f"Käibemaks {r}% summalt {sp(b)}", 8, color=(90, 90, 90), w=60)
            txt(pdf, 171, y, sp(t), 8, align="R", w=24)
            y += 5
        txt(pdf, 110, y + 1, "Arve summa kokku", 9.5, "B", w=60)
        txt(pdf, 165, y + 1, sp(total), 9.5, "B", align="R", w=30)
        para(pdf, 15, y + 14, 180, (f"Palume tasuda hiljemalt {fd(due)} arvelduskontole {ibanv} (AS SEB Pank), selgitusse märkige viitenumber {ref}. Viivis 0,05% päevas." if due
                                     else f"Summa {sp(-total)} EUR kantakse tagasi Teie arvelduskontole 7 päeva jooksul. Meie arvelduskonto: {ibanv}."), 8, h=4.2, color=(60, 60, 60))
        txt(pdf, 15, 277, "Arve on koostatud elektrooniliselt ja kehtib allkirjata. Käibemaksukohustuslane alates " + str(rng.randint(2004, 2019)) + ".", 7, color=(120, 120, 120))
        txt(pdf, 15, 283, f"Arve koostas: {rng.choice(['Kadri Tamm', 'Margus Saar', 'Liis Kask'])} · Lehekülg 1/1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Haapsalu (Estonia) " + ("KREEDITARVE (credit note: quantities and amounts printed NEGATIVE, the original invoice 'Algne arve' is a decoy; the closing sentence prints the refund without sign)" if credit else "ARVE")
        + " in Estonian with the TOTALS in a coloured band at the TOP ('Summa km-ta', 'Käibemaks', '" + tot_l + " EUR'), the facts as label-value pairs at the top right, a table WITHOUT RULES, "
        f"KM {std} % (24 % from 1 July 2025, 22 % before) and 13 % on accommodation, '1 234,56': vendor = the name at the top left; vendor_tax_id = 'KMKR' (EE…; the registrikood, the payer's KMKR, the IBAN and the viitenumber are decoys). "
        "invoice_number = 'Arve nr'; invoice_date = 'Kuupäev'. " + due_note(due, "tagastatakse" if credit else None, "Maksetähtaeg")
        + po_note(po, "Tellimus")
        + "subtotal = 'Summa km-ta'; tax = 'Käibemaks' (the per-rate lines add up to it); total = '" + tot_l + " EUR' (repeated as 'Arve summa kokku'). Currency EUR. Line items: every row, net of KM"
        + (", and the discount row (negative, no quantity)" if i == 1 else "") + "." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, kmv, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, kmv, tot_l, fd(due) if due else None, ref, bkm, orig]}
    return t, chk, render

