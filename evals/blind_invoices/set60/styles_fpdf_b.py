"""fpdf2 styles for set 60, second part (09 Mahdia FACTURE in French laid out as a utility bill: each LABEL ENDS a line
of text and its value stands alone on the NEXT line, a consumption table (meter indexes on the marina's), the TOTALS at
the LEFT, TVA 19 % / 7 %, the timbre fiscal, dinars to the millime and the total in French words; 10 Zhytomyr РАХУНОК НА
ОПЛАТУ in Ukrainian converted from a commercial offer, a fully ruled table with a № column, ПДВ 20 %, an advance
deducted on two and the total in Ukrainian words)."""

# ruff: noqa: E501, C901

import datetime as dt
import textwrap
from decimal import Decimal as D

from common import long_date, rand_iban, tn_rib, uah_words
from invoice_kit import digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, fr_date, frame, para, po_note, qr_fpdf, truth, wrap
from kit_words import fr_words
from stdnum.tn import mf
from stdnum.ua import edrpou

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Mahdia (TVA 19/7, TND, timbre fiscal), labels ending a line, totals at the left
MH_V = [
    ("Société de Gestion du Port de Plaisance de Mahdia", "SGPPM", "Port de pêche et de plaisance, 5100 Mahdia", (3, 105, 161), "marina"),
    ("Glacière du Sahel Mahdia SARL", "GSM", "Zone industrielle Hiboun, 5111 Mahdia", (14, 116, 144), "ice"),
    ("Frigo Cap Afrique SA", "FCA", "Route de Sousse km 3, 5100 Mahdia", (30, 64, 175), "cold"),
    ("Huilerie Moderne du Sahel", "HMS", "Route d'El Jem km 4, 5100 Mahdia", (101, 84, 25), "oil"),
]
MH_B = [("M. Karim Ben Salah – voilier « Salammbô »", "Ponton C, anneau 27, Port de Mahdia"), ("Armement Ennasr SARL", "Port de pêche, 5100 Mahdia"),
        ("Société Poissons du Sahel SA", "Zone industrielle, 5070 Ksour Essef"), ("Société Agricole Oued Chiba", "Route de Chorbane, 5130 Mahdia")]
MH_ROWS = {  # (desc, unit, qlo, qhi, prices, rate); every amount whole dinars
    "marina": [("Redevance d'amarrage, unité 12 m", "jour", 10, 31, ["12.000", "14.500", "18.000"], 19), ("Eau potable (compteur)", "m³", 2, 40, ["1.250", "2.500", "0.750"], 19)],
    "ice": [("Glace en écailles, livrée à quai", "tonne", 2, 40, ["45.000", "52.000", "60.000"], 19), ("Glace en blocs 25 kg", "bloc", 20, 400, ["2.500", "3.250", "1.750"], 19),
            ("Location caisses isothermes", "caisse", 4, 60, ["1.500", "2.250"], 19), ("Transport frigorifique", "voyage", 1, 6, ["85.000", "120.000"], 19)],
    "cold": [("Stockage en chambre froide négative, palette-jour", "palette-jour", 40, 900, ["0.750", "1.250", "1.500"], 19), ("Manutention entrée / sortie", "palette", 8, 120, ["4.000", "5.500"], 19),
             ("Surgélation en tunnel", "tonne", 1, 30, ["95.000", "110.000"], 19), ("Étiquetage et filmage", "palette", 8, 120, ["2.500", "3.000"], 19)],
    "oil": [("Trituration d'olives (chaîne continue)", "kg", 1000, 20000, ["0.120", "0.150", "0.180"], 7), ("Stockage d'huile en cuve inox", "litre-mois", 500, 8000, ["0.040", "0.050"], 7),
            ("Mise en bouteille 1 l", "bouteille", 100, 2000, ["0.350", "0.400"], 19), ("Analyse d'acidité et de peroxyde", "analyse", 1, 6, ["25.000", "35.000"], 19)],
}


def _whole_qty(rng, qlo, qhi, p):
    """A quantity between qlo and qhi (rounded up to a step) whose amount at price p is whole dinars."""
    step = 1
    while (p * step) != int(p * step):
        step += 1
    q = D(rng.randint(qlo, qhi))
    return (q + step - 1) // step * step if q % step else q


