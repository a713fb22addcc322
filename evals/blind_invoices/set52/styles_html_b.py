"""Chromium (HTML) styles for set 52, second part (04 Kabwe ZRA smart-invoice till receipt on an 80 mm ROLL, prices
including VAT 16 % with exempt rows, a loyalty discount as a negative row, cash and change; 05 Korhogo FACTURE in
French on a FULLY RULED grid, TVA 18 % in whole francs CFA, a remise in the totals, the total in French words and a
euro counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, digits, en, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, fr_date, lines, po_note, qr_svg, truth
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Kabwe (VAT 16 % inclusive, ZMW), roll
KB_V = [
    ("Kabwe Farmers Depot Ltd", "Plot 112, Freedom Way, Kabwe"),
    ("Mukobeko Hardware & Electricals", "Great North Road, Mukobeko, Kabwe"),
    ("Bwacha Fresh Mart Ltd", "Bwacha Township Market, Kabwe"),
    ("Central Province Auto Spares Ltd", "Lukanga Road, Kabwe"),
]
KB_ROWS = [
    ("MEALIE MEAL BREAKFAST 25KG", "bag", 1, 4, "255.00", "320.00", "E"), ("STOCKFEED BROILER FINISHER 50KG", "bag", 1, 6, "590.00", "720.00", "A"), ("FERTILIZER D-COMPOUND 50KG", "bag", 1, 8, "880.00", "1150.00", "E"),
    ("KNAPSACK SPRAYER 16L", "pc", 1, 2, "420.00", "650.00", "A"), ("CATTLE DIP 1L", "btl", 1, 3, "185.00", "260.00", "A"), ("MAIZE SEED SC513 10KG", "bag", 1, 4, "610.00", "780.00", "E"),
    ("CEMENT 50KG", "bag", 1, 20, "165.00", "205.00", "A"), ("PVC PIPE 110MM 6M", "pc", 1, 10, "190.00", "320.00", "A"), ("COPPER WIRE 2.5MM 100M", "roll", 1, 3, "950.00", "1400.00", "A"), ("PADLOCK 60MM", "pc", 1, 4, "85.00", "160.00", "A"),
    ("COOKING OIL 2.5L", "btl", 1, 4, "120.00", "165.00", "A"), ("KAPENTA DRIED 1KG", "kg", 1, 3, "160.00", "240.00", "E"), ("RAPE FRESH BUNDLE", "pc", 1, 6, "5.00", "10.00", "E"), ("SUGAR WHITE 2KG", "pkt", 1, 4, "58.00", "75.00", "A"),
    ("WASHING POWDER 2KG", "pkt", 1, 3, "95.00", "140.00", "A"), ("BREAD 700G", "pc", 1, 4, "28.00", "36.00", "E"),
    ("ENGINE OIL 15W40 5L", "can", 1, 3, "420.00", "560.00", "A"), ("OIL FILTER TOYOTA", "pc", 1, 2, "110.00", "190.00", "A"), ("BRAKE PADS FRONT", "set", 1, 2, "380.00", "640.00", "A"), ("BATTERY 12V 75AH", "pc", 1, 1, "1750.00", "2400.00", "A"),
]
KB_HTML = """<html lang="en-ZM"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;line-height:1.35} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="c"><b style="font-size:9pt">{{ vname }}</b><br>{{ vaddr }}<br>Cell +260 9{{ tel }}<br>TPIN: {{ vid }}</div><hr>
<div class="c"><b>{{ title }}</b></div>
<table><tr><td>Receipt No:</td><td class="r">{{ no }}</td></tr><tr><td>Date:</td><td class="r">{{ date }}</td></tr><tr><td>Time:</td><td class="r">{{ time }}</td></tr><tr><td>Till: {{ till }}</td><td class="r">Cashier: {{ cashier }}</td></tr>
{% if btpin %}<tr><td>Customer TPIN:</td><td class="r">{{ btpin }}</td></tr><tr><td>Customer:</td><td class="r">{{ bname }}</td></tr>{% endif %}{% if po %}<tr><td>Order No:</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table><tr><td>ITEM</td><td class="r">AMOUNT</td></tr>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;{{ it.q }}</td><td class="r">{{ it.a }} {{ it.c }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Total excl. VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT A 16%</td><td class="r">{{ tax }}</td></tr>{% if ex %}<tr><td>Exempt E</td><td class="r">{{ ex }}</td></tr>{% endif %}
<tr style="font-weight:bold;font-size:10pt"><td>TOTAL {{ cur }}</td><td class="r">{{ total }}</td></tr></table><hr>
<table>{% if cash %}<tr><td>CASH</td><td class="r">{{ tend }}</td></tr><tr><td>CHANGE</td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>{{ payw }}</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">Ref: {{ mref }}</td></tr>{% endif %}</table><hr>
<div>ZRA Smart Invoice<br>Fiscal Invoice No: {{ fno }}<br>Device Serial: {{ dev }}<br>Verification code: {{ vcode }}</div>
<div class="c">{{ qr|safe }}</div>
<div class="c">Prices include VAT where marked A.<br>{{ foot }}<br>Thank you for shopping with us</div>
</body></html>"""


@style("04", "zm_kbw_kabwe_till_receipt_vat_16_incl_roll_discount")
def s04(rng, i):
    vname, vaddr = KB_V[i]
    d = rand_date(rng)
    cat = [KB_ROWS[:6], KB_ROWS[6:10], KB_ROWS[10:16], KB_ROWS[16:]][i]
    items = lines(rng, cat, [5, 3, 6, 2][i], D("0.05"))
    for x in items:
        x["band"] = x["extra"]
    if i in (0, 2):
        ga = sum(x["amount"] for x in items if x["band"] == "A")
        a = -q2(ga * D(rng.choice([2, 5])) / 100)
        items.append({"desc": "LOYALTY DISCOUNT", "unit": "", "qty": None, "price": None, "amount": a, "band": "A", "show_qty": False})
    total = sum(x["amount"] for x in items)
    ga = sum(x["amount"] for x in items if x["band"] == "A")
    ex = total - ga
    tax = q2(ga * 16 / 116)
    net = total - tax
    vid = "100" + digits(rng, 7)
    no = [f"{rng.randint(100000, 999999)}", f"MHE-{rng.randint(10000, 99999)}", f"{rng.randint(1, 9)}/{rng.randint(10000, 99999)}", f"CPA{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    cash = i in (0, 2)
    tend = (total // 50 + 1) * 50 if cash else None
    po = f"LPO {rng.randint(1000, 9999)}" if i == 3 else None
    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"{rng.choice([5, 6, 7])} {digits(rng, 7)}", vid=vid, title=["CASH SALE RECEIPT", "TAX INVOICE", "SALES RECEIPT", "TAX INVOICE"][i], no=no, date=fd(d),
        time=f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", till=f"{rng.randint(1, 6):02d}", cashier=rng.choice(["Mwansa", "Chanda", "Phiri", "Banda"]),
        btpin=("100" + digits(rng, 7)) if i in (1, 3) else None, bname=["", "Kabwe Municipal Council", "", "Lukanga Transport Ltd"][i], po=po,
        items=[{"d": x["desc"], "q": f"{qstr(x['qty'])} x {en(x['price'])}" if x.get("qty") is not None else "", "a": en(x["amount"]), "c": x["band"]} for x in items],
        net=en(net), tax=en(tax), ex=en(ex) if ex else None, cur=["ZMW", "K", "ZMW", "K"][i], total=en(total), cash=cash, tend=en(tend) if tend else None, change=en(tend - total) if tend else None,
        payw=["", "AIRTEL MONEY", "", "VISA CARD"][i], mref="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
        fno=f"{digits(rng, 4)}-{digits(rng, 6)}", dev="ZRA" + digits(rng, 10), vcode="-".join(digits(rng, 4) for _ in range(4)), qr=qr_svg(rng, 22),
        foot="All amounts in Zambian Kwacha (ZMW)" if i in (1, 3) else "Goods once sold are not returnable",
    )
    page = f"80mm {int(160 + 8 * len(items))}mm"
    notes = (
        "Kabwe (Zambia) shop's till receipt / TAX INVOICE on an 80 mm ROLL, monospace, prices VAT-INCLUSIVE (band A 16 %, band E exempt)"
        + (", a LOYALTY DISCOUNT as a NEGATIVE row at band A (a line item without quantity)" if i in (0, 2) else "")
        + ": vendor = the name at the top; vendor_tax_id = 'TPIN' under the address (the customer TPIN, the ZRA fiscal invoice number, device serial and verification code, the mobile-money or card reference are decoys). "
        "invoice_number = 'Receipt No'; invoice_date = 'Date'. "
        + due_note(None, "paid at the till (" + ("cash" if cash else ctx["payw"].lower()) + ")", "")
        + po_note(po, "Order No")
        + "subtotal = 'Total excl. VAT' (total minus the VAT); tax = 'VAT A 16%'; total = 'TOTAL'. Currency ZMW ('ZMW' or 'K'). Line items: every row at its VAT-inclusive amount; the lines sum to the total."
    )
    t = truth(vname, vid, no, po, d, None, "ZMW", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ctx["btpin"], ctx["fno"], "Total excl. VAT"]}
    return t, chk, (KB_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.4pt")), ctx)


# =========================================================================== 05 Korhogo (TVA 18 %, XOF), fully ruled, words
KH_V = [
    ("SOCOPAK – Société Coopérative des Producteurs d'Anacarde de Korhogo", "Quartier Résidentiel, BP 512 Korhogo"),
    ("Korhogo Froid Services SARL", "Route de Ferkessédougou, Zone industrielle, Korhogo"),
    ("Toiles de Waraniéné SARL", "Village artisanal de Waraniéné, Korhogo"),
    ("Imprimerie du Poro SARL", "Avenue Gbon Coulibaly, Korhogo"),
]
KH_B = ["OLAM Côte d'Ivoire SA, Abidjan", "Hôtel Le Mont Korhogo, Korhogo", "Boutique Ivoire Authentique, Abidjan Cocody", "Conseil Régional du Poro, Korhogo"]
KH_ROWS = [
    [("Noix de cajou brutes, qualité KOR 48, sacs jute de 80 kg", "kg", 2000, 30000, 250, 420), ("Tri et calibrage", "t", 2, 30, 6000, 12000), ("Sacs de jute neufs", "sac", 50, 400, 900, 1500), ("Transport Korhogo – Abidjan", "voyage", 1, 3, 350000, 600000)],
    [("Maintenance chambre froide 20 m³", "forfait", 1, 2, 85000, 160000), ("Recharge gaz R404A", "kg", 2, 12, 12000, 18000), ("Compresseur 3 CV, fourniture et pose", "u", 1, 1, 450000, 780000), ("Main-d'œuvre technicien", "h", 2, 16, 7500, 12500), ("Déplacement", "forfait", 1, 1, 15000, 30000)],
    [("Toile de Korhogo peinte, 1 m x 1,5 m", "u", 2, 20, 25000, 60000), ("Toile de Korhogo, grand format 2 m x 3 m", "u", 1, 4, 120000, 240000), ("Coussins tissés main", "u", 5, 40, 6000, 12000), ("Emballage et expédition", "forfait", 1, 1, 10000, 25000)],
    [("Registres d'état civil reliés, 200 feuillets", "u", 20, 200, 8500, 14000), ("Affiches A2 quadrichromie", "u", 100, 1000, 450, 900), ("Dépliants A4 pliés", "u", 500, 5000, 90, 180), ("Cartes de visite", "boîte", 5, 40, 4500, 8000), ("Mise en page et BAT", "forfait", 1, 1, 25000, 60000)],
]
KH_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #333;padding:3px 4px;font-size:8pt} table.g th{background:#e7e5e4;font-size:7.4pt}
</style></head><body>
<table class="g"><tr><td style="width:60%;border-width:2px"><div style="font-size:11.5pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }} · Tél. +225 27 36 {{ tel }}</div>
<div>RCCM : {{ rccm }} · NCC : {{ vid }} · Régime : {{ regime }} · Centre des impôts de Korhogo</div></td>
<td style="text-align:center;border-width:2px"><div style="font-size:16pt;font-weight:bold">FACTURE</div><div>N° {{ no }}</div></td></tr></table>
<table class="g" style="margin-top:6px"><tr><th>Date</th><th>Client</th><th>NCC client</th><th>Bon de commande</th><th>Bon de livraison</th><th>Échéance</th></tr>
<tr><td>{{ date }}</td><td>{{ bname }}</td><td>{{ bncc }}</td><td>{{ po or '—' }}</td><td>{{ bl }}</td><td>{{ due }}</td></tr></table>
<table class="g" style="margin-top:6px"><tr><th>Réf.</th><th>Désignation</th><th>Unité</th><th>Qté</th><th>P.U. HT</th><th>Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.ref }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% if remise %}<tr><td colspan="5" class="r">Total brut HT</td><td class="r">{{ brut }}</td></tr><tr><td colspan="5" class="r">Remise {{ rpct }} %</td><td class="r">-{{ remise }}</td></tr>{% endif %}
<tr><td colspan="5" class="r"><b>Total HT</b></td><td class="r"><b>{{ net }}</b></td></tr>
<tr><td colspan="5" class="r">TVA 18 %</td><td class="r">{{ tax }}</td></tr>
<tr><td colspan="5" class="r" style="font-size:9.5pt"><b>NET À PAYER TTC (F CFA)</b></td><td class="r" style="font-size:9.5pt"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:8px;border:1px solid #333;padding:5px;font-size:8.4pt">Arrêtée la présente facture à la somme de : <b>{{ words }} francs CFA</b> toutes taxes comprises.</div>
{% if eur %}<div style="margin-top:4px;font-size:7.6pt">Contre-valeur indicative : {{ eur }} EUR (1 EUR = 655,957 F CFA).</div>{% endif %}
<table class="g" style="margin-top:10px"><tr><td style="width:50%">Mode de règlement : {{ pay }}<br>Banque : {{ bank }}<br>RIB : {{ rib }}</td><td style="text-align:center">Le Gérant<br><br><br>{{ sign }}</td></tr></table>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#555;width:100%;text-align:center">{{ vname }} – SARL au capital de 1 000 000 F CFA – {{ rccm }} – Page 1/1</div>
</body></html>"""


@style("05", "ci_khg_korhogo_facture_tva_18_ruled_words_eur")
def s05(rng, i):
    vname, vaddr = KH_V[i]
    d = rand_date(rng)
    items = lines(rng, KH_ROWS[i], [3, 5, 2, 4][i], D("5"))
    brut = sum(x["amount"] for x in items)
    rpct = 5 if i in (0, 3) else None
    remise = q0(brut * rpct / 100) if rpct else D(0)
    net = brut - remise
    tax = q0(net * D("0.18"))
    total = net + tax
    vid = digits(rng, 7, True) + " " + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FKS-{d.strftime('%y')}{rng.randint(100, 999)}", f"TW{rng.randint(1000, 9999)}", f"{d.strftime('%Y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: fr_date(x), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 2 else None
    po = [f"BC-{rng.randint(1000, 9999)}", None, None, f"{rng.randint(10, 99)}/CRP/{d.year}"][i]
    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", rccm=f"CI-KHO-{rng.randint(2012, 2022)}-B-{rng.randint(100, 999)}", vid=vid,
        regime=rng.choice(["Réel normal", "Réel simplifié"]), no=no, date=fd(d), bname=KH_B[i], bncc=digits(rng, 7, True) + " " + rng.choice("ABCDEFGHJKLMN"), po=po,
        bl=f"BL {rng.randint(1000, 9999)}", due=fd(due) if due else "Comptant",
        items=[{"ref": f"{rng.randint(100, 999)}", "d": x["desc"], "u": x["unit"], "q": sp(x["qty"], 0), "p": sp(x["price"], 0), "a": sp(x["amount"], 0)} for x in items],
        remise=sp(remise, 0) if rpct else None, rpct=rpct, brut=sp(brut, 0), net=sp(net, 0), tax=sp(tax, 0), total=sp(total, 0), words=fr_words(total).capitalize(),
        eur=sp(q2(total / D("655.957"))) if i in (0, 2) else None, pay="virement bancaire" if due else "espèces à la livraison",
        bank=rng.choice(["SGCI", "NSIA Banque", "Ecobank Côte d'Ivoire", "BICICI"]), rib=f"CI{rng.randint(100, 199)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}",
        sign=rng.choice(["Soro Kolo", "Coulibaly Nabintou", "Silué Yacouba", "Ouattara Mariam"]),
    )
    notes = (
        "Korhogo (Côte d'Ivoire) FACTURE in French on a FULLY RULED grid, TVA 18 % in whole francs CFA '1 234 567'"
        + (f", a remise {rpct} % in the totals (Total brut HT, Remise, Total HT)" if rpct else "")
        + ", the total in French words" + (", a EUR counter-value" if ctx["eur"] else "")
        + ": vendor = the name in the header box; vendor_tax_id = 'NCC' (the RCCM, the client's NCC, the RIB and the BL are decoys). "
        "invoice_number = 'N°' under FACTURE; invoice_date = 'Date'. "
        + due_note(due, "Comptant", "Échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'" + (" (after the remise; the 'Total brut HT' is the lines' sum)" if rpct else "") + "; tax = 'TVA 18 %'; total = 'NET À PAYER TTC'. Currency XOF ('F CFA'). Line items: every row, HT."
    )
    t = truth(vname, vid, no, po, d, due, "XOF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ctx["bncc"], ctx["rccm"], "NET À PAYER TTC", fd(due) if due else None, " ".join(ctx["words"].split()[:2])], "line_adjustment": str(-remise)}
    return t, chk, (KH_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.2pt")), ctx)
