"""Chromium (HTML) styles for set 23, first part (01 Saint Vincent and the Grenadines recording studio's invoice with a
session log in hours and minutes and VAT 16 % in EC dollars, 02 Saint-Martin villa concierge's monthly facture with
services under the TGCA 4 % and disbursements outside it, 03 Central African joinery's facture définitive for school
desks to an NGO with TVA 19 % in whole CFA francs and a delivery register by school)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, due_note, po_note
from kit_common import truth, valid_id
from invoice_kit import digits, en, exact_price, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry
from kit_common import en_date, fr_date, html_head, lines, rib_key, us_date
from kit_words import fr_words
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret

STYLES, style = style_registry("chromium")


# =========================================================================== 01 St Vincent recording studio (VAT Reg. No., VAT 16 %, EC$), session log
VC_V = [("Soufrière Sound Studios Ltd.", "Bay Street, Kingstown", "#e76f51"), ("Riddim Yard Recording Inc.", "Upper Sion Hill, Kingstown", "#8338ec"),
        ("Bequia Harbour Recording Ltd.", "Belmont Walkway, Port Elizabeth, Bequia", "#0081a7"), ("Arnos Vale Audio Works Ltd.", "Arnos Vale, St. George", "#2b9348")]
VC_B = [("Kingstown Carnival Development Corporation", "Victoria Park, Kingstown", "Vincy Mas road march 2026"), ("Ms. Shanelle \"Skinny Fabulous\" Ollivierre", "Layou, St. Vincent", "EP \"Leeward Side\""),
        ("Grenadines Gospel Choir Inc.", "Mustique Road, Union Island", "Album \"Still Waters\""), ("Caribbean Jingle House Ltd.", "Halifax Street, Kingstown", "Radio spots for a telecom campaign")]
VC_SESS = [("Tracking session, Studio A, with engineer", "hr", 3, 8, 110, 160), ("Vocal recording session, Booth B, with engineer", "hr", 2, 6, 90, 130),
           ("Overdub session (steel pan, percussion)", "hr", 2, 5, 90, 130), ("Editing and comping, engineer only", "hr", 2, 6, 70, 95)]
VC_OTHER = [("Mixing, per song (two revisions included)", "song", 1, 6, 450, 800), ("Mastering, per track", "track", 1, 8, 150, 260), ("Session guitarist", "hr", 2, 6, 80, 120),
            ("Backline hire: drum kit and amplifiers", "day", 1, 3, 120, 200), ("Hard drive 2 TB with session files", "ea", 1, 2, 220, 290), ("Stems export and delivery", "song", 1, 6, 40, 75)]


@style("01", "vc_recording_studio_session_log")
def s01(rng, i):
    vname, vaddr, color = VC_V[i]
    bname, baddr, project = VC_B[i]
    d = rand_date(rng)
    items = []
    day = d - dt.timedelta(days=rng.randint(12, 20))
    for desc, unit, qlo, qhi, lo, hi in [rng.choice(VC_SESS[:2])] + rng.sample(VC_SESS, rng.randint(2, 3)):
        day += dt.timedelta(days=rng.randint(1, 3))
        q = D(rng.randint(qlo * 4, qhi * 4)) / 4
        start = rng.choice([9, 10, 11, 13, 14, 18])
        mins = int(q * 60)
        end = dt.datetime(2000, 1, 1, start) + dt.timedelta(minutes=mins)
        p = exact_price(rng, q, D(lo), D(hi), D("1"))
        items.append({"day": day, "times": f"{start:02d}:00–{end.strftime('%H:%M')}", "hm": f"{mins // 60}:{mins % 60:02d}", "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    for x in lines(rng, VC_OTHER, rng.randint(2, 4), D("5")):
        x.update(day=None, times="", hm="")
        items.append(x)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vat = digits(rng, 7, True)
    no = [f"SSS-{rng.randint(1000, 4999)}", f"RY{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(2000, 2999)}", f"AVA/{d.year}/{rng.randint(10, 99)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=14), None][i]
    term = ["", "Payable on receipt", "", ""][i]
    po = [None, None, f"GGC-{rng.randint(100, 999)}", f"CJH/PO/{rng.randint(1000, 9999)}"][i]
    po_label = ["", "", "Your order", "P.O. No."][i]
    deposit = q2(D(rng.randint(5, 15)) * 100) if i in (1, 3) else None
    html = html_head(margin="0 0 12mm 0", fs="8.4pt") + """
