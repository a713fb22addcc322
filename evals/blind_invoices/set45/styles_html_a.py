"""Chromium (HTML) styles for set 45, first part (01 Rosario farm-machinery dealer's FACTURA A / B in Spanish with a
BONIFICACIÓN column per row, IVA 21 % and 10,5 % per rate, pesos or dollars with the exchange rate, the CAE box, 02
Encarnación wholesaler's KuDE (factura electrónica) in Spanish on a fully ruled grid with IVA 5 % / 10 % INCLUDED in the
prices, whole guaraníes and the total in words, 03 Sohar industrial supplier's bilingual English / Arabic TAX INVOICE
with a LEFT SIDEBAR holding the amount due, VAT 5 %, rials to three decimals and an advance deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, es_date
from invoice_kit import css, de, digits, en, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import en_words_title, es_words
from stdnum.ar import cuit
from stdnum.py import ruc as pyruc

STYLES, style = style_registry("chromium")


def _cuit(rng, prefix):
    return valid(rng, lambda: prefix + digits(rng, 9), cuit.is_valid)


def _cuit_fmt(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


# =========================================================================== 01 Rosario (IVA 21 % / 10,5 %, ARS or USD), bonificación per row
RO_V = [
    ("Agromáquinas del Litoral S.A.", "Av. Circunvalación 25 de Mayo 4820, S2013 Rosario, Santa Fe", "#14532d"),
    ("Metalúrgica Fisherton S.R.L.", "Av. Eva Perón 8150, S2008 Rosario, Santa Fe", "#1e3a8a"),
    ("Semillas y Repuestos Pichincha S.A.", "Av. Francia 1240, S2000 Rosario, Santa Fe", "#7c2d12"),
    ("Hidráulica Puerto Norte S.A.", "Av. Cándido Carballo 230, S2000 Rosario, Santa Fe", "#4c1d95"),
]
RO_B = [
    ("Establecimiento La Celina S.A.", "Ruta Nac. 33 km 745, Casilda, Santa Fe"),
    ("Cooperativa Agrícola de Armstrong Ltda.", "Bv. Falucho 850, Armstrong, Santa Fe"),
    ("Contratista Rural Gómez Hnos. S.H.", "Zona Rural, Venado Tuerto, Santa Fe"),
    ("Agropecuaria Los Tilos S.A.", "Calle 9 n.º 1130, Marcos Juárez, Córdoba"),
]
RO_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, IVA rate)
    ("Cuchilla de disco para sembradora 18\"", "u.", 2, 40, 38000, 92000, D("10.5")),
    ("Rodamiento de rueda de sembradora", "u.", 2, 30, 14000, 36000, D("10.5")),
    ("Cadena de transmisión ASA 80, tramo 3 m", "u.", 1, 12, 42000, 88000, D("10.5")),
    ("Pico pulverizador abanico 11002 (x10)", "u.", 1, 20, 18000, 39000, D("10.5")),
    ("Manguera hidráulica 1/2\" con terminales", "u.", 1, 16, 26000, 64000, D("10.5")),
    ("Cilindro hidráulico doble efecto 80 mm", "u.", 1, 4, 280000, 540000, D("10.5")),
    ("Bomba de pulverizadora 150 l/min", "u.", 1, 2, 690000, 1250000, D("10.5")),
    ("Aceite hidráulico ISO 68, bidón 20 l", "u.", 1, 10, 58000, 96000, D("21")),
    ("Grasa de litio EP2, balde 15 kg", "u.", 1, 6, 64000, 120000, D("21")),
    ("Filtro de aceite tractor", "u.", 1, 12, 21000, 47000, D("21")),
    ("Servicio técnico en campo", "h", 1, 16, 32000, 58000, D("21")),
    ("Flete Rosario - campo", "viaje", 1, 2, 90000, 260000, D("21")),
]
RO_HTML = """<html lang="es-AR"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #333} .small{font-size:7pt;color:#444} table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{background:{{ color }};color:#fff;font-size:7.4pt;padding:4px;border:1px solid #333} table.it td{border:1px solid #999;padding:3px 4px;font-size:7.8pt} td.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%;border:1px solid #333"><tr><td style="width:45%;padding:8px;vertical-align:top"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="small">IVA Responsable Inscripto</div></td>
<td style="width:10%;text-align:center;vertical-align:top;border-left:1px solid #333;border-right:1px solid #333"><div style="font-size:30pt;font-weight:bold;border-bottom:1px solid #333">{{ letter }}</div><div class="small">COD. {{ code }}</div></td>
<td style="padding:8px;vertical-align:top"><div style="font-size:15pt;font-weight:bold">FACTURA</div><div>N° <b>{{ pv }}-{{ cno }}</b></div><div>Fecha de Emisión: <b>{{ date }}</b></div><div>CUIT: <b>{{ vid }}</b></div><div>Ingresos Brutos: {{ iibb }}</div><div>Fecha de Inicio de Actividades: {{ start }}</div></td></tr></table>
<table style="width:100%;border:1px solid #333;border-top:0;font-size:8pt"><tr><td style="padding:6px">CUIT: {{ bid }}<br>Condición frente al IVA: {{ bcond }}<br>Condición de venta: {{ term }}</td><td style="padding:6px">Apellido y Nombre / Razón Social: <b>{{ bname }}</b><br>Domicilio: {{ baddr }}{% if po %}<br>Orden de compra: {{ po }}{% endif %}{% if remito %}<br>Remito: {{ remito }}{% endif %}</td></tr>
{% if due %}<tr><td colspan="2" style="padding:0 6px 6px">Período facturado desde {{ pfrom }} hasta {{ pto }} &nbsp; Fecha de Vto. para el pago: <b>{{ due }}</b></td></tr>{% endif %}</table>
<table class="it"><tr><th>Código</th><th>Producto / Servicio</th><th>Cantidad</th><th>U. medida</th><th>Precio Unit.</th><th>% Bonif</th><th>Subtotal</th><th>Alícuota IVA</th><th>Subtotal c/IVA</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.b }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;font-size:7.5pt">{% if usd %}<div class="box" style="padding:5px;width:80%">Moneda: Dólar estadounidense (DOL)<br>Tipo de cambio: {{ rate }} (BNA vendedor del día hábil anterior)<br>Equivalente en pesos: $ {{ ars }}</div>{% endif %}{% if words %}<div style="margin-top:6px">Son {{ words }}.</div>{% endif %}</td>
<td style="width:44%"><table style="width:100%;font-size:8.5pt"><tr><td class="r">Importe Neto Gravado: {{ cur }}</td><td class="r">{{ net }}</td></tr>{% for r in rates %}<tr><td class="r">IVA {{ r.r }}%: {{ cur }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}<tr><td class="r">Importe Otros Tributos: {{ cur }}</td><td class="r">0,00</td></tr><tr style="font-weight:bold;font-size:10.5pt"><td class="r">Importe Total: {{ cur }}</td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:14px;border-top:1px solid #333"><tr><td style="width:30mm">{{ qr|safe }}</td><td style="font-size:8pt;vertical-align:top;padding-top:6px"><b>Comprobante Autorizado</b><br><span class="small">Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación</span></td><td class="r" style="font-size:8.5pt;vertical-align:top;padding-top:6px">CAE N°: <b>{{ cae }}</b><br>Fecha de Vto. de CAE: {{ caevto }}</td></tr></table>
</body></html>"""


@style("01", "ar_ros_rosario_factura_a_iva_21_10_5_bonif_usd")
def s01(rng, i):
    vname, vaddr, color = RO_V[i]
    bname, baddr = RO_B[i]
    d = rand_date(rng)
    usd = i == 2
    items = lines(rng, RO_ROWS, [3, 9, 2, 14][i], D("100"))
    if usd:  # the same parts priced in dollars
        for x in items:
            x["price"] = q2(x["price"] / 1000)
            x["amount"] = q2(x["qty"] * x["price"])
    for x in items:
        x["rate"] = x["extra"]
        x["bonif"] = D(rng.choice([0, 0, 5, 10, 15]))
        x["gross"] = x["amount"]
        x["amount"] = q2(x["gross"] * (100 - x["bonif"]) / 100)
    summ = by_rate(items)
    net = sum(b for _, b, _ in summ)
    tax = sum(v for _, _, v in summ)
    total = net + tax
    vid = _cuit(rng, "30")
    bid = _cuit(rng, rng.choice(["30", "33", "20"]))
    pv = f"{rng.randint(2, 12):05d}"
    cno = f"{rng.randint(1, 99999):08d}"
    no = f"{pv}-{cno}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), es_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (1, 3) else None
    term = ["Contado", "Cuenta corriente", "Transferencia bancaria", "Cuenta corriente 30 días"][i]
    po = [None, f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", None][i]
    remito = f"0001-{rng.randint(1, 99999):08d}" if i != 0 else None
    rate = D(rng.randint(95000, 148000)) / 100
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, letter="A", code="01", pv=pv, cno=cno, date=fd(d), vid=_cuit_fmt(vid), iibb=f"021-{digits(rng, 6)}-{rng.randint(0, 9)}", start=f"01/0{rng.randint(1, 9)}/{rng.randint(1985, 2012)}",
        bid=_cuit_fmt(bid), bcond="IVA Responsable Inscripto", term=term, bname=bname, baddr=baddr, po=po, remito=remito,
        due=fd(due) if due else None, pfrom=d.replace(day=1).strftime("%d/%m/%Y"), pto=d.strftime("%d/%m/%Y"),
        items=[{"c": f"{rng.randint(100, 999)}-{rng.randint(10, 99)}", "d": x["desc"], "q": de(x["qty"]), "u": x["unit"], "p": m(x["price"]), "b": m(x["bonif"]), "a": m(x["amount"]), "r": str(x["rate"]).replace(".", ","), "g": m(x["amount"] + q2(x["amount"] * x["rate"] / 100))} for x in items],
        usd=usd, rate=m(rate), ars=m(q2(total * rate)), words=("DÓLARES ESTADOUNIDENSES " if usd else "PESOS ") + es_words(int(total)).upper() + f" CON {int(total * 100) % 100:02d}/100" if i != 0 else None,
        cur="US$" if usd else "$", net=m(net), rates=[{"r": str(r).replace(".", ","), "v": m(v)} for r, _, v in summ], total=m(total),
        qr=qr_svg(rng, 24), cae=digits(rng, 14, True), caevto=(d + dt.timedelta(days=10)).strftime("%d/%m/%Y"),
    )
    notes = (
        "Rosario (Santa Fe, Argentina) dealer's FACTURA A (code 01) in Spanish, '1.234,56', a '% Bonif' column per row, IVA 21 % and 10,5 % summed per rate; "
        "vendor = the name at the top left; vendor_tax_id = its 'CUIT' (11 digits, valid check digit; the buyer's CUIT, Ingresos Brutos, the CAE and its expiry date, the remito and the start of activities are decoys). "
        "invoice_number = 'N°' (punto de venta and comprobante number); invoice_date = 'Fecha de Emisión' (" + ["dd/mm/yyyy", "dd/mm/yyyy", "Spanish long date", "dd/mm/yyyy"][i] + "). "
        + due_note(due, None if due else term, "Fecha de Vto. para el pago")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Importe Neto Gravado' (after the per-row bonificación); tax = the sum of the 'IVA 21%' and 'IVA 10,5%' rows; total = 'Importe Total'"
        + (". Currency USD ('Moneda: Dólar estadounidense'); the 'Tipo de cambio' and the peso equivalent are decoys" if usd else ". Currency ARS")
        + ". Line items: every row at its 'Subtotal' after the bonificación (quantities printed '2,00')."
    )
    t = truth(vname, _cuit_fmt(vid), no, po, d, due, "USD" if usd else "ARS", net, tax, total, items, notes)
    parts = [mt_(v) for _, _, v in summ]
    chk = {"printed": [fd(d), no, vname, _cuit_fmt(vid), _cuit_fmt(bid), "Importe Total", ctx["cae"], fd(due) if due else None, remito], "tax_parts": parts}
    return t, chk, (RO_HTML.replace("@@BASE@@", css(margin="10mm", fs="8.5pt")), ctx)


def mt_(v):
    return str(q2(v))


# =========================================================================== 02 Encarnación (IVA 5 % / 10 % included, PYG), KuDE on a ruled grid
EN_V = [
    ("Distribuidora Itapúa S.A.", "Avda. Irrazábal c/ Mcal. Estigarribia, Encarnación", "#065f46"),
    ("Ferretería Costanera S.R.L.", "Costanera República del Paraguay 1450, Encarnación", "#9a3412"),
    ("Yerbatera del Sur S.A.", "Ruta PY06 km 4, Cambyretá, Itapúa", "#1e40af"),
    ("Mayorista San Pedro E.A.S.", "Calle Tomás R. Pereira 820, Encarnación", "#6b21a8"),
]
EN_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, IVA rate %)
    ("Yerba mate elaborada 1 kg", "UNI", 6, 240, 18000, 32000, 5),
    ("Azúcar blanca 1 kg", "UNI", 10, 300, 6500, 9500, 5),
    ("Harina de trigo 000, 25 kg", "BOL", 2, 60, 95000, 140000, 5),
    ("Aceite de soja 900 ml", "UNI", 12, 240, 12000, 18500, 5),
    ("Arroz tipo 1, 1 kg", "UNI", 10, 200, 7500, 11000, 5),
    ("Leche entera UHT 1 l", "UNI", 12, 240, 6800, 9200, 5),
    ("Cemento portland 50 kg", "BOL", 5, 120, 52000, 68000, 10),
    ("Varilla de hierro 10 mm x 12 m", "UNI", 5, 100, 58000, 79000, 10),
    ("Pintura látex interior 18 l", "UNI", 1, 20, 260000, 420000, 10),
    ("Cable unipolar 2,5 mm (rollo 100 m)", "ROL", 1, 20, 320000, 480000, 10),
    ("Detergente 5 l", "UNI", 2, 60, 24000, 38000, 10),
    ("Gaseosa 2 l (pack x 6)", "PAQ", 2, 80, 52000, 72000, 10),
    ("Flete Encarnación – Hohenau", "SER", 1, 1, 250000, 600000, 10),
]
EN_HTML = """<html lang="es-PY"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #444;padding:3px 4px;font-size:7.6pt} table.g th{background:#eee} td.r{text-align:right;white-space:nowrap} .small{font-size:6.8pt;color:#444}
</style></head><body>
<table class="g"><tr><td style="width:62%;padding:8px"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>Tel.: (071) {{ tel }} · Actividad económica: Comercio al por mayor</div></td>
<td style="padding:8px"><div>RUC: <b>{{ vid }}</b></div><div>Timbrado N.º: {{ timb }}</div><div>Inicio de vigencia: {{ tstart }}</div><div style="font-size:11pt;font-weight:bold;margin-top:4px">FACTURA ELECTRÓNICA</div><div>N.º <b>{{ no }}</b></div></td></tr></table>
<table class="g" style="margin-top:4px"><tr><td>Fecha y hora de emisión: <b>{{ date }}</b> {{ time }}</td><td>Condición de venta: {{ cond }}</td><td>Moneda: Guaraní</td></tr>
<tr><td colspan="2">Nombre o Razón Social: <b>{{ bname }}</b></td><td>RUC/Documento de identidad: {{ bid }}</td></tr>
<tr><td colspan="2">Dirección: {{ baddr }}</td><td>{% if po %}Orden de compra: {{ po }}{% else %}Tipo de transacción: Venta de mercadería{% endif %}</td></tr>
{% if cuotas %}<tr><td colspan="3">Crédito – {{ cuotas|length }} cuota(s): {% for c in cuotas %}Vencimiento {{ c.d }}: Gs. {{ c.a }}{% if not loop.last %}; {% endif %}{% endfor %}</td></tr>{% endif %}</table>
<table class="g" style="margin-top:4px"><tr><th rowspan="2">Cód.</th><th rowspan="2">Descripción</th><th rowspan="2">Unidad</th><th rowspan="2">Cant.</th><th rowspan="2">Precio unitario</th><th rowspan="2">Descuento</th><th colspan="3">Valor de venta</th></tr><tr><th>Exentas</th><th>5%</th><th>10%</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">0</td><td class="r">{{ it.v5 }}</td><td class="r">{{ it.v10 }}</td></tr>{% endfor %}
<tr><td colspan="6">SUBTOTAL:</td><td class="r">0</td><td class="r">{{ s5 }}</td><td class="r">{{ s10 }}</td></tr>
<tr style="font-weight:bold"><td colspan="6">TOTAL DE LA OPERACIÓN:</td><td colspan="3" class="r">{{ total }}</td></tr>
<tr><td colspan="9">TOTAL EN GUARANÍES: <b>{{ words }}</b></td></tr>
<tr><td colspan="3">LIQUIDACIÓN IVA: (5%) {{ i5 }}</td><td colspan="3">(10%) {{ i10 }}</td><td colspan="3">TOTAL IVA: <b>{{ tax }}</b></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:30mm">{{ qr|safe }}</td><td class="small" style="vertical-align:top;padding-left:6px">Consulte la validez de esta Factura Electrónica con el número de CDC impreso abajo en: https://ekuatia.set.gov.py/consultas<br><br>CDC: <b>{{ cdc }}</b><br><br>ESTE DOCUMENTO ES UNA REPRESENTACIÓN GRÁFICA DE UN DOCUMENTO ELECTRÓNICO (XML)<br>Si su documento electrónico presenta algún error, podrá solicitar la modificación dentro de las 72 horas siguientes de la emisión.</td></tr></table>
</body></html>"""


@style("02", "py_enc_encarnacion_kude_iva_5_10_incluido_ruled")
def s02(rng, i):
    vname, vaddr, color = EN_V[i]
    d = rand_date(rng)
    items = lines(rng, EN_ROWS, [5, 1, 12, 8][i], D("50"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["disc"] = (x["amount"] * D(rng.choice([0, 0, 0, 5])) / 100 / 50).quantize(D("1")) * 50 if i == 3 else D(0)
        x["amount"] = x["amount"] - x["disc"]
    s5 = sum((x["amount"] for x in items if x["rate"] == 5), D(0))
    s10 = sum((x["amount"] for x in items if x["rate"] == 10), D(0))
    i5 = q0(s5 / 21)
    i10 = q0(s10 / 11)
    total = s5 + s10
    tax = i5 + i10
    vid = valid(rng, lambda: "800" + digits(rng, 5) + "-" + digits(rng, 1), pyruc.is_valid)
    bid = rng.choice([valid(rng, lambda: "80" + digits(rng, 6) + "-" + digits(rng, 1), pyruc.is_valid), valid(rng, lambda: digits(rng, 7, True) + "-" + digits(rng, 1), pyruc.is_valid)])
    no = f"00{rng.randint(1, 5)}-00{rng.randint(1, 3)}-{rng.randint(1, 9999999):07d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    credit = i in (0, 2)
    cuotas = []
    if credit:
        n = 1 if i == 0 else 2
        first = total if n == 1 else (total / 2).quantize(D("1"))
        for k in range(n):
            cuotas.append((d + dt.timedelta(days=30 * (k + 1)), first if k == 0 else total - first))
    due = cuotas[-1][0] if credit and len(cuotas) == 1 else None
    po = [None, None, f"OC {rng.randint(100, 9999)}", f"{rng.randint(10000, 99999)}"][i]
    g = lambda x: de(x, 0)  # noqa: E731
    tstart = d - dt.timedelta(days=rng.randint(100, 700))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(200, 299)} {rng.randint(100, 999)}", vid=vid, timb=digits(rng, 8, True), tstart=tstart.strftime("%d/%m/%Y"), no=no,
        date=fd(d), time=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", cond="Crédito" if credit else "Contado", bname=["Supermercado La Familia S.A.", "Juan Carlos Benítez Ramírez", "Almacén Don Ramón de Hohenau", "Constructora Alto Paraná S.A."][i], bid=bid,
        baddr=["Ruta PY01 km 362, Coronel Bogado", "Barrio San Isidro, Encarnación", "Calle Principal, Hohenau", "Avda. Caballero 999, Ciudad del Este"][i], po=po,
        cuotas=[{"d": fd(cd), "a": g(ca)} for cd, ca in cuotas] if len(cuotas) > 1 or i == 0 else [],
        items=[{"c": f"{rng.randint(1000, 9999)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": g(x["price"]), "disc": g(x["disc"]), "v5": g(x["amount"]) if x["rate"] == 5 else "0", "v10": g(x["amount"]) if x["rate"] == 10 else "0"} for x in items],
        s5=g(s5), s10=g(s10), total=g(total), words=es_words(int(total)).upper(), i5=g(i5), i10=g(i10), tax=g(tax), qr=qr_svg(rng, 26), cdc=" ".join(digits(rng, 4) for _ in range(11)),
    )
    notes = (
        "Encarnación (Itapúa, Paraguay) wholesaler's KuDE (printed FACTURA ELECTRÓNICA) in Spanish on a FULLY RULED grid, prices INCLUDING IVA 5 % (food) or 10 %, the values in the 'Exentas / 5% / 10%' columns, whole guaraníes '1.234.567': "
        "vendor = the name at the top; vendor_tax_id = its 'RUC' with the check digit after the dash (the buyer's RUC or cédula, the timbrado number and its start date and the 44-digit CDC are decoys). "
        "invoice_number = 'N.º' (establishment-point-number); invoice_date = 'Fecha y hora de emisión' (" + ["dd/mm/yyyy", "dd-mm-yyyy", "dd/mm/yyyy", "yyyy-mm-dd"][i] + "). "
        + ("due_date = the one 'Vencimiento' of the credit sale. " if due else ("Credit in two instalments ('cuotas'), two due dates: no single due date (null). " if credit else "'Contado': no due date (null). "))
        + po_note(po, "Orden de compra")
        + "subtotal: no net printed (null; 'SUBTOTAL' is the VAT-inclusive values per rate); tax = 'TOTAL IVA' (the 'LIQUIDACIÓN IVA' 5 % and 10 % parts); total = 'TOTAL DE LA OPERACIÓN' (also in words). Currency PYG. "
        "Line items: every row at its VAT-inclusive value" + (" after the row's 'Descuento'" if i == 3 else "") + "; the lines sum to the total."
    )
    t = truth(vname, vid, no, po, d, due, "PYG", None, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, "TOTAL DE LA OPERACIÓN", ctx["words"], ctx["timb"], fd(due) if due else None]
    return t, chk, (EN_HTML.replace("@@BASE@@", css(margin="10mm", fs="8.2pt")), ctx)


# =========================================================================== 03 Sohar (VAT 5 %, OMR to 3 decimals), bilingual, left sidebar, advance
SO_V = [
    ("Al Batinah Industrial Supplies LLC", "شركة الباطنة للتجهيزات الصناعية ش.م.م", "Sohar Industrial Estate, Plot 112, Sohar, Sultanate of Oman", "#0f4c5c"),
    ("Sohar Port Marine Services SAOC", "شركة ميناء صحار للخدمات البحرية", "Sohar Port, Building B4, Liwa, Sultanate of Oman", "#7f1d1d"),
    ("Majan Steel Trading LLC", "شركة مجان لتجارة الحديد ش.م.م", "Falaj Al Qabail, Sohar, Sultanate of Oman", "#1e3a8a"),
    ("Wadi Hibi Electrical & Safety LLC", "شركة وادي حيبي للكهرباء والسلامة", "Al Humbar Street, Sohar, Sultanate of Oman", "#365314"),
]
SO_B = ["Oman Aluminium Rolling Co. LLC", "Sohar Freezone Logistics LLC", "Liwa Plastic Industries Complex", "Al Tarif Fisheries SAOC"]
SO_ROWS = [
    ("Safety helmet, EN397 / خوذة سلامة", "pc", 5, 120, "3.200", "8.900"),
    ("Coverall, flame retardant / أفرول مقاوم للهب", "pc", 5, 80, "9.500", "24.000"),
    ("Steel angle 50x50x5, 6 m / زاوية حديد", "pc", 5, 200, "11.800", "19.400"),
    ("Rebar 16 mm, ton / حديد تسليح", "ton", 1, 12, "235.000", "310.000"),
    ("Welding rod E6013, 5 kg / أسلاك لحام", "box", 2, 60, "6.400", "11.200"),
    ("Cable 4C x 16 mm², m / كابل", "m", 20, 500, "4.100", "7.600"),
    ("LED flood light 150 W / كشاف", "pc", 2, 40, "18.500", "42.000"),
    ("Mooring rope 48 mm, m / حبل", "m", 10, 200, "2.300", "5.900"),
    ("Fire extinguisher 6 kg DCP / طفاية حريق", "pc", 2, 40, "9.800", "17.500"),
    ("Forklift hire, day / إيجار رافعة", "day", 1, 10, "45.000", "85.000"),
    ("Scaffolding labour, hour / عمالة", "hr", 4, 120, "4.500", "8.000"),
    ("Delivery Sohar – Muscat / توصيل", "trip", 1, 3, "35.000", "90.000"),
]
SO_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box;font-size:8pt}
.main{margin-left:64mm;padding-top:4mm} .ar{direction:rtl;text-align:right;font-size:9pt} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:2px solid {{ color }};font-size:7.3pt;text-align:left;padding:3px} table.it td{border-bottom:1px solid #ddd;padding:3px;font-size:7.8pt} td.r,th.r{text-align:right;white-space:nowrap}
</style></head><body style="position:relative;min-height:268mm">
<div class="side"><div style="font-size:8pt;opacity:.8">AMOUNT DUE / المبلغ المستحق</div><div style="font-size:17pt;font-weight:bold;margin:4px 0 2px">OMR {{ payable }}</div>{% if due %}<div>Due date / <span dir="rtl">تاريخ الاستحقاق</span><br><b>{{ due }}</b></div>{% else %}<div>{{ term }}</div>{% endif %}
<div style="margin-top:10mm;font-size:7.6pt;line-height:1.5">Bank: {{ bank }}<br>Account: {{ acct }}<br>IBAN: {{ iban }}<br>SWIFT: {{ swift }}</div>
<div style="margin-top:10mm;font-size:7.6pt;line-height:1.5">CR No. / السجل التجاري: {{ cr }}<br>Tel: +968 26 {{ tel }}<br>PO Box {{ pob }}, PC 311</div>
<div style="margin-top:10mm">{{ qr|safe }}</div></div>
<div class="main"><div style="display:flex;justify-content:space-between"><div><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>VATIN: <b>{{ vid }}</b> <span dir="rtl">الرقم الضريبي</span></div></div><div class="ar"><b>{{ vname_ar }}</b></div></div>
<div style="display:flex;justify-content:space-between;margin-top:8mm;align-items:flex-end"><div style="font-size:16pt;font-weight:bold">TAX INVOICE</div><div class="ar" style="font-size:14pt;font-weight:bold">فاتورة ضريبية</div></div>
<table style="width:100%;margin-top:4px;font-size:8pt"><tr><td>Invoice No.: <b>{{ no }}</b> <span dir="rtl">رقم الفاتورة</span><br>Invoice Date: <b>{{ date }}</b> <span dir="rtl">تاريخ الفاتورة</span>{% if po %}<br>LPO No.: {{ po }} <span dir="rtl">رقم أمر الشراء</span>{% endif %}{% if dn %}<br>Delivery Note: {{ dn }} ({{ dndate }}){% endif %}</td>
<td style="vertical-align:top">Bill to / العميل: <b>{{ bname }}</b><br>Sohar, Sultanate of Oman<br>Customer VATIN: {{ bid }}<br>Customer code: {{ ccode }}</td></tr></table>
<table class="it"><tr><th>#</th><th>Description / الوصف</th><th>Unit</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Taxable amount</th><th class="r">VAT 5%</th><th class="r">Total incl. VAT</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt;min-width:95mm"><tr><td>Total taxable amount / المبلغ الخاضع للضريبة</td><td class="r">{{ net }}</td></tr><tr><td>VAT 5% / ضريبة القيمة المضافة</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:1px solid #333">Total (OMR) / الإجمالي</td><td class="r" style="border-top:1px solid #333">{{ total }}</td></tr>{% if adv %}<tr><td>Less: advance received {{ advdate }} / دفعة مقدمة</td><td class="r">-{{ adv }}</td></tr><tr style="font-weight:bold"><td>Balance due / الرصيد المستحق</td><td class="r">{{ payable }}</td></tr>{% endif %}</table>
{% if words %}<div style="margin-top:6px;font-size:8pt">Amount in words: {{ words }}</div>{% endif %}
<div style="margin-top:14mm;font-size:7.5pt;color:#555">Goods remain the property of the seller until paid in full. Tax invoice issued under the VAT Law (Royal Decree 121/2020).</div></div>
</body></html>"""


