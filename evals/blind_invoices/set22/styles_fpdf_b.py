"""fpdf2 styles for set 22, second part (09 Heligoland tender-boat company's Rechnung as a DIN 5008 letter for a month
of landing and embarking ship passengers, with no Umsatzsteuer (Heligoland is no part of the German VAT territory),
10 Büsingen am Hochrhein horse-boarding stable's Rechnung in Swiss francs with the Swiss MWST (8.1 % on board and
services, 2.6 % on feed, a disbursement outside it) and the total rounded to five Rappen)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, de_date, due_note, po_note
from kit_common import kv, truth
from invoice_kit import (
    ch,
    de,
    digits,
    exact_price,
    iban,
    iban_fmt,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import para, totals
from stdnum.ch import uid as _uid
from stdnum.de import stnr as _stnr

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Heligoland tender boats (Steuernummer, no USt: § 1 Abs. 2 UStG, EUR), DIN 5008 letter
HE_V = [("Helgoländer Ausbootungsdienst GmbH", "Am Südhafen 6", "HRB 4127 PI", (0, 70, 130)), ("Börte-Genossenschaft Helgoland eG", "Binnenhafen 3", "GnR 212 PI", (150, 30, 40)),
        ("Lange Anna Seetouristik GmbH", "Lung Wai 14", "HRB 8835 PI", (20, 110, 90)), ("Düne-Fährdienst Helgoland GmbH & Co. KG", "Nordostland 2", "HRA 3390 PI", (90, 60, 20))]
HE_B = [("Nordsee-Seebäderdienst GmbH", "Buchhaltung", "Alte Liebe 4", "27472 Cuxhaven"), ("Reederei Wattenkieker GmbH & Co. KG", "z. Hd. Frau Petersen", "Hafenstraße 11", "25761 Büsum"),
        ("Elbstrand Kreuzfahrt-Agentur GmbH", "Kreditorenbuchhaltung", "Große Elbstraße 145", "22767 Hamburg"), ("Gemeinde Helgoland – Kurverwaltung", "Abteilung Finanzen", "Lung Wai 28", "27498 Helgoland")]
HE_SHIPS = ["MS Nordlicht", "MS Funny Girl", "MS Atlantis", "MS Fair Lady", "MS Helgoland", "MS Wappen von Hörnum", "MS Sturmvogel"]
HE_EXTRA = [("Gepäcktransport Börte – Landungsbrücke", "Stück", 10, 120, "1.50", "3.00"), ("Sonderfahrt zur Düne, Charter Börteboot", "Std.", 1, 4, "95.00", "160.00"),
            ("Zuschlag Seegang ab 5 Bft.", "Anlauf", 1, 3, "120.00", "220.00"), ("Rollstuhlgerechte Ausbootung mit Hebebühne", "Pers.", 1, 6, "12.00", "20.00")]


@style("09", "de_helgoland_boerteboot_ausbootung")
def s09(rng, i):
    vname, vstreet, reg, color = HE_V[i]
    b = HE_B[i]
    d = rand_date(rng)
    month_end = d.replace(day=1) - dt.timedelta(days=1)
    calls = sorted(rng.sample(range(1, month_end.day + 1), rng.randint(4, 7)))
    ships = rng.sample(HE_SHIPS, rng.randint(1, 2))
    price = exact_price(rng, D(1), D("2.10"), D("3.40"), D("0.05"))
    items = []
    for day in calls:
        ship = rng.choice(ships)
        pax_out = D(rng.randint(80, 640))
        pax_in = pax_out - D(rng.randint(0, 25))
        stamp = month_end.replace(day=day).strftime("%d.%m.")
        items.append({"desc": f"Ausbootung {ship}, {stamp}", "unit": "Pers.", "qty": pax_out, "price": price})
        items.append({"desc": f"Einbootung {ship}, {stamp}", "unit": "Pers.", "qty": pax_in, "price": price})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(HE_EXTRA, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    pax = sum(x["qty"] for x in items if x["unit"] == "Pers." and x["desc"].startswith("Aus"))
    stnr = valid(rng, lambda: "18" + digits(rng, 3, True) + digits(rng, 5), lambda s: _stnr.is_valid(s, "Schleswig-Holstein"))
    stnr_p = f"{stnr[:2]}/{stnr[2:5]}/{stnr[5:]}"
    no = [f"{d.year}-{rng.randint(100, 999):04d}", f"RE {rng.randint(10000, 29999)}", f"LA-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{rng.randint(1000, 4999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Zahlbar sofort ohne Abzug", "", "Zahlbar innerhalb von 14 Tagen ohne Abzug"][i]
    po = [f"BE-{rng.randint(1000, 9999)}", None, f"45{digits(rng, 8)}", None][i]
    po_label = ["Ihre Bestellung", "", "Bestell-Nr.", ""][i]
    advance = q2(total * D("0.5")) if i == 1 else None
    tot_label = ["Rechnungsbetrag", "Gesamtbetrag", "Zu zahlender Betrag", "Rechnungsbetrag EUR"][i]
    bank, bic, blz = rng.choice([("Sparkasse Westholstein", "NOLADE21WHO", "22250020"), ("Commerzbank Hamburg", "COBADEHHXXX", "20040000"), ("Volksbank Stade-Cuxhaven", "GENODEF1SDE", "24191015")])

    def render(path):
        pdf = new_fpdf(creator="Lexware faktura")
        pdf.add_page()
        txt(pdf, 125, 15, vname, 11, "B", color=color, align="R", w=70)
        txt(pdf, 125, 21, f"{vstreet} · 27498 Helgoland", 7.8, align="R", w=70)
        txt(pdf, 125, 25, f"Telefon 04725 {rng.randint(1000, 9999)} · info@{vname.split()[0].lower().replace('ä', 'ae').replace('ü', 'ue').replace('ö', 'oe')}.de", 7.8, align="R", w=70)
        txt(pdf, 25, 47, f"{vname} · {vstreet} · 27498 Helgoland", 6.6, color=(110, 110, 110))
        pdf.set_draw_color(160, 160, 160)
        pdf.line(25, 50.5, 105, 50.5)
        for k, line in enumerate([b[0], b[1], b[2], b[3]]):
            if line:
                txt(pdf, 25, 53 + k * 4.6, line, 9)
        info = [(po_label, po) if po else ("Ihr Zeichen", "Pe/Sch" if i == 1 else None), ("Kunden-Nr.", f"{rng.randint(10000, 49999)}"), ("Rechnungs-Nr.", no), ("Leistungszeitraum", f"{MONTHS['de'][month_end.month - 1]} {month_end.year}"),
                ("Datum", fd(d)), ("Fällig am", fd(due) if due and i == 0 else None)]
        kv(pdf, 125, 50, info, wl=30, wv=40, size=8, step=4.6)
        txt(pdf, 25, 98, f"Rechnung Nr. {no}", 11, "B")
        txt(pdf, 25, 106, "Sehr geehrte Damen und Herren,", 9)
        para(pdf, 25, 111, 170, f"für die Aus- und Einbootung Ihrer Fahrgäste auf der Reede vor Helgoland im {MONTHS['de'][month_end.month - 1]} {month_end.year} berechnen wir Ihnen:", 9, h=4.4)
        cols = [("Pos.", 11, "C"), ("Leistung", 79, "L"), ("Menge", 16, "R"), ("Einheit", 16, "C"), ("Einzelpreis", 23, "R"), ("Gesamt", 25, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), de(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 25, 122, cols, rows, size=8, rowh=5.4, header_fill=(238, 238, 238), line_color=(205, 205, 205))
        trows = [(tot_label, de(total) + " €", True)]
        if advance:
            trows += [(f"abzüglich Abschlagszahlung vom {(d - dt.timedelta(days=rng.randint(15, 40))).strftime('%d.%m.%Y')}", "-" + de(advance) + " €", False), ("Restbetrag", de(total - advance) + " €", False)]
        y = totals(pdf, 95, y + 4, trows, wl=68, wv=32, size=9, line=(0, 0, 0), step=5.4)
        y = para(pdf, 25, y + 3, 170, f"Beförderte Fahrgäste im Leistungszeitraum: {qstr(pax)} (ausgebootet). Die Leistungen wurden auf Helgoland erbracht. Helgoland gehört nicht zum umsatzsteuerlichen Inland (§ 1 Abs. 2 UStG); Umsatzsteuer wird nicht berechnet.", 8.4, h=4.2)
        pay = f"Bitte überweisen Sie den Betrag bis zum {fd(due)} unter Angabe der Rechnungsnummer." if due and i == 2 else (f"{term}." if term else "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.")
        y = para(pdf, 25, y + 3, 170, pay, 9, h=4.4)
        txt(pdf, 25, y + 6, "Mit freundlichen Grüßen", 9)
        txt(pdf, 25, y + 11, vname, 9, "I")
        pdf.set_draw_color(*color)
        pdf.line(25, 272, 195, 272)
        ib = iban("DE", blz + digits(rng, 10))
        for k, block in enumerate([[vname, vstreet, "27498 Helgoland"], [f"Steuernummer {stnr_p}", f"Registergericht Pinneberg {reg}", f"Geschäftsführung: {rng.choice(['J. Rickmers', 'H. Krüss', 'K. Denker', 'P. Botter'])}"],
                                   [bank, f"IBAN {iban_fmt(ib)}", "BIC " + bic]]):
            for r, line in enumerate(block):
                txt(pdf, 25 + k * 58, 274 + r * 3.4, line, 6.6, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Heligoland tender-boat ('Börteboot') company's RECHNUNG in German as a DIN 5008 letter (sender line above the address field, an information block at the right, a subject line, a salutation) for a month of landing and embarking ship passengers, one row per ship call and direction, with no Umsatzsteuer (Heligoland is no part of the German VAT territory, § 1 Abs. 2 UStG): vendor = the company name at the top right (and in the sender line and the footer); vendor tax id = 'Steuernummer' in the footer (Schleswig-Holstein shape 18/123/45678 under python-stdnum's de.stnr, random; which tax office serves Heligoland unverified); the register number, the customer number and the IBAN are decoys. "
        "invoice_number = 'Rechnungs-Nr.' (repeated in the subject 'Rechnung Nr. ...'); invoice_date = 'Datum' (" + ["dd.mm.yyyy", "'12. März 2026'", "yyyy-mm-dd", "dd.mm.yy"][i] + "); the 'Leistungszeitraum' month and the call dates in the rows (dd.mm.) are decoys. "
        + (due_note(due, term, "Fällig am") if i != 2 else "due = the date in the sentence 'Bitte überweisen Sie den Betrag bis zum ...'. ")
        + po_note(po, po_label)
        + ("'Ihr Zeichen: Pe/Sch' is a reference of initials, no PO. " if i == 1 else "")
        + f"subtotal null and tax null (no tax printed); total = '{tot_label}'"
        + ("; 'abzüglich Abschlagszahlung' and 'Restbetrag' are decoys" if advance else "")
        + "; the count of passengers in the closing text is a decoy. Currency EUR, amounts '1.234,56' ('€' after the total). "
        "Line items: every numbered row (quantity = passengers ('Pers.'), pieces, hours, ship calls)."
    )
    t = truth(vname, stnr_p, no, po, d, due, "EUR", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "Steuernummer " + stnr_p, no, po, vname, tot_label, "§ 1 Abs. 2 UStG"], render


# =========================================================================== 10 Büsingen horse boarding (MWST-Nr. CHE, MWST 8.1 % / 2.6 %, CHF rounded to 5 Rappen)
BU_V = [("Pferdepension Rheinhalde", "Inhaberin: Sabine Keller", "Rheinhalde 9", (120, 70, 30)), ("Reithof am Kirchberg GmbH", "", "Kirchbergweg 4", (30, 90, 60)),
        ("Pensionsstall Junkerhof", "Inhaber: Martin Gnädinger", "Junkerstrasse 12", (60, 60, 120)), ("Reitanlage Schneckenhalde GmbH", "", "Schneckenhalde 3", (140, 40, 60))]
BU_B = [("Frau Claudia Meier", "Vordergasse 14", "8200 Schaffhausen", 1), ("Herr Thomas Bührer", "Schaffhauserstrasse 31", "78266 Büsingen am Hochrhein", 2),
        ("Familie Rüegg", "Dorfstrasse 5", "8240 Thayngen", 2), ("Reitschule Randen GmbH", "Hauptstrasse 40", "8228 Beggingen", 3)]
BU_HORSES = ["Fleur", "Ramazotti", "Cody", "Lady Di", "Sambuca", "Wotan", "Pepita", "Balou", "Nevada", "Fritzli"]
BU_EXTRA = [("Weidegang / Paddock-Zuschlag", "Monat", 1, 1, "60.00", "120.00"), ("Einstreu Späne statt Stroh", "Monat", 1, 1, "45.00", "80.00"),
            ("Führdienst (Koppel rein/raus)", "Monat", 1, 1, "50.00", "90.00"), ("Bewegen / Longieren durch Personal", "Std.", 2, 8, "30.00", "45.00")]
BU_FEED = [("Kraftfutter Müsli, Sack 20 kg", "Sack", 1, 4, "32.00", "48.00"), ("Mineralfutter, Eimer 10 kg", "Eimer", 1, 2, "38.00", "60.00"), ("Heucobs, Sack 25 kg", "Sack", 1, 3, "24.00", "32.00")]


@style("10", "de_buesingen_pferdepension_mwst")
def s10(rng, i):
    vname, owner, vstreet, color = BU_V[i]
    bname, bstreet, bcity, nh = BU_B[i]
    d = rand_date(rng)
    d = d.replace(day=rng.randint(1, 5))
    month = f"{MONTHS['de'][d.month - 1]} {d.year}"
    horses = rng.sample(BU_HORSES, nh)
    groups = []
    for k, h in enumerate(horses):
        box = rng.randint(1, 24)
        rows = []
        if k == 1 and i == 1:  # a horse arriving during the month: board by the day
            arrival = d + dt.timedelta(days=rng.randint(5, 18))
            last = (arrival.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            days = D(last.day - arrival.day + 1)
            rows.append({"desc": f"Boxenpension, Box {box}, ab {arrival.strftime('%d.%m.')}", "unit": "Tag", "qty": days, "price": exact_price(rng, days, D(26), D(34), D("0.50")), "code": "1"})
        else:
            rows.append({"desc": f"Boxenpension, Box {box}, {month}", "unit": "Monat", "qty": D(1), "price": exact_price(rng, D(1), D(650), D(980), D(5)), "code": "1"})
        for desc, unit, qlo, qhi, lo, hi in rng.sample(BU_EXTRA, rng.randint(1, 2)):
            q = D(rng.randint(qlo, qhi))
            rows.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50")), "code": "1"})
        for desc, unit, qlo, qhi, lo, hi in rng.sample(BU_FEED, rng.randint(0, 2)):
            q = D(rng.randint(qlo, qhi))
            rows.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.10")), "code": "2"})
        groups.append((h, box, rows))
    if i in (0, 2):  # a farrier's bill paid on the owner's behalf, outside MWST
        h, box, rows = groups[0]
        rows.append({"desc": "Hufschmied, Beschlag vorne (verauslagt)", "unit": "Pausch.", "qty": D(1), "price": exact_price(rng, D(1), D(110), D(190), D(5)), "code": "0"})
    items = [x for _h, _b, rows in groups for x in rows]
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    base1 = sum(x["amount"] for x in items if x["code"] == "1")
    base2 = sum(x["amount"] for x in items if x["code"] == "2")
    m1, m2 = q2(base1 * D("0.081")), q2(base2 * D("0.026"))
    net = sum(x["amount"] for x in items)
    tax = m1 + m2
    raw = net + tax
    total = (raw * 20).quantize(D("1"), "ROUND_HALF_UP") / 20
    total = q2(total)
    adj = total - raw
    uid = valid(rng, lambda: "CHE" + digits(rng, 9, True), _uid.is_valid)
    uid_p = _uid.format(uid)
    no = [f"{d.year}{d.month:02d}-{rng.randint(10, 99)}", f"R-{rng.randint(1000, 4999)}", f"{rng.randint(200, 899)}", f"RS{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: x.strftime("%d.%m.%y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=10), None][i]
    term = ["", "Zahlbar innert 30 Tagen netto", "", "Zahlbar per Dauerauftrag bis zum 5. des Monats"][i]
    po = [None, None, None, f"RR-{d.year}-{rng.randint(10, 99)}"][i]
    cur = ["CHF", "Fr.", "CHF", "CHF"][i]
    sumrow = i in (1, 2)

    def render(path):
        pdf = new_fpdf(creator="Bexio")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(20, 12, 14, 14, "F")
        txt(pdf, 20, 15.5, "".join(w[0] for w in vname.split() if w[0].isupper())[:2], 11, "B", align="C", w=14, color=(255, 255, 255))
        txt(pdf, 37, 12.5, vname, 12.5, "B", color=color)
        y = 18.5
        for line in [owner, f"{vstreet}, 78266 Büsingen am Hochrhein", f"Tel. +49 7734 {rng.randint(1000, 9999)} · stall@{vname.split()[0].lower()}.de", f"MWST-Nr. {uid_p} MWST"]:
            if line:
                txt(pdf, 37, y, line, 7.8)
                y += 3.8
        for k, line in enumerate([bname, bstreet, bcity]):
            txt(pdf, 118, 48 + k * 4.8, line, 9.4, "B" if k == 0 else "")
        if i == 1:
            txt(pdf, 118, 70, f"Büsingen, {fd(d)}", 8.6)
        y = kv(pdf, 20, 48, [("Rechnungsdatum", fd(d) if i != 1 else None), ("Kunden-Nr.", f"K{rng.randint(100, 999)}"), ("Ihre Bestellung", po), ("Zahlbar bis", fd(due) if due else None)], wl=30, wv=40, size=8.2)
        txt(pdf, 20, 80, f"Rechnung Nr. {no}", 12, "B")
        txt(pdf, 20, 86.5, f"Pensionsmonat {month}", 9)
        cols = [("Leistung", 88, "L"), ("Menge", 16, "R"), ("Einheit", 18, "C"), ("Preis", 20, "R"), ("MWST", 12, "C"), ("Betrag", 21, "R")]
        y = 93
        for h, box, rows in groups:
            txt(pdf, 20, y, f"Pferd «{h}», Box {box}", 8.8, "B", color=color)
            y = table(pdf, 20, y + 4.5, cols, [[x["desc"], qstr(x["qty"]), x["unit"], ch(x["price"]), x["code"], ch(x["amount"])] for x in rows], size=7.8, rowh=5.4, header_style="", line_color=(210, 210, 210)) + 3
        trows = [("Total exkl. MWST", ch(net), False), (f"MWST 8.1 % auf {ch(base1)}", ch(m1), False), (f"MWST 2.6 % auf {ch(base2)}", ch(m2), False)]
        if sumrow:
            trows.append(("Total MWST", ch(tax), False))
        if adj:
            trows.append(("Rundungsdifferenz", ch(adj), False))
        trows.append((f"Total {cur}", ch(total), True))
        y2 = totals(pdf, 105, y + 2, trows, wl=55, wv=30, size=8.6, line=color)
        para(pdf, 20, y + 2, 80, "MWST-Codes: 1 = 8.1 % (Pension und Dienstleistungen), 2 = 2.6 % (Futtermittel), 0 = ohne MWST (verauslagte Beträge). Büsingen gehört zum schweizerischen Zollgebiet; es gilt die schweizerische Mehrwertsteuer.", 7.2, h=3.6)
        ib = iban("CH", rng.choice(["00782", "06814", "80808", "00240"]) + digits(rng, 12))
        para(pdf, 20, max(y2, y + 22) + 5, 175, (f"{term}. " if term else "") + f"Zahlung an {rng.choice(['Schaffhauser Kantonalbank', 'Clientis BS Bank Schaffhausen', 'Raiffeisenbank Schaffhausen'])}, IBAN {iban_fmt(ib)}, zugunsten {vname}, mit Vermerk der Rechnungsnummer.", 8.2, h=4.1)
        pdf.output(path)

    notes = (
        "Büsingen am Hochrhein horse-boarding stable's RECHNUNG in German in Swiss francs (the German exclave lies in the Swiss customs territory and charges the Swiss MWST): rows grouped under each horse (a bold heading 'Pferd «Name»'), a MWST code per row (1 = 8.1 % on board and services, 2 = 2.6 % on feed, 0 = a farrier's bill paid on the owner's behalf, outside MWST), the address field at the right as Swiss letters place it: "
        f"vendor = the stable's name (sole trader or GmbH) at the top left; vendor tax id = 'MWST-Nr.' printed '{uid_p} MWST' (valid under python-stdnum's ch.uid; the truth without the 'MWST' suffix, as set 6's truth has it); the customer number is a decoy. "
        "invoice_number = the number after 'Rechnung Nr.'; invoice_date = " + ["'Rechnungsdatum' (dd.mm.yyyy)", "the place-and-date line 'Büsingen, 2. März 2026' (no date label)", "'Rechnungsdatum' (d.m.yyyy, no leading zeros)", "'Rechnungsdatum' (dd.mm.yy)"][i] + "; the 'Pensionsmonat' and the arrival date in a row are decoys. "
        + due_note(due, term, "Zahlbar bis")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Total exkl. MWST' (every row, the disbursement included); tax = 'MWST 8.1 % auf ...' + 'MWST 2.6 % auf ...'"
        + (", printed as 'Total MWST'" if sumrow else " (no row prints their sum)")
        + f"; total = 'Total {cur}', rounded to five Rappen"
        + (f" (a 'Rundungsdifferenz' row of {ch(adj)} sits between them)" if adj else "")
        + ". The bases printed inside the MWST labels are decoys. Currency CHF, amounts '1'234.50'. Line items: every row under the horses (quantity = months, days, hours, sacks, buckets, 'Pausch.')."
    )
    t = truth(vname, uid_p, no, po, d, due, "CHF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, f"MWST-Nr. {uid_p} MWST", "Rechnung Nr. " + no, po, vname, f"Total {cur}"], "total_adjustment": mt(adj)}
    if not sumrow:
        chk["tax_parts"] = [mt(m1), mt(m2)]
    return t, chk, render
