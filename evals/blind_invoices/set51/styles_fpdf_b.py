"""fpdf2 styles for set 51, second part (08 Bucaramanga FACTURA ELECTRÓNICA DE VENTA in Spanish, IVA 19 % and 5 %, the
labels ABOVE the values in boxes, WRAPPED item descriptions, a DISCOUNT row; 09 Cochabamba FACTURA in Spanish over TWO
PAGES, IVA 13 % included and not shown, the total in words, a USD counter-value; 10 Kayseri e-ARŞİV FATURA in Turkish
with a LEFT SIDEBAR of the invoice facts, KDV 20 % and 10 %, a discount per row, the total in words, liras)."""

# ruff: noqa: E501, C901

import datetime as dt
import uuid
from decimal import Decimal as D

from common import co_nit, es_amount_words, group4, long_date, rand_iban, tr_vkn
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, style_registry, table, tr_words, txt
from kit_common import due_note, frame, lines, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Bucaramanga (IVA 19 % / 5 %, COP), labels above
BU_V = [
    ("Calzado Santandereano Cuero Fino S.A.S.", "Calle 34 No. 21-45, Barrio San Francisco, Bucaramanga, Santander"),
    ("Avícola La Mesa de los Santos S.A.S.", "Km 7 Vía Piedecuesta, Piedecuesta, Santander"),
    ("Soluciones Tecnológicas Cabecera Ltda.", "Carrera 35 No. 48-20, Cabecera del Llano, Bucaramanga"),
    ("Metalmecánica Chimitá S.A.S.", "Zona Industrial Chimitá, Bodega 14, Girón, Santander"),
]
BU_B = ["Almacenes Zapatería Real S.A.S.", "Supermercados Mercadefam S.A.", "Clínica Bucaramanga Norte S.A.S.", "Ecopetrol S.A. – Refinería de Barrancabermeja"]
BU_ROWS = [
    [("Bota de seguridad en cuero graso con puntera de acero, suela de poliuretano bidensidad, tallas 37 a 44", "par", 12, 120, "89000", "145000", 19), ("Zapato casual de dama en cuero napa, forro en badana, plantilla acolchada", "par", 12, 96, "72000", "118000", 19), ("Mocasín escolar en cuero negro, costura manual", "par", 24, 200, "48000", "69000", 19)],
    [("Huevo rojo tipo AA, bandeja por 30 unidades, empacado y rotulado", "bandeja", 50, 600, "14500", "17800", 5), ("Pollo entero en canal refrigerado, kilogramo", "kg", 100, 900, "9800", "12400", 5), ("Gallinaza compostada, bulto de 40 kg", "bulto", 10, 200, "9500", "14000", 19)],
    [("Soporte técnico mensual en sitio para 40 equipos de cómputo, incluye mantenimiento preventivo", "mes", 1, 3, "2400000", "4200000", 19), ("Licencia de antivirus corporativo por un año, por equipo", "und", 10, 80, "68000", "95000", 19), ("Cableado estructurado categoría 6A, punto de red certificado con marquillas", "punto", 4, 60, "185000", "260000", 19)],
    [("Fabricación de brida ciega ANSI 300 de 6 pulgadas en acero A105 según plano del cliente", "und", 2, 40, "480000", "920000", 19), ("Mecanizado de ejes en acero 4140 bonificado, diámetro 3 pulgadas", "und", 1, 20, "650000", "1400000", 19), ("Servicio de soldadura certificada bajo código ASME IX, hora", "hora", 4, 60, "95000", "145000", 19)],
]


