"""fpdf2 styles for set 31, first part (06 Carinthian (Southern Carinthia) guesthouse's RAČUN / RECHNUNG in Slovene
and German for a group stay over two pages with a row per night and service, the sum carried to page 2 and brought
forward, USt. / DDV 10 % on lodging and meals and 20 % on drinks and the seminar room, 07 Maastricht bakery's
REKENING / FACTUUR in Limburgish with Dutch beside, a discount per row, BTW 9 % on pastry and 21 % on the rest and a
BTW line per rate)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import sl_date
from invoice_kit import de, digits, exact_price, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, kv, para, po_note, totals, truth
from stdnum.at import uid as at_uid
from stdnum.nl import btw

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Southern Carinthia guesthouse (USt. 10 % / 20 %, EUR), two pages
KT_V = [
    ("Gasthof Podjuna / Gostilna Podjuna GmbH", "Hauptplatz 7 / Glavni trg 7", "9150 Bleiburg / Pliberk", (22, 78, 99)),
    ("Pension Peca Ferienhof KG", "Rechberg 12 / Rebrca 12", "9135 Bad Eisenkappel / Železna Kapla", (101, 52, 20)),
    ("Gasthaus Obir / Gostišče Obir OG", "Dorfstraße 4 / Vaška cesta 4", "9142 Globasnitz / Globasnica", (63, 98, 18)),
    ("Seminarhotel Drau / Drava GmbH", "Kirchgasse 2 / Cerkvena ulica 2", "9170 Ferlach / Borovlje", (88, 28, 135)),
]
KT_B = [
    ("Slovenska prosvetna zveza", "Tarviser Straße 16", "9020 Klagenfurt / Celovec"),
    ("Musikschule Völkermarkt", "Hauptplatz 1", "9100 Völkermarkt / Velikovec"),
    ("Alpenverein Sektion Villach", "Widmanngasse 44", "9500 Villach / Beljak"),
    ("Kulturni dom Pliberk", "10.-Oktober-Platz 3", "9150 Bleiburg / Pliberk"),
]
KT_SERV = [
    ("Nächtigung mit Frühstück / Nočitev z zajtrkom", "Pers.", 58, 78, "10"),
    ("Halbpension Abendessen / Polpenzion večerja", "Pers.", 18, 29, "10"),
    ("Mittagessen Seminar / Kosilo seminar", "Pers.", 14, 22, "10"),
    ("Seminarraum Tagesmiete / Seminarska soba", "Tag", 120, 260, "20"),
    ("Getränke laut Bon / Pijača po bonu", "pausch.", 40, 380, "20"),
]


@style("06", "at_ktn_celovec_racun_rechnung_ust_20_10_two_pages")
def s06(rng, i):
    vname, vstreet, vcity, color = KT_V[i]
    bname, bstreet, bcity = KT_B[i]
    d = rand_date(rng)
    nights = rng.randint(3, 5)
    arrival = d - dt.timedelta(days=nights + rng.randint(0, 3))
    pax = rng.randint(8, 24)
    items = []
    for k in range(nights):
        day = arrival + dt.timedelta(days=k)
        for desc, unit, lo, hi, rate in KT_SERV:
            if desc.startswith("Mittag") and k == nights - 1:
                continue
            if desc.startswith("Seminar") and rng.random() < 0.3:
                continue
            q = D(pax) if unit == "Pers." else D(1)
            if unit == "pausch.":
                p = D(rng.randint(lo * 100, hi * 100)) / 100
            else:
                p = exact_price(rng, q, lo, hi, D("0.50"))
            items.append({"desc": f"{day.strftime('%d.%m.')} {desc}", "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": D(rate)})
    net = sum(x["amount"] for x in items)
    summary = []
    for r in (D("10"), D("20")):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    u = valid(rng, lambda: "ATU" + digits(rng, 8), at_uid.is_valid)
    no = [f"{d.year}/{rng.randint(100, 999)}", f"RE-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [sl_date, lambda x: x.strftime("%d.%m.%Y"), sl_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i in (1, 2) else None
    term = ["Zahlbar sofort ohne Abzug / Plačljivo takoj brez odbitka", None, None, "Zahlbar innerhalb von 14 Tagen ohne Abzug / Plačljivo v 14 dneh"][i]
    po = f"{rng.randint(100, 999)}/{d.year}" if i in (0, 2) else None
    fn = f"{rng.randint(100000, 499999)}{rng.choice('abkmp')}"
    tel = f"+43 4235 {digits(rng, 4)}"
    half = (len(items) + 1) // 2
    p1, p2 = items[:half], items[half:]
    carried = sum(x["amount"] for x in p1)
    m = de
    cols = [("Leistung / Storitev", 96, "L"), ("Menge / Kol.", 20, "R"), ("Einh. / Enota", 18, "C"), ("Preis / Cena", 20, "R"), ("USt. %", 12, "R"), ("Betrag / Znesek", 24, "R")]

    def rows(xs):
        return [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["rate"]), m(x["amount"])] for x in xs]

    def header(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 3, 20, "F")
        txt(pdf, 21, 12, vname, 13, "B", color=color)
        txt(pdf, 21, 18.5, f"{vstreet} · {vcity}", 8.4)
        txt(pdf, 21, 23, f"UID-Nr. / ID za DDV: {u} · FN {fn} · LG Klagenfurt", 7.8, color=(90, 90, 90))
        txt(pdf, 21, 27.5, f"Tel. {tel} · Zimmer / Sobe · Seminar · Gostilna", 7.8, color=(90, 90, 90))
        txt(pdf, 150, 283, f"Seite / Stran {page} / 2", 7.6, align="R", w=45, color=(100, 100, 100))

    def render(path):
        pdf = new_fpdf(creator="hotel-kasse 9")
        pdf.add_page()
        header(pdf, 1)
        txt(pdf, 15, 44, bname, 10, "B")
        txt(pdf, 15, 49.5, bstreet, 9)
        txt(pdf, 15, 54.5, bcity, 9)
        txt(pdf, 15, 70, "RAČUN / RECHNUNG", 15, "B")
        kv(pdf, 120, 44, [("Račun št. / Rechnung Nr.", no), ("Datum", fd(d)), ("Gast-Nr. / Št. gosta", f"{rng.randint(1000, 9999)}"), ("Ihre Bestellung / Naročilo", po), ("Fällig / Zapadlost", fd(due) if due else None)], wl=44, wv=31, size=8.2)
        txt(pdf, 15, 78, f"Aufenthalt / Bivanje: {arrival.strftime('%d.%m.%Y')} - {(arrival + dt.timedelta(days=nights)).strftime('%d.%m.%Y')} · {pax} Personen / oseb · Zimmer / sobe {rng.randint(1, 9)}-{rng.randint(10, 24)}", 8.2, color=(80, 80, 80))
        y = table(pdf, 15, 86, cols, rows(p1), size=7.8, rowh=5.6, header_fill=(236, 240, 242), line_color=(210, 210, 210))
        txt(pdf, 110, y + 3, "Übertrag / Prenos", 8.4, "B")
        txt(pdf, 166, y + 3, m(carried), 8.4, "B", align="R", w=24)
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 15, 40, f"Rechnung / Račun {no} · {bname}", 8.4, color=(80, 80, 80))
        txt(pdf, 110, 48, "Übertrag / Prenos", 8.4, "B")
        txt(pdf, 166, 48, m(carried), 8.4, "B", align="R", w=24)
        y = table(pdf, 15, 54, cols, rows(p2), size=7.8, rowh=5.6, header_fill=(236, 240, 242), line_color=(210, 210, 210))
        trows = [("Summe netto / Skupaj neto", m(net), False)]
        trows += [(f"USt. / DDV {r} % von / od {m(b)}", m(v), False) for r, b, v in summary]
        trows += [("Gesamtbetrag / Skupni znesek EUR", m(total), True)]
        y = totals(pdf, 95, y + 8, trows, wl=70, wv=30, size=8.8, line=color, step=6)
        y = para(pdf, 15, y + 8, 180, (f"Zahlbar bis / Plačljivo do {fd(due)} ohne Abzug." if due else term + ".") + f" Bankverbindung / Banka: Kärntner Sparkasse, IBAN AT{rng.randint(10, 99)} 2070 6{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}, BIC KSPKAT2KXXX.", 8, h=4.2)
        para(pdf, 15, y + 4, 180, "Die Ortstaxe wurde gesondert an der Rezeption kassiert. / Turistična taksa je bila plačana posebej na recepciji. Hvala za obisk - Danke für Ihren Besuch!", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Southern Carinthia (Bleiburg / Pliberk, Bad Eisenkappel / Železna Kapla, Globasnitz / Globasnica, Ferlach / Borovlje; Austria) guesthouse's RAČUN / RECHNUNG in Slovene and German for a group stay over TWO PAGES, in euros ('1.234,50'), with a row per night and service (the date at the start of each row), the sum carried to page 2 ('Übertrag / Prenos', printed twice) and USt. / DDV 10 % on lodging and meals and 20 % on drinks and the seminar room, each on its base: vendor = the name at the top; vendor_tax_id = 'UID-Nr. / ID za DDV' (ATU + 8 digits; the FN number is a decoy). "
        "invoice_number = 'Račun št. / Rechnung Nr.'; invoice_date = 'Datum' (" + ["Slovene words ('12. marca 2026')", "dd.mm.yyyy", "Slovene words", "dd.mm.yyyy"][i] + "); the stay's dates, the guest number and the rooms are decoys. "
        + due_note(due, term, "Fällig / Zapadlost") + po_note(po, "Ihre Bestellung / Naročilo")
        + "subtotal = 'Summe netto / Skupaj neto'; tax = the two 'USt. / DDV x % von ...' rows summed (checks list them as its parts); total = 'Gesamtbetrag / Skupni znesek EUR' (page 2); the carried-forward sum is a decoy. Currency EUR. Line items: every row on both pages."
    )
    t = truth(vname, u, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, u, "Gesamtbetrag / Skupni znesek EUR", m(carried), fd(due) if due else None], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, render


# =========================================================================== 07 Maastricht bakery (BTW 9 % / 21 %, EUR), discount per row
LI_V = [
    ("Bakkerij Sjeng Vinken B.V.", "Wycker Brugstraat 28", "6221 ED Mestreech / Maastricht", (146, 64, 14)),
    ("Vlaaienhoes De Maas", "Boschstraat 71", "6211 AV Mestreech / Maastricht", (30, 64, 175)),
    ("Banketbakkerij Pieters-Hermans", "Rijksweg Zuid 12", "6161 BN Geleen", (21, 128, 61)),
    ("Mestreechter Vlaaiebakkerij V.O.F.", "Tongersestraat 5", "6211 LL Mestreech / Maastricht", (159, 18, 57)),
]
LI_B = [
    ("Café De Gouden Leeuw", "Vrijthof 8", "6211 LE Maastricht"),
    ("Hotel Kruisheren (F&B)", "Kruisherengang 19", "6211 NW Maastricht"),
    ("Brasserie 't Pothuiske", "Het Bat 1", "6211 EA Maastricht"),
    ("Lunchroom Sint Servaas", "Keizer Karelplein 2", "6211 TC Maastricht"),
]
LI_ROWS = [
    ("Kersevlaai / Kersenvlaai (12 punte)", "st.", 2, 20, 17.50, 24.50, "9"),
    ("Abrikozevlaai / Abrikozenvlaai", "st.", 2, 20, 16.50, 23.50, "9"),
    ("Rijstevlaai / Rijstevlaai met room", "st.", 2, 20, 17.00, 25.00, "9"),
    ("Mestreechter nate / Natte (krentenbrood)", "st.", 4, 30, 3.20, 5.40, "9"),
    ("Sjokolaaj-bolle / Chocoladebollen", "doos", 2, 12, 9.50, 14.00, "9"),
    ("Hoor koffiemesjien / Huur koffiemachine", "mnd", 1, 1, 45.00, 85.00, "21"),
    ("Vlaaiedeuze mèt opdruk / Vlaaidozen bedrukt", "100 st.", 1, 5, 38.00, 62.00, "21"),
    ("Bezörge / Bezorging", "rit", 1, 8, 7.50, 15.00, "21"),
]


@style("07", "nl_li_mestreech_rekening_btw_21_9_korting")
def s07(rng, i):
    vname, vstreet, vcity, color = LI_V[i]
    bname, bstreet, bcity = LI_B[i]
    d = rand_date(rng)
    picks = rng.sample([x for x in LI_ROWS if x[6] == "9"], rng.randint(2, 4)) + rng.sample([x for x in LI_ROWS if x[6] == "21"], rng.randint(1, 2))
    items = []
    for desc, unit, qlo, qhi, lo, hi, rate in picks:
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), D("0.05"))
        k = rng.choice([0, 0, 5, 10, 12.5, 15]) if rate == "9" else rng.choice([0, 0, 10])
        k = D(str(k))
        amt = q2(q * p * (100 - k) / 100)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "disc": k, "amount": amt, "rate": D(rate)})
    net = sum(x["amount"] for x in items)
    summary = []
    for r in (D("9"), D("21")):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vat = valid(rng, lambda: "NL" + digits(rng, 9, True) + "B01", btw.is_valid)
    no = [f"{d.year}{rng.randint(1000, 9999)}", f"F{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{d.strftime('%y')}", f"{rng.randint(20000, 29999)}"][i]
    nl_long = lambda x: f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}"  # noqa: E731
    fd = [lambda x: x.strftime("%d-%m-%Y"), nl_long, lambda x: x.strftime("%d-%m-%Y"), nl_long][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    term = [None, None, "Betaling: binne 8 daag / binnen 8 dagen na factuurdatum", "Betaald per pin bij levering / Betaald per pin"][i]
    po = f"{rng.randint(1000, 9999)}" if i in (1, 3) else None
    m = de
    cols = [("Umsjrieving / Omschrijving", 66, "L"), ("Aantal", 16, "R"), ("Eenh.", 16, "C"), ("Pries / Prijs", 22, "R"), ("Korting", 16, "R"), ("BTW", 14, "R"), ("Bedraag / Bedrag", 30, "R")]
    trs = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), (f"{str(x['disc']).replace('.', ',')}%" if x["disc"] else "-"), f"{x['rate']}%", m(x["amount"])] for x in items]

    def render(path):
        pdf = new_fpdf(creator="Exact Online")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        txt(pdf, 15, 21, f"{vstreet} · {vcity}", 8.6)
        txt(pdf, 15, 25.5, f"KvK {digits(rng, 8, True)} · BTW-nr. {vat} · IBAN NL{rng.randint(10, 99)} RABO 0{digits(rng, 9)}", 7.8, color=(90, 90, 90))
        txt(pdf, 140, 14, "REKENING", 18, "B", align="R", w=55, color=color)
        txt(pdf, 140, 22, "Factuur", 9, align="R", w=55, color=(100, 100, 100))
        txt(pdf, 15, 40, "Aan / Aan:", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 44.5, bname, 10, "B")
        txt(pdf, 15, 49.5, bstreet, 8.8)
        txt(pdf, 15, 54, bcity, 8.8)
        kv(pdf, 115, 40, [("Rekeningnómmer / Factuurnr.", no), ("Datum", fd(d)), ("Klantnómmer / Klantnr.", f"{rng.randint(100, 999)}"), ("Uuch bestèlling / Uw order", po), ("Vervaldaag / Vervaldatum", fd(due) if due else None), ("Leverbon / Pakbon", f"LB{rng.randint(1000, 9999)}")], wl=46, wv=34, size=8)
        y = table(pdf, 15, 72, cols, trs, size=8, rowh=6, header_fill=None, header_color=color, line_color=(215, 215, 215))
        trows = [("Totaal exclusief BTW", m(net), False)]
        trows += [(f"BTW {r}% euver / over {m(b)}", m(v), False) for r, b, v in summary]
        trows += [("Te betale / Te betalen EUR", m(total), True)]
        y = totals(pdf, 105, y + 8, trows, wl=58, wv=32, size=8.8, line=color, step=6)
        para(pdf, 15, y + 8, 180, (f"Gelieve te betale veur {fd(due)} / Graag betalen vóór {fd(due)} o.v.v. het factuurnummer." if due else term + "."), 8, h=4.2)
        para(pdf, 15, y + 20, 180, "Korting: volumekorting per artikel, al verrekend in het bedrag. Mèt vuul sjmaak gebakke in Mestreech!", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Maastricht-area (Limburg, Netherlands) bakery's REKENING / Factuur in Limburgish (Maastricht) with Dutch beside each label, in euros ('1.234,50'), with a discount per row already taken off the row's amount, BTW 9 % on pastry and 21 % on machine rent, boxes and delivery, a BTW line per rate on its base: vendor = the name at the top; vendor_tax_id = 'BTW-nr.' (NL + 9 digits + B01; the KvK number, the IBAN and the customer number are decoys). "
        "invoice_number = 'Rekeningnómmer / Factuurnr.'; invoice_date = 'Datum' (" + ["dd-mm-yyyy", "Dutch words ('12 maart 2026')", "dd-mm-yyyy", "Dutch words"][i] + "); the delivery note (Leverbon / Pakbon) is a decoy. "
        + due_note(due, term, "Vervaldaag / Vervaldatum") + po_note(po, "Uuch bestèlling / Uw order")
        + "subtotal = 'Totaal exclusief BTW'; tax = the two 'BTW x% euver / over ...' rows summed (checks list them as its parts); total = 'Te betale / Te betalen EUR'. Currency EUR. Line items: every row, the amount net after the row's discount."
    )
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vat, "Te betale / Te betalen EUR", fd(due) if due else None], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, render
