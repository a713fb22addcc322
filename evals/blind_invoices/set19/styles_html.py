"""Chromium (HTML) styles for set 19 (01 Bahamian linen-rental company's invoice to a hotel with VAT 10 % in B$, 02
Djiboutian transit and trucking company's facture to an importer with TVA 10 % in whole Djibouti francs, 03 Gabonese
refrigeration contractor's facture for a maintenance contract with TVA 18 % in whole CFA francs, 04 Manx printing works'
VAT invoice with VAT 20 % in pounds, 05 French Polynesian air-conditioning installer's facture with TVA 16 % on the units
and 13 % on the work, in whole CFP francs)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
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
from kit_common import MONTHS, en_date, fr_date, html_head, lines, us_date
from kit_words import fr_words
from stdnum.gb import vat as _gbvat

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Bahamas linen rental (TIN, VAT 10 %, B$)
BS_V = [("Nassau Linen & Laundry Services Ltd.", "Soldier Road Industrial Park, P.O. Box N-4417, Nassau, N.P., The Bahamas", "#00778b"),
        ("Island Textile Rentals Ltd.", "Gladstone Road, P.O. Box CB-13022, Nassau, The Bahamas", "#b5651d"),
        ("Grand Bahama Linen Supply Co. Ltd.", "Queen's Highway, P.O. Box F-42187, Freeport, Grand Bahama", "#2d5f2e"),
        ("Exuma Hospitality Laundry Ltd.", "Queen's Highway, George Town, Exuma, The Bahamas", "#4b3d8f")]
BS_B = [("Cable Beach Resort Holdings Ltd.", "West Bay Street, Nassau"), ("Paradise Harbour Hotel Ltd.", "Harbour Drive, Paradise Island"),
        ("Lucaya Beach Club Ltd.", "Royal Palm Way, Lucaya, Grand Bahama"), ("Emerald Cay Inn Ltd.", "Queen's Highway, Rolle Town, Exuma")]
BS_WORK = [
    ("King flat sheets, rental and laundering", "pc", 400, 2400, "0.85", "1.60"),
    ("Pillowcases, rental and laundering", "pc", 800, 4800, "0.30", "0.65"),
    ("Bath towels, rental and laundering", "pc", 600, 3600, "0.70", "1.35"),
    ("Pool towels, rental and laundering", "pc", 300, 2500, "0.75", "1.40"),
    ("Table cloths, banquet 90 x 132 in., laundering and pressing", "pc", 40, 400, "2.50", "5.50"),
    ("Guest laundry, customer-owned goods, by weight", "lb", 200, 1500, "1.10", "1.95"),
    ("Replacement of lost or damaged linen", "pc", 5, 60, "9.00", "24.00"),
]


@style("01", "bs_linen_rental_hotel")
def s01(rng, i):
    vname, vaddr, color = BS_V[i]
    bname, baddr = BS_B[i]
    d = rand_date(rng)
    items = lines(rng, BS_WORK, rng.randint(4, 6), D("0.05"))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    tin = f"1{digits(rng, 8)}"
    no = [f"INV-{rng.randint(20000, 49999)}", f"{rng.randint(100000, 199999)}", f"NLS/{d.year}/{rng.randint(1000, 9999)}", f"E{rng.randint(4000, 9999)}"][i]
    fd = [us_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "Net 30 days", "", "Due on receipt"][i]
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"{rng.randint(450000, 459999)}", None][i]
    cur = ["B$", "BSD", "$", "B$"][i]
    start = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{MONTHS['en'][start.month - 1]} {start.year}"
    deliveries = [(start.replace(day=k).strftime("%d/%m"), rng.randint(180, 900)) for k in sorted(rng.sample(range(1, 28), 6))]
    html = html_head(margin="12mm 14mm", fs="8.4pt") + """
