"""Chromium (HTML) styles for set 32, second part (04 Ostrobothnian fish smokehouse's FAKTURA / LASKU in Swedish with
Finnish beside, the amount due boxed at the top right above the rows, moms 14 % (13,5 % from 2026) on food and
25,5 % on the rest, a moms summary per rate and a Finnish reference number, 05 Nanaimo (British Columbia) furniture
and appliance store's sales invoice with GST 5 % on every row and PST 7 % only on the goods, a deposit deducted below
the total and a balance owing)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import sv_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth, valid_id
from stdnum.ca import bn
from stdnum.fi import ytunnus

STYLES, style = style_registry("chromium")


def fi_ref(base):
    """A Finnish bank reference number: the base and its 7-3-1 check digit, grouped by five from the right."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    r = base + str((10 - s % 10) % 10)
    out = []
    while r:
        out.insert(0, r[-5:])
        r = r[:-5]
    return " ".join(out)


# =========================================================================== 04 Ostrobothnia fish smokehouse (moms 25,5 % / 14 % or 13,5 %, EUR), amount due boxed at the top
OB_V = [
    ("Replot Fisk & Rökeri Ab", "Replotvägen 112, 65800 Replot / Raippaluoto", "#0c4a6e"),
    ("Jakobstads Fiskförädling Ab Oy", "Hamngatan 9, 68600 Jakobstad / Pietarsaari", "#3f6212"),
    ("Kristinestads Rökeri Kb", "Strandgatan 31, 64100 Kristinestad / Kristiinankaupunki", "#7c2d12"),
    ("Närpes Havsdelikatesser Ab", "Industrivägen 4, 64200 Närpes / Närpiö", "#581c87"),
]
OB_B = [
    ("Restaurang Strampen", "Rådhusgatan 4, 65100 Vasa / Vaasa"),
    ("Hotel Kaskö Ab", "Hamnen 1, 64260 Kaskö / Kaskinen"),
    ("K-Supermarket Sandviken", "Vasaesplanaden 23, 65100 Vasa / Vaasa"),
    ("Nykarleby Lunchcatering", "Topeliusesplanaden 8, 66900 Nykarleby / Uusikaarlepyy"),
]
OB_ROWS = [
    ("Kallrökt lax / Kylmäsavulohi", "kg", 2, 20, 28, 39, "food"),
    ("Varmrökt strömming / Savusilakka", "kg", 2, 15, 12, 18, "food"),
    ("Gravad sik / Graavisiika", "kg", 1, 10, 26, 36, "food"),
    ("Rökt abborre / Savuahven", "kg", 1, 8, 22, 31, "food"),
    ("Strömmingsfiléer / Silakkafileet", "kg", 3, 20, 9, 14, "food"),
    ("Frigolitlådor och kylklampar / Styroxlaatikot", "st", 2, 20, 3, 7, "std"),
    ("Kylfrakt / Kylmäkuljetus", "st", 1, 2, 35, 80, "std"),
    ("Returpall / Lava", "st", 1, 4, 12, 18, "std"),
]
OB_HTML = """<html lang="sv"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .lab{font-size:7pt;color:#777} table.it{width:100%;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};text-align:left;padding:3px 5px;font-size:7.8pt} table.it th.r{text-align:right} table.it td{padding:3px 5px;border-bottom:1px solid #e5e5e5}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="small">FO-nummer / Y-tunnus {{ ytun }} · Momsnummer / ALV-numero {{ alv }}</div></td>
<td style="width:72mm;vertical-align:top"><div style="font-size:16pt;text-align:right;letter-spacing:2px">FAKTURA · LASKU</div>
<div style="border:2px solid {{ color }};margin-top:6px;padding:6px 8px"><table style="width:100%">
<tr><td class="lab">Att betala / Maksettava</td><td class="r" style="font-size:14pt;font-weight:bold">{{ total }} €</td></tr>
<tr><td class="lab">Förfallodag / Eräpäivä</td><td class="r" style="font-weight:bold">{{ due_s }}</td></tr>
<tr><td class="lab">Referensnr / Viitenumero</td><td class="r">{{ ref }}</td></tr></table></div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><div class="lab">Kund / Asiakas ({{ cust }})</div><b>{{ bname }}</b><br>{{ baddr }}</td>
<td style="vertical-align:top"><table>{% for k, v in head %}<tr><td class="lab" style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Produkt / Tuote</th><th class="r">Antal / Määrä</th><th>Enh.</th><th class="r">À-pris / á-hinta</th><th class="r">Moms %</th><th class="r">Netto €</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top"><div class="lab">Momsspecifikation / ALV-erittely</div>
<table style="font-size:8pt">{% for r in summary %}<tr><td style="padding:1px 10px 1px 0">Moms {{ r.r }} %</td><td style="padding:1px 10px">netto {{ r.b }}</td><td>moms {{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="width:70mm;vertical-align:top"><table style="width:100%">
<tr><td>Totalt exkl. moms / Veroton yhteensä</td><td class="r">{{ net }}</td></tr><tr><td>Moms totalt / ALV yhteensä</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td style="border-top:1px solid #333;padding-top:3px">Totalt inkl. moms / Yhteensä</td><td class="r" style="border-top:1px solid #333">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:16px">{{ pay }}</div>
<div class="small" style="margin-top:6px">IBAN {{ iban }} · BIC {{ bic }} · Dröjsmålsränta / Viivästyskorko enligt räntelagen</div>
</body></html>"""


