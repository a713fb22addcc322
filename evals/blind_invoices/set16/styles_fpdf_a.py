"""fpdf2 styles for set 16, part A (01 Barbadian piano tuner's invoice for a service visit with a service report and
VAT 17.5 %, 02 Cuban generator-hire company's factura in CUP with diesel supplied, hour-meter readings and the
delivered-by / received-by block, no tax shown, 06 Malawian sawmill's tax invoice for pine timber by the cubic metre
with VAT 16.5 %, over two pages with carried-forward sums on one document)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    digits,
    en,
    exact_price,
    li,
    mt,
    new_fpdf,
    ordinal,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import MONTHS, para
from kit_words import en_words_title, es_words
from stdnum.cu import ni as _cuni

STYLES, style = style_registry("fpdf2")


# =========================================================================== 01 Barbados piano tuner (TIN, VAT 17.5 %, BDS$, service report)
BB_V = [
    ("Keith Worrell Piano Services", "Lot 12, Edghill Heights, St. Thomas", (40, 40, 40)),
    ("Harmony Piano Care (Barbados) Inc.", "#7 Pine Hill, St. Michael", (90, 30, 60)),
    ("Bajan Keys Piano Tuning & Repair", "Rendezvous Gardens, Christ Church", (20, 70, 110)),
    ("Carlisle Bay Piano Technicians Inc.", "2nd Street, Holetown, St. James", (30, 90, 60)),
]
BB_B = [("Coral Sands Beach Resort Ltd.", "Highway 7, Worthing, Christ Church"), ("Queen's Park Conservatory of Music Inc.", "Constitution Road, Bridgetown, St. Michael"),
        ("Holy Trinity Anglican Church", "Parish of St. Philip"), ("St. Lawrence Gap Jazz Lounge Ltd.", "St. Lawrence Gap, Christ Church")]
BB_PIANOS = [("Yamaha C3 grand", "6"), ("Kawai K-300 upright", "F"), ("Steinway Model M grand", "3"), ("Yamaha U1 upright", "5"), ("Baldwin Hamilton studio upright", "1")]
BB_WORK = [
    ("Pitch raise (piano more than 15 cents flat)", "1", "1", "120.00", "220.00"),
    ("Regulation of action and key dip (hours)", "1", "4", "85.00", "140.00"),
    ("Replace bass string", "1", "3", "65.00", "120.00"),
    ("Voicing of hammers (hours)", "1", "3", "90.00", "150.00"),
    ("Ease sticking keys / replace key bushings", "2", "12", "12.00", "25.00"),
    ("Humidity control system service and pads", "1", "1", "95.00", "180.00"),
]


@style("01", "bb_piano_tuner_service_visit")
def s01(rng, i):
    vname, vaddr, color = BB_V[i]
    bname, baddr = BB_B[i]
    d = rand_date(rng)
    visit = d - dt.timedelta(days=rng.randint(0, 6))
    npianos = [rng.randint(1, 2), rng.randint(3, 6), 1, 1][i]
    pianos = [rng.choice(BB_PIANOS) for _ in range(npianos)]
    q = D(npianos)
    items = [{"desc": f"Standard tuning to A440 ({pianos[0][0]}{' and others' if npianos > 1 else ''})", "qty": q, "price": exact_price(rng, q, D("150"), D("260"), D("5")), "amount": None}]
    items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
    for desc, qlo, qhi, lo, hi in rng.sample(BB_WORK, rng.randint(1, 3)):
        q = D(rng.randint(int(qlo), int(qhi)))
        p = exact_price(rng, q, D(lo), D(hi), D("5"))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p)})
    q = D(1)
    p = D(rng.randint(8, 20) * 5)
    items.append({"desc": f"Call-out and travel ({rng.choice(['St. Michael', 'Christ Church', 'St. James', 'St. Philip'])})", "qty": q, "price": p, "amount": p})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.175"))
    total = net + tax
    tin = f"1000{digits(rng, 9)}"
    no = [f"{rng.randint(100, 999)}", f"HPC-{d.year}-{rng.randint(10, 99)}", f"BK{rng.randint(1000, 9999)}", f"INV {rng.randint(1000, 1999)}"][i]
    fd = [lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[0, 30, 14, 0][i]) if i in (1, 2) else None
    term = ["Payment due within 14 days. Thank you!", "", "", "Payable on receipt."][i]
    po = [f"CSB-PO-{rng.randint(1000, 9999)}", None, None, f"PO {rng.randint(100, 999)}"][i]
    prev = q2(D(rng.randint(15000, 60000)) / 100) if i == 3 else None
    nxt = visit + dt.timedelta(days=rng.choice([90, 120, 180]))
    money = lambda x: en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Pages / Quartz PDFContext")
        pdf.add_page()
        txt(pdf, 0, 14, vname, 16, "B", "Serif", "C", 210, color=color)
        txt(pdf, 0, 22, f"Piano tuning · regulation · repairs · {vaddr}, Barbados", 8, "", "Serif", "C", 210)
        txt(pdf, 0, 26.5, f"Tel. (246) {rng.randint(230, 850)}-{digits(rng, 4)} · TIN {tin} (VAT registered)", 8, "", "Serif", "C", 210)
        pdf.set_draw_color(*color)
        pdf.line(20, 32, 190, 32)
        txt(pdf, 20, 38, "INVOICE", 15, "B", "Serif")
        y = 46
        kv = [("Invoice No.", no), ("Date", fd(d))]
        if po:
            kv.append(("Your P.O.", po))
        kv.append(("Due date", fd(due)) if due else None)
        for row in [r for r in kv if r]:
            txt(pdf, 20, y, row[0], 8.5, "", "Serif")
            txt(pdf, 48, y, row[1], 8.5, "B", "Serif")
            y += 4.6
        txt(pdf, 120, 38, "To:", 8, "", "Serif", color=(100, 100, 100))
        txt(pdf, 120, 42.5, bname, 9, "B", "Serif")
        txt(pdf, 120, 47, baddr, 8, "", "Serif")
        txt(pdf, 120, 51.5, "Barbados, W.I.", 8, "", "Serif")
        y = max(y, 58) + 4
        txt(pdf, 20, y, f"Service visit of {fd(visit)}", 9, "B", "Serif")
        rows = [[it["desc"], qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 20, y + 6, [("Description", 100, "L"), ("Qty", 14, "R"), ("Rate BDS$", 28, "R"), ("Amount BDS$", 28, "R")], rows, size=8, font="Serif", rowh=6, header_fill=(238, 238, 238))
        y += 4
        for a, b, bold in [("Subtotal", money(net), False), ("VAT @ 17.5%", money(tax), False), ("Total BDS$", money(total), True)]:
            txt(pdf, 122, y, a, 9 if bold else 8.5, "B" if bold else "", "Serif")
            txt(pdf, 160, y, b, 9 if bold else 8.5, "B" if bold else "", "Serif", "R", 30)
            y += 5.4
        if prev:
            txt(pdf, 122, y + 1, "Previous balance outstanding", 7.6, "I", "Serif")
            txt(pdf, 160, y + 1, money(prev), 7.6, "I", "Serif", "R", 30)
            txt(pdf, 122, y + 5.5, "Total now owing", 7.6, "I", "Serif")
            txt(pdf, 160, y + 5.5, money(prev + total), 7.6, "I", "Serif", "R", 30)
            y += 11
        y += 6
        pdf.set_fill_color(246, 244, 238)
        h = 8 + 4.4 * (npianos + 2)
        pdf.rect(20, y, 170, h, "F")
        txt(pdf, 23, y + 2, "Service report", 8.5, "B", "Serif")
        yy = y + 7
        for name, pre in pianos:
            txt(pdf, 23, yy, f"{name}, serial {pre}{digits(rng, 6)} – found {rng.randint(4, 32)} cents flat at A4, tuned to A440; condition {rng.choice(['good', 'fair', 'good – minor hammer wear', 'fair – loose tuning pins in tenor'])}.", 7.4, "", "Serif")
            yy += 4.4
        txt(pdf, 23, yy, f"Room humidity at visit {rng.randint(62, 88)} % RH, {rng.randint(25, 31)} °C. Recommended next tuning: {fd(nxt)}.", 7.4, "", "Serif")
        y += h + 6
        y = para(pdf, 20, y, 170, f"{term + ' ' if term else ''}Please make cheques payable to {vname} or pay by transfer to {rng.choice(['Republic Bank (Barbados) Ltd.', 'CIBC FirstCaribbean International Bank', 'Sagicor Bank (Barbados) Ltd.', 'Scotiabank Barbados'])}, account {digits(rng, 2)}-{digits(rng, 6)}-{rng.randint(0, 9)}, branch {rng.choice(['Broad Street', 'Warrens', 'Sunset Crest', 'Six Roads'])}. Amounts in Barbados dollars (BBD).", 7.8, font="Serif")
        txt(pdf, 20, y + 10, "With thanks,", 8.5, "I", "Serif")
        txt(pdf, 20, y + 22, vname.replace(" Piano Services", ""), 8.5, "", "Serif")
        pdf.output(path)

    notes = (
        "Barbadian piano tuner's INVOICE for a service visit: vendor = the business name at the top ("
        + ("a sole trader's trading name" if i in (0, 2) else "an Inc.") + "); vendor tax id = 'TIN' (13 digits, no public checksum: random); the piano serial numbers and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["'12th March 2026'", "dd/mm/yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "); the service visit date and the recommended next tuning date are decoys. "
        + ("due = 'Due date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your P.O.' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = 'VAT @ 17.5%'; total = 'Total BDS$'" + ("; 'Previous balance outstanding' and 'Total now owing' are decoys" if prev else "")
        + ". Currency BBD ('BDS$'). Amounts '1,234.56'. Line items: every row (amount = 'Amount BDS$'; quantity 'Qty': pianos tuned, hours, strings, keys, 1 for the call-out)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BBD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN " + tin, no, po, vname, "BDS$"], render


# =========================================================================== 02 Cuban generator hire (NIT, CUP, diesel, hour meter, entregado / recibido)
CU_V = [
    ("Energía Segura S.R.L.", "Calle 23 No. 1056 e/ 12 y 14, Vedado, Plaza de la Revolución, La Habana", (0, 80, 140)),
    ("Potencia Caribe S.R.L.", "Ave. 3ra No. 4408 e/ 44 y 46, Miramar, Playa, La Habana", (160, 60, 0)),
    ("Luz Continua S.R.L.", "Carretera Central km 3½, Santa Clara, Villa Clara", (20, 110, 60)),
    ("GenOriente Servicios Eléctricos S.R.L.", "Calle Enramadas No. 215, Santiago de Cuba", (100, 30, 110)),
]
CU_B = [("Paladar La Terraza del Malecón", "Malecón No. 407, Centro Habana", None), ("Hostal Colonial Vista Mar S.R.L.", "Calle Obispo No. 112, Habana Vieja", None),
        ("Empresa Cárnica Villa Clara – UEB Frigorífico", "Carretera a Camajuaní km 2, Santa Clara", "150.0.0123"), ("Panadería Dulce Hogar S.R.L.", "Calle Heredia No. 58, Santiago de Cuba", None)]


@style("02", "cu_alquiler_grupo_electrogeno_diesel")
def s02(rng, i):
    vname, vaddr, color = CU_V[i]
    bname, baddr, reeup = CU_B[i]
    d = rand_date(rng)
    kva = rng.choice([20, 30, 45, 60, 100])
    days = D(rng.randint(3, 30))
    start = d - dt.timedelta(days=int(days) + rng.randint(0, 3))
    hours = rng.randint(int(days) * 6, int(days) * 14)
    h0 = rng.randint(1200, 9800)
    items = [{"desc": f"Alquiler grupo electrógeno {kva} kVA insonorizado (días)", "unit": "día", "qty": days, "price": D(rng.randint(50, 200) * 50), "amount": None}]
    items[0]["amount"] = items[0]["qty"] * items[0]["price"]
    lit = D(rng.randint(int(hours * kva * 0.12), int(hours * kva * 0.2)))
    p = D(rng.randint(300, 450))
    items.append({"desc": "Combustible diésel suministrado", "unit": "litro", "qty": lit, "price": p, "amount": lit * p})
    extra = [("Transportación, montaje y desmontaje", "servicio", 1, 1, 4000, 15000), ("Operador técnico de guardia (horas)", "hora", 8, 120, 250, 600),
             ("Cambio de aceite y filtros", "servicio", 1, 2, 6000, 14000), ("Conexión a pizarra eléctrica del cliente", "servicio", 1, 1, 3000, 9000)]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(extra, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    total = sum(it["amount"] for it in items)
    nit = digits(rng, 11, True)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"F-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}-{d.strftime('%y')}", f"LC{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=30) if i == 2 else None
    term = ["Pago contra entrega mediante Transfermóvil", "Transferencia bancaria a 15 días", "", "Pago en efectivo o transferencia al recibir la factura"][i]
    po = f"OC-{rng.randint(100, 999)}/{d.year}" if i == 2 else None
    ci = [valid(rng, lambda: f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 5)}", _cuni.is_valid) for _ in range(2)]
    contract = f"{rng.randint(1, 90)}/{d.year}"
    money = lambda x: en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word - Factura")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(12, 10, 186, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 16, 13, vname, 13, "B", color=color)
        para(pdf, 16, 20, 120, vaddr, 7.6)
        txt(pdf, 16, 28.5, f"NIT: {nit} · Tel. +53 {rng.choice(['5', '7', '42', '22'])}{digits(rng, 7)}", 7.8, "B")
        txt(pdf, 16, 33, f"Registro Mercantil: Tomo {rng.randint(1, 40)}, Folio {rng.randint(1, 300)}, Hoja {rng.randint(100, 9999)}", 7, color=(90, 90, 90))
        txt(pdf, 150, 13, "FACTURA", 16, "B", align="R", w=44)
        txt(pdf, 150, 22, f"No. {no}", 10, "B", align="R", w=44)
        txt(pdf, 150, 28, f"Fecha: {fd(d)}", 8, align="R", w=44)
        txt(pdf, 12, 45, "Cliente:", 7.6, color=(100, 100, 100))
        txt(pdf, 30, 45, bname, 9, "B")
        txt(pdf, 30, 49.5, baddr, 7.6)
        y = 54
        if reeup:
            txt(pdf, 30, y, f"Código REEUP: {reeup} · NIT cliente: {digits(rng, 11, True)}", 7.6)
            y += 4.5
        txt(pdf, 30, y, f"Contrato de servicio No. {contract} · Lugar de instalación: {baddr.split(',')[0]}", 7.6)
        y += 4.5
        if po:
            txt(pdf, 30, y, f"Orden de compra No.: {po}", 7.6, "B")
            y += 4.5
        txt(pdf, 30, y, f"Período de alquiler: del {start.strftime('%d/%m/%Y')} al {(start + dt.timedelta(days=int(days))).strftime('%d/%m/%Y')}", 7.6)
        y += 4.5
        txt(pdf, 30, y, f"Horómetro: inicial {h0} h · final {h0 + hours} h · horas trabajadas {hours}", 7.6)
        rows = [[it["desc"], it["unit"], en(it["qty"], 0), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 12, y + 7, [("Descripción", 88, "L"), ("U/M", 20, "C"), ("Cantidad", 22, "R"), ("Precio CUP", 26, "R"), ("Importe CUP", 30, "R")], rows, size=7.8, rowh=6, header_fill=(232, 232, 232))
        y += 3
        pdf.set_fill_color(*color)
        pdf.rect(118, y, 80, 8, "F")
        txt(pdf, 120, y + 1.6, "TOTAL A PAGAR", 9.5, "B", color=(255, 255, 255))
        txt(pdf, 154, y + 1.6, f"$ {money(total)} CUP", 9.5, "B", align="R", w=42, color=(255, 255, 255))
        y += 12
        cents = int((total % 1) * 100)
        y = para(pdf, 12, y, 186, f"Son: {es_words(int(total))} pesos cubanos con {cents:02d}/100.", 7.8, "I")
        if due:
            txt(pdf, 12, y + 1, f"Fecha de vencimiento: {fd(due)}", 8, "B")
            y += 5
        else:
            txt(pdf, 12, y + 1, f"Forma de pago: {term}", 8)
            y += 5
        y = para(pdf, 12, y + 2, 186, f"Cuenta bancaria en CUP a nombre de {vname}: {rng.choice(['Banco Metropolitano S.A.', 'BANDEC', 'Banco Popular de Ahorro'])}, sucursal {rng.randint(200, 399)}, cuenta {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}. "
                 "El combustible se factura según litros repuestos y medidos en el tanque del equipo.", 7.4)
        y += 8
        for k, (lab, who) in enumerate((("Entregado por", rng.choice(["Yoandri Pérez Castillo", "Dayron Fonseca Ruiz", "Osmany Leyva Soto"])), ("Recibido por", rng.choice(["Mayelín Rodríguez Vega", "Yunior Caballero Díaz", "Arelys Torres Núñez"])))):
            x = 12 + k * 96
            pdf.set_draw_color(150, 150, 150)
            pdf.rect(x, y, 90, 30)
            txt(pdf, x + 2, y + 2, lab, 8, "B")
            txt(pdf, x + 2, y + 8, f"Nombre: {who}", 7.4)
            txt(pdf, x + 2, y + 13, f"Cargo: {['Técnico', 'Administrador'][k]}", 7.4)
            txt(pdf, x + 2, y + 18, f"CI: {ci[k]}", 7.4)
            txt(pdf, x + 2, y + 23, f"Fecha: {fd(d)}      Firma: ____________", 7.4)
        pdf.output(path)

    notes = (
        "Cuban generator-hire company's FACTURA (a MIPYME, S.R.L.): vendor = the legal name at the top; vendor tax id = 'NIT' (11 digits, no public checksum: random); the client's NIT and REEUP code, the trade register, the contract, the bank account and the CI numbers in the delivered/received boxes are decoys. "
        "invoice_number = 'No.' under FACTURA; invoice_date = 'Fecha:' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the hire period and the signature dates are decoys. "
        + ("due = 'Fecha de vencimiento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Orden de compra No.' {po}. " if po else "No PO. ")
        + "No tax is shown: subtotal and tax null; total = 'TOTAL A PAGAR'. The hour-meter readings are decoys; the amount in words repeats the total. Currency CUP ('$ … CUP'). Amounts '1,234.56'. "
        "Line items: every row (amount = 'Importe CUP'; quantity 'Cantidad': days, litres of diesel, hours, services)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nit, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="CUP", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIT: " + nit, "No. " + no, po, vname, "CUP"], render


# =========================================================================== 06 Malawi sawmill (TPIN, VAT 16.5 %, MK, timber by m³, two pages with carried-forward sums)
MW_V = [
    ("Nthungwa Timber Processors Ltd", "P.O. Box 1123, Chibanja, Mzuzu", (110, 70, 20)),
    ("Chikangawa Pine Sawmillers Ltd", "Chikangawa, Mzimba District, P.O. Box 40", (30, 90, 40)),
    ("Dedza Highlands Timber Ltd", "M1 Road, Dedza Boma, P.O. Box 88", (60, 60, 110)),
    ("Zomba Plateau Timber Co. Ltd", "Old Naisi Road, Zomba, P.O. Box 567", (120, 40, 40)),
]
MW_B = [("Lilongwe Building Contractors Ltd", "Area 28, Lilongwe"), ("Blantyre Furniture Works Ltd", "Makata Industrial Site, Blantyre"),
        ("Malawi Roofing & Truss Ltd", "Kanengo Industrial Area, Lilongwe"), ("Mzuzu Joinery & Hardware", "Orton Chirwa Avenue, Mzuzu")]
MW_SIZES = [(25, 152), (38, 76), (38, 114), (38, 152), (50, 76), (50, 102), (50, 152), (50, 228), (76, 76), (76, 152), (76, 228), (25, 228), (38, 38), (50, 50)]
MW_LEN = [D("3.0"), D("3.6"), D("4.2"), D("4.8"), D("5.4"), D("6.0")]


def _mw_items(rng, n):
    out = []
    for w, h in rng.sample(MW_SIZES, n):
        L = rng.choice(MW_LEN)
        pcs = rng.randint(20, 300)
        vol = (D(w) * D(h) * L * pcs / D(10**6)).quantize(D("0.001"))
        grade = rng.choice(["S5 planed", "S5 rough sawn", "S7 structural", "Clear grade"])
        treated = rng.random() < 0.4
        rate = D(rng.randint(320, 640) * 1000) + (D(45000) if treated else 0)
        out.append({"desc": f"Pine {w} x {h} mm x {L} m, {grade}{', CCA treated' if treated else ''}", "pcs": pcs, "qty": vol, "price": rate, "amount": q2(vol * rate)})
    return out


@style("06", "mw_sawmill_timber_cubic_metre")
def s06(rng, i):
    vname, vaddr, color = MW_V[i]
    bname, baddr = MW_B[i]
    d = rand_date(rng)
    two = i == 3
    items = _mw_items(rng, rng.randint(11, 14) if two else rng.randint(3, 7))
    if rng.random() < 0.7:
        km = D(rng.randint(30, 380))
        p = D(rng.randint(30, 70) * 50)
        items.append({"desc": f"Delivery by 10 t truck to site ({km} km)", "pcs": None, "qty": km, "price": p, "amount": km * p, "km": True})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.165"))
    total = net + tax
    tpin = digits(rng, 8, True)
    b_tpin = digits(rng, 8, True)
    no = [f"TI{rng.randint(10000, 99999)}", f"CPS/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(4000, 8999)}", f"ZPT-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 0, 30][i]) if i in (0, 3) else None
    term = ["", "Cash on collection", "Strictly 14 days from date of delivery", ""][i]
    po = [None, f"BFW/PO/{rng.randint(1000, 9999)}", None, f"LPO {rng.randint(10000, 99999)}"][i]
    dn = f"DN {rng.randint(10000, 99999)}"
    truck = f"{rng.choice(['MZ', 'LL', 'DZ', 'ZA'])} {rng.randint(1000, 9999)}"
    permit = f"FD/CP/{rng.randint(1000, 9999)}/{d.year}"
    money = lambda x: en(x)  # noqa: E731
    tel, lic = f"{digits(rng, 3)} {digits(rng, 3)}", f"{rng.randint(100, 999)}/{rng.choice(['NR', 'CR', 'SR'])}"

    def header(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 12, vname, 14, "B", color=color)
        txt(pdf, 16, 18.5, f"Sawn pine and treated poles · {vaddr}, Malawi · Tel +265 1 {tel}", 7.6)
        txt(pdf, 16, 23, f"TPIN: {tpin} · VAT Reg. · Forestry licence {lic}", 7.8, "B")
        txt(pdf, 150, 12, "TAX INVOICE", 14, "B", align="R", w=48)
        txt(pdf, 150, 19, f"Page {page} of {pages}", 7.4, align="R", w=48)

    def render(path):
        pdf = new_fpdf(creator="Sage Pastel Partner")
        pdf.add_page()
        header(pdf, 1, 2 if two else 1)
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(16, 30, 88, 26)
        txt(pdf, 18, 31.5, "Customer", 7, color=(110, 110, 110))
        txt(pdf, 18, 35.5, bname, 8.8, "B")
        txt(pdf, 18, 40, baddr, 7.6)
        txt(pdf, 18, 44.5, f"Customer TPIN: {b_tpin}", 7.6)
        txt(pdf, 18, 49, f"Account: {bname[:3].upper()}{rng.randint(100, 999)}", 7.6)
        kv = [("Invoice No.", no), ("Invoice Date", fd(d))]
        if po:
            kv.append(("Your Order No.", po))
        kv.append(("Due Date", fd(due)) if due else ("Terms", term))
        kv += [("Delivery Note", dn), ("Truck / Permit", f"{truck} / {permit}")]
        y = 31
        for a, b in kv:
            txt(pdf, 110, y, a, 7.8)
            txt(pdf, 142, y, b, 7.8, "B")
            y += 4.3
        cols = [("Description", 84, "L"), ("Pieces", 16, "R"), ("Volume m³ / qty", 26, "R"), ("Rate MK", 28, "R"), ("Amount MK", 28, "R")]

        def row(it):
            return [it["desc"], str(it["pcs"]) if it["pcs"] else "", qstr(it["qty"]) if it.get("km") else f"{it['qty']:.3f}", money(it["price"]), money(it["amount"])]

        first = items[:8] if two else items
        y = table(pdf, 16, 62, cols, [row(it) for it in first], size=7.4, font="DVC", rowh=5.8, header_fill=(236, 232, 224))
        if two:
            cf = sum(it["amount"] for it in first)
            txt(pdf, 100, y + 2, "Carried forward", 7.8, "I")
            txt(pdf, 170, y + 2, money(cf), 7.8, "I", align="R", w=28)
            para(pdf, 16, 282, 182, f"{vname} · continued on page 2", 6.4, color=(120, 120, 120), align="C")
            pdf.add_page()
            header(pdf, 2, 2)
            txt(pdf, 16, 30, f"Invoice No. {no} (continued)", 8, "B")
            txt(pdf, 100, 36, "Brought forward", 7.8, "I")
            txt(pdf, 170, 36, money(cf), 7.8, "I", align="R", w=28)
            y = table(pdf, 16, 42, cols, [row(it) for it in items[8:]], size=7.4, font="DVC", rowh=5.8, header_fill=(236, 232, 224))
        vol = sum(it["qty"] for it in items if not it.get("km"))
        txt(pdf, 16, y + 2, f"Total volume delivered: {vol:.3f} m³ in {sum(it['pcs'] for it in items if it['pcs'])} pieces", 7.4)
        y += 8
        for a, b, bold in [("Total excl. VAT", money(net), False), ("VAT 16.5%", money(tax), False), ("TOTAL MK", money(total), True)]:
            txt(pdf, 120, y, a, 8.6, "B" if bold else "")
            txt(pdf, 160, y, b, 8.6, "B" if bold else "", align="R", w=38)
            y += 5.4
        y = para(pdf, 16, y + 3, 182, f"Amount in words: {en_words_title(int(total))} Kwacha{' and ' + str(int((total % 1) * 100)) + '/100' if total % 1 else ' Only'}.", 7.6, "I")
        y = para(pdf, 16, y + 2, 182, f"EFD fiscal receipt {rng.randint(100000, 999999)} · Z-report {rng.randint(100, 999)} · Timber remains the property of {vname} until paid in full. "
                 f"Bank: {rng.choice(['National Bank of Malawi plc', 'Standard Bank Malawi plc', 'FDH Bank plc', 'NBS Bank plc'])}, account {digits(rng, 10)}, branch {rng.choice(['Mzuzu', 'Capital City', 'Blantyre', 'Zomba'])}.", 7.2)
        txt(pdf, 16, y + 12, "Received in good order: ____________________      Checked by: ____________________", 7.6)
        para(pdf, 16, 282, 182, f"{vname} · TPIN {tpin}", 6.4, color=(120, 120, 120), align="C")
        pdf.output(path)

    notes = (
        "Malawian sawmill's TAX INVOICE for pine timber priced per cubic metre: vendor = the legal name (Ltd) at the top; vendor tax id = 'TPIN' (8 digits, no public checksum: random); the customer TPIN and account, the forestry licence, the delivery note, the truck and conveyance permit, the EFD receipt number and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 16.5%'; total = 'TOTAL MK'"
        + ("; two pages: 'Carried forward' / 'Brought forward' are decoys" if two else "")
        + "; the total volume and piece count are decoys; the amount in words repeats the total. Currency MWK ('MK'). Amounts '1,234,567.89'. "
        "Line items: every row (amount = 'Amount MK'; quantity = the volume in m³ with three decimals, or the km of the delivery row; 'Pieces' is not the quantity)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tpin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MWK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TPIN: " + tpin, no, po, vname, "MK"], render
