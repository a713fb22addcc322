"""Chromium (HTML) styles for set 45, second part (04 Koné general store's FACTURE SIMPLIFIÉE on an 80 mm ROLL in French,
prices including TGC 3 / 11 / 22 % with a summary per rate, whole CFP francs '1 234 F', a loyalty discount as a
negative row, cash, card or a customer account, 05 Jounieh engineer's, architect's, translator's and lawyer's invoice
as a LETTER in French with the facts in running text (two with no table), TVA 11 % in US dollars with the VAT's
counter-value in Lebanese pounds and an advance deducted after the total on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, digits, en, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, fr_date, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Koné (TGC 3 / 11 / 22 % included, XPF), 80 mm roll
KO_V = [
    ("Libre Service de Koné", "Route Territoriale 1, 98860 Koné", "1 028 417.001"),
    ("Bricolage du Nord SARL", "Zone d'activités de Baco, 98860 Koné", "0 874 215.002"),
    ("Station Pwêêdi Services", "RT1, Village de Koné, 98860 Koné", "1 203 566.001"),
    ("Épicerie Voh-Koné-Pouembout", "Lotissement Koniambo, 98860 Koné", "0 962 301.001"),
]
KO_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, TGC %)
    ("RIZ LONG 5KG", "u", 1, 4, 980, 1450, 3),
    ("LAIT UHT 1L", "u", 1, 12, 210, 320, 3),
    ("PAIN DE MIE 500G", "u", 1, 3, 320, 480, 3),
    ("SUCRE 1KG", "u", 1, 4, 190, 290, 3),
    ("HUILE TOURNESOL 1L", "u", 1, 3, 450, 690, 3),
    ("CAFE MOULU 250G", "u", 1, 3, 690, 1190, 11),
    ("BISCUITS CHOCO 300G", "u", 1, 6, 340, 590, 11),
    ("LESSIVE POUDRE 3KG", "u", 1, 2, 1290, 2190, 11),
    ("PILES AA X4", "u", 1, 4, 590, 990, 11),
    ("CHARBON DE BOIS 5KG", "u", 1, 3, 790, 1290, 11),
    ("GLACIERE 24L", "u", 1, 1, 3490, 5990, 11),
    ("VIS INOX 5X50 X100", "u", 1, 3, 990, 1690, 11),
    ("CORDE NYLON 10M", "u", 1, 4, 490, 890, 11),
    ("GAZOLE (LITRE)", "l", 10, 60, 160, 190, 11),
    ("BIERE NUMBER ONE 6X33CL", "u", 1, 4, 1390, 1890, 22),
    ("VIN ROUGE 75CL", "u", 1, 3, 990, 2490, 22),
    ("CIGARETTES (CART.)", "u", 1, 2, 6900, 8900, 22),
    ("APPAT CREVETTES 500G", "u", 1, 4, 390, 690, 11),
    ("CRÈME SOLAIRE SPF50", "u", 1, 2, 1490, 2290, 11),
    ("EAU MINERALE 1,5L X6", "u", 1, 4, 540, 790, 3),
    ("BOITE THON 160G", "u", 1, 10, 290, 420, 3),
    ("TAROS (KG)", "kg", 1, 5, 380, 620, 3),
    ("JUS ORANGE 1L", "u", 1, 6, 260, 420, 11),
]
KO_HTML = """<html lang="fr-NC"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:9.5pt">{{ vname }}</b><br>{{ vaddr }}<br>Tél. {{ tel }}<br>RIDET {{ ridet }}</div><hr>
<div class="c"><b>FACTURE SIMPLIFIÉE</b></div>
<table><tr><td>Ticket n°</td><td class="r">{{ no }}</td></tr><tr><td>Le {{ date }}</td><td class="r">{{ time }}</td></tr><tr><td>Caisse {{ till }} · {{ cashier }}</td><td class="r">Op. {{ op }}</td></tr>{% if client %}<tr><td>Client</td><td class="r">{{ client }}</td></tr>{% endif %}{% if po %}<tr><td>Bon de commande</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table>{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.a }} {{ it.k }}</td></tr>{% if it.q %}<tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td></td></tr>{% endif %}{% endfor %}</table><hr>
<table><tr><td>{{ n }} article(s)</td><td></td></tr><tr style="font-size:10pt;font-weight:bold"><td>TOTAL TTC</td><td class="r">{{ total }} F</td></tr></table><hr>
<table><tr><td>Code</td><td class="r">Taux</td><td class="r">HT</td><td class="r">TGC</td><td class="r">TTC</td></tr>{% for r in rates %}<tr><td>{{ r.k }}</td><td class="r">{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.v }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}
<tr><td colspan="2">Total</td><td class="r">{{ net }}</td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table><hr>
<table>{% if pay == 'cash' %}<tr><td>ESPECES</td><td class="r">{{ tend }}</td></tr><tr><td>RENDU</td><td class="r">{{ change }}</td></tr>{% elif pay == 'card' %}<tr><td>CB SANS CONTACT</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">Carte ************{{ last4 }} · Aut. {{ auth }}<br>TPE {{ term }} · OPT/BCI</td></tr>{% else %}<tr><td>EN COMPTE {{ client }}</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">A régler avant le {{ due }}</td></tr>{% endif %}</table><hr>
{% if fid %}<div>Carte fidélité {{ fid }} · solde points {{ pts }}</div>{% endif %}
<div class="c" style="margin-top:4px">Merci de votre visite – Tous les prix s'entendent TGC incluse<br>{{ bars|safe }}<br>{{ op }}</div>
</body></html>"""


@style("04", "nc_kne_kone_facture_simplifiee_roll_tgc_3_11_22")
def s04(rng, i):
    vname, vaddr, ridet = KO_V[i]
    d = rand_date(rng)
    items = lines(rng, KO_ROWS, [5, 2, 18, 9][i], D("10"))
    for x in items:
        x["rate"] = x["extra"]
        x["show_qty"] = x["qty"] != 1
    if i in (0, 2):  # loyalty discount on one row, as a negative row at that row's rate
        base = max(items, key=lambda x: x["amount"])
        a = -q0(base["amount"] * D(rng.choice([10, 15, 20])) / 100)
        items.insert(items.index(base) + 1, {"desc": "  REMISE FIDELITE", "unit": "", "qty": None, "price": a, "amount": a, "rate": base["rate"]})
    total = sum(x["amount"] for x in items)
    code = {3: "A", 11: "B", 22: "C"}
    rates = []
    for r in sorted({x["rate"] for x in items}):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        v = q0(g * r / (100 + r))
        rates.append((r, g - v, v, g))
    net = sum(b for _, b, _, _ in rates)
    tax = sum(v for _, _, v, _ in rates)
    no = [f"{rng.randint(100000, 999999)}", f"T{rng.randint(1000, 9999)}-{rng.randint(100, 999)}", f"{rng.randint(1, 9)}/{rng.randint(10000, 99999)}", f"{rng.randint(1000000, 9999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    pay = ["cash", "account", "card", "card"][i]
    due = d + dt.timedelta(days=30) if pay == "account" else None
    client = "SARL KONIAMBO BTP" if pay == "account" else ("M. WAHETRA" if i == 3 else None)
    po = f"BC {rng.randint(100, 999)}" if pay == "account" else None
    tend = (total // 1000 + 1) * 1000 if pay == "cash" else None
    f = lambda x: sp(x, 0)  # noqa: E731
    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"47 {rng.randint(10, 99)} {rng.randint(10, 99)}", ridet=ridet, no=no, date=fd(d), time=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}", till=rng.randint(1, 4),
        cashier=rng.choice(["Marie-Ange", "Kevin", "Sonia", "Alphonse"]), op=digits(rng, 8, True), client=client, po=po,
        items=[{"d": x["desc"], "a": f(x["amount"]), "k": code[x["rate"]], "q": qstr(x["qty"]) if x["qty"] is not None and x["qty"] != 1 else None, "p": f(x["price"])} for x in items],
        n=sum(1 for x in items if x["qty"] is not None), total=f(total), rates=[{"k": code[r], "r": r, "b": f(b), "v": f(v), "g": f(g)} for r, b, v, g in rates], net=f(net), tax=f(tax),
        pay=pay, tend=f(tend) if tend else None, change=f(tend - total) if tend else None, last4=digits(rng, 4), auth=digits(rng, 6), term=digits(rng, 8), due=fd(due) if due else None,
        fid=digits(rng, 10, True) if i in (0, 2) else None, pts=rng.randint(10, 900), bars=bars_svg(rng, 58, 9),
    )
    page = f"80mm {int(150 + 7 * len(items) + 3 * len(rates))}mm"
    notes = (
        "Koné (Province Nord, New Caledonia) store's FACTURE SIMPLIFIÉE (till receipt) in French on an 80 mm ROLL, monospace, prices INCLUDING TGC at 3 % (A), 11 % (B) or 22 % (C), a summary per rate (HT / TGC / TTC), whole CFP francs '1 234': "
        "vendor = the name at the top; vendor_tax_id = its 'RIDET' as printed (the operation, terminal, card, authorisation and loyalty-card numbers are decoys). "
        "invoice_number = 'Ticket n°'; invoice_date = 'Le' (" + ["dd/mm/yyyy", "dd/mm/yy", "dd.mm.yyyy", "dd/mm/yyyy"][i] + ", with the time). "
        + due_note(due, None if due else "paid at the till (" + ("cash" if pay == "cash" else "card") + ")", "A régler avant le")
        + po_note(po, "Bon de commande")
        + "subtotal = the summary's total HT; tax = the summary's total TGC; total = 'TOTAL TTC'"
        + (" (ESPECES tendered and RENDU are decoys)" if pay == "cash" else "")
        + ". Currency XPF. Line items: every row at its TGC-inclusive amount"
        + (", the 'REMISE FIDELITE' as a NEGATIVE row (no quantity)" if i in (0, 2) else "")
        + "; the lines sum to the total."
    )
    t = truth(vname, ridet, no, po, d, due, "XPF", net, tax, total, items, notes)
    chk = [fd(d), no, vname, "RIDET " + ridet, "TOTAL TTC", ctx["op"], fd(due) if due else None]
    return t, chk, (KO_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.4pt")), ctx)


# =========================================================================== 05 Jounieh (TVA 11 %, USD with the VAT in LBP), letter in running text
JO_V = [
    ("Bureau d'études Karam & Associés", "Ingénieurs-conseils", "Rue Mar Youssef, Immeuble Saadé, 3e étage, Jounieh, Liban", ("Travaux d'expertise structurelle", [("Relevé et diagnostic structurel de l'immeuble", 1, 1, 2400, 6800), ("Note de calcul de renforcement des dalles", 1, 1, 1800, 4600), ("Visites de chantier", 2, 8, 180, 350), ("Rapport final et plans de renforcement", 1, 1, 1200, 3200)])),
    ("Atelier d'architecture Nadine Sfeir", "Architecte DPLG, inscrite à l'Ordre des ingénieurs et architectes de Beyrouth", "Autostrade Jounieh, Centre Kaslik, bloc B, Jounieh, Liban", ("Mission de conception", [("Esquisse et avant-projet sommaire", 1, 1, 3500, 9000), ("Avant-projet détaillé", 1, 1, 4200, 11000), ("Dossier de permis de construire", 1, 1, 1500, 4500)])),
    ("Cabinet de traduction Haddad", "Traducteur assermenté près les tribunaux", "Rue principale de Sarba, Jounieh, Liban", ("Traductions", [("Traduction assermentée arabe-français, page", 4, 60, 18, 35), ("Traduction anglais-français, page", 4, 80, 15, 28), ("Légalisation et certification", 1, 6, 20, 60)])),
    ("Étude de Maître Georges Abi Nader", "Avocat à la Cour", "Rue du Port, Immeuble Abi Nader, Jounieh, Liban", ("Honoraires", [("Consultation et étude du dossier", 1, 1, 600, 2200), ("Rédaction du contrat de bail commercial", 1, 1, 900, 2800), ("Heures de négociation", 2, 14, 120, 250)])),
]
JO_B = [
    ("Syndicat des copropriétaires de la Résidence Les Cèdres", "Ghadir, Jounieh"),
    ("M. et Mme Rami Khoury", "Adma, Kesrouan"),
    ("Société Levant Export SAL", "Zouk Mosbeh, Kesrouan"),
    ("Hôtel Baie de Jounieh SAL", "Maameltein, Jounieh"),
]
JO_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Serif',serif;line-height:1.55} p{margin:0 0 9px;text-align:justify} table.t{border-collapse:collapse;margin:6px 0 12px 0;width:80%} table.t td{padding:3px 6px;border-bottom:1px solid #bbb} td.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="border-bottom:2px solid #7c2d12;padding-bottom:6px"><div style="font-size:15pt;font-weight:bold;color:#7c2d12">{{ vname }}</div><div style="font-size:8.5pt">{{ vsub }}<br>{{ vaddr }} · Tél. +961 9 {{ tel }}<br>N° d'enregistrement TVA : {{ vid }} · RC {{ rc }}</div></div>
<div style="margin-top:10mm;margin-left:95mm">{{ bname }}<br>{{ baddr }}{% if bid %}<br>N° TVA : {{ bid }}{% endif %}</div>
<div style="margin-top:10mm;text-align:right">Jounieh, le {{ ldate }}</div>
<div style="margin-top:6mm"><b>Objet : facture n° {{ no }}</b>{% if po %} – votre réf. {{ po }}{% endif %}</div>
<div style="margin-top:6mm">{{ salute }},</div>
<p style="margin-top:4mm">{{ intro }}</p>
{% if table %}<table class="t">{% for it in items %}<tr><td>{{ it.d }}{% if it.q %} ({{ it.q }} × {{ it.p }} USD){% endif %}</td><td class="r">USD {{ it.a }}</td></tr>{% endfor %}</table>{% else %}{% for s in sentences %}<p>{{ s }}</p>{% endfor %}{% endif %}
<p>{{ tot_sentence }}</p>
{% if adv %}<p>{{ adv_sentence }}</p>{% endif %}
<p>{{ lbp_sentence }}</p>
<p>{{ pay_sentence }}</p>
<p>Nous vous prions d'agréer, {{ salute }}, l'expression de nos salutations distinguées.</p>
<div style="margin-top:12mm;margin-left:95mm">{{ signer }}</div>
<div style="position:absolute;bottom:0;font-size:7.4pt;color:#666">Banque : {{ bank }} · Compte USD n° {{ acct }} · IBAN {{ iban }}</div>
</body></html>"""


