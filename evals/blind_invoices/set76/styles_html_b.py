"""Chromium (HTML) styles for set 76, second part (04 Copiapó FACTURA DE COMPRA ELECTRÓNICA in Spanish, a SELF-BILLING
invoice the buyer issues for what it buys from small growers and suppliers, labels beside values with colons, rules
between rows only, IVA 19 % retained in full below the total, whole pesos; 05 Tarapoto 80 mm TILL RECEIPT in Spanish,
a boleta or factura electrónica exonerated from IGV under the Amazon law, the total in words, cash and change)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import cl_rut, cl_rut_person, long_date, money_words, pe_ruc
from invoice_kit import css, de, digits, en, qstr, rand_date, style_registry
from kit_common import bars_svg, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")

# =========================================================================== 04 Copiapó factura de compra (self-billing, IVA 19 %, CLP)
CO_BUY = [
    ("Exportadora Valle de Copayapu S.A.", "Exportación de fruta fresca", "Panamericana Norte km 812, Copiapó", "#b91c1c"),
    ("Comercializadora de Metales Atacama SpA", "Compraventa de chatarra y metales", "Av. Circunvalación 1480, Copiapó", "#1e3a8a"),
    ("Aceitera Huasco Alto Ltda.", "Elaboración de aceite de oliva", "Los Carrera 2360, Copiapó", "#166534"),
    ("Quesos y Lácteos Tierra Amarilla SpA", "Elaboración de quesos", "Ruta C-35 km 14, Tierra Amarilla", "#92400e"),
]
CO_SELL = [("Juan Segundo Araya Cortés", "Agricultor, parcela 14, Valle de Copiapó"), ("Luis Alberto Rojas Pizarro", "Recolector de metales, Paipote"),
           ("María Eliana Tapia Zuleta", "Olivicultora, Alto del Carmen"), ("Héctor Ramón Flores Guerrero", "Crianceros de cabras, Los Loros")]
CO_ROWS = [
    [("Uva de mesa Red Globe, a granel", "kg", 800, 6000, 480, 820), ("Uva de mesa Thompson Seedless, a granel", "kg", 500, 4000, 620, 990), ("Uva de descarte para jugo", "kg", 200, 2500, 90, 180)],
    [("Chatarra de cobre limpia", "kg", 40, 600, 4800, 7200), ("Chatarra de fierro mixta", "kg", 500, 8000, 95, 170), ("Aluminio en perfil", "kg", 30, 400, 900, 1500), ("Baterías de plomo usadas", "kg", 50, 900, 380, 620)],
    [("Aceituna Sevillana, cosecha a mano", "kg", 300, 3000, 850, 1350), ("Aceituna Arbequina para aceite", "kg", 500, 5000, 520, 790), ("Flete de la parcela a la planta", "viaje", 1, 4, 35000, 60000)],
    [("Leche de cabra cruda", "litro", 200, 1800, 650, 980), ("Queso de cabra fresco artesanal", "kg", 10, 90, 6800, 9500), ("Cabritos en pie", "unidad", 2, 12, 42000, 65000)],
]
CO_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
table.kv td{padding:1.5px 4px;font-size:8.4pt} table.kv td.l{width:36mm;font-weight:bold;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-top:1.5px solid #333;border-bottom:1.5px solid #333;font-size:7.8pt;padding:3px 4px;text-align:left}
table.it td{border-bottom:1px solid #ccc;padding:3px 4px;font-size:8.4pt} .lab{font-size:7pt;color:#555;text-transform:none}
table.tt td{padding:2px 6px;font-size:8.6pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ bname }}</div>
<div style="font-size:8.2pt">Giro: {{ bgiro }}<br>{{ baddr }} · Región de Atacama<br>Casa matriz · Fono 52 2{{ tel }}</div></td>
<td style="width:68mm;vertical-align:top"><div style="border:3px solid {{ color }};color:{{ color }};text-align:center;padding:8px 4px;font-weight:bold;font-size:11pt;line-height:1.5">R.U.T.: {{ brut }}<br>FACTURA DE COMPRA<br>ELECTRÓNICA<br>N° {{ no }}</div>
<div style="text-align:center;color:{{ color }};font-weight:bold;font-size:8.6pt;margin-top:3px">S.I.I. – COPIAPÓ</div></td></tr></table>
<div style="margin-top:10px;font-size:8.4pt">Copiapó, {{ dl }}</div>
<div style="margin-top:6px;font-size:8pt;color:#555">Documento emitido por el comprador en conformidad con la Res. Ex. SII sobre facturas de compra: el vendedor no emite factura y el IVA se retiene en su totalidad (cambio de sujeto).</div>
<table class="kv" style="margin-top:8px;width:100%;border-top:1px solid #999;border-bottom:1px solid #999">
<tr><td class="l">VENDEDOR:</td><td>{{ sname }}</td><td class="l">R.U.T. VENDEDOR:</td><td>{{ srut }}</td></tr>
<tr><td class="l">GIRO:</td><td>{{ sgiro }}</td><td class="l">FECHA EMISIÓN:</td><td>{{ dd }}</td></tr>
<tr><td class="l">COMUNA:</td><td>{{ scomuna }}</td><td class="l">{% if due %}FECHA VENCIMIENTO:{% else %}CONDICIÓN DE PAGO:{% endif %}</td><td>{% if due %}{{ due }}{% else %}Contado{% endif %}</td></tr>
<tr><td class="l">GUÍA DE RECEPCIÓN:</td><td>{{ guia }}</td><td class="l">{% if po %}CONTRATO N°:{% else %}TEMPORADA:{% endif %}</td><td>{% if po %}{{ po }}{% else %}{{ season }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Código</th><th>Descripción</th><th class="r">Cantidad</th><th>Unidad</th><th class="r">Precio unitario</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;width:55%">{{ pdf417|safe }}<div style="font-size:7pt;text-align:center;width:80mm">Timbre Electrónico SII<br>Res. {{ res }} de {{ resy }} – Verifique documento: www.sii.cl</div>
<div style="font-size:7.8pt;margin-top:8px">Pago por transferencia a la cuenta RUT del vendedor, {{ sbank }} N° {{ sacct }}.</div></td>
<td style="vertical-align:top"><table class="tt" style="width:100%;border:1px solid #333">
<tr><td>MONTO NETO $</td><td class="r">{{ net }}</td></tr><tr><td>I.V.A. 19% $</td><td class="r">{{ tax }}</td></tr><tr><td><b>TOTAL $</b></td><td class="r"><b>{{ total }}</b></td></tr>
<tr><td style="border-top:1px solid #999">IVA RETENIDO TOTAL (cód. 15) $</td><td class="r" style="border-top:1px solid #999">-{{ tax }}</td></tr><tr><td>LÍQUIDO A PAGAR AL VENDEDOR $</td><td class="r">{{ net }}</td></tr></table></td></tr></table>
</body></html>"""


