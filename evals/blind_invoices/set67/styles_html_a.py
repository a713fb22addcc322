"""Chromium (HTML) styles for set 67, first part (01 Alajuela factura electrónica in Spanish under a coloured band of
white small-capital labels above their values, a ruled table with a line column and a discount column, IVA 13 % / 1 %,
a dollar counter-value and one nota de crédito; 02 Adama pharmacy's fiscal receipt on an 80 mm roll in English, VAT 15 %
on taxable items only and a discount; 03 Damanhur supplier's فاتورة ضريبية in Arabic right to left with a boxed grid of
labels above their values, an unruled table, a discount column and the totals at the left, VAT 14 %)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, cr_cpj, eg_tn, long_date, rand_iban
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Alajuela (IVA 13/1, CRC), band labels above, ruled with line column, credit note
AL_V = [
    ("Suministros Agrícolas La Garita S.A.", "La Garita, 300 m oeste de la iglesia, Alajuela", "#14532d", "agro"),
    ("Tostadora y Beneficio Sabanilla S.A.", "Sabanilla, calle principal, Alajuela", "#78350f", "cafe"),
    ("Servicios Aeroportuarios del Coyol S.A.", "Zona Franca El Coyol, edificio B-12, Alajuela", "#1e3a8a", "serv"),
    ("Ferretería El Llano de Alajuela S.A.", "Avenida 10, calles 4 y 6, El Llano, Alajuela", "#7f1d1d", "ferre"),
]
AL_B = [("Hacienda Cafetalera Fraijanes Ltda.", "Fraijanes, Alajuela"), ("Supermercados del Valle Central S.A.", "Heredia"),
        ("Logística Aérea Centroamericana S.A.", "Zona Franca El Coyol, Alajuela"), ("Constructora Río Segundo S.A.", "Río Segundo, Alajuela")]
AL_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, (cabys, rate))
    "agro": [("Fertilizante 18-5-15-6-2 saco 45 kg", "Unid", 4, 80, 14500, 23900, ("3461100000100", 1)), ("Fungicida cúprico 1 kg", "Unid", 2, 40, 6200, 11800, ("3466100000300", 1)),
             ("Bomba de espalda 20 L", "Unid", 1, 10, 32500, 58900, ("4392200000100", 13)), ("Guantes de nitrilo, par", "Unid", 5, 60, 1250, 2900, ("3699000000600", 13)),
             ("Semilla de frijol certificado, kg", "Kg", 10, 200, 1350, 2600, ("0142100000100", 1))],
    "cafe": [("Café tostado molido 1 kg, altura", "Unid", 10, 120, 7800, 12900, ("2391300000100", 1)), ("Café en grano tostado 5 kg", "Unid", 2, 30, 36000, 54000, ("2391300000200", 1)),
             ("Taza de cerámica con logo", "Unid", 12, 144, 2100, 4200, ("3721200000100", 13)), ("Servicio de catación, sesión", "Sp", 1, 4, 45000, 95000, ("8399000000000", 13))],
    "serv": [("Manejo de carga aérea, guía", "Sp", 3, 40, 18500, 42000, ("6711900000000", 13)), ("Almacenaje refrigerado, día-tarima", "Sp", 5, 90, 6500, 11900, ("6710200000100", 13)),
             ("Trámite aduanal, DUA", "Sp", 1, 12, 28000, 65000, ("8519000000000", 13)), ("Etiquetado y embalaje", "Sp", 10, 200, 450, 1900, ("8592000000000", 13))],
    "ferre": [("Cemento gris 50 kg", "Unid", 10, 200, 6950, 8400, ("3744100000100", 13)), ("Varilla #3 grado 40, 6 m", "Unid", 20, 300, 2150, 3300, ("4124200000100", 13)),
              ("Lámina zinc ondulada 3,66 m", "Unid", 5, 60, 8900, 14500, ("4129900000100", 13)), ("Pintura acrílica galón", "Unid", 2, 40, 14900, 23500, ("3511000000100", 13)),
              ("Tornillo techo 2\" caja 100", "Unid", 1, 20, 3900, 6900, ("4299400000100", 13))],
}
AL_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:8px 12px;margin-top:8px} .band table{width:100%} .band td{padding:2px 8px 2px 0}
.sl{font-size:6.4pt;font-variant:small-caps;letter-spacing:.6px;color:#e5e7eb} .sv{font-size:9.4pt;font-weight:bold}
table.it{width:100%;margin-top:10px} table.it th{border:1px solid #9ca3af;background:#f3f4f6;font-size:7pt;padding:3px 4px} table.it td{border:1px solid #9ca3af;padding:3px 4px;font-size:7.8pt}
table.tot{border:1.5px solid {{ color }};margin-left:auto;margin-top:10px} table.tot td{padding:3px 8px;font-size:8.4pt} .r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>Cédula jurídica {{ vid }}</div><div>{{ vaddr }} · Tel. 2{{ tel }}</div><div>{{ email }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:13pt;font-weight:bold">{{ title }}</div><div style="font-size:7.5pt">Versión 4.4 · {{ actividad }}</div></td></tr></table>
<div class="band"><table><tr>
<td><div class="sl">consecutivo</div><div class="sv">{{ no }}</div></td>
<td><div class="sl">fecha de emisión</div><div class="sv">{{ d }}</div></td>
<td><div class="sl">condición de venta</div><div class="sv">{{ cond }}</div></td>
{% if due %}<td><div class="sl">vencimiento</div><div class="sv">{{ due }}</div></td>{% endif %}
<td><div class="sl">medio de pago</div><div class="sv">{{ medio }}</div></td>
<td><div class="sl">moneda</div><div class="sv">CRC{% if tc %} · T.C. {{ tc }}{% endif %}</div></td></tr></table></div>
<div style="font-size:7pt;margin-top:4px;color:#374151">Clave numérica: {{ clave }}</div>
<table style="width:100%;margin-top:8px;font-size:8.2pt"><tr><td style="width:58%;border-left:3px solid {{ color }};padding-left:8px">
<div class="sl" style="color:#6b7280">receptor</div><b>{{ bname }}</b><br>Cédula jurídica: {{ bid }}<br>{{ baddr }}</td>
<td style="padding-left:10px">{% if po %}<div class="sl" style="color:#6b7280">orden de compra</div><b>{{ po }}</b><br>{% endif %}
<div class="sl" style="color:#6b7280">vendedor</div>{{ seller }}{% if orig %}<div class="sl" style="color:#6b7280;margin-top:3px">documento de referencia</div>Factura electrónica {{ orig }} del {{ origd }}<br>Código 01 – Anula documento de referencia{% endif %}</td></tr></table>
<table class="it"><tr><th>Línea</th><th>Código CABYS</th><th style="text-align:left">Detalle</th><th>Cant.</th><th>Unidad</th><th>Precio unitario</th><th>Descuento</th><th>Subtotal</th><th>IVA</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.cabys }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }} %</td></tr>{% endfor %}</table>
<table style="width:100%"><tr><td style="vertical-align:top;font-size:7.2pt;color:#374151;padding-top:12px;width:52%">
{% for r in rates %}IVA {{ r.r }} % sobre {{ r.b }}: {{ r.t }}<br>{% endfor %}
{% if usd %}<div style="margin-top:6px">Equivalente informativo en dólares (T.C. BCCR {{ tc }}): US$ {{ usd }}</div>{% endif %}
<div style="margin-top:6px">Cuenta IBAN {{ ibanv }} · {{ bank }}</div>
<div style="margin-top:6px">{{ qr|safe }}</div>
<div style="margin-top:6px">Autorizada mediante resolución N° MH-DGT-RES-0027-2024 de la Dirección General de Tributación.</div></td><td>
<table class="tot">
<tr><td>Total mercancías gravadas</td><td class="r">{{ tg }}</td></tr><tr><td>Total servicios gravados</td><td class="r">{{ ts }}</td></tr>
<tr><td>Total venta</td><td class="r">{{ gross }}</td></tr><tr><td>Total descuentos</td><td class="r">{{ discs }}</td></tr>
<tr><td>Total venta neta</td><td class="r">{{ net }}</td></tr><tr><td>Total impuesto</td><td class="r">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold"><td style="font-size:10pt">Total comprobante</td><td class="r" style="font-size:10pt">₡ {{ total }}</td></tr></table></td></tr></table>
<div style="position:absolute;bottom:0;width:100%;font-size:6.6pt;color:#6b7280">Emitido con FacturaTica · Página 1 de 1 · Este comprobante fue aceptado por el Ministerio de Hacienda</div>
</body></html>"""


