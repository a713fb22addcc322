"""Chromium (HTML) styles for set 11, part B (07 Maltese car-hire closing invoice with a rental sidebar, 08 Paraguayan
KuDE factura electrónica with VAT-inclusive prices by rate column, 10 Uzbek hisob-faktura in Latin script with QQS 12 %)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    iban,
    iban_fmt,
    li,
    mt,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    spd,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from stdnum.mt import vat as _mtvat
from stdnum.py import ruc as _pyruc

STYLES, style = style_registry("chromium")


# =========================================================================== 07 Maltese car-hire closing invoice (MT VAT, 18 %, rental details in a sidebar)
MT_V = [
    ("Mdina Car Hire Ltd", ["Triq San Pawl", "Rabat RBT 1012, Malta"], "#8b1a1a"),
    ("Gozo Wheels Ltd", ["Triq ir-Repubblika", "Victoria VCT 1016, Gozo"], "#14607a"),
    ("Sliema Rent-a-Car Co. Ltd", ["The Strand", "Gżira GZR 1027, Malta"], "#2d5e2d"),
    ("Island Auto Rentals Malta Ltd", ["Arrivals Hall, Malta International Airport", "Luqa LQA 4000, Malta"], "#3b3b6b"),
]
MT_CARS = [("A", "Kia Picanto 1.0", 18, 32), ("B", "Toyota Yaris 1.5 Hybrid", 24, 42), ("C", "Volkswagen Golf 1.5 TSI", 32, 55), ("D", "Nissan Qashqai 1.3 DIG-T", 42, 70), ("F", "Ford Tourneo Custom 9 seats", 75, 120)]
MT_HIRER = [("Mr Thomas Becker", "Hauptstraße 12, 70173 Stuttgart, Germany"), ("Ms Aoife Brennan", "14 Glenageary Road, Dún Laoghaire, Co. Dublin, Ireland"),
            ("Sunseeker Tours GmbH", "Leopoldstraße 44, 80802 München, Germany"), ("Mr and Mrs Jan Kowalski", "ul. Długa 5, 31-147 Kraków, Poland")]
S07_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} .side{background:#f1f1f1;border-left:3px solid {{ color }};padding:8px 10px;font-size:7.6pt;line-height:1.45} .side .k{color:#666;font-size:6.8pt;margin-top:5px}
table.it{width:100%;margin-top:8px} table.it th{text-align:left;border-bottom:1.5px solid {{ color }};padding:4px 3px;font-size:7.4pt} table.it td{padding:4px 3px}
table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 5px} .small{font-size:7pt;color:#555}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:17pt;font-weight:bold">{{ brand }}</div><div class="small">{{ v_name }} · {{ v1 }}, {{ v2 }} · Tel {{ tel }}<br>VAT Reg. No. {{ vat }} · Co. Reg. No. {{ creg }} · Transport Malta Licence {{ tml }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:13pt;font-weight:bold">{{ title }}</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;padding-right:14px">
<table><tr><td style="vertical-align:top;width:55%"><span class="small">{{ to_label }}</span><br><b>{{ h_name }}</b><br>{{ h_addr }}{% if h_vat %}<br>VAT No. {{ h_vat }}{% endif %}</td>
<td style="vertical-align:top;padding-left:12px"><table>{% for k, v in meta %}<tr><td class="small" style="padding-right:8px">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th style="width:58%">Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">{% for l in pay %}{{ l }}<br>{% endfor %}</div></td>
<td class="side" style="width:58mm;vertical-align:top"><b>Rental details</b>{% for k, v in side %}<div class="k">{{ k }}</div><div>{{ v }}</div>{% endfor %}</td></tr></table>
<div class="small" style="margin-top:22px">{{ terms }}</div>
<div class="small" style="margin-top:16px">Hirer's signature on return: ____________________ &nbsp;&nbsp; Checked in by: {{ agent }}</div>
</body></html>"""
)