@style("09", "tn_mah_mahdia_facture_tva_19_7_utility_label_eol_totals_left_timbre_words")
def s09(rng, i):
    vname, pre, vaddr, color, kind = MH_V[i]
    bname, baddr = MH_B[i]
    d = rand_date(rng)
    items = []
    if kind == "marina":
        for desc, unit, qlo, qhi, prices, rate in MH_ROWS["marina"]:
            p = D(rng.choice(prices))
            items.append({"desc": desc, "unit": unit, "qty": _whole_qty(rng, qlo, qhi, p), "price": p, "rate": rate})
        p = D("0.250")
        old = rng.randint(10000, 60000)
        kwh = _whole_qty(rng, 80, 900, p)
        items.insert(1, {"desc": "Électricité (compteur borne C27)", "unit": "kWh", "qty": kwh, "price": p, "rate": 19, "idx": (old, old + int(kwh))})
    else:
        for desc, unit, qlo, qhi, prices, rate in rng.sample(MH_ROWS[kind], 3):
            p = D(rng.choice(prices))
            items.append({"desc": desc, "unit": unit, "qty": _whole_qty(rng, qlo, qhi, p), "price": p, "rate": rate})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    bases = {}
    for x in items:
        bases[x["rate"]] = bases.get(x["rate"], D(0)) + x["amount"]
    taxes = {r: q2(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values())
    tax = sum(taxes.values())
    timbre = D("1.000")
    total = net + tax + timbre
    vid = valid(rng, lambda: digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "/A/M/000", mf.is_valid)
    bmf = valid(rng, lambda: digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "/" + rng.choice("APB") + "/M/000", mf.is_valid)
    no = [f"{pre}/{d.year}/{rng.randint(100, 9999):05d}", f"FA{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}", f"F-{d.year}-{rng.randint(10, 999):04d}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: fr_date(x), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 2) else None
    po = [None, f"BC n° {rng.randint(100, 999)}/{d.year}", f"CMD-{rng.randint(1000, 9999)}", None][i]
    p2 = d - dt.timedelta(days=rng.randint(1, 4))
    p1 = p2 - dt.timedelta(days=rng.choice([29, 30, 14]))
    client = f"{pre}-{rng.randint(1000, 9999)}"
    rib = tn_rib(rng, rng.choice(["08", "10", "25"]))
    f3 = lambda x: sp(x, 3)  # noqa: E731
    dinars, millimes = int(total), int((total - int(total)) * 1000)
    words = f"{fr_words(dinars)} dinars et {millimes} millimes"
    words = words[0].upper() + words[1:]

    def render(path):
        pdf = new_fpdf(creator="Sage 100 Tunisie")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 26, "F")
        txt(pdf, 12, 6, vname, 13, "B", color=(255, 255, 255))
        txt(pdf, 12, 13, vaddr + " · Tél. 73 " + digits(rng, 3) + " " + digits(rng, 3), 8, color=(230, 240, 250))
        txt(pdf, 12, 17.5, f"Matricule fiscal : {vid}   ·   RC : B{digits(rng, 8, True)}   ·   Code en douane : {digits(rng, 6, True)}", 8, color=(230, 240, 250))
        txt(pdf, 150, 6, "FACTURE", 16, "B", w=48, align="R", color=(255, 255, 255))
        # left: text lines, each ending with a label whose value is on the next line
        y = 33
        blocks = [
            ("La présente facture de prestations est établie à votre nom sous le numéro ci-dessous. Facture N°", no),
            ("Elle est datée à Mahdia du jour indiqué ci-après, qui fait foi pour le calcul des délais. Date de facturation", fd(d)),
            ("Elle couvre les prestations et consommations relevées sur la période suivante. Période", f"du {fd(p1)} au {fd(p2)}"),
            ("Merci de rappeler votre référence d'abonné pour toute correspondance. Référence client", client),
        ]
        if po:
            blocks.append(("Ces prestations ont été exécutées conformément à votre commande. Votre commande", po))
        if due:
            blocks.append(("Le règlement doit nous parvenir au plus tard le jour suivant. Date limite de paiement", fd(due)))
        else:
            blocks.append(("Conditions de règlement convenues entre les parties. Règlement", "comptant, à réception de la facture"))
        for text, val in blocks:
            head, lab = text.rsplit(". ", 1)
            for ln in textwrap.wrap(head + ". " + lab.replace(" ", "\x00"), 74):
                txt(pdf, 12, y, ln.replace("\x00", " "), 7.8, color=(60, 60, 60))
                y += 3.7
            txt(pdf, 12, y + 0.4, val, 9.4, "B")
            y += 6.6
        # right: customer box
        pdf.set_draw_color(*color)
        pdf.rect(130, 33, 68, 34)
        txt(pdf, 133, 35, "Client", 7.4, color=(100, 100, 100))
        para(pdf, 133, 39.5, 63, bname, 8.6, "B", h=4)
        para(pdf, 133, 48.5, 63, baddr, 7.8, h=3.6)
        txt(pdf, 133, 60, f"MF client : {bmf}", 7.8)
        y = max(y, 72) + 2
        cols = [("Désignation", 62, "L"), ("Unité", 22, "L"), ("Quantité", 20, "R"), ("P.U. HT", 20, "R"), ("TVA", 12, "R"), ("Montant HT", 26, "R")]
        if kind == "marina":
            e = items[1]
            txt(pdf, 12, y, f"Relevé du compteur électrique : ancien index {e['idx'][0]} · nouvel index {e['idx'][1]} · consommation {e['qty']} kWh", 8, "I")
            y += 5.5
        rows = [[wrap(x["desc"], 38), x["unit"], qstr(x["qty"]), f3(x["price"]), f"{x['rate']}%", f3(x["amount"])] for x in items]
        y0 = y
        y = table(pdf, 12, y, cols, rows, size=7.8, rowh=6, header_fill=(235, 240, 245), line_color=(170, 170, 170))
        frame(pdf, 12, y0, y, cols, color=(170, 170, 170))
        # totals at the left
        y += 6
        pdf.set_fill_color(245, 247, 250)
        rows_t = [("Total HT", f3(net))] + [(f"TVA {r}%", f3(taxes[r])) for r in sorted(taxes, reverse=True)] + [("Timbre fiscal", f3(timbre))]
        hbox = 3 + 5.2 * len(rows_t) + 10
        pdf.rect(12, y, 92, hbox, "FD")
        yy = y + 3
        for lab, v in rows_t:
            txt(pdf, 15, yy, lab, 8.6)
            txt(pdf, 60, yy, v + " DT", 8.6, w=41, align="R")
            yy += 5.2
        pdf.set_fill_color(*color)
        pdf.rect(12, yy + 1, 92, 8, "F")
        txt(pdf, 15, yy + 3, "Net à payer TTC", 9.6, "B", color=(255, 255, 255))
        txt(pdf, 60, yy + 3, f3(total) + " DT", 9.6, "B", w=41, align="R", color=(255, 255, 255))
        if len(taxes) > 1:
            txt(pdf, 112, y + 2, f"Total TVA : {f3(tax)} DT", 8.6, "B")
        pdf.rect(112, y + (8 if len(taxes) > 1 else 0), 86, 24)
        txt(pdf, 115, y + (10 if len(taxes) > 1 else 2), "Cachet et signature", 7.4, color=(110, 110, 110))
        qr_fpdf(pdf, rng, 176, y + 30 + (8 if len(taxes) > 1 else 0), 20)
        y = y + hbox + 6
        y = para(pdf, 12, y, 150, f"Arrêtée la présente facture à la somme de : {words}.", 8.4, "B", h=4.2)
        para(pdf, 12, y + 2, 150, f"Règlement par virement au RIB {rib} ({rng.choice(['Banque de Tunisie', 'BIAT agence Mahdia', 'STB agence Mahdia'])}) ou par chèque à l'ordre de {vname}.", 7.6, h=3.8, color=(70, 70, 70))
        txt(pdf, 12, 285, "Page 1/1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Mahdia (Tunisia) FACTURE in French laid out like a utility bill: on the left each fact's LABEL ENDS a line of running text ('... sous le numéro ci-dessous. Facture N°') and its value stands alone on the NEXT line; a ruled consumption table"
        + (" with the electricity meter's old and new index (decoys)" if kind == "marina" else "")
        + "; the TOTALS in a box at the LEFT; TVA " + " / ".join(f"{r} %" for r in sorted(taxes, reverse=True)) + "; the TIMBRE FISCAL 1,000 DT between the tax and the total; dinars to the millime '1 234,560'. "
        "vendor = the name in the band; vendor_tax_id = 'Matricule fiscal' (the RC, the customs code, the client's MF, the client reference and the RIB are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date de facturation' (the period's dates are decoys). "
        + due_note(due, "comptant, à réception de la facture", "Date limite de paiement")
        + po_note(po, "Votre commande")
        + "subtotal = 'Total HT'; tax = " + ("'Total TVA' (the sum of the TVA rows)" if len(taxes) > 1 else "'TVA 19%'") + "; total = 'Net à payer TTC' (HT + TVA + timbre fiscal 1,000). Currency TND ('DT'). The total in French words after 'Arrêtée la présente facture à la somme de'. Line items: every row, HT."
    )
    t = truth(vname, vid, no, po, d, due, "TND", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bmf, client, words, fd(due) if due else None, "Net à payer TTC"], "total_adjustment": "1.00"}
    return t, chk, render


