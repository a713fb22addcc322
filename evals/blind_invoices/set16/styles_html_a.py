"""Chromium (HTML) styles for set 16, part A (03 Haitian water-quality laboratory's facture per sample with TCA 10 % and a
sample register, 04 Cambodian drone-survey company's tax invoice in USD with VAT 10 % and the riel counter-values,
05 Mauritanian net-repair workshop's facture in French with Arabic labels, TVA 16 % and an account balance)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
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
from kit_common import MONTHS, fr_date
from kit_words import fr_words
from stdnum import iban as _iban

STYLES, style = style_registry("chromium")


# =========================================================================== 03 Haitian water-quality laboratory (NIF, TCA 10 %, samples, BRH dollar counter-value)
HT_V = [
    ("Laboratoire Hydro-Contrôle d'Haïti S.A.", "Delmas 33, Route de Delmas, Port-au-Prince", "#0b5394"),
    ("Centre d'Analyses Environnementales du Nord S.A.", "Rue 15 B, Cap-Haïtien", "#38761d"),
    ("AquaLab Sud S.A.", "Avenue des Quatre Chemins, Les Cayes", "#134f5c"),
    ("Labo Eau Plus S.A.", "Route de Frères, Pétion-Ville", "#741b47"),
]
HT_B = [("Eau Cristal Bouteilles S.A.", "Tabarre 27, Port-au-Prince"), ("Glace et Eau du Cap S.A.", "Boulevard du Cap, Cap-Haïtien"),
        ("Hôtel Bel Horizon S.A.", "Route Nationale 2, Les Cayes"), ("Kiosques Dlo Pwòp S.A.", "Rue Grégoire, Pétion-Ville")]
HT_TESTS = [
    ("Analyse bactériologique (coliformes totaux, E. coli) – méthode membrane filtrante", "échantillon", 3, 16, "1250.00", "2400.00"),
    ("Chlore résiduel libre et total", "échantillon", 3, 16, "350.00", "750.00"),
    ("Paramètres physico-chimiques (pH, conductivité, turbidité, TDS)", "échantillon", 2, 12, "900.00", "1800.00"),
    ("Nitrates et nitrites (spectrophotométrie)", "échantillon", 2, 8, "1100.00", "2200.00"),
    ("Dureté totale et calcique", "échantillon", 2, 8, "650.00", "1300.00"),
    ("Métaux (Pb, As, Fe, Mn) – absorption atomique", "échantillon", 1, 4, "4500.00", "9800.00"),
    ("Prélèvement sur site par technicien (déplacement inclus)", "visite", 1, 3, "2500.00", "6500.00"),
    ("Rapport de conformité aux valeurs guides OMS", "rapport", 1, 2, "1500.00", "3500.00"),
]
HT_SITES = ["Forage F1", "Forage F2", "Réservoir principal", "Sortie osmose inverse", "Ligne d'embouteillage", "Robinet cuisine", "Citerne toit", "Kiosque n° 4", "Kiosque n° 7", "Piscine"]


@style("03", "ht_laboratoire_analyses_eau")
def s03(rng, i):
    vname, vaddr, color = HT_V[i]
    bname, baddr = HT_B[i]
    d = rand_date(rng)
    nsamp = rng.randint(3, 12)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(HT_TESTS[:6], rng.randint(3, 5)) + [t for t in HT_TESTS[6:] if rng.random() < 0.7]:
        q = D(min(nsamp, rng.randint(qlo, qhi))) if unit == "échantillon" else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("25"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    nif = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(0, 9)}"
    b_nif = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(0, 9)}"
    no = [f"FA-{d.year}-{rng.randint(100, 999):05d}", f"CAEN/{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"LEP-F{rng.randint(10000, 99999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), fr_date][i]
    due = d + dt.timedelta(days=[30, 15, 0, 0][i]) if i in (0, 1) else None
    term = ["", "", "Payable à réception de la facture", "Paiement à 30 jours"][i]
    po = [None, f"BC-{rng.randint(1000, 9999)}", None, f"PO{d.year}-{rng.randint(100, 999)}"][i]
    rate = D(rng.randint(12800, 13600)) / 100
    usd = q2(total / rate)
    samp_d = d - dt.timedelta(days=rng.randint(4, 20))
    samples = [(f"E{samp_d.strftime('%y%m')}-{k + 1:03d}", rng.choice(HT_SITES), fd(samp_d + dt.timedelta(days=rng.randint(0, 1))), rng.choice(["Conforme", "Conforme", "Non conforme (coliformes)", "Conforme", "Chlore insuffisant"])) for k in range(min(nsamp, 6))]
    report = f"RA-{rng.randint(1000, 9999)}/{d.year}"
    money = lambda x: en(x)  # noqa: E731
    cur = ["HTG", "Gdes", "HTG", "Gdes"][i]
    top_total = i == 2
    meta = [("Facture n°", no), ("Date", fd(d))]
    if po:
        meta.append(("Votre bon de commande", po))
    meta.append(("Date d'échéance", fd(due)) if due else ("Conditions", term))
    meta.append(("Rapport d'analyses", report))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{border-bottom:2px solid {{ color }};padding:4px;font-size:7.6pt;text-align:left;color:{{ color }}}
table.it td{padding:4px;border-bottom:1px solid #e3e3e3} table.tot td{padding:3px 8px} .box{border:1px solid {{ color }};border-radius:4px;padding:6px 9px} table.smp td,table.smp th{padding:2px 6px;font-size:7pt;border-bottom:1px solid #eee;text-align:left}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div class="small">Analyses d'eau potable, eaux usées et eaux de baignade · Laboratoire agréé DINEPA</div>
<div>{{ v_addr }}, Haïti · Tél. (509) {{ tel }}</div><div>NIF : {{ nif }} · Patente n° {{ patente }}</div></td>
<td class="r"><div class="hd" style="font-size:20pt;font-weight:bold;letter-spacing:2px">FACTURE</div>{% if top_total %}<div class="box" style="margin-top:6px;text-align:right"><div class="small">Montant à payer</div><b style="font-size:12pt">{{ total }} {{ cur }}</b></div>{% endif %}</td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%"><div class="box"><div class="small">Facturé à</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF client : {{ b_nif }}</div></td>
<td style="padding-left:14px"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Objet : contrôle de la qualité de l'eau – {{ nsamp }} échantillons prélevés le {{ samp_d }}.</div>
<table class="it"><tr><th>Description</th><th>Unité</th><th class="r">Qté</th><th class="r">Prix unitaire</th><th class="r">Montant ({{ cur }})</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%" class="small">Arrêtée la présente facture à la somme de {{ words }} gourdes{{ cents }}.<br><br>À titre indicatif : équivalent USD {{ usd }} au taux de référence BRH du {{ date }} ({{ rate }} HTG pour 1 USD).</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Sous-total</td><td class="r">{{ net }}</td></tr><tr><td>TCA 10 %</td><td class="r">{{ tax }}</td></tr><tr><td style="border-top:2px solid {{ color }}"><b>TOTAL TTC ({{ cur }})</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }}</b></td></tr></table></td></tr></table>
<div class="small" style="margin-top:12px"><b>Registre des échantillons</b> (résultats détaillés dans le rapport {{ report }})</div>
<table class="smp" style="width:100%"><tr><th>Code</th><th>Point de prélèvement</th><th>Prélevé le</th><th>Avis</th></tr>{% for c, s, dd, r in samples %}<tr><td>{{ c }}</td><td>{{ s }}</td><td>{{ dd }}</td><td>{{ r }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px" class="box">Paiement par virement ou chèque à l'ordre de {{ v_name }} – {{ bank }}, compte gourdes n° {{ acct }}. Mentionner le numéro de facture.</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · NIF {{ nif }} · Les échantillons sont conservés 30 jours après l'émission du rapport · Page 1/1</div>
</body></html>"""
    )
    cents = int((total % 1) * 100)
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['22', '28', '29', '37'])} {digits(rng, 2)} {digits(rng, 4)}", nif=nif, patente=f"{rng.randint(100000, 999999)}-{d.year}",
        b_name=bname, b_addr=baddr, b_nif=b_nif, meta=meta, nsamp=nsamp, samp_d=fd(samp_d), cur=cur, top_total=top_total,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), words=fr_words(int(total)), cents=f" et {cents} centimes" if cents else "", usd=money(usd), date=fd(d), rate=str(rate).replace(".", ","),
        samples=samples, report=report, bank=rng.choice(["Unibank", "Sogebank", "Banque Nationale de Crédit (BNC)", "Capital Bank"]), acct=f"{digits(rng, 3)}-{digits(rng, 7)}-{rng.randint(0, 9)}",
    )
    notes = (
        "Haitian water-quality laboratory's FACTURE: vendor = the legal name (S.A.) at the top; vendor tax id = 'NIF' as printed with hyphens (10 digits, no public checksum: random); the client's NIF, the patente number, the analysis report number and the bank account are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (" + ["'12 mars 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "'12 mars 2026'"][i] + "); the sampling dates and the BRH rate date (the same as the invoice date) are decoys. "
        + ("due = \"Date d'échéance\". " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Votre bon de commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Sous-total'; tax = 'TCA 10 %' (taxe sur le chiffre d'affaires); total = 'TOTAL TTC'" + (" (also in the 'Montant à payer' box at the top)" if top_total else "")
        + f"; the USD counter-value and the exchange rate are decoys; the amount in words repeats the total. Currency HTG (printed '{cur}'). Amounts '1,234.56'. Line items: every row (amount = 'Montant'; quantity 'Qté': samples, visits or reports)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="HTG", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, no, po, vname, cur], (html, ctx)


# =========================================================================== 04 Cambodian drone survey (VATTIN, USD with VAT 10 %, KHR counter-values)
KH_V = [
    ("Angkor Aerial Survey Co., Ltd.", "No. 45, St. 271, Sangkat Tuol Tumpung II, Khan Chamkarmon, Phnom Penh", "#b45f06"),
    ("Mekong SkyMap Co., Ltd.", "#12B, Street 2004, Sangkat Ou Baek K'am, Khan Sen Sok, Phnom Penh", "#0c343d"),
    ("Khmer Geo Drone Solutions Co., Ltd.", "National Road 6, Sangkat Sala Kamreuk, Siem Reap", "#274e13"),
    ("Tonle Sap UAV Services Co., Ltd.", "Street 3, Group 7, Sangkat Svay Por, Battambang", "#20124d"),
]
KH_B = [("Phnom Penh Riverside Development Co., Ltd.", "Sangkat Chroy Changvar, Khan Chroy Changvar, Phnom Penh"), ("Kampot Pepper Estates Co., Ltd.", "Phum Trapeang Ropov, Kampot Province"),
        ("Kratie Rubber Plantation Co., Ltd.", "Snuol District, Kratie Province"), ("Mekong Bridge Constructors JV", "National Road 5, Kampong Chhnang Province")]
KH_WORK = [
    ("Aerial mapping flight – RTK multirotor, 2 cm GSD", "ha", 40, 600, "4.50", "11.00"),
    ("Orthomosaic, DSM and contour processing", "ha", 40, 600, "2.00", "6.50"),
    ("Ground control points – GNSS RTK survey", "point", 8, 40, "25.00", "60.00"),
    ("LiDAR corridor survey", "km", 2, 25, "380.00", "900.00"),
    ("Stockpile volumetric report", "report", 1, 6, "150.00", "450.00"),
    ("Progress photo & 4K video package", "visit", 1, 4, "250.00", "600.00"),
    ("Pilot and observer team – standby day", "day", 1, 5, "180.00", "350.00"),
]


@style("04", "kh_drone_survey_aerial_mapping")
def s04(rng, i):
    vname, vaddr, color = KH_V[i]
    bname, baddr = KH_B[i]
    d = rand_date(rng)
    ha = rng.randint(40, 600)
    items = [{"desc": "Mobilisation and demobilisation of drone team and equipment", "unit": "lot", "qty": D(1), "price": D(rng.randint(12, 60)) * 10, "amount": None}]
    items[0]["amount"] = items[0]["price"]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(KH_WORK, rng.randint(3, 5)):
        q = D(ha) if unit == "ha" else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.25"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    rate = D(rng.randint(4005, 4110))
    vat_tin = f"{rng.choice(['K', 'L'])}00{rng.randint(1, 3)}-{rng.choice(['1', '9'])}{digits(rng, 8)}"
    b_tin = f"{rng.choice(['K', 'L', 'B'])}00{rng.randint(1, 3)}-{rng.choice(['1', '9'])}{digits(rng, 8)}"
    no = [f"INV-{d.year}{rng.randint(1000, 9999)}", f"MSM/{d.strftime('%y')}/{rng.randint(100, 999)}", f"KGD-{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    term = ["", "Payment within 30 days of invoice", "", "Net 14 days"][i]
    po = [None, f"PO-{rng.randint(10000, 99999)}", None, f"MBC/PO/{rng.randint(100, 999)}"][i]
    quote = f"Q{d.year}-{rng.randint(10, 99)}"
    fly = sorted(d - dt.timedelta(days=rng.randint(3, 25)) for _ in range(2))
    adv_pct = rng.choice([30, 40, 50])
    adv = q2(total * adv_pct / 100) if i == 1 else None
    bank, swift = rng.choice([("ACLEDA Bank Plc.", "ACLBKHPP"), ("ABA Bank", "ABAAKHPP"), ("Canadia Bank Plc.", "CADIKHPP"), ("Wing Bank (Cambodia) Plc.", "WINGKHPP")])
    money = lambda x: en(x)  # noqa: E731
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.g{width:100%} table.g td,table.g th{border:1px solid #999;padding:4px 5px} table.g th{background:#f2ece4;font-size:7.5pt}
.lab{font-size:7pt;color:#666;display:block} .sig{border-top:1px solid #333;width:62mm;text-align:center;padding-top:2px;font-size:7pt}
</style></head><body>
<div style="text-align:center"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}, Kingdom of Cambodia</div><div>Tel: +855 {{ tel }} · survey@{{ dom }}.com.kh</div><div><b>VAT TIN: {{ tin }}</b></div>
<div style="margin-top:8px;font-size:15pt;font-weight:bold;letter-spacing:3px">TAX INVOICE</div></div>
<table style="width:100%;margin-top:8px"><tr><td style="width:56%;border:1px solid #999;padding:6px"><span class="lab">Customer</span><b>{{ b_name }}</b><br>{{ b_addr }}<br>VAT TIN: {{ b_tin }}<br>Attn: Project Manager</td>
<td style="padding-left:10px"><table class="g">{% for k, v in meta %}<tr><td style="width:42%">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:8px">Project: aerial survey, {{ ha }} ha, flights on {{ fly1 }} and {{ fly2 }} – ref. quotation {{ quote }}.</div>
<table class="g" style="margin-top:6px"><tr><th style="width:6%">No.</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Quantity</th><th class="r">Unit Price (USD)</th><th class="r">Amount (USD)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="3" rowspan="3" class="small" style="vertical-align:top">Exchange rate: 1 USD = {{ rate }} KHR<br>VAT in riel: {{ vat_khr }} KHR<br>Total in riel: {{ total_khr }} KHR</td><td colspan="2">Sub-total</td><td class="r">{{ net }}</td></tr>
<tr><td colspan="2">VAT 10%</td><td class="r">{{ tax }}</td></tr><tr><td colspan="2"><b>Grand Total (USD)</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% if adv %}<table style="margin-left:auto;margin-top:4px" class="small"><tr><td style="padding:1px 8px">Less: advance received ({{ adv_pct }}% on signing)</td><td class="r">{{ adv }}</td></tr><tr><td style="padding:1px 8px">Balance payable</td><td class="r">{{ bal }}</td></tr></table>{% endif %}
<div style="margin-top:10px">Deliverables: orthomosaic (GeoTIFF, WGS 84 / UTM 48N), DSM, contours and flight log, delivered by secure link.</div>
<div style="margin-top:6px">Bank: {{ bank }} · Account name: {{ v_name }} · USD account {{ acct }} · SWIFT {{ swift }}</div>
<table style="width:100%;margin-top:34px"><tr><td><div class="sig">Customer's signature &amp; name</div></td><td class="r"><div class="sig" style="margin-left:auto">Seller's signature &amp; name</div></td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center">Original – customer copy · {{ v_name }} · VAT TIN {{ tin }}</div>
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append(("Customer PO No.", po))
    meta.append(("Due Date", fd(due)) if due else ("Terms", term))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['12', '15', '17', '77', '89'])} {digits(rng, 3)} {digits(rng, 3)}", dom=vname.split()[0].lower() + vname.split()[1].lower(), tin=vat_tin,
        b_name=bname, b_addr=baddr, b_tin=b_tin, meta=meta, ha=ha, fly1=fd(fly[0]), fly2=fd(fly[1]), quote=quote,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), rate=en(rate, 0), vat_khr=en(q0(tax * rate), 0), total_khr=en(q0(total * rate), 0), adv=money(adv) if adv else None, adv_pct=adv_pct, bal=money(total - adv) if adv else None,
        bank=bank, acct=f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", swift=swift,
    )
    notes = (
        "Cambodian drone-survey company's TAX INVOICE in English (no Khmer font on the machine): vendor = the company name (Co., Ltd.) at the top; vendor tax id = 'VAT TIN' (letter, three digits, hyphen, nine digits; no public checksum: random); the customer's VAT TIN, the quotation and bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd-Mon-yyyy", "dd/mm/yyyy", "'12 March 2026'", "yyyy-mm-dd"][i] + "); the flight dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Customer PO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Sub-total'; tax = 'VAT 10%'; total = 'Grand Total (USD)'; the exchange rate and the riel amounts (VAT and total in KHR) are decoys"
        + ("; the advance received and 'Balance payable' under the table are decoys" if adv else "")
        + ". Currency USD. Amounts '1,234.56'. Line items: every numbered row (amount = 'Amount (USD)'; quantity 'Quantity': the mobilisation lot is 1)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "VAT TIN: " + vat_tin, no, po, vname, "USD"], (html, ctx)


