"""fpdf2 styles for set 47, first part (06 Concepción supplier's FACTURA ELECTRÓNICA in Spanish on a LANDSCAPE page
with a fully ruled grid, the SII red box, IVA 19 %, whole pesos '1.234.567' and a global discount on two, 07 Manaus
equipment-rental company's FATURA DE LOCAÇÃO in Portuguese with a table WITHOUT RULES, a discount column per row and
no ISS (rental is outside it), 08 Coimbatore textile-machinery supplier's TAX INVOICE in English with CGST + SGST or
IGST, lakh grouping and two documents over TWO PAGES with 'Page x of y' and the totals on the last page)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import es_date, lakh
from invoice_kit import (
    de,
    digits,
    in_words,
    mt,
    new_fpdf,
    q0,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import bars_fpdf, due_note, en_date, frame, kv, lines, para, po_note, pt_date, qr_fpdf, totals, truth
from kit_words import pt_words
from stdnum.br import cnpj
from stdnum.cl import rut
from stdnum.in_ import gstin

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Concepción (IVA 19 %, CLP), landscape, fully ruled grid
CC_V = [
    ("Maderas del Biobío SpA", "Av. Colón 2850, Talcahuano, Región del Biobío", "Aserradero y venta de maderas"),
    ("Comercial Penco Ltda.", "Freire 1140, Concepción", "Venta al por mayor de artículos de ferretería"),
    ("Pesquera Tomé S.A.", "Av. Latorre 455, Tomé", "Elaboración y conservación de pescados"),
    ("Servicios Eléctricos Andalién SpA", "Paicaví 720, of. 34, Concepción", "Instalaciones eléctricas"),
]
CC_ROWS = [
    ("Pino radiata 2x4\" x 3,2 m cepillado", "UN", 20, 1200, 2900, 4800), ("Terciado estructural 15 mm", "UN", 5, 300, 18900, 26500),
    ("OSB 11,1 mm 1,22x2,44", "UN", 5, 400, 11900, 15900), ("Clavo corriente 4\" (caja 25 kg)", "CJ", 1, 40, 38900, 52900),
    ("Tornillo roscalata 8x1\" (caja 1000)", "CJ", 1, 30, 7900, 12900), ("Pintura látex exterior 1 gl", "UN", 2, 80, 12900, 21900),
    ("Merluza congelada IQF (caja 10 kg)", "CJ", 5, 200, 42000, 68000), ("Jurel en conserva 425 g (caja 24)", "CJ", 5, 300, 26400, 38900),
    ("Cable THHN 12 AWG (rollo 100 m)", "RL", 1, 30, 54900, 79900), ("Tablero eléctrico 24 polos", "UN", 1, 6, 89000, 189000),
    ("Mano de obra eléctrica (hora)", "HR", 4, 120, 18000, 32000), ("Flete Concepción - Los Ángeles", "VJ", 1, 4, 180000, 420000),
    ("Vigas laminadas 90x185 mm x 6 m", "UN", 2, 60, 68000, 112000), ("Empalme trifásico, materiales", "GL", 1, 1, 250000, 900000),
]


@style("06", "cl_ccp_concepcion_factura_electronica_iva_19_landscape")
def s06(rng, i):
    vname, vaddr, giro = CC_V[i]
    d = rand_date(rng)
    items = lines(rng, CC_ROWS, [4, 12, 2, 7][i], D("1"))
    gross = sum(x["amount"] for x in items)
    disc = q0(gross * rng.choice([3, 5, 8]) / 100) if i in (1, 3) else D(0)
    net = gross - disc
    tax = q0(net * D("0.19"))
    total = net + tax
    vid = rut.format(valid(rng, lambda: str(rng.randint(76000000, 77999999)) + rng.choice("0123456789K"), rut.is_valid))
    bid = rut.format(valid(rng, lambda: str(rng.randint(60000000, 99999999)) + rng.choice("0123456789K"), rut.is_valid))
    no = str(rng.randint(1000, 99999))
    fd = [es_date, lambda x: x.strftime("%d-%m-%Y"), es_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1) else None
    po = [f"OC {rng.randint(1000, 9999)}-{rng.randint(10, 99)}", None, f"{rng.randint(4500000000, 4599999999)}", None][i]
    color = [(190, 20, 20), (200, 30, 30), (180, 10, 40), (210, 40, 20)][i]
    bn, bdir = [("Constructora Lomas Verdes Ltda.", "San Pedro de la Paz"), ("Ferretería El Roble SpA", "Chillán"), ("Supermercados del Sur S.A.", "Temuco"), ("Inmobiliaria Collao S.A.", "Concepción")][i]
    cols = [("Código", 24, "L"), ("Descripción", 108, "L"), ("Unidad", 18, "C"), ("Cantidad", 24, "R"), ("Precio unitario", 32, "R"), ("% Desc.", 18, "R"), ("Valor", 33, "R")]
    rows = [[f"{rng.randint(10000, 99999)}", x["desc"], x["unit"], qstr(x["qty"]), de(x["price"], 0), "0", de(x["amount"], 0)] for x in items]

    def render(path):
        pdf = new_fpdf("L")
        pdf.add_page()
        txt(pdf, 12, 12, vname, 15, "B")
        txt(pdf, 12, 20, "Giro: " + giro, 8.5)
        txt(pdf, 12, 25, vaddr, 8.5)
        txt(pdf, 12, 30, f"Fono +56 41 2{rng.randint(100000, 999999)} · contacto@{vname.split()[0].lower()}.cl", 8.5)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.rect(200, 10, 85, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 200, 13, f"R.U.T.: {vid}", 11, "B", align="C", w=85, color=color)
        txt(pdf, 200, 21, "FACTURA ELECTRÓNICA", 12, "B", align="C", w=85, color=color)
        txt(pdf, 200, 29, f"N° {no}", 11, "B", align="C", w=85, color=color)
        txt(pdf, 200, 42, "S.I.I. - CONCEPCIÓN", 8, "B", align="C", w=85, color=color)
        y = 50
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(12, y - 2, 273, 24)
        kv(pdf, 14, y, [("Señor(es):", bn), ("R.U.T.:", bid), ("Dirección:", bdir), ("Condición de venta:", "Crédito 30/60 días" if due else "Contado")], wl=32, wv=100, align="L")
        kv(pdf, 160, y, [("Fecha emisión:", fd(d)), ("Vencimiento:", fd(due) if due else None), ("Orden de compra:", po), ("Guía de despacho:", f"{rng.randint(1000, 9999)}" if i != 3 else None)], wl=35, wv=80, align="L")
        y0 = 78
        y1 = table(pdf, 12, y0, cols, rows, size=7.6, rowh=5.4, header_fill=(235, 235, 235))
        frame(pdf, 12, y0, y1, cols)
        ry = [("Monto neto" if not disc else "Subtotal", de(gross, 0) if disc else de(net, 0), False)]
        if disc:
            ry += [("Descuento global", "-" + de(disc, 0), False), ("Monto neto", de(net, 0), False)]
        ry += [("I.V.A. 19%", de(tax, 0), False), ("Impuesto adicional", "0", False), ("TOTAL", "$ " + de(total, 0), True)]
        yy = max(y1 + 6, 150 if len(items) < 8 else y1 + 6)
        totals(pdf, 205, yy, ry, wl=40, wv=40, line=(0, 0, 0))
        pdf.set_fill_color(0, 0, 0)
        for k in range(60):  # PDF417-looking timbre
            if rng.random() < 0.55:
                pdf.rect(14 + k * 1.6, yy, 1.1, 18, "F")
        txt(pdf, 14, yy + 20, "Timbre Electrónico SII · Res. 80 de 2014 · Verifique documento: www.sii.cl", 7)
        if i in (0, 2):
            txt(pdf, 14, yy + 25, f"Concepción, {es_date(d)}", 7.5)
        pdf.output(path)

    notes = (
        "Concepción (Biobío, Chile) supplier's FACTURA ELECTRÓNICA in Spanish on a LANDSCAPE page, a FULLY RULED grid, the red SII box (R.U.T., number), IVA 19 %, whole pesos '1.234.567' with '$' only on the TOTAL (no currency code: the place implies CLP): "
        "vendor = the name at the top left; vendor_tax_id = 'R.U.T.' in the red box (the buyer's RUT, guía de despacho are decoys). "
        "invoice_number = 'N°' in the box; invoice_date = 'Fecha emisión' (" + ["Spanish long date", "dd-mm-yyyy", "Spanish long date", "dd/mm/yyyy"][i] + "). "
        + due_note(due, None if due else "Contado", "Vencimiento")
        + po_note(po, "Orden de compra")
        + ("subtotal = 'Monto neto' after the 'Descuento global' (the 'Subtotal' above it is before the discount)" if disc else "subtotal = 'Monto neto'")
        + "; tax = 'I.V.A. 19%'; total = 'TOTAL'. Currency CLP. Line items: every row's 'Valor'" + (" (they sum to the Subtotal before the global discount)" if disc else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "CLP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), vname, vid, bid, f"N° {no}", "I.V.A. 19%", de(gross, 0)], "line_adjustment": mt(-disc)}
    return t, chk, render


# =========================================================================== 07 Manaus (rental, no ISS, BRL), table without rules, discount per row
MA_V = [
    ("Amazônia Locações de Equipamentos Ltda.", "Av. Torquato Tapajós, 4010 - Flores, Manaus - AM, 69058-830"),
    ("Rio Negro Andaimes e Máquinas Ltda.", "Rua Belo Horizonte, 212 - Adrianópolis, Manaus - AM, 69057-060"),
    ("Distrito Industrial Empilhadeiras S.A.", "Av. Buriti, 1850 - Distrito Industrial I, Manaus - AM, 69075-000"),
    ("Encontro das Águas Geradores Ltda.", "Estrada do Tarumã, 77 - Tarumã, Manaus - AM, 69041-010"),
]
MA_ROWS = [
    ("Locação de andaime tubular (torre 1,5 x 1,0 m) - mensal", "pç", 4, 80, "45.00", "90.00"), ("Locação de betoneira 400 L - diária", "dia", 2, 30, "85.00", "140.00"),
    ("Locação de empilhadeira elétrica 2,5 t - mensal", "mês", 1, 3, "6800.00", "9800.00"), ("Locação de gerador 150 kVA - diária", "dia", 1, 30, "780.00", "1350.00"),
    ("Locação de plataforma tesoura 8 m - semanal", "sem", 1, 4, "1900.00", "2800.00"), ("Locação de compactador de solo - diária", "dia", 1, 20, "120.00", "190.00"),
    ("Locação de escora metálica 3,1 m - mensal", "pç", 10, 400, "6.50", "11.00"), ("Locação de martelete rompedor 10 kg - diária", "dia", 1, 20, "95.00", "160.00"),
    ("Locação de container escritório 6 m - mensal", "mês", 1, 3, "1450.00", "2300.00"), ("Locação de balsa de apoio - diária", "dia", 1, 10, "2400.00", "4200.00"),
    ("Locação de torre de iluminação - diária", "dia", 1, 15, "260.00", "420.00"), ("Locação de rolo compactador 10 t - diária", "dia", 1, 10, "1900.00", "2900.00"),
    ("Locação de transpaleteira manual - mensal", "pç", 1, 10, "180.00", "290.00"), ("Locação de cortadora de piso - diária", "dia", 1, 15, "140.00", "230.00"),
    ("Locação de bomba submersa 3\" - diária", "dia", 1, 20, "90.00", "150.00"), ("Locação de guincho coluna 400 kg - semanal", "sem", 1, 4, "480.00", "690.00"),
    ("Locação de andaime fachadeiro (m²) - mensal", "m²", 20, 600, "4.20", "7.50"), ("Locação de cinta de carga 5 t - semanal", "pç", 2, 20, "25.00", "45.00"),
    ("Locação de compressor de ar 250 pcm - diária", "dia", 1, 15, "520.00", "880.00"), ("Locação de vibrador de concreto - diária", "dia", 1, 20, "70.00", "120.00"),
    ("Locação de serra mármore - diária", "dia", 1, 20, "40.00", "70.00"), ("Locação de furadeira de impacto - diária", "dia", 1, 20, "35.00", "60.00"),
    ("Locação de nível a laser - semanal", "sem", 1, 4, "220.00", "380.00"), ("Locação de carrinho de mão - mensal", "pç", 2, 30, "30.00", "55.00"),
    ("Locação de lavadora de alta pressão - diária", "dia", 1, 15, "85.00", "140.00"), ("Locação de retroescavadeira com operador - hora", "h", 4, 80, "190.00", "280.00"),
]


@style("07", "br_mao_manaus_fatura_locacao_desconto_no_rules")
def s07(rng, i):
    vname, vaddr = MA_V[i]
    d = rand_date(rng)
    items = lines(rng, MA_ROWS, [5, 1, 25, 9][i], D("0.01"))
    withdisc = i in (0, 2)
    for x in items:
        x["gross"] = x["amount"]
        pct = D(rng.choice([0, 0, 5, 10])) if withdisc else D(0)
        x["disc"] = q2(x["gross"] * pct / 100)
        x["pct"] = pct
        x["amount"] = x["gross"] - x["disc"]
    total = sum(x["amount"] for x in items)
    gross = sum(x["gross"] for x in items)
    dsum = gross - total
    vid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    bid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    no = [f"{rng.randint(1000, 9999)}", f"FL-{d.year}/{rng.randint(100, 999)}", f"{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}.{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), pt_date, lambda x: x.strftime("%d/%m/%Y"), pt_date][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 28, 30]))
    po = [f"PC-{rng.randint(10000, 99999)}", None, None, f"{rng.randint(4500000000, 4599999999)}"][i]
    ctr = f"{rng.randint(100, 999)}/{d.year - rng.randint(0, 2)}"
    per0 = d - dt.timedelta(days=rng.randint(28, 31))
    pages = 2 if len(items) > 18 else 1

    def render(path):
        pdf = new_fpdf("P")
        cols = [("Descrição", 86, "L"), ("Un.", 12, "C"), ("Qtd.", 14, "R"), ("Valor unit.", 24, "R"), ("Desc. %", 16, "R"), ("Valor (R$)", 30, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), de(x["price"]), (qstr(x["pct"]) if x["pct"] else "-"), de(x["amount"])] for x in items]
        chunks = [rows[:18], rows[18:]] if pages == 2 else [rows]
        for pg, ch_ in enumerate(chunks):
            pdf.add_page()
            txt(pdf, 14, 12, vname, 13, "B", color=(6, 78, 59))
            txt(pdf, 14, 19, vaddr, 8)
            txt(pdf, 150, 12, "FATURA DE LOCAÇÃO", 12, "B", align="R", w=48)
            txt(pdf, 150, 19, f"Nº {no}", 10, "B", align="R", w=48)
            if pg == 0:
                y = 30
                kv(pdf, 14, y, [("Locatário:", ["Construtora Ponta Negra Ltda.", "Estaleiro Educandos ME", "Moto Honda da Amazônia (fornecedor)", "Prefeitura - Obra UBS Cidade Nova"][i]), ("CNPJ:", bid), ("Contrato:", ctr), ("Pedido de compra:", po)], wl=32, wv=80, align="L")
                kv(pdf, 125, y, [("Emissão:", fd(d)), ("Período:", f"{per0.strftime('%d/%m/%Y')} a {(d - dt.timedelta(days=1)).strftime('%d/%m/%Y')}"), ("Vencimento:", fd(due))], wl=22, wv=50, align="L")
                y = 56
            else:
                y = 30
            y = table(pdf, 14, y, cols, ch_, size=7.6, rowh=5.6, border_bottom=False, header_style="B", zebra=(243, 247, 245))
            txt(pdf, 14, 285, f"Página {pg + 1} de {pages}", 7, align="R", w=182, color=(110, 110, 110))
        y += 6
        ry = [("Valor bruto", de(gross), False)]
        if dsum:
            ry.append(("Descontos", "-" + de(dsum), False))
        ry.append(("VALOR TOTAL DA FATURA", "R$ " + de(total), True))
        y = totals(pdf, 110, y, ry, wl=50, wv=36, line=(6, 78, 59))
        y = para(pdf, 14, y + 4, 182, f"Valor por extenso: {pt_words(int(total))} reais" + (f" e {pt_words(int((total % 1) * 100))} centavos" if total % 1 else "") + ".", 7.6)
        y = para(pdf, 14, y + 2, 182, "Locação de bens móveis: operação não sujeita ao ISS (item 3.01 da lista anexa à LC 116/2003, vetado) e dispensada de emissão de nota fiscal de serviço. Documento emitido conforme contrato de locação.", 7)
        pdf.rect(14, y + 4, 182, 22)
        txt(pdf, 16, y + 6, f"Boleto bancário · {rng.choice(['Banco do Brasil', 'Bradesco', 'Itaú', 'Banco da Amazônia'])} · Nosso número {digits(rng, 11)}", 7.4)
        txt(pdf, 16, y + 11, f"{digits(rng, 5)}.{digits(rng, 5)} {digits(rng, 5)}.{digits(rng, 6)} {digits(rng, 5)}.{digits(rng, 6)} {rng.randint(1, 9)} {digits(rng, 14)}", 8, "B", font="Mono")
        bars_fpdf(pdf, rng, 16, y + 16, 100, 8)
        txt(pdf, 14, 278, f"{vname} · CNPJ {vid} · Inscrição Municipal {digits(rng, 8)}", 7, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Manaus (Amazonas, Brazil) equipment-rental company's FATURA DE LOCAÇÃO in Portuguese, a table WITHOUT RULES (zebra)" + (" with a discount % per row" if withdisc else "") + (", over TWO PAGES with 'Página x de y' and the totals on page 2" if pages == 2 else "") + ", 'R$ 1.234,56', NO tax (rental is outside ISS, said in a note): "
        "vendor = the name at the top; vendor_tax_id = the 'CNPJ' in the FOOTER (the buyer's CNPJ, the contract, municipal registration, boleto numbers are decoys). "
        "invoice_number = 'Nº' under the title; invoice_date = 'Emissão' (" + ["dd/mm/yyyy", "Portuguese long date", "dd/mm/yyyy", "Portuguese long date"][i] + "; the rental period is a decoy). "
        + due_note(due, None, "Vencimento")
        + po_note(po, "Pedido de compra")
        + "subtotal and tax: none (null; 'Valor bruto' is before the discounts); total = 'VALOR TOTAL DA FATURA'. Currency BRL. Line items: every row's 'Valor (R$)' after its discount."
    )
    t = truth(vname, vid, no, po, d, due, "BRL", None, None, total, items, notes)
    chk = {"printed": [fd(d), vname, vid, bid, f"Nº {no}", "VALOR TOTAL DA FATURA", fd(due)]}
    return t, chk, render


# =========================================================================== 08 Coimbatore (GST, INR), lakh, two pages on two
CB_V = [
    ("Kovai Precision Spindles Pvt. Ltd.", "SF No. 214, Avinashi Road, Peelamedu, Coimbatore - 641004, Tamil Nadu"),
    ("Sri Lakshmi Pumps & Motors", "45, Mettupalayam Road, Ganapathy, Coimbatore - 641006, Tamil Nadu"),
    ("Noyyal Textile Accessories LLP", "12/3, Trichy Road, Singanallur, Coimbatore - 641005, Tamil Nadu"),
    ("Western Ghats Wet Grinders", "78, Sathy Road, Saravanampatti, Coimbatore - 641035, Tamil Nadu"),
]
CB_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, (hsn, rate))
    ("Ring spindle assembly 6000 series", "Nos", 10, 200, "210.00", "380.00", ("84483290", 18)), ("Bottom roller 25 mm", "Nos", 5, 80, "640.00", "920.00", ("84483290", 18)),
    ("Top arm cot 28 mm", "Nos", 20, 300, "38.00", "64.00", ("40169990", 18)), ("Monoblock pump 1 HP", "Nos", 1, 12, "5200.00", "7800.00", ("84137010", 18)),
    ("Submersible pump 5 HP, V4", "Nos", 1, 6, "14800.00", "19800.00", ("84137010", 18)), ("Induction motor 3 HP", "Nos", 1, 8, "9200.00", "13400.00", ("85015220", 18)),
    ("Table-top wet grinder 2 L", "Nos", 1, 20, "3400.00", "5600.00", ("85094010", 12)), ("Grinding stone set", "Set", 1, 30, "780.00", "1250.00", ("68042290", 5)),
    ("Cotton yarn 40s combed (kg)", "Kg", 20, 400, "240.00", "310.00", ("52052400", 5)), ("Spinning ring 40 mm", "Nos", 50, 600, "24.00", "42.00", ("84483290", 18)),
    ("Bearing 6204 ZZ", "Nos", 10, 200, "85.00", "145.00", ("84821011", 18)), ("V-belt B-54", "Nos", 5, 60, "180.00", "290.00", ("40103999", 18)),
    ("Pump impeller bronze", "Nos", 2, 40, "420.00", "690.00", ("84139190", 18)), ("Capacitor 36 mfd", "Nos", 5, 80, "120.00", "210.00", ("85322500", 18)),
    ("Control panel DOL starter", "Nos", 1, 10, "2400.00", "3800.00", ("85371000", 18)), ("Drafting apron", "Nos", 20, 400, "18.00", "32.00", ("59100090", 12)),
    ("Copper winding wire 22 SWG (kg)", "Kg", 2, 40, "920.00", "1080.00", ("85441110", 18)), ("Service charges - pump overhaul", "Job", 1, 4, "1500.00", "4500.00", ("998719", 18)),
    ("Traveller C1 EL udr", "Box", 2, 60, "260.00", "420.00", ("84483290", 18)), ("Spindle oil 20 L", "Can", 1, 12, "2100.00", "2900.00", ("27101980", 18)),
    ("Wet grinder drum SS", "Nos", 1, 20, "950.00", "1450.00", ("85094090", 12)), ("Packing charges", "Lot", 1, 1, "250.00", "900.00", ("998540", 18)),
    ("Cheese cone paper 4°20'", "Nos", 100, 2000, "3.20", "5.60", ("48229090", 12)), ("Lattice apron", "Nos", 5, 60, "340.00", "520.00", ("84483990", 18)),
    ("Pressure switch", "Nos", 2, 40, "380.00", "620.00", ("90262000", 18)),
]


@style("08", "in_cjb_coimbatore_tax_invoice_cgst_sgst_lakh_two_pages")
def s08(rng, i):
    vname, vaddr = CB_V[i]
    d = rand_date(rng)
    for _ in range(200):
        items = lines(rng, CB_ROWS, [3, 24, 7, 20][i], D("0.01"))
        if all(x["amount"] < 100000 for x in items):
            break
    inter = i == 2
    for x in items:
        x["hsn"], x["rate"] = x["extra"]
    net = sum(x["amount"] for x in items)
    rates = sorted({x["rate"] for x in items})
    parts = []
    for r in rates:
        b = sum(x["amount"] for x in items if x["rate"] == r)
        if inter:
            parts.append((f"IGST @ {r}%", q2(b * r / 100), b, r))
        else:
            h = q2(b * r / 200)
            parts += [(f"CGST @ {D(r) / 2:g}%", h, b, r), (f"SGST @ {D(r) / 2:g}%", h, b, r)]
    tax = sum(p[1] for p in parts)
    total = net + tax
    st = "33"
    vid = valid(rng, lambda: st + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(5)) + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "1Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), gstin.is_valid)
    bst = "29" if inter else "33"
    bid = valid(rng, lambda: bst + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(5)) + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "1Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), gstin.is_valid)
    no = [f"KPS/{d.year % 100}-{d.year % 100 + 1}/{rng.randint(100, 999)}", f"SLP{rng.randint(1000, 9999)}", f"NTA/TI/{rng.randint(1000, 9999)}", f"WG-{rng.randint(100, 999)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (1, 2, 3) else None
    po = [f"PO/{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4599999999)}", None, f"WO-{rng.randint(100, 999)}"][i]
    pages = 2 if len(items) > 14 else 1
    buyer = [("Sakthi Spinning Mills Ltd.", "Udumalpet"), ("Tiruppur Knit Processors", "Tiruppur"), ("Bengaluru Agro Pumps Pvt. Ltd.", "Peenya, Bengaluru, Karnataka"), ("Erode Home Appliances", "Erode")][i]
    if inter:
        tparts = [tax]
        gstvals = f"IgstVal: {mt(tax)}"
    else:
        c = sum(p[1] for p in parts if p[0].startswith("CGST"))
        tparts = [c, tax - c]
        gstvals = f"CgstVal: {mt(c)}  SgstVal: {mt(tax - c)}"
    irn = "".join(rng.choice("0123456789abcdef") for _ in range(64))

    def render(path):
        pdf = new_fpdf("P")
        cols = [("#", 8, "R"), ("Description", 66, "L"), ("HSN/SAC", 20, "L"), ("Qty", 14, "R"), ("Unit", 12, "L"), ("Rate", 22, "R"), ("GST %", 12, "R"), ("Taxable value", 28, "R")]
        rows = [[str(k + 1), x["desc"], x["hsn"], qstr(x["qty"]), x["unit"], lakh(x["price"]), str(x["rate"]), lakh(x["amount"])] for k, x in enumerate(items)]
        chunks = [rows[:14], rows[14:]] if pages == 2 else [rows]
        for pg, ch_ in enumerate(chunks):
            pdf.add_page()
            txt(pdf, 14, 10, "TAX INVOICE", 13, "B", align="C", w=182)
            txt(pdf, 150, 10, "Original for Recipient", 7, align="R", w=46)
            txt(pdf, 14, 18, vname, 12, "B")
            txt(pdf, 14 + pdf.get_string_width(vname) + 4, 18.6, f"GSTIN: {vid}", 8.5, "B")
            txt(pdf, 14, 24, vaddr, 8)
            txt(pdf, 14, 28.5, f"PAN: {vid[2:12]} · State: Tamil Nadu, Code 33 · Udyam: UDYAM-TN-03-{digits(rng, 7)}", 7.5, color=(80, 80, 80))
            if pg == 0:
                pdf.set_draw_color(0, 0, 0)
                pdf.rect(14, 33, 182, 30)
                kv(pdf, 16, 35, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Buyer's Order No.", po), ("Due Date", fd(due) if due else None), ("E-Way Bill No.", digits(rng, 12, True))], wl=30, wv=55, align="L")
                kv(pdf, 108, 35, [("Bill to:", buyer[0]), ("", buyer[1]), ("GSTIN:", bid), ("Place of supply:", "Karnataka (29)" if inter else "Tamil Nadu (33)")], wl=26, wv=60, align="L")
                y = 68
            else:
                y = 36
            y0 = y
            y = table(pdf, 14, y, cols, ch_, size=7.4, rowh=5.4, header_fill=(230, 230, 230))
            frame(pdf, 14, y0, y, cols, color=(0, 0, 0))
            txt(pdf, 14, 288, f"Page {pg + 1} of {pages}", 7, align="C", w=182)
            if pg < pages - 1:
                txt(pdf, 14, y + 3, "Continued on next page ...", 7.5, "")
        y += 4
        ry = [("Total taxable value", lakh(net), False)] + [(p[0], lakh(p[1]), False) for p in parts] + [("Grand Total (Rs.)", lakh(total), True)]
        y2 = totals(pdf, 116, y, ry, wl=46, wv=34, line=(0, 0, 0), size=8.2, step=5)
        y = para(pdf, 14, y, 96, f"Amount chargeable (in words): Indian Rupees {in_words(int(total))}" + (f" and {in_words(int((total % 1) * 100))} Paise" if total % 1 else "") + " Only", 7.6)
        y = para(pdf, 14, y + 2, 96, f"Bank: {rng.choice(['State Bank of India', 'Indian Bank', 'City Union Bank', 'Karur Vysya Bank'])}, A/c No. {digits(rng, 14, True)}, IFSC {rng.choice(['SBIN', 'IDIB', 'CIUB', 'KVBL'])}0{digits(rng, 6)}", 7.2)
        y = max(y, y2) + 4
        qr_fpdf(pdf, rng, 14, y, 24)
        para(pdf, 42, y, 150, f"IRN: {irn}\nAck No.: {digits(rng, 15, True)}  Ack Date: {d.strftime('%Y-%m-%d')}\nSellerGstin: {vid}  BuyerGstin: {bid}  DocNo: {no}  AssVal: {mt(net)}  {gstvals}  TotInvVal: {mt(total)}", 6.8)
        txt(pdf, 130, y + 26, f"for {vname}", 8, "B")
        txt(pdf, 130, y + 36, "Authorised Signatory", 7.5)
        pdf.output(path)

    notes = (
        "Coimbatore (Tamil Nadu, India) supplier's TAX INVOICE in English on a ruled grid with HSN codes, " + ("IGST (inter-state, buyer in Karnataka)" if inter else "CGST + SGST (intra-state)") + f" at {'/'.join(str(r) for r in rates)} %, lakh grouping '12,34,567.89' with 'Rs.'"
        + (", over TWO PAGES with 'Page x of y' and the totals only on page 2" if pages == 2 else "") + ": "
        "vendor = the name at the top; vendor_tax_id = 'GSTIN' BESIDE the name (the PAN inside it, the buyer's GSTIN, Udyam, E-Way Bill, IRN, Ack No., bank account and IFSC are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "English long date", "dd-Mon-yyyy", "dd.mm.yyyy"][i] + "). "
        + due_note(due, None, "Due Date")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = 'Total taxable value'; tax = the sum of the " + ("IGST rows" if inter else "CGST and SGST rows") + "; total = 'Grand Total (Rs.)'. Currency INR. Line items: every row's taxable value."
    )
    t = truth(vname, vid, no, po, d, due, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Grand Total (Rs.)", f"TotInvVal: {mt(total)}", f"AssVal: {mt(net)}"], "tax_parts": [mt(p) for p in tparts]}
    return t, chk, render
