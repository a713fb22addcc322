"""fpdf2 styles for set 75, second part (08 Banfora FACTURE NORMALISÉE in French with a LEFT SIDEBAR of labels above
values, rules between rows only, TVA 18 %, whole francs CFA, the total in words, a UEMOA RIB and a FACTURE D'AVOIR;
09 La Digue INVOICE in English with the TOTALS in a box at the TOP, the facts with their LABELS at the END of the line,
an unruled table, VAT 15 %, a deposit deducted on two, the euro counter-value and Mon-dd-yyyy dates; 10 Sahiwal SALES
TAX INVOICE in English, fully ruled with two-line headers, sales tax 18 % per row, the totals as the table's last row
and in words in lakh and crore)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date, uemoa_rib
from invoice_kit import digits, en, in_words, lfont, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import bars_fpdf, due_note, frame, lines, para, po_note, truth, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Banfora (TVA 18 %, XOF), left sidebar, avoir
BA_V = [
    ("SOCIÉTÉ DE TRANSFORMATION DE CAJOU DES CASCADES SARL", "Zone industrielle, secteur 8, 01 BP 112 Banfora", (20, 83, 45)),
    ("COMPTOIR AGRICOLE DE LA COMOÉ SA", "Avenue de la Gare, secteur 1, BP 231 Banfora", (120, 53, 15)),
    ("HÔTEL LES CASCADES DE KARFIGUÉLA SARL", "Route de Karfiguéla, secteur 6, BP 58 Banfora", (30, 64, 120)),
    ("ENTREPRISE DE TRANSPORT SINDOU-BANFORA SARL", "Gare routière, secteur 3, BP 407 Banfora", (100, 30, 90)),
]
BA_B = [("SOCIÉTÉ OUEST-AFRICAINE DE NÉGOCE DE CAJOU SARL", "Bobo-Dioulasso"), ("UNION DES GROUPEMENTS DE PRODUCTEURS DE BANFORA", "Banfora"), ("PROJET D'APPUI À L'IRRIGATION DE LA COMOÉ", "Ouagadougou"), ("GRANDS MOULINS DE L'OUEST SA", "Bobo-Dioulasso")]
BA_ROWS = [
    [("Amandes de cajou blanches W320, carton 22,68 kg", "carton", 2, 40, 145000, 210000), ("Amandes de cajou brisures, sac 25 kg", "sac", 2, 30, 85000, 130000), ("Coques de cajou (combustible), tonne", "t", 1, 20, 18000, 30000), ("Baume de cajou (CNSL), fût 200 l", "fût", 1, 6, 95000, 150000)],
    [("Engrais NPK 14-23-14, sac 50 kg", "sac", 10, 200, 17500, 22500), ("Urée 46 %, sac 50 kg", "sac", 10, 200, 16000, 21000), ("Semences de maïs améliorées, sac 25 kg", "sac", 5, 60, 22000, 32000), ("Herbicide total, bidon 1 l", "bidon", 10, 120, 3500, 5500)],
    [("Chambre double climatisée, nuitée", "nuit", 2, 24, 28000, 45000), ("Salle de conférence, journée", "jour", 1, 5, 60000, 120000), ("Pause-café et déjeuner, par participant", "pers.", 10, 80, 6500, 11000), ("Excursion guidée aux cascades et aux dômes de Fabédougou", "pers.", 2, 20, 7500, 12500)],
    [("Transport de sucre Banfora – Ouagadougou, camion 30 t", "voyage", 1, 6, 780000, 1100000), ("Transport de céréales Sindou – Banfora, tonne", "t", 5, 60, 9500, 16000), ("Manutention chargement / déchargement, tonne", "t", 5, 60, 1500, 2500)],
]


@style("08", "bf_ban_banfora_facture_normalisee_tva_18_sidebar_left_rules_between_rows_avoir_lettres")
def s08(rng, i):
    vname, vaddr, color = BA_V[i]
    bname, bplace = BA_B[i]
    credit = i == 1
    d = rand_date(rng)
    items = lines(rng, BA_ROWS[i], [3, 3, 4, 3][i], D("250"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    ifu = f"000{digits(rng, 5)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    bifu = f"000{digits(rng, 5)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    rccm = f"BF BFR {d.year - rng.randint(2, 14)} {rng.choice('AB')} {rng.randint(10, 999)}"
    no = (f"AV-{d.year}-{rng.randint(10, 99)}" if credit else [f"FN {d.year}/{rng.randint(100, 999)}", None, f"HCK-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/ETSB/{d.strftime('%y')}"][i])
    orig = f"FN {d.year}/{rng.randint(100, 999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 3) else None
    po = [f"PO-BF-{rng.randint(10000, 99999)}", None, f"BC/{rng.randint(10, 99)}/PAIC", None][i]
    rib = uemoa_rib(rng, rng.choice(["BF084", "BF042", "BF148"]))
    secef = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(6))
    f0 = lambda x: sp(x, 0)  # noqa: E731
    words = fr_words(abs(int(total)))

    def render(path):
        pdf = new_fpdf(creator="SAGE i7 Gestion commerciale")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 58, 297, "F")
        W = (255, 255, 255)
        txt(pdf, 7, 12, "FACTURE", 19, "B", color=W)
        if credit:
            txt(pdf, 7, 21, "D'AVOIR", 19, "B", color=W)
        txt(pdf, 7, 30 if credit else 22, "NORMALISÉE", 9, "B", color=(220, 235, 225))
        y = 42 if credit else 36
        side = [("N° " + ("D'AVOIR" if credit else "DE FACTURE"), no), ("DATE", fd(d)), ("ÉCHÉANCE", fd(due) if due else "Sans objet" if credit else "Comptant"), ("VOTRE COMMANDE", po),
                ("FACTURE D'ORIGINE", orig if credit else None), ("IFU", ifu), ("RCCM", rccm), ("RÉGIME FISCAL", "RNI – Direction des Moyennes Entreprises"), ("MONTANT TTC", f0(total) + " F CFA")]
        for a, b in side:
            if b is None:
                continue
            txt(pdf, 7, y, a, 6.4, color=(210, 225, 215))
            yb = para(pdf, 7, y + 3.4, 46, b, 9.6 if a != "RÉGIME FISCAL" else 7.6, "B", h=4.4, color=W)
            y = yb + 4
        txt(pdf, 7, 250, "Code SECeF/DGI", 6.4, color=(210, 225, 215))
        txt(pdf, 7, 253.6, secef[:14], 7, color=W)
        txt(pdf, 7, 257.4, secef[15:], 7, color=W)
        txt(pdf, 7, 266, "RIB", 6.4, color=(210, 225, 215))
        txt(pdf, 7, 269.6, rib[:11], 7.6, "B", color=W)
        txt(pdf, 7, 273.6, rib[12:], 7.6, "B", color=W)
        X = 66
        para(pdf, X, 12, 134, vname, 12.5, "B", h=5.6, color=color)
        txt(pdf, X, pdf.get_y() + 1, vaddr + " – Burkina Faso", 8, color=(70, 70, 70))
        txt(pdf, X, pdf.get_y() + 5, f"Tél. +226 20 91 {digits(rng, 2)} {digits(rng, 2)} · IFU {ifu}", 8, color=(70, 70, 70))
        pdf.set_draw_color(*color)
        pdf.rect(120, 42, 80, 26)
        txt(pdf, 123, 44, "DOIT :" if not credit else "AVOIR EN FAVEUR DE :", 7, color=(90, 90, 90))
        para(pdf, 123, 48, 75, bname, 9, "B", h=4.4)
        txt(pdf, 123, pdf.get_y() + 0.6, f"{bplace} · IFU client : {bifu}", 7.8)
        yy = 74
        if credit:
            yy = para(pdf, X, 74, 134, f"Avoir établi en régularisation de la facture n° {orig} : retour de marchandises non conformes (sacs déchirés).", 8.2, h=4.2) + 2
        cols = [("Désignation", 66, "L"), ("Qté", 14, "R"), ("Unité", 14, "L"), ("P.U. HT", 19, "R"), ("Montant HT", 21, "R")]
        rows = [[wrap(x["desc"], 40), qstr(x["qty"]), x["unit"], f0(x["price"]), f0(x["amount"])] for x in items]
        y1 = table(pdf, X, yy, cols, rows, size=8.2, rowh=7, header_color=color, line_color=(170, 170, 170))
        yt = y1 + 6
        for a, b, bold in (("Total HT", f0(net), False), ("TVA 18 %", f0(tax), False), ("Total TTC (F CFA)", f0(total), True)):
            if bold:
                pdf.set_draw_color(*color)
                pdf.line(130, yt - 1.2, 200, yt - 1.2)
            txt(pdf, 130, yt, a, 9.4 if bold else 8.8, "B" if bold else "")
            txt(pdf, 165, yt, b, 9.4 if bold else 8.8, "B" if bold else "", w=35, align="R")
            yt += 6
        yw = para(pdf, X, yt + 6, 134, f"Arrêté{'e la présente facture' if not credit else ' le présent avoir'} à la somme de : {words} francs CFA toutes taxes comprises.", 8.6, "B", h=4.4)
        para(pdf, X, yw + 4, 134, ("Règlement par virement bancaire ou chèque à l'ordre de " + vname + ". " if not credit else "Le montant de cet avoir sera imputé sur vos prochaines factures. ")
             + "Tout litige relève de la compétence du Tribunal de commerce de Bobo-Dioulasso.", 7.6, h=3.9, color=(70, 70, 70))
        bars_fpdf(pdf, rng, X, 270, 60, 8)
        txt(pdf, 130, 272, "Page 1 / 1", 7.4, w=70, align="R", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Banfora (Cascades, Burkina Faso) " + ("FACTURE D'AVOIR (credit note: every quantity and amount printed NEGATIVE; the 'FACTURE D'ORIGINE' number is a decoy)" if credit else "FACTURE NORMALISÉE")
        + " in French with a full-height coloured LEFT SIDEBAR of small upper-case LABELS ABOVE values, a table with RULES BETWEEN ROWS only, TVA 18 %, whole francs CFA '1 234 567', the total in words: "
        "vendor = the name at the top of the main column; vendor_tax_id = 'IFU' (the client's IFU, the RCCM, the SECeF code and the RIB are decoys). "
        + ("invoice_number = \"N° D'AVOIR\"; " if credit else "invoice_number = 'N° DE FACTURE'; ") + "invoice_date = 'DATE'. "
        + due_note(due, None if due else "Sans objet" if credit else "Comptant", "ÉCHÉANCE")
        + po_note(po, "VOTRE COMMANDE")
        + "subtotal = 'Total HT'; tax = 'TVA 18 %'; total = 'Total TTC (F CFA)' (repeated as 'MONTANT TTC' in the sidebar and in words). Currency XOF ('F CFA'). Line items: every row ('Montant HT')."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, ifu, no, po, d, due, "XOF", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, ifu, bifu, "Total TTC (F CFA)", fd(due) if due else None, words, orig if credit else None, rib[12:]]}
    return t, chk, render


# =========================================================================== 09 La Digue (VAT 15 %, SCR), totals top, labels at line end
LD_V = [
    ("Anse Source Bicycle & Boat Hire (Pty) Ltd", "La Passe, La Digue, Seychelles", (8, 110, 110)),
    ("Takamaka Guesthouse La Digue (Pty) Ltd", "L'Union, La Digue, Seychelles", (150, 80, 20)),
    ("Grand Anse Marine Charters (Pty) Ltd", "La Passe Jetty, La Digue, Seychelles", (20, 60, 130)),
    ("Veuve Reserve Provisions & Bakery (Pty) Ltd", "La Réunion, La Digue, Seychelles", (120, 40, 80)),
]
LD_B = ["Island Discovery DMC Ltd, Victoria, Mahé", "Mr and Mrs K. Lindqvist, Göteborg, Sweden", "Praslin Ocean Adventures (Pty) Ltd, Baie Ste Anne, Praslin", "Château Mamelles Villas, La Digue"]
LD_ROWS = [
    [("Bicycle hire, daily rate", "day", 4, 40, 100, 150), ("Electric bicycle hire, daily rate", "day", 2, 12, 350, 500), ("Ox-cart island tour, per group", "tour", 1, 3, 900, 1400), ("Kayak hire, half day", "unit", 1, 6, 400, 650)],
    [("Double room with breakfast, per night", "night", 2, 10, 1800, 2600), ("Creole dinner, per person", "cover", 2, 12, 380, 520), ("Airport transfer Praslin jetty", "trip", 1, 2, 600, 900), ("Laundry service", "bag", 1, 3, 150, 250)],
    [("Snorkelling trip Coco Island & Félicité, per person", "pax", 2, 16, 1100, 1650), ("Full-day charter, 38 ft catamaran", "day", 1, 2, 14500, 19800), ("Deep-sea fishing, half day", "trip", 1, 2, 7800, 11500), ("Fuel surcharge", "trip", 1, 3, 450, 900)],
    [("Baguettes, daily delivery", "pc", 60, 400, 8, 14), ("Coconut bread loaves", "pc", 20, 120, 25, 40), ("Fresh fish, red snapper, kg", "kg", 10, 60, 120, 190), ("Tropical fruit basket", "basket", 5, 30, 180, 320)],
]


@style("09", "sc_ldg_la_digue_invoice_vat_15_totals_top_labels_line_end_unruled_deposit_eur")
def s09(rng, i):
    vname, vaddr, color = LD_V[i]
    bname = LD_B[i]
    d = rand_date(rng)
    items = lines(rng, LD_ROWS[i], [3, 4, 3, 4][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    dep = q0(total * D(rng.choice(["0.3", "0.5"]))) if i in (1, 2) else None
    rate = D(rng.choice(["15.12", "15.48", "14.96", "15.30"]))
    eur = q2(total / rate)
    tin = "2" + digits(rng, 8)
    no = [f"ASB-{rng.randint(1000, 9999)}", f"TG/{d.year}/{rng.randint(100, 999)}", f"GAM{d.strftime('%y')}-{rng.randint(100, 999)}", f"VRP {rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%b-%d-%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i in (0, 3) else None
    po = [f"IDD-PO-{rng.randint(1000, 9999)}", None, f"POA {rng.randint(100, 999)}", f"CMV-{rng.randint(100, 999)}"][i]
    lic = f"STB/{rng.randint(1000, 9999)}/{rng.randint(15, 24)}"
    bacct = digits(rng, 10, True)

    def render(path):
        pdf = new_fpdf(creator="Xero")
        lfont(pdf)
        pdf.add_page()
        yn = para(pdf, 16, 12, 98, vname, 15, "B", font="LSerif", h=6.2, color=color)
        txt(pdf, 16, yn + 0.6, vaddr + f" · +248 2 {digits(rng, 6)}", 8.6, font="LSans", color=(80, 80, 80))
        txt(pdf, 16, yn + 5, f"Tourism licence {lic}", 8.6, font="LSans", color=(80, 80, 80))
        txt(pdf, 16, 40, "TAX INVOICE", 20, "B", font="LSans")
        # totals box at the top right
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        bx, by = 120, 12
        rows_t = [("Amount before VAT", en(net)), ("VAT 15%", en(tax)), ("INVOICE TOTAL SCR", en(total))]
        if dep:
            rows_t += [("Less deposit received", "-" + en(dep)), ("Balance due SCR", en(total - dep))]
        pdf.rect(bx, by, 76, 8 + 6 * len(rows_t))
        pdf.set_line_width(0.2)
        yy = by + 3
        for k, (a, b) in enumerate(rows_t):
            bold = k == 2
            txt(pdf, bx + 3, yy, a, 9.2 if bold else 8.4, "B" if bold else "", font="LSans", color=color if bold else (0, 0, 0))
            txt(pdf, bx + 42, yy, b, 9.2 if bold else 8.4, "B" if bold else "", font="LSans", w=31, align="R", color=color if bold else (0, 0, 0))
            yy += 6
        txt(pdf, bx + 3, yy, f"(approx. EUR {en(eur)} at {rate} SCR/EUR)", 7.2, font="LSans", color=(100, 100, 100))
        # facts, the label at the end of each line
        y = 54
        facts = [(no, "invoice number"), (fd(d), "invoice date"), (fd(due) if due else "payable on receipt", "due date"), (po, "your purchase order"), (tin, "our TIN (VAT registered)"),
                 (f"{fd(d - dt.timedelta(days=rng.randint(1, 6)))} to {fd(d)}" if i in (0, 1) else fd(d - dt.timedelta(days=rng.randint(1, 4))), "service dates")]
        for v, lab in facts:
            if v is None:
                continue
            txt(pdf, 16, y, v, 9.4, "B", font="LSans")
            pdf.set_draw_color(200, 200, 200)
            pdf.dashed_line(16 + pdf.get_string_width(v) + 3, y + 3.2, 150, y + 3.2, 0.6, 1)
            txt(pdf, 152, y, lab, 8.4, "I", font="Serif", color=(110, 110, 110), w=44, align="R")
            y += 5.6
        txt(pdf, 16, y + 3, "Billed to", 8, font="LSans", color=(110, 110, 110))
        txt(pdf, 16, y + 7.5, bname, 9.6, "B", font="LSans")
        cols = [("Description", 92, "L"), ("Qty", 18, "R"), ("Unit", 18, "L"), ("Rate SCR", 25, "R"), ("Amount SCR", 27, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y1 = table(pdf, 16, y + 17, cols, rows, size=8.8, font="LSans", rowh=7, header_color=color, border_bottom=False, line_color=color)
        pdf.set_draw_color(*color)
        pdf.line(16, y1 + 1, 196, y1 + 1)
        para(pdf, 16, y1 + 8, 180, f"All prices in Seychelles rupees and subject to VAT at 15%. Please pay by transfer to Nouvobanq, La Digue branch, account {bacct}, quoting the invoice number"
             + (", or settle the balance in cash at our desk." if dep else "."), 8.2, font="LSans", h=4.4, color=(70, 70, 70))
        txt(pdf, 16, 284, "Thank you - mersi bokou!   ·   page 1 of 1", 7.6, font="LSans", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "La Digue (Seychelles) TAX INVOICE in English: the TOTALS in a framed box at the TOP right, the facts one per line with the value first and its LABEL at the END of the line (after a dashed leader), "
        "an UNRULED table, VAT 15 %, '1,234.56', dates Mon-dd-yyyy: vendor = the name at the top; vendor_tax_id = 'our TIN (VAT registered)' (the tourism licence and the bank account are decoys). "
        "invoice_number = the value on the 'invoice number' line; invoice_date = the 'invoice date' line (the service dates are decoys). "
        + due_note(due, "payable on receipt" if not due else None, "due date")
        + po_note(po, "your purchase order")
        + "subtotal = 'Amount before VAT'; tax = 'VAT 15%'; total = 'INVOICE TOTAL SCR'"
        + (" (the deposit deducted below it and the 'Balance due' are decoys)" if dep else "")
        + "; the EUR counter-value is a decoy. Currency SCR. Line items: every row ('Amount SCR')."
    )
    t = truth(vname, tin, no, po, d, due, "SCR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tin, "INVOICE TOTAL SCR", fd(due) if due else None, en(eur), en(total - dep) if dep else None, lic]}
    return t, chk, render


# =========================================================================== 10 Sahiwal (sales tax 18 %, PKR), fully ruled, totals row, words
SW_V = [
    ("Sahiwal Dairy Equipment (Pvt.) Ltd.", "14-Industrial Estate, Pakpattan Road, Sahiwal", (30, 58, 95)),
    ("Harappa Agro Machinery Works", "G.T. Road, Near Harappa Chowk, Sahiwal", (110, 40, 20)),
    ("Chichawatni Cotton Ginning & Oil Mills (Pvt.) Ltd.", "Multan Road, Chichawatni, District Sahiwal", (20, 90, 50)),
    ("Farid Town Feed Industries", "Plot 7, Farid Town, Sahiwal", (80, 40, 110)),
]
SW_B = [("Punjab Milk Collection Supplies (Pvt.) Ltd.", "Lahore"), ("Kissan Services Punjab (Pvt.) Ltd.", "Okara"), ("Crescent Textile Traders", "Faisalabad"), ("Green Valley Dairy Farms", "Pakpattan")]
SW_ROWS = [
    [("Milk chiller 1000 L, stainless steel", "No.", 1, 3, 385000, 520000), ("Milking machine, double bucket", "No.", 1, 4, 145000, 210000), ("Cream separator 500 L/h", "No.", 1, 3, 68000, 96000), ("Milk cans 40 L aluminium", "No.", 4, 30, 9500, 14500)],
    [("Rotavator 7 ft, 42 blades", "No.", 1, 3, 265000, 340000), ("Wheat thresher spare drum", "No.", 1, 4, 78000, 115000), ("Disc harrow 12 discs", "No.", 1, 3, 155000, 210000), ("Seed drill 11 tines", "No.", 1, 3, 118000, 165000)],
    [("Cotton seed oil, refined, 16 L tin", "Tin", 10, 120, 6800, 8900), ("Cotton seed cake (khal), 50 kg bag", "Bag", 20, 300, 3900, 5600), ("Lint cotton, bale 170 kg", "Bale", 2, 30, 58000, 74000)],
    [("Cattle feed 'Wanda' 40 kg bag", "Bag", 20, 400, 3100, 4400), ("Poultry layer feed 50 kg bag", "Bag", 20, 300, 5600, 7400), ("Mineral mixture 25 kg", "Bag", 5, 60, 4200, 6100)],
]


@style("10", "pk_sah_sahiwal_sales_tax_invoice_18_fully_ruled_two_line_headers_totals_row_words")
def s10(rng, i):
    vname, vaddr, color = SW_V[i]
    bname, bcity = SW_B[i]
    d = rand_date(rng)
    items = lines(rng, SW_ROWS[i], 3 if i > 1 else 4, D("10"))
    for x in items:
        x["st"] = q2(x["amount"] * D("0.18"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["st"] for x in items)
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    strn = f"3{rng.randint(2, 9)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    bntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    bstrn = f"3{rng.randint(2, 9)}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    no = [f"SDE/{d.year}/{rng.randint(100, 999)}", f"HAMW-{rng.randint(1000, 9999)}", f"CCG {rng.randint(10000, 99999)}", f"FTF-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    po = [f"PO-{rng.randint(10000, 99999)}", f"KSP/{rng.randint(100, 999)}", None, f"GV-{rng.randint(100, 999)}"][i]
    fbr = digits(rng, 6) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) + f"*{rng.randint(10, 99)}*"
    words = "Rupees " + in_words(int(total)) + (f" and Paisa {int(q2(total - int(total)) * 100):02d}" if total != int(total) else "") + " Only"

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 12, 10, vname, 14, "B", color=color)
        txt(pdf, 12, 17, vaddr + f" · Ph: 040-42{digits(rng, 5)}", 8.2, color=(70, 70, 70))
        txt(pdf, 12, 21.5, f"NTN: {ntn}   ·   STRN: {strn}", 8.4, "B")
        pdf.set_fill_color(*color)
        pdf.rect(12, 28, 186, 8, "F")
        txt(pdf, 12, 29.6, "SALES TAX INVOICE", 12, "B", w=186, align="C", color=(255, 255, 255))
        # a ruled block of facts and the buyer
        pdf.set_draw_color(80, 80, 80)
        facts = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Purchase Order No.", po or "-"), ("Payment Due", fd(due) if due else "Cash against delivery"), ("Delivery Challan No.", f"DC-{rng.randint(1000, 9999)}"), ("Vehicle No.", f"SWL-{rng.randint(100, 999)}")]
        y = 40
        for k, (a, b) in enumerate(facts):
            yy = y + k * 6
            pdf.rect(12, yy, 34, 6)
            pdf.rect(46, yy, 52, 6)
            txt(pdf, 13, yy + 1.4, a, 7.8, color=(60, 60, 60))
            txt(pdf, 47, yy + 1.3, b, 8.4, "B")
        pdf.rect(102, 40, 96, 36)
        txt(pdf, 104, 41.5, "Buyer's Name & Address", 7.6, color=(60, 60, 60))
        para(pdf, 104, 46, 92, bname, 9.4, "B", h=4.6)
        txt(pdf, 104, pdf.get_y() + 0.5, bcity + ", Punjab", 8.4)
        txt(pdf, 104, 63, f"Buyer's NTN: {bntn}", 8.2)
        txt(pdf, 104, 68, f"Buyer's STRN: {bstrn}", 8.2)
        cols = [("S.\nNo.", 9, "C"), ("Description of Goods", 50, "L"), ("Unit", 11, "L"), ("Qty.", 12, "R"), ("Rate\n(Rs.)", 20, "R"), ("Value Excl.\nSales Tax", 26, "R"),
                ("Rate of\nS. Tax", 12, "R"), ("Amount of\nSales Tax", 20, "R"), ("Value Incl.\nSales Tax", 26, "R")]
        X, y0 = 12, 82
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(X, y0, 186, 9, "F")
        cx = X
        for t_, w, al in cols:
            for k, part in enumerate(t_.split("\n")):
                txt(pdf, cx + 0.6, y0 + 0.8 + k * 3.6, part, 7, "B", font="DVC", align=al, w=w - 1.2)
            cx += w
        rows = [[str(k + 1), wrap(x["desc"], 29), x["unit"], qstr(x["qty"]), en(x["price"]), en(x["amount"]), "18%", en(x["st"]), en(x["amount"] + x["st"])] for k, x in enumerate(items)]
        rows.append(["", "Total", "", "", "", en(net), "", en(tax), en(total)])
        y1 = table(pdf, X, y0 + 1.8, [("", w, al) for _t, w, al in cols], rows, size=7.6, font="DVC", rowh=6.6, header_style="", line_color=(80, 80, 80))
        frame(pdf, X, y0, y1, cols, color=(80, 80, 80))
        pdf.set_draw_color(80, 80, 80)
        pdf.rect(X, y0, 186, 9)
        y = y1 + 6
        y = para(pdf, 12, y, 186, f"Amount in words: {words}", 8.8, "B", h=4.6) + 3
        y = para(pdf, 12, y, 186, "Income tax will be deducted at source by the buyer under section 153 of the Income Tax Ordinance, 2001 where applicable. "
                 "Goods once sold will not be taken back. Cheques to be drawn in favour of " + vname.rstrip(".") + ".", 7.6, h=4, color=(70, 70, 70)) + 3
        txt(pdf, 12, y, f"FBR POS / e-invoice no.: {fbr}", 7.6, color=(70, 70, 70))
        txt(pdf, 12, y + 5, f"Bank: {rng.choice(['Habib Bank Limited', 'MCB Bank', 'Allied Bank'])}, High Street Sahiwal · A/c {digits(rng, 14, True)}", 7.6, color=(70, 70, 70))
        txt(pdf, 140, y + 22, "Authorised Signature & Stamp", 8, w=58, align="C")
        pdf.line(140, y + 21, 198, y + 21)
        pdf.output(path)

    notes = (
        "Sahiwal (Punjab, Pakistan) SALES TAX INVOICE in English: a ruled grid of LABELS BESIDE values and a buyer box, a FULLY RULED table with TWO-LINE headers, sales tax 18 % per row, "
        "the totals only as the table's last row 'Total' and in words, '1,234.56': vendor = the name at the top; vendor_tax_id = 'NTN' (the seller's STRN, the buyer's NTN and STRN, the FBR invoice number, "
        "the delivery challan, the vehicle number and the bank account are decoys). invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Cash against delivery" if not due else None, "Payment Due")
        + po_note(po, "Purchase Order No.")
        + "subtotal = the 'Total' row's 'Value Excl. Sales Tax'; tax = its 'Amount of Sales Tax'; total = its 'Value Incl. Sales Tax' (repeated in words). Currency PKR ('Rs.'). "
        "Line items: every row ('Value Excl. Sales Tax')."
    )
    t = truth(vname, ntn, no, po, d, due, "PKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ntn, strn, bntn, words, fd(due) if due else None]}
    return t, chk, render