<div style="background:{{ color }};color:#fff;padding:10px 14px"><div style="font-size:15pt" class="b">{{ v_name }}</div><div style="font-size:7.6pt">{{ v_addr }} · Tel. (242) {{ tel }}</div></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%"><div class="small">BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>The Bahamas<br>Attn: Accounts Payable</td>
<td><div style="font-size:16pt;color:{{ color }}" class="b">INVOICE</div><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:8px">Linen service for the month of {{ period }} – {{ rooms }} rooms and banquet department.</div>
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%" class="small">Deliveries this period (date / pieces): {% for a, b in deliveries %}{{ a }}: {{ b }}{% if not loop.last %}; {% endif %}{% endfor %}.<br><br>VAT charged at the standard rate of 10% in accordance with the Value Added Tax Act, 2014.</td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">VAT 10%</td><td class="r">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff"><td style="padding:4px 10px" class="b">TOTAL DUE ({{ cur }})</td><td class="r b" style="padding:4px 6px">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:18px;border-top:1px solid #ccc;padding-top:6px">{% if term %}Terms: {{ term }}. {% endif %}Cheques payable to {{ v_name }} or remit to {{ bank }}, Account No. {{ acct }}, Transit No. {{ transit }}.</div>
<div class="small" style="margin-top:20px;text-align:center">VAT Registration / TIN: {{ tin }} · Thank you for your business!</div>
</body></html>"""
    meta = [("Invoice #", no), ("Invoice Date", fd(d)), ("TIN", tin)]
    if po:
        meta.append(("P.O. #", po))
    if due:
        meta.append(("Due Date", fd(due)))
    money = en
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(322, 398)}-{digits(rng, 4)}", b_name=bname, b_addr=baddr, meta=meta, period=period, rooms=rng.randint(60, 420),
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        deliveries=deliveries, net=money(net), tax=money(tax), total=money(total), cur=cur, term=term,
        bank=rng.choice(["RBC Royal Bank (Bahamas) Ltd.", "Commonwealth Bank Ltd.", "Scotiabank (Bahamas) Ltd.", "CIBC Caribbean"]), acct=digits(rng, 7), transit=digits(rng, 5), tin=tin,
    )
    notes = (
        "Bahamian linen-rental company's INVOICE in English: vendor = the company name (Ltd.) in the coloured band; vendor tax id = 'TIN' (9 digits, no public checksum: random), printed in the meta block and again in the footer. "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice Date' (" + ["'March 12, 2026'", "dd/mm/yyyy", "mm/dd/yyyy (US order)", "dd-Mon-yyyy"][i] + "); the delivery dates (dd/mm) and the service month are decoys. "
        + ("due = 'Due Date' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'P.O. #' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = 'VAT 10%'; total = 'TOTAL DUE'. Currency BSD (printed '{cur}'). Amounts '1,234.56'. Line items: every row (quantity = pieces or pounds); the delivery counts are decoys."
    )
    t = T(vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="BSD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, tin, no, po, vname, cur], (html, ctx)


# =========================================================================== 02 Djibouti transit (NIF, TVA 10 %, FDJ whole francs)
DJ_V = [("Société Djiboutienne de Transit et de Transport SARL", "Boulevard de la République, BP 2145, Djibouti", "#0a5c8a"),
        ("Corne Logistique SA", "Zone franche de Djibouti, entrepôt 14, BP 1980, Djibouti", "#7a2e2e"),
        ("Transit Ras Dika SARL", "Route de Venise, quartier du Héron, BP 3310, Djibouti", "#356b1f"),
        ("Golfe de Tadjourah Transports SARL", "Zone industrielle sud, PK 12, BP 4402, Djibouti", "#5b4a8a")]
DJ_B = [("Société Commerciale Hassan Farah SARL", "Rue d'Ethiopie, Djibouti"), ("Djibouti Matériaux de Construction SA", "Route de l'Aéroport, Djibouti"),
        ("Établissements Omar Ali & Fils", "Quartier 7, Djibouti"), ("Afar Trading SARL", "Avenue 13, Balbala, Djibouti")]
DJ_WORK = [
    ("Transport conteneur 40' port de Doraleh – entrepôt client", "conteneur", 1, 12, "45000", "90000"),
    ("Transport conteneur 20' port de Doraleh – entrepôt client", "conteneur", 1, 12, "30000", "60000"),
    ("Manutention et empotage / dépotage", "conteneur", 1, 12, "12000", "25000"),
    ("Frais de dossier et déclaration en douane", "dossier", 1, 3, "15000", "35000"),
    ("Magasinage sous douane", "jour", 3, 20, "3000", "8000"),
    ("Escorte et gardiennage du convoi", "voyage", 1, 6, "20000", "45000"),
    ("Location chariot élévateur 5 t", "heure", 2, 12, "9000", "15000"),
]


@style("02", "dj_transit_camionnage_port")
def s02(rng, i):
    vname, vaddr, color = DJ_V[i]
    bname, baddr = DJ_B[i]
    d = rand_date(rng)
    items = lines(rng, DJ_WORK, rng.randint(4, 6), D("500"))
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.10"))
    total = net + tax
    nif = f"{rng.randint(1000000, 9999999)}"
    b_nif = f"{rng.randint(1000000, 9999999)}"
    no = [f"F{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 4999)}/{d.strftime('%y')}", f"FAC-{rng.randint(10000, 99999)}", f"TR{d.strftime('%m%y')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=15) if i in (1, 3) else None
    term = ["Paiement à 30 jours date de facture", "", "Paiement comptant à réception", ""][i]
    po = [None, f"BC N° {rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(2000, 2999)}"][i]
    cur = ["FDJ", "FD", "DJF", "FDJ"][i]
    bl = f"{rng.choice(['MSCU', 'MAEU', 'CMAU', 'PONU'])}{digits(rng, 7)}"
    cont = [f"{rng.choice(['MSCU', 'TGHU', 'CMAU', 'GESU'])}{digits(rng, 7)}" for _ in range(rng.randint(2, 4))]
    advance = q0(total * D(rng.choice([30, 50])) / 100 / 1000) * 1000 if i == 2 else None
    html = html_head(margin="12mm 13mm", fs="8.3pt") + """
