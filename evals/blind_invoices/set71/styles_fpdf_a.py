"""fpdf2 styles for set 71, first part (06 Ngaoundéré forwarder's FACTURE in French on a LANDSCAPE page, a FULLY
RULED table with weights, containers and wagons, TVA 19,25 % on the services only (débours untaxed), whole francs CFA,
the total in words and a CEMAC RIB; 07 Fort Portal consultancy's TAX INVOICE of hours in English with descriptions
WRAPPED over two or three lines, OVER TWO PAGES (a balance carried forward), VAT 18 %, whole shillings, EFRIS fiscal
data and on one a retainer deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import cemac_rib, container, long_date
from invoice_kit import digits, en, new_fpdf, q0, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, fr_date, frame, para, po_note, qr_fpdf, truth, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Ngaoundéré (TVA 19,25 %, XAF), landscape, fully ruled, words
NG_V = [
    ("ADAMAOUA TRANSIT ET LOGISTIQUE SARL", "B.P. 412 Ngaoundéré – Quartier Gare, face Camrail", (22, 78, 99)),
    ("SOCIÉTÉ VINA FRET INTERNATIONAL SA", "B.P. 1187 Ngaoundéré – Zone industrielle Dang", (127, 29, 29)),
    ("NGAOUNDÉRÉ MANUTENTION ET ENTREPOSAGE SARL", "B.P. 96 Ngaoundéré – Parc à conteneurs de la gare", (20, 83, 45)),
    ("BÉNOUÉ CORRIDOR SERVICES SARL", "B.P. 2230 Ngaoundéré – Route de Garoua, Bali", (76, 29, 149)),
]
NG_B = [("ÉTABLISSEMENTS ABAKAR ET FILS", "N'Djamena, Tchad"), ("COTONTCHAD SN", "Moundou, Tchad"), ("BRASSERIES DU CAMEROUN SA", "Garoua, Cameroun"), ("SOCIÉTÉ CENTRAFRICAINE DE COMMERCE", "Bangui, RCA")]
NG_ROWS = [  # (désignation, taxable, qlo, qhi, lo, hi)
    ("Manutention wagon / camion, conteneur 20'", True, 1, 6, 45000, 90000), ("Manutention wagon / camion, conteneur 40'", True, 1, 4, 75000, 140000),
    ("Magasinage parc gare, par jour", True, 2, 15, 5000, 12000), ("Honoraires de transit (déclaration en douane)", True, 1, 3, 60000, 150000),
    ("Frais de dossier et documentation", True, 1, 1, 15000, 45000), ("Escorte douanière jusqu'à la frontière", True, 1, 3, 80000, 180000),
    ("Débours : redevance Camrail gare de Ngaoundéré", False, 1, 4, 25000, 70000), ("Débours : droit de timbre et enregistrement", False, 1, 2, 5000, 20000),
    ("Débours : pesage au pont-bascule", False, 1, 6, 3000, 8000),
]


@style("06", "cm_nga_ngaoundere_facture_transit_tva_19_25_landscape_ruled_weights_debours_words")
def s06(rng, i):
    vname, vaddr, color = NG_V[i]
    bname, bplace = NG_B[i]
    d = rand_date(rng)
    rows = rng.sample(NG_ROWS[:6], [3, 4, 4, 3][i]) + rng.sample(NG_ROWS[6:], [2, 1, 2, 2][i])
    items = []
    for desc, taxable, qlo, qhi, lo, hi in rows:
        q = D(rng.randint(qlo, qhi)) if "conteneur" not in desc else D(1)
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q * p, "taxable": taxable, "unit": "u",
                      "cont": container(rng, rng.choice(["MSK", "CMA", "MSC", "BOL"])) if "conteneur" in desc else "", "kg": rng.randint(8000, 28000) if "conteneur" in desc or "pesage" in desc else None})
    base = sum(x["amount"] for x in items if x["taxable"])
    net = sum(x["amount"] for x in items)
    tva = q0(base * D("0.175"))
    cac = q0(tva * D("0.10"))
    tax = tva + cac
    total = net + tax
    niu = "M0" + digits(rng, 11) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
    bniu = ("P0" if i == 0 else "M0") + digits(rng, 11) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
    no = [f"FAC/{d.year}/{rng.randint(100, 999)}", f"VFI-{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}/NME/{d.year}", f"BCS{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 2) else None
    po = [None, f"BC {rng.randint(10000, 99999)}", None, f"PO-{rng.randint(1000, 9999)}"][i]
    dossier = f"D{d.strftime('%y')}-{rng.randint(1000, 9999)}"
    bl = f"{rng.choice(['MEDU', 'CMDU', 'MAEU'])}{digits(rng, 7, True)}"
    wagon = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    arr = fd(d - dt.timedelta(days=rng.randint(2, 12)))
    f0 = lambda x: sp(x, 0)  # noqa: E731
    words = fr_words(int(total))
    rcsm = f"RC/NGA/{rng.randint(2008, 2021)}/B/{rng.randint(10, 999)}"
    rib = cemac_rib(rng)

    def render(path):
        pdf = new_fpdf("L", creator="Sage Saari 100")
        pdf.add_page()
        W = 297
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, W, 3, "F")
        txt(pdf, 12, 8, vname, 13, "B", color=color)
        txt(pdf, 12, 15, vaddr + " · Tél. (+237) 222 25 " + digits(rng, 2) + " " + digits(rng, 2), 8)
        txt(pdf, 12, 19.5, f"NIU {niu} · RCCM {rcsm} · Agrément commissionnaire en douane n° {rng.randint(100, 999)}/MINFI/DGD", 7.6, color=(60, 60, 60))
        txt(pdf, 200, 7, "FACTURE", 22, "B", w=85, align="R", color=color)
        # ruled grid of the facts, labels beside values
        grid = [("Facture n°", no), ("Date", fd(d)), ("Dossier n°", dossier), ("Échéance", fd(due) if due else "À réception")]
        grid2 = [("Connaissement (B/L)", bl), ("Wagon", wagon), ("Arrivée gare", arr), ("Bon de commande", po or "—")]
        pdf.set_draw_color(110, 110, 110)
        y = 27
        for col, g in ((12, grid), (150, grid2)):
            for k, (a, b) in enumerate(g):
                yy = y + k * 6.2
                pdf.rect(col, yy, 40, 6.2)
                pdf.rect(col + 40, yy, 88, 6.2)
                txt(pdf, col + 1.5, yy + 1.4, a, 7.8, color=(70, 70, 70))
                txt(pdf, col + 41.5, yy + 1.3, b, 8.6, "B")
        # client box
        pdf.rect(12, 55, 273, 13)
        txt(pdf, 14, 56.5, "Client :", 7.6, color=(70, 70, 70))
        txt(pdf, 28, 56.3, f"{bname} – {bplace}", 9, "B")
        txt(pdf, 28, 61.6, f"NIU client : {bniu} · Marchandise : {rng.choice(['ciment en sacs', 'fibre de coton', 'malt et houblon', 'produits alimentaires divers'])} · Destination : {bplace}", 7.8)
        cols = [("N°", 9, "C"), ("Désignation", 92, "L"), ("Conteneur", 32, "L"), ("Poids brut (kg)", 26, "R"), ("Qté", 14, "R"), ("P.U. (FCFA)", 28, "R"), ("TVA", 14, "C"), ("Montant HT (FCFA)", 58, "R")]
        rws = [[str(k + 1), x["desc"], x["cont"], f0(x["kg"]) if x["kg"] else "", qstr(x["qty"]), f0(x["price"]), "oui" if x["taxable"] else "non", f0(x["amount"])] for k, x in enumerate(items)]
        y0 = 73
        y1 = table(pdf, 12, y0, cols, rws, size=8, rowh=6.4, header_fill=(235, 235, 235), line_color=(110, 110, 110))
        frame(pdf, 12, y0, y1, cols, color=(110, 110, 110))
        # totals: ruled block at the right, words at the left
        rows_t = [("Total hors taxes", f0(net)), ("dont base taxable (prestations)", f0(base)), ("TVA 17,5 %", f0(tva)), ("CAC 10 % de la TVA", f0(cac)),
                  ("TVA 19,25 % (TVA + CAC)", f0(tax)), ("NET À PAYER TTC (FCFA)", f0(total))]
        yt = y1 + 4
        for k, (a, b) in enumerate(rows_t):
            bold = k in (0, 4, 5)
            if k == 5:
                pdf.set_fill_color(*color)
                pdf.rect(187, yt, 98, 7, "F")
            else:
                pdf.rect(187, yt, 98, 6)
            c = (255, 255, 255) if k == 5 else (0, 0, 0)
            txt(pdf, 189, yt + 1.2, a, 8.4 if k != 5 else 9.4, "B" if bold else "", color=c)
            txt(pdf, 250, yt + 1.2, b, 8.4 if k != 5 else 9.4, "B" if bold else "", w=33, align="R", color=c)
            yt += 7 if k == 5 else 6
        para(pdf, 12, y1 + 5, 165, f"Arrêtée la présente facture à la somme de : {words.upper()} FRANCS CFA TTC.", 8.6, "B", h=4.4)
        para(pdf, 12, y1 + 16, 165, "Les débours sont refacturés à l'identique sur justificatifs et ne supportent pas la TVA. "
             + (f"Règlement par virement avant l'échéance au compte RIB {rib} (Afriland First Bank, agence de Ngaoundéré)." if due else f"Facture payable à réception, par virement au compte RIB {rib} ou par chèque certifié.")
             + " Tout retard de paiement entraîne l'application d'intérêts moratoires.", 7.6, h=3.9, color=(60, 60, 60))
        txt(pdf, 12, 200, f"Page 1/1 · Réf. dossier {dossier} · Imprimé le {fd(d)}", 6.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Ngaoundéré (Adamaoua, Cameroon) forwarder's FACTURE in French on a LANDSCAPE page: the facts in a ruled grid of LABELS BESIDE values, a FULLY RULED table with containers (ISO 6346 check digits) and gross weights, "
        "TVA 19,25 % (17,5 % and the 10 % CAC) on the services only, the débours untaxed, whole francs CFA '1 234 567', the totals in a ruled block at the right and the total in words at the left: "
        "vendor = the name at the top left; vendor_tax_id = 'NIU' (the client's NIU, the RCCM, the customs agreement, the RIB, the dossier, B/L, wagon and container numbers and weights are decoys). "
        "invoice_number = 'Facture n°'; invoice_date = 'Date' (the 'Arrivée gare' date and the print date repeat or precede it). "
        + due_note(due, "À réception", "Échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total hors taxes' (services and débours); tax = 'TVA 19,25 % (TVA + CAC)' (its parts 'TVA 17,5 %' and 'CAC' and the taxable base are decoys); total = 'NET À PAYER TTC'. Currency XAF ('FCFA'). Line items: every row, débours included."
    )
    t = truth(vname, niu, no, po, d, due, "XAF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, niu, "NET À PAYER TTC", fd(due) if due else None, bniu, words.upper(), dossier, bl]}
    return t, chk, render


# =========================================================================== 07 Fort Portal (VAT 18 %, UGX), hours, wrapped, two pages
FP_V = [
    ("Rwenzori Environmental Consultants Ltd", "Plot 14, Mugurusi Road, P.O. Box 612, Fort Portal", (21, 94, 117)),
    ("Tooro Surveys & Engineering Ltd", "Plot 3, Lugard Road, P.O. Box 208, Fort Portal", (146, 64, 14)),
    ("Kabarole Associates, Certified Public Accountants", "Plot 27, Kahinju Road, P.O. Box 1193, Fort Portal", (55, 48, 163)),
    ("Crater Lakes Architects Ltd", "Plot 9, Bwamba Road, P.O. Box 77, Fort Portal", (22, 101, 52)),
]
FP_B = [("Mpanga Tea Factory Ltd", "Kyenjojo Road, Fort Portal"), ("Kabarole District Local Government", "District Headquarters, Fort Portal"),
        ("Toro Kingdom Investments Ltd", "Karuzika Palace Road, Fort Portal"), ("Kibale Forest Lodges Ltd", "Kanyanchu, Kamwenge Road")]
FP_TASKS = [
    ["Environmental and social impact assessment scoping visit to the Mpanga tea estate, stakeholder meetings with outgrower associations and review of effluent discharge points",
     "Water quality sampling at the factory outfall and two downstream points on the Mpanga river, including laboratory coordination in Kampala",
     "Drafting of the environmental and social management plan, chapters on waste water, firewood sourcing and occupational health",
     "Senior consultant review of the draft report and incorporation of NEMA comments",
     "Field assistant time for household surveys in Kiko and Kyamukubi villages",
     "GIS mapping of wetlands and buffer zones adjacent to the estate"],
    ["Topographical survey of the Fort Portal – Kamwenge road section, total station and GNSS control, including clearing of sight lines",
     "Preparation of cadastral drawings and area schedules for 14 affected land parcels",
     "Structural inspection of culverts and drainage at Kagote and Mugoma swamps",
     "Engineer's attendance at site meetings and preparation of minutes",
     "Bill of quantities for the rehabilitation of the district headquarters parking and access road",
     "Setting out of building lines and levels for the new health centre III at Karambi"],
    ["Statutory audit of the financial statements for the year, fieldwork by audit senior including tests of controls over revenue and procurement",
     "Audit manager review of working papers, going concern assessment and management letter points",
     "Preparation of corporate income tax return and provisional tax computations for submission to URA",
     "Advisory on VAT registration threshold and EFRIS onboarding for the investment company's subsidiaries",
     "Partner review and sign-off, meeting with the board audit committee",
     "Payroll reconciliation and PAYE review for the period"],
    ["Concept design of eight additional cottages overlooking the forest edge, including site visit, brief development and sketch options",
     "Detailed architectural drawings, sections and elevations for the restaurant extension with timber deck",
     "Preparation of planning application drawings and attendance at the physical planning committee",
     "Site supervision visits during foundation works, including inspection reports",
     "Interior design consultation on finishes using local materials (papyrus, bamboo, volcanic stone)",
     "Landscape plan for the approach path and parking area"],
]


@style("07", "ug_fpt_fort_portal_tax_invoice_vat_18_hours_wrapped_two_pages_efris_retainer")
def s07(rng, i):
    vname, vaddr, color = FP_V[i]
    bname, baddr = FP_B[i]
    d = rand_date(rng)
    n = [14, 15, 13, 15][i]
    tasks = FP_TASKS[i]
    staff = [("Senior consultant", 180000, 320000), ("Consultant", 110000, 190000), ("Technician", 60000, 95000), ("Assistant", 35000, 60000)]
    items = []
    for k in range(n):
        role, lo, hi = rng.choice(staff)
        q = D(rng.randint(2, 36)) / (2 if rng.random() < 0.4 else 1)
        p = D(rng.randint(lo // 5000, hi // 5000) * 5000)
        items.append({"desc": f"{role}: " + tasks[k % len(tasks)], "qty": q, "price": p, "amount": q * p, "unit": "hrs", "role": role, "day": d - dt.timedelta(days=rng.randint(3, 40))})
    items.sort(key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    vid = "100" + digits(rng, 7)
    btin = "100" + digits(rng, 7)
    no = [f"REC/{d.year}/{rng.randint(100, 999)}", f"TSE-{rng.randint(1000, 9999)}", f"KA{d.strftime('%y')}/{rng.randint(100, 999)}", f"CLA-INV-{rng.randint(100, 999)}"][i]
    fd = [lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    po = [f"LPO {rng.randint(1000, 9999)}", f"KDLG/PROC/{d.year}/{rng.randint(10, 99)}", None, f"PO-{rng.randint(100, 999)}"][i]
    ret = (total * D(rng.choice([20, 25])) / 100 / 1000).quantize(D("1")) * 1000 if i == 1 else None
    fdn = "3" + digits(rng, 14)
    tel = digits(rng, 6)
    f0 = lambda x: en(x, 0)  # noqa: E731
    split = [10, 11, 10, 11][i]

    def head(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 6, 297, "F")
        txt(pdf, 16, 12, vname, 13.5, "B", font="LSans", color=color)
        txt(pdf, 16, 19, vaddr + " · Tel +256 483 " + tel, 8, font="LSans")
        txt(pdf, 16, 23.5, f"TIN {vid} · VAT registered", 8, font="LSans")
        txt(pdf, 150, 12, "TAX INVOICE", 17, "B", font="LSans", w=48, align="R", color=color)
        txt(pdf, 150, 20, f"Page {page} of 2", 8, font="LSans", w=48, align="R", color=(100, 100, 100))

    def render(path):
        from invoice_kit import lfont

        pdf = new_fpdf(creator="QuickBooks Online")
        lfont(pdf)
        pdf.add_page()
        head(pdf, 1)
        y = 32
        for a, b in [("Invoice number", no), ("Invoice date", fd(d)), ("Payment due", fd(due) if due else "On receipt"), ("Your order", po), ("Project code", f"PRJ-{rng.randint(100, 999)}")]:
            if b is None:
                continue
            txt(pdf, 130, y, a, 8.4, font="LSans", color=(90, 90, 90))
            txt(pdf, 160, y, b, 8.6, "B", font="LSans", w=38, align="R")
            y += 5
        para(pdf, 16, 33, 100, f"Bill to:\n{bname}\n{baddr}\nBuyer TIN {btin}", 8.6, font="LSans", h=4.4)
        cols = [("Date", 20, "L"), ("Description of work", 98, "L"), ("Hours", 14, "R"), ("Rate (UGX)", 24, "R"), ("Amount (UGX)", 26, "R")]
        rws = [[x["day"].strftime("%d/%m/%y"), wrap(x["desc"], 66), qstr(x["qty"]), f0(x["price"]), f0(x["amount"])] for x in items]
        y = table(pdf, 16, 62, cols, rws[:split], size=8, font="LSans", rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        cf = sum(x["amount"] for x in items[:split])
        txt(pdf, 16, y + 2, "Balance carried forward to page 2", 8.2, "B", font="LSans")
        txt(pdf, 150, y + 2, f0(cf), 8.2, "B", font="LSans", w=48, align="R")
        txt(pdf, 16, 285, f"{vname} · {no} · continued overleaf", 7, font="LSans", color=(120, 120, 120))
        pdf.add_page()
        head(pdf, 2)
        txt(pdf, 16, 32, f"Invoice {no} (continued)", 9, "B", font="LSans")
        txt(pdf, 16, 38, "Balance brought forward from page 1", 8.2, font="LSans")
        txt(pdf, 150, 38, f0(cf), 8.2, font="LSans", w=48, align="R")
        y = table(pdf, 16, 44, cols, rws[split:], size=8, font="LSans", rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 6
        rows_t = [("Total before VAT", f0(net), False), ("VAT 18%", f0(tax), False), ("Total amount (UGX)", f0(total), True)]
        if ret:
            rows_t += [("Less retainer received (receipt RCT-" + digits(rng, 4) + ")", "-" + f0(ret), False), ("Balance due (UGX)", f0(total - ret), True)]
        for a, b, bold in rows_t:
            if bold:
                pdf.set_draw_color(*color)
                pdf.line(108, y - 1, 198, y - 1)
            txt(pdf, 108, y, a, 8.6, "B" if bold else "", font="LSans")
            txt(pdf, 166, y, b, 8.6, "B" if bold else "", font="LSans", w=32, align="R")
            y += 5.6
        y += 4
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(16, y, 120, 36)
        txt(pdf, 18, y + 2, "EFRIS e-invoice", 8.4, "B", font="LSans")
        para(pdf, 18, y + 7, 84, f"Fiscal Document Number (FDN): {fdn}\nVerification code: {digits(rng, 20)}\nDevice number: TCS{digits(rng, 12)}\nIssued: {fd(d)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 7.6, font="LSans", h=4)
        qr_fpdf(pdf, rng, 106, y + 3, 28)
        para(pdf, 16, y + 42, 180, f"Payment by EFT to Stanbic Bank Uganda, Fort Portal branch, account {digits(rng, 13, True)}, or MTN MoMo merchant code {digits(rng, 6)}. "
             "Withholding tax of 6 % may be deducted where applicable; please forward the WHT certificate. Hours are as per the approved timesheets.", 7.8, font="LSans", h=4.1, color=(60, 60, 60))
        txt(pdf, 16, 285, "Thank you for your business · Webale kusiima", 7, font="LSans", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Fort Portal (Tooro, Uganda) professional-services TAX INVOICE in English, hours by date with descriptions WRAPPED over two or three lines, OVER TWO PAGES "
        "(a 'Balance carried forward' at the foot of page 1 and 'brought forward' on page 2 are a decoy partial sum), VAT 18 %, whole shillings '1,234,000': "
        "vendor = the name at the top of each page; vendor_tax_id = 'TIN' under the address (the buyer's TIN, the FDN, the verification code, the device number, the bank account and the MoMo code are decoys). "
        "invoice_number = 'Invoice number'; invoice_date = 'Invoice date' (the work dates of the rows and the EFRIS issue time are decoys). "
        + due_note(due, "On receipt", "Payment due")
        + po_note(po, "Your order")
        + "subtotal = 'Total before VAT'; tax = 'VAT 18%'; total = 'Total amount (UGX)'"
        + (" before the retainer (the retainer, its receipt and the 'Balance due' are decoys)" if ret else "")
        + ". Currency UGX. Line items: every row (hours x rate), over both pages."
    )
    t = truth(vname, vid, no, po, d, due, "UGX", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total amount (UGX)", fd(due) if due else None, btin, fdn, "Page 2 of 2", f0(total - ret) if ret else None]}
    return t, chk, render
