"""fpdf2 styles for set 52, first part (06 Esbjerg FAKTURA in Danish on a LANDSCAPE page with the facts in a strip of
boxes, each LABEL ABOVE its value, moms 25 % and 'kr.'; 07 Jyväskylä LASKU as a LETTER in Finnish with the facts and
sums in RUNNING SENTENCES, two with NO TABLE, ALV 25,5 % and 14 % / 13,5 %; 08 Huye tax invoice in English with item
descriptions WRAPPED over several lines, VAT 18 % in whole francs, two over TWO PAGES with the totals on page 2 and an
advance deducted below the total on one)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, pct, rand_iban
from invoice_kit import de, digits, en, iban, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, lines, para, po_note, totals, truth, wrap
from stdnum.dk import cvr
from stdnum.fi import ytunnus

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Esbjerg (moms 25 %, DKK), landscape, labels above
EB_V = [
    ("Esbjerg Havneservice ApS", "Auktionsgade 8, 6700 Esbjerg", (3, 105, 161)),
    ("Vestkystens Fiskeeksport A/S", "Fiskerihavnsgade 14, 6700 Esbjerg", (15, 118, 110)),
    ("Offshore Værktøj Danmark ApS", "Kanalen 3, 6700 Esbjerg", (180, 83, 9)),
    ("Tømrerfirmaet Jerne & Søn ApS", "Jernevej 112, 6710 Esbjerg V", (87, 83, 78)),
]
EB_B = [("North Sea Crew Boats Ltd", "Aberdeen, UK"), ("Fiskegrossisten Hirtshals A/S", "Havnegade 5, 9850 Hirtshals"), ("Ørsted Wind Power A/S, indkøb", "Kraftværksvej 53, 7000 Fredericia"), ("Boligforeningen Ungdomsboliger Esbjerg", "Stormgade 30, 6700 Esbjerg")]
EB_ROWS = [
    [("Kajleje pr. døgn, fartøj < 40 m", "døgn", 1, 14, "650.00", "1400.00"), ("Ferskvand, m³", "m³", 5, 80, "45.00", "75.00"), ("Affaldshåndtering, container", "stk", 1, 6, "850.00", "1600.00"), ("Landstrøm, kWh", "kWh", 200, 4000, "2.80", "4.20"), ("Fortøjning/losning", "stk", 1, 6, "750.00", "1350.00")],
    [("Torsk, hel, sløjet, kg", "kg", 100, 1200, "38.00", "62.00"), ("Rødspættefilet, kg", "kg", 50, 600, "85.00", "130.00"), ("Fiskekasser, retur-pant", "stk", 20, 200, "25.00", "40.00"), ("Isning og pakning", "kasse", 20, 200, "12.00", "22.00"), ("Kølebil Esbjerg–Hirtshals", "tur", 1, 2, "2800.00", "4200.00")],
    [("Momentnøgle 3/4\", 100–600 Nm", "stk", 1, 6, "1850.00", "3900.00"), ("Hydraulisk boltstrammer, leje pr. uge", "uge", 1, 6, "4200.00", "7800.00"), ("Løfteåg 5 t, certificeret", "stk", 1, 2, "6500.00", "12000.00"), ("Faldsikringssele", "stk", 2, 20, "980.00", "1650.00"), ("Kalibreringscertifikat", "stk", 1, 8, "450.00", "900.00"), ("Fragt offshore-base", "tur", 1, 2, "650.00", "1400.00")],
    [("Tømrerarbejde, svend", "time", 8, 120, "465.00", "545.00"), ("Lærling", "time", 8, 80, "245.00", "310.00"), ("Vinduer 3-lags, 120 x 140", "stk", 2, 16, "4200.00", "6800.00"), ("Gipsplader, fugning og spartel", "m²", 10, 160, "185.00", "290.00"), ("Kørsel", "tur", 1, 12, "250.00", "350.00"), ("Bortskaffelse af affald", "stk", 1, 3, "950.00", "1800.00")],
]


@style("06", "dk_ebj_esbjerg_faktura_moms_25_landscape_labels_above")
def s06(rng, i):
    vname, vaddr, color = EB_V[i]
    bname, baddr = EB_B[i]
    d = rand_date(rng)
    items = lines(rng, EB_ROWS[i], [4, 5, 3, 6][i], D("0.25"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 8, True), cvr.is_valid)
    bcvr = valid(rng, lambda: digits(rng, 8, True), cvr.is_valid) if i != 0 else None
    no = [f"{rng.randint(20000, 29999)}", f"F{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 199999)}", f"{d.strftime('%y')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "da"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([8, 14, 30])) if i != 1 else None
    od = d - dt.timedelta(days=rng.randint(3, 20))
    po = [f"PO {rng.randint(40000, 49999)}", None, f"{rng.randint(4500000000, 4509999999)}", f"Sag {rng.randint(100, 999)}"][i]
    kunde = f"{rng.randint(1000, 9999)}"
    ean = "57" + digits(rng, 11) if i == 3 else None
    reg, kto = f"{rng.randint(1000, 9999)}", digits(rng, 10)
    ib = iban("DK", reg + kto)
    fik = f"+71< {digits(rng, 15)}+ {digits(rng, 8)}<" if due else None

    def render(path):
        pdf = new_fpdf("L", creator="e-conomic")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 6, "F")
        txt(pdf, 15, 11, vname, 15, "B", color=color)
        txt(pdf, 15, 18, f"{vaddr} · Tlf. +45 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · CVR-nr. {vid}", 8.2, color=(60, 60, 60))
        txt(pdf, 240, 11, "FAKTURA", 20, "B", align="R", w=42)
        para(pdf, 15, 27, 100, f"{bname}\n{baddr}" + (f"\nCVR-nr. {bcvr}" if bcvr else "") + (f"\nEAN-nr. {ean}" if ean else ""), 8.8, h=4.4)
        cells = [("Fakturanr.", no), ("Fakturadato", fd(d)), ("Ordredato", fd(od)), ("Kundenr.", kunde)]
        if po:
            cells.append(("Jeres ref./rekv.", po))
        cells.append(("Forfaldsdato", fd(due)) if due else ("Betaling", "Betalt – MobilePay"))
        x = 130
        w = 152 / len(cells)
        pdf.set_draw_color(170, 170, 170)
        for k, v in cells:
            pdf.rect(x, 27, w, 13)
            txt(pdf, x + 1.5, 28.5, k, 6.8, color=(110, 110, 110))
            txt(pdf, x + 1.5, 33.5, v, 8.6, "B")
            x += w
        cols = [("Varenr.", 24, "L"), ("Beskrivelse", 118, "L"), ("Antal", 22, "R"), ("Enhed", 20, "R"), ("Stk.pris", 32, "R"), ("Beløb", 36, "R")]
        rows = [[f"{rng.randint(1000, 9999)}", x["desc"], qstr(x["qty"]).replace(".", ","), x["unit"], de(x["price"]), de(x["amount"])] for x in items]
        y = table(pdf, 15, 52, cols, rows, size=8.4, rowh=6.2, header_fill=(241, 245, 249), line_color=(210, 210, 210))
        y2 = totals(pdf, 190, y + 6, [("Subtotal ekskl. moms", de(net), False), ("Moms 25 %", de(tax), False), ("Total DKK", de(total), True)], wl=50, wv=42, size=9, line=color)
        pay = (f"Betalingsbetingelser: netto {(due - d).days} dage. Beløbet bedes indbetalt senest {fd(due)} på reg.nr. {reg} konto {kto} (IBAN {group4(ib)}) eller via FI-kort {fik}."
               if due else "Fakturaen er betalt via MobilePay ved levering. Tak for handlen.")
        para(pdf, 15, y + 8, 160, pay + " Ved betaling efter forfald tilskrives renter på 0,7 % pr. påbegyndt måned.", 8, h=4.2)
        txt(pdf, 15, max(y2, y + 30) + 6, "Alle beløb er i danske kroner.", 7.8, color=(90, 90, 90))
        txt(pdf, 15, 200, f"{vname} · {vaddr} · CVR {vid} · {rng.choice(['Danske Bank', 'Sydbank', 'Jyske Bank'])}", 7, color=(120, 120, 120))
        txt(pdf, 250, 200, "Side 1 af 1", 7.2, align="R", w=32, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Esbjerg (Denmark) FAKTURA in Danish on a LANDSCAPE A4 page with the facts in a STRIP OF BOXES, each LABEL ABOVE its value, moms 25 %, '1.234,56' DKK: "
        "vendor = the name at the top; vendor_tax_id = the 'CVR-nr.' under it (the buyer's CVR and EAN number, the bank account, IBAN and FI-kort line, the customer number are decoys). "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (the 'Ordredato' is a decoy). "
        + due_note(due, "Betalt – MobilePay", "Forfaldsdato")
        + po_note(po, "Jeres ref./rekv.")
        + "subtotal = 'Subtotal ekskl. moms'; tax = 'Moms 25 %'; total = 'Total DKK'. Currency DKK. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "DKK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bcvr, ean, "Total DKK", fd(due) if due else None, fd(od)]}
    return t, chk, render


# =========================================================================== 07 Jyväskylä (ALV 25,5 / 14 or 13,5, EUR), letter
JY_V = [
    ("Arkkitehtitoimisto Lehtola & Niemi Oy", "Kauppakatu 19 B, 40100 Jyväskylä"),
    ("Keski-Suomen Käännöspalvelu Oy", "Väinönkatu 26, 40100 Jyväskylä"),
    ("Laajavuoren Pitopalvelu Oy", "Laajavuorentie 15, 40740 Jyväskylä"),
    ("Jyväsjärven Venehuolto Oy", "Lutakonaukio 3, 40100 Jyväskylä"),
]
JY_B = [("Asunto Oy Harjun Helmi", "Harjukatu 4, 40100 Jyväskylä"), ("Jyväskylän yliopisto, kirjasto", "PL 35, 40014 Jyväskylän yliopisto"),
        ("Keski-Suomen Yrittäjät ry", "Kilpisenkatu 1, 40100 Jyväskylä"), ("Päijänne Risteilyt Oy", "Satamakatu 2, 15140 Lahti")]
JY_SERV = [
    [("kuntotutkimus ja raportti", 1200, 3200, "25.5"), ("julkisivuremontin hankesuunnittelu", 2400, 7800, "25.5"), ("työmaakokoukset (4 kpl)", 600, 1400, "25.5")],
    [("virallinen käännös, englanti–suomi, 12 sivua", 480, 960, "25.5"), ("oikoluku ja taitto", 180, 420, "25.5"), ("kiireellisyyslisä", 90, 240, "25.5")],
    [("seminaarilounas 60 hengelle", 1500, 2600, "14"), ("kahvitarjoilu kahdesti", 300, 600, "14"), ("tarjoiluhenkilökunta, 6 tuntia", 280, 520, "25.5"), ("astiavuokra", 80, 200, "25.5")],
    [("talvisäilytys, 8 m moottorivene", 550, 950, "25.5"), ("moottorin huolto ja öljynvaihto", 280, 620, "25.5"), ("pohjan pesu ja myrkkymaalaus", 320, 780, "25.5"), ("nosto ja lasku", 120, 260, "25.5")],
]


def fi_ref(base):
    """A Finnish reference number: the base digits and a 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def fi_amt(x):
    return sp(x) + " €"


