"""Chromium (HTML) styles for set 51, first part (01 Hermosillo CFDI 4.0 factura for a professional's honorarios in
Spanish, IVA 16 % and on three the buyer's RETENTIONS of IVA and ISR, the fiscal facts in a grid, the total in words and
on two a USD counter-value; 02 Quetzaltenango FEL factura on an
80 mm ROLL, IVA 12 % included, quetzales; 03 Johor Bahru SST invoice with the amount due at the TOP, an unruled table
and a 5-sen ROUNDING row)."""

# ruff: noqa: E501, C901

import datetime as dt
import uuid
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from common import es_amount_words, es_words_un, gt_nit, long_date, mx_rfc
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Hermosillo (IVA 16 %, MXN), honorarios, retenciones
HM_V = [
    ("Lucía Fernanda Moreno Valenzuela", "MOVL", "Arquitecta · Céd. prof. {ced}", "Blvd. Kino 1025 int. 8, Col. Pitic, C.P. 83150, Hermosillo, Son.", "612 Personas Físicas con Actividades Empresariales y Profesionales"),
    ("Jorge Alberto Quiroz Ibarra", "QUIJ", "Contador Público Certificado · Céd. prof. {ced}", "Calle Garmendia 77, Col. Centro, C.P. 83000, Hermosillo, Son.", "612 Personas Físicas con Actividades Empresariales y Profesionales"),
    ("Mariana Elizabeth Durazo Félix", "DUFM", "Traductora perito autorizada · Céd. prof. {ced}", "Av. Rosales 190, Col. Centro Norte, C.P. 83000, Hermosillo, Son.", "626 Régimen Simplificado de Confianza"),
    ("Héctor Manuel Bojórquez Leyva", "BOLH", "Ingeniero civil, perito en estructuras · Céd. prof. {ced}", "Paseo Río San Miguel 44, Col. Proyecto Río Sonora, C.P. 83270, Hermosillo, Son.", "626 Régimen Simplificado de Confianza"),
]
HM_B = [("Desarrollos Inmobiliarios del Pitic, S.A. de C.V.", "DIP", True), ("Agroexportadora Guaymas, S.A. de C.V.", "AGU", True), ("Ana Sofía Valdez Romero", "VARA", False), ("Ensambles Automotrices del Norte, S.A. de C.V.", "EAN", True)]
HM_ROWS = [
    [("Honorarios por proyecto arquitectónico ejecutivo, etapa {n} de 4", "E48", 1, 1, "38000.00", "96000.00", "80101500"), ("Supervisión de obra, visita", "E48", 2, 12, "2800.00", "4500.00", "80101500"), ("Trámite de licencia de construcción ante el Ayuntamiento de Hermosillo", "E48", 1, 1, "6500.00", "14000.00", "80101500")],
    [("Honorarios por auditoría de estados financieros del ejercicio {y}", "E48", 1, 1, "45000.00", "120000.00", "84111600"), ("Contabilidad y declaraciones mensuales, mes", "E48", 1, 3, "6500.00", "14500.00", "84111500"), ("Dictamen de cumplimiento IMSS", "E48", 1, 1, "18000.00", "32000.00", "84111600")],
    [("Traducción pericial inglés–español, cuartilla", "E48", 4, 60, "280.00", "450.00", "82111900"), ("Certificación de traducción ante el Supremo Tribunal", "E48", 1, 2, "650.00", "1200.00", "82111900")],
    [("Dictamen de seguridad estructural de nave industrial", "E48", 1, 1, "42000.00", "88000.00", "81101500"), ("Levantamiento y memoria de cálculo, hora", "HUR", 6, 40, "850.00", "1400.00", "81101500"), ("Visita técnica a planta", "E48", 1, 4, "3200.00", "5200.00", "81101500")],
]
HM_HTML = """<html lang="es-MX"><head><meta charset="utf-8"><style>@@BASE@@
.grid{display:grid;grid-template-columns:repeat(4,1fr);border:1px solid {{ color }};margin-top:8px} .grid div{padding:3px 5px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;font-size:7.2pt}
.grid .l{display:block;color:#666;font-size:6.2pt} .grid b{word-break:break-all}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:6.8pt;padding:3px;text-align:left} table.it td{border-bottom:1px solid #ccc;padding:3px;font-size:7.6pt}
.r{text-align:right;white-space:nowrap} .tot td{padding:2px 6px}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:7.6pt">{{ prof }}<br>{{ vaddr }}<br>Tel. (662) {{ tel }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:14pt;font-weight:bold">FACTURA</div><div style="font-size:7pt">CFDI 4.0 · Tipo de comprobante: I – Ingreso<br>Honorarios profesionales</div></td><td style="width:28mm;text-align:right">{{ qr|safe }}</td></tr></table>
<div class="grid">
<div><span class="l">RFC emisor</span><b>{{ vid }}</b></div><div style="grid-column:span 2"><span class="l">Régimen fiscal</span>{{ regimen }}</div><div><span class="l">Serie y folio</span><b style="font-size:9pt">{{ no }}</b></div>
<div><span class="l">Fecha de emisión</span><b>{{ date_s }}</b></div><div><span class="l">Lugar de expedición</span>{{ cp }}</div><div style="grid-column:span 2"><span class="l">Folio fiscal (UUID)</span>{{ uuid }}</div>
<div><span class="l">Forma de pago</span>{{ forma }}</div><div><span class="l">Método de pago</span>{{ metodo }}</div><div><span class="l">Moneda</span>{{ moneda }}</div><div><span class="l">{{ due_lbl }}</span><b>{{ due_v }}</b></div>
<div style="grid-column:span 2"><span class="l">Receptor</span><b>{{ bname }}</b></div><div><span class="l">RFC receptor</span>{{ brfc }}</div><div><span class="l">Uso del CFDI</span>{{ uso }}</div>
</div>
<table class="it"><tr><th>Clave prod./serv.</th><th class="r">Cant.</th><th>Clave unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.k }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}<br><span style="font-size:6.4pt;color:#666">Traslado IVA 002 Tasa 0.160000{% if ret %} · Retención IVA 0.106667 · Retención ISR {{ isr_rate }}{% endif %}</span></td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top;font-size:7.8pt;padding-right:10px"><b>Importe con letra:</b> ({{ words }})
{% if po %}<br><br>Orden de compra del cliente: <b>{{ po }}</b>{% endif %}
{% if usd %}<br><br><span style="font-size:7.2pt;color:#555">Tipo de cambio de referencia DOF {{ fx }} MXN/USD — equivalente USD {{ usd }} (solo informativo)</span>{% endif %}</td>
<td style="width:72mm;vertical-align:top"><table class="tot" style="width:100%;font-size:8.4pt">
<tr><td>Subtotal</td><td class="r">$ {{ net }}</td></tr>
<tr><td>IVA Trasladado 16%</td><td class="r">$ {{ tax }}</td></tr>
{% if ret %}<tr><td>IVA Retenido 10.6667%</td><td class="r">-$ {{ riva }}</td></tr><tr><td>ISR Retenido {{ isr_pct }}</td><td class="r">-$ {{ risr }}</td></tr>{% endif %}
<tr style="font-weight:bold;font-size:10pt;border-top:2px solid {{ color }}"><td>Total {{ cur_lbl }}</td><td class="r">$ {{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:6.4pt;color:#666;word-break:break-all">No. de serie del certificado del emisor: {{ cert }} · Fecha de certificación: {{ stamp }}<br>Sello digital del CFDI: {{ seal }}<br>Cadena original del complemento de certificación digital del SAT: ||1.1|{{ uuid }}|{{ stamp }}|SAT970701NN3||</div>
<div style="margin-top:6px;font-size:6.8pt;color:#444">Este documento es una representación impresa de un CFDI 4.0. Depósito a la cuenta CLABE {{ clabe }} ({{ bank }}).</div>
</body></html>"""


