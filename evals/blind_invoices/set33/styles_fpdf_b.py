"""fpdf2 styles for set 33, second part (08 Cebu hardware store's SALES INVOICE in English with Cebuano labels, VAT-
inclusive prices, the BIR VAT box (VATable sales, VAT 12 %, total amount due), the buyer's expanded withholding tax
for Form 2307 below the total and the printer's authority-to-print block, 09 Bregenzerwald (Vorarlberg) cheese
dairy's Rechnung in German with Alemannic touches, USt 10 % on cheese and dairy and 20 % on the rest, the totals at
the LEFT and a Skonto offer with two dates, 10 Whitehorse (Yukon) air-charter operator's invoice with the amount due
boxed at the TOP above the flights and GST 5 %)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, kv, lines, para, po_note, truth, us_date, valid_id
from stdnum.at import uid
from stdnum.ca import bn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Cebu hardware (VAT 12 % inclusive, PHP), BIR box, EWT below the total
CB_V = [
    ("MANDAUE BUILDERS DEPOT CORP.", "A.S. Fortuna St., Bakilid, Mandaue City, Cebu 6014", (185, 28, 28)),
    ("SUGBO TILES & HARDWARE, INC.", "M.J. Cuenco Ave., Brgy. Tejero, Cebu City 6000", (30, 64, 175)),
    ("LAPU-LAPU MARINE & HARDWARE SUPPLY", "M.L. Quezon Highway, Pusok, Lapu-Lapu City 6015", (21, 128, 61)),
    ("TALISAY STEEL & CONSTRUCTION SUPPLY CORP.", "N. Bacalso Ave., Brgy. Lawaan III, Talisay City, Cebu 6045", (120, 53, 15)),
]
CB_B = [
    ("Banilad Heights Condominium Corp.", "Gov. M. Cuenco Ave., Banilad, Cebu City", "Property management"),
    ("JRC Construction & Development", "Brgy. Pajo, Lapu-Lapu City", "General contractor"),
    ("Island Dive Resort Mactan, Inc.", "Maribago, Lapu-Lapu City", "Resort"),
    ("Consolacion Water District", "Poblacion Oriental, Consolacion, Cebu", "Water utility"),
]
CB_ROWS = [
    ("Portland cement 40 kg (Apo)", "bag", 20, 300, 240, 290),
    ("Deformed bar 10 mm x 6 m", "pc", 20, 200, 160, 220),
    ("Marine plywood 3/4 in", "sht", 5, 60, 1450, 1900),
    ("GI sheet gauge 26 x 8 ft", "sht", 10, 80, 380, 520),
    ("PVC pipe 2 in x 3 m (Neltex)", "len", 10, 100, 260, 380),
    ("Boysen latex paint, white 4 L", "gal", 2, 24, 780, 980),
    ("Floor tile 60 x 60 porcelain", "box", 5, 60, 850, 1250),
    ("Common wire nail 3 in", "kg", 5, 50, 85, 120),
]


@style("08", "ph_ceb_cebu_sales_invoice_vat_12_ewt")
def s08(rng, i):
    vname, vaddr, color = CB_V[i]
    bname, baddr, bstyle = CB_B[i]
    d = rand_date(rng)
    items = lines(rng, CB_ROWS, rng.randint(3, 6), D("1"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 12 / 112)
    net = total - tax
    ewt_rate = D(1)
    ewt = q2(net * ewt_rate / 100)
    tin = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['00000', '00001', '00002'])}"
    btin = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-00000"
    no = f"{rng.randint(1000, 99999):07d}"
    fd = [lambda x: x.strftime("%m/%d/%Y"), us_date, lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%m-%d-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    term = ["Terms: CASH", None, "Terms: COD", None][i]
    po = f"PO-{rng.randint(1000, 9999)}" if i in (1, 3) else None
    dr = f"DR {rng.randint(10000, 99999)}"
    m = en

    def render(path):
        pdf = new_fpdf(creator="POS Sugbo v4")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 13, "B", color=color)
        para(pdf, 14, 16, 120, f"{vaddr}\nVAT REG. TIN: {tin}\nTel. (032) {rng.randint(200, 599)}-{digits(rng, 4)} · Branch: {'Head Office' if tin.endswith('00000') else 'Branch ' + tin[-1]}", 7.8, h=3.8)
        txt(pdf, 140, 10, "SALES INVOICE", 15, "B")
        txt(pdf, 140, 17, f"No. {no}", 12, "B", color=(200, 20, 20))
        kv(pdf, 140, 24, [("Petsa / Date", fd(d)), ("Termino / Terms", (f"{(due - d).days} days" if due else term.split(': ')[1])), ("Due date", fd(due) if due else None), ("P.O. No.", po), ("Delivery receipt", dr)], wl=28, wv=28, size=7.8, step=4.4, align="L")
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 36, 120, 22)
        txt(pdf, 16, 37.5, "Gibaligya kang / Sold to", 7.2, color=(110, 110, 110))
        txt(pdf, 16, 41.5, bname, 9.4, "B")
        para(pdf, 16, 46.5, 116, f"{baddr}\nTIN: {btin} · Business style: {bstyle}", 7.6, h=3.7)
        cols = [("Gidaghanon / Qty", 26, "R"), ("Unit", 14, "C"), ("Butang / Articles", 84, "L"), ("Presyo / Unit price", 28, "R"), ("Kantidad / Amount", 30, "R")]
        rows = [[qstr(x["qty"]), x["unit"], x["desc"], m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 14, 64, cols, rows, size=7.8, rowh=6.2, header_fill=(245, 230, 230), line_color=(170, 170, 170))
        y += 4
        box = [("Total Sales (VAT Inclusive)", m(total)), ("Less: VAT", m(tax)), ("Amount: Net of VAT", m(net)), ("Less: SC/PWD Discount", "—"), ("Add: VAT", m(tax))]
        vb = [("VATable Sales", m(net)), ("VAT-Exempt Sales", "0.00"), ("Zero-Rated Sales", "0.00"), ("VAT Amount (12%)", m(tax))]
        yy = y
        for a, b in vb:
            txt(pdf, 14, yy, a, 7.8)
            txt(pdf, 56, yy, b, 7.8, align="R", w=30)
            yy += 4.6
        for a, b in box:
            txt(pdf, 112, y, a, 7.8)
            txt(pdf, 166, y, b, 7.8, align="R", w=30)
            y += 4.6
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(110, y, 86, 14, "F")
        txt(pdf, 112, y + 1.6, "Kinatibuk-ang Bayranan / TOTAL AMOUNT DUE", 7.8, "B")
        txt(pdf, 150, y + 7.5, f"PHP {m(total)}", 10, "B", align="R", w=44)
        y += 20
        para(pdf, 14, y, 182, f"For the buyer's withholding only: EWT {ewt_rate}% of the net of VAT ({m(net)}) = {m(ewt)}; amount net of EWT {m(total - ewt)}. Please send BIR Form 2307 with your payment.\n" + (f"Please pay on or before {fd(due)}. " if due else "") + "Received the above goods in good order and condition. / Nadawat ang mga butang nga maayo ug kompleto.", 7.4, h=3.7)
        txt(pdf, 14, y + 20, "By: ______________________  Authorized signature / Pirma", 7.6)
        para(pdf, 14, 262, 182, f"BIR Authority to Print No. OCN {rng.randint(1, 9)}AU{digits(rng, 10)} · Date issued {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024 · Approved series {no[:3]}0001–{no[:3]}9999 (50 bklts 2x)\nPrinted by: Visayan Printing Press, TIN {digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-00000, Accreditation No. {digits(rng, 3)}MP{digits(rng, 8)}\nTHIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX unless VAT is shown above. Salamat!", 6.6, h=3.3, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Cebu (Philippines) hardware store's SALES INVOICE in English with Cebuano labels, in pesos ('1,234.50'), with VAT-INCLUSIVE prices and the BIR boxes (VATable sales, VAT amount 12 %, 'Total Sales (VAT Inclusive)', 'Less: VAT', 'Amount: Net of VAT', 'Add: VAT'), the total amount due in a grey bar, the buyer's expanded withholding tax (EWT 1 %) for Form 2307 in a sentence BELOW the total and the authority-to-print footer: vendor = the name at the top; vendor_tax_id = 'VAT REG. TIN' (as printed, 12-14 digits with dashes; the buyer's TIN, the OCN, the printer's TIN and accreditation are decoys). "
        "invoice_number = the red 'No.' (as printed, with its zeros); invoice_date = 'Petsa / Date' (" + ["mm/dd/yyyy", "'March 12, 2026'", "mm/dd/yyyy", "mm-dd-yyyy"][i] + "); the delivery receipt is a decoy. "
        + due_note(due, term, "Due date") + po_note(po, "P.O. No.")
        + "subtotal = 'VATable Sales' = 'Amount: Net of VAT'; tax = 'VAT Amount (12%)'; total = 'TOTAL AMOUNT DUE' (= 'Total Sales (VAT Inclusive)'); the EWT and the amount net of EWT are decoys. Currency PHP. Line items: every row (amounts VAT-inclusive: they sum to the total)."
    )
    t = truth(vname, tin, no, po, d, due, "PHP", net, tax, total, items, notes)
    return t, [fd(d), no, vname, tin, "TOTAL AMOUNT DUE", fd(due) if due else None, dr, m(ewt)], render


# =========================================================================== 09 Bregenzerwald cheese dairy (USt 10 % / 20 %, EUR), totals at the left, Skonto
VB_V = [
    ("Sennerei Schnepfau eGen", "Hof 115, 6882 Schnepfau", (22, 101, 52)),
    ("Käsekeller Lingenau – Alpkäse GmbH", "Zeihenbühl 423, 6951 Lingenau", (120, 53, 15)),
    ("Dorfsennerei Egg-Großdorf", "Großdorf 38, 6863 Egg", (30, 58, 138)),
    ("Bergkäserei Sulzberg-Thal", "Thal 57, 6934 Sulzberg", (91, 33, 182)),
]
VB_B = [
    ("Hotel Post Bezau GmbH", "Brugg 35", "6870 Bezau"),
    ("Feinkost Gmeiner e.U.", "Kirchstraße 12", "6900 Bregenz"),
    ("Gasthof Adler Schwarzenberg", "Hof 15", "6867 Schwarzenberg"),
    ("Spar-Markt Gebhard Hager KG", "Bahnhofstraße 4", "6850 Dornbirn"),
]
VB_ROWS = [
    ("Bregenzerwälder Bergkäse g.U., 6 Monate", "kg", 5, 40, 21, 27, 10), ("Bregenzerwälder Alpkäse g.U.", "kg", 3, 25, 28, 36, 10),
    ("Sura Kees (Sauermilchkäse)", "kg", 2, 15, 14, 19, 10), ("Wälder Butter 250 g", "Stk", 10, 60, 3, 5, 10),
    ("Heumilch-Joghurt 500 g", "Stk", 10, 60, 2, 4, 10), ("Kässpätzle-Mischung 500 g", "Stk", 5, 30, 6, 9, 10),
    ("Käseharfe / Schneidbrett Holz", "Stk", 1, 6, 24, 39, 20), ("Geschenkkorb „Wälder Vesper“", "Stk", 1, 8, 29, 49, 20),
    ("Kühlzustellung", "pauschal", 1, 1, 18, 35, 20),
]


@style("09", "at_vbg_bregenzerwald_rechnung_ust_10_20_skonto")
def s09(rng, i):
    vname, vaddr, color = VB_V[i]
    bname, bstreet, bcity = VB_B[i]
    d = rand_date(rng)
    items = lines(rng, VB_ROWS[:6], rng.randint(2, 5), D("0.10")) + lines(rng, VB_ROWS[6:], rng.randint(1, 2), D("0.10"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = []
    for r in (D(10), D(20)):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vuid = "ATU" + valid_id(rng, 8, lambda s: uid.is_valid("ATU" + s), first_nonzero=False)
    no = [f"{d.year}-{rng.randint(100, 999)}", f"RE{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    skonto_d = d + dt.timedelta(days=10)
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = [None, "Zahlbar sofort ohne Abzug.", None, "Betrag dankend bar erhalten."][i]
    po = f"B-{rng.randint(100, 999)}" if i in (1, 2) else None
    ls = f"LS {rng.randint(4000, 4999)}"
    sk = q2(total * 2 / 100)
    m = de

    def render(path):
        pdf = new_fpdf(creator="BMD NTCS")
        pdf.add_page()
        txt(pdf, 20, 12, vname, 14, "B", color=color)
        txt(pdf, 20, 19, f"{vaddr} · Bregenzerwald · Vorarlberg", 8.4, color=(90, 90, 90))
        txt(pdf, 20, 24, "„Vo üs – us’m Wald.“", 8, "I", color=color)
        txt(pdf, 20, 45, f"{vname} · {vaddr}", 6.4, color=(120, 120, 120))
        para(pdf, 20, 50, 85, f"{bname}\n{bstreet}\n{bcity}\nÖsterreich", 9.4, h=4.6)
        kv(pdf, 125, 45, [("Rechnungsnummer", no), ("Rechnungsdatum", fd(d)), ("Lieferdatum", fd(d - dt.timedelta(days=rng.randint(0, 5)))), ("Lieferschein", ls), ("Ihre Bestellung", po), ("Kundennummer", f"{rng.randint(10000, 99999)}")], wl=34, wv=40, size=8.2, step=4.8, align="L")
        txt(pdf, 20, 84, "Rechnung", 15, "B")
        txt(pdf, 20, 91, "Griaß di! Wir danken für Ihren Auftrag und verrechnen wie folgt:", 8.6)
        cols = [("Pos.", 12, "C"), ("Artikel", 78, "L"), ("Menge", 20, "R"), ("Einh.", 16, "C"), ("Preis", 22, "R"), ("USt.", 12, "R"), ("Netto EUR", 26, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]).replace(".", ","), x["unit"], m(x["price"]), f"{x['rate']}%", m(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 20, 98, cols, rows, size=8, rowh=6, header_fill=(236, 240, 236), line_color=(200, 200, 200))
        y += 6
        pdf.set_draw_color(*color)
        pdf.rect(20, y - 2, 92, 42)
        yy = y
        for lab, val, bold in [("Summe netto", m(net), False)] + [(f"USt. {r}% von {m(b)}", m(v), False) for r, b, v in summary if b] + [("Summe USt.", m(tax), False), ("Rechnungsbetrag EUR", m(total), True)]:
            txt(pdf, 23, yy, lab, 9 if bold else 8.4, "B" if bold else "")
            txt(pdf, 78, yy, val, 9 if bold else 8.4, "B" if bold else "", align="R", w=32)
            yy += 5.6
        para(pdf, 120, y, 70, "Zahlungsbedingungen\n" + (f"Zahlbar bis {fd(skonto_d)} mit 2 % Skonto (EUR {m(sk)}) oder bis {fd(due)} netto ohne Abzug." if due else term), 8.2, h=4.2)
        para(pdf, 20, max(yy, y + 42) + 10, 170, "Raiffeisenbank Bregenzerwald · IBAN AT" + f"{rng.randint(10, 99)} 3742 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} · BIC RVVGAT2B422\nUID-Nr. {vuid} · FN {rng.randint(100000, 999999)}{rng.choice('abdfghimpsvx')} · LG Feldkirch · Sitz {vaddr.split(', ')[1][5:]}\nMit freundlichen Grüßen – pfüat di und bis zum nächsten Mal!", 7.6, h=3.9, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Bregenzerwald (Vorarlberg, Austria) cheese dairy's RECHNUNG in German with Alemannic (Wälder) phrases, in euros ('1.234,50'), in a window-envelope layout, with USt. 10 % on cheese and dairy and 20 % on boards, gift baskets and delivery, the totals and the USt per rate in a box at the LEFT under the table and the payment terms at the right, on two with a Skonto offer (2 % until one date, net until a later one): vendor = the name at the top; vendor_tax_id = 'UID-Nr.' (ATU + 8 digits, in the footer; the FN company-register number is a decoy). "
        "invoice_number = 'Rechnungsnummer'; invoice_date = 'Rechnungsdatum' (dd.mm.yyyy); the delivery date, delivery note (Lieferschein) and customer number are decoys. "
        + due_note(due, term, "the date after 'netto ohne Abzug' (the Skonto date and amount are decoys)") + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Summe netto'; tax = 'Summe USt.'; total = 'Rechnungsbetrag EUR'. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vuid, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vuid, "Rechnungsbetrag EUR", fd(due) if due else None, ls, fd(skonto_d) if due else None], render


# =========================================================================== 10 Whitehorse air charter (GST 5 %, CAD), amount due boxed at the top
YT_V = [
    ("Klondike Air Charters Ltd.", "Hangar 4, 100 Dennis Road, Whitehorse, YT Y1A 6E6", (30, 58, 138)),
    ("Yukon River Aviation Inc.", "20 Range Road, Whitehorse, YT Y1A 3V1", (159, 18, 57)),
    ("Tombstone Bush Air Ltd.", "Airport Road, Dawson City, YT Y0B 1G0", (21, 94, 117)),
    ("Kluane Floatplane Services Ltd.", "Schwatka Lake Float Base, Whitehorse, YT Y1A 0A1", (63, 98, 18)),
]
YT_B = [
    ("Goldcorp Coffee Creek Exploration", "Suite 300, 4201 4th Avenue, Whitehorse, YT"),
    ("Yukon Geological Survey", "Box 2703 (K-102), Whitehorse, YT"),
    ("Northern Wild Guiding Co.", "Mayo, YT Y0B 1M0"),
    ("Arctic Institute Research Camp", "Kluane Lake Research Station, Burwash Landing, YT"),
]
YT_ROWS = [
    ("Charter flight, DHC-6 Twin Otter (revenue hours)", "hr", 1, 6, 2400, 3100),
    ("Charter flight, Cessna 208 Caravan (revenue hours)", "hr", 1, 6, 1350, 1750),
    ("Standby / ground time", "hr", 1, 4, 180, 260),
    ("Fuel surcharge", "hr", 1, 6, 95, 160),
    ("Cargo over allowance", "lb", 100, 800, 1, 2),
    ("Fuel cache drum repositioning", "drum", 1, 6, 140, 220),
    ("Overnight crew expenses", "night", 1, 2, 250, 400),
]


@style("10", "ca_yt_whitehorse_invoice_gst_5_totals_top")
def s10(rng, i):
    vname, vaddr, color = YT_V[i]
    bname, baddr = YT_B[i]
    d = rand_date(rng)
    items = lines(rng, YT_ROWS, rng.randint(3, 5), D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    gst = valid_id(rng, 9, bn.is_valid) + "RT0001"
    no = [f"{rng.randint(10000, 19999)}", f"YRA-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(100, 999)}", f"K-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d-%b-%Y"), us_date, lambda x: x.strftime("%m/%d/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 1, 3) else None
    term = [None, None, "Payment on receipt", None][i]
    po = f"{rng.choice(['PO', 'WO', 'SR'])}-{rng.randint(10000, 99999)}" if i in (0, 1) else None
    flog = f"FL-{rng.randint(1000, 9999)}"
    m = en

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Sage 50 Accounting")
        pdf.add_page()
        txt(pdf, 16, 12, vname, 14, "B", color=color)
        para(pdf, 16, 19, 110, f"{vaddr}\n867-{rng.randint(300, 999)}-{digits(rng, 4)} · dispatch@{vname.split()[0].lower()}air.ca\nGST/HST No. {gst} · Transport Canada AOC {rng.randint(1000, 9999)}", 7.8, h=3.8)
        pdf.set_fill_color(*color)
        pdf.rect(134, 11, 66, 32, "F")
        txt(pdf, 137, 13, "INVOICE", 13, "B", color=(255, 255, 255))
        txt(pdf, 137, 20, f"No. {no}   Date {fd(d)}", 8, color=(255, 255, 255))
        txt(pdf, 137, 26, "AMOUNT DUE (CAD)", 8, "B", color=(255, 255, 255))
        txt(pdf, 137, 31, f"${m(total)}", 16, "B", color=(255, 255, 255))
        txt(pdf, 137, 38.5, (f"Due {fd(due)}" if due else term), 8, color=(255, 255, 255))
        txt(pdf, 16, 50, "BILL TO", 7.2, color=(110, 110, 110))
        txt(pdf, 16, 54, bname, 10, "B")
        txt(pdf, 16, 59.5, baddr, 8.2)
        kv(pdf, 134, 50, [("Customer PO / WO", po), ("Flight log", flog), ("Flight date", fd(d - dt.timedelta(days=rng.randint(1, 12)))), ("Route", rng.choice(["CYXY–Coffee Creek strip–CYXY", "CYXY–CYDA–CYMA", "CYDA–Tombstone–CYDA", "Schwatka–Kathleen Lake–Schwatka"]))], wl=28, wv=38, size=7.8, step=4.6, align="L")
        cols = [("Description", 96, "L"), ("Qty", 18, "R"), ("Unit", 16, "C"), ("Rate", 24, "R"), ("Amount", 30, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 16, 76, cols, rows, size=8, rowh=6.2, header_fill=(230, 234, 240), line_color=(190, 190, 190))
        y += 5
        for lab, val, bold in (("Subtotal", m(net), False), ("GST 5%", m(tax), False), ("Total", m(total), True)):
            txt(pdf, 130, y, lab, 9 if bold else 8.6, "B" if bold else "")
            txt(pdf, 168, y, val, 9 if bold else 8.6, "B" if bold else "", align="R", w=32)
            y += 5.8
        para(pdf, 16, y + 8, 184, "Cheque payable to " + vname + " or EFT: CIBC Whitehorse, transit 00010, inst. 010, acct " + digits(rng, 7) + ".\nRevenue hours from the flight log (Hobbs, off-block to on-block less 0.2 hr). Cancellations inside 24 hours are billed at 1 hr minimum.\n1.5 % per month (18 % per annum) on overdue accounts.", 7.6, h=3.9, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Whitehorse (Yukon, Canada) air-charter operator's INVOICE in English on a Letter page, in Canadian dollars ('1,234.50'), with the number, date and AMOUNT DUE (CAD) BOXED in colour at the TOP right ABOVE the flights, GST 5 % (the Yukon levies no PST): vendor = the name at the top; vendor_tax_id = 'GST/HST No.' (business number + RT0001, no space; the Transport Canada AOC and the bank numbers are decoys). "
        "invoice_number = 'No.' in the box; invoice_date = 'Date' in the box (" + ["yyyy-mm-dd", "dd-Mon-yyyy", "'March 12, 2026'", "mm/dd/yyyy"][i] + "); the flight log, flight date and route are decoys. "
        + due_note(due, term, "Due … in the box") + po_note(po, "Customer PO / WO")
        + "subtotal = 'Subtotal'; tax = 'GST 5%'; total = 'Total' = 'AMOUNT DUE (CAD)'. Currency CAD. Line items: every row."
    )
    t = truth(vname, gst, no, po, d, due, "CAD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, gst, "AMOUNT DUE (CAD)", fd(due) if due else None, flog], render
