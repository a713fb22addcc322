"""Chromium (HTML) styles for set 54, second part (04 Nakuru TAX INVOICE in English with the facts in a LEFT SIDEBAR,
VAT 16 %, shillings, the total in words, a deposit deducted on two; 05 Linköping FAKTURA in Swedish with every fact's
LABEL ABOVE its value, moms 25 / 12 / 6 %, kronor '1 234,56 kr', one of four a KREDITFAKTURA)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import en_words_title
from stdnum.ke import pin
from stdnum.se import orgnr

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Nakuru (VAT 16, KES), left sidebar, words, deposit
NK_V = [
    ("Menengai Agrovet Supplies Ltd", "Kenyatta Avenue, Nakuru CBD", "#166534"),
    ("Lake Nakuru Safari Lodges Ltd", "Lanet, off Nakuru–Nairobi Highway", "#9a3412"),
    ("Rift Valley Solar Installers Ltd", "Oginga Odinga Road, Nakuru", "#b45309"),
    ("Naivasha Road Hardware & Steel Ltd", "Industrial Area, Nakuru", "#1e3a8a"),
]
NK_B = ["Egerton University – Njoro Campus", "Kenya Wildlife Service, Central Rift", "Nakuru Level 5 Hospital", "Bahati Ward Development Committee"]
NK_ROWS = [
    [("Dairy meal, 70 kg bag", "bag", 5, 200, 2800, 3900), ("Acaricide 1 L", "btl", 2, 40, 850, 1900), ("Hybrid maize seed H614, 10 kg", "bag", 5, 120, 2100, 3400), ("Knapsack sprayer 16 L", "pcs", 1, 20, 3200, 5600)],
    [("Full board, double room, per night", "night", 2, 20, 14500, 28000), ("Game drive, per vehicle", "trip", 1, 6, 9500, 16000), ("Conference hall, per day", "day", 1, 3, 25000, 60000), ("Airstrip transfer", "trip", 1, 4, 4500, 9000)],
    [("Solar panel 450 W mono", "pcs", 4, 60, 14500, 21900), ("Inverter 5 kVA hybrid", "pcs", 1, 6, 85000, 160000), ("Lithium battery 5 kWh", "pcs", 1, 8, 145000, 230000), ("Installation labour", "day", 1, 10, 9000, 18000)],
    [("Iron sheets gauge 30, 3 m", "pcs", 20, 400, 780, 1350), ("Cement 50 kg", "bag", 20, 500, 720, 890), ("Y12 steel bar, 12 m", "pcs", 10, 200, 1150, 1650), ("Delivery within Nakuru", "trip", 1, 3, 3500, 8000)],
]
NK_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:12mm 6mm;box-sizing:border-box;font-size:8.2pt}
.side .l{color:#e5e7eb;font-size:7pt;margin-top:9px;text-transform:none} .side .v{font-weight:bold;font-size:9pt} .main{margin-left:64mm;padding:12mm 12mm 0 0}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-bottom:2px solid #111;font-size:7.4pt;text-align:left;padding:4px} table.it th.r{text-align:right} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.3pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:15pt;font-weight:bold">TAX INVOICE</div>
<div class="l">Invoice Number</div><div class="v">{{ no }}</div>
<div class="l">Invoice Date</div><div class="v">{{ d }}</div>
{% if due %}<div class="l">Payment Due</div><div class="v">{{ due }}</div>{% else %}<div class="l">Terms</div><div class="v">{{ term }}</div>{% endif %}
{% if po %}<div class="l">LPO Number</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">Delivery Note</div><div class="v">{{ dn }} of {{ dnd }}</div>
<div class="l">Our KRA PIN</div><div class="v">{{ vid }}</div>
<div class="l">Customer PIN</div><div class="v">{{ bpin }}</div>
<div class="l">CU Invoice No. (eTIMS)</div><div class="v" style="font-size:7.6pt">{{ cu }}</div>
<div style="margin-top:10px;background:#fff;padding:3px;width:24mm">{{ qr|safe }}</div>
<div class="l">M-PESA Paybill</div><div class="v">{{ paybill }} · Acc. {{ no }}</div>
<div class="l">Bank</div><div>{{ bank }}<br>A/C {{ acct }}<br>Branch: Nakuru</div></div>
<div class="main"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>P.O. Box {{ box }}-20100, Nakuru · Tel 0{{ tel }}</div>
<div style="margin-top:12px;border-left:3px solid {{ color }};padding-left:8px"><div style="color:#666;font-size:7pt">BILL TO</div><b>{{ bname }}</b><br>Nakuru County, Kenya</div>
<table class="it"><tr><th>Item</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price</th><th class="r">VAT</th><th class="r">Amount (excl.)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">16%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:9pt">
<tr><td style="padding:2px 10px">Taxable amount</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">VAT @ 16%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:5px 10px;border-top:2px solid {{ color }}">TOTAL KES</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr>
{% if dep %}<tr><td style="padding:2px 10px">Less: deposit paid ({{ dep_ref }})</td><td class="r">({{ dep }})</td></tr><tr style="font-weight:bold"><td style="padding:2px 10px">Balance due</td><td class="r">{{ bal }}</td></tr>{% endif %}</table>
<div style="margin-top:10px;font-size:8.2pt"><b>Amount in words:</b> {{ words }}</div>
<div style="margin-top:16px;font-size:7.6pt;color:#555">{{ pay }} Goods remain the property of {{ vname }} until paid in full. E&amp;OE.</div></div>
</body></html>"""


