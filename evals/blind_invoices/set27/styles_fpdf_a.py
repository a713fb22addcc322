"""fpdf2 styles for set 27, first part (06 Tijuana (Baja California) industrial supplier's CFDI 4.0 printout in
Spanish with the IVA at 8 % of the northern border region's fiscal stimulus, the amount in words and, on one, US
dollars with an exchange rate, 07 Ushuaia (Tierra del Fuego) hardware store's Factura B in Spanish with the IVA exempt
under Ley 19.640, per-row discounts and the CAE with its expiry date, 08 San Andrés island dive shop's electronic POS
ticket on an 80 mm roll in Spanish in whole pesos with the IVA excluded under Ley 47 de 1993, cash tendered and
change)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import rows
from kit_common import due_note, po_note, truth, valid_id
from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import para, qr_fpdf, totals
from kit_words import es_words
from stdnum.ar import cuit
from stdnum.co import nit
from stdnum.mx import rfc

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Tijuana CFDI 4.0 (IVA 8 % border region, MXN or USD)
MX_V = [
    ("Suministros Industriales del Pacífico, S.A. de C.V.", "Blvd. Agua Caliente 10535, Col. Aviación", "22014", (0, 84, 147)),
    ("Herramientas y Empaques Otay, S. de R.L. de C.V.", "Calz. Tecnológico 14418, Mesa de Otay", "22430", (153, 27, 27)),
    ("Refacciones Mecánicas La Mesa, S.A. de C.V.", "Blvd. Díaz Ordaz 12649, La Mesa", "22105", (21, 94, 61)),
    ("Logística Fronteriza Rosarito, S.A. de C.V.", "Carr. Libre Tijuana-Ensenada Km 28, Playas de Rosarito", "22710", (91, 33, 182)),
]
MX_B = [
    ("Ensambles Electrónicos de Baja California, S.A. de C.V.", "22440"),
    ("Dispositivos Médicos Otay, S. de R.L. de C.V.", "22425"),
    ("Muebles y Maderas del Noroeste, S.A. de C.V.", "22204"),
    ("Plásticos Inyectados Tecate, S.A. de C.V.", "21430"),
]
MX_ROWS = [
    ("31162800", "H87", "Tornillo hexagonal acero inox. 1/4 x 1 (caja 100)", 2, 40, 180, 420),
    ("24112400", "H87", "Caja de cartón corrugado doble pared 40x30x30", 100, 1500, 9, 24),
    ("27112700", "H87", "Taladro inalámbrico 20V con batería", 1, 6, 2400, 4800),
    ("31201500", "H87", "Cinta adhesiva para empaque 48 mm x 150 m", 24, 480, 28, 55),
    ("46181500", "H87", "Guantes de nitrilo caja 100 pzas", 10, 120, 120, 240),
    ("81141500", "E48", "Servicio de calibración de torquímetros", 1, 12, 650, 1300),
    ("78101800", "E48", "Flete local Tijuana - Tecate", 1, 3, 1800, 3500),
]


@style("06", "mx_tijuana_cfdi_iva_8_frontera")
def s06(rng, i):
    vname, vaddr, vzip, color = MX_V[i]
    bname, bzip = MX_B[i]
    d = rand_date(rng, dt.date(2025, 1, 8), dt.date(2025, 12, 20))  # the 8 % stimulus is in force to 31 Dec 2025
    usd = i == 3
    cat = [(desc, (sat, unit), qlo, qhi, lo / (18 if usd else 1), hi / (18 if usd else 1)) for sat, unit, desc, qlo, qhi, lo, hi in MX_ROWS]
    items = rows(rng, cat, rng.randint(3, 5), "0.01")
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.08"))
    total = net + tax
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    v_rfc = valid(rng, lambda: "".join(rng.choice(letters) for _ in range(3)) + f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "".join(rng.choice(letters + "0123456789") for _ in range(3)), rfc.is_valid)
    b_rfc = valid(rng, lambda: "".join(rng.choice(letters) for _ in range(3)) + f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "".join(rng.choice(letters + "0123456789") for _ in range(3)), rfc.is_valid)
    serie = ["A", "F", "TIJ", "FB"][i]
    folio = rng.randint(1000, 29999)
    no = f"{serie}-{folio}"
    uuid = "-".join(digits(rng, n).translate(str.maketrans("0123456789", "0123456789ABCDEF"[rng.randint(0, 6):][:10])) for n in (8, 4, 4, 4, 12))
    ts = f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    cert = f"{d.isoformat()}T{rng.randint(19, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ppd = i in (0, 2)
    po = [f"OC-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000000, 4599999999)}", None][i]
    term = "Crédito 30 días" if ppd else ""
    fx = D(rng.randint(168000, 201000)) / 10000
    m = lambda x: "$" + en(x)  # noqa: E731
    cur_word = ("DÓLARES" if usd else "PESOS")
    ent, cents = divmod(int(total * 100), 100)
    words = f"({es_words(ent).upper()} {cur_word} {cents:02d}/100 {'USD' if usd else 'M.N.'})"

    def render(path):
        pdf = new_fpdf(creator="Facturación CFDI 4.0")
        pdf.add_page()
        txt(pdf, 12, 10, vname, 10.5, "B", color=color)
        txt(pdf, 12, 15.5, f"RFC: {v_rfc}", 8.4, "B")
        txt(pdf, 12, 19.5, "Régimen fiscal: 601 - General de Ley Personas Morales", 7.6)
        txt(pdf, 12, 23.3, f"{vaddr}, Tijuana, B.C.", 7.6)
        txt(pdf, 12, 27.1, f"Lugar de expedición (C.P.): {vzip}", 7.6)
        pdf.set_draw_color(*color)
        pdf.rect(130, 9, 68, 36)
        txt(pdf, 132, 10.5, "FACTURA", 12, "B", color=color)
        y = 16.5
        for k, v in (("Serie y folio:", no), ("Fecha de emisión:", ts), ("Fecha de certificación:", cert), ("Tipo de comprobante:", "I - Ingreso"), ("Folio fiscal (UUID):", ""), ("", uuid)):
            txt(pdf, 132, y, k, 6.8, color=(90, 90, 90))
            txt(pdf, 160 if k else 132, y, v, 6.8, "B")
            y += 4.2
        pdf.set_fill_color(*color)
        pdf.rect(12, 49, 186, 5.5, "F")
        txt(pdf, 14, 49.8, "RECEPTOR", 8, "B", color=(255, 255, 255))
        txt(pdf, 14, 57, bname, 8.6, "B")
        txt(pdf, 14, 61.5, f"RFC: {b_rfc}   ·   Domicilio fiscal (C.P.): {bzip}   ·   Régimen fiscal: 601", 7.6)
        txt(pdf, 14, 65.5, "Uso CFDI: G03 - Gastos en general", 7.6)
        cols = [("Clave SAT", 18, "L"), ("Cantidad", 16, "R"), ("Unidad", 13, "C"), ("Descripción", 71, "L"), ("Valor unitario", 24, "R"), ("Importe", 24, "R"), ("Obj. imp.", 20, "C")]
        trs = [[x["unit"][0], qstr(x["qty"]), x["unit"][1], x["desc"], m(x["price"]), m(x["amount"]), "02"] for x in items]
        y = table(pdf, 12, 71, cols, trs, size=7, rowh=5.4, header_fill=(235, 235, 235))
        y = totals(pdf, 130, y + 5, [("Subtotal", m(net), False), ("IVA Trasladado 8.00%", m(tax), False), ("Total", m(total), True)], wl=38, wv=30, size=8.4, line=color)
        para(pdf, 12, y + 1, 186, "Importe con letra: " + words, 7.6, "B")
        ly = y + 9
        lines = [
            f"Moneda: {'USD - Dólar americano' if usd else 'MXN - Peso mexicano'}" + (f"    Tipo de cambio: {fx}" if usd else ""),
            f"Forma de pago: {'99 - Por definir' if ppd else '03 - Transferencia electrónica de fondos'}    Método de pago: {'PPD - Pago en parcialidades o diferido' if ppd else 'PUE - Pago en una sola exhibición'}",
            f"Condiciones de pago: {term if term else 'Contado'}",
            "IVA a la tasa del 8% conforme al Decreto de estímulos fiscales región fronteriza norte (DOF 31/12/2018 y prórrogas).",
        ]
        if po:
            lines.append(f"Observaciones: Orden de compra {po}")
        for k, line in enumerate(lines):
            txt(pdf, 12, ly + k * 4.2, line, 7.4)
        qy = ly + len(lines) * 4.2 + 4
        qr_fpdf(pdf, rng, 12, qy, 28)
        txt(pdf, 44, qy, "Sello digital del CFDI:", 6.4, "B")
        para(pdf, 44, qy + 3.5, 154, "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(300)) + "==", 5.4, font="Mono", h=2.6)
        txt(pdf, 44, qy + 22, f"No. de serie del certificado del SAT: 0000100000070{digits(rng, 7)}    No. de certificado del emisor: 0000100000050{digits(rng, 7)}", 6)
        txt(pdf, 12, 285, "Este documento es una representación impresa de un CFDI versión 4.0", 6.4, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Tijuana (Baja California, northern border region) industrial supplier's CFDI 4.0 printout in Spanish with the IVA at 8 % under the northern border region's fiscal stimulus decree (16 % elsewhere in Mexico), SAT product keys per row, the amount in words ('Importe con letra'), the digital seal and a QR code: vendor = the issuer's name at the top left; vendor_tax_id = the issuer's 'RFC' (the receptor's RFC, the certificate numbers and the UUID are decoys). "
        "invoice_number = 'Serie y folio' as printed ('A-1234'); invoice_date = the date part of 'Fecha de emisión' (ISO with a time); 'Fecha de certificación' is a decoy. "
        + due_note(None, term, "")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = 'IVA Trasladado 8.00%'; total = 'Total'. "
        + (f"Currency USD ('Moneda: USD', with 'Tipo de cambio: {fx}' a decoy). " if usd else "Currency MXN. ")
        + "Amounts '$1,234.50'. Line items: every row (quantity = 'Cantidad')."
    )
    t = truth(vname, v_rfc, no, po, d, None, "USD" if usd else "MXN", net, tax, total, items, notes)
    return t, [ts, no, po, vname, v_rfc, "IVA Trasladado 8.00%"], render


# =========================================================================== 07 Ushuaia Factura B (IVA exempt, Ley 19.640, ARS), per-row discounts
AR_V = [
    ("Ferretería del Fin del Mundo S.R.L.", "Av. San Martín 1245", "Ushuaia", (30, 64, 175)),
    ("Corralón Austral Fueguino S.A.", "Av. Héroes de Malvinas 4120", "Ushuaia", (154, 52, 18)),
    ("Pinturería Canal Beagle S.R.L.", "Gobernador Paz 780", "Ushuaia", (21, 128, 61)),
    ("Materiales Río Grande S.A.", "Av. Belgrano 980", "Río Grande", (88, 28, 135)),
]
AR_B = [
    ("Hostería Bahía Encerrada S.R.L.", "Responsable Inscripto"),
    ("Consorcio Edificio Lapataia", "IVA Sujeto Exento"),
    ("Constructora Tolhuin S.A.", "Responsable Inscripto"),
    ("Municipalidad de Tolhuin", "IVA Sujeto Exento"),
]
AR_ROWS = [
    ("Cemento portland bolsa 50 kg", "u", 10, 120, 9800, 14500),
    ("Perfil C galvanizado 100 mm x 6 m", "u", 4, 60, 18500, 32000),
    ("Lana de vidrio rollo 50 mm", "rollo", 2, 40, 42000, 78000),
    ("Chapa acanalada C25 x 3 m", "u", 6, 80, 26000, 45000),
    ("Pintura látex exterior 20 l", "balde", 1, 12, 88000, 145000),
    ("Tornillo autoperforante 14x1 (caja 500)", "caja", 1, 10, 21000, 39000),
    ("Placa OSB 18 mm 1,22 x 2,44", "u", 4, 50, 31000, 52000),
    ("Membrana asfáltica 4 mm rollo 10 m2", "rollo", 1, 20, 48000, 86000),
]


@style("07", "ar_ushuaia_factura_b_exento_19640")
def s07(rng, i):
    vname, vaddr, vcity, color = AR_V[i]
    bname, bcond = AR_B[i]
    d = rand_date(rng)
    items = rows(rng, AR_ROWS, rng.randint(3, 6), 10)
    for x in items:
        x["pct"] = D(rng.choice([0, 0, 5, 10, 15]))
        x["gross"] = x["amount"]
        x["disc"] = q2(x["gross"] * x["pct"] / 100)
        x["amount"] = x["gross"] - x["disc"]
    net = sum(x["amount"] for x in items)
    total = net
    v_cuit = valid_id(rng, 11, cuit.is_valid, prefix="30")
    v_cuit_f = cuit.format(v_cuit)
    b_id = valid_id(rng, 11, cuit.is_valid, prefix=rng.choice(["30", "33"]))
    pv = [2, 5, 3, 7][i]
    cn = rng.randint(1000, 49999)
    no = f"{pv:05d}-{cn:08d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = [None, d + dt.timedelta(days=10), None, d + dt.timedelta(days=30)][i]
    cond = ["Contado", "Cuenta Corriente", "Contado - Tarjeta de débito", "Cuenta Corriente"][i]
    po = [None, None, f"{rng.randint(100, 999)}/{d.year}", f"OC {rng.randint(1000, 9999)}"][i]
    po_label = ["", "", "Remito / Orden de compra N°", "Orden de compra N°"][i]
    cae = digits(rng, 14, True)

    def render(path):
        pdf = new_fpdf(creator="Facturador Plus AFIP")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(10, 10, 190, 44)
        pdf.line(105, 22, 105, 54)
        pdf.rect(97, 10, 16, 13)
        txt(pdf, 97, 10.5, "B", 20, "B", align="C", w=16)
        txt(pdf, 97, 19, "COD. 006", 5.6, "B", align="C", w=16)
        txt(pdf, 12, 13, "ORIGINAL", 7.4, "B", color=(120, 120, 120))
        txt(pdf, 12, 24, vname, 11, "B", color=color)
        txt(pdf, 12, 31, f"Razón Social: {vname}", 7.2)
        txt(pdf, 12, 35.2, f"Domicilio Comercial: {vaddr} - {vcity}, Tierra del Fuego", 7.2)
        txt(pdf, 12, 39.4, "Condición frente al IVA: IVA Responsable Inscripto", 7.2, "B")
        txt(pdf, 12, 43.6, "Área Aduanera Especial - Ley 19.640", 7.2)
        txt(pdf, 118, 13, "FACTURA", 15, "B")
        txt(pdf, 118, 21, f"Punto de Venta: {pv:05d}     Comp. Nro: {cn:08d}", 8, "B")
        txt(pdf, 118, 26, f"N° {no}", 7.4)
        txt(pdf, 118, 30.5, f"Fecha de Emisión: {fd(d)}", 8, "B")
        txt(pdf, 118, 35.2, f"CUIT: {v_cuit_f}", 7.6)
        txt(pdf, 118, 39.4, f"Ingresos Brutos: {digits(rng, 2, True)}-{digits(rng, 6)}", 7.4)
        txt(pdf, 118, 43.6, f"Fecha de Inicio de Actividades: {fd(dt.date(rng.randint(2004, 2019), rng.randint(1, 12), rng.randint(1, 28)))}", 7.4)
        pdf.rect(10, 56, 190, 9)
        if due:
            txt(pdf, 12, 57.5, f"Período Facturado Desde: {fd(d.replace(day=1))}   Hasta: {fd(d)}", 7.4)
            txt(pdf, 125, 57.5, f"Fecha de Vto. para el pago: {fd(due)}", 7.4, "B")
        txt(pdf, 12, 61.3 if due else 59.4, f"Condición de venta: {cond}", 7.4)
        pdf.rect(10, 67, 190, 16)
        txt(pdf, 12, 68.5, f"CUIT: {cuit.format(b_id)}", 7.4)
        txt(pdf, 80, 68.5, f"Apellido y Nombre / Razón Social: {bname}", 7.4, "B")
        txt(pdf, 12, 73, f"Condición frente al IVA: {bcond}", 7.4)
        txt(pdf, 12, 77.5, f"Domicilio: {rng.choice(['Maipú 1450', 'Deloqui 320', 'Av. Perito Moreno 2100', 'Kuanip 95'])} - {vcity}, Tierra del Fuego", 7.4)
        if po:
            txt(pdf, 120, 77.5, f"{po_label} {po}", 7.4)
        cols = [("Código", 16, "L"), ("Producto / Servicio", 62, "L"), ("Cantidad", 17, "R"), ("U. Medida", 17, "C"), ("Precio Unit.", 22, "R"), ("% Bonif", 13, "R"), ("Imp. Bonif.", 19, "R"), ("Subtotal", 24, "R")]
        trs = [[f"{rng.randint(1000, 9999)}", x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), de(x["pct"]), de(x["disc"]), de(x["amount"])] for x in items]
        table(pdf, 10, 86, cols, trs, size=7, rowh=5.4, header_fill=(220, 220, 220))
        pdf.rect(10, 226, 190, 24)
        totals(pdf, 120, 229, [("Subtotal: $", de(net), False), ("Importe Otros Tributos: $", de(0), False), ("Importe Total: $", de(total), True)], wl=46, wv=32, size=8.4)
        para(pdf, 12, 229, 100, "Operación exenta del Impuesto al Valor Agregado en virtud del régimen de la Ley N° 19.640 (Área Aduanera Especial de Tierra del Fuego).", 7, "I")
        qr_fpdf(pdf, rng, 12, 254, 24)
        txt(pdf, 40, 256, "Comprobante Autorizado", 8, "B")
        txt(pdf, 40, 261, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", 5.8)
        txt(pdf, 140, 256, f"CAE N°: {cae}", 8, "B")
        txt(pdf, 140, 261, f"Fecha de Vto. de CAE: {fd(d + dt.timedelta(days=10))}", 8)
        txt(pdf, 95, 280, "Pág. 1/1", 7, align="C", w=20)
        pdf.output(path)

    notes = (
        "Ushuaia / Río Grande (Tierra del Fuego, Argentina) building-materials and hardware store's FACTURA B (cód. 006) in Spanish in pesos: the IVA exempt under the Ley 19.640 special customs area (no IVA row), per-row discounts ('% Bonif', 'Imp. Bonif.') with each row's 'Subtotal' net of its discount, 'Importe Otros Tributos: $ 0,00', the CAE and its expiry date: vendor = the name at the top left (the 'Razón Social' repeats it); vendor_tax_id = the issuer's 'CUIT' at the right (the client's CUIT and 'Ingresos Brutos' are decoys). "
        "invoice_number = 'N°' point of sale and number as printed ('00002-00004512'; 'Punto de Venta' and 'Comp. Nro' print the two parts); invoice_date = 'Fecha de Emisión' (dd/mm/yyyy). The billed period's dates, the start of activities and 'Fecha de Vto. de CAE' are decoys. "
        + ("due_date = 'Fecha de Vto. para el pago' (printed with the billed period on the two sales on account). " if due else f"A sale '{cond}' with no payment date printed: no due date (null). ")
        + po_note(po, po_label)
        + "subtotal = 'Subtotal: $' (net of the discounts); no tax printed (null; 'Importe Otros Tributos' 0,00 is no tax); total = 'Importe Total: $'. Currency ARS. Amounts '1.234.567,89'. Line items: every row, amount = the row's 'Subtotal' after its discount."
    )
    t = truth(vname, v_cuit_f, no, po, d, due, "ARS", net, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, v_cuit_f, "Importe Total: $"], render


# =========================================================================== 08 San Andrés POS ticket (IVA excluded, Ley 47 de 1993, COP), 80 mm roll
CO_V = [
    ("Caribbean Divers San Andrés S.A.S.", "Av. Colombia No. 1-19, Sector Centro", "SAD"),
    ("Sea Horse Buceo y Náutica S.A.S.", "Av. Newball, Edificio Coral Local 4", "SHB"),
    ("Tienda Náutica Johnny Cay S.A.S.", "Av. 20 de Julio No. 2-45", "TNJ"),
    ("Providencia Dive & Gear S.A.S.", "Santa Isabel, Providencia", "PDG"),
]
CO_ROWS = [
    ("Inmersión guiada 2 tanques", "u", 1, 6, 230000, 320000),
    ("Alquiler equipo completo (día)", "u", 1, 6, 60000, 95000),
    ("Curso Open Water (teoría y piscina)", "u", 1, 2, 1250000, 1650000),
    ("Careta y snorkel", "u", 1, 4, 85000, 160000),
    ("Aletas ajustables", "u", 1, 4, 120000, 210000),
    ("Bloqueador solar biodegradable 200 ml", "u", 1, 6, 45000, 72000),
    ("Camiseta con licra UV", "u", 1, 4, 75000, 130000),
    ("Tour snorkel Acuario y Haynes Cay", "u", 1, 8, 65000, 110000),
]


@style("08", "co_san_andres_tiquete_pos_excluido_iva")
def s08(rng, i):
    vname, vaddr, pref = CO_V[i]
    d = rand_date(rng)
    items = rows(rng, CO_ROWS, rng.randint(2, 5), 1000)
    net = sum(x["amount"] for x in items)
    total = net
    v_nit = valid_id(rng, 10, nit.is_valid, prefix="90")
    v_nit_f = nit.format(v_nit)
    no = f"{pref}{rng.randint(1000, 59999)}"
    tm = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%Y/%m/%d")][i]
    cash = ((total // 50000) + 1) * 50000 if i != 2 else total
    buyer = [("Consumidor final", "222222222222"), ("Hotel Decameron Aquarium", valid_id(rng, 10, nit.is_valid, prefix="80")), ("Consumidor final", "222222222222"), ("Posada Nativa Miss Trinie", f"CC {digits(rng, 8, True)}")][i]
    m = lambda x: "$ " + de(x, 0)  # noqa: E731
    h = 170 + 6 * len(items)

    def render(path):
        pdf = new_fpdf(fmt=(80, h), creator="POS Electrónico v3")
        pdf.add_page()
        w = 72
        c = lambda y, s, size=7.2, st="": txt(pdf, 4, y, s, size, st, font="Mono", align="C", w=w)  # noqa: E731
        y = 5
        for s, size, st in ((vname, 8, "B"), (f"NIT {v_nit_f}", 7.2, "B"), (vaddr, 6.4, ""), ("San Andrés Isla, Colombia", 6.4, ""), (f"Tel. 608 51{digits(rng, 5)}", 6.4, "")):
            for part in ([s] if len(s) <= 40 else [s[: s.rfind(" ", 0, 40)], s[s.rfind(" ", 0, 40) + 1 :]]):
                c(y, part, size, st)
                y += 3.6
        y += 1.5
        for s in ("DOCUMENTO EQUIVALENTE ELECTRÓNICO", "TIQUETE DE MÁQUINA REGISTRADORA", "CON SISTEMA P.O.S."):
            c(y, s, 6.6, "B")
            y += 3.4
        c(y + 0.5, f"Resolución DIAN {digits(rng, 14, True)}", 5.8)
        c(y + 3.5, f"del {fd(d - dt.timedelta(days=rng.randint(90, 400)))} Pref. {pref} 1 al 60000", 5.8)
        y += 9
        for k, v in (("No.", no), ("Fecha", f"{fd(d)} {tm}"), ("Caja", f"0{rng.randint(1, 3)}  Cajero: {rng.choice(['K. Bent', 'M. Archbold', 'J. Howard', 'L. Robinson'])}"), ("Cliente", buyer[0]), ("NIT/CC", buyer[1] if not buyer[1][:1].isdigit() or len(buyer[1]) > 10 else nit.format(buyer[1]))):
            txt(pdf, 4, y, f"{k}:", 6.8, font="Mono")
            txt(pdf, 20, y, v, 6.8, "B" if k == "No." else "", font="Mono")
            y += 3.5
        pdf.set_draw_color(0, 0, 0)
        pdf.set_dash_pattern(dash=0.8, gap=0.6)
        pdf.line(4, y + 1, 76, y + 1)
        y += 2.5
        for x in items:
            txt(pdf, 4, y, x["desc"][:36], 6.6, font="Mono")
            txt(pdf, 6, y + 3.2, f"{qstr(x['qty'])} x {de(x['price'], 0)}", 6.6, font="Mono")
            txt(pdf, 40, y + 3.2, de(x["amount"], 0), 6.6, font="Mono", align="R", w=36)
            y += 7
        pdf.line(4, y + 0.5, 76, y + 0.5)
        y += 2
        for k, v, b in (("SUBTOTAL", m(net), False), ("IVA EXCLUIDO", m(0), False), ("TOTAL A PAGAR", m(total), True)):
            txt(pdf, 4, y, k, 7.4 if b else 6.8, "B" if b else "", font="Mono")
            txt(pdf, 36, y, v, 7.4 if b else 6.8, "B" if b else "", font="Mono", align="R", w=40)
            y += 3.9
        y += 1
        for k, v in (("EFECTIVO" if i != 2 else "TARJETA DÉBITO", m(cash)), ("CAMBIO", m(cash - total))):
            txt(pdf, 4, y, k, 6.8, font="Mono")
            txt(pdf, 36, y, v, 6.8, font="Mono", align="R", w=40)
            y += 3.6
        pdf.set_dash_pattern()
        y += 2
        for s in ("Bienes y servicios excluidos de IVA en el", "Depto. Archipiélago de San Andrés,", "Providencia y Santa Catalina", "(Ley 47 de 1993, art. 22)."):
            c(y, s, 5.9)
            y += 3
        y += 1.5
        txt(pdf, 4, y, "CUDE:", 5.6, "B", font="Mono")
        cude = "".join(rng.choice("0123456789abcdef") for _ in range(96))
        for k in range(0, 96, 40):
            txt(pdf, 4, y + 3 + k / 40 * 2.8, cude[k : k + 40], 5.2, font="Mono")
        y += 13
        qr_fpdf(pdf, rng, 26, y, 28)
        c(y + 31, "Gracias por su visita - Thank you!", 6.4, "B")
        pdf.output(path)

    notes = (
        "San Andrés (Colombia) dive shop's electronic POS ticket ('DOCUMENTO EQUIVALENTE ELECTRÓNICO TIQUETE DE MÁQUINA REGISTRADORA CON SISTEMA P.O.S.') on an 80 mm roll in Spanish in whole pesos, with the IVA excluded in the archipelago under Ley 47 de 1993 art. 22 ('IVA EXCLUIDO $ 0'), cash tendered and change, the CUDE and a QR code: vendor = the name at the top; vendor_tax_id = 'NIT' as printed with its dots and check digit (the DIAN resolution number and the buyer's NIT or CC are decoys). "
        "invoice_number = 'No.' (prefix and number as printed); invoice_date = 'Fecha' ("
        + ["yyyy-mm-dd", "dd/mm/yyyy", "dd-mm-yyyy", "yyyy/mm/dd"][i]
        + ", with a time); the resolution's date is a decoy. No due date or term printed (null). No PO. "
        "subtotal = 'SUBTOTAL'; tax = 'IVA EXCLUIDO' printed as $ 0 (0.00); total = 'TOTAL A PAGAR'. 'EFECTIVO' / 'TARJETA DÉBITO' and 'CAMBIO' are decoys. Currency COP. Amounts whole pesos '$ 123.450'. Line items: every item (quantity before 'x')."
    )
    t = truth(vname, v_nit_f, no, None, d, None, "COP", net, D(0), total, items, notes)
    return t, [fd(d), no, vname, v_nit_f, "TOTAL A PAGAR"], render
