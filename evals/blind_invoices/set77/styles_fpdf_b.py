"""fpdf2 styles for set 77, second part (08 Smederevo KNJIŽNO ODOBRENJE (credit note) in Serbian Latin on a LANDSCAPE
page, each fact's LABEL AT THE LINE'S END after its value, a fully ruled grid whose LAST ROW holds the totals, PDV
20 %, negative amounts 1.234,56 RSD; 09 Gavar SELF-BILLING invoice in English with Armenian headings, issued by the
buyer (a dairy or fish processor) for its supplier, the totals in a box at the TOP, VAT 20 %, whole drams; 10 Tabarka
forwarder's FREIGHT AND CUSTOMS bill (facture de transit) in French, prestations with TVA 19 % and débours without,
the timbre fiscal, dinars to the millime '1 234,560', the totals at the bottom LEFT and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import pick, rs_pib, tn_mf
from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, fr_date, frame, para, po_note, qr_fpdf, truth
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Smederevo credit note (PDV 20 %, RSD), landscape
SM_V = [("JUGOMETAL SMEDEREVO DOO", "Karađorđeva 56, 11300 Smederevo"), ("PODUNAVSKI VINOGRADI DOO", "Radinac bb, 11300 Smederevo"),
        ("TVRĐAVA LOGISTIKA DOO", "Lučka zona 4, 11300 Smederevo"), ("SMEDEREVKA APARATI AD", "Goranska 12, 11300 Smederevo")]
SM_B = [("Metalac Gradnja DOO", "Požarevac"), ("Maxi Market Podunavlje DOO", "Beograd"), ("Agro Morava DOO", "Velika Plana"), ("Tehno Dom Kragujevac DOO", "Kragujevac")]
SM_ROWS = [
    [("Lim hladno valjani 1,5 mm", "kg", 100, 900, 95, 160), ("Profil kutijasti 40x40x2", "m", 20, 300, 210, 380), ("Cev šavna Ø 48,3", "m", 20, 200, 280, 460)],
    [("Smederevka belo vino 0,75 l", "kom", 24, 300, 380, 620), ("Prokupac crveno vino 0,75 l", "kom", 12, 180, 520, 890), ("Rakija od grožđa 0,7 l", "kom", 6, 60, 1200, 2100)],
    [("Lučka manipulacija kontejner 20'", "kom", 1, 6, 9500, 16000), ("Skladištenje paleta po danu", "dan", 5, 40, 180, 320), ("Carinsko posredovanje", "usl", 1, 3, 6000, 12000)],
    [("Šporet na čvrsto gorivo", "kom", 1, 10, 42000, 78000), ("Kotao za centralno grejanje 25 kW", "kom", 1, 4, 95000, 160000), ("Dimovodna cev Ø 130", "kom", 2, 20, 900, 1800)],
]
SM_WHY = ["povraćaj robe – reklamacija", "odobreni rabat za kvartal", "storno pogrešno fakturisanih usluga", "povraćaj oštećene robe"]


@style("08", "rs_sme_smederevo_knjizno_odobrenje_credit_note_pdv_20_landscape_labels_eol_totals_last_row")
def s08(rng, i):
    vname, vaddr = SM_V[i]
    bname, bcity = SM_B[i]
    d = rand_date(rng)
    items = pick(rng, SM_ROWS[i], [2, 3, 2, 3][i], D("1"))
    for x in items:
        x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    pib_, bpib = rs_pib(rng), rs_pib(rng)
    no = [f"KO-{rng.randint(1, 999)}/{d.year}", f"{rng.randint(1, 99)}-KO/{d.strftime('%y')}", f"KO{d.year}{rng.randint(1000, 9999)}", f"ODB-{rng.randint(100, 999)}"][i]
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    ref = f"{rng.randint(100, 999)}/{d.year}"
    refd = f(d - dt.timedelta(days=rng.randint(10, 80)))
    po = f"{rng.randint(1000, 9999)}" if i == 1 else None
    sef = f"{digits(rng, 8)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 12)}"

    def render(path):
        pdf = new_fpdf("L", creator="Minimax")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 15, "B")
        txt(pdf, 14, 17, f"{vaddr} · PIB {pib_} · MB {digits(rng, 8, True)} · šifra delatnosti {rng.choice(['2511', '1102', '5224', '2752'])}", 8, color=(70, 70, 70))
        txt(pdf, 14, 21.5, f"Tekući račun {rng.choice(['160', '265', '170'])}-{digits(rng, 13)}-{digits(rng, 2)} · Banca Intesa / Raiffeisen", 8, color=(70, 70, 70))
        txt(pdf, 180, 10, "KNJIŽNO ODOBRENJE", 18, "B", w=103, align="R")
        txt(pdf, 180, 18, "(dokument o smanjenju naknade, čl. 21 Zakona o PDV)", 7.6, w=103, align="R", color=(90, 90, 90))
        facts = [(no, "broj odobrenja"), (f(d), "datum izdavanja"), (f"{ref} od {refd}", "po osnovu fakture"), (SM_WHY[i], "razlog")]
        if po:
            facts.append((po, "broj porudžbenice"))
        y = 32
        for v, lab in facts:
            txt(pdf, 14, y, v, 9, "B")
            pdf.set_font("DV", "B", 9)
            w = pdf.get_string_width(v)
            txt(pdf, 16 + w, y, "← " + lab, 7.6, color=(110, 110, 110))
            y += 5.4
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(180, 31, 103, 24)
        txt(pdf, 183, 33, "Kupac", 7.4, color=(110, 110, 110))
        txt(pdf, 183, 37.5, bname, 9.4, "B")
        txt(pdf, 183, 42.5, bcity, 8.4)
        txt(pdf, 183, 47.5, f"PIB kupca {bpib}", 8.4)
        cols = [("R.br.", 12, "L"), ("Naziv", 86, "L"), ("JM", 14, "L"), ("Količina", 24, "R"), ("Cena bez PDV", 30, "R"), ("Osnovica", 34, "R"), ("PDV 20 %", 30, "R"), ("Ukupno", 39, "R")]
        rows = [[f"{k + 1}", x["desc"], x["unit"], qstr(x["qty"]), de(x["price"]), de(x["amount"]), de(q2(x["amount"] * D("0.2"))), de(q2(x["amount"] * D("1.2")))] for k, x in enumerate(items)]
        y0 = 66
        y = table(pdf, 14, y0, cols, rows, size=8.4, rowh=7, header_fill=(225, 225, 225), line_color=(0, 0, 0))
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(14, y, 269, 8, "F")
        txt(pdf, 15, y + 1.6, "UKUPNO ODOBRENJE (RSD)", 8.8, "B")
        for xx, w, s in ((180, 34, de(net)), (214, 30, de(tax)), (244, 39, de(total))):
            txt(pdf, xx + 1, y + 1.6, s, 8.8, "B", w=w - 2, align="R")
        frame(pdf, 14, y0, y, cols, color=(0, 0, 0))
        pdf.rect(14, y, 269, 8)
        for xx in (180, 214, 244):
            pdf.line(xx, y, xx, y + 8)
        y += 16
        para(pdf, 14, y, 180, f"Ovim knjižnim odobrenjem umanjuje se potraživanje po fakturi {ref}. Kupac je dužan da u roku od 8 dana potvrdi prijem i izvrši ispravku odbitka prethodnog poreza. SEF ID: {sef}", 8)
        txt(pdf, 200, y + 14, "Odgovorno lice", 8, w=70, align="C")
        pdf.line(205, y + 13, 265, y + 13)
        txt(pdf, 14, 198, "Strana 1 od 1", 7.4, color=(110, 110, 110))
        pdf.output(path)

    notes = ("Smederevo (Serbia) KNJIŽNO ODOBRENJE (a CREDIT NOTE under the VAT law) in Serbian Latin on a LANDSCAPE page, the facts as bold values with their LABEL AT THE LINE'S END ('← broj odobrenja'), a FULLY RULED grid whose LAST ROW holds the totals, PDV 20 %, NEGATIVE amounts 1.234,56, dates dd.mm.yyyy: "
             "vendor = the letterhead's name; vendor_tax_id = 'PIB' (9 digits with the check digit; MB, the activity code, the bank account, the buyer's PIB and the SEF ID are decoys). invoice_number = the value of '← broj odobrenja'; invoice_date = '← datum izdavanja' (the credited invoice's number and date are decoys). "
             "No due date or term printed (null). " + po_note(po, "broj porudžbenice") + "subtotal = the 'Osnovica' of the last row 'UKUPNO ODOBRENJE (RSD)'; tax = its 'PDV 20 %'; total = its 'Ukupno'. All negative; document_type credit_note. Currency RSD. Line items: the net 'Osnovica' of each row, negative, with negative quantities.")
    t = truth(vname, pib_, no, po, d, None, "RSD", net, tax, total, items, notes)
    t["document_type"] = "credit_note"
    chk = {"printed": [vname, pib_, no, f(d), bpib, ref, "UKUPNO ODOBRENJE", sef]}
    return t, chk, render


# =========================================================================== 09 Gavar self-billing invoice (VAT 20 %, AMD)
GV_ISS = [("Gavar Dairy CJSC", "Գավառի կաթնամթերք ՓԲԸ", "12 Sayat-Nova St, Gavar 1201, Gegharkunik"), ("Sevan Fish Processing LLC", "Սևան ձկնամթերք ՍՊԸ", "Shorzha road 3 km, Gavar, Gegharkunik"),
          ("Gegham Cheese Factory LLC", "Գեղամ պանրի գործարան ՍՊԸ", "Hatsarat district 14, Gavar 1203"), ("Lake Sevan Foods CJSC", "Սևանա լճի սնունդ ՓԲԸ", "Kamo St 40, Gavar 1201")]
GV_SUP = [("Noratus Farmers Cooperative", "Noratus village, Gegharkunik"), ("Sevan Trout Farm LLC", "Tsovazard village, Gegharkunik"),
          ("Lchashen Agro LLC", "Lchashen village, Sevan"), ("Martuni Sheep Breeders LLC", "Martuni, Gegharkunik")]
GV_ROWS = [
    [("Raw cow milk, fat 3.6 %", "kg", 2000, 14000, 180, 260), ("Raw cow milk, fat 4.0 % (premium)", "kg", 500, 5000, 210, 290), ("Quality bonus per tested batch", "batch", 1, 8, 5000, 15000)],
    [("Rainbow trout, live, 300–500 g", "kg", 200, 2500, 2400, 3600), ("Sevan whitefish (sig), chilled", "kg", 50, 800, 2800, 4200), ("Transport from farm, per trip", "trip", 1, 6, 15000, 30000)],
    [("Raw sheep milk", "kg", 500, 6000, 320, 460), ("Raw goat milk", "kg", 200, 2000, 280, 400), ("Cooling service at the collection point", "day", 5, 30, 3000, 6000)],
    [("Lamb carcasses, grade A", "kg", 200, 1500, 3200, 4400), ("Sheep wool, washed", "kg", 100, 900, 600, 1100), ("Veterinary certificates", "pcs", 1, 10, 2000, 5000)],
]


@style("09", "am_gav_gavar_self_billing_invoice_vat_20_totals_top_whole_drams_armenian_heads")
def s09(rng, i):
    iname, iarm, iaddr = GV_ISS[i]
    sname, saddr = GV_SUP[i]
    d = rand_date(rng)
    items = pick(rng, GV_ROWS[i], [3, 2, 3, 2][i], D("10"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2")).quantize(D("1"))
    total = net + tax
    stin, itin = digits(rng, 8, True), digits(rng, 8, True)
    no = f"SB-{d.strftime('%y%m')}-{rng.randint(10, 999):03d}"
    period0 = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{period0.replace(day=1).strftime('%d.%m.%Y')} – {period0.strftime('%d.%m.%Y')}"
    due = d + dt.timedelta(days=rng.choice([10, 15, 20])) if i != 1 else None
    agr = f"SBA-{rng.randint(10, 99)}/{rng.randint(2021, 2024)}"
    po = f"PO {rng.randint(1000, 9999)}" if i == 2 else None
    w = lambda x: en(x, 0)  # noqa: E731
    ldate = f"{d.day} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.month - 1]} {d.year}"
    eserial = f"Ա{digits(rng, 9)}"

    def render(path):
        pdf = new_fpdf(creator="ArmSoft")
        pdf.add_page()
        txt(pdf, 14, 12, iarm, 9, color=(90, 90, 90))
        txt(pdf, 14, 17, iname, 13, "B", color=(0, 70, 110))
        txt(pdf, 14, 23.5, f"{iaddr} · TIN {itin}", 8, color=(70, 70, 70))
        txt(pdf, 110, 12, "ԻՆՔՆԱՀԱՇՎԱՐԿ / SELF-BILLING INVOICE", 11, "B", w=86, align="R")
        txt(pdf, 110, 18.5, "issued by the customer on behalf of the supplier", 7.6, w=86, align="R", color=(90, 90, 90))
        # totals box at the top
        pdf.set_fill_color(230, 240, 246)
        pdf.rect(14, 32, 182, 20, "F")
        for k, (lab, val) in enumerate([("Net amount", w(net)), ("VAT 20 %", w(tax)), ("TOTAL PAYABLE TO SUPPLIER (AMD)", w(total))]):
            xx = 18 + k * 58
            txt(pdf, xx, 35, lab, 7.2, color=(80, 80, 80))
            txt(pdf, xx, 41, val, 13 if k == 2 else 11, "B")
        # parties
        y = 60
        txt(pdf, 14, y, "SUPPLIER (seller) / Մատակարար", 7.4, "B", color=(90, 90, 90))
        txt(pdf, 110, y, "CUSTOMER (issuer) / Գնորդ", 7.4, "B", color=(90, 90, 90))
        txt(pdf, 14, y + 5, sname, 10, "B")
        txt(pdf, 14, y + 10.5, saddr, 8.2)
        txt(pdf, 14, y + 15, f"Supplier TIN: {stin}", 8.2)
        txt(pdf, 14, y + 19.5, f"Supplier's account: {rng.choice(['Ameriabank', 'ACBA Bank', 'Ardshinbank'])} {digits(rng, 16, True)}", 8.2)
        txt(pdf, 110, y + 5, iname, 10, "B")
        txt(pdf, 110, y + 10.5, f"Customer TIN: {itin}", 8.2)
        txt(pdf, 110, y + 15, f"Self-billing agreement: {agr}", 8.2)
        y = 88
        kv = [("Invoice No.", no), ("Invoice date", ldate), ("Supply period", period), ("Payment due", due.strftime("%d.%m.%Y") if due else "by the 10th of the following month")]
        if po:
            kv.append(("Customer order", po))
        for k, (a, b) in enumerate(kv):
            txt(pdf, 14 + (k % 3) * 62, y + (k // 3) * 10, a, 7, color=(100, 100, 100))
            txt(pdf, 14 + (k % 3) * 62, y + 4 + (k // 3) * 10, b, 9, "B")
        cols = [("Description of goods / services", 84, "L"), ("Unit", 16, "L"), ("Quantity", 24, "R"), ("Price, AMD", 26, "R"), ("Amount, AMD", 32, "R")]
        rows = [[x["desc"], x["unit"], en(x["qty"], 0), w(x["price"]), w(x["amount"])] for x in items]
        yt = table(pdf, 14, y + 24, cols, rows, size=8.4, rowh=6.4, zebra=(242, 246, 249), border_bottom=False, line_color=(0, 70, 110))
        pdf.set_draw_color(0, 70, 110)
        pdf.line(14, yt, 196, yt)
        y = yt + 8
        para(pdf, 14, y, 182, f"This invoice was drawn up by {iname} (the customer) in the name and on behalf of {sname} (the supplier) under self-billing agreement {agr}. The supplier accepts it unless it objects within 5 working days. E-invoice serial {eserial}, registered on e-invoicing.taxservice.am.", 7.8)
        txt(pdf, 14, y + 22, "For the customer: ____________________", 8)
        txt(pdf, 110, y + 22, "Accepted by the supplier: ____________________", 8)
        pdf.output(path)

    notes = ("Gavar (Gegharkunik, Armenia) SELF-BILLING invoice in English with Armenian headings, ISSUED BY THE CUSTOMER (the processor in the letterhead) for its SUPPLIER, the totals in a box at the TOP, VAT 20 %, whole drams 1,234,500: "
             "vendor = the SUPPLIER (seller) named under 'SUPPLIER (seller)', not the letterhead's issuer; vendor_tax_id = 'Supplier TIN' (the issuer's TIN, the agreement, the bank account and the e-invoice serial are decoys). "
             "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' ('12 March 2026'; the supply period is a decoy). "
             + due_note(due, "by the 10th of the following month", "Payment due") + po_note(po, "Customer order")
             + "subtotal = 'Net amount'; tax = 'VAT 20 %'; total = 'TOTAL PAYABLE TO SUPPLIER (AMD)'. Currency AMD. Line items: each row's amount, net.")
    t = truth(sname, stin, no, po, d, due, "AMD", net, tax, total, items, notes)
    chk = {"printed": [sname, stin, no, ldate, itin, agr, eserial, "TOTAL PAYABLE"]}
    return t, chk, render


# =========================================================================== 10 Tabarka freight and customs (TVA 19 %, TND)
TT_V = [("TABARKA TRANSIT & SHIPPING SARL", "Port de Tabarka, Zone portuaire, 8110 Tabarka"), ("KHROUMIRIE LOGISTIQUE SA", "Route d'Aïn Draham km 2, 8110 Tabarka"),
        ("CORAIL FRET INTERNATIONAL SARL", "Avenue Habib Bourguiba 77, 8110 Tabarka"), ("MEDJERDA DOUANE SERVICES SUARL", "Rue de la Plage 12, 8110 Tabarka")]
TT_B = [("Société Liège du Nord SA", "Tabarka"), ("Marbrerie Nefza SARL", "Béja"), ("Annaba Import-Export EURL", "Annaba, Algérie"), ("Pêcheries de la Galite SARL", "Tabarka")]
TT_SERV = [("Fret maritime Gênes – Tabarka, conteneur 20'", 1, 2, 1800, 3200), ("Transport routier Tabarka – Béja", 1, 3, 350, 700), ("Honoraires de déclaration en douane", 1, 1, 180, 420),
           ("Manutention portuaire", 1, 4, 90, 240), ("Magasinage sous douane (jours)", 3, 20, 12, 30), ("Frais de dossier et documentation", 1, 1, 40, 90)]
TT_DEB = [("Débours : droits de douane acquittés", 1, 1, 800, 6000), ("Débours : redevance portuaire OMMP", 1, 1, 60, 260), ("Débours : TVA à l'importation acquittée", 1, 1, 500, 3500)]


@style("10", "tn_tab_tabarka_facture_transit_fret_douane_tva_19_debours_timbre_millimes_totals_left_words")
def s10(rng, i):
    vname, vaddr = TT_V[i]
    bname, bcity = TT_B[i]
    d = rand_date(rng)
    items = []
    for desc, qlo, qhi, lo, hi in rng.sample(TT_SERV, [4, 3, 4, 3][i]):
        q = D(rng.randint(qlo, qhi))
        p = q2(D(rng.randint(lo * 10, hi * 10)) / 10)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "taxable": True})
    for desc, _qlo, _qhi, lo, hi in rng.sample(TT_DEB, [2, 1, 2, 2][i]):
        p = q2(D(rng.randint(lo * 100, hi * 100)) / 100)
        items.append({"desc": desc, "qty": D(1), "price": p, "amount": p, "taxable": False})
    base = sum(x["amount"] for x in items if x["taxable"])
    deb = sum(x["amount"] for x in items if not x["taxable"])
    net = base + deb
    tax = q2(base * D("0.19"))
    timbre = D("1.000")
    total = net + tax + timbre
    mf_, bmf = tn_mf(rng), tn_mf(rng)
    no = [f"FT{d.year % 100}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}", f"CFI-{rng.randint(100, 999)}-{d.strftime('%m%y')}", f"{d.year}T{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    dossier = f"DOS-{rng.randint(1000, 9999)}"
    bl = f"{rng.choice(['MEDU', 'CMAU', 'GRIU'])}{digits(rng, 7, True)}"
    dec = f"{rng.randint(100, 999)}/{d.year}/{rng.choice(['IM4', 'EX1'])}"
    po = f"BC {rng.randint(100, 999)}" if i == 3 else None
    t3 = lambda x: sp(x, 3)  # noqa: E731
    words = fr_words(int(total))
    mill = int(q2(total - int(total)) * 1000)
    fd = fr_date if i % 2 else (lambda x: x.strftime("%d/%m/%Y"))

    def render(path):
        pdf = new_fpdf(creator="Transit Pro TN")
        pdf.add_page()
        pdf.set_draw_color(20, 60, 90)
        pdf.set_line_width(0.6)
        pdf.line(14, 28, 196, 28)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 10, vname, 13, "B", color=(20, 60, 90))
        txt(pdf, 14, 16.5, vaddr + " · Tél. 78 " + digits(rng, 3) + " " + digits(rng, 3), 8)
        txt(pdf, 14, 21, f"Matricule fiscal : {mf_} · RC B{digits(rng, 7)} · Agrément commissionnaire en douane n° {rng.randint(100, 999)}", 7.6, color=(70, 70, 70))
        txt(pdf, 130, 33, "FACTURE DE TRANSIT", 14, "B", w=66, align="R", color=(20, 60, 90))
        rows = [("Facture n° :", no), ("Date :", fd(d)), ("Dossier :", dossier), ("Connaissement :", bl), ("Déclaration :", dec)]
        if due:
            rows.append(("Échéance :", fd(due)))
        if po:
            rows.append(("Bon de commande :", po))
        for k, (a, b) in enumerate(rows):
            txt(pdf, 130, 42 + k * 4.8, a, 8, color=(80, 80, 80))
            txt(pdf, 160, 42 + k * 4.8, b, 8, "B")
        txt(pdf, 14, 36, "Client", 7.6, color=(80, 80, 80))
        txt(pdf, 14, 41, bname, 10, "B")
        txt(pdf, 14, 46, bcity, 8.4)
        txt(pdf, 14, 51, f"MF client : {bmf}" if i != 2 else "NIF : " + digits(rng, 15, True), 8.4)
        txt(pdf, 14, 58, f"Marchandise : {rng.choice(['bouchons de liège', 'blocs de marbre', 'pièces détachées', 'filets de pêche'])} · Poids brut {en(D(rng.randint(1800, 24000)), 0)} kg", 8)
        cols = [("Désignation", 96, "L"), ("Qté", 14, "R"), ("P.U. (DT)", 26, "R"), ("Montant (DT)", 28, "R"), ("TVA", 18, "C")]
        trows = [[x["desc"], qstr(x["qty"]), t3(x["price"]), t3(x["amount"]), "19 %" if x["taxable"] else "—"] for x in items]
        y = table(pdf, 14, 82, cols, trows, size=8.2, rowh=6.4, header_fill=(20, 60, 90), header_color=(255, 255, 255))
        y += 8
        pdf.set_draw_color(20, 60, 90)
        pdf.rect(14, y - 2, 92, 44)
        tot = [("Prestations soumises", t3(base)), ("Débours (non soumis)", t3(deb)), ("Total hors taxes", t3(net)), ("TVA 19 %", t3(tax)), ("Timbre fiscal", t3(timbre)), ("NET À PAYER (TND)", t3(total))]
        for k, (a, b) in enumerate(tot):
            bold = k in (2, 5)
            txt(pdf, 17, y + k * 6.8, a, 8.6, "B" if bold else "")
            txt(pdf, 66, y + k * 6.8, b, 8.6, "B" if bold else "", w=37, align="R")
        para(pdf, 112, y, 84, f"Arrêtée la présente facture à la somme de {words} dinars et {mill} millimes.", 8.2, "I")
        para(pdf, 112, y + 22, 84, f"Règlement par virement : RIB {digits(rng, 20)} – BNA Tabarka. " + ("" if due else "Payable à réception."), 7.6)
        qr_fpdf(pdf, rng, 170, 250, 24)
        txt(pdf, 14, 270, "Page 1/1 · Toute réclamation doit parvenir dans les 8 jours.", 7.2, color=(90, 90, 90))
        pdf.output(path)

    notes = ("Tabarka (Jendouba, Tunisia) FREIGHT AND CUSTOMS bill ('FACTURE DE TRANSIT') in French, services with TVA 19 % and DÉBOURS (customs duties, port dues, import VAT advanced) without, the 1 dinar timbre fiscal, dinars to the millime '1 234,560', the totals boxed at the bottom LEFT and the total in words: "
             "vendor = the letterhead's name; vendor_tax_id = 'Matricule fiscal' (the client's MF or NIF, the RC, the agrément, the dossier, B/L, customs declaration and RIB are decoys). invoice_number = 'Facture n°'; invoice_date = 'Date :'. "
             + due_note(due, "Payable à réception", "Échéance") + po_note(po, "Bon de commande")
             + "subtotal = 'Total hors taxes' (services + débours); tax = 'TVA 19 %'; total = 'NET À PAYER (TND)' which includes the timbre fiscal (a total_adjustment); also in words. Currency TND. Line items: every row, services and débours.")
    t = truth(vname, mf_, no, po, d, due, "TND", net, tax, total, items, notes)
    chk = {"printed": [vname, mf_, no, fd(d), bl, dec, "NET À PAYER", f"{words} dinars"], "total_adjustment": str(timbre)}
    return t, chk, render
