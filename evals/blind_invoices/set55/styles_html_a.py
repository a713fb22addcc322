"""Chromium (HTML) styles for set 55, first part (01 Temuco FACTURA ELECTRÓNICA in Spanish on a FULLY RULED page, the
labels BESIDE their values, IVA 19 %, whole pesos, one of four a NOTA DE CRÉDITO; 02 Paysandú e-Factura in Spanish with
a table WITHOUT RULES, the TOTALS at the LEFT, IVA 22 % / 10 %, a bonificación row, pesos or dollars with a
counter-value; 03 Rehovot חשבונית מס in Hebrew right to left with the facts in a LEFT SIDEBAR, מע"מ 18 %)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, clp, group4, long_date, rand_iban
from invoice_kit import css, de, digits, en, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import bars_svg, due_note, lines, po_note, qr_svg, truth
from stdnum.cl import rut as clrut
from stdnum.il import hp
from stdnum.uy import rut as uyrut

STYLES, style = style_registry("chromium")


def cl_rut(rng, lo=76000000, hi=77999999):
    body = str(rng.randint(lo, hi))
    return clrut.format(body + clrut.calc_check_digit(body))


# =========================================================================== 01 Temuco (IVA 19, CLP), fully ruled, labels beside, a credit note
TC_V = [
    ("MADERAS DEL CAUTÍN SpA", "Aserradero, elaboración y venta de maderas", "Av. Caupolicán 0455, Temuco", "#b91c1c"),
    ("FRIGORÍFICO ARAUCANÍA LIMITADA", "Faenadora y distribuidora de carnes", "Camino a Labranza km 4, Temuco", "#9f1239"),
    ("TRANSPORTES ÑIELOL LIMITADA", "Transporte de carga por carretera", "Av. Rudecindo Ortega 02510, Temuco", "#1e3a8a"),
    ("AGRÍCOLA PILLANLELBÚN S.A.", "Venta de insumos agrícolas y semillas", "Av. Barros Arana 1140, Temuco", "#166534"),
]
TC_B = [
    ("CONSTRUCTORA LLAIMA LTDA.", "Construcción de edificios", "Av. Alemania 0671", "Temuco"),
    ("SUPERMERCADOS DEL SUR S.A.", "Supermercados", "Manuel Montt 960", "Temuco"),
    ("FORESTAL MALLECO SpA", "Explotación forestal", "Ruta 5 Sur km 620", "Victoria"),
    ("COOPERATIVA LECHERA DE PITRUFQUÉN", "Elaboración de productos lácteos", "Calle Francisco Bilbao 321", "Pitrufquén"),
]
TC_ROWS = [
    [("Tabla pino 1x4\" seca cepillada 3,2 m", "UN", 50, 1200, 1500, 3900), ("Viga pino 2x6\" impregnada 3,2 m", "UN", 20, 400, 5200, 9800), ("Terciado estructural 15 mm", "UN", 10, 200, 14900, 24500), ("Flete a obra", "VJE", 1, 3, 35000, 90000)],
    [("Posta negra de vacuno, kg", "KG", 20, 400, 6900, 9800), ("Lomo vetado, kg", "KG", 10, 150, 11900, 16900), ("Pollo entero congelado, kg", "KG", 50, 800, 1990, 2890), ("Longaniza artesanal, kg", "KG", 10, 200, 4500, 7200)],
    [("Flete Temuco – Santiago, camión 28 t", "VJE", 1, 6, 780000, 1350000), ("Flete Temuco – Puerto Montt, rampla", "VJE", 1, 8, 420000, 690000), ("Estadía de camión por día", "DÍA", 1, 4, 90000, 180000), ("Carga y descarga con grúa horquilla", "HR", 2, 16, 28000, 45000)],
    [("Semilla trigo Kipa certificada, saco 25 kg", "SCO", 10, 200, 28000, 46000), ("Fertilizante superfosfato triple, saco 25 kg", "SCO", 20, 400, 17500, 26900), ("Herbicida MCPA 750, bidón 5 l", "BID", 2, 40, 32000, 58000), ("Asesoría técnica en terreno", "HR", 2, 20, 25000, 45000)],
]
TC_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.g{width:100%;border-collapse:collapse} .g td{border:1px solid #333;padding:3px 5px;font-size:8.2pt} .g td.l{width:22%;font-weight:bold;background:#f3f4f6}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border:1px solid #333;background:#e5e7eb;font-size:7.4pt;padding:3px} table.it td{border:1px solid #333;padding:3px 5px;font-size:8.2pt}
.tt td.l{width:55%;white-space:nowrap} .r{text-align:right;white-space:nowrap} .redbox{border:3px solid {{ color }};color:{{ color }};text-align:center;padding:8px 4px;font-weight:bold}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:14pt;font-weight:bold">{{ vname }}</div><div>Giro: {{ giro }}</div><div>{{ vaddr }}, Región de La Araucanía</div><div>Fono +56 45 2{{ tel }} · contacto@{{ mail }}.cl</div></td>
<td style="width:70mm"><div class="redbox"><div style="font-size:11pt">R.U.T.: {{ vid }}</div><div style="font-size:12pt;margin:5px 0">{{ title }}</div><div style="font-size:11pt">Nº {{ no }}</div></div><div style="text-align:center;font-weight:bold;color:{{ color }};margin-top:3px">S.I.I. - TEMUCO</div></td></tr></table>
<table class="g" style="margin-top:10px">
<tr><td class="l">Señor(es):</td><td colspan="3">{{ bname }}</td></tr>
<tr><td class="l">R.U.T.:</td><td>{{ brut }}</td><td class="l">Fecha Emisión:</td><td>{{ d }}</td></tr>
<tr><td class="l">Giro:</td><td>{{ bgiro }}</td><td class="l">{{ due_l }}</td><td>{{ due }}</td></tr>
<tr><td class="l">Dirección:</td><td>{{ baddr }}</td><td class="l">Comuna:</td><td>{{ bcity }}</td></tr>
<tr><td class="l">Condición de venta:</td><td>{{ cond }}</td><td class="l">{{ ref_l }}</td><td>{{ ref }}</td></tr></table>
{% if orig %}<table class="g" style="margin-top:6px"><tr><td class="l">Referencia:</td><td>Factura Electrónica Nº {{ orig }} de fecha {{ origd }} · Código 3: corrige montos · Razón: {{ reason }}</td></tr></table>{% endif %}
<table class="it"><tr><th>Código</th><th>Descripción</th><th>Cantidad</th><th>Unidad</th><th>Precio Unit.</th><th>% Dcto.</th><th>Valor</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">0</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for _ in pad %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:60%;vertical-align:top"><div style="width:82mm;text-align:center">{{ bars|safe }}<div style="font-size:7pt">Timbre Electrónico SII<br>Res. 80 de 2014 - Verifique documento: www.sii.cl</div></div></td>
<td style="vertical-align:top"><table class="g tt"><tr><td class="l">MONTO NETO</td><td class="r">{{ net }}</td></tr><tr><td class="l">I.V.A. 19%</td><td class="r">{{ tax }}</td></tr><tr><td class="l">IMPUESTO ADICIONAL</td><td class="r">$ 0</td></tr>
<tr><td class="l" style="font-size:10pt">TOTAL</td><td class="r" style="font-size:10pt;font-weight:bold">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:7pt;color:#444">{{ foot }}</div>
{% if acuse %}<table class="g" style="margin-top:8px;font-size:7pt"><tr><td>Nombre: ____________________ R.U.T.: ____________ Fecha: ________ Recinto: ________ Firma: ____________<br>El acuse de recibo que se declara en este acto, de acuerdo a lo dispuesto en la letra b) del Art. 4°, y la letra c) del Art. 5° de la Ley 19.983, acredita que la entrega de mercaderías o servicio(s) prestado(s) ha(n) sido recibido(s).</td></tr></table>
<div style="text-align:right;font-size:8pt;font-weight:bold">CEDIBLE</div>{% endif %}
</body></html>"""


