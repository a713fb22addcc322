"""Chromium (HTML) styles for set 18, part B (08 New Caledonian land surveyor's facture to a developer for a survey,
boundary marking and a subdivision plan, with TGC 6 % on the fees and disbursements outside the TGC, in whole CFP
francs, 09 Puerto Rican calibration laboratory's factura to a pharmaceutical plant with IVU 4 % on services to
businesses and, on two documents, IVU 10.5 % + 1 % on the goods, in dollars, with a register of the calibrated
instruments)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
import unicodedata
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    digits,
    en,
    exact_price,
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
from kit_common import MONTHS, fr_date, rib_key
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn

STYLES, style = style_registry("chromium")


# =========================================================================== 08 New Caledonia surveyor (RIDET, TGC 6 % + débours hors TGC, XPF whole francs)
NC_V = [
    ("Cabinet Géomètre-Expert Calédonien SARL", "12 rue Jean Jaurès, BP 1234, 98845 Nouméa Cedex", "#1f4e79"),
    ("Géo-Nord Topographie SARL", "Lot 5, zone artisanale de Pouembout, 98825 Pouembout", "#2f6b3b"),
    ("Bureau Topo Sud SAS", "45 route de la Baie des Dames, Ducos, 98800 Nouméa", "#8c2d19"),
    ("Cabinet Kaori Géomètres SELARL", "3 rue de Sébastopol, Centre-ville, 98800 Nouméa", "#4a3b78"),
]
NC_B = [("SCI Les Hauts de Tina", "BP 2456, 98846 Nouméa Cedex"), ("SAS Lotissement Les Jardins de Koné", "Route territoriale 1, 98860 Koné"),
        ("SARL Promotion du Mont-Dore", "12 route de la Coulée, 98809 Mont-Dore"), ("SAS Dumbéa Résidences", "Avenue du Golf, Dumbéa-sur-Mer, 98835 Dumbéa")]
NC_WORK = [
    ("Relevé topographique du terrain (planimétrie et altimétrie)", "ha", 1, 12, 85000, 160000),
    ("Bornage contradictoire et procès-verbal de bornage", "borne", 4, 24, 18000, 35000),
    ("Plan de division parcellaire et dossier de morcellement", "lot", 4, 40, 25000, 60000),
    ("Piquetage des lots et des axes de voirie", "lot", 4, 40, 12000, 28000),
    ("Implantation de bâtiment (4 angles et repères de niveau)", "forfait", 1, 1, 120000, 350000),
    ("Déplacement en brousse, véhicule 4x4 et équipe de deux", "jour", 1, 6, 45000, 85000),
]
NC_DEB = [
    ("Débours : frais de dépôt du plan au Service de la topographie", 8000, 25000),
    ("Débours : extraits cadastraux et état hypothécaire", 5000, 18000),
    ("Débours : frais de publication à la conservation des hypothèques", 6000, 30000),
]
NC_BANKS = [("BCI", "17499"), ("Banque de Nouvelle-Calédonie", "14889"), ("Société Générale Calédonienne de Banque", "18319"), ("BNP Paribas Nouvelle-Calédonie", "17939")]


@style("08", "nc_geometre_bornage_lotissement")
def s08(rng, i):
    vname, vaddr, color = NC_V[i]
    bname, baddr = NC_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(NC_WORK, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo // 500, hi // 500) * 500), "tgc": True})
    for desc, lo, hi in rng.sample(NC_DEB, rng.randint(1, 2)):
        p = D(rng.randint(lo // 100, hi // 100) * 100)
        items.append({"desc": desc, "unit": "", "qty": D(1), "price": p, "tgc": False})
    for it in items:
        it["amount"] = it["qty"] * it["price"]
    net = sum(it["amount"] for it in items)
    base = sum(it["amount"] for it in items if it["tgc"])
    deb = net - base
    tax = q0(base * D("0.06"))
    total = net + tax
    ridet = f"{rng.randint(100000, 1499999):07d}.001"
    b_ridet = f"{rng.randint(100000, 1499999):07d}.00{rng.randint(1, 3)}"
    no = [f"{d.year}-{rng.randint(100, 999):04d}", f"FA{d.strftime('%y%m')}{rng.randint(10, 99)}", f"BTS-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{MONTHS['fr_days'][x.weekday()]} {fr_date(x)}"][i]
    due = d + dt.timedelta(days=[30, 0, 45, 0][i]) if i in (0, 2) else None
    term = ["", "paiement à 30 jours fin de mois", "", "payable à réception de facture"][i]
    po = [None, f"BC-{d.year}-{rng.randint(100, 999)}", None, f"{rng.randint(4000, 4999)}"][i]
    dossier = f"{d.strftime('%y')}-{rng.randint(10, 199):03d}"
    acompte = q0(total * D(rng.choice([30, 40])) / 100) if i == 2 else None
    acompte_d = d - dt.timedelta(days=rng.randint(30, 90))
    cur = ["F CFP", "XPF", "F CFP", "F.CFP"][i]
    bank, bcode = rng.choice(NC_BANKS)
    guichet, compte = digits(rng, 5), digits(rng, 11)
    rib = f"{bcode} {guichet} {compte} {rib_key(bcode, guichet, compte)}"
    lots = rng.randint(4, 30)
    bornes = [(f"B{k + 1}", f"{rng.randint(440000, 460000)},{digits(rng, 2)}", f"{rng.randint(208000, 222000)},{digits(rng, 2)}") for k in range(rng.randint(4, 7))] if i in (0, 3) else []
    money = lambda x: sp(x, 0)  # noqa: E731
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{background:#eef1f5;border-bottom:1.5px solid {{ color }};padding:4px;font-size:7.5pt;text-align:left}
table.it td{padding:4px;border-bottom:1px solid #e3e3e3} table.tot td{padding:3px 8px} .box{border:1px solid #aaa;padding:7px 9px} table.bn td,table.bn th{border:1px solid #bbb;padding:2px 7px;font-size:7pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>Géomètres-experts · topographie · foncier</div><div>{{ v_addr }}</div><div>Tél. (+687) {{ tel }} · contact@{{ dom }}.nc</div><div>N° RIDET : {{ ridet }}</div></td>
<td style="vertical-align:top"><div class="box"><div class="small">Destinataire</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Nouvelle-Calédonie<br><span class="small">RIDET {{ b_ridet }}</span></div></td></tr></table>
<div class="hd" style="font-size:17pt;font-weight:bold;margin-top:14px">FACTURE</div>
<table style="margin-top:4px">{% for k, v in meta %}<tr><td style="padding:1px 14px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table>
<div style="margin-top:8px">Objet : {{ objet }}</div>
<table class="it"><tr><th>Désignation</th><th>Unité</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TGC</th><th class="r">Montant HT ({{ cur }})</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%;vertical-align:top" class="small">Base soumise à la TGC (taux spécifique 6 %, prestations de services) : {{ base }} {{ cur }}.<br>Débours refacturés au franc près, sans marge, hors champ de la TGC : {{ deb }} {{ cur }}.</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Total HT</td><td class="r">{{ net }}</td></tr><tr><td>TGC 6 %</td><td class="r">{{ tax }}</td></tr>
<tr><td style="border-top:2px solid {{ color }}"><b>Total TTC ({{ cur }})</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }}</b></td></tr>
{% if acompte %}<tr><td class="small">Acompte reçu le {{ acompte_d }}</td><td class="r small">- {{ acompte }}</td></tr><tr><td class="small">Reste à payer</td><td class="r small">{{ reste }}</td></tr>{% endif %}</table></td></tr></table>
{% if bornes %}<div style="margin-top:12px" class="hd"><b>Bornes posées (coordonnées RGNC91-93 / Lambert NC)</b></div>
<table class="bn" style="margin-top:3px"><tr><th>Borne</th><th class="r">X (m)</th><th class="r">Y (m)</th></tr>{% for a, b, c in bornes %}<tr><td>{{ a }}</td><td class="r">{{ b }}</td><td class="r">{{ c }}</td></tr>{% endfor %}</table>{% endif %}
<div class="box" style="margin-top:14px">{% if term %}Conditions de règlement : {{ term }}. {% endif %}Règlement par virement à la {{ bank }} – RIB : {{ rib }} – ou par chèque à l'ordre de {{ v_name }}. En cas de retard, pénalités au taux légal.</div>
<div class="small" style="margin-top:14px;text-align:center;border-top:1px solid #ccc;padding-top:4px">{{ v_name }} – capital social {{ capital }} F CFP – RCS Nouméa {{ rcs }} – RIDET {{ ridet }} – membre de l'Ordre des géomètres-experts</div>
</body></html>"""
    )
    meta = [("Facture n°", no), ("Date", fd(d)), ("Dossier n°", dossier)]
    if po:
        meta.append(("Votre bon de commande n°", po))
    if due:
        meta.append(("Date d'échéance", fd(due)))
    objet = rng.choice([f"lotissement de {lots} lots, lot n° {rng.randint(1, 300)} du lotissement {rng.choice(['Tina-sur-Mer', 'Koutio', 'Païta-Nord', 'Plum'])}", f"division de la parcelle cadastrée section {rng.choice(['Ouémo', 'Magenta', 'Koné-Tiaoué', 'Dumbéa-Nord'])} n° {rng.randint(10, 999)}", "bornage et relevé avant dépôt du permis de construire"])
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(20, 29)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}", dom=unicodedata.normalize("NFKD", vname.split()[1].lower()).encode("ascii", "ignore").decode().replace("-", ""), ridet=ridet,
        b_name=bname, b_addr=baddr, b_ridet=b_ridet, meta=meta, objet=objet, cur=cur,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "rate": "6 %" if it["tgc"] else "exo", "a": money(it["amount"])} for it in items],
        base=money(base), deb=money(deb), net=money(net), tax=money(tax), total=money(total), acompte=money(acompte) if acompte else None, acompte_d=acompte_d.strftime("%d/%m/%Y"),
        reste=money(total - acompte) if acompte else None, bornes=bornes, term=term, bank=bank, rib=rib, capital=money(D(rng.choice([1000000, 2000000, 5000000]))), rcs=f"{rng.randint(1995, 2019)} B {rng.randint(100000, 999999)}",
    )
    notes = (
        "New Caledonian land surveyor's FACTURE in French: vendor = the firm's name (SARL/SAS/SELARL) at the top left; vendor tax id = 'N° RIDET' (7 digits, a dot and the establishment number .001, as printed; no public checksum: random); the client's RIDET, the RCS number, the file number and the RIB are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (" + ["'12 mars 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "'jeudi 12 mars 2026' with the weekday"][i] + ")" + ("; the date of the advance is a decoy" if acompte else "") + ". "
        + ("due = \"Date d'échéance\". " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Votre bon de commande n°' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT' (the fees plus the disbursements 'Débours', which bear no TGC: 'exo'); tax = 'TGC 6 %' (on the fees only, rounded to the franc); total = 'Total TTC'; the TGC base and the disbursements under the table repeat parts of the subtotal (decoys)"
        + ("; 'Acompte reçu' and 'Reste à payer' are decoys" if acompte else "") + ("; the boundary-marker coordinates are decoys" if bornes else "")
        + f". Currency XPF (printed '{cur}'), whole francs '1 234 567'. Line items: every row (amount = 'Montant HT'; quantity 'Qté': hectares, markers, lots, days, 'forfait' 1; the disbursements have quantity 1)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ridet, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XPF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "N° RIDET : " + ridet, no, po, vname, cur], (html, ctx)


# =========================================================================== 09 Puerto Rico calibration lab (EIN, IVU 4 % B2B + IVU 10.5 % / 1 % on goods, $)
PR_V = [
    ("Caribbean Metrology Services, LLC", "Carr. 2 Km 47.5, Bo. Tierras Nuevas, Manatí, PR 00674", "#0b6e4f"),
    ("Laboratorio de Calibración del Este, Inc.", "Calle Comercio 120, Humacao, PR 00791", "#1d3c78"),
    ("Precision Cal de Puerto Rico, Corp.", "Parque Industrial Las Palmas, Lote 8, Cataño, PR 00962", "#8a1c1c"),
    ("Metrología Industrial del Norte, LLC", "Zona Industrial Cambalache, Edif. 3, Arecibo, PR 00612", "#5a4a12"),
]
PR_B = [("Manatí Pharmaceutical Operations, LLC", "Carr. 686 Km 0.8, Manatí, PR 00674"), ("Juncos Medical Devices Manufacturing, Inc.", "Carr. 31 Km 24.1, Juncos, PR 00777"),
        ("Barceloneta Biologics, LLC", "Carr. 140 Km 64.2, Barceloneta, PR 00617"), ("Humacao Sterile Products, Corp.", "Carr. 909 Km 1.2, Humacao, PR 00791")]
PR_SVC = [  # description, instrument code and name, unit, quantity and price ranges
    ("Calibración balanza analítica 0.1 mg (certificado ISO/IEC 17025)", ("BAL", "Balanza analítica 220 g"), "unidad", 2, 12, "95.00", "180.00"),
    ("Calibración de pipetas monocanal, método gravimétrico", ("PIP", "Pipeta monocanal 100-1000 µL"), "unidad", 10, 60, "28.00", "55.00"),
    ("Calibración de termómetros digitales / RTD, 3 puntos", ("TMP", "Termómetro digital / RTD"), "unidad", 4, 30, "45.00", "95.00"),
    ("Mapeo térmico de autoclave, 12 sensores, 3 corridas", ("AUT", "Autoclave de vapor"), "estudio", 1, 2, "1800.00", "3500.00"),
    ("Calibración de manómetros 0-300 psi", ("MAN", "Manómetro 0-300 psi"), "unidad", 4, 20, "40.00", "85.00"),
    ("Verificación de medidores de pH y conductividad", ("PHM", "Medidor de pH / conductividad"), "unidad", 2, 10, "55.00", "110.00"),
]
PR_GOODS = [
    ("Juego de pesas de calibración clase F1, 1 mg - 200 g", "juego", 1, 1, "650.00", "1400.00"),
    ("Sensor RTD Pt100 de reemplazo", "unidad", 1, 4, "120.00", "260.00"),
    ("Solución buffer pH 4/7/10, 500 mL", "caja", 1, 6, "35.00", "70.00"),
]


@style("09", "pr_laboratorio_calibracion")
def s09(rng, i):
    vname, vaddr, color = PR_V[i]
    bname, baddr = PR_B[i]
    d = rand_date(rng)
    items = []
    for desc, code, unit, qlo, qhi, lo, hi in rng.sample(PR_SVC, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "code": code, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50")), "goods": False})
    q = D(rng.randint(1, 3))
    items.append({"desc": "Cargo por servicio en sitio (técnico y equipo patrón)", "code": None, "unit": "día", "qty": q, "price": D(rng.randint(35, 65) * 10), "goods": False})
    goods = i in (1, 3)
    if goods:
        for desc, unit, qlo, qhi, lo, hi in rng.sample(PR_GOODS, rng.randint(1, 2)):
            q = D(rng.randint(qlo, qhi))
            items.append({"desc": desc, "code": None, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.25")), "goods": True})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    svc = sum(it["amount"] for it in items if not it["goods"])
    gds = net - svc
    parts = [q2(svc * D("0.04"))] + ([q2(gds * D("0.105")), q2(gds * D("0.01"))] if goods else [])
    tax = sum(parts)
    total = net + tax
    ein = valid(rng, lambda: f"66-{digits(rng, 7)}", _ein.is_valid)
    merchant = f"{digits(rng, 7, True)}-{rng.choice(['0011', '0012', '0021'])}"
    no = [f"CMS-{d.strftime('%y')}-{rng.randint(1000, 9999):05d}", f"LCE {rng.randint(10000, 19999)}", f"PCPR-{rng.randint(1000, 9999):06d}", f"MIN/{d.year}/{rng.randint(100, 999):04d}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%b %d, %Y"), lambda x: x.strftime("%m/%d/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 45, 0][i]) if i in (0, 2) else None
    term = ["", "Net 30", "", "Net 60 días"][i]
    po = [f"45000{digits(rng, 5)}", f"PO-{rng.randint(70000, 89999)}", f"45009{digits(rng, 5)}", None][i]
    contract = f"CS-{d.year - 1}-{rng.randint(10, 99)}"
    svc_d = d - dt.timedelta(days=rng.randint(3, 14))
    reg = []
    for it in items:
        if it["code"]:
            for _ in range(min(int(it["qty"]), 3)):
                reg.append((f"{it['code'][0]}-{rng.randint(100, 999):04d}", it["code"][1], f"CERT-{d.strftime('%y')}-{rng.randint(1000, 9999)}", svc_d.strftime("%m/%d/%Y"), (svc_d.replace(year=svc_d.year + 1) if not (svc_d.month == 2 and svc_d.day == 29) else svc_d + dt.timedelta(days=365)).strftime("%m/%d/%Y")))
    reg = reg[:9]
    routing = valid(rng, lambda: "0215" + digits(rng, 5), _rtn.is_valid)
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.6pt;text-align:left}
table.it td{padding:4px;border-bottom:1px solid #ddd} table.tot td{padding:3px 8px} table.rg td,table.rg th{border:1px solid #ccc;padding:2px 6px;font-size:7pt} .box{border:1px solid #bbb;padding:6px 8px}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>Calibración · validación · metrología acreditada ISO/IEC 17025</div><div>{{ v_addr }}</div><div>Tel. (787) {{ tel }} · facturacion@{{ dom }}.com</div>
<div>Seguro Social Patronal (EIN): {{ ein }}</div>{% if merchant %}<div>Registro de Comerciante: {{ merchant }}</div>{% endif %}</td>
<td class="r" style="vertical-align:top;white-space:nowrap"><div class="hd" style="font-size:20pt;font-weight:bold">FACTURA</div><div class="small">Invoice</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%"><div class="box"><div class="small">Facturar a</div><b>{{ b_name }}</b><br>Attn: Accounts Payable<br>{{ b_addr }}</div></td>
<td style="padding-left:12px"><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:8px">Servicio en sitio: {{ svc_d }} · Técnico: {{ tech }} · Contrato de servicio {{ contract }}</div>
<table class="it"><tr><th>Descripción</th><th>Unidad</th><th class="r">Cant.</th><th class="r">Precio unit.</th><th class="r">IVU</th><th class="r">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.ivu }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:52%;vertical-align:top" class="small">IVU 4%: servicios rendidos a otros comerciantes (Sec. 4210.01(c) del Código de Rentas Internas).{% if goods %} IVU 11.5% (10.5% estatal + 1% municipal) sobre la venta de propiedad mueble tangible.{% endif %}</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Subtotal</td><td class="r">{{ net }}</td></tr>{% for k, v in taxes %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}
<tr><td style="border-top:2px solid {{ color }}"><b>Total a pagar</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>$ {{ total }}</b></td></tr></table></td></tr></table>
<div style="margin-top:10px" class="hd"><b>Equipos calibrados / Calibrated instruments</b></div>
<table class="rg" style="width:100%;margin-top:3px"><tr><th>ID equipo</th><th>Descripción</th><th>Certificado</th><th>Fecha calibración</th><th>Próxima calibración</th></tr>{% for r in reg %}<tr>{% for c in r %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}</table>
<div class="box" style="margin-top:12px">{% if term %}Términos: {{ term }}. {% endif %}Pagos por ACH o transferencia a {{ bank }}, ruta (ABA) {{ routing }}, cuenta {{ acct }}.<br>Beneficiario: {{ v_name }} · Favor de incluir el número de factura en el pago.</div>
<div class="small" style="margin-top:10px;text-align:center">Certificados disponibles en nuestro portal de clientes. ¡Gracias por su confianza!</div>
</body></html>"""
    )
    meta = [("Factura núm.", no), ("Fecha", fd(d))]
    if po:
        meta.append(("Orden de compra (PO)", po))
    meta.append(("Fecha de vencimiento", fd(due)) if due else ("Términos", term))
    meta.append(("Cliente núm.", f"C{rng.randint(1000, 9999)}"))
    taxes = [("IVU 4% servicios", money(parts[0]))] + ([("IVU estatal 10.5%", money(parts[1])), ("IVU municipal 1%", money(parts[2]))] if goods else [])
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(200, 899)}-{digits(rng, 4)}", dom=vname.split(",")[0].split()[0].lower().replace("í", "i"), ein=ein, merchant=merchant if goods else None,
        b_name=bname, b_addr=baddr, meta=meta, svc_d=svc_d.strftime("%m/%d/%Y"), tech=rng.choice(["J. Rivera", "M. Santiago", "L. Colón", "A. Figueroa"]), contract=contract,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "ivu": "11.5%" if it["goods"] else "4%", "a": money(it["amount"])} for it in items],
        goods=goods, net=money(net), taxes=taxes, total=money(total), reg=reg, term=term if not due else "",
        bank=rng.choice(["Banco Popular de Puerto Rico", "FirstBank Puerto Rico", "Oriental Bank"]), routing=routing, acct=f"{digits(rng, 3)}-{digits(rng, 6)}",
    )
    notes = (
        "Puerto Rican calibration laboratory's FACTURA in Spanish (with a few English words): vendor = the company name (LLC/Inc./Corp.) at the top; vendor tax id = the EIN printed as 'Seguro Social Patronal (EIN)' (NN-NNNNNNN, valid under python-stdnum's us.ein, prefix 66)"
        + ("; the 'Registro de Comerciante' (the IVU merchant registration) is a second number, not the truth" if goods else "")
        + "; the customer number, the service contract, the certificate numbers and the ABA routing and account numbers are decoys. "
        "invoice_number = 'Factura núm.'; invoice_date = 'Fecha' (" + ["mm/dd/yyyy (US order)", "'12 de marzo de 2026'", "'Mar 12, 2026'", "mm/dd/yyyy (US order)"][i] + "); the service date and the calibration and next-calibration dates are decoys. "
        + ("due = 'Fecha de vencimiento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Orden de compra (PO)' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = "
        + ("the sum of 'IVU 4% servicios' (on the services), 'IVU estatal 10.5%' and 'IVU municipal 1%' (on the goods), each rounded; no row prints the sum" if goods else "'IVU 4% servicios' (the 4% IVU on services to businesses)")
        + "; total = 'Total a pagar'. Currency USD ('$'). Amounts '1,234.56'. Line items: every row of the first table (amount = 'Importe'; quantity 'Cant.': units, studies, days, sets, boxes). The instrument register is a decoy (not lines)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ein, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    printed = [fd(d), fd(due) if due else None, "(EIN): " + ein, no, po, vname, "$"]
    return t, ({"printed": printed, "tax_parts": [mt(p) for p in parts]} if goods else printed), (html, ctx)