@style("05", "lb_jnh_jounieh_lettre_facture_tva_11_usd_lbp_acompte")
def s05(rng, i):
    vname, vsub, vaddr, (_title, rows) = JO_V[i]
    bname, baddr = JO_B[i]
    d = rand_date(rng)
    cat = [(desc, "forfait" if qhi == 1 else "u", qlo, qhi, lo, hi) for desc, qlo, qhi, lo, hi in rows]
    items = lines(rng, cat, len(cat) if i != 2 else rng.randint(1, 3), D("10") if i != 2 else D("0.5"))
    for x in items:
        x["show_qty"] = x["qty"] != 1
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.11"))
    total = net + tax
    adv = q2(total * D(rng.choice([25, 30, 40])) / 100) if i in (0, 1) else None
    rate = D("89500")
    fin = digits(rng, 7, True)
    vid = f"{fin}-601"
    no = [f"{d.year}/{rng.randint(10, 300):03d}", f"NS-{rng.randint(100, 999)}", f"TR{d.strftime('%y')}{rng.randint(1000, 9999)}", f"H-{d.year}-{rng.randint(10, 99)}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [f"AG-{rng.randint(10, 99)}/{d.year}", None, f"LE-PO-{rng.randint(1000, 9999)}", None][i]
    m = en
    table = i in (1, 2)
    salute = ["Messieurs", "Madame, Monsieur", "Madame, Monsieur", "Monsieur le Directeur"][i]
    intro = [
        f"Suite à la mission d'expertise que vous nous avez confiée par votre ordre de service {po} du {fr_date(d - dt.timedelta(days=rng.randint(40, 120)))}, nous avons l'honneur de vous adresser notre facture n° {no}, établie à la date de la présente lettre, pour les prestations suivantes.",
        f"Veuillez trouver ci-dessous notre facture n° {no} du {fr_date(d)} relative à la mission de conception de votre maison à Adma, conformément au contrat d'architecte signé le {fr_date(d - dt.timedelta(days=rng.randint(60, 200)))}.",
        f"Nous vous adressons notre facture n° {no} datée du {fr_date(d)} pour les traductions remises le {fr_date(d - dt.timedelta(days=rng.randint(1, 6)))}.",
        f"Je vous adresse par la présente ma note d'honoraires n° {no} en date du {fr_date(d)}, relative au dossier de votre bail commercial (dossier n° {rng.randint(100, 999)}/{d.year}).",
    ][i]
    sentences = [f"{x['desc']}{' : ' + qstr(x['qty']) + ' × ' + m(x['price']) + ' USD' if x['show_qty'] else ''}, soit un montant de {m(x['amount'])} USD." for x in items]
    tot_sentence = f"Le montant hors taxes s'élève à {m(net)} USD, auquel s'ajoute la TVA au taux de 11 %, soit {m(tax)} USD ; le montant total de la facture est donc de {m(total)} USD toutes taxes comprises."
    adv_sentence = f"Compte tenu de l'acompte de {m(adv)} USD que vous nous avez versé le {fr_date(d - dt.timedelta(days=rng.randint(20, 90)))}, le solde restant à régler est de {m(total - adv)} USD." if adv else ""
    lbp_sentence = f"Conformément à la réglementation, la TVA est également exprimée en livres libanaises au taux de {sp(rate, 0)} LBP pour 1 USD : {sp(q2(tax * rate), 0)} LBP."
    pay_sentence = f"Nous vous saurons gré de bien vouloir procéder au règlement au plus tard le {fr_date(due)}, par virement sur notre compte indiqué ci-dessous." if due else "Ce montant est payable à réception de la présente, par virement ou en espèces (USD)."
    ctx = dict(
        vname=vname, vsub=vsub, vaddr=vaddr, tel=f"{rng.randint(600, 999)} {rng.randint(100, 999)}", vid=vid, rc=f"{rng.randint(10000, 99999)}/Jounieh", bname=bname, baddr=baddr,
        bid=f"{digits(rng, 7, True)}-601" if i in (0, 2, 3) else None, ldate=fr_date(d), no=no, po=po if i != 0 else None, salute=salute, intro=intro, table=table,
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["show_qty"] else None, "p": m(x["price"]), "a": m(x["amount"])} for x in items], sentences=sentences,
        tot_sentence=tot_sentence, adv=adv, adv_sentence=adv_sentence, lbp_sentence=lbp_sentence, pay_sentence=pay_sentence,
        signer=["Ing. Fadi Karam", "Nadine Sfeir, architecte", "Joseph Haddad", "Me Georges Abi Nader"][i], bank=rng.choice(["Bank Audi", "BLOM Bank", "Byblos Bank", "Fransabank"]), acct=digits(rng, 12, True),
        iban="LB" + f"{rng.randint(10, 99)}" + digits(rng, 24),
    )
    notes = (
        "Jounieh (Kesrouan, Lebanon) professional's invoice as a LETTER in French in a serif font, the facts and totals in RUNNING TEXT" + (" with a small two-column table of the services" if table else ", NO TABLE (one sentence per service)")
        + ", TVA 11 % in US dollars '1,234.56', the VAT's counter-value in Lebanese pounds: vendor = the name in the letterhead; vendor_tax_id = 'N° d'enregistrement TVA' (the financial number and -601; the client's VAT number, the RC, the account and IBAN are decoys). "
        "invoice_number = 'facture n°' (subject line); invoice_date = 'Jounieh, le' (French long date; earlier dates in the text — order, contract, delivery, advance — are decoys). "
        + due_note(due, None if due else "payable à réception", "au plus tard le")
        + po_note(po if i != 1 else None, "ordre de service" if i == 0 else "votre réf.")
        + "subtotal = 'Le montant hors taxes'; tax = 'TVA au taux de 11 %' in USD (the LBP amount is a decoy); total = 'le montant total de la facture'"
        + (" (before the advance; the 'solde' is a decoy)" if adv else "")
        + ". Currency USD. Line items: every service at its amount."
    )
    t = truth(vname, vid, no, po if i != 1 else None, d, due, "USD", net, tax, total, items, notes)
    chk = [fr_date(d), no, vname, vid, "le montant total de la facture", fr_date(due) if due else None, sp(q2(tax * rate), 0) + " LBP"]
    return t, chk, (JO_HTML.replace("@@BASE@@", css(margin="18mm 20mm", fs="9.6pt", font="'DejaVu Serif',serif")), ctx)
