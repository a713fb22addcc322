"""Chromium (HTML) styles for set 63, second part (04 Puerto Plata factura de crédito fiscal electrónica in Spanish with
the facts in a RIGHT SIDEBAR under small-capital labels, a table WITHOUT RULES, ITBIS 18 % and a REMITTANCE SLIP (talón
de pago) at the foot, one of four a NOTA DE CRÉDITO; 05 Santa Marta factura electrónica de venta for professional
services by the HOUR over TWO PAGES, descriptions wrapped over two or three lines, IVA 19 %, retentions below the
total and the total in Spanish words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import co_nit, co_nit_fmt, do_rnc
from invoice_kit import css, de, digits, en, q0, qstr, rand_date, style_registry
from kit_common import MONTHS, due_note, lines, po_note, qr_svg, truth
from kit_words import es_words

STYLES, style = style_registry("chromium")


def es_long(x):
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


# =========================================================================== 04 Puerto Plata (ITBIS 18 %, DOP), right sidebar, unruled, remittance slip
PP_V = [
    ("Ámbar Tours & Excursiones, S.R.L.", "Calle Separación No. 27, Puerto Plata", "#0f766e"),
    ("Lavandería Industrial Costa Dorada, S.R.L.", "Carretera Luperón Km 3½, Costa Dorada, Puerto Plata", "#1d4ed8"),
    ("Suministros Marinos Cofresí, S.A.", "Av. Luis Ginebra No. 112, Puerto Plata", "#9a3412"),
    ("Seguridad y Monitoreo Isabel de Torres, S.R.L.", "Calle José del Carmen Ariza No. 8, Puerto Plata", "#3f3f46"),
]
PP_B = [("Hotel Playa Dorada Resort, S.A.", "Complejo Turístico Playa Dorada, Puerto Plata"), ("Gran Hotel Sosúa Bay, S.R.L.", "Calle Dr. Alejo Martínez, Sosúa"),
        ("Marina Ocean World, S.A.", "Cofresí, Puerto Plata"), ("Cervecería del Atlántico, S.R.L.", "Zona Franca Industrial, Puerto Plata")]
PP_ROWS = [
    [("Excursión Damajagua 27 charcos, por persona", "pax", 4, 40, 2200, 3900), ("Teleférico y Loma Isabel de Torres, por persona", "pax", 4, 40, 900, 1800), ("Traslado aeropuerto POP – hotel, minibús", "viaje", 1, 8, 3500, 6500), ("Guía bilingüe, jornada", "día", 1, 4, 4000, 7500)],
    [("Lavado de sábanas King, por pieza", "pza", 200, 1800, 28, 55), ("Lavado de toallas de playa, por kilo", "kg", 100, 900, 38, 75), ("Planchado de mantelería, por pieza", "pza", 50, 600, 35, 80), ("Recogida y entrega, ruta diaria", "ruta", 4, 31, 900, 1800)],
    [("Cabo de nylon 5/8\", rollo 100 m", "rollo", 1, 10, 4800, 9800), ("Defensa inflable F-4", "ud", 2, 20, 2600, 6200), ("Pintura antifouling, galón", "gl", 2, 24, 3900, 7400), ("Grillete galvanizado 1/2\"", "ud", 5, 60, 180, 420), ("Chaleco salvavidas tipo II", "ud", 4, 40, 1400, 2600)],
    [("Monitoreo de alarma 24/7, mensual", "mes", 1, 3, 3500, 8500), ("Guardia de seguridad, turno 12 h", "turno", 10, 62, 2400, 3900), ("Mantenimiento de cámaras CCTV", "visita", 1, 4, 2500, 5500), ("Patrulla de respuesta, salida", "salida", 1, 8, 1500, 3000)],
]
PP_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.wrap{display:flex;gap:0;min-height:206mm} .main{flex:1;padding-right:7mm} .side{width:56mm;background:{{ light }};border-left:3px solid {{ color }};padding:6mm 5mm}
.sl{font-size:6.6pt;font-variant:small-caps;letter-spacing:.6px;color:{{ color }};margin-top:7px} .sv{font-size:9.6pt;font-weight:bold}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.4pt;text-align:left;padding:4px;color:#555;font-variant:small-caps;letter-spacing:.4px} table.it td{padding:4px;font-size:8.6pt}
table.it tr:nth-child(even) td{background:#f7f7f7} .r{text-align:right;white-space:nowrap}
.slip{margin-top:8mm;border-top:1.5px dashed #555;padding-top:4mm} .slip table{width:100%} .slip td{font-size:8.2pt;padding:2px 4px}
</style></head><body>
<div class="wrap"><div class="main">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.2pt">{{ vaddr }} · Tel. 809-{{ phone }}</div><div style="font-size:8.2pt">RNC <b>{{ rnc }}</b></div>
<div style="font-size:12.5pt;font-weight:bold;margin-top:10mm">{{ title }}</div>
{% if orig %}<div style="font-size:8.3pt;margin-top:3px">NCF modificado: <b>{{ orig }}</b> del {{ origd }} · Motivo: {{ reason }}</div>{% endif %}
<div style="margin-top:5mm;font-size:8.6pt"><span class="sl">cliente</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>RNC cliente: {{ brnc }}</div>
<table class="it"><tr><th>Cant.</th><th>Descripción</th><th>Unidad</th><th class="r">Precio RD$</th><th class="r">ITBIS RD$</th><th class="r">Valor RD$</th></tr>
{% for it in items %}<tr><td>{{ it.q }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:8mm;margin-left:auto;font-size:9pt"><tr><td style="padding:2px 12px">Subtotal gravado</td><td class="r">RD$ {{ net }}</td></tr><tr><td style="padding:2px 12px">ITBIS 18%</td><td class="r">RD$ {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11.5pt;color:{{ color }}"><td style="padding:4px 12px;border-top:2px solid {{ color }}">{{ tot_l }}</td><td class="r" style="border-top:2px solid {{ color }}">RD$ {{ total }}</td></tr></table>
<div style="margin-top:6mm;font-size:7.6pt;color:#555">{{ bankline }}</div>
</div>
<div class="side">
<div class="sl">e-ncf</div><div class="sv">{{ no }}</div>
<div class="sl">fecha de emisión</div><div class="sv">{{ d }}</div>
{% if due %}<div class="sl">fecha de vencimiento del pago</div><div class="sv">{{ due }}</div>{% endif %}
<div class="sl">condición de pago</div><div class="sv">{{ cond }}</div>
{% if po %}<div class="sl">orden de compra</div><div class="sv">{{ po }}</div>{% endif %}
<div class="sl">código de cliente</div><div class="sv">{{ ccode }}</div>
<div class="sl">vendedor</div><div class="sv" style="font-weight:normal">{{ seller }}</div>
<div class="sl">válida hasta (secuencia)</div><div class="sv" style="font-weight:normal">{{ seqexp }}</div>
<div style="margin-top:10mm">{{ qr|safe }}</div>
<div style="font-size:6.8pt;margin-top:2px">Código de seguridad: {{ sec }}<br>Fecha de firma digital: {{ sign }}</div>
</div></div>
{% if slip %}<div class="slip"><div style="font-size:7.2pt;color:#555">✂ TALÓN DE PAGO — desprenda y entregue esta parte con su pago</div>
<table><tr><td>Cliente: <b>{{ bname }}</b></td><td>Código de cliente: <b>{{ ccode }}</b></td><td>e-NCF: <b>{{ no }}</b></td></tr>
<tr><td>Vence: <b>{{ due or "—" }}</b></td><td>Monto a pagar: <b>RD$ {{ total }}</b></td><td>Monto pagado: RD$ ______________</td></tr>
<tr><td colspan="3" style="font-size:7.2pt;color:#555">Depósito o transferencia a {{ bank }} cta. cte. {{ acct }} a nombre de {{ vname }}</td></tr></table></div>{% endif %}
</body></html>"""


