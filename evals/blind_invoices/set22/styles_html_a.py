"""Chromium (HTML) styles for set 22, first part (01 Dominican dive centre's tax invoice to a visiting group with VAT
10 % on dive activity, VAT 15 % on retail and a marine-reserve fee outside VAT, in EC or US dollars, 02 Guam typhoon-
shutter installer's invoice with an opening schedule priced by the square foot and the Business Privilege Tax 5 %
passed on, 03 Chadian IT company's quarterly maintenance facture priced per workstation and per month with TVA 18 % in
whole CFA francs)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, due_note, po_note
from kit_common import truth
from invoice_kit import digits, en, exact_price, mt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import en_date, fr_date, html_head, lines, us_date
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Dominica dive centre (VAT Reg. No., VAT 10 % dives / 15 % retail, marine reserve fee outside VAT)
DM_V = [("Nature Island Dive Ltd.", "Bay Street, Soufrière", "#006d77"), ("Scotts Head Divers Ltd.", "Scotts Head Village, St. Mark", "#1d3557"),
        ("Castle Comfort Dive Shop Ltd.", "Castle Comfort, Roseau", "#0077b6"), ("Calibishie Ocean Sports Ltd.", "Main Road, Calibishie, St. Andrew", "#2a9d8f")]
DM_B = [("Rosalie Bay Eco Resort Ltd.", "Rosalie, St. David, Dominica"), ("Island Wanderers Tours Ltd.", "Bath Estate, Roseau, Dominica"),
        ("Deep Blue Travel Inc.", "2140 NW 14th Street, Miami, FL 33125, USA"), ("Picard Beach Cottages Ltd.", "Picard, Portsmouth, Dominica")]
DM_DIVE = [("Two-tank boat dive, Soufrière-Scotts Head Marine Reserve", "diver", 4, 14, 180, 260), ("Single-tank afternoon dive, Champagne Reef", "diver", 2, 10, 100, 150),
           ("Night dive, Salisbury wall", "diver", 2, 8, 110, 160), ("BCD, regulator and wetsuit rental", "day", 4, 20, 30, 45),
           ("Nitrox fill 32 %", "fill", 4, 20, 20, 32), ("PADI Open Water referral, check-out dives", "student", 1, 3, 650, 900)]
DM_RETAIL = [("Dive computer, entry level", "ea", 1, 2, 520, 790), ("Rash guard, island logo", "ea", 2, 8, 75, 110), ("Dive logbook", "ea", 2, 10, 28, 45),
             ("Reef-safe sunscreen 90 ml", "ea", 2, 12, 32, 48), ("Packed lunch for the boat", "ea", 4, 16, 30, 42), ("Underwater camera rental, per day", "day", 1, 4, 90, 130)]


@style("01", "dm_dive_centre_two_vat_rates")
def s01(rng, i):
    vname, vaddr, color = DM_V[i]
    bname, baddr = DM_B[i]
    usd = i == 2
    k = D("0.37") if usd else D(1)
    d = rand_date(rng)
    start = d - dt.timedelta(days=rng.randint(5, 12))
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(DM_DIVE, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, lo * k, hi * k, D("0.50")), "code": "B", "day": start + dt.timedelta(days=rng.randint(0, 4))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(DM_RETAIL, rng.randint(2, 3)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, lo * k, hi * k, D("0.50")), "code": "A", "day": start + dt.timedelta(days=rng.randint(0, 4))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    items.sort(key=lambda x: (x["day"], x["code"] != "B"))
    divers = max(x["qty"] for x in items if x["unit"] == "diver")
    fee = {"desc": "Marine reserve user fee (collected for the Fisheries Division)", "unit": "diver-day", "qty": divers * rng.randint(1, 3), "price": D("2.00") if usd else D("5.00"), "code": "O", "day": start}
    fee["amount"] = q2(fee["qty"] * fee["price"])
    items.append(fee)
    if i in (1, 3):  # group discount on the dives, a negative row at the dive rate, no quantity
        base = sum(x["amount"] for x in items if x["code"] == "B")
        items.append({"desc": "Group discount 10 % on dive activity", "unit": "", "qty": None, "price": None, "amount": -q2(base / 10), "code": "B", "day": None, "show_qty": False})
    bases = {c: sum(x["amount"] for x in items if x["code"] == c) for c in "ABO"}
    vat10, vat15 = q2(bases["B"] * D("0.10")), q2(bases["A"] * D("0.15"))
    net = sum(bases.values())
    tax = vat10 + vat15
    total = net + tax
    sumrow = i in (0, 2)
    vatno = digits(rng, 6, True)
    no = [f"NID-{rng.randint(1000, 4999)}", f"SHD/{d.strftime('%y')}/{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"CAL-INV-{rng.randint(300, 899)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: f"{MONTHS['en_days_short'][x.weekday()]} {x.day} {MONTHS['en_short'][x.month - 1]} {x.year}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Payment due before the group's departure", "", "Settled by card on check-out"][i]
    po = [None, f"IWT-{rng.randint(1000, 9999)}", f"DBT-{d.year}-{rng.randint(100, 999)}", None][i]
    po_label = ["", "Group ref.", "Booking ref.", ""][i]
    cur = ["EC$", "XCD", "US$", "EC$"][i]
    money = en
    acct = f"GRP-{rng.randint(100, 999)}"
    html = html_head(margin="12mm 13mm", fs="8.3pt") + """