@style("07", "mt_car_hire_closing_invoice")
def s07(rng, i):
    vname, (v1, v2), color = MT_V[i]
    h_name, h_addr = MT_HIRER[i]
    days = rng.randint(3, 14)
    ret = rand_date(rng)
    pick = ret - dt.timedelta(days=days)
    d = ret + dt.timedelta(days=[0, 0, rng.randint(1, 4), 0][i])
    grp, model, lo, hi = rng.choice(MT_CARS)
    rate = D(rng.randint(lo, hi)) + D(rng.choice([0, 0, 50, 95])) / 100
    items = [{"desc": f"Vehicle rental – Group {grp} ({model})", "qty": D(days), "price": rate}]
    items.append({"desc": "Super Collision Damage Waiver (SCDW, zero excess)", "qty": D(days), "price": D(rng.randint(9, 18))})
    extras = [("Additional driver", "day", 5, 9), ("Child booster seat", "day", 4, 7), ("GPS navigation unit", "day", 5, 8), ("Airport delivery and collection", "one", 20, 35), ("Out-of-hours return fee", "one", 25, 40)]
    for desc, per, elo, ehi in rng.sample(extras, rng.randint(1, 3)):
        items.append({"desc": desc, "qty": D(days) if per == "day" else D(1), "price": D(rng.randint(elo, ehi)) + D(rng.choice([0, 50])) / 100})
    fuel_out, fuel_in = 8, rng.choice([8, 6, 5, 3])
    if fuel_in < fuel_out:
        items.append({"desc": f"Refuelling charge ({fuel_out - fuel_in}/8 tank) incl. service fee", "qty": D(1), "price": D(rng.randint(18, 28)) * (fuel_out - fuel_in) / 2})
    for it in items:
        it["price"] = q2(it["price"])
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    body = valid(rng, lambda: digits(rng, 8, True), _mtvat.is_valid)
    vat = f"MT{body}" if i != 2 else f"MT {body[:4]}-{body[4:]}"
    no = [f"MCH/{str(d.year)[2:]}/{rng.randint(100, 9999):05d}", f"GW-{rng.randint(1000, 9999)}", f"INV-{rng.randint(10000, 99999):07d}", f"IAR{str(d.year)[2:]}{rng.randint(1000, 9999)}"][i]
    f = (lambda x: x.strftime("%d/%m/%Y")) if i != 3 else (lambda x: x.strftime("%d-%b-%Y"))
    due = d + dt.timedelta(days=30) if i == 2 else None
    po = f"SUN-{rng.randint(10000, 99999)}" if i == 2 else None
    cur = (lambda x: f"€{en(x)}") if i != 1 else (lambda x: f"{en(x)} EUR")
    ra = f"RA {rng.randint(10000, 99999):06d}"
    km_out = rng.randint(8000, 90000)
    km_in = km_out + rng.randint(40, 110) * days
    meta = [("Invoice No.", no), ("Invoice date", f(d))]
    if po:
        meta += [("Your ref. / PO", po), ("Payment terms", "30 days net"), ("Due date", f(due))]
    else:
        meta.append(("Booking ref.", rng.choice(["WEB", "RC", "DC"]) + digits(rng, 8)))
    side = [("Agreement No.", ra), ("Vehicle", f"{model}, Group {grp}"), ("Registration", f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} {rng.randint(100, 999)}"),
            ("Pick-up", f"{['Malta International Airport', 'Mġarr Harbour, Gozo', 'Sliema office', 'Malta International Airport'][i]}, {f(pick)} {rng.randint(7, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"),
            ("Return", f"{['Valletta Waterfront', 'Victoria office', 'Malta International Airport', 'St Julian’s hotel delivery'][i]}, {f(ret)} {rng.randint(7, 20):02d}:{rng.choice(['00', '15', '30', '45'])}"),
            ("Rental days", str(days)), ("Km out / in", f"{en(D(km_out), 0)} / {en(D(km_in), 0)}"), ("Fuel out / in", f"{fuel_out}/8 / {fuel_in}/8"),
            ("Driver licence", f"{rng.choice(['DE', 'IE', 'PL', 'DE'])}{digits(rng, 9)}")]
    deposit = D(rng.choice([300, 500, 750]))
    pay = [f"Security deposit pre-authorised on card: {cur(deposit)} – released on return."]
    if i in (0, 3):
        card_d = pick
        pay += [f"Paid by {rng.choice(['VISA', 'Mastercard'])} ****{digits(rng, 4)} on {f(card_d)}: {cur(total)}", f"Balance due: {cur(D(0))}"]
    elif i == 1:
        paid = q2(days * rate * D("1.18"))
        pay += [f"Prepaid online at booking: {cur(paid)}", f"Balance paid on return: {cur(total - paid)}"]
    else:
        pay += [f"Please pay by bank transfer to Bank of Valletta p.l.c., IBAN {iban_fmt(iban('MT', 'VALL' + digits(rng, 5) + digits(rng, 18)))}, quoting invoice {no}."]
    ctx = dict(
        color=color, brand=vname.replace(" Ltd", "").replace(" Co.", ""), v_name=vname, v1=v1, v2=v2, tel=f"+356 {rng.choice(['21', '27', '79'])}{digits(rng, 2)} {digits(rng, 4)}", vat=vat,
        creg=f"C {rng.randint(10000, 99999)}", tml=f"CH/{rng.randint(100, 999):04d}", title="INVOICE" if i == 2 else "CLOSING INVOICE", to_label="Bill to" if i == 2 else "Hirer",
        h_name=h_name, h_addr=h_addr, h_vat=f"DE{digits(rng, 9, True)}" if i == 2 else None, meta=meta,
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "p": cur(it["price"]), "a": cur(it["amount"])} for it in items],
        tots=[("Sub-total (excl. VAT)", cur(net), False), ("VAT 18%", cur(tax), False), ("TOTAL (incl. VAT)", cur(total), True)], pay=pay, side=side,
        terms="Traffic and parking fines incurred during the rental will be charged to the hirer together with an administration fee. Damage not covered by SCDW is charged at cost. "
        + f"All prices in euro. Vehicle insured by {rng.choice(['GasanMamo Insurance Ltd', 'MAPFRE Middlesea p.l.c.', 'Atlas Insurance PCC Ltd'])}.",
        agent=rng.choice(["Maria C.", "Jean-Paul G.", "Kurt S.", "Rita B."]),
    )
    notes = (
        "Maltese car-hire closing invoice with the rental details in a grey sidebar on the right: vendor = the legal name in the small letterhead line (the big brand is its short form); vendor tax id = "
        "'VAT Reg. No.' (MT + 8 digits, checksum" + (", printed 'MT 1234-5678'" if i == 2 else "") + "); the company registration, the Transport Malta licence, the agreement number, booking reference, "
        "registration plate, kilometres, driver licence" + (" and the customer's German VAT number" if i == 2 else "") + " are decoys. invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' ("
        + ("dd-Mon-yyyy" if i == 3 else "dd/mm/yyyy") + "); the pick-up and return dates/times are decoys. " + ("due = 'Due date'. " if due else "No due date (null). ")
        + (f"PO = 'Your ref. / PO' {po}. " if po else "No PO (the booking reference is none). ")
        + "subtotal = 'Sub-total (excl. VAT)'; tax = 'VAT 18%'; total = 'TOTAL (incl. VAT)'. The deposit pre-authorisation"
        + (", the card payment and the zero balance" if i in (0, 3) else (", the prepaid amount and the balance paid on return" if i == 1 else "")) + " are decoys. "
        "Currency EUR (" + ("'… EUR'" if i == 1 else "'€'") + "). Amounts '1,234.56'. Line items: every row (amount = 'Amount'; quantity 'Qty', the rental days for per-day rows)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vat, no, po, vname], (S07_HTML, ctx)


# =========================================================================== 08 Paraguayan KuDE factura electrónica (RUC-DV, timbrado, IVA 10 % / 5 % included, guaraníes)
PY_V = [
    ("COMERCIAL EL TRÉBOL S.A.", "Venta al por mayor de productos alimenticios", "Avda. Mariscal López 1234 c/ Kubitschek, Asunción", "#16508a"),
    ("TECNOLOGÍA GUARANÍ S.R.L.", "Actividades de programación informática", "Avda. Santa Teresa 2860, Edificio Aymac II, piso 5, Asunción", "#0f7b5f"),
    ("AGROGANADERA DEL CHACO S.A.", "Venta al por mayor de insumos agropecuarios", "Ruta Transchaco km 415, Filadelfia, Boquerón", "#7a5312"),
    ("FARMACIA CATEDRAL S.A.", "Venta al por menor de productos farmacéuticos", "Palma 458 c/ 14 de Mayo, Asunción", "#a11f4a"),
]
PY_B = [("SUPERMERCADO LA BOMBA S.A.", "Avda. Eusebio Ayala 4520, Asunción"), ("BANCO REGIONAL S.A.E.C.A.", "Avda. Aviadores del Chaco 2333, Asunción"),
        ("ESTANCIA SANTA CLARA S.A.", "Colonia Neuland, Boquerón"), ("HOSPITAL SAN JORGE S.A.", "Avda. España 1745, Asunción")]
PY_L = [
    [("Yerba mate 1 kg", "UNI", 18500, 26000, 24, 240, 10), ("Harina de trigo 000 50 kg", "UNI", 165000, 210000, 5, 60, 5), ("Aceite de girasol 900 ml", "UNI", 14500, 19800, 24, 240, 10), ("Arroz tipo 1 5 kg", "UNI", 32000, 41000, 10, 120, 5), ("Azúcar 1 kg", "UNI", 6500, 8900, 50, 500, 5)],
    [("Licencia mensual sistema de gestión", "UNI", 1500000, 4500000, 1, 6, 10), ("Horas de desarrollo", "HRS", 180000, 320000, 10, 80, 10), ("Soporte técnico mensual", "UNI", 900000, 2500000, 1, 3, 10)],
    [("Semilla de pasto Gatton panic (kg)", "KG", 9, 16, 50, 800, 5), ("Sal mineral 25 kg", "UNI", 14, 26, 10, 200, 5), ("Alambre liso 17/15 (1000 m)", "UNI", 95, 150, 5, 60, 10), ("Vacuna antiaftosa (dosis)", "UNI", 1, 3, 100, 3000, 5)],
    [("Paracetamol 500 mg x 100 comp.", "UNI", 18000, 32000, 10, 200, 5), ("Amoxicilina 500 mg x 21 caps.", "UNI", 24000, 39000, 10, 150, 5), ("Guantes de látex (caja 100)", "UNI", 38000, 62000, 5, 80, 10), ("Alcohol en gel 1 l", "UNI", 19000, 31000, 10, 120, 10)],
]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="9mm 10mm", font="'Liberation Sans',Arial,sans-serif", fs="7.8pt")
    + """
table.g{width:100%} table.g td,table.g th{border:1px solid #333;padding:2.5px 4px} table.g th{background:#eee;font-size:6.8pt} .hd{color:{{ color }}} .small{font-size:6.8pt}
</style></head><body>
<table class="g"><tr><td style="width:60%;vertical-align:top"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ act }}</div><div>{{ v_addr }}</div><div>Teléfono: {{ tel }} · {{ mail }}</div></td>
<td style="vertical-align:top"><div>RUC: <b>{{ ruc }}</b></div><div>Timbrado N°: {{ timb }}</div><div>Fecha de inicio de vigencia: {{ vig }}</div><div style="font-size:11pt;font-weight:bold;margin-top:4px">FACTURA ELECTRÓNICA</div><div style="font-size:11pt;font-weight:bold">{{ no }}</div></td></tr></table>
<table class="g" style="margin-top:4px"><tr><td style="width:50%">Fecha y hora de emisión: {{ d }}<br>Condición de venta: Contado {{ '☒' if not credit else '☐' }} &nbsp; Crédito {{ '☒' if credit else '☐' }}<br>{% if plazo %}{{ plazo }}<br>{% endif %}Moneda: {{ moneda }}{% if tc %}<br>Tipo de cambio: {{ tc }}{% endif %}</td>
<td>RUC / Documento de identidad N°: {{ b_ruc }}<br>Nombre o razón social: {{ b_name }}<br>Dirección: {{ b_addr }}<br>Tipo de transacción: {{ ttx }}</td></tr></table>
<table class="g" style="margin-top:4px"><tr><th rowspan="2">Cód.</th><th rowspan="2" style="width:32%">Descripción</th><th rowspan="2">Unidad de medida</th><th rowspan="2">Cantidad</th><th rowspan="2">Precio unitario</th><th rowspan="2">Descuento</th><th colspan="3">Valor de venta</th></tr>
<tr><th>Exentas</th><th>5%</th><th>10%</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">0</td><td class="r">{{ it.c0 }}</td><td class="r">{{ it.c5 }}</td><td class="r">{{ it.c10 }}</td></tr>{% endfor %}
{% for k in range(pad) %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>{% endfor %}
<tr><td colspan="6"><b>SUBTOTAL:</b></td><td class="r">{{ s0 }}</td><td class="r">{{ s5 }}</td><td class="r">{{ s10 }}</td></tr>
<tr><td colspan="8"><b>TOTAL DE LA OPERACIÓN:</b></td><td class="r"><b>{{ total }}</b></td></tr>
<tr><td colspan="8">TOTAL EN GUARANÍES:</td><td class="r">{{ total_gs }}</td></tr>
<tr><td colspan="9">LIQUIDACIÓN IVA: &nbsp; (5%) {{ iva5 }} &nbsp;&nbsp; (10%) {{ iva10 }} &nbsp;&nbsp; TOTAL IVA: {{ iva }}</td></tr></table>
{% if extra %}<div style="margin-top:6px;border:1px solid #333;padding:3px 5px">Información adicional de interés del emisor: {{ extra }}</div>{% endif %}
<table style="width:100%;margin-top:8px"><tr><td style="width:30mm">{{ qr|safe }}</td><td class="small" style="vertical-align:top">Consulte la validez de esta Factura Electrónica con el número de CDC impreso abajo en:<br>https://ekuatia.set.gov.py/consultas/<br>
<b style="font-size:9pt">CDC: {{ cdc }}</b><br>ESTE DOCUMENTO ES UNA REPRESENTACIÓN GRÁFICA DE UN DOCUMENTO ELECTRÓNICO (XML)<br>Si su documento electrónico presenta algún error, podrá solicitar la modificación dentro de las 72 horas siguientes de la emisión de este comprobante.</td></tr></table>
</body></html>"""
)


