"""fpdf2 styles for set 61, second part (08 Kuantan INVOIS / INVOICE of an industrial services company in English with
Malay labels, each LABEL ENDING a line of text and its value on the NEXT line, a table WITHOUT RULES, the TOTALS at the
LEFT under it, service tax 8 % and a NOTA KREDIT / CREDIT NOTE; 09 Talca FACTURA ELECTRÓNICA with the SII box, the
facts and the totals in a RIGHT SIDEBAR, IVA 19 % in whole pesos, converted from an accepted quotation, an advance
(anticipo) deducted on two; 10 Samarinda FAKTUR / INVOICE in Indonesian with the facts in a BOXED GRID of small
upper-case labels ABOVE their values, PPN 12 % on the DPP nilai lain, whole rupiah, the total in words (terbilang) and
a dollar counter-value on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import ROUND_FLOOR
from decimal import Decimal as D

from common import MONTHS, cl_rut, id_npwp, id_words, long_date
from invoice_kit import de, digits, en, lfont, new_fpdf, q0, q2, qstr, rand_date, style_registry, txt
from kit_common import bars_fpdf, due_note, lines, po_note, qr_fpdf, truth
from kit_words import en_words_title

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Kuantan (service tax 8, MYR), label at the line's end, totals left, credit note
KU_V = [
    ("Teluk Cempedak Engineering Sdn. Bhd.", "202101018834 (1420337-T)", "Lot 27, Jalan Gebeng 2/4, Kawasan Perindustrian Gebeng, 26080 Kuantan, Pahang", (30, 64, 175)),
    ("Pahang Marine & Industrial Services Sdn. Bhd.", "201501033127 (1160044-W)", "B-12, Jalan Tanjung Lumpur, 26060 Kuantan, Pahang", (15, 118, 110)),
    ("Gebeng Instrumentation Services Sdn. Bhd.", "201801004412 (1266120-K)", "No. 8, Jalan IM 14/3, Kawasan Industri Indera Mahkota, 25200 Kuantan, Pahang", (153, 27, 27)),
    ("Indera Mahkota Facility Management Sdn. Bhd.", "201901027751 (1334109-V)", "Tingkat 2, Menara Zenith, Jalan Putra Square 6, 25200 Kuantan, Pahang", (91, 33, 182)),
]
KU_B = [
    ("Petrochemical Polymers Gebeng Sdn. Bhd.", "Kawasan Perindustrian Gebeng Fasa 3, 26080 Kuantan"),
    ("Kuantan Port Consortium Sdn. Bhd.", "Tanjung Gelang, 25720 Kuantan"),
    ("Malaysian Steel Works Kuantan Sdn. Bhd.", "Lot 1, Kawasan Perindustrian Gebeng, 26080 Kuantan"),
    ("Hospital Pakar Kuantan Sdn. Bhd.", "Jalan Tanjung Lumpur, 26060 Kuantan"),
]
KU_ROWS = [
    [("Pump overhaul, centrifugal 75 kW", "job", 1, 3, 4800, 9800), ("Mechanical seal replacement", "set", 1, 6, 850, 2400), ("Laser shaft alignment", "job", 1, 6, 650, 1500), ("Welder, structural (man-day)", "day", 2, 20, 380, 520)],
    [("Tug assistance, berthing", "move", 1, 8, 2200, 4800), ("Mooring crew", "shift", 1, 12, 450, 900), ("Underwater hull inspection (ROV)", "job", 1, 2, 3500, 7800), ("Oil boom deployment", "hour", 2, 16, 180, 420)],
    [("Calibration, pressure transmitter", "unit", 2, 30, 160, 380), ("Calibration, control valve with positioner", "unit", 1, 12, 550, 1200), ("Loop check and commissioning", "day", 1, 10, 950, 1800), ("Instrument technician (man-day)", "day", 2, 20, 420, 650)],
    [("Chiller preventive maintenance, monthly", "month", 1, 3, 2800, 5200), ("Cleaning services, hospital wards", "month", 1, 3, 9500, 18500), ("Pest control treatment", "visit", 1, 4, 280, 650), ("Generator load bank test", "job", 1, 2, 1400, 2600)],
]


@style("08", "my_kua_kuantan_invois_sst_8_label_eol_totals_left_unruled_nota_kredit")
def s08(rng, i):
    vname, brn, vaddr, color = KU_V[i]
    bname, baddr = KU_B[i]
    d = rand_date(rng)
    credit = i == 2
    items = lines(rng, KU_ROWS[i], [3, 4, 2, 4][i], D("0.50") if i != 1 else D("1"))
    if credit:
        for x in items:
            x["qty"] = -x["qty"]
            x["amount"] = -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.08"))
    total = net + tax
    tin = f"C{rng.randint(2, 6)}{digits(rng, 8)}0"
    sst = f"C10-{rng.randint(1800, 2499)}-{rng.randint(32000000, 32009999)}"
    btin = f"C{rng.randint(1, 9)}{digits(rng, 9)}0"
    no = [f"TCE/INV/{d.year}/{rng.randint(100, 999):04d}", f"PMIS-{rng.randint(10000, 99999)}", f"CN-{rng.randint(1000, 9999)}", f"IMFM{d.strftime('%y%m')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "ms"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = None if credit else d + dt.timedelta(days=rng.choice([30, 60]))
    po = [f"PO{rng.randint(4100000, 4199999)}", f"KPC/PO/{rng.randint(1000, 9999)}", None, f"HPK-{rng.randint(10000, 99999)}"][i]
    orig_no = f"GIS/INV/{rng.randint(2000, 2999)}"
    orig_d = d - dt.timedelta(days=rng.randint(10, 60))
    uuid = "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(26))
    do_no = f"DO-{rng.randint(10000, 99999)}"
    title = ("NOTA KREDIT", "CREDIT NOTE") if credit else ("INVOIS", "INVOICE")
    f = en

    def render(path):
        pdf = new_fpdf(creator="AutoCount Accounting 2.1")
        pdf.add_page()
        X = 14
        pdf.set_fill_color(*color)
        pdf.rect(X, 12, 3, 20, "F")
        txt(pdf, X + 6, 12, vname, 13, "B", color=color)
        txt(pdf, X + 6, 18.5, f"Company No. {brn}", 7.6, color=(80, 80, 80))
        txt(pdf, X + 6, 22.5, vaddr, 7.6, color=(80, 80, 80))
        txt(pdf, X + 6, 26.5, f"Tel: 09-{rng.randint(510, 599)} {digits(rng, 4)}   SST Reg. No.: {sst}", 7.6, color=(80, 80, 80))
        txt(pdf, 120, 38, title[0], 17, "B", w=76, align="R")
        txt(pdf, 120, 46, title[1], 11, w=76, align="R", color=(90, 90, 90))
        # the facts: each label ends a line of text, its value on the next line
        y = 40
        txt(pdf, X, y, "Kepada / Bill to:", 7.8, color=(90, 90, 90))
        txt(pdf, X, y + 4.4, bname, 9.4, "B")
        txt(pdf, X, y + 9, baddr, 8)
        txt(pdf, X, y + 13.4, f"Buyer TIN: {btin}", 8)
        y = 62
        facts = [
            (f"Quote it with every payment · {'No. Nota Kredit / Credit Note No.' if credit else 'No. Invois / Invoice No.'}:", no),
            ("Issued on · Tarikh / Date:", fd(d)),
        ]
        if due:
            facts.append(("Payment must reach us by · Tarikh Akhir Bayaran / Due Date:", fd(due)))
        else:
            facts.append(("Refers to our earlier · Invois Asal / Original Invoice:", f"{orig_no} dated {orig_d.strftime('%d/%m/%Y')}"))
        if po:
            facts.append(("As per your order · No. Pesanan / PO No.:", po))
        facts.append(("Work performed under · No. Penghantaran / DO No.:", do_no))
        facts.append(("Our tax identification · TIN Penjual / Supplier TIN:", tin))
        for k, (lab, val) in enumerate(facts):
            cx = X if k % 2 == 0 else 112
            cy = y + (k // 2) * 11
            txt(pdf, cx, cy, lab, 6.6, color=(100, 100, 100))
            txt(pdf, cx, cy + 4, val, 9.2, "B")
        y += ((len(facts) + 1) // 2) * 11 + 4
        # the table, no rules at all
        cols = [("No.", 10, "L"), ("Perihal / Description", 86, "L"), ("Kuantiti / Qty", 22, "R"), ("Unit", 14, "L"), ("Harga Unit (RM)", 25, "R"), ("Jumlah (RM)", 25, "R")]
        cx = X
        for t, w, a in cols:
            txt(pdf, cx, y, t, 7.6, "B", align=a, w=w - 1, color=color)
            cx += w
        y += 7
        for k, x in enumerate(items):
            vals = [f"{k + 1}.", x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"])]
            cx = X
            for (_t, w, a), v in zip(cols, vals, strict=True):
                txt(pdf, cx, y, v, 8.4, align=a, w=w - 1)
                cx += w
            y += 6.4
        if credit:
            txt(pdf, X + 10, y + 1, f"Sebab / Reason: return of services not performed under {orig_no}; the amounts below are credited to your account.", 7.6, color=(90, 90, 90))
            y += 6
        y += 8
        # totals at the left
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.4)
        pdf.rect(X, y, 88, 27)
        rows = [("Jumlah Kecil / Subtotal (RM)", f(net), ""), ("Cukai Perkhidmatan 8% / Service Tax 8% (RM)", f(tax), ""), ("Jumlah Besar / Grand Total (RM)", f(total), "B")]
        for k, (lab, val, b) in enumerate(rows):
            txt(pdf, X + 2, y + 2 + k * 7.6, lab, 7.8, b)
            txt(pdf, X + 56, y + 2 + k * 7.6, val, 9 if b else 8.4, b, w=30, align="R")
        pdf.set_line_width(0.2)
        # right of the totals: bank and e-invoice block
        bx = 110
        txt(pdf, bx, y, "Bank: " + rng.choice(["Maybank Berhad, Kuantan", "CIMB Bank Berhad, Jalan Bank Kuantan", "Public Bank Berhad, Indera Mahkota"]), 7.6)
        txt(pdf, bx, y + 4.2, f"Account No.: {digits(rng, 12, True)}", 7.6)
        txt(pdf, bx, y + 8.4, "e-Invoice validated by LHDNM MyInvois", 7.2, color=(90, 90, 90))
        txt(pdf, bx, y + 12.2, f"UUID: {uuid}", 7.2, color=(90, 90, 90))
        txt(pdf, bx, y + 16, f"Validated: {fd(d)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 7.2, color=(90, 90, 90))
        qr_fpdf(pdf, rng, 176, y + 4, 20)
        y += 34
        words = "Ringgit Malaysia: " + ("Negative " if credit else "") + en_words_title(int(abs(total))) + f" and Sen {int(round(abs(total) % 1 * 100)):02d} Only"
        txt(pdf, X, y, words, 8, "B")
        txt(pdf, X, y + 6, "This is a computer-generated document. No signature is required." if not credit else "The credited amount will be offset against your next payment.", 7.4, color=(90, 90, 90))
        txt(pdf, X, 285, f"{vname} · {brn} · Page 1 of 1", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        f"Kuantan (Pahang, Malaysia) {'NOTA KREDIT / CREDIT NOTE (document_type credit_note: every quantity and amount negative, printed with a minus)' if credit else 'INVOIS / INVOICE'} of an industrial services company in English with Malay labels: each fact's LABEL ENDS a line of small text ('Quote it with every payment · No. Invois / Invoice No.:') and its VALUE stands on the NEXT line; a table WITHOUT RULES; the TOTALS in a box at the LEFT under it; Service Tax 8 %, 'RM' in the column heads and totals' labels, '1,234.56': "
        "vendor = the company name at the top; vendor_tax_id = 'TIN Penjual / Supplier TIN' (the SST registration number, the company number, the buyer's TIN, the bank account and the MyInvois UUID are decoys). "
        f"invoice_number = '{'No. Nota Kredit / Credit Note No.' if credit else 'No. Invois / Invoice No.'}'; invoice_date = 'Tarikh / Date' (the validation timestamp repeats it). "
        + (due_note(due, None, "Tarikh Akhir Bayaran / Due Date") if due else f"No due date on the credit note (null); the original invoice {orig_no} and its date are decoys. ")
        + po_note(po, "No. Pesanan / PO No.")
        + "The DO number is a decoy. subtotal = 'Jumlah Kecil / Subtotal'; tax = 'Cukai Perkhidmatan 8%'; total = 'Jumlah Besar / Grand Total' (the amount in words repeats it). Currency MYR. Line items: every row."
    )
    t = truth(vname, tin, no, po, d, due, "MYR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [fd(d), fd(due) if due else None, no, tin, sst, btin, "Jumlah Besar / Grand Total (RM)", orig_no if credit else do_no, title[1], f(total)]
    return t, chk, render


# =========================================================================== 09 Talca (IVA 19, CLP), right sidebar, quotation converted, advance
TA_V = [
    ("Viveros y Frutales del Maule SpA", "Venta al por mayor de plantas frutales y viveros", "1 Sur 1340, Talca", (200, 30, 30)),
    ("Servicios Agrícolas Lircay Limitada", "Servicios de cosecha y labores agrícolas", "Camino a San Clemente km 4, Talca", (180, 20, 40)),
    ("Frigorífico y Bodegas Talca S.A.", "Almacenamiento en frío y servicios logísticos", "Av. San Miguel 3050, Talca", (190, 25, 25)),
    ("Riego Tecnificado Pencahue SpA", "Instalación de sistemas de riego", "2 Norte 655, oficina 402, Talca", (170, 30, 30)),
]
TA_B = [
    ("Agrícola Santa Elena del Maule Ltda.", "Fundo Santa Elena s/n", "San Javier", "Explotación de frutales"),
    ("Exportadora Río Claro S.A.", "Ruta 5 Sur km 262", "Molina", "Exportación de fruta fresca"),
    ("Viña Casas de Pencahue SpA", "Camino Pencahue km 12", "Pencahue", "Elaboración de vinos"),
    ("Sociedad Agrícola Los Despachos Ltda.", "Parcela 14, Colín", "Maule", "Cultivo de hortalizas"),
]
TA_ROWS = [
    [("Plantas de cerezo var. Lapins, patrón Colt", "UN", 100, 1500, 3900, 6800), ("Plantas de manzano Gala Galaxy", "UN", 100, 1200, 2900, 4800), ("Tutor de pino impregnado 2,4 m", "UN", 100, 1500, 1100, 1900), ("Plantas de arándano Legacy, bolsa 4 L", "UN", 200, 2000, 1800, 3200)],
    [("Cosecha manual de manzanas, bins", "BIN", 40, 400, 9500, 14500), ("Poda invernal de cerezos", "HA", 2, 30, 380000, 620000), ("Aplicación fitosanitaria con nebulizadora", "HA", 5, 60, 42000, 68000)],
    [("Almacenaje en frío, pallet-día", "PLT-DIA", 200, 3000, 420, 680), ("Preenfriado de fruta, bins", "BIN", 50, 600, 3200, 5400), ("Movimiento de pallets con grúa horquilla", "PLT", 50, 800, 1100, 1900), ("Etiquetado y paletizado", "PLT", 20, 300, 2400, 3900)],
    [("Cinta de riego 16 mm, rollo 2.500 m", "RLL", 2, 40, 145000, 239000), ("Filtro de anillas 2\" automático", "UN", 1, 6, 380000, 690000), ("Programador de riego 12 estaciones", "UN", 1, 4, 210000, 420000), ("Instalación de sistema de riego por goteo", "HA", 1, 20, 480000, 890000)],
]


@style("09", "cl_tal_talca_factura_electronica_iva_19_sidebar_right_cotizacion_anticipo")
def s09(rng, i):
    vname, giro, vaddr, red = TA_V[i]
    bname, baddr, bcomuna, bgiro = TA_B[i]
    d = rand_date(rng)
    items = lines(rng, TA_ROWS[i], [3, 3, 4, 4][i], D("10") if i != 1 else D("100"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    vid, bid = cl_rut(rng), cl_rut(rng)
    no = str(rng.randint(1200, 98000))
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es_cap'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"{rng.randint(4500000, 4599999)}", None, f"OC-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}"][i]
    quote = f"COT-{d.year}-{rng.randint(10, 300):03d}"
    quote_d = d - dt.timedelta(days=rng.randint(10, 60))
    adv = q0(total * D(rng.choice(["0.30", "0.40", "0.50"]))) if i in (1, 3) else None
    adv_no = str(int(no) - rng.randint(5, 200))
    wp = lambda x: de(x, 0)  # noqa: E731  whole pesos

    def render(path):
        pdf = lfont(new_fpdf(creator="Facturación electrónica SII · software de mercado"))
        pdf.add_page()
        SX, SW = 142, 56
        pdf.set_fill_color(248, 244, 240)
        pdf.rect(SX - 4, 0, 297 - SX, 297, "F")
        # SII box
        pdf.set_draw_color(*red)
        pdf.set_line_width(0.8)
        pdf.rect(SX, 10, SW, 30)
        txt(pdf, SX, 13, f"R.U.T.: {vid}", 10.5, "B", font="LSans", align="C", w=SW, color=red)
        txt(pdf, SX, 20, "FACTURA ELECTRÓNICA", 10.5, "B", font="LSans", align="C", w=SW, color=red)
        txt(pdf, SX, 27, f"N° {no}", 10.5, "B", font="LSans", align="C", w=SW, color=red)
        txt(pdf, SX, 42, "S.I.I. - TALCA", 8.4, "B", font="LSans", align="C", w=SW, color=red)
        pdf.set_line_width(0.2)
        y = 52
        side = [("Fecha de emisión", fd(d)), ("Forma de pago", "Crédito" if due else "Contado")]
        if due:
            side.append(("Fecha de vencimiento", fd(due)))
        side += [("Cotización de origen", f"{quote} del {quote_d.strftime('%d-%m-%Y')}"), ("Vendedor", rng.choice(["Carolina Muñoz", "Felipe Araya", "Javiera Sepúlveda"]))]
        for lab, val in side:
            txt(pdf, SX, y, lab, 7.2, font="LSans", color=(110, 110, 110))
            txt(pdf, SX, y + 3.8, val, 9, "B", font="LSans")
            y += 10
        y += 6
        pdf.set_draw_color(60, 60, 60)
        pdf.line(SX, y - 3, SX + SW, y - 3)
        tots = [("MONTO NETO", wp(net), ""), ("I.V.A. 19%", wp(tax), ""), ("TOTAL", wp(total), "B")]
        if adv:
            tots += [(f"Anticipo Fact. N° {adv_no}", "-" + wp(adv), ""), ("SALDO A PAGAR", wp(total - adv), "B")]
        for lab, val, b in tots:
            txt(pdf, SX, y, lab, 8.6 if not b else 9.6, b, font="LSans")
            txt(pdf, SX + 24, y, "$ " + val, 8.6 if not b else 9.6, b, font="LSans", w=SW - 24, align="R")
            y += 6.2 if not b else 7
        y += 8
        txt(pdf, SX, y, "Datos de transferencia", 7.6, "B", font="LSans")
        txt(pdf, SX, y + 4, rng.choice(["Banco de Chile", "BancoEstado", "Banco Santander"]), 7.6, font="LSans")
        txt(pdf, SX, y + 8, f"Cta. Cte. N° {digits(rng, 3)}-{digits(rng, 5)}-{digits(rng, 2)}", 7.6, font="LSans")
        txt(pdf, SX, y + 12, f"pagos@{vname.split()[0].lower()}.cl", 7.6, font="LSans")
        # main area
        X, MW = 12, 122
        txt(pdf, X, 12, vname, 14, "B", font="LSerif")
        txt(pdf, X, 19, f"Giro: {giro}", 8, font="LSans")
        txt(pdf, X, 23.2, f"Casa matriz: {vaddr} · Región del Maule", 8, font="LSans")
        txt(pdf, X, 27.4, f"Teléfono +56 71 2{digits(rng, 6)}", 8, font="LSans")
        y = 36
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(X, y, MW, 26)
        rec = [("Señor(es):", bname), ("R.U.T.:", bid), ("Giro:", bgiro), ("Dirección:", baddr), ("Comuna:", bcomuna + "  ·  Ciudad: " + ("Talca" if bcomuna in ("Maule", "Pencahue") else bcomuna))]
        for k, (lab, val) in enumerate(rec):
            txt(pdf, X + 2, y + 2 + k * 4.6, lab, 7.8, font="LSans", color=(90, 90, 90))
            txt(pdf, X + 22, y + 2 + k * 4.6, val, 7.8, "B" if k == 0 else "", font="LSans")
        y += 31
        cols = [("Código", 16, "L"), ("Descripción", 52, "L"), ("Cant.", 14, "R"), ("Unid.", 12, "L"), ("Precio unit.", 14, "R"), ("Valor", 14, "R")]
        pdf.set_fill_color(60, 60, 60)
        pdf.rect(X, y, MW, 6, "F")
        cx = X
        for t, w, a in cols:
            txt(pdf, cx + 0.8, y + 1.2, t, 7, "B", font="LNarrow", align=a, w=w - 1.6, color=(255, 255, 255))
            cx += w
        y += 6
        for x in items:
            vals = [f"{rng.choice(['VF', 'SA', 'FB', 'RT'])}{rng.randint(100, 999)}", x["desc"], qstr(x["qty"]), x["unit"], wp(x["price"]), wp(x["amount"])]
            cx = X
            for (_t, w, a), v in zip(cols, vals, strict=True):
                txt(pdf, cx + 0.8, y + 1.3, v, 7.4, font="LNarrow", align=a, w=w - 1.6)
                cx += w
            y += 6.5
            pdf.set_draw_color(200, 200, 200)
            pdf.line(X, y, X + MW, y)
        y += 6
        txt(pdf, X, y, "Referencias", 8.4, "B", font="LSans")
        y += 5
        refs = [("Cotización", quote, quote_d)]
        if po:
            refs.append(("Orden de Compra", po, d - dt.timedelta(days=rng.randint(1, 9))))
        if adv:
            refs.append(("Factura de anticipo", adv_no, quote_d + dt.timedelta(days=rng.randint(1, 8))))
        for tipo, folio, fecha in refs:
            txt(pdf, X + 2, y, f"{tipo}", 7.8, font="LSans")
            txt(pdf, X + 36, y, f"Folio {folio}", 7.8, font="LSans")
            txt(pdf, X + 80, y, f"Fecha {fecha.strftime('%d-%m-%Y')}", 7.8, font="LSans")
            y += 4.6
        y += 3
        pdf.set_font("LSans", "", 7.8)
        pdf.set_xy(X, y)
        pdf.multi_cell(MW, 4, f"Factura emitida conforme a la cotización {quote}, aceptada por el cliente. Plazo de entrega y garantía según condiciones de la cotización.")
        # timbre
        ty = 232
        bars_fpdf(pdf, rng, X + 6, ty, 72, 22)
        txt(pdf, X, ty + 24, "Timbre Electrónico SII", 7.6, "B", font="LSans", w=84, align="C")
        txt(pdf, X, ty + 28, "Res. 80 de 2014 · Verifique documento: www.sii.cl", 7, font="LSans", w=84, align="C")
        txt(pdf, X, 288, "ACUSE DE RECIBO: Nombre ______________ R.U.T. ____________ Fecha ________ Recinto ________ Firma ________", 6.4, font="LSans", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Talca (Maule, Chile) FACTURA ELECTRÓNICA in Spanish: the red SII box (R.U.T., FACTURA ELECTRÓNICA, N°) at the top of a shaded RIGHT SIDEBAR that also holds the dates, the payment form, the quotation the invoice was converted from and the TOTALS; the receptor box and items at the left, a 'Referencias' block and the timbre; IVA 19 %, whole pesos '$ 1.234.567': "
        "vendor = the name at the top left; vendor_tax_id = the R.U.T. in the SII box (the receptor's R.U.T., the bank account and the reference folios are decoys). "
        "invoice_number = 'N°' in the SII box; invoice_date = 'Fecha de emisión' (the quotation, order and advance dates are decoys). "
        + due_note(due, None if due else "Contado", "Fecha de vencimiento")
        + po_note(po, "Referencias: Orden de Compra, Folio")
        + f"The quotation {quote} is a decoy. subtotal = 'MONTO NETO'; tax = 'I.V.A. 19%'; total = 'TOTAL'"
        + (f", before the 'Anticipo Fact. N° {adv_no}' deducted below it ('SALDO A PAGAR' is the balance, a decoy)" if adv else "")
        + ". Currency CLP. Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "CLP", net, tax, total, items, notes)
    chk = [fd(d), fd(due) if due else None, f"N° {no}", vid, bid, quote, "SALDO A PAGAR" if adv else "MONTO NETO", wp(total - adv) if adv else None]
    return t, chk, render


# =========================================================================== 10 Samarinda (PPN 12 on DPP nilai lain, IDR), boxed grid, terbilang
SM_V = [
    ("PT Mahakam Teknik Mandiri", "Jl. Ir. H. Juanda No. 88, Air Hitam, Samarinda Ulu, Samarinda 75124", (180, 83, 9)),
    ("CV Borneo Sarana Logistik", "Jl. Cendana No. 21, Teluk Lerong Ulu, Sungai Kunjang, Samarinda 75127", (3, 105, 161)),
    ("PT Tepian Kaltim Konstruksi", "Jl. M.T. Haryono No. 145, Air Putih, Samarinda 75124", (21, 128, 61)),
    ("PT Samarinda Agro Lestari", "Jl. Slamet Riyadi No. 40, Karang Asam Ilir, Samarinda 75126", (126, 34, 206)),
]
SM_B = [
    ("PT Batubara Kutai Sejahtera", "Jl. Poros Samarinda – Tenggarong Km 12, Kutai Kartanegara"),
    ("PT Pupuk Kaltim Niaga", "Jl. James Simandjuntak No. 1, Bontang"),
    ("Dinas Pekerjaan Umum Kota Samarinda", "Jl. Dahlia No. 81, Samarinda"),
    ("PT Sawit Mahakam Jaya", "Desa Muara Kaman, Kutai Kartanegara"),
]
SM_ROWS = [
    [("Hydraulic pump Komatsu PC200-8, rekondisi", "unit", 1, 3, 38000000, 64000000), ("Seal kit boom cylinder", "set", 2, 10, 1850000, 3400000), ("Filter oli mesin", "pcs", 10, 60, 185000, 340000), ("Jasa mekanik lapangan", "hari", 2, 14, 950000, 1600000)],
    [("Angkutan truk tronton Samarinda – Bontang", "rit", 2, 20, 3800000, 6200000), ("Bongkar muat di gudang", "ton", 20, 300, 35000, 65000), ("Sewa forklift 3 ton", "jam", 4, 40, 250000, 420000)],
    [("Pengecoran beton K-300", "m3", 10, 120, 1150000, 1480000), ("Pembesian D16", "kg", 500, 6000, 16500, 21000), ("Bekisting multipleks", "m2", 50, 400, 185000, 260000), ("Galian tanah dengan ekskavator", "m3", 50, 600, 65000, 98000)],
    [("Bibit kelapa sawit DxP siap tanam", "pokok", 200, 3000, 38000, 52000), ("Pupuk NPK 15-15-15", "karung", 20, 400, 410000, 560000), ("Jasa penanaman", "ha", 5, 60, 1200000, 2100000)],
]


@style("10", "id_smd_samarinda_faktur_ppn_12_boxed_grid_terbilang_usd")
def s10(rng, i):
    vname, vaddr, color = SM_V[i]
    bname, baddr = SM_B[i]
    d = rand_date(rng)
    items = lines(rng, SM_ROWS[i], [4, 3, 4, 3][i], D("1000") if i != 1 else D("500"))
    net = sum(x["amount"] for x in items)
    dpp = q0(net * 11 / 12)
    tax = (dpp * D("0.12")).quantize(D("1"), ROUND_FLOOR)
    total = net + tax
    vid, bid = id_npwp(rng), id_npwp(rng)
    nitku = vid.replace(".", "").replace("-", "")
    nitku = "0" + nitku + "000000"
    no = [f"INV/MTM/{d.year}/{d.month:02d}/{rng.randint(1, 999):04d}", f"BSL-{d.strftime('%y%m')}-{rng.randint(100, 999)}", f"{rng.randint(100, 999)}/TKK/INV/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][d.month - 1]}/{d.year}", f"SAL{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: long_date(x, "id"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "id"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 3 else None
    po = [f"PO-BKS-{rng.randint(10000, 99999)}", f"{rng.randint(4500000, 4599999)}", f"SPK/{rng.randint(100, 999)}/PU/{d.year}", None][i]
    sj = f"SJ-{rng.randint(10000, 99999)}"
    fp = f"0{rng.choice(['4', '1'])}00{d.strftime('%y')}{digits(rng, 11)}"
    kurs = D(rng.randint(15600, 16900))
    usd = q2(total / kurs) if i in (0, 2) else None
    words = id_words(total)
    words = words[0].upper() + words[1:] + " rupiah"
    rp = lambda x: de(x, 0)  # noqa: E731

    def render(path):
        pdf = lfont(new_fpdf(creator="Accurate Online"))
        pdf.add_page()
        X, W = 12, 186
        pdf.set_fill_color(*color)
        pdf.rect(X, 10, 12, 12, "F")
        txt(pdf, X + 2.2, 12.5, vname.split()[1][0], 13, "B", font="LSans", color=(255, 255, 255))
        txt(pdf, X + 16, 10, vname, 13.5, "B", font="LSans")
        txt(pdf, X + 16, 16.5, vaddr, 7.6, font="LSans", color=(80, 80, 80))
        txt(pdf, X + 16, 20.3, f"Telp. (0541) {rng.randint(70, 79)}{digits(rng, 5)} · NITKU {nitku}", 7.6, font="LSans", color=(80, 80, 80))
        txt(pdf, 140, 10, "FAKTUR", 16, "B", font="LSans", w=58, align="R", color=color)
        txt(pdf, 140, 17.5, "INVOICE", 9, font="LSans", w=58, align="R", color=(110, 110, 110))
        # boxed grid of the facts: label above value
        y = 28
        cells = [("NOMOR FAKTUR", no, 62), ("TANGGAL", fd(d), 40), ("JATUH TEMPO", fd(due) if due else "TUNAI", 40), ("NPWP PENJUAL", vid, 44)]
        cells2 = [("NOMOR PO / SPK", po or "–", 62), ("SURAT JALAN", sj, 40), ("SYARAT PEMBAYARAN", f"{(due - d).days} hari" if due else "Tunai", 40), ("HALAMAN", "1 dari 1", 44)]
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.35)
        for row in (cells, cells2):
            x = X
            for lab, val, w in row:
                pdf.rect(x, y, w, 12)
                txt(pdf, x + 1.5, y + 1.2, lab, 6.2, "B", font="LSans", color=color)
                txt(pdf, x + 1.5, y + 5.8, val, 8.8, "B" if lab != "HALAMAN" else "", font="LSans")
                x += w
            y += 12
        y += 5
        # parties
        pdf.rect(X, y, 92, 24)
        pdf.rect(X + 94, y, 92, 24)
        txt(pdf, X + 1.5, y + 1.2, "DITAGIHKAN KEPADA", 6.2, "B", font="LSans", color=color)
        txt(pdf, X + 1.5, y + 5.6, bname, 9, "B", font="LSans")
        txt(pdf, X + 1.5, y + 10.4, baddr, 7.4, font="LSans", w=89)
        txt(pdf, X + 1.5, y + 15.2, f"NPWP: {bid}", 7.6, font="LSans")
        txt(pdf, X + 95.5, y + 1.2, "KIRIM KE / LOKASI PEKERJAAN", 6.2, "B", font="LSans", color=color)
        txt(pdf, X + 95.5, y + 5.6, rng.choice(["Site Loa Janan", "Gudang Palaran", "Proyek Jl. Pangeran Antasari", "Kebun Muara Kaman Blok C"]), 8.6, font="LSans")
        txt(pdf, X + 95.5, y + 10.4, f"Faktur Pajak No. {fp[:3]}.{fp[3:6]}-{fp[6:8]}.{fp[8:]}", 7.4, font="LSans")
        y += 29
        cols = [("NO", 10, "C"), ("URAIAN BARANG / JASA", 84, "L"), ("KUANTITAS", 22, "R"), ("SATUAN", 16, "L"), ("HARGA SATUAN (Rp)", 27, "R"), ("JUMLAH (Rp)", 27, "R")]
        pdf.set_fill_color(*color)
        pdf.rect(X, y, W, 6.5, "F")
        cx = X
        for t, w, a in cols:
            txt(pdf, cx + 1, y + 1.4, t, 6.8, "B", font="LSans", align=a, w=w - 2, color=(255, 255, 255))
            cx += w
        y += 6.5
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.2)
        for k, x in enumerate(items):
            vals = [str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], rp(x["price"]), rp(x["amount"])]
            cx = X
            for (_t, w, a), v in zip(cols, vals, strict=True):
                txt(pdf, cx + 1, y + 1.6, v, 8.2, font="LSans", align=a, w=w - 2)
                cx += w
            y += 7
            pdf.line(X, y, X + W, y)
        y += 5
        # totals box at the right, bank at the left
        tx = X + 100
        rows = [("Jumlah Harga Jual", rp(net), ""), ("DPP Nilai Lain (11/12)", rp(dpp), ""), ("PPN 12% x DPP Nilai Lain", rp(tax), ""), ("TOTAL TAGIHAN", rp(total), "B")]
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.35)
        pdf.rect(tx, y, 86, 29)
        for k, (lab, val, b) in enumerate(rows):
            txt(pdf, tx + 2, y + 2 + k * 6.8, lab, 8.4 if not b else 9.4, b, font="LSans")
            txt(pdf, tx + 48, y + 2 + k * 6.8, "Rp " + val, 8.4 if not b else 9.4, b, font="LSans", w=36, align="R")
        txt(pdf, X, y + 1, "Pembayaran ditransfer ke:", 7.8, "B", font="LSans")
        txt(pdf, X, y + 5.4, rng.choice(["Bank Mandiri KCP Samarinda Citra Niaga", "BNI Cabang Samarinda", "Bank Kaltimtara Cabang Utama"]), 7.8, font="LSans")
        txt(pdf, X, y + 9.8, f"No. Rek. {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 1)} a.n. {vname}", 7.8, font="LSans")
        if usd:
            txt(pdf, X, y + 16, f"Setara USD {en(usd)} (kurs Rp {rp(kurs)} per USD, informasi saja)", 7.8, font="LSans", color=(90, 90, 90))
        y += 34
        pdf.set_draw_color(*color)
        pdf.rect(X, y, W, 11)
        txt(pdf, X + 1.5, y + 1.2, "TERBILANG", 6.2, "B", font="LSans", color=color)
        txt(pdf, X + 1.5, y + 5.4, words, 8.4, "B", font="LSans", w=W - 3)
        y += 18
        txt(pdf, 140, y, f"Samarinda, {fd(d)}", 8.4, font="LSans", w=58, align="C")
        txt(pdf, 140, y + 4.6, "Hormat kami,", 8.4, font="LSans", w=58, align="C")
        txt(pdf, 140, y + 26, rng.choice(["Hendra Wijaya", "Rina Puspitasari", "Agus Salim", "Dewi Lestari"]), 8.6, "B", font="LSans", w=58, align="C")
        txt(pdf, 140, y + 30.4, "Bagian Keuangan", 7.8, font="LSans", w=58, align="C")
        txt(pdf, X, y + 8, "Catatan: pembayaran dianggap sah setelah dana efektif diterima.", 7.4, font="LSans", color=(90, 90, 90))
        txt(pdf, X, y + 12, "Barang yang sudah diterima tidak dapat dikembalikan.", 7.4, font="LSans", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Samarinda (East Kalimantan, Indonesia) FAKTUR / INVOICE in Indonesian (Liberation Sans): the facts in a BOXED GRID of small upper-case LABELS ABOVE their values (NOMOR FAKTUR, TANGGAL, JATUH TEMPO, NPWP PENJUAL, NOMOR PO / SPK, SURAT JALAN), a table with a coloured head and thin rules, the totals in a box at the right, the total in words ('TERBILANG'); PPN 12 % on the DPP nilai lain (11/12 of the price), whole rupiah 'Rp 1.234.567': "
        "vendor = the name at the top; vendor_tax_id = 'NPWP PENJUAL' (15 digits, valid check digit; the NITKU, the buyer's NPWP, the Faktur Pajak number, the delivery note and the bank account are decoys). "
        "invoice_number = 'NOMOR FAKTUR'; invoice_date = 'TANGGAL' (repeated above the signature). "
        + due_note(due, None if due else "TUNAI", "JATUH TEMPO")
        + po_note(po, "NOMOR PO / SPK")
        + "subtotal = 'Jumlah Harga Jual'; tax = 'PPN 12% x DPP Nilai Lain'; total = 'TOTAL TAGIHAN' (the 'DPP Nilai Lain (11/12)' is a tax base, a decoy). Currency IDR. "
        + (f"The 'Setara USD {en(usd)}' line is a counter-value decoy. " if usd else "")
        + "Line items: every row, without PPN."
    )
    t = truth(vname, vid, no, po, d, due, "IDR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, no, vid, bid, nitku, words, "TOTAL TAGIHAN", sj, rp(dpp), en(usd) if usd else None]}
    return t, chk, render
