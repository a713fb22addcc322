"""Chromium (HTML) styles for set 71, first part (01 Ensenada CFDI 4.0 factura under a coloured header band whose
white labels stand above their values, a ruled table with a position column and SAT keys, IVA 8 % of the northern
border region, the total in words, dollars with the peso counter-value on two and a CFDI de egreso (credit note);
02 Huehuetenango FEL factura with the facts in a RIGHT SIDEBAR of small labels above values, an unruled table of
prices including IVA 12 %, a factura cambiaria whose abono gives the due date and the total in words; 03 Rwamagana EBM
receipt on an 80 mm till roll, VAT 18 % included (tax B), whole francs and a discount on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import es_money_words, gt_nit, incl_tax, mx_rfc
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")

HEX = "0123456789ABCDEF"


def uuid(rng):
    return "-".join("".join(rng.choice(HEX) for _ in range(k)) for k in (8, 4, 4, 4, 12))


def b64(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


# =========================================================================== 01 Ensenada (IVA 8 % border region, MXN / USD), band, credit note
EN_V = [
    ("Vinícola Cañada del Trigo, S.A. de C.V.", "VCT", "Carretera Federal 3 km 89, Valle de Guadalupe, C.P. 22755, Ensenada, B.C.", "601 General de Ley Personas Morales", "#7f1d1d"),
    ("Refacciones Marinas Bahía de Todos Santos, S.A. de C.V.", "RMB", "Blvd. Costero 1480, Zona Centro, C.P. 22800, Ensenada, B.C.", "601 General de Ley Personas Morales", "#0c4a6e"),
    ("Empacadora de Mariscos El Sauzal, S. de R.L. de C.V.", "EMS", "Carretera Tijuana-Ensenada km 103, El Sauzal, C.P. 22760, Ensenada, B.C.", "601 General de Ley Personas Morales", "#134e4a"),
    ("Servicios Portuarios Punta Banda, S.A. de C.V.", "SPP", "Av. Recinto Portuario s/n, Zona Centro, C.P. 22800, Ensenada, B.C.", "601 General de Ley Personas Morales", "#3730a3"),
]
EN_B = [
    ("Restaurante La Terraza del Mar, S.A. de C.V.", "RTM", "22880", "G01 Adquisición de mercancías"),
    ("Pesquera Isla de Cedros, S.C. de R.L.", "PIC", "22990", "G03 Gastos en general"),
    ("Comercializadora Pacífico Norte, S.A. de C.V.", "CPN", "21100", "G02 Devoluciones, descuentos o bonificaciones"),
    ("Naviera del Golfo de California, S.A. de C.V.", "NGC", "85400", "G03 Gastos en general"),
]
EN_ROWS = [
    [("Vino tinto Nebbiolo reserva 2022, caja 12 x 750 ml", "50202203", "XBX", 2, 30, 2400, 5200), ("Vino blanco Chenin Blanc 2024, caja 12 x 750 ml", "50202203", "XBX", 2, 40, 1500, 3100),
     ("Degustación guiada para grupo, por persona", "90101700", "E48", 6, 40, 350, 650), ("Barrica de roble francés usada 225 l", "24112100", "H87", 1, 6, 2800, 4500)],
    [("Impulsor de bomba de agua Yamaha F115", "25191700", "H87", 1, 8, 780, 1650), ("Hélice de acero inoxidable 13 1/4 x 17", "25191700", "H87", 1, 3, 6200, 11800),
     ("Ánodo de zinc para eje 1 1/4 in", "25191700", "H87", 2, 20, 140, 390), ("Mano de obra, mantenimiento de motor fuera de borda", "78181500", "E48", 1, 12, 650, 980)],
    [("Erizo rojo en charola, 250 g", "50121500", "XPK", 20, 200, 180, 320), ("Almeja generosa viva, kg", "50121500", "KGM", 10, 150, 420, 780),
     ("Abulón azul enlatado, lata 425 g", "50121500", "H87", 12, 120, 690, 1200), ("Servicio de empaque y refrigeración, por tarima", "78131600", "E48", 1, 10, 850, 1600)],
    [("Maniobra de carga y descarga de contenedor 40 pies", "78141500", "E48", 1, 12, 4200, 7800), ("Almacenaje en patio, contenedor por día", "78131600", "DAY", 2, 30, 380, 720),
     ("Amarre y desamarre de embarcación", "78141500", "E48", 1, 4, 3100, 5200), ("Suministro de agua potable a buque, m³", "78141500", "MTQ", 10, 120, 58, 95)],
]
EN_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:9px 12mm 8px 12mm} .band .l{font-size:6.6pt;color:#f5e6e6;opacity:.9} .band .v{font-size:9.4pt;font-weight:bold;margin-top:1px;white-space:nowrap} .band .s{font-size:6.6pt;font-weight:normal}
.wrap{padding:0 12mm} table.g{width:100%;border-collapse:collapse} table.g td{padding:3px 10px 3px 0;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border:1px solid #9ca3af;background:#f3f4f6;font-size:6.8pt;padding:3px;text-align:left} table.it td{border:1px solid #d1d5db;padding:3px;font-size:7.8pt}
.r{text-align:right;white-space:nowrap} .k{font-size:6.8pt;color:#6b7280} .mono{font-family:'DejaVu Sans Mono',monospace;font-size:5.6pt;word-break:break-all;color:#444}
</style></head><body>
<div class="band"><table class="g"><tr><td style="width:62%"><div style="font-size:14.5pt;font-weight:bold">{{ vname }}</div><div style="font-size:7.6pt;margin-top:2px">{{ vaddr }}</div>
<div style="font-size:7.6pt">RFC: {{ vid }} · Régimen fiscal: {{ regimen }}</div></td>
<td style="text-align:right"><div style="font-size:19pt;font-weight:bold;letter-spacing:1px">{{ title }}</div><div style="font-size:8pt">{{ sub }}</div></td></tr></table>
<table class="g" style="margin-top:8px;border-top:1px solid rgba(255,255,255,.4)"><tr>
<td><div class="l">Serie y folio</div><div class="v">{{ no }}</div></td><td><div class="l">Fecha de emisión</div><div class="v">{{ d }}</div></td>
<td><div class="l">Lugar de expedición</div><div class="v">{{ cp }}</div></td><td><div class="l">Forma de pago</div><div class="v">{{ forma[:2] }}</div><div class="s">{{ forma[3:] }}</div></td>
<td><div class="l">Método de pago</div><div class="v">{{ metodo[:3] }}</div><div class="s">{{ metodo[4:] }}</div></td><td><div class="l">Moneda</div><div class="v">{{ cur }}</div></td>
{% if tc %}<td><div class="l">Tipo de cambio</div><div class="v">{{ tc }}</div></td>{% endif %}</tr></table></div>
<div class="wrap">
<table class="g" style="margin-top:10px;font-size:8.2pt"><tr><td style="width:58%;border:1px solid #d1d5db;padding:6px">
<div class="k">Receptor</div><b>{{ bname }}</b><br>RFC receptor: {{ brfc }}<br>Domicilio fiscal receptor (C.P.): {{ bcp }} · Régimen: 601<br>Uso del CFDI: {{ uso }}</td>
<td style="border:1px solid #d1d5db;padding:6px 6px 6px 10px"><div class="k">Folio fiscal (UUID)</div><b style="font-size:7.4pt">{{ uuid }}</b>
<div class="k" style="margin-top:4px">Fecha y hora de certificación</div>{{ cert }}
{% if po %}<div class="k" style="margin-top:4px">Orden de compra</div><b>{{ po }}</b>{% endif %}
{% if due %}<div class="k" style="margin-top:4px">Fecha límite de pago</div><b>{{ due }}</b>{% endif %}</td></tr></table>
{% if rel %}<div style="margin-top:8px;padding:5px 7px;border-left:4px solid {{ color }};background:#fef2f2;font-size:7.8pt">CFDI relacionado – tipo de relación 01 Nota de crédito de los documentos relacionados: folio {{ rel }}, UUID {{ reluuid }}, emitido el {{ reld }}. Motivo: {{ reason }}.</div>{% endif %}
<table class="it"><tr><th>#</th><th>Clave prod./serv.</th><th class="r">Cantidad</th><th>Clave unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Importe</th><th>Objeto imp.</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.k }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}<div class="k">Traslado IVA 002 Tasa 0.080000 · Base {{ it.a }}</div></td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td>02</td></tr>{% endfor %}</table>
<table class="g" style="margin-top:10px"><tr><td style="width:60%;font-size:7.8pt"><div class="k">Importe con letra</div><b>{{ words }}</b>
<div style="margin-top:6px">{{ pay }}</div>{% if mxn %}<div style="margin-top:4px">Equivalente en moneda nacional al tipo de cambio {{ tc }} publicado en el DOF: <b>{{ mxn }} MXN</b></div>{% endif %}</td>
<td><table style="width:100%;border:2px solid {{ color }};border-collapse:collapse;font-size:8.6pt">
<tr><td style="padding:3px 8px">Subtotal</td><td class="r" style="padding:3px 8px">{{ net }}</td></tr>
<tr><td style="padding:3px 8px">IVA trasladado 8% (región fronteriza)</td><td class="r" style="padding:3px 8px">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold;font-size:10.5pt"><td style="padding:5px 8px">Total</td><td class="r" style="padding:5px 8px">{{ total }}</td></tr></table></td></tr></table>
<table class="g" style="margin-top:12px"><tr><td style="width:30mm">{{ qr|safe }}</td><td>
<div class="k">Sello digital del CFDI</div><div class="mono">{{ s1 }}</div><div class="k">Sello del SAT</div><div class="mono">{{ s2 }}</div>
<div class="k">No. de serie del certificado del emisor: {{ csd }} · del SAT: {{ csat }} · RFC del proveedor de certificación: SAT970701NN3</div></td></tr></table>
<div style="margin-top:6px;font-size:6.8pt;color:#6b7280">Este documento es una representación impresa de un CFDI versión 4.0 · Exportación 01 No aplica · Página 1 de 1</div></div>
</body></html>"""


