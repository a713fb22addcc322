"""fpdf2 styles for set 67, first part (06 Fianarantsoa haulier's facture in French on a fully ruled LANDSCAPE page,
priced by weight, TVA 20 %, whole ariary, a euro counter-value and the total in words; 07 Arima supplier's tax invoice
in English with a LEFT SIDEBAR of labels beside their values, VAT 12.5 %, a trade discount, a deposit and one over TWO
PAGES; 08 Chillán supplier's factura electrónica in Spanish with the SII box, a references block (purchase order and the
quotation it came from), a table without rules, IVA 19 % and whole pesos)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import cl_rut, long_date
from invoice_kit import de, digits, en, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import bars_fpdf, due_note, frame, kv, lines, para, po_note, rib_key, totals, truth
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Fianarantsoa (TVA 20 %, MGA), freight by weight, landscape, ruled
FI_V = [
    ("TRANSPORTS BETSILEO SARL", "Lot II A 45 Tsianolondroa, 301 Fianarantsoa", (120, 53, 15)),
    ("HAUTE MATSIATRA FRET & LOGISTIQUE SA", "Route d'Antananarivo, Andrainjato, 301 Fianarantsoa", (22, 78, 99)),
    ("SOCIÉTÉ DE TRANSPORT ISORANA SARLU", "Ampasambazaha, 301 Fianarantsoa", (63, 98, 18)),
    ("TRANSIT ET CAMIONNAGE DU SUD-EST SA", "Antarandolo, 301 Fianarantsoa", (76, 29, 149)),
]
FI_B = [("RIZERIE DE LA MATSIATRA SA", "Ambalavao"), ("THÉ DE SAHAMBAVY SA", "Sahambavy, Lalangina"), ("COOPÉRATIVE CAFÉ VATOVAVY", "Manakara"), ("MINOTERIE D'ANTSIRABE SA", "Antsirabe")]
FI_GOODS = ["Paddy en sacs", "Riz blanc décortiqué", "Thé vert en vrac", "Café vert Robusta", "Ciment en sacs 50 kg", "Engrais NPK", "Farine de blé", "Bois de pin débité"]
FI_ROUTES = ["Fianarantsoa → Toamasina", "Fianarantsoa → Antananarivo", "Ambalavao → Fianarantsoa", "Fianarantsoa → Manakara", "Ihosy → Fianarantsoa", "Fianarantsoa → Mananjary"]


@style("06", "mg_fia_fianarantsoa_facture_fret_tva_20_landscape_ruled_weights_eur_words")
def s06(rng, i):
    vname, vaddr, color = FI_V[i]
    bname, bcity = FI_B[i]
    d = rand_date(rng)
    rows = []
    for _ in range([4, 3, 6, 5][i]):
        kg = D(rng.randint(4000, 30000) // 10 * 10)
        rate = D(rng.randint(40, 260) * 1000)
        rows.append({"desc": f"{rng.choice(FI_GOODS)}, {rng.choice(FI_ROUTES)}", "unit": "t", "qty": kg / 1000, "price": rate, "amount": q0(kg * rate / 1000),
                     "lv": f"LV{rng.randint(10000, 99999)}", "ld": d - dt.timedelta(days=rng.randint(2, 25)), "truck": f"{rng.randint(1000, 9999)} T{rng.choice('ABDEFH')}"})
    rows.sort(key=lambda x: x["ld"])
    extra = [{"desc": "Frais de manutention au chargement", "unit": "sac", "qty": D(rng.randint(100, 900)), "price": D(rng.choice([300, 400, 500])), "lv": "", "ld": None, "truck": ""}]
    extra[0]["amount"] = extra[0]["qty"] * extra[0]["price"]
    items = rows + (extra if i in (1, 3) else [])
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.2"))
    total = net + tax
    nif = digits(rng, 10, True)
    stat = f"{digits(rng, 5, True)} {digits(rng, 2)} {rng.randint(2005, 2022)} 0 {digits(rng, 5)}"
    bnif = digits(rng, 10, True)
    no = [f"FA{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}", f"TI-{d.year}-{rng.randint(10, 999):04d}", f"F{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"BC-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/CV/{d.year}", None][i]
    eur_rate = D(rng.choice(["5012.45", "5188.20", "4967.80", "5240.15"]))
    eur = de(q2(total / eur_rate)) if i in (0, 2) else None
    f0 = lambda v: sp(v, 0)  # noqa: E731
    words = fr_words(total).upper() + " ARIARY" if i in (1, 2) else None
    bank, branch, acct = "00009", f"0{rng.randint(1000, 9999)}", digits(rng, 11)

    def render(path):
        pdf = new_fpdf("L", creator="Sage 100 Gestion Commerciale")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(10, 8, 277, 194)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 12, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 15, 19, vaddr + " · Tél. 034 05 " + digits(rng, 3) + " " + digits(rng, 2), 8.2)
        txt(pdf, 15, 23.5, f"NIF : {nif}   STAT : {stat}   RCS Fianarantsoa {rng.randint(2005, 2022)} B {rng.randint(10, 999):05d}", 8.2)
        txt(pdf, 15, 28, "Transport routier de marchandises – Licence de transport n° " + f"{rng.randint(100, 999)}/MTM/{rng.randint(2015, 2024)}", 8.2, color=(90, 90, 90))
        # a ruled grid of facts at the right, labels beside values
        gx, gy = 185, 12
        facts = [("FACTURE N°", no), ("Date", fd(d)), ("Échéance", fd(due) if due else "Comptant à réception"), ("Bon de commande", po or "—"), ("Code client", f"C{rng.randint(100, 999)}")]
        for k, (a, b) in enumerate(facts):
            pdf.rect(gx, gy + k * 6, 34, 6)
            pdf.rect(gx + 34, gy + k * 6, 64, 6)
            txt(pdf, gx + 1.5, gy + k * 6 + 1.2, a, 8, "B" if k == 0 else "")
            txt(pdf, gx + 35.5, gy + k * 6 + 1.2, b, 8.6, "B")
        pdf.rect(15, 36, 150, 20)
        txt(pdf, 17, 37.5, "Doit :", 7.6, color=(90, 90, 90))
        txt(pdf, 17, 41.5, bname, 10, "B")
        txt(pdf, 17, 46.5, f"{bcity} – Madagascar   ·   NIF client : {bnif}", 8.2)
        txt(pdf, 17, 51, "Objet : transport de marchandises selon lettres de voiture ci-dessous", 8.2)
        cols = [("N°", 10, "C"), ("Date chgt", 24, "C"), ("Lettre de voiture", 28, "C"), ("Camion", 22, "C"), ("Désignation / trajet", 86, "L"), ("Poids (t)", 22, "R"), ("Tarif Ar/t", 28, "R"), ("Montant HT (Ar)", 32, "R")]
        body = []
        for k, x in enumerate(items):
            q = de(x["qty"], 3) if x["unit"] == "t" else qstr(x["qty"]) + " sacs"
            body.append([str(k + 1), x["ld"].strftime("%d/%m/%Y") if x["ld"] else "", x["lv"], x["truck"], x["desc"], q, f0(x["price"]) if x["unit"] == "t" else f0(x["price"]) + "/sac", f0(x["amount"])])
        y0 = 62
        y = table(pdf, 15, y0, cols, body, size=7.8, rowh=6.4, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        frame(pdf, 15, y0, y, cols, color=(120, 120, 120))
        tw = sum(c[1] for c in cols)
        poids = sum(x["qty"] for x in items if x["unit"] == "t")
        txt(pdf, 15, y + 2, f"Poids total transporté : {de(poids, 3)} t", 8, "B")
        ty = y + 6
        rows_t = [("Total HT", f0(net) + " Ar"), ("TVA 20 %", f0(tax) + " Ar"), ("Total TTC", f0(total) + " Ar")]
        for k, (a, b) in enumerate(rows_t):
            bold = k == 2
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(15 + tw - 80, ty + k * 7, 80, 7, "F")
            pdf.rect(15 + tw - 80, ty + k * 7, 40, 7)
            pdf.rect(15 + tw - 40, ty + k * 7, 40, 7)
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 15 + tw - 78, ty + k * 7 + 1.6, a, 8.8, "B" if bold else "", color=c)
            txt(pdf, 15 + tw - 40, ty + k * 7 + 1.6, b, 8.8, "B" if bold else "", align="R", w=38, color=c)
        yy = ty + 24
        if eur:
            txt(pdf, 15 + tw - 80, yy, f"Contre-valeur : {eur} EUR (cours BFM {de(eur_rate)} Ar)", 7.6, color=(80, 80, 80))
        lx = 15
        if words:
            para(pdf, lx, ty, 160, f"Arrêtée la présente facture à la somme de : {words} TTC.", 8.2, "B")
        para(pdf, lx, ty + 12, 160, f"Règlement par virement : BOA Madagascar, agence Fianarantsoa – RIB {bank} {branch} {acct} {rib_key(bank, branch, acct)}. "
             "Marchandises transportées aux risques et périls du destinataire ; toute réclamation doit être formulée sur la lettre de voiture à la livraison.", 7.6, color=(60, 60, 60))
        txt(pdf, 15, 195, f"{vname} – Société au capital de {f0(D(rng.choice([2000000, 10000000, 50000000])))} Ar – Page 1/1", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Fianarantsoa (Madagascar) haulier's FACTURE in French on a fully ruled LANDSCAPE page inside a frame, a ruled grid of facts with LABELS BESIDE their values, freight priced by WEIGHT (tonnes to the kilogram, 'Tarif Ar/t'), TVA 20 %, whole ariary '1 234 567 Ar': "
        "vendor = the name at the top left; vendor_tax_id = 'NIF' (10 digits; the STAT number, the RCS, the client's NIF, the transport licence, the RIB and the lettres de voiture are decoys). "
        "invoice_number = 'FACTURE N°'; invoice_date = 'Date' (the loading dates are decoys). "
        + due_note(due, "Comptant à réception", "Échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'; tax = 'TVA 20 %'; total = 'Total TTC'"
        + ("; the euro counter-value is a decoy" if eur else "")
        + ("; the total also in French words ('Arrêtée la présente facture ...')" if words else "")
        + ". The total weight is a decoy. Currency MGA (Ar). Line items: every row, quantity = the weight in tonnes (or the bags of handling)."
    )
    t = truth(vname, nif, no, po, d, due, "MGA", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, nif, "Total TTC", fd(due) if due else None, bnif, eur, words]}
    return t, chk, render


# =========================================================================== 07 Arima (VAT 12.5 %, TTD), left sidebar labels beside, discount, deposit, two pages
AR_V = [
    ("Arima Auto Parts & Accessories Ltd", "14 Broadway, Arima", (30, 64, 175)),
    ("Northern Range Catering Services Ltd", "Lot 7 Tumpuna Road, Arima", (159, 18, 57)),
    ("Santa Rosa Hardware & Lumber Co. Ltd", "Eastern Main Road, Arima", (21, 128, 61)),
    ("Calvary Hill Office Systems Ltd", "22 Hollis Avenue, Arima", (67, 56, 202)),
]
AR_B = ["Eastern Regional Health Authority", "The University of Trinidad and Tobago, O'Meara Campus", "Arima Borough Corporation", "Piarco Logistics Services Ltd", "Wallerfield Industrial Park Tenants Assn."]
AR_ROWS = [
    [("Brake pads, front, Toyota Hilux", "set", 1, 12, 180, 620), ("Engine oil 5W-30, 4 L", "can", 2, 40, 140, 260), ("Oil filter", "pc", 2, 40, 35, 95), ("Battery 12V N70", "pc", 1, 8, 950, 1650), ("Wiper blades 22\"", "pair", 1, 20, 60, 140), ("Spark plugs, iridium", "pc", 4, 32, 45, 110), ("Coolant 1 gal", "jug", 2, 20, 70, 140), ("Air filter", "pc", 1, 12, 85, 190), ("Headlamp bulb H4", "pc", 2, 20, 40, 95)],
    [("Lunch boxes, chicken pelau", "box", 20, 300, 35, 60), ("Doubles and aloo pie platter", "tray", 2, 20, 180, 420), ("Fruit punch, 1 gal", "jug", 2, 30, 65, 120), ("Coffee break service", "person", 20, 200, 25, 55), ("Waiter service, 5 hrs", "staff", 1, 6, 450, 750), ("Tent and chair rental", "lot", 1, 2, 1200, 3500)],
    [("Pitch pine 2x4x12", "length", 10, 200, 42, 78), ("Galvanize sheet 10 ft", "sheet", 5, 80, 120, 210), ("Cement 42.5 kg", "bag", 10, 200, 58, 75), ("Steel 1/2\" x 30 ft", "length", 10, 150, 65, 120), ("Plywood 3/4\" 4x8", "sheet", 2, 60, 280, 460), ("Roofing screws, box", "box", 1, 20, 80, 160), ("PVC pipe 4\" x 20 ft", "length", 2, 40, 190, 320), ("Paint, exterior 5 gal", "bucket", 1, 12, 650, 1200)],
    [("Toner cartridge 26A", "pc", 1, 20, 650, 1100), ("Copy paper A4, case", "case", 2, 40, 180, 290), ("Laptop 14\" i5, 16 GB", "pc", 1, 6, 5200, 8900), ("UPS 1500 VA", "pc", 1, 6, 1200, 2400), ("Network switch 24 port", "pc", 1, 4, 1800, 3600), ("On-site support", "hr", 1, 16, 250, 450), ("Office chair, ergonomic", "pc", 1, 10, 950, 2200), ("HDMI cable 3 m", "pc", 2, 20, 45, 120), ("Wireless mouse", "pc", 2, 30, 90, 180)],
]


@style("07", "tt_ari_arima_tax_invoice_vat_12_5_sidebar_left_labels_beside_discount_deposit_two_pages")
def s07(rng, i):
    vname, vaddr, color = AR_V[i]
    d = rand_date(rng)
    n = [4, 5, 3, 22][i]
    cat = AR_ROWS[i]
    items = lines(rng, cat, min(n, len(cat)), D("0.05"))
    while len(items) < n:  # the long invoice: the catalogue again with other quantities
        items += lines(rng, cat, min(n - len(items), len(cat)), D("0.05"))
    disc = None
    if i in (0, 2):
        pct = rng.choice([5, 7.5, 10])
        disc = -q2(sum(x["amount"] for x in items) * D(str(pct)) / 100)
        items.append({"desc": f"Trade discount {pct}%", "unit": "", "qty": None, "price": None, "amount": disc})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.125"))
    total = net + tax
    dep = q2(total * D(rng.choice([25, 40, 50])) / 100) if i in (1, 3) else None
    vat_no = digits(rng, 6, True)
    bir = digits(rng, 6, True) + "-" + digits(rng, 1)
    no = [f"AAP-{rng.randint(10000, 99999)}", f"NRC/{d.year}/{rng.randint(100, 999)}", f"SRH{rng.randint(100000, 999999)}", f"INV-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    po = [f"LPO {rng.randint(10000, 99999)}", None, f"ABC-PO-{rng.randint(100, 999)}", f"PO{rng.randint(450000, 459999)}"][i]
    bname = AR_B[i] if i != 3 else rng.choice(AR_B[3:])
    bvat = digits(rng, 6, True)
    per_page = 14
    rep, via = rng.choice(["K. Ramdass", "S. Mohammed", "J. Baptiste", "A. Persad"]), rng.choice(["Our van", "Customer pickup", "Courier"])
    acct_no, coreg = f"{rng.randint(1000, 9999)}", f"C{rng.randint(1000, 9999)}({rng.randint(85, 99)})"
    bank_ac, transit, tel = digits(rng, 12, True), f"0{rng.randint(1000, 9999)}", digits(rng, 4)

    def sidebar(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        w = (255, 255, 255)
        txt(pdf, 6, 14, "TAX INVOICE", 15, "B", color=w)
        rows = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else "C.O.D."), ("Your PO", po), ("Account", acct_no), ("Terms", f"Net {(due - d).days} days" if due else "Cash on delivery"), ("Sales Rep", rep), ("Ship Via", via), ("Page", f"{page} of {pages}")]
        y = 30
        for a, b in rows:
            if b is None:
                continue
            txt(pdf, 6, y, a, 7.4, color=(220, 225, 240))
            txt(pdf, 26, y, b, 7.6, "B", color=w, align="R", w=32)
            y += 6.2
        y += 6
        txt(pdf, 6, y, "SUPPLIER", 6.8, "B", color=(220, 225, 240))
        para(pdf, 6, y + 4, 52, f"VAT Reg. No. {vat_no}\nBIR File No. {bir}\nCo. Reg. No. {coreg}", 7.2, color=w)
        y += 24
        txt(pdf, 6, y, "PAY TO", 6.8, "B", color=(220, 225, 240))
        para(pdf, 6, y + 4, 52, f"Republic Bank Ltd, Arima\nA/C {bank_ac}\nTransit {transit}", 7.2, color=w)

    def render(path):
        pdf = new_fpdf(creator="QuickBooks Desktop 2024")
        pages = 2 if len(items) > per_page else 1
        chunks = [items[k : k + per_page] for k in range(0, len(items), per_page)] or [[]]
        for p, chunk in enumerate(chunks):
            pdf.add_page()
            sidebar(pdf, p + 1, pages)
            txt(pdf, 70, 14, vname, 13, "B", color=color)
            txt(pdf, 70, 20, f"{vaddr}, Trinidad and Tobago · Tel. (868) 667-{tel}", 8)
            if p == 0:
                pdf.set_draw_color(200, 200, 200)
                pdf.rect(70, 28, 128, 24)
                txt(pdf, 73, 30, "BILL TO", 7, "B", color=(110, 110, 110))
                txt(pdf, 73, 35, bname, 9.5, "B")
                txt(pdf, 73, 40.5, rng.choice(["Arima", "Chaguanas", "Port of Spain", "Piarco", "Wallerfield"]) + ", Trinidad", 8.2)
                txt(pdf, 73, 45, f"Customer VAT Reg. No. {bvat}", 8.2)
                y0 = 58
            else:
                txt(pdf, 70, 28, f"Invoice {no} (continued)", 9, "B")
                txt(pdf, 150, 28, f"Brought forward: TT$ {en(sum(x['amount'] for x in items[: p * per_page]))}", 8, "I")
                y0 = 36
            cols = [("Description", 62, "L"), ("Qty", 14, "R"), ("Unit", 14, "L"), ("Unit Price", 20, "R"), ("Amount TT$", 22, "R")]
            body = [[x["desc"], qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], en(x["price"]) if x["price"] else "", en(x["amount"])] for x in chunk]
            y = table(pdf, 68, y0, cols, body, size=8, rowh=6, header_color=color, line_color=(225, 225, 225))
            if p < len(chunks) - 1:
                txt(pdf, 150, y + 3, f"Carried forward: TT$ {en(sum(x['amount'] for x in items[: (p + 1) * per_page]))}", 8, "I")
                continue
            rows_t = [("Subtotal (excl. VAT)", en(net), False), ("VAT 12.5%", en(tax), False), ("Invoice Total TT$", en(total), True)]
            if dep:
                rows_t += [("Less deposit received", "-" + en(dep), False), ("Balance Due TT$", en(total - dep), True)]
            totals(pdf, 128, y + 6, rows_t, wl=44, wv=30, size=8.6, line=color, step=6)
            para(pdf, 68, y + 6, 56, ("Deposit of TT$ " + en(dep) + f" received on {fd(d - dt.timedelta(days=rng.randint(5, 20)))}, receipt R{rng.randint(1000, 9999)}. " if dep else "")
                 + "Goods remain the property of the supplier until paid in full. Cheques payable to " + vname + ".", 7.2, color=(90, 90, 90))
            txt(pdf, 68, 282, "Thank you for your business!  ·  E & O.E.", 7.4, "I", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Arima (Trinidad and Tobago) TAX INVOICE in English with a coloured LEFT SIDEBAR of labels BESIDE their values, VAT 12.5 %, 'TT$ 1,234.56'"
        + (", over TWO PAGES (a 'Carried forward' sum at the foot of page 1 and 'Brought forward' on page 2, both decoys, the totals on page 2)" if len(items) > per_page else "")
        + ": vendor = the name at the top; vendor_tax_id = 'VAT Reg. No.' in the sidebar (the BIR File No., the Co. Reg. No., the customer's VAT Reg. No., the bank account and the account number are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "C.O.D.", "Due Date")
        + po_note(po, "Your PO")
        + "subtotal = 'Subtotal (excl. VAT)'"
        + (" (after the TRADE DISCOUNT row, a negative line item of its own with no quantity)" if disc else "")
        + "; tax = 'VAT 12.5%'; total = 'Invoice Total TT$'"
        + ("; the deposit deducted below it and the 'Balance Due' are decoys" if dep else "")
        + ". Currency TTD. Line items: every row."
    )
    t = truth(vname, vat_no, no, po, d, due, "TTD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vat_no, "Invoice Total TT$", fd(due) if due else None, bir, bvat, en(total - dep) if dep else None]}
    return t, chk, render


# =========================================================================== 08 Chillán (IVA 19 %, CLP), SII box, references, unruled
CH_V = [
    ("Agrícola y Comercial Ñuble SpA", "Av. Libertad 845, Chillán", "Venta de insumos agrícolas", (185, 28, 28)),
    ("Maderas y Ferretería Las Termas Ltda.", "Camino a Pinto km 3, Chillán", "Venta de materiales de construcción", (185, 28, 28)),
    ("Frigorífico Itata S.A.", "Parque Industrial Km 2, Chillán", "Elaboración y venta de carnes", (185, 28, 28)),
    ("Servicios Informáticos Chillán Ltda.", "Arauco 672, oficina 41, Chillán", "Asesorías y soporte informático", (185, 28, 28)),
]
CH_B = [("Viña Portezuelo Ltda.", "Portezuelo"), ("Constructora Bío Bío S.A.", "Concepción"), ("Supermercados del Sur S.A.", "Los Ángeles"), ("Hospital Clínico Herminda Martín", "Chillán")]
CH_ROWS = [
    [("Urea granulada saco 25 kg", "SAC", 10, 300, 18500, 29900), ("Semilla trigo certificada", "QQ", 5, 80, 42000, 68000), ("Herbicida glifosato 20 L", "BID", 1, 30, 65000, 119000), ("Manguera riego 1\" x 50 m", "UN", 1, 20, 24900, 49900)],
    [("Pino dimensionado 2x4\" x 3,2 m", "UN", 20, 600, 2890, 5490), ("Tablero OSB 9,5 mm", "UN", 10, 200, 9990, 15990), ("Clavo corriente 4\" caja 25 kg", "CJ", 1, 20, 32900, 49900), ("Cemento Polpaico 25 kg", "SAC", 20, 400, 4690, 6290)],
    [("Posta negra vacuno, kg", "KG", 20, 600, 8990, 12990), ("Lomo vetado, kg", "KG", 10, 300, 13990, 19990), ("Longaniza de Chillán, kg", "KG", 20, 500, 6490, 9990), ("Chuleta de cerdo, kg", "KG", 20, 400, 5490, 7990)],
    [("Soporte técnico en terreno", "HR", 2, 40, 28000, 45000), ("Licencia antivirus anual", "UN", 5, 100, 18900, 32900), ("Mantención de servidores, mensual", "MES", 1, 3, 180000, 420000), ("Cableado de red, punto", "UN", 4, 60, 35000, 58000)],
]


@style("08", "cl_chl_chillan_factura_electronica_iva_19_sii_box_references_unruled_clp")
def s08(rng, i):
    vname, vaddr, giro, red = CH_V[i]
    bname, bcity = CH_B[i]
    d = rand_date(rng)
    items = lines(rng, CH_ROWS[i], [3, 4, 2, 3][i], D("10"))
    for x in items:
        x["dpct"] = rng.choice([0, 0, 0, 5, 10])
        x["gross"] = x["amount"]
        x["amount"] = q0(x["gross"] * (100 - x["dpct"]) / 100)
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    vid = cl_rut(rng)
    bid = cl_rut(rng, 60, 99)
    folio = str(rng.randint(1000, 250000))
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 1 else None
    po = [f"{rng.randint(4500000000, 4500999999)}", f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", None][i]
    cot = f"COT-{rng.randint(1000, 9999)}" if i in (0, 3) else None
    guia = str(rng.randint(1000, 90000)) if i in (1, 2) else None
    peso = lambda v: "$ " + de(v, 0)  # noqa: E731
    dom = ["agronuble", "maderaslastermas", "frigoitata", "sichillan"][i]

    def render(path):
        pdf = new_fpdf(creator="Facturador SII / LibreDTE")
        lfont = "DVC"
        pdf.add_page()
        txt(pdf, 15, 14, vname, 13, "B")
        para(pdf, 15, 21, 105, f"Giro: {giro}\n{vaddr}, Región de Ñuble\nTeléfono +56 42 2{digits(rng, 6)} · contacto@{dom}.cl", 8.2, font=lfont, h=4)
        pdf.set_draw_color(*red)
        pdf.set_line_width(0.9)
        pdf.rect(128, 10, 68, 30)
        pdf.set_line_width(0.2)
        for k, s in enumerate([f"R.U.T.: {vid}", "FACTURA ELECTRÓNICA", f"N° {folio}"]):
            txt(pdf, 128, 13 + k * 8, s, 11, "B", color=red, align="C", w=68)
        txt(pdf, 128, 42, "S.I.I. – CHILLÁN", 8.4, "B", color=red, align="C", w=68)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(15, 50, 181, 31)
        left = [("SEÑOR(ES)", bname), ("R.U.T.", bid), ("GIRO", ["Viticultura y elaboración de vinos", "Construcción de obras civiles", "Supermercados", "Salud pública"][i]), ("DIRECCIÓN", f"{rng.choice(['Camino Real', 'Av. Collín', 'Los Carrera', 'Freire'])} {rng.randint(100, 2999)}"), ("COMUNA / CIUDAD", f"{bcity} / {bcity}")]
        right = [("FECHA EMISIÓN", fd(d)), ("CONDICIÓN DE VENTA", f"Crédito {(due - d).days} días" if due else "Contado"), ("FECHA VENCIMIENTO", fd(due) if due else None), ("VENDEDOR", rng.choice(["P. Sandoval", "M. Fuentes", "C. Riquelme"]))]
        kv(pdf, 17, 52.5, left, wl=32, wv=75, size=7.8, font=lfont, step=5.6, color=(60, 60, 60), align="L")
        kv(pdf, 125, 52.5, right, wl=36, wv=34, size=7.8, font=lfont, step=5.6, color=(60, 60, 60), align="L")
        # references
        refs = []
        if po:
            refs.append(("801", "Orden de Compra", po, fd(d - dt.timedelta(days=rng.randint(3, 20)))))
        if cot:
            refs.append(("", "Cotización", cot, fd(d - dt.timedelta(days=rng.randint(15, 40)))))
        if guia:
            refs.append(("52", "Guía de Despacho Electrónica", guia, fd(d - dt.timedelta(days=rng.randint(0, 5)))))
        y = 86
        if refs:
            txt(pdf, 15, y, "REFERENCIAS", 7.6, "B", font=lfont)
            y += 4.5
            for code, a, b, c in refs:
                txt(pdf, 17, y, f"{('Tipo ' + code + ' · ') if code else ''}{a} N° {b} de fecha {c}", 7.8, font=lfont)
                y += 4.4
            y += 3
        cols = [("Código", 22, "L"), ("Descripción", 71, "L"), ("Cantidad", 18, "R"), ("U.M.", 12, "L"), ("Precio", 22, "R"), ("% Dcto", 14, "R"), ("Valor", 22, "R")]
        body = [[f"{rng.randint(10000, 99999)}", x["desc"], qstr(x["qty"]), x["unit"], de(x["price"], 0), f"{x['dpct']}" if x["dpct"] else "", de(x["amount"], 0)] for x in items]
        y = table(pdf, 15, y, cols, body, size=8, font=lfont, rowh=6.2, header_fill=(243, 243, 243), border_bottom=False)
        y = max(y + 10, 180)
        totals(pdf, 140, y, [("MONTO NETO", peso(net), False), ("I.V.A. 19%", peso(tax), False), ("TOTAL", peso(total), True)], wl=26, wv=30, size=9, font=lfont, line=(0, 0, 0), step=6.4)
        bars_fpdf(pdf, rng, 15, y - 2, 70, 22)
        txt(pdf, 15, y + 22, "Timbre Electrónico SII", 7.4, "B", font=lfont)
        txt(pdf, 15, y + 26, f"Res. {rng.choice([80, 99, 0])} de {rng.choice([2014, 2019, 2022])} – Verifique documento: www.sii.cl", 7, font=lfont)
        if cot:
            para(pdf, 15, y + 34, 181, f"Factura emitida según cotización {cot} aceptada por el cliente; precios válidos por 15 días desde la cotización.", 7.4, font=lfont, color=(70, 70, 70))
        txt(pdf, 15, 280, "CEDIBLE" if i == 0 else "Acuse de recibo: Nombre ________  R.U.T. ________  Fecha ________  Firma ________", 7.4, "B" if i == 0 else "", font=lfont)
        pdf.output(path)

    notes = (
        "Chillán (Ñuble, Chile) FACTURA ELECTRÓNICA in Spanish with the red SII box at the top right (R.U.T., title, N°), a boxed block of LABELS BESIDE their values, a REFERENCIAS block"
        + (" (a purchase order" if po else " (")
        + (", the QUOTATION the invoice came from" if cot else "")
        + (", a guía de despacho" if guia else "")
        + "), a table WITHOUT RULES with a discount percent, IVA 19 %, whole pesos '$ 1.234.567': "
        "vendor = the name at the top left; vendor_tax_id = the R.U.T. in the red box (the customer's R.U.T. under SEÑOR(ES) is a decoy). "
        "invoice_number = the folio 'N°' in the red box; invoice_date = 'FECHA EMISIÓN' (the references' dates are decoys). "
        + due_note(due, "Contado", "FECHA VENCIMIENTO")
        + po_note(po, "Orden de Compra N°")
        + ("The cotización number is a decoy. " if cot else "")
        + ("The guía de despacho number is a decoy. " if guia else "")
        + "subtotal = 'MONTO NETO'; tax = 'I.V.A. 19%'; total = 'TOTAL'. Currency CLP. Line items: every row, amount = 'Valor' (after its discount)."
    )
    t = truth(vname, vid, folio, po, d, due, "CLP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), f"N° {folio}", vname, vid, bid, "MONTO NETO", fd(due) if due else None, cot, guia]}
    return t, chk, render
