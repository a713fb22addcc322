"""Chromium (HTML) styles for set 65, second part (04 Luleå KVITTO in Swedish on an 80 mm TILL ROLL, prices including
moms 25 / 12 / 6 % (food 12 % before 1 April 2026 and 6 % from then), a rabatt row on two, a moms table and the
kontrollenhet; 05 Zacatecas CFDI FACTURA in Spanish with the TOTALS and the amount in words at the TOP under the
header, IVA 16 / 0 %, a withheld IVA on the freight invoice, a dollar counter-value on two and a nota de crédito)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mx_rfc, per_rate, se_org
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, lines, po_note, qr_svg, truth
from kit_words import es_words

STYLES, style = style_registry("chromium")

FOOD_CUT = dt.date(2026, 4, 1)  # Swedish moms on food 12 % -> 6 % (author's knowledge, not verified)


# =========================================================================== 04 Luleå (moms 25/12/6 % incl., SEK), 80 mm till roll
LU_V = [  # (legal name, trading name, address, catalogue (desc, unit, qlo, qhi, lo, hi, rate or 'food'))
    ("Konditori Norrbotten AB", "CAFÉ STORGATAN", "Storgatan 38, 972 31 Luleå", [
        ("Kanelbulle", "st", 1, 4, 32, 42, 12), ("Kaffe bryggt", "st", 1, 3, 29, 36, 12), ("Cappuccino", "st", 1, 3, 42, 52, 12), ("Räksmörgås", "st", 1, 2, 119, 149, 12),
        ("Prinsesstårta bit", "st", 1, 3, 52, 62, 12), ("Mineralvatten 33 cl", "st", 1, 2, 25, 32, 12)]),
    ("Bokhandeln i Luleå AB", "BOKHANDELN SMEDJAN", "Smedjegatan 11, 972 33 Luleå", [
        ("Roman inbunden", "st", 1, 2, 189, 259, 6), ("Pocketbok", "st", 1, 3, 79, 119, 6), ("Karta Norrbotten 1:250 000", "st", 1, 1, 139, 179, 6),
        ("Anteckningsbok A5", "st", 1, 3, 59, 129, 25), ("Sällskapsspel", "st", 1, 1, 299, 449, 25), ("Presentinslagning", "st", 1, 1, 15, 25, 25)]),
    ("Gammelstadens Livs AB", "GAMMELSTADENS LIVS", "Lulevägen 2, 975 96 Luleå", [
        ("Mjölk 3% 1,5 l", "st", 1, 3, 21, 26, "food"), ("Renskav 240 g", "st", 1, 2, 69, 89, "food"), ("Hjortronsylt 400 g", "st", 1, 1, 79, 99, "food"), ("Tunnbröd 6-p", "st", 1, 2, 29, 38, "food"),
        ("Västerbottensost 450 g", "st", 1, 1, 119, 149, "food"), ("Värmeljus 50-p", "st", 1, 1, 49, 69, 25), ("Batterier AA 8-p", "st", 1, 1, 79, 99, 25)]),
    ("Norrsken Sport & Fritid AB", "NORRSKEN SPORT", "Köpmantorget 4, 972 32 Luleå", [
        ("Längdskidvalla Swix V40", "st", 1, 2, 119, 149, 25), ("Pannlampa 600 lm", "st", 1, 1, 399, 599, 25), ("Ullunderställ tröja", "st", 1, 2, 549, 899, 25),
        ("Broddar till skor", "st", 1, 2, 199, 279, 25), ("Skidstavar kolfiber", "par", 1, 1, 699, 1199, 25), ("Sportstrumpor 3-p", "st", 1, 2, 149, 199, 25)]),
]
LU_HTML = """<html lang="sv"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:5mm 4mm} body{font-family:'Liberation Mono','DejaVu Sans Mono',monospace;font-size:7.6pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} .sep{border-top:1px solid #000;margin:3px 0} .dash{border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-family:'DejaVu Sans',sans-serif;font-size:11.5pt;font-weight:bold;letter-spacing:0.05em">{{ trade }}</div>
<div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Tel 0920-{{ tel }}</div><div class="c">Org.nr {{ org }}</div><div class="c">Momsreg.nr {{ vid }}</div>
<div class="sep"></div>
<table><tr><td>Datum {{ d }}</td><td class="r">Tid {{ tm }}</td></tr><tr><td>Kassa {{ kassa }}</td><td class="r">Kvitto nr {{ no }}</td></tr><tr><td colspan="2">Kassör: {{ op }}</td></tr></table>
<div class="dash"></div>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td style="padding-left:8px">{{ it.qp }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="dash"></div>
<table><tr><td>Antal artiklar</td><td class="r">{{ n }}</td></tr>
<tr style="font-size:10.5pt;font-weight:bold"><td>ATT BETALA</td><td class="r">SEK {{ total }}</td></tr></table>
<div class="dash"></div>
<table><tr><td>{{ pay }}</td><td class="r">{{ total }}</td></tr>{% for l in paylines %}<tr><td colspan="2">{{ l }}</td></tr>{% endfor %}</table>
<div class="dash"></div>
<table><tr><td>Moms%</td><td class="r">Moms</td><td class="r">Netto</td><td class="r">Brutto</td></tr>
{% for r in rates %}<tr><td>{{ r.r }}</td><td class="r">{{ r.t }}</td><td class="r">{{ r.b }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td>Summa</td><td class="r">{{ tax }}</td><td class="r">{{ net }}</td><td class="r">{{ total }}</td></tr></table>
<div class="dash"></div>
{% if member %}<div>Medlem: {{ member }}</div>{% endif %}
<div>Kontrollenhet: {{ ku }}</div><div>Kvittonr {{ no }} · Kassa {{ kassa }} · {{ d }}</div>
<div class="c" style="margin-top:3px">{{ bars|safe }}</div><div class="c">{{ barno }}</div>
<div class="c" style="margin-top:4px">{{ bye }}</div>
</body></html>"""


@style("04", "se_lul_lulea_kvitto_moms_25_12_6_till_80mm_rabatt")
def s04(rng, i):
    vname, trade, vaddr, cat = LU_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [4, 3, 6, 3][i], D("1"))
    for x in items:
        x["rate"] = (12 if d < FOOD_CUT else 6) if x["extra"] == "food" else x["extra"]
    rab = None
    if i in (1, 3):
        base = max(items, key=lambda x: x["amount"])
        pct = rng.choice([10, 15, 20, 25])
        rab = {"desc": f"  Rabatt {pct}% {'medlem' if i == 3 else 'bokrea'}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "rate": base["rate"], "show_qty": False}
        items.insert(items.index(base) + 1, rab)
    rates = per_rate(items, gross=True)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    org = se_org(rng)
    vid = "SE" + org.replace("-", "") + "01"
    no = str(rng.randint(10000, 99999))
    ds = d.isoformat()
    kassa = rng.randint(1, 6)
    card = rng.choice(["VISA", "MASTERCARD", "AMEX"])
    pay = ["Betalkort", "Swish", "Betalkort", "Betalkort"][i]
    paylines = ([f"Kort: ************{digits(rng, 4)} {card}", f"Ref: {digits(rng, 12, True)}", f"Term: {digits(rng, 8, True)}", "Köp  GODKÄNT"] if pay == "Betalkort"
                else [f"Swish ref: {digits(rng, 10, True)}", f"Betalt från 07{rng.randint(0, 9)}-{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"])
    ctx = dict(
        h=150 + 8 * len(items), trade=trade, vname=vname, vaddr=vaddr, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", org=org, vid=vid,
        d=ds, tm=f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", kassa=kassa, no=no, op=rng.choice(["Elin", "Johan 12", "Saga L", "Mattias"]),
        items=[{"d": x["desc"], "qp": (f"{qstr(x['qty'])} {x['unit']} x {sp(x['price'])}" if x["qty"] is not None else ""), "a": sp(x["amount"])} for x in items],
        n=sum(int(x["qty"]) for x in items if x["qty"] is not None), total=sp(total), pay=pay, paylines=paylines,
        rates=[{"r": f"{r},00", "t": sp(t), "b": sp(b), "g": sp(g)} for r, b, t, g in rates], tax=sp(tax), net=sp(net),
        member=f"{digits(rng, 4, True)} {digits(rng, 4)} {digits(rng, 4)}" if i == 3 else None,
        ku=f"{rng.choice(['CCA', 'KUB', 'RTA'])}{digits(rng, 13, True)}", bars=bars_svg(rng, 60, 9), barno=digits(rng, 18, True),
        bye=["Välkommen åter! Fika i Luleå sedan 1962", "Öppet köp 30 dagar mot kvitto", "Tack för handeln! Spara kvittot", "Öppet köp 30 dagar · Reklamation enligt KKL"][i],
    )
    notes = (
        "Luleå (Sweden) KVITTO on an 80 mm TILL ROLL in Swedish, monospace, prices INCLUDING moms (" + " / ".join(f"{r} %" for r, *_ in rates) + "), a moms table (Moms%, Moms, Netto, Brutto) below the payment, "
        f"'1 234,56' kronor: vendor = the company line under the trading name '{trade}' (the legal name, AB); vendor_tax_id = 'Momsreg.nr' (SE + the org.nr + 01; the bare 'Org.nr', the kontrollenhet, "
        "the card reference and terminal, the bar code number are decoys). invoice_number = 'Kvitto nr'; invoice_date = 'Datum' (ISO). No due date (paid at the till, null). No PO. "
        "subtotal = the 'Summa' row's Netto; tax = the 'Summa' row's Moms; total = 'ATT BETALA' (also the Summa row's Brutto). Currency SEK. "
        "Line items: every row, amounts moms-inclusive (they sum to the total)" + (", the rabatt row included (negative, no quantity)" if rab else "") + "."
    )
    t = truth(vname, vid, no, None, d, None, "SEK", net, tax, total, items, notes)
    chk = {"printed": [ds, no, vname, vid, "ATT BETALA", ctx["ku"], org]}
    return t, chk, (LU_HTML, ctx)


# =========================================================================== 05 Zacatecas (IVA 16/0 %, MXN), CFDI, totals and words at the top
ZA_V = [  # (name, rfc letters, street, colour, rows (desc, unit name, clave unidad, clave prod, qlo, qhi, lo, hi, rate))
    ("Ferretera Minera de Zacatecas, S.A. de C.V.", "FMZ", "Blvd. Adolfo López Mateos 412, Col. Centro, C.P. 98000, Zacatecas, Zac.", "#8b3a0e", [
        ("Barrena integral de 1.8 m, cabeza 38 mm", "Pieza", "H87", "27112700", 2, 24, 1450, 2390, 16), ("Casco minero con porta-lámpara, clase E", "Pieza", "H87", "46181701", 5, 40, 320, 540, 16),
        ("Guante de carnaza reforzado, par", "Par", "PR", "46181504", 12, 120, 48, 95, 16), ("Cable de acero 1/2 in, 6x19 alma de acero", "Metro", "MTR", "31151500", 20, 300, 38, 72, 16),
        ("Lámpara minera LED recargable", "Pieza", "H87", "39111610", 2, 30, 890, 1490, 16)]),
    ("Platería La Bufa, S.A. de C.V.", "PLB", "Av. Hidalgo 221, Zona Centro, C.P. 98000, Zacatecas, Zac.", "#44546a", [
        ("Collar de plata .925 cadena cartier 50 cm", "Pieza", "H87", "54101604", 2, 20, 680, 1450, 16), ("Aretes de plata .925 con ópalo", "Par", "PR", "54101601", 2, 24, 390, 860, 16),
        ("Charola de plata repujada 30 cm", "Pieza", "H87", "52151602", 1, 4, 4200, 8900, 16), ("Anillo de plata .925 liso", "Pieza", "H87", "54101603", 3, 30, 240, 480, 16)]),
    ("Transportes Altiplano Zacatecano, S.A. de C.V.", "TAZ", "Carretera Panamericana km 1.5, Guadalupe, C.P. 98600, Zacatecas, Zac.", "#1f4e79", [
        ("Flete Zacatecas – Monterrey, caja seca 53 pies", "Viaje", "E54", "78101802", 1, 6, 18500, 27500, 16), ("Flete Zacatecas – Guadalajara, tráiler refrigerado", "Viaje", "E54", "78101802", 1, 4, 16800, 24900, 16),
        ("Maniobras de carga y descarga", "Servicio", "E48", "78141500", 1, 6, 1200, 2800, 16), ("Estadía de unidad por día adicional", "Día", "DAY", "78101800", 1, 3, 2500, 4200, 16)]),
    ("Agroinsumos del Semidesierto, S.A. de C.V.", "ASE", "Calle Fresnillo 18, Parque Industrial, C.P. 98604, Guadalupe, Zac.", "#2d6a2e", [
        ("Fertilizante sulfato de amonio, bulto 50 kg", "Bulto", "XBG", "10171500", 10, 200, 420, 690, 0), ("Semilla de frijol pinto Saltillo, bulto 25 kg", "Bulto", "XBG", "10151500", 4, 60, 890, 1450, 0),
        ("Malla sombra 50 %, rollo 4 x 100 m", "Rollo", "XRO", "11121800", 1, 10, 3200, 5600, 16), ("Cintilla de riego calibre 8000, rollo", "Rollo", "XRO", "21101800", 1, 12, 2400, 3900, 16)]),
]
ZA_B = [("Minera Peñasquito Servicios, S.A. de C.V.", "MPS", "Mazapil, Zac."), ("Artesanías y Regalos del Bajío, S.A. de C.V.", "ARB", "León, Gto."),
        ("Cervecería del Altiplano, S. de R.L. de C.V.", "CAL", "Calera de Víctor Rosales, Zac."), ("Productores Unidos de Fresnillo, S.P.R. de R.L.", "PUF", "Fresnillo, Zac.")]
ZA_HTML = """<html lang="es-MX"><head><meta charset="utf-8"><style>@@BASE@@
.hd td{vertical-align:top} .box{border:1pt solid {{ color }};border-radius:3px} .bt{background:{{ color }};color:#fff;font-weight:bold;font-size:7.4pt;padding:2px 6px}
.kv td{font-size:7.6pt;padding:1px 6px} .kv td.k{color:#555;white-space:nowrap} .tt td{border:1pt solid {{ color }};padding:3px 8px;text-align:center}
.tt .k{font-size:6.8pt;color:#555} .tt .v{font-size:10.4pt;font-weight:bold}
table.it{width:100%;border-collapse:collapse;margin-top:4mm} table.it th{font-size:6.8pt;text-align:left;padding:3px;border-bottom:1.2pt solid {{ color }};border-top:1.2pt solid {{ color }}}
table.it td{font-size:7.8pt;padding:3px} .seal{font-family:'DejaVu Sans Mono',monospace;font-size:5.4pt;word-break:break-all;color:#333}
</style></head><body>
<table class="hd" style="width:100%"><tr><td style="width:58%"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:7.8pt;line-height:1.4">RFC: {{ vid }}<br>Régimen fiscal: 601 General de Ley Personas Morales<br>{{ vaddr }}<br>Tel. (492) {{ tel }}</div></td>
<td><div class="box"><div class="bt">{{ title }}</div><table class="kv">
<tr><td class="k">Serie y folio</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Fecha de emisión</td><td>{{ d }}</td></tr><tr><td class="k">Fecha de certificación</td><td>{{ dcert }}</td></tr>
<tr><td class="k">Folio fiscal (UUID)</td><td style="font-size:6.8pt">{{ uuid }}</td></tr><tr><td class="k">No. certificado emisor</td><td>{{ cert }}</td></tr>
<tr><td class="k">Lugar de expedición</td><td>{{ cp }}</td></tr><tr><td class="k">Tipo de comprobante</td><td>{{ tipo }}</td></tr></table></div></td></tr></table>
<table class="tt" style="width:100%;border-collapse:collapse;margin-top:4mm"><tr>
<td><div class="k">Subtotal</div><div class="v">{{ net }}</div></td>{% for r in rates %}<td><div class="k">IVA trasladado {{ r.r }}%</div><div class="v">{{ r.t }}</div></td>{% endfor %}
{% if ret %}<td><div class="k">IVA retenido 4%</div><div class="v">-{{ ret }}</div></td>{% endif %}
<td style="background:#f3f3f3"><div class="k">Total</div><div class="v" style="font-size:12.5pt">{{ total }}</div></td><td><div class="k">Moneda</div><div class="v">MXN</div></td></tr>
<tr><td colspan="{{ 3 + rates|length + (1 if ret else 0) }}" style="text-align:left;font-size:7.8pt">Importe con letra: <b>{{ words }}</b>{% if usd %} · Equivalente informativo: USD {{ usd }} al tipo de cambio {{ tc }} publicado en el DOF{% endif %}</td></tr></table>
{% if tax_line %}<div style="font-size:7.6pt;margin-top:1.5mm">Total de impuestos trasladados: <b>{{ tax }}</b></div>{% endif %}
<table style="width:100%;margin-top:4mm"><tr><td style="width:58%;vertical-align:top"><div class="box"><div class="bt">RECEPTOR</div><div style="font-size:7.8pt;padding:3px 6px;line-height:1.45">
<b>{{ bname }}</b><br>RFC: {{ brfc }}<br>Domicilio fiscal receptor: {{ bcity }}<br>Régimen fiscal: 601 · Uso del CFDI: {{ uso }}</div></div></td>
<td style="vertical-align:top;padding-left:3mm"><table class="kv">{% for k, v in terms %}<tr><td class="k">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
{% if rel %}<div style="font-size:7.6pt;margin-top:2mm">CFDI relacionado (01 Nota de crédito de los documentos relacionados): {{ rel }} · Factura {{ rel_no }}</div>{% endif %}
<table class="it"><tr><th>Clave prod./serv.</th><th class="r">Cantidad</th><th>Clave unidad</th><th>Unidad</th><th style="width:38%">Descripción</th><th class="r">Valor unitario</th><th>Objeto imp.</th><th class="r">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.k }}</td><td class="r">{{ it.q }}</td><td>{{ it.cu }}</td><td>{{ it.u }}</td><td>{{ it.d }}<br><span style="font-size:6.6pt;color:#555">Traslado IVA {{ it.r }}% base {{ it.a }}</span></td><td class="r">{{ it.p }}</td><td>02</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:5mm"><tr><td style="width:30mm">{{ qr|safe }}</td><td style="vertical-align:top;padding-left:3mm">
<div class="seal"><b>Sello digital del CFDI:</b> {{ s1 }}</div><div class="seal" style="margin-top:2px"><b>Sello digital del SAT:</b> {{ s2 }}</div>
<div class="seal" style="margin-top:2px"><b>Cadena original del complemento de certificación digital del SAT:</b> ||1.1|{{ uuid }}|{{ dcert }}|SAT970701NN3|{{ s3 }}||</div>
<div style="font-size:6.8pt;margin-top:3px">No. de serie del certificado del SAT: {{ satcert }} · Este documento es una representación impresa de un CFDI versión 4.0</div></td></tr></table>
</body></html>"""


def _b64(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n)) + "=="


def _uuid(rng):
    return "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12))


@style("05", "mx_zac_zacatecas_factura_cfdi_iva_16_0_totals_top_words_usd_nota_credito")
def s05(rng, i):
    vname, letters, vaddr, color, cat = ZA_V[i]
    d = rand_date(rng)
    credit = i == 3
    items = lines(rng, [(r[0], r[1], r[4], r[5], r[6], r[7], r) for r in cat], [4, 3, 3, 3][i], D("0.50"))
    for x in items:
        row = x["extra"]
        x["rate"], x["cu"], x["k"] = row[8], row[2], row[3]
        if credit:  # a return of goods: a few units back, amounts negative
            x["qty"] = -D(max(1, int(x["qty"]) // 4))
            x["amount"] = q2(x["qty"] * x["price"])
    rates = per_rate(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    ret = q2(net * D("0.04")) if i == 2 else None
    total = net + tax - (ret or 0)
    vid = mx_rfc(rng, letters, dt.date(rng.randint(1988, 2016), rng.randint(1, 12), rng.randint(1, 28)))
    bl = ZA_B[i]
    brfc = mx_rfc(rng, bl[1], dt.date(rng.randint(1985, 2018), rng.randint(1, 12), rng.randint(1, 28)))
    no = [f"A-{rng.randint(1000, 9999)}", f"PLB{rng.randint(100, 999)}", f"CP-{rng.randint(10000, 29999)}", f"NC-{rng.randint(100, 999)}"][i]
    hms = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ds = f"{d.isoformat()}T{hms}"
    dcert = f"{d.isoformat()}T{int(hms[:2]):02d}:{min(59, int(hms[3:5]) + 1):02d}:{rng.randint(0, 59):02d}"
    due = d + dt.timedelta(days=30) if i == 0 else None
    po = [f"OC-{rng.randint(100000, 999999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    a = abs(total)
    words = f"({es_words(int(a)).upper()} PESOS {int(q2(a - int(a)) * 100):02d}/100 M.N.)"
    tc = D(rng.choice(["17.2840", "18.0515", "18.6230", "19.1045"]))
    usd = q2(total / tc) if i in (1, 2) else None
    terms = []
    if po:
        terms.append(("Orden de compra", po))
    terms += [("Condiciones de pago", ["Crédito 30 días", "Contado", "Crédito 15 días", "Devolución de mercancía"][i]),
              ("Método de pago", "PPD Pago en parcialidades o diferido" if i in (0, 2) else "PUE Pago en una sola exhibición"),
              ("Forma de pago", ["99 Por definir", "04 Tarjeta de crédito", "99 Por definir", "03 Transferencia electrónica"][i])]
    if due:
        terms.append(("Fecha de vencimiento", due.strftime("%d/%m/%Y")))
    terms.append(("Exportación", "01 No aplica"))
    if i == 2:
        terms.append(("Carta porte", f"Complemento Carta Porte 3.1 · IdCCP {_uuid(rng)[:23]}"))
    mx = lambda v: ("-$" if v < 0 else "$") + en(abs(v))  # noqa: E731
    ctx = dict(
        color=color, vname=vname, vid=vid, vaddr=vaddr, tel=f"{rng.randint(900, 999)} {rng.randint(1000, 9999)}",
        title="NOTA DE CRÉDITO (CFDI DE EGRESO)" if credit else "FACTURA (CFDI DE INGRESO)", no=no, d=ds, dcert=dcert, uuid=_uuid(rng), cert=digits(rng, 20, True),
        cp=vaddr.split("C.P. ")[1][:5], tipo="E Egreso" if credit else "I Ingreso",
        net=mx(net), rates=[{"r": r, "t": mx(t)} for r, _, t, _ in rates], ret=en(ret) if ret else None, total=mx(total), words=words, usd=en(usd) if usd else None, tc=str(tc),
        tax_line=len(rates) > 1, tax=mx(tax),
        bname=bl[0], brfc=brfc, bcity=bl[2], uso="G02 Devoluciones, descuentos o bonificaciones" if credit else rng.choice(["G01 Adquisición de mercancías", "G03 Gastos en general"]), terms=terms,
        rel=_uuid(rng) if credit else None, rel_no=f"A-{rng.randint(1000, 9999)}",
        items=[{"k": x["k"], "q": qstr(x["qty"]), "cu": x["cu"], "u": x["extra"][1], "d": x["desc"], "r": x["rate"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        qr=qr_svg(rng, 28), s1=_b64(rng, 340), s2=_b64(rng, 340), s3=_b64(rng, 120), satcert=digits(rng, 20, True),
    )
    notes = (
        "Zacatecas (Mexico) CFDI 4.0 " + ("NOTA DE CRÉDITO (egreso, a return: quantities and amounts printed negative)" if credit else "FACTURA (ingreso)")
        + " in Spanish with the TOTALS in a row of boxes at the TOP under the header (Subtotal, IVA trasladado per rate" + (", IVA retenido 4 %" if ret else "") + ", Total, Moneda) and the amount in words under them, "
        "'$12,345.67': vendor = the emisor's name at the top; vendor_tax_id = 'RFC' under it (the receptor's RFC, the UUID, the certificate numbers, the SAT's RFC in the cadena original are decoys). "
        "invoice_number = 'Serie y folio'; invoice_date = 'Fecha de emisión' (ISO with a time; the 'Fecha de certificación' is a decoy"
        + (", the related invoice's UUID and folio too" if credit else "") + "). "
        + due_note(due, None, "Fecha de vencimiento") + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = " + ("'Total de impuestos trasladados' (the IVA 16 % and 0 % boxes are its parts)" if len(rates) > 1 else "'IVA trasladado'")
        + "; total = 'Total'" + (" (after the IVA retenido 4 % withheld on the freight, which is printed as its own box: subtotal + IVA - retención = total)" if ret else "")
        + (f"; the USD equivalent at {tc} is a decoy" if usd else "") + ". Currency MXN. Line items: every concept row, amounts before IVA"
        + (", negative on the credit note" if credit else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "MXN", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [ds, no, vname, vid, "Importe con letra", words, due.strftime("%d/%m/%Y") if due else None, brfc, ctx["usd"]], "total_adjustment": str(-(ret or 0))}
    return t, chk, (ZA_HTML.replace("@@BASE@@", css(margin="10mm 12mm", font="'Liberation Sans',Arial,sans-serif", fs="8pt")), ctx)

