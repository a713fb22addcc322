"""fpdf2 styles for set 56, first part (06 Kavala ΤΙΜΟΛΟΓΙΟ in Greek on a LANDSCAPE page, a fully ruled table, ΦΠΑ 24 /
13 %, euro '1.234,56 €', a discount on one; 07 Padova FATTURA in Italian with the TOTALS at the TOP, a table WITHOUT
RULES, IVA 22 / 10 / 4 %, one document over TWO PAGES; 08 Oradea FACTURĂ in Romanian where each fact's LABEL ends a
line of text and its value stands on the NEXT line, TVA 19 % (21 % from August 2025), lei, a euro counter-value and
an advance deducted on one)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.gr import vat as grvat
from stdnum.it import iva
from stdnum.ro import cui

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Kavala (ΦΠΑ 24/13, EUR), landscape, fully ruled
KV_V = [
    ("ΚΑΠΝΑ ΚΑΙ ΤΡΟΦΙΜΑ ΚΑΒΑΛΑΣ Α.Ε.", "Εθνικής Αντιστάσεως 44, 65110 Καβάλα", (30, 64, 175), "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"),
    ("ΝΑΥΤΙΛΙΑΚΑ ΕΦΟΔΙΑ ΘΑΣΟΥ Ο.Ε.", "Λιμάνι Καβάλας, Προβλήτα 2, 65302 Καβάλα", (14, 116, 144), "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"),
    ("ΞΕΝΟΔΟΧΕΙΟ ΠΑΝΑΓΙΑ Μ.Ι.Κ.Ε.", "Ομονοίας 118, 65403 Καβάλα", (146, 64, 14), "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ"),
    ("ΛΟΓΙΣΤΙΚΟ ΓΡΑΦΕΙΟ ΠΑΓΓΑΙΟΥ Ι.Κ.Ε.", "Κύπρου 7, 65201 Καβάλα", (88, 28, 135), "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ"),
]
KV_B = ["ΣΟΥΠΕΡ ΜΑΡΚΕΤ ΑΝΑΤΟΛΙΚΗΣ ΜΑΚΕΔΟΝΙΑΣ Α.Ε.", "ΚΤΕΛ ΝΟΜΟΥ ΚΑΒΑΛΑΣ Α.Ε.", "ΔΗΜΟΣ ΚΑΒΑΛΑΣ", "ΚΕΡΑΜΟΠΟΙΙΑ ΧΡΥΣΟΥΠΟΛΗΣ Ο.Ε."]
KV_ROWS = [
    [("Ελαιόλαδο εξαιρετικό παρθένο 5 lt", "τεμ.", 5, 80, 28, 52, 13), ("Φέτα Π.Ο.Π. 1 kg", "κιλ.", 10, 120, 8, 14, 13), ("Ρύζι Σερρών 1 kg", "τεμ.", 20, 200, 1, 3, 13), ("Απορρυπαντικό 4 lt", "τεμ.", 5, 60, 6, 14, 24)],
    [("Σχοινί πρόσδεσης 20 mm", "μ.", 20, 300, 2, 6, 24), ("Σωσίβιο SOLAS", "τεμ.", 2, 30, 45, 95, 24), ("Λιπαντικό κινητήρα 20 lt", "τεμ.", 1, 12, 85, 190, 24), ("Φωτοβολίδες χειρός", "τεμ.", 4, 40, 18, 42, 24)],
    [("Διαμονή δίκλινο δωμάτιο", "διαν.", 2, 40, 65, 140, 13), ("Αίθουσα συνεδριάσεων, ημέρα", "ημ.", 1, 3, 250, 600, 24), ("Γεύμα συνεδρίου, άτομο", "άτ.", 10, 120, 16, 32, 13), ("Στάθμευση", "ημ.", 1, 10, 5, 12, 24)],
    [("Τήρηση βιβλίων, μήνας", "μήν.", 1, 12, 120, 450, 24), ("Μισθοδοσία, εργαζόμενος", "τεμ.", 2, 30, 18, 35, 24), ("Δήλωση Φ.Π.Α.", "τεμ.", 1, 4, 40, 120, 24), ("Σύνταξη ισολογισμού", "τεμ.", 1, 1, 450, 1500, 24)],
]


@style("06", "gr_kav_kavala_timologio_fpa_24_13_landscape_ruled")
def s06(rng, i):
    vname, vaddr, color, title = KV_V[i]
    d = rand_date(rng)
    items = lines(rng, KV_ROWS[i], [4, 3, 4, 3][i], D("0.01"))
    pct = 5 if i == 1 else None
    for x in items:
        x["rate"] = x["extra"]
        x["base"] = q2(x["amount"] * (100 - pct) / 100) if pct else x["amount"]
    gross = sum(x["amount"] for x in items)
    rates = by_rate(items, amount="base")
    net = sum(b for _, b, _ in rates)
    disc = gross - net
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "0" + digits(rng, 8), grvat.is_valid)
    bafm = valid(rng, lambda: rng.choice(["0", "8", "9"]) + digits(rng, 8), grvat.is_valid)
    series = rng.choice(["Α", "ΤΠ", "ΤΠΥ", "Β"])
    no = f"{rng.randint(100, 9999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "el"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i in (0, 3) else None
    po = [f"ΠΑΡ-{rng.randint(1000, 9999)}", f"{rng.randint(4500000, 4599999)}", None, None][i]
    mark = digits(rng, 15, True)
    e = lambda x: de(x) + " €"  # noqa: E731

    def render(path):
        pdf = new_fpdf("L", creator="Epsilon Smart")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 4, "F")
        txt(pdf, 12, 9, vname, 13, "B", color=color)
        txt(pdf, 12, 15.5, vaddr + f" · Τηλ. 2510 {digits(rng, 6)}", 8.2)
        txt(pdf, 12, 20, f"ΑΦΜ: {vid} · ΔΟΥ: ΚΑΒΑΛΑΣ · ΓΕΜΗ: {digits(rng, 12, True)}", 8.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.rect(185, 8, 100, 24)
        txt(pdf, 188, 9.5, title, 11, "B", color=color)
        txt(pdf, 188, 16, "Σειρά:", 8, color=(90, 90, 90))
        txt(pdf, 202, 16, series, 9, "B")
        txt(pdf, 220, 16, "Αριθμός:", 8, color=(90, 90, 90))
        txt(pdf, 238, 16, no, 9, "B")
        txt(pdf, 188, 21.5, "Ημερομηνία έκδοσης:", 8, color=(90, 90, 90))
        txt(pdf, 224, 21.5, fd(d), 9, "B")
        txt(pdf, 188, 27, f"ΜΑΡΚ: {mark}", 7.4, color=(90, 90, 90))
        pdf.set_line_width(0.2)
        pdf.rect(12, 36, 130, 30)
        txt(pdf, 14, 37.5, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", 7.2, "B", color=(90, 90, 90))
        kv(pdf, 14, 42, [("Επωνυμία:", KV_B[i]), ("ΑΦΜ:", bafm), ("ΔΟΥ:", rng.choice(["Α' ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΚΑΒΑΛΑΣ", "ΔΡΑΜΑΣ"])), ("Διεύθυνση:", rng.choice(["Καβάλα", "Χρυσούπολη", "Ελευθερούπολη"]))], wl=20, wv=105, size=7.8, align="L")
        pdf.rect(150, 36, 135, 30)
        txt(pdf, 152, 37.5, "ΣΤΟΙΧΕΙΑ ΠΑΡΑΣΤΑΤΙΚΟΥ", 7.2, "B", color=(90, 90, 90))
        kv(pdf, 152, 42, [("Τρόπος πληρωμής:", "Επί πιστώσει" if due else "Μετρητά"), ("Ημ/νία λήξης:", fd(due) if due else None), ("Αρ. παραγγελίας:", po), ("Δελτίο αποστολής:", f"ΔΑ {rng.randint(1000, 9999)}"), ("Τόπος φόρτωσης:", "Έδρα μας")], wl=32, wv=95, size=7.8, align="L")
        cols = [("Α/Α", 12, "R"), ("Περιγραφή", 100, "L"), ("Μ.Μ.", 18, "L"), ("Ποσότητα", 24, "R"), ("Τιμή μονάδας", 30, "R"), ("Αξία", 32, "R"), ("ΦΠΑ %", 18, "R"), ("Ποσό ΦΠΑ", 39, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]).replace(".", ","), de(x["price"]), de(x["amount"]), f"{x['rate']}%", de(q2(x["amount"] * x["rate"] / 100))] for k, x in enumerate(items)]
        y0 = 72
        y = table(pdf, 12, y0, cols, rows, size=8.2, rowh=6.4, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 12, y0, y, cols, color=(0, 0, 0))
        y += 5
        cs = [("Κατηγορία ΦΠΑ", 32, "L"), ("Καθαρή αξία", 32, "R"), ("ΦΠΑ", 28, "R")]
        rs = [[f"{r}%", de(b), de(t)] for r, b, t in rates]
        y1 = table(pdf, 12, y, cs, rs, size=8, rowh=6, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 12, y, y1, cs, color=(0, 0, 0))
        rws = ([("Σύνολο αξίας:", e(gross), False), (f"Έκπτωση {pct}%:", "-" + e(disc), False)] if pct else []) + [("Καθαρή αξία:", e(net), False), ("Σύνολο ΦΠΑ:", e(tax), False), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ:", e(total), True)]
        pdf.set_draw_color(0, 0, 0)
        totals(pdf, 200, y + 1, rws, wl=45, wv=40, size=9, line=color, step=6)
        para(pdf, 110, y + 1, 80, ("Πληρωμή σε λογαριασμό IBAN " + group4(rand_iban(rng, "GR", 23, "011")) + f" έως {fd(due)}." if due else "Εξοφλήθηκε τοις μετρητοίς.") + "\nΠαρακαλούμε αναφέρετε τον αριθμό του παραστατικού.", 7.6, h=4, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 12, 170, 24)
        txt(pdf, 40, 188, f"Πάροχος ηλεκτρονικής τιμολόγησης · UID {digits(rng, 8)}{rng.choice('ABCDEF')}{digits(rng, 7)} · Σελίδα 1 από 1", 7, color=(90, 90, 90))
        txt(pdf, 40, 193, "Ο ΕΚΔΟΤΗΣ ____________________          Ο ΠΑΡΑΛΑΒΩΝ ____________________", 7.6)
        pdf.output(path)

    notes = (
        f"Kavala (Greece) {title} in Greek on a LANDSCAPE page, a FULLY RULED item table and a ruled VAT summary, ΦΠΑ " + " / ".join(f"{r} %" for r, _, _ in rates) + ", '1.234,56 €'"
        + (f", a DISCOUNT (Έκπτωση {pct}%) between 'Σύνολο αξίας' and 'Καθαρή αξία'" if pct else "") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'ΑΦΜ' in the header (9 digits; the customer's ΑΦΜ, the ΓΕΜΗ number, the ΜΑΡΚ, the UID and the IBAN are decoys). "
        "invoice_number = 'Αριθμός' (the series 'Σειρά' is printed beside it, not part of the number); invoice_date = 'Ημερομηνία έκδοσης'. "
        + due_note(due, "Μετρητά", "Ημ/νία λήξης")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Καθαρή αξία' (after any discount); tax = 'Σύνολο ΦΠΑ'; total = 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ'. Currency EUR. Line items: every row, net before the discount."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ:", fd(due) if due else None, bafm, mark], "line_adjustment": str(-disc)}
    return t, chk, render


# =========================================================================== 07 Padova (IVA 22/10/4, EUR), totals at the top, unruled, two pages
PD_V = [
    ("Euganea Meccanica S.r.l.", "Via Venezia 61, 35131 Padova (PD)", (185, 28, 28)),
    ("Libreria Antenore S.n.c.", "Via del Santo 12, 35123 Padova (PD)", (22, 101, 52)),
    ("Forniture Alberghiere Prato della Valle S.p.A.", "Corso Stati Uniti 18, 35127 Padova (PD)", (30, 64, 175)),
    ("Studio Tecnico Scrovegni S.r.l.s.", "Piazza Eremitani 5, 35121 Padova (PD)", (120, 53, 15)),
]
PD_B = ["Azienda Ospedale Università Padova", "Comune di Abano Terme", "Hotel Plaza Padova S.r.l.", "Condominio Le Torri, Cadoneghe"]
PD_ROWS = [
    [("Lavorazione CNC albero motore", "pz", 2, 60, 45, 320, 22), ("Tornitura flangia DN80", "pz", 5, 80, 18, 95, 22), ("Trattamento termico", "kg", 10, 200, 3, 9, 22), ("Trasporto", "nr", 1, 2, 35, 180, 22)],
    [("Manuale universitario di diritto", "nr", 1, 30, 28, 65, 4), ("Guida di Padova illustrata", "nr", 2, 40, 14, 29, 4), ("Agenda 2026", "nr", 5, 60, 9, 24, 22), ("Cartoleria assortita", "nr", 5, 80, 2, 9, 22),
     ("Dizionario italiano-inglese", "nr", 1, 20, 35, 79, 4), ("Atlante storico", "nr", 1, 10, 24, 58, 4), ("Segnalibri in pelle", "nr", 10, 100, 3, 8, 22), ("Penna stilografica", "nr", 1, 10, 25, 140, 22),
     ("Romanzo tascabile", "nr", 5, 60, 9, 15, 4), ("Libro per ragazzi", "nr", 5, 40, 12, 22, 4), ("Calendario da muro", "nr", 5, 40, 8, 19, 22), ("Borsa tela logo", "nr", 10, 100, 4, 9, 22),
     ("Catalogo mostra Giotto", "nr", 1, 20, 28, 48, 4), ("Quaderno A4 righe", "nr", 10, 200, 1, 4, 22), ("Biglietti d'auguri", "nr", 10, 100, 1, 4, 22), ("Mappa di Padova", "nr", 5, 50, 4, 9, 22),
     ("Gift card", "nr", 1, 10, 25, 100, 22), ("Rivista d'arte, abbonamento", "nr", 1, 4, 45, 90, 4), ("Evidenziatori set 6", "nr", 5, 60, 4, 9, 22), ("Enciclopedia vol. 1", "nr", 1, 5, 49, 120, 4)],
    [("Lenzuola matrimoniali cotone", "nr", 20, 300, 18, 42, 22), ("Asciugamani spugna 100x150", "nr", 20, 400, 7, 16, 22), ("Acqua minerale 0,5 l, cassa", "cs", 10, 200, 3, 7, 10), ("Caffè in grani 1 kg", "kg", 5, 80, 14, 28, 10)],
    [("Progettazione impianto termico", "a corpo", 1, 1, 1200, 4800, 22), ("Direzione lavori, ora", "h", 4, 40, 55, 90, 22), ("Pratica catastale", "nr", 1, 3, 180, 450, 22), ("Sopralluogo tecnico", "nr", 1, 4, 90, 220, 22)],
]


@style("07", "it_pad_padova_fattura_iva_22_10_4_totals_top_unruled_two_pages")
def s07(rng, i):
    vname, vaddr, color = PD_V[i]
    d = rand_date(rng)
    two = i == 1
    items = lines(rng, PD_ROWS[i], [3, 20, 4, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    piva = valid(rng, lambda: digits(rng, 7, True) + "028" + digits(rng, 1), iva.is_valid)
    vid = ["IT" + piva, piva, "IT" + piva, piva][i]
    bpiva = valid(rng, lambda: digits(rng, 7, True) + "028" + digits(rng, 1), iva.is_valid)
    no = [f"{rng.randint(1, 400)}/{d.year}", f"{rng.randint(1, 900)}/E", f"FPR {rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(1, 99)}/PA"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "it"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 1 else None
    po = [f"ODA {rng.randint(4500000, 4599999)}", None, f"ORD-{rng.randint(100, 999)}/{d.year}", None][i]
    eur = lambda x: "€ " + de(x)  # noqa: E731
    ib = rand_iban(rng, "IT", 23, rng.choice("ABCDEFGHX") + "0306912")

    rea = rng.randint(100000, 499999)
    cap = de(D(rng.choice([10000, 50000, 100000])))

    def head(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 2.5, 22, "F")
        txt(pdf, 21, 12, vname, 13, "B", color=color)
        txt(pdf, 21, 18.5, vaddr, 8.2)
        txt(pdf, 21, 23, f"P.IVA {vid} · C.F. {piva} · REA PD-{rea}", 8.2)
        txt(pdf, 21, 27.5, f"Cap. soc. € {cap} i.v. · PEC {vname.split()[0].lower()}@pec.it", 7.6, color=(90, 90, 90))
        txt(pdf, 135, 285, f"Pagina {page} di {pages}", 7.4, w=60, align="R", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Danea Easyfatt")
        pages = 2 if two else 1
        pdf.add_page()
        head(pdf, 1, pages)
        txt(pdf, 135, 12, "FATTURA", 18, "B", w=60, align="R")
        txt(pdf, 135, 21, f"N. {no} del {fd(d)}", 9.6, "B", w=60, align="R")
        txt(pdf, 135, 26.5, "Tipo documento TD01", 7.4, w=60, align="R", color=(90, 90, 90))
        # the totals' box at the top
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(15, 40, 180, 20, "F")
        heads = [("Imponibile", eur(net)), ("Totale IVA", eur(tax)), ("Totale documento", eur(total)), ("Scadenza", fd(due) if due else "pagata")]
        for k, (lab, v) in enumerate(heads):
            txt(pdf, 19 + k * 45, 43, lab, 7.6, color=(90, 90, 90))
            txt(pdf, 19 + k * 45, 49, v, 11 if k == 2 else 10, "B", color=color if k == 2 else (0, 0, 0))
        y = para(pdf, 15, 66, 85, f"Spett.le\n{PD_B[i]}\n{rng.choice(['Via Giustiniani 2', 'Piazza Repubblica 1', 'Corso Milano 42', 'Via Roma 8'])}\n{rng.choice(['35128 Padova (PD)', '35031 Abano Terme (PD)', '35010 Cadoneghe (PD)'])}\nP.IVA {bpiva}", 8.8, h=4.6)
        kv(pdf, 110, 66, [("Codice destinatario", "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ0123456789") for _ in range(7))), ("Vs. ordine", po), ("DDT n.", f"{rng.randint(100, 999)} del {fd(d - dt.timedelta(days=rng.randint(0, 9)))}"),
                              ("Pagamento", "Bonifico 30 gg d.f." if due else "Contanti"), ("Agente", rng.choice(["M. Bettin", "L. Zanon", "G. Favaro"]))], wl=34, wv=50, size=8, align="L")
        cols = [("Descrizione", 86, "L"), ("U.M.", 14, "L"), ("Q.tà", 16, "R"), ("Prezzo", 22, "R"), ("Importo", 26, "R"), ("IVA", 16, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]).replace(".", ","), de(x["price"]), de(x["amount"]), f"{x['rate']}%"] for x in items]
        first = rows[:14] if two else rows
        y = max(y, 94) + 2
        y = table(pdf, 15, y, cols, first, size=8.2, rowh=6.4, header_fill=None, header_color=color, border_bottom=False, line_color=(255, 255, 255))
        if two:
            txt(pdf, 15, y + 4, "segue a pagina 2", 8, "I", color=(90, 90, 90))
            pdf.add_page()
            head(pdf, 2, 2)
            txt(pdf, 135, 12, f"Fattura n. {no}", 10, "B", w=60, align="R")
            txt(pdf, 135, 18, "(continua)", 8, w=60, align="R", color=(90, 90, 90))
            y = table(pdf, 15, 40, cols, rows[14:], size=8.2, rowh=6.4, header_fill=None, header_color=color, border_bottom=False, line_color=(255, 255, 255))
        y += 8
        txt(pdf, 15, y, "Riepilogo IVA", 8.4, "B", color=color)
        cs = [("Aliquota", 25, "L"), ("Imponibile", 35, "R"), ("Imposta", 35, "R")]
        rs = [[f"{r}%", de(b), de(t)] for r, b, t in rates]
        y1 = table(pdf, 15, y + 5, cs, rs, size=8, rowh=5.6, header_fill=None, header_color=(90, 90, 90), border_bottom=False, line_color=(255, 255, 255))
        totals(pdf, 125, y + 5, [("Imponibile", eur(net), False), ("IVA", eur(tax), False), ("Totale documento", eur(total), True)], wl=38, wv=32, size=9, line=color, step=6)
        para(pdf, 15, y1 + 8, 180, (f"Pagamento mediante bonifico bancario su IBAN {group4(ib)} entro il {fd(due)}." if due else "Pagamento in contanti al ritiro della merce.")
             + " Documento inviato al Sistema di Interscambio; la presente è copia di cortesia.", 7.8, h=4.2, color=(60, 60, 60))
        pdf.output(path)

    notes = (
        "Padova (Italy) FATTURA in Italian with the TOTALS in a shaded box at the TOP (Imponibile, Totale IVA, Totale documento, Scadenza) and again at the foot, a table WITHOUT RULES, IVA "
        + " / ".join(f"{r} %" for r, _, _ in rates) + ", '€ 1.234,56'" + (", over TWO PAGES (14 rows on the first, 'Pagina x di 2')" if two else "") + ": "
        f"vendor = the name at the top; vendor_tax_id = 'P.IVA' as printed ('{vid}'; the C.F. is the same digits, the customer's P.IVA, the REA, the codice destinatario, the DDT and the IBAN are decoys). "
        "invoice_number = the number after 'N.' in 'N. … del …'; invoice_date = the date after 'del'. "
        + due_note(due, "pagata", "Scadenza")
        + po_note(po, "Vs. ordine")
        + "subtotal = 'Imponibile'; tax = 'Totale IVA' (= 'IVA' at the foot); total = 'Totale documento'. Currency EUR. Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Totale documento", fd(due) if due else None, bpiva, "Pagina 2 di 2" if two else None]}
    return t, chk, render


# =========================================================================== 08 Oradea (TVA 19/21, RON), label at a line's end, value below
OR_V = [
    ("Crișana Lemn Prod S.R.L.", "Str. Calea Aradului 74, Oradea, jud. Bihor", (120, 53, 15)),
    ("Băile Felix Turism S.A.", "Str. Victoriei 12, Oradea, jud. Bihor", (14, 116, 144)),
    ("Bihor Soft Solutions S.R.L.", "Str. Republicii 35, Oradea, jud. Bihor", (67, 56, 202)),
    ("Transilvania Instal Termo S.R.L.", "Str. Ogorului 18, Oradea, jud. Bihor", (21, 128, 61)),
]
OR_B = ["Primăria Municipiului Oradea", "Universitatea din Oradea", "Spitalul Clinic Județean Bihor", "Asociația de Proprietari Nufărul 14"]
OR_ROWS = [
    [("Cherestea fag 50 mm", "mc", 1, 20, 1400, 2400), ("Panouri lemn masiv", "buc", 5, 80, 120, 380), ("Transport marfă", "cursă", 1, 3, 350, 900), ("Prelucrare CNC", "oră", 2, 30, 140, 260)],
    [("Cazare cameră dublă", "noapte", 1, 30, 280, 520), ("Pachet tratament balnear", "buc", 1, 20, 180, 450), ("Sală conferință, zi", "zi", 1, 3, 900, 2400), ("Cină festivă, persoană", "pers", 10, 80, 95, 180)],
    [("Dezvoltare software, oră", "oră", 8, 160, 180, 320), ("Licență ERP, lunar", "lună", 1, 12, 450, 1900), ("Mentenanță aplicație", "lună", 1, 6, 900, 2800)],
    [("Centrală termică în condensare 35 kW", "buc", 1, 4, 6800, 12500), ("Radiator oțel 600x1000", "buc", 4, 40, 420, 780), ("Manoperă instalații, oră", "oră", 8, 80, 85, 150), ("Țeavă PPR 25 mm", "m", 20, 300, 6, 14)],
]


@style("08", "ro_ora_oradea_factura_tva_19_21_label_eol_avans_eur")
def s08(rng, i):
    vname, vaddr, color = OR_V[i]
    d = rand_date(rng)
    rate = 21 if d >= dt.date(2025, 8, 1) else 19
    items = lines(rng, OR_ROWS[i], [4, 4, 3, 4][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    adv = q2(total * D(rng.choice(["0.3", "0.4", "0.5"]))) if i == 3 else None
    c = valid(rng, lambda: digits(rng, 8, True), cui.is_valid)
    bc = valid(rng, lambda: digits(rng, rng.choice([7, 8]), True), cui.is_valid)
    vid = [f"RO{c}", f"RO {c}", f"RO{c}", f"RO{c}"][i]
    series = ["CLP", "BFT", "BSS", "TIT"][i]
    no = f"{series} {rng.randint(100, 9999):04d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "ro"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 1 else None
    po = [f"CMD-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", f"Contract {rng.randint(10, 99)}/{d.year}"][i]
    po_v = po.replace("Contract ", "") if po else None
    curs = D(rng.choice(["4.9750", "4.9772", "5.0385", "5.0812", "5.0921"]))
    eur = q2(total / curs)
    ro = lambda x: de(x) + " lei"  # noqa: E731
    ib = rand_iban(rng, "RO", 20, rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "RONCRT")

    def render(path):
        pdf = new_fpdf(creator="SmartBill")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 13, "B", color=color)
        para(pdf, 15, 18.5, 95, f"{vaddr}\nCUI: {vid} · Nr. Reg. Com.: J05/{rng.randint(100, 3999)}/{rng.randint(1995, 2022)}\nCapital social: {de(D(rng.choice([200, 1000, 45000])))} lei\nIBAN: {group4(ib)}", 7.8, h=4)
        txt(pdf, 125, 12, "FACTURĂ", 20, "B", w=70, align="R", color=color)
        facts = [("Documentul fiscal este emis sub", "Seria și nr.", no), ("Emisă la data de mai jos, conform", "Data emiterii", fd(d))]
        if due:
            facts.append(("Plata se efectuează până la", "Termen de plată", fd(due)))
        if po:
            facts.append(("Livrare efectuată conform", "Comanda / Contract nr.", po_v))
        facts.append(("Marfa a fost expediată cu", "Aviz de însoțire", f"AV {rng.randint(1000, 9999)}"))
        y = 36
        pdf.set_draw_color(160, 160, 160)
        for lead, lab, v in facts:
            txt(pdf, 118, y, lead, 7, color=(110, 110, 110))
            txt(pdf, 160, y, lab, 7.8, "B", w=35, align="R")
            pdf.line(118, y + 4, 195, y + 4)
            txt(pdf, 118, y + 5, v, 9.4, "B", w=77, align="R")
            y += 11
        para(pdf, 15, 40, 95, f"CUMPĂRĂTOR\n{OR_B[i]}\nCUI: {bc}\n{rng.choice(['Piața Unirii 1', 'Str. Universității 1', 'Str. Gheorghe Doja 65', 'Str. Nufărului 14'])}, Oradea", 8.6, h=4.8)
        cols = [("Nr.", 10, "R"), ("Denumirea produselor / serviciilor", 58, "L"), ("U.M.", 16, "L"), ("Cant.", 16, "R"), ("Preț unitar fără TVA", 36, "R"), ("Valoare", 24, "R"), ("TVA", 20, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), de(x["price"]), de(x["amount"]), de(q2(x["amount"] * rate / 100))] for k, x in enumerate(items)]
        y0 = max(y, 90) + 4
        y = table(pdf, 15, y0, cols, rows, size=8, rowh=6.2, header_fill=(243, 244, 246), line_color=(120, 120, 120))
        frame(pdf, 15, y0, y, cols, color=(120, 120, 120))
        y += 6
        rws = [("Total fără TVA", ro(net), False), (f"TVA {rate}%", ro(tax), False), ("Total de plată", ro(total), True)]
        if adv:
            rws += [("Avans încasat", "-" + ro(adv), False), ("Rest de plată", ro(total - adv), True)]
        totals(pdf, 118, y, rws, wl=40, wv=37, size=9, line=color, step=6.2)
        para(pdf, 15, y, 95, f"Curs BNR din {fd(d)}: 1 EUR = {str(curs).replace('.', ',')} lei\nEchivalent: {de(eur)} EUR\n" + ("Plata prin ordin de plată în contul de mai sus." if due else "Achitat numerar la recepție.")
             + f"\nIndex încărcare SPV (e-Factura): {digits(rng, 10, True)}", 7.8, h=4.4, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 15, 248, 20)
        txt(pdf, 40, 262, "Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Codul fiscal. Pagina 1 din 1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        f"Oradea (Bihor, Romania) FACTURĂ in Romanian where each fact's LABEL stands in bold at the END of a ruled line of small text and its value on the NEXT line, TVA {rate} % ({'21 % from 1 August 2025' if rate == 21 else '19 % before August 2025'}), '1.234,56 lei', a EUR counter-value at the BNR rate"
        + (", an ADVANCE deducted below the total ('Avans încasat', 'Rest de plată')" if adv else "") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'CUI' under it as printed (RO + digits; the buyer's CUI, the Nr. Reg. Com., the IBAN, the aviz and the SPV index are decoys). "
        "invoice_number = 'Seria și nr.' (series and number together); invoice_date = 'Data emiterii' (the BNR rate's date is the same day). "
        + due_note(due, "Achitat numerar", "Termen de plată")
        + po_note(po_v, "Comanda / Contract nr.")
        + "subtotal = 'Total fără TVA'; tax = 'TVA'; total = 'Total de plată'" + (" (before the advance; 'Rest de plată' is a decoy)" if adv else "") + "; the EUR equivalent is a decoy. Currency RON ('lei'). Line items: every row, without TVA."
    )
    t = truth(vname, vid, no, po_v, d, due, "RON", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total de plată", fd(due) if due else None, bc, de(eur) + " EUR"]}
    return t, chk, render