# =========================================================================== 05 Mauritanian net-repair workshop (French + Arabic labels, NIF, TVA 16 %, MRU, balance)
MR_V = [
    ("Atelier de Ramendage Al Amal SARL", "ورشة الأمل لإصلاح الشباك", "Zone portuaire, BP 345, Nouadhibou", "#1c4587"),
    ("Filets et Pêche du Nord SARL", "شباك وصيد الشمال", "Quartier Numerowatt, BP 1120, Nouadhibou", "#7f6000"),
    ("Société Mauritanienne de Ramendage SA", "الشركة الموريتانية لإصلاح الشباك", "Port Autonome de Nouakchott, Îlot K, Nouakchott", "#0b5394"),
    ("Atelier Ramendage Atlantique SARL", "ورشة الأطلسي لإصلاح الشباك", "Route de Cansado, Nouadhibou", "#660000"),
]
MR_B = [("Armement Banc d'Arguin SARL", "Zone industrielle, Nouadhibou"), ("Pêcherie Cap Blanc SA", "Boulevard Médian, Nouadhibou"),
        ("Mauritanienne des Produits de la Mer SA", "Tevragh Zeina, Nouakchott"), ("Société de Pêche Tiwilit SARL", "Port de pêche artisanale, Nouadhibou")]
MR_BOATS = ["Chalutier Cap Blanc II", "N/P El Moustakbal", "Senneur Tiwilit 3", "N/P Arguin 7", "Chalutier Nouamghar"]
MR_WORK = [
    ("Ramendage chalut de fond – main-d'œuvre", "إصلاح شباك الجر", "h", 20, 180, "450.00", "850.00"),
    ("Nappe polyamide 210/36, maille 70 mm", "شبكة بولي أميد", "kg", 20, 250, "260.00", "480.00"),
    ("Fil PE tressé 3 mm", "خيط", "kg", 5, 60, "180.00", "320.00"),
    ("Ralingue mixte 18 mm", "حبل", "m", 50, 400, "45.00", "95.00"),
    ("Flotteurs PVC 200 mm", "عوامات", "pcs", 10, 80, "85.00", "190.00"),
    ("Montage bourrelet et panneaux – main-d'œuvre", "تركيب", "h", 8, 60, "500.00", "900.00"),
    ("Manutention grue sur quai", "رافعة", "h", 1, 6, "1500.00", "3200.00"),
]


