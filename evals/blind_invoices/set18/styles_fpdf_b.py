"""fpdf2 styles for set 18, part B (06 Jersey agricultural contractor's invoice to a potato grower for field work priced
per vergée (ploughing, vraic spreading, planting Jersey Royals, covers, spraying, harvesting) with GST 5 % in pounds and
a field schedule, 10 Samoan ice plant's tax invoice to a fishing company for flake and block ice, blast freezing and
cold storage with VAGST 15 % in tala and a register of the vessel loadings)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    exact_price,
    li,
    mt,
    new_fpdf,
    ordinal,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
)
from kit_common import MONTHS, en_date, para, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Jersey potato contractor (GST No., GST 5 %, £, per vergée, field schedule)
JE_V = [
    ("Le Brun Agricultural Contractors Ltd", "La Rue du Moulin, St Ouen, Jersey JE3 2AB", (30, 80, 40)),
    ("St Ouen Farm Services Ltd", "La Route de Vinchelez, St Ouen, Jersey JE3 2DD", (110, 60, 20)),
    ("Trinity Land Work Ltd", "La Rue de la Croiserie, Trinity, Jersey JE3 5BP", (20, 60, 110)),
    ("Grouville Harvesting Ltd", "La Rue à Don, Grouville, Jersey JE3 9GB", (100, 30, 50)),
]
JE_B = [("La Hougue Farms Ltd", "La Route de la Hougue Bie, Grouville, JE3 9HL"), ("Le Maistre Potatoes Ltd", "La Rue des Marettes, St Martin, JE3 6DT"),
        ("Vingtaine de Rozel Produce Ltd", "La Rue de Rozel, St Martin, JE3 6AN"), ("Les Landes Growers Ltd", "La Route des Landes, St Ouen, JE3 2AA")]
JE_WORK = [
    ("Ploughing and pressing", "vergée", "28.00", "45.00"),
    ("Ridging and planting Jersey Royals (seed supplied by grower)", "vergée", "65.00", "110.00"),
    ("Laying polythene covers", "vergée", "30.00", "55.00"),
    ("Blight spraying, 3 passes (chemicals supplied by grower)", "vergée", "27.00", "48.00"),
    ("Haulm topping", "vergée", "14.00", "24.00"),
    ("Harvesting, 1-row harvester with crew of four", "vergée", "120.00", "190.00"),
]
JE_OTHER = [
    ("Vraic collection from the beach and spreading", "load", 4, 30, "45.00", "85.00"),
    ("Tractor and trailer to the packhouse", "hour", 4, 40, "38.00", "55.00"),
    ("Côtil work, walking tractor and two men", "hour", 4, 24, "52.00", "78.00"),
]
JE_PARISH = ["St Ouen", "St Mary", "Trinity", "St Martin", "Grouville", "St Brelade", "St Peter", "St Lawrence"]


@style("06", "je_vergee_potato_contractor")
def s06(rng, i):
    vname, vaddr, color = JE_V[i]
    bname, baddr = JE_B[i]
    d = rand_date(rng)
    fields = [(f"{rng.randint(100, 1999)}", rng.choice(JE_PARISH), D(rng.randint(6, 30)) / 2) for _ in range(rng.randint(3, 6))]
    area = sum(f[2] for f in fields)
    items = []
    for desc, unit, lo, hi in rng.sample(JE_WORK, rng.randint(3, 5)):
        items.append({"desc": desc, "unit": unit, "qty": area, "price": exact_price(rng, area, D(lo), D(hi), D("0.50"))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(JE_OTHER, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    gst = f"{rng.randint(1, 99999):07d}"
    no = [f"{rng.randint(1000, 4999)}", f"LB{d.strftime('%y')}/{rng.randint(100, 999)}", f"INV-{rng.randint(10000, 29999)}", f"GH{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%y")][i]
    eom = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    due = [(eom + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1), None, d + dt.timedelta(days=14), None][i]
    term = ["", "30 days", "", "Monthly account"][i]
    po = [None, None, f"LHF/{d.strftime('%y')}/{rng.randint(10, 99)}", None][i]
    acct = f"{bname.split()[0].upper()[:3]}{rng.randint(100, 999)}"
    early = q2(total * D("0.025")) if i == 0 else None
    stmt = i == 3
    bf = q2(D(rng.randint(100000, 900000)) / 100)
    paid = bf
    season = "planting" if d.month <= 4 else "harvest" if d.month <= 7 else "land preparation"

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Accounts")
        pdf.add_page()
        txt(pdf, 0, 14, vname, 16, "B", font="Serif", align="C", w=210, color=color)
        txt(pdf, 0, 21.5, vaddr, 8, font="Serif", align="C", w=210)
        txt(pdf, 0, 25.5, f"Tel. 01534 {digits(rng, 6)} · accounts@{''.join(vname.split()[:2]).lower()}.je · GST No. {gst}", 7.6, font="Serif", align="C", w=210)
        pdf.set_draw_color(*color)
        pdf.line(15, 31, 195, 31)
        txt(pdf, 15, 38, "INVOICE", 15, "B", font="Serif", color=color)
        txt(pdf, 15, 47, "To:", 8, font="Serif", color=(100, 100, 100))
        txt(pdf, 25, 47, bname, 9, "B", font="Serif")
        txt(pdf, 25, 51.5, baddr, 8, font="Serif")
        txt(pdf, 25, 56, f"Account {acct}", 8, font="Serif")
        kv = [("Invoice No.", no), ("Date / tax point", fd(d))]
        if po:
            kv.append(("Your ref.", po))
        kv.append(("Payment due by", fd(due)) if due else ("Terms", term))
        y = 38
        for a, b in kv:
            txt(pdf, 125, y, a, 8.4, font="Serif")
            txt(pdf, 160, y, b, 8.4, "B", font="Serif", align="R", w=35)
            y += 5
        y = max(y, 60) + 4
        txt(pdf, 15, y, f"Re: {season} work for the {d.year} Jersey Royal crop, {qstr(area)} vergées ({qstr(q2(area / D('2.25')))} acres) as per field schedule below.", 8.2, "I", font="Serif")
        rows = [[wrap(it["desc"], 48), qstr(it["qty"]), it["unit"], en(it["price"]), en(it["amount"])] for it in items]
        y = table(pdf, 15, y + 6, [("Description of work", 88, "L"), ("Quantity", 20, "R"), ("Unit", 18, "L"), ("Rate £", 24, "R"), ("Amount £", 30, "R")], rows, size=8, font="Serif", rowh=6.4, header_color=color, line_color=(170, 170, 170))
        y += 4
        for a, b, bold in [("Net", en(net), False), ("GST @ 5%", en(tax), False), ("Total £", en(total), True)]:
            txt(pdf, 125, y, a, 9 if bold else 8.4, "B" if bold else "", font="Serif")
            txt(pdf, 160, y, b, 9 if bold else 8.4, "B" if bold else "", font="Serif", align="R", w=35)
            if bold:
                pdf.line(125, y - 1, 195, y - 1)
                pdf.line(125, y + 5, 195, y + 5)
            y += 5.6
        if stmt:
            y += 2
            txt(pdf, 125, y, "Account summary", 8, "B", font="Serif")
            for k, (a, b) in enumerate([("Balance brought forward", en(bf)), ("Payments received, thank you", "-" + en(paid)), ("This invoice", en(total)), ("Balance carried forward", en(bf - paid + total))]):
                txt(pdf, 125, y + 4.5 + k * 4.2, a, 7.6, font="Serif")
                txt(pdf, 160, y + 4.5 + k * 4.2, b, 7.6, font="Serif", align="R", w=35)
            y += 22
        y += 4
        txt(pdf, 15, y, "Field schedule", 9, "B", font="Serif", color=color)
        rows = [[f"Field {a}", b, qstr(c)] for a, b, c in fields]
        y = table(pdf, 15, y + 5, [("Field No.", 34, "L"), ("Parish", 40, "L"), ("Vergées", 22, "R")], rows, size=7.6, font="Serif", rowh=5.4, line_color=(200, 200, 200))
        y += 5
        txt_ = (f"Terms: {term}. " if term else "") + f"Payment by bank transfer to {rng.choice(['HSBC Bank plc, Jersey', 'Barclays Bank plc, Jersey', 'Lloyds Bank International', 'RBS International'])}, sort code {rng.randint(30, 60)}-{digits(rng, 2)}-{digits(rng, 2)}, account {digits(rng, 8)}, quoting the invoice number, or by cheque payable to {vname}."
        if early:
            txt_ += f" A settlement discount of 2.5% (£{en(early)}) may be deducted if paid within 14 days of the invoice date."
        y = para(pdf, 15, y, 180, txt_, 7.8, font="Serif")
        txt(pdf, 15, y + 4, "1 vergée = 1,760 square metres (2.25 vergées to the acre).", 7.2, "I", font="Serif", color=(100, 100, 100))
        txt(pdf, 0, 285, f"{vname} · Registered in Jersey no. {rng.randint(10000, 139999)} · GST No. {gst}", 6.8, font="Serif", align="C", w=210, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Jersey agricultural contractor's INVOICE in English (serif, centred letterhead): vendor = the company name (Ltd) at the top; vendor tax id = 'GST No.' (7 digits, no public checksum: random); the Jersey company registration number, the customer account, the field numbers and the bank details are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date / tax point' (" + ["'12 March 2026'", "dd/mm/yyyy", "'12th March 2026'", "dd/mm/yy (two-digit year)"][i] + "). "
        + ("due = 'Payment due by' (" + ("the end of the following month" if i == 0 else "14 days") + "). " if due else f"'Terms: {term}' is a term: no due date (null). ")
        + (f"PO = 'Your ref.' {po}. " if po else "No PO. ")
        + "subtotal = 'Net'; tax = 'GST @ 5%'; total = 'Total £'"
        + ("; the 2.5% settlement discount in the payment text is a decoy (the total is not reduced)" if early else "")
        + ("; the account summary (balance brought forward, payments, balance carried forward) is a decoy" if stmt else "")
        + ". Currency GBP ('£'). Amounts '1,234.56'. Line items: every row of the work table (amount = 'Amount £'; quantity = 'Quantity': vergées with a half, loads, hours); the field schedule and the acres are decoys (not lines)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=gst, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="GBP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "GST No. " + gst, no, po, vname, "£"], render


# =========================================================================== 10 Samoa ice plant (TIN, VAGST 15 %, WS$ / SAT, vessel register)
WS_V = [
    ("Apia Ice & Cold Storage Ltd", "Matautu-tai, Wharf Road, Apia", (0, 100, 150)),
    ("Savai'i Ice Works Ltd", "Salelologa Wharf, Savai'i", (20, 110, 90)),
    ("Matautu Fish Port Ice Co. Ltd", "Fish Market Road, Matautu, Apia", (40, 60, 130)),
    ("Upolu Blast Freezing Ltd", "Vaitele Industrial Estate, Apia", (0, 80, 110)),
]
WS_B = [("Pacific Longline Fishing Co. Ltd", "Fugalei, Apia"), ("Tautai Samoa Fisheries Ltd", "Vaiala, Apia"),
        ("Moana Seafoods Export Ltd", "Salelologa, Savai'i"), ("Apia Tuna Packers Ltd", "Matautu-uta, Apia")]
WS_WORK = [
    ("Flake ice, loaded aboard vessel", "tonne", 2, 40, "180.00", "320.00"),
    ("Block ice 25 kg", "block", 20, 400, "9.00", "16.00"),
    ("Blast freezing of catch (-35 °C)", "kg", 500, 8000, "0.45", "0.95"),
    ("Cold storage -25 °C", "pallet-day", 20, 600, "6.00", "14.00"),
    ("Forklift handling in and out", "pallet", 10, 120, "12.00", "25.00"),
    ("Bait storage (frozen sardine and squid)", "carton-week", 20, 300, "1.50", "3.50"),
    ("Ice delivery to the wharf by truck", "trip", 1, 12, "45.00", "90.00"),
]
WS_BOATS = ["F/V Tautai o Samoa", "F/V Manaia II", "F/V Le Aso Fou", "F/V Pacific Star", "F/V Aolele", "F/V Vaisigano"]


@style("10", "ws_ice_plant_cold_store")
def s10(rng, i):
    vname, vaddr, color = WS_V[i]
    bname, baddr = WS_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in [WS_WORK[0]] + rng.sample(WS_WORK[1:], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = digits(rng, 7, True)
    b_tin = digits(rng, 7, True)
    no = [f"{rng.randint(10000, 49999)}", f"SIW-{rng.randint(1000, 9999)}", f"INV{d.strftime('%y%m')}{rng.randint(10, 99)}", f"UBF/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[14, 0, 30, 0][i]) if i in (0, 2) else None
    term = ["", "30 days", "", "Payment on collection"][i]
    po = [None, f"PLF-{rng.randint(1000, 9999)}", None, f"PO-{rng.randint(100, 999):04d}"][i]
    cur = ["WS$", "SAT", "WS$", "$"][i]
    flake = int(items[0]["qty"])
    cuts = sorted(rng.sample(range(1, flake), min(flake - 1, rng.randint(2, 6))))
    tonnes = [b - a for a, b in zip([0, *cuts], [*cuts, flake], strict=True)]
    loads = sorted((d - dt.timedelta(days=rng.randint(1, 28)), rng.choice(WS_BOATS), f"T{rng.randint(10, 99)}", t_) for t_ in tonnes)
    stmt = i == 1
    prev = q2(D(rng.randint(200000, 1500000)) / 100)
    paid = q2(prev * D(rng.choice(["1", "0.5"])))
    money = en

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 58, 297, "F")
        w = (255, 255, 255)
        y = para(pdf, 8, 14, 46, vname, 12.5, "B", color=w, h=5.6)
        y = para(pdf, 8, y + 2, 46, vaddr + ", Samoa", 7.6, color=w)
        txt(pdf, 8, y + 2, f"Ph. +685 {digits(rng, 5)}", 7.6, color=w)
        txt(pdf, 8, y + 6, f"TIN: {tin}", 8, "B", color=w)
        y += 16
        txt(pdf, 8, y, "Flake ice · block ice", 7.4, color=w)
        txt(pdf, 8, y + 4, "blast freezing · cold store", 7.4, color=w)
        y += 14
        txt(pdf, 8, y, "BANK DETAILS", 7.4, "B", color=w)
        bank = rng.choice(["ANZ Bank (Samoa) Ltd", "Bank South Pacific (Samoa)", "Samoa Commercial Bank", "National Bank of Samoa"])
        y = para(pdf, 8, y + 4, 46, f"{bank}\nAccount {digits(rng, 2)}-{digits(rng, 7)}\nName: {vname}", 7.2, color=w)
        txt(pdf, 8, 270, "Fa'afetai tele lava!", 9, "I", color=w)
        txt(pdf, 8, 276, "Thank you for your business", 7.4, "I", color=w)
        txt(pdf, 68, 14, "TAX INVOICE", 18, "B", color=color)
        kv = [("Invoice No.", no), ("Invoice Date", fd(d))]
        if po:
            kv.append(("Customer Order", po))
        kv.append(("Due Date", fd(due)) if due else ("Terms", term))
        y = 26
        for a, b in kv:
            txt(pdf, 150, y, a, 7.8, color=(90, 90, 90))
            txt(pdf, 172, y, b, 7.8, "B", align="R", w=30)
            y += 4.6
        txt(pdf, 68, 26, "Bill To", 7.4, "B", color=color)
        txt(pdf, 68, 30, bname, 9, "B")
        txt(pdf, 68, 34.5, baddr + ", Samoa", 7.8)
        txt(pdf, 68, 39, f"TIN: {b_tin}", 7.8)
        y = max(y, 46) + 6
        rows = [[wrap(it["desc"], 36), qstr(it["qty"]), it["unit"], money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 66, y, [("Description", 62, "L"), ("Qty", 16, "R"), ("Unit", 20, "L"), ("Unit price", 17, "R"), (f"Amount {'WS$' if cur == '$' else cur}", 21, "R")], rows, size=7.6, font="DVC", rowh=6, header_fill=(230, 240, 245), line_color=(190, 190, 190))
        y += 4
        for a, b, bold in [("Subtotal (excl. VAGST)", money(net), False), ("VAGST 15%", money(tax), False), (f"TOTAL {cur}", money(total), True)]:
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(130, y - 1, 72, 7, "F")
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 132, y, a, 9 if bold else 8, "B" if bold else "", color=c)
            txt(pdf, 168, y, b, 9 if bold else 8, "B" if bold else "", align="R", w=32, color=c)
            y += 7 if bold else 5
        if stmt:
            y += 2
            for k, (a, b) in enumerate([("Previous balance", money(prev)), ("Payments received", "-" + money(paid)), ("This invoice", money(total)), ("Amount outstanding", money(prev - paid + total))]):
                txt(pdf, 132, y + k * 4.2, a, 7.4)
                txt(pdf, 168, y + k * 4.2, b, 7.4, align="R", w=32)
            y += 18
        y += 4
        txt(pdf, 66, y, "Flake ice loadings this period", 8.4, "B", color=color)
        rows = [[a.strftime("%d/%m/%Y"), b, c, str(e)] for a, b, c, e in loads]
        y = table(pdf, 66, y + 5, [("Date", 24, "L"), ("Vessel", 50, "L"), ("Trip", 16, "L"), ("Ice (t)", 18, "R")], rows, size=7.2, font="DVC", rowh=5.2, line_color=(200, 200, 200))
        y = para(pdf, 66, y + 6, 136, (f"Terms: {term}. " if term else "") + "Ice is sold ex plant; the vessel's master signs the loading docket. Frozen product remains at the owner's risk in the cold store. VAGST charged at the standard rate of 15%.", 7.4)
        txt(pdf, 66, y + 10, "Authorised: ____________________", 7.8)
        txt(pdf, 66, 285, f"{vname} · TIN {tin} · Page 1 of 1", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Samoan ice plant's TAX INVOICE in English (company details in a coloured left sidebar): vendor = the company name (Ltd) at the top of the sidebar; vendor tax id = 'TIN' in the sidebar (7 digits, no public checksum: random); the customer's TIN, the bank account and the vessel trips are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yy (two-digit year)", "dd/mm/yyyy"][i] + "); the loading dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'Terms: {term}' is a term: no due date (null). ")
        + (f"PO = 'Customer Order' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal (excl. VAGST)'; tax = 'VAGST 15%'; total = 'TOTAL {cur}'"
        + ("; the account lines under it (previous balance, payments, amount outstanding) are decoys" if stmt else "")
        + f". Currency WST (tala, printed '{cur}'). Amounts '1,234.56'. Line items: every row of the first table (amount = 'Amount'; quantity 'Qty': tonnes, blocks, kg, pallet-days, pallets, carton-weeks, trips); the flake-ice loadings table (vessel trips whose tonnes add up to the flake-ice row) is a decoy (not lines)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="WST", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN: " + tin, no, po, vname, cur], render