<div style="background:linear-gradient(90deg,{{ color }},#83c5be);color:#fff;padding:10px 14px;border-radius:6px"><table style="width:100%"><tr>
<td style="vertical-align:middle"><div style="font-size:15pt;white-space:nowrap" class="b">{{ v_name }}</div><div>PADI Dive Resort · boat dives · courses · rentals</div></td>
<td style="text-align:right;font-size:7.8pt;vertical-align:middle">{{ v_addr }}<br>Commonwealth of Dominica<br>Tel +1 (767) {{ tel }} · dive@{{ dom }}.dm<br><b>VAT Reg. No. {{ vatno }}</b></td></tr></table></div>
<div style="font-size:17pt;color:{{ color }};margin-top:10px;letter-spacing:1px" class="b">TAX INVOICE</div>
<table style="width:100%;margin-top:6px;border-collapse:separate;border-spacing:4px 0"><tr>{% for k, v in meta %}<td style="border:1px solid {{ color }};padding:4px 6px;vertical-align:top"><div class="small">{{ k }}</div><div class="b">{{ v }}</div></td>{% endfor %}</tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%;vertical-align:top" class="small">Dive days: {{ period }} · group size {{ divers }} divers<br>Dive leader: {{ leader }} · boat "{{ boat }}"</td>
<td style="vertical-align:top;background:#f1faee;padding:6px 8px"><div class="small">BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Account {{ acct }}</td></tr></table>
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th style="text-align:left">Date</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate</th><th class="c">VAT</th><th class="r">Amount</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e5e5e5"><td>{{ it.day }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.code }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><table style="font-size:7.6pt;border:1px solid #ccc"><tr style="background:#eee"><th style="padding:2px 6px">Code</th><th style="padding:2px 6px">Rate</th><th class="r" style="padding:2px 6px">Net</th><th class="r" style="padding:2px 6px">VAT</th></tr>
{% for c, r, b, v in analysis %}<tr><td class="c">{{ c }}</td><td class="c">{{ r }}</td><td class="r" style="padding:1px 6px">{{ b }}</td><td class="r" style="padding:1px 6px">{{ v }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:3px">A = standard rate 15 % · B = dive activity 10 % · O = outside the scope of VAT</div></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid {{ color }}"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:14px">{% if term %}{{ term }}. {% endif %}Payment by transfer to {{ bank }}, account {{ bacct }}, or by card at the dive shop. Prices in {{ money_name }}.</div>
<div class="small" style="margin-top:6px">Every diver signed a liability release. Marine reserve fees are passed on at cost and are not subject to VAT.</div>
</body></html>"""
    meta = [("Invoice No.", no), ("Invoice date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Due date", fd(due)))
    tot = [("Subtotal", money(net), False), ("VAT 10% (dive activity)", money(vat10), False), ("VAT 15%", money(vat15), False)]
    if sumrow:
        tot.append(("Total VAT", money(tax), False))
    tot.append((f"TOTAL {cur}", money(total), True))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['440', '445', '448', '449'])}-{digits(rng, 4)}", dom=vname.split()[0].lower(), vatno=vatno, meta=meta,
        period=f"{start.strftime('%d/%m')} – {(start + dt.timedelta(days=4)).strftime('%d/%m/%Y')}", divers=divers, leader=rng.choice(["A. Joseph", "M. Laville", "K. Peltier", "R. Christian"]),
        boat=rng.choice(["Sea Cat", "Sperm Whale II", "Bubbles", "Island Spirit"]), b_name=bname, b_addr=baddr, acct=acct,
        items=[{"day": x["day"].strftime("%d/%m") if x["day"] else "", "desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": money(x["price"]) if x["price"] is not None else "", "code": x["code"], "a": money(x["amount"])} for x in items],
        analysis=[("A", "15%", money(bases["A"]), money(vat15)), ("B", "10%", money(bases["B"]), money(vat10)), ("O", "–", money(bases["O"]), "0.00")],
        tot=tot, term=term, bank=rng.choice(["National Bank of Dominica Ltd.", "Republic Bank (EC) Ltd., Roseau", "CIBC Caribbean, Roseau"]), bacct=digits(rng, 11),
        money_name="US dollars" if usd else "Eastern Caribbean dollars",
    )
    notes = (
        "Dominican dive centre's TAX INVOICE in English to a visiting group or a hotel, with two VAT rates (10 % on dive activity, code B; 15 % on retail and food, code A) and a marine reserve fee outside VAT (code O): vendor = the company name (Ltd.) in the coloured band; vendor tax id = 'VAT Reg. No.' (6 digits, shape unverified, random); the customer account is a decoy. "
        "invoice_number = 'Invoice No.' in the first box of the strip; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "'Thu 12 Mar 2026'"][i] + "); the dive days in the rows (dd/mm) and the dive period are decoys. "
        + due_note(due, term, "Due date")
        + po_note(po, po_label)
        + "subtotal = 'Subtotal' (every row, the marine reserve fees included"
        + (", the group discount deducted" if i in (1, 3) else "")
        + "); tax = 'VAT 10% (dive activity)' + 'VAT 15%'"
        + (", printed as 'Total VAT'" if sumrow else " (no row prints their sum)")
        + f"; total = 'TOTAL {cur}'. The VAT analysis table (code, rate, net, VAT per code) and the group size are decoys. "
        + f"Currency {'USD (an overseas agent billed in US dollars)' if usd else 'XCD'}. Amounts '1,234.56'. Line items: every row of the table (quantity = divers, days, fills, students, pieces, diver-days"
        + ("; the group discount is a negative row with no quantity" if i in (1, 3) else "")
        + ")."
    )
    t = truth(vname, vatno, no, po, d, due, "USD" if usd else "XCD", net, tax, total, items, notes)
    printed = [fd(d), fd(due) if due else None, "VAT Reg. No. " + vatno, no, po, vname, f"TOTAL {cur}"]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(vat10), mt(vat15)]}), (html, ctx)


# =========================================================================== 02 Guam typhoon shutters (Tax ID, BPT 5 % passed on, USD), opening schedule by the square foot
GU_V = [("Marianas Storm Shutters, Inc.", "162 Marine Corps Drive, Tamuning, Guam 96913", "#b5179e"),
        ("Island Shield Shutter Co.", "Route 3, Dededo, Guam 96929", "#3a0ca3"),
        ("Typhoon Guard Guam LLC", "411 Chalan San Antonio, Tamuning, Guam 96913", "#d00000"),
        ("Pacific Roll-Up Shutters, Inc.", "Route 8, Barrigada, Guam 96913", "#005f73")]
GU_B = [("Mr. & Mrs. Joseph and Lourdes Cruz", "Lot 12, Chalan Kareta, Yigo, Guam 96929"), ("Tumon Bay Dental Clinic", "Suite 204, 1270 Pale San Vitores Road, Tumon, Guam 96913"),
        ("Hagåtña Heights Condominium Association", "155 Aspinall Avenue, Hagåtña, Guam 96910"), ("Ms. Theresa Santos", "21 Chalan Lujuna, Talofofo, Guam 96915")]
GU_TYPES = [("Aluminum accordion shutter", "15.00", "22.00"), ("Roll-down shutter, manual crank", "24.00", "32.00"), ("Roll-down shutter, motorized", "34.00", "45.00"),
            ("Clear polycarbonate storm panel", "12.00", "17.00"), ("Bahama shutter, aluminum", "26.00", "36.00")]
GU_HOME = ["Living room", "Dining room", "Kitchen", "Master bedroom", "Bedroom 2", "Bedroom 3", "Master bath", "Front door", "Sliding glass door", "Lanai", "Laundry", "Office",
           "Garage side door", "Guest bath", "Family room"]
GU_CLINIC = ["Reception", "Waiting room", "Front door", "Operatory 1", "Operatory 2", "Operatory 3", "Operatory 4", "Sterilization room", "X-ray room", "Doctor's office", "Staff room",
             "Records room", "Lab", "Consult room", "Rear door", "Storage", "Hallway east", "Hallway west", "Lobby window 1", "Lobby window 2", "Lobby window 3", "Side door",
             "Manager's office", "Break room", "Restroom 1", "Restroom 2", "Supply room", "Server room", "Kids' corner", "Billing office"]
GU_CONDO = [f"Unit {f}{u}" for f in "1234" for u in "ABCD"] + ["Lobby", "Lobby door", "Stairwell 1", "Stairwell 2", "Laundry room", "Mail room", "Gym", "Pool house", "Manager's office",
                                                               "Storage", "Elevator lobby 2", "Elevator lobby 3", "Elevator lobby 4", "Roof access door"]
GU_ROOMS = [GU_HOME, GU_CLINIC, GU_CONDO, GU_HOME]


@style("02", "gu_typhoon_shutters_opening_schedule")
def s02(rng, i):
    vname, vaddr, color = GU_V[i]
    bname, baddr = GU_B[i]
    d = rand_date(rng)
    if i in (1, 2):
        while d.day < 13:
            d += dt.timedelta(days=1)
    n_open = rng.randint(26, 30) if i in (1, 2) else rng.randint(6, 11)
    rooms = rng.sample(GU_ROOMS[i], n_open)
    items = []
    for k, room in enumerate(rooms):
        typ, lo, hi = rng.choice(GU_TYPES)
        door = "door" in room.lower() or room == "Roof access door"
        w, h = (rng.choice([36, 72, 96]), rng.choice([80, 84])) if door else (rng.choice([24, 30, 36, 48, 60, 72]), rng.choice([36, 42, 48, 54, 60]))
        sqft = q2(D(w * h) / 144)
        p = D(rng.randint(int(D(lo) * 4), int(D(hi) * 4))) / 4
        items.append({"tag": f"{'D' if door else 'W'}{k + 1}", "room": room, "desc": typ, "w": w, "h": h, "unit": "sq ft", "qty": sqft, "price": p, "amount": q2(sqft * p), "bpt": True})
    inst = {"tag": "", "room": "", "desc": "Installation labor, per opening (anchors, tracks, sealing)", "w": None, "h": None, "unit": "opening", "qty": D(n_open), "bpt": True}
    inst["price"] = exact_price(rng, inst["qty"], D(45), D(85), D("0.50"))
    items.append(inst)
    if i != 3:
        items.append({"tag": "", "room": "", "desc": "Removal and disposal of old plywood panels", "w": None, "h": None, "unit": "lot", "qty": D(1), "price": exact_price(rng, D(1), D(120), D(350), D(5)), "bpt": True})
    items.append({"tag": "", "room": "", "desc": "DPW building permit fee (pass-through, not subject to BPT)", "w": None, "h": None, "unit": "ea", "qty": D(1), "price": exact_price(rng, D(1), D(60), D(240), D("0.50")), "bpt": False})
    for x in items[n_open:]:
        x["amount"] = q2(x["qty"] * x["price"])
    taxable = sum(x["amount"] for x in items if x["bpt"])
    net = sum(x["amount"] for x in items)
    tax = q2(taxable * D("0.05"))
    total = net + tax
    ein = f"66-{digits(rng, 7)}"
    lic = f"{d.year}{digits(rng, 5)}"
    no = [f"MSS-{rng.randint(10000, 29999)}", f"{rng.randint(4000, 7999)}", f"TGG-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"INV{rng.randint(100000, 199999)}"][i]
    fd = [us_date, lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%m-%d-%Y"), lambda x: f"{MONTHS['en_short'][x.month - 1]} {x.day}, {x.year}"][i]
    due = [d + dt.timedelta(days=10), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Balance due upon completion of installation", "", "Net 15 days"][i]
    po = [None, f"TBDC-{rng.randint(100, 999)}", f"HHCA-PO-{rng.randint(1000, 9999)}", None][i]
    deposit = q2(total / 2) if i in (0, 2) else None
    contract = f"C-{rng.randint(1000, 4999)}"
    bpt_label = ["Guam BPT 5%", "Business Privilege Tax (5%)", "BPT 5%", "Guam Business Privilege Tax 5%"][i]
    tot_label = ["TOTAL", "Invoice Total (USD)", "TOTAL DUE", "Total USD"][i]
    money = en
    html = html_head(margin="12mm 13mm", fs="8.2pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="border-left:8px solid {{ color }};padding-left:10px"><div style="font-size:15pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div>
<div>{{ v_addr }}</div><div>Tel (671) {{ tel }} · sales@{{ dom }}.com</div><div>Tax ID No. {{ ein }} · Guam Business License No. {{ lic }}</div></div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:22pt;color:#444" class="b">INVOICE</div><table style="margin-left:auto;margin-top:4px">{% for k, v in meta %}<tr><td style="padding:1px 10px;color:#666">{{ k }}</td><td class="b r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top"><div class="small">SOLD TO</div><b>{{ b_name }}</b><br>{{ b_addr }}</td>
<td style="vertical-align:top"><div class="small">JOB SITE</div>{{ b_addr }}<br>Contract {{ contract }} signed {{ signed }} · installed {{ installed }}</td></tr></table>
<div class="b" style="margin-top:12px;color:{{ color }}">OPENING SCHEDULE</div>
<table class="it" style="margin-top:2px"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Opening</th><th style="text-align:left">Location</th><th style="text-align:left">Product</th><th class="r">W (in)</th><th class="r">H (in)</th><th class="r">Sq ft</th><th class="r">Price/sq ft</th><th class="r">Amount</th></tr>
{% for it in openings %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.tag }}</td><td>{{ it.room }}</td><td>{{ it.desc }}</td><td class="r">{{ it.w }}</td><td class="r">{{ it.h }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r small">Total area {{ area }} sq ft · {{ n_open }} openings</td><td></td><td></td><td></td></tr></table>
<div class="b" style="margin-top:12px;color:{{ color }}">OTHER CHARGES</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1.5px solid #444"><th style="text-align:left">Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in other %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr><td style="width:52%;vertical-align:top" class="small">BPT is computed on taxable charges of {{ taxable }}; the permit fee is passed on at cost.<br>Warranty: 5 years on shutters, 1 year on installation. Storm-ready inspection free during the first typhoon season.</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid #333"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:14px;page-break-inside:avoid">{% if term %}Terms: {{ term }}. {% endif %}Make checks payable to {{ v_name }} or pay by wire to {{ bank }}, account {{ bacct }}, ABA {{ aba }}.</div>
</body></html>"""
    meta = [("Invoice #", no), ("Date", fd(d))]
    if po:
        meta.append(("P.O. #", po))
    if due:
        meta.append(("Due Date", fd(due)))
    meta.append(("Contract", contract))
    tot = [("Subtotal", money(net), False), (bpt_label, money(tax), False), (tot_label, money(total), True)]
    if deposit:
        tot += [("Less deposit received", money(deposit), False), ("Balance due", money(total - deposit), False)]
    signed = d - dt.timedelta(days=rng.randint(30, 75))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['646', '647', '649', '632'])}-{digits(rng, 4)}", dom=vname.split()[0].lower(), ein=ein, lic=lic, meta=meta, b_name=bname, b_addr=baddr,
        contract=contract, signed=signed.strftime("%m/%d/%Y"), installed=(d - dt.timedelta(days=rng.randint(1, 6))).strftime("%m/%d/%Y"),
        openings=[{"tag": x["tag"], "room": x["room"], "desc": x["desc"], "w": x["w"], "h": x["h"], "q": en(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in items[:n_open]],
        area=en(sum(x["qty"] for x in items[:n_open])), n_open=n_open,
        other=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": money(x["price"]), "a": money(x["amount"])} for x in items[n_open:]],
        taxable=money(taxable), tot=tot, term=term, bank=rng.choice(["Bank of Guam", "BankPacific", "ASC Trust", "Coast360 Federal Credit Union"]), bacct=digits(rng, 10), aba=f"1214{digits(rng, 5)}",
    )
    notes = (
        "Guam typhoon-shutter installer's INVOICE in English with an OPENING SCHEDULE (one row per window or door: width and height in inches, area in square feet to two decimals, price per square foot) and OTHER CHARGES, "
        + ("over two pages (the schedule and the other charges fill page 1, the totals and the terms fall on page 2), " if i in (1, 2) else "")
        + "the Guam Business Privilege Tax passed on at 5 %: vendor = the company name at the top left; vendor tax id = 'Tax ID No.' (an EIN shape 66-1234567, unverified, random); the Guam Business License No. and the contract number are decoys. "
        "invoice_number = 'Invoice #'; invoice_date = 'Date' (" + ["'March 12, 2026'", "mm/dd/yyyy (the day is 13 or more, unambiguous)", "mm-dd-yyyy (the day is 13 or more)", "'Mar 12, 2026'"][i] + "); the contract signing and installation dates (mm/dd/yyyy) are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, "P.O. #")
        + f"subtotal = 'Subtotal' (every row, the permit fee included); tax = '{bpt_label}' (5 % of the rows other than the permit fee, rounded half up); total = '{tot_label}'"
        + ("; 'Less deposit received' and 'Balance due' are decoys" if deposit else "")
        + ". 'Total area', the widths and heights and the BPT base in the small print are decoys. Currency USD (no sign printed beside the amounts). Amounts '1,234.56'. "
        "Line items: every schedule row (quantity = square feet with two decimals; amount = area x price per square foot rounded to the cent) and every row of OTHER CHARGES (quantity = openings, lot, each)."
    )
    t = truth(vname, ein, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "Tax ID No. " + ein, no, po, vname, tot_label, bpt_label], (html, ctx)


# =========================================================================== 03 Chad IT maintenance per workstation and month (NIF, TVA 18 %, FCFA whole francs)
TD_V = [("Sahel Informatique Services SARL", "Avenue Charles de Gaulle, BP 1840, N'Djamena", "NDJ", "#283618"), ("Chari Digital SARL", "Quartier Moursal, Rue 3045, N'Djamena", "NDJ", "#9c6644"),
        ("Logone Bureautique SA", "Quartier Doumbeur, BP 212, Moundou", "MDU", "#1d3557"), ("TchadNet Solutions SARL", "Avenue Mobutu, Quartier Klemat, N'Djamena", "NDJ", "#6a040f")]
TD_B = [("ONG Santé pour Tous Tchad", "Quartier Sabangali, N'Djamena"), ("Cabinet Mahamat & Associés, avocats", "Avenue Félix Éboué, N'Djamena"),
        ("Coopérative Cotonnière du Logone", "Zone industrielle, Moundou"), ("Hôtel du Fleuve N'Djamena SA", "Rive du Chari, N'Djamena")]
TD_MONTHLY = [("Maintenance préventive et curative des postes de travail", "poste", 6, 40, 4500, 9000), ("Maintenance serveur de fichiers et sauvegardes", "serveur", 1, 2, 45000, 90000),
              ("Maintenance imprimantes et photocopieurs réseau", "appareil", 2, 8, 6000, 12000), ("Supervision réseau local et Wi-Fi", "site", 1, 3, 25000, 60000),
              ("Assistance utilisateurs (hotline) illimitée", "utilisateur", 5, 40, 1500, 3500)]
TD_ONCE = [("Licence antivirus Kaspersky Endpoint, 1 an", "licence", 5, 40, 12000, 22000), ("Cartouche toner HP 26A", "u", 2, 12, 55000, 78000),
           ("Onduleur 1500 VA", "u", 1, 6, 95000, 160000), ("Intervention hors contrat (câblage, déplacement)", "heure", 2, 12, 15000, 25000),
           ("Disque SSD 512 Go avec installation", "u", 1, 6, 45000, 70000), ("Clavier et souris USB", "lot", 2, 10, 9000, 15000)]


@style("03", "td_maintenance_informatique_trimestre")
def s03(rng, i):
    vname, vaddr, city, color = TD_V[i]
    bname, baddr = TD_B[i]
    d = rand_date(rng)
    qstart = dt.date(d.year, 1 + 3 * ((d.month - 1) // 3), 1)
    qend = (qstart.replace(month=qstart.month + 2, day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    months = 3
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(TD_MONTHLY, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D(500))
        items.append({"desc": desc, "unit": unit, "qty": q, "months": months, "price": p, "amount": q * months * p})
    for x in lines(rng, TD_ONCE, rng.randint(1, 3), D(500)):
        x["months"] = None
        items.append(x)
    if i in (0, 2):  # a credit for a late intervention, negative, no quantity
        items.append({"desc": f"Avoir : pénalité de retard d'intervention (ticket n° {rng.randint(1000, 9999)})", "unit": "", "qty": None, "months": None, "price": None,
                      "amount": -D(rng.randint(10, 40) * 1000), "show_qty": False})
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    nif = f"{digits(rng, 7, True)}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"
    rccm = f"TC/{city}/{rng.randint(12, 23)}B{rng.randint(100, 999)}"
    no = [f"FAC-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}/{d.strftime('%m')}/{d.year}", f"LB{d.strftime('%y')}{rng.randint(1000, 9999)}", f"TNS/{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{MONTHS['fr_days'][x.weekday()]} {fr_date(x)}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Paiement à 30 jours date de facture", "", "Paiement à réception de la facture"][i]
    po = [None, f"BC/{d.year}/{rng.randint(10, 99):03d}", None, f"HDF-{rng.randint(1000, 9999)}"][i]
    contract = f"CTR-{rng.randint(2019, d.year)}-{rng.randint(10, 99)}"
    cur = ["FCFA", "F CFA", "XAF", "FCFA"][i]
    money = lambda x: sp(x, 0)  # noqa: E731
    place = city == "NDJ" and "N'Djamena" or "Moundou"
    html = html_head(margin="13mm 14mm", fs="8.4pt") + """
<table style="width:100%"><tr><td style="width:58%;vertical-align:top"><table><tr><td style="width:46px;height:46px;background:{{ color }};color:#fff;font-size:17pt;text-align:center;vertical-align:middle" class="b">{{ initials }}</td>
<td style="padding-left:8px"><div style="font-size:13pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div class="small">Informatique · Réseaux · Maintenance · Fournitures</div></td></tr></table>
<div style="margin-top:4px">{{ v_addr }} · Tchad<br>Tél. +235 {{ tel }} · contact@{{ dom }}.td<br><b>NIF : {{ nif }}</b> · RCCM {{ rccm }}</div></td>
<td style="vertical-align:top"><div style="border:2px solid {{ color }};padding:6px 10px"><div style="font-size:16pt;color:{{ color }}" class="b">FACTURE</div><div style="background:#eee;padding:3px 6px;margin-top:3px" class="b">N° {{ no }}</div>
<table style="margin-top:4px;width:100%">{% for k, v in meta %}<tr><td style="padding:1px 6px 1px 0;color:#555">{{ k }}</td><td class="b r">{{ v }}</td></tr>{% endfor %}</table></div></td></tr></table>
{% if placeline %}<div style="text-align:right;margin-top:6px">{{ placeline }}</div>{% endif %}
<div style="margin-top:10px;border:1px solid #aaa;padding:6px 10px;width:55%"><div class="small">DOIT :</div><b>{{ b_name }}</b><br>{{ b_addr }} · Tchad<br>NIF client : {{ b_nif }}</div>
<p style="margin-top:10px">Objet : contrat de maintenance {{ contract }} — trimestre du {{ qstart }} au {{ qend }}.</p>
<table class="it" style="border:1px solid #888"><tr style="background:#e9ecef"><th style="border:1px solid #888">N°</th><th style="border:1px solid #888;text-align:left">Désignation</th><th style="border:1px solid #888">Unité</th><th class="r" style="border:1px solid #888">Qté</th><th class="r" style="border:1px solid #888">Nb mois</th><th class="r" style="border:1px solid #888">P.U. HT</th><th class="r" style="border:1px solid #888">Montant HT</th></tr>
{% for it in items %}<tr><td class="c" style="border:1px solid #bbb">{{ loop.index }}</td><td style="border:1px solid #bbb">{{ it.desc }}</td><td class="c" style="border:1px solid #bbb">{{ it.unit }}</td><td class="r" style="border:1px solid #bbb">{{ it.q }}</td><td class="r" style="border:1px solid #bbb">{{ it.m }}</td><td class="r" style="border:1px solid #bbb">{{ it.p }}</td><td class="r" style="border:1px solid #bbb">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;border:1px solid #888"><tr><td style="padding:3px 12px">Montant HT</td><td class="r" style="padding:3px 8px">{{ net }}</td></tr><tr><td style="padding:3px 12px">TVA 18 %</td><td class="r" style="padding:3px 8px">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff"><td style="padding:4px 12px" class="b">Montant TTC ({{ cur }})</td><td class="r b" style="padding:4px 8px">{{ total }}</td></tr></table>
<div style="margin-top:10px;border:1px dashed #777;padding:6px 8px">Arrêtée la présente facture à la somme de : <i>{{ words }} francs CFA</i> toutes taxes comprises.</div>
<table style="width:100%;margin-top:12px"><tr><td style="width:60%;vertical-align:top">{% if term %}Conditions : {{ term }}.<br>{% endif %}Règlement par virement : {{ bank }}, compte n° {{ bacct }}, ou par chèque à l'ordre de {{ v_name }}.</td>
<td style="text-align:center;vertical-align:top"><div class="b">La Direction</div><div style="margin:6px auto 0;width:90px;height:90px;border:2px solid {{ color }};border-radius:50%;color:{{ color }};font-size:6.5pt;display:flex;align-items:center;justify-content:center;transform:rotate(-12deg)">{{ v_name }}<br>{{ place }}</div></td></tr></table>
</body></html>"""
    meta = [("Date", fd(d)) if i != 1 else None, ("Client n°", f"C{rng.randint(100, 999)}"), ("Contrat", contract)]
    if po:
        meta.append(("Bon de commande", po))
    if due:
        meta.append(("Échéance", fd(due)))
    meta = [m for m in meta if m]
    ctx = dict(
        color=color, initials="".join(w[0] for w in vname.split()[:2]).upper(), v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['22', '66', '99'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        dom=vname.split()[0].lower(), nif=nif, rccm=rccm, no=no, place=place.upper(), meta=meta, placeline=f"{place}, le {fd(d)}" if i == 1 else "",
        b_name=bname, b_addr=baddr, b_nif=f"{digits(rng, 7, True)}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}", contract=contract, qstart=qstart.strftime("%d/%m/%Y"), qend=qend.strftime("%d/%m/%Y"),
        items=[{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "m": x["months"] or "", "p": money(x["price"]) if x["price"] is not None else "", "a": money(x["amount"])} for x in items],
        net=money(net), tax=money(tax), total=money(total), cur=cur, words=fr_words(total), term=term,
        bank=rng.choice(["Ecobank Tchad", "Commercial Bank Tchad", "Orabank Tchad", "Société Générale Tchad"]), bacct=f"{digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}",
    )
    notes = (
        "Chadian IT company's FACTURE in French for a quarter of a maintenance contract, a fully ruled table whose monthly rows are priced per unit and per month (Qté x Nb mois x P.U. HT), then one-off supplies: vendor = the company name (SARL/SA) at the top left; vendor tax id = 'NIF' (7 digits and a letter, the shape of EY's VAT number format for Chad, random); the RCCM, the client's NIF, the client number, the contract number and the bank account are decoys. "
        "invoice_number = the number after 'N°' under 'FACTURE'; invoice_date = " + ["'Date' (dd/mm/yyyy)", "the place-and-date line ('" + place + ", le 12 mars 2026'; the box prints no date)", "'Date' (dd-mm-yyyy)", "'Date' ('jeudi 12 mars 2026')"][i] + "; the quarter's dates in the 'Objet' line are decoys. "
        + due_note(due, term, "Échéance")
        + po_note(po, "Bon de commande")
        + f"subtotal = 'Montant HT'; tax = 'TVA 18 %' (rounded to the franc); total = 'Montant TTC ({cur})', repeated in French words. Currency XAF, whole francs '1 234 500'. "
        "Line items: every numbered row; quantity = the 'Qté' column (workstations, servers, devices, sites, users, licences, units, hours), not the 'Nb mois' column (amount = Qté x Nb mois x P.U. HT on the monthly rows)"
        + ("; the credit ('Avoir : pénalité ...') is a negative row with no quantity" if i in (0, 2) else "")
        + "."
    )
    t = truth(vname, nif, no, po, d, due, "XAF", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, "N° " + no, po, vname, cur], (html, ctx)
