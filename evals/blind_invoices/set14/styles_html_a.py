"""Chromium (HTML) styles for set 14, part A (05 Malagasy veterinary clinic facture with the animals treated, a
deposit and TVA 20 % in whole ariary, 08 Papua New Guinean hotel's conference package tax invoice with delegate days,
room nights and a deposit, 09 Rwandan tutoring school's monthly fee invoice with exempt tuition beside taxed transport
and meals and a parent's statement)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import T, css, digits, en, exact_price, li, mt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS, items_from
from kit_words import en_words_title, fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 05 Malagasy veterinary clinic facture (NIF, STAT, TVA 20 %, whole ariary)
MG_V = [
    ("Clinique Vétérinaire d'Ivandry SARL", "Lot II J 161 Ivandry, 101 Antananarivo", "#1d6b5a", "Antananarivo"),
    ("Cabinet Vétérinaire du Vakinankaratra SARLU", "Rue Jean Ralaimongo, Lot 45 B, 110 Antsirabe", "#8a3b12", "Antsirabe"),
    ("Centre Vétérinaire Avotra SA", "Route d'Ambohimanambola, Lot VA 12, 103 Antananarivo", "#27477a", "Antananarivo"),
    ("Clinique Vétérinaire de l'Alaotra SARL", "Avenue de l'Indépendance, 503 Ambatondrazaka", "#6b2d6b", "Ambatondrazaka"),
]
MG_B = [
    ("Ferme Laitière de Mahitsy SA", "RN4, PK 24, Mahitsy"),
    ("Mme Hanitra Rasoanaivo", "Lot IVF 22 Ambohijatovo, Antsirabe"),
    ("Avicole Tsara Akoho SARL", "Zone industrielle Forello, Tanjombato"),
    ("Coopérative Ombimanga de l'Alaotra", "Fokontany Amparafaravola, Ambatondrazaka"),
]
MG_ANIMALS = [
    ["Vache Holstein « Soa », boucle MG-AN-0417", "Vache Pie rouge « Fara », boucle MG-AN-0522", "Veau mâle, boucle MG-AN-0933"],
    ["Chien Berger allemand « Rex », 6 ans, puce 450228000123456"],
    ["Lot de poules pondeuses, bâtiment B2 (4 200 sujets)"],
    ["Zébus de trait (troupeau n° 12, 9 têtes)", "Taureau reproducteur, boucle AL-1187"],
]
MG_ACTS = [
    ("Consultation à la clinique", "acte", 25000, 60000, 1, 2), ("Visite en élevage (déplacement inclus jusqu'à 20 km)", "visite", 60000, 150000, 1, 2),
    ("Frais kilométriques au-delà de 20 km", "km", 1500, 3000, 12, 80), ("Vaccination (vaccin fourni)", "dose", 6000, 18000, 2, 40),
    ("Déparasitage interne (ivermectine)", "dose", 3500, 9000, 2, 30), ("Échographie", "acte", 45000, 90000, 1, 2),
    ("Hospitalisation", "jour", 30000, 70000, 1, 5), ("Antibiotique injectable (oxytétracycline LA)", "flacon", 18000, 42000, 1, 6),
    ("Analyses de laboratoire (coproscopie, hématologie)", "analyse", 20000, 55000, 1, 4), ("Chirurgie – suture de plaie sous anesthésie locale", "acte", 80000, 180000, 1, 1),
]
S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:10px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.6pt;text-align:left} table.it th.r{text-align:right}
table.it td{padding:4px;border-bottom:1px solid #d5d5d5} table.tot{margin-left:auto;margin-top:8px;min-width:80mm} table.tot td{padding:3px 6px} .small{font-size:7.2pt;color:#555} .box{border:1px solid #bbb;padding:6px 8px;border-radius:3px}
.grp td{background:#f1f5f3;font-weight:bold;font-size:7.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:56%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tél. {{ tel }} · {{ mail }}</div>
<div class="small" style="margin-top:3px">NIF : {{ nif }} · STAT : {{ stat }}<br>RCS {{ rcs }} · Dr {{ vet }}, docteur vétérinaire, inscrit à l'Ordre n° {{ ordre }}</div></td>
<td style="vertical-align:top;text-align:right"><div class="hd" style="font-size:20pt;font-weight:bold;letter-spacing:2px">FACTURE</div>
<table style="margin-left:auto;margin-top:4px">{% for k, v in meta %}<tr><td class="small" style="padding:1px 6px">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td class="box" style="width:48%"><div class="small">Facturé à</div><b>{{ b_name }}</b><br>{{ b_addr }}{% if b_nif %}<br>NIF client : {{ b_nif }}{% endif %}<br>Code client : {{ b_code }}</td><td style="width:3%"></td>
<td class="box"><div class="small">Animaux traités</div>{% for a in animals %}<div>• {{ a }}</div>{% endfor %}<div class="small" style="margin-top:3px">Date(s) d'intervention : {{ visit }}</div></td></tr></table>
<table class="it"><tr><th>Désignation</th><th>Unité</th><th class="r">Qté</th><th class="r">P.U. HT (Ar)</th><th class="r">Montant HT (Ar)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr{% if b %} style="background:#eef2f0"{% endif %}><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:8px">Arrêtée la présente facture à la somme de : <i>{{ words }}</i></div>
{% if dep %}<table class="tot" style="border-top:1px dashed #999;margin-top:6px">{% for k, v in dep %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>{% endif %}
<div class="box" style="margin-top:12px"><b>Règlement</b> : {{ terms }}<br>Virement : {{ bank }} – RIB {{ rib }} · Mobile money MVola {{ mvola }} (référence : n° de facture)</div>
<div class="small" style="margin-top:22px;border-top:1px solid #ccc;padding-top:4px;text-align:center">{{ v_name }} – capital {{ capital }} Ar – NIF {{ nif }} – STAT {{ stat }} – Page 1/1</div>
</body></html>"""
)


