"""Chromium (HTML) styles for set 61, second part (04 Bundaberg LPG supplier's TAX INVOICE / account in a utility
bill's shape: the amount due and the account summary at the TOP, cylinder rental and deliveries by docket with
kilograms, GST 10 %, a usage chart and a REMITTANCE SLIP at the foot; 05 Huancayo FACTURA ELECTRÓNICA sent as a
BUSINESS LETTER in Spanish with the facts in RUNNING SENTENCES, IGV 18 %, the total in words and a detracción
paragraph, two with a small table and two with none)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import au_abn, long_date, pe_ruc
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import MONTHS, due_note, lines, po_note, truth
from kit_words import es_words

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Bundaberg (GST 10, AUD), utility-style LPG account
BU_V = [
    ("Burnett Coast Gas Pty Ltd", "Burnett Coast Gas", "14 Enterprise Street, Bundaberg QLD 4670", "#b45309"),
    ("Rum City LPG & Appliances Pty Ltd", "Rum City LPG", "88 Princess Street, Bundaberg East QLD 4670", "#0f766e"),
    ("Wide Bay Bottled Gas Pty Ltd", "Wide Bay Gas", "3 Production Street, Svensson Heights QLD 4670", "#be123c"),
    ("Kalkie Gas Services Pty Ltd", "Kalkie Gas", "210 Bargara Road, Kalkie QLD 4670", "#1d4ed8"),
]
BU_C = [
    ("The Manager, Bargara Beach Caravan Park", "Cnr Bauer & Nielson Streets, Bargara QLD 4670"),
    ("Accounts Payable, Bundaberg Sugar Mill Canteen", "PO Box 77, Millaquin QLD 4670"),
    ("Mrs J. Kowalczyk", "17 Woongarra Scenic Drive, Innes Park QLD 4670"),
    ("Elliott Heads Bowls Club Inc.", "2 Elliott Heads Road, Elliott Heads QLD 4670"),
]
BU_ROWS = [
    ("LPG delivered, 45 kg cylinders", "kg", 45, 360, 2.4, 3.6), ("LPG bulk tank refill", "kg", 100, 900, 1.8, 2.7), ("Forklift LPG 18 kg cylinder exchange", "kg", 18, 144, 3.1, 4.2),
]
BU_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
.top{display:flex;justify-content:space-between;align-items:flex-start}
.logo{font-family:'Liberation Sans',sans-serif;font-size:20pt;font-weight:bold;color:{{ color }};letter-spacing:-.5px}
.due{background:{{ color }};color:#fff;border-radius:6px;padding:8px 12px;width:72mm}
.due .big{font-size:21pt;font-weight:bold} .due td{padding:1px 6px 1px 0;color:#fff;font-size:8.4pt}
.sum{width:100%;border-collapse:collapse;margin-top:8px} .sum td{padding:3px 4px;border-bottom:1px solid #e5e7eb;font-size:8.6pt}
.facts{display:flex;gap:18px;margin-top:10px;font-size:8.2pt} .facts div span{display:block;color:#6b7280;font-size:7pt}
h3{font-size:9pt;margin:12px 0 2px;color:{{ color }};border-bottom:2px solid {{ color }};padding-bottom:2px}
table.ch{width:100%;border-collapse:collapse} table.ch td,table.ch th{padding:2px 4px;font-size:8.2pt} table.ch th{color:#6b7280;font-weight:normal;text-align:left;font-size:7.2pt}
.slip{position:absolute;left:0;right:0;bottom:0;border-top:1.5px dashed #555;padding-top:6px;font-size:8pt}
.slip td{padding:2px 10px 2px 0}
</style></head><body>
<div class="top"><div><div class="logo">{{ brand }}</div><div style="font-size:7.6pt;color:#444">{{ vname }} · ABN {{ vid }}<br>{{ vaddr }} · 07 41{{ tel }}</div>
<div style="margin-top:12px;font-size:8.6pt"><b>{{ cname }}</b><br>{{ caddr }}</div></div>
<div class="due"><div style="font-size:8pt">Amount due</div><div class="big">${{ total }}</div><table>
<tr><td>Due date</td><td><b>{{ due }}</b></td></tr><tr><td>Account no.</td><td>{{ acct }}</td></tr></table></div></div>
<table class="sum"><tr><td colspan="2" style="font-weight:bold;border-bottom:2px solid #111">Account summary</td></tr>
<tr><td>Previous invoice {{ prev_no }}</td><td class="r">${{ prev }}</td></tr><tr><td>Payment received {{ prev_paid_d }} – thank you</td><td class="r">-${{ prev }}</td></tr>
<tr><td>Balance carried forward</td><td class="r">$0.00</td></tr><tr><td><b>Total new charges (incl. GST)</b></td><td class="r"><b>${{ total }}</b></td></tr></table>
<div class="facts"><div><span>TAX INVOICE no.</span><b>{{ no }}</b></div><div><span>Issue date</span><b>{{ d }}</b></div><div><span>Billing period</span>{{ p0 }} – {{ p1 }}</div>
{% if po %}<div><span>Your order no.</span><b>{{ po }}</b></div>{% endif %}<div><span>Site</span>{{ site }}</div></div>
<h3>New charges</h3>
<table class="ch"><tr><th>Date</th><th>Docket</th><th>Description</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount ex GST</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.dk }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r" style="border-top:1px solid #111">Total new charges excl. GST</td><td class="r" style="border-top:1px solid #111">${{ net }}</td></tr>
<tr><td colspan="5" class="r">GST</td><td class="r">${{ tax }}</td></tr>
<tr><td colspan="5" class="r"><b>Total new charges</b></td><td class="r"><b>${{ total }}</b></td></tr></table>
<div style="display:flex;gap:18px;margin-top:12px;align-items:flex-end"><div>{{ chart|safe }}<div style="font-size:6.8pt;color:#6b7280">Your gas use, kg per month</div></div>
<div style="font-size:7.4pt;color:#444;max-width:95mm">Average daily use this period: {{ avg }} kg. Cylinders on site: {{ cyl }}. Next scheduled delivery run: {{ next_run }}.
Report gas leaks 24/7 on 1800 {{ leak }}. Pay by BPAY, card on 07 41{{ tel }} or EFT to BSB {{ bsb }} Acc {{ bacc }}.</div></div>
<div class="slip"><table style="width:100%"><tr><td style="width:55%"><b style="font-size:10pt">Payment slip</b> · {{ brand }}<br>{{ cname }}<br>
<b>BPAY</b> Biller code {{ biller }} · Ref {{ bref }}</td>
<td><table><tr><td>Account no.</td><td>{{ acct }}</td></tr><tr><td>Invoice no.</td><td>{{ no }}</td></tr><tr><td>Amount due</td><td><b>${{ total }}</b></td></tr><tr><td>Due date</td><td>{{ due }}</td></tr><tr><td>Amount paid</td><td>$ ____________</td></tr></table></td></tr></table></div>
</body></html>"""


