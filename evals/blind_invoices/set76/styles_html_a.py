"""Chromium (HTML) styles for set 76, first part (01 Tapachula customs broker's and forwarder's CFDI FACTURA in Spanish
under a band of labels ABOVE values, a fully ruled table, IVA 16 %, two in US dollars with the peso counter-value, the
total in words; 02 Ibarra e-invoice printout (RIDE) in Spanish with the SRI authorisation block, the 49-digit access key
and a QR, a zebra table with line discounts, IVA 15 % and 0 %, US dollars; 03 Petrópolis NFS-e in Portuguese with the
values' CAPTIONS UNDER them, the note's value at the TOP, ISS 5 % included in the service value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import br_cnpj, ec_access_key, ec_ruc, long_date, money_words, mx_rfc
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry
from kit_common import bars_svg, due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")

# =========================================================================== 01 Tapachula (IVA 16 %, MXN/USD), band labels above, ruled
TP_V = [
    ("Agencia Aduanal Soconusco, S.C.", "ASO", "Av. Central Norte 42, Col. Centro, 30700 Tapachula, Chiapas", "#0f4c5c"),
    ("Transportes Frontera Sur del Pacífico, S.A. de C.V.", "TFS", "Carretera Costera km 242, 30780 Tapachula, Chiapas", "#7a1f1f"),
    ("Almacenadora Puerto Chiapas, S.A. de C.V.", "APC", "Recinto Portuario Puerto Chiapas, 30830 Tapachula, Chiapas", "#1f3a7a"),
    ("Logística Tacaná, S.A. de C.V.", "LTA", "4a. Av. Sur 18, 30700 Tapachula, Chiapas", "#4d5b23"),
]
TP_B = [("Beneficio Cafetalero Finca Argovia, S.A. de C.V.", "BCF"), ("Frutas Tropicales del Soconusco, S.P.R. de R.L.", "FTS"), ("Distribuidora Agrícola Huixtla, S.A. de C.V.", "DAH"), ("Exportadora de Mango Ataulfo del Sur, S.A. de C.V.", "EMA")]
TP_ROWS = [
    [("Honorarios por despacho aduanal de exportación", "E48", 1, 1, 4500, 9800), ("Validación y prevalidación de pedimento", "E48", 1, 2, 380, 520), ("Revisión documental de certificado de origen", "E48", 1, 1, 650, 1200), ("Maniobras de carga en aduana de Ciudad Hidalgo", "E48", 1, 3, 1400, 2600), ("Gestión de permiso fitosanitario SENASICA", "E48", 1, 1, 900, 1700)],
    [("Flete terrestre Tapachula – Ciudad de Guatemala, caja seca 53'", "E48", 1, 3, 28000, 41000), ("Flete terrestre Tapachula – San Salvador, thermo king", "E48", 1, 2, 36000, 52000), ("Estadía de unidad por día", "DAY", 1, 4, 2500, 3800), ("Custodia y monitoreo satelital", "E48", 1, 3, 1900, 3200)],
    [("Almacenaje de contenedor refrigerado por día", "DAY", 3, 15, 850, 1350), ("Conexión eléctrica de reefer por día", "DAY", 3, 15, 420, 690), ("Maniobra de carga y descarga de contenedor", "E48", 1, 4, 2400, 3900), ("Inspección y consolidación de carga", "E48", 1, 2, 1800, 3100)],
    [("Flete marítimo Puerto Chiapas – Long Beach, contenedor 40' HC", "E48", 1, 2, 42000, 68000), ("Gastos locales en origen (THC)", "E48", 1, 2, 5200, 7800), ("Emisión de conocimiento de embarque", "E48", 1, 1, 1100, 1600), ("Seguro de carga (prima)", "E48", 1, 1, 2300, 6900)],
]
TP_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:10px 14px} .band .l{white-space:nowrap;font-size:6.6pt;text-transform:uppercase;opacity:.8;letter-spacing:.5px} .band .v{white-space:nowrap;font-size:9.2pt;font-weight:bold;margin-bottom:4px}
table.g{width:100%;border-collapse:collapse;margin-top:10px} table.g td,table.g th{border:1px solid #777;padding:3px 4px;font-size:8.2pt} table.g th{background:#eee;font-size:7.4pt}
.box{border:1px solid #777;padding:6px 8px;font-size:8.2pt} .k{font-size:7pt;color:#555}
</style></head><body>
<div class="band"><table style="width:100%;color:#fff"><tr><td style="width:52%"><div style="font-size:14pt;font-weight:bold">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}</div>
<div style="font-size:8pt;margin-top:3px;white-space:nowrap">RFC: {{ vid }} · Régimen fiscal: 601 General de Ley Personas Morales</div></td>
<td style="text-align:right;font-size:16pt;font-weight:bold;vertical-align:top">FACTURA<div style="font-size:8pt;font-weight:normal">CFDI 4.0 · Tipo de comprobante: I - Ingreso</div></td></tr></table>
<table style="width:100%;margin-top:8px;color:#fff"><tr>
<td><div class="l">Serie y folio</div><div class="v">{{ serie }}-{{ folio }}</div></td>
<td><div class="l">Fecha de emisión</div><div class="v">{{ dd }} {{ hh }}</div></td><td><div class="l">Lugar de expedición</div><div class="v">{{ cp }}</div></td>
<td><div class="l">Moneda</div><div class="v">{{ cur }}</div></td><td><div class="l">Tipo de cambio</div><div class="v">{{ fx or '1' }}</div></td>
<td><div class="l">Método de pago</div><div class="v">{{ metodo }}</div></td></tr></table></div>
<table style="width:100%;margin-top:10px"><tr><td class="box" style="width:55%"><span class="k">RECEPTOR</span><br><b>{{ bname }}</b><br>RFC receptor: {{ brfc }}<br>Domicilio fiscal receptor: C.P. {{ bcp }} · Uso CFDI: G03 Gastos en general</td>
<td style="width:2%"></td><td class="box"><span class="k">REFERENCIAS DE LA OPERACIÓN</span><br>{{ reflabel }}: {{ ref }}<br>{% if po %}Orden de compra: {{ po }}<br>{% endif %}Fecha de embarque: {{ ship }}{% if due %}<br>Fecha de vencimiento: <b>{{ due }}</b>{% else %}<br>Condiciones de pago: {{ terms }}{% endif %}</td></tr></table>
<table class="g"><tr><th>Clave prod./serv.</th><th>Cantidad</th><th>Clave unidad</th><th>Descripción</th><th>Valor unitario</th><th>Importe</th><th>Objeto imp.</th></tr>
{% for it in items %}<tr><td class="c">{{ it.k }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td>{{ it.d }}<div class="k">Traslado IVA 002 · Tasa 0.160000 · Importe {{ it.t }}</div></td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">02</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:58%;font-size:8pt;vertical-align:top"><b>Importe con letra:</b><br>{{ words }}
{% if mxn %}<div style="margin-top:6px">Equivalente en moneda nacional al tipo de cambio publicado en el DOF ({{ fx }}): <b>$ {{ mxn }} MXN</b></div>{% endif %}
<div style="margin-top:6px">Pagar a: {{ bank }} · CLABE {{ clabe }}</div></td>
<td><table class="g" style="margin-top:0"><tr><td>Subtotal</td><td class="r">{{ sym }}{{ net }}</td></tr><tr><td>IVA trasladado 16%</td><td class="r">{{ sym }}{{ tax }}</td></tr><tr><td><b>Total</b></td><td class="r"><b>{{ sym }}{{ total }}</b></td></tr></table></td></tr></table>
<table style="width:100%;margin-top:14px;font-size:6.6pt;color:#444"><tr><td style="width:30mm">{{ qr|safe }}</td><td style="word-break:break-all">Folio fiscal (UUID): {{ uuid }}<br>No. de serie del CSD del emisor: {{ csd }} · No. de serie del certificado SAT: {{ csds }}<br>Fecha y hora de certificación: {{ cert }}<br>Sello digital del CFDI: {{ seal }}<br>Este documento es una representación impresa de un CFDI.</td></tr></table>
</body></html>"""