@style("05", "mg_facture_clinique_veterinaire")
def s05(rng, i):
    vname, vaddr, color, city = MG_V[i]
    bname, baddr = MG_B[i]
    d = rand_date(rng)
    items = items_from(rng, MG_ACTS, rng.randint(4, 7), step=D("500"))
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.20"))
    total = net + tax
    nif = digits(rng, 10, True)
    b_nif = digits(rng, 10, True) if i != 1 else None
    stat = f"{rng.choice(['75000', '75001'])} {rng.randint(11, 33)} {rng.randint(2005, 2022)} 0 {rng.randint(100, 9999):05d}"
    no = [f"FV-{d.year}-{rng.randint(100, 2999):04d}", f"{rng.randint(1000, 9999)}/{str(d.year)[2:]}", f"AV{d.strftime('%y%m')}{rng.randint(100, 999)}", f"FACT {rng.randint(100, 999)}-{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 30][i]) if i != 1 else None
    po = [None, None, f"BC-{rng.randint(1000, 9999)}", f"OMB/{d.year}/{rng.randint(10, 99)}"][i]
    visit = d - dt.timedelta(days=rng.randint(1, 12))
    money = lambda x: sp(x, 0)  # noqa: E731
    meta = [("N° facture", no), ("Date de facture", fd(d))]
    if due:
        meta.append(("Date d'échéance", fd(due)))
    if po:
        meta.append(("Bon de commande", po))
    meta.append(("Dossier", f"DOS-{rng.randint(1000, 9999)}"))
    tots = [("Total HT", f"{money(net)} Ar", False), ("TVA 20 %", f"{money(tax)} Ar", False), ("Total TTC", f"{money(total)} Ar", True)]
    dep = []
    if i in (0, 3):
        acompte = q0(total * D(rng.choice([20, 30, 40])) / 100 / 1000) * 1000
        dep = [(f"Acompte versé le {fd(visit)} (reçu n° {rng.randint(100, 999)})", f"{money(acompte)} Ar"), ("Reste à payer", f"{money(total - acompte)} Ar")]
    terms = f"à régler au plus tard le {fd(due)}" if due else "paiement à réception de la facture"
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"+261 {rng.choice(['20', '34', '32', '33'])} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)}",
        mail=["accueil@ivandry-vet.mg", "cabinet.vakinankaratra@gmail.com", "contact@avotra-veto.mg", "clinique.alaotra@moov.mg"][i], nif=nif, stat=stat,
        rcs=f"{city} {rng.randint(2005, 2022)} B {rng.randint(100, 999):05d}", vet=rng.choice(["Rakotomalala Haja", "Andrianjafy Mamy", "Razafindrabe Lova", "Ramanantsoa Fetra"]), ordre=rng.randint(100, 999),
        meta=meta, b_name=bname, b_addr=baddr, b_nif=b_nif, b_code=f"CL{rng.randint(1000, 9999)}", animals=MG_ANIMALS[i], visit=fd(visit),
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        tots=tots, words=f"{fr_words(int(total))} ariary".capitalize(), dep=dep, terms=terms,
        bank=rng.choice(["BNI Madagascar", "BFV-Société Générale", "BOA Madagascar", "BMOI"]), rib=f"{rng.choice(['00005', '00008', '00009', '00004'])} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}",
        mvola=f"034 {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)}", capital=sp(D(rng.choice([2, 5, 10, 20])) * 1000000, 0),
    )
    notes = (
        "Malagasy veterinary clinic FACTURE: vendor = the legal name at the top; vendor tax id = 'NIF' (10 digits, no public checksum: random); the STAT number, RCS, the vet's Order number, "
        + ("the client's NIF, " if b_nif else "")
        + "the client code, dossier number, ear tags, microchip and RIB are decoys. invoice_number = 'N° facture'; invoice_date = 'Date de facture' ("
        + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the intervention date is a decoy. "
        + ("due = \"Date d'échéance\". " if due else "'paiement à réception de la facture' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 20 %'; total = 'Total TTC'"
        + ("; the deposit ('Acompte versé') and 'Reste à payer' below the amount in words are decoys" if dep else "")
        + ". Currency MGA ('Ar', ariary; whole amounts grouped with spaces '1 234 000'). The amount in words repeats the total. Line items: every row (amount = 'Montant HT'; quantity 'Qté')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MGA", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, nif, no, po, vname, "Ar"]}, (S05_HTML, ctx)


