"""fpdf2 styles for set 50, first part (06 Ioannina ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ in Greek on a LANDSCAPE page, labels BESIDE the
values, ΦΠΑ 24 % and 13 %, the myDATA MARK; 07 Győr SZÁMLA in Hungarian on a FULLY RULED grid, ÁFA 27 % and 5 %, whole
forints; 08 Kragujevac РАЧУН in Serbian Cyrillic with the TOTALS in a box at the LEFT, ПДВ 20 % and 10 %, dinars with an
EUR reference on two, one document over TWO PAGES)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import de, digits, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.gr import vat as grvat
from stdnum.hu import anum
from stdnum.rs import pib

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Ioannina (ΦΠΑ 24/13, EUR), landscape
IO_V = [
    ("ΗΠΕΙΡΩΤΙΚΗ ΓΑΛΑΚΤΟΚΟΜΙΚΗ Α.Ε.", "Βιομηχανική Περιοχή Ιωαννίνων, Οδός Β' 12, 455 00 Ιωάννινα", "ΔΟΥ Ιωαννίνων", (30, 64, 120)),
    ("ΞΕΝΟΔΟΧΕΙΟ ΛΙΜΝΗ ΠΑΜΒΩΤΙΔΑ Ε.Π.Ε.", "Παμβώτιδος 18, 454 44 Ιωάννινα", "ΔΟΥ Ιωαννίνων", (14, 116, 144)),
    ("ΑΡΓΥΡΟΧΡΥΣΟΧΟΪΑ ΚΑΛΑΡΡΥΤΕΣ Ο.Ε.", "Αβέρωφ 40, 453 32 Ιωάννινα", "ΔΟΥ Ιωαννίνων", (120, 53, 15)),
    ("ΔΩΔΩΝΗ ΟΙΚΟΔΟΜΙΚΑ ΥΛΙΚΑ Ι.Κ.Ε.", "Εθνική Οδός Ιωαννίνων–Αθηνών, χλμ 5, 452 21 Ιωάννινα", "ΔΟΥ Ιωαννίνων", (55, 65, 81)),
]
IO_B = ["ΣΟΥΠΕΡ ΜΑΡΚΕΤ ΗΠΕΙΡΟΣ Α.Ε.", "ΠΑΝΕΠΙΣΤΗΜΙΟ ΙΩΑΝΝΙΝΩΝ – ΕΛΚΕ", "ΚΟΣΜΗΜΑΤΑ ΚΕΡΚΥΡΑΣ Ο.Ε.", "ΤΕΧΝΙΚΗ ΜΕΤΣΟΒΟΥ Α.Τ.Ε."]
IO_ROWS = [
    [("Φέτα ΠΟΠ δοχείο 15 kg", "τεμ.", 2, 40, 95, 160, 13), ("Γιαούρτι στραγγιστό 1 kg", "τεμ.", 10, 200, 3, 6, 13), ("Κεφαλογραβιέρα ΠΟΠ, kg", "kg", 5, 120, 11, 18, 13), ("Μεταφορικά", "υπηρ.", 1, 1, 40, 180, 24)],
    [("Διανυκτέρευση δίκλινο", "νύχτα", 1, 20, 65, 140, 13), ("Αίθουσα συνεδρίων, ημέρα", "ημέρα", 1, 3, 250, 700, 24), ("Coffee break", "άτομα", 10, 120, 5, 9, 13), ("Ενοικίαση προβολικού", "ημέρα", 1, 3, 40, 90, 24)],
    [("Σκουλαρίκια ασημένια, συρματερό", "τεμ.", 2, 30, 28, 85, 24), ("Κολιέ ασημένιο 925", "τεμ.", 1, 20, 45, 160, 24), ("Δαχτυλίδι επίχρυσο", "τεμ.", 1, 25, 35, 120, 24), ("Συσκευασία δώρου", "τεμ.", 5, 60, 1, 3, 24)],
    [("Τσιμέντο 50 kg", "σακί", 20, 400, 6, 9, 24), ("Σίδηρος οπλισμού Β500C Φ12", "kg", 200, 4000, 1, 2, 24), ("Τούβλα διάτρητα 6x9x19", "παλέτα", 1, 20, 180, 320, 24), ("Μεταφορά με γερανό", "δρομολ.", 1, 4, 80, 220, 24)],
]


@style("06", "gr_ioa_ioannina_timologio_fpa_24_13_landscape")
def s06(rng, i):
    vname, vaddr, doy, color = IO_V[i]
    d = rand_date(rng)
    items = lines(rng, IO_ROWS[i], [4, 3, 4, 2][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    afm = valid(rng, lambda: digits(rng, 9, True), grvat.is_valid)
    bafm = valid(rng, lambda: digits(rng, 9, True), grvat.is_valid)
    vid = afm if i != 2 else "EL" + afm
    seira = ["Α", "ΤΠΥ", "Β", "ΤΔΑ"][i]
    aa = str(rng.randint(100, 9999))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "el"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i in (0, 3) else None
    po = [f"{rng.randint(4500, 4999)}", f"{rng.randint(100, 999)}/{d.year}", None, None][i]
    mark = digits(rng, 15, True)
    ib = rand_iban(rng, "GR", 23, "0110")
    no = f"{seira} {aa}" if i != 1 else f"{seira}-{aa}"
    title = ["ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", "ΤΙΜΟΛΟΓΙΟ – ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ"][i]

    def render(path):
        pdf = new_fpdf("L", creator="Epsilon Smart")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 4, "F")
        txt(pdf, 12, 9, vname, 14, "B", color=color)
        txt(pdf, 12, 16, vaddr, 8.4)
        txt(pdf, 12, 20.5, f"ΑΦΜ: {vid}   {doy}   ΓΕΜΗ: {digits(rng, 12, True)}   Τηλ. 26510 {digits(rng, 5)}", 8.4)
        txt(pdf, 200, 9, title, 12, "B", w=85, align="R")
        kv(pdf, 200, 18, [("Σειρά – Αριθμός:", no), ("Ημερομηνία:", fd(d)), ("Ημ/νία αποστολής:", fd(d - dt.timedelta(days=rng.randint(0, 3)))), ("Λήξη πληρωμής:", fd(due) if due else None), ("Αρ. παραγγελίας:", po), ("Τρόπος πληρωμής:", "Επί πιστώσει" if due else "Μετρητοίς")], wl=38, wv=47, size=8.4)
        pdf.set_draw_color(*color)
        pdf.rect(12, 27, 170, 27)
        kv(pdf, 15, 29.5, [("Πελάτης:", IO_B[i]), ("ΑΦΜ πελάτη:", bafm), ("ΔΟΥ:", rng.choice(["Α' Ιωαννίνων", "Κέρκυρας", "ΦΑΕ Αθηνών"])), ("Διεύθυνση:", rng.choice(["Ιωάννινα", "Κέρκυρα", "Μέτσοβο", "Πρέβεζα"])), ("Σκοπός διακίνησης:", "Πώληση")], wl=34, wv=130, size=8.4, align="L")
        cols = [("Κωδ.", 20, "L"), ("Περιγραφή", 100, "L"), ("Μ.Μ.", 20, "L"), ("Ποσότητα", 24, "R"), ("Τιμή μον.", 26, "R"), ("Καθαρή αξία", 30, "R"), ("ΦΠΑ %", 18, "R"), ("Αξία ΦΠΑ", 26, "R")]
        rows = [[f"{rng.randint(1000, 9999)}", x["desc"], x["unit"], qstr(x["qty"]).replace(".", ","), de(x["price"]), de(x["amount"]), f"{x['rate']}%", de(q2(x["amount"] * x["rate"] / 100))] for x in items]
        y0 = 60
        y = table(pdf, 12, y0, cols, rows, size=8.4, rowh=6, header_fill=color, header_color=(255, 255, 255))
        frame(pdf, 12, y0, y, cols)
        y += 8
        pdf.set_draw_color(*color)
        txt(pdf, 12, y, "Ανάλυση ΦΠΑ", 8.4, "B")
        yy = y + 5
        for r, b, t in rates:
            txt(pdf, 12, yy, f"ΦΠΑ {r}%: καθαρή αξία {de(b)} € – ΦΠΑ {de(t)} €", 8.4)
            yy += 4.6
        para(pdf, 12, yy + 3, 150, f"Τράπεζα Πειραιώς IBAN {group4(ib)}. Παρατηρήσεις: {'Εξόφληση με μετρητά.' if not due else 'Παρακαλούμε αναφέρετε τον αριθμό τιμολογίου στην κατάθεση.'}", 8, color=(60, 60, 60))
        totals(pdf, 190, y, [("Καθαρή αξία", de(net) + " €", False), ("Σύνολο ΦΠΑ", de(tax) + " €", False), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ", de(total) + " €", True)], wl=55, wv=40, size=9.4, line=color, step=6.5)
        qr_fpdf(pdf, rng, 255, 168, 26)
        txt(pdf, 12, 190, f"ΜΑΡΚ: {mark}   UID: {''.join(rng.choice('0123456789ABCDEF') for _ in range(40))}   Πάροχος ηλεκτρονικής τιμολόγησης: Epsilon Digital – Σελίδα 1 από 1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        f"Ioannina (Epirus, Greece) {title} in Greek on a LANDSCAPE page with a coloured top edge, the facts as LABEL: value pairs BESIDE each other at the right, a ruled table, ΦΠΑ " + " and ".join(f"{r} %" for r, _, _ in rates) + ", '1.234,56 €': "
        "vendor = the name at the top left; vendor_tax_id = 'ΑΦΜ' under the address (" + ("with the EL prefix" if i == 2 else "9 digits") + "; the ΓΕΜΗ, the customer's ΑΦΜ, the ΜΑΡΚ and UID of myDATA, the IBAN are decoys). "
        f"invoice_number = 'Σειρά' + 'Αριθμός' as '{no}' ('Σειρά – Αριθμός', series and number); invoice_date = 'Ημερομηνία' (the dispatch date is a decoy). "
        + due_note(due, "Μετρητοίς", "Λήξη πληρωμής")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Καθαρή αξία'; tax = 'Σύνολο ΦΠΑ'; total = 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ'. Currency EUR. Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ", fd(due) if due else None, bafm, mark]}
    return t, chk, render


# =========================================================================== 07 Győr (ÁFA 27/5, HUF), fully ruled grid
GY_V = [
    ("Rába Gépipari Szolgáltató Kft.", "9027 Győr, Martin út 1.", (127, 29, 29)),
    ("Kisalföldi Sütőipari Zrt.", "9024 Győr, Bácsai út 52.", (146, 64, 14)),
    ("Győri Nyomda és Kiadó Bt.", "9021 Győr, Baross Gábor út 16.", (22, 78, 99)),
    ("Mosoni-Duna Vízi Sport Kft.", "9026 Győr, Radó sétány 3.", (21, 94, 49)),
]
GY_B = ["Audi Beszállító Logisztika Kft., 9027 Győr, Kardán utca 1.", "Xantus János Állatkert Nonprofit Kft., 9027 Győr, Kiskút liget", "Széchenyi István Egyetem, 9026 Győr, Egyetem tér 1.", "Mosonmagyaróvári Kajak-Kenu Egyesület, 9200 Mosonmagyaróvár"]
GY_ROWS = [
    [("CNC esztergálás, gépóra", "óra", 2, 60, 14500, 26000, 27), ("Hegesztési munka", "óra", 2, 40, 11000, 18500, 27), ("Acéllemez S355 3 mm", "kg", 20, 800, 690, 1250, 27), ("Kiszállási díj", "alk.", 1, 2, 9000, 25000, 27)],
    [("Fehér kenyér 1 kg", "db", 20, 400, 520, 890, 5), ("Kifli", "db", 100, 2000, 45, 79, 5), ("Kakaós csiga", "db", 20, 400, 290, 450, 27), ("Rétes, meggyes", "db", 10, 200, 390, 650, 27)],
    [("Könyv – Győr története", "db", 5, 200, 3900, 7900, 5), ("Prospektus nyomtatás A4", "db", 100, 5000, 35, 140, 27), ("Grafikai tervezés", "óra", 2, 30, 9500, 16000, 27)],
    [("Kajak bérlés, nap", "nap", 1, 20, 6500, 12000, 27), ("Evező, karbon", "db", 1, 10, 39000, 89000, 27), ("Mentőmellény", "db", 1, 20, 14500, 26000, 27), ("Kenutúra, fő", "fő", 2, 40, 9000, 16000, 27)],
]


@style("07", "hu_gyr_gyor_szamla_afa_27_5_ruled_huf")
def s07(rng, i):
    vname, vaddr, color = GY_V[i]
    bname, baddr = GY_B[i].split(", ", 1)
    d = rand_date(rng)
    items = lines(rng, GY_ROWS[i], [3, 4, 3, 2][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items, q=q0)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    base = valid(rng, lambda: digits(rng, 8, True), anum.is_valid)
    vid = f"{base}-{rng.choice([2, 2, 3])}-08"
    bid = valid(rng, lambda: digits(rng, 8, True), anum.is_valid) + "-2-" + rng.choice(["08", "41", "13"])
    no = [f"RGS-{d.year}-{rng.randint(100, 999)}", f"KS{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(10, 999):05d}", f"MDV-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%Y.%m.%d."), lambda x: x.strftime("%Y. %m. %d."), lambda x: long_date(x, "hu"), lambda x: x.strftime("%Y-%m-%d")][i]
    cash = i == 3
    due = None if cash else d + dt.timedelta(days=rng.choice([8, 15, 30]))
    po = [f"{rng.randint(4500000000, 4599999999)}", None, f"MR-{rng.randint(100, 999)}", None][i]
    telj = d - dt.timedelta(days=rng.randint(0, 5))
    ft = lambda x: sp(x, 0) + " Ft"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Számlázz.hu")
        pdf.add_page()
        txt(pdf, 15, 12, "SZÁMLA", 20, "B", color=color)
        txt(pdf, 120, 13, "Számla sorszáma:", 9, color=(90, 90, 90))
        txt(pdf, 155, 13, no, 11, "B", w=40, align="R")
        txt(pdf, 120, 19, "Eredeti példány · 1. oldal / 1", 7.5, w=75, align="R", color=(90, 90, 90))
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        for x0, head, name, addr, extra in ((15, "Eladó", vname, vaddr, [f"Adószám: {vid}", f"Cégjegyzékszám: 08-09-{digits(rng, 6)}", f"Bankszámla: 11737007-{digits(rng, 8)}-{digits(rng, 8)}", "OTP Bank Nyrt."]),
                                            (105, "Vevő", bname, baddr, [f"Adószám: {bid}", f"Vevőkód: V{digits(rng, 5)}"] + ([f"Megrendelés szám: {po}"] if po else []))):
            pdf.rect(x0, 26, 90, 36)
            txt(pdf, x0 + 2, 28, head, 7.5, color=(90, 90, 90))
            txt(pdf, x0 + 2, 32, name, 9.4, "B")
            para(pdf, x0 + 2, 37, 86, addr + "\n" + "\n".join(extra), 8.2, h=4.2)
        cols3 = [("Fizetési mód", 45), ("Teljesítés dátuma", 45), ("Számla kelte", 45), ("Fizetési határidő", 45)]
        vals = ["Készpénz" if cash else "Átutalás", fd(telj), fd(d), fd(due) if due else "—"]
        x0 = 15
        for (h_, w_), v in zip(cols3, vals, strict=True):
            pdf.rect(x0, 66, w_, 12)
            txt(pdf, x0 + 2, 67.5, h_, 7.5, color=(90, 90, 90))
            txt(pdf, x0 + 2, 72, v, 9.4, "B")
            x0 += w_
        cols = [("Megnevezés", 62, "L"), ("Menny.", 16, "R"), ("Egység", 14, "L"), ("Nettó egységár", 24, "R"), ("Nettó érték", 24, "R"), ("ÁFA", 12, "R"), ("ÁFA érték", 28, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], sp(x["price"], 0), sp(x["amount"], 0), f"{x['rate']}%", sp(q0(x["amount"] * x["rate"] / 100), 0)] for x in items]
        y0 = 84
        y = table(pdf, 15, y0, cols, rows, size=8.2, rowh=6, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 15, y0, y, cols, color=(0, 0, 0))
        y += 6
        cols_s = [("ÁFA kulcs", 30, "L"), ("Nettó", 35, "R"), ("ÁFA", 35, "R"), ("Bruttó", 35, "R")]
        rs = [[f"{r}%", ft(b), ft(t), ft(b + t)] for r, b, t in rates] + [["Összesen", ft(net), ft(tax), ft(total)]]
        y1 = table(pdf, 60, y, cols_s, rs, size=8.4, rowh=6, line_color=(0, 0, 0))
        frame(pdf, 60, y, y1, cols_s, color=(0, 0, 0))
        pdf.set_fill_color(*color)
        pdf.rect(60, y1 + 4, 135, 11, "F")
        txt(pdf, 63, y1 + 6.5, "Fizetendő összesen:", 11, "B", color=(255, 255, 255))
        txt(pdf, 140, y1 + 6.5, ft(total), 12, "B", w=52, align="R", color=(255, 255, 255))
        para(pdf, 15, y1 + 22, 180, ("A számla összege készpénzben kiegyenlítve." if cash else "Kérjük, az átutalás közleményében a számla sorszámát tüntesse fel.") + f" Az EUR-ban kért tájékoztató összeg: {de(q2(total / D('396.40')))} EUR (MNB árfolyam 396,40).", 8, color=(70, 70, 70))
        txt(pdf, 15, 280, "A számla a 23/2014. (VI. 30.) NGM rendelet szerint elektronikus úton került kiállításra. NAV Online Számla: bejelentve.", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Győr (Hungary) SZÁMLA in Hungarian on a FULLY RULED grid (party boxes, a row of four date boxes, a ruled item table, a ruled ÁFA summary), ÁFA " + " and ".join(f"{r} %" for r, _, _ in rates) + ", whole forints '1 234 Ft': "
        "vendor = 'Eladó'; vendor_tax_id = the seller's 'Adószám' (8-1-2 digits; the buyer's Adószám, the Cégjegyzékszám, the bank account, the customer code are decoys). "
        "invoice_number = 'Számla sorszáma'; invoice_date = 'Számla kelte' (the 'Teljesítés dátuma' is a decoy). "
        + due_note(due, "Készpénz", "Fizetési határidő")
        + po_note(po, "Megrendelés szám")
        + "subtotal = 'Összesen' Nettó; tax = 'Összesen' ÁFA; total = 'Fizetendő összesen' (the informative EUR amount is a decoy). Currency HUF ('Ft'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "HUF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Fizetendő összesen", fd(due) if due else None, fd(telj), bid]}
    return t, chk, render


# =========================================================================== 08 Kragujevac (ПДВ 20/10, RSD), totals left, two pages
KG_V = [
    ("Шумадија Метал д.о.о.", "Индустријска 14, 34000 Крагујевац", (153, 27, 27)),
    ("Пекара Код Крста д.о.о.", "Краља Петра I 31, 34000 Крагујевац", (146, 64, 14)),
    ("Застава Ауто Делови а.д.", "Трг Топовске шупе 4, 34000 Крагујевац", (30, 58, 138)),
    ("Књижара Вук Караџић д.о.о.", "Светозара Марковића 8, 34000 Крагујевац", (6, 95, 70)),
]
KG_B = ["Фијат Сервис Крагујевац д.о.о.", "Хотел Крагујевац а.д.", "Ауто центар Јагодина д.о.о.", "Прва крагујевачка гимназија"]
KG_ROWS = [
    ("Лим челични 2 mm", "kg", 50, 900, 120, 190, 20), ("Заваривање, рад", "сат", 2, 40, 1800, 2900, 20), ("Профил кутијасти 40x40", "m", 10, 300, 320, 590, 20),
    ("Хлеб бели 600 g", "ком", 20, 300, 60, 95, 10), ("Кифле", "ком", 50, 600, 25, 45, 10), ("Бурек са сиром", "ком", 10, 150, 180, 290, 20),
    ("Филтер уља", "ком", 5, 80, 650, 1400, 20), ("Кочиона плочица, сет", "сет", 2, 40, 2400, 5900, 20), ("Амортизер предњи", "ком", 2, 30, 4800, 9900, 20),
    ("Уџбеник Српски језик 7", "ком", 5, 120, 780, 1290, 10), ("Свеска А4 кариране", "ком", 20, 500, 95, 180, 20), ("Оловка графитна HB", "ком", 20, 500, 35, 70, 20),
    ("Превоз робе", "тура", 1, 4, 3500, 9000, 20), ("Палета EUR", "ком", 1, 10, 1200, 1800, 20), ("Бојица, сет 12", "ком", 10, 200, 290, 490, 20),
    ("Ремен зупчасти", "ком", 2, 20, 3900, 7800, 20), ("Свећица паљења", "ком", 4, 60, 450, 890, 20), ("Пеглица, сет", "ком", 1, 10, 900, 2200, 20),
    ("Погача", "ком", 5, 60, 220, 360, 10), ("Речник енглеско-српски", "ком", 2, 30, 1900, 3400, 10),
]


@style("08", "rs_kgv_kragujevac_racun_pdv_20_10_two_pages_totals_left")
def s08(rng, i):
    vname, vaddr, color = KG_V[i]
    d = rand_date(rng)
    pool = KG_ROWS if i == 2 else KG_ROWS[i * 3 : i * 3 + 3] + KG_ROWS[12:15]
    items = lines(rng, pool, [4, 5, 18, 3][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 9, True), pib.is_valid)
    bpib = valid(rng, lambda: digits(rng, 9, True), pib.is_valid)
    mb = digits(rng, 8, True)
    no = [f"{rng.randint(1, 999)}/{d.year}", f"РН-{rng.randint(1000, 9999)}", f"{d.year}-{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y."), lambda x: long_date(x, "sr"), lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 1 else None
    po = [f"{rng.randint(100, 999)}/{d.strftime('%y')}", None, f"НБ-{rng.randint(1000, 9999)}", None][i]
    promet = d - dt.timedelta(days=rng.randint(0, 6))
    eur = de(q2(total / D("117.20"))) if i in (0, 2) else None
    dug = ["Дуговање по рачуну", "Укупно за уплату", "Укупно за уплату", "Износ за уплату"][i]
    two = i == 2
    tr = f"{rng.randint(160, 340)}-{digits(rng, 13)}-{digits(rng, 2)}"

    def head(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 6, 297, "F")
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        txt(pdf, 14, 19, f"{vaddr} · ПИБ {vid} · МБ {mb}", 8.2)
        txt(pdf, 14, 23.5, f"Текући рачун {tr} · Банка Интеса", 8.2)
        txt(pdf, 150, 283, f"Страна {page} од {pages}", 7.5, w=45, align="R", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Pantheon")
        pages = 2 if two else 1
        pdf.add_page()
        head(pdf, 1, pages)
        txt(pdf, 14, 34, f"РАЧУН бр. {no}", 16, "B")
        kv(pdf, 14, 44, [("Датум издавања:", fd(d)), ("Датум промета:", fd(promet)), ("Место издавања:", "Крагујевац"), ("Валута плаћања:", fd(due) if due else None), ("Број наруџбенице:", po)], wl=38, wv=50, size=8.6, align="L")
        pdf.set_draw_color(*color)
        pdf.rect(110, 42, 88, 26)
        para(pdf, 112, 44, 84, f"Купац:\n{KG_B[i]}\nПИБ {bpib} · МБ {digits(rng, 8, True)}\nКрагујевац, Србија", 8.6, h=4.6)
        cols = [("Р.бр.", 12, "R"), ("Назив добра / услуге", 70, "L"), ("Јед.", 14, "L"), ("Количина", 20, "R"), ("Цена без ПДВ", 24, "R"), ("ПДВ %", 14, "R"), ("Износ без ПДВ", 30, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), de(x["price"]), str(x["rate"]), de(x["amount"])] for k, x in enumerate(items)]
        first = rows[:12] if two else rows
        y = table(pdf, 14, 76, cols, first, size=8.2, rowh=6.2, header_fill=(240, 240, 240))
        if two:
            txt(pdf, 14, y + 4, "Наставак на следећој страни …", 8, color=(90, 90, 90))
            pdf.add_page()
            head(pdf, 2, 2)
            txt(pdf, 14, 34, f"РАЧУН бр. {no} – наставак", 11, "B")
            y = table(pdf, 14, 42, cols, rows[12:], size=8.2, rowh=6.2, header_fill=(240, 240, 240))
        y += 8
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(14, y, 92, 14 + 5.4 * (len(rates) + 3) + (5.4 if eur else 0), "F")
        yy = totals(pdf, 17, y + 3, [("Основица", de(net), False)] + [(f"ПДВ {r}% на {de(b)}", de(t), False) for r, b, t in rates] + [("Укупан ПДВ", de(tax), False), (dug, de(total) + " дин.", True)], wl=52, wv=34, size=8.8, line=color)
        if eur:
            txt(pdf, 17, yy, f"Информативно: {eur} EUR (средњи курс НБС 117,20)", 7.6, color=(90, 90, 90))
        para(pdf, 112, y + 2, 86, ("Плаћање у року из рачуна на текући рачун; позив на број " + no + "." if due else "Плаћено готовином приликом преузимања.") + " Рачун је издат путем Система е-Фактура (СЕФ). Рекламације у року од 8 дана.", 8, h=4.2, color=(60, 60, 60))
        txt(pdf, 14, y + 60, "Фактурисао: ____________________        Примио: ____________________   М.П.", 8.2)
        qr_fpdf(pdf, rng, 170, 250, 22)
        pdf.output(path)

    notes = (
        "Kragujevac (Šumadija, Serbia) РАЧУН in Serbian CYRILLIC with the TOTALS in a shaded box at the LEFT below the table (Основица, ПДВ per rate, Укупан ПДВ, the amount due), ПДВ "
        + " and ".join(f"{r} %" for r, _, _ in rates) + ", '1.234,56 дин.'" + (", over TWO PAGES (12 rows on the first, the rest and the totals on the second, 'Страна x од 2')" if two else "")
        + ": vendor = the name at the top; vendor_tax_id = 'ПИБ' under the name (9 digits; the МБ, the текући рачун, the buyer's ПИБ and МБ are decoys). "
        "invoice_number = 'РАЧУН бр.'; invoice_date = 'Датум издавања' (the 'Датум промета' is a decoy). "
        + due_note(due, "Плаћено готовином", "Валута плаћања")
        + po_note(po, "Број наруџбенице")
        + f"subtotal = 'Основица'; tax = 'Укупан ПДВ'; total = '{dug}'" + (" (the informative EUR amount is a decoy)" if eur else "")
        + ". Currency RSD ('дин.'). Line items: every row, without ПДВ."
    )
    t = truth(vname, vid, no, po, d, due, "RSD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, dug, fd(due) if due else None, fd(promet), bpib, eur, "Страна 2 од 2" if two else None]}
    return t, chk, render
