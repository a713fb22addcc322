"""fpdf2 styles for set 35, second part (08 Katowice (Upper Silesia) food wholesaler's FAKTURA VAT in Polish on a
LANDSCAPE page with the rows GROUPED BY DELIVERY NOTE (WZ), VAT 5 %, 8 % and 23 % and a summary per rate, 09 St.
John's (Newfoundland and Labrador) refrigeration contractor's INVOICE in English on a Letter page with LABOUR and
MATERIALS tables, HST 15 % and, on two, a credit memo applied below the total, 10 Kirkwall (Orkney) knitwear and
bookshop's wholesale INVOICE in English with a VAT code per row, VAT 20 % on knitwear and gifts and 0 % on books and
maps, a VAT analysis and a settlement-discount offer)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, pl_date
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, en_date, kv, lines, para, po_note, totals, truth, us_date, valid_id
from stdnum.ca import bn
from stdnum.gb import vat as gbvat
from stdnum.pl import nip

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Katowice food wholesaler (VAT 5 / 8 / 23 %, PLN), landscape, rows grouped by WZ
KA_V = [
    ("Hurtownia Spożywcza Ślōnsko Spiżarnia Sp. z o.o.", "ul. Gliwicka 214, 40-860 Katowice", (21, 94, 117)),
    ("Zakłady Mięsne Nikiszowiec S.A.", "ul. Szopienicka 60, 40-431 Katowice", (153, 27, 27)),
    ("Piekarnia i Cukiernia Bytomska Sp.j.", "ul. Piekarska 12, 41-902 Bytom", (146, 64, 14)),
    ("Dystrybucja Gōrny Ślōnsk Sp. z o.o.", "ul. Chorzowska 150, 41-500 Chorzów", (22, 101, 52)),
]
KA_B = [
    ("Sklep Spożywczy „U Jōnka” Jan Mrozek", "ul. Mariacka 8, 40-014 Katowice"),
    ("Restauracja Silesia Smaki Sp. z o.o.", "ul. Staromiejska 17, 40-013 Katowice"),
    ("Delikatesy Familoki s.c.", "ul. Odrodzenia 3, 40-402 Katowice"),
    ("Stołówka Kopalni Wieczorek – Catering Gwarek Sp. z o.o.", "ul. Szopienicka 58, 40-431 Katowice"),
]
KA_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, VAT %)
    ("Krupniok śląski", "kg", 5, 60, D("14.00"), D("22.00"), 5),
    ("Kiełbasa śląska", "kg", 5, 60, D("18.00"), D("27.00"), 5),
    ("Kołocz śląski z serem, blacha", "szt.", 2, 20, D("38.00"), D("55.00"), 5),
    ("Kluski śląskie, 1 kg", "szt.", 5, 60, D("9.50"), D("14.50"), 5),
    ("Chleb żytni na zakwasie, 1 kg", "szt.", 10, 80, D("7.50"), D("11.50"), 5),
    ("Ciastka kruche pakowane, 400 g", "szt.", 10, 80, D("8.50"), D("13.50"), 8),
    ("Przyprawa do rolad, 50 g", "szt.", 10, 100, D("2.20"), D("3.80"), 8),
    ("Piwo jasne pełne, skrzynka 20 x 0,5 l", "skrz.", 2, 30, D("48.00"), D("72.00"), 23),
    ("Woda mineralna, zgrzewka 6 x 1,5 l", "zgrz.", 5, 60, D("9.00"), D("14.00"), 23),
    ("Cukierki kukułki, kg", "kg", 2, 20, D("26.00"), D("38.00"), 23),
]


@style("08", "pl_sl_katowice_faktura_vat_23_8_5_landscape")
def s08(rng, i):
    vname, vaddr, color = KA_V[i]
    bname, baddr = KA_B[i]
    d = rand_date(rng)
    n_wz = rng.randint(2, 3)
    wz = []
    items = []
    for k in range(n_wz):
        wd = d - dt.timedelta(days=(n_wz - k) * rng.randint(1, 3))
        wz.append((f"WZ {rng.randint(100, 999)}/{wd.strftime('%m/%Y')}", wd))
        rows = lines(rng, KA_ROWS, rng.randint(2, 4), D("0.10"))
        for x in rows:
            x["rate"] = D(x["extra"])
            x["wz"] = k
        items += rows
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    nipv = valid_id(rng, 10, nip.is_valid)
    no = [
        f"FV/{rng.randint(100, 999)}/{d.strftime('%m/%Y')}",
        f"FS {rng.randint(1000, 9999)}/{d.year}",
        f"{rng.randint(10, 999)}/{d.strftime('%m/%y')}/FV",
        f"FV {d.year}/{rng.randint(1000, 9999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%Y-%m-%d"),
        pl_date,
        lambda x: x.strftime("%d.%m.%Y"),
    ][i]
    sale = wz[-1][1]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21, 30])) if i != 3 else None
    term = None if due else "Forma płatności: gotówka – zapłacono"
    po = [None, f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(4500, 4599)}{digits(rng, 4)}"][i]
    ksef = f"{nipv}-{d.strftime('%Y%m%d')}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(12))}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(2))}"
    m = sp

    def render(path):
        pdf = new_fpdf("L", creator="Subiekt GT")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 13, "B", color=color)
        para(
            pdf,
            14,
            16,
            130,
            f"{vaddr}\nNIP: {nipv} · REGON: {digits(rng, 9, True)} · BDO: {digits(rng, 9, True)}\nKRS {digits(rng, 10)} · Sąd Rejonowy Katowice-Wschód",
            7.6,
            h=3.7,
        )
        txt(pdf, 190, 10, f"FAKTURA VAT nr {no}", 12.5, "B")
        kv(
            pdf,
            190,
            17,
            [
                ("Miejsce wystawienia:", "Katowice"),
                ("Data wystawienia:", fd(d)),
                ("Data sprzedaży:", fd(sale)),
                ("Termin płatności:", fd(due) if due else None),
                ("Zamówienie:", po),
            ],
            wl=36,
            wv=52,
            size=7.8,
            step=4.2,
            align="L",
        )
        txt(pdf, 14, 36, "Nabywca", 7.2, color=(110, 110, 110))
        txt(pdf, 14, 40, bname, 9.6, "B")
        para(
            pdf,
            14,
            45,
            150,
            f"{baddr} · NIP: {digits(rng, 10, True)} · Nr klienta: K{rng.randint(1000, 9999)}",
            7.6,
            h=3.7,
        )
        cols = [
            ("Lp.", 10, "C"),
            ("Nazwa towaru", 118, "L"),
            ("J.m.", 16, "C"),
            ("Ilość", 20, "R"),
            ("Cena netto", 28, "R"),
            ("VAT %", 16, "R"),
            ("Wartość netto", 30, "R"),
            ("Wartość brutto", 31, "R"),
        ]
        rows = []
        k = 0
        for w, (wno, wd) in enumerate(wz):
            rows.append(["", f"{wno} z dnia {fd(wd)}", "", "", "", "", "", ""])
            for x in (x for x in items if x["wz"] == w):
                k += 1
                rows.append(
                    [
                        str(k),
                        x["desc"],
                        x["unit"],
                        qstr(x["qty"]),
                        m(x["price"]),
                        str(x["rate"]),
                        m(x["amount"]),
                        m(q2(x["amount"] * (100 + x["rate"]) / 100)),
                    ]
                )
        y = table(pdf, 14, 54, cols, rows, size=7.6, rowh=5.2, header_fill=(230, 236, 240), line_color=(190, 190, 190))
        y += 5
        scols = [
            ("Według stawki VAT", 36, "L"),
            ("Wartość netto", 30, "R"),
            ("Kwota VAT", 28, "R"),
            ("Wartość brutto", 30, "R"),
        ]
        srows = [[f"{r}%", m(b), m(v), m(b + v)] for r, b, v in summary] + [["Razem", m(net), m(tax), m(total)]]
        table(pdf, 145, y, scols, srows, size=7.6, rowh=5, header_fill=(240, 240, 240), line_color=(160, 160, 160))
        pdf.set_fill_color(*color)
        pdf.rect(145, y + 5.6 + 5 * len(srows) + 4, 124, 10, "F")
        txt(pdf, 148, y + 5.6 + 5 * len(srows) + 6.6, "Do zapłaty:", 11, "B", color=(255, 255, 255))
        txt(pdf, 210, y + 5.6 + 5 * len(srows) + 6.6, f"{m(total)} zł", 11, "B", align="R", w=56, color=(255, 255, 255))
        para(
            pdf,
            14,
            y,
            120,
            (
                f"Forma płatności: przelew, termin {fd(due)}\nRachunek: PL{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
                if due
                else term
            )
            + f"\nNumer KSeF: {ksef}\nWystawił(a): {rng.choice(['Anna Kowolik', 'Piotr Pieczka', 'Ewelina Kandzia', 'Marek Gawlik'])}",
            7.6,
            h=3.8,
        )
        para(
            pdf,
            14,
            192,
            260,
            "Dziynkujymy za zakupy i zapraszōmy zaś! · Towar zwrotny przyjmujemy wyłącznie z dokumentem WZ.",
            7.4,
            h=3.6,
            color=(100, 100, 100),
        )
        pdf.output(path)

    notes = (
        "Katowice (Upper Silesia, Poland) food wholesaler's FAKTURA VAT in Polish with a Silesian greeting, on a LANDSCAPE page with the rows GROUPED BY DELIVERY NOTE (a 'WZ … z dnia …' heading row per group, no amount), in złoty ('1 234,50 zł'), VAT 5 % on meat, bread and fresh pastry, 8 % on packaged biscuits and spices and 23 % on beer, mineral water and sweets, a gross value per row and a summary per rate ('Według stawki VAT' with 'Razem'): vendor = the name at the top left; vendor_tax_id = 'NIP' (10 digits; REGON, BDO, KRS, the buyer's NIP and the KSeF number are decoys). "
        "invoice_number = after 'FAKTURA VAT nr'; invoice_date = 'Data wystawienia' ("
        + ["dd.mm.yyyy", "yyyy-mm-dd", "Polish words ('12 marca 2026')", "dd.mm.yyyy"][i]
        + "); 'Data sprzedaży' (the last delivery's date), the WZ numbers and dates and the customer number are decoys. "
        + due_note(due, term, "Termin płatności")
        + po_note(po, "Zamówienie")
        + "subtotal = 'Razem' net; tax = 'Razem' VAT; total = 'Do zapłaty' (= 'Razem' gross). Currency PLN. Line items: every numbered row (amount = 'Wartość netto'); the WZ heading rows are not items."
    )
    t = truth(vname, nipv, no, po, d, due, "PLN", net, tax, total, items, notes)
    return t, [fd(d), fd(sale), no, vname, nipv, "Do zapłaty:", fd(due) if due else None, wz[0][0], ksef], render


# =========================================================================== 09 St. John's refrigeration contractor (HST 15 %, CAD), labour and materials tables, credit memo below the total
NL_V = [
    ("Avalon Refrigeration & Electrical Ltd.", "44 Kenmount Road, St. John's, NL A1B 1W1", (29, 78, 216)),
    ("Southside Marine Cooling Inc.", "310 Southside Road, St. John's, NL A1E 1A7", (4, 120, 87)),
    ("Conception Bay Mechanical Ltd.", "12 Conception Bay Highway, Conception Bay South, NL A1W 3A5", (185, 28, 28)),
    ("Harbour Grace Cold Storage Services Inc.", "88 Water Street, Harbour Grace, NL A0A 2M0", (109, 40, 217)),
]
NL_B = [
    ("Ocean Choice Seafoods – Bay Bulls Plant", "1 Harbour Drive, Bay Bulls, NL"),
    ("Quidi Vidi Brewing Co. Ltd.", "35 Barrows Road, St. John's, NL"),
    ("Memorial University – Facilities Management", "230 Elizabeth Avenue, St. John's, NL"),
    ("Petty Harbour Fishermen's Co-operative", "Main Road, Petty Harbour, NL"),
]
NL_LAB = [
    ("Refrigeration mechanic – regular time", "hr", 2, 24, 105, 135),
    ("Refrigeration mechanic – overtime", "hr", 1, 8, 155, 195),
    ("Electrician – regular time", "hr", 2, 16, 95, 125),
    ("Apprentice", "hr", 2, 24, 55, 75),
    ("Service truck and travel", "trip", 1, 3, 85, 140),
]
NL_MAT = [
    ("R-448A refrigerant", "lb", 5, 60, D("24.00"), D("39.00")),
    ("Compressor contactor 3-pole 40 A", "ea", 1, 4, D("68.00"), D("115.00")),
    ("Evaporator fan motor 1/3 HP", "ea", 1, 3, D("210.00"), D("340.00")),
    ('Filter drier 3/8" flare', "ea", 1, 6, D("32.00"), D("58.00")),
    ('Copper line set 1/2" x 50 ft', "ea", 1, 3, D("145.00"), D("230.00")),
    ("Thermostatic expansion valve", "ea", 1, 2, D("260.00"), D("410.00")),
]


@style("09", "ca_nl_st_johns_invoice_hst_15_credit_memo")
def s09(rng, i):
    vname, vaddr, color = NL_V[i]
    bname, baddr = NL_B[i]
    d = rand_date(rng)
    lab = lines(rng, NL_LAB, rng.randint(2, 3), D("0.50"), halves=True)
    mat = lines(rng, NL_MAT, rng.randint(2, 4), D("0.05"))
    items = lab + mat
    lab_t = sum(x["amount"] for x in lab)
    mat_t = sum(x["amount"] for x in mat)
    net = lab_t + mat_t
    tax = q2(net * D("0.15"))
    total = net + tax
    b9 = valid_id(rng, 9, bn.is_valid)
    bnno = f"{b9} RT0001"
    no = [
        f"{rng.randint(10000, 29999)}",
        f"INV-{rng.randint(1000, 9999)}",
        f"SI{d.strftime('%y')}-{rng.randint(100, 999)}",
        f"{rng.randint(5000, 8999)}",
    ][i]
    fd = [lambda x: x.isoformat(), us_date, lambda x: x.strftime("%d-%b-%Y"), lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=30) if i != 3 else None
    term = None if due else "Due on receipt"
    po = [f"PO {rng.randint(40000, 49999)}", f"{rng.randint(100000, 999999)}", None, None][i]
    cm = q2(rng.choice([D("150.00"), D("250.00"), D("412.50"), net * D("0.05")])) if i in (0, 2) else None
    cm_no = f"CM-{rng.randint(100, 999)}"
    wo = f"WO-{rng.randint(10000, 99999)}"
    m = en

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Jobber")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 216, 6, "F")
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        para(
            pdf,
            14,
            19,
            110,
            f"{vaddr}\nTel. 709-{rng.randint(300, 799)}-{rng.randint(1000, 9999)} · service@{vname.split()[0].lower()}.ca\nHST Reg. No. {bnno}",
            8,
            h=4,
        )
        txt(pdf, 150, 12, "INVOICE", 18, "B")
        kv(
            pdf,
            140,
            22,
            [
                ("Invoice #", no),
                ("Invoice date", fd(d)),
                ("Due date", fd(due) if due else None),
                ("Customer PO", po),
                ("Work order", wo),
                ("Account", f"C-{rng.randint(1000, 9999)}"),
            ],
            wl=26,
            wv=36,
            size=8,
            step=4.6,
            align="L",
        )
        txt(pdf, 14, 40, "BILL TO", 7.4, "B", color=(110, 110, 110))
        para(pdf, 14, 44, 110, f"{bname}\n{baddr}", 8.6, h=4.3)
        txt(
            pdf,
            14,
            56,
            f"Service location: {rng.choice(['cold store no. 2', 'blast freezer', 'walk-in cooler', 'ice plant'])} · Work performed {fd(d - dt.timedelta(days=rng.randint(1, 9)))} · Technician: {rng.choice(['D. Power', 'K. Walsh', 'M. Kavanagh', 'S. Tobin'])}",
            7.8,
        )
        y = 64
        txt(pdf, 14, y, "LABOUR", 9, "B", color=color)
        y = table(
            pdf,
            14,
            y + 5,
            [("Description", 110, "L"), ("Hours", 22, "R"), ("Rate", 28, "R"), ("Amount", 28, "R")],
            [[x["desc"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in lab],
            size=8,
            rowh=5.6,
            header_fill=(235, 235, 235),
        )
        txt(pdf, 120, y + 1.5, "Labour total", 8, "B")
        txt(pdf, 174, y + 1.5, m(lab_t), 8, "B", align="R", w=27)
        y += 10
        txt(pdf, 14, y, "MATERIALS", 9, "B", color=color)
        y = table(
            pdf,
            14,
            y + 5,
            [("Description", 110, "L"), ("Qty", 22, "R"), ("Unit price", 28, "R"), ("Amount", 28, "R")],
            [[x["desc"], qstr(x["qty"]) + " " + x["unit"], m(x["price"]), m(x["amount"])] for x in mat],
            size=8,
            rowh=5.6,
            header_fill=(235, 235, 235),
        )
        txt(pdf, 120, y + 1.5, "Materials total", 8, "B")
        txt(pdf, 174, y + 1.5, m(mat_t), 8, "B", align="R", w=27)
        y += 12
        rows = [("Subtotal", m(net), False), ("HST 15% (NL)", m(tax), False), ("Invoice Total (CAD)", m(total), True)]
        if cm:
            rows += [(f"Less: credit memo {cm_no}", f"({m(cm)})", False), ("Balance Due", m(total - cm), True)]
        totals(pdf, 120, y, rows, wl=52, wv=30, size=8.8, line=(60, 60, 60))
        para(
            pdf,
            14,
            y,
            96,
            (
                f"Terms: Net 30 days. Please remit by cheque or EFT by {fd(due)}; overdue accounts are charged 1.5% per month."
                if due
                else f"Terms: {term}."
            )
            + f"\nRBC Royal Bank, transit {digits(rng, 5)}, institution 003, account {digits(rng, 7)}.",
            7.6,
            h=3.8,
        )
        para(
            pdf,
            14,
            250,
            188,
            "Thank you for your business! All refrigerant recovered and handled by certified technicians (ODP certification). Warranty on parts as per manufacturer; labour warranty 90 days.",
            7.2,
            h=3.6,
            color=(100, 100, 100),
        )
        pdf.output(path)

    notes = (
        "St. John's / Avalon (Newfoundland and Labrador, Canada) refrigeration contractor's INVOICE in English on a Letter page with a LABOUR table (hours in halves) and a MATERIALS table, each with its own total, then 'Subtotal', 'HST 15% (NL)' and 'Invoice Total (CAD)'"
        + (", and a CREDIT MEMO applied BELOW the total ('Less: credit memo …', 'Balance Due')" if cm else "")
        + ", in dollars ('1,234.50'): vendor = the name at the top left; vendor_tax_id = 'HST Reg. No.' (the business number with RT0001, as printed). "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice date' ("
        + ["yyyy-mm-dd", "'March 12, 2026'", "dd-Mon-yyyy", "yyyy-mm-dd"][i]
        + "); the work date, work order, account and the Labour / Materials totals are decoys. "
        + due_note(due, term, "Due date")
        + po_note(po, "Customer PO")
        + "subtotal = 'Subtotal'; tax = 'HST 15% (NL)'; total = 'Invoice Total (CAD)'"
        + (" (the 'Balance Due' after the credit memo is NOT the total)" if cm else "")
        + ". Currency CAD. Line items: every labour and materials row."
    )
    t = truth(vname, bnno, no, po, d, due, "CAD", net, tax, total, items, notes)
    return (
        t,
        [fd(d), no, vname, bnno, "Invoice Total (CAD)", fd(due) if due else None, wo, m(total - cm) if cm else None],
        render,
    )


# =========================================================================== 10 Kirkwall knitwear and bookshop (VAT 20 % / 0 %, GBP), VAT code per row, settlement discount offer
OR_V = [
    ("Hamnavoe Knitwear & Books Ltd", "27 Albert Street, Kirkwall, Orkney KW15 1HP", (30, 58, 138)),
    ("Scapa Flow Crafts Ltd", "4 Bridge Street, Kirkwall, Orkney KW15 1HR", (21, 128, 61)),
    ("Stromness Island Press & Gifts", "61 Victoria Street, Stromness, Orkney KW16 3BS", (127, 29, 29)),
    ("Ring of Brodgar Woollens Ltd", "Harray Road, Stenness, Orkney KW16 3HA", (88, 28, 135)),
]
OR_B = [
    ("The Royal Mile Gift Emporium Ltd", "212 High Street, Edinburgh EH1 1RH"),
    ("Inverness Visitor Centre Shop", "36 High Street, Inverness IV1 1JQ"),
    ("Highland Heritage Stores Ltd", "8 Argyle Square, Wick KW1 5AH"),
    ("Lerwick Book & Craft Co-operative", "Commercial Street, Lerwick, Shetland ZE1 0AN"),
]
OR_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, VAT %)
    ("Fair Isle yoke jumper, adult, assorted sizes", "ea", 2, 20, 58, 95, 20),
    ("Orkney lambswool beanie", "ea", 6, 48, D("9.50"), D("16.00"), 20),
    ("Hand-knitted gansey, natural", "ea", 1, 8, 110, 165, 20),
    ("Orkney fudge gift tin, 300 g", "ea", 12, 96, D("3.20"), D("5.40"), 20),
    ("Silver Skara Brae pendant", "ea", 2, 24, D("18.00"), D("34.00"), 20),
    ("Book: The Orkney Story (paperback)", "ea", 5, 40, D("6.80"), D("11.50"), 0),
    ("Book: Orcadian Knitting Patterns", "ea", 3, 30, D("8.40"), D("14.00"), 0),
    ("OS Explorer map 463/464, Orkney", "ea", 5, 40, D("6.20"), D("9.80"), 0),
]


@style("10", "gb_ork_kirkwall_invoice_vat_20_zero_rated")
def s10(rng, i):
    vname, vaddr, color = OR_V[i]
    bname, baddr = OR_B[i]
    d = rand_date(rng)
    items = lines(rng, OR_ROWS[:5], rng.randint(2, 4), D("0.10")) + lines(
        rng, OR_ROWS[5:], rng.randint(1, 3), D("0.10")
    )
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    v9 = valid_id(rng, 9, gbvat.is_valid)
    vat = f"GB {v9[:3]} {v9[3:7]} {v9[7:]}"
    no = [
        f"{rng.randint(4000, 9999)}",
        f"HK-{rng.randint(1000, 9999)}",
        f"INV{d.strftime('%y%m')}{rng.randint(10, 99)}",
        f"{rng.randint(100, 999)}/{d.strftime('%y')}",
    ][i]
    fd = [
        en_date,
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d %b %Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([30, 30, 60])) if i != 2 else None
    term = None if due else "Payment with order – paid by card, thank you"
    po = [f"PO {rng.randint(1000, 9999)}", None, None, f"{rng.randint(10000, 99999)}"][i]
    disc = q2(total * D("0.025"))
    cons = f"NorthLink consignment {rng.randint(100000, 999999)}"
    m = en

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Accounts")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 12, vname, 15, "B", color=color)
        para(
            pdf,
            16,
            19,
            120,
            f"{vaddr}\nTel. 01856 {rng.randint(800000, 899999)} · orders@{vname.split()[0].lower()}.co.uk\nVAT Reg. No. {vat} · Registered in Scotland SC{rng.randint(100000, 799999)}",
            7.8,
            h=3.9,
        )
        txt(pdf, 150, 12, "INVOICE", 17, "B")
        txt(pdf, 150, 19, "Tax invoice – wholesale", 7.4, color=(110, 110, 110))
        kv(
            pdf,
            150,
            25,
            [
                ("Invoice no.", no),
                ("Date / tax point", fd(d)),
                ("Your order", po),
                ("Due", fd(due) if due else None),
                ("Account", f"{bname.split()[1][:3].upper()}{rng.randint(10, 99)}"),
            ],
            wl=26,
            wv=30,
            size=8,
            step=4.6,
            align="L",
        )
        txt(pdf, 16, 40, "Invoice to", 7.4, color=(110, 110, 110))
        para(pdf, 16, 44, 110, f"{bname}\n{baddr}", 8.6, h=4.3)
        txt(pdf, 16, 56, f"Despatched {fd(d - dt.timedelta(days=rng.randint(0, 3)))} by {cons}, 2 cartons", 7.6)
        cols = [
            ("Code", 18, "L"),
            ("Description", 80, "L"),
            ("Qty", 14, "R"),
            ("Unit price", 24, "R"),
            ("VAT", 12, "C"),
            ("Net amount", 30, "R"),
        ]
        rows = [
            [
                f"{rng.choice(['KN', 'GF', 'BK'])}{rng.randint(100, 999)}",
                x["desc"],
                qstr(x["qty"]),
                m(x["price"]),
                "S" if x["rate"] else "Z",
                m(x["amount"]),
            ]
            for x in items
        ]
        y = table(pdf, 16, 64, cols, rows, size=8, rowh=5.8, header_fill=(238, 238, 238))
        y += 6
        txt(pdf, 16, y, "VAT analysis", 8, "B")
        vy = table(
            pdf,
            16,
            y + 4.5,
            [("Code", 14, "L"), ("Rate", 16, "R"), ("Net", 26, "R"), ("VAT", 24, "R")],
            [["S" if r else "Z", f"{r}%", m(b), m(v)] for r, b, v in reversed(summary)],
            size=7.6,
            rowh=5,
            line_color=(200, 200, 200),
        )
        totals(
            pdf,
            128,
            y,
            [
                ("Total net", "£" + m(net), False),
                ("Total VAT", "£" + m(tax), False),
                ("Invoice total", "£" + m(total), True),
            ],
            wl=38,
            wv=32,
            size=9,
            line=color,
        )
        para(
            pdf,
            16,
            max(vy, y + 20) + 6,
            180,
            (
                f"Terms: strictly {(due - d).days} days net, payment due by {fd(due)}. Settlement discount: you may deduct 2.5% (£{m(disc)}) if payment is received within 14 days of the invoice date; VAT has been charged on the full price."
                if due
                else term + "."
            )
            + f"\nBank: Bank of Scotland, Kirkwall · Sort code 80-{rng.randint(10, 99)}-{rng.randint(10, 99)} · Account {digits(rng, 8)}",
            7.6,
            h=3.8,
        )
        para(
            pdf,
            16,
            275,
            180,
            "Books and maps are zero-rated (Z); all other goods are standard-rated (S). Thank you for stocking Orkney-made goods. Title remains with the seller until paid in full.",
            7,
            h=3.5,
            color=(100, 100, 100),
        )
        pdf.output(path)

    notes = (
        "Kirkwall / Stromness (Orkney, Scotland) knitwear, gifts and books wholesaler's tax INVOICE in English with a coloured band down the left edge, in pounds ('1,234.50', '£' on the totals), a VAT CODE per row (S = 20 % on knitwear, fudge and jewellery, Z = 0 % on books and maps), a 'VAT analysis' per rate at the left and the totals at the right"
        + (", and a 2.5 % settlement-discount offer with its amount (a decoy)" if due else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'VAT Reg. No.' as printed ('GB 123 4567 89'; the company number SC… is a decoy). "
        "invoice_number = 'Invoice no.'; invoice_date = 'Date / tax point' ("
        + ["'12 March 2026'", "dd/mm/yyyy", "dd/mm/yyyy", "'12 Mar 2026'"][i]
        + "); the despatch date, the NorthLink consignment number and the account code are decoys. "
        + due_note(due, term, "Due")
        + po_note(po, "Your order")
        + "subtotal = 'Total net'; tax = 'Total VAT'; total = 'Invoice total'. Currency GBP. Line items: every row (net)."
    )
    t = truth(vname, vat, no, po, d, due, "GBP", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vat, "Invoice total", fd(due) if due else None, cons, m(disc) if due else None], render
