"""Chromium (HTML) styles for set 64, first part (01 Nashik GST tax invoice on a fully ruled grid of cells with the
labels above the values, CGST + SGST or IGST rows inside the item table, an HSN summary, a round-off and the amount in
words; 02 Nha Trang hotel folio, Vietnamese with English, charges and payments columns, VAT 8 %, a deposit taken off
and the US-dollar counter-value; 03 Melaka restaurant receipt in Malay on an 80 mm roll with a member discount, a
service charge, service tax 6 % and rounding to five sen)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import in_gstin, in_pan, inr, vi_words, vn_mst
from invoice_kit import css, de, digits, en, in_words, q0, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Nashik (GST 18 %, INR), ruled grid, labels above
NS_V = [
    ("Godavari Precision Engineering Pvt. Ltd.", "Plot No. C-41, MIDC Satpur", "Nashik 422007", "G", "U29299MH2011PTC215634"),
    ("Panchavati Agro Packaging Pvt. Ltd.", "Gat No. 212, Dindori Road, Mhasrul", "Nashik 422004", "P", "U21011MH2016PTC287120"),
    ("Ambad Electricals & Controls LLP", "W-118, MIDC Ambad", "Nashik 422010", "A", None),
    ("Kalaram Offset Printers Pvt. Ltd.", "14, Old Agra Road, Near CBS", "Nashik 422001", "K", "U22110MH2004PTC148876"),
]
NS_B = [  # (name, address lines, state, code)
    ("Deccan Auto Components Ltd.", "Survey No. 88, Chakan Industrial Area, Pune 410501", "Maharashtra", "27"),
    ("Sahyadri Grape Exporters Pvt. Ltd.", "Post Pimpalgaon Baswant, Tal. Niphad, Dist. Nashik 422209", "Maharashtra", "27"),
    ("Vapi Chemical Process Industries Ltd.", "Plot 402, GIDC Phase II, Vapi 396195", "Gujarat", "24"),
    ("Mahatma Phule Shikshan Sanstha", "College Road, Nashik 422005", "Maharashtra", "27"),
]
NS_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, (hsn, subline))
    [("Machined Flange Ø120, EN8", "Nos", 20, 400, 180, 640, ("84879000", "Drg. No. GPE-F-120 Rev C")), ("Gear Blank, 20MnCr5, forged & turned", "Nos", 10, 300, 260, 980, ("84834000", "Heat No. H-23/117")),
     ("Hydraulic Cylinder Rod, hard chrome", "Nos", 5, 80, 1450, 4800, ("84129090", "Ø40 x 650 mm")), ("CNC Machining Job Work", "Hrs", 8, 120, 650, 1100, ("998898", "On customer's material"))],
    [("Corrugated Box 5-ply, 9 kg grape export", "Nos", 500, 6000, 28, 64, ("48191010", "Printed 2 colour, with vent holes")), ("SO2 Grape Guard Pad", "Nos", 500, 8000, 9, 22, ("39219099", "Dual release, 40 x 30 cm")),
     ("Punnet 500 g, PET clear", "Nos", 1000, 12000, 3, 7, ("39231090", "Vented lid")), ("Pallet Corner Board 48\"", "Nos", 100, 1200, 14, 32, ("48239090", "Kraft, 3 mm"))],
    [("MCC Panel 415V, 12 feeders", "Nos", 1, 3, 185000, 460000, ("85371000", "IP54, powder coated RAL 7035")), ("APFC Panel 150 kVAr", "Nos", 1, 2, 98000, 240000, ("85371000", "With detuned reactors")),
     ("Installation & Commissioning", "Job", 1, 1, 18000, 65000, ("995461", "At site, Vapi")), ("Control Cable 4C x 2.5 sq mm", "Mtr", 100, 1500, 62, 145, ("85444999", "Armoured, FRLS"))],
    [("Annual Report printing, 84 pp, A4", "Nos", 200, 2500, 95, 260, ("49111090", "Art paper 130 gsm, perfect binding")), ("Admission Forms, 4 pp", "Nos", 1000, 12000, 4, 11, ("49111090", "Serially numbered")),
     ("Design & Pre-press", "Job", 1, 1, 4500, 18000, ("998912", "Layout, proofs, CTP plates")), ("Letterhead A4, 100 gsm", "Nos", 1000, 10000, 2, 5, ("49111090", "2 colour"))],
]
NS_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td{border:1px solid #000;padding:2px 4px;vertical-align:top}
.lb{font-size:6.8pt} .v{font-weight:bold;font-size:8.2pt} .r{text-align:right;white-space:nowrap} .c{text-align:center}
table.it{width:100%;border-collapse:collapse} table.it td,table.it th{border-left:1px solid #000;border-right:1px solid #000;padding:2px 4px;font-size:8pt;vertical-align:top}
table.it th{border:1px solid #000;font-weight:normal;font-size:7.4pt} table.it tr.tot td{border:1px solid #000;font-weight:bold}
table.hs{width:100%;border-collapse:collapse} table.hs td,table.hs th{border:1px solid #000;padding:2px 4px;font-size:7.4pt;font-weight:normal}
.sub{font-style:italic;font-size:7pt}
</style></head><body>
<table style="width:100%;margin-bottom:2px"><tr><td style="width:70%;font-size:7pt">IRN : {{ irn }}<br>Ack No. : {{ ack }}<br>Ack Date : {{ ackd }}</td>
<td class="r" style="font-size:7pt">{{ qr|safe }}</td></tr></table>
<div class="c" style="font-size:12pt;font-weight:bold">Tax Invoice</div><div class="r" style="font-size:7pt;margin-top:-12px">(ORIGINAL FOR RECIPIENT)</div>
<table class="g" style="margin-top:4px"><tr>
<td rowspan="4" style="width:48%"><span class="v" style="font-size:10pt">{{ vname }}</span><br>{{ va1 }}<br>{{ va2 }}<br>GSTIN/UIN: {{ vid }}<br>State Name : Maharashtra, Code : 27{% if cin %}<br>CIN: {{ cin }}{% endif %}<br>{{ udyam }}<br>E-Mail : {{ mail }}</td>
<td style="width:26%"><div class="lb">Invoice No.</div><div class="v">{{ no }}</div></td><td><div class="lb">Dated</div><div class="v">{{ d }}</div></td></tr>
<tr><td><div class="lb">Delivery Note</div><div class="v">{{ dn }}</div></td><td><div class="lb">Mode/Terms of Payment</div><div class="v">{{ terms }}</div></td></tr>
<tr><td><div class="lb">Reference No. &amp; Date.</div><div class="v">{{ quote }}</div></td><td><div class="lb">Other References</div><div class="v">{{ other }}</div></td></tr>
<tr><td><div class="lb">Buyer's Order No.</div><div class="v">{{ po }}</div></td><td><div class="lb">Dated</div><div class="v">{{ pod }}</div></td></tr>
<tr><td rowspan="3"><div class="lb">Consignee (Ship to)</div><span class="v">{{ bname }}</span><br>{{ baddr }}<br>GSTIN/UIN : {{ bgst }}<br>State Name : {{ bstate }}, Code : {{ bcode }}</td>
<td><div class="lb">Dispatch Doc No.</div><div class="v">{{ ddoc }}</div></td><td><div class="lb">Delivery Note Date</div><div class="v">{{ dnd }}</div></td></tr>
<tr><td><div class="lb">Dispatched through</div><div class="v">{{ via }}</div></td><td><div class="lb">Destination</div><div class="v">{{ dest }}</div></td></tr>
<tr><td><div class="lb">Bill of Lading/LR-RR No.</div><div class="v">{{ lr }}</div></td><td><div class="lb">Motor Vehicle No.</div><div class="v">{{ mv }}</div></td></tr>
<tr><td><div class="lb">Buyer (Bill to)</div><span class="v">{{ bname }}</span><br>{{ baddr }}<br>GSTIN/UIN : {{ bgst }}<br>PAN/IT No : {{ bpan }}<br>State Name : {{ bstate }}, Code : {{ bcode }}</td>
<td colspan="2"><div class="lb">Terms of Delivery</div><div class="v">{{ tod }}</div>{% if eway %}<div class="lb" style="margin-top:4px">e-Way Bill No.</div><div class="v">{{ eway }}</div>{% endif %}</td></tr></table>
<table class="it"><tr><th style="width:5%">Sl<br>No.</th><th>Description of Goods</th><th style="width:10%">HSN/SAC</th><th style="width:11%">Quantity</th><th style="width:10%">Rate</th><th style="width:5%">per</th><th style="width:6%">Disc. %</th><th style="width:14%">Amount</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td><b>{{ it.d }}</b><br><span class="sub">{{ it.s }}</span></td><td>{{ it.h }}</td><td class="r"><b>{{ it.q }} {{ it.u }}</b></td><td class="r">{{ it.p }}</td><td>{{ it.u }}</td><td class="r">{{ it.disc }}</td><td class="r"><b>{{ it.a }}</b></td></tr>{% endfor %}
<tr><td></td><td class="r"></td><td></td><td></td><td></td><td></td><td></td><td class="r" style="border-top:1px solid #000">{{ net }}</td></tr>
{% for t in taxrows %}<tr><td></td><td class="r"><b><i>{{ t.l }}</i></b></td><td></td><td></td><td class="r">{{ t.r }}</td><td>%</td><td></td><td class="r"><b>{{ t.a }}</b></td></tr>{% endfor %}
{% if ro %}<tr><td></td><td class="r"><i>{{ ro_l }}</i></td><td></td><td></td><td></td><td></td><td></td><td class="r">{{ ro }}</td></tr>{% endif %}
<tr style="height:{{ pad }}px"><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr class="tot"><td></td><td class="r">Total</td><td></td><td class="r">{{ qsum }}</td><td></td><td></td><td></td><td class="r">&#8377; {{ total }}</td></tr></table>
<table class="g"><tr><td style="border-top:none">Amount Chargeable (in words)<span style="float:right;font-style:italic">E. &amp; O.E</span><br><b>{{ words }} Only</b></td></tr></table>
<table class="hs"><tr><th rowspan="2">HSN/SAC</th><th rowspan="2">Taxable<br>Value</th>{% for h in heads %}<th colspan="2">{{ h }}</th>{% endfor %}<th rowspan="2">Total<br>Tax Amount</th></tr>
<tr>{% for h in heads %}<th>Rate</th><th>Amount</th>{% endfor %}</tr>
{% for h in hsn %}<tr><td>{{ h.h }}</td><td class="r">{{ h.b }}</td>{% for c in h.cells %}<td class="r">{{ c.r }}%</td><td class="r">{{ c.a }}</td>{% endfor %}<td class="r">{{ h.t }}</td></tr>{% endfor %}
<tr><td class="r"><b>Total</b></td><td class="r"><b>{{ net }}</b></td>{% for c in hsum %}<td></td><td class="r"><b>{{ c }}</b></td>{% endfor %}<td class="r"><b>{{ tax }}</b></td></tr></table>
<table class="g"><tr><td style="border-top:none;width:55%">Tax Amount (in words) : <b>INR {{ taxwords }} Only</b><br><br>Company's PAN : <b>{{ pan }}</b><br><br><u>Declaration</u><br><span style="font-size:7pt">We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. Interest @ 18% p.a. will be charged if payment is not made {{ due_txt }}.</span></td>
<td style="border-top:none">Company's Bank Details<br>Bank Name : <b>{{ bank }}</b><br>A/c No. : <b>{{ acct }}</b><br>Branch &amp; IFS Code : <b>{{ ifsc }}</b><br><br><div class="r">for <b>{{ vname }}</b><br><br><br>Authorised Signatory</div></td></tr></table>
<div class="c" style="font-size:7pt;margin-top:3px">SUBJECT TO NASHIK JURISDICTION<br>This is a Computer Generated Invoice</div>
</body></html>"""


