"""Chromium (HTML) styles for set 61, first part (01 Tunja FACTURA ELECTRÓNICA DE VENTA with the facts as white
small-capital LABELS ABOVE their values in a coloured HEADER BAND, a fully ruled table with a position column and the
totals in a box at the right, IVA 19 % / 5 %, a dollar counter-value on two; 02 Legazpi pharmacy SALES INVOICE on an
80 mm TILL ROLL, prices including VAT 12 %, VAT-exempt medicines, a discount row on two; 03 Rimouski hotel FOLIO /
FACTURE with the stay in a LEFT SIDEBAR of labels beside their values, one row per night, TPS 5 % and TVQ 9,975 % and
a deposit deducted on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, ca_bn, co_nit, long_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Tunja (IVA 19 / 5, COP), band with labels above
TU_V = [
    ("Suministros Agropecuarios del Altiplano S.A.S.", "Carrera 11 # 18-42, Tunja, Boyacá", "#14532d", "4620"),
    ("Papelería y Tecnología Boyacá S.A.S.", "Calle 19 # 9-35, Centro, Tunja", "#1e3a8a", "4761"),
    ("Lácteos Tecnificados de Tunja Ltda.", "Km 3 vía Paipa, Tunja, Boyacá", "#7c2d12", "2829"),
    ("Ingeniería Eléctrica Hunza S.A.S.", "Avenida Norte # 45-120, Tunja", "#581c87", "4321"),
]
TU_B = [
    ("Cooperativa Lechera de Ventaquemada", "Ventaquemada, Boyacá"),
    ("Universidad Pedagógica y Tecnológica de Colombia", "Avenida Central del Norte 39-115, Tunja"),
    ("Hacienda San Isidro de Samacá S.A.S.", "Vereda Chorrera, Samacá, Boyacá"),
    ("Clínica Los Andes de Tunja S.A.", "Calle 36 # 6-40, Tunja"),
]
TU_ROWS = [
    [("Fertilizante 15-15-15, bulto 50 kg", "BLT", 5, 60, 118000, 176000, 5), ("Semilla de papa pastusa suprema, bulto", "BLT", 4, 40, 95000, 160000, 5), ("Fumigadora de espalda 20 L", "UND", 1, 8, 185000, 340000, 19), ("Alambre de púas calibre 12, rollo", "ROL", 2, 30, 162000, 248000, 19), ("Manguera de riego 1\", rollo 100 m", "ROL", 1, 10, 210000, 395000, 19)],
    [("Resma papel carta 75 g", "RES", 10, 200, 17500, 26500, 19), ("Tóner compatible HP 85A", "UND", 2, 30, 68000, 129000, 19), ("Portátil 14\" Core i5, 16 GB", "UND", 1, 6, 2650000, 3900000, 19), ("Silla ergonómica de oficina", "UND", 1, 12, 420000, 780000, 19), ("Archivador metálico 4 gavetas", "UND", 1, 5, 690000, 1150000, 19)],
    [("Tanque de enfriamiento de leche 1.000 L", "UND", 1, 2, 18500000, 26800000, 19), ("Ordeñadora mecánica doble", "UND", 1, 3, 4200000, 6900000, 19), ("Pezoneras de silicona, juego", "JGO", 2, 40, 85000, 148000, 19), ("Sal mineralizada 8 %, bulto 40 kg", "BLT", 5, 80, 72000, 98000, 5), ("Detergente alcalino para equipos, 20 L", "GLN", 1, 20, 165000, 290000, 19)],
    [("Revisión de subestación 112,5 kVA", "SER", 1, 2, 1450000, 2900000, 19), ("Cable encauchetado 3x12 AWG", "M", 20, 300, 9800, 16500, 19), ("Tablero de distribución trifásico 18 circuitos", "UND", 1, 4, 820000, 1460000, 19), ("Hora técnico electricista certificado", "HR", 4, 60, 45000, 78000, 19), ("Certificado RETIE de la instalación", "SER", 1, 1, 950000, 1800000, 19)],
]
TU_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:9px 12px}
.band .nm{font-family:'Liberation Serif',serif;font-size:15pt;font-weight:bold}
.band .sub{font-size:7.4pt;color:#e5e7eb;margin-top:3px}
.grid{display:grid;grid-template-columns:repeat(6,1fr);gap:6px 10px;margin-top:9px;border-top:1px solid rgba(255,255,255,.45);padding-top:7px}
.sc{font-variant:small-caps;font-size:7.4pt;letter-spacing:.4px;color:#dbeafe}
.gv{font-weight:bold;font-size:9.6pt}
.parties{display:flex;gap:10px;margin-top:10px} .box{flex:1;border:1px solid #cbd5e1;padding:6px 8px;font-size:8.2pt}
.box .sc{color:#475569}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th,table.it td{border:1px solid #94a3b8;padding:4px 5px;font-size:8pt}
table.it th{background:#f1f5f9;font-variant:small-caps;font-weight:bold}
.low{display:flex;justify-content:space-between;margin-top:10px;gap:12px}
.tot{border:2px solid {{ color }};width:92mm;border-collapse:collapse} .tot td{padding:4px 8px;font-size:8.6pt;white-space:nowrap} .tot .g td{background:{{ color }};color:#fff;font-weight:bold;font-size:10pt}
.foot{position:absolute;bottom:0;left:0;right:0;font-size:6.6pt;color:#475569;display:flex;gap:10px;align-items:flex-end}
</style></head><body>
<div class="band"><div style="display:flex;justify-content:space-between;align-items:flex-start"><div><div class="nm">{{ vname }}</div><div class="sub">NIT {{ vid }} · Responsable de IVA · Actividad CIIU {{ ciiu }}<br>{{ vaddr }} · Tel. (608) {{ tel }}</div></div>
<div style="font-size:11.5pt;font-weight:bold;text-align:right">FACTURA ELECTRÓNICA<br>DE VENTA</div></div>
<div class="grid">
<div><div class="sc">Número</div><div class="gv">{{ no }}</div></div>
<div><div class="sc">Fecha de expedición</div><div class="gv">{{ d }}</div></div>
<div><div class="sc">{{ due_l }}</div><div class="gv">{{ due_v }}</div></div>
<div><div class="sc">Forma de pago</div><div class="gv">{{ forma }}</div></div>
<div><div class="sc">Medio de pago</div><div class="gv">{{ medio }}</div></div>
<div><div class="sc">{{ po_l }}</div><div class="gv">{{ po_v }}</div></div>
</div></div>
<div class="parties">
<div class="box"><div class="sc">Adquiriente</div><b>{{ bname }}</b><br>NIT {{ bid }}<br>{{ baddr }}<br>Correo: facturacion@{{ bmail }}</div>
<div class="box"><div class="sc">Entrega</div>Remisión N.° {{ rem }} del {{ rem_d }}<br>Lugar de entrega: {{ place }}<br>Vendedor: {{ seller }}</div>
</div>
<table class="it"><tr><th>Pos.</th><th>Código</th><th>Descripción</th><th>U.M.</th><th class="r">Cant.</th><th class="r">Valor unitario</th><th class="r">IVA %</th><th class="r">Valor total</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index * 10 }}</td><td>{{ it.code }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<div class="low"><div style="font-size:7.8pt;max-width:95mm">
{% if usd %}<div style="border:1px dashed #94a3b8;padding:5px;margin-bottom:8px">Valor de referencia en dólares (informativo): <b>USD {{ usd }}</b><br>TRM del {{ d }}: $ {{ trm }}</div>{% endif %}
<div><b>Observaciones:</b> {{ obs }}</div>
<div style="margin-top:6px">Cuenta de ahorros {{ bank }} N.° {{ acct }} a nombre de {{ vname }}</div></div>
<table class="tot"><tr><td>Subtotal</td><td class="r">$ {{ net }}</td></tr>
{% for r in rates %}<tr><td>IVA {{ r.r }} % sobre $ {{ r.b }}</td><td class="r">$ {{ r.t }}</td></tr>{% endfor %}
<tr><td>Total IVA</td><td class="r">$ {{ tax }}</td></tr>
<tr class="g"><td>TOTAL A PAGAR</td><td class="r">$ {{ total }}</td></tr></table></div>
<div class="foot"><div>{{ qr|safe }}</div><div>CUFE: {{ cufe }}<br>Autorización de numeración de facturación DIAN N.° {{ res }} del {{ res_d }}, prefijo {{ pref }} del 1 al 50000, vigencia 24 meses.<br>
Factura generada por software propio · Representación gráfica de la factura electrónica · Página 1 de 1</div></div>
</body></html>"""