@style("04", "do_pop_puerto_plata_ecf_itbis_18_sidebar_right_talon_pago")
def s04(rng, i):
    vname, vaddr, color = PP_V[i]
    bname, baddr = PP_B[i]
    credit = i == 3
    d = rand_date(rng)
    items = lines(rng, PP_ROWS[i], [4, 3, 5, 2][i], D("1") if i != 1 else D("0.5"))
    for x in items:
        x["rate"] = 18
        x["tax"] = (x["amount"] * D("0.18")).quantize(D("0.01"))
        if credit:
            x["qty"], x["amount"], x["tax"] = -x["qty"], -x["amount"], -x["tax"]
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    rnc = do_rnc(rng)
    brnc = do_rnc(rng)
    no = f"E{34 if credit else 31}{rng.randint(1, 99999):010d}"
    orig = f"E31{rng.randint(1, 99999):010d}" if credit else None
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), es_long, lambda x: x.strftime("%d-%m-%Y")][i]
    due = None if credit or i == 2 else d + dt.timedelta(days=rng.choice([15, 30, 30, 45]))
    po = [None, f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", None][i]
    cond = "Nota de crédito" if credit else ("Contado" if not due else f"Crédito {(due - d).days} días")
    seqexp = dt.date(d.year + 1, 12, 31)
    tot_l = "Total nota de crédito" if credit else "Total a pagar"
    ctx = dict(
        color=color, light=["#ecfdf5", "#eff6ff", "#fff7ed", "#f4f4f5"][i], vname=vname, vaddr=vaddr, phone=f"{rng.randint(200, 599)}-{digits(rng, 4)}", rnc=rnc,
        title="NOTA DE CRÉDITO ELECTRÓNICA" if credit else "FACTURA DE CRÉDITO FISCAL ELECTRÓNICA", orig=orig, origd=fd(d - dt.timedelta(days=rng.randint(5, 30))), reason="Devolución de mercancía",
        bname=bname, baddr=baddr, brnc=brnc, no=no, d=fd(d), due=fd(due) if due else None, cond=cond, po=po, ccode=f"CL-{rng.randint(100, 999)}", seller=rng.choice(["Yokasta Peralta", "Ramón Almonte", "Carolina Reyes"]),
        seqexp=fd(seqexp), qr=qr_svg(rng, 24), sec="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)), sign=d.strftime("%d-%m-%Y") + f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        items=[{"q": qstr(x["qty"]), "d": x["desc"], "u": x["unit"], "p": en(x["price"]), "t": en(x["tax"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l, slip=not credit, bank=rng.choice(["Banco Popular Dominicano", "Banreservas", "Banco BHD"]), acct=digits(rng, 9, True),
        bankline="Monto acreditado a su cuenta; puede aplicarlo a facturas pendientes." if credit else "Favor emitir cheque o transferencia a nombre de la empresa. Facturas vencidas generan recargo de 2% mensual.",
    )
    notes = (
        "Puerto Plata (Dominican Republic) " + ("NOTA DE CRÉDITO ELECTRÓNICA (credit note, every quantity and amount NEGATIVE; the modified e-NCF and its date are decoys)" if credit else "FACTURA DE CRÉDITO FISCAL ELECTRÓNICA")
        + " in Spanish with the facts in a RIGHT SIDEBAR under small-capital labels, an item table WITHOUT RULES (zebra rows), ITBIS 18 % per row, "
        + ("no remittance slip" if credit else "a REMITTANCE SLIP ('TALÓN DE PAGO') at the foot repeating the customer, e-NCF, due date and amount")
        + ", 'RD$ 1,234.56': vendor = the name at the top left; vendor_tax_id = 'RNC' under it (9 digits; the 'RNC cliente', the customer code, the bank account and the security code are decoys). "
        "invoice_number = 'e-NCF'; invoice_date = 'fecha de emisión' (the sequence's 'válida hasta' date and the signature date are decoys). "
        + due_note(due, "Contado" if i == 2 else ("Nota de crédito" if credit else None), "fecha de vencimiento del pago")
        + po_note(po, "orden de compra")
        + f"subtotal = 'Subtotal gravado'; tax = 'ITBIS 18%'; total = '{tot_l}'. Currency DOP (RD$). Line items: every row, the 'Valor' without ITBIS."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, rnc, no, po, d, due, "DOP", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, rnc, brnc, fd(due) if due else None, fd(seqexp), orig, tot_l]}
    return t, chk, (PP_HTML.replace("@@BASE@@", css(margin="11mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Santa Marta (IVA 19 %, COP), professional services by the hour, two pages
SM_V = [
    ("Consultores Ambientales del Magdalena S.A.S.", "Calle 22 No. 3-47, Of. 501, Santa Marta, Magdalena", "7110", "#166534"),
    ("Tayrona Ingeniería Portuaria S.A.S.", "Carrera 1 No. 10A-12, Edificio Bahía Centro, Santa Marta", "7112", "#1e3a8a"),
    ("Sierra Nevada Abogados Asociados S.A.S.", "Calle 15 No. 2-60, Piso 4, Santa Marta, Magdalena", "6910", "#7f1d1d"),
    ("Bahía Digital Marketing S.A.S.", "Carrera 4 No. 26-40, Rodadero, Santa Marta", "7310", "#6b21a8"),
]
SM_B = [("Sociedad Portuaria de Santa Marta S.A.", "Carrera 1 No. 10A-12, Santa Marta"), ("Carbones del Cesar Logística S.A.S.", "Zona Industrial, Ciénaga, Magdalena"),
        ("Bananera del Caribe C.I. S.A.S.", "Km 5 vía Zona Bananera, Magdalena"), ("Hotel Irotama Reservado S.A.S.", "Km 14 Troncal del Caribe, Santa Marta")]
SM_TASKS = [
    ["Levantamiento de línea base de calidad de aire en el área de influencia del muelle 4, incluye calibración de equipos PM10 y PM2.5", "Modelación de dispersión de material particulado con AERMOD y elaboración de mapas de isoconcentración", "Reunión de socialización con la comunidad de Taganga y elaboración del acta correspondiente", "Revisión del plan de manejo ambiental y ajuste de fichas de seguimiento solicitadas por Corpamag", "Muestreo de calidad de agua marina en cinco estaciones, análisis in situ y cadena de custodia", "Redacción del informe de cumplimiento ambiental ICA semestral y anexos cartográficos", "Visita de inspección a la zona de acopio de carbón y registro fotográfico georreferenciado", "Atención a requerimiento de la autoridad ambiental y preparación de respuesta técnica"],
    ["Inspección batimétrica del canal de acceso y procesamiento de datos multihaz", "Diseño estructural de la ampliación del muelle de servicio, memoria de cálculo y planos", "Revisión de la capacidad portante de pilotes existentes con ensayo PDA", "Modelación de oleaje y agitación portuaria para el muelle de cruceros", "Supervisión técnica de la obra de reforzamiento de defensas, bitácora diaria", "Elaboración de especificaciones técnicas para la licitación de dragado de mantenimiento", "Comité técnico semanal con el cliente y el interventor, actas y seguimiento", "Cálculo de cantidades de obra y presupuesto detallado del frente norte"],
    ["Estudio de títulos del predio rural La Esperanza y concepto jurídico sobre la tradición", "Elaboración y revisión del contrato de arrendamiento comercial de bodegas en zona bananera", "Asistencia a audiencia de conciliación ante la Cámara de Comercio de Santa Marta", "Redacción de la respuesta a requerimiento de la DIAN y preparación de pruebas", "Revisión de reglamento interno de trabajo y ajustes por la reforma laboral", "Reunión con la junta directiva para presentar el informe de litigios vigentes", "Debida diligencia laboral de contratistas y análisis de riesgos de solidaridad", "Preparación de poder, memorial y radicación de la demanda ejecutiva"],
    ["Gestión de campañas pagadas en buscadores y redes sociales para temporada alta", "Producción de piezas gráficas para redes, adaptaciones y formatos de historias", "Sesión fotográfica de habitaciones y áreas comunes con edición de imágenes", "Redacción de contenidos del blog en español e inglés con optimización SEO", "Análisis mensual de métricas, informe de resultados y recomendaciones", "Administración de la comunidad y respuesta a reseñas en plataformas de viaje", "Configuración de automatizaciones de correo para reservas abandonadas", "Reunión de planeación estratégica con el área comercial del cliente"],
]
SM_PROS = [("Ing. Laura Daza", 180000, 260000), ("Ing. Andrés Vives", 150000, 220000), ("Dra. Mónica Granados", 280000, 450000), ("Analista Juan Pérez", 90000, 140000), ("Dir. Camilo Noguera", 300000, 420000)]
SM_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.pg{height:266mm;position:relative;page-break-after:always} .pg:last-child{page-break-after:auto}
.hd{display:flex;justify-content:space-between;border-bottom:2px solid {{ color }};padding-bottom:6px}
.f td{padding:2px 6px;font-size:8.4pt} .f td.l{color:#555;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#f1f5f9;border-top:1px solid #94a3b8;border-bottom:1px solid #94a3b8;font-size:7.4pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #e2e8f0;padding:4px;font-size:8.1pt;vertical-align:top}
.r{text-align:right;white-space:nowrap} .foot{position:absolute;bottom:0;width:100%;font-size:6.6pt;color:#666;border-top:1px solid #ccc;padding-top:3px}
.tt td{padding:3px 8px;font-size:9pt}
</style></head><body>
{% for pg in pages %}<div class="pg">
<div class="hd"><div><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:7.8pt">NIT {{ nit }} · Responsable de IVA · Actividad económica CIIU {{ ciiu }}<br>{{ vaddr }} · Tel. (605) {{ phone }}</div></div>
<div style="text-align:right"><div style="font-size:10.5pt;font-weight:bold">FACTURA ELECTRÓNICA DE VENTA</div><div style="font-size:12pt;font-weight:bold;color:{{ color }}">No. {{ no }}</div><div style="font-size:7.5pt">Página {{ loop.index }} de {{ pages|length }}</div></div></div>
{% if loop.first %}<table style="width:100%;margin-top:6px"><tr><td style="width:52%;vertical-align:top"><table class="f">
<tr><td class="l">Señores:</td><td><b>{{ bname }}</b></td></tr><tr><td class="l">NIT:</td><td>{{ bnit }}</td></tr><tr><td class="l">Dirección:</td><td>{{ baddr }}</td></tr><tr><td class="l">Contacto:</td><td>{{ contact }}</td></tr></table></td>
<td style="vertical-align:top"><table class="f"><tr><td class="l">Fecha de emisión:</td><td><b>{{ d }}</b></td></tr><tr><td class="l">Fecha de vencimiento:</td><td><b>{{ due }}</b></td></tr>
<tr><td class="l">Forma de pago:</td><td>{{ form }}</td></tr><tr><td class="l">Orden de compra:</td><td>{{ po or "N/A" }}</td></tr><tr><td class="l">Periodo facturado:</td><td>{{ period }}</td></tr><tr><td class="l">Moneda:</td><td>COP</td></tr></table></td></tr></table>
{% else %}<div style="font-size:8pt;margin-top:6px;color:#555">Continuación — {{ bname }} · Fecha de emisión {{ d }}</div>{% endif %}
<table class="it"><tr><th style="width:4%">Ítem</th><th>Descripción del servicio</th><th style="width:17%">Profesional</th><th class="r">Horas</th><th class="r">Tarifa hora</th><th class="r">Valor</th></tr>
{% for it in pg.rows %}<tr><td>{{ it.n }}</td><td>{{ it.d|safe }}</td><td>{{ it.pro }}</td><td class="r">{{ it.q }}</td><td class="r">$ {{ it.p }}</td><td class="r">$ {{ it.a }}</td></tr>{% endfor %}</table>
{% if loop.last %}<table style="width:100%;margin-top:10px"><tr><td style="width:55%;vertical-align:top;font-size:8pt">
<b>SON:</b> {{ words }}<br><br><b>Retenciones practicadas por el cliente (informativas):</b><br>Retención en la fuente {{ rf_rate }}: $ {{ rf }}<br>ReteICA 9,66 por mil: $ {{ rica }}<br><br>
Consignar en {{ bank }}, cuenta corriente No. {{ acct }}.</td><td style="vertical-align:top"><table class="tt" style="margin-left:auto">
<tr><td>Subtotal</td><td class="r">$ {{ net }}</td></tr><tr><td>IVA 19%</td><td class="r">$ {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt;background:{{ color }};color:#fff"><td>Total factura</td><td class="r">$ {{ total }}</td></tr>
<tr><td style="color:#555">Menos retenciones</td><td class="r" style="color:#555">-$ {{ ret }}</td></tr><tr><td style="color:#555">Neto a pagar</td><td class="r" style="color:#555">$ {{ neto }}</td></tr></table></td></tr></table>
<div style="font-size:6.8pt;margin-top:8mm;color:#444;word-break:break-all">CUFE: {{ cufe }}</div>
<div style="font-size:6.8pt;color:#444">Resolución DIAN No. {{ resol }} del {{ resold }}, prefijo SMFE, rango 1 al 5000, vigencia 24 meses. Proveedor tecnológico: Facturación Caribe S.A.S.</div>
{% else %}<div style="margin-top:6px;font-size:7.6pt;color:#555;text-align:right">Continúa en la página siguiente…</div>{% endif %}
<div class="foot">{{ vname }} · NIT {{ nit }} · Factura electrónica de venta No. {{ no }} · Página {{ loop.index }} de {{ pages|length }}</div>
</div>{% endfor %}
</body></html>"""


@style("05", "co_smr_santa_marta_factura_honorarios_horas_iva_19_two_pages")
def s05(rng, i):
    vname, vaddr, ciiu, color = SM_V[i]
    bname, baddr = SM_B[i]
    d = rand_date(rng)
    whole = i % 2 == 0
    fm = (lambda x: de(x, 0)) if whole else (lambda x: de(x))
    n = [14, 16, 13, 16][i]
    items = []
    tasks = rng.sample(SM_TASKS[i], 8) + [t + ", segunda fase" for t in rng.sample(SM_TASKS[i], 8)]
    for k in range(n):
        pro, lo, hi = rng.choice(SM_PROS)
        q = D(rng.randint(2, 32)) / 2
        p = D(rng.randint(lo // 5000, hi // 5000) * 5000)
        desc = tasks[k]
        items.append({"desc": desc, "pro": pro, "qty": q, "price": p, "amount": q0(q * p), "rate": 19, "n": k + 1})
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    nit = co_nit(rng)
    bnit = co_nit(rng)
    no = f"SMFE {rng.randint(100, 4999)}"
    fd = [lambda x: x.isoformat(), es_long, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60]))
    po = [f"OC-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    start = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{start.replace(day=1).strftime('%d/%m/%Y')} a {start.strftime('%d/%m/%Y')}"
    rf_rate = "11%" if i in (0, 2) else "4%"
    rf = q0(net * D(rf_rate[:-1]) / 100)
    rica = q0(net * D("0.00966"))
    ret = rf + rica
    words = f"{es_words(int(total)).upper()} PESOS M/CTE"
    first = [11, 12, 10, 12][i]
    rows = [{"n": x["n"], "d": x["desc"], "pro": x["pro"], "q": qstr(x["qty"]).replace(".", ","), "p": fm(x["price"]), "a": fm(x["amount"])} for x in items]
    ctx = dict(
        color=color, vname=vname, nit=co_nit_fmt(nit), ciiu=ciiu, vaddr=vaddr, phone=f"4{digits(rng, 6)}", no=no, bname=bname, bnit=co_nit_fmt(bnit), baddr=baddr,
        contact=rng.choice(["Ing. Patricia Linero", "Dr. Hernán Vives", "Sra. Karen Dávila"]), d=fd(d), due=fd(due), form=f"Crédito {(due - d).days} días", po=po, period=period,
        pages=[{"rows": rows[:first]}, {"rows": rows[first:]}], words=words, rf_rate=rf_rate, rf=fm(rf), rica=fm(rica), bank=rng.choice(["Bancolombia", "Banco de Bogotá", "Davivienda"]),
        acct=f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}", net=fm(net), tax=fm(tax), total=fm(total), ret=fm(ret), neto=fm(total - ret),
        cufe="".join(rng.choice("0123456789abcdef") for _ in range(96)), resol=f"1876{digits(rng, 10)}", resold=fd(d - dt.timedelta(days=rng.randint(60, 500))),
    )
    notes = (
        "Santa Marta (Magdalena, Colombia) FACTURA ELECTRÓNICA DE VENTA in Spanish for professional services by the HOUR over TWO PAGES (rows continue on page 2, the totals on page 2), "
        "service descriptions WRAPPED over two or three lines, a professional and hours per row, IVA 19 %, " + ("whole pesos '$ 1.234.567'" if whole else "pesos '$ 1.234.567,00'") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'NIT' with its check digit after the hyphen (the customer's NIT, the CIIU code, the DIAN resolution, the CUFE and the bank account are decoys). "
        "invoice_number = 'No.' under the title, prefix and number ('SMFE n'); invoice_date = 'Fecha de emisión' (the 'Periodo facturado' dates and the resolution date are decoys). "
        + due_note(due, None, "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = 'IVA 19%'; total = 'Total factura' (the total in words 'SON: … PESOS M/CTE'); the retentions (retención en la fuente, ReteICA) and 'Neto a pagar' below the total are decoys. "
        "Currency COP. Line items: every row on both pages, hours as the quantity."
    )
    t = truth(vname, co_nit_fmt(nit), no, po, d, due, "COP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, co_nit_fmt(nit), co_nit_fmt(bnit), fd(due), words, "Página 2 de 2"]}
    return t, chk, (SM_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)
