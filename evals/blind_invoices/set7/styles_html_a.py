"""Chromium (HTML) styles for set 7, part A (01 Belgian Dutch factuur with a structured communication, 02 Colombian
factura electrónica with CUFE, 04 Egyptian ETA e-invoice bilingual, 06 Pakistani sales tax invoice, 08 Ukrainian
rakhunok na oplatu)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, be_ogm, be_vat
from invoice_kit import T, css, de, digits, en, iban, iban_fmt, li, mt, q2, rand_date, sp, style_registry, valid
from kit_common import items_from, qr_svg
from kit_words import en_words_title, es_words_plain_millions
from stdnum.co import nit as _nit
from stdnum.eg import tn as _egtn
from stdnum.ua import edrpou as _edrpou

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Belgian Dutch factuur (BTW, OGM, voorschot)
BE_V = [
    ("Drukkerij Vandenbroucke BV", "Industrieweg 41", "9032 Wondelgem", "RPR Gent, afdeling Gent", "#b5121b"),
    (
        "Kempische Installatietechniek NV",
        "Nijverheidsstraat 7",
        "2260 Westerlo",
        "RPR Antwerpen, afdeling Turnhout",
        "#00558c",
    ),
    ("Brouwerij De Leie Distributie BV", "Kortrijksesteenweg 1120", "9051 Sint-Denijs-Westrem", "RPR Gent", "#6b3e00"),
    ("Limburgse Tuinaanleg Peeters BV", "Hasseltweg 212", "3600 Genk", "RPR Antwerpen, afdeling Hasselt", "#2e6b2e"),
]
BE_B = [
    ("Stad Aalst - Dienst Communicatie", "Werfplein 1", "9300 Aalst"),
    ("Woonzorgcentrum Sint-Jozef vzw", "Kloosterstraat 18", "2400 Mol"),
    ("Café Het Vliegend Peird", "Groentenmarkt 9", "9000 Gent"),
    ("Janssens & Co Accountants BV", "Kempische Steenweg 293", "3500 Hasselt"),
]
BE_L = [
    [
        ("Folders A4 3-luik, 170 g mat", "st", 0.18, 0.55, 500, 5000, 21),
        ("Affiches A2 quadri", "st", 2.1, 6.5, 20, 200, 21),
        ("Brochure 24 p. geniet", "st", 1.4, 3.9, 100, 1500, 21),
        ("Grafisch ontwerp", "u", 55, 85, 2, 12, 21),
        ("Boeken gebonden 120 p.", "st", 6.5, 14, 50, 400, 6),
    ],
    [
        ("Onderhoud gascondensatieketel", "st", 145, 220, 1, 4, 21),
        ("Thermostatische kranen", "st", 28, 46, 2, 12, 6),
        ("Werkuren technieker", "u", 52, 68, 2, 16, 6),
        ("Verplaatsingskosten", "forfait", 35, 55, 1, 3, 21),
        ("Vervangen circulatiepomp", "st", 310, 480, 1, 2, 6),
    ],
    [
        ("Vat pils 50 l", "st", 118, 165, 2, 12, 21),
        ("Krat Tripel 24 x 33 cl", "krat", 31, 44, 5, 40, 21),
        ("Frisdrank cola 24 x 20 cl", "krat", 14, 21, 5, 30, 6),
        ("Leeggoed vat", "st", 30, 30, 2, 12, 0),
        ("Spuitwater 6 x 1 l", "pak", 4.1, 6.9, 10, 60, 6),
    ],
    [
        ("Aanleg gazon (graszoden)", "m²", 7.5, 12.9, 40, 400, 21),
        ("Snoeiwerken hagen", "u", 42, 58, 3, 24, 21),
        ("Boomschors 20 mm", "m³", 38, 62, 2, 12, 21),
        ("Afvoer groenafval", "rit", 65, 95, 1, 4, 21),
        ("Haagbeuk 100/125 cm", "st", 4.2, 7.9, 20, 200, 21),
    ],
]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 16mm 22mm 16mm", font="'Liberation Sans',Arial,sans-serif", fs="9pt")
    + """