def _chart(rng, color):
    vals = [rng.randint(20, 100) for _ in range(12)]
    bars = "".join(f'<rect x="{k * 9}" y="{50 - v / 2}" width="6" height="{v / 2}" fill="{color}"/>' for k, v in enumerate(vals))
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 108 52" style="width:52mm;height:25mm">{bars}<line x1="0" y1="50.5" x2="108" y2="50.5" stroke="#111" stroke-width=".5"/></svg>'


@style("04", "au_bdb_bundaberg_lpg_account_gst_10_totals_top_remittance_slip")
def s04(rng, i):
    vname, brand, vaddr, color = BU_V[i]
    cname, caddr = BU_C[i]
    d = rand_date(rng)
    p1 = d - dt.timedelta(days=rng.randint(1, 4))
    p0 = p1 - dt.timedelta(days=rng.choice([29, 30, 60, 90]) - 1)
    cyl = rng.randint(1, 6)
    items = []
    for _ in range(rng.randint(2, 4)):
        row = rng.choice(BU_ROWS[: 3 if i != 2 else 1])
        it = lines(rng, [row], 1, D("0.01"))[0]
        it["day"] = p0 + dt.timedelta(days=rng.randint(0, (p1 - p0).days))
        it["docket"] = f"D{rng.randint(100000, 999999)}"
        items.append(it)
    items.sort(key=lambda x: x["day"])
    months = max(1, round((p1 - p0).days / 30))
    rent = {"desc": f"Cylinder rental, {cyl} x 45 kg, {months} month(s)", "unit": "cyl", "qty": D(cyl * months), "price": D(rng.choice(["4.50", "5.20", "6.00"])), "day": p1, "docket": "–"}
    rent["amount"] = q2(rent["qty"] * rent["price"])
    items.append(rent)
    if i in (0, 3):
        items.append({"desc": "Delivery fee (after-hours)", "unit": "ea", "qty": D(1), "price": D(rng.choice(["35.00", "45.00"])), "amount": None, "day": p1, "docket": "–"})
        items[-1]["amount"] = items[-1]["price"]
    net = sum(x["amount"] for x in items)
    tax = q2(net / 10)
    total = net + tax
    vid = au_abn(rng)
    no = [f"INV{rng.randint(100000, 999999)}", f"{rng.randint(3000000, 3999999)}", f"RC-{rng.randint(10000, 99999)}", f"{rng.randint(20000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en_short'][x.month - 1]} {x.year}", lambda x: long_date(x, "en"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30]))
    po = f"PO{rng.randint(10000, 99999)}" if i == 1 else None
    prev = D(rng.randint(9000, 140000)) / 100
    acct = f"{rng.randint(100000, 999999)}"
    ctx = dict(
        color=color, brand=brand, vname=vname, vid=vid, vaddr=vaddr, tel=f"{rng.randint(50, 59)} {digits(rng, 4)}", cname=cname, caddr=caddr,
        total=en(total), due=fd(due), acct=acct, prev_no=f"{rng.randint(100000, 999999)}", prev=en(prev), prev_paid_d=fd(d - dt.timedelta(days=rng.randint(20, 40))),
        no=no, d=fd(d), p0=p0.strftime("%d/%m/%Y"), p1=p1.strftime("%d/%m/%Y"), po=po, site=caddr.split(",")[0] if i != 1 else "Canteen gas store, Millaquin Mill",
        items=[{"dt": x["day"].strftime("%d/%m"), "dk": x["docket"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), chart=_chart(rng, color), avg=f"{rng.randint(2, 30)}.{rng.randint(0, 9)}", cyl=cyl,
        next_run=fd(d + dt.timedelta(days=rng.randint(5, 20))), leak=f"{digits(rng, 3)} {digits(rng, 3)}", bsb=f"{rng.choice(['064', '124', '034', '084'])}-{digits(rng, 3)}", bacc=digits(rng, 8, True),
        biller=digits(rng, 6, True), bref=digits(rng, 10, True),
    )
    notes = (
        "Bundaberg (Queensland, Australia) LPG supplier's TAX INVOICE in a UTILITY BILL's shape: the AMOUNT DUE, its due date and an ACCOUNT SUMMARY at the TOP (previous invoice, payment received, balance carried forward $0.00, total new charges), the charges by date and docket below with kilograms, GST 10 %, a usage chart and a REMITTANCE SLIP at the foot, '$1,234.56': "
        "vendor = the legal name beside the ABN under the brand logo (the brand alone is a trading name); vendor_tax_id = the ABN (the account number, BPAY biller code and reference, BSB and account, the previous invoice and the dockets are decoys). "
        "invoice_number = 'TAX INVOICE no.' (repeated as 'Invoice no.' on the slip); invoice_date = 'Issue date' (the billing period, delivery dates, payment-received and next-run dates are decoys). "
        + due_note(due, None, "Due date")
        + po_note(po, "Your order no.")
        + "subtotal = 'Total new charges excl. GST'; tax = 'GST'; total = 'Total new charges' = 'Amount due' (the previous invoice's amount is a decoy). Currency AUD. "
        "Line items: every charge row with its quantity (kilograms, cylinder-months, fees), without GST."
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = [fd(d), fd(due), no, vid, "Total new charges", ctx["prev"], ctx["bref"], ctx["p0"]]
    return t, chk, (BU_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Huancayo (IGV 18, PEN), business letter in running text
HU_V = [
    ("Transportes y Servicios Mantaro S.A.C.", "Av. Ferrocarril 1245, El Tambo, Huancayo", "Marco Antonio Quispe Huamán", "Gerente General"),
    ("Consultora Ambiental Wanka E.I.R.L.", "Jr. Puno 560, oficina 302, Huancayo", "Ing. Rosa Elvira Cárdenas Poma", "Gerente"),
    ("Maquinarias del Valle Junín S.A.C.", "Carretera Central km 5, Pilcomayo, Huancayo", "Luis Alberto Ríos Meza", "Jefe de Administración"),
    ("Centro de Capacitación Andina S.R.L.", "Calle Real 890, Huancayo", "Lic. Patricia Inga Soto", "Directora"),
]
HU_B = [
    ("Compañía Minera Andaychagua S.A.", "Av. Javier Prado Este 4200, Santiago de Surco, Lima"),
    ("Municipalidad Distrital de Chilca", "Jr. Ayacucho 350, Chilca, Huancayo"),
    ("Agroindustrias Valle del Mantaro S.A.C.", "Av. Huancavelica 1100, El Tambo, Huancayo"),
    ("Caja Municipal de Ahorro y Crédito de Huancayo S.A.", "Jr. Ancash 125, Huancayo"),
]
HU_ROWS = [
    [("traslado de concentrado de zinc Andaychagua – Callao", "viaje", 2, 12, 3800, 6900), ("alquiler de camión grúa de 12 t", "día", 1, 8, 1450, 2600), ("escolta y resguardo de carga", "viaje", 2, 12, 450, 900)],
    [("monitoreo de calidad de aire en el relleno sanitario", "servicio", 1, 2, 6800, 12500), ("elaboración del informe técnico sustentatorio", "informe", 1, 1, 9500, 18000), ("muestreo de agua superficial del río Mantaro", "punto", 3, 12, 380, 720)],
    [("mantenimiento preventivo de tractor agrícola", "unidad", 1, 4, 1800, 3900), ("reparación del sistema hidráulico de la cosechadora", "servicio", 1, 2, 4200, 8800), ("repuestos: filtros y juntas", "juego", 1, 6, 320, 780)],
    [("taller de atención al cliente para asesores", "participante", 10, 40, 180, 320), ("curso de prevención de lavado de activos", "participante", 10, 60, 150, 260), ("material didáctico impreso", "juego", 10, 60, 18, 35)],
]
HU_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px;text-align:justify;line-height:1.45} .lh{border-bottom:1px solid #333;padding-bottom:5px;display:flex;justify-content:space-between;align-items:flex-end}
table.sm{border-collapse:collapse;margin:4px 0 10px 8mm;font-size:9pt} table.sm td,table.sm th{padding:2px 8px;border-bottom:1px solid #aaa} table.sm th{font-weight:normal;font-style:italic;text-align:left}
</style></head><body>
<div class="lh"><div><div style="font-size:16pt;font-weight:bold;font-variant:small-caps">{{ vname }}</div><div style="font-size:8.4pt">RUC {{ vid }} · {{ vaddr }} · Junín, Perú</div></div>
<div style="font-size:8pt;text-align:right">Tel. (064) {{ tel }}<br>{{ mail }}</div></div>
<p style="text-align:right;margin-top:14px">Huancayo, {{ letter_d }}</p>
<p><b>CARTA N.° {{ carta }}</b></p>
<p>Señores<br><b>{{ bname }}</b><br>RUC {{ bid }}<br>{{ baddr }}<br><u>Presente</u>.-</p>
<p><b>Asunto:</b> Remisión de la Factura Electrónica {{ no }}{% if po %}<br><b>Referencia:</b> {{ po_l }} N.° {{ po }}{% endif %}</p>
<p>De nuestra especial consideración:</p>
<p>Por medio de la presente nos es grato saludarlos y, {% if po %}en atención a su {{ po_l }} N.° <span style="white-space:nowrap">{{ po }}</span>, {% endif %}remitirles la <b style="white-space:nowrap">Factura Electrónica {{ no }}</b>, emitida el {{ d }}, por {{ what }}.</p>
{% if table %}<table class="sm"><tr><th>Descripción</th><th class="r">Cantidad</th><th class="r">Valor unitario</th><th class="r">Valor de venta</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
{% else %}{% for it in items %}<p>{{ it.sentence }}</p>{% endfor %}{% endif %}
<p>El valor de venta asciende a <b>S/ {{ net }}</b>, al que se añade el Impuesto General a las Ventas (IGV 18 %) por <b>S/ {{ tax }}</b>, resultando un importe total de <b>S/ {{ total }}</b> (SON: {{ words }}).</p>
<p>{{ pay }}</p>
<p>{{ detr }}</p>
<p>Sin otro particular, quedamos a su disposición para cualquier consulta y aprovechamos la oportunidad para expresarles las muestras de nuestra especial consideración.</p>
<p style="margin-top:16px">Atentamente,</p>
<p style="margin-top:34px">______________________________<br><b>{{ signer }}</b><br>{{ role }}<br>{{ vname }}</p>
<div style="position:absolute;bottom:0;left:0;right:0;font-size:7pt;color:#555;border-top:1px solid #aaa;padding-top:3px">Representación impresa de la factura electrónica disponible en www.sunat.gob.pe · Adj.: Factura Electrónica {{ no }} (XML y PDF){% if gr %} y Guía de Remisión {{ gr }}{% endif %}</div>
</body></html>"""


@style("05", "pe_hyo_huancayo_carta_factura_igv_18_running_text_words")
def s05(rng, i):
    vname, vaddr, signer, role = HU_V[i]
    bname, baddr = HU_B[i]
    d = rand_date(rng)
    items = lines(rng, HU_ROWS[i], [3, 2, 3, 2][i], D("1") if i != 3 else D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid, bid = pe_ruc(rng), pe_ruc(rng)
    no = f"{['F001', 'E001', 'F002', 'FC01'][i]}-{rng.randint(1, 99999):08d}" if i != 1 else f"E001-{rng.randint(100, 9999)}"
    fd = lambda x: long_date(x, "es")  # noqa: E731
    letter_d = d + dt.timedelta(days=rng.randint(0, 3))
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    po_l = ["Orden de Servicio", "Orden de Compra", "Orden de Servicio", "Orden de Compra"][i]
    po = [f"OS-{d.year}-{rng.randint(100, 999):04d}", f"{rng.randint(100, 999)}-{d.year}-MDCH", None, f"{rng.randint(4500000, 4599999)}"][i]
    table = i in (1, 3)
    cur_words = f"{es_words(int(total)).upper()} CON {int(round((total % 1) * 100)):02d}/100 SOLES"
    sent = [
        lambda x: f"Por concepto de {x['desc']}, {qstr(x['qty'])} {x['unit']}{'s' if x['qty'] != 1 and not x['unit'].endswith('s') else ''} a S/ {en(x['price'])} cada uno, el valor de venta es de S/ {en(x['amount'])}.",
    ][0]
    what = ["los servicios de transporte de carga prestados", "los servicios de consultoría ambiental", "los trabajos de mantenimiento y reparación de maquinaria", "los servicios de capacitación dictados"][i]
    if due:
        pay = f"Agradeceremos efectuar el pago con fecha de vencimiento el {fd(due)}, mediante depósito en nuestra cuenta corriente en soles del BCP N.° {digits(rng, 3)}-{digits(rng, 7)}-0-{digits(rng, 2)} (CCI {digits(rng, 20)})."
    else:
        pay = f"La operación es al contado y el pago se realizará mediante depósito en nuestra cuenta corriente del BBVA N.° 0011-{digits(rng, 4)}-{digits(rng, 10)} a nombre de {vname.rstrip('.')}."
    detr = (
        f"Asimismo, les recordamos que la operación está sujeta al Sistema de Detracciones (SPOT) con la tasa de {['4', '12', '12', '12'][i]} %, cuyo depósito de S/ {en(q2(total * D(['0.04', '0.12', '0.12', '0.12'][i])))} "
        f"deberá efectuarse en nuestra cuenta del Banco de la Nación N.° 00-{digits(rng, 3)}-{digits(rng, 6)}."
    )
    gr = f"T001-{rng.randint(1000, 99999)}" if i in (0, 2) else None
    ctx = dict(
        vname=vname, vid=vid, vaddr=vaddr, tel=f"{rng.randint(20, 60)}{digits(rng, 4)}", mail=f"administracion@{vname.split()[0].lower()}.com.pe",
        letter_d=fd(letter_d), carta=f"{rng.randint(10, 250):03d}-{d.year}-{['GG/TSM', 'G/CAW', 'ADM/MVJ', 'DIR/CCA'][i]}", bname=bname, bid=bid, baddr=baddr,
        no=no, po=po, po_l=po_l, d=fd(d), what=what, table=table,
        items=[{"d": x["desc"][0].upper() + x["desc"][1:], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "sentence": sent(x)} for x in items],
        net=en(net), tax=en(tax), total=en(total), words=cur_words, pay=pay, detr=detr, signer=signer, role=role, gr=gr,
    )
    notes = (
        f"Huancayo (Junín, Peru) FACTURA ELECTRÓNICA sent as a BUSINESS LETTER in Spanish (serif), the facts and totals in RUNNING SENTENCES ({'a small table of the services' if table else 'no table: one sentence per service'}), IGV 18 %, the total in words ('SON: … CON xx/100 SOLES'), 'S/ 1,234.56': "
        "vendor = the letterhead's name; vendor_tax_id = its RUC (11 digits; the addressee's RUC, the bank and Banco de la Nación accounts, the CCI and the letter's own number 'CARTA N.°' are decoys). "
        "invoice_number = 'Factura Electrónica' series-number in the subject line and body; invoice_date = the date after 'emitida el' (the letter's date 'Huancayo, …' may differ and is a decoy). "
        + due_note(due, "al contado" if not due else None, "fecha de vencimiento el")
        + po_note(po, po_l)
        + "subtotal = 'valor de venta asciende a'; tax = the IGV sentence's amount; total = 'importe total' (the detracción deposit is a decoy). Currency PEN. "
        + ("Line items: the table's rows." if table else "Line items: one per service sentence (quantity, unit price and value of sale).")
    )
    t = truth(vname, vid, no, po, d, due, "PEN", net, tax, total, items, notes)
    chk = [fd(d), fd(due) if due else None, no, vid, bid, cur_words, ctx["carta"], fd(letter_d)]
    return t, chk, (HU_HTML.replace("@@BASE@@", css(margin="18mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)
