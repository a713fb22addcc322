"""fpdf2 styles for set 72, second part (08 Zalaegerszeg SZÁMLA in Hungarian with a full-height LEFT SIDEBAR of labels
above values, an UNRULED table, ÁFA 27 %, whole forints, and one invoice in euros with its ÁFA also in forints at the
MNB rate; 09 Kentau СЧЕТ-ФАКТУРА in Russian on a LANDSCAPE page: the statutory lines of labels beside values, a
FULLY RULED table whose last row 'Всего по счету' holds the totals, НДС 12 % (16 % from 2026), tenge '1 234 567,00';
10 Goris invoice as a BUSINESS LETTER in English: the facts and totals in RUNNING SENTENCES, VAT 20 %, whole drams,
the total in words, a euro counter-value at the CBA rate and on two an advance deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import hu_adoszam, kz_bin, long_date
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
)
from kit_common import due_note, frame, para, po_note, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Zalaegerszeg (ÁFA 27 %, HUF / EUR), left sidebar, unruled
ZG_V = [
    ("Göcseji Borház Kft.", "8900 Zalaegerszeg, Kossuth Lajos u. 38.", (120, 28, 48), "bor"),
    ("Zala-Tech Járműteszt Kft.", "8900 Zalaegerszeg, Köztársaság útja 3.", (22, 68, 110), "teszt"),
    ("Zalai Olajipari Szerviz Zrt.", "8900 Zalaegerszeg, Balatoni út 8/A", (30, 30, 30), "olaj"),
    ("Andráshida Asztalosüzem Kft.", "8900 Zalaegerszeg, Platán sor 14.", (96, 70, 30), "asztalos"),
]
ZG_B = [("Balaton Gasztro Kft.", "8360 Keszthely, Kossuth u. 81."), ("Pannon Autonóm Mobilitás Kft.", "1117 Budapest, Infopark sétány 1."),
        ("Hévíz Termál Hotel Zrt.", "8380 Hévíz, Rákóczi u. 9."), ("Nagykanizsai Családi Otthon Alapítvány", "8800 Nagykanizsa, Erzsébet tér 5.")]
ZG_ROWS = {  # (desc, unit, qlo, qhi, lo, hi) net prices, whole forints (euros with cents for 'teszt')
    "bor": [("Zalai Olaszrizling 2024, 0,75 l", "palack", 24, 240, 1450, 2900), ("Göcseji Kékfrankos 2023, 0,75 l", "palack", 24, 180, 1800, 3600), ("Pinot Gris 2024, 0,75 l", "palack", 12, 120, 1900, 3900), ("Rozé fröccsalap, 5 l bag-in-box", "db", 4, 30, 6200, 9800), ("Szállítás hűtött autóval", "alkalom", 1, 1, 9000, 18000)],
    "teszt": [("Tesztpálya-bérlet, dinamikus felület", "óra", 4, 24, D("180.00"), D("420.00")), ("ADAS-tesztelés mérőeszközökkel", "óra", 4, 20, D("140.00"), D("260.00")), ("Mérnöki támogatás", "óra", 6, 40, D("75.00"), D("110.00")), ("Garázs és műhely használata", "nap", 1, 5, D("220.00"), D("480.00"))],
    "olaj": [("Termálkút kútfej karbantartás", "óra", 8, 60, 18500, 26000), ("Szivattyú tömítéskészlet", "db", 1, 6, 48000, 96000), ("Szerelőkocsi kiszállás", "km", 40, 240, 290, 420), ("Nyomáspróba, jegyzőkönyvvel", "alkalom", 1, 3, 65000, 120000)],
    "asztalos": [("Tölgyfa beltéri ajtó, tokkal", "db", 2, 12, 148000, 236000), ("Beépített szekrény, méretre", "fm", 2, 10, 165000, 240000), ("Ablakpárkány bükk 30 cm", "fm", 4, 30, 9800, 16500), ("Helyszíni beépítés", "óra", 6, 32, 7500, 11000)],
}


@style("08", "hu_zeg_zalaegerszeg_szamla_afa_27_sidebar_left_unruled_huf_whole_eur_counter")
def s08(rng, i):
    vname, vaddr, color, kind = ZG_V[i]
    bname, baddr = ZG_B[i]
    eur = kind == "teszt"
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(ZG_ROWS[kind], [4, 3, 3, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) if eur else D(rng.randint(lo // 10, hi // 10) * 10)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    for it in items:
        it["vat"] = q2(it["amount"] * D("0.27")) if eur else q0(it["amount"] * D("0.27"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    adoszam, kozossegi = hu_adoszam(rng)
    badoszam, _ = hu_adoszam(rng)
    mnb = D(rng.randint(38200, 41400)) / 100
    tax_huf = q0(tax * mnb)
    no = [f"GB-{d.year}/{rng.randint(1, 999):04d}", f"ZT{d.year}-{rng.randint(100, 999)}", f"ZOSZ/{d.year}/{rng.randint(1000, 9999)}", f"E-{rng.randint(10000, 99999)}"][i]
    teljesites = d - dt.timedelta(days=rng.randint(0, 8))
    days = rng.choice([8, 15, 30])
    cash = i == 3
    due = None if cash else d + dt.timedelta(days=days)
    po = [f"RM-{rng.randint(1000, 9999)}", f"PAM-PO-{rng.randint(10000, 99999)}", None, None][i]
    f = (lambda x: sp(x)) if eur else (lambda x: sp(x, 0))  # noqa: E731
    cur = "EUR" if eur else "Ft"
    short = lambda x: x.strftime("%Y.%m.%d.")  # noqa: E731
    giro = f"{rng.choice(['11749008', '10402805', '11600006', '12010659'])}-{digits(rng, 8)}-{'00000000' if rng.random() < 0.5 else digits(rng, 8)}"
    cegj = f"20-09-{rng.randint(100000, 999999)}"

    def render(path):
        pdf = new_fpdf(creator="Számlázz.hu")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 50, 297, "F")
        w = (255, 255, 255)
        lc = (225, 225, 225)
        txt(pdf, 8, 14, "SZÁMLA", 20, "B", color=w)
        side = [("SZÁMLA SORSZÁMA", no), ("SZÁMLA KELTE", long_date(d, "hu")), ("TELJESÍTÉS DÁTUMA", short(teljesites)), ("FIZETÉSI MÓD", "készpénz" if cash else "átutalás"),
                ("FIZETÉSI HATÁRIDŐ", long_date(due, "hu") if due else "—"), ("MEGRENDELÉS SZÁMA", po or "—"), ("PÉNZNEM", "EUR" if eur else "HUF"), ("FIZETENDŐ", f"{f(total)} {cur}")]
        y = 30
        for lab, val in side:
            txt(pdf, 8, y, lab, 6.4, color=lc)
            txt(pdf, 8, y + 3.4, val, 8.8 if lab != "FIZETENDŐ" else 11, "B", color=w)
            y += 12
        txt(pdf, 8, 250, "BANKSZÁMLASZÁM", 6.4, color=lc)
        txt(pdf, 8, 253.5, giro.rsplit("-", 1)[0] + "-", 7, "B", color=w)
        txt(pdf, 8, 257, giro.rsplit("-", 1)[1], 7, "B", color=w)
        txt(pdf, 8, 263, "Eredeti példány", 7, color=lc)
        txt(pdf, 8, 267, "1. oldal / 1", 7, color=lc)
        x0 = 57
        txt(pdf, x0, 14, vname, 14, "B", color=color)
        txt(pdf, x0, 21, vaddr, 8.2)
        txt(pdf, x0, 25.5, f"Adószám: {adoszam} · Közösségi adószám: {kozossegi}", 7.8)
        txt(pdf, x0, 29.5, f"Cégjegyzékszám: {cegj} · Zalaegerszegi Törvényszék Cégbírósága", 7, color=(90, 90, 90))
        txt(pdf, x0, 40, "VEVŐ", 7, "B", color=color)
        txt(pdf, x0, 44, bname, 10, "B")
        txt(pdf, x0, 49.5, baddr, 8.4)
        txt(pdf, x0, 54, f"Adószám: {badoszam}", 8.2)
        cols = [("Megnevezés", 35, "L"), ("Menny.", 11, "R"), ("Egys.", 13, "L"), ("Nettó egys.ár", 19, "R"), ("Nettó érték", 19, "R"), ("ÁFA", 8, "R"), ("ÁFA érték", 16, "R"), ("Bruttó érték", 0, "R")]
        cols[-1] = ("Bruttó érték", 196 - x0 - sum(c[1] for c in cols[:-1]), "R")
        rws = [[wrap(x["desc"].replace("0,75 l", "0,75\u00a0l").replace("5 l ", "5\u00a0l "), 21), qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"]), "27%", f(x["vat"]), f(x["amount"] + x["vat"])] for x in items]
        y = table(pdf, x0, 66, cols, rws, size=7, rowh=6.4, border_bottom=False, header_color=color, line_color=(255, 255, 255))
        pdf.set_draw_color(*color)
        pdf.line(x0, 66, 196, 66)
        pdf.line(x0, y + 2, 196, y + 2)
        y += 7
        for lab, val, bold in (("Nettó összesen", f(net), False), ("ÁFA összesen (27%)", f(tax), False), ("Bruttó végösszeg", f(total), True)):
            txt(pdf, 122, y, lab, 10 if bold else 8.8, "B" if bold else "")
            txt(pdf, 160, y, f"{val} {cur}", 10 if bold else 8.8, "B" if bold else "", w=36, align="R")
            y += 6
        y += 4
        if eur:
            y = para(pdf, x0, y, 139, f"Az áthárított ÁFA összege forintban: {sp(tax_huf, 0)} Ft (MNB árfolyam {short(teljesites)}: 1 EUR = {sp(mnb)} Ft).", 8, h=4.2)
        y = para(pdf, x0, y + 2, 139, ("A számla összegét készpénzben átvettük." if cash else f"Kérjük, a számla összegét {days} napon belül, a számla sorszámának feltüntetésével utalja át bankszámlánkra.") + " Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel.", 7.6, h=3.9, color=(70, 70, 70))
        pdf.set_draw_color(120, 120, 120)
        pdf.line(140, 262, 196, 262)
        txt(pdf, 140, 263.5, "kiállító aláírása", 7, w=56, align="C", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Zalaegerszeg (Zala County, Hungary) SZÁMLA in Hungarian with a full-height coloured LEFT SIDEBAR of LABELS ABOVE values, an UNRULED table (rules only above and below it), ÁFA 27 %, "
        + ("in EUR ('1 234,56 EUR') with the ÁFA also in forints at the MNB rate (a counter-value, a decoy)" if eur else "whole forints '1 234 567 Ft'")
        + ", dates with long month names ('2026. március 12.') and 'yyyy.mm.dd.': vendor = the name at the top of the main column; vendor_tax_id = the seller's 'Adószám' (NNNNNNNN-2-CC, the first eight with their check digit; the 'Közösségi adószám', the buyer's Adószám, the Cégjegyzékszám and the bank account are decoys). "
        "invoice_number = 'SZÁMLA SORSZÁMA'; invoice_date = 'SZÁMLA KELTE' (the 'TELJESÍTÉS DÁTUMA' is a decoy). "
        + (due_note(due, None, "FIZETÉSI HATÁRIDŐ") if due else "Paid in cash ('készpénz'): no due date (null). ")
        + po_note(po, "MEGRENDELÉS SZÁMA")
        + "subtotal = 'Nettó összesen'; tax = 'ÁFA összesen (27%)'; total = 'Bruttó végösszeg' (= 'FIZETENDŐ' in the sidebar). Currency " + ("EUR" if eur else "HUF") + ". Line items: every row's 'Nettó érték'."
    )
    t = truth(vname, adoszam, no, po, d, due, "EUR" if eur else "HUF", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "hu"), no, vname, adoszam, "Bruttó végösszeg", long_date(due, "hu") if due else None, badoszam, short(teljesites), sp(tax_huf, 0) if eur else None]}
    return t, chk, render


# =========================================================================== 09 Kentau (НДС 12 / 16 %, KZT), landscape, fully ruled, totals in the table
KT_V = [
    ("ТОО «Гостиница Каратау»", "г. Кентау, ул. Абая, 40", "hotel"),
    ("ТОО «Кентау Цемент Трейд»", "г. Кентау, промзона Южная, 7", "cement"),
    ("ТОО «Шубат Кентау»", "г. Кентау, ул. Толе би, 58", "shubat"),
    ("ТОО «Отырар Текстиль»", "г. Кентау, ул. Байдибек би, 21", "textile"),
]
KT_B = [("ТОО «Silk Way Travel Kazakhstan»", "г. Алматы, ул. Фурманова, 240"), ("ТОО «СтройИнвест Шымкент»", "г. Шымкент, пр. Республики, 15"),
        ("ТОО «Кафе Есим хан»", "г. Кентау, ул. Есим хана, 4"), ("ТОО «Алма Трикотаж»", "г. Алматы, ул. Жандосова, 98")]
KT_ROWS = {
    "hotel": [("Проживание в номере «Стандарт», сут.", "сут.", 4, 40, 18000, 32000), ("Проживание в номере «Люкс», сут.", "сут.", 1, 10, 38000, 62000), ("Завтрак «шведский стол»", "чел.", 8, 80, 3500, 5500), ("Аренда конференц-зала", "час", 2, 12, 15000, 28000), ("Трансфер аэропорт – отель", "усл.", 1, 6, 9000, 16000)],
    "cement": [("Цемент М-400 в мешках 50 кг", "мешок", 100, 1200, 2100, 2900), ("Цемент М-500 навалом", "тн", 10, 80, 38000, 52000), ("Песок строительный", "м3", 10, 120, 3500, 5800), ("Доставка автотранспортом", "рейс", 1, 8, 45000, 85000)],
    "shubat": [("Шубат пастеризованный 0,5 л", "бут.", 100, 1200, 900, 1400), ("Курт верблюжий 200 г", "уп.", 50, 400, 1800, 2800), ("Верблюжье молоко сухое 250 г", "уп.", 20, 200, 9500, 14500), ("Доставка рефрижератором", "рейс", 1, 4, 30000, 60000)],
    "textile": [("Ткань хлопковая бязь 150 см", "м", 200, 2400, 520, 880), ("Пряжа хлопковая Ne 30/1", "кг", 100, 1500, 1900, 2900), ("Полотно трикотажное кулирное", "кг", 50, 900, 3200, 4800), ("Упаковка и маркировка", "усл.", 1, 1, 25000, 60000)],
}


@style("09", "kz_ken_kentau_schet_faktura_nds_12_16_landscape_ruled_totals_in_table_bin")
def s09(rng, i):
    vname, vaddr, kind = KT_V[i]
    bname, baddr = KT_B[i]
    d = rand_date(rng)
    rate = 16 if d >= dt.date(2026, 1, 1) else 12
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(KT_ROWS[kind], [4, 4, 3, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 10, hi // 10) * 10)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    for it in items:
        it["vat"] = q2(it["amount"] * rate / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    reg = dt.date(rng.randint(2004, 2020), rng.randint(1, 12), 1)
    bin_v = kz_bin(rng, reg.strftime("%y%m"))
    bin_b = kz_bin(rng, dt.date(rng.randint(2004, 2021), rng.randint(1, 12), 1).strftime("%y%m"))
    no = f"{rng.randint(1, 9999):08d}" if i != 2 else f"ШТ-{rng.randint(100, 999)}"
    f = lambda x: sp(x)  # noqa: E731
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    contract = f"№ {rng.randint(1, 99)}/{d.year - rng.randint(0, 1)} от {fd(d - dt.timedelta(days=rng.randint(60, 400)))}"
    po = [f"З-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(100, 999)}/П"][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (1, 3) else None
    iik_v = iban("KZ", rng.choice(["601", "722", "998", "949"]) + digits(rng, 13))
    iik_b = iban("KZ", rng.choice(["601", "722", "998", "949"]) + digits(rng, 13))
    ttn = f"№ {rng.randint(100, 9999)} от {fd(d)}"

    def render(path):
        pdf = new_fpdf("L", creator="1С:Бухгалтерия для Казахстана")
        pdf.add_page()
        txt(pdf, 14, 8, "Приложение 23 к приказу Министра финансов Республики Казахстан", 6.6, w=269, align="R", color=(80, 80, 80))
        txt(pdf, 14, 14, f"СЧЕТ-ФАКТУРА № {no} от {long_date(d, 'ru')}", 13, "B", w=269, align="C")
        rows = [
            ("Дата совершения оборота:", fd(d)),
            ("Поставщик:", vname),
            ("БИН и адрес места нахождения поставщика:", f"{bin_v}, {vaddr}"),
            ("ИИК поставщика:", f"{iban_fmt(iik_v)} в {rng.choice(['АО «Народный Банк Казахстана»', 'АО «Kaspi Bank»', 'АО «Банк ЦентрКредит»', 'АО «Halyk Bank»'])}"),
            ("Договор (контракт) на поставку товаров (работ, услуг):", contract),
            ("Условия оплаты по договору:", f"безналичный расчет, срок оплаты до {fd(due)}" if due else "безналичный расчет по факту поставки"),
            ("Заказ покупателя:", po or "—"),
            ("Пункт назначения поставляемых товаров (работ, услуг):", baddr),
            ("Товарно-транспортная накладная:", ttn),
            ("Получатель:", bname),
            ("БИН и адрес места нахождения получателя:", f"{bin_b}, {baddr}"),
            ("ИИК получателя:", iban_fmt(iik_b)),
        ]
        y = 22
        for a, b in rows:
            txt(pdf, 14, y, a, 7.6, color=(60, 60, 60))
            txt(pdf, 98, y, b, 8, "B" if a in ("Поставщик:", "Получатель:") else "")
            pdf.set_draw_color(170, 170, 170)
            pdf.line(97, y + 3.9, 283, y + 3.9)
            y += 5
        cols = [("№ п/п", 12, "C"), ("Наименование товаров (работ, услуг)", 68, "L"), ("Ед. изм.", 16, "C"), ("Кол-во", 18, "R"), ("Цена (KZT)", 24, "R"), ("Стоимость без НДС", 35, "R"), ("НДС ставка", 19, "C"), ("НДС сумма", 28, "R"), ("Всего стоимость реализации", 49, "R")]
        rws = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), f(x["price"]), f(x["amount"]), f"{rate}%", f(x["vat"]), f(x["amount"] + x["vat"])] for k, x in enumerate(items)]
        rws.append(["", "Всего по счету:", "", "", "", f(net), "", f(tax), f(total)])
        y0 = y + 3
        y1 = table(pdf, 14, y0, cols, rws, size=7.6, rowh=6.4, header_fill=(230, 230, 230), line_color=(40, 40, 40))
        frame(pdf, 14, y0, y1, cols, color=(40, 40, 40))
        y = y1 + 8
        for k, (a, b) in enumerate((("Руководитель организации", rng.choice(["Жумабеков Н. К.", "Абдуллаев Р. С.", "Турсынова Г. М."])), ("Главный бухгалтер", rng.choice(["Омарова А. Б.", "Исмаилова Д. Т.", "не предусмотрен"])), ("ВЫДАЛ (ответственное лицо поставщика)", rng.choice(["менеджер Садыков Е.", "кладовщик Ахметов Б."])))):
            txt(pdf, 14 + k * 90, y, a, 7.6)
            pdf.line(14 + k * 90, y + 10, 14 + k * 90 + 80, y + 10)
            txt(pdf, 14 + k * 90, y + 11, b, 7.2, color=(80, 80, 80))
        txt(pdf, 14, 200, "М.П. · Примечание: без печати и подписи счет-фактура недействителен. Страница 1 из 1", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        f"Kentau (Kazakhstan) СЧЕТ-ФАКТУРА in Russian on a LANDSCAPE page: the statutory lines as LABELS BESIDE values on rules, a FULLY RULED table whose last row 'Всего по счету:' holds the net, НДС and gross totals, НДС {rate} % (12 % until 2025, 16 % from 1 January 2026), tenge '1 234 567,00', dates dd.mm.yyyy and the title's '12 марта 2026 г.': "
        "vendor = 'Поставщик'; vendor_tax_id = the supplier's БИН (12 digits with its mod-11 check digit, first in 'БИН и адрес места нахождения поставщика'; the recipient's БИН, both ИИК, the contract and waybill are decoys). "
        "invoice_number = 'СЧЕТ-ФАКТУРА №'; invoice_date = the title's 'от' date (= 'Дата совершения оборота'; the contract's date is a decoy). "
        + due_note(due, None, "срок оплаты до")
        + po_note(po, "Заказ покупателя")
        + "subtotal = 'Всего по счету' under 'Стоимость без НДС'; tax = its 'НДС сумма'; total = its 'Всего стоимость реализации'. Currency KZT (only the column head prints it). Line items: every row's 'Стоимость без НДС'."
    )
    t = truth(vname, bin_v, no, po, d, due, "KZT", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "ru"), no, vname, bin_v, "Всего по счету:", fd(due) if due else None, bin_b, contract]}
    return t, chk, render


# =========================================================================== 10 Goris (VAT 20 %, AMD), business letter, running text, advance, words
GR_V = [
    ("Goris Stone Houses Guesthouse LLC", "14 Mashtots Street, Goris 3201, Syunik Province, Armenia", (92, 48, 24), "guest"),
    ("Syunik Highland Cheese LLC", "3 Khorenatsi Street, Goris 3201, Armenia", (30, 80, 60), "cheese"),
    ("Tatev Trails Travel CJSC", "22 Syuniki Street, Goris 3201, Armenia", (30, 60, 110), "tours"),
    ("Zangezur Tuff Stone LLC", "Industrial zone 5, Goris 3204, Armenia", (100, 100, 100), "stone"),
]
GR_B = [("Caucasus Discovery Tours GmbH", "Ms Katrin Vogel, Operations", "Neuer Wall 54, 20354 Hamburg, Germany"), ("Yerevan Gourmet Market LLC", "Mr Aram Petrosyan, Purchasing", "10 Tumanyan Street, Yerevan 0001"),
        ("Silk Road Expeditions BV", "Mr Joost de Wit, Group Travel", "Keizersgracht 221, 1016 DV Amsterdam, Netherlands"), ("Ararat Build Development CJSC", "Ms Anna Grigoryan, Procurement", "41 Arshakunyats Avenue, Yerevan 0026")]
GR_ROWS = {
    "guest": [("double rooms with breakfast", "room-night", 6, 30, 24000, 38000), ("dinners with local wine", "cover", 10, 60, 7000, 11000), ("packed lunches for the Tatev hike", "lunch", 10, 40, 3000, 4500), ("cooking classes with the host family", "participant", 8, 20, 8000, 12000)],
    "cheese": [("kg of Lori-type brined cheese", "kg", 40, 300, 3200, 4400), ("kg of smoked chechil cheese", "kg", 20, 120, 4200, 5800), ("kg of sheep's cheese in clay pots", "kg", 10, 80, 6500, 8900), ("refrigerated delivery to Yerevan", "trip", 1, 2, 45000, 70000)],
    "tours": [("guided days in Old Khndzoresk and Tatev", "person", 8, 24, 28000, 42000), ("return tickets on the Wings of Tatev ropeway", "ticket", 8, 24, 7000, 9000), ("days of a minibus with driver", "day", 2, 6, 60000, 85000), ("days of an English-speaking guide", "day", 2, 6, 35000, 50000)],
    "stone": [("m² of sawn tuff cladding 30 mm", "m²", 40, 400, 9500, 14500), ("m² of split-face tuff blocks", "m²", 20, 200, 12000, 17500), ("linear metres of carved cornice", "lm", 10, 60, 28000, 42000), ("truck deliveries to Yerevan", "trip", 1, 4, 180000, 260000)],
}


@style("10", "am_gor_goris_letter_invoice_vat_20_running_text_amd_whole_advance_words")
def s10(rng, i):
    vname, vaddr, color, kind = GR_V[i]
    bname, battn, baddr = GR_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(GR_ROWS[kind], [4, 3, 4, 3][i]):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.20"))
    total = net + tax
    tin = f"0{digits(rng, 7)}"
    btin = ("DE" + digits(rng, 9, True)) if i == 0 else (f"0{digits(rng, 7)}" if i in (1, 3) else "NL" + digits(rng, 9, True) + "B01")
    no = [f"GSH-{d.year}/{rng.randint(10, 199):03d}", f"SHC {rng.randint(1000, 9999)}", f"TT-{d.strftime('%y')}-{rng.randint(100, 999)}", f"ZTS/{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    a = lambda x: en(x, 0)  # noqa: E731
    dl = long_date(d, "en")
    adv = q0(total * D(rng.choice([20, 30, 50])) / 100 / 1000) * 1000 if i in (0, 3) else None
    advd = d - dt.timedelta(days=rng.randint(10, 50))
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i in (1, 3) else None
    po = [f"CDT-{rng.randint(1000, 9999)}", f"PO-{rng.randint(100, 999)}", None, f"ABD/{d.year}/{rng.randint(10, 99)}"][i]
    eur_rate = D(rng.randint(40500, 44800)) / 100
    words = en_words(int(total))
    acct = digits(rng, 16, True)
    table_ = i in (1, 3)

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        pdf.set_draw_color(*color)
        txt(pdf, 22, 16, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 22, 23, vaddr, 8.2, font="Serif")
        txt(pdf, 22, 27, f"TIN {tin} · VAT payer · Tel. +374 284 {rng.randint(20000, 29999)} · {vname.split()[0].lower()}@mail.am", 8, font="Serif", color=(80, 80, 80))
        pdf.line(22, 32, 188, 32)
        txt(pdf, 120, 38, f"Goris, {dl}", 10, font="Serif", w=68, align="R")
        y = 46
        for ln in (bname, battn, baddr, f"VAT / tax id: {btin}"):
            txt(pdf, 22, y, ln, 10 if ln == bname else 9.4, "B" if ln == bname else "", font="Serif")
            y += 5
        y += 5
        txt(pdf, 22, y, f"Subject: Invoice No. {no}", 10.4, "B", font="Serif")
        y += 9
        salutation = "Dear " + battn.split(",")[0] + ","
        txt(pdf, 22, y, salutation, 10, font="Serif")
        y += 8
        s1 = f"Please find below our invoice No. {no} dated {dl} for the " + {"guest": "accommodation and meals provided to your group", "cheese": "cheese delivered to your store", "tours": "tour services provided to your group in Syunik", "stone": "stone delivered to your construction site"}[kind]
        s1 += f" under your order No. {po}." if po else "."
        y = para(pdf, 22, y, 166, s1, 10, font="Serif", h=5.2, align="J") + 2.5
        if table_:
            y = para(pdf, 22, y, 166, "The items invoiced, at prices excluding VAT, are the following:", 10, font="Serif", h=5.2) + 1
            cols = [("Description", 78, "L"), ("Quantity", 24, "R"), ("Unit price, AMD", 34, "R"), ("Amount, AMD", 30, "R")]
            y = table(pdf, 22, y, cols, [[x["desc"][0].upper() + x["desc"][1:], qstr(x["qty"]), a(x["price"]), a(x["amount"])] for x in items], size=8.6, font="Serif", rowh=5.8, border_bottom=False, line_color=color) + 4
        else:
            parts = [f"{qstr(x['qty'])} {x['desc']} at AMD {a(x['price'])} each, AMD {a(x['amount'])}" for x in items]
            y = para(pdf, 22, y, 166, "The invoice covers " + "; ".join(parts[:-1]) + " and " + parts[-1] + ".", 10, font="Serif", h=5.2, align="J") + 2.5
        s3 = (f"The total amount of this invoice is AMD {a(total)} ({words} Armenian drams), comprising AMD {a(net)} net of VAT and VAT at 20 % of AMD {a(tax)}. "
              f"For your information, this is about EUR {en(q2(total / eur_rate))} at the Central Bank of Armenia rate of {en(eur_rate)} drams per euro on {dl}.")
        y = para(pdf, 22, y, 166, s3, 10, font="Serif", h=5.2, align="J") + 2.5
        if adv:
            y = para(pdf, 22, y, 166, f"We gratefully acknowledge your advance payment of AMD {a(adv)} received on {long_date(advd, 'en')}; the balance still to be paid is therefore AMD {a(total - adv)}.", 10, font="Serif", h=5.2, align="J") + 2.5
        bank = rng.choice(["Ameriabank CJSC", "Ardshinbank CJSC", "ACBA Bank OJSC", "Inecobank CJSC"])
        s5 = (f"Kindly transfer the amount by {long_date(due, 'en')} to our account No. {acct} with {bank}, quoting the invoice number." if due else f"Kindly transfer the amount within ten banking days of receipt to our account No. {acct} with {bank}, quoting the invoice number.")
        y = para(pdf, 22, y, 166, s5 + " The tax invoice has been issued electronically in the e-invoicing system of the State Revenue Committee.", 10, font="Serif", h=5.2, align="J") + 2.5
        y = para(pdf, 22, y, 166, "Thank you for your trust; we look forward to welcoming you again in Goris.", 10, font="Serif", h=5.2) + 8
        txt(pdf, 22, y, "Yours sincerely,", 10, font="Serif")
        pdf.line(22, y + 18, 80, y + 18)
        txt(pdf, 22, y + 19.5, rng.choice(["Armen Hovhannisyan, Director", "Lusine Avetisyan, Director", "Gevorg Sargsyan, General Manager", "Mariam Harutyunyan, Chief Accountant"]), 9, font="Serif")
        txt(pdf, 22, 285, f"{vname} · {vaddr}", 6.8, font="Serif", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Goris (Syunik, Armenia) invoice as a BUSINESS LETTER in English (serif), the facts and totals in RUNNING SENTENCES, "
        + ("a small table of the items, " if table_ else "the items in one sentence, ")
        + "VAT 20 %, whole drams 'AMD 1,234,000', the total in words, a euro counter-value at the CBA rate (a decoy): vendor = the letterhead's name; vendor_tax_id = the letterhead's 'TIN' (the addressee's tax id and the bank account are decoys). "
        "invoice_number = 'Invoice No.' (subject line and first sentence); invoice_date = 'dated' in the first sentence (= the letter's date). "
        + due_note(due, "within ten banking days of receipt", "Kindly transfer the amount by")
        + po_note(po, "under your order No.")
        + "subtotal = 'AMD … net of VAT'; tax = 'VAT at 20 % of AMD …'; total = 'The total amount of this invoice is AMD …'"
        + (" before the advance (the advance payment, its date and 'the balance still to be paid' are decoys)" if adv else "")
        + ". Currency AMD. Line items: every item with its amount."
    )
    t = truth(vname, tin, no, po, d, due, "AMD", net, tax, total, items, notes)
    chk = {"printed": [dl, no, vname, "TIN " + tin, "The total amount of this invoice is", long_date(due, "en") if due else None, btin, words, a(total - adv) if adv else None]}
    return t, chk, render
