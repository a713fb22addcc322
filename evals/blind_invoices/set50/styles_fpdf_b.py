"""fpdf2 styles for set 50, second part (09 Port Harcourt INVOICE in English for oil and gas services, long item
descriptions WRAPPED over several lines, VAT 7.5 %, naira, the total in words and on two a mobilisation advance
deducted; 10 Cotonou FACTURE as a business LETTER in French, the facts and totals in running sentences, two of four
with no table, TVA 18 %, francs CFA and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import digits, en, en_words, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, fr_date, kv, lines, para, po_note, totals, truth, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Port Harcourt (VAT 7.5, NGN), wrapped rows, words
PH_V = [
    ("Bonny Channel Marine Services Ltd", "Plot 24, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State", (12, 74, 110)),
    ("Garden City Pipeline Integrity Ltd", "14 Aba Road, Rumuokoro, Port Harcourt, Rivers State", (120, 53, 15)),
    ("Onne Logistics & Haulage Nigeria Ltd", "Km 6 Onne–Eleme Road, Onne, Rivers State", (22, 101, 52)),
    ("Rumuola Catering and Camp Services Ltd", "32 Rumuola Road, Port Harcourt, Rivers State", (88, 28, 135)),
]
PH_B = ["Shell Petroleum Development Company of Nigeria Ltd", "Nigerian Agip Oil Company Ltd", "Indorama Eleme Petrochemicals Ltd", "Total Energies EP Nigeria Ltd"]
PH_ROWS = [
    [("Charter of crew boat MV Ibeno Star (24 m, 40 pax) for personnel transfer between Bonny terminal and offshore platforms, day rate including crew and fuel allowance", "day", 2, 20, 1850000, 3900000),
     ("Standby of fast supply vessel at Bonny anchorage awaiting client instruction, per day as per call-off", "day", 1, 10, 950000, 1800000),
     ("Mobilisation and demobilisation of vessel from Onne base to Bonny channel", "lot", 1, 1, 2400000, 6000000)],
    [("Intelligent pigging run on 12-inch crude trunk line, including tool mobilisation, gauge run and data report", "run", 1, 3, 8500000, 19000000),
     ("Ultrasonic thickness survey of manifold and flow lines at Rumuekpe flow station, per inspection point", "pt", 20, 300, 28000, 65000),
     ("Supply of pipeline repair clamps 8-inch, ASME B31.4 rated, delivered to site", "pcs", 2, 20, 420000, 980000)],
    [("Haulage of 40-ft containers from Onne Federal Ocean Terminal to client yard at Eleme, per trip including escort", "trip", 2, 40, 380000, 760000),
     ("Forklift and crane hire for offloading at client yard, 25 t capacity, per day with operator", "day", 1, 10, 450000, 900000),
     ("Customs documentation and terminal charges handling fee", "lot", 1, 1, 150000, 600000)],
    [("Full board catering for offshore camp personnel (breakfast, lunch, dinner, night snacks), per man-day", "man-day", 100, 2000, 14500, 24000),
     ("Housekeeping and laundry services for accommodation barge, per man-day", "man-day", 100, 2000, 4200, 7800),
     ("Supply of potable water in 75 cl bottles, cartons of 12", "ctn", 50, 800, 2400, 4200)],
]


@style("09", "ng_phc_port_harcourt_invoice_vat_7_5_wrapped_words")
def s09(rng, i):
    vname, vaddr, color = PH_V[i]
    d = rand_date(rng)
    items = lines(rng, PH_ROWS[i], [3, 2, 3, 3][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.075"))
    total = net + tax
    vid = f"{digits(rng, 8, True)}-0001"
    no = [f"BCMS/INV/{d.year}/{rng.randint(100, 999)}", f"GCPI-{rng.randint(10000, 99999)}", f"OLH{d.strftime('%y%m')}{rng.randint(100, 999)}", f"RCCS/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {x.strftime('%B')} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60]))
    po = [f"{rng.randint(4500000000, 4599999999)}", f"PO/NAOC/{rng.randint(10000, 99999)}", f"{rng.randint(450000, 459999)}", None][i]
    contract = f"{rng.choice(['CW', 'SC', 'HT'])}{rng.randint(100000, 999999)}"
    adv = q2(total * D(rng.choice([20, 30])) / 100) if i in (0, 1) else None
    adv_no = f"{no.rsplit('/', 1)[0] if '/' in no else no[:4]}/{rng.randint(10, 99)}" if adv else None
    naira, kobo = int(total), int((total - int(total)) * 100)
    words = en_words(naira).capitalize() + " naira" + (f" and {en_words(kobo)} kobo" if kobo else " only")

    def render(path):
        pdf = new_fpdf(creator="Sage 300")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 14, "B", color=color)
        para(pdf, 15, 19, 110, f"{vaddr}\nRC {rng.randint(100000, 1999999)} · TIN {vid} · VAT Reg.\nTel +234 803 {digits(rng, 3)} {digits(rng, 4)}", 8.2, h=4.2)
        txt(pdf, 140, 12, "INVOICE", 22, "B", w=55, align="R", color=color)
        kv(pdf, 130, 24, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Due Date", fd(due)), ("Purchase Order", po), ("Contract No.", contract), ("Service Entry Sheet", f"SES {digits(rng, 10, True)}")], wl=30, wv=36, size=8.2)
        pdf.set_draw_color(*color)
        pdf.rect(15, 50, 100, 22)
        para(pdf, 17, 52, 96, f"BILL TO\n{PH_B[i]}\nPort Harcourt, Rivers State\nCustomer TIN {digits(rng, 8, True)}-0001", 8.2, h=4.2)
        cols = [("#", 8, "R"), ("Description of service", 92, "L"), ("Unit", 16, "L"), ("Qty", 14, "R"), ("Rate (₦)", 24, "R"), ("Amount (₦)", 26, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 52), x["unit"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, 80, cols, rows, size=8.2, rowh=6, header_fill=color, header_color=(255, 255, 255))
        y += 5
        rows_t = [("Sub-total", en(net), False), ("VAT @ 7.5%", en(tax), False), ("Total invoice value (₦)", en(total), True)]
        if adv:
            rows_t += [(f"Less advance paid, inv. {adv_no}", "-" + en(adv), False), ("Net amount payable (₦)", en(total - adv), True)]
        yy = totals(pdf, 110, y, rows_t, wl=55, wv=30, size=8.6, line=color)
        para(pdf, 15, yy + 4, 180, f"Amount in words: {words}.", 8.6, "B")
        para(pdf, 15, yy + 14, 180, f"Payment to: Zenith Bank Plc, Trans-Amadi branch, account name {vname}, NUBAN {digits(rng, 10, True)}. "
             "Withholding tax at 5 % (where applicable) should be deducted and the WHT credit note forwarded to us. Please quote the invoice number on all remittances.", 8, h=4.2, color=(60, 60, 60))
        txt(pdf, 15, 280, "Page 1 of 1 · NCDMB Nigerian Content registration NOGIC/JQS/" + digits(rng, 6), 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Port Harcourt (Rivers State, Nigeria) oil and gas services INVOICE in English with long item descriptions WRAPPED over several lines, VAT 7.5 %, naira '₦' in the column heads and totals, '1,234,567.00', "
        "the total in words below the totals: vendor = the name at the top; vendor_tax_id = 'TIN' under the address (the RC number, the customer TIN, the contract, service entry sheet, NUBAN and NCDMB numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. " + due_note(due, None, "Due Date") + po_note(po, "Purchase Order")
        + "subtotal = 'Sub-total'; tax = 'VAT @ 7.5%'; total = 'Total invoice value (₦)'"
        + (" before the advance (the earlier advance invoice, the advance and the 'Net amount payable' are decoys)" if adv else "")
        + ". Currency NGN. Line items: every row, without VAT."
    )
    t = truth(vname, vid, no, po, d, due, "NGN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total invoice value", fd(due), contract, words, en(total - adv) if adv else None]}
    return t, chk, render


# =========================================================================== 10 Cotonou (TVA 18, XOF), a letter, words
CO_V = [
    ("SOCIÉTÉ BÉNINOISE DE TRANSIT ET CONSIGNATION SA", "Zone portuaire, lot 112, 01 BP 2890 Cotonou", "le Directeur Général", (20, 83, 45)),
    ("CABINET AHOUANDJINOU CONSEIL SARL", "Rue 12.086, Haie Vive, 08 BP 551 Cotonou", "le Gérant", (30, 64, 175)),
    ("IMPRIMERIE DU LITTORAL SARL", "Carré 345, Akpakpa, 06 BP 1207 Cotonou", "la Directrice", (146, 64, 14)),
    ("AGRO-DÉLICES DE GANHI SARL", "Marché de Ganhi, rue du Commerce, 01 BP 774 Cotonou", "le Gérant", (153, 27, 27)),
]
CO_B = [("Monsieur le Directeur Administratif et Financier", "BRASSERIE DU BÉNIN SA", "Route de Porto-Novo, Cotonou"), ("Madame la Directrice", "ONG SANTÉ POUR TOUS BÉNIN", "Quartier Cadjèhoun, Cotonou"),
        ("Monsieur le Secrétaire Général", "UNIVERSITÉ D'ABOMEY-CALAVI", "Abomey-Calavi"), ("Monsieur le Responsable des Achats", "HÔTEL NOVOTEL ORISHA", "Boulevard de la Marina, Cotonou")]
CO_ROWS = [
    [("frais de manutention portuaire du conteneur", "conteneur", 1, 6, 85000, 240000), ("honoraires de transit et dédouanement", "dossier", 1, 3, 150000, 450000), ("transport Port – Glo-Djigbé", "voyage", 1, 6, 120000, 350000)],
    [("mission d'audit organisationnel", "jour", 2, 20, 150000, 350000), ("atelier de restitution", "séance", 1, 3, 250000, 600000)],
    [("impression de rapports annuels A4, 64 pages", "exemplaire", 50, 1000, 2500, 9000), ("impression d'affiches A2", "unité", 20, 500, 800, 2500), ("reliure thermique", "unité", 20, 600, 500, 1500)],
    [("ananas pain de sucre", "caisse", 5, 80, 9000, 16000), ("jus d'ananas 1 litre", "carton", 5, 60, 14000, 26000), ("gari de qualité supérieure, sac de 25 kg", "sac", 2, 40, 18000, 32000)],
]


@style("10", "bj_coo_cotonou_lettre_facture_tva_18_xof_words")
def s10(rng, i):
    vname, vaddr, sign, color = CO_V[i]
    civ, bname, baddr = CO_B[i]
    d = rand_date(rng)
    items = lines(rng, CO_ROWS[i], [2, 2, 3, 3][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    vid = "3" + digits(rng, 12, True)
    bifu = "3" + digits(rng, 12, True)
    no = [f"FA/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(10, 99)}/ACC/{d.year}", f"IL-{rng.randint(1000, 9999)}", f"F{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [fr_date, fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    po = [f"BC-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/UAC/SG", None][i]
    poi_d = fd(d - dt.timedelta(days=rng.randint(5, 30)))
    table_ = i in (1, 3)
    fcfa = lambda x: sp(x, 0) + " FCFA"  # noqa: E731
    words = fr_words(int(total)).upper()
    mecef = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(6))

    def render(path):
        pdf = new_fpdf(creator="LibreOffice")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(20, 12, 3, 18, "F")
        txt(pdf, 26, 12, vname, 12.5, "B", font="Serif", color=color)
        txt(pdf, 26, 18.5, vaddr, 8.4, font="Serif")
        txt(pdf, 26, 23, f"IFU {vid} · RCCM RB/COT/{rng.randint(10, 24)} B {rng.randint(10000, 39999)} · Tél. +229 01 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.4, font="Serif")
        para(pdf, 115, 42, 80, f"{civ}\n{bname}\n{baddr}\nIFU {bifu}", 10, font="Serif", h=5)
        txt(pdf, 20, 72, f"Cotonou, le {fr_date(d)}", 10, font="Serif")
        txt(pdf, 20, 80, f"Objet : facture n° {no}", 10.5, "B", font="Serif")
        intro = ("Monsieur," if civ.startswith("Monsieur") else "Madame,") + "\n\n"
        intro += (f"Suite à votre bon de commande n° {po} du {poi_d}, " if po else f"Suite à notre échange du {poi_d}, ") + f"nous avons l'honneur de vous adresser notre facture n° {no}, datée du {fd(d)}, relative aux prestations ci-après."
        y = para(pdf, 20, 90, 170, intro, 10, font="Serif", h=5.2) + 3
        if table_:
            cols = [("Désignation", 86, "L"), ("Quantité", 26, "R"), ("Prix unitaire", 28, "R"), ("Montant HT", 30, "R")]
            rows = [[x["desc"][0].upper() + x["desc"][1:], f"{qstr(x['qty'])} {x['unit']}", sp(x["price"], 0), sp(x["amount"], 0)] for x in items]
            y = table(pdf, 20, y, cols, rows, size=9, font="Serif", rowh=6) + 4
        else:
            for x in items:
                y = para(pdf, 26, y, 164, f"– {x['desc']} : {qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and not x['unit'].endswith('s') else ''} à {fcfa(x['price'])}, soit {fcfa(x['amount'])} ;", 10, font="Serif", h=5.2) + 1
            y += 2
        body = (f"Le montant hors taxes s'élève à {fcfa(net)}, auquel s'ajoute la TVA au taux de 18 %, soit {fcfa(tax)}, ce qui porte le montant total toutes taxes comprises à {fcfa(total)}. "
                f"Arrêtée la présente facture à la somme de {words} FRANCS CFA TTC.")
        y = para(pdf, 20, y, 170, body, 10, font="Serif", h=5.2) + 3
        pay = (f"Nous vous saurions gré de bien vouloir en effectuer le règlement au plus tard le {fd(due)} par virement au compte n° BJ{digits(rng, 2)} B{digits(rng, 4)} {digits(rng, 12)} {digits(rng, 2)} ouvert à Ecobank Bénin."
               if due else "Cette facture est payable à réception, par chèque ou virement à notre compte Ecobank Bénin.")
        y = para(pdf, 20, y, 170, pay + "\n\nVeuillez agréer, " + intro.split(",")[0] + ", l'expression de nos salutations distinguées.", 10, font="Serif", h=5.2) + 8
        txt(pdf, 120, y, f"Pour {sign.split(' ', 1)[1]},", 10, font="Serif")
        txt(pdf, 120, y + 16, rng.choice(["Codjo HOUNSOU", "Afiavi DOSSOU", "Rachidi ADÉCHINA", "Sènan AGBODJAN"]), 10, "B", font="Serif")
        txt(pdf, 20, 276, f"Facture normalisée e-MECeF – Code MECeF/DGI : {mecef} – Compteurs {rng.randint(100, 999)}/{rng.randint(1000, 9999)} FV", 7.2, font="Serif", color=(90, 90, 90))
        txt(pdf, 20, 280, "Page 1/1", 7.2, font="Serif", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Cotonou (Benin) FACTURE as a BUSINESS LETTER in French in a serif font, the facts and totals in RUNNING SENTENCES ('nous avons l'honneur de vous adresser notre facture n° … datée du …', 'Le montant hors taxes s'élève à …'), "
        + ("a small table of the services" if table_ else "NO TABLE (one sentence per service)")
        + ", TVA 18 %, whole francs CFA '1 234 567 FCFA', the total in French words ('Arrêtée la présente facture à la somme de …'): "
        "vendor = the letterhead; vendor_tax_id = 'IFU' under the letterhead (13 digits; the RCCM, the buyer's IFU, the e-MECeF code and the bank account are decoys). "
        "invoice_number = 'facture n°' in the subject line; invoice_date = 'datée du' in the first sentence (the same day as the place and date line). "
        + due_note(due, "payable à réception", "au plus tard le")
        + po_note(po, "bon de commande n°") + ("(its date is a decoy). " if po else "")
        + "subtotal = 'montant hors taxes'; tax = 'TVA au taux de 18 %, soit'; total = 'montant total toutes taxes comprises'. Currency XOF ('FCFA'). Line items: every service, HT."
    )
    t = truth(vname, vid, no, po, d, due, "XOF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "toutes taxes comprises", fd(due) if due else None, bifu, words, mecef]}
    return t, chk, render
