"""fpdf2 styles for set 36, second part (08 Debrecen (Hajdú-Bihar) poultry producer's SZÁMLA in Hungarian with the
ÁFA and the gross amount PER ROW, ÁFA 5 % on poultry, eggs and milk and 27 % on processed meat, spices, packaging
and transport, whole forints, the fulfilment date beside the date of issue and a EUR amount 'for information',
09 Montevideo food distributor's e-FACTURA (CFE) in Spanish with the RUT box at the top right, IVA 10 % (tasa mínima)
and 22 % (tasa básica), in pesos or US dollars with the exchange rate and the other currency's total, the CAE
block, 10 Colombo hardware store's TAX INVOICE as an 80 mm THERMAL RECEIPT in English with VAT 18 %, TIN and VAT
registration number, cash tendered and change)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, hu_date
from invoice_kit import de, digits, en, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, qr_fpdf, totals, truth, valid_id
from stdnum.hu import anum
from stdnum.uy import rut

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Debrecen poultry (ÁFA 5 % / 27 %, HUF), VAT and gross per row, EUR for information
DB_V = [
    ("Hajdú Baromfi Kft.", "4031 Debrecen, Köntösgát sor 12.", (153, 27, 27)),
    ("Debreceni Tojás és Csirke Bt.", "4030 Debrecen, Mikepércsi út 88.", (21, 128, 61)),
    ("Nagyerdei Friss Hús Kft.", "4032 Debrecen, Egyetem sugárút 40.", (30, 64, 175)),
    ("Hortobágyi Tanya Zrt.", "4071 Hortobágy, Kossuth utca 3.", (146, 64, 14)),
]
DB_B = [
    ("Aranybika Vendéglátó Kft.", "4025 Debrecen, Piac utca 11-15."),
    ("Nagyerdei Étterem Bt.", "4032 Debrecen, Pallagi út 1."),
    ("Hajdúszoboszlói Gyógyszálló Zrt.", "4200 Hajdúszoboszló, Szent István park 1."),
    ("Debreceni Egyetem Menza Kft.", "4032 Debrecen, Egyetem tér 1."),
]
DB_5 = [
    ("Csirkemell filé, friss", "kg", 10, 120, 1890, 2890),
    ("Csirkecomb, egész, friss", "kg", 10, 150, 990, 1490),
    ("Pulykamell, friss", "kg", 5, 60, 2490, 3490),
    ("Tojás M, 30 db-os tálca", "tálca", 5, 60, 1890, 2990),
    ("Friss tej 2,8 %, 1 l", "l", 10, 120, 329, 459),
    ("Sertéscomb, darabolt", "kg", 5, 60, 1690, 2390),
]
DB_27 = [
    ("Debreceni páros kolbász", "kg", 5, 40, 2990, 4490),
    ("Fűszerkeverék grillhez, 1 kg", "kg", 1, 10, 2900, 5900),
    ("Műanyag ládabetét", "db", 10, 100, 120, 290),
    ("Hűtött kiszállítás", "fuvar", 1, 2, 8000, 25000),
]


@style("08", "hu_hb_debrecen_szamla_afa_27_5_eur_info")
def s08(rng, i):
    vname, vaddr, color = DB_V[i]
    bname, baddr = DB_B[i]
    d = rand_date(rng)
    items = lines(rng, DB_5, rng.randint(2, 5), D("1")) + lines(rng, DB_27, rng.randint(1, 3), D("1"))
    for x in items:
        x["rate"] = D(5) if any(x["desc"] == r[0] for r in DB_5) else D(27)
        x["vat"] = q0(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    base = valid_id(rng, 8, anum.is_valid)
    taxid = f"{base}-2-09"
    no = [f"DBR-{d.year}/{rng.randint(1, 9999):05d}", f"E-{rng.randint(1000, 9999)}/{d.year}", f"{d.year}-{rng.randint(10000, 99999)}", f"HT{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%Y.%m.%d."), lambda x: x.strftime("%Y.%m.%d."), hu_date, lambda x: x.strftime("%Y.%m.%d.")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 1 else None
    term = None if due else "Fizetési mód: készpénz – kiegyenlítve"
    po = [None, None, f"MR-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    telj = d - dt.timedelta(days=rng.randint(0, 4))
    fx = D(rng.randint(38500, 41200)) / 100
    eur = q2(total / fx)
    m = lambda x: sp(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Számlázz.hu")
        pdf.add_page()
        txt(pdf, 14, 11, "SZÁMLA", 18, "B", color=color)
        txt(pdf, 120, 12, "Sorszám:", 9, color=(100, 100, 100))
        txt(pdf, 140, 11.5, no, 11, "B")
        pdf.set_draw_color(*color)
        pdf.line(14, 22, 196, 22)
        txt(pdf, 14, 25, "Eladó", 7, color=(110, 110, 110))
        txt(pdf, 14, 29, vname, 10.5, "B")
        para(pdf, 14, 34.5, 88, f"{vaddr}\nAdószám: {taxid}\nKözösségi adószám: HU{base}\nCégjegyzékszám: 09-09-{rng.randint(10000, 39999):06d}\nBankszámla: {digits(rng, 8)}-{digits(rng, 8)}-00000000", 7.8, h=3.9)
        txt(pdf, 110, 25, "Vevő", 7, color=(110, 110, 110))
        txt(pdf, 110, 29, bname, 10.5, "B")
        para(pdf, 110, 34.5, 86, f"{baddr}\nAdószám: {digits(rng, 8, True)}-2-09\nVevőkód: V{rng.randint(1000, 9999)}", 7.8, h=3.9)
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(14, 58, 182, 11, "F")
        heads = [("Számla kelte", fd(d)), ("Teljesítés dátuma", fd(telj)), ("Fizetési határidő", fd(due) if due else "–"), ("Fizetési mód", "átutalás" if due else "készpénz")]
        for k, (a, b) in enumerate(heads):
            txt(pdf, 16 + k * 45, 59.5, a, 7, color=(100, 100, 100))
            txt(pdf, 16 + k * 45, 63.5, b, 8.6, "B")
        if po:
            txt(pdf, 14, 72, f"Megrendelés száma: {po}", 8)
        cols = [("Megnevezés", 52, "L"), ("Menny.", 15, "R"), ("Me.", 12, "L"), ("Nettó egységár", 22, "R"), ("Nettó érték", 22, "R"), ("ÁFA %", 13, "R"), ("ÁFA érték", 22, "R"), ("Bruttó érték", 24, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"]), f"{x['rate']}%", m(x["vat"]), m(x["amount"] + x["vat"])] for x in items]
        y = table(pdf, 14, 77, cols, rows, size=7.4, font="DVC", rowh=5.8, header_fill=(230, 230, 230), line_color=(200, 200, 200))
        y += 6
        txt(pdf, 14, y, "ÁFA-összesítő", 8.2, "B")
        summ = []
        for r in sorted({x["rate"] for x in items}):
            b = sum(x["amount"] for x in items if x["rate"] == r)
            v = sum(x["vat"] for x in items if x["rate"] == r)
            summ.append([f"{r}%", m(b), m(v), m(b + v)])
        yy = table(pdf, 14, y + 5, [("ÁFA-kulcs", 20, "R"), ("Nettó", 26, "R"), ("ÁFA", 24, "R"), ("Bruttó", 26, "R")], summ, size=7.4, rowh=5.2)
        yt = totals(pdf, 120, y, [("Nettó összesen", m(net) + " Ft", False), ("ÁFA összesen", m(tax) + " Ft", False), ("Fizetendő (bruttó)", m(total) + " Ft", True)], wl=40, wv=36, size=9, line=color, step=5.8)
        para(pdf, 14, max(yy, yt) + 6, 182, f"Tájékoztató adat: a számla végösszege {de(eur)} EUR (MNB árfolyam {fd(d - dt.timedelta(days=1))}: 1 EUR = {de(fx)} Ft).\n" + (f"Kérjük, a számla ellenértékét {fd(due)}-ig átutalással egyenlítse ki." if due else term + ".") + " A számla a NAV Online Számla rendszerbe beküldésre került.", 7.6, h=3.9, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Debrecen (Hajdú-Bihar, Hungary) poultry producer's SZÁMLA in Hungarian, in whole forints with spaces ('1 234 Ft'), the net, the ÁFA and the gross amount PER ROW ('Nettó érték', 'ÁFA érték', 'Bruttó érték'), ÁFA 5 % on poultry, pork, eggs and milk and 27 % on sausage, spices, packaging and transport, an 'ÁFA-összesítő' per rate, and the total in euros 'for information' ('Tájékoztató adat … EUR'): "
        "vendor = the 'Eladó' name; vendor_tax_id = its 'Adószám' (8 digits, '-2-09'; the EU 'Közösségi adószám' HU…, the Cégjegyzékszám, the bank account and the buyer's Adószám are decoys). "
        "invoice_number = 'Sorszám'; invoice_date = 'Számla kelte' ("
        + ["yyyy.mm.dd.", "yyyy.mm.dd.", "Hungarian words ('2026. március 12.')", "yyyy.mm.dd."][i]
        + "); the 'Teljesítés dátuma' (fulfilment date), the buyer code and the MNB rate's date are decoys. "
        + due_note(due, term, "Fizetési határidő")
        + po_note(po, "Megrendelés száma")
        + "subtotal = 'Nettó összesen'; tax = 'ÁFA összesen' (the sum of the rows' ÁFA); total = 'Fizetendő (bruttó)'; the EUR amount is NOT the total. Currency HUF. Line items: every row, amount = its 'Nettó érték' (the row's gross is beside it)."
    )
    t = truth(vname, taxid, no, po, d, due, "HUF", net, tax, total, items, notes)
    return t, [fd(d), fd(telj), no, vname, taxid, "Fizetendő (bruttó)", fd(due) if due else None, de(eur)], render


# =========================================================================== 09 Montevideo e-Factura (IVA 10 % / 22 %, UYU or USD), RUT box, exchange rate, CAE
MV_V = [
    ("Distribuidora del Cerro S.A.", "Av. Carlos María Ramírez 1450, Montevideo", (30, 64, 175)),
    ("Alimentos Pocitos S.R.L.", "Benito Blanco 880, Montevideo", (4, 120, 87)),
    ("Almacén Mayorista Prado Ltda.", "Av. Agraciada 3520, Montevideo", (153, 27, 27)),
    ("Ciudad Vieja Gourmet S.A.S.", "Sarandí 620, Montevideo", (91, 33, 182)),
]
MV_B = [
    ("Parrillada El Palenque S.R.L.", "Pérez Castellano 1579, Montevideo"),
    ("Hotel Rambla Pocitos S.A.", "Rambla Gandhi 400, Montevideo"),
    ("Cantina del Club Nacional", "Av. 8 de Octubre 2847, Montevideo"),
    ("Café Brasilero S.R.L.", "Ituzaingó 1447, Montevideo"),
]
MV_10 = [
    ("Asado de tira, envasado al vacío", "kg", 10, 80, 290, 420),
    ("Pan flauta", "un", 20, 200, 28, 45),
    ("Aceite de girasol 900 ml", "un", 6, 48, 95, 150),
    ("Arroz blanco 1 kg", "un", 10, 60, 58, 92),
    ("Merluza en filetes, congelada", "kg", 5, 40, 240, 380),
]
MV_22 = [
    ("Vino tannat reserva 750 ml", "un", 6, 60, 290, 590),
    ("Refresco cola 2 l", "un", 12, 96, 95, 140),
    ("Detergente concentrado 5 l", "un", 1, 10, 380, 620),
    ("Flete a domicilio", "serv", 1, 1, 450, 1200),
]


@style("09", "uy_mo_montevideo_efactura_iva_22_10_usd")
def s09(rng, i):
    vname, vaddr, color = MV_V[i]
    bname, baddr = MV_B[i]
    d = rand_date(rng)
    usd = i in (1, 3)
    scale = D(40) if usd else D(1)
    cat10 = [(a, b, c, e, D(f) / scale, D(g) / scale) for (a, b, c, e, f, g) in MV_10]
    cat22 = [(a, b, c, e, D(f) / scale, D(g) / scale) for (a, b, c, e, f, g) in MV_22]
    items = lines(rng, cat10, rng.randint(2, 4), D("0.01")) + lines(rng, cat22, rng.randint(1, 3), D("0.01"))
    for x in items:
        x["rate"] = D(10) if any(x["desc"] == r[0] for r in MV_10) else D(22)
        x["code"] = f"{rng.randint(1000, 9999)}"
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    r_ = valid(rng, lambda: "21" + digits(rng, 6, True) + "001" + digits(rng, 1), rut.is_valid)
    no = f"{rng.choice('ABC')} {rng.randint(1000, 999999):07d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    term = None if due else "Forma de pago: Contado"
    po = [f"OC {rng.randint(1000, 9999)}", None, None, f"{rng.randint(100, 999)}/{d.year}"][i]
    fx = D(rng.randint(38500, 43500)) / 1000
    other = q2(total * fx) if usd else q2(total / fx)
    cur = "USD" if usd else "UYU"
    m = de

    def render(path):
        pdf = new_fpdf(creator="Facturación electrónica DGI")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        para(pdf, 14, 19, 100, f"{vaddr}\nTel. 2{rng.randint(400, 999)} {rng.randint(1000, 9999)} · ventas@{vname.split()[0].lower()}.com.uy\nSucursal: Casa central", 7.8, h=3.9)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(128, 10, 68, 34)
        pdf.set_line_width(0.2)
        txt(pdf, 130, 12, "RUT EMISOR", 7.4, color=(90, 90, 90))
        txt(pdf, 130, 15.5, r_, 11, "B")
        txt(pdf, 130, 21.5, "e-Factura", 12, "B", color=color)
        txt(pdf, 130, 28, "SERIE / NÚMERO", 7, color=(90, 90, 90))
        txt(pdf, 130, 31.5, no, 10, "B")
        txt(pdf, 130, 37.5, f"Moneda: {cur}" + (f"   T.C. {m(fx, 3)}" if usd else ""), 8)
        pdf.rect(14, 48, 182, 20)
        txt(pdf, 16, 49.5, "RUT RECEPTOR", 7, color=(90, 90, 90))
        txt(pdf, 16, 53, f"21{digits(rng, 6, True)}0016", 8.6, "B")
        txt(pdf, 16, 58, bname, 9, "B")
        txt(pdf, 16, 62.5, baddr, 7.8)
        kv(pdf, 118, 50, [("Fecha de emisión:", fd(d)), ("Vencimiento:", fd(due) if due else None), ("Forma de pago:", "Crédito" if due else "Contado"), ("Orden de compra:", po)], wl=32, wv=44, size=7.8, step=4.3, align="L")
        cols = [("Código", 16, "L"), ("Descripción", 72, "L"), ("Cant.", 14, "R"), ("Unidad", 14, "L"), ("Precio unitario", 26, "R"), ("IVA", 14, "R"), ("Importe", 26, "R")]
        rows = [[x["code"], x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']}%", m(x["amount"])] for x in items]
        y = table(pdf, 14, 72, cols, rows, size=7.6, rowh=5.8, header_fill=(235, 235, 235), line_color=(190, 190, 190))
        y += 6
        rws = []
        for r, b, _v in summary:
            rws.append((f"Neto tasa {'mínima' if r == 10 else 'básica'} ({r}%)", m(b), False))
        rws.append(("Total neto", m(net), False))
        for r, _b, v in summary:
            rws.append((f"IVA tasa {'mínima' if r == 10 else 'básica'} ({r}%)", m(v), False))
        rws += [("Total IVA", m(tax), False), (f"TOTAL A PAGAR {cur}", m(total), True)]
        yt = totals(pdf, 116, y, rws, wl=52, wv=28, size=8.4, line=color, step=5.2)
        qr_fpdf(pdf, rng, 14, y, 28)
        para(pdf, 46, y, 66, f"CAE Nº {rng.randint(90000000000, 90999999999)}\nSerie {no[0]} del 0000001 al 0500000\nVencimiento CAE: 31/12/{d.year + 1}\nCódigo de seguridad: {''.join(rng.choice('ABCDEFabcdef0123456789') for _ in range(6))}\nPuede verificar este comprobante en www.dgi.gub.uy\nIVA al día", 7, h=3.6, color=(70, 70, 70))
        extra = (f"Tipo de cambio {m(fx, 3)}: equivalente en pesos uruguayos $ {m(other)}." if usd else f"Equivalente en dólares (T.C. {m(fx, 3)}): US$ {m(other)}.")
        para(pdf, 14, max(yt, y + 30) + 6, 182, extra + " " + (f"Pago por transferencia antes del {fd(due)}." if due else term + "."), 7.6, h=3.9)
        pdf.output(path)

    notes = (
        "Montevideo (Uruguay) food distributor's e-FACTURA (CFE) in Spanish with the 'RUT EMISOR / e-Factura / SERIE / NÚMERO' box at the top right, "
        + ("in US DOLLARS with the exchange rate and the total in pesos beside ('Tipo de cambio …: equivalente en pesos uruguayos $ …')" if usd else "in pesos with the total in US dollars beside ('Equivalente en dólares … US$ …')")
        + " ('1.234,50'), IVA 10 % (tasa mínima: meat, fish, bread, oil, rice) and 22 % (tasa básica: wine, soft drinks, detergent, freight), the net and the IVA per rate, the CAE block and a QR code: "
        "vendor = the name at the top left; vendor_tax_id = 'RUT EMISOR' (12 digits; the 'RUT RECEPTOR' and the CAE number are decoys). "
        "invoice_number = 'SERIE / NÚMERO' (series letter and number as printed); invoice_date = 'Fecha de emisión' (dd/mm/yyyy); the CAE's expiry date is a decoy. "
        + due_note(due, term, "Vencimiento")
        + po_note(po, "Orden de compra")
        + f"subtotal = 'Total neto'; tax = 'Total IVA'; total = 'TOTAL A PAGAR {cur}'; the other currency's equivalent is NOT the total. Currency {cur}. Line items: every row (net of IVA)."
    )
    t = truth(vname, r_, no, po, d, due, cur, net, tax, total, items, notes)
    return t, [fd(d), no, vname, r_, f"TOTAL A PAGAR {cur}", fd(due) if due else None, m(other)], render


# =========================================================================== 10 Colombo hardware store (VAT 18 %, LKR), 80 mm thermal receipt tax invoice
CO_V = [
    ("Pettah Hardware Stores (Pvt) Ltd", "No. 112, 2nd Cross Street, Colombo 11"),
    ("Wellawatte Electricals (Pvt) Ltd", "No. 210, Galle Road, Colombo 06"),
    ("Nugegoda Paint House", "No. 45, High Level Road, Nugegoda"),
    ("Maradana Tools & Fittings (Pvt) Ltd", "No. 78, Maradana Road, Colombo 10"),
]
CO_ROWS = [
    ('PVC pipe 1/2" x 20ft', "nos", 1, 20, 650, 1450),
    ("Cement OPC 50kg", "bag", 1, 20, 2150, 2650),
    ("Emulsion paint white 4L", "tin", 1, 8, 3900, 7800),
    ("Copper wire 1.5mm 100m", "roll", 1, 4, 9800, 16500),
    ("Door hinge 4in (pair)", "pr", 2, 20, 280, 650),
    ("LED bulb 12W B22", "nos", 2, 24, 390, 890),
    ("Padlock 50mm brass", "nos", 1, 6, 1250, 2850),
    ("Wall putty 5kg", "pkt", 1, 10, 1450, 2450),
    ("Masking tape 2in", "roll", 2, 12, 320, 690),
]


@style("10", "lk_co_colombo_tax_invoice_receipt_vat_18")
def s10(rng, i):
    vname, vaddr = CO_V[i]
    d = rand_date(rng)
    items = lines(rng, CO_ROWS, rng.randint(3, 7), D("5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    tin = digits(rng, 9, True)
    vat = f"{tin}-7000"
    no = [f"{rng.randint(1, 99999):07d}", f"INV/{d.strftime('%y')}/{rng.randint(10000, 99999)}", f"WE{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    po = f"PO {rng.randint(1000, 9999)}" if i == 3 else None
    cash = i != 1
    tendered = (q0(total / 1000 + D("0.5")) * 1000) if cash else None
    cust_vat = f"{digits(rng, 9, True)}-7000" if i in (0, 3) else None
    h = 150 + len(items) * 9 + (8 if cust_vat else 0)

    def render(path):
        pdf = new_fpdf(fmt=(80, h), creator="POS Lanka")
        pdf.add_page()
        y = 5
        for s_, sz, st in ((vname, 9.4, "B"), (vaddr, 7.2, ""), (f"Tel: 011 2{rng.randint(100000, 999999)}", 7.2, ""), (f"TIN: {tin}", 7.2, ""), (f"VAT Reg No: {vat}", 7.2, "")):
            txt(pdf, 3, y, s_, sz, st, font="Mono", align="C", w=74)
            y += sz * 0.5 + 1
        y += 2
        txt(pdf, 3, y, "TAX INVOICE", 11, "B", font="Mono", align="C", w=74)
        y += 7
        y = kv(pdf, 4, y, [("Invoice No:", no), ("Date:", f"{fd(d)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"), ("Cashier:", rng.choice(["Nimal", "Kumari", "Suresh", "Dilani"])), ("Terminal:", f"T0{rng.randint(1, 4)}"), ("Customer:", rng.choice(["Sampath Builders", "M. Perera", "Ceylon Interiors (Pvt) Ltd", "Cash customer"])), ("Customer VAT No:", cust_vat), ("PO No:", po)], wl=30, wv=42, size=7.2, font="Mono", step=3.9, color=(0, 0, 0), align="L")
        pdf.set_draw_color(0, 0, 0)
        pdf.dashed_line(3, y + 1, 77, y + 1, 1, 1)
        y += 3
        for x in items:
            txt(pdf, 4, y, x["desc"], 7.4, font="Mono", w=72)
            y += 3.8
            txt(pdf, 8, y, f"{qstr(x['qty'])} x {en(x['price'])}", 7.4, font="Mono", w=40)
            txt(pdf, 46, y, en(x["amount"]), 7.4, font="Mono", align="R", w=30)
            y += 4.6
        pdf.dashed_line(3, y, 77, y, 1, 1)
        y += 2
        rows = [("Sub Total", en(net)), ("VAT 18%", en(tax)), ("NET TOTAL LKR", en(total))]
        if cash:
            rows += [("Cash", en(tendered)), ("Balance", en(tendered - total))]
        else:
            rows += [(f"Card ****{digits(rng, 4)}", en(total)), ("Approval code", f"{rng.randint(100000, 999999)}")]
        for k, (a, b) in enumerate(rows):
            st = "B" if k == 2 else ""
            txt(pdf, 4, y, a, 8.6 if k == 2 else 7.6, st, font="Mono", w=40)
            txt(pdf, 40, y, b, 8.6 if k == 2 else 7.6, st, font="Mono", align="R", w=36)
            y += 5 if k == 2 else 4.2
        y += 2
        txt(pdf, 3, y, f"No. of items: {len(items)}", 7, font="Mono", align="C", w=74)
        y += 5
        para(pdf, 4, y, 72, "Goods once sold cannot be returned after 7 days. Please bring this invoice for any exchange. Thank you, come again!", 6.8, font="Mono", h=3.4, align="C")
        pdf.output(path)

    term = "Paid – cash" if cash else "Paid – card"
    notes = (
        "Colombo (Sri Lanka) hardware store's TAX INVOICE printed as an 80 mm THERMAL RECEIPT in English in a monospaced font, in rupees with commas ('1,234.50'), each item on two lines (name, then 'qty x price' and the amount), VAT 18 % on the whole: "
        "vendor = the name at the top; vendor_tax_id = 'VAT Reg No' (the TIN and '-7000'; the bare 'TIN' and the 'Customer VAT No' are decoys). "
        "invoice_number = 'Invoice No:'; invoice_date = 'Date:' ("
        + ["dd/mm/yyyy", "dd-mm-yyyy", "dd-Mon-yyyy", "dd/mm/yyyy"][i]
        + ", with the time); the cashier, the terminal and the card approval code are decoys. "
        + due_note(None, term, "")
        + po_note(po, "PO No:")
        + "subtotal = 'Sub Total'; tax = 'VAT 18%'; total = 'NET TOTAL LKR'; the cash tendered and the balance (change) are NOT totals. Currency LKR. Line items: every item (net of VAT)."
    )
    t = truth(vname, vat, no, po, d, None, "LKR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vat, "NET TOTAL LKR", f"TIN: {tin}"], render