@style("01", "co_tun_tunja_factura_electronica_iva_19_5_band_labels_above_usd")
def s01(rng, i):
    vname, vaddr, color, ciiu = TU_V[i]
    bname, baddr = TU_B[i]
    d = rand_date(rng)
    items = lines(rng, TU_ROWS[i], [4, 5, 3, 4][i], D("100"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _r, _b, t in rates)
    total = net + tax
    vid, bid = co_nit(rng), co_nit(rng)
    pref = ["FETU", "PTB", "LTT", "FEH"][i]
    no = f"{pref}{rng.randint(1000, 49999)}" if i % 2 else f"{pref} {rng.randint(1000, 49999)}"
    fd = [lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y")][i]
    credit = i != 1
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if credit else None
    po = [f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4500999999)}", None, f"{d.year}-{rng.randint(100, 999)}"][i]
    usd = None
    trm = None
    if i in (0, 2):
        trm = D(rng.randint(380000, 430000)) / 100
        usd = q2(total / trm)
    rem_d = d - dt.timedelta(days=rng.randint(1, 6))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, ciiu=ciiu, tel=f"74{digits(rng, 5)}", no=no, d=fd(d),
        due_l="Fecha de vencimiento" if due else "Condición", due_v=fd(due) if due else "Pago inmediato",
        forma="Crédito" if credit else "Contado", medio=rng.choice(["Transferencia", "Consignación bancaria"]) if credit else "Efectivo",
        po_l="Orden de compra" if po else "Pedido interno", po_v=po or f"PI-{rng.randint(100, 999)}",
        bname=bname, bid=bid, baddr=baddr, bmail=["coolventaquemada.coop", "uptc.edu.co", "haciendasanisidro.co", "clinicalosandes.com.co"][i],
        rem=f"RM-{rng.randint(10000, 99999)}", rem_d=rem_d.strftime("%d/%m/%Y"), place=baddr.split(",")[-1].strip(), seller=rng.choice(["Camila Rojas", "Jhon Fredy Pérez", "Luz Marina Suárez"]),
        items=[{"code": f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "r": x["rate"], "a": de(x["amount"])} for x in items],
        usd=en(usd) if usd else None, trm=de(trm) if trm else None,
        obs=["Mercancía entregada en la bodega del cliente.", "Precios sujetos a disponibilidad.", "Garantía de 12 meses sobre equipos.", "Trabajos ejecutados según acta de recibo."][i],
        bank=rng.choice(["Bancolombia", "Banco de Bogotá", "Davivienda"]), acct=f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}",
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total),
        qr=qr_svg(rng, 22), cufe="".join(rng.choice("0123456789abcdef") for _ in range(96)), res=f"1876{digits(rng, 10)}",
        res_d=(d - dt.timedelta(days=rng.randint(90, 500))).strftime("%d/%m/%Y"), pref=pref,
    )
    notes = (
        "Tunja (Boyacá, Colombia) FACTURA ELECTRÓNICA DE VENTA in Spanish; the facts sit in the coloured HEADER BAND as white small-capital LABELS ABOVE their values, a fully ruled item table with a position column (10, 20, …), the totals in a box at the right under the table; IVA per rate, '$ 1.234.567,00': "
        "vendor = the name in the band; vendor_tax_id = the NIT under it with its check digit (the adquiriente's NIT, the DIAN numbering resolution, the CUFE, the remission number and the bank account are decoys). "
        "invoice_number = 'Número' (prefix and number as printed); invoice_date = 'Fecha de expedición' (the remission date is a decoy). "
        + due_note(due, "Pago inmediato" if not due else None, "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + ("" if po else "'Pedido interno' is the seller's own order number, not a PO. ")
        + "subtotal = 'Subtotal'; tax = 'Total IVA' (the per-rate rows are parts); total = 'TOTAL A PAGAR'. Currency COP. "
        + (f"The 'USD {en(usd)}' reference value and the TRM are counter-value decoys. " if usd else "")
        + "Line items: every row, without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "COP", net, tax, total, items, notes)
    chk = [fd(d), fd(due) if due else None, no, vid, bid, "TOTAL A PAGAR", ctx["rem"], ctx["usd"]]
    return t, chk, (TU_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Legazpi (VAT 12 incl., PHP), pharmacy till roll
LG_V = [
    ("MAYON BOTICA DRUG CORP.", "Rizal St. cor. Peñaranda St., Old Albay District, Legazpi City"),
    ("BICOL FAMILY PHARMACY INC.", "Landco Business Park, Capt. F. Aquino St., Legazpi City"),
    ("EMBARCADERO HEALTH MART CORP.", "Unit 12, Embarcadero de Legazpi, Legazpi City"),
    ("DARAGA GATE DRUGSTORE CO.", "Washington Drive, Brgy. Bitano, Legazpi City"),
]
LG_ROWS = [
    ("Paracetamol 500mg tab", "V", 10, 40, 2.5, 6), ("Amoxicillin 500mg cap", "V", 7, 30, 6, 14), ("Metformin 500mg tab", "E", 30, 90, 3, 7.5),
    ("Losartan 50mg tab", "E", 30, 90, 8, 18), ("Amlodipine 5mg tab", "E", 30, 60, 5, 12), ("Ascorbic Acid 500mg tab", "V", 10, 100, 2, 5),
    ("Cetirizine 10mg tab", "V", 10, 30, 4, 11), ("Oral Rehydration Salts sachet", "V", 2, 10, 12, 25), ("Alcohol 70% 500ml", "V", 1, 3, 65, 120),
    ("Face mask 3-ply box/50", "V", 1, 2, 90, 180), ("Insulin pen needles 32G box", "E", 1, 2, 480, 850), ("Atorvastatin 20mg tab", "E", 30, 60, 9, 22),
    ("Vitamin B-complex cap", "V", 10, 60, 5, 12), ("Mefenamic Acid 500mg cap", "V", 6, 24, 3, 8),
]
LG_HTML = """<html><head><meta charset="utf-8"><style>@page{size:80mm 300mm;margin:3mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0;width:72mm}
.c{text-align:center} .r{text-align:right} .b{font-weight:bold} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c b" style="font-size:9pt">{{ vname }}</div>
<div class="c">{{ vaddr }}</div>
<div class="c">VAT REG TIN: {{ vid }}</div>
<div class="c">MIN: {{ min }}  S/N: {{ sn }}</div>
<div class="c">Tel. (052) {{ tel }}</div>
<hr><div class="c b" style="font-size:9pt">SALES INVOICE</div>
<table><tr><td>SI No.</td><td class="r b">{{ no }}</td></tr><tr><td>Date</td><td class="r">{{ d }} {{ hm }}</td></tr>
<tr><td>Terminal</td><td class="r">POS{{ pos }}</td></tr><tr><td>Cashier</td><td class="r">{{ cashier }}</td></tr>
{% if rx %}<tr><td>Rx by</td><td class="r">{{ rx }}</td></tr>{% endif %}</table>
<hr>
<table>{% for it in items %}<tr><td colspan="3">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r" style="width:5mm">{{ it.f }}</td></tr>{% endfor %}
{% if disc %}<tr><td>{{ disc_l }}</td><td class="r">{{ disc }}</td><td class="r">V</td></tr>{% endif %}</table>
<hr>
<table><tr><td class="b" style="font-size:9pt">TOTAL AMOUNT DUE</td><td class="r b" style="font-size:9pt">&#8369;{{ total }}</td></tr>
<tr><td>{{ tender_l }}</td><td class="r">{{ tender }}</td></tr><tr><td>CHANGE</td><td class="r">{{ change }}</td></tr></table>
<hr>
<table><tr><td>VATable Sales</td><td class="r">{{ vatable }}</td></tr><tr><td>VAT-Exempt Sales</td><td class="r">{{ exempt }}</td></tr>
<tr><td>Zero-Rated Sales</td><td class="r">0.00</td></tr><tr><td>Net of VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT Amount (12%)</td><td class="r">{{ tax }}</td></tr></table>
<div>{{ count }} item(s)   V=VATable E=VAT-Exempt</div>
<hr>
<div>Sold to: {{ cust }}</div><div>TIN: {{ ctin }}</div><div>Address: {{ caddr }}</div>
{% if card %}<div>Suki Card No. {{ card }}  Points earned: {{ pts }}</div>{% endif %}
<hr>
<div class="c">{{ provider }}</div><div class="c">Accred. No. {{ accr }}</div><div class="c">PTU No. {{ ptu }}</div>
<div class="c">Date Issued: {{ ptu_d }}</div>
<div class="c b" style="margin-top:4px">THANK YOU! GET WELL SOON!</div>
<div class="c">Keep this invoice for returns within 7 days.</div>
</body></html>"""


@style("02", "ph_lgp_legazpi_pharmacy_sales_invoice_vat_12_till_80mm_discount")
def s02(rng, i):
    vname, vaddr = LG_V[i]
    d = rand_date(rng)
    items = lines(rng, LG_ROWS, [5, 7, 4, 6][i], D("0.25"))
    for x in items:
        x["flag"] = x["unit"]
    disc = None
    if i in (1, 3):
        base = sum(x["amount"] for x in items if x["flag"] == "V")
        disc = -q2(base * D("0.05"))
    gross_v = sum(x["amount"] for x in items if x["flag"] == "V") + (disc or 0)
    exempt = sum(x["amount"] for x in items if x["flag"] == "E")
    tax = q2(gross_v * 12 / 112)
    vatable = gross_v - tax
    net = vatable + exempt
    total = gross_v + exempt
    tin = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['00000', '00001', '00002'])}"
    no = f"{rng.randint(0, 99999999):08d}" if i != 2 else f"{rng.randint(1, 9)}-{rng.randint(0, 999999):06d}"
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%b %d, %Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    cash = i != 1
    tender = q2((total / 100).to_integral_value() * 100 + 100) if cash else total
    row_items = list(items)
    if disc:
        row_items.append({"desc": "Suki discount 5%", "qty": None, "amount": disc})
    cust = ["Walk-in", "Bicol Regional Training and Teaching Hospital", "Walk-in", "Albay Provincial Health Office"][i]
    ctx = dict(
        vname=vname, vaddr=vaddr, vid=tin, min=digits(rng, 14, True), sn=f"PH{digits(rng, 9)}", tel=f"480-{digits(rng, 4)}",
        no=no, d=fd(d), hm=f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", pos=rng.randint(1, 4), cashier=rng.choice(["JDELACRUZ", "MABARQUEZ", "RLLANDELAR", "KNAVARRO"]),
        rx=rng.choice([None, "Dr. A. Bonifacio, Lic. 0081234", "Dr. M. Cardenas, Lic. 0112457"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"]), "f": x["flag"]} for x in items],
        disc=en(disc) if disc else None, disc_l="Suki discount 5%", total=en(total), tender_l="CASH" if cash else "GCASH",
        tender=en(tender), change=en(tender - total), vatable=en(vatable), exempt=en(exempt), net=en(net), tax=en(tax), count=len(items),
        cust=cust, ctin=f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-00000" if cust != "Walk-in" else "", caddr="Legazpi City" if cust != "Walk-in" else "",
        card=digits(rng, 12, True) if i in (0, 3) else None, pts=rng.randint(1, 40),
        provider="POS Provider: Ibalong Retail Systems Inc.", accr=f"{digits(rng, 3)}_{digits(rng, 9)}_{digits(rng, 6)}_{digits(rng, 5)}",
        ptu=f"FP{d.month:02d}{d.year}-{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 5)}", ptu_d=(d - dt.timedelta(days=rng.randint(200, 900))).strftime("%m/%d/%Y"),
    )
    notes = (
        "Legazpi (Albay, Philippines) pharmacy SALES INVOICE on an 80 mm TILL ROLL, monospace, prices INCLUDING VAT 12 %, V / E flags (VAT-exempt maintenance medicines), '₱1,234.56' at the total only: "
        "vendor = the corporation name at the top; vendor_tax_id = 'VAT REG TIN' with its branch code (the MIN, S/N, the customer's TIN, the POS provider's accreditation and the PTU number are decoys). "
        "invoice_number = 'SI No.'; invoice_date = 'Date' (the PTU's 'Date Issued' is a decoy). No due date (paid at the counter: null). No PO. "
        "subtotal = 'Net of VAT' (VATable Sales + VAT-Exempt Sales); tax = 'VAT Amount (12%)'; total = 'TOTAL AMOUNT DUE' (the tender and CHANGE are decoys). Currency PHP. "
        "Line items: every product row, VAT-inclusive" + (", and the 'Suki discount 5%' row (negative, no quantity); they sum to the total." if disc else "; they sum to the total.")
    )
    t = truth(vname, tin, no, None, d, None, "PHP", net, tax, total, row_items, notes)
    chk = [fd(d), no, tin, "TOTAL AMOUNT DUE", "Net of VAT", ctx["ptu"], ctx["ctin"]]
    return t, chk, (LG_HTML, ctx)


# =========================================================================== 03 Rimouski (TPS 5 / TVQ 9,975, CAD), hotel folio with a left sidebar
RI_V = [
    ("Hôtel Le Navigateur inc.", "225, boulevard René-Lepage Est, Rimouski (Québec) G5L 1P2", "#0e7490"),
    ("Auberge du Pic Champlain inc.", "410, avenue de la Cathédrale, Rimouski (Québec) G5L 5J7", "#9f1239"),
    ("Le Riverain Hôtel & Congrès ltée", "50, rue Saint-Germain Ouest, Rimouski (Québec) G5L 4B5", "#3730a3"),
    ("Gîte et Motel Le Bic inc.", "3200, route 132 Ouest, Rimouski (Québec) G0L 1B0", "#4d7c0f"),
]
RI_GUESTS = ["Mme Geneviève Ouellet", "M. Mathieu Gagnon", "Dr Karine Bérubé", "M. Stéphane Pelletier"]
RI_COS = [None, "Institut maritime du Québec", "Ministère des Transports – Direction Bas-Saint-Laurent", "Hydro-Québec, unité Matane"]
RI_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:62mm;background:{{ color }};color:#fff;padding:10mm 5mm;box-sizing:border-box;font-size:8pt}
.side table td{padding:2px 0;vertical-align:top} .side .k{color:#e0f2fe;padding-right:4px;white-space:nowrap}
.main{margin-left:66mm;padding-top:10mm;padding-right:4mm}
table.fo{width:100%;border-collapse:collapse;margin-top:8px} table.fo th{text-align:left;font-size:7.4pt;border-bottom:1.5px solid #111;padding:3px} table.fo td{padding:3px;font-size:8.4pt;border-bottom:1px dotted #bbb}
.tt{margin-left:auto;margin-top:8px;border-collapse:collapse} .tt td{padding:2px 4px;font-size:8.6pt}
</style></head><body>
<div class="side"><div style="font-family:'DejaVu Serif',serif;font-size:12pt;font-weight:bold">{{ vname }}</div>
<div style="margin:6px 0 12px;font-size:7.4pt">{{ vaddr }}<br>418 {{ tel }}</div>
<table>
<tr><td class="k">Client :</td><td><b>{{ guest }}</b></td></tr>
{% if company %}<tr><td class="k">Entreprise :</td><td>{{ company }}</td></tr>{% endif %}
<tr><td class="k">Chambre :</td><td>{{ room }}</td></tr>
<tr><td class="k">Arrivée :</td><td>{{ arr }}</td></tr>
<tr><td class="k">Départ :</td><td>{{ dep }}</td></tr>
<tr><td class="k">Nuitées :</td><td>{{ nights }}</td></tr>
<tr><td class="k">Adultes :</td><td>{{ adults }}</td></tr>
<tr><td class="k">Confirmation :</td><td>{{ conf }}</td></tr>
<tr><td class="k">Folio :</td><td>{{ folio }}</td></tr>
<tr><td class="k">Tarif :</td><td>{{ rate_code }}</td></tr>
</table>
<div style="margin-top:16px;font-size:7pt;color:#e0f2fe">No TPS : {{ tps_no }}<br>No TVQ : {{ tvq_no }}<br>No CITQ : {{ citq }}</div></div>
<div class="main">
<div style="display:flex;justify-content:space-between"><div style="font-size:16pt;font-weight:bold">FACTURE</div>
<table style="font-size:8.6pt"><tr><td>Facture no :</td><td class="b">{{ no }}</td></tr><tr><td>Date :</td><td class="b">{{ d }}</td></tr>
{% if due %}<tr><td>Échéance :</td><td class="b">{{ due }}</td></tr>{% endif %}{% if po %}<tr><td>Bon de commande :</td><td class="b">{{ po }}</td></tr>{% endif %}</table></div>
<div style="margin-top:6px;font-size:8pt">Facturer à : <b>{{ billto }}</b>{% if company %}<br>{{ caddr }}{% endif %}</div>
<table class="fo"><tr><th>Date</th><th>Description</th><th>Réf.</th><th class="r">Montant</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td>{{ it.ref }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tt"><tr><td>Sous-total</td><td class="r">{{ net }}</td></tr>
<tr><td>TPS 5 %</td><td class="r">{{ tps }}</td></tr><tr><td>TVQ 9,975 %</td><td class="r">{{ tvq }}</td></tr>
<tr><td>Total des taxes</td><td class="r">{{ tax }}</td></tr>
<tr><td class="b" style="border-top:1.5px solid #111">Total de la facture</td><td class="r b" style="border-top:1.5px solid #111">{{ total }} $</td></tr>
{% if dep_amt %}<tr><td>Dépôt reçu le {{ dep_d }}</td><td class="r">-{{ dep_amt }}</td></tr>{% endif %}
<tr><td class="b">{{ bal_l }}</td><td class="r b">{{ bal }} $</td></tr></table>
<div style="margin-top:10px;font-size:7.6pt">{{ pay_line }}</div>
<div style="margin-top:14px;font-size:7pt;color:#555">Taxe sur l'hébergement incluse dans le tarif de la chambre. Les montants sont en dollars canadiens. Merci de votre séjour !</div>
<div style="margin-top:24px;font-size:7.4pt">Signature du client : ______________________</div>
</div></body></html>"""


@style("03", "ca_rim_rimouski_folio_hotel_tps_tvq_sidebar_left_depot")
def s03(rng, i):
    vname, vaddr, color = RI_V[i]
    arr = rand_date(rng)
    nights = rng.randint(2, 5)
    dep = arr + dt.timedelta(days=nights)
    room_rate = D(rng.randint(13900, 24900)) / 100
    items = []
    for k in range(nights):
        day = arr + dt.timedelta(days=k)
        items.append({"day": day, "desc": "Hébergement – chambre " + rng.choice(["standard", "supérieure", "vue sur le fleuve"]), "qty": None, "amount": room_rate, "ref": "HEB"})
        if rng.random() < 0.55:
            items.append({"day": day, "desc": rng.choice(["Restaurant – souper", "Bar Le Phare", "Petit-déjeuner buffet"]), "qty": None, "amount": D(rng.randint(1800, 9800)) / 100, "ref": f"R{rng.randint(1000, 9999)}"})
        if i in (2, 3) and rng.random() < 0.5:
            items.append({"day": day, "desc": "Stationnement intérieur", "qty": None, "amount": D("15.00"), "ref": "STA"})
    if i == 2:
        items.append({"day": arr + dt.timedelta(days=1), "desc": "Location salle de réunion Le Fleuve (demi-journée)", "qty": None, "amount": D(rng.randint(250, 450)), "ref": "SAL"})
        items.sort(key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tps = q2(net * D("0.05"))
    tvq = q2(net * D("0.09975"))
    tax = tps + tvq
    total = net + tax
    d = dep
    company = RI_COS[i]
    due = d + dt.timedelta(days=30) if company and i != 1 else None
    po = f"BC-{rng.randint(10000, 99999)}" if i == 2 else None
    dep_amt = q2(room_rate + q2(room_rate * D("0.14975"))) if i in (0, 2) else None
    bal = total - (dep_amt or 0)
    tps_no = f"{ca_bn(rng)} RT0001"
    tvq_no = f"{digits(rng, 10, True)} TQ0001"
    no = [f"{rng.randint(100000, 999999)}", f"F-{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: long_date(x, "fr"), lambda x: x.isoformat(), lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y")][i]
    short = lambda x: x.strftime("%d/%m")  # noqa: E731
    guest = RI_GUESTS[i]
    pay_line = {
        0: f"Solde réglé par carte Visa **** {digits(rng, 4)} le {fd(d)}.",
        1: f"Payé par carte Mastercard **** {digits(rng, 4)}, autorisation {digits(rng, 6)}.",
        2: "Facturation directe : veuillez retourner le solde par virement ou chèque à l'ordre de l'hôtel.",
        3: "Facturation directe à l'entreprise, payable sur réception du relevé.",
    }[i]
    paid = i in (0, 1)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(721, 775)}-{digits(rng, 4)}", guest=guest, company=company, room=rng.randint(101, 420),
        arr=fd(arr), dep=fd(dep), nights=nights, adults=rng.randint(1, 2), conf=f"{rng.choice(['QC', 'RM', 'WB'])}{digits(rng, 8)}", folio=f"{rng.randint(50000, 99999)}",
        rate_code=rng.choice(["CORPO", "GOUV-QC", "AAA", "PUBLIC"]), tps_no=tps_no, tvq_no=tvq_no, citq=f"{rng.randint(100000, 299999)}",
        no=no, d=fd(d), due=fd(due) if due else None, po=po, billto=company or guest, caddr="Rimouski (Québec)" if i != 3 else "Matane (Québec)",
        items=[{"dt": short(x["day"]), "d": x["desc"], "ref": x["ref"], "a": sp(x["amount"])} for x in items],
        net=sp(net), tps=sp(tps), tvq=sp(tvq), tax=sp(tax), total=sp(total), dep_amt=sp(dep_amt) if dep_amt else None,
        dep_d=fd(arr - dt.timedelta(days=rng.randint(5, 40))), bal_l="Solde payé" if paid else "Solde à payer", bal=sp(0 if paid else bal), pay_line=pay_line,
    )
    notes = (
        "Rimouski (Québec, Canada) hotel FOLIO headed FACTURE in French, the stay in a coloured LEFT SIDEBAR of labels BESIDE their values (client, chambre, arrivée, départ, folio, confirmation), one row per night and per charge (no quantities), TPS 5 % and TVQ 9,975 %, '1 234,56 $': "
        "vendor = the hotel's name at the top of the sidebar; vendor_tax_id = 'No TPS' (the business number with RT0001; the TVQ and CITQ numbers, the folio, the confirmation and the card digits are decoys). "
        "invoice_number = 'Facture no'; invoice_date = 'Date' (the day of departure; the arrival, departure and deposit dates are decoys). "
        + due_note(due, "payable sur réception du relevé" if i == 3 else None, "Échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Sous-total'; tax = 'Total des taxes' (TPS + TVQ); total = 'Total de la facture'"
        + (", before the 'Dépôt reçu' deducted below it" if dep_amt else "")
        + f" ('{ctx['bal_l']}' is the balance, a decoy). Currency CAD. Line items: every dated row, without tax and without quantities."
    )
    t = truth(vname, tps_no, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = [fd(d), fd(due) if due else None, no, tps_no, tvq_no, "Total de la facture", ctx["folio"], ctx["dep_amt"], fd(arr)]
    return t, chk, (RI_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