@style("05", "mr_ramendage_filets_peche")
def s05(rng, i):
    vname, var, vaddr, color = MR_V[i]
    bname, baddr = MR_B[i]
    d = rand_date(rng)
    items = []
    for desc, ar, unit, qlo, qhi, lo, hi in rng.sample(MR_WORK, rng.randint(4, 6)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("5"))
        items.append({"desc": desc, "ar": ar, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    nif = digits(rng, 8, True)
    b_nif = digits(rng, 8, True)
    no = [f"F{d.year}/{rng.randint(100, 999)}", f"FPN-{rng.randint(1000, 9999)}", f"SMR/{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[0, 30, 45, 0][i]) if i in (1, 2) else None
    term = ["Paiement comptant à la livraison du filet", "", "", "Paiement à 30 jours fin de mois"][i]
    po = [None, None, f"BC/MPM/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}"][i]
    boat = rng.choice(MR_BOATS)
    quai = d - dt.timedelta(days=rng.randint(3, 12))
    prev = q2(D(rng.randint(5000000, 90000000)) / 100) if i in (0, 3) else None
    ib = valid(rng, lambda: iban("MR", rng.choice(["00020", "00025", "00012", "00004"]) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2)), _iban.is_valid)
    money = lambda x: sp(x)  # noqa: E731
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .ar{direction:rtl;text-align:right;unicode-bidi:isolate} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;padding:3px 4px;font-size:7.3pt}
table.it td{padding:4px;border-bottom:1px solid #ddd} .box{border:1px solid #999;padding:6px 8px} table.tot td{padding:3px 6px;border-bottom:1px solid #ddd}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:13.5pt;font-weight:bold">{{ v_name }}</div><div>Ramendage, confection et réparation de filets de pêche</div><div>{{ v_addr }} – Mauritanie</div><div>Tél. +222 {{ tel }}</div><div>NIF : {{ nif }} · RC n° {{ rc }}</div></td>
<td class="ar"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_ar }}</div><div>الجمهورية الإسلامية الموريتانية</div><div>الرقم الضريبي {{ nif }}</div></td></tr></table>
<table style="width:100%;margin-top:10px;border-top:3px solid {{ color }};border-bottom:1px solid {{ color }}"><tr><td style="padding:5px;font-size:14pt;font-weight:bold">FACTURE</td><td class="ar" style="padding:5px;font-size:14pt;font-weight:bold">فاتورة</td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%"><table>{% for k, a, v in meta %}<tr><td style="padding:1px 6px 1px 0">{{ k }}</td><td class="ar small" style="padding:1px 6px;white-space:nowrap">{{ a }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td>
<td><div class="box"><div class="small">Client / الزبون</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF client : {{ b_nif }}<br>Navire : {{ boat }} – licence de pêche n° {{ lic }}</div></td></tr></table>
<div style="margin-top:8px">Travaux de ramendage sur le chalut du navire {{ boat }}, filet déposé à l'atelier le {{ quai }}.</div>
<table class="it"><tr><th style="text-align:left">Désignation</th><th class="ar">البيان</th><th>Unité</th><th class="r">Qté / الكمية</th><th class="r">P.U. (MRU)</th><th class="r">Montant (MRU)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="ar small">{{ it.ar }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;vertical-align:top"><table class="tot" style="width:100%"><tr><td>Total HT</td><td class="ar small">المجموع دون ضريبة</td><td class="r">{{ net }}</td></tr>
<tr><td>TVA 16 %</td><td class="ar small">ضريبة القيمة المضافة</td><td class="r">{{ tax }}</td></tr><tr style="background:#eef"><td><b>Total TTC</b></td><td class="ar small"><b>المجموع شامل الضريبة</b></td><td class="r"><b>{{ total }} MRU</b></td></tr></table>
{% if prev %}<table class="tot small" style="width:100%;margin-top:6px"><tr><td>Solde antérieur</td><td class="r">{{ prev }}</td></tr><tr><td>Nouveau solde du compte client</td><td class="r">{{ new_bal }}</td></tr></table>{% endif %}</td>
<td style="padding-left:14px;vertical-align:top" class="small">Arrêtée la présente facture à la somme de : <b>{{ words }} ouguiyas{{ cents }}</b> toutes taxes comprises.<br><br>Délai de garantie des réparations : 30 jours ou une marée.</td></tr></table>
<div class="box" style="margin-top:12px">Règlement par virement : {{ bank }} – IBAN {{ iban }} – BIC {{ bic }}</div>
<table style="width:100%;margin-top:26px"><tr><td class="small">Le client (bon pour réception)</td><td class="small r">Le gérant / المسير</td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · NIF {{ nif }} · RC {{ rc }} · Page 1/1</div>
</body></html>"""
    )
    meta = [("Facture n°", "رقم الفاتورة", no), ("Date", "التاريخ", fd(d))]
    if po:
        meta.append(("Bon de commande", "طلب الشراء", po))
    meta.append(("Échéance", "تاريخ الاستحقاق", fd(due)) if due else ("Conditions", "شروط الدفع", term))
    cents = int((total % 1) * 100)
    ctx = dict(
        color=color, v_name=vname, v_ar=var, v_addr=vaddr, tel=f"{rng.choice(['45', '22', '36', '46'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", nif=nif, rc=f"{rng.randint(1000, 9999)}/GU/{rng.choice(['NDB', 'NKC'])}",
        meta=meta, b_name=bname, b_addr=baddr, b_nif=b_nif, boat=boat, lic=f"{rng.randint(100, 999)}/{rng.choice(['PI', 'PC'])}/{d.year}", quai=fd(quai),
        items=[{"desc": it["desc"], "ar": it["ar"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), prev=money(prev) if prev else None, new_bal=money(prev + total) if prev else None,
        words=fr_words(int(total)), cents=f" et {cents:02d}/100" if cents else "", bank=rng.choice(["Banque Mauritanienne pour le Commerce International (BMCI)", "Société Générale Mauritanie", "Banque Populaire de Mauritanie", "Attijari bank Mauritanie"]),
        iban=iban_fmt(ib), bic=rng.choice(["MAUCMRMR", "SGMAMRMR", "BPMAMRMR", "ATTIMRMR"]),
    )
    notes = (
        "Mauritanian net-repair workshop's FACTURE in French with Arabic labels: vendor = the French legal name (SARL/SA) at the top (the Arabic name is the same company); vendor tax id = 'NIF' (8 digits, no public checksum: random); the RC number, the client's NIF, the fishing licence and the IBAN are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the date the net was left at the workshop is a decoy. "
        + ("due = 'Échéance'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 16 %'; total = 'Total TTC' (with 'MRU')"
        + ("; 'Solde antérieur' and 'Nouveau solde du compte client' are decoys" if prev else "")
        + ". Currency MRU (new ouguiya). Amounts '1 234,56'. The amount in words repeats the total. Line items: every row (amount = 'Montant (MRU)'; quantity 'Qté': hours, kg, metres, pieces)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MRU", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, no, po, vname, "MRU"], (html, ctx)
