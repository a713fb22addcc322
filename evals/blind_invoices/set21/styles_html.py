"""Chromium (HTML) styles for set 21 (01 Grenadian fire-extinguisher servicing company's tax invoice with VAT 15 % in
EC dollars and a service register on page 2, 02 French Guiana river-transport company's facture for pirogue freight
and passengers with no TVA (CGI art. 294-1) in euros, 03 Canary Islands cleaning company's factura for holiday-
apartment turnovers grouped by complex with IGIC 7 % in euros, 04 Bonaire furniture maker's factuur in Dutch with
ABB 8 % on its own goods and 6 % on services in US dollars, 05 Palauan drinking-water delivery company's invoice with
a delivery log, bottle deposits outside PGST and PGST 10 % in US dollars)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, es_ccc
from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import en_date, fr_date, html_head, lines, rib_key, us_date
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret

STYLES, style = style_registry("chromium")


def _es(x):
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def _prev_month(d):
    return d.replace(day=1) - dt.timedelta(days=1)


# =========================================================================== 01 Grenada fire-extinguisher servicing (VAT Reg. No., VAT 15 %, EC$), service register on page 2
GD_V = [("Spice Isle Fire Protection Ltd.", "Lagoon Road, St. George's", "#c1121f"),
        ("Grand Anse Fire & Safety Services Ltd.", "Morne Rouge Road, Grand Anse, St. George", "#b5651d"),
        ("Grenville Fire Equipment Co. Ltd.", "Victoria Street, Grenville, St. Andrew", "#8d0801"),
        ("Carib Safety Systems (Grenada) Ltd.", "Frequente Industrial Park, St. George", "#264653")]
GD_B = [("Morne Rouge Beach Hotel Ltd.", "Morne Rouge, St. George"), ("Lagoon Road Supermarket Ltd.", "Lagoon Road, St. George's"),
        ("St. Andrew's Credit Union Ltd.", "Ben Jones Street, Grenville, St. Andrew"), ("Lance aux Épines Boatyard Ltd.", "Lance aux Épines, St. George")]
GD_EXTRA = [("RCH-DC", "Recharge, dry chemical ABC, 10 lb", "ea", 1, 5, 55, 85), ("RCH-CO2", "Recharge, CO2, 10 lb", "ea", 1, 3, 70, 110),
            ("HYD-CO2", "Hydrostatic test, CO2 cylinder", "ea", 1, 2, 90, 140), ("NEW-ABC", "New extinguisher, ABC 10 lb, with wall bracket", "ea", 1, 4, 210, 320),
            ("NEW-CO2", "New extinguisher, CO2 5 lb", "ea", 1, 2, 280, 390), ("BLK-12", "Fire blanket 1.2 x 1.2 m", "ea", 1, 4, 65, 95),
            ("SGN-PL", "Photoluminescent extinguisher sign", "ea", 2, 10, 18, 32), ("HOOD-WC", "Kitchen hood wet-chemical system, semi-annual inspection", "sys", 1, 1, 380, 650),
            ("CALL", "Service call-out and transport", "trip", 1, 1, 75, 180)]
GD_LOC = ["Lobby", "Reception", "Kitchen", "Pool bar", "Generator room", "Office 1", "Office 2", "Stairwell A", "Stairwell B", "Store room", "Laundry",
          "Workshop", "Fuel dock", "Boat shed", "Cash office", "Server room", "Corridor, 1st floor", "Corridor, 2nd floor", "Restaurant", "Loading bay",
          "Staff canteen", "Electrical room", "Car park", "Spa", "Gym", "Warehouse aisle 3", "Warehouse aisle 6", "Front desk store"]
GD_TYPES = [("ABC dry chem.", "10 lb"), ("ABC dry chem.", "20 lb"), ("CO2", "5 lb"), ("CO2", "10 lb"), ("Wet chemical", "6 L"), ("AFFF foam", "9 L")]


@style("01", "gd_fire_extinguisher_service_register")
def s01(rng, i):
    vname, vaddr, color = GD_V[i]
    bname, baddr = GD_B[i]
    d = rand_date(rng)
    n_units = rng.randint(8, 24)
    insp = {"code": "INSP-PE", "desc": "Annual maintenance inspection, portable extinguisher (NFPA 10)", "unit": "ea", "qty": D(n_units)}
    insp["price"] = exact_price(rng, insp["qty"], D(35), D(55), D("0.50"))
    insp["amount"] = q2(insp["qty"] * insp["price"])
    extra = []
    for code, desc, unit, qlo, qhi, lo, hi in rng.sample(GD_EXTRA, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        extra.append({"code": code, "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    items = [insp] + extra
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vat = f"{rng.randint(10, 99)}{digits(rng, 5)}"
    bizreg = f"{rng.randint(100, 999)}/{rng.randint(1995, 2019)}"
    no = [f"SIF-{rng.randint(10000, 39999)}", f"{rng.randint(2000, 8999)}", f"GFE/{d.strftime('%y')}/{rng.randint(100, 999)}", f"INV{rng.randint(100000, 199999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=14), None][i]
    term = ["", "Payment due on completion of service", "", "Payable 30 days from statement"][i]
    po = [None, f"PO-{rng.randint(4000, 9999)}", f"SACU-{rng.randint(100, 999)}", None][i]
    cur = ["EC$", "XCD", "EC$", "XCD"][i]
    served = d - dt.timedelta(days=rng.randint(1, 9))
    acct = f"C{rng.randint(1000, 4999)}"
    tech = rng.choice(["K. Charles", "M. Mitchell", "D. Noel", "R. Bartholomew", "S. Antoine"])
    locs = rng.sample(GD_LOC, n_units)
    results = ["Serviced – OK"] * n_units
    for k in rng.sample(range(n_units), min(n_units, rng.randint(1, 4))):
        results[k] = rng.choice(["Recharged", "Replaced", "Hydro-tested", "Recharged"])
    register = []
    for k in range(n_units):
        typ, size = rng.choice(GD_TYPES)
        nxt = served + dt.timedelta(days=365 if rng.random() < 0.8 else 182)
        register.append({"tag": f"{rng.randint(10000, 99999)}", "loc": locs[k], "type": typ, "size": size, "serial": f"{rng.choice(['AM', 'BD', 'KD', 'FX'])}{digits(rng, 7)}",
                         "mfg": str(rng.randint(2012, 2024)), "res": results[k], "next": nxt.strftime("%m/%Y")})
    html = html_head(margin="13mm 14mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="vertical-align:top;width:68%"><div style="display:inline-block;width:36px;height:36px;border-radius:50%;background:{{ color }};color:#fff;text-align:center;line-height:36px;font-size:14pt;vertical-align:middle" class="b">F</div>
<span style="font-size:14pt;color:{{ color }};vertical-align:middle;margin-left:6px;white-space:nowrap" class="b">{{ v_name }}</span>
<div style="margin-top:4px">{{ v_addr }}, Grenada, W.I. · Tel +1 (473) {{ tel }} · service@{{ dom }}.gd</div>
<div>VAT Reg. No. {{ vat }} · Business Reg. No. {{ bizreg }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;color:{{ color }}" class="b">TAX INVOICE</div><div class="small">Fire extinguishers · Suppression systems · Safety signs</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top;border-top:3px solid {{ color }};padding-top:5px"><div class="small">CUSTOMER</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Grenada</td><td style="width:4%"></td>
<td style="vertical-align:top;border-top:3px solid {{ color }};padding-top:5px"><table>{% for k, v in meta %}<tr><td style="padding:1px 12px 1px 0;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Code</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%;vertical-align:top" class="small">Units inspected: {{ n_units }} (see the service register attached).<br>Service carried out on {{ served }} by {{ tech }}, certified technician.<br>{% if term %}Terms: {{ term }}.{% endif %}</td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">VAT 15%</td><td class="r">{{ tax }}</td></tr>
<tr style="border-top:2px solid #333"><td style="padding:4px 10px" class="b">TOTAL {{ cur }}</td><td class="r b">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px;border:1px solid #ccc;padding:6px 8px">Payment by cheque to {{ v_name }} or transfer to {{ bank }}, account no. {{ bacct }}. Please quote invoice no. {{ no }} and your account {{ acct }}.</div>
<div style="page-break-before:always"></div>
<div style="font-size:12pt;color:{{ color }}" class="b">SERVICE REGISTER</div>
<div>Attached to invoice {{ no }} · {{ b_name }} · inspection date {{ served }} · technician {{ tech }}</div>
<table class="it" style="font-size:7.6pt"><tr style="border-bottom:1.5px solid #333"><th style="text-align:left">#</th><th style="text-align:left">Tag no.</th><th style="text-align:left">Location</th><th style="text-align:left">Type</th><th>Size</th><th style="text-align:left">Serial no.</th><th>Mfd.</th><th style="text-align:left">Result</th><th>Next service</th></tr>
{% for r in register %}<tr style="border-bottom:1px solid #e4e4e4"><td>{{ loop.index }}</td><td>{{ r.tag }}</td><td>{{ r.loc }}</td><td>{{ r.type }}</td><td class="c">{{ r.size }}</td><td>{{ r.serial }}</td><td class="c">{{ r.mfg }}</td><td>{{ r.res }}</td><td class="c">{{ r.next }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:10px">Extinguishers inspected to NFPA 10. A unit marked "Replaced" was condemned and removed from site; its replacement is charged on the invoice. Keep this register with your fire certificate.</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Account", acct)]
    if po:
        meta.append(("Your PO", po))
    if due:
        meta.append(("Due Date", fd(due)))
    money = en
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(435, 444)}-{digits(rng, 4)}", dom=vname.split()[0].lower(), vat=vat, bizreg=bizreg,
        b_name=bname, b_addr=baddr, meta=meta, items=[{"code": x["code"], "desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in items],
        n_units=n_units, served=served.strftime("%d/%m/%Y"), tech=tech, term=term, net=money(net), tax=money(tax), total=money(total), cur=cur,
        bank=rng.choice(["Republic Bank (Grenada) Ltd.", "Grenada Co-operative Bank Ltd.", "CIBC Caribbean (Grenada)", "ACB Grenada Bank Ltd."]), bacct=digits(rng, 12), no=no, acct=acct,
        register=register,
    )
    notes = (
        "Grenadian fire-extinguisher servicing company's TAX INVOICE in English, two pages (the charges and totals on page 1, a SERVICE REGISTER of every unit on page 2): vendor = the company name (Ltd.) at the top left; vendor tax id = 'VAT Reg. No.' (7 digits, shape unverified, random); the Business Reg. No., the customer account, the technician and the bank account are decoys. "
        "invoice_number = 'Invoice No.' (repeated in the payment line and the register heading); invoice_date = 'Invoice Date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yyyy"][i] + "); the service date (dd/mm/yyyy) and the register's 'Next service' months (mm/yyyy) are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your PO' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = 'VAT 15%'; total = 'TOTAL {cur}'. 'Units inspected' and the register's tag, serial and year numbers are decoys. Currency XCD. Amounts '1,234.56'. "
        "Line items: every row of the charges table on page 1 (quantity = units, systems, trips); the register rows on page 2 are not lines."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XCD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vat, no, po, vname, f"TOTAL {cur}"], (html, ctx)


# =========================================================================== 02 French Guiana river transport by pirogue (SIRET, no TVA: CGI art. 294-1, EUR)
GF_V = [("Transports Fluviaux du Maroni SARL", "12 rue du Port", "97320 Saint-Laurent-du-Maroni", "5040Z", "#005f73"),
        ("Pirogues de l'Oyapock EURL", "3 quai de l'Oyapock", "97313 Saint-Georges", "5030Z", "#7f5539"),
        ("Maripa Fret Fluvial SAS", "Dégrad de Maripasoula", "97370 Maripasoula", "5040Z", "#386641"),
        ("Compagnie Fluviale de l'Approuague SARL", "Bourg de Régina", "97390 Régina", "5030Z", "#3a0ca3")]
GF_B = [("Centre délocalisé de prévention et de soins", "Bourg", "97370 Maripasoula"), ("Commune de Papaïchton", "Services techniques", "97316 Papaïchton"),
        ("Épicerie du Haut-Maroni SARL", "Rue principale", "97317 Grand-Santi"), ("Société Guyanaise de Travaux Publics SAS", "ZI Dégrad des Cannes", "97354 Rémire-Montjoly")]
GF_ROUTES = [["Saint-Laurent → Maripasoula", "Saint-Laurent → Grand-Santi", "Saint-Laurent → Apatou", "Maripasoula → Papaïchton"],
             ["Saint-Georges → Camopi", "Saint-Georges → Trois-Palétuviers", "Camopi → Saint-Georges"],
             ["Maripasoula → Papaïchton", "Maripasoula → Antecume Pata", "Maripasoula → Taluen", "Saint-Laurent → Maripasoula"],
             ["Régina → Saut Athanase", "Régina → Kaw", "Régina → Saint-Georges"]]
GF_WORK = [("Fret, {r}", "kg", 150, 2400, "0.35", "0.95"), ("Passagers, {r}", "pax", 1, 8, "45.00", "120.00"), ("Transport de fût de carburant 200 L, {r}", "fût", 1, 10, "35.00", "70.00"),
           ("Transport de quad, {r}", "u", 1, 2, "180.00", "350.00"), ("Affrètement pirogue complète avec piloteur et takariste, {r}", "jour", 1, 3, "450.00", "900.00"),
           ("Manutention au dégrad (chargement et déchargement)", "forfait", 1, 1, "40.00", "120.00"), ("Transport de matériaux (ciment, tôles), {r}", "t", 1, 6, "180.00", "320.00")]
GF_BOATS = ["Maïpouri", "Awara", "Kwata", "Tapir", "Ti Kanot", "Yana", "Atipa"]


@style("02", "gf_transport_fluvial_pirogue")
def s02(rng, i):
    vname, vstreet, vcity, ape, color = GF_V[i]
    bname, battn, bcity = GF_B[i]
    d = rand_date(rng)
    prev = _prev_month(d)
    items = []
    for desc, unit, qlo, qhi, lo, hi in [rng.choice(GF_WORK[:1])] + rng.sample(GF_WORK[1:], rng.randint(3, 5)) + [rng.choice(GF_WORK[:2])]:
        q = D(rng.randint(qlo // 10, qhi // 10) * 10) if unit == "kg" else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.05") if unit != "kg" else D("0.01"))
        items.append({"desc": desc.format(r=rng.choice(GF_ROUTES[i])), "unit": unit, "qty": q, "price": p, "amount": q2(q * p),
                      "day": prev.replace(day=rng.randint(1, prev.day)), "boat": rng.choice(GF_BOATS)})
    items.sort(key=lambda x: x["day"])
    total = sum(x["amount"] for x in items)
    siren9 = valid(rng, lambda: digits(rng, 9, True), _siren.is_valid)
    nic = valid(rng, lambda: f"000{rng.randint(10, 99)}", lambda s: _siret.is_valid(siren9 + s))
    siret_p = _siret.format(siren9 + nic)
    no = [f"TFM-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"MFF{rng.randint(1000, 9999)}", f"F-{rng.randint(10000, 19999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{MONTHS['fr_days'][x.weekday()]} {fr_date(x)}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "Paiement à réception de la facture", "", "Paiement à 30 jours fin de mois"][i]
    po = [None, f"BC {d.year}-{rng.randint(10, 99)}", f"{rng.randint(2400, 2999)}", None][i]
    acompte = q2(total * D("0.30")) if i in (1, 3) else None
    acompte_d = prev.replace(day=1) - dt.timedelta(days=rng.randint(2, 12))
    client_no = f"CL{rng.randint(100, 999)}"
    bank_code, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
    bank, bic = rng.choice([("BFC Antilles-Guyane", "BFCOGFGX"), ("Crédit Agricole Martinique-Guyane", "AGRIMQMX"), ("BRED Guyane", "BREDGFGX"), ("Banque Postale, Cayenne", "PSSTFRPP")])
    ib = iban("FR", bank_code + branch + acct + rib_key(bank_code, branch, acct))
    html = html_head(margin="14mm 15mm", fs="8.6pt") + """
