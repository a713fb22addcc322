"""fpdf2 styles for set 34, first part (06 Catania (Sicily) citrus cooperative's FATTURA in Italian with Sicilian
labels on a LANDSCAPE page with a table WITHOUT RULES, IVA 4 % on citrus and olive oil, 10 % on marmalade and 22 % on
wine and crates, a IVA summary per rate and the totals in a box at the LEFT, 07 Rosenheim (Upper Bavaria) butcher's
party-service RECHNUNG in German with Bavarian phrases OVER TWO PAGES with the sum carried ('Übertrag'), USt. 7 % on
food and 19 % on drinks and hire, the USt. per rate and the totals on page 2)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, de_date, it_date
from invoice_kit import de, digits, new_fpdf, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, kv, lines, para, po_note, truth, valid_id
from stdnum.de import vat as devat
from stdnum.it import iva

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Catania citrus cooperative (IVA 4 / 10 / 22 %, EUR), landscape, no rules, totals at the left
SI_V = [
    ("Agrumi dell'Etna Soc. Coop. Agricola", "Contrada Passo Martino, 95121 Catania (CT)", (194, 65, 12)),
    ("Cooperativa Rossa di Sicilia a r.l.", "Via Vittorio Emanuele 212, 95041 Caltagirone (CT)", (153, 27, 27)),
    ("Paternò Agrumi S.r.l.", "SS 121 km 18, 95047 Paternò (CT)", (21, 128, 61)),
    ("Terre di Lentini Società Agricola S.s.", "Contrada Cuccumella, 96016 Lentini (SR)", (30, 64, 175)),
]
SI_B = [
    ("Ortofrutta Nord Italia S.p.A.", "Via dei Mercati 4, 20138 Milano (MI)"),
    ("Mercato Agroalimentare Bologna – Stand 41, Frutta Gialla S.r.l.", "Via Paolo Canali 1, 40127 Bologna (BO)"),
    ("Bottega Siciliana di Torino S.n.c.", "Corso Vinzaglio 17, 10121 Torino (TO)"),
    ("Gastronomia Fratelli Russo S.r.l.", "Via Etnea 300, 95124 Catania (CT)"),
]
SI_ROWS = [
    ("Arance rosse di Sicilia IGP, Tarocco, cal. 4", "kg", 100, 1500, D("1.10"), D("1.90"), 4),
    ("Arance Moro, cal. 5", "kg", 100, 1200, D("0.90"), D("1.60"), 4),
    ("Limoni Femminello Siracusano IGP", "kg", 50, 800, D("1.20"), D("2.10"), 4),
    ("Mandarini tardivi di Ciaculli", "kg", 50, 600, D("1.60"), D("2.60"), 4),
    ("Olio extravergine d'oliva Monte Etna DOP, 0,75 l", "bt", 6, 120, D("9.50"), D("15.00"), 4),
    ("Marmellata di arance rosse, 340 g", "vas", 12, 240, D("2.80"), D("4.60"), 10),
    ("Etna Rosso DOC 2022, 0,75 l", "bt", 6, 120, D("8.50"), D("16.00"), 22),
    ("Cassette in legno a rendere / Cascitti", "pz", 10, 200, D("0.80"), D("1.60"), 22),
]


@style("06", "it_sic_catania_fattura_iva_4_10_22_landscape")
def s06(rng, i):
    vname, vaddr, color = SI_V[i]
    bname, baddr = SI_B[i]
    d = rand_date(rng)
    items = lines(rng, SI_ROWS[:5], rng.randint(2, 4), D("0.05")) + lines(rng, SI_ROWS[5:], rng.randint(1, 3), D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    piva = valid_id(rng, 11, iva.is_valid)
    no = [f"{rng.randint(10, 999)}/{d.year}", f"{rng.randint(100, 999)}/FE", f"FT-{rng.randint(1000, 9999)}", f"{rng.randint(1, 400)}/A"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), it_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 3 else None
    term = [None, None, None, "Rimessa diretta alla consegna / Pagamentu ô cuntanti"][i]
    po = [f"ODA {rng.randint(40000, 49999)}", None, f"{rng.randint(100, 999)}/{d.strftime('%y')}", None][i]
    ddt = f"DDT n. {rng.randint(100, 999)} del {fd(d - dt.timedelta(days=rng.randint(0, 3)))}"
    m = de

    def render(path):
        pdf = new_fpdf("L", creator="Danea Easyfatt")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 14, "B", color=color)
        para(pdf, 14, 17, 140, f"{vaddr}\nP. IVA {piva} · C.F. {piva} · REA CT-{rng.randint(100000, 399999)} · PEC {vname.split()[0].lower().replace(chr(39), '')}@pec.it", 7.8, h=3.8)
        txt(pdf, 200, 10, "FATTURA", 17, "B")
        txt(pdf, 200, 17, "Fattura · 'a fattura", 7.4, color=(110, 110, 110))
        kv(pdf, 200, 23, [("Numero / Nùmmiru", no), ("Data", fd(d)), ("Vs. ordine / Òrdini", po), ("Scadenza / Scadenza", fd(due) if due else None), ("Cod. destinatario SdI", "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7)))], wl=40, wv=45, size=8, align="L")
        txt(pdf, 14, 30, "Spett.le / Cliente", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 34, bname, 10, "B")
        para(pdf, 14, 39, 150, f"{baddr}\nP. IVA {digits(rng, 11)} · Cod. cliente {rng.randint(1000, 9999)}", 7.8, h=3.8)
        txt(pdf, 14, 52, ddt + " · Trasporto a cura del vettore · Porto franco", 7.6, color=(90, 90, 90))
        cols = [("Cod.", 20, "L"), ("Descrizione / Discrizzioni", 112, "L"), ("U.M.", 14, "C"), ("Q.tà / Quantità", 28, "R"), ("Prezzo / Prezzu", 28, "R"), ("IVA %", 16, "R"), ("Importo / Mpurtu", 36, "R")]
        rows = [[f"A{rng.randint(100, 999)}", x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), str(x["rate"]), m(x["amount"])] for x in items]
        y = table(pdf, 14, 60, cols, rows, size=8, rowh=6.2, header_color=color, border_bottom=False, line_color=(255, 255, 255))
        y += 8
        pdf.set_draw_color(*color)
        pdf.rect(14, y, 92, 26)
        yy = y + 3
        for lab, val, b in (("Imponibile / Mpunìbbili", m(net), False), ("Totale IVA", m(tax), False), ("TOTALE FATTURA € / Tutali", m(total), True)):
            txt(pdf, 17, yy, lab, 9.6 if b else 8.6, "B" if b else "")
            txt(pdf, 70, yy, val, 9.6 if b else 8.6, "B" if b else "", align="R", w=33)
            yy += 7
        txt(pdf, 120, y, "Riepilogo IVA", 8, "B")
        ry = y + 5
        for r, b, v in summary:
            txt(pdf, 120, ry, f"Aliquota {r}%  ·  imponibile {m(b)}  ·  imposta {m(v)}", 7.8)
            ry += 4.4
        para(pdf, 120, ry + 2, 160, ("Pagamento: bonifico bancario entro il " + fd(due) + f" · IBAN IT{rng.randint(10, 99)} X 03019 {digits(rng, 5)} {digits(rng, 12)}" if due else "Pagamento: " + term) + "\nCopia di cortesia della fattura elettronica trasmessa al Sistema di Interscambio. Grazie! / Grazzi assai!", 7.6, h=3.8, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Catania (Sicily) citrus cooperative's FATTURA in Italian with Sicilian labels beside ('Nùmmiru', 'Mpurtu', 'Tutali'), on a LANDSCAPE page with a table WITHOUT RULES, in euros ('1.234,50'), IVA 4 % on citrus and olive oil, 10 % on marmalade and 22 % on wine and crates, a IVA summary per rate at the right and the totals in a framed box at the LEFT: vendor = the name at the top left; vendor_tax_id = 'P. IVA' (11 digits; the C.F. is the same number; the buyer's P. IVA, REA and SdI code are decoys). "
        "invoice_number = 'Numero / Nùmmiru'; invoice_date = 'Data' (" + ["dd/mm/yyyy", "Italian words ('12 marzo 2026')", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the DDT (delivery note) number and date and the customer code are decoys. "
        + due_note(due, term, "Scadenza") + po_note(po, "Vs. ordine / Òrdini")
        + "subtotal = 'Imponibile / Mpunìbbili'; tax = 'Totale IVA'; total = 'TOTALE FATTURA € / Tutali'. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, piva, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, piva, "TOTALE FATTURA € / Tutali", fd(due) if due else None, ddt], render


# =========================================================================== 07 Rosenheim party service (USt. 7 % / 19 %, EUR), two pages, Übertrag
BY_V = [
    ("Metzgerei & Partyservice Huber GmbH", "Kufsteiner Straße 41, 83022 Rosenheim", (127, 29, 29)),
    ("Landmetzgerei Stadler – Partyservice", "Dorfstraße 7, 83101 Rohrdorf", (22, 101, 52)),
    ("Chiemgauer Festküche Obermaier KG", "Seestraße 12, 83209 Prien am Chiemsee", (30, 64, 175)),
    ("Wirtshaus-Catering Aschauer e.K.", "Kampenwandstraße 3, 83229 Aschau i. Chiemgau", (120, 53, 15)),
]
BY_B = [
    ("Trachtenverein D'Innviertler Rosenheim e.V.", "Herrn Sepp Maier, Innstraße 8, 83022 Rosenheim"),
    ("Familie Anna und Korbinian Wimmer", "Am Anger 5, 83098 Brannenburg"),
    ("Autohaus Kaltenecker GmbH", "Oskar-von-Miller-Straße 20, 83026 Rosenheim"),
    ("Freiwillige Feuerwehr Bad Endorf", "Bahnhofstraße 15, 83093 Bad Endorf"),
]
BY_FOOD = [
    ("Spanferkel vom Grill mit Kruste", "Port."), ("Schweinebraten mit Dunkelbiersoße", "Port."), ("Weißwürste, Paar", "Paar"), ("Leberkäs warm, Scheibe", "Stk."), ("Obatzda mit Brezn", "Port."),
    ("Kartoffelsalat bayerisch", "kg"), ("Krautsalat mit Speck", "kg"), ("Semmelknödel", "Stk."), ("Brezn, groß", "Stk."), ("Kaiserschmarrn mit Zwetschgenröster", "Port."),
    ("Dampfnudeln mit Vanillesoße", "Port."), ("Rinderbraten Chiemgauer Art", "Port."), ("Käseplatte Allgäuer Bergkäse", "Platte"), ("Wurstplatte Metzgerei", "Platte"), ("Radi und Radieserl", "Schüssel"),
]
BY_OTHER = [  # (desc, unit, qty lo, qty hi, price lo, price hi, USt. %)
    ("Helles vom Fass, 50-l-Fass", "Fass", 1, 8, 180, 260, 19), ("Weißbier, Kasten 20 x 0,5 l", "Kasten", 2, 20, 18, 28, 19), ("Apfelschorle, Kasten", "Kasten", 2, 12, 12, 19, 19), ("Mineralwasser, Kasten", "Kasten", 2, 12, 7, 12, 19),
    ("Geschirr- und Besteckverleih", "Gedeck", 30, 200, 1, 3, 19), ("Biertischgarnitur Verleih", "Garn.", 5, 40, 6, 12, 19), ("Kühlanhänger, Tagesmiete", "Tag", 1, 3, 60, 120, 19), ("Anlieferung und Abholung", "pausch.", 1, 1, 45, 150, 19),
]


@style("07", "de_by_rosenheim_rechnung_ust_7_19_two_pages")
def s07(rng, i):
    vname, vaddr, color = BY_V[i]
    bname, baddr = BY_B[i]
    d = rand_date(rng)
    food = [(a, u, 2, 80, 3, 24, 7) for a, u in BY_FOOD]
    items = lines(rng, food, rng.randint(11, 15), D("0.10")) + lines(rng, BY_OTHER, rng.randint(5, 8), D("0.10"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vat = valid_id(rng, 9, lambda c: devat.is_valid("DE" + c))
    ustid = "DE" + vat
    no = [f"RE-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"R{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i != 1 else None
    term = [None, "Betrag dankend in bar erhalten. Vergelt's Gott!", None, None][i]
    po = [None, None, f"BE-{rng.randint(40000, 49999)}", f"FF-{rng.randint(10, 99)}/{d.year}"][i]
    event = d - dt.timedelta(days=rng.randint(1, 12))
    m = de
    cols = [("Pos.", 12, "C"), ("Bezeichnung", 86, "L"), ("Menge", 22, "R"), ("Einzelpreis", 24, "R"), ("USt.", 12, "R"), ("Gesamt netto", 26, "R")]
    rows = [[str(k + 1), x["desc"], f"{qstr(x['qty'])} {x['unit']}", m(x["price"]), f"{x['rate']} %", m(x["amount"])] for k, x in enumerate(items)]
    cut = 12
    carried = sum(x["amount"] for x in items[:cut])

    def header(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 20, 10, vname, 12.5, "B", color=color)
        txt(pdf, 20, 16, vaddr + " · Tel. 08031 " + str(rng.randint(10000, 99999)), 7.6, color=(90, 90, 90))
        txt(pdf, 160, 10, f"Seite {page} von 2", 7.6, color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Lexware faktura+auftrag")
        pdf.add_page()
        header(pdf, 1)
        txt(pdf, 20, 40, f"{vname} · {vaddr}", 6.4, color=(120, 120, 120))
        txt(pdf, 20, 45, bname, 9.6, "B")
        para(pdf, 20, 50, 85, baddr.replace(", ", "\n"), 8.6, h=4.2)
        kv(pdf, 128, 40, [("Rechnungsnummer", no), ("Rechnungsdatum", fd(d)), ("Kundennummer", f"{rng.randint(10000, 99999)}"), ("Ihre Bestellung", po), ("Veranstaltung am", fd(event)), ("Lieferschein", f"LS {rng.randint(1000, 9999)}")], wl=32, wv=30, size=8, align="L")
        txt(pdf, 20, 76, "RECHNUNG", 15, "B")
        para(pdf, 20, 84, 170, f"Servus und grüß Gott! Für die Bewirtung bei Ihrer Veranstaltung am {fd(event)} in {rng.choice(['Rosenheim', 'Stephanskirchen', 'Kolbermoor', 'Bad Aibling'])} stellen wir Ihnen wie folgt in Rechnung:", 8.6, h=4.4)
        y = table(pdf, 20, 96, cols, rows[:cut], size=7.8, rowh=6, header_fill=(235, 235, 235))
        txt(pdf, 20, y + 4, "Übertrag auf Seite 2", 8.4, "B")
        txt(pdf, 150, y + 4, m(carried), 8.4, "B", align="R", w=32)
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 20, 24, f"Rechnung {no} vom {fd(d)} – Fortsetzung", 9, "B")
        txt(pdf, 20, 32, "Übertrag von Seite 1", 8.4, "B")
        txt(pdf, 150, 32, m(carried), 8.4, "B", align="R", w=32)
        y = table(pdf, 20, 38, cols, [[str(cut + k + 1), *r[1:]] for k, r in enumerate(rows[cut:])], size=7.8, rowh=6, header_fill=(235, 235, 235))
        y += 6
        rows2 = [("Summe netto", m(net), False)]
        for r, b, v in summary:
            rows2.append((f"zzgl. {r} % USt. auf {m(b)}", m(v), False))
        rows2 += [("Summe USt.", m(tax), False), ("Rechnungsbetrag EUR", m(total), True)]
        for lab, val, b in rows2:
            txt(pdf, 100, y, lab, 9.4 if b else 8.4, "B" if b else "")
            txt(pdf, 150, y, val, 9.4 if b else 8.4, "B" if b else "", align="R", w=32)
            y += 5.6
        para(pdf, 20, y + 6, 170, (f"Zahlbar bis {fd(due)} ohne Abzug auf das unten genannte Konto. " if due else term + " ") + "Speisen mit 7 % USt., Getränke, Verleih und Anlieferung mit 19 % USt. – Dankschee und bis zum nächsten Mal! Pfiad eich!", 8.4, h=4.4)
        para(pdf, 20, 270, 170, f"{vname} · Amtsgericht Traunstein HRB {rng.randint(10000, 29999)} · Steuernummer 156/{rng.randint(100, 999)}/{rng.randint(10000, 99999)} · USt-IdNr. {ustid}\nSparkasse Rosenheim-Bad Aibling · IBAN DE{rng.randint(10, 99)} 7115 0000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)} · BIC BYLADEM1ROS", 6.8, h=3.5, color=(90, 90, 90), align="C")
        pdf.output(path)

    notes = (
        "Rosenheim / Chiemgau (Upper Bavaria) butcher's party-service RECHNUNG in German with Bavarian phrases ('Servus', 'Vergelt's Gott', 'Pfiad eich'), OVER TWO PAGES: rows 1-12 on page 1 ending with 'Übertrag auf Seite 2', the rest and the totals on page 2 starting with 'Übertrag von Seite 1'; in euros ('1.234,50'), USt. 7 % on food and 19 % on drinks, hire and delivery, the USt. per rate in the totals: vendor = the name at the top of each page; vendor_tax_id = 'USt-IdNr.' in the footer of page 2 (the Steuernummer and HRB are decoys). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Rechnungsdatum' (" + ["dd.mm.yyyy", "German words ('12. März 2026')", "dd.mm.yyyy", "dd.mm.yy"][i] + "); the event date ('Veranstaltung am'), the customer number and the delivery note (Lieferschein) are decoys. "
        + due_note(due, term, "Zahlbar bis") + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Summe netto'; tax = 'Summe USt.'; total = 'Rechnungsbetrag EUR'. The carried-forward sum (Übertrag) is a decoy. Currency EUR. Line items: every row on both pages (net)."
    )
    t = truth(vname, ustid, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, ustid, "Rechnungsbetrag EUR", fd(due) if due else None, m(carried), "Übertrag von Seite 1"], render
