"""fpdf2 styles for set 62, first part (06 Seinäjoki LASKU in Finnish with a tinted LEFT SIDEBAR whose labels stand in
small capitals ABOVE the values, long descriptions WRAPPED over two or three lines, three of four over TWO PAGES with
the totals on the second, ALV 25,5 %, the order inside a 'Viitteenne' line; 07 Paarl pharmacy receipt / BELASTINGFAKTUUR
- TAX INVOICE in Afrikaans and English on an 80 mm TILL ROLL, prices including VAT 15 %, a loyalty DISCOUNT row on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fi_viite, group4, rand_iban, za_vat
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, txt, valid
from kit_common import bars_fpdf, due_note, lines, para, truth, wrap
from stdnum.fi import alv

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Seinäjoki (ALV 25,5, EUR), left sidebar, small caps above, two pages
SJ_V = [
    ("Lakeuden Maatalouskone Oy", "Kalevankatu 41", "60100 Seinäjoki", (222, 234, 226), (38, 84, 52)),
    ("Pohjanmaan Talous ja Neuvonta Oy", "Koulukatu 22 B", "60100 Seinäjoki", (228, 232, 242), (40, 56, 104)),
    ("Törnävän Puusepät Oy", "Törnäväntie 9", "60200 Seinäjoki", (242, 232, 220), (110, 62, 24)),
    ("Kyrönjoen Kylmätekniikka Oy", "Teollisuustie 17", "60100 Seinäjoki", (226, 238, 242), (20, 86, 110)),
]
SJ_B = [
    ("Ylistaron Maitotila Mäkelä", "Mäkeläntie 118", "61400 Ylistaro"),
    ("Seinäjoen Ammattikorkeakoulu Oy", "Kampusranta 11", "60320 Seinäjoki"),
    ("As Oy Joupinkeidas", "c/o Isännöinti Lakeus Oy, Vapaudentie 38", "60100 Seinäjoki"),
    ("Lapuan Osuusmeijeri", "Meijerikuja 2", "62100 Lapua"),
]
SJ_ROWS = [
    [("Traktorin määräaikaishuolto 1 000 h, sisältää öljyt, suodattimet ja voitelun sekä vikakoodien luennan", "h", 2, 9, 68, 92),
     ("Hydrauliletkun vaihto etukuormaajaan, letku valmistettu mittojen mukaan", "kpl", 1, 6, 45, 140),
     ("Puimurin leikkuupöydän terien vaihto ja säätö", "h", 2, 12, 68, 92), ("Kylvökoneen vannasosien uusiminen, osat ja työ", "kpl", 2, 24, 18, 64),
     ("Matkakulut huoltoautolla tilalle ja takaisin", "km", 20, 180, 1, 2), ("Hitsaustyö, perävaunun aisan korjaus", "h", 1, 6, 72, 96),
     ("Öljynvaihto, moottoriöljy 15W-40", "l", 10, 60, 5, 9), ("Renkaan paikkaus ja tasapainotus", "kpl", 1, 4, 35, 90),
     ("Paineilmajarrujen tarkastus ja säätö", "h", 1, 5, 68, 92), ("Ilmansuodatin, alkuperäisosa", "kpl", 1, 4, 38, 120),
     ("Vikadiagnostiikka tietokoneella", "h", 1, 3, 85, 110), ("Pienosat ja tarvikkeet", "erä", 1, 1, 12, 60)],
    [("Tilinpäätöksen laadinta ja liitetietojen kokoaminen tilikaudelta", "h", 4, 20, 85, 140),
     ("Kirjanpito, kuukausittaiset tositteet ja täsmäytykset, kausi 1-3", "h", 6, 30, 58, 78),
     ("Palkanlaskenta ja tulorekisteri-ilmoitukset", "kpl", 3, 40, 9, 16), ("Arvonlisäveroilmoitukset OmaVero-palveluun", "kpl", 1, 3, 45, 75),
     ("Hallituksen kokouksen valmistelu ja pöytäkirjan laadinta", "h", 1, 6, 95, 140), ("Veroneuvonta, sukupolvenvaihdos", "h", 1, 8, 120, 180),
     ("Investointilaskelma uudesta tuotantolinjasta, kolme vaihtoehtoa", "h", 2, 12, 95, 150), ("Sähköinen arkistointi, vuosimaksu", "kpl", 1, 1, 90, 240),
     ("Tilintarkastajan kysymyksiin vastaaminen", "h", 1, 6, 85, 120), ("Budjetointipalaveri toimitusjohtajan kanssa", "h", 1, 4, 95, 140),
     ("Matkakulut asiakkaan luokse", "km", 10, 120, 1, 1), ("Pankkiyhteysohjelmiston käyttömaksu", "kk", 1, 3, 12, 25)],
    [("Keittiön alakaapit, tammiviilu, mittatilaustyönä, sisältää saranat ja vetimet", "kpl", 2, 8, 240, 690),
     ("Työtason valmistus ja asennus, massiivikoivu 40 mm", "jm", 2, 8, 180, 320),
     ("Porrashuoneen kaiteen korjaus ja maalaus", "h", 2, 14, 48, 62), ("Ikkunapuitteiden kunnostus, vanhan maalin poisto ja pohjamaalaus", "kpl", 2, 20, 65, 140),
     ("Ulko-oven vaihto, lämpöeristetty, asennus ja listoitus", "kpl", 1, 3, 680, 1450), ("Saunan lauteiden uusiminen, haapa", "jm", 2, 10, 95, 160),
     ("Kynnyspuun vaihto", "kpl", 1, 6, 35, 90), ("Jätteiden kuljetus ja kierrätysmaksut", "erä", 1, 1, 40, 180),
     ("Listoitus ja viimeistelytyöt", "h", 2, 12, 48, 62), ("Kaapinovien säätö", "h", 1, 4, 48, 62)],
    [("Kylmähuoneen kompressorin vaihto, kylmäaine R449A, vuototarkastus ja käyttöönotto", "kpl", 1, 2, 2400, 5200),
     ("Kylmäaineen talteenotto ja hävitys", "kg", 2, 18, 22, 48), ("Höyrystimen puhaltimen moottori", "kpl", 1, 4, 180, 460),
     ("Asentajan työ, arkipäivä", "h", 2, 24, 68, 86), ("Asentajan työ, ylityö ja päivystys", "h", 1, 10, 110, 150),
     ("Lämpötilavalvonnan etäyhteys, kuukausimaksu", "kk", 1, 12, 18, 39), ("Vuototarkastus ja pöytäkirja F-kaasuasetuksen mukaisesti", "kpl", 1, 4, 95, 180),
     ("Matkakulut", "km", 20, 200, 1, 1), ("Ovitiivisteiden vaihto", "jm", 2, 12, 24, 48), ("Ohjauskeskuksen ohjelmistopäivitys", "kpl", 1, 1, 120, 260)],
]


def _sc(pdf, x, y, label, value, w, col, vsize=9.2):
    """A label in small capitals above its value; returns the y below."""
    txt(pdf, x, y, label.upper(), 5.8, "B", font="DVC", color=col)
    lines_ = value.split("\n")
    for k, ln in enumerate(lines_):
        txt(pdf, x, y + 3.2 + k * 4.2, ln, vsize, "", font="DV", w=w)
    return y + 3.2 + len(lines_) * 4.2 + 2.6


@style("06", "fi_sei_seinajoki_lasku_alv_25_5_sidebar_left_smallcaps_two_pages")
def s06(rng, i):
    vname, vstreet, vcity, tint, col = SJ_V[i]
    bname, bstreet, bcity = SJ_B[i]
    d = rand_date(rng)
    n = [6, 16, 15, 16][i]
    items = lines(rng, SJ_ROWS[i] * 2, n, D("0.05") if i != 1 else D("0.50"))
    for x in items:
        x["rate"] = D("25.5")
        x["wo"] = f"Työmääräin {rng.randint(1000, 9999)} · {(d - dt.timedelta(days=rng.randint(2, 40))).strftime('%d.%m.')}"
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("25.5") / 100)
    total = net + tax
    yt = valid(rng, lambda: digits(rng, 8, True), lambda s: alv.is_valid("FI" + s))
    vid = "FI" + yt
    ytun = f"{yt[:7]}-{yt[7]}"
    no = [str(rng.randint(10000, 99999)), f"{d.year}{rng.randint(100, 999)}", str(rng.randint(2000, 9999)), f"{rng.randint(100000, 999999)}"][i]
    viite = fi_viite(no + str(rng.randint(1, 9)))
    fd = lambda x: f"{x.day}.{x.month}.{x.year}"  # noqa: E731
    term = rng.choice([14, 14, 21, 30])
    due = d + dt.timedelta(days=term)
    po = [f"{rng.randint(4500000, 4599999)}", None, f"TIL-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    contact = rng.choice(["Matti Mäkelä", "Sari Hietala", "Juha Koskinen", "Anne Rinta-Kauppila"])
    viitteenne = f"Tilaus {po} / {contact}" if po else contact
    delivery = d - dt.timedelta(days=rng.randint(1, 12))
    ibanv = rand_iban(rng, "FI", 14, rng.choice(["5000", "1234", "4710"]))
    heights = [(len(wrap(x["desc"], 37).split("\n")) + 1) * 3.7 + 2.6 for x in items]
    first, y_ = 0, 81.5
    while first < len(items) and y_ + heights[first] < 266:
        y_ += heights[first]
        first += 1
    if first == len(items) and y_ > 230:  # the rows fit, the totals do not: the last rows go over with them
        first -= 2
    pages = 1 if first == len(items) else 2

    def sidebar(pdf, page):
        pdf.set_fill_color(*tint)
        pdf.rect(0, 0, 58, 297, "F")
        y = 14
        txt(pdf, 8, y, "LASKU", 17, "B", font="DV", color=col)
        y += 11
        rows = [("Laskun numero", no), ("Laskun päiväys", fd(d)), ("Eräpäivä", fd(due)), ("Maksuehto", f"{term} pv netto"), ("Viitenumero", viite),
                ("Viitteenne", viitteenne), ("Toimituspäivä", fd(delivery)), ("Y-tunnus", ytun), ("ALV-numero", vid),
                ("Tilinumero (IBAN)", group4(ibanv)), ("BIC", rng.choice(["OKOYFIHH", "NDEAFIHH", "DABAFIHH"])), ("Viivästyskorko", "11,5 %")]
        if page == 2:
            rows = rows[:3]
        for label, value in rows:
            v = value if len(value) < 24 else wrap(value, 22)
            y = _sc(pdf, 8, y, label, v, 48, col, 8.6)
        txt(pdf, 8, 283, f"Sivu {page} / {pages}", 7.4, "B", color=col)

    def render(path):
        pdf = new_fpdf(creator="Netvisor")
        cols = [("Nro", 9, "L"), ("Kuvaus", 58, "L"), ("Määrä", 14, "R"), ("Yks.", 10, "L"), ("À-hinta", 18, "R"), ("ALV %", 13, "R"), ("Yhteensä", 20, "R")]

        def head(y):
            pdf.set_draw_color(*col)
            cx = 64
            for t_, w, al in cols:
                txt(pdf, cx + 0.8, y, t_, 7.2, "B", font="DVC", align=al, w=w - 1.6, color=col)
                cx += w
            pdf.line(64, y + 4.6, 64 + sum(c[1] for c in cols), y + 4.6)
            return y + 6.5

        def row(y, k, x):
            parts = [*wrap(x["desc"], 37).split("\n"), x["wo"]]
            vals = [f"{k}", None, qstr(x["qty"]).replace(".", ","), x["unit"], sp(x["price"]), "25,5", sp(x["amount"])]
            cx = 64
            for (_t, w, al), v in zip(cols, vals, strict=True):
                if v is None:
                    for m, p in enumerate(parts):
                        last = m == len(parts) - 1
                        txt(pdf, cx + 0.8, y + m * 3.7, p, 6.8 if last else 7.9, "I" if last else "", font="DV", w=w - 1.6, color=(110, 110, 110) if last else (0, 0, 0))
                else:
                    txt(pdf, cx + 0.8, y, v, 7.9, font="DV", align=al, w=w - 1.6)
                cx += w
            h = max(1, len(parts)) * 3.7 + 2.6
            pdf.set_draw_color(215, 215, 215)
            pdf.line(64, y + h - 1.2, 64 + sum(c[1] for c in cols), y + h - 1.2)
            return y + h

        pdf.add_page()
        sidebar(pdf, 1)
        txt(pdf, 64, 14, vname, 13, "B", color=col)
        txt(pdf, 64, 20.5, f"{vstreet}, {vcity}", 8.4)
        txt(pdf, 64, 24.8, f"puh. 06 {digits(rng, 3)} {digits(rng, 4)} · laskutus@{vname.split()[0].lower().replace('ä', 'a').replace('ö', 'o')}.fi", 8.4, color=(90, 90, 90))
        txt(pdf, 64, 40, "LASKUTETAAN", 6, "B", font="DVC", color=col)
        para(pdf, 64, 44, 80, f"{bname}\n{bstreet}\n{bcity}", 9.2, h=4.4)
        if i == 3:
            txt(pdf, 150, 40, "ASIAKKAAN Y-TUNNUS", 6, "B", font="DVC", color=col)
            txt(pdf, 150, 44, f"{digits(rng, 7, True)}-{rng.randint(0, 9)}", 9)
        y = para(pdf, 64, 66, 138, rng.choice(["Kiitämme tilauksestanne. Laskutamme suoritetut työt ja toimitetut tarvikkeet seuraavasti.", "Laskutamme sopimuksen mukaisesti seuraavat työt ja tarvikkeet."]), 8.4) + 4
        y = head(y)
        for k, x in enumerate(items[:first], 1):
            y = row(y, k, x)
        if pages == 2:
            txt(pdf, 64, y + 2, "Jatkuu seuraavalla sivulla …", 7.6, "I", color=(90, 90, 90))
            pdf.add_page()
            sidebar(pdf, 2)
            txt(pdf, 64, 14, f"{vname} · lasku {no} · jatkoa", 9, "B", color=col)
            y = head(24)
            for k, x in enumerate(items[first:], first + 1):
                y = row(y, k, x)
        y += 6
        x0 = 130
        txt(pdf, x0, y, "Veroton yhteensä", 8.8)
        txt(pdf, x0 + 40, y, sp(net), 8.8, align="R", w=30)
        txt(pdf, x0, y + 5.2, "ALV 25,5 %", 8.8)
        txt(pdf, x0 + 40, y + 5.2, sp(tax), 8.8, align="R", w=30)
        pdf.set_draw_color(*col)
        pdf.line(x0, y + 10.6, x0 + 70, y + 10.6)
        txt(pdf, x0, y + 12, "Yhteensä EUR", 10.5, "B", color=col)
        txt(pdf, x0 + 36, y + 12, sp(total), 10.5, "B", align="R", w=34, color=col)
        para(pdf, 64, y + 24, 138, f"Maksaessanne käyttäkää viitenumeroa {viite}. Huomautukset 8 päivän kuluessa laskun päiväyksestä. Viivästyskorko korkolain mukaan.", 7.6, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Seinäjoki (Finland) LASKU in Finnish with a tinted LEFT SIDEBAR whose labels stand in SMALL CAPITALS ABOVE the values, item descriptions WRAPPED over two or three lines, "
        + "each with its work order and date in grey (decoys), "
        + ("one page" if pages == 1 else f"TWO PAGES ({first} rows on the first, the rest and the totals on the second, 'Sivu 1 / 2'; the sidebar's first facts repeat on page 2)")
        + ", ALV 25,5 %, '1 234,56': vendor = the name at the top of the main column; vendor_tax_id = 'ALV-numero' (FI + the Y-tunnus's digits; the 'Y-tunnus' with its hyphen, the viitenumero, the IBAN"
        + (", the customer's Y-tunnus" if i == 3 else "") + " are decoys). "
        "invoice_number = 'Laskun numero'; invoice_date = 'Laskun päiväys' (the 'Toimituspäivä' is a decoy). "
        + due_note(due, None, "Eräpäivä")
        + (f"po_number = the order inside 'Viitteenne' ('Tilaus {po} / {contact}'). " if po else "No PO ('Viitteenne' names only the contact). ")
        + "subtotal = 'Veroton yhteensä'; tax = 'ALV 25,5 %'; total = 'Yhteensä EUR'. Currency EUR. Line items: every row, without ALV."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Yhteensä EUR", fd(due), viite, ytun, f"Sivu 2 / {pages}" if pages == 2 else None]}
    return t, chk, render


# =========================================================================== 07 Paarl (VAT 15 incl., ZAR), pharmacy till roll 80 mm
PA_V = [
    ("Hoofstraat Apteek", "Boland Apteke (Edms) Bpk", "Hoofstraat 214, Paarl, 7646"),
    ("Drakenstein Pharmacy", "Drakenstein Health Retail (Pty) Ltd", "Lady Grey Street 38, Paarl, 7646"),
    ("Paarlberg Apteek", "Paarlberg Farmaseutiese Dienste BK", "Paarl Mall, Cecilia Street, Paarl, 7646"),
    ("Wellington Road Pharmacy", "Berg River Pharmacy Group (Pty) Ltd", "Wellington Road 12, Paarl East, 7646"),
]
PA_ROWS = [
    ("Panado 500mg 24 tabl", "ea", 1, 3, 28, 49), ("Vitamien C 1000mg 30", "ea", 1, 2, 89, 159), ("Corenza C 10 tabl", "ea", 1, 2, 54, 79),
    ("Betadine keelspuit 50ml", "ea", 1, 2, 79, 119), ("Elastoplast pleisters 20", "ea", 1, 3, 34, 59), ("Voorskrif: Amoxil 500mg 15", "ea", 1, 1, 85, 240),
    ("Bloeddruk toets", "ea", 1, 1, 45, 90), ("Sonskerm SPF50 200ml", "ea", 1, 2, 129, 229), ("Handreiniger 500ml", "ea", 1, 4, 39, 69),
    ("Baba doeke 64", "ea", 1, 4, 45, 79), ("Probiotika 30 kaps", "ea", 1, 2, 149, 289), ("Griepinspuiting 2026", "ea", 1, 2, 120, 190),
]


@style("07", "za_paa_paarl_apteek_till_80mm_vat_15_incl_discount")
def s07(rng, i):
    trade, legal, addr = PA_V[i]
    d = rand_date(rng)
    tm = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    items = lines(rng, PA_ROWS, [5, 3, 6, 4][i], D("0.01"))
    for x in items:
        x["price"] = D(int(x["price"])) + D(rng.choice(["0.99", "0.95", "0.50", "0.00"]))
        x["amount"] = q2(x["qty"] * x["price"])
    disc = None
    if i in (1, 2):
        pct = rng.choice([5, 10])
        dv = -q2(sum(x["amount"] for x in items) * pct / 100)
        disc = {"desc": f"Lojaliteitsafslag / Loyalty disc {pct}%", "unit": "", "qty": None, "price": dv, "amount": dv, "show_qty": False}
        items.append(disc)
    total = sum(x["amount"] for x in items)
    tax = q2(total * 15 / 115)
    net = total - tax
    vid = za_vat(rng)
    fmt = sp if i in (0, 2) else en
    no = [f"{rng.randint(1, 9):02d}-{rng.randint(100000, 999999)}", f"INV{rng.randint(1000000, 9999999)}", f"T3/{rng.randint(10000, 99999)}", f"{rng.randint(100000000, 999999999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d.%m.%Y")][i]
    card = i in (0, 3)
    tender = total if card else q2(D((int(total) // 50 + 1) * 50))
    bvat = za_vat(rng) if i == 3 else None
    W = 42  # characters per line

    def lr(a, b):
        return a + " " * max(1, W - len(a) - len(b)) + b

    body = []
    body.append(("C", "BELASTINGFAKTUUR / TAX INVOICE", True))
    body.append(("L", lr("Faktuur nr/Invoice:", no), False))
    body.append(("L", lr("Datum/Date:", f"{fd(d)} {tm}"), False))
    body.append(("L", lr("Kasregister/Till:", f"{rng.randint(1, 6)}   Kassier: {rng.choice(['Anri', 'Thandi', 'Riaan', 'Lee-Ann'])}"), False))
    if bvat:
        body.append(("L", lr("Rekeningklient:", f"ACC{rng.randint(1000, 9999)}"), False))
        body.append(("L", lr("Klient BTW nr/Cust VAT:", bvat), False))
    body.append(("L", "-" * W, False))
    for x in items:
        if x is disc:
            body.append(("L", lr(x["desc"], fmt(x["amount"])), False))
            continue
        body.append(("L", x["desc"][:W], False))
        body.append(("L", lr(f"   {qstr(x['qty'])} x {fmt(x['price'])}", fmt(x["amount"])), False))
    body.append(("L", "=" * W, False))
    body.append(("L", lr("TOTAAL / TOTAL  R", fmt(total)), True))
    body.append(("L", lr("Totaal uitsl. BTW / Excl. VAT", fmt(net)), False))
    body.append(("L", lr("BTW ingesluit / VAT incl. 15%", fmt(tax)), False))
    body.append(("L", "-" * W, False))
    if card:
        body.append(("L", lr("KAART / CARD", fmt(total)), False))
        body.append(("L", lr("Kaart/Card:", f"**** **** **** {digits(rng, 4)}"), False))
        body.append(("L", lr("Magtiging/Auth:", digits(rng, 6)), False))
    else:
        body.append(("L", lr("KONTANT / CASH", fmt(tender)), False))
        body.append(("L", lr("KLEINGELD / CHANGE", fmt(tender - total)), False))
    body.append(("L", lr("Items:", str(sum(int(x["qty"]) for x in items if x is not disc))), False))
    body.append(("L", lr("Punte verdien/Points earned:", str(int(total) // 10)), False))
    body.append(("L", "", False))
    body.append(("C", "Goedere word nie teruggeneem nie.", False))
    body.append(("C", "Medicine cannot be returned.", False))
    body.append(("C", "Dankie! Thank you!", False))
    H = 44 + len(body) * 3.7 + 24

    def render(path):
        pdf = new_fpdf("P", (80, H), creator="Dispensary POS 9.4")
        pdf.add_page()
        y = 5
        txt(pdf, 4, y, trade.upper(), 11, "B", font="Mono", align="C", w=72)
        y += 6
        for s in (legal, addr, f"Tel 021 {digits(rng, 3)} {digits(rng, 4)}", f"BTW nr / VAT No: {vid}", f"Reg nr {rng.randint(1990, 2019)}/{digits(rng, 6)}/{rng.choice(['07', '23'])}", f"Apteker: {rng.choice(['M. du Toit', 'S. Naidoo', 'J. Fourie'])} B.Pharm"):
            txt(pdf, 4, y, s, 7.2, font="Mono", align="C", w=72)
            y += 3.5
        y += 2
        for al, s, bold in body:
            txt(pdf, 4, y, s, 7.4, "B" if bold else "", font="Mono", align=al, w=72)
            y += 3.7
        bars_fpdf(pdf, rng, 12, y + 2, 56, 9)
        txt(pdf, 4, y + 12, no, 7, font="Mono", align="C", w=72)
        pdf.output(path)

    notes = (
        f"Paarl (South Africa) pharmacy receipt / BELASTINGFAKTUUR - TAX INVOICE in Afrikaans and English on an 80 mm TILL ROLL, monospace, prices INCLUDING VAT 15 %, '{fmt(D('1234.56'))}': "
        "vendor = the legal name under the trading name (the trading name in capitals at the top is the shop's sign); vendor_tax_id = 'BTW nr / VAT No' (10 digits from 4; the company registration number"
        + (", the account customer's VAT number" if bvat else "") + " are decoys). "
        "invoice_number = 'Faktuur nr/Invoice'; invoice_date = 'Datum/Date' (with the time). No due date (a paid receipt, null). No PO. "
        "subtotal = 'Totaal uitsl. BTW / Excl. VAT'; tax = 'BTW ingesluit / VAT incl. 15%'; total = 'TOTAAL / TOTAL R'. Currency ZAR ('R'). "
        "Line items: every item (VAT-inclusive amounts)" + (" and the loyalty DISCOUNT row (negative, no quantity)" if disc else "")
        + "; they sum to the total. Card or cash tendered, change, points earned and the card digits are decoys."
    )
    t = truth(legal, vid, no, None, d, None, "ZAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, legal, vid, "TOTAAL / TOTAL", bvat, fmt(tender - total) if not card else None]}
    return t, chk, render
