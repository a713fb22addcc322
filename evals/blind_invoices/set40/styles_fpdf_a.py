"""fpdf2 styles for set 40, first part (06 Basel bookshop's Rechnung in Swiss German with MWST 2,6 % on books and 8,1 %
on the rest, francs with apostrophes and the QR-bill payment part with its receipt at the foot of the page, 07 Antwerp
drinks wholesaler's factuur in Dutch with BTW 6 % and 21 %, empties charged and returned as NEGATIVE rows outside the
BTW and a structured communication, 08 Hamburg ship chandler's Rechnung in German over up to three pages with the
totals only on the last, USt 7 % and 19 % and 'Seite x von y')."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, de_date, imo, mod97_be, qr_ref
from invoice_kit import (
    ch,
    de,
    digits,
    iban,
    iban_fmt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    spd,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.be import vat as be_vat
from stdnum.ch import uid
from stdnum.de import vat as de_vat

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Basel bookshop (MWST 2,6 % / 8,1 %, CHF), QR-bill payment part
BS_V = [
    ("Buchhandlung am Rheinsprung AG", "Rheinsprung 12, 4051 Basel", (127, 29, 29)),
    ("Kleinbasler Bücherstube GmbH", "Rheingasse 31, 4058 Basel", (30, 64, 175)),
    ("Spalenberg Papeterie & Buch AG", "Spalenberg 40, 4051 Basel", (21, 128, 61)),
    ("Münsterplatz Antiquariat GmbH", "Münsterplatz 9, 4051 Basel", (146, 64, 14)),
]
BS_B = [
    ("Gymnasium am Münsterplatz, Bibliothek", "Münsterplatz 15", "4051 Basel"),
    ("Universitätsbibliothek Basel, Erwerbung", "Schönbeinstrasse 18–20", "4056 Basel"),
    ("Stiftung Kunsthalle Basel", "Steinenberg 7", "4051 Basel"),
    ("Frau Dr. Regula Meier", "Hardstrasse 88", "4052 Basel"),
]
BS_26 = [
    ("Hesse, Siddhartha (Taschenbuch)", "Ex.", 1, 30, D("12.00"), D("22.00")),
    ("Duden – Die deutsche Rechtschreibung", "Ex.", 1, 20, D("32.00"), D("42.00")),
    ("Basler Stadtbuch, Jahrgang", "Ex.", 1, 10, D("45.00"), D("68.00")),
    ("Dürrenmatt, Der Besuch der alten Dame", "Ex.", 1, 30, D("14.00"), D("19.00")),
    ("Kunstkatalog Holbein in Basel", "Ex.", 1, 5, D("58.00"), D("95.00")),
    ("Atlas der Schweiz, Schulausgabe", "Ex.", 1, 25, D("39.00"), D("56.00")),
]
BS_81 = [
    ("Notizbuch A5, Leinen", "Stk.", 1, 40, D("14.50"), D("26.00")),
    ("Füllfederhalter mit Konverter", "Stk.", 1, 10, D("38.00"), D("89.00")),
    ("Geschenkverpackung", "Stk.", 1, 20, D("2.50"), D("5.00")),
    ("Versandkosten Post Economy", "Pauschale", 1, 1, D("9.00"), D("18.00")),
    ("Einbandfolierung Bibliothek", "Stk.", 1, 40, D("3.50"), D("6.50")),
]


@style("06", "ch_bsl_basel_rechnung_mwst_26_81_qr_zahlteil")
def s06(rng, i):
    vname, vaddr, color = BS_V[i]
    bname, bstreet, bcity = BS_B[i]
    d = rand_date(rng)
    items = lines(rng, BS_26, rng.randint(1, 6), D("0.05"))
    for x in items:
        x["rate"], x["code"] = D("2.6"), "A"
    more = lines(rng, BS_81, rng.randint(0 if i == 1 else 1, 3), D("0.05"))
    for x in more:
        x["rate"], x["code"] = D("8.1"), "B"
    items += more
    rng.shuffle(items)
    summary = by_rate(items, q=lambda v: q2(v * 20) / 20)  # rounded to 5 Rappen per rate
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    u = valid(rng, lambda: "CHE" + digits(rng, 9, True), uid.is_valid)
    vid = f"CHE-{u[3:6]}.{u[6:9]}.{u[9:]}"
    no = [f"R-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"RE{d.strftime('%y')}/{rng.randint(100, 999)}", f"{d.year}{rng.randint(1000, 9999)}"][i]
    long = i in (0, 3)
    fd = de_date if long else (lambda x: x.strftime("%d.%m.%Y"))
    due = d + dt.timedelta(days=rng.choice([10, 20, 30])) if i != 3 else None
    term = None if due else "Zahlbar sofort nach Erhalt"
    po = [f"BE-{rng.randint(1000, 9999)}", f"UB{rng.randint(100000, 999999)}", f"{rng.randint(100, 999)}", None][i]
    qiban = iban("CH", f"{rng.randint(30000, 31999)}{digits(rng, 12)}")
    ref = qr_ref(digits(rng, 26))
    refp = ref[:2] + " " + " ".join(ref[k:k + 5] for k in range(2, 27, 5))
    ls = f"LS {rng.randint(10000, 99999)}"
    kdnr = f"{rng.randint(10000, 99999)}"

    def render(path):
        pdf = new_fpdf(creator="Bookshop ERP / QR-Rechnung")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 14, "B", font="Serif", color=color)
        para(pdf, 20, 21, 110, f"{vaddr} · Tel. 061 {rng.randint(200, 699)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n{vid} MWST", 7.8, h=3.9)
        para(pdf, 120, 40, 75, f"{bname}\n{bstreet}\n{bcity}", 9.4, h=4.7)
        txt(pdf, 20, 62, "Rechnung", 14, "B")
        kv(pdf, 20, 70, [("Rechnungsnummer", no), ("Datum", ("Basel, " if long else "") + fd(d)), ("Kundennummer", kdnr), ("Ihre Bestellung", po), ("Lieferschein", ls)], wl=36, wv=60, size=8.2, align="L")
        cols = [("Pos.", 10, "L"), ("Artikel", 86, "L"), ("Menge", 18, "R"), ("Preis CHF", 24, "R"), ("MWST", 12, "C"), ("Betrag CHF", 24, "R")]
        rows = [[str(k + 1), x["desc"], f"{qstr(x['qty'])} {x['unit']}", ch(x["price"]), x["code"], ch(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 20, 96, cols, rows, size=7.8, rowh=5.2, line_color=(210, 210, 210))
        y += 3
        txt(pdf, 20, y, "MWST-Code A = 2,6 % (Bücher), B = 8,1 %", 7, color=(90, 90, 90))
        yy = y + 4
        for r, b, v in summary:
            txt(pdf, 20, yy, f"MWST {r}% auf CHF {ch(b)}: CHF {ch(v)}", 7.2, color=(90, 90, 90))
            yy += 3.8
        totals(pdf, 118, y, [("Total exkl. MWST", ch(net), False), ("MWST total", ch(tax), False), ("Rechnungsbetrag CHF", ch(total), True)], wl=44, wv=32, size=8.6, line=color)
        para(pdf, 20, max(yy, y + 18) + 3, 170, ("Zahlbar bis " + fd(due) + " (" + str((due - d).days) + " Tage netto)." if due else term + ".") + " Besten Dank für Ihren Einkauf!", 8, h=4)
        # the QR-bill payment part at the foot: receipt 62 mm, payment part 148 mm, 105 mm high
        pdf.set_draw_color(0, 0, 0)
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.line(0, 192, 210, 192)
        pdf.line(62, 192, 62, 297)
        pdf.set_dash_pattern()
        txt(pdf, 5, 197, "Empfangsschein", 11, "B")
        para(pdf, 5, 205, 52, f"Konto / Zahlbar an\n{iban_fmt(qiban)}\n{vname}\n{vaddr}", 6.6, h=3.2)
        para(pdf, 5, 228, 52, f"Referenz\n{refp}\n\nZahlbar durch\n{bname}\n{bstreet}\n{bcity}", 6.6, h=3.2)
        txt(pdf, 5, 268, "Währung   Betrag", 6, "B")
        txt(pdf, 5, 272, f"CHF       {spd(total)}", 8)
        txt(pdf, 67, 197, "Zahlteil", 11, "B")
        qr_fpdf(pdf, rng, 67, 209, 46)
        txt(pdf, 67, 262, "Währung   Betrag", 7, "B")
        txt(pdf, 67, 267, f"CHF       {spd(total)}", 10)
        para(pdf, 118, 197, 88, f"Konto / Zahlbar an\n{iban_fmt(qiban)}\n{vname}\n{vaddr}\n\nReferenz\n{refp}\n\nZusätzliche Informationen\nRechnung {no}, Kunde {kdnr}\n\nZahlbar durch\n{bname}\n{bstreet}\n{bcity}", 7.6, h=3.8)
        pdf.output(path)

    notes = (
        "Basel bookshop's RECHNUNG in Swiss German, francs with APOSTROPHES ('1'234.50'), MWST 2,6 % on books (code A) and 8,1 % on stationery, wrapping, library foil and postage (code B), the tax per rate rounded to 5 Rappen, and the QR-BILL payment part with its receipt at the foot of the page (QR-IBAN, QR reference, amount printed '1 234.50'): "
        "vendor = the name at the top; vendor_tax_id = its UID 'CHE-123.456.789' (printed with 'MWST'; the QR-IBAN, the QR reference and the customer number are decoys). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Datum' (" + ("German words, 'Basel, 12. März 2026'" if long else "dd.mm.yyyy") + "); the delivery note (Lieferschein) is a decoy. "
        + due_note(due, term, "Zahlbar bis")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Total exkl. MWST'; tax = 'MWST total'; total = 'Rechnungsbetrag CHF' = the slip's Betrag. Currency CHF. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "CHF", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Rechnungsbetrag CHF", fd(due) if due else None, refp, spd(total), ls], render


# =========================================================================== 07 Antwerp drinks wholesaler (BTW 6 % / 21 %, EUR), empties charged and returned
AN_V = [
    ("Drankenhandel Scheldekaai BV", "Londenstraat 44, 2000 Antwerpen", (180, 83, 9)),
    ("Brouwerijdepot Het Eilandje BV", "Kattendijkdok-Westkaai 20, 2000 Antwerpen", (30, 58, 138)),
    ("Dranken Zurenborg NV", "Dageraadplaats 11, 2018 Antwerpen", (22, 101, 52)),
    ("Horeca Groothandel Linkeroever BV", "Blancefloerlaan 150, 2050 Antwerpen", (126, 34, 206)),
]
AN_B = [
    ("Café De Vismijn", "Vismarkt 3, 2000 Antwerpen"),
    ("Brasserie Den Artist", "Museumstraat 45, 2000 Antwerpen"),
    ("Taverne Het Zuiderterras", "Ernest van Dijckkaai 37, 2000 Antwerpen"),
    ("Feestzaal De Kroon", "Turnhoutsebaan 210, 2140 Borgerhout"),
]
AN_21 = [
    ("De Koninck Bolleke 33 cl, bak 24", "bak", 1, 20, D("24.00"), D("34.00"), "21"),
    ("Seef Bier 33 cl, bak 24", "bak", 1, 10, D("28.00"), D("38.00"), "21"),
    ("Duvel 33 cl, bak 24", "bak", 1, 10, D("34.00"), D("44.00"), "21"),
    ("Vat pils 20 l", "vat", 1, 8, D("72.00"), D("98.00"), "21"),
    ("Vedett Extra White 33 cl, bak 24", "bak", 1, 10, D("26.00"), D("36.00"), "21"),
    ("Huiswijn rood, fles 75 cl", "fles", 6, 60, D("4.20"), D("8.90"), "21"),
]
AN_6 = [
    ("Spa Reine 25 cl, bak 24", "bak", 1, 20, D("9.50"), D("14.00"), "6"),
    ("Chaudfontaine bruisend 1 l, 6 fl.", "pak", 1, 20, D("4.80"), D("7.20"), "6"),
    ("Appelsap 100 % 20 cl, bak 24", "bak", 1, 10, D("14.00"), D("19.00"), "6"),
]
AN_LEEG = [("Leeggoed bak 24 x 33 cl", D("3.90")), ("Leeggoed vat 20 l", D("30.00")), ("Leeggoed bak 24 x 25 cl", D("3.30"))]


@style("07", "be_anr_antwerpen_factuur_btw_21_6_leeggoed")
def s07(rng, i):
    vname, vaddr, color = AN_V[i]
    bname, baddr = AN_B[i]
    d = rand_date(rng, end=dt.date(2026, 2, 27))  # water and juice at 6 % before Belgium's rate changes of 1 March 2026
    items = lines(rng, AN_21, rng.randint(1, 5), D("0.01")) + lines(rng, AN_6, rng.randint(0, 3), D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    for desc, p in rng.sample(AN_LEEG, rng.randint(1, 2)):
        q = D(rng.randint(2, 30))
        items.append(dict(desc=desc, unit="st", qty=q, price=p, amount=q2(q * p), rate=None))
        q = -D(rng.randint(1, int(q) + 6))
        items.append(dict(desc=desc + " retour", unit="st", qty=q, price=p, amount=q2(q * p), rate=None))
    taxed = [x for x in items if x["rate"] is not None]
    summary = by_rate(taxed)
    leeg = sum(x["amount"] for x in items if x["rate"] is None)
    net = sum(b for _r, b, _v in summary) + leeg
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, lambda: "BE0" + digits(rng, 9), be_vat.is_valid)
    vidp = f"BE {vid[2:6]}.{vid[6:9]}.{vid[9:]}"
    acct = digits(rng, 10)
    biban = iban("BE", acct + mod97_be(acct))
    no = [f"{d.year}/{rng.randint(1000, 9999)}", f"F{d.strftime('%y')}-{rng.randint(10000, 99999)}", f"{rng.randint(240000, 269999)}", f"VF{d.year}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    term = None if due else "Contant betaald bij levering"
    po = [None, f"BST-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    ogm10 = digits(rng, 10)
    ogm = ogm10 + mod97_be(ogm10)
    ogmp = f"+++{ogm[:3]}/{ogm[3:7]}/{ogm[7:]}+++"
    lev = f"LB{rng.randint(100000, 999999)}"
    bvat = valid(rng, lambda: "BE0" + digits(rng, 9), be_vat.is_valid)

    def render(path):
        pdf = new_fpdf(creator="WinBooks")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 26, "F")
        txt(pdf, 14, 8, vname, 15, "B", color=(255, 255, 255))
        txt(pdf, 14, 16, f"{vaddr} · BTW {vidp} · RPR Antwerpen, afdeling Antwerpen", 7.6, color=(255, 255, 255))
        txt(pdf, 14, 34, "FACTUUR", 16, "B")
        kv(pdf, 14, 44, [("Factuurnummer", no), ("Factuurdatum", fd(d)), ("Vervaldatum", fd(due) if due else None), ("Uw referentie", po), ("Leveringsbon", lev), ("Klantnummer", f"K{rng.randint(1000, 9999)}")], wl=32, wv=50, size=8.2, align="L")
        para(pdf, 120, 40, 76, f"{bname}\n{baddr}\nBTW {bvat[:2]} {bvat[2:6]}.{bvat[6:9]}.{bvat[9:]}", 9.2, h=4.6)
        cols = [("Omschrijving", 80, "L"), ("Aantal", 18, "R"), ("Eenh.", 14, "L"), ("Prijs", 22, "R"), ("Btw", 14, "R"), ("Bedrag", 28, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), f"{x['rate']}%" if x["rate"] is not None else "–", de(x["amount"])] for x in items]
        y = table(pdf, 14, 78, cols, rows, size=8, rowh=5.6, header_fill=(235, 235, 235), line_color=(200, 200, 200))
        y += 5
        txt(pdf, 14, y, "Btw-overzicht", 8, "B")
        yy = y + 4.5
        for r, b, v in summary:
            txt(pdf, 14, yy, f"{r}%   maatstaf {de(b)}   btw {de(v)}", 7.6)
            yy += 4
        txt(pdf, 14, yy, f"Leeggoed (geen btw)   {de(leeg)}", 7.6)
        totals(pdf, 120, y, [("Totaal excl. btw", de(net), False), ("Btw", de(tax), False), ("Te betalen EUR", de(total), True)], wl=44, wv=32, size=9, line=color)
        para(pdf, 14, max(yy, y + 18) + 8, 182, (f"Gelieve te betalen vóór {fd(due)} op rekening {iban_fmt(biban)} (BIC {rng.choice(['GEBABEBB', 'KREDBEBB', 'BBRUBEBB'])}) met gestructureerde mededeling {ogmp}." if due else term + f". Mededeling {ogmp}.") + " Leeggoed blijft eigendom van de leverancier en wordt teruggenomen aan de gefactureerde prijs. Op alle facturen zijn onze algemene verkoopsvoorwaarden van toepassing.", 7.8, h=4)
        pdf.output(path)

    notes = (
        "Antwerp drinks wholesaler's FACTUUR in Dutch to a café or hall, amounts with dots and a decimal comma ('1.234,56'), BTW 21 % on beer and wine and 6 % on water and fruit juice (dated before 1 March 2026), and EMPTIES (leeggoed) charged and RETURNED as NEGATIVE rows outside the BTW (shown '–'), a 'Btw-overzicht' per rate and the empties' sum: "
        "vendor = the name in the coloured band; vendor_tax_id = its 'BTW BE 0123.456.789' (mod-97 valid; the customer's BTW, the IBAN, the structured communication +++…+++ and the customer number are decoys). "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (" + ["dd/mm/yyyy", "dd-mm-yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); the delivery note (Leveringsbon) is a decoy. "
        + due_note(due, term, "Vervaldatum")
        + po_note(po, "Uw referentie")
        + "subtotal = 'Totaal excl. btw' (the empties included); tax = 'Btw'; total = 'Te betalen EUR'. Currency EUR. Line items: every row, the returned empties negative."
    )
    t = truth(vname, vidp, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vidp, "Te betalen EUR", fd(due) if due else None, ogmp, lev], render


# =========================================================================== 08 Hamburg ship chandler (USt 7 % / 19 %, EUR), up to three pages, totals on the last
HH_V = [
    ("Elbe Schiffsausrüstung GmbH", "Am Sandtorkai 5, 20457 Hamburg", (30, 58, 138)),
    ("Waltershof Ship Supply GmbH & Co. KG", "Köhlbranddeich 30, 21129 Hamburg", (153, 27, 27)),
    ("Hanseatische Proviant- und Technikhandel GmbH", "Neuer Wandrahm 4, 20457 Hamburg", (21, 94, 117)),
    ("Finkenwerder Marine Store GmbH", "Focksweg 12, 21129 Hamburg", (64, 64, 64)),
]
HH_B = [
    ("Reederei Nord Atlantik GmbH & Co. KG", "Palmaille 45, 22767 Hamburg"),
    ("Baltic Feeder Lines ApS", "Havnegade 10, 1058 København K, Dänemark"),
    ("MS Alstertal Schifffahrts GmbH", "Ballindamm 17, 20095 Hamburg"),
    ("Helgoland Seebäderdienst GmbH", "Bei der St. Pauli Landungsbrücke 3, 20359 Hamburg"),
]
HH_7 = [
    ("Kaffee gemahlen, 1 kg", "kg", 5, 60, D("8.90"), D("16.50")), ("Butter, 250 g", "Stk.", 10, 120, D("1.89"), D("2.99")),
    ("Weizenmehl Type 405, 10 kg", "Sack", 1, 10, D("6.50"), D("11.00")), ("Kartoffeln festkochend, 25 kg", "Sack", 1, 12, D("14.00"), D("24.00")),
    ("Rinderhack, 1 kg", "kg", 5, 40, D("8.50"), D("13.90")), ("Hähnchenbrust, 1 kg", "kg", 5, 50, D("7.20"), D("11.50")),
    ("Reis parboiled, 5 kg", "Sack", 1, 20, D("7.90"), D("12.50")), ("Äpfel, 10 kg Kiste", "Kiste", 1, 10, D("12.00"), D("22.00")),
    ("Eier Größe M, 30 Stk.", "Palette", 2, 20, D("6.90"), D("9.90")), ("Milch H 1,5 %, 12 x 1 l", "Karton", 2, 30, D("9.60"), D("14.40")),
    ("Zwiebeln, 10 kg", "Sack", 1, 8, D("6.00"), D("11.00")), ("Tomaten passiert, 6 x 500 g", "Karton", 1, 20, D("5.40"), D("8.90")),
    ("Mineralwasser still, 6 x 1,5 l", "Pack", 5, 80, D("2.40"), D("4.80")),
]
HH_19 = [
    ("Festmacherleine PP 40 mm, 220 m", "Rolle", 1, 4, D("380.00"), D("720.00")), ("Schäkel verzinkt 19 mm", "Stk.", 4, 40, D("6.80"), D("14.50")),
    ("Schiffsfarbe Deck grau, 20 l", "Eimer", 1, 12, D("145.00"), D("260.00")), ("Arbeitshandschuhe Leder", "Paar", 12, 120, D("3.20"), D("7.90")),
    ("Putzlappen Baumwolle, 10 kg", "Ballen", 1, 10, D("18.00"), D("32.00")), ("Rettungsring SOLAS mit Leine", "Stk.", 1, 4, D("85.00"), D("145.00")),
    ("Dieselfilter Element", "Stk.", 2, 12, D("24.00"), D("68.00")), ("Schmierfett Marine, 18 kg", "Eimer", 1, 4, D("120.00"), D("210.00")),
    ("LED-Handlampe ATEX", "Stk.", 1, 6, D("95.00"), D("180.00")), ("Geschirrspülmittel, 10 l", "Kanister", 1, 8, D("19.00"), D("34.00")),
    ("Toilettenpapier, 64 Rollen", "Pack", 1, 10, D("22.00"), D("36.00")), ("Seekarte BSH, Stand aktuell", "Stk.", 1, 6, D("24.00"), D("48.00")),
]


@style("08", "de_ham_hamburg_rechnung_ust_19_7_three_pages")
def s08(rng, i):
    vname, vaddr, color = HH_V[i]
    bname, baddr = HH_B[i]
    d = rand_date(rng)
    n = [rng.randint(18, 25), rng.randint(12, 20), rng.randint(20, 25), rng.randint(3, 8)][i]
    n7 = rng.randint(max(1, n - 12), min(13, n - 1))
    items = lines(rng, HH_7, n7, D("0.01")) + lines(rng, HH_19, n - n7, D("0.01"))
    for x in items:
        x["rate"] = D(7) if any(x["desc"] == r[0] for r in HH_7) else D(19)
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, lambda: "DE" + digits(rng, 9, True), de_vat.is_valid)
    no = [f"RE-{d.year}-{rng.randint(10000, 99999)}", f"{rng.randint(2400000, 2699999)}", f"HPT/{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"R{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 3 else None
    term = None if due else "Zahlung bar bei Übergabe an Bord"
    po = [f"PO-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}", None, f"BST {rng.randint(100, 999)}"][i]
    imono = imo(digits(rng, 6, True))
    ship = rng.choice(["MS Elbstern", "MV Nordic Trader", "MS Alstertal", "MS Helgoland"])
    ls = f"{rng.randint(80000, 99999)}"
    per1, per = 9, 12
    chunks = [items[:per1]] + [items[k:k + per] for k in range(per1, len(items), per)]
    pages = len(chunks)
    m = de

    def render(path):
        pdf = new_fpdf(creator="Microsoft Dynamics NAV")
        k0 = 0
        carried = D(0)
        for p, chunk in enumerate(chunks):
            pdf.add_page()
            txt(pdf, 20, 12, vname, 13, "B", color=color)
            txt(pdf, 20, 18, vaddr + " · Tel. 040 " + f"{rng.randint(300, 799)} {rng.randint(100, 999)}-0", 7.4, color=(90, 90, 90))
            txt(pdf, 150, 12, f"Seite {p + 1} von {pages}", 8, w=40, align="R")
            if p == 0:
                para(pdf, 20, 42, 85, f"{bname}\n{baddr}\nz. Hd. Kapitän / Purser {ship}", 9, h=4.5)
                txt(pdf, 20, 70, "Rechnung", 15, "B")
                kv(pdf, 118, 40, [("Rechnungs-Nr.", no), ("Rechnungsdatum", fd(d)), ("Fällig am", fd(due) if due else None), ("Ihre Bestellung", po), ("Lieferschein", ls), ("Schiff / IMO", f"{ship} / IMO {imono}"), ("Liefertag", (d - dt.timedelta(days=rng.randint(0, 3))).strftime("%d.%m.%Y"))], wl=30, wv=46, size=7.8, align="L")
                y0 = 82
            else:
                txt(pdf, 20, 26, f"Rechnung {no} vom {fd(d)} – Fortsetzung", 9, "B")
                y0 = 34
                if i == 1:
                    txt(pdf, 140, y0 - 6, f"Übertrag: {m(carried)}", 8, w=50, align="R")
            cols = [("Pos.", 10, "L"), ("Bezeichnung", 78, "L"), ("Menge", 16, "R"), ("Einh.", 16, "L"), ("Einzelpreis", 22, "R"), ("USt.", 10, "R"), ("Gesamt EUR", 22, "R")]
            rows = [[str(k0 + k + 1), x["desc"], qstr(x["qty"]).replace(".", ","), x["unit"], m(x["price"]), f"{x['rate']}%", m(x["amount"])] for k, x in enumerate(chunk)]
            y = table(pdf, 20, y0, cols, rows, size=7.8, rowh=5.4, header_fill=(230, 236, 245), line_color=(215, 215, 215))
            k0 += len(chunk)
            carried += sum(x["amount"] for x in chunk)
            if p < pages - 1:
                if i == 1:
                    txt(pdf, 140, y + 3, f"Übertrag: {m(carried)}", 8, w=50, align="R")
                else:
                    txt(pdf, 20, y + 3, "Fortsetzung auf der nächsten Seite", 7.6, "I")
            else:
                y += 5
                yy = y
                for r, b, v in summary:
                    txt(pdf, 20, yy, f"USt. {r} % auf {m(b)} EUR = {m(v)} EUR", 7.6)
                    yy += 4.2
                totals(pdf, 112, y, [("Nettobetrag", m(net) + " EUR", False), ("Umsatzsteuer", m(tax) + " EUR", False), ("Rechnungsbetrag", m(total) + " EUR", True)], wl=40, wv=38, size=9, line=color)
                para(pdf, 20, max(yy, y + 18) + 4, 170, (f"Bitte überweisen Sie den Rechnungsbetrag bis zum {fd(due)} ohne Abzug." if due else term + ".") + " Proviant zum ermäßigten Steuersatz (7 %), technische Ausrüstung und Getränke zum Regelsteuersatz (19 %).", 8, h=4)
            para(pdf, 20, 276, 170, f"{vname} · Sitz Hamburg · Amtsgericht Hamburg HRB {rng.randint(10000, 180000)} · USt-IdNr. {vid} · St.-Nr. {rng.randint(40, 48)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}\nHamburger Sparkasse · IBAN {iban_fmt(iban('DE', '20050550' + digits(rng, 10)))} · BIC HASPDEHHXXX", 6.6, h=3.3, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Hamburg ship chandler's RECHNUNG in German" + (f" over {pages} pages ('Seite x von y') with the totals ONLY on the last page" if pages > 1 else " on one page") + (" and an 'Übertrag' (running sum) at each page break" if i == 1 and pages > 1 else "") + ", amounts with dots and a decimal comma ('1.234,56'), USt. 7 % on provisions and 19 % on technical stores, a USt. line per rate: "
        "vendor = the name at the top; vendor_tax_id = its 'USt-IdNr.' in the footer (DE + 9 digits; the Steuernummer, HRB, IBAN and the ship's IMO number are decoys). "
        "invoice_number = 'Rechnungs-Nr.'; invoice_date = 'Rechnungsdatum' (" + ["dd.mm.yyyy", "dd.mm.yyyy", "German words ('12. März 2026')", "dd.mm.yy"][i] + "); the delivery day, the delivery note and the ship are decoys. "
        + due_note(due, term, "Fällig am")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Nettobetrag'; tax = 'Umsatzsteuer'; total = 'Rechnungsbetrag'" + ("; the 'Übertrag' figures are running sums, not totals" if i == 1 else "") + ". Currency EUR. Line items: every row on every page."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Rechnungsbetrag", fd(due) if due else None, imono, ls, f"Seite 1 von {pages}"], render
