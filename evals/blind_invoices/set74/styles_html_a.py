"""Chromium (HTML) styles for set 74, first part (01 Zierikzee shellfish and maritime FACTUUR in Dutch with a LEFT
SIDEBAR of labels above values, rules between rows only and line discounts, BTW 9 % or 21 %; 02 Gaspé FACTURE in Québec
French with the TOTALS in a box at the TOP, TPS 5 % and TVQ 9,975 %, a fully ruled table and a deposit deducted on two;
03 Brattleboro co-op and hardware TILL RECEIPT on an 80 mm roll, Vermont sales tax 6 % on the taxable articles only,
dates Mon-dd-yyyy)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ca_bn, long_date, nl_vatno
from invoice_kit import css, de, digits, en, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Zierikzee (BTW, EUR), left sidebar, rules between rows, discounts
ZI_V = [
    ("Oesterkwekerij De Val van Schouwen B.V.", "Havenpark 14, 4301 JG Zierikzee", "#0f3b57", D("9")),
    ("Mosselhandel Oosterschelde Zierikzee V.O.F.", "Nieuwe Haven 61, 4301 DK Zierikzee", "#264d2b", D("9")),
    ("Scheepstechniek Zeeland-Noord B.V.", "Industrieweg 7, 4301 RS Zierikzee", "#7a2e12", D("21")),
    ("Zeilmakerij en Tuigerij Van Oppen", "Oude Haven 3, 4301 CJ Zierikzee", "#3b2f63", D("21")),
]
ZI_B = ["Restaurant De Vismijn, Yerseke", "Viskraam Gebr. Kodde, Bergen op Zoom", "Rederij Delta Charter B.V., Bruinisse", "Watersportvereniging Den Osse, Brouwershaven"]
ZI_ROWS = [
    [("Zeeuwse platte oesters nr. 2, kist 100 st.", "kist", 1, 12, 95, 160), ("Japanse creuses nr. 3, kist 48 st.", "kist", 1, 20, 38, 70), ("Zeekraal, kg", "kg", 2, 15, 12, 22), ("Lamsoor, kg", "kg", 2, 10, 14, 26)],
    [("Zeeuwse mosselen Goud, zak 15 kg", "zak", 2, 40, 38, 64), ("Mosselen Jumbo, zak 5 kg", "zak", 4, 30, 16, 28), ("Kokkels, kg", "kg", 5, 40, 7, 14), ("Noordzeekrab, st.", "st", 10, 60, 4, 9)],
    [("Onderhoud buitenboordmotor 60 pk, uur", "uur", 2, 12, 72, 96), ("Anodes set schroefas en roer", "set", 1, 4, 65, 140), ("Impeller koelwaterpomp", "st", 1, 3, 38, 85), ("Hellingkosten en afspuiten romp", "keer", 1, 1, 240, 480)],
    [("Grootzeil dacron 7,2 m², nieuw", "st", 1, 1, 1200, 2100), ("Reparatie genua, naad en UV-strook", "uur", 1, 8, 58, 78), ("Lopend want dyneema 8 mm, m", "m", 10, 60, 6, 11), ("Zeilhoes op maat", "st", 1, 2, 190, 360)],
]
ZI_HTML = """<html lang="nl"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;left:0;bottom:0;width:52mm;min-height:297mm;background:{{ color }};color:#fff;padding:16mm 5mm 10mm 7mm;box-sizing:border-box}
.side .l{font-size:6.6pt;text-transform:uppercase;letter-spacing:.7px;color:#d7e3ea;margin-top:10px} .side .v{font-size:9.4pt;font-weight:bold}
.main{margin-left:52mm;padding:16mm 13mm 10mm 10mm} table.it{width:100%;border-collapse:collapse;margin-top:14px}
table.it th{font-size:7.2pt;text-align:left;padding:4px;border-bottom:1.5px solid #333} table.it td{padding:5px 4px;border-bottom:.6px solid #c9c9c9;font-size:8.4pt}
.r{text-align:right !important;white-space:nowrap} .k{font-size:7.2pt;color:#666}
</style></head><body>
<div class="side"><div style="font-size:20pt;font-weight:bold;letter-spacing:1px">FACTUUR</div>
<div class="l">Factuurnummer</div><div class="v">{{ no }}</div>
<div class="l">Factuurdatum</div><div class="v">{{ d }}</div>
<div class="l">Leverdatum</div><div class="v">{{ ld }}</div>
{% if due %}<div class="l">Vervaldatum</div><div class="v">{{ due }}</div>{% endif %}
<div class="l">Klantnummer</div><div class="v">{{ klant }}</div>
{% if po %}<div class="l">Uw ordernummer</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">Te betalen</div><div class="v" style="font-size:12pt">{{ total }}</div>
<div style="position:absolute;bottom:14mm;left:7mm;right:5mm;font-size:7pt;line-height:1.45">
<div class="l" style="margin-top:0">Bankgegevens</div>{{ bank }}<br>IBAN {{ iban }}<br>BIC {{ bic }}
<div class="l">KvK</div>{{ kvk }}<div class="l">Btw-id</div>{{ vid }}</div></div>
<div class="main"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="k">{{ vaddr }} · tel. 0111 {{ tel }}</div>
<div style="margin-top:12mm;font-size:9pt;line-height:1.4"><div class="k">Factuur aan</div><b>{{ bname }}</b><br>{{ battn }}<br>Btw-nummer klant: {{ bvat }}</div>
<table class="it"><tr><th>Omschrijving</th><th class="r">Aantal</th><th>Eenheid</th><th class="r">Prijs</th><th class="r">Korting</th><th class="r">Bedrag</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.k }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:10px;margin-left:auto;font-size:9pt;min-width:78mm">
<tr><td style="padding:3px 6px">Totaal excl. btw</td><td class="r" style="padding:3px 6px">{{ net }}</td></tr>
<tr><td style="padding:3px 6px">Btw {{ rate }}% over {{ net }}</td><td class="r" style="padding:3px 6px">{{ tax }}</td></tr>
<tr><td style="padding:5px 6px;border-top:1.5px solid #333;font-weight:bold">Totaal incl. btw</td><td class="r" style="padding:5px 6px;border-top:1.5px solid #333;font-weight:bold">{{ total }}</td></tr></table>
<p style="margin-top:12mm;font-size:8pt;line-height:1.5">{{ terms }}</p>
<p class="k">Op al onze leveringen zijn de algemene voorwaarden van toepassing, gedeponeerd bij de Kamer van Koophandel. Pagina 1 van 1</p></div>
</body></html>"""


@style("01", "nl_zie_zierikzee_factuur_btw_9_21_sidebar_left_rules_between_rows_korting")
def s01(rng, i):
    vname, vaddr, color, rate = ZI_V[i]
    d = rand_date(rng)
    items = lines(rng, ZI_ROWS[i], [3, 4, 3, 4][i], D("0.05"))
    for k, x in enumerate(items):
        pct = rng.choice([0, 0, 5, 10]) if i != 3 or k == 0 else 0
        gross = q2(x["qty"] * x["price"])
        x["pct"] = pct
        x["amount"] = q2(gross * (100 - pct) / 100)
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    no = [f"{d.year}{rng.randint(100, 999)}", f"F{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"VO-{d.year}-{rng.randint(10, 99)}"][i]
    fd = lambda x: x.strftime("%d-%m-%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 1 else None
    po = [None, f"PO{rng.randint(10000, 99999)}", f"WO-{rng.randint(100, 999)}", None][i]
    vid, bvat = nl_vatno(rng), nl_vatno(rng)
    money = lambda x: "€ " + de(x)  # noqa: E731
    kvk = digits(rng, 8, True)
    ib = iban("NL", rng.choice(["RABO", "INGB", "ABNA"]) + digits(rng, 10))
    ld = d - dt.timedelta(days=rng.randint(0, 5))
    terms = (f"Wij verzoeken u het bedrag van {money(total)} vóór {fd(due)} over te maken op IBAN {iban_fmt(ib)} o.v.v. het factuurnummer." if due
             else f"Betaling binnen 8 dagen na factuurdatum op IBAN {iban_fmt(ib)} o.v.v. het factuurnummer en klantnummer.")
    ctx = dict(color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 6), no=no, d=fd(d), ld=fd(ld), due=fd(due) if due else None, klant=f"K{rng.randint(1000, 9999)}", po=po,
               total=money(total), net=money(net), tax=money(tax), rate=qstr(rate), bank=rng.choice(["Rabobank Oosterschelde", "ING Bank", "ABN AMRO"]), iban=iban_fmt(ib), bic=ib[4:8] + "NL2A",
               kvk=kvk, vid=vid, bname=ZI_B[i].split(",")[0], battn="t.a.v. de administratie, " + ZI_B[i].split(", ")[1], bvat=bvat,
               items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": de(x["price"]), "k": f"{x['pct']}%" if x["pct"] else "", "a": de(x["amount"])} for x in items], terms=terms)
    notes = (
        "Zierikzee (Zeeland, Netherlands) FACTUUR in Dutch with a full-height coloured LEFT SIDEBAR of small upper-case labels ABOVE their values, a table with rules between rows only and a 'Korting' percentage per row, "
        f"BTW {qstr(rate)} %, '€ 1.234,56', dates dd-mm-yyyy: vendor = the name at the top of the main column; vendor_tax_id = 'Btw-id' in the sidebar (the client's 'Btw-nummer klant', the KvK number, the IBAN and the customer number are decoys). "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (the 'Leverdatum' is a decoy). "
        + due_note(due, "Betaling binnen 8 dagen na factuurdatum", "Vervaldatum")
        + po_note(po, "Uw ordernummer")
        + "subtotal = 'Totaal excl. btw'; tax = 'Btw n% over …'; total = 'Totaal incl. btw' (repeated as 'Te betalen'). Currency EUR. Line items: every row, 'Bedrag' after the row's discount."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Totaal incl. btw", fd(due) if due else None, bvat, kvk, fd(ld)]}
    return t, chk, (ZI_HTML.replace("@@BASE@@", css(margin="0", fs="9pt")), ctx)


# =========================================================================== 02 Gaspé (TPS + TVQ, CAD), totals top, fully ruled, deposit
GA_V = [
    ("Poissonnerie du Banc de Gaspé inc.", "112, boulevard de York Est, Gaspé (Québec) G4X 2L1", "#0b4f6c"),
    ("Excursions Forillon Plein Air inc.", "1045, boulevard de Forillon, Gaspé (Québec) G4X 6V1", "#1f5e2c"),
    ("Électricité Péninsule Gaspésienne ltée", "58, rue Jacques-Cartier, Gaspé (Québec) G4X 1M8", "#7a3b00"),
    ("Imprimerie Côte-de-Gaspé inc.", "230, montée de Wakeham, Gaspé (Québec) G4X 1V6", "#5b1b5e"),
]
GA_B = ["Auberge du Griffon, L'Anse-au-Griffon", "Hôtel Baker, Gaspé", "Centre de services scolaire des Chic-Chocs, Gaspé", "Municipalité de Percé, Percé"]
GA_ROWS = [
    [("Homard vivant des Îles, lb", "lb", 10, 120, 11, 19), ("Crevette nordique cuite décortiquée, kg", "kg", 5, 40, 28, 45), ("Morue salée séchée, kg", "kg", 5, 30, 22, 38), ("Pétoncles frais U10, lb", "lb", 5, 40, 24, 36)],
    [("Excursion kayak de mer, par personne", "pers.", 4, 30, 65, 95), ("Location de vélo électrique, jour", "jour", 2, 20, 55, 80), ("Guide naturaliste, heure", "h", 2, 12, 48, 70), ("Transport navette Cap-des-Rosiers", "voyage", 1, 6, 120, 240)],
    [("Main-d'œuvre électricien compagnon, heure", "h", 4, 40, 88, 112), ("Panneau 200 A avec disjoncteurs", "u.", 1, 2, 640, 980), ("Câble NMD90 14/2, rouleau 75 m", "rouleau", 1, 6, 95, 150), ("Luminaire DEL encastré", "u.", 4, 30, 38, 72)],
    [("Dépliants touristiques 4 couleurs, mille", "mille", 2, 20, 85, 140), ("Affiches 24 x 36 po", "u.", 10, 60, 9, 18), ("Conception graphique, heure", "h", 2, 16, 65, 85), ("Cartes de la Route des Pêcheurs pliées", "mille", 1, 5, 210, 380)],
]
GA_HTML = """<html lang="fr-CA"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td{vertical-align:top}
.tot{border:2px solid {{ color }};border-collapse:collapse;font-size:9pt;width:100%} .tot td{padding:3px 8px} .tot .b{background:{{ color }};color:#fff;font-weight:bold;font-size:11pt}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border:1px solid #777;background:#eee;font-size:7.4pt;padding:4px;text-align:left} table.it td{border:1px solid #999;padding:4px;font-size:8.4pt}
.r{text-align:right !important;white-space:nowrap} .k{font-size:7.4pt;color:#555} .kv td{padding:2px 8px 2px 0;font-size:8.6pt}
</style></head><body>
<table class="g"><tr><td style="width:55%"><div style="font-size:13pt;font-weight:bold;color:{{ color }};white-space:nowrap">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Tél. 418 368-{{ tel }} · NEQ {{ neq }}<br>TPS {{ tps }} · TVQ {{ tvq }}</div>
<div style="font-size:22pt;font-weight:bold;margin-top:8px;letter-spacing:2px">FACTURE</div></td>
<td><table class="tot">
<tr><td>Sous-total</td><td class="r">{{ net }}</td></tr>
<tr><td>TPS 5 %</td><td class="r">{{ tps_v }}</td></tr>
<tr><td>TVQ 9,975 %</td><td class="r">{{ tvq_v }}</td></tr>
<tr><td>Total des taxes</td><td class="r">{{ tax }}</td></tr>
<tr class="b"><td>TOTAL</td><td class="r">{{ total }}</td></tr>
{% if dep %}<tr><td>Acompte reçu le {{ depd }}</td><td class="r">- {{ dep }}</td></tr><tr><td><b>Solde à payer</b></td><td class="r"><b>{{ bal }}</b></td></tr>{% endif %}
</table></td></tr></table>
<table class="g" style="margin-top:12px"><tr><td style="width:50%"><div class="k">Facturé à</div><b>{{ bname }}</b><br>{{ bplace }}<br><span class="k">No TPS du client : {{ btps }}</span></td>
<td><table class="kv"><tr><td class="k">No de facture</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Date</td><td><b>{{ d }}</b></td></tr>
{% if po %}<tr><td class="k">Bon de commande</td><td><b>{{ po }}</b></td></tr>{% endif %}<tr><td class="k">Livraison / service</td><td>{{ ld }}</td></tr>
<tr><td class="k">Conditions</td><td>{{ cond }}</td></tr>{% if due %}<tr><td class="k">Date d'échéance</td><td><b>{{ due }}</b></td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr><th style="width:8%">Code</th><th>Description</th><th class="r">Qté</th><th>Unité</th><th class="r">Prix unitaire</th><th class="r">Montant</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<p style="font-size:8pt;margin-top:12px">{{ pay }}</p>
<p class="k" style="margin-top:14mm">Merci de votre confiance ! · Montants en dollars canadiens · Page 1 de 1</p>
</body></html>"""


@style("02", "ca_gas_gaspe_facture_tps_tvq_totals_top_ruled_acompte_long_dates")
def s02(rng, i):
    vname, vaddr, color = GA_V[i]
    bname, bplace = GA_B[i].split(", ")
    d = rand_date(rng)
    items = lines(rng, GA_ROWS[i], [4, 3, 4, 3][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tps = q2(net * D("0.05"))
    tvq = q2(net * D("0.09975"))
    tax = tps + tvq
    total = net + tax
    dep = q2(total * D(rng.choice(["0.25", "0.30", "0.50"]))) if i in (1, 3) else None
    bnn = ca_bn(rng)
    vid = f"{bnn} RT0001"
    tvq_no = digits(rng, 10, True) + " TQ0001"
    btps = ca_bn(rng) + " RT0001"
    no = [f"{rng.randint(10000, 99999)}", f"FOP-{rng.randint(1000, 9999)}", f"{d.year}-{rng.randint(100, 999)}", f"IMP{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: long_date(x, "fr"), lambda x: x.strftime("%Y-%m-%d"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    po = [None, None, f"BC-{rng.randint(10000, 99999)}", f"{rng.randint(400000, 499999)}"][i]
    money = lambda x: sp(x) + " $"  # noqa: E731
    ld = d - dt.timedelta(days=rng.randint(1, 9))
    ctx = dict(color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 4), neq="11" + digits(rng, 8), net=money(net), tps=vid, tps_v=money(tps), tvq=tvq_no, tvq_v=money(tvq), tax=money(tax), total=money(total),
               dep=money(dep) if dep else None, depd=fd(d - dt.timedelta(days=rng.randint(10, 40))), bal=money(total - dep) if dep else None, bname=bname, bplace=bplace + " (Québec)", btps=btps,
               no=no, d=fd(d), po=po, ld=fd(ld), cond="Net 30 jours" if due else "Payable sur réception", due=fd(due) if due else None,
               items=[{"c": f"{rng.randint(100, 999)}", "d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
               pay=f"Paiement par virement Interac à comptes@{vname.split()[0].lower()}.ca ou par chèque à l'ordre de {vname.rstrip('.')}. Dépôt direct : Desjardins, transit {digits(rng, 5)}, institution 815, folio {digits(rng, 7)}.")
    notes = (
        "Gaspé (Québec, Canada) FACTURE in Québec French with the TOTALS in a framed box at the TOP right, the facts as labels BESIDE values under it, a FULLY RULED table, TPS 5 % and TVQ 9,975 %, '1 234,56 $', dates "
        + ("'12 mars 2026'" if i in (0, 2) else "yyyy-mm-dd")
        + ": vendor = the name at the top left; vendor_tax_id = the TPS number 'NNNNNNNNN RT0001' (the TVQ number, the NEQ, the client's TPS number and the Desjardins account are decoys). "
        "invoice_number = 'No de facture'; invoice_date = 'Date' (the 'Livraison / service' date is a decoy). "
        + due_note(due, "Payable sur réception", "Date d'échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Sous-total'; tax = 'Total des taxes' (TPS and TVQ are its parts); total = 'TOTAL'"
        + (" (the 'Acompte reçu' deducted below it and the 'Solde à payer' are decoys)" if dep else "")
        + ". Currency CAD ('$'). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total des taxes", fd(due) if due else None, btps, ctx["bal"], tvq_no]}
    return t, chk, (GA_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="9pt")), ctx)


# =========================================================================== 03 Brattleboro (VT sales tax 6 %, USD), till receipt
BR_V = [
    ("Whetstone Valley Food Co-op", "112 Elliot St, Brattleboro VT 05301", "(802) 257-"),
    ("Putney Road Hardware & Supply", "1211 Putney Rd, Brattleboro VT 05301", "(802) 254-"),
    ("Harmony Lot Books & Paper", "45 Main St, Brattleboro VT 05301", "(802) 251-"),
    ("Connecticut River Outfitters", "8 Bridge St, Brattleboro VT 05301", "(802) 257-"),
]
BR_ROWS = [
    [("ORG BANANAS LB", False, 1, 4, 0.79, 0.99), ("MAPLE SYRUP GR A 32OZ", False, 1, 2, 21, 28), ("VT CHEDDAR XSHARP", False, 1, 3, 6, 11), ("SOURDOUGH LOAF", False, 1, 2, 5, 8),
     ("DISH SOAP ECO 25OZ", True, 1, 2, 4, 7), ("BEESWAX CANDLE", True, 1, 2, 8, 15), ("OAT MILK HALF GAL", False, 1, 3, 3, 6), ("PAPER TOWEL 6PK", True, 1, 1, 9, 14)],
    [("DECK SCREW 3IN 5LB", True, 1, 3, 24, 36), ("SNOW SHOVEL 24IN", True, 1, 1, 28, 42), ("ICE MELT 50LB", True, 1, 3, 15, 24), ("LED BULB A19 4PK", True, 1, 3, 8, 14),
     ("DUCT TAPE 60YD", True, 1, 3, 7, 11), ("WORK GLOVES L", True, 1, 2, 9, 18), ("PINE 2X4X8", True, 2, 12, 4, 7)],
    [("PAPERBACK FICTION", True, 1, 3, 12, 19), ("HARDCOVER NONFICTION", True, 1, 2, 24, 35), ("JOURNAL DOT GRID", True, 1, 2, 14, 24), ("GREETING CARD", True, 1, 4, 4, 7),
     ("FOUNTAIN PEN INK", True, 1, 2, 9, 16), ("VT ROAD ATLAS", True, 1, 1, 16, 22)],
    [("KAYAK RENTAL HALF DAY", True, 1, 3, 35, 55), ("PFD ADULT", True, 1, 2, 45, 90), ("FLY LINE WF5", True, 1, 1, 60, 95), ("DRY BAG 20L", True, 1, 2, 18, 32),
     ("TROUT FLIES 6PK", True, 1, 3, 9, 15), ("VT FISHING LIC 1DAY", False, 1, 2, 20, 21)],
]
BR_HTML = """<html lang="en"><head><meta charset="utf-8"><style>
@page{size:80mm 230mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.8pt;color:#111;margin:0}
.c{text-align:center} .r{text-align:right} table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .hr{border-top:1px dashed #333;margin:4px 0} .b{font-weight:bold}
</style></head><body>
<div class="c b" style="font-size:10pt">{{ vname }}</div><div class="c">{{ vaddr }}<br>{{ tel }}</div>
{% if member %}<div class="c">Member-owner #{{ member }}</div>{% endif %}
<div class="hr"></div>
<table><tr><td>{{ d }} {{ time }}</td><td class="r">Reg {{ reg }}</td></tr><tr><td>Trans # {{ no }}</td><td class="r">Cashier {{ cashier }}</td></tr></table>
<div class="hr"></div>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} @ {{ it.p }}</td><td class="r">{{ it.a }} {{ it.t }}</td></tr>{% endfor %}</table>
<div class="hr"></div>
<table><tr><td>SUBTOTAL</td><td class="r">{{ net }}</td></tr>
<tr><td>Taxable sales</td><td class="r">{{ base }}</td></tr>
<tr><td>VT SALES TAX 6%</td><td class="r">{{ tax }}</td></tr>
<tr class="b" style="font-size:10pt"><td>TOTAL</td><td class="r">{{ total }}</td></tr>
<tr><td>{{ tender }}</td><td class="r">{{ given }}</td></tr>
<tr><td>CHANGE DUE</td><td class="r">{{ change }}</td></tr></table>
{% if card %}<div>{{ card }}</div>{% endif %}
<div class="hr"></div>
<div>ITEMS SOLD: {{ n }} &nbsp; T = taxable</div>
<div class="c" style="margin-top:4px">Returns within 30 days with receipt<br>through {{ ret }}</div>
<div class="c" style="margin-top:4px">{{ bars|safe }}</div><div class="c">{{ code }}</div>
<div class="c b" style="margin-top:3px">THANK YOU!</div>
</body></html>"""


@style("03", "us_btb_brattleboro_till_receipt_80mm_vt_sales_tax_6_mon_dd_yyyy")
def s03(rng, i):
    vname, vaddr, tel = BR_V[i]
    d = rand_date(rng)
    rows = rng.sample(BR_ROWS[i], [6, 4, 3, 4][i])
    items = []
    for desc, taxable, qlo, qhi, lo, hi in rows:
        q = D(rng.randint(qlo, qhi))
        p = D(str(round(rng.uniform(lo, hi), 2)))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "taxable": taxable, "unit": "ea"})
    net = sum(x["amount"] for x in items)
    base = sum(x["amount"] for x in items if x["taxable"])
    tax = q2(base * D("0.06"))
    total = net + tax
    card = i in (1, 3)
    given = total if card else q2((total / 20).to_integral_value(rounding="ROUND_CEILING") * 20)
    fd = lambda x: x.strftime("%b-%d-%Y")  # noqa: E731
    no = f"{rng.randint(100000, 999999)}"
    ctx = dict(vname=vname, vaddr=vaddr, tel=tel + digits(rng, 4), member=str(rng.randint(1000, 9999)) if i == 0 else None, d=fd(d), time=f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
               reg=str(rng.randint(1, 4)), no=no, cashier=rng.choice(["MAGGIE", "DEV", "TOM R", "ANIKA"]),
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"]), "t": "T" if x["taxable"] else "&nbsp;"} for x in items],
               net=en(net), base=en(base), tax=en(tax), total="$" + en(total), tender="VISA" if card else "CASH", given=en(given), change=en(given - total),
               card=f"VISA ************{digits(rng, 4)} AUTH {digits(rng, 6)}" if card else None, n=str(sum(int(x["qty"]) for x in items)),
               ret=fd(d + dt.timedelta(days=30)), bars=bars_svg(rng, 60, 9), code=digits(rng, 16))
    for it in ctx["items"]:
        it["t"] = it["t"].replace("&nbsp;", "\u00a0")
    notes = (
        "Brattleboro (Vermont, USA) TILL RECEIPT on an 80 mm roll in monospace, each article over two lines ('qty @ price', amount and 'T' when taxable), Vermont sales tax 6 % on the taxable articles only (food untaxed), '1,234.56', dates Mon-dd-yyyy: "
        "vendor = the name at the top; no tax id is printed (null; the member number, register, cashier, card and the bar code's digits are decoys). "
        "invoice_number = 'Trans #'; invoice_date = the date at the top (the 'Returns … through' date is a decoy). No due date (null). No PO. "
        "subtotal = 'SUBTOTAL'; tax = 'VT SALES TAX 6%' ('Taxable sales' is a decoy); total = 'TOTAL' (the tender and 'CHANGE DUE' are decoys). Currency USD (only '$' printed). Line items: every article."
    )
    t = truth(vname, None, no, None, d, None, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), f"Trans # {no}", vname, "VT SALES TAX 6%", ctx["change"], ctx["ret"]]}
    return t, chk, (BR_HTML, ctx)