@style("01", "mx_tap_tapachula_cfdi_agencia_aduanal_flete_band_labels_above_ruled_usd_words")
def s01(rng, i):
    vname, vl, vaddr, color = TP_V[i]
    bname, bl = TP_B[i]
    d = rand_date(rng)
    usd = i in (1, 3)
    items = lines(rng, TP_ROWS[i], [4, 3, 4, 3][i], D("1") if not usd else D("0.05"))
    if usd:
        for x in items:
            x["price"] = q2(x["price"] / 18)
            x["amount"] = q2(x["qty"] * x["price"])
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.16"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid, brfc = mx_rfc(rng, vl), mx_rfc(rng, bl)
    serie, folio = ["AA", "TF", "APC", "LT"][i], str(rng.randint(1200, 48999))
    no = serie + "-" + folio
    fx = D(rng.randint(17050, 20400)) / 1000 if usd else None
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [f"OC-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000000, 4500999999)}", None][i]
    f = lambda x: en(x)  # noqa: E731
    money = "DÓLARES AMERICANOS" if usd else "PESOS"
    words = money_words(total, money) + ("" if usd else " M.N.")
    words = words.replace(" CON ", " ")
    ref = [f"Pedimento {d.year % 100:02d} 37 {rng.randint(1000, 9999)} {digits(rng, 7)}", f"Carta porte CP-{rng.randint(10000, 99999)}", f"Contenedor {['MSKU', 'CMAU', 'HLXU'][rng.randint(0, 2)]}{digits(rng, 7)}", f"B/L PCH{digits(rng, 8)}"][i]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, serie=serie, folio=folio, dd=d.strftime("%d/%m/%Y"), hh=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        cp=vaddr.split(", ")[-2][:5], cur="USD" if usd else "MXN", fx=f"{fx}" if fx else None, metodo="PPD" if due else "PUE",
        bname=bname, brfc=brfc, bcp=f"30{rng.randint(700, 899)}", reflabel=ref.split(" ")[0], ref=ref.split(" ", 1)[1], po=po, ship=(d - dt.timedelta(days=rng.randint(1, 8))).strftime("%d/%m/%Y"),
        due=due.strftime("%d/%m/%Y") if due else None, terms="Contado", sym="US$ " if usd else "$ ",
        items=[{"k": rng.choice(["78101802", "78141501", "80151600", "78131601"]), "q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "t": f(x["tax"]), "p": f(x["price"]), "a": f(x["amount"])} for x in items],
        words=words, mxn=f(q2(total * fx)) if usd else None, bank=rng.choice(["BBVA México", "Banorte", "Santander"]), clabe="0" + digits(rng, 17),
        net=f(net), tax=f(tax), total=f(total), qr=qr_svg(rng, 26), uuid=f"{digits(rng, 8)}-{digits(rng, 4)}-4{digits(rng, 3)}-A{digits(rng, 3)}-{digits(rng, 12)}",
        csd="0000100000050" + digits(rng, 7), csds="0000100000070" + digits(rng, 7), cert=(d.isoformat() + "T" + f"{rng.randint(8, 18):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
        seal="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(180)) + "==",
    )
    notes = (
        "Tapachula (Chiapas, Mexico) customs broker's / forwarder's CFDI 4.0 FACTURA in Spanish: a coloured band with the issuer and a row of LABELS ABOVE their values; a FULLY RULED table with the IVA transfer under each description; totals in a ruled box at the right; the total in words. "
        "vendor = the band's name; vendor_tax_id = the issuer's 'RFC' (the RFC receptor, the CSD and SAT certificate numbers, the CLABE and the UUID are decoys). invoice_number = 'Serie y folio' (series and folio joined by a hyphen). "
        "invoice_date = 'Fecha de emisión' dd/mm/yyyy (the shipping date, the certification time are decoys). " + due_note(due, "Contado", "Fecha de vencimiento") + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = 'IVA trasladado 16%'; total = 'Total'. "
        + ("Currency USD ('Moneda'); the peso equivalent at the DOF rate and the 'Tipo de cambio' are decoys. " if usd else "Currency MXN. ")
        + "The pedimento / carta porte / container / B/L reference is a decoy. Line items: 'Importe' net of IVA."
    )
    t = truth(vname, vid, no, po, d, due, "USD" if usd else "MXN", net, tax, total, items, notes)
    chk = [ctx["dd"], vname, vid, brfc, "Total", words, ctx["mxn"], ctx["due"]]
    return t, chk, (TP_HTML.replace("@@BASE@@", css(margin="10mm 11mm")), ctx)


# =========================================================================== 02 Ibarra RIDE (IVA 15 % / 0 %, USD), authorisation block, zebra
IB_V = [
    ("TEXTILES ATUNTAQUI ANDINA CIA. LTDA.", "Textiles Andina", "Av. Julio Miguel Aguinaga 3-45 y Sánchez y Cifuentes, Ibarra", "#7b2d8b"),
    ("TALLADOS SAN ANTONIO DE IBARRA S.A.", "Tallados San Antonio", "Calle 27 de Noviembre 9-12, San Antonio de Ibarra", "#8a4b08"),
    ("HELADERÍA Y NOGADAS IMBABURA S.A.S.", "Nogadas Imbabura", "Calle Olmedo 7-52 y Oviedo, Ibarra", "#0b6e4f"),
    ("REPUESTOS AUTOMOTRICES YAHUARCOCHA CIA. LTDA.", "Repuestos Yahuarcocha", "Av. Mariano Acosta 21-40, Ibarra", "#1b3b6f"),
]
IB_B = ["COMERCIAL KYWI S.A.", "HOSTERÍA CHORLAVÍ", "SUPERMERCADOS SANTA MARÍA S.A.", "COOPERATIVA DE TRANSPORTES 28 DE SEPTIEMBRE"]
IB_ROWS = [  # (desc, code, qlo, qhi, lo, hi, iva%)
    [("Chompa de lana de borrego talla M", "CH-204", 5, 60, 18, 34, 15), ("Pantalón de tela jean hombre", "PJ-118", 10, 80, 14, 26, 15), ("Medias térmicas pack x3", "MD-030", 20, 200, 3, 7, 15), ("Bufanda tejida a mano", "BF-011", 10, 50, 7, 15, 15)],
    [("Escultura tallada en cedro 60 cm", "ES-60", 1, 4, 120, 380, 15), ("Marco de espejo tallado", "MA-22", 2, 10, 45, 110, 15), ("Juego de sillas talladas (par)", "SI-02", 1, 4, 260, 520, 15), ("Restauración de retablo (servicio)", "SV-RT", 1, 1, 400, 1600, 15)],
    [("Helado de paila 4 litros", "HP-4L", 5, 40, 16, 24, 15), ("Nogadas caja x 24", "NG-24", 10, 90, 6, 11, 0), ("Arrope de mora frasco 500 g", "AM-05", 12, 96, 3, 5, 0), ("Dulce de guayaba barra", "DG-01", 12, 120, 1, 3, 0)],
    [("Pastillas de freno delanteras Hino", "PF-HN", 2, 12, 38, 76, 15), ("Filtro de aceite Fleetguard LF3000", "FL-30", 4, 24, 12, 24, 15), ("Aceite de motor 15W40 galón", "AC-15", 6, 40, 19, 31, 15), ("Mano de obra mecánica (hora)", "MO-H", 2, 16, 14, 22, 15)],
]
IB_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.bx{border:1px solid #999;border-radius:6px;padding:7px 9px;font-size:8.1pt;line-height:1.45} .k{font-size:7pt;color:#555}
table.z{width:100%;border-collapse:collapse;margin-top:8px} table.z th{background:{{ color }};color:#fff;font-size:7.4pt;padding:4px} table.z td{padding:3px 4px;font-size:8pt} table.z tr:nth-child(even) td{background:#f1f1f4}
table.t td{padding:2px 6px;font-size:8.1pt;border-bottom:1px solid #ddd}
</style></head><body>
<table style="width:100%;border-collapse:separate;border-spacing:0"><tr><td style="width:49%;vertical-align:bottom">
<div style="font-size:19pt;font-weight:bold;color:{{ color }};font-style:italic">{{ trade }}</div>
<div class="bx" style="margin-top:8px"><b>{{ vname }}</b><br>Dirección Matriz: {{ vaddr }}<br>Dirección Sucursal: {{ vaddr }}<br>Contribuyente Régimen General<br>OBLIGADO A LLEVAR CONTABILIDAD: SI</div></td>
<td style="width:2%"></td><td class="bx"><div style="font-size:11pt"><b>R.U.C.: {{ vid }}</b></div><div style="font-size:13pt;font-weight:bold;margin:3px 0">FACTURA</div>
No. <b>{{ no }}</b><br><span class="k">NÚMERO DE AUTORIZACIÓN</span><br><span style="font-size:7.4pt">{{ key }}</span><br>
FECHA Y HORA DE AUTORIZACIÓN: {{ auth }}<br>AMBIENTE: PRODUCCIÓN &nbsp; EMISIÓN: NORMAL<br><span class="k">CLAVE DE ACCESO</span><br>{{ bars|safe }}<br><span style="font-size:7.4pt">{{ key }}</span></td></tr></table>
<div class="bx" style="margin-top:8px"><table style="width:100%"><tr><td>Razón Social / Nombres y Apellidos: <b>{{ bname }}</b></td><td>Identificación: {{ bruc }}</td></tr>
<tr><td>Fecha Emisión: <b>{{ dd }}</b></td><td>Guía de Remisión: {{ guia }}</td></tr>{% if po %}<tr><td colspan="2">Orden de compra: {{ po }}</td></tr>{% endif %}</table></div>
<table class="z"><tr><th>Cod. Principal</th><th class="r">Cant.</th><th style="text-align:left">Descripción</th><th class="r">Precio Unitario</th><th class="r">Descuento</th><th class="r">Precio Total</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td class="r">{{ it.q }}</td><td>{{ it.d }}{% if it.z %} <span class="k">(IVA 0%)</span>{% endif %}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%;vertical-align:top"><div class="bx"><b>Información Adicional</b><br>Email: {{ email }}<br>Teléfono: 06 2{{ tel }}<br>{% if due %}Fecha de vencimiento: {{ due }}<br>{% endif %}Agente de retención Resolución No. NAC-DNCRASC20-00000001</div>
<table class="t" style="width:100%;margin-top:6px;border:1px solid #999"><tr><td><b>Forma de pago</b></td><td class="r"><b>Valor</b></td><td><b>Plazo</b></td></tr><tr><td>{{ fpago }}</td><td class="r">{{ total }}</td><td>{{ plazo }}</td></tr></table></td>
<td style="width:3%"></td><td style="vertical-align:top"><table class="t" style="width:100%;border:1px solid #999">
<tr><td>SUBTOTAL 15%</td><td class="r">{{ s15 }}</td></tr><tr><td>SUBTOTAL 0%</td><td class="r">{{ s0 }}</td></tr><tr><td>SUBTOTAL NO OBJETO DE IVA</td><td class="r">0.00</td></tr>
<tr><td>SUBTOTAL SIN IMPUESTOS</td><td class="r">{{ net }}</td></tr><tr><td>TOTAL DESCUENTO</td><td class="r">{{ disc }}</td></tr><tr><td>ICE</td><td class="r">0.00</td></tr>
<tr><td>IVA 15%</td><td class="r">{{ tax }}</td></tr><tr><td>PROPINA</td><td class="r">0.00</td></tr><tr><td><b>VALOR TOTAL</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:8px;text-align:right">{{ qr|safe }}</div></td></tr></table>
</body></html>"""


@style("02", "ec_iba_ibarra_ride_factura_electronica_autorizacion_clave_acceso_qr_iva_15_0_zebra_usd")
def s02(rng, i):
    vname, trade, vaddr, color = IB_V[i]
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2026, 11, 20))
    picks = rng.sample(IB_ROWS[i], [4, 3, 4, 3][i])
    items = []
    for desc, code, qlo, qhi, lo, hi, rate in picks:
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo * 100, hi * 100)) / 100
        disc = q2(q * p * D(rng.choice([0, 0, 5, 10])) / 100) if i != 2 else D(0)
        items.append({"desc": desc, "code": code, "qty": q, "price": p, "disc": disc, "amount": q2(q * p) - disc, "rate": rate})
    s15 = sum((x["amount"] for x in items if x["rate"] == 15), D(0))
    s0 = sum((x["amount"] for x in items if x["rate"] == 0), D(0))
    net = s15 + s0
    tax = q2(s15 * D("0.15"))
    total = net + tax
    vid = ec_ruc(rng)
    serie, seq = f"00{rng.randint(1, 3)}00{rng.randint(1, 4)}", f"{rng.randint(1, 99999):09d}"
    no = f"{serie[:3]}-{serie[3:]}-{seq}"
    key = ec_access_key(d, vid, serie, seq, rng)
    bruc = ec_ruc(rng)
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    po = [None, None, f"OC-{rng.randint(100000, 999999)}", f"{rng.randint(2000, 9999)}"][i]
    f = en
    ctx = dict(
        color=color, trade=trade, vname=vname, vaddr=vaddr, vid=vid, no=no, key=key, auth=f"{d.strftime('%d/%m/%Y')} {rng.randint(8, 19):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
        bars=bars_svg(rng, 84, 10), bname=IB_B[i], bruc=bruc, dd=d.strftime("%d/%m/%Y"), guia=f"001-001-{rng.randint(1, 99999):09d}", po=po,
        items=[{"c": x["code"], "q": qstr(x["qty"]), "d": x["desc"], "z": x["rate"] == 0, "p": f(x["price"]), "disc": f(x["disc"]), "a": f(x["amount"])} for x in items],
        email=f"facturacion@{trade.split()[-1].lower()}.com.ec", tel=digits(rng, 6), due=due.strftime("%d/%m/%Y") if due else None,
        fpago="20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO", plazo="30 días" if due else "0 días",
        s15=f(s15), s0=f(s0), net=f(net), disc=f(sum(x["disc"] for x in items)), tax=f(tax), total=f(total), qr=qr_svg(rng, 24),
    )
    notes = (
        "Ibarra (Imbabura, Ecuador) RIDE, the printout of an electronic FACTURA, in Spanish: the issuer's box at the left, the SRI box at the right (R.U.C., FACTURA No., NÚMERO DE AUTORIZACIÓN, FECHA Y HORA DE AUTORIZACIÓN, CLAVE DE ACCESO with a bar code), a QR; a ZEBRA table with line discounts; IVA 15 % and 0 % items; US dollars. "
        "vendor = the legal name in the issuer's box (the trade name above it is a logo); vendor_tax_id = 'R.U.C.' (valid check digit; the buyer's 'Identificación' RUC and the 49-digit access key / authorisation number are decoys). "
        "invoice_number = 'No.' 001-001-000000123; invoice_date = 'Fecha Emisión' (the authorisation date and time are decoys). " + due_note(due, "Plazo 0 días", "Fecha de vencimiento") + po_note(po, "Orden de compra")
        + "subtotal = 'SUBTOTAL SIN IMPUESTOS' (15 % and 0 % bases); tax = 'IVA 15%'; total = 'VALOR TOTAL'. Currency USD (not printed as a sign: Ecuador's currency). The guía de remisión is a decoy. Line items: 'Precio Total' after the discount."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = [ctx["dd"], no, vname, vid, bruc, key, "VALOR TOTAL", ctx["due"]]
    return t, chk, (IB_HTML.replace("@@BASE@@", css(margin="10mm 11mm")), ctx)


# =========================================================================== 03 Petrópolis NFS-e (ISS 5 % incl., BRL), captions under values
PE_V = [
    ("Pousada Vale Imperial Hotelaria Ltda.", "Estrada União e Indústria 9.820, Itaipava, Petrópolis - RJ", "#2f4f4f"),
    ("Serra Digital Sistemas e Consultoria Ltda.", "Rua do Imperador 288, sala 504, Centro, Petrópolis - RJ", "#3a3a8c"),
    ("Clínica Veterinária Quitandinha Ltda.", "Av. Joaquim Rolla 1.140, Quitandinha, Petrópolis - RJ", "#8c3a3a"),
    ("Atelier Koeler Arquitetura e Restauro Ltda.", "Rua Sete de Setembro 71, Centro, Petrópolis - RJ", "#5a4a1a"),
]
PE_B = ["Cervejaria Serrana Eventos Ltda.", "Museu Imperial Associação de Amigos", "Haras Correas Agropecuária Ltda.", "Condomínio Edifício Palácio Rio Negro"]
PE_ROWS = [
    [("Hospedagem corporativa, diária apartamento duplo", "diária", 2, 12, 390, 720), ("Locação de sala de eventos, período", "período", 1, 3, 1200, 2800), ("Coffee break por participante", "pessoa", 20, 80, 38, 65)],
    [("Suporte técnico mensal, plano empresarial", "mês", 1, 1, 1800, 4200), ("Horas de desenvolvimento de sistema", "hora", 8, 60, 140, 220), ("Hospedagem de site e e-mail", "mês", 1, 3, 90, 260)],
    [("Consulta veterinária equina", "consulta", 1, 6, 280, 450), ("Exame radiográfico", "exame", 1, 4, 350, 690), ("Vacinação (aplicação)", "dose", 4, 30, 45, 85)],
    [("Projeto de restauro de fachada", "projeto", 1, 1, 9500, 28000), ("Laudo técnico de patologias", "laudo", 1, 2, 2400, 5200), ("Visitas técnicas de acompanhamento", "visita", 2, 10, 380, 620)],
]
PE_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@@BASE@@
.cap{font-size:6.6pt;color:#666;border-top:1px solid #bbb;margin-top:1px;padding-top:1px;letter-spacing:.3px} .val{font-size:9.4pt;font-weight:bold;min-height:12px}
td.c2{padding:5px 8px 5px 0;vertical-align:bottom} .sec{background:{{ color }};color:#fff;font-size:7.6pt;font-weight:bold;padding:3px 6px;margin-top:10px;letter-spacing:.6px}
table.it{width:100%;border-collapse:collapse} table.it td{padding:3px 4px;font-size:8.3pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:8pt">PREFEITURA MUNICIPAL DE PETRÓPOLIS · Secretaria de Fazenda</div>
<div style="font-size:12.5pt;font-weight:bold;color:{{ color }}">NOTA FISCAL DE SERVIÇOS ELETRÔNICA – NFS-e</div><div style="font-size:8.4pt">Petrópolis, {{ dl }}</div></td>
<td style="text-align:right;vertical-align:top;width:52mm"><div style="border:2px solid {{ color }};padding:6px 8px"><div class="val" style="font-size:14pt">R$ {{ total }}</div><div class="cap">Valor da nota</div></div></td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td class="c2"><div class="val">{{ no }}</div><div class="cap">Número da NFS-e</div></td><td class="c2"><div class="val">{{ dd }}</div><div class="cap">Data e hora de emissão</div></td>
<td class="c2"><div class="val">{{ comp }}</div><div class="cap">Competência</div></td><td class="c2"><div class="val">{{ verif }}</div><div class="cap">Código de verificação</div></td><td class="c2"><div class="val">{{ rps }}</div><div class="cap">RPS nº / série</div></td></tr></table>
<div class="sec">PRESTADOR DE SERVIÇOS</div>
<table style="width:100%"><tr><td class="c2" colspan="2"><div class="val">{{ vname }}</div><div class="cap">Nome / razão social</div></td><td class="c2"><div class="val">{{ vid }}</div><div class="cap">CPF / CNPJ</div></td><td class="c2"><div class="val">{{ im }}</div><div class="cap">Inscrição municipal</div></td></tr>
<tr><td class="c2" colspan="4"><div class="val" style="font-weight:normal">{{ vaddr }}</div><div class="cap">Endereço</div></td></tr></table>
<div class="sec">TOMADOR DE SERVIÇOS</div>
<table style="width:100%"><tr><td class="c2"><div class="val">{{ bname }}</div><div class="cap">Nome / razão social</div></td><td class="c2"><div class="val">{{ bid }}</div><div class="cap">CPF / CNPJ</div></td><td class="c2"><div class="val">{{ po or '—' }}</div><div class="cap">Pedido / contrato do tomador</div></td></tr></table>
<div class="sec">DISCRIMINAÇÃO DOS SERVIÇOS</div>
<table class="it">{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">x R$ {{ it.p }}</td><td class="r">R$ {{ it.a }}</td></tr>{% endfor %}</table>
<div style="font-size:7.6pt;margin-top:4px">Código do serviço: {{ lc }} · Local da prestação: Petrópolis - RJ · Natureza da operação: tributação no município</div>
<div class="sec">VALORES</div>
<table style="width:100%"><tr><td class="c2"><div class="val">R$ {{ total }}</div><div class="cap">Valor total dos serviços</div></td><td class="c2"><div class="val">R$ 0,00</div><div class="cap">Deduções</div></td>
<td class="c2"><div class="val">R$ {{ total }}</div><div class="cap">Base de cálculo</div></td><td class="c2"><div class="val">5,00%</div><div class="cap">Alíquota</div></td><td class="c2"><div class="val">R$ {{ iss }}</div><div class="cap">Valor do ISS</div></td><td class="c2"><div class="val">Não</div><div class="cap">ISS retido</div></td></tr>
<tr><td class="c2"><div class="val">R$ 0,00</div><div class="cap">PIS / COFINS retidos</div></td><td class="c2"><div class="val">R$ 0,00</div><div class="cap">IR / CSLL retidos</div></td><td class="c2"><div class="val">R$ {{ total }}</div><div class="cap">Valor líquido da nota</div></td><td class="c2" colspan="3"><div class="val">R$ {{ approx }}</div><div class="cap">Valor aproximado dos tributos (Lei 12.741/2012)</div></td></tr></table>
<div class="sec">OUTRAS INFORMAÇÕES</div><div style="font-size:8pt;margin-top:4px">O valor do ISS está incluído no valor dos serviços. {% if due %}Vencimento da fatura: <b>{{ due }}</b>. {% endif %}Pagamento por PIX (chave CNPJ) ou depósito no {{ bank }}, agência {{ ag }}, conta {{ cc }}.</div>
</body></html>"""


@style("03", "br_pet_petropolis_nfse_iss_5_incl_captions_under_values_total_top")
def s03(rng, i):
    vname, vaddr, color = PE_V[i]
    d = rand_date(rng)
    items = lines(rng, PE_ROWS[i], 3, D("0.5"))
    total = sum(x["amount"] for x in items)
    iss = q2(total * D("0.05"))
    vid, bid = br_cnpj(rng), br_cnpj(rng)
    no = f"{d.year}{rng.randint(1, 9999):05d}"
    due = d + dt.timedelta(days=rng.choice([10, 15, 28])) if i in (1, 2) else None
    po = [f"PED-{rng.randint(1000, 9999)}", None, None, f"Contrato {rng.randint(10, 99)}/{d.year}"][i]
    f = de
    ctx = dict(
        color=color, dl=long_date(d, "pt"), total=f(total), no=no, dd=d.strftime("%d/%m/%Y") + f" {rng.randint(8, 19):02d}:{rng.randint(10, 59)}", comp=f"{(d.month - 2) % 12 + 1:02d}/{d.year if d.month > 1 else d.year - 1}",
        verif="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9)), rps=f"{rng.randint(100, 9999)} / A1", vname=vname, vid=vid, im=digits(rng, 7, True), vaddr=vaddr,
        bname=PE_B[i], bid=bid, po=po, items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": f(x["price"]), "a": f(x["amount"])} for x in items],
        lc=rng.choice(["09.01", "01.07", "05.01", "07.01"]), iss=f(iss), approx=f(q2(total * D("0.1345"))), due=due.strftime("%d/%m/%Y") if due else None,
        bank=rng.choice(["Banco do Brasil", "Itaú Unibanco", "Sicoob Serrano"]), ag=digits(rng, 4, True), cc=digits(rng, 6, True) + "-" + digits(rng, 1),
    )
    notes = (
        "Petrópolis (RJ, Brazil) NFS-e in Portuguese: every value in bold with its CAPTION UNDER it (Número da NFS-e, Data e hora de emissão, Competência, CPF / CNPJ ...), the note's value boxed at the TOP right; ISS 5 % INCLUDED in the service value. "
        "vendor = the PRESTADOR's 'Nome / razão social'; vendor_tax_id = the prestador's CNPJ (valid; the tomador's CNPJ, the inscrição municipal, the verification code and the RPS are decoys). invoice_number = 'Número da NFS-e'; invoice_date = 'Data e hora de emissão' dd/mm/yyyy (the long date of the heading is the same day; the 'Competência' month is a decoy). "
        + due_note(due, None, "Vencimento da fatura") + po_note(po, "Pedido / contrato do tomador")
        + "No net printed (the base is the gross): subtotal null; tax = 'Valor do ISS'; total = 'Valor total dos serviços' (= 'Valor da nota' = 'Valor líquido da nota'). The approximate-tax estimate and the retained PIS/COFINS/IR zeros are decoys. Currency BRL. Line items: the services' amounts, summing to the total."
    )
    t = truth(vname, vid, no, po, d, due, "BRL", None, iss, total, items, notes)
    chk = [ctx["dd"], no, vname, vid, bid, "Valor do ISS", ctx["due"], ctx["dl"]]
    return t, chk, (PE_HTML.replace("@@BASE@@", css(margin="10mm 12mm", fs="9pt")), ctx)