@style("01", "cr_ala_alajuela_factura_electronica_iva_13_band_labels_above_usd_nota_credito")
def s01(rng, i):
    vname, vaddr, color, kind = AL_V[i]
    bname, baddr = AL_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, AL_ROWS[kind], [4, 3, 2, 5][i], D("5"))
    sign = -1 if credit else 1
    for x in items:
        x["cabys"], x["rate"] = x["extra"]
        disc = q2(x["qty"] * x["price"] * D(rng.choice([0, 0, 5, 10])) / 100)
        x["gross"], x["disc"] = sign * q2(x["qty"] * x["price"]), sign * disc
        x["amount"] = x["gross"] - x["disc"]
        if credit:
            x["qty"] = -x["qty"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    gross = sum(x["gross"] for x in items)
    discs = sum(x["disc"] for x in items)
    tg = sum(x["gross"] for x in items if x["unit"] != "Sp")
    ts = sum(x["gross"] for x in items if x["unit"] == "Sp")
    vid = cr_cpj(rng)
    vidp = f"{vid[0]}-{vid[1:4]}-{vid[4:]}"
    bid = cr_cpj(rng)
    doc_t = "03" if credit else "01"
    no = f"001{rng.randint(1, 3):05d}{doc_t}{rng.randint(100, 99999):010d}"
    clave = f"506{d.strftime('%d%m%y')}{vid.zfill(12)}{no}1{digits(rng, 8)}"
    f = [en, en, sp, sp][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    credito = i in (0, 3)
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if credito else None
    po = [f"OC-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    tc = D(rng.choice(["503.12", "507.86", "512.40", "498.77"]))
    usd = f(q2(total / tc)) if i in (1, 3) else None
    orig = f"001{rng.randint(1, 3):05d}01{rng.randint(100, 99999):010d}" if credit else None
    fmt = lambda v: f(v) if v else f(D(0))  # noqa: E731
    ctx = dict(
        color=color, vname=vname, vid=vidp, vaddr=vaddr, tel=digits(rng, 3) + "-" + digits(rng, 4), email=f"facturacion@{['lagarita', 'cafesabanilla', 'coyolcargo', 'ferrellano'][i]}.co.cr",
        title="NOTA DE CRÉDITO ELECTRÓNICA" if credit else "FACTURA ELECTRÓNICA", actividad=f"Actividad económica {rng.randint(100000, 999999)}",
        no=no, d=fd(d) + " " + f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}", cond=("Crédito " + str((due - d).days) + " días") if due else "Contado", due=fd(due) if due else None,
        medio="Transferencia" if due else rng.choice(["Tarjeta", "SINPE Móvil", "Efectivo"]), tc=en(tc) if usd else None, clave=clave,
        bname=bname, bid=f"{bid[0]}-{bid[1:4]}-{bid[4:]}", baddr=baddr, po=po, seller=rng.choice(["Andrea Solís", "Mauricio Alfaro", "Karla Rojas"]), orig=orig, origd=fd(d - dt.timedelta(days=rng.randint(5, 40))),
        items=[{"cabys": x["cabys"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": f(x["price"]), "disc": fmt(x["disc"]), "a": f(x["amount"]), "r": x["rate"]} for x in items],
        rates=[{"r": r, "b": f(b), "t": f(t)} for r, b, t in rates], usd=usd, ibanv=rand_iban(rng, "CR", 18, "0"), bank=rng.choice(["Banco Nacional de Costa Rica", "BAC Credomatic", "Banco de Costa Rica"]),
        tg=fmt(tg), ts=fmt(ts), qr=qr_svg(rng, 20), gross=f(gross), discs=fmt(discs), net=f(net), tax=f(tax), total=f(total),
    )
    notes = (
        "Alajuela (Costa Rica) " + ("NOTA DE CRÉDITO ELECTRÓNICA (credit note: quantities and amounts printed NEGATIVE, referring to an earlier factura electrónica, a decoy consecutivo and date)" if credit else "FACTURA ELECTRÓNICA")
        + " in Spanish under a coloured band of white small-capital labels above their values, a fully ruled table with a 'Línea' column, a CABYS code and a discount per row, IVA " + " / ".join(f"{r} %" for r, _, _ in rates)
        + f", colones printed '{f(D('1234.5'))}': vendor = the name at the top; vendor_tax_id = its 'Cédula jurídica' (3-101-...; the receptor's cédula jurídica, the 50-digit clave numérica, the CABYS codes, the IBAN and the actividad económica are decoys). "
        "invoice_number = 'consecutivo' (20 digits); invoice_date = 'fecha de emisión' (printed with a time). "
        + due_note(due, "Contado", "vencimiento")
        + po_note(po, "orden de compra")
        + "subtotal = 'Total venta neta' (after the discounts; 'Total venta' is the gross before them, 'Total mercancías / servicios gravados' also decoys); tax = 'Total impuesto'; total = 'Total comprobante'. Currency CRC ('₡'); "
        + ("the 'Equivalente informativo en dólares' is a decoy. " if usd else "")
        + "Line items: every row, amount = the 'Subtotal' column (after its discount)."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vidp, no, po, d, due, "CRC", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vidp, "Total comprobante", fd(due) if due else None, ctx["bid"], clave, usd, orig]}
    return t, chk, (AL_HTML.replace("@@BASE@@", css(margin="11mm", fs="8.4pt", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif")), ctx)


# =========================================================================== 02 Adama (VAT 15 %, ETB), pharmacy fiscal receipt on an 80 mm roll
AD_V = [
    ("ADAMA FANA PHARMACY PLC", "Kebele 04, near Franko Square, Adama, Oromia"),
    ("Nazret Ras Drug Store", "Bole Road, Kebele 14, Adama, Oromia"),
    ("ABA GEDA MEDICAL SUPPLIES PLC", "Adama–Addis Expressway exit, Adama"),
    ("Boku Shenen Pharmacy", "Kebele 10, Adama, Oromia"),
]
AD_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, taxable)
    ("Amoxicillin 500mg caps x21", "pk", 1, 3, 85, 160, False), ("Paracetamol 500mg x20", "pk", 1, 4, 18, 45, False),
    ("ORS sachet", "pc", 2, 10, 8, 15, False), ("Metformin 500mg x100", "pk", 1, 2, 140, 290, False),
    ("Baby diapers size 3 x32", "pk", 1, 3, 620, 980, True), ("Hand sanitizer 500ml", "pc", 1, 4, 150, 260, True),
    ("Body lotion 400ml", "pc", 1, 3, 210, 390, True), ("Digital thermometer", "pc", 1, 2, 280, 520, True),
    ("Vitamin C 1000mg x30", "pk", 1, 3, 240, 420, True), ("Toothpaste 150g", "pc", 1, 4, 95, 160, True),
    ("Surgical face mask x50", "bx", 1, 3, 190, 350, True), ("Glucose test strips x50", "bx", 1, 2, 780, 1250, True),
]
AD_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
body{width:72mm} .c{text-align:center} .r{text-align:right} td{padding:0;font-size:7.6pt} .hr{border-top:1px dashed #000;margin:3px 0}
.big{font-size:10pt;font-weight:bold}
</style></head><body>
<div class="c">{{ logo }}</div>
<div class="c" style="font-weight:bold;font-size:8.6pt">{{ vname }}</div>
<div class="c">{{ vaddr }}</div><div class="c">TIN: {{ vid }}</div><div class="c">VAT REG NO: {{ vatreg }}</div><div class="c">Tel: {{ tel }}</div>
<div class="hr"></div>
<table style="width:100%"><tr><td>FS No.</td><td class="r">{{ no }}</td></tr><tr><td>{{ dl }}</td><td class="r">{{ d }}</td></tr><tr><td>TIME</td><td class="r">{{ tm }}</td></tr>
{% if btin %}<tr><td>Buyer's TIN</td><td class="r">{{ btin }}</td></tr><tr><td>Buyer</td><td class="r">{{ bname }}</td></tr>{% endif %}
{% if rx %}<tr><td>Prescription No.</td><td class="r">{{ rx }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table style="width:100%">{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}{% if it.tx %} <span style="font-size:6.5pt">TX1</span>{% endif %}</td><td class="r">*{{ it.a }}</td></tr>
{% if it.disc %}<tr><td>&nbsp;&nbsp;DISCOUNT {{ it.dp }}%</td><td class="r">*{{ it.disc }}</td></tr>{% endif %}{% endfor %}</table>
<div class="hr"></div>
<table style="width:100%"><tr><td>TXBL1</td><td class="r">*{{ txbl }}</td></tr><tr><td>TAX1 15.00%</td><td class="r">*{{ tax }}</td></tr>
<tr><td>NONTXBL</td><td class="r">*{{ nontx }}</td></tr><tr><td>SUBTOTAL</td><td class="r">*{{ net }}</td></tr></table>
<div class="hr"></div>
<table style="width:100%"><tr class="big"><td class="big">TOTAL</td><td class="r big">*{{ total }}</td></tr>
<tr><td>{{ pay }}</td><td class="r">*{{ given }}</td></tr>{% if change %}<tr><td>CHANGE</td><td class="r">*{{ change }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<div>ITEM# {{ n }}&nbsp;&nbsp;Cashier: {{ cashier }}</div>
<div>Ref: {{ ref }}</div>
<div class="c" style="margin-top:4px">Prices in Ethiopian Birr (ETB)</div>
<div class="c" style="margin-top:4px;font-weight:bold">ERCA&nbsp;&nbsp;&nbsp;{{ mrc }}</div>
<div class="c" style="margin-top:2px">THANK YOU · GET WELL SOON</div>
</body></html>"""


@style("02", "et_ada_adama_pharmacy_fiscal_receipt_vat_15_till_80mm_discount")
def s02(rng, i):
    vname, vaddr = AD_V[i]
    d = rand_date(rng)
    cat_t = [r for r in AD_ROWS if r[6]]
    cat_n = [r for r in AD_ROWS if not r[6]]
    items = lines(rng, cat_n, [2, 1, 2, 3][i], D("0.25")) + lines(rng, cat_t, [2, 3, 1, 3][i], D("0.25"))
    rng.shuffle(items)
    out = []
    disc_on = i in (0, 2)
    dp = rng.choice([5, 10])
    done = False
    for x in items:
        x["tx"] = x["extra"]
        out.append(x)
        if disc_on and x["tx"] and not done:
            dv = -q2(x["amount"] * dp / 100)
            x["discv"] = dv
            out.append({"desc": "Discount", "qty": None, "price": None, "amount": dv, "tx": True, "disc_row": True})
            done = True
    txbl = sum(x["amount"] for x in out if x["tx"])
    nontx = sum(x["amount"] for x in out if not x["tx"])
    tax = q2(txbl * D("0.15"))
    net = txbl + nontx
    total = net + tax
    vid = "00" + digits(rng, 8, True)
    no = f"{rng.randint(1, 99999):08d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    pay = ["CASH", "TELEBIRR", "CBE BIRR", "CASH"][i]
    given = total if pay != "CASH" else D(((int(total) // 100) + 1) * 100)
    btin = "00" + digits(rng, 8, True) if i in (1, 2) else None
    ctx = dict(
        logo="✚", vname=vname, vaddr=vaddr, vid=vid, vatreg=digits(rng, 8, True), tel="+251 22 11" + digits(rng, 5), no=no, dl="DATE", d=fd(d), tm=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
        btin=btin, bname=rng.choice(["Adama Hospital Medical College", "Wonji Sugar Estate Clinic", "Oromia Health Bureau"]), rx=f"RX-{rng.randint(1000, 9999)}" if i in (0, 3) else None,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"]), "tx": x["tx"], "disc": en(x["discv"]) if x.get("discv") else None, "dp": dp} for x in out if not x.get("disc_row")],
        txbl=en(txbl), tax=en(tax), nontx=en(nontx), net=en(net), total=en(total), pay=pay, given=en(given), change=en(given - total) if given != total else None,
        n=len(items), cashier=rng.choice(["Meron T.", "Abebe K.", "Hana G.", "Tolesa B."]), ref=digits(rng, 10, True), mrc="MRC: " + rng.choice(["AAB", "ADB", "ACE"]) + digits(rng, 7, True),
    )
    notes = (
        "Adama (Oromia, Ethiopia) pharmacy's fiscal cash register receipt on an 80 mm roll in English, VAT 15 % only on the taxable (TX1) items, medicines non-taxable, '1,234.56' with a star before each amount: "
        "vendor = the name at the top; vendor_tax_id = 'TIN' (10 digits; the VAT REG NO, " + ("the buyer's TIN, " if btin else "") + "the MRC machine code, the Ref number and the telephone are decoys). "
        "invoice_number = 'FS No.' (the fiscal receipt number); invoice_date = 'DATE'. No due date (paid at the till). No PO"
        + (", the prescription number is a decoy" if i in (0, 3) else "")
        + ". subtotal = 'SUBTOTAL' (TXBL1 + NONTXBL, after the discount); tax = 'TAX1 15.00%'; total = 'TOTAL'. Currency ETB (Birr). "
        + ("A DISCOUNT row (negative, no quantity) under one taxable item is a line item of its own. " if disc_on else "")
        + "Line items: every item, its amount as printed (net); the cash given and change are decoys."
    )
    t = truth(vname, vid, no, None, d, None, "ETB", net, tax, total, out, notes)
    for k, x in enumerate(out):
        if x.get("disc_row"):
            t["line_items"][k]["quantity"] = None
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL", btin, "TAX1 15.00%"]}
    return t, chk, (AD_HTML.replace("@@BASE@@", css(size=f"80mm {120 + 9 * len(out)}mm", margin="4mm", fs="7.6pt", font="'DejaVu Sans Mono',monospace")), ctx)


# =========================================================================== 03 Damanhur (VAT 14 %, EGP), Arabic RTL, boxed grid labels above, unruled, totals left, discount
DM_V = [
    ("شركة البحيرة للحلج والتجارة ش.م.م", "المنطقة الصناعية، طريق دمنهور – كفر الدوار، دمنهور، البحيرة", "#134e4a"),
    ("مطاحن دمنهور الحديثة", "شارع عبد السلام الشاذلي، دمنهور، البحيرة", "#78350f"),
    ("شركة الدلتا للمخصبات والمبيدات الزراعية", "طريق دمنهور – إيتاي البارود، دمنهور", "#3f6212"),
    ("مكتبة ومطبعة النيل بدمنهور", "ميدان الساعة، دمنهور، محافظة البحيرة", "#1e3a8a"),
]
DM_B = ["شركة الإسكندرية للغزل والنسيج", "مخابز كفر الدوار الآلية", "الجمعية الزراعية بأبو حمص", "مديرية التربية والتعليم بالبحيرة"]
DM_ROWS = [
    [("قطن شعر جيزة 86، قنطار", "قنطار", 5, 80, 5200, 7900), ("بذرة قطن، طن", "طن", 1, 20, 9800, 14500), ("أجرة حليج وكبس بالة", "بالة", 10, 200, 140, 260)],
    [("دقيق فاخر 72%، جوال 50 كجم", "جوال", 20, 400, 850, 1250), ("ردة ناعمة، طن", "طن", 1, 15, 6200, 8900), ("سيمولينا، جوال 25 كجم", "جوال", 10, 120, 690, 980)],
    [("سماد يوريا 46%، شيكارة 50 كجم", "شيكارة", 10, 200, 780, 1150), ("سوبر فوسفات، شيكارة", "شيكارة", 10, 150, 320, 520), ("مبيد حشري 1 لتر", "عبوة", 5, 80, 260, 640), ("رشاشة ظهرية 16 لتر", "قطعة", 1, 20, 650, 1400)],
    [("كراسة 60 ورقة", "قطعة", 100, 3000, 6, 14), ("طباعة نماذج امتحانات", "رزمة", 10, 300, 95, 210), ("أقلام جاف، علبة", "علبة", 10, 200, 45, 95), ("ورق تصوير A4، رزمة", "رزمة", 10, 300, 190, 290)],
]
DM_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .g{width:100%;border-collapse:collapse;margin-top:8px} .g td{border:1px solid #94a3b8;padding:4px 6px;vertical-align:top;width:25%}
.l{font-size:7pt;color:#64748b} .v{font-size:9.6pt;font-weight:bold;margin-top:2px} table.it{width:100%;margin-top:12px} table.it th{color:{{ color }};border-bottom:2px solid {{ color }};padding:4px;font-size:8pt;text-align:right}
table.it td{padding:4px;font-size:8.6pt} table.it tr.z td{background:#f1f5f9} .n{direction:ltr;unicode-bidi:embed;white-space:nowrap;text-align:left}
.tt{border-collapse:collapse} .tt td{padding:4px 8px;font-size:9pt}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>تليفون: <span class="n">045 {{ tel }}</span></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:18pt;font-weight:bold">فاتورة ضريبية</div><div class="l">منظومة الفاتورة الإلكترونية – مصلحة الضرائب المصرية</div></td></tr></table>
<table class="g"><tr>
<td><div class="l">رقم الفاتورة</div><div class="v n" style="text-align:right">{{ no }}</div></td>
<td><div class="l">تاريخ الإصدار</div><div class="v n" style="text-align:right">{{ d }}</div></td>
<td><div class="l">تاريخ التوريد</div><div class="v n" style="text-align:right">{{ dd }}</div></td>
<td><div class="l">{{ due_l }}</div><div class="v">{{ due }}</div></td></tr>
<tr><td><div class="l">رقم التسجيل الضريبي</div><div class="v n" style="text-align:right">{{ vid }}</div></td>
<td><div class="l">السجل التجاري</div><div class="v n" style="text-align:right">{{ cr }}</div></td>
<td><div class="l">{{ ref_l }}</div><div class="v n" style="text-align:right">{{ ref }}</div></td>
<td><div class="l">الرقم الداخلي</div><div class="v n" style="text-align:right">{{ internal }}</div></td></tr>
<tr><td colspan="2"><div class="l">العميل</div><div class="v">{{ bname }}</div><div>رقم التسجيل الضريبي للعميل: <span class="n">{{ bid }}</span></div></td>
<td colspan="2"><div class="l">طريقة السداد</div><div class="v">{{ pay }}</div><div class="l">بنك مصر – فرع دمنهور، حساب رقم <span class="n">{{ acct }}</span></div></td></tr></table>
<table class="it"><tr><th>م</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>الخصم</th><th>القيمة</th></tr>
{% for it in items %}<tr{% if loop.index is even %} class="z"{% endif %}><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.disc }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top;font-size:7.8pt;color:#475569;width:50%">
ملاحظات: الأسعار بالجنيه المصري. يرجى ذكر رقم الفاتورة عند التحويل.<br>الرقم المرجعي للفاتورة الإلكترونية (UUID):<br><span class="n" style="font-size:6.8pt">{{ uuid }}</span><br>
<div style="margin-top:6px">{{ qr|safe }}</div></td>
<td style="vertical-align:top"><table class="tt" style="margin-right:auto;border:1px solid {{ color }}">
<tr><td>إجمالي المبيعات</td><td class="n">{{ gross }}</td></tr><tr><td>إجمالي الخصم</td><td class="n">{{ discs }}</td></tr>
<tr><td>الإجمالي بعد الخصم</td><td class="n">{{ net }}</td></tr><tr><td>ضريبة القيمة المضافة 14%</td><td class="n">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold"><td>المبلغ المستحق</td><td class="n">{{ total }} ج.م</td></tr></table>
{% if usd %}<div style="font-size:7.6pt;color:#475569;margin-top:4px">ما يعادل بالدولار الأمريكي: <span class="n">USD {{ usd }}</span> · سعر الصرف <span class="n">{{ usd_rate }}</span> جنيه للدولار</div>{% endif %}</td></tr></table>
<div style="position:absolute;bottom:0;font-size:7pt;color:#64748b">صفحة 1 من 1 · المحاسب: {{ clerk }}</div>
</body></html>"""


@style("03", "eg_dmn_damanhur_fatura_dariba_14_rtl_boxgrid_unruled_totals_left_discount")
def s03(rng, i):
    vname, vaddr, color = DM_V[i]
    d = rand_date(rng)
    items = lines(rng, DM_ROWS[i], [3, 2, 4, 3][i], D("0.5"))
    for x in items:
        x["gross"] = x["amount"]
        x["disc"] = q2(x["gross"] * D(rng.choice([0, 2, 3, 5])) / 100)
        x["amount"] = x["gross"] - x["disc"]
    gross = sum(x["gross"] for x in items)
    discs = sum(x["disc"] for x in items)
    net = gross - discs
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = eg_tn(rng)
    bid = eg_tn(rng)
    no = [f"INV-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"DF/{d.strftime('%y')}/{rng.randint(100, 999)}", f"{d.year}{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (0, 2, 3) else None
    po = [f"PO-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(100, 999)}/{d.year}"][i]
    ref_l, ref = ("رقم أمر الشراء", po) if po else ("رقم إذن التسليم", f"DN-{rng.randint(10000, 99999)}")
    usd_rate = D(rng.choice(["48.62", "49.35", "50.71", "47.98"]))
    usd = en(q2(total / usd_rate)) if i in (0, 3) else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 7), no=no, d=fd(d), dd=fd(d - dt.timedelta(days=rng.randint(1, 6))),
        due_l="تاريخ الاستحقاق" if due else "شروط الدفع", due=fd(due) if due else "نقدًا عند الاستلام", vid=vid, cr=f"{rng.randint(1000, 99999)} البحيرة", ref_l=ref_l, ref=ref,
        internal=f"{rng.randint(100, 9999)}", bname=DM_B[i], bid=bid, pay="تحويل بنكي" if due else "نقدي", acct=digits(rng, 16, True),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "disc": en(x["disc"]), "a": en(x["amount"])} for x in items],
        gross=en(gross), discs=en(discs), net=en(net), tax=en(tax), total=en(total), uuid=digits(rng, 8) + "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(18)),
        usd=usd, usd_rate=en(usd_rate), qr=qr_svg(rng, 22), clerk=rng.choice(["أحمد عبد الرحمن", "منى السيد", "محمود فتحي"]),
    )
    notes = (
        "Damanhur (Beheira, Egypt) supplier's فاتورة ضريبية (tax invoice) in Arabic, RIGHT TO LEFT, with a boxed grid of labels above their values, an unruled zebra table with a discount column, VAT 14 % and the totals in a box at the LEFT, Latin digits '1,234.56': "
        "vendor = the name at the top right; vendor_tax_id = 'رقم التسجيل الضريبي' (XXX-XXX-XXX; the customer's registration number, the commercial register, the internal number, the e-invoice UUID and the bank account are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الإصدار' (the supply date 'تاريخ التوريد' is a decoy). "
        + due_note(due, "نقدًا عند الاستلام", "تاريخ الاستحقاق")
        + po_note(po, "رقم أمر الشراء")
        + ("" if po else "The delivery permit number is a decoy. ")
        + ("The USD equivalent under the totals is a decoy. " if usd else "")
        + "subtotal = 'الإجمالي بعد الخصم' (after the discounts; 'إجمالي المبيعات' is the gross before them); tax = 'ضريبة القيمة المضافة 14%'; total = 'المبلغ المستحق'. Currency EGP ('ج.م'). Line items: every row, amount = 'القيمة' (after its discount)."
    )
    t = truth(vname, vid, no, po, d, due, "EGP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vid, bid, "المبلغ المستحق", fd(due) if due else None, usd]}
    return t, chk, (DM_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.8pt")), ctx)