def py_ruc(rng):
    body = "80" + digits(rng, 6)
    return f"{body}-{_pyruc.calc_check_digit(body)}"


@style("08", "py_kude_factura_iva_incluido")
def s08(rng, i):
    vname, act, vaddr, color = PY_V[i]
    bname, baddr = PY_B[i]
    d = rand_date(rng)
    usd = i == 2
    items = items_from(rng, PY_L[i], rng.randint(2, 5), step=D("0.01") if usd else D("100"))
    for it in items:
        it["rate"] = D(it["extra"])
    t5 = sum(it["amount"] for it in items if it["rate"] == 5)
    t10 = sum(it["amount"] for it in items if it["rate"] == 10)
    rnd = q2 if usd else q0
    iva5, iva10 = rnd(t5 / 21), rnd(t10 / 11)
    total = t5 + t10
    tax = iva5 + iva10
    fm = (lambda x: de(x)) if usd else (lambda x: de(x, 0))
    ruc = py_ruc(rng)
    assert _pyruc.is_valid(ruc)
    no = f"001-{rng.choice(['001', '002', '003'])}-{rng.randint(100, 9999999):07d}"
    hh = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    f = (lambda x: x.strftime("%d-%m-%Y")) if i != 3 else (lambda x: x.strftime("%d/%m/%Y"))
    credit = i in (1, 2)
    due = d + dt.timedelta(days=30) if i == 1 else None
    plazo = (f"Cuotas: 1 · Vencimiento de la cuota: {f(due)}" if due else "Plazo: 30 días") if credit else None
    po = f"OC N° {rng.randint(1000, 9999)}/{d.year}" if i == 0 else None
    tc = D(rng.randint(7100, 7900))
    ctx = dict(
        color=color, v_name=vname, act=act, v_addr=vaddr, tel=f"(021) {digits(rng, 3, True)} {digits(rng, 3)}", mail=f"facturacion@{vname.split()[0].lower().replace('í', 'i')}.com.py",
        ruc=ruc, timb=digits(rng, 8, True), vig=dt.date(d.year - 1, rng.randint(1, 12), 1).strftime("%d/%m/%Y"), no=no, d=f"{f(d)} {hh}", credit=credit, plazo=plazo,
        moneda="Dólar estadounidense (USD)" if usd else "Guaraní (PYG)", tc=de(tc, 0) if usd else None, b_ruc=py_ruc(rng), b_name=bname, b_addr=baddr,
        ttx=["Venta de mercadería", "Prestación de servicios", "Venta de mercadería", "Venta de mercadería"][i],
        items=[{"code": f"{rng.randint(100, 99999)}", "desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": fm(it["price"]), "c0": "0", "c5": fm(it["amount"]) if it["rate"] == 5 else "0",
                "c10": fm(it["amount"]) if it["rate"] == 10 else "0"} for it in items],
        pad=max(0, 7 - len(items)), s0="0", s5=fm(t5), s10=fm(t10), total=fm(total), total_gs=de(q0(total * tc), 0) if usd else fm(total), iva5=fm(iva5), iva10=fm(iva10), iva=fm(tax),
        extra=(f"Orden de compra del cliente: {po}." if po else ("Pago en cheque diferido o transferencia a la cuenta del Banco Continental N° " + digits(rng, 10, True) + "." if i == 2 else None)),
        qr=qr_svg(rng, 26), cdc=" ".join((lambda s: [s[k:k + 4] for k in range(0, 44, 4)])(f"01{ruc.replace('-', '')}{no.replace('-', '')}1{d.strftime('%Y%m%d')}1{digits(rng, 9)}{rng.randint(0, 9)}")),
    )
    notes = (
        "Paraguayan KuDE (printed e-invoice) with prices including IVA and the sale value split into Exentas / 5% / 10% columns: vendor = the emisor in the header; vendor tax id = 'RUC' (8 digits, dash, "
        "check digit; python-stdnum py.ruc); the buyer's RUC, the timbrado and its start date, the CDC (44 digits, which contains the RUC and the number) are decoys. invoice_number = the number under "
        "'FACTURA ELECTRÓNICA' (001-00X-NNNNNNN); invoice_date = 'Fecha y hora de emisión' (" + ("dd/mm/yyyy" if i == 3 else "dd-mm-yyyy") + " hh:mm:ss). "
        + ("due = the quota's 'Vencimiento'. " if due else ("'Plazo: 30 días': no due date (null). " if credit else "Contado: no due date (null). "))
        + (f"PO = 'Orden de compra del cliente' {po}. " if po else "No PO. ")
        + "Prices include IVA and no net total is printed: subtotal null; tax = 'TOTAL IVA' (the (5%) and (10%) liquidation amounts are parts: 1/21 and 1/11 of their columns); total = 'TOTAL DE LA "
        "OPERACIÓN'. The SUBTOTAL row holds the column sums (VAT included). " + ("Currency USD ('Dólar estadounidense'); the 'TOTAL EN GUARANÍES' and the exchange rate are decoys. Amounts '1.234,56'. "
                                                                                 if usd else "Currency PYG (guaraníes, whole, '1.234.567'; 'TOTAL EN GUARANÍES' repeats the total). ")
        + "Line items: every row (amount = its value in the 5% or 10% column, VAT included; quantity 'Cantidad'); the empty padding rows are no items."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ruc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD" if usd else "PYG", subtotal=None, tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, ruc, no, po, vname], (S08_HTML, ctx)


# =========================================================================== 10 Uzbek hisob-faktura in Latin script (STIR, QQS 12 %, MXIK codes, so'm)
UZ_V = [
    ('"SAMARQAND TEKSTIL" MChJ', "Samarqand sh., Mirzo Ulug'bek ko'chasi, 77-uy", "#1c5d8c"),
    ('"NAVOIY QURILISH MATERIALLARI" MChJ', "Navoiy sh., Galaba shoh ko'chasi, 12-uy", "#7a3d12"),
    ('"BUXORO IT XIZMATLARI" MChJ', "Buxoro sh., Mustaqillik ko'chasi, 5-uy", "#276b3a"),
    ('"TOSHKENT OZIQ-OVQAT SAVDO" AJ', "Toshkent sh., Yunusobod tumani, Amir Temur shoh ko'chasi, 108-uy", "#4a2f6b"),
]
UZ_B = [('"KORZINKA" MChJ', "Toshkent sh., Chilonzor tumani, Bunyodkor ko'chasi, 1-uy"), ('"UZBEKISTAN TEMIR YO\'LLARI" AJ', "Toshkent sh., Shaxrisabz ko'chasi, 7-uy"),
        ('"BUXORO VILOYAT SOG\'LIQNI SAQLASH BOSHQARMASI"', "Buxoro sh., Navoiy shoh ko'chasi, 30-uy"), ('"MAKRO" MChJ', "Toshkent sh., Yakkasaroy tumani, Bobur ko'chasi, 2-uy")]
UZ_L = [
    [("Paxta ip-kalava Ne 30/1", "kg", 28000, 41000, 100, 2000), ("Trikotaj mato (kulrang)", "metr", 18500, 32000, 50, 800), ("Erkaklar futbolkasi, paxta", "dona", 42000, 68000, 20, 400)],
    [("Sement M400, 50 kg qop", "qop", 52000, 68000, 20, 400), ("G'isht, pishgan", "dona", 650, 980, 1000, 20000), ("Armatura A500C 12 mm", "tonna", 8900000, 10500000, 1, 12), ("Gipsokarton list 12,5 mm", "dona", 48000, 65000, 20, 300)],
    [("Dasturiy ta'minotni kuzatib borish (oylik)", "oy", 2500000, 6500000, 1, 3), ("Kompyuter tarmog'ini o'rnatish", "xizmat", 1800000, 4200000, 1, 2), ("Xodimlarni o'qitish", "soat", 180000, 320000, 4, 40)],
    [("Kungaboqar yog'i 1 l", "dona", 17500, 23000, 100, 2000), ("Shakar 1 kg", "kg", 11500, 14800, 200, 5000), ("Guruch lazer 1 kg", "kg", 18000, 26000, 100, 2000), ("Un oliy nav 50 kg", "qop", 310000, 385000, 10, 120)],
]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 10mm", font="'DejaVu Sans',sans-serif", fs="7.8pt")
    + """
table.g{width:100%} table.g td,table.g th{border:1px solid #444;padding:2.5px 3px} table.g td.r{white-space:nowrap} table.g th{background:#eef1f5;font-size:6.5pt} .hd{color:{{ color }}} table.kv td{padding:1.5px 6px 1.5px 0;vertical-align:top} .small{font-size:6.8pt;color:#555}
</style></head><body>
<div class="small r">{{ sys }} · Hujjat ID: {{ docid }}</div>
<div class="c hd" style="font-size:15pt;font-weight:bold;margin-top:6px">HISOB-FAKTURA</div>
<div class="c" style="font-size:10pt;margin-top:2px">{{ head }}</div><div class="c">{{ contract }}</div>
<table style="width:100%;margin-top:10px"><tr>{% for side in sides %}<td style="width:50%;vertical-align:top;padding-right:10px"><table class="kv">{% for k, v in side %}<tr><td class="small" style="width:36mm">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td>{% endfor %}</tr></table>
<table class="g" style="margin-top:8px"><tr><th rowspan="2">№</th><th rowspan="2" style="width:24%">Tovar (ish, xizmat) nomi</th><th rowspan="2">MXIK kodi</th><th rowspan="2">O'lchov birligi</th><th rowspan="2">Miqdori</th><th rowspan="2">Narxi{{ cur_h }}</th><th rowspan="2">Yetkazib berish qiymati</th><th colspan="2">QQS</th><th rowspan="2">QQS bilan yetkazib berish qiymati</th></tr>
<tr><th>stavka</th><th>summa</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.mxik }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">12%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td colspan="6"><b>Jami:</b></td><td class="r"><b>{{ net }}</b></td><td></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% for l in under %}<div style="margin-top:5px">{{ l }}</div>{% endfor %}
<table style="width:100%;margin-top:22px"><tr><td>Rahbar: ____________ {{ dir1 }}<br><br>Bosh hisobchi: ____________ {{ acc1 }}<br><br>Tovarni topshirdi: ____________</td>
<td>Qabul qildi: ____________<br><br>Ishonchnoma: № {{ poa }} {{ poa_d }}<br><br>Rahbar: ____________ {{ dir2 }}</td></tr></table>
<div class="small" style="margin-top:16px;border:1px dashed #888;padding:4px">{{ esign }}</div>
</body></html>"""
)