@style("04", "cl_cop_copiapo_factura_de_compra_self_billing_iva_19_retenido_clp_labels_colon")
def s04(rng, i):
    bname, bgiro, baddr, color = CO_BUY[i]
    sname, sgiro = CO_SELL[i]
    d = rand_date(rng)
    items = lines(rng, CO_ROWS[i], 3, D("1"))
    for x in items:
        x["amount"] = x["qty"] * x["price"]
    net = sum(x["amount"] for x in items)
    tax = (net * D("0.19")).quantize(D("1"))
    total = net + tax
    brut, srut = cl_rut(rng), cl_rut_person(rng)
    no = str(rng.randint(120, 9800))
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 2) else None
    po = [None, None, f"C-{rng.randint(100, 999)}/{d.year}", None][i]
    g = lambda x: de(x, 0)  # noqa: E731
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    ctx = dict(
        color=color, bname=bname, bgiro=bgiro, baddr=baddr, tel=digits(rng, 6), brut=brut, no=no, dl=long_date(d, "es"), sname=sname, srut=srut, sgiro=sgiro.split(",")[0],
        scomuna=sgiro.split(", ")[-1], dd=fd(d), due=fd(due) if due else None, guia=str(rng.randint(1000, 99999)), po=po, season=f"{d.year}-{d.year + 1}" if d.month > 9 else f"{d.year - 1}-{d.year}",
        items=[{"c": f"{rng.randint(100, 999)}", "d": x["desc"], "q": g(x["qty"]), "u": x["unit"], "p": g(x["price"]), "a": g(x["amount"])} for x in items],
        pdf417=bars_svg(rng, 80, 16), res=rng.choice(["80", "99", "0"]), resy=rng.choice(["2014", "2018", "2020"]),
        sbank=rng.choice(["BancoEstado CuentaRUT", "BancoEstado Chequera Electrónica"]), sacct=srut.replace(".", "").split("-")[0],
        net=g(net), tax=g(tax), total=g(total),
    )
    notes = (
        "Copiapó (Atacama, Chile) FACTURA DE COMPRA ELECTRÓNICA in Spanish, a SELF-BILLING invoice: the BUYER issues it (its name and R.U.T. head the page and fill the SII box) for goods bought from a person who does not invoice; labels BESIDE values with colons; rules between rows only; whole pesos '1.234.567'. "
        "vendor = the seller, 'VENDEDOR:' (the issuing buyer's name in the letterhead is the customer); vendor_tax_id = 'R.U.T. VENDEDOR:' (valid check digit; the issuer's R.U.T. in the red box is the buyer's, a decoy). "
        "invoice_number = 'N°' in the box; invoice_date = 'FECHA EMISIÓN:' (the long date 'Copiapó, …' is the same day). " + ("due_date = 'FECHA VENCIMIENTO:'. " if due else "'Contado' is a term: no due date. ")
        + po_note(po, "CONTRATO N°:") + "subtotal = 'MONTO NETO $'; tax = 'I.V.A. 19% $'; total = 'TOTAL $' (the retained IVA deducted below it and the 'LÍQUIDO A PAGAR AL VENDEDOR' are decoys). Currency CLP. The guía de recepción, the season and the SII resolution are decoys."
    )
    t = truth(sname, srut, no, po, d, due, "CLP", net, tax, total, items, notes)
    chk = [ctx["dd"], no, sname, srut, brut, "TOTAL $", ctx["due"], "IVA RETENIDO"]
    return t, chk, (CO_HTML.replace("@@BASE@@", css(margin="12mm 13mm")), ctx)


