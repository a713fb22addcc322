"""fpdf2 styles for set 49, second part (08 Jalal-Abad tour operator's СЧЁТ НА ОПЛАТУ in Russian with a coloured LEFT
SIDEBAR, prices including НДС 12 %, dollars or soms and a group discount as a negative row, 09 Khulna jute and packaging
supplier's Mushak-6.3 TAX INVOICE in English with LAKH grouping, VAT 15 % / 7.5 % per row and an ADVANCE deducted below
the total, 10 Ambato bookshop's RIDE of a FACTURA electrónica in Spanish with IVA 15 % and 0 %, a per-row discount and
the SRI access key). Adapted from set 43's code."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, es_date, lakh
from invoice_kit import digits, en, in_words, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import bars_fpdf, due_note, en_date, frame, kv, lines, para, po_note, totals, truth
from stdnum.ec import ci, ruc

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Karakol (НДС 12 % included, KGS or USD), right sidebar, discount row
KR_V = [
    ("ОсОО «Арсланбоб Эко Тур»", "г. Жалал-Абад, ул. Ленина, 38", (21, 128, 61)),
    ("ОсОО «Жалал-Абад Курорт Сервис»", "г. Жалал-Абад, ул. Курортная, 2", (3, 105, 161)),
    ("ОсОО «Сары-Челек Трэвел»", "г. Жалал-Абад, ул. Эркиндик, 101", (180, 83, 9)),
    ("ОсОО «Базар-Коргон Агро Тур»", "г. Жалал-Абад, пр. Токтогула, 15", (109, 40, 217)),
]
KR_B = [
    ("ОсОО «Ош Тревел Сервис»", "г. Ош, ул. Курманжан Датка, 210", "KGS"),
    ("Nomad Trails GmbH", "Kaiserstrasse 40, 60329 Frankfurt am Main, Germany", "USD"),
    ("ОАО «Кыргызтелеком» (профком)", "г. Бишкек, пр. Чуй, 96", "KGS"),
    ("Steppe & Silk Journeys Ltd", "7 Castle Street, Edinburgh EH2 3AH, United Kingdom", "USD"),
]
KR_ROWS = [  # (desc, unit, qlo, qhi, lo_usd, hi_usd)
    ("Тур в ореховые леса Арсланбоба, 3 дня", "чел.", 1, 14, 160, 290),
    ("Тур на озеро Сары-Челек, 2 дня", "чел.", 1, 14, 140, 240),
    ("Проживание в санатории, сутки", "чел./сут.", 2, 40, 28, 60),
    ("Лечебные процедуры (минеральные воды)", "курс", 1, 14, 45, 120),
    ("Питание, полный пансион", "чел./сут.", 2, 40, 15, 28),
    ("Трансфер аэропорт Ош – Жалал-Абад", "машина", 1, 3, 60, 110),
    ("Услуги гида-переводчика", "день", 1, 10, 40, 75),
    ("Конная прогулка к водопаду Арсланбоб", "чел.", 1, 14, 20, 45),
    ("Мастер-класс по ремёслам в гостевом доме", "чел.", 1, 14, 12, 25),
    ("Экологический сбор заповедника Сары-Челек", "чел.", 1, 14, 3, 7),
    ("Аренда конференц-зала", "час", 2, 10, 30, 60),
]


@style("08", "kg_jla_jalal_abad_schet_nds_12_included_sidebar_left")
def s08(rng, i):
    vname, vaddr, color = KR_V[i]
    bname, baddr, cur = KR_B[i]
    d = rand_date(rng)
    mult = D(1) if cur == "USD" else D(85)
    cat = [(a, b, c, e, D(lo) * mult, D(hi) * mult) for a, b, c, e, lo, hi in KR_ROWS]
    items = lines(rng, cat, [7, 2, 4, 11][i], D("1") if cur == "KGS" else D("0.50"))
    disc = None
    if i in (0, 3):
        base = sum(x["amount"] for x in items)
        a = -q2(base * D("0.10"))
        disc = {"desc": "Скидка 10 % (группа от 8 человек)", "unit": "", "qty": None, "price": a, "amount": a}
        items.append(disc)
    total = sum(x["amount"] for x in items)
    tax = q2(total * 12 / 112)
    net = total - tax
    vid = f"0{digits(rng, 13)}"
    bid = f"0{digits(rng, 13)}" if cur == "KGS" else None
    no = [f"АЭТ-{rng.randint(100, 999)}", f"{rng.randint(1, 400)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"Ж-{rng.randint(10, 99)}"][i]
    ld = lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), ld, ld, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 14])) if i in (1, 3) else None
    cur_s = {"USD": ["USD", "долл. США"][i % 2 == 1 and i > 1], "KGS": ["сом", "KGS"][i == 2]}[cur]
    term = None if due else "Предоплата 100 % до начала обслуживания"
    po = [None, f"NT-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}-З", None][i]
    tour = (d + dt.timedelta(days=rng.randint(10, 60)))
    m = sp
    rate = D("87.35")

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия для Кыргызстана")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 60, 297, "F")
        w = (255, 255, 255)
        txt(pdf, 5, 14, "РЕКВИЗИТЫ", 8, "B", color=w)
        para(pdf, 5, 20, 50, f"ИНН {vid}\nОКПО {digits(rng, 8)}\nУГНС по г. Жалал-Абад\n\nР/с {digits(rng, 16, True)}\n{rng.choice(['ОАО «Оптима Банк»', 'ЗАО «Демир Кыргыз Интернэшнл Банк»', 'ОАО «РСК Банк»'])}\nБИК {rng.choice(['109', '118', '129'])}{digits(rng, 3)}\n\nТел. +996 3722 {digits(rng, 5)}", 7.6, color=w, h=3.8)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(5, 78, 50, 24, "F")
        txt(pdf, 7, 80, "К ОПЛАТЕ", 7.5, "B", color=color)
        txt(pdf, 7, 86, f"{m(total)} {cur_s}", 11, "B", w=46)
        if due:
            txt(pdf, 7, 94, f"до {due.strftime('%d.%m.%Y')}", 8, w=46)
        txt(pdf, 68, 14, vname, 14, "B", color=color)
        txt(pdf, 68, 21, vaddr + ", Жалал-Абадская обл., Кыргызская Республика", 7.6, color=(90, 90, 90))
        txt(pdf, 68, 32, f"СЧЁТ НА ОПЛАТУ № {no}", 14, "B")
        txt(pdf, 68, 39, f"от {fd(d)}", 10)
        y = kv(pdf, 68, 47, [("Плательщик:", bname), ("Адрес:", baddr), ("ИНН плательщика:", bid), ("Основание:", f"Договор № {rng.randint(1, 90)}-Т от {(d - dt.timedelta(days=rng.randint(20, 200))).strftime('%d.%m.%Y')}"), ("Ваш заказ:", po), ("Даты тура:", f"{tour.strftime('%d.%m.%Y')} – {(tour + dt.timedelta(days=rng.randint(2, 8))).strftime('%d.%m.%Y')}")], wl=32, wv=100, size=7.8, align="L")
        cols = [("№", 8, "L"), ("Наименование", 60, "L"), ("Ед.", 16, "L"), ("Кол-во", 14, "R"), ("Цена", 19, "R"), ("Сумма", 21, "R")]
        rows = [[str(k + 1), x["desc"] if len(x["desc"]) < 36 else x["desc"][:34].rsplit(" ", 1)[0] + "\n" + x["desc"][len(x["desc"][:34].rsplit(" ", 1)[0]) + 1:], x["unit"], qstr(x["qty"]) if x["qty"] is not None else "", m(x["price"]) if x["qty"] is not None else "", m(x["amount"])] for k, x in enumerate(items)]
        y0 = y + 4
        y = table(pdf, 66, y0, cols, rows, size=7.6, rowh=5.6, header_fill=(240, 240, 240))
        frame(pdf, 66, y0, y, cols)
        y = totals(pdf, 116, y + 4, [("Итого:", m(total), False), ("в том числе НДС 12%:", m(tax), False), ("Сумма без НДС:", m(net), False), (f"Всего к оплате ({cur}):", m(total), True)], wl=48, wv=28, size=8.4, line=color)
        if cur == "USD":
            y = para(pdf, 68, y + 2, 130, f"Справочно: по курсу НБКР на дату счёта {sp(rate, 4)} сом за 1 USD сумма составляет {m(q2(total * rate))} сом.", 7.4, color=(90, 90, 90))
        para(pdf, 68, y + 3, 130, (f"Оплатить до {fd(due)}." if due else term + ".") + " Счёт действителен для оплаты банковским переводом.", 8)
        txt(pdf, 68, 250, "Руководитель ______________        Бухгалтер ______________", 8)
        pdf.output(path)

    notes = (
        "Jalal-Abad (Kyrgyzstan) tour operator's СЧЁТ НА ОПЛАТУ in Russian with a coloured LEFT SIDEBAR (ИНН, ОКПО, bank, БИК and the amount 'К ОПЛАТЕ' boxed), '1 234,56', prices INCLUDING НДС 12 % ('в том числе НДС 12%'), "
        + ("in US dollars with a som counter-value at the НБКР rate (decoy)" if cur == "USD" else "in soms")
        + (", a group DISCOUNT as a NEGATIVE row" if disc else "")
        + ": vendor = the name at the top; vendor_tax_id = 'ИНН' in the sidebar (14 digits; the buyer's ИНН, ОКПО, Р/с, БИК, the contract and the tour dates are decoys). "
        "invoice_number = 'СЧЁТ НА ОПЛАТУ №'; invoice_date = 'от' (" + ["dd.mm.yyyy", "Russian long date '12 марта 2026 г.'", "Russian long date", "dd.mm.yyyy"][i] + "). "
        + due_note(due, term, "Оплатить до")
        + po_note(po, "Ваш заказ")
        + "subtotal = 'Сумма без НДС'; tax = 'в том числе НДС 12%' (12/112 of the total); total = 'Итого' = 'Всего к оплате' (the sidebar box shows the currency as " + cur_s + "). "
        + f"Currency {cur}. Line items: every row at its VAT-inclusive amount" + (", the discount negative without quantity" if disc else "") + "; they sum to the total."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, bid, "в том числе НДС 12%:", fd(due) if due else None], render


# =========================================================================== 09 Chattogram (VAT 15 % / 7.5 %, BDT), Mushak-6.3, lakh grouping, advance
CG_V = [
    ("Rupsha Jute Packaging Mills Ltd.", "Plot 14, Rupsha Industrial Area, Khulna-9241"),
    ("Khalishpur Sacks & Hessian Ltd.", "BSCIC Industrial Estate, Khalishpur, Khulna-9000"),
    ("Sundarban Seafood Cartons", "Shed 9, Labanchora, Khulna-9201"),
    ("Daulatpur Poly & Print Co.", "Jessore Road, Daulatpur, Khulna-9202"),
]
CG_B = [
    ("Bagerhat Shrimp Exporters Ltd.", "Fakirhat Road, Bagerhat"),
    ("Mongla Port Cement Industries Ltd.", "Mongla EPZ, Bagerhat"),
    ("Jessore Rice & Flour Mills Ltd.", "Noapara, Abhaynagar, Jessore"),
    ("Satkhira Fish Feed Ltd.", "Binerpota, Satkhira"),
]
CG_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, VAT %)
    ("Jute sacking bag B-twill 50 kg", "pcs", 500, 20000, 62, 98, 15),
    ("Hessian cloth 40 in 10 oz", "yard", 500, 15000, 48, 85, 15),
    ("Jute yarn 8 lbs CRX", "kg", 100, 2000, 120, 190, 15),
    ("Shrimp master carton 7-ply", "pcs", 500, 10000, 55, 110, 15),
    ("Inner carton printed 2 kg", "pcs", 1000, 30000, 14, 36, 15),
    ("Poly liner LDPE 20x30 in", "kg", 50, 2000, 230, 340, 15),
    ("Woven PP bag 25 kg, laminated", "pcs", 1000, 30000, 9, 22, 15),
    ("Printing service, flexo 3 colour", "job", 1, 6, 6000, 45000, 7.5),
    ("Cylinder and plate making", "set", 1, 4, 4500, 18000, 7.5),
    ("Gum tape 2 in x 100 yd", "roll", 50, 2000, 85, 160, 15),
    ("Transport to buyer's godown", "trip", 1, 6, 3000, 12000, 15),
    ("Strapping band PP 12 mm", "roll", 10, 400, 1200, 2100, 15),
    ("Ice-proof wax coating per carton", "pcs", 500, 10000, 4, 9, 15),
]


@style("09", "bd_kln_khulna_mushak_6_3_vat_15_lakh_advance")
def s09(rng, i):
    vname, vaddr = CG_V[i]
    bname, baddr = CG_B[i]
    d = rand_date(rng)
    items = lines(rng, CG_ROWS, [2, 9, 4, 13][i], D("0.10"))
    for _ in range(50):  # rows under one lakh each, so a row prints the same in both groupings
        if all(x["amount"] < 100000 for x in items):
            break
        for x in items:
            if x["amount"] >= 100000:
                x["qty"] = D(max(1, int(x["qty"]) // 3))
                x["amount"] = q2(x["qty"] * x["price"])
    for x in items:
        x["rate"] = D(str(x["extra"]))
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    adv = q2(total * D(rng.choice([20, 30, 40])) / 100) if i in (1, 3) else None
    vid = f"{digits(rng, 9, True)}-{rng.choice(['0101', '0102', '0201'])}"
    bid = f"{digits(rng, 9, True)}-0101"
    no = [f"{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"RJP/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}", f"SSC-{rng.randint(1000, 9999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (2, 3) else None
    po = [None, f"PO-{rng.randint(1000, 9999)}", None, f"WO/{rng.randint(100, 999)}"][i]
    lc = f"LC No. {digits(rng, 4)}{d.strftime('%y')}0{digits(rng, 5)}" if i in (1, 3) else None
    tk = ["Tk", "BDT", "Taka", "Tk"][i]
    words = f"Taka {in_words(int(total))}" + (f" and Paisa {int(total * 100) % 100}" if int(total * 100) % 100 else "") + " only"
    m = lakh

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 0, 8, "Government of the People's Republic of Bangladesh", 8, align="C", w=210)
        txt(pdf, 0, 12, "National Board of Revenue", 8, align="C", w=210)
        txt(pdf, 0, 17, "TAX INVOICE", 13, "B", align="C", w=210)
        txt(pdf, 0, 23, "[See clauses (c) and (f) of sub-rule (1) of rule 40]", 7, align="C", w=210)
        txt(pdf, 170, 9, "Mushak-6.3", 9, "B")
        y = kv(pdf, 12, 32, [("Name of registered person:", vname), ("BIN:", vid), ("Address of invoice issuance:", vaddr)], wl=46, wv=140, size=8, align="L")
        y = kv(pdf, 12, y + 2, [("Name of purchaser:", bname), ("BIN of purchaser:", bid), ("Address of purchaser:", baddr), ("Destination of supply:", baddr), ("Vehicle type and number:", f"Covered van, Khulna Metro-Ta {rng.randint(11, 24)}-{digits(rng, 4)}")], wl=46, wv=100, size=8, align="L")
        kv(pdf, 140, 42, [("Invoice No.:", no), ("Date of issue:", fd(d)), ("Time of issue:", f"{rng.randint(9, 18)}:{rng.randint(0, 59):02d}"), ("Work order:", po), ("Due date:", fd(due) if due else None)], wl=24, wv=40, size=8, align="L")
        cols = [("Sl", 7, "L"), ("Description of goods/services", 46, "L"), ("Unit", 10, "L"), ("Qty", 15, "R"), ("Unit price", 18, "R"), ("Total price", 22, "R"), ("SD %", 10, "R"), ("SD", 10, "R"), ("VAT %", 12, "R"), (f"VAT ({tk})", 18, "R"), ("Incl. taxes", 25, "R")]
        rows = [[str(k + 1), x["desc"] if len(x["desc"]) < 28 else x["desc"][:26].rsplit(" ", 1)[0] + "\n" + x["desc"][len(x["desc"][:26].rsplit(" ", 1)[0]) + 1:], x["unit"], lakh(x["qty"], 0), m(x["price"]), m(x["amount"]), "0%", "0.00", f"{qstr(x['rate'])}%", m(x["tax"]), m(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        rows.append(["", "Total", "", "", "", m(net), "", "0.00", "", m(tax), m(total)])
        y0 = y + 6
        y = table(pdf, 6, y0, cols, rows, size=6.8, rowh=5.4, header_fill=(230, 230, 230), line_color=(40, 40, 40))
        frame(pdf, 6, y0, y, cols, color=(40, 40, 40))
        rws = [("Total price excl. VAT", m(net), False), ("Total VAT", m(tax), False), (f"Total value incl. VAT ({tk})", m(total), True)]
        if adv:
            rws += [(f"Less: advance received {(d - dt.timedelta(days=rng.randint(5, 40))).strftime('%d/%m/%Y')}", "-" + m(adv), False), (f"Balance payable ({tk})", m(total - adv), True)]
        y = totals(pdf, 104, y + 5, rws, wl=64, wv=34, size=8, line=(0, 0, 0))
        y = para(pdf, 12, y + 2, 186, f"In words: {words}.", 8, "B")
        if lc:
            y = para(pdf, 12, y + 2, 186, f"Against {lc} opened by {bname} with {rng.choice(['Islami Bank Bangladesh PLC', 'Sonali Bank PLC', 'Pubali Bank PLC'])}, Khulna Branch.", 7.6)
        y = para(pdf, 12, y + 2, 186, f"EFD/SDC ref. {digits(rng, 6, True)}-{digits(rng, 8)} | NetValue {net:.2f} | VATAmount {tax:.2f} | TotalValue {total:.2f}", 6.6, color=(90, 90, 90))
        para(pdf, 12, y + 3, 186, f"Payment by account payee cheque / EFT to {vname}, A/C {digits(rng, 13, True)}, routing {digits(rng, 9, True)}.", 7.6)
        txt(pdf, 12, 262, "Name of authorised person: ____________________   Designation: ____________   Signature: ____________", 7.6)
        txt(pdf, 12, 268, "* Seal", 7.6)
        pdf.output(path)

    rates = sorted({x["rate"] for x in items})
    notes = (
        "Khulna (Bangladesh) jute and packaging supplier's Mushak-6.3 TAX INVOICE in English on a FULLY RULED grid, taka with LAKH grouping ('12,34,567.50'), VAT "
        + " and ".join(f"{qstr(r)} %" for r in rates) + " PER ROW (SD 0), total in words with lakh and crore"
        + (", an ADVANCE received deducted BELOW the total and the balance payable (decoys)" if adv else "")
        + ": vendor = 'Name of registered person'; vendor_tax_id = its 'BIN' (the purchaser's BIN, the vehicle number, the LC number, the bank account and routing number are decoys). "
        "the EFD/SDC line repeats the three totals unformatted. invoice_number = 'Invoice No.'; invoice_date = 'Date of issue' (" + ["'12 March 2026'", "dd/mm/yyyy", "dd/mm/yyyy", "dd-Mon-yyyy"][i] + "). "
        + due_note(due, None, "Due date")
        + po_note(po, "Work order")
        + "subtotal = 'Total price excl. VAT'; tax = 'Total VAT'; total = 'Total value incl. VAT (" + tk + ")' (before the advance). Currency BDT. Line items: every row, the price before VAT."
    )
    t = truth(vname, vid, no, po, d, due, "BDT", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, bid, f"Total value incl. VAT ({tk})", m(total), fd(due) if due else None, words, m(total - adv) if adv else None], render


# =========================================================================== 10 Cuenca (IVA 15 % / 0 %, USD), RIDE of an electronic factura
CU_V = [
    ("LIBRERÍA Y PAPELERÍA TUNGURAHUA CIA. LTDA.", "Librería Tungurahua", "Av. Cevallos 11-25 y Montalvo, Ambato"),
    ("DISTRIBUIDORA ESCOLAR LAS FLORES S.A.", "Escolar Las Flores", "Av. Los Guaytambos 04-120 y La Delicia, Ficoa, Ambato"),
    ("SUMINISTROS Y TEXTOS MONTALVO CIA. LTDA.", "Textos Montalvo", "Bolívar 15-40 y Quito, Ambato"),
    ("PAPELERÍA EL CASTILLO S.A.", "El Castillo", "Av. El Rey y Av. Manuelita Sáenz, Ambato"),
]
CU_B = [
    ("CONSUMIDOR FINAL", "Ambato"),
    ("UNIDAD EDUCATIVA JUAN MONTALVO", "Av. Cevallos y Martínez, Ambato"),
    ("UNIVERSIDAD TÉCNICA DE AMBATO – BIBLIOTECA", "Av. Los Chasquis y Río Payamino, Ambato"),
    ("SANTIAGO ANDRÉS VILLACÍS PAREDES", "Huachi Chico, Ambato"),
]
CU_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, IVA %)
    ("Texto escolar Matemática 8vo EGB", "u", 1, 60, "12.50", "28.90", 0),
    ("Diccionario Español Larousse", "u", 1, 30, "9.80", "24.50", 0),
    ("Novela Cien años de soledad, bolsillo", "u", 1, 20, "8.90", "18.50", 0),
    ("Atlas del Ecuador", "u", 1, 30, "14.00", "32.00", 0),
    ("Cuaderno universitario 100 h cuadros", "u", 5, 200, "1.10", "2.40", 15),
    ("Resma papel bond A4 75 g", "u", 1, 80, "4.20", "6.50", 15),
    ("Caja de lápices de colores x24", "u", 2, 80, "3.50", "9.80", 15),
    ("Marcador de pizarra (caja x12)", "caja", 1, 40, "8.50", "16.00", 15),
    ("Carpeta archivadora lomo ancho", "u", 2, 100, "2.20", "4.80", 15),
    ("Tóner compatible HP 85A", "u", 1, 12, "24.00", "48.00", 15),
    ("Calculadora científica", "u", 1, 30, "14.50", "29.90", 15),
    ("Mochila escolar", "u", 1, 20, "18.00", "42.00", 15),
]


def _mod11(s):
    w, tot = 2, 0
    for c in reversed(s):
        tot += int(c) * w
        w = 2 if w == 7 else w + 1
    r = 11 - tot % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


@style("10", "ec_atf_ambato_ride_factura_iva_15_0_descuento")
def s10(rng, i):
    vname, trade, vaddr = CU_V[i]
    bname, baddr = CU_B[i]
    d = rand_date(rng)
    items = lines(rng, CU_ROWS, [2, 9, 12, 4][i], D("0.05"))
    for x in items:
        pct = D(rng.choice([0, 0, 5, 10])) if i != 0 else D(0)
        gross = x["amount"]
        x["disc"] = q2(gross * pct / 100)
        x["gross"] = gross
        x["amount"] = gross - x["disc"]
        x["rate"] = D(x["extra"])
    rates = by_rate(items)
    b15 = sum(b for r, b, _t in rates if r == 15)
    b0 = sum(b for r, b, _t in rates if r == 0)
    tax = sum(t for _r, _b, t in rates)
    net = b15 + b0
    total = net + tax
    tdisc = sum(x["disc"] for x in items)
    vid = valid(rng, lambda: "18" + "9" + digits(rng, 7) + "001", ruc.is_valid)
    if i == 0:
        bid = "9999999999999"
    elif i == 3:
        bid = valid(rng, lambda: "18" + digits(rng, 8), ci.is_valid)
    else:
        bid = valid(rng, lambda: "18" + "6" + digits(rng, 6) + "0001", ruc.is_valid)
    est, pe, seq = "001", rng.choice(["001", "002", "003"]), rng.randint(1000, 99999)
    no = f"{est}-{pe}-{seq:09d}"
    code = digits(rng, 8)
    base = d.strftime("%d%m%Y") + "01" + vid + "2" + est + pe + f"{seq:09d}" + code + "1"
    key = base + _mod11(base)
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 2) else None
    po = [None, f"OC-{rng.randint(100, 999)}", f"{rng.randint(2025000, 2026999)}", None][i]
    guia = f"001-001-{rng.randint(1000, 99999):09d}" if i in (1, 2) else None
    vt = "VALOR TOTAL (USD)" if i == 2 else "VALOR TOTAL"
    m = en

    def render(path):
        pdf = new_fpdf(creator="SRI Facturador")
        pdf.add_page()
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(10, 10, 92, 26)
        txt(pdf, 13, 14, trade.upper(), 15, "B", color=(30, 64, 120))
        para(pdf, 10, 40, 92, f"{vname}\n\nDirección Matriz: {vaddr}\nDirección Sucursal: {vaddr}\nOBLIGADO A LLEVAR CONTABILIDAD: SI", 7.6, h=3.8)
        pdf.rect(10, 38, 92, 32)
        pdf.rect(106, 10, 94, 60)
        y = kv(pdf, 108, 13, [("R.U.C.:", vid)], wl=18, wv=60, size=9, align="L", color=(0, 0, 0))
        txt(pdf, 108, y, "FACTURA", 12, "B")
        y = kv(pdf, 108, y + 6, [("No.", no)], wl=18, wv=60, size=9, align="L", color=(0, 0, 0))
        para(pdf, 108, y, 90, f"NÚMERO DE AUTORIZACIÓN\n{key}\nFECHA Y HORA DE AUTORIZACIÓN: {fd(d)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}\nAMBIENTE: PRODUCCIÓN      EMISIÓN: NORMAL\nCLAVE DE ACCESO", 6.8, h=3.3)
        bars_fpdf(pdf, rng, 110, 55, 86, 8)
        txt(pdf, 108, 64, key, 6.2, w=90, align="C")
        pdf.rect(10, 73, 190, 17)
        kv(pdf, 12, 75, [("Razón Social / Nombres y Apellidos:", bname), ("Identificación:", bid), ("Fecha Emisión:", fd(d))], wl=56, wv=80, size=7.8, align="L", color=(0, 0, 0), step=4.4)
        if guia:
            txt(pdf, 140, 83, f"Guía de Remisión: {guia}", 7.4)
        cols = [("Cod. Principal", 20, "L"), ("Cant.", 14, "R"), ("Descripción", 70, "L"), ("Precio Unitario", 24, "R"), ("Descuento", 20, "R"), ("Precio Total", 24, "R"), ("IVA", 18, "R")]
        rows = [[f"{rng.choice(['LIB', 'PAP', 'UTL'])}{digits(rng, 5)}", qstr(x["qty"]), x["desc"], m(x["price"]), m(x["disc"]), m(x["amount"]), f"{x['extra']}%"] for x in items]
        y = table(pdf, 10, 94, cols, rows, size=7.4, rowh=5.4, line_color=(60, 60, 60))
        frame(pdf, 10, 94, y, cols, color=(60, 60, 60))
        y0 = y + 4
        trows = [("SUBTOTAL 15%", m(b15)), ("SUBTOTAL 0%", m(b0)), ("SUBTOTAL NO OBJETO DE IVA", "0.00"), ("SUBTOTAL EXENTO DE IVA", "0.00"), ("SUBTOTAL SIN IMPUESTOS", m(net)), ("TOTAL DESCUENTO", m(tdisc)), ("ICE", "0.00"), ("IVA 15%", m(tax)), ("PROPINA", "0.00"), (vt, m(total))]
        yy = y0
        for a, b in trows:
            pdf.rect(134, yy, 42, 5)
            pdf.rect(176, yy, 24, 5)
            txt(pdf, 135, yy + 0.6, a, 6.8, "B" if a == vt else "")
            txt(pdf, 176, yy + 0.6, b, 7.2, "B" if a == vt else "", align="R", w=23)
            yy += 5
        pdf.rect(10, y0, 118, 34)
        txt(pdf, 12, y0 + 1.5, "Información Adicional", 8, "B")
        info = [("Dirección:", baddr), ("Email:", f"facturacion@{trade.lower().replace(' ', '').replace('í', 'i')}.ec"), ("Teléfono:", f"03 28{digits(rng, 5)}"), ("Orden de compra:", po), ("Fecha de vencimiento:", fd(due) if due else None)]
        if i == 3:
            info.append(("Observación:", f"Pedido retirado en Ambato el {es_date(d)}"))
        if i == 1:
            info.append(("Moneda:", "Dólares de los Estados Unidos de América"))
        kv(pdf, 12, y0 + 7, info, wl=34, wv=80, size=7.2, align="L", color=(0, 0, 0), step=4)
        y1 = y0 + 38
        pcols = [("Forma de pago", 80, "L"), ("Valor", 24, "R"), ("Plazo", 14, "R")]
        fp = "20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO" if due or i == 3 else "01 - SIN UTILIZACIÓN DEL SISTEMA FINANCIERO"
        table(pdf, 10, y1, pcols, [[fp, m(total), f"{(due - d).days} días" if due else "0 días"]], size=6.8, rowh=5, line_color=(60, 60, 60))
        pdf.output(path)

    notes = (
        "Ambato (Tungurahua, Ecuador) bookshop's RIDE (printed representation of a FACTURA electrónica) in Spanish, US dollars '1,234.56', IVA 15 % on stationery and 0 % on books, a DISCOUNT column per row (the row's 'Precio Total' is after it), "
        "the SRI box with the R.U.C., the No. and the 49-digit authorization number / access key, the totals grid SUBTOTAL 15% / 0% / ... / VALOR TOTAL: "
        "vendor = the legal name under the logo; vendor_tax_id = 'R.U.C.' (13 digits; the buyer's 'Identificación', the access key, the guía de remisión are decoys). "
        "invoice_number = 'No.' (001-00X-00000XXXX); invoice_date = 'Fecha Emisión' (dd/mm/yyyy; the authorization date is the same day). "
        + due_note(due, None, "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + "subtotal = 'SUBTOTAL SIN IMPUESTOS' (after the discounts; 'TOTAL DESCUENTO' is a decoy); tax = 'IVA 15%'; total = '" + vt + "'" + ("; the currency printed only as 'Moneda: Dólares de los Estados Unidos de América' in Información adicional" if i == 1 else "" if i == 2 else "; no currency printed (US dollars implied: Ecuador is dollarised)") + ". Currency USD. Line items: every row, 'Precio Total' after its discount."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, key, vt, fd(due) if due else None, guia], render