@style("10", "uz_hisob_faktura_qqs")
def s10(rng, i):
    vname, vaddr, color = UZ_V[i]
    bname, baddr = UZ_B[i]
    d = rand_date(rng)
    items = items_from(rng, UZ_L[i], rng.randint(2, 4), step=D("100") if i != 1 else D("10"))
    for it in items:
        it["tax"] = q2(it["amount"] * D("0.12"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    fm = [sp, spd, sp, en][i]
    stir = rng.choice("23") + digits(rng, 8)
    b_stir = rng.choice("23") + digits(rng, 8)
    no = [str(rng.randint(1, 480)), f"{rng.randint(10, 999)}/{str(d.year)[2:]}", f"BIT-{rng.randint(100, 999)}", str(rng.randint(1000, 9999))][i]
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    long_d = f"{d.day} {MONTHS['uz'][d.month - 1]} {d.year} y."
    dp = [f(d), f(d), long_d, f(d)][i]
    head = [f"№ {no} sana {dp}", f"№ {no} / {dp}", f"{dp} dagi № {no}", f"№ {no}  {dp} y."][i]
    cdate = d - dt.timedelta(days=rng.randint(20, 300))
    contract = f"{f(cdate)} yildagi {rng.randint(1, 99)}/{str(cdate.year)[2:]}-son shartnomaga"
    due = d + dt.timedelta(days=[10, 0, 30, 0][i]) if i in (0, 2) else None
    po = f"ZK-{rng.randint(1000, 9999)}" if i == 1 else None
    banks = [("\"Kapitalbank\" ATB", "01158"), ("\"Hamkorbank\" ATB", "00083"), ("\"Ipoteka-bank\" ATIB", "00873"), ("\"Asakabank\" AJ", "00873"), ("O'zsanoatqurilishbank ATB", "00440")]
    vb, bb = rng.sample(banks, 2)
    sides = [[("Yetkazib beruvchi:", vname), ("Manzil:", vaddr), ("STIR:", stir), ("Hisob raqami:", "2020 8000 " + digits(rng, 12)), ("Bank:", vb[0]), ("MFO:", vb[1]), ("QQS to'lovchi maqomi:", "QQS to'lovchisi (faol)")],
             [("Sotib oluvchi:", bname), ("Manzil:", baddr), ("STIR:", b_stir), ("Hisob raqami:", "2021 0000 " + digits(rng, 12)), ("Bank:", bb[0]), ("MFO:", bb[1])]]
    under = []
    if i != 3:
        under.append(f"Jami to'lanadigan summa: {fm(total)} so'm, shu jumladan QQS: {fm(tax)} so'm")
    if due:
        under.append(f"To'lov muddati: {f(due)} gacha")
    if po:
        under.append(f"Buyurtma № {po}")
    sign_d = d + dt.timedelta(days=rng.randint(0, 3))
    ctx = dict(
        color=color, sys=rng.choice(["Didox.uz", "Faktura.uz", "Soliq.uz e-faktura"]), docid="".join(rng.choice("0123456789abcdef") for _ in range(24)), head=head, contract=contract, sides=sides,
        cur_h=", so'm" if i != 3 else "", net=fm(net), tax=fm(tax), total=fm(total), under=under, dir1=rng.choice(["A. Karimov", "B. Rashidov", "D. Yusupova"]), acc1=rng.choice(["N. Tursunova", "S. Alimov"]),
        dir2=rng.choice(["F. Nazarov", "M. Ergasheva"]), poa=str(rng.randint(5, 250)), poa_d=f(d - dt.timedelta(days=rng.randint(0, 5))),
        items=[{"desc": it["desc"], "mxik": digits(rng, 17, True), "unit": it["unit"], "q": qstr(it["qty"]), "p": fm(it["price"]), "a": fm(it["amount"]), "t": fm(it["tax"]), "g": fm(it["amount"] + it["tax"])} for it in items],
        esign=f"Elektron raqamli imzo bilan imzolangan. Yetkazib beruvchi: {f(d)} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} · Sotib oluvchi (qabul qilingan): "
        f"{f(sign_d)} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
    )
    notes = (
        "Uzbek e-hisob-faktura (VAT invoice) in Latin script, as printed from an e-invoicing operator: vendor = 'Yetkazib beruvchi' (with its quotes and MChJ/AJ form, as printed); vendor tax id = its "
        "'STIR' (9 digits, no public checksum); the buyer's STIR, bank accounts, MFO codes, MXIK product codes (17 digits) and the document ID are decoys. invoice_number = the '№' in the heading line; "
        "invoice_date = the date in that line (" + ("'12 mart 2026 y.'" if i == 2 else "dd.mm.yyyy") + "); the contract's date, the power of attorney ('Ishonchnoma') date and the e-signature "
        "timestamps are decoys. " + ("due = 'To'lov muddati'. " if due else "No due date (null). ") + (f"PO = 'Buyurtma №' {po}. " if po else "No PO; the contract is none. ")
        + "subtotal = the 'Jami' row's 'Yetkazib berish qiymati'; tax = its QQS summa (12%); total = its 'QQS bilan yetkazib berish qiymati'"
        + ("" if i == 3 else " (also in 'Jami to'lanadigan summa')") + ". " + ("No currency is printed anywhere: UZS, the vendor's country's. " if i == 3 else "Currency UZS (so'm). ")
        + "Amounts " + ["'1 234 567,89'", "'1 234 567.89'", "'1 234 567,89'", "'1,234,567.89'"][i] + ". Line items: every row (amount = 'Yetkazib berish qiymati', net; quantity 'Miqdori')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=stir, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="UZS", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [dp, f(due) if due else None, stir, no, po, vname], (S10_HTML, ctx)