# =========================================================================== 08 Papua New Guinean hotel conference package (brand over legal name, GST 10 %, deposit)
PG_V = [
    ("Harbourside Grand Port Moresby", "Coral Coast Hotels Limited", "Section 54, Allotment 12, Ela Beach Road, Town, Port Moresby NCD", "#0d3b66"),
    ("Highlander Lodge & Conference Centre", "Western Highlands Lodges Limited", "Okuk Highway, Mount Hagen, Western Highlands Province", "#3b5d23"),
    ("Bayview Resort Madang", "Madang Bay Resorts Limited", "Modilon Road, Madang, Madang Province", "#00697a"),
    ("Kokopo Beach Conference Centre", "Gazelle Peninsula Hotels Ltd", "Williams Road, Kokopo, East New Britain Province", "#7a2e1f"),
]
PG_B = [
    ("Kumul Mining Services Limited", "Level 4, Deloitte Tower, Douglas Street, Port Moresby"),
    ("Highlands Coffee Growers Association Inc.", "PO Box 882, Goroka, Eastern Highlands Province"),
    ("Department of Agriculture and Livestock – Momase Region", "PO Box 2141, Lae, Morobe Province"),
    ("Pacific Health Partners (PNG) Limited", "Section 38, Lot 7, Waigani Drive, Port Moresby"),
]
PG_EVENTS = ["Annual Safety & Operations Conference", "Coffee Quality Forum", "Regional Extension Officers Workshop", "Clinical Governance Summit"]