@style("01", "mx_ens_ensenada_cfdi_iva_8_fronteriza_band_labels_above_usd_egreso")
def s01(rng, i):
    vname, pre, vaddr, regimen, color = EN_V[i]
    bname, bpre, bcp, uso = EN_B[i]
    credit = i == 2
    usd = i in (1, 3)
    d = rand_date(rng)
    items = lines(rng, [(r[0], r[2], r[3], r[4], r[5], r[6], (r[1], r[2])) for r in EN_ROWS[i]], [3, 4, 2, 3][i], D("0.50") if not usd else D("0.05"))
    if usd:
        for x in items:
            x["price"] = q2(x["price"] / 17)
            x["amount"] = q2(x["price"] * x["qty"])
    for x in items:
        x["key"], x["u"] = x["extra"]
        if credit:
            x["amount"] = -x["amount"]
            x["qty"] = -x["qty"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.08"))
    total = net + tax
    vid = mx_rfc(rng, pre)
    brfc = mx_rfc(rng, bpre)
    no = [f"A {rng.randint(1000, 9999)}", f"F-{rng.randint(10000, 99999)}", f"NC {rng.randint(100, 999)}", f"SPB{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (1, 3) else None
    po = [f"OC-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(4500000000, 4500999999)}"][i]
    tc = D(rng.choice(["17.2384", "18.0417", "19.6122", "18.5530"])) if usd else None
    cur = "USD" if usd else "MXN"
    sym = "US$" if usd else "$"
    money = "DÓLARES" if usd else "PESOS"
    words = es_money_words(abs(total), money, "mx")
    if usd:
        words = words.replace(" M.N.)", " USD)")
    cert = d.strftime("%Y-%m-%dT") + f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fmt = lambda x: en(x)  # noqa: E731
    money = lambda x: ("-" if x < 0 else "") + sym + en(abs(x))  # noqa: E731
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, regimen=regimen, title="NOTA DE CRÉDITO" if credit else "FACTURA",
        sub="CFDI de Egreso" if credit else "CFDI de Ingreso", no=no, d=fd(d) + f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", cp=vaddr.split("C.P. ")[1][:5],
        forma="03 Transferencia electrónica" if due else "01 Efectivo" if i == 0 else "03 Transferencia electrónica", metodo="PPD Pago en parcialidades o diferido" if due else "PUE Pago en una sola exhibición",
        cur=cur, tc=str(tc) if tc else None, bname=bname, brfc=brfc, bcp=bcp, uso=uso, uuid=uuid(rng), cert=cert, po=po, due=fd(due) if due else None,
        rel=f"A {rng.randint(1000, 9999)}" if credit else None, reluuid=uuid(rng), reld=fd(d - dt.timedelta(days=rng.randint(8, 40))), reason="devolución parcial de mercancía en mal estado",
        items=[{"k": x["key"], "q": qstr(x["qty"]), "u": x["u"], "d": x["desc"], "p": fmt(x["price"]), "a": fmt(x["amount"])} for x in items],
        words=words, net=money(net), tax=money(tax), total=money(total), mxn=en(q2(total * tc)) if usd else None,
        pay=("Pago a más tardar en la fecha límite indicada a la cuenta CLABE " + "0" + digits(rng, 17) + " (BBVA México).") if due else "Pagado en una sola exhibición.",
        qr=qr_svg(rng, 26), s1=b64(rng, 340), s2=b64(rng, 340), csd="0000100000" + digits(rng, 10), csat="0000100000" + digits(rng, 10),
    )
    notes = (
        "Ensenada (Baja California, Mexico) " + ("CFDI de EGRESO (NOTA DE CRÉDITO: every quantity and amount printed NEGATIVE; the related invoice's folio, UUID and date are decoys)" if credit else "CFDI 4.0 FACTURA")
        + " in Spanish under a coloured header band whose white labels stand ABOVE their values, a ruled table with a position column and SAT keys, IVA 8 % (northern border region), '1,234.56': "
        "vendor = the name in the band; vendor_tax_id = the issuer's 'RFC' in the band (the receptor's RFC, the UUID, the certificate numbers, the CLABE and the postal codes are decoys). "
        "invoice_number = 'Serie y folio' (as printed); invoice_date = 'Fecha de emisión' (the certification date-time is a decoy). "
        + due_note(due, None, "Fecha límite de pago")
        + po_note(po, "Orden de compra")
        + f"subtotal = 'Subtotal'; tax = 'IVA trasladado 8%'; total = 'Total'. Currency {cur}"
        + (" ('US$'; the peso equivalent at the DOF rate is a decoy)" if usd else " ('$')")
        + ". The total in words repeats the total. Line items: every row ('Importe')." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "Total", fd(due) if due else None, brfc, words, ctx["mxn"], ctx["rel"]]}
    return t, chk, (EN_HTML.replace("@@BASE@@", css(margin="0 0 10mm 0", fs="8.4pt")), ctx)


