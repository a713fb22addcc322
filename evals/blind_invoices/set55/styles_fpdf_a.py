"""fpdf2 styles for set 55, first part (06 Kelowna INVOICE in English on a LANDSCAPE page, the facts in a strip of
cells with the LABEL ABOVE each value, GST 5 % and PST 7 % by row, a discount row on two; 07 Andijan HISOB-FAKTURA in
Uzbek (Latin) on a FULLY RULED grid with the TOTALS in a box at the LEFT, QQS 12 %, so'm, one over TWO PAGES;
08 Ballarat TAX INVOICE with every fact's LABEL ABOVE its value, GST 10 % and a DEPOSIT deducted on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, lines, para, po_note, totals, truth, wrap
from stdnum.au import abn, acn
from stdnum.ca import bn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Kelowna (GST 5 + PST 7, CAD), landscape, labels above
KL_V = [
    ("Okanagan Lakeview Landscaping Ltd.", "2150 Leckie Place, Kelowna, BC V1Y 7W7", (22, 101, 52)),
    ("Kelowna Orchard Supply Co.", "1680 Enterprise Way, Kelowna, BC V1Y 8R9", (146, 64, 14)),
    ("Mission Creek Printing Inc.", "3030 Pandosy Street, Kelowna, BC V1Y 1W1", (30, 64, 175)),
    ("Valley Wine Logistics Ltd.", "555 Adams Road, Kelowna, BC V1X 7R9", (127, 29, 29)),
]
KL_B = ["Strata Plan KAS 2241 – Sunset Waterfront", "Quails' Gate Estate Vineyards", "UBC Okanagan – Faculty of Management", "Summerhill Pyramid Winery"]
KL_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, pst)
    [("Spring clean-up crew, 3 persons", "hr", 4, 30, 145, 210, False), ("Bark mulch, dark fir, delivered", "yd³", 2, 20, 48, 79, True), ("Irrigation start-up and backflow test", "ea", 1, 3, 120, 260, False), ("Perennials, 1 gal pots", "ea", 10, 120, 12, 24, True), ("Lawn aeration", "visit", 1, 2, 150, 380, False)],
    [("Pruning shears, bypass, professional", "ea", 2, 30, 55, 110, True), ("Orchard ladder, 10 ft aluminium", "ea", 1, 8, 290, 520, True), ("Drip line 16 mm, 300 m roll", "roll", 1, 12, 140, 260, True), ("Delivery to orchard", "trip", 1, 2, 65, 140, False), ("Bin rental, apple bins", "bin/mo", 10, 200, 4, 9, True)],
    [("Brochures, 8 pp, 100 lb gloss, full colour", "ea", 250, 5000, 1, 3, True), ("Pull-up banner 33x80 in. with stand", "ea", 1, 6, 180, 320, True), ("Graphic design", "hr", 1, 12, 85, 120, False), ("Business cards, 250", "box", 2, 40, 39, 69, True)],
    [("Pallet storage, temperature controlled", "pallet/mo", 5, 120, 24, 39, False), ("Case pick and pack", "case", 50, 2000, 1, 3, False), ("Shrink wrap and labels", "pallet", 5, 80, 9, 18, True), ("LTL freight Kelowna – Vancouver", "shipment", 1, 6, 260, 680, False)],
]


@style("06", "ca_kel_kelowna_invoice_gst_5_pst_7_landscape_labels_above_discount")
def s06(rng, i):
    vname, vaddr, color = KL_V[i]
    d = rand_date(rng)
    items = lines(rng, KL_ROWS[i], [4, 5, 3, 4][i], D("0.01"))
    for x in items:
        x["pst"] = x["extra"]
    if i in (1, 3):
        pct = rng.choice([5, 10])
        base = sum(x["amount"] for x in items)
        items.append({"desc": f"Volume discount {pct}%", "unit": "", "qty": None, "price": None, "amount": -q2(base * pct / 100), "pst": None, "show_qty": False})
        # the discount reduces the PST base in proportion to the taxable goods
        pst_base_share = sum(x["amount"] for x in items if x["pst"]) / base
    net = sum(x["amount"] for x in items)
    gst = q2(net * D("0.05"))
    pst_base = sum(x["amount"] for x in items if x["pst"])
    if i in (1, 3):
        pst_base = q2(pst_base + items[-1]["amount"] * pst_base_share)
    pst = q2(pst_base * D("0.07"))
    tax = gst + pst
    total = net + tax
    b9 = valid(rng, lambda: digits(rng, 9, True), bn.is_valid)
    vid = f"{b9} RT0001"
    no = [f"{rng.randint(1000, 9999)}", f"KOS-{rng.randint(10000, 99999)}", f"INV-{d.strftime('%y')}{rng.randint(100, 999)}", f"VWL{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%b %d, %Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: long_date(x, "us"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 30])) if i != 2 else None
    po = [None, f"PO {rng.randint(10000, 99999)}", f"UBCO-{rng.randint(100000, 999999)}", f"SPW-{rng.randint(1000, 9999)}"][i]
    po_v = po.replace("PO ", "") if po else None
    pstno = f"PST-{digits(rng, 4)}-{digits(rng, 4)}"
    acct = f"C{digits(rng, 5)}"
    ship = fd(d - dt.timedelta(days=rng.randint(0, 5)))
    dom = "".join(c for c in "".join(vname.split()[:2]).lower() if c.isalpha()) + ".ca"

    def render(path):
        pdf = new_fpdf("L", creator="QuickBooks Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 210, "F")
        txt(pdf, 16, 12, vname, 16, "B", color=color)
        txt(pdf, 16, 20, vaddr, 8.6)
        txt(pdf, 16, 24.5, f"Tel (250) {digits(rng, 3)}-{digits(rng, 4)} · accounts@{dom}", 8.6)
        txt(pdf, 200, 12, "INVOICE", 22, "B", w=82, align="R", color=color)
        txt(pdf, 200, 22, f"GST Reg. No. {vid}", 8.6, w=82, align="R")
        txt(pdf, 200, 26.5, f"PST No. {pstno}", 8.6, w=82, align="R", color=(90, 90, 90))
        cells = [("Invoice #", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else "On receipt"), ("Customer PO", po_v or "—"), ("Terms", f"Net {(due - d).days}" if due else "Due on receipt"), ("Account #", acct), ("Ship / Service Date", ship)]
        x0, w_ = 16, 266 / len(cells)
        pdf.set_draw_color(*color)
        for lab, val in cells:
            pdf.rect(x0, 34, w_, 13)
            txt(pdf, x0 + 2, 35.5, lab, 7.4, color=(100, 100, 100))
            txt(pdf, x0 + 2, 40.5, val, 9.4, "B")
            x0 += w_
        txt(pdf, 16, 52, "BILL TO", 7.4, color=(100, 100, 100))
        para(pdf, 16, 56, 120, f"{KL_B[i]}\nKelowna, BC", 9, "B", h=4.6)
        txt(pdf, 150, 52, "SHIP TO / SERVICE LOCATION", 7.4, color=(100, 100, 100))
        para(pdf, 150, 56, 130, f"{KL_B[i]}\n{rng.choice(['Lakeshore Road', 'Boucherie Road', 'Cooper Road', 'Commerce Avenue'])} {rng.randint(100, 4999)}, Kelowna, BC", 9, h=4.6)
        cols = [("Item / Description", 120, "L"), ("Qty", 22, "R"), ("Unit", 24, "L"), ("Rate", 30, "R"), ("Tax", 20, "C"), ("Amount", 50, "R")]
        rows = [[x["desc"], qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], en(x["price"]) if x["price"] is not None else "", ("GST/PST" if x["pst"] else "GST") if x["pst"] is not None else "GST/PST", en(x["amount"])] for x in items]
        y = table(pdf, 16, 70, cols, rows, size=8.8, rowh=6.4, header_fill=color, header_color=(255, 255, 255), zebra=(245, 245, 245))
        y += 6
        para(pdf, 16, y, 150, ("Thank you for your business. Please pay by e-Transfer to " + f"ar@{dom}" + " or by cheque quoting the invoice number. 2% per month on overdue accounts." if due else "Paid by Visa at time of service – thank you.")
             + f"\nBank: {rng.choice(['Valley First Credit Union', 'RBC Royal Bank', 'Interior Savings'])}, transit {digits(rng, 5)}, institution {rng.choice(['809', '003', '839'])}, account {digits(rng, 7)}.", 8.2, h=4.3, color=(70, 70, 70))
        totals(pdf, 190, y, [("Subtotal", en(net), False), ("GST @ 5%", en(gst), False), ("PST @ 7%", en(pst), False), ("TOTAL CAD", "$" + en(total), True)], wl=50, wv=42, size=9.6, line=color, step=6.4)
        txt(pdf, 16, 198, f"Page 1 of 1 · GST Reg. No. {vid} · Account {acct}", 7.4, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Kelowna (British Columbia, Canada) INVOICE in English on a LANDSCAPE page with a coloured left edge, the facts in a strip of ruled cells with the LABEL ABOVE each value, GST 5 % on every row and PST 7 % on goods only (a Tax column per row)"
        + (", a VOLUME DISCOUNT row (negative, no quantity) reducing both tax bases" if i in (1, 3) else "") + ", '$1,234.56': "
        "vendor = the name at the top left; vendor_tax_id = 'GST Reg. No.' (the business number with its RT0001 account, as printed; the PST number, the account #, the bank transit and account are decoys). "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice Date' (the 'Ship / Service Date' is a decoy). "
        + due_note(due, "On receipt", "Due Date")
        + po_note(po_v, "Customer PO")
        + "subtotal = 'Subtotal'; tax = GST + PST (printed only as its two parts, 'GST @ 5%' and 'PST @ 7%'); total = 'TOTAL CAD'. Currency CAD. Line items: every row"
        + (" including the discount row" if i in (1, 3) else "") + ", before tax."
    )
    t = truth(vname, vid, no, po_v, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL CAD", fd(due) if due else None, pstno, ship], "tax_parts": [str(gst), str(pst)]}
    return t, chk, render


# =========================================================================== 07 Andijan (QQS 12, UZS), fully ruled, totals left, two pages
AN_V = [
    ('"ANDIJON TEKSTIL SAVDO" MCHJ', "Andijon shahri, Bobur shoh ko'chasi, 52-uy", (30, 58, 138)),
    ('"FARG\'ONA VODIYSI AGRO SERVIS" MCHJ', "Andijon viloyati, Asaka tumani, Navoiy ko'chasi, 14", (22, 101, 52)),
    ('"ANDIJON AVTO EHTIYOT QISMLARI" MCHJ', "Andijon shahri, Sanoat zonasi, 7-uy", (127, 29, 29)),
    ('"BOG\'ISHAMOL QURILISH MATERIALLARI" XK', "Andijon shahri, Bog'ishamol mahallasi, Uzun ko'chasi, 3", (120, 53, 15)),
]
AN_B = ['"ASAKA TO\'QIMACHILIK" AJ', '"XOJAABAD MEVA EKSPORT" MCHJ', '"ANDIJON SHAHAR AVTOBUS PARKI" AJ', '"QO\'RG\'ONTEPA QURILISH TRESTI" MCHJ']
AN_ROWS = [
    [("Paxta ipi Ne 30/1, kg", "kg", 100, 3000, 38000, 52000), ("Gazlama bo'z, 220 sm", "metr", 100, 2000, 14500, 23000), ("Tugma plastik, 1000 dona", "quti", 2, 40, 85000, 140000), ("Tikuv ipi, 5000 m", "dona", 10, 200, 18000, 32000)],
    [("Mineral o'g'it ammofos, 50 kg", "qop", 10, 300, 310000, 420000), ("Karbamid, 50 kg", "qop", 10, 300, 240000, 330000), ("Tomchilatib sug'orish quvuri, 100 m", "o'ram", 5, 80, 190000, 350000), ("Traktor xizmati, haydash", "gektar", 2, 40, 420000, 650000)],
    [("Tormoz kolodkasi, to'plam", "to'plam", 2, 40, 180000, 340000), ("Moy filtri", "dona", 5, 120, 45000, 89000), ("Motor moyi 5W-40, 4 l", "dona", 4, 80, 290000, 420000), ("Akkumulyator 75 Ah", "dona", 1, 12, 950000, 1450000), ("Amortizator old", "dona", 2, 20, 380000, 690000),
     ("Havo filtri", "dona", 4, 60, 60000, 110000), ("Sham (svecha) to'plami", "to'plam", 2, 30, 120000, 240000), ("Generator tasmasi", "dona", 2, 30, 95000, 180000), ("Radiator suyuqligi 5 l", "dona", 4, 40, 110000, 190000), ("Tormoz diski", "dona", 2, 20, 420000, 760000),
     ("Debriyaj to'plami", "to'plam", 1, 8, 1900000, 3200000), ("Rul uchligi", "dona", 2, 20, 140000, 260000), ("Gildirak podshipnigi", "dona", 2, 30, 160000, 310000), ("Lampochka H7", "dona", 4, 60, 28000, 55000), ("Salon filtri", "dona", 4, 60, 55000, 95000),
     ("Shina 215/75 R17,5", "dona", 2, 12, 2400000, 3900000), ("Yoqilg'i filtri", "dona", 4, 60, 65000, 130000), ("Tormoz suyuqligi 1 l", "dona", 2, 40, 48000, 85000), ("Stop-chiroq", "dona", 1, 10, 210000, 380000), ("Oyna tozalagich cho'tkasi", "juft", 2, 30, 70000, 140000)],
    [("Sement M400, 50 kg", "qop", 20, 800, 52000, 68000), ("G'isht pishgan, 1000 dona", "ming", 2, 40, 1100000, 1600000), ("Armatura 12 mm", "tonna", 1, 12, 8200000, 9600000), ("Qum, yetkazib berish bilan", "m³", 5, 80, 95000, 160000)],
]


@style("07", "uz_and_andijan_hisob_faktura_qqs_12_ruled_totals_left_two_pages")
def s07(rng, i):
    vname, vaddr, color = AN_V[i]
    d = rand_date(rng)
    two = i == 2
    items = lines(rng, AN_ROWS[i], [4, 3, 20, 3][i], D("100"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.12"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = str(rng.choice([2, 3])) + digits(rng, 8)
    bstir = str(rng.choice([2, 3])) + digits(rng, 8)
    qqs = "3" + digits(rng, 11)
    no = [f"{rng.randint(1, 999)}", f"AVS-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"BQ-{rng.randint(10, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "uz"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "uz")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (0, 2) else None
    po = [None, None, f"{rng.randint(10, 99)}-B", f"{rng.randint(100, 999)}"][i]
    contract = f"{rng.randint(1, 99)}-{d.year}"
    contract_d = fd(d.replace(day=1) - dt.timedelta(days=rng.randint(20, 200)))
    fid = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    soum = lambda x: sp(x)  # noqa: E731

    def head(pdf, page, pages):
        pdf.set_draw_color(0, 0, 0)
        txt(pdf, 150, 8, f"Faktura ID: {fid}", 6.8, w=50, align="R", color=(90, 90, 90))
        txt(pdf, 150, 284, f"{page}-sahifa / {pages}", 7.4, w=45, align="R", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Didox.uz")
        pages = 2 if two else 1
        pdf.add_page()
        head(pdf, 1, pages)
        txt(pdf, 10, 14, f"HISOB-FAKTURA № {no}", 15, "B", w=190, align="C", color=color)
        txt(pdf, 10, 22, f"{fd(d)}", 10, w=190, align="C")
        txt(pdf, 10, 27, f"{contract}-sonli {contract_d} dagi shartnomaga" + (f" · Buyurtma № {po}" if po else ""), 8.4, w=190, align="C")
        for x0, head_, name, lines_ in (
            (10, "Yetkazib beruvchi:", vname, [vaddr, f"STIR: {vid}", f"QQS to'lovchining ro'yxatdan o'tish kodi: {qqs}", f"H/r: 2020 8000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", f"Bank: \"Hamkorbank\" ATB Andijon filiali, MFO: 00{rng.randint(100, 999)}"]),
            (105, "Sotib oluvchi:", AN_B[i], [rng.choice(["Asaka tumani", "Xo'jaobod tumani", "Andijon shahri", "Qo'rg'ontepa tumani"]), f"STIR: {bstir}", f"H/r: 2020 8000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", "Bank: \"Asakabank\" AJ"]),
        ):
            pdf.rect(x0, 34, 95, 38)
            txt(pdf, x0 + 2, 35.5, head_, 7.6, color=(90, 90, 90))
            txt(pdf, x0 + 2, 40, name, 8.4, "B")
            para(pdf, x0 + 2, 44.5, 91, "\n".join(lines_), 7.4, h=3.9)
        cols = [("№", 8, "R"), ("Tovar (xizmat) nomi", 46, "L"), ("IKPU kodi", 32, "L"), ("Birlik", 14, "L"), ("Miqdori", 14, "R"), ("Narxi", 22, "R"), ("Qiymati (QQSsiz)", 27, "R"), ("QQS 12%", 27, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 26), digits(rng, 17, True), x["unit"], qstr(x["qty"]), soum(x["price"]), soum(x["amount"]), soum(x["tax"])] for k, x in enumerate(items)]
        first = rows[:13] if two else rows
        y0 = 78
        y = table(pdf, 10, y0, cols, first, size=7.2, rowh=6.2, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 10, y0, y, cols, color=(0, 0, 0))
        if two:
            txt(pdf, 10, y + 3, "Davomi keyingi sahifada …", 7.6, color=(90, 90, 90))
            pdf.add_page()
            head(pdf, 2, 2)
            txt(pdf, 10, 14, f"HISOB-FAKTURA № {no} (davomi)", 11, "B")
            y0 = 22
            y = table(pdf, 10, y0, cols, rows[13:], size=7.2, rowh=6.2, header_fill=(235, 235, 235), line_color=(0, 0, 0))
            frame(pdf, 10, y0, y, cols, color=(0, 0, 0))
        y += 6
        pdf.set_draw_color(*color)
        pdf.rect(10, y, 95, 28)
        yy = totals(pdf, 13, y + 3, [("Jami (QQSsiz):", soum(net), False), ("QQS summasi (12%):", soum(tax), False), ("Jami to'lovga:", soum(total) + " so'm", True)], wl=45, wv=44, size=8.8, line=color, step=6.8)
        para(pdf, 110, y, 90, ("To'lov muddati: " + fd(due) + ". " if due else "To'lov shartnoma shartlariga muvofiq. ") + "Hisob-faktura elektron raqamli imzo bilan tasdiqlangan.", 7.8, h=4.1, color=(60, 60, 60))
        yy += 10
        txt(pdf, 10, yy, "Rahbar: ____________________", 8.2)
        txt(pdf, 105, yy, "Bosh hisobchi: ____________________", 8.2)
        txt(pdf, 10, yy + 8, "Tovarni berdi: ____________________", 8.2)
        txt(pdf, 105, yy + 8, f"Qabul qildi (ishonchnoma № {rng.randint(10, 999)}): __________", 8.2)
        pdf.output(path)

    notes = (
        "Andijan (Uzbekistan) HISOB-FAKTURA in Uzbek (Latin) on a FULLY RULED grid (party boxes, a ruled item table with QQS 12 % per row and the IKPU catalogue codes), the TOTALS in a box at the LEFT below the table, '1 234 567,00' so'm"
        + (", over TWO PAGES (13 rows on the first, the rest and the totals on the second, '1-sahifa / 2')" if two else "")
        + ": vendor = 'Yetkazib beruvchi' (the company in quotes with its form MCHJ/XK); vendor_tax_id = the supplier's 'STIR' (9 digits; the buyer's STIR, the VAT payer's registration code (12 digits), the bank accounts and MFO, the IKPU codes, the Faktura ID and the contract are decoys). "
        "invoice_number = 'HISOB-FAKTURA №'; invoice_date = the date under the title (the contract's date is a decoy). "
        + due_note(due, "To'lov shartnoma shartlariga muvofiq", "To'lov muddati")
        + po_note(po, "Buyurtma №")
        + "subtotal = 'Jami (QQSsiz)'; tax = 'QQS summasi (12%)'; total = 'Jami to'lovga'. Currency UZS (so'm). Line items: every row, without QQS."
    )
    t = truth(vname, vid, no, po, d, due, "UZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, f"STIR: {vid}", "Jami to'lovga", fd(due) if due else None, bstir, qqs, "2-sahifa / 2" if two else None]}
    return t, chk, render


# =========================================================================== 08 Ballarat (GST 10, AUD), labels above, a deposit
BA_V = [
    ("Eureka Joinery & Cabinets Pty Ltd", "14 Grenville Street South, Ballarat Central VIC 3350", (120, 53, 15)),
    ("Goldfields Solar & Electrical Pty Ltd", "3/210 Gillies Street North, Wendouree VIC 3355", (202, 138, 4)),
    ("Lake Wendouree Rowing Supplies Pty Ltd", "9 Wendouree Parade, Lake Wendouree VIC 3350", (14, 116, 144)),
    ("Sturt Street Catering Co Pty Ltd", "402 Sturt Street, Ballarat Central VIC 3350", (159, 18, 57)),
]
BA_B = ["Ballarat Grammar School, 201 Forest Street, Wendouree VIC 3355", "M. & J. Nguyen, 27 Dawson Street South, Ballarat VIC 3350",
        "Ballarat City Rowing Club, Wendouree Parade, Ballarat VIC 3350", "Federation University – Mt Helen Campus, University Drive, Mount Helen VIC 3350"]
BA_ROWS = [
    [("Kitchen cabinets, 2-pac finish, supply and install", "lm", 2, 12, 780, 1450), ("Stone benchtop 20 mm, templated", "m²", 2, 10, 520, 890), ("Soft-close drawer runners", "pair", 4, 24, 38, 69), ("Site labour, carpenter", "hr", 4, 40, 85, 120)],
    [("Solar panels 440 W, tier-1", "panel", 10, 30, 210, 320), ("Hybrid inverter 8 kW", "unit", 1, 1, 2400, 3900), ("Battery 13.5 kWh", "unit", 1, 1, 9800, 12900), ("Installation and commissioning", "hr", 8, 24, 95, 130)],
    [("Sculling oars, carbon, pair", "pair", 1, 8, 890, 1450), ("Rowing shell repair, fibreglass", "hr", 2, 20, 85, 125), ("Rigger bolts and spacers kit", "kit", 1, 10, 45, 90), ("Boat trailer hire, per day", "day", 1, 4, 120, 220)],
    [("Graduation cocktail menu, per guest", "guest", 40, 300, 32, 55), ("Wait staff, per hour", "hr", 8, 60, 48, 62), ("Linen and glassware hire", "set", 1, 1, 350, 900), ("Barista cart, half day", "ea", 1, 2, 450, 750)],
]


@style("08", "au_bal_ballarat_tax_invoice_gst_10_labels_above_deposit")
def s08(rng, i):
    vname, vaddr, color = BA_V[i]
    bname, baddr = BA_B[i].split(", ", 1)
    d = rand_date(rng)
    items = lines(rng, BA_ROWS[i], [4, 4, 3, 4][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    a = valid(rng, lambda: digits(rng, 11, True), abn.is_valid)
    vid = abn.format(a)
    acn_ = acn.format(valid(rng, lambda: digits(rng, 9, True), acn.is_valid))
    no = [f"INV-{rng.randint(1000, 9999)}", f"GSE{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}", f"SSC-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 2 else None
    po = [f"PO{rng.randint(10000, 99999)}", None, None, f"FU-{rng.randint(4500000, 4599999)}"][i]
    job = f"J{rng.randint(1000, 9999)}"
    dep = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (0, 1) else None
    dep_d = fd(d - dt.timedelta(days=rng.randint(14, 60)))
    bsb = f"{rng.choice(['063', '083', '033', '633'])}-{digits(rng, 3)}"

    def render(path):
        pdf = new_fpdf(creator="Xero")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 14, 14, "F")
        txt(pdf, 16.5, 15.5, vname[0], 16, "B", color=(255, 255, 255))
        txt(pdf, 33, 12, vname, 13, "B", color=color)
        txt(pdf, 33, 18.5, vaddr, 8.2)
        txt(pdf, 33, 22.5, f"ACN {acn_} · (03) 53{digits(rng, 2)} {digits(rng, 4)}", 8.2, color=(90, 90, 90))
        txt(pdf, 130, 32, "TAX INVOICE", 20, "B", w=65, align="R")
        grid = [("Invoice Number", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else "Paid"), ("ABN", vid), ("Reference", po or "—"), ("Job No.", job)]
        for k, (lab, val) in enumerate(grid):
            x0, y0 = 15 + (k % 3) * 60, 46 + (k // 3) * 13
            txt(pdf, x0, y0, lab, 7.4, color=(110, 110, 110))
            txt(pdf, x0, y0 + 4.2, val, 10, "B")
        pdf.set_draw_color(210, 210, 210)
        pdf.line(15, 73, 195, 73)
        txt(pdf, 15, 77, "Bill To", 7.4, color=(110, 110, 110))
        para(pdf, 15, 81, 90, f"{bname}\n{baddr}", 9, h=4.6)
        txt(pdf, 115, 77, "Site / Delivery Address", 7.4, color=(110, 110, 110))
        para(pdf, 115, 81, 80, baddr, 9, h=4.6)
        cols = [("Description", 86, "L"), ("Quantity", 20, "R"), ("Unit", 14, "L"), ("Unit Price", 24, "R"), ("GST", 12, "R"), ("Amount AUD", 24, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), "10%", en(x["amount"])] for x in items]
        y = table(pdf, 15, 98, cols, rows, size=8.4, rowh=6.4, header_style="B", line_color=(220, 220, 220))
        y += 6
        tot = [("Subtotal", en(net), False), ("Total GST 10%", en(tax), False), ("Total AUD", en(total), True)]
        if dep:
            tot += [(f"Less Deposit Paid {dep_d}", "-" + en(dep), False), ("Amount Due AUD", en(total - dep), True)]
        elif not due:
            tot += [("Less Amount Paid", "-" + en(total), False), ("Amount Due AUD", "0.00", True)]
        totals(pdf, 120, y, tot, wl=45, wv=30, size=8.8, line=(60, 60, 60), step=6)
        pdf.set_draw_color(210, 210, 210)
        pdf.line(15, 236, 195, 236)
        txt(pdf, 15, 239, "How to pay", 9, "B")
        para(pdf, 15, 244, 110, f"Direct deposit: {vname}\nBSB {bsb} · Account {digits(rng, 4)} {digits(rng, 4)}\nReference: {no}" + ("" if due else "\nPaid in full by EFTPOS – thank you."), 8.2, h=4.3)
        txt(pdf, 15, 284, f"{vname} · ABN {vid} · Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Ballarat (Victoria, Australia) TAX INVOICE in English with every fact in a grid of LABELS ABOVE their values (Invoice Number, Invoice Date, Due Date, ABN, Reference, Job No.), GST 10 %, '1,234.56' AUD"
        + (", a DEPOSIT deducted below the total" if dep else "") + ": vendor = the name at the top; vendor_tax_id = 'ABN' (11 digits in groups; the ACN, the job number, the BSB and account are decoys). "
        "invoice_number = 'Invoice Number'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Paid", "Due Date")
        + po_note(po, "Reference")
        + "subtotal = 'Subtotal'; tax = 'Total GST 10%'; total = 'Total AUD'"
        + (" before the deposit (the deposit, its date and the 'Amount Due AUD' are decoys)" if dep else (" (the amount paid and 'Amount Due AUD 0.00' are decoys)" if not due else ""))
        + ". Currency AUD. Line items: every row, excluding GST."
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total AUD", fd(due) if due else None, acn_, job, en(total - dep) if dep else None]}
    return t, chk, render
