"""Chromium (HTML) styles for set 56, second part (04 Abeokuta TAX INVOICE in English with the TOTALS in a LEFT SIDEBAR,
the facts in a ruled strip of labels above values, VAT 7.5 %, naira, an advance deducted on two and the total in
WORDS; 05 Kuopio LASKU in Finnish with every fact's LABEL ABOVE its value, ALV 25,5 %, euro '1 234,56 €', a bank
transfer form at the foot and a HYVITYSLASKU (credit note) as the third)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fi_ref, fi_ref_fmt, group4, long_date, naira_words, rand_iban
from invoice_kit import css, digits, en, ordinal, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import MONTHS, due_note, lines, po_note, truth
from stdnum.fi import alv, ytunnus

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Abeokuta (VAT 7.5, NGN), totals in a left sidebar, words
AB_V = [
    ("Ogun Cassava Processors Ltd", "KM 8, Abeokuta–Lagos Expressway, Abeokuta, Ogun State", "#14532d"),
    ("Olumo Rock Printing Press Ltd", "12 Lantoro Road, Oke-Ilewo, Abeokuta", "#7c2d12"),
    ("Adire Heritage Textiles Nigeria Ltd", "Itoku Market Road, Abeokuta", "#1e3a8a"),
    ("Kuto Solar & Electrical Services Ltd", "45 Quarry Road, Ibara, Abeokuta", "#854d0e"),
]
AB_B = ["Federal University of Agriculture, Abeokuta", "Ogun State Ministry of Education", "Lagos Fashion House Ltd, Ikeja", "Sacred Heart Hospital, Lantoro"]
AB_ROWS = [
    [("High quality cassava flour, 50 kg bag", "bag", 10, 300, 28000, 46000), ("Garri, white, 50 kg bag", "bag", 10, 200, 32000, 52000), ("Cassava starch, 25 kg bag", "bag", 5, 100, 18500, 29000), ("Haulage to site", "trip", 1, 4, 45000, 120000)],
    [("Exercise books, 40 leaves, carton", "ctn", 10, 400, 9500, 16500), ("Examination booklets, 12 pages", "pcs", 1000, 20000, 45, 90), ("Annual report, 64 pages full colour", "copy", 100, 1500, 2800, 6500), ("Typesetting and design", "job", 1, 1, 85000, 250000)],
    [("Adire indigo fabric, 2 yards", "piece", 10, 300, 6500, 14000), ("Aso-oke set, hand woven", "set", 2, 40, 38000, 95000), ("Tie-dye workshop, per participant", "pax", 5, 40, 15000, 30000)],
    [("Solar panel 550 W mono", "pcs", 2, 40, 145000, 210000), ("Inverter 5 kVA hybrid", "pcs", 1, 6, 650000, 980000), ("Lithium battery 5 kWh", "pcs", 1, 8, 1100000, 1650000), ("Installation and commissioning", "job", 1, 1, 150000, 450000)],
]
AB_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.side{background:#f8fafc;border-right:3px solid {{ color }};width:62mm;vertical-align:top;padding:14mm 6mm 10mm 10mm} .main{vertical-align:top;padding:14mm 12mm 10mm 8mm}
.tl{font-size:7.4pt;color:#475569;margin-top:8px} .tv{font-size:10.5pt;font-weight:bold;text-align:right}
.strip{width:100%;border-collapse:collapse;margin-top:12px} .strip td{border:1px solid #94a3b8;padding:3px 5px;font-size:8.4pt;white-space:nowrap} .strip tr.h td{background:{{ color }};color:#fff;font-size:7pt}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{text-align:left;border-bottom:2px solid {{ color }};font-size:7.6pt;padding:4px} table.it th.r{text-align:right} table.it td{border-bottom:1px solid #e2e8f0;padding:5px 4px;font-size:8.6pt}
.r{text-align:right;white-space:nowrap}
</style></head><body><table style="width:100%;height:297mm;border-collapse:collapse"><tr>
<td class="side"><div style="font-size:8pt;font-weight:bold;color:{{ color }};letter-spacing:1px">INVOICE SUMMARY</div>
<div class="tl">Sub-total (excl. VAT)</div><div class="tv">₦{{ net }}</div>
<div class="tl">VAT @ 7.5%</div><div class="tv">₦{{ tax }}</div>
<div class="tl" style="border-top:1px solid {{ color }};padding-top:6px">TOTAL AMOUNT (NGN)</div><div class="tv" style="font-size:14pt;color:{{ color }}">₦{{ total }}</div>
{% if adv %}<div class="tl">Less: advance payment received</div><div class="tv">(₦{{ adv }})</div><div class="tl">Balance payable</div><div class="tv">₦{{ bal }}</div>{% endif %}
<div class="tl" style="margin-top:18px">Amount in words</div><div style="font-size:8.2pt;font-style:italic">{{ words }}</div>
<div class="tl" style="margin-top:18px">Pay to</div><div style="font-size:8pt">{{ bank }}<br>Account name: {{ vname }}<br>Account No.: {{ nuban }}<br>Sort code: {{ sort }}</div>
<div class="tl" style="margin-top:18px">Registration</div><div style="font-size:8pt">RC {{ rc }}</div></td>
<td class="main"><table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>Tel: +234 {{ tel }} · <span style="white-space:nowrap">TIN: {{ vid }}</span></div></td>
<td class="r" style="vertical-align:top"><div style="font-size:19pt;font-weight:bold">TAX INVOICE</div></td></tr></table>
<table class="strip"><tr class="h"><td>Invoice No.</td><td>Invoice Date</td><td>{{ due_l }}</td><td>LPO No.</td><td>Waybill No.</td></tr>
<tr><td><b>{{ no }}</b></td><td><b>{{ d }}</b></td><td>{{ due }}</td><td>{{ po }}</td><td>{{ wb }}</td></tr></table>
<div style="margin-top:12px"><span style="color:#64748b;font-size:7.6pt">BILLED TO</span><br><b>{{ bname }}</b><br>{{ bcity }}<br>Customer TIN: {{ btin }}</div>
<table class="it"><tr><th>S/N</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit Price (₦)</th><th class="r">Amount (₦)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:18px;font-size:7.8pt;color:#475569">{{ note }}</div>
<div style="margin-top:40px;font-size:8pt">_________________________<br>Authorised signatory</div></td></tr></table>
</body></html>"""


