"""fpdf2 styles for set 45, first part (06 Barranquilla distributor's FACTURA ELECTRÓNICA DE VENTA in Spanish with IVA
19 % / 5 % / excluido per row, '1.234.567,00' pesos and two documents over TWO PAGES with 'Página x de y' and the totals
only on the last page, 07 Faisalabad textile mill's SALES TAX INVOICE in English on a LANDSCAPE page with a fully ruled
grid, sales tax 18 % per row, lakh grouping 'Rs 12,34,567.00' and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import es_date, lakh
from invoice_kit import de, digits, in_words, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import bars_fpdf, due_note, en_date, frame, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.co import nit

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Barranquilla (IVA 19 % / 5 % / excluido, COP), two pages on two documents
BQ_V = [
    ("Distribuidora Caribe Médica S.A.S.", "Cra. 54 # 72-80, Barranquilla, Atlántico", (2, 84, 140)),
    ("Ferretería Vía 40 Ltda.", "Vía 40 # 73-290, Barranquilla, Atlántico", (180, 83, 9)),
    ("Suministros Portuarios del Norte S.A.S.", "Calle 30 # 1-150, Zona Portuaria, Barranquilla", (15, 118, 110)),
    ("Comercializadora Alameda del Río S.A.S.", "Cra. 46 # 90-15, Barranquilla, Atlántico", (126, 34, 206)),
]
BQ_B = [
    ("Clínica del Caribe S.A.", "Calle 80 # 49C-65, Barranquilla", "800"),
    ("Constructora Puerto Colombia S.A.S.", "Km 5 vía al mar, Puerto Colombia", "901"),
    ("Sociedad Portuaria Regional de Barranquilla S.A.", "Carrera 38 Calle 1, Barranquilla", "800"),
    ("Supertiendas Soledad S.A.S.", "Calle 18 # 21-44, Soledad, Atlántico", "900"),
]
BQ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, IVA %; 0 = excluido)
    ("Guantes de nitrilo talla M caja x100", "CJ", 5, 120, 18000, 32000, 19),
    ("Tapabocas N95 caja x20", "CJ", 2, 60, 38000, 65000, 19),
    ("Jeringa desechable 5 ml caja x100", "CJ", 2, 40, 42000, 68000, 19),
    ("Alcohol antiséptico 70% galón", "GL", 2, 40, 28000, 46000, 19),
    ("Tornillo drywall 6x1 caja x1000", "CJ", 1, 30, 36000, 58000, 19),
    ("Cemento gris uso general 50 kg", "BT", 10, 200, 29000, 36000, 19),
    ("Cable THHN 12 AWG rollo 100 m", "RL", 1, 20, 210000, 320000, 19),
    ("Pintura vinilo tipo 1 cuñete", "UN", 1, 15, 180000, 290000, 19),
    ("Cabo de polipropileno 3/4\" m", "MT", 20, 400, 4200, 7800, 19),
    ("Chaleco salvavidas tipo II", "UN", 2, 30, 85000, 160000, 19),
    ("Extintor multipropósito 20 lb", "UN", 1, 12, 140000, 230000, 19),
    ("Arroz blanco bulto 25 kg", "BL", 2, 40, 85000, 120000, 0),
    ("Leche en polvo 900 g", "UN", 6, 120, 24000, 36000, 0),
    ("Huevos AA cubeta x30", "CU", 5, 80, 15000, 22000, 0),
    ("Azúcar refinada bulto 50 kg", "BL", 1, 20, 180000, 240000, 5),
    ("Café tostado molido 500 g", "UN", 6, 80, 16000, 26000, 5),
    ("Chocolate de mesa 500 g", "UN", 6, 80, 9000, 15000, 5),
    ("Embutidos surtidos kg", "KG", 5, 60, 22000, 38000, 5),
    ("Gasa estéril 10x10 paquete", "PQ", 5, 100, 6000, 11000, 0),
    ("Termómetro digital", "UN", 2, 40, 18000, 35000, 19),
    ("Tubo PVC 1/2\" x 6 m", "UN", 5, 100, 14000, 22000, 19),
    ("Llave de paso 1/2\"", "UN", 2, 60, 12000, 24000, 19),
    ("Silla plástica apilable", "UN", 4, 80, 32000, 48000, 19),
    ("Servicio de transporte local", "SV", 1, 2, 120000, 450000, 19),
    ("Caja de cartón corrugado 40x30x30", "UN", 20, 500, 2800, 4800, 19),
    ("Estiba de madera 1,2 x 1 m", "UN", 5, 60, 35000, 55000, 19),
]


@style("06", "co_baq_barranquilla_factura_electronica_iva_19_5_two_pages")
def s06(rng, i):
    vname, vaddr, color = BQ_V[i]
    bname, baddr, bpre = BQ_B[i]
    d = rand_date(rng)
    items = lines(rng, BQ_ROWS, [6, 23, 2, 25][i], D("100"))
    for x in items:
        x["rate"] = x["extra"]
        x["iva"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    parts = [(r, sum((x["amount"] for x in items if x["rate"] == r), D(0)), sum((x["iva"] for x in items if x["rate"] == r), D(0))) for r in (19, 5) if any(x["rate"] == r for x in items)]
    excl = sum((x["amount"] for x in items if x["rate"] == 0), D(0))
    tax = sum(v for _, _, v in parts)
    total = net + tax
    vid_c = valid(rng, lambda: "90" + digits(rng, 8), nit.is_valid)
    vid = f"{vid_c[:3]}.{vid_c[3:6]}.{vid_c[6:9]}-{vid_c[9]}"
    bid_c = valid(rng, lambda: bpre + digits(rng, 10 - len(bpre)), nit.is_valid)
    bid = f"{bid_c[:3]}.{bid_c[3:6]}.{bid_c[6:9]}-{bid_c[9]}"
    pre = ["FEBQ", "FV", "CMED", "SETT"][i]
    no = f"{pre} {rng.randint(1000, 99999)}" if i != 2 else f"{pre}{rng.randint(1000, 99999)}"
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), es_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 2 else None
    po = [f"OC-{rng.randint(10000, 99999)}", f"{rng.randint(4500000, 4599999)}", None, f"OC {rng.randint(100, 999)}"][i]
    res_d = d - dt.timedelta(days=rng.randint(100, 500))
    res = f"Resolución DIAN N° 1876{digits(rng, 10)} del {res_d.strftime('%Y-%m-%d')}, prefijo {pre} del 1 al 50000, vigencia 24 meses"
    cufe = "".join(rng.choice("0123456789abcdef") for _ in range(96))
    per = 18
    pages = [items[k : k + per] for k in range(0, len(items), per)] if len(items) > 20 else [items]
    m = de

    def render(path):
        pdf = new_fpdf(creator="Siigo Nube")
        np_ = len(pages)
        k = 0
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            pdf.set_fill_color(*color)
            pdf.rect(0, 0, 210, 3, "F")
            txt(pdf, 12, 9, vname, 12.5, "B", color=color)
            para(pdf, 12, 15, 110, f"NIT {vid} · Responsable de IVA\n{vaddr}\nTel. (605) {rng.randint(300, 399)} {digits(rng, 4)} · facturacion@{vname.split()[1].lower()}.com.co", 7.6, h=3.7)
            txt(pdf, 130, 9, "FACTURA ELECTRÓNICA DE VENTA", 10.5, "B")
            kv(pdf, 130, 15, [("No.", no), ("Fecha de expedición", fd(d)), ("Fecha de vencimiento", fd(due) if due else None), ("Forma de pago", f"Crédito {(due - d).days} días" if due else "Contado"), ("Orden de compra", po)], wl=34, wv=34, size=7.8, step=4.2)
            pdf.set_draw_color(150, 150, 150)
            pdf.rect(12, 38, 186, 15)
            para(pdf, 14, 39.5, 182, f"Adquiriente: {bname}   NIT: {bid}\nDirección: {baddr}   Medio de pago: transferencia débito bancaria\nCentro de costos: {rng.randint(100, 999)}", 7.6, h=3.9)
            cols = [("#", 8, "R"), ("Código", 18, "L"), ("Descripción", 66, "L"), ("U.M.", 11, "L"), ("Cant.", 14, "R"), ("Vr. unitario", 24, "R"), ("IVA", 11, "R"), ("Vr. total", 34, "R")]
            rows = []
            for x in chunk:
                k += 1
                rows.append([str(k), f"{rng.randint(10000, 99999)}", x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), f"{x['rate']}%" if x["rate"] else "Excl.", m(x["amount"])])
            y0 = 57
            y = table(pdf, 12, y0, cols, rows, size=7.4, rowh=5.6, header_fill=(235, 235, 235), line_color=(200, 200, 200))
            if pi < np_ - 1:
                txt(pdf, 12, y + 4, f"Continúa en la página {pi + 2} ({k} de {len(items)} ítems)", 7.6, "I", color=(90, 90, 90))
            else:
                rows_t = [("Total bruto", m(net), False), ("Descuentos", m(0), False)] + [(f"IVA {r}% (base {m(b)})", m(v), False) for r, b, v in parts]
                if excl:
                    rows_t.append(("Excluido de IVA", m(excl), False))
                rows_t.append(("TOTAL A PAGAR", "$ " + m(total), True))
                y2 = totals(pdf, 112, y + 4, rows_t, wl=50, wv=36, size=8, line=color, step=5)
                para(pdf, 12, y + 4, 95, "Total impuestos: " + m(tax) + "\nLa presente factura electrónica de venta se asimila en todos sus efectos a una letra de cambio (Art. 774 C. de Co.).", 7.2, h=3.6)
                qr_fpdf(pdf, rng, 12, y2 + 3, 24)
                para(pdf, 40, y2 + 4, 158, f"CUFE: {cufe}\n{res}\nProveedor tecnológico: {rng.choice(['Siigo S.A.S.', 'Facture S.A.S.', 'The Factory HKA'])} · NIT {digits(rng, 3, True)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randint(0, 9)}", 6.4, h=3.2, color=(80, 80, 80))
            txt(pdf, 150, 285, f"Página {pi + 1} de {np_}", 7.5, align="R", w=48)
        pdf.output(path)

    notes = (
        "Barranquilla (Atlántico, Colombia) distributor's FACTURA ELECTRÓNICA DE VENTA (DIAN representation) in Spanish, '1.234.567,00' pesos, IVA 19 %, 5 % or 'Excl.' (excluido) PER ROW"
        + (", over TWO PAGES with 'Página x de y' and the totals only on the last page" if len(pages) > 1 else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'NIT' with the check digit (the buyer's NIT, the technology provider's NIT, the DIAN resolution and its range and date, the CUFE are decoys). "
        "invoice_number = 'No.' (prefix and number); invoice_date = 'Fecha de expedición' (" + ["yyyy-mm-dd", "dd/mm/yyyy", "Spanish long date", "dd/mm/yyyy"][i] + "). "
        + due_note(due, "Contado", "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Total bruto'; tax = the IVA rows (19 % and 5 % with their bases), also 'Total impuestos'; total = 'TOTAL A PAGAR'. Currency COP. Line items: every row on every page (net)."
    )
    t = truth(vname, vid, no, po, d, due, "COP", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, "TOTAL A PAGAR", fd(due) if due else None, f"Página {len(pages)} de {len(pages)}", cufe[:40]]
    return t, chk, render


# =========================================================================== 07 Faisalabad (sales tax 18 %, PKR), landscape, ruled, lakh
FS_V = [
    ("Lyallpur Cotton & Spinning Mills (Pvt.) Ltd.", "38-Km Sheikhupura Road, Faisalabad", (30, 64, 175)),
    ("Chenab Weaving Industries", "Plot 112, M-3 Industrial City, Sahianwala, Faisalabad", (21, 128, 61)),
    ("Ghanta Ghar Home Textiles (Pvt.) Ltd.", "Jhang Road, Faisalabad", (153, 27, 27)),
    ("Sitara Dyeing & Finishing Co.", "Sargodha Road, Faisalabad", (113, 63, 18)),
]
FS_B = [
    ("Karachi Garments Export (Pvt.) Ltd.", "Korangi Industrial Area, Karachi"),
    ("Lahore Linen House", "Gulberg III, Lahore"),
    ("Sialkot Sports Apparel Co.", "Small Industrial Estate, Sialkot"),
    ("Multan Fabrics Traders", "Hussain Agahi Road, Multan"),
]
FS_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, HS code)
    ("Cotton yarn 20/1 carded, bag 45.36 kg", "bag", 1, 40, 1800, 2400, "5205.1200"),
    ("Cotton yarn 30/1 combed, bag 45.36 kg", "bag", 1, 30, 2300, 2900, "5205.2400"),
    ("Grey cloth 76x64 / 30x30, metre", "m", 50, 600, 110, 165, "5208.1100"),
    ("Bleached bedsheet 90x108 in", "pc", 10, 400, 180, 240, "6302.3100"),
    ("Printed lawn 3-pc unstitched", "suit", 10, 60, 1100, 1600, "5208.5200"),
    ("Towel 27x54 in, 450 gsm", "pc", 20, 300, 210, 320, "6302.6000"),
    ("Polyester-cotton blend fabric, metre", "m", 50, 500, 95, 150, "5513.2100"),
    ("Dyeing charges, kg", "kg", 50, 300, 150, 280, "9988.0000"),
    ("Packing (cartons, polybags), lot", "lot", 1, 2, 4500, 12500, "4819.1000"),
    ("Freight Faisalabad – Karachi, per trip", "trip", 1, 1, 38000, 65000, "9964.0000"),
]


@style("07", "pk_lyp_faisalabad_sales_tax_invoice_18_lakh_landscape")
def s07(rng, i):
    vname, vaddr, color = FS_V[i]
    bname, baddr = FS_B[i]
    d = rand_date(rng)
    items = lines(rng, FS_ROWS, [3, 7, 1, 10][i], D("0.5"))
    for x in items:
        if x["amount"] >= 100000:  # a row of a lakh or more would be printed only in lakh grouping: keep rows below
            x["qty"] = D(int(D(99999) / x["price"]))
            x["amount"] = q2(x["qty"] * x["price"])
        x["st"] = q2(x["amount"] * D("0.18"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["st"] for x in items)
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    strn = f"3277{digits(rng, 9)}"
    no = [f"STI-{rng.randint(1000, 9999)}", f"CWI/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}", f"SDF-{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 3) else None
    po = [f"PO-{rng.randint(1000, 9999)}", f"KGE/{rng.randint(100, 999)}", None, f"{rng.randint(100000, 999999)}"][i]
    dc = f"DC-{rng.randint(10000, 99999)}"
    m = lakh
    words = f"Rupees {in_words(int(total))}" + (f" and Paisa {int(total * 100) % 100}" if int(total * 100) % 100 else "") + " Only"

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 12, 9, vname, 14, "B", color=color)
        para(pdf, 12, 16, 150, f"{vaddr} · Ph 041-{digits(rng, 7, True)}\nNTN: {ntn}   STRN: {strn}", 8, h=4)
        txt(pdf, 200, 9, "SALES TAX INVOICE", 15, "B")
        kv(pdf, 200, 18, [("Invoice No.", no), ("Date", fd(d)), ("Buyer's P.O.", po), ("Delivery Challan", dc), ("Due Date", fd(due) if due else None)], wl=32, wv=52, size=8, step=4.4, align="L")
        pdf.set_draw_color(100, 100, 100)
        pdf.rect(12, 30, 170, 16)
        para(pdf, 14, 31, 166, f"Buyer: {bname}\n{baddr}\nBuyer NTN: {digits(rng, 7, True)}-{rng.randint(0, 9)}   Buyer STRN: 32{digits(rng, 11)}", 8, h=4.2)
        cols = [("S.No", 12, "C"), ("Description of goods", 78, "L"), ("HS Code", 22, "L"), ("Qty", 18, "R"), ("Unit", 14, "L"), ("Rate", 22, "R"), ("Value excl. ST", 30, "R"), ("ST rate", 16, "R"), ("Sales Tax", 26, "R"), ("Value incl. ST", 35, "R")]
        rows = [[str(k + 1), x["desc"], x["extra"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"]), "18%", m(x["st"]), m(x["amount"] + x["st"])] for k, x in enumerate(items)]
        rows.append(["", "Total", "", "", "", "", m(net), "", m(tax), m(total)])
        y0 = 52
        y = table(pdf, 12, y0, cols, rows, size=7.8, rowh=6, header_fill=(230, 234, 242), line_color=(70, 70, 70))
        frame(pdf, 12, y0, y, cols, color=(70, 70, 70))
        y = totals(pdf, 190, y + 5, [("Value excluding sales tax", "Rs " + m(net), False), ("Sales tax @ 18%", "Rs " + m(tax), False), ("Total value including sales tax", "Rs " + m(total), True)], wl=52, wv=43, size=8.6, line=color)
        para(pdf, 12, y - 14, 170, f"Amount in words: {words}\n" + (f"Payment within {(due - d).days} days of invoice by cheque / online transfer to Meezan Bank, A/C {digits(rng, 14, True)}." if due else "Payment: advance received against proforma / on delivery."), 8, h=4.2)
        para(pdf, 12, y + 6, 270, f"FBR digital invoice {digits(rng, 6, True)}{d.strftime('%d%m%y')}{digits(rng, 8)} · value {net:.2f} · sales tax {tax:.2f} · total {total:.2f}", 7, h=3.6, color=(90, 90, 90))
        bars_fpdf(pdf, rng, 12, y + 12, 70, 8)
        txt(pdf, 200, y + 16, "For " + vname.split(" (")[0], 8, "B")
        txt(pdf, 200, y + 26, "Authorised Signatory", 7.5, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Faisalabad (Punjab, Pakistan) textile mill's SALES TAX INVOICE in English on a LANDSCAPE page, a FULLY RULED grid with HS codes and sales tax 18 % PER ROW, LAKH grouping 'Rs 12,34,567.00', the total in words (lakh, crore): "
        "vendor = the name at the top; vendor_tax_id = its 'NTN' (the STRN beside it, the buyer's NTN and STRN, the delivery challan, the bank account and the FBR digital invoice number are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["dd-mm-yyyy", "dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yy"][i] + "). "
        + due_note(due, "advance / on delivery", "Due Date")
        + po_note(po, "Buyer's P.O.")
        + "subtotal = 'Value excluding sales tax'; tax = 'Sales tax @ 18%'; total = 'Total value including sales tax' (also in the FBR line unformatted). Currency PKR. Line items: every row at its value excluding sales tax."
    )
    t = truth(vname, ntn, no, po, d, due, "PKR", net, tax, total, items, notes)
    chk = [fd(d), no, vname, ntn, strn, "Total value including sales tax", m(total), words, fd(due) if due else None, dc]
    return t, chk, render