<div style="background:#161616;color:#fff;padding:14px 16mm 12px"><table style="width:100%"><tr><td style="vertical-align:bottom"><div style="font-size:17pt;white-space:nowrap;letter-spacing:.5px" class="b">{{ v_name }}</div>
<div style="color:#bbb">Recording · mixing · mastering · {{ v_addr }}, St. Vincent & the Grenadines</div></td>
<td style="text-align:right;vertical-align:bottom;white-space:nowrap;width:32%"><div style="font-size:20pt;color:{{ color }}" class="b">INVOICE</div><div style="color:#bbb">VAT Reg. No. {{ vat }}</div></td></tr></table></div>
<div style="height:5px;background:{{ color }}"></div>
<div style="padding:0 16mm">
<table style="width:100%;margin-top:12px"><tr><td style="width:36%;vertical-align:top"><div class="small">BILLED TO</div><b>{{ b_name }}</b><br>{{ b_addr }}</td>
<td style="width:30%;vertical-align:top"><div class="small">PROJECT</div><b>{{ project }}</b><br>Producer: {{ producer }}<br>Engineer: {{ engineer }}</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 8px;color:#666">{{ k }}</td><td class="b r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div class="b" style="margin-top:14px;color:{{ color }};letter-spacing:1px">SESSION LOG AND SERVICES</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:2px solid #161616"><th style="text-align:left">Date</th><th style="text-align:left">Time</th><th style="text-align:left">Description</th><th class="r">h:mm</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e2e2e2{% if loop.index is even %};background:#f7f7f7{% endif %}"><td>{{ it.day }}</td><td>{{ it.times }}</td><td>{{ it.desc }}</td><td class="r">{{ it.hm }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr><td style="width:55%;vertical-align:top" class="small">Studio time is billed in quarter hours from the booked start. {{ hours }} studio hours logged on this project to date.<br>Masters are released when the invoice is settled in full.</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid #161616;font-size:10pt"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:16px;border-top:1px solid #ccc;padding-top:6px">{% if term %}{{ term }}. {% endif %}Pay by transfer to {{ bank }}, account {{ bacct }}, quoting the invoice number, or by cheque to {{ v_name }}{% if not v_name.endswith('.') %}.{% endif %}</div>
</div></body></html>"""
    meta = [("Invoice No.", no), ("Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Due date", fd(due)))
    tot = [("Subtotal", en(net), False), ("VAT @ 16%", en(tax), False), ("TOTAL EC$", en(total), True)]
    if deposit:
        tot += [("Less booking deposit", en(deposit), False), ("Balance due", en(total - deposit), False)]
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, vat=vat, b_name=bname, b_addr=baddr, project=project, meta=meta, tot=tot, term=term,
        producer=rng.choice(["D. Browne", "K. 'Problem Child' Williams", "S. Jack", "M. Cyrus"]), engineer=rng.choice(["J. Daniel", "R. Quashie", "L. Gumbs"]),
        items=[{"day": x["day"].strftime("%d/%m") if x["day"] else "", "times": x["times"], "hm": x["hm"], "desc": x["desc"], "q": qstr(x["qty"]), "unit": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        hours=qstr(sum(x["qty"] for x in items if x["unit"] == "hr") + rng.randint(6, 30)),
        bank=rng.choice(["Bank of St. Vincent and the Grenadines", "CIBC Caribbean, Kingstown", "1st National Bank St. Lucia, Kingstown branch"]), bacct=digits(rng, 12),
    )
    notes = (
        "Saint Vincent and the Grenadines recording studio's INVOICE in English in a black band: vendor = the company name (Ltd./Inc.) in the band; vendor tax id = 'VAT Reg. No.' (7 digits, shape unverified, random). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yyyy"][i] + "); the session days (dd/mm) and times are decoys. "
        + due_note(due, term, "Due date")
        + po_note(po, po_label)
        + "subtotal = 'Subtotal'; tax = 'VAT @ 16%'; total = 'TOTAL EC$'"
        + ("; 'Less booking deposit' and 'Balance due' are decoys" if deposit else "")
        + ". Currency XCD. Amounts '1,234.56'. Line items: every row of the session log; quantity = the 'Qty' column (hours in quarters as decimals, songs, tracks, days, pieces), not the 'h:mm' column (the same hours in hours and minutes); the studio hours to date in the note are a decoy."
    )
    t = truth(vname, vat, no, po, d, due, "XCD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vat, no, po, vname, "TOTAL EC$"], (html, ctx)


# =========================================================================== 02 Saint-Martin villa concierge (SIRET, TGCA 4 % on services, disbursements outside, EUR/USD)
MF_V = [("Conciergerie Baie Orientale SARL", "Parc de la Baie Orientale", "97150 Saint-Martin", "#00838f"), ("Marigot Villa Services SAS", "Rue de la République", "97150 Marigot, Saint-Martin", "#6d4c41"),
        ("Terres Basses Home Care EURL", "Route des Terres Basses", "97150 Saint-Martin", "#c2185b"), ("Anse Marcel Conciergerie SARL", "Port de Lonvilliers, Anse Marcel", "97150 Saint-Martin", "#5e35b1")]
MF_B = [("M. et Mme Laurent Giraud", "14 avenue Mozart, 75016 Paris", "Villa Corail"), ("Mr. Jonathan Wexler", "88 Park Avenue, New York, NY 10016, USA", "Villa Sea Breeze"),
        ("SCI Les Hauts de Terres Basses", "5 rue de Rivoli, 75004 Paris", "Villa Alizé"), ("Mme Catherine Dubreuil", "3 quai des Chartrons, 33000 Bordeaux", "Villa Flamboyant")]
MF_SERV = [("Ménage complet de la villa (4 chambres)", "passage", 3, 10, "110.00", "180.00"), ("Changement et lavage du linge de maison", "rotation", 2, 8, "45.00", "75.00"),
           ("Entretien de la piscine", "passage", 4, 9, "40.00", "65.00"), ("Jardinage et arrosage", "heure", 4, 16, "28.00", "38.00"), ("Accueil des voyageurs et état des lieux", "arrivée", 1, 5, "60.00", "95.00"),
           ("Intervention technique (plomberie, climatisation)", "heure", 1, 6, "45.00", "70.00"), ("Ouverture et fermeture des volets anticycloniques", "forfait", 1, 2, "80.00", "140.00")]
MF_DEB = ["Courses d'accueil des voyageurs (ticket Super U)", "Recharge de gaz propane", "Remplacement pompe de piscine (facture fournisseur)", "Produits d'entretien piscine (chlore, pH)",
          "Ampoules et piles", "Dépannage climatisation par un frigoriste (facture jointe)"]


@style("02", "mf_conciergerie_villa_tgca_debours")
def s02(rng, i):
    vname, vstreet, vcity, color = MF_V[i]
    bname, baddr, villa = MF_B[i]
    usd = i == 1
    d = rand_date(rng)
    if d.day > 10:
        d = d.replace(day=rng.randint(1, 10))
    month_end = d.replace(day=1) - dt.timedelta(days=1)
    serv = lines(rng, MF_SERV, rng.randint(4, 6), D("0.50"))
    deb = []
    for desc in rng.sample(MF_DEB, rng.randint(2, 3)):
        a = D(rng.randint(2500, 68000)) / 100
        deb.append({"desc": desc, "unit": "", "qty": None, "price": None, "amount": a, "show_qty": False})
    s_sum, d_sum = sum(x["amount"] for x in serv), sum(x["amount"] for x in deb)
    tax = q2(s_sum * D("0.04"))
    net = s_sum + d_sum
    total = net + tax
    both = i in (0, 2)
    siren9 = valid_id(rng, 9, _siren.is_valid)
    siret = _siret.format(valid_id(rng, 14, _siret.is_valid, prefix=siren9 + "000"))
    no = [f"F{d.strftime('%Y%m')}-{rng.randint(10, 99)}", f"MVS-{rng.randint(1000, 4999)}", f"{d.year}-{rng.randint(100, 399):04d}", f"AMC/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=15), None, None, d + dt.timedelta(days=10)][i]
    term = ["", "Règlement à réception de facture", "Prélèvement sur le compte de gestion du propriétaire", ""][i]
    po = None
    money = (lambda x: "$" + en(x)) if usd else (lambda x: sp(x) + " €")
    cur_label = "US$" if usd else "€"
    html = html_head(margin="14mm 14mm", fs="8.5pt") + """
