"""Chromium (HTML) styles for set 12, part B (05 Lebanese auction house's buyer invoice with the buyer's premium, TVA 11 %
on the premium and its counter-value in Lebanese pounds, 09 Salvadoran DTE comprobante de crédito fiscal of a travel
agency with non-taxable ticket sales, 10 Kosovar equipment-hire faturë with hour-meter readings and the totals above an
unruled table)."""

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
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import qr_svg
from kit_words import es_words
from stdnum.sv import nit as _svnit

STYLES, style = style_registry("chromium")


# =========================================================================== 05 Lebanese auction house buyer's invoice (hammer + buyer's premium, TVA 11 % on the premium, counter-value in L.L.)
LB_V = [
    ("MAISON DE VENTES ACHRAFIEH SAL", "Achrafieh Enchères", "Rue Sursock, Immeuble Tabet, Achrafieh, Beyrouth", "Beyrouth", "#6d1a1a"),
    ("BEIRUT FINE ART AUCTIONS SARL", "BFA Auctions", "Saifi Village, Block 7, Beirut", "Beirut", "#1a3d6d"),
    ("HÔTEL DES VENTES DE BYBLOS SARL", "Byblos Enchères", "Rue du Vieux Port, Jbeil", "Jbeil", "#2f5d3a"),
    ("ENCHÈRES DU CÈDRE SAL", "Cèdre Enchères", "Avenue Charles Malek, Immeuble Saint-Charles, Beyrouth", "Beyrouth", "#4a3b1f"),
]
LB_BUY = [("M. Karim Haddad", "Rue Abdel Wahab el Inglizi, Achrafieh, Beyrouth"), ("Mrs Nour Khoury", "Gemmayzeh, Beirut"), ("Dr Antoine Frem", "Kaslik, Jounieh"),
          ("PHOENICIA HOSPITALITY SAL", "Minet el Hosn, Beyrouth")]
