"""fpdf2 styles for set 11, part B (06 Sri Lankan advertising agency's tax invoice as a letter with a media schedule, the
agency commission deducted and VAT 18 %, twice over two pages; 09 Ugandan EFRIS e-invoice in sections A to F with
VAT-inclusive item prices)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    lfont,
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
from kit_common import qr_fpdf
from kit_words import en_words_title

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Sri Lankan advertising agency tax invoice (letter, media schedule, commission, VAT 18 %)
LK_V = [
    ("Lanka Media Partners (Pvt) Ltd", ["No. 45, Dharmapala Mawatha", "Colombo 03"], (170, 30, 40)),
    ("Ceylon Creative Communications (Pvt) Ltd", ["23/1 Ward Place", "Colombo 07"], (20, 90, 140)),
    ("Kandy Ad Works (Pvt) Ltd", ["112 Peradeniya Road", "Kandy"], (40, 120, 70)),
    ("Serendib Media Buying (Pvt) Ltd", ["Level 8, East Tower, World Trade Centre", "Colombo 01"], (90, 60, 130)),
]
LK_B = [("Ceylon Biscuits Limited", ["The Marketing Manager", "No. 205, Makumbura, Pannipitiya"], "Munchee Super Cream Cracker relaunch"),
        ("Dialog Axiata PLC", ["The Head of Brand", "475, Union Place", "Colombo 02"], "Home Broadband Festive Offers"),
        ("Kandy City Centre (Pvt) Ltd", ["The General Manager", "No. 5, Dalada Veediya", "Kandy"], "Esala Season Sale"),
        ("Hayleys Consumer Products Ltd", ["The Brand Manager", "400 Deans Road", "Colombo 10"], "Baby Cheramy Mother's Day campaign")]
LK_MEDIA = [("Daily Mirror", "press"), ("Sunday Times", "press"), ("Lankadeepa", "press"), ("Daily News", "press"), ("Divaina", "press"), ("Derana TV", "tv"), ("Sirasa TV", "tv"),
            ("Hiru TV", "tv"), ("ITN", "tv"), ("Hiru FM", "radio"), ("Sirasa FM", "radio"), ("Yes FM", "radio"), ("Neth FM", "radio")]
LK_POS = {"press": [("Page 3, full colour", "20 x 4 col cm", 180000, 420000), ("Back page, full colour", "25 x 8 col cm", 380000, 650000), ("Classified section, B/W", "10 x 2 col cm", 18000, 45000), ("Front page solus", "12 x 3 col cm", 220000, 380000)],
          "tv": [("Prime time 19:00-21:00", "30 sec", 85000, 180000), ("News break 20:00", "30 sec", 120000, 210000), ("Teledrama break", "20 sec", 45000, 90000), ("Morning show", "45 sec", 38000, 75000)],
          "radio": [("Drive time 07:00-09:00", "30 sec", 6500, 18000), ("News sponsorship", "15 sec", 4500, 9000), ("Evening drive 17:00-19:00", "30 sec", 5500, 14000)]}
LK_PROD = [("Artwork adaptation and resizing (press)", 25000, 90000), ("TVC edit-down 30 sec to 20 sec", 85000, 240000), ("Radio spot recording and voice-over", 35000, 95000)]


@style("06", "lk_media_agency_commission")
def s06(rng, i):
    vname, vaddr, color = LK_V[i]
    bname, baddr, campaign = LK_B[i]
    d = rand_date(rng)
    n = [rng.randint(5, 9), rng.randint(24, 30), rng.randint(4, 7), rng.randint(20, 26)][i]
    start = d - dt.timedelta(days=rng.randint(20, 45))
    items = []
    for _ in range(n):
        medium, kind = rng.choice(LK_MEDIA)
        pos, size, lo, hi = rng.choice(LK_POS[kind])
        q = D(rng.randint(1, 6)) if kind != "press" else D(1)
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"dt": min(start + dt.timedelta(days=rng.randint(0, 25)), d - dt.timedelta(days=1)), "medium": medium, "pos": pos, "size": size, "qty": q, "price": p, "amount": q2(q * p), "media": True})
    items.sort(key=lambda x: x["dt"])
    prods = [{"dt": None, "medium": desc, "pos": "", "size": "", "qty": D(1), "price": D(rng.randint(lo // 500, hi // 500) * 500), "media": False} for desc, lo, hi in rng.sample(LK_PROD, rng.randint(0, 2))]
    for p in prods:
        p["amount"] = p["price"]
    gross_media = sum(it["amount"] for it in items)
    comm = q2(gross_media * D("0.15"))
    prod = sum(p["amount"] for p in prods)
    net = gross_media - comm + prod
    tax = q2(net * D("0.18"))
    total = net + tax
    tin = rng.choice("1134") + digits(rng, 8)
    vat = f"{tin}-7000"
    no = [f"LMP/INV/{d.year}/{rng.randint(10, 999):04d}", f"CCC-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{str(d.year)[2:]}", f"SMB{d.year}{rng.randint(100, 999)}"][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    long_d = f"{ordinal(d.day)} {d.strftime('%B')} {d.year}"
    due = d + dt.timedelta(days=45) if i == 2 else None
    po = [f"CBL/MKT/PO/{rng.randint(1000, 9999)}", f"PO{rng.randint(4500000000, 4599999999)}", None, f"HCP-{rng.randint(10000, 99999)}"][i]
    po_d = start - dt.timedelta(days=rng.randint(3, 20))
    rupees, cents = int(total), int((total - int(total)) * 100)
    words = f"Rupees {en_words_title(rupees)}" + (f" and Cents {en_words_title(cents)}" if cents else "") + " Only"
    rows = [[f(it["dt"]), it["medium"], it["pos"], it["size"], qstr(it["qty"]), en(it["price"]), en(it["amount"])] for it in items]
    rows += [["", p["medium"], "", "", "1", en(p["price"]), en(p["amount"])] for p in prods]
    cols = [("Date", 20, "L"), ("Medium", 27, "L"), ("Position / Spot", 40, "L"), ("Size / Duration", 27, "L"), ("Ins.", 10, "R"), ("Rate (Rs.)", 25, "R"), ("Amount (Rs.)", 29, "R")]
    first = 18 if len(rows) > 20 else len(rows)
    pages = [rows[:first], rows[first:]] if first < len(rows) else [rows]

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word - LMP invoice template")
        lfont(pdf)
        for p, chunk in enumerate(pages, 1):
            pdf.add_page()
            txt(pdf, 16, 12, vname, 14, "B", "LSerif", color=color)
            txt(pdf, 16, 18.5, " · ".join(vaddr) + f" · Tel: +94 {rng.randint(11, 81)} {digits(rng, 3, True)} {digits(rng, 4)}", 7.8, "", "LSerif", color=(70, 70, 70))
            txt(pdf, 16, 22.5, f"TIN: {tin}  ·  VAT Reg. No.: {vat}  ·  Company Reg. No.: PV {rng.randint(10000, 120000)}", 7.8, "", "LSerif", color=(70, 70, 70))
            pdf.set_draw_color(*color)
            pdf.line(16, 27, 194, 27)
            txt(pdf, 150, 280, f"Page {p} of {len(pages)}", 7.4, "", "LSerif", "R", 44, color=(90, 90, 90))
            if p == 1:
                txt(pdf, 140, 33, long_d, 9.6, "", "LSerif", "R", 54)
                for k, s_ in enumerate(baddr[:1] + [bname] + baddr[1:]):
                    txt(pdf, 16, 33 + k * 4.6, s_, 9.6, "B" if k == 1 else "", "LSerif")
                y = 33 + (len(baddr) + 1) * 4.6 + 5
                txt(pdf, 16, y, "Dear Sir / Madam,", 9.6, "", "LSerif")
                txt(pdf, 16, y + 7, f"TAX INVOICE – {campaign.upper()}", 10.4, "B", "LSerif")
                pdf.set_font("LSerif", "", 9.6)
                pdf.set_text_color(0, 0, 0)
                pdf.set_xy(16, y + 13)
                body = "We have pleasure in submitting our invoice for the media placements made on your behalf" + (f" under your Purchase Order No. {po} dated {f(po_d)}" if po else "") + ", as scheduled below. Media rates are as per the media owners' rate cards; our commission of 15% on media is deducted."
                pdf.multi_cell(178, 4.8, body)
                y = pdf.get_y() + 3
                kv = [("Tax Invoice No.", no), ("Date of Invoice", f(d)), ("Date of Delivery", f(items[-1]["dt"])), ("Place of Supply", vaddr[-1]), ("Purchaser's VAT No.", f"{rng.choice('1134')}{digits(rng, 8)}-7000")]
                pdf.set_draw_color(150, 150, 150)
                pdf.rect(16, y, 178, len(kv) * 4.8 + 2)
                for k, (a, b) in enumerate(kv):
                    txt(pdf, 19, y + 1.3 + k * 4.8, a, 8.6, "", "LSerif", color=(80, 80, 80))
                    txt(pdf, 60, y + 1.3 + k * 4.8, b, 8.6, "B" if k == 0 else "", "LSerif")
                y += len(kv) * 4.8 + 7
            else:
                txt(pdf, 16, 33, f"Tax Invoice No. {no} – {bname} – continued", 9.6, "B", "LSerif")
                y = 42
            y = table(pdf, 16, y, cols, chunk, size=7.6, font="LSans", rowh=5.8, header_fill=(235, 235, 235), line_color=(190, 190, 190))
            if p < len(pages):
                txt(pdf, 16, y + 3, "continued on page 2 ...", 8, "I", "DV", color=(90, 90, 90))
                continue
            y += 4
            summ = [("Gross media value", en(gross_media)), ("Less: agency commission 15% on media", f"({en(comm)})"), ("Net media value", en(gross_media - comm))]
            if prods:
                summ.append(("Production charges", en(prod)))
            summ += [("Value of supply", en(net)), ("VAT @ 18%", en(tax)), ("Total amount payable (Rs.)", en(total))]
            for a, b in summ:
                bold = a.startswith(("Total", "Value"))
                txt(pdf, 100, y, a, 8.8, "B" if bold else "", "LSerif")
                txt(pdf, 160, y, b, 8.8, "B" if bold else "", "LSerif", "R", 34)
                y += 5
            y += 3
            pdf.set_font("LSerif", "", 9)
            pdf.set_xy(16, y)
            pdf.multi_cell(178, 4.6, f"Amount in words: {words}.")
            y = pdf.get_y() + 3
            terms = f"Payment due by {f(due)}." if due else "Payment within 30 days of the invoice date."
            pdf.set_xy(16, y)
            pdf.multi_cell(178, 4.6, terms + f" Cheques to be drawn in favour of {vname}, or transfer to Commercial Bank of Ceylon PLC, A/C No. {digits(rng, 10, True)}. Kindly quote the invoice number.")
            y = pdf.get_y() + 8
            txt(pdf, 16, y, "Yours faithfully,", 9.6, "", "LSerif")
            txt(pdf, 16, y + 14, rng.choice(["Dilani Perera", "Ruwan Jayasinghe", "Shehan Fernando", "Nadeesha Wickramasinghe"]), 9.6, "", "LSerif")
            txt(pdf, 16, y + 18.5, "Head of Finance", 8.6, "", "LSerif", color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Sri Lankan advertising agency's tax invoice as a serif letter" + (" over two pages (the schedule continues on page 2, where the totals are)" if len(pages) > 1 else "") + ": vendor = the letterhead; vendor tax id = "
        "'VAT Reg. No.' (TIN-7000, as printed; the bare 'TIN' beside it is its first nine digits, and the company registration and the purchaser's VAT No. are decoys; no public checksum). "
        "invoice_number = 'Tax Invoice No.'; invoice_date = 'Date of Invoice' (dd/mm/yyyy; also the letter's date '" + long_d + "'); 'Date of Delivery' (the last insertion), the insertion dates "
        + ("and the PO's date " if po else "") + "are decoys. " + ("due = 'Payment due by'. " if due else "'Payment within 30 days': no due date (null). ")
        + (f"PO = 'Purchase Order No.' {po}, in the letter's text. " if po else "No PO. ")
        + "subtotal = 'Value of supply' (gross media less the 15% agency commission, plus production); tax = 'VAT @ 18%'; total = 'Total amount payable (Rs.)'; gross media value, commission and net media "
        "value are parts. Currency LKR ('Rs.', 'Rupees' in the words). Amounts '1,234,567.89'. Line items: every schedule row and production row (amount = 'Amount (Rs.)', gross of commission; "
        "quantity = 'Ins.' insertions); the commission is not a line."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="LKR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items + prods), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, vat, no, po, vname, long_d], "line_adjustment": mt(-comm)}
    return t, chk, render


# =========================================================================== 09 Ugandan EFRIS e-invoice (sections A-F, TIN, FDN, VAT 18 % included in item prices)
UG_V = [
    ("KAMPALA OFFICE WORLD LIMITED", "Office World", "Plot 24, Jinja Road, Kampala", (0, 90, 150)),
    ("JINJA STEEL & HARDWARE LIMITED", "Jinja Steel", "Plot 7, Main Street, Jinja", (150, 60, 20)),
    ("GULU AGRO DEALERS (U) LIMITED", "Gulu Agro", "Plot 3, Awich Road, Gulu", (40, 120, 40)),
    ("PEARL TECH SOLUTIONS LIMITED", "PearlTech", "Plot 88, Kampala Road, Kampala", (90, 40, 120)),
]
UG_B = [("UGANDA REVENUE AUTHORITY STAFF SACCO", "B2B", "Nakawa, Kampala"), ("ROOFINGS GROUP LIMITED", "B2B", "Namanve Industrial Park, Mukono"),
        ("GULU DISTRICT LOCAL GOVERNMENT", "B2G", "Gulu"), ("STANBIC BANK UGANDA LIMITED", "B2B", "Crested Towers, Kampala")]
UG_L = [
    [("A4 Photocopy Paper (ream)", "Ream", 18000, 26000, 10, 200, "A"), ("HP 85A Toner Cartridge", "Pcs", 185000, 260000, 1, 10, "A"), ("Box File, Heavy Duty", "Pcs", 9000, 15000, 10, 100, "A"), ("Exercise Books 96pg (doz)", "Dozen", 9500, 14000, 5, 50, "C")],
    [("Iron Sheets G28 3m", "Pcs", 38000, 52000, 20, 400, "A"), ("Steel Bar Y12 12m", "Pcs", 42000, 58000, 10, 200, "A"), ("Cement Tororo 50kg", "Bag", 32000, 38500, 20, 500, "A"), ("Binding Wire 25kg", "Roll", 145000, 185000, 1, 20, "A")],
    [("Maize Seed Longe 10H (2kg)", "Pkt", 14000, 19000, 20, 300, "C"), ("NPK Fertilizer 50kg", "Bag", 165000, 210000, 5, 80, "C"), ("Knapsack Sprayer 16L", "Pcs", 85000, 120000, 2, 30, "A"), ("Hoe (Jembe) with handle", "Pcs", 18000, 26000, 10, 200, "A"), ("Cassava Cuttings NASE 14 (bundle)", "Bundle", 15000, 25000, 5, 60, "B")],
    [("Laptop Dell Latitude 5440", "Pcs", 1450, 1950, 1, 12, "A"), ("Network Switch 24-Port", "Pcs", 280, 520, 1, 4, "A"), ("Installation & Configuration Services", "Job", 300, 900, 1, 2, "A")],
]
UG_CAT = {"A": ("A: Standard (18%)", D(18)), "B": ("B: Zero (0%)", D(0)), "C": ("C: Exempt (-)", None)}


@style("09", "ug_efris_e_invoice_sections")
def s09(rng, i):
    vname, trade, vaddr, color = UG_V[i]
    bname, btype, baddr = UG_B[i]
    d = rand_date(rng)
    usd = i == 3
    items = []
    for desc, unit, lo, hi, qlo, qhi, cat in rng.sample(UG_L[i], rng.randint(2, len(UG_L[i]))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) if usd else D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "cat": cat})
    cats = []
    for c in "ABC":
        g = sum(it["amount"] for it in items if it["cat"] == c)
        if any(it["cat"] == c for it in items):
            rate = UG_CAT[c][1]
            tx = q2(g * rate / (100 + rate)) if rate else D(0)
            cats.append((UG_CAT[c][0], g - tx, "18%" if rate else ("0%" if rate == 0 else "-"), tx, g))
    net = sum(c[1] for c in cats)
    tax = sum(c[3] for c in cats)
    total = net + tax
    tin = "100" + digits(rng, 7)
    fdn = digits(rng, 15, True)
    ref = [None, f"INV-{d.year}-{rng.randint(1000, 9999)}", None, f"PTS/{rng.randint(100, 999)}/{str(d.year)[2:]}"][i]
    f = (lambda x: x.strftime("%d/%m/%Y")) if i != 2 else (lambda x: x.isoformat())
    po = f"GDLG/LPO/{rng.randint(100, 999)}/{d.year}" if i == 2 else None
    cur = "USD" if usd else "UGX"
    whole = en_words_title(int(total))
    cents = int((total - int(total)) * 100)
    words = f"{whole} {'US Dollars' if usd else 'Shillings'}" + (f" and {en_words_title(cents)} {'Cents' if usd else 'Cents'}" if cents else "") + " Only"

    def section(pdf, y, title):
        pdf.set_fill_color(*color)
        pdf.rect(14, y, 182, 6, "F")
        txt(pdf, 16, y + 1.1, title, 8.6, "B", "LSans", color=(255, 255, 255))
        return y + 8

    def kv(pdf, y, pairs, x=16, lw=48):
        for a, b in pairs:
            txt(pdf, x, y, a, 8, "", "LSans", color=(70, 70, 70))
            txt(pdf, x + lw, y, b, 8, "B" if a.startswith(("Fiscal", "Gross Amount:")) else "", "LSans")
            y += 4.4
        return y

    def render(path):
        pdf = new_fpdf(creator="EFRIS System-to-System Integration")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 0, 10, "e-INVOICE / TAX INVOICE", 14, "B", "LSans", "C", 210)
        txt(pdf, 0, 16.5, "Uganda Revenue Authority – Electronic Fiscal Receipting and Invoicing Solution", 7.4, "", "LSans", "C", 210, color=(80, 80, 80))
        qr_fpdf(pdf, rng, 170, 8, 24)
        y = section(pdf, 34, "Section A: Seller's Details")
        y = kv(pdf, y, [("TIN:", tin), ("Legal Name:", vname), ("Trade Name:", trade), ("Address:", vaddr), ("Seller's Reference No.:", ref or "-"),
                        ("Served by:", rng.choice(["Sarah N.", "Moses K.", "Brian O.", "Grace A."]))])
        y = section(pdf, y + 1, "Section B: URA Information")
        yb = kv(pdf, y, [("Document Type:", "Original"), ("Issued Date:", f(d)), ("Time:", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")])
        kv(pdf, y, [("Device Number:", f"{tin}_{rng.randint(1, 9):02d}"), ("Fiscal Document Number:", fdn), ("Verification Code:", digits(rng, 20, True))], x=104, lw=40)
        y = section(pdf, yb + 1, "Section C: Buyer's Details")
        y = kv(pdf, y, [("Name:", bname), ("TIN:", "100" + digits(rng, 7)), ("Buyer Type:", btype), ("Address:", baddr)])
        y = section(pdf, y + 1, "Section D: Goods & Services Details")
        cols = [("No.", 10, "C"), ("Item", 62, "L"), ("Qty", 14, "R"), ("Unit Measure", 22, "L"), ("Unit Price", 24, "R"), ("Total", 26, "R"), ("Tax Category", 24, "L")]
        rows = [[str(k + 1), it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), en(it["amount"]), UG_CAT[it["cat"]][0].split(":")[0]] for k, it in enumerate(items)]
        y = table(pdf, 14, y, cols, rows, size=7.6, font="LSans", rowh=5.6, header_fill=(235, 235, 235), line_color=(180, 180, 180))
        y = section(pdf, y + 3, "Section E: Tax Details")
        cols_e = [("Tax Category", 52, "L"), ("Net Amount", 34, "R"), ("Tax Rate", 22, "C"), ("Tax Amount", 34, "R"), ("Gross Amount", 40, "R")]
        y = table(pdf, 14, y, cols_e, [[c[0], en(c[1]), c[2], en(c[3]), en(c[4])] for c in cats], size=7.6, font="LSans", rowh=5.6, header_fill=(235, 235, 235), line_color=(180, 180, 180))
        y = section(pdf, y + 3, "Section F: Summary")
        pairs = [("Net Amount:", en(net)), ("Tax Amount:", en(tax)), ("Gross Amount:", en(total)), ("Gross Amount in words:", words)]
        pairs += [("Payment Mode:", ["Credit", "Electronic Funds Transfer", "Credit", "Electronic Funds Transfer"][i]), ("Total Amount:", en(total)), ("Currency:", cur)]
        if usd:
            pairs.append(("Exchange Rate:", en(D(rng.randint(3600000, 3900000)) / 1000, 4)))
        pairs += [("Number of Items:", str(len(items))), ("Mode:", "Online"), ("Remarks:", f"LPO No. {po}" if po else rng.choice(["Goods once sold are not returnable.", "Thank you for your business.", "-"]))]
        y = kv(pdf, y, pairs)
        txt(pdf, 0, 284, "*** END OF e-INVOICE ***", 7.4, "", "LSans", "C", 210, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Ugandan EFRIS e-invoice in labelled sections A to F (fpdf2): vendor = 'Legal Name' in Section A (the 'Trade Name' is a decoy); vendor tax id = Section A's 'TIN' (10 digits, no public "
        "checksum); the buyer's TIN, the device number (which starts with the TIN), the verification code" + (" and the seller's reference number" if ref else "") + " are decoys. invoice_number = "
        "the 'Fiscal Document Number' (the document's number in EFRIS); invoice_date = 'Issued Date' (" + ("yyyy-mm-dd" if i == 2 else "dd/mm/yyyy") + "). No due date (null). "
        + (f"PO = 'LPO No.' {po} in the Remarks. " if po else "No PO. ")
        + "Item prices and totals include VAT (Section D); subtotal = Section F's 'Net Amount'; tax = 'Tax Amount' (18% on category A lines, as 18/118 of their gross; B zero-rated and C exempt carry none); "
        "total = 'Gross Amount' (= 'Total Amount', also in words). Section E's rows are parts. " + ("Currency USD; the exchange rate is a decoy. " if usd else "Currency UGX (shillings). ")
        + "Amounts '1,234,567.00'. Line items: every row of Section D (amount = 'Total', VAT included; quantity 'Qty')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=fdn, po_number=po, invoice_date=d.isoformat(), due_date=None,
        currency=cur, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), tin, fdn, po, vname, cur], render