@style("04", "fi_os_vasa_faktura_moms_25_5_14")
def s04(rng, i):
    vname, vaddr, color = OB_V[i]
    bname, baddr = OB_B[i]
    d = rand_date(rng)
    food_rate = D("13.5") if d >= dt.date(2026, 1, 1) else D("14")
    items = lines(rng, OB_ROWS, rng.randint(3, 6), D("0.10"))
    if not any(x["extra"] == "food" for x in items):
        items += lines(rng, OB_ROWS[:2], 1, D("0.10"))
    for x in items:
        x["rate"] = food_rate if x["extra"] == "food" else D("25.5")
    net = sum(x["amount"] for x in items)
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    yt = valid_id(rng, 8, lambda s: ytunnus.is_valid(s), first_nonzero=False)
    ytun = f"{yt[:7]}-{yt[7]}"
    alv = "FI" + yt
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(200000, 299999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([7, 14, 21]))
    dd = [fd, fd, sv_date, fd][i]
    po = f"{rng.randint(1000, 9999)}" if i in (0, 3) else None
    ref = fi_ref(no + digits(rng, 2))
    head = [("Fakturanr / Laskun nro", no), ("Fakturadatum / Laskun pvm", dd(d)), ("Leveransdatum / Toimituspvm", dd(d - dt.timedelta(days=rng.randint(1, 4)))), ("Följesedel / Lähete", f"{rng.randint(3000, 3999)}")]
    if po:
        head.append(("Er beställning / Tilauksenne", po))
    head.append(("Betalningsvillkor / Maksuehto", f"{(due - d).days} dagar netto / pv netto"))
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, ytun=ytun, alv=alv, total=m(total), due_s=dd(due), ref=ref, cust=f"kundnr {rng.randint(100, 999)}",
        bname=bname, baddr=baddr, head=head,
        items=[{"d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]).replace(".", ","), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r).replace(".", ","), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax),
        pay=f"Vänligen använd referensnumret vid betalning. / Käytäthän maksaessasi viitenumeroa {ref}.",
        iban=f"FI{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}", bic=rng.choice(["OKOYFIHH", "NDEAFIHH", "AABAFI22", "POPFFI22"]),
    )
    notes = (
        "Ostrobothnian (Finland, Swedish-speaking coast) fish smokehouse's FAKTURA / LASKU in Swedish with Finnish beside each label, in euros ('1.234,50'), with the amount due, due date and reference number BOXED at the top right ABOVE the rows, moms " + str(food_rate).replace(".", ",") + " % on fish (14 % in 2025, 13,5 % from 1 January 2026) and 25,5 % on boxes, freight and pallets, a moms summary per rate: vendor = the name at the top left; vendor_tax_id = 'Momsnummer / ALV-numero' (FI + the FO-nummer's 8 digits; the FO-nummer / Y-tunnus itself is the same number with a dash). "
        "invoice_number = 'Fakturanr / Laskun nro'; invoice_date = 'Fakturadatum / Laskun pvm' (" + ["dd.mm.yyyy", "dd.mm.yyyy", "Swedish words ('12 mars 2026')", "dd.mm.yyyy"][i] + "); the delivery date, delivery-note number, customer number and the reference number are decoys. "
        + due_note(due, None, "Förfallodag / Eräpäivä") + po_note(po, "Er beställning / Tilauksenne")
        + "subtotal = 'Totalt exkl. moms / Veroton yhteensä'; tax = 'Moms totalt / ALV yhteensä'; total = 'Att betala / Maksettava' = 'Totalt inkl. moms / Yhteensä'. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, alv, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [dd(d), no, vname, alv, "Att betala / Maksettava", dd(due), ref], (OB_HTML.replace("@@BASE@@", css(margin="14mm 16mm", fs="9pt")), ctx)


# =========================================================================== 05 Nanaimo (BC) furniture and appliance store (GST 5 %, PST 7 % on goods, CAD), deposit
BC_V = [
    ("Harbour City Furniture & Appliance Ltd.", "2110 Bowen Road, Nanaimo, BC V9S 1H8", "#1e3a8a"),
    ("Mid-Island Home Centre Inc.", "6631 Island Highway North, Nanaimo, BC V9T 4T7", "#9a3412"),
    ("Cedar Coast Sleep & Living Ltd.", "45 Terminal Avenue, Nanaimo, BC V9R 5C6", "#065f46"),
    ("Departure Bay Appliances Ltd.", "1840 Stewart Avenue, Nanaimo, BC V9S 4E6", "#6b21a8"),
]
BC_B = [
    ("Karen & Doug Whitfield", "318 Vancouver Avenue, Nanaimo, BC V9S 4G3"),
    ("Lantzville Seniors Housing Society", "7192 Lantzville Road, Lantzville, BC V0R 2H0"),
    ("Gabriola Island Cottage Rentals", "590 North Road, Gabriola, BC V0R 1X5"),
    ("Priya Raman", "5505 Hammond Bay Road, Nanaimo, BC V9T 5B6"),
]
BC_GOODS = [
    ("Sectional sofa, 3-piece, charcoal", "ea", 1, 1, 1899, 3299),
    ("Queen mattress, pocket coil", "ea", 1, 2, 899, 1799),
    ("Dining table, solid maple, 72 in", "ea", 1, 1, 1299, 2199),
    ("Dining chair, upholstered", "ea", 2, 8, 149, 289),
    ("Front-load washer 5.2 cu ft", "ea", 1, 2, 1099, 1699),
    ("Electric dryer 7.4 cu ft", "ea", 1, 2, 899, 1399),
    ("Counter-depth refrigerator", "ea", 1, 1, 2199, 3599),
    ("Area rug 8 x 10", "ea", 1, 2, 349, 799),
]
BC_SERV = [
    ("Interior design consultation (hours)", "hr", 1, 3, 85, 120),
    ("Extended protection plan, 5 yr", "ea", 1, 2, 149, 299),
]
BC_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:12px} table.it th{background:{{ color }};color:#fff;text-align:left;padding:4px 5px;font-size:7.8pt} table.it th.r{text-align:right} table.it td{padding:4px 5px;border-bottom:1px solid #ddd}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="small">Tel. 250-{{ tel }} · GST Reg. No. {{ gst }} · PST No. {{ pst }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:18pt;font-weight:bold">SALES INVOICE</div>
<table style="margin-left:auto">{% for k, v in head %}<tr><td class="small" style="padding:1px 8px">{{ k }}</td><td style="font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><div class="small">SOLD TO</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Account # {{ acct }}</span></td>
<td style="vertical-align:top"><div class="small">DELIVER TO</div>{{ bname }}<br>{{ daddr }}<br><span class="small">Delivery scheduled {{ deliv }} · Delivery ticket {{ ticket }}</span></td></tr></table>
<table class="it"><tr><th>SKU</th><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th><th>Tax</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td class="small">{{ it.sku }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td>{{ it.t }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top" class="small">Tax codes: G = GST 5 % only · GP = GST 5 % and PST 7 %.<br>Services (design consultation) and optional service contracts shown without PST as marked.<br>{{ pay }}</td>
<td style="width:75mm;vertical-align:top"><table style="width:100%">
<tr><td>Subtotal</td><td class="r">{{ net }}</td></tr><tr><td>GST 5% on {{ net }}</td><td class="r">{{ gstv }}</td></tr><tr><td>PST 7% on {{ pstb }}</td><td class="r">{{ pstv }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="border-top:2px solid #333;padding-top:3px">INVOICE TOTAL (CAD)</td><td class="r" style="border-top:2px solid #333">${{ total }}</td></tr>
<tr><td>Less deposit received {{ depdate }}</td><td class="r">-{{ dep }}</td></tr>
<tr style="font-weight:bold;background:#f3f3f3"><td style="padding:3px">BALANCE OWING</td><td class="r" style="padding:3px">${{ bal }}</td></tr></table></td></tr></table>
<div class="small" style="margin-top:24px">All sales final on clearance items. Returns within 14 days with receipt, 15 % restocking fee. Thank you for shopping local!</div>
</body></html>"""


@style("05", "ca_bc_nanaimo_invoice_gst_pst_deposit")
def s05(rng, i):
    vname, vaddr, color = BC_V[i]
    bname, baddr = BC_B[i]
    d = rand_date(rng)
    goods = lines(rng, BC_GOODS, rng.randint(2, 4), D("1"))
    serv = lines(rng, BC_SERV, rng.randint(1, 2), D("1"))
    for x in goods:
        x["tax"] = "GP"
    for x in serv:
        x["tax"] = "G"
    deliv = {"desc": "Delivery & set-up", "unit": "ea", "qty": D(1), "price": D(rng.choice([79, 99, 129, 149])), "tax": "GP"}
    deliv["amount"] = deliv["price"]
    items = goods + serv + [deliv]
    net = sum(x["amount"] for x in items)
    pstb = sum(x["amount"] for x in items if x["tax"] == "GP")
    gstv = q2(net * D("0.05"))
    pstv = q2(pstb * D("0.07"))
    tax = gstv + pstv
    total = net + tax
    dep = q2(total * D(rng.choice([20, 25, 30, 50])) / 100)
    dep = D(int(dep / 50) * 50) or D(100)
    bal = total - dep
    gst = valid_id(rng, 9, bn.is_valid) + " RT0001"
    no = [f"INV-{rng.randint(100000, 199999)}", f"{rng.randint(40000, 49999)}", f"N{rng.randint(10000, 99999)}", f"{d.strftime('%y')}-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%b %d, %Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i == 1 else None
    term = ["Terms: balance payable on delivery", None, "Terms: balance due on delivery (debit, credit or e-transfer)", "Terms: paid in full at pickup / delivery"][i]
    po = f"PO {rng.randint(1000, 9999)}" if i == 1 else None
    head = [("Invoice #", no), ("Invoice date", fd(d)), ("Sales order", f"SO-{rng.randint(10000, 99999)}"), ("Salesperson", rng.choice(["Mike T.", "Jenna L.", "Raj S.", "Colleen B."]))]
    if po:
        head.append(("Customer PO", po))
    if due:
        head.append(("Due date", fd(due)))
    m = en
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(700, 799)}-{digits(rng, 4)}", gst=gst, pst=f"PST-{digits(rng, 4)}-{digits(rng, 4)}", head=head,
        bname=bname, baddr=baddr, acct=f"{rng.randint(10000, 99999)}", daddr=rng.choice([baddr, "Unit 4, 220 Townsite Road, Nanaimo, BC V9S 5T7"]), deliv=fd(d + dt.timedelta(days=rng.randint(2, 12))), ticket=f"DT-{rng.randint(1000, 9999)}",
        items=[{"sku": f"{rng.randint(100000, 999999)}", "d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "t": x["tax"], "a": m(x["amount"])} for x in items],
        net=m(net), gstv=m(gstv), pstb=m(pstb), pstv=m(pstv), total=m(total), dep=m(dep), depdate=fd(d - dt.timedelta(days=rng.randint(3, 30))), bal=m(bal),
        pay=(f"Balance due by {fd(due)}." if due else term),
    )
    notes = (
        "Nanaimo (British Columbia, Canada) furniture and appliance store's SALES INVOICE in English, in Canadian dollars ('1,234.50'), with GST 5 % on every row and PST 7 % only on the goods and delivery (tax code GP; the design consultation and the protection plan are coded G, GST only), then a deposit deducted BELOW the invoice total and the balance owing: vendor = the name at the top; vendor_tax_id = 'GST Reg. No.' (9-digit business number + RT0001; the PST number is a decoy). "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice date' (" + ["'Mar 12, 2026'", "yyyy-mm-dd", "mm/dd/yyyy", "dd/mm/yyyy"][i] + "); the sales order, account number, delivery ticket, delivery date and deposit date are decoys. "
        + due_note(due, term, "Due date") + po_note(po, "Customer PO")
        + "subtotal = 'Subtotal'; tax = GST + PST (the two rows are the tax's parts); total = 'INVOICE TOTAL (CAD)' (before the deposit); the deposit and 'BALANCE OWING' are decoys. Currency CAD. Line items: every row, the delivery row included."
    )
    t = truth(vname, gst, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, gst, "INVOICE TOTAL (CAD)", fd(due) if due else None, m(bal)], "tax_parts": [str(gstv), str(pstv)]}
    return t, chk, (BC_HTML.replace("@@BASE@@", css(size="Letter", margin="0.55in 0.6in", fs="8.8pt")), ctx)