@style("04", "ke_nak_nakuru_tax_invoice_vat_16_sidebar_left_words")
def s04(rng, i):
    vname, vaddr, color = NK_V[i]
    d = rand_date(rng)
    items = lines(rng, NK_ROWS[i], [3, 4, 3, 4][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    dep = q2(total * D(rng.choice(["0.3", "0.4", "0.5"]))) if i in (1, 2) else None
    mk = lambda p: valid(rng, lambda: p + digits(rng, 10 - len(p)) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pin.is_valid)  # noqa: E731
    vid = mk("P05")
    bpin = mk("P00")
    no = [f"MAS/{d.year}/{rng.randint(1000, 9999)}", f"LNS-INV-{rng.randint(10000, 99999)}", f"RVS{rng.randint(100000, 999999)}", f"INV {rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 30])) if i != 3 else None
    po = [f"LPO {rng.randint(1000, 9999)}", f"KWS/CR/{rng.randint(100, 999)}/{d.year}", None, None][i]
    shillings, cents = divmod(int(total * 100), 100)
    words = f"Kenya Shillings {en_words_title(shillings)}" + (f" and {en_words_title(cents)} Cents" if cents else "") + " Only"
    ctx = dict(
        color=color, no=no, d=fd(d), due=fd(due) if due else None, term="Cash on delivery", po=po, dn=f"DN{rng.randint(1000, 9999)}", dnd=fd(d - dt.timedelta(days=rng.randint(0, 4))),
        vid=vid, bpin=bpin, cu=f"KRAMW0{digits(rng, 8)}{digits(rng, 10)}", qr=qr_svg(rng, 22), paybill=digits(rng, 6, True), bank=rng.choice(["Equity Bank", "KCB Bank", "Co-operative Bank"]),
        acct=digits(rng, 13, True), vname=vname, vaddr=vaddr, box=rng.randint(100, 4999), tel=f"7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", bname=NK_B[i],
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), dep=en(dep) if dep else None, bal=en(total - dep) if dep else None, dep_ref=f"receipt RCT-{rng.randint(100, 999)}",
        words=words, pay="Payment by M-PESA paybill or bank transfer quoting the invoice number." if due else "Paid cash on delivery.",
    )
    notes = (
        "Nakuru (Kenya) TAX INVOICE in English with the invoice facts in a coloured LEFT SIDEBAR (number, date, due date or terms, LPO, delivery note, the KRA PINs, eTIMS CU number, M-PESA paybill, bank), VAT 16 %, '1,234.56' KES, the total in WORDS"
        + (", a DEPOSIT deducted below the total and a balance due" if dep else "") + ": "
        "vendor = the name at the top of the main column; vendor_tax_id = 'Our KRA PIN' (P + 9 digits + letter; the 'Customer PIN', the CU invoice number, the paybill and the account are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date' (the delivery note's date is a decoy). "
        + due_note(due, "Cash on delivery", "Payment Due")
        + po_note(po, "LPO Number")
        + "subtotal = 'Taxable amount'; tax = 'VAT @ 16%'; total = 'TOTAL KES'" + (" (before the deposit; the balance due is a decoy)" if dep else "")
        + ". Currency KES. Line items: every row, excl. VAT."
    )
    t = truth(vname, vid, no, po, d, due, "KES", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL KES", fd(due) if due else None, bpin, words, ctx["bal"]]}
    return t, chk, (NK_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 05 Linköping (moms 25/12/6, SEK), labels above, a credit note
LK_V = [
    ("Stångådalens Mekaniska AB", "Roxtorpsgatan 12, 586 63 Linköping", "#1e40af"),
    ("Östgöta Konferens & Catering AB", "Ågatan 40, 582 22 Linköping", "#9f1239"),
    ("Mjärdevi IT-konsult AB", "Teknikringen 7, 583 30 Linköping", "#0f766e"),
    ("Trädgårdsföreningens Bokhandel AB", "Stora Torget 3, 582 19 Linköping", "#854d0e"),
]
LK_B = ["Saab Dynamics AB, 581 88 Linköping", "Linköpings universitet, 581 83 Linköping", "Region Östergötland, 581 91 Linköping", "Katedralskolan, 582 23 Linköping"]
LK_ROWS = [
    [("Svarvning enligt ritning", "st", 2, 60, 180, 950, 25), ("Fräsning CNC, timme", "tim", 2, 40, 780, 1150, 25), ("Material rostfritt 316L", "kg", 5, 120, 95, 210, 25), ("Frakt", "st", 1, 1, 250, 900, 25)],
    [("Lunchbuffé per person", "pers", 10, 200, 145, 245, 12), ("Fika förmiddag", "pers", 10, 200, 45, 85, 12), ("Konferenslokal heldag", "dag", 1, 3, 4500, 9800, 25), ("Teknikpaket projektor", "dag", 1, 3, 650, 1200, 25)],
    [("Systemutveckling, timme", "tim", 4, 120, 950, 1350, 25), ("Projektledning, timme", "tim", 2, 40, 1050, 1450, 25), ("Licens molntjänst, månad", "mån", 1, 12, 1200, 4900, 25)],
    [("Facklitteratur, inbunden", "st", 1, 30, 245, 690, 6), ("Skönlitteratur, pocket", "st", 5, 80, 69, 129, 6), ("Anteckningsbok A5", "st", 5, 60, 49, 119, 25), ("Presentinslagning", "st", 1, 20, 15, 35, 25)],
]
LK_HTML = """<html lang="sv"><head><meta charset="utf-8"><style>@@BASE@@
.lab{font-size:6.8pt;color:#6b7280} .val{font-size:9.4pt;font-weight:bold;margin-top:1px} .cell{padding:5px 10px 5px 0;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{font-size:6.8pt;color:#6b7280;font-weight:normal;text-align:left;padding:4px;border-bottom:1px solid {{ color }}} table.it th.r{text-align:right} table.it td{padding:5px 4px;font-size:8.6pt;border-bottom:1px solid #eef2f7}
.r{text-align:right;white-space:nowrap} .foot td{font-size:7pt;color:#374151;vertical-align:top;padding-right:14px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:20pt;letter-spacing:1px;color:{{ color }}">{{ title }}</div><div class="lab">Sida 1 (1)</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top">
<table><tr><td class="cell"><div class="lab">Fakturanummer</div><div class="val">{{ no }}</div></td><td class="cell"><div class="lab">Fakturadatum</div><div class="val">{{ d }}</div></td></tr>
<tr><td class="cell"><div class="lab">{{ due_l }}</div><div class="val">{{ due }}</div></td><td class="cell"><div class="lab">OCR-nummer</div><div class="val">{{ ocr }}</div></td></tr>
<tr><td class="cell"><div class="lab">Er referens</div><div class="val">{{ eref }}</div></td><td class="cell"><div class="lab">Vår referens</div><div class="val">{{ vref }}</div></td></tr>
{% if po %}<tr><td class="cell"><div class="lab">Ert ordernummer</div><div class="val">{{ po }}</div></td><td class="cell"><div class="lab">Leveransdatum</div><div class="val">{{ dd }}</div></td></tr>{% else %}<tr><td class="cell" colspan="2"><div class="lab">Leveransdatum</div><div class="val">{{ dd }}</div></td></tr>{% endif %}
{% if orig %}<tr><td class="cell" colspan="2"><div class="lab">Krediterar faktura</div><div class="val">{{ orig }}</div></td></tr>{% endif %}</table></td>
<td style="vertical-align:top;padding-top:4px"><div class="lab">Fakturaadress</div><div style="font-size:10pt;margin-top:2px"><b>{{ bname }}</b><br>{{ baddr }}</div><div class="lab" style="margin-top:8px">Kundnummer</div><div class="val">{{ kund }}</div><div class="lab" style="margin-top:6px">Kundens momsreg.nr</div><div class="val">{{ bvat }}</div></td></tr></table>
<table class="it"><tr><th>Benämning</th><th class="r">Antal</th><th>Enhet</th><th class="r">À-pris</th><th class="r">Moms</th><th class="r">Belopp</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="width:44%"></td><td><table style="width:100%">
<tr><td class="cell"><div class="lab">Netto</div><div class="val">{{ net }}</div></td>{% for r in rates %}<td class="cell"><div class="lab">Moms {{ r.r }} % på {{ r.b }}</div><div class="val">{{ r.t }}</div></td>{% endfor %}
<td class="cell"><div class="lab">Summa moms</div><div class="val">{{ tax }}</div></td></tr></table>
<div style="background:{{ color }};color:#fff;padding:7px 10px;margin-top:6px"><div style="font-size:7pt">{{ tot_l }}</div><div style="font-size:16pt;font-weight:bold">{{ total }} kr</div></div></td></tr></table>
<div style="margin-top:12px;font-size:7.6pt;color:#444">{{ note }}</div>
<table class="foot" style="position:absolute;bottom:0;width:100%;border-top:1px solid #d1d5db;padding-top:4px"><tr>
<td>{{ vname }}<br>{{ vaddr }}<br>Styrelsens säte: Linköping</td><td>Org.nr {{ org }}<br>Momsreg.nr {{ vid }}<br>Godkänd för F-skatt</td><td>Bankgiro {{ bg }}<br>IBAN {{ ibanv }}<br>BIC {{ bic }}</td><td>Telefon 013-{{ tel }}<br>faktura@{{ dom }}.se</td></tr></table>
</body></html>"""


@style("05", "se_lkp_linkoping_faktura_moms_25_12_6_labels_above_kredit")
def s05(rng, i):
    from common import group4, rand_iban

    vname, vaddr, color = LK_V[i]
    bname, baddr = LK_B[i].split(", ", 1)
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, LK_ROWS[i], [4, 4, 3, 3][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    org = valid(rng, lambda: "55" + digits(rng, 8), orgnr.is_valid)
    borg = valid(rng, lambda: rng.choice(["55", "20", "23"]) + digits(rng, 8), orgnr.is_valid)
    vid = f"SE{org}01"
    bvat = f"SE{borg}01"
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}{rng.randint(100, 999)}", f"K{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.isoformat(), lambda x: long_date(x, "sv"), lambda x: x.isoformat(), lambda x: x.strftime("%y-%m-%d")][i]
    due = None if credit else d + dt.timedelta(days=rng.choice([10, 20, 30]))
    po = [f"{rng.randint(4500000000, 4599999999)}", None, None, f"KS-{rng.randint(100, 999)}"][i]
    orig = f"{rng.randint(1000, 9999)}" if credit else None
    title = "KREDITFAKTURA" if credit else "FAKTURA"
    tot_l = "Att återbetala" if credit else "Att betala"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, title=title, no=no, d=fd(d), due_l="Betalningsvillkor" if credit else "Förfallodatum", due="Kvittas mot nästa faktura" if credit else fd(due),
        ocr=digits(rng, 10, True), eref=rng.choice(["Anna Lindqvist", "Per Holm", "Karin Ek"]), vref=rng.choice(["Johan Berg", "Sara Nyström", "Mats Öberg"]), po=po,
        dd=fd(d - dt.timedelta(days=rng.randint(0, 8))), orig=orig, bname=bname, baddr=baddr, kund=f"{rng.randint(1000, 9999)}", bvat=bvat,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        net=sp(net), rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], tax=sp(tax), total=sp(total), tot_l=tot_l,
        note=("Kreditering avser returnerat gods enligt överenskommelse." if credit else f"Betalningsvillkor {(due - d).days} dagar netto. Vid försenad betalning debiteras dröjsmålsränta enligt räntelagen. Ange OCR-nummer vid betalning."),
        org=f"{org[:6]}-{org[6:]}", vid=vid, bg=f"{rng.randint(100, 999)}-{digits(rng, 4)}", ibanv=group4(rand_iban(rng, "SE", 20, "800")), bic=rng.choice(["SWEDSESS", "HANDSESS", "ESSESESS"]),
        tel=digits(rng, 6), dom=vname.split()[0].lower().replace("å", "a").replace("ö", "o").replace("ä", "a").replace("ø", "o"),
    )
    notes = (
        "Linköping (Östergötland, Sweden) " + ("KREDITFAKTURA (credit note, quantities and amounts NEGATIVE, crediting an earlier invoice: 'Krediterar faktura' is a decoy number)" if credit else "FAKTURA")
        + " in Swedish where every fact has its LABEL ABOVE the value (small grey label, bold value), moms " + " and ".join(f"{r} %" for r, _, _ in rates) + ", '1 234,56 kr', the company facts in a footer: "
        "vendor = the name at the top left (and in the footer); vendor_tax_id = 'Momsreg.nr' in the footer (SE + org.nr + 01; the Org.nr, the customer's momsreg.nr, the OCR number, the bankgiro and IBAN, the customer number are decoys). "
        "invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum' (the 'Leveransdatum' is a decoy). "
        + due_note(due, "Kvittas mot nästa faktura", "Förfallodatum")
        + po_note(po, "Ert ordernummer")
        + f"subtotal = 'Netto'; tax = 'Summa moms'; total = '{tot_l}'. Currency SEK ('kr'). Line items: every row, without moms."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "SEK", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, ctx["dd"], bvat, orig]}
    return t, chk, (LK_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)