def rupee_words(x):
    """'One Lakh Twenty-Three Thousand ... and Forty-Five paise' in the Indian system, as Tally prints it."""
    x = q2(x)
    w = in_words(int(x))
    cents = int((x - int(x)) * 100)
    return w + (f" and {in_words(cents)} paise" if cents else "")


@style("01", "in_nsk_nashik_gst_tax_invoice_18_ruled_grid_labels_above_words")
def s01(rng, i):
    vname, va1, va2, initial, cin = NS_V[i]
    bname, baddr, bstate, bcode = NS_B[i]
    inter = bcode != "27"
    d = rand_date(rng)
    items = lines(rng, NS_ROWS[i], [3, 4, 2, 3][i], D("0.50") if i != 2 else D("100"))
    if i == 2:  # freight billed as a taxable service row
        fr = D(rng.randint(45, 160) * 100)
        items.append({"desc": "Freight & Forwarding Charges", "unit": "Job", "qty": D(1), "price": fr, "amount": fr, "extra": ("996511", "Nashik to Vapi, full truck load")})
    disc_rows = {0, 2} if i == 0 else set()
    for k, x in enumerate(items):
        x["disc"] = D("5") if k in disc_rows else None
        if x["disc"]:
            x["amount"] = q2(x["qty"] * x["price"] * (100 - x["disc"]) / 100)
    net = sum(x["amount"] for x in items)
    hsn_map = {}  # the tax is figured per HSN/SAC and summed, as the summary prints it
    for x in items:
        hsn_map[x["extra"][0]] = hsn_map.get(x["extra"][0], D(0)) + x["amount"]
    if inter:
        igst = sum(q2(b * D("0.18")) for b in hsn_map.values())
        taxrows = [{"l": "Output IGST @ 18%", "r": "18", "a": inr(igst)}]
        tax = igst
    else:
        cg = sum(q2(b * D("0.09")) for b in hsn_map.values())
        taxrows = [{"l": "Output CGST @ 9%", "r": "9", "a": inr(cg)}, {"l": "Output SGST @ 9%", "r": "9", "a": inr(cg)}]
        tax = cg + cg
    gross = net + tax
    rounded = i in (1, 3)
    total = q0(gross) if rounded else gross
    ro = total - gross
    ro_l = "Less : Round Off" if ro < 0 else "Add : Round Off"
    pan = in_pan(rng, "F" if "LLP" in vname else "C", initial)
    vid = in_gstin(rng, "27", pan)
    bpan = in_pan(rng, "T" if i == 3 else "C", bname[0])
    bgst = in_gstin(rng, bcode, bpan)
    fy = f"{d.year % 100 if d.month > 3 else d.year % 100 - 1:02d}-{(d.year % 100 + 1) if d.month > 3 else d.year % 100:02d}"
    no = [f"GPE/{fy}/{rng.randint(100, 999)}", f"PAP/{rng.randint(1000, 2999)}/{fy}", f"AEC-{fy}-{rng.randint(10, 199):03d}", f"{rng.randint(300, 999)}/{fy}"][i]
    fd = [lambda x: x.strftime("%d-%b-%y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    po = [f"DAC/PO/{rng.randint(40000, 49999)}", f"SGE-{rng.randint(1000, 9999)}", f"4500{rng.randint(100000, 999999)}", None][i]
    pod = d - dt.timedelta(days=rng.randint(6, 40))
    dn = f"DN-{rng.randint(1000, 9999)}"
    dnd = d - dt.timedelta(days=rng.randint(0, 3))
    days = [30, 45, 60, 15][i]
    terms = [f"{days} Days", f"{days} Days Credit", "50% Advance, Bal. 60 Days", "Against Bill"][i]
    hsn = []
    for h, b in hsn_map.items():
        cells = [{"r": "18", "a": inr(q2(b * D("0.18")))}] if inter else [{"r": "9", "a": inr(q2(b * D("0.09")))}] * 2
        hsn.append({"h": h, "b": inr(b), "cells": cells, "t": inr(q2(b * D("0.18")) if inter else 2 * q2(b * D("0.09")))})
    hsum = [inr(tax)] if inter else [inr(tax / 2), inr(tax / 2)]
    eway = digits(rng, 12, True) if net > 50000 else None
    words = ("Indian Rupees " if i % 2 == 0 else "INR ") + rupee_words(total)
    taxwords = rupee_words(tax)
    bank, ifsc, branch = rng.choice([("HDFC Bank Ltd.", "HDFC", "College Road, Nashik"), ("Bank of Maharashtra", "MAHB", "Satpur MIDC"), ("Saraswat Co-op. Bank Ltd.", "SRCB", "Gangapur Road"), ("State Bank of India", "SBIN", "Nashik Road")])
    irn = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    ack = "1" + digits(rng, 14)
    ctx = dict(
        qr=qr_svg(rng, 22), irn=irn, ack=ack, ackd=d.strftime("%d-%b-%y"), vname=vname, va1=va1, va2=va2, vid=vid, cin=cin,
        udyam=f"UDYAM-MH-20-{digits(rng, 7)}", mail=["accounts@godavariprecision.in", "sales@panchavatipack.com", "ambadcontrols@gmail.com", "kalaramoffset@rediffmail.com"][i],
        no=no, d=fd(d), dn=dn, terms=terms, quote=f"QTN/{rng.randint(100, 999)} dt. {fd(pod - dt.timedelta(days=9))}", other=["Job Card JC-" + digits(rng, 4), "Season 2025-26", "Site: Vapi", "—"][i],
        po=po or "Verbal", pod=fd(pod) if po else "", bname=bname, baddr=baddr, bgst=bgst, bstate=bstate, bcode=bcode, bpan=bpan,
        ddoc=f"{dn}", dnd=fd(dnd), via=rng.choice(["V-Trans (India) Ltd.", "Own Vehicle", "Safexpress", "Gati Ltd."]), dest=["Chakan, Pune", "Pimpalgaon Baswant", "Vapi (Gujarat)", "Nashik"][i],
        lr=f"LR {rng.randint(100000, 999999)}", mv=f"MH 15 {rng.choice(['GT', 'FV', 'HH', 'EG'])} {rng.randint(1000, 9999)}",
        tod="Ex-Works Nashik" if i != 2 else "Door Delivery, Freight Extra", eway=eway,
        items=[{"d": x["desc"], "s": x["extra"][1], "h": x["extra"][0], "q": inr(x["qty"], 0) if x["qty"] >= 1000 else qstr(x["qty"]), "u": x["unit"], "p": inr(x["price"]), "disc": f"{x['disc']} %" if x["disc"] else "", "a": inr(x["amount"])} for x in items],
        net=inr(net), taxrows=taxrows, ro=(("(-)" if ro < 0 else "") + inr(abs(ro))) if ro else None, ro_l=ro_l, pad=max(10, 150 - 34 * len(items)),
        qsum=inr(sum(x["qty"] for x in items), 0) + " " + items[0]["unit"] if len({x["unit"] for x in items}) == 1 else "", total=inr(total), words=words,
        heads=["IGST"] if inter else ["Central Tax", "State Tax"], hsn=hsn, hsum=hsum, tax=inr(tax), taxwords=taxwords, pan=pan,
        due_txt=f"within {days} days" if i != 3 else "on presentation", bank=bank, acct=digits(rng, 14, True), ifsc=f"{branch} & {ifsc}0{digits(rng, 6)}",
    )
    notes = (
        "Nashik (Maharashtra, India) GST TAX INVOICE in the Tally layout: every fact in a ruled cell with its LABEL ABOVE the value, Indian grouping '1,23,456.00', "
        + ("IGST 18 % (inter-state, buyer in Gujarat, state code 24)" if inter else "CGST 9 % + SGST 9 % (intra-state)")
        + " as rows inside the item table, an HSN/SAC tax summary, the amount and the tax in words: vendor = the name in the top left cell; "
        "vendor_tax_id = the seller's 'GSTIN/UIN' (27 + PAN + 1Z + check; the buyer's GSTIN twice, the company's PAN, the buyer's PAN, the CIN, the Udyam number, the IRN, the Ack No., the e-Way Bill, the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Dated' beside it (the Buyer's Order 'Dated', the Delivery Note Date, the quotation's date and the Ack Date are decoys). "
        + due_note(None, terms, "")
        + po_note(po, "Buyer's Order No.")
        + ("(Buyer's Order No. prints 'Verbal': no PO) " if not po else "")
        + "subtotal = the sum row above the tax rows (also 'Taxable Value' Total of the HSN summary); tax = 'Total Tax Amount' Total"
        + (" (CGST and SGST, each also printed)" if not inter else "")
        + "; total = 'Total' (₹)"
        + (f" after a printed round off of {ro} (total_adjustment)" if ro else "")
        + ". Currency INR. Line items: the goods rows (amounts after their discount % where printed), not the tax rows."
    )
    t = truth(vname, vid, no, po, d, None, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bgst, pan, fd(dnd), words, "Amount Chargeable (in words)"], "total_adjustment": str(ro)}
    return t, chk, (NS_HTML.replace("@@BASE@@", css(margin="9mm", fs="8pt", font="'Liberation Sans',sans-serif")), ctx)


# =========================================================================== 02 Nha Trang (GTGT 8 %, VND), hotel folio, deposit, USD
NT_V = [
    ("CÔNG TY TNHH KHÁCH SẠN BIỂN XANH NHA TRANG", "Khách sạn Biển Xanh", "86 Trần Phú, phường Lộc Thọ, TP. Nha Trang, tỉnh Khánh Hòa", "#0e5a8a"),
    ("CÔNG TY CỔ PHẦN DU LỊCH HÒN TRE", "Hon Tre Bay Resort", "Đường Phạm Văn Đồng, phường Vĩnh Hòa, TP. Nha Trang, tỉnh Khánh Hòa", "#8a5a0e"),
    ("CÔNG TY TNHH MTV KHÁCH SẠN TRẦM HƯƠNG", "Tram Huong Boutique Hotel", "24 Nguyễn Thiện Thuật, phường Lộc Thọ, TP. Nha Trang, tỉnh Khánh Hòa", "#3b6e2e"),
    ("CÔNG TY CỔ PHẦN KHÁCH SẠN VỊNH NGỌC", "Pearl Bay Hotel Nha Trang", "12 Biệt Thự, phường Lộc Thọ, TP. Nha Trang, tỉnh Khánh Hòa", "#6b2e6e"),
]
NT_GUESTS = [("Mr. Lee Joon-ho", "CÔNG TY TNHH DU LỊCH SAO MAI", "123 Lê Lợi, Quận 1, TP. Hồ Chí Minh"), ("Ms. Anna Petrova", None, None),
             ("Ông Nguyễn Văn Hải", "CÔNG TY CP XÂY DỰNG MIỀN TRUNG", "45 Hùng Vương, TP. Đà Lạt"), ("Mr. Daniel Kowalski", None, None)]
NT_ROOMS = [("Deluxe Ocean View", 1450000, 2650000), ("Premier Bay View", 2100000, 3900000), ("Superior City View", 780000, 1350000), ("Family Suite", 2900000, 4800000)]
NT_EXTRAS = [("Minibar / Đồ uống minibar", "lần", 1, 3, 45000, 380000), ("Giặt ủi / Laundry", "lần", 1, 2, 60000, 240000),
             ("Nhà hàng Hải Sản / Seafood restaurant", "lần", 1, 2, 380000, 1850000), ("Spa – massage 60'", "lượt", 1, 3, 450000, 890000),
             ("Tour 4 đảo / Island tour", "khách", 1, 4, 350000, 650000), ("Xe đưa đón sân bay Cam Ranh / Airport transfer", "chuyến", 1, 2, 350000, 550000)]
NT_HTML = """<html lang="vi"><head><meta charset="utf-8"><style>@@BASE@@
.hd{color:{{ color }}} .lab{color:#555} table.kv td{padding:1px 6px 1px 0;font-size:8.6pt} table.f{width:100%;border-collapse:collapse;margin-top:10px}
table.f th{border-top:2px solid {{ color }};border-bottom:1px solid {{ color }};font-size:7.6pt;padding:4px;text-align:left;color:{{ color }}} table.f th.r{text-align:right} table.f td{padding:3px 4px;font-size:8.4pt;border-bottom:1px dotted #bbb}
.r{text-align:right;white-space:nowrap} table.s td{padding:2px 6px;font-size:9pt}
</style></head><body>
<div style="text-align:center"><div class="hd" style="font-family:'DejaVu Serif',serif;font-size:19pt;letter-spacing:2px">{{ brand }}</div>
<div style="font-size:7.8pt">{{ legal }}<br>{{ addr }} · ĐT: (0258) {{ tel }}<br>Mã số thuế (Tax code): <b>{{ vid }}</b> · Tài khoản: {{ bank }}</div></div>
<div style="text-align:center;margin-top:10px;font-size:14pt;font-weight:bold" class="hd">HÓA ĐƠN THANH TOÁN<br><span style="font-size:10pt;font-weight:normal">GUEST FOLIO / INVOICE</span></div>
<div style="text-align:center;font-size:8.6pt;margin-top:2px"><i>{{ dlong }}</i></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%">
<table class="kv"><tr><td class="lab">Khách hàng (Guest):</td><td><b>{{ guest }}</b></td></tr>
{% if company %}<tr><td class="lab">Đơn vị (Company):</td><td>{{ company }}</td></tr><tr><td class="lab">Địa chỉ (Address):</td><td>{{ caddr }}</td></tr><tr><td class="lab">MST đơn vị (Company tax code):</td><td>{{ cmst }}</td></tr>{% endif %}
<tr><td class="lab">Quốc tịch (Nationality):</td><td>{{ nat }}</td></tr><tr><td class="lab">Số xác nhận (Conf. No.):</td><td>{{ conf }}</td></tr></table></td>
<td><table class="kv"><tr><td class="lab">Số hóa đơn (Invoice No.):</td><td><b>{{ no }}</b></td></tr><tr><td class="lab">Số folio (Folio No.):</td><td>{{ folio }}</td></tr>
<tr><td class="lab">Phòng (Room):</td><td>{{ room }} – {{ rtype }}</td></tr><tr><td class="lab">Ngày đến (Arrival):</td><td>{{ arr }}</td></tr><tr><td class="lab">Ngày đi (Departure):</td><td>{{ dep }}</td></tr>
<tr><td class="lab">Số khách (Pax):</td><td>{{ pax }}</td></tr><tr><td class="lab">Thu ngân (Cashier):</td><td>{{ cashier }}</td></tr></table></td></tr></table>
<table class="f"><tr><th>Ngày<br>Date</th><th>Diễn giải<br>Description</th><th class="r">SL<br>Qty</th><th class="r">Đơn giá<br>Unit price</th><th class="r">Phát sinh<br>Charges</th><th class="r">Thanh toán<br>Payments</th></tr>
{% for it in rows %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.pay }}</td></tr>{% endfor %}
</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:46%;font-size:7.8pt;color:#444;vertical-align:top">Giá phòng chưa bao gồm {% if sc %}phí phục vụ 5% và {% endif %}thuế GTGT 8%.<br>Room rates exclude {% if sc %}5% service charge and {% endif %}VAT 8%.<br><br>Tỷ giá (Exchange rate): 1 USD = {{ fx }} VND<br>Quy đổi (Equivalent): <b>USD {{ usd }}</b><br><br>Hóa đơn điện tử GTGT sẽ được xuất theo thông tin trên.<br>Ký hiệu: {{ series }} · Mã tra cứu: {{ lookup }}</td>
<td><table class="s" style="margin-left:auto">{% if sc %}<tr><td>Cộng tiền dịch vụ (Charges):</td><td class="r">{{ charges }}</td></tr><tr><td>Phí phục vụ 5% (Service charge):</td><td class="r">{{ sc }}</td></tr>{% endif %}<tr><td>{{ net_l }}:</td><td class="r">{{ net }}</td></tr>
<tr><td>Thuế GTGT (VAT) 8%:</td><td class="r">{{ tax }}</td></tr>
<tr><td style="font-weight:bold;border-top:1px solid #000">Tổng cộng thanh toán (Total):</td><td class="r" style="font-weight:bold;border-top:1px solid #000">{{ total }} VND</td></tr>
{% if dep_amt %}<tr><td>Trừ tiền đặt cọc (Less deposit):</td><td class="r">-{{ dep_amt }}</td></tr><tr><td><b>Còn phải trả (Balance due):</b></td><td class="r"><b>{{ bal }} VND</b></td></tr>{% endif %}
</table></td></tr></table>
<div style="margin-top:8px;font-size:8.6pt">Số tiền viết bằng chữ (Amount in words): <i>{{ words }}</i></div>
<table style="width:100%;margin-top:30px;font-size:8.4pt;text-align:center"><tr><td>Chữ ký khách hàng<br>(Guest signature)</td><td>Thu ngân<br>(Cashier)</td></tr></table>
<div style="position:absolute;bottom:0;width:100%;text-align:center;font-size:7pt;color:#777">Cảm ơn Quý khách – Thank you for staying with us · Trang 1/1</div>
</body></html>"""


@style("02", "vn_nht_nha_trang_hotel_folio_gtgt_8_deposit_usd_words")
def s02(rng, i):
    legal, brand, addr, color = NT_V[i]
    guest, company, caddr = NT_GUESTS[i]
    rtype, rlo, rhi = NT_ROOMS[i]
    arr = rand_date(rng, dt.date(2025, 1, 6), dt.date(2026, 11, 10))
    nights = rng.randint(2, 5)
    dep = arr + dt.timedelta(days=nights)
    rate = D(rng.randint(rlo // 10000, rhi // 10000) * 10000)
    items = [{"desc": f"Tiền phòng / Room charge – {rtype}", "qty": D(1), "price": rate, "amount": rate, "dt": arr + dt.timedelta(days=k)} for k in range(nights)]
    extras = lines(rng, [(a, b, c, e, f, g) for a, b, c, e, f, g in NT_EXTRAS], rng.randint(1, 3), D("1000"))
    for x in extras:
        x["dt"] = arr + dt.timedelta(days=rng.randint(0, nights - 1))
    items = sorted(items + extras, key=lambda x: x["dt"])
    charges = sum(x["amount"] for x in items)
    sc = q0(charges * D("0.05")) if i in (1, 3) else D(0)
    net = charges + sc
    net_l = "Cộng tiền trước thuế (Sub-total before VAT)" if sc else "Cộng tiền dịch vụ (Sub-total)"
    tax = q0(net * D("0.08"))
    total = net + tax
    deposit = D(rng.randint(10, 30) * 100000) if i in (0, 2) else None
    fx = D(rng.randint(25150, 26450))
    usd = q2(total / fx)
    vid = vn_mst(rng, branch=i == 2, prefix="42")
    cmst = vn_mst(rng, prefix=["03", None, "58", None][i]) if company else None
    no = [f"{rng.randint(1, 9999):07d}", f"HT{dep.strftime('%y')}-{rng.randint(10000, 99999)}", f"{rng.randint(1, 99999):08d}", f"PB/{dep.year}/{rng.randint(1000, 9999)}"][i]
    d = dep
    dlong = f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    rows = []
    if deposit:
        rows.append({"dt": fd(arr - dt.timedelta(days=rng.randint(3, 20))), "d": "Tiền đặt cọc / Advance deposit (chuyển khoản)", "q": "", "p": "", "a": "", "pay": de(deposit, 0)})
    rows += [{"dt": fd(x["dt"]), "d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"], 0), "a": de(x["amount"], 0), "pay": ""} for x in items]
    w = vi_words(total)
    words = w[0].upper() + w[1:] + " đồng."
    ctx = dict(
        color=color, brand=brand, legal=legal, addr=addr, tel=f"{rng.randint(3500000, 3899999)}", vid=vid,
        bank=f"{digits(rng, 13, True)} – {rng.choice(['Vietcombank', 'BIDV', 'VietinBank', 'Techcombank'])} CN Khánh Hòa",
        dlong=dlong, guest=guest, company=company, caddr=caddr, cmst=cmst, nat=["Hàn Quốc / Korea", "Nga / Russia", "Việt Nam", "Ba Lan / Poland"][i],
        conf=f"{rng.randint(10000000, 99999999)}", no=no, folio=f"F{rng.randint(100000, 999999)}", room=f"{rng.randint(2, 14)}{rng.randint(1, 30):02d}", rtype=rtype,
        arr=fd(arr), dep=fd(dep), pax=rng.randint(1, 4), cashier=rng.choice(["Trần Thị Mai", "Lê Quốc Bảo", "Phạm Ngọc Ánh", "Võ Minh Tâm"]),
        rows=rows, fx=en(fx, 0), usd=en(usd), series=f"1C{d.strftime('%y')}T{rng.choice(['NT', 'HT', 'KH'])}{rng.choice('ABCDEF')}", lookup="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        charges=de(charges, 0), sc=de(sc, 0) if sc else None, net_l=net_l, net=de(net, 0), tax=de(tax, 0), total=de(total, 0), dep_amt=de(deposit, 0) if deposit else None, bal=de(total - deposit, 0) if deposit else None, words=words,
    )
    notes = (
        "Nha Trang (Khánh Hòa, Vietnam) hotel GUEST FOLIO / HÓA ĐƠN THANH TOÁN in Vietnamese with English glosses, the facts as LABEL: value pairs BESIDE each other in two blocks, "
        "a folio table with Charges and Payments columns, VAT (thuế GTGT) 8 % on the sub-total, whole dong '1.234.567', the amount in Vietnamese words, the US-dollar equivalent: "
        "vendor = the legal name (CÔNG TY ...) under the hotel's brand; vendor_tax_id = 'Mã số thuế (Tax code)' under the address"
        + (" (with its branch suffix -001)" if i == 2 else "")
        + " (the guest company's 'MST đơn vị', the bank account, the e-invoice series 'Ký hiệu' and 'Mã tra cứu' are decoys). "
        "invoice_number = 'Số hóa đơn (Invoice No.)' (the 'Số folio', 'Số xác nhận' and the room number are decoys); invoice_date = the line 'Ngày .. tháng .. năm ..' under the title, which is the departure date (the arrival date and the charge dates are decoys). "
        + due_note(None, None, "")
        + f"No PO. subtotal = '{net_l}'"
        + (" (the charges plus the 'Phí phục vụ 5%' service charge, a line_adjustment outside the rows; 'Cộng tiền dịch vụ (Charges)' is a decoy)" if sc else "")
        + "; tax = 'Thuế GTGT (VAT) 8%'; total = 'Tổng cộng thanh toán (Total)'"
        + (" (the deposit in the Payments column, taken off below as 'Trừ tiền đặt cọc', and the 'Còn phải trả' balance are decoys)" if deposit else "")
        + "; the USD equivalent is a decoy. Currency VND. Line items: every charge row (room nights one row each with quantity 1), not the deposit in the Payments column."
    )
    t = truth(legal, vid, no, None, d, None, "VND", net, tax, total, items, notes)
    chk = {"printed": [dlong, no, legal, vid, fd(arr), cmst, en(usd), words, de(total - deposit, 0) if deposit else None], "line_adjustment": str(sc)}
    return t, chk, (NT_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Melaka (cukai perkhidmatan 6 %, MYR), 80 mm roll
ML_V = [
    ("Restoran Nyonya Jonker Sdn. Bhd.", "NYONYA JONKER", "No. 48, Jalan Hang Jebat, 75200 Melaka", "202101023415 (1420876-H)"),
    ("Kedai Kopi Bandar Hilir Enterprise Sdn. Bhd.", "KOPITIAM BANDAR HILIR", "12, Jalan Merdeka, Taman Melaka Raya, 75000 Melaka", "201901034567 (1344210-K)"),
    ("Asam Pedas Klebang Sdn. Bhd.", "ASAM PEDAS KLEBANG", "Lot 221, Jalan Klebang Besar, 75200 Melaka", "202201009812 (1456901-A)"),
    ("Satay Celup Bukit Baru Sdn. Bhd.", "SATAY CELUP BUKIT BARU", "No. 3, Jalan Bukit Baru, 75150 Melaka", "201801041290 (1302277-P)"),
]
ML_ITEMS = [
    [("Ayam Pongteh", "1", 1, 2, 18, 26), ("Itik Tim", "1", 1, 2, 22, 32), ("Laksa Nyonya", "1", 1, 4, 12, 16), ("Cendol Durian", "1", 1, 4, 8, 12), ("Nasi Putih", "1", 2, 6, 2, 3), ("Sambal Udang Petai", "1", 1, 2, 24, 36), ("Teh O Ais Limau", "1", 1, 4, 4, 6)],
    [("Roti Bakar Kaya", "1", 1, 4, 4, 6), ("Telur Separuh Masak", "1", 1, 4, 3, 4), ("Kopi O Panas", "1", 1, 4, 2, 4), ("Mee Goreng Mamak", "1", 1, 3, 8, 11), ("Nasi Lemak Ayam", "1", 1, 3, 10, 14), ("Milo Ais", "1", 1, 4, 4, 6)],
    [("Asam Pedas Ikan Pari", "1", 1, 2, 28, 45), ("Asam Pedas Ikan Tenggiri", "1", 1, 2, 24, 38), ("Nasi Putih", "1", 2, 6, 2, 3), ("Sayur Kangkung Belacan", "1", 1, 2, 9, 14), ("Telur Dadar", "1", 1, 2, 5, 7), ("Air Sirap Bandung", "1", 1, 4, 4, 6)],
    [("Satay Celup (per cucuk)", "1", 20, 80, 1, 2), ("Kuah Kacang Periuk", "1", 1, 2, 6, 10), ("Roti Bakar", "1", 1, 3, 3, 5), ("Air Mata Kucing", "1", 1, 4, 4, 6), ("Cendol", "1", 1, 4, 5, 7)],
]
ML_HTML = """<html lang="ms"><head><meta charset="utf-8"><style>@@BASE@@
body{width:72mm;margin:0 auto} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:none;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0.5px 0;font-size:8.2pt} .big{font-size:11pt;font-weight:bold}
</style></head><body>
<div class="c" style="font-size:12pt;font-weight:bold;letter-spacing:1px">{{ brand }}</div>
<div class="c" style="font-size:7.6pt">{{ legal }}<br>({{ ssm }})<br>{{ addr }}<br>Tel: 06-{{ tel }}<br>No. Pendaftaran SST: {{ vid }}</div>
<hr><div class="c" style="font-weight:bold">RESIT / INVOIS</div>
<table><tr><td>No. Resit</td><td class="r">{{ no }}</td></tr><tr><td>Tarikh</td><td class="r">{{ d }} {{ tm }}</td></tr>
<tr><td>Meja / Pax</td><td class="r">{{ tbl }} / {{ pax }}</td></tr><tr><td>Juruwang</td><td class="r">{{ cashier }}</td></tr><tr><td>Terminal</td><td class="r">POS{{ pos }} · Pesanan #{{ order }}</td></tr></table><hr>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% if disc %}<tr><td>{{ disc_l }}</td><td class="r">{{ disc }}</td></tr>{% endif %}</table><hr>
<table><tr><td>Jumlah Kecil</td><td class="r">{{ sub1 }}</td></tr>
{% if sc %}<tr><td>Caj Perkhidmatan 10%</td><td class="r">{{ sc }}</td></tr>{% endif %}
<tr><td>Jumlah Sebelum Cukai</td><td class="r">{{ net }}</td></tr>
<tr><td>Cukai Perkhidmatan 6%</td><td class="r">{{ tax }}</td></tr>
{% if rnd %}<tr><td>Pelarasan Bundar</td><td class="r">{{ rnd }}</td></tr>{% endif %}</table><hr>
<table><tr><td class="big">JUMLAH (RM)</td><td class="r big">{{ total }}</td></tr>
<tr><td>{{ pay_l }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Baki</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
{% if member %}<div style="font-size:7.6pt">Ahli: {{ member }} · Mata ganjaran terkumpul: {{ points }}</div><hr>{% endif %}
<div class="c" style="font-size:7.4pt">Harga dalam Ringgit Malaysia (RM).<br>Cukai Perkhidmatan 6% dikenakan ke atas makanan &amp; minuman.<br>Untuk e-Invois, imbas kod QR dalam tempoh 72 jam.</div>
<div class="c">{{ qr|safe }}</div>
<div class="c" style="font-size:7.4pt">Terima kasih, sila datang lagi!<br>Wi-Fi: {{ wifi }}</div>
</body></html>"""


@style("03", "my_mlk_melaka_resit_till_80mm_service_tax_6_discount_rounding")
def s03(rng, i):
    legal, brand, addr, ssm = ML_V[i]
    d = rand_date(rng)
    items = lines(rng, ML_ITEMS[i], rng.randint(4, min(6, len(ML_ITEMS[i]))), D("0.10"))
    disc = -q2(sum(x["amount"] for x in items) * D("0.10")) if i in (0, 2) else None
    disc_l = "Diskaun Ahli 10%" if i == 0 else "Diskaun Warga Emas 10%"
    sub1 = sum(x["amount"] for x in items) + (disc or 0)
    sc = q2(sub1 * D("0.10")) if i in (0, 3) else None
    net = sub1 + (sc or 0)
    tax = q2(net * D("0.06"))
    raw = net + tax
    cash = i != 1  # cash is rounded to five sen; a card pays to the sen
    total = q2((raw * 20).quantize(D("1"), rounding="ROUND_HALF_UP") / 20) if cash else raw
    rnd = total - raw
    truth_items = list(items)
    if disc:
        truth_items.append({"desc": disc_l, "qty": None, "price": None, "amount": disc})
    paid = q2(D(((int(total) // 10) + 1) * 10)) if cash else total
    vid = f"{rng.choice(['M10', 'J31', 'M11'])}-{rng.choice(['1808', '1809', '1904'])}-{rng.randint(32000000, 32999999)}"
    no = [f"A01-{rng.randint(10000, 99999):06d}", f"KBH{d.strftime('%y%m%d')}-{rng.randint(100, 999)}", f"{rng.randint(100000, 999999)}", f"BB-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    ctx = dict(
        brand=brand, legal=legal, ssm=ssm, addr=addr, tel=f"{rng.randint(200, 399)} {rng.randint(1000, 9999)}", vid=vid, no=no, d=fd(d),
        tm=f"{rng.randint(11, 21):02d}:{rng.randint(0, 59):02d}", tbl=rng.randint(1, 24), pax=rng.randint(1, 6), cashier=rng.choice(["Siti", "Ah Hock", "Kavitha", "Farid"]),
        pos=rng.randint(1, 3), order=rng.randint(100, 999),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        disc=en(disc) if disc else None, disc_l=disc_l, sub1=en(sub1), sc=en(sc) if sc else None, net=en(net), tax=en(tax), rnd=en(rnd) if cash else None, total=en(total),
        pay_l="Tunai" if cash else "Kad Debit (DuitNow QR)" if i == 1 else "Kad Kredit", paid=en(paid), change=en(paid - total) if cash else None,
        member=f"60{rng.randint(10, 19)}-{rng.randint(1000000, 9999999)}" if i == 0 else None, points=rng.randint(50, 900), qr=qr_svg(rng, 20), wifi=f"{brand.split()[0].title()}_Guest",
    )
    notes = (
        "Melaka (Malaysia) restaurant RESIT / INVOIS in Malay on an 80 mm TILL ROLL: the trading name over the legal name (Sdn. Bhd.) and the SSM number, "
        "items as 'qty x price' under each name, 'Cukai Perkhidmatan 6%' (service tax on food and drink) and rounding to five sen ('Pelarasan Bundar'): "
        "vendor = the legal name (Sdn. Bhd.) under the trading name; vendor_tax_id = 'No. Pendaftaran SST' (the SSM company number, the member number are decoys). "
        "invoice_number = 'No. Resit' (the terminal, the order number and the table are decoys); invoice_date = 'Tarikh' (with the time). "
        + due_note(None, None, "")
        + "No PO. subtotal = 'Jumlah Sebelum Cukai'"
        + (" (the item rows, the discount row and the 'Caj Perkhidmatan 10%' service charge, which is a line_adjustment outside the items; 'Jumlah Kecil' is a decoy)" if sc else " ('Jumlah Kecil' prints the same)")
        + "; tax = 'Cukai Perkhidmatan 6%'; total = 'JUMLAH (RM)'"
        + (" after the rounding to five sen (total_adjustment); the cash given and 'Baki' (change) are decoys" if cash else " (paid by card: no rounding row)")
        + ". Currency MYR ('RM'). "
        "Line items: every item row" + (" and the discount row (negative, no quantity)" if disc else "") + "."
    )
    t = truth(legal, vid, no, None, d, None, "MYR", net, tax, total, truth_items, notes)
    chk = {"printed": [fd(d), no, legal, vid, "JUMLAH (RM)", disc_l if disc else None, en(paid - total) if cash else None], "total_adjustment": str(rnd), "line_adjustment": str(sc or 0)}
    return t, chk, (ML_HTML.replace("@@BASE@@", css(size="80mm 215mm", margin="4mm", fs="8.2pt", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif")), ctx)
