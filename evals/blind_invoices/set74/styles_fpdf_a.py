"""fpdf2 styles for set 74, first part (06 Clonakilty VAT INVOICE in English OVER TWO PAGES with the sums carried
forward and brought forward, VAT 23 % (13,5 % on one), labels beside values at the top right, rules between rows and a
retention deducted on one; 07 Falköping FAKTURA in Swedish on a LANDSCAPE page, a FULLY RULED table, moms 25 %, the
TOTALS at the bottom LEFT, ISO dates, bankgiro and OCR, and the euro counter-value on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ie_vatno, se_vatno
from invoice_kit import (
    digits,
    en,
    iban,
    iban_fmt,
    luhn_check,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import due_note, en_date, frame, lines, para, po_note, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Clonakilty (VAT 23 %, EUR), two pages, carried forward
CL_V = [
    ("Inchydoney Building Supplies Ltd", "Western Road, Clonakilty, Co. Cork, P85 X2E4", (20, 83, 45), D("23")),
    ("Ring Harbour Marine Engineering Ltd", "The Quay, Ring, Clonakilty, Co. Cork, P85 KD31", (12, 74, 110), D("23")),
    ("Galley Head Catering Supplies Ltd", "Clogheen Business Park, Clonakilty, Co. Cork, P85 FT90", (127, 29, 29), D("23")),
    ("Ardfield Landscaping & Groundworks", "Ardfield, Clonakilty, Co. Cork, P85 Y6C2", (88, 28, 135), D("13.5")),
]
CL_B = [("Lisavaird Co-operative Creamery Ltd", "Lisavaird, Clonakilty, Co. Cork"), ("Courtmacsherry Sea Angling Centre", "Courtmacsherry, Co. Cork"),
        ("O'Donovan's Hotel", "Pearse Street, Clonakilty, Co. Cork"), ("West Cork Model Railway Village", "Inchydoney Road, Clonakilty, Co. Cork")]
CL_ROWS = [
    [("Concrete blocks 440x215x100, pallet of 72", "pal", 1, 12, 160, 210), ("Cement CEM II 25kg", "bag", 10, 80, 8, 11), ("Sand, builders, tonne", "t", 1, 10, 38, 55), ("Timber C16 47x150 4.8m", "len", 10, 60, 14, 22),
     ("Plasterboard 12.5mm 2400x1200", "sht", 10, 60, 11, 16), ("Insulation PIR 100mm 2400x1200", "sht", 4, 30, 44, 62), ("Roof slate fibre cement 600x300", "pk", 2, 20, 58, 85), ("DPC roll 450mm x 30m", "roll", 1, 6, 18, 28),
     ("Galvanised joist hanger 47mm", "box", 1, 6, 32, 48), ("Screws 5x70 box 200", "box", 2, 10, 12, 19), ("Render mix 25kg", "bag", 5, 40, 9, 13), ("Lintel concrete 1200mm", "no", 2, 10, 18, 29),
     ("Mortar admix 5L", "ea", 1, 4, 14, 22), ("Scaffold hire, week", "wk", 1, 4, 90, 140)],
    [("Labour, marine engineer", "hr", 2, 24, 62, 78), ("Labour, apprentice", "hr", 2, 16, 32, 42), ("Impeller kit Volvo Penta", "ea", 1, 2, 55, 95), ("Anode set, shaft and trim tab", "set", 1, 2, 48, 88),
     ("Engine oil 15W-40, 5L", "ea", 1, 4, 32, 45), ("Oil filter", "ea", 1, 2, 14, 26), ("Fuel filter water separator", "ea", 1, 2, 28, 48), ("Antifouling, 2.5L", "tin", 1, 4, 95, 140),
     ("Lift out and wash down", "ea", 1, 1, 180, 320), ("Hardstanding, week", "wk", 1, 8, 45, 70), ("Stern gland repack", "ea", 1, 1, 85, 160), ("Raw water hose 32mm, m", "m", 1, 6, 9, 15),
     ("Battery 110Ah leisure", "ea", 1, 2, 140, 210), ("Bilge pump 1100gph", "ea", 1, 2, 65, 110)],
    [("Commercial dishwasher detergent 20L", "ea", 1, 6, 48, 72), ("Rinse aid 10L", "ea", 1, 4, 28, 44), ("Blue roll centrefeed 6pk", "pk", 2, 12, 14, 22), ("Nitrile gloves L, box 100", "box", 2, 20, 6, 10),
     ("Gastronorm 1/1 65mm stainless", "ea", 2, 10, 14, 24), ("Chef's knife 25cm", "ea", 1, 4, 38, 65), ("Chopping board set HACCP", "set", 1, 2, 55, 90), ("Cling film 450mm x 300m", "roll", 2, 10, 11, 17),
     ("Takeaway boxes kraft, case 250", "case", 1, 8, 35, 52), ("Probe thermometer", "ea", 1, 3, 18, 34), ("Bin liners heavy duty, roll 50", "roll", 2, 10, 8, 14), ("Hand towels Z-fold, case", "case", 1, 8, 24, 36),
     ("Oven cleaner 5L", "ea", 1, 4, 19, 29), ("Service of combi oven", "ea", 1, 1, 180, 290)],
    [("Lawn maintenance visit", "visit", 2, 12, 65, 95), ("Hedge cutting, per hour", "hr", 2, 16, 38, 52), ("Topsoil screened, tonne", "t", 1, 10, 42, 60), ("Bark mulch, m³", "m3", 1, 10, 55, 80),
     ("Hardcore clause 804, tonne", "t", 2, 20, 22, 32), ("Mini digger with operator, day", "day", 1, 4, 380, 520), ("Native hedging whips, bundle 25", "bdl", 1, 8, 45, 75), ("Grass seed amenity 20kg", "bag", 1, 4, 85, 130),
     ("Paving slabs sandstone, m²", "m2", 4, 30, 38, 58), ("Skip hire 8 yard", "ea", 1, 2, 220, 320), ("Tree surgery, per hour", "hr", 2, 10, 55, 80), ("Drainage pipe 110mm, m", "m", 6, 40, 4, 8),
     ("Gravel 20mm, tonne", "t", 1, 8, 45, 62), ("Fence post treated 2.4m", "ea", 5, 30, 9, 14)],
]


@style("06", "ie_clo_clonakilty_vat_invoice_23_two_pages_carried_forward_retention")
def s06(rng, i):
    vname, vaddr, color, rate = CL_V[i]
    bname, baddr = CL_B[i]
    d = rand_date(rng)
    items = lines(rng, CL_ROWS[i], rng.randint(12, 14), D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    ret = q2(total * D("0.05")) if i == 3 else None
    vid, bvid = ie_vatno(rng), ie_vatno(rng)
    no = [f"INV-{rng.randint(10000, 99999)}", f"RH{d.strftime('%y')}{rng.randint(100, 999)}", f"{rng.randint(300000, 399999)}", f"AL-{d.year}-{rng.randint(10, 99)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=30) if i != 2 else None
    po = [f"PO {rng.randint(4000, 9999)}", None, f"ODH-{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}"][i]
    cro = str(rng.randint(100000, 799999))
    ib = iban("IE", rng.choice(["AIBK", "BOFI"]) + rng.choice(["933", "900"]) + digits(rng, 11))
    split = 9 if len(items) > 11 else 7
    pages = [items[:split], items[split:]]
    cf = sum(x["amount"] for x in pages[0])
    tel = digits(rng, 5)
    acc = f"{bname[:3].upper()}{rng.randint(100, 999)}"
    directors = rng.choice(["M. Hurley, S. Nyhan", "D. O'Regan, K. Crowley", "P. Collins, A. Deasy"])

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Accounts")
        cols = [("Code", 18, "L"), ("Description", 82, "L"), ("Qty", 16, "R"), ("Unit", 14, "L"), ("Unit price", 24, "R"), ("Net €", 28, "R")]
        for pg, rowsp in enumerate(pages):
            pdf.add_page()
            pdf.set_fill_color(*color)
            pdf.rect(0, 0, 210, 4, "F")
            txt(pdf, 14, 11, vname, 14, "B", color=color)
            txt(pdf, 14, 18, vaddr, 8)
            txt(pdf, 14, 22.5, f"Tel. 023 88 {tel} · Company Reg. No. {cro} · VAT No. {vid}", 7.6, color=(60, 60, 60))
            txt(pdf, 140, 10, "VAT INVOICE", 16, "B", w=56, align="R")
            y = 30
            for a, b in [("Invoice No.", no), ("Invoice Date", fd(d)), ("Your Order No.", po), ("Due Date", fd(due) if due else None), ("Account", acc if pg == 0 else None)]:
                if b is None:
                    continue
                txt(pdf, 128, y, a, 8, color=(90, 90, 90))
                txt(pdf, 158, y, b, 8.6, "B", w=38, align="R")
                y += 4.8
            if pg == 0:
                txt(pdf, 14, 32, "Invoice to:", 7.6, color=(90, 90, 90))
                txt(pdf, 14, 36.5, bname, 9.4, "B")
                txt(pdf, 14, 41.5, baddr, 8.4)
                txt(pdf, 14, 46, f"Customer VAT No. {bvid}", 8)
                txt(pdf, 14, 50.5, f"Delivered to site: {fd(d - dt.timedelta(days=rng.randint(1, 6)))}", 8)
            y0 = 60
            if pg == 1:
                txt(pdf, 14, y0 - 4, "Balance brought forward from page 1", 8.4, "I")
                txt(pdf, 154, y0 - 4, en(cf), 8.4, "B", w=42, align="R")
                y0 += 3
            rws = [[f"{rng.randint(10000, 99999)}", x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in rowsp]
            y1 = table(pdf, 14, y0, cols, rws, size=8, rowh=6.2, header_fill=(238, 238, 238), line_color=(190, 190, 190))
            if pg == 0:
                txt(pdf, 14, y1 + 3, "Balance carried forward to page 2", 8.4, "I")
                txt(pdf, 154, y1 + 3, en(cf), 8.4, "B", w=42, align="R")
            else:
                y = y1 + 5
                rows_t = [("Total net (goods and services)", en(net)), (f"VAT @ {qstr(rate)}%", en(tax)), ("Invoice total EUR", en(total))]
                if ret:
                    rows_t += [("Less retention 5%", "-" + en(ret)), ("Amount now due", en(total - ret))]
                for k, (a, b) in enumerate(rows_t):
                    bold = k == 2
                    if bold:
                        pdf.set_draw_color(0, 0, 0)
                        pdf.line(110, y - 1, 196, y - 1)
                    txt(pdf, 110, y, a, 8.8, "B" if bold else "")
                    txt(pdf, 160, y, b, 8.8, "B" if bold else "", w=36, align="R")
                    y += 5.6
                para(pdf, 14, y1 + 5, 88, ("Terms: 30 days from date of invoice. " if due else "Terms: payment on receipt. ")
                     + f"Please pay by EFT to {'AIB' if ib[4:8] == 'AIBK' else 'Bank of Ireland'}, Clonakilty. IBAN {iban_fmt(ib)} BIC {ib[4:8]}IE2D. Quote the invoice number as reference.", 7.6, h=3.9)
            txt(pdf, 14, 285, f"{vname} · Directors: {directors}", 6.8, color=(110, 110, 110))
            txt(pdf, 150, 285, f"Page {pg + 1} of 2", 7.4, w=46, align="R")
        pdf.output(path)

    notes = (
        "Clonakilty (Co. Cork, Ireland) VAT INVOICE in English OVER TWO PAGES ('Balance carried forward to page 2' / 'brought forward from page 1', 'Page n of 2'), labels BESIDE values at the top right of each page, rules between rows only, "
        f"VAT {qstr(rate)} %, '1,234.56', dates " + ("'12 March 2026'" if fd is en_date else "dd/mm/yyyy") + ": "
        "vendor = the name at the top; vendor_tax_id = 'VAT No.' in the header line (the 'Customer VAT No.', the Company Reg. No., the IBAN and the account code are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the delivery date is a decoy). "
        + due_note(due, "payment on receipt", "Due Date")
        + po_note(po, "Your Order No.")
        + f"subtotal = 'Total net (goods and services)'; tax = 'VAT @ {qstr(rate)}%'; total = 'Invoice total EUR' (the carried-forward sum"
        + (", the retention deducted below the total and 'Amount now due' are decoys)" if ret else " is a decoy)")
        + ". Currency EUR. Line items: every row on both pages."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Invoice total EUR", fd(due) if due else None, bvid, "Page 2 of 2", "Balance carried forward to page 2", en(cf)]}
    return t, chk, render


# =========================================================================== 07 Falköping (moms 25 %, SEK), landscape, fully ruled, totals left
FA_V = [
    ("Mösseberg Trä & Bygg AB", "Storgatan 18, 521 42 Falköping", (30, 64, 110)),
    ("Falbygdens Lantbruksmaskiner AB", "Industrigatan 7, 521 51 Falköping", (140, 30, 30)),
    ("Ålleberg Tryckeri AB", "Trädgårdsgatan 3, 521 43 Falköping", (35, 90, 50)),
    ("Hornborga Kyl & Värme AB", "Västertorgsvägen 12, 521 40 Falköping", (100, 50, 120)),
]
FA_B = [("Falköpings kommun, Tekniska förvaltningen", "Box 99, 521 81 Falköping"), ("Gudhems Gård HB", "Gudhem 4, 521 95 Falköping"),
        ("Stenstorps Bygdegårdsförening", "Skolgatan 2, 521 60 Stenstorp"), ("Vartofta Vårdcentral", "Vartoftavägen 8, 521 64 Vartofta")]
FA_ROWS = [
    [("Regel 45x95 C24, längd 4,8 m", "st", 20, 120, 68, 98), ("Råspont 22x120, m²", "m²", 10, 80, 95, 140), ("Gipsskiva 13 mm 1200x2500", "st", 10, 60, 89, 125), ("Arbete snickare", "tim", 4, 40, 540, 650), ("Bilersättning", "km", 10, 120, 4, 6)],
    [("Service traktor Valtra N175", "st", 1, 1, 6400, 9800), ("Arbete mekaniker", "tim", 2, 20, 780, 920), ("Hydraulolja 20 l", "st", 1, 6, 890, 1250), ("Filtersats", "st", 1, 2, 1400, 2300), ("Däck 540/65R28", "st", 1, 2, 9800, 14500)],
    [("Broschyr A4, 8 sidor, 4+4", "ex", 500, 3000, 3, 6), ("Affisch A2", "ex", 20, 200, 18, 35), ("Original och repro", "tim", 1, 10, 690, 850), ("Visitkort 85x55, 250 ex", "ask", 1, 10, 290, 450)],
    [("Värmepump luft/vatten 8 kW", "st", 1, 1, 62000, 89000), ("Installation kyltekniker", "tim", 6, 30, 720, 890), ("Köldmedium R32, kg", "kg", 1, 4, 420, 690), ("Elinstallation och behörighetskontroll", "st", 1, 1, 3800, 6500)],
]


@style("07", "se_fal_falkoping_faktura_moms_25_landscape_fully_ruled_totals_left_iso_eur")
def s07(rng, i):
    vname, vaddr, color = FA_V[i]
    bname, baddr = FA_B[i]
    d = rand_date(rng)
    items = lines(rng, FA_ROWS[i], [5, 4, 4, 3][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    org, vid = se_vatno(rng)
    borg, bvid = se_vatno(rng)
    no = f"{rng.randint(10000, 99999)}"
    fd = lambda x: x.isoformat()  # noqa: E731
    due = d + dt.timedelta(days=30)
    po = [f"KF-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}", None][i]
    ocr = no + digits(rng, 4)
    ocr += luhn_check(ocr)
    bg = f"{rng.randint(100, 999)}-{digits(rng, 4)}"
    rate = D(rng.choice(["11.4210", "11.0835", "11.6050"])) if i in (1, 3) else None

    def render(path):
        pdf = new_fpdf("L", creator="Fortnox")
        pdf.add_page()
        W = 297
        txt(pdf, 14, 10, vname, 16, "B", color=color)
        txt(pdf, 14, 18, vaddr + " · Tel. 0515-" + digits(rng, 6), 8.4)
        txt(pdf, 200, 9, "FAKTURA", 22, "B", w=83, align="R", color=color)
        pdf.set_draw_color(120, 120, 120)
        # ruled facts grid, labels above values
        facts = [("Fakturanummer", no), ("Fakturadatum", fd(d)), ("Förfallodatum", fd(due)), ("Kundnummer", str(rng.randint(1000, 9999))), ("Er referens", po or rng.choice(["Anna Lind", "Per Gustafsson", "Eva Karlsson"])), ("OCR", ocr)]
        x = 14
        for a, b in facts:
            pdf.rect(x, 27, 44.8, 11)
            txt(pdf, x + 1.5, 28.2, a, 6.8, color=(90, 90, 90))
            txt(pdf, x + 1.5, 32.6, b, 9, "B")
            x += 44.8
        txt(pdf, 14, 43, "Fakturaadress", 7, color=(90, 90, 90))
        txt(pdf, 14, 47, bname, 9.4, "B")
        txt(pdf, 14, 51.5, baddr + f" · Kundens momsreg.nr {bvid}", 8.2)
        cols = [("Art.nr", 22, "L"), ("Benämning", 112, "L"), ("Antal", 22, "R"), ("Enhet", 18, "L"), ("À-pris", 30, "R"), ("Moms %", 18, "R"), ("Belopp", 47, "R")]
        rws = [[str(rng.randint(10000, 99999)), x["desc"], qstr(x["qty"]), x["unit"], sp(x["price"]), "25", sp(x["amount"])] for x in items]
        y0 = 58
        y1 = table(pdf, 14, y0, cols, rws, size=8.4, rowh=6.6, header_fill=(230, 230, 230), line_color=(120, 120, 120))
        frame(pdf, 14, y0, y1, cols, color=(120, 120, 120))
        # totals at the bottom LEFT in a ruled block
        yt = y1 + 6
        rows_t = [("Summa exkl. moms", sp(net)), ("Moms 25 %", sp(tax)), ("Att betala SEK", sp(total))]
        if rate:
            rows_t.append((f"Motsvarar EUR (kurs {rate})", sp(q2(total / rate))))
        for k, (a, b) in enumerate(rows_t):
            if k == 2:
                pdf.set_fill_color(*color)
                pdf.rect(14, yt, 100, 7.4, "F")
            else:
                pdf.rect(14, yt, 100, 6.4)
            c = (255, 255, 255) if k == 2 else (0, 0, 0)
            txt(pdf, 16, yt + 1.4, a, 9 if k == 2 else 8.4, "B" if k == 2 else "", color=c)
            txt(pdf, 70, yt + 1.4, b, 9 if k == 2 else 8.4, "B" if k == 2 else "", w=42, align="R", color=c)
            yt += 7.4 if k == 2 else 6.4
        para(pdf, 130, y1 + 6, 153, f"Betalningsvillkor 30 dagar netto. Vid betalning ange OCR-nummer {ocr}. Bankgiro {bg}. "
             "Efter förfallodagen debiteras dröjsmålsränta enligt räntelagen. Leveransdatum: " + fd(d - dt.timedelta(days=rng.randint(0, 7))) + ".", 8, h=4.2)
        pdf.line(14, 190, W - 14, 190)
        txt(pdf, 14, 192, f"{vname} · Org.nr {org} · Momsreg.nr {vid} · Godkänd för F-skatt · Bankgiro {bg} · Sida 1 (1)", 7.4, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Falköping (Västra Götaland, Sweden) FAKTURA in Swedish on a LANDSCAPE page: the facts in a row of ruled boxes with labels ABOVE values, a FULLY RULED table, moms 25 %, '1 234,56', ISO dates, the TOTALS in a ruled block at the bottom LEFT: "
        "vendor = the name at the top left; vendor_tax_id = 'Momsreg.nr' in the footer (the Org.nr, the customer's 'momsreg.nr', the OCR number, the bankgiro and the customer number are decoys). "
        "invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum' (the 'Leveransdatum' is a decoy). "
        + due_note(due, None, "Förfallodatum")
        + po_note(po, "Er referens")
        + "subtotal = 'Summa exkl. moms'; tax = 'Moms 25 %'; total = 'Att betala SEK'" + (" (the EUR counter-value below it is a decoy)" if rate else "")
        + ". Currency SEK. Line items: every row ('Belopp')."
    )
    t = truth(vname, vid, no, po, d, due, "SEK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Att betala SEK", fd(due), bvid, ocr, org]}
    return t, chk, render
