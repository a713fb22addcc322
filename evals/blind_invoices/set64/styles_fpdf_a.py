"""fpdf2 styles for set 64, first part (06 Kurunegala haulier's tax invoice on a LANDSCAPE page, a fully ruled table of
trips with weights and a rate per kilo, VAT 18 %, Indian grouping and on two the US-dollar counter-value; 07 Biratnagar
jute trader's tax invoice as a BUSINESS LETTER in a serif font with the facts and sums in running sentences, VAT 13 %,
two with no table, and the total in words in lakhs)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import inr
from invoice_kit import MONTHS, digits, en, in_words, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, truth, wrap

STYLES, style = style_registry("fpdf2")


def rupee_words(x, unit="Rupees", sub="Paisa"):
    """'Rupees Five Lakh Sixteen Thousand One Hundred Seventy-One and Paisa Fifty-Seven only' (lakh and crore)."""
    x = q2(x)
    cents = int((x - int(x)) * 100)
    return f"{unit} {in_words(int(x))}" + (f" and {sub} {in_words(cents)}" if cents else "") + " only"


# =========================================================================== 06 Kurunegala (VAT 18 %, LKR), landscape, ruled trips with weights
KU_V = [
    ("Wayamba Cargo Movers (Pvt) Ltd", "No. 112, Puttalam Road, Kurunegala", (18, 74, 120), "PV 00"),
    ("Ridigama Transport Services (Pvt) Ltd", "No. 47/2, Kandy Road, Kurunegala", (120, 40, 30), "PV 10"),
    ("North Western Lorry Hire & Logistics (Pvt) Ltd", "No. 8, Negombo Road, Wehera, Kurunegala", (32, 96, 56), "PV 20"),
    ("Dambadeniya Freight Carriers (Pvt) Ltd", "No. 221, Colombo Road, Kurunegala", (80, 50, 110), "PV 00"),
]
KU_B = [
    ("Lanka Desiccated Coconut Mills (Pvt) Ltd", "Kuliyapitiya Road, Narammala"),
    ("Ceylon Coir Fibre Exports (Pvt) Ltd", "Export Processing Zone, Katunayake"),
    ("Wayamba Rice Processors", "Industrial Estate, Maho"),
    ("Sierra Cement Distributors (Pvt) Ltd", "No. 15, Station Road, Kurunegala"),
]
KU_ROUTES = [  # per customer: (from, to, goods)
    [("Narammala", "Colombo Port (JCT)", "Desiccated coconut, 25 kg bags"), ("Narammala", "Colombo Port (SAGT)", "Coconut milk powder, cartons"), ("Kuliyapitiya", "Narammala", "Fresh coconuts, loose")],
    [("Kuliyapitiya", "Katunayake EPZ", "Coir fibre bales"), ("Pannala", "Katunayake EPZ", "Coir pith blocks, 5 kg"), ("Katunayake EPZ", "Colombo Port (JCT)", "Coir mats, 40 ft container")],
    [("Maho", "Peliyagoda", "Nadu rice, 50 kg bags"), ("Anuradhapura", "Maho", "Paddy, 60 kg bags"), ("Maho", "Dambulla DEC", "Samba rice, 25 kg bags")],
    [("Puttalam", "Kurunegala", "Cement, 50 kg bags"), ("Puttalam", "Kuliyapitiya", "Cement, 50 kg bags"), ("Kurunegala", "Dambulla", "Cement, 50 kg bags")],
]
KU_CHARGES = [("Detention charge, 1 day", 4500, 12500), ("Loading & unloading labour", 3500, 9500), ("Expressway toll (Kurunegala – Kadawatha)", 1200, 2600), ("Night parking & security", 1500, 3500)]


@style("06", "lk_kur_kurunegala_haulage_tax_invoice_vat_18_landscape_ruled_weights_usd")
def s06(rng, i):
    vname, vaddr, color, pvp = KU_V[i]
    bname, baddr = KU_B[i]
    d = rand_date(rng)
    ntrips = [3, 5, 4, 6][i]
    trips = []
    for _ in range(ntrips):
        frm, to, goods = rng.choice(KU_ROUTES[i])
        w = D(rng.randint(40, 180) * 100)
        rate = D(rng.randint(90, 260)) * D("0.05")
        tdate = d - dt.timedelta(days=rng.randint(2, 28))
        trips.append({"desc": f"{goods}: {frm} – {to}", "qty": w, "price": rate, "amount": q2(w * rate), "dt": tdate, "wb": f"WB{rng.randint(10000, 99999)}",
                      "veh": f"{rng.choice(['NW', 'WP', 'CP'])} {rng.choice(['LH', 'LJ', 'LK', 'LB'])}-{rng.randint(1000, 9999)}", "unit": "kg"})
    trips.sort(key=lambda x: x["dt"])
    charges = []
    for name, lo, hi in rng.sample(KU_CHARGES, [1, 2, 1, 2][i]):
        a = D(rng.randint(lo // 50, hi // 50) * 50)
        charges.append({"desc": name, "qty": None, "price": a, "amount": a, "show_qty": False})
    items = trips + charges
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    tin = digits(rng, 9, True)
    vid = f"{tin}-7000"
    btin = digits(rng, 9, True)
    bvat = f"{btin}-7000"
    no = [f"WCM/INV/{d.year}/{rng.randint(100, 999)}", f"RTS-{rng.randint(10000, 99999)}", f"NWL{d.strftime('%y')}{rng.randint(1000, 9999)}", f"DFC/{rng.randint(100, 999)}/{d.strftime('%m%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i != 3 else None
    po = [f"LDC/PO/{rng.randint(1000, 9999)}", f"CCF-{rng.randint(100000, 999999)}", None, f"SCD/{d.year}/{rng.randint(10, 99)}"][i]
    fx = D(rng.randint(29210, 30490)) / 100 if i in (1, 2) else None
    usd = q2(total / fx) if fx else None
    period = f"{fd(trips[0]['dt'])} to {fd(trips[-1]['dt'])}"
    bank = rng.choice(["Commercial Bank of Ceylon PLC, Kurunegala", "Bank of Ceylon, Kurunegala Super Grade", "Hatton National Bank PLC, Kurunegala", "Sampath Bank PLC, Kurunegala"])

    def render(path):
        pdf = lfont(new_fpdf(orientation="L", creator="Sage 50 Accounting"))
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(12, 10, 4, 22, "F")
        txt(pdf, 19, 10, vname, 15, "B", font="LNarrow", color=color)
        txt(pdf, 19, 17.5, f"{vaddr}, Sri Lanka · Tel 037 22{rng.randint(10000, 99999)} · Hotline 077 {rng.randint(1000000, 9999999)}", 8.6, font="LNarrow")
        txt(pdf, 19, 22, f"Co. Reg. No. {pvp}{rng.randint(1000, 9999)} · TIN {tin} · VAT Reg. No. {vid}", 8.6, font="LNarrow")
        txt(pdf, 19, 26.5, f"Bankers: {bank}, A/C {digits(rng, 10, True)}", 8.6, font="LNarrow")
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(205, 10, 80, 22)
        txt(pdf, 207, 12, "TAX INVOICE", 16, "B", font="LNarrow", w=76, align="C")
        txt(pdf, 207, 20, "Supplier's VAT Reg. No.", 8, font="LNarrow", w=76, align="C")
        txt(pdf, 207, 25, vid, 10, "B", font="LNarrow", w=76, align="C")
        # facts grid: label and value beside each other, ruled
        grid = [("Invoice No.", no), ("Date of Invoice", fd(d)), ("Period of Supply", period), ("Your Order No.", po or "—"), ("Credit Terms", f"{(due - d).days} days" if due else "Cash on delivery"), ("Payment Due", fd(due) if due else "—")]
        x0, y0, cw, ch_ = 12, 37, 91, 7
        for k, (lab, val) in enumerate(grid):
            cx, cy = x0 + (k % 3) * cw, y0 + (k // 3) * ch_
            pdf.rect(cx, cy, cw, ch_)
            txt(pdf, cx + 1.5, cy + 1.8, lab + ":", 8.4, font="LNarrow", color=(70, 70, 70))
            txt(pdf, cx + 31, cy + 1.6, val, 9, "B", font="LNarrow")
        pdf.rect(12, 53, 273, 15)
        txt(pdf, 14, 54.5, "Purchaser's Name & Address:", 8.2, font="LNarrow", color=(70, 70, 70))
        txt(pdf, 14, 59, f"{bname}, {baddr}", 9.6, "B", font="LNarrow")
        txt(pdf, 14, 63.5, f"Purchaser's TIN / VAT No.: {bvat}", 8.6, font="LNarrow")
        txt(pdf, 160, 54.5, "Place of Supply:", 8.2, font="LNarrow", color=(70, 70, 70))
        txt(pdf, 160, 59, "Kurunegala District, North Western Province", 9, font="LNarrow")
        txt(pdf, 160, 63.5, f"Date of Delivery: {fd(trips[-1]['dt'])}", 8.6, font="LNarrow")
        cols = [("#", 8, "R"), ("Date", 22, "L"), ("Waybill", 20, "L"), ("Vehicle", 24, "L"), ("Description of Service", 95, "L"), ("Weight (kg)", 24, "R"), ("Rate Rs./kg", 22, "R"), ("Amount (Rs.)", 58, "R")]
        rows = []
        for k, x in enumerate(items):
            if x.get("show_qty", True):
                rows.append([str(k + 1), fd(x["dt"]), x["wb"], x["veh"], x["desc"], inr(x["qty"], 0), en(x["price"]), inr(x["amount"])])
            else:
                rows.append([str(k + 1), "", "", "", x["desc"], "", "", inr(x["amount"])])
        y0t = 72
        y = table(pdf, 12, y0t, cols, rows, size=8.6, font="LNarrow", rowh=6.4, header_fill=(228, 232, 240), line_color=(0, 0, 0))
        frame(pdf, 12, y0t, y, cols, color=(0, 0, 0))
        # totals box, ruled, bottom right
        tw = [("Value of Supply (excl. VAT)", inr(net)), ("VAT @ 18%", inr(tax)), ("Total Amount Payable (Rs.)", inr(total))]
        ty = y + 3
        for k, (lab, val) in enumerate(tw):
            pdf.rect(177, ty, 50, 7)
            pdf.rect(227, ty, 58, 7)
            bold = "B" if k == 2 else ""
            txt(pdf, 179, ty + 1.6, lab, 8.8, bold, font="LNarrow")
            txt(pdf, 229, ty + 1.5, val, 9.6, bold, font="LNarrow", w=54, align="R")
            ty += 7
        para(pdf, 12, y + 4, 150, "Amount in words: " + rupee_words(total, "Rupees", "Cents") + ".", 8.4, font="LNarrow", h=4.2)
        if fx:
            txt(pdf, 12, y + 15, f"For information: USD {en(usd)} at the CBSL indicative rate of Rs. {en(fx)} per USD on {fd(d)}.", 8.2, font="LNarrow", color=(80, 80, 80))
        txt(pdf, 12, 186, "Please make cheques payable to " + vname + " (A/C Payee only). Claims for shortages must reach us within 7 days of delivery. Goods carried at owner's risk.", 7.8, font="LNarrow", color=(60, 60, 60))
        txt(pdf, 12, 191, "Prepared by: ____________________     Checked by: ____________________     Authorised signatory: ____________________", 8.2, font="LNarrow")
        txt(pdf, 230, 200, "Page 1 of 1", 7.6, font="LNarrow", w=55, align="R", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Kurunegala (North Western Province, Sri Lanka) haulier's TAX INVOICE on a LANDSCAPE page: the facts as 'Label: value' BESIDE each other in a ruled grid, a FULLY RULED table of trips "
        "(date, waybill, vehicle, route, weight in kg, rate per kg) and flat charges without weight, VAT 18 %, Indian grouping 'Rs. 1,23,456.00', the amount in words: "
        "vendor = the name at the top left; vendor_tax_id = 'VAT Reg. No.' (TIN-7000, also in the box under the title; the TIN alone, the company registration number, the purchaser's TIN / VAT No., the bank account, waybills and vehicle numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date of Invoice' (the period of supply, the trip dates and the 'Date of Delivery' are decoys). "
        + due_note(due, "Cash on delivery", "Payment Due")
        + po_note(po, "Your Order No.")
        + "subtotal = 'Value of Supply (excl. VAT)'; tax = 'VAT @ 18%'; total = 'Total Amount Payable (Rs.)'"
        + ("; the USD amount 'For information' is a decoy" if fx else "")
        + ". Currency LKR ('Rs.'). Line items: every trip (quantity = the weight in kg) and every flat charge (no quantity)."
    )
    t = truth(vname, vid, no, po, d, due, "LKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvat, "Total Amount Payable (Rs.)", fd(due) if due else None, en(usd) if usd else None, rupee_words(total, "Rupees", "Cents")]}
    return t, chk, render


# =========================================================================== 07 Biratnagar (VAT 13 %, NPR), business letter in running text
BR_V = [
    ("Koshi Jute Traders Pvt. Ltd.", "Main Road, Biratnagar-9, Morang, Koshi Province, Nepal", "KJT"),
    ("Morang Sugar & Agro Supplies Pvt. Ltd.", "Traffic Chowk, Biratnagar-4, Morang, Nepal", "MSA"),
    ("Biratnagar Steel Fabricators Pvt. Ltd.", "Industrial District, Tankisinuwari, Biratnagar, Nepal", "BSF"),
    ("Purbanchal Computer & Office Systems Pvt. Ltd.", "Hospital Road, Biratnagar-7, Morang, Nepal", "PCO"),
]
BR_B = [
    ("The Purchase Manager", "Arihant Multifibres Ltd.", "Duhabi, Sunsari"),
    ("The Store In-charge", "Itahari Bakery Udhyog Pvt. Ltd.", "Itahari-6, Sunsari"),
    ("The Project Manager", "Dharan Sub-Metropolitan City Office", "Dharan, Sunsari"),
    ("The Administration Chief", "Koshi Hospital", "Biratnagar-7, Morang"),
]
BR_ROWS = [
    [("hessian bags, B-Twill, 50 kg", "bags", 500, 4000, 88, 135), ("jute yarn, 8 lbs, sacking weft", "kg", 200, 2500, 145, 210), ("jute twine, 3 ply", "kg", 50, 600, 180, 260), ("jute carpet backing cloth", "metres", 200, 1500, 95, 160)],
    [("refined sugar, 50 kg bags", "bags", 10, 120, 4200, 5600), ("printed bread wrappers, packs of 1,000", "packs", 5, 80, 1800, 3200), ("vegetable ghee, 15 kg tins", "tins", 5, 60, 3100, 4200), ("baking yeast, 500 g packs", "packs", 20, 200, 240, 390)],
    [("MS structural steel fabrication for the ward office shed", "kg", 1500, 6000, 135, 190), ("galvanised roofing sheets, 0.45 mm", "sheets", 40, 300, 980, 1650), ("erection labour at site", "man-days", 20, 120, 1200, 1800), ("anti-rust primer and enamel painting", "sq. m", 100, 600, 180, 320)],
    [("desktop computers, Core i5, 8 GB RAM, 512 GB SSD, with 22-inch monitors", "sets", 2, 12, 68000, 96000), ("laser printer toner cartridges, 85A compatible", "pcs", 10, 60, 1800, 3400),
     ("line-interactive UPS 1 kVA", "pcs", 2, 12, 9500, 16000), ("A4 copier paper, 80 gsm, reams of 500 sheets", "reams", 50, 400, 520, 720)],
]


PER = {"bags": "bag", "metres": "metre", "sheets": "sheet", "man-days": "man-day", "tins": "tin", "packs": "pack", "boxes": "box", "bottles": "bottle", "pcs": "piece"}


def bs_date(x):
    """An approximate Bikram Sambat date (the month taken to turn on the AD month's 15th): a decoy, not exact."""
    if x.day >= 15:
        m, day = (x.month - 4) % 12 + 1, x.day - 14
    else:
        m, day = (x.month - 5) % 12 + 1, x.day + 16
    y = x.year + (57 if (x.month, x.day) >= (4, 14) else 56)
    return f"{y}/{m:02d}/{day:02d}"


@style("07", "np_brt_biratnagar_letter_vat_13_running_text_words")
def s07(rng, i):
    vname, vaddr, code = BR_V[i]
    who, bname, baddr = BR_B[i]
    d = rand_date(rng)
    items = lines(rng, BR_ROWS[i], [2, 3, 3, 4][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.13"))
    total = net + tax
    vid = f"{rng.choice([3, 6])}{digits(rng, 8)}"
    bpan = f"{rng.choice([3, 6])}{digits(rng, 8)}"
    fy = f"{d.year + 56 if (d.month, d.day) < (7, 16) else d.year + 57}/{(d.year + 57 if (d.month, d.day) < (7, 16) else d.year + 58) % 100:02d}"
    no = [f"{code}-{rng.randint(100, 999)}/{fy}", f"{code}/{fy}/{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}", f"{code}-INV-{rng.randint(1000, 9999)}"][i]
    ref = f"{code}/{fy}/L-{rng.randint(10, 99)}"
    mon = MONTHS["en"]
    fd = [lambda x: f"{x.day} {mon[x.month - 1]} {x.year}", lambda x: f"{mon[x.month - 1]} {x.day}, {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {mon[x.month - 1][:3]}. {x.year}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 35])) if i in (0, 2) else None
    po = [f"AML/PO/{rng.randint(100, 999)}", None, f"DSMC/{fy}/{rng.randint(10, 99)}", f"KH-PH-{rng.randint(1000, 9999)}"][i]
    pod = d - dt.timedelta(days=rng.randint(8, 30))
    table_doc = i in (1, 3)
    bank = rng.choice(["Nabil Bank Ltd., Biratnagar Branch", "Nepal Investment Mega Bank Ltd., Biratnagar", "Global IME Bank Ltd., Main Road Biratnagar", "Rastriya Banijya Bank Ltd., Biratnagar"])
    acct = digits(rng, 16, True)
    words = rupee_words(total, "Rupees", "Paisa")

    def item_sentence(x):
        return f"{inr(x['qty'], 0) if x['qty'] >= 1000 else qstr(x['qty'])} {x['unit']} of {x['desc']} at NPR {inr(x['price'])} per {PER.get(x['unit'], x['unit'])}, amounting to NPR {inr(x['amount'])}"

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 0, 14, vname, 17, "B", font="Serif", w=210, align="C", color=(90, 30, 20))
        txt(pdf, 0, 22, vaddr, 8.8, font="Serif", w=210, align="C")
        txt(pdf, 0, 26.5, f"Phone: 021-{rng.randint(400000, 599999)} · Email: info@{code.lower()}.com.np · PAN/VAT No.: {vid}", 8.8, font="Serif", w=210, align="C")
        pdf.set_draw_color(90, 30, 20)
        pdf.set_line_width(0.6)
        pdf.line(20, 32, 190, 32)
        pdf.set_line_width(0.2)
        pdf.line(20, 33, 190, 33)
        txt(pdf, 22, 39, f"Ref. No.: {ref}", 9.6, font="Serif")
        txt(pdf, 110, 39, f"Date: {fd(d)}", 9.6, font="Serif", w=78, align="R")
        txt(pdf, 110, 44, f"Miti: {bs_date(d)} B.S.", 8.6, font="Serif", w=78, align="R", color=(80, 80, 80))
        y = para(pdf, 22, 50, 120, f"To,\n{who},\n{bname},\n{baddr}.\nPAN: {bpan}", 10, font="Serif", h=5)
        y += 5
        y = para(pdf, 22, y, 166, f"Subject: Tax Invoice No. {no} for the supply of {['jute goods', 'bakery supplies', 'steel fabrication works', 'computers and office supplies'][i]}", 10, "B", font="Serif", h=5) + 4
        y = para(pdf, 22, y, 166, "Dear Sir/Madam,", 10, font="Serif", h=5) + 2
        opening = (
            f"With reference to {'your Purchase Order No. ' + po + ' dated ' + fd(pod) if po else 'your telephonic order'}, we are pleased to submit our Tax Invoice No. {no} dated {fd(d)} "
            f"for the goods and services delivered to {baddr.split(',')[0]}{' on ' + fd(d - dt.timedelta(days=rng.randint(1, 5))) if i != 2 else ''}."
        )
        y = para(pdf, 22, y, 166, opening, 10, font="Serif", h=5.2, align="J") + 3
        if table_doc:
            y = para(pdf, 22, y, 166, "The particulars of the supply are as follows:", 10, font="Serif", h=5.2) + 2
            cols = [("S.N.", 12, "R"), ("Particulars", 78, "L"), ("Qty", 22, "R"), ("Rate (NPR)", 26, "R"), ("Amount (NPR)", 28, "R")]
            rows = [[str(k + 1), wrap(f"{x['desc'][0].upper()}{x['desc'][1:]}", 44), f"{inr(x['qty'], 0) if x['qty'] >= 1000 else qstr(x['qty'])} {x['unit']}", inr(x["price"]), inr(x["amount"])] for k, x in enumerate(items)]
            y = table(pdf, 22, y, cols, rows, size=8.8, font="Serif", rowh=6, header_style="B", line_color=(120, 120, 120)) + 4
        else:
            y = para(pdf, 22, y, 166, "The invoice covers the following:", 10, font="Serif", h=5.2) + 1
            for k, x in enumerate(items):
                y = para(pdf, 28, y, 160, f"({chr(97 + k)})  {item_sentence(x)}{';' if k < len(items) - 1 else '.'}", 10, font="Serif", h=5.2) + 1
            y += 2
        sums = (
            f"The taxable value of the supply amounts to NPR {inr(net)}. Value Added Tax at the rate of 13% on this value comes to NPR {inr(tax)}, "
            f"and the total invoice value is therefore NPR {inr(total)} ({words})."
        )
        y = para(pdf, 22, y, 166, sums, 10, font="Serif", h=5.2, align="J") + 3
        if due:
            pay = f"We kindly request you to settle the invoice on or before {fd(due)} by cheque or by transfer to our account No. {acct} at {bank}."
        else:
            pay = f"The amount is payable on receipt of this letter, by cheque in the name of {vname} or by transfer to our account No. {acct} at {bank}."
        y = para(pdf, 22, y, 166, pay + " Tax deducted at source, if any, may kindly be intimated with the deduction certificate.", 10, font="Serif", h=5.2, align="J") + 3
        y = para(pdf, 22, y, 166, "We thank you for your continued patronage and look forward to serving you again.", 10, font="Serif", h=5.2) + 8
        para(pdf, 22, y, 120, f"Yours faithfully,\nFor {vname}\n\n\n______________________\nAuthorised Signatory", 10, font="Serif", h=5)
        txt(pdf, 0, 283, f"Encl.: Tax Invoice No. {no} (original), delivery challan. · Registered at Office of the Company Registrar, Reg. No. {rng.randint(10000, 199999)}/{rng.randint(60, 81)}/0{rng.randint(62, 80)}", 7.2, font="Serif", w=210, align="C", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Biratnagar (Morang, Koshi Province, Nepal) TAX INVOICE sent as a BUSINESS LETTER in a serif font: the facts and the sums in RUNNING SENTENCES ('… our Tax Invoice No. … dated …', "
        "'The taxable value of the supply amounts to NPR …. Value Added Tax at the rate of 13% … comes to NPR …, and the total invoice value is therefore NPR …'), "
        + ("a small table of the items" if table_doc else "one sentence per item and no table")
        + ", Indian grouping 'NPR 1,23,456.00', the total in words in lakhs: vendor = the letterhead; vendor_tax_id = 'PAN/VAT No.' in the letterhead (9 digits; the addressee's PAN, the letter's 'Ref. No.', the company registration number and the bank account are decoys). "
        "invoice_number = 'Tax Invoice No.' in the subject line and the opening sentence; invoice_date = the letter's 'Date:' and 'dated' in the opening sentence (the 'Miti' in Bikram Sambat is an approximate decoy; the order date and the delivery date are decoys). "
        + due_note(due, "payable on receipt of this letter", "on or before")
        + po_note(po, "your Purchase Order No.")
        + "subtotal = 'The taxable value of the supply amounts to'; tax = 'Value Added Tax at the rate of 13% … comes to'; total = 'the total invoice value is therefore'. Currency NPR. Line items: every item "
        + ("row." if table_doc else "sentence (a), (b), ….")
    )
    t = truth(vname, vid, no, po, d, due, "NPR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bpan, ref, words, fd(due) if due else None]}
    return t, chk, render
