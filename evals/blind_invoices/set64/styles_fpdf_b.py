"""fpdf2 styles for set 64, second part (08 Dagupan consultancy's invoice of hours with wrapped descriptions, VAT 12 %,
the BIR summary block and a withholding tax below the total, one of four over two pages with a carried-forward sum;
09 Pangai (Ha'apai, Tonga) tax invoice with a RIGHT SIDEBAR of small-capital labels above their values holding the
facts and the totals, consumption tax 15 %, one a credit note; 10 Rabaul workshop invoice with parts and labour in a
table WITHOUT RULES, the totals at the LEFT, a trade discount on parts and GST 10 % in kina)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import digits, en, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Dagupan (VAT 12 %, PHP), hours, BIR block, EWT, two pages
DG_V = [
    ("PANGASINAN GEOTECHNICAL & DESIGN CONSULTANTS, INC.", "2/F Siapno Bldg., A.B. Fernandez Ave., Poblacion Oeste, Dagupan City, Pangasinan 2400", (20, 60, 120)),
    ("TAPUAC ACCOUNTING & TAX ADVISORY CO.", "Unit 5, Galvan Bldg., Arellano St., Tapuac District, Dagupan City 2400", (110, 30, 40)),
    ("LINGAYEN GULF MARINE SURVEYORS, INC.", "Bonuan Binloc, De Venecia Highway, Dagupan City, Pangasinan 2400", (10, 90, 80)),
    ("CALASIAO-DAGUPAN IT SOLUTIONS CORP.", "3/F CSI Mall Annex, Lucao District, Dagupan City 2400", (70, 40, 120)),
]
DG_B = [
    ("Pantal River Realty Development Corp.", "Perez Blvd., Dagupan City, Pangasinan"),
    ("Bonuan Boquig Bangus Processors Coop.", "Bonuan Boquig, Dagupan City"),
    ("Sual Coal Port Terminal Services, Inc.", "Pangascasan, Sual, Pangasinan"),
    ("Region I Medical Center Foundation, Inc.", "Arellano St., Dagupan City"),
]
DG_ROWS = [
    [("Engr. R. Soriano – structural analysis of the 4-storey RC commercial building, ETABS model, load combinations per NSCP 2015", "hr", 8, 40, 1800, 2800),
     ("Engr. M. Dela Cruz – soil investigation report: 3 boreholes to 15 m, SPT logs, bearing capacity recommendations", "hr", 6, 30, 1600, 2500),
     ("CAD drafting of foundation plans, footing schedules and details, 12 sheets", "hr", 10, 60, 650, 950),
     ("Site inspection and coordination meetings with the contractor, incl. travel within Pangasinan", "hr", 4, 20, 1400, 2200)],
    [("CPA review of the books of accounts and preparation of the audited financial statements FY 2025", "hr", 10, 40, 1500, 2400),
     ("Preparation and e-filing of BIR Forms 2550Q, 1601-EQ and 1702Q for the quarter", "hr", 4, 16, 1200, 1800),
     ("Bookkeeping, general ledger and subsidiary ledgers, monthly close", "hr", 8, 30, 600, 900),
     ("Tax advisory: VAT on sale of processed bangus, cooperative exemptions under RA 9520", "hr", 2, 8, 2500, 3500)],
    [("Draft and trim survey of MV bulk carrier at anchorage, Sual, incl. boat hire", "hr", 6, 20, 2200, 3400),
     ("On-hire / off-hire condition survey, photographs and written report", "hr", 4, 16, 1900, 2900),
     ("Hatch cover ultrasonic tightness test, 5 hatches", "hr", 3, 12, 2400, 3600),
     ("Cargo damage survey of coal stockpile after heavy rain, moisture sampling", "hr", 4, 14, 1800, 2600),
     ("Bunker survey (ROB) at completion of discharge", "hr", 2, 6, 2000, 3000),
     ("Lashing and securing inspection of deck cargo", "hr", 2, 8, 1700, 2500),
     ("Surveyor's overtime, Sunday and holiday rates", "hr", 2, 10, 2600, 3800),
     ("Report writing and issuance of survey certificates", "hr", 2, 8, 1400, 2000)],
    [("Programming: patient queueing module for the outpatient department, PHP/Laravel, incl. unit tests", "hr", 20, 80, 900, 1500),
     ("Network cabling and configuration of 24-port managed switches, 2nd floor wing", "hr", 6, 24, 700, 1100),
     ("Help-desk support, on-call, per hour beyond the retainer", "hr", 4, 20, 550, 850),
     ("Data migration of PhilHealth claims records and validation", "hr", 8, 30, 950, 1400)],
]


def _tin(rng):
    return f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['00000', '00000', '00001', '00002'])}"


@style("08", "ph_dag_dagupan_invoice_vat_12_hours_wrapped_bir_block_ewt_two_pages")
def s08(rng, i):
    vname, vaddr, color = DG_V[i]
    bname, baddr = DG_B[i]
    d = rand_date(rng)
    two = i == 2
    if two:
        items = []
        for _ in range(2):
            items += lines(rng, DG_ROWS[2], 8, D("0.50"), halves=True)
        for x in items:  # a survey log: the same service on several days, each row opening with its date
            x["sd"] = d - dt.timedelta(days=rng.randint(1, 24))
        items.sort(key=lambda x: x["sd"])
        for x in items:
            x["desc"] = f"{x['sd'].strftime('%m/%d')} – " + x["desc"]
    else:
        items = lines(rng, DG_ROWS[i], rng.randint(3, 4), D("0.50"), halves=True)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.12"))
    total = net + tax
    ewt_rate = [D("2"), D("0"), D("2"), D("0")][i]
    ewt = q2(net * ewt_rate / 100)
    due_amt = total - ewt
    vid = _tin(rng)
    btin = _tin(rng)
    no = [f"{rng.randint(1, 9999):07d}", f"{rng.randint(1, 9999):06d}", f"{rng.randint(1, 99999):07d}", f"{rng.randint(1, 9999):05d}"][i]
    mon = MONTHS["en"]
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: f"{mon[x.month - 1]} {x.day}, {x.year}", lambda x: f"{mon[x.month - 1][:3]}. {x.day}, {x.year}", lambda x: x.strftime("%m-%d-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    terms = ["30 days", "Upon receipt", "COD", "30 days"][i]
    po = [f"PRDC-PO-{rng.randint(1000, 9999)}", None, f"SCPTSI/{d.year}/{rng.randint(100, 999)}", f"RIMC-{rng.randint(10000, 99999)}"][i]
    atp_date = dt.date(d.year - 1, rng.randint(1, 12), rng.randint(1, 28))
    first_n = 13 if two else len(items)
    tel = rng.randint(5100000, 5299999)
    peso = "₱ " if i in (1, 3) else ""

    def header(pdf, page, pages):
        txt(pdf, 0, 10, vname, 12.5, "B", w=210, align="C", color=color)
        txt(pdf, 0, 16, vaddr, 7.8, w=210, align="C")
        txt(pdf, 0, 20, f"VAT Reg. TIN: {vid}   ·   Tel. (075) {tel}   ·   {['engineering', 'accounting', 'marine survey', 'IT'][i]} services", 7.8, w=210, align="C")
        pdf.set_draw_color(*color)
        pdf.line(15, 25, 195, 25)
        txt(pdf, 15, 28, "INVOICE", 16, "B", color=color)
        txt(pdf, 140, 28, "No.", 11, w=12)
        txt(pdf, 152, 27.5, no, 14, "B", w=43, align="R", color=(190, 20, 20))
        txt(pdf, 150, 284, f"Page {page} of {pages}", 7.4, w=45, align="R", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="QNE Optimum")
        pages = 2 if two else 1
        pdf.add_page()
        header(pdf, 1, pages)
        kv = [("Date:", fd(d)), ("Terms:", terms), ("P.O. No.:", po or ""), ("Due Date:", fd(due) if due else "")]
        y = 38
        txt(pdf, 15, y, "SOLD TO:", 7.6, "B", color=(90, 90, 90))
        para(pdf, 15, y + 4, 110, f"Registered Name: {bname}\nTIN: {btin}\nBusiness Address: {baddr}\nOSCA/PWD ID No.: ____________   Signature: ____________", 8.4, h=4.4)
        for k, (lab, val) in enumerate(kv):
            txt(pdf, 135, y + k * 5, lab, 8.4, color=(90, 90, 90))
            txt(pdf, 158, y + k * 5, val, 8.6, "B", w=37, align="R")
        cols = [("Item", 10, "R"), ("Description of Services", 98, "L"), ("Hours", 16, "R"), ("Rate/hr", 24, "R"), ("Amount" if peso else "Amount (PHP)", 32, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 54), qstr(x["qty"]), en(x["price"]), en(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, 62, cols, rows[:first_n], size=8, rowh=6, header_fill=(235, 238, 245), line_color=(170, 170, 170))
        if two:
            cf = sum(x["amount"] for x in items[:first_n])
            txt(pdf, 95, y + 3, "Balance carried forward to page 2:", 8.2, "I")
            txt(pdf, 163, y + 3, en(cf), 8.4, "B", w=32, align="R")
            pdf.add_page()
            header(pdf, 2, 2)
            txt(pdf, 15, 38, f"Invoice No. {no} (continued) – {bname}", 8.6, "B")
            txt(pdf, 95, 44, "Balance brought forward from page 1:", 8.2, "I")
            txt(pdf, 163, 44, en(cf), 8.4, "B", w=32, align="R")
            rows2 = [[r[0], r[1], r[2], r[3], r[4]] for r in rows[first_n:]]
            y = table(pdf, 15, 50, cols, rows2, size=8, rowh=6, header_fill=(235, 238, 245), line_color=(170, 170, 170))
        y += 6
        pdf.set_draw_color(120, 120, 120)
        left = [("VATable Sales", en(net)), ("VAT-Exempt Sales", "0.00"), ("Zero-Rated Sales", "0.00"), ("VAT Amount", en(tax))]
        right = [("Total Sales (VAT Inclusive)", peso + en(total)), ("Less: VAT", en(tax)), ("Amount: Net of VAT", en(net)), ("Less: SC/PWD Discount", "0.00"),
                 ("Add: VAT", en(tax)), (f"Less: Withholding Tax{f' ({ewt_rate:.0f}%)' if ewt else ''}", en(ewt)), ("TOTAL AMOUNT DUE", peso + en(due_amt))]
        pdf.rect(15, y, 72, 5.2 * len(left) + 3)
        for k, (a, b) in enumerate(left):
            txt(pdf, 17, y + 2 + k * 5.2, a, 8)
            txt(pdf, 55, y + 2 + k * 5.2, b, 8, w=30, align="R")
        pdf.rect(105, y, 90, 5.2 * len(right) + 3)
        for k, (a, b) in enumerate(right):
            bold = "B" if k == len(right) - 1 else ""
            txt(pdf, 107, y + 2 + k * 5.2, a, 8.2, bold)
            txt(pdf, 158, y + 2 + k * 5.2, b, 8.4, bold, w=35, align="R")
        y += 5.2 * len(right) + 8
        note = ("Please issue BIR Form 2307 for the creditable withholding tax deducted. " if ewt else "") + "Make checks payable to " + vname + f" or deposit to BDO Unibank, Dagupan–Perez Blvd. branch, S/A {digits(rng, 12, True)}."
        y = para(pdf, 15, y, 180, note, 7.8, h=4) + 6
        txt(pdf, 130, y + 8, "______________________________", 8.4)
        txt(pdf, 130, y + 12.5, "Authorized Signature", 7.6, w=60, align="C")
        txt(pdf, 15, y + 8, "Received the services above in good order and condition.", 7.6)
        txt(pdf, 15, 272, f"{rng.randint(50, 500)} Bklts. (50x3) {no[:-3]}001-{no[:-3]}999 · BIR Authority to Print No. OCN {rng.randint(10, 99)}AU{digits(rng, 10)}", 6.8, color=(90, 90, 90))
        txt(pdf, 15, 275.5, f"Date Issued: {atp_date.strftime('%m/%d/%Y')} · Valid until {atp_date.replace(year=atp_date.year + 5).strftime('%m/%d/%Y')} · Printer: Dagupan Printing Press, TIN {_tin(rng)}, Accreditation No. {rng.randint(100, 999)}MP{rng.randint(10000000, 99999999)}", 6.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Dagupan City (Pangasinan, Philippines) INVOICE of professional services in English, BIR booklet style: the name and 'VAT Reg. TIN' centred at the top, the serial number in red, "
        "'SOLD TO' with the buyer's registered name, TIN and address, a table of HOURS with descriptions WRAPPED over two or three lines, VAT 12 %, the BIR summary block "
        "(VATable Sales, VAT-Exempt, Zero-Rated, VAT Amount; Total Sales (VAT Inclusive), Less: VAT, Amount: Net of VAT, Add: VAT, Less: Withholding Tax, TOTAL AMOUNT DUE), dates month first"
        + (", over TWO PAGES (13 rows on the first with a 'Balance carried forward', the rest and the sums on the second, 'Page x of 2')" if two else "")
        + ": vendor = the centred name at the top; vendor_tax_id = 'VAT Reg. TIN' (with its branch code; the buyer's TIN, the printer's TIN, the Authority to Print and accreditation numbers are decoys). "
        "invoice_number = the red number after 'No.' beside the title; invoice_date = 'Date:' (the Authority to Print's 'Date Issued' and 'Valid until' at the foot are decoys). "
        + due_note(due, terms, "Due Date:")
        + po_note(po, "P.O. No.:")
        + "subtotal = 'VATable Sales' / 'Amount: Net of VAT'; tax = 'VAT Amount'; total = 'Total Sales (VAT Inclusive)'"
        + (f" (the 'Less: Withholding Tax ({ewt_rate:.0f}%)' is deducted below it: 'TOTAL AMOUNT DUE' is a decoy)" if ewt else " ('TOTAL AMOUNT DUE' prints the same amount, no tax withheld)")
        + "."
        + (" The carried-forward page sum is a decoy." if two else "")
        + " Currency PHP (" + ("'₱' before the two totals" if peso else "'Amount (PHP)' heading the amount column") + "). Line items: every row, quantity = the hours."
    )
    t = truth(vname, vid, no, po, d, due, "PHP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, btin, "Total Sales (VAT Inclusive)", fd(due) if due else None, en(due_amt), "Page 2 of 2" if two else None]}
    return t, chk, render


# =========================================================================== 09 Pangai (CT 15 %, TOP), right sidebar, labels above, a credit note
PG_V = [
    ("Haʻapai Ice & Fisheries Ltd", "Holopeka Road, Pangai, Lifuka, Haʻapai", (14, 80, 120)),
    ("Lifuka Wholesale & Hardware Ltd", "Taufaʻahau Road, Pangai, Haʻapai", (120, 70, 20)),
    ("Pangai Marine Fuel & Outboard Ltd", "Pangai Wharf, Lifuka, Haʻapai", (40, 100, 60)),
    ("Haʻapai Island Lodges Ltd", "Hihifo, Pangai, Lifuka, Haʻapai", (110, 40, 90)),
]
PG_B = [("Sandy Beach Resort Foa", "Foa Island, Haʻapai"), ("Haʻapai High School", "Pangai, Lifuka"), ("Uiha Fishing Co-operative", "ʻUiha Island, Haʻapai"), ("Kingdom Tours & Travel Ltd", "Taufaʻahau Road, Nukuʻalofa, Tongatapu")]
PG_ROWS = [
    [("Fresh tuna loins, grade A", "kg", 5, 60, 18, 32), ("Snapper, whole, gutted", "kg", 5, 50, 14, 24), ("Block ice 10 kg", "block", 5, 60, 6, 9), ("Lobster, live", "kg", 2, 12, 55, 85)],
    [("Exercise books A4, 96 pp", "ctn", 1, 12, 85, 140), ("Whiteboard markers, box of 12", "box", 2, 20, 24, 38), ("Timber 100 x 50, 4.8 m", "length", 5, 40, 28, 46), ("Paint enamel 4 L", "tin", 2, 16, 78, 120)],
    [("Premium unleaded petrol", "litre", 50, 600, 3, 5), ("2-stroke outboard oil 1 L", "bottle", 6, 48, 22, 34), ("Outboard service 40 hp, labour", "hour", 1, 6, 65, 95), ("Spark plugs, set", "set", 1, 6, 28, 45)],
    [("Fale accommodation, twin share", "night", 4, 30, 120, 210), ("Meals package (breakfast & dinner)", "person-day", 8, 60, 45, 75), ("Whale-watching excursion", "person", 2, 20, 150, 230), ("Boat transfer Lifuka – Foa", "trip", 1, 6, 60, 120)],
]


@style("09", "to_pgi_pangai_tax_invoice_ct_15_sidebar_right_labels_above_credit_note")
def s09(rng, i):
    vname, vaddr, color = PG_V[i]
    bname, baddr = PG_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, PG_ROWS[i], [3, 4, 2, 4][i], D("0.05"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = f"{rng.randint(100000000, 100999999)}"
    btin = f"{rng.randint(101000000, 109999999)}"
    mon = MONTHS["to"]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day} {mon[x.month - 1]} {x.year}"][i]
    no = [f"HIF-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}", f"CN-{rng.randint(100, 999)}", f"HIL/{d.year}/{rng.randint(100, 999)}"][i]
    orig = f"PMF-{rng.randint(1000, 9999)}" if credit else None
    origd = d - dt.timedelta(days=rng.randint(5, 30))
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1, 3) else None
    po = [None, f"HHS-{rng.randint(100, 999)}", None, f"KTT/{rng.randint(1000, 9999)}"][i]
    title = "CREDIT NOTE" if credit else "TAX INVOICE"
    deliv = d - dt.timedelta(days=rng.randint(0, 5))
    docket = f"D{rng.randint(1000, 9999)}"
    tot_l = "TOTAL CREDIT T$" if credit else "TOTAL DUE T$"
    sx = 140

    def render(path):
        pdf = new_fpdf(creator="Xero")
        pdf.add_page()
        pdf.set_fill_color(236, 240, 244)
        pdf.rect(sx, 0, 70, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 70, 8, "F")
        txt(pdf, 14, 14, vname, 15, "B", font="DVC", color=color)
        txt(pdf, 14, 21, vaddr + ", Kingdom of Tonga", 8.4, font="DVC")
        txt(pdf, 14, 25.5, f"Ph (+676) 60 {rng.randint(100, 999)} · TIN {vid} · CT registered", 8.4, font="DVC")
        txt(pdf, 14, 38, title, 20, "B", font="DVC")
        if credit:
            txt(pdf, 14, 47, f"Credit for goods returned and service hours not carried out, against invoice {orig} dated {fd(origd)}", 8.6, font="DVC", color=(150, 30, 30))
        txt(pdf, 14, 56, "BILL TO", 7, "B", font="DVC", color=(110, 110, 110))
        para(pdf, 14, 60, 110, f"{bname}\n{baddr}\nCustomer TIN {btin}", 9.4, font="DVC", h=4.8)
        cols = [("Description", 60, "L"), ("Qty", 14, "R"), ("Unit", 17, "L"), ("Unit price", 17, "R"), ("Amount", 18, "R")]
        rows = [[x["desc"] if len(x["desc"]) < 34 else wrap(x["desc"], 34), qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 12, 82, cols, rows, size=8.4, font="DVC", rowh=6.4, line_color=(200, 200, 200))
        y += 8
        y = para(pdf, 14, y, 118, ("This credit note will be applied to your account and may be offset against future purchases. " if credit else "")
                 + f"Payments by direct credit to {rng.choice(['ANZ Bank Tonga', 'BSP Tonga', 'Tonga Development Bank'])} Pangai, account {digits(rng, 9, True)}, reference {no}.", 8.4, font="DVC", h=4.4) + 4
        if not credit:
            y = para(pdf, 14, y, 118, f"Delivered {fd(deliv)} by {rng.choice(['MV Otuangaʻofa', 'our boat Lifuka Star', 'our truck'])}, docket {docket}. Goods remain ours until paid for.", 8.4, font="DVC", h=4.4, color=(70, 70, 70)) + 4
        para(pdf, 14, y, 118, "Mālō ʻaupito – thank you for your custom.", 8.6, font="DV", h=4.4, color=color)
        # sidebar: labels above values, small capitals
        sy = 18

        def cell(label, value, big=False):
            nonlocal sy
            txt(pdf, sx + 6, sy, label.upper(), 6.6, "B", font="DVC", color=(100, 110, 120))
            txt(pdf, sx + 6, sy + 3.6, value, 13 if big else 10, "B", font="DVC", color=color if big else (0, 0, 0))
            sy += 13 if big else 11

        cell("Credit note no." if credit else "Invoice no.", no)
        cell("Date", fd(d))
        if due:
            cell("Due date", fd(due))
        if po:
            cell("Your order", po)
        cell("Account", f"{bname.split()[0].upper()[:4]}{rng.randint(10, 99)}")
        if credit:
            cell("Original invoice", orig)
        pdf.set_draw_color(*color)
        pdf.line(sx + 6, sy, sx + 64, sy)
        sy += 5
        cell("Subtotal excl. CT", en(net))
        cell("Consumption tax 15%", en(tax))
        cell(tot_l, en(total), big=True)
        txt(pdf, sx + 6, sy + 2, "Prices in Tongan paʻanga (TOP).", 7.4, font="DVC", color=(90, 90, 90))
        qr_fpdf(pdf, rng, sx + 22, 240, 26)
        txt(pdf, sx + 6, 280, "Page 1 of 1", 7.2, font="DVC", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        f"Pangai (Lifuka, Haʻapai, Tonga) {'CREDIT NOTE (every quantity and amount NEGATIVE, referring to an earlier invoice: a decoy number and date)' if credit else 'TAX INVOICE'} in English with a Tongan line, "
        "a RIGHT SIDEBAR (shaded) of small-capital LABELS ABOVE their values holding the facts and the totals, a lightly ruled item table at the left, consumption tax (CT) 15 %, '1,234.56': "
        "vendor = the name at the top left; vendor_tax_id = 'TIN' in the header (9 digits; the customer TIN, the account code, the docket and the bank account are decoys). "
        f"invoice_number = the sidebar's '{'CREDIT NOTE NO.' if credit else 'INVOICE NO.'}'; invoice_date = 'DATE'" + (" (the delivery date under the items is a decoy). " if not credit else ". ")
        + due_note(due, None, "DUE DATE")
        + po_note(po, "YOUR ORDER")
        + f"subtotal = 'SUBTOTAL EXCL. CT'; tax = 'CONSUMPTION TAX 15%'; total = '{tot_l}'. Currency TOP ('T$', 'paʻanga'). Line items: every row."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "TOP", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, btin, tot_l, fd(due) if due else None, orig, fd(origd) if credit else None, en(total), None if credit else docket]}
    return t, chk, render


# =========================================================================== 10 Rabaul (GST 10 %, PGK), workshop, unruled, totals left, discount
RB_V = [
    ("Gazelle Auto & Marine Repairs Ltd", "Section 12, Lot 7, Malaguna Road, Rabaul, East New Britain Province", (160, 60, 10)),
    ("Simpson Harbour Diesel Services Ltd", "Mango Avenue, Rabaul, ENBP", (20, 70, 130)),
    ("Matupit Outboard & Engineering Ltd", "Matupit Road, Rabaul, East New Britain", (30, 110, 70)),
    ("Namanula Motors Ltd", "Section 5, Lot 21, Kamarere Street, Rabaul, ENBP", (100, 30, 60)),
]
RB_CUST = [("Rabaul Hotel Ltd", "Mango Avenue, Rabaul"), ("ENB Provincial Health Authority", "Butuwin, Kokopo"), ("Kulau Lodge", "Malaguna Road, Rabaul"), ("Toma Cocoa Growers Co-operative", "Toma, Gazelle District")]
RB_PARTS = [("Oil filter, genuine", "ea", 1, 2, 45, 120), ("Engine oil 15W-40, 5 L", "ea", 1, 3, 110, 190), ("Fuel filter", "ea", 1, 2, 60, 140), ("Brake pads, front set", "set", 1, 2, 180, 420),
            ("Water pump assembly", "ea", 1, 1, 650, 1450), ("Timing belt kit", "kit", 1, 1, 480, 980), ("Impeller kit (outboard)", "kit", 1, 1, 140, 320), ("Battery N70, 12 V", "ea", 1, 1, 520, 890)]
RB_JOBS = [  # (vehicles, customer's request, work carried out, parts rows, labour rows): one per document
    (["Toyota Land Cruiser 79 Series", "Toyota Hilux 2.8D 4x4"], "noise from the front brakes and 10,000 km service due",
     "replaced front pads and the oil and fuel filters, changed engine oil, road tested, OK", [0, 1, 2, 3], [0, 1]),
    (["Isuzu D-Max 3.0 4x4", "Toyota Land Cruiser 76 Wagon"], "engine overheating on the Tokua road",
     "pressure tested the cooling system, replaced the water pump and timing belt, flushed and refilled coolant", [4, 5, 1, 0], [2, 0]),
    (["Yamaha Enduro 40 hp outboard", "Suzuki DF60 outboard"], "no cooling water from the tell-tale, engine alarm",
     "replaced the water pump impeller, checked the thermostat, flushed and test-ran in the tank", [6, 2], [0]),
    (["Mitsubishi Canter truck", "Toyota Hilux 2.8D 4x4"], "hard starting in the mornings",
     "load tested and replaced the battery, cleaned terminals, checked alternator charge at 14.2 V, serviced", [7, 0, 1], [0, 3]),
]
RB_LAB = [("Labour – service and diagnosis", "hr", 1, 4, 95, 150), ("Labour – brake overhaul", "hr", 1, 4, 95, 150), ("Labour – water pump & timing belt replacement", "hr", 2, 6, 95, 150), ("Wheel alignment", "ea", 1, 1, 120, 220)]


@style("10", "pg_rab_rabaul_workshop_invoice_gst_10_unruled_totals_left_discount")
def s10(rng, i):
    vname, vaddr, color = RB_V[i]
    bname, baddr = RB_CUST[i]
    d = rand_date(rng)
    vehs, complaint, work, prow, lrow = RB_JOBS[i]
    parts = lines(rng, [RB_PARTS[k] for k in prow], len(prow), D("0.05"))
    labour = lines(rng, [RB_LAB[k] for k in lrow], len(lrow), D("0.05"), halves=True)
    items = parts + labour
    psum = sum(x["amount"] for x in parts)
    lsum = sum(x["amount"] for x in labour)
    disc_p = [D(10), D(0), D(5), D(10)][i]
    disc = q2(psum * disc_p / 100)
    net = psum + lsum - disc
    tax = q2(net * D("0.10"))
    total = net + tax
    vid = f"50{digits(rng, 7)}"
    btin = f"50{digits(rng, 7)}" if i in (1, 3) else None
    no = [f"GAM{rng.randint(10000, 99999)}", f"SHD-{rng.randint(1000, 9999)}", f"{rng.randint(3000, 8999)}", f"NM/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    po = [None, f"ENBPHA-LPO-{rng.randint(10000, 99999)}", None, f"TCGC {rng.randint(100, 999)}"][i]
    job = f"JC{rng.randint(1000, 9999)}"
    paid_on = d + dt.timedelta(days=rng.randint(0, 2))
    veh = rng.choice(vehs)
    rego = f"{rng.choice(['BEN', 'BEP', 'BCD', 'LBA'])} {rng.randint(100, 999)}" if "outboard" not in veh else f"Serial 6H{rng.randint(100000, 999999)}"
    odo = f"{rng.randint(40, 320)},{rng.randint(0, 999):03d} km" if "outboard" not in veh else f"{rng.randint(200, 2400)} engine hours"
    km = lambda x: "K" + en(x)  # noqa: E731

    def render(path):
        pdf = lfont(new_fpdf(creator="MYOB AccountRight"))
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", font="LNarrow", color=color)
        txt(pdf, 14, 18.5, vaddr, 8.4, font="LNarrow")
        txt(pdf, 14, 22.5, f"PO Box {rng.randint(10, 499)}, Rabaul · Ph 982 {rng.randint(1000, 9999)} · IPA Co. No. 1-{rng.randint(10000, 99999)} · TIN {vid}", 8.4, font="LNarrow")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(14, 27, 196, 27)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 32, "TAX INVOICE", 18, "B", font="LNarrow")
        rows = [("Invoice No:", no), ("Invoice Date:", fd(d)), ("Job Card:", job), ("Your Order:", po), ("Terms:", "30 days from invoice" if due else "Cash / EFTPOS on collection"), ("Due Date:", fd(due) if due else None)]
        y = 32
        for lab, val in rows:
            if val is None:
                continue
            txt(pdf, 128, y, lab, 9, font="LNarrow", color=(90, 90, 90))
            txt(pdf, 152, y, val, 9.4, "B", font="LNarrow")
            y += 5
        para(pdf, 14, 44, 100, f"Customer: {bname}\n{baddr}, ENBP" + (f"\nCustomer TIN: {btin}" if btin else ""), 9.2, font="LNarrow", h=4.6)
        txt(pdf, 14, 64, f"Vehicle / unit: {veh}   ·   Rego: {rego}   ·   Odometer: {odo}   ·   Date in: {fd(d - dt.timedelta(days=rng.randint(1, 6)))}", 8.6, font="LNarrow", color=(60, 60, 60))
        cols = [("Code", 20, "L"), ("Description", 86, "L"), ("Qty", 16, "R"), ("Unit", 14, "L"), ("Unit price", 24, "R"), ("Amount", 22, "R")]
        y = 72
        pdf.set_draw_color(0, 0, 0)
        x = 14
        for title, w, al in cols:
            txt(pdf, x, y, title, 8.6, "B", font="LNarrow", w=w, align=al)
            x += w
        pdf.line(14, y + 5, 196, y + 5)
        y += 8
        for sect, rows_ in (("PARTS", parts), ("LABOUR", labour)):
            txt(pdf, 14, y, sect, 8.4, "B", font="LNarrow", color=color)
            y += 5
            for it in rows_:
                vals = [f"{sect[0]}{rng.randint(1000, 9999)}", it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), en(it["amount"])]
                x = 14
                for (_t, w, al), v in zip(cols, vals, strict=True):
                    txt(pdf, x, y, v, 8.8, font="LNarrow", w=w, align=al)
                    x += w
                y += 5.4
            y += 2
        pdf.line(14, y, 196, y)
        y = para(pdf, 14, y + 3, 182, f"Customer request: {complaint}. Work carried out: {work}.", 8.6, font="LNarrow", h=4.4, color=(50, 50, 50)) + 4
        # totals at the LEFT
        tl = [("Parts", en(psum))]
        if disc:
            tl.append((f"Less {disc_p:.0f}% trade discount on parts", "-" + en(disc)))
        tl += [("Labour", en(lsum)), ("Sub-total excl. GST", en(net)), ("GST 10%", en(tax)), ("TOTAL (PGK)", km(total))]
        for k, (a, b) in enumerate(tl):
            bold = "B" if k == len(tl) - 1 else ""
            txt(pdf, 14, y, a, 10 if bold else 9, bold, font="LNarrow")
            txt(pdf, 62, y, b, 10 if bold else 9, bold, font="LNarrow", w=30, align="R")
            y += 5.6 if not bold else 6.5
        para(pdf, 110, y - 5.6 * len(tl), 86, f"Bank: {rng.choice(['BSP Rabaul branch', 'Kina Bank Kokopo', 'Westpac PNG Rabaul'])}, account {digits(rng, 10, True)}. Please quote invoice {no} with your payment. "
             "Parts warranty 3 months or 5,000 km. Vehicles left over 7 days after completion attract storage fees. Tenkyu tru!", 8.4, font="LNarrow", h=4.3, color=(60, 60, 60))
        txt(pdf, 14, y + 10, "Technician: ____________________      Customer signature: ____________________", 8.6, font="LNarrow")
        if not due:  # paid at the counter: the cashier's stamp
            pdf.set_draw_color(180, 30, 30)
            pdf.set_line_width(0.6)
            pdf.rect(140, y + 2, 50, 14)
            pdf.set_line_width(0.2)
            txt(pdf, 140, y + 3.5, "PAID – EFTPOS", 11, "B", font="LNarrow", w=50, align="C", color=(180, 30, 30))
            txt(pdf, 140, y + 9.5, f"{fd(paid_on)} · rcpt {rng.randint(10000, 99999)}", 8, font="LNarrow", w=50, align="C", color=(180, 30, 30))
        pdf.output(path)

    notes = (
        "Rabaul (East New Britain, Papua New Guinea) workshop TAX INVOICE in English: the facts as 'Label: value' BESIDE each other at the top right, a vehicle line, a table WITHOUT RULES "
        "(a header line only) in two sections PARTS and LABOUR, the TOTALS at the LEFT below the table, GST 10 %, '1,234.56' and 'K' before the total: "
        "vendor = the name at the top; vendor_tax_id = 'TIN' in the header (the IPA company number, the customer TIN, the job card, the rego and the bank account are decoys). "
        "invoice_number = 'Invoice No:'; invoice_date = 'Invoice Date:' (the 'Date in' and, on the paid ones, the PAID stamp's date and receipt are decoys). "
        + due_note(due, "Cash / EFTPOS on collection", "Due Date:")
        + po_note(po, "Your Order:")
        + "subtotal = 'Sub-total excl. GST'"
        + (" (the parts and labour rows less the printed trade discount on parts, a line_adjustment; the 'Parts' and 'Labour' sums are decoys)" if disc else " (the 'Parts' and 'Labour' sums are decoys)")
        + "; tax = 'GST 10%'; total = 'TOTAL (PGK)'. Currency PGK ('K'). Line items: every parts and labour row (the section headings are no items)."
    )
    t = truth(vname, vid, no, po, d, due, "PGK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, btin, "TOTAL (PGK)", fd(due) if due else None, job], "line_adjustment": str(-disc)}
    return t, chk, render