# =========================================================================== 10 Zhytomyr (ПДВ 20 %, UAH), invoice converted from a commercial offer, fully ruled, advance
ZH_V = [
    ("ТОВ «Тетерів-Буд»", "вул. Вітрука, 9, м. Житомир, 10025", "Будівельні матеріали"),
    ("ТОВ «Поліська меблева фабрика»", "вул. Покровська, 146, м. Житомир, 10031", "Меблі для офісів і закладів освіти"),
    ("ПП «Житомир-Агросервіс»", "Бердичівське шосе, 22, м. Житомир, 10004", "Запчастини до сільгосптехніки"),
    ("ТОВ «Смарт Лінк Житомир»", "вул. Київська, 77, оф. 12, м. Житомир, 10003", "Мережі, відеоспостереження, монтаж"),
]
ZH_B = ["ТОВ «Бердичівський пивзавод»", "Житомирський ліцей № 25 Житомирської міської ради", "СФГ «Поліські лани»", "ТОВ «Коростенський щебзавод»"]
ZH_ROWS = [
    [("Цегла керамічна рядова М-150", "шт", 1000, 12000, "6.80", "9.40"), ("Цемент ПЦ II/Б-Ш-400, мішок 25 кг", "мішок", 20, 400, "118.00", "156.00"), ("Газоблок 600×300×200", "шт", 100, 1500, "52.00", "71.00"),
     ("Арматура А500С Ø12, 11,7 м", "шт", 20, 300, "310.00", "420.00"), ("Доставка маніпулятором", "рейс", 1, 3, "1800.00", "3500.00")],
    [("Стіл учнівський двомісний, регульований", "шт", 5, 60, "2450.00", "3900.00"), ("Стілець учнівський", "шт", 10, 120, "780.00", "1350.00"), ("Шафа для документів 800×400×1800", "шт", 1, 12, "5200.00", "8400.00"),
     ("Дошка магнітно-маркерна 120×200", "шт", 1, 10, "3100.00", "4700.00"), ("Складання та встановлення", "послуга", 1, 1, "1500.00", "6000.00")],
    [("Ніж ротаційної косарки Z-169", "шт", 6, 60, "145.00", "260.00"), ("Підшипник 180205 (6205-2RS)", "шт", 10, 100, "95.00", "180.00"), ("Ремінь клиновий B-2240", "шт", 2, 30, "320.00", "560.00"),
     ("Фільтр масляний двигуна ЯМЗ", "шт", 4, 40, "210.00", "390.00"), ("Палець ланцюга жатки", "шт", 20, 200, "38.00", "75.00")],
    [("IP-камера 4 Мп купольна", "шт", 2, 24, "2650.00", "4200.00"), ("Відеореєстратор 16-канальний", "шт", 1, 2, "7800.00", "12500.00"), ("Кабель вита пара UTP cat.5e, бухта 305 м", "бухта", 1, 6, "3400.00", "5200.00"),
     ("Комутатор PoE 16 портів", "шт", 1, 3, "6100.00", "9800.00"), ("Монтажні та пусконалагоджувальні роботи", "послуга", 1, 1, "4000.00", "18000.00")],
]


