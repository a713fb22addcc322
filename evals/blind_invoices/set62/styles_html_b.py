"""Chromium (HTML) styles for set 62, second part (04 Kericho monthly service bill / TAX INVOICE in English with Swahili,
the TOTALS in a summary box at the TOP, the facts' LABELS ENDING a line with the value on the NEXT line, VAT 16 %, a
balance brought forward on two; 05 Ouarzazate hotel FACTURE / folio in French with Arabic labels and the facts in a RIGHT
SIDEBAR, TVA 10 % and 20 %, the taxe de séjour outside the TVA, the euro counter-value, arrhes deducted on two and the
total in French words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import fr_words
from stdnum.ke import pin
from stdnum.ma import ice

STYLES, style = style_registry("chromium")

MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SW_MONTHS = "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()


# =========================================================================== 04 Kericho (VAT 16, KES), totals on top, labels at a line's end
KE_V = [
    ("Chepkoiben Fibre Networks Ltd", "Moi Highway, Kericho Business Park, P.O. Box 1184-20200 Kericho", "#0b6e4f", "internet"),
    ("Tea Hills Security Monitoring Ltd", "Temple Road, Kericho, P.O. Box 233-20200", "#8c2f39", "security"),
    ("Sondu Solar Power Services Ltd", "Kisumu Road, Kericho, P.O. Box 5120-20200", "#b36b00", "power"),
    ("Kapsoit Cold Storage Ltd", "Kapsoit Industrial Area, Kericho, P.O. Box 77-20200", "#27496d", "cold"),
]
KE_B = [
    ("Kericho Tea Research Guest House", "Timbilil Road, Kericho"),
    ("Brooke Estate Factory Ltd", "Kericho-Nakuru Road, Kericho"),
    ("Kipchimchim Secondary School", "P.O. Box 402, Kericho"),
    ("Litein Fresh Produce Cooperative", "Litein town, Bureti"),
]
KE_ROWS = {
    "internet": [("Fibre Business 50 Mbps, monthly plan", "month", 1, 1, 4500, 14500), ("Static public IP address", "month", 1, 4, 500, 1500), ("Wi-Fi access point rental", "unit", 1, 6, 350, 900), ("Extra data bundle, 100 GB", "bundle", 1, 5, 800, 1500), ("Site visit, technician", "visit", 1, 2, 1500, 3500)],
    "security": [("24-hour alarm monitoring", "month", 1, 1, 3500, 9500), ("Armed response cover", "month", 1, 1, 2500, 6500), ("CCTV cloud storage, per camera", "camera", 2, 16, 300, 650), ("Panic button rental", "unit", 1, 6, 150, 400), ("Guard patrol, night shift", "shift", 4, 31, 900, 1600)],
    "power": [("Solar lease, 10 kW array", "month", 1, 1, 12000, 28000), ("Energy delivered above allowance", "kWh", 50, 900, 18, 32), ("Battery storage rental", "month", 1, 1, 3500, 9000), ("Inverter maintenance visit", "visit", 1, 2, 2500, 6000)],
    "cold": [("Cold room storage, pallet-day", "pallet-day", 20, 400, 85, 160), ("Blast freezing", "tonne", 1, 12, 2400, 5200), ("Loading and offloading", "hour", 2, 24, 600, 1200), ("Reefer truck hire, Kericho-Nairobi", "trip", 1, 4, 18000, 32000)],
}
KE_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.fl{font-size:7.4pt;color:#555;text-align:right;border-bottom:1px dotted #999;padding-top:5px} .fv{font-size:9.4pt;font-weight:bold;padding:1px 0 2px 0}
.sum td{padding:3px 8px;font-size:8.8pt} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:7.4pt;padding:4px 5px;text-align:left}
table.it td{padding:4px 5px;font-size:8.4pt;border-bottom:1px solid #e3e3e3} .r{text-align:right;white-space:nowrap} .sw{font-style:italic;color:#666;font-weight:normal}
</style></head><body>
<table style="width:100%"><tr><td style="width:48%;vertical-align:top">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:7.8pt">{{ vaddr }}<br>Tel. +254 {{ tel }} · accounts@{{ dom }}.co.ke</div>
<div style="margin-top:8px;font-size:11pt;font-weight:bold;letter-spacing:.5px">TAX INVOICE <span class="sw">/ Ankara ya Kodi</span></div>
<div style="margin-top:10px;font-size:8.4pt"><span style="color:#555">Bill to / <i>Kwa</i>:</span><br><b>{{ bname }}</b><br>{{ baddr }}{% if bpin %}<br>Customer PIN: {{ bpin }}{% endif %}</div></td>
<td style="vertical-align:top">
<table class="sum" style="width:100%;border:2px solid {{ color }};border-collapse:collapse">
<tr><td colspan="2" style="background:{{ color }};color:#fff;font-weight:bold">ACCOUNT SUMMARY <span style="font-weight:normal;font-style:italic">/ Muhtasari wa akaunti</span></td></tr>
<tr><td>Previous balance</td><td class="r">{{ prev }}</td></tr><tr><td>Payments received, thank you</td><td class="r">{{ paid }}</td></tr>
<tr><td>Balance brought forward</td><td class="r">{{ bf }}</td></tr>
<tr><td>Current charges excl. VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT @ 16%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="font-weight:bold">Total current charges</td><td class="r" style="font-weight:bold">{{ total }}</td></tr>
<tr style="background:#f1f1f1"><td style="font-weight:bold;font-size:11pt">TOTAL AMOUNT DUE <span class="sw" style="font-size:8pt">Jumla ya kulipa</span></td><td class="r" style="font-weight:bold;font-size:11pt">KES {{ due_amt }}</td></tr>
<tr><td colspan="2" style="font-size:7.8pt">{{ payline }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:10px"><tr>
<td style="width:33%;vertical-align:top;padding-right:16px">
<div class="fl">This bill is issued by us, whose KRA PIN is</div><div class="fv">{{ vid }}</div>
<div class="fl">for your account with us, numbered as Account No.</div><div class="fv">{{ acct }}</div></td>
<td style="width:33%;vertical-align:top;padding-right:16px">
<div class="fl">for the services of {{ period }}, under Invoice No.</div><div class="fv">{{ no }}</div>
<div class="fl">and dated as of the Invoice Date</div><div class="fv">{{ d }}</div></td>
<td style="vertical-align:top">
{% if po %}<div class="fl">against your purchase order, LPO No.</div><div class="fv">{{ po }}</div>{% endif %}
<div class="fl">the amount to be paid on or before the Due Date</div><div class="fv">{{ due }}</div></td></tr></table>
<div style="margin-top:14px;font-weight:bold;font-size:9pt">Details of current charges <span class="sw">/ Maelezo ya gharama</span> · {{ period }}</div>
<table class="it"><tr><th>Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate (KES)</th><th class="r">Amount (KES)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:20px;font-size:7.6pt;color:#333"><tr><td style="vertical-align:top;width:62%">
<b>How to pay / Jinsi ya kulipa</b><br>M-PESA Paybill {{ paybill }}, account number {{ acct }}<br>{{ bank }}, Kericho branch, A/C {{ bacct }}<br>
Payments received after the bill date will show on your next bill. Services may be suspended 14 days after the due date.<br><br>
<span style="color:#666">eTIMS CU serial {{ cu }} · CU invoice number {{ cuno }}</span></td>
<td style="text-align:right;vertical-align:top">{{ qr|safe }}<div style="font-size:6.6pt;color:#666">Scan to verify on KRA eTIMS</div></td></tr></table>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#888">Asante kwa kuchagua {{ vname }} · Page 1 of 1</div>
</body></html>"""