@style("07", "fi_jyv_jyvaskyla_kirje_lasku_alv_25_5_14_running_text")
def s07(rng, i):
    vname, vaddr = JY_V[i]
    bname, baddr = JY_B[i]
    d = rand_date(rng)
    food = "13.5" if d >= dt.date(2026, 1, 1) else "14"
    serv = rng.sample(JY_SERV[i], [2, 3, 3, 3][i])
    items = []
    for desc, lo, hi, r in serv:
        a = D(rng.randint(lo * 4, hi * 4)) / 4
        items.append({"desc": desc, "unit": "", "qty": None, "price": None, "amount": a, "rate": food if r == "14" else r, "show_qty": False})
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 7, True) + "-" + digits(rng, 1), ytunnus.is_valid)
    no = [f"{d.year}-{rng.randint(100, 399)}", f"{rng.randint(1000, 9999)}", f"PP{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    ref = fi_ref(digits(rng, rng.randint(5, 9), True))
    due = d + dt.timedelta(days=rng.choice([14, 21, 30]))
    po = [None, f"tilaus {rng.randint(10000, 99999)}", None, f"TIL-{rng.randint(100, 999)}"][i]
    tabled = i in (1, 3)
    ib = rand_iban(rng, "FI", 14, rng.choice(["5", "1", "4"]))
    fd = (lambda x: f"{x.day}.{x.month}.{x.year}") if i != 2 else (lambda x: long_date(x, "fi"))
    wd = d - dt.timedelta(days=rng.randint(5, 25))

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 25, 18, vname, 14, "B", font="Serif")
        txt(pdf, 25, 25, vaddr + " · puh. 014 " + digits(rng, 3) + " " + digits(rng, 4), 8.4, font="Serif", color=(70, 70, 70))
        pdf.set_draw_color(60, 60, 60)
        pdf.line(25, 31, 185, 31)
        para(pdf, 25, 42, 90, f"{bname}\n{baddr}", 10, font="Serif", h=5)
        para(pdf, 120, 42, 65, f"LASKU\nJyväskylässä {fd(d)}\nLaskun numero {no}", 10, font="Serif", h=5, align="R")
        txt(pdf, 25, 66, "Laskutamme sovitusti seuraavat työt" if i != 2 else "Tilaisuuden tarjoilut", 11, "B", font="Serif")
        y = 74
        intro = (f"Kiitämme toimeksiannosta{' (' + po + ')' if po else ''}. Työt on tehty {fd(wd)} alkaen, ja laskutamme niistä seuraavasti.")
        y = para(pdf, 25, y, 160, intro, 10, font="Serif", h=5.4) + 3
        if tabled:
            cols = [("Työ", 110, "L"), ("ALV", 18, "R"), ("Veroton", 32, "R")]
            y = table(pdf, 25, y, cols, [[x["desc"].capitalize(), pct(x["rate"]) + " %", fi_amt(x["amount"])] for x in items], size=9, font="Serif", rowh=6.4) + 4
        else:
            for x in items:
                y = para(pdf, 25, y, 160, f"Laskutamme {x['desc']} yhteensä {fi_amt(x['amount'])} (veroton, ALV {pct(x['rate'])} %).", 10, font="Serif", h=5.4) + 1.5
            y += 2
        parts = " ja ".join(f"{pct(r)} %:n verokannalla {fi_amt(t)}" for r, _, t in rates)
        summ = (f"Veroton hinta on yhteensä {fi_amt(net)}. Arvonlisäveroa on {parts}, eli yhteensä {fi_amt(tax)}, "
                f"joten laskun loppusumma on {fi_amt(total)}.")
        y = para(pdf, 25, y, 160, summ, 10, font="Serif", h=5.4) + 3
        pays = (f"Pyydämme maksamaan laskun viimeistään {fd(due)} tilillemme {group4(ib)} viitenumerolla {ref}. "
                f"Viivästyskorko on korkolain mukainen. Huomautukset laskusta pyydämme tekemään kahdeksan päivän kuluessa.")
        y = para(pdf, 25, y, 160, pays, 10, font="Serif", h=5.4) + 8
        para(pdf, 25, y, 160, f"Ystävällisin terveisin\n\n{rng.choice(['Heikki Lehtola', 'Anna-Maija Niemi', 'Sari Mäkinen', 'Juha Koskinen'])}\n{vname}", 10, font="Serif", h=5.2)
        txt(pdf, 25, 280, f"{vname} · {vaddr} · Y-tunnus {vid} · Kotipaikka Jyväskylä · {rng.choice(['OP Keski-Suomi', 'Nordea', 'Danske Bank'])}", 7, font="Serif", color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Jyväskylä (Finland) LASKU as a LETTER in Finnish in a serif font with the facts and sums in RUNNING SENTENCES"
        + (", services in a small table" if tabled else ", NO TABLE (one sentence per service)")
        + f", ALV {' and '.join(pct(r) + ' %' for r, _, _ in rates)} ('1 234,56 €'; 14 % on catering before 2026, 13,5 % from 1 January 2026): "
        "vendor = the letterhead name; vendor_tax_id = the 'Y-tunnus' only in the footer (the IBAN and the viitenumero are decoys). "
        "invoice_number = 'Laskun numero'; invoice_date = the letter's date 'Jyväskylässä ...' (the date the work began is a decoy). "
        + due_note(due, None, "viimeistään ... (in the payment sentence)")
        + po_note(po, "the order in the first sentence")
        + "subtotal = 'Veroton hinta on yhteensä'; tax = 'Arvonlisäveroa ... yhteensä'; total = 'laskun loppusumma'. Currency EUR ('€'). Line items: every service, net, without quantity."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ref, "loppusumma", fd(due), fd(wd)]}
    return t, chk, render


