"""fpdf2 styles for set 14, part A (03 Beninese seed supplier's facture with lot numbers, germination and purity
columns, exempt seed beside taxed bags and transport and an e-MECeF block, 04 Kyrgyz water utility's счёт in Russian
with meter readings, НДС 12 % and a debt statement, 06 Nicaraguan car rental factura with mileage, a fuel surcharge, IVA
15 % and a deposit on the card)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    exact_price,
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
)
from kit_common import MONTHS, para, qr_fpdf
from kit_words import es_words, fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 03 Beninese seed supplier (IFU, exempt seed, TVA 18 % on bags and transport, e-MECeF)
BJ_V = [
    ("Semences du Borgou SARL", "Quartier Albarika, BP 412, Parakou", "Parakou", (30, 110, 50)),
    ("Agri-Semences Bénin SA", "Lot 1245, Akpakpa Dodomè, 01 BP 3377, Cotonou", "Cotonou", (150, 90, 10)),
    ("Société Zou Semences et Plants SARL", "Route de Djidja, Quartier Gbanhicon, Bohicon", "Bohicon", (20, 80, 130)),
    ("Société Coopérative Semencière de l'Atacora SCOOPS", "Quartier Kantaborifa, BP 88, Natitingou", "Natitingou", (110, 40, 40)),
]
BJ_B = [
    ("Union Communale des Producteurs de Kalalé", "Kalalé, Borgou"), ("ONG Terre Verte Bénin", "Abomey-Calavi, Atlantique"),
    ("Coopérative des Maraîchers de Grand-Popo", "Grand-Popo, Mono"), ("Projet d'Appui aux Filières Vivrières (PAFIV)", "Djougou, Donga"),
]
BJ_SEEDS = [
    ("Maïs EVDT 97 STR – semence certifiée R1", "MZ", 650, 1200, 100, 1500), ("Riz NERICA 4 – semence certifiée R2", "RZ", 550, 900, 100, 1200),
    ("Soja TGX 1910-14F – semence certifiée R1", "SJ", 700, 1100, 50, 800), ("Niébé KVX 61-1 – semence certifiée", "NB", 900, 1500, 50, 500),
    ("Arachide TS 32-1 (coques) – semence certifiée", "AR", 1100, 1700, 50, 600), ("Sorgho Soumalemba – semence de base G4", "SG", 500, 800, 50, 600),
    ("Maïs hybride Oba Super 2 – semence F1", "MH", 1800, 2900, 25, 400),
]


@style("03", "bj_semences_lots_germination")
def s03(rng, i):
    vname, vaddr, city, color = BJ_V[i]
    bname, baddr = BJ_B[i]
    d = rand_date(rng)
    items = []
    for desc, code, lo, hi, qlo, qhi in rng.sample(BJ_SEEDS, rng.randint(2, 4)):
        q = D(rng.randint(qlo // 25, qhi // 25) * 25)
        p = D(rng.randint(lo // 5, hi // 5) * 5)
        test = d - dt.timedelta(days=rng.randint(20, 120))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q * p, "unit": "kg", "tva": "A-EX", "lot": f"BJ-{code}-{str(d.year - 1)[2:]}-{rng.randint(100, 999):04d}", "germ": f"{rng.randint(82, 98)} %", "pur": f"{rng.choice(['98,0', '98,5', '99,0', '99,2', '99,5'])} %", "test": test.strftime("%d/%m/%y")})
    kg = sum(it["qty"] for it in items)
    bags = q0(kg / 25)
    items.append({"desc": "Sacs polypropylène tissé 25 kg, marqués", "qty": bags, "price": D(rng.randint(30, 70) * 5), "unit": "sac", "tva": "B", "lot": "", "germ": "", "pur": "", "test": ""})
    items[-1]["amount"] = items[-1]["qty"] * items[-1]["price"]
    if i != 1:
        tr = D(rng.randint(9, 36) * 5000)
        items.append({"desc": f"Transport {city} → {baddr.split(',')[0]} (camion 10 t)", "qty": D(1), "price": tr, "amount": tr, "unit": "forfait", "tva": "B", "lot": "", "germ": "", "pur": "", "test": ""})
    ex = sum(it["amount"] for it in items if it["tva"] == "A-EX")
    base_b = sum(it["amount"] for it in items if it["tva"] == "B")
    net = ex + base_b
    tax = q0(base_b * D("0.18"))
    total = net + tax
    ifu = "3" + str(rng.randint(2005, 2023)) + digits(rng, 8)
    b_ifu = "3" + str(rng.randint(2005, 2023)) + digits(rng, 8) if i != 1 else "6" + digits(rng, 12)
    no = [f"FV-{d.year}-{rng.randint(100, 999):05d}", f"ASB/{rng.randint(1000, 9999)}/{str(d.year)[2:]}", f"{rng.randint(1000, 9999)}", f"COSEMA-F{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 45, 30][i]) if i != 1 else None
    po = [f"BC-UCP-{rng.randint(100, 999)}", None, f"BC/{d.year}/{rng.randint(10, 99)}", None][i]
    bl = f"BL-{rng.randint(1000, 9999)}"
    bl_d = d - dt.timedelta(days=rng.randint(0, 5))
    money = lambda x: sp(x, 0)  # noqa: E731
    mecef = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(6))

    def render(path):
        pdf = new_fpdf(creator="e-MECeF / SYGMEF")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 11, vname, 13, "B", "DV", color=color)
        txt(pdf, 16, 18, vaddr + " – République du Bénin", 7.6, "", "DV")
        txt(pdf, 16, 22, f"Tél. +229 01 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · {['commercial@semences-borgou.bj', 'ventes@agrisemences.bj', 'contact@zou-semences.bj', 'cosema.atacora@gmail.com'][i]}", 7.6, "", "DV")
        txt(pdf, 16, 26, f"IFU : {ifu} · RCCM : RB/{city[:3].upper()}/{rng.randint(10, 23)} B {rng.randint(100, 9999)} · Agrément semencier n° {rng.randint(10, 99)}/MAEP/DPV", 7.6, "B", "DV")
        pdf.set_draw_color(*color)
        pdf.rect(130, 34, 68, 30)
        txt(pdf, 132, 36, "FACTURE NORMALISÉE", 10, "B", "DV", color=color)
        meta = [("N° :", no), ("Date :", fd(d))]
        if due:
            meta.append(("Échéance :", fd(due)))
        else:
            meta.append(("Règlement :", "comptant à la commande"))
        if po:
            meta.append(("Bon de commande :", po))
        y = 42
        for a, b in meta:
            txt(pdf, 132, y, a, 7.6, "", "DV")
            txt(pdf, 160, y, b, 7.6, "B", "DV")
            y += 4.6
        txt(pdf, 16, 36, "CLIENT", 7, "B", "DV", color=(90, 90, 90))
        txt(pdf, 16, 40, bname, 9, "B", "DV")
        txt(pdf, 16, 44.5, baddr, 7.6, "", "DV")
        txt(pdf, 16, 48.5, f"IFU client : {b_ifu}", 7.6, "", "DV")
        txt(pdf, 16, 52.5, f"Livraison : {bl} du {fd(bl_d)} – magasin {rng.choice(['central', 'de Kalalé', 'de Bohicon', 'de Natitingou'])}", 7.6, "", "DV")
        txt(pdf, 16, 56.5, f"Campagne agricole {d.year}-{d.year + 1}", 7.6, "", "DV")
        cols = [("Désignation", 58, "L"), ("Lot n°", 25, "L"), ("Test du", 13, "L"), ("Germ.", 11, "R"), ("Pureté", 13, "R"), ("Qté", 13, "R"), ("Unité", 12, "L"), ("P.U. HT", 15, "R"), ("Montant HT", 19, "R"), ("TVA", 9, "C")]
        rows = [[it["desc"], it["lot"], it["test"], it["germ"], it["pur"], qstr(it["qty"]) if it["unit"] != "forfait" else "1", it["unit"], money(it["price"]), money(it["amount"]), it["tva"].split("-")[0]] for it in items]
        y = table(pdf, 12, 70, cols, rows, size=6.7, font="DVC", rowh=5.6, header_fill=color, header_color=(255, 255, 255), line_color=(170, 170, 170))
        y = para(pdf, 12, y + 1.5, 186, "A = exonéré (semences et intrants agricoles, article 242 du Code général des impôts) · B = taxable 18 %. Germination et pureté selon le bulletin d'analyse du Laboratoire national des semences (LNS).", 6.4, color=(80, 80, 80), h=3.2)
        tots = [("Total HT", money(net)), ("dont exonéré (A)", money(ex)), ("Base taxable (B)", money(base_b)), ("TVA 18 % (B)", money(tax)), ("TOTAL TTC (FCFA)", money(total))]
        y += 3
        for a, b in tots:
            bold = a.startswith("TOTAL")
            if bold:
                pdf.set_fill_color(235, 240, 235)
                pdf.rect(118, y - 0.6, 80, 5.6, "F")
            txt(pdf, 120, y, a, 8, "B" if bold else "", "DV")
            txt(pdf, 160, y, b, 8, "B" if bold else "", "DV", "R", 36)
            y += 5.4
        y = para(pdf, 12, y + 2, 186, f"Arrêtée la présente facture à la somme de : {fr_words(int(total))} francs CFA.", 7.6, "I")
        y += 4
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(12, y, 186, 31)
        qr_fpdf(pdf, rng, 14, y + 2, 27)
        lines = [("Code MECeF/DGI", mecef), ("MECeF NIM", f"ED{digits(rng, 8)}"), ("MECeF Compteurs", f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)} FV"), ("MECeF Heure", f"{d.strftime('%d/%m/%Y')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")]
        yy = y + 4
        for a, b in lines:
            txt(pdf, 46, yy, a, 7.2, "B", "DV")
            txt(pdf, 80, yy, b, 7.2, "", "Mono")
            yy += 4.4
        txt(pdf, 46, yy + 1, f"Virement : {rng.choice(['Ecobank Bénin', 'BOA Bénin', 'Orabank Bénin', 'NSIA Banque Bénin'])} – compte {rng.choice(['BJ061', 'BJ066', 'BJ104'])} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}", 7, "", "DV")
        txt(pdf, 12, 285, f"{vname} – IFU {ifu} – Semences certifiées par le Service semencier de la DPV – Page 1/1", 6.5, "", "DV", "C", 186, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Beninese seed supplier's FACTURE NORMALISÉE (e-MECeF): vendor = the legal name at the top; vendor tax id = 'IFU' (13 digits, no public checksum: random); the client's IFU, RCCM, seed licence, "
        "lot numbers, germination and purity percentages, the MECeF code, NIM, counters and bank account are decoys. invoice_number = 'N°' in the FACTURE NORMALISÉE box; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the delivery date, the germination test dates ('Test du', dd/mm/yy) and the MECeF time are decoys. "
        + ("due = 'Échéance'. " if due else "'comptant à la commande' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + "Seed is exempt (A), bags and transport taxed (B): subtotal = 'Total HT' (A + B); tax = 'TVA 18 % (B)'; total = 'TOTAL TTC (FCFA)'; the exempt part and the taxable base are decoys. "
        "Currency XOF ('FCFA', whole francs '1 234 567'). The amount in words repeats the total. Line items: every row (amount = 'Montant HT'; quantity 'Qté': kg, bags, 1 for the transport lump sum)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ifu, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, ifu, no, po, vname, "FCFA"], render


# =========================================================================== 04 Kyrgyz water utility счёт (Russian, ИНН, meter readings, НДС 12 %, debt statement)
KG_V = [
    ("Муниципальное предприятие «Токмок Суу Канал»", "МП «Токмок Суу Канал»", "722200, г. Токмок, ул. Ленина, 5", "Токмок"),
    ("Открытое акционерное общество «Ыссык-Көл Суу»", "ОАО «Ыссык-Көл Суу»", "722360, г. Каракол, ул. Абдрахманова, 131", "Каракол"),
    ("Общество с ограниченной ответственностью «Ош Таза Суу»", "ОсОО «Ош Таза Суу»", "723500, г. Ош, ул. Курманжан Датка, 210", "Ош"),
    ("Муниципальное предприятие «Жалал-Абад Водоканал»", "МП «Жалал-Абад Водоканал»", "715600, г. Жалал-Абад, ул. Токтогула, 18", "Жалал-Абад"),
]
KG_B = ["ОсОО «Токмок Нан Комбинаты»", "ОсОО «Пансионат Жемчужина Иссык-Куля»", "ОсОО «Ош Сүт Продукт»", "ИП Абдыкадыров Нурлан Маратович (автомойка «Чистый Город»)"]


@style("04", "kg_vodokanal_meter_readings")
def s04(rng, i):
    vfull, vshort, vaddr, city = KG_V[i]
    bname = KG_B[i]
    d = rand_date(rng)
    per_end = d.replace(day=1) - dt.timedelta(days=1)
    per_start = per_end.replace(day=1)
    meters = []
    for _ in range(rng.randint(1, 3)):
        prev = rng.randint(1000, 98000)
        cons = rng.randint(40, 2400)
        meters.append((f"{rng.choice(['СВХ', 'ВСКМ', 'ETK'])}-{digits(rng, 8)}", prev, prev + cons, cons))
    cons = sum(m[3] for m in meters)
    q = D(cons)
    w_rate = exact_price(rng, q, D("9.50"), D("24.00"))
    s_share = D(rng.choice([100, 100, 90, 80]))
    q_s = D(cons * int(s_share) // 100)
    s_rate = exact_price(rng, q_s, D("5.00"), D("14.00"))
    items = [
        {"desc": "Холодное водоснабжение", "unit": "м³", "qty": q, "price": w_rate},
        {"desc": "Водоотведение" + (f" ({s_share} % от водопотребления)" if s_share != 100 else ""), "unit": "м³", "qty": q_s, "price": s_rate},
        {"desc": "Абонентская плата (обслуживание абонента)", "unit": "мес.", "qty": D(1), "price": D(rng.randint(80, 400))},
    ]
    if rng.random() < 0.5:
        items.append({"desc": "Поверка/обслуживание прибора учёта", "unit": "шт.", "qty": D(len(meters)), "price": D(rng.randint(150, 600))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
        it["vat"] = q2(it["amount"] * D("0.12"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    inn = "0" + digits(rng, 13)
    b_inn = ("0" if i != 3 else "2") + digits(rng, 13)
    okpo = digits(rng, 8)
    acct = f"{rng.randint(1, 9)}-{rng.randint(10000, 99999)}"
    no = [f"{rng.randint(1000, 9999)}", f"ИКС-{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}/{d.month:02d}", f"ЖА{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г.", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y") + " г."][i]
    due = d + dt.timedelta(days=[15, 20, 0, 10][i]) if i != 2 else None
    po = f"ЗК-{rng.randint(100, 999)}" if i == 1 else None
    debt = q2(D(rng.randint(0, 900000)) / 100)
    paid = q2(debt * D(rng.choice([0, 50, 100])) / 100)
    peni = q2(D(rng.randint(0, 20000)) / 100) if debt > paid else D("0.00")
    money = lambda x: sp(x)  # noqa: E731
    period = f"{MONTHS['ru_nom'][per_end.month - 1]} {per_end.year} г."

    def render(path):
        pdf = new_fpdf(creator="1С:Предприятие – Биллинг водоканала")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        txt(pdf, 14, 10, vfull, 10, "B", "DV")
        txt(pdf, 14, 15.5, vaddr + ", Кыргызская Республика", 7.6, "", "DV")
        txt(pdf, 14, 19.5, f"ИНН {inn} · ОКПО {okpo} · рег. № НДС {rng.randint(100000, 999999)}", 7.6, "", "DV")
        txt(pdf, 14, 23.5, f"р/с {digits(rng, 16)} в {rng.choice(['ОАО «Айыл Банк»', 'ОАО «РСК Банк»', 'ОАО «Оптима Банк»', 'ЗАО «Демир Банк»'])}, БИК {rng.choice(['135001', '129001', '109018', '118005'])}", 7.6, "", "DV")
        txt(pdf, 14, 27.5, f"Абонентский отдел: тел. (0{rng.randint(312, 3922)}) {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}", 7.6, "", "DV")
        title = f"СЧЁТ НА ОПЛАТУ № {no} от {fd(d)}"
        txt(pdf, 0, 36, title, 12, "B", "DV", "C", 210)
        txt(pdf, 0, 42.5, f"за услуги водоснабжения и водоотведения за {period}", 8.5, "", "DV", "C", 210)
        y = 50
        kv = [("Поставщик:", f"{vshort}, ИНН {inn}"), ("Абонент:", bname), ("ИНН абонента:", b_inn), ("Лицевой счёт:", acct), ("Договор:", f"№ {rng.randint(100, 9999)}-Ю от {(d - dt.timedelta(days=rng.randint(200, 2000))).strftime('%d.%m.%Y')}"),
              ("Расчётный период:", f"{per_start.strftime('%d.%m.%Y')} – {per_end.strftime('%d.%m.%Y')}")]
        if po:
            kv.append(("Заказ абонента:", po))
        kv.append(("Оплатить до:", fd(due)) if due else ("Срок оплаты:", "в течение 10 банковских дней"))
        for a, b in kv:
            txt(pdf, 14, y, a, 7.8, "B", "DV")
            txt(pdf, 50, y, b, 7.8, "", "DV")
            y += 4.4
        y += 2
        txt(pdf, 14, y, "Показания приборов учёта", 8, "B", "DV")
        cols = [("Прибор учёта №", 40, "L"), ("Пред. показание", 30, "R"), ("на дату", 22, "C"), ("Тек. показание", 30, "R"), ("на дату", 22, "C"), ("Расход, м³", 24, "R")]
        rows = [[m[0], str(m[1]), per_start.strftime("%d.%m.%Y"), str(m[2]), per_end.strftime("%d.%m.%Y"), str(m[3])] for m in meters]
        rows.append(["Итого расход", "", "", "", "", str(cons)])
        y = table(pdf, 14, y + 5, cols, rows, size=7.2, font="DVC", rowh=5.0, header_fill=(230, 230, 230), line_color=(120, 120, 120))
        y += 5
        cols = [("№", 8, "C"), ("Наименование услуги", 60, "L"), ("Ед.", 12, "C"), ("Кол-во", 18, "R"), ("Тариф, сом", 20, "R"), ("Сумма без НДС", 24, "R"), ("НДС 12 %", 18, "R"), ("Сумма с НДС", 24, "R")]
        rows = [[str(k + 1), it["desc"], it["unit"], qstr(it["qty"]), money(it["price"]), money(it["amount"]), money(it["vat"]), money(it["amount"] + it["vat"])] for k, it in enumerate(items)]
        y0 = y
        y = table(pdf, 14, y, cols, rows, size=7.0, font="DVC", rowh=5.4, header_fill=(230, 230, 230), line_color=(60, 60, 60))
        pdf.rect(14, y0, sum(c[1] for c in cols), y - y0)
        y += 2
        for a, b, bold in (("Итого без НДС:", money(net), False), ("НДС 12 %:", money(tax), False), ("Всего к оплате за период:", money(total), True)):
            txt(pdf, 90, y, a, 8, "B" if bold else "", "DV", "R", 78)
            txt(pdf, 170, y, b, 8, "B" if bold else "", "DV", "R", 28)
            y += 4.8
        y = para(pdf, 14, y + 2, 184, f"Всего к оплате за {period}: {money(total)} сом (KGS), в том числе НДС 12 % – {money(tax)} сом.", 7.6)
        y += 4
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(14, y, 184, 27, "F")
        txt(pdf, 16, y + 2, "Состояние лицевого счёта (справочно)", 7.8, "B", "DV")
        st = [(f"Задолженность на {per_start.strftime('%d.%m.%Y')}", money(debt)), ("Оплачено в расчётном периоде", money(paid)), ("Пеня за просрочку", money(peni)), ("Итого к оплате с учётом задолженности и пени", money(debt - paid + peni + total))]
        yy = y + 7
        for a, b in st:
            txt(pdf, 16, yy, a, 7.4, "", "DV")
            txt(pdf, 150, yy, b, 7.4, "", "DV", "R", 44)
            yy += 4.6
        y += 35
        txt(pdf, 14, y, "Директор ____________________", 8, "", "DV")
        txt(pdf, 110, y, "Главный бухгалтер ____________________", 8, "", "DV")
        txt(pdf, 40, y + 6, "М.П.", 8, "", "DV")
        para(pdf, 14, 278, 184, f"{vshort} · ИНН {inn} · При оплате указывайте номер лицевого счёта. Показания приборов учёта принимаются до 25 числа месяца. Стр. 1 из 1", 6.4, color=(90, 90, 90), h=3.2, align="C")
        pdf.output(path)

    notes = (
        "Kyrgyz water utility's СЧЁТ НА ОПЛАТУ (Russian) with meter readings: vendor = the full legal name at the top (the short form repeats it); vendor tax id = 'ИНН' (14 digits, no public checksum: random); "
        "the ОКПО code, VAT registration number, the subscriber's ИНН, the personal account (лицевой счёт), contract, meter numbers and bank account are decoys. invoice_number = the number in the title "
        "'СЧЁТ НА ОПЛАТУ № …'; invoice_date = the date after 'от' in the title (" + ["dd.mm.yyyy", "'5 марта 2026 г.'", "dd.mm.yyyy", "'dd.mm.yyyy г.'"][i] + "); the billing period and meter reading dates are decoys. "
        + ("due = 'Оплатить до'. " if due else "'в течение 10 банковских дней' is a term: no due date (null). ")
        + (f"PO = 'Заказ абонента' {po}. " if po else "No PO. ")
        + "subtotal = 'Итого без НДС'; tax = 'НДС 12 %'; total = 'Всего к оплате за период'; the account statement below it (debt, payments, penalty, 'Итого к оплате с учётом задолженности и пени') is a decoy. "
        "Currency KGS ('сом', 'KGS'). Amounts '1 234,56'; meter readings and the consumption table are decoys (the consumption is also the water row's quantity). "
        "Line items: every row of the services table (amount = 'Сумма без НДС'; quantity 'Кол-во')."
    )
    t = T(
        vendor_name=vfull, vendor_tax_id=inn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="KGS", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, inn, no, po, vfull, "сом"], render


# =========================================================================== 06 Nicaraguan car rental factura (RUC, mileage, fuel surcharge, IVA 15 %, C$)
NI_V = [
    ("Renta de Autos Pinolero, S.A.", "Km 11 Carretera Norte, frente al Aeropuerto Internacional, Managua", (200, 30, 40)),
    ("Arrendadora Vehicular de Occidente, S.A.", "Costado sur de la Catedral, 2 c. al oeste, León", (20, 90, 160)),
    ("Autos Xolotlán Rent a Car, S.A.", "Calle La Calzada, del Parque Central 3 c. al lago, Granada", (30, 120, 60)),
    ("Movilidad Caribe Rent, S.A.", "Barrio Central, frente a ENITEL, Bilwi, Puerto Cabezas", (120, 60, 150)),
]
NI_B = [
    ("Consultores Agroforestales de Nicaragua, S.A.", "J0310000"), ("Sr. Daniel Whitfield (pasaporte 548120977)", None),
    ("Cooperativa de Servicios Múltiples El Café, R.L.", "J0810000"), ("Asociación Pro Salud Costa Caribe", "J0110000"),
]
NI_CARS = [("Toyota Hilux 4x4 doble cabina", 1900, 2800), ("Hyundai Accent sedán", 1100, 1600), ("Mitsubishi Montero Sport 4x4", 2200, 3200), ("Suzuki Vitara 4x2", 1400, 2000)]


@style("06", "ni_car_rental_mileage_fuel")
def s06(rng, i):
    vname, vaddr, color = NI_V[i]
    bname, bpre = NI_B[i]
    car, lo, hi = NI_CARS[i]
    d = rand_date(rng)
    days = rng.randint(2, 12)
    ret = d - dt.timedelta(days=rng.randint(0, 2))
    out = ret - dt.timedelta(days=days)
    allow = rng.choice([150, 200, 250])
    km_out = rng.randint(12000, 98000)
    driven = allow * days + rng.randint(40, 900)
    km_in = km_out + driven
    excess = driven - allow * days
    fuel_in = rng.randint(2, 6)
    liters = D((8 - fuel_in) * rng.choice([6, 7, 8, 9]))
    items = []

    def add(desc, q, lo_, hi_, step=D("0.50")):
        q = D(q)
        p = exact_price(rng, q, D(lo_), D(hi_), step)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p)})

    add(f"Tarifa diaria – {car} ({allow} km/día incluidos)", days, lo, hi)
    add(f"Kilometraje excedente ({excess} km sobre {allow * days} km incluidos)", excess, 5, 12, D("0.25"))
    add(f"Recargo por combustible – {liters} litros faltantes (salida 8/8, retorno {fuel_in}/8)", liters, 48, 62, D("0.25"))
    add("Cobertura CDW – exención parcial de deducible (días)", days, 320, 700)
    if rng.random() < 0.6:
        add("Conductor adicional (días)", days, 150, 320)
    if rng.random() < 0.5:
        add("Cargo por entrega en aeropuerto (concesión)", 1, 450, 950, D("5"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    ruc = "J0310000" + digits(rng, 6)
    b_ruc = (bpre + digits(rng, 6)) if bpre else None
    serie = rng.choice(["A", "B", "C"])
    no = f"{rng.randint(1, 99999):07d}" if i != 2 else f"{serie}-{rng.randint(1, 99999):06d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    po = [f"OC-{rng.randint(1000, 9999)}", None, f"OC/{d.year}/{rng.randint(100, 999)}", None][i]
    tc = D(rng.randint(365800, 368200)) / 10000
    ib = iban("NI", rng.choice(["BAPR", "BCEN", "LAFI", "BAMC"]) + digits(rng, 20))
    money = lambda x: en(x)  # noqa: E731
    contract = f"RA-{rng.randint(100000, 999999)}"

    def render(path):
        pdf = new_fpdf(creator="RentPro Fleet Manager 7")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 26, "F")
        txt(pdf, 12, 7, vname, 14, "B", "DV", color=(255, 255, 255))
        txt(pdf, 12, 15, vaddr, 7.6, "", "DV", color=(255, 255, 255))
        txt(pdf, 12, 19.5, f"RUC: {ruc} · Tel. (505) 2{digits(rng, 3)}-{digits(rng, 4)} · reservas@{vname.split()[2 if i != 1 else 1].lower().strip(',')}.com.ni", 7.6, "", "DV", color=(255, 255, 255))
        pdf.set_draw_color(*color)
        pdf.rect(138, 30, 60, 22)
        txt(pdf, 140, 32, "FACTURA", 12, "B", "DV", color=color)
        txt(pdf, 140, 38.5, "N°", 8, "", "DV")
        txt(pdf, 152, 38.5, no, 9, "B", "DV")
        if i != 2:
            txt(pdf, 140, 43, f"Serie {serie}", 7.4, "", "DV")
        txt(pdf, 140, 47, f"Fecha: {fd(d)}", 7.8, "", "DV")
        y = 31
        cl = [("Cliente:", bname), ("RUC:" if b_ruc else "Documento:", b_ruc if b_ruc else "Pasaporte (turista)"), ("Contrato de renta:", contract), ("Vehículo:", f"{car}, placa {rng.choice(['M', 'LE', 'GR', 'RN'])} {rng.randint(100, 999)}-{rng.randint(100, 999)}")]
        if po:
            cl.append(("Orden de compra:", po))
        cl.append(("Fecha de vencimiento:", fd(due)) if due else ("Condición de pago:", "Contado" if i == 1 else "Crédito 30 días"))
        for a, b in cl:
            txt(pdf, 12, y, a, 7.8, "B", "DV")
            txt(pdf, 50, y, b, 7.8, "", "DV")
            y += 4.5
        y = max(y, 56) + 2
        pdf.set_fill_color(244, 244, 244)
        pdf.rect(12, y, 186, 16, "F")
        grid = [("Salida", f"{out.strftime('%d/%m/%Y')} {rng.randint(7, 11)}:{rng.choice(['00', '15', '30', '45'])}"), ("Retorno", f"{ret.strftime('%d/%m/%Y')} {rng.randint(12, 18)}:{rng.choice(['00', '15', '30', '45'])}"),
                ("Km salida", en(km_out, 0)), ("Km retorno", en(km_in, 0)), ("Km recorridos", en(driven, 0)), ("Combustible", f"8/8 → {fuel_in}/8")]
        for k, (a, b) in enumerate(grid):
            x = 14 + k * 31
            txt(pdf, x, y + 2.5, a, 6.8, "", "DV", color=(90, 90, 90))
            txt(pdf, x, y + 8, b, 7.6, "B", "DV")
        y += 21
        cols = [("Descripción", 104, "L"), ("Cantidad", 20, "R"), ("Precio unit. C$", 30, "R"), ("Importe C$", 32, "R")]
        rows = [[it["desc"], qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 12, y, cols, rows, size=7.4, font="DV", rowh=6.0, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 3
        for a, b, bold in (("Subtotal", money(net), False), ("IVA 15 %", money(tax), False), ("TOTAL C$", money(total), True)):
            txt(pdf, 120, y, a, 8.4, "B" if bold else "", "DV")
            txt(pdf, 160, y, b, 8.4, "B" if bold else "", "DV", "R", 36)
            y += 5.4
        txt(pdf, 120, y, f"Equivalente US$ {money(q2(total / tc))} (T/C BCN {tc})", 6.8, "", "DV", color=(90, 90, 90))
        y += 6
        y = para(pdf, 12, y, 186, f"Son: {es_words(int(total)).capitalize()} córdobas con {int((total % 1) * 100):02d}/100.", 7.6, "I")
        y += 3
        y = para(pdf, 12, y, 186, f"Depósito en garantía: preautorización en tarjeta VISA **** {digits(rng, 4)} por US$ {rng.choice(['300.00', '500.00', '750.00'])} (se libera al cierre del contrato; no forma parte de esta factura).", 7.2)
        y = para(pdf, 12, y + 2, 186, f"Transferencias: {rng.choice(['BANPRO', 'BAC Credomatic', 'LAFISE Bancentro', 'Banco Avanz'])} – IBAN {iban_fmt(ib)} – a nombre de {vname}", 7.2)
        para(pdf, 12, 272, 186, f"Impreso por Litografía e Imprenta San Jerónimo, RUC J0310000{digits(rng, 6)} · Autorización DGI ASFC 01/{rng.randint(1000, 9999)}/{rng.randint(1, 12):02d}/{d.year - 1}/{rng.randint(1, 9)} · "
             f"Numeración del {rng.randint(1, 5) * 1000 + 1:07d} al {rng.randint(6, 9) * 10000:07d} · Original: Cliente", 6.3, color=(90, 90, 90), h=3.2, align="C")
        pdf.output(path)

    notes = (
        "Nicaraguan car rental FACTURA: vendor = the legal name in the coloured band; vendor tax id = 'RUC' (J + 13 digits, no public checksum: random); "
        + ("the client's RUC, " if b_ruc else "the client's passport, ")
        + "the rental contract, plate, odometer readings, the printer's RUC and DGI authorisation and the IBAN are decoys. invoice_number = 'N°' in the FACTURA box"
        + (" (the serie letter printed below it is not part of it)" if i != 2 else " (printed with its series letter)") + "; invoice_date = 'Fecha' ("
        + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the pick-up and return dates are decoys. "
        + ("due = 'Fecha de vencimiento'. " if due else f"'{'Contado' if i == 1 else 'Crédito 30 días'}' is a term: no due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = 'IVA 15 %'; total = 'TOTAL C$'; the US$ equivalent and the card deposit are decoys. Currency NIO ('C$', córdobas). Amounts '1,234.56'; the amount in words repeats the total. "
        "Line items: every row (amount = 'Importe C$'; quantity 'Cantidad': days, km, litres, 1)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ruc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="NIO", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, ruc, no, po, vname, "C$"], render
