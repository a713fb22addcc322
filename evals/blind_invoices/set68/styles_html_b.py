"""Chromium (HTML) styles for set 68, second part (04 Echternach pharmacy ticket on an 80 mm TILL ROLL in French with
Luxembourgish, TVA 3 % and 17 % included, a loyalty discount and on one the health fund's share paid by third party;
05 Feldkirch RECHNUNG in Austrian German from a quotation over TWO PAGES, a fully ruled table with a position column and
descriptions wrapped over two or three lines, a carried-over sum, USt 20 % and an advance payment deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate_gross, group4, long_date, rand_iban
from invoice_kit import css, de, digits, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.at import uid
from stdnum.lu import tva

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Echternach pharmacy (TVA 3/17 included, EUR), 80 mm roll
EC_V = [
    ("Pharmacie Saint-Willibrord", "Pharmacie Saint-Willibrord S.à r.l.", "12, place du Marché, L-6460 Echternach"),
    ("Pharmacie de la Sûre", "Pharmacie de la Sûre S.à r.l.", "3, rue de la Gare, L-6440 Echternach"),
    ("Apdikt am Parvis", "Pharmacie du Parvis S.à r.l.-S", "27, rue de la Montagne, L-6470 Echternach"),
    ("Pharmacie du Lac", "Pharmacie du Lac Echternach S.à r.l.", "1, route de Luxembourg, L-6450 Echternach"),
]
EC_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("DAFALGAN 1G COMPR. 16", "", 1, 3, D("3.10"), D("4.90"), 3), ("IBUPROFEN 400MG 30 CPR", "", 1, 2, D("4.20"), D("6.80"), 3), ("SIROP TOUX ADULTE 200ML", "", 1, 2, D("7.90"), D("11.40"), 3),
    ("VITAMINE D3 GOUTTES 20ML", "", 1, 2, D("8.50"), D("14.90"), 3), ("AMOXICILLINE 500MG 16 GEL", "", 1, 1, D("5.60"), D("9.80"), 3), ("TISANE TILLEUL BIO 20S", "", 1, 3, D("3.40"), D("5.90"), 3),
    ("CREME SOLAIRE SPF50 200ML", "", 1, 2, D("16.90"), D("27.50"), 17), ("BROSSE A DENTS SOUPLE", "", 1, 3, D("2.90"), D("5.40"), 17), ("THERMOMETRE DIGITAL", "", 1, 1, D("9.90"), D("18.90"), 17),
    ("BAUME LEVRES KARITE", "", 1, 3, D("3.90"), D("6.90"), 17), ("SHAMPOOING DOUX 400ML", "", 1, 2, D("6.90"), D("12.90"), 17), ("PANSEMENTS ASSORTIS 40", "", 1, 2, D("3.50"), D("6.20"), 17),
]
EC_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 3.5mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.2pt;color:#000;margin:0}
.c{text-align:center} .r{text-align:right} table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .hr{border-top:1px dashed #000;margin:3px 0} .b{font-weight:bold}
</style></head><body>
<div class="c b" style="font-size:9.6pt">{{ trade }}</div>
<div class="c">{{ legal }}</div><div class="c">{{ addr }}</div><div class="c">Tél. +352 72 {{ tel }}</div>
<div class="c">TVA {{ vid }} · RCS B{{ rcs }}</div><div class="c">Autorisation n° {{ aut }}</div>
<div class="hr"></div>
<table><tr><td>Ticket n°</td><td class="r">{{ no }}</td></tr><tr><td>Date</td><td class="r">{{ d }} {{ tm }}</td></tr><tr><td>Caisse / Vendeur</td><td class="r">{{ till }} / {{ clerk }}</td></tr>
{% if rx %}<tr><td>Ordonnance n°</td><td class="r">{{ rx }}</td></tr><tr><td>Matricule CNS</td><td class="r">{{ cns }}</td></tr>{% endif %}</table>
<div class="hr"></div>
{% for it in items %}<div>{{ it.d }}</div><table><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }} {{ it.code }}</td></tr></table>{% endfor %}
{% if disc %}<table><tr><td>REMISE FIDELITE {{ dpct }}% (B)</td><td class="r">{{ disc }} B</td></tr></table>{% endif %}
<div class="hr"></div>
<table><tr><td class="b" style="font-size:9.4pt">TOTAL TTC EUR</td><td class="r b" style="font-size:9.4pt">{{ total }}</td></tr>
{% if cnsamt %}<tr><td>Part CNS (tiers payant)</td><td class="r">-{{ cnsamt }}</td></tr><tr><td class="b">PART ASSURE A PAYER</td><td class="r b">{{ topay }}</td></tr>{% endif %}
<tr><td>{{ paym }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Rendu</td><td class="r">{{ change }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table><tr><td>Code</td><td class="r">Taux</td><td class="r">Base HT</td><td class="r">TVA</td></tr>
{% for r in rates %}<tr><td>{{ r.code }}</td><td class="r">{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td colspan="2">Total HT</td><td class="r" colspan="2">{{ net }}</td></tr><tr><td colspan="2">Total TVA</td><td class="r" colspan="2">{{ tax }}</td></tr></table>
<div class="hr"></div>
<div class="c">{{ loyalty }}</div>
<div class="c" style="margin-top:3px">Merci fir Äre Besuch!<br>Bis geschwënn · Merci de votre visite</div>
<div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c" style="font-size:6.2pt">Heures d'ouverture: lu-ve 8h00-18h30, sa 8h00-12h30<br>Garde: www.pharmacie.lu</div>
</body></html>"""