@style("01", "mx_hmo_hermosillo_cfdi_honorarios_iva_16_retenciones_usd")
def s01(rng, i):
    vname, letters, prof, vaddr, regimen = HM_V[i]
    d = rand_date(rng)
    rows = [(r[0].replace("{n}", str(rng.randint(1, 4))).replace("{y}", str(d.year - 1)), *r[1:]) for r in HM_ROWS[i]]
    items = lines(rng, rows, [3, 2, 2, 3][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    bname, bl, moral = HM_B[i]
    ret = moral
    resico = regimen.startswith("626")
    riva = q2(tax * 2 / 3) if ret else D(0)
    risr = q2(net * (D("0.0125") if resico else D("0.10"))) if ret else D(0)
    total = net + tax - riva - risr
    vid = mx_rfc(rng, letters, (60, 95))
    brfc = mx_rfc(rng, bl, (0, 19) if moral else (80, 99))
    no = [f"A-{rng.randint(100, 999)}", f"H {rng.randint(1000, 9999)}", f"TP{rng.randint(100, 999)}", f"B-{rng.randint(10, 400)}"][i]
    t_emit = f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    date_s = [t_emit, d.strftime("%d/%m/%Y"), long_date(d, "es"), t_emit][i]
    sd = d + dt.timedelta(days=rng.randint(0, 1))
    stamp = f"{sd.isoformat()}T{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [f"OC-{rng.randint(10000, 99999)}", None, None, f"{rng.randint(4500000000, 4599999999)}"][i]
    usd = i in (1, 3)
    fx = D(rng.randint(168000, 198000)) / 10000
    ctx = dict(
        color=["#7c2d12", "#1e3a8a", "#115e59", "#831843"][i], vname=vname, prof=prof.replace("{ced}", digits(rng, 8, True)), vaddr=vaddr, tel=f"{rng.randint(200, 299)} {digits(rng, 4)}",
        bname=bname, brfc=brfc, uso="G03 Gastos en general" if moral else "S01 Sin efectos fiscales",
        items=[{"k": x["extra"], "q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), riva=en(riva), risr=en(risr), ret=ret, isr_rate="0.012500" if resico else "0.100000", isr_pct="1.25%" if resico else "10%",
        total=en(total), cur_lbl=["MXN", "", "M.N.", "MXN"][i],
        words=es_amount_words(total, "PESOS", "M.N."), usd=en(q2(total / fx)) if usd else None, fx=f"{fx:.4f}",
        seal="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(172)) + "==",
        uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(), stamp=stamp, cert="0000100000070" + digits(rng, 7),
        clabe=digits(rng, 18, True), bank=rng.choice(["BBVA México", "Banorte", "Santander"]),
        vid=vid, regimen=regimen, no=no, date_s=date_s, cp=str(rng.choice([83150, 83000, 83270])),
        forma="99 Por definir" if due else rng.choice(["03 Transferencia electrónica de fondos", "04 Tarjeta de crédito"]),
        metodo="PPD Pago en parcialidades o diferido" if due else "PUE Pago en una sola exhibición",
        moneda=["MXN Peso Mexicano", "MXN", "MXN Peso Mexicano", "MXN"][i], due_lbl="Fecha de vencimiento" if due else "Condiciones de pago",
        due_v=due.strftime("%d/%m/%Y") if due else "Contado", po=po,
    )
    ctx["qr"] = qr_svg(rng, 24)
    notes = (
        "Hermosillo (Sonora, Mexico) CFDI 4.0 FACTURA for a professional's HONORARIOS (a persona física, RFC of 13 characters), in Spanish, the fiscal facts in a 4-column GRID under the header, IVA 16 %, pesos '$ 1,234.56'"
        + (f", the buyer (a company) RETAINS two thirds of the IVA and ISR at {ctx['isr_pct']}: two NEGATIVE rows between the IVA and the Total" if ret else ", no retentions (the buyer is a person)")
        + ", the total in words ('Importe con letra')"
        + (", a USD reference equivalent at the DOF rate" if usd else "")
        + ": vendor = the professional's name at the top (the emisor); vendor_tax_id = 'RFC emisor' (the receptor's RFC, the UUID, the certificate number, the CLABE, the cédula profesional and the postal codes are decoys). "
        f"invoice_number = 'Serie y folio' ({no}); invoice_date = 'Fecha de emisión' (the date of certification is a decoy). "
        + due_note(due, "Contado", "Fecha de vencimiento")
        + po_note(po, "Orden de compra del cliente")
        + "subtotal = 'Subtotal'; tax = 'IVA Trasladado 16%' (the retained IVA and ISR are not the tax); total = 'Total', the CFDI total"
        + (" after the retentions (subtotal + tax - retentions = total)" if ret else "")
        + (" (the USD equivalent is a decoy)" if usd else "")
        + ". Currency MXN. Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "MXN", net, tax, total, items, notes)
    chk = {"printed": [date_s, no, vname, vid, brfc, ctx["words"], ctx["usd"], ctx["cert"], ctx["due_v"] if due else None, ctx["risr"] if ret else None], "total_adjustment": str(-(riva + risr))}
    return t, chk, (HM_HTML.replace("@@BASE@@", css(margin="11mm 12mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Quetzaltenango (IVA 12 % incl., GTQ), roll
QZ_V = [
    ("Farmacia y Droguería Los Altos, S.A.", "FARMACIA LOS ALTOS", "14 Avenida 3-45, Zona 1, Quetzaltenango"),
    ("Ferretería El Baúl Xela, S.A.", "FERRETERIA EL BAUL", "Diagonal 2 12-30, Zona 3, Quetzaltenango"),
    ("Panadería y Cafetería La Luna de Xela, S.A.", "LA LUNA DE XELA", "4a. Calle 9-22, Zona 1, Quetzaltenango"),
    ("Agroservicio San Mateo, S.A.", "AGROSERVICIO SAN MATEO", "Km 206 Carretera Interamericana, Salcajá, Quetzaltenango"),
]
QZ_ROWS = [
    [("ACETAMINOFEN 500MG X10", "u", 1, 6, "9.50", "14.00"), ("AMOXICILINA 500MG X21", "u", 1, 2, "68.00", "95.00"), ("SUERO ORAL 500ML", "u", 1, 6, "11.50", "16.00"), ("ALCOHOL 70% 1L", "u", 1, 3, "32.00", "45.00"), ("VITAMINA C 1G X10", "u", 1, 4, "26.00", "38.00")],
    [("CEMENTO UGC 42.5KG", "saco", 1, 30, "79.00", "89.00"), ("VARILLA 3/8 LEGITIMA", "u", 4, 60, "41.00", "52.00"), ("CLAVO 3 PULG LB", "lb", 1, 20, "7.50", "9.50"), ("LAMINA ZINC 10 PIES", "u", 1, 20, "88.00", "118.00"), ("PINTURA LATEX GALON", "gal", 1, 4, "135.00", "185.00")],
    [("CAFE AMERICANO", "u", 1, 4, "14.00", "18.00"), ("CHAMPURRADAS X6", "bolsa", 1, 3, "12.00", "15.00"), ("PAN FRANCES X10", "bolsa", 1, 4, "10.00", "12.50"), ("PASTEL TRES LECHES", "u", 1, 1, "145.00", "190.00"), ("CHOCOLATE CALIENTE", "u", 1, 3, "16.00", "21.00")],
    [("FERTILIZANTE 15-15-15 QQ", "qq", 1, 10, "265.00", "340.00"), ("SEMILLA PAPA LOMAN QQ", "qq", 1, 6, "410.00", "560.00"), ("FUNGICIDA MANCOZEB KG", "kg", 1, 8, "52.00", "78.00"), ("BOMBA ASPERSORA 16L", "u", 1, 1, "395.00", "520.00"), ("MANGUERA 1/2 PULG M", "m", 5, 50, "4.50", "7.00")],
]
QZ_HTML = """<html lang="es-GT"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.2pt;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:8.6pt">{{ trade }}</b><br>{{ vname }}<br>{{ vaddr }}<br>NIT: {{ vid }}</div><hr>
<div class="c"><b>DOCUMENTO TRIBUTARIO ELECTRONICO<br>FACTURA</b></div>
<table><tr><td>Serie:</td><td class="r">{{ serie }}</td></tr><tr><td>Número DTE:</td><td class="r">{{ no }}</td></tr>
<tr><td>Fecha emisión:</td><td class="r">{{ date_s }}</td></tr>
<tr><td>Caja / cajero:</td><td class="r">{{ till }}</td></tr></table><hr>
<table><tr><td>NIT receptor:</td><td class="r">{{ bnit }}</td></tr><tr><td>Nombre:</td><td class="r">{{ bname }}</td></tr></table><hr>
<table><tr><td><b>Cant. Descripción</b></td><td class="r"><b>Total</b></td></tr>
{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td><b style="font-size:9pt">TOTAL</b></td><td class="r"><b style="font-size:9pt">{{ cur }}{{ total }}</b></td></tr>
<tr><td>IVA incluido (12%)</td><td class="r">{{ tax }}</td></tr>
<tr><td>{{ paid_lbl }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Cambio</td><td class="r">{{ change }}</td></tr>{% endif %}</table>
<div style="margin-top:3px">TOTAL EN LETRAS: {{ words }}</div><hr>
<div class="c" style="font-size:6.6pt">Sujeto a pagos trimestrales ISR<br>Agente de retención del IVA: No</div>
<div class="c" style="font-size:6.6pt;margin-top:3px">NÚMERO DE AUTORIZACIÓN:<br>{{ auth }}<br>Fecha de certificación: {{ cert_date }}<br>Certificador: {{ certifier }} NIT {{ cnit }}</div>
<div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c">{{ foot }}</div>
</body></html>"""


@style("02", "gt_xel_quetzaltenango_factura_fel_iva_12_incl_roll")
def s02(rng, i):
    vname, trade, vaddr = QZ_V[i]
    d = rand_date(rng)
    items = lines(rng, QZ_ROWS[i], [4, 5, 3, 2][i], D("0.50"))
    total = sum(x["amount"] for x in items)
    tax = (total * D(12) / D(112)).quantize(D("0.01"), ROUND_HALF_UP)
    vid = gt_nit(rng)
    cf = i == 2
    bnit = "CF" if cf else gt_nit(rng)
    bname = "CONSUMIDOR FINAL" if cf else rng.choice(["CONSTRUCTORA ALTIPLANO, S.A.", "MARIA JOSE XICARA LOPEZ", "COOPERATIVA CUATRO PINOS R.L."])
    serie = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    no = str(rng.randint(100000000, 4294967295))
    date_s = [d.strftime("%d/%m/%Y") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%Y") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"][i]
    cash = i in (1, 2)
    if cash:
        paid = q2((total / 50).to_integral_value(rounding="ROUND_CEILING") * 50) if total > 50 else D(50)
        paid_lbl, change = "Efectivo", en(paid - total)
    else:
        paid, paid_lbl, change = total, f"Tarjeta VISA ****{digits(rng, 4)}", None
    cur = ["Q", "Q ", "Q", "GTQ "][i]
    cw = int(total)
    words = f"{es_words_un(cw).upper()} QUETZALES CON {int((total - cw) * 100):02d}/100"
    ctx = dict(
        trade=trade, vname=vname, vaddr=vaddr, vid=vid, serie=serie, no=no, date_s=date_s, till=f"{rng.randint(1, 4)} / {rng.choice(['ANA', 'LUIS', 'KARLA', 'EDGAR'])}",
        bnit=bnit, bname=bname, items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        cur=cur, total=en(total), tax=en(tax), paid_lbl=paid_lbl, paid=en(paid), change=change, words=words,
        auth=f"{serie}-{no[:4]}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 12)}", cert_date=(d.strftime("%d/%m/%Y")),
        certifier=rng.choice(["INFILE, S.A.", "DIGIFACT SERVICIOS, S.A.", "G4S DOCUMENTA, S.A."]), cnit=gt_nit(rng),
        qr=qr_svg(rng, 24), foot=["¡Gracias por su compra!", "Precios incluyen IVA · No se aceptan devoluciones", "¡Vuelva pronto!", "Montos en quetzales (GTQ)"][i],
    )
    notes = (
        "Quetzaltenango (Xela, Guatemala) FEL electronic FACTURA as an 80 mm TILL RECEIPT in Spanish, monospace, prices with IVA 12 % INCLUDED, quetzales 'Q1,234.56'"
        + ", the total in words"
        + (", paid in cash with change" if cash else ", paid by card")
        + ": vendor = the legal name under the trade name at the top (the trade name in capitals is a decoy); vendor_tax_id = its 'NIT' (the buyer's NIT, the certifier's NIT and the authorisation number are decoys). "
        "invoice_number = 'Número DTE' (the 'Serie' is printed apart and not part of it); invoice_date = 'Fecha emisión'. "
        + due_note(None, None, "")
        + "No PO. subtotal = null (not printed); tax = 'IVA incluido (12%)'; total = 'TOTAL' (the cash given and the change are decoys). Currency GTQ. Line items: every row, IVA included."
    )
    t = truth(vname, vid, no, None, d, None, "GTQ", None, tax, total, items, notes)
    chk = [date_s, no, vname, vid, serie, words, None if cf else bnit, change]
    return t, chk, (QZ_HTML.replace("@@BASE@@", css(size="80mm 240mm", margin="4mm 4mm", font="'DejaVu Sans Mono',monospace")), ctx)


# =========================================================================== 03 Johor Bahru (SST 8 %, MYR), total at the top, rounding
JB_V = [
    ("Tebrau Precision Engineering Sdn. Bhd.", "202001018842 (1376521-K)", "PLO 112, Jalan Perindustrian 4, Kawasan Perindustrian Tebrau IV, 81100 Johor Bahru, Johor"),
    ("Danga Bay Events & Catering Sdn. Bhd.", "201801033915 (1295047-A)", "No. 18, Jalan Skudai, Danga Bay, 80200 Johor Bahru, Johor"),
    ("Iskandar IT Solutions Sdn. Bhd.", "201501007734 (1133820-P)", "Level 9, Menara Landmark, Jalan Ngee Heng, 80000 Johor Bahru, Johor"),
    ("Permas Logistics & Warehousing Sdn. Bhd.", "199701022611 (441207-U)", "Lot 5, Jalan Permas 10, Bandar Baru Permas Jaya, 81750 Masai, Johor"),
]
JB_B = ["Senai Electronics Manufacturing Sdn. Bhd.", "Persatuan Alumni Johor Bahru", "Klinik Pakar Kota Tinggi Sdn. Bhd.", "Pasir Gudang Chemicals Sdn. Bhd."]
JB_ROWS = [
    [("CNC machining of jig plates as per drawing JB-{n}", "pcs", 2, 40, "85.00", "420.00"), ("Surface grinding service", "hr", 2, 16, "95.00", "160.00"), ("Wire-cut EDM job", "hr", 1, 10, "120.00", "210.00"), ("Inspection report with CMM", "lot", 1, 2, "250.00", "480.00")],
    [("Buffet dinner package (min. 50 pax)", "pax", 50, 300, "38.00", "75.00"), ("Canopy and table set-up", "set", 1, 10, "150.00", "320.00"), ("Sound system with emcee", "lot", 1, 1, "1200.00", "2500.00"), ("Mineral water 500 ml", "ctn", 2, 20, "14.50", "19.50")],
    [("IT support retainer (monthly)", "mth", 1, 3, "1800.00", "3600.00"), ("Firewall configuration and hardening", "job", 1, 1, "1500.00", "2800.00"), ("Microsoft 365 Business Standard licence", "user", 3, 40, "52.50", "62.00"), ("On-site engineer call-out", "visit", 1, 6, "180.00", "260.00")],
    [("Warehouse storage, pallet per week", "plt-wk", 20, 400, "6.50", "12.00"), ("Container haulage Pasir Gudang Port to Permas", "trip", 1, 8, "380.00", "650.00"), ("Forklift handling charges", "plt", 20, 300, "4.00", "7.50"), ("Stuffing / unstuffing 40ft", "cont", 1, 4, "280.00", "450.00")],
]
JB_HTML = """<html lang="en-MY"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.2pt;color:{{ color }};text-align:left;padding:4px;text-transform:uppercase;letter-spacing:.4px} table.it td{padding:4px;font-size:8pt}
.r{text-align:right;white-space:nowrap} .box{background:{{ color }};color:#fff;padding:10px 14px;border-radius:4px}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:7.4pt">Company No. {{ coreg }}<br>{{ vaddr }}<br>Tel: +607-{{ tel }} · accounts@{{ mail }}.com.my</div></td>
<td style="width:62mm;vertical-align:top"><div class="box"><div style="font-size:8pt">{{ due_lbl }}</div><div style="font-size:18pt;font-weight:bold">{{ cur }} {{ total }}</div>
<div style="font-size:7.6pt">{{ due_line }}</div></div></td></tr></table>
<div style="font-size:16pt;font-weight:bold;margin-top:12px;letter-spacing:1px">{{ title }}</div>
<table style="width:100%;font-size:8pt;margin-top:4px"><tr><td style="width:50%;vertical-align:top"><span style="color:#777">BILL TO</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>{% if btin %}Buyer TIN: {{ btin }}{% endif %}</td>
<td style="vertical-align:top"><table>{% for k, v in heads %}<tr><td style="color:#777;padding-right:8px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>No.</th><th>Description</th><th class="r">Qty</th><th>UOM</th><th class="r">Unit price (RM)</th><th class="r">Amount (RM)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.4pt">
<tr><td style="padding:2px 10px">Total excluding SST</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">Service Tax 8%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:2px 10px">Rounding adjustment</td><td class="r">{{ rnd }}</td></tr>
<tr style="font-weight:bold"><td style="padding:4px 10px;border-top:1px solid #000">Total payable ({{ curiso }})</td><td class="r" style="border-top:1px solid #000">{{ total }}</td></tr></table>
<div style="margin-top:6px;font-size:7.8pt">Ringgit Malaysia: {{ words }} Only</div>
<div style="margin-top:14px;font-size:7.4pt;color:#333">Payment by bank transfer to {{ bank }}, A/C No. {{ acct }}, in favour of {{ vname }}. Please quote our invoice number. {{ terms }}</div>
<div style="margin-top:16px;font-size:7pt;color:#555;border-top:1px solid #ddd;padding-top:4px">SST Registration No.: {{ sst }} · This is a computer-generated invoice; no signature is required.{% if page %} · Page 1 of 1{% endif %}</div>
</body></html>"""


@style("03", "my_jhb_johor_bahru_invoice_sst_8_rounding_total_top")
def s03(rng, i):
    from kit_words import en_words_title

    vname, coreg, vaddr = JB_V[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    rows = [(r[0].replace("{n}", str(rng.randint(100, 999))), *r[1:]) for r in JB_ROWS[i]]
    items = lines(rng, rows, [4, 3, 2, 4][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.08"))
    raw = net + tax
    total = (raw * 20).quantize(D("1"), ROUND_HALF_UP) / 20
    total = q2(total)
    rnd = total - raw
    sst = f"J31-{digits(rng, 4)}-{digits(rng, 8)}"
    no = [f"INV-{d.strftime('%y%m')}-{rng.randint(100, 999)}", f"DB/{d.year}/{rng.randint(1000, 9999)}", f"IIS{rng.randint(10000, 99999)}", f"PLW-INV-{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d %b %Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    po = [f"PO{rng.randint(100000, 999999)}", None, f"IT-PO-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4599999999)}"][i]
    heads = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if due:
        heads.append(("Terms", f"{(due - d).days} days"))
    if po:
        heads.append(("Your P/O No.", po))
    if i in (0, 3):
        heads.append(("D/O No.", f"DO{rng.randint(10000, 99999)}"))
        heads.append(("D/O Date", fd(d - dt.timedelta(days=rng.randint(1, 6)))))
    if i == 2:
        heads.append(("Quotation Ref.", f"QT-{rng.randint(1000, 9999)}"))
    btin = f"C{digits(rng, 10, True)}0" if i != 1 else None
    ctx = dict(
        color=["#0f766e", "#9a3412", "#3730a3", "#1f2937"][i], vname=vname, coreg=coreg, vaddr=vaddr, tel=f"{rng.randint(200, 399)} {digits(rng, 4)}", mail=vname.split()[0].lower(),
        due_lbl=["Amount Due", "Total Payable", "Balance Due", "Amount Due"][i], cur="RM", curiso="MYR", total=en(total),
        due_line=(f"Due on {fd(due)}" if due else "Payable upon receipt"), title="TAX INVOICE" if i != 2 else "INVOICE",
        bname=JB_B[i], baddr=rng.choice(["Jalan Kulai, 81400 Senai, Johor", "Jalan Tun Abdul Razak, 80000 Johor Bahru", "Jalan Tanjung Langsat, 81700 Pasir Gudang"]), btin=btin,
        heads=heads, items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), rnd=("-" if rnd < 0 else "") + en(abs(rnd)), words=en_words_title(int(total)) + (f" and Cents {en_words_title(int((total % 1) * 100))}" if total % 1 else ""),
        bank=rng.choice(["Maybank Berhad", "CIMB Bank Berhad", "Public Bank Berhad"]), acct=digits(rng, 12, True),
        terms="Interest of 1.5% per month is chargeable on overdue accounts." if due else "", sst=sst, page=i in (0, 3),
    )
    notes = (
        "Johor Bahru (Malaysia) invoice in English with the AMOUNT DUE in a coloured box at the TOP RIGHT, an UNRULED table, Service Tax 8 % on the net, a 5-sen ROUNDING ADJUSTMENT row before the total, ringgit 'RM 1,234.56', the total in words"
        + ": vendor = the name at the top; vendor_tax_id = the 'SST Registration No.' in the footer (the company number, the TIN, the buyer's TIN, the bank account, the D/O and quotation numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the D/O date is a decoy). "
        + ("due_date = the 'Due on' date in the top box ('Terms' in days beside it). " if due else "'Payable upon receipt' is a term: no due date (null). ")
        + po_note(po, "Your P/O No.")
        + "subtotal = 'Total excluding SST'; tax = 'Service Tax 8%'; total = 'Total payable (MYR)' after the rounding adjustment. Currency MYR. Line items: every row, net."
    )
    t = truth(vname, sst, no, po, d, due, "MYR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, sst, coreg, btin, ctx["words"], f"Due on {fd(due)}" if due else None], "total_adjustment": str(rnd)}
    return t, chk, (JB_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.6pt")), ctx)
