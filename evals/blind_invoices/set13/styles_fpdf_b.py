"""fpdf2 styles for set 13, part B (07 Namibian self-billing tax invoice issued by a meat processor on behalf of the
cattle farmer who supplied the carcasses, with levies deducted after the total, 10 Zambian agricultural contractor's
tax invoice priced per hectare by field, with a ZRA smart-invoice block and VAT 16 %)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only (no Liberation), so every style here draws with the kit's DejaVu families.
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
    q2,
    qstr,
    rand_date,
    spd,
    style_registry,
    table,
    txt,
)
from kit_common import MONTHS, qr_fpdf

STYLES, style = style_registry("fpdf2")


# =========================================================================== 07 Namibian self-billing tax invoice (issued by the buyer, supplier = farmer, VAT 15 %, levies deducted after the total)
NA_BUYER = [
    ("Kalahari Red Meat Processors (Pty) Ltd", "KALAHARI RED", "Private Bag 2081, Windhoek North Industrial, Windhoek", (130, 20, 30)),
    ("Otjiwarongo Abattoir Company (Pty) Ltd", "OTJI ABATTOIR", "Erf 1402, Industrial Area, Otjiwarongo", (20, 70, 120)),
    ("Omaheke Beef Packers (Pty) Ltd", "OMAHEKE BEEF", "Plot 33, Gobabis Industrial, Gobabis", (60, 100, 30)),
    ("Hardap Meat Exporters (Pty) Ltd", "HARDAP MEAT", "Erf 871, Mariental Industrial, Mariental", (110, 70, 20)),
]
NA_FARM = [("J.H. van Wyk t/a Okanjande Boerdery", "Farm Okanjande No. 112, Otjiwarongo District"), ("Okahitua Farming CC", "Farm Okahitua No. 388, Gobabis District"),
           ("Hendrik Kaputu Livestock Enterprises CC", "Farm Otjozonjati No. 54, Okahandja District"), ("Sandveld Cattle Ranch (Pty) Ltd", "Farm Sandveld No. 219, Mariental District")]
NA_GRADES = [("A2", 58, 72), ("A3", 56, 70), ("AB2", 54, 66), ("AB3", 52, 64), ("B2", 46, 58), ("B3", 44, 56), ("C2", 36, 48)]


@style("07", "na_self_billing_livestock")
def s07(rng, i):
    rname, rbrand, raddr, color = NA_BUYER[i]
    fname, faddr = NA_FARM[i]
    d = rand_date(rng)
    kill = d - dt.timedelta(days=rng.randint(1, 6))
    items = []
    for g, lo, hi in sorted(rng.sample(NA_GRADES, rng.randint(2, 5))):
        head = rng.randint(2, 30)
        kg = D(rng.randint(head * 2200, head * 3100)) / 10
        p = exact_price(rng, kg, D(lo), D(hi))
        items.append({"desc": f"Grade {g} – {head} carcasses, cold dressed mass", "head": head, "qty": kg, "price": p, "amount": q2(kg * p)})
    if rng.random() < 0.6:
        n = rng.randint(3, 20)
        items.append({"desc": "Hides and offal (fifth quarter)", "head": None, "qty": D(n), "price": D(rng.randint(180, 420)), "amount": None})
        items[-1]["amount"] = items[-1]["qty"] * items[-1]["price"]
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    f_vat = f"{digits(rng, 7, True)}-01-5"
    r_vat = f"{digits(rng, 7, True)}-01-5"
    no = [f"SB{d.year}{rng.randint(10000, 99999)}", f"OA-SBI-{rng.randint(1000, 9999)}", f"SBI/{str(d.year)[2:]}/{rng.randint(100, 999)}", f"HME{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y")][i]
    due = d + dt.timedelta(days=[7, 14, 0, 10][i]) if i != 2 else None
    heads = sum(it["head"] or 0 for it in items)
    levy = q2(D(heads) * D(rng.choice(["36.80", "41.50", "45.00"])))
    transport = q2(D(heads) * D(rng.randint(90, 160)))
    adv = D(rng.randint(1, 8) * 5000) if i == 1 else D(0)
    ded = [(f"Less: Meat Board of Namibia levy ({heads} head)", levy), (f"Less: transport farm to abattoir ({heads} head)", transport)]
    if adv:
        ded.append(("Less: advance paid on " + fd(kill - dt.timedelta(days=14)), adv))
    payout = total - sum(x for _, x in ded)
    N = lambda x: f"N$ {en(x)}"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="AbattoirPro 7 – Supplier payments")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 24, "F")
        txt(pdf, 14, 6, rbrand, 18, "B", "DVC", color=(255, 255, 255))
        txt(pdf, 14, 15, f"{rname} · {raddr}", 7.6, "", "DV", color=(255, 255, 255))
        txt(pdf, 14, 19, f"VAT Reg. No. {r_vat} · Export abattoir no. NAM {rng.randint(10, 99)}", 7.6, "", "DV", color=(255, 255, 255))
        txt(pdf, 14, 30, "SELF-BILLING TAX INVOICE", 15, "B", "DV", color=color)
        pdf.set_font("DV", "I", 7.4)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(14, 37)
        pdf.multi_cell(182, 3.6, f"Issued by the recipient on behalf of the supplier in terms of section 20(5) of the Value-Added Tax Act, 2000, under the self-billing agreement SBA-{rng.randint(100, 999)} "
                       "between the parties. The supplier shall not issue a tax invoice for this supply.")
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 46, 88, 30)
        pdf.rect(108, 46, 88, 30)
        txt(pdf, 16, 47.5, "SUPPLIER (seller of the livestock)", 7, "B", "DV", color=color)
        txt(pdf, 16, 52, fname, 8.6, "B", "DV")
        txt(pdf, 16, 56.5, faddr, 7.6, "", "DV")
        txt(pdf, 16, 61, f"Supplier VAT Reg. No.: {f_vat}", 7.8, "", "DV")
        txt(pdf, 16, 65.5, f"Supplier no. {rng.randint(10000, 99999)} · Brand mark {rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{rng.randint(1, 99)}", 7.6, "", "DV")
        txt(pdf, 16, 70, f"Producer no. (NAMLITS) {digits(rng, 8)}", 7.6, "", "DV")
        txt(pdf, 110, 47.5, "INVOICE DETAILS", 7, "B", "DV", color=color)
        kv = [("Self-billing invoice no.", no), ("Invoice date", fd(d)), ("Slaughter date", fd(kill)), ("Movement permit", f"MP{digits(rng, 7)}")]
        kv.append(("Payment date", fd(due)) if due else ("Payment", "Weekly supplier run"))
        for k, (a, b) in enumerate(kv):
            txt(pdf, 110, 52 + k * 4.5, a, 7.8, "", "DV", color=(80, 80, 80))
            txt(pdf, 150, 52 + k * 4.5, b, 7.8, "B" if k == 0 else "", "DV")
        cols = [("Description", 92, "L"), ("Mass kg / qty", 28, "R"), ("Price N$", 26, "R"), ("Amount excl. VAT N$", 36, "R")]
        rows = [[it["desc"], qstr(it["qty"]), en(it["price"]), en(it["amount"])] for it in items]
        y = table(pdf, 14, 82, cols, rows, size=8, font="DV", rowh=6, header_fill=(235, 235, 235))
        y += 3
        for a, b, bold in (("Total excl. VAT", N(net), False), ("VAT 15%", N(tax), False), ("TOTAL INCL. VAT", N(total), True)):
            txt(pdf, 90, y, a, 8.6, "B" if bold else "", "DV", "R", 70)
            txt(pdf, 162, y, b, 8.6, "B" if bold else "", "DV", "R", 34)
            y += 5.4
        y += 4
        pdf.set_draw_color(*color)
        pdf.rect(14, y, 182, 8 + len(ded) * 5 + 6)
        txt(pdf, 16, y + 1.5, "REMITTANCE ADVICE (deductions are the recipient's own charges and are invoiced separately)", 7.2, "B", "DV", color=color)
        yy = y + 6.5
        for a, b in ded:
            txt(pdf, 16, yy, a, 8, "", "DV")
            txt(pdf, 150, yy, N(-b), 8, "", "DV", "R", 44)
            yy += 5
        txt(pdf, 16, yy + 0.5, "NET AMOUNT PAID TO SUPPLIER BY EFT", 8, "B", "DV")
        txt(pdf, 150, yy + 0.5, N(payout), 8, "B", "DV", "R", 44)
        y = yy + 14
        pdf.set_font("DV", "", 7.2)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(14, y)
        pdf.multi_cell(182, 3.6, f"Carcass classification by the Meat Board of Namibia classifier on {fd(kill)}. Payment to the supplier's account at {rng.choice(['Bank Windhoek', 'FNB Namibia', 'Standard Bank Namibia', 'Nedbank Namibia'])}, "
                       f"account ****{digits(rng, 4)}. Queries within 14 days to supplierpayments@{rbrand.split()[0].lower()}.com.na.")
        pdf.output(path)

    notes = (
        "Namibian SELF-BILLING TAX INVOICE issued by the buyer (a meat processor, whose name, brand and VAT number fill the coloured letterhead) on behalf of the cattle farmer who supplied the carcasses: "
        "vendor = the SUPPLIER (the farmer, '" + fname + "'), not the issuing processor; vendor tax id = 'Supplier VAT Reg. No.' (no public checksum: random); the processor's own VAT number, the supplier, "
        "producer and movement-permit numbers and the brand mark are decoys. invoice_number = 'Self-billing invoice no.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "yyyy/mm/dd", "dd/mm/yyyy", "'12 Mar 2026'"][i]
        + "); the slaughter date is a decoy. " + ("due = 'Payment date'. " if due else "'Weekly supplier run': no due date (null). ")
        + "No PO. subtotal = 'Total excl. VAT'; tax = 'VAT 15%'; total = 'TOTAL INCL. VAT'. The remittance advice under it (Meat Board levy, transport" + (", advance" if adv else "") + " and the net amount paid by EFT) is decoys. "
        "Currency NAD ('N$'). Amounts '1,234.56'. Line items: every row (amount = 'Amount excl. VAT'; quantity = the cold dressed mass in kg with one decimal, or the count of fifth-quarter units)."
    )
    t = T(
        vendor_name=fname, vendor_tax_id=f_vat, invoice_number=no, po_number=None, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="NAD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, f_vat, no, fname, N(total)], render


# =========================================================================== 10 Zambian agricultural contractor (TPIN, VAT 16 %, per hectare by field, ZRA smart invoice block)
ZM_V = [
    ("Mkushi Agri Contractors Limited", "Plot 12, Great North Road, Mkushi", (30, 100, 40)),
    ("Chisamba Mechanised Farming Services Ltd", "Farm 2261, Chisamba Road, Chisamba", (140, 90, 10)),
    ("Kafue Flats Harvesting Company Limited", "Stand 4410, Mumbwa Road, Mazabuka", (20, 80, 130)),
    ("Eastern Plateau Tillage Services Ltd", "Plot 88, Great East Road, Chipata", (120, 40, 40)),
]
ZM_B = [("Mkushi Farm Block Estates Ltd", "Farm 5043, Mkushi"), ("Zambeef Products Plc – Huntley Farm", "Chiawa Road, Chisamba"), ("Nakambala Outgrowers Trust", "Mazabuka"), ("Msekera Seed Growers Ltd", "Chipata")]
ZM_OPS = [("Disc ploughing", 650, 1100), ("Ripping (conservation tillage)", 700, 1200), ("Harrowing", 380, 650), ("Planting – soya beans", 450, 800), ("Planting – maize", 480, 850),
          ("Boom spraying – herbicide (application only)", 180, 340), ("Combine harvesting – soya beans", 1100, 1700), ("Combine harvesting – wheat", 1200, 1800), ("Fertiliser spreading", 160, 300)]


@style("10", "zm_agri_contractor_per_hectare")
def s10(rng, i):
    vname, vaddr, color = ZM_V[i]
    bname, baddr = ZM_B[i]
    d = rand_date(rng)
    season = f"{d.year - 1}/{str(d.year)[2:]}" if d.month < 7 else f"{d.year}/{str(d.year + 1)[2:]}"
    fields = [f"{rng.choice('ABCDEF')}{rng.randint(1, 12)}" for _ in range(rng.randint(2, 4))]
    items = []
    for op, lo, hi in rng.sample(ZM_OPS, rng.randint(2, 5)):
        fld = rng.choice(fields)
        ha = D(rng.randint(80, 2400)) / 10
        p = exact_price(rng, ha, D(lo), D(hi), step=D("0.5"))
        items.append({"desc": f"{op} – field {fld}", "qty": ha, "price": p, "amount": q2(ha * p), "unit": "ha"})
    if i in (1, 3):
        km = D(rng.randint(20, 180))
        items.append({"desc": "Machinery transport (low-bed), return trip", "qty": km, "price": D(rng.randint(28, 55)), "amount": None, "unit": "km"})
        items[-1]["amount"] = km * items[-1]["price"]
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    tpin = str(rng.choice([1, 2])) + digits(rng, 9)
    no = [f"MAC-{d.year}-{rng.randint(100, 999):04d}", f"INV{rng.randint(10000, 99999)}", f"KFH/{str(d.year)[2:]}/{rng.randint(100, 999)}", f"EPT {rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 30, 14, 45][i]) if i != 3 else None
    po = [f"LPO {rng.randint(10000, 99999)}", f"PO-HF-{rng.randint(1000, 9999)}", None, f"MSG/{rng.randint(100, 999)}"][i]
    K = lambda x: f"K {en(x)}"  # noqa: E731
    job = f"JC-{rng.randint(1000, 9999)}"
    work = [d - dt.timedelta(days=rng.randint(3, 30)) for _ in fields]

    def render(path):
        pdf = new_fpdf(creator="Sage Evolution · ZRA Smart Invoice VSDC")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 14, "B", "DV", color=color)
        txt(pdf, 14, 17, vaddr + ", Zambia", 8, "", "DV")
        txt(pdf, 14, 21, f"TPIN: {tpin}  ·  PACRA reg. no. {rng.randint(120000000, 120299999)}{rng.randint(10, 99)}  ·  Cell +260 97{digits(rng, 7)}", 7.8, "", "DV")
        txt(pdf, 140, 10, "TAX INVOICE", 16, "B", "DV", color=color)
        kv = [("Invoice no.", no), ("Date", fd(d)), ("Due date" if due else "Terms", fd(due) if due else "Cash on completion of job"), ("Customer order", po or "—"), ("Season", season), ("Job card", job)]
        for k, (a, b) in enumerate(kv):
            txt(pdf, 140, 19 + k * 4.4, a, 7.8, "", "DV", color=(80, 80, 80))
            txt(pdf, 166, 19 + k * 4.4, b, 7.8, "B" if k == 0 else "", "DV")
        pdf.set_draw_color(*color)
        pdf.line(14, 48, 196, 48)
        txt(pdf, 14, 51, "Bill to:", 7.8, "", "DV", color=(80, 80, 80))
        txt(pdf, 30, 51, bname, 8.8, "B", "DV")
        txt(pdf, 30, 55.5, f"{baddr} · Customer TPIN {rng.choice([1, 2])}{digits(rng, 9)}", 7.8, "", "DV")
        txt(pdf, 14, 62, "Field register (measured by GPS on completion)", 7.6, "B", "DV")
        fy = 66
        for f_, w in zip(fields, work, strict=True):
            txt(pdf, 14, fy, f"Field {f_}: {rng.randint(12, 15)}.{digits(rng, 4)}°S {rng.randint(26, 32)}.{digits(rng, 4)}°E · worked {fd(w)}", 7.2, "", "DV", color=(90, 90, 90))
            fy += 3.8
        cols = [("Description", 86, "L"), ("Qty", 18, "R"), ("Unit", 12, "L"), ("Rate (K)", 22, "R"), ("Tax", 12, "C"), ("Amount (K)", 32, "R")]
        rows = [[it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), "A", en(it["amount"])] for it in items]
        y = table(pdf, 14, fy + 3, cols, rows, size=8, font="DV", rowh=6, header_fill=(230, 240, 230))
        y += 3
        for a, b, bold in (("Total taxable (A)", K(net), False), ("VAT 16% (A)", K(tax), False), ("Total amount", K(total), True)):
            txt(pdf, 90, y, a, 8.6, "B" if bold else "", "DV", "R", 70)
            txt(pdf, 162, y, b, 8.6, "B" if bold else "", "DV", "R", 34)
            y += 5.4
        pdf.set_font("DV", "", 6.8)
        pdf.set_text_color(80, 80, 80)
        pdf.set_xy(14, y + 1)
        pdf.multi_cell(182, 3.4, f"Tax A = standard rated 16%. Hectares are billed to one decimal; a part hectare is charged pro rata. Diesel surcharge applies when pump prices exceed K {spd(D(rng.randint(27, 32)))} per litre.")
        y = pdf.get_y() + 4
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(14, y, 182, 30)
        qr_fpdf(pdf, rng, 16, y + 2, 26)
        sdc = f"SDC{digits(rng, 9)}"
        for k, line in enumerate([f"ZRA Smart Invoice · SDC ID: {sdc}", f"Receipt no.: {rng.randint(100, 9999)}/{rng.randint(1000, 99999)} NS", f"Internal data: {'-'.join(''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ234567') for _ in range(4)) for _ in range(6))}",
                                   f"Receipt signature: {'-'.join(''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ234567') for _ in range(4)) for _ in range(4))}", f"Date and time: {fd(d)} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]):
            txt(pdf, 46, y + 3 + k * 5, line, 7.4, "", "Mono")
        y += 36
        txt(pdf, 14, y, f"Bank: {rng.choice(['Zanaco', 'Stanbic Bank Zambia', 'FNB Zambia', 'Absa Bank Zambia'])}, {vaddr.split(', ')[-1]} branch, account {digits(rng, 13, True)}. Mobile money: Airtel Money till {rng.randint(100000, 999999)}.", 7.4, "", "DV")
        pdf.output(path)

    notes = (
        "Zambian agricultural contractor's TAX INVOICE priced per hectare by field (ploughing, planting, spraying, harvesting), with a GPS field register and a ZRA smart-invoice block: vendor = the company at the top; "
        "vendor tax id = 'TPIN' (10 digits, no public checksum: random); the PACRA number, the customer's TPIN, the SDC ID, receipt number, internal data, signature and the job card are decoys. "
        "invoice_number = 'Invoice no.'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "); the fields' work dates are decoys. "
        + ("due = 'Due date'. " if due else "'Cash on completion of job': no due date (null). ")
        + (f"PO = 'Customer order' {po}. " if po else "No PO (the 'Customer order' cell is a dash). ")
        + "subtotal = 'Total taxable (A)'; tax = 'VAT 16% (A)'; total = 'Total amount'. Currency ZMW ('K', kwacha). Amounts '1,234.56'. "
        "Line items: every row (amount = 'Amount (K)'; quantity 'Qty': hectares with one decimal, or km)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tpin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="ZMW", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, tpin, no, po, vname, K(total)], render
