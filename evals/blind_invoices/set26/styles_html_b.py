"""Chromium (HTML) styles for set 26, second part (04 Turks and Caicos boat-charter and excursion company's invoice in
English in US dollars with the Hotel & Tourism Tax 12 %, a table without rules, the totals on the left and a gratuity
below the total, 05 Saint Helena builders' merchant's two-page invoice in English in St Helena pounds with 'Carried
forward' and 'Brought forward' sums and no tax)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from kit_common import due_note, po_note, truth
from invoice_kit import digits, en, exact_price, ordinal, q2, qstr, rand_date, style_registry
from kit_common import MONTHS, en_date, html_head, us_date

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Turks and Caicos boat charter (Hotel & Tourism Tax 12 %, USD), no rules, totals on the left
TC_V = [
    ("Caicos Bank Charters Ltd", "Leeward Marina, Providenciales", "#0369a1"),
    ("Grace Bay Sail & Snorkel Co.", "Turtle Cove Marina, Providenciales", "#0f766e"),
    ("Salt Cay Whale Watch Excursions", "Balfour Town, Salt Cay", "#1e3a8a"),
    ("Chalk Sound Adventures Ltd", "Blue Hills Road, Providenciales", "#9f1239"),
]
TC_B = [
    ("Villa Coral Reef Management", "Long Bay Hills, Providenciales"),
    ("Seven Stars Concierge Desk", "Grace Bay Road, Providenciales"),
    ("Osprey Beach Hotel Front Office", "Duke Street, Grand Turk"),
    ("Taylor Bay Villas Ltd", "Sapodilla Bay, Providenciales"),
]
TC_ROWS = [
    ("Private half-day charter, 38' catamaran (up to 12 guests)", "charter", 1, 2, "1450", "2600"),
    ("Shared snorkel trip, Smith's Reef and Bight Reef (per guest)", "guest", 2, 12, "95", "145"),
    ("Iguana Island and Little Water Cay excursion (per guest)", "guest", 2, 12, "110", "165"),
    ("Conch diving and beach lunch (per guest)", "guest", 2, 10, "65", "95"),
    ("Snorkel gear rental (per set, per day)", "set", 2, 12, "15", "25"),
    ("Private sunset cruise with open bar", "cruise", 1, 1, "1250", "2100"),
    ("Fuel surcharge", "trip", 1, 3, "75", "180"),
]


@style("04", "tc_providenciales_charter_tourism_tax_12")
def s04(rng, i):
    vname, vaddr, color = TC_V[i]
    bname, baddr = TC_B[i]
    d = rand_date(rng)
    trip = d - dt.timedelta(days=rng.randint(1, 5))
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(TC_ROWS, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("5"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.12"))
    total = net + tax
    grat = q2(net * D(rng.choice(["0.10", "0.15"])))
    no = [
        f"{rng.randint(1000, 4999)}",
        f"GB{rng.randint(10000, 59999)}",
        f"{d.year}-{rng.randint(100, 999)}",
        f"{rng.randint(500, 999)}",
    ][i]
    fd = [
        us_date,
        lambda x: x.strftime("%m/%d/%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d-%b-%Y"),
    ][i]
    due = [d + dt.timedelta(days=14), None, None, d + dt.timedelta(days=30)][i]
    term = ["", "Payable on presentation", "Due on receipt", ""][i]
    po = [None, f"CD-{rng.randint(1000, 9999)}", None, f"PO {rng.randint(200, 899)}"][i]
    po_label = ["", "Concierge ref.", "", "Your PO"][i]
    html = (
        html_head(margin="16mm 16mm", fs="9.4pt")
        + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:22pt;color:{{ color }};letter-spacing:1px">INVOICE</div>
<table style="margin-top:6px">{% for k, v in meta %}<tr><td style="color:#777;padding:1px 14px 1px 0">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:14pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }}<br>Turks &amp; Caicos Islands, BWI<br>Tel +1 649 {{ tel }} · Business Licence {{ lic }}</div></td></tr></table>
<div style="margin-top:18px;color:#777">Bill to</div><div><b>{{ b_name }}</b><br>{{ b_addr }}</div>
<div style="margin-top:6px">Trip date {{ trip }} · Guest party: {{ party }} · Departure {{ dock }}</div>
<table style="width:100%;margin-top:16px"><tr style="color:{{ color }}"><td style="padding:4px 6px 8px 0" class="b">Description</td><td class="r b" style="padding:4px 6px 8px">Qty</td><td class="r b" style="padding:4px 6px 8px">Rate</td><td class="r b" style="padding:4px 0 8px 6px">Amount</td></tr>
{% for it in items %}<tr><td style="padding:5px 6px 5px 0">{{ it.d }}</td><td class="r" style="padding:5px 6px">{{ it.q }}</td><td class="r" style="padding:5px 6px">{{ it.p }}</td><td class="r" style="padding:5px 0 5px 6px">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:20px;background:#f1f5f9;min-width:300px">{% for k, v, b in tot %}<tr><td style="padding:4px 12px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}" style="padding:4px 12px">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:8px;color:#555">Crew gratuity (optional, not subject to tax, suggested {{ pct }}%): {{ grat }} · With gratuity: {{ with_grat }}</div>
<div style="margin-top:16px" class="small">{{ term }}Hotel &amp; Tourism Tax at 12% is charged on tourism services and remitted to the TCI Revenue Department. Payment by wire to {{ bank }}, Providenciales, account {{ acct }}, or by card at the dock.</div>
</body></html>"""
    )
    meta = [("Invoice #", no), ("Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Due", fd(due)))
    m = lambda x: "$" + en(x)  # noqa: E731
    tot = [("Subtotal", m(net), False), ("Hotel & Tourism Tax 12%", m(tax), False), ("Total (USD)", m(total), True)]
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=f"{rng.randint(231, 347)} {digits(rng, 4)}",
        lic=f"{rng.randint(10000, 99999)}",
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        trip=trip.strftime("%b %d"),
        party=rng.choice(["Henderson family", "Okafor wedding party", "Lindqvist group", "Morales family"]),
        dock=rng.choice(["8:30 am", "9:00 am", "1:30 pm", "4:45 pm"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        tot=tot,
        pct=int(grat * 100 / net + D("0.5")),
        grat=m(grat),
        with_grat=m(total + grat),
        term=(term + ". ") if term else "",
        bank=rng.choice(["CIBC FirstCaribbean", "RBC Royal Bank", "Scotiabank"]),
        acct=digits(rng, 10, True),
    )
    notes = (
        "Turks and Caicos boat-charter and excursion company's INVOICE in English in US dollars: a table without any rules, the totals in a tinted box on the left under the rows and the Hotel & Tourism Tax at 12 % (the TCI tax on tourism services), an optional crew gratuity below the total: vendor = the company name at the top right; no vendor tax id (null; the business licence number is a decoy). "
        "invoice_number = 'Invoice #'; invoice_date = 'Date' ("
        + ["'March 12, 2026'", "mm/dd/yyyy", "dd/mm/yyyy", "dd-Mon-yyyy"][i]
        + "); the trip date is a decoy. "
        + due_note(due, term, "Due")
        + po_note(po, po_label)
        + "subtotal = 'Subtotal'; tax = 'Hotel & Tourism Tax 12%'; total = 'Total (USD)'. The gratuity and 'With gratuity' are decoys. Currency USD. Amounts '$1,234.50'. Line items: every row (quantity = charters, guests, sets, trips)."
    )
    t = truth(vname, None, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "Total (USD)"], (html, ctx)


# =========================================================================== 05 Saint Helena builders' merchant (no tax, SHP), two pages with carried / brought forward
SH_V = [
    ("Jamestown Building Supplies Ltd", "Market Street, Jamestown", "#7f1d1d"),
    ("Longwood Hardware & Timber", "Longwood, St Helena", "#1e3a8a"),
    ("Half Tree Hollow Trading Co.", "Half Tree Hollow, St Helena", "#14532d"),
    ("Sandy Bay Builders' Merchants", "Sandy Bay, St Helena", "#78350f"),
]
SH_B = [
    ("St Helena Government, Roads Section", "Scotland, St Helena"),
    ("Blue Hill Community Centre", "Blue Hill, St Helena"),
    ("Levelwood Construction", "Levelwood, St Helena"),
    ("Ladder Hill Housing Project", "Ladder Hill, Jamestown"),
]
SH_CAT = [
    ("Cement, OPC 50 kg bag", "bag", 10, 120, "11.50", "16.80"),
    ("Sharp sand, bulk bag", "bag", 2, 20, "48.00", "72.00"),
    ("Timber 4x2 treated, 4.8 m", "len", 10, 80, "9.80", "15.40"),
    ("Timber 6x2 treated, 4.8 m", "len", 6, 40, "14.20", "21.60"),
    ("Plywood 18 mm 2440x1220", "sht", 2, 30, "38.00", "58.00"),
    ("Corrugated roof sheet 3.0 m", "sht", 6, 60, "22.00", "34.00"),
    ("Roofing screws, box 100", "box", 1, 12, "9.50", "15.00"),
    ("Nails 100 mm, 5 kg", "box", 1, 10, "14.00", "21.00"),
    ("PVC pipe 110 mm, 3 m", "len", 2, 30, "18.00", "27.00"),
    ("PVC bend 110 mm", "ea", 2, 20, "4.20", "7.80"),
    ("Concrete block 440x215x100", "ea", 40, 400, "1.35", "2.10"),
    ("Rebar 12 mm, 6 m", "len", 10, 80, "8.40", "12.90"),
    ("Tie wire, roll", "roll", 1, 8, "6.50", "11.00"),
    ("Exterior paint, white 10 L", "tin", 1, 10, "42.00", "68.00"),
    ("Primer undercoat 5 L", "tin", 1, 8, "19.00", "29.00"),
    ("Paint brush set", "set", 1, 6, "8.50", "14.00"),
    ("Wheelbarrow, heavy duty", "ea", 1, 3, "79.00", "118.00"),
    ("Shovel, round mouth", "ea", 1, 6, "16.00", "26.00"),
    ("Door hinge 100 mm, pair", "pr", 2, 20, "3.90", "6.80"),
    ("Exterior door, hardwood", "ea", 1, 4, "185.00", "290.00"),
    ("Window frame 1200x1050", "ea", 1, 6, "140.00", "220.00"),
    ("Silicone sealant", "tube", 2, 24, "4.80", "7.90"),
    ("Electrical cable 2.5 mm T&E, 100 m", "roll", 1, 4, "72.00", "110.00"),
    ("Socket outlet, double", "ea", 2, 20, "5.60", "9.40"),
    ("Light switch, single", "ea", 2, 20, "2.90", "5.20"),
    ("Floor tiles 600x600, box", "box", 2, 30, "24.00", "39.00"),
    ("Tile adhesive 20 kg", "bag", 2, 20, "13.50", "21.00"),
    ("Grout 5 kg", "bag", 1, 10, "7.80", "12.60"),
    ("Gravel 20 mm, bulk bag", "bag", 1, 12, "55.00", "82.00"),
    ("Damp proof membrane, roll", "roll", 1, 6, "46.00", "74.00"),
]


@style("05", "sh_jamestown_merchant_two_pages_no_tax")
def s05(rng, i):
    vname, vaddr, color = SH_V[i]
    bname, baddr = SH_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SH_CAT, rng.randint(24, 30)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    cut = rng.randint(16, 19)
    p1, p2 = items[:cut], items[cut:]
    cf = sum(x["amount"] for x in p1)
    no = [
        f"{rng.randint(20000, 29999)}",
        f"JBS/{rng.randint(1000, 9999)}",
        f"{rng.randint(100000, 199999)}",
        f"INV-{rng.randint(3000, 8999)}",
    ][i]
    fd = [
        en_date,
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]} {x.year}",
        lambda x: x.strftime("%d.%m.%y"),
    ][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=30)][i]
    term = ["Account payable by the end of the following month", "", "Cash on collection", ""][i]
    po = [f"LPO {rng.randint(10000, 49999)}", None, None, f"{rng.randint(100, 999)}/{d.year}"][i]
    po_label = ["Official order", "", "", "Order no."][i]
    acct = f"{rng.choice('ABCDELMS')}{rng.randint(100, 999)}"
    head = """<table style="width:100%;border-bottom:2px solid {{ color }}"><tr><td><span style="font-size:16pt;color:{{ color }}" class="b">{{ v_name }}</span><br>{{ v_addr }}, St Helena Island, South Atlantic Ocean, STHL 1ZZ · Tel +290 {{ tel }}</td>
<td style="text-align:right;vertical-align:top"><span style="font-size:14pt" class="b">INVOICE</span><br>No. {{ no }} · Page {{ page }} of 2</td></tr></table>"""
    rowtpl = """<table class="it"><tr style="border-bottom:1.5px solid #222;background:#f3f3f3"><th style="text-align:left">Code</th><th style="text-align:left">Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Price £</th><th class="r">Amount £</th></tr>"""
    html = (
        html_head(margin="12mm 14mm", fs="8.8pt")
        + head.replace("{{ page }}", "1")
        + """
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:55%"><div class="small">Invoice to</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Account {{ acct }}</td>
<td style="vertical-align:top"><table>{% for k, v in meta %}<tr><td style="color:#555;padding:1px 12px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
"""
        + rowtpl
        + """
{% for it in p1 %}<tr style="border-bottom:1px solid #e5e5e5"><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr style="border-top:1.5px solid #222"><td></td><td class="b">Carried forward</td><td></td><td></td><td></td><td class="r b">{{ cf }}</td></tr></table>
<div style="page-break-before:always"></div>"""
        + head.replace("{{ page }}", "2")
        + """
<div style="margin-top:8px" class="small">{{ b_name }} · Account {{ acct }} · continued</div>
"""
        + rowtpl
        + """
<tr style="border-bottom:1px solid #bbb"><td></td><td class="b">Brought forward</td><td></td><td></td><td></td><td class="r b">{{ cf }}</td></tr>
{% for it in p2 %}<tr style="border-bottom:1px solid #e5e5e5"><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:280px;border-top:2px solid #222;border-bottom:2px solid #222"><tr><td style="padding:5px 10px;font-size:11pt" class="b">TOTAL £</td><td class="r b" style="padding:5px 10px;font-size:11pt">{{ total }}</td></tr></table>
<div style="margin-top:12px">{{ term }}All prices in St Helena pounds. No sales tax or VAT is levied on St Helena. Goods remain the property of {{ v_name }} until paid in full.</div>
<div style="margin-top:6px" class="small">Payments to Bank of St Helena, Market Street, Jamestown, account {{ bank }}. Please quote the invoice number.</div>
</body></html>"""
    )
    meta = [("Invoice no.", no), ("Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Payment due", fd(due)))

    def row(x):
        return {
            "c": x["code"],
            "d": x["desc"],
            "q": qstr(x["qty"]),
            "u": x["unit"],
            "p": en(x["price"]),
            "a": en(x["amount"]),
        }

    for x in items:
        x["code"] = f"{rng.choice('BHPTE')}{rng.randint(1000, 9999)}"
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        tel=digits(rng, 5, True),
        no=no,
        b_name=bname,
        b_addr=baddr,
        acct=acct,
        meta=meta,
        p1=[row(x) for x in p1],
        p2=[row(x) for x in p2],
        cf=en(cf),
        total=en(total),
        term=(term + ". ") if term else "",
        bank=digits(rng, 8, True),
    )
    notes = (
        "Saint Helena builders' merchant's INVOICE in English over two pages: the rows run from page 1 to page 2 with 'Carried forward' at the foot of page 1 and 'Brought forward' at the top of page 2, the total only at the end of page 2, in St Helena pounds ('£'), no tax (St Helena levies no VAT or sales tax): vendor = the company name at the top of each page; no vendor tax id (null). "
        "invoice_number = 'Invoice no.' (also 'No.' in each page's header); invoice_date = 'Date' ("
        + ["'12 March 2026'", "dd/mm/yyyy", "'12th March 2026'", "dd.mm.yy"][i]
        + "). "
        + due_note(due, term, "Payment due")
        + po_note(po, po_label)
        + "subtotal and tax = null (only a total is printed); total = 'TOTAL £'. 'Carried forward' / 'Brought forward' (the page-1 sum) is a decoy; the item codes and the customer account are decoys. Currency SHP (printed '£' and 'St Helena pounds'). Amounts '1,234.50'. Line items: every row on both pages (quantity = bags, lengths, sheets, boxes, pieces)."
    )
    t = truth(vname, None, no, po, d, due, "SHP", None, None, total, items, notes)
    return (
        t,
        [fd(d), fd(due) if due else None, no, po, vname, "TOTAL £", "Carried forward", "Brought forward"],
        (html, ctx),
    )