@style("04", "lu_ech_echternach_pharmacie_till_80mm_tva_3_17_remise_cns")
def s04(rng, i):
    trade, legal, addr = EC_V[i]
    d = rand_date(rng)
    n = [4, 6, 3, 7][i]
    cat3 = [r for r in EC_ROWS if r[6] == 3]
    cat17 = [r for r in EC_ROWS if r[6] == 17]
    k3 = rng.randint(1, min(n - 1, 4)) if i != 2 else n - 1
    items = lines(rng, cat3, k3, D("0.05")) + lines(rng, cat17, n - k3, D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
    dpct = 10 if i in (0, 3) else 0
    if dpct:
        b17 = sum(x["amount"] for x in items if x["rate"] == 17)
        disc = -q2(b17 * dpct / 100)
        items.append({"desc": f"REMISE FIDELITE {dpct}%", "unit": "", "qty": None, "price": None, "amount": disc, "rate": 17, "show_qty": False})
    rates = by_rate_gross(items)
    total = sum(x["amount"] for x in items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    vid = valid(rng, lambda: "LU" + digits(rng, 8, True), lambda s: tva.is_valid(s))
    no = [f"{rng.randint(1, 9):02d}-{rng.randint(100000, 999999)}", f"T{d.strftime('%y%m%d')}-{rng.randint(10, 999):04d}", f"{rng.randint(20000, 89999)}", f"{d.year}/{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    rx = f"ORD-{digits(rng, 8, True)}" if i == 1 else None
    cnsamt = q2(sum(x["amount"] for x in items if x["rate"] == 3) * D("0.8")) if rx else None
    topay = total - cnsamt if cnsamt else total
    cash = i in (2, 3)
    paid = (q2(D((int(topay) // 10 + 1) * 10))) if cash else topay
    codes = {3: "A", 17: "B"}
    ctx = dict(
        h=110 + 8 * len(items) + (12 if rx else 0), trade=trade, legal=legal, addr=addr, tel=digits(rng, 4), vid=vid, rcs=rng.randint(10000, 289999), aut=f"{rng.randint(10000, 99999)}/{rng.randint(1, 9)}",
        no=no, d=fd(d), tm=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", till=rng.randint(1, 3), clerk=rng.choice(["MARIE", "JOS", "ANOUK", "LUC"]), rx=rx, cns=f"{rng.randint(1950, 2010)} {digits(rng, 4)} {digits(rng, 3)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"]), "code": codes[x["rate"]]} for x in items if x["qty"] is not None],
        disc=de(items[-1]["amount"]) if dpct else None, dpct=dpct, total=de(total), cnsamt=de(cnsamt) if cnsamt else None, topay=de(topay),
        paym="ESPECES" if cash else rng.choice(["CARTE BANCAIRE", "PAYCONIQ", "V PAY"]), paid=de(paid), change=de(paid - topay) if cash else None,
        rates=[{"code": codes[r], "r": r, "b": de(b), "t": de(t)} for r, b, t, _g in rates], net=de(net), tax=de(tax),
        loyalty=f"Carte fidélité {digits(rng, 10, True)} · Points: {rng.randint(20, 900)}", qr=qr_svg(rng, 18),
    )
    notes = (
        "Echternach (Luxembourg) pharmacy ticket on an 80 mm TILL ROLL in French with a Luxembourgish greeting, monospace, prices INCLUDING TVA 3 % (A, medicines) and 17 % (B, other goods), '1.234,56': "
        "vendor = the legal name on the second line (the trading name above it is the sign); vendor_tax_id = 'TVA LU…' (the RCS number, the authorisation, the loyalty card"
        + (", the prescription number and the CNS matricule" if rx else "") + " are decoys). "
        "invoice_number = 'Ticket n°'; invoice_date = 'Date' (with the time). No due date or term (paid at the till): null. No PO. "
        "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'TOTAL TTC EUR'"
        + (" (the 'Part CNS (tiers payant)' deducted below it and the 'PART ASSURE A PAYER' are decoys)" if rx else "")
        + "; the cash given and the change are decoys. Currency EUR. Line items: every article VAT-inclusive"
        + (f", and the 'REMISE FIDELITE {dpct}%' row (negative, no quantity); they sum to the total" if dpct else "; they sum to the total") + "."
    )
    t = truth(legal, vid, no, None, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, legal, vid, "TOTAL TTC EUR", rx, ctx["topay"] if rx else None]}
    return t, chk, (EC_HTML, ctx)


# =========================================================================== 05 Feldkirch (USt 20 %, EUR), two pages, ruled with Pos., wrapped, Anzahlung
FE_V = [
    ("Tischlerei Illwerk GmbH", "Reichsstraße 112, 6800 Feldkirch", "#7c2d12", "Tischlerei"),
    ("Haustechnik Ardetzenberg GmbH", "Schillerstraße 8, 6800 Feldkirch", "#1e40af", "Haustechnik"),
    ("Holzbau Tosters Ges.m.b.H. & Co KG", "Kapfstraße 41, 6800 Feldkirch-Tosters", "#3f6212", "Holzbau"),
    ("Malerei und Fassaden Levis OG", "Carinagasse 15, 6800 Feldkirch", "#6b21a8", "Maler"),
]
FE_PARTS = {
    "Tischlerei": ([("Einbauschrank Eiche massiv", "Stk", 1400, 4800), ("Küchenfront Esche furniert", "m²", 180, 420), ("Türblatt Fichte Altholz", "Stk", 480, 1350), ("Fensterbank innen Nuss", "lfm", 85, 160), ("Garderobe Weißtanne", "Stk", 900, 2600), ("Stiegenverkleidung Eiche", "Stk", 95, 210), ("Montagestunden Tischler", "Std", 62, 78)],
                    ["nach Aufmaß, gefertigt in unserer Werkstatt in Feldkirch", "inkl. Lieferung, Montage und Anpassungsarbeiten vor Ort", "Oberfläche geölt bzw. zweifach lackiert nach Muster", "inkl. Beschläge, Dämpfung und Wandanschlussleisten aus Massivholz", "Ausführung wie im Angebot beschrieben, Holz aus heimischen Wäldern"]),
    "Haustechnik": ([("Wärmepumpe Luft/Wasser 9 kW", "Stk", 9800, 14500), ("Pufferspeicher 500 l", "Stk", 1250, 2100), ("Fußbodenheizungsverteiler 8 Kreise", "Stk", 420, 780), ("Waschtischarmatur Einhebel", "Stk", 160, 390), ("Kupferrohr 22 mm", "lfm", 18, 34), ("Rohrisolierung 13 mm", "lfm", 4, 9), ("Monteurstunden", "Std", 64, 82), ("Inbetriebnahme", "pauschal", 280, 650)],
                    ["inkl. Befestigungs- und Kleinmaterial", "Lieferung und fachgerechte Montage laut Angebot", "inkl. Druckprobe und Protokoll nach ÖNORM", "Demontage des Bestands und fachgerechte Entsorgung", "Ausführung laut Regiebericht, vom Bauherrn gegengezeichnet"]),
    "Holzbau": ([("Dachstuhl Fichte KVH", "m³", 620, 890), ("Schalung Rauspund 24 mm", "m²", 28, 46), ("Dachlatten 30/50", "lfm", 2, 4), ("Unterdachbahn diffusionsoffen", "m²", 9, 17), ("Holzfassade Lärche sägerau", "m²", 78, 135), ("Balkongeländer Lärche", "lfm", 240, 420), ("Kranstunden", "Std", 135, 190)],
                    ["abgebunden, geliefert und versetzt laut Plan Nr. 04", "inkl. Verschnitt, Befestigungsmittel und Montage", "Ausführung laut Polierplan, inkl. Kleinmaterial", "Material aus heimischem Holz, PEFC-zertifiziert", "inkl. Transport und Abladen auf der Baustelle"]),
    "Maler": ([("Fassadenanstrich Silikonharz", "m²", 18, 32), ("Innenanstrich Dispersion weiß", "m²", 7, 14), ("Lackierung Fensterläden", "Stk", 95, 190), ("Gerüst Miete", "m²", 6, 12), ("Spachtelung Q3", "m²", 12, 24), ("Abdeckarbeiten", "pauschal", 180, 640), ("Holzschutzlasur Dachuntersicht", "m²", 16, 29)],
                    ["inkl. Abkleben, Schutzfolie und Endreinigung", "laut Aufmaß, Fläche nach ÖNORM B 2230 ermittelt", "zweimaliger Auftrag nach Farbmuster des Bauherrn", "inkl. Untergrundvorbereitung und Grundierung", "Ausführung laut Angebot, Farbton nach Wahl des Bauherrn"]),
}
FE_HTML = """<html lang="de-AT"><head><meta charset="utf-8"><style>@@BASE@@
.hd td{vertical-align:top} .kv td{padding:1px 4px;font-size:8.2pt} .kv td.l{color:#555;text-align:right}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border:1px solid #666;background:#eee;font-size:7.4pt;padding:3px 4px;text-align:left} table.it td{border:1px solid #666;font-size:8.2pt;padding:3px 4px;vertical-align:top}
.r{text-align:right;white-space:nowrap} .foot{position:absolute;left:0;right:0;font-size:6.6pt;color:#555;border-top:1px solid {{ color }};padding-top:2px}
.pg{position:relative;height:269mm}
</style></head><body>
{% for pg in pages %}<div class="pg"{% if not loop.last %} style="page-break-after:always"{% endif %}>
{% if loop.first %}
<table class="hd" style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }} · Tel. +43 5522 {{ tel }} · office@{{ dom }}.at</div>
<div style="margin-top:10mm;font-size:6.6pt;color:#777;text-decoration:underline">{{ vname }}, {{ vaddr }}</div><div style="font-size:9pt;margin-top:2px">{{ bname }}<br>{{ baddr }}</div></td>
<td style="width:44%"><div style="font-size:18pt;color:{{ color }};text-align:right;margin-bottom:4px">RECHNUNG</div><table class="kv" style="margin-left:auto">
<tr><td class="l">Rechnungsnummer:</td><td><b>{{ no }}</b></td></tr><tr><td class="l">Rechnungsdatum:</td><td><b>{{ d }}</b></td></tr><tr><td class="l">Kundennummer:</td><td>{{ cust }}</td></tr>
{% if po %}<tr><td class="l">Ihre Bestellung:</td><td>{{ po }}</td></tr>{% endif %}<tr><td class="l">Angebot:</td><td>{{ quote }} vom {{ quoted }}</td></tr>
<tr><td class="l">Leistungszeitraum:</td><td>{{ lz0 }} – {{ lz1 }}</td></tr><tr><td class="l">UID-Nr. Kunde:</td><td>{{ buid }}</td></tr>
{% if due %}<tr><td class="l">Zahlbar bis:</td><td><b>{{ due }}</b></td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:8mm;font-size:8.6pt">Sehr geehrte Damen und Herren,<br>gemäß unserem Angebot {{ quote }} und Ihrem Auftrag erlauben wir uns, folgende Leistungen für das Bauvorhaben <b>{{ site }}</b> in Rechnung zu stellen:</div>
{% else %}
<div style="font-size:8pt;color:#555">{{ vname }} · Rechnung {{ no }} vom {{ d }} · Fortsetzung</div>
{% endif %}
<table class="it"><tr><th style="width:8%">Pos.</th><th style="width:10%" class="r">Menge</th><th style="width:8%">Einh.</th><th>Bezeichnung</th><th style="width:13%" class="r">Einzelpreis</th><th style="width:14%" class="r">Gesamt €</th></tr>
{% if not loop.first %}<tr><td colspan="5">Übertrag von Seite {{ loop.index - 1 }}</td><td class="r">{{ carry }}</td></tr>{% endif %}
{% for it in pg %}<tr><td>{{ it.pos }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% if not loop.last %}<tr><td colspan="5" style="font-weight:bold">Zwischensumme / Übertrag auf Seite {{ loop.index + 1 }}</td><td class="r" style="font-weight:bold">{{ carry }}</td></tr>{% endif %}</table>
{% if loop.last %}
<table style="width:58%;margin-left:auto;margin-top:6mm;border:1.5px solid {{ color }};border-collapse:collapse;font-size:9pt">
<tr><td style="padding:3px 6px">Summe netto</td><td class="r" style="padding:3px 6px">{{ net }}</td></tr>
<tr><td style="padding:3px 6px">zzgl. 20 % USt.</td><td class="r" style="padding:3px 6px">{{ tax }}</td></tr>
<tr><td style="padding:5px 6px;font-weight:bold;background:{{ color }};color:#fff">Rechnungsbetrag brutto</td><td class="r" style="padding:5px 6px;font-weight:bold;background:{{ color }};color:#fff">EUR {{ total }}</td></tr>
{% if adv %}<tr><td style="padding:3px 6px">abzüglich Anzahlung lt. Akontorechnung {{ advno }} vom {{ advd }}</td><td class="r" style="padding:3px 6px">-{{ adv }}</td></tr>
<tr><td style="padding:3px 6px;font-weight:bold">Restbetrag zur Zahlung</td><td class="r" style="padding:3px 6px;font-weight:bold">EUR {{ rest }}</td></tr>{% endif %}</table>
<div style="margin-top:6mm;font-size:8.2pt">{{ pay }}<br>Die Gewährleistung richtet sich nach den gesetzlichen Bestimmungen bzw. der ÖNORM B 2110.<br><br>Mit freundlichen Grüßen<br>{{ signer }}</div>
{% endif %}
<div class="foot" style="bottom:0"><table style="width:100%;font-size:6.6pt;color:#555"><tr><td>{{ vname }} · UID-Nr. {{ vid }} · FN {{ fn }} · Landesgericht Feldkirch<br>{{ bank }} · IBAN {{ ibanv }} · BIC {{ bic }}</td><td style="text-align:right;vertical-align:bottom;white-space:nowrap">Seite {{ loop.index }} von {{ pages|length }}</td></tr></table></div>
</div>{% endfor %}
</body></html>"""


@style("05", "at_fel_feldkirch_rechnung_ust_20_two_pages_ruled_pos_wrapped_anzahlung")
def s05(rng, i):
    vname, vaddr, color, trade = FE_V[i]
    d = rand_date(rng)
    heads, tails = FE_PARTS[trade]
    n = [15, 19, 16, 21][i]
    items = []
    order = []
    while len(order) < n:  # every head once before any repeats, a repeat in another part of the building
        order += rng.sample(heads, len(heads))
    for k in range(n):
        head, unit, lo, hi = order[k]
        if k >= len(heads):
            head += " – " + rng.choice(["Obergeschoss", "Dachgeschoss", "Stiegenhaus", "Nebengebäude", "Garage"])
        q = {"pauschal": D(1), "Stk": D(rng.randint(1, 6)), "Std": D(rng.randint(4, 80)) / 2, "m³": D(rng.randint(20, 180)) / 10}.get(unit, D(rng.randint(2, 36) if trade in ("Tischlerei", "Haustechnik") else rng.randint(8, 240)))
        p = D(rng.randint(lo * 20, hi * 20)) / 20
        desc = head + ", " + rng.choice(tails) if rng.random() < 0.75 and unit not in ("Std", "pauschal") else head
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    vid = valid(rng, lambda: "ATU" + digits(rng, 8, True), uid.is_valid)
    buid = valid(rng, lambda: "ATU" + digits(rng, 8, True), uid.is_valid)
    no = [f"{d.year}-{rng.randint(100, 999)}", f"RE{d.strftime('%y')}{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"R-{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de_at"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de_at")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (1, 2) else None
    po = [None, f"BE-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4599999999)}", None][i]
    quote, quoted = f"AN-{d.year}-{rng.randint(100, 999)}", fd(d - dt.timedelta(days=rng.randint(30, 120)))
    lz1 = d - dt.timedelta(days=rng.randint(0, 6))
    lz0 = lz1 - dt.timedelta(days=rng.randint(3, 25))
    adv = q2(total * D(rng.choice(["0.3", "0.4", "0.5"]))) if i in (0, 2) else None
    adv = D(int(adv / 100) * 100) if adv else None
    split = min(12, n - rng.randint(5, 8))
    carry = sum(x["amount"] for x in items[:split])
    rows = [{"pos": f"{k + 1:02d}", "q": de(x["qty"], (1 if x["unit"] == "m³" else 2) if x["qty"] % 1 else 0), "u": x["unit"], "d": x["desc"], "p": de(x["price"]), "a": de(x["amount"])} for k, x in enumerate(items)]
    bname, baddr = [("Familie Bernhard und Sabine Moosbrugger", "Bahnhofstraße 7, 6830 Rankweil"), ("Gemeinnützige Wohnbau Rheintal reg. Gen.m.b.H.", "Hauptstraße 24, 6840 Götzis"),
                    ("Landeskrankenhaus Feldkirch, Technischer Dienst", "Carinagasse 47, 6807 Feldkirch"), ("Hotel Schäfle Frastanz GmbH", "Hauptstraße 32, 6820 Frastanz")][i]
    pay = (f"Zahlbar bis {fd(due)} ohne Abzug." if due else "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto ohne Abzug.")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 5), dom=["illwerk", "ardetzenberg", "holzbau-tosters", "malerei-levis"][i], bname=bname, baddr=baddr,
        no=no, d=fd(d), cust=f"K{rng.randint(10000, 99999)}", po=po, quote=quote, quoted=quoted, lz0=fd(lz0), lz1=fd(lz1), buid=buid, due=fd(due) if due else None,
        site=rng.choice(["Neubau Einfamilienhaus Tisis", "Sanierung Wohnanlage Gisingen", "Umbau Altstadthaus Marktgasse", "Zubau Nofels"]),
        pages=[rows[:split], rows[split:]], carry=de(carry), net=de(net), tax=de(tax), total=de(total), adv=de(adv) if adv else None, advno=f"AK-{rng.randint(10, 99)}/{d.year}",
        advd=fd(d - dt.timedelta(days=rng.randint(40, 120))), rest=de(total - adv) if adv else None, pay=pay, signer=rng.choice(["Ing. Markus Nachbaur", "Daniela Gohm", "Stefan Tschann, BEd"]),
        vid=vid, fn=f"{rng.randint(100000, 499999)}{rng.choice('abdfghikmpstvwxyz')}", bank=["Raiffeisenbank Feldkirch", "Sparkasse Feldkirch", "Raiffeisenbank Feldkirch", "Raiffeisenbank Vorderland"][i], bic=["RVVGAT2B422", "SPFKAT2BXXX", "RVVGAT2B422", "RVVGAT2B468"][i],
        ibanv=group4(rand_iban(rng, "AT", 16, ["37422", "20604", "37422", "37468"][i])),
    )
    notes = (
        "Feldkirch (Austria) RECHNUNG in German from a quotation, over TWO PAGES: a FULLY RULED table with a 'Pos.' column and descriptions that wrap over two or three lines, "
        "the carried-over sum ('Zwischensumme / Übertrag', 'Übertrag von Seite 1') a decoy, the facts as LABELS BESIDE values at the top right, USt 20 %, '1.234,56': "
        "vendor = the name in the letterhead; vendor_tax_id = 'UID-Nr.' in the footer (the customer's 'UID-Nr. Kunde', the FN, the customer number and the IBAN are decoys). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Rechnungsdatum' (the quotation's date and the 'Leistungszeitraum' are decoys). "
        + due_note(due, "Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto", "Zahlbar bis")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Summe netto'; tax = 'zzgl. 20 % USt.'; total = 'Rechnungsbetrag brutto'"
        + (" (the 'Anzahlung lt. Akontorechnung' deducted below it and the 'Restbetrag zur Zahlung' are decoys)" if adv else "")
        + ". Currency EUR. Line items: every position, net (the totals are on page 2)."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag brutto", fd(due) if due else None, buid, quote, "Seite 2 von 2", ctx["rest"], de(carry)]}
    return t, chk, (FE_HTML.replace("@@BASE@@", css(margin="12mm 14mm 14mm 18mm", fs="8.4pt")), ctx)
