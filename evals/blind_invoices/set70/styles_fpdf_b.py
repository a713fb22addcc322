"""fpdf2 styles for set 70, second part (09 Sliven utility-style ФАКТУРА in Bulgarian with the amount to pay at the TOP,
each LABEL at the END of a line of text with its value on the NEXT line, ДДС 20 %, euro or leva with the other as a
counter-value, an unpaid balance on one and a REMITTANCE SLIP at the foot; 10 Kozani ΤΙΜΟΛΟΓΙΟ in Greek with a RIGHT
SIDEBAR of LABELS ABOVE their values, a discount column, ΦΠΑ 24 / 13 %, one a ΠΙΣΤΩΤΙΚΟ (credit note))."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import de, digits, iban, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, lines, para, po_note, qr_fpdf, truth, wrap
from stdnum.bg import vat as bg_vat
from stdnum.gr import vat as gr_vat

STYLES, style = style_registry("fpdf2")

BGN = D("1.95583")


# =========================================================================== 09 Sliven (ДДС 20, EUR or BGN), utility bill, total top, label at line end, slip
SL_V = [
    ("Сливен Нет ЕООД", "гр. Сливен 8800, бул. „Хаджи Димитър“ № 27", "интернет и кабелна телевизия", (14, 116, 144)),
    ("„Водоснабдяване и канализация – Сливен“ ООД", "гр. Сливен 8800, ул. „Шейново“ № 7", "водоснабдяване и канализация", (29, 78, 216)),
    ("Охрана Сините камъни ЕООД", "гр. Сливен 8800, ул. „Генерал Скобелев“ № 48", "сигнално-охранителна техника (СОТ)", (153, 27, 27)),
    ("Топлофикация Сливен ЕАД", "гр. Сливен 8800, Индустриална зона, ТЕЦ", "топлинна енергия", (194, 65, 12)),
]
SL_B = [
    ("Хотел „Национал“ ООД", "гр. Сливен, пл. „Хаджи Димитър“ № 1"),
    ("Мандра „Карандила“ ЕООД", "гр. Сливен, кв. „Речица“, ул. „Розова долина“ № 3"),
    ("Аптеки Медея ЕООД", "гр. Сливен, ул. „Цар Освободител“ № 12"),
    ("СУ „Йордан Йовков“", "гр. Сливен, ул. „Стефан Караджа“ № 2"),
]
SL_ROWS = [
    [("Абонамент интернет 500 Mbps, бизнес", "месец", 1, 1, 38, 92), ("Кабелна телевизия, пакет Хотел 40 точки", "месец", 1, 1, 160, 340), ("Статичен IP адрес", "бр.", 1, 4, 4, 9), ("Посещение на техник", "бр.", 1, 2, 18, 35)],
    [("Доставяне на питейна вода", "м³", 40, 900, 1.9, 2.7), ("Отвеждане на отпадъчни води", "м³", 40, 900, 0.3, 0.6), ("Пречистване на отпадъчни води", "м³", 40, 900, 0.5, 0.9), ("Абонаментна такса водомер", "бр.", 1, 3, 1.2, 2.8)],
    [("Абонамент СОТ мониторинг, обект аптека", "месец", 1, 1, 22, 48), ("Паник бутон, мобилен", "бр.", 1, 3, 3, 8), ("Профилактика на алармена система", "бр.", 1, 1, 15, 40), ("Реакция на патрул (сработване)", "бр.", 1, 3, 10, 25)],
    [("Топлинна енергия за отопление", "MWh", 4, 60, 75, 118), ("Топлинна енергия за битово горещо водоснабдяване", "MWh", 1, 12, 75, 118), ("Мощност – годишна такса (месечна част)", "месец", 1, 1, 40, 160), ("Дялово разпределение, услуга", "бр.", 1, 1, 12, 30)],
]


@style("09", "bg_sli_sliven_faktura_dds_20_utility_total_top_label_eol_eur_bgn_slip")
def s09(rng, i):
    vname, vaddr, activity, color = SL_V[i]
    bname, baddr = SL_B[i]
    d = rand_date(rng)
    eur = d >= dt.date(2026, 1, 1)
    cur, sign = ("EUR", "€") if eur else ("BGN", "лв.")
    items = lines(rng, SL_ROWS[i], [3, 4, 2, 4][i], D("0.01"))
    for x in items:  # one water meter: supply, sewerage and treatment bill the same cubic metres
        if x["unit"] == "м³":
            x["qty"] = next(y["qty"] for y in items if y["unit"] == "м³")
            x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    other = (lambda a: q2(a * BGN)) if eur else (lambda a: q2(a / BGN))
    osign = "лв." if eur else "€"
    eik = valid(rng, lambda: "1" + digits(rng, 8), bg_vat.is_valid)
    vid = "BG" + eik
    beik = valid(rng, lambda: "2" + digits(rng, 8), bg_vat.is_valid)
    no = f"{rng.randint(1, 9999999):010d}"
    ps = (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    pe = d.replace(day=1) - dt.timedelta(days=1)
    tax_d = pe
    fd = (lambda x: x.strftime("%d.%m.%Y")) if i != 1 else (lambda x: x.strftime("%d.%m.%Y г."))
    dd = i != 2
    due = d + dt.timedelta(days=rng.choice([10, 14, 20])) if dd else None
    acc = f"{rng.randint(100000, 999999)}"
    prev = q2(D(rng.randint(1500, 30000)) / 100) if i == 1 else None
    po = None
    contract = f"{rng.randint(10, 99)}/{d.year - 1}" if i == 3 else None
    ib = iban("BG", rng.choice(["UNCR", "STSA", "FINV", "BPBI"]) + digits(rng, 4) + rng.choice(["10", "15"]) + digits(rng, 8))
    f = sp
    meter = (rng.randint(10000, 90000), None)

    def eol(pdf, x, y, w, sentence, label, value, size=8.2):
        """A sentence wrapped in the column whose last line ends with the label; the value on the next line, bold."""
        y = para(pdf, x, y, w, f"{sentence} {label}", size, h=size * 0.46)
        txt(pdf, x, y + 0.4, value, size + 1.6, "B", w=w)
        return y + 7.5

    def render(path):
        pdf = new_fpdf(creator="Microinvest Делта Pro")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 12, 9, vname, 13.5 if len(vname) < 30 else 10.5, "B", font="DV", color=color)
        txt(pdf, 12, 15.5, f"{vaddr} · {activity}", 7.8)
        txt(pdf, 12, 19.5, f"ЕИК {eik} · ИН по ДДС {vid} · МОЛ {rng.choice(['Иван Стоянов', 'Мария Колева', 'Петър Дечев'])} · тел. 044 {digits(rng, 3)} {digits(rng, 3)}", 7.4, color=(80, 80, 80))
        # the amount to pay at the top right
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(132, 8, 66, 27, "F")
        txt(pdf, 135, 10, "СУМА ЗА ПЛАЩАНЕ", 7.6, "B", color=color)
        txt(pdf, 135, 15, f"{f(total + (prev or 0))} {sign}", 15, "B", w=60, align="R")
        txt(pdf, 135, 23, f"≈ {f(other(total + (prev or 0)))} {osign} (1 € = 1,95583 лв.)", 7.2, w=60, align="R", color=(80, 80, 80))
        txt(pdf, 135, 28.5, f"Срок за плащане: {fd(due)}" if due else "Плащане: директен дебит", 8, "B", w=60, align="R")
        txt(pdf, 12, 28, "ФАКТУРА – ОРИГИНАЛ", 15, "B")
        y = 42
        left = [
            ("Услугата се отчита по Вашия абонатен номер, посочен и на талона за плащане.", "Абонатен №:", acc),
            ("Настоящият документ е издаден съгласно чл. 113 от ЗДДС под номер", "Фактура №:", no),
            ("Документът е съставен в гр. Сливен на следната дата.", "Дата на издаване:", fd(d)),
        ]
        right = [
            ("Датата, на която е възникнало задължението за данък, е", "Дата на данъчно събитие:", fd(tax_d)),
            ("Услугите по тази фактура са предоставени през", "Отчетен период:", f"{fd(ps)} – {fd(pe)}"),
            (("Дължимата сума следва да бъде платена най-късно до" if due else "Сумата ще бъде изтеглена от сметката Ви чрез"), "Платете до:" if due else "Начин на плащане:", fd(due) if due else "директен дебит"),
        ]
        yl = yr = y
        for k in range(3):
            yl = eol(pdf, 12, yl, 88, *left[k], size=7.6)
            yr = eol(pdf, 110, yr, 88, *right[k], size=7.6)
        y = max(yl, yr) + 2
        pdf.set_draw_color(*color)
        pdf.rect(12, y, 186, 17)
        txt(pdf, 14, y + 1.5, "Получател", 7, color=(90, 90, 90))
        txt(pdf, 14, y + 5.5, bname, 9.6, "B")
        txt(pdf, 14, y + 10.5, f"{baddr} · ЕИК {beik} · ИН по ДДС BG{beik}", 7.8)
        if contract:
            txt(pdf, 120, y + 1.5, f"Договор за доставка № {contract}", 7.6, w=76, align="R")
        y += 22
        if i == 1:
            meter_old = meter[0]
            meter_new = meter_old + int(items[0]["qty"])
            txt(pdf, 12, y, f"Водомер № {digits(rng, 8)} · старо показание {meter_old} м³ · ново показание {meter_new} м³", 7.8, color=(80, 80, 80))
            y += 5
        cols = [("Услуга", 80, "L"), ("Мярка", 16, "L"), ("Количество", 22, "R"), (f"Ед. цена, {sign}", 28, "R"), (f"Стойност без ДДС, {sign}", 40, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), f(x["price"]), f(x["amount"])] for x in items]
        y = table(pdf, 12, y, cols, rows, size=8, rowh=5.8, header_fill=(230, 236, 240), line_color=(190, 190, 190)) + 4
        rows_t = [("Данъчна основа", f(net)), ("ДДС 20 %", f(tax)), ("Общо по фактурата", f(total))]
        if prev:
            rows_t += [("Неплатени задължения от предходни периоди", f(prev)), ("Общо дължимо", f(total + prev))]
        for lab, val in rows_t:
            b = lab.startswith("Общо")
            txt(pdf, 100, y, lab, 8.6, "B" if b else "", w=64)
            txt(pdf, 164, y, f"{val} {sign}", 8.6, "B" if b else "", w=34, align="R")
            y += 5
        txt(pdf, 12, y + 1, f"Информативно: общо по фактурата {f(other(total))} {osign} по фиксиран курс 1,95583 лв. за 1 евро.", 7.8, color=(80, 80, 80))
        para(pdf, 12, y + 7, 186, "Съгласно чл. 6, ал. 1 от Закона за счетоводството фактурата е валидна без подпис и печат. Получател: ........................  Съставил: ........................", 7.2, color=(90, 90, 90))
        # remittance slip at the foot
        ys = 222
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(8, ys - 4, 202, ys - 4)
        pdf.set_dash_pattern()
        txt(pdf, 12, ys - 3.2, "✂ Откъснете и представете при плащане в банка или на каса", 6.8, color=(110, 110, 110))
        pdf.rect(12, ys + 2, 186, 52)
        txt(pdf, 15, ys + 4, "ТАЛОН ЗА ПЛАЩАНЕ / ВНОСНА БЕЛЕЖКА", 9.6, "B", color=color)
        yy = ys + 11
        for lab, val in (("Получател", vname), ("IBAN на получателя", group4(ib)), ("BIC", ib[4:8] + "BGSF"), ("Основание за плащане", f"ф-ра № {no} / аб. № {acc}"), ("Сума", f"{f(total + (prev or 0))} {sign}")):
            txt(pdf, 15, yy, lab, 7.4, color=(90, 90, 90))
            txt(pdf, 58, yy, val, 9, "B")
            yy += 7
        qr_fpdf(pdf, rng, 168, ys + 10, 26)
        txt(pdf, 12, 284, "Страница 1 от 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        f"Sliven (Bulgaria) utility-style ФАКТУРА in Bulgarian ({activity}) with the AMOUNT TO PAY at the TOP, each fact's LABEL at the END of a line of text and its value on the NEXT line, ДДС 20 %, '1 234,56 {sign}', "
        + ("euro with leva counter-values (2026)" if eur else "leva with euro counter-values (before 2026)")
        + ", a REMITTANCE SLIP at the foot: vendor = the name at the top left; vendor_tax_id = 'ИН по ДДС' (BG + the 9-digit ЕИК; the ЕИК alone, the customer's ЕИК and ИН по ДДС, the subscriber number and the IBAN are decoys). "
        "invoice_number = 'Фактура №:' (10 digits); invoice_date = 'Дата на издаване:' (the 'Дата на данъчно събитие' and the period's dates are decoys). "
        + due_note(due, "директен дебит", "Платете до:")
        + po_note(po, "")
        + ("The supply contract 'Договор за доставка №' is a decoy. " if contract else "")
        + "subtotal = 'Данъчна основа'; tax = 'ДДС 20 %'; total = 'Общо по фактурата'"
        + (" (the unpaid balance of earlier periods and 'Общо дължимо', also the top box and the slip, are decoys)" if prev else "")
        + f". Currency {cur} ('{sign}'; the '{osign}' amounts are counter-values). Line items: every service row, without ДДС."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Общо по фактурата", fd(due) if due else None, beik, acc, f(other(total)), f(total + prev) if prev else None, contract]}
    return t, chk, render


# =========================================================================== 10 Kozani (ΦΠΑ 24/13, EUR), right sidebar labels above, discount, credit note
KZ_V = [
    ("ΚΡΟΚΟΣ ΑΝΩ ΚΟΖΑΝΗΣ Α.Ε.", "Παραγωγή και εμπορία κρόκου και τροφίμων", "Βιομηχανική Περιοχή Κοζάνης, Ο.Τ. 14, 501 00 Κοζάνη", (161, 98, 7)),
    ("ΠΕΛΛΕΤ ΒΕΡΜΙΟΥ Ι.Κ.Ε.", "Παραγωγή στερεών καυσίμων βιομάζας", "7ο χλμ. Κοζάνης – Πτολεμαΐδας, 501 50 Κοζάνη", (21, 128, 61)),
    ("ΑΛΙΑΚΜΩΝ ΤΕΧΝΙΚΗ Ε.Π.Ε.", "Ηλεκτρομηχανολογικές εγκαταστάσεις – μελέτες", "Πλατεία Νίκης 9, 501 31 Κοζάνη", (30, 58, 138)),
    ("ΑΡΤΟΠΟΙΕΙΑ ΚΟΖΑΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ Ο.Ε.", "Αρτοποιία – ζαχαροπλαστική – χονδρική", "Ερμού 45, 501 32 Κοζάνη", (124, 45, 18)),
]
KZ_B = [
    ("ΚΑΒΑ ΓΕΥΣΕΙΣ ΜΑΚΕΔΟΝΙΑΣ Ο.Ε.", "Τσιμισκή 88, 546 22 Θεσσαλονίκη", "ΔΟΥ Ε΄ ΘΕΣΣΑΛΟΝΙΚΗΣ"),
    ("ΞΕΝΟΔΟΧΕΙΟ ΑΙΓΕΣ ΣΕΡΒΙΩΝ Α.Ε.", "Κεντρική Πλατεία, 505 00 Σέρβια", "ΔΟΥ ΚΟΖΑΝΗΣ"),
    ("ΔΗΜΟΣ ΚΟΖΑΝΗΣ – ΔΙΕΥΘΥΝΣΗ ΤΕΧΝΙΚΩΝ ΥΠΗΡΕΣΙΩΝ", "Πλατεία Νίκης 1, 501 31 Κοζάνη", "ΔΟΥ ΚΟΖΑΝΗΣ"),
    ("ΣΟΥΠΕΡ ΜΑΡΚΕΤ ΒΕΡΜΙΟΝ Α.Ε.", "Λεωφ. Δημοκρατίας 120, 501 00 Κοζάνη", "ΔΟΥ ΚΟΖΑΝΗΣ"),
]
KZ_ROWS = [
    [("Κρόκος Κοζάνης ΠΟΠ, νήματα 1 g", "τεμ", 20, 300, 6.2, 9.8, 13), ("Κρόκος Κοζάνης ΠΟΠ, νήματα 4 g", "τεμ", 10, 120, 22, 34, 13), ("Λικέρ κρόκου 500 ml", "φιάλη", 6, 60, 12, 19, 24), ("Μέλι με κρόκο 250 g", "τεμ", 12, 120, 5.8, 9.4, 13), ("Συσκευασία δώρου ξύλινη", "τεμ", 5, 60, 3.2, 6.5, 24)],
    [("Pellet οξιάς ENplus A1, σάκος 15 kg", "σάκος", 70, 980, 4.6, 6.9, 24), ("Pellet οξιάς, παλέτα 70 σάκων", "παλέτα", 1, 14, 320, 460, 24), ("Μεταφορά με γερανοφόρο", "δρομολόγιο", 1, 3, 45, 120, 24)],
    [("Μελέτη ηλεκτρολογικής εγκατάστασης σχολείου", "τεμ", 1, 1, 1800, 4800, 24), ("Εργασία ηλεκτρολόγου", "ώρα", 8, 60, 22, 38, 24), ("Πίνακας διανομής 36 θέσεων", "τεμ", 1, 4, 240, 520, 24), ("Καλώδιο NYM 3x2,5", "μέτρο", 50, 600, 0.9, 1.8, 24)],
    [("Ψωμί χωριάτικο 1 kg", "τεμ", 40, 400, 1.2, 2.1, 13), ("Κουλούρια Θεσσαλονίκης", "τεμ", 50, 600, 0.35, 0.6, 13), ("Τσουρέκι 500 g", "τεμ", 10, 120, 4.2, 7.5, 13), ("Κιχί Κοζάνης, ταψί", "ταψί", 2, 20, 18, 32, 13), ("Χαρτοσακούλες εκτύπωσης", "πακέτο", 2, 20, 4, 9, 24)],
]


@style("10", "gr_koz_kozani_timologio_fpa_24_13_sidebar_right_labels_above_pistotiko")
def s10(rng, i):
    vname, activity, vaddr, color = KZ_V[i]
    bname, baddr, bdoy = KZ_B[i]
    credit = i == 3
    d = rand_date(rng)
    items = lines(rng, KZ_ROWS[i], [4, 2, 3, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        x["dp"] = rng.choice([0, 0, 5, 10]) if i != 2 else 0
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["dp"]) / 100)
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: rng.choice("0789") + digits(rng, 8), gr_vat.is_valid)
    bvid = valid(rng, lambda: rng.choice("0789") + digits(rng, 8), gr_vat.is_valid)
    series = ["Α", "ΤΔΑ", "ΤΠΥ", "ΠΤ"][i]
    no = f"{series}-{rng.randint(100, 9999)}"
    fd = (lambda x: x.strftime("%d/%m/%Y")) if i != 1 else (lambda x: long_date(x, "el"))
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 2) else None
    po = [f"ΠΑΡ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}/{d.year}", None][i]
    orig = f"Α-{rng.randint(100, 9999)}" if credit else None
    mark = str(rng.randint(400000000000000, 409999999999999))
    uid = "".join(rng.choice("0123456789ABCDEF") for _ in range(40))
    ib = rand_iban(rng, "GR", 23, rng.choice(["0110", "0171", "0260"]))
    title = "ΠΙΣΤΩΤΙΚΟ ΤΙΜΟΛΟΓΙΟ" if credit else ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" if i == 2 else "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ")
    pay = ["Επί πιστώσει", "Μετρητοίς", "Επί πιστώσει", "Συμψηφισμός"][i]
    tot_l = "ΠΟΣΟ ΠΙΣΤΩΣΗΣ" if credit else "ΠΛΗΡΩΤΕΟ ΠΟΣΟ"
    f = de

    def render(path):
        pdf = new_fpdf(creator="Epsilon Smart")
        pdf.add_page()
        SX = 146
        pdf.set_fill_color(244, 244, 240)
        pdf.rect(SX, 0, 64, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(SX, 0, 1.6, 297, "F")
        # main column
        txt(pdf, 12, 12, vname, 13, "B", font="DVC", color=color)
        txt(pdf, 12, 18.5, activity, 8, font="DVC")
        txt(pdf, 12, 22.5, vaddr, 8, font="DVC")
        txt(pdf, 12, 26.5, f"Α.Φ.Μ.: {vid} · Δ.Ο.Υ. ΚΟΖΑΝΗΣ · Γ.Ε.ΜΗ. {digits(rng, 9, True)}000", 8, font="DVC")
        txt(pdf, 12, 30.5, f"Τηλ. 24610 {digits(rng, 5)} · info@{['krokos-kozanis', 'pellet-vermio', 'aliakmon-tech', 'artopoieia-papadopoulos'][i]}.gr", 7.6, font="DVC", color=(90, 90, 90))
        txt(pdf, 12, 40, title, 14, "B", font="DVC")
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(12, 47, 128, 25)
        txt(pdf, 14, 48.5, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", 6.8, "B", font="DVC", color=(100, 100, 100))
        txt(pdf, 14, 53, bname, 9.2, "B", font="DVC")
        txt(pdf, 14, 58, baddr, 8, font="DVC")
        txt(pdf, 14, 62.5, f"Α.Φ.Μ.: {bvid} · {bdoy}", 8, font="DVC")
        txt(pdf, 14, 67, f"Τόπος αποστολής: {rng.choice(['Έδρα μας', 'Αποθήκη Κοζάνης'])} · Σκοπός διακίνησης: Πώληση", 7.4, font="DVC", color=(90, 90, 90))
        cols = [("Κωδ.", 13, "L"), ("Περιγραφή", 45, "L"), ("Μ.Μ.", 12, "L"), ("Ποσ.", 11, "R"), ("Τιμή", 14, "R"), ("Έκπτ.", 10, "R"), ("Αξία", 18, "R"), ("ΦΠΑ", 9, "R")]
        rows = [[f"{rng.randint(1000, 9999)}", wrap(x["desc"], 26), x["unit"], qstr(x["qty"]), f(x["price"]), f"{x['dp']}%" if x["dp"] else "", f(x["amount"]), f"{x['rate']}%"] for x in items]
        y = table(pdf, 12, 78, cols, rows, size=7.4, font="DVC", rowh=5.6, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200)) + 6
        txt(pdf, 12, y, "ΑΝΑΛΥΣΗ ΦΠΑ", 7.6, "B", font="DVC")
        y += 4.5
        for r, b, t in rates:
            txt(pdf, 12, y, f"ΦΠΑ {r}%  καθαρή αξία {f(b)}  ΦΠΑ {f(t)}", 7.8, font="DVC")
            y += 4.2
        y += 3
        for lab, val, b in (("ΣΥΝΟΛΟ ΚΑΘΑΡΗΣ ΑΞΙΑΣ", f(net), ""), ("ΣΥΝΟΛΟ ΦΠΑ", f(tax), ""), ("ΣΥΝΟΛΟ ΠΑΡΑΣΤΑΤΙΚΟΥ", f(total) + " €", "B")):
            txt(pdf, 70, y, lab, 8.6, b, font="DVC")
            txt(pdf, 112, y, val, 8.6, b, font="DVC", w=28, align="R")
            y += 5.2
        if credit:
            y = para(pdf, 12, y + 4, 128, f"Αιτιολογία: επιστροφή ειδών / έκπτωση επί του τιμολογίου {orig}. Το ποσό συμψηφίζεται με μελλοντικές αγορές.", 7.8, font="DVC")
        para(pdf, 12, y + 6, 128, f"Τράπεζα Πειραιώς / Εθνική – IBAN {group4(ib)}. Ο εκδότης δηλώνει ότι τα ανωτέρω είδη παραδόθηκαν σε καλή κατάσταση.", 7.2, font="DVC", color=(90, 90, 90))
        txt(pdf, 12, 284, f"Σελίδα 1 από 1 · Πάροχος ηλεκτρονικής τιμολόγησης · {vname}", 6.8, font="DVC", color=(120, 120, 120))
        # sidebar: labels above values
        x, y = SX + 6, 12
        side = [("ΕΙΔΟΣ ΠΑΡΑΣΤΑΤΙΚΟΥ", title.replace("ΤΙΜΟΛΟΓΙΟ ", "ΤΙΜΟΛ. ")), ("ΑΡ. ΠΑΡΑΣΤΑΤΙΚΟΥ", no), ("ΗΜΕΡΟΜΗΝΙΑ ΕΚΔΟΣΗΣ", fd(d)), ("ΤΡΟΠΟΣ ΠΛΗΡΩΜΗΣ", pay)]
        if due:
            side.append(("ΗΜ/ΝΙΑ ΛΗΞΗΣ", fd(due)))
        if po:
            side.append(("ΑΡ. ΠΑΡΑΓΓΕΛΙΑΣ", po))
        if orig:
            side.append(("ΣΧΕΤΙΚΟ ΠΑΡΑΣΤΑΤΙΚΟ", f"{orig} / {fd(d - dt.timedelta(days=rng.randint(10, 40)))}"))
        side += [("ΑΡ. ΔΕΛΤΙΟΥ ΑΠΟΣΤΟΛΗΣ", f"ΔΑ-{rng.randint(100, 9999)}"), ("Μ.ΑΡ.Κ.", mark), ("UID", wrap(uid, 20)), ("ΚΩΔ. ΠΕΛΑΤΗ", f"Π{rng.randint(1000, 9999)}")]
        for lab, val in side:
            txt(pdf, x, y, lab, 6.6, font="DVC", color=(110, 110, 110))
            parts = val.split("\n")
            for k, p in enumerate(parts):
                txt(pdf, x, y + 3.6 + k * 3.6, p, 8.6 if len(parts) == 1 else 6.8, "B", font="DVC")
            y += 9.5 + 3.6 * (len(parts) - 1)
        pdf.set_fill_color(*color)
        pdf.rect(SX + 4, y + 2, 56, 17, "F")
        txt(pdf, x, y + 4, tot_l, 7.2, "B", font="DVC", color=(255, 255, 255))
        txt(pdf, x, y + 9.5, f"{f(total)} €", 13, "B", font="DVC", color=(255, 255, 255), w=50, align="R")
        qr_fpdf(pdf, rng, SX + 14, y + 26, 34)
        txt(pdf, x, y + 62, "Σάρωση για επαλήθευση myDATA", 6.6, font="DVC", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        f"Kozani (Greece) {title}" + (" (CREDIT NOTE, quantities and amounts NEGATIVE, referring to an earlier invoice: a decoy)" if credit else "")
        + " in Greek with a RIGHT SIDEBAR of LABELS ABOVE their values, a discount column, ΦΠΑ 24 / 13 % per row and per rate, '1.234,56 €': "
        "vendor = the name at the top left; vendor_tax_id = 'Α.Φ.Μ.' under it (9 digits; the ΓΕΜΗ, the customer's Α.Φ.Μ., the Μ.ΑΡ.Κ., the UID, the dispatch note, the customer code and the IBAN are decoys). "
        "invoice_number = 'ΑΡ. ΠΑΡΑΣΤΑΤΙΚΟΥ' (series and number as one token); invoice_date = 'ΗΜΕΡΟΜΗΝΙΑ ΕΚΔΟΣΗΣ'. "
        + due_note(due, pay, "ΗΜ/ΝΙΑ ΛΗΞΗΣ")
        + po_note(po, "ΑΡ. ΠΑΡΑΓΓΕΛΙΑΣ")
        + f"subtotal = 'ΣΥΝΟΛΟ ΚΑΘΑΡΗΣ ΑΞΙΑΣ'; tax = 'ΣΥΝΟΛΟ ΦΠΑ'; total = 'ΣΥΝΟΛΟ ΠΑΡΑΣΤΑΤΙΚΟΥ' (also '{tot_l}' in the sidebar). Currency EUR. Line items: every row at its discounted 'Αξία', without ΦΠΑ."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "ΣΥΝΟΛΟ ΠΑΡΑΣΤΑΤΙΚΟΥ", fd(due) if due else None, bvid, mark, orig]}
    return t, chk, render