<div style="background:{{ color }};color:#fff;padding:10px 12px"><table style="width:100%"><tr><td style="width:64%"><div style="font-size:13.5pt;white-space:nowrap" class="b">{{ v_name }}</div><div>Transport fluvial de fret et de passagers – fleuve {{ river }}</div></td>
<td style="text-align:right;font-size:7.8pt"><div>{{ v_street }}</div><div>{{ v_city }}</div><div style="white-space:nowrap">Tél. 0594 {{ tel }} · 0694 {{ mob }}</div></td></tr></table></div>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><div style="font-size:17pt;color:{{ color }}" class="b">FACTURE</div>
<table style="margin-top:4px">{% for k, v in meta %}<tr><td style="padding:1px 12px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><div style="border:1px solid #999;padding:8px 10px"><div class="small">Adressée à</div><b>{{ b_name }}</b><br>{{ b_attn }}<br>{{ b_city }}</div></td></tr></table>
<p style="margin-top:12px">Prestations de transport fluvial effectuées en {{ period }} :</p>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1.5px solid {{ color }};border-top:1.5px solid {{ color }}"><th style="text-align:left">Date</th><th style="text-align:left">Pirogue</th><th style="text-align:left">Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U.</th><th class="r">Montant</th></tr>
{% for it in items %}<tr style="border-bottom:1px dotted #bbb"><td>{{ it.day }}</td><td>{{ it.boat }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:1.5px solid #333"{% endif %}><td style="padding:3px 12px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="text-align:right;margin-top:3px" class="small">TVA non applicable – article 294-1 du CGI</div>
<div style="margin-top:16px">{% if term %}Conditions : {{ term }}. {% endif %}Règlement par virement : {{ bank }} – IBAN {{ iban }} – BIC {{ bic }}, en rappelant le numéro de facture.</div>
<div class="small" style="margin-top:4px">Marchandises transportées aux risques du destinataire au-delà du dégrad d'arrivée. Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:4px">{{ v_name }} au capital de {{ capital }} € · SIRET {{ siret }} · APE {{ ape }} · RCS Cayenne {{ siren }}</div>
</body></html>"""
    meta = [("Facture n°", no), ("Date", fd(d)), ("Client n°", client_no)]
    if po:
        meta.append(("Bon de commande", po))
    if due:
        meta.append(("Échéance", fd(due)))
    money = lambda x: sp(x) + " €"  # noqa: E731
    if acompte:
        tot = [("Total de la facture", money(total), True), (f"Acompte versé le {acompte_d.strftime('%d/%m/%Y')}", money(acompte), False), ("Reste à payer", money(total - acompte), False)]
    else:
        tot = [("Total à payer (EUR)", money(total), True)]
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, river=["Maroni", "Oyapock", "Maroni", "Approuague"][i], tel=f"{rng.randint(20, 39)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        mob=f"{rng.randint(10, 49)} {rng.randint(10, 99)} {rng.randint(10, 99)}", meta=meta, b_name=bname, b_attn=battn, b_city=bcity, period=f"{MONTHS['fr'][prev.month - 1]} {prev.year}",
        items=[{"day": x["day"].strftime("%d/%m"), "boat": x["boat"], "desc": x["desc"], "q": qstr(x["qty"]), "unit": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        tot=tot, term=term, bank=bank, iban=iban_fmt(ib), bic=bic, capital=rng.choice(["1 000", "3 000", "8 000", "15 000"]), siret=siret_p, ape=ape, siren=_siren.format(siren9),
    )
    notes = (
        "French Guiana river-transport company's FACTURE in French for a month of pirogue freight, passengers and charters (French Guiana charges no TVA, CGI art. 294-1; no tax row): vendor = the company name (SARL/EURL/SAS) in the coloured band; vendor tax id = 'SIRET' printed '123 456 789 00012' in the footer (valid under python-stdnum's fr.siret), the truth as printed with its spaces; the RCS number (the SIREN), the APE code, the client number and the IBAN are decoys. "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (" + ["'12 mars 2026'", "dd/mm/yyyy", "'jeudi 12 mars 2026'", "dd.mm.yyyy"][i] + "); the voyage dates (dd/mm) are decoys. "
        + ("due = 'Échéance' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + ("total = 'Total de la facture'; 'Acompte versé le ...' and 'Reste à payer' are decoys" if acompte else "total = 'Total à payer (EUR)'")
        + "; no subtotal or tax is printed (both null); the 40 € recovery indemnity and the share capital are legal mentions. Currency EUR ('€'), amounts '1 234,56 €' in the totals and '1 234,56' in the rows. "
        "Line items: every row (quantity = kg, passengers, drums, units, days, tonnes, 'forfait')."
    )
    t = T(vendor_name=vname, vendor_tax_id=siret_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "SIRET " + siret_p, no, po, vname, "€", "article 294-1 du CGI"], (html, ctx)


# =========================================================================== 03 Canary Islands holiday-apartment cleaning (NIF, IGIC 7 %, EUR), rows grouped by complex
IC_V = [("Limpiezas Atlántico Sur, S.L.", "Avenida de España 14, local 3", "38660 Costa Adeje, Santa Cruz de Tenerife", "38", "Santa Cruz de Tenerife", "#0077b6"),
        ("Servicios de Limpieza Maspalomas, S.L.", "Calle Marcial Franco 9", "35100 San Bartolomé de Tirajana, Las Palmas", "35", "Las Palmas", "#e76f51"),
        ("Lanzarote Clean Homes, S.L.U.", "Calle Juan Carlos I 22", "35510 Puerto del Carmen, Tías, Las Palmas", "35", "Las Palmas", "#2a9d8f"),
        ("Limpiezas y Mantenimiento Corralejo, S.L.", "Avenida Nuestra Señora del Carmen 41", "35660 Corralejo, La Oliva, Las Palmas", "35", "Las Palmas", "#6d597a")]
IC_B = [("Gestión Vacacional Costa Adeje, S.L.", "Calle Gran Bretaña 5, 38660 Adeje", "38", ["Complejo Bahía Azul", "Residencial Los Cardones", "Villas Roque del Conde"]),
        ("Apartamentos Dunas del Sur, S.A.", "Avenida de Tirajana 25, 35100 Maspalomas", "35", ["Bungalows Las Dunas", "Apartamentos Sol Naciente"]),
        ("Villas Volcán Rentals, S.L.", "Calle Teguise 3, 35508 Costa Teguise", "35", ["Villas Montaña Roja", "Apartamentos Playa Grande", "Casas Los Jameos"]),
        ("Corralejo Holiday Homes, S.L.", "Calle La Milagrosa 17, 35660 Corralejo", "35", ["Residencial Oasis Dunas", "Apartamentos Lobos Bay"])]
IC_SERV = [("Limpieza de salida, estudio", "35.00", "48.00"), ("Limpieza de salida, apartamento 1 dormitorio", "45.00", "60.00"), ("Limpieza de salida, apartamento 2 dormitorios", "60.00", "85.00"),
           ("Limpieza de salida, villa 3 dormitorios con piscina", "110.00", "160.00"), ("Limpieza intermedia", "25.00", "40.00")]
IC_EXTRA = [("Lavandería de ropa de cama y toallas", "kg", 20, 140, "1.80", "3.20"), ("Kit de bienvenida (café, agua, jabón)", "ud", 5, 20, "6.00", "12.00"),
            ("Limpieza de cristales y terraza", "h", 2, 10, "16.00", "22.00")]


@style("03", "ic_limpieza_apartamentos_igic")
def s03(rng, i):
    vname, vstreet, vcity, prov, reg, color = IC_V[i]
    bname, baddr, bprov, complexes = IC_B[i]
    d = rand_date(rng)
    prev = _prev_month(d)
    groups = []
    for cx in complexes:
        rows = []
        for _k in range(rng.randint(2, 5)):
            desc, lo, hi = rng.choice(IC_SERV)
            p = exact_price(rng, D(1), D(lo), D(hi), D("0.50"))
            apt = rng.choice([f"A-{rng.randint(1, 40)}", f"{rng.randint(1, 3)}{rng.randint(1, 24):02d}", f"Villa {rng.randint(1, 12)}", f"B-{rng.randint(1, 30)}"])
            rows.append({"desc": f"{desc} – {apt}", "unit": "ud", "qty": D(1), "price": p, "amount": p, "day": prev.replace(day=rng.randint(1, prev.day))})
        rows.sort(key=lambda x: x["day"])
        groups.append((cx, rows))
    extra = lines(rng, IC_EXTRA, rng.randint(1, 3), D("0.05"), halves=True)
    items = [x for _c, rows in groups for x in rows] + extra
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.07"))
    total = net + tax
    nif = valid(rng, lambda: "B" + prov + digits(rng, 5) + rng.choice("0123456789"), _cif.is_valid)
    b_nif = valid(rng, lambda: rng.choice("AB") + bprov + digits(rng, 5) + rng.choice("0123456789"), _cif.is_valid)
    no = [f"{d.year}/{rng.randint(100, 999)}", f"FV-{rng.randint(1000, 9999)}", f"LCH{d.strftime('%y')}-{rng.randint(100, 999)}", f"A{rng.randint(10000, 39999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), _es, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = [None, d + dt.timedelta(days=30), d + dt.timedelta(days=15), None][i]
    term = ["Transferencia a 30 días fecha factura", "", "", "Pago por domiciliación bancaria el día 10 del mes siguiente"][i]
    po = [f"PED-{rng.randint(1000, 9999)}", None, f"{rng.randint(45000, 45999)}", None][i]
    bank, bcode = rng.choice([("CaixaBank", "2100"), ("Banco Santander", "0049"), ("BBVA", "0182"), ("Cajasiete", "3076")])
    acct = es_ccc(rng, bcode)
    assert _ccc.is_valid(acct)
    html = html_head(margin="13mm 14mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="vertical-align:top;width:62%"><div style="font-size:13pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div>{{ v_street }}</div><div>{{ v_city }}</div><div>Tel. {{ area }} {{ tel }} · administracion@{{ dom }}.es</div><div class="b">NIF: {{ nif }}</div></td>
<td style="width:38%;vertical-align:top"><div style="background:{{ color }};color:#fff;padding:6px 10px;font-size:16pt" class="b">FACTURA</div>
<table style="width:100%;margin-top:4px">{% for k, v in meta %}<tr><td style="padding:1px 8px 1px 0;color:#555">{{ k }}</td><td class="b r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px;border-left:4px solid {{ color }};padding:4px 10px;background:#f6f6f6"><div class="small">CLIENTE</div><b>{{ b_name }}</b> · NIF {{ b_nif }}<br>{{ b_addr }}</div>
<table class="it"><tr style="border-bottom:1.5px solid {{ color }}"><th style="text-align:left">Fecha</th><th style="text-align:left">Concepto</th><th class="r">Cant.</th><th class="r">Precio</th><th class="r">Importe</th></tr>
{% for cx, rows, cxsum in groups %}<tr><td colspan="5" class="b" style="color:{{ color }};padding-top:8px">{{ cx }}</td></tr>
{% for it in rows %}<tr style="border-bottom:1px solid #eee"><td>{{ it.day }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td></td><td style="text-align:right;color:#666">Subtotal {{ cx }}</td><td></td><td></td><td class="r" style="color:#666;border-top:1px solid #999">{{ cxsum }}</td></tr>{% endfor %}
<tr><td colspan="5" class="b" style="color:{{ color }};padding-top:8px">Otros servicios</td></tr>
{% for it in extra %}<tr style="border-bottom:1px solid #eee"><td></td><td>{{ it.desc }} ({{ it.unit }})</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;min-width:45%"><tr><td style="padding:3px 10px">Base imponible</td><td class="r">{{ net }}</td></tr><tr><td style="padding:3px 10px">IGIC 7 %</td><td class="r">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff"><td style="padding:5px 10px" class="b">TOTAL FACTURA</td><td class="r b" style="padding:5px 8px">{{ total }}</td></tr></table>
<div style="margin-top:16px">{% if term %}Forma de pago: {{ term }}. {% endif %}Cuenta: {{ bank }} {{ iban }}</div>
<div class="small" style="margin-top:6px">Servicios prestados en {{ period }}. Operación sujeta al Impuesto General Indirecto Canario.</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:4px">{{ v_name }} · Inscrita en el Registro Mercantil de {{ reg }}, tomo {{ tomo }}, folio {{ folio }}, hoja {{ hoja }}</div>
</body></html>"""
    meta = [("Nº factura", no), ("Fecha", fd(d))]
    if po:
        meta.append(("Su pedido", po))
    if due:
        meta.append(("Vencimiento", fd(due)))
    meta.append(("Periodo", f"{prev.replace(day=1).strftime('%d/%m')} – {prev.strftime('%d/%m/%Y')}"))
    money = de
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, area="922" if prov == "38" else "928", tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}", dom=vname.split()[0].lower().replace("á", "a"), nif=nif,
        meta=meta, b_name=bname, b_nif=b_nif, b_addr=baddr,
        groups=[(cx, [{"day": x["day"].strftime("%d/%m"), "desc": x["desc"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in rows], money(sum(x["amount"] for x in rows))) for cx, rows in groups],
        extra=[{"desc": x["desc"], "unit": x["unit"], "q": de(x["qty"], 1) if x["qty"] != x["qty"].to_integral_value() else qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in extra],
        net=money(net) + " €", tax=money(tax) + " €", total=money(total) + " €", term=term, bank=bank, iban=iban_fmt(_ccc.to_iban(acct)), period=f"{MONTHS['es'][prev.month - 1]} de {prev.year}",
        reg=reg, tomo=rng.randint(1800, 3900), folio=rng.randint(1, 220), hoja=f"{'TF' if prov == '38' else 'GC'}-{rng.randint(10000, 69999)}",
    )
    notes = (
        "Canary Islands cleaning company's FACTURA in Spanish to a holiday-rental manager, one row per apartment turnover, grouped by complex: vendor = the company name (S.L./S.L.U.) at the top left; vendor tax id = 'NIF' (a Spanish CIF, valid under python-stdnum's es.cif, province code " + prov + "); the client's NIF, the registry data and the IBAN are decoys. "
        "invoice_number = 'Nº factura'; invoice_date = 'Fecha' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd-mm-yyyy", "dd/mm/yy"][i] + "); the turnover dates (dd/mm) and the 'Periodo' are decoys. "
        + ("due = 'Vencimiento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Su pedido' {po}. " if po else "No PO. ")
        + "subtotal = 'Base imponible'; tax = 'IGIC 7 %' (the Canary general rate; no IVA); total = 'TOTAL FACTURA'; the grey 'Subtotal <complex>' rows are group sums (decoys). Currency EUR, amounts '1.234,56' ('€' after the totals). "
        "Line items: every turnover row under each complex and every row under 'Otros servicios' (quantity = 1 per turnover, kg of laundry with halves printed '12,5', welcome kits, hours)."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "NIF: " + nif, no, po, vname, "IGIC 7 %", "€"], (html, ctx)


# =========================================================================== 04 Bonaire furniture maker (CRIB, ABB 8 % own goods / 6 % services, USD), in Dutch
BQ_V = [("Meubelmakerij Kralendijk B.V.", "Kaya Industria 14, Kralendijk", "#6f4518"),
        ("Timmerbedrijf Rincon N.V.", "Kaya Para Mira 3, Rincon", "#1d3557"),
        ("Houtbewerking Bonaire B.V.", "Kaya Carlos A. Nicolaas 22, Kralendijk", "#2d6a4f"),
        ("Interieurbouw Hato B.V.", "Kaya Neerlandia 7, Hato", "#9d0208")]
BQ_B = [("Sorobon Beach Apartments N.V.", "Kaya Sorobon 1, Lac Bay"), ("Bonaire Dive & Stay B.V.", "Kaya Gobernador N. Debrot 40, Kralendijk"),
        ("Restaurant De Palm B.V.", "Kaya Grandi 18, Kralendijk"), ("Stichting Kinderopvang Bonaire", "Kaya Korona 9, Kralendijk")]
BQ_GOODS = [("Onderkast keuken 60 cm, watervast multiplex, eigen productie", "st", 2, 8, 380, 650), ("Bovenkast keuken 80 cm, eigen productie", "st", 2, 6, 290, 480),
            ("Inbouwkast slaapkamer 200 x 240 cm, maatwerk", "st", 1, 3, 1450, 2600), ("Receptiebalie tropisch hardhout, maatwerk", "st", 1, 1, 2800, 5200),
            ("Terrastafel hardhout 180 x 90 cm", "st", 1, 6, 650, 1100), ("Ligbed hardhout op wielen", "st", 2, 10, 420, 690),
            ("Boekenkast 90 x 200 cm, gelakt", "st", 1, 4, 380, 640), ("Werkblad compact laminaat, per strekkende meter", "m", 2, 8, 120, 210)]
BQ_SERV = [("Inmeten en technische tekening", "post", 1, 1, 150, 450), ("Montage en plaatsing op locatie", "uur", 4, 32, 38, 55),
           ("Transport naar locatie", "rit", 1, 3, 45, 95), ("Demontage en afvoer oude keuken", "post", 1, 1, 180, 450), ("Reparatie scharnieren en fronten", "uur", 1, 6, 38, 55)]


@style("04", "bq_meubelmakerij_abb_twee_tarieven")
def s04(rng, i):
    vname, vaddr, color = BQ_V[i]
    bname, baddr = BQ_B[i]
    d = rand_date(rng)
    goods = lines(rng, BQ_GOODS, rng.randint(2, 4), D("0.50"))
    serv = lines(rng, BQ_SERV, rng.randint(2, 3), D("0.50"), halves=True)
    for x in goods:
        x["abb"] = "8%"
    for x in serv:
        x["abb"] = "6%"
    items = goods + serv
    rng.shuffle(items)
    g_base = sum(x["amount"] for x in goods)
    s_base = sum(x["amount"] for x in serv)
    abb8, abb6 = q2(g_base * D("0.08")), q2(s_base * D("0.06"))
    net = g_base + s_base
    tax = abb8 + abb6
    total = net + tax
    crib = digits(rng, 9, True)
    no = [f"{d.year}-{rng.randint(100, 399):04d}", f"F{rng.randint(2000, 2999)}", f"HB{d.strftime('%y')}{rng.randint(100, 999)}", f"{rng.randint(500, 999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['nl_short'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Betaling bij oplevering", "", "Betaling binnen 8 dagen na oplevering"][i]
    po = [None, f"SBA-{rng.randint(100, 999)}", f"{rng.randint(2025001, 2026999)}", None][i]
    offerte = f"OFF-{rng.randint(1000, 4999)}"
    sumrow = i in (0, 2)
    deposit = q2(total / 2) if i in (1, 3) else None
    dep_d = d - dt.timedelta(days=rng.randint(20, 60))
    cur_label = ["USD", "US$", "USD", "$"][i]
    money = [de, en, de, en][i]
    html = html_head(margin="15mm 16mm", fs="8.6pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:26pt;color:{{ color }};letter-spacing:2px" class="b">FACTUUR</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:13pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}</div><div>Bonaire, Caribisch Nederland</div><div>Tel. +599 717 {{ tel }}</div>
<div>CRIB-nr. {{ crib }} · KvK Bonaire {{ kvk }}</div></td></tr></table>
<table style="width:100%;margin-top:18px"><tr><td style="width:50%;vertical-align:top"><b>{{ b_name }}</b><br>t.a.v. de administratie<br>{{ b_addr }}<br>Bonaire</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 12px 1px 0;color:#666">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<p style="margin-top:14px">Betreft: levering en montage volgens offerte {{ offerte }}.</p>
<table class="it"><tr style="background:#eee;border-bottom:1.5px solid {{ color }}"><th style="text-align:left">Omschrijving</th><th class="r">Aantal</th><th>Eenheid</th><th class="r">Prijs</th><th class="c">ABB</th><th class="r">Bedrag</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e6e6e6"><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.abb }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top" class="small">ABB 8% = levering van goederen uit eigen productie (grondslag {{ g_base }});<br>ABB 6% = diensten (grondslag {{ s_base }}).</td>
<td><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid {{ color }}"{% endif %}><td style="padding:2px 12px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:20px">{% if term %}{{ term }}. {% endif %}Gelieve te betalen op rekening {{ bacct }} t.n.v. {{ v_name }} bij {{ bank }}, onder vermelding van het factuurnummer.</div>
<div class="small" style="margin-top:6px">Garantie: 1 jaar op constructie en montage. Hout blijft eigendom van {{ v_name }} tot volledige betaling.</div>
</body></html>"""
    meta = [("Factuurnummer", no), ("Factuurdatum", fd(d)), ("Offertenummer", offerte)]
    if po:
        meta.append(("Uw ordernummer", po))
    if due:
        meta.append(("Vervaldatum", fd(due)))
    tot = [("Totaal excl. ABB", money(net), False), ("ABB 8% (leveringen)", money(abb8), False), ("ABB 6% (diensten)", money(abb6), False)]
    if sumrow:
        tot.append(("Totaal ABB", money(tax), False))
    tot.append((f"Totaal te betalen ({cur_label})", money(total), True))
    if deposit:
        tot += [(f"Aanbetaling ontvangen {dep_d.strftime('%d-%m-%Y')}", money(deposit), False), ("Restant te voldoen", money(total - deposit), False)]
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=digits(rng, 4), crib=crib, kvk=rng.randint(10000, 19999), b_name=bname, b_addr=baddr, meta=meta, offerte=offerte,
        items=[{"desc": x["desc"], "q": (de(x["qty"], 1) if money is de else en(x["qty"], 1)) if x["qty"] != x["qty"].to_integral_value() else qstr(x["qty"]), "unit": x["unit"], "p": money(x["price"]), "abb": x["abb"], "a": money(x["amount"])} for x in items],
        g_base=money(g_base), s_base=money(s_base), tot=tot, term=term, bacct=f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
        bank=rng.choice(["MCB Bonaire", "RBC Royal Bank Bonaire", "Banco di Caribe Bonaire", "Orco Bank Bonaire"]),
    )
    notes = (
        "Bonaire furniture maker's FACTUUR in Dutch with two ABB rates (algemene bestedingsbelasting: 8 % on goods of its own production, 6 % on services): vendor = the company name (B.V./N.V.) at the top right; vendor tax id = 'CRIB-nr.' (9 digits, shape unverified, random); the KvK number, the quote number ('Offertenummer') and the bank account are decoys. "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (" + ["'12 maart 2026'", "dd-mm-yyyy", "'12 mrt. 2026'", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Vervaldatum'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Uw ordernummer' {po}. " if po else "No PO. ")
        + "subtotal = 'Totaal excl. ABB'; tax = 'ABB 8% (leveringen)' + 'ABB 6% (diensten)'" + (", printed as 'Totaal ABB'" if sumrow else " (no row prints their sum)") + f"; total = 'Totaal te betalen ({cur_label})'; the two bases ('grondslag') in the note are decoys"
        + ("; 'Aanbetaling ontvangen' and 'Restant te voldoen' are decoys" if deposit else "")
        + ". Currency USD (Bonaire's legal tender). Amounts " + ("'1.234,56'" if money is de else "'1,234.56'") + ". Line items: every row, goods and services mixed (quantity = pieces, metres, 'post', hours with halves, trips)."
    )
    t = T(vendor_name=vname, vendor_tax_id=crib, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    printed = [fd(d), fd(due) if due else None, "CRIB-nr. " + crib, no, po, vname, f"Totaal te betalen ({cur_label})"]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(abb8), mt(abb6)]}), (html, ctx)


# =========================================================================== 05 Palau drinking-water delivery (PGST No., PGST 10 %, bottle deposits outside PGST, USD), delivery log
PW_V = [("Koror Pure Water Co.", "Lebuu Street, Koror, Republic of Palau 96940", "#0096c7"),
        ("Belau Spring Water Company", "Malakal Industrial Area, Koror, Palau 96940", "#0a9396"),
        ("Airai Drinking Water Services Inc.", "Ngetkib Hamlet, Airai State, Palau 96940", "#3a86ff"),
        ("Rock Islands Aqua Inc.", "Ngerkebesang, Koror, Palau 96940", "#023e8a")]
PW_B = [("Ocean Breeze Dive Lodge Inc.", "Meyuns, Koror"), ("Ngerchemai Family Clinic", "Ngerchemai, Koror"),
        ("Airai View Apartments Inc.", "Airai State"), ("Malakal Boat Charters Inc.", "Malakal Harbor, Koror")]


@style("05", "pw_water_delivery_bottle_deposits")
def s05(rng, i):
    vname, vaddr, color = PW_V[i]
    bname, baddr = PW_B[i]
    d = rand_date(rng)
    if i == 1:
        while d.day < 13:
            d += dt.timedelta(days=1)
    prev = _prev_month(d)
    days = sorted(rng.sample(range(1, prev.day + 1), rng.randint(4, 9)))
    log = [{"day": prev.replace(day=k), "full": rng.randint(2, 12), "empty": 0} for k in days]
    for x in log:
        x["empty"] = max(0, x["full"] - rng.randint(-1, 2))
    delivered = sum(x["full"] for x in log)
    items = [{"desc": "5-gallon purified water, refill", "unit": "btl", "qty": D(delivered), "pg": True}]
    items[0]["price"] = exact_price(rng, items[0]["qty"], D("5.50"), D("8.50"), D("0.05"))
    opt = [("Hot & cold dispenser rental, monthly", "ea", 1, 4, "9.00", "18.00"), ("Paper cups, sleeve of 200", "slv", 1, 10, "3.50", "6.50"),
           ("Dispenser sanitising service", "ea", 1, 4, "12.00", "20.00"), ("Bottle pump, manual", "ea", 1, 3, "8.50", "14.00")]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(opt, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05")), "pg": True})
    dep_new = rng.randint(2, 6) if i in (0, 1, 3) else 0
    dep_back = rng.randint(1, 4) if i in (1, 2) else 0
    if dep_new:
        items.append({"desc": "Bottle deposit, new bottles issued", "unit": "btl", "qty": D(dep_new), "price": D("10.00"), "pg": False})
    if dep_back:
        items.append({"desc": "Bottle deposit refund, bottles returned", "unit": "btl", "qty": D(dep_back), "price": D("-10.00"), "pg": False})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    taxable = sum(x["amount"] for x in items if x["pg"])
    deposits = sum(x["amount"] for x in items if not x["pg"])
    net = taxable + deposits
    tax = q2(taxable * D("0.10"))
    total = net + tax
    pgst = f"{rng.randint(1, 3)}{digits(rng, 6)}"
    no = [f"KPW-{rng.randint(10000, 39999)}", f"{rng.randint(100000, 199999)}", f"ADW{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"INV-{rng.randint(2000, 8999)}"][i]
    fd = [us_date, lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.isoformat()][i]
    due = [d + dt.timedelta(days=15), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Net 15 days", "", "Payment on delivery of statement"][i]
    po = [None, None, f"AVA-{rng.randint(100, 999)}", f"PO-{rng.randint(1000, 9999)}"][i]
    cur = ["US$", "USD", "$", "USD"][i]
    acct_no = f"{rng.randint(1000, 4999)}-{rng.randint(10, 99)}"
    held = rng.randint(6, 30)
    html = html_head(margin="12mm 14mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel (680) {{ tel }} · orders@{{ dom }}.pw</div><div>PGST No. {{ pgst }} · Business License {{ lic }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;color:{{ color }}" class="b">INVOICE</div><div class="b">PGST Tax Invoice</div></td></tr></table>
<div style="height:4px;background:linear-gradient(90deg,{{ color }},#90e0ef);margin:8px 0"></div>
<table style="width:100%"><tr><td style="width:48%;vertical-align:top"><div class="small">DELIVER TO / BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Republic of Palau<br>Account no. {{ acct_no }}</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 12px 1px 0;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div class="b" style="margin-top:12px">Delivery log, {{ period }}</div>
<table style="margin-top:3px;border:1px solid #bbb;font-size:7.8pt"><tr><td style="padding:2px 6px;background:#eef7fb">Date</td>{% for x in log %}<td class="c" style="padding:2px 6px;border-left:1px solid #ddd">{{ x.day }}</td>{% endfor %}</tr>
<tr><td style="padding:2px 6px;background:#eef7fb">Full bottles in</td>{% for x in log %}<td class="c" style="border-left:1px solid #ddd">{{ x.full }}</td>{% endfor %}</tr>
<tr><td style="padding:2px 6px;background:#eef7fb">Empties out</td>{% for x in log %}<td class="c" style="border-left:1px solid #ddd">{{ x.empty }}</td>{% endfor %}</tr></table>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Item</th><th>Unit</th><th class="r">Qty</th><th class="r">Unit price</th><th class="c">PGST</th><th class="r">Amount</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e3e3e3"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.pg }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top" class="small">Taxable supplies: {{ taxable }} · Bottle deposits (not subject to PGST): {{ deposits }}<br>Bottles held by customer at month end: {{ held }} (deposit refundable on return of the bottle in good condition).</td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">PGST 10%</td><td class="r">{{ tax }}</td></tr>
<tr style="border-top:2px solid #333"><td style="padding:4px 10px" class="b">TOTAL DUE ({{ cur }})</td><td class="r b">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px">{% if term %}Terms: {{ term }}. {% endif %}Pay by check to {{ v_name }} or by transfer to {{ bank }}, account {{ bacct }}.</div>
<div class="small" style="margin-top:5px">Prices in US dollars. PGST charged on taxable supplies at 10%.</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Period", f"{MONTHS['en_short'][prev.month - 1]} 1–{prev.day}, {prev.year}")]
    if po:
        meta.append(("PO No.", po))
    if due:
        meta.append(("Due Date", fd(due)))
    money = en
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"488-{digits(rng, 4)}", dom=vname.split()[0].lower(), pgst=pgst, lic=f"BL-{rng.randint(1000, 9999)}", b_name=bname, b_addr=baddr, acct_no=acct_no, meta=meta,
        period=f"{MONTHS['en'][prev.month - 1]} {prev.year}", log=[{"day": f"{MONTHS['en_short'][x['day'].month - 1]} {x['day'].day}", "full": x["full"], "empty": x["empty"]} for x in log],
        items=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "pg": "10%" if x["pg"] else "–", "a": money(x["amount"])} for x in items],
        taxable=money(taxable), deposits=money(deposits), held=held, net=money(net), tax=money(tax), total=money(total), cur=cur, term=term,
        bank=rng.choice(["Bank of Hawaii, Koror Branch", "BankPacific, Koror", "Bank of Guam, Koror Branch"]), bacct=digits(rng, 10),
    )
    notes = (
        "Palauan drinking-water delivery company's INVOICE in English ('PGST Tax Invoice') for a month of 5-gallon deliveries, with a delivery log above the charges: vendor = the company name (Co./Company/Inc.) at the top left; vendor tax id = 'PGST No.' (7 digits, shape unverified, random); the business licence, the customer account number and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["'March 12, 2026'", "mm/dd/yyyy (US order; the day is 13 or more, so the order is unambiguous)", "dd Mon yyyy", "yyyy-mm-dd"][i] + "); the delivery-log dates, the log's bottle counts and the 'Period' are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'PO No.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal' (all rows, bottle deposits included); tax = 'PGST 10%' on the rows marked 10% only (bottle deposits are outside PGST); total = 'TOTAL DUE ({cur})'. 'Taxable supplies', 'Bottle deposits' and 'Bottles held' in the small print are decoys. "
        "Currency USD. Amounts '1,234.56'. Line items: every row of the charges table"
        + (", the deposit refund a negative amount (quantity positive, unit price -10.00)" if dep_back else "")
        + " (quantity = bottles, dispensers, sleeves)."
    )
    t = T(vendor_name=vname, vendor_tax_id=pgst, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "PGST No. " + pgst, no, po, vname, f"TOTAL DUE ({cur})"], (html, ctx)
