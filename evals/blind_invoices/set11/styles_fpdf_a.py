"""fpdf2 styles for set 11, part A (03 Algerian facture with NIF/NIS/RC/AI, TVA 19 % / 9 % and the timbre fiscal on cash
payments, 05 Jamaican hardware / pharmacy POS receipt on an 80 mm thermal roll with GCT 15 %)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
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
    valid,
)
from kit_common import bars_fpdf, items_from
from kit_words import fr_words
from stdnum.dz import nif as _dznif

STYLES, style = style_registry("fpdf2")


# =========================================================================== 03 Algerian facture (NIF, NIS, RC, AI, RIB; TVA 19 % / 9 %; timbre fiscal; amount in words)
DZ_V = [
    ("SARL BATIMAT EST", ["Zone industrielle Palma, lot n° 27", "25000 Constantine"], "25", (30, 70, 130)),
    ("EURL AGRO-DISTRIBUTION MITIDJA", ["Route nationale n° 29, Boufarik", "09000 Blida"], "09", (40, 110, 50)),
    ("SPA TECHNO-INFORMATIQUE ALGÉRIE", ["Cité des Annassers II, bloc C, Kouba", "16050 Alger"], "16", (120, 30, 40)),
    ("SNC FRÈRES BENALI ET CIE", ["14, rue Larbi Ben M'hidi", "31000 Oran"], "31", (80, 80, 80)),
]
DZ_B = [("ETB KHELIFI BÂTIMENT", "Cité 500 logements, El Khroub, Constantine"), ("COOPÉRATIVE AGRICOLE EL FELLAH", "Route de Meftah, Larbaâ, Blida"),
        ("CNAS - AGENCE D'ALGER", "Rue des Frères Bouadou, Bir Mourad Raïs, Alger"), ("SUPERETTE EL AMEL", "Boulevard de l'ALN, Es Sénia, Oran")]
DZ_L = [
    [("Ciment CEM II/A 42,5 (sac 50 kg)", "Sac", 780, 980, 50, 600, 19), ("Rond à béton Ø12 (barre 12 m)", "U", 1450, 1890, 40, 400, 19), ("Brique rouge 12 trous", "U", 22, 35, 1000, 12000, 19), ("Sable de carrière 0/4", "m³", 2200, 3100, 5, 40, 19)],
    [("Engrais NPK 15-15-15 (sac 50 kg)", "Sac", 5200, 7400, 10, 120, 9), ("Semences pomme de terre Spunta (25 kg)", "Sac", 6800, 9500, 5, 80, 9), ("Tuyau goutte-à-goutte 16 mm (rouleau)", "Rlx", 7800, 11200, 2, 30, 19), ("Pulvérisateur dorsal 16 l", "U", 4200, 6300, 1, 12, 19)],
    [("Ordinateur portable HP ProBook 450 G10", "U", 128000, 165000, 2, 15, 19), ("Imprimante laser Canon i-SENSYS", "U", 42000, 61000, 1, 6, 19), ("Logiciel de gestion (licence annuelle)", "U", 85000, 180000, 1, 3, 9), ("Installation et paramétrage", "Forfait", 25000, 60000, 1, 1, 19)],
    [("Huile de table 5 l", "Bidon", 1150, 1450, 10, 120, 9), ("Café moulu 250 g", "Paquet", 310, 420, 24, 240, 19), ("Semoule moyenne 25 kg", "Sac", 1950, 2400, 5, 60, 9), ("Détergent liquide 3 l", "Bidon", 480, 690, 12, 120, 19)],
]


def dz_words(total):
    da = int(total)
    c = int((total - da) * 100)
    s = f"{fr_words(da)} dinars algériens" + (f" et {fr_words(c)} centimes" if c else "")
    return s[0].upper() + s[1:]


@style("03", "dz_facture_nif_timbre")
def s03(rng, i):
    vname, vaddr, wil, color = DZ_V[i]
    bname, baddr = DZ_B[i]
    d = rand_date(rng)
    items = items_from(rng, DZ_L[i], rng.randint(2, 4), step=D("1") if i != 1 else D("10"))
    if i == 3 and len({it["extra"] for it in items}) < 2:  # the per-rate-only document shows both rates
        items = items_from(rng, DZ_L[i], 4, step=D("1"))
    for it in items:
        it["rate"] = D(it["extra"])
    net = sum(it["amount"] for it in items)
    rates = sorted({it["rate"] for it in items}, reverse=True)
    vat_rows = [(r, q2(sum(it["amount"] for it in items if it["rate"] == r) * r / 100)) for r in rates]
    tax = sum(v for _, v in vat_rows)
    ttc = net + tax
    cash = i in (0, 3)
    timbre = min(q0(ttc / 100), D(2500)) if cash else D(0)
    total = ttc + timbre
    nif = valid(rng, lambda: "0" + rng.choice(["00", "01", "98"]) + wil + digits(rng, 10), _dznif.is_valid)
    nis = "0" + digits(rng, 14)
    rc = f"{wil}/00-{digits(rng, 7, True)} B {rng.randint(98, 99) if rng.random() < 0.3 else rng.randint(10, 24):02d}"
    ai = wil + digits(rng, 9)
    rib = "00" + rng.choice(["1", "2", "3", "4"]) + digits(rng, 17)
    no = [f"{rng.randint(1, 480):03d}/{d.year}", f"FA{str(d.year)[2:]}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{str(d.year)[2:]}", str(rng.randint(10, 999))][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=30) if i == 1 else None
    po = [f"BC-{d.year}-{rng.randint(100, 999)}", None, f"{rng.randint(10, 99)}/{d.year}/DFM", None][i]
    bl = f"BL-{rng.randint(100, 9999)}"
    bl_d = d - dt.timedelta(days=rng.randint(0, 5))
    pay = ["Espèces", "Virement bancaire", "Chèque", "Espèces"][i]
    words = dz_words(total)

    def render(path):
        pdf = new_fpdf(creator="PC SOFT WinDev - Gestion commerciale")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", "LSans", color=color)
        for k, s_ in enumerate(vaddr + [f"Tél. : 0{rng.randint(21, 49)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}  ·  Capital social : {sp(D(rng.choice([1, 5, 10, 50])) * 1000000)} DA"]):
            txt(pdf, 14, 19.5 + k * 4.2, s_, 8.2, "", "LSans")
        ids = [("RC N° :", rc), ("NIF :", nif), ("NIS :", nis), ("Art. d'imposition :", ai)]
        for k, (a, b) in enumerate(ids):
            txt(pdf, 128, 12 + k * 4.4, a, 7.8, "", "LSans", color=(80, 80, 80))
            txt(pdf, 155, 12 + k * 4.4, b, 7.8, "B", "LSans")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 36, 196, 36)
        pdf.set_line_width(0.2)
        txt(pdf, 0, 42, f"FACTURE N° {no}", 15, "B", "LSans", "C", 210)
        txt(pdf, 14, 52, f"Date : {f(d)}", 9, "", "LSans")
        kv = [("Mode de paiement :", pay), ("Bon de livraison :", f"{bl} du {f(bl_d)}")]
        if po:
            kv.insert(0, ("Bon de commande N° :", po))
        if due:
            kv.append(("Date d'échéance :", f(due)))
        for k, (a, b) in enumerate(kv):
            txt(pdf, 14, 58 + k * 4.6, a, 8.4, "", "LSans", color=(70, 70, 70))
            txt(pdf, 50, 58 + k * 4.6, b, 8.4, "", "LSans")
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(112, 50, 84, 30)
        txt(pdf, 115, 52, "Client :", 7.6, "", "LSans", color=(90, 90, 90))
        txt(pdf, 115, 56.5, bname, 9, "B", "LSans")
        pdf.set_font("LSans", "", 8)
        pdf.set_xy(115, 61)
        pdf.multi_cell(78, 3.8, baddr)
        txt(pdf, 115, 70, f"NIF : {'0' + digits(rng, 14)}   AI : {digits(rng, 11, True)}", 7.4, "", "LSans")
        txt(pdf, 115, 74, f"RC : {rng.randint(1, 48):02d}/00-{digits(rng, 7, True)} B {rng.randint(5, 24):02d}", 7.4, "", "LSans")
        cols = [("N°", 10, "C"), ("Désignation", 80, "L"), ("U", 16, "C"), ("Qté", 16, "R"), ("P.U. HT", 28, "R"), ("Montant HT", 32, "R")]
        rows = [[str(k + 1), it["desc"], it["unit"], qstr(it["qty"]), sp(it["price"]), sp(it["amount"])] for k, it in enumerate(items)]
        y0 = 88
        y = table(pdf, 14, y0, cols, rows, size=8.2, font="LSans", rowh=6.4, header_fill=(225, 225, 225), line_color=(0, 0, 0))
        xs = [14]
        for c in cols:
            xs.append(xs[-1] + c[1])
        for xv in xs:
            pdf.line(xv, y0, xv, y)
        pdf.line(14, y0, xs[-1], y0)
        y += 4
        summ = [("Total HT", sp(net))] + [(f"TVA {qstr(r)} %", sp(v)) for r, v in vat_rows]
        if i != 3:
            summ.append(("Total TVA", sp(tax)))
        summ.append(("Total TTC", sp(ttc)))
        if cash:
            summ.append(("Timbre fiscal (1 %)", sp(timbre)))
        summ.append(("NET À PAYER (DA)", sp(total)))
        for a, b in summ:
            bold = a.startswith(("NET", "Total TTC"))
            pdf.rect(128, y, 68, 6.2)
            txt(pdf, 130, y + 1.3, a, 8.4, "B" if bold else "", "LSans")
            txt(pdf, 160, y + 1.3, b, 8.4, "B" if bold else "", "LSans", "R", 34)
            y += 6.2
        y += 6
        pdf.set_font("LSans", "", 8.6)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(14, y)
        pdf.multi_cell(182, 4.6, f"Arrêtée la présente facture à la somme de : {words}.")
        y = pdf.get_y() + 12
        txt(pdf, 140, y, "Le Gérant", 9, "B", "LSans", "C", 50)
        pdf.set_draw_color(*color)
        pdf.ellipse(150, y + 5, 30, 30)
        txt(pdf, 150, y + 18, "Cachet et signature", 6.6, "", "LSans", "C", 30, color=color)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(14, 276, 196, 276)
        txt(pdf, 14, 278, f"RIB : {rib} — {rng.choice(['BEA', 'BNA', 'CPA', 'BADR', 'BDL'])} agence {vaddr[-1].split(' ', 1)[1]}  ·  RC {rc}  ·  NIF {nif}  ·  NIS {nis}", 6.6, "", "LSans", color=(90, 90, 90))
        pdf.output(path)

    multi = len(vat_rows) > 1
    notes = (
        "Algerian facture (fpdf2): vendor = the letterhead (its legal form SARL/EURL/SPA/SNC first, as printed); vendor tax id = 'NIF' (15 digits, python-stdnum dz.nif); the RC, NIS, article "
        "d'imposition, RIB, capital social and all the client's identifiers are decoys (the footer repeats RC, NIF and NIS). invoice_number = the number in the title 'FACTURE N° …'; invoice_date = "
        "'Date' (dd/mm/yyyy); the delivery note's date is a decoy. " + ("due = 'Date d'échéance'. " if due else "No due date (null). ")
        + (f"PO = 'Bon de commande N°' {po}; the 'Bon de livraison' is no PO. " if po else "No PO (the 'Bon de livraison' is none). ")
        + "subtotal = 'Total HT'; tax = " + ("the sum of the per-rate rows 'TVA 19 %' and 'TVA 9 %' (no total row is printed)" if i == 3 else "'Total TVA'" + (" (the per-rate rows are parts)" if multi else ""))
        + "; " + ("total = 'NET À PAYER' = 'Total TTC' + 'Timbre fiscal' (stamp duty of 1 % on a cash payment, printed between them); 'Total TTC' is a decoy. " if cash
                  else "total = 'NET À PAYER' (= 'Total TTC', no stamp duty on a payment by " + pay.lower() + "). ")
        + "The amount in French words repeats the total. Currency DZD ('DA', 'dinars algériens'). Amounts '1 234 567,89'. Line items: every row (amount = 'Montant HT'; quantity 'Qté')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="DZD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, nif, no, po, vname, "dinars algériens"], "total_adjustment": mt(timbre)}
    if i == 3:
        chk["tax_parts"] = [mt(v) for _, v in vat_rows]
    return t, chk, render


# =========================================================================== 05 Jamaican POS receipt on an 80 mm roll (TRN, GCT 15 % on taxable lines, J$)
JM_V = [
    ("Kingston Builders Depot Ltd", ["45 Spanish Town Road", "Kingston 11, Jamaica"], "KINGSTON BUILDERS DEPOT"),
    ("Montego Bay Hardware & Lumber Ltd", ["12 Barnett Street", "Montego Bay, St. James"], "MOBAY HARDWARE & LUMBER"),
    ("Mandeville Agri Supplies Ltd", ["8 Caledonia Road", "Mandeville, Manchester"], "MANDEVILLE AGRI SUPPLIES"),
    ("Ocho Rios Pharmacy & Variety Ltd", ["Shop 14, Island Village", "Ocho Rios, St. Ann"], "OCHO RIOS PHARMACY"),
]
JM_L = [
    [("CEMENT CARIB 42.5KG", 1850, 2150, 1, 40, "T"), ("STEEL 1/2IN X 20FT", 1450, 1890, 2, 60, "T"), ("BLOCK 6IN", 120, 175, 20, 400, "T"), ("PVC PIPE 4IN X 20FT", 4200, 5600, 1, 10, "T"), ("NAILS 3IN PER LB", 180, 260, 2, 25, "T"), ("PLYWOOD 3/4 4X8", 6900, 8400, 1, 12, "T")],
    [("LUMBER PINE 2X4X12 PT", 1650, 2100, 2, 40, "T"), ("ZINC SHEET 26G 12FT", 3400, 4200, 2, 30, "T"), ("ROOFING NAILS 2.5IN LB", 240, 320, 2, 20, "T"), ("PAINT EMULSION 5GAL", 14500, 18900, 1, 4, "T"), ("HURRICANE STRAPS", 180, 260, 10, 80, "T")],
    [("CHICKEN FEED BROILER 50KG", 5800, 7200, 1, 20, "E"), ("FERTILIZER 16-8-24 50KG", 8900, 11500, 1, 10, "E"), ("MACHETE 22IN", 1450, 1950, 1, 6, "T"), ("WATER TANK 400GAL", 38500, 46000, 1, 1, "T"), ("SEED CALLALOO PKT", 180, 260, 2, 20, "E"), ("KNAPSACK SPRAYER 16L", 6800, 8900, 1, 3, "T")],
    [("PANADOL EXTRA 24S", 690, 890, 1, 4, "E"), ("VITAMIN C 1000MG 60S", 2450, 3200, 1, 3, "T"), ("SUNSCREEN SPF50 200ML", 2900, 3900, 1, 2, "T"), ("BANDAGES ASSORTED 40S", 590, 790, 1, 3, "T"), ("BABY WIPES 80S", 690, 950, 1, 4, "T"), ("ORS SACHETS 10S", 450, 650, 1, 3, "E")],
]


@style("05", "jm_gct_pos_receipt")
def s05(rng, i):
    vname, vaddr, header = JM_V[i]
    d = rand_date(rng)
    items = []
    for desc, lo, hi, qlo, qhi, flag in rng.sample(JM_L[i], rng.randint(3, min(6, len(JM_L[i])))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) + D(rng.choice([0, 0, 50])) / 100
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "flag": flag})
    net = sum(it["amount"] for it in items)
    base = sum(it["amount"] for it in items if it["flag"] == "T")
    tax = q2(base * D("0.15"))
    total = net + tax
    trn = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    no = [f"{rng.randint(1, 9):04d}-{rng.randint(1000, 999999):06d}", f"R{rng.randint(100000, 999999)}", f"{rng.randint(10000000, 99999999)}", f"03-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%y"), lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%y")][i]
    po = f"MBR-{rng.randint(1000, 9999)}" if i == 1 else None
    card = i in (1, 3)
    tender = total if card else (total // 1000 + 1) * 1000
    W = 42

    def lr(a, b):
        return a + " " * max(1, W - len(a) - len(b)) + b

    lines = []  # (text, bold, centred)
    lines += [(header, True, True)] + [(s_, False, True) for s_ in vaddr] + [(f"Tel: 876-{digits(rng, 3, True)}-{digits(rng, 4)}", False, True), (f"TRN: {trn}", False, True), (vname, False, True)]
    lines += [("-" * W, False, False), ("TAX INVOICE / RECEIPT" if i in (0, 2) else "SALES RECEIPT", True, True)]
    lines += [(f"Receipt #: {no}", False, False), (f"Date: {fd(d)}   Time: {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", False, False),
              (f"Till: {rng.randint(1, 9):02d}   Cashier: {rng.choice(['SHANICE', 'ANDRE', 'KEISHA', 'DWAYNE', 'TAMARA'])}", False, False)]
    if i == 1:
        lines += [(f"Acct: {rng.randint(10000, 99999)} SANDALS MONTEGO BAY", False, False), (f"Cust PO: {po}", False, False)]
    else:
        lines.append(("Customer: CASH SALE", False, False))
    lines += [("-" * W, False, False), (lr("ITEM  QTY @ PRICE", "AMOUNT"), True, False)]
    for it in items:
        lines += [(it["desc"], False, False), (lr(f"  {qstr(it['qty'])} @ {en(it['price'])}", f"{en(it['amount'])} {it['flag']}"), False, False)]
    lines += [("-" * W, False, False), (lr("SUBTOTAL", en(net)), False, False), (lr(f"GCT 15% ON {en(base)}", en(tax)), False, False), (lr("TOTAL J$", en(total)), True, False)]
    if card:
        lines += [(lr(f"{rng.choice(['VISA', 'MASTERCARD', 'KEYCARD'])} ****{digits(rng, 4)}", en(total)), False, False), (f"AUTH: {digits(rng, 6)}  REF: {digits(rng, 12)}", False, False)]
    else:
        lines += [(lr("CASH TENDERED", en(tender)), False, False), (lr("CHANGE", en(tender - total)), False, False)]
    lines += [(f"# OF ITEMS: {qstr(sum(it['qty'] for it in items))}", False, False), ("T = GCT TAXABLE   E = EXEMPT", False, False), ("-" * W, False, False),
              ("THANK YOU FOR SHOPPING WITH US!", False, True), ("Goods may be exchanged within 7 days", False, True), ("with this receipt. No cash refunds.", False, True)]
    trx = f"TRX {digits(rng, 7, True)}"
    h = 14 + len(lines) * 3.4 + 22

    def render(path):
        pdf = new_fpdf(fmt=(80, h), creator="NCR Counterpoint")
        pdf.add_page()
        y = 6
        for s_, bold, centre in lines:
            txt(pdf, 4, y, s_, 7 if not (bold and centre) else 8, "B" if bold else "", "Mono", "C" if centre else "L", 72)
            y += 3.4 if not (bold and centre) else 4
        bars_fpdf(pdf, rng, 12, y + 3, 56, 9)
        txt(pdf, 4, y + 13.5, trx, 6.6, "", "Mono", "C", 72)
        pdf.output(path)

    notes = (
        "Jamaican POS receipt on an 80 mm thermal roll (fpdf2, monospaced): vendor = the legal name printed under the TRN (the bold header is its trade name); vendor tax id = 'TRN' (9 digits in "
        "three groups, as printed; no public checksum). invoice_number = 'Receipt #'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "dd-Mon-yy", "yyyy-mm-dd", "dd/mm/yy"][i] + "). No due date (null). "
        + (f"PO = 'Cust PO' {po}; the account number is a decoy. " if po else "No PO. ")
        + "subtotal = 'SUBTOTAL'; tax = 'GCT 15% ON …' (on the lines flagged T only; the base in its label is a decoy); total = 'TOTAL J$'. "
        + ("The card line repeats the total; the AUTH/REF numbers and the TRX number are decoys. " if card else "'CASH TENDERED', 'CHANGE' and the TRX number are decoys. ")
        + "'# OF ITEMS' is a count. Currency JMD ('J$'). Amounts '1,234.56'. Line items: every item (two printed lines each: description, then 'qty @ price' and the amount; quantity = qty)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=trn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=None,
        currency="JMD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), trn, no, po, vname, "J$"], render
