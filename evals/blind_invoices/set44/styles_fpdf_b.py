"""fpdf2 styles for set 44, second part (08 Kharkiv supplier's РАХУНОК НА ОПЛАТУ in Ukrainian with a fully ruled grid,
a discount column on two documents and ПДВ 20 % on the total, 09 Douala supplier's FACTURE in French with TVA 17,5 % and
the CAC (10 % of the TVA) printed as two parts, whole francs CFA, the total in words and an ACOMPTE below the total,
10 Kampala supplier's EFRIS e-invoice in English in sections A to F, prices including VAT 18 % and exempt rows, the
Fiscal Document Number beside the seller's reference)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import uk_date
from invoice_kit import (
    digits,
    en,
    en_words,
    iban,
    iban_fmt,
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
from kit_common import due_note, fr_date, frame, kv, lines, para, po_note, qr_fpdf, rib_key, totals, truth
from kit_words import fr_words
from stdnum.ua import edrpou

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Kharkiv (ПДВ 20 %, UAH), fully ruled grid, discount column on two
KH_V = [
    ("ТОВ «Слобожанська Агротехніка»", "61052, м. Харків, вул. Полтавський Шлях, 56", (30, 64, 175)),
    ("ТОВ «Харківський Кабельний Дім»", "61001, м. Харків, просп. Героїв Харкова, 144", (153, 27, 27)),
    ("ПП «Сумська Поліграфія»", "61002, м. Харків, вул. Сумська, 88", (21, 94, 89)),
    ("ТОВ «Лопань Продукт»", "61023, м. Харків, вул. Весніна, 12", (113, 63, 18)),
]
KH_B = [
    ("ФГ «Зелений Гай»", "Харківська обл., Чугуївський р-н, с. Кочеток"),
    ("ТОВ «Електромонтаж-Схід»", "м. Харків, вул. Академіка Павлова, 120"),
    ("Харківський національний університет ім. В. Н. Каразіна", "м. Харків, майдан Свободи, 4"),
    ("ТОВ «Ресторан Дружба»", "м. Харків, вул. Пушкінська, 32"),
]
KH_ROWS = [
    ("Фільтр паливний John Deere RE62418", "шт", 1, 20, "890.00", "2400.00"), ("Підшипник 6308-2RS", "шт", 2, 40, "210.00", "560.00"),
    ("Мастило Shell Tellus S2 MX 46, 20 л", "каністра", 1, 10, "3100.00", "4800.00"), ("Кабель ВВГнг 3х2,5", "м", 50, 1000, "28.50", "46.90"),
    ("Автоматичний вимикач ABB S203 C25", "шт", 2, 40, "690.00", "1250.00"), ("Щит розподільчий ЩРН-24", "шт", 1, 10, "1450.00", "2900.00"),
    ("Друк буклетів А4, 4+4", "шт", 100, 3000, "6.50", "18.00"), ("Папір офісний А4, 500 арк.", "пач", 5, 100, "245.00", "329.00"),
    ("Борошно пшеничне в/г, 50 кг", "мішок", 1, 30, "780.00", "1150.00"), ("Олія соняшникова, 5 л", "пляшка", 2, 40, "310.00", "420.00"),
    ("Доставка по м. Харків", "послуга", 1, 2, "350.00", "1200.00"), ("Ремінь клиновий B-1700", "шт", 1, 20, "240.00", "480.00"),
]


@style("08", "ua_hrk_kharkiv_rakhunok_pdv_20_ruled_discount")
def s08(rng, i):
    vname, vaddr, color = KH_V[i]
    bname, baddr = KH_B[i]
    d = rand_date(rng)
    items = lines(rng, KH_ROWS, [3, 8, 1, 11][i], D("0.10"))
    disc_col = i in (1, 3)
    for x in items:
        x["disc"] = D(rng.choice([0, 3, 5, 7, 10])) if disc_col else D(0)
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["disc"]) / 100)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    code = valid(rng, lambda: digits(rng, 8, True), edrpou.is_valid)
    vid = code[:7] + digits(rng, 5)
    bcode = valid(rng, lambda: digits(rng, 8, True), edrpou.is_valid)
    mfo = rng.choice(["351005", "300528", "305299", "322001"])
    ib = iban("UA", mfo + digits(rng, 19).rjust(19, "0"))
    no = [f"{rng.randint(10, 999)}", f"СФ-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"Х-{rng.randint(10000, 99999)}"][i]
    fd = [uk_date, lambda x: x.strftime("%d.%m.%Y"), uk_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([3, 5, 10])) if i in (0, 1, 3) else None
    po = [f"Замовлення № {rng.randint(100, 999)}", None, None, f"Замовлення № {rng.randint(1000, 9999)}"][i]
    po = po.split("№ ")[1] if po else None
    contract = f"Договір № {rng.randint(1, 99)}/{d.year - 1} від {(d - dt.timedelta(days=rng.randint(60, 300))).strftime('%d.%m.%Y')}"
    m = sp

    def render(path):
        pdf = new_fpdf(creator="M.E.Doc")
        pdf.add_page()
        para(pdf, 15, 10, 180, "Увага! Оплата цього рахунку означає погодження з умовами поставки товарів. Товар відпускається за наявності довіреності та паспорта.", 7, h=3.4, color=(90, 90, 90))
        txt(pdf, 15, 20, "Постачальник:", 8, "B")
        para(pdf, 45, 20, 150, f"{vname}\n{vaddr}\nкод за ЄДРПОУ {code}, ІПН {vid}\nIBAN {iban_fmt(ib)} в АТ КБ «{rng.choice(['ПриватБанк', 'Ощадбанк', 'Райффайзен Банк', 'ПУМБ'])}», МФО {mfo}\nЄ платником податку на прибуток на загальних підставах", 8, h=4)
        txt(pdf, 15, 46, "Покупець:", 8, "B")
        para(pdf, 45, 46, 150, f"{bname}\n{baddr}\nкод за ЄДРПОУ {bcode}", 8, h=4)
        txt(pdf, 15, 60, "Договір:", 8, "B")
        txt(pdf, 45, 60, contract, 8)
        if po:
            txt(pdf, 15, 65, "Замовлення:", 8, "B")
            txt(pdf, 45, 65, f"№ {po}", 8)
        txt(pdf, 15, 73, f"Рахунок на оплату № {no} від {fd(d)}", 13, "B", color=color)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(15, 81, 195, 81)
        cols = [("№", 9, "C"), ("Товари (роботи, послуги)", 78 if disc_col else 92, "L"), ("Кіл-сть", 17, "R"), ("Од.", 16, "L"), ("Ціна без ПДВ", 26, "R")]
        cols += [("Знижка, %", 14, "R")] if disc_col else []
        cols += [("Сума без ПДВ", 20 if disc_col else 20, "R")]
        w = sum(c[1] for c in cols)
        cols[-1] = (cols[-1][0], cols[-1][1] + 180 - w, "R")
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], m(x["price"])] + ([qstr(x["disc"])] if disc_col else []) + [m(x["amount"])] for k, x in enumerate(items)]
        y0 = 84
        y = table(pdf, 15, y0, cols, rows, size=7.8, rowh=6, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 15, y0, y, cols, color=(0, 0, 0))
        y = totals(pdf, 120, y + 3, [("Разом без ПДВ:", m(net), False), ("ПДВ 20%:", m(tax), False), ("Всього з ПДВ:", m(total), True)], wl=40, wv=35, size=9, step=5)
        para(pdf, 15, y + 2, 180, f"Всього найменувань {len(items)}, на суму {m(total)} грн.\nУ т.ч. ПДВ: {m(tax)} грн.", 8.6, "B", h=4.4)
        y = pdf.get_y() + 4
        para(pdf, 15, y, 180, (f"Оплатити до: {fd(due)}" if due else "Рахунок підлягає оплаті протягом 5 банківських днів.") + "\nПризначення платежу: оплата за рахунком № " + no + ", у т.ч. ПДВ.", 8, h=4)
        txt(pdf, 110, pdf.get_y() + 12, "Виписав(ла): ______________  " + rng.choice(["О. Коваленко", "І. Шевченко", "Н. Бондар"]), 8.6)
        pdf.output(path)

    notes = (
        "Kharkiv (Ukraine) supplier's РАХУНОК НА ОПЛАТУ in Ukrainian, a FULLY RULED grid"
        + (" with a 'Знижка, %' (discount per row) column, the row amounts after the discount" if disc_col else "")
        + ", '1 234,56' hryvnias, ПДВ 20 % on the total: vendor = 'Постачальник'; vendor_tax_id = its 'ІПН' (the 12-digit VAT payer number; the 8-digit 'код за ЄДРПОУ', the IBAN, the МФО, the buyer's ЄДРПОУ and the contract with its date are decoys). "
        "invoice_number = 'Рахунок на оплату №'; invoice_date = 'від' after it (" + ["Ukrainian long date '12 березня 2026 р.'", "dd.mm.yyyy", "Ukrainian long date", "dd.mm.yyyy"][i] + "). "
        + due_note(due, None if due else "протягом 5 банківських днів", "Оплатити до")
        + po_note(po, "Замовлення №")
        + "subtotal = 'Разом без ПДВ'; tax = 'ПДВ 20%'; total = 'Всього з ПДВ'. Currency UAH. Line items: every row, 'Сума без ПДВ'."
    )
    t = truth(vname, vid, no, po, d, due, "UAH", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, code, bcode, "Всього з ПДВ", fd(due) if due else None, iban_fmt(ib)]
    return t, chk, render


# =========================================================================== 09 Douala (TVA 17,5 % + CAC, XAF), total in words, acompte below the total
DL_V = [
    ("Société Wouri Matériaux SARL", "Rue Joss, Bonanjo, BP 4521 Douala", (22, 101, 52)),
    ("Littoral Froid & Climatisation SA", "Boulevard de la Liberté, Akwa, BP 1120 Douala", (30, 58, 138)),
    ("Imprimerie Bonabéri Graphic SARL", "Route de Bonabéri, Bonabéri, BP 7732 Douala", (154, 52, 18)),
    ("Bassa Industrie Services SARL", "Zone industrielle de Bassa, BP 3310 Douala", (88, 28, 135)),
]
DL_B = [
    ("Port Autonome de Douala – Direction technique", "Boulevard des Ministres, Douala"),
    ("Hôtel Akwa Palace", "Boulevard de la Liberté, Akwa, Douala"),
    ("Brasseries du Littoral SA", "Route de Japoma, Douala"),
    ("Collège Libermann", "Rue Franqueville, Akwa, Douala"),
]
DL_ROWS = [
    ("Ciment CPJ 42,5 (sac 50 kg)", "sac", 10, 400, 5200, 6400), ("Fer à béton HA 12 (barre 12 m)", "barre", 10, 300, 5600, 7900),
    ("Tôle bac alu 0,45 mm", "feuille", 10, 200, 8500, 14500), ("Climatiseur split 18000 BTU", "u", 1, 10, 385000, 540000),
    ("Entretien climatiseurs (forfait)", "u", 1, 20, 15000, 35000), ("Gaz R410A, bouteille 11,3 kg", "bouteille", 1, 10, 85000, 130000),
    ("Impression flyers A5 quadri", "mille", 1, 20, 35000, 75000), ("Banderole PVC 3 x 1 m", "u", 1, 20, 18000, 32000),
    ("Main d'œuvre soudure (jour)", "jour", 1, 15, 25000, 45000), ("Location groupe électrogène 60 kVA (jour)", "jour", 1, 10, 65000, 120000),
    ("Transport Douala – chantier", "voyage", 1, 4, 25000, 90000), ("Peinture glycéro 20 L", "seau", 1, 30, 42000, 68000),
]


@style("09", "cm_dla_douala_facture_tva_cac_19_25_acompte")
def s09(rng, i):
    vname, vaddr, color = DL_V[i]
    bname, baddr = DL_B[i]
    d = rand_date(rng)
    items = lines(rng, DL_ROWS, [4, 2, 7, 12][i], D("50"))
    net = sum(x["amount"] for x in items)
    tva = q0(net * D("0.175"))
    cac = q0(tva * D("0.10"))
    tax = tva + cac
    total = net + tax
    adv = q0(total * D(rng.choice([30, 40, 50])) / 100 / 1000) * 1000 if i in (1, 3) else None
    niu = lambda: rng.choice("MP") + digits(rng, 12) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")  # noqa: E731
    vid, bid = niu(), niu()
    rccm = f"RC/DLA/{rng.randint(2005, 2021)}/B/{rng.randint(100, 9999)}"
    bank, guichet, compte = f"{rng.choice(['10005', '10002', '10003', '10033'])}", f"{rng.randint(1, 99999):05d}", digits(rng, 11)
    rib = f"{bank} {guichet} {compte} {rib_key(bank, guichet, compte)}"
    no = [f"FA{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%m')}/{d.year}", f"N° {rng.randint(10000, 99999)}", f"F-{rng.randint(100, 999)}-{d.strftime('%y')}"][i]
    no = no.replace("N° ", "")
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [f"BC N° {rng.randint(1000, 9999)}", None, f"BC-{rng.randint(100, 999)}/{d.year}", None][i]
    po = po.replace("BC N° ", "") if po else None
    m = lambda x: sp(x, 0)  # noqa: E731
    words = f"Arrêtée la présente facture à la somme de {fr_words(int(total))} (" + m(total) + ") francs CFA TTC."

    def render(path):
        pdf = new_fpdf(creator="Sage 100 Gestion commerciale")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(150, 0, 60, 297, "F")
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        para(pdf, 14, 19, 130, f"{vaddr}\nTél. +237 233 {rng.randint(40, 49)} {rng.randint(10, 99)} {rng.randint(10, 99)}\nNIU : {vid} · {rccm}\nRégime du réel – Centre des Impôts des Moyennes Entreprises (CIME) Douala", 8, h=4)
        white = (255, 255, 255)
        txt(pdf, 155, 12, "FACTURE", 18, "B", color=white)
        y = 24
        for a, b in (("N°", no), ("Date", fd(d)), ("Échéance", fd(due) if due else None), ("Bon de commande", po), ("Bordereau de livraison", f"BL{rng.randint(1000, 9999)}")):
            if b is None:
                continue
            txt(pdf, 155, y, a, 7, color=(220, 220, 220))
            txt(pdf, 155, y + 3.6, b, 9, "B", color=white)
            y += 10
        txt(pdf, 155, y + 4, "NET À PAYER", 7, color=(220, 220, 220))
        txt(pdf, 155, y + 8, m(total - (adv or 0)) + " FCFA", 12, "B", color=white)
        para(pdf, 155, y + 20, 50, f"Règlement par virement :\n{rng.choice(['Afriland First Bank', 'SGC', 'BICEC', 'Ecobank Cameroun'])}\nRIB {rib}", 7, h=3.6, color=white)
        txt(pdf, 14, 44, "Client", 7, color=(110, 110, 110))
        para(pdf, 14, 48, 130, f"{bname}\n{baddr}\nNIU client : {bid}", 8.6, h=4.2)
        cols = [("Désignation", 58, "L"), ("Qté", 14, "R"), ("Unité", 16, "L"), ("P.U. HT", 22, "R"), ("Montant HT", 26, "R")]
        rows = [[x["desc"][:40], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y0 = 66
        y = table(pdf, 10, y0, cols, rows, size=7.6, rowh=6, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        frame(pdf, 10, y0, y, cols)
        rowsT = [("Total HT", m(net), False), ("TVA 17,5 %", m(tva), False), ("CAC (10 % de la TVA)", m(cac), False), ("Total TTC", m(total), True)]
        if adv:
            rowsT += [("Acompte reçu le " + (d - dt.timedelta(days=rng.randint(10, 60))).strftime("%d/%m/%Y"), "-" + m(adv), False), ("Net à payer", m(total - adv), True)]
        y = totals(pdf, 66, y + 4, rowsT, wl=50, wv=30, size=8.6, line=color)
        para(pdf, 10, y + 4, 136, words, 8, "B", h=4)
        para(pdf, 10, pdf.get_y() + 4, 136, ("Paiement à " + str((due - d).days) + " jours par virement bancaire." if due else "Payé comptant à la livraison.") + " Tout retard de paiement entraîne des pénalités de 1,5 % par mois.\nLe Directeur Commercial", 7.6, h=3.8)
        pdf.output(path)

    notes = (
        "Douala (Cameroon) supplier's FACTURE in French with a coloured RIGHT SIDEBAR (number, date, due date, the net to pay, the RIB), whole francs CFA with spaces ('1 234 567'), TVA 17,5 % and the CAC (10 % of the TVA) as TWO tax rows, the total in French words"
        + (", an ACOMPTE received earlier deducted after 'Total TTC', leaving 'Net à payer'" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = its NIU (the client's NIU, the RCCM, the RIB and the delivery note are decoys). "
        "invoice_number = 'N°' in the sidebar; invoice_date = 'Date' (" + ["dd/mm/yyyy", "French long date", "dd/mm/yyyy", "French long date"][i] + "). "
        + due_note(due, None if due else "Payé comptant à la livraison", "Échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'; tax = TVA + CAC (printed only as the two parts: the check file's tax_parts); total = 'Total TTC'"
        + (" (before the acompte; the acompte, its date and 'Net à payer' are decoys)" if adv else "")
        + ". Currency XAF. Line items: every row, 'Montant HT'."
    )
    t = truth(vname, vid, no, po, d, due, "XAF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, rccm, "Total TTC", fd(due) if due else None, rib], "tax_parts": [str(tva), str(cac)]}
    return t, chk, render


# =========================================================================== 10 Kampala (VAT 18 % inside the prices, UGX), EFRIS sections A to F
KL_V = [
    ("NILE HARDWARE & BUILDING SUPPLIES LIMITED", "Nile Hardware", "Plot 14 Nakivubo Road, Kampala Central Division"),
    ("KAMPALA OFFICE WORLD LIMITED", "Office World", "Plot 7 Kampala Road, Kampala"),
    ("MAKINDYE AGRO DEALERS (U) LIMITED", "Makindye Agro", "Plot 22 Ggaba Road, Makindye, Kampala"),
    ("KOLOLO MEDICAL SUPPLIES LIMITED", "Kololo Medical", "Plot 3 Acacia Avenue, Kololo, Kampala"),
]
KL_B = [("MUKWANO CONSTRUCTION CO. LTD", True), ("MAKERERE UNIVERSITY BUSINESS SCHOOL", True), ("NAMULONGE FARMERS' COOPERATIVE", False), ("", False)]
KL_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, exempt)
    0: [("Cement Tororo 50kg", "Bag", 10, 300, 32000, 38000, False), ("Iron bar Y12", "Piece", 10, 200, 38000, 52000, False), ("Iron sheets G28 3m", "Piece", 10, 200, 34000, 48000, False), ("Roofing nails 1kg", "Kg", 5, 60, 9000, 14000, False), ("Paint Sadolin 20L", "Tin", 1, 20, 210000, 320000, False), ("Wheelbarrow", "Piece", 1, 10, 150000, 240000, False)],
    1: [("Photocopy paper A4 ream", "Ream", 5, 200, 22000, 32000, False), ("Box file", "Piece", 5, 100, 6000, 12000, False), ("Toner HP 26A", "Piece", 1, 10, 280000, 450000, False), ("Exercise books 96pg (dozen)", "Dozen", 1, 50, 18000, 30000, True), ("Textbooks, primary science", "Piece", 5, 100, 25000, 45000, True), ("Office chair", "Piece", 1, 10, 250000, 480000, False), ("Stapler heavy duty", "Piece", 1, 20, 35000, 70000, False), ("Calculator Casio", "Piece", 1, 30, 45000, 90000, False), ("Pens, box of 50", "Box", 1, 30, 20000, 35000, False), ("Flip chart paper", "Pad", 1, 20, 28000, 45000, False)],
    2: [("Maize seed Longe 5 (10kg)", "Bag", 1, 50, 65000, 95000, True), ("Fertilizer DAP 50kg", "Bag", 1, 40, 160000, 210000, True), ("Knapsack sprayer 16L", "Piece", 1, 10, 95000, 160000, False), ("Hoe", "Piece", 5, 50, 12000, 22000, True), ("Tarpaulin 4x6m", "Piece", 1, 20, 45000, 85000, False), ("Pesticide 1L", "Bottle", 1, 30, 28000, 55000, False)],
    3: [("Surgical gloves (box 100)", "Box", 1, 50, 28000, 45000, False), ("Paracetamol 500mg x 1000", "Tin", 1, 20, 35000, 60000, True), ("Face masks (box 50)", "Box", 1, 50, 15000, 30000, False), ("Digital thermometer", "Piece", 1, 20, 25000, 55000, False), ("Amoxicillin 250mg x 100", "Box", 1, 20, 18000, 35000, True)],
}


@style("10", "ug_kla_kampala_efris_tax_invoice_vat_18_inclusive")
def s10(rng, i):
    legal, trade, vaddr = KL_V[i]
    bname, btin_ok = KL_B[i]
    d = rand_date(rng)
    items = lines(rng, KL_ROWS[i], [3, 10, 5, 2][i], D("100"))
    std = sum(x["amount"] for x in items if not x["extra"])
    exm = sum(x["amount"] for x in items if x["extra"])
    total = std + exm
    tax = q2(std * 18 / 118)
    net = total - tax
    vid = "100" + digits(rng, 7)
    btin = "100" + digits(rng, 7) if btin_ok else None
    fdn = digits(rng, 12, True)
    ref = [f"INV-{rng.randint(10000, 99999)}", f"OW/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"KMS-{rng.randint(1000, 9999)}"][i]
    vcode = digits(rng, 20)
    dev = "TCS" + digits(rng, 10)
    tm = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    po = [f"LPO {rng.randint(1000, 9999)}", f"LPO/MUBS/{rng.randint(100, 999)}", None, None][i]
    po = po.replace("LPO ", "") if po else None
    m = en
    words = en_words(int(total)).replace("-", " ").title() + " Uganda Shillings" + (f" And {int((total % 1) * 100)} Cents" if total % 1 else "") + " Only"

    def render(path):
        pdf = new_fpdf(creator="URA EFRIS")
        pdf.add_page()
        txt(pdf, 15, 10, "e-INVOICE / TAX INVOICE", 14, "B")
        txt(pdf, 150, 10, "Uganda Revenue Authority", 8, "B", color=(120, 90, 0))
        qr_fpdf(pdf, rng, 170, 15, 24)
        y = 20

        def sec(title, y):
            pdf.set_fill_color(225, 225, 225)
            pdf.rect(15, y, 150 if y < 45 else 180, 5.4, "F")
            txt(pdf, 16, y + 0.8, title, 8, "B")
            return y + 7

        y = sec("Section A: Seller's Details", y)
        y = kv(pdf, 16, y, [("BRN:", f"80020000{digits(rng, 5)}"), ("TIN:", vid), ("Legal Name:", legal), ("Trade Name:", trade), ("Address:", vaddr), ("Seller's Reference No.:", ref), ("Served by:", rng.choice(["Sarah N.", "Moses K.", "Grace A."]))], wl=38, wv=110, size=7.8, step=4.2, align="L")
        y = sec("Section B: URA Information", y + 2)
        y = kv(pdf, 16, y, [("Document Type:", "Original"), ("Issued Date:", fd(d)), ("Time:", tm), ("Device Number:", dev), ("Fiscal Document Number:", fdn), ("Verification Code:", vcode)], wl=38, wv=110, size=7.8, step=4.2, align="L")
        y = sec("Section C: Buyer's Details", y + 2)
        y = kv(pdf, 16, y, [("Name:", bname or "Walk-in customer"), ("TIN:", btin), ("Buyer Type:", "B2B" if btin else "B2C"), ("LPO No.:", po)], wl=38, wv=110, size=7.8, step=4.2, align="L")
        y = sec("Section D: Goods & Services Details", y + 2)
        cols = [("No.", 10, "L"), ("Item", 60, "L"), ("Quantity", 20, "R"), ("Unit", 16, "L"), ("Unit Price", 26, "R"), ("Total", 32, "R"), ("Tax", 16, "C")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"]), "C" if x["extra"] else "A"] for k, x in enumerate(items)]
        y = table(pdf, 15, y, cols, rows, size=7.6, rowh=5.4)
        y = sec("Section E: Tax Details", y + 3)
        cols2 = [("Tax Category", 56, "L"), ("Net Amount", 32, "R"), ("Tax Rate", 20, "R"), ("Tax Amount", 32, "R"), ("Gross Amount", 32, "R")]
        rows2 = []
        if std:
            rows2.append(["A: Standard (18%)", m(std - tax), "0.18", m(tax), m(std)])
        if exm:
            rows2.append(["C: Exempt (-)", m(exm), "-", m(0), m(exm)])
        y = table(pdf, 15, y, cols2, rows2, size=7.6, rowh=5.4)
        y = sec("Section F: Summary", y + 3)
        y = kv(pdf, 16, y, [("Net Amount:", m(net)), ("Tax Amount:", m(tax)), ("Gross Amount:", m(total)), ("Payment Mode:", "Credit" if due else rng.choice(["Cash", "Mobile Money"])), ("Payment due date:", fd(due) if due else None), ("Currency:", "UGX"), ("Number of items:", str(len(items)))], wl=38, wv=140, size=7.8, step=4.4, align="L")
        txt(pdf, 16, y, "Gross Amount in words:", 7.8, color=(90, 90, 90))
        y = para(pdf, 54, y, 140, words, 7.8, "B", h=3.8)
        para(pdf, 15, y + 3, 180, "Remarks: Goods once sold are not returnable. Account: Stanbic Bank Uganda, A/C " + digits(rng, 13, True) + ". Verify this invoice at efris.ura.go.ug with the verification code.", 7.2, h=3.6, color=(90, 90, 90))
        txt(pdf, 80, 286, "*** END OF e-INVOICE ***", 8, "B")
        pdf.output(path)

    notes = (
        "Kampala (Uganda) supplier's EFRIS e-INVOICE / TAX INVOICE in English in sections A to F (seller, URA information, buyer, goods, tax details, summary), '1,234,567.00' shillings, unit prices and row totals INCLUDING VAT 18 % (category A)"
        + (" with VAT-EXEMPT rows (category C)" if exm else "")
        + ", Section E splits net, tax and gross per category: vendor = the seller's 'Legal Name'; vendor_tax_id = the seller's 'TIN' (the BRN, the buyer's TIN, the device number, the verification code and the bank account are decoys). "
        "invoice_number = the 'Fiscal Document Number' (URA's invoice number; the 'Seller's Reference No.' is the seller's own reference, a decoy); invoice_date = 'Issued Date' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yyyy", "yyyy-mm-dd"][i] + "). "
        + due_note(due, None, "Payment due date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Net Amount' in Section F; tax = 'Tax Amount'; total = 'Gross Amount'. Currency UGX. Line items: every row of Section D (VAT-inclusive); they sum to the total."
    )
    t = truth(legal, vid, fdn, po, d, due, "UGX", net, tax, total, items, notes)
    chk = [fd(d), fdn, legal, vid, ref, vcode, "Gross Amount", fd(due) if due else None, btin]
    return t, chk, render
