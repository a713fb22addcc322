"""Chromium (HTML) styles for set 67, second part (04 Bamenda firm's invoice as a business letter in English with the
facts in running sentences, VAT 17.5 % and the council surtax, whole francs CFA, an advance deducted and the total in
words; 05 Potosí utility's factura in Spanish with the amount due at the top, each label ending a line of text with its
value on the next, IVA 13 % included, municipal rates outside it and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, lines, po_note, rib_key, truth
from kit_words import en_words_title, es_words

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Bamenda (VAT 17.5 % + CAC, XAF), a letter in running sentences, advance, words
BA_V = [
    ("Mankon Engineering Consultants Ltd", "Commercial Avenue, P.O. Box 512, Bamenda, North-West Region", "cons"),
    ("Up Station Printing Press Sarl", "Up Station Road, P.O. Box 77, Bamenda", "print"),
    ("Bambui Highland Dairy Cooperative", "Bambui, Tubah Subdivision, Mezam, North-West Region", "dairy"),
    ("Nkwen Roadworks & Haulage Ltd", "Nkwen Roundabout, Bamenda III, North-West Region", "road"),
]
BA_B = [("The Mayor, Bamenda City Council", "City Chemist Roundabout, Bamenda"), ("The Registrar, The University of Bamenda", "Bambili, Tubah"),
        ("The Manager, Ayaba Hotel Ltd", "Hospital Roundabout, Bamenda"), ("The Regional Delegate of Public Works", "Up Station, Bamenda")]
BA_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, (singular, plural))
    "cons": [("site supervision of the Ntarinkon market extension", "day", 4, 30, 45000, 95000, ("day", "days")), ("structural design review", "hour", 6, 60, 12000, 25000, ("hour", "hours")),
             ("topographic survey of plots", "plot", 2, 20, 65000, 140000, ("plot", "plots"))],
    "print": [("graduation brochures, 48 pages, full colour", "copy", 200, 3000, 900, 2500, ("copy", "copies")), ("examination answer booklets", "ream", 20, 400, 4500, 8500, ("ream", "reams")),
              ("A2 posters for the convocation", "poster", 50, 600, 650, 1800, ("poster", "posters"))],
    "dairy": [("fresh pasteurised milk, 1 litre bottles", "litre", 100, 1500, 550, 800, ("litre", "litres")), ("natural yoghurt, 500 g cups", "cup", 50, 800, 650, 1100, ("cup", "cups")),
              ("farm butter, 250 g", "pack", 20, 300, 1400, 2600, ("pack", "packs"))],
    "road": [("grading of the Mile 4 Nkwen feeder road", "km", 2, 18, 350000, 900000, ("km", "km")), ("laterite haulage, 10 t tipper", "trip", 10, 120, 35000, 65000, ("trip", "trips")),
             ("culvert installation, 600 mm", "unit", 1, 12, 180000, 420000, ("unit", "units"))],
}
BA_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 8px 0;line-height:1.5;text-align:justify} table.it{border-collapse:collapse;margin:4px 0 10px 0;width:100%} table.it td,table.it th{border-bottom:1px solid #999;padding:3px 6px;font-size:9.5pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%;border-bottom:2px solid {{ color }}"><tr><td><div style="font-size:17pt;font-variant:small-caps;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8.5pt">{{ vaddr }} · Tel.&nbsp;+237&nbsp;6{{ tel }}</div></td>
<td style="text-align:right;font-size:8pt;vertical-align:bottom;white-space:nowrap">NIU: {{ vid }}<br>RCCM: {{ rccm }}</td></tr></table>
<table style="width:100%;margin-top:18px"><tr><td style="width:55%"></td><td>{{ addr_to }}<br>{{ baddr }}<br>NIU: {{ bid }}</td></tr></table>
<p style="text-align:right;margin-top:16px">Bamenda, {{ dl }}</p>
<p><b>Our ref.:</b> {{ ourref }}{% if po %} · <b>Your ref.:</b> purchase order No. {{ po }}{% endif %}</p>
<p><b>Subject: Invoice No. {{ no }}</b></p>
<p>Dear Sir/Madam,</p>
<p>We have the honour to submit our invoice No. {{ no }} of {{ d }}{% if po %}, issued under your purchase order No. {{ po }}{% endif %}, for the {{ what }} delivered between {{ from_d }} and {{ to_d }}.</p>
{% if table %}<p>The work is detailed as follows:</p>
<table class="it"><tr><th style="text-align:left">Description</th><th class="r">Quantity</th><th class="r">Unit price (FCFA)</th><th class="r">Amount (FCFA)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
{% else %}{% for it in items %}<p>For the {{ it.d }}, we have charged {{ it.q }} {{ it.u }} at {{ it.p }} FCFA each, that is {{ it.a }} FCFA.</p>{% endfor %}{% endif %}
<p>The amount before tax therefore comes to {{ net }} FCFA. Value added tax at 17.5 % amounts to {{ vat }} FCFA and the additional council tax (CAC, 10 % of the VAT) to {{ cac }} FCFA, a total tax of {{ tax }} FCFA, so that the total amount including all taxes is <b>{{ total }} FCFA</b>.</p>
{% if adv %}<p>From this total we deduct the advance of {{ adv }} FCFA that you paid on {{ advd }} (our receipt No. {{ advno }}); the balance still payable is therefore {{ bal }} FCFA.</p>{% endif %}
<p>This invoice is closed at the sum of <i>{{ words }} CFA francs</i>, all taxes included.</p>
<p>{% if due %}We should be grateful if you would settle the {{ "balance" if adv else "amount" }} by {{ due }} by transfer to our account No. {{ rib }} at {{ bank }}, Bamenda branch.{% else %}The amount is payable on receipt of this invoice, by transfer to our account No. {{ rib }} at {{ bank }}, Bamenda branch, or by cheque to our order.{% endif %}</p>
<p>Thanking you for your continued confidence, we remain,</p>
<p>Yours faithfully,</p>
<p style="margin-top:26px"><b>{{ signer }}</b><br>{{ role }}</p>
<div style="position:absolute;bottom:0;font-size:7pt;color:#555;width:100%;border-top:1px solid #bbb">{{ vname }} · Taxpayer under the Real Earnings Regime, Bamenda Specialised Tax Office · NIU {{ vid }} · {{ bank }} account {{ rib }}</div>
</body></html>"""


