"""fpdf2 styles for set 7, the second producer (03 German Abschlagsrechnung for construction work, 05 Ghanaian VAT
invoice with NHIL/GETFund levies, 07 Slovak faktúra with payment symbols)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mod11_ico
from invoice_kit import (
    T,
    de,
    digits,
    en,
    iban,
    iban_fmt,
    lfont,
    li,
    mt,
    new_fpdf,
    q2,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import items_from, qr_fpdf
from stdnum.de import stnr as _stnr
from stdnum.de import vat as _devat
from stdnum.sk import dph as _dph

STYLES, style = style_registry("fpdf2")


# =========================================================================== 03 German Abschlagsrechnung (progress invoice, VOB/B § 16)
DE_V = [
    ("Hoffmann Bedachungen GmbH", "Dachdeckermeisterbetrieb", "Gewerbestraße 14", "33609 Bielefeld", (170, 40, 30)),
    (
        "Elektro Krämer GmbH & Co. KG",
        "Elektroinstallation · Gebäudetechnik",
        "Am Hafen 3",
        "68159 Mannheim",
        (20, 80, 150),
    ),
    ("Bauunternehmung Seidel e.K.", "Hoch- und Tiefbau", "Ringstraße 88", "01159 Dresden", (90, 90, 90)),
    (
        "Schreinerei & Innenausbau Lindner GmbH",
        "Innenausbau · Türen · Treppen",
        "Talweg 5",
        "87435 Kempten (Allgäu)",
        (120, 80, 30),
    ),
]
DE_B = [
    (
        "Wohnungsbaugenossenschaft Teutoburg eG",
        "Herrn Dipl.-Ing. Brandt",
        "Detmolder Str. 220",
        "33604 Bielefeld",
        "Neubau MFH Sieker Mitte, Haus B",
    ),
    (
        "Stadt Mannheim, Fachbereich Bildung",
        "Gebäudemanagement",
        "E 5, 16",
        "68159 Mannheim",
        "Sanierung Grundschule Neckarstadt, 2. BA",
    ),
    (
        "Müller Immobilien GbR",
        "Frau Katrin Müller",
        "Bautzner Str. 41",
        "01099 Dresden",
        "Umbau Wohn- und Geschäftshaus Bautzner Str. 41",
    ),
    (
        "Hotel Alpenblick Oberstdorf GmbH",
        "Geschäftsführung",
        "Nebelhornstr. 12",
        "87561 Oberstdorf",
        "Umbau Rezeption und Gästezimmer 1. OG",
    ),
]
DE_L = [
    [
        ("01", "Baustelleneinrichtung", 2800, 6500),
        ("02", "Dachabdichtung Bitumen 2-lagig", 18000, 42000),
        ("03", "Wärmedämmung PIR 160 mm", 14000, 36000),
        ("04", "Klempnerarbeiten Titanzink", 8000, 19000),
        ("05", "Dachentwässerung", 4000, 11000),
    ],
    [
        ("1.1", "Unterverteilungen und Zählerplätze", 12000, 28000),
        ("1.2", "Kabel- und Leitungsanlagen", 22000, 56000),
        ("1.3", "Beleuchtung LED inkl. Notbeleuchtung", 18000, 47000),
        ("1.4", "Brandmeldeanlage", 9000, 24000),
    ],
    [
        ("1", "Erdarbeiten", 9000, 22000),
        ("2", "Beton- und Stahlbetonarbeiten", 45000, 98000),
        ("3", "Mauerarbeiten", 21000, 52000),
        ("4", "Abbrucharbeiten", 6000, 15000),
        ("5", "Gerüstarbeiten", 4000, 9500),
    ],
    [
        ("A", "Empfangstresen Eiche massiv", 14000, 26000),
        ("B", "Zimmertüren T30 inkl. Zargen", 11000, 24000),
        ("C", "Einbauschränke Gästezimmer", 16000, 38000),
        ("D", "Wandverkleidung Akustikpaneele", 6000, 14000),
    ],
]


@style("03", "de_abschlagsrechnung_bau")
def s03(rng, i):
    vname, vsub, v1, v2, color = DE_V[i]
    bname, batt, b1, b2, bv = DE_B[i]
    d = rand_date(rng)
    k = rng.randint(2, 4)  # this is the k-th Abschlagsrechnung
    pos = rng.sample(DE_L[i], rng.randint(3, len(DE_L[i])))
    rows, cum = [], []
    for p, desc, lo, hi in pos:
        ow = D(rng.randint(lo, hi)) + D(rng.choice(["0", "0.50", "0.80", "0.25"]))
        pct = D(rng.choice([25, 40, 50, 60, 75, 80, 100, 100, 35]))
        c = q2(ow * pct / 100)
        rows.append((p, desc, ow, pct, c))
        cum.append(c)
    cum_sum = sum(cum)
    prev = []
    left = cum_sum * D(rng.choice(["0.55", "0.6", "0.7"]))
    for j in range(1, k):
        a = (
            q2(left / (k - 1) * D(rng.choice(["0.9", "1", "1.1"])))
            if j < k - 1
            else q2(left - sum(x for _, _, x in prev))
        )
        prev.append((j, d - dt.timedelta(days=30 * (k - j) + rng.randint(0, 5)), a))
    prev_nos = [f"AR-{(d - dt.timedelta(days=30 * (k - j))).year}-{rng.randint(100, 999):04d}" for j in range(1, k)]
    net = cum_sum - sum(a for _, _, a in prev)
    tax = q2(net * D("0.19"))
    total = net + tax
    no = [
        f"AR-{d.year}-{rng.randint(1000, 1999):04d}",
        f"{d.year}{rng.randint(1000, 9999)}",
        f"R{rng.randint(10000, 99999)}",
        f"{rng.randint(100, 999)}/{d.year}",
    ][i]
    po = [f"{rng.randint(4500000000, 4500999999)}", f"BE-{d.year}-{rng.randint(100, 999)}", None, None][i]
    vat = valid(rng, lambda: digits(rng, 9, True), _devat.is_valid)
    vat_p = f"DE{vat}" if i != 1 else f"DE {vat[:3]} {vat[3:6]} {vat[6:]}"
    stnr = valid(rng, lambda: f"{rng.randint(300, 399)}/{digits(rng, 3)}/{digits(rng, 5)}", lambda s: _stnr.is_valid(s))
    show_vat = i != 2
    vid = vat_p if show_vat else stnr
    days = rng.choice([18, 21, 30])  # VOB/B: 21 days for Abschlagszahlungen
    due = d + dt.timedelta(days=days)
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    lz_end = d - dt.timedelta(days=rng.randint(1, 6))
    auftrag_d = d - dt.timedelta(days=rng.randint(90, 240))
    ib = iban("DE", digits(rng, 8, True) + digits(rng, 10))

    def render(path):
        pdf = new_fpdf(creator="Handwerkersoftware")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 20, 12, vname, 15, "B", "LSans", color=color)
        txt(pdf, 20, 19, vsub, 9, "", "LSans", color=(90, 90, 90))
        txt(pdf, 140, 12, v1, 8.5, "", "LSans")
        txt(pdf, 140, 16.5, v2, 8.5, "", "LSans")
        txt(pdf, 140, 21, f"Tel. 0{rng.randint(300, 999)} {digits(rng, 6)}", 8.5, "", "LSans")
        txt(pdf, 20, 45, f"{vname} · {v1} · {v2}", 6.5, "", "LSans", color=(90, 90, 90))
        for k2, s in enumerate([bname, batt, b1, b2]):
            txt(pdf, 20, 51 + k2 * 4.6, s, 9.5, "", "LSans")
        info = [
            ("Rechnungsnummer", no),
            ("Rechnungsdatum", f(d)),
            ("Kunden-Nr.", f"{rng.randint(10000, 99999)}"),
            ("Auftrag vom", f(auftrag_d)),
        ]
        if po:
            info.append(("Ihre Bestell-Nr.", po))
        info.append(("Leistungsstand bis", f(lz_end)))
        for k2, (a, b) in enumerate(info):
            txt(pdf, 125, 51 + k2 * 4.6, a, 8.5, "", "LSans", color=(80, 80, 80))
            txt(pdf, 160, 51 + k2 * 4.6, b, 8.5, "B" if k2 == 0 else "", "LSans")
        txt(pdf, 20, 88, f"{k}. Abschlagsrechnung", 14, "B", "LSans")
        txt(pdf, 20, 95, f"Bauvorhaben: {bv}", 9.5, "", "LSans")
        txt(
            pdf,
            20,
            100,
            "Gemäß § 16 Abs. 1 VOB/B stellen wir Ihnen die bis zum oben genannten Datum erbrachten Leistungen in Rechnung:",
            8.5,
            "",
            "LSans",
        )
        cols = [
            ("Pos.", 12, "L"),
            ("Leistung", 72, "L"),
            ("Auftragswert netto", 32, "R"),
            ("Stand %", 18, "R"),
            ("Leistung kumuliert", 36, "R"),
        ]
        y = table(
            pdf,
            20,
            107,
            cols,
            [[p, desc, de(ow), f"{pct} %", de(c)] for p, desc, ow, pct, c in rows],
            size=8.2,
            font="LSans",
            rowh=6,
            header_fill=(235, 235, 235),
        )
        rs = [("Summe erbrachte Leistungen (kumuliert, netto)", de(cum_sum), "B")]
        for (j, pd_, a), pn in zip(prev, prev_nos, strict=True):
            rs.append((f"abzgl. {j}. Abschlagsrechnung Nr. {pn} vom {f(pd_)} (netto)", "-" + de(a), ""))
        rs += [
            ("Nettobetrag dieser Abschlagsrechnung", de(net), "B"),
            ("zzgl. 19 % Umsatzsteuer", de(tax), ""),
            ("Rechnungsbetrag (brutto)", de(total) + " EUR", "B"),
        ]
        y += 3
        for a, b, s in rs:
            txt(pdf, 20, y, a, 8.8, s, "LSans")
            txt(pdf, 150, y, b, 8.8, s, "LSans", "R", 40)
            y += 5.6
            if a.startswith("Nettobetrag"):
                pdf.set_draw_color(0, 0, 0)
                pdf.line(120, y - 6.2, 190, y - 6.2)
        y += 4
        txt(
            pdf,
            20,
            y,
            f"Zahlbar bis {f(due)} ohne Abzug ({days} Tage nach Zugang gemäß § 16 Abs. 1 Nr. 3 VOB/B).",
            8.8,
            "",
            "LSans",
        )
        txt(
            pdf,
            20,
            y + 5,
            "Der vertraglich vereinbarte Sicherheitseinbehalt wird erst mit der Schlussrechnung berücksichtigt.",
            8.8,
            "",
            "LSans",
        )
        txt(pdf, 20, y + 12, "Mit freundlichen Grüßen", 8.8, "", "LSans")
        pdf.set_draw_color(*color)
        pdf.line(20, 272, 190, 272)
        foot = [
            [vname, v1, v2],
            [
                f"Geschäftsführung: {rng.choice(['Thomas', 'Sabine', 'Jörg'])} {vname.split()[0]}",
                f"Amtsgericht {v2.split()[1]} HRB {rng.randint(1000, 49999)}",
                f"Steuernummer {stnr}" if not show_vat or i == 0 else "",
            ],
            [
                rng.choice(["Sparkasse", "Volksbank", "Commerzbank"]) + f" {v2.split()[1]}",
                f"IBAN {iban_fmt(ib)}",
                f"USt-IdNr. {vat_p}" if show_vat else "",
            ],
        ]
        for c_, col in enumerate(foot):
            for r_, s in enumerate(col):
                txt(pdf, 20 + c_ * 58, 274 + r_ * 3.6, s, 6.8, "", "LSans", color=(70, 70, 70))
        txt(pdf, 170, 288, "Seite 1 von 1", 6.8, "", "LSans", color=(70, 70, 70))
        pdf.output(path)

    notes = (
        f"German {k}. Abschlagsrechnung (progress invoice under VOB/B) as a DIN 5008 letter: info block right (labels left of values). invoice_number = 'Rechnungsnummer'; "
        "the previous Abschlagsrechnungen's numbers and dates in the deduction rows are decoys, as are 'Auftrag vom', 'Leistungsstand bis' and the customer number. "
        "invoice_date = 'Rechnungsdatum'; due = 'Zahlbar bis'. "
        + (f"PO = 'Ihre Bestell-Nr.' {po}. " if po else "No PO. ")
        + (
            "vendor tax id = 'USt-IdNr.' in the footer (as printed)"
            + ("; the Steuernummer is also printed (decoy)" if i == 0 else "")
            + ". "
            if show_vat
            else "Only a Steuernummer is printed (vendor tax id). "
        )
        + "subtotal = 'Nettobetrag dieser Abschlagsrechnung' (cumulative performance minus earlier Abschläge); tax = 19 % USt; total = 'Rechnungsbetrag (brutto)'. "
        "'Summe erbrachte Leistungen (kumuliert)' and the Auftragswert column are decoys. Line items: the cumulative position rows (amount = 'Leistung kumuliert', no quantity) "
        "and one negative row per earlier Abschlagsrechnung (its net amount); they sum to the subtotal."
    )
    lines = [{"amount": mt(c), "quantity": None} for c in cum] + [
        {"amount": mt(-a), "quantity": None} for _, _, a in prev
    ]
    t = T(
        vendor_name=vname,
        vendor_tax_id=vid,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="EUR",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=lines,
        notes=notes,
    )
    return t, [f(d), f(due), vid, no, po, vname, f"{k}. Abschlagsrechnung"], render


# =========================================================================== 05 Ghanaian VAT invoice (TIN, NHIL, GETFund, COVID-19 levy, VAT 15 %)
GH_V = [
    ("Adinkra Office Solutions Ltd", "No. 14 Ring Road Central, Accra", "P.O. Box CT 4471, Cantonments", (0, 107, 63)),
    (
        "Kumasi Agro Processing Company Ltd",
        "Plot 22, Ahensan Industrial Area, Kumasi",
        "P.O. Box KS 1290, Kumasi",
        (190, 120, 0),
    ),
    (
        "Volta Engineering & Technical Services Ltd",
        "Tema Heavy Industrial Area, Community 2",
        "P.O. Box CO 512, Tema",
        (30, 60, 140),
    ),
    ("Cape Coast Hospitality Supplies Ltd", "Commercial Street, Cape Coast", "P.O. Box 873, Cape Coast", (140, 30, 60)),
]
GH_B = [
    ("Ghana Cocoa Marketing Services Ltd", "TIN C0002938411"),
    ("Kasapreko Beverages Distribution", "TIN C0019285533"),
    ("Tema Oil Terminal Services Ltd", "TIN C0004873201"),
    ("Elmina Beach Resort Ltd", "TIN C0038842917"),
]
GH_L = [
    [
        ("Office chair ergonomic mesh", "PCS", 850, 1650, 2, 20),
        ("A4 paper 80gsm (box of 5 reams)", "BOX", 245, 320, 5, 60),
        ("Toner cartridge 26A", "PCS", 780, 1350, 2, 12),
        ("Filing cabinet 4-drawer", "PCS", 2100, 3400, 1, 4),
    ],
    [
        ("Shea butter refined 25 kg", "BAG", 1450, 2100, 5, 80),
        ("Cassava flour 50 kg", "BAG", 560, 820, 10, 120),
        ("Palm kernel oil 20 L", "JERRYCAN", 780, 1150, 5, 60),
    ],
    [
        ("Pump overhaul and bearing replacement", "JOB", 8500, 24000, 1, 2),
        ("Mechanical seal 45 mm", "PCS", 1650, 2900, 1, 6),
        ("Technician day rate", "DAY", 1200, 1800, 1, 10),
        ("Vibration analysis report", "JOB", 3500, 6500, 1, 1),
    ],
    [
        ("Bath towels 500 gsm", "PCS", 85, 140, 20, 300),
        ("Bed linen set king", "SET", 420, 690, 10, 80),
        ("Guest amenities kit", "PCS", 18, 32, 100, 1500),
        ("Mini-bar fridge 40 L", "PCS", 1450, 2300, 2, 12),
    ],
]


@style("05", "gh_vat_nhil_getfund")
def s05(rng, i):
    vname, v1, v2, color = GH_V[i]
    bname, btin = GH_B[i]
    d = rand_date(rng)
    items = items_from(rng, GH_L[i], rng.randint(2, 4))
    net = sum(it["amount"] for it in items)
    covid = i in (0, 1)
    nhil = q2(net * D("0.025"))
    getf = q2(net * D("0.025"))
    cov = q2(net * D("0.01")) if covid else D(0)
    taxable = net + nhil + getf + cov
    vat = q2(taxable * D("0.15"))
    tax = nhil + getf + cov + vat
    total = net + tax
    tin = f"C00{digits(rng, 8)}"
    no = [
        f"INV/{str(d.year)[2:]}/{rng.randint(100, 9999):04d}",
        f"KAP-{rng.randint(10000, 99999)}",
        f"VETS{d.year}{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
    ][i]
    po = [
        f"LPO/{rng.randint(1000, 9999)}",
        None,
        f"TOTS-PO-{rng.randint(10000, 99999)}",
        f"EBR/LPO/{rng.randint(100, 999)}",
    ][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=30) if i != 1 else None
    sdc_d = d + dt.timedelta(days=rng.choice([0, 1]))

    def render(path):
        pdf = new_fpdf(creator="GRA E-VAT Invoicing")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 30, "F")
        txt(pdf, 12, 7, vname, 14, "B", color=(255, 255, 255))
        txt(pdf, 12, 15, f"{v1} · {v2}", 8, color=(255, 255, 255))
        txt(
            pdf,
            12,
            20,
            f"Tel: +233 {digits(rng, 2, True)} {digits(rng, 3)} {digits(rng, 4)} · TIN: {tin} · VAT Registered",
            8,
            color=(255, 255, 255),
        )
        txt(pdf, 140, 36, "TAX INVOICE", 16, "B", color=color)
        left = [
            ("Customer:", bname),
            ("", btin),
            (
                "",
                rng.choice(
                    ["Airport City, Accra", "Spintex Road, Accra", "Harbour Area, Tema", "Elmina, Central Region"]
                ),
            ),
        ]
        for k2, (a, b) in enumerate(left):
            txt(pdf, 12, 40 + k2 * 5, a, 8.5, "B")
            txt(pdf, 32, 40 + k2 * 5, b, 8.5)
        right = [("Invoice No:", no), ("Invoice Date:", f(d))]
        if due:
            right.append(("Due Date:", f(due)))
        if po:
            right.append(("LPO No:", po))
        right.append(("Delivery Note:", f"DN{rng.randint(10000, 99999)}"))
        for k2, (a, b) in enumerate(right):
            txt(pdf, 140, 46 + k2 * 5, a, 8.5, "B")
            txt(pdf, 168, 46 + k2 * 5, b, 8.5)
        cols = [
            ("#", 8, "L"),
            ("Description", 84, "L"),
            ("Unit", 20, "L"),
            ("Qty", 16, "R"),
            ("Unit Price", 28, "R"),
            ("Amount (GHS)", 30, "R"),
        ]
        y = table(
            pdf,
            12,
            78,
            cols,
            [
                [str(k2 + 1), it["desc"], it["unit"], str(it["qty"]), en(it["price"]), en(it["amount"])]
                for k2, it in enumerate(items)
            ],
            size=8.2,
            rowh=6.2,
            header_fill=color,
            header_color=(255, 255, 255),
            zebra=(243, 243, 243),
        )
        y += 4
        rows = [("Total (Excl. Taxes & Levies)", net), ("NHIL (2.5%)", nhil), ("GETFund Levy (2.5%)", getf)]
        if covid:
            rows.append(("COVID-19 Health Recovery Levy (1%)", cov))
        rows += [
            ("Taxable Value (incl. levies)", taxable),
            ("VAT (15%)", vat),
            ("Total Taxes & Levies", tax),
            ("TOTAL AMOUNT PAYABLE (GHS)", total),
        ]
        for a, b in rows:
            st = "B" if a.startswith(("TOTAL", "Total Taxes")) else ""
            txt(pdf, 110, y, a, 8.6, st)
            txt(pdf, 160, y, en(b), 8.6, st, align="R", w=38)
            y += 5.4
        yq = y + 4
        qr_fpdf(pdf, rng, 12, yq, 26)
        for k2, s in enumerate(
            [
                "GRA E-VAT",
                f"SDC ID: SDC-{digits(rng, 6, True)}",
                f"SDC Time: {f(sdc_d)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                f"Invoice Counter: {rng.randint(100, 9999)}/{rng.randint(10000, 99999)} NS",
                f"Internal Data: {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ234567') for _ in range(26))}",
            ]
        ):
            txt(pdf, 42, yq + k2 * 4.6, s, 7.4, "B" if k2 == 0 else "")
        txt(
            pdf,
            12,
            yq + 32,
            "Note: Withholding tax (where applicable) is deducted by the customer at source and is not shown on this invoice.",
            7.4,
            color=(80, 80, 80),
        )
        txt(
            pdf,
            12,
            yq + 37,
            f"Payment: {rng.choice(['GCB Bank', 'Ecobank Ghana', 'Stanbic Bank'])} A/C {digits(rng, 13, True)} · Mobile Money merchant {digits(rng, 6, True)}",
            7.4,
            color=(80, 80, 80),
        )
        pdf.output(path)

    notes = (
        "Ghanaian VAT invoice (E-VAT block with SDC ID/time, fake QR): vendor tax id = the vendor's 'TIN' in the coloured header band; the customer's TIN under its name is a decoy. "
        "invoice_number = 'Invoice No'; the delivery note, SDC ID and invoice counter are decoys. invoice_date = 'Invoice Date' (dd/mm/yyyy); 'SDC Time' is a decoy; "
        + ("due = 'Due Date'. " if due else "no due date (null). ")
        + (f"PO = 'LPO No' {po}. " if po else "No PO. ")
        + "subtotal = 'Total (Excl. Taxes & Levies)'; tax = 'Total Taxes & Levies' (NHIL + GETFund"
        + (" + COVID-19 levy" if covid else "")
        + " + VAT 15% on the levy-inclusive value); "
        "'Taxable Value' is a decoy; total = 'TOTAL AMOUNT PAYABLE (GHS)'. Line items: every row (Qty, Amount excl. taxes)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=tin,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="GHS",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), f(due) if due else None, tin, no, po, vname], render


# =========================================================================== 07 Slovak faktúra (IČO, DIČ, IČ DPH, variabilný symbol, three dates)
SK_V = [
    ("TATRA-SERVIS s.r.o.", "Hlavná 112", "058 01 Poprad", "Okresného súdu Prešov, oddiel Sro, vložka č. 10984/P"),
    (
        "Bratislavská tlačiareň, a.s.",
        "Mlynské nivy 48",
        "821 09 Bratislava",
        "Mestského súdu Bratislava III, oddiel Sa, vložka č. 3321/B",
    ),
    (
        "Považská strojárska spoločnosť s.r.o.",
        "Priemyselná 7",
        "017 01 Považská Bystrica",
        "Okresného súdu Trenčín, oddiel Sro, vložka č. 22815/R",
    ),
    (
        "Zelená Záhrada Košice s.r.o.",
        "Južná trieda 84",
        "040 01 Košice",
        "Mestského súdu Košice, oddiel Sro, vložka č. 41277/V",
    ),
]
SK_B = [
    ("Hotel Grand Jasná a.s.", "Demänovská Dolina 72", "031 01 Liptovský Mikuláš"),
    ("Mesto Nitra", "Štefánikova trieda 60", "950 06 Nitra"),
    ("ŽOS Trnava, a.s.", "Koniarekova 19", "917 21 Trnava"),
    ("Súkromná materská škola Slniečko", "Moldavská cesta 12", "040 11 Košice"),
]
SK_L = [
    [
        ("Servis lanovej dráhy - mesačná prehliadka", "ks", 680, 1450, 1, 2, 23),
        ("Výmena ložísk kladky", "ks", 85, 160, 2, 16, 23),
        ("Práca technika", "hod", 38, 52, 4, 40, 23),
        ("Doprava", "km", 0.65, 0.95, 40, 400, 23),
    ],
    [
        ("Tlač katalógov A4, 48 strán", "ks", 1.85, 4.2, 200, 3000, 23),
        ("Knihy viazané V8", "ks", 6.4, 12.8, 100, 800, 5),
        ("Plagáty B1", "ks", 2.2, 5.9, 20, 300, 23),
        ("Grafické spracovanie", "hod", 32, 45, 2, 16, 23),
    ],
    [
        ("Hriadeľ pastorka CNC", "ks", 145, 320, 2, 30, 23),
        ("Ozubené koleso m=3, z=42", "ks", 88, 190, 4, 40, 23),
        ("Tepelné spracovanie - kalenie", "kg", 2.1, 3.8, 50, 500, 23),
    ],
    [
        ("Výsadba okrasných kríkov", "ks", 7.5, 16, 10, 120, 23),
        ("Trávnikový koberec", "m2", 6.9, 11.5, 40, 300, 23),
        ("Mulčovacia kôra", "m3", 42, 68, 1, 10, 23),
        ("Pravidelná údržba zelene", "hod", 19, 27, 4, 30, 23),
    ],
]


@style("07", "sk_faktura_symboly")
def s07(rng, i):
    vname, v1, v2, reg = SK_V[i]
    bname, b1, b2 = SK_B[i]
    d = rand_date(rng)
    deliv = d - dt.timedelta(days=rng.randint(0, 12))
    due = d + dt.timedelta(days=rng.choice([14, 14, 30]))
    items = items_from(rng, SK_L[i], rng.randint(2, 4))
    for it in items:
        it["tax"] = q2(it["amount"] * it["extra"] / 100)
    rates = sorted({it["extra"] for it in items}, reverse=True)
    rec = [
        (
            r,
            sum(it["amount"] for it in items if it["extra"] == r),
            q2(sum(it["amount"] for it in items if it["extra"] == r) * r / 100),
        )
        for r in rates
    ]
    net = sum(b for _, b, _ in rec)
    tax = sum(t for _, _, t in rec)
    total = net + tax

    def mk_dph():
        return valid(
            rng, lambda: rng.choice("1234579") + digits(rng, 1) + rng.choice("234789") + digits(rng, 7), _dph.is_valid
        )

    dic = mk_dph()
    ico = mod11_ico(rng)
    b_dic, b_ico = mk_dph(), mod11_ico(rng)
    icdph = f"SK{dic}"
    no = f"{d.year}{rng.randint(1, 999):04d}" if i != 2 else f"FA{str(d.year)[2:]}{rng.randint(1000, 9999)}"
    vs = no if i != 2 else no[2:]
    po = [
        f"OBJ-{rng.randint(100, 999)}/{d.year}",
        None,
        f"{rng.randint(4500000000, 4500999999)}",
        f"{rng.randint(10, 99)}/{d.year}",
    ][i]
    dep = q2(total * D("0.3")) if i == 3 else None
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    ib = iban("SK", rng.choice(["0200", "0900", "1100", "7500"]) + digits(rng, 16))

    def render(path):
        pdf = new_fpdf(creator="Money S3")
        pdf.add_page()
        txt(pdf, 12, 10, f"FAKTÚRA - daňový doklad č. {no}", 14, "B")
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(12, 20, 92, 56)
        pdf.rect(106, 20, 92, 56)
        txt(pdf, 14, 22, "Dodávateľ:", 8, "B")
        for k2, s in enumerate([vname, v1, v2, "", f"IČO: {ico}", f"DIČ: {dic}", f"IČ DPH: {icdph}"]):
            txt(pdf, 14, 27 + k2 * 4.4, s, 8.6, "B" if k2 == 0 else "")
        txt(pdf, 14, 60, f"Zapísaná v OR {reg}", 6.4, w=88)
        txt(pdf, 108, 22, "Odberateľ:", 8, "B")
        for k2, s in enumerate([bname, b1, b2, "", f"IČO: {b_ico}", f"DIČ: {b_dic}", f"IČ DPH: SK{b_dic}"]):
            txt(pdf, 110, 27 + k2 * 4.4, s, 8.6, "B" if k2 == 0 else "")
        kv = [
            ("Dátum vyhotovenia:", f(d)),
            ("Dátum dodania:", f(deliv)),
            ("Dátum splatnosti:", f(due)),
            ("Forma úhrady:", "prevodným príkazom"),
        ]
        kv2 = [
            ("Variabilný symbol:", vs),
            ("Konštantný symbol:", "0308"),
            ("IBAN:", iban_fmt(ib)),
            ("Objednávka č.:", po or ""),
        ]
        for k2, ((a, b), (c, e)) in enumerate(zip(kv, kv2, strict=True)):
            txt(pdf, 14, 81 + k2 * 4.8, a, 8.4)
            txt(pdf, 48, 81 + k2 * 4.8, b, 8.4, "B" if k2 == 2 else "")
            txt(pdf, 108, 81 + k2 * 4.8, c, 8.4)
            txt(pdf, 140, 81 + k2 * 4.8, e, 8.4, "B" if k2 == 0 else "")
        cols = [
            ("Označenie dodávky", 62, "L"),
            ("Množ.", 14, "R"),
            ("MJ", 10, "L"),
            ("Cena/MJ", 20, "R"),
            ("DPH %", 13, "R"),
            ("Bez DPH", 24, "R"),
            ("DPH", 20, "R"),
            ("Spolu", 23, "R"),
        ]
        y = table(
            pdf,
            12,
            104,
            cols,
            [
                [
                    it["desc"],
                    sp(it["qty"], 0),
                    it["unit"],
                    sp(it["price"]),
                    str(it["extra"]),
                    sp(it["amount"]),
                    sp(it["tax"]),
                    sp(it["amount"] + it["tax"]),
                ]
                for it in items
            ],
            size=7.6,
            rowh=5.8,
            header_fill=(225, 225, 225),
        )
        y += 6
        txt(pdf, 12, y, "Rekapitulácia DPH v EUR:", 8.4, "B")
        y = table(
            pdf,
            12,
            y + 5,
            [("Sadzba", 20, "L"), ("Základ", 30, "R"), ("DPH", 26, "R"), ("Spolu", 30, "R")],
            [[f"{r} %", sp(b), sp(t_), sp(b + t_)] for r, b, t_ in rec],
            size=8,
        )
        yy = y + 6
        for a, b, s in [
            ("Spolu bez DPH:", sp(net) + " EUR", ""),
            ("DPH:", sp(tax) + " EUR", ""),
            ("Celkom k úhrade:", sp(total) + " EUR", "B"),
        ] + (
            [("Uhradené zálohou:", "-" + sp(dep) + " EUR", ""), ("Zostáva uhradiť:", sp(total - dep) + " EUR", "B")]
            if dep
            else []
        ):
            txt(pdf, 120, yy, a, 9, s)
            txt(pdf, 160, yy, b, 9, s, align="R", w=38)
            yy += 5.4
        txt(
            pdf,
            12,
            yy + 8,
            f"Faktúru vystavil: {rng.choice(['Ing. Peter Kováč', 'Mgr. Jana Horváthová', 'Martin Baláž'])}   Tel.: +421 {digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)}",
            8,
        )
        txt(pdf, 12, 285, "Strana 1/1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Slovak faktúra - daňový doklad: number in the title 'č. …'; the variabilný symbol repeats it"
        + (" without its 'FA' prefix" if i == 2 else "")
        + " (payment symbol, decoy), the konštantný symbol too. "
        "vendor tax id = 'IČ DPH' (SK + DIČ) in the Dodávateľ box; IČO and DIČ are other registrations (decoys) and the Odberateľ box's IČO/DIČ/IČ DPH are the buyer's. "
        "invoice_date = 'Dátum vyhotovenia'; 'Dátum dodania' (tax point) is a decoy; due = 'Dátum splatnosti'. "
        + (f"PO = 'Objednávka č.' {po}. " if po else "'Objednávka č.' empty: no PO. ")
        + "subtotal = 'Spolu bez DPH'; tax = 'DPH'; total = 'Celkom k úhrade'"
        + ("; the advance already paid ('Uhradené zálohou') and 'Zostáva uhradiť' are decoys" if dep else "")
        + ". Amounts '1 234,56' EUR. Line items: every row, amount = 'Bez DPH', quantity = 'Množ.'."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=icdph,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="EUR",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), f(due), icdph, no, po, vname], render