@style("08", "co_bga_bucaramanga_factura_electronica_iva_19_labels_above")
def s08(rng, i):
    vname, vaddr = BU_V[i]
    d = rand_date(rng)
    items = lines(rng, BU_ROWS[i], [3, 3, 3, 3][i], D("100"))
    for x in items:
        x["rate"] = x["extra"]
    disc = None
    if i in (0, 2):
        base = items[0]
        pct = rng.choice([5, 8, 10])
        a = -q2(base["amount"] * pct / 100 / 100) * 100
        disc = {"desc": f"Descuento comercial {pct} % sobre ítem 1", "unit": "", "qty": None, "price": a, "amount": a, "rate": base["rate"]}
        items.append(disc)
    net = sum(x["amount"] for x in items)
    rates = sorted({x["rate"] for x in items}, reverse=True)
    taxes = [(r, sum(x["amount"] for x in items if x["rate"] == r)) for r in rates]
    taxes = [(r, b, q2(b * r / 100)) for r, b in taxes]
    tax = sum(t for _r, _b, t in taxes)
    total = net + tax
    vid = co_nit(rng)
    bid = co_nit(rng)
    prefix = ["FECS", "AVM", "STC", "FEMC"][i]
    no = f"{prefix}{rng.randint(100, 9999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y")][i]
    credit_terms = i != 1
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if credit_terms else None
    po = [f"OC-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(4600000000, 4699999999)}"][i]
    cufe = "".join(rng.choice("0123456789abcdef") for _ in range(96))
    res = f"{rng.randint(18760000000000, 18769999999999)}"
    res_d = d - dt.timedelta(days=rng.randint(60, 500))
    color = [(120, 53, 15), (161, 98, 7), (29, 78, 216), (55, 65, 81)][i]

    def box(pdf, x, y, w, lab, val, h=11, bold=True):
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(x, y, w, h)
        txt(pdf, x + 1.5, y + 1.2, lab, 6.4, color=(110, 110, 110))
        txt(pdf, x + 1.5, y + 5, val, 8.6, "B" if bold else "")

    def render(path):
        pdf = new_fpdf(creator="Siigo Nube")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        txt(pdf, 14, 17.5, f"NIT {vid} · Responsable de IVA", 7.4, color=(80, 80, 80))
        txt(pdf, 14, 20.5, vaddr, 7.4, color=(80, 80, 80))
        txt(pdf, 14, 23.5, f"Tel. (607) {rng.randint(630, 699)} {digits(rng, 4)} · facturacion@{vname.split()[0].lower()}.com.co", 7.4, color=(80, 80, 80))
        txt(pdf, 130, 12, "FACTURA ELECTRÓNICA DE VENTA", 10, "B", color=color)
        txt(pdf, 130, 18, f"Resolución DIAN No. {res} del {res_d.strftime('%d/%m/%Y')}", 6.6, color=(90, 90, 90))
        txt(pdf, 130, 21.5, f"Prefijo {prefix} del 1 al {rng.choice([5000, 10000, 20000])} · vigencia 24 meses", 6.6, color=(90, 90, 90))
        y = 30
        box(pdf, 14, y, 46, "Factura electrónica de venta No.", no)
        box(pdf, 60, y, 44, "Fecha de emisión", fd(d))
        box(pdf, 104, y, 44, "Fecha de vencimiento" if due else "Forma de pago", fd(due) if due else "Contado")
        box(pdf, 148, y, 48, "Orden de compra" if po else "Medio de pago", po if po else "Transferencia débito", bold=bool(po))
        y += 11
        box(pdf, 14, y, 90, "Adquiriente", BU_B[i])
        box(pdf, 104, y, 44, "NIT adquiriente", bid)
        box(pdf, 148, y, 48, "Fecha de entrega", fd(d - dt.timedelta(days=rng.randint(0, 4))))
        y += 11
        box(pdf, 14, y, 90, "Dirección de entrega", rng.choice(["Cra. 27 No. 36-14, Bucaramanga", "Calle 45 No. 9-30, Floridablanca", "Autopista a Girón km 3"]), bold=False)
        box(pdf, 104, y, 44, "Remisión", f"RM-{rng.randint(1000, 9999)}", bold=False)
        box(pdf, 148, y, 48, "Moneda", "COP – Peso colombiano", bold=False)
        y += 16
        cols = [("#", 7, "L"), ("Descripción", 78, "L"), ("Und.", 14, "L"), ("Cant.", 13, "R"), ("Vr. unitario", 24, "R"), ("IVA %", 12, "R"), ("Vr. total", 34, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 46), x["unit"], qstr(x["qty"]) if x["qty"] is not None else "", de(x["price"]), str(x["rate"]), de(x["amount"])] for k, x in enumerate(items)]
        yt = table(pdf, 14, y, cols, rows, size=7.6, rowh=6, header_fill=color, header_color=(255, 255, 255))
        y = yt + 6
        bx = 120
        for lab, val in [("Subtotal", de(net))] + [(f"IVA {r} %", de(t)) for r, _b, t in taxes] + [("Total factura", "$ " + de(total))]:
            box(pdf, bx, y, 76, lab, val, h=10, bold=lab.startswith("Total"))
            y += 10
        yl = yt + 6
        yl = para(pdf, 14, yl, 100, "Valor en letras: " + es_amount_words(total, "PESOS M/CTE").replace("PESOS M/CTE 00/100", "PESOS M/CTE"), 7.4, h=3.8) + 3
        yl = para(pdf, 14, yl, 100, f"Consigne en {rng.choice(['Bancolombia', 'Banco de Bogotá', 'Davivienda'])} cuenta corriente No. {digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)} a nombre de {vname}.", 7.4, h=3.8) + 3
        para(pdf, 14, yl, 100, "Esta factura se asimila en todos sus efectos a una letra de cambio (Art. 774 del Código de Comercio). No somos grandes contribuyentes. No somos autorretenedores.", 6.6, h=3.4, color=(90, 90, 90))
        para(pdf, 14, 262, 182, f"CUFE: {cufe}", 6.2, h=3.2, color=(90, 90, 90))
        txt(pdf, 14, 272, "Representación gráfica de la factura electrónica · Proveedor tecnológico: Siigo S.A.S. NIT 830.048.145-8 · Página 1 de 1", 6.2, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Bucaramanga (Santander, Colombia) FACTURA ELECTRÓNICA DE VENTA in Spanish with every fact in a ruled BOX, the LABEL ABOVE the VALUE, WRAPPED item descriptions, IVA "
        + " and ".join(f"{r} %" for r in rates)
        + (", a DISCOUNT as a NEGATIVE row" if disc else "")
        + ", pesos '1.234.567,00': vendor = the name at the top; vendor_tax_id = its 'NIT' with check digit (the buyer's NIT, the DIAN resolution, the CUFE, the software provider's NIT, the bank account, the remisión are decoys). "
        "invoice_number = 'Factura electrónica de venta No.' (prefix and number together); invoice_date = 'Fecha de emisión' (the delivery date is a decoy). "
        + due_note(due, "Contado", "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = the sum of the 'IVA' boxes" + (" (printed only as its parts)" if len(taxes) > 1 else "") + "; total = 'Total factura'. Currency COP. Line items: every row, net" + (", the discount included" if disc else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "COP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, res, fd(due) if due else None], "tax_parts": [str(t_) for _r, _b, t_ in taxes]}
    return t, chk, render


# =========================================================================== 09 Cochabamba (IVA 13 % included, BOB), two pages
CB_V = [
    ("Distribuidora de Abarrotes Valle Alto S.R.L.", "Av. Blanco Galindo km 4, Cochabamba"),
    ("Ferretería Industrial Tunari S.R.L.", "Av. Aroma No. 512, Cochabamba"),
    ("Librería y Papelería La Cancha S.R.L.", "Calle Esteban Arce No. 1134, Cochabamba"),
    ("Comercial Quillacollo Mayorista S.A.", "Av. Martín Cárdenas No. 233, Quillacollo, Cochabamba"),
]
CB_B = ["Micromercado El Prado", "Constructora Cristo de la Concordia S.R.L.", "Unidad Educativa Don Bosco", "Hipermaxi S.A. – Sucursal América"]
CB_ABA = [
    ("Arroz grano de oro, bolsa 5 kg", "BOL", 10, 60, "38.00", "46.00"), ("Azúcar Guabirá, bolsa 2 kg", "BOL", 10, 80, "13.50", "16.00"), ("Aceite Fino 900 ml", "BOT", 12, 96, "14.50", "17.80"),
    ("Fideo Lazzaroni tallarín 400 g", "PAQ", 20, 120, "6.20", "7.50"), ("Harina Famosa 1 kg", "PAQ", 10, 60, "7.80", "9.40"), ("Leche PIL entera 946 ml", "UND", 24, 144, "6.80", "7.60"),
    ("Yogurt PIL frutilla 1 L", "UND", 12, 60, "12.50", "14.50"), ("Café Copacabana 250 g", "PAQ", 6, 36, "24.00", "31.00"), ("Sal Ventura 1 kg", "BOL", 10, 50, "2.50", "3.40"),
    ("Galletas Mabel's surtidas", "PAQ", 12, 72, "9.50", "12.00"), ("Detergente Omo 900 g", "BOL", 6, 48, "19.50", "24.00"), ("Papel higiénico Scott x4", "PAQ", 12, 72, "10.50", "13.90"),
    ("Jabón Bolívar 200 g", "UND", 24, 144, "4.20", "5.50"), ("Atún Van Camp's 170 g", "LAT", 24, 96, "11.50", "13.80"), ("Avena Princesa 400 g", "BOL", 12, 60, "8.20", "10.00"),
    ("Cerveza Taquiña 620 ml, caja x12", "CJA", 2, 20, "108.00", "124.00"), ("Coca-Cola 2 L", "BOT", 12, 72, "11.50", "13.00"), ("Agua Vital 2 L", "BOT", 12, 72, "6.50", "8.00"),
    ("Mantequilla PIL 200 g", "UND", 12, 48, "13.50", "16.00"), ("Chocolate Para Ti 80 g", "UND", 24, 120, "5.50", "7.00"),
]
CB_FER = [
    ("Cemento Coboce IP-30, bolsa 50 kg", "BOL", 10, 200, "52.00", "58.00"), ("Fierro corrugado 12 mm x 12 m", "BAR", 10, 150, "68.00", "82.00"), ("Fierro corrugado 8 mm x 12 m", "BAR", 10, 150, "31.00", "38.00"),
    ("Alambre de amarre No. 16, kg", "KG", 10, 100, "15.50", "19.00"), ("Clavos 3 pulgadas, kg", "KG", 5, 50, "17.00", "21.00"), ("Calamina ondulada No. 28, 3 m", "PZA", 10, 80, "78.00", "96.00"),
    ("Tubo PVC 4 pulgadas x 6 m", "PZA", 5, 40, "88.00", "112.00"), ("Tubo PVC 1/2 pulgada x 6 m", "PZA", 10, 80, "18.50", "24.00"), ("Pegamento PVC 250 ml", "UND", 2, 20, "28.00", "36.00"),
    ("Pintura látex Monopol 18 L", "BAL", 1, 10, "420.00", "520.00"), ("Rodillo 9 pulgadas", "UND", 2, 20, "24.00", "32.00"), ("Brocha 3 pulgadas", "UND", 2, 20, "13.00", "18.00"),
    ("Cable THW 2,5 mm, rollo 100 m", "ROL", 1, 10, "380.00", "460.00"), ("Interruptor simple", "UND", 5, 40, "11.00", "15.50"), ("Tomacorriente doble", "UND", 5, 40, "13.50", "18.00"),
    ("Carretilla buggy 90 L", "UND", 1, 4, "480.00", "620.00"), ("Pala punta huevo", "UND", 2, 12, "58.00", "75.00"), ("Picota con mango", "UND", 2, 12, "72.00", "95.00"),
    ("Arena fina, m3", "M3", 2, 20, "110.00", "150.00"), ("Ladrillo 6 huecos", "MIL", 1, 10, "980.00", "1150.00"),
]
CB_PAP = [
    ("Cuaderno Atlas 100 hojas", "UND", 20, 200, "6.50", "8.50"), ("Bolígrafo Pilot azul, caja x12", "CJA", 2, 20, "36.00", "48.00"), ("Papel bond carta 75 g, resma", "RES", 5, 50, "34.00", "42.00"),
    ("Marcador de pizarra, caja x12", "CJA", 1, 10, "72.00", "96.00"), ("Archivador palanca oficio", "UND", 5, 40, "17.00", "23.00"), ("Tóner HP 85A compatible", "UND", 1, 6, "180.00", "260.00"),
]


@style("09", "bo_cbb_cochabamba_factura_iva_13_two_pages_words")
def s09(rng, i):
    vname, vaddr = CB_V[i]
    d = rand_date(rng)
    cat, n = [(CB_ABA, 17), (CB_FER, 16), (CB_PAP, 5), (CB_ABA, 19)][i]
    items = lines(rng, cat, n, D("0.10"))
    total = sum(x["amount"] for x in items)
    vid = digits(rng, rng.choice([9, 10]), True) + rng.choice(["014", "015", "016", "018"])
    bid = digits(rng, rng.choice([7, 10]), True)
    no = str(rng.randint(100, 99999))
    auth = "".join(rng.choice("0123456789ABCDEF") for _ in range(56))
    fd = [lambda x: x.strftime("%d/%m/%Y") + f" {rng.randint(1, 11):02d}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}", lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y")][i]
    dstr = fd(d)
    usd = i in (1, 3)
    words = es_amount_words(total, "").replace("  ", " ")
    words = "Son: " + words.split(" ")[0].capitalize() + " " + " ".join(words.split(" ")[1:]).lower().rstrip() + " Bolivianos"
    two = n > 8
    color = [(153, 27, 27), (30, 64, 175), (21, 94, 117), (107, 33, 168)][i]

    def header(pdf, page, pages):
        txt(pdf, 14, 12, vname, 12, "B", color=color)
        txt(pdf, 14, 18, "CASA MATRIZ · No. Punto de Venta 0", 7.4)
        txt(pdf, 14, 22, vaddr, 7.4)
        txt(pdf, 14, 26, f"Teléfono: 4-{rng.randint(400000, 499999)}", 7.4)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(130, 10, 66, 22)
        txt(pdf, 132, 12, "NIT", 7.4, "B")
        txt(pdf, 160, 12, vid, 7.4)
        txt(pdf, 132, 17, "FACTURA N°", 7.4, "B")
        txt(pdf, 160, 17, no, 7.4)
        txt(pdf, 132, 22, "CÓD. AUTORIZACIÓN", 7.4, "B")
        para(pdf, 160, 21.6, 35, auth, 5.2, h=2.4)
        txt(pdf, 90, 36, "FACTURA", 14, "B")
        txt(pdf, 74, 43, "(Con Derecho a Crédito Fiscal)", 8.6)
        txt(pdf, 170, 285, f"Página {page} de {pages}", 7, color=(110, 110, 110))

    def render(path):
        pdf = new_fpdf(creator="SIAT en línea – Facturación computarizada")
        pages = 2 if two else 1
        pdf.add_page()
        header(pdf, 1, pages)
        y = 51
        txt(pdf, 14, y, "Fecha:", 8, "B")
        txt(pdf, 50, y, dstr, 8)
        txt(pdf, 120, y, "NIT/CI/CEX:", 8, "B")
        txt(pdf, 145, y, bid, 8)
        txt(pdf, 14, y + 5, "Nombre/Razón Social:", 8, "B")
        txt(pdf, 50, y + 5, CB_B[i], 8)
        txt(pdf, 120, y + 5, "Cod. Cliente:", 8, "B")
        txt(pdf, 145, y + 5, f"{rng.randint(1000, 9999)}", 8)
        y += 14
        cols = [("CÓDIGO", 20, "L"), ("CANTIDAD", 18, "R"), ("UNIDAD", 16, "L"), ("DESCRIPCIÓN", 66, "L"), ("PRECIO UNIT.", 22, "R"), ("DESCUENTO", 20, "R"), ("SUBTOTAL", 20, "R")]
        rows = [[f"P{rng.randint(10000, 99999)}", qstr(x["qty"]), x["unit"], x["desc"], de(x["price"]), "0,00", de(x["amount"])] for x in items]
        first = rows[:12] if two else rows
        yt = table(pdf, 14, y, cols, first, size=7.2, rowh=6.4, header_fill=(235, 235, 235))
        frame(pdf, 14, y, yt, cols)
        if two:
            txt(pdf, 14, yt + 4, "Continúa en la página siguiente …", 7.4, color=(110, 110, 110))
            pdf.add_page()
            header(pdf, 2, 2)
            y = 51
            txt(pdf, 14, y, f"Factura N° {no} (continuación)", 8, "B")
            y += 8
            yt = table(pdf, 14, y, cols, rows[12:], size=7.2, rowh=6.4, header_fill=(235, 235, 235))
            frame(pdf, 14, y, yt, cols)
        y = yt + 2
        for lab, val in [("SUBTOTAL Bs", de(total)), ("DESCUENTO Bs", "0,00"), ("TOTAL Bs", de(total)), ("MONTO GIFT CARD Bs", "0,00"), ("MONTO A PAGAR Bs", de(total)), ("IMPORTE BASE CRÉDITO FISCAL", de(total))]:
            txt(pdf, 120, y, lab, 7.6, "B" if "PAGAR" in lab else "")
            txt(pdf, 172, y, val, 7.6, "B" if "PAGAR" in lab else "", align="R", w=24)
            y += 5
        y = para(pdf, 14, y + 2, 182, words, 8, h=4.2) + 2
        if usd:
            y = para(pdf, 14, y, 182, f"Tipo de cambio oficial: 6,96 Bs por USD · Equivalente referencial: USD {de(q2(total / D('6.96')))}", 7.4, h=3.8) + 2
        y = para(pdf, 14, y + 4, 182, "ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY", 7.4, style_="B", h=3.8, align="C") + 1
        para(pdf, 14, y, 182, rng.choice(["Ley N° 453: El proveedor deberá suministrar el servicio en las modalidades y términos ofertados o convenidos.", "Ley N° 453: Tienes derecho a recibir información sobre las características y contenidos de los productos que consumes."]), 7, h=3.6, align="C")
        para(pdf, 14, y + 8, 182, "\"Este documento es la Representación Gráfica de un Documento Fiscal Digital emitido en una modalidad de facturación en línea\"", 6.8, h=3.4, align="C")
        pdf.output(path)

    notes = (
        "Cochabamba (Bolivia) FACTURA (Con Derecho a Crédito Fiscal) in Spanish"
        + (", over TWO PAGES ('Página x de 2', 12 rows on page 1, the totals only on page 2)" if two else ", one page")
        + ", a framed table, prices with IVA 13 % INCLUDED and the IVA NOT printed, bolivianos '1.234,50' ('Bs'), the total in words ('Son: … 50/100 Bolivianos')"
        + (", a USD reference equivalent at 6,96" if usd else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'NIT' in the box (the buyer's NIT/CI, the authorisation code, the client code are decoys). "
        "invoice_number = 'FACTURA N°'; invoice_date = 'Fecha'. No due date (null). No PO. "
        "subtotal = 'SUBTOTAL Bs' (equal to the total: no discount); tax = null (not printed; 'IMPORTE BASE CRÉDITO FISCAL' is the base, not the tax); total = 'MONTO A PAGAR Bs' = 'TOTAL Bs'. Currency BOB. Line items: every row, IVA included."
    )
    t = truth(vname, vid, no, None, d, None, "BOB", total, None, total, items, notes)
    chk = [dstr, no, vname, vid, bid, words, "Página 2 de 2" if two else None]
    return t, chk, render


# =========================================================================== 10 Kayseri (KDV 20 % / 10 %, TRY), sidebar left
KY_V = [
    ("Erciyes Mobilya Sanayi ve Ticaret A.Ş.", "Organize Sanayi Bölgesi 12. Cadde No: 41, 38070 Melikgazi / Kayseri", "Erciyes"),
    ("Talas Oto Yedek Parça Ticaret Ltd. Şti.", "Sanayi Mahallesi Oto Sanayi Sitesi 4. Blok No: 18, 38060 Kocasinan / Kayseri", "Kaleönü"),
    ("Hunat Tekstil Konfeksiyon San. Tic. Ltd. Şti.", "Cumhuriyet Mahallesi Millet Caddesi No: 77, 38040 Melikgazi / Kayseri", "Gevher Nesibe"),
    ("Kocasinan Endüstriyel Otomasyon A.Ş.", "Serbest Bölge Mahallesi 2. Sokak No: 9, 38200 Kocasinan / Kayseri", "Mimar Sinan"),
]
KY_B = ["Bünyan Otel İşletmeleri A.Ş.", "Develi Nakliyat Ltd. Şti.", "Ankara Butik Giyim Mağazacılık A.Ş.", "İncesu Çimento Fabrikası A.Ş."]
KY_ROWS = [
    [("Yemek masası ceviz kaplama 220 cm", "Adet", 1, 12, "18500.00", "32000.00", 20), ("Sandalye kumaş döşemeli", "Adet", 6, 72, "3200.00", "5400.00", 20), ("Otel odası gardırop 3 kapaklı", "Adet", 2, 30, "14800.00", "22500.00", 20), ("Montaj ve nakliye", "Hizmet", 1, 1, "4500.00", "12000.00", 20)],
    [("Fren balatası ön takım", "Takım", 2, 20, "1450.00", "2600.00", 20), ("Debriyaj seti", "Adet", 1, 6, "7800.00", "12400.00", 20), ("Motor yağı 10W-40 7 L", "Bidon", 2, 24, "1650.00", "2350.00", 20), ("Hava filtresi", "Adet", 2, 30, "420.00", "780.00", 20)],
    [("Erkek gömlek pamuklu, beden karışık", "Adet", 50, 600, "385.00", "540.00", 10), ("Kadın triko hırka", "Adet", 30, 400, "520.00", "790.00", 10), ("Çocuk eşofman takımı", "Takım", 30, 300, "410.00", "620.00", 10), ("Askı ve ambalaj malzemesi", "Paket", 1, 20, "240.00", "480.00", 20)],
    [("PLC kontrol panosu imalatı, proje KY-{n}", "Adet", 1, 2, "85000.00", "165000.00", 20), ("Frekans invertörü 15 kW", "Adet", 1, 6, "24500.00", "36800.00", 20), ("Saha devreye alma mühendislik hizmeti", "Saat", 8, 60, "1850.00", "2900.00", 20)],
]


@style("10", "tr_asr_kayseri_e_arsiv_fatura_kdv_20_10_iskonto_sidebar_left")
def s10(rng, i):
    vname, vaddr, vd = KY_V[i]
    d = rand_date(rng)
    rows = [(r[0].replace("{n}", str(rng.randint(100, 999))), *r[1:]) for r in KY_ROWS[i]]
    items = lines(rng, rows, [3, 4, 4, 2][i], D("0.50"))
    for x in items:
        x["rate"] = x["extra"]
        x["gross"] = x["amount"]
        x["pct"] = rng.choice([0, 0, 5, 10]) if i in (0, 2, 3) else 0
        x["disc"] = q2(x["gross"] * x["pct"] / 100)
        x["amount"] = x["gross"] - x["disc"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    gross = sum(x["gross"] for x in items)
    disc = sum(x["disc"] for x in items)
    net = sum(x["amount"] for x in items)
    rates = sorted({x["rate"] for x in items}, reverse=True)
    taxes = [(r, sum(x["tax"] for x in items if x["rate"] == r)) for r in rates]
    tax = sum(t_ for _r, t_ in taxes)
    total = net + tax
    vid = tr_vkn(rng)
    bid = tr_vkn(rng)
    pre = ["EMS", "TOY", "HNT", "KEO"][i]
    no = f"{pre}{d.year}{rng.randint(1, 99999):09d}"
    ettn = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "tr"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2, 3) else None
    po = [f"SP-{rng.randint(10000, 99999)}", None, f"{rng.randint(450000, 459999)}", None][i]
    irs = f"IRS{d.year}{rng.randint(1, 99999):09d}"
    mersis = "0" + vid + digits(rng, 5)
    ib = rand_iban(rng, "TR", 22, rng.choice(["00010", "00062", "00046", "00012"]) + "0")
    whole = int(total)
    kurus = int((total - whole) * 100)
    words = f"Yalnız: #{tr_words(whole)}TürkLirası" + (f" {tr_words(kurus)}Kuruş#" if kurus else "#")
    color = [(120, 53, 15), (185, 28, 28), (15, 118, 110), (55, 48, 163)][i]

    def render(path):
        pdf = new_fpdf(creator="e-Arşiv Portal (GİB)" if i == 1 else "Logo İşbaşı")
        pdf.add_page()
        sw = 58
        pdf.set_fill_color(244, 241, 236)
        pdf.rect(0, 0, sw, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, sw, 30, "F")
        txt(pdf, 6, 9, "e-Arşiv", 16, "B", color=(255, 255, 255))
        txt(pdf, 6, 17, "FATURA", 16, "B", color=(255, 255, 255))
        y = 38
        facts = [("Fatura No", no), ("Fatura Tarihi", fd(d)), ("Düzenlenme Zamanı", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"), ("Senaryo", "EARSIVFATURA"), ("Fatura Tipi", "SATIS"),
                 ("Son Ödeme Tarihi", fd(due) if due else None), ("Sipariş No", po), ("Sipariş Tarihi", fd(d - dt.timedelta(days=rng.randint(3, 20))) if po else None),
                 ("İrsaliye No", irs if i != 3 else None), ("İrsaliye Tarihi", fd(d - dt.timedelta(days=rng.randint(0, 3))) if i != 3 else None)]
        for k, v in facts:
            if v is None:
                continue
            txt(pdf, 6, y, k, 6.8, color=(110, 110, 110))
            txt(pdf, 6, y + 3.4, v, 8.4, "B")
            y += 9.5
        txt(pdf, 6, y, "ETTN", 6.8, color=(110, 110, 110))
        para(pdf, 6, y + 3.2, sw - 10, ettn, 6.8, h=3.2)
        qr_fpdf(pdf, rng, 10, y + 14, 34)
        txt(pdf, 6, 286, "Sayfa 1 / 1", 6.8, color=(110, 110, 110))
        # main column
        x0 = sw + 8
        txt(pdf, x0, 12, vname, 12, "B", color=color)
        y = para(pdf, x0, 19, 130, vaddr, 7.6, h=3.7)
        txt(pdf, x0, y + 0.5, f"Tel: 0352 {rng.randint(200, 399)} {digits(rng, 2)} {digits(rng, 2)} · Web: www.{vname.split()[0].lower()}.com.tr", 7.6)
        txt(pdf, x0, y + 4.5, f"Vergi Dairesi: {vd}   VKN: {vid}", 7.6, "B")
        txt(pdf, x0, y + 8.5, f"Mersis No: {mersis} · Ticaret Sicil No: {rng.randint(10000, 99999)}", 7.6)
        y += 16
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x0, y, 200, y)
        txt(pdf, x0, y + 3, "SAYIN", 7.6, "B", color=(110, 110, 110))
        txt(pdf, x0, y + 7, KY_B[i], 8.6, "B")
        txt(pdf, x0, y + 11.5, rng.choice(["Bünyan / Kayseri", "Develi / Kayseri", "Çankaya / Ankara", "İncesu / Kayseri"]) + f" · Vergi Dairesi: {rng.choice(['Erciyes', 'Kaleönü', 'Kavaklıdere'])} · VKN: {bid}", 7.6)
        y += 20
        cols = [("Sıra", 6, "C"), ("Mal Hizmet", 32, "L"), ("Miktar", 16, "R"), ("B. Fiyat", 16, "R"), ("İsk.%", 8, "R"), ("İskonto", 14, "R"), ("KDV%", 9, "R"), ("KDV", 15, "R"), ("Tutar", 18, "R")]
        body = [[str(k + 1), wrap(x["desc"], 20), f"{qstr(x['qty'])} {x['unit']}", de(x["price"]), f"%{x['pct']}", de(x["disc"]), f"%{x['rate']}", de(x["tax"]), de(x["amount"])] for k, x in enumerate(items)]
        yt = table(pdf, x0, y, cols, body, size=6.8, rowh=6.2, header_fill=(236, 236, 236))
        frame(pdf, x0, y, yt, cols, color=(150, 150, 150))
        y = yt + 5
        trows = [("Mal Hizmet Toplam Tutarı", de(gross) + " TL"), ("Toplam İskonto", de(disc) + " TL"), ("KDV Matrahı", de(net) + " TL")]
        trows += [(f"Hesaplanan KDV (%{r})", de(t_) + " TL") for r, t_ in taxes]
        trows += [("Vergiler Dahil Toplam Tutar", de(total) + " TL"), ("Ödenecek Tutar", de(total) + " TL")]
        for k, (a, b) in enumerate(trows):
            bold = k >= len(trows) - 2
            pdf.set_draw_color(170, 170, 170)
            pdf.rect(128, y, 44, 5.6)
            pdf.rect(172, y, 28, 5.6)
            txt(pdf, 129, y + 1.1, a, 6.8, "B" if bold else "")
            txt(pdf, 172, y + 1.1, b, 7.2, "B" if bold else "", align="R", w=27)
            y += 5.6
        y = para(pdf, x0, y + 4, 134, words, 7.6, h=3.8) + 3
        y = para(pdf, x0, y, 134, f"Banka: {rng.choice(['T.C. Ziraat Bankası', 'Türkiye İş Bankası', 'Garanti BBVA', 'Akbank'])} Kayseri Şubesi · IBAN: {group4(ib)}", 7.4, h=3.8) + 2
        para(pdf, x0, y, 134, "Bu satış internet üzerinden yapılmamıştır. e-Arşiv izni kapsamında elektronik ortamda iletilmiştir." + (" Vadesinde ödenmeyen tutarlara aylık %4,25 gecikme faizi uygulanır." if due else " Ödeme: peşin / kredi kartı."), 6.8, h=3.4, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Kayseri (Türkiye, Anatolia) e-ARŞİV FATURA in Turkish with a LEFT SIDEBAR holding the invoice facts (Fatura No, Fatura Tarihi, Son Ödeme Tarihi, Sipariş No, İrsaliye No, ETTN, QR), a framed table with a line DISCOUNT (iskonto) per row, KDV "
        + " and ".join(f"%{r}" for r in rates)
        + ", liras '1.234,56 TL', the total in words ('Yalnız: #…TürkLirası …Kuruş#'): vendor = the name at the top of the main column; vendor_tax_id = its 'VKN' (the buyer's VKN, the Mersis number which contains the VKN, the trade register number, the ETTN, the IBAN and the İrsaliye number are decoys). "
        "invoice_number = 'Fatura No' (16 characters); invoice_date = 'Fatura Tarihi' (the order and waybill dates are decoys). "
        + due_note(due, "peşin / kredi kartı", "Son Ödeme Tarihi")
        + po_note(po, "Sipariş No")
        + "subtotal = 'KDV Matrahı' (after the discounts; 'Mal Hizmet Toplam Tutarı' before them and 'Toplam İskonto' are decoys); tax = 'Hesaplanan KDV'"
        + (" (printed only as its parts, one per rate)" if len(taxes) > 1 else "")
        + "; total = 'Vergiler Dahil Toplam Tutar' = 'Ödenecek Tutar'. Currency TRY ('TL'). Line items: every row, its 'Tutar' after the discount, without KDV."
    )
    t = truth(vname, vid, no, po, d, due, "TRY", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, mersis, words, fd(due) if due else None], "tax_parts": [str(t_) for _r, t_ in taxes]}
    return t, chk, render