@style("01", "cl_tco_temuco_factura_electronica_iva_19_ruled_nota_credito")
def s01(rng, i):
    vname, giro, vaddr, color = TC_V[i]
    bname, bgiro, baddr, bcity = TC_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, TC_ROWS[i], [3, 4, 2, 4][i], D("10"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    vid = cl_rut(rng)
    brut = cl_rut(rng, 76000000, 96999999)
    no = str([rng.randint(1000, 9999), rng.randint(20000, 89999), rng.randint(100, 999), rng.randint(100000, 399999)][i])
    fd = [lambda x: long_date(x, "es"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 0, rng.choice([45, 60])][i]) if i in (0, 3) else None  # the first says 'Crédito 30 días'
    po = [f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4599999999)}", None, None][i]
    gd = str(rng.randint(1000, 99999))
    orig = str(rng.randint(100, 999)) if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(5, 30)))
    title = "NOTA DE CRÉDITO ELECTRÓNICA" if credit else "FACTURA ELECTRÓNICA"
    cond = ["Crédito 30 días", "Contado", "Según factura de referencia", "Crédito"][i]
    ref_l, ref = ("Orden de Compra:", po) if po else ("Guía de Despacho:", gd)
    ctx = dict(
        color=color, vname=vname, giro=giro, vaddr=vaddr, tel=digits(rng, 6), mail=vname.split()[1].lower().replace("í", "i").replace("ñ", "n").replace("ú", "u"),
        vid=vid, title=title, no=no, bname=bname, brut=brut, d=fd(d), bgiro=bgiro, due_l="Fecha Vencimiento:" if due else "Forma de pago:", due=fd(due) if due else ("Contado" if not credit else "—"),
        baddr=baddr, bcity=bcity, cond=cond, ref_l=ref_l, ref=ref, orig=orig, origd=origd, reason="devolución parcial de mercadería",
        items=[{"c": f"{rng.randint(100, 999)}-{rng.randint(10, 99)}", "d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": clp(x["price"]), "a": clp(x["amount"])} for x in items],
        pad=range(max(0, 6 - len(items))), bars=bars_svg(rng, 80, 14, 220), net=clp(net), tax=clp(tax), total=clp(total),
        foot=(f"Guía de Despacho Nº {gd} · " if po else "") + ("Pagar mediante transferencia a Banco de Chile, cta. cte. " + digits(rng, 10, True) + ". " if due else "") + "Documento tributario electrónico emitido por Facturador SII.",
        acuse=not credit,
    )
    notes = (
        "Temuco (Chile) " + ("NOTA DE CRÉDITO ELECTRÓNICA (a credit note; its amounts are printed positive as Chilean credit notes print them, and it refers to an earlier factura: that number and date are decoys)" if credit else "FACTURA ELECTRÓNICA")
        + " in Spanish on a FULLY RULED page, the labels BESIDE their values in ruled cells, IVA 19 %, whole pesos '$ 1.234.567': "
        "vendor = the name at the top left; vendor_tax_id = 'R.U.T.:' in the red box at the top right (the buyer's 'R.U.T.:' under 'Señor(es):' is a decoy, and so are the guía de despacho and the bank account). "
        "invoice_number = 'Nº' in the red box; invoice_date = 'Fecha Emisión:'. "
        + due_note(due, "Contado" if not credit else None, "Fecha Vencimiento:")
        + po_note(po, "Orden de Compra:")
        + "subtotal = 'MONTO NETO'; tax = 'I.V.A. 19%' ('IMPUESTO ADICIONAL $ 0' is not the tax); total = 'TOTAL'. Currency CLP ('$'). Line items: every row, net."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "CLP", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), f"Nº {no}", vname, vid, "MONTO NETO", fd(due) if due else None, brut, orig, title]}
    return t, chk, (TC_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Paysandú (IVA 22/10, UYU or USD), unruled, totals left
PY_V = [
    ("Molino Litoral Paysandú S.A.", "Av. Salto 1850, Paysandú", "#92400e"),
    ("Cervecería del Río Uruguay S.R.L.", "Ruta 3 km 372, Paysandú", "#7c2d12"),
    ("Taller Naval Puerto Paysandú Ltda.", "Rambla Costanera s/n, Puerto de Paysandú", "#0f766e"),
    ("Librería y Papelería Artigas S.A.", "18 de Julio 1022, Paysandú", "#4338ca"),
]
PY_B = ["Panificadora Termas de Guaviyú S.A.", "Distribuidora Salto Grande Ltda.", "Transporte Fluvial del Litoral S.A.", "Intendencia Departamental de Paysandú"]
PY_ROWS = [
    [("Harina de trigo 000, bolsa 50 kg", "bls", 10, 200, 890, 1450, 10), ("Harina integral, bolsa 25 kg", "bls", 5, 80, 620, 980, 10), ("Afrechillo, bolsa 40 kg", "bls", 5, 100, 310, 520, 22), ("Flete a destino", "serv", 1, 1, 1800, 5200, 22)],
    [("Cerveza rubia 1 l, cajón 12 u.", "caj", 5, 120, 980, 1650, 22), ("Cerveza artesanal IPA 473 ml, caja 24", "caj", 2, 60, 1900, 3100, 22), ("Agua mineral 2 l, pack 6", "pck", 5, 80, 180, 290, 22), ("Barril 50 l, depósito", "u", 1, 10, 2500, 4000, 22)],
    [("Reparación de casco, soldadura naval", "h", 4, 60, 38, 65, 22), ("Pintura antiincrustante, galón", "gal", 2, 30, 85, 140, 22), ("Varada en grada, por día", "día", 1, 10, 180, 420, 22), ("Ánodos de zinc", "u", 4, 40, 18, 45, 22)],
    [("Cuaderno universitario 100 hojas", "u", 50, 800, 65, 120, 10), ("Libro de texto Matemática 1º", "u", 10, 200, 690, 1290, 10), ("Resma A4 75 g", "u", 10, 200, 210, 330, 22), ("Tóner impresora láser", "u", 1, 20, 2900, 5400, 22)],
]
PY_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.3pt;text-align:left;padding:4px 5px;color:{{ color }};font-weight:bold} table.it td{padding:3px 5px;font-size:8.3pt}
.r{text-align:right;white-space:nowrap} .lab{color:#6b7280;font-size:7.2pt} .tot td{padding:2px 8px 2px 0;font-size:8.6pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}, Uruguay</div><div>Tel. 4722 {{ tel }}</div></td>
<td style="width:74mm;vertical-align:top;border-left:3px solid {{ color }};padding-left:8px"><div class="lab">RUT Emisor</div><div style="font-weight:bold;font-size:10pt">{{ vid }}</div>
<div class="lab" style="margin-top:4px">Tipo de CFE</div><div style="font-weight:bold;font-size:12pt">e-Factura</div>
<div class="lab" style="margin-top:4px">Serie / Número</div><div style="font-weight:bold">{{ serie }} {{ nro }}</div></td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.4pt"><tr><td style="width:55%;vertical-align:top"><div class="lab">RUT Receptor</div><b>{{ brut }}</b><div class="lab" style="margin-top:3px">Razón social</div>{{ bname }}<br>Paysandú, Uruguay</td>
<td style="vertical-align:top"><div class="lab">Fecha de comprobante</div><b>{{ d }}</b>{% if due %}<div class="lab" style="margin-top:3px">Vencimiento</div><b>{{ due }}</b>{% endif %}
<div class="lab" style="margin-top:3px">Forma de pago</div>{{ pay }}<div class="lab" style="margin-top:3px">Moneda</div>{{ cur }}{% if tc %} · Tipo de cambio {{ tc }}{% endif %}{% if po %}<div class="lab" style="margin-top:3px">Orden de compra</div>{{ po }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Código</th><th>Descripción</th><th class="r">Cantidad</th><th>Unidad</th><th class="r">Precio unitario</th><th class="r">IVA</th><th class="r">Importe</th></tr>
{% for it in items %}<tr{% if loop.index is even %} style="background:#f8fafc"{% endif %}><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:16px"><tr><td style="width:55%;vertical-align:top"><table class="tot">
{% for r in rates %}<tr><td class="lab">Neto IVA tasa {{ r.n }} ({{ r.r }}%)</td><td class="r">{{ r.b }}</td></tr>{% endfor %}
<tr><td>Subtotal sin IVA</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td class="lab">IVA tasa {{ r.n }} {{ r.r }}%</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td>Total IVA</td><td class="r">{{ tax }}</td></tr>
<tr><td style="font-weight:bold;font-size:11pt;border-top:2px solid {{ color }};padding-top:4px">TOTAL A PAGAR {{ sym }}</td><td class="r" style="font-weight:bold;font-size:11pt;border-top:2px solid {{ color }};padding-top:4px">{{ total }}</td></tr>
{% if conv %}<tr><td class="lab">Equivalente en {{ conv_cur }} (T.C. {{ tc }})</td><td class="r lab">{{ conv }}</td></tr>{% endif %}</table></td>
<td style="vertical-align:top;text-align:center;font-size:7pt;color:#444">{{ qr|safe }}<br>Código de seguridad: {{ sec }}<br>CAE Nº {{ cae }}, serie {{ serie }}, del {{ cae_from }} al {{ cae_to }}<br>Fecha de vencimiento CAE: {{ cae_v }}<br>Puede verificar comprobante en www.dgi.gub.uy</td></tr></table>
<div style="margin-top:14px;font-size:7.4pt;color:#555">{{ foot }}</div>
</body></html>"""


@style("02", "uy_pay_paysandu_efactura_iva_22_10_unruled_totals_left_usd")
def s02(rng, i):
    vname, vaddr, color = PY_V[i]
    d = rand_date(rng)
    usd = i in (1, 2)
    items = lines(rng, PY_ROWS[i], [3, 3, 4, 4][i], D("0.01") if i == 2 else D("1"))
    for x in items:
        x["rate"] = x["extra"]
    if i in (0, 3):  # a bonificación on one row, its own row at the same rate
        base = items[0]
        pct = rng.choice([5, 8, 10])
        items.append({"desc": f"Bonificación {pct}% s/ {base['desc'].split(',')[0]}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "rate": base["rate"], "show_qty": False})
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    body = ["21", "21", "22", "21"][i] + digits(rng, 6) + "001"
    vid = body + uyrut.calc_check_digit(body)
    bbody = "21" + digits(rng, 6) + "001"
    brut = bbody + uyrut.calc_check_digit(bbody)
    serie = rng.choice(["A", "A", "B"])
    nro = f"{rng.randint(1000, 999999):07d}"
    no = f"{serie} {nro}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1, 3) else None
    po = [None, f"OC {rng.randint(1000, 9999)}", None, f"Compra directa {rng.randint(100, 999)}/{d.year}"][i]
    po_v = po.split()[-1] if po else None
    tc = D(rng.choice(["39.512", "40.118", "41.735", "38.964"]))
    cur = "USD (dólares estadounidenses)" if usd else "UYU (pesos uruguayos)"
    sym = "U$S" if usd else "$"
    conv = de(q2(total * tc)) if usd else (de(q2(total / tc)) if i == 0 else None)
    conv_cur = "pesos uruguayos $" if usd else "dólares U$S"
    names = {22: "básica", 10: "mínima"}
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 4), vid=vid, serie=serie, nro=nro, brut=brut, bname=PY_B[i], d=fd(d), due=fd(due) if due else None,
        pay="Crédito" if due else "Contado", cur=cur, tc=de(tc, 3) if (usd or conv) else None, po=po,
        items=[{"c": f"{rng.randint(1000, 9999)}" if x["qty"] is not None else "", "d": x["desc"], "q": qstr(x["qty"]).replace(".", ",") if x["qty"] is not None else "", "u": x["unit"],
                "p": de(x["price"]) if x["price"] is not None else "", "r": f"{x['rate']}%", "a": de(x["amount"])} for x in items],
        rates=[{"n": names[r], "r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total), sym=sym, conv=conv, conv_cur=conv_cur,
        qr=qr_svg(rng, 24), sec="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(6)),
        cae=f"90{digits(rng, 9)}", cae_from=1, cae_to=rng.choice([5000, 10000, 20000]), cae_v=fd(d + dt.timedelta(days=rng.randint(200, 600))),
        foot=("Pagar por transferencia a BROU, cuenta " + digits(rng, 9, True) + "-" + digits(rng, 5) + ". " if due else "Cobrado al contado. ") + "IVA al día. Comprobante fiscal electrónico emitido según Res. DGI 798/2012.",
    )
    notes = (
        "Paysandú (Uruguay) e-Factura in Spanish with a table WITHOUT RULES (a faint zebra), the TOTALS at the LEFT under it and the QR and CAE at the right, IVA "
        + " and ".join(f"{r} %" for r, _, _ in rates) + (" with a BONIFICACIÓN row (negative, no quantity)" if i in (0, 3) else "") + ", '1.234,56', "
        + ("priced in US dollars (U$S) with the peso equivalent at the exchange rate below the total (a decoy)" if usd else "in pesos" + (" with the dollar equivalent below the total (a decoy)" if conv else ""))
        + ": vendor = the name at the top; vendor_tax_id = 'RUT Emisor' (12 digits; the 'RUT Receptor', the CAE number and range, the security code and the bank account are decoys). "
        f"invoice_number = 'Serie / Número' as '{no}'; invoice_date = 'Fecha de comprobante'. "
        + due_note(due, "Contado", "Vencimiento")
        + po_note(po_v, "Orden de compra")
        + f"subtotal = 'Subtotal sin IVA' (the 'Neto IVA tasa …' rows are its parts); tax = 'Total IVA'; total = 'TOTAL A PAGAR {sym}'. Currency {'USD' if usd else 'UYU'}. Line items: every row"
        + (" including the bonificación row (no quantity)" if i in (0, 3) else "") + ", without IVA."
    )
    t = truth(vname, vid, no, po_v, d, due, "USD" if usd else "UYU", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL A PAGAR", fd(due) if due else None, brut, conv]}
    return t, chk, (PY_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.4pt")), ctx)


# =========================================================================== 03 Rehovot (מע"מ 18, ILS), Hebrew RTL, left sidebar
HZ_V = [
    ('מדע ירוק ציוד מעבדה בע"מ', "פארק המדע 6, רחובות", "#1d4ed8"),
    ('הדר אירועים והסעדה בע"מ', "רחוב בילו 35, רחובות", "#0e7490"),
    ('אופטיקה יעקב רחובות בע"מ', "רחוב יעקב 18, רחובות", "#7c2d12"),
    ('פרדסי השפלה אריזה ושיווק בע"מ', "אזור התעשייה הצפוני, רחובות", "#065f46"),
]
HZ_B = ['מכון למחקר חקלאי – מחלקת רכש', 'מלון הנסיך בע"מ', 'רשת מרפאות העין "ראייה טובה"', 'שיווק פירות הדר לאירופה בע"מ']
HZ_ROWS = [
    [("פיפטות חד פעמיות 10 מ\"ל, אריזה של 500", "אריזה", 2, 60, 190, 420), ("כפפות ניטריל, קרטון 1000", "קרטון", 2, 40, 240, 390), ("צנטריפוגה שולחנית, כיול שנתי", "יח'", 1, 4, 850, 1900), ("מבחנות זכוכית, מגש 100", "מגש", 5, 80, 95, 180)],
    [("אירוע חברה – מנה עיקרית לסועד", "סועד", 20, 300, 95, 180), ("בר משקאות קלים", "סועד", 20, 300, 25, 45), ("השכרת אוהל וריהוט", "יח'", 1, 1, 3500, 9000), ("צוות מלצרים, שעה", "שעה", 10, 80, 65, 95)],
    [("מסגרת משקפיים אופטית", "יח'", 2, 40, 290, 890), ("עדשות מולטיפוקל", "זוג", 1, 20, 780, 1900), ("מכשיר בדיקת ראייה, כיול", "יח'", 1, 3, 900, 2600), ("עדשות מגע חודשיות, אריזה", "אריזה", 5, 100, 95, 180)],
    [("תפוזים שמוטי, ארגז 15 ק\"ג", "ארגז", 20, 600, 38, 75), ("אשכוליות אדומות, ארגז 15 ק\"ג", "ארגז", 20, 400, 42, 80), ("הובלה בקירור לנמל אשדוד", "הובלה", 1, 6, 1200, 2800), ("משטחים ועטיפה", "משטח", 2, 30, 45, 90)],
]
HZ_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:62mm;background:#f1f5f9;border-right:4px solid {{ color }};padding:12mm 6mm;box-sizing:border-box;font-size:8.4pt}
.side .l{color:#64748b;font-size:7.2pt;margin-top:9px} .side .v{font-weight:bold;font-size:9.4pt} .main{margin-left:66mm;padding:12mm 12mm 0 0}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:{{ color }};color:#fff;font-size:7.6pt;padding:4px;text-align:right} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.4pt}
.n{text-align:left;white-space:nowrap;direction:ltr}
</style></head><body>
<div class="side"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ title }}</div><div style="font-size:8pt;color:#64748b">{{ stamp }}</div>
<div class="l">מספר חשבונית</div><div class="v">{{ no }}</div>
<div class="l">תאריך</div><div class="v">{{ d }}</div>
<div class="l">תאריך אספקה</div><div class="v">{{ ds }}</div>
{% if due %}<div class="l">לתשלום עד</div><div class="v">{{ due }}</div>{% endif %}
{% if po %}<div class="l">הזמנת רכש</div><div class="v">{{ po }}</div>{% endif %}
{% if alloc %}<div class="l">מספר הקצאה</div><div class="v">{{ alloc }}</div>{% endif %}
<div class="l">סה"כ לתשלום</div><div class="v" style="font-size:13pt;color:{{ color }}">₪ {{ total }}</div>
<div class="l">פרטי בנק</div><div>{{ bank }}</div><div class="n" style="font-size:6.8pt;text-align:right">IBAN {{ ibanv }}</div>
<div class="l">תנאי תשלום</div><div>{{ terms }}</div></div>
<div class="main"><div style="font-size:16pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div><div>ח.פ. {{ vid }} · טל' 08-{{ tel }}</div>
<div style="margin-top:14px;border:1px solid #e5e7eb;padding:6px"><div style="color:#64748b;font-size:7.2pt">לכבוד</div><b>{{ bname }}</b><br>ח.פ. {{ bhp }}<br>{{ bcity }}</div>
<table class="it"><tr><th>#</th><th>תיאור</th><th>כמות</th><th>יחידה</th><th>מחיר ליחידה</th><th>סה"כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="n">{{ it.q }}</td><td>{{ it.u }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-right:auto;margin-top:12px;font-size:9pt">
{% if disc %}<tr><td style="padding:2px 10px">סה"כ שורות</td><td class="n">{{ gross }}</td></tr><tr><td style="padding:2px 10px">הנחה {{ pct }}%</td><td class="n">-{{ disc }}</td></tr>{% endif %}
<tr><td style="padding:2px 10px">סה"כ לפני מע"מ</td><td class="n">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">מע"מ 18%</td><td class="n">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">סה"כ לתשלום</td><td class="n" style="border-top:2px solid {{ color }}">₪ {{ total }}</td></tr></table>
<div style="margin-top:16px;font-size:7.6pt;color:#555">{{ foot }}</div>
<div style="position:absolute;bottom:10mm;font-size:7pt;color:#777">מסמך ממוחשב · הופק באמצעות חשבונית ירוקה · עמוד 1 מתוך 1</div></div>
</body></html>"""


@style("03", "il_rhv_rehovot_heshbonit_mas_maam_18_sidebar_left_rtl")
def s03(rng, i):
    vname, vaddr, color = HZ_V[i]
    d = rand_date(rng)
    items = lines(rng, HZ_ROWS[i], [3, 4, 2, 3][i], D("0.10"))
    gross = sum(x["amount"] for x in items)
    pct = rng.choice([5, 7, 10]) if i == 1 else None
    disc = q2(gross * pct / 100) if pct else D(0)
    net = gross - disc
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bhp = valid(rng, lambda: "52" + digits(rng, 7), hp.is_valid)
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y"), lambda x: x.strftime("%d/%m/%y")][i]
    cash = i == 2
    term = rng.choice([30, 45, 60])
    eom = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    due = None if cash else eom + dt.timedelta(days=term)  # 'שוטף + N': the end of the month, then N days
    po = [f"{rng.randint(4500000000, 4599999999)}", None, None, f"PO-{rng.randint(1000, 9999)}"][i]
    floor = 20000 if d < dt.date(2026, 1, 1) else (10000 if d < dt.date(2026, 6, 1) else 5000)  # the allocation number's threshold before VAT
    alloc = digits(rng, 9, True) if net >= floor else None
    title = "חשבונית מס קבלה" if cash else "חשבונית מס"
    ctx = dict(
        color=color, title=title, stamp="מקור", no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 6))), due=fd(due) if due else None, po=po, alloc=alloc, total=en(total),
        bank=rng.choice(["בנק לאומי, סניף 922", "בנק הפועלים, סניף 654", "בנק דיסקונט, סניף 079"]), ibanv=group4(rand_iban(rng, "IL", 19, "010")),
        terms="שולם במזומן / כרטיס אשראי" if cash else f"שוטף + {term}", vname=vname, vaddr=vaddr, vid=vid, tel=f"{digits(rng, 3)}-{digits(rng, 4)}",
        bname=HZ_B[i], bhp=bhp, bcity=["רחובות", "רחובות", "נס ציונה", "יבנה"][i], items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        disc=en(disc) if pct else None, pct=pct, gross=en(gross), net=en(net), tax=en(tax),
        foot=("התקבל בתשלום מלא – תודה! " if cash else "נא לציין את מספר החשבונית בהעברה. ") + "עוסק מורשה, רשום במע\"מ. אין לנכות מס במקור ללא אישור.",
    )
    notes = (
        f"Rehovot (Israel) {title} in Hebrew RIGHT TO LEFT with the invoice facts in a LEFT SIDEBAR (number, date, supply date, due date, PO, the allocation number when the net reaches the threshold of its date, the amount due, bank), מע\"מ 18 %, '₪ 1,234.56'"
        + (f", a discount (הנחה {pct}%) below the line sum" if pct else "")
        + ": vendor = the name at the top of the main column; vendor_tax_id = 'ח.פ.' under it (9 digits; the customer's ח.פ. under 'לכבוד', "
        + ("the allocation number ('מספר הקצאה'), " if alloc else "")
        + "the IBAN and branch are decoys). "
        "invoice_number = 'מספר חשבונית'; invoice_date = 'תאריך' (the 'תאריך אספקה' is a decoy). "
        + due_note(due, "שולם במזומן", "לתשלום עד")
        + po_note(po, "הזמנת רכש")
        + "subtotal = 'סה\"כ לפני מע\"מ'" + (" (after the discount; the line sum 'סה\"כ שורות' and the discount are above it)" if pct else "")
        + "; tax = 'מע\"מ 18%'; total = 'סה\"כ לתשלום'. Currency ILS ('₪'). Line items: every row, before VAT."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, 'סה"כ לתשלום', fd(due) if due else None, bhp, alloc], "line_adjustment": str(-disc)}
    return t, chk, (HZ_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