.logo{font-size:17pt;font-weight:bold;color:{{ color }}} .hd td{padding:1px 6px 1px 0} .lab{color:#666}
table.it{width:100%;margin-top:14px} table.it th{border-bottom:2px solid {{ color }};text-align:left;padding:3px;font-size:8pt} table.it th.r{text-align:right} table.it td{padding:3px;border-bottom:1px solid #ddd}
table.tot td{padding:2px 6px} .ogm{border:1px solid #333;padding:6px 10px;margin-top:14px;font-size:9pt}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #999;font-size:7pt;color:#555;text-align:center;padding-top:3px}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="logo">{{ short }}</div><div>{{ v_name }}<br>{{ v1 }}<br>{{ v2 }}<br>Tel. {{ tel }} · {{ mail }}</div></td>
<td><div style="margin-top:22px;border-left:3px solid {{ color }};padding-left:8px"><b>{{ b_name }}</b><br>{{ b1 }}<br>{{ b2 }}<br>{% if b_vat %}BTW {{ b_vat }}{% endif %}</div></td></tr></table>
<div style="font-size:16pt;margin-top:18px;color:{{ color }}">FACTUUR</div>
<table class="hd" style="margin-top:4px"><tr><td class="lab">Factuurnummer</td><td><b>{{ no }}</b></td><td class="lab" style="padding-left:24px">Klantnummer</td><td>{{ cust }}</td></tr>
<tr><td class="lab">Factuurdatum</td><td>{{ d }}</td><td class="lab" style="padding-left:24px">{{ ref_label }}</td><td>{{ ref }}</td></tr>
<tr><td class="lab">Vervaldatum</td><td>{{ due }}</td><td class="lab" style="padding-left:24px">{{ d2_label }}</td><td>{{ d2 }}</td></tr></table>
<table class="it"><tr><th>Omschrijving</th><th class="r">Aantal</th><th>Eenh.</th><th class="r">Eenheidsprijs</th><th class="r">BTW</th><th class="r">Bedrag excl. BTW</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">€ {{ it.p }}</td><td class="r">{{ it.rate }}%</td><td class="r">€ {{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;font-size:8pt;color:#444">{% for r in vat_rows %}Maatstaf van heffing {{ r.rate }}%: € {{ r.base }} — BTW € {{ r.tax }}<br>{% endfor %}{{ vat_note }}</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Totaal excl. BTW</td><td class="r">€ {{ net }}</td></tr>
{% for r in vat_rows %}<tr><td>BTW {{ r.rate }}%</td><td class="r">€ {{ r.tax }}</td></tr>{% endfor %}
<tr><td><b>Totaal incl. BTW</b></td><td class="r"><b>€ {{ gross }}</b></td></tr>
{% if dep %}<tr><td>Reeds betaald voorschot ({{ dep_d }})</td><td class="r">- € {{ dep }}</td></tr><tr><td><b>Te betalen</b></td><td class="r"><b>€ {{ topay }}</b></td></tr>{% endif %}</table></td></tr></table>
<div class="ogm">Gelieve <b>€ {{ topay }}</b> te betalen vóór {{ due }} op rekening <b>{{ iban }}</b> (BIC {{ bic }}) met vermelding van de gestructureerde mededeling <b>{{ ogm }}</b>.{% if skonto %}<br>Bij betaling binnen 8 dagen mag u 2% korting (€ {{ skonto }}) in mindering brengen.{% endif %}</div>
<div style="font-size:7pt;color:#666;margin-top:10px">Op al onze facturen zijn onze algemene voorwaarden van toepassing. Bij niet-betaling op de vervaldag is van rechtswege een verwijlintrest verschuldigd.</div>
<div class="foot">{{ v_name }} · {{ v1 }}, {{ v2 }} · BTW {{ vat }} · {{ rpr }} · IBAN {{ iban }}</div>
</body></html>"""
)


@style("01", "be_nl_factuur_ogm")
def s01(rng, i):
    vname, v1, v2, rpr, color = BE_V[i]
    bname, b1, b2 = BE_B[i]
    d = rand_date(rng)
    days = rng.choice([14, 30, 30])
    due = d + dt.timedelta(days=days)
    items = items_from(rng, BE_L[i], rng.randint(3, 5))
    rates = sorted({it["extra"] for it in items}, reverse=True)
    vat_rows = []
    for r in rates:
        base = sum(it["amount"] for it in items if it["extra"] == r)
        vat_rows.append({"rate": r, "base_d": base, "tax_d": q2(base * r / 100)})
    net = sum(it["amount"] for it in items)
    tax = sum(r["tax_d"] for r in vat_rows)
    gross = net + tax
    vat = be_vat(rng)
    vat_p = f"BE {vat[:4]}.{vat[4:7]}.{vat[7:]}"
    bvat = be_vat(rng)
    b_vat = f"BE {bvat[:4]}.{bvat[4:7]}.{bvat[7:]}" if i != 2 else None
    no = [
        f"{d.year}/{rng.randint(100, 2400):04d}",
        f"F{str(d.year)[2:]}-{rng.randint(1000, 9999)}",
        f"{d.year}{rng.randint(1, 999):05d}",
        f"VF-{rng.randint(10000, 99999)}",
    ][i]
    po = [f"BB{d.year}-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000000, 4500999999)}", None][i]
    ref_label, ref = (
        ("Bestelbon", po)
        if po
        else ("Uw referentie", ["", f"Offerte OF{rng.randint(2000, 2999)}", "", f"Werf {bname.split()[0]} - tuin"][i])
    )
    dep = q2(gross * D(rng.choice(["0.3", "0.4", "0.5"]))) if i == 3 else None
    dep_d = (d - dt.timedelta(days=rng.randint(20, 60))) if dep else None
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    d2_label, d2 = (
        ("Leveringsdatum", f(d - dt.timedelta(days=rng.randint(1, 9))))
        if i in (0, 2)
        else (
            "Uitvoering",
            f"{(d - dt.timedelta(days=20)).strftime('%d/%m')} - {(d - dt.timedelta(days=2)).strftime('%d/%m/%Y')}",
        )
    )
    skonto = de(q2(gross * D("0.02"))) if i == 1 else None
    ogm = be_ogm(rng)
    ib = iban("BE", digits(rng, 12, True))
    vat_note = (
        "Btw verlegd: nee. Vrijstelling leeggoed (statiegeld, 0%)." if any(it["extra"] == 0 for it in items) else ""
    )
    ctx = dict(
        color=color,
        short=vname.split()[0].upper() if i != 2 else "DE LEIE",
        v_name=vname,
        v1=v1,
        v2=v2,
        tel=f"0{rng.randint(2, 9)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        mail=f"facturatie@{vname.split()[0].lower()}.be",
        b_name=bname,
        b1=b1,
        b2=b2,
        b_vat=b_vat,
        no=no,
        cust=f"K{rng.randint(1000, 9999)}",
        d=f(d),
        due=f(due),
        ref_label=ref_label,
        ref=ref,
        d2_label=d2_label,
        d2=d2,
        items=[
            {
                "desc": it["desc"],
                "q": de(it["qty"], 0),
                "unit": it["unit"],
                "p": de(it["price"]),
                "rate": it["extra"],
                "a": de(it["amount"]),
            }
            for it in items
        ],
        vat_rows=[{"rate": r["rate"], "base": de(r["base_d"]), "tax": de(r["tax_d"])} for r in vat_rows],
        vat_note=vat_note,
        net=de(net),
        gross=de(gross),
        dep=de(dep) if dep else None,
        dep_d=f(dep_d) if dep else None,
        topay=de(gross - dep) if dep else de(gross),
        iban=iban_fmt(ib),
        bic=rng.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB"]),
        ogm=ogm,
        skonto=skonto,
        vat=vat_p,
        rpr=rpr,
    )
    notes = (
        "Belgian Dutch-language factuur: vendor BTW number only in the footer ('BTW BE 0xxx.xxx.xxx', truth as printed); "
        + ("the customer's BTW number is printed in the address block (decoy). " if b_vat else "")
        + "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (dd/mm/yyyy); due = 'Vervaldatum'; "
        + ("'Leveringsdatum' is a decoy. " if i in (0, 2) else "the execution period is a decoy. ")
        + (f"PO = 'Bestelbon' {po}. " if po else "'Uw referentie' is not a PO (null). ")
        + "subtotal = 'Totaal excl. BTW'; tax = sum of the BTW rows (no single tax-total row when two rates); total = 'Totaal incl. BTW'. "
        + ("The voorschot already paid and 'Te betalen' are decoys (deposits). " if dep else "")
        + ("The 2% early-payment discount is a decoy. " if skonto else "")
        + "The structured communication +++…+++ is a payment reference, not the invoice number. Line items: every table row (amount excl. BTW)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vat_p,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="EUR",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(gross),
        line_items=li(items),
        notes=notes,
    )
    chk = {"printed": [f(d), f(due), vat_p, no, po, vname, ogm]}
    if len(vat_rows) > 1:
        chk["tax_parts"] = [mt(r["tax_d"]) for r in vat_rows]
    return t, chk, (S01_HTML, ctx)


# =========================================================================== 02 Colombian factura electrónica de venta (NIT-DV, CUFE, retenciones)
CO_V = [
    (
        "Distribuidora Andina de Papelería S.A.S.",
        "900",
        "Cra. 68 # 17-45, Zona Industrial Montevideo",
        "Bogotá D.C.",
        "#0b4f8a",
        "FEV",
    ),
    (
        "Ferretería El Constructor Paisa S.A.S.",
        "901",
        "Calle 30 # 65-120, Guayabal",
        "Medellín, Antioquia",
        "#c0392b",
        "FE",
    ),
    (
        "Soluciones Tecnológicas del Caribe Ltda.",
        "800",
        "Vía 40 # 73-290, Bodega 12",
        "Barranquilla, Atlántico",
        "#117a65",
        "SETT",
    ),
    (
        "Laboratorios Cafeteros de Occidente S.A.",
        "890",
        "Av. Kevin Ángel # 70-70",
        "Manizales, Caldas",
        "#5b2c6f",
        "FECA",
    ),
]
CO_B = [
    ("Colegio Gimnasio Los Cerros", "860"),
    ("Constructora Horizonte Verde S.A.S.", "900"),
    ("Clínica Santa Marta del Mar S.A.", "819"),
    ("Supermercados La Economía S.A.S.", "891"),
]
CO_L = [
    [
        ("Resma papel carta 75 g", "UND", 14500, 21900, 10, 200, 19),
        ("Cuaderno cosido 100 hojas", "UND", 3200, 5400, 50, 600, 0),
        ("Tóner compatible HP 85A", "UND", 68000, 125000, 2, 20, 19),
        ("Carpeta AZ oficio", "UND", 7800, 11900, 10, 120, 19),
        ("Lápiz negro No. 2 caja x 12", "CJ", 6900, 9800, 10, 80, 0),
    ],
    [
        ("Cemento gris 50 kg", "BTO", 29800, 34900, 20, 300, 19),
        ('Varilla corrugada 1/2" x 6 m', "UND", 24500, 31900, 20, 400, 19),
        ('Tubo PVC sanitario 4"', "UND", 58000, 79000, 5, 60, 19),
        ("Alambre negro cal. 18", "KG", 7800, 9900, 10, 120, 19),
        ("Teja fibrocemento No. 6", "UND", 42000, 56000, 10, 120, 19),
    ],
    [
        ('Portátil 14" Core i5 16 GB', "UND", 2890000, 3650000, 1, 12, 19),
        ("Licencia antivirus anual", "UND", 89000, 145000, 5, 60, 19),
        ("Soporte técnico en sitio", "HORA", 85000, 120000, 4, 40, 19),
        ("Switch 24 puertos gestionable", "UND", 980000, 1450000, 1, 4, 19),
    ],
    [
        ("Café tostado en grano 2,5 kg", "BOL", 98000, 132000, 5, 60, 5),
        ("Análisis fisicoquímico de muestra", "UND", 145000, 210000, 2, 20, 19),
        ("Café molido 500 g", "UND", 18900, 26500, 20, 300, 5),
        ("Filtros de papel x 100", "PAQ", 8900, 12900, 10, 80, 19),
    ],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 12mm", font="'DejaVu Sans',sans-serif", fs="7.8pt")
    + """
.box{border:1px solid {{ color }};border-radius:4px;padding:5px 7px} .t{background:{{ color }};color:#fff;font-weight:bold;padding:2px 6px;font-size:7.6pt}
table.g td{padding:1px 5px 1px 0} table.it{width:100%;margin-top:6px} table.it th{background:{{ color }};color:#fff;padding:3px;font-size:7pt} table.it td{border-bottom:1px solid #ccc;padding:2px 3px}
.cufe{font-family:'DejaVu Sans Mono',monospace;font-size:6.2pt;word-break:break-all}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>NIT {{ nit }} · Responsable de IVA · {{ regimen }}<br>{{ v1 }} · {{ v2 }} · Tel. {{ tel }}<br>Actividad económica CIIU {{ ciiu }} · {{ mail }}</div></td>
<td><div class="box" style="text-align:center"><b style="font-size:9.5pt">FACTURA ELECTRÓNICA DE VENTA</b><br><span style="font-size:12pt"><b>No. {{ no }}</b></span></div></td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:58%" class="box"><div class="t" style="margin:-5px -7px 4px">ADQUIRIENTE</div>
<table class="g"><tr><td>Razón social:</td><td>{{ b_name }}</td></tr><tr><td>NIT:</td><td>{{ b_nit }}</td></tr><tr><td>Dirección:</td><td>{{ b_addr }}</td></tr><tr><td>Correo:</td><td>{{ b_mail }}</td></tr></table></td><td style="width:2%"></td>
<td class="box"><table class="g"><tr><td>Fecha de generación:</td><td>{{ d }} {{ hora }}</td></tr><tr><td>Fecha de validación DIAN:</td><td>{{ dval }}</td></tr><tr><td>Fecha de vencimiento:</td><td>{{ due }}</td></tr>
<tr><td>Forma de pago:</td><td>{{ forma }}</td></tr><tr><td>Medio de pago:</td><td>{{ medio }}</td></tr>{% if po %}<tr><td>Orden de compra:</td><td>{{ po }}</td></tr>{% endif %}<tr><td>Moneda:</td><td>COP</td></tr></table></td></tr></table>
<table class="it"><tr><th>#</th><th>Código</th><th style="width:36%">Descripción</th><th>U.M.</th><th>Cant.</th><th>Valor unitario</th><th>% IVA</th><th>Valor total</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.rate }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:56%">
<div><b>Valor en letras:</b> {{ words }}</div>
<div class="box" style="margin-top:6px"><b>Retenciones (informativas, las practica el adquiriente)</b><br>{% for r in rets %}{{ r.n }}: $ {{ r.v }}<br>{% endfor %}</div>
<div style="margin-top:6px;font-size:6.8pt">Autorización de numeración de facturación DIAN No. {{ res }} de {{ res_d }}, prefijo {{ prefix }} del {{ r_from }} al {{ r_to }}, vigencia 24 meses.<br>Esta factura se asimila en todos sus efectos a una letra de cambio (Art. 774 C. de Co.).</div></td>
<td><table style="margin-left:auto" class="g"><tr><td>Subtotal</td><td class="r">$ {{ net }}</td></tr><tr><td>Descuentos</td><td class="r">$ 0,00</td></tr>
{% for r in vat_rows %}<tr><td>IVA {{ r.rate }}%</td><td class="r">$ {{ r.tax }}</td></tr>{% endfor %}<tr><td>Total IVA</td><td class="r">$ {{ tax }}</td></tr>
<tr><td style="border-top:1px solid #000"><b>TOTAL FACTURA</b></td><td class="r" style="border-top:1px solid #000"><b>$ {{ total }}</b></td></tr></table></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:30mm">{{ qr|safe }}</td><td><b>CUFE:</b><div class="cufe">{{ cufe }}</div>
<div style="font-size:6.8pt;margin-top:4px">Representación gráfica de factura electrónica. Proveedor tecnológico: {{ prov }} NIT {{ prov_nit }}. Software propio.</div></td></tr></table>
</body></html>"""
)


def _co_nit(rng, pre):
    n = pre + digits(rng, 6)
    dv = _nit.calc_check_digit(n)
    return f"{n[:3]}.{n[3:6]}.{n[6:]}-{dv}"


@style("02", "co_factura_electronica_cufe")
def s02(rng, i):
    vname, pre, v1, v2, color, prefix = CO_V[i]
    bname, bpre = CO_B[i]
    d = rand_date(rng)
    days = rng.choice([30, 45, 60]) if i != 3 else 0
    due = d + dt.timedelta(days=days)
    items = items_from(rng, CO_L[i], rng.randint(3, 5), step=D("100"))
    rates = sorted({it["extra"] for it in items}, reverse=True)
    vat_rows = [
        {"rate": r, "tax_d": q2(sum(it["amount"] for it in items if it["extra"] == r) * r / 100)} for r in rates if r
    ]
    net = sum(it["amount"] for it in items)
    tax = sum(r["tax_d"] for r in vat_rows)
    total = net + tax
    nit = _co_nit(rng, pre)
    b_nit = _co_nit(rng, bpre)
    num = rng.randint(1200, 48000)
    no = f"{prefix}{'-' if i % 2 == 0 else ''}{num}"
    po = [
        f"OC-{rng.randint(10000, 99999)}",
        None,
        f"{rng.randint(4500000000, 4500999999)}",
        f"OC{d.year}-{rng.randint(100, 999)}",
    ][i]
    f = lambda x: x.isoformat()  # noqa: E731
    rets = [{"n": "ReteFuente 2,5%", "v": de(q2(net * D("0.025")))}]
    if tax:
        rets.append({"n": "ReteIVA 15%", "v": de(q2(tax * D("0.15")))})
    rets.append({"n": "ReteICA 9,66 ‰", "v": de(q2(net * D("0.00966")))})
    res_d = d - dt.timedelta(days=rng.randint(120, 600))
    cufe = "".join(rng.choice("0123456789abcdef") for _ in range(96))
    ctx = dict(
        color=color,
        v_name=vname,
        nit=nit,
        regimen=rng.choice(["Régimen común", "No responsable de ICA", "Autorretenedor"]),
        v1=v1,
        v2=v2,
        tel=f"60{rng.randint(1, 8)} {digits(rng, 7, True)}",
        ciiu=rng.choice(["4761", "4752", "4651", "1061"]),
        mail=f"facturacion@{vname.split()[0].lower()}.com.co",
        no=no,
        b_name=bname,
        b_nit=b_nit,
        b_addr=rng.choice(["Calle 127 # 7-50", "Cra. 43A # 1-50 Of. 802", "Av. del Libertador # 32-10"]),
        b_mail="recepcion.facturas@" + bname.split()[0].lower() + ".co",
        d=f(d),
        hora=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        dval=f(d),
        due=f(due),
        forma="Contado" if i == 3 else f"Crédito {days} días",
        medio=rng.choice(["Transferencia débito", "Consignación bancaria", "Instrumento no definido"]),
        po=po,
        items=[
            {
                "code": f"{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                "desc": it["desc"],
                "unit": it["unit"],
                "q": de(it["qty"], 0),
                "p": de(it["price"]),
                "rate": it["extra"],
                "a": de(it["amount"]),
            }
            for it in items
        ],
        words=es_words_plain_millions(total).upper() + " PESOS M/CTE",
        rets=rets,
        res=f"1876{digits(rng, 10)}",
        res_d=f(res_d),
        prefix=prefix,
        r_from=1,
        r_to=rng.choice([5000, 50000, 100000]),
        net=de(net),
        vat_rows=[{"rate": r["rate"], "tax": de(r["tax_d"])} for r in vat_rows],
        tax=de(tax),
        total=de(total),
        qr=qr_svg(rng, 28),
        cufe=cufe,
        prov=rng.choice(["Facturatech", "Carvajal T&S", "Siigo"]),
        prov_nit=_co_nit(rng, "830"),
    )
    notes = (
        "Colombian factura electrónica de venta (printed representation): vendor tax id = the vendor's NIT with its check digit as printed ('NIT 900.123.456-7'); "
        "the buyer's NIT in the ADQUIRIENTE box and the technology provider's NIT at the foot are decoys. invoice_number = prefix + number after 'No.' as printed. "
        "invoice_date = 'Fecha de generación' (ISO; the time and the identical validation date are not separate dates); due = 'Fecha de vencimiento'"
        + (" (equal to the invoice date: cash sale)" if days == 0 else "")
        + "; the DIAN numbering resolution date is a decoy. "
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = 'Total IVA'; total = 'TOTAL FACTURA' (COP, '$' with dot thousands and comma decimals). "
        "The retenciones box (ReteFuente, ReteIVA, ReteICA) is informative, withheld by the buyer: decoys, not subtracted from the total. "
        "The CUFE and resolution number are not the invoice number. Line items: every row (Valor total, before IVA)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=nit,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="COP",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), f(due), nit, no, po, vname], (S02_HTML, ctx)


# =========================================================================== 04 Egyptian ETA e-invoice, Arabic and English (registration number, 14 % VAT)
EG_V = [
    ("Nile Delta Foods Trading S.A.E.", "نايل دلتا لتجارة الأغذية ش.م.م", "15 El Tahrir St., Dokki, Giza", "#1f5f8b"),
    ("Cairo Smart Systems LLC", "القاهرة للأنظمة الذكية ش.ذ.م.م", "90 Road 9, Maadi, Cairo", "#8b1f3a"),
    (
        "Alexandria Packaging Industries",
        "الإسكندرية للصناعات التغليفية",
        "Borg El Arab Industrial Zone 3, Alexandria",
        "#2d6a4f",
    ),
    ("Sinai Medical Supplies Co.", "سيناء للمستلزمات الطبية", "22 Abbas El Akkad St., Nasr City, Cairo", "#6a4c93"),
]
EG_B = [
    "Horus Retail Group S.A.E.",
    "Delta Ceramics Co.",
    "Red Sea Resorts Management",
    "Al Salam International Hospital",
]
EG_L = [
    [
        ("Sunflower oil 1.8 L x 6", "CTN", 420, 610, 10, 200),
        ("Rice Egyptian 5 kg", "BAG", 165, 240, 20, 400),
        ("Pasta 400 g x 20", "CTN", 180, 260, 10, 150),
        ("Sugar 1 kg x 10", "BAL", 260, 330, 10, 200),
    ],
    [
        ("Access control terminal", "PCS", 4800, 8900, 1, 12),
        ("IP camera 4MP dome", "PCS", 1650, 2900, 2, 40),
        ("Installation and configuration", "SRV", 2500, 9000, 1, 3),
        ("Annual support contract", "SRV", 12000, 36000, 1, 1),
    ],
    [
        ("Corrugated carton 5-ply 60x40x40", "PCS", 14.5, 28.9, 500, 6000),
        ("Stretch film 23 µm 500 mm", "ROLL", 310, 460, 10, 120),
        ("Printed labels 100x150", "ROLL", 95, 160, 10, 200),
        ("Pallet wooden 120x100", "PCS", 240, 380, 10, 80),
    ],
    [
        ("Surgical gloves sterile size 7.5 (box 50)", "BOX", 380, 620, 10, 200),
        ("Syringe 5 ml (box 100)", "BOX", 210, 340, 10, 150),
        ("IV cannula 20G (box 50)", "BOX", 640, 950, 5, 60),
        ("Face mask 3-ply (box 50)", "BOX", 48, 95, 20, 400),
    ],
]
S04_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 12mm", font="'DejaVu Sans',sans-serif", fs="7.8pt")
    + """
.ar{direction:rtl;text-align:right} .hdr{background:{{ color }};color:#fff;padding:6px 8px} .k{color:#555;font-size:7pt}
table.kv td{padding:2px 4px;border-bottom:1px solid #eee} table.it{width:100%;margin-top:8px} table.it th{background:#eee;border:1px solid #bbb;font-size:6.8pt;padding:2px} table.it td{border:1px solid #ddd;padding:2px 3px}
</style></head><body>
<table class="hdr" style="width:100%"><tr><td><b style="font-size:12pt">Tax Invoice</b><br>{{ v_name }}</td><td class="c" style="width:30%">{{ qr|safe }}</td><td class="ar"><b style="font-size:12pt">فاتورة ضريبية</b><br>{{ v_ar }}</td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:50%"><table class="kv" style="width:100%">
<tr><td class="k">Issuer / المصدر</td><td>{{ v_name }}</td></tr><tr><td class="k">Registration Number / رقم التسجيل</td><td>{{ rin }}</td></tr><tr><td class="k">Address / العنوان</td><td>{{ v_addr }}</td></tr><tr><td class="k">Branch Code</td><td>{{ branch }}</td></tr>
</table></td><td style="width:50%"><table class="kv" style="width:100%">
<tr><td class="k">Receiver / المستلم</td><td>{{ b_name }}</td></tr><tr><td class="k">Registration Number / رقم التسجيل</td><td>{{ b_rin }}</td></tr><tr><td class="k">Receiver Type</td><td>B (Business)</td></tr>
</table></td></tr></table>
<table class="kv" style="width:100%;margin-top:6px"><tr><td class="k">Internal ID / الرقم الداخلي</td><td style="white-space:nowrap"><b>{{ no }}</b></td><td class="k">Date Time Issued / تاريخ الإصدار</td><td>{{ d }} {{ hr }}</td><td class="k">Date Time Received</td><td>{{ drcv }}</td></tr>
<tr><td class="k">Submission UUID</td><td colspan="3" style="font-family:'DejaVu Sans Mono';font-size:6.6pt">{{ uuid }}</td><td class="k">Status</td><td>Valid / صالحة</td></tr>
<tr><td class="k">Purchase Order Ref. / أمر الشراء</td><td>{{ po or "—" }}</td><td class="k">Proforma Ref.</td><td>{{ prof }}</td><td class="k">Payment Terms</td><td>{{ terms }}</td></tr></table>
<table class="it"><tr><th>Item Code (EGS)</th><th style="width:28%">Description / الوصف</th><th>Unit</th><th>Qty</th><th>Unit Price</th><th>Sales Total</th><th>Discount</th><th>Net Total</th><th>VAT 14%</th><th>Total</th></tr>
{% for it in items %}<tr><td style="font-size:6.6pt">{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.g }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.tot }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;font-size:7pt;color:#444">Currency: EGP (Egyptian Pound / جنيه مصري){% if wht %}<br>Withholding tax (T4) {{ wht_rate }}% on the net amount — EGP {{ wht }} — to be deducted by the receiver and remitted to ETA; not part of this invoice total.{% endif %}<br>This document is a printed copy of an electronic invoice submitted to the Egyptian Tax Authority.</td>
<td><table class="kv" style="margin-left:auto"><tr><td>Total Sales Amount / إجمالي المبيعات</td><td class="r">{{ gross }}</td></tr><tr><td>Total Discount / إجمالي الخصم</td><td class="r">{{ disc }}</td></tr>
<tr><td>Net Amount / الصافي</td><td class="r">{{ net }}</td></tr><tr><td>Value Added Tax 14% / ضريبة القيمة المضافة</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>Total Amount / الإجمالي (EGP)</b></td><td class="r"><b>{{ total }}</b></td></tr></table></td></tr></table>
</body></html>"""
)


@style("04", "eg_eta_einvoice_bilingual")
def s04(rng, i):
    vname, v_ar, vaddr, color = EG_V[i]
    d = rand_date(rng)
    items = items_from(rng, EG_L[i], rng.randint(2, 4))
    rows = []
    for it in items:
        g = it["amount"]
        pct = D(rng.choice(["0", "0", "5", "10"]))
        disc = q2(g * pct / 100)
        it["gross"], it["disc"], it["amount"] = g, disc, g - disc
        it["tax"] = q2(it["amount"] * D("0.14"))
        rows.append(
            {
                "code": f"EG-{digits(rng, 9, True)}-{rng.randint(1000, 9999)}",
                "desc": it["desc"],
                "unit": it["unit"],
                "q": en(it["qty"], 0),
                "p": en(it["price"]),
                "g": en(g),
                "disc": en(disc),
                "a": en(it["amount"]),
                "t": en(it["tax"]),
                "tot": en(it["amount"] + it["tax"]),
            }
        )
    gross = sum(it["gross"] for it in items)
    disc = sum(it["disc"] for it in items)
    net = gross - disc
    tax = sum(it["tax"] for it in items)
    total = net + tax
    mk = lambda: valid(rng, lambda: digits(rng, 9, True), _egtn.is_valid)  # noqa: E731
    rin = mk()
    rin_p = f"{rin[:3]}-{rin[3:6]}-{rin[6:]}" if i % 2 == 0 else rin
    b_rin = mk()
    no = [
        f"INV-{d.year}-{rng.randint(100, 9999):05d}",
        f"CSS/{rng.randint(100, 999)}/{str(d.year)[2:]}",
        f"{rng.randint(20000, 99999)}",
        f"SMS-{d.strftime('%y%m')}-{rng.randint(10, 999)}",
    ][i]
    po = [
        f"PO-{rng.randint(10000, 99999)}",
        None,
        f"{rng.randint(4500000000, 4500999999)}",
        f"HSP/PO/{rng.randint(100, 999)}",
    ][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    wht = q2(net * D("0.01")) if i in (1, 3) else None
    ctx = dict(
        color=color,
        v_name=vname,
        v_ar=v_ar,
        v_addr=vaddr,
        qr=qr_svg(rng, 20),
        rin=rin_p,
        branch=str(rng.randint(0, 3)),
        b_name=EG_B[i],
        b_rin=f"{b_rin[:3]}-{b_rin[3:6]}-{b_rin[6:]}",
        no=no,
        d=f(d),
        hr=f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
        drcv=f(d) + f" {rng.randint(18, 23):02d}:{rng.randint(0, 59):02d}",
        uuid="".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(26)),
        po=po,
        prof=f"PF-{rng.randint(100, 999)}",
        terms=rng.choice(["Cash", "30 days", "45 days from delivery"]),
        items=rows,
        wht=en(wht) if wht else None,
        wht_rate=1,
        gross=en(gross),
        disc=en(disc),
        net=en(net),
        tax=en(tax),
        total=en(total),
    )
    notes = (
        "Egyptian ETA e-invoice printout, English and Arabic labels: vendor tax id = the issuer's 'Registration Number' (9-digit tax registration number, as printed"
        + (" with dashes" if i % 2 == 0 else "")
        + "); the receiver's registration number beside it is a decoy. invoice_number = 'Internal ID'; the submission UUID and proforma ref are decoys. "
        "invoice_date = 'Date Time Issued' (dd/mm/yyyy); 'Date Time Received' is a decoy; no due date printed (payment terms only: null). "
        + (f"PO = 'Purchase Order Ref.' {po}. " if po else "PO printed as a dash: null. ")
        + "subtotal = 'Net Amount' (after discounts; 'Total Sales Amount' is before discounts, a decoy); tax = VAT 14%; total = 'Total Amount'. "
        + ("The withholding tax (T4) note is a decoy, not deducted. " if wht else "")
        + "Line items: every row, amount = 'Net Total' (after the line discount, before VAT); quantity = Qty."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=rin_p,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="EGP",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), rin_p, no, po, vname], (S04_HTML, ctx)


# =========================================================================== 06 Pakistani sales tax invoice (NTN, STRN, 18 %, amount in words)
PK_V = [
    ("Ravi Textile Mills (Pvt.) Ltd.", "34-KM Sheikhupura Road, Lahore", "#7b2d26", True),
    ("Indus Pharma Distributors (Pvt.) Ltd.", "Plot C-45, SITE Area, Karachi", "#1b4965", False),
    ("Margalla Steel Traders", "Shop 12, Sector I-10/3 Markaz, Islamabad", "#3a5a40", True),
    ("Chenab Agro Chemicals (Pvt.) Ltd.", "8-B Industrial Estate, Multan", "#6d597a", False),
]
PK_B = [
    ("Gulberg Garments Export (Pvt.) Ltd.", "Ferozepur Road, Lahore"),
    ("Shifa Medical Centre", "Gulshan-e-Iqbal Block 13, Karachi"),
    ("Rawal Builders & Developers", "Bahria Town Phase 7, Rawalpindi"),
    ("Punjab Seed Corporation Dealers Assn.", "Vehari Road, Multan"),
]
PK_L = [
    [
        ("Greige cloth 60x60 / 90x88", "5208.1100", "MTR", 185, 260, 500, 6000),
        ("Yarn cotton 30/1 carded", "5205.1300", "KG", 820, 1050, 200, 3000),
        ('Bleached poplin 63"', "5208.2100", "MTR", 240, 330, 300, 4000),
    ],
    [
        ("Paracetamol 500 mg tab x 200", "3004.9099", "PKT", 620, 890, 10, 200),
        ("Surgical cotton roll 400 g", "3005.9090", "ROLL", 410, 560, 10, 120),
        ("Hand sanitizer 500 ml", "3808.9400", "BTL", 480, 690, 20, 240),
        ("Disposable syringe 5 cc x 100", "9018.3110", "BOX", 1450, 2100, 5, 80),
    ],
    [
        ("Deformed steel bar Gr.60 12 mm", "7214.2000", "TON", 238000, 262000, 1, 12),
        ("Binding wire 18 g", "7217.1000", "KG", 390, 480, 50, 600),
        ('MS angle 2"x2"x1/4"', "7216.2100", "KG", 265, 310, 100, 2000),
    ],
    [
        ("Imidacloprid 20% SL 250 ml", "3808.9190", "BTL", 780, 1150, 20, 400),
        ("Urea 50 kg", "3102.1000", "BAG", 4400, 4900, 10, 200),
        ("Glyphosate 41% SL 1 L", "3808.9310", "BTL", 1350, 1900, 10, 150),
    ],
]
S06_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8pt")
    + """
table.it{width:100%;margin-top:8px} table.it th,table.it td{border:1px solid #444;padding:2px 3px} table.it th{background:#e8e8e8;font-size:7pt}
.bx{border:1px solid #444;padding:4px 6px} table.kv td{padding:1px 6px 1px 0}
</style></head><body>
<div style="text-align:center"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div>{{ v_addr }} · Ph: {{ tel }}</div>
<div>{{ ids|safe }}</div>
<div style="font-size:13pt;font-weight:bold;margin-top:6px;letter-spacing:1px;border-top:2px solid {{ color }};border-bottom:2px solid {{ color }};padding:2px">SALES TAX INVOICE</div></div>
<table style="width:100%;margin-top:6px"><tr><td class="bx" style="width:55%"><b>Buyer's Name &amp; Address:</b><br>{{ b_name }}<br>{{ b_addr }}<br>{{ b_ids|safe }}</td><td style="width:2%"></td>
<td class="bx"><table class="kv"><tr><td>Invoice No.</td><td><b>{{ no }}</b></td></tr><tr><td>Date</td><td>{{ d }}</td></tr>{% if po %}<tr><td>P.O. No.</td><td>{{ po }}</td></tr><tr><td>P.O. Date</td><td>{{ po_d }}</td></tr>{% endif %}
<tr><td>D.C. No.</td><td>{{ dc }}</td></tr><tr><td>D.C. Date</td><td>{{ dc_d }}</td></tr>{% if due %}<tr><td>Payment Due</td><td>{{ due }}</td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr><th>S.#</th><th style="width:26%">Description of Goods</th><th>H.S. Code</th><th>Qty</th><th>Unit</th><th>Rate (Rs.)</th><th>Value Excl. Sales Tax</th><th>S.T. Rate</th><th>Sales Tax Amount</th><th>Value Incl. Sales Tax</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.hs }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">18%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td colspan="6" class="r"><b>Total</b></td><td class="r"><b>{{ net }}</b></td><td></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:6px"><b>Amount in words:</b> Rupees {{ words }} Only</div>
<div style="margin-top:6px;font-size:7.2pt">{% if fbr %}FBR Invoice No.: {{ fbr }} (POS integrated){% endif %}<br>Income tax shall be withheld by the buyer u/s 153(1)(a) of the Income Tax Ordinance, 2001 @ {{ wht }}% where applicable. Goods once sold will not be taken back.</div>
<table style="width:100%;margin-top:30px"><tr><td>________________________<br>Receiver's Signature</td><td class="r">For {{ v_name }}<br><br>________________________<br>Authorized Signatory</td></tr></table>
</body></html>"""
)


@style("06", "pk_sales_tax_invoice")
def s06(rng, i):
    vname, vaddr, color, same = PK_V[i]
    bname, baddr = PK_B[i]
    d = rand_date(rng)
    items = items_from(
        rng,
        [(r[0], r[2], r[3], r[4], r[5], r[6], r[1]) for r in PK_L[i]],
        rng.randint(2, 3),
        step=D("1") if i == 2 else D("0.5"),
    )
    for it in items:
        it["tax"] = q2(it["amount"] * D("0.18"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    strn = (
        ntn if same else f"{digits(rng, 2, True)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    )
    b_ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    b_strn = f"{digits(rng, 2, True)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    ids = f"NTN / STRN: <b>{ntn}</b>" if same else f"NTN: {ntn} &nbsp; · &nbsp; STRN: <b>{strn}</b>"
    b_ids = f"NTN: {b_ntn}<br>STRN: {b_strn}"
    no = [
        f"STI-{d.year}-{rng.randint(100, 9999):04d}",
        f"{rng.randint(10000, 99999)}",
        f"MST/{str(d.year)[2:]}/{rng.randint(100, 999)}",
        f"CAC-{rng.randint(1000, 9999)}",
    ][i]
    po = [f"GGE/PO/{rng.randint(1000, 9999)}", f"SMC-{rng.randint(100, 999)}", None, f"{rng.randint(100000, 999999)}"][
        i
    ]
    f = lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}"  # noqa: E731
    po_d = d - dt.timedelta(days=rng.randint(5, 30))
    dc_d = d - dt.timedelta(days=rng.randint(0, 3))
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    words = en_words_title(int(total)) + (
        f" and Paisa {int((total - int(total)) * 100)}" if total != int(total) else ""
    )
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"+92-{rng.choice(['42', '21', '51', '61'])}-{digits(rng, 7, True)}",
        ids=ids,
        b_name=bname,
        b_addr=baddr,
        b_ids=b_ids,
        no=no,
        d=f(d),
        po=po,
        po_d=f(po_d),
        dc=f"DC-{rng.randint(1000, 9999)}",
        dc_d=f(dc_d),
        due=f(due) if due else None,
        items=[
            {
                "desc": it["desc"],
                "hs": it["extra"],
                "q": en(it["qty"], 0),
                "unit": it["unit"],
                "p": en(it["price"]),
                "a": en(it["amount"]),
                "t": en(it["tax"]),
                "g": en(it["amount"] + it["tax"]),
            }
            for it in items
        ],
        net=en(net),
        tax=en(tax),
        total=en(total),
        words=words,
        fbr=digits(rng, 6, True) + digits(rng, 16) if i in (1, 3) else None,
        wht=rng.choice(["4", "4.5", "5.5"]),
    )
    notes = (
        "Pakistani sales tax invoice (centred letterhead, boxed buyer and header blocks, fully ruled table): "
        + (
            "the vendor prints one number as 'NTN / STRN' (vendor tax id). "
            if same
            else "the vendor prints its NTN and its STRN; vendor tax id = the STRN (the sales tax registration the tax is charged under); the NTN is the income tax number. "
        )
        + "The buyer's NTN and STRN are decoys. invoice_number = 'Invoice No.'"
        + ("; the 'FBR Invoice No.' (POS integration, 22 digits) is a decoy" if i in (1, 3) else "")
        + ". invoice_date = 'Date' (dd-Mon-yyyy); the P.O. date and D.C. (delivery challan) date are decoys; "
        + ("due = 'Payment Due'. " if due else "no due date (null). ")
        + (f"PO = 'P.O. No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Value Excl. Sales Tax' total; tax = 'Sales Tax Amount' total (18%); total = 'Value Incl. Sales Tax' total = amount in words. The income tax withholding note is a decoy. "
        "Line items: every row, amount = value excl. sales tax; quantity = Qty. Currency PKR (Rs.)."
    )
    vid = ntn if same else strn
    t = T(
        vendor_name=vname,
        vendor_tax_id=vid,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="PKR",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [f(d), vid, no, po, vname, f(due) if due else None], (S06_HTML, ctx)


# =========================================================================== 08 Ukrainian рахунок на оплату (ЄДРПОУ, ІПН, ПДВ 20 %)
UA_V = [
    ('ТОВ "Дніпро Офіс Постач"', "49000, м. Дніпро, вул. Січових Стрільців, 15", True),
    ('ТОВ "Карпатська Деревина"', "76018, м. Івано-Франківськ, вул. Промислова, 4", True),
    ('ПП "Київ Клінінг Сервіс"', "02094, м. Київ, вул. Гната Хоткевича, 8, оф. 12", True),
    ('ТОВ "Львівська Кавова Мануфактура"', "79008, м. Львів, пл. Ринок, 10", False),
]
UA_B = ['ТОВ "Агро-Інвест Полтава"', 'КП "Міськсвітло"', 'ТОВ "БЦ Олімпійський"', "ФОП Коваленко Ірина Петрівна"]
UA_L = [
    [
        ("Папір А4 80 г/м², пачка 500 арк.", "пач.", 165, 235, 10, 200),
        ("Картридж лазерний HP CF259A", "шт.", 1850, 3200, 1, 10),
        ("Степлер №24/6", "шт.", 95, 180, 2, 20),
        ("Папка-реєстратор 75 мм", "шт.", 78, 125, 10, 80),
    ],
    [
        ("Брус сосновий 50x100x6000", "м³", 7800, 10400, 1, 12),
        ("Дошка обрізна 25x150x4000", "м³", 6900, 9200, 1, 10),
        ("Фанера ФК 12 мм 1525x1525", "лист", 620, 890, 10, 80),
        ("Доставка автотранспортом", "послуга", 1500, 4800, 1, 1),
    ],
    [
        ("Прибирання офісних приміщень", "м²", 18, 32, 300, 2500),
        ("Миття вікон (альпіністи)", "м²", 42, 78, 50, 600),
        ("Хімчистка ковролінового покриття", "м²", 55, 95, 40, 400),
    ],
    [
        ("Кава в зернах Арабіка 1 кг", "кг", 640, 980, 5, 60),
        ("Кава мелена 250 г", "шт.", 185, 290, 10, 120),
        ("Чай листовий 100 г", "шт.", 95, 160, 10, 80),
    ],
]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Serif',serif", fs="8.6pt")
    + """
table.kv td{padding:3px 6px 3px 0;vertical-align:top} table.it{width:100%;margin-top:8px} table.it th,table.it td{border:1px solid #000;padding:2px 4px} table.it th{font-weight:bold;background:#f2f2f2}
</style></head><body>
<div style="font-size:7.6pt;border:1px solid #000;padding:4px 6px;width:60%"><b>Увага!</b> Оплата цього рахунку означає погодження з умовами поставки товарів. Повідомлення про оплату є обов'язковим.</div>
<table class="kv" style="margin-top:10px;width:100%"><tr><td style="width:22%"><b>Постачальник:</b></td><td><b>{{ v_name }}</b><br>{{ v_addr }}<br>п/р {{ iban }} у {{ bank }}, МФО {{ mfo }}<br>{{ v_ids|safe }}</td></tr>
<tr><td><b>Покупець:</b></td><td>{{ b_name }}<br>{{ b_ids }}</td></tr><tr><td><b>Договір:</b></td><td>№ {{ contract }} від {{ contract_d }}</td></tr>{% if po %}<tr><td><b>Замовлення:</b></td><td>№ {{ po }}</td></tr>{% endif %}</table>
<div style="font-size:14pt;font-weight:bold;margin-top:10px;border-bottom:2px solid #000;padding-bottom:3px">Рахунок на оплату № {{ no }} від {{ d_long }}</div>
<table class="it"><tr><th>№</th><th style="width:45%">Товари (роботи, послуги)</th><th>Кіл-сть</th><th>Од.</th><th>Ціна {{ price_lbl }}</th><th>Сума {{ price_lbl }}</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:4px" class="kv">{% if vat %}<tr><td class="r"><b>Разом:</b></td><td class="r">{{ net }}</td></tr><tr><td class="r"><b>Сума ПДВ:</b></td><td class="r">{{ tax }}</td></tr>
<tr><td class="r"><b>Усього з ПДВ:</b></td><td class="r"><b>{{ total }}</b></td></tr>{% else %}<tr><td class="r"><b>Всього:</b></td><td class="r"><b>{{ total }}</b></td></tr><tr><td class="r">Без ПДВ</td><td></td></tr>{% endif %}</table>
<div style="margin-top:6px">Всього найменувань {{ n }}, на суму {{ total }} грн.{% if vat %}<br>У т.ч. ПДВ: {{ tax }} грн.{% endif %}</div>
<div style="margin-top:6px"><b>Оплатити до {{ due }}.</b> Рахунок дійсний до сплати протягом {{ days }} банківських днів.</div>
<table style="width:100%;margin-top:28px"><tr><td>Виписав(ла): ____________ {{ signer }}</td><td class="r">Директор ____________</td></tr></table>
</body></html>"""
)


@style("08", "ua_rakhunok_na_oplatu")
def s08(rng, i):
    vname, vaddr, vat = UA_V[i]
    d = rand_date(rng)
    days = rng.choice([3, 5, 7, 10])
    due = d + dt.timedelta(days=days + 2)
    items = items_from(rng, UA_L[i], rng.randint(2, 4), step=D("1") if i == 1 else D("0.01"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.2")) if vat else None
    total = net + (tax or 0)
    edr = valid(rng, lambda: digits(rng, 8, True), _edrpou.is_valid)
    ipn = digits(rng, 12, True) if vat else None
    b_edr = valid(rng, lambda: digits(rng, 8, True), _edrpou.is_valid)
    b_ids = f"код за ЄДРПОУ {b_edr}" if i != 3 else f"РНОКПП {digits(rng, 10, True)}"
    v_ids = f"код за ЄДРПОУ {edr}" + (
        f", ІПН {ipn}, платник ПДВ" if vat else ", платник єдиного податку 3 групи, не є платником ПДВ"
    )
    no = [
        str(rng.randint(10, 999)),
        f"СФ-{rng.randint(1, 9999):07d}",
        f"{rng.randint(1, 480)}/{d.month:02d}",
        str(rng.randint(100, 1500)),
    ][i]
    po = [None, f"З-{rng.randint(100, 999)}", None, f"{rng.randint(10, 99)}/К"][i]
    dd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    d_long = f"{d.day} {MONTHS['uk_gen'][d.month - 1]} {d.year} р."
    cd = d - dt.timedelta(days=rng.randint(30, 300))
    ib = iban("UA", digits(rng, 6, True) + digits(rng, 19))
    ctx = dict(
        v_name=vname,
        v_addr=vaddr,
        iban=ib,
        bank=rng.choice(['АТ КБ "ПриватБанк"', 'АТ "Райффайзен Банк"', 'АТ "Укрсиббанк"']),
        mfo=digits(rng, 6, True),
        v_ids=v_ids,
        b_name=UA_B[i],
        b_ids=b_ids,
        contract=f"{rng.randint(1, 99)}/{str(cd.year)[2:]}",
        contract_d=dd(cd),
        po=po,
        no=no,
        d_long=d_long,
        price_lbl="без ПДВ" if vat else "",
        items=[
            {
                "desc": it["desc"],
                "q": sp(it["qty"], 0) if it["qty"] >= 1000 else str(it["qty"]),
                "unit": it["unit"],
                "p": sp(it["price"]),
                "a": sp(it["amount"]),
            }
            for it in items
        ],
        vat=vat,
        net=sp(net),
        tax=sp(tax) if vat else None,
        total=sp(total),
        n=len(items),
        due=dd(due),
        days=days,
        signer=rng.choice(["Бондаренко О.В.", "Шевчук Н.І.", "Мельник А.С."]),
    )
    vid = ipn if vat else edr
    notes = (
        "Ukrainian рахунок на оплату (payment invoice): number and date only in the title line 'Рахунок на оплату № … від 14 березня 2026 р.' (date in words, genitive month). "
        + (
            "vendor tax id = the VAT payer's ІПН (12 digits); the vendor's код за ЄДРПОУ is its registry code (decoy). "
            if vat
            else "The vendor is not a VAT payer: vendor tax id = its код за ЄДРПОУ (the only tax number printed). "
        )
        + "The buyer's ЄДРПОУ/РНОКПП is a decoy. The contract (Договір № … від dd.mm.yyyy) date and number are decoys; "
        + (f"PO = 'Замовлення № {po}'. " if po else "no PO. ")
        + "due = 'Оплатити до' date. "
        + (
            "subtotal = 'Разом' (without VAT); tax = 'Сума ПДВ' (20%); total = 'Усього з ПДВ'. "
            if vat
            else "No VAT ('Без ПДВ'): subtotal and tax null; total = 'Всього'. "
        )
        + "Amounts '1 234,56' in UAH (грн). Line items: every row (sum without VAT)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vid,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="UAH",
        subtotal=mt(net) if vat else None,
        tax=mt(tax) if vat else None,
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )
    return t, [d_long, dd(due), vid, no, po, vname], (S08_HTML, ctx)
