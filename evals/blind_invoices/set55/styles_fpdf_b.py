"""fpdf2 styles for set 55, second part (09 Madang TAX INVOICE as a business LETTER in English, the facts and totals in
running sentences, two of four with no table, GST 10 %, kina and the total in words; 10 Invercargill TAX INVOICE with
the labels BESIDE their values, long item descriptions WRAPPED over several lines, GST 15 %, an AUD counter-value on
two and one of four a CREDIT NOTE printed in negative amounts)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import digits, en, en_words, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, totals, truth, wrap
from stdnum.nz import ird

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Madang (GST 10, PGK), a letter, words
MA_V = [
    ("Madang Coastal Shipping Limited", "Section 12, Lot 4, Modilon Road, P.O. Box 211, Madang, Madang Province", (12, 74, 110)),
    ("Astrolabe Bay Copra Traders Limited", "Yabob Road, P.O. Box 1520, Madang, Madang Province", (120, 53, 15)),
    ("Ramu Valley Engineering Limited", "Lot 7, Coronation Drive, P.O. Box 388, Madang, Madang Province", (55, 65, 81)),
    ("Jais Aben Tours & Conferences Limited", "Jais Aben Road, P.O. Box 105, Madang, Madang Province", (22, 101, 52)),
]
MA_B = [("The Logistics Manager", "Ramu NiCo Management (MCC) Limited", "Basamuk Refinery, Madang Province"), ("The Purchasing Officer", "Kar Kar Plantations Limited", "Kar Kar Island, Madang Province"),
        ("The Chief Executive Officer", "Madang Provincial Health Authority", "Modilon General Hospital, Madang"), ("The Program Coordinator", "Divine Word University", "Tuse Road, Madang")]
MA_ROWS = [
    [("freight of containers from Lae to Madang wharf", "TEU", 1, 12, 1800, 3400), ("landing craft charter to Karkar Island", "day", 1, 5, 4200, 7800), ("wharfage and handling at Madang port", "lot", 1, 1, 650, 2400)],
    [("copra drying and bagging service", "tonne", 5, 60, 180, 290), ("transport of copra bags to the mill", "trip", 1, 8, 450, 980), ("hire of drier shed", "week", 1, 4, 350, 700)],
    [("overhaul of the standby diesel generator", "job", 1, 1, 6800, 14500), ("supply of spare parts for the generator", "lot", 1, 1, 2400, 8600), ("electrician labour", "hour", 4, 40, 95, 160)],
    [("conference package for delegates, full day", "delegate", 20, 120, 145, 260), ("accommodation, twin share, per night", "room", 5, 40, 280, 460), ("boat transfer to Kranket Island", "trip", 1, 4, 350, 800)],
]


def kina_words(x):
    k, t = int(x), int((x - int(x)) * 100)
    w = " ".join(s.capitalize() if s != "and" else s for s in en_words(k).split()) + " Kina"
    return w + (f" and {en_words(t).capitalize()} Toea" if t else " only")


@style("09", "pg_mdg_madang_letter_tax_invoice_gst_10_running_text_words")
def s09(rng, i):
    vname, vaddr, color = MA_V[i]
    title, bname, baddr = MA_B[i]
    d = rand_date(rng)
    items = lines(rng, MA_ROWS[i], [3, 2, 3, 3][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    vid = "50" + digits(rng, 7)
    btin = "50" + digits(rng, 7)
    ipa = f"1-{rng.randint(10000, 99999)}"
    no = [f"MCS-{rng.randint(1000, 9999)}", f"ABC/{d.year}/{rng.randint(10, 99)}", f"RVE{rng.randint(10000, 99999)}", f"JA-{d.strftime('%y')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: f"{x.day} {x.strftime('%b')} {x.year}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 3) else None
    po = [f"LPO {rng.randint(40000, 49999)}", None, f"PHA/PO/{rng.randint(100, 999)}", None][i]
    po_v = po.replace("LPO ", "") if po else None
    table_ = i in (1, 3)
    kina = lambda x: "K" + en(x)  # noqa: E731
    words = kina_words(total)
    our = f"{vname.split()[0][:3].upper()}/{rng.choice(['ACC', 'FIN', 'ADM'])}/{rng.randint(100, 999)}"

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 20, 21, vaddr, 8.2, font="Serif")
        txt(pdf, 20, 25, f"Telephone +675 422 {digits(rng, 4)} · TIN {vid} · IPA Reg. No. {ipa}", 8.2, font="Serif")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(20, 30, 190, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 20, 36, f"Our ref: {our}", 9.6, font="Serif")
        txt(pdf, 140, 36, fd(d), 9.6, font="Serif", w=50, align="R")
        para(pdf, 20, 46, 100, f"{title}\n{bname}\n{baddr}\nTIN {btin}", 10, font="Serif", h=5)
        txt(pdf, 20, 72, "Dear Sir/Madam,", 10, font="Serif")
        txt(pdf, 20, 80, f"RE: TAX INVOICE No. {no}", 10.5, "B", font="Serif")
        intro = (f"Further to your local purchase order No. {po_v}, " if po else "Further to your request, ") + f"we are pleased to submit our tax invoice No. {no} dated {fd(d)} for the following:"
        y = para(pdf, 20, 88, 170, intro, 10, font="Serif", h=5.2) + 3
        if table_:
            cols = [("Description", 90, "L"), ("Quantity", 26, "R"), ("Rate", 26, "R"), ("Amount", 28, "R")]
            rows = [[x["desc"][0].upper() + x["desc"][1:], f"{qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and not x['unit'].endswith('s') else ''}", en(x["price"]), en(x["amount"])] for x in items]
            y = table(pdf, 20, y, cols, rows, size=9, font="Serif", rowh=6) + 4
        else:
            for x in items:
                y = para(pdf, 26, y, 164, f"- {x['desc']}: {qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and not x['unit'].endswith('s') else ''} at {kina(x['price'])}, that is {kina(x['amount'])};", 10, font="Serif", h=5.2) + 1
            y += 2
        body = (f"The charges amount to {kina(net)} exclusive of GST. Goods and Services Tax at 10% adds {kina(tax)}, bringing the total payable to {kina(total)} "
                f"({words}).")
        y = para(pdf, 20, y, 170, body, 10, font="Serif", h=5.2) + 3
        pay = (f"We would be grateful if payment could reach us no later than {fd(due)}, by transfer to our account with Bank South Pacific, Madang branch, BSB 088-{digits(rng, 3)}, account No. {digits(rng, 10, True)}."
               if due else "Our terms are 30 days from the date of this invoice. Please make cheques payable to " + vname + " or pay by transfer to our account with Kina Bank, Madang branch.")
        y = para(pdf, 20, y, 170, pay + "\n\nShould you have any queries, please do not hesitate to contact the undersigned.\n\nYours faithfully,", 10, font="Serif", h=5.2) + 14
        txt(pdf, 20, y, rng.choice(["Peter Kaupa", "Grace Yagi", "Michael Bais", "Ruth Manub"]), 10, "B", font="Serif")
        txt(pdf, 20, y + 5, rng.choice(["Accounts Manager", "Finance Officer", "General Manager"]), 10, font="Serif")
        txt(pdf, 20, 280, "Registered for GST with the Internal Revenue Commission · Page 1 of 1", 7.2, font="Serif", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Madang (Papua New Guinea) TAX INVOICE as a BUSINESS LETTER in English in a serif font, the facts and totals in RUNNING SENTENCES ('we are pleased to submit our tax invoice No. … dated …', 'The charges amount to … exclusive of GST'), "
        + ("a small table of the charges" if table_ else "NO TABLE (one sentence per charge)")
        + ", GST 10 %, kina 'K1,234.56', the total in words in parentheses: vendor = the letterhead; vendor_tax_id = 'TIN' under the letterhead (the IPA registration number, the addressee's TIN, our reference and the bank account are decoys). "
        "invoice_number = 'TAX INVOICE No.' in the subject line (and in the first sentence); invoice_date = 'dated' in the first sentence (the same day as the letter's date). "
        + due_note(due, "Our terms are 30 days", "no later than")
        + po_note(po_v, "local purchase order No.")
        + "subtotal = 'The charges amount to … exclusive of GST'; tax = 'Goods and Services Tax at 10% adds'; total = 'the total payable'. Currency PGK ('K'). Line items: every charge, exclusive of GST."
    )
    t = truth(vname, vid, no, po_v, d, due, "PGK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "the total payable", fd(due) if due else None, btin, ipa, words]}
    return t, chk, render


# =========================================================================== 10 Invercargill (GST 15, NZD), labels beside, wrapped, a credit note
IV_V = [
    ("Southland Agricultural Contracting Limited", "212 North Road, Waikiwi, Invercargill 9810", (22, 101, 52)),
    ("Foveaux Strait Seafoods Limited", "18 Foreshore Road, Bluff 9814", (14, 116, 144)),
    ("Invercargill Engineering Services Limited", "77 Bond Street, Invercargill 9810", (55, 65, 81)),
    ("Murihiku Electrical Limited", "45 Tay Street, Invercargill 9810", (180, 83, 9)),
]
IV_B = [("Dacre Dairy Farms Limited", "1120 Dacre-Oware Road, RD 2, Invercargill 9872"), ("Brisbane Fish Market Pty Ltd", "Colmslie Road, Hamilton QLD 4007, Australia"),
        ("Tiwai Point Smelter Maintenance", "Tiwai Road, Invercargill 9877"), ("Southland District Council", "15 Forth Street, Invercargill 9810")]
IV_ROWS = [
    [("Silage harvesting with self-propelled forage harvester, two trucks and bulldozer on the stack, per hour including operators and fuel", "hr", 4, 30, 380, 560),
     ("Baleage wrapping, round bales, six layers of film, including net wrap and cartage to the stack yard", "bale", 50, 600, 16, 24),
     ("Spreading of lime at 2.5 t/ha with a GPS-guided spreader truck, per tonne spread", "t", 10, 200, 32, 48),
     ("Direct drilling of new grass and clover mix, paddocks 7 to 12 as marked on the farm map", "ha", 5, 60, 140, 210)],
    [("Live Bluff oysters, grade A, chilled and packed in 4 dozen cartons for air freight", "doz", 20, 200, 28, 46),
     ("Blue cod fillets, skin-off, boneless, vacuum packed in 5 kg cartons", "kg", 20, 300, 38, 56),
     ("Packing, polystyrene cartons, ice packs and export documentation", "ctn", 5, 40, 18, 32)],
    [("Fabrication of replacement stainless steel guard rails for pot room walkway, 316 grade, including welding and polishing", "m", 5, 60, 190, 320),
     ("Machining of pump shaft to drawing 44-2183 rev C, including material certificate and dimensional report", "ea", 1, 6, 850, 1900),
     ("Fitter labour on site during planned shutdown, day shift, including travel to Tiwai Point", "hr", 8, 60, 98, 135)],
    [("Replacement of street light luminaires with LED fittings on Dee Street between Tay and Yarrow Streets, including traffic management", "ea", 4, 30, 620, 980),
     ("Electrical inspection and certificate of compliance for council library switchboard upgrade", "ea", 1, 2, 380, 760),
     ("Electrician labour, after hours call-out for fault finding at the Splash Palace pumping station", "hr", 2, 12, 120, 165)],
]


@style("10", "nz_ivc_invercargill_tax_invoice_gst_15_wrapped_aud_credit_note")
def s10(rng, i):
    vname, vaddr, color = IV_V[i]
    bname, baddr = IV_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, IV_ROWS[i], [4, 3, 2, 3][i], D("0.05"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = ird.format(valid(rng, lambda: digits(rng, 9, True), ird.is_valid))
    no = [f"INV-{rng.randint(10000, 99999)}", f"FSS{rng.randint(1000, 9999)}", f"CN-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = (d.replace(day=20) + dt.timedelta(days=31)).replace(day=20) if i in (0, 1, 3) else None
    po = [None, f"BFM-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}", f"SDC{rng.randint(100000, 999999)}"][i]
    orig = f"INV-{rng.randint(10000, 99999)}" if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(7, 40)))
    aud_rate = D(rng.choice(["0.9042", "0.9118", "0.8987", "0.9205"]))
    aud = en(q2(total * aud_rate)) if i in (1, 3) else None
    title = "CREDIT NOTE" if credit else "TAX INVOICE"
    bgst = ird.format(valid(rng, lambda: digits(rng, 9, True), ird.is_valid)) if i != 1 else None

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 14, "B", color=color)
        para(pdf, 15, 19, 100, f"{vaddr}\nPhone 03 21{digits(rng, 1)} {digits(rng, 4)} · NZBN 94290{digits(rng, 8)}", 8.2, h=4.2)
        txt(pdf, 120, 12, title, 20, "B", w=75, align="R", color=color)
        rows_ = [(("Credit Note No:" if credit else "Invoice No:"), no), ("Date:", fd(d)), ("Due Date:", fd(due) if due else None), ("Order No:", po), ("GST No:", vid), ("Customer Code:", f"{bname.split()[0][:4].upper()}{rng.randint(10, 99)}")]
        kv(pdf, 120, 26, rows_, wl=35, wv=40, size=8.6, step=5)
        pdf.set_draw_color(*color)
        pdf.rect(15, 32, 95, 26)
        para(pdf, 17, 34, 91, f"To:\n{bname}\n{baddr}" + (f"\nGST No: {bgst}" if bgst else ""), 8.6, h=4.4)
        y = 66
        if credit:
            y = para(pdf, 15, y, 180, f"Credit against invoice {orig} dated {origd}: rework of guard rails rejected at inspection and pump shaft returned under warranty.", 8.6, "B", h=4.6) + 3
        cols = [("Description", 100, "L"), ("Qty", 16, "R"), ("Unit", 12, "L"), ("Unit Price", 24, "R"), ("Amount", 28, "R")]
        rows = [[wrap(x["desc"], 56), qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 15, y, cols, rows, size=8.4, rowh=6.4, header_fill=(238, 238, 238), line_color=(200, 200, 200))
        y += 5
        tot = [("Subtotal (excl. GST)", en(net), False), ("GST 15%", en(tax), False), ("TOTAL CREDIT NZD" if credit else "TOTAL NZD", en(total), True)]
        yy = totals(pdf, 115, y, tot, wl=50, wv=30, size=9, line=color, step=6)
        if aud:
            txt(pdf, 115, yy + 1, f"For information: AUD {aud} at 1 NZD = {aud_rate} AUD", 7.6, color=(90, 90, 90))
        msg = ("This credit will be applied to your account; no payment is required." if credit else
               f"Please pay by the 20th of the month following the invoice date. Bank: ASB Bank, Invercargill, account 12-3190-{digits(rng, 7)}-00. Reference: {no}.")
        para(pdf, 15, max(yy + 12, y + 26), 180, msg, 8.2, h=4.3, color=(60, 60, 60))
        txt(pdf, 15, 284, f"{vname} · GST No {vid} · Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        f"Invercargill (Southland, New Zealand) {title} in English with the facts as LABEL: value pairs BESIDE each other at the top right, long item descriptions WRAPPED over two or three lines, GST 15 %, '1,234.56' NZD"
        + (", a CREDIT NOTE printed in NEGATIVE quantities and amounts, referring to an earlier invoice (its number and date are decoys)" if credit else "")
        + (", an AUD counter-value below the total ('For information: AUD …', a decoy)" if aud else "")
        + ": vendor = the name at the top; vendor_tax_id = 'GST No:' (the IRD number in groups; the customer's GST number, the NZBN, the customer code and the bank account are decoys). "
        f"invoice_number = '{'Credit Note No:' if credit else 'Invoice No:'}'; invoice_date = 'Date:'. "
        + due_note(due, "no payment is required" if credit else None, "Due Date:")
        + po_note(po, "Order No:")
        + f"subtotal = 'Subtotal (excl. GST)'; tax = 'GST 15%'; total = '{'TOTAL CREDIT NZD' if credit else 'TOTAL NZD'}'. Currency NZD. Line items: every row, excl. GST."
        + (" document_type credit_note; every amount negative as printed." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "NZD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL CREDIT NZD" if credit else "TOTAL NZD", fd(due) if due else None, bgst, orig, aud]}
    return t, chk, render