<table style="width:100%"><tr><td style="vertical-align:top;width:56%"><div style="font-size:16pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div>{{ v_street }} – {{ v_city }}</div>
<div>Tél. +590 690 {{ tel }} · contact@{{ dom }}.com</div><div class="small">SIRET {{ siret }} · Code APE 8110Z</div></td>
<td style="vertical-align:top"><div style="border:1.5px solid {{ color }};border-radius:8px;padding:8px 10px"><div class="small">PROPRIÉTAIRE</div><b>{{ b_name }}</b><br>{{ b_addr }}<div style="margin-top:4px" class="small">Bien géré : <b>{{ villa }}</b></div></div></td></tr></table>
<div style="margin-top:14px;display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid {{ color }};padding-bottom:4px"><div style="font-size:18pt" class="b">Facture n° {{ no }}</div>
<div class="r">{% for k, v in meta %}<span style="margin-left:14px">{{ k }} : <b>{{ v }}</b></span>{% endfor %}</div></div>
<div style="margin-top:4px" class="small">Relevé des prestations du mois de {{ month }} – contrat de gestion n° {{ contract }}</div>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Prestations soumises à la TGCA</th><th>Unité</th><th class="r">Qté</th><th class="r">P.U. ({{ cur_label }})</th><th class="r">Montant ({{ cur_label }})</th></tr>
{% for it in serv %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" class="r b">Total prestations</td><td class="r b">{{ s_sum }}</td></tr>
<tr style="background:#eee"><th style="text-align:left" colspan="4">Débours – refacturés au coût réel, hors champ de la TGCA (justificatifs joints)</th><th></th></tr>
{% for it in deb %}<tr style="border-bottom:1px solid #ddd"><td colspan="4">{{ it.desc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" class="r b">Total débours</td><td class="r b">{{ d_sum }}</td></tr></table>
<table style="width:100%;margin-top:12px;page-break-inside:avoid"><tr><td style="width:50%;vertical-align:top" class="small">TVA non applicable à Saint-Martin. Taxe générale sur le chiffre d'affaires (TGCA) de la Collectivité de Saint-Martin au taux de 4 % sur les prestations de services ; les débours en sont exclus.</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid {{ color }};font-size:10pt"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:16px">{% if term %}{{ term }}. {% endif %}Virement : {{ bank }} – IBAN {{ iban }}.</div>
</body></html>"""
    meta = [("Date", fd(d))]
    if due:
        meta.append(("Échéance", fd(due)))
    tot = [("Total prestations", money(s_sum), False), ("TGCA 4 %", money(tax), False), ("Total débours", money(d_sum), False)]
    if both:
        tot = [("Total hors taxe (prestations + débours)", money(net), False), ("dont prestations", money(s_sum), False), ("TGCA 4 % sur prestations", money(tax), False)]
    tot.append((["Net à payer", "Total à payer (US$)", "Montant total TTC", "Net à payer"][i], money(total), True))
    bank5, branch5, acct11 = rng.choice(["11006", "12169", "10107"]), digits(rng, 5), digits(rng, 11)
    acct = iban("FR", bank5 + branch5 + acct11 + rib_key(bank5, branch5, acct11))
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", dom=vname.split()[1].lower(), siret=siret,
        b_name=bname, b_addr=baddr, villa=villa, no=no, meta=meta, month=f"{MONTHS['fr'][month_end.month - 1]} {month_end.year}", contract=f"GL-{rng.randint(100, 999)}", cur_label=cur_label,
        serv=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in serv],
        deb=[{"desc": x["desc"], "a": money(x["amount"])} for x in deb], s_sum=money(s_sum), d_sum=money(d_sum), tot=tot, term=term,
        bank=rng.choice(["BRED Saint-Martin", "BNP Paribas Antilles-Guyane, Marigot", "Banque des Antilles Françaises"]), iban=iban_fmt(acct),
    )
    items = serv + deb
    notes = (
        "Saint-Martin (French side) villa concierge's monthly FACTURE in French to a villa owner abroad, with services under the TGCA 4 % (the Collectivité's turnover tax; no TVA) and disbursements (débours) re-invoiced at cost outside it: vendor = the company name (SARL/SAS/EURL) at the top left; vendor tax id = the SIRET as printed (with spaces); the contract number and the APE code are decoys. "
        "invoice_number = the number after 'Facture n°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); the month of the services is a decoy. "
        + due_note(due, term, "Échéance")
        + po_note(po, "")
        + ("subtotal = 'Total hors taxe (prestations + débours)'; 'dont prestations' is a decoy (the TGCA base); " if both else "subtotal = null (only 'Total prestations' and 'Total débours' are printed, no sum of both); ")
        + f"tax = the TGCA 4 % row (4 % of the services only); total = '{tot[-1][0]}'. 'Total prestations' and 'Total débours' are section sums. "
        + f"Currency {'USD (an owner in New York billed in US dollars, $1,234.56)' if usd else 'EUR (1 234,56 €)'}. Line items: every service row (quantity = visits, rotations, hours, arrivals, lump sums) and every disbursement row (no quantity)."
    )
    t = truth(vname, siret, no, po, d, due, "USD" if usd else "EUR", net if both else None, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "SIRET " + siret, "Facture n° " + no, vname, "TGCA"], (html, ctx)


# =========================================================================== 03 Central African joinery (NIF, TVA 19 %, XAF whole francs), school desks to an NGO
CF_V = [("Menuiserie Moderne de Bangui SARL", "Avenue Boganda, quartier Lakouanga", "#7f5539"), ("Atelier Bois et Fer de Bimbo SARLU", "Route de Mbaïki, Bimbo", "#386641"),
        ("Ébénisterie de l'Oubangui SA", "Rue de la Victoire, quartier Sica 2, Bangui", "#9c6644"), ("Menuiserie Sangha Industries SARL", "Avenue des Martyrs, PK 5, Bangui", "#344e41")]
CF_B = [("ONG Enfance Sans Frontières – Bureau de Bangui", "Quartier Sica 1, Bangui"), ("Caritas Centrafrique – Programme Éducation", "Archevêché, avenue de l'Indépendance, Bangui"),
        ("Projet Écoles pour Tous – Unité de gestion", "Ministère de l'Éducation nationale, Bangui"), ("Mission catholique de Berbérati", "Berbérati, Mambéré-Kadéï")]
CF_ITEMS = [("Table-banc 2 places en bois rouge, pieds renforcés", "pièce", 20, 120, 28000, 46000), ("Bureau de maître avec tiroir fermant à clé", "pièce", 2, 12, 55000, 90000),
            ("Chaise de maître en bois massif", "pièce", 2, 12, 15000, 26000), ("Tableau noir mural 2,40 x 1,20 m", "pièce", 2, 10, 38000, 65000),
            ("Armoire de rangement 2 portes en contreplaqué", "pièce", 1, 6, 85000, 140000), ("Étagère de bibliothèque 5 niveaux", "pièce", 1, 8, 40000, 70000)]
CF_SCHOOLS = ["École primaire de Boy-Rabé", "École de Gobongo", "École Koudoukou", "École de Fatima", "École préfectorale de Mbaïki", "École de Bégoua", "École de Combattant", "École Lakouanga 2"]


@style("03", "cf_menuiserie_tables_bancs_ong")
def s03(rng, i):
    vname, vaddr, color = CF_V[i]
    bname, baddr = CF_B[i]
    d = rand_date(rng)
    items = lines(rng, CF_ITEMS[:1], 1, D("500")) + lines(rng, CF_ITEMS[1:], rng.randint(2, 4), D("500"))
    trips = rng.randint(2, 6)
    items.append({"desc": "Transport et livraison sur les sites (camion 10 t)", "unit": "voyage", "qty": D(trips), "price": D(rng.randint(30, 90) * 1000), "extra": None})
    items[-1]["amount"] = items[-1]["qty"] * items[-1]["price"]
    net = sum(x["amount"] for x in items)
    tax = (net * D("0.19")).quantize(D("1"))
    total = net + tax
    nif = f"{digits(rng, 7, True)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    rccm = f"CA/BG/{rng.randint(2008, 2022)}B{rng.randint(100, 999)}"
    no = [f"FD-{rng.randint(100, 499)}/{d.year}", f"{rng.randint(1000, 4999)}", f"MMB-{d.strftime('%y')}-{rng.randint(10, 99)}", f"{rng.randint(100, 999)}/MSI/{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=15)][i]
    term = ["Paiement à la réception définitive", "", "Paiement par virement à 30 jours fin de mois", ""][i]
    po = [f"BC/ESF/{rng.randint(10, 99)}/{d.year}", None, f"PEPT-BC-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}/MCB/{d.year}"][i]
    advance = (net * D("0.3")).quantize(D("1")) if i in (1, 3) else None
    money = lambda x: sp(x, 0)  # noqa: E731
    # delivery register: the desks spread over schools (a decoy)
    n_desk = int(items[0]["qty"])
    schools = rng.sample(CF_SCHOOLS, rng.randint(3, 4))
    cuts = sorted(rng.sample(range(1, n_desk), len(schools) - 1))
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, n_desk], strict=True)]
    reg = [(s, c, (d - dt.timedelta(days=rng.randint(3, 20))).strftime("%d/%m/%Y"), f"BL {rng.randint(100, 999)}") for s, c in zip(schools, counts, strict=True)]
    html = html_head(margin="12mm 13mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="width:70px;vertical-align:top"><div style="width:60px;height:60px;border-radius:50%;background:{{ color }};color:#fff;font-size:20pt;text-align:center;line-height:60px" class="b">{{ initials }}</div></td>
<td style="vertical-align:top"><div style="font-size:14pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div>Menuiserie – ébénisterie – mobilier scolaire et de bureau</div><div>{{ v_addr }} · République centrafricaine</div>
<div>Tél. +236 {{ tel }} · NIF : {{ nif }} · RCCM {{ rccm }}</div></td></tr></table>
<div style="text-align:center;margin-top:12px;font-size:15pt;letter-spacing:2px" class="b">FACTURE DÉFINITIVE</div><div style="text-align:center">N° {{ no }}</div>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><table>{% for k, v in meta %}<tr><td style="padding:1px 8px 1px 0;color:#555">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;border:1px solid #999;padding:6px 8px"><div class="small">DOIT :</div><b>{{ b_name }}</b><br>{{ b_addr }}</td></tr></table>
<div style="margin-top:8px">Objet : fourniture et livraison de mobilier scolaire{% if po %} suivant bon de commande {{ po }}{% endif %}.</div>
<table class="it" style="border:1px solid #555"><tr style="background:#eee;border-bottom:1px solid #555"><th style="border-right:1px solid #999">N°</th><th style="text-align:left;border-right:1px solid #999">Désignation</th><th style="border-right:1px solid #999">Unité</th><th class="r" style="border-right:1px solid #999">Quantité</th><th class="r" style="border-right:1px solid #999">P.U. HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #bbb"><td class="c" style="border-right:1px solid #999">{{ loop.index }}</td><td style="border-right:1px solid #999">{{ it.desc }}</td><td class="c" style="border-right:1px solid #999">{{ it.unit }}</td><td class="r" style="border-right:1px solid #999">{{ it.q }}</td><td class="r" style="border-right:1px solid #999">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px;page-break-inside:avoid"><tr><td style="width:52%;vertical-align:top"><div class="small b">Répartition des livraisons</div>
<table style="font-size:7.4pt;margin-top:2px">{% for s, c, dd, bl in reg %}<tr><td style="padding:1px 6px 1px 0">{{ s }}</td><td class="r" style="padding:1px 6px">{{ c }} tables-bancs</td><td style="padding:1px 6px">{{ dd }}</td><td>{{ bl }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto;border:1px solid #555">{% for k, v, bold in tot %}<tr style="border-bottom:1px solid #bbb{% if bold %};background:#eee{% endif %}"><td style="padding:3px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}" style="padding:3px 8px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Arrêtée la présente facture à la somme de <b>{{ words }} francs CFA</b> toutes taxes comprises.</div>
<table style="width:100%;margin-top:14px;page-break-inside:avoid"><tr><td style="width:60%;vertical-align:top">{% if term %}Conditions : {{ term }}.<br>{% endif %}Banque : {{ bank }}, compte n° {{ bacct }}.</td>
<td class="c" style="vertical-align:top">{{ place }}<br><br><b>Le Gérant</b></td></tr></table>
</body></html>"""
    meta = [("Date :", fd(d))]
    if po:
        meta.append(("Bon de commande :", po))
    if due:
        meta.append(("Date d'échéance :", fd(due)))
    meta.append(("Réf. client :", f"CL-{rng.randint(100, 999)}"))
    tot = [("Total HT", money(net), False), ("TVA 19 %", money(tax), False), (["Total TTC (FCFA)", "Montant TTC", "Net à payer TTC (F CFA)", "Total TTC"][i], money(total), True)]
    if advance:
        tot += [("Avance de démarrage reçue (30 % HT)", money(advance), False), ("Reste à payer", money(total - advance), False)]
    ctx = dict(
        color=color, initials="".join(w[0] for w in vname.split()[:2]).upper(), v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['72', '75', '21'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        nif=nif, rccm=rccm, no=no, meta=meta, b_name=bname, b_addr=baddr, po=po,
        items=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in items],
        reg=reg, tot=tot, words=fr_words(total), term=term, place=f"Bangui, le {fr_date(d)}" if i != 1 else "Bangui",
        bank=rng.choice(["Ecobank Centrafrique", "Banque Populaire Maroco-Centrafricaine", "Commercial Bank Centrafrique"]), bacct=f"{digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}",
    )
    notes = (
        "Central African joinery's FACTURE DÉFINITIVE in French for school furniture delivered to an NGO or a public project, a fully ruled table: vendor = the company name (SARL/SARLU/SA) beside the round initials; vendor tax id = 'NIF' (7 digits and a letter, shape unverified, random); the RCCM, the client reference and the bank account are decoys. "
        "invoice_number = the number after 'N°' under 'FACTURE DÉFINITIVE'; invoice_date = 'Date :' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + ")" + ("; the place-and-date line repeats it" if i != 1 else "") + "; the delivery dates in the register are decoys. "
        + due_note(due, term, "Date d'échéance :")
        + po_note(po, "Bon de commande :")
        + f"subtotal = 'Total HT'; tax = 'TVA 19 %' (rounded to the franc); total = '{tot[2][0]}', repeated in French words"
        + ("; 'Avance de démarrage reçue (30 % HT)' and 'Reste à payer' are decoys" if advance else "")
        + ". The delivery register ('Répartition des livraisons': schools, desk counts, dates, delivery notes) is a decoy. Currency XAF, whole francs '1 234 500'. Line items: every numbered row (quantity = pieces, trips)."
    )
    t = truth(vname, nif, no, po, d, due, "XAF", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, "N° " + no, po, vname, "francs CFA"], (html, ctx)
