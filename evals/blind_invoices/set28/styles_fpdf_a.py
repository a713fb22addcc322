"""fpdf2 styles for set 28, first part (06 Karyes (Mount Athos) restoration workshop's ΤΙΜΟΛΟΓΙΟ in Greek to a
monastery with no ΦΠΑ (Mount Athos lies outside the VAT territory, art. 6 of Directive 2006/112/EC), a table without
rules, the totals at the left and a myDATA ΜΑΡΚ, 07 Lugo cheese and charcuterie wholesaler's FACTURA in Galician to a
retailer under the recargo de equivalencia with IVA at 4, 10 and 21 % and the surcharges 0,5, 1,4 and 5,2 % in a
breakdown per rate, 08 Kaliningrad amber workshop's СЧЁТ НА ОПЛАТУ in Russian with the bank block at the top, НДС 5 %
of a simplified-system (УСН) taxpayer and the amount in words)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, el_date, gl_date, rub_words
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, qr_fpdf, truth, wrap
from stdnum.es import cif
from stdnum.gr import vat as gr_vat
from stdnum.ru import inn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Mount Athos workshop (no VAT, EUR), Greek, table without rules, totals at the left
GR_V = [
    ("Εργαστήριο Συντήρησης Εικόνων Γ. Μαυρίδης", "Καρυές, Άγιον Όρος 63086", (120, 53, 15)),
    ("Ξυλογλυπτική Άθω Ε.Ε.", "Καρυές, Άγιον Όρος 63086", (30, 64, 175)),
    ("Τεχνική Αναστηλώσεων Αγιορειτική Μ.Ι.Κ.Ε.", "Δάφνη, Άγιον Όρος 63087", (22, 101, 52)),
    ("Κηροπλαστείο και Εκκλησιαστικά Είδη Π. Θεοδωρίδης", "Καρυές, Άγιον Όρος 63086", (127, 29, 29)),
]
GR_B = ["Ιερά Μονή Βατοπαιδίου", "Ιερά Μονή Ιβήρων", "Ιερά Κοινότητα Αγίου Όρους", "Ιερά Σκήτη Αγίας Άννης"]
GR_ROWS = [
    ("Συντήρηση φορητής εικόνας (καθαρισμός, στερέωση)", "τεμ.", 1, 6, 380, 1450),
    ("Επιχρύσωση πλαισίου με φύλλο χρυσού", "τεμ.", 1, 4, 220, 680),
    ("Ξυλόγλυπτο αναλόγιο καρυδιάς", "τεμ.", 1, 2, 850, 2400),
    ("Επισκευή τέμπλου, ημέρες εργασίας συνεργείου", "ημέρες", 2, 12, 180, 320),
    ("Κεριά μελισσοκέρι 40 cm (κιβώτιο 50)", "κιβ.", 2, 20, 45, 90),
    ("Καντήλια ορειχάλκινα", "τεμ.", 2, 12, 28, 75),
    ("Μεταφορά υλικών με πλοιάριο Ουρανούπολη - Δάφνη", "δρομ.", 1, 3, 90, 180),
]


@style("06", "gr_athos_karyes_timologio_ektos_fpa")
def s06(rng, i):
    vname, vaddr, color = GR_V[i]
    bname = GR_B[i]
    d = rand_date(rng)
    items = lines(rng, GR_ROWS, rng.randint(2, 5), D("1"))
    net = sum(x["amount"] for x in items)
    total = net
    afm = valid(rng, lambda: digits(rng, 9, True), gr_vat.is_valid)
    b_afm = valid(rng, lambda: "99" + digits(rng, 7), gr_vat.is_valid)
    no = [f"{d.year}/{rng.randint(10, 999):04d}", f"{rng.randint(100, 999)}", f"{d.year}/{rng.randint(10, 999):04d}", f"{rng.randint(1000, 4999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), el_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), None][i]
    term = ["", "Τρόπος πληρωμής: Μετρητά", "", "Τρόπος πληρωμής: Επί πιστώσει"][i]
    po = [None, None, f"{rng.randint(10, 99)}/{d.year}", None][i]
    po_label = "Αρ. Παραγγελίας"
    mark = digits(rng, 15, True)
    title = "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" if i in (0, 2) else "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"
    m = lambda x: de(x) + " €"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Εμπορική Διαχείριση 7.2")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 12, "B", color=color)
        txt(pdf, 15, 20.5, vaddr, 8.4)
        txt(pdf, 15, 25, f"Α.Φ.Μ.: {afm}   Δ.Ο.Υ.: Πολυγύρου   Τηλ.: 23770 {digits(rng, 5)}", 8.4)
        txt(pdf, 120, 14, title, 11, "B", align="R", w=75)
        y = kv(pdf, 135, 22, [("Αριθμός:", no), ("Ημερομηνία:", fd(d)), (po_label + ":", po), ("Ημ/νία λήξης:", fd(due) if due else None), ("Κωδ. πελάτη:", f"Π{rng.randint(100, 999)}")], wl=26, wv=34, size=8.2)
        txt(pdf, 15, 36, "ΠΡΟΣ", 7.6, "B", color=(110, 110, 110))
        txt(pdf, 15, 40.5, bname, 10, "B")
        txt(pdf, 15, 46, f"Άγιον Όρος · Α.Φ.Μ.: {b_afm} · Δ.Ο.Υ.: Πολυγύρου", 8.2)
        txt(pdf, 15, 50.5, f"Τόπος παράδοσης: {bname} · Σκοπός διακίνησης: {'Παροχή υπηρεσιών' if i in (0, 2) else 'Πώληση'}", 8.2)
        cols = [("Περιγραφή", 96, "L"), ("Μ.Μ.", 16, "C"), ("Ποσότητα", 20, "R"), ("Τιμή μον.", 24, "R"), ("Αξία", 24, "R")]
        trs = [[wrap(x["desc"], 52), x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 15, max(y, 58) + 4, cols, trs, size=8.2, rowh=6, border_bottom=False, header_style="B", header_color=color, line_color=(255, 255, 255))
        y += 8
        pdf.set_draw_color(*color)
        pdf.line(15, y - 2, 85, y - 2)
        y = kv(pdf, 15, y, [("Καθαρή αξία:", m(net)), ("Φ.Π.Α.:", "—"), ("ΠΛΗΡΩΤΕΟ:", m(total))], wl=35, wv=35, size=9, step=5.6, color=(0, 0, 0))
        para(pdf, 100, y - 16, 95, "Απαλλαγή / εκτός πεδίου εφαρμογής Φ.Π.Α.: Άγιον Όρος (άρθρο 6 παρ. 1 της Οδηγίας 2006/112/ΕΚ· άρθρο 105 του Συντάγματος και Καταστατικός Χάρτης του Αγίου Όρους).", 7.4, "I")
        y += 6
        if term:
            txt(pdf, 15, y, term, 8.2)
            y += 5
        txt(pdf, 15, y, f"Τράπεζα: {rng.choice(['Εθνική Τράπεζα', 'Τράπεζα Πειραιώς', 'Alpha Bank'])} · IBAN GR{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}", 7.6)
        qr_fpdf(pdf, rng, 15, 248, 26)
        txt(pdf, 45, 252, f"ΜΑΡΚ: {mark}", 8, "B")
        txt(pdf, 45, 257, f"UID: {''.join(rng.choice('0123456789ABCDEF') for _ in range(40))}", 6.4, font="Mono")
        txt(pdf, 45, 262, "Πάροχος ηλεκτρονικής τιμολόγησης · Διαβιβάστηκε στην ΑΑΔΕ (myDATA)", 6.8, color=(110, 110, 110))
        txt(pdf, 140, 270, "Ο εκδότης                 Ο παραλαβών", 8)
        pdf.output(path)

    notes = (
        f"Karyes / Dafni (Mount Athos) workshop's {title} in Greek to a monastery, in euros: no ΦΠΑ (Mount Athos lies outside the VAT territory; the 'Φ.Π.Α.' row prints a dash), a table without rules, the totals at the left below it, a myDATA ΜΑΡΚ and UID and a QR code: vendor = the name at the top left; vendor_tax_id = 'Α.Φ.Μ.' (9 digits; the customer's Α.Φ.Μ., the ΜΑΡΚ and the UID are decoys). "
        "invoice_number = 'Αριθμός' as printed; invoice_date = 'Ημερομηνία' ("
        + ["dd/mm/yyyy", "Greek words ('12 Μαρτίου 2026')", "dd/mm/yyyy", "dd-mm-yyyy"][i]
        + "). "
        + due_note(due, term, "Ημ/νία λήξης")
        + po_note(po, po_label)
        + "The customer code is no PO. subtotal = 'Καθαρή αξία'; no tax printed (null); total = 'ΠΛΗΡΩΤΕΟ' (equal to the net). Currency EUR. Amounts '1.234,00 €'. Line items: every row."
    )
    t = truth(vname, afm, no, po, d, due, "EUR", net, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, afm, "ΠΛΗΡΩΤΕΟ"], render


# =========================================================================== 07 Lugo wholesaler (IVA 4/10/21 % + recargo de equivalencia, EUR), Galician
GL_V = [
    ("Queixos e Embutidos da Ulloa, S.L.", "Rúa do Progreso 44", "27500 Chantada (Lugo)", (153, 27, 27)),
    ("Distribucións Terra Chá, S.L.", "Polígono O Roxal, parcela 12", "27800 Vilalba (Lugo)", (21, 94, 117)),
    ("Produtos de Arzúa Cooperativa Galega", "Avenida de Lugo 150", "15810 Arzúa (A Coruña)", (77, 124, 15)),
    ("Comercial Miño e Sil, S.L.", "Rúa Montevideo 8", "27002 Lugo", (91, 33, 182)),
]
GL_B = [
    ("Ultramarinos Casa Pardo", "Rúa Real 21, 27880 Burela"),
    ("Autoservizo O Recuncho", "Praza Maior 3, 27400 Monforte de Lemos"),
    ("Tenda de Delicatessen A Despensa", "Rúa do Vilar 17, 15705 Santiago de Compostela"),
    ("Supermercado Irmáns Lamas", "Avenida de Galicia 56, 27700 Ribadeo"),
]
GL_ROWS = [
    ("Queixo Arzúa-Ulloa D.O.P. (peza 1 kg)", "ud", 6, 60, 7.2, 11.8, 4),
    ("Queixo Tetilla D.O.P. (peza 800 g)", "ud", 6, 48, 6.1, 9.4, 4),
    ("Pan de Cea I.X.P. (bola 1 kg)", "ud", 10, 80, 2.1, 3.6, 4),
    ("Chourizo caseiro (ristra 1 kg)", "ud", 5, 40, 8.5, 14.2, 10),
    ("Lacón curado (kg)", "kg", 5, 30, 9.8, 16.5, 10),
    ("Mel de Galicia I.X.P. 500 g", "ud", 6, 48, 5.4, 8.9, 10),
    ("Augardente de herbas 70 cl", "ud", 6, 36, 9.5, 16.0, 21),
    ("Licor café 70 cl", "ud", 6, 36, 8.8, 14.5, 21),
    ("Viño Ribeiro D.O. 75 cl", "ud", 12, 72, 4.2, 8.6, 21),
]
RE = {4: D("0.5"), 10: D("1.4"), 21: D("5.2")}


@style("07", "es_gl_lugo_factura_recargo_equivalencia")
def s07(rng, i):
    vname, vstreet, vcity, color = GL_V[i]
    bname, baddr = GL_B[i]
    d = rand_date(rng)
    items = [dict(x, rate=x["extra"]) for x in lines(rng, GL_ROWS, rng.randint(4, 7), D("0.05"))]
    rates = sorted({x["rate"] for x in items})
    split = []
    for r in rates:
        base = sum(x["amount"] for x in items if x["rate"] == r)
        split.append((r, base, q2(base * r / 100), RE[r], q2(base * RE[r] / 100)))
    net = sum(s[1] for s in split)
    iva = sum(s[2] for s in split)
    rec = sum(s[4] for s in split)
    total = net + iva + rec
    nif = valid(rng, lambda: rng.choice("BF") + rng.choice(["27", "15"]) + digits(rng, 6), cif.is_valid)
    b_nif = valid(rng, lambda: digits(rng, 8) + "X", lambda s: True)
    b_nif = b_nif[:8] + "TRWAGMYFPDXBNJZSQVHLCKE"[int(b_nif[:8]) % 23]
    no = [f"A/{d.year}/{rng.randint(100, 2999)}", f"FV{d.strftime('%y')}-{rng.randint(1000, 9999):05d}", f"{rng.randint(10000, 39999)}", f"{d.year}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), gl_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=60), None, d + dt.timedelta(days=15)][i]
    term = ["", "", "Pagamento ao contado", ""][i]
    po = [None, f"{rng.randint(100, 999)}", None, f"P-{rng.randint(1000, 9999)}"][i]
    po_label = "Pedido n.º"
    m = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="FacturaPlus")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 5, "F")
        txt(pdf, 14, 11, vname, 12.5, "B", color=color)
        txt(pdf, 14, 17.5, f"{vstreet} · {vcity}", 8.2)
        txt(pdf, 14, 21.8, f"NIF {nif} · Tel. 982 {digits(rng, 3)} {digits(rng, 3)} · Rexistro Mercantil de Lugo, folla LU-{digits(rng, 5)}", 7.6)
        txt(pdf, 150, 11, "FACTURA", 16, "B", align="R", w=46)
        y = kv(pdf, 128, 20, [("Número", no), ("Data", fd(d)), (po_label, po), ("Albará n.º", f"AL-{rng.randint(10000, 99999)}"), ("Vencemento", fd(due) if due else None)], wl=26, wv=42, size=8.2)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(14, 30, 100, 22)
        txt(pdf, 16, 31.5, "CLIENTE", 7.2, "B", color=(110, 110, 110))
        txt(pdf, 16, 36, bname, 9.4, "B")
        txt(pdf, 16, 41, baddr, 8)
        txt(pdf, 16, 45.5, f"NIF {b_nif} · Código cliente {rng.randint(4000, 4999)} · Réxime: recargo de equivalencia", 7.4)
        cols = [("Código", 18, "L"), ("Descrición", 78, "L"), ("Cant.", 16, "R"), ("Prezo", 20, "R"), ("% IVA", 14, "R"), ("% R.E.", 14, "R"), ("Importe", 22, "R")]
        trs = [[f"{rng.randint(100, 999)}", x["desc"], qstr(x["qty"]), m(x["price"]), str(x["rate"]), de(RE[x["rate"]], 1), m(x["amount"])] for x in items]
        y = table(pdf, 14, max(y, 56) + 4, cols, trs, size=7.8, rowh=5.6, header_fill=(235, 235, 235))
        y += 8
        cols2 = [("Base impoñible", 34, "R"), ("% IVA", 16, "R"), ("Cota IVA", 28, "R"), ("% R.E.", 16, "R"), ("Cota R.E.", 28, "R")]
        rows2 = [[m(b), str(r), m(t), de(rp, 1), m(rt)] for r, b, t, rp, rt in split]
        rows2.append([m(net), "", m(iva), "", m(rec)])
        y2 = table(pdf, 14, y, cols2, rows2, size=7.8, rowh=5.4, header_fill=(235, 235, 235))
        pdf.set_draw_color(*color)
        pdf.rect(150, y, 46, 18)
        txt(pdf, 152, y + 2, "TOTAL FACTURA", 8, "B", color=color)
        txt(pdf, 152, y + 8.5, m(total) + " €", 13, "B", align="R", w=42)
        y = max(y2, y + 18) + 8
        pay = f"Forma de pagamento: domiciliación bancaria, vencemento {fd(due)}" if due else f"Forma de pagamento: {term}"
        txt(pdf, 14, y, pay, 8)
        txt(pdf, 14, y + 5, f"IBAN ES{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} · {rng.choice(['Abanca', 'Banco Santander', 'CaixaBank'])}", 8)
        para(pdf, 14, 270, 182, "Operación suxeita ao réxime especial do recargo de equivalencia (arts. 154-163 da Lei 37/1992 do IVE). Os datos persoais trátanse conforme ao Regulamento (UE) 2016/679.", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Lugo / A Coruña cheese and charcuterie wholesaler's FACTURA in Galician to a retailer under the recargo de equivalencia, in euros: IVA at 4 % (cheese, bread), 10 % (charcuterie, honey) and 21 % (spirits, wine) with the matching surcharges 0,5, 1,4 and 5,2 %, a rate column per row and a breakdown per rate whose last row sums the bases, the IVA and the R.E.: vendor = the company name at the top; vendor_tax_id = the vendor's 'NIF' at the top (the client's NIF is a decoy). "
        "invoice_number = 'Número'; invoice_date = 'Data' ("
        + ["dd/mm/yyyy", "Galician words ('12 de marzo de 2026')", "dd-mm-yyyy", "dd/mm/yyyy"][i]
        + "). The delivery note ('Albará n.º') and the register folio are decoys. "
        + due_note(due, term, "Vencemento")
        + po_note(po, po_label)
        + "The client code is no PO. subtotal = the sum of the bases ('Base impoñible', last row); tax = the IVA plus the recargo de equivalencia (the last row's 'Cota IVA' plus 'Cota R.E.', printed apart, not as one amount); total = 'TOTAL FACTURA'. Currency EUR. Amounts '1.234,56'. Line items: every row."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, iva + rec, total, items, notes)
    return t, {"printed": [fd(d), fd(due) if due else None, no, po, vname, nif, "TOTAL FACTURA"], "tax_parts": [str(iva), str(rec)]}, render


# =========================================================================== 08 Kaliningrad amber workshop (НДС 5 % under УСН, RUB), Russian, bank block at the top
RU_V = [
    ("ООО «Янтарная мастерская Балтики»", "236006, г. Калининград, ул. Октябрьская, д. 38", (146, 64, 14)),
    ("ООО «Самбийский янтарь»", "238580, Калининградская обл., пгт Янтарный, ул. Балтийская, д. 6", (30, 64, 175)),
    ("ООО «Куршская коса Сувенир»", "238535, Калининградская обл., г. Зеленоградск, Курортный пр-т, д. 17", (21, 128, 61)),
    ("ИП Калинина Марина Сергеевна", "236022, г. Калининград, пр-т Мира, д. 92, оф. 4", (91, 33, 182)),
]
RU_B = [
    ("ООО «Сувенирная лавка Рыбная деревня»", "г. Калининград"),
    ("ООО «Балтийские подарки»", "г. Светлогорск"),
    ("АО «Музей-галерея Янтарный дом»", "г. Санкт-Петербург"),
    ("ООО «Подарки Северо-Запада»", "г. Псков"),
]
RU_ROWS = [
    ("Бусы из янтаря, медовый, 45 см", "шт", 5, 60, 1800, 5400),
    ("Кулон янтарный в серебре 925", "шт", 10, 120, 950, 2800),
    ("Серьги с янтарём, серебро", "пар", 10, 80, 1100, 3200),
    ("Браслет из необработанного янтаря", "шт", 10, 150, 450, 1200),
    ("Шкатулка с янтарной мозаикой", "шт", 2, 20, 3800, 9500),
    ("Янтарная крошка, фракция 5-10 мм", "кг", 1, 25, 4200, 8800),
    ("Гравировка логотипа на изделиях", "шт", 20, 200, 80, 240),
]


@style("08", "ru_kaliningrad_schet_na_oplatu_usn_nds_5")
def s08(rng, i):
    vname, vaddr, color = RU_V[i]
    bname, bcity = RU_B[i]
    d = rand_date(rng)
    items = lines(rng, RU_ROWS, rng.randint(2, 5), D("10"))
    net = sum(x["amount"] for x in items)
    nds = q2(net * D("0.05"))
    total = net + nds
    ip = i == 3
    v_inn = valid(rng, lambda: "39" + digits(rng, 10 if ip else 8), inn.is_valid)
    kpp = None if ip else f"39{rng.choice(['06', '25', '18'])}01001"
    b_inn = valid(rng, lambda: rng.choice(["39", "78", "60"]) + digits(rng, 8), inn.is_valid)
    no = [f"{rng.randint(10, 999)}", f"{rng.randint(100, 999)}", f"СЧ-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}"][i]
    long_d = f"{d.day} {MONTHS['ru_gen'][d.month - 1]} {d.year} г."
    due = [d + dt.timedelta(days=5), None, d + dt.timedelta(days=10), None][i]
    po = [None, f"{rng.randint(100, 999)}", None, None][i]
    po_label = "Заказ покупателя №"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    m = lambda x: sp(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="1С:Предприятие 8.3")
        pdf.add_page()
        para(pdf, 12, 8, 186, "Внимание! Оплата данного счета означает согласие с условиями поставки товара. Товар отпускается по факту прихода денег на р/с Поставщика.", 7, align="C")
        bank = rng.choice(["ПАО СБЕРБАНК", "АО «АЛЬФА-БАНК»", "Банк ВТБ (ПАО)", "ПАО «ПРОМСВЯЗЬБАНК»"])
        bik = f"04{digits(rng, 7)}"
        pdf.set_draw_color(0, 0, 0)
        x0, y0 = 12, 17
        pdf.rect(x0, y0, 186, 30)
        pdf.line(x0, y0 + 12, x0 + 186, y0 + 12)
        pdf.line(x0 + 110, y0, x0 + 110, y0 + 30)
        pdf.line(x0 + 125, y0, x0 + 125, y0 + 30)
        pdf.line(x0, y0 + 18, x0 + 110, y0 + 18)
        pdf.line(x0 + 55, y0 + 12, x0 + 55, y0 + 18)
        txt(pdf, x0 + 1, y0 + 1, bank + " Г. " + rng.choice(["МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КАЛИНИНГРАД"]), 7.6)
        txt(pdf, x0 + 1, y0 + 8, "Банк получателя", 6.6)
        txt(pdf, x0 + 111, y0 + 1, "БИК", 7.4)
        txt(pdf, x0 + 126, y0 + 1, bik, 7.6)
        txt(pdf, x0 + 111, y0 + 6, "Сч. №", 7.4)
        txt(pdf, x0 + 126, y0 + 6, f"30101810{digits(rng, 12)}", 7.6)
        txt(pdf, x0 + 1, y0 + 13.2, f"ИНН {v_inn}", 7.6)
        if kpp:
            txt(pdf, x0 + 56, y0 + 13.2, f"КПП {kpp}", 7.6)
        txt(pdf, x0 + 111, y0 + 13.2, "Сч. №", 7.4)
        txt(pdf, x0 + 126, y0 + 13.2, f"407028109{digits(rng, 11)}", 7.6)
        txt(pdf, x0 + 1, y0 + 19.5, vname, 7.6)
        txt(pdf, x0 + 1, y0 + 26, "Получатель", 6.6)
        txt(pdf, 12, 53, f"Счет на оплату № {no} от {long_d}", 13, "B")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(12, 61, 198, 61)
        pdf.set_line_width(0.2)
        sup = f"{vname}, ИНН {v_inn}" + (f", КПП {kpp}" if kpp else "") + f", {vaddr}"
        yy = para(pdf, 40, 64, 158, sup, 8, "B")
        txt(pdf, 12, 64, "Поставщик", 8)
        txt(pdf, 12, 67.6, "(Исполнитель):", 8)
        buy = f"{bname}, ИНН {b_inn}, {bcity}"
        yy = max(yy, 71)
        txt(pdf, 12, yy + 2, "Покупатель:", 8)
        yy = para(pdf, 40, yy + 2, 158, buy, 8, "B")
        osn = f"Договор поставки № {rng.randint(1, 60)}/{d.strftime('%y')} от {fd(d - dt.timedelta(days=rng.randint(60, 300)))}" + (f"; {po_label} {po}" if po else "")
        txt(pdf, 12, yy + 2, "Основание:", 8)
        yy = para(pdf, 40, yy + 2, 158, osn, 8)
        cols = [("№", 10, "C"), ("Товары (работы, услуги)", 92, "L"), ("Кол-во", 18, "R"), ("Ед.", 12, "C"), ("Цена", 26, "R"), ("Сумма", 28, "R")]
        trs = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 12, yy + 4, cols, trs, size=8, rowh=5.6, header_fill=(240, 240, 240), line_color=(0, 0, 0))
        y = kv(pdf, 120, y + 3, [("Итого без НДС:", m(net)), ("НДС 5%:", m(nds)), ("Всего к оплате:", m(total))], wl=40, wv=38, size=8.6, color=(0, 0, 0))
        txt(pdf, 12, y + 2, f"Всего наименований {len(items)}, на сумму {m(total)} руб.", 8)
        txt(pdf, 12, y + 7, rub_words(total), 8.6, "B")
        para(pdf, 12, y + 13, 186, "НДС исчислен по ставке 5 % (п. 8 ст. 164 НК РФ) — применяется упрощенная система налогообложения." + (f" Оплатить не позднее {fd(due)}." if due else " Счет действителен в течение 5 банковских дней."), 7.6)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(12, y + 25, 198, y + 25)
        pdf.set_line_width(0.2)
        sign = "Калинина М. С." if ip else rng.choice(["Петров А. В.", "Смирнова Е. Н.", "Воронцов Д. И."])
        txt(pdf, 12, y + 32, f"Руководитель ____________ {sign}", 8.4)
        if not ip:
            txt(pdf, 110, y + 32, f"Бухгалтер ____________ {rng.choice(['Иванова О. П.', 'Соколова Т. Г.'])}", 8.4)
        pdf.output(path)

    notes = (
        "Kaliningrad region amber workshop's СЧЕТ НА ОПЛАТУ in Russian (the 1C layout) in roubles: the payee's bank block (bank, БИК, correspondent and settlement accounts, ИНН, КПП) at the top, 'Итого без НДС', НДС 5 % of a simplified-system (УСН) taxpayer under art. 164 p. 8 of the Tax Code, 'Всего к оплате' and the total in words: vendor = 'Поставщик (Исполнитель)' (the payee in the bank block repeats it); vendor_tax_id = the vendor's 'ИНН' as printed ("
        + ("12 digits of an individual entrepreneur; no КПП" if ip else "10 digits; the КПП is a decoy")
        + "; the buyer's ИНН, the БИК and the account numbers are decoys). "
        f"invoice_number = 'Счет на оплату №' ({no}); invoice_date = the date after 'от' in the title ('12 марта 2026 г.'); the supply contract's date in 'Основание' is a decoy. "
        + due_note(due, "", "Оплатить не позднее")
        + po_note(po, po_label)
        + "The supply contract number is no PO. subtotal = 'Итого без НДС'; tax = 'НДС 5%'; total = 'Всего к оплате' (repeated in 'на сумму' and in words). Currency RUB. Amounts '12 345,60'. Line items: every row."
    )
    t = truth(vname, v_inn, no, po, d, due, "RUB", net, nds, total, items, notes)
    return t, [long_d, fd(due) if due else None, no, po, vname, v_inn, "Всего к оплате"], render
