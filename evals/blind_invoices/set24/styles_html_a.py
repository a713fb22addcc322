"""Chromium (HTML) styles for set 24, first part (01 Guadeloupe site-equipment hire company's facture in French with
TVA 8,5 %, 02 Comorian vehicle garage's facture in French with the taxe sur la consommation 10 % in whole Comorian
francs, 03 Hong Kong banquet caterer's invoice in English with a 10 % service charge and no tax)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import po_note
from kit_common import truth, valid_id
from invoice_kit import digits, en, exact_price, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import fr_date, html_head, rib_key
from kit_words import fr_words
from stdnum.fr import siren as _siren

STYLES, style = style_registry("chromium")


def fr_iban(rng):
    """A French IBAN whose RIB key and ISO check digits are both valid."""
    bank, branch, acct = rng.choice(["10107", "11315", "12006"]), digits(rng, 5), digits(rng, 11)
    return iban("FR", bank + branch + acct + rib_key(bank, branch, acct))


# =========================================================================== 01 Guadeloupe equipment hire (TVA 8,5 %, EUR), one row per machine with days
GP_V = [("Karukera Location Matériel SARL", "ZI de Jarry, rue Alfred Lumière", "97122 Baie-Mahault", "#0a6e4f"), ("Basse-Terre Engins & Levage SAS", "Rivière des Pères", "97100 Basse-Terre", "#a4161a"),
        ("Grands-Fonds Loc' BTP SARL", "Zone de Dothémare", "97139 Les Abymes", "#1d4e89"), ("Marie-Galante Location Services EURL", "Rue du Fort", "97112 Grand-Bourg", "#7b2cbf")]
GP_B = [("SEMAG Construction", "Immeuble Le Caraïbe, Pointe-à-Pitre"), ("Entreprise Bourgeois BTP", "Lotissement Cocoyer, Sainte-Anne"),
        ("Ville du Moule, services techniques", "Hôtel de ville, Le Moule"), ("Caraïbes Voirie Réseaux SAS", "Zone de Calebassier, Lamentin")]
GP_M = [("Mini-pelle 2,5 t", "45", "95"), ("Pelle sur pneus 14 t", "210", "330"), ("Chargeuse compacte", "90", "160"), ("Nacelle articulée 16 m", "120", "190"),
        ("Plaque vibrante 90 kg", "18", "35"), ("Compacteur monocylindre", "95", "150"), ("Groupe électrogène 60 kVA", "70", "120"), ("Camion benne 19 t avec chauffeur", "380", "520")]
GP_O = [("Transport aller (porte-engins)", "forfait", "120", "260"), ("Transport retour (porte-engins)", "forfait", "120", "260"), ("Forfait nettoyage", "forfait", "45", "90"), ("Gazole refacturé", "l", "1.65", "1.95")]


@style("01", "gp_location_engins_jours_tva_85")
def s01(rng, i):
    vname, vstreet, vcity, color = GP_V[i]
    bname, baddr = GP_B[i]
    d = rand_date(rng)
    items = []
    for desc, lo, hi in rng.sample(GP_M, rng.randint(2, 4)):
        start = d - dt.timedelta(days=rng.randint(8, 30))
        days = D(rng.randint(2, 12)) + (D("0.5") if rng.random() < 0.25 else 0)
        p = exact_price(rng, days, D(lo), D(hi), D("0.50"))
        items.append({"desc": desc, "park": f"P{rng.randint(100, 999)}", "from": start, "to": start + dt.timedelta(days=int(days) + 1), "qty": days, "unit": "j", "price": p, "amount": q2(days * p)})
    for desc, unit, lo, hi in rng.sample(GP_O, rng.randint(1, 3)):
        q = D(rng.randint(40, 260)) if unit == "l" else D(1)
        p = exact_price(rng, q, D(lo), D(hi), D("0.01"))
        items.append({"desc": desc, "park": "", "from": None, "to": None, "qty": q, "unit": unit, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.085"))
    total = net + tax
    siren = valid_id(rng, 9, _siren.is_valid)
    key = (12 + 3 * (int(siren) % 97)) % 97
    tva = f"FR{key:02d}{siren}"
    siret = siren + valid_id(rng, 5, lambda s: True, first_nonzero=False)
    no = [f"FL{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"LOC/{d.year}/{rng.randint(100, 999)}", f"F{d.strftime('%Y%m')}{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[30, 45, 30, 15][i])
    po = [f"BC-{rng.randint(10000, 99999)}", None, f"{d.year}-{rng.randint(100, 999)}", None][i]
    po_label = ["Bon de commande", "", "Engagement n°", ""][i]
    acompte = q2(total * D("0.3")) if i in (1, 3) else None
    html = html_head(margin="12mm 13mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="width:58%"><div style="font-size:15pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div>
<div>{{ v_street }} · {{ v_city }} · Guadeloupe</div><div class="small">Tél. 0590 {{ tel }} · SIRET {{ siret }}</div></td>
<td style="text-align:right"><div style="display:inline-block;border:2px solid {{ color }};padding:6px 14px;text-align:left"><div style="font-size:13pt" class="b">FACTURE DE LOCATION</div>
{% for k, v in meta %}<div><span style="color:#666">{{ k }} :</span> <b>{{ v }}</b></div>{% endfor %}</div></td></tr></table>
<div style="margin:14px 0 0 52%;border-left:4px solid {{ color }};padding:4px 10px"><div class="small">Facturé à</div><b>{{ b_name }}</b><br>{{ b_addr }}<br><span class="small">Chantier : {{ site }}</span></div>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">N° parc</th><th style="text-align:left">Matériel / prestation</th><th>Du</th><th>Au</th><th class="r">Qté</th><th>U.</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.park }}</td><td>{{ it.desc }}</td><td class="c">{{ it.f }}</td><td class="c">{{ it.t }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr><td style="width:55%;vertical-align:top" class="small">Jours facturés : {{ days }} j de location (demi-journée = 0,5 j). Le matériel voyage aux risques du locataire. TVA au taux normal des DOM (CGI art. 296).</td>
<td><table style="margin-left:auto;min-width:250px">{% for k, v, b in tot %}<tr{% if b %} style="background:#f2f2f2;font-size:10pt"{% endif %}><td style="padding:3px 8px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}" style="padding:3px 8px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:18px" class="small">Règlement par virement : IBAN {{ iban }} · BIC {{ bic }}. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement 40 €. N° TVA intracommunautaire {{ tva }}.</div>
</body></html>"""
    meta = [("N°", no), ("Date", fd(d))]
    if po:
        meta.append((po_label, po))
    meta.append(("Échéance", fd(due)))
    money = lambda x: sp(x) + " €"  # noqa: E731
    tot = [("Total HT", money(net), False), ("TVA 8,5 %", money(tax), False), ("Total TTC", money(total), True)]
    if acompte:
        tot += [("Acompte versé à la réservation", "-" + money(acompte), False), ("Reste à payer", money(total - acompte), False)]
    ctx = dict(color=color, v_name=vname, v_street=vstreet, v_city=vcity, tel=f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", siret=f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}",
               meta=meta, b_name=bname, b_addr=baddr, site=rng.choice(["RN1 Capesterre, giratoire", "Collège de Petit-Bourg", "Marina de Bas-du-Fort", "Réseau AEP Deshaies"]),
               items=[{"park": x["park"], "desc": x["desc"], "f": x["from"].strftime("%d/%m") if x["from"] else "", "t": x["to"].strftime("%d/%m") if x["to"] else "", "q": sp(x["qty"], 1) if x["unit"] == "j" else qstr(x["qty"]), "unit": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
               days=sp(sum(x["qty"] for x in items if x["unit"] == "j"), 1), tot=tot, iban=iban_fmt(fr_iban(rng)), bic=rng.choice(["BNPAGPGP", "CEPAGPGP", "BFCOGPGP"]), tva=tva)
    notes = (
        "Guadeloupe equipment-hire company's FACTURE DE LOCATION in French, one row per machine (fleet number, from/to dd/mm, days with halves printed '4,5', day rate) and transport/cleaning/fuel rows, TVA 8,5 % (DOM standard rate): vendor = the company name at the top left; vendor tax id = 'N° TVA intracommunautaire' FR + key + SIREN (the SIREN valid under python-stdnum fr.siren, the key computed); the SIRET is a decoy. "
        "invoice_number = 'N°' in the title box; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); due_date = 'Échéance'; the hire days are decoys. "
        + po_note(po, po_label)
        + "subtotal = 'Total HT'; tax = 'TVA 8,5 %'; total = 'Total TTC'"
        + ("; the deposit paid ('Acompte versé') and 'Reste à payer' are decoys" if acompte else "")
        + ". The count of hire days is a decoy. Currency EUR. Amounts '1 234,56 €'. Line items: every row (quantity = days, litres or 1)."
    )
    t = truth(vname, tva, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due), tva, no, po, vname, "TVA 8,5 %"], (html, ctx)


# =========================================================================== 02 Comoros garage (TC 10 %, KMF whole francs), parts and labour tables
KM_V = [("Garage Al-Mahaba SARL", "Route de la Corniche, Moroni", "#b45309"), ("Mutsamudu Auto Service", "Quartier Habomo, Mutsamudu, Anjouan", "#0369a1"),
        ("Fomboni Mécanique Générale", "Route de l'aéroport, Fomboni, Mohéli", "#15803d"), ("Garage Ntsudjini Diesel", "Zone industrielle de Volo-Volo, Moroni", "#9d174d")]
KM_B = [("Société Nationale des Postes", "Moroni"), ("Comores Cargo Transit", "Port de Mutsamudu"), ("Hôpital de Fomboni", "Fomboni"), ("Ylang Distillerie Ouani", "Ouani, Anjouan")]
KM_PARTS = [("Filtre à huile", "4500", "9000"), ("Filtre à gasoil", "6000", "12000"), ("Huile moteur 15W40 (litre)", "3500", "5000"), ("Plaquettes de frein AV (jeu)", "18000", "32000"),
            ("Courroie d'alternateur", "9000", "16000"), ("Batterie 12 V 70 Ah", "55000", "85000"), ("Amortisseur arrière", "35000", "60000"), ("Rotule de direction", "14000", "24000")]
KM_LAB = [("Vidange et remplacement des filtres", "2", "4"), ("Remplacement plaquettes et contrôle disques", "1", "3"), ("Diagnostic électrique", "1", "2"), ("Train avant : rotules et parallélisme", "2", "5")]


@style("02", "km_garage_pieces_main_oeuvre_tc")
def s02(rng, i):
    vname, vaddr, color = KM_V[i]
    bname, bcity = KM_B[i]
    d = rand_date(rng)
    rate = D(rng.choice([7500, 8000, 9000, 10000]))
    parts = []
    for desc, lo, hi in rng.sample(KM_PARTS, rng.randint(2, 5)):
        q = D(rng.randint(5, 9)) if "litre" in desc else D(rng.randint(1, 4))
        p = D(rng.randint(int(lo) // 500, int(hi) // 500) * 500)
        parts.append({"desc": desc, "qty": q, "price": p, "amount": q * p})
    lab = []
    for desc, lo, hi in rng.sample(KM_LAB, rng.randint(1, 3)):
        h = D(rng.randint(int(lo) * 2, int(hi) * 2)) / 2
        lab.append({"desc": desc, "qty": h, "price": rate, "amount": q0(h * rate)})
    items = parts + lab
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.10"))
    total = net + tax
    nif = f"{rng.randint(100, 999)}{digits(rng, 4)}{rng.choice('ABCDE')}"
    rc = f"RC {rng.choice(['NGZ', 'NDZ', 'MWL'])}-{d.year - rng.randint(3, 15)}-B-{rng.randint(100, 999)}"
    no = [f"{rng.randint(1000, 4999)}/{d.year}", f"FG{rng.randint(10000, 59999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"N° {rng.randint(200, 899)}"][i]
    no_t = no.replace("N° ", "")
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=15)][i]
    term = ["Paiement comptant à l'enlèvement du véhicule", "", "Paiement à 30 jours fin de mois", ""][i]
    po = [None, f"BC {rng.randint(100, 999)}/{d.year}", None, f"DA-{rng.randint(1000, 9999)}"][i]
    vehicle = f"{rng.choice(['Toyota Hilux', 'Nissan Navara', 'Mitsubishi L200', 'Toyota Land Cruiser'])} · immat. {rng.randint(1000, 9999)} {rng.choice(['MR', 'AN', 'MO'])} {rng.randint(10, 99)} · {rng.randint(80, 320)} {rng.randint(100, 999)} km"
    fr = lambda x: sp(x, 0)  # noqa: E731
    html = html_head(margin="14mm", fs="8.8pt") + """
<div style="text-align:center;border-bottom:3px double {{ color }};padding-bottom:6px"><div style="font-size:17pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }} · Union des Comores · Tél. +269 {{ tel }}</div><div class="small">NIF {{ nif }} · {{ rc }}</div></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%"><div style="font-size:14pt" class="b">FACTURE {{ no_title }}</div>{% for k, v in meta %}<div>{{ k }} : <b>{{ v }}</b></div>{% endfor %}</td>
<td style="border:1px solid #999;padding:6px 10px"><div class="small">Client</div><b>{{ b_name }}</b><br>{{ b_city }}<div class="small" style="margin-top:4px">Véhicule : {{ vehicle }}</div></td></tr></table>
<div style="margin-top:12px" class="b">1. Pièces fournies</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1.5px solid #333"><th style="text-align:left">Désignation</th><th class="r">Qté</th><th class="r">P.U. (KMF)</th><th class="r">Montant (KMF)</th></tr>
{% for it in parts %}<tr style="border-bottom:1px dotted #aaa"><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="3" class="r"><i>Sous-total pièces</i></td><td class="r"><i>{{ sub_parts }}</i></td></tr></table>
<div style="margin-top:10px" class="b">2. Main-d'œuvre (taux horaire {{ rate }} KMF)</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1.5px solid #333"><th style="text-align:left">Travaux</th><th class="r">Heures</th><th class="r">Taux</th><th class="r">Montant (KMF)</th></tr>
{% for it in lab %}<tr style="border-bottom:1px dotted #aaa"><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="3" class="r"><i>Sous-total main-d'œuvre</i></td><td class="r"><i>{{ sub_lab }}</i></td></tr></table>
<table style="margin:14px 0 0 auto;border:1.5px solid #333;page-break-inside:avoid">{% for k, v, b in tot %}<tr><td style="padding:3px 12px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}" style="padding:3px 12px">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">Arrêtée la présente facture à la somme de : <b>{{ words }} francs comoriens</b>.</div>
<div style="margin-top:14px" class="small">{{ term }}Garantie pièces 3 mois. Taxe sur la consommation (TC) au taux de 10 % (Code général des impôts). Banque : {{ bank }}, compte n° {{ acct }}.</div>
</body></html>"""
    meta = [("Date", fd(d))]
    if po:
        meta.append(("Bon de commande", po))
    if due:
        meta.append(("Échéance", fd(due)))
    meta.append(("Ordre de réparation", f"OR-{rng.randint(1000, 9999)}"))
    tot = [("Total hors taxe", fr(net), False), ("TC 10 %", fr(tax), False), ("NET À PAYER (KMF)", fr(total), True)]
    ctx = dict(color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(320, 349)} {digits(rng, 2)} {digits(rng, 2)}", nif=nif, rc=rc, no_title=no, meta=meta, b_name=bname, b_city=bcity, vehicle=vehicle,
               parts=[{"d": x["desc"], "q": qstr(x["qty"]), "p": fr(x["price"]), "a": fr(x["amount"])} for x in parts], sub_parts=fr(sum(x["amount"] for x in parts)),
               lab=[{"d": x["desc"], "q": sp(x["qty"], 1), "p": fr(x["price"]), "a": fr(x["amount"])} for x in lab], sub_lab=fr(sum(x["amount"] for x in lab)), rate=fr(rate), tot=tot,
               words=fr_words(int(total)), term=(term + ". ") if term else "", bank=rng.choice(["Banque pour l'Industrie et le Commerce - Comores", "Exim Bank Comores", "SNPSF"]), acct=digits(rng, 11))
    notes = (
        "Comorian garage's FACTURE in French with a parts table and a labour table (hours in halves printed '2,5' at the hourly rate), each with an italic subtotal, and the taxe sur la consommation (TC) 10 % in whole Comorian francs: vendor = the garage name at the top centre; vendor tax id = 'NIF' as printed (no public checksum); the RC number, the repair order and the vehicle plate and mileage are decoys. "
        "invoice_number = the number after 'FACTURE'" + (" (printed 'N° ...'; the truth keeps the digits)" if i == 3 else "") + "; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); "
        + ("due = 'Échéance'. " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total hors taxe'; tax = 'TC 10 %'; total = 'NET À PAYER (KMF)', repeated in words. The two section subtotals are decoys. Currency KMF. Amounts '1 234 500' (whole francs). Line items: the parts rows then the labour rows (quantity = pieces, litres, hours)."
    )
    t = truth(vname, nif, no_t, po, d, due, "KMF", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "NIF " + nif, no_t, po, vname, "TC 10 %"], (html, ctx)


# =========================================================================== 03 Hong Kong banquet caterer (no tax, HKD), per-head menus and a 10 % service charge row
HK_V = [("Harbour Lantern Banqueting Limited", "12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon", "#8b0000"),
        ("Jade Terrace Catering Co. Limited", "Unit 5, 3/F, Wing Tai Centre, 12 Hing Yip Street, Kwun Tong, Kowloon", "#006d5b"),
        ("Peak & Pier Events Kitchen Limited", "G/F, 28 Wong Chuk Hang Road, Aberdeen, Hong Kong", "#283593"),
        ("Golden Bauhinia Feast Limited", "Flat B, 9/F, Kin Yip Factory Building, 9 Cheung Yee Street, Cheung Sha Wan", "#b8860b")]
HK_B = [("Pacific Crest Shipping (HK) Ltd.", "Annual dinner, Wan Chai"), ("Lam & Cheung Solicitors", "Partners' retreat lunch"), ("St. Bernard's Secondary School Alumni", "Reunion banquet"), ("Tsim Sha Tsui Traders' Association", "Spring reception")]
HK_MENU = [("Chinese banquet menu A, 12 courses (per table of 12)", "table", 6, 30, "6880", "12880", "10"), ("Western buffet menu, per head", "head", 60, 300, "328", "588", "1"),
           ("Cocktail canapés, 8 pieces per head", "head", 50, 250, "168", "288", "1"), ("Free-flow soft drinks and juices, 3 hours, per head", "head", 50, 300, "58", "98", "1"),
           ("Free-flow beer and house wine, 3 hours, per head", "head", 40, 250, "128", "198", "1")]
HK_EXTRA = [("Venue decoration, stage backdrop", "lot", "3800", "9800"), ("Service staff overtime (hours)", "hour", "180", "260"), ("Corkage, per bottle", "bottle", "100", "150"), ("Delivery and set-up", "trip", "800", "1600")]


@style("03", "hk_banquet_catering_service_charge")
def s03(rng, i):
    vname, vaddr, color = HK_V[i]
    bname, event = HK_B[i]
    d = rand_date(rng)
    ev = d - dt.timedelta(days=rng.randint(1, 10))
    items = []
    for desc, unit, qlo, qhi, lo, hi, _ in rng.sample(HK_MENU, rng.randint(2, 3)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(int(lo), int(hi)))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    for desc, unit, lo, hi in rng.sample(HK_EXTRA, rng.randint(1, 2)):
        q = D(1) if unit in ("lot", "trip") else D(rng.randint(2, 30))
        p = D(rng.randint(int(lo), int(hi)))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    food = sum(x["amount"] for x in items)
    sc = q2(food * D("0.10"))
    items.append({"desc": "Service charge 10%", "unit": "", "qty": None, "price": None, "amount": sc, "show_qty": False})
    total = food + sc
    dep = q2(total * D(rng.choice(["0.3", "0.5"]))) if i in (0, 2) else None
    br = f"{digits(rng, 8, True)}-000-{rng.randint(1, 12):02d}-{d.strftime('%y')}-{rng.randint(1, 9)}"
    no = [f"HL{rng.randint(100000, 199999)}", f"JT-{d.year}-{rng.randint(1000, 9999)}", f"INV/{rng.randint(10000, 59999)}", f"{rng.randint(2000, 7999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: f"{x.day} {x.strftime('%B')} {x.year}"][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=7), d + dt.timedelta(days=30)][i]
    term = ["", "Payment on presentation", "", ""][i]
    po = [None, f"LC/ADM/{rng.randint(100, 999)}", None, f"PO{rng.randint(10000, 99999)}"][i]
    html = html_head(margin="12mm 14mm", fs="8.7pt") + """
<table style="width:100%;border-bottom:2px solid {{ color }}"><tr><td><div style="font-size:16pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div class="small">{{ v_addr }}</div><div class="small">Tel (852) {{ tel }} · Business Registration No. {{ br }}</div></td>
<td class="r" style="vertical-align:bottom"><div style="font-size:22pt;color:#999;letter-spacing:4px">INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%"><div class="small">Bill to</div><b>{{ b_name }}</b><div>Event: {{ event }}, {{ ev }}, {{ guests }} guests</div><div class="small">Venue: {{ venue }}</div></td>
<td><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 10px;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:#f3f3f3"><th style="text-align:left">Item</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price (HK$)</th><th class="r">Amount (HK$)</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e3e3e3"><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:260px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="border-top:2px solid {{ color }};font-size:10.5pt"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:16px" class="small">{{ term }}Cheques payable to "{{ v_name }}" or FPS ID {{ fps }}. Bank transfer: {{ bank }}, account {{ acct }}. Hong Kong levies no sales tax, VAT or GST; the service charge is the caterer's own.</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append(("Your P.O.", po))
    if due:
        meta.append(("Due Date", fd(due)))
    meta.append(("Event Order", f"EO-{rng.randint(1000, 9999)}"))
    tot = [("TOTAL (HK$)", en(total), True)]
    if dep:
        tot += [("Less: deposit received", "-" + en(dep), False), ("Balance due", en(total - dep), False)]
    ctx = dict(color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(2100, 3999)} {digits(rng, 4)}", br=br, b_name=bname, event=event, ev=ev.strftime("%d/%m/%Y"), guests=rng.randint(60, 320),
               venue=rng.choice(["Grand Ballroom, Harbour Hotel", "Clubhouse, Happy Valley", "Rooftop, Central Pier 9", "Function Room 3, Kowloon Tong Club"]), meta=meta,
               items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "u": x["unit"], "p": en(x["price"]) if x["price"] is not None else "", "a": en(x["amount"])} for x in items],
               tot=tot, term=(term + ". ") if term else "", fps=digits(rng, 7, True), bank=rng.choice(["HSBC", "Hang Seng Bank", "Bank of China (Hong Kong)"]), acct=f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 3)}")
    notes = (
        "Hong Kong banquet caterer's INVOICE in English with per-table and per-head menu rows, extras and a 'Service charge 10%' row without quantity (the caterer's own charge, part of the items and the total), no tax (Hong Kong has none): vendor = the company name (Limited) at the top; no vendor tax id (vendor_tax_id null: the Business Registration No. is a register number, a decoy); the event order, the guest count and the event date are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "'12 Mar 2026'", "yyyy-mm-dd", "'12 March 2026'"][i] + "); "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, "Your P.O.")
        + "subtotal and tax = null (no net printed, no tax); total = 'TOTAL (HK$)'"
        + ("; the deposit received and 'Balance due' are decoys" if dep else "")
        + ". Currency HKD. Amounts '1,234.00'. Line items: every row including the service charge (quantity = tables, heads, hours, bottles, 1; none on the service charge)."
    )
    t = truth(vname, None, no, po, d, due, "HKD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "TOTAL (HK$)", "Service charge 10%"], (html, ctx)
