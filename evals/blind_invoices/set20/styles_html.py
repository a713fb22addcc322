"""Chromium (HTML) styles for set 20 (01 Antiguan yacht-provisioning company's invoice with ABST 17 % on part of the
goods in EC dollars, 02 Réunion landscape gardener's facture written as a letter with TVA 8,5 % in euros, 03 Macanese
florist's factura in Portuguese to a hotel in patacas with no tax, 04 Myanmar network-cabling contractor's invoice by
floor with Commercial Tax 5 % in whole kyats, 05 Sint Maarten bookkeeping firm's factuur in Dutch with ToT 5 % in US
dollars or Caribbean guilders)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    de,
    digits,
    en,
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
from kit_common import en_date, fr_date, html_head, lines, rib_key, us_date
from kit_words import en_words_title
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Antigua yacht provisioning (ABST 17 % on standard-rated goods, zero-rated food, EC$)
AG_V = [("Falmouth Harbour Provisioning Ltd.", "Falmouth Harbour Marina Road, St. Paul's Parish", "#005f73"),
        ("Nelson's Galley Yacht Supplies Ltd.", "Dockyard Drive, English Harbour", "#9b2226"),
        ("Jolly Harbour Yacht Provisions Ltd.", "Jolly Harbour Commercial Centre, St. Mary's", "#386641"),
        ("Redcliffe Quay Marine Stores Ltd.", "Redcliffe Street, St. John's", "#5a189a")]
AG_YACHT = [("M/Y Seraphina", "Capt. R. Whitmore", "Falmouth Harbour Marina, Pier B"), ("S/Y Blue Tern", "Capt. A. Lindqvist", "Antigua Yacht Club Marina, berth 14"),
            ("M/Y Golden Osprey", "Capt. J. Hamilton", "Jolly Harbour Marina, dock C"), ("S/Y Marguerite II", "Capt. P. Delacroix", "Nelson's Dockyard, Antigua Slipway quay")]
AG_FOOD = [("Long-grain rice, 5 lb bag", "bag", 1, 6, "14.50", "22.00"), ("Whole milk UHT, 1 L", "ctn", 6, 24, "4.25", "6.50"),
           ("Eggs, local, tray of 30", "tray", 1, 4, "28.00", "42.00"), ("Fresh snapper, whole cleaned", "kg", 2, 12, "38.00", "55.00"),
           ("Chicken breast, boneless", "kg", 2, 10, "26.00", "36.00"), ("Butter bread, local bakery loaf", "loaf", 2, 10, "5.50", "9.00"),
           ("Fresh fruit, local (mango, pineapple, papaya)", "kg", 2, 15, "8.00", "16.00"), ("Flour, all-purpose 10 lb", "bag", 1, 3, "18.00", "26.00"),
           ("Brown sugar, 4 lb", "bag", 1, 4, "9.00", "14.00")]
AG_STD = [("Champagne, brut, 75 cl", "btl", 2, 24, "165.00", "230.00"), ("Rosé wine, Provence, 75 cl", "btl", 6, 36, "58.00", "95.00"),
          ("Antiguan rum, 5 year old, 75 cl", "btl", 2, 12, "52.00", "78.00"), ("Local lager, case of 24", "case", 1, 8, "92.00", "120.00"),
          ("Sparkling mineral water, 24 x 500 ml", "case", 1, 6, "68.00", "95.00"), ("Paper towels, 12 rolls", "pack", 1, 6, "28.00", "45.00"),
          ("Dishwasher tablets, box of 60", "box", 1, 4, "42.00", "65.00"), ("Sunscreen SPF 50, 200 ml", "btl", 2, 10, "38.00", "62.00"),
          ("Ice, bagged 10 lb", "bag", 4, 20, "6.50", "9.50")]


@style("01", "ag_yacht_provisioning_abst")
def s01(rng, i):
    vname, vaddr, color = AG_V[i]
    yacht, capt, berth = AG_YACHT[i]
    d = rand_date(rng)
    food = lines(rng, AG_FOOD, rng.randint(3, 5), D("0.05"), halves=True)
    std = lines(rng, AG_STD, rng.randint(3, 5), D("0.05"))
    for x in food:
        x["code"] = "Z"
    for x in std:
        x["code"] = "S"
    items = food + std
    net = sum(x["amount"] for x in items)
    base = sum(x["amount"] for x in std)
    tax = q2(base * D("0.17"))
    total = net + tax
    abst = digits(rng, 7, True)
    no = [f"FHP-{rng.randint(10000, 39999)}", f"{rng.randint(4000, 9999)}", f"JH/{d.strftime('%y')}/{rng.randint(100, 999)}", f"RQ{rng.randint(100000, 199999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d-%b-%y")][i]
    due = d + dt.timedelta(days=7) if i in (0, 2) else None
    term = ["", "Payable on delivery", "", "Payment before departure"][i]
    po = [None, f"PO-{rng.randint(1000, 9999)}", None, f"{yacht.split()[1][:3].upper()}-{rng.randint(100, 999)}"][i]
    cur = ["EC$", "XCD", "EC$", "EC Dollars"][i]
    usd = q2(total / D("2.70"))
    delivered = d - dt.timedelta(days=rng.randint(0, 2))
    html = html_head(margin="12mm 13mm", fs="8.3pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}, Antigua, W.I.</div><div>Tel +1 (268) {{ tel }} · orders@{{ dom }}.ag</div><div class="b">ABST Reg. No. {{ abst }}</div></td>
<td style="width:40%;vertical-align:top"><div style="border:1.5px solid {{ color }};padding:6px 8px"><div class="small">VESSEL</div><div class="b" style="font-size:10pt">{{ yacht }}</div><div>{{ capt }}</div><div>Berth: {{ berth }}</div><div>Delivered on board: {{ delivered }}</div></div></td></tr></table>
<div style="margin-top:10px;background:{{ color }};color:#fff;padding:5px 8px;font-size:13pt" class="b">INVOICE</div>
<table style="margin-top:6px">{% for k, v in meta %}<tr><td style="padding:1px 14px 1px 0;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table>
<table class="it"><tr style="border-bottom:1.5px solid #333"><th style="text-align:left">Item</th><th>Unit</th><th class="r">Qty</th><th class="r">Price</th><th class="c">ABST</th><th class="r">Amount</th></tr>
<tr><td colspan="6" class="b" style="color:{{ color }};padding-top:7px">PROVISIONS</td></tr>
{% for it in food %}<tr style="border-bottom:1px solid #e3e3e3"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">Z</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="6" class="b" style="color:{{ color }};padding-top:7px">BEVERAGES &amp; SUNDRIES</td></tr>
{% for it in std %}<tr style="border-bottom:1px solid #e3e3e3"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">S</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top" class="small">ABST codes: S = standard rate 17%, Z = zero-rated basic food.<br>Standard-rated goods: {{ base }} · Zero-rated goods: {{ zero }}<br><br>For information only: US$ {{ usd }} at EC$2.70 = US$1.00.</td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Sub-total</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">ABST 17%</td><td class="r">{{ tax }}</td></tr>
<tr style="border-top:2px solid #333"><td style="padding:4px 10px" class="b">TOTAL {{ cur }}</td><td class="r b">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:18px;border-top:1px solid #bbb;padding-top:5px">{% if term %}Terms: {{ term }}. {% endif %}Bank transfer to {{ bank }}, account {{ acct }}, or card on board (3% card fee). Please quote the invoice number.</div>
<div class="small" style="margin-top:6px">Goods checked and received in good order by: ______________________ (crew)</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Date", fd(d))]
    if po:
        meta.append(("Order ref.", po))
    if due:
        meta.append(("Due date", fd(due)))
    money = en
    row = lambda it: {"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])}  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(460, 562)}-{digits(rng, 4)}", dom=vname.split()[0].lower().replace("'", ""), abst=abst,
        yacht=yacht, capt=capt, berth=berth, delivered=delivered.strftime("%d/%m"), meta=meta, food=[row(x) for x in food], std=[row(x) for x in std],
        base=money(base), zero=money(net - base), usd=money(usd), net=money(net), tax=money(tax), total=money(total), cur=cur, term=term,
        bank=rng.choice(["Eastern Caribbean Amalgamated Bank", "Antigua Commercial Bank", "CIBC Caribbean (Antigua)", "RBC Royal Bank (Antigua)"]), acct=digits(rng, 10),
    )
    notes = (
        "Antiguan yacht-provisioning company's INVOICE in English to a yacht: vendor = the company name (Ltd.) at the top left; vendor tax id = 'ABST Reg. No.' (7 digits, shape unverified, random); the vessel, captain and berth are the buyer's block; the bank account is a decoy. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yy"][i] + "); 'Delivered on board' (dd/mm) is a decoy date. "
        + ("due = 'Due date' (7 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Order ref.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Sub-total' (all rows); tax = 'ABST 17%' on the rows coded S only (the PROVISIONS rows are coded Z, zero-rated); total = 'TOTAL {cur}'. The standard-rated and zero-rated sums and the US$ amount 'for information only' are decoys. "
        "Currency XCD. Amounts '1,234.56'. Line items: every row under PROVISIONS and BEVERAGES & SUNDRIES (quantity = bags, cartons, kg with halves, bottles, cases)."
    )
    t = T(vendor_name=vname, vendor_tax_id=abst, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XCD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "ABST Reg. No. " + abst, no, po, vname, f"TOTAL {cur}"], (html, ctx)


# =========================================================================== 02 Réunion landscape gardener, a letter (SIRET, TVA 8,5 %, EUR)
RE_V = [("Jardins du Volcan SARL", "12 rue Marius et Ary Leblond", "97410 Saint-Pierre", "Saint-Pierre", "Jean-Marc Hoarau, gérant", "#2d6a4f"),
        ("Espaces Verts de l'Ouest EURL", "45 chemin Bruniquel", "97460 Saint-Paul", "Saint-Paul", "Sylvie Grondin, gérante", "#1d3557"),
        ("Paysages Créoles SAS", "8 rue du Général de Gaulle", "97430 Le Tampon", "Le Tampon", "Didier Payet, président", "#7f4f24"),
        ("Vert Lagon SARL", "23 allée des Filaos", "97434 Saint-Gilles-les-Bains", "Saint-Gilles-les-Bains", "Nathalie Técher, gérante", "#006d77")]
RE_B = [("Syndic Océan Indien Gestion", "Résidence Les Flamboyants", "15 rue de Paris", "97400 Saint-Denis"),
        ("Clinique Les Orchidées SAS", "Services généraux", "avenue de Bourbon", "97460 Saint-Paul"),
        ("Hôtel Le Récif SA", "À l'attention de la direction technique", "Boucan Canot", "97434 Saint-Gilles-les-Bains"),
        ("SCI Les Hauts de Saint-Pierre", "Chez M. et Mme Fontaine", "6 impasse des Goyaviers", "97410 Saint-Pierre")]
RE_WORK = [("Tonte des pelouses et ramassage de l'herbe", "passage", 2, 8, "85.00", "220.00"), ("Taille des haies", "ml", 20, 180, "2.50", "6.00"),
           ("Élagage de cocotiers, nettoyage des palmes et des noix", "arbre", 2, 15, "45.00", "95.00"), ("Débroussaillage du talus", "m²", 100, 1200, "0.80", "2.20"),
           ("Évacuation des déchets verts en déchetterie", "m³", 2, 18, "28.00", "55.00"), ("Fourniture et plantation de bougainvilliers (pot de 10 L)", "u", 3, 30, "12.00", "28.00"),
           ("Traitement des palmiers contre le charançon", "forfait", 1, 1, "120.00", "380.00"), ("Désherbage manuel des massifs", "heure", 3, 24, "32.00", "45.00")]


@style("02", "re_paysagiste_facture_lettre")
def s02(rng, i):
    vname, vstreet, vcity, place, signer, color = RE_V[i]
    bname, battn, bstreet, bcity = RE_B[i]
    d = rand_date(rng)
    items = lines(rng, RE_WORK, rng.randint(3, 6), D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.085"))
    total = net + tax
    siren9 = valid(rng, lambda: digits(rng, 9, True), _siren.is_valid)
    nic = valid(rng, lambda: f"000{rng.randint(10, 99)}", lambda s: _siret.is_valid(siren9 + s))
    siret_p = _siret.format(siren9 + nic)
    no = [f"{d.year}-{rng.randint(10, 199):03d}", f"F{rng.randint(1000, 4999)}", f"FA-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{rng.randint(300, 999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{MONTHS['fr_days'][x.weekday()]} {fr_date(x)}", lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    po = [None, f"BC-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(45000, 45999)}", None][i]
    prev = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{MONTHS['fr'][prev.month - 1]} {prev.year}"
    bank_code, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
    bank, bic = rng.choice([("BFC Océan Indien", "BFCORERX"), ("Banque de La Réunion", "REUBRERX"), ("Crédit Agricole de La Réunion", "AGRIRERX"), ("BRED Réunion", "BREDRERX")])
    ib = iban("FR", bank_code + branch + acct + rib_key(bank_code, branch, acct))
    html = html_head(margin="16mm 18mm", font="'DejaVu Serif',serif", fs="9pt") + """