@style("04", "cm_bda_bamenda_letter_vat_19_25_running_text_xaf_advance_words")
def s04(rng, i):
    vname, vaddr, kind = BA_V[i]
    addr_to, baddr = BA_B[i]
    d = rand_date(rng)
    items = lines(rng, BA_ROWS[kind], [2, 3, 2, 3][i], D("50"))
    net = sum(x["amount"] for x in items)
    vat = q2(net * D("0.175")).quantize(D("1"))
    cac = (vat / 10).quantize(D("1"))
    tax = vat + cac
    total = net + tax
    f0 = lambda v: sp(v, 0).replace(" ", "\u00a0")  # noqa: E731
    vid = "M" + digits(rng, 2) + str(d.year - rng.randint(3, 20))[2:] + digits(rng, 8) + rng.choice("ABCDEFGHKLMNPRSTWXZ")
    bid = rng.choice("MP") + digits(rng, 12) + rng.choice("ABCDEKLMPQX")
    no = [f"MEC/{d.year}/{rng.randint(10, 199):03d}", f"{rng.randint(1000, 9999)}/UPP/{d.strftime('%y')}", f"BHDC-{rng.randint(100, 999)}", f"NRH/{rng.randint(10, 99)}/{d.year}"][i]
    fd = [lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 3) else None
    po = [f"BCC/PO/{rng.randint(100, 999)}/{d.year}", f"UBa/{rng.randint(1000, 9999)}", None, None][i]
    adv = (total * D(rng.choice([20, 30, 40])) / 100000).quantize(D("1")) * 1000 if i in (0, 3) else None
    bankc, branch, acct = rng.choice(["10005", "10033", "10029"]), f"{rng.randint(10000, 99999)}", digits(rng, 11)
    rib = f"{bankc} {branch} {acct} {rib_key(bankc, branch, acct)}"
    what = {"cons": "engineering services", "print": "printing work", "dairy": "dairy products", "road": "road works"}[kind]
    ctx = dict(
        color=["#1e3a5f", "#7c2d12", "#14532d", "#57534e"][i], vname=vname, vaddr=vaddr, tel=digits(rng, 8), vid=vid, rccm=f"RC/BDA/{rng.randint(2008, 2022)}/{rng.choice('AB')}/{rng.randint(100, 999)}",
        addr_to=addr_to, baddr=baddr, bid=bid, dl=fd(d), ourref=f"{''.join(w[0] for w in vname.split()[:3]).upper()}/{rng.randint(100, 999)}", po=po, no=no, d=fd(d), what=what,
        from_d=fd(d - dt.timedelta(days=rng.randint(20, 40))), to_d=fd(d - dt.timedelta(days=rng.randint(1, 8))), table=i in (1, 3),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["extra"][0 if x["qty"] == 1 else 1], "p": f0(x["price"]), "a": f0(x["amount"])} for x in items],
        net=f0(net), vat=f0(vat), cac=f0(cac), tax=f0(tax), total=f0(total), adv=f0(adv) if adv else None, advd=fd(d - dt.timedelta(days=rng.randint(30, 60))), advno=f"R{rng.randint(100, 999)}",
        bal=f0(total - adv) if adv else None, words=en_words_title(total), due=fd(due) if due else None, rib=rib, bank=rng.choice(["Afriland First Bank", "Commercial Bank Cameroon", "SCB Cameroun"]),
        signer=rng.choice(["Eng. Ngwa Divine Che", "Mrs Fon Bridget Ndum", "Mr Tanjong Peter Ambe", "Dr Akwa Emmanuel Neba"]), role=rng.choice(["Managing Director", "General Manager", "Chief Accountant"]),
    )
    notes = (
        "Bamenda (North-West Region, Cameroon) invoice as a BUSINESS LETTER in English with the facts and totals in RUNNING SENTENCES, "
        + ("a small table of the work" if ctx["table"] else "no table: one sentence per item")
        + ", VAT 17.5 % plus the council surtax (CAC, 10 % of the VAT), whole francs CFA '1 234 567 FCFA': vendor = the letterhead; vendor_tax_id = the letterhead's 'NIU' (the addressee's NIU, the RCCM, the bank account and our ref. are decoys). "
        "invoice_number = 'invoice No.' in the subject and the first sentence; invoice_date = the date of the invoice in the first sentence (the letter's date, the same day; the period of the work is a decoy). "
        + due_note(due, "payable on receipt", "settle ... by <date>")
        + po_note(po, "purchase order No.")
        + "subtotal = 'The amount before tax'; tax = 'a total tax of' (VAT + CAC; each part alone is a decoy); total = 'the total amount including all taxes'"
        + (" (the advance deducted below it and the balance still payable are decoys)" if adv else "")
        + "; the total also in English words. Currency XAF (FCFA). Line items: every work item with its quantity."
    )
    t = truth(vname, vid, no, po, d, due, "XAF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "including all taxes", fd(due) if due else None, ctx["words"], ctx["bal"], rib]}
    return t, chk, (BA_HTML.replace("@@BASE@@", css(margin="18mm 20mm", fs="10pt", font="'DejaVu Serif',serif")), ctx)


# =========================================================================== 05 Potosí (IVA 13 % included, BOB), utility bill, totals at the top, labels ending a line
PT_V = [
    ("Servicios Eléctricos Cerro Rico S.A.", "Calle Bolívar N° 1011, Potosí", "elec", "#b45309"),
    ("Cooperativa de Telecomunicaciones Villa Imperial R.L.", "Av. Villazón N° 245, Potosí", "tel", "#1d4ed8"),
    ("Empresa de Agua Potable Kari Kari S.A.M.", "Plaza 6 de Agosto, Potosí", "agua", "#0e7490"),
    ("Cooperativa Eléctrica Cantumarca Ltda.", "Av. Tinkuy N° 118, zona Cantumarca, Potosí", "elec", "#7c2d12"),
]
PT_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, iva)
    "elec": [("Cargo fijo", "mes", 1, 1, 8, 18, True), ("Energía consumida", "kWh", 60, 900, "0.62", "0.98", True), ("Potencia demandada", "kW", 3, 25, "14.00", "22.00", True),
             ("Tasa de alumbrado público", "mes", 1, 1, 6, 30, False), ("Tasa de aseo urbano", "mes", 1, 1, 5, 22, False)],
    "tel": [("Línea fija, renta básica", "mes", 1, 1, 30, 55, True), ("Internet fibra 50 Mbps", "mes", 1, 1, 180, 320, True), ("Llamadas a celulares", "min", 20, 400, "0.50", "0.90", True),
            ("Llamadas larga distancia nacional", "min", 10, 200, "0.30", "0.70", True), ("Alquiler de router", "mes", 1, 1, 10, 25, True)],
    "agua": [("Consumo de agua potable", "m³", 8, 60, "3.20", "6.80", True), ("Alcantarillado sanitario", "m³", 8, 60, "1.10", "2.40", True), ("Cargo fijo por conexión", "mes", 1, 1, 6, 14, True),
             ("Tasa de aseo urbano", "mes", 1, 1, 5, 22, False)],
}
PT_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.lab{color:#444} .val{font-weight:bold;font-size:10pt;margin-bottom:5px} .box{border:2px solid {{ color }};padding:8px 10px}
table.it{width:100%;margin-top:6px} table.it td,table.it th{padding:3px 4px;font-size:8.2pt} table.it th{text-align:left;border-bottom:1px solid {{ color }};color:{{ color }}} .r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }} · Línea gratuita 800 10 {{ tel }}</div>
<div>NIT {{ vid }} · Actividad: {{ act }}</div></td>
<td class="box"><div style="font-size:8pt">TOTAL A PAGAR</div><div style="font-size:18pt;font-weight:bold;color:{{ color }}">Bs {{ total }}</div>
<div style="font-size:8pt">{% if due %}Pague hasta el {{ due }} para evitar el corte del servicio{% else %}Débito automático en su cuenta{% endif %}</div></td></tr></table>
<div style="margin-top:10px;font-size:13pt;font-weight:bold;letter-spacing:2px">FACTURA <span style="font-size:8pt;letter-spacing:0;font-weight:normal">(Con Derecho a Crédito Fiscal)</span></div>
<table style="width:100%;margin-top:6px;font-size:8.4pt"><tr><td style="width:50%;vertical-align:top;padding-right:14px">
<div class="lab">Este documento se emite por el servicio prestado durante el periodo facturado. Factura N°:</div><div class="val">{{ no }}</div>
<div class="lab">Emitida en Potosí, conforme a la normativa vigente, en la fecha de emisión:</div><div class="val">{{ d }}</div>
<div class="lab">Corresponde al consumo del periodo de facturación:</div><div class="val">{{ period }}</div>
<div class="lab">El cliente registrado para este suministro es:</div><div class="val">{{ bname }}</div>
<div class="lab">NIT / CI del cliente para el crédito fiscal:</div><div class="val">{{ bid }}</div></td>
<td style="vertical-align:top"><div class="lab">Número de cuenta o código de cliente del suministro:</div><div class="val">{{ cuenta }}</div>
<div class="lab">{{ meter_l }}</div><div class="val">{{ meter }}</div>
{% if lect %}<div class="lab">Lecturas registradas en el periodo, anterior y actual:</div><div class="val">{{ lect }}</div>{% endif %}
{% if due %}<div class="lab">Para evitar recargos, pague hasta la fecha de vencimiento:</div><div class="val">{{ due }}</div>{% endif %}
<div class="lab">{{ next_l }}</div><div class="val">{{ nextd }}</div></td></tr></table>
<table class="it"><tr><th>Concepto</th><th class="r">Cantidad</th><th>Unidad</th><th class="r">Precio unitario</th><th class="r">Importe Bs</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px;font-size:8.6pt"><tr><td style="vertical-align:top;width:52%">Son: {{ words }}<br><br>
Consumo de los últimos meses: {{ hist }}</td><td><table style="margin-left:auto">
<tr><td>Subtotal servicios</td><td class="r">{{ serv }}</td></tr><tr><td>Tasas municipales (no sujetas a IVA)</td><td class="r">{{ tasas }}</td></tr>
<tr><td><b>Total factura Bs</b></td><td class="r"><b>{{ total }}</b></td></tr><tr><td>Importe base para crédito fiscal</td><td class="r">{{ serv }}</td></tr>
<tr><td>IVA 13 % incluido</td><td class="r">{{ tax }}</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:7pt">Código de autorización (CUF): {{ cuf }}<br>ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY<br>
Ley N° 453: El proveedor de servicios debe habilitar medios e instrumentos para efectuar consultas y reclamaciones.</div>
<div style="margin-top:8px">{{ bars|safe }}</div>
</body></html>"""


@style("05", "bo_pts_potosi_factura_servicios_iva_13_incl_utility_totals_top_label_eol_words")
def s05(rng, i):
    vname, vaddr, kind, color = PT_V[i]
    d = rand_date(rng)
    rows = PT_ROWS[kind]
    pick = [r for r in rows if r[2] == r[3] or rng.random() < 0.8]
    items = []
    for r in pick:
        desc, unit, qlo, qhi, lo, hi, iva = r
        items += lines(rng, [(desc, unit, qlo, qhi, D(str(lo)), D(str(hi)), iva)], 1, D("0.01"))
    serv = sum(x["amount"] for x in items if x["extra"])
    tasas = sum(x["amount"] for x in items if not x["extra"])
    total = serv + tasas
    tax = q2(serv * D("0.13"))
    vid = digits(rng, rng.choice([9, 10]), True) + "01" + digits(rng, 1)
    bid = digits(rng, 7, True) + rng.choice(["", "", "-1B"]) if i != 3 else digits(rng, 10, True) + "016"
    f = [de, en, de, en][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es")][i]
    no = str(rng.randint(1000, 999999))
    due = d + dt.timedelta(days=rng.choice([15, 20, 25])) if i != 1 else None
    start = (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    period = f"{start.strftime('%d/%m/%Y')} al {(d.replace(day=1) - dt.timedelta(days=1)).strftime('%d/%m/%Y')}"
    cons = next((x["qty"] for x in items if x["unit"] in ("kWh", "m³")), None)
    prev = rng.randint(1000, 90000)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 4), vid=vid, act={"elec": "Distribución de energía eléctrica", "tel": "Telecomunicaciones", "agua": "Captación y distribución de agua"}[kind],
        total=f(total), due=fd(due) if due else None, no=no, d=fd(d), period=period,
        bname=rng.choice(["Hotel Cima Argentum S.R.L.", "Unidad Educativa Pichincha", "Farmacia San Roque", "Mamani Quispe, Juana", "Restaurante La Casona de Potosí"]),
        bid=bid, cuenta=f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-{rng.randint(1, 9)}",
        meter_l="Medidor N°, categoría tarifaria:" if kind != "tel" else "Número de línea y plan contratado:",
        meter=(f"M-{digits(rng, 8)} · " + rng.choice(["Residencial", "General", "Comercial"])) if kind != "tel" else f"2-62{digits(rng, 5)} · Plan Hogar Plus",
        lect=f"{prev} – {prev + int(cons)}" if cons and kind != "tel" else None, nextd=fd(d + dt.timedelta(days=rng.randint(25, 32))), next_l="Próxima lectura programada del medidor:" if kind != "tel" else "Fecha de la próxima facturación del servicio:",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": f(x["price"]), "a": f(x["amount"])} for x in items],
        words=f"{es_words(int(total)).capitalize()} {int((total % 1) * 100):02d}/100 Bolivianos", hist=" · ".join(str(rng.randint(50, 900)) for _ in range(6)) + (" kWh" if kind == "elec" else " m³" if kind == "agua" else " min"),
        serv=f(serv), tasas=f(tasas), tax=f(tax), cuf="".join(rng.choice("0123456789ABCDEF") for _ in range(48)), bars=bars_svg(rng, 70, 9),
    )
    notes = (
        "Potosí (Bolivia) utility's FACTURA (con derecho a crédito fiscal) in Spanish with the amount due in a box at the TOP, the facts in lines whose LABEL ENDS a sentence with the value on the NEXT line, "
        f"IVA 13 % included in the prices and municipal rates outside it, '{f(D('1234.5'))}': vendor = the name at the top; vendor_tax_id = 'NIT' under it (the customer's NIT / CI, the account, meter, readings and the CUF are decoys). "
        "invoice_number = 'Factura N°'; invoice_date = 'en la fecha de emisión' (the billing period and the next reading date are decoys). "
        + due_note(due, "Débito automático", "pague hasta la fecha de vencimiento")
        + "No PO. subtotal = null (no net is printed: 'Subtotal servicios' is the IVA-inclusive services and the 'Importe base para crédito fiscal' the same figure); tax = 'IVA 13 % incluido'; total = 'TOTAL A PAGAR' / 'Total factura Bs'; the total also in words ('Son: ... NN/100 Bolivianos'). "
        "Currency BOB ('Bs'). Line items: every row including the municipal rates, amounts as printed (IVA included); they add up to the total."
    )
    t = truth(vname, vid, no, None, d, due, "BOB", None, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL A PAGAR", fd(due) if due else None, bid, ctx["words"], ctx["cuenta"]]}
    return t, chk, (PT_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt", font="'DejaVu Sans',sans-serif")), ctx)
