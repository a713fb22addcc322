"""Chromium (HTML) styles for set 34, second part (04 Menorca cheese and charcuterie producer's FACTURA in Catalan
with Spanish beside, a DISCOUNT PER ROW, IVA 4 % on cheese, 10 % on sobrassada and biscuits and 21 % on gin and gift
boxes with a summary per rate and the total in Spanish words, 05 Aubagne (Provence) santon workshop's FACTURE in
French with Provençal touches, the vendor named only in the FOOTER band, TVA 20 % on santons and 5,5 % on books and
an early-payment discount offer as a decoy)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, ca_date
from invoice_kit import css, de, digits, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, fr_date, lines, po_note, truth, valid_id
from kit_words import es_words
from stdnum.es import cif
from stdnum.fr import siren

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Menorca cheese producer (IVA 4 / 10 / 21 %, EUR), discount per row, total in words
ME_V = [
    ("Formatges Son Mercadal, S.L.", "Camí de Son Mercadal, km 2, 07740 Es Mercadal (Menorca)", "#92400e"),
    ("Embotits i Formatges Alaior, S.L.", "Polígon Industrial, c/ de sa Indústria 14, 07730 Alaior", "#991b1b"),
    ("Lloc de Binigarba, S.C.", "Camí de Binigarba s/n, 07760 Ciutadella de Menorca", "#166534"),
    ("Productes de Maó, S.L.U.", "Moll de Llevant 118, 07701 Maó", "#1e40af"),
]
ME_B = [
    ("Delicatessen Es Born, S.L.", "Plaça des Born 9, 07760 Ciutadella"),
    ("Supermercats Cala en Porter, S.L.", "Av. Central 20, 07730 Cala en Porter"),
    ("Gourmet Balear Palma, S.L.", "C/ de Sant Miquel 30, 07002 Palma"),
    ("Hotel Binibeca Mar, S.A.", "Urb. Binibeca Vell, 07711 Sant Lluís"),
]
ME_ROWS = [
    ("Formatge Maó-Menorca DOP semicurat / Queso semicurado, kg", "kg", 4, 40, 14, 21, 4),
    ("Formatge Maó-Menorca DOP curat / Queso curado, kg", "kg", 4, 30, 18, 27, 4),
    ("Formatge tendre / Queso tierno, peça 1 kg", "u.", 2, 20, 10, 15, 4),
    ("Sobrassada de Menorca, 500 g", "u.", 4, 40, 6, 10, 10),
    ("Carn i xulla, 400 g", "u.", 4, 30, 5, 9, 10),
    ("Carquinyols / Carquiñoles, 250 g", "u.", 6, 48, 3, 5, 10),
    ("Gin de Menorca 70 cl", "u.", 2, 24, 16, 24, 21),
    ("Caixa regal fusta / Caja regalo madera", "u.", 1, 12, 6, 11, 21),
]
ME_HTML = """<html lang="ca"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:12px} table.it th{font-size:7pt;text-align:left;background:#eee;padding:3px;border-top:1.5px solid {{ color }};border-bottom:1.5px solid {{ color }}} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #eee} td.r{white-space:nowrap}
table.iva th,table.iva td{padding:2px 6px;font-size:7.8pt;border:1px solid #bbb} table.iva th{background:#f5f5f5}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>NIF {{ nif }} · Tel. 971 {{ tel }} · Registre Sanitari RGSEAA {{ rs }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:16pt;font-weight:bold">FACTURA</div>{% for k, v in head %}<div><span class="small">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<div style="margin-top:10px;border:1px solid #ccc;padding:6px;width:55%"><div class="small">Client / Cliente · codi {{ cust }}</div><b>{{ bname }}</b><br>{{ baddr }}<br>NIF {{ bnif }}</div>
<table class="it"><tr><th>Albarà / Albarán</th><th>Descripció / Descripción</th><th class="r">Quant.</th><th class="r">Preu / Precio</th><th class="r">Dte. %</th><th class="r">IVA %</th><th class="r">Import / Importe</th></tr>
{% for it in items %}<tr><td class="small">{{ it.alb }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.dto }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top"><table class="iva"><tr><th>Tipus / Tipo</th><th>Base imposable</th><th>Quota IVA / Cuota</th></tr>
{% for r in summary %}<tr><td>{{ r.r }} %</td><td class="r">{{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="width:64mm;vertical-align:top"><table style="width:100%;font-size:8.6pt"><tr><td>Total base imposable</td><td class="r">{{ net }}</td></tr><tr><td>Total quota IVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.4pt;background:#f3f3f3"><td>TOTAL FACTURA</td><td class="r">{{ total }} €</td></tr></table></td></tr></table>
<div style="margin-top:8px;font-size:8pt"><i>Són / Son: {{ words }}</i></div>
<div style="margin-top:8px;font-size:8pt">{{ pay }}</div>
<div class="small" style="margin-top:14px">Inscrita al Registre Mercantil de Menorca, tom {{ tom }}, foli {{ foli }}. Segons el RGPD, les vostres dades es tracten per a la gestió comercial. Gràcies! / ¡Gracias!</div>
</body></html>"""


@style("04", "es_ib_menorca_factura_iva_4_10_21_descompte")
def s04(rng, i):
    vname, vaddr, color = ME_V[i]
    bname, baddr = ME_B[i]
    d = rand_date(rng)
    items = lines(rng, ME_ROWS[:3], rng.randint(1, 3), D("0.05")) + lines(rng, ME_ROWS[3:6], rng.randint(1, 2), D("0.05")) + lines(rng, ME_ROWS[6:], rng.randint(0, 2), D("0.05"))
    alb = [f"A{rng.randint(1000, 9999)}" for _ in range(2)]
    for x in items:
        x["rate"] = D(x["extra"])
        x["dto"] = D(rng.choice([0, 0, 5, 10, 15]))
        x["gross_amount"] = x["amount"]
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["dto"]) / 100)
        x["alb"] = rng.choice(alb)
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    nif = valid_id(rng, 9, cif.is_valid, prefix="B07")
    no = [f"{d.year}/{rng.randint(100, 999)}", f"F{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1, 9)}-{rng.randint(1000, 9999)}", f"FV{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), ca_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1, 3) else None
    term = [None, None, "Pagament al comptat / Pago al contado", None][i]
    po = [None, f"PED-{rng.randint(1000, 9999)}", None, f"{rng.randint(100000, 999999)}"][i]
    head = [("Núm. / Nº", no), ("Data / Fecha", fd(d))]
    if po:
        head.append(("La vostra comanda / Su pedido", po))
    if due:
        head.append(("Venciment / Vencimiento", fd(due)))
    euros, cents = divmod(int(total * 100), 100)
    words = f"{es_words(euros)} euros" + (f" con {es_words(cents)} céntimos" if cents else "")
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, nif=nif, tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}", rs=f"15.{digits(rng, 5)}/PM", head=head, cust=f"{rng.randint(100, 999)}", bname=bname, baddr=baddr, bnif="B" + digits(rng, 8),
        items=[{"alb": x["alb"], "d": x["desc"], "q": qstr(x["qty"]) + " " + x["unit"], "p": m(x["price"]), "dto": str(x["dto"]) if x["dto"] else "—", "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total), words=words,
        pay=(f"Forma de pagament / Forma de pago: transferència a ES{rng.randint(10, 99)} 2100 {digits(rng, 4)} {digits(rng, 2)} {digits(rng, 10)} abans del {fd(due)}." if due else f"{term}."),
        tom=rng.randint(100, 400), foli=rng.randint(1, 220),
    )
    notes = (
        "Menorca (Balearic Islands, Spain) cheese and charcuterie producer's FACTURA in Catalan with Spanish beside, in euros ('1.234,50'), with a DISCOUNT PER ROW ('Dte. %'), IVA 4 % on cheese, 10 % on sobrassada, carn i xulla and biscuits and 21 % on gin and gift boxes, a IVA table per rate and the total in Spanish words ('Són / Son: …'): vendor = the producer's name at the top left; vendor_tax_id = its 'NIF' (the buyer's NIF and the sanitary register number are decoys). "
        "invoice_number = 'Núm. / Nº'; invoice_date = 'Data / Fecha' (" + ["dd/mm/yyyy", "Catalan words ('12 de març de 2026')", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the delivery notes (albarà) in the first column and the customer code are decoys. "
        + due_note(due, term, "Venciment / Vencimiento") + po_note(po, "La vostra comanda / Su pedido")
        + "subtotal = 'Total base imposable'; tax = 'Total quota IVA'; total = 'TOTAL FACTURA'. Currency EUR. Line items: every row, amount = 'Import / Importe' AFTER the row's discount (net of IVA)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, nif, "TOTAL FACTURA", fd(due) if due else None, words]}
    return t, chk, (ME_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Aubagne santon workshop (TVA 20 % / 5,5 %, EUR), the vendor only in the footer
PR_V = [
    ("Atelier Santons Lou Cigaloun SARL", "14 cours Voltaire, 13400 Aubagne", "Marseille", "#b45309"),
    ("Santons de la Treille SAS", "3 chemin des Bellons, 13011 Marseille", "Marseille", "#9f1239"),
    ("Maison Fouque-Arnaud EURL", "22 rue Gaston de Saporta, 13100 Aix-en-Provence", "Aix-en-Provence", "#1d4ed8"),
    ("Santonnerie d'Allauch SARL", "6 place Pierre Bellot, 13190 Allauch", "Marseille", "#15803d"),
]
PR_B = [
    ("Musée du Terroir Marseillais – Boutique", "5 place des Héros, 13013 Marseille"),
    ("La Boutique de Noël Avignon", "11 rue de la République, 84000 Avignon"),
    ("Office de tourisme de Cassis – Boutique", "Quai des Moulins, 13260 Cassis"),
    ("Galerie Les Alpilles SARL", "2 boulevard Mirabeau, 13210 Saint-Rémy-de-Provence"),
]
PR_ROWS = [
    ("Santon 7 cm « Le berger » argile peinte", "pce", 6, 48, 9, 15, 20),
    ("Santon 7 cm « La poissonnière »", "pce", 6, 48, 9, 15, 20),
    ("Santon 12 cm « Le tambourinaire »", "pce", 2, 24, 22, 36, 20),
    ("Santon habillé 27 cm « L'Arlésienne »", "pce", 1, 6, 85, 140, 20),
    ("Crèche provençale, mas en bois, 40 cm", "pce", 1, 4, 60, 110, 20),
    ("Coffret « Les santons de la Nativité » (8 pièces)", "coffret", 1, 10, 55, 95, 20),
    ("Livre « La crèche provençale, histoire et traditions »", "ex.", 2, 20, 18, 29, D("5.5")),
    ("Livret « Pastorale Maurel » (texte provençal-français)", "ex.", 2, 20, 8, 14, D("5.5")),
]
PR_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:14px} table.it th{font-size:7.2pt;text-align:left;padding:4px;color:{{ color }};border-bottom:1px solid {{ color }}} table.it th.r{text-align:right} table.it td{padding:4px;font-size:8.2pt} td.r{white-space:nowrap}
.foot{position:fixed;bottom:0;left:0;right:0;background:{{ color }};color:#fff;padding:6px 10px;font-size:7.6pt}
</style></head><body>
<div style="text-align:center;font-family:'DejaVu Serif',serif;font-size:22pt;color:{{ color }};letter-spacing:3px">✦ SANTOUN DE PROUVÈNÇO ✦</div>
<div style="text-align:center;font-size:8pt;font-style:italic">Fa en Prouvènço, pèr la man de l'artisan · Fabriqués à la main en Provence depuis {{ since }}</div>
<table style="width:100%;margin-top:18px"><tr><td style="width:55%;vertical-align:top"><div class="small">Destinataire</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Compte client {{ cust }} · TVA {{ btva }}</span></td>
<td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold">FACTURE <span style="font-size:9pt;font-weight:normal">· facturo</span></div>{% for k, v in head %}<div><span class="small">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Réf.</th><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td class="small">{{ it.ref }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top" class="small">{% for r in summary %}Base HT à {{ r.r }} % : {{ r.b }} € — TVA {{ r.v }} €<br>{% endfor %}Livraison : {{ ship }} (bon de livraison {{ bl }} du {{ bl_d }}).</td>
<td style="width:62mm;vertical-align:top"><table style="width:100%;font-size:8.8pt"><tr><td>Total HT</td><td class="r">{{ net }} €</td></tr><tr><td>Total TVA</td><td class="r">{{ tax }} €</td></tr>
<tr style="font-weight:bold;font-size:10.6pt"><td style="border-top:1.5px solid {{ color }}">Net à payer TTC</td><td class="r" style="border-top:1.5px solid {{ color }}">{{ total }} €</td></tr></table></td></tr></table>
<div style="margin-top:12px;font-size:8pt">{{ pay }}</div>
<div class="small" style="margin-top:6px">Escompte pour paiement sous 8 jours : 2 %, soit {{ esc }} € à déduire du TTC. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.</div>
<div style="margin-top:14px;font-style:italic;text-align:center">Gramaci e à l'an que vèn ! — Merci et à l'année prochaine !</div>
<div class="foot"><b>{{ vname }}</b> · {{ vaddr }} · Tél. 04 42 {{ tel }}<br>Capital {{ capital }} € · RCS {{ rcs }} {{ sirenf }} · SIRET {{ siret }} · N° TVA intracommunautaire {{ tva }} · APE 3240Z · IBAN FR76 {{ iban }}</div>
</body></html>"""


@style("05", "fr_pac_aubagne_facture_santons_tva_20_footer_vendor")
def s05(rng, i):
    vname, vaddr, rcs, color = PR_V[i]
    bname, baddr = PR_B[i]
    d = rand_date(rng)
    items = lines(rng, PR_ROWS[:6], rng.randint(2, 5), D("0.10")) + lines(rng, PR_ROWS[6:], rng.randint(0, 2), D("0.10"))
    for x in items:
        x["rate"] = D(str(x["extra"]))
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    sir = valid_id(rng, 9, siren.is_valid)
    tva = f"FR{(12 + 3 * (int(sir) % 97)) % 97:02d}{sir}"
    no = [f"FA{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"{d.strftime('%Y%m')}-{rng.randint(10, 99)}", f"F{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i != 2 else None
    term = [None, None, "Payée à la commande par carte bancaire", None][i]
    po = [f"CDE-{rng.randint(1000, 9999)}", None, None, f"BC{rng.randint(100, 999)}/{d.year}"][i]
    head = [("N°", no), ("Date", fd(d))]
    if po:
        head.append(("Votre commande", po))
    if due:
        head.append(("Échéance", fd(due)))
    m = sp
    ctx = dict(
        color=color, since=rng.choice([1921, 1946, 1958, 1973]), bname=bname, baddr=baddr, cust=f"411{rng.randint(100, 999)}", btva=f"FR{digits(rng, 11)}", head=head,
        items=[{"ref": f"S{rng.randint(100, 999)}", "d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": str(x["rate"]).replace(".", ","), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r).replace(".", ","), "b": m(b), "v": m(v)} for r, b, v in summary], ship=rng.choice(["Colissimo", "par nos soins", "retrait à l'atelier", "transporteur Provence Express"]), bl=f"BL{rng.randint(1000, 9999)}", bl_d=fd(d - dt.timedelta(days=rng.randint(0, 5))),
        net=m(net), tax=m(tax), total=m(total), esc=m(q2(total * 2 / 100)),
        pay=(f"Règlement par virement ou chèque au plus tard le {fd(due)}." if due else f"{term}."),
        vname=vname, vaddr=vaddr, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", capital=rng.choice(["7 500", "10 000", "15 000", "30 000"]), rcs=rcs, sirenf=f"{sir[:3]} {sir[3:6]} {sir[6:]}", siret=f"{sir} {digits(rng, 5)}", tva=tva,
        iban=f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}",
    )
    notes = (
        "Aubagne / Marseille area (Provence) santon workshop's FACTURE in French with Provençal touches ('facturo', the greeting), in euros ('1 234,50 €'), with the top of the page a decorative banner 'SANTOUN DE PROUVÈNÇO' (not the vendor's name) and the VENDOR NAMED ONLY IN THE FOOTER band with its address, SIRET and TVA number; TVA 20 % on santons and cribs and 5,5 % on books: vendor = the company name in bold in the footer; vendor_tax_id = 'N° TVA intracommunautaire' (the SIREN, SIRET, the customer's TVA number and the customer account are decoys). "
        "invoice_number = 'N°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "French words ('12 mars 2026')", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); the delivery note and its date are decoys. "
        + due_note(due, term, "Échéance") + po_note(po, "Votre commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Net à payer TTC'. The 2 % early-payment discount (escompte) amount is an offer, a decoy. Currency EUR. Line items: every row (HT)."
    )
    t = truth(vname, tva, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tva, "Net à payer TTC", fd(due) if due else None, ctx["esc"]]}
    return t, chk, (PR_HTML.replace("@@BASE@@", css(margin="13mm 13mm 22mm 13mm", fs="8.6pt")), ctx)