# =========================================================================== 02 Huehuetenango (IVA 12 % included, GTQ), right sidebar, words
HU_V = [
    ("Cooperativa Cafetalera Los Cuchumatanes, R.L.", "Beneficio Los Cuchumatanes", "Aldea Chiantla km 5, Chiantla, Huehuetenango", "#14532d"),
    ("Agroservicio El Calvario, S.A.", "Agroservicio El Calvario", "5a. Avenida 4-28 Zona 1, Huehuetenango", "#7c2d12"),
    ("Hotel Casa Xinabajul, S.A.", "Hotel Casa Xinabajul", "6a. Avenida 1-35 Zona 1, Huehuetenango", "#1e3a8a"),
    ("Transportes Selegua, S.A.", "Transportes Selegua", "Carretera Interamericana CA-1 km 262, Huehuetenango", "#4a044e"),
]
HU_B = ["Exportadora de Café del Altiplano, S.A.", "Finca La Esperanza, Aguacatán", "Asociación de Desarrollo Integral Maya", "Distribuidora Comercial La Mesilla, S.A."]
HU_ROWS = [
    [("Café pergamino seco, quintal (46 kg)", "B", 5, 120, 1350, 1900), ("Café oro SHB, saco de 69 kg", "B", 2, 60, 2600, 3800), ("Servicio de trillado y clasificación, quintal", "S", 5, 120, 45, 90)],
    [("Fertilizante 20-20-0, saco 45 kg", "B", 2, 80, 260, 340), ("Fungicida para roya, litro", "B", 1, 40, 95, 210), ("Bomba de mochila 16 litros", "B", 1, 6, 380, 560), ("Semilla de maíz ICTA, bolsa 25 lb", "B", 1, 30, 180, 290)],
    [("Habitación doble, noche", "S", 1, 12, 380, 620), ("Salón para capacitación, día", "S", 1, 4, 900, 1800), ("Refacción y almuerzo, por persona", "S", 10, 80, 45, 95)],
    [("Flete Huehuetenango – La Mesilla, camión 12 t", "S", 1, 10, 2800, 4600), ("Flete Huehuetenango – Ciudad de Guatemala, tráiler", "S", 1, 6, 5200, 8400), ("Carga y descarga con montacargas, hora", "S", 1, 12, 150, 260)],
]
HU_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;width:58mm;min-height:297mm;background:{{ color }};color:#fff;padding:14mm 6mm 10mm 6mm;box-sizing:border-box}
.side .l{font-size:6.4pt;letter-spacing:.8px;color:#e7efe9;margin-top:9px} .side .v{font-size:9pt;font-weight:bold;word-break:break-all}
.main{margin-right:58mm;padding:14mm 9mm 10mm 14mm} table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7pt;color:#555;text-align:left;padding:3px 4px;border-bottom:2px solid {{ color }}} table.it td{padding:5px 4px;font-size:8.4pt}
.r{text-align:right;white-space:nowrap} .k{font-size:7pt;color:#6b7280}
</style></head><body>
<div class="side"><div style="font-size:8pt;letter-spacing:1px">DOCUMENTO TRIBUTARIO ELECTRÓNICO</div><div style="font-size:15pt;font-weight:bold;margin-top:2px">{{ title }}</div>
<div class="l">SERIE</div><div class="v">{{ serie }}</div>
<div class="l">NÚMERO DE DTE</div><div class="v">{{ no }}</div>
<div class="l">NÚMERO DE AUTORIZACIÓN</div><div class="v" style="font-size:7.6pt">{{ auth }}</div>
<div class="l">FECHA DE EMISIÓN</div><div class="v">{{ d }}</div>
<div class="l">FECHA DE CERTIFICACIÓN</div><div class="v" style="font-weight:normal">{{ certd }}</div>
<div class="l">MONEDA</div><div class="v">GTQ</div>
{% if po %}<div class="l">ORDEN DE COMPRA</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">TOTAL A PAGAR</div><div class="v" style="font-size:14pt">Q {{ total }}</div>
<div style="margin-top:14px;background:#fff;display:inline-block;padding:2px">{{ qr|safe }}</div>
<div style="font-size:6.4pt;margin-top:6px">Certificador: INFILE, S.A. · NIT 12521337</div></div>
<div class="main">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ trade }}</div><div style="font-size:9pt"><b>{{ vname }}</b></div>
<div style="font-size:8pt;color:#444">{{ vaddr }} · Tel. 7764-{{ tel }}</div><div style="font-size:8pt">NIT emisor: <b>{{ vid }}</b> · Establecimiento {{ est }}</div>
<div style="margin-top:12px;padding:7px 0;border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:8.4pt"><span class="k">Nombre receptor</span> <b>{{ bname }}</b><br><span class="k">NIT receptor</span> {{ bnit }} &nbsp; <span class="k">Dirección</span> {{ baddr }}</div>
<table class="it"><tr><th style="width:4%">#</th><th style="width:9%">B/S</th><th class="r" style="width:8%">Cant.</th><th style="width:43%">Descripción</th><th class="r">P. unitario<br>con IVA (Q)</th><th class="r">Descuentos<br>(Q)</th><th class="r">Total (Q)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.bs }}</td><td class="r">{{ it.q }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:14px;font-size:8.8pt">
<tr><td style="padding:2px 12px" class="k">Monto gravable (sin IVA)</td><td class="r">Q {{ net }}</td></tr>
<tr><td style="padding:2px 12px" class="k">IVA 12 % (incluido)</td><td class="r">Q {{ tax }}</td></tr>
<tr><td style="padding:5px 12px;font-weight:bold;font-size:11pt;border-top:2px solid {{ color }}">Gran total</td><td class="r" style="font-weight:bold;font-size:11pt;border-top:2px solid {{ color }}">Q {{ total }}</td></tr></table>
<div style="margin-top:8px;font-size:8.4pt"><span class="k">Total en letras:</span> {{ words }}</div>
{% if abono %}<div style="margin-top:12px;font-size:8.2pt"><b>Complemento de abonos de factura cambiaria</b><table style="margin-top:3px;border-collapse:collapse"><tr><td class="k" style="padding:2px 10px 2px 0">No. abono</td><td class="k" style="padding:2px 10px">Fecha de vencimiento</td><td class="k r" style="padding:2px 10px">Monto abono</td></tr>
<tr><td>1</td><td style="padding:2px 10px">{{ due }}</td><td class="r" style="padding:2px 10px">Q {{ total }}</td></tr></table></div>{% endif %}
<div style="margin-top:16px;font-size:7.4pt;color:#555">Sujeto a pagos trimestrales ISR. {{ foot }}</div>
</div></body></html>"""


@style("02", "gt_hue_huehuetenango_fel_factura_iva_12_incl_sidebar_right_unruled_cambiaria_words")
def s02(rng, i):
    vname, trade, vaddr, color = HU_V[i]
    d = rand_date(rng)
    items = lines(rng, HU_ROWS[i], [3, 4, 2, 3][i], D("0.25"))
    for k, x in enumerate(items):
        x["disc"] = q2(x["amount"] * D(rng.choice([5, 10])) / 100) if (i == 1 and k == 0) or (i == 3 and k == 1) else D(0)
        x["gross"] = x["amount"]
        x["amount"] = x["gross"] - x["disc"]
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, 12)
    net = total - tax
    vid = gt_nit(rng)
    bnit = gt_nit(rng) if i != 2 else "CF"
    cambiaria = i in (0, 3)
    serie = "".join(rng.choice(HEX) for _ in range(8))
    no = str(rng.randint(100000000, 4294967295))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if cambiaria else None
    po = [f"OC-{rng.randint(100, 999)}-{d.year}", None, None, f"{rng.randint(20000, 29999)}"][i]
    auth = serie + "-" + uuid(rng)[9:]
    words = es_money_words(total, "quetzales")
    ctx = dict(
        color=color, title="FACTURA CAMBIARIA" if cambiaria else "FACTURA", serie=serie, no=no, auth=auth, d=fd(d), certd=fd(d) + f" {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        po=po, total=en(total), qr=qr_svg(rng, 24), trade=trade, vname=vname, vaddr=vaddr, tel=digits(rng, 4), vid=vid, est=rng.randint(1, 4),
        bname=HU_B[i] if i != 2 else "Consumidor Final", bnit=bnit, baddr=["Ciudad de Guatemala", "Aguacatán, Huehuetenango", "ciudad", "La Mesilla, La Democracia"][i],
        items=[{"bs": "Bien" if x["unit"] == "B" else "Servicio", "q": qstr(x["qty"]), "d": x["desc"], "p": en(x["price"]), "disc": en(x["disc"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), words=words, abono=cambiaria, due=fd(due) if due else None,
        foot=("Pagadera a la orden del emisor en la fecha del abono. Depósitos a Banrural, cuenta monetaria 3-" + digits(rng, 3) + "-" + digits(rng, 5) + "-" + digits(rng, 1) + ".") if cambiaria else "Pago de contado. Gracias por su compra.",
    )
    notes = (
        "Huehuetenango (Guatemala) FEL " + ("FACTURA CAMBIARIA with one abono" if cambiaria else "FACTURA") + " in Spanish with the DTE's facts in a coloured RIGHT SIDEBAR (small upper-case labels ABOVE values), an UNRULED table of prices INCLUDING IVA 12 % (a discount column), 'Q 1,234.56': "
        "vendor = the legal name under the trade name (the trade name above it is the same business); vendor_tax_id = 'NIT emisor' (the receptor's NIT, the certifier's NIT 12521337, the series and authorisation number are decoys). "
        "invoice_number = 'NÚMERO DE DTE' (the 'SERIE' above it and the authorisation UUID are decoys); invoice_date = 'FECHA DE EMISIÓN' (the certification date-time is a decoy). "
        + due_note(due, "Pago de contado", "Fecha de vencimiento (the abono complement)")
        + po_note(po, "ORDEN DE COMPRA")
        + "subtotal = 'Monto gravable (sin IVA)'; tax = 'IVA 12 % (incluido)'; total = 'Gran total' (also 'TOTAL A PAGAR' in the sidebar and in words). Currency GTQ. Line items: the rows' 'Total' (with IVA, after the row's discount), summing to the total."
    )
    t = truth(vname, vid, no, po, d, due, "GTQ", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Gran total", fd(due) if due else None, bnit, words, serie]}
    return t, chk, (HU_HTML.replace("@@BASE@@", css(margin="0", font="'Liberation Sans',sans-serif", fs="8.8pt")), ctx)


# =========================================================================== 03 Rwamagana (VAT 18 % incl., RWF), EBM till roll 80 mm
RW_V = [
    ("PHARMACIE AKAGERA LTD", "Rwamagana, Kigabiro, near bus park", ["Paracetamol 500mg x10", "Amoxicillin 500mg caps x21", "ORS sachets", "Vitamin C 1000mg x10", "Gauze bandage 10cm", "Surgical masks box 50", "Hand sanitizer 500ml"], (600, 9500)),
    ("QUINCAILLERIE MUHAZI LTD", "Rwamagana, Main Road RN3", ["Cement CIMERWA 50kg", "Iron sheet G28 3m", "Roofing nails kg", "PVC pipe 1/2in 6m", "Paint emulsion 4L", "Padlock 50mm", "Wheelbarrow"], (1200, 48000)),
    ("EASTERN FRESH SUPERMARKET LTD", "Rwamagana, Nyagasenyi Plaza", ["Inyange milk 1L", "Rice Gikonko 5kg", "Sugar Kabuye 1kg", "Cooking oil 3L", "Mineral water 1.5L", "Bread loaf 600g", "Coffee Maraba 250g"], (500, 7500)),
    ("LAKE MUHAZI RESTO-BAR LTD", "Rwamagana, Gahini road", ["Brochette goat", "Tilapia grilled whole", "Isombe with rice", "Primus 72cl", "Fanta 50cl", "Urwagwa traditional", "African tea"], (500, 9000)),
]
RW_HTML = """<html><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.3pt;color:#111;margin:0} .c{text-align:center} .r{text-align:right} .b{font-weight:bold}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .hr{border-top:1px dashed #000;margin:4px 0}
</style></head><body>
<div class="c b" style="font-size:9pt">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">TEL: 078{{ tel }}</div><div class="c">TIN: {{ vid }}</div>
<div class="hr"></div><div class="c b">Welcome to our shop</div>
{% if bid %}<div>Client ID: {{ bid }}</div>{% endif %}
<div class="hr"></div>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>{{ it.p }}x {{ it.q }}</td><td class="r">{{ it.a }}B</td></tr>{% if it.disc %}<tr><td>discount -{{ it.pct }}%</td><td class="r">{{ it.na }}</td></tr>{% endif %}{% endfor %}</table>
<div class="hr"></div>
<table><tr class="b" style="font-size:9pt"><td>TOTAL</td><td class="r">{{ total }}</td></tr>
<tr><td>TOTAL A-EX</td><td class="r">0</td></tr><tr><td>TOTAL B-18.00%</td><td class="r">{{ total }}</td></tr>
<tr><td>TOTAL TAX B</td><td class="r">{{ tax }}</td></tr><tr><td>TOTAL TAX</td><td class="r">{{ tax }}</td></tr></table>
<div class="hr"></div>
<table><tr><td>{{ paym }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>CHANGE</td><td class="r">{{ change }}</td></tr>{% endif %}<tr><td>ITEMS NUMBER</td><td class="r">{{ n }}</td></tr></table>
<div class="hr"></div><div class="c b">SDC INFORMATION</div>
<table><tr><td>Date: {{ d }}</td><td class="r">Time: {{ tm }}</td></tr></table>
<div>SDC ID: {{ sdc }}</div><div>RECEIPT NUMBER: {{ rno }}/{{ rtot }} NS</div>
<div class="c" style="margin-top:3px">Internal Data:</div><div class="c">{{ intd }}</div><div class="c">Receipt Signature:</div><div class="c">{{ sig }}</div>
<div class="c" style="margin:4px 0">{{ qr|safe }}</div>
<div class="hr"></div>
<div>RECEIPT NUMBER: {{ rno }}</div><div>DATE: {{ d }} TIME: {{ tm }}</div><div>MRC: {{ mrc }}</div>
<div class="hr"></div><div class="c">THANK YOU · MURAKOZE · MERCI</div><div class="c">COME BACK AGAIN</div><div class="c" style="font-size:6pt">EBM v2 · Rwanda Revenue Authority</div>
</body></html>"""


@style("03", "rw_rwa_rwamagana_ebm_receipt_till_80mm_vat_18_b_incl_rwf_discount")
def s03(rng, i):
    vname, vaddr, names, (lo, hi) = RW_V[i]
    d = rand_date(rng)
    n = [5, 3, 6, 4][i]
    items = []
    for name in rng.sample(names, n):
        q = D(rng.randint(1, 6 if i != 2 else 4))
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": name, "qty": q, "price": p, "amount": q * p, "unit": "pc"})
    disc_rows = {0, 2} if i in (1, 2) else set()
    for k, x in enumerate(items):
        x["gross"] = x["amount"]
        x["pct"] = rng.choice([5, 10]) if k in disc_rows else 0
        x["disc"] = D(int(x["gross"] * x["pct"] / 100))
        x["amount"] = x["gross"] - x["disc"]
    total = sum(x["amount"] for x in items)
    tax = D(int((total * 18 / 118).quantize(D("1"))))
    vid = "1" + digits(rng, 8)
    bid = ("1" + digits(rng, 8)) if i in (1, 3) else None
    rno = rng.randint(120, 9800)
    cash = i != 0
    paid = (total // 1000 + 1) * 1000 if cash and i != 3 else total
    f0 = lambda x: en(x, 0)  # noqa: E731
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    h = 150 + 9 * n + (6 if disc_rows else 0)
    ctx = dict(
        h=h, vname=vname, vaddr=vaddr, tel=digits(rng, 7), vid=vid, bid=bid,
        items=[{"d": x["desc"], "p": en(x["price"]), "q": qstr(x["qty"]) + ".00", "a": f0(x["gross"]), "disc": bool(x["disc"]), "pct": x["pct"], "na": f0(x["amount"])} for x in items],
        total=f0(total), tax=f0(tax), paym="CASH" if cash else "MOBILE MONEY", paid=f0(paid), change=f0(paid - total) if paid != total else None, n=n,
        d=fd(d), tm=f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", sdc="SDC0" + digits(rng, 8, True), rno=rno, rtot=rno + rng.randint(0, 40),
        intd="-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(6)),
        sig="-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(4)), qr=qr_svg(rng, 22), mrc="WIS0" + digits(rng, 7),
    )
    notes = (
        "Rwamagana (Eastern Province, Rwanda) EBM v2 receipt on an 80 mm TILL ROLL in English (with Kinyarwanda and French thanks), monospace, prices INCLUDING VAT 18 % (tax class B), whole francs '1,234': "
        "vendor = the name at the top; vendor_tax_id = 'TIN' under the address (the buyer's 'Client ID', the SDC ID, the MRC and the internal data / signature are decoys). "
        "invoice_number = the lower block's 'RECEIPT NUMBER' (the SDC line prints it as 'n/m NS': the counter after the slash is a decoy); invoice_date = 'Date' of the SDC information (the same date again in the lower block). "
        "No due date (paid at the till: null). No PO. subtotal = null (no net is printed: 'TOTAL B-18.00%' is the gross of class B); tax = 'TOTAL TAX'; total = 'TOTAL'. Currency RWF (not printed: Rwandan francs by the TIN, the place and the EBM). "
        + ("Line items: every article, at its printed amount after the row's 'discount -n%' line where there is one (the gross before the discount is a decoy), with its quantity. " if disc_rows else "Line items: every article with its quantity. ")
        + ("Cash given and change are decoys." if paid != total else "")
    )
    t = truth(vname, vid, str(rno), None, d, None, "RWF", None, tax, total, items, notes)
    chk = {"printed": [fd(d), vname, vid, f"RECEIPT NUMBER: {rno}", bid, ctx["change"]]}
    return t, chk, (RW_HTML, ctx)
