"""fpdf2 styles for set 45, second part (08 Darkhan supplier's НЭХЭМЖЛЭХ in Mongolian with the amount to pay in a
band at the TOP, a table WITHOUT RULES, a global discount and НӨАТ 10 %, 09 Khujand supplier's ҲИСОБНОМА-ФАКТУРА in Tajik
on a ruled grid with ААИ 14 % per row, the totals at the LEFT and an advance deducted below the total, 10 Lautoka
hardware and farm merchant's TAX INVOICE or CREDIT NOTE in English with a RIGHT SIDEBAR, VAT 15 % before 1 August 2025
and 12.5 % from then, zero-rated essentials and negative amounts on the credit note)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mn_date, tg_date
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Darkhan (НӨАТ 10 %, MNT), total at the top, table without rules, discount
DA_V = [
    ("«Дархан Төмөрлөг» ХХК", "Дархан-Уул аймаг, Дархан сум, 14-р баг, Үйлдвэрийн бүс", (30, 64, 175)),
    ("«Хараа Гурил» ХХК", "Дархан-Уул аймаг, Дархан сум, 4-р баг, Гурилын үйлдвэр", (146, 64, 14)),
    ("«Шарын гол Барилга Материал» ХХК", "Дархан-Уул аймаг, Шарын гол сум, 2-р баг", (21, 94, 89)),
    ("«Дархан Савхи Трейд» ХХК", "Дархан-Уул аймаг, Дархан сум, 7-р баг, Савхин эдлэлийн цех", (109, 40, 217)),
]
DA_B = [
    ("«Эрдэнэт Үйлдвэр» ТӨҮГ", "Орхон аймаг, Баян-Өндөр сум"),
    ("«Номин Холдинг» ХХК", "Улаанбаатар, Хан-Уул дүүрэг"),
    ("«Сэлэнгэ Барилга» ХХК", "Сэлэнгэ аймаг, Сүхбаатар сум"),
    ("«Говь» ХК", "Улаанбаатар, Хан-Уул дүүрэг, Үйлдвэрийн гудамж"),
]
DA_ROWS = [
    ("Арматур А500 Ø12, тонн", "тн", 1, 30, 2350000, 2900000),
    ("Хоолойн ган 57x3.5, метр", "м", 10, 300, 18500, 29000),
    ("Гурил дээд зэрэг 25 кг", "шуудай", 10, 400, 32000, 41000),
    ("Гурил 1-р зэрэг 50 кг", "шуудай", 10, 300, 52000, 68000),
    ("Цемент М400, 50 кг", "шуудай", 20, 600, 19500, 24500),
    ("Тоосго улаан М-100", "ширхэг", 500, 8000, 420, 680),
    ("Савхин гутал, эрэгтэй", "хос", 5, 80, 145000, 260000),
    ("Савхин цүнх", "ширхэг", 5, 60, 120000, 240000),
    ("Тээврийн үйлчилгээ Дархан – Улаанбаатар", "рейс", 1, 3, 650000, 1200000),
    ("Ачилт буулгалтын ажил", "цаг", 2, 24, 35000, 60000),
    ("Гагнуурын электрод 3 мм, 5 кг", "хайрцаг", 2, 60, 42000, 68000),
]


@style("08", "mn_drk_darkhan_nekhemjlekh_noat_10_total_top_discount")
def s08(rng, i):
    vname, vaddr, color = DA_V[i]
    bname, baddr = DA_B[i]
    d = rand_date(rng)
    items = lines(rng, DA_ROWS, [3, 8, 1, 11][i], D("100"))
    gross = sum(x["amount"] for x in items)
    disc = q2(gross * D(rng.choice([3, 5, 7])) / 100) if i in (1, 3) else D(0)
    base = gross - disc
    tax = q2(base * D("0.10"))
    total = base + tax
    vid = digits(rng, 7, True)
    bid = digits(rng, 7, True)
    no = [f"{rng.randint(100, 999)}", f"НХ-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(10, 999)}", f"ДСТ{rng.randint(10000, 99999)}"][i]
    fd = [mn_date, lambda x: x.strftime("%Y.%m.%d"), mn_date, lambda x: x.strftime("%Y/%m/%d")][i]
    due = d + dt.timedelta(days=rng.choice([7, 10, 14, 30])) if i != 2 else None
    po = [None, f"ЗХ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    contract = f"{rng.randint(1, 99)}/{d.year}" if i in (0, 3) else None
    m = en
    ddtd = digits(rng, 33, True)

    def render(path):
        pdf = new_fpdf(creator="Эрхэт ERP")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 30, "F")
        txt(pdf, 14, 7, "НЭХЭМЖЛЭХ", 17, "B", color=(255, 255, 255))
        txt(pdf, 14, 16, f"Дугаар: {no}", 9, color=(255, 255, 255))
        txt(pdf, 14, 21.5, f"Огноо: {fd(d)}", 9, color=(255, 255, 255))
        txt(pdf, 120, 7, "Нийт төлөх дүн (НӨАТ-тай)", 8, color=(255, 255, 255))
        txt(pdf, 120, 12, m(total) + " ₮", 17, "B", color=(255, 255, 255))
        if due:
            txt(pdf, 120, 21.5, f"Төлбөр хийх хугацаа: {fd(due)}", 8.5, color=(255, 255, 255))
        y = 36
        txt(pdf, 14, y, "Нэхэмжлэгч", 7, color=(110, 110, 110))
        para(pdf, 14, y + 4, 88, f"{vname}\n{vaddr}\nРегистрийн дугаар: {vid}\nБанк: {rng.choice(['Хаан банк', 'Голомт банк', 'Худалдаа хөгжлийн банк'])}\nДансны дугаар: {digits(rng, 10, True)}\nУтас: 7037-{digits(rng, 4)}", 8, h=4)
        txt(pdf, 110, y, "Төлөгч", 7, color=(110, 110, 110))
        para(pdf, 110, y + 4, 88, f"{bname}\n{baddr}\nРегистрийн дугаар: {bid}" + (f"\nГэрээ №: {contract}" if contract else "") + (f"\nЗахиалгын дугаар: {po}" if po else ""), 8, h=4)
        cols = [("№", 9, "L"), ("Бараа, ажил, үйлчилгээний нэр", 78, "L"), ("Нэгж", 22, "L"), ("Тоо", 20, "R"), ("Нэгжийн үнэ", 26, "R"), ("Нийт үнэ", 27, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 14, 72, cols, rows, size=8, rowh=6, header_fill=(243, 244, 246), border_bottom=False, zebra=(249, 250, 251))
        rows_t = [("Дүн", m(gross), False)]
        if disc:
            rows_t.append(("Хөнгөлөлт", "-" + m(disc), False))
            rows_t.append(("Хөнгөлөлтийн дараах дүн", m(base), False))
        rows_t += [("НӨАТ 10%", m(tax), False), ("Нийт төлөх дүн", m(total), True)]
        y = totals(pdf, 118, y + 5, rows_t, wl=46, wv=36, size=8.6, line=color)
        para(pdf, 14, y + 6, 182, f"И-баримт ДДТД: {ddtd}\nСугалааны дугаар: {rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')} {digits(rng, 8)}", 7, h=3.6, color=(90, 90, 90))
        qr_fpdf(pdf, rng, 14, y + 16, 22)
        txt(pdf, 110, y + 20, "Захирал: ____________", 8)
        txt(pdf, 110, y + 28, "Нягтлан бодогч: ____________", 8)
        txt(pdf, 110, y + 36, "Тамга", 7, color=(130, 130, 130))
        pdf.output(path)

    notes = (
        "Darkhan (Darkhan-Uul, Mongolia) supplier's НЭХЭМЖЛЭХ (invoice) in Mongolian Cyrillic with the amount to pay in a coloured band at the TOP, a table WITHOUT RULES (zebra rows), НӨАТ (VAT) 10 %, tögrög '1,234,567.00 ₮': "
        "vendor = 'Нэхэмжлэгч'; vendor_tax_id = its 'Регистрийн дугаар' (7 digits; the payer's register number, the bank account, the contract, the e-barimt ДДТД and the lottery number are decoys). "
        "invoice_number = 'Дугаар'; invoice_date = 'Огноо' (" + ["Mongolian long date '2026 оны 3 дугаар сарын 12'", "yyyy.mm.dd", "Mongolian long date", "yyyy/mm/dd"][i] + "). "
        + due_note(due, None, "Төлбөр хийх хугацаа")
        + po_note(po, "Захиалгын дугаар")
        + "subtotal = 'Дүн' (before the discount); tax = 'НӨАТ 10%'; total = 'Нийт төлөх дүн'"
        + (" (the 'Хөнгөлөлт' discount between 'Дүн' and the VAT is the check file's total_adjustment)" if disc else "")
        + ". Currency MNT. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "MNT", gross, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Нийт төлөх дүн", fd(due) if due else None, ddtd], "total_adjustment": str(-disc)}
    return t, chk, render


# =========================================================================== 09 Khujand (ААИ 14 %, TJS), ruled, totals at the left, advance
KH_V = [
    ("ҶДММ «Хуҷанд Текстил»", "ш. Хуҷанд, кӯчаи Ленин 210", (22, 101, 52)),
    ("ҶСК «Суғд Агро Савдо»", "ш. Хуҷанд, хиёбони Исмоили Сомонӣ 45", (154, 52, 18)),
    ("ҶДММ «Сирдарё Сохтмон»", "ш. Хуҷанд, кӯчаи Гагарин 12", (30, 58, 138)),
    ("ҶДММ «Панҷшанбе Трейд»", "ш. Хуҷанд, кӯчаи Камоли Хуҷандӣ 3", (107, 33, 168)),
]
KH_B = [
    ("ҶДММ «Душанбе Либос»", "ш. Душанбе, кӯчаи Рӯдакӣ 88"),
    ("ҶСК «Истаравшан Нон»", "ш. Истаравшан, кӯчаи Шарқ 14"),
    ("ҶДММ «Бӯстон Сохт»", "ш. Бӯстон, кӯчаи Марказӣ 5"),
    ("ҶДММ «Исфара Савдо»", "ш. Исфара, кӯчаи Истиқлол 27"),
]
KH_ROWS = [
    ("Матои пахтагӣ, метр", "м", 50, 800, "18.50", "32.00"),
    ("Риштаи пахта 30/1, кг", "кг", 20, 500, "38.00", "52.00"),
    ("Орди гандум, 50 кг", "халта", 10, 200, "310.00", "380.00"),
    ("Зардолуи хушк, кг", "кг", 20, 400, "42.00", "68.00"),
    ("Сементи М400, 50 кг", "халта", 20, 400, "68.00", "82.00"),
    ("Арматура Ø12, тонна", "т", 1, 12, "8400.00", "9800.00"),
    ("Ранги эмалӣ, 20 кг", "сатил", 2, 40, "420.00", "690.00"),
    ("Хизмати интиқол Хуҷанд – Душанбе", "сафар", 1, 2, "2800.00", "4500.00"),
    ("Хизмати боркашонӣ", "соат", 2, 16, "85.00", "140.00"),
    ("Курпача, дастдӯз", "дона", 5, 60, "160.00", "320.00"),
]


@style("09", "tj_khu_khujand_hisobnoma_faktura_aai_14_totals_left_advance")
def s09(rng, i):
    vname, vaddr, color = KH_V[i]
    bname, baddr = KH_B[i]
    d = rand_date(rng)
    items = lines(rng, KH_ROWS, [4, 9, 2, 6][i], D("0.5"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.14"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    adv = q2(total * D(rng.choice([30, 50])) / 100) if i in (0, 2) else None
    vid = f"{rng.choice(['51', '52', '53'])}{digits(rng, 7)}"
    bid = f"{rng.choice(['01', '02', '51'])}{digits(rng, 7)}"
    no = [f"{rng.randint(100, 9999)}", f"СФ-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%y')}", f"ХФ{rng.randint(100000, 999999)}"][i]
    fd = [tg_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), tg_date][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (1, 3) else None
    po = [None, f"Ф-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    cdate = d - dt.timedelta(days=rng.randint(20, 300))
    contract = f"№ {rng.randint(1, 99)}/{cdate.year} аз {cdate.strftime('%d.%m.%Y')}"
    m = sp
    serial = f"{rng.choice(['ХФ', 'ЭХ'])} {digits(rng, 10, True)}"

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия 8")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 13, "B", color=color)
        para(pdf, 14, 17, 110, f"{vaddr}\nРМА: {vid} · РЯМ: {digits(rng, 10, True)}\nҲ/ҳ: 20202972{digits(rng, 12)} · {rng.choice(['ҶСП «Ориёнбонк»', 'ҶСК «Амонатбонк»', 'ҶСП «Бонки Эсхата»'])}", 8, h=4)
        txt(pdf, 128, 10, "ҲИСОБНОМА-ФАКТУРА", 13, "B")
        kv(pdf, 128, 18, [("Рақам:", no), ("Сана:", fd(d)), ("Силсила:", serial), ("Фармоиш №:", po)], wl=24, wv=50, size=8, step=4.5, align="L")
        txt(pdf, 14, 40, "Харидор", 7, color=(110, 110, 110))
        para(pdf, 14, 44, 182, f"{bname}, {baddr}\nРМА-и харидор: {bid} · Шартнома {contract}", 8.2, h=4.2)
        cols = [("№", 9, "C"), ("Номгӯи мол (кор, хизмат)", 58, "L"), ("Воҳид", 17, "L"), ("Миқдор", 15, "R"), ("Нарх", 20, "R"), ("Арзиш бе ААИ", 24, "R"), ("ААИ 14%", 20, "R"), ("Арзиш бо ААИ", 24, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), m(x["tax"]), m(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        y0 = 56
        y = table(pdf, 14, y0, cols, rows, size=7.6, rowh=6, header_fill=(236, 240, 236), line_color=(90, 90, 90))
        frame(pdf, 14, y0, y, cols, color=(90, 90, 90))
        rows_t = [("Арзиш бе ААИ", m(net), False), ("ААИ 14%", m(tax), False), ("Ҳамагӣ бо ААИ", m(total) + " сомонӣ", True)]
        if adv:
            rows_t += [("Пешпардохт гирифта шуд", "-" + m(adv), False), ("Бояд пардохт шавад", m(total - adv), False)]
        y2 = totals(pdf, 14, y + 6, rows_t, wl=44, wv=40, size=8.6, line=color)
        para(pdf, 112, y + 6, 84, (f"Мӯҳлати пардохт: {fd(due)}" if due else "Пардохт: пешакӣ / ҳангоми супоридан") + (f"\nПешпардохт аз {(d - dt.timedelta(days=rng.randint(5, 40))).strftime('%d.%m.%Y')}" if adv else "") + "\nСупорид: ____________\nҚабул кард: ____________\nРоҳбар: ____________   Саромуҳосиб: ____________", 8, h=4.6)
        txt(pdf, 14, max(y2, y + 40) + 6, f"Ҳисобнома-фактураи электронӣ · ID {''.join(rng.choice('0123456789ABCDEF') for _ in range(20))}", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Khujand (Sughd, Tajikistan) supplier's ҲИСОБНОМА-ФАКТУРА (VAT invoice) in Tajik Cyrillic on a FULLY RULED grid with ААИ (VAT) 14 % PER ROW, the totals at the LEFT under the table, somoni '1 234,56': "
        "vendor = the name at the top; vendor_tax_id = its 'РМА' (9 digits; the РЯМ, the buyer's РМА, the account 'Ҳ/ҳ', the series, the contract and its date and the e-invoice ID are decoys). "
        "invoice_number = 'Рақам'; invoice_date = 'Сана' (" + ["Tajik long date '«12» марти соли 2026'", "dd.mm.yyyy", "dd.mm.yyyy", "Tajik long date"][i] + "). "
        + due_note(due, None if due else "Пардохт: пешакӣ / ҳангоми супоридан", "Мӯҳлати пардохт")
        + po_note(po, "Фармоиш №")
        + "subtotal = 'Арзиш бе ААИ'; tax = 'ААИ 14%'; total = 'Ҳамагӣ бо ААИ'"
        + (" (before the advance 'Пешпардохт' deducted below it; 'Бояд пардохт шавад' is the balance, a decoy)" if adv else "")
        + ". Currency TJS. Line items: every row at its value without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "TJS", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, "Ҳамагӣ бо ААИ", fd(due) if due else None, serial, "Пешпардохт" if adv else None]
    return t, chk, render


# =========================================================================== 10 Lautoka (VAT 15 % / 12.5 %, zero-rated, FJD), right sidebar, a credit note
LA_V = [
    ("Westside Hardware & Farm Supplies Pte Limited", "Vitogo Parade, Lautoka", (12, 74, 110)),
    ("Sugar City Marine & Engineering Limited", "Wharf Road, Lautoka", (127, 29, 29)),
    ("Vuda Point Traders Pte Limited", "Queens Road, Vuda, Lautoka", (20, 83, 45)),
    ("Namoli Wholesale Pte Limited", "Tavewa Avenue, Namoli, Lautoka", (88, 28, 135)),
]
LA_B = [
    ("Drasa Cane Growers Co-operative", "Drasa, Lautoka"),
    ("Nadi Bay Resort Hotel Limited", "Wailoaloa, Nadi"),
    ("Ba Town Council", "Tabua Park, Ba"),
    ("Saweni Beach Apartments", "Saweni, Lautoka"),
]
LA_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, zero-rated)
    ("Rice long grain 10 kg", "bag", 2, 40, "21.50", "29.90", True),
    ("Flour 10 kg", "bag", 2, 40, "14.20", "19.80", True),
    ("Cooking oil 2 L", "btl", 2, 30, "9.80", "13.50", True),
    ("Tinned fish 425 g (carton 24)", "ctn", 1, 12, "62.00", "88.00", True),
    ("Cane knife 18 in", "ea", 2, 30, "12.50", "24.90", False),
    ("Fertiliser NPK 13:13:21 50 kg", "bag", 2, 60, "68.00", "92.00", False),
    ("Weedicide 2,4-D 5 L", "ea", 1, 20, "48.00", "79.00", False),
    ("Galvanised roofing iron 3.6 m", "sht", 5, 120, "38.50", "54.90", False),
    ("Timber 100x50 treated /m", "m", 10, 300, "6.20", "9.80", False),
    ("Marine rope 12 mm /m", "m", 10, 200, "2.90", "5.40", False),
    ("Outboard oil 2-stroke 4 L", "ea", 1, 12, "46.00", "69.00", False),
    ("PVC pipe 50 mm x 6 m", "len", 2, 40, "24.00", "38.00", False),
    ("Paint acrylic 10 L", "ea", 1, 10, "145.00", "230.00", False),
    ("Delivery Lautoka – Nadi", "trip", 1, 2, "45.00", "120.00", False),
]


@style("10", "fj_ltk_lautoka_tax_invoice_vat_15_12_5_credit_sidebar_right")
def s10(rng, i):
    vname, vaddr, color = LA_V[i]
    bname, baddr = LA_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6) if i in (0, 2) else dt.date(2025, 8, 4))
    if i == 0:
        d = min(d, dt.date(2025, 7, 25))
    rate = D("15") if d < dt.date(2025, 8, 1) else D("12.5")
    credit = i == 3
    items = lines(rng, LA_ROWS, [5, 12, 3, 2][i], D("0.05"))
    for x in items:
        x["zero"] = x["extra"]
        if credit:
            x["qty"] = -x["qty"]
            x["amount"] = -x["amount"]
        x["vat"] = D(0) if x["zero"] else q2(x["amount"] * rate / 100)
    std = sum((x["amount"] for x in items if not x["zero"]), D(0))
    zero = sum((x["amount"] for x in items if x["zero"]), D(0))
    net = std + zero
    tax = q2(std * rate / 100)
    total = net + tax
    tin = f"50-{digits(rng, 5, True)}-0-{rng.randint(1, 9)}"
    no = [f"INV{rng.randint(100000, 999999)}", f"LTK-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"CN-{rng.randint(1000, 9999)}"][i]
    orig = f"INV-{rng.randint(10000, 99999)}" if credit else None
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %B %Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    po = [f"PO {rng.randint(1000, 9999)}", None, f"BTC-{rng.randint(100, 999)}", None][i]
    acct = f"C{rng.randint(1000, 9999)}"
    m = en
    rlabel = f"{rate.normalize()}%"

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        sx = 148
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 62, 297, "F")
        wh = (255, 255, 255)
        txt(pdf, sx + 6, 14, "CREDIT NOTE" if credit else "TAX INVOICE", 13, "B", color=wh)
        y = 24
        for lab, val in (("Number", no), ("Date", fd(d)), ("Account", acct), ("Your order", po), ("Original invoice", orig), ("Due date", fd(due) if due else None)):
            if val is None:
                continue
            txt(pdf, sx + 6, y, lab, 7, color=(220, 230, 240))
            txt(pdf, sx + 6, y + 3.6, val, 9, "B", color=wh)
            y += 10
        y += 6
        txt(pdf, sx + 6, y, "CREDIT TOTAL (VAT incl.)" if credit else "AMOUNT DUE (VAT incl.)", 7, color=(220, 230, 240))
        txt(pdf, sx + 6, y + 4, "FJ$ " + m(total), 14, "B", color=wh)
        para(pdf, sx + 6, y + 16, 52, f"Pay to: {rng.choice(['BSP', 'ANZ Fiji', 'Westpac Fiji', 'HFC Bank'])}\nAccount {digits(rng, 9, True)}\nBranch Lautoka\nRef: {acct}", 7.5, h=3.8, color=wh)
        txt(pdf, 12, 12, vname, 12, "B", color=color)
        para(pdf, 12, 18, 130, f"{vaddr}, Fiji · Ph 666 {digits(rng, 4)}\nTIN: {tin}   VAT registered", 8, h=4)
        txt(pdf, 12, 34, "Bill to", 7, color=(110, 110, 110))
        para(pdf, 12, 38, 130, f"{bname}\n{baddr}\nCustomer TIN: 50-{digits(rng, 5, True)}-0-{rng.randint(1, 9)}", 8.2, h=4)
        cols = [("Description", 56, "L"), ("Qty", 14, "R"), ("Unit price", 20, "R"), ("VAT", 12, "C"), ("Amount", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), m(x["price"]), "Z" if x["zero"] else "S", m(x["amount"])] for x in items]
        y = table(pdf, 12, 56, cols, rows, size=7.8, rowh=6, header_fill=(238, 242, 246), line_color=(205, 210, 215))
        y = totals(pdf, 56, y + 5, [("Standard-rated", m(std), False), ("Zero-rated (Z)", m(zero), False), ("Subtotal (excl. VAT)", m(net), False), (f"VAT {rlabel}", m(tax), False), ("Total FJD", m(total), True)], wl=48, wv=36, size=8.4, line=color)
        note = (f"Credit for goods returned against invoice {orig}. The credit will be applied to your account." if credit else "")
        note += (f" Payment due by {fd(due)}. Overdue accounts may attract interest." if due else (" Paid in full – thank you." if not credit else ""))
        para(pdf, 12, y + 4, 130, note.strip() + "\nS = standard-rated, Z = zero-rated essential item. Goods remain our property until paid for.", 7.4, h=3.8)
        qr_fpdf(pdf, rng, 12, y + 20, 20)
        pdf.output(path)

    notes = (
        "Lautoka (Fiji) hardware and farm merchant's " + ("CREDIT NOTE (all quantities and amounts NEGATIVE, referring to an earlier invoice) " if credit else "TAX INVOICE ")
        + "in English with a coloured RIGHT SIDEBAR holding the number, dates and the amount, VAT " + rlabel + " (15 % before 1 August 2025, 12.5 % from then) on the standard-rated rows and zero-rated essentials (Z), '1,234.56' Fiji dollars: "
        "vendor = the name at the top; vendor_tax_id = its 'TIN' (the customer's TIN, the bank account and the customer account number are decoys). "
        "invoice_number = 'Number' in the sidebar; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yyyy", "dd/mm/yyyy"][i] + ")"
        + (f"; the original invoice {orig} is a decoy. " if credit else ". ")
        + due_note(due, None, "Due date")
        + po_note(po, "Your order")
        + "subtotal = 'Subtotal (excl. VAT)'; tax = 'VAT " + rlabel + "'; total = 'Total FJD' (also the sidebar's amount). Currency FJD. Line items: every row (net)."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, tin, no, po, d, due, "FJD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [fd(d), no, vname, tin, "Total FJD", f"VAT {rlabel}", fd(due) if due else None, orig]
    return t, chk, render
