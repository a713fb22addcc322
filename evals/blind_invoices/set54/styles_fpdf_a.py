"""fpdf2 styles for set 54, first part (06 Szczecin FAKTURA in Polish on a FULLY RULED grid, VAT 23 / 8 / 5 %, złoty
'1 234,56 zł', one document over TWO PAGES; 07 Stara Zagora ФАКТУРА in Bulgarian on a LANDSCAPE page, labels BESIDE the
values, ДДС 20 % and 9 %, leva in 2025 and euro from 2026 with the other currency's counter-value at 1,95583; 08 Sétif
FACTURE in French, TVA 19 % and 9 %, dinars, a REMISE on two, the TOTALS at the LEFT and the
total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth
from kit_words import fr_words
from stdnum.bg import vat as bgvat
from stdnum.dz import nif as dznif
from stdnum.pl import nip, regon

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Szczecin (VAT 23/8/5, PLN), fully ruled, two pages
SZ_V = [
    ("Stocznia Remontowa Odra Serwis Sp. z o.o.", "ul. Ludowa 13, 71-700 Szczecin", (30, 58, 138)),
    ("Piekarnia Pogodno s.c.", "ul. Kasprowicza 21, 71-220 Szczecin", (146, 64, 14)),
    ("Pomorskie Hurtownie Budowlane S.A.", "ul. Gdańska 34, 70-660 Szczecin", (55, 65, 81)),
    ("Wały Chrobrego Eventy Sp. z o.o.", "ul. Wały Chrobrego 1, 70-500 Szczecin", (21, 128, 61)),
]
SZ_B = ["Port Morski Szczecin-Świnoujście S.A.", "Hotel Radisson Szczecin Sp. z o.o.", "Budimex Oddział Szczecin", "Uniwersytet Szczeciński"]
SZ_ROWS = [
    ("Spawanie konstrukcji stalowej, rbh", "godz.", 4, 80, 95, 160, 23), ("Piaskowanie kadłuba", "m2", 20, 400, 35, 80, 23), ("Blacha stalowa S355 8 mm", "kg", 100, 2000, 6, 12, 23),
    ("Chleb żytni 700 g", "szt.", 20, 300, 6, 11, 5), ("Bułka kajzerka", "szt.", 100, 1000, 1, 2, 5), ("Pączek z różą", "szt.", 20, 300, 3, 6, 5),
    ("Cement CEM II 25 kg", "wor.", 20, 400, 18, 29, 23), ("Pustak ceramiczny P+W 25", "szt.", 100, 2000, 6, 11, 23), ("Stal zbrojeniowa fi 12", "kg", 200, 4000, 3, 6, 23),
    ("Wynajem sceny mobilnej, dzień", "dzień", 1, 3, 3500, 9000, 23), ("Catering – bufet, osoba", "os.", 20, 300, 65, 140, 8), ("Obsługa techniczna, godz.", "godz.", 4, 40, 120, 220, 23),
    ("Transport HDS", "kurs", 1, 4, 350, 900, 23), ("Wełna mineralna 10 cm, paczka", "op.", 10, 200, 85, 160, 23), ("Klej do styropianu 25 kg", "wor.", 10, 200, 29, 49, 23),
    ("Folia paroizolacyjna, rolka", "rol.", 2, 40, 120, 260, 23), ("Płyta OSB 18 mm", "szt.", 10, 200, 75, 130, 23), ("Gwoździe budowlane 4 kg", "op.", 2, 40, 45, 85, 23),
    ("Pustak wentylacyjny", "szt.", 5, 60, 25, 45, 23), ("Papa termozgrzewalna", "rol.", 5, 80, 140, 260, 23), ("Rynna PCV 4 m", "szt.", 5, 60, 35, 75, 23),
]


@style("06", "pl_szc_szczecin_faktura_vat_23_8_5_ruled_two_pages")
def s06(rng, i):
    vname, vaddr, color = SZ_V[i]
    d = rand_date(rng)
    pool = SZ_ROWS[6:9] + SZ_ROWS[12:] if i == 2 else SZ_ROWS[i * 3 : i * 3 + 3] + ([SZ_ROWS[12]] if i == 0 else [])
    items = lines(rng, pool, [4, 3, 15, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    n = valid(rng, lambda: "85" + digits(rng, 8), nip.is_valid)
    bn = valid(rng, lambda: rng.choice(["85", "95", "52"]) + digits(rng, 8), nip.is_valid)
    vid = [n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", f"PL{n}", n][i]
    breg = valid(rng, lambda: "81" + digits(rng, 7), regon.is_valid)
    no = [f"FV/{rng.randint(1, 999)}/{d.month:02d}/{d.year}", f"{rng.randint(1, 300)}/{d.year}", f"FS {rng.randint(1000, 9999)}/{d.strftime('%y')}", f"FV-{d.year}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "pl")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(4500000000, 4599999999)}", None][i]
    sale = d - dt.timedelta(days=rng.randint(0, 10))
    two = i == 2
    ib = rand_iban(rng, "PL", 24, "1020")
    zl = lambda x: sp(x) + " zł"  # noqa: E731

    def head(pdf, page, pages):
        pdf.set_draw_color(0, 0, 0)
        txt(pdf, 15, 12, vname, 12, "B", color=color)
        txt(pdf, 15, 18, vaddr, 8.4)
        txt(pdf, 195 - 60, 280, f"Strona {page} z {pages}", 7.5, w=60, align="R", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="inFakt")
        pages = 2 if two else 1
        pdf.add_page()
        head(pdf, 1, pages)
        pdf.set_line_width(0.25)
        pdf.rect(120, 10, 75, 18)
        txt(pdf, 122, 11.5, "Faktura VAT nr", 8, color=(90, 90, 90))
        txt(pdf, 122, 16.5, no, 12, "B")
        txt(pdf, 122, 23, "ORYGINAŁ", 7.5, color=(90, 90, 90))
        boxes = [("Data wystawienia", fd(d)), ("Data sprzedaży", fd(sale)), ("Termin płatności", fd(due) if due else "zapłacono"), ("Sposób płatności", "przelew" if due else "gotówka")]
        x0 = 15
        for lab, v in boxes:
            pdf.rect(x0, 32, 45, 12)
            txt(pdf, x0 + 2, 33.5, lab, 7.2, color=(90, 90, 90))
            txt(pdf, x0 + 2, 38.3, v, 9, "B")
            x0 += 45
        for x0, head_, name, lines_ in ((15, "Sprzedawca", vname, [vaddr, f"NIP: {vid}", f"BDO: {digits(rng, 9, True)}", f"Nr konta: {group4(ib)}"]),
                                        (105, "Nabywca", SZ_B[i], ["Szczecin, Polska", f"NIP: {bn}", f"REGON: {breg}"] + ([f"Zamówienie nr: {po}"] if po else []))):
            pdf.rect(x0, 48, 90, 32)
            txt(pdf, x0 + 2, 49.5, head_, 7.2, color=(90, 90, 90))
            txt(pdf, x0 + 2, 54, name, 8.8, "B")
            para(pdf, x0 + 2, 59, 86, "\n".join(lines_), 7.8, h=4)
        cols = [("Lp.", 9, "R"), ("Nazwa towaru lub usługi", 61, "L"), ("J.m.", 13, "L"), ("Ilość", 15, "R"), ("Cena netto", 22, "R"), ("Wartość netto", 25, "R"), ("VAT", 12, "R"), ("Kwota VAT", 23, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), sp(x["amount"]), f"{x['rate']}%", sp(q2(x["amount"] * x["rate"] / 100))] for k, x in enumerate(items)]
        first = rows[:10] if two else rows
        y0 = 86
        y = table(pdf, 15, y0, cols, first, size=7.8, rowh=6, header_fill=(230, 230, 230), line_color=(0, 0, 0))
        frame(pdf, 15, y0, y, cols, color=(0, 0, 0))
        if two:
            txt(pdf, 15, y + 3, f"Ciąg dalszy na stronie 2 · suma netto ze strony: {sp(sum(x['amount'] for x in items[:10]))}", 7.6, color=(90, 90, 90))
            pdf.add_page()
            head(pdf, 2, 2)
            txt(pdf, 15, 26, f"Faktura VAT nr {no} – ciąg dalszy", 10, "B")
            y0 = 34
            y = table(pdf, 15, y0, cols, rows[10:], size=7.8, rowh=6, header_fill=(230, 230, 230), line_color=(0, 0, 0))
            frame(pdf, 15, y0, y, cols, color=(0, 0, 0))
        y += 6
        cs = [("Stawka VAT", 25, "L"), ("Wartość netto", 35, "R"), ("Kwota VAT", 35, "R"), ("Wartość brutto", 35, "R")]
        rs = [[f"{r}%", sp(b), sp(t), sp(b + t)] for r, b, t in rates] + [["Razem", sp(net), sp(tax), sp(total)]]
        y1 = table(pdf, 65, y, cs, rs, size=8.2, rowh=6, header_fill=(230, 230, 230), line_color=(0, 0, 0))
        frame(pdf, 65, y, y1, cs, color=(0, 0, 0))
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(65, y1 + 4, 130, 11)
        txt(pdf, 68, y1 + 6.5, "Do zapłaty:", 11, "B")
        txt(pdf, 130, y1 + 6.5, zl(total), 12, "B", w=62, align="R", color=color)
        para(pdf, 15, y1 + 20, 180, ("Mechanizm podzielonej płatności. " if total >= 15000 else "") + ("Zapłacono gotówką przy odbiorze." if not due else f"Prosimy o przelew na rachunek {group4(ib)} w terminie do {fd(due)}.") + f" Numer KSeF: {n}-{d.strftime('%Y%m%d')}-{digits(rng, 12)}-{rng.randint(10, 99)}", 7.8, color=(60, 60, 60))
        txt(pdf, 15, 262, "Wystawił(a): ______________________", 8)
        txt(pdf, 120, 262, "Odebrał(a): ______________________", 8)
        pdf.output(path)

    notes = (
        "Szczecin (Poland) FAKTURA VAT in Polish on a FULLY RULED grid (a number box, four date / payment boxes, Sprzedawca and Nabywca boxes, a ruled item table, a ruled VAT summary), VAT "
        + " / ".join(f"{r} %" for r, _, _ in rates) + ", '1 234,56 zł'" + (", over TWO PAGES (10 rows on the first with a page sum, the rest and the totals on the second, 'Strona x z 2')" if two else "") + ": "
        f"vendor = 'Sprzedawca'; vendor_tax_id = the seller's 'NIP' as printed ('{vid}'; the buyer's NIP and REGON, the BDO number, the bank account and the KSeF number are decoys). "
        "invoice_number = 'Faktura VAT nr'; invoice_date = 'Data wystawienia' (the 'Data sprzedaży' is a decoy). "
        + due_note(due, "zapłacono", "Termin płatności")
        + po_note(po, "Zamówienie nr")
        + "subtotal = 'Razem' Wartość netto; tax = 'Razem' Kwota VAT; total = 'Do zapłaty' (= 'Razem' brutto). Currency PLN ('zł'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "PLN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Do zapłaty:", fd(due) if due else None, fd(sale), bn, "Strona 2 z 2" if two else None]}
    return t, chk, render


# =========================================================================== 07 Stara Zagora (ДДС 20/9, BGN or EUR), landscape, labels beside
SZA_V = [
    ("Загоре Вино ЕООД", "ул. „Цар Симеон Велики“ 101, 6000 Стара Загора", (127, 29, 29)),
    ("Хотел Берое Палас ООД", "бул. „Руски“ 52, 6000 Стара Загора", (14, 116, 144)),
    ("Тракия Метал Конструкции АД", "Индустриална зона Запад, 6000 Стара Загора", (55, 65, 81)),
    ("Аязмото Печатница ЕООД", "ул. „Генерал Столетов“ 16, 6000 Стара Загора", (88, 28, 135)),
]
SZA_B = ["Кауфланд България ЕООД енд Ко КД", "Министерство на туризма", "Мини Марица-изток ЕАД", "Тракийски университет"]
SZA_ROWS = [
    [("Вино Мавруд 0,75 л", "бут.", 12, 240, 9, 24, 20), ("Вино Ркацители 0,75 л", "бут.", 12, 240, 7, 18, 20), ("Дегустация, на човек", "бр.", 5, 60, 15, 35, 20), ("Транспорт", "курс", 1, 2, 60, 180, 20)],
    [("Нощувка двойна стая", "нощ.", 1, 20, 90, 210, 9), ("Закуска на блок маса", "бр.", 2, 40, 12, 22, 9), ("Конферентна зала, ден", "ден", 1, 3, 350, 900, 20), ("Паркинг", "ден", 1, 10, 8, 15, 20)],
    [("Стоманена конструкция S275, кг", "кг", 200, 4000, 2, 5, 20), ("Заваръчни работи, час", "ч", 4, 80, 35, 65, 20), ("Поцинковане", "кг", 100, 2000, 1, 2, 20), ("Монтаж на място", "ч", 4, 60, 40, 75, 20)],
    [("Брошура A4, 16 стр.", "бр.", 100, 3000, 1, 4, 20), ("Книга, твърда подвързия", "бр.", 50, 800, 8, 24, 20), ("Визитки, кутия 200", "бр.", 2, 40, 15, 35, 20), ("Предпечат, час", "ч", 1, 12, 30, 60, 20)],
]
BGN = D("1.95583")


@style("07", "bg_sza_stara_zagora_faktura_dds_20_9_landscape_dual")
def s07(rng, i):
    vname, vaddr, color = SZA_V[i]
    d = rand_date(rng)
    euro = d >= dt.date(2026, 1, 1)
    items = lines(rng, SZA_ROWS[i], [4, 3, 3, 4][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    cur, sym, ocur, osym = ("EUR", "€", "BGN", "лв.") if euro else ("BGN", "лв.", "EUR", "€")
    other = q2(total * BGN) if euro else q2(total / BGN)
    eik = valid(rng, lambda: "20" + digits(rng, 7), bgvat.is_valid)
    beik = valid(rng, lambda: rng.choice(["1", "2"]) + digits(rng, 8), bgvat.is_valid)
    vid = "BG" + eik
    no = f"{rng.randint(1, 9999999999):010d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y г."), lambda x: long_date(x, "bg"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 1 else None
    po = [f"{rng.randint(4500000, 4599999)}", None, f"ДГ-{rng.randint(10, 99)}/{d.year}", None][i]
    event = d - dt.timedelta(days=rng.randint(0, 5))
    m = lambda x: f"{sp(x)} {sym}"  # noqa: E731

    def render(path):
        from invoice_kit import iban

        pdf = new_fpdf("L", creator="Microinvest Invoice Pro")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(12, 26, 285, 26)
        txt(pdf, 12, 9, "ФАКТУРА", 20, "B", color=color)
        txt(pdf, 12, 19, "ОРИГИНАЛ", 8, color=(90, 90, 90))
        txt(pdf, 90, 10, "Номер:", 9, color=(90, 90, 90))
        txt(pdf, 120, 10, no, 11, "B")
        txt(pdf, 90, 16, "Дата на издаване:", 9, color=(90, 90, 90))
        txt(pdf, 125, 16, fd(d), 9.4, "B")
        txt(pdf, 175, 10, "Дата на данъчно събитие:", 8.4, color=(90, 90, 90))
        txt(pdf, 222, 10, fd(event), 8.4)
        txt(pdf, 175, 16, "Място на сделката:", 8.4, color=(90, 90, 90))
        txt(pdf, 222, 16, "Стара Загора", 8.4)
        pdf.set_line_width(0.25)
        acct = iban("BG", "UNCR7000" + digits(rng, 10))
        y = kv(pdf, 12, 31, [("Доставчик:", vname), ("Адрес:", vaddr), ("ЕИК:", eik), ("ИН по ЗДДС:", vid), ("МОЛ:", rng.choice(["Иван Колев", "Мария Стоянова", "Георги Петков"])), ("IBAN:", group4(acct)), ("Банка:", "УниКредит Булбанк, BIC UNCRBGSF")], wl=28, wv=100, size=8.4, align="L")
        kv(pdf, 150, 31, [("Получател:", SZA_B[i]), ("ЕИК:", beik), ("ИН по ЗДДС:", "BG" + beik), ("Адрес:", rng.choice(["гр. София", "гр. Стара Загора", "гр. Раднево"])), ("Поръчка №:", po), ("Падеж:", fd(due) if due else None), ("Плащане:", "по банков път" if due else "в брой")], wl=28, wv=100, size=8.4, align="L")
        cols = [("№", 10, "R"), ("Наименование на стоката/услугата", 105, "L"), ("Мярка", 20, "L"), ("Количество", 26, "R"), ("Ед. цена", 28, "R"), ("ДДС %", 18, "R"), (f"Стойност ({sym})", 34, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), f"{x['rate']}%", sp(x["amount"])] for k, x in enumerate(items)]
        y0 = max(y, 68) + 4
        y = table(pdf, 12, y0, cols, rows, size=8.4, rowh=6.2, header_fill=color, header_color=(255, 255, 255))
        y += 6
        rws = [("Данъчна основа:", m(net), False)] + [(f"ДДС {r}% върху {sp(b)}:", m(t), False) for r, b, t in rates] + [("Начислен ДДС:", m(tax), False), ("Сума за плащане:", m(total), True)]
        yy = totals(pdf, 180, y, rws, wl=62, wv=43, size=9, line=color, step=6)
        txt(pdf, 180, yy + 1, f"Равностойност: {sp(other)} {osym} (фиксиран курс 1 EUR = 1,95583 лв.)", 7.8, color=(90, 90, 90))
        words = "Забележка: " + ("платено в брой" if not due else f"плащане до {fd(due)} по сметката на доставчика")
        para(pdf, 12, y, 150, f"{words}.\nОснование за нулева ставка: —\nСъставил: ____________    Получил: ____________", 8.2, h=4.6, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 12, 170, 22)
        txt(pdf, 40, 188, "Съгласно чл. 7, ал. 1 от Закона за счетоводството и чл. 114 от ЗДДС печатът и подписът не са задължителни реквизити на фактурата. Стр. 1 от 1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Stara Zagora (Bulgaria) ФАКТУРА in Bulgarian on a LANDSCAPE page, the facts as LABEL: value pairs BESIDE each other (Номер, Дата на издаване, Доставчик and Получател blocks), ДДС "
        + " and ".join(f"{r} %" for r, _, _ in rates) + f", '1 234,56 {sym}' ({'euro from 1 January 2026' if euro else 'leva in 2025'}) with the counter-value in {ocur} at the fixed rate: "
        "vendor = 'Доставчик'; vendor_tax_id = the supplier's 'ИН по ЗДДС' (BG + ЕИК; the ЕИК alone, the recipient's ЕИК and ИН по ЗДДС, the IBAN are decoys). "
        "invoice_number = 'Номер' (ten digits); invoice_date = 'Дата на издаване' (the 'Дата на данъчно събитие' is a decoy). "
        + due_note(due, "в брой", "Падеж")
        + po_note(po, "Поръчка №")
        + f"subtotal = 'Данъчна основа'; tax = 'Начислен ДДС'; total = 'Сума за плащане' (the 'Равностойност' in {ocur} is a decoy). Currency {cur}. Line items: every row, without ДДС."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Сума за плащане:", fd(due) if due else None, fd(event), beik, sp(other)]}
    return t, chk, render


# =========================================================================== 08 Sétif (TVA 19/9, DZD), totals left, remise, words
ST_V = [
    ("SARL Hauts Plateaux Agroalimentaire", "Zone industrielle, 19000 Sétif", (22, 101, 52)),
    ("EURL Aïn El Fouara Informatique", "Cité 1014 Logements, Bt 12, 19000 Sétif", (30, 64, 175)),
    ("SPA Djemila Matériaux de Construction", "Route d'El Eulma, 19000 Sétif", (120, 53, 15)),
    ("SNC Bouzidi Frères Pièces Auto", "Boulevard de l'ALN, 19000 Sétif", (107, 33, 168)),
]
ST_B = ["Supérette El Hidhab", "Université Ferhat Abbas Sétif 1", "Entreprise de Réalisation Hodna BTPH", "Transport Tebessi & Fils"]
ST_ROWS = [
    [("Semoule extra 25 kg", "sac", 10, 300, 1100, 1650, 9), ("Huile de table 5 L", "bidon", 10, 200, 620, 890, 9), ("Couscous moyen 1 kg, carton 12", "ctn", 5, 120, 1450, 2100, 9), ("Boisson gazeuse 2 L, pack 6", "pack", 10, 200, 420, 690, 19)],
    [("Ordinateur portable Core i5", "u", 1, 20, 78000, 129000, 19), ("Imprimante laser réseau", "u", 1, 5, 38000, 69000, 19), ("Câble réseau Cat6, 305 m", "bobine", 1, 6, 14500, 22000, 19), ("Installation et configuration", "forfait", 1, 1, 15000, 60000, 19)],
    [("Ciment CPJ 42,5, sac 50 kg", "sac", 50, 1000, 680, 890, 19), ("Rond à béton HA12", "tonne", 1, 20, 98000, 128000, 19), ("Brique creuse 8 trous", "u", 500, 8000, 18, 29, 19), ("Sable de carrière, m3", "m3", 5, 60, 1800, 2900, 19)],
    [("Plaquettes de frein AV", "jeu", 2, 40, 2800, 6500, 19), ("Filtre à huile", "u", 5, 100, 650, 1400, 19), ("Batterie 70 Ah", "u", 1, 20, 14500, 23000, 19), ("Huile moteur 15W40, 5 L", "bidon", 5, 60, 2900, 4600, 19)],
]


@style("08", "dz_stf_setif_facture_tva_19_9_totals_left_remise_words")
def s08(rng, i):
    vname, vaddr, color = ST_V[i]
    d = rand_date(rng)
    items = lines(rng, ST_ROWS[i], [4, 3, 4, 3][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    gross_rates = by_rate(items)
    pct = [None, 5, 3, None][i]
    rates = []
    disc = D(0)
    for r, b, _t in gross_rates:
        rem = q2(b * pct / 100) if pct else D(0)
        disc += rem
        rates.append((r, b - rem, q2((b - rem) * r / 100)))
    gross = sum(x["amount"] for x in items)
    net = gross - disc
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "0" + digits(rng, 14), dznif.is_valid)
    bnif = valid(rng, lambda: "0" + digits(rng, 14), dznif.is_valid)
    no = [f"{rng.randint(1, 999):03d}/{d.year}", f"FA-{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(1000, 9999)}", f"F{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 30, 60])) if i in (1, 2) else None
    po = [None, f"BC N° {rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}", None][i]
    po_v = po.replace("BC N° ", "") if po else None
    dinars, cents = divmod(int(total * 100), 100)
    words = f"{fr_words(dinars)} dinars algériens" + (f" et {fr_words(cents)} centimes" if cents else "")
    words = words[0].upper() + words[1:]
    da = lambda x: f"{sp(x)} DA"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="PC Facture DZ")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 30, "F")
        txt(pdf, 12, 7, vname, 13, "B", color=(255, 255, 255))
        txt(pdf, 12, 14, "Wilaya de Sétif – Algérie", 10, color=(255, 255, 255))
        txt(pdf, 12, 21, vaddr + f" · Tél. 036 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.2, color=(255, 255, 255))
        txt(pdf, 150, 8, "FACTURE", 18, "B", w=48, align="R", color=(255, 255, 255))
        txt(pdf, 150, 17, "ORIGINAL", 9, w=48, align="R", color=(255, 255, 255))
        y = kv(pdf, 12, 36, [("RC N° :", f"19/00-{digits(rng, 7)} B {digits(rng, 2)}"), ("NIF :", vid), ("NIS :", digits(rng, 15, True)), ("Art. d'imposition :", digits(rng, 11, True)), ("RIB :", f"{digits(rng, 3)} {digits(rng, 5)} {digits(rng, 10)} {digits(rng, 2)} (BNA Sétif)")], wl=34, wv=70, size=8.2, align="L", step=4.6)
        pdf.set_draw_color(*color)
        pdf.rect(120, 35, 78, 28)
        para(pdf, 122, 37, 74, f"Client : {ST_B[i]}\nNIF client : {bnif}\nAdresse : {rng.choice(['Sétif', 'El Eulma', 'Bordj Bou Arreridj', 'Aïn Oulmène'])}", 8.2, h=4.6)
        y = kv(pdf, 12, max(y, 66) + 2, [("Facture N° :", no), ("Date :", fd(d)), ("Bon de livraison :", f"BL {rng.randint(100, 999)} du {fd(d - dt.timedelta(days=rng.randint(0, 3)))}"), ("Bon de commande :", po), ("Échéance :", fd(due) if due else None), ("Mode de règlement :", "Virement" if due else rng.choice(["Espèces", "Chèque"]))], wl=34, wv=90, size=8.6, align="L", step=5)
        cols = [("Réf.", 16, "L"), ("Désignation", 70, "L"), ("U", 14, "L"), ("Qté", 16, "R"), ("P.U. HT", 28, "R"), ("TVA", 12, "R"), ("Montant HT", 30, "R")]
        rows = [[f"A{rng.randint(100, 999)}", x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), f"{x['rate']}%", sp(x["amount"])] for x in items]
        y0 = y + 4
        y = table(pdf, 12, y0, cols, rows, size=8, rowh=6, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        frame(pdf, 12, y0, y, cols)
        y += 6
        rws = [("Total HT", da(gross), False)]
        if pct:
            rws += [(f"Remise {pct} %", "-" + da(disc), False), ("Net HT", da(net), False)]
        rws += [(f"TVA {r} %", da(t), False) for r, _b, t in rates] + [("Total TVA", da(tax), False), ("Total TTC", da(total), True)]
        pdf.set_fill_color(243, 244, 246)
        pdf.rect(12, y - 2, 90, 6 * len(rws) + 4, "F")
        yy = totals(pdf, 15, y, rws, wl=40, wv=44, size=9, line=color, step=6)
        para(pdf, 110, y, 88, f"Arrêtée la présente facture à la somme de : {words}.", 8.6, "B", h=4.6)
        para(pdf, 12, yy + 8, 186, ("Paiement par virement à " + str((due - d).days) + " jours date de facture. " if due else "Payée au comptant. ") + "Marchandise voyageant aux risques et périls du destinataire. Capital social : " + rng.choice(["1 000 000", "5 000 000", "100 000"]) + " DA.", 7.6, color=(70, 70, 70))
        txt(pdf, 140, 250, "Cachet et signature", 8.2)
        txt(pdf, 12, 285, "Page 1/1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Sétif (Algeria) FACTURE in French under a coloured head band, the facts as LABEL : value BESIDE each other, a ruled table, TVA "
        + " and ".join(f"{r} %" for r, _, _ in rates) + ", '1 234,56 DA', the TOTALS in a shaded box at the LEFT" + (f" with a REMISE {pct} % (Total HT before it, Net HT after it)" if pct else "")
        + " and the total in WORDS at the right ('Arrêtée la présente facture à la somme de'): "
        "vendor = the French name in the head band; vendor_tax_id = 'NIF' (15 digits; the RC, the NIS, the article d'imposition, the RIB and the client's NIF are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date' (the delivery note's date is a decoy). "
        + due_note(due, "Payée au comptant", "Échéance")
        + po_note(po_v, "Bon de commande" + (" (BC N°)" if i == 1 else ""))
        + ("subtotal = 'Net HT' (after the remise; 'Total HT' is the lines' sum); " if pct else "subtotal = 'Total HT'; ")
        + "tax = 'Total TVA'; total = 'Total TTC'. Currency DZD ('DA'). Line items: every row, HT."
    )
    t = truth(vname, vid, no, po_v, d, due, "DZD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total TTC", fd(due) if due else None, bnif, words], "line_adjustment": str(-disc)}
    return t, chk, render
