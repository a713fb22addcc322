"""Chromium (HTML) styles for set 69, second part (04 Drummondville FACTURE in Québec French, each fact's LABEL at the END
of a dotted line with its value on the NEXT line, TPS 5 % and TVQ 9,975 %, converted from an accepted quote, a deposit
deducted, one of four over TWO PAGES; 05 Irapuato CFDI 4.0 FACTURA in Spanish with the fiscal data in a dark LEFT
SIDEBAR, an unruled item table, IVA 16 % and 0 %, the amount in words, one of four in dollars with the peso value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, ca_bn, long_date, mx_letra, mx_rfc, uuid_like
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth, wrap

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Drummondville (TPS 5 %, TVQ 9,975 %, CAD), label at a line's end, quote, deposit, two pages
DR_V = [
    ("Ébénisterie Saint-Frédéric inc.", "1450, boulevard Saint-Joseph Ouest", "#7c2d12"),
    ("Les Entreprises Électriques Boisvert ltée", "275, rue Heriot", "#1e40af"),
    ("Atelier d'usinage Drummond inc.", "3250, rue Power", "#374151"),
    ("Toitures Centre-du-Québec inc.", "880, rue Cormier", "#166534"),
]
DR_B = [("Résidence Les Jardins du Faubourg", "455, rue Lindsay, Drummondville (Québec)  J2B 1G8"),
        ("Fromagerie du Marché Drummond inc.", "2350, boul. Lemire, Drummondville (Québec)  J2B 6X9"),
        ("Composites Saint-Majorique inc.", "5500, rue Saint-Roch Sud, Drummondville (Québec)  J2E 1R5"),
        ("Centre de services scolaire des Chênes", "457, rue des Écoles, Drummondville (Québec)  J2B 1J3")]
DR_ROWS = [
    [("Armoires de cuisine en merisier teint, caissons 5/8 po, portes shaker, quincaillerie Blum à fermeture lente", "pi lin.", 8, 30, "285.00", "460.00"),
     ("Comptoir de quartz Silestone, découpe d'évier sous-plan et finition du chant", "pi²", 20, 60, "78.00", "135.00"),
     ("Îlot central sur mesure avec tiroirs à casseroles et panneau décoratif", "unité", 1, 1, "2800.00", "5400.00"),
     ("Livraison et installation par deux ébénistes, ajustements et scellant", "h", 6, 24, "68.00", "92.00"),
     ("Moulures de finition et plinthes assorties", "pi lin.", 20, 80, "6.50", "14.00")],
    [("Entrée électrique 200 A, panneau 40 circuits, mise à la terre selon le Code de construction du Québec", "forfait", 1, 1, "2900.00", "4800.00"),
     ("Borne de recharge niveau 2, 48 A, incluant filage 6/3 et disjoncteur", "unité", 1, 4, "1250.00", "1890.00"),
     ("Main-d'œuvre électricien compagnon", "h", 4, 40, "92.00", "118.00"),
     ("Main-d'œuvre apprenti", "h", 4, 40, "55.00", "72.00"),
     ("Luminaires DEL encastrés 4 po, blanc chaud", "unité", 6, 40, "24.00", "49.00"),
     ("Permis et demande de raccordement Hydro-Québec", "forfait", 1, 1, "180.00", "350.00")],
    [("Usinage CNC de supports en aluminium 6061-T6 selon dessin D-{n}, tolérance ±0,05 mm", "pièce", 10, 200, "14.00", "62.00"),
     ("Arbres en acier 4140 traités thermiquement, rectifiés, diamètre 38 mm", "pièce", 4, 60, "48.00", "135.00"),
     ("Soudure TIG de bâtis en acier inoxydable 304, finition brossée", "h", 4, 30, "78.00", "98.00"),
     ("Programmation et réglage du centre d'usinage 5 axes", "h", 2, 12, "95.00", "125.00"),
     ("Gabarit de contrôle sur mesure avec certificat dimensionnel", "unité", 1, 2, "420.00", "980.00"),
     ("Anodisation type II, noir, sous-traitance", "lot", 1, 3, "180.00", "460.00"),
     ("Plaques d'usure en UHMW, découpe au jet d'eau", "pièce", 4, 40, "22.00", "58.00"),
     ("Taraudage et insertion de filets Heli-Coil", "pièce", 20, 200, "2.50", "6.80"),
     ("Traitement de surface par grenaillage", "lot", 1, 4, "95.00", "260.00"),
     ("Emballage industriel en caisse de bois traitée NIMP 15", "caisse", 1, 4, "85.00", "190.00"),
     ("Rapport d'inspection de première pièce (FAI)", "unité", 1, 2, "150.00", "320.00"),
     ("Livraison par camion cube, secteur Drummondville–Saint-Hyacinthe", "voyage", 1, 3, "145.00", "260.00"),
     ("Roulements à billes SKF 6205-2RS fournis et posés", "unité", 4, 40, "18.00", "34.00"),
     ("Usinage d'accouplements flexibles sur mesure", "pièce", 2, 20, "64.00", "140.00"),
     ("Démontage et remise à neuf d'une presse hydraulique", "h", 4, 24, "88.00", "112.00")],
    [("Réfection de toiture en bardeaux d'asphalte IKO Cambridge, incluant membrane autocollante aux rives", "carré", 10, 40, "390.00", "560.00"),
     ("Arrachage et disposition de l'ancien revêtement, conteneur de 20 verges inclus", "carré", 10, 40, "65.00", "110.00"),
     ("Remplacement de contreplaqué 1/2 po pourri", "feuille", 2, 20, "68.00", "96.00"),
     ("Ventilation de toit Maximum, fourniture et pose", "unité", 1, 6, "145.00", "260.00"),
     ("Solins d'aluminium prépeint aux cheminées et lucarnes", "pi lin.", 10, 60, "9.00", "18.00")],
]
DR_HTML = """<html lang="fr-CA"><head><meta charset="utf-8"><style>@@BASE@@
.eol{display:flex;align-items:flex-end;font-size:7.6pt;color:#6b7280;margin-top:5px} .eol .dots{flex:1;border-bottom:1px dotted #9ca3af;margin:0 4px 3px 0} .eolv{font-size:9.6pt;font-weight:bold;color:#111;margin-top:1px}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.4pt;text-align:left;padding:5px;border-top:1.5px solid {{ color }};border-bottom:1.5px solid {{ color }}} table.it td{padding:5px;font-size:8.4pt;border-bottom:1px solid #e5e7eb}
.r{text-align:right;white-space:nowrap} .small{font-size:7.4pt;color:#6b7280}
.pb{page-break-before:always}
</style></head><body>
{% for pg in pages %}<div class="{{ 'pb' if not loop.first else '' }}">
<table style="width:100%"><tr><td style="width:52%;vertical-align:top">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}<br>Drummondville (Québec)  {{ vpc }}<br>Tél. : {{ phone }} · RBQ : {{ rbq }}</div>
<div class="small" style="margin-top:3px">No TPS : {{ tps }} · No TVQ : {{ tvq }}</div>
<div style="margin-top:10px;font-size:22pt;font-weight:bold;letter-spacing:1px">FACTURE</div><div class="small">Page {{ loop.index }} de {{ pages|length }}</div></td>
<td style="vertical-align:top">{% if loop.first %}
<div class="eol"><span class="dots"></span>Numéro de facture</div><div class="eolv">{{ no }}</div>
<div class="eol"><span class="dots"></span>Date de facturation</div><div class="eolv">{{ d }}</div>
<div class="eol"><span class="dots"></span>Date d'échéance</div><div class="eolv">{{ due }}</div>
<div class="eol"><span class="dots"></span>Numéro de client</div><div class="eolv">{{ client }}</div>
<div class="eol"><span class="dots"></span>Votre bon de commande</div><div class="eolv">{{ po_s }}</div>
{% else %}<div class="eol"><span class="dots"></span>Suite de la facture</div><div class="eolv">{{ no }} du {{ d }}</div>{% endif %}</td></tr></table>
{% if loop.first %}
<table style="width:100%;margin-top:12px;font-size:8.6pt"><tr><td style="width:52%;vertical-align:top"><div class="small">FACTURÉ À</div><b>{{ bname }}</b><br>{{ baddr }}</td>
<td style="vertical-align:top"><div class="small">LIEU DES TRAVAUX</div>{{ site }}<br><span class="small">Travaux exécutés du {{ w0 }} au {{ w1 }}</span></td></tr></table>
<div style="margin-top:10px;padding:6px 8px;border-left:3px solid {{ color }};background:#f9fafb;font-size:8.4pt">Facture établie selon notre soumission no {{ quote }} du {{ quoted }}, acceptée par le client le {{ acc }}.</div>
{% endif %}
{% if not loop.first %}<div class="small" style="text-align:right;margin-top:8px">Report de la page précédente : {{ carried }}</div>{% endif %}
<table class="it"><tr><th style="width:5%">Art.</th><th>Description</th><th class="r">Qté</th><th>Unité</th><th class="r">Prix unitaire</th><th class="r">Montant</th></tr>
{% for it in pg %}<tr><td>{{ it.n }}</td><td>{{ it.d|safe }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
{% if not loop.last %}<div class="small" style="text-align:right;margin-top:6px">Total partiel à reporter : <b>{{ carried }}</b> · Suite à la page suivante…</div>{% endif %}
{% if loop.last %}
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:bottom" class="small">{{ pay }}<br>Dépôt direct : Caisse Desjardins de Drummondville, transit {{ transit }}, institution 815, compte {{ compte }}.<br>Intérêts de 2 % par mois (26,82 % par année) sur tout solde échu.</td>
<td><table style="margin-left:auto;font-size:9pt;border-collapse:collapse">
<tr><td style="padding:2px 10px">Sous-total</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">TPS (5 %)</td><td class="r">{{ gst }}</td></tr>
<tr><td style="padding:2px 10px">TVQ (9,975 %)</td><td class="r">{{ qst }}</td></tr>
<tr><td style="padding:5px 10px;font-weight:bold;border-top:1.5px solid #111">Total de la facture</td><td class="r" style="font-weight:bold;border-top:1.5px solid #111">{{ total }}</td></tr>
{% if dep %}<tr><td style="padding:2px 10px">Moins : acompte reçu le {{ depd }}</td><td class="r">-{{ dep }}</td></tr>
<tr><td style="padding:4px 10px;font-weight:bold;background:#f3f4f6">Solde à payer</td><td class="r" style="font-weight:bold;background:#f3f4f6">{{ bal }}</td></tr>{% endif %}
</table></td></tr></table>{% endif %}
</div>{% endfor %}
</body></html>"""


@style("04", "ca_dru_drummondville_facture_tps_tvq_label_eol_soumission_acompte_two_pages")
def s04(rng, i):
    vname, vaddr, color = DR_V[i]
    bname, baddr = DR_B[i]
    two = i == 2
    d = rand_date(rng)
    items = lines(rng, DR_ROWS[i], [4, 5, 15, 3][i], D("0.25"))
    n = rng.randint(1000, 9999)
    for x in items:
        x["desc"] = x["desc"].replace("{n}", str(n))
    net = sum(x["amount"] for x in items)
    gst = q2(net * D("0.05"))
    qst = q2(net * D("0.09975"))
    tax = gst + qst
    total = net + tax
    bn9 = ca_bn(rng)
    tps = f"{bn9} RT0001"
    tvq = f"{digits(rng, 10, True)} TQ0001"
    fd = [lambda x: long_date(x, "fr"), lambda x: x.isoformat(), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i != 3 else None
    no = [f"{rng.randint(1000, 9999)}", f"F-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"TCQ-{rng.randint(1000, 9999)}"][i]
    po = [None, f"BC-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4500999999)}", f"{rng.randint(24000, 26999)}"][i]
    dep = q2(total * D(rng.choice(["0.25", "0.30", "0.40"]))) if i in (0, 1, 3) else None
    qd = d - dt.timedelta(days=rng.randint(30, 90))
    rows = [{"n": k + 1, "d": wrap(x["desc"], 58).replace("\n", "<br>"), "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": sp(x["price"]) + " $", "a": sp(x["amount"]) + " $"} for k, x in enumerate(items)]
    pages = [rows[:9], rows[9:]] if two else [rows]
    carried = sp(sum(x["amount"] for x in items[:9])) + " $"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vpc=rng.choice(["J2C 2A8", "J2B 8A9", "J2C 7W2", "J2A 4G7"]), phone=f"819 {rng.randint(470, 850)}-{rng.randint(1000, 9999)}", rbq=f"{rng.randint(5600, 5799)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
        tps=tps, tvq=tvq, no=no, d=fd(d), due=fd(due) if due else "Payable sur réception", client=f"C{rng.randint(1000, 9999)}", po_s=po or "—",
        bname=bname, baddr=baddr, site=baddr if i != 2 else "En atelier, 3250, rue Power", w0=fd(d - dt.timedelta(days=rng.randint(8, 30))), w1=fd(d - dt.timedelta(days=rng.randint(0, 6))),
        quote=f"S-{rng.randint(100, 999)}", quoted=fd(qd), carried=carried, acc=fd(qd + dt.timedelta(days=rng.randint(2, 14))), pages=pages,
        net=sp(net) + " $", gst=sp(gst) + " $", qst=sp(qst) + " $", total=sp(total) + " $", dep=sp(dep) + " $" if dep else None, depd=fd(qd + dt.timedelta(days=rng.randint(2, 14))), bal=sp(total - dep) + " $" if dep else None,
        pay=("Conditions : net 30 jours." if due else "Conditions : payable sur réception.") + " Chèque à l'ordre de " + vname + ".", transit=digits(rng, 5, True), compte=digits(rng, 7, True),
    )
    notes = (
        "Drummondville (Québec, Canada) FACTURE in French, each fact's LABEL at the END of a dotted line with its VALUE on the NEXT line, converted from an accepted quote ('soumission', its number and dates are decoys), long item descriptions wrapped, TPS 5 % and TVQ 9,975 %, '1 234,56 $'"
        + (", over TWO PAGES (9 rows on the first, 'Page x de 2', a carried page total 'Total partiel à reporter' / 'Report de la page précédente' (a decoy), the totals on the second)" if two else "")
        + (", a DEPOSIT deducted under the total ('Moins : acompte reçu', 'Solde à payer': decoys)" if dep else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'No TPS' (the business number + RT0001, its BN check digit valid; the TVQ number, the RBQ licence, the client number and the bank transit and account are decoys). "
        "invoice_number = 'Numéro de facture'; invoice_date = 'Date de facturation' (the works dates and the quote dates are decoys). "
        + due_note(due, "Payable sur réception", "Date d'échéance")
        + po_note(po, "Votre bon de commande")
        + "subtotal = 'Sous-total'; tax = TPS + TVQ (printed only as the two parts); total = 'Total de la facture'. Currency CAD ('$', a Québec invoice). Line items: every row."
    )
    t = truth(vname, tps, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tps, tvq, "Total de la facture", fd(due) if due else None, sp(total - dep) if dep else None, "Page 2 de 2" if two else None, carried if two else None], "tax_parts": [str(gst), str(qst)]}
    return t, chk, (DR_HTML.replace("@@BASE@@", css(size="Letter", margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Irapuato (IVA 16 / 0 %, MXN or USD), CFDI with a left sidebar, unruled, words
IR_V = [
    ("Congeladora de Hortalizas del Bajío, S.A. de C.V.", "CHB", "Carretera Irapuato-Silao km 5.5, Col. Las Heras", "36557", "601 - General de Ley Personas Morales", "#14532d"),
    ("Fresas Selectas de Irapuato, S.P.R. de R.L.", "FSI", "Camino a Cuarta Brigada 120, Ejido Tomelópez", "36690", "622 - Actividades Agrícolas, Ganaderas, Silvícolas y Pesqueras", "#9f1239"),
    ("Maquinados y Autopartes Castro del Río, S.A. de C.V.", "MAC", "Blvd. Arandas 1850, Parque Industrial Castro del Río", "36810", "601 - General de Ley Personas Morales", "#1e3a8a"),
    ("Servicios Agrícolas Tecnificados del Bajío, S.C.", "SAT", "Av. Guerrero 455, Zona Centro", "36500", "601 - General de Ley Personas Morales", "#713f12"),
]
IR_B = [("Distribuidora Frutas y Legumbres del Norte, S.A. de C.V.", "DFL"), ("Comercializadora de Berries del Bajío, S.A. de C.V.", "CBB"),
        ("Componentes Automotrices de Silao, S. de R.L. de C.V.", "CAS"), ("Agrícola Los Sauces de Pénjamo, S.P.R. de R.L.", "ASP")]
IR_ROWS = [
    [("50121500", "Brócoli congelado IQF, caja 10 kg", "XBX", "Caja", 20, 400, "310.00", "520.00", 0), ("24121500", "Bolsa de empaque impresa para congelados", "H87", "Pieza", 500, 5000, "1.20", "3.80", 16),
     ("78121603", "Maniobras de carga en andén", "E48", "Servicio", 1, 6, "850.00", "2400.00", 16), ("50121500", "Coliflor congelada IQF, caja 10 kg", "XBX", "Caja", 20, 300, "290.00", "480.00", 0)],
    [("50301700", "Fresa fresca clamshell 1 lb, charola 8 piezas", "XBX", "Charola", 100, 900, "14.00", "26.00", 0), ("24112400", "Tarima de madera tratada", "H87", "Pieza", 10, 40, "9.50", "16.00", 16),
     ("78101800", "Flete refrigerado Irapuato–Laredo", "E48", "Servicio", 1, 2, "1450.00", "2300.00", 16)],
    [("25174700", "Maquinado de soporte de transmisión, plano MAC-{n}", "H87", "Pieza", 50, 800, "48.00", "190.00", 16), ("73181100", "Tratamiento térmico de flechas", "E48", "Servicio", 1, 4, "2800.00", "9500.00", 16),
     ("31161500", "Tornillería grado 8 surtida", "KGM", "Kilogramo", 5, 80, "65.00", "140.00", 16), ("81141600", "Inspección dimensional con CMM y reporte PPAP", "E48", "Servicio", 1, 3, "1800.00", "4200.00", 16)],
    [("70111500", "Asesoría técnica en fertirriego, visita de campo", "E48", "Servicio", 1, 8, "1800.00", "3500.00", 16), ("77101500", "Análisis de suelo completo con interpretación", "E48", "Servicio", 1, 6, "950.00", "1650.00", 16),
     ("70151800", "Aplicación aérea con dron, hectárea", "HAR", "Hectárea", 10, 120, "180.00", "320.00", 16), ("10171700", "Fertilizante foliar 20 L", "H87", "Pieza", 2, 40, "640.00", "1180.00", 0)],
]
IR_HTML = """<html lang="es-MX"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 5mm;box-sizing:border-box;font-size:7.4pt}
.side .k{color:#d1d5db;font-size:6.4pt;margin-top:6px} .side .v{font-weight:bold;overflow-wrap:anywhere}
.main{margin-left:64mm;margin-right:8mm;padding-top:10mm}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:6.8pt;color:#6b7280;text-align:left;padding:3px 4px;font-weight:normal} table.it td{padding:4px;font-size:8pt}
.r{text-align:right;white-space:nowrap} .k2{color:#6b7280;font-size:7pt}
</style></head><body>
<div class="side">
<div style="font-size:11pt;font-weight:bold">{{ vname }}</div>
<div class="k">RFC EMISOR</div><div class="v">{{ vrfc }}</div>
<div class="k">RÉGIMEN FISCAL</div><div class="v">{{ regimen }}</div>
<div class="k">DOMICILIO</div><div class="v" style="font-weight:normal">{{ vaddr }}, Irapuato, Gto.</div>
<div class="k">LUGAR DE EXPEDICIÓN (C.P.)</div><div class="v">{{ cp }}</div>
<div class="k">FOLIO FISCAL (UUID)</div><div class="v">{{ uuid }}</div>
<div class="k">NO. DE SERIE DEL CSD DEL EMISOR</div><div class="v">{{ csd }}</div>
<div class="k">NO. DE SERIE DEL CSD DEL SAT</div><div class="v">{{ csdsat }}</div>
<div class="k">FECHA Y HORA DE CERTIFICACIÓN</div><div class="v">{{ cert }}</div>
<div class="k">MÉTODO DE PAGO</div><div class="v">{{ metodo }}</div>
<div class="k">FORMA DE PAGO</div><div class="v">{{ forma }}</div>
<div class="k">EXPORTACIÓN</div><div class="v">{{ expo }}</div>
<div style="margin-top:14px">{{ qr|safe }}</div>
</div>
<div class="main">
<table style="width:100%"><tr><td><div style="font-size:20pt;font-weight:bold;color:{{ color }}">FACTURA</div><div class="k2">CFDI versión 4.0 · Tipo de comprobante: I - Ingreso</div></td>
<td class="r" style="vertical-align:top"><div class="k2">Serie y folio</div><div style="font-size:12pt;font-weight:bold">{{ no }}</div><div class="k2" style="margin-top:4px">Fecha de emisión</div><div style="font-weight:bold">{{ d }}</div></td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.2pt;background:#f9fafb"><tr><td style="padding:6px;width:60%"><div class="k2">RECEPTOR</div><b>{{ bname }}</b><br>RFC: {{ brfc }}<br>Domicilio fiscal del receptor (C.P.): {{ bcp }}<br>Uso del CFDI: {{ uso }}</td>
<td style="padding:6px;vertical-align:top"><div class="k2">Moneda</div>{{ moneda }}{% if tc %}<div class="k2" style="margin-top:4px">Tipo de cambio</div>{{ tc }}{% endif %}
{% if po %}<div class="k2" style="margin-top:4px">Orden de compra</div>{{ po }}{% endif %}<div class="k2" style="margin-top:4px">Condiciones de pago</div>{{ cond }}</td></tr></table>
<table class="it"><tr><th>Clave prod./serv.</th><th class="r">Cantidad</th><th>Clave unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Importe</th><th class="r">IVA</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td class="r">{{ it.q }}</td><td>{{ it.cu }}</td><td>{{ it.d }}<div class="k2">Objeto de impuesto: 02 · Traslado IVA tasa {{ it.t }}</div></td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="width:55%;vertical-align:top;font-size:7.8pt"><div class="k2">IMPORTE CON LETRA</div><b>{{ letra }}</b>
{% if mxn %}<div class="k2" style="margin-top:8px">Equivalente en moneda nacional (informativo)</div>{{ mxn }} MXN{% endif %}</td>
<td><table style="margin-left:auto;font-size:8.8pt">
<tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td style="padding:2px 10px">IVA trasladado {{ r.r }}%</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td style="padding:2px 10px">Total impuestos trasladados</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:5px 10px;font-weight:bold;font-size:11pt;color:{{ color }}">Total</td><td class="r" style="font-weight:bold;font-size:11pt;color:{{ color }}">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px;font-size:6.2pt;color:#6b7280;word-break:break-all"><b>Sello digital del CFDI:</b> {{ sello }}<br><b>Cadena original del complemento de certificación digital del SAT:</b> ||1.1|{{ uuid }}|{{ cert }}|{{ sello[:40] }}|{{ csdsat }}||</div>
<div style="margin-top:8px;font-size:7pt">Este documento es una representación impresa de un CFDI.</div>
</div></body></html>"""


@style("05", "mx_ira_irapuato_factura_cfdi_iva_16_sidebar_left_letra_usd")
def s05(rng, i):
    vname, ab, vaddr, cp, regimen, color = IR_V[i]
    bname, bab = IR_B[i]
    d = rand_date(rng)
    dollars = i == 1
    rows = [(c[1], c[3], c[4], c[5], c[6], c[7], (c[0], c[2], c[8])) for c in IR_ROWS[i]]
    items = lines(rng, rows, [3, 3, 4, 3][i], D("0.01"))
    n = rng.randint(100, 999)
    for x in items:
        x["clave"], x["cu"], x["rate"] = x["extra"]
        x["desc"] = x["desc"].replace("{n}", str(n))
    rates = by_rate(items)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vrfc = mx_rfc(rng, ab, dt.date(rng.randint(1988, 2015), rng.randint(1, 12), rng.randint(1, 28)))
    brfc = mx_rfc(rng, bab, dt.date(rng.randint(1990, 2018), rng.randint(1, 12), rng.randint(1, 28))) if bab else "XEXX010101000"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%Y")][i]
    ds = fd(d)
    serie = ["A", "EXP", "MAC", "F"][i]
    no = f"{serie}-{rng.randint(1000, 9999)}" if i != 2 else f"{serie} {rng.randint(10000, 99999)}"
    po = [f"OC-{rng.randint(10000, 99999)}", f"PO {rng.randint(2000, 9999)}", f"{rng.randint(4500000000, 4500999999)}", None][i]
    m = (lambda x: "$" + en(x)) if not dollars else (lambda x: "US$" + en(x))
    tc = D(rng.choice(["17.3420", "18.0915", "18.6233", "19.4108"])) if dollars else None
    ppd = i in (0, 2)
    cond = ["Crédito 30 días", "Contado", "Crédito 45 días", "Contado"][i]
    ctx = dict(
        color=color, vname=vname, vrfc=vrfc, regimen=regimen, vaddr=vaddr, cp=cp, uuid=uuid_like(rng), csd="0000100000050" + digits(rng, 7), csdsat="0000100000070" + digits(rng, 7),
        cert=(d + dt.timedelta(days=rng.randint(0, 1))).isoformat() + f"T{rng.randint(8, 20):02d}:{rng.randint(10, 59):02d}:{rng.randint(10, 59):02d}",
        metodo="PPD - Pago en parcialidades o diferido" if ppd else "PUE - Pago en una sola exhibición", forma="99 - Por definir" if ppd else "03 - Transferencia electrónica de fondos", expo="01 - No aplica",
        qr="", no=no, d=ds, bname=bname, brfc=brfc, bcp=rng.choice(["64000", "37290", "36270", "36900"]) if bab else "—", uso="G01 - Adquisición de mercancías" if i != 3 else "G03 - Gastos en general",
        moneda="USD - Dólar americano" if dollars else "MXN - Peso mexicano", tc=tc, po=po, cond=cond,
        items=[{"c": x["clave"], "q": qstr(x["qty"]), "cu": x["cu"] + " - " + x["unit"], "d": x["desc"], "p": m(x["price"]), "a": m(x["amount"]), "r": x["rate"], "t": f"{x['rate'] / 100:.6f}"} for x in items],
        rates=[{"r": r, "t": m(t)} for r, _b, t in rates], net=m(net), tax=m(tax), total=m(total),
        letra=mx_letra(total, "DÓLARES", "USD") if dollars else mx_letra(total), mxn="$" + en(q2(total * tc)) if dollars else None,
        sello="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(300)) + "==",
    )
    from kit_common import qr_svg

    ctx["qr"] = qr_svg(rng, 30)
    notes = (
        "Irapuato (Guanajuato, Mexico) CFDI 4.0 FACTURA in Spanish with the fiscal data in a dark LEFT SIDEBAR (RFC emisor, régimen, folio fiscal UUID, CSD numbers, certification date: decoys but the RFC), an UNRULED item table with SAT keys, IVA "
        + " and ".join(f"{r} %" for r, _, _ in rates) + (" (0 % on unprocessed food)" if len(rates) > 1 else "") + ", the amount in words ('IMPORTE CON LETRA')"
        + (", priced in US DOLLARS with the 'Tipo de cambio' and a peso equivalent (decoy)" if dollars else ", '$1,234.56' pesos")
        + ": vendor = the name at the top of the sidebar; vendor_tax_id = 'RFC EMISOR' (check digit valid; the receptor's RFC, the UUID and the CSD numbers are decoys). "
        "invoice_number = 'Serie y folio'; invoice_date = 'Fecha de emisión' (the certification date is a decoy). "
        + due_note(None, cond, "")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal'; tax = 'Total impuestos trasladados'; total = 'Total'. Currency " + ("USD ('US$', 'USD - Dólar americano')" if dollars else "MXN ('$', 'MXN - Peso mexicano')") + ". Line items: every row, 'Importe'."
    )
    t = truth(vname, vrfc, no, po, d, None, "USD" if dollars else "MXN", net, tax, total, items, notes)
    chk = {"printed": [ds, no, vname, vrfc, brfc, ctx["letra"], ctx["mxn"], "Total impuestos trasladados"]}
    return t, chk, (IR_HTML.replace("@@BASE@@", css(margin="0", fs="8.2pt")), ctx)
