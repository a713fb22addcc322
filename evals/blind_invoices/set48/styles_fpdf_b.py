"""fpdf2 styles for set 48, second part (09 Burgas ФАКТУРА in Bulgarian, ДДС 20 % and 9 % on accommodation, leva
before 2026 and euros from 1 January 2026 with the leva counter-value, over TWO PAGES on two documents with
'Стр. x от y' and the totals only on the last; 10 Chernivtsi РАХУНОК-ФАКТУРА in Ukrainian with the TOTALS in a box at
the LEFT, ПДВ 20 %, hryvnias '1 234,56 грн' and on two a discount as a NEGATIVE row)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, long_date, rand_iban
from invoice_kit import de, digits, iban, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, totals, truth
from stdnum.bg import vat as bgvat
from stdnum.ua import edrpou

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Burgas (ДДС 20/9, BGN or EUR), two pages
BS_V = [
    ("„Бургаски пристанищни услуги“ ЕООД", "гр. Бургас, ул. „Александровска“ 21", (30, 64, 175)),
    ("„Хотел Морска градина“ ООД", "гр. Бургас, бул. „Демокрация“ 94", (14, 116, 144)),
    ("„Странджа Агро“ ЕООД", "гр. Средец, ул. „Г. Димитров“ 7", (21, 94, 89)),
    ("„Черноморски строителни материали“ АД", "гр. Бургас, кв. „Лозово“, Промишлена зона Север", (124, 45, 18)),
]
BS_B = ["„Созопол Марина“ ЕАД, гр. Созопол", "„Тур Експрес България“ ООД, гр. София", "„Несебър Фрут“ ЕООД, гр. Несебър", "„Поморие Строй“ ООД, гр. Поморие"]
BS_ROWS = [
    ("Пилотаж на кораб", "бр.", 1, 6, 400, 1800, 20), ("Швартоване", "бр.", 1, 10, 120, 480, 20), ("Складиране контейнер, ден", "ден", 1, 30, 18, 45, 20),
    ("Нощувка двойна стая", "нощ.", 1, 30, 60, 180, 9), ("Нощувка апартамент", "нощ.", 1, 14, 120, 260, 9), ("Закуска", "бр.", 2, 60, 8, 15, 20), ("Наем конферентна зала", "ден", 1, 3, 250, 900, 20),
    ("Мед липов 1 кг", "бр.", 5, 120, 9, 16, 20), ("Ябълки, кг", "кг", 50, 2000, 1, 2, 20), ("Странджански билков чай 100 г", "бр.", 10, 200, 3, 7, 20),
    ("Цимент 25 кг", "торба", 10, 400, 7, 11, 20), ("Тухли 25/12/19", "бр.", 200, 6000, 0.5, 1.2, 20), ("Арматура ф12, м", "м", 50, 2000, 1, 2, 20), ("Лепило за плочки 25 кг", "торба", 5, 200, 8, 16, 20),
    ("Гипсокартон 12,5 мм", "бр.", 10, 300, 8, 13, 20), ("Вар хидратна 20 кг", "торба", 5, 100, 6, 10, 20), ("Пясък, т", "т", 1, 40, 25, 45, 20), ("Чакъл 16/32, т", "т", 1, 40, 28, 48, 20),
    ("Дървен материал, м³", "м³", 1, 10, 380, 620, 20), ("Мазилка 30 кг", "торба", 5, 150, 9, 18, 20), ("Грунд 10 л", "бр.", 1, 30, 28, 55, 20), ("Пирони 1 кг", "кг", 1, 30, 3, 6, 20),
    ("Минерална вата 5 см", "м²", 10, 400, 4, 9, 20), ("Водосточна тръба, м", "м", 5, 80, 9, 19, 20), ("Транспорт Бургас", "курс", 1, 4, 60, 240, 20), ("Разтоварване", "час", 1, 8, 25, 45, 20),
]


@style("09", "bg_boj_burgas_faktura_dds_20_9_two_pages")
def s09(rng, i):
    vname, vaddr, color = BS_V[i]
    d = rand_date(rng)
    cat = [BS_ROWS[:3] + BS_ROWS[24:], BS_ROWS[3:7], BS_ROWS[7:10] + BS_ROWS[24:], BS_ROWS[10:]][i]
    n = [4, 3, 1, 16][i]
    items = lines(rng, cat, n, D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = sorted({x["rate"] for x in items}, reverse=True)
    bases = {r: sum(x["amount"] for x in items if x["rate"] == r) for r in rates}
    taxes = {r: q2(bases[r] * r / 100) for r in rates}
    net = sum(bases.values())
    tax = sum(taxes.values())
    total = net + tax
    eur = d >= dt.date(2026, 1, 1)
    cur = "EUR" if eur else "BGN"
    csym = "€" if eur else "лв."
    eik = valid(rng, lambda: "2" + digits(rng, 8), lambda s: bgvat.is_valid("BG" + s))
    vid = "BG" + eik
    beik = valid(rng, lambda: "1" + digits(rng, 8), lambda s: bgvat.is_valid("BG" + s))
    no = f"{rng.randint(1, 99999):010d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y г."), lambda x: long_date(x, "bg"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [None, None, f"ПОР-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    pages = [items[:12], items[12:]] if len(items) > 12 else [items]
    m = de if i % 2 == 0 else sp
    ib = iban("BG", rng.choice(["UNCR", "STSA", "FINV", "UBBS"]) + digits(rng, 14))

    def render(path):
        pdf = new_fpdf(creator="Microinvest Делта Pro")
        np = len(pages)
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            txt(pdf, 15, 12, "ФАКТУРА", 18, "B", color=color)
            txt(pdf, 15, 21, "ОРИГИНАЛ", 8, "B", color=(110, 110, 110))
            kv(pdf, 120, 12, [("Номер:", no), ("Дата на издаване:", fd(d)), ("Дата на дан. събитие:", fd(d - dt.timedelta(days=rng.randint(0, 4))))], wl=38, wv=40, size=8.4, align="L")
            pdf.set_draw_color(*color)
            pdf.rect(15, 30, 88, 34)
            pdf.rect(107, 30, 88, 34)
            txt(pdf, 18, 32, "Получател", 7, color=(110, 110, 110))
            para(pdf, 18, 36, 82, f"{BS_B[i]}\nЕИК: {beik}\nИН по ЗДДС: BG{beik}\nМОЛ: {rng.choice(['Иван Петров', 'Мария Георгиева', 'Стоян Колев'])}", 8.2, h=4.2)
            txt(pdf, 110, 32, "Доставчик", 7, color=(110, 110, 110))
            para(pdf, 110, 36, 82, f"{vname}\n{vaddr}\nЕИК: {eik}\nИН по ЗДДС: {vid}", 8.2, h=4.2)
            cols = [("№", 10, "L"), ("Наименование на стоката/услугата", 78, "L"), ("Мярка", 16, "L"), ("К-во", 18, "R"), ("Ед. цена", 24, "R"), ("ДДС", 12, "R"), ("Стойност", 22, "R")]
            k0 = sum(len(c) for c in pages[:pi])
            rows = [[str(k0 + k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), f"{x['rate']}%", m(x["amount"])] for k, x in enumerate(chunk)]
            y = table(pdf, 15, 70, cols, rows, size=8, rowh=6, header_fill=(238, 242, 255), line_color=(190, 190, 200))
            if pi < np - 1:
                txt(pdf, 15, y + 4, f"Продължава на стр. {pi + 2}", 8, "I", color=(90, 90, 90))
            else:
                trow = [("Данъчна основа" + (f" {r}%" if len(rates) > 1 else ""), m(bases[r]) + " " + csym, False) for r in rates]
                trow += [(f"ДДС {r}%", m(taxes[r]) + " " + csym, False) for r in rates]
                trow += [("Сума за плащане", m(total) + " " + csym, True)]
                y2 = totals(pdf, 105, y + 6, trow, wl=50, wv=40, size=8.8, line=color)
                if len(rates) > 1:
                    txt(pdf, 105, y2, f"Общо данъчна основа {m(net)} · Общо ДДС {m(tax)}", 8)
                    y2 += 5
                if eur:
                    txt(pdf, 105, y2 + 1, f"Равностойност: {m(q2(total * D('1.95583')))} лв. (1 EUR = 1,95583 BGN)", 7.6, color=(90, 90, 90))
                para(pdf, 15, y2 + 8, 180, f"Начин на плащане: {'банков път' if due else 'в брой'}" + (f" · Падеж: {fd(due)}" if due else "") + (f" · Поръчка № {po}" if po else "")
                     + f"\nIBAN: {group4(ib)} · Валута на документа: {cur}" + ("\nОснование за ставка 9%: чл. 66, ал. 2 от ЗДДС" if 9 in rates else ""), 8.2, h=4.4)
                txt(pdf, 15, y2 + 32, "Получател: ________________            Съставил: ________________", 8.2)
            txt(pdf, 15, 284, f"{vname} · ЕИК {eik}", 7, color=(110, 110, 110))
            txt(pdf, 160, 284, f"Стр. {pi + 1} от {np}", 7.5, align="R", w=35)
        pdf.output(path)

    notes = (
        f"Burgas (Bulgaria) ФАКТУРА in Bulgarian (Cyrillic), ДДС {' and '.join(str(r) + ' %' for r in rates)}, amounts '{'1.234,56' if i % 2 == 0 else '1 234,56'}' in "
        + ("EUROS ('€', from 1 January 2026) with the leva counter-value" if eur else "LEVA ('лв.')")
        + (", over TWO PAGES with 'Стр. x от y' and the totals only on the last page" if len(pages) > 1 else "")
        + ": vendor = 'Доставчик'; vendor_tax_id = its 'ИН по ЗДДС' (BG + ЕИК; the ЕИК alone, the recipient's ЕИК and ИН по ЗДДС, the IBAN are decoys). "
        "invoice_number = 'Номер' (10 digits); invoice_date = 'Дата на издаване' (the tax-event date is a decoy). "
        + due_note(due, "в брой", "Падеж")
        + po_note(po, "Поръчка №")
        + "subtotal = the 'Данъчна основа'" + (" rows summed ('Общо данъчна основа')" if len(rates) > 1 else "") + "; tax = 'ДДС'" + (" ('Общо ДДС')" if len(rates) > 1 else "") + f"; total = 'Сума за плащане'. Currency {cur}. Line items: every row on every page."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, f"ЕИК: {beik}", "Сума за плащане", fd(due) if due else None, f"Стр. {len(pages)} от {len(pages)}"]
    return t, chk, render


# =========================================================================== 10 Chernivtsi (ПДВ 20 %, UAH), totals box at the left
CV_V = [
    ("ТОВ «Буковинські меблі»", "58000, м. Чернівці, вул. Головна, 265", (88, 28, 135)),
    ("ТОВ «Чернівецький хлібокомбінат Плюс»", "58013, м. Чернівці, вул. Героїв Майдану, 156", (154, 52, 18)),
    ("ПрАТ «Прут-Текстиль»", "58022, м. Чернівці, вул. Руська, 248", (22, 101, 52)),
    ("ТОВ «Буковина ІТ Сервіс»", "58002, м. Чернівці, вул. Ольги Кобилянської, 40", (30, 58, 138)),
]
CV_B = ["ТОВ «Хотин Готель Груп»", "ФОП Ковальчук Олена Іванівна", "ТОВ «Карпати Трейд»", "Чернівецький національний університет"]
CV_ROWS = [
    ("Шафа-купе 2000x600", "шт", 1, 6, 8500, 19500), ("Ліжко двоспальне, бук", "шт", 1, 10, 9800, 21000), ("Стілець дерев'яний", "шт", 2, 40, 1450, 2900), ("Стіл обідній, дуб", "шт", 1, 6, 7200, 15800),
    ("Хліб «Буковинський» 0,7 кг", "шт", 50, 600, 28, 42), ("Батон нарізний 0,5 кг", "шт", 50, 600, 22, 34), ("Пиріжки з маком", "кг", 5, 60, 140, 220), ("Паска святкова 0,8 кг", "шт", 10, 200, 120, 190),
    ("Тканина бавовняна, пог. м", "м", 20, 800, 95, 240), ("Рушники махрові 50x90", "шт", 10, 400, 120, 260), ("Постільна білизна, комплект", "компл", 5, 120, 780, 1650),
    ("Ноутбук Lenovo ThinkPad E14", "шт", 1, 12, 32000, 48000), ("Налаштування мережі", "год", 2, 40, 650, 1200), ("Ліцензія антивірусу, 1 рік", "шт", 1, 50, 850, 1600), ("Монітор 27\"", "шт", 1, 12, 8900, 14500),
]


@style("10", "ua_cwc_chernivtsi_rakhunok_pdv_20_totals_left")
def s10(rng, i):
    vname, vaddr, color = CV_V[i]
    d = rand_date(rng)
    cat = [CV_ROWS[:4], CV_ROWS[4:8], CV_ROWS[8:11], CV_ROWS[11:]][i]
    items = lines(rng, cat, [3, 4, 1, 4][i], D("0.5"))
    disc = None
    if i in (1, 3):
        pct = rng.choice([3, 5, 7])
        a = -q2(sum(x["amount"] for x in items) * pct / 100)
        disc = {"desc": f"Знижка {pct}%", "unit": "", "qty": None, "price": a, "amount": a}
        items.append(disc)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    vid = valid(rng, lambda: rng.choice("34") + digits(rng, 7), edrpou.is_valid)
    ipn = digits(rng, 12, True)
    bid = valid(rng, lambda: rng.choice("0123") + digits(rng, 7), edrpou.is_valid)
    no = [f"{rng.randint(1, 999)}", f"СФ-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.month:02d}", f"БІС-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: long_date(x, "uk"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "uk"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([3, 5, 10])) if i in (0, 3) else None
    po = [None, f"ЗМ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    cdate = d - dt.timedelta(days=rng.randint(20, 400))
    contract = f"№ {rng.randint(1, 150)}/{cdate.strftime('%y')} від {cdate.strftime('%d.%m.%Y')}"
    ib = "UA" + rand_iban(rng, "UA", 25, "356282")[2:]
    curw = ["грн", "грн", "UAH", "грн"][i]
    usd = sp(q2(total / D("41.25"))) if i in (0, 3) else None

    def render(path):
        pdf = new_fpdf(creator="BAS Бухгалтерія")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 180, 1.2, "F")
        txt(pdf, 15, 16, f"РАХУНОК-ФАКТУРА № {no}", 15, "B", color=color)
        txt(pdf, 15, 24, f"від {fd(d)}", 10)
        y = kv(pdf, 15, 34, [("Постачальник:", vname), ("", vaddr), ("Код ЄДРПОУ:", vid), ("ІПН:", ipn), ("IBAN:", group4(ib)), ("Банк:", rng.choice(["АТ КБ «ПриватБанк»", "АТ «Ощадбанк»", "АТ «Райффайзен Банк»"]))], wl=32, wv=140, size=8.4, align="L", color=(80, 80, 80))
        y = kv(pdf, 15, y + 3, [("Покупець:", CV_B[i]), ("Код ЄДРПОУ:", bid if i != 1 else None), ("Договір:", contract), ("Замовлення:", po)], wl=32, wv=140, size=8.4, align="L", color=(80, 80, 80))
        # totals box at the LEFT, the table beside it
        bx, by, bw = 15, y + 6, 58
        pdf.set_fill_color(245, 243, 250)
        pdf.rect(bx, by, bw, 62, "F")
        yy = by + 3
        for lab, val, big in [("Разом без ПДВ", sp(net), False), ("ПДВ 20%", sp(tax), False), ("Всього з ПДВ", f"{sp(total)} {curw}", True)]:
            txt(pdf, bx + 3, yy, lab, 8, color=(90, 90, 90))
            txt(pdf, bx + 3, yy + 4.2, val, 13 if big else 10, "B", color=color if big else (0, 0, 0))
            yy += 13
        if due:
            txt(pdf, bx + 3, yy, "Сплатити до:", 8, color=(90, 90, 90))
            txt(pdf, bx + 3, yy + 4.2, fd(due), 9, "B")
            yy += 12
        if usd:
            txt(pdf, bx + 3, yy, f"Довідково: {usd} USD", 7.2, color=(90, 90, 90))
        cols = [("№", 8, "L"), ("Товар / послуга", 56, "L"), ("Од.", 12, "L"), ("К-сть", 14, "R"), ("Ціна без ПДВ", 18, "R"), ("Сума без ПДВ", 22, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]) if x["qty"] is not None else "", sp(x["price"]), sp(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, bx + bw + 4, by, cols, [[r[0], r[1][:30] + ("\n" + r[1][30:] if len(r[1]) > 30 else "")] + r[2:] for r in rows], size=7.4, rowh=6, header_fill=(235, 235, 235))
        y = max(y, by + 62) + 8
        para(pdf, 15, y, 180, (f"Рахунок дійсний до сплати до {fd(due)}." if due else "Оплата: попередня оплата 100 %.") + " Усього найменувань " + str(len(items)) + ", на суму " + sp(total) + f" {curw}, у т.ч. ПДВ " + sp(tax) + f" {curw}.", 8.4, h=4.4)
        txt(pdf, 15, y + 16, "Виписав(ла): ____________  " + rng.choice(["Мельник О. В.", "Бойко Н. С.", "Ткачук І. М."]), 8.4)
        txt(pdf, 15, 280, f"{vname} є платником податку на прибуток на загальних умовах. ІПН {ipn}.", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Chernivtsi (Ukraine) РАХУНОК-ФАКТУРА in Ukrainian (Cyrillic) with the TOTALS in a shaded box at the LEFT beside the table, ПДВ 20 %, hryvnias '1 234,56'"
        + (", a DISCOUNT as a NEGATIVE row" if disc else "")
        + ": vendor = 'Постачальник'; vendor_tax_id = its 'Код ЄДРПОУ' (the ІПН, the buyer's ЄДРПОУ, the IBAN, the contract and its date are decoys). "
        "invoice_number = 'РАХУНОК-ФАКТУРА №'; invoice_date = 'від'. "
        + due_note(due, "попередня оплата 100 %", "Сплатити до")
        + po_note(po, "Замовлення")
        + "subtotal = 'Разом без ПДВ'; tax = 'ПДВ 20%'; total = 'Всього з ПДВ'" + (" (the USD reference amount is a decoy)" if usd else "")
        + f". Currency UAH ('{curw}'). Line items: every row without VAT" + (", the discount included" if disc else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "UAH", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, "Всього з ПДВ", fd(due) if due else None, contract, ipn]
    return t, chk, render
