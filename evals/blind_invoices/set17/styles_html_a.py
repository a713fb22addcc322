"""Chromium (HTML) styles for set 17, part A (04 Curaçao towage company's factuur in Dutch to a ship agent for a tanker's
port call with OB 6 % on the towage and the port dues passed on exempt, in Caribbean guilders, 06 Guyanese rice mill's
tax invoice for drying and milling paddy with VAT 14 % on the services, zero-rated seed paddy and a weighbridge
register, 07 Kuwaiti greenhouse supplier's invoice in English with Arabic labels, no tax, amounts in dinars to the fils,
an advance or a discount, two pages on one document)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    style_registry,
    valid,
)
from kit_common import MONTHS
from kit_words import en_words_title
from stdnum import iban as _iban

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Curaçao towage (Crib-nummer, OB 6 % + exempt port dues, XCG / Cg)
CW_V = [
    ("Curaçao Towage Services B.V.", "Rif Haven z/n, Willemstad", "#003f7f"),
    ("Sleepdienst Willemstad N.V.", "Schottegatweg Oost 12, Willemstad", "#8b1a1a"),
    ("Schottegat Marine Services B.V.", "Fokkerweg 28, Willemstad", "#1d5e3a"),
    ("Bullenbaai Line Handling N.V.", "Bullenbaaiweg z/n, Willemstad", "#4b3b7a"),
]
CW_B = [("Caribbean Ship Agencies N.V.", "Handelskade 9, Willemstad"), ("Antilles Maritime Agency B.V.", "Pietermaai 44, Willemstad"),
        ("Island Shipping & Chartering N.V.", "Kaya Flamboyan 11, Willemstad"), ("Curaçao Port Agents B.V.", "Scharlooweg 102, Willemstad")]
CW_SHIPS = ["m.t. Nordic Star", "m.t. Atlantic Pioneer", "m.v. Caribbean Breeze", "m.t. Stena Coral", "m.v. Hanse Trader", "m.t. Aruba Spirit"]
CW_TUG = [
    ("Sleepbootassistentie bij aankomst (sleepuren)", "uur", 2, 8, "850.00", "1650.00"),
    ("Sleepbootassistentie bij vertrek (sleepuren)", "uur", 2, 8, "850.00", "1650.00"),
    ("Verhalen naar andere ligplaats (sleepuren)", "uur", 1, 4, "850.00", "1650.00"),
]
CW_OTHER = [
    ("Trossenwerk meren/ontmeren, ploeg van 4", "operatie", 1, 4, "350.00", "750.00"),
    ("Wachttijd sleepboot", "uur", 1, 5, "400.00", "800.00"),
    ("Bootmanvaart en loodsoverzet", "rit", 1, 3, "180.00", "420.00"),
]


def _nl_date(x):
    return f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}"


@style("04", "cw_sleepdienst_haven")
def s04(rng, i):
    vname, vaddr, color = CW_V[i]
    bname, baddr = CW_B[i]
    d = rand_date(rng, start=dt.date(2025, 7, 1))  # the Caribbean guilder replaced the NAf in 2025
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(CW_TUG, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("5"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "tug": True})
    tug_sum = sum(it["amount"] for it in items)
    if i != 2:
        fuel = q2(tug_sum * D("0.075"))
        items.append({"desc": "Brandstoftoeslag 7,5% over sleepuren", "unit": "", "qty": None, "price": None, "amount": fuel})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(CW_OTHER, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("5"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    dues = q2(D(rng.randint(90000, 480000)) / 100)
    items.append({"desc": "Havengeld Curaçao Ports Authority (doorberekend, vrijgesteld van OB)", "unit": "", "qty": D(1), "price": dues, "amount": dues, "exempt": True})
    net = sum(it["amount"] for it in items)
    taxable = net - dues
    tax = q2(taxable * D("0.06"))
    total = net + tax
    crib = digits(rng, 9, True)
    b_crib = digits(rng, 9, True)
    kvk = f"{rng.randint(100000, 169999)}"
    no = [f"CTS{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"SMS/{d.strftime('%y')}/{rng.randint(100, 999)}", f"F{d.strftime('%y%m')}{rng.randint(100, 999)}"][i]
    fd = [_nl_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['nl_short'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 0, 21][i]) if i in (0, 3) else None
    term = ["", "30 dagen na factuurdatum", "binnen 14 dagen na factuurdatum", ""][i]
    po = [None, f"PO-{rng.randint(10000, 99999)}", f"ISC/{d.year}/{rng.randint(100, 999)}", None][i]
    ship = rng.choice(CW_SHIPS)
    arr = d - dt.timedelta(days=rng.randint(2, 10))
    dep = arr + dt.timedelta(days=rng.randint(1, 3))
    cur = "Cg" if i % 2 == 0 else "XCG"
    usd = q2(total / D("1.79")) if i == 3 else None
    money = de
    ruled = i % 2 == 0
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{padding:4px;font-size:7.6pt;text-align:left;border-bottom:2px solid {{ color }}}
{% if ruled %}table.it td,table.it th{border:1px solid #aaa}{% endif %} table.it td{padding:4px} table.tot td{padding:3px 8px} .box{border:1px solid #bbb;padding:6px 9px}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>Sleepdiensten · trossenwerk · havenassistentie</div><div>{{ v_addr }}, Curaçao</div><div>Tel. +5999 {{ tel }} · operations@{{ dom }}.cw</div></td>
<td class="r"><div class="hd" style="font-size:22pt;font-weight:bold">FACTUUR</div><div class="small">Crib-nummer {{ crib }}</div><div class="small">KvK Curaçao {{ kvk }}</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><div class="box"><div class="small">Aan</div><b>{{ b_name }}</b><br>{{ b_addr }}, Curaçao<br>Crib-nummer: {{ b_crib }}<br>als agent voor en namens de eigenaren van {{ ship }}</div></td>
<td style="padding-left:16px"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 12px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Betreft: havenbezoek {{ ship }} (IMO {{ imo }}), aankomst {{ arr }}, vertrek {{ dep }}, ligplaats {{ berth }}.</div>
<table class="it"><tr><th>Omschrijving</th><th>Eenheid</th><th class="r">Aantal</th><th class="r">Tarief XCG</th><th class="r">Bedrag XCG</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%" class="small">Waarvan belast met OB: {{ cur }} {{ taxable }}; vrijgesteld (havengeld, doorberekend tegen kostprijs): {{ cur }} {{ dues }}.{% if usd %}<br><br>Tegenwaarde ter informatie: USD {{ usd }} (koers 1,79).{% endif %}</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Subtotaal</td><td class="r">{{ net }}</td></tr><tr><td>OB 6%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="border-top:2px solid {{ color }}"><b>Totaal te betalen {{ cur }}</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }}</b></td></tr></table></td></tr></table>
<div class="box" style="margin-top:16px">{% if term %}Betalingstermijn: {{ term }}. {% endif %}Gelieve het totaalbedrag over te maken op rekening {{ acct }} bij {{ bank }} t.n.v. {{ v_name }}, onder vermelding van het factuurnummer.</div>
<div class="small" style="margin-top:10px">Op al onze diensten zijn de Algemene Sleepvoorwaarden van toepassing, gedeponeerd bij de Kamer van Koophandel te Curaçao. Danki pa bo preferensia!</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · Crib {{ crib }} · Pagina 1 van 1</div>
</body></html>"""
    )
    meta = [("Factuurnummer", no), ("Factuurdatum", fd(d))]
    if po:
        meta.append(("Uw ordernummer", po))
    if due:
        meta.append(("Vervaldatum", fd(due)))
    meta.append(("Reisnummer", f"{rng.randint(10, 99)}{rng.choice(['W', 'E', 'N'])}{rng.randint(100, 999)}"))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['461', '736', '434'])} {digits(rng, 4)}", dom=vname.split()[0].lower().replace("ç", "c"), crib=crib, kvk=kvk,
        b_name=bname, b_addr=baddr, b_crib=b_crib, ship=ship, meta=meta, imo=f"9{digits(rng, 6)}", arr=arr.strftime("%d-%m-%Y") + " 06:30", dep=dep.strftime("%d-%m-%Y") + " 17:45",
        berth=rng.choice(["Bullenbaai steiger 2", "Schottegat Mathey Wharf", "Curaçao Drydock", "Caracasbaai"]), ruled=ruled,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]) if it["qty"] is not None and not it.get("exempt") else "", "p": money(it["price"]) if it["price"] is not None and not it.get("exempt") else "", "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), taxable=money(taxable), dues=money(dues), cur=cur, usd=money(usd) if usd else None, term=term,
        acct=f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", bank=rng.choice(["Maduro & Curiel's Bank N.V.", "RBC Royal Bank N.V.", "Banco di Caribe N.V.", "Orco Bank N.V."]),
    )
    for it in items:
        if it.get("exempt"):
            it["show_qty"] = False
    notes = (
        "Curaçao towage company's FACTUUR in Dutch to a ship agent: vendor = the legal name (B.V./N.V.) at the top; vendor tax id = 'Crib-nummer' (9 digits, no public checksum: random); the KvK number, the agent's Crib-nummer, the vessel's IMO number, the voyage number and the bank account are decoys. "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (" + ["'12 maart 2026'", "dd-mm-yyyy", "'12 mrt 2026'", "dd-mm-yyyy"][i] + "); the arrival and departure dates are decoys. "
        + ("due = 'Vervaldatum'. " if due else f"'Betalingstermijn: {term}' is a term: no due date (null). ")
        + (f"PO = 'Uw ordernummer' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotaal' (taxed towage plus the exempt port dues); tax = 'OB 6%' (on the taxed part only); total = 'Totaal te betalen'. The taxed and exempt bases under the table repeat parts of the subtotal (decoys)"
        + ("; the USD counter-value is a decoy" if usd else "")
        + f". Currency XCG (Caribbean guilder, printed '{cur}' at the total, 'XCG' in the table). Amounts '1.234,56'. Line items: every row (amount = 'Bedrag XCG'; quantity 'Aantal': hours, operations, trips; the fuel surcharge and the port dues print no quantity: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=crib, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XCG", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "Crib-nummer " + crib, no, po, vname, cur], (html, ctx)


# =========================================================================== 06 Guyana rice mill (TIN, VAT 14 % + zero-rated, G$, weighbridge register)
GY_V = [
    ("Essequibo Coast Rice Milling Inc.", "Lot 14 Anna Regina, Essequibo Coast", "#7a5c00"),
    ("Mahaicony Paddy Processors Ltd.", "Lot 3 Mahaicony Branch Road, East Coast Demerara", "#2e5e1e"),
    ("Black Bush Polder Rice Mill Inc.", "Yakusari Section, Black Bush Polder, Corentyne, Berbice", "#6b2c0f"),
    ("Berbice Golden Grain Milling Ltd.", "Lot 78 No. 19 Village, West Coast Berbice", "#1f4e79"),
]
GY_B = [("Persaud & Sons Farms Ltd.", "Lot 6 Dartmouth, Essequibo Coast"), ("Ramcharran Agricultural Enterprise Inc.", "Lot 22 Mahaicony Village, East Coast Demerara"),
        ("Khan's Rice Holdings Inc.", "Lot 9 Johanna South, Black Bush Polder"), ("Seepersaud Farming Co-operative Society Ltd.", "No. 28 Village, West Coast Berbice")]
GY_STD = [
    ("Storage of paddy in bond", "bag-week", 400, 6000, 40, 120),
    ("Bagging in 50 kg printed polypropylene bags", "bag", 100, 1500, 180, 350),
    ("Haulage of paddy from field to mill (10 t truck)", "trip", 2, 20, 12000, 30000),
    ("Grading and moisture testing", "lot", 1, 8, 2500, 6000),
]


@style("06", "gy_rice_mill_paddy_drying")
def s06(rng, i):
    vname, vaddr, color = GY_V[i]
    bname, baddr = GY_B[i]
    d = rand_date(rng)
    bags = rng.randint(200, 3000)
    items = [
        {"desc": "Drying of paddy to 14% moisture (bags of 140 lb)", "unit": "bag", "qty": D(bags), "price": D(rng.randint(250, 600)), "z": False},
        {"desc": "Milling of paddy to white rice, Grade A", "unit": "bag", "qty": D(rng.randint(bags // 2, bags)), "price": D(rng.randint(700, 1400)), "z": False},
    ]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(GY_STD, rng.randint(1, 3)):
        items.append({"desc": desc, "unit": unit, "qty": D(rng.randint(qlo, qhi)), "price": D(rng.randint(lo, hi)) if hi < 1000 else D(rng.randint(lo // 100, hi // 100) * 100), "z": False})
    if i != 1:
        items.append({"desc": "Seed paddy GRDB 15, certified (zero-rated)", "unit": "bag", "qty": D(rng.randint(10, 80)), "price": D(rng.randint(65, 95) * 100), "z": True})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    zero = sum(it["amount"] for it in items if it["z"])
    std = net - zero
    tax = q2(std * D("0.14"))
    total = net + tax
    tin = digits(rng, 9, True)
    b_tin = digits(rng, 9, True)
    no = [f"ECR-{rng.randint(10000, 99999)}", f"{rng.randint(3000, 8999)}", f"BBP/{d.year}/{rng.randint(100, 999)}", f"BGG{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"][i]
    due = d + dt.timedelta(days=[0, 30, 14, 0][i]) if i in (1, 2) else None
    term = ["30 days from invoice", "", "", "Payment due on collection of milled rice"][i]
    po = [f"ORD-{rng.randint(100, 999)}", None, None, f"SFC/{rng.randint(1000, 9999)}"][i]
    crop = f"{'Spring' if d.month <= 6 else 'Autumn'} crop {d.year}"
    adv = q2(D(rng.randint(20, 40)) * total / 100) if i == 2 else None
    tickets = sorted((d - dt.timedelta(days=rng.randint(5, 40)), f"WB{rng.randint(10000, 99999)}", rng.randint(40, 400), rng.randint(180, 240) / 10) for _ in range(rng.randint(4, 7)))
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Serif',serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.6pt}
table.it td{padding:4px;border-bottom:1px dotted #999} table.tot td{padding:2px 8px} table.reg td,table.reg th{border:1px solid #bbb;padding:2px 6px;font-size:7pt}
</style></head><body>
<div style="text-align:center"><div class="hd" style="font-size:16pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}, Guyana · Tel. (592) {{ tel }}</div><div><b>TIN / VAT Reg. No.: {{ tin }}</b></div>
<div style="margin-top:8px;font-size:14pt;font-weight:bold;letter-spacing:2px;border-top:1px solid #333;border-bottom:1px solid #333;padding:3px">TAX INVOICE</div></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%"><b>Customer:</b><br>{{ b_name }}<br>{{ b_addr }}<br>Customer TIN: {{ b_tin }}<br>{{ crop }} · Farmer reg. GRDB {{ grdb }}</td>
<td><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th style="text-align:left">Description</th><th>Unit</th><th class="r">Quantity</th><th class="r">Rate G$</th><th>VAT</th><th class="r">Amount G$</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.code }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:50%" class="small">VAT codes: S = standard-rated 14%, Z = zero-rated.<br>Standard-rated supplies G$ {{ std }}{% if zero %}; zero-rated supplies G$ {{ zero }}{% endif %}.<br><br>Amount in words: {{ words }} Guyana Dollars{{ cents }}.</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Sub-Total</td><td class="r">{{ net }}</td></tr><tr><td>VAT @ 14%</td><td class="r">{{ tax }}</td></tr><tr><td style="border-top:1px solid #333;border-bottom:3px double #333"><b>TOTAL G$</b></td><td class="r" style="border-top:1px solid #333;border-bottom:3px double #333"><b>{{ total }}</b></td></tr>
{% if adv %}<tr><td class="small">Less: advance paid (receipt {{ rcpt }})</td><td class="r small">{{ adv }}</td></tr><tr><td class="small">Balance due</td><td class="r small">{{ bal }}</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:12px;font-weight:bold">Paddy received at the mill (weighbridge register)</div>
<table class="reg" style="margin-top:3px"><tr><th>Date</th><th>Ticket</th><th>Bags</th><th>Moisture %</th></tr>{% for a, b, c, e in tickets %}<tr><td>{{ a }}</td><td>{{ b }}</td><td class="r">{{ c }}</td><td class="r">{{ e }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px">{% if term %}Terms: {{ term }}. {% endif %}Cheques to "{{ v_name }}" or transfer to {{ bank }}, account {{ acct }}. Milled rice is released on payment.</div>
<table style="width:100%;margin-top:30px"><tr><td>Prepared by: ____________________</td><td class="r">Received by: ____________________</td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center">{{ v_name }} · TIN {{ tin }} · Page 1 of 1</div>
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append(("Customer Order No.", po))
    meta.append(("Due Date", fd(due)) if due else ("Terms", term))
    cents = int((total % 1) * 100)
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['771', '333', '220', '325'])}-{digits(rng, 4)}", tin=tin, b_name=bname, b_addr=baddr, b_tin=b_tin, crop=crop, grdb=f"{rng.randint(1000, 9999)}/{rng.choice(['E', 'D', 'B'])}",
        meta=meta, items=[{"desc": it["desc"], "unit": it["unit"], "q": en(it["qty"], 0), "p": money(it["price"]), "code": "Z" if it["z"] else "S", "a": money(it["amount"])} for it in items],
        std=money(std), zero=money(zero) if zero else None, net=money(net), tax=money(tax), total=money(total), words=en_words_title(int(total)), cents=f" and {cents}/100" if cents else " Only",
        adv=money(adv) if adv else None, bal=money(total - adv) if adv else None, rcpt=f"R{rng.randint(1000, 9999)}",
        tickets=[(a.strftime("%d/%m/%Y"), b, c, f"{e:.1f}") for a, b, c, e in tickets], term=term,
        bank=rng.choice(["Republic Bank (Guyana) Ltd.", "Guyana Bank for Trade and Industry", "Demerara Bank Ltd.", "Citizens Bank Guyana Inc."]), acct=digits(rng, 10),
    )
    notes = (
        "Guyanese rice mill's TAX INVOICE in English: vendor = the company name (Inc./Ltd.) at the top; vendor tax id = 'TIN / VAT Reg. No.' (9 digits, no public checksum: random); the customer TIN, the GRDB farmer registration, the weighbridge tickets and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["'March 12, 2026'", "dd/mm/yyyy", "dd-Mon-yy (two-digit year)", "'12 March 2026'"][i] + "); the weighbridge dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Customer Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Sub-Total'; tax = 'VAT @ 14%' (on the standard-rated rows only"
        + ("; the seed paddy row is zero-rated" if zero else "") + "); total = 'TOTAL G$'; the standard-rated and zero-rated bases under the table and the amount in words are decoys or repeats"
        + ("; 'Less: advance paid' and 'Balance due' are decoys" if adv else "")
        + ". Currency GYD ('G$'). Amounts '1,234,567.00'. Line items: every row (amount = 'Amount G$'; quantity 'Quantity': bags, bag-weeks, trips, lots)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="GYD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN / VAT Reg. No.: " + tin, no, po, vname, "G$"], (html, ctx)


# =========================================================================== 07 Kuwait greenhouse supplier (no VAT, C.R. only, KD to the fils, Arabic labels)
KW_V = [
    ("Al-Wafra Greenhouse Systems Co. W.L.L.", "شركة الوفرة لأنظمة البيوت المحمية ذ.م.م", "Wafra Agricultural Area, Block 4, Plot 112, Kuwait", "#2d6a2d"),
    ("Abdali Agri-Tech General Trading Co. W.L.L.", "شركة العبدلي للتقنيات الزراعية للتجارة العامة ذ.م.م", "Shuwaikh Industrial Area 2, Street 28, Kuwait City", "#8a5a00"),
    ("Gulf Hydroponics & Greenhouses Co. W.L.L.", "شركة الخليج للزراعة المائية والبيوت المحمية ذ.م.م", "Al-Rai, Block 1, Street 20, Kuwait", "#0f5a7a"),
    ("Sulaibiya Farm Structures Co. W.L.L.", "شركة الصليبية للهياكل الزراعية ذ.م.م", "Sulaibiya Industrial Area, Block 2, Kuwait", "#6a1f3f"),
]
KW_B = [("Al-Rawdatain Farm (Abdullah Al-Mutairi)", "Abdali Agricultural Area, Plot 14"), ("Kuwait Fresh Produce Co. K.S.C.C.", "Wafra Agricultural Area, Plot 57"),
        ("Al-Abdali Cooperative Farm", "Abdali Agricultural Area, Plot 203"), ("Green Oasis Agricultural Co. W.L.L.", "Sulaibiya Agricultural Area, Plot 9")]
KW_ITEMS = [
    ("Greenhouse tunnel 9.6 m x 40 m, galvanised steel frame, supply", "هيكل بيت محمي", "unit", 1, 6, "2450", "4800", "0.050"),
    ("Polyethylene film 200 micron UV, 12 m x 50 m roll", "غطاء بلاستيك", "roll", 2, 20, "185", "320", "0.050"),
    ("Drip irrigation line 16 mm, 30 cm spacing", "خطوط ري بالتنقيط", "m", 500, 6000, "0.085", "0.180", "0.005"),
    ("Evaporative cooling pad 150 mm with exhaust fan set", "نظام تبريد", "set", 1, 6, "650", "1400", "0.050"),
    ("Shade net 50%, supplied and installed", "شبك تظليل", "m²", 200, 2000, "0.650", "1.450", "0.010"),
    ("Fertigation dosing unit, 3 channels", "وحدة تسميد", "set", 1, 2, "1150", "2400", "0.500"),
]


@style("07", "kw_greenhouse_supply_install")
def s07(rng, i):
    vname, var, vaddr, color = KW_V[i]
    bname, baddr = KW_B[i]
    d = rand_date(rng)
    items = []
    for desc, ar, unit, qlo, qhi, lo, hi, step in [KW_ITEMS[0]] + rng.sample(KW_ITEMS[1:], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D(step))
        items.append({"desc": desc, "ar": ar, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    q = D(rng.randint(3, 20))
    p = exact_price(rng, q, D("180"), D("320"), D("0.500"))
    items.append({"desc": "Installation labour, team of 4", "ar": "أجور التركيب", "unit": "day", "qty": q, "price": p, "amount": q2(q * p)})
    gross = sum(it["amount"] for it in items)
    disc = q2(gross * D("0.05")) if i == 1 else D(0)
    total = gross - disc
    cr = f"{rng.randint(100000, 499999)}"
    b_cr = f"{rng.randint(100000, 499999)}"
    no = [f"WGS/{d.year}/{rng.randint(100, 999)}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(5000, 9999)}", f"SFS-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[0, 0, 30, 15][i]) if i in (2, 3) else None
    term = ["Balance on completion of installation", "30 days from invoice date", "", ""][i]
    po = [None, f"LPO-{rng.randint(1000, 9999)}", None, f"{rng.randint(40000, 49999)}"][i]
    adv = q2(total * D("0.5")) if i in (0, 3) else None
    adv_d = d - dt.timedelta(days=rng.randint(20, 60))
    two = i == 3
    money = lambda x: en(x, 3)  # noqa: E731
    fils = int(round((total % 1) * 1000))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
        + """
.hd{color:{{ color }}} .ar{direction:rtl;text-align:right;unicode-bidi:isolate} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{background:#eee;border-top:2px solid {{ color }};border-bottom:1px solid {{ color }};padding:3px 4px;font-size:7.3pt}
table.it td{padding:4px;border-bottom:1px solid #e2e2e2} table.tot td{padding:3px 6px} .box{border:1px solid #999;padding:6px 8px}
</style></head><body>
<table style="width:100%;border-bottom:3px solid {{ color }}"><tr><td style="width:50%"><div class="hd" style="font-size:12.5pt;font-weight:bold">{{ v_name }}</div><div>Greenhouses · irrigation · cooling systems</div><div>{{ v_addr }}</div><div>P.O. Box {{ pobox }}, Safat {{ safat }} · Tel. +965 {{ tel }}</div><div>C.R. No. {{ cr }}</div></td>
<td class="ar"><div class="hd" style="font-size:12.5pt;font-weight:bold">{{ v_ar }}</div><div>دولة الكويت</div><div>سجل تجاري رقم {{ cr }}</div></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="font-size:15pt;font-weight:bold">INVOICE</td><td class="ar" style="font-size:15pt;font-weight:bold">فاتورة</td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:48%"><div class="box"><div class="small">Bill to / العميل</div><b>{{ b_name }}</b><br>{{ b_addr }}, Kuwait<br>C.R. / Holding No.: {{ b_cr }}<br>Project: {{ project }}</div></td>
<td style="padding-left:12px"><table style="margin-left:auto">{% for k, a, v in meta %}<tr><td style="padding:1px 6px 1px 0">{{ k }}</td><td class="ar small" style="padding:1px 6px">{{ a }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>#</th><th style="text-align:left">Description / البيان</th><th>Unit</th><th class="r">Qty</th><th class="r">Unit Price KD</th><th class="r">Amount KD</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}<br><span class="ar small" style="display:block">{{ it.ar }}</span></td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;vertical-align:top" class="small">Amount in words: Kuwaiti Dinars {{ words }}{{ fils }} Only.<br><br>No VAT is applicable in the State of Kuwait.</td>
<td><table class="tot" style="margin-left:auto">{% if disc %}<tr><td>Gross Amount</td><td class="ar small">الإجمالي</td><td class="r">{{ gross }}</td></tr><tr><td>Special Discount 5%</td><td class="ar small">خصم</td><td class="r">-{{ disc }}</td></tr>
<tr style="background:#eef3ee"><td><b>Net Amount KD</b></td><td class="ar small"><b>الصافي</b></td><td class="r"><b>{{ total }}</b></td></tr>{% else %}<tr style="background:#eef3ee"><td><b>Total Amount KD</b></td><td class="ar small"><b>المجموع</b></td><td class="r"><b>{{ total }}</b></td></tr>{% endif %}
{% if adv %}<tr><td class="small">Less: Advance Payment received {{ adv_d }}</td><td class="ar small">دفعة مقدمة</td><td class="r small">{{ adv }}</td></tr><tr><td class="small">Balance Due</td><td class="ar small">الرصيد المستحق</td><td class="r small">{{ bal }}</td></tr>{% endif %}</table></td></tr></table>
<div class="box" style="margin-top:12px">{% if term %}Payment terms: {{ term }}. {% endif %}Bank transfer to {{ bank }}, IBAN {{ iban }} (account holder: {{ v_name }})</div>
<table style="width:100%;margin-top:26px"><tr><td class="small">Received by (customer)</td><td class="small r">For {{ v_name }}</td></tr></table>
<div class="small" style="margin-top:14px;text-align:center">Page 1 of {{ pages }}</div>
{% if two %}<div style="page-break-before:always"></div>
<div class="hd" style="font-weight:bold;font-size:10pt">Delivery and installation schedule – invoice {{ no }}</div>
<table class="it"><tr><th style="text-align:left">Date</th><th style="text-align:left">Activity</th><th style="text-align:left">Team leader</th></tr>{% for a, b, c in sched %}<tr><td>{{ a }}</td><td>{{ b }}</td><td>{{ c }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px"><b>Warranty</b>: steel frame 10 years against corrosion, polyethylene film 3 years against UV degradation, pumps and fans 12 months from handover. Warranty claims in writing within 14 days of the defect.</div>
<div class="small" style="margin-top:14px;text-align:center">Page 2 of 2</div>{% endif %}
</body></html>"""
    )
    meta = [("Invoice No.", "رقم الفاتورة", no), ("Date", "التاريخ", fd(d))]
    if po:
        meta.append(("L.P.O. No.", "أمر الشراء", po))
    if due:
        meta.append(("Due Date", "تاريخ الاستحقاق", fd(due)))
    meta.append(("Quotation Ref.", "رقم العرض", f"Q-{d.year}-{rng.randint(100, 999)}"))
    kw_iban = valid(rng, lambda: iban("KW", rng.choice(["NBOK", "GULB", "CBKU", "BBYN"]) + digits(rng, 22)), _iban.is_valid)
    sched = [((d - dt.timedelta(days=k * 3 + rng.randint(0, 2))).strftime("%d/%m/%Y"), act, rng.choice(["Eng. Mahmoud", "Eng. Rajesh", "Mr. Ferdinand", "Eng. Hesham"])) for k, act in enumerate(["Handover and commissioning", "Fertigation and cooling test", "Film covering and shade net", "Drip lines laid", "Frame erection", "Delivery of steel to site"])][::-1]
    ctx = dict(
        color=color, v_name=vname, v_ar=var, v_addr=vaddr, pobox=rng.randint(1000, 29999), safat=f"13{rng.randint(0, 99):03d}", tel=f"{rng.choice(['2', '9', '6'])}{digits(rng, 7)}", cr=cr,
        b_name=bname, b_addr=baddr, b_cr=b_cr, project=f"{rng.randint(2, 12)} greenhouse tunnels, plot {rng.randint(1, 300)}", meta=meta,
        items=[{"desc": it["desc"], "ar": it["ar"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        disc=money(disc) if disc else None, gross=money(gross), total=money(total), words=en_words_title(int(total)), fils=f" and {fils} Fils" if fils else "",
        adv=money(adv) if adv else None, adv_d=adv_d.strftime("%d/%m/%Y"), bal=money(total - adv) if adv else None, term=term,
        bank=rng.choice(["National Bank of Kuwait", "Gulf Bank", "Commercial Bank of Kuwait", "Burgan Bank"]), iban=iban_fmt(kw_iban), two=two, pages=2 if two else 1, no=no, sched=sched,
    )
    notes = (
        "Kuwaiti greenhouse supplier's INVOICE in English with Arabic labels: vendor = the English legal name (W.L.L.) at the top (the Arabic name is the same company); no tax id is printed (Kuwait has no VAT): vendor_tax_id null; the C.R. number, the customer's C.R./holding number, the quotation reference and the IBAN are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-mm-yyyy", "dd.mm.yyyy"][i] + "); the advance date and the schedule dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'L.P.O. No.' {po}. " if po else "No PO. ")
        + ("No tax: subtotal and tax null; total = 'Net Amount KD' after a 5% special discount (the lines sum to 'Gross Amount')" if disc else "No tax: subtotal and tax null; total = 'Total Amount KD'")
        + ("; 'Less: Advance Payment received' and 'Balance Due' are decoys" if adv else "")
        + ("; two pages: page 2 is a delivery schedule and warranty (no amounts)" if two else "")
        + ". Currency KWD ('KD'), amounts with three decimals '1,234.500' (the truth drops the trailing zero fils digit). The amount in words repeats the total. Line items: every numbered row (amount = 'Amount KD'; quantity 'Qty': units, rolls, metres, sets, m², days)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=None, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="KWD", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    printed = [fd(d), fd(due) if due else None, "C.R. No. " + cr, no, po, vname, "KD"]
    return t, ({"printed": printed, "line_adjustment": str(-disc)} if disc else printed), (html, ctx)
