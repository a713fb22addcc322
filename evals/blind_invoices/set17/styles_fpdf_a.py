"""fpdf2 styles for set 17, part A (01 Aruban pool-maintenance company's invoice to a resort with the three turnover
taxes BBO 2.5 %, BAVP 1.5 % and BAZV 3 %, 02 Burundian coffee washing station's facture to an exporter per kilo of
cherries with TVA 18 % in whole francs, 03 Bruneian lift-maintenance contractor's invoice with Malay labels, no tax
and an account statement, two pages on one document)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
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
    valid,
)
from kit_common import MONTHS, fr_date, para, us_date, wrap
from kit_words import fr_words
from stdnum import iban as _iban

STYLES, style = style_registry("fpdf2")


# =========================================================================== 01 Aruba pool maintenance (PN, BBO/BAVP/BAZV, Afl.)
AW_V = [
    ("Aqua Clear Pool Services Aruba N.V.", "Sabana Basora 12, Noord", (0, 110, 150)),
    ("Caribbean Pool & Spa Care V.B.A.", "Italiëstraat 44, Oranjestad", (20, 60, 120)),
    ("Blue Lagoon Pool Maintenance N.V.", "Bushiri 23, Oranjestad", (0, 120, 100)),
    ("Eagle Beach Pool Technicians V.B.A.", "Savaneta 118, Savaneta", (60, 60, 60)),
]
AW_B = [("Palm Beach Ocean Suites N.V.", "J.E. Irausquin Blvd 87, Palm Beach"), ("Boca Catalina Villas V.B.A.", "Malmok 14, Noord"),
        ("Hotel Druif Beach Resort N.V.", "J.E. Irausquin Blvd 42, Druif"), ("Seroe Colorado Residences Owners Association", "Seroe Colorado 3, San Nicolas")]
AW_WORK = [
    ('Chlorine tablets 3" (50 lb bucket)', "bucket", 1, 6, "240.00", "420.00"),
    ("pH minus (sodium bisulfate), 25 lb bag", "bag", 1, 8, "45.00", "95.00"),
    ("Filter sand #20, 50 lb bag", "bag", 2, 12, "28.00", "55.00"),
    ("Pump motor 1.5 HP, supplied and fitted", "pc", 1, 2, "650.00", "1200.00"),
    ("Repair labour, pump room", "hour", 1, 8, "75.00", "125.00"),
    ("Acid wash of pool tiles", "m²", 20, 120, "6.50", "14.00"),
    ("Salt cell cleaning and inspection", "pc", 1, 3, "95.00", "180.00"),
]


@style("01", "aw_pool_maintenance_resort")
def s01(rng, i):
    vname, vaddr, color = AW_V[i]
    bname, baddr = AW_B[i]
    d = rand_date(rng)
    month = d.replace(day=1) - dt.timedelta(days=1)
    pools = D(rng.randint(1, 4))
    items = [{"desc": f"Monthly pool & spa service contract, {MONTHS['en'][month.month - 1]} {month.year} (per pool)", "unit": "pool", "qty": pools, "price": exact_price(rng, pools, D("650"), D("1800"), D("25")), "amount": None}]
    items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
    for desc, unit, qlo, qhi, lo, hi in rng.sample(AW_WORK, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.25"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    split = i in (0, 2)
    parts = [q2(net * D(r)) for r in ("0.025", "0.015", "0.03")]
    tax = sum(parts) if split else q2(net * D("0.07"))
    total = net + tax
    pn = digits(rng, 8, True)
    b_pn = digits(rng, 8, True)
    no = [f"{rng.randint(2000, 4999)}", f"INV-{d.year}-{rng.randint(100, 999)}", f"BL{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    fd = [us_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 0, 15][i]) if i in (0, 3) else None
    term = ["", "Net 30 days", "Payable upon receipt", ""][i]
    po = [None, f"PO {rng.randint(10000, 99999)}", f"HDB-{rng.randint(1000, 9999)}", None][i]
    usd = q2(total / D("1.79")) if i == 2 else None
    visits = sorted(month.replace(day=k) for k in rng.sample(range(1, month.day + 1), 4))
    money = en

    def render(path):
        pdf = new_fpdf(creator="QuickBooks Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 14, 14, "F")
        txt(pdf, 15, 15.5, "~", 18, "B", align="C", w=14, color=(255, 255, 255))
        txt(pdf, 32, 12.5, vname, 13, "B", color=color)
        txt(pdf, 32, 18.5, f"{vaddr}, Aruba · Tel. +297 {rng.choice(['58', '56', '73'])}{digits(rng, 5)}", 7.6)
        txt(pdf, 32, 22.5, f"Persoonsnummer (PN) {pn} · KvK {rng.randint(10000, 59999)}.0", 7.6)
        txt(pdf, 140, 12, "INVOICE", 20, "B", align="R", w=55, color=color)
        kv = [("Invoice #", no), ("Invoice date", fd(d))]
        if po:
            kv.append(("P.O. #", po))
        kv.append(("Due date", fd(due)) if due else ("Terms", term))
        y = 24
        for a, b in kv:
            txt(pdf, 140, y, a, 8, align="L", w=25, color=(90, 90, 90))
            txt(pdf, 165, y, b, 8, "B", align="R", w=30)
            y += 4.6
        y = max(y, 40) + 3
        txt(pdf, 15, y, "BILL TO", 7.4, "B", color=color)
        txt(pdf, 15, y + 4, bname, 9, "B")
        txt(pdf, 15, y + 8.5, f"{baddr}, Aruba", 7.8)
        txt(pdf, 15, y + 12.5, f"PN {b_pn} · Attn. Chief Engineer", 7.8)
        txt(pdf, 110, y, "SERVICE LOCATION", 7.4, "B", color=color)
        txt(pdf, 110, y + 4, f"{bname.split(' N.V.')[0].split(' V.B.A.')[0]}, {int(pools)} pool{'s' if pools > 1 else ''} + spa", 8)
        txt(pdf, 110, y + 8.5, f"Service period {month.replace(day=1).strftime('%d/%m/%Y')} – {month.strftime('%d/%m/%Y')}", 8)
        y += 20
        rows = [[it["desc"], qstr(it["qty"]), it["unit"], money(it["price"]), money(it["amount"])] for it in items]
        cols = [("Description", 86, "L"), ("Qty", 14, "R"), ("Unit", 18, "C"), ("Rate Afl.", 26, "R"), ("Amount Afl.", 36, "R")]
        if i % 2 == 0:
            y = table(pdf, 15, y, cols, rows, size=7.8, rowh=6, header_fill=color, header_color=(255, 255, 255), border_bottom=False, zebra=(236, 246, 248))
        else:
            y = table(pdf, 15, y, cols, rows, size=7.8, rowh=6, header_fill=(235, 235, 235))
        y += 4
        tot = [("Subtotal", money(net), False)]
        if split:
            tot += [("BBO 2.5%", money(parts[0]), False), ("BAVP 1.5%", money(parts[1]), False), ("BAZV 3%", money(parts[2]), False)]
        else:
            tot += [("BBO/BAVP/BAZV 7%", money(tax), False)]
        tot.append(("TOTAL Afl.", money(total), True))
        for a, b, bold in tot:
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(120, y - 1, 75, 7, "F")
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 122, y, a, 9 if bold else 8.2, "B" if bold else "", color=c)
            txt(pdf, 160, y, b, 9 if bold else 8.2, "B" if bold else "", align="R", w=33, color=c)
            y += 6 if bold else 5
        if usd:
            txt(pdf, 120, y + 1, f"For reference: US$ {money(usd)} at Afl. 1.79 = US$ 1.00", 7, "I", color=(90, 90, 90))
            y += 5
        y += 5
        pdf.set_draw_color(*color)
        pdf.rect(15, y, 180, 26)
        txt(pdf, 18, y + 2, "Service log", 8, "B", color=color)
        for k, v in enumerate(visits):
            txt(pdf, 18 + (k % 2) * 88, y + 7 + (k // 2) * 4.5, f"{v.strftime('%d/%m/%Y')}: free Cl {rng.randint(15, 35) / 10:.1f} ppm, pH {rng.randint(72, 78) / 10:.1f}, {rng.choice(['filter backwashed', 'skimmers emptied', 'tiles brushed', 'spa drained and refilled'])}", 7.2)
        txt(pdf, 18, y + 18, f"Technician: {rng.choice(['R. Croes', 'M. Werleman', 'J. Tromp', 'E. Kelly'])} · Next scheduled visit: {(d + dt.timedelta(days=rng.randint(2, 6))).strftime('%d/%m/%Y')}", 7.2)
        y += 32
        y = para(pdf, 15, y, 180, f"{term + '. ' if term else ''}Please pay by bank transfer to {rng.choice(['Aruba Bank N.V.', 'RBC Royal Bank (Aruba) N.V.', 'CMB Caribbean Mercantile Bank N.V.', 'Banco di Caribe (Aruba) N.V.'])}, account {digits(rng, 7)} in the name of {vname}, quoting invoice {no}. "
                 "Prices include labour; the turnover taxes BBO, BAVP and BAZV are charged on the invoice amount as required by the Departamento di Impuesto.", 7.6)
        txt(pdf, 15, y + 6, "Masha danki for your business!", 8.5, "I", color=color)
        txt(pdf, 0, 285, f"{vname} · PN {pn} · Page 1 of 1", 6.8, align="C", w=210, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Aruban pool-maintenance company's INVOICE to a resort in English: vendor = the legal name (N.V./V.B.A.) at the top; vendor tax id = the 'Persoonsnummer (PN)' (8 digits, no public checksum: random); the KvK number and the client's PN are decoys. "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice date' (" + ["'March 12, 2026'", "dd-mm-yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "); the service period, the service log dates and the next visit are decoys. "
        + ("due = 'Due date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'P.O. #' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = the turnover taxes "
        + ("printed as three rows BBO 2.5% + BAVP 1.5% + BAZV 3% (each rounded; tax = their sum, no row prints it)" if split else "in one row 'BBO/BAVP/BAZV 7%'")
        + "; total = 'TOTAL Afl.'" + ("; the US$ reference amount is a decoy" if usd else "")
        + ". Currency AWG ('Afl.'). Amounts '1,234.56'. Line items: every row (amount = 'Amount Afl.'; quantity 'Qty': pools, buckets, bags, hours, m², pieces)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=pn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="AWG", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    printed = [fd(d), fd(due) if due else None, "(PN) " + pn, no, po, vname, "Afl."]
    chk = {"printed": printed, "tax_parts": [mt(p) for p in parts]} if split else printed
    return t, chk, render


# =========================================================================== 02 Burundi coffee washing station (NIF, TVA 18 %, FBu whole francs, BI IBAN)
BI_V = [
    ("Station de Lavage de Kayanza SPRL", "Quartier Rubuye, BP 45, Kayanza", "Kayanza", (110, 50, 20)),
    ("Ngozi Café Lavé SURL", "Route Ngozi-Kiremba, BP 112, Ngozi", "Ngozi", (40, 80, 40)),
    ("Société de Traitement du Café de Muramvya SA", "Colline Bugarama, BP 9, Muramvya", "Muramvya", (80, 40, 90)),
    ("Gitega Specialty Coffee SPRL", "Avenue de l'Indépendance, BP 310, Gitega", "Gitega", (20, 70, 110)),
]
BI_B = [("Burundi Coffee Exporters SA", "Avenue du Port, Bujumbura"), ("Imbo Green Coffee Trading SURL", "Boulevard du 28 Novembre, Bujumbura"),
        ("Kawa Nziza Export SA", "Chaussée Prince Louis Rwagasore, Bujumbura"), ("Tanganyika Coffee Company SPRL", "Quartier Asiatique, Bujumbura")]
BI_WORK = [
    ("Séchage du café parche sur tables africaines", "kg parche", 2000, 14000, 60, 120),
    ("Triage manuel du café parche", "kg", 2000, 14000, 20, 45),
    ("Ensachage en sacs de jute de 60 kg", "sac", 30, 230, 2500, 4500),
    ("Stockage en magasin (sac-mois)", "sac-mois", 30, 460, 800, 1600),
    ("Transport du parche vers l'usine de déparchage de Bujumbura", "tonne", 2, 14, 85000, 160000),
    ("Analyse qualité et dégustation (lot)", "lot", 1, 6, 25000, 60000),
]
BI_COLLINES = ["Rubuye", "Gatara", "Muhanga", "Kiremba", "Mbuye", "Bugarama", "Mutoyi", "Buhiga", "Kabarore"]


@style("02", "bi_station_lavage_cafe")
def s02(rng, i):
    vname, vaddr, town, color = BI_V[i]
    bname, baddr = BI_B[i]
    d = rand_date(rng)
    cherries = D(rng.randint(80, 600) * 100)
    items = [{"desc": "Traitement des cerises de café (dépulpage, fermentation, lavage)", "unit": "kg cerises", "qty": cherries, "price": D(rng.randint(45, 90)), "amount": None}]
    items[0]["amount"] = items[0]["qty"] * items[0]["price"]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(BI_WORK, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) if hi < 1000 else D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    nif = "400" + digits(rng, 7)
    b_nif = "400" + digits(rng, 7)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"F-NCL-{rng.randint(1000, 9999)}", f"STCM/{d.strftime('%y')}/{rng.randint(100, 999)}", f"GSC{d.year}{rng.randint(1000, 9999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[0, 30, 45, 0][i]) if i in (1, 2) else None
    term = ["Paiement à 30 jours fin de mois", "", "", "Paiement à la livraison du parche"][i]
    po = [f"BC-{rng.randint(1000, 9999)}", None, None, f"TCC/{d.year}/{rng.randint(10, 99)}"][i]
    money = (lambda x: de(x, 0)) if i in (0, 2) else (lambda x: sp(x, 0))
    two = i == 1
    adv = q0(total * D(rng.choice([30, 40, 50])) / 100) if i == 3 else None
    ib = valid(rng, lambda: iban("BI", rng.choice(["10001", "11002", "10003", "13005"]) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2)), _iban.is_valid)
    bank, bic = rng.choice([("Banque de Crédit de Bujumbura (BCB)", "BCBUBIBI"), ("Interbank Burundi", "IBBUBIBI"), ("KCB Bank Burundi", "KCBLBIBI"), ("Ecobank Burundi", "ECOCBIBI")])
    deliveries = sorted((d - dt.timedelta(days=rng.randint(20, 80)), rng.choice(BI_COLLINES), rng.randint(8, 60) * 100) for _ in range(10))
    campagne = f"{d.year if d.month >= 4 else d.year - 1}-{(d.year if d.month >= 4 else d.year - 1) + 1}"

    def footer(pdf, page, pages):
        pdf.set_draw_color(*color)
        pdf.line(15, 282, 195, 282)
        txt(pdf, 15, 284, f"{vname} · NIF {nif} · RC n° {rc}", 6.6, color=(110, 110, 110))
        txt(pdf, 150, 284, f"Page {page}/{pages}", 6.6, align="R", w=45, color=(110, 110, 110))

    rc = f"{rng.randint(1000, 9999)}/{rng.randint(12, 24)}"

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word - Facture")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.ellipse(15, 12, 18, 18, "F")
        txt(pdf, 15, 18, "KAWA", 7.5, "B", align="C", w=18, color=(255, 255, 255))
        txt(pdf, 37, 12, vname, 12.5, "B", color=color)
        txt(pdf, 37, 18, "Station de lavage de café · Campagne café " + campagne, 7.6)
        txt(pdf, 37, 22, f"{vaddr} – République du Burundi · Tél. +257 {rng.choice(['22', '79', '61'])} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 7.6)
        txt(pdf, 37, 26, f"NIF : {nif} · RC n° {rc} · Centre fiscal : {rng.choice(['DMC', 'DPMC'])}", 7.6, "B")
        y = 38
        if i in (0, 2):
            txt(pdf, 120, y, f"{town}, le {fd(d)}", 8.5, align="R", w=75)
            y += 8
        txt(pdf, 15, y, f"FACTURE N° {no}", 14, "B")
        y += 9
        meta = []
        if i in (1, 3):
            meta.append(("Date de facturation", fd(d)))
        if po:
            meta.append(("Votre bon de commande n°", po))
        meta.append(("Date limite de paiement" if i == 1 else "Échéance", fd(due)) if due else ("Conditions de paiement", term))
        meta.append(("Contrat de prestation", f"CP/{d.year}/{rng.randint(10, 99)} du {fd(d - dt.timedelta(days=rng.randint(60, 200)))}"))
        yy = y
        for a, b in meta:
            txt(pdf, 15, yy, a + " :", 8)
            txt(pdf, 58, yy, b, 8, "B")
            yy += 4.5
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(125, y - 2, 70, 24)
        txt(pdf, 127, y - 0.5, "Client", 7, color=(110, 110, 110))
        txt(pdf, 127, y + 3.5, bname, 8.4, "B")
        txt(pdf, 127, y + 8, baddr, 7.6)
        txt(pdf, 127, y + 12.5, f"NIF client : {b_nif}", 7.6)
        txt(pdf, 127, y + 17, "Assujetti à la TVA : oui", 7.6)
        y = max(yy, y + 24) + 4
        y = para(pdf, 15, y, 180, f"Objet : traitement par voie humide des cerises livrées par les caféiculteurs pour le compte du client, campagne {campagne} ({money(cherries)} kg de cerises réceptionnés).", 8)
        rows = [[wrap(it["desc"], 46), it["unit"], money(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 15, y + 3, [("Désignation", 82, "L"), ("Unité", 22, "C"), ("Quantité", 24, "R"), ("P.U. (FBu)", 22, "R"), ("Montant (FBu)", 30, "R")], rows, size=7.6, rowh=6, header_fill=(240, 234, 226))
        y += 4
        for a, b, bold in [("Montant HT", money(net), False), ("TVA 18 %", money(tax), False), ("Montant TTC (FBu)", money(total), True)]:
            txt(pdf, 120, y, a, 8.8 if bold else 8.2, "B" if bold else "")
            txt(pdf, 160, y, b, 8.8 if bold else 8.2, "B" if bold else "", align="R", w=35)
            y += 5.2
        if adv:
            txt(pdf, 120, y + 1, "Avance reçue", 7.6, "I")
            txt(pdf, 160, y + 1, money(adv), 7.6, "I", align="R", w=35)
            txt(pdf, 120, y + 5.5, "Reste à payer", 7.6, "I")
            txt(pdf, 160, y + 5.5, money(total - adv), 7.6, "I", align="R", w=35)
            y += 11
        y = para(pdf, 15, y + 4, 180, f"Arrêtée la présente facture à la somme de {fr_words(int(total))} francs burundais ({money(total)} FBu) toutes taxes comprises.", 7.8, "I")
        y = para(pdf, 15, y + 3, 180, f"Règlement par virement : {bank}, IBAN {iban_fmt(ib)}, BIC {bic}. Rappeler le numéro de facture. "
                 + ("Le relevé des livraisons de cerises par colline figure en page 2." if two else "Les poids sont ceux du registre de réception de la station."), 7.6)
        txt(pdf, 130, y + 8, "Le Gérant", 8, "B")
        txt(pdf, 130, y + 20, rng.choice(["Jean-Claude Ndayishimiye", "Pascaline Niyonzima", "Évariste Hakizimana", "Aline Irakoze"]), 7.8)
        footer(pdf, 1, 2 if two else 1)
        if two:
            pdf.add_page()
            txt(pdf, 15, 15, f"Relevé des livraisons de cerises – annexe à la facture N° {no}", 10, "B")
            rows = [[dd.strftime("%d/%m/%Y"), col, money(kg), f"BR-{rng.randint(1000, 9999)}"] for dd, col, kg in deliveries]
            table(pdf, 15, 24, [("Date de réception", 40, "L"), ("Colline", 50, "L"), ("Cerises (kg)", 35, "R"), ("Bon de réception", 40, "L")], rows, size=7.8, rowh=6, header_fill=(240, 234, 226))
            footer(pdf, 2, 2)
        pdf.output(path)

    notes = (
        "Burundian coffee washing station's FACTURE in French: vendor = the legal name (SPRL/SURL/SA) at the top; vendor tax id = 'NIF' (10 digits, no public checksum: random); the RC number, the client's NIF, the service contract and the IBAN are decoys. "
        "invoice_number = the number after 'FACTURE N°'; invoice_date = " + ["the place-and-date line 'Kayanza, le 12 mars 2026' (no date label)", "'Date de facturation' (dd/mm/yyyy)", "the place-and-date line 'Muramvya, le 12 mars 2026' (no date label)", "'Date de facturation' (dd.mm.yyyy)"][i] + "; the contract date and the delivery dates are decoys. "
        + ("due = '" + ("Date limite de paiement" if i == 1 else "Échéance") + "'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Votre bon de commande n°' {po}. " if po else "No PO. ")
        + "subtotal = 'Montant HT'; tax = 'TVA 18 %'; total = 'Montant TTC (FBu)'" + ("; 'Avance reçue' and 'Reste à payer' are decoys" if adv else "")
        + ("; page 2 is a register of cherry deliveries (decoy, not lines)" if two else "")
        + ". The amount in words repeats the total; the kilos of cherries in the 'Objet' line repeat the first row's quantity. Currency BIF ('FBu'), whole francs. Amounts " + ("'1.234.567'" if i in (0, 2) else "'1 234 567'")
        + ". Line items: every row (amount = 'Montant (FBu)'; quantity 'Quantité': kg, sacks, sack-months, tonnes, lots)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BIF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, "FACTURE N° " + no, po, vname, "FBu"], render


# =========================================================================== 03 Brunei lift maintenance (no tax, RC number only, B$, Malay labels, statement)
BN_V = [
    ("Seri Lift Engineering Sdn Bhd", "Unit 12, Block B, Kiulap Plaza, Bandar Seri Begawan BE1518", (150, 20, 30)),
    ("Kiulap Elevator Services Sdn Bhd", "Simpang 32-37, Jalan Berakas, Bandar Seri Begawan BB3713", (20, 60, 120)),
    ("Borneo Vertical Transport Sdn Bhd", "Lot 5521, Jalan Gadong, Bandar Seri Begawan BE3519", (30, 100, 70)),
    ("Mulaut Lift & Escalator Sdn Bhd", "No. 8, Simpang 150, Jalan Tutong, Kampong Mulaut BF1120", (90, 60, 20)),
]
BN_B = [("Menara Mentiri Condominium Management Board", "Jalan Mentiri, Muara BU1529"), ("Gadong Central Mall Sdn Bhd", "Jalan Gadong, Bandar Seri Begawan BE4119"),
        ("Jerudong Medical Suites Sdn Bhd", "Jalan Jerudong, Jerudong BG3122"), ("Hotel Sungai Kiulap Sdn Bhd", "Jalan Kiulap, Bandar Seri Begawan BE1518")]
BN_PARTS = [
    ("Emergency call-out after office hours", "call", 1, 4, "120.00", "250.00"),
    ("Door roller set replacement", "set", 1, 4, "85.00", "220.00"),
    ("Landing push button (Braille) replacement", "pc", 1, 6, "45.00", "120.00"),
    ("Emergency light battery pack", "pc", 1, 4, "65.00", "150.00"),
    ("Car door safety edge (light curtain)", "pc", 1, 2, "480.00", "950.00"),
    ("Machine room ventilation fan", "pc", 1, 2, "160.00", "340.00"),
]


@style("03", "bn_lift_maintenance_contract")
def s03(rng, i):
    vname, vaddr, color = BN_V[i]
    bname, baddr = BN_B[i]
    d = rand_date(rng)
    lifts = rng.randint(2, 8)
    month = d.replace(day=1) - dt.timedelta(days=1)
    items = [{"desc": f"Comprehensive maintenance, {MONTHS['en'][month.month - 1]} {month.year} – passenger lifts", "unit": "lift", "qty": D(lifts), "price": exact_price(rng, D(lifts), D("350"), D("900"), D("5")), "amount": None}]
    items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
    if rng.random() < 0.6:
        q = D(rng.randint(1, lifts))
        p = exact_price(rng, q, D("450"), D("1200"), D("5"))
        items.append({"desc": "Annual statutory inspection and load test (with inspector's fee)", "unit": "lift", "qty": q, "price": p, "amount": q2(q * p)})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(BN_PARTS, rng.randint(1, 3) if i else rng.randint(5, 6)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    total = sum(it["amount"] for it in items)
    rc = f"RC/{digits(rng, 8)}"
    b_rc = f"RC/{digits(rng, 8)}"
    no = [f"SLE-{rng.randint(10000, 99999)}", f"INV/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(200000, 299999)}", f"MLE{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['ms'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"][i]
    due = d + dt.timedelta(days=[30, 0, 14, 0][i]) if i in (0, 2) else None
    term = ["", "30 days / 30 hari", "", "Payment upon receipt / Bayaran semasa menerima invois"][i]
    po = [None, f"PO/{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"JMS-{rng.randint(100, 999)}", None][i]
    contract = f"LMC/{d.year - 1}/{rng.randint(10, 99)}"
    stmt = i in (1, 3)
    prev = q2(D(rng.randint(200000, 900000)) / 100)
    paid = prev if i == 1 else q2(prev - D(rng.randint(10000, 50000)) / 100)
    two = i == 0
    money = en
    log = [(month.replace(day=rng.randint(1, month.day)).strftime("%d/%m/%Y"), f"L{k + 1}", rng.choice(["Hj. Ali", "Awang Rosli", "Pg. Hamid", "Dk. Salmah"]), rng.choice(["Monthly PM completed", "Door adjusted, rollers noisy", "Brake checked OK", "Leveling adjusted +5 mm", "Rope tension checked"])) for k in range(lifts) for _ in range(2)]

    tel = f"{rng.choice(['2', '7', '8'])}{digits(rng, 6)}"

    def header(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 6, "F")
        txt(pdf, 15, 11, vname, 14, "B", color=color)
        txt(pdf, 15, 17.5, vaddr, 7.6)
        txt(pdf, 15, 21.5, f"Tel: +673 {tel} · Company Reg. No. / No. Pendaftaran Syarikat: {rc}", 7.6)
        txt(pdf, 140, 11, "INVOICE / INVOIS", 13, "B", align="R", w=55)
        txt(pdf, 140, 18, f"Page {page} of {pages}", 7.4, align="R", w=55)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Excel - Invoice template")
        pdf.add_page()
        header(pdf, 1, 2 if two else 1)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(15, 28, 95, 26)
        txt(pdf, 17, 29.5, "Bill To / Kepada", 7, color=(110, 110, 110))
        txt(pdf, 17, 33.5, bname, 8.6, "B")
        txt(pdf, 17, 38, baddr, 7.6)
        txt(pdf, 17, 42.5, f"Reg. No.: {b_rc}", 7.6)
        txt(pdf, 17, 47, f"Site: {lifts} passenger lifts ({rng.choice(['Mitsubishi', 'Schindler', 'KONE', 'Fuji'])})", 7.6)
        kv = [("Invoice No. / No. Invois", no), ("Date / Tarikh", fd(d))]
        if po:
            kv.append(("Your Ref. / Rujukan Tuan", po))
        kv.append(("Due Date / Tarikh Akhir", fd(due)) if due else None)
        kv.append(("Contract No. / No. Kontrak", contract))
        y = 29
        for row in [r for r in kv if r]:
            txt(pdf, 115, y, row[0], 7.6)
            txt(pdf, 160, y, row[1], 7.8, "B", align="R", w=35)
            y += 4.8
        rows = [[str(k + 1), it["desc"], qstr(it["qty"]), it["unit"], money(it["price"]), money(it["amount"])] for k, it in enumerate(items)]
        y = table(pdf, 15, 62, [("No.", 10, "C"), ("Description / Keterangan", 82, "L"), ("Qty", 14, "R"), ("Unit", 14, "C"), ("Unit Price B$", 26, "R"), ("Amount B$", 34, "R")], rows, size=7.6, rowh=6.2, header_fill=(235, 235, 235))
        y += 3
        pdf.set_fill_color(*color)
        pdf.rect(110, y, 85, 8, "F")
        txt(pdf, 112, y + 1.8, "Total Amount / Jumlah B$", 9, "B", color=(255, 255, 255))
        txt(pdf, 160, y + 1.8, money(total), 9, "B", align="R", w=33, color=(255, 255, 255))
        y += 12
        txt(pdf, 15, y, "No GST/VAT is chargeable in Brunei Darussalam.", 7.2, "I", color=(100, 100, 100))
        if stmt:
            pdf.set_draw_color(160, 160, 160)
            pdf.rect(110, y, 85, 20)
            txt(pdf, 112, y + 1.5, "Account summary / Ringkasan akaun", 7.4, "B")
            for k, (a, b) in enumerate([("Previous balance / Baki terdahulu", prev), ("Payment received / Bayaran diterima", -paid), ("Balance due / Baki perlu dibayar", prev - paid + total)]):
                txt(pdf, 112, y + 6 + k * 4.3, a, 7.2)
                txt(pdf, 160, y + 6 + k * 4.3, money(b), 7.2, align="R", w=33)
            y += 24
        else:
            y += 6
        y = para(pdf, 15, y + 2, 180, (f"Terms / Syarat: {term}. " if term else "") + f"Cheques payable to {vname}. Bank transfer: {rng.choice(['Baiduri Bank Berhad', 'Bank Islam Brunei Darussalam (BIBD)', 'Standard Chartered Bank Brunei', 'TAIB'])}, account no. {digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 6)}. "
                 "Breakdown service 24 hours: call our hotline. This is a computer-generated invoice.", 7.6)
        txt(pdf, 15, y + 12, "Authorised signature / Tandatangan: ____________________", 7.8)
        if two:
            pdf.add_page()
            header(pdf, 2, 2)
            txt(pdf, 15, 30, f"Maintenance log / Log penyelenggaraan – {MONTHS['ms'][month.month - 1]} {month.year} (invoice {no})", 9, "B")
            table(pdf, 15, 37, [("Date / Tarikh", 30, "L"), ("Lift", 16, "C"), ("Technician / Juruteknik", 45, "L"), ("Remarks / Catatan", 89, "L")], [list(r) for r in log], size=7.6, rowh=5.8, header_fill=(235, 235, 235))
        pdf.output(path)

    notes = (
        "Bruneian lift-maintenance contractor's INVOICE / INVOIS in English with Malay labels: vendor = the company name (Sdn Bhd) at the top; no tax id is printed (Brunei has no GST/VAT): vendor_tax_id null; the 'Company Reg. No.' (RC/…), the client's Reg. No. and the contract number are decoys. "
        "invoice_number = 'Invoice No. / No. Invois'; invoice_date = 'Date / Tarikh' (" + ["'12 Mac 2026' (Malay month)", "dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'"][i] + "); the maintenance month and the log dates are decoys. "
        + ("due = 'Due Date / Tarikh Akhir'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your Ref. / Rujukan Tuan' {po}. " if po else "No PO. ")
        + "No tax is shown: subtotal and tax null; total = 'Total Amount / Jumlah B$'"
        + ("; the account summary (previous balance, payment received, balance due) is a decoy" if stmt else "")
        + ("; two pages: page 2 is a maintenance log (decoy, not lines)" if two else "")
        + ". Currency BND ('B$'). Amounts '1,234.56'. Line items: every numbered row (amount = 'Amount B$'; quantity 'Qty': lifts, calls, sets, pieces)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=None, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BND", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, rc, no, po, vname, "B$"], render
