"""fpdf2 styles for set 20 (06 Burkinabè metalwork shop's facture with TVA 18 % in whole CFA francs and a fully ruled
table, 07 Zimbabwean tractor-parts dealer's fiscal tax invoice with VAT 15 % or 15.5 % by its date in US dollars, 08
Caymanian event sound-and-light hire company's invoice with a right sidebar and no tax in CI dollars, 09 Cook Islands
lagoon-cruise operator's tax invoice to a travel agent with VAT-inclusive rates in NZ dollars, 10 Congolese
(Brazzaville) geotechnical laboratory's facture with TVA 18 % plus the 5 % centimes additionnels in whole CFA
francs)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    lfont,
    li,
    mt,
    new_fpdf,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import en_date, fr_date, frame, lines, para, qr_fpdf, rib_key, totals, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Burkina Faso metalwork (IFU, TVA 18 %, FCFA whole francs)
BF_V = [("Menuiserie Métallique Wend-Kuuni SARL", "Zone industrielle de Kossodo, 01 BP 4521 Ouagadougou 01", "Ouagadougou", "OUA", (150, 60, 0)),
        ("Atelier Soudure et Ferronnerie du Faso SARL", "Secteur 15, Gounghin, 09 BP 812 Ouagadougou 09", "Ouagadougou", "OUA", (0, 90, 120)),
        ("Établissements Ouédraogo et Frères", "Avenue de la Nation, 01 BP 277 Bobo-Dioulasso 01", "Bobo-Dioulasso", "BBD", (120, 30, 30)),
        ("Métal Plus Bobo SARLU", "Quartier Accart-Ville, 01 BP 3390 Bobo-Dioulasso 01", "Bobo-Dioulasso", "BBD", (40, 100, 40))]
BF_B = [("Lycée privé Saint-Exupéry", "Ouaga 2000, Ouagadougou"), ("Pharmacie du Progrès SARL", "Avenue Kwame Nkrumah, Ouagadougou"),
        ("Coopérative des maraîchers de Bama", "Bama, Houet"), ("Hôtel Les Rôniers SA", "Quartier Sarfalao, Bobo-Dioulasso")]
BF_WORK = [("Portail coulissant 4,00 x 2,00 m en tube carré 40 x 40", "u", 1, 2, 450000, 950000), ("Porte métallique pleine 0,90 x 2,10 m avec serrure", "u", 1, 6, 95000, 185000),
           ("Grille de protection de fenêtre 1,20 x 1,00 m", "u", 2, 20, 28000, 55000), ("Garde-corps d'escalier en fer forgé", "ml", 3, 25, 35000, 65000),
           ("Hangar métallique, charpente et tôles bac alu", "m²", 20, 120, 18000, 32000), ("Peinture antirouille et laque glycéro", "m²", 10, 80, 2500, 4500),
           ("Pose et scellement", "forfait", 1, 1, 50000, 250000), ("Transport sur chantier", "voyage", 1, 4, 15000, 45000)]


@style("06", "bf_menuiserie_metallique_ifu")
def s06(rng, i):
    vname, vaddr, city, ccode, color = BF_V[i]
    bname, baddr = BF_B[i]
    d = rand_date(rng)
    items = lines(rng, BF_WORK, rng.randint(3, 6), D("500"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    ifu = f"{digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    b_ifu = f"{digits(rng, 8)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    rccm = f"BF {ccode} {rng.randint(2008, 2021)} {rng.choice('AB')} {rng.randint(100, 9999)}"
    no = [f"{rng.randint(100, 999)}/{d.year}", f"F{d.strftime('%y')}{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}/EOF/{d.strftime('%y')}", f"MPB-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    term = ["", "Paiement comptant à la livraison", "Paiement à 30 jours fin de mois", ""][i]
    po = [None, f"{rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}", None][i]
    cur = ["FCFA", "F CFA", "XOF", "francs CFA"][i]
    money = [lambda x: sp(x, 0), lambda x: de(x, 0), lambda x: sp(x, 0), lambda x: de(x, 0)][i]
    acompte = q0(total / 2 / 1000) * 1000 if i in (1, 3) else None
    acompte_date = d - dt.timedelta(days=rng.randint(10, 40))
    bl = f"BL {rng.randint(100, 999)}"
    bank, bcode = rng.choice([("Coris Bank International", "BF148"), ("Ecobank Burkina", "BF083"), ("Bank Of Africa Burkina Faso", "BF035"), ("Banque Atlantique Burkina Faso", "BF162")])
    branch, acct = digits(rng, 5), digits(rng, 12)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 13, "B", font="DVC", color=color)
        txt(pdf, 15, 18.5, "Menuiserie métallique – Soudure – Ferronnerie d'art – Charpente", 7.8, "I", font="DV")
        txt(pdf, 15, 22.5, vaddr, 7.8, font="DVC")
        txt(pdf, 15, 26.5, f"Tél. +226 {rng.choice(['25', '20', '70', '76'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", 7.8, font="DVC")
        pdf.set_draw_color(*color)
        pdf.rect(132, 11, 63, 20)
        txt(pdf, 134, 13, f"IFU : {ifu}", 8.2, "B", font="DVC")
        txt(pdf, 134, 18, f"RCCM : {rccm}", 7.6, font="DVC")
        txt(pdf, 134, 23, "Régime : Réel normal d'imposition", 7.6, font="DVC")
        txt(pdf, 134, 27, f"Division fiscale : DME {city.split('-')[0]}", 7.2, font="DVC")
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(15, 36, 180, 9, "F")
        txt(pdf, 15, 37.8, f"FACTURE N° {no}", 12.5, "B", font="DVC", align="C", w=180)
        txt(pdf, 120, 48, f"{city}, le {fd(d)}", 8.6, font="DVC", align="R", w=75)
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(15, 54, 95, 25)
        pdf.rect(16, 55, 93, 23)
        txt(pdf, 18, 57, "Client :", 7.6, font="DVC", color=(90, 90, 90))
        txt(pdf, 18, 61.5, bname, 9, "B", font="DVC")
        txt(pdf, 18, 66.5, baddr, 8, font="DVC")
        txt(pdf, 18, 71, f"IFU client : {b_ifu}", 7.8, font="DVC")
        kv = ([("Bon de commande n° :", po)] if po else []) + [("Bon de livraison :", bl)] + ([("Date limite de paiement :", fd(due))] if due else [])
        y = 57
        for a, b in kv:
            txt(pdf, 118, y, a, 8, font="DVC")
            txt(pdf, 158, y, b, 8, "B", font="DVC", align="R", w=37)
            y += 5.5
        cols = [("N°", 9, "C"), ("Désignation", 83, "L"), ("Unité", 16, "C"), ("Qté", 14, "R"), ("P.U. HT", 28, "R"), ("Montant HT", 30, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 48), x["unit"], qstr(x["qty"]), money(x["price"]), money(x["amount"])] for k, x in enumerate(items)]
        y0 = 86
        y = table(pdf, 15, y0, cols, rows, size=7.8, font="DVC", rowh=6.4, header_fill=(240, 240, 240), line_color=(120, 120, 120))
        frame(pdf, 15, y0, y, cols)
        yt = y + 6
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(15, yt - 2, 86, 19)
        totals(pdf, 18, yt, [("Montant HT", money(net), False), ("TVA 18 %", money(tax), False), (f"Montant TTC ({cur})", money(total), True)], wl=44, wv=36, size=8.6, font="DVC", line=(60, 60, 60))
        para(pdf, 108, yt - 1, 87, f"Arrêtée la présente facture à la somme de : {fr_words(total)} francs CFA toutes taxes comprises.", 8, "I", font="DV", h=4.2)
        y = yt + 22
        if acompte:
            txt(pdf, 15, y, f"Acompte versé le {acompte_date.strftime('%d/%m/%Y')} (chèque n° {digits(rng, 7)}) : {money(acompte)}", 8, font="DVC")
            txt(pdf, 15, y + 4.6, f"Reste à payer : {money(total - acompte)}", 8, "B", font="DVC")
            y += 12
        y = para(pdf, 15, y + 2, 180, (f"Conditions de paiement : {term}. " if term else "") + f"Règlement par chèque ou virement : {bank}, RIB {bcode} {branch} {acct} {rib_key(bcode, branch, acct)}. Matériaux garantis un an contre la corrosion.", 7.8, font="DVC", h=4)
        txt(pdf, 140, y + 10, "Le Gérant", 9, "B", font="DVC", align="C", w=50)
        txt(pdf, 140, y + 15, "(signature et cachet)", 7.4, "I", font="DV", align="C", w=50)
        pdf.output(path)

    notes = (
        "Burkinabè metalwork shop's FACTURE in French with a fully ruled table: vendor = the company name (SARL/SARLU or 'Établissements ...') at the top left; vendor tax id = 'IFU' (8 digits and a letter, shape unverified, random) in the box at the top right; the RCCM, the client's IFU, the delivery note, the cheque number and the RIB are decoys. "
        "invoice_number = the number after 'FACTURE N°' in the grey band; invoice_date = the place-and-date line ('" + city + ", le ...', " + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yy"][i] + "). "
        + ("due = 'Date limite de paiement' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande n°' {po}. " if po else "No PO. ")
        + f"subtotal = 'Montant HT'; tax = 'TVA 18 %'; total = 'Montant TTC ({cur})', repeated in French words"
        + ("; the advance ('Acompte versé le ...') and 'Reste à payer' are decoys" if acompte else "")
        + ". Currency XOF, whole francs '" + ("1 234 500" if i in (0, 2) else "1.234.500") + "'. Line items: every numbered row (quantity = units, metres, m², 'forfait', trips)."
    )
    t = T(vendor_name=vname, vendor_tax_id=ifu, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [f"{city}, le {fd(d)}", fd(due) if due else None, "IFU : " + ifu, "FACTURE N° " + no, po, vname, cur], render


# =========================================================================== 07 Zimbabwe tractor parts, fiscal tax invoice (VAT No., VAT 15 % in 2025 / 15.5 % from 2026, USD)
ZW_V = [("Mashonaland Tractor Spares (Pvt) Ltd", "14 Coventry Road, Workington, Harare", "242"),
        ("Bulawayo Agri-Parts (Private) Limited", "22 Fort Street, Belmont, Bulawayo", "292"),
        ("Chinhoyi Farm Equipment (Pvt) Ltd", "5 Magamba Way, Chinhoyi", "67"),
        ("Mutare Implements & Spares (Pvt) Ltd", "31 Herbert Chitepo Street, Mutare", "20")]
ZW_B = [("Mazowe Citrus Estates (Pvt) Ltd", "Mazowe"), ("Matopos Cattle Ranching (Pvt) Ltd", "Matobo Road, Bulawayo"),
        ("Banket Grain Growers (Pvt) Ltd", "Banket"), ("Odzi Tobacco Farming (Pvt) Ltd", "Odzi, Mutare")]
ZW_PARTS = [
    ("WP-375", "Water pump assembly, MF 375/385", 85, 160), ("CP-290", "Clutch plate 12 in., MF 290", 65, 140), ("OF-4248", "Oil filter, Perkins 4.248", "6.50", 14),
    ("OF-JD50", "Oil filter, John Deere 5000 series", 12, 28), ("HF-MF", "Hydraulic filter, MF 200 series", 18, 42), ("TL-C2", "Top link assembly, Cat II", 38, 75),
    ("LP-180", "Lift arm pin with lynch pin", 9, 22), ("BS-887", "Brake shoe set, rear", 32, 68), ("FI-A4", "Fuel injector, Perkins A4.236", 95, 180),
    ("SK-HL", "Seal kit, hydraulic lift cover", 24, 55), ("PD-26", "Plough disc 26 in. x 6 mm", 48, 95), ("HB-560", "Disc harrow bearing hub assembly", 55, 120),
    ("VB-A52", "V-belt A52", 6, 14), ("HL-12", "Headlamp 12 V, universal", 15, 35), ("GR-5", "Grease EP2, 5 kg tub", 22, 40),
    ("EO-20", "Engine oil 15W-40, 20 L", 58, 95), ("TY-149", "Tyre 14.9-28, 8 ply, rear tractor", 380, 560), ("IT-149", "Inner tube 14.9-28", 38, 65),
    ("TY-600", "Tyre 6.00-16, front tractor", 85, 140), ("AF-MF", "Air filter element, outer, MF 290", 28, 55), ("FF-PK", "Fuel filter, Perkins, spin-on", 9, 19),
    ("ST-12", "Starter motor 12 V, reconditioned exchange", 140, 260), ("AL-12", "Alternator 12 V 55 A", 95, 175), ("BT-105", "Battery 12 V 105 Ah", 110, 180),
    ("PTO-SF", "PTO shaft shear bolt set", 6, 15), ("SP-KN", "Spring tine, cultivator", 4, 11), ("RC-6", "Ridger body complete", 120, 220),
    ("HH-38", "Hydraulic hose 3/8 in., made up, 1.2 m", 18, 38), ("CL-SW", "Ignition switch with keys", 14, 30), ("GK-TK", "Gasket set, top overhaul, Perkins 4.236", 45, 95),
]


@style("07", "zw_tractor_parts_fiscal_vat")
def s07(rng, i):
    vname, vaddr, area = ZW_V[i]
    bname, baddr = ZW_B[i]
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 12, 20)) if i in (0, 2) else rand_date(rng, dt.date(2026, 1, 5), dt.date(2026, 11, 20))
    rate = D("0.15") if d.year == 2025 else D("0.155")
    rate_s = "15" if d.year == 2025 else "15.5"
    n = [rng.randint(5, 8), rng.randint(24, 28), rng.randint(8, 11), rng.randint(22, 26)][i]
    items = []
    for code, desc, lo, hi in rng.sample(ZW_PARTS, n):
        q = D(rng.randint(1, 12)) if D(str(hi)) < 100 else D(rng.randint(1, 4))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), D("0.05"))
        items.append({"code": code, "desc": desc, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate)
    total = net + tax
    tin = f"200{digits(rng, 7)}"
    vat = f"220{digits(rng, 6)}"
    no = [f"MTS-{rng.randint(10000, 39999)}", f"INV{rng.randint(100000, 199999)}", f"CFE/{d.year}/{rng.randint(1000, 9999)}", f"{rng.randint(30000, 59999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    term = ["Cash sale", "", "", "Account: 30 days"][i]
    po = [f"PO{rng.randint(1000, 9999)}", None, None, f"OTF/{rng.randint(100, 999)}"][i]
    cur = ["USD", "US$", "USD", "$"][i]
    zwg_rate = D(rng.randint(26500, 27400)) / 1000
    zwg = q2(total * zwg_rate) if i in (0, 1) else None
    ver = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(4))
    dev_id, fday, gno = rng.randint(10000, 39999), rng.randint(20, 360), rng.randint(1000, 99999)
    time_s = f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
    per_page = 20

    def header(pdf, cont):
        if cont:
            txt(pdf, 15, 12, f"{vname} – FISCAL TAX INVOICE {no} (continued)", 9, "B", font="LSans")
            return 22
        txt(pdf, 15, 12, vname, 14, "B", font="LSans")
        txt(pdf, 15, 18.5, f"{vaddr}, Zimbabwe", 8.4, font="LSans")
        txt(pdf, 15, 22.5, f"Tel +263 {area} {digits(rng, 6)} · accounts@{vname.split()[0].lower()}.co.zw", 8.4, font="LSans")
        txt(pdf, 15, 26.5, f"TIN: {tin}     VAT No.: {vat}", 8.4, "B", font="LSans")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.5)
        pdf.rect(135, 11, 60, 11)
        pdf.set_line_width(0.2)
        txt(pdf, 135, 13.5, "FISCAL TAX INVOICE", 11.5, "B", font="LSans", align="C", w=60)
        kv = [("Invoice No.", no), ("Date", fd(d)), ("Time", time_s)] + ([("Order No.", po)] if po else []) + ([("Due Date", fd(due))] if due else [])
        y = 25
        for a, b in kv:
            txt(pdf, 135, y, a, 8.2, font="LSans")
            txt(pdf, 160, y, b, 8.2, "B", font="LSans", align="R", w=35)
            y += 4.4
        yb = max(y, 36) + 3
        pdf.rect(15, yb, 110, 21)
        txt(pdf, 17, yb + 1.5, "Customer", 7.4, font="LSans", color=(100, 100, 100))
        txt(pdf, 17, yb + 5.5, bname, 9, "B", font="LSans")
        txt(pdf, 17, yb + 10, baddr, 8.2, font="LSans")
        txt(pdf, 17, yb + 14.5, f"Customer TIN: 200{digits(rng, 7)}   Customer VAT No.: 220{digits(rng, 6)}", 7.8, font="LSans")
        return yb + 27

    cols = [("Code", 22, "L"), ("Description", 78, "L"), ("Qty", 12, "R"), ("Unit Price", 24, "R"), ("VAT %", 16, "R"), ("Amount excl.", 28, "R")]

    def render(path):
        pdf = lfont(new_fpdf(creator="Sage Pastel Evolution"))
        chunks = [items[k : k + per_page] for k in range(0, len(items), per_page)]
        npages = len(chunks)
        y = 0
        for pg, chunk in enumerate(chunks):
            pdf.add_page()
            y = header(pdf, pg > 0)
            rows = [[x["code"], x["desc"], qstr(x["qty"]), en(x["price"]), rate_s, en(x["amount"])] for x in chunk]
            y = table(pdf, 15, y, cols, rows, size=7.8, font="LSans", rowh=5.6, header_fill=(20, 20, 20), header_color=(255, 255, 255), line_color=(200, 200, 200))
            if npages > 1:
                txt(pdf, 15, 284, f"Page {pg + 1} of {npages}", 7.4, font="LSans", align="R", w=180)
            if pg < npages - 1:
                txt(pdf, 15, y + 3, "Continued on next page ...", 7.8, "B", font="LSans")
        y += 5
        totals(pdf, 125, y, [("Total excl. VAT", en(net), False), (f"VAT {rate_s}%", en(tax), False), (f"Total incl. VAT ({cur})", en(total), True)], wl=40, wv=30, size=8.6, font="LSans", line=(0, 0, 0))
        if zwg:
            para(pdf, 15, y, 100, f"For information: total in ZWG at the interbank rate of {zwg_rate} = ZWG {en(zwg)}. Payment accepted in USD only.", 7.6, font="LSans", h=3.8)
        y += 22
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(15, y, 180, 34)
        qr_fpdf(pdf, rng, 160, y + 2, 30)
        txt(pdf, 18, y + 2.5, "FISCAL DEVICE DETAILS", 8.4, "B", font="LSans")
        for k, line_ in enumerate([f"Device ID: {dev_id}", f"Device Serial No.: ZF{digits(rng, 8)}", f"Fiscal Day No.: {fday}", f"Receipt Global No.: {gno}", f"Verification Code: {ver}",
                                   "Verify this invoice on the ZIMRA fiscalisation portal."]):
            txt(pdf, 18, y + 7.5 + k * 4.2, line_, 7.8, font="LSans")
        y += 40
        y = para(pdf, 15, y, 180, (f"Terms: {term}. " if term else "") + f"Bank: {rng.choice(['CBZ Bank', 'Stanbic Bank Zimbabwe', 'FBC Bank', 'Steward Bank'])}, USD Nostro account {digits(rng, 13)}, branch {rng.choice(['Samora Machel', 'Kwame Nkrumah', 'Main Street', 'Chinhoyi'])}. Goods remain the property of {vname} until paid in full. No returns on electrical parts.", 7.6, font="LSans", h=3.8)
        txt(pdf, 15, y + 8, "Received by: ______________________    Signature: ______________________", 8, font="LSans")
        pdf.output(path)

    notes = (
        "Zimbabwean tractor-parts dealer's FISCAL TAX INVOICE in English (" + ("two pages: 20 rows on the first, the totals on the second; " if n > per_page else "") + "a fiscal device block with a verification code and a QR code): vendor = the company name ((Pvt) Ltd / (Private) Limited) at the top left; vendor tax id = 'VAT No.' (9 digits starting 220, shape unverified, random); the TIN beside it, the customer's TIN and VAT number, the fiscal device's numbers, the time and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "yyyy-mm-dd", "dd Mon yyyy", "dd-mm-yyyy"][i] + "). "
        + ("due = 'Due Date' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Order No.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Total excl. VAT'; tax = 'VAT {rate_s}%' (the standard rate of the invoice's date: 15 % in 2025, 15.5 % from 1 January 2026); total = 'Total incl. VAT ({cur})'"
        + ("; the ZWG counter-value 'for information' is a decoy" if zwg else "")
        + ". Currency USD. Amounts '1,234.56'. Line items: every row of the parts table on every page (quantity = pieces)."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT No.: " + vat, no, po, vname, f"Total incl. VAT ({cur})"], render


# =========================================================================== 08 Cayman event sound and light hire (no tax, no tax id, CI$), right sidebar
KY_V = [("Cayman Sound & Light Ltd.", "Industrial Park, 112 Printers Way, George Town, Grand Cayman KY1-1102", (0, 84, 147)),
        ("Seven Mile Event Productions Ltd.", "Unit 4, Crewe Road Business Park, George Town, Grand Cayman KY1-1108", (128, 0, 64)),
        ("Island Stage & AV Ltd.", "Shedden Road, George Town, Grand Cayman KY1-1103", (34, 110, 60)),
        ("Bodden Town Audio Visual Ltd.", "Bodden Town Road, Bodden Town, Grand Cayman KY1-1500", (90, 60, 140))]
KY_B = [("Grand Harbour Yacht Club Ltd.", "Red Bay, Grand Cayman", "Charity gala dinner", "Yacht Club lawn"),
        ("Cayman Insurance Holdings Ltd.", "Elgin Avenue, George Town", "Annual client conference", "Harbour Ballroom"),
        ("Rum Point Beach Club Ltd.", "North Side, Grand Cayman", "Full-moon beach party", "Rum Point beach"),
        ("Camana Bay Events Ltd.", "Camana Bay, Grand Cayman", "Christmas concert", "The Crescent stage")]
KY_CAT = {
    "AUDIO": [("Line array speaker, event hire", "ea", 2, 12, 180, 320), ("Subwoofer 18 in., event hire", "ea", 2, 6, 150, 260), ("Digital mixing console, 32 channels", "ea", 1, 1, 450, 800),
              ("Wireless handheld microphone", "ea", 2, 8, 45, 85), ("Stage monitor wedge", "ea", 2, 8, 60, 110)],
    "LIGHTING": [("Moving head wash light", "ea", 4, 24, 65, 120), ("LED uplight, battery powered", "ea", 8, 40, 22, 40), ("Lighting console with operator laptop", "ea", 1, 1, 250, 450),
                 ("Truss section, 10 ft", "ea", 4, 16, 35, 60)],
    "VIDEO": [("LED video wall panel, 500 x 500 mm", "panel", 12, 48, 55, 95), ("Projector 10,000 lm with 12 ft screen", "ea", 1, 2, 450, 850), ("Video switcher and confidence monitor", "ea", 1, 1, 250, 400)],
    "CREW & LOGISTICS": [("Audio technician", "hr", 8, 24, 45, 75), ("Lighting technician", "hr", 8, 24, 45, 75), ("Stage hand", "hr", 8, 40, 28, 40), ("Delivery and collection, box truck", "trip", 2, 4, 120, 250)],
}


@style("08", "ky_event_av_hire_no_tax")
def s08(rng, i):
    vname, vaddr, color = KY_V[i]
    bname, baddr, event, venue = KY_B[i]
    d = rand_date(rng)
    sections = []
    for sec in ("AUDIO", "LIGHTING", "VIDEO"):
        if sec == "VIDEO" and i in (2,):
            continue
        sections.append((sec, lines(rng, KY_CAT[sec], rng.randint(2, 3), D("5"))))
    equip = sum(x["amount"] for _s, rows in sections for x in rows)
    crew = lines(rng, KY_CAT["CREW & LOGISTICS"], rng.randint(2, 4), D("0.50"))
    waiver = {"desc": "Damage waiver, 10% of equipment hire", "unit": "", "qty": None, "price": None, "amount": q2(equip * D("0.10")), "show_qty": False}
    sections.append(("CREW & LOGISTICS", crew + [waiver]))
    items = [x for _s, rows in sections for x in rows]
    total = sum(x["amount"] for x in items)
    crew_sum = total - equip
    licence = f"{rng.randint(10000, 99999)}"
    no = [f"CSL-{rng.randint(1000, 4999)}", f"{rng.randint(20000, 29999)}", f"ISAV{d.strftime('%y')}{rng.randint(100, 999)}", f"BTAV-{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}", lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=14) if i in (1, 3) else None
    term = ["Payment on receipt", "", "Balance 7 days after the event", ""][i]
    po = [f"GHYC-{rng.randint(100, 999)}", None, None, f"{rng.randint(40000, 49999)}"][i]
    cur = ["CI$", "KYD", "CI$", "CI$"][i]
    event_d = d - dt.timedelta(days=rng.randint(2, 10))
    deposit = q2(total / 2) if i in (1, 2) else None
    usd = q2(total * D("1.20")) if i in (0, 3) else None

    def render(path):
        pdf = new_fpdf(creator="Current RMS")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(146, 0, 64, 297, "F")
        white = (255, 255, 255)
        txt(pdf, 151, 16, "INVOICE", 20, "B", color=white)
        side = [("Invoice No.", no), ("Date", fd(d)), ("Event", event), ("Event date", event_d.strftime("%d/%m/%Y")), ("Venue", venue)]
        side += ([("Your PO", po)] if po else []) + ([("Payment due", fd(due))] if due else []) + [("Account manager", rng.choice(["Kerri Ebanks", "Marcus Bodden", "Shanna McLaughlin", "Dwayne Connolly"]))]
        y = 30
        for a, b in side:
            txt(pdf, 151, y, a, 7.4, color=(220, 220, 220))
            txt(pdf, 151, y + 3.8, b, 8.6, "B", color=white)
            y += 10.5
        txt(pdf, 151, 270, "Thank you for choosing us!", 7.6, "I", color=white)
        txt(pdf, 12, 14, vname, 14, "B", color=color)
        para(pdf, 12, 20.5, 125, vaddr, 7.8, h=3.8)
        txt(pdf, 12, 29, f"Tel +1 (345) {rng.randint(940, 949)}-{digits(rng, 4)} · hire@{vname.split()[0].lower()}.ky", 7.8)
        txt(pdf, 12, 33, f"Trade & Business Licence No. {licence}", 7.8)
        txt(pdf, 12, 42, "BILL TO", 7.4, "B", color=(110, 110, 110))
        txt(pdf, 12, 46, bname, 9.2, "B")
        txt(pdf, 12, 50.5, baddr, 8.2)
        cols = [("Description", 72, "L"), ("Qty", 14, "R"), ("Rate", 20, "R"), ("Amount", 24, "R")]
        rows = []
        for sec, rs in sections:
            rows.append([sec, "", "", ""])
            rows += [[wrap(x["desc"], 42), qstr(x["qty"]) if x["qty"] is not None else "", en(x["price"]) if x["price"] is not None else "", en(x["amount"])] for x in rs]
        y = table(pdf, 12, 60, cols, rows, size=7.8, rowh=5.6, header_fill=(235, 235, 235), line_color=(215, 215, 215))
        y = totals(pdf, 62, y + 5, [("Equipment hire", en(equip), False), ("Crew, logistics & waiver", en(crew_sum), False), (f"TOTAL {cur}", en(total), True)], wl=48, wv=32, size=8.6, line=color)
        if deposit:
            y = totals(pdf, 62, y + 1, [(f"Less deposit received {(event_d - dt.timedelta(days=21)).strftime('%d/%m/%Y')}", en(deposit), False), ("Balance due", en(total - deposit), False)], wl=48, wv=32, size=7.8)
        if usd:
            txt(pdf, 12, y + 2, f"US$ equivalent at CI$1.00 = US$1.20: US$ {en(usd)}", 7.6, "I")
            y += 6
        y = para(pdf, 12, y + 4, 128, (f"Terms: {term}. " if term else "") + f"Payment by wire to {rng.choice(['Butterfield Bank (Cayman) Limited', 'Cayman National Bank Ltd.', 'RBC Royal Bank (Cayman) Limited', 'CIBC Caribbean Bank (Cayman) Limited'])}, account {digits(rng, 10)}, or cheque payable to {vname}; equipment lost or damaged beyond the waiver is charged at replacement cost.", 7.6, h=3.8)
        pdf.output(path)

    notes = (
        "Caymanian event sound-and-light hire company's INVOICE in English with a coloured right sidebar holding the invoice details (labels above values): vendor = the company name (Ltd.) at the top left; no tax id (the Cayman Islands have no VAT; the 'Trade & Business Licence No.' is a decoy: vendor_tax_id null). "
        "invoice_number = 'Invoice No.' in the sidebar; invoice_date = 'Date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd-Mon-yyyy"][i] + "); 'Event date' (dd/mm/yyyy) and the deposit date are decoys. "
        + ("due = 'Payment due' (14 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your PO' {po}. " if po else "No PO. ")
        + f"No tax is charged or printed: subtotal null and tax null; total = 'TOTAL {cur}'; 'Equipment hire' and 'Crew, logistics & waiver' are section sums (decoys)"
        + ("; 'Less deposit received' and 'Balance due' are decoys" if deposit else "")
        + ("; the US$ equivalent is a decoy" if usd else "")
        + ". Currency KYD. Amounts '1,234.56'. Line items: every row under the upper-case section headings, including the damage waiver row (no quantity); the headings are not lines."
    )
    t = T(vendor_name=vname, vendor_tax_id=None, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="KYD", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, f"TOTAL {cur}"], render


# =========================================================================== 09 Cook Islands lagoon cruises, VAT-inclusive rates (VAT Reg. No., VAT 15 % inside, NZ$)
CK_V = [("Aitutaki Lagoon Cruises Ltd", "Arutanga, Aitutaki, Cook Islands", (0, 119, 182)),
        ("Rarotonga Reef Tours Ltd", "Muri Beach, Ngatangiia, Rarotonga, Cook Islands", (0, 128, 96)),
        ("Te Vaka Island Excursions Ltd", "Ara Tapu, Avarua, Rarotonga, Cook Islands", (200, 80, 30)),
        ("Akitua Sailing Adventures Ltd", "Ootu Beach, Amuri, Aitutaki, Cook Islands", (70, 70, 150))]
CK_B = [("Island Hopper Vacations Ltd", "Ara Maire Nui, Avarua, Rarotonga"), ("Pacific Blue Holidays Ltd", "Level 3, 120 Albert Street, Auckland, New Zealand"),
        ("Kia Orana Travel Services Ltd", "Ara Tapu, Arorangi, Rarotonga"), ("South Seas Journeys Ltd", "22 Cashel Street, Christchurch, New Zealand")]
CK_TOURS = [("Lagoon cruise with BBQ lunch", 89, 129), ("One Foot Island day tour", 145, 195), ("Snorkel safari, half day", 65, 95), ("Sunset sail with canapés", 75, 110),
            ("Island night feast and dance show", 85, 125), ("Lagoon cruise, child under 12", 45, 65)]
CK_GUESTS = ["Smith, J.", "Nguyen, T.", "O'Brien, K.", "Tapu, M.", "Wilson, A.", "Müller, S.", "Fraser, D.", "Patel, R.", "Henare, L.", "Walker, E.", "Chen, Y.", "Brown, P."]


@style("09", "ck_lagoon_cruise_vat_inclusive")
def s09(rng, i):
    vname, vaddr, color = CK_V[i]
    bname, baddr = CK_B[i]
    d = rand_date(rng)
    prev = d.replace(day=1) - dt.timedelta(days=1)
    nrows = rng.randint(5, 11)
    items = []
    for _k in range(nrows):
        tour, lo, hi = rng.choice(CK_TOURS)
        pax = D(rng.randint(1, 6))
        rate = exact_price(rng, pax, D(lo), D(hi), D("0.50"))
        items.append({"desc": tour, "qty": pax, "price": rate, "amount": q2(pax * rate), "day": prev.replace(day=rng.randint(1, prev.day)), "voucher": f"V{rng.randint(10000, 99999)}", "guest": rng.choice(CK_GUESTS)})
    items.sort(key=lambda x: x["day"])
    total = sum(x["amount"] for x in items)
    tax = q2(total * 3 / D(23))
    net = total - tax
    vatno = f"{rng.randint(10000, 99999)}"
    no = [f"ALC{rng.randint(1000, 9999)}", f"{rng.randint(3000, 8999)}", f"TV-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"AKS/{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%b-%y")][i]
    due = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=20) if i in (1, 2) else None
    term = ["Payable 14 days from statement", "", "", "Payment by the 20th of the following month"][i]
    po = [f"IHV-{rng.randint(1000, 9999)}", None, f"KOT{rng.randint(100, 999)}", None][i]
    cur = ["NZ$", "NZD", "$", "NZ$"][i]
    incl_first = i in (0, 2)
    agent_acct = f"AG{rng.randint(100, 999)}"

    def render(path):
        pdf = new_fpdf(creator="Rezdy")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 15, 11, vname, 15, "B", font="Serif", color=color)
        txt(pdf, 15, 18, vaddr, 8.2)
        txt(pdf, 15, 22, f"Ph +682 {rng.choice(['31', '21', '22', '25'])} {digits(rng, 3)} · bookings@{vname.split()[0].lower()}.co.ck", 8.2)
        txt(pdf, 15, 26, f"VAT Reg. No. {vatno}     Tourism Accreditation No. TA-{rng.randint(100, 999)}", 8.2, "B")
        txt(pdf, 140, 11, "TAX INVOICE", 15, "B", align="R", w=55)
        kv = [("Invoice No.", no), ("Invoice date", fd(d)), ("Period", f"{MONTHS['en'][prev.month - 1]} {prev.year}")] + ([("Agent order no.", po)] if po else []) + ([("Payment due", fd(due))] if due else [])
        y = 19
        for a, b in kv:
            txt(pdf, 140, y, a, 8)
            txt(pdf, 165, y, b, 8, "B", align="R", w=30)
            y += 4.4
        y = max(y, 36) + 2
        txt(pdf, 15, y, "To:", 8, color=(110, 110, 110))
        txt(pdf, 15, y + 4, bname, 9.2, "B")
        txt(pdf, 15, y + 8.5, baddr, 8.2)
        txt(pdf, 15, y + 13, f"Agent account {agent_acct} · Kia orana, please find your bookings for {MONTHS['en'][prev.month - 1]} below.", 8)
        cols = [("Tour date", 18, "L"), ("Voucher", 19, "L"), ("Guest", 26, "L"), ("Excursion", 63, "L"), ("Pax", 10, "R"), ("Rate", 20, "R"), ("Amount", 24, "R")]
        rows = [[x["day"].strftime("%d/%m"), x["voucher"], x["guest"], x["desc"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 15, y + 19, cols, rows, size=7.8, rowh=5.8, header_fill=color, header_color=(255, 255, 255), zebra=(238, 245, 250))
        txt(pdf, 15, y + 2, "All rates include VAT at 15%.", 7.6, "I")
        tot_rows = ([(f"Total (VAT inclusive) {cur}", en(total), True), ("Includes VAT of", en(tax), False), ("Total excluding VAT", en(net), False)] if incl_first
                    else [("Total excluding VAT", en(net), False), ("VAT 15%", en(tax), False), (f"Total including VAT {cur}", en(total), True)])
        y = totals(pdf, 118, y + 7, tot_rows, wl=50, wv=27, size=8.6, line=color)
        y = para(pdf, 15, y + 4, 180, (f"{term}. " if term else "") + f"Direct credit to {rng.choice(['Bank of the Cook Islands', 'ANZ Bank (Cook Islands)', 'BSP Cook Islands'])}, account {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 7)}-00. Meitaki maata for your bookings.", 7.8, h=3.8)
        y = max(y + 10, 232)
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(15, y, 195, y)
        pdf.set_dash_pattern()
        txt(pdf, 15, y + 3, "REMITTANCE ADVICE – please return with your payment", 8.4, "B")
        txt(pdf, 15, y + 9, f"To: {vname}", 8)
        txt(pdf, 15, y + 13.5, f"From: {bname} (agent account {agent_acct})", 8)
        txt(pdf, 120, y + 9, f"Invoice No. {no}", 8)
        txt(pdf, 120, y + 13.5, f"Amount {cur} {en(total)}", 8, "B")
        txt(pdf, 15, y + 20, "Amount paid: ______________    Date paid: ______________", 8)
        pdf.output(path)

    notes = (
        "Cook Islands lagoon-cruise operator's TAX INVOICE in English to a travel agent, one row per booking, the rates VAT-inclusive: vendor = the company name (Ltd) at the top; vendor tax id = 'VAT Reg. No.' (5 digits, shape unverified, random); the tourism accreditation number, the agent account, the vouchers and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "dd.mm.yyyy", "dd-Mon-yy"][i] + "); the tour dates (dd/mm) and the 'Period' are decoys. "
        + ("due = 'Payment due' (the 20th of the following month). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Agent order no.' {po}. " if po else "No PO. ")
        + ("total = 'Total (VAT inclusive)'; tax = 'Includes VAT of' (3/23 of the total, rounded to the cent); subtotal = 'Total excluding VAT'" if incl_first else "subtotal = 'Total excluding VAT'; tax = 'VAT 15%' (3/23 of the VAT-inclusive total, rounded to the cent); total = 'Total including VAT'")
        + f"; the remittance advice repeats the total. Currency NZD (printed '{cur}'). Amounts '1,234.56'. Line items: every booking row, amounts VAT-inclusive (their sum is the total; quantity = pax)."
    )
    t = T(vendor_name=vname, vendor_tax_id=vatno, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="NZD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vatno, no, po, vname, cur], render


# =========================================================================== 10 Congo-Brazzaville geotechnical laboratory (NIU, TVA 18 % + centimes additionnels 5 % of the TVA, XAF)
CG_V = [("Géotech Congo SARL", "Avenue de la Paix, Moungali, BP 2134, Brazzaville", "Brazzaville", "BZV", (110, 70, 20)),
        ("Laboratoire Sols et Matériaux du Congo SA", "Rue Mbochi, Poto-Poto, BP 1187, Brazzaville", "Brazzaville", "BZV", (20, 80, 120)),
        ("Bureau d'Études Techniques Mayombe SARLU", "Avenue Charles de Gaulle, Centre-ville, BP 612, Pointe-Noire", "Pointe-Noire", "PNR", (30, 100, 60)),
        ("Sondages et Fondations du Kouilou SARL", "Zone portuaire, Côte Matève, BP 4410, Pointe-Noire", "Pointe-Noire", "PNR", (130, 30, 50))]
CG_B = [("Société Immobilière du Plateau SA", "Centre-ville, Brazzaville", "immeuble R+6, avenue Amilcar Cabral"), ("Direction Départementale des Travaux Publics", "Brazzaville", "pont sur la Tsiémé"),
        ("Congo Terminal Logistique SA", "Pointe-Noire", "aire de stockage de conteneurs"), ("Hôtel Côte Sauvage SARL", "Pointe-Noire", "extension de l'hôtel, 40 chambres")]
CG_WORK = [("Sondage au pénétromètre dynamique lourd (PDL), jusqu'à 15 m", "point", 2, 10, 85000, 150000), ("Sondage carotté, carottier double", "ml", 6, 40, 45000, 85000),
           ("Essai pressiométrique Ménard", "essai", 4, 20, 35000, 60000), ("Analyse granulométrique par tamisage", "essai", 2, 12, 15000, 28000),
           ("Limites d'Atterberg", "essai", 2, 12, 18000, 30000), ("Essai Proctor modifié", "essai", 1, 8, 25000, 45000),
           ("Essai CBR imbibé, 4 jours", "essai", 1, 8, 35000, 60000), ("Teneur en eau naturelle", "essai", 4, 20, 5000, 10000),
           ("Amenée et repli du matériel de sondage", "forfait", 1, 1, 250000, 650000), ("Rapport géotechnique et recommandations de fondations", "forfait", 1, 1, 400000, 1200000)]


@style("10", "cg_etudes_geotechniques_centimes")
def s10(rng, i):
    vname, vaddr, city, ccode, color = CG_V[i]
    bname, baddr, site = CG_B[i]
    d = rand_date(rng)
    items = lines(rng, CG_WORK, rng.randint(4, 7), D("500"))
    net = sum(x["amount"] for x in items)
    tva = q0(net * D("0.18"))
    ca = q0(tva * D("0.05"))
    tax = tva + ca
    total = net + tax
    niu = f"{rng.choice('MP')}{rng.randint(2005, 2020)}{digits(rng, 12)}"
    rccm = f"CG-{ccode}-01-{rng.randint(2008, 2021)}-B{rng.randint(10, 14)}-{rng.randint(1, 999):05d}"
    no = [f"{rng.randint(100, 999)}/GC/{d.year}", f"FAC-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}-{rng.randint(1000, 1999)}", f"SFK{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "Paiement à 45 jours fin de mois", "", "Paiement à réception"][i]
    po = [None, f"{rng.randint(10, 99)}/DDTP/{d.year}", f"BC-{rng.randint(10000, 99999)}", None][i]
    cur = ["FCFA", "XAF", "F CFA", "FCFA"][i]
    money = [lambda x: sp(x, 0), lambda x: sp(x, 0), lambda x: sp(x, 0), lambda x: de(x, 0)][i]
    sumrow = i in (0, 2)
    bank, bcode = rng.choice([("LCB Bank", "30011"), ("BGFIBank Congo", "30004"), ("Ecobank Congo", "30008"), ("Crédit du Congo", "30005")])
    branch, acct = digits(rng, 5), digits(rng, 11)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Excel")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 15, 19, "Géotechnique – Sondages – Laboratoire d'essais des sols et matériaux", 8, "I", font="Serif")
        txt(pdf, 15, 23, vaddr, 8)
        txt(pdf, 15, 27, f"Tél. +242 06 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)} · contact@{vname.split()[0].lower().replace('é', 'e')}.cg", 8)
        txt(pdf, 132, 12, f"NIU : {niu}", 8.2, "B", align="R", w=63)
        txt(pdf, 132, 16.5, f"RCCM : {rccm}", 7.6, align="R", w=63)
        txt(pdf, 132, 21, f"N° CNSS : {digits(rng, 7)}", 7.6, align="R", w=63)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(15, 33, 195, 33)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 39, f"FACTURE N° {no}", 14, "B", font="Serif", align="C", w=180)
        txt(pdf, 15, 48, f"{city}, le {fd(d)}", 8.6)
        kv = [("Chantier", site)] + ([("Réf. marché / BC", po)] if po else []) + ([("Échéance", fd(due))] if due else [])
        y = 54
        for a, b in kv:
            txt(pdf, 15, y, a, 8)
            txt(pdf, 45, y, ": " + b, 8, "B")
            y += 4.8
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(108, 46, 87, 24)
        txt(pdf, 110, 47.5, "DOIT :", 8.4, "B")
        txt(pdf, 110, 52.5, bname, 8.4, "B", font="DVC")
        txt(pdf, 110, 57, baddr, 8)
        txt(pdf, 110, 61.5, f"NIU : {rng.choice('MP')}{rng.randint(2005, 2020)}{digits(rng, 12)}", 7.6)
        cols = [("Réf.", 14, "L"), ("Désignation", 86, "L"), ("Unité", 16, "C"), ("Qté", 14, "R"), ("P.U. HT", 24, "R"), ("Montant HT", 26, "R")]
        rows = [[f"{k + 1:02d}", wrap(x["desc"], 52), x["unit"], qstr(x["qty"]), money(x["price"]), money(x["amount"])] for k, x in enumerate(items)]
        y0 = 76
        y = table(pdf, 15, y0, cols, rows, size=7.8, font="Serif", rowh=6, header_fill=(235, 228, 215), border_bottom=False, line_color=(90, 90, 90))
        y += 3
        frame(pdf, 15, y0, y, cols, color=(90, 90, 90))
        trows = [("Total HT", money(net), False), ("TVA 18 %", money(tva), False), ("Centimes additionnels 5 % (sur TVA)", money(ca), False)]
        if sumrow:
            trows.append(("Total taxes", money(tax), False))
        trows.append((f"Total TTC ({cur})", money(total), True))
        y = totals(pdf, 105, y + 5, trows, wl=60, wv=30, size=8.4, font="Serif", line=(60, 60, 60))
        y = para(pdf, 15, y + 3, 180, f"Arrêtée la présente facture à la somme de : {fr_words(total)} francs CFA.", 8.4, "I", font="Serif", h=4.2)
        y = para(pdf, 15, y + 4, 180, (f"Conditions : {term}. " if term else "") + f"Règlement par virement : {bank}, RIB {bcode} {branch} {acct} {rib_key(bcode, branch, acct)}. Les résultats d'essais sont transmis sous forme de procès-verbaux séparés.", 7.8, font="Serif", h=4)
        txt(pdf, 130, y + 10, "Le Directeur technique", 8.6, "B", font="Serif", align="C", w=60)
        pdf.output(path)

    notes = (
        "Congolese (Brazzaville) geotechnical laboratory's FACTURE in French, the client under 'DOIT :', a table with column rules only: vendor = the company name (SA/SARL/SARLU) at the top left; vendor tax id = 'NIU' (a letter and 16 digits, shape unverified, random); the RCCM, the CNSS number, the client's NIU and the RIB are decoys. "
        "invoice_number = the number after 'FACTURE N°'; invoice_date = the place-and-date line ('" + city + ", le ...', " + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd.mm.yyyy"][i] + "). "
        + ("due = 'Échéance' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Réf. marché / BC' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 18 %' plus 'Centimes additionnels 5 % (sur TVA)' (5 % of the TVA), each rounded to the franc" + (", printed as 'Total taxes'" if sumrow else "; no row prints their sum") + f"; total = 'Total TTC ({cur})', repeated in French words; 'Chantier' is a decoy. "
        "Currency XAF, whole francs '" + ("1.234.567" if i == 3 else "1 234 567") + "'. Line items: every numbered row (quantity = points, metres, tests, 'forfait')."
    )
    t = T(vendor_name=vname, vendor_tax_id=niu, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XAF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    printed = [f"{city}, le {fd(d)}", fd(due) if due else None, "NIU : " + niu, "FACTURE N° " + no, po, vname, cur]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(tva), mt(ca)]}), render
