"""fpdf2 styles for set 72, first part (06 Koszalin FAKTURA VAT in Polish: a FULLY RULED table with net, VAT and gross
per line, VAT 23 % and 5 %, a ruled summary by rate, the amount due in words ('Słownie') and on one a final invoice
('faktura końcowa') with the advance invoice deducted; 07 Kroměříž FAKTURA – DAŇOVÝ DOKLAD in Czech OVER TWO PAGES
with the running sum carried forward ('Převod na další stranu' / 'Převod z předchozí strany'), RULES BETWEEN ROWS only,
labels beside values, DPH 21 % and 12 % and a VAT recapitulation)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import cz_dic, long_date, pl_money_words, pl_nip
from invoice_kit import digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Koszalin (VAT 23 / 8 / 5 %, PLN), fully ruled, słownie, zaliczka
KS_V = [
    ("Przetwórnia Ryb „Bałtyk-Koszalin” Sp. z o.o.", "ul. Szczecińska 54, 75-135 Koszalin", (22, 70, 120), "ryby"),
    ("Meble Pomorskie Gracz Sp. j.", "ul. Mieszka I 31, 75-124 Koszalin", (122, 64, 20), "meble"),
    ("Drukarnia Gołębiewo Sp. z o.o.", "ul. Gnieźnieńska 18, 75-735 Koszalin", (90, 30, 90), "druk"),
    ("Serwis Wiatrowy Pomorze S.A.", "ul. Połczyńska 92, 75-815 Koszalin", (20, 100, 70), "wiatr"),
]
KS_B = [("Sieć Sklepów Rybka Sp. z o.o.", "ul. Grunwaldzka 211, 80-266 Gdańsk"), ("Hotel Mielno Resort Sp. z o.o.", "ul. Chrobrego 10, 76-032 Mielno"),
        ("Urząd Miejski w Koszalinie", "ul. Rynek Staromiejski 6-7, 75-007 Koszalin"), ("Farma Wiatrowa Bobolice Sp. z o.o.", "ul. Kościuszki 2, 76-020 Bobolice")]
KS_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, vat)
    "ryby": [("Filet z dorsza mrożony, karton 10 kg", "kart.", 10, 80, D("290.00"), D("420.00"), 5), ("Śledź marynowany w oleju, słoik 500 g", "szt.", 100, 800, D("7.20"), D("11.80"), 5), ("Łosoś wędzony plastry 100 g", "szt.", 50, 400, D("8.90"), D("14.60"), 5), ("Transport chłodniczy Koszalin–Gdańsk", "kurs", 1, 3, D("680.00"), D("950.00"), 23)],
    "meble": [("Łóżko hotelowe 160x200 z wezgłowiem", "szt.", 4, 30, D("980.00"), D("1640.00"), 23), ("Szafa dwudrzwiowa dąb sonoma", "szt.", 4, 30, D("720.00"), D("1180.00"), 23), ("Stolik nocny z szufladą", "szt.", 8, 60, D("190.00"), D("320.00"), 23), ("Montaż mebli u klienta", "godz.", 8, 48, D("85.00"), D("120.00"), 23)],
    "druk": [("Druk folderów A4 4+4, kreda 170 g", "szt.", 1000, 8000, D("0.38"), D("0.92"), 23), ("Książka „Dzieje Koszalina”, oprawa twarda", "egz.", 100, 600, D("24.00"), D("39.00"), 5), ("Plakaty B1 4+0", "szt.", 20, 200, D("6.50"), D("14.00"), 23), ("Projekt graficzny", "godz.", 2, 16, D("110.00"), D("160.00"), 23)],
    "wiatr": [("Przegląd okresowy turbiny Vestas V90", "szt.", 1, 6, D("8400.00"), D("12600.00"), 23), ("Wymiana oleju przekładni głównej", "szt.", 1, 3, D("6900.00"), D("9800.00"), 23), ("Praca technika na wysokości", "godz.", 8, 60, D("180.00"), D("260.00"), 23), ("Dojazd serwisu", "km", 60, 400, D("3.20"), D("4.80"), 23)],
}


@style("06", "pl_ksz_koszalin_faktura_vat_23_5_fully_ruled_slownie_zaliczka_koncowa")
def s06(rng, i):
    vname, vaddr, color, kind = KS_V[i]
    bname, baddr = KS_B[i]
    d = rand_date(rng)
    items = lines(rng, [r[:6] for r in KS_ROWS[kind]], [4, 3, 4, 4][i], D("0.01"))
    rates = {r[0]: r[6] for r in KS_ROWS[kind]}
    for it in items:
        it["rate"] = rates[it["desc"]]
        it["vat"] = q2(it["amount"] * it["rate"] / 100)
    by = {}
    for it in items:
        b = by.setdefault(it["rate"], [D(0), D(0)])
        b[0] += it["amount"]
        b[1] += it["vat"]
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    final = i == 3
    adv = q2(total * D(rng.choice([30, 40, 50])) / 100) if final else None
    pay = total - adv if final else total
    nip_v = pl_nip(rng)
    nip_b = pl_nip(rng)
    no = [f"FV/{rng.randint(1, 400):04d}/{d.month:02d}/{d.year}", f"{rng.randint(1, 300)}/{d.year}", f"FS {rng.randint(1, 999)}/{d.strftime('%m/%Y')}", f"FK/{d.year}/{rng.randint(1, 99):03d}"][i]
    fd = (lambda x: x.isoformat()) if i == 2 else (lambda x: x.strftime("%d.%m.%Y"))
    days = rng.choice([7, 14, 21, 30])
    due = d + dt.timedelta(days=days) if i != 1 else None
    po = [f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"DOA.{rng.randint(200, 299)}.{rng.randint(1, 40)}.{d.year}", f"ZS/{rng.randint(10, 99)}/{d.year}"][i]
    po_val = po
    account = iban("PL", rng.choice(["10202847", "11402004", "10501764", "12401431"]) + digits(rng, 16))
    adv_no = f"FZ/{rng.randint(1, 60):03d}/{d.year}" if final else None
    adv_d = d - dt.timedelta(days=rng.randint(20, 70))
    regon = digits(rng, 9, True)
    zl = lambda x: sp(x)  # noqa: E731
    words = pl_money_words(pay)

    def render(path):
        pdf = new_fpdf(creator="Subiekt nexo PRO")
        pdf.add_page()
        pdf.set_draw_color(60, 60, 60)
        txt(pdf, 14, 13, vname, 11.5, "B", color=color)
        txt(pdf, 14, 19, vaddr, 8.2)
        txt(pdf, 14, 23, f"NIP {nip_v} · REGON {regon} · BDO {digits(rng, 9, True)}", 7.8, color=(70, 70, 70))
        kv(pdf, 128, 13, [("Miejsce wystawienia:", "Koszalin"), ("Data wystawienia:", fd(d)), ("Data sprzedaży:", fd(d - dt.timedelta(days=rng.randint(0, 6))))], wl=34, wv=34, size=8.2)
        title = "FAKTURA VAT KOŃCOWA" if final else "FAKTURA VAT"
        txt(pdf, 14, 33, f"{title} nr {no}", 14, "B", w=182, align="C")
        txt(pdf, 14, 40, "ORYGINAŁ", 8, w=182, align="C", color=(100, 100, 100))
        for x, lab, nm, ad, nipx in ((14, "Sprzedawca", vname, vaddr, nip_v), (107, "Nabywca", bname, baddr, nip_b)):
            pdf.rect(x, 46, 89, 24)
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(x, 46, 89, 5.5, "FD")
            txt(pdf, x + 2, 46.8, lab, 8, "B")
            para(pdf, x + 2, 53, 85, nm, 8.4, "B", h=3.8)
            txt(pdf, x + 2, 61.5, ad, 7.6)
            txt(pdf, x + 2, 65.5, f"NIP: {nipx}", 8)
        cols = [("Lp.", 8, "C"), ("Nazwa towaru / usługi", 48, "L"), ("J.m.", 11, "C"), ("Ilość", 13, "R"), ("Cena netto", 20, "R"), ("Wart. netto", 24, "R"), ("VAT %", 11, "C"), ("Kwota VAT", 22, "R"), ("Wart. brutto", 25, "R")]
        rws = [[str(k + 1), wrap(x["desc"], 29), x["unit"], qstr(x["qty"]), zl(x["price"]), zl(x["amount"]), str(x["rate"]), zl(x["vat"]), zl(x["amount"] + x["vat"])] for k, x in enumerate(items)]
        y0 = 75
        y1 = table(pdf, 14, y0, cols, rws, size=7.4, rowh=6, header_fill=(225, 225, 225), line_color=(60, 60, 60))
        frame(pdf, 14, y0, y1, cols, color=(60, 60, 60))
        # summary by rate, ruled, under the money columns
        sx = 14 + 8 + 48 + 11 + 13
        scols = [("Wg stawki", 20, "L"), ("Wart. netto", 24, "R"), ("VAT %", 11, "C"), ("Kwota VAT", 22, "R"), ("Wart. brutto", 25, "R")]
        srows = [["", zl(b[0]), str(r), zl(b[1]), zl(b[0] + b[1])] for r, b in sorted(by.items(), reverse=True)] + [["Razem", zl(net), "", zl(tax), zl(total)]]
        y2 = table(pdf, sx, y1 + 4, scols, srows, size=7.4, rowh=5.6, header_fill=(240, 240, 240), line_color=(60, 60, 60))
        frame(pdf, sx, y1 + 4, y2, scols, color=(60, 60, 60))
        y = y2 + 6
        if final:
            txt(pdf, 14, y, f"Wartość zamówienia brutto: {zl(total)} zł", 8.4)
            txt(pdf, 14, y + 4.6, f"Zapłacono zaliczką (faktura zaliczkowa {adv_no} z dnia {fd(adv_d)}): {zl(adv)} zł", 7.6)
            y += 11
        pdf.set_fill_color(*color)
        pdf.rect(14, y, 182, 8, "F")
        txt(pdf, 16, y + 1.7, "Pozostało do zapłaty:" if final else "Do zapłaty:", 10.5, "B", color=(255, 255, 255))
        txt(pdf, 120, y + 1.7, f"{zl(pay)} PLN", 10.5, "B", w=74, align="R", color=(255, 255, 255))
        y = para(pdf, 14, y + 10, 182, f"Słownie: {words}", 8.4, "I", h=4.2)
        y += 3
        pay_rows = [("Sposób płatności:", "przelew" if due else "gotówka"), ("Termin płatności:", f"{fd(due)} ({days} dni)" if due else "zapłacono gotówką przy odbiorze"), ("Nr konta:", iban_fmt(account)), ("Bank:", rng.choice(["PKO Bank Polski S.A.", "mBank S.A.", "ING Bank Śląski S.A.", "Bank Pekao S.A."]))]
        if po:
            pay_rows.append(("Zamówienie nr:", po))
        y = kv(pdf, 14, y, pay_rows, wl=36, wv=120, size=8.2, align="L")
        if total > 15000:
            txt(pdf, 14, y + 1, "Mechanizm podzielonej płatności", 8.2, "B")
            y += 6
        for x, lab in ((14, "Podpis osoby upoważnionej do wystawienia faktury"), (120, "Podpis osoby upoważnionej do odbioru faktury")):
            pdf.line(x, y + 22, x + 76, y + 22)
            txt(pdf, x, y + 23.5, lab, 6.6, color=(90, 90, 90))
        txt(pdf, 14, 285, f"Strona 1 z 1 · {vname} · Sąd Rejonowy w Koszalinie, IX Wydział Gospodarczy KRS", 6.4, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Koszalin (West Pomerania, Poland) FAKTURA VAT in Polish: parties in ruled boxes, a FULLY RULED table with net, VAT rate, VAT and gross per line, a ruled summary by VAT rate ('Według stawki VAT', 'Razem'), the amount due in a coloured bar and in words ('Słownie'), '1 234,56' and "
        + ("ISO dates" if i == 2 else "dd.mm.yyyy")
        + ": vendor = 'Sprzedawca'; vendor_tax_id = the seller's 'NIP' (the buyer's NIP, REGON, BDO, KRS mention and account number are decoys). "
        "invoice_number = 'FAKTURA VAT nr'; invoice_date = 'Data wystawienia' (the 'Data sprzedaży' is a decoy). "
        + due_note(due, "zapłacono gotówką przy odbiorze", "Termin płatności")
        + po_note(po_val, "Zamówienie nr")
        + "subtotal = the 'Razem' net ('Wart. netto'); tax = the 'Razem' 'Kwota VAT' (the rows per rate are parts); total = the 'Razem' gross ('Wart. brutto')"
        + (", the order's full value before the advance invoice (FAKTURA VAT KOŃCOWA): 'Zapłacono zaliczką', the advance invoice and its date and 'Pozostało do zapłaty' with its words are decoys" if final else " = 'Do zapłaty' (in words under it)")
        + ". Currency PLN. Line items: every row's net amount ('Wart. netto')."
    )
    t = truth(vname, nip_v, no, po_val, d, due, "PLN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, nip_v, "Do zapłaty" if not final else "Pozostało do zapłaty", fd(due) if due else None, nip_b, words, adv_no]}
    return t, chk, render


# =========================================================================== 07 Kroměříž (DPH 21 / 12 %, CZK), two pages, carried forward
KM_V = [
    ("Zahradnictví Podzámecká s.r.o.", "Na Sádkách 1420/6", "767 01 Kroměříž", (34, 96, 52), "zahrada"),
    ("Hanácké strojní díly a.s.", "Hulínská 2286/14", "767 01 Kroměříž", (26, 62, 110), "stroje"),
    ("Pivovarské potřeby Morava s.r.o.", "Kojetínská 3881/51", "767 01 Kroměříž", (138, 78, 18), "pivo"),
    ("Tiskárna Arcibiskupská s.r.o.", "Velehradská 12", "767 01 Kroměříž", (110, 24, 40), "tisk"),
]
KM_B = [("Město Holešov", "Masarykova 628, 769 01 Holešov"), ("Zemědělské družstvo Kojetín", "Padlých hrdinů 1208, 752 01 Kojetín"),
        ("Minipivovar U Zámku s.r.o.", "Riegrovo nám. 151, 767 01 Kroměříž"), ("Nakladatelství Hanácké listy s.r.o.", "Palackého 8, 779 00 Olomouc")]
KM_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, dph)
    "zahrada": [("Tis červený 'Hicksii' 60–80 cm", "ks"), ("Buxus sempervirens 25–30 cm", "ks"), ("Levandule úzkolistá K9", "ks"), ("Okrasná tráva Miscanthus K3", "ks"), ("Hortenzie latnatá 'Limelight'", "ks"), ("Růže sadová, prostokořenná", "ks"), ("Zahradní substrát 70 l", "pyt"), ("Mulčovací kůra 70 l", "pyt"), ("Trávníkové osivo parkové 10 kg", "bal"), ("Hnojivo NPK 25 kg", "pyt"), ("Výsadba keřů – práce", "hod"), ("Doprava sadebního materiálu", "km"), ("Zálivka po výsadbě", "hod"), ("Tavolník japonský 30–40 cm", "ks"), ("Javor babyka 150–175 cm", "ks"), ("Kamenný štěrk 16/32, big bag", "ks"), ("Obrubník plastový 10 m", "ks"), ("Kůly z kulatiny 200 cm", "ks"), ("Úvazek stromu – kokosový provaz", "bal"), ("Levandule 'Hidcote' K9", "ks"), ("Kontejner na odpad 6 m³", "ks"), ("Šalvěj luční K9", "ks")],
    "stroje": [("Radlička kultivátoru", "ks"), ("Ložisko 6205 2RS", "ks"), ("Klínový řemen SPB 2000", "ks"), ("Čep závěsu 28 mm", "ks"), ("Hydraulická spojka ISO-A", "ks"), ("Olejový filtr", "ks"), ("Palivový filtr", "ks"), ("Šroub M12x60 8.8", "bal"), ("Pružina prstového sběrače", "ks"), ("Nůž žacího ústrojí", "ks"), ("Prst lišty", "ks"), ("Těsnění hydromotoru – sada", "ks"), ("Řetěz 16B-1, 5 m", "ks"), ("Převodový olej 75W-90, 20 l", "ks"), ("Mazací tuk 18 kg", "ks"), ("Hrot pluhu", "ks"), ("Ostří čepele", "ks"), ("Žárovka H4 24V", "ks"), ("Pojistný kolík", "bal"), ("Servisní práce technika", "hod"), ("Doprava dílů", "km"), ("Kardanová hřídel 1010 mm", "ks")],
    "pivo": [("Slad plzeňský 25 kg", "pyt"), ("Slad mnichovský 25 kg", "pyt"), ("Slad karamelový 25 kg", "pyt"), ("Chmel Žatecký poloraný červeňák, granule 1 kg", "bal"), ("Chmel Kazbek, granule 1 kg", "bal"), ("Pivovarské kvasnice W-34/70, 500 g", "bal"), ("Sud KEG 30 l", "ks"), ("Sud KEG 50 l", "ks"), ("Narážecí hlava typ A", "ks"), ("Pivní láhev 0,5 l, přepravka", "ks"), ("Korunkový uzávěr 26 mm, 1000 ks", "bal"), ("Etikety samolepicí, role", "ks"), ("Sanitační prostředek 25 kg", "ks"), ("Křemelina 20 kg", "pyt"), ("Hadice potravinářská 3/4\"", "m"), ("Těsnění tri-clamp DN50", "ks"), ("Teploměr do spilky", "ks"), ("Refraktometr", "ks"), ("Doprava", "km"), ("Servis stáčecí linky", "hod"), ("Filtrační desky 40x40", "bal"), ("CO2 láhev 10 kg plnění", "ks")],
    "tisk": [("Kniha 'Kroměřížské zahrady', 240 s., vazba V8", "ks"), ("Obálka – laminace matná", "ks"), ("Předsádka tištěná", "ks"), ("Kalendář nástěnný A3", "ks"), ("Pohlednice A6 4+4", "ks"), ("Plakát A2", "ks"), ("Leták DL", "ks"), ("Skládačka A4 na DL", "ks"), ("Příprava dat a nátisk", "hod"), ("Korektura textu", "hod"), ("Sazba textu", "str"), ("Skenování fotografií", "ks"), ("Balení do fólie", "ks"), ("Doprava Olomouc", "km"), ("Ražba zlatou fólií", "ks"), ("Záložka – stužka", "ks"), ("Přebal lesklý", "ks"), ("Tisk vizitek 4+4", "ks"), ("Digitální nátisk A3", "ks"), ("Razítko s logem", "ks"), ("Paleta EUR – zálohovaná", "ks"), ("Ořez a kompletace", "hod")],
}


PLANTS = ("Tis", "Buxus", "Levandule", "Okrasná", "Hortenzie", "Růže", "Tavolník", "Javor", "Šalvěj")  # live plants: DPH 12 %


@style("07", "cz_krm_kromeriz_faktura_dph_21_12_two_pages_prevod_rules_between")
def s07(rng, i):
    vname, va1, va2, color, kind = KM_V[i]
    bname, baddr = KM_B[i]
    d = rand_date(rng)
    n = rng.randint(19, 22)
    picks = rng.sample(KM_ROWS[kind], n)
    items = []
    for desc, unit in picks:
        lo, hi = {"ks": (40, 900), "bal": (80, 1200), "pyt": (90, 450), "m": (30, 120), "str": (150, 400), "hod": (450, 950), "km": (18, 32)}[unit]
        q = D(rng.randint(1, 60)) if unit in ("ks", "bal", "pyt", "m", "str") else D(rng.randint(1, 40))
        p = D(rng.randint(lo * 100, hi * 100)) / 100
        rate = 12 if kind == "zahrada" and desc.split()[0] in PLANTS else 21
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    by = {}
    for it in items:
        by.setdefault(it["rate"], D(0))
        by[it["rate"]] += it["amount"]
    rec = [(r, b, q2(b * r / 100)) for r, b in sorted(by.items(), reverse=True)]
    net = sum(x["amount"] for x in items)
    tax = sum(v for _r, _b, v in rec)
    total = net + tax
    dic_v, ico_v = cz_dic(rng)
    dic_b, ico_b = cz_dic(rng)
    no = f"{d.year}{rng.randint(1, 9999):05d}" if i != 2 else f"FV-{d.strftime('%y')}-{rng.randint(100, 999)}"
    vs = no if no.isdigit() else digits(rng, 8, True)
    fd = (lambda x: long_date(x, "cs")) if i == 3 else (lambda x: f"{x.day}. {x.month}. {x.year}")
    due = d + dt.timedelta(days=rng.choice([14, 21, 30]))
    duzp = d - dt.timedelta(days=rng.randint(0, 10))
    po = [f"OBJ-{rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500, 4599)}{digits(rng, 4)}", None, f"N{rng.randint(10, 99)}/{d.year}"][i]
    acct = f"{digits(rng, 9, True)}/{rng.choice(['0800', '0100', '0300', '2010'])}"
    ib = iban("CZ", acct.split("/")[1] + "000000" + acct.split("/")[0].rjust(10, "0"))
    k = lambda x: sp(x)  # noqa: E731
    split = rng.randint(12, 14)
    vlozka = rng.randint(10000, 99999)

    def header(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 2.5, "F")
        txt(pdf, 14, 9, vname, 12.5, "B", color=color)
        txt(pdf, 14, 15, f"{va1}, {va2}", 8)
        txt(pdf, 120, 9, "FAKTURA – DAŇOVÝ DOKLAD", 11.5, "B", w=76, align="R")
        txt(pdf, 120, 15, f"č. {no}", 10, "B", w=76, align="R")
        txt(pdf, 14, 287, f"Strana {page} / 2", 7, w=182, align="R", color=(110, 110, 110))
        txt(pdf, 14, 287, f"Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka {vlozka}.", 6.4, color=(110, 110, 110))

    cols = [("Kód", 16, "L"), ("Označení dodávky", 72, "L"), ("Množství", 18, "R"), ("MJ", 11, "L"), ("Cena za MJ", 24, "R"), ("DPH %", 13, "R"), ("Celkem bez DPH", 28, "R")]
    codes = [f"{rng.randint(100, 999)}-{rng.randint(10, 99)}" for _ in items]

    def rows_of(part, start):
        return [[codes[start + j], x["desc"], qstr(x["qty"]), x["unit"], k(x["price"]), str(x["rate"]), k(x["amount"])] for j, x in enumerate(part)]

    def render(path):
        pdf = new_fpdf(creator="POHODA")
        pdf.add_page()
        header(pdf, 1)
        # supplier and customer, labels beside values
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 22, 88, 34)
        txt(pdf, 16, 23.5, "Dodavatel", 7.2, color=(100, 100, 100))
        txt(pdf, 16, 27.5, vname, 9, "B")
        txt(pdf, 16, 32, va1, 8)
        txt(pdf, 16, 36, va2, 8)
        kv(pdf, 16, 41, [("IČO:", ico_v), ("DIČ:", dic_v), ("Účet:", acct)], wl=14, wv=50, size=8, step=4.2, align="L")
        pdf.rect(108, 22, 88, 34)
        txt(pdf, 110, 23.5, "Odběratel", 7.2, color=(100, 100, 100))
        txt(pdf, 110, 27.5, bname, 9, "B")
        txt(pdf, 110, 32, baddr, 8)
        kv(pdf, 110, 41, [("IČO:", ico_b), ("DIČ:", dic_b)], wl=14, wv=50, size=8, step=4.2, align="L")
        facts = [("Datum vystavení:", fd(d)), ("Datum zdan. plnění:", fd(duzp)), ("Datum splatnosti:", fd(due)), ("Forma úhrady:", "převodním příkazem")]
        facts2 = [("Variabilní symbol:", vs), ("Konstantní symbol:", "0308"), ("Objednávka č.:", po or "—"), ("IBAN:", iban_fmt(ib))]
        kv(pdf, 14, 60, facts, wl=34, wv=54, size=8.2, step=4.6, align="L")
        kv(pdf, 108, 60, facts2, wl=32, wv=56, size=8.2, step=4.6, align="L")
        txt(pdf, 14, 80, "Fakturujeme Vám za dodané zboží a služby:", 8.4)
        part1 = items[:split]
        y = table(pdf, 14, 85, cols, rows_of(part1, 0), size=7.8, rowh=5.8, line_color=(190, 190, 190))
        carried = sum(x["amount"] for x in part1)
        pdf.set_draw_color(60, 60, 60)
        pdf.line(14, y + 1, 196, y + 1)
        txt(pdf, 14, y + 3, "Převod na další stranu", 8.6, "B")
        txt(pdf, 150, y + 3, k(carried), 8.6, "B", w=44, align="R")
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 14, 24, "Převod z předchozí strany", 8.6, "B")
        txt(pdf, 150, 24, k(carried), 8.6, "B", w=44, align="R")
        y = table(pdf, 14, 30, cols, rows_of(items[split:], split), size=7.8, rowh=5.8, line_color=(190, 190, 190))
        # recapitulation and totals
        y += 8
        txt(pdf, 14, y, "Rekapitulace DPH v Kč", 8.4, "B")
        rc = [("Sazba", 20, "L"), ("Základ", 30, "R"), ("DPH", 26, "R"), ("Celkem", 30, "R")]
        y2 = table(pdf, 14, y + 5, rc, [[f"{r} %", k(b), k(v), k(b + v)] for r, b, v in rec], size=7.8, rowh=5.4, line_color=(150, 150, 150))
        kv(pdf, 126, y + 5, [("Celkem bez DPH:", k(net)), ("DPH celkem:", k(tax))], wl=34, wv=36, size=8.6, step=5.4, color=(40, 40, 40))
        pdf.set_fill_color(*color)
        pdf.rect(112, y + 17, 84, 9, "F")
        txt(pdf, 114, y + 19, "Celkem k úhradě:", 10, "B", color=(255, 255, 255))
        txt(pdf, 150, y + 19, f"{k(total)} Kč", 10, "B", w=44, align="R", color=(255, 255, 255))
        y = max(y2, y + 28) + 8
        para(pdf, 14, y, 182, f"Při platbě uveďte variabilní symbol {vs}. Za prodlení s úhradou účtujeme smluvní pokutu 0,05 % z dlužné částky za každý den prodlení. Zboží zůstává až do úplného zaplacení majetkem dodavatele.", 7.6, h=3.9, color=(70, 70, 70))
        txt(pdf, 14, y + 16, f"Vystavil: {rng.choice(['Jana Nováková', 'Petr Dvořák', 'Lenka Horáková', 'Martin Krejčí'])}", 8)
        pdf.output(path)

    notes = (
        "Kroměříž (Zlín Region, Czechia) FAKTURA – DAŇOVÝ DOKLAD in Czech OVER TWO PAGES: the running sum 'Převod na další stranu' at the foot of page 1 and 'Převod z předchozí strany' at the head of page 2 (decoys), 'Strana n / 2', RULES BETWEEN ROWS only, labels beside values, DPH 21 % (12 % on live plants), '1 234,56' and dates "
        + ("with long month names ('12. března 2026')" if i == 3 else "'12. 3. 2026'")
        + ": vendor = 'Dodavatel'; vendor_tax_id = the supplier's 'DIČ' CZ… (its IČO inside it, the customer's IČO and DIČ, the account, IBAN, variabilní and konstantní symbol are decoys). "
        "invoice_number = 'FAKTURA – DAŇOVÝ DOKLAD č.'; invoice_date = 'Datum vystavení' (the 'Datum zdan. plnění' is a decoy). "
        + due_note(due, None, "Datum splatnosti")
        + po_note(po, "Objednávka č.")
        + "subtotal = 'Celkem bez DPH'; tax = 'DPH celkem' (the recapitulation's rows are parts); total = 'Celkem k úhradě'. Currency CZK ('Kč'). Line items: every row on both pages, its 'Celkem bez DPH'."
    )
    t = truth(vname, dic_v, no, po, d, due, "CZK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, dic_v, "Celkem k úhradě", fd(due), dic_b, "Převod na další stranu", "Strana 2 / 2"]}
    return t, chk, render
