"""fpdf2 styles for set 33, first part (06 Vojvodina (Subotica) flour mill's RAČUN / SZÁMLA in Serbian (Latin) with
Hungarian beside on a LANDSCAPE page, PDV 10 % on flour and bran and 20 % on transport and pallets per row, a PDV
summary per rate and the SEF identifier, 07 Cretan food wholesaler's ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ – ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ in Greek
over TWO PAGES with the sum carried to page 2, ΦΠΑ 13 % on food and 24 % on raki and packaging and the myDATA MARK)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, el_date
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, truth, valid_id
from stdnum.gr import vat as grvat
from stdnum.rs import pib

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Vojvodina flour mill (PDV 20 % / 10 %, RSD), landscape
VO_V = [
    ("Mlin Žito-Bačka d.o.o. / Búzaföld Malom Kft.", "Segedinski put 112, 24000 Subotica / Szabadka", (22, 78, 99)),
    ("Mlinpek Senta d.o.o.", "Karađorđeva 40, 24400 Senta / Zenta", (120, 53, 15)),
    ("Kanjiški mlin d.o.o. / Magyarkanizsai Malom", "Tisina obala 5, 24420 Kanjiža / Magyarkanizsa", (54, 83, 20)),
    ("Agro-Mlin Bačka Topola d.o.o.", "Maršala Tita 77, 24300 Bačka Topola / Topolya", (76, 29, 149)),
]
VO_B = [
    ("Pekara Kovács d.o.o. / Kovács Pékség", "Korzo 9, Subotica / Szabadka"),
    ("Pekara Zlatni Klas", "Glavna 21, Ada"),
    ("Pékség Horgos / Pekara Horgoš", "Szegedi út 3, Horgos / Horgoš"),
    ("Mesna industrija i pekara Feketić d.o.o.", "Bratstva 14, Feketić / Bácsfeketehegy"),
]
VO_ROWS = [
    ("Pšenično brašno T-400 / Búzaliszt BL-55, 25 kg", "džak", 20, 200, 750, 1100, 10),
    ("Pšenično brašno T-500 / Búzaliszt BL-80, 25 kg", "džak", 20, 200, 700, 1000, 10),
    ("Integralno brašno / Teljes kiőrlésű liszt, 25 kg", "džak", 10, 80, 900, 1300, 10),
    ("Raženo brašno / Rozsliszt, 25 kg", "džak", 5, 60, 950, 1400, 10),
    ("Pšenične mekinje / Búzakorpa (stočna hrana)", "kg", 500, 5000, 18, 28, 10),
    ("Prevoz kamionom / Szállítás teherautóval", "tura", 1, 4, 6000, 14000, 20),
    ("Euro-paleta, povratna / EUR raklap, visszaváltható", "kom", 2, 12, 1400, 1900, 20),
]


@style("06", "rs_vo_subotica_racun_szamla_pdv_20_10_landscape")
def s06(rng, i):
    vname, vaddr, color = VO_V[i]
    bname, baddr = VO_B[i]
    d = rand_date(rng)
    items = lines(rng, VO_ROWS[:5], rng.randint(2, 4), D("0.50")) + lines(rng, VO_ROWS[5:], rng.randint(1, 2), D("10"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    vpib = valid_id(rng, 9, pib.is_valid)
    bpib = valid_id(rng, 9, pib.is_valid)
    mb = digits(rng, 8, True)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"MP-{rng.randint(1000, 9999)}-{d.strftime('%y')}", f"{rng.randint(1000, 9999)}", f"R-{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d.%m.%Y."), lambda x: f"{x.day}. {MONTHS['sr'][x.month - 1]} {x.year}.", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 1, 2) else None
    term = [None, None, None, "Plaćanje avansno / Előre fizetve"][i]
    po = f"NB-{rng.randint(100, 999)}" if i in (0, 3) else None
    otp = f"OTP-{rng.randint(1000, 9999)}"
    sef = "".join(rng.choice("0123456789abcdef") for _ in range(8)) + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(4))
    m = de

    def render(path):
        pdf = new_fpdf("L", creator="Pantheon ERP")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 6, "F")
        txt(pdf, 12, 10, vname, 13, "B", color=color)
        para(pdf, 12, 16.5, 130, f"{vaddr}\nPIB / Adószám: {vpib} · Matični broj / Törzsszám: {mb}\nTekući račun / Folyószámla: 160-{digits(rng, 10)}-{rng.randint(10, 99)} Banca Intesa · 325-{digits(rng, 10)}-{rng.randint(10, 99)} OTP banka", 7.8, h=3.8)
        txt(pdf, 190, 10, "RAČUN / SZÁMLA", 16, "B")
        yy = kv(pdf, 190, 19, [("Broj / Szám", no), ("Datum izdavanja / Kelte", fd(d)), ("Datum prometa / Teljesítés", fd(d - dt.timedelta(days=rng.randint(0, 4)))), ("Mesto / Hely", vaddr.split(", ")[1].split(" / ")[0][6:]), ("Valuta / Fiz. határidő", fd(due) if due else None), ("Narudžbenica / Megrendelés", po), ("Otpremnica / Szállítólevél", otp)], wl=45, wv=50, size=8, align="L")
        txt(pdf, 12, 35, "Kupac / Vevő", 7.4, color=(110, 110, 110))
        txt(pdf, 12, 39, bname, 10, "B")
        para(pdf, 12, 44, 120, f"{baddr}\nPIB / Adószám: {bpib} · JBKJS —", 7.8, h=3.8)
        cols = [("R.b.", 10, "C"), ("Naziv / Megnevezés", 92, "L"), ("J.m. / Me.", 16, "C"), ("Kol. / Menny.", 22, "R"), ("Cena / Egységár", 28, "R"), ("Osnovica / Nettó", 32, "R"), ("PDV %", 14, "R"), ("PDV / ÁFA", 26, "R"), ("Ukupno / Bruttó", 33, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]).replace(".", ","), m(x["price"]), m(x["amount"]), str(x["rate"]), m(x["vat"]), m(x["amount"] + x["vat"])] for k, x in enumerate(items)]
        y0 = max(yy, 56) + 4
        y1 = table(pdf, 12, y0, cols, rows, size=7.6, rowh=6, header_fill=(230, 236, 240), line_color=(140, 140, 140))
        frame(pdf, 12, y0, y1, cols, color=(140, 140, 140))
        y = y1 + 6
        txt(pdf, 12, y, "Rekapitulacija PDV / ÁFA-összesítő", 8, "B")
        y += 5
        for r in sorted({x["rate"] for x in items}):
            b = sum(x["amount"] for x in items if x["rate"] == r)
            v = sum(x["vat"] for x in items if x["rate"] == r)
            txt(pdf, 12, y, f"PDV {r}% · osnovica / adóalap {m(b)} · PDV / ÁFA {m(v)}", 7.8)
            y += 4.4
        ty = y1 + 6
        for lab, val, bold in (("Ukupna osnovica / Nettó összesen", m(net), False), ("Ukupan PDV / ÁFA összesen", m(tax), False), ("ZA UPLATU / FIZETENDŐ (RSD)", m(total), True)):
            txt(pdf, 180, ty, lab, 9.6 if bold else 8.6, "B" if bold else "")
            txt(pdf, 245, ty, val, 9.6 if bold else 8.6, "B" if bold else "", align="R", w=40)
            ty += 6
        para(pdf, 12, max(y, ty) + 6, 270, ("Plaćanje do datuma valute na tekući račun, poziv na broj " + no + ". / Fizetés a határidőig átutalással." if due else term) + f"\nSEF ID: {sef} · Račun je izdat elektronski preko Sistema e-faktura i važi bez pečata i potpisa. / Az e-számla pecsét és aláírás nélkül érvényes.\nReklamacije u roku od 8 dana. / Reklamáció 8 napon belül.", 7.4, h=3.7, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Vojvodina (Serbia) flour mill's RAČUN / SZÁMLA in Serbian (Latin) with Hungarian beside each label on a LANDSCAPE page, in dinars ('1.234,50'), with a FULLY RULED grid with the net, PDV and gross per row, PDV 10 % on flour and bran and 20 % on transport and pallets, a PDV summary per rate: vendor = the name at the top left; vendor_tax_id = 'PIB / Adószám' of the mill (9 digits; the matični broj, the buyer's PIB, the bank accounts and the SEF ID are decoys). "
        "invoice_number = 'Broj / Szám'; invoice_date = 'Datum izdavanja / Kelte' (" + ["dd.mm.yyyy.", "dd.mm.yyyy.", "Serbian words ('12. mart 2026.')", "dd.mm.yyyy"][i] + "); the date of supply (datum prometa) and the delivery note (otpremnica) are decoys. "
        + due_note(due, term, "Valuta / Fiz. határidő") + po_note(po, "Narudžbenica / Megrendelés")
        + "subtotal = 'Ukupna osnovica / Nettó összesen'; tax = 'Ukupan PDV / ÁFA összesen'; total = 'ZA UPLATU / FIZETENDŐ (RSD)'. Currency RSD. Line items: every row (amount = the net 'Osnovica / Nettó')."
    )
    t = truth(vname, vpib, no, po, d, due, "RSD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vpib, "ZA UPLATU / FIZETENDŐ (RSD)", fd(due) if due else None, otp], render


# =========================================================================== 07 Crete food wholesaler (ΦΠΑ 13 % / 24 %, EUR), two pages with the sum carried
CR_V = [
    ("ΜΙΝΩΙΚΑ ΤΡΟΦΙΜΑ Α.Ε.", "Λεωφ. Ικάρου 140, 71307 Ηράκλειο Κρήτης", "ΔΟΥ Ηρακλείου", (30, 64, 175)),
    ("Γ. ΨΑΡΟΥΔΑΚΗΣ & ΣΙΑ Ο.Ε.", "ΒΙΠΕ Χανίων, 73100 Χανιά", "ΔΟΥ Χανίων", (127, 29, 29)),
    ("ΚΡΗΤΙΚΗ ΓΗ ΕΠΕ", "Εθν. Οδός Ρεθύμνου-Ηρακλείου 12, 74100 Ρέθυμνο", "ΔΟΥ Ρεθύμνου", (21, 128, 61)),
    ("ΜΕΣΑΡΑ ΔΙΑΝΟΜΕΣ ΙΚΕ", "Μοίρες 70400, Ν. Ηρακλείου", "ΔΟΥ Μοιρών", (146, 64, 14)),
]
CR_B = [
    ("ΞΕΝΟΔΟΧΕΙΑΚΗ ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ Α.Ε.", "Άγιος Νικόλαος, 72100 Λασίθι"),
    ("ΤΑΒΕΡΝΑ ΤΟ ΛΙΜΑΝΑΚΙ – Κ. ΜΑΥΡΑΚΗΣ", "Παλιό Λιμάνι, 73131 Χανιά"),
    ("BLUE BAY RESORT ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.", "Χερσόνησος, 70014 Ηράκλειο"),
    ("ΜΙΝΙ ΜΑΡΚΕΤ ΣΦΑΚΙΑ – Ε. ΠΑΤΕΡΑΚΗ", "Χώρα Σφακίων, 73011 Χανιά"),
]
CR_ROWS = [
    ("Ελαιόλαδο έξτρα παρθένο 5 lt", "τεμ", 2, 30, 38, 55, 13), ("Ελαιόλαδο έξτρα παρθένο 1 lt", "τεμ", 6, 48, 8, 12, 13),
    ("Γραβιέρα Κρήτης ΠΟΠ", "kg", 2, 25, 14, 19, 13), ("Ανθότυρο φρέσκο", "kg", 2, 15, 6, 9, 13), ("Μυζήθρα ξινή", "kg", 2, 12, 9, 13, 13),
    ("Παξιμάδι κριθαρένιο (ντάκος)", "kg", 3, 25, 4, 7, 13), ("Μέλι θυμαρίσιο 450 g", "τεμ", 6, 48, 6, 10, 13), ("Ελιές Καλαμών 1 kg", "τεμ", 4, 30, 5, 8, 13),
    ("Ντομάτες υπαίθριες", "kg", 10, 80, 1, 3, 13), ("Αγγουράκια Ιεράπετρας", "kg", 10, 60, 1, 2, 13), ("Πατάτες Κρήτης", "kg", 20, 120, 1, 2, 13),
    ("Σταφίδα σουλτανίνα 500 g", "τεμ", 6, 36, 2, 4, 13), ("Χόρτα σταμναγκάθι", "kg", 2, 12, 7, 12, 13), ("Απάκι Κρήτης", "kg", 2, 10, 16, 24, 13),
    ("Σύγκλινο", "kg", 1, 8, 18, 26, 13), ("Χοχλιοί (σαλιγκάρια)", "kg", 2, 10, 9, 14, 13), ("Ρίγανη Κρήτης 100 g", "τεμ", 6, 40, 2, 4, 13),
    ("Τσικουδιά (ρακή) 700 ml", "τεμ", 6, 36, 7, 12, 24), ("Κρασί Βιδιανό 750 ml", "τεμ", 6, 36, 8, 14, 24), ("Κιβώτια χάρτινα συσκευασίας", "τεμ", 5, 30, 1, 2, 24),
    ("Σακούλες ψύξης", "τεμ", 10, 50, 1, 2, 24), ("Μεταφορικά ψυγείου", "δρομ.", 1, 2, 25, 60, 24),
]


@style("07", "gr_cr_irakleio_timologio_fpa_24_13_two_pages")
def s07(rng, i):
    vname, vaddr, doy, color = CR_V[i]
    bname, baddr = CR_B[i]
    d = rand_date(rng)
    items = lines(rng, CR_ROWS, rng.randint(17, 22), D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    afm = valid_id(rng, 9, grvat.is_valid, first_nonzero=False)
    bafm = valid_id(rng, 9, grvat.is_valid, first_nonzero=False)
    series = ["ΤΠΔ-Α", "ΤΔΑ", "Α", "ΤΠ"][i]
    no = f"{rng.randint(1000, 9999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), el_date, lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 2) else None
    term = [None, "Τρόπος πληρωμής: Μετρητά", None, "Τρόπος πληρωμής: Επί πιστώσει"][i]
    po = f"ΠΑΡ-{rng.randint(100, 999)}" if i in (0, 1) else None
    mark = f"4{digits(rng, 14)}"
    split = len(items) // 2 + rng.randint(0, 3)
    p1, p2 = items[:split], items[split:]
    carried = sum(x["amount"] for x in p1)
    m = de
    cols = [("Α/Α", 10, "C"), ("Κωδ.", 16, "L"), ("Περιγραφή", 66, "L"), ("Μ.Μ.", 13, "C"), ("Ποσότ.", 17, "R"), ("Τιμή", 18, "R"), ("ΦΠΑ%", 14, "R"), ("Αξία", 28, "R")]

    def rows(part, start):
        return [[str(start + k + 1), f"{rng.randint(1000, 9999)}", x["desc"], x["unit"], qstr(x["qty"]).replace(".", ","), m(x["price"]), str(x["rate"]), m(x["amount"])] for k, x in enumerate(part)]

    r1, r2 = rows(p1, 0), rows(p2, len(p1))

    def header(pdf, page):
        txt(pdf, 14, 10, vname, 12.5, "B", color=color)
        para(pdf, 14, 16, 100, f"Χονδρικό εμπόριο τροφίμων\n{vaddr}\nΑΦΜ: {afm} · {doy} · ΓΕΜΗ {digits(rng, 12, True)}", 7.6, h=3.7)
        txt(pdf, 120, 10, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ – ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ", 10.5, "B")
        txt(pdf, 120, 16, f"Σειρά {series}  Αριθμός {no}", 9, "B")
        txt(pdf, 120, 21, f"Ημερομηνία: {fd(d)}", 8.6)
        txt(pdf, 178, 283, f"Σελίδα {page}/2", 7.4, color=(110, 110, 110))

    def render(path):
        pdf = new_fpdf(creator="Epsilon Smart")
        pdf.add_page()
        header(pdf, 1)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(14, 32, 182, 26)
        txt(pdf, 16, 34, "Στοιχεία πελάτη", 7.2, color=(110, 110, 110))
        txt(pdf, 16, 38, bname, 9.4, "B")
        para(pdf, 16, 43, 90, f"{baddr}\nΑΦΜ: {bafm} · Κωδ. πελάτη {rng.randint(1000, 9999)}", 7.6, h=3.7)
        kv(pdf, 110, 35, [("Σκοπός διακίνησης", "Πώληση"), ("Τόπος φόρτωσης", "Έδρα μας"), ("Αρ. κυκλοφ.", f"ΗΡΑ {rng.randint(1000, 9999)}"), ("Παραγγελία", po), ("Λήξη πληρωμής", fd(due) if due else None)], wl=34, wv=50, size=7.6, step=4.2, align="L")
        y = table(pdf, 14, 62, cols, r1, size=7.2, rowh=6.4, header_fill=(230, 234, 245), line_color=(210, 210, 210))
        txt(pdf, 110, y + 3, "Σε μεταφορά", 8.6, "B")
        txt(pdf, 160, y + 3, m(carried), 8.6, "B", align="R", w=36)
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 110, 32, "Από μεταφορά", 8.6, "B")
        txt(pdf, 160, 32, m(carried), 8.6, "B", align="R", w=36)
        y = table(pdf, 14, 39, cols, r2, size=7.2, rowh=6.4, header_fill=(230, 234, 245), line_color=(210, 210, 210))
        y += 6
        sy = y
        txt(pdf, 14, sy, "Ανάλυση ΦΠΑ", 8, "B")
        sy += 5
        for r, b, v in summary:
            txt(pdf, 14, sy, f"ΦΠΑ {r}%   Καθαρή αξία {m(b)}   ΦΠΑ {m(v)}", 7.8)
            sy += 4.4
        for lab, val, bold in (("Σύνολο καθαρής αξίας", m(net), False), ("Σύνολο ΦΠΑ", m(tax), False), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ €", m(total), True)):
            txt(pdf, 112, y, lab, 9.4 if bold else 8.6, "B" if bold else "")
            txt(pdf, 160, y, val, 9.4 if bold else 8.6, "B" if bold else "", align="R", w=36)
            y += 6
        para(pdf, 14, max(y, sy) + 8, 182, (f"Εξόφληση έως {fd(due)} με κατάθεση: Τράπεζα Χανίων GR{rng.randint(10, 99)} 0690 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}" if due else term) + f"\nΜΑΡΚ {mark} · UID {''.join(rng.choice('0123456789ABCDEF') for _ in range(20))} · Πάροχος ηλεκτρονικής τιμολόγησης: Epsilon Digital", 7.4, h=3.7, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Cretan (Greece) food wholesaler's ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ – ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ in Greek, in euros ('1.234,50'), OVER TWO PAGES with the sum carried ('Σε μεταφορά' on page 1, 'Από μεταφορά' on page 2), ΦΠΑ 13 % on food and 24 % on raki, wine, packaging and transport, a ΦΠΑ analysis per rate and the totals on page 2: vendor = the name at the top; vendor_tax_id = 'ΑΦΜ' of the seller (9 digits; the buyer's ΑΦΜ, the ΔΟΥ, ΓΕΜΗ, the myDATA ΜΑΡΚ and UID, the truck plate are decoys). "
        "invoice_number = 'Αριθμός' (without the series '" + series + "'); invoice_date = 'Ημερομηνία' (" + ["dd/mm/yyyy", "dd/mm/yyyy", "Greek words ('12 Μαρτίου 2026')", "dd-mm-yyyy"][i] + "). "
        + due_note(due, term, "Λήξη πληρωμής") + po_note(po, "Παραγγελία")
        + "subtotal = 'Σύνολο καθαρής αξίας'; tax = 'Σύνολο ΦΠΑ'; total = 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ €'; the carried-forward sum is a decoy. Currency EUR. Line items: every row on both pages (net)."
    )
    t = truth(vname, afm, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, afm, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ €", fd(due) if due else None, m(carried), mark], render
