"""fpdf2 styles for set 54, second part (09 Polokwane TAX INVOICE in English where each fact's LABEL stands at the END
of a ruled line and its value on the NEXT line, VAT 15 %, rand '1 234.56', a deposit deducted on two; 10 Yaoundé
FACTURE as a BUSINESS LETTER in French, the facts and totals in RUNNING SENTENCES, TVA 19,25 %, whole francs CFA, the
total in words, an advance deducted on one)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import digits, new_fpdf, q0, q2, qstr, rand_date, sp, spd, style_registry, table, txt
from kit_common import due_note, fr_date, lines, para, po_note, qr_fpdf, totals, truth
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Polokwane (VAT 15, ZAR), labels at the line's end
PK_V = [
    ("Mokopane Road Earthmoving (Pty) Ltd", "14 Nikkel Street, Ladanna, Polokwane, 0699", (180, 83, 9)),
    ("Limpopo Citrus Packers (Pty) Ltd", "Plot 22, Tzaneen Road, Polokwane, 0700", (21, 128, 61)),
    ("Peter Mokaba Events & Sound CC", "45 Thabo Mbeki Street, Polokwane, 0699", (124, 58, 237)),
    ("Seshego Office Supplies (Pty) Ltd", "3 Grobler Street, Polokwane Central, 0700", (3, 105, 161)),
]
PK_B = ["Capricorn District Municipality", "Fruit Farm Exports (Pty) Ltd, Tzaneen", "University of Limpopo, Turfloop", "Limpopo Department of Education"]
PK_ROWS = [
    [("TLB hire with operator, per hour", "hr", 8, 120, 650, 980), ("Tipper truck 10 m³, per load", "load", 2, 40, 1800, 3200), ("Excavator 20 t, per day", "day", 1, 10, 9500, 16500), ("Mobilisation and de-mobilisation", "each", 1, 1, 4500, 12000)],
    [("Valencia oranges, 15 kg carton", "ctn", 50, 1200, 95, 180), ("Lemons Eureka, 15 kg carton", "ctn", 20, 600, 120, 210), ("Cold storage, pallet per week", "plt", 4, 60, 180, 320), ("Phytosanitary inspection fee", "each", 1, 2, 650, 1400)],
    [("PA system with engineer, per day", "day", 1, 3, 6500, 14500), ("Stage 8 x 6 m with roof", "day", 1, 3, 12000, 28000), ("LED screen 3 x 2 m", "day", 1, 3, 9000, 18000), ("Generator 60 kVA incl. diesel", "day", 1, 3, 4500, 8500)],
    [("Copy paper A4 80 g, box of 5 reams", "box", 5, 120, 289, 420), ("Toner cartridge, black", "each", 2, 30, 890, 2150), ("Lever-arch files, box of 10", "box", 2, 40, 190, 340), ("Office chair, medium back", "each", 1, 20, 1450, 2890)],
]


@style("09", "za_plk_polokwane_tax_invoice_vat_15_label_eol_deposit")
def s09(rng, i):
    vname, vaddr, color = PK_V[i]
    d = rand_date(rng)
    items = lines(rng, PK_ROWS[i], [4, 3, 3, 4][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    dep = q2(total * D(rng.choice(["0.25", "0.4", "0.5"]))) if i in (0, 2) else None
    vid = "4" + digits(rng, 9)
    bvat = "4" + digits(rng, 9)
    no = [f"INV{rng.randint(10000, 99999)}", f"LCP-{d.year}-{rng.randint(100, 999)}", f"PM{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"SOS/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=rng.choice([7, 30, 30])) if i != 2 else None
    po = [f"CDM/PO/{rng.randint(10000, 99999)}", f"FFE{rng.randint(100000, 999999)}", None, f"LDoE-{rng.randint(1000, 9999)}"][i]
    r = lambda x: "R " + spd(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Sage Business Cloud Accounting")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 4, 20, "F")
        txt(pdf, 22, 12, vname, 14, "B", color=color)
        txt(pdf, 22, 19, vaddr, 8.4)
        txt(pdf, 22, 24, f"Reg. No. {rng.randint(2005, 2022)}/{digits(rng, 6)}/07 · Tel 015 {digits(rng, 3)} {digits(rng, 4)} · VAT No. {vid}", 8.4)
        txt(pdf, 135, 34, "TAX INVOICE", 18, "B", w=60, align="R")
        facts = [("Issued as a tax invoice under", "Invoice No.", no), ("Issued on the date below", "Date", fd(d))]
        if due:
            facts.append(("Payment to reach us by", "Due Date", fd(due)))
        if po:
            facts.append(("Against your official order", "Order No.", po))
        facts.append(("Delivered under", "Delivery Note", f"DN{rng.randint(10000, 99999)}"))
        facts.append(("Your VAT registration", "Customer VAT No.", bvat))
        y = 46
        pdf.set_draw_color(150, 150, 150)
        for lead, lab, v in facts:
            txt(pdf, 110, y, lead, 7.2, color=(110, 110, 110))
            txt(pdf, 165, y, lab, 8, "B", w=30, align="R")
            pdf.line(110, y + 4.2, 195, y + 4.2)
            txt(pdf, 110, y + 5.2, v, 9.4, "B", w=85, align="R")
            y += 11
        para(pdf, 15, 46, 85, f"INVOICE TO\n{PK_B[i]}\n{rng.choice(['Civic Centre, Landdros Mare Street', 'PO Box 1166', 'Private Bag X1106', '113 Biccard Street'])}\nPolokwane, Limpopo", 8.6, h=4.8)
        cols = [("Description", 80, "L"), ("Qty", 14, "R"), ("Unit", 16, "L"), ("Unit price excl.", 35, "R"), ("Amount excl. VAT", 35, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], spd(x["price"]), spd(x["amount"])] for x in items]
        y0 = max(y, 80) + 4
        y = table(pdf, 15, y0, cols, rows, size=8.3, rowh=6.4, header_fill=(241, 245, 249))
        y += 6
        rws = [("Total excl. VAT", r(net), False), ("VAT 15%", r(tax), False), ("Total incl. VAT", r(total), True)]
        if dep:
            rws += [("Less deposit received", "-" + r(dep), False), ("Balance due", r(total - dep), True)]
        totals(pdf, 118, y, rws, wl=40, wv=37, size=9.2, line=color, step=6.2)
        para(pdf, 15, y, 95, f"Banking details: {rng.choice(['FNB', 'Standard Bank', 'ABSA'])}, Polokwane branch, branch code {digits(rng, 6, True)}, cheque account {digits(rng, 11, True)}. Reference: {no}.\n" + ("Payment terms: " + str((due - d).days) + " days." if due else "Balance payable on the day of the event.") + " Prices in South African Rand.", 8, h=4.4, color=(60, 60, 60))
        qr_fpdf(pdf, rng, 15, 250, 20)
        txt(pdf, 40, 268, f"{vname} · B-BBEE Level {rng.randint(1, 4)} contributor · Page 1 of 1", 7.2, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Polokwane (Limpopo, South Africa) TAX INVOICE in English where every fact's LABEL stands at the END of a ruled line of text (in bold at the right) and its value on the NEXT line, VAT 15 %, 'R 1 234.56'"
        + (", a DEPOSIT deducted below the total and a balance due" if dep else "") + ": "
        "vendor = the name at the top; vendor_tax_id = 'VAT No.' in the header line (10 digits from 4; the company Reg. No., the 'Customer VAT No.', the bank account and branch code are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (the delivery note is a decoy). "
        + due_note(due, "Balance payable on the day of the event", "Due Date")
        + po_note(po, "Order No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 15%'; total = 'Total incl. VAT'" + (" (before the deposit; the balance due is a decoy)" if dep else "")
        + ". Currency ZAR ('R'). Line items: every row, excl. VAT."
    )
    t = truth(vname, vid, no, po, d, due, "ZAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total incl. VAT", fd(due) if due else None, bvat, r(total - dep) if dep else None]}
    return t, chk, render


# =========================================================================== 10 Yaoundé (TVA 19,25, XAF), business letter, words
YA_V = [
    ("SOCIÉTÉ MFOUNDI CONSEIL SARL", "Rue 1.750 Bastos, BP 14 532 Yaoundé", (30, 64, 120), "prestations de conseil"),
    ("IMPRIMERIE NLONGKAK SA", "Quartier Nlongkak, BP 8 210 Yaoundé", (120, 40, 30), "travaux d'impression"),
    ("MEFOU TRANSPORTS ET LOGISTIQUE SARL", "Carrefour Mvan, BP 3 911 Yaoundé", (20, 90, 60), "prestations de transport"),
    ("CENTRE INFORMATIQUE DU MONT FÉBÉ SARL", "Avenue Kennedy, BP 25 017 Yaoundé", (70, 40, 110), "fournitures et services informatiques"),
]
YA_B = [("Monsieur le Directeur Général", "Cameroon Development Bank Holding", "Boulevard du 20 Mai, Yaoundé"),
        ("Monsieur le Secrétaire Général", "Université de Yaoundé I", "BP 337 Yaoundé"),
        ("Madame la Directrice des Achats", "Brasseries du Centre SA", "Zone industrielle de Nsam, Yaoundé"),
        ("Monsieur le Chef du Service Administratif", "Hôpital Central de Yaoundé", "Rue Henri Dunant, Yaoundé")]
YA_ROWS = [
    [("mission de diagnostic organisationnel", "jour", 2, 15, 150000, 350000), ("atelier de restitution", "séance", 1, 2, 250000, 600000), ("rédaction du manuel de procédures", "forfait", 1, 1, 900000, 2500000)],
    [("impression de rapports annuels, 120 pages", "ex.", 50, 800, 4500, 12000), ("impression de dépliants A4 quadri", "ex.", 500, 5000, 150, 450), ("reliure spirale", "ex.", 50, 600, 500, 1500)],
    [("transport de conteneurs 40 pieds Douala–Yaoundé", "voyage", 1, 12, 650000, 950000), ("manutention au magasin", "tonne", 5, 120, 3500, 8000), ("stockage, palette par semaine", "palette", 10, 200, 1500, 3500)],
    [("ordinateurs de bureau Core i5", "unité", 2, 20, 385000, 620000), ("onduleurs 1500 VA", "unité", 2, 20, 85000, 160000), ("installation du réseau, point", "point", 4, 60, 25000, 45000), ("contrat de maintenance annuel", "forfait", 1, 1, 450000, 1200000)],
]


@style("10", "cm_yao_yaounde_lettre_facture_tva_19_25_xaf_words")
def s10(rng, i):
    vname, vaddr, color, what = YA_V[i]
    civ, bname, baddr = YA_B[i]
    d = rand_date(rng)
    items = lines(rng, YA_ROWS[i], [2, 3, 3, 3][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.1925"))
    total = net + tax
    adv = q0(total * D("0.3")) if i == 2 else None
    niu = f"M{digits(rng, 12)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    bniu = f"M{digits(rng, 12)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    no = [f"{rng.randint(1, 300):03d}/MC/{d.year}", f"FN-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(100, 999)}/MTL", f"CIMF-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date, fr_date][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    po = [f"{rng.randint(100, 999)}/DG/CDBH/{d.year}", None, f"{rng.randint(4500000, 4599999)}", f"LC N° {rng.randint(100, 999)}/HCY"][i]
    po_v = po.replace("LC N° ", "") if po else None
    words = f"{fr_words(int(total))} francs CFA"
    words = words[0].upper() + words[1:]
    f = lambda x: f"{sp(x, 0)} FCFA"  # noqa: E731
    table_ = i in (1, 3)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 20, 21, vaddr + f" · Tél. (+237) 222 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.4, font="Serif")
        pdf.set_draw_color(*color)
        pdf.line(20, 27, 190, 27)
        txt(pdf, 115, 34, f"Yaoundé, le {fd(d)}", 10, font="Serif")
        para(pdf, 115, 44, 75, f"{civ}\n{bname}\n{baddr}\nNIU : {bniu}", 10, font="Serif", h=5)
        txt(pdf, 20, 72, f"N/Réf. : {no}", 9, font="Serif", color=(80, 80, 80))
        txt(pdf, 20, 79, f"Objet : Facture n° {no}", 10.5, "B", font="Serif")
        y = para(pdf, 20, 90, 170, f"{civ},", 10.5, font="Serif", h=5.5)
        ref = f", conformément à votre bon de commande n° {po_v}" if po and i != 3 else (f", en exécution de la lettre-commande n° {po_v}" if po else "")
        y = para(pdf, 20, y + 3, 170, f"Nous avons l'honneur de vous adresser notre facture n° {no} du {fd(d)} relative aux {what} que nous avons réalisées pour votre compte{ref}.", 10.5, font="Serif", h=5.5)
        if table_:
            cols = [("Désignation", 80, "L"), ("Quantité", 22, "R"), ("Prix unitaire HT", 34, "R"), ("Montant HT", 34, "R")]
            rows = [[x["desc"], qstr(x["qty"]), sp(x["price"], 0), sp(x["amount"], 0)] for x in items]
            y = table(pdf, 20, y + 4, cols, rows, size=9, font="Serif", rowh=6.5, header_fill=(240, 240, 240)) + 2
        else:
            y = para(pdf, 20, y + 3, 170, "Elle se décompose comme suit :", 10.5, font="Serif", h=5.5)
            for k, x in enumerate(items):
                end = "." if k == len(items) - 1 else " ;"
                y = para(pdf, 26, y + 1, 164, f"– {x['desc']} : {qstr(x['qty'])} {x['unit']} à {sp(x['price'], 0)} FCFA HT, soit {sp(x['amount'], 0)} FCFA{end}", 10.5, font="Serif", h=5.5)
        s = (f"Le montant hors taxes s'élève à {f(net)}, auquel s'ajoute la TVA au taux de 19,25 % (centimes additionnels communaux compris), soit {f(tax)}, "
             f"ce qui porte le montant total toutes taxes comprises à {f(total)}.")
        y = para(pdf, 20, y + 3, 170, s, 10.5, font="Serif", h=5.5)
        if adv:
            y = para(pdf, 20, y + 2, 170, f"Déduction faite de l'avance de démarrage de {f(adv)} perçue le {fd(d - dt.timedelta(days=rng.randint(20, 60)))}, il reste à nous régler la somme de {f(total - adv)}.", 10.5, font="Serif", h=5.5)
        pay = (f"Nous vous saurions gré de bien vouloir procéder au règlement au plus tard le {fd(due)}, par virement au compte n° 10005 00001 {digits(rng, 11)} {digits(rng, 2)} ouvert à Afriland First Bank, Yaoundé."
               if due else "Cette facture est payable à réception, par chèque ou par virement au compte n° 10005 00001 " + digits(rng, 11) + " " + digits(rng, 2) + " ouvert à Afriland First Bank.")
        y = para(pdf, 20, y + 2, 170, pay, 10.5, font="Serif", h=5.5)
        y = para(pdf, 20, y + 3, 170, f"Arrêtée la présente facture à la somme de {words} toutes taxes comprises.", 10.5, "B", font="Serif", h=5.5)
        y = para(pdf, 20, y + 3, 170, f"Nous vous prions d'agréer, {civ}, l'expression de nos salutations distinguées.", 10.5, font="Serif", h=5.5)
        txt(pdf, 120, y + 8, "Le Directeur Général", 10, font="Serif")
        txt(pdf, 120, y + 26, rng.choice(["Jean-Paul Mbarga", "Aminatou Bello", "Serge Ndzana Owona"]), 10, "B", font="Serif")
        pdf.line(20, 278, 190, 278)
        txt(pdf, 20, 280, f"{vname.split()[-1]} au capital de {sp(D(rng.choice([1000000, 10000000, 5000000])), 0)} FCFA · RCCM RC/YAO/{rng.randint(2005, 2021)}/B/{rng.randint(100, 9999)} · NIU {niu}", 7, font="Serif", color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Yaoundé (Cameroon) FACTURE written as a BUSINESS LETTER in French in a serif font: the facts and totals in RUNNING SENTENCES ('notre facture n° … du …', "
        "'Le montant hors taxes s'élève à …, … la TVA au taux de 19,25 % …, soit …, … le montant total toutes taxes comprises à …')"
        + (", the lines in a small table" if table_ else ", NO TABLE (one sentence per line)")
        + ", whole francs '1 234 567 FCFA', the total in WORDS ('Arrêtée la présente facture à la somme de')"
        + (", an ADVANCE deducted after the total ('il reste à nous régler')" if adv else "") + ": "
        "vendor = the letterhead; vendor_tax_id = 'NIU' in the footer (M + 12 digits + letter; the addressee's NIU, the RCCM, the bank account are decoys). "
        "invoice_number = 'Facture n°' (also 'N/Réf.'); invoice_date = the letter's date 'Yaoundé, le …' (= 'du …' in the first sentence). "
        + due_note(due, "payable à réception", "au plus tard le")
        + po_note(po_v, "bon de commande n°" if i != 3 else "lettre-commande n° (LC N°)")
        + "subtotal = 'montant hors taxes'; tax = the TVA 'soit …'; total = 'montant total toutes taxes comprises'" + (" (before the advance; the rest to pay is a decoy)" if adv else "")
        + ". Currency XAF ('FCFA'). Line items: every line, HT."
    )
    t = truth(vname, niu, no, po_v, d, due, "XAF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, niu, "toutes taxes comprises", fd(due) if due else None, bniu, words]}
    return t, chk, render