@style("04", "ng_abk_abeokuta_tax_invoice_vat_7_5_totals_left_sidebar_words")
def s04(rng, i):
    vname, vaddr, color = AB_V[i]
    d = rand_date(rng)
    items = lines(rng, AB_ROWS[i], [3, 4, 3, 4][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.075"))
    total = net + tax
    adv = q2(total * D(rng.choice(["0.3", "0.5", "0.6"]))) if i in (1, 3) else None
    vid = f"{digits(rng, 8, True)}-0001"
    btin = f"{digits(rng, 8, True)}-0001"
    no = [f"OCP/{d.year}/{rng.randint(100, 999)}", f"ORP-{rng.randint(10000, 99999)}", f"AHT{d.strftime('%y%m')}{rng.randint(100, 999)}", f"KSE/INV/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]}, {x.year}", lambda x: x.strftime("%d-%b-%Y"), lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 2 else None
    po = [f"FUNAAB/LPO/{rng.randint(100, 999)}", f"OGMOE/{d.year}/{rng.randint(1000, 9999)}", None, f"SHH-PO-{rng.randint(100, 999)}"][i]
    words = naira_words(total)
    ctx = dict(
        color=color, net=en(net), tax=en(tax), total=en(total), adv=en(adv) if adv else None, bal=en(total - adv) if adv else None, words=words,
        bank=rng.choice(["Zenith Bank Plc", "First Bank of Nigeria Ltd", "GTBank Plc", "Access Bank Plc"]), vname=vname, nuban=digits(rng, 10, True), sort=digits(rng, 9, True),
        rc=rng.randint(100000, 1999999), vaddr=vaddr, tel=f"803 {digits(rng, 3)} {digits(rng, 4)}", vid=vid, due_l="Due Date" if due else "Terms", due=fd(due) if due else "Cash on delivery",
        no=no, d=fd(d), po=po or "—", wb=f"WB{rng.randint(10000, 99999)}", bname=AB_B[i], bcity=rng.choice(["Abeokuta, Ogun State", "Alabata Road, Abeokuta", "Lagos"]), btin=btin,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        note="VAT charged at 7.5% in line with the Finance Act. Goods received in good condition are not returnable. Please quote the invoice number on all payments.",
    )
    notes = (
        "Abeokuta (Ogun State, Nigeria) TAX INVOICE in English with the TOTALS in a LEFT SIDEBAR (sub-total, VAT, total, bank details, the total in WORDS), the facts in a ruled strip of labels above values, VAT 7.5 %, '₦1,234.56'"
        + (", an ADVANCE deducted below the total in the sidebar and a balance payable" if adv else "") + ": "
        "vendor = the name at the top of the main column; vendor_tax_id = 'TIN' under the address (8 digits-0001; the 'Customer TIN', the RC number, the account number and sort code, the waybill are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Sub-total (excl. VAT)'; tax = 'VAT @ 7.5%'; total = 'TOTAL AMOUNT (NGN)'" + (" (before the advance; the balance payable is a decoy)" if adv else "") + ". Currency NGN ('₦'). Line items: every row, excl. VAT."
    )
    t = truth(vname, vid, no, po, d, due, "NGN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL AMOUNT (NGN)", fd(due) if due else None, btin, words, ctx["bal"]]}
    return t, chk, (AB_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 05 Kuopio (ALV 25.5, EUR), labels above, a credit note, transfer form
KU_V = [
    ("Savon Konepaja Oy", "Kellolahdentie 18, 70460 Kuopio", "#1e3a8a"),
    ("Kallaveden Tilitoimisto Oy", "Puijonkatu 21 B, 70100 Kuopio", "#0f766e"),
    ("Itä-Suomen LVI-asennus Oy", "Leväsentie 9, 70780 Kuopio", "#9a3412"),
    ("Puijon Tapahtumatekniikka Oy", "Microkatu 1, 70210 Kuopio", "#6d28d9"),
]
KU_B = [("Kuopion kaupunki, Tilakeskus", "Suokatu 42, 70110 Kuopio"), ("Tmi Saimaan Kalustepuu", "Satamakatu 3, 70100 Kuopio"),
        ("Asunto Oy Väinölänniemi", "Väinölänniemenkatu 2, 70100 Kuopio"), ("Itä-Suomen yliopisto", "Yliopistonranta 1, 70210 Kuopio")]
KU_ROWS = [
    [("Sorvaus piirustuksen mukaan", "kpl", 2, 60, 45, 380), ("CNC-jyrsintä", "h", 2, 40, 78, 115), ("Materiaali S355 levy", "kg", 10, 400, 3, 7), ("Rahti", "erä", 1, 1, 45, 180)],
    [("Kirjanpito, kuukausi", "kk", 1, 12, 180, 650), ("Palkanlaskenta, palkansaaja", "kpl", 2, 40, 18, 35), ("Tilinpäätös ja veroilmoitus", "erä", 1, 1, 650, 1900), ("Konsultointi", "h", 1, 20, 85, 140)],
    [("Putkiasennustyö", "h", 4, 80, 58, 82), ("Lämmönvaihdin", "kpl", 1, 2, 1400, 3900), ("Venttiilit ja liittimet", "erä", 1, 1, 240, 1200), ("Työmaakäynti", "kpl", 1, 10, 45, 85)],
    [("Äänentoisto, päivä", "pv", 1, 4, 650, 1800), ("Valaistuspaketti, päivä", "pv", 1, 4, 450, 1500), ("Tekniikkahenkilöstö", "h", 4, 60, 48, 72), ("Kuljetus", "erä", 1, 2, 120, 380)],
]
KU_HTML = """<html lang="fi"><head><meta charset="utf-8"><style>@@BASE@@
.lab{font-size:6.8pt;color:#6b7280;text-transform:uppercase;letter-spacing:.3px} .val{font-size:9.2pt;margin-top:1px} .cell{padding:4px 14px 5px 0;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:16px} table.it th{font-size:6.8pt;color:#6b7280;font-weight:normal;text-align:left;padding:3px 4px;text-transform:uppercase} table.it th.r{text-align:right} table.it td{padding:4px;font-size:8.6pt}
.r{text-align:right;white-space:nowrap} .form{position:absolute;bottom:0;left:0;right:0;border-top:1px dashed #6b7280;padding-top:6px} .form td{border:1px solid #374151;padding:2px 5px;vertical-align:top}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;width:50%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div>
<div style="margin-top:22px"><b>{{ bname }}</b><br>{{ baddr }}</div></td>
<td style="vertical-align:top"><div style="font-size:17pt;font-weight:bold;letter-spacing:1px">{{ title }}</div><table style="margin-top:6px">
<tr><td class="cell"><div class="lab">Päivämäärä</div><div class="val">{{ d }}</div></td><td class="cell"><div class="lab">{{ no_l }}</div><div class="val"><b>{{ no }}</b></div></td></tr>
<tr><td class="cell"><div class="lab">Asiakasnumero</div><div class="val">{{ kund }}</div></td><td class="cell"><div class="lab">{{ due_l }}</div><div class="val">{{ due }}</div></td></tr>
<tr><td class="cell"><div class="lab">Maksuehto</div><div class="val">{{ term }}</div></td><td class="cell"><div class="lab">Viivästyskorko</div><div class="val">{{ korko }} %</div></td></tr>
<tr><td class="cell"><div class="lab">Viitteenne</div><div class="val">{{ eref }}</div></td><td class="cell"><div class="lab">{{ po_l }}</div><div class="val">{{ po }}</div></td></tr>
{% if ref %}<tr><td class="cell" colspan="2"><div class="lab">Viitenumero</div><div class="val">{{ ref }}</div></td></tr>{% endif %}
{% if orig %}<tr><td class="cell" colspan="2"><div class="lab">Hyvitettävä lasku</div><div class="val">{{ orig }}</div></td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr style="border-bottom:1px solid #111"><th>Tuote / palvelu</th><th class="r">Määrä</th><th>Yks.</th><th class="r">À-hinta</th><th class="r">ALV %</th><th class="r">Yhteensä</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">25,5</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;border-top:1px solid #111"><tr><td class="cell"><div class="lab">Veroton yhteensä</div><div class="val r">{{ net }} €</div></td>
<td class="cell"><div class="lab">ALV 25,5 %</div><div class="val r">{{ tax }} €</div></td><td class="cell"><div class="lab">{{ tot_l }}</div><div class="val r" style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ total }} €</div></td></tr></table>
<div style="margin-top:14px;font-size:7.8pt;color:#374151">{{ note }}</div>
<div style="margin-top:18px;font-size:7.2pt;color:#4b5563">{{ vname }} · Kotipaikka Kuopio · Y-tunnus {{ yt }} · ALV-rek. {{ vid }} · puh. 017 {{ tel }}</div>
{% if form %}<div class="form"><table style="width:100%;border-collapse:collapse;font-size:7.6pt">
<tr><td style="width:20%">Saajan tilinumero<br>Mottagarens kontonummer</td><td colspan="3">IBAN {{ ibanv }} &nbsp; BIC {{ bic }}</td></tr>
<tr><td>Saaja<br>Mottagare</td><td colspan="3">{{ vname }}</td></tr>
<tr><td>Maksaja<br>Betalare</td><td style="width:40%">{{ bname }}</td><td style="width:14%">Viitenro<br>Ref.nr</td><td>{{ ref }}</td></tr>
<tr><td>Tililtä nro</td><td></td><td>Eräpäivä / Euro</td><td>{{ due }} &nbsp; &nbsp; {{ total }}</td></tr></table></div>{% endif %}
</body></html>"""


@style("05", "fi_kuo_kuopio_lasku_alv_25_5_labels_above_hyvityslasku")
def s05(rng, i):
    vname, vaddr, color = KU_V[i]
    bname, baddr = KU_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, KU_ROWS[i], [4, 3, 3, 4][i], D("0.01"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.255"))
    total = net + tax
    yd = valid(rng, lambda: digits(rng, 8, True), lambda s: alv.is_valid("FI" + s))
    yt = yd[:7] + "-" + yd[7]
    vid = "FI" + yd
    assert ytunnus.is_valid(yt)
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 999)}", f"H{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: long_date(x, "fi")][i]
    days = rng.choice([14, 21, 30])
    due = None if credit else d + dt.timedelta(days=days)
    po = [f"{rng.randint(4500000000, 4599999999)}", None, None, f"UEF-{rng.randint(10000, 99999)}"][i]
    ref = None if credit else fi_ref_fmt(fi_ref(f"{rng.randint(1000, 99999)}"))
    orig = f"{rng.randint(10000, 99999)}" if credit else None
    title = "HYVITYSLASKU" if credit else "LASKU"
    tot_l = "Hyvitys yhteensä" if credit else "Maksettava yhteensä"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, bname=bname, baddr=baddr, title=title, d=fd(d), no_l="Hyvityslaskun nro" if credit else "Laskun numero", no=no, kund=f"{rng.randint(1000, 9999)}",
        due_l="Maksutapa" if credit else "Eräpäivä", due="Hyvitetään seuraavasta laskusta" if credit else fd(due), term="—" if credit else f"{days} pv netto", korko=rng.choice(["8,0", "10,5", "11,5"]),
        eref=rng.choice(["Mikko Heikkinen", "Anna Korhonen", "Jari Miettinen", "Sanna Räsänen"]), po_l="Tilausnumero" if po else "Toimituspäivä", po=po if po else fd(d - dt.timedelta(days=rng.randint(0, 7))),
        ref=ref, orig=orig, items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        net=sp(net), tax=sp(tax), total=sp(total), tot_l=tot_l, yt=yt, vid=vid, tel=f"{digits(rng, 3)} {digits(rng, 4)}",
        note=("Hyvitys koskee palautettuja tuotteita sopimuksen mukaisesti." if credit else "Maksaessasi käytä viitenumeroa. Huomautukset 8 päivän kuluessa."),
        form=not credit, ibanv=group4(rand_iban(rng, "FI", 14, rng.choice(["1", "5", "8"]))), bic=rng.choice(["NDEAFIHH", "OKOYFIHH", "HELSFIHH"]),
    )
    notes = (
        "Kuopio (Finland) " + ("HYVITYSLASKU (credit note, quantities and amounts NEGATIVE, crediting an earlier invoice: 'Hyvitettävä lasku' is a decoy number)" if credit else "LASKU")
        + " in Finnish where every fact has its LABEL ABOVE the value (small grey capitals), ALV 25,5 %, '1 234,56 €'" + ("" if credit else ", a bank transfer form at the foot repeating the due date and the total") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'ALV-rek.' in the foot line (FI + the Y-tunnus digits; the Y-tunnus itself with its hyphen, the customer number, the reference number and the IBAN are decoys). "
        f"invoice_number = '{ctx['no_l']}'; invoice_date = 'Päivämäärä'. "
        + due_note(due, "Hyvitetään seuraavasta laskusta", "Eräpäivä")
        + po_note(po, "Tilausnumero")
        + f"subtotal = 'Veroton yhteensä'; tax = 'ALV 25,5 %'; total = '{tot_l}'. Currency EUR. Line items: every row, without ALV." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, tot_l.upper(), fd(due) if due else None, yt, orig, ref]}
    return t, chk, (KU_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)
