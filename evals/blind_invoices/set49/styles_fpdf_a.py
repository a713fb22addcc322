"""fpdf2 styles for set 49, first part (06 Vanadzor building-materials supplier's
ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ in Armenian on a LANDSCAPE page with a fully ruled grid, ԱԱՀ 20 % per row and drams '1 234 567.00', 07
Iloilo agri-supply dealer's SALES INVOICE in English with VATable / VAT-exempt sales, VAT 12 %, over TWO PAGES on two
documents with 'Page x of y' and the totals only on the last page). Adapted from set 43's code."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import digits, en, new_fpdf, q2, qstr, rand_date, spd, style_registry, table, txt
from kit_common import due_note, kv, lines, para, po_note, totals, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Gyumri (ԱԱՀ 20 %, AMD), landscape, ruled grid with the VAT per row
GY_V = [
    ("«Վանաձոր Շինմատակարար» ՍՊԸ", "ք. Վանաձոր, Տիգրան Մեծի պողոտա 61", (30, 64, 175)),
    ("«Լոռի Շինկենտրոն» ՍՊԸ", "ք. Վանաձոր, Բաղրամյան փողոց 14", (120, 53, 15)),
    ("«Փամբակ Շինանյութ» ՓԲԸ", "ք. Վանաձոր, Գուգարաց փողոց 7", (21, 94, 89)),
    ("«Սպիտակ Շինանյութ» ՍՊԸ", "Լոռու մարզ, ք. Սպիտակ, Երևանյան խճուղի 22", (127, 29, 29)),
]
GY_B = [
    ("«Գյումրի Շին Գրուպ» ՍՊԸ", "ք. Գյումրի, Ռիժկովի փողոց 30"),
    ("«Դիլիջան Ռեզորթ» ՓԲԸ", "ք. Դիլիջան, Մյասնիկյան փողոց 2"),
    ("«Ալավերդի Բնակարանային Կոոպերատիվ»", "ք. Ալավերդի, Սայաթ-Նովայի փողոց 9"),
    ("«Երևան Դեվելոփմենթ» ՍՊԸ", "ք. Երևան, Արշակունյաց պողոտա 45"),
]
GY_ROWS = [
    ("Պողպատե խողովակ 50x3 մմ", "մ", 20, 600, 2400, 4100),
    ("Ամրան A500C, 12 մմ", "տոննա", 1, 12, 385000, 460000),
    ("Պրոֆիլավորված թիթեղ, 0.5 մմ", "մ²", 20, 400, 2900, 4600),
    ("Ներկ յուղային, 20 կգ", "դույլ", 2, 60, 21000, 36000),
    ("Ցեմենտ M400, 50 կգ", "պարկ", 10, 300, 2900, 3900),
    ("Սալիկ կերամիկական 30x30 սմ", "մ²", 10, 300, 3800, 7900),
    ("Փայտե դուռ, սոճի", "հատ", 1, 12, 45000, 120000),
    ("Բետոնե բլոկ 20x20x40", "հատ", 100, 3000, 260, 420),
    ("Չեչաքար, 5-20 մմ", "մ³", 5, 80, 6500, 9800),
    ("Ջերմամեկուսիչ սալ, 50 մմ", "մ²", 20, 400, 1800, 3200),
    ("Նրբատախտակ 18 մմ, 1220x2440", "թերթ", 5, 120, 14000, 23000),
    ("Տեղափոխման ծառայություն", "ուղերթ", 1, 4, 18000, 70000),
]


@style("06", "am_vnd_vanadzor_hashiv_apranqagir_aah_20_landscape")
def s06(rng, i):
    vname, vaddr, color = GY_V[i]
    bname, baddr = GY_B[i]
    d = rand_date(rng)
    items = lines(rng, GY_ROWS, [6, 1, 11, 4][i], D("10"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.20"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = f"0{rng.choice('5678')}{digits(rng, 6)}"
    bid = f"0{rng.choice('0123')}{digits(rng, 6)}"
    no = [f"ՎՄ-{rng.randint(100, 999)}", f"Ա{rng.randint(1000000, 9999999)}", f"ԱՓ/{d.year}/{rng.randint(10, 999)}", f"{rng.randint(10000, 99999)}"][i]
    ld = lambda x: f"{x.day} {MONTHS['hy_gen'][x.month - 1]} {x.year} թ."  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), ld, lambda x: x.strftime("%d.%m.%Y"), ld][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 1 else None
    cur_s = ["դրամ", "դրամ", "AMD", "ՀՀ դրամ"][i]
    idl = ["ՀՎՀՀ՝", "ՀՎՀՀ՝", "Հարկ վճարողի հաշվառման համար (ՀՎՀՀ)՝", "ՀՎՀՀ՝"][i]
    term = None if due else "Վճարում՝ կանխիկ, մատակարարման պահին"
    po = [f"Պ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}", None][i]
    cdate = d - dt.timedelta(days=rng.randint(20, 300))
    contract = f"N {rng.randint(1, 99)}/{cdate.year}"
    acct = f"{rng.choice(['1570', '2470', '1150'])}{digits(rng, 12)}"
    m = spd

    def render(path):
        pdf = new_fpdf(orientation="L", creator="ՀԾ-Հաշվապահ 7.0")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 4, "F")
        txt(pdf, 14, 9, vname, 14, "B", color=color)
        para(pdf, 14, 16, 150, f"{vaddr}\n{idl} {vid} · Հեռ.՝ +374 322 {rng.randint(10, 99)} {rng.randint(100, 999)}\nՀ/Հ՝ {acct} · {rng.choice(['«Ամերիաբանկ» ՓԲԸ Վանաձորի մ/ճ', '«Ինեկոբանկ» ՓԲԸ Վանաձորի մ/ճ', '«Արդշինբանկ» ՓԲԸ'])}", 8, h=4)
        txt(pdf, 178, 9, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ", 15, "B")
        kv(pdf, 178, 18, [("Համար՝", no), ("Ամսաթիվ՝", fd(d)), ("Վճարման ժամկետ՝", fd(due) if due else None), ("Պատվեր N՝", po), ("Պայմանագիր՝", f"{contract}, {cdate.strftime('%d.%m.%Y')}")], wl=36, wv=70, size=8, step=4.6, align="L")
        txt(pdf, 14, 38, "Գնորդ", 7, color=(110, 110, 110))
        txt(pdf, 14, 42, bname, 10, "B")
        para(pdf, 14, 47, 160, f"{baddr} · Գնորդի ՀՎՀՀ՝ {bid} · Առաքման հասցե՝ {baddr}", 8, h=4)
        cols = [("N", 10, "L"), ("Ապրանքի (ծառայության) անվանում", 92, "L"), ("Չափի միավոր", 22, "L"), ("Քանակ", 20, "R"), ("Միավորի գին", 28, "R"), ("Արժեք (առանց ԱԱՀ)", 34, "R"), ("ԱԱՀ 20%", 28, "R"), ("Ընդամենը", 34, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), m(x["tax"]), m(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        rows.append(["", "ԸՆԴԱՄԵՆԸ", "", "", "", m(net), m(tax), m(total)])
        y0 = 56
        y = table(pdf, 14, y0, cols, rows, size=8, rowh=6, header_fill=(242, 238, 236), line_color=(60, 60, 60))
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(14, y0, sum(c[1] for c in cols), y - y0)
        cx = 14
        for c in cols[:-1]:
            cx += c[1]
            pdf.line(cx, y0, cx, y)
        y += 6
        totals(pdf, 186, y, [("Արժեքն առանց ԱԱՀ", m(net) + " " + cur_s, False), ("ԱԱՀ 20%", m(tax) + " " + cur_s, False), ("Վճարման ենթակա", m(total) + " " + cur_s, True)], wl=46, wv=50, size=9, line=color)
        para(pdf, 14, y, 160, (f"Վճարումը՝ անկանխիկ, մինչև {fd(due)}։" if due else term + "։") + f"\nԷլեկտրոնային հաշվարկային փաստաթղթի սերիա {rng.choice(['Ա', 'Բ'])} N {digits(rng, 10)}\nՀանձնեց՝ ____________   Ընդունեց՝ ____________", 8, h=4.4)
        pdf.output(path)

    notes = (
        "Vanadzor (Lori, Armenia) supplier's ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ (tax invoice) in Armenian script on a LANDSCAPE page, a FULLY RULED grid with the ԱԱՀ (VAT) 20 % PER ROW and the totals row 'ԸՆԴԱՄԵՆԸ', drams with spaces and a decimal point ('1 234 567.00 ' + the currency as " + cur_s + "), totals repeated at the right: "
        "vendor = the name at the top; vendor_tax_id = its 'ՀՎՀՀ' (8 digits; the buyer's ՀՎՀՀ, the bank account 'Հ/Հ', the contract and its date, the e-document series number are decoys). "
        "invoice_number = 'Համար'; invoice_date = 'Ամսաթիվ' (" + ["Armenian long date '12 մարտի 2026 թ.'", "dd.mm.yyyy", "Armenian long date", "dd.mm.yyyy"][i] + "). "
        + due_note(due, term, "Վճարման ժամկետ")
        + po_note(po, "Պատվեր N")
        + "subtotal = 'Արժեքն առանց ԱԱՀ'; tax = 'ԱԱՀ 20%'; total = 'Վճարման ենթակա'. Currency AMD. Line items: every row, the value without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "AMD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, bid, "Վճարման ենթակա", fd(due) if due else None, contract], render


# =========================================================================== 07 Davao (VAT 12 %, PHP), VATable / exempt, two pages on two documents
DV_V = [
    ("Panay Agri-Inputs Trading Corp.", "Diversion Road, Mandurriao, Iloilo City 5000", (22, 101, 52)),
    ("Jaro Farm & Garden Supply, Inc.", "E. Lopez St., Jaro, Iloilo City 5000", (30, 58, 138)),
    ("Western Visayas Agrivet Center", "Iznart St., City Proper, Iloilo City 5000", (154, 52, 18)),
    ("La Paz Harvest Equipment & Supply Co.", "Huervana St., La Paz, Iloilo City 5000", (88, 28, 135)),
]
DV_B = [
    ("Pototan Rice Farmers Multi-Purpose Cooperative", "Poblacion, Pototan, Iloilo"),
    ("Passi Sugarcane Planters Association", "Brgy. Sablogon, Passi City, Iloilo"),
    ("Guimaras Mango Growers, Inc.", "San Miguel, Jordan, Guimaras"),
    ("Santa Barbara Agro-Industrial Corp.", "National Highway, Santa Barbara, Iloilo"),
]
DV_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, vatable)
    ("Urea 46-0-0 fertilizer, 50 kg", "bag", 5, 200, 1350, 1850, False),
    ("Complete 14-14-14 fertilizer, 50 kg", "bag", 5, 200, 1450, 2100, False),
    ("Ammonium sulfate 21-0-0, 50 kg", "bag", 5, 150, 850, 1250, False),
    ("Hybrid corn seeds, 18 kg", "bag", 1, 40, 5200, 7800, False),
    ("Vegetable seeds assorted (pack)", "pack", 5, 100, 45, 180, False),
    ("Knapsack sprayer 16 L", "unit", 1, 20, 1850, 3600, True),
    ("Fungicide mancozeb 1 kg", "pack", 2, 60, 380, 690, True),
    ("Herbicide glyphosate 1 L", "bottle", 2, 80, 420, 780, True),
    ("Cane knife, tempered steel", "pc", 5, 60, 220, 480, True),
    ("PE water hose 1 in x 50 m", "roll", 1, 20, 1650, 2900, True),
    ("Pruning shears", "pc", 2, 30, 280, 750, True),
    ("Bolo (itak) 18 in", "pc", 2, 30, 350, 680, True),
    ("Rubber boots", "pair", 2, 40, 320, 560, True),
    ("Drip irrigation kit, 1/4 ha", "set", 1, 6, 8500, 16500, True),
    ("Water pump 2 in, gasoline", "unit", 1, 4, 9800, 16800, True),
    ("Plastic crates", "pc", 10, 200, 260, 420, True),
    ("Shade net 50%, 4 x 50 m", "roll", 1, 10, 3800, 6200, True),
    ("Tarpaulin 12 x 18 ft", "pc", 1, 20, 650, 1200, True),
    ("Wheelbarrow, heavy duty", "unit", 1, 6, 2600, 4200, True),
    ("Spray nozzle set", "set", 1, 30, 120, 380, True),
    ("Organic fertilizer (vermicast), 50 kg", "bag", 5, 100, 380, 560, False),
    ("Rice seeds certified, 40 kg", "bag", 1, 40, 1900, 2600, False),
    ("Soil test kit", "set", 1, 5, 950, 1800, True),
    ("Grafting tape, roll", "roll", 2, 50, 95, 220, True),
    ("Delivery charge, Iloilo area", "trip", 1, 2, 800, 2500, True),
]


@style("07", "ph_ilo_iloilo_sales_invoice_vat_12_exempt_two_pages")
def s07(rng, i):
    vname, vaddr, color = DV_V[i]
    bname, baddr = DV_B[i]
    d = rand_date(rng)
    items = lines(rng, DV_ROWS, [23, 3, 25, 1][i], D("0.25"))
    vatable = sum(x["amount"] for x in items if x["extra"])
    exempt = sum(x["amount"] for x in items if not x["extra"])
    net = vatable + exempt
    tax = q2(vatable * D("0.12"))
    total = net + tax
    tin = lambda: f"{rng.randint(100, 699)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(['00000', '00001', '00000'])}"  # noqa: E731
    vid = tin()
    bid = tin()
    no = [f"SI-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999):06d}", f"SI {rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%B %d, %Y"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%m/%d/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    cur_l = ["PHP ", "", "Php ", "PHP "][i]
    tin_foot = i in (1, 2)
    term = None if due else "Cash"
    po = [None, f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", None][i]
    dr = f"DR {rng.randint(10000, 99999)}"
    atp = f"OCN {digits(rng, 3)}AU{d.year - 1}{digits(rng, 10)}"
    pages = [items[:20], items[20:]] if len(items) > 20 else [items]
    m = en

    def render(path):
        pdf = new_fpdf(creator="QuickBooks POS")
        np = len(pages)
        k0 = 0
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            txt(pdf, 15, 12, vname, 13, "B", color=color)
            para(pdf, 15, 18, 110, f"{vaddr}\n" + ("" if tin_foot else f"VAT Reg. TIN: {vid}\n") + f"Tel. (033) {rng.randint(320, 339)}-{digits(rng, 4)}", 8, h=3.8)
            txt(pdf, 140, 12, "SALES INVOICE", 15, "B", color=color)
            kv(pdf, 140, 21, [("No.", no), ("Date", fd(d)), ("Terms", f"{(due - d).days} days" if due else term), ("P.O. No.", po), ("D.R. No.", dr)], wl=22, wv=33, size=8.2, step=4.4)
            y = 44
            txt(pdf, 15, y, "SOLD TO", 7, "B", color=(110, 110, 110))
            para(pdf, 15, y + 4, 120, f"{bname}\n{baddr}\nTIN: {bid}   Business style: Agriculture", 8.2, h=4)
            cols = [("Qty", 16, "R"), ("Unit", 16, "L"), ("Articles", 84, "L"), ("Unit Price", 28, "R"), ("Amount", 32, "R"), ("", 4, "L")]
            rows = [[qstr(x["qty"]), x["unit"], x["desc"] + ("" if x["extra"] else " (VAT-exempt)"), m(x["price"]), m(x["amount"]), ""] for x in chunk]
            y = table(pdf, 15, 64, cols, rows, size=8, rowh=6, header_fill=color, header_color=(255, 255, 255))
            k0 += len(chunk)
            if pi < np - 1:
                txt(pdf, 15, y + 4, f"Continued on page {pi + 2} – {k0} of {len(items)} items listed", 8, "I", color=(90, 90, 90))
            else:
                y = totals(pdf, 115, y + 5, [("VATable Sales", m(vatable), False), ("VAT-Exempt Sales", m(exempt), False), ("Zero-Rated Sales", m(0), False), ("Total Sales (net of VAT)", m(net), False), ("VAT (12%)", m(tax), False), ("TOTAL AMOUNT DUE", cur_l + m(total), True)], wl=45, wv=36, size=8.6, line=color)
                if due:
                    txt(pdf, 15, y + 2, f"Payment due on or before {fd(due)}. Interest of 2% per month on overdue accounts.", 8)
                txt(pdf, 15, y + 14, "Received the above goods in good order and condition.  By: ______________________", 8)
            para(pdf, 15, 268, 180, (f"{vname} · VAT Reg. TIN {vid} · " if tin_foot else "") + f"{atp} · Date issued {(d - dt.timedelta(days=rng.randint(200, 700))).strftime('%m/%d/%Y')} · Series {no[:2]}0001–{no[:2]}9999 · BIR Permit No. {digits(rng, 4)}-{digits(rng, 3)}", 6.5, color=(100, 100, 100))
            txt(pdf, 170, 282, f"Page {pi + 1} of {np}", 7.5, align="R", w=25)
        pdf.output(path)

    notes = (
        "Iloilo City (Philippines) agri-supply dealer's SALES INVOICE in English, '1,234.56' pesos, VAT 12 % on the VATable sales and fertilizer and seeds VAT-EXEMPT (marked), the BIR summary VATable / VAT-Exempt / Zero-Rated"
        + (", over TWO PAGES with 'Page x of y' and the totals only on the last page" if len(pages) > 1 else ", one page")
        + ": vendor = the name at the top; vendor_tax_id = 'VAT Reg. TIN' " + ("printed only in the FOOTER line beside the ATP/OCN" if tin_foot else "under the address") + " (the buyer's TIN, the ATP/OCN, the BIR permit and the D.R. number are decoys). "
        "invoice_number = 'No.'; invoice_date = 'Date' (" + ["'March 12, 2026'", "mm/dd/yyyy", "dd-Mon-yyyy", "mm/dd/yyyy"][i] + "). "
        + due_note(due, term, "Payment due on or before")
        + po_note(po, "P.O. No.")
        + "subtotal = 'Total Sales (net of VAT)'; tax = 'VAT (12%)'; total = 'TOTAL AMOUNT DUE'" + (" (no currency printed anywhere: pesos implied by the place)" if not cur_l else "") + ". Currency PHP. Line items: every row on every page."
    )
    t = truth(vname, vid, no, po, d, due, "PHP", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, "TOTAL AMOUNT DUE", fd(due) if due else None, dr, f"Page {len(pages)} of {len(pages)}"]
    return t, chk, render