<div style="border-left:5px solid {{ color }};padding-left:10px"><div style="font-size:15pt;color:{{ color }}" class="b">{{ v_name }}</div><div>Création et entretien de jardins · Élagage · Espaces verts</div><div>{{ v_street }} – {{ v_city }} – La Réunion</div><div>Tél. 0262 {{ tel }} · 0692 {{ mob }}</div></div>
<table style="width:100%;margin-top:22px"><tr><td style="width:52%"></td><td><b>{{ b_name }}</b><br>{{ b_attn }}<br>{{ b_street }}<br>{{ b_city }}</td></tr></table>
<div style="text-align:right;margin-top:22px">{{ place }}, le {{ date }}</div>
<div style="margin-top:18px"><b>Objet : Facture n° {{ no }}</b> – entretien des espaces verts, {{ period }}{% if po %}<br>Référence : votre commande n° {{ po }}{% endif %}</div>
<p style="margin-top:16px">Madame, Monsieur,</p>
<p style="text-align:justify">Nous avons le plaisir de vous adresser ci-dessous le détail des travaux réalisés sur votre site au cours du mois de {{ period }}, conformément à notre devis accepté.</p>
<table class="it" style="margin-top:6px"><tr style="border-bottom:1px solid #333"><th style="text-align:left">Désignation</th><th class="r">Quantité</th><th>Unité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;border-top:1px solid #333"><tr><td style="padding:2px 12px">Total HT</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 12px">TVA 8,5 %</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:3px 12px" class="b">Total TTC</td><td class="r b">{{ total }}</td></tr></table>
<p style="text-align:justify;margin-top:16px">Nous vous remercions de bien vouloir régler la somme de {{ total }} {% if due %}par virement avant le {{ due }}{% else %}à réception de la présente facture{% endif %}, en rappelant le numéro de facture, sur notre compte {{ bank }} : IBAN {{ iban }} – BIC {{ bic }}.</p>
<p style="text-align:justify">Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<div style="margin-left:55%;margin-top:16px">{{ signer }}</div>
<div class="small" style="position:fixed;bottom:0;width:100%;text-align:center;border-top:1px solid #ccc;padding-top:4px">{{ v_name }} au capital de {{ capital }} € · SIRET {{ siret }} · APE 8130Z · RCS {{ rcs }}<br>Pas d'escompte pour paiement anticipé. Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.</div>
</body></html>"""
    money = lambda x: sp(x) + " €"  # noqa: E731
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, tel=f"{rng.randint(20, 59)} {rng.randint(10, 99)} {rng.randint(10, 99)}", mob=f"{rng.randint(10, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        b_name=bname, b_attn=battn, b_street=bstreet, b_city=bcity, place=place, date=fd(d), no=no, period=period, po=po,
        items=[{"desc": x["desc"], "q": qstr(x["qty"]), "unit": x["unit"], "p": money(x["price"]), "a": money(x["amount"])} for x in items],
        net=money(net), tax=money(tax), total=money(total), due=fd(due) if due else None, bank=bank, iban=iban_fmt(ib), bic=bic, signer=signer, capital=rng.choice(["1 000", "5 000", "7 500", "10 000"]),
        siret=siret_p, rcs=f"{'Saint-Pierre' if i in (0, 2) else 'Saint-Denis'} {_siret.format(siren9 + nic)[:11]}",
    )
    notes = (
        "Réunion landscape gardener's FACTURE written as a letter in French: vendor = the company name (SARL/EURL/SAS) in the letterhead; vendor tax id = 'SIRET' printed '123 456 789 00012' (valid under python-stdnum's fr.siret; Réunion businesses have no intra-EU VAT number), the truth as printed with its spaces; the RCS number (the SIREN inside it), the APE code and the IBAN are decoys. "
        "invoice_number = 'Facture n°' in the 'Objet' line; invoice_date = the letter's date after the place ('" + place + ", le ...', " + ["'12 mars 2026'", "dd/mm/yyyy", "'jeudi 12 mars 2026'", "dd/mm/yy"][i] + "). "
        + ("due = the date in the payment sentence ('par virement avant le ...', 30 days). " if due else "'à réception de la présente facture' is a term: no due date (null). ")
        + (f"PO = 'votre commande n°' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 8,5 %' (the DOM standard rate); total = 'Total TTC' (repeated in the payment sentence); the 40 € recovery indemnity and the share capital are legal mentions (decoys). Currency EUR ('€'), amounts '1 234,56 €'. Line items: every row of the table (quantity = passages, metres, trees, m², m³, units, hours)."
    )
    t = T(vendor_name=vname, vendor_tax_id=siret_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [f"{place}, le {fd(d)}", f"avant le {fd(due)}" if due else None, "SIRET " + siret_p, "Facture n° " + no, po, vname, "€"], (html, ctx)


# =========================================================================== 03 Macau florist (N.º de contribuinte, no tax, MOP)
MO_V = [("Flores Lótus, Limitada", "Rua de S. Paulo, n.º 21, r/c, Macau", "#b5179e"),
        ("Florista Jardim da Penha, Lda.", "Calçada do Bom Jesus, n.º 7, Macau", "#2b9348"),
        ("Orquídea Dourada – Arte Floral, Sociedade Unipessoal Limitada", "Rua do Cunha, n.º 33, Taipa, Macau", "#c9a227"),
        ("Camélia Decoração Floral, Limitada", "Avenida do Conselheiro Ferreira de Almeida, n.º 58-A, Macau", "#d62828")]
MO_B = [("Hotel Baía da Praia Grande, S.A.", "Avenida da Praia Grande, Macau"), ("Restaurante Clube Militar, Lda.", "Avenida da Praia Grande, n.º 975, Macau"),
        ("Sociedade Hoteleira Cotai Estrela, S.A.", "Estrada do Istmo, Cotai"), ("Banco Comercial do Delta, S.A.", "Avenida da Amizade, Macau")]
MO_WORK = [("Arranjo floral semanal para o átrio", "semana", 2, 5, "1800", "4200"), ("Centros de mesa, rosas e orquídeas", "un.", 6, 40, "180", "420"),
           ("Decoração floral de banquete", "serviço", 1, 1, "8000", "26000"), ("Orquídeas Phalaenopsis em vaso, aluguer mensal", "vaso", 4, 20, "120", "260"),
           ("Coroa de flores para inauguração", "un.", 1, 3, "1200", "2800"), ("Ramo de noiva", "un.", 1, 2, "900", "2200"),
           ("Entrega e montagem", "deslocação", 1, 6, "80", "200"), ("Plantas de interior, manutenção mensal", "mês", 1, 1, "600", "1500")]


@style("03", "mo_florista_hotel_patacas")
def s03(rng, i):
    vname, vaddr, color = MO_V[i]
    bname, baddr = MO_B[i]
    d = rand_date(rng)
    items = lines(rng, MO_WORK, rng.randint(3, 6), D("10"))
    net = sum(x["amount"] for x in items)
    total = net
    nif = digits(rng, 8, True)
    no = [f"FL{rng.randint(10000, 39999)}", f"{rng.randint(100, 999)}/{d.year}", f"OD-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['pt_cap'][x.month - 1]} de {x.year}", lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    term = ["", "Pagamento a 30 dias após a entrega", "Pronto pagamento", ""][i]
    po = [None, f"REQ-{rng.randint(1000, 9999)}", f"{rng.randint(7000000, 7999999)}", None][i]
    cur = ["MOP$", "MOP", "Patacas", "MOP$"][i]
    deliveries = sorted(rng.sample(range(1, 28), 4))
    prev = d.replace(day=1) - dt.timedelta(days=1)
    html = html_head(margin="13mm 15mm", fs="8.5pt") + """
