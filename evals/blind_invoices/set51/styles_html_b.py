"""Chromium (HTML) styles for set 51, second part (04 Tauranga TAX INVOICE in English, GST 15 %, the facts as a label at
a line's END with the value on the NEXT line, one of the four a CREDIT NOTE; 05 Bacolod SALES INVOICE in English on a
FULLY RULED form, VAT 12 % included in the prices, VATable / exempt / zero-rated boxes, pesos)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from common import long_date, nz_ird, nz_ird_fmt
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Tauranga (GST 15 %, NZD)
TG_V = [
    ("Bay of Plenty Orchard Services Limited", "412 No. 3 Road, Te Puke 3119"),
    ("Sulphur Point Marine Engineering Limited", "27 Hull Road, Mount Maunganui, Tauranga 3116"),
    ("Kaimai Plumbing & Gas Limited", "9 Jellicoe Street, Greerton, Tauranga 3112"),
    ("Mount Coastal Catering Company Limited", "141 Maunganui Road, Mount Maunganui 3116"),
]
TG_B = ["Seeka Packhouse Operations Ltd, Paengaroa", "Pacific Harbour Towage Ltd, Tauranga", "Bethlehem Heights Body Corporate 41227", "Tauranga Boys' College Old Collegians Association"]
TG_ROWS = [
    [("Canopy pruning (gold kiwifruit), per canopy hectare", "ha", 1, 20, "1850.00", "2900.00"), ("Girdling labour, hour", "hr", 10, 200, "31.50", "38.00"), ("Bee hive placement, hive", "hive", 20, 300, "155.00", "210.00"), ("Hail netting repair", "hr", 4, 40, "45.00", "62.00")],
    [("Shaft seal replacement, tug Te Kahu", "job", 1, 1, "4200.00", "9800.00"), ("Fitter / welder, hour", "hr", 8, 80, "98.00", "128.00"), ("Stainless fasteners kit", "kit", 1, 6, "145.00", "390.00"), ("Travel Sulphur Point", "trip", 1, 6, "65.00", "95.00")],
    [("Hot water cylinder 180 L supply & install", "ea", 1, 2, "2350.00", "3100.00"), ("Plumber, hour", "hr", 2, 16, "98.00", "135.00"), ("Gas compliance certificate", "ea", 1, 1, "140.00", "195.00"), ("Fittings & sundries", "lot", 1, 1, "45.00", "180.00")],
    [("Canapé package, per guest", "guest", 30, 180, "28.50", "42.00"), ("Wait staff, hour", "hr", 6, 40, "48.00", "58.00"), ("Glassware hire", "lot", 1, 2, "120.00", "260.00"), ("Delivery & set-up", "trip", 1, 1, "85.00", "150.00")],
]
TG_HTML = """<html lang="en-NZ"><head><meta charset="utf-8"><style>@@BASE@@
.lab{color:#555;font-size:7.4pt;text-align:right;border-bottom:1px dotted #aaa} .val{font-weight:bold;font-size:9pt;margin-bottom:5px;text-align:right}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};font-size:7.4pt;text-align:left;padding:4px} table.it td{padding:4px;font-size:8pt;border-bottom:1px solid #eee}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;width:58%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:7.8pt">{{ vaddr }}<br>Phone 07 {{ tel }} · NZBN {{ nzbn }}</div>
<div style="margin-top:16px;font-size:8pt"><span style="color:#555">To</span><br><b>{{ bname }}</b>{% if bgst %}<br>Customer GST No. {{ bgst }}{% endif %}</div>
<div style="margin-top:16px;font-size:20pt;font-weight:bold;letter-spacing:1px">{{ title }}</div></td>
<td style="vertical-align:top">{% for k, v in heads %}<div class="lab">{{ k }}</div><div class="val">{{ v }}</div>{% endfor %}</td></tr></table>
{% if ref %}<div style="font-size:8pt;margin-top:6px">{{ ref }}</div>{% endif %}
<table class="it"><tr><th>Description</th><th class="r">Quantity</th><th class="r">Unit Price</th><th class="r">GST</th><th class="r">Amount NZD</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">15%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt"><tr><td style="padding:2px 10px">Subtotal</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">TOTAL GST 15%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 10px;border-top:2px solid #000">{{ tot_lbl }}</td><td class="r" style="border-top:2px solid #000">{{ total }}</td></tr></table>
<div style="margin-top:30px;border-top:1px dashed #999;padding-top:6px;font-size:7.8pt">{{ pay|safe }}</div>
</body></html>"""


@style("04", "nz_tga_tauranga_tax_invoice_gst_15_credit_note")
def s04(rng, i):
    vname, vaddr = TG_V[i]
    d = rand_date(rng)
    credit = i == 3
    items = lines(rng, TG_ROWS[i], [4, 3, 4, 2][i], D("0.50"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    gst = nz_ird_fmt(nz_ird(rng))
    bgst = nz_ird_fmt(nz_ird(rng)) if i in (0, 1) else None
    no = [f"INV-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"KPG{rng.randint(1000, 9999)}", f"CN-{rng.randint(100, 999)}"][i]
    fd = [lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: long_date(x, "en")][i]
    due = None if credit else (d.replace(day=20) + dt.timedelta(days=31)).replace(day=20) if i in (0, 2) else d + dt.timedelta(days=14)
    po = [None, f"PO {rng.randint(10000, 99999)}", None, None][i]
    heads = [("Credit Note Number" if credit else "Invoice Number", no), ("Credit Note Date" if credit else "Invoice Date", fd(d))]
    if due:
        heads.append(("Due Date", fd(due)))
    heads.append(("GST Number", gst))
    if po:
        heads.append(("Order Number", po))
    if i == 2:
        heads.append(("Job Address", "14 Windermere Drive, Poike"))
    orig = f"INV-{rng.randint(1000, 9999)}"
    orig_d = d - dt.timedelta(days=rng.randint(5, 40))
    acct = f"{rng.choice(['12-3151', '06-0433', '02-0316', '38-9012'])}-{digits(rng, 7)}-{rng.randint(0, 3):02d}"
    if credit:
        pay = f"This credit note reverses part of invoice {orig} dated {fd(orig_d)} (event numbers reduced). The credit will be applied to your next invoice or refunded to your account on request."
    else:
        pay = f"<b>PAYMENT ADVICE</b> — Please pay by direct credit to {vname}, account <b>{acct}</b>, using reference <b>{no}</b>.<br>Payment is due {('on the 20th of the month following invoice' if i in (0, 2) else 'within 14 days')}. Late payments may incur a recovery fee."
    ctx = dict(
        color=["#166534", "#1e40af", "#b45309", "#6b21a8"][i], vname=vname, vaddr=vaddr, tel=f"{rng.randint(500, 599)} {digits(rng, 4)}", nzbn="9429" + digits(rng, 9),
        bname=TG_B[i], bgst=bgst, title="CREDIT NOTE" if credit else "TAX INVOICE", heads=heads,
        ref=f"Reference: original tax invoice {orig} of {fd(orig_d)}" if credit else None,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), tot_lbl="TOTAL CREDIT NZD" if credit else ["Amount Due NZD", "TOTAL NZD", "Invoice Total NZD", ""][i], pay=pay,
    )
    notes = (
        "Tauranga (Bay of Plenty, New Zealand) "
        + ("CREDIT NOTE with every quantity and amount NEGATIVE, referring to an earlier invoice (a decoy number and date)" if credit else "TAX INVOICE")
        + " in English, the facts at the RIGHT as a LABEL at the END of a ruled line with the VALUE on the NEXT line, GST 15 % on the subtotal, '$1,234.56' NZD: "
        "vendor = the name at the top; vendor_tax_id = 'GST Number' (the NZBN, the customer's GST number, the bank account are decoys). "
        f"invoice_number = '{heads[0][0]}'; invoice_date = '{heads[1][0]}'. "
        + due_note(due, None, "Due Date")
        + po_note(po, "Order Number")
        + f"subtotal = 'Subtotal'; tax = 'TOTAL GST 15%'; total = '{ctx['tot_lbl']}'. Currency NZD. Line items: every row, GST exclusive."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, gst, no, po, d, due, "NZD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [fd(d), no, vname, gst, bgst, ctx["nzbn"], fd(due) if due else None, orig if credit else acct]
    return t, chk, (TG_HTML.replace("@@BASE@@", css(margin="14mm 15mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Bacolod (VAT 12 % incl., PHP), fully ruled
BC_V = [
    ("Negros Sugarland Farm Supply Corporation", "NEGROS SUGARLAND FARM SUPPLY CORP.", "Lacson St. cor. 18th St., Brgy. 2, Bacolod City, Negros Occidental 6100"),
    ("Masskara Printing Press, Inc.", "MASSKARA PRINTING PRESS, INC.", "Araneta St., Brgy. Singcang-Airport, Bacolod City 6100"),
    ("Silay-Bacolod Auto Parts Trading Co.", "SB AUTO PARTS", "BS Aquino Drive, Brgy. Villamonte, Bacolod City 6100"),
    ("Mandalagan Bakeshop and Catering Services, Inc.", "MANDALAGAN BAKESHOP", "Lopez Jaena St., Brgy. Mandalagan, Bacolod City 6100"),
]
BC_B = ["Hacienda Sta. Rosalia, Talisay City", "University of St. La Salle – Bacolod", "Rural Transit Negros Corp.", "Provincial Government of Negros Occidental"]
BC_ROWS = [
    [("Urea fertilizer 46-0-0, 50 kg", "bag", 5, 120, "1450.00", "1890.00"), ("Complete 14-14-14, 50 kg", "bag", 5, 80, "1600.00", "2050.00"), ("Cane knife (espading)", "pc", 2, 40, "280.00", "420.00"), ("Herbicide 2,4-D 1 L", "btl", 2, 30, "390.00", "560.00")],
    [("Tarpaulin print 4 x 8 ft", "pc", 2, 30, "480.00", "720.00"), ("Offset printing, brochures A4 2-side", "pc", 500, 5000, "4.50", "8.00"), ("Official receipt booklets 50s x 3 ply", "bklt", 10, 100, "95.00", "140.00"), ("Layout and design", "job", 1, 2, "1500.00", "3500.00")],
    [("Brake pad set, front", "set", 1, 10, "1250.00", "2400.00"), ("Engine oil 15W-40, 4 L", "gal", 1, 20, "980.00", "1350.00"), ("Oil filter", "pc", 1, 20, "185.00", "360.00"), ("Battery NS60 maintenance-free", "pc", 1, 6, "4200.00", "5600.00")],
    [("Packed lunch (chicken inasal meal)", "pax", 30, 400, "145.00", "195.00"), ("Piaya box of 10", "box", 10, 150, "85.00", "120.00"), ("Napoleones box of 12", "box", 5, 80, "160.00", "220.00"), ("Coffee break snacks", "pax", 30, 300, "75.00", "110.00")],
]
BC_HTML = """<html lang="en-PH"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #333;padding:3px 5px;font-size:8pt} table.g th{font-size:7.4pt;background:#f1f1f1}
.r{text-align:right;white-space:nowrap} .lab{color:#333;white-space:nowrap;width:1%} .red{color:#b91c1c}
</style></head><body>
<div style="text-align:center"><div style="font-size:14pt;font-weight:bold">{{ trade }}</div><div style="font-size:8pt">{{ vname }}<br>{{ vaddr }}<br>VAT Reg. TIN: {{ vid }} · Tel. (034) {{ tel }}</div></div>
<table style="width:100%;margin-top:8px"><tr><td style="font-size:14pt;font-weight:bold;letter-spacing:2px">SALES INVOICE</td><td class="r" style="font-size:12pt"><span style="font-size:8pt">No.</span> <b class="red">{{ no }}</b></td></tr></table>
<table class="g" style="margin-top:4px"><tr><td class="lab">Sold to:</td><td>{{ bname }}</td><td class="lab">Date:</td><td>{{ date_s }}</td></tr>
<tr><td class="lab">TIN:</td><td>{{ btin }}</td><td class="lab">Terms:</td><td>{{ terms }}</td></tr>
<tr><td class="lab">Business Address:</td><td>{{ baddr }}</td><td class="lab">{{ po_lbl }}</td><td>{{ po }}</td></tr></table>
<table class="g" style="margin-top:6px"><tr><th>QTY</th><th>UNIT</th><th>ARTICLES / NATURE OF SERVICE</th><th>UNIT PRICE</th><th>AMOUNT</th></tr>
{% for it in items %}<tr><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for _ in blanks %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px;border-collapse:collapse"><tr><td style="width:48%;vertical-align:top"><table class="g">
<tr><td>VATable Sales</td><td class="r">{{ net }}</td></tr><tr><td>VAT-Exempt Sales</td><td class="r">0.00</td></tr><tr><td>Zero-Rated Sales</td><td class="r">0.00</td></tr><tr><td>VAT Amount</td><td class="r">{{ tax }}</td></tr></table></td>
<td style="width:4%"></td><td style="vertical-align:top"><table class="g">
<tr><td>Total Sales (VAT Inclusive)</td><td class="r">{{ total }}</td></tr><tr><td>Less: VAT</td><td class="r">{{ tax }}</td></tr><tr><td>Amount: Net of VAT</td><td class="r">{{ net }}</td></tr>
<tr><td>Less: SC/PWD/NAAC/MOV/SP Discount</td><td class="r"></td></tr><tr><td>Add: VAT</td><td class="r">{{ tax }}</td></tr><tr><td>Less: Withholding Tax</td><td class="r"></td></tr>
<tr><td><b>TOTAL AMOUNT DUE</b></td><td class="r"><b>{{ cur }}{{ total }}</b></td></tr></table></td></tr></table>
{% if due %}<div style="margin-top:6px;font-size:8pt">Due date: <b>{{ due }}</b> · Please make checks payable to {{ vname }}.</div>{% endif %}
<table style="width:100%;margin-top:18px;font-size:7.6pt"><tr><td>Received the above goods / services in good order and condition.<br><br>By: ______________________ Date: ___________</td><td class="r">______________________<br>Cashier / Authorized Representative</td></tr></table>
<div style="margin-top:14px;font-size:6.6pt;color:#444;border-top:1px solid #999;padding-top:3px">{{ printer }} · Printer's Accreditation No. {{ pacc }} · Date Issued: {{ pdate }}<br>BIR Authority to Print No. {{ atp }} · Date of ATP: {{ atpdate }} · Series: {{ series }}<br>THIS SALES INVOICE SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF ATP.</div>
</body></html>"""


@style("05", "ph_bcd_bacolod_sales_invoice_vat_12_ruled")
def s05(rng, i):
    vname, trade, vaddr = BC_V[i]
    d = rand_date(rng)
    items = lines(rng, BC_ROWS[i], [3, 4, 4, 2][i], D("0.25"))
    total = sum(x["amount"] for x in items)
    net = (total / D("1.12")).quantize(D("0.01"), ROUND_HALF_UP)
    tax = total - net

    def tin(br="00000"):
        return f"{rng.randint(100, 699)}-{digits(rng, 3)}-{digits(rng, 3)}-{br}"

    vid = tin(rng.choice(["00000", "00000", "00001"]))
    btin = tin() if i != 3 else "000-" + digits(rng, 3) + "-" + digits(rng, 3) + "-000"
    start = rng.randint(1, 40) * 500 + 1
    no = f"{rng.randint(start, start + 499):06d}" if i != 2 else f"SI-{rng.randint(start, start + 499):05d}"
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: long_date(x, "us"), lambda x: x.strftime("%B %d, %Y"), lambda x: x.strftime("%m-%d-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    terms = ["30 days", "COD", "Cash", "30 days"][i]
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"JO {rng.randint(100, 999)}", f"{d.year}-{rng.randint(10, 99)}-{rng.randint(100, 999)}"][i]
    po_lbl = ["P.O. No.:", "P.O. No.:", "Job Order No.:", "P.O. No.:"][i]
    atpdate = d - dt.timedelta(days=rng.randint(100, 700))
    ctx = dict(
        trade=trade, vname=vname, vaddr=vaddr, vid=vid, tel=f"{rng.randint(430, 709)}-{digits(rng, 4)}", no=no,
        bname=BC_B[i], date_s=fd(d), btin=btin, terms=terms, baddr=rng.choice(["Brgy. Tangub, Bacolod City", "La Salle Ave., Bacolod City", "Brgy. Alijis, Bacolod City", "Capitol Grounds, Bacolod City"]),
        po_lbl=po_lbl, po=po if po else "", items=[{"q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        blanks=range(6 - len(items)), net=en(net), tax=en(tax), total=en(total), cur=["₱", "PHP ", "₱", "₱ "][i], due=fd(due) if due else None,
        printer=rng.choice(["JMC Printing Services", "Negros Press Inc.", "Goldenline Printers"]), pacc=f"{rng.randint(70, 79)}{digits(rng, 2)}MP{d.year - 3}{digits(rng, 10)}",
        pdate=atpdate.strftime("%m/%d/%Y"), atp=digits(rng, 12, True), atpdate=atpdate.strftime("%m/%d/%Y"), series=f"{start:06d}-{start + 499:06d}",
    )
    po_val = po
    notes = (
        "Bacolod (Negros Occidental, Philippines) SALES INVOICE in English on a FULLY RULED BIR form, labels BESIDE the values in ruled boxes, prices VAT-INCLUSIVE, VAT 12 % extracted in the VATable / exempt / zero-rated box and the 'Total Sales (VAT Inclusive) … Add: VAT' column, pesos '₱1,234.56': "
        "vendor = the registered name under the trade name (the trade name in capitals is a decoy where it differs); vendor_tax_id = 'VAT Reg. TIN' (the buyer's TIN, the printer's accreditation, the ATP number and the series range are decoys). "
        "invoice_number = the red 'No.' beside SALES INVOICE; invoice_date = 'Date' (the ATP and printer dates are decoys). "
        + due_note(due, terms if not due else None, "Due date")
        + po_note(po_val, po_lbl.rstrip(":"))
        + "subtotal = 'VATable Sales' / 'Amount: Net of VAT'; tax = 'VAT Amount'; total = 'TOTAL AMOUNT DUE' = 'Total Sales (VAT Inclusive)'. Currency PHP. Line items: every row, VAT included."
    )
    t = truth(vname, vid, no, po_val, d, due, "PHP", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, btin, ctx["series"], ctx["atp"], fd(due) if due else None]
    return t, chk, (BC_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.4pt")), ctx)
