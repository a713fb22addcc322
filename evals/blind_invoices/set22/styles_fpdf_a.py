"""fpdf2 styles for set 22, first part (06 St Kitts and Nevis funeral home's invoice with professional services,
merchandise and cash advances outside VAT, VAT 17 % in EC dollars, 07 Martinique school bookshop's facture to a school
with line discounts, TVA 2,1 % on books and 8,5 % on supplies and a TVA recap, over two pages on two, 08 Saint-Pierre-
et-Miquelon moving company's facture with loading and delivery boxes, storage, an ad valorem insurance row and no TVA)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, due_note, po_note
from kit_common import kv, truth
from invoice_kit import (
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import en_date, fr_date, frame, lines, para, totals, us_date
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret

STYLES, style = style_registry("fpdf2")


def _siret_pair(rng):
    """A SIREN valid under python-stdnum and a SIRET of its first establishment, both formatted with spaces."""
    siren9 = valid(rng, lambda: digits(rng, 9, True), _siren.is_valid)
    nic = valid(rng, lambda: f"000{rng.randint(10, 99)}", lambda s: _siret.is_valid(siren9 + s))
    return siren9, _siret.format(siren9 + nic)


# =========================================================================== 06 St Kitts and Nevis funeral home (VAT Reg. No., VAT 17 %, cash advances outside VAT, EC$)
KN_V = [("Basseterre Memorial Chapel Ltd.", "Cayon Street, Basseterre, St. Kitts", "465", "1958"), ("Sandy Point Funeral Services Ltd.", "Main Street, Sandy Point, St. Kitts", "465", "1974"),
        ("Charlestown Funeral Home Ltd.", "Government Road, Charlestown, Nevis", "469", "1966"), ("Cayon Valley Funeral Parlour Ltd.", "Cayon Village, St. Kitts", "465", "1989")]
KN_B = [("Mrs. Gloria Liburd", "Newtown, Basseterre, St. Kitts", "Mr. Clement Liburd"), ("Mr. Vincent Hanley", "Old Road Town, St. Kitts", "Mrs. Iris Hanley"),
        ("Ms. Denise Browne", "Gingerland, Nevis", "Mr. Alphonso Browne"), ("Sugar City Credit Union Ltd. (staff welfare fund)", "Central Street, Basseterre, St. Kitts", "Mr. Rupert Warner")]
KN_SERV = [("Basic services of funeral director and staff", "ea", 1, 1, 1800, 3200), ("Embalming", "ea", 1, 1, 650, 1100), ("Dressing, cosmetology and casketing", "ea", 1, 1, 250, 450),
           ("Use of chapel for viewing", "hr", 2, 4, 120, 200), ("Hearse to church and cemetery", "ea", 1, 1, 450, 700), ("Limousine for the family", "car", 1, 2, 350, 550),
           ("Pallbearer service, six bearers", "ea", 1, 1, 300, 500), ("Refrigeration", "day", 3, 10, 80, 120)]
KN_MERCH = [("Casket, solid mahogany, satin interior", "ea", 1, 1, 4500, 9800), ("Casket, 18-gauge steel, crepe interior", "ea", 1, 1, 3200, 5500),
            ("Memorial service programmes, 8 pages", "ea", 100, 300, 4, 7), ("Guest register book", "ea", 1, 1, 60, 110), ("Floral spray for the casket", "ea", 1, 1, 350, 700),
            ("Burial vault, concrete", "ea", 1, 1, 1200, 1800)]
KN_CASH = [("Cemetery: opening and closing of the grave", "ea", 1, 1, 350, 600), ("Church fee and organist", "ea", 1, 1, 150, 300), ("Obituary notice in the newspaper", "ea", 1, 1, 80, 160),
           ("Radio death announcements", "ea", 3, 6, 25, 40), ("Certified copies of the death certificate", "ea", 2, 6, 10, 20)]


@style("06", "kn_funeral_home_cash_advances")
def s06(rng, i):
    vname, vaddr, exch, est = KN_V[i]
    bname, baddr, late = KN_B[i]
    d = rand_date(rng)
    death = d - dt.timedelta(days=rng.randint(8, 20))
    service = d - dt.timedelta(days=rng.randint(1, 6))
    serv = lines(rng, KN_SERV, rng.randint(4, 7), D("5"))
    casket = rng.randrange(2)
    merch = [lines(rng, [KN_MERCH[casket]], 1, D("5"))[0]] + lines(rng, KN_MERCH[2:], rng.randint(1, 3), D("0.50"))
    cash = lines(rng, KN_CASH, rng.randint(2, 4), D("5"))
    items = serv + merch + cash
    s_sum, m_sum, c_sum = (sum(x["amount"] for x in g) for g in (serv, merch, cash))
    net = s_sum + m_sum + c_sum
    tax = q2((s_sum + m_sum) * D("0.17"))
    total = net + tax
    vat = f"{rng.randint(10, 99)}{digits(rng, 5)}"
    no = [f"BMC-{rng.randint(1000, 4999)}", f"{rng.randint(300, 999)}", f"CFH/{d.strftime('%y')}/{rng.randint(10, 99)}", f"CV{rng.randint(10000, 39999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Balance payable before the funeral service", "", "Payable on receipt"][i]
    po = [None, None, None, f"SCCU-PO-{rng.randint(1000, 9999)}"][i]
    cur = ["EC$", "XCD", "EC$", "XCD"][i]
    deposit = q2(D(rng.randint(20, 60)) * 100) if i in (1, 3) else None
    age = rng.randint(61, 97)

    def render(path):
        pdf = new_fpdf(creator="Funeral Director Pro")
        pdf.add_page()
        ink = (40, 40, 40)
        txt(pdf, 15, 13, vname, 17, "B", font="Serif", align="C", w=180, color=ink)
        txt(pdf, 15, 21.5, f"Established {est} · Funeral directors and embalmers", 8, "I", font="Serif", align="C", w=180)
        txt(pdf, 15, 26, f"{vaddr} · Tel +1 (869) {exch}-{digits(rng, 4)} · VAT Reg. No. {vat}", 8, font="Serif", align="C", w=180)
        pdf.set_draw_color(*ink)
        pdf.line(15, 32, 195, 32)
        pdf.line(15, 33, 195, 33)
        txt(pdf, 15, 37, "INVOICE", 13, "B", font="Serif", align="C", w=180)
        txt(pdf, 15, 43, "Statement of funeral goods and services selected", 8.4, "I", font="Serif", align="C", w=180)
        txt(pdf, 15, 52, "Account of", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 56.5, bname, 9.4, "B", font="Serif")
        txt(pdf, 15, 61.5, baddr, 8.4, font="Serif")
        txt(pdf, 15, 67, f"In loving memory of the late {late}, aged {age}", 8.4, "I", font="Serif")
        y = kv(pdf, 120, 52, [("Invoice No.", no), ("Invoice date", fd(d)), ("Date of death", en_date(death)), ("Funeral service", en_date(service)), ("Purchase order", po), ("Payment due", fd(due) if due else None)],
               wl=30, wv=45, size=8.2, font="Serif", step=4.8)
        cols = [("Description", 104, "L"), ("Qty", 16, "R"), ("Price", 30, "R"), ("Amount", 30, "R")]
        y = max(y, 74) + 4
        for title, group in (("PROFESSIONAL SERVICES", serv), ("MERCHANDISE", merch), ("CASH ADVANCES (paid on your behalf, no VAT)", cash)):
            txt(pdf, 15, y, title, 8.4, "B", font="Serif")
            rows = [[x["desc"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in group]
            y = table(pdf, 15, y + 4.5, cols, rows, size=8.2, font="Serif", rowh=5.6, header_style="I", line_color=(200, 200, 200)) + 4
        trows = [("Professional services", en(s_sum), False), ("Merchandise", en(m_sum), False), ("Cash advances", en(c_sum), False), ("Subtotal", en(net), False),
                 ("VAT 17% (services and merchandise)", en(tax), False), (f"TOTAL {cur}", en(total), True)]
        if deposit:
            trows += [(f"Less deposit received {(d - dt.timedelta(days=rng.randint(3, 9))).strftime('%d/%m/%Y')}", en(deposit), False), ("Balance due", en(total - deposit), False)]
        y2 = totals(pdf, 105, y + 2, trows, wl=60, wv=30, size=8.6, font="Serif", line=ink, step=5.2)
        para(pdf, 15, y + 2, 85, "Cash advances are paid to third parties on the family's behalf and are charged at cost without VAT.", 7.6, "I", font="Serif", h=3.8)
        y = para(pdf, 15, y2 + 5, 180, (f"{term}. " if term else "") + f"Payment by cheque to {vname}, in cash at our office, or by transfer to {rng.choice(['St Kitts-Nevis-Anguilla National Bank Ltd.', 'Republic Bank (St. Kitts) Ltd.', 'Bank of Nevis Ltd.'])}, account {digits(rng, 10)}.", 8, font="Serif", h=4)
        para(pdf, 15, y + 6, 180, "With our deepest sympathy. We thank the family for the trust placed in us.", 8, "I", font="Serif", h=4, align="C")
        pdf.output(path)

    notes = (
        "St Kitts and Nevis funeral home's INVOICE in English ('Statement of funeral goods and services selected'), serif, with three sections (PROFESSIONAL SERVICES, MERCHANDISE, CASH ADVANCES paid to third parties without VAT): vendor = the company name (Ltd.) centred at the top; vendor tax id = 'VAT Reg. No.' (7 digits, shape unverified, random). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yyyy"][i] + "); the date of death and the funeral service date are decoys. "
        + due_note(due, term, "Payment due")
        + po_note(po, "Purchase order")
        + f"subtotal = 'Subtotal' (the three sections, cash advances included); tax = 'VAT 17% (services and merchandise)' (17 % of the first two sections only); total = 'TOTAL {cur}'. The section sums ('Professional services', 'Merchandise', 'Cash advances') above the subtotal are decoys"
        + ("; 'Less deposit received' and 'Balance due' are decoys" if deposit else "")
        + ". Currency XCD. Amounts '1,234.56'. Line items: every row of the three sections (quantity = each, hours, cars, days, programmes, announcements, copies)."
    )
    t = truth(vname, vat, no, po, d, due, "XCD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vat, no, po, vname, f"TOTAL {cur}"], render


# =========================================================================== 07 Martinique school bookshop (TVA intracom., TVA 2,1 % books / 8,5 % supplies, EUR), line discounts, two pages on two
MQ_V = [("Librairie Papeterie du Lamentin SARL", "Zone de la Lézarde", "97232 Le Lamentin", (0, 95, 115)), ("Librairie Antillaise SAS", "12 rue Victor Hugo", "97200 Fort-de-France", (130, 40, 50)),
        ("Papeterie Scolaire du Robert EURL", "Boulevard de la Mer", "97231 Le Robert", (40, 110, 60)), ("Le Comptoir du Livre de Schœlcher SARL", "Route de la Batelière", "97233 Schœlcher", (90, 60, 130))]
MQ_B = [("Collège de Rivière-Pilote – Service d'intendance", "Quartier Desmarinières", "97211 Rivière-Pilote"), ("Lycée polyvalent du Marin – Intendance", "Bourg", "97290 Le Marin"),
        ("Caisse des écoles du Robert", "Hôtel de ville", "97231 Le Robert"), ("Association des parents d'élèves du collège de Sainte-Luce", "Rue Schœlcher", "97228 Sainte-Luce")]
MQ_BOOKS = [("Mathématiques 6e, manuel élève", "22.00", "28.00"), ("Français 5e, manuel élève", "21.00", "27.00"), ("Histoire-Géographie 4e, manuel", "23.00", "29.00"),
            ("Physique-Chimie 3e, manuel", "22.00", "28.00"), ("SVT cycle 4, manuel", "24.00", "30.00"), ("Anglais 6e, workbook", "9.00", "14.00"),
            ("Dictionnaire de français, édition collège", "19.00", "25.00"), ("Atlas des Antilles et de la Guyane", "14.00", "19.00"), ("Cahier de vacances 5e", "7.00", "10.00"),
            ("Espagnol 4e, manuel élève", "22.00", "27.00"), ("Roman au programme de 3e, poche", "6.00", "9.50"), ("Lexique créole-français", "12.00", "18.00"),
            ("Technologie cycle 4, manuel", "23.00", "29.00"), ("Éducation musicale, cahier d'activités", "8.00", "12.00")]
MQ_SUPPLIES = [("Cahier 24 x 32, 96 p., grands carreaux", "1.20", "2.40"), ("Classeur A4, dos 40 mm", "2.50", "4.50"), ("Stylo bille bleu, boîte de 50", "9.00", "14.00"),
               ("Calculatrice collège", "14.00", "22.00"), ("Ramette papier A4 80 g", "4.50", "7.00"), ("Copies doubles A4, paquet de 200", "4.00", "7.00"),
               ("Feutres tableau blanc, pochette de 4", "3.50", "6.00"), ("Équerre 21 cm", "0.80", "1.60"), ("Trousse de géométrie", "4.00", "8.00"), ("Agenda scolaire", "4.00", "8.00"),
               ("Colle en bâton 21 g", "0.80", "1.50"), ("Pochettes plastiques, paquet de 100", "3.00", "6.00"), ("Crayons de couleur, boîte de 24", "3.20", "5.80"),
               ("Cahier de travaux pratiques 17 x 22", "0.90", "1.80"), ("Protège-cahiers 24 x 32", "0.40", "0.90"), ("Surligneurs, pochette de 4", "2.20", "4.20"),
               ("Ciseaux à bouts ronds", "1.10", "2.40"), ("Gomme blanche", "0.30", "0.80"), ("Taille-crayon avec réservoir", "0.60", "1.40"), ("Règle plate 30 cm", "0.50", "1.20"),
               ("Compas avec bague", "3.00", "6.50"), ("Cahier de textes", "2.20", "4.00"), ("Porte-vues 60 vues", "2.40", "4.80"), ("Crayons à papier HB, boîte de 12", "2.00", "3.80")]


@style("07", "mq_librairie_scolaire_deux_taux_tva")
def s07(rng, i):
    vname, vstreet, vcity, color = MQ_V[i]
    bname, bstreet, bcity = MQ_B[i]
    d = rand_date(rng)
    long_doc = i in (0, 2)
    nb = rng.randint(10, 12) if long_doc else rng.randint(4, 6)
    ns = rng.randint(15, 20) if long_doc else rng.randint(5, 8)
    items = []
    for desc, lo, hi in rng.sample(MQ_BOOKS, nb):
        items.append({"desc": desc, "qty": D(rng.randint(10, 60)), "price": D(rng.randint(int(D(lo) * 10), int(D(hi) * 10))) / 10, "rem": rng.choice([0, 5, 5, 9]), "code": "1"})
    for desc, lo, hi in rng.sample(MQ_SUPPLIES, ns):
        items.append({"desc": desc, "qty": D(rng.randint(10, 200)), "price": D(rng.randint(int(D(lo) * 20), int(D(hi) * 20))) / 20, "rem": rng.choice([0, 0, 10, 15]), "code": "2"})
    for x in items:
        x["ref"] = f"{'LIV' if x['code'] == '1' else 'PAP'}{rng.randint(1000, 9999)}"
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["rem"]) / 100)
    base1 = sum(x["amount"] for x in items if x["code"] == "1")
    base2 = sum(x["amount"] for x in items if x["code"] == "2")
    tva1, tva2 = q2(base1 * D("0.021")), q2(base2 * D("0.085"))
    net = base1 + base2
    tax = tva1 + tva2
    total = net + tax
    siren9, siret_p = _siret_pair(rng)
    key = (12 + 3 * (int(siren9) % 97)) % 97
    tvano = f"FR {key:02d} {siren9[:3]} {siren9[3:6]} {siren9[6:]}"
    no = [f"FA{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{d.year}-{rng.randint(100, 999)}", f"PSR/{rng.randint(100, 999)}", f"F{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{MONTHS['fr_days'][x.weekday()]} {fr_date(x)}"][i]
    due = [d + dt.timedelta(days=45), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Paiement par mandat administratif à 30 jours", "", "Règlement à réception"][i]
    po = [f"BC {d.year}-{rng.randint(10, 99):03d}", f"EJ {d.year}/{rng.randint(1000, 9999)}", None, None][i]
    po_label = ["Bon de commande n°", "Engagement n°", "", ""][i]
    sumrow = i != 1
    per_page = 24
    tel = f"0596 {rng.randint(50, 79)} {rng.randint(10, 99)} {rng.randint(10, 99)}"

    def header(pdf, pg, pages):
        txt(pdf, 15, 12, vname, 13, "B", color=color)
        txt(pdf, 15, 18.5, f"{vstreet} · {vcity} · Martinique · Tél. {tel}", 7.8)
        txt(pdf, 15, 22.5, f"N° TVA intracommunautaire : {tvano}", 7.8, "B")
        txt(pdf, 15, 284, f"{vname} – SIRET {siret_p} – APE 4761Z – RCS Fort-de-France {_siren.format(siren9)}", 6.8, color=(110, 110, 110), align="C", w=180)
        txt(pdf, 150, 288, f"Page {pg}/{pages}", 6.8, align="R", w=45, color=(110, 110, 110))

    cols = [("Réf.", 18, "L"), ("Désignation", 72, "L"), ("Qté", 13, "R"), ("P.U. HT", 20, "R"), ("Rem. %", 14, "R"), ("Montant HT", 26, "R"), ("TVA", 17, "C")]

    def rows_of(part):
        return [[x["ref"], x["desc"], qstr(x["qty"]), sp(x["price"]), str(x["rem"]) if x["rem"] else "–", sp(x["amount"]), x["code"]] for x in part]

    def render(path):
        pdf = new_fpdf(creator="EBP Gestion Commerciale")
        chunks = [items[:per_page], items[per_page:]] if len(items) > per_page else [items]
        pdf.add_page()
        header(pdf, 1, len(chunks))
        pdf.set_fill_color(*color)
        pdf.rect(130, 10, 65, 10, "F")
        txt(pdf, 130, 12, f"FACTURE N° {no}", 11, "B", align="C", w=65, color=(255, 255, 255))
        y = kv(pdf, 130, 23, [("Date", fd(d)), (po_label, po), ("Échéance", fd(due) if due else None), ("Code client", f"C{rng.randint(1000, 9999)}")], wl=28, wv=37, size=7.8)
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(15, 30, 95, 22)
        txt(pdf, 17, 31.5, "Facturé à :", 7.2, color=(110, 110, 110))
        txt(pdf, 17, 35.5, bname, 8.6, "B")
        txt(pdf, 17, 40.5, bstreet, 8)
        txt(pdf, 17, 44.5, bcity + " – Martinique", 8)
        txt(pdf, 15, 56, f"Fournitures pour la rentrée scolaire {d.year if d.month >= 6 else d.year - 1}-{(d.year if d.month >= 6 else d.year - 1) + 1}, livrées le {(d - dt.timedelta(days=rng.randint(2, 9))).strftime('%d/%m/%Y')}", 8, "I")
        y = table(pdf, 15, max(y, 61), cols, rows_of(chunks[0]), size=7.6, rowh=5.8, header_fill=(232, 238, 240), line_color=(190, 190, 190))
        if len(chunks) > 1:
            txt(pdf, 15, y + 2, "Suite de la facture page 2", 7.4, "I")
            pdf.add_page()
            header(pdf, 2, 2)
            txt(pdf, 130, 12, f"Facture n° {no} (suite)", 10, "B", align="R", w=65)
            y = table(pdf, 15, 32, cols, rows_of(chunks[1]), size=7.6, rowh=5.8, header_fill=(232, 238, 240), line_color=(190, 190, 190))
        y += 5
        rc = [("Code", 12, "C"), ("Taux", 16, "R"), ("Base HT", 26, "R"), ("TVA", 22, "R")]
        table(pdf, 15, y, rc, [["1", "2,1 %", sp(base1), sp(tva1)], ["2", "8,5 %", sp(base2), sp(tva2)]], size=7.4, rowh=5, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        txt(pdf, 15, y + 18, "Code 1 : livres (taux réduit DOM) · code 2 : fournitures (taux normal DOM)", 6.8, "I")
        trows = [("Total HT", sp(net) + " €", False), ("TVA 2,1 %", sp(tva1) + " €", False), ("TVA 8,5 %", sp(tva2) + " €", False)]
        if sumrow:
            trows.append(("Total TVA", sp(tax) + " €", False))
        trows.append(("Net à payer TTC", sp(total) + " €", True))
        y2 = totals(pdf, 120, y, trows, wl=45, wv=30, size=8.4, line=color)
        y = para(pdf, 15, max(y2, y + 24) + 4, 180, (f"Conditions : {term}. " if term else "") + f"Règlement par virement : IBAN {iban_fmt(iban('FR', digits(rng, 10) + digits(rng, 11) + digits(rng, 2)))}. Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.", 7.4, h=3.8)
        pdf.output(path)

    notes = (
        "Martinique school bookshop's FACTURE in French to a school or a parents' association, a table with a discount column ('Rem. %') and a TVA code per row (1 = books at the DOM reduced rate 2,1 %, 2 = supplies at the DOM normal rate 8,5 %)"
        + (", over two pages (the table continues on page 2, the totals on page 2, no carried sums)" if long_doc else "")
        + ": vendor = the company name (SARL/SAS/EURL) at the top left; vendor tax id = 'N° TVA intracommunautaire' (FR, key and SIREN, printed with spaces; the truth as printed; the SIREN valid under python-stdnum's fr.siren); the SIRET, APE and RCS in the footer and the client code are decoys. "
        "invoice_number = the number after 'FACTURE N°' in the coloured box; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd.mm.yyyy", "'jeudi 12 mars 2026'"][i] + "); the delivery date in the italic line is a decoy. "
        + due_note(due, term, "Échéance")
        + po_note(po, po_label)
        + "subtotal = 'Total HT'; tax = 'TVA 2,1 %' + 'TVA 8,5 %'"
        + (", printed as 'Total TVA'" if sumrow else " (no row prints their sum)")
        + "; total = 'Net à payer TTC'. The TVA recap table (code, rate, base, TVA) is a decoy. Currency EUR, amounts '1 234,56' ('€' after the totals). "
        "Line items: every row (quantity = copies or packs; amount = quantity x unit price less the row's discount, rounded to the cent)."
    )
    t = truth(vname, tvano, no, po, d, due, "EUR", net, tax, total, items, notes)
    printed = [fd(d), fd(due) if due else None, tvano, "FACTURE N° " + no, po, vname, "Net à payer TTC"]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(tva1), mt(tva2)]}), render


# =========================================================================== 08 Saint-Pierre-et-Miquelon moving company (SIRET, no TVA, EUR), loading and delivery boxes
PM_V = [("Déménagements de l'Archipel SARL", "4 rue Maître Georges Lefèvre", "97500 Saint-Pierre", (20, 60, 110)), ("Transports Miquelonnais EURL", "Route du Cap", "97500 Miquelon-Langlade", (150, 70, 20)),
        ("Garde-Meubles du Cap à l'Aigle SARL", "Boulevard Port en Bessin", "97500 Saint-Pierre", (50, 100, 50)), ("Saint-Pierre Déménagement Services SAS", "Rue du 11 Novembre", "97500 Saint-Pierre", (110, 30, 80))]
PM_B = [("M. Laurent Detcheverry", "12 rue Amiral Muselier, 97500 Saint-Pierre", "Route de Mirande, 97500 Miquelon-Langlade", "miquelon"),
        ("Mme Sophie Girardin", "8 rue Jacques Cartier, 97500 Saint-Pierre", "Garde-meuble, Boulevard Port en Bessin, Saint-Pierre", "storage"),
        ("Pêcheries de l'Archipel SAS", "Quai de l'Alysse, 97500 Saint-Pierre", "3 rue Boursaint, 97500 Saint-Pierre", "office"),
        ("M. et Mme Briand", "14 rue Sœur Césarine, 97500 Saint-Pierre", "Port de Saint-Pierre, conteneur pour Halifax (Canada)", "export")]
PM_EXTRA = [("Cartons standard 55 x 35 x 30", "u", 20, 80, "2.50", "3.80"), ("Cartons penderie", "u", 2, 8, "9.00", "14.00"), ("Emballage de la vaisselle et des objets fragiles", "forfait", 1, 1, "120.00", "260.00"),
            ("Démontage et remontage du mobilier", "h", 2, 10, "38.00", "52.00"), ("Monte-meubles avec opérateur, demi-journée", "u", 1, 1, "180.00", "320.00")]


@style("08", "pm_demenagement_garde_meuble")
def s08(rng, i):
    vname, vstreet, vcity, color = PM_V[i]
    bname, origin, dest, kind = PM_B[i]
    d = rand_date(rng)
    load = d - dt.timedelta(days=rng.randint(3, 15))
    vol = D(rng.randint(90, 520)) / 10
    items = [{"desc": f"Déménagement de {de_(vol)} m³ : chargement, transport, déchargement", "unit": "m³", "qty": vol, "price": D(rng.randint(38 * 4, 65 * 4)) / 4}]
    items += lines(rng, PM_EXTRA, rng.randint(2, 4), D("0.10"), halves=True)
    if kind == "miquelon":
        items.append({"desc": "Traversée Saint-Pierre – Miquelon, fret par le bac", "unit": "m³", "qty": vol, "price": D(rng.randint(18 * 4, 30 * 4)) / 4})
    if kind == "storage":
        months = rng.randint(2, 6)
        items.append({"desc": f"Garde-meuble {de_(vol)} m³, {months} mois à compter du {load.strftime('%d/%m/%Y')}", "unit": "mois", "qty": D(months), "price": exact_price(rng, D(months), D(90), D(240), D("0.50"))})
    if kind == "export":
        items.append({"desc": "Mise en conteneur 20 pieds et formalités d'embarquement", "unit": "forfait", "qty": D(1), "price": exact_price(rng, D(1), D(450), D(900), D(5))})
    value = D(rng.randint(8, 60) * 1000)
    items.append({"desc": f"Assurance ad valorem, valeur déclarée {sp(value, 0)} € au taux de 0,6 %", "unit": "", "qty": None, "price": None, "amount": q2(value * D("0.006")), "show_qty": False})
    for x in items:
        if "amount" not in x:
            x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    siren9, siret_p = _siret_pair(rng)
    no = [f"DA-{d.year}-{rng.randint(100, 999):04d}", f"TM {rng.randint(10, 199):03d}/{d.strftime('%y')}", f"GMCA{d.strftime('%y')}{rng.randint(100, 999)}", f"SPDS-{rng.randint(1000, 4999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Solde à la livraison", "", "Paiement à réception de facture"][i]
    po = [None, None, f"PDA-BC-{rng.randint(1000, 9999)}", None][i]
    deposit = q2(total * D("0.30")) if i in (0, 3) else None
    tot_label = ["Montant total (EUR)", "Total à payer", "TOTAL EUR", "Montant de la facture"][i]
    lv = f"LV-{rng.randint(10000, 99999)}"

    def render(path):
        pdf = new_fpdf(creator="Sage 50")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 10, 6, 24, "F")
        txt(pdf, 24, 11, vname, 13.5, "B", color=color)
        txt(pdf, 24, 17.5, "Déménagements · Garde-meubles · Transport maritime de mobilier", 7.8, "I")
        txt(pdf, 24, 21.5, f"{vstreet} · {vcity} · Tél. +508 41 {rng.randint(10, 99)} {rng.randint(10, 99)}", 7.8)
        txt(pdf, 24, 25.5, f"SIRET {siret_p} · RCS Saint-Pierre {_siren.format(siren9)}", 7.8, "B")
        txt(pdf, 24, 29.5, "Pas de TVA à Saint-Pierre-et-Miquelon : TVA non applicable", 7.4, color=(110, 110, 110))
        txt(pdf, 140, 11, "FACTURE", 18, "B", align="R", w=55, color=color)
        y = kv(pdf, 135, 20, [("N° de facture", no), ("Date", fd(d)), ("Bon de commande", po), ("Date limite de règlement", fd(due) if due else None), ("Lettre de voiture", lv)], wl=32, wv=28, size=7.8, step=4.4)
        txt(pdf, 15, 40, "Client : " + bname, 9, "B")
        yb = max(y, 46) + 2
        for k, (title, addr, when) in enumerate((("CHARGEMENT", origin, load), ("LIVRAISON", dest, load + dt.timedelta(days=rng.randint(0, 3)) if kind != "storage" else load))):
            x0 = 15 + k * 92
            pdf.set_draw_color(*color)
            pdf.rect(x0, yb, 88, 19)
            txt(pdf, x0 + 2, yb + 1.5, title, 7.6, "B", color=color)
            para(pdf, x0 + 2, yb + 5.5, 84, addr, 7.8, h=3.6)
            txt(pdf, x0 + 2, yb + 14, f"le {when.strftime('%d/%m/%Y')}", 7.6, "I")
        cols = [("Désignation", 108, "L"), ("Unité", 16, "C"), ("Qté", 16, "R"), ("P.U.", 20, "R"), ("Montant", 20, "R")]
        rows = [[x["desc"], x["unit"], (sp(x["qty"], 1) if x["qty"] != x["qty"].to_integral_value() else qstr(x["qty"])) if x["qty"] is not None else "", sp(x["price"]) if x["price"] is not None else "", sp(x["amount"])] for x in items]
        y0 = yb + 24
        y = table(pdf, 15, y0, cols, rows, size=7.8, rowh=6, header_fill=(235, 240, 245), line_color=(170, 170, 170))
        frame(pdf, 15, y0, y, cols, color=(170, 170, 170))
        trows = [(tot_label, sp(total) + " €", True)]
        if deposit:
            trows += [(f"Acompte versé le {(load - dt.timedelta(days=rng.randint(7, 30))).strftime('%d/%m/%Y')}", sp(deposit) + " €", False), ("Reste à payer", sp(total - deposit) + " €", False)]
        y2 = totals(pdf, 115, y + 6, trows, wl=50, wv=30, size=8.8, line=color)
        para(pdf, 15, y + 6, 95, f"Volume estimé lors de la visite technique : {de_(vol + D(rng.randint(-30, 40)) / 10)} m³. Volume réel facturé selon la lettre de voiture {lv}.", 7.4, h=3.7)
        para(pdf, 15, max(y2, y + 20) + 4, 180, (f"Conditions : {term}. " if term else "") + f"Règlement par chèque à l'ordre de {vname} ou par virement : Banque de Saint-Pierre-et-Miquelon, IBAN {iban_fmt(iban('FR', digits(rng, 10) + digits(rng, 11) + digits(rng, 2)))}. Le client dispose de 10 jours pour émettre des réserves sur la lettre de voiture.", 7.6, h=3.9)
        pdf.output(path)

    notes = (
        "Saint-Pierre-et-Miquelon moving company's FACTURE in French (no TVA in the archipelago: none charged or printed), with a CHARGEMENT box and a LIVRAISON box (addresses and dates) above the table: vendor = the company name (SARL/EURL/SAS) beside the coloured bar; vendor tax id = 'SIRET' printed '123 456 789 00012' (valid under python-stdnum's fr.siret; that SPM businesses carry a SIRET is unverified), the truth as printed with its spaces; the RCS number (the SIREN) and the waybill number ('Lettre de voiture') are decoys. "
        "invoice_number = 'N° de facture'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yy", "dd.mm.yyyy"][i] + "); the loading and delivery dates and the storage start date are decoys. "
        + due_note(due, term, "Date limite de règlement")
        + po_note(po, "Bon de commande")
        + f"subtotal null and tax null (none printed); total = '{tot_label}'"
        + ("; 'Acompte versé le ...' and 'Reste à payer' are decoys" if deposit else "")
        + "; the estimated volume in the small print and the declared value in the insurance row are decoys. Currency EUR, amounts '1 234,56' ('€' after the total). "
        "Line items: every row (quantity = cubic metres with one decimal printed '28,5', boxes, hours with halves, months, 'forfait'; the ad valorem insurance row has no quantity)."
    )
    t = truth(vname, siret_p, no, po, d, due, "EUR", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "SIRET " + siret_p, no, po, vname, tot_label, "TVA non applicable"], render


def de_(x):
    """A quantity with a decimal comma when it has a fraction ('28,5'), else whole."""
    return sp(x, 1) if x != x.to_integral_value() else qstr(x)