<div style="text-align:center;border-top:3px double {{ color }};border-bottom:3px double {{ color }};padding:8px 0"><div style="font-size:16pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }} · Tel. (853) {{ tel }}</div><div>N.º de contribuinte: {{ nif }} · Registo Comercial n.º {{ reg }} (SO)</div></div>
<div style="text-align:center;font-size:14pt;letter-spacing:4px;margin-top:10px" class="b">FACTURA</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%;vertical-align:top"><div class="small">Cliente</div><b>{{ b_name }}</b><br>{{ b_addr }}</td>
<td><table style="margin-left:auto;border:1px solid #999">{% for k, v in meta %}<tr><td style="padding:2px 8px;border-bottom:1px solid #ddd;background:#f6f6f6">{{ k }}</td><td style="padding:2px 8px;border-bottom:1px solid #ddd" class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Descrição</th><th>Unidade</th><th class="r">Quant.</th><th class="r">Preço unitário</th><th class="r">Importância</th></tr>
{% for it in items %}<tr style="background:{{ loop.cycle('#fff', '#f4f4f4') }}"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%" class="small">Entregas no mês anterior: {{ deliveries }}.<br>Flores frescas: substituição gratuita no prazo de 48 horas.</td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr>
<tr style="border-top:1.5px solid #333"><td style="padding:4px 10px" class="b">Total a pagar ({{ cur }})</td><td class="r b">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:14px">{% if term %}Condições de pagamento: {{ term }}. {% endif %}Pagamento por cheque à ordem de {{ v_name }} ou por transferência para o {{ bank }}, conta n.º {{ acct }}.</div>
<div style="margin-top:26px;border-top:1px dashed #999;padding-top:6px" class="small">RECIBO – Recebemos de {{ b_name }} a quantia de {{ cur }} {{ total }}, referente à factura acima. Macau, ____/____/______ Assinatura: ______________________</div>
</body></html>"""
    meta = [("Factura n.º", no), ("Data", fd(d))]
    if po:
        meta.append(("Requisição n.º", po))
    if due:
        meta.append(("Data de vencimento", fd(due)))
    money = en
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"28{digits(rng, 6)}", nif=nif, reg=rng.randint(10000, 89999), b_name=bname, b_addr=baddr, meta=meta,
        items=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in items],
        deliveries=", ".join(f"{k:02d}/{prev.month:02d}" for k in deliveries), net=money(net), total=money(total), cur=cur, term=term,
        bank=rng.choice(["Banco Nacional Ultramarino", "Banco da China, Sucursal de Macau", "Banco Tai Fung", "Banco Luso Internacional"]), acct=f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 1)}",
    )
    notes = (
        "Macanese florist's FACTURA in Portuguese to a hotel, restaurant or bank (Macau levies no VAT: no tax is printed): vendor = the company name (Limitada/Lda./Sociedade Unipessoal Limitada) centred at the top; vendor tax id = 'N.º de contribuinte' (8 digits, shape unverified, random); the commercial registry number and the bank account are decoys. "
        "invoice_number = 'Factura n.º'; invoice_date = 'Data' (" + ["dd/mm/yyyy", "'12 de Março de 2026'", "yyyy/mm/dd", "dd-mm-yyyy"][i] + "); the delivery days (dd/mm) are decoys. "
        + ("due = 'Data de vencimento' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Requisição n.º' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal' (equal to the total); tax null (not printed, none due); total = 'Total a pagar ({cur})', repeated in the receipt stub. Currency MOP, the pataca. Amounts '1,234.00'. Line items: every row."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="MOP", subtotal=mt(net), tax=None, total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "N.º de contribuinte: " + nif, no, po, vname, f"Total a pagar ({cur})"], (html, ctx)


# =========================================================================== 04 Myanmar network cabling by floor (TIN, Commercial Tax 5 %, MMK whole kyats)
MM_V = [("Golden Lotus Network Solutions Co., Ltd.", "No. 45, Kaba Aye Pagoda Road, Bahan Township, Yangon", "#1b4965"),
        ("Shwe Pyi Tech Engineering Co., Ltd.", "No. 112, Pyay Road, Kamayut Township, Yangon", "#9d0208"),
        ("Yadanar Link Systems Co., Ltd.", "No. 23, 78th Street, Chanayethazan Township, Mandalay", "#2a9d8f"),
        ("Ayeyar IT & Cabling Services Co., Ltd.", "No. 9, Strand Road, Ward 3, Pathein", "#6a4c93")]
MM_B = [("Hlaing Tharyar Garment Manufacturing Co., Ltd.", "Plot 118, Hlaing Tharyar Industrial Zone, Yangon", "new office block"),
        ("Inya Lake Medical Centre Co., Ltd.", "No. 7, Kaba Aye Pagoda Road, Mayangone Township, Yangon", "outpatient wing"),
        ("Mandalay Trading Hub Co., Ltd.", "No. 54, 35th Street, Chanayethazan Township, Mandalay", "showroom and office"),
        ("Delta Agro Distribution Co., Ltd.", "No. 88, Merchant Street, Pathein", "head office fit-out")]
MM_FLOOR = [("Cat6 UTP data point, supply and install", "pt", 8, 60, 85000, 140000), ("Cat6 patch cord, 2 m", "pc", 8, 60, 6000, 12000),
            ("24-port Cat6 patch panel, loaded", "pc", 1, 4, 180000, 320000), ("Wall-mount rack 12U with PDU", "set", 1, 2, 650000, 1100000),
            ("PVC trunking and cable tray", "m", 20, 150, 9000, 18000), ("Wi-Fi access point cabling and mounting", "pt", 1, 8, 120000, 210000),
            ("CCTV camera cabling point", "pt", 2, 16, 95000, 150000)]
MM_PROJECT = [("Fibre backbone, OM3 6-core, riser", "m", 30, 200, 14000, 26000), ("Testing and certification report, all points", "lot", 1, 1, 350000, 900000),
              ("Project management and as-built drawings", "lot", 1, 1, 400000, 1200000)]
MM_FLOORS = ["Ground Floor", "1st Floor", "2nd Floor", "3rd Floor", "4th Floor"]


@style("04", "mm_network_cabling_ct_kyats")
def s04(rng, i):
    vname, vaddr, color = MM_V[i]
    bname, baddr, project = MM_B[i]
    d = rand_date(rng)
    nfloors = [3, 4, 2, 5][i]
    floors = []
    for f in MM_FLOORS[:nfloors]:
        rows = lines(rng, MM_FLOOR, rng.randint(4, 6), D("500"))
        for x in rows:
            x["desc"] = f"{x['desc']} – {f}"
        floors.append((f, rows))
    proj = lines(rng, MM_PROJECT, 3, D("500"))
    items = [x for _f, rows in floors for x in rows] + proj
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.05"))
    total = net + tax
    tin = digits(rng, 9, True)
    coreg = f"1{digits(rng, 8)}"
    no = [f"GL/INV/{d.year}/{rng.randint(100, 999)}", f"SPT-{rng.randint(1000, 9999)}", f"INV-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{rng.randint(5000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), en_date, lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=14), None, d + dt.timedelta(days=30)][i]
    term = ["30 days after completion", "", "30% advance, balance on handover", ""][i]
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"MTH/PO/{rng.randint(100, 999)}", None][i]
    cur = ["MMK", "Ks", "Kyats", "MMK"][i]
    advance = q0(total * D("0.30") / 1000) * 1000 if i == 2 else None
    html = html_head(margin="12mm 13mm", fs="8.2pt") + """