@style("04", "ke_ker_kericho_service_bill_vat_16_totals_top_label_eol")
def s04(rng, i):
    vname, vaddr, color, kind = KE_V[i]
    bname, baddr = KE_B[i]
    d = rand_date(rng)
    cat = KE_ROWS[kind]
    n = [4, 4, 3, 3][i]
    items = lines(rng, [cat[0], *rng.sample(cat[1:], n - 1)], n, D("0.50") if i == 2 else D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * 16 / 100)
    total = net + tax
    vid = valid(rng, lambda: "P" + digits(rng, 9) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pin.is_valid)
    bpin = valid(rng, lambda: "P" + digits(rng, 9) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pin.is_valid) if i != 2 else None
    pm = (d.replace(day=1) - dt.timedelta(days=1))
    period = [f"{SW_MONTHS[pm.month - 1]} / {pm.strftime('%B')} {pm.year}", f"{pm.strftime('%B %Y')}", f"1-{(d.replace(day=1) - dt.timedelta(days=1)).day} {pm.strftime('%B %Y')}", f"{pm.strftime('%B %Y')}"][i]
    no = [f"CFN{d.strftime('%y%m')}{rng.randint(1000, 9999)}", f"THS/{d.year}/{rng.randint(1000, 9999)}", f"SSP-INV-{rng.randint(10000, 99999)}", f"KCS{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d}-{MON3[x.month - 1]}-{x.year}", lambda x: f"{x.day} {x.strftime('%B')} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 15]))
    po = [None, None, f"LPO {rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500, 4999)}"][i]
    prev = q2(D(rng.randint(4000, 40000)) + D(rng.randint(0, 99)) / 100)
    arrears = i in (1, 3)
    paid = prev if not arrears else q2(prev - D(rng.randint(1000, 3000)))
    bf = prev - paid
    acct = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", dom=vname.split()[0].lower(), bname=bname, baddr=baddr, bpin=bpin,
        prev=en(prev), paid="-" + en(paid), bf=en(bf), net=en(net), tax=en(tax), total=en(total), due_amt=en(total + bf),
        payline=("Includes an unpaid balance of KES " + en(bf) + " from the previous bill." if arrears else "No arrears on this account. Karibu tena."),
        vid=vid, acct=acct, period=period, no=no, d=fd(d), po=po, due=fd(due),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        paybill=digits(rng, 6, True), bank=rng.choice(["KCB Bank Kenya", "Equity Bank", "Co-operative Bank of Kenya"]), bacct=digits(rng, 13, True),
        cu=f"KRAMW{digits(rng, 3)}{d.year}{digits(rng, 8)}", cuno=f"{digits(rng, 3)}{digits(rng, 16, True)}", qr=qr_svg(rng, 20),
    )
    notes = (
        "Kericho (Kenya) monthly service bill / TAX INVOICE (Ankara ya Kodi) in English with Swahili, the TOTALS in an ACCOUNT SUMMARY box at the TOP right, the facts as running phrases whose LABEL ENDS the line "
        "('… whose KRA PIN is', '… Invoice No.', '… Invoice Date', '… Due Date') with each value alone on the NEXT line, VAT 16 %, '1,234.56': "
        "vendor = the name at the top left; vendor_tax_id = the seller's KRA PIN (the customer's PIN, the account number, the M-PESA paybill, the bank account, the eTIMS CU serial and CU invoice number are decoys). "
        "invoice_number = '… Invoice No.'; invoice_date = '… Invoice Date' (the service period is a decoy). "
        + due_note(due, None, "… on or before the Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Current charges excl. VAT'; tax = 'VAT @ 16%'; total = 'Total current charges'"
        + ("; 'TOTAL AMOUNT DUE' adds the balance brought forward from the previous bill (a decoy, with the previous balance and the payments)" if arrears else " (equal to 'TOTAL AMOUNT DUE'; the previous balance and the payment are decoys)")
        + ". Currency KES. Line items: every row of the details, without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "KES", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total current charges", fd(due), bpin, acct, en(total + bf)]}
    return t, chk, (KE_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Ouarzazate (TVA 10/20, MAD), hotel folio, right sidebar, words
OZ_V = [
    ("Riad Dar Tamsna SARL", "Derb Tamsna, Quartier Taourirt, 45000 Ouarzazate", "رياض دار تامسنا", "#7a3e1d"),
    ("Hôtel Kasbah Tifoultoute SA", "Route de Zagora, km 8, 45000 Ouarzazate", "فندق قصبة تيفولتوت", "#5b4636"),
    ("Atlas Cinéma Hospitality SARL", "Avenue Mohammed V n° 118, 45000 Ouarzazate", "أطلس سينما للضيافة", "#8a5a00"),
    ("Bivouac Drâa Évasion SARL AU", "Douar Tazentoute, Skoura, 45500 Ouarzazate", "مخيم درعة للسياحة", "#4b5d3a"),
]
OZ_B = [
    ("M. et Mme Laurent Bessière", "12 rue des Tanneurs, 69002 Lyon, France"),
    ("Voyages Sahara Découverte SARL", "Boulevard Zerktouni 41, Casablanca"),
    ("Oasis Film Productions Ltd", "Atlas Studios, Route de Marrakech, Ouarzazate"),
    ("Association des Randonneurs du Jura", "5 place de la Gare, 2300 La Chaux-de-Fonds, Suisse"),
]
OZ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Hébergement chambre double, petit-déjeuner inclus", "nuit", 2, 9, 650, 1900, 10), ("Dîner menu berbère", "couvert", 2, 16, 150, 320, 10),
    ("Excursion 4x4 vallée du Drâa", "personne", 2, 10, 450, 950, 20), ("Blanchisserie", "pièce", 4, 30, 15, 40, 20), ("Transfert aéroport Ouarzazate", "trajet", 1, 4, 200, 450, 20),
    ("Hammam et massage", "séance", 1, 6, 250, 600, 20), ("Déjeuner panier pique-nique", "panier", 2, 20, 90, 180, 10),
]
OZ_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;width:62mm;height:100%;background:{{ color }};color:#fff;padding:0}
.sin{padding:14mm 7mm 8mm 7mm} .sl{font-size:6.8pt;opacity:.85;margin-top:7px} .sv{font-size:9.6pt;font-weight:bold} .ar{float:right;font-size:8pt}
.main{margin-right:66mm;padding:14mm 4mm 10mm 12mm}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.4pt;text-align:left;border-bottom:2px solid {{ color }};padding:4px 4px} table.it td{padding:4px 4px;font-size:8.2pt;border-bottom:1px solid #e6dfd7}
.r{text-align:right;white-space:nowrap} .tt td{padding:2px 4px;font-size:8.8pt}
</style></head><body>
<div class="side"><div class="sin">
<div style="font-size:14pt;font-weight:bold">FACTURE <span class="ar" style="font-size:12pt" dir="rtl">فاتورة</span></div>
<div class="sl">N° de facture <span class="ar" dir="rtl">رقم الفاتورة</span></div><div class="sv">{{ no }}</div>
<div class="sl">Date de facture <span class="ar" dir="rtl">تاريخ الفاتورة</span></div><div class="sv">{{ d }}</div>
<div class="sl">Chambre / séjour</div><div class="sv">{{ room }}</div>
<div class="sl">Arrivée <span class="ar" dir="rtl">الوصول</span></div><div class="sv">{{ arr }}</div>
<div class="sl">Départ <span class="ar" dir="rtl">المغادرة</span></div><div class="sv">{{ dep }}</div>
<div class="sl">N° de réservation</div><div class="sv">{{ resa }}</div>
{% if po %}<div class="sl">Bon de commande client</div><div class="sv">{{ po }}</div>{% endif %}
<div style="margin-top:14px;border-top:1px solid rgba(255,255,255,.5);padding-top:6px" class="sl">Montant TTC <span class="ar" dir="rtl">المبلغ الإجمالي</span></div><div class="sv" style="font-size:11.5pt;white-space:nowrap">{{ total }} DH</div>
<div class="sl">Contre-valeur indicative</div><div class="sv">{{ eur }} EUR</div><div style="font-size:6.6pt;opacity:.85">1 EUR = {{ rate }} MAD (cours BAM du {{ rated }})</div>
<div style="margin-top:16px;font-size:7pt;line-height:1.5">ICE : {{ vid }}<br>IF : {{ vif }}<br>RC : {{ rc }} (Ouarzazate)<br>Patente : {{ pat }}<br>CNSS : {{ cnss }}</div>
<div style="margin-top:14px;font-size:7pt;line-height:1.5">{{ bank }}<br>RIB : {{ rib }}</div>
</div></div>
<div class="main">
<div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:11pt;color:{{ color }}" dir="rtl">{{ vname_ar }}</div>
<div style="font-size:7.8pt;color:#555">{{ vaddr }} · Tél. +212 524 {{ tel }}</div>
<div style="margin-top:14px;font-size:8.4pt"><span style="color:#777">Facturé à / <span dir="rtl">فوترت إلى</span></span><br><b>{{ bname }}</b><br>{{ baddr }}{% if bice %}<br>ICE client : {{ bice }}{% endif %}<br>Nombre de personnes : {{ pax }}</div>
<div style="margin-top:12px;font-weight:bold;font-size:9pt">Relevé de séjour (folio)</div>
<table class="it"><tr><th>Date</th><th>Prestation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td style="white-space:nowrap">{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tt" style="margin-left:auto;margin-top:12px">
<tr><td>Total HT</td><td class="r">{{ net }} DH</td></tr>
{% for r in rates %}<tr><td>TVA {{ r.r }} % sur {{ r.b }}</td><td class="r">{{ r.t }} DH</td></tr>{% endfor %}
<tr><td>Total TVA</td><td class="r">{{ tax }} DH</td></tr>
<tr><td style="font-weight:bold;font-size:10.5pt;border-top:1.5px solid {{ color }}">Total TTC</td><td class="r" style="font-weight:bold;font-size:10.5pt;border-top:1.5px solid {{ color }}">{{ total }} DH</td></tr>
{% if dep_amt %}<tr><td>Arrhes versées le {{ depd }}</td><td class="r">-{{ dep_amt }} DH</td></tr><tr><td style="font-weight:bold">Solde à régler</td><td class="r" style="font-weight:bold">{{ rest }} DH</td></tr>{% endif %}</table>
<div style="margin-top:14px;font-size:8.2pt">Arrêtée la présente facture à la somme de : <b>{{ words }}</b> toutes taxes comprises.</div>
<div style="margin-top:10px;font-size:7.6pt;color:#555">{{ pay }} La taxe de promotion touristique et la taxe de séjour sont hors champ de la TVA.</div>
<div style="margin-top:24px;font-size:7.6pt">Signature du client : ............................ &nbsp;&nbsp; Réception : {{ clerk }}</div>
</div></body></html>"""


@style("05", "ma_ouz_ouarzazate_facture_hotel_folio_tva_10_20_sidebar_right_words")
def s05(rng, i):
    vname, vaddr, vname_ar, color = OZ_V[i]
    bname, baddr = OZ_B[i]
    d = rand_date(rng)
    nights = rng.randint(2, 6)
    pax = rng.choice([2, 2, 4, 6, 12]) if i in (1, 2, 3) else 2
    arr = d - dt.timedelta(days=nights)
    base = lines(rng, OZ_ROWS[1:], [3, 2, 3, 2][i], D("1"))
    room = {"desc": OZ_ROWS[0][0], "unit": "nuit", "qty": D(nights * (1 if pax <= 2 else pax // 2)), "price": D(rng.randint(65, 190) * 10), "extra": 10}
    room["amount"] = q2(room["qty"] * room["price"])
    tpt = {"desc": "Taxe de promotion touristique et taxe de séjour", "unit": "nuitée", "qty": D(nights * pax), "price": D(rng.choice([25, 30, 40])), "extra": 0}
    tpt["amount"] = q2(tpt["qty"] * tpt["price"])
    items = [room, *base, tpt]
    for k, x in enumerate(items):
        x["rate"] = x["extra"]
        x["dt"] = arr + dt.timedelta(days=min(k, nights - 1)) if x is not tpt else d
    rates = [r for r in by_rate(items) if r[0] != 0]
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 15), ice.is_valid)
    bice = valid(rng, lambda: digits(rng, 15), ice.is_valid) if i in (1, 2) else None
    no = [f"F{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"ACH-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"BDE{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    po = [None, f"BC {rng.randint(1000, 9999)}", f"PO-OFP-{rng.randint(100, 999)}", None][i]
    dep_amt = q2(D(rng.randint(10, 40) * 100)) if i in (1, 3) else None
    while dep_amt and dep_amt >= total:
        dep_amt = dep_amt / 2
    rate = D(rng.choice(["10.7420", "10.8135", "10.6890", "10.9012"]))
    dh, cts = divmod(int(total * 100), 100)
    words = fr_words(dh).upper() + " DIRHAMS" + (f" ET {fr_words(cts).upper()} CENTIMES" if cts else "")
    ctx = dict(
        color=color, no=no, d=fd(d), room=f"Ch. {rng.randint(1, 40)} · {nights} nuits", arr=fd(arr), dep=fd(d), resa=f"R{digits(rng, 7, True)}", po=po,
        total=sp(total), eur=sp(q2(total / rate)), rate=sp(rate, 4), rated=fd(d - dt.timedelta(days=1)), vid=vid, vif=digits(rng, 8, True),
        rc=digits(rng, 4, True), pat=digits(rng, 8, True), cnss=digits(rng, 7, True), bank=rng.choice(["Attijariwafa bank, agence Ouarzazate", "Banque Populaire, agence Ouarzazate Centre", "CIH Bank, Ouarzazate"]),
        rib=" ".join([digits(rng, 3), digits(rng, 3), digits(rng, 16), digits(rng, 2)]), vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=digits(rng, 6),
        bname=bname, baddr=baddr, bice=bice, pax=pax,
        items=[{"dt": x["dt"].strftime("%d/%m"), "d": x["desc"], "q": qstr(x["qty"]), "p": sp(x["price"]), "r": f"{x['rate']} %" if x["rate"] else "hors champ", "a": sp(x["amount"])} for x in items],
        net=sp(net), rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], tax=sp(tax), dep_amt=sp(dep_amt) if dep_amt else None, depd=fd(arr - dt.timedelta(days=rng.randint(10, 60))),
        rest=sp(total - dep_amt) if dep_amt else None, words=words,
        pay=["Réglé par carte bancaire au départ.", "Solde payable par virement à 30 jours fin de mois.", "Règlement par virement sur le compte ci-contre.", "Solde réglé en espèces au départ."][i],
        clerk=rng.choice(["Fatima Ait Ouarab", "Youssef Oubella", "Hanane Idrissi"]),
    )
    notes = (
        "Ouarzazate (Morocco) hotel FACTURE (a guest folio with the stay's dates per row) in French with Arabic labels, the facts in a coloured RIGHT SIDEBAR (number, date, room, arrival and departure, booking number, order, the amount TTC, the euro counter-value, ICE, IF, RC, Patente, CNSS, RIB), "
        "TVA " + " and ".join(f"{r} %" for r, _, _ in rates) + " per rate, the tourist taxes outside the TVA as a row of the folio, '1 234,56 DH': "
        "vendor = the name at the top of the main column (the Arabic name under it); vendor_tax_id = 'ICE' (15 digits; the IF, RC, Patente, CNSS, the RIB, the client's ICE and the booking number are decoys). "
        "invoice_number = 'N° de facture'; invoice_date = 'Date de facture' (it is the departure date too; the arrival date and the rows' dates are decoys). No due date printed (null). "
        + po_note(po, "Bon de commande client")
        + "subtotal = 'Total HT' (with the tourist taxes' row); tax = 'Total TVA'; total = 'Total TTC' (also the sidebar's 'Montant TTC' and the words after 'Arrêtée la présente facture à la somme de')"
        + ("; the arrhes deducted below it and 'Solde à régler' are decoys" if dep_amt else "")
        + ". Currency MAD ('DH'); the EUR counter-value is a decoy. Line items: every row of the folio, without TVA."
    )
    t = truth(vname, vid, no, po, d, None, "MAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total TTC", fd(arr), bice, words, sp(q2(total / rate)), sp(total - dep_amt) if dep_amt else None]}
    return t, chk, (OZ_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
