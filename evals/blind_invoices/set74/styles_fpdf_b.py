"""fpdf2 styles for set 74, second part (08 Ringkøbing FAKTURA / KREDITNOTA in Danish with a full-height RIGHT SIDEBAR
of labels above values, an UNRULED table, moms 25 %, '1.234,56', long Danish dates and one credit note; 09 Wunsiedel
RECHNUNG in German with GROSS prices (19 % MwSt included and taken out at the foot), table headers on two lines, a
deduction of an advance ('Abschlagszahlung') on two; 10 Stykkishólmur REIKNINGUR in Icelandic in WHOLE krónur, VSK
24 % and 11 %, labels beside values in a boxed grid and the euro counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import de_ustid, dk_cvr, incl_tax, is_kt, long_date
from invoice_kit import de, digits, iban, iban_fmt, lfont, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, qr_fpdf, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Ringkøbing (moms 25 %, DKK), right sidebar, unruled, kreditnota
RI_V = [
    ("Ringkøbing Fjord Fiskeeksport ApS", "Vestkaj 9, 6950 Ringkøbing", (14, 71, 105)),
    ("Holmsland Klit VVS & Blik A/S", "Søndervig Landevej 18, 6950 Ringkøbing", (120, 40, 20)),
    ("Hee Maskinstation I/S", "Hee Kirkevej 4, 6950 Ringkøbing", (40, 90, 40)),
    ("Vestjysk Sommerhusservice ApS", "Nørredige 22, 6950 Ringkøbing", (80, 40, 110)),
]
RI_B = [("Restaurant Havnekanten", "Havnen 2, 6960 Hvide Sande"), ("Feriecenter Søndervig A/S", "Badevej 3, 6950 Ringkøbing"), ("Tarm Kvæg I/S", "Tarmvej 40, 6880 Tarm"), ("Strandkanten Udlejning ApS", "Klitvej 11, 6960 Hvide Sande")]
RI_ROWS = [
    [("Fersk torsk, hel, kg", "kg", 20, 200, 38, 62), ("Rødspættefilet, kg", "kg", 5, 60, 95, 140), ("Fjordrejer kogte, kg", "kg", 2, 20, 180, 260), ("Røget laks, skiver 500 g", "stk", 4, 30, 89, 129)],
    [("Arbejdsløn VVS-montør", "time", 2, 24, 495, 595), ("Varmtvandsbeholder 110 l", "stk", 1, 1, 5200, 7900), ("Tagrende zink 100 mm, m", "m", 6, 40, 140, 220), ("Kørsel", "stk", 1, 4, 295, 395)],
    [("Skårlægning græs, ha", "ha", 4, 40, 380, 520), ("Presning rundballer", "stk", 20, 200, 85, 120), ("Gyllekørsel, time", "time", 2, 16, 890, 1150), ("Majssåning, ha", "ha", 4, 30, 520, 690)],
    [("Slutrengøring sommerhus", "stk", 1, 12, 650, 1100), ("Linnedpakke", "stk", 2, 24, 120, 180), ("Vinduespudsning, time", "time", 1, 10, 395, 480), ("Græsslåning og tilsyn", "stk", 1, 6, 350, 650)],
]


@style("08", "dk_rin_ringkobing_faktura_moms_25_sidebar_right_unruled_kreditnota_long_dates")
def s08(rng, i):
    vname, vaddr, color = RI_V[i]
    bname, baddr = RI_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, RI_ROWS[i], [4, 3, 2, 4][i], D("0.50"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    cvr, bcvr = dk_cvr(rng), dk_cvr(rng)
    no = f"{rng.randint(20000, 89999)}"
    fd = lambda x: long_date(x, "da")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([8, 14, 30])) if not credit else None
    po = [f"{rng.randint(1000, 9999)}", None, None, f"SK-{rng.randint(100, 999)}"][i]
    reg, konto = rng.choice(["7770", "9070", "7600"]), digits(rng, 10, True)
    fik = f"+71<{digits(rng, 15)}+{digits(rng, 8)}<"
    orig = str(int(no) - rng.randint(20, 400))
    ean = "5790" + digits(rng, 9)
    title = "KREDITNOTA" if credit else "FAKTURA"

    def render(path):
        pdf = lfont(new_fpdf(creator="e-conomic"))
        pdf.add_page()
        SX = 148
        pdf.set_fill_color(*color)
        pdf.rect(SX, 0, 62, 297, "F")
        white, pale = (255, 255, 255), (215, 225, 235)
        y = 16
        txt(pdf, SX + 6, y, title, 17, "B", font="LSans", color=white)
        y += 14
        facts = [("KREDITNOTANR." if credit else "FAKTURANR.", no), ("DATO", fd(d)), ("FORFALDSDATO", fd(due) if due else None), ("KREDITERER FAKTURA", orig if credit else None),
                 ("DERES REF. / ORDRE", po), ("KUNDENR.", str(rng.randint(1000, 9999))), ("TIL BETALING" if not credit else "TIL GODE", "DKK " + de(total))]
        for a, b in facts:
            if b is None:
                continue
            txt(pdf, SX + 6, y, a, 6.6, font="LSans", color=pale)
            txt(pdf, SX + 6, y + 3.6, b, 10, "B", font="LSans", color=white)
            y += 11
        y = 240
        for line in ["BANK", f"Reg.nr. {reg}", f"Konto {konto}", "FI-KORT", fik, "CVR-NR.", cvr]:
            bold = line.isupper() and not line.startswith("+")
            txt(pdf, SX + 6, y, line, 6.6 if bold else 8, font="LSans", color=pale if bold else white)
            y += 4.4
        txt(pdf, 14, 16, vname, 15, "B", font="LSans", color=color)
        txt(pdf, 14, 23, vaddr + " · tlf. 97 32 " + digits(rng, 2) + " " + digits(rng, 2), 8.4, font="LSans")
        txt(pdf, 14, 42, bname, 10, "B", font="LSans")
        txt(pdf, 14, 47, baddr, 9, font="LSans")
        txt(pdf, 14, 52, f"CVR-nr. {bcvr} · EAN {ean}" if i == 1 else f"Kundens CVR-nr. {bcvr}", 8.4, font="LSans")
        if credit:
            para(pdf, 14, 62, 128, f"Vi krediterer hermed faktura nr. {orig} vedrørende returnerede og reklamerede ydelser. Beløbet modregnes i næste betaling.", 8.6, font="LSans", h=4.4)
        cols = [("Beskrivelse", 62, "L"), ("Antal", 16, "R"), ("Enhed", 14, "L"), ("Stk.pris", 18, "R"), ("Beløb", 24, "R")]
        rws = [[x["desc"], de(x["qty"], 1 if x["qty"] % 1 else 0), x["unit"], de(x["price"]), de(x["amount"])] for x in items]
        y1 = table(pdf, 14, 76, cols, rws, size=8.6, font="LSans", rowh=7, border_bottom=False, line_color=(255, 255, 255))
        pdf.set_draw_color(60, 60, 60)
        pdf.line(14, 82.5, 148 - 8, 82.5)
        y = y1 + 8
        for k, (a, b) in enumerate([("Subtotal", de(net)), ("Moms 25 %", de(tax)), ("Total DKK", de(total))]):
            if k == 2:
                pdf.line(78, y - 1.5, 140, y - 1.5)
            txt(pdf, 78, y, a, 9.4, "B" if k == 2 else "", font="LSans")
            txt(pdf, 110, y, b, 9.4, "B" if k == 2 else "", font="LSans", w=30, align="R")
            y += 6
        para(pdf, 14, y + 10, 126, ("Beløbet krediteres jeres konto." if credit else f"Betalingsbetingelser: netto {(due - d).days} dage. Ved betaling efter forfald tilskrives rente på 0,7 % pr. påbegyndt måned.")
             + f" Leveret: {fd(d - dt.timedelta(days=rng.randint(0, 6)))}.", 8, font="LSans", h=4.2)
        txt(pdf, 14, 287, "Side 1 af 1", 7.4, font="LSans", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Ringkøbing (Western Jutland, Denmark) " + ("KREDITNOTA (every quantity and amount printed NEGATIVE; 'Krediterer faktura' names the credited invoice, a decoy)" if credit else "FAKTURA")
        + " in Danish with a full-height coloured RIGHT SIDEBAR of small upper-case labels ABOVE their values, an UNRULED table, moms 25 %, '1.234,56', dates '12. marts 2026': "
        "vendor = the name at the top left; vendor_tax_id = 'CVR-NR.' at the foot of the sidebar (the customer's CVR-nr., the EAN, the bank reg. and account numbers, the FI code and the customer number are decoys). "
        f"invoice_number = '{'KREDITNOTANR.' if credit else 'FAKTURANR.'}'; invoice_date = 'DATO' (the 'Leveret' date is a decoy). "
        + due_note(due, None if credit else "netto", "FORFALDSDATO")
        + po_note(po, "DERES REF. / ORDRE")
        + "subtotal = 'Subtotal'; tax = 'Moms 25 %'; total = 'Total DKK' (repeated in the sidebar). Currency DKK. Line items: every row."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, cvr, no, po, d, due, "DKK", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, cvr, "Total DKK", fd(due) if due else None, bcvr, orig if credit else None]}
    return t, chk, render


# =========================================================================== 09 Wunsiedel (19 % MwSt included, EUR), gross prices, two-line headers, Abschlag
WU_V = [
    ("Granitwerk Kösseine GmbH", "Luisenburgstraße 12, 95632 Wunsiedel", (70, 70, 80)),
    ("Fichtelgebirgs-Bäckerei Hofmann e.K.", "Maximilianstraße 31, 95632 Wunsiedel", (150, 80, 20)),
    ("Zimmerei und Holzbau Röslautal GmbH", "Ludwigstraße 8, 95632 Wunsiedel", (60, 100, 40)),
    ("Porzellanmalerei am Katharinenberg", "Katharinenberg 5, 95632 Wunsiedel", (30, 60, 130)),
]
WU_B = [("Gemeinde Tröstau, Bauamt", "Hauptstraße 1, 95709 Tröstau"), ("Hotel Kronprinz von Bayern", "Marktplatz 4, 95632 Wunsiedel"),
        ("Familie Sabine und Jürgen Popp", "Am Schlossberg 9, 95659 Arzberg"), ("Luisenburg-Festspiele, Verwaltung", "Luisenburg 2, 95632 Wunsiedel")]
WU_ROWS = [
    [("Granit-Bordstein 15x30, lfm", "lfm", 10, 80, 38, 62), ("Granitpflaster 8/11, t", "t", 1, 8, 290, 420), ("Grabstein Kösseine-Granit, poliert", "Stk", 1, 1, 2400, 4200), ("Transport und Versetzen, Std.", "Std", 2, 12, 68, 89)],
    [("Bauernbrot 1,5 kg", "Stk", 10, 60, 5, 8), ("Semmeln, Stück", "Stk", 100, 600, 0.45, 0.6), ("Brezen, Stück", "Stk", 50, 300, 0.75, 1.1), ("Zwetschgendatschi, Blech", "Blech", 1, 6, 28, 42)],
    [("Dachstuhl Fichte KVH, m³", "m³", 2, 12, 620, 880), ("Zimmerer, Std.", "Std", 8, 60, 58, 72), ("Lattung 30x50, lfm", "lfm", 50, 400, 1, 3), ("Dachfenster 78x118 inkl. Einbau", "Stk", 1, 3, 890, 1400)],
    [("Kaffeeservice 6 Pers., handbemalt", "Set", 1, 3, 280, 460), ("Festspielbecher mit Motiv", "Stk", 20, 200, 12, 19), ("Wandteller Luisenburg, Ø 24 cm", "Stk", 5, 40, 35, 58), ("Entwurf Sonderedition", "Std", 2, 10, 55, 75)],
]


@style("09", "de_wun_wunsiedel_rechnung_brutto_mwst_19_incl_two_line_headers_abschlag")
def s09(rng, i):
    vname, vaddr, color = WU_V[i]
    bname, baddr = WU_B[i]
    d = rand_date(rng)
    items = lines(rng, WU_ROWS[i], 4, D("0.05"))
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, 19)
    net = total - tax
    dep = q2(q0(total * D(rng.choice(["0.3", "0.4", "0.5"])) / 100) * 100) if i in (0, 2) else None
    vid = de_ustid(rng)
    stnr = f"{rng.randint(200, 259)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
    no = [f"RE-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 199999)}", f"{d.year}/{rng.randint(100, 999)}", f"PM{rng.randint(1000, 9999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=14) if i in (0, 2) else None
    po = [f"BA-{rng.randint(100, 999)}/{d.year}", None, None, f"{rng.randint(45000, 45999)}"][i]
    ib = iban("DE", rng.choice(["78050000", "78060896", "78151080"]) + digits(rng, 10))
    depd = fd(d - dt.timedelta(days=rng.randint(20, 60)))

    def render(path):
        pdf = new_fpdf(creator="lexoffice")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 15, "B", font="Serif", color=color)
        txt(pdf, 20, 21, vaddr + " · Telefon 09232 " + digits(rng, 4), 8.2)
        pdf.set_draw_color(*color)
        pdf.line(20, 26, 190, 26)
        txt(pdf, 20, 38, f"{vname} · {vaddr}", 6.4, color=(100, 100, 100))
        txt(pdf, 20, 43, bname, 9.6, "B")
        txt(pdf, 20, 48, baddr, 9)
        y = 38
        for a, b in [("Rechnungsnummer", no), ("Rechnungsdatum", fd(d)), ("Leistungsdatum", fd(d - dt.timedelta(days=rng.randint(0, 9)))), ("Ihre Bestellung", po), ("Kundennummer", str(rng.randint(10000, 99999)))]:
            if b is None:
                continue
            txt(pdf, 125, y, a, 8, color=(90, 90, 90))
            txt(pdf, 160, y, b, 8.6, "B", w=30, align="R")
            y += 4.8
        txt(pdf, 20, 70, "RECHNUNG", 16, "B", font="Serif")
        txt(pdf, 20, 78, "Alle Preise verstehen sich inklusive der gesetzlichen Mehrwertsteuer von 19 %.", 8.4)
        cols = [("Pos.", 12, "L"), ("Artikel / Leistung", 70, "L"), ("Menge", 18, "R"), ("Einheit", 16, "L"), ("Einzelpreis", 26, "R"), ("Gesamtpreis", 28, "R")]
        y0 = 86
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(20, y0, 170, 10, "F")
        cx = 20
        for (t1, w, al), t2 in zip(cols, ["", "", "", "", "brutto €", "brutto €"], strict=True):
            txt(pdf, cx + 1, y0 + 1, t1, 8, "B", align=al, w=w - 2)
            txt(pdf, cx + 1, y0 + 5, t2, 8, "B", align=al, w=w - 2)
            cx += w
        rws = [[str(k + 1), x["desc"], de(x["qty"], 0), x["unit"], de(x["price"]), de(x["amount"])] for k, x in enumerate(items)]
        y1 = table(pdf, 20, y0 + 4.4, [("", w, al) for _t, w, al in cols], rws, size=8.4, rowh=6.6, zebra=(246, 246, 246), line_color=(255, 255, 255), border_bottom=False)
        pdf.set_draw_color(80, 80, 80)
        pdf.line(20, y1 + 1, 190, y1 + 1)
        y = y1 + 5
        rows_t = [("Gesamtbetrag (brutto)", de(total) + " €", True), ("darin enthaltene MwSt. 19 %", de(tax) + " €", False), ("Nettobetrag", de(net) + " €", False)]
        if dep:
            rows_t += [(f"abzüglich Abschlagszahlung vom {depd}", "-" + de(dep) + " €", False), ("Restbetrag", de(total - dep) + " €", True)]
        for a, b, bold in rows_t:
            txt(pdf, 88, y, a, 8.8, "B" if bold else "")
            txt(pdf, 155, y, b, 8.8, "B" if bold else "", w=35, align="R")
            y += 5.4
        para(pdf, 20, y + 8, 170, (f"Bitte überweisen Sie den Betrag bis zum {fd(due)} ohne Abzug auf das unten genannte Konto." if due else "Der Betrag wurde bar bzw. per EC-Karte beglichen. Vielen Dank für Ihren Einkauf!")
             + " Bei Rückfragen erreichen Sie uns werktags von 7 bis 16 Uhr.", 8.4, h=4.4)
        pdf.line(20, 275, 190, 275)
        txt(pdf, 20, 277, f"{vname} · {vaddr} · Sparkasse Fichtelgebirge · IBAN {iban_fmt(ib)}", 6.8, w=170, align="C", color=(90, 90, 90))
        txt(pdf, 20, 280.6, f"USt-IdNr. {vid} · Steuernummer {stnr} · Amtsgericht Hof · Seite 1 von 1", 6.8, w=170, align="C", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Wunsiedel (Upper Franconia, Germany) RECHNUNG in German with GROSS prices (19 % MwSt INCLUDED), table headers on TWO LINES ('Einzelpreis / brutto €'), a zebra table without rules, labels beside values at the top right, '1.234,56', dates dd.mm.yyyy: "
        "vendor = the name in the letterhead; vendor_tax_id = 'USt-IdNr.' in the footer (the Steuernummer, the IBAN and the customer number are decoys). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Rechnungsdatum' (the 'Leistungsdatum' is a decoy). "
        + due_note(due, None, "bis zum …")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Nettobetrag' (printed below the gross); tax = 'darin enthaltene MwSt. 19 %'; total = 'Gesamtbetrag (brutto)'"
        + (" (the 'Abschlagszahlung' deducted below it, its date and the 'Restbetrag' are decoys)" if dep else "")
        + ". Currency EUR. Line items: every row, GROSS amounts (they sum to the total)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Gesamtbetrag (brutto)", fd(due) if due else None, stnr, de(total - dep) if dep else None]}
    return t, chk, render


# =========================================================================== 10 Stykkishólmur (VSK 24 % / 11 %, ISK whole), boxed grid, EUR
SY_V = [
    ("Breiðafjarðarferjan ehf.", "Smiðjustíg 3, 340 Stykkishólmi", (12, 60, 110)),
    ("Hótel Helgafell ehf.", "Aðalgötu 8, 340 Stykkishólmi", (110, 30, 30)),
    ("Skipavík Vélsmiðja ehf.", "Nesvegi 20, 340 Stykkishólmi", (50, 80, 50)),
    ("Sæferðir Snæfellsness ehf.", "Smiðjustíg 3, 340 Stykkishólmi", (90, 50, 110)),
]
SY_B = [("Grundarfjarðarbær", "Borgarbraut 16, 350 Grundarfirði"), ("Ferðaskrifstofan Norðurljós ehf.", "Laugavegi 120, 105 Reykjavík"),
        ("Útgerðarfélagið Hólmur hf.", "Hafnargötu 7, 340 Stykkishólmi"), ("Snæfellsbær", "Klettsbúð 4, 360 Hellissandi")]
SY_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    [("Ferjufar fullorðinn, Stykkishólmur–Brjánslækur", "stk", 2, 30, 6800, 8900, 11), ("Bíll með ferju, fólksbíll", "stk", 1, 6, 9800, 13500, 11), ("Veitingar um borð", "stk", 1, 20, 1900, 3400, 11), ("Vörusending, bretti", "stk", 1, 4, 14000, 22000, 24)],
    [("Gisting, tveggja manna herbergi", "nótt", 1, 12, 24000, 36000, 11), ("Morgunverður", "stk", 2, 40, 2900, 3900, 11), ("Fundarsalur, dagur", "dagur", 1, 3, 45000, 78000, 24), ("Kvöldverður, þriggja rétta", "stk", 2, 30, 8900, 12900, 11)],
    [("Vinna vélvirkja", "klst", 4, 40, 11800, 14900, 24), ("Slipptaka og þrif", "stk", 1, 1, 180000, 320000, 24), ("Skrúfuöxull, smíði", "stk", 1, 1, 240000, 420000, 24), ("Botnmálning, 5 l", "stk", 2, 12, 28000, 39000, 24)],
    [("Skelfisk- og náttúruskoðun, fullorðinn", "stk", 4, 40, 12900, 15900, 11), ("Skelfisk- og náttúruskoðun, barn", "stk", 2, 20, 6400, 7900, 11), ("Leiga á bát, klst", "klst", 1, 6, 65000, 98000, 11), ("Leiðsögn, klst", "klst", 1, 8, 14000, 19000, 24)],
]


@style("10", "is_sty_stykkisholmur_reikningur_vsk_24_11_whole_kronur_boxgrid_eur")
def s10(rng, i):
    vname, vaddr, color = SY_V[i]
    bname, baddr = SY_B[i]
    d = rand_date(rng)
    rows = rng.sample(SY_ROWS[i], [4, 3, 3, 4][i])
    items = []
    for desc, unit, qlo, qhi, lo, hi, rate in rows:
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 100, hi // 100) * 100)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p, "rate": rate})
    net = sum(x["amount"] for x in items)
    t24 = q0(sum(x["amount"] for x in items if x["rate"] == 24) * D("0.24"))
    t11 = q0(sum(x["amount"] for x in items if x["rate"] == 11) * D("0.11"))
    tax = t24 + t11
    total = net + tax
    kt, bkt = is_kt(rng), is_kt(rng)
    vsk = str(rng.randint(10000, 99999))
    no = f"{rng.randint(1000, 9999)}"
    fd = [lambda x: long_date(x, "is"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "is"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 3 else None
    po = [f"{rng.randint(100, 999)}-{d.year}", f"NL{rng.randint(10000, 99999)}", None, None][i]
    eur = D(rng.choice(["143.20", "146.90", "151.30"]))
    acct = f"0191-26-{digits(rng, 6)}"
    f0 = lambda x: de(x, 0)  # noqa: E731

    def render(path):
        pdf = lfont(new_fpdf(creator="DK Hugbúnaður"))
        pdf.add_page()
        txt(pdf, 15, 14, vname, 16, "B", font="LSans", color=color)
        txt(pdf, 15, 21.5, f"{vaddr} · Sími 438 {digits(rng, 4)}", 8.6, font="LSans")
        txt(pdf, 15, 26, f"Kennitala {kt} · VSK-númer {vsk}", 8.6, font="LSans")
        txt(pdf, 130, 13, "REIKNINGUR", 18, "B", font="LSans", w=65, align="R", color=color)
        # boxed grid, labels beside values
        grid = [("Reikningur nr.", no), ("Dagsetning", fd(d)), ("Eindagi", fd(due) if due else "Staðgreitt"), ("Pöntun nr.", po or "—")]
        pdf.set_draw_color(140, 140, 140)
        y = 36
        for a, b in grid:
            pdf.rect(118, y, 30, 6.6)
            pdf.rect(148, y, 47, 6.6)
            txt(pdf, 119.5, y + 1.6, a, 8, font="LSans", color=(80, 80, 80))
            txt(pdf, 149.5, y + 1.5, b, 8.8, "B", font="LSans")
            y += 6.6
        txt(pdf, 15, 37, "Viðskiptavinur", 7.6, font="LSans", color=(90, 90, 90))
        txt(pdf, 15, 41.5, bname, 10, "B", font="LSans")
        txt(pdf, 15, 46.5, baddr, 9, font="LSans")
        txt(pdf, 15, 51.5, f"Kt. viðskiptavinar {bkt}", 8.4, font="LSans")
        cols = [("Lýsing", 78, "L"), ("Magn", 16, "R"), ("Ein.", 14, "L"), ("Einingarverð", 26, "R"), ("VSK %", 14, "R"), ("Upphæð kr.", 32, "R")]
        rws = [[x["desc"], qstr(x["qty"]), x["unit"], f0(x["price"]), str(x["rate"]), f0(x["amount"])] for x in items]
        y0 = 70
        y1 = table(pdf, 15, y0, cols, rws, size=8.6, font="LSans", rowh=7, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        frame(pdf, 15, y0, y1, cols, color=(200, 200, 200))
        y = y1 + 6
        rows_t = [("Samtals án VSK", f0(net)), ("VSK 24 %", f0(t24)), ("VSK 11 %", f0(t11)), ("VSK samtals", f0(tax)), ("Samtals til greiðslu kr.", f0(total)), (f"Jafngildi í EUR (gengi {de(eur)})", de(q2(total / eur)))]
        for k, (a, b) in enumerate(rows_t):
            bold = k == 4
            if bold:
                pdf.set_fill_color(235, 235, 235)
                pdf.rect(110, y - 1.2, 85, 7, "F")
            txt(pdf, 112, y, a, 9 if bold else 8.4, "B" if bold else "", font="LSans")
            txt(pdf, 160, y, b, 9 if bold else 8.4, "B" if bold else "", font="LSans", w=33, align="R")
            y += 7 if bold else 5.4
        para(pdf, 15, y1 + 6, 88, f"Vinsamlegast greiðið inn á reikning {acct} (Landsbankinn, Stykkishólmi), kt. {kt}. " + ("Dráttarvextir reiknast frá eindaga." if due else "Greitt með korti við afhendingu."), 8.2, font="LSans", h=4.2)
        qr_fpdf(pdf, rng, 15, 250, 22)
        txt(pdf, 40, 262, f"Reikningurinn er gefinn út rafrænt · Bls. 1 af 1 · Afhent {fd(d - dt.timedelta(days=rng.randint(0, 5)))}", 7.4, font="LSans", color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Stykkishólmur (Snæfellsnes, Iceland) REIKNINGUR in Icelandic in WHOLE krónur '1.234.567', VSK 24 % and 11 %, the facts in a BOXED GRID of labels BESIDE values at the top right, a ruled table with a coloured header, dates "
        + ("'12. mars 2026'" if i in (0, 2) else "dd.mm.yyyy") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'Kennitala' (the 'VSK-númer', the customer's kennitala, the bank account and the delivery date 'Afhent' are decoys). "
        "invoice_number = 'Reikningur nr.'; invoice_date = 'Dagsetning'. "
        + due_note(due, "Staðgreitt", "Eindagi")
        + po_note(po, "Pöntun nr.")
        + "subtotal = 'Samtals án VSK'; tax = 'VSK samtals' (its parts VSK 24 % and 11 % are decoys); total = 'Samtals til greiðslu kr.' (the EUR counter-value is a decoy). Currency ISK. Line items: every row."
    )
    t = truth(vname, kt, no, po, d, due, "ISK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, kt, "Samtals til greiðslu kr.", fd(due) if due else None, bkt, acct, vsk]}
    return t, chk, render