<table style="width:100%"><tr><td style="width:60px;vertical-align:top"><div style="width:48px;height:48px;background:{{ color }};color:#fff;font-size:20pt;text-align:center;line-height:48px" class="b">{{ initials }}</div></td>
<td style="vertical-align:top"><div style="font-size:14pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel +95 9 {{ tel }} · sales@{{ dom }}.com.mm</div><div>Company Reg. No. {{ coreg }} · TIN {{ tin }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:22pt;color:{{ color }}" class="b">INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:10px;border:1px solid #bbb"><tr><td style="padding:6px;width:55%;border-right:1px solid #bbb"><div class="small">Bill To</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Project: structured cabling, {{ project }}</td>
<td style="padding:6px"><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><thead><tr style="background:#eee;border-bottom:1.5px solid #333"><th>No.</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Unit Price</th><th class="r">Amount</th></tr></thead><tbody>
{% for f, rows, fsum in floors %}<tr><td colspan="6" class="b" style="background:#f6f6f6">{{ f }}</td></tr>
{% for it in rows %}<tr style="border-bottom:1px solid #e5e5e5"><td class="c">{{ it.n }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td></td><td colspan="4" style="text-align:right;font-style:italic">Floor total, {{ f }}</td><td class="r" style="font-style:italic">{{ fsum }}</td></tr>{% endfor %}
<tr><td colspan="6" class="b" style="background:#f6f6f6">Backbone, testing and documentation</td></tr>
{% for it in proj %}<tr style="border-bottom:1px solid #e5e5e5"><td class="c">{{ it.n }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</tbody></table>
<div style="page-break-inside:avoid"><table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top">Amount in words: <i>Kyats {{ words }} Only</i></td>
<td><table style="margin-left:auto"><tr><td style="padding:2px 10px">Sub Total</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px">Commercial Tax 5%</td><td class="r">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff"><td style="padding:4px 10px" class="b">Grand Total ({{ cur }})</td><td class="r b" style="padding:4px 6px">{{ total }}</td></tr>
{% if advance %}<tr><td style="padding:2px 10px" class="small">Advance received (30%)</td><td class="r small">{{ advance }}</td></tr><tr><td style="padding:2px 10px" class="small">Balance due on handover</td><td class="r small">{{ balance }}</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:12px">{% if term %}Payment terms: {{ term }}. {% endif %}Please pay by bank transfer to {{ bank }}, A/C {{ acct }}, in the name of {{ v_name }}<br>Warranty: 2 years on cabling and workmanship.</div>
<table style="width:100%;margin-top:26px"><tr><td style="width:60%"></td><td style="text-align:center"><div style="width:70px;height:70px;border:2px solid {{ color }};border-radius:50%;margin:0 auto;color:{{ color }};font-size:6pt;display:flex;align-items:center;justify-content:center">COMPANY<br>SEAL</div><div style="border-top:1px solid #333;margin-top:6px">Authorized Signature</div></td></tr></table></div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append(("PO No.", po))
    if due:
        meta.append(("Due Date", fd(due)))
    meta.append(("Job No.", f"J-{rng.randint(1000, 9999)}"))
    money = lambda x: en(x, 0)  # noqa: E731
    k = 0
    fl_ctx = []
    for f, rows in floors:
        rr = []
        for x in rows:
            k += 1
            rr.append({"n": k, "desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])})
        fl_ctx.append((f, rr, money(sum(x["amount"] for x in rows))))
    pr_ctx = []
    for x in proj:
        k += 1
        pr_ctx.append({"n": k, "desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])})
    ctx = dict(
        color=color, initials="".join(w[0] for w in vname.split()[:2]), v_name=vname, v_addr=vaddr, tel=f"{rng.randint(250, 799)} {digits(rng, 3)} {digits(rng, 3)}", dom=vname.split()[0].lower(),
        coreg=coreg, tin=tin, b_name=bname, b_addr=baddr, project=project, meta=meta, floors=fl_ctx, proj=pr_ctx, words=en_words_title(total),
        net=money(net), tax=money(tax), total=money(total), cur=cur, advance=money(advance) if advance else None, balance=money(total - advance) if advance else None, term=term,
        bank=rng.choice(["KBZ Bank", "AYA Bank", "CB Bank", "Yoma Bank"]), acct=digits(rng, 14),
    )
    notes = (
        "Myanmar network-cabling contractor's INVOICE in English, its rows grouped by floor (" + str(nfloors) + " floors; two pages when long): vendor = the company name (Co., Ltd.) at the top; vendor tax id = 'TIN' (9 digits, shape unverified, random); 'Company Reg. No.' beside it, the job number and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd-mm-yyyy", "'12 March 2026'", "dd-Mon-yyyy", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'PO No.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Sub Total'; tax = 'Commercial Tax 5%' (whole kyats, rounded half up); total = 'Grand Total ({cur})'; the italic 'Floor total' rows are section sums (decoys)"
        + ("; 'Advance received (30%)' and 'Balance due on handover' are decoys" if advance else "")
        + "; the amount in words repeats the total. Currency MMK, whole kyats '12,345,000'. Line items: every numbered row (quantity = points, pieces, sets, metres, lots)."
    )
    t = T(vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="MMK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "TIN " + tin, no, po, vname, f"Grand Total ({cur})"], (html, ctx)


# =========================================================================== 05 Sint Maarten bookkeeping firm (CRIB, ToT 5 %, USD or XCG), in Dutch
SX_V = [("Administratiekantoor Philipsburg B.V.", "Front Street 112, Philipsburg", "#14213d"),
        ("Boekhoudbureau Cole Bay N.V.", "Welfare Road 48, Cole Bay", "#7b2cbf"),
        ("Simpson Bay Administratie & Fiscaal Advies B.V.", "Airport Road 21, Simpson Bay", "#0077b6"),
        ("Fiscaal Adviesbureau Cul de Sac B.V.", "L.B. Scot Road 7, Cul de Sac", "#9a031e")]
SX_B = [("Dutch Quarter Bakery N.V.", "Union Road 15, Dutch Quarter"), ("Maho Water Sports B.V.", "Rhine Road 3, Maho"),
        ("Pointe Blanche Marine Supplies N.V.", "Pointe Blanche Road 60, Pointe Blanche"), ("Cole Bay Auto Parts B.V.", "Welfare Road 102, Cole Bay")]


def _sx_work(month, year):
    return [(f"Financiële administratie {month} {year}", "maand", 1, 1, "650.00", "1850.00"), ("Loonadministratie, per werknemer", "werknemer", 3, 40, "35.00", "65.00"),
            (f"Aangifte omzetbelasting (ToT) {month}", "aangifte", 1, 1, "75.00", "180.00"), ("Aangifte loonbelasting en premies AOV/AWW en ZV", "aangifte", 1, 1, "90.00", "220.00"),
            (f"Jaarrekening {year - 1}, tweede termijn", "termijn", 1, 1, "1200.00", "3500.00"), ("Fiscaal advies en correspondentie met de Belastingdienst", "uur", 1, 8, "95.00", "165.00"),
            (f"Aangifte winstbelasting {year - 1}", "aangifte", 1, 1, "850.00", "2200.00")]


@style("05", "sx_administratiekantoor_tot")
def s05(rng, i):
    vname, vaddr, color = SX_V[i]
    bname, baddr = SX_B[i]
    d = rand_date(rng, dt.date(2025, 7, 1))
    prev = d.replace(day=1) - dt.timedelta(days=1)
    items = lines(rng, _sx_work(MONTHS["nl"][prev.month - 1], prev.year), rng.randint(3, 6), D("0.05"), halves=True)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    crib = f"{rng.randint(400, 499)}.{digits(rng, 3)}.{digits(rng, 3)}"
    no = [f"{d.year}{rng.randint(1000, 1999)}", f"F{rng.randint(10000, 19999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"ADM/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['nl_short'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=14), d + dt.timedelta(days=30), None, None][i]
    term = ["", "", "Betaling binnen 14 dagen na factuurdatum", "Betaling per omgaande"][i]
    po = [None, f"{rng.randint(2025001, 2025999)}", None, f"CBA-{rng.randint(100, 999)}"][i]
    code, cur = [("USD", "USD"), ("XCG", "Cg"), ("USD", "US$"), ("XCG", "XCG")][i]
    html = html_head(margin="0", fs="8.6pt") + """
<table style="width:100%;height:297mm"><tr><td style="width:58mm;background:{{ color }};color:#fff;padding:16mm 7mm 10mm 9mm;vertical-align:top">
<div style="font-size:13pt;line-height:1.25" class="b">{{ v_name }}</div><div style="margin-top:10px">{{ v_addr }}<br>Sint Maarten</div><div style="margin-top:10px">Tel. +1 721 {{ tel }}<br>info@{{ dom }}.sx</div>
<div style="margin-top:16px">CRIB-nummer<br><b>{{ crib }}</b></div><div style="margin-top:8px">KvK-nummer<br>{{ kvk }}</div>
<div style="margin-top:16px">Bank<br>{{ bank }}<br>rek.nr. {{ acct }}</div><div style="margin-top:26px;font-size:7pt">Op al onze diensten zijn onze algemene voorwaarden van toepassing.</div></td>
<td style="padding:16mm 14mm 10mm 10mm;vertical-align:top">
<div style="font-size:24pt;color:{{ color }}" class="b">Factuur</div>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><b>{{ b_name }}</b><br>t.a.v. de directie<br>{{ b_addr }}<br>Sint Maarten</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0;color:#666">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it" style="margin-top:18px"><tr style="border-bottom:1.5px solid {{ color }}"><th style="text-align:left">Omschrijving</th><th class="r">Aantal</th><th>Eenheid</th><th class="r">Tarief</th><th class="r">Bedrag</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e6e6e6"><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px"><tr><td style="padding:2px 12px">Subtotaal</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 12px">ToT 5%</td><td class="r">{{ tax }}</td></tr>
<tr style="border-top:2px solid {{ color }}"><td style="padding:4px 12px" class="b">Totaal te betalen</td><td class="r b">{{ cur }} {{ total }}</td></tr></table>
<div style="margin-top:8px;text-align:right" class="small">Alle bedragen in {{ cur }}.</div>
<div style="margin-top:22px">{% if term %}{{ term }}. {% endif %}Gelieve bij betaling het factuurnummer {{ no }} te vermelden.</div>
<div style="margin-top:6px" class="small">Debiteurnummer {{ deb }} · Periode: {{ period }}</div>
</td></tr></table></body></html>"""
    meta = [("Factuurnummer", no), ("Factuurdatum", fd(d))]
    if due:
        meta.append(("Vervaldatum", fd(due)))
    if po:
        meta.append(("Uw referentie", po))
    money = de
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.randint(542, 588)}-{digits(rng, 4)}", dom=vname.split()[0].lower(), crib=crib, kvk=rng.randint(10000, 39999),
        bank=rng.choice(["Windward Islands Bank", "Orco Bank", "RBC Royal Bank N.V.", "The Windward Islands Bank Ltd."]), acct=f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}",
        b_name=bname, b_addr=baddr, meta=meta, no=no,
        items=[{"desc": x["desc"], "q": de(x["qty"], 1) if x["qty"] != x["qty"].to_integral_value() else qstr(x["qty"]), "unit": x["unit"], "p": money(x["price"]), "a": money(x["amount"])} for x in items],
        net=money(net), tax=money(tax), total=money(total), cur=cur, term=term, deb=f"D{rng.randint(1000, 4999)}", period=f"{MONTHS['nl'][prev.month - 1]} {prev.year}",
    )
    notes = (
        "Sint Maarten bookkeeping firm's FACTUUR in Dutch with a coloured left sidebar (the firm's name, address, CRIB and KvK numbers and bank): vendor = the firm's name (B.V./N.V.) at the top of the sidebar; vendor tax id = 'CRIB-nummer' printed '4xx.xxx.xxx' (shape from one web page, unverified; random), the truth as printed with its dots; the KvK number, the bank account and the 'Debiteurnummer' are decoys. "
        "invoice_number = 'Factuurnummer' (also repeated in the payment sentence); invoice_date = 'Factuurdatum' (" + ["'12 maart 2026'", "dd-mm-yyyy", "'12 mrt 2026'", "dd/mm/yyyy"][i] + "); the month in the descriptions and the 'Periode' are decoys. "
        + ("due = 'Vervaldatum'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Uw referentie' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotaal'; tax = 'ToT 5%' (turnover tax); total = 'Totaal te betalen' ({cur} before the amount). Currency {code} ('{cur}'" + (", the Caribbean guilder, in use since 31 March 2025" if code == "XCG" else "") + "). Amounts '1.234,56'. Line items: every row (quantity = months, employees, returns, hours with halves printed '1,5')."
    )
    t = T(vendor_name=vname, vendor_tax_id=crib, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency=code, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, crib, no, po, vname, f"{cur} {money(total)}"], (html, ctx)
