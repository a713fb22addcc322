"""fpdf2 styles for set 76, second part (08 Matagalpa FACTURA as a BUSINESS LETTER in Spanish, the totals in RUNNING
SENTENCES, IVA 15 %, córdobas with the dollar counter-value at the official rate, the total in words and an advance
deducted on two; 09 Nickerie FACTUUR with a STATEMENT OF ACCOUNT (rekeningoverzicht) listing the customer's other open
invoices, in Dutch, a RIGHT SIDEBAR of labels above values, BTW 10 %, SRD '1.234,56', dates dd-mm-yyyy or ISO;
10 Cobija SIAT FACTURA in Spanish with headers on two lines, LEFT-ALIGNED headers over right-aligned numbers, the
TOTALS at the LEFT under the table, IVA 13 % included and not printed, line discounts, the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date, money_words
from invoice_kit import de, digits, en, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, qr_fpdf, truth

STYLES, style = style_registry("fpdf2")

# =========================================================================== 08 Matagalpa (IVA 15 %, NIO/USD), letter, running text
MA_V = [
    ("Beneficio Seco La Dalia, S.A.", "Km 130 carretera Matagalpa – Jinotega, Matagalpa", (101, 67, 33)),
    ("Agroservicios Apante, S.A.", "Frente al Parque Darío, 1 c. al este, Matagalpa", (22, 101, 52)),
    ("Hotel y Centro de Convenciones Selva Alta, S.A.", "Km 140 carretera a Jinotega, Matagalpa", (30, 64, 175)),
    ("Consultores Técnicos Cafetaleros del Norte, S.A.", "Barrio Guanuca, de la Catedral 2 c. al norte, Matagalpa", (127, 29, 29)),
]
MA_B = [("Señores", "Cooperativa Multisectorial Cafetaleros de San Ramón, R.L.", "San Ramón, Matagalpa"), ("Señor", "Ing. Rodolfo Zeledón Blandón, Finca El Recreo", "Muy Muy, Matagalpa"),
        ("Señores", "Asociación de Exportadores de Café de Nicaragua", "Managua"), ("Señores", "Hacienda Santa Emilia, S.A.", "Matiguás, Matagalpa")]
MA_ROWS = [
    [("servicios de trillado de café oro por quintal", "qq", 100, 900, 95, 160), ("servicios de clasificación electrónica por quintal", "qq", 100, 900, 40, 75), ("sacos de yute de 69 kg", "saco", 100, 900, 48, 70)],
    [("sacos de fertilizante 18-46-0 de 45 kg", "saco", 10, 120, 1450, 1950), ("litros de fungicida para roya del café", "litro", 5, 60, 820, 1250), ("bombas de mochila de 20 litros", "unidad", 1, 8, 2400, 3600)],
    [("habitaciones dobles por noche", "noche", 4, 40, 2600, 3900), ("almuerzos de trabajo por persona", "persona", 20, 150, 380, 560), ("alquiler del salón de eventos por día", "día", 1, 3, 14000, 26000)],
    [("días de asistencia técnica en finca", "día", 2, 15, 4200, 6800), ("análisis de suelo completos", "análisis", 2, 12, 1800, 2900), ("catación y calificación de lotes", "lote", 2, 20, 950, 1600)],
]


@style("08", "ni_mat_matagalpa_carta_factura_iva_15_running_text_nio_usd_counter_value_anticipo_words")
def s08(rng, i):
    vname, vaddr, color = MA_V[i]
    b0, b1, b2 = MA_B[i]
    d = rand_date(rng)
    items = lines(rng, MA_ROWS[i], 3, D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = "J031" + digits(rng, 10)
    bid = ("J031" + digits(rng, 10)) if i != 1 else (digits(rng, 3) + "-" + digits(rng, 6) + "-" + digits(rng, 4) + "K")
    no = f"{rng.randint(1, 9999):07d}"
    fx = D(rng.randint(365000, 368500)) / 10000
    usd = q2(total / fx)
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [None, f"{rng.randint(100, 999)}-{d.year}", f"OC-{rng.randint(1000, 9999)}", None][i]
    adv = q2(total * D(rng.choice([30, 50])) / 100) if i in (1, 2) else None
    f = en
    words = money_words(total, "córdobas", upper=False)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 22, 16, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 22, 23, vaddr + " · Tel. 2772-" + digits(rng, 4), 8.2, font="Serif")
        txt(pdf, 22, 27.4, f"RUC {vid} · Autorización de imprenta DGI N° ASFC {digits(rng, 2)}/{digits(rng, 10)}/{d.year}", 7.8, font="Serif", color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.line(22, 32, 188, 32)
        txt(pdf, 120, 40, "Matagalpa, " + long_date(d, "es"), 9.6, font="Serif", align="R", w=68)
        para(pdf, 22, 50, 120, f"{b0}\n{b1}\n{b2}\nRUC / cédula {bid}\nSus manos.", 9.6, font="Serif", h=4.8)
        txt(pdf, 22, 80, f"Ref.: Factura N° {no}", 9.8, "B", font="Serif")
        y = para(pdf, 22, 90, 166, "Estimados señores:", 9.6, font="Serif", h=5)
        body = (f"Por medio de la presente les hacemos llegar nuestra factura N° {no}, emitida el {long_date(d, 'es')}"
                + (f" con referencia a su orden de compra N° {po}" if po else "")
                + f", por los bienes y servicios entregados el {long_date(d - dt.timedelta(days=rng.randint(2, 9)), 'es')}, a saber: ")
        body += "; ".join(f"{qstr(x['qty'])} {x['desc']} a C$ {f(x['price'])} cada uno, C$ {f(x['amount'])}" for x in items) + "."
        y = para(pdf, 22, y + 3, 166, body, 9.6, font="Serif", h=5, align="J")
        t2 = (f"La suma de lo facturado da un valor neto de C$ {f(net)}, al que se agrega el Impuesto al Valor Agregado del 15 % por C$ {f(tax)}, "
              f"para un total de C$ {f(total)} ({words}), equivalente a US$ {f(usd)} al tipo de cambio oficial del Banco Central de Nicaragua de C$ {fx} por dólar.")
        y = para(pdf, 22, y + 3, 166, t2, 9.6, font="Serif", h=5, align="J")
        if adv:
            y = para(pdf, 22, y + 3, 166, f"De dicho total se deduce el anticipo de C$ {f(adv)} recibido el {long_date(d - dt.timedelta(days=rng.randint(10, 40)), 'es')} (recibo N° {rng.randint(1000, 9999)}), por lo que el saldo pendiente es de C$ {f(total - adv)}.", 9.6, font="Serif", h=5, align="J")
        pay = (f"Les agradeceremos efectuar el pago a más tardar el {long_date(due, 'es')}" if due else "El pago deberá efectuarse dentro de los treinta días siguientes a la recepción de esta carta")
        y = para(pdf, 22, y + 3, 166, pay + f", mediante depósito o transferencia a nuestra cuenta corriente en córdobas N° {digits(rng, 9, True)} de BANPRO. Les recordamos que somos retenedores del IR en la fuente.", 9.6, font="Serif", h=5, align="J")
        y = para(pdf, 22, y + 3, 166, "Sin más por el momento, les saludamos atentamente.", 9.6, font="Serif", h=5)
        pdf.line(22, y + 24, 82, y + 24)
        para(pdf, 22, y + 25, 80, rng.choice(["Lic. Róger Castillo Úbeda", "Ing. Martha Rizo Valdivia", "Lic. Francisco Kühl Arauz"]) + "\nGerente Administrativo", 9, font="Serif", h=4.6)
        txt(pdf, 22, 282, f"Original: cliente · Copia: contabilidad · Serie {rng.choice('ABC')} del 0000001 al 0050000", 7, font="Serif", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Matagalpa (Nicaragua) FACTURA as a BUSINESS LETTER in Spanish, everything in RUNNING SENTENCES (no table), IVA 15 %, córdobas 'C$ 1,234.56' with a dollar counter-value at the BCN rate, the total in words. "
        "vendor = the letterhead's name; vendor_tax_id = the letterhead's 'RUC' (the addressee's RUC or cédula, the DGI print authorisation and the bank account are decoys). "
        "invoice_number = 'factura N°' (reference line and first sentence); invoice_date = 'emitida el' (= the letter's date; the delivery date is a decoy). "
        + due_note(due, "dentro de los treinta días siguientes a la recepción", "a más tardar el") + po_note(po, "orden de compra N°")
        + "subtotal = 'valor neto de C$'; tax = 'Impuesto al Valor Agregado del 15 % por C$'; total = 'para un total de C$'" + (" before the advance (the anticipo, its receipt and the 'saldo pendiente' are decoys)" if adv else "")
        + ". Currency NIO; the US$ equivalent and the exchange rate are decoys. Line items: each good or service in the first paragraph, net of IVA."
    )
    t = truth(vname, vid, no, po, d, due, "NIO", net, tax, total, items, notes)
    chk = [long_date(d, "es"), no, vname, vid, bid, words, f(usd), "para un total de", f(total - adv) if adv else None, long_date(due, "es") if due else None]
    return t, chk, render


# =========================================================================== 09 Nickerie (BTW 10 %, SRD), statement of account, right sidebar
NI_V = [
    ("Rijstpellerij Westelijke Polders N.V.", "Oost-Oostelijke Polderweg 12, Nieuw Nickerie", (21, 94, 117)),
    ("Landbouwmachinehandel Corantijn N.V.", "Waterloostraat 44, Nieuw Nickerie", (154, 52, 18)),
    ("Agro-Chemicaliën Wageningen Nickerie N.V.", "Hoofdweg 3, Wageningen, Nickerie", (63, 98, 18)),
    ("Transportbedrijf Henar & Zonen N.V.", "Gouverneurstraat 88, Nieuw Nickerie", (88, 28, 135)),
]
NI_B = ["Padiboerderij Hamptoncourt", "Landbouwbedrijf Sawmillkreek N.V.", "Coöperatie Rijstboeren Nanni", "Handelmaatschappij Paradise N.V."]
NI_ROWS = [
    [("Pellen en drogen padi", "ton", 10, 120, 380, 520), ("Witte rijst loonpellen, zak 50 kg", "zak", 50, 600, 28, 42), ("Opslag in silo per ton", "ton", 10, 120, 45, 80), ("Zemelen, zak 40 kg", "zak", 10, 120, 55, 90)],
    [("Messen maaidorser, set", "set", 1, 4, 2800, 4600), ("Rupsband rubber 500 mm", "st", 1, 2, 18500, 26000), ("Hydrauliekolie 20 l", "emmer", 1, 10, 1350, 1900), ("Arbeid monteur", "uur", 2, 24, 350, 520)],
    [("Ureum 46%, zak 50 kg", "zak", 10, 200, 780, 1150), ("Herbicide propanil 20 l", "can", 1, 20, 2100, 3400), ("Insecticide 1 l", "fles", 2, 40, 280, 460), ("Zaaizaad padi SK 19, zak 40 kg", "zak", 5, 80, 640, 980)],
    [("Vracht Nickerie – Paramaribo, truck 30 t", "rit", 1, 6, 9800, 15500), ("Laden en lossen", "rit", 1, 6, 1200, 2100), ("Veerpont Canawaima (overtocht)", "rit", 1, 4, 850, 1400), ("Wachturen", "uur", 1, 12, 350, 600)],
]


@style("09", "sr_nic_nickerie_factuur_rekeningoverzicht_statement_of_account_sidebar_right_btw_10_srd")
def s09(rng, i):
    vname, vaddr, color = NI_V[i]
    d = rand_date(rng)
    items = lines(rng, NI_ROWS[i], [4, 3, 4, 3][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    vid = "1000" + digits(rng, 6)
    no = [f"F{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(24000, 26999)}", f"VF/{rng.randint(1000, 9999)}", f"HZ{rng.randint(10000, 99999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 30]))
    due = due if i != 2 else None
    po = [f"B{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}", None][i]
    fd = (lambda x: x.strftime("%d-%m-%Y")) if i in (0, 2) else (lambda x: x.isoformat())
    f = de
    cust = f"K-{rng.randint(1000, 9999)}"
    others = []
    for k in range(rng.randint(3, 5)):
        od = d - dt.timedelta(days=rng.randint(20, 150))
        amt = q2(D(rng.randint(150000, 4500000)) / 100)
        paid = q2(amt * D(rng.choice([0, 0, 50, 100])) / 100)
        others.append((od, f"{no[:-3]}{rng.randint(100, 999)}" if k % 2 else f"{rng.randint(1000, 9999)}", amt, paid))
    others.sort()
    open_ = sum(a - p for _o, _n, a, p in others) + total

    def render(path):
        pdf = new_fpdf(creator="Exact Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(150, 0, 60, 297, "F")
        white, pale = (255, 255, 255), (220, 225, 230)
        txt(pdf, 14, 14, vname, 14, "B", color=color)
        txt(pdf, 14, 20.5, vaddr + " · Suriname · Tel. 0231" + digits(rng, 3), 8)
        txt(pdf, 14, 25, f"KKF-nr. {rng.randint(10000, 99999)} · Btw-nummer {vid}", 7.8, color=(80, 80, 80))
        txt(pdf, 156, 14, "FACTUUR", 17, "B", color=white)
        y = 30
        for a, b in [("Factuurnummer", no), ("Factuurdatum", fd(d)), ("Vervaldatum", fd(due) if due else None), ("Betalingsconditie", "Contant bij levering" if not due else None), ("Klantnummer", cust), ("Uw referentie", po), ("Te betalen", "SRD " + f(total))]:
            if b is None:
                continue
            txt(pdf, 156, y, a.upper(), 6.6, color=pale)
            txt(pdf, 156, y + 3.6, b, 9.6, "B", color=white)
            y += 11.5
        para(pdf, 156, 240, 48, f"Hakrinbank N.V.\nfiliaal Nickerie\nrek. {digits(rng, 9, True)}\nDSB Bank\nrek. {digits(rng, 10, True)}", 7.4, h=3.7, color=white)
        para(pdf, 14, 34, 120, "Aan:\n" + NI_B[i] + "\nNickerie, Suriname", 8.8, h=4.4)
        cols = [("Omschrijving", 56, "L"), ("Aantal", 16, "R"), ("Eenh.", 14, "L"), ("Prijs", 20, "R"), ("Bedrag SRD", 26, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"])] for x in items]
        y = table(pdf, 14, 56, cols, rows, size=8, rowh=5.6, zebra=(238, 242, 245), border_bottom=False, header_color=color)
        pdf.set_draw_color(*color)
        pdf.line(14, y + 1, 146, y + 1)
        yy = y + 4
        for a, b, bold in [("Subtotaal", f(net), False), ("BTW 10%", f(tax), False), ("Totaal factuur SRD", f(total), True)]:
            txt(pdf, 80, yy, a, 8.8, "B" if bold else "")
            txt(pdf, 108, yy, b, 8.8, "B" if bold else "", align="R", w=30)
            yy += 5.4
        yy += 10
        txt(pdf, 14, yy, f"REKENINGOVERZICHT per {fd(d)}", 10, "B", color=color)
        txt(pdf, 14, yy + 5.5, f"Openstaande posten van klant {cust}", 8, color=(90, 90, 90))
        cols2 = [("Datum", 24, "L"), ("Factuur", 28, "L"), ("Bedrag", 26, "R"), ("Betaald", 26, "R"), ("Openstaand", 28, "R")]
        rows2 = [[fd(o), n_, f(a), f(p), f(a - p)] for o, n_, a, p in others] + [[fd(d), no + " *", f(total), f(D(0)), f(total)]]
        y2 = table(pdf, 14, yy + 11, cols2, rows2, size=7.8, rowh=5, line_color=(200, 200, 200), header_color=color)
        txt(pdf, 14, y2 + 3, "Totaal openstaand SRD", 8.8, "B")
        txt(pdf, 108, y2 + 3, f(open_), 8.8, "B", align="R", w=30)
        para(pdf, 14, y2 + 12, 124, "* deze factuur. Gelieve bij betaling het factuurnummer te vermelden. Betalingen na de overzichtsdatum zijn niet verwerkt.", 7.4, h=3.7)
        txt(pdf, 14, 285, "Pagina 1 van 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Nickerie (Suriname) FACTUUR in Dutch with a STATEMENT OF ACCOUNT (REKENINGOVERZICHT) below it listing the customer's other open invoices and this one; a coloured RIGHT SIDEBAR of small upper-case LABELS ABOVE values; a zebra table without rules; BTW 10 %; SRD '1.234,56'; dates " + ("dd-mm-yyyy" if i in (0, 2) else "ISO yyyy-mm-dd") + ". "
        "vendor = the letterhead's name; vendor_tax_id = 'Btw-nummer' (the KKF number, the customer number and the bank accounts are decoys). invoice_number = 'FACTUURNUMMER'; invoice_date = 'FACTUURDATUM' (also the statement's date). "
        + due_note(due, "Contant bij levering", "VERVALDATUM") + po_note(po, "UW REFERENTIE")
        + "subtotal = 'Subtotaal'; tax = 'BTW 10%'; total = 'Totaal factuur SRD' (= 'TE BETALEN'). The statement's other invoices, their dates, amounts, payments and the 'Totaal openstaand' are decoys. Currency SRD."
    )
    t = truth(vname, vid, no, po, d, due, "SRD", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, "Totaal factuur SRD", "REKENINGOVERZICHT", f(open_), fd(due) if due else None]
    return t, chk, render


# =========================================================================== 10 Cobija SIAT factura (IVA 13 % incl., BOB), totals left, two-line headers
CB_V = [
    ("BENEFICIADORA DE CASTAÑA AMAZONÍA PANDO S.R.L.", "Av. 9 de Febrero N° 214, Zona Central, Cobija - Pando", (120, 72, 0)),
    ("FERRETERÍA Y CORRALÓN EL ACRE S.R.L.", "Av. Internacional N° 1450, Barrio Villa Busch, Cobija", (150, 30, 30)),
    ("HOTEL FRONTERA VERDE S.A.", "Calle Beni N° 88 esq. Cornejo, Cobija - Pando", (20, 90, 80)),
    ("MOTOS Y REPUESTOS ZONA FRANCA COBIJA LTDA.", "Zona Franca Comercial, Galpón 12, Cobija", (40, 60, 140)),
]
CB_B = ["AMAZON NUTS EXPORT LTDA.", "GOBIERNO AUTÓNOMO MUNICIPAL DE COBIJA", "UNIVERSIDAD AMAZÓNICA DE PANDO", "COOPERATIVA DE MOTOTAXIS 27 DE MAYO"]
CB_ROWS = [
    [("Castaña beneficiada, caja 20 kg", "CAJA", 10, 200, 380, 560), ("Castaña quebrada, bolsa 10 kg", "BOLSA", 5, 80, 120, 190), ("Servicio de secado por caja", "SERV", 10, 200, 18, 32)],
    [("Cemento IP-30 Viacha 50 kg", "BOLSA", 20, 300, 58, 72), ("Calamina plana N° 28, 3 m", "PIEZA", 10, 120, 62, 95), ("Fierro corrugado 3/8, 12 m", "BARRA", 10, 200, 38, 55), ("Pintura látex 18 L", "BALDE", 1, 20, 290, 420)],
    [("Habitación doble con desayuno", "NOCHE", 2, 20, 320, 480), ("Alquiler de salón auditorio", "DÍA", 1, 3, 1200, 2400), ("Refrigerio por persona", "PERS", 20, 150, 22, 38)],
    [("Motocicleta 150 cc modelo 2026", "UNIDAD", 1, 4, 9800, 13500), ("Casco certificado", "UNIDAD", 1, 10, 180, 320), ("Kit de transmisión cadena y piñones", "KIT", 1, 8, 240, 380), ("Aceite 4T 20W-50 1 L", "LITRO", 2, 24, 38, 55)],
]


@style("10", "bo_cob_cobija_siat_factura_credito_fiscal_iva_13_incl_two_line_headers_totals_left_words")
def s10(rng, i):
    vname, vaddr, color = CB_V[i]
    d = rand_date(rng)
    items = lines(rng, CB_ROWS[i], 3, D("0.5"))
    for x in items:
        x["disc"] = q2(x["amount"] * D(rng.choice([0, 0, 3, 5])) / 100) if i in (1, 3) else D(0)
        x["gross"] = x["amount"]
        x["amount"] = x["gross"] - x["disc"]
    total = sum(x["amount"] for x in items)
    vid = digits(rng, rng.choice([9, 10]), True) + "01"
    bid = digits(rng, 9, True) + "01" if i != 3 else digits(rng, 7, True)
    no = str(rng.randint(100, 99999))
    cuf = "".join(rng.choice("0123456789ABCDEF") for _ in range(56))
    f = de
    words = money_words(total, "BOLIVIANOS")
    po = [f"OC-{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}", None][i]

    def render(path):
        pdf = lfont(new_fpdf(creator="SIAT en línea"))
        pdf.add_page()
        txt(pdf, 14, 12, vname, 12, "B", font="LSans", color=color)
        para(pdf, 14, 18, 110, f"CASA MATRIZ\nNo. Punto de Venta 0\n{vaddr}\nTeléfono: 3-842{digits(rng, 4)}\nCobija - Bolivia", 8, font="LSans", h=3.8)
        kv = [("NIT", vid), ("FACTURA N°", no), ("CÓD. AUTORIZACIÓN", cuf[:19] + "\n" + cuf[19:38] + "\n" + cuf[38:])]
        y = 12
        for a, b in kv:
            txt(pdf, 130, y, a, 8.2, "B", font="LSans")
            for k, part in enumerate(b.split("\n")):
                txt(pdf, 164, y + k * 3.8, part, 8.2 if k == 0 and a != "CÓD. AUTORIZACIÓN" else 6.6, font="LSans")
            y += 5 if a != "CÓD. AUTORIZACIÓN" else 13
        txt(pdf, 0, 46, "FACTURA", 15, "B", font="LSans", align="C", w=210)
        txt(pdf, 0, 53, "(Con Derecho a Crédito Fiscal)", 9, font="LSans", align="C", w=210)
        y = 62
        for (a, b), (c, e) in [(("Fecha:", d.strftime("%d/%m/%Y") + f" {rng.randint(8, 19):02d}:{rng.randint(10, 59)}"), ("NIT/CI/CEX:", bid)), (("Nombre/Razón Social:", CB_B[i]), ("Cod. Cliente:", f"{rng.randint(100, 9999)}")), (("Orden de compra:" if po else "", po or ""), ("", ""))]:
            txt(pdf, 14, y, a, 8.4, "B", font="LSans")
            txt(pdf, 50, y, b, 8.4, font="LSans")
            txt(pdf, 130, y, c, 8.4, "B", font="LSans")
            txt(pdf, 156, y, e, 8.4, font="LSans")
            y += 5
        cols = [("CÓDIGO\nPRODUCTO", 22), ("CANTIDAD\n", 20), ("UNIDAD DE\nMEDIDA", 20), ("DESCRIPCIÓN\n", 56), ("PRECIO\nUNITARIO", 22), ("DESCUENTO\n", 20), ("SUBTOTAL\n", 22)]
        x, top = 14, 80
        pdf.set_fill_color(*color)
        pdf.rect(14, top, 182, 9, "F")
        for title, w in cols:
            for k, part in enumerate(title.split("\n")):
                txt(pdf, x + 1, top + 1 + k * 3.8, part, 7.2, "B", font="LSans", color=(255, 255, 255))
            x += w
        y = top + 11
        for x_ in items:
            vals = [f"{rng.randint(10000, 99999)}", qstr(x_["qty"]), x_["unit"], x_["desc"], f(x_["price"]), f(x_["disc"]), f(x_["amount"])]
            cx = 14
            for (title, w), v in zip(cols, vals, strict=True):
                right = title.split("\n")[0] in ("CANTIDAD", "PRECIO", "DESCUENTO", "SUBTOTAL")
                txt(pdf, cx + 1, y, v, 8, font="LSans", align="R" if right else "L", w=w - 2)
                cx += w
            y += 5.6
        pdf.set_draw_color(*color)
        pdf.line(14, y, 196, y)
        y += 4
        yy = y
        for a, b, bold in [("SUBTOTAL Bs", f(sum(x["gross"] for x in items)), False), ("DESCUENTO Bs", f(sum(x["disc"] for x in items)), False), ("TOTAL Bs", f(total), True), ("MONTO GIFT CARD Bs", "0,00", False),
                           ("MONTO A PAGAR Bs", f(total), True), ("IMPORTE BASE CRÉDITO FISCAL Bs", f(total), False)]:
            txt(pdf, 14, yy, a, 8.4, "B" if bold else "", font="LSans")
            txt(pdf, 66, yy, b, 8.4, "B" if bold else "", font="LSans", align="R", w=30)
            yy += 5
        para(pdf, 108, y, 88, f"Son: {words.capitalize()}", 8.4, font="LSans", h=4.2)
        qr_fpdf(pdf, rng, 160, y + 14, 30)
        y = max(yy, y + 46) + 6
        para(pdf, 14, y, 182, "ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY", 8, "B", font="LSans", h=4, align="C")
        para(pdf, 14, y + 9, 182, "Ley N° 453: Tienes derecho a recibir información sobre las características y contenidos de los servicios que utilices.\n\"Este documento es la Representación Gráfica de un Documento Fiscal Digital emitido en una modalidad de facturación en línea\"", 7.4, font="LSans", h=3.7, align="C")
        pdf.output(path)

    notes = (
        "Cobija (Pando, Bolivia) SIAT FACTURA (Con Derecho a Crédito Fiscal) in Spanish: NIT, FACTURA N° and CÓD. AUTORIZACIÓN at the top right; column headers on TWO LINES, LEFT-ALIGNED over right-aligned numbers; " + ("line discounts; " if i in (1, 3) else "") + "the TOTALS at the LEFT under the table, the total in words at the right; IVA 13 % INCLUDED in the prices and not printed; Bolivianos '1.234,56'. "
        "vendor = the name at the top left; vendor_tax_id = 'NIT' (the buyer's 'NIT/CI/CEX', the client code and the authorisation code are decoys). invoice_number = 'FACTURA N°'; invoice_date = 'Fecha:' dd/mm/yyyy. No due date. " + po_note(po, "Orden de compra:")
        + "No net and no tax printed: subtotal null, tax null ('SUBTOTAL Bs' is the sum before discounts, a decoy; 'IMPORTE BASE CRÉDITO FISCAL' is the tax-inclusive base); total = 'TOTAL Bs' (= 'MONTO A PAGAR Bs'). Currency BOB. Line items: 'SUBTOTAL' per line after its discount, summing to the total."
    )
    t = truth(vname, vid, no, po, d, None, "BOB", None, None, total, items, notes)
    chk = [d.strftime("%d/%m/%Y"), no, vname, vid, bid, "MONTO A PAGAR", words.capitalize()[:40]]
    return t, chk, render