<table style="width:100%"><tr><td><div style="font-size:14pt;color:{{ color }}" class="b">{{ v_name }}</div><div>Transit · Transport · Manutention · Consignation</div><div>{{ v_addr }}</div><div>Tél. +253 21 {{ tel }}</div><div>NIF : {{ nif }} · RCS Djibouti {{ rcs }}</div></td>
<td style="width:34%;text-align:right;vertical-align:bottom"><div style="font-size:20pt;letter-spacing:2px;color:{{ color }}" class="b">FACTURE</div><div>N° <b>{{ no }}</b></div><div>Djibouti, le {{ date }}</div></td></tr></table>
<table style="width:100%;margin-top:12px;border:1px solid #999"><tr><td style="padding:6px;width:50%;border-right:1px solid #999"><div class="small">Client</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF : {{ b_nif }}</td>
<td style="padding:6px"><table>{% for k, v in meta %}<tr><td style="padding:1px 8px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it" style="border:1px solid #999"><tr style="background:#eee"><th style="border:1px solid #999">Désignation</th><th style="border:1px solid #999">Unité</th><th style="border:1px solid #999">Qté</th><th style="border:1px solid #999">P.U. HT</th><th style="border:1px solid #999">Montant HT</th></tr>
{% for it in items %}<tr><td style="border:1px solid #999">{{ it.desc }}</td><td style="border:1px solid #999" class="c">{{ it.unit }}</td><td style="border:1px solid #999" class="r">{{ it.q }}</td><td style="border:1px solid #999" class="r">{{ it.p }}</td><td style="border:1px solid #999" class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%" class="small">Connaissement (B/L) : {{ bl }}<br>Conteneurs : {{ cont }}<br>Navire : {{ ship }}</td>
<td><table style="margin-left:auto;border:1.5px solid {{ color }}"><tr><td style="padding:3px 10px">Total HT</td><td class="r" style="padding:3px 8px">{{ net }}</td></tr><tr><td style="padding:3px 10px">TVA 10 %</td><td class="r" style="padding:3px 8px">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff"><td style="padding:4px 10px" class="b">Net à payer TTC ({{ cur }})</td><td class="r b" style="padding:4px 8px">{{ total }}</td></tr></table>
{% if advance %}<div class="small" style="text-align:right;margin-top:4px">Avance reçue : {{ advance }} {{ cur }} – Reste dû : {{ rest }} {{ cur }}</div>{% endif %}</td></tr></table>
<div style="margin-top:12px">Arrêtée la présente facture à la somme de : <i>{{ words }} francs Djibouti</i>.</div>
<div style="margin-top:12px;border-top:1px solid #999;padding-top:5px">{% if term %}Conditions : {{ term }}. {% endif %}Règlement par virement : {{ bank }} – Compte n° {{ acct }}.</div>
</body></html>"""
    meta = [("Date de facture", fd(d))]
    if po:
        meta.append(("Votre commande", po))
    if due:
        meta.append(("Échéance", fd(due)))
    meta.append(("Dossier transit", f"DT-{rng.randint(1000, 9999)}"))
    money = lambda x: sp(x, 0)  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(30, 39)} {rng.randint(10, 99)} {rng.randint(10, 99)}", nif=nif, rcs=f"{rng.randint(1990, 2020)} B {rng.randint(100, 9999)}",
        no=no, date=fd(d), b_name=bname, b_addr=baddr, b_nif=b_nif, meta=meta, bl=bl, cont=", ".join(cont), ship=rng.choice(["MSC Alexandra", "Maersk Kampala", "CMA CGM Tadjourah", "Ever Gentle"]),
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), cur=cur, advance=money(advance) if advance else None, rest=money(total - advance) if advance else None,
        words=fr_words(total), term=term, bank=rng.choice(["BCIMR", "Banque pour le Commerce et l'Industrie – Mer Rouge", "CAC International Bank", "Salaam African Bank"]), acct=digits(rng, 11),
    )
    notes = (
        "Djiboutian transit and trucking company's FACTURE in French: vendor = the company name (SARL/SA) at the top left; vendor tax id = 'NIF' (7 digits, no public checksum: random); the client's NIF, the RCS, the transit file, the B/L and container numbers and the bank account are decoys. "
        "invoice_number = 'N°' under the title; invoice_date = 'Date de facture' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "), also after 'Djibouti, le'. "
        + ("due = 'Échéance' (15 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Votre commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 10 %' (rounded to the franc); total = 'Net à payer TTC'" + ("; 'Avance reçue' and 'Reste dû' are decoys" if advance else "")
        + f"; the amount in words repeats the total. Currency DJF (printed '{cur}'), whole francs '1 234 567'. Line items: every row of the ruled table (quantity = containers, files, days, trips, hours)."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="DJF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, no, po, vname, cur], (html, ctx)


# =========================================================================== 03 Gabon refrigeration maintenance (NIF, TVA 18 %, FCFA whole francs)
GA_V = [("Gabon Froid Industriel SARL", "Zone industrielle d'Oloumi, BP 4521, Libreville", "#114d7a"),
        ("Clim Service Ogooué SA", "Boulevard Triomphal, BP 1187, Libreville", "#0d6b56"),
        ("Port-Gentil Réfrigération SARL", "Quartier Grand Village, BP 912, Port-Gentil", "#8b3a0f"),
        ("Estuaire Maintenance Frigorifique SARL", "Owendo, route du Port, BP 2230, Libreville", "#3f3f8f")]
GA_B = [("Société des Pêcheries de l'Estuaire SA", "Port-Môle, Libreville"), ("Supermarchés du Komo SARL", "Boulevard de l'Indépendance, Libreville"),
        ("Brasserie de l'Ogooué SA", "Zone portuaire, Port-Gentil"), ("Abattoir d'Owendo SARL", "Owendo, Libreville")]
GA_WORK = [
    ("Contrat d'entretien préventif chambres froides positives (redevance mensuelle)", "mois", 1, 3, "150000", "450000"),
    ("Contrat d'entretien préventif chambres froides négatives (redevance mensuelle)", "mois", 1, 3, "200000", "600000"),
    ("Recharge fluide frigorigène R404A", "kg", 5, 40, "12000", "22000"),
    ("Remplacement compresseur semi-hermétique 10 CV, fourniture et pose", "u", 1, 1, "1800000", "3200000"),
    ("Main-d'œuvre technicien frigoriste, intervention hors contrat", "heure", 4, 30, "15000", "28000"),
    ("Remplacement ventilateur d'évaporateur", "u", 1, 4, "85000", "160000"),
    ("Déplacement urgence nuit / week-end", "forfait", 1, 3, "50000", "90000"),
]


@style("03", "ga_maintenance_froid_industriel")
def s03(rng, i):
    vname, vaddr, color = GA_V[i]
    bname, baddr = GA_B[i]
    d = rand_date(rng)
    items = lines(rng, GA_WORK, rng.randint(3, 5), D("500"))
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    nif = f"{rng.randint(100000, 999999)} {rng.choice('ABCDEFGHJK')}"
    no = [f"GFI-{d.year}-{rng.randint(100, 999)}", f"N° {rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%m')}/{d.year}", f"FA{rng.randint(10000, 99999)}"][i]
    no_val = no[3:] if no.startswith("N° ") else no
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "30 jours fin de mois", "", "À réception de facture"][i]
    po = [f"BC-{rng.randint(1000, 9999)}", None, None, f"DA/{d.year}/{rng.randint(10, 99)}"][i]
    contract = f"CE-{rng.randint(2019, 2025)}-{rng.randint(10, 99)}"
    cur = ["FCFA", "F CFA", "XAF", "FCFA"][i]
    html = html_head(margin="10mm 12mm", fs="8.2pt") + """