# =========================================================================== 08 Huye (VAT 18 %, RWF), wrapped, two pages
HU_V = [
    ("Butare Academic Printers Ltd", "Ngoma Sector, Huye District, Southern Province, Rwanda", (22, 101, 52)),
    ("Huye Agro-Processing Ltd", "Rwasave, Tumba Sector, Huye District, Rwanda", (146, 64, 14)),
    ("Southern Province Lab Supplies Ltd", "Taba, Huye District, Rwanda", (30, 64, 175)),
    ("Mbazi Construction & Plumbing Ltd", "Mbazi Sector, Huye District, Rwanda", (68, 64, 60)),
]
HU_B = ["University of Rwanda – College of Arts and Social Sciences, Huye Campus", "Kigali Fresh Foods Ltd, Kicukiro, Kigali", "Rwanda Agriculture Board, Rubona Station", "Groupe Scolaire Officiel de Butare, Huye"]
HU_ROWS = [
    [("Printing of examination booklets, A4, 16 pages, 80 g paper, saddle-stitched, numbered and packed in sealed bundles of 50", "pc", 500, 6000, 180, 420),
     ("Binding of theses, hard cover with gold foil lettering on spine and front, including one proof", "pc", 10, 120, 6500, 12000),
     ("Posters A2 full colour for graduation ceremony, 170 g gloss", "pc", 20, 300, 1800, 3500),
     ("Letterheads A4, one colour, 100 g bond paper", "ream", 5, 60, 14000, 22000),
     ("Certificates on security paper with hologram and serial numbers", "pc", 100, 1500, 900, 1800)],
    [("Cassava flour, fortified, 25 kg bags, batch tested and certified by RSB", "bag", 20, 300, 14000, 21000),
     ("Sorghum flour, 10 kg bags, stone-milled", "bag", 20, 200, 6500, 9500),
     ("Passion fruit pulp, frozen, 5 L pails, delivered in refrigerated truck", "pail", 10, 120, 9000, 15000),
     ("Tomato paste, 70 g sachets, carton of 100", "ctn", 10, 150, 11000, 17000)],
    [("Glass beakers, borosilicate, graduated, 250 ml, pack of 12", "pack", 2, 30, 18000, 32000),
     ("Digital pH meter with temperature probe, calibration buffers and carrying case", "pc", 1, 10, 85000, 160000),
     ("Soil sampling auger, stainless steel, 1.2 m with extension rod", "pc", 1, 8, 45000, 90000),
     ("Nitrile gloves, powder-free, size M, box of 100", "box", 10, 200, 6000, 9500),
     ("Filter paper Whatman grade 1, 125 mm, pack of 100", "pack", 5, 60, 9000, 16000),
     ("Petri dishes, sterile, 90 mm, sleeve of 20", "sleeve", 10, 150, 3500, 6500),
     ("Analytical balance 0.1 mg, with draft shield and external calibration weight", "pc", 1, 2, 950000, 1600000),
     ("Laboratory coats, cotton, sizes S–XL", "pc", 10, 80, 9000, 15000),
     ("Wash bottles LDPE 500 ml", "pc", 10, 100, 1500, 3000),
     ("Pipette tips 1000 µl, rack of 96", "rack", 10, 100, 4500, 8000),
     ("Microscope slides, frosted end, box of 50", "box", 5, 80, 3000, 5500),
     ("Desiccator glass 250 mm with porcelain plate", "pc", 1, 4, 95000, 160000),
     ("Magnetic stirrer with hot plate, 5 L capacity", "pc", 1, 4, 180000, 320000),
     ("Distilled water, 20 L jerrycan, delivered", "pc", 5, 40, 4000, 7000)],
    [("Supply and installation of PPR water pipes 25 mm including fittings, trenching and backfilling", "m", 20, 300, 3500, 6500),
     ("Water tank 5,000 L on raised stand, including float valve and overflow", "pc", 1, 4, 850000, 1300000),
     ("Hand-washing stations, stainless steel, 4 taps, installed", "pc", 1, 10, 120000, 210000),
     ("Plumber labour", "day", 2, 30, 12000, 20000),
     ("Ceramic WC complete with cistern, seat and connectors", "pc", 1, 12, 95000, 150000),
     ("Concrete works for septic tank, C25, including reinforcement", "m³", 1, 12, 180000, 260000),
     ("Transport of materials Huye town to site", "trip", 1, 10, 25000, 45000),
     ("Ventilation pipes PVC 110 mm", "m", 6, 60, 3500, 6500),
     ("Gate valves 1 inch brass", "pc", 2, 20, 9000, 16000),
     ("Excavation by hand, soft soil", "m³", 5, 80, 4500, 8000),
     ("Roof gutters PVC with brackets", "m", 10, 120, 5500, 9000),
     ("Downpipes 75 mm", "m", 6, 60, 4200, 7000),
     ("Paint, waterproof bituminous, 20 L", "tin", 1, 12, 45000, 72000),
     ("Cleaning and handover", "lot", 1, 1, 40000, 90000)],
]