@style("08", "pg_hotel_conference_package")
def s08(rng, i):
    brand, vname, vaddr, color = PG_V[i]
    bname, baddr = PG_B[i]
    d = rand_date(rng)
    pax = rng.randint(18, 120)
    days = rng.randint(1, 3)
    ev_end = d - dt.timedelta(days=rng.randint(0, 5))
    ev_start = ev_end - dt.timedelta(days=days - 1)
    items = []

    def add(desc, q, lo, hi, step=D("0.50")):
        q = D(q)
        p = exact_price(rng, q, D(lo), D(hi), step)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p)})

    add(f"Full-day delegate package ({pax} delegates x {days} day{'s' if days > 1 else ''}) – plenary room, 2 tea breaks, buffet lunch, basic AV", pax * days, 140, 235)
    rn = rng.randint(pax // 3, pax) * days
    add("Accommodation – Deluxe room, single occupancy, bed & breakfast (room nights)", rn, 420, 690, D("5"))
    if rng.random() < 0.75:
        add("Gala dinner – three-course plated menu (covers)", rng.randint(pax // 2, pax), 85, 165)
    if rng.random() < 0.6:
        add("Additional AV – LED screen, PA system and technician (days)", days, 650, 1600, D("10"))
    if rng.random() < 0.6:
        add("Breakout room hire (room-days)", rng.randint(1, 3) * days, 350, 900, D("10"))
    if rng.random() < 0.5:
        add("Airport transfers, return (passengers)", rng.randint(4, pax // 2 + 4), 60, 130)
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    tin = "50" + digits(rng, 7)
    b_tin = "50" + digits(rng, 7)
    no = [f"TI-{rng.randint(100000, 999999)}", f"HLC/{d.year}/{rng.randint(100, 999)}", f"BRM{rng.randint(10000, 99999)}", f"KBCC-INV-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%a %d %b %Y")][i]
    due = d + dt.timedelta(days=[14, 0, 30, 7][i]) if i != 1 else None
    po = [None, f"HCGA-PO-{rng.randint(100, 999)}", f"DAL-LPO-{rng.randint(10000, 99999)}", None][i]
    money = lambda x: en(x)  # noqa: E731
    meta = [("Tax Invoice No.", no), ("Invoice Date", fd(d)), ("Folio No.", str(rng.randint(400000, 499999))), ("Booking Ref.", f"GRP{rng.randint(1000, 9999)}")]
    if po:
        meta.append(("Purchase Order No.", po))
    meta.append(("Due Date", fd(due)) if due else ("Terms", "Balance payable on departure"))
    tots = [("Subtotal (excl. GST)", f"K {money(net)}", False), ("GST 10%", f"K {money(tax)}", False), ("TOTAL (PGK) incl. GST", f"K {money(total)}", True)]
    dep = []
    if i in (0, 2):
        depo = q2(total * D(rng.choice([25, 30, 50])) / 100)
        dep = [(f"Less: deposit received {fd(ev_start - dt.timedelta(days=rng.randint(10, 40)))} (receipt R{rng.randint(10000, 99999)})", f"K {money(depo)}"), ("Balance due", f"K {money(total - depo)}")]
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 14mm", font="'DejaVu Serif',serif", fs="8.5pt")
        + """
.hd{color:{{ color }}} .sans{font-family:'DejaVu Sans',sans-serif} table.it{width:100%;margin-top:10px;font-family:'DejaVu Sans',sans-serif;font-size:8pt} table.it th{border-top:2px solid {{ color }};border-bottom:1px solid {{ color }};padding:4px;text-align:left} table.it th.r{text-align:right}
table.it td{padding:4px;border-bottom:1px dotted #aaa} table.tot{margin-left:auto;margin-top:6px;font-family:'DejaVu Sans',sans-serif} table.tot td{padding:3px 6px} .small{font-size:7pt;color:#555} .band{background:{{ color }};color:#fff;padding:8px 12px}
</style></head><body>
<div class="band"><span style="font-size:18pt;letter-spacing:1px">{{ brand }}</span><span style="float:right;font-size:13pt;margin-top:5px" class="sans">TAX INVOICE</span></div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%"><b>{{ v_name }}</b><br>{{ v_addr }}<br>Papua New Guinea<br><span class="small">IPA Company No. {{ ipa }} · TIN / GST Reg. No. {{ tin }}</span></td>
<td style="vertical-align:top"><table style="margin-left:auto" class="sans">{% for k, v in meta %}<tr><td class="small" style="padding:1px 6px">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:10px;border:1px solid #ccc" class="sans"><tr><td style="padding:6px;width:50%"><span class="small">Bill to</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>TIN {{ b_tin }}<br>Attn: {{ attn }}</td>
<td style="padding:6px;border-left:1px solid #ccc"><span class="small">Event</span><br><b>{{ event }}</b><br>Event dates: {{ ev }}<br>Delegates: {{ pax }} · Venue: {{ room }}<br>Event order: BEO-{{ beo }}</td></tr></table>
<table class="it"><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price (K)</th><th class="r">Amount (K)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="min-width:32mm">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}
{% for k, v in dep %}<tr><td class="small">{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>
<div class="sans" style="margin-top:8px">Amount in words: {{ words }}</div>
<div class="sans" style="margin-top:14px;border:1px solid #ccc;padding:6px"><b>Remit to:</b> {{ v_name }} · {{ bank }} · BSB {{ bsb }} · Account {{ acct }} · SWIFT {{ swift }}<br><span class="small">Please quote the tax invoice number with your payment. Cheques payable to {{ v_name }}.</span></div>
<div class="small" style="margin-top:24px;text-align:center">{{ brand }} is a trading name of {{ v_name }} · Thank you for choosing us for your event · Page 1 of 1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, brand=brand, v_name=vname, v_addr=vaddr, ipa=f"1-{rng.randint(10000, 99999)}", tin=tin, meta=meta, b_name=bname, b_addr=baddr, b_tin=b_tin,
        attn=rng.choice(["Ms. Grace Kila", "Mr. Peter Wari", "Mrs. Ruth Tovue", "Dr. Samuel Kaupa"]), event=PG_EVENTS[i],
        ev=f"{fd(ev_start)} – {fd(ev_end)}" if days > 1 else fd(ev_start), pax=pax, room=rng.choice(["Kumul Ballroom", "Paradise Room", "Sepik Hall", "Tolai Room"]), beo=rng.randint(1000, 9999),
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items], tots=tots, dep=dep,
        words=f"{en_words_title(int(total))} Kina and {int((total % 1) * 100):02d} Toea",
        bank=rng.choice(["Bank South Pacific", "Kina Bank", "Westpac PNG", "ANZ PNG"]), bsb=f"0{rng.randint(10000, 99999)}", acct=digits(rng, 10), swift=rng.choice(["BOSPPGPM", "KINIPGPG", "WPACPGPM", "ANZBPGPX"]),
    )
    notes = (
        "Papua New Guinean hotel's conference package TAX INVOICE: the letterhead band shows the hotel's brand; vendor = the legal name under it (the 'trading name of' footer says so); "
        "vendor tax id = 'TIN / GST Reg. No.' (9 digits, no public checksum: random); the IPA company number, the customer's TIN, folio number, booking ref., event order and bank numbers are decoys. "
        "invoice_number = 'Tax Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yyyy", "'Thu 12 Mar 2026'"][i] + "); the event dates and deposit date are decoys. "
        + ("due = 'Due Date'. " if due else "'Balance payable on departure' is a term: no due date (null). ")
        + (f"PO = 'Purchase Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal (excl. GST)'; tax = 'GST 10%'; total = 'TOTAL (PGK) incl. GST'"
        + ("; the deposit received and the 'Balance due' are decoys" if dep else "")
        + ". Currency PGK ('K', kina). Amounts '1,234.56'; the amount in words repeats the total. Line items: every row (amount = 'Amount (K)'; quantity 'Qty': delegate-days, room nights, covers, days, passengers)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="PGK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, tin, no, po, vname, "PGK"]}, (html, ctx)


# =========================================================================== 09 Rwandan tutoring school monthly fee invoice (TIN, exempt tuition, VAT 18 % on transport and meals, statement)
RW_V = [
    ("Bright Minds Learning Centre Ltd", "KG 11 Ave, No. 24, Kimihurura, Gasabo, Kigali", "#c0392b"),
    ("Umucyo Tutoring Academy Ltd", "NM 155 St, Muhoza, Musanze, Northern Province", "#1f618d"),
    ("Kigali Scholars Hub Ltd", "KN 5 Rd, No. 41, Remera, Gasabo, Kigali", "#117a65"),
    ("Ikirezi Education Services Ltd", "Avenue de la Cathédrale, Ngoma, Huye, Southern Province", "#7d3c98"),
]
RW_PAR = [
    ("Mr. Jean Claude Habimana", None), ("Mrs. Aline Uwase Mukamana", None),
    ("Mr. Eric Nshimiyimana & Mrs. Diane Ingabire", None), ("Inyange Staff Welfare Scheme Ltd (sponsor)", "TIN"),
]
RW_STU = ["Kevin Habimana Ishimwe", "Grace Uwase Iradukunda", "Olivier Nshimiyimana Mugisha; Ange Ineza Nshimiyimana", "Divine Keza Umutoni"]
RW_CAT = [
    ("Mathematics tutoring – small group (1 h sessions)", "session", 6000, 12000, 6, 16, "EX"), ("English & French language club (sessions)", "session", 4000, 8000, 4, 12, "EX"),
    ("Science practicals – lab sessions", "session", 7000, 15000, 4, 8, "EX"), ("National exam preparation (P6 / S3) – sessions", "session", 9000, 18000, 4, 10, "EX"),
    ("Learning materials pack (workbooks, past papers)", "pack", 15000, 35000, 1, 1, "B"), ("School bus transport (school days)", "day", 1500, 3000, 15, 22, "B"),
    ("Lunch – hot meal (school days)", "day", 1200, 2500, 15, 22, "B"), ("Coding club (Scratch / Python) – sessions", "session", 8000, 14000, 4, 8, "EX"),
]


@style("09", "rw_tutoring_school_monthly_fees")
def s09(rng, i):
    vname, vaddr, color = RW_V[i]
    pname, _ = RW_PAR[i]
    d = rand_date(rng)
    month = MONTHS["en"][d.month - 1] + f" {d.year}"
    cat = list(RW_CAT)
    tuition = [c for c in cat if c[6] == "EX"]
    taxed = [c for c in cat if c[6] == "B"]
    items = items_from(rng, tuition, rng.randint(2, 3), step=D("500")) + items_from(rng, taxed, rng.randint(1, 3), step=D("100"))
    for it in items:
        it["code"] = it["extra"]
    if i == 2:
        tu = sum(it["amount"] for it in items if it["code"] == "EX")
        disc = -q0(tu * D("0.10"))
        items.append({"desc": "Sibling discount – 10 % of tuition (second child)", "unit": "", "qty": None, "price": None, "amount": disc, "code": "EX", "show_qty": False})
    ex_sum = sum(it["amount"] for it in items if it["code"] == "EX")
    b_sum = sum(it["amount"] for it in items if it["code"] == "B")
    net = ex_sum + b_sum
    tax = q0(b_sum * D("0.18"))
    total = net + tax
    tin = "1" + digits(rng, 8)
    b_tin = "1" + digits(rng, 8) if i == 3 else None
    no = [f"INV/{d.year}/{d.month:02d}/{rng.randint(100, 999):04d}", f"UTA-{rng.randint(10000, 99999)}", f"KSH{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"IES/{rng.randint(100, 999)}/{d.year}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=[7, 10, 0, 14][i]) if i != 2 else None
    po = f"ISW-LPO-{rng.randint(1000, 9999)}" if i == 3 else None
    money = lambda x: en(x, 0)  # noqa: E731
    prev = D(rng.randint(0, 9) * 5000)
    paid = D(rng.randint(0, 4) * 10000) if prev else D(0)
    stmt = [("Balance brought forward", f"RWF {money(prev)}"), (f"Payments received (MoMo ref. {rng.randint(10**9, 10**10 - 1)})", f"RWF {money(paid)}"), (f"Charges for {month} (this invoice)", f"RWF {money(total)}"), ("Total amount due on account", f"RWF {money(prev - paid + total)}")]
    meta = [("Invoice No.", no), ("Invoice date", fd(d)), ("Billing month", month)]
    if po:
        meta.append(("Sponsor LPO No.", po))
    meta.append(("Payment due", fd(due)) if due else ("Payment", "before the first session of the month"))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
        + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:10px} table.it th{border-bottom:2px solid {{ color }};padding:4px;text-align:left;font-size:7.8pt} table.it th.r{text-align:right}
table.it td{padding:4px;border-bottom:1px solid #e2e2e2} table.tot{margin-left:auto;margin-top:6px;min-width:88mm} table.tot td{padding:3px 6px} .small{font-size:7.1pt;color:#555} .box{border:1px solid #ccc;padding:6px 8px}
.stmt{background:#f6f6f6;border-left:4px solid {{ color }};padding:6px 10px;margin-top:12px}
</style></head><body>
<table style="width:100%"><tr><td><div style="width:16mm;height:16mm;border-radius:8mm;background:{{ color }};color:#fff;text-align:center;line-height:16mm;font-size:15pt;font-weight:bold">{{ mono }}</div></td>
<td style="width:62%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel {{ tel }} · {{ mail }} · TIN: {{ tin }}</div><div class="small">Licensed by the Ministry of Education, REB accreditation {{ reb }}</div></td>
<td style="text-align:right;vertical-align:top"><div class="hd" style="font-size:16pt;font-weight:bold">FEE INVOICE</div><div class="small">Tax invoice for the taxable items (B)</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td class="box" style="width:48%"><div class="small">Bill to (parent / sponsor)</div><b>{{ p_name }}</b>{% if b_tin %}<br>Customer TIN: {{ b_tin }}{% endif %}<br>Student(s): {{ student }}<br>Class: {{ klass }} · Student ID: {{ sid }}</td><td style="width:3%"></td>
<td><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 6px">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Description</th><th>Tax</th><th class="r">Qty</th><th class="r">Rate (RWF)</th><th class="r">Amount (RWF)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.code }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="small">EX = exempt (education services, Law on VAT, Art. 9) · B = standard rate 18 %</div>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:6px">In words: {{ words }}</div>
<div class="stmt"><b>Parent account statement</b><table style="width:100%">{% for k, v in stmt %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table></div>
<div class="box" style="margin-top:10px"><b>How to pay</b>: MTN MoMo Pay code {{ momo }} · {{ bank }} account {{ acct }} ({{ v_name }}) · quote the Student ID.</div>
<div class="small" style="margin-top:10px;font-family:'DejaVu Sans Mono',monospace">EBM v2 · SDC ID: SDC0{{ sdc }} · RECEIPT NUMBER: {{ rcpt }} NS · MRC: WIS00{{ mrc }} · Internal data: {{ internal }}</div>
<div class="small" style="margin-top:16px;text-align:center;border-top:1px solid #ddd;padding-top:4px">{{ v_name }} · TIN {{ tin }} · Fees are payable monthly in advance · Page 1/1</div>
</body></html>"""
    )
    tots = [("Total exempt (EX)", f"RWF {money(ex_sum)}", False), ("Total taxable (B)", f"RWF {money(b_sum)}", False), ("Sub-total", f"RWF {money(net)}", False), ("VAT 18% on B", f"RWF {money(tax)}", False), (f"TOTAL {month.upper()}", f"RWF {money(total)}", True)]
    ctx = dict(
        color=color, mono="".join(w[0] for w in vname.split()[:2]), v_name=vname, v_addr=vaddr, tel=f"+250 78{digits(rng, 7)}", mail=f"accounts@{vname.split()[0].lower()}.rw", tin=tin, reb=f"REB/{rng.randint(100, 999)}/{rng.randint(2015, 2023)}",
        p_name=pname, b_tin=b_tin, student=RW_STU[i], klass=rng.choice(["P5", "P6", "S1", "S3"]), sid=f"ST{rng.randint(10000, 99999)}", meta=meta,
        items=[{"desc": it["desc"], "code": it["code"], "q": qstr(it["qty"]) if it["qty"] is not None else "", "p": money(it["price"]) if it["price"] is not None else "", "a": money(it["amount"])} for it in items],
        tots=tots, words=f"{en_words_title(int(total))} Rwandan Francs only", stmt=stmt, momo=rng.randint(100000, 999999),
        bank=rng.choice(["Bank of Kigali", "I&M Bank Rwanda", "Equity Bank Rwanda", "BPR Bank Rwanda"]), acct=f"{digits(rng, 5)}-{digits(rng, 8)}-{digits(rng, 2)}",
        sdc=digits(rng, 7), rcpt=f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)}", mrc=digits(rng, 6), internal="-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(6)),
    )
    notes = (
        "Rwandan tutoring school's monthly FEE INVOICE: vendor = the legal name in the letterhead; vendor tax id = 'TIN' (9 digits, no public checksum: random)"
        + ("; the sponsor's 'Customer TIN' is a decoy" if b_tin else "")
        + "; the REB accreditation, student ID, MoMo codes, bank account and EBM numbers (SDC ID, receipt number, MRC) are decoys. invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' ("
        + ["'12 March 2026'", "dd/mm/yyyy", "yyyy-mm-dd", "dd-Mon-yyyy"][i] + "); the billing month is no date. "
        + ("due = 'Payment due'. " if due else "'before the first session of the month' is a term: no due date (null). ")
        + (f"PO = 'Sponsor LPO No.' {po}. " if po else "No PO. ")
        + "Tuition is exempt (EX), materials, transport and meals taxed at 18 % (B): subtotal = 'Sub-total' (EX + B); tax = 'VAT 18% on B'; total = the 'TOTAL <MONTH YEAR>' row. "
        "The parent account statement (balance brought forward, payments, 'Total amount due on account') is a decoy block; its 'Charges for ...' line repeats the total. "
        "Currency RWF (whole francs, '1,234,000'). The amount in words repeats the total. Line items: every row (amount = 'Amount (RWF)'; quantity 'Qty': sessions, days, packs"
        + ("; the sibling discount row is a negative line without a quantity" if i == 2 else "") + ")."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="RWF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, tin, no, po, vname, "RWF"]}, (html, ctx)