@style("10", "ua_zht_zhytomyr_rakhunok_pdv_20_ruled_from_offer_advance_words")
def s10(rng, i):
    vname, vaddr, trade = ZH_V[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(ZH_ROWS[i], [4, 5, 5, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = D("0.10") * rng.randint(int(D(lo) * 10), int(D(hi) * 10))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    adv = q2(total * D(rng.choice([30, 40, 50])) / 100) if i in (0, 3) else None
    code = valid(rng, lambda: "4" + digits(rng, 7), edrpou.is_valid)
    vid = code[:7] + "06" + digits(rng, 2) + digits(rng, 1)
    bcode = valid(rng, lambda: rng.choice("234") + digits(rng, 7), edrpou.is_valid)
    bipn = bcode[:7] + "06" + digits(rng, 3)
    no = [str(rng.randint(100, 999)), f"СФ-{rng.randint(1, 9999):07d}", f"{rng.randint(10, 499)}/{d.strftime('%m')}", f"ЖТ-{rng.randint(1000, 9999)}"][i]
    due = d + dt.timedelta(days=rng.choice([3, 5, 7, 10])) if i in (1, 2) else None
    po = [None, f"ЗП-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}", f"ЗМ-{d.year}-{rng.randint(10, 99)}"][i]
    offer = f"КП-{rng.randint(10, 499)}"
    offd = d - dt.timedelta(days=rng.randint(5, 30))
    contract = f"{rng.randint(1, 99)}/{d.year % 100}-П"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    ib = rand_iban(rng, "UA", 25, "305299")
    words = uah_words(total)

    def render(path):
        pdf = new_fpdf(creator="BAS Бухгалтерія")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        txt(pdf, 12, 8, "Зразок заповнення платіжної інструкції", 7.6, "I", color=(80, 80, 80))
        # payee box: a ruled grid as on a payment order
        g = [("Отримувач", vname, 120), ("Код за ЄДРПОУ", code, 66), ("Банк отримувача", "АТ КБ «ПриватБанк»", 120), ("IBAN", ib, 66)]
        x, y = 12, 12
        for k, (lab, val, w) in enumerate(g):
            xx = x if k % 2 == 0 else x + 120
            yy = y + (k // 2) * 11
            pdf.rect(xx, yy, w, 11)
            txt(pdf, xx + 1.5, yy + 1, lab, 6.8, color=(90, 90, 90))
            txt(pdf, xx + 1.5, yy + 5, val, 8.6 if lab != "IBAN" else 7.6, "B")
        y = 40
        title = f"Рахунок на оплату № {no} від {long_date(d, 'uk')}"
        txt(pdf, 12, y, title, 13, "B", w=186, align="C")
        pdf.set_line_width(0.7)
        pdf.line(12, y + 8, 198, y + 8)
        pdf.set_line_width(0.2)
        y += 12
        rows_h = [
            ("Постачальник:", f"{vname}, {trade.lower()}\nЄДРПОУ {code}, ІПН {vid}, {vaddr}\nтел. (0412) {rng.randint(40, 49)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, є платником податку на прибуток на загальних умовах"),
            ("Покупець:", f"{ZH_B[i]}\nЄДРПОУ {bcode}, ІПН {bipn}"),
            ("Договір:", f"№ {contract} від {fd(d - dt.timedelta(days=rng.randint(40, 300)))}"),
            ("Підстава:", f"комерційна пропозиція № {offer} від {fd(offd)}" + (f"; замовлення покупця № {po}" if po else "")),
        ]
        for lab, val in rows_h:
            txt(pdf, 12, y, lab, 8.4, color=(60, 60, 60))
            for m, ln in enumerate(val.split("\n")):
                txt(pdf, 40, y + m * 4, ln, 8.4, "B" if m == 0 else "")
            y += 4 * len(val.split("\n")) + 2
        y += 2
        cols = [("№", 9, "C"), ("Товари (роботи, послуги)", 85, "L"), ("Кіл-сть", 18, "R"), ("Од.", 16, "C"), ("Ціна без ПДВ", 28, "R"), ("Сума без ПДВ", 30, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 50), qstr(x["qty"]), x["unit"], sp(x["price"]), sp(x["amount"])] for k, x in enumerate(items)]
        y0 = y
        y = table(pdf, 12, y, cols, rows, size=8, rowh=6, header_fill=(238, 238, 238), line_color=(0, 0, 0))
        frame(pdf, 12, y0, y, cols, color=(0, 0, 0))
        y += 3
        tot = [("Разом:", sp(net), ""), ("Сума ПДВ:", sp(tax), ""), ("Всього із ПДВ:", sp(total), "B")]
        if adv:
            tot += [(f"Аванс, отриманий за рахунком № {rng.randint(10, 99)}:", f"-{sp(adv)}", ""), ("До сплати:", sp(total - adv), "B")]
        for lab, v, b in tot:
            txt(pdf, 80, y, lab, 8.8, b, w=86, align="R")
            txt(pdf, 166, y, v, 8.8, b, w=32, align="R")
            y += 5
        y += 2
        txt(pdf, 12, y, f"Всього найменувань {len(items)}, на суму {sp(total)} грн.", 8.6)
        y = para(pdf, 12, y + 5, 186, words, 8.8, "B", h=4.4)
        txt(pdf, 12, y + 1, f"У т.ч. ПДВ: {sp(tax)} грн.", 8.6)
        y += 8
        if due:
            txt(pdf, 12, y, f"Оплатити до: {fd(due)}", 9, "B")
            y += 5.5
        else:
            txt(pdf, 12, y, "Рахунок дійсний протягом п'яти банківських днів.", 8.4)
            y += 5.5
        txt(pdf, 12, y, "Ціни зафіксовано відповідно до комерційної пропозиції. Товар відвантажується після оплати.", 7.8, color=(80, 80, 80))
        pdf.set_line_width(0.7)
        pdf.line(12, y + 6, 198, y + 6)
        pdf.set_line_width(0.2)
        txt(pdf, 110, y + 12, f"Виписав(ла): ________________  {rng.choice(['Олена Коваль', 'Ігор Мельник', 'Наталія Бондар'])}", 8.4)
        txt(pdf, 12, 285, "Сторінка 1 з 1", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Zhytomyr (Ukraine) РАХУНОК НА ОПЛАТУ in Ukrainian converted from a COMMERCIAL OFFER ('Підстава: комерційна пропозиція № …', a decoy number and date), under a payee box like a payment order's; the number and date in the TITLE line ('Рахунок на оплату № … від …'); "
        "a FULLY RULED table with a № column; ПДВ 20 %; '1 234,56' грн. vendor = 'Постачальник' (also 'Отримувач'); vendor_tax_id = 'ІПН' (the 12-digit VAT payer number; the ЄДРПОУ code, the buyer's ЄДРПОУ and ІПН, the contract and the IBAN are decoys). "
        "invoice_number = after 'Рахунок на оплату №'; invoice_date = after 'від' in the title (the contract's and the offer's dates are decoys). "
        + due_note(due, "Рахунок дійсний протягом п'яти банківських днів", "Оплатити до")
        + po_note(po, "замовлення покупця №")
        + "subtotal = 'Разом'; tax = 'Сума ПДВ' (= 'У т.ч. ПДВ'); total = 'Всього із ПДВ' (= 'на суму … грн.' and the words)."
        + (" An ADVANCE is deducted below the total; 'До сплати' is a decoy." if adv else "")
        + " Currency UAH (грн). Line items: every row, without ПДВ."
    )
    t = truth(vname, vid, no, po, d, due, "UAH", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "uk"), no, vname, vid, code, bcode, offer, words, fd(due) if due else None, sp(total - adv) if adv else None]}
    return t, chk, render