<table style="width:100%"><tr><td style="width:26%;vertical-align:top;background:{{ color }};color:#fff;padding:10px">
<div style="font-size:12pt" class="b">{{ v_name }}</div><div style="font-size:7.2pt;margin-top:6px">{{ v_addr }}</div><div style="font-size:7.2pt;margin-top:6px">Tél. +241 {{ tel }}</div>
<div style="font-size:7.2pt;margin-top:6px">NIF : {{ nif }}<br>RCCM : GA-LBV-{{ rccm }}</div>
<div style="margin-top:26px;font-size:7.2pt">{% for k, v in meta %}<div style="margin-top:6px">{{ k }}<br><b>{{ v }}</b></div>{% endfor %}</div></td>
<td style="padding-left:16px;vertical-align:top"><div style="font-size:18pt;color:{{ color }}" class="b">FACTURE {{ no }}</div>
<div style="margin-top:10px;border:1px solid #bbb;padding:7px"><div class="small">Facturé à</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Gabon</div>
<div style="margin-top:8px">Objet : {{ objet }} – contrat d'entretien n° {{ contract }}</div>
<table class="it"><tr style="background:#f0f0f0"><th style="text-align:left">Désignation</th><th>Qté</th><th>Unité</th><th class="r">Prix unitaire</th><th class="r">Total HT</th></tr>
{% for it in items %}<tr style="border-bottom:1px dotted #aaa"><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px"><tr><td style="padding:2px 12px">Montant HT</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 12px">TVA 18 %</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:4px 12px;border-top:2px solid {{ color }}" class="b">Montant TTC</td><td class="r b" style="border-top:2px solid {{ color }};padding:4px 0">{{ total }} {{ cur }}</td></tr></table>
<div style="margin-top:10px">Arrêtée la présente facture à la somme de <b>{{ words }} francs CFA</b> toutes taxes comprises.</div>
<div style="margin-top:14px" class="small">Interventions du mois : {% for a, b in visits %}{{ a }} ({{ b }}){% if not loop.last %}, {% endif %}{% endfor %}.</div>
<div style="margin-top:14px;border-top:1px solid #ccc;padding-top:5px">{% if term %}Conditions de paiement : {{ term }}. {% endif %}Virement à {{ bank }}, RIB {{ rib }}.</div></td></tr></table>
</body></html>"""
    meta = [("Date", fd(d))]
    if po:
        meta.append(("Bon de commande", po))
    if due:
        meta.append(("Date d'échéance", fd(due)))
    meta.append(("Code client", f"C{rng.randint(1000, 9999)}"))
    visits = [(x.strftime("%d/%m"), rng.choice(["préventif", "dépannage", "contrôle étanchéité"])) for x in sorted(d - dt.timedelta(days=rng.randint(3, 40)) for _ in range(rng.randint(2, 5)))]
    money = lambda x: sp(x, 0)  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"0{rng.randint(1, 7)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", nif=nif, rccm=f"{rng.randint(2005, 2022)}-B-{rng.randint(10000, 99999)}",
        meta=meta, no=no, b_name=bname, b_addr=baddr, objet=rng.choice(["maintenance des installations frigorifiques", "entretien et dépannage des chambres froides"]), contract=contract,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), cur=cur, words=fr_words(total), visits=visits, term=term,
        bank=rng.choice(["BGFIBank Gabon", "UGB", "Orabank Gabon", "BICIG"]), rib=f"{digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}",
    )
    notes = (
        "Gabonese refrigeration contractor's FACTURE in French with a coloured left sidebar: vendor = the company name (SARL/SA) in the sidebar; vendor tax id = 'NIF' (6 digits, a space and a letter, no public checksum: random); the RCCM, the client code, the maintenance contract and the RIB are decoys. "
        "invoice_number = the number after 'FACTURE'" + (" (printed 'FACTURE N° ...'; the truth omits 'N° ')" if no != no_val else "") + "; invoice_date = 'Date' in the sidebar (" + ["dd/mm/yyyy", "dd-mm-yyyy", "'12 mars 2026'", "dd/mm/yyyy"][i] + "); the intervention dates are decoys. "
        + ("due = \"Date d'échéance\" (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + f"subtotal = 'Montant HT'; tax = 'TVA 18 %' (rounded to the franc); total = 'Montant TTC'; the amount in words repeats it. Currency XAF (printed '{cur}'), whole francs '1 234 567'. Line items: every row (quantity = months, kg, units, hours, 'forfait')."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no_val, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XAF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, no, po, vname, cur], (html, ctx)


# =========================================================================== 04 Isle of Man print works (GB VAT no., VAT 20 %, £)
IM_V = [("Manx Print Works Ltd", "Unit 4, Spring Valley Industrial Estate, Douglas, Isle of Man IM2 2QR", "#a0142b"),
        ("Castletown Press Ltd", "Mill Road, Castletown, Isle of Man IM9 1AB", "#1c4a7e"),
        ("Ramsey Print & Design Ltd", "Bowring Road, Ramsey, Isle of Man IM8 2LQ", "#2f6d3a"),
        ("Peel Litho Ltd", "Mill Road, Peel, Isle of Man IM5 1TA", "#222222")]
IM_B = [("Isle of Man Steam Packet Company Ltd", "Imperial Buildings, Douglas IM1 2BY"), ("Tynwald Mills Retail Ltd", "St John's IM4 3AD"),
        ("Manx Wildlife Gifts Ltd", "Victoria Street, Douglas IM1 2LD"), ("Laxey Woollen Mills Ltd", "Glen Road, Laxey IM4 7AR")]
IM_WORK = [
    ("A5 leaflets, 4pp, 150gsm silk, full colour both sides, folded", 1000, 20000, "0.04", "0.12"),
    ("A4 posters, 170gsm gloss, full colour", 50, 1000, "0.35", "1.20"),
    ("Business cards, 400gsm matt laminated, 2 names", 500, 2000, "0.03", "0.08"),
    ("Timetable booklets A6, 32pp + cover, saddle stitched", 1000, 10000, "0.25", "0.70"),
    ("Roller banners 850 x 2000 mm with stand", 1, 6, "55.00", "95.00"),
    ("Carbonless order pads A5, duplicate, numbered, 50 sets", 10, 100, "4.50", "9.00"),
]


@style("04", "im_print_works_vat")
def s04(rng, i):
    vname, vaddr, color = IM_V[i]
    bname, baddr = IM_B[i]
    d = rand_date(rng)
    items = []
    for desc, qlo, qhi, lo, hi in rng.sample(IM_WORK, rng.randint(3, 5)):
        q = D(rng.randint(qlo // 50 if qlo >= 50 else qlo, qhi // 50 if qlo >= 50 else qhi) * (50 if qlo >= 50 else 1))
        p = exact_price(rng, q, D(lo), D(hi), D("0.001") if q >= 1000 else D("0.01"))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p)})
    artwork = i in (1, 2)
    if artwork:
        h = D(rng.randint(2, 12)) / 2
        p = D(rng.choice([35, 40, 45, 50]))
        items.append({"desc": "Artwork and typesetting, proofs by PDF", "qty": h, "price": p, "amount": q2(h * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    vatno = valid(rng, lambda: "GB000" + digits(rng, 6), _gbvat.is_valid)
    vat_p = f"GB 000 {vatno[5:9]} {vatno[9:]}"
    no = [f"{rng.randint(30000, 39999)}", f"CP{rng.randint(1000, 9999)}", f"INV{rng.randint(100000, 199999)}", f"PL-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d.%m.%y")][i]
    eom = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    due = [None, d + dt.timedelta(days=30), None, (eom + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)][i]
    term = ["30 days end of month", "", "Strictly 14 days", ""][i]
    po = [f"PO{rng.randint(40000, 49999)}", None, f"TM/{rng.randint(100, 999)}", f"{rng.randint(7000, 7999)}"][i]
    job = f"J{rng.randint(10000, 29999)}"
    html = html_head(margin="12mm 14mm", fs="8.4pt") + """