@style("03", "om_soh_sohar_tax_invoice_vat_5_bilingual_sidebar_advance")
def s03(rng, i):
    vname, vname_ar, vaddr, color = SO_V[i]
    d = rand_date(rng)
    items = lines(rng, SO_ROWS, [4, 10, 1, 7][i], D("0.1"))
    for x in items:
        x["vat"] = q2(x["amount"] * D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    adv = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (1, 3) else None
    payable = total - adv if adv else total
    vid = "OM11" + digits(rng, 8, True)
    no = [f"INV-{d.year}-{rng.randint(100, 9999):04d}", f"SPMS/{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"WH-TI-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"LPO-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000000, 4599999999)}", f"PO/{rng.randint(100, 999)}/{d.year}"][i]
    m = lambda x: en(x, 3)  # noqa: E731
    acct = digits(rng, 16, True)
    ctx = dict(
        color=color, payable=m(payable), due=fd(due) if due else None, term="Cash against delivery / نقداً عند التسليم", bank=rng.choice(["Bank Muscat", "Sohar International", "National Bank of Oman"]),
        acct=acct, iban="OM" + f"{rng.randint(10, 99)}" + digits(rng, 3) + acct, swift=rng.choice(["BMUSOMRX", "BSHROMRU", "NBOMOMRX"]), cr=digits(rng, 7, True), tel=f"{rng.randint(700000, 899999)}", pob=rng.randint(10, 999),
        qr=qr_svg(rng, 24), vname=vname, vname_ar=vname_ar, vaddr=vaddr, vid=vid, no=no, date=fd(d), po=po, dn=f"DN-{rng.randint(10000, 99999)}" if i != 0 else None,
        dndate=(d - dt.timedelta(days=rng.randint(0, 5))).strftime("%d/%m/%Y"), bname=SO_B[i], bid="OM11" + digits(rng, 8, True), ccode=f"C{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"]), "v": m(x["vat"]), "g": m(x["amount"] + x["vat"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), adv=m(adv) if adv else None, advdate=(d - dt.timedelta(days=rng.randint(10, 60))).strftime("%d/%m/%Y"),
        words=None if i == 0 else f"Omani Rials {en_words_title(int(total))} and Baisa {int(total * 1000) % 1000} only",
    )
    notes = (
        "Sohar (Oman) industrial supplier's bilingual English / Arabic TAX INVOICE ('فاتورة ضريبية') with a coloured LEFT SIDEBAR holding the amount due, VAT 5 % per row, rials to three decimals ('1,234.560'): "
        "vendor = the English name at the top (the Arabic name beside it); vendor_tax_id = its 'VATIN' (OM11 and 8 digits; the customer's VATIN, the CR number, the bank account and IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "). "
        + due_note(due, "Cash against delivery", "Due date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Total taxable amount'; tax = 'VAT 5%'; total = 'Total (OMR)'"
        + (" (before the advance deducted below it; 'Balance due' and the sidebar's 'AMOUNT DUE' are the balance, decoys for the total)" if adv else "")
        + ". Currency OMR. Line items: every row at its taxable amount."
    )
    t = truth(vname, vid, no, po, d, due, "OMR", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, ctx["bid"], "Total (OMR)", fd(due) if due else None, ctx["iban"], "Balance due" if adv else None]
    return t, chk, (SO_HTML.replace("@@BASE@@", css(margin="0", fs="8.4pt")), ctx)