LB_LOTS_FR = [
    "Huile sur toile, paysage de la Bekaa, signée en bas à droite", "Tapis Tabriz en laine et soie, Iran, vers 1920, 310 x 215 cm", "Lustre à douze lumières en cristal de Bohême",
    "Suite de douze assiettes en porcelaine de Limoges, décor doré", "Sculpture en bronze à patine brune, « Le Pêcheur », fonte d'édition", "Manuscrit arabe enluminé, XIXe siècle",
    "Bague en or jaune 18 carats sertie d'un saphir et de diamants", "Paire de fauteuils de style Louis XV en bois doré", "Aquarelle, vue du port de Beyrouth, datée 1958",
    "Coffre damascène en bois incrusté de nacre", "Montre de gousset en or, mouvement suisse, vers 1900", "Icône melkite, Saint Georges, tempera sur bois",
]
LB_LOTS_EN = [
    "Oil on canvas, Bekaa landscape, signed lower right", "Tabriz wool and silk carpet, Iran, circa 1920, 310 x 215 cm", "Twelve-light Bohemian crystal chandelier",
    "Set of twelve Limoges porcelain plates, gilt decoration", "Bronze sculpture with brown patina, 'The Fisherman', edition cast", "Illuminated Arabic manuscript, 19th century",
    "18-carat yellow gold ring set with a sapphire and diamonds", "Pair of Louis XV style giltwood armchairs", "Watercolour, view of Beirut harbour, dated 1958",
    "Damascene wooden chest inlaid with mother-of-pearl", "Gold pocket watch, Swiss movement, circa 1900", "Melkite icon, Saint George, tempera on wood",
]
S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 15mm", font="'DejaVu Serif',serif", fs="8.8pt")
    + """
.hd{color:{{ color }}} .ar{font-family:'DejaVu Sans',sans-serif} table.it{width:100%;margin-top:12px} table.it th{font-weight:normal;font-style:italic;color:#555;padding:4px 5px;text-align:left} table.it th.r{text-align:right}
table.it td{padding:5px 5px;vertical-align:top} table.it td.r,table.tot td.r{white-space:nowrap} table.tot{margin-left:auto;margin-top:10px} table.tot td{padding:2px 6px} .small{font-size:7.4pt;color:#555} .kv td{padding:1px 10px 1px 0}
</style></head><body>
<div class="c"><div class="hd" style="font-size:20pt;letter-spacing:3px">{{ brand }}</div><div>{{ v_name }}</div><div class="small">{{ v_addr }} · Tél. {{ tel }}</div>
<div class="small">{{ ids }}</div></div>
<div class="c" style="margin-top:14px;font-size:12.5pt;letter-spacing:1px">{{ title }} <span class="ar">– فاتورة</span></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:52%;vertical-align:top"><table class="kv">{% for k, v in meta %}<tr><td class="small">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><span class="small">{{ to_label }}</span><br><b>{{ b_name }}</b><br>{{ b_addr }}{% for l in b_extra %}<br>{{ l }}{% endfor %}</td></tr></table>
<div style="margin-top:10px">{{ sale }}</div>
<table class="it"><tr>{% for h in heads %}<th{% if loop.index > 2 %} class="r"{% endif %}>{{ h }}</th>{% endfor %}</tr>
{% for it in items %}<tr><td><b>{{ it.lot }}</b></td><td>{{ it.desc }}</td><td class="r">{{ it.h }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:8px;text-align:right">{{ ll }}</div>
{% if pay %}<table class="tot" style="margin-top:8px">{% for k, v in pay %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>{% endif %}
<div style="margin-top:14px">{{ terms }}</div>
<div class="small" style="margin-top:30px;border-top:1px solid #ccc;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("05", "lb_auction_buyer_premium_tva_ll")
def s05(rng, i):
    vname, brand, vaddr, city, color = LB_V[i]
    bname, baddr = LB_BUY[i]
    eng = i == 1
    d = rand_date(rng)
    sale_d = d - dt.timedelta(days=rng.randint(1, 6))
    rate = D(22) if eng else D(20)
    idx = rng.sample(range(len(LB_LOTS_FR)), rng.randint(2, 6))
    lots = sorted(rng.sample(range(1, 320), len(idx)))
    items = []
    for lot, k in zip(lots, idx, strict=True):
        h = D(rng.randint(6, 900) * 50)
        prem = q2(h * rate / 100)
        items.append({"lot": str(lot), "desc": (LB_LOTS_EN if eng else LB_LOTS_FR)[k], "hammer": h, "prem": prem, "amount": h + prem, "qty": None})
    hammer = sum(it["hammer"] for it in items)
    prem = sum(it["prem"] for it in items)
    net = hammer + prem
    tax = q2(prem * D("0.11"))
    total = net + tax
    mof = digits(rng, 7, True)
    tva_no = f"{mof}-601"
    no = [f"ACH-{d.year}-{rng.randint(100, 999)}", f"BFA/{str(d.year)[2:]}/{rng.randint(1000, 9999)}", f"{rng.randint(10, 999):04d}/{d.year}", f"FA {rng.randint(10000, 99999)}"][i]
    if eng:
        fd = lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"  # noqa: E731
    elif i == 2:
        fd = lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}"  # noqa: E731
    else:
        fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=[10, 14, 0, 7][i]) if i != 2 else None
    po = f"BC-PH-{rng.randint(100, 999)}" if i == 3 else None
    money = [lambda x: f"{sp(x)} USD", lambda x: f"US$ {en(x)}", lambda x: f"$ {en(x)}", lambda x: f"{sp(x)} $"][i]
    llrate = D(89500)
    paddle = rng.randint(100, 480)
    if eng:
        meta = [("Invoice No.", no), ("Invoice date", fd(d)), ("Paddle No.", str(paddle)), ("Client No.", f"C-{rng.randint(10000, 99999)}")]
        heads = ["Lot", "Description", "Hammer price", f"Buyer's premium {qstr(rate)}%", "Amount"]
        tots = [("Total hammer price", money(hammer), False), (f"Buyer's premium ({qstr(rate)}%, excl. VAT)", money(prem), False), ("Total excl. VAT", money(net), False),
                ("VAT 11% on buyer's premium", money(tax), False), ("TOTAL DUE (USD)", money(total), True)]
        ll = f"VAT in Lebanese pounds at the official rate of {sp(llrate, 0)} L.L. per USD: {sp(q0(tax * llrate), 0)} L.L."
        sale = f"Sale of {fd(sale_d)} – Modern and Contemporary Middle Eastern Art, Saifi Village"
        terms = f"Payment and collection of lots no later than {fd(due)}. Payment in fresh US dollars, by bank transfer or certified cheque. Lots not collected are stored at the buyer's risk and expense."
        title, to_label = "BUYER'S INVOICE", "Buyer"
    else:
        meta = [("Facture N°", no), ("Date", fd(d)), ("N° d'enchérisseur", str(paddle)), ("N° client", f"C-{rng.randint(10000, 99999)}")]
        heads = ["Lot", "Désignation", "Adjudication", f"Frais acheteur {qstr(rate)} %", "Montant HT"]
        tots = [("Total des adjudications", money(hammer), False), (f"Frais acheteur ({qstr(rate)} % HT)", money(prem), False), ("Total HT", money(net), False),
                ("TVA 11 % sur les frais", money(tax), False), ("TOTAL TTC", money(total), True)]
        ll = f"Contre-valeur de la TVA en livres libanaises au taux officiel de {sp(llrate, 0)} L.L. : {sp(q0(tax * llrate), 0)} L.L."
        sale = f"Vente aux enchères publiques du {fd(sale_d)} – " + rng.choice(["Arts d'Orient et d'Occident", "Bijoux, montres et objets de vitrine", "Mobilier et tableaux anciens"])
        terms = (f"Paiement et enlèvement des lots au plus tard le {fd(due)}." if due else "Facture payable à réception.") + " Règlement en dollars frais (fresh USD), par virement ou chèque certifié. Les lots non retirés sont entreposés aux frais et risques de l'acheteur."
        title, to_label = "BORDEREAU ACHETEUR – FACTURE", "Adjudicataire"
    if po:
        meta.append(("Votre bon de commande", po))
    pay = []
    if i in (0, 2):
        dep = D(rng.choice([500, 1000, 2000]))
        pay = [("Caution versée à l'inscription" if not eng else "Registration deposit", money(-dep)), ("Reste à payer" if not eng else "Balance", money(total - dep))]
    ids = f"{'Company reg.' if eng else 'RC'} {city} {rng.randint(1000000, 2099999)} · {'Tax No.' if eng else 'N° fiscal'} {mof} · {'VAT No.' if eng else 'N° TVA'} {tva_no}"
    b_extra = [f"N° TVA : {digits(rng, 7, True)}-601"] if i == 3 else []
    ctx = dict(
        color=color, brand=brand, v_name=vname, v_addr=vaddr, tel=f"+961 {rng.choice(['1', '9', '4'])} {digits(rng, 3, True)} {digits(rng, 3)}", ids=ids, title=title, meta=meta, to_label=to_label,
        b_name=bname, b_addr=baddr, b_extra=b_extra, sale=sale, heads=heads,
        items=[{"lot": it["lot"], "desc": it["desc"], "h": money(it["hammer"]), "p": money(it["prem"]), "a": money(it["amount"])} for it in items], tots=tots, ll=ll, pay=pay, terms=terms,
        foot=f"{vname} · {rng.choice(['Bank Audi', 'BLOM Bank', 'Byblos Bank', 'Fransabank'])} – compte fresh USD IBAN {iban_fmt(iban('LB', digits(rng, 4) + digits(rng, 20)))}",
    )
    notes = (
        "Lebanese auction house's buyer's invoice (" + ("English" if eng else "French") + ", serif, an unruled lot table): vendor = the legal name under the brand (SAL/SARL as printed; the spaced brand "
        "is a decoy); vendor tax id = the VAT number '" + tva_no + "' (the fiscal number with its '-601' VAT suffix; the bare fiscal number and the commercial register number beside it are decoys"
        + (", as is the buyer's VAT number" if i == 3 else "") + "; no public checksum). invoice_number = '" + ("Invoice No." if eng else "Facture N°") + "'; invoice_date = '" + ("Invoice date" if eng else "Date")
        + "' (" + ("'14 March 2026'" if eng else "'14 mars 2026'" if i == 2 else "dd/mm/yyyy") + "); the sale's date is a decoy, as are the paddle (bidder) and client numbers and the lot numbers. "
        + ("due = the date lots must be paid and collected by. " if due else "'payable à réception': no due date (null). ")
        + (f"PO = 'Votre bon de commande' {po}. " if po else "No PO. ")
        + f"subtotal = '{'Total excl. VAT' if eng else 'Total HT'}' (hammer prices + buyer's premium {qstr(rate)}%); tax = the VAT of 11% on the premium only; total = '{'TOTAL DUE (USD)' if eng else 'TOTAL TTC'}'. "
        "The total hammer price and the premium are parts; the VAT's counter-value in Lebanese pounds (L.L.) at the official rate is a decoy" + ("; so are the registration deposit and the balance" if pay else "")
        + ". Currency USD. Amounts " + ("'1 234,56'" if i in (0, 3) else "'1,234.56'") + ". Line items: one per lot (amount = the lot's '" + ("Amount" if eng else "Montant HT")
        + "', hammer + premium; no quantity: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tva_no, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, tva_no, no, po, vname], (S05_HTML, ctx)


# =========================================================================== 09 Salvadoran DTE comprobante de crédito fiscal of a travel agency (NIT / NRC, IVA 13 %, non-taxable third-party fares)
SV_V = [
    ("VIAJES CUSCATLÁN, S.A. DE C.V.", "Viajes Cuscatlán", "Paseo General Escalón No. 4510, San Salvador", "#0b4f8a"),
    ("AGENCIA DE VIAJES EL IMPOSIBLE, S.A. DE C.V.", "El Imposible Travel", "Boulevard del Hipódromo No. 615, Colonia San Benito, San Salvador", "#9a3d0c"),
    ("TURISMO SANTA ANA, S.A. DE C.V.", "Turismo Santa Ana", "Avenida Independencia Sur No. 22, Santa Ana", "#1f6b3a"),
    ("CORPORATE TRAVEL SERVICES EL SALVADOR, S.A. DE C.V.", "CTS El Salvador", "Calle El Mirador No. 87, Colonia Escalón, San Salvador", "#49306e"),
]
SV_B = [("DISTRIBUIDORA SALVADOREÑA DE ALIMENTOS, S.A. DE C.V.", "Venta al por mayor de alimentos"), ("CLÍNICAS MÉDICAS DEL PACÍFICO, S.A. DE C.V.", "Actividades de hospitales"),
        ("CAFÉ LAS NUBES, S.A. DE C.V.", "Cultivo de café"), ("INGENIERÍA Y CONSTRUCCIONES ROQUE, S.A. DE C.V.", "Construcción de edificios")]
SV_PAX = ["GARCIA/JUAN CARLOS MR", "MARTINEZ/ANA LUCIA MRS", "HERNANDEZ/JOSE MR", "LOPEZ/CLAUDIA MS", "RIVAS/ERNESTO MR", "FLORES/MARIA JOSE MS"]
SV_ROUTES = ["SAL-MIA-SAL", "SAL-GUA-SAL", "SAL-MEX-SAL", "SAL-BOG-SAL", "SAL-MAD-SAL", "SAL-PTY-SAL", "SAL-IAH-SAL"]
SV_HOTELS = ["Hotel Camino Real Guatemala", "Hotel Marriott Ciudad de Panamá", "Hotel Presidente Intercontinental México", "Hotel Hilton Bogotá"]
S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="9mm 10mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="7.6pt")
    + """