<table style="width:100%"><tr><td><div style="font-family:'DejaVu Serif',serif;font-size:19pt;color:{{ color }}" class="b">{{ v_name }}</div><div class="small">{{ v_addr }}<br>Tel 01624 {{ tel }} · accounts@{{ dom }}.im</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:13pt" class="b">VAT INVOICE</div><div class="small">VAT Reg No. {{ vat }}</div></td></tr></table>
<hr style="border:0;border-top:3px solid {{ color }}">
<table style="width:100%;margin-top:6px"><tr><td style="width:50%"><b>Invoice to:</b><br>{{ b_name }}<br>{{ b_addr }}</td>
<td><table style="margin-left:auto;border:1px solid #bbb">{% for k, v in meta %}<tr><td style="padding:2px 8px;background:#f4f4f4;border-bottom:1px solid #ddd">{{ k }}</td><td style="padding:2px 8px;border-bottom:1px solid #ddd" class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Job</th><th style="text-align:left">Description</th><th class="r">Quantity</th><th class="r">Unit price</th><th class="r">Net £</th><th class="c">VAT</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ job }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">S</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><table style="border:1px solid #ccc;font-size:7.4pt"><tr style="background:#f4f4f4"><td style="padding:2px 6px">VAT code</td><td style="padding:2px 6px">Rate</td><td style="padding:2px 6px" class="r">Goods</td><td style="padding:2px 6px" class="r">VAT</td></tr>
<tr><td style="padding:2px 6px">S</td><td style="padding:2px 6px">20.00%</td><td style="padding:2px 6px" class="r">{{ net }}</td><td style="padding:2px 6px" class="r">{{ tax }}</td></tr></table></td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Total net amount</td><td class="r">£{{ net }}</td></tr><tr><td style="padding:2px 10px">Total VAT amount</td><td class="r">£{{ tax }}</td></tr>
<tr><td style="padding:4px 10px;border-top:1px solid #333;border-bottom:3px double #333" class="b">Invoice total</td><td class="r b" style="border-top:1px solid #333;border-bottom:3px double #333">£{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px">{% if term %}<b>Terms:</b> {{ term }}. {% endif %}Payment by BACS to {{ bank }}, sort code {{ sort }}, account {{ acct }}, quoting invoice number.</div>
<div class="small" style="margin-top:8px">Goods remain the property of {{ v_name }} until paid in full. Delivered {{ deliv }}.</div>
<div class="small" style="position:fixed;bottom:0;width:100%;text-align:center">Registered in the Isle of Man No. {{ coreg }}C · VAT Reg No. {{ vat }}</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice date / tax point", fd(d))]
    if po:
        meta.append(("Your order no.", po))
    if due:
        meta.append(("Due date", fd(due)))
    meta.append(("Account", f"{bname.split()[0].upper()[:4]}0{rng.randint(1, 9)}"))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=digits(rng, 6), dom=vname.split()[0].lower(), vat=vat_p, b_name=bname, b_addr=baddr, meta=meta, job=job,
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "p": (en(it["price"], 3) if it["price"] < 1 else en(it["price"])), "a": en(it["amount"])} for it in items],
        net=en(net), tax=en(tax), total=en(total), term=term, bank=rng.choice(["Isle of Man Bank", "Barclays Isle of Man", "Conister Bank", "Lloyds Bank International"]),
        sort=f"55-{digits(rng, 2)}-{digits(rng, 2)}", acct=digits(rng, 8), deliv=(d - dt.timedelta(days=rng.randint(0, 6))).strftime("%d/%m/%Y"), coreg=f"{rng.randint(100000, 139999):06d}",
    )
    notes = (
        "Manx printing works' VAT INVOICE in English: vendor = the company name (Ltd) at the top left; vendor tax id = 'VAT Reg No.' printed 'GB 000 1234 56' (Isle of Man numbers share the UK's GB format and start 000; valid under python-stdnum's gb.vat; the truth is as printed, with its spaces); the company registration number, the job number, the account code and the bank details are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date / tax point' (" + ["'12 March 2026'", "dd/mm/yyyy", "dd Mon yyyy", "dd.mm.yy"][i] + "); the delivery date is a decoy. "
        + ("due = 'Due date' (" + ("30 days" if i == 1 else "end of the following month") + "). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your order no.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total net amount'; tax = 'Total VAT amount' (20%); total = 'Invoice total'; the VAT analysis repeats the net and the VAT. Currency GBP ('£'). Amounts '1,234.56', unit prices under £1 to three decimals. Line items: every row (quantity = copies, sets, hours)."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="GBP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg No. " + vat_p, no, po, vname, "£"], (html, ctx)


# =========================================================================== 05 French Polynesia AC installer (N° TAHITI, TVA 16 % goods / 13 % services, XPF)
PF_V = [("Tahiti Clim Services SARL", "Zone industrielle de la Punaruu, BP 38112, 98713 Papeete", "#0b7285"),
        ("Polyfroid SAS", "Route de l'Aéroport, Faa'a, BP 60541, 98702 Faa'a", "#5f3dc4"),
        ("Moorea Climatisation SARL", "PK 5 côté mer, Maharepa, 98728 Moorea", "#2b8a3e"),
        ("Raiatea Froid & Clim EURL", "Uturoa, BP 812, 98735 Uturoa, Raiatea", "#c2410c")]
PF_B = [("SAS Hôtel Lagon Bleu", "Punaauia, Tahiti"), ("SARL Pharmacie de Pirae", "Avenue Pouvanaa a Oopa, Pirae"),
        ("SCI Résidence Te Moana", "Arue, Tahiti"), ("SARL Restaurant Le Motu", "Uturoa, Raiatea")]
PF_GOODS = [("Climatiseur split mural inverter 12 000 BTU", "u", 1, 6, 95000, 145000), ("Climatiseur split mural inverter 18 000 BTU", "u", 1, 4, 140000, 210000),
            ("Cassette 4 voies 24 000 BTU", "u", 1, 3, 260000, 380000), ("Liaison frigorifique cuivre isolé 1/4 - 3/8", "m", 5, 40, 2500, 4500),
            ("Support mural galvanisé et plots anti-vibratiles", "u", 1, 6, 6500, 12000)]
PF_SVC = [("Pose et mise en service split mural", "u", 1, 6, 25000, 45000), ("Tirage de liaison et raccordement électrique", "forfait", 1, 1, 30000, 80000),
          ("Entretien annuel (nettoyage filtres, contrôle pression)", "u", 1, 12, 8000, 14000), ("Déplacement technicien", "forfait", 1, 1, 5000, 15000)]


@style("05", "pf_climatisation_tva_services")
def s05(rng, i):
    vname, vaddr, color = PF_V[i]
    bname, baddr = PF_B[i]
    d = rand_date(rng)
    items = []
    for cat, rate in ((PF_GOODS, 16), (PF_SVC, 13)):
        for desc, unit, qlo, qhi, lo, hi in rng.sample(cat, rng.randint(2, 3)):
            q = D(rng.randint(qlo, qhi))
            items.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo // 100, hi // 100) * 100), "rate": rate})
    for it in items:
        it["amount"] = it["qty"] * it["price"]
    net = sum(it["amount"] for it in items)
    b16 = sum(it["amount"] for it in items if it["rate"] == 16)
    b13 = net - b16
    t16, t13 = q0(b16 * D("0.16")), q0(b13 * D("0.13"))
    tax = t16 + t13
    total = net + tax
    tahiti = f"{rng.choice('ABCDEFGH')}{digits(rng, 5)}"
    no = [f"FC{d.year}{rng.randint(1000, 9999)}", f"{rng.randint(2000, 8999)}", f"F-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"RFC{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    term = ["Règlement à réception", "", "", "Paiement à 30 jours"][i]
    po = [None, f"CMD {rng.randint(100, 999)}", None, f"BC{rng.randint(10000, 99999)}"][i]
    sumrow = i in (0, 2)  # a 'Total TVA' row on two documents; the other two print only the two rates
    cur = ["XPF", "F CFP", "FCFP", "XPF"][i]
    devis = f"D{d.strftime('%y')}-{rng.randint(100, 999)}"
    html = html_head(margin="12mm 13mm", fs="8.2pt") + """
<div style="border-bottom:4px solid {{ color }};padding-bottom:6px"><table style="width:100%"><tr><td><div style="font-size:15pt;color:{{ color }}" class="b">{{ v_name }}</div><div>Climatisation · Froid · Ventilation</div><div class="small">{{ v_addr }} · Tél. 40 {{ tel }} · N° TAHITI {{ tahiti }} · RCS Papeete {{ rcs }}</div></td>
<td style="text-align:right"><div style="font-size:22pt;color:#ccc" class="b">FACTURE</div></td></tr></table></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:48%;vertical-align:top"><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="border-left:3px solid {{ color }};padding-left:10px"><b>{{ b_name }}</b><br>{{ b_addr }}<br>Polynésie française</td></tr></table>
<div style="margin-top:8px">Chantier : {{ site }} – suivant devis n° {{ devis }} accepté.</div>
<table class="it"><tr style="background:#f1f3f5"><th style="text-align:left">Réf.</th><th style="text-align:left">Désignation</th><th class="r">Qté</th><th>U</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e9ecef"><td>{{ it.ref }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><table style="font-size:7.4pt;border:1px solid #ccc"><tr style="background:#f1f3f5"><td style="padding:2px 6px">Taux</td><td style="padding:2px 6px" class="r">Base HT</td><td style="padding:2px 6px" class="r">Montant TVA</td></tr>
<tr><td style="padding:2px 6px">16 % (biens)</td><td style="padding:2px 6px" class="r">{{ b16 }}</td><td style="padding:2px 6px" class="r">{{ t16 }}</td></tr><tr><td style="padding:2px 6px">13 % (services)</td><td style="padding:2px 6px" class="r">{{ b13 }}</td><td style="padding:2px 6px" class="r">{{ t13 }}</td></tr></table>
<div class="small" style="margin-top:8px">Garantie pièces 2 ans, main-d'œuvre 1 an à compter de la mise en service.</div></td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Total HT</td><td class="r">{{ net }}</td></tr>
{% if sumrow %}<tr><td style="padding:2px 10px">Total TVA</td><td class="r">{{ tax }}</td></tr>{% else %}<tr><td style="padding:2px 10px">TVA 16 %</td><td class="r">{{ t16 }}</td></tr><tr><td style="padding:2px 10px">TVA 13 %</td><td class="r">{{ t13 }}</td></tr>{% endif %}
<tr style="background:{{ color }};color:#fff"><td style="padding:5px 10px" class="b">Total TTC {{ cur }}</td><td class="r b" style="padding:5px 8px">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px;border:1px dashed #999;padding:6px">{% if term %}{{ term }}. {% endif %}Virement : {{ bank }} – IBAN {{ iban }} – BIC {{ bic }}</div>
<div class="small" style="margin-top:10px;text-align:center">Māuruuru roa ! – {{ v_name }}</div>
</body></html>"""
    meta = [("Facture n°", no), ("Date", fd(d))]
    if po:
        meta.append(("Bon de commande", po))
    if due:
        meta.append(("Échéance", fd(due)))
    bank, bcode = rng.choice([("Banque de Tahiti", "12239"), ("Banque Socredo", "17469"), ("Banque de Polynésie", "12149")])
    ib = iban("FR", bcode + digits(rng, 5) + digits(rng, 11) + digits(rng, 2))
    money = lambda x: sp(x, 0)  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(40, 59)} {rng.randint(10, 99)} {rng.randint(10, 99)}", tahiti=tahiti, rcs=f"{rng.randint(1995, 2022)} B {rng.randint(1000, 99999)}",
        meta=meta, b_name=bname, b_addr=baddr, site=rng.choice(["bureaux et réserve", "chambres 101 à 112", "officine et local technique", "salle de restaurant"]), devis=devis,
        items=[{"ref": f"{'CL' if it['rate'] == 16 else 'MO'}{k + 1:02d}", "desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "rate": it["rate"], "a": money(it["amount"])} for k, it in enumerate(items)],
        b16=money(b16), b13=money(b13), t16=money(t16), t13=money(t13), net=money(net), tax=money(tax), total=money(total), sumrow=sumrow, cur=cur, term=term, bank=bank, iban=iban_fmt(ib), bic=rng.choice(["BTAHPFPP", "SOCRPFTP", "BPOLPFTP"]),
    )
    notes = (
        "French Polynesian air-conditioning installer's FACTURE in French: vendor = the company name (SARL/SAS/EURL) at the top; vendor tax id = 'N° TAHITI' (a letter and 5 digits, the shape is the author's guess; random); the RCS number, the quote number and the IBAN are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yy", "dd-mm-yyyy"][i] + "). "
        + ("due = 'Échéance' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = " + ("'Total TVA' (TVA 16 % on the units and materials plus TVA 13 % on the services, each rounded to the franc)" if sumrow else "the sum of 'TVA 16 %' (goods) and 'TVA 13 %' (services), each rounded to the franc; no row prints the sum") + "; total = 'Total TTC'; the VAT analysis table (bases and amounts per rate) is a decoy. "
        f"Currency XPF (printed '{cur}'), whole francs '1 234 567'. Line items: every row (quantity = units, metres, 'forfait')."
    )
    t = T(vendor_name=vname, vendor_tax_id=tahiti, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XPF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    printed = [fd(d), fd(due) if due else None, "N° TAHITI " + tahiti, no, po, vname, cur]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(t16), mt(t13)]}), (html, ctx)
