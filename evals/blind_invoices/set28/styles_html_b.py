"""Chromium (HTML) styles for set 28, second part (04 Blaenau Ffestiniog / Bethesda slate quarry's ANFONEB / INVOICE
in Welsh with English beside, roofing slates priced per thousand, pallets and carriage, and VAT 20 %, 05 Iqaluit air
cargo and expediting company's invoice on a landscape page in English with the syllabic Inuktitut names beside, one row
per air waybill priced by the kilogram, a fuel surcharge on the freight and the GST 5 % (Nunavut levies no territorial
sales tax))."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import cy_date
from invoice_kit import css, digits, en, exact_price, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, po_note, truth, us_date
from stdnum.ca import bn
from stdnum.gb import vat as gb_vat

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Welsh slate quarry (VAT 20 %, GBP), Welsh and English, slates per 1,000
CY_V = [
    ("Chwarel Llechi Moelwyn Cyf.", "Ffordd y Chwarel, Blaenau Ffestiniog", "LL41 3NB", "#334155"),
    ("Llechi Dyffryn Ogwen Cyf.", "Stryd Fawr, Bethesda", "LL57 3AN", "#1e3a8a"),
    ("Chwarel Pen y Bryn Cyf.", "Ffordd Nantlle, Talysarn", "LL54 6HL", "#7f1d1d"),
    ("Llechi Corris a Dyfi Cyf.", "Yr Hen Orsaf, Corris", "SY20 9SP", "#14532d"),
]
CY_B = [
    ("Adeiladwyr Gwynedd Cyf.", "Uned 4, Stad Ddiwydiannol Cibyn, Caernarfon LL55 2BD"),
    ("Roofing Supplies (Chester) Ltd", "Sealand Road, Chester CH1 4LR"),
    ("Toi a Chrefft Môn", "Ffordd Caergybi, Llangefni LL77 7RP"),
    ("Cardigan Bay Builders Ltd", "Heol y Bont, Aberteifi SA43 1HB"),
]
CY_SLATES = [  # desc, size, lo, hi (price per 1,000 slates, in £, step 4)
    ("Llechi to Glas y Grug / Heather Blue roofing slates", "500 x 250 mm", 3400, 4800),
    ("Llechi to Glas / Blue Grey roofing slates", "400 x 250 mm", 2200, 3300),
    ("Llechi to Glas / Blue Grey roofing slates", "600 x 300 mm", 5200, 7400),
    ("Llechi hanner / Slate-and-a-half", "500 x 375 mm", 6800, 9200),
    ("Llechi to ail ddewis / Second-quality roofing slates", "500 x 250 mm", 1600, 2400),
]

CY_HTML = """<html lang="cy"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} .en{color:#666;font-size:8pt} table.g{width:100%;border-collapse:collapse;margin-top:12px}
table.g th{background:{{ color }};color:#fff;padding:5px;text-align:left} table.g td{padding:5px;border-bottom:1px solid #ddd}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_addr }}, Gwynedd {{ v_pc }}</div><div class="small">Ffôn / Tel. 01766 {{ tel }} · Rhif TAW / VAT No. {{ vat_id }} · Rhif cwmni / Company No. {{ crn }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:20pt;font-weight:bold">ANFONEB</div><div class="en">INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="vertical-align:top;width:50%"><div class="small">Anfoneb i / Invoice to</div><b>{{ b_name }}</b><br>{{ b_addr }}<br><span class="small">Rhif cyfrif / Account No. {{ acct }}</span></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:2px 10px 2px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="g"><tr><th>Disgrifiad<br><span style="font-weight:normal">Description</span></th><th>Maint<br><span style="font-weight:normal">Size</span></th><th class="r">Nifer<br><span style="font-weight:normal">Qty</span></th><th class="r">Pris<br><span style="font-weight:normal">Price</span></th><th class="r">Swm (£)<br><span style="font-weight:normal">Amount (£)</span></th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.s }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:300px">{% for k, v, b in tot %}<tr><td style="padding:3px 10px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ k }}</td><td class="r" style="padding:3px 0{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<p class="small" style="margin-top:16px">Nodyn danfon / Delivery note {{ dn }} · Danfonwyd / Delivered {{ delivered }} · Pris llechi fesul 1,000 / Slate prices per 1,000. Paledi i'w dychwelyd o fewn 3 mis / Pallets returnable within 3 months.</p>
<p class="small">{{ pay }} Banc / Bank: {{ bank }} · Cod didoli / Sort code {{ sort }} · Cyfrif / Account {{ acc_no }}</p>
<p class="small" style="margin-top:18px">Diolch am eich busnes · Thank you for your business</p>
</body></html>"""


@style("04", "gb_wls_anfoneb_llechi_fesul_mil_taw_20")
def s04(rng, i):
    vname, vaddr, vpc, color = CY_V[i]
    bname, baddr = CY_B[i]
    d = rand_date(rng)
    items = []
    for desc, size, lo, hi in rng.sample(CY_SLATES, rng.randint(1, 3)):
        q = D(rng.randint(4, 24) * 250)
        p = D(4 * rng.randint(lo // 4, hi // 4))
        items.append({"desc": desc, "size": size, "qty": q, "price": p, "amount": q2(q * p / 1000), "per": "/ 1,000"})
    pal = D(rng.randint(1, 6))
    pp = exact_price(rng, pal, D("18"), D("35"), D("0.5"))
    items.append({"desc": "Paledi / Pallets", "size": "", "qty": pal, "price": pp, "amount": q2(pal * pp), "per": "yr un / each"})
    if i != 2:
        cp = D(rng.randint(95, 380))
        items.append({"desc": "Cludiant / Carriage", "size": "", "qty": D(1), "price": cp, "amount": cp, "per": "llwyth / load"})
    net = sum(x["amount"] for x in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    vn = valid(rng, lambda: digits(rng, 9, True), gb_vat.is_valid)
    vat_id = f"GB {vn[:3]} {vn[3:7]} {vn[7:]}"
    no = [f"{rng.randint(10000, 19999)}", f"ANF-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}/{rng.randint(100, 999)}", f"INV{rng.randint(3000, 8999)}"][i]
    fd = [cy_date, lambda x: x.strftime("%d/%m/%Y"), cy_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, None, d + dt.timedelta(days=30)][i]
    term = ["", "Taliad o fewn 30 diwrnod / Payment within 30 days", "Taliad wrth archebu / Payment with order", ""][i]
    po = [None, f"PO{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}", None][i]
    po_label = "Rhif archeb / Order No."
    meta = [("Rhif anfoneb / Invoice No.", no), ("Dyddiad / Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Dyddiad dyledus / Due date", fd(due)))
    m = lambda x: en(x)  # noqa: E731
    tot = [("Cyfanswm net / Net total", "£" + m(net), False), ("TAW / VAT 20%", "£" + m(vat), False), ("Cyfanswm / Total", "£" + m(total), True)]
    ctx = dict(
        base=css(margin="15mm 16mm", fs="9.2pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        v_pc=vpc,
        tel=f"{digits(rng, 6)}",
        vat_id=vat_id,
        crn=digits(rng, 8, True),
        b_name=bname,
        b_addr=baddr,
        acct=f"{bname[:3].upper()}{rng.randint(10, 99)}",
        meta=meta,
        items=[{"d": x["desc"], "s": x["size"], "q": en(x["qty"], 0), "p": "£" + m(x["price"]) + " " + x["per"], "a": m(x["amount"])} for x in items],
        tot=tot,
        dn=f"ND{rng.randint(10000, 99999)}",
        delivered=fd(d - dt.timedelta(days=rng.randint(0, 4))),
        pay=(term + "." if term else f"Taliad erbyn / Payment by {fd(due)}."),
        bank=rng.choice(["Banc Barclays, Porthmadog", "HSBC, Bangor", "Lloyds, Caernarfon"]),
        sort=f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
        acc_no=digits(rng, 8),
    )
    notes = (
        "North Wales slate quarry's ANFONEB / INVOICE in Welsh with the English labels beside, in pounds sterling: roofing slates priced per 1,000 slates (the row's amount is the quantity / 1,000 x the price), pallets each and carriage per load, VAT 20 %: vendor = the company name at the top ('Cyf.' = Ltd); vendor_tax_id = 'Rhif TAW / VAT No.' as printed ('GB 123 4567 89'; the company number is a decoy). "
        "invoice_number = 'Rhif anfoneb / Invoice No.'; invoice_date = 'Dyddiad / Date' ("
        + ["Welsh words ('12 Mawrth 2026')", "dd/mm/yyyy", "Welsh words", "dd/mm/yyyy"][i]
        + "); the delivery date and the delivery note are decoys. "
        + due_note(due, term, "Dyddiad dyledus / Due date")
        + po_note(po, po_label)
        + "The account number is no PO. subtotal = 'Cyfanswm net / Net total'; tax = 'TAW / VAT 20%'; total = 'Cyfanswm / Total'. Currency GBP. Amounts '£1,234.50'. Line items: every row (quantity = slates, pallets, loads)."
    )
    t = truth(vname, vat_id, no, po, d, due, "GBP", net, vat, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, vat_id, "Cyfanswm / Total"], (CY_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 05 Iqaluit air cargo (GST 5 %, CAD), landscape, English with syllabics
NU_V = [
    ("Qikiqtani Air Cargo Services Ltd.", "ᕿᑭᖅᑖᓂ", "1085 Mivvik Street, Iqaluit, NU X0A 0H0", "#0c4a6e"),
    ("Nanuk Expediting Inc.", "ᓇᓄᖅ", "Building 1520, Federal Road, Iqaluit, NU X0A 0H0", "#9a3412"),
    ("Arctic Bay Freight Forwarding Ltd.", "ᐃᒃᐱᐊᕐᔪᒃ", "Box 210, Iqaluit, NU X0A 0H0", "#365314"),
    ("Tundra Logistics Nunavut Inc.", "ᓄᓇᕗᑦ", "Box 530, Rankin Inlet, NU X0C 0G0", "#581c87"),
]
NU_B = [
    ("Government of Nunavut – Department of Community and Government Services", "Iqaluit"),
    ("Pangnirtung Co-operative Ltd.", "Pangnirtung"),
    ("Kinngait Arts & Print Shop", "Kinngait"),
    ("Arviat Health Centre", "Arviat"),
]
NU_DEST = [("YFB Iqaluit", "ᐃᖃᓗᐃᑦ"), ("YXP Pangnirtung", "ᐸᖕᓂᖅᑑᖅ"), ("YTE Kinngait", "ᑭᙵᐃᑦ"), ("YEK Arviat", "ᐊᕐᕕᐊᑦ"), ("YGT Igloolik", "ᐃᒡᓗᓕᒃ"), ("YRT Rankin Inlet", "ᑲᖏᖅᖠᓂᖅ")]
NU_ORIG = ["YOW Ottawa", "YUL Montréal", "YWG Winnipeg"]
NU_GOODS = ["Building supplies", "Medical supplies", "Groceries (dry)", "Snowmobile parts", "Office furniture", "Art supplies", "Electrical parts", "Fresh produce (chilled)"]

NU_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:10px}
table.g th{background:{{ color }};color:#fff;padding:4px 5px;text-align:left;font-size:8pt} table.g td{padding:4px 5px;border-bottom:1px solid #ddd;font-size:8.4pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;width:45%"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div style="font-size:11pt;color:{{ color }}">{{ v_syl }}</div><div class="small">{{ v_addr }} · Tel. 867-{{ tel }} · GST Reg. No. {{ bn }}</div></td>
<td style="vertical-align:top;width:30%"><div class="small">BILL TO</div><b>{{ b_name }}</b><br>{{ b_city }}, Nunavut<br><span class="small">Account {{ acct }}</span></td>
<td style="vertical-align:top"><div style="font-size:18pt;font-weight:bold;text-align:right">INVOICE</div><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 8px">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="g"><tr><th>Air waybill</th><th>Flight date</th><th>Origin</th><th>Destination</th><th>Commodity</th><th class="r">Pcs</th><th class="r">Weight (kg)</th><th class="r">Rate / kg</th><th class="r">Charge</th></tr>
{% for it in items %}<tr><td>{{ it.awb }}</td><td>{{ it.fd }}</td><td>{{ it.o }}</td><td>{{ it.dst }} {{ it.syl }}</td><td>{{ it.d }}</td><td class="r">{{ it.pcs }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for k, v in extra %}<tr><td colspan="8">{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top" class="small">{{ term }}Remit to: {{ bank }}. Interest of 2% per month on overdue accounts.<br>ᖁᔭᓐᓇᒦᒃ · Thank you</td>
<td style="vertical-align:top;width:35%"><table style="margin-left:auto;min-width:260px">{% for k, v, b in tot %}<tr><td style="padding:2px 10px{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:2px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""


@style("05", "ca_nu_iqaluit_air_cargo_gst_5_landscape")
def s05(rng, i):
    vname, vsyl, vaddr, color = NU_V[i]
    bname, bcity = NU_B[i]
    d = rand_date(rng)
    n = rng.randint(3, 6)
    items = []
    for _ in range(n):
        w = D(rng.randint(12, 900))
        p = exact_price(rng, w, D("2.10"), D("6.80"), D("0.05"))
        dst, syl = rng.choice(NU_DEST)
        items.append({"desc": rng.choice(NU_GOODS), "qty": w, "price": p, "amount": q2(w * p), "awb": f"{rng.choice(['518', '559', '014'])}-{digits(rng, 4)} {digits(rng, 4)}", "fd": (d - dt.timedelta(days=rng.randint(2, 28))).strftime("%Y-%m-%d"), "o": rng.choice(NU_ORIG), "dst": dst, "syl": syl, "pcs": rng.randint(1, 14)})
    items.sort(key=lambda x: x["fd"])
    freight = sum(x["amount"] for x in items)
    pct = D(rng.choice([14, 16, 18, 21]))
    fuel = q2(freight * pct / 100)
    pcs = sum(x["pcs"] for x in items)
    hand = D(rng.choice(["2.50", "3.00", "3.75"]))
    handling = q2(hand * pcs)
    extras = [{"desc": f"Fuel surcharge {pct}% of freight", "qty": None, "price": None, "amount": fuel, "show_qty": False}, {"desc": f"Handling {pcs} pcs @ ${hand}", "qty": None, "price": None, "amount": handling, "show_qty": False}]
    net = freight + fuel + handling
    gst = q2(net * D("0.05"))
    total = net + gst
    bnr = valid(rng, lambda: digits(rng, 9, True), bn.is_valid)
    bn_f = f"{bnr} RT0001"
    no = [f"{rng.randint(100000, 199999)}", f"NE-{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(1000, 9999)}", f"TL{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%Y-%m-%d"), us_date, lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Terms: Net 30", "", "Terms: Due on receipt"][i]
    po = [f"PO {rng.randint(4500000, 4599999)}", None, None, f"{rng.randint(10000, 99999)}"][i]
    po_label = ["GN P.O. No.", "", "", "Purchase Order"][i]
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Due Date", fd(due)))
    meta.append(("Period", f"{items[0]['fd']} to {items[-1]['fd']}"))
    m = lambda x: "$" + en(x)  # noqa: E731
    tot = [("Subtotal", m(net), False), ("GST 5%", m(gst), False), ("Total (CAD)", m(total), True)]
    ctx = dict(
        base=css(size="A4 landscape", margin="11mm 12mm", fs="8.8pt"),
        color=color,
        v_name=vname,
        v_syl=vsyl,
        v_addr=vaddr,
        tel=f"{digits(rng, 3)}-{digits(rng, 4)}",
        bn=bn_f,
        b_name=bname,
        b_city=bcity,
        acct=f"{rng.randint(1000, 9999)}",
        meta=meta,
        items=[{"awb": x["awb"], "fd": x["fd"], "o": x["o"], "dst": x["dst"], "syl": x["syl"], "d": x["desc"], "pcs": x["pcs"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        extra=[(x["desc"], m(x["amount"])) for x in extras],
        tot=tot,
        term=(term + ". ") if term else "",
        bank=rng.choice(["CIBC Iqaluit", "RBC Iqaluit", "First Nations Bank of Canada, Iqaluit"]) + f", transit {digits(rng, 5)}, account {digits(rng, 7)}",
    )
    notes = (
        "Iqaluit / Rankin Inlet air cargo and expediting company's INVOICE on a landscape page in English with the company's and the communities' names in Inuktitut syllabics beside, in Canadian dollars: one row per air waybill (flight date, origin, destination, pieces, weight, rate per kg), a fuel surcharge in percent of the freight and a handling charge per piece as rows below them, GST 5 % (Nunavut levies no territorial sales tax): vendor = the company name at the top left; vendor_tax_id = 'GST Reg. No.' as printed ('123456789 RT0001'). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["yyyy-mm-dd", "'March 12, 2026'", "mm/dd/yyyy", "dd-Mon-yyyy"][i]
        + "); the flight dates (yyyy-mm-dd) and the period are decoys, the air waybill numbers too. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "The account number is no PO. subtotal = 'Subtotal'; tax = 'GST 5%'; total = 'Total (CAD)'. Currency CAD. Amounts '$1,234.50'. Line items: every waybill row (quantity = the weight in kg) and the fuel surcharge and handling rows (no quantity)."
    )
    t = truth(vname, bn_f, no, po, d, due, "CAD", net, gst, total, items + extras, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, bn_f, "Total (CAD)"], (NU_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)
