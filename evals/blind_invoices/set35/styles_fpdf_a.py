"""fpdf2 styles for set 35, first part (06 Timișoara (Banat) food distributor's FACTURĂ in Romanian with a fully ruled
grid, the TVA per row, TVA 9 % and 19 % before 1 August 2025 and 11 % and 21 % from then, a commercial DISCOUNT as a
negative row and the totals row under the grid, 07 Split (Dalmatia) konoba's RAČUN in Croatian for a company dinner
with PDV 13 % on food and 25 % on alcoholic drinks only per rate, the fiscal ZKI and JIR, and the TOTALS in a band
at the FOOT of the page far below the rows)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, hr_date, hr_short
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, truth, valid_id
from stdnum.hr import oib
from stdnum.ro import cui

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Timișoara food distributor (TVA 11 / 21 %, 9 / 19 % before August 2025, RON), ruled grid, discount row
TM_V = [
    ("Banat Gustos Distribuție S.R.L.", "Calea Șagului 145, 300516 Timișoara, jud. Timiș", (153, 27, 27)),
    ("Cămara Bănățeană S.R.L.", "Str. Gheorghe Lazăr 24, 300081 Timișoara, jud. Timiș", (21, 94, 117)),
    ("Lugoj Agro-Alimentara S.A.", "Str. Timișorii 60, 305500 Lugoj, jud. Timiș", (22, 101, 52)),
    ("Recaș Horeca Supply S.R.L.", "DN6 km 532, 307340 Recaș, jud. Timiș", (107, 33, 168)),
]
TM_B = [
    ("Restaurant Casa Bănățeană S.R.L.", "Piața Unirii 3, Timișoara"),
    ("Hotel Continental Timișoara S.A.", "Bd. Revoluției 1989 nr. 3, Timișoara"),
    ("Cantina Universității Politehnica", "Piața Victoriei 2, Timișoara"),
    ("Pensiunea Dealul Viilor S.R.L.", "Str. Viilor 12, Buziaș, jud. Timiș"),
]
TM_FOOD = [  # (desc, unit, qty lo, qty hi, price lo, price hi)
    ("Brânză telemea de vacă", "kg", 5, 60, D("22.00"), D("34.00")),
    ("Cârnați bănățeni afumați", "kg", 5, 40, D("28.00"), D("42.00")),
    ("Slănină afumată", "kg", 3, 30, D("24.00"), D("36.00")),
    ("Făină albă 000, sac 25 kg", "sac", 1, 12, D("58.00"), D("82.00")),
    ("Ulei de floarea-soarelui 5 l", "buc", 2, 24, D("38.00"), D("54.00")),
    ("Cartofi albi", "kg", 25, 300, D("1.60"), D("3.20")),
    ("Ouă M, cofraj 30", "cof", 2, 30, D("24.00"), D("36.00")),
]
TM_STD = [
    ("Vin Recaș Cabernet Sauvignon 0,75 l", "buc", 6, 60, D("18.00"), D("32.00")),
    ("Detergent vase profesional 5 l", "buc", 1, 12, D("34.00"), D("58.00")),
    ("Folie alimentară 300 m", "rola", 1, 10, D("42.00"), D("66.00")),
    ("Șervețele 2 straturi, bax", "bax", 1, 10, D("48.00"), D("79.00")),
]


@style("06", "ro_tm_timisoara_factura_tva_21_11_discount_row")
def s06(rng, i):
    vname, vaddr, color = TM_V[i]
    bname, baddr = TM_B[i]
    d = rand_date(rng, start=dt.date(2025, 3, 1))
    new = d >= dt.date(2025, 8, 1)
    red, std = (D(11), D(21)) if new else (D(9), D(19))
    food = lines(rng, TM_FOOD, rng.randint(3, 5), D("0.10"))
    other = lines(rng, TM_STD, rng.randint(1, 3), D("0.10"))
    for x in food:
        x["rate"] = red
    for x in other:
        x["rate"] = std
    items = food + other
    if i != 2:
        pct = D(rng.choice([2, 3, 5]))
        disc = -q2(sum(x["amount"] for x in food) * pct / 100)
        items.append(
            {
                "desc": f"Discount comercial {pct} % la produsele alimentare",
                "unit": "-",
                "qty": D(1),
                "price": disc,
                "amount": disc,
                "rate": red,
                "show_qty": False,
            }
        )
    for x in items:
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    cu = valid_id(rng, 8, cui.is_valid)
    cif = "RO" + cu
    no = f"TM {rng.randint(1000, 9999):07d}" if i != 3 else f"BGD {rng.randint(100, 999)}"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    term = None if due else "Achitat cu ordin de plată anticipat"
    po = [f"CMD {rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    avz = f"Aviz de însoțire nr. {rng.randint(1000, 9999)} din {fd(d - dt.timedelta(days=rng.randint(0, 2)))}"
    m = de

    def render(path):
        pdf = new_fpdf(creator="SmartBill")
        pdf.add_page()
        txt(pdf, 12, 10, "Furnizor", 7, color=(110, 110, 110))
        txt(pdf, 12, 14, vname, 11, "B", color=color)
        para(
            pdf,
            12,
            20,
            92,
            f"Nr. ORC: J35/{rng.randint(100, 4999)}/{rng.randint(1995, 2020)}\nCIF: {cif}\nSediu: {vaddr}\nCapital social: {rng.choice(['200', '1.000', '45.000'])} lei\nIBAN: RO{rng.randint(10, 99)}BTRLRONCRT{digits(rng, 10)}\nBanca Transilvania",
            7.6,
            h=3.7,
        )
        txt(pdf, 112, 10, "Cumpărător", 7, color=(110, 110, 110))
        txt(pdf, 112, 14, bname, 10, "B")
        para(
            pdf,
            112,
            20,
            88,
            f"CIF: RO{digits(rng, 8, True)}\nNr. ORC: J35/{rng.randint(100, 4999)}/{rng.randint(1995, 2020)}\nSediu: {baddr}",
            7.6,
            h=3.7,
        )
        pdf.set_draw_color(*color)
        pdf.rect(70, 48, 70, 24)
        txt(pdf, 70, 50, "FACTURĂ", 15, "B", align="C", w=70)
        kv(
            pdf,
            74,
            58,
            [("Seria și nr.:", no), ("Data emiterii:", fd(d)), ("Data scadenței:", fd(due) if due else None)],
            wl=28,
            wv=34,
            size=8,
            step=4.4,
            align="L",
        )
        txt(pdf, 12, 76, f"Cota TVA: {std}% / {red}%  ·  {avz}" + (f"  ·  Comanda dvs.: {po}" if po else ""), 7.6)
        cols = [
            ("Nr.", 9, "C"),
            ("Denumirea produselor sau a serviciilor", 76, "L"),
            ("U.M.", 12, "C"),
            ("Cant.", 15, "R"),
            ("Preț unitar fără TVA", 26, "R"),
            ("Valoare", 24, "R"),
            ("Valoare TVA", 24, "R"),
        ]
        rows = [
            [
                str(k + 1),
                f"{x['desc']} (TVA {x['rate']}%)",
                x["unit"],
                qstr(x["qty"]) if x.get("show_qty", True) else "",
                m(x["price"]) if x.get("show_qty", True) else "",
                m(x["amount"]),
                m(x["vat"]),
            ]
            for k, x in enumerate(items)
        ]
        y0 = 82
        y = table(pdf, 12, y0, cols, rows, size=7.4, rowh=6, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        frame(pdf, 12, y0, y, cols)
        pdf.rect(12, y, 186, 7)
        txt(pdf, 14, y + 1.6, "Total", 8.4, "B")
        txt(pdf, 150, y + 1.6, m(net), 8.4, "B", align="R", w=23)
        txt(pdf, 174, y + 1.6, m(tax), 8.4, "B", align="R", w=23)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(150, y, 150, y + 7)
        pdf.line(174, y, 174, y + 7)
        y += 11
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(120, y, 78, 10, "DF")
        txt(pdf, 123, y + 2.8, "Total de plată", 10, "B")
        txt(pdf, 160, y + 2.8, m(total) + " lei", 10, "B", align="R", w=36)
        para(pdf, 12, y, 100, f"Termen de plată: {fd(due)}, prin ordin de plată." if due else term + ".", 7.6, h=3.7)
        para(
            pdf,
            12,
            y + 16,
            186,
            f"Întocmit de: {rng.choice(['Ioana Popescu', 'Dan Mureșan', 'Adela Stoica', 'Sorin Jurj'])} · Delegat: {rng.choice(['Vasile Ban', 'Nicu Lazăr', 'Ana Moldovan'])}, auto TM-{rng.randint(10, 99)}-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVXZ') for _ in range(3))}\nFactura a fost transmisă în sistemul național RO e-Factura, index de încărcare {rng.randint(4000000000, 4999999999)}. Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) Cod fiscal.",
            7,
            h=3.5,
            color=(90, 90, 90),
        )
        pdf.output(path)

    notes = (
        "Timișoara (Banat, Romania) food distributor's FACTURĂ in Romanian on a FULLY RULED grid with a 'Valoare TVA' column per row, in lei ('1.234,50'), TVA "
        + (
            f"{red} % on food and {std} % on wine and non-food (the rates from 1 August 2025)"
            if new
            else f"{red} % on food and {std} % on wine and non-food (the rates before 1 August 2025)"
        )
        + (", a commercial DISCOUNT as a negative row at the food rate" if i != 2 else "")
        + ", the 'Total' row under the grid (value, TVA) and 'Total de plată' below: vendor = the 'Furnizor' name; vendor_tax_id = its 'CIF' (RO + the CUI; the Nr. ORC, the buyer's CIF and the e-Factura upload index are decoys). "
        "invoice_number = 'Seria și nr.' (series and number as printed); invoice_date = 'Data emiterii' (dd.mm.yyyy); the aviz de însoțire (delivery note) number and date are decoys. "
        + due_note(due, term, "Data scadenței")
        + po_note(po, "Comanda dvs.")
        + "subtotal = the 'Total' row's value column; tax = its TVA column (the sum of the rows' TVA); total = 'Total de plată'. Currency RON. Line items: every row including the negative discount row (net of TVA)."
    )
    t = truth(vname, cif, no, po, d, due, "RON", net, tax, total, items, notes)
    return t, [fd(d), no, vname, cif, "Total de plată", fd(due) if due else None, avz], render


# =========================================================================== 07 Split konoba (PDV 13 % / 25 %, EUR), totals in a band at the foot of the page
ST_V = [
    ("Konoba Varoš d.o.o.", "Ban Mladenova 7, 21000 Split", (30, 64, 175)),
    ("Konoba Matejuška j.d.o.o.", "Tomića stine 3, 21000 Split", (14, 116, 144)),
    ("Restoran i catering Bačvice d.o.o.", "Put Firula 2, 21000 Split", (153, 27, 27)),
    ("Konoba Stari mlin, obrt za ugostiteljstvo", "Put Mlina 12, 21210 Solin", (22, 101, 52)),
]
ST_B = [
    ("Brodosplit – Tehnički servisi d.o.o.", "Put Supavla 21, 21000 Split"),
    ("Dalmacija Turist d.d.", "Obala Lazareta 3, 21000 Split"),
    ("Odvjetničko društvo Perić i partneri", "Marmontova 4, 21000 Split"),
    ("Sveučilište u Splitu – Ekonomski fakultet", "Cvite Fiskovića 5, 21000 Split"),
]
ST_FOOD = [
    ("Dalmatinski pršut i paški sir, plata", "kom", 2, 12, 38, 65),
    ("Pašticada s njokima", "porc.", 10, 60, 16, 24),
    ("Crni rižot od sipe", "porc.", 10, 60, 14, 21),
    ("Riba s gradela (orada, brancin)", "kg", 3, 20, 55, 80),
    ("Brudet s palentom", "porc.", 10, 60, 17, 26),
    ("Rožata, domaća", "porc.", 10, 60, 5, 8),
]
ST_ALC = [
    ("Plavac mali, boca 0,75 l", "boc.", 4, 30, 28, 48),
    ("Pošip Korčula, boca 0,75 l", "boc.", 4, 30, 26, 44),
    ("Rakija travarica 0,03 l", "kom", 10, 80, 3, 5),
    ("Pivo Karlovačko 0,5 l", "kom", 10, 80, 4, 6),
]


@style("07", "hr_dal_split_racun_pdv_25_13_footer_totals")
def s07(rng, i):
    vname, vaddr, color = ST_V[i]
    bname, baddr = ST_B[i]
    d = rand_date(rng)
    food = lines(rng, ST_FOOD, rng.randint(2, 4), D("0.50"))
    alc = lines(rng, ST_ALC, rng.randint(1, 3), D("0.50"))
    for x in food:
        x["rate"] = D(13)
    for x in alc:
        x["rate"] = D(25)
    items = food + alc
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    o = valid_id(rng, 11, oib.is_valid)
    no = f"{rng.randint(12, 980)}/{rng.choice(['POS1', 'PP1', 'KON1', 'SPL2'])}/{rng.randint(1, 3)}"
    fd = [hr_short, hr_date, hr_short, hr_short][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 2 else None
    term = None if due else "Način plaćanja: kartice"
    po = [f"{rng.randint(100, 999)}/{d.year}", None, None, f"NAR-{rng.randint(1000, 9999)}"][i]
    event = d - dt.timedelta(days=rng.randint(0, 5))
    zki = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    jir = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    m = de

    def render(path):
        pdf = new_fpdf(creator="Remaris POS")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        para(
            pdf, 14, 19, 110, f"{vaddr}\nOIB: {o}\nTel. +385 21 {rng.randint(300, 599)} {rng.randint(100, 999)}", 8, h=4
        )
        txt(pdf, 140, 12, "RAČUN R-1", 15, "B")
        kv(
            pdf,
            140,
            20,
            [
                ("Broj računa:", no),
                ("Datum:", fd(d)),
                ("Vrijeme:", f"{rng.randint(17, 23)}:{rng.randint(10, 59)}"),
                ("Datum dospijeća:", fd(due) if due else None),
            ],
            wl=28,
            wv=30,
            size=8,
            step=4.5,
            align="L",
        )
        txt(pdf, 14, 44, "Kupac", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 48, bname, 10, "B")
        para(pdf, 14, 53, 120, f"{baddr}\nOIB kupca: {digits(rng, 11, True)}", 8, h=4)
        txt(
            pdf,
            14,
            64,
            f"Usluga: {rng.choice(['poslovna večera', 'domjenak', 'team building ručak', 'proslava'])} {fd(event)}, {rng.randint(10, 60)} osoba"
            + (f" · Narudžbenica br. {po}" if po else ""),
            8,
        )
        cols = [
            ("R.br.", 12, "C"),
            ("Naziv", 88, "L"),
            ("Jed.", 16, "C"),
            ("Kol.", 18, "R"),
            ("Cijena", 24, "R"),
            ("Iznos", 24, "R"),
        ]
        rows = [
            [str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])]
            for k, x in enumerate(items)
        ]
        table(pdf, 14, 72, cols, rows, size=8, rowh=6, header_fill=(235, 240, 250), line_color=(200, 200, 200))
        # totals at the foot of the page
        yb = 222
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(0, yb, 210, 75, "F")
        txt(pdf, 14, yb + 4, "Rekapitulacija poreza", 8, "B")
        ry = yb + 9
        for r, b, v in summary:
            txt(pdf, 14, ry, f"PDV {r}%   osnovica {m(b)}   iznos poreza {m(v)}", 7.8)
            ry += 4.4
        y = yb + 4
        for lab, val, bold in (
            ("Ukupno bez PDV-a", m(net), False),
            ("PDV ukupno", m(tax), False),
            ("UKUPNO EUR", m(total), True),
        ):
            txt(pdf, 120, y, lab, 11 if bold else 8.8, "B" if bold else "")
            txt(pdf, 160, y, val, 11 if bold else 8.8, "B" if bold else "", align="R", w=36)
            y += 6.5
        para(
            pdf,
            14,
            yb + 26,
            182,
            (
                f"Način plaćanja: transakcijski račun · IBAN HR{rng.randint(10, 99)}{digits(rng, 17)} · Poziv na broj: HR00 {no.split('/')[0]}-{d.year}"
                if due
                else term
            )
            + f"\nOperater: {rng.choice(['Ante', 'Marija', 'Duje', 'Ivana'])} · Oznaka operatera {rng.randint(1, 9)}",
            7.8,
            h=4,
        )
        para(
            pdf,
            14,
            yb + 40,
            182,
            f"ZKI: {zki}\nJIR: {jir}\nRačun je izdan u skladu sa Zakonom o fiskalizaciji. Hvala i doviđenja! — Vidimo se opet u konobi!",
            7.4,
            h=3.8,
            color=(80, 80, 80),
        )
        pdf.output(path)

    notes = (
        "Split (Dalmatia, Croatia) konoba's RAČUN R-1 in Croatian for a company meal, in euros ('1.234,50'), PDV 13 % on food (catering) and 25 % on alcoholic drinks, the PDV only per rate ('Rekapitulacija poreza'), and the TOTALS in a grey band at the FOOT of the page far below the rows, with the fiscal ZKI and JIR: vendor = the name at the top left; vendor_tax_id = its 'OIB' (11 digits; the buyer's OIB, ZKI, JIR and IBAN are decoys). "
        "invoice_number = 'Broj računa' (number/premises/device as printed); invoice_date = 'Datum' ("
        + ["dd.mm.yyyy. with the closing dot", "Croatian words ('12. ožujka 2026.')", "dd.mm.yyyy.", "dd.mm.yyyy."][i]
        + "); the time, the date of the meal and the number of guests are decoys. "
        + due_note(due, term, "Datum dospijeća")
        + po_note(po, "Narudžbenica br.")
        + "subtotal = 'Ukupno bez PDV-a'; tax = 'PDV ukupno'; total = 'UKUPNO EUR'. Currency EUR. Line items: every row (net of PDV)."
    )
    t = truth(vname, o, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, o, "UKUPNO EUR", fd(due) if due else None, zki, fd(event)], render