.hd{color:{{ color }}} .box{border:1px solid #333;border-radius:5px;padding:5px 7px;vertical-align:top} .lab{font-weight:bold} table.g{width:100%} table.g th{border:1px solid #333;background:#eaeaea;font-size:6.6pt;padding:2px}
table.g td{border-left:1px solid #333;border-right:1px solid #333;padding:2px 3px} table.g tr.last td{border-bottom:1px solid #333} table.s td{padding:1.5px 5px} .small{font-size:6.6pt;color:#333}
</style></head><body>
<table style="width:100%"><tr><td style="width:50%;vertical-align:top"><div class="hd" style="font-size:13pt;font-weight:bold">{{ brand }}</div><div><b>{{ v_name }}</b></div>
<div>NIT: {{ nit }} &nbsp; NRC: {{ nrc }}</div><div>Actividad económica: Actividades de agencias de viajes</div><div>{{ v_addr }}</div><div>Teléfono: {{ tel }} · Correo: {{ mail }}</div><div>Tipo de establecimiento: Casa matriz</div></td>
<td class="box"><div class="c" style="font-weight:bold">DOCUMENTO TRIBUTARIO ELECTRÓNICO</div><div class="c hd" style="font-size:10.5pt;font-weight:bold">COMPROBANTE DE CRÉDITO FISCAL</div>
<table style="margin-top:3px">{% for k, v in ident %}<tr><td class="lab" style="padding-right:5px">{{ k }}:</td><td>{{ v }}</td></tr>{% endfor %}</table></td>
<td style="width:26mm;padding-left:4px">{{ qr|safe }}</td></tr></table>
<div class="box" style="margin-top:6px"><div class="lab">RECEPTOR</div><table style="width:100%"><tr><td style="width:55%">Nombre o razón social: {{ b_name }}<br>NIT: {{ b_nit }} &nbsp; NRC: {{ b_nrc }}<br>Actividad económica: {{ b_act }}</td>
<td>Dirección: {{ b_addr }}<br>Correo electrónico: {{ b_mail }}<br>Condición de la operación: {{ cond }}</td></tr></table></div>
{% if rel %}<div class="box" style="margin-top:4px"><span class="lab">DOCUMENTOS RELACIONADOS:</span> {{ rel }}</div>{% endif %}
<table class="g" style="margin-top:6px"><tr><th>N°</th><th>Cantidad</th><th>Unidad</th><th style="width:30%">Descripción</th><th>Precio unitario</th><th>Descuento por ítem</th><th>Otros montos no afectos</th><th>Ventas no sujetas</th><th>Ventas exentas</th><th>Ventas gravadas</th></tr>
{% for it in items %}<tr{% if loop.last %} class="last"{% endif %}><td class="c">{{ loop.index }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">0.00</td><td class="r">0.00</td><td class="r">{{ it.ns }}</td><td class="r">{{ it.ex }}</td><td class="r">{{ it.gr }}</td></tr>{% endfor %}
<tr><td colspan="7" class="r" style="border:1px solid #333"><b>Suma de ventas:</b></td><td class="r" style="border:1px solid #333">{{ s_ns }}</td><td class="r" style="border:1px solid #333">{{ s_ex }}</td><td class="r" style="border:1px solid #333">{{ s_gr }}</td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:52%;vertical-align:top"><div class="box"><span class="lab">Valor en letras:</span> {{ words }}</div>
<div class="small" style="margin-top:6px">{% for l in extra %}{{ l }}<br>{% endfor %}</div></td>
<td style="vertical-align:top"><table class="s" style="margin-left:auto">{% for k, v, b in res %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""
)


def sv_nit(rng, muni):
    return valid(rng, lambda: f"{muni}-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(80, 99):02d}-{rng.randint(100, 110)}-{rng.randint(0, 9)}", _svnit.is_valid)


@style("09", "sv_dte_ccf_travel_agency")
def s09(rng, i):
    vname, brand, vaddr, color = SV_V[i]
    bname, bact = SV_B[i]
    d = rand_date(rng)
    items = []
    paxes = rng.sample(SV_PAX, rng.randint(1, 4))
    route = rng.choice(SV_ROUTES)
    for pax in paxes:
        fare = D(rng.randint(280, 1450)) + D(rng.randint(0, 99)) / 100
        items.append({"desc": f"Boleto aéreo {route}, pasajero {pax}, tkt {rng.choice(['139', '230', '001', '045'])}-{digits(rng, 10)} (por cuenta de terceros)", "u": "Unidad", "qty": D(1), "price": fare, "kind": "ns"})
    if rng.random() < 0.7:
        nights = D(rng.randint(2, 5))
        rooms = len(paxes)
        rate = D(rng.randint(95, 240))
        items.append({"desc": f"Reserva {rng.choice(SV_HOTELS)}, {rooms} hab. x {qstr(nights)} noches, voucher {rng.randint(10000, 99999)} (por cuenta de terceros)", "u": "Noche", "qty": nights * rooms, "price": rate, "kind": "ns"})
    fee = D(rng.choice([15, 20, 25, 30, 35]))
    items.append({"desc": "Cargo por servicio de emisión de boleto", "u": "Servicio", "qty": D(len(paxes)), "price": fee, "kind": "gr"})
    if i in (1, 3):
        items.append({"desc": "Tarjeta de asistencia al viajero (seguro de viaje)", "u": "Unidad", "qty": D(len(paxes)), "price": D(rng.randint(18, 65)), "kind": "ex"})
    if i == 3:
        items.append({"desc": "Gestión de visa y trámites consulares", "u": "Servicio", "qty": D(rng.randint(1, len(paxes))), "price": D(rng.randint(40, 90)), "kind": "gr"})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    s = {k: sum((it["amount"] for it in items if it["kind"] == k), D(0)) for k in ("ns", "ex", "gr")}
    net = s["ns"] + s["ex"] + s["gr"]
    tax = q2(s["gr"] * D("0.13"))
    total = net + tax
    nit = sv_nit(rng, rng.choice(["0614", "0210", "0511"]))
    nrc = f"{rng.randint(10000, 329999)}-{rng.randint(0, 9)}"
    no = f"DTE-03-{rng.choice(['M001P001', 'M001P002', 'S002P001'])}-{rng.randint(1, 9999):015d}"
    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    sello = f"{d.year}" + "".join(rng.choice("0123456789ABCDEF") for _ in range(36))
    hh = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=30) if i == 1 else None
    po = [f"OC-{d.year}-{rng.randint(100, 999):04d}", None, None, f"{rng.randint(4500, 4999)}/{d.year}"][i]
    ident = [("Código de generación", uuid), ("Número de control", no), ("Sello de recepción", sello), ("Modelo de facturación", "Previo"), ("Tipo de transmisión", "Normal"),
             ("Fecha y hora de generación", f"{fd(d)} {hh}"), ("Versión del JSON", "3")]
    cond = "Crédito" if i in (0, 1, 3) else "Contado"
    rel = []
    if po:
        rel.append(f"Orden de compra N° {po}")
    if i == 0:
        rel.append(f"Nota de remisión N° NR-{rng.randint(100, 999)}")
    extra = ["Boletos y reservas por cuenta de terceros (aerolíneas y hoteles): operaciones no sujetas al IVA, Art. 46 Ley de IVA."]
    extra.append("Plazo: 30 días." if cond == "Crédito" and not due else (f"Fecha de vencimiento: {fd(due)}" if due else "Pago de contado con tarjeta de crédito."))
    extra.append(f"Cuenta para depósitos: {rng.choice(['Banco Agrícola', 'Banco Cuscatlán', 'Banco de América Central', 'Davivienda'])} N° {digits(rng, 12, True)}")
    fm = en
    res = [("Suma total de operaciones:", fm(net), False), ("Monto global desc., rebajas y otros a ventas no sujetas:", fm(0), False), ("Monto global desc., rebajas y otros a ventas exentas:", fm(0), False),
           ("Monto global desc., rebajas y otros a ventas gravadas:", fm(0), False), ("Impuesto al Valor Agregado 13%:", fm(tax), False), ("Sub-Total:", fm(total), False),
           ("IVA percibido:", fm(0), False), ("IVA retenido:", fm(0), False), ("Retención renta:", fm(0), False), ("Monto total de la operación:", fm(total), False),
           ("Total otros montos no afectos:", fm(0), False), ("Total a pagar:", "$" + fm(total), True)]
    dollars, cents = int(total), int((total - int(total)) * 100)
    words = f"{es_words(dollars).upper()} {cents:02d}/100 DÓLARES"
    ctx = dict(
        color=color, brand=brand, v_name=vname, nit=nit, nrc=nrc, v_addr=vaddr, tel=f"+503 2{digits(rng, 3)}-{digits(rng, 4)}", mail=f"facturacion@{brand.split()[0].lower().replace('á', 'a')}.com.sv",
        ident=ident, qr=qr_svg(rng, 24), b_name=bname, b_nit=sv_nit(rng, "0614"), b_nrc=f"{rng.randint(10000, 329999)}-{rng.randint(0, 9)}", b_act=bact, b_addr="San Salvador, El Salvador",
        b_mail=f"cuentasporpagar@{bname.split()[0].lower().replace('í', 'i').replace('é', 'e')}.com.sv", cond=cond, rel=" · ".join(rel),
        items=[{"q": qstr(it["qty"]), "u": it["u"], "desc": it["desc"], "p": en(it["price"]), "ns": en(it["amount"] if it["kind"] == "ns" else 0), "ex": en(it["amount"] if it["kind"] == "ex" else 0),
                "gr": en(it["amount"] if it["kind"] == "gr" else 0)} for it in items],
        s_ns=en(s["ns"]), s_ex=en(s["ex"]), s_gr=en(s["gr"]), words=words, extra=extra, res=res,
    )
    notes = (
        "Salvadoran DTE 'Comprobante de Crédito Fiscal' of a travel agency: air tickets and hotel vouchers sold on behalf of third parties are 'Ventas no sujetas', the agency's fees 'Ventas gravadas'"
        + (", travel insurance 'Ventas exentas'" if s["ex"] else "") + ". vendor = the emisor's legal name (S.A. DE C.V., under the brand); vendor tax id = the 'NRC' (the IVA registration, as in set 11's "
        "convention; the 14-digit 'NIT' beside it, valid for python-stdnum sv.nit, is a decoy, as are the receptor's NIT/NRC, the ticket numbers and the vouchers). invoice_number = the 'Número de control' "
        "(DTE-03-...); the 'Código de generación' (UUID) and the 'Sello de recepción' are decoys. invoice_date = 'Fecha y hora de generación' (" + ["dd/mm/yyyy", "yyyy-mm-dd", "dd/mm/yyyy", "dd-mm-yyyy"][i] + " hh:mm:ss). "
        + ("due = 'Fecha de vencimiento'. " if due else ("'Plazo: 30 días': no due date (null). " if cond == "Crédito" else "Contado: no due date (null). "))
        + (f"PO = 'Orden de compra N°' {po} under 'Documentos relacionados'" + ("; the 'Nota de remisión' is no PO. " if i == 0 else ". ") if po else "No PO. ")
        + "subtotal = 'Suma total de operaciones' (no sujetas + exentas + gravadas); tax = 'Impuesto al Valor Agregado 13%' (on the gravadas only); total = 'Total a pagar' (= 'Monto total de la operación'). "
        "The 'Sub-Total' row AFTER the tax equals the total and is no subtotal; the zero discount, perception and retention rows are decoys; 'Valor en letras' repeats the total. Currency USD ('$'). "
        "Amounts '1,234.56'. Line items: every row (amount = the value in its sales column; quantity 'Cantidad')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nrc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nrc, nit, no, po, vname], (S09_HTML, ctx)


# =========================================================================== 10 Kosovar equipment-hire faturë (NUI / Nr. fiskal / Nr. TVSH, hour-meter readings, TVSH 18 %, totals above an unruled table)
XK_V = [
    ("Makineria Dardania SH.P.K.", "Rr. Agim Ramadani 45", "10000 Prishtinë", "#b0400b"),
    ("Rent-Mak Ferizaj SH.P.K.", "Rr. Dëshmorët e Kombit 12", "70000 Ferizaj", "#22577a"),
    ("Kosova Crane Service L.L.C.", "Zona Industriale p.n.", "40000 Mitrovicë", "#333"),
    ("Dukagjini Equipment SH.P.K.", "Rr. UÇK 88", "30000 Pejë", "#2d6a4f"),
]
XK_B = [("Ndërtimi Sh.A.", "Rr. Nëna Terezë 22, Prishtinë"), ("Bechtel-Enka JV Kosovo", "Autostrada R7.1, Kantieri Ferizaj"), ("Trepça Sh.A.", "Stan Tërg, Mitrovicë"),
        ("Komuna e Pejës", "Rr. Mbretëresha Teutë p.n., Pejë")]
XK_M = [("Ekskavator me zinxhirë CAT 320", 38, 65), ("Fadroma JCB 3CX", 25, 42), ("Vinç autoveturë Liebherr LTM 1050", 85, 140), ("Buldozer Komatsu D65", 55, 90), ("Rul kompaktues Bomag BW 213", 28, 48),
        ("Kamion vetëshkarkues MAN 6x4", 30, 50), ("Platformë ngritëse JLG 450AJ", 22, 38)]
S10_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
    + """
.hd{color:{{ color }}} .sum{border:2px solid {{ color }};padding:6px 10px} .sum td{padding:2px 6px} table.it{width:100%;margin-top:8px} table.it th{color:{{ color }};text-align:left;padding:4px 4px;font-size:7.4pt} table.it th.r{text-align:right}
table.it td{padding:4px 4px} .small{font-size:7pt;color:#555} table.kv td{padding:1.5px 8px 1.5px 0}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div class="hd" style="font-size:16pt;font-weight:bold">{{ v_name }}</div><div>{{ v1 }}, {{ v2 }}, Kosovë</div><div>Tel: {{ tel }} · {{ mail }}</div>
<div class="small">{{ ids }}</div></td>
<td style="vertical-align:top;width:40%"><table class="sum" style="margin-left:auto">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table></td></tr></table>
<div style="font-size:15pt;font-weight:bold;margin-top:12px">{{ title }}</div>
<table style="width:100%;margin-top:6px"><tr><td style="width:50%;vertical-align:top"><table class="kv">{% for k, v in meta %}<tr><td class="small">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><span class="small">Blerësi:</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>{{ b_ids }}</td></tr></table>
<table class="it"><tr><th>Nr.</th><th style="width:36%">Përshkrimi</th><th class="r">Matësi fillim</th><th class="r">Matësi mbarim</th><th>Njësia</th><th class="r">Sasia</th><th class="r">Çmimi</th><th class="r">Vlera pa TVSH</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td class="r">{{ it.m0 }}</td><td class="r">{{ it.m1 }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:8px">{{ rule }}</div>
<div style="margin-top:12px">{{ pay }}</div>
<table style="width:100%;margin-top:30px"><tr><td class="c">Lëshoi<br><br>________________</td><td class="c">V.V.</td><td class="c">Pranoi<br><br>________________</td></tr></table>
<div class="small" style="margin-top:20px;border-top:1px solid #bbb;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("10", "xk_fature_equipment_hire_hours")
def s10(rng, i):
    vname, v1, v2, color = XK_V[i]
    bname, baddr = XK_B[i]
    d = rand_date(rng)
    p_end = d - dt.timedelta(days=rng.randint(0, 3))
    p_start = p_end - dt.timedelta(days=rng.randint(6, 28))
    items = []
    for desc, lo, hi in rng.sample(XK_M, rng.randint(1, 3)):
        m0 = D(rng.randint(1200, 9800)) + D(rng.randint(0, 9)) / 10
        hrs = D(rng.randint(120, 1900)) / 10
        price = exact_price(rng, hrs, D(lo), D(hi), step=D("0.50"))
        items.append({"desc": f"Qira: {desc}, nr. serik {rng.choice(['CAT', 'JCB', 'LTM', 'KMT', 'BMG', 'MAN', 'JLG'])}{digits(rng, 6)}", "m0": m0, "m1": m0 + hrs, "u": "orë", "qty": hrs, "price": price})
    if rng.random() < 0.8 or i == 0:
        items.append({"desc": "Operatori i makinës (orë pune)", "m0": None, "m1": None, "u": "orë", "qty": items[0]["qty"], "price": D(rng.randint(8, 15))})
    items.append({"desc": "Transporti me rimorkio (mobilizim + demobilizim)", "m0": None, "m1": None, "u": "kurs", "qty": D(2), "price": D(rng.randint(24, 70) * 5)})
    if i in (1, 3):
        lit = D(rng.randint(1500, 9000)) / 10
        items.append({"desc": "Karburant (naftë) i furnizuar nga qiradhënësi", "m0": None, "m1": None, "u": "litër", "qty": lit, "price": exact_price(rng, lit, D("1.30"), D("1.60"), step=D("0.01"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    nui = "81" + digits(rng, 7)
    nf = "60" + digits(rng, 7)
    tvsh = "330" + digits(rng, 6)
    no = [f"{d.year}-{rng.randint(10, 999):04d}", f"F{rng.randint(100, 999)}/{str(d.year)[2:]}", f"KCS-{rng.randint(1000, 9999)}", f"{rng.randint(10, 999)}/{d.year}"][i]
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=[30, 15, 0, 45][i]) if i != 2 else None
    po = [None, f"PO-BEJV-{rng.randint(10000, 99999)}", f"TR-{rng.randint(100, 999)}/{d.year}", None][i]
    fm = (lambda x: en(x)) if i == 2 else (lambda x: de(x))
    cur = "€"
    tots = [("Vlera pa TVSH:", f"{fm(net)} {cur}", False), ("TVSH 18%:", f"{fm(tax)} {cur}", False), ("TOTALI PËR PAGESË:", f"{fm(total)} {cur}", True)]
    meta = [("Nr. i faturës:", no), ("Data e faturës:", f(d)), ("Periudha e qirasë:", f"{f(p_start)} – {f(p_end)}"), ("Projekti / kantieri:", rng.choice(["Autostrada R7.1, Loti 2", "Rruga Prishtinë–Gjilan", "Objekti i banimit B3, Lagjja Dardania", "Ura mbi lumin Ibër"]))]
    meta.append(("Afati i pagesës:", f(due)) if due else ("Kushtet e pagesës:", "30 ditë nga data e faturës"))
    if po:
        meta.append(("Nr. i porosisë:", po))
    meta.append(("Kontrata nr.:", f"{rng.randint(10, 99)}/{p_start.year}"))
    ids = f"NUI: {nui} · Nr. fiskal: {nf} · Nr. TVSH: {tvsh}"
    bank_iban = iban("XK", rng.choice(["1212", "1501", "1701", "2001"]) + digits(rng, 12))
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"+383 {rng.choice(['38', '44', '49'])} {digits(rng, 3, True)} {digits(rng, 3)}", mail=f"info@{vname.split()[0].lower().replace('-', '')}-ks.com",
        ids=ids, tots=tots, title="FATURË TATIMORE" if i != 2 else "FATURË / INVOICE", meta=meta, b_name=bname, b_addr=baddr, b_ids=f"NUI: 81{digits(rng, 7)} · Nr. TVSH: 330{digits(rng, 6)}",
        items=[{"desc": it["desc"], "m0": de(it["m0"], 1) if it["m0"] is not None else "", "m1": de(it["m1"], 1) if it["m1"] is not None else "", "u": it["u"], "q": de(it["qty"], 1),
                "p": fm(it["price"]), "a": fm(it["amount"])} for it in items],
        rule="Orët llogariten sipas matësit të orëve të punës (motorit); minimumi i faturimit 8 orë për ditë pune. Karburanti dhe operatori faturohen veçmas.",
        pay=f"Pagesa me transfer bankar: {rng.choice(['ProCredit Bank', 'Raiffeisen Bank Kosovo', 'NLB Banka', 'TEB Bank'])}, IBAN {iban_fmt(bank_iban)}. Ju lutemi shënoni numrin e faturës.",
        foot=f"{vname} · {ids} · Regjistruar në ARBK",
    )
    notes = (
        "Kosovar (Albanian) equipment-hire 'faturë' with the totals in a box ABOVE the items, next to the letterhead, and an unruled table with hour-meter readings: vendor = the letterhead "
        "(SH.P.K./L.L.C. as printed); vendor tax id = 'Nr. TVSH' (the VAT number, as in set 11's convention; the 'NUI' business number and the 'Nr. fiskal' beside it are decoys, as are the buyer's "
        "numbers, the machines' serial numbers and the IBAN; no public checksum: random). invoice_number = 'Nr. i faturës'; invoice_date = 'Data e faturës' (dd.mm.yyyy); the hire period, and the contract "
        "are decoys. " + ("due = 'Afati i pagesës'. " if due else "'30 ditë nga data e faturës' is a term: no due date (null). ")
        + (f"PO = 'Nr. i porosisë' {po}. " if po else "No PO (the contract number is none). ")
        + "subtotal = 'Vlera pa TVSH'; tax = 'TVSH 18%'; total = 'TOTALI PËR PAGESË'. The meter readings ('Matësi fillim' / 'Matësi mbarim', one decimal) are decoys; hours = end - start. "
        "Currency EUR ('€'). Amounts " + ("'1,234.56'" if i == 2 else "'1.234,56'") + "; quantities with one decimal ('86,5'). Line items: every row (amount = 'Vlera pa TVSH'; quantity 'Sasia': hours, trips, litres)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tvsh, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, tvsh, no, po, vname, "€"], (S10_HTML, ctx)
