"""fpdf2 styles for set 29, second part (09 New Brunswick (Acadian) contractor's FACTURE in French with the TVH 15 %
and a 10 % holdback (retenue) deducted below the invoice total, 10 Montserrat builders' merchant's monthly INVOICE
over two pages with a delivery-note column, carried-forward and brought-forward sums and no tax, in Eastern Caribbean
dollars)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import MONTHS, due_note, en_date, fr_date, kv, lines, para, po_note, truth, valid_id, wrap
from stdnum.ca import bn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 New Brunswick contractor (TVH 15 %, CAD), French, holdback
NB_V = [
    ("Construction LeBlanc ltée", "245, rue Main", "Shediac (N.-B.)  E4P 2A5", (153, 27, 27)),
    ("Rénovations Cormier inc.", "88, rue Champlain", "Dieppe (N.-B.)  E1A 1N4", (30, 64, 175)),
    ("Entreprises Robichaud ltée", "310, boulevard Saint-Pierre Ouest", "Caraquet (N.-B.)  E1W 1A4", (22, 101, 52)),
    ("Toitures Thériault inc.", "57, rue de l'Église", "Edmundston (N.-B.)  E3V 1J6", (91, 33, 182)),
]
NB_B = [
    ("Coopérative de Shediac ltée", "Projet : agrandissement de l'entrepôt"),
    ("Municipalité de Dieppe", "Projet : rénovation du centre communautaire"),
    ("Pêcheries Chiasson ltée", "Projet : nouvelle toiture de l'usine"),
    ("Caisse populaire du Madawaska", "Projet : réaménagement de la succursale"),
]
NB_ROWS = [
    ("Main-d'œuvre, charpentiers", "h", 16, 160, 48, 72),
    ("Main-d'œuvre, manœuvres", "h", 8, 120, 32, 45),
    ("Bois de charpente 2 x 6 x 16 pi", "pce", 20, 200, 9.5, 16),
    ("Contreplaqué 3/4 po (4 x 8)", "feuille", 10, 80, 48, 79),
    ("Bardeaux d'asphalte (paquet)", "paquet", 20, 150, 38, 56),
    ("Isolant en natte R-20", "paquet", 10, 60, 62, 95),
    ("Location de nacelle élévatrice", "jour", 1, 10, 280, 420),
    ("Conteneur à déchets 20 vg³", "levée", 1, 4, 390, 560),
]


@style("09", "ca_nb_moncton_facture_tvh_15_retenue")
def s09(rng, i):
    vname, vstreet, vcity, color = NB_V[i]
    bname, project = NB_B[i]
    d = rand_date(rng)
    items = lines(rng, NB_ROWS, rng.randint(3, 6), D("0.5"))
    net = sum(x["amount"] for x in items)
    tvh = q2(net * D("0.15"))
    total = net + tvh
    hold = q2(net * D("0.10"))
    payable = total - hold
    b = valid_id(rng, 9, bn.is_valid)
    bn_s = f"{b} RT0001"
    no = [f"{rng.randint(1000, 9999)}", f"F-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"TT{rng.randint(1000, 9999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), fr_date][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Payable sur réception", "", "Net 30 jours"][i]
    po = [f"BC-{rng.randint(1000, 9999)}", f"{rng.randint(2025, 2026)}-{rng.randint(100, 999)}", None, None][i]
    po_label = "Bon de commande"
    period_end = d - dt.timedelta(days=rng.randint(1, 5))
    m = lambda x: sp(x) + " $"  # noqa: E731
    no_req = rng.randint(2, 6)

    def render(path):
        pdf = new_fpdf(creator="Acomba")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 14, vname, 14, "B", color=color)
        txt(pdf, 16, 21, f"{vstreet}, {vcity}", 8.6)
        txt(pdf, 16, 25.5, f"Tél. 506 {rng.randint(300, 899)}-{rng.randint(1000, 9999)} · N° de TPS/TVH : {bn_s}", 8.4, color=(90, 90, 90))
        txt(pdf, 140, 14, "FACTURE", 18, "B", align="R", w=55)
        txt(pdf, 140, 22, f"Demande de paiement n° {no_req}", 8.6, align="R", w=55)
        txt(pdf, 16, 38, "Facturé à :", 8, color=(110, 110, 110))
        txt(pdf, 16, 42.5, bname, 10, "B")
        txt(pdf, 16, 48, project, 8.8)
        txt(pdf, 16, 53, f"Projet n° P-{rng.randint(100, 999)} · Travaux jusqu'au {fd(period_end)}", 8.4)
        kv(pdf, 125, 36, [("N° de facture", no), ("Date", fd(d)), (po_label, po), ("N° de client", f"{rng.randint(100, 999)}"), ("Échéance", fd(due) if due else None)], wl=30, wv=40, size=8.4)
        cols = [("Description", 86, "L"), ("Qté", 18, "R"), ("Unité", 16, "C"), ("Prix unitaire", 24, "R"), ("Montant", 30, "R")]
        trs = [[wrap(x["desc"], 48), qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 16, 66, cols, trs, size=8.4, rowh=6, header_fill=(243, 244, 246), line_color=(210, 210, 210))
        rows = [("Sous-total", m(net), False), ("TVH 15 %", m(tvh), False), ("Total de la facture", m(total), True), ("Moins retenue de 10 % (sur le sous-total)", "-" + m(hold), False), ("Montant payable maintenant", m(payable), True)]
        yy = y + 6
        for a, b_, bold in rows:
            if bold:
                pdf.set_draw_color(*color)
                pdf.line(95, yy - 1, 190, yy - 1)
            txt(pdf, 95, yy, a, 8.8, "B" if bold else "")
            txt(pdf, 160, yy, b_, 8.8, "B" if bold else "", align="R", w=30)
            yy += 5.8
        y = para(pdf, 16, yy + 6, 174, "La retenue de 10 % sera libérée à l'achèvement substantiel des travaux, conformément au contrat. " + (term + ". " if term else f"Veuillez payer au plus tard le {fd(due)}. ") + "Paiement par chèque ou par virement Interac à comptes@" + vname.split()[1].lower().replace("é", "e") + ".ca.", 8.2, h=4.1)
        para(pdf, 16, y + 3, 174, "Merci de votre confiance. Des frais d'intérêt de 1,5 % par mois s'appliquent aux comptes en souffrance.", 7.6, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Shediac / Dieppe / Caraquet / Edmundston (New Brunswick, Acadian) contractor's FACTURE in French, a progress billing ('Demande de paiement n°'), in Canadian dollars ('1 234,56 $'), with the TVH (HST) 15 % and a 10 % holdback on the subtotal deducted below the invoice total: vendor = the name at the top; vendor_tax_id = 'N° de TPS/TVH' as printed (9-digit business number and RT0001). "
        "invoice_number = 'N° de facture' (the payment request number and the project number are decoys); invoice_date = 'Date' ("
        + ["French words ('12 mars 2026')", "yyyy-mm-dd", "dd/mm/yyyy", "French words"][i]
        + "); the date the work ran to is a decoy. "
        + due_note(due, term, "Échéance")
        + po_note(po, po_label)
        + "The customer number is no PO. subtotal = 'Sous-total'; tax = 'TVH 15 %'; total = 'Total de la facture'; the holdback ('Moins retenue de 10 %') and 'Montant payable maintenant' are decoys. Currency CAD. Line items: every row."
    )
    t = truth(vname, bn_s, no, po, d, due, "CAD", net, tvh, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, bn_s, "Total de la facture"], render


# =========================================================================== 10 Montserrat builders' merchant (no tax, XCD), two pages, carried forward
MS_V = [
    ("Emerald Isle Building Supplies Ltd", "Brades Main Road, Brades", (22, 101, 52)),
    ("Little Bay Hardware & Lumber", "Little Bay Road, Little Bay", (30, 64, 175)),
    ("Salem Plumbing & Electrical Supplies", "Salem Main Road, Salem", (153, 27, 27)),
    ("Look Out Builders' Merchants Ltd", "Look Out Village, Look Out", (124, 45, 18)),
]
MS_B = [
    ("Soufriere Hills Construction Co.", "Davy Hill"),
    ("Government of Montserrat - Public Works Department", "Brades"),
    ("Cudjoe Head Contractors", "Cudjoe Head"),
    ("St. Peter's Housing Project", "St. Peter's"),
]
MS_ROWS = [(f"{a}", u, 1, q, lo, hi) for a, u, q, lo, hi in [
    ("Cement, Portland 42.5 kg bag", "bag", 60, 28, 38), ("Sand, washed (per cu yd)", "yd", 12, 95, 140), ("Gravel 3/4in (per cu yd)", "yd", 12, 110, 160),
    ("Rebar #4 x 20ft", "length", 80, 22, 34), ("Rebar #3 x 20ft", "length", 80, 14, 22), ("Concrete block 6in", "each", 400, 3.2, 4.8),
    ("Concrete block 8in", "each", 400, 3.9, 5.6), ("Plywood 3/4in 4x8 marine", "sheet", 30, 110, 165), ("Lumber 2x4x12 treated", "length", 60, 24, 36),
    ("Lumber 2x6x16 treated", "length", 40, 42, 64), ("Galvalume roofing sheet 12ft", "sheet", 40, 58, 86), ("Roofing screws 2in (box 250)", "box", 10, 34, 52),
    ("Hurricane straps", "each", 80, 4.5, 7.8), ("PVC pipe 4in x 20ft", "length", 20, 48, 72), ("PVC pipe 1/2in x 20ft", "length", 30, 9.5, 15),
    ("PVC elbows 4in", "each", 30, 7.5, 12), ("Water tank 600 gal", "each", 2, 980, 1450), ("Electrical wire 12/2 (250ft roll)", "roll", 6, 260, 380),
    ("Breaker 20A single pole", "each", 20, 24, 38), ("Outlet boxes", "each", 40, 3.5, 6), ("Paint, exterior 5 gal", "pail", 12, 185, 260),
    ("Primer 1 gal", "gal", 12, 52, 78), ("Tile adhesive 20 kg", "bag", 20, 38, 55), ("Floor tile 16x16 (box)", "box", 40, 62, 95),
    ("Nails 3in (50 lb box)", "box", 6, 120, 175), ("Tie wire (roll)", "roll", 10, 28, 42), ("Wheelbarrow, heavy duty", "each", 3, 210, 320),
    ("Door, solid core 36in", "each", 6, 320, 480), ("Window, aluminium louvre 36x48", "each", 8, 260, 390), ("Silicone sealant", "tube", 24, 14, 22),
]]


@style("10", "ms_brades_invoice_no_tax_xcd_two_pages")
def s10(rng, i):
    vname, vaddr, color = MS_V[i]
    bname, bplace = MS_B[i]
    d = rand_date(rng)
    n = rng.randint(24, 30)
    items = lines(rng, MS_ROWS, n, D("0.05"))
    month_start = d.replace(day=1)
    for x in items:
        x["dn"] = f"DN{rng.randint(10000, 99999)}"
        x["dd"] = month_start + dt.timedelta(days=rng.randint(0, max(0, d.day - 2)))
    items.sort(key=lambda x: x["dd"])
    total = sum(x["amount"] for x in items)
    no = [f"{rng.randint(10000, 99999)}", f"INV-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(3000, 3999)}", f"LO{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=21), None][i]
    term = ["", "Terms: 30 days from statement", "", "Terms: cash account - due on receipt"][i]
    po = [f"PO {rng.randint(1000, 9999)}", f"PWD/{rng.randint(100, 999)}/{d.year}", None, None][i]
    po_label = "Customer P.O."
    m = lambda x: "EC$" + en(x)  # noqa: E731
    split = 18

    def render(path):
        pdf = new_fpdf(creator="QuickBooks Desktop")
        cols = [("Date", 20, "L"), ("Delivery note", 26, "L"), ("Description", 66, "L"), ("Qty", 14, "R"), ("Unit", 14, "C"), ("Price", 20, "R"), ("Amount", 24, "R")]
        rows = [[x["dd"].strftime("%d/%m"), x["dn"], x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        cf = sum(x["amount"] for x in items[:split])
        for page, (chunk, first) in enumerate(((rows[:split], True), (rows[split:], False)), 1):
            pdf.add_page()
            txt(pdf, 15, 12, vname, 13, "B", color=color)
            txt(pdf, 15, 18.5, f"{vaddr}, Montserrat, W.I. · Tel. (664) 491-{rng.randint(1000, 9999)}", 8.2)
            txt(pdf, 150, 12, "INVOICE", 16, "B", align="R", w=45)
            txt(pdf, 150, 19, f"Page {page} of 2", 8, align="R", w=45, color=(100, 100, 100))
            y = 28
            if first:
                txt(pdf, 15, 28, "Bill to:", 8, color=(110, 110, 110))
                txt(pdf, 15, 32.5, bname, 9.6, "B")
                txt(pdf, 15, 37.5, f"{bplace}, Montserrat", 9)
                txt(pdf, 15, 43, f"Account No. {rng.randint(1000, 9999)} · Statement period {fd(month_start)} to {fd(d)}", 8.2)
                y = kv(pdf, 130, 28, [("Invoice No.", no), ("Invoice Date", fd(d)), (po_label, po), ("Due Date", fd(due) if due else None)], wl=26, wv=39, size=8.4)
                y = max(y, 48) + 2
            else:
                txt(pdf, 15, 28, f"Invoice No. {no} (continued) · {bname}", 8.6)
                y = 34
                txt(pdf, 120, y, "Brought forward", 8.6, "B")
                txt(pdf, 165, y, m(cf), 8.6, "B", align="R", w=30)
                y += 6
            y = table(pdf, 15, y, cols, chunk, size=7.8, rowh=5.6, header_fill=(235, 235, 235), line_color=(215, 215, 215))
            if first:
                txt(pdf, 120, y + 3, "Carried forward", 8.6, "B")
                txt(pdf, 165, y + 3, m(cf), 8.6, "B", align="R", w=30)
            else:
                pdf.set_draw_color(*color)
                pdf.set_line_width(0.5)
                pdf.rect(118, y + 4, 78, 10)
                pdf.set_line_width(0.2)
                txt(pdf, 121, y + 6.5, "TOTAL DUE", 10, "B")
                txt(pdf, 150, y + 6.5, m(total), 10, "B", align="R", w=44)
                yy = para(pdf, 15, y + 20, 180, (term + ". " if term else f"Please pay by {fd(due)}. ") + "Prices include import duty and consumption tax paid at entry; no VAT is charged. Cheques payable to " + vname + ". Bank of Montserrat, Account " + f"{rng.randint(100000, 999999)}" + ".", 8, h=4)
                para(pdf, 15, yy + 2, 180, "Goods remain the property of the seller until paid in full. Returns within 7 days with the delivery note only.", 7.4, h=3.7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Montserrat builders' merchant's monthly INVOICE to a contractor over two pages, in Eastern Caribbean dollars ('EC$1,234.50'), no VAT or sales tax, a row per delivery with its date (dd/mm) and delivery note number, 'Carried forward' at the foot of page 1 and 'Brought forward' at the head of page 2 (a partial sum, a decoy), the total boxed on page 2: vendor = the name at the top; no vendor tax id (null). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["dd/mm/yyyy", "English words ('12 March 2026')", "dd.mm.yyyy", "dd-Mon-yyyy"][i]
        + "); the statement period, the delivery dates and the delivery note numbers are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "The account number is no PO. No subtotal or tax printed (null). total = 'TOTAL DUE' on page 2. Currency XCD. Line items: every row on both pages."
    )
    t = truth(vname, None, no, po, d, due, "XCD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "TOTAL DUE"], render
