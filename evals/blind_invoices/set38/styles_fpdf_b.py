"""fpdf2 styles for set 38, second part (09 Graz farm-produce and garden wholesaler's RECHNUNG in Austrian German with
the date as 'Graz, am 12. Jänner 2026', USt 10 % on food, 13 % on live plants and flowers and 20 % on the rest, a
loyalty DISCOUNT on the rows' sum, a USt summary per rate and a Skonto offer, 10 Mendoza winery supplier's FACTURA A in
Spanish (Argentina) with a 'Bonif.' percentage per row, IVA 21 % and 10,5 % printed only per rate, the CAE and its
expiry, the point of sale and the voucher number)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import at_date
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import bars_fpdf, due_note, frame, kv, lines, para, po_note, totals, truth, wrap
from stdnum.ar import cuit
from stdnum.at import uid

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Graz (USt 10 / 13 / 20 %, EUR), discount on the sum, Skonto offer
GR_V = [
    ("Steirerhof Feinkost & Garten GmbH", "Lendkai 45", "8020 Graz", (22, 101, 52)),
    ("Murtaler Genussgroßhandel KG", "Conrad-von-Hötzendorf-Straße 94", "8010 Graz", (120, 53, 15)),
    ("Schloßberg Gärtnerei und Delikatessen GmbH", "Sackstraße 18", "8010 Graz", (30, 58, 138)),
    ("Kürbishof Liebenau Handels-GmbH", "Liebenauer Hauptstraße 160", "8041 Graz", (134, 25, 143)),
]
GR_B = [
    ("Gasthaus Zur Alten Post", "Frau Maria Pichler", "Hauptplatz 6", "8160 Weiz"),
    ("Hotel Erzherzog Johann Betriebs GmbH", "Einkauf, Herr Thomas Gruber", "Sackstraße 3-5", "8010 Graz"),
    ("Buschenschank Weinhof Sabathi", "Herrn Florian Sabathi", "Pössnitz 48", "8463 Leutschach"),
    ("Stadtgemeinde Graz, Holding Graz Services", "Abteilung Grünraum", "Andreas-Hofer-Platz 15", "8010 Graz"),
]
GR_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Steirisches Kürbiskernöl g.g.A. 1 l", "Fl.", 2, 40, D("18.90"), D("29.90"), 10), ("Steirische Käferbohnen 1 kg", "Pkg.", 2, 30, D("7.80"), D("12.90"), 10),
    ("Kürbiskerne geröstet 1 kg", "Pkg.", 1, 20, D("19.50"), D("28.00"), 10), ("Steirischer Kren frisch", "kg", 2, 20, D("6.40"), D("11.20"), 10),
    ("Vulcano Schinken 500 g", "Stk.", 1, 12, D("24.00"), D("39.00"), 10), ("Apfelsaft naturtrüb 1 l", "Fl.", 6, 60, D("1.90"), D("3.40"), 20),
    ("Welschriesling DAC 0,75 l", "Fl.", 6, 60, D("7.20"), D("12.90"), 20), ("Schilcher Klassik 0,75 l", "Fl.", 6, 60, D("8.40"), D("14.50"), 20),
    ("Kräuterpflanzen im Topf", "Stk.", 10, 120, D("2.40"), D("4.90"), 13), ("Geranien, Balkonkisten-Set", "Set", 2, 30, D("14.90"), D("29.00"), 13),
    ("Schnittblumen, Saisonstrauß", "Stk.", 2, 40, D("12.00"), D("34.00"), 13), ("Zustellung mit Kühlfahrzeug", "Pausch.", 1, 1, D("25.00"), D("85.00"), 20),
]


@style("09", "at_grz_graz_rechnung_ust_20_13_10_rabatt")
def s09(rng, i):
    vname, vstreet, vcity, color = GR_V[i]
    bname, batt, bstreet, bcity = GR_B[i]
    d = rand_date(rng)
    items = lines(rng, GR_ROWS, rng.randint(2, 11), D("0.10"))
    for x in items:
        x["rate"] = D(x["extra"])
    dpct = D(rng.choice([2, 3, 5])) if i != 2 else D(0)
    sums = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        dr = q2(b * dpct / 100)
        sums.append((r, b - dr, q2((b - dr) * r / 100), dr))
    disc = sum(s[3] for s in sums)
    rows_sum = sum(x["amount"] for x in items)
    net = sum(s[1] for s in sums)
    tax = sum(s[2] for s in sums)
    total = net + tax
    vid = valid(rng, lambda: "ATU" + digits(rng, 8, True), uid.is_valid)
    no = [f"RE-{d.year}-{rng.randint(1, 4999):05d}", f"{d.year % 100}{rng.randint(1000, 9999)}", f"R{rng.randint(100000, 999999)}", f"{rng.randint(1, 999)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), at_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 1 else None
    term = None if due else "Betrag dankend per Bankomatkarte erhalten"
    sk = d + dt.timedelta(days=rng.choice([7, 8, 10]))
    skv = q2(total * D("0.02"))
    po = [None, f"B-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}", f"BANF {rng.randint(4500000000, 4509999999)}"][i]
    cust = f"{rng.randint(10000, 39999)}"
    ldate = d - dt.timedelta(days=rng.randint(0, 5))
    fn = f"FN {rng.randint(100000, 599999)} {rng.choice('abdfghikmptwxyz')}"
    m = de

    def render(path):
        pdf = new_fpdf(creator="BMD NTCS")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 13, "B", color=color)
        txt(pdf, 20, 21, f"{vstreet} · {vcity} · Tel. +43 316 {rng.randint(700000, 899999)}", 7.6, color=(90, 90, 90))
        txt(pdf, 20, 44, f"{vname} · {vstreet} · {vcity}", 6.2, color=(120, 120, 120))
        para(pdf, 20, 49, 85, f"{bname}\n{batt}\n{bstreet}\n{bcity}", 9.4, h=4.6)
        info = [("Rechnungsnummer:", no), ("Kundennummer:", cust), ("Lieferdatum:", fd(ldate)), ("Ihre Bestellung:", po), ("Unsere UID:", vid)]
        if i != 2:
            info.insert(1, ("Rechnungsdatum:", fd(d)))
        kv(pdf, 120, 46, info, wl=32, wv=44, size=8, align="L")
        if i == 2:
            txt(pdf, 120, 76, f"Graz, am {at_date(d)}", 8.6)
        txt(pdf, 20, 88, f"Rechnung {no}", 13, "B")
        para(pdf, 20, 96, 170, "Sehr geehrte Damen und Herren,\nwir danken für Ihren Auftrag und erlauben uns, wie folgt in Rechnung zu stellen:", 8.6, h=4.4)
        cols = [("Pos.", 10, "R"), ("Artikel", 74, "L"), ("Menge", 16, "R"), ("Einh.", 14, "L"), ("Einzelpreis", 22, "R"), ("USt", 12, "R"), ("Gesamt", 22, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']} %", m(x["amount"])] for k, x in enumerate(items)]
        y0 = 108
        y = table(pdf, 20, y0, cols, rows, size=7.8, rowh=5.6, header_fill=(235, 240, 235), line_color=(200, 200, 200))
        frame(pdf, 20, y0, y, cols, color=(170, 170, 170))
        y += 4
        trows = [("Summe Positionen", m(rows_sum), False)]
        if dpct:
            trows.append((f"abzgl. {dpct} % Treuerabatt", "-" + m(disc), False))
        trows += [("Nettobetrag", m(net), False)] + [(f"USt {r} % von {m(b)}", m(v), False) for r, b, v, _d in sums] + [("Rechnungsbetrag EUR", m(total), True)]
        yy = totals(pdf, 112, y, trows, wl=54, wv=24, size=8.4, line=color, step=5)
        text = (f"Zahlbar bis {fd(due)} netto ohne Abzug. Bei Zahlung bis {fd(sk)} gewähren wir 2 % Skonto (EUR {m(skv)})." if due else term + ".")
        text += f"\nBankverbindung: {rng.choice(['Steiermärkische Sparkasse', 'Raiffeisen-Landesbank Steiermark', 'Volksbank Steiermark'])}, IBAN {iban_fmt(iban('AT', rng.choice(['20815', '38000', '44770']) + digits(rng, 11)))}"
        para(pdf, 20, yy + 6, 170, text + "\nEs gelten unsere Allgemeinen Geschäftsbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", 7.8, h=4)
        para(pdf, 20, 276, 170, f"{vname} · Sitz Graz · {fn}, Landesgericht für ZRS Graz · UID {vid} · Geschäftsführung: {rng.choice(['Mag. Eva Hofer', 'Ing. Stefan Reiter', 'Johann Pölzl', 'DI Anna Kainz'])}", 6.4, h=3.2, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Graz (Styria, Austria) farm-produce and garden wholesaler's RECHNUNG in Austrian German (the long date with 'Jänner' on one), euros with dots and a decimal comma ('1.234,56'), a ruled table with a USt column, USt 10 % on food, 13 % on live plants and cut flowers and 20 % on wine, juice and delivery, "
        + (f"a {dpct} % LOYALTY DISCOUNT on the rows' sum ('abzgl. … % Treuerabatt', spread over the rates), " if dpct else "no discount, ")
        + "a USt line per rate and a Skonto offer: "
        "vendor = the letterhead name; vendor_tax_id = its 'UID' (ATU…; the Firmenbuch number 'FN', the customer number and the IBAN are decoys). "
        "invoice_number = 'Rechnungsnummer' (also 'Rechnung …'); invoice_date = "
        + ("'Graz, am 12. Jänner 2026' (Austrian month names)" if i == 2 else "'Rechnungsdatum' (dd.mm.yyyy)")
        + "; the 'Lieferdatum' is a decoy. "
        + due_note(due, term, "Zahlbar bis")
        + ("The Skonto date and amount are decoys (an offer, not the due date or the total). " if due else "")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Nettobetrag' (after the discount); tax = the sum of the USt lines; total = 'Rechnungsbetrag EUR'. Currency EUR. Line items: every row BEFORE the discount ("
        + ("the rows minus the discount make the subtotal; the check file's line_adjustment is the negative discount)." if dpct else "they sum to the subtotal).")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag EUR", fd(due) if due else None, fd(ldate), fn, m(skv) if due else None], "tax_parts": [str(s[2]) for s in sums], "line_adjustment": str(-disc)}
    return t, chk, render


# =========================================================================== 10 Mendoza (IVA 21 % / 10,5 %, ARS), Factura A, bonificación per row, CAE
MZ_V = [
    ("INSUMOS ENOLÓGICOS CUYO S.A.", "Av. San Martín 1520, M5500 Mendoza", (127, 29, 29)),
    ("TONELERÍA Y METALÚRGICA LUJÁN S.R.L.", "Ruta Provincial 15 km 28, M5507 Luján de Cuyo, Mendoza", (30, 64, 175)),
    ("MAIPÚ EQUIPAMIENTOS VITIVINÍCOLAS S.A.", "Carril Ozamis 3200, M5515 Maipú, Mendoza", (21, 94, 60)),
    ("ANDES SERVICIOS AGRÍCOLAS S.R.L.", "Calle Belgrano 880, M5500 Mendoza", (113, 63, 18)),
]
MZ_B = [
    ("BODEGA ALTOS DEL PLATA S.A.", "Ruta 89 s/n, Tupungato, Mendoza"),
    ("FINCA LAS ACEQUIAS S.A.", "Carril Cobos 4100, Agrelo, Mendoza"),
    ("VIÑEDOS VALLE DE UCO S.R.L.", "Ruta 94 km 11, Tunuyán, Mendoza"),
    ("COOPERATIVA VITIVINÍCOLA SAN RAFAEL LTDA.", "Av. Mitre 1450, San Rafael, Mendoza"),
]
MZ_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate) in pesos
    ("Tanque de acero inoxidable 5.000 l", "unidades", 1, 3, 4_800_000, 9_500_000, D("10.5")), ("Bomba de trasiego a pistón", "unidades", 1, 2, 1_900_000, 4_200_000, D("10.5")),
    ("Despalilladora-estrujadora 10 t/h", "unidades", 1, 1, 6_500_000, 12_000_000, D("10.5")), ("Barrica de roble francés 225 l", "unidades", 1, 20, 850_000, 1_450_000, D("10.5")),
    ("Corchos naturales 49x24 mm (x 1000)", "millar", 1, 30, 420_000, 780_000, D("21")), ("Levadura enológica seca 500 g", "unidades", 2, 40, 38_000, 72_000, D("21")),
    ("Bentonita sódica 25 kg", "bolsa", 1, 20, 41_000, 88_000, D("21")), ("Metabisulfito de potasio 25 kg", "bolsa", 1, 20, 52_000, 96_000, D("21")),
    ("Servicio técnico de filtrado", "horas", 2, 24, 45_000, 85_000, D("21")), ("Flete Mendoza – Valle de Uco", "unidades", 1, 1, 120_000, 480_000, D("21")),
]


@style("10", "ar_mdz_mendoza_factura_a_iva_21_10_5_bonif")
def s10(rng, i):
    vname, vaddr, color = MZ_V[i]
    bname, baddr = MZ_B[i]
    d = rand_date(rng)
    items = lines(rng, MZ_ROWS, rng.randint(1, 8), D("100"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["gross"] = x["amount"]
        x["bpct"] = D(rng.choice([0, 0, 5, 10])) if i in (1, 3) else D(0)
        x["amount"] = x["gross"] - q2(x["gross"] * x["bpct"] / 100)
    b21 = sum(x["amount"] for x in items if x["rate"] == 21)
    b105 = sum(x["amount"] for x in items if x["rate"] == D("10.5"))
    i21, i105 = q2(b21 * D("0.21")), q2(b105 * D("0.105"))
    net = b21 + b105
    tax = i21 + i105
    total = net + tax
    raw = valid(rng, lambda: "30" + digits(rng, 9), cuit.is_valid)
    vid = cuit.format(raw)
    pv = rng.randint(1, 12)
    nro = rng.randint(1, 99999)
    no = f"{pv:05d}-{nro:08d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([10, 30, 60])) if i != 2 else None
    term = None if due else "Contado"
    po = [f"OC {rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year % 100}", None][i]
    cae = digits(rng, 14, True)
    caev = d + dt.timedelta(days=10)
    start = dt.date(rng.randint(1998, 2019), rng.randint(1, 12), 1)
    m = de

    def render(path):
        pdf = new_fpdf(creator="AFIP Comprobantes en línea")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(10, 10, 190, 52)
        pdf.line(105, 24, 105, 62)
        pdf.rect(97, 10, 16, 14)
        txt(pdf, 97, 11, "A", 20, "B", w=16, align="C")
        txt(pdf, 97, 19.5, "COD. 01", 6, "B", w=16, align="C")
        txt(pdf, 10, 5, "ORIGINAL", 9, "B", w=190, align="C")
        para(pdf, 13, 14, 82, vname, 12, "B", h=5.2, color=color)
        kv(pdf, 13, 34, [("Razón Social:", vname if len(vname) < 32 else vname[:31].rsplit(" ", 1)[0] + " …"), ("Domicilio Comercial:", vaddr.split(",")[0]), ("Condición frente al IVA:", "IVA Responsable Inscripto")], wl=36, wv=50, size=7, step=4.6, align="L")
        txt(pdf, 118, 14, "FACTURA", 15, "B")
        kv(pdf, 118, 23, [("Punto de Venta:", f"{pv:05d}"), ("Comp. Nro:", f"{nro:08d}"), ("Fecha de Emisión:", fd(d)), ("CUIT:", vid), ("Ingresos Brutos:", f"0{rng.randint(400000, 699999)}-{rng.randint(1, 9)}"), ("Fecha de Inicio de Actividades:", fd(start))], wl=44, wv=36, size=7.6, step=5, align="L")
        pdf.rect(10, 64, 190, 12)
        kv(pdf, 13, 65.5, [("Período Facturado Desde:", fd(d.replace(day=1)))], wl=36, wv=20, size=7.2, align="L")
        kv(pdf, 80, 65.5, [("Hasta:", fd(d))], wl=10, wv=20, size=7.2, align="L")
        kv(pdf, 125, 65.5, [("Fecha de Vto. para el pago:", fd(due) if due else fd(d))], wl=40, wv=24, size=7.2, align="L")
        pdf.rect(10, 78, 190, 22)
        kv(pdf, 13, 80, [("CUIT:", cuit.format(valid(rng, lambda: "30" + digits(rng, 9), cuit.is_valid))), ("Condición frente al IVA:", "IVA Responsable Inscripto"), ("Condición de venta:", "Cuenta Corriente" if due else term), ("Orden de compra:", po)], wl=34, wv=56, size=7.4, step=4.4, align="L")
        txt(pdf, 105, 80, "Apellido y Nombre / Razón Social:", 7.4, color=(90, 90, 90))
        txt(pdf, 105, 84.4, bname, 7.4, "B")
        txt(pdf, 105, 88.8, "Domicilio:", 7.4, color=(90, 90, 90))
        txt(pdf, 120, 88.8, baddr, 7.4, "B")
        cols = [("Código", 16, "L"), ("Producto / Servicio", 52, "L"), ("Cantidad", 16, "R"), ("U. Medida", 16, "L"), ("Precio Unit.", 22, "R"), ("% Bonif", 12, "R"), ("Subtotal", 22, "R"), ("Alíc. IVA", 14, "R"), ("Subtotal c/IVA", 20, "R")]
        rows = [[f"{rng.randint(1000, 9999)}", wrap(x["desc"], 30), qstr(x["qty"]) + ",00", x["unit"], m(x["price"]), m(x["bpct"]), m(x["amount"]), f"{str(x['rate']).replace('.', ',')}%", m(q2(x["amount"] * (100 + x["rate"]) / 100))] for x in items]
        y = table(pdf, 10, 104, cols, rows, size=6.8, rowh=5.4, header_fill=(204, 204, 204), border_bottom=False)
        yb = max(y + 8, 196)
        pdf.rect(10, yb, 190, 52)
        trows = [("Importe Neto Gravado: $", m(net), False), ("IVA 27%: $", "0,00", False), ("IVA 21%: $", m(i21), False), ("IVA 10.5%: $", m(i105), False), ("IVA 5%: $", "0,00", False), ("IVA 2.5%: $", "0,00", False), ("IVA 0%: $", "0,00", False), ("Importe Otros Tributos: $", "0,00", False), ("Importe Total: $", m(total), True)]
        totals(pdf, 112, yb + 2, trows, wl=52, wv=32, size=8, step=5.3)
        bars_fpdf(pdf, rng, 14, 262, 80, 10)
        kv(pdf, 120, 262, [("CAE N°:", cae), ("Fecha de Vto. de CAE:", fd(caev))], wl=36, wv=40, size=8.4, step=5, align="L")
        txt(pdf, 14, 276, "Comprobante Autorizado", 8, "B")
        txt(pdf, 14, 281, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", 6, "I", color=(90, 90, 90))
        txt(pdf, 14, 286, f"Comprobante: FACTURA A N° {no} · CUIT emisor {vid}", 6.6, color=(90, 90, 90))
        txt(pdf, 170, 281, "Pág. 1/1", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Mendoza (Argentina) winery supplier's FACTURA A (box 'A', 'COD. 01') in Spanish in the tax agency's layout, pesos with dots and a decimal comma ('1.234.567,00'), a '% Bonif' per row"
        + (" (some rows discounted)" if i in (1, 3) else " (all 0,00)")
        + ", IVA 10,5 % on capital goods (tanks, pumps, barrels) and 21 % on supplies and services, printed only per rate in the fixed totals box ('IVA 21%: $', 'IVA 10.5%: $', with the unused rates at 0,00; the check file's tax_parts): "
        "vendor = the name at the top left ('Razón Social'); vendor_tax_id = its 'CUIT' (nn-nnnnnnnn-n; 'Ingresos Brutos', the buyer's CUIT and the CAE are decoys). "
        "invoice_number = 'Punto de Venta' and 'Comp. Nro' joined as 'PPPPP-NNNNNNNN' (so printed once in the footer line 'Comprobante: FACTURA A N° …'); invoice_date = 'Fecha de Emisión' (dd/mm/yyyy); 'Fecha de Inicio de Actividades', the 'Período Facturado Desde/Hasta' and 'Fecha de Vto. de CAE' are decoys. "
        + (due_note(due, term, "Fecha de Vto. para el pago") if due else "'Condición de venta: Contado' (cash): no due date (null), although the form's 'Fecha de Vto. para el pago' repeats the issue date. ")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Importe Neto Gravado'; tax = the sum of the IVA lines; total = 'Importe Total'. Currency ARS. Line items: every row, the 'Subtotal' after the row's bonificación."
    )
    t = truth(vname, vid, no, po, d, due, "ARS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), f"{pv:05d}", f"{nro:08d}", vname, vid, "Importe Total", cae, fd(caev), fd(start)], "tax_parts": [str(p) for p in (i21, i105) if p]}
    return t, chk, render
