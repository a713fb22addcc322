"""fpdf2 styles for set 42, first part (06 Linz electrical wholesaler's RECHNUNG in Austrian German, USt 20 % and 10 %,
two documents OVER TWO PAGES with 'Übertrag' carried sums, 'Seite x von y' and the totals only on the last page, a
Skonto offer, 07 Trondheim seafood wholesaler's FAKTURA in Norwegian with the TOTALS in a band at the TOP, MVA 15 % on
food and 25 % on the rest, crate returns as NEGATIVE rows, KID and account number)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, kid, long_date
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, totals, truth, wrap
from stdnum.at import uid
from stdnum.no import kontonr, orgnr

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Linz (USt 20 % / 10 %, EUR), two pages with carried sums
LZ_V = [
    ("Elektrogroßhandel Donaulände GmbH", "Industriezeile 47, 4020 Linz", (0, 84, 147)),
    ("Urfahraner Haustechnik Handels-GmbH", "Hauptstraße 88, 4040 Linz", (170, 30, 40)),
    ("Pöstlingberg Licht & Kabel KG", "Wiener Straße 210, 4030 Linz", (30, 110, 60)),
    ("Voest-Alm Elektro Fachhandel GmbH", "Lunzerstraße 12, 4031 Linz", (90, 60, 140)),
]
LZ_B = [
    ("Elektro Huemer GmbH", "Stadtplatz 5, 4070 Eferding"),
    ("Bauunternehmung Leitner & Co", "Linzer Straße 31, 4600 Wels"),
    ("Gemeinde Leonding – Bauhof", "Stadtplatz 1, 4060 Leonding"),
    ("Installationen Mayrhofer e.U.", "Bahnhofstraße 9, 4400 Steyr"),
]
LZ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("NYM-J 3x1,5 mm² Mantelleitung, Ring 100 m", "Rg", 1, 20, 48, 79, 20),
    ("NYM-J 5x2,5 mm² Mantelleitung, Ring 50 m", "Rg", 1, 10, 62, 118, 20),
    ("Schuko-Steckdose UP reinweiß", "Stk", 5, 120, 3.2, 7.9, 20),
    ("Wechselschalter UP reinweiß", "Stk", 5, 80, 3.6, 8.4, 20),
    ("FI-Schutzschalter 40A 30mA 4-polig", "Stk", 1, 20, 38, 69, 20),
    ("LS-Schalter B16 1-polig", "Stk", 5, 60, 3.9, 8.5, 20),
    ("Verteilerkasten UP 3-reihig", "Stk", 1, 8, 72, 149, 20),
    ("LED-Panel 62x62 cm 36 W 4000 K", "Stk", 2, 40, 29, 65, 20),
    ("LED-Downlight 7 W dimmbar", "Stk", 5, 80, 9.5, 19.9, 20),
    ("Installationsrohr flexibel M20, 50 m", "Rg", 1, 20, 14, 26, 20),
    ("Kabelkanal 40x60 mm, 2 m", "Stk", 5, 60, 4.2, 9.8, 20),
    ("Abzweigdose AP IP65", "Stk", 5, 60, 1.8, 4.6, 20),
    ("Wago-Klemme 221-413 (50 Stk)", "Pkg", 1, 20, 11, 19, 20),
    ("Erdungsband verzinkt 30x3.5 mm, 25 m", "Rg", 1, 6, 39, 78, 20),
    ("Bewegungsmelder 180° IP44", "Stk", 1, 20, 16, 39, 20),
    ("Rauchwarnmelder Q-Label", "Stk", 2, 40, 14, 29, 20),
    ("Kabelbinder 4,8x300 mm (100 Stk)", "Pkg", 1, 30, 3.5, 8.9, 20),
    ("Isolierband 19 mm x 20 m", "Rl", 5, 50, 0.9, 2.4, 20),
    ("Leitungsschutzschalter C20 3-polig", "Stk", 1, 20, 14, 32, 20),
    ("Zählerplatz komplett vorverdrahtet", "Stk", 1, 3, 240, 480, 20),
    ("Überspannungsschutz Typ 2", "Stk", 1, 10, 65, 140, 20),
    ("Netzwerkkabel Cat.7 Verlegekabel, 100 m", "Rg", 1, 8, 59, 115, 20),
    ("Datendose Cat.6A 2-fach", "Stk", 2, 40, 9, 22, 20),
    ("Fachbuch: ÖVE/ÖNORM E 8101 kommentiert", "Stk", 1, 3, 48, 96, 10),
    ("Fachzeitschrift Elektrojournal, Jahresabo", "Stk", 1, 2, 39, 69, 10),
    ("Transportpauschale Oberösterreich", "Psch", 1, 1, 19, 65, 20),
]


@style("06", "at_lnz_linz_rechnung_ust_20_10_two_pages")
def s06(rng, i):
    vname, vaddr, color = LZ_V[i]
    bname, baddr = LZ_B[i]
    d = rand_date(rng)
    n = [22, 6, 25, 11][i]
    items = lines(rng, LZ_ROWS, n, D("0.01"))
    if i in (1, 3) and not any(x["extra"] == 10 for x in items):
        items += lines(rng, LZ_ROWS[23:25], 1, D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    summ = by_rate(items)
    net = sum(b for _r, b, _v in summ)
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    vid = valid(rng, lambda: "ATU" + digits(rng, 8), uid.is_valid)
    bid = valid(rng, lambda: "ATU" + digits(rng, 8), uid.is_valid) if i != 2 else None
    fn = f"FN {rng.randint(100000, 599999)} {rng.choice('abdfghikmpstvwxyz')}"
    no = [f"RE-{d.year}-{rng.randint(10000, 99999)}", f"{rng.randint(2000000, 2999999)}", f"R{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"{d.year}{rng.randint(1000, 9999)}"][i]
    lng = lambda x: long_date("de_at", x, "{d}. {m} {y}")  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lng, lambda x: x.strftime("%d.%m.%Y"), lng][i]
    due = d + dt.timedelta(days=rng.choice([30, 30, 45]))
    skonto_days = rng.choice([8, 10, 14])
    po = [f"B-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", f"Bestellung {rng.randint(10, 99)}", None][i]
    if po and po.startswith("Bestellung"):
        po = po.split()[1]
    lsn = f"LS {rng.randint(400000, 499999)}"
    acct = iban("AT", rng.choice(["20320", "34000", "15000", "12000"]) + digits(rng, 11))
    cust = f"{rng.randint(10000, 99999)}"
    m = de
    rows = [[str(k + 1), f"{rng.randint(100000, 999999)}", wrap(x["desc"], 44), qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']} %", m(x["amount"])] for k, x in enumerate(items)]
    cap = 17
    tel = rng.randint(100000, 999999)
    pages = [rows[k : k + cap] for k in range(0, len(rows), cap)]
    carried = [sum((items[j]["amount"] for j in range(0, min(len(items), (p + 1) * cap))), D(0)) for p in range(len(pages))]

    def render(path):
        pdf = new_fpdf(creator="BMD NTCS")
        cols = [("Pos", 9, "L"), ("Art.-Nr.", 17, "L"), ("Bezeichnung", 72, "L"), ("Menge", 14, "R"), ("ME", 10, "L"), ("Einzelpreis", 20, "R"), ("USt", 12, "R"), ("Gesamt netto", 28, "R")]
        for p, prow in enumerate(pages):
            pdf.add_page()
            txt(pdf, 14, 12, vname, 13, "B", color=color)
            txt(pdf, 14, 18, f"{vaddr} · Tel. +43 732 {tel} · office@{vname.split()[0].lower().replace('ß', 'ss').replace('ö', 'oe')}.at", 7.4, color=(90, 90, 90))
            txt(pdf, 150, 282, f"Seite {p + 1} von {len(pages)}", 7.6, w=46, align="R")
            if p == 0:
                para(pdf, 14, 34, 90, f"{bname}\n{baddr}" + (f"\nUID: {bid}" if bid else ""), 9, h=4.6)
                txt(pdf, 14, 60, "RECHNUNG", 16, "B")
                kv(pdf, 120, 34, [("Rechnungsnummer", no), ("Rechnungsdatum", fd(d)), ("Kundennummer", cust), ("Ihre Bestellung", po), ("Lieferschein", f"{lsn} vom {fd(d - dt.timedelta(days=rng.randint(1, 6)))}"), ("Leistungsdatum", fd(d - dt.timedelta(days=rng.randint(1, 6))))], wl=32, wv=44, size=8, step=4.8, align="L")
                y = 72
            else:
                txt(pdf, 14, 28, f"Rechnung {no} – Fortsetzung", 10, "B")
                txt(pdf, 120, 36, "Übertrag", 8.5, "B")
                txt(pdf, 168, 36, m(carried[p - 1]), 8.5, "B", w=28, align="R")
                y = 44
            y = table(pdf, 14, y, cols, prow, size=7.6, rowh=5.4, header_fill=(230, 236, 244), line_color=(200, 200, 200))
            if p < len(pages) - 1:
                txt(pdf, 120, y + 3, "Übertrag", 8.5, "B")
                txt(pdf, 168, y + 3, m(carried[p]), 8.5, "B", w=28, align="R")
                continue
            y += 5
            trows = [("Summe netto", m(net), False)] + [(f"USt {r} % von {m(b)}", m(v), False) for r, b, v in summ] + [("Rechnungsbetrag EUR", m(total), True)]
            y = totals(pdf, 112, y, trows, wl=52, wv=32, size=8.6, line=color) + 4
            sk = q2(total * D("0.02"))
            para(pdf, 14, y, 182, f"Zahlbar bis {fd(due)} ohne Abzug oder innerhalb von {skonto_days} Tagen mit 2 % Skonto ({m(sk)} EUR, Zahlbetrag {m(total - sk)} EUR).\nBankverbindung: {rng.choice(['Oberbank AG', 'Raiffeisenlandesbank OÖ', 'Sparkasse OÖ'])} · IBAN {iban_fmt(acct)} · BIC {rng.choice(['OBKLAT2L', 'RZOOAT2L', 'ASPKAT2L'])}\nDie Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", 7.8, h=4)
        for p in range(len(pages)):
            pdf.page = p + 1
            para(pdf, 14, 286, 130, f"{vname} · Firmenbuch {fn}, Landesgericht Linz · UID {vid}", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Linz (Upper Austria) electrical wholesaler's RECHNUNG in Austrian German ('Jänner' in the long dates), '1.234,56' euros, USt 20 % and 10 % (trade books and journals) with a line per rate, "
        + (f"OVER {len(pages)} PAGES with 'Übertrag' (carried sums, decoys) at the foot of a page and the top of the next, 'Seite x von y' and the totals only on the last page, " if len(pages) > 1 else "one page, ")
        + "a 2 % Skonto offer with its amount and the reduced payment (decoys): vendor = the name at the top; vendor_tax_id = its 'UID' in the footer (ATU + 8 digits; the Firmenbuch number, the buyer's UID, the IBAN, the customer number and the Lieferschein are decoys). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Rechnungsdatum' (" + ["dd.mm.yyyy", "German words ('12. Jänner 2026')", "dd.mm.yyyy", "German words"][i] + "); the Leistungsdatum and Lieferschein date are decoys. "
        + due_note(due, None, "Zahlbar bis … ohne Abzug")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Summe netto'; tax = the sum of the 'USt' lines; total = 'Rechnungsbetrag EUR' (not the Skonto amount). Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag EUR", fd(due), fn, f"Seite {len(pages)} von {len(pages)}", "Übertrag" if len(pages) > 1 else None], "tax_parts": [str(v) for _r, _b, v in summ]}
    return t, chk, render


# =========================================================================== 07 Trondheim (MVA 15 % / 25 %, NOK), totals band at the top, crate returns
TR_V = [
    ("Trondheimsfjorden Sjømat AS", "Fosenkaia 4, 7010 Trondheim", (10, 60, 110)),
    ("Nidaros Fiskeengros AS", "Brattørkaia 15, 7010 Trondheim", (150, 40, 40)),
    ("Ravnkloa Fisk og Skalldyr AS", "Munkegata 70, 7011 Trondheim", (20, 110, 90)),
    ("Ladehammeren Storkjøkken AS", "Haakon VIIs gate 6, 7041 Trondheim", (120, 80, 20)),
]
TR_B = [
    ("Restaurant Bakklandet Skydsstation", "Øvre Bakklandet 33, 7013 Trondheim"),
    ("Scandic Nidelven – innkjøp", "Havnegata 1, 7010 Trondheim"),
    ("St. Olavs hospital HF, Kjøkkenet", "Postboks 3250 Torgarden, 7006 Trondheim"),
    ("Fru Johnsen Kafé AS", "Fjordgata 12, 7010 Trondheim"),
]
TR_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Laksefilet fersk, trimmet", "kg", 5, 60, 139, 219, 15),
    ("Torskeloin fersk", "kg", 3, 40, 189, 289, 15),
    ("Reker kokte, skalldyr 1 kg", "kg", 2, 30, 119, 179, 15),
    ("Røkelaks skivet 500 g", "pk", 2, 40, 89, 149, 15),
    ("Fiskeboller, boks 800 g", "stk", 6, 60, 32, 49, 15),
    ("Klippfisk ekstra", "kg", 2, 20, 219, 329, 15),
    ("Kongekrabbe, fryst", "kg", 1, 10, 590, 890, 15),
    ("Isoporkasse 20 kg m/lokk", "stk", 5, 60, 18, 32, 25),
    ("Filetkniv Victorinox", "stk", 1, 6, 290, 520, 25),
    ("Frakt kjølebil sentrum", "tur", 1, 2, 290, 650, 25),
]


@style("07", "no_trd_trondheim_faktura_mva_15_25_total_top")
def s07(rng, i):
    vname, vaddr, color = TR_V[i]
    bname, baddr = TR_B[i]
    d = rand_date(rng)
    items = lines(rng, TR_ROWS, [4, 8, 2, 10][i], D("0.5"))
    for x in items:
        x["rate"] = D(x["extra"])
    if i in (1, 3):
        k = D(rng.randint(2, 12))
        items.append(dict(desc="Retur fiskekasser (pant)", unit="stk", qty=-k, price=D("45.00"), amount=q2(-k * 45), rate=D(25), extra=25))
    summ = by_rate(items)
    net = sum(b for _r, b, _v in summ)
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    org = valid(rng, lambda: "9" + digits(rng, 8), orgnr.is_valid)
    vid = f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"
    borg = valid(rng, lambda: "9" + digits(rng, 8), orgnr.is_valid)
    konto = valid(rng, lambda: rng.choice(["4200", "1503", "8601"]) + digits(rng, 7), kontonr.is_valid)
    no = [f"{rng.randint(10000, 99999)}", f"{rng.randint(200000, 299999)}", f"{d.year}{rng.randint(1000, 9999)}", f"{rng.randint(3000, 3999)}"][i]
    k_ = kid(f"{rng.randint(100, 999)}{no[-5:]}")
    lng = lambda x: long_date("no", x, "{d}. {m} {y}")  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lng, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 20, 30]))
    po = [None, f"{rng.randint(4500000, 4599999)}", f"Inn-{rng.randint(100, 999)}", None][i]
    ref = rng.choice(["Kari Nordmann", "Ola Hansen", "Ingrid Lie", "Per Aune"])
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Tripletex")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        txt(pdf, 14, 19, f"{vaddr} · Tlf. 73 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", 7.6, color=(90, 90, 90))
        txt(pdf, 14, 23.5, f"Org.nr. {vid} · Foretaksregisteret", 7.6, color=(90, 90, 90))
        txt(pdf, 150, 12, "FAKTURA", 18, "B", w=46, align="R")
        pdf.set_fill_color(*color)
        pdf.rect(14, 32, 182, 20, "F")
        band = [("Fakturanr.", no), ("Fakturadato", fd(d)), ("Forfallsdato", fd(due)), ("Å betale", "kr " + m(total))]
        for k, (a, b) in enumerate(band):
            txt(pdf, 18 + k * 45, 35, a, 7.6, color=(230, 230, 230))
            txt(pdf, 18 + k * 45, 41, b, 11 if k == 3 else 9.5, "B", color=(255, 255, 255))
        txt(pdf, 18, 47.5, f"Kontonr. {konto[:4]}.{konto[4:6]}.{konto[6:]}   KID {k_}", 7.6, color=(255, 255, 255))
        para(pdf, 14, 58, 90, f"{bname}\n{baddr}\nOrg.nr. {borg}", 9, h=4.6)
        kv(pdf, 120, 58, [("Kundenr.", f"{rng.randint(10000, 19999)}"), ("Deres ref.", ref), ("Deres bestilling", po), ("Leveringsdato", fd(d - dt.timedelta(days=rng.randint(0, 3))))], wl=30, wv=46, size=8, step=4.6, align="L")
        cols = [("Beskrivelse", 78, "L"), ("Antall", 18, "R"), ("Enhet", 14, "L"), ("Pris", 24, "R"), ("MVA", 14, "R"), ("Beløp", 34, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']} %", m(x["amount"])] for x in items]
        y = table(pdf, 14, 82, cols, rows, size=8, rowh=5.6, header_fill=(240, 240, 240), line_color=(220, 220, 220)) + 5
        trows = [("Sum eks. mva", m(net), False)] + [(f"MVA {r} % av {m(b)}", m(v), False) for r, b, v in summ] + [("Totalt å betale NOK", m(total), True)]
        y = totals(pdf, 110, y, trows, wl=52, wv=34, size=8.6, line=color) + 6
        para(pdf, 14, y, 182, f"Betalingsbetingelser: {(due - d).days} dager netto. Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven. Husk å oppgi KID ved betaling." + (" Returnerte fiskekasser er kreditert med pant." if i in (1, 3) else ""), 7.8, h=4)
        pdf.output(path)

    notes = (
        "Trondheim (Norway) seafood wholesaler's FAKTURA in Norwegian with a coloured BAND at the TOP holding the invoice number, dates and the amount to pay ('Å betale'), account number and KID, "
        "'1 234,56' kroner, MVA 15 % on food and 25 % on the rest with a line per rate" + (", returned crates as a NEGATIVE row ('Retur fiskekasser (pant)')" if i in (1, 3) else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'Org.nr.' as printed 'NO 123 456 789 MVA' (the buyer's org.nr., the account number, the KID and the customer number are decoys). "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (" + ["dd.mm.yyyy", "Norwegian words ('12. mars 2026')", "dd.mm.yyyy", "dd.mm.yy"][i] + "); the Leveringsdato is a decoy. "
        + due_note(due, None, "Forfallsdato")
        + po_note(po, "Deres bestilling")
        + "subtotal = 'Sum eks. mva'; tax = the sum of the 'MVA' lines; total = 'Totalt å betale NOK' = 'Å betale'. Currency NOK. Line items: every row (net), the crate return negative."
    )
    t = truth(vname, vid, no, po, d, due, "NOK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Totalt å betale NOK", fd(due), k_, borg], "tax_parts": [str(v) for _r, _b, v in summ]}
    return t, chk, render