# =========================================================================== 05 Tarapoto till receipt (IGV exonerated, PEN), words
TA_V = [
    ("RESTAURANT TURÍSTICO EL PATIO DE LA CECINA E.I.R.L.", "Jr. San Pablo de la Cruz 254 - Tarapoto", "El Patio de la Cecina"),
    ("FERRETERÍA HUALLAGA CENTRAL S.A.C.", "Jr. Alfonso Ugarte 612 - Tarapoto", "Ferretería Huallaga"),
    ("CHOCOLATES Y CACAO SAN MARTÍN S.A.C.", "Jr. Lima 390 - Tarapoto", "Cacao San Martín"),
    ("BOTICA VIRGEN DE LA PUERTA E.I.R.L.", "Av. Salaverry 1012 - Morales - Tarapoto", "Botica Virgen de la Puerta"),
]
TA_ROWS = [
    [("JUANE DE GALLINA", "UND", 1, 6, 16, 24), ("TACACHO CON CECINA", "UND", 1, 6, 24, 36), ("INCHICAPI", "UND", 1, 4, 12, 18), ("REFRESCO DE COCONA JARRA", "UND", 1, 3, 12, 18), ("CERVEZA SAN JUAN 620ML", "UND", 2, 12, 8, 11)],
    [("CEMENTO SOL TIPO I 42.5KG", "BOL", 5, 40, 29, 36), ("FIERRO CORRUGADO 1/2 PULG X 9M", "VAR", 5, 60, 38, 49), ("CALAMINA GALV. 0.22MM 3.60M", "PLA", 5, 40, 26, 38), ("CLAVOS 3 PULG KG", "KG", 2, 20, 6, 9), ("ALAMBRE NEGRO N.16 KG", "KG", 2, 15, 7, 10)],
    [("CHOCOLATE 70% CACAO 100G", "UND", 2, 24, 9, 14), ("NIBS DE CACAO 250G", "UND", 1, 10, 14, 22), ("LICOR DE CACAO 500ML", "UND", 1, 6, 28, 45), ("BOMBONES SURTIDOS CAJA X12", "CJA", 1, 6, 30, 48)],
    [("PARACETAMOL 500MG X 100 TAB", "CJA", 1, 4, 9, 16), ("REPELENTE OFF 200ML", "UND", 1, 6, 18, 26), ("SUERO ORAL 1L", "UND", 2, 12, 4, 7), ("AMOXICILINA 500MG X 21", "CJA", 1, 3, 14, 25)],
]
TA_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@page{size:80mm 300mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;color:#000;margin:0;line-height:1.3} .c{text-align:center} .r{text-align:right} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0}
</style></head><body>
<div class="c" style="font-size:9.6pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">RUC {{ vid }}</div><div class="c">{{ vaddr }}</div><div class="c">SAN MARTÍN - PERÚ</div>
<hr><div class="c" style="font-weight:bold">{{ kind }} ELECTRÓNICA</div><div class="c" style="font-weight:bold">{{ no }}</div><hr>
<table><tr><td>FECHA EMISIÓN:</td><td class="r">{{ dd }}</td></tr><tr><td>HORA:</td><td class="r">{{ hh }}</td></tr><tr><td>CAJA:</td><td class="r">{{ caja }}</td></tr><tr><td>CAJERO:</td><td class="r">{{ cajero }}</td></tr></table>
<div>{{ blabel }}: {{ bid }}</div><div>CLIENTE: {{ bname }}</div>{% if mesa %}<div>MESA: {{ mesa }} · MOZO: {{ mozo }}</div>{% endif %}<hr>
<table><tr><td>DESCRIPCIÓN</td><td class="r">IMPORTE</td></tr>
{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} {{ it.u }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>OP. GRAVADA</td><td class="r">S/ 0.00</td></tr><tr><td>OP. INAFECTA</td><td class="r">S/ 0.00</td></tr><tr><td>OP. EXONERADA</td><td class="r">S/ {{ total }}</td></tr>
<tr><td>IGV 18%</td><td class="r">S/ 0.00</td></tr><tr><td style="font-weight:bold;font-size:9pt">IMPORTE TOTAL</td><td class="r" style="font-weight:bold;font-size:9pt">S/ {{ total }}</td></tr></table>
<div style="margin-top:3px">SON: {{ words }}</div><hr>
<table><tr><td>{{ pay }}</td><td class="r">S/ {{ given }}</td></tr><tr><td>VUELTO</td><td class="r">S/ {{ change }}</td></tr></table><hr>
<div class="c">BIENES TRANSFERIDOS / SERVICIOS PRESTADOS EN LA AMAZONÍA REGIÓN SELVA PARA SER CONSUMIDOS EN LA MISMA</div>
<div class="c" style="margin:4px 0">{{ qr|safe }}</div><div class="c">Representación impresa de la {{ kind|lower }} electrónica. Consulte en www.sunat.gob.pe</div>
<div class="c">Resumen: {{ hashv }}</div><div class="c">Autorizado mediante R.I. N° 034-005-{{ ri }}/SUNAT</div><hr><div class="c">¡GRACIAS POR SU PREFERENCIA!</div>
</body></html>"""


@style("05", "pe_tar_tarapoto_till_receipt_80mm_boleta_factura_igv_exonerada_amazonia_words")
def s05(rng, i):
    vname, vaddr, trade = TA_V[i]
    d = rand_date(rng)
    items = lines(rng, TA_ROWS[i], [4, 4, 3, 3][i], D("0.1"))
    total = sum(x["amount"] for x in items)
    vid = pe_ruc(rng)
    factura = i in (1, 2)
    kind = "FACTURA" if factura else "BOLETA DE VENTA"
    no = (f"F00{rng.randint(1, 3)}" if factura else f"B00{rng.randint(1, 3)}") + f"-{rng.randint(1, 99999):08d}"
    bid = pe_ruc(rng, rng.choice(["10", "20"])) if factura else digits(rng, 8, True)
    bname = ["CLIENTES VARIOS", "CONSTRUCTORA RÍO MAYO S.A.C.", "HOTEL PUMARINRI AMAZON LODGE S.A.C.", "CLIENTES VARIOS"][i]
    cash = i != 2
    given = (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10 + (D(rng.choice([0, 50, 100])) if cash and total > 60 else 0) if cash else total
    words = money_words(total, "SOLES")
    f = en
    ctx = dict(
        trade=trade.upper(), vname=vname, vid=vid, vaddr=vaddr, kind=kind, no=no, dd=d.strftime("%d/%m/%Y"), hh=f"{rng.randint(9, 21):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
        caja=f"CAJA-0{rng.randint(1, 3)}", cajero=rng.choice(["RLOPEZ", "MPEZO", "JTUANAMA", "KSHAPIAMA"]), blabel="RUC" if factura else "DNI", bid=bid, bname=bname,
        mesa=str(rng.randint(1, 24)) if i == 0 else None, mozo=rng.choice(["CARLOS", "LUCIA", "JHON"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": f(x["price"]), "a": f(x["amount"])} for x in items],
        total=f(total), words=words, pay="EFECTIVO" if cash else "TRANSFERENCIA / YAPE", given=f(given), change=f(given - total), qr=qr_svg(rng, 26),
        hashv="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(28)) + "=", ri=digits(rng, 7),
    )
    notes = (
        "Tarapoto (San Martín, Peru) 80 mm TILL RECEIPT in Spanish, monospaced: a " + kind.lower() + " electrónica exonerated from IGV under the Amazon law (OP. EXONERADA, IGV 18% S/ 0.00), each article over two lines, the total in words ('SON: …'). "
        "vendor = the legal name under the trade name; vendor_tax_id = the seller's 'RUC' (valid; the customer's " + ("RUC" if factura else "DNI") + " is a decoy). invoice_number = the series-number under the document title; invoice_date = 'FECHA EMISIÓN:'. No due date. No PO. "
        "subtotal = 'OP. EXONERADA' (the untaxed sales, = the total); tax = 'IGV 18%' printed as 0.00; total = 'IMPORTE TOTAL'. The amount tendered and 'VUELTO' (change), the till and cashier, the R.I. number and the summary hash are decoys. Currency PEN ('S/')."
    )
    t = truth(vname, vid, no, None, d, None, "PEN", total, D("0.00"), total, items, notes)
    chk = [ctx["dd"], no, vname, vid, bid, words, "IMPORTE TOTAL", "VUELTO", ctx["change"]]
    return t, chk, (TA_HTML, ctx)
