"""fpdf2 styles for set 56, second part (09 Moshi TAX INVOICE in English with the facts in a RIGHT SIDEBAR, VAT 18 %,
whole Tanzanian shillings, the total in WORDS, a USD counter-value and a deposit deducted on two; 10 Porto-Novo
FACTURE as a BUSINESS LETTER in French, the facts and totals in RUNNING SENTENCES, TVA 18 %, whole francs CFA, the
total in words and an advance deducted on one)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import digits, en, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, fr_date, lines, para, po_note, qr_fpdf, totals, truth
from kit_words import en_words_title, fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Moshi (VAT 18, TZS whole), right sidebar, words
MS_V = [
    ("Kibo Highlands Safaris Ltd", "Arusha Road, Plot 12, Moshi, Kilimanjaro", (21, 94, 117)),
    ("Uru Coffee Curing Co. Ltd", "Lema Road, Shanty Town, Moshi", (120, 53, 15)),
    ("Kilimanjaro Hardware & Building Supplies Ltd", "Mawenzi Road, Moshi Municipality", (55, 65, 81)),
    ("Marangu Gate Lodge Ltd", "Marangu Mtoni, Moshi Rural", (22, 101, 52)),
]
MS_B = ["Tanzania National Parks, Kilimanjaro", "Kilimanjaro Native Co-operative Union (1984) Ltd", "Moshi Co-operative University", "Kilimanjaro Christian Medical Centre"]
MS_ROWS = [
    [("Machame route climb, 7 days, per climber", "pax", 1, 12, 3800000, 5200000), ("Park fees handling", "pax", 1, 12, 45000, 95000), ("Airport transfer, Kilimanjaro Int'l", "trip", 1, 4, 120000, 250000)],
    [("Parchment coffee curing, per kg", "kg", 500, 20000, 250, 600), ("Grading and bagging, per 60 kg bag", "bag", 10, 300, 3500, 8000), ("Warehouse storage, per bag per month", "bag", 10, 300, 1200, 2500), ("Transport to Moshi auction", "trip", 1, 6, 180000, 420000)],
    [("Cement Twiga 42.5, 50 kg", "bag", 20, 600, 16500, 21000), ("Iron bars Y12, 12 m", "pcs", 10, 300, 24000, 32000), ("Iron sheets gauge 30, 3 m", "pcs", 10, 200, 21000, 34000), ("Roofing nails, 25 kg", "ctn", 1, 20, 68000, 95000)],
    [("Accommodation, double room full board", "night", 2, 30, 180000, 320000), ("Conference hall, full day", "day", 1, 3, 350000, 650000), ("Lunch buffet, per person", "pax", 10, 80, 22000, 38000)],
]


@style("09", "tz_msh_moshi_tax_invoice_vat_18_sidebar_right_words_usd")
def s09(rng, i):
    vname, vaddr, color = MS_V[i]
    d = rand_date(rng)
    items = lines(rng, MS_ROWS[i], [3, 4, 3, 3][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    dep = q0(total * D(rng.choice(["0.3", "0.5"]))) if i in (0, 3) else None
    tin = f"{rng.randint(100, 199)}-{digits(rng, 3)}-{digits(rng, 3)}"
    btin = f"{rng.randint(100, 199)}-{digits(rng, 3)}-{digits(rng, 3)}"
    vrn = f"40-0{digits(rng, 5)}-{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    no = [f"KHS/{d.year}/{rng.randint(100, 999)}", f"UCC-{rng.randint(10000, 99999)}", f"KHB{rng.randint(100000, 999999)}", f"MGL-INV-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    po = [None, f"KNCU/LPO/{rng.randint(100, 999)}", f"MoCU-{rng.randint(1000, 9999)}", f"KCMC/PO/{rng.randint(10000, 99999)}"][i]
    rate = D(rng.choice(["2,480", "2,515", "2,560", "2,645", "2,700"]).replace(",", ""))
    usd = q2(total / rate)
    words = f"Tanzanian Shillings {en_words_title(int(total))} Only"
    t_ = lambda x: en(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="QuickBooks")
        pdf.add_page()
        sx = 140
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 70, 297, "F")
        w = (255, 255, 255)
        txt(pdf, sx + 6, 14, "TAX INVOICE", 15, "B", color=w)
        y = 26
        facts = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Due Date" if due else "Terms", fd(due) if due else "Cash on delivery"), ("LPO No.", po), ("Delivery Note", f"DN-{rng.randint(1000, 9999)}"),
                 ("Customer TIN", btin), ("EFD Receipt No.", f"{digits(rng, 4)}/{digits(rng, 6)}"), ("Z-Number", f"{rng.randint(100, 999)}")]
        for lab, v in facts:
            if v is None:
                continue
            txt(pdf, sx + 6, y, lab, 7.2, color=(220, 235, 240))
            txt(pdf, sx + 6, y + 3.8, v, 9.6, "B", color=w)
            y += 11
        para(pdf, sx + 6, y + 4, 58, f"Bank: {rng.choice(['CRDB Bank Plc', 'NMB Bank Plc', 'Exim Bank (T) Ltd'])}\nMoshi Branch\nA/C No. {digits(rng, 13, True)}\nSWIFT {rng.choice(['CORUTZTZ', 'NMIBTZTZ', 'EXTNTZTZ'])}\nM-Pesa Lipa No. {digits(rng, 8, True)}", 7.8, h=4.2, color=w)
        qr_fpdf(pdf, rng, sx + 6, 250, 22)
        txt(pdf, 15, 14, vname, 13, "B", color=color)
        para(pdf, 15, 20.5, 120, f"{vaddr}, Tanzania\nP.O. Box {rng.randint(100, 9999)}, Moshi · Tel +255 27 275 {digits(rng, 4)}\nTIN: {tin} · VRN: {vrn}", 8.2, h=4.3)
        para(pdf, 15, 40, 120, f"BILL TO\n{MS_B[i]}\nMoshi, Kilimanjaro", 8.8, h=4.8)
        cols = [("Description", 58, "L"), ("Qty", 12, "R"), ("Unit", 12, "L"), ("Rate (TZS)", 20, "R"), ("Amount (TZS)", 23, "R")]
        rows = [[x["desc"] if len(x["desc"]) < 34 else x["desc"][:33].rsplit(" ", 1)[0] + "\n" + x["desc"][len(x["desc"][:33].rsplit(" ", 1)[0]) + 1 :], qstr(x["qty"]), x["unit"], t_(x["price"]), t_(x["amount"])] for x in items]
        y = table(pdf, 12, 64, cols, rows, size=7.8, rowh=6.2, header_fill=(241, 245, 249))
        y += 6
        rws = [("Sub Total", t_(net), False), ("VAT 18%", t_(tax), False), ("TOTAL (TZS)", t_(total), True)]
        if dep:
            rws += [("Less: deposit paid", "(" + t_(dep) + ")", False), ("Balance due", t_(total - dep), True)]
        y = totals(pdf, 62, y, rws, wl=36, wv=35, size=9, line=color, step=6)
        y = para(pdf, 12, y + 4, 123, f"Amount in words: {words}.", 8.2, "B", h=4.4)
        para(pdf, 12, y + 3, 123, f"For reference only: USD {en(usd)} at TZS {en(rate, 0)} per USD (BoT indicative rate). VAT is charged at 18% under the VAT Act, 2014. "
             + ("Payment within the due date quoted on the right." if due else "Paid cash on delivery against EFD receipt."), 7.6, h=4, color=(70, 70, 70))
        txt(pdf, 12, 280, "Page 1 of 1 · Thank you for your business · Asante kwa biashara yako", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Moshi (Kilimanjaro, Tanzania) TAX INVOICE in English with the facts in a coloured RIGHT SIDEBAR as label above value (Invoice No., Invoice Date, Due Date or Terms, LPO No., Delivery Note, Customer TIN, EFD receipt, Z-number, bank), VAT 18 %, whole shillings '1,234,567', the total in WORDS, a USD counter-value"
        + (", a DEPOSIT deducted below the total and a balance due" if dep else "") + ": "
        "vendor = the name at the top left; vendor_tax_id = 'TIN' under the address (nnn-nnn-nnn; the VRN, the 'Customer TIN', the EFD receipt and Z-number, the bank account and the Lipa number are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Cash on delivery", "Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Sub Total'; tax = 'VAT 18%'; total = 'TOTAL (TZS)'" + (" (before the deposit; the balance is a decoy)" if dep else "") + "; the USD amount is a decoy. Currency TZS. Line items: every row, excl. VAT."
    )
    t = truth(vname, tin, no, po, d, due, "TZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tin, "TOTAL (TZS)", fd(due) if due else None, btin, vrn, words, "USD " + en(usd)]}
    return t, chk, render


# =========================================================================== 10 Porto-Novo (TVA 18, XOF whole), business letter
PN_V = [
    ("OUÉMÉ BÂTIMENT ET TRAVAUX SARL", "Quartier Ouando, 01 BP 1 245 Porto-Novo", (127, 29, 29), "travaux de réfection"),
    ("IMPRIMERIE DE LA LAGUNE SA", "Avenue Victor Ballot, 01 BP 312 Porto-Novo", (30, 64, 175), "travaux d'impression"),
    ("CABINET ADJARRA CONSEILS SARL", "Boulevard Extérieur, Djassin, 01 BP 887 Porto-Novo", (21, 94, 117), "prestations de conseil"),
    ("SOCIÉTÉ AKPRO INFORMATIQUE SARL", "Carrefour Catchi, 01 BP 2 019 Porto-Novo", (88, 28, 135), "fournitures informatiques"),
]
PN_B = [("Monsieur le Maire", "Mairie de Porto-Novo", "Place de l'Hôtel de Ville, Porto-Novo"),
        ("Monsieur le Recteur", "Université d'Abomey-Calavi", "01 BP 526 Cotonou"),
        ("Madame la Directrice Générale", "Société Béninoise des Palmeraies SA", "Zone industrielle de Sèmè-Kpodji"),
        ("Monsieur le Directeur Administratif et Financier", "Centre Hospitalier Départemental de l'Ouémé", "Porto-Novo")]
PN_ROWS = [
    [("réfection de la toiture en tôles bac", "m²", 40, 600, 6500, 12500), ("peinture des façades", "m²", 80, 1200, 1800, 3500), ("remplacement des menuiseries", "unité", 4, 30, 65000, 140000)],
    [("impression de registres d'état civil", "unité", 100, 2000, 2500, 6500), ("impression d'affiches A2", "unité", 50, 1000, 900, 2200), ("reliure de documents", "unité", 20, 400, 1500, 3500)],
    [("mission d'audit organisationnel", "jour", 3, 20, 180000, 350000), ("formation du personnel", "séance", 1, 6, 350000, 750000)],
    [("ordinateurs portables Core i7", "unité", 2, 20, 520000, 780000), ("imprimantes multifonctions", "unité", 1, 6, 185000, 420000), ("licences bureautiques annuelles", "licence", 2, 30, 55000, 98000), ("installation et configuration", "forfait", 1, 1, 150000, 450000)],
]


@style("10", "bj_pno_porto_novo_lettre_facture_tva_18_xof_words")
def s10(rng, i):
    vname, vaddr, color, what = PN_V[i]
    civ, bname, baddr = PN_B[i]
    d = rand_date(rng)
    items = lines(rng, PN_ROWS[i], [3, 3, 2, 4][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    adv = q0(total * D("0.4")) if i == 0 else None
    ifu = f"3{digits(rng, 12)}"
    bifu = f"{rng.choice(['1', '2', '3'])}{digits(rng, 12)}"
    no = [f"FN/{d.year}/{rng.randint(100, 999)}", f"ILG-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/CAC/{d.year}", f"SAI{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [fr_date, fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 3) else None
    po = [f"{rng.randint(100, 999)}/MPN/SG/{d.year}", None, f"BC-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/CHDO/DAF"][i]
    mecef = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(6))
    words = f"{fr_words(int(total))} francs CFA"
    words = words[0].upper() + words[1:]
    f = lambda x: f"{sp(x, 0)} F CFA"  # noqa: E731
    table_ = i in (0, 3)

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 13.5, "B", font="Serif", color=color)
        txt(pdf, 20, 21, vaddr + f" · Tél. (+229) 01 20 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.4, font="Serif")
        txt(pdf, 20, 25.5, f"IFU : {ifu} · RCCM RB/PNO/{rng.randint(10, 24)} B {rng.randint(100, 9999)}", 8.4, font="Serif")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.line(20, 30, 190, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 20, 36, f"Nos réf. : {no}", 9, font="Serif", color=(80, 80, 80))
        txt(pdf, 20, 41, "Vos réf. : " + (po if po else "—"), 9, font="Serif", color=(80, 80, 80))
        txt(pdf, 110, 36, f"Porto-Novo, le {fd(d)}", 10, font="Serif")
        ya = para(pdf, 110, 46, 80, f"À l'attention de\n{civ}\n{bname}\n{baddr}\nIFU : {bifu}", 10, font="Serif", h=5)
        y = para(pdf, 20, max(80, ya + 6), 170, f"Objet : facture n° {no} – {what}", 10.5, "B", font="Serif", h=5.5)
        y = para(pdf, 20, y + 4, 170, f"{civ},", 10.5, font="Serif", h=5.5)
        ref = f" commandés par votre bon de commande n° {po}" if po else ""
        y = para(pdf, 20, y + 2, 170, f"Suite à l'exécution des {what}{ref}, nous vous prions de trouver ci-après notre facture n° {no}, établie ce jour, {fd(d)}.", 10.5, font="Serif", h=5.5)
        if table_:
            cols = [("Désignation", 82, "L"), ("Qté", 18, "R"), ("Prix unitaire", 34, "R"), ("Montant HT", 36, "R")]
            rows = [[x["desc"], qstr(x["qty"]), sp(x["price"], 0), sp(x["amount"], 0)] for x in items]
            y = table(pdf, 20, y + 4, cols, rows, size=9, font="Serif", rowh=6.5, header_fill=(243, 243, 243)) + 2
        else:
            for x in items:
                y = para(pdf, 26, y + 1.5, 164, f"• {x['desc'][0].upper() + x['desc'][1:]} : {qstr(x['qty'])} {x['unit']} au prix unitaire de {sp(x['price'], 0)} F CFA, soit {sp(x['amount'], 0)} F CFA hors taxes ;", 10.5, font="Serif", h=5.5)
        y = para(pdf, 20, y + 3, 170, f"Le total hors taxes est de {f(net)}. La taxe sur la valeur ajoutée au taux de 18 % s'élève à {f(tax)}. Le montant toutes taxes comprises de la présente facture est donc de {f(total)}.", 10.5, font="Serif", h=5.5)
        if adv:
            y = para(pdf, 20, y + 2, 170, f"Compte tenu de l'avance de {f(adv)} que vous nous avez versée à la commande, le solde restant dû s'établit à {f(total - adv)}.", 10.5, font="Serif", h=5.5)
        acct = f"BJ{digits(rng, 2)} BJ{rng.randint(10, 99)}{digits(rng, 1)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}"
        pay = (f"Nous vous serions obligés de bien vouloir en effectuer le règlement au plus tard le {fd(due)}, par virement au compte {acct} ouvert à {rng.choice(['Ecobank Bénin', 'BOA Bénin', 'Orabank Bénin'])}."
               if due else f"Cette facture est payable à réception, par chèque à l'ordre de {vname} ou par virement au compte {acct}.")
        y = para(pdf, 20, y + 2, 170, pay, 10.5, font="Serif", h=5.5)
        y = para(pdf, 20, y + 3, 170, f"Arrêtée la présente facture à la somme de {words} toutes taxes comprises.", 10.5, "I", font="Serif", h=5.5)
        y = para(pdf, 20, y + 3, 170, f"Dans l'attente de votre règlement, nous vous prions d'agréer, {civ}, l'assurance de notre parfaite considération.", 10.5, font="Serif", h=5.5)
        txt(pdf, 120, y + 6, "Le Gérant", 10, font="Serif")
        txt(pdf, 120, y + 20, rng.choice(["Koffi Adjovi", "Rachidatou Soglo", "Fiacre Hounkpatin"]), 10, "B", font="Serif")
        yq = min(max(250, y + 28), 262)
        qr_fpdf(pdf, rng, 20, yq, 18)
        para(pdf, 44, yq + 2, 146, f"Facture normalisée – Code MECeF/DGI : {mecef}\nMECeF NIM : ED{digits(rng, 8)} · Compteurs : {rng.randint(10, 999)}/{rng.randint(1000, 9999)} FV", 7.4, font="Serif", h=4, color=(80, 80, 80))
        txt(pdf, 20, 282, "Page 1/1", 7.4, font="Serif", color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Porto-Novo (Benin) FACTURE written as a BUSINESS LETTER in French in a serif font: the facts and totals in RUNNING SENTENCES ('notre facture n° …, établie ce jour, …', "
        "'Le total hors taxes est de …. La taxe sur la valeur ajoutée au taux de 18 % s'élève à …. Le montant toutes taxes comprises … est donc de …')"
        + (", the lines in a small table" if table_ else ", NO TABLE (a bulleted sentence per line)")
        + ", whole francs '1 234 567 F CFA', the total in WORDS ('Arrêtée la présente facture à la somme de')"
        + (", an ADVANCE deducted after the total ('le solde restant dû')" if adv else "") + ": "
        "vendor = the letterhead; vendor_tax_id = 'IFU' under the letterhead (13 digits; the addressee's IFU, the RCCM, the bank account, the MECeF code and NIM are decoys). "
        "invoice_number = 'facture n°' (also 'Nos réf.'); invoice_date = the letter's date 'Porto-Novo, le …' (= 'établie ce jour'). "
        + due_note(due, "payable à réception", "au plus tard le")
        + po_note(po, "bon de commande n° (also 'Vos réf.')")
        + "subtotal = 'total hors taxes'; tax = the TVA 's'élève à'; total = 'montant toutes taxes comprises'" + (" (before the advance; the balance is a decoy)" if adv else "")
        + ". Currency XOF ('F CFA'). Line items: every line, HT."
    )
    t = truth(vname, ifu, no, po, d, due, "XOF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ifu, "toutes taxes comprises", fd(due) if due else None, bifu, words, mecef]}
    return t, chk, render