@style("08", "rw_huy_huye_tax_invoice_vat_18_wrapped_two_pages")
def s08(rng, i):
    vname, vaddr, color = HU_V[i]
    d = rand_date(rng)
    items = lines(rng, HU_ROWS[i], [4, 3, 14, 14][i], D("5"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    vid = digits(rng, 9, True)
    btin = digits(rng, 9, True)
    no = [f"INV/{d.year}/{rng.randint(100, 999)}", f"HAP-{rng.randint(1000, 9999)}", f"SPL{d.strftime('%y%m')}{rng.randint(10, 99)}", f"MC-{rng.randint(100, 999)}-{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 1 else None
    po = [f"LPO No. {rng.randint(100, 999)}/UR-CASS/{d.year}", None, f"RAB/PO/{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/GSOB/{d.year}"][i]
    adv = q0(total * D("0.3")) if i == 3 else None
    pages = [items[:11], items[11:]] if len(items) > 11 else [items]
    tel, box = f"78{digits(rng, 7)}", rng.randint(100, 999)
    contract = f"Contract No. {rng.randint(10, 99)}/{d.year - 1}" if i == 3 else None

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word - Invoice template")
        np_ = len(pages)
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            pdf.set_fill_color(*color)
            pdf.rect(15, 12, 3, 22, "F")
            txt(pdf, 21, 12, vname, 14, "B", color=color)
            para(pdf, 21, 19, 110, f"{vaddr}\nTIN: {vid} · Tel +250 {tel} · P.O. Box {box} Huye", 8, h=4)
            txt(pdf, 150, 12, "TAX INVOICE", 15, "B", align="R", w=45)
            txt(pdf, 150, 19, f"Page {pi + 1} of {np_}", 8, align="R", w=45, color=(100, 100, 100))
            if pi == 0:
                para(pdf, 15, 40, 95, f"Invoice to:\n{HU_B[i]}\nTIN: {btin}", 8.6, h=4.4)
                rows = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else "Cash on delivery"), ("Order No.", po), ("Delivery Note", f"DN {rng.randint(1000, 9999)}"), ("Reference", contract)]
                y = 40
                for k, v in rows:
                    if v is None:
                        continue
                    txt(pdf, 120, y, k, 8.4, color=(90, 90, 90))
                    txt(pdf, 150, y, v, 8.4, "B")
                    y += 4.6
                y0 = max(y, 62) + 4
            else:
                txt(pdf, 15, 40, f"Invoice No. {no} (continued)", 9, "B")
                y0 = 48
            cols = [("No", 10, "L"), ("Description", 82, "L"), ("Unit", 14, "L"), ("Qty", 16, "R"), ("Unit price", 26, "R"), ("Amount (RWF)", 32, "R")]
            k0 = sum(len(c) for c in pages[:pi])
            rows = [[str(k0 + k + 1), wrap(x["desc"], 40), x["unit"], en(x["qty"], 0), en(x["price"], 0), en(x["amount"], 0)] for k, x in enumerate(chunk)]
            y = table(pdf, 15, y0, cols, rows, size=8.6, rowh=8, header_fill=(236, 253, 245) if i % 2 == 0 else (245, 245, 244), line_color=(200, 200, 200))
            if pi < np_ - 1:
                txt(pdf, 15, y + 4, "Continued on page 2", 8, "I", color=(90, 90, 90))
            else:
                trow = [("Total excl. VAT", en(net, 0), False), ("VAT 18%", en(tax, 0), False), ("Total incl. VAT (RWF)", en(total, 0), True)]
                if adv:
                    trow += [("Less advance paid (receipt AR-" + str(rng.randint(100, 999)) + ")", "-" + en(adv, 0), False), ("Balance due", en(total - adv, 0), True)]
                y2 = totals(pdf, 95, y + 6, trow, wl=62, wv=38, size=8.8, line=color)
                para(pdf, 15, y2 + 4, 180, f"Payment by transfer to Bank of Kigali, account {digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 2)}-RWF, or MoMo Pay code {digits(rng, 6)}."
                     + f"\nEBM: SDC ID SDC0{digits(rng, 8)} · Receipt No. {rng.randint(100, 999)}/{rng.randint(1000, 9999)} NS · MRC WIS0{digits(rng, 7)} · Internal data {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}", 8, h=4.2)
            pdf.set_draw_color(170, 170, 170)
            for bx, lab in ((15, "Prepared by"), (75, "Approved by"), (135, "Received by (name, signature, stamp)")):
                pdf.rect(bx, 250, 58, 24)
                txt(pdf, bx + 2, 251.5, lab, 7, color=(110, 110, 110))
            txt(pdf, 15, 284, f"{vname} · TIN {vid} · RDB registered", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Huye (Rwanda) TAX INVOICE in English with item descriptions WRAPPED over several lines, VAT 18 % in whole Rwandan francs '1,234,567'"
        + (", over TWO PAGES with 'Page x of y' and the totals only on page 2" if len(pages) > 1 else "")
        + (", an ADVANCE deducted below the total ('Balance due' is a decoy)" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'TIN' under it (the client's TIN, the EBM SDC ID, receipt number, MRC and internal data, the bank account and MoMo code are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "Order No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 18%'; total = 'Total incl. VAT (RWF)'. Currency RWF. Line items: every row on every page."
    )
    t = truth(vname, vid, no, po, d, due, "RWF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, btin, "Total incl. VAT (RWF)", fd(due) if due else None, f"Page {len(pages)} of {len(pages)}", en(total - adv, 0) if adv else None]}
    return t, chk, render
