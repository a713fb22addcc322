"""Chromium (HTML) styles for set 34, first part (01 Saint-Boniface (Winnipeg, Manitoba) hardware and renovation
store's FACTURE in French with the totals in a right SIDEBAR beside the rows, TPS 5 % and TVD (Manitoba's retail
sales tax) 7 % both on the price before tax, 02 Rovaniemi (Lapland) safari company's LASKU / INVOICE in Finnish with
English beside, VAT-INCLUSIVE rows, an ALV breakdown per rate (25,5 % and 14 %, 13,5 % from 2026) and a reference
number, 03 Haparanda (Tornedalen) bakery's RÄKNINKI / FAKTURA in Meänkieli with Swedish beside, rows grouped by
delivery day, moms 12 % on food (6 % from 1 April 2026) and 25 % on the rest and a euro counter-value)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, fi_date, fi_short, gross_by_rate, sv_date
from invoice_kit import css, digits, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, fr_date, lines, po_note, truth, valid_id
from stdnum.ca import bn
from stdnum.fi import ytunnus
from stdnum.se import orgnr

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Saint-Boniface hardware store (TPS 5 % + TVD 7 %, CAD), totals in a right sidebar
MB_V = [
    ("Quincaillerie Provencher Ltée", "245, boulevard Provencher, Winnipeg (Manitoba) R2H 0G6", "#b91c1c"),
    ("Centre de rénovation Taché inc.", "512, avenue Taché, Winnipeg (Manitoba) R2H 2B3", "#1d4ed8"),
    ("Matériaux Saint-Vital ltée", "1120, chemin Saint-Mary's, Winnipeg (Manitoba) R2M 3V5", "#15803d"),
    ("Bois et quincaillerie de La Broquerie inc.", "18, rue Principale, La Broquerie (Manitoba) R0A 0W0", "#7c2d12"),
]
MB_B = [
    ("Construction Lagimodière inc.", "77, rue Dumoulin, Winnipeg (Manitoba) R2H 0E4"),
    ("Paroisse Saint-Émile – Comité des bâtiments", "552, avenue Fermor, Winnipeg (Manitoba)"),
    ("Rénovations Gauthier & fils", "3, baie des Érables, Sainte-Anne (Manitoba)"),
    ("Collège Louis-Riel – Entretien", "585, rue Saint-Jean-Baptiste, Winnipeg (Manitoba)"),
]
MB_ROWS = [
    ("Contreplaqué SPF 4 x 8, 3/4 po", "feuille", 4, 40, 48, 72),
    ("Planche d'épinette 2 x 6 x 10 pi", "mcx", 10, 120, 9, 15),
    ("Isolant en laine minérale R-20", "ballot", 2, 30, 68, 95),
    ("Vis à bois no 8 x 2 1/2 po (boîte de 500)", "boîte", 1, 12, 24, 38),
    ("Calfeutrant silicone 300 ml", "tube", 4, 36, 7, 13),
    ("Peinture latex intérieure, 3,78 L", "gallon", 1, 16, 48, 72),
    ("Pare-vapeur polyéthylène 6 mil, rouleau", "rouleau", 1, 8, 85, 130),
    ("Perceuse-visseuse sans fil 20 V", "unité", 1, 3, 159, 249),
]
MB_HTML = """<html lang="fr-CA"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%} table.it th{font-size:7.2pt;text-align:left;border-bottom:2px solid {{ color }};padding:3px} table.it th.r{text-align:right} table.it td{padding:3px;border-bottom:1px solid #e5e5e5;font-size:8pt} td.r{white-space:nowrap}
.side{background:#f4f4f5;border-left:4px solid {{ color }};padding:8px;font-size:8.2pt}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Tél. 204-{{ tel }} · www.{{ web }}.ca</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:16pt;font-weight:bold">FACTURE</div><div class="small">Nº de TPS {{ bnno }}<br>Nº de TVD (Manitoba) {{ rst }}</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%"><div class="small">Facturé à</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Nº de client {{ cust }}</span></td>
<td><div class="small">Livré à</div>{{ ship }}<br><span class="small">Bon de livraison {{ bl }} · livré le {{ ship_d }}</span></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top;padding-right:10px">
<table class="it"><tr><th>Code</th><th>Description</th><th class="r">Qté</th><th class="r">Prix unit.</th><th class="r">Taxes</th><th class="r">Montant</th></tr>
{% for it in items %}<tr><td class="small">{{ it.sku }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">TPS/TVD</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:10px">{{ pay }}</div>
<div class="small" style="margin-top:6px">Les marchandises retournées dans les 30 jours avec la facture sont remboursées, moins 15 % de frais de remise en stock. Merci de magasiner localement — Thank you for shopping local!</div></td>
<td style="width:62mm;vertical-align:top"><div class="side">{% for k, v in head %}<div class="small">{{ k }}</div><div style="margin-bottom:5px"><b>{{ v }}</b></div>{% endfor %}
<hr style="border:0;border-top:1px solid #bbb">
<table style="width:100%"><tr><td>Sous-total</td><td class="r">{{ net }} $</td></tr><tr><td>TPS 5 %</td><td class="r">{{ gst }} $</td></tr><tr><td>TVD 7 %</td><td class="r">{{ rst_a }} $</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">TOTAL (CAD)</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} $</td></tr></table>
{% if prev %}<div class="small" style="margin-top:8px">Solde antérieur au compte : {{ prev }} $<br>Solde du compte après cette facture : {{ acct }} $</div>{% endif %}</div></td></tr></table>
</body></html>"""


@style("01", "ca_mb_saint_boniface_facture_tps_5_tvd_7_sidebar")
def s01(rng, i):
    vname, vaddr, color = MB_V[i]
    bname, baddr = MB_B[i]
    d = rand_date(rng)
    items = lines(rng, MB_ROWS, rng.randint(3, 7), D("0.01"))
    net = sum(x["amount"] for x in items)
    gst = q2(net * 5 / 100)
    rst = q2(net * 7 / 100)
    total = net + gst + rst
    bnno = valid_id(rng, 9, bn.is_valid) + " RT0001"
    no = [f"F-{rng.randint(100000, 999999)}", f"{rng.randint(40000, 99999)}", f"SV{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%Y-%m-%d"), fr_date, lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = [None, "Payé — carte de débit", None, "Payable sur réception"][i]
    po = [f"BC-{rng.randint(1000, 9999)}", None, f"{rng.randint(10000, 99999)}", None][i]
    head = [("Nº de facture", no), ("Date de la facture", fd(d))]
    if po:
        head.append(("Votre bon de commande", po))
    if due:
        head.append(("Date d'échéance", fd(due)))
    head.append(("Vendeur", rng.choice(["Luc B.", "Chantal", "Réal T.", "Monique"])))
    prev = q2(D(rng.randint(20000, 300000)) / 100) if i == 2 else None
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", web=vname.split()[0].lower().replace("é", "e"), bnno=bnno, rst=f"{digits(rng, 6, True)}-{rng.randint(0, 9)}",
        bname=bname, baddr=baddr, cust=f"C{rng.randint(10000, 99999)}", ship=rng.choice(["Chantier : 140, rue Aulneau", "Chantier : 21, rue Messager", "Même adresse", "Cueillette au comptoir"]), bl=f"BL{rng.randint(100000, 999999)}", ship_d=fd(d - dt.timedelta(days=rng.randint(0, 6))),
        items=[{"sku": digits(rng, 6, True), "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        head=head, net=m(net), gst=m(gst), rst_a=m(rst), total=m(total), prev=m(prev) if prev else None, acct=m(prev + total) if prev else None,
        pay=(f"Conditions : net 30 jours — paiement dû le {fd(due)}. Intérêts de 2 % par mois sur les comptes en souffrance." if due else f"Conditions : {term}."),
    )
    notes = (
        "Saint-Boniface (Winnipeg, Manitoba) hardware and renovation store's FACTURE in French, in Canadian dollars ('1 234,50 $'), with the totals and the invoice's data in a grey SIDEBAR at the RIGHT beside the rows, and two taxes both computed on the price before tax: TPS (GST) 5 % and TVD (Manitoba's retail sales tax, RST) 7 %: vendor = the store's name at the top left; vendor_tax_id = 'Nº de TPS' (business number + RT0001; the Manitoba TVD number is a second tax registration, a decoy). "
        "invoice_number = 'Nº de facture'; invoice_date = 'Date de la facture' (" + ["yyyy-mm-dd", "French words ('12 mars 2026')", "yyyy-mm-dd", "dd/mm/yyyy"][i] + "); the delivery date, the delivery note (bon de livraison), the customer number and the SKU codes are decoys. "
        + due_note(due, term, "Date d'échéance") + po_note(po, "Votre bon de commande")
        + "subtotal = 'Sous-total'; tax = TPS + TVD (no single tax total is printed; both parts are); total = 'TOTAL (CAD)'. " + ("The previous account balance and the account balance after this invoice are decoys. " if prev else "")
        + "Currency CAD. Line items: every row (before tax)."
    )
    t = truth(vname, bnno, no, po, d, due, "CAD", net, gst + rst, total, items, notes)
    chk = {"printed": [fd(d), no, vname, bnno, "TOTAL (CAD)", fd(due) if due else None, ctx["bl"], ctx["acct"]], "tax_parts": [str(gst), str(rst)]}
    return t, chk, (MB_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Rovaniemi safari company (ALV 25,5 % / 14 % / 13,5 %, EUR), VAT-inclusive rows
LA_V = [
    ("Napapiirin Husky Safarit Oy", "Saarenkyläntie 41, 96400 Rovaniemi", "#0c4a6e"),
    ("Ounasvaaran Elämyspalvelut Oy", "Ounasvaarantie 9, 96400 Rovaniemi", "#7f1d1d"),
    ("Kemijoen Porotila Ky", "Meltausentie 230, 97140 Muurola", "#365314"),
    ("Revontuli Adventures Lapland Oy", "Koskikatu 25, 96200 Rovaniemi", "#4c1d95"),
]
LA_B = [
    ("Nordic Winter Tours GmbH", "Leopoldstraße 51, 80802 München, Germany"),
    ("Snowtrail Travel Ltd", "14 Lever Street, Manchester M1 1LW, United Kingdom"),
    ("Matkatoimisto Aurora Oy", "Hämeenkatu 12, 33100 Tampere"),
    ("Voyages Grand Nord SAS", "8 rue de la Paix, 75002 Paris, France"),
]
LA_ROWS = [
    ("Huskysafari 10 km / Husky safari 10 km", "hlö / pax", 2, 24, 140, 220, "prog"),
    ("Porotilavierailu / Reindeer farm visit", "hlö / pax", 2, 24, 75, 120, "prog"),
    ("Revontuliretki moottorikelkalla / Aurora snowmobile tour", "hlö / pax", 2, 16, 150, 230, "prog"),
    ("Lasi-iglumajoitus, 1 yö / Glass igloo, 1 night", "yö / night", 1, 10, 380, 620, "acc"),
    ("Hirsimökki, 1 yö / Log cabin, 1 night", "yö / night", 1, 10, 160, 260, "acc"),
    ("Lounas kodassa / Lunch in a Lappish hut", "hlö / pax", 2, 24, 28, 42, "food"),
    ("Illallinen, 3 ruokalajia / Dinner, 3 courses", "hlö / pax", 2, 24, 55, 85, "food"),
    ("Kuuma glögi ja viinit / Mulled wine and wines", "erä / lot", 1, 4, 60, 180, "alc"),
]
LA_HTML = """<html lang="fi"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:12px} table.it th{font-size:7pt;text-align:left;padding:3px;background:{{ color }};color:#fff} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt} table.it tr:nth-child(odd) td{background:#f3f6f9} td.r{white-space:nowrap}
table.vat td,table.vat th{padding:2px 6px;font-size:7.6pt;border-bottom:1px solid #ccc} table.vat th{text-align:right}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · puh. +358 40 {{ tel }} · info@{{ mail }}.fi</div></td>
<td style="text-align:right"><div style="font-size:16pt;font-weight:bold;letter-spacing:1px">LASKU / INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:52%;vertical-align:top"><div class="small">Asiakas / Customer</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Asiakasnro / Customer no. {{ cust }} · Y-tunnus / VAT: {{ bvat }}</span></td>
<td style="vertical-align:top"><table style="font-size:8pt">{% for k, v in head %}<tr><td class="small" style="padding-right:8px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Päivä / Date</th><th>Tuote / Item</th><th class="r">Määrä / Qty</th><th class="r">À-hinta (sis. alv) / Unit price incl. VAT</th><th class="r">Alv %</th><th class="r">Yhteensä (sis. alv) / Total incl. VAT</th></tr>
{% for it in items %}<tr><td>{{ it.day }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top"><table class="vat"><tr><th style="text-align:left">Alv-erittely / VAT breakdown</th><th>Veroton / Net</th><th>Alv / VAT</th><th>Verollinen / Gross</th></tr>
{% for r in summary %}<tr><td>Alv {{ r.r }} %</td><td class="r">{{ r.n }}</td><td class="r">{{ r.v }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td>Yhteensä / Total</td><td class="r">{{ net }}</td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table></td>
<td style="width:62mm;vertical-align:top"><div style="border:2px solid {{ color }};padding:8px"><div class="small">Maksettava yhteensä / Total to pay</div><div style="font-size:15pt;font-weight:bold">{{ total }} €</div>{% if due %}<div class="small" style="margin-top:4px">Eräpäivä / Due date</div><b>{{ due }}</b>{% endif %}<div class="small" style="margin-top:4px">Viitenumero / Reference</div><b>{{ ref }}</b></div></td></tr></table>
<div style="margin-top:12px;font-size:7.8pt">{{ pay }}</div>
<div class="small" style="margin-top:14px;border-top:1px solid #ccc;padding-top:5px">{{ vname }} · Y-tunnus {{ yt }} · ALV-rek. / VAT reg. {{ alv }} · Kotipaikka Rovaniemi · IBAN {{ iban }} · BIC NDEAFIHH · Viivästyskorko / Late interest 11,5 %</div>
</body></html>"""


def _fi_ref(base):
    """A Finnish bank reference: the base and a check digit (weights 7, 3, 1 from the right)."""
    w = (7, 3, 1)
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    ref = base + str((10 - s % 10) % 10)
    return " ".join(ref[max(0, k - 5) : k] for k in range(len(ref), 0, -5)[::-1])


@style("02", "fi_lap_rovaniemi_lasku_alv_25_5_14_13_5_brutto")
def s02(rng, i):
    vname, vaddr, color = LA_V[i]
    bname, baddr = LA_B[i]
    d = rand_date(rng, dt.date(2025, 1, 8), dt.date(2026, 3, 28)) if i != 1 else rand_date(rng, dt.date(2026, 1, 10), dt.date(2026, 4, 20))
    items = lines(rng, LA_ROWS, rng.randint(3, 6), D("0.50"))
    low = D("13.5") if d >= dt.date(2026, 1, 1) else D("14")
    for x in items:
        x["rate"] = D("25.5") if x["extra"] in ("prog", "alc") else low
        x["day"] = fi_short(d - dt.timedelta(days=rng.randint(1, 5)))
    summary = gross_by_rate(items)
    net = sum(n for _r, n, _v, _g in summary)
    tax = sum(v for _r, _n, v, _g in summary)
    total = sum(g for _r, _n, _v, g in summary)
    yt = valid_id(rng, 8, ytunnus.is_valid)
    yt = yt[:7] + "-" + yt[7]
    alv = "FI" + yt.replace("-", "")
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"RA{rng.randint(10000, 99999)}"][i]
    fd = [fi_short, fi_date, lambda x: x.strftime("%d.%m.%Y"), fi_short][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21])) if i != 2 else None
    term = [None, None, "Maksettu ennakkoon / Prepaid in full", None][i]
    po = [None, f"NWT-{rng.randint(1000, 9999)}", None, f"VGN/{rng.randint(100, 999)}"][i]
    head = [("Laskun nro / Invoice no.", no), ("Laskun pvm / Invoice date", fd(d))]
    if po:
        head.append(("Tilausnro / Your order", po))
    head.append(("Varausnro / Booking", f"BK{rng.randint(100000, 999999)}"))
    head.append(("Maksuehto / Terms", f"{(due - d).days} pv netto / days net" if due else term))
    if due:
        head.append(("Eräpäivä / Due date", fd(due)))
    ref = _fi_ref(str(rng.randint(1000, 99999)) + no[-3:].replace("-", "0"))
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}", mail=vname.split()[0].lower().replace("ä", "a"), bname=bname, baddr=baddr, cust=f"{rng.randint(1000, 9999)}", bvat=rng.choice(["DE" + digits(rng, 9, True), "GB" + digits(rng, 9, True), "FI" + digits(rng, 8, True), "FR" + digits(rng, 11, True)]),
        head=head, items=[{"day": x["day"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]).replace(".", ","), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r).replace(".", ","), "n": m(n), "v": m(v), "g": m(g)} for r, n, v, g in summary], net=m(net), tax=m(tax), total=m(total), due=fd(due) if due else None, ref=ref,
        pay=("Maksaessasi käytä viitenumeroa. / Please quote the reference number when paying." if due else "Lasku on maksettu ennakkoon varausta tehtäessä; tämä lasku on kuitti. / Paid in advance when booking; this invoice is your receipt."),
        yt=yt, alv=alv, iban=f"FI{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
    )
    notes = (
        "Rovaniemi (Finnish Lapland) safari company's LASKU / INVOICE in Finnish with English beside each label, in euros ('1 234,50'), with VAT-INCLUSIVE rows (unit price and total incl. VAT), an ALV breakdown per rate (25,5 % on safari programmes and alcohol; 14 % on accommodation and meals until 2025, 13,5 % from 1 January 2026) and the amount to pay, due date and reference in a box: vendor = the company's name at the top; vendor_tax_id = 'Y-tunnus' in the footer (the ALV-rek. number FI… is the same number as a VAT id; the customer's VAT number is a decoy). "
        "invoice_number = 'Laskun nro / Invoice no.'; invoice_date = 'Laskun pvm / Invoice date' (" + ["d.m.yyyy", "Finnish words ('12. maaliskuuta 2026')", "dd.mm.yyyy", "d.m.yyyy"][i] + "); the service days in the rows, the booking number, the customer number and the reference number (viitenumero) are decoys. "
        + due_note(due, term, "Eräpäivä / Due date") + po_note(po, "Tilausnro / Your order")
        + "subtotal = the breakdown's 'Veroton / Net' total; tax = its 'Alv / VAT' total; total = 'Maksettava yhteensä / Total to pay' (= 'Verollinen / Gross' total). Currency EUR. Line items: every row, amounts VAT-INCLUSIVE as printed (they sum to the total)."
    )
    t = truth(vname, yt, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, yt, "Maksettava yhteensä / Total to pay", fd(due) if due else None, ref]}
    return t, chk, (LA_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Haparanda bakery (moms 12 % / 6 % from 1 April 2026 on food, 25 %, SEK), rows grouped by delivery day
TO_V = [
    ("Haaparannan Leipomo AB / Haparanda Bageri AB", "Storgatan 64, 953 31 Haparanda", "#9a3412"),
    ("Tornionlaakson Rieska AB", "Matarengivägen 12, 957 31 Övertorneå", "#0f766e"),
    ("Pajala Bröd & Kaffe AB", "Texasgatan 3, 984 31 Pajala", "#1e3a8a"),
    ("Karungi Hembageri HB", "Karungi byväg 40, 953 94 Karungi", "#6b21a8"),
]
TO_B = [
    ("Haparanda kommun – Kostenheten, Aspens förskola", "Box 5, 953 21 Haparanda"),
    ("Hotell Tornedalen AB", "Torget 2, 957 31 Övertorneå"),
    ("Pajala kommun – Kostavdelningen, Hietala skola", "Box 104, 984 22 Pajala"),
    ("ICA Nära Karungi", "Karungi 12, 953 94 Karungi"),
]
TO_ROWS = [
    ("Rieska (tunnbröd), 4-pack", "fp", 4, 40, 22, 34, "food"),
    ("Limpa, rågsikt 800 g", "st", 4, 40, 28, 42, "food"),
    ("Kanelbullar / Kanelipulla", "st", 20, 200, 7, 12, "food"),
    ("Smörgåstårta 12 bitar", "st", 1, 4, 420, 640, "food"),
    ("Kaffe, mellanrost 450 g", "pkt", 2, 20, 58, 84, "food"),
    ("Servetter och muggar (engångs)", "fp", 1, 10, 45, 80, "other"),
    ("Brödkorgar, lån (skadade)", "st", 1, 4, 90, 140, "other"),
]
TO_HTML = """<html lang="fit"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{font-size:7pt;text-align:left;border-bottom:1.5px solid #333;padding:3px} table.it th.r{text-align:right} table.it td{padding:2px 3px;font-size:8pt} td.r{white-space:nowrap} tr.day td{font-weight:bold;background:#f2efe9;padding-top:4px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · tel. 0922-{{ tel }}</div></td>
<td style="text-align:right"><div style="font-size:15pt;font-weight:bold">RÄKNINKI / FAKTURA</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><div class="small">Ostaja / Köpare</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Asiakasnumero / Kundnr {{ cust }} · Viite / Er referens: {{ bref }}</span></td>
<td style="vertical-align:top"><table style="font-size:8pt">{% for k, v in head %}<tr><td class="small" style="padding-right:8px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Tuote / Artikel</th><th class="r">Määrä / Antal</th><th class="r">À-pris</th><th class="r">Moms %</th><th class="r">Summa exkl. moms</th></tr>
{% for g in groups %}<tr class="day"><td colspan="5">Toimitus / Leverans {{ g.day }} · följesedel {{ g.fs }}</td></tr>{% for it in g.rows %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top" class="small">{% for r in summary %}Moms {{ r.r }} % på {{ r.b }} kr: {{ r.v }} kr<br>{% endfor %}Motsvarar / Vastaa noin {{ eur }} EUR (kurs {{ fx }}) – endast information.</td>
<td style="width:70mm"><table style="width:100%;font-size:8.6pt"><tr><td>Yhtheensä ilman moms / Summa exkl. moms</td><td class="r">{{ net }}</td></tr><tr><td>Moms yhtheensä / Moms totalt</td><td class="r">{{ tax }}</td></tr><tr><td>Öresavrundning</td><td class="r">0,00</td></tr>
<tr style="font-weight:bold;font-size:10.4pt"><td style="border-top:2px solid #333">Maksettava / Att betala SEK</td><td class="r" style="border-top:2px solid #333">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:8pt">{{ pay }}</div>
<div class="small" style="margin-top:16px;border-top:1px solid #ccc;padding-top:5px">{{ vname }} · Org.nr {{ org }} · Momsreg.nr {{ vat }} · Innehar F-skattsedel · Bankgiro {{ bg }} · Kiitos! / Tack!</div>
</body></html>"""


@style("03", "se_tor_haaparanta_rakninki_faktura_moms_12_25")
def s03(rng, i):
    vname, vaddr, color = TO_V[i]
    bname, baddr = TO_B[i]
    d = rand_date(rng, dt.date(2025, 2, 3), dt.date(2026, 11, 20)) if i != 2 else rand_date(rng, dt.date(2026, 4, 10), dt.date(2026, 10, 30))
    ndays = rng.randint(2, 4)
    days = sorted({d - dt.timedelta(days=rng.randint(1, 27)) for _ in range(ndays)})
    groups, items = [], []
    for day in days:
        rows = lines(rng, TO_ROWS, rng.randint(1, 3), D("0.50"))
        food = D("6") if day >= dt.date(2026, 4, 1) else D("12")
        for x in rows:
            x["rate"] = food if x["extra"] == "food" else D("25")
        groups.append((day, rows))
        items += rows
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    org = valid_id(rng, 10, orgnr.is_valid, prefix="55")
    vat = f"SE{org}01"
    orgp = org[:6] + "-" + org[6:]
    no = [f"{rng.randint(2000, 9999)}", f"{d.year}{rng.randint(1000, 9999)}", f"{rng.randint(300, 999)}", f"{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.isoformat(), lambda x: x.isoformat(), sv_date, lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=rng.choice([20, 30])) if i != 3 else None
    term = [None, None, None, "Autogiro / Suoraveloitus den 28:e"][i]
    po = [f"KOST-{rng.randint(100, 999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    head = [("Räkninkinumero / Fakturanr", no), ("Päivämäärä / Fakturadatum", fd(d))]
    if po:
        head.append(("Tilaus / Ordernr", po))
    if due:
        head.append(("Eräpäivä / Förfallodatum", fd(due)))
    head.append(("OCR", digits(rng, 10, True)))
    fx = q2(D(rng.randint(1080, 1160)) / 100)
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100, 999)} {rng.randint(10, 99)}", bname=bname, baddr=baddr, cust=f"{rng.randint(100, 999)}", bref=rng.choice(["Aino Keinänen", "Kostchef Lars Niemi", "Maija Rova", "Per-Erik Kenttä"]), head=head,
        groups=[{"day": fd(day), "fs": f"{rng.randint(10000, 99999)}", "rows": [{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in rows]} for day, rows in groups],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total), eur=m(q2(total / fx)), fx=m(fx),
        pay=(f"Betalningsvillkor {(due - d).days if due else 0} dagar netto. Ange OCR-numret vid betalning. Dröjsmålsränta enligt räntelagen." if due else f"Betalning: {term}."),
        org=orgp, vat=vat, bg=f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
    )
    notes = (
        "Haparanda / Tornedalen (Sweden) bakery's RÄKNINKI / FAKTURA in Meänkieli with Swedish beside, in kronor ('1 234,50'), rows GROUPED BY DELIVERY DAY (each with its delivery note), moms 12 % on food (6 % on deliveries from 1 April 2026, the temporary cut) and 25 % on disposables and damaged baskets, the moms per rate in small print and a euro counter-value: vendor = the bakery's name at the top; vendor_tax_id = 'Momsreg.nr' in the footer (SE + org.nr + 01; the Org.nr, bankgiro and OCR are decoys). "
        "invoice_number = 'Räkninkinumero / Fakturanr'; invoice_date = 'Päivämäärä / Fakturadatum' (" + ["yyyy-mm-dd", "yyyy-mm-dd", "Swedish words ('12 mars 2026')", "yyyy-mm-dd"][i] + "); the delivery days and delivery notes (följesedel), the customer number and the buyer's reference are decoys. "
        + due_note(due, term, "Eräpäivä / Förfallodatum") + po_note(po, "Tilaus / Ordernr")
        + "subtotal = 'Yhtheensä ilman moms / Summa exkl. moms'; tax = 'Moms yhtheensä / Moms totalt'; total = 'Maksettava / Att betala SEK' (öresavrundning 0,00). The euro counter-value is a decoy. Currency SEK. Line items: every row in every group (net)."
    )
    t = truth(vname, vat, no, po, d, due, "SEK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vat, "Maksettava / Att betala SEK", fd(due) if due else None, ctx["eur"]]}
    return t, chk, (TO_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.6pt")), ctx)
