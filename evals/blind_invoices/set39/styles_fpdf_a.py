"""fpdf2 styles for set 39, first part (06 Guadalajara industrial supplier's printed CFDI 4.0 in Spanish with IVA 16 %,
a discount column per row, in pesos or (on one) US dollars with the exchange rate and, on one, TWO PAGES with the totals
on the last,
07 Medellín restaurant's factura electrónica de venta on an 80 mm ROLL with prices including the impuesto nacional al
consumo 8 %, the base and the INC taken out below, cash tendered and change, and a suggested tip, 08 Montréal design
studio's facture written as a LETTER in French with TPS 5 % and TVQ 9,975 % and a deposit deducted below the total)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import de, digits, en, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, kv, lines, para, po_note, qr_fpdf, totals, truth
from kit_words import es_words
from stdnum.ca import bn
from stdnum.co import nit
from stdnum.mx import rfc

STYLES, style = style_registry("fpdf2")


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def fr_le(x):
    """le 12 mars 2026 (1er for the first)."""
    return f"{'1er' if x.day == 1 else x.day} {MONTHS['fr'][x.month - 1]} {x.year}"


# =========================================================================== 06 Guadalajara (IVA 16 %, MXN or USD), CFDI 4.0 print, discount column, two pages on one
GD_V = [
    (
        "SUMINISTROS INDUSTRIALES TAPATÍOS SA DE CV",
        "SIT",
        "Av. Lázaro Cárdenas 3250, Col. Chapalita, Guadalajara, Jal.",
        "44500",
        (185, 28, 28),
    ),
    (
        "HERRAMIENTAS Y TORNILLERÍA DEL BAJÍO SA DE CV",
        "HTB",
        "Calz. Independencia Sur 1800, Col. Moderna, Guadalajara, Jal.",
        "44190",
        (30, 64, 175),
    ),
    (
        "ELECTROMECÁNICA ZAPOPAN SA DE CV",
        "EZA",
        "Av. Patria 2085, Col. Puerta de Hierro, Zapopan, Jal.",
        "45116",
        (21, 128, 61),
    ),
    (
        "PAPELERÍA Y EMPAQUES DE OCCIDENTE SA DE CV",
        "PEO",
        "Av. Vallarta 5600, Col. Jardines Vallarta, Zapopan, Jal.",
        "45027",
        (126, 34, 206),
    ),
]
GD_B = [
    ("TEQUILERA LOS ALTOS SA DE CV", "TLA", "47600", "G03 Gastos en general"),
    ("AUTOPARTES EL SALTO SA DE CV", "AES", "45680", "G01 Adquisición de mercancías"),
    ("HOSPITAL REAL SAN JOSÉ SA DE CV", "HRS", "45040", "G03 Gastos en general"),
    ("MANUFACTURAS ELECTRÓNICAS DE JALISCO SA DE CV", "MEJ", "45640", "G01 Adquisición de mercancías"),
]
GD_ROWS = [  # (desc, unit code, qlo, qhi, lo, hi, SAT product code) in MXN
    ("Guantes de nitrilo caja 100 pzas", "H87 Pieza", 2, 60, 145, 290, "46181504"),
    ("Tornillo hexagonal 3/8 x 2 in caja 100", "H87 Pieza", 1, 40, 210, 480, "31161500"),
    ("Disco de corte metal 4 1/2 in", "H87 Pieza", 10, 200, 18, 45, "27112700"),
    ("Cinta aislante 19 mm x 20 m", "H87 Pieza", 10, 150, 14, 32, "39121600"),
    ("Cable THW calibre 12 rollo 100 m", "XRO Rollo", 1, 30, 1150, 1890, "26121600"),
    ("Contactor trifásico 32 A", "H87 Pieza", 1, 12, 680, 1450, "39121500"),
    ("Lentes de seguridad", "H87 Pieza", 5, 80, 38, 95, "46181801"),
    ("Casco de seguridad tipo II", "H87 Pieza", 2, 40, 120, 260, "46181701"),
    ("Taladro percutor 1/2 in 850 W", "H87 Pieza", 1, 6, 1450, 2900, "27112700"),
    ("Caja de cartón corrugado 40x30x30", "H87 Pieza", 50, 1000, 12, 28, "24112700"),
    ("Película stretch 18 in rollo", "XRO Rollo", 4, 60, 190, 320, "24141500"),
    ("Etiqueta térmica 4x6 rollo 500", "XRO Rollo", 2, 50, 160, 290, "55121600"),
    ("Lubricante multiusos 400 ml", "H87 Pieza", 6, 120, 58, 110, "15121500"),
    ("Servicio de mantenimiento a tablero eléctrico", "E48 Servicio", 1, 1, 2800, 9500, "72151500"),
    ("Flete local", "E48 Servicio", 1, 2, 350, 1200, "78101800"),
    ("Brocha 3 in", "H87 Pieza", 5, 60, 35, 80, "27112000"),
    ("Pintura esmalte 4 l", "H87 Pieza", 1, 30, 420, 890, "31211500"),
    ("Interruptor termomagnético 20 A", "H87 Pieza", 2, 40, 120, 310, "39121600"),
    ("Lámpara LED tipo campana 150 W", "H87 Pieza", 1, 20, 980, 2400, "39111500"),
    ("Tubo conduit PVC 3/4 in tramo 3 m", "H87 Pieza", 10, 200, 24, 48, "39131700"),
    ("Cinta canela 48 mm x 150 m", "H87 Pieza", 12, 240, 22, 46, "31201500"),
    ("Esquinero de cartón 1 m", "H87 Pieza", 50, 800, 4, 9, "24112400"),
    ("Bota de seguridad dieléctrica", "H87 Par", 2, 30, 690, 1350, "46181605"),
    ("Multímetro digital", "H87 Pieza", 1, 6, 650, 1900, "41113000"),
    ("Guante de carnaza", "H87 Par", 10, 120, 45, 95, "46181504"),
]


def mx_rfc(rng, letters, d0):
    """A company's RFC (3 letters, the date of incorporation yymmdd, a homoclave whose last character is the check digit)
    that python-stdnum accepts with its check digit."""
    return valid(
        rng,
        lambda: (
            letters
            + d0.strftime("%y%m%d")
            + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(2))
            + rng.choice("0123456789A")
        ),
        lambda c: rfc.is_valid(c, validate_check_digits=True),
    )


@style("06", "mx_gdl_guadalajara_cfdi_iva_16_descuento_pages")
def s06(rng, i):
    vname, vlet, vaddr, cp, color = GD_V[i]
    bname, blet, bcp, uso = GD_B[i]
    d = rand_date(rng)
    n = [rng.randint(1, 3), rng.randint(5, 9), rng.randint(20, 25), rng.randint(3, 6)][i]
    usd = i == 3
    step = D("0.01") if usd else D("0.50")
    cat = [
        (a, u, ql, qh, D(lo) / 18 if usd else D(lo), D(hi) / 18 if usd else D(hi), c)
        for a, u, ql, qh, lo, hi, c in GD_ROWS
    ]
    items = lines(rng, cat, n, step)
    for x in items:
        pct = rng.choice([0, 0, 0, 5, 10]) if i in (1, 2) else 0
        x["disc"] = q2(x["amount"] * pct / 100)
    gross = sum(x["amount"] for x in items)
    disc = sum(x["disc"] for x in items)
    net = gross - disc
    tax = q2(net * D("0.16"))
    total = net + tax
    vid = mx_rfc(rng, vlet, d - dt.timedelta(days=rng.randint(2000, 9000)))
    bid = mx_rfc(rng, blet, d - dt.timedelta(days=rng.randint(2000, 9000)))
    serie = ["A", "F", "GDL", "EXP"][i]
    no = f"{serie}{rng.randint(100, 99999)}" if i != 2 else f"{serie}-{rng.randint(1000, 9999)}"
    t0 = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    iso = t0.strftime("%Y-%m-%dT%H:%M:%S")
    cert = (t0 + dt.timedelta(seconds=rng.randint(20, 900))).strftime("%Y-%m-%dT%H:%M:%S")
    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12))
    ppd = i in (0, 2)
    due = d + dt.timedelta(days=30) if i == 2 else None
    term = "Crédito 30 días" if i == 0 else None
    po = [
        f"OC-{rng.randint(10000, 99999)}",
        f"{rng.randint(4500000000, 4509999999)}",
        None,
        f"PO{rng.randint(100000, 999999)}",
    ][i]
    fx = D(rng.randint(168000, 205000)) / 10000
    cur = "USD" if usd else "MXN"
    words = f"({es_words(int(total)).upper()} {'DÓLARES' if usd else 'PESOS'} {int((total % 1) * 100):02d}/100 {'USD' if usd else 'M.N.'})"
    m = en
    split = 14 if n > 16 else None
    pages = 2 if split else 1

    def head(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(10, 8, 190, 1.5, "F")
        txt(pdf, 10, 12, vname, 10.5, "B", color=color)
        para(pdf, 10, 18, 110, f"RFC: {vid}\nRégimen fiscal: 601 General de Ley Personas Morales\n{vaddr}", 7.4, h=3.7)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(130, 11, 70, 30)
        kv(
            pdf,
            132,
            13,
            [
                ("Factura:", no),
                ("Tipo:", "I - Ingreso"),
                ("Fecha:", iso),
                ("Lugar de expedición:", cp),
                ("Folio fiscal:", None),
            ],
            wl=30,
            wv=36,
            size=7.4,
            step=4.2,
            align="L",
        )
        txt(pdf, 132, 30, "Folio fiscal (UUID):", 6.6, color=(90, 90, 90))
        txt(pdf, 132, 33.5, uuid, 6.4, "B")
        txt(pdf, 170, 37.5, f"Página {page} de {pages}", 6.2, color=(110, 110, 110))

    def render(path):
        pdf = new_fpdf(creator="CONTPAQi Comercial")
        pdf.add_page()
        head(pdf, 1)
        pdf.rect(10, 44, 190, 18)
        kv(
            pdf,
            12,
            46,
            [("Receptor:", bname), ("RFC receptor:", bid), ("Domicilio fiscal:", bcp), ("Uso CFDI:", uso)],
            wl=28,
            wv=100,
            size=7.4,
            step=3.8,
            align="L",
        )
        kv(
            pdf,
            140,
            46,
            [("Orden de compra:", po), ("Moneda:", cur), ("Tipo de cambio:", str(fx) if usd else None)],
            wl=28,
            wv=30,
            size=7.4,
            step=3.8,
            align="L",
        )
        if i == 1:
            txt(pdf, 10, 64, f"Guadalajara, Jalisco, a {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}", 7.6, "I")
        cols = [
            ("Clave SAT", 18, "L"),
            ("Cant.", 13, "R"),
            ("Unidad", 26, "L"),
            ("Descripción", 67, "L"),
            ("Valor unitario", 22, "R"),
            ("Importe", 22, "R"),
            ("Descuento", 22, "R"),
        ]

        def rows(xs):
            return [
                [x["extra"], qstr(x["qty"]), x["unit"], x["desc"], m(x["price"]), m(x["amount"]), m(x["disc"])]
                for x in xs
            ]

        first = items[:split] if split else items
        y = table(
            pdf, 10, 69, cols, rows(first), size=6.9, rowh=5.2, header_fill=(235, 235, 235), line_color=(210, 210, 210)
        )
        if split:
            txt(pdf, 10, 282, "Continúa en la página 2", 6.8, "I", color=(110, 110, 110))
            pdf.add_page()
            head(pdf, 2)
            y = table(
                pdf,
                10,
                46,
                cols,
                rows(items[split:]),
                size=6.9,
                rowh=5.2,
                header_fill=(235, 235, 235),
                line_color=(210, 210, 210),
            )
        y += 5
        para(
            pdf,
            10,
            y,
            110,
            f"Forma de pago: {'99 Por definir' if ppd else '03 Transferencia electrónica de fondos'}\nMétodo de pago: {'PPD Pago en parcialidades o diferido' if ppd else 'PUE Pago en una sola exhibición'}\nCondiciones de pago: {('Crédito 30 días, vence ' + due.strftime('%d/%m/%Y')) if due else (term or 'Contado')}\nExportación: 01 No aplica · Objeto de impuesto: 02 Sí objeto de impuesto",
            7.2,
            h=3.7,
        )
        totals(
            pdf,
            128,
            y,
            [
                ("Subtotal", m(gross), False),
                ("Descuento", m(disc), False),
                ("IVA Trasladado 16%", m(tax), False),
                (f"Total {cur}", m(total), True),
            ],
            wl=40,
            wv=32,
            size=8.2,
            line=color,
            step=5,
        )
        y += 24
        para(pdf, 10, y, 190, "Importe con letra: " + words, 7.4, "B", h=3.8)
        y = pdf.get_y() + 3
        qr_fpdf(pdf, rng, 10, y, 28)
        sello = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(300)
        )
        para(
            pdf,
            42,
            y,
            158,
            f"No. de serie del certificado del emisor: 0000100000050{digits(rng, 7)} · No. de serie del certificado del SAT: 0000100000050{digits(rng, 7)}\nFecha y hora de certificación: {cert}\nSello digital del CFDI: {sello[:150]}\nSello del SAT: {sello[150:]}",
            5.6,
            h=2.9,
        )
        txt(
            pdf,
            10,
            287,
            "Este documento es una representación impresa de un CFDI versión 4.0",
            6.4,
            color=(110, 110, 110),
        )
        pdf.output(path)

    notes = (
        "Guadalajara (Jalisco, Mexico) industrial supplier's printed CFDI 4.0 (factura, tipo I - Ingreso) in Spanish, "
        + (
            "in US DOLLARS with the exchange rate 'Tipo de cambio' printed ('1,234.56'), "
            if usd
            else "in pesos ('1,234.56'), "
        )
        + "IVA 16 %, a 'Descuento' column per row (the 'Importe' is before it), the totals 'Subtotal' (before the discount), 'Descuento', 'IVA Trasladado 16%', 'Total', the amount in Spanish words, the fiscal UUID, the certificate numbers and the seals"
        + (", TWO PAGES ('Página 1 de 2') with the totals only on the last" if split else "")
        + ": vendor = the name at the top (emisor); vendor_tax_id = its 'RFC' (the receptor's RFC, the UUID, the certificate numbers and the postal codes are decoys). "
        "invoice_number = 'Factura:' (serie and folio as printed); invoice_date = 'Fecha:' (the CFDI's yyyy-mm-ddThh:mm:ss"
        + ("; the long date line 'Guadalajara, Jalisco, a …' is the same day" if i == 1 else "")
        + "); the 'Fecha y hora de certificación' is a decoy. "
        + (
            "due_date = the date in 'Condiciones de pago: Crédito 30 días, vence …'. "
            if due
            else due_note(None, term, "")
        )
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal' as printed (BEFORE the discounts, as the CFDI's SubTotal; the 'Descuento' between it and the tax is the check file's total_adjustment); tax = 'IVA Trasladado 16%' (on the net after the discounts); total = 'Total "
        + cur
        + f"'. Currency {cur}. Line items: every row, its 'Importe' BEFORE the row's discount (the rows sum to the 'Subtotal')."
    )
    t = truth(vname, vid, no, po, d, due, cur, gross, tax, total, items, notes)
    chk = {
        "printed": [
            iso,
            no,
            vname,
            vid,
            f"Total {cur}",
            due.strftime("%d/%m/%Y") if due else None,
            uuid,
            bid,
            cert,
            "Página 2 de 2" if split else None,
        ],
        "total_adjustment": str(-disc),
    }
    return t, chk, render


# =========================================================================== 07 Medellín (INC 8 % included, COP), 80 mm roll
MD_V = [
    ("RESTAURANTE EL POBLADO GOURMET S.A.S.", "Cra. 37 # 8A-32, El Poblado, Medellín"),
    ("ASADERO LAURELES PARRILLA S.A.S.", "Cir. 4 # 73-110, Laureles, Medellín"),
    ("CAFÉ Y COCINA ENVIGADO LTDA.", "Cl. 38 Sur # 43-15, Envigado"),
    ("LA FONDA DE GUAYABAL S.A.S.", "Cra. 52 # 12 Sur-40, Guayabal, Medellín"),
]
MD_ROWS = [  # (desc, unit, qlo, qhi, lo, hi): prices with INC
    ("BANDEJA PAISA", "und", 1, 6, 34000, 42000),
    ("AJIACO SANTAFEREÑO", "und", 1, 4, 29000, 36000),
    ("SOBREBARRIGA AL HORNO", "und", 1, 4, 38000, 46000),
    ("CHURRASCO 400 G", "und", 1, 4, 52000, 68000),
    ("MONDONGO", "und", 1, 3, 27000, 33000),
    ("EMPANADAS X 3", "und", 1, 6, 9000, 14000),
    ("ARepa DE CHOCLO".upper(), "und", 1, 6, 8000, 13000),
    ("LIMONADA DE COCO", "und", 1, 8, 11000, 15000),
    ("JUGO NATURAL EN AGUA", "und", 1, 8, 7000, 10000),
    ("CERVEZA NACIONAL", "und", 1, 12, 7000, 9500),
    ("GASEOSA 400 ML", "und", 1, 8, 5000, 7000),
    ("POSTRE TRES LECHES", "und", 1, 4, 12000, 16000),
    ("TINTO", "und", 1, 8, 3000, 4500),
    ("CHICHARRÓN CARNUDO", "und", 1, 3, 18000, 26000),
]


@style("07", "co_mde_medellin_pos_impoconsumo_8_roll")
def s07(rng, i):
    vname, vaddr = MD_V[i]
    d = rand_date(rng)
    hh, mm_, ss = rng.randint(12, 22), rng.randint(0, 59), rng.randint(0, 59)
    items = lines(
        rng, MD_ROWS, [rng.randint(1, 2), rng.randint(4, 7), rng.randint(9, 13), rng.randint(2, 4)][i], D("100")
    )
    total = sum(x["amount"] for x in items)
    net = q0(total / D("1.08"))
    tax = total - net
    vid = valid(rng, lambda: "90" + digits(rng, 7) + str(rng.randint(0, 9)), nit.is_valid)
    vfmt = f"{int(vid[:-1]):,}".replace(",", ".") + "-" + vid[-1]
    prefix = ["FEPG", "LP", "CCE", "FG"][i]
    num = rng.randint(1200, 48000)
    no = f"{prefix} {num}" if i != 1 else f"{prefix}-{num}"
    res = f"1876{digits(rng, 10)}"
    rdate = d - dt.timedelta(days=rng.randint(60, 500))
    fd = [
        lambda x: x.isoformat(),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.isoformat(),
        lambda x: x.strftime("%d/%m/%Y"),
    ][i]
    company = i in (1, 2)
    bname, bid = (
        (
            rng.choice(
                [
                    ("INVERSIONES ANTIOQUIA S.A.S.", "901"),
                    ("TRANSPORTES ABURRÁ LTDA.", "800"),
                    ("CLÍNICA LAS AMÉRICAS", "890"),
                ]
            )
        )
        if company
        else ("CONSUMIDOR FINAL", None)
    )
    bidf = None
    if bid:
        b = valid(rng, lambda: bid + digits(rng, 6) + str(rng.randint(0, 9)), nit.is_valid)
        bidf = f"{int(b[:-1]):,}".replace(",", ".") + "-" + b[-1]
    cash = i in (0, 3)
    tendered = (total // 10000 + rng.randint(1, 5)) * 10000 if cash else None
    tip = q0(total * D("0.10") / 100) * 100
    cufe = "".join(rng.choice("0123456789abcdef") for _ in range(96))
    m = lambda x: "$ " + de(x, 0)  # noqa: E731
    po = None

    def render(path):
        nrows = len(items)
        h = 200 + nrows * 8
        pdf = new_fpdf(fmt=(80, h), creator="Siigo POS")
        pdf.add_page()
        W = 80
        y = 6
        for s, sz, st in (
            (vname, 8.4, "B"),
            (f"NIT {vfmt}", 7.6, ""),
            (vaddr, 6.6, ""),
            ("Responsable de INC - No responsable de IVA", 6.2, ""),
            (f"Tel. 604 {rng.randint(2000000, 4999999)}", 6.6, ""),
        ):
            pdf.set_font("Mono", st, sz)
            for part in (
                [s]
                if pdf.get_string_width(s) < W - 6
                else [s[: len(s) // 2 + s[len(s) // 2 :].find(" ")], s[len(s) // 2 + s[len(s) // 2 :].find(" ") + 1 :]]
            ):
                txt(pdf, 3, y, part, sz, st, font="Mono", w=W - 6, align="C")
                y += sz * 0.48
        y += 2
        txt(pdf, 3, y, "FACTURA ELECTRÓNICA DE VENTA", 7.8, "B", font="Mono", w=W - 6, align="C")
        y += 4.5
        txt(pdf, 3, y, f"No. {no}", 8.4, "B", font="Mono", w=W - 6, align="C")
        y += 5
        for a, b in (
            ("Fecha:", f"{fd(d)} {hh:02d}:{mm_:02d}:{ss:02d}"),
            ("Mesa:", str(rng.randint(1, 30))),
            ("Mesero:", rng.choice(["JUAN C.", "MARIA P.", "ANDRES G.", "LUISA F."])),
            ("Cliente:", bname),
            ("NIT/CC:", bidf or "222222222222"),
        ):
            txt(pdf, 3, y, a, 6.8, font="Mono")
            txt(pdf, 20, y, b, 6.8, font="Mono", w=W - 23, align="R")
            y += 3.5
        y += 1
        pdf.set_draw_color(0, 0, 0)
        pdf.set_dash_pattern(dash=0.8, gap=0.6)
        pdf.line(3, y, W - 3, y)
        y += 1.5
        txt(pdf, 3, y, "CANT DESCRIPCIÓN", 6.8, "B", font="Mono")
        txt(pdf, 50, y, "VALOR", 6.8, "B", font="Mono", w=27, align="R")
        y += 4
        for x in items:
            txt(pdf, 3, y, f"{qstr(x['qty']):>3}  {x['desc']}", 6.8, font="Mono")
            y += 3.4
            txt(pdf, 8, y, f"@ {m(x['price'])}", 6.4, font="Mono", color=(70, 70, 70))
            txt(pdf, 45, y, m(x["amount"]), 6.8, font="Mono", w=32, align="R")
            y += 4
        pdf.line(3, y, W - 3, y)
        y += 2
        rows_t = [("BASE GRAVABLE", m(net), False), ("IMPOCONSUMO 8%", m(tax), False), ("TOTAL", m(total), True)]
        for a, b, bold in rows_t:
            txt(pdf, 3, y, a, 8.4 if bold else 7, "B" if bold else "", font="Mono")
            txt(pdf, 40, y, b, 8.4 if bold else 7, "B" if bold else "", font="Mono", w=37, align="R")
            y += 5 if bold else 3.8
        pdf.line(3, y, W - 3, y)
        y += 2
        pay = (
            [("EFECTIVO", m(tendered)), ("CAMBIO", m(tendered - total))]
            if cash
            else [(rng.choice(["TARJETA DÉBITO", "TARJETA CRÉDITO", "NEQUI"]), m(total))]
        )
        for a, b in pay:
            txt(pdf, 3, y, a, 7, font="Mono")
            txt(pdf, 40, y, b, 7, font="Mono", w=37, align="R")
            y += 3.8
        y += 1
        txt(pdf, 3, y, "Propina sugerida 10% (voluntaria):", 6.4, font="Mono")
        y += 3.2
        txt(pdf, 40, y, m(tip), 6.4, font="Mono", w=37, align="R")
        y += 4
        para(
            pdf,
            3,
            y,
            W - 6,
            "La propina es voluntaria. Si no desea pagarla informe a su mesero. No forma parte de la factura.",
            5.8,
            font="Mono",
            h=2.8,
        )
        y = pdf.get_y() + 2
        para(
            pdf,
            3,
            y,
            W - 6,
            f"Resolución DIAN No. {res} del {rdate.isoformat()} prefijo {prefix} del 1 al 50000, vigencia 24 meses.",
            5.8,
            font="Mono",
            h=2.8,
        )
        y = pdf.get_y() + 2
        txt(pdf, 3, y, "CUFE:", 5.8, "B", font="Mono")
        y += 3
        para(pdf, 3, y, W - 6, cufe, 5.2, font="Mono", h=2.5)
        y = pdf.get_y() + 2
        qr_fpdf(pdf, rng, 24, y, 32)
        y += 35
        txt(pdf, 3, y, "Software: Siigo S.A.S. NIT 830.048.145-8", 5.6, font="Mono", w=W - 6, align="C")
        txt(pdf, 3, y + 3.5, "¡GRACIAS POR SU VISITA!", 6.8, "B", font="Mono", w=W - 6, align="C")
        pdf.output(path)

    notes = (
        "Medellín (Colombia) restaurant's FACTURA ELECTRÓNICA DE VENTA printed on an 80 mm ROLL (monospaced), in whole pesos with dots ('$ 123.400'), the row prices INCLUDE the impuesto nacional al consumo (INC) 8 %, which is taken out below ('BASE GRAVABLE', 'IMPOCONSUMO 8%', 'TOTAL'); "
        + ("paid in cash with 'EFECTIVO' tendered and 'CAMBIO' (change); " if cash else "paid by card or transfer; ")
        + "a suggested voluntary tip of 10 % outside the invoice, the DIAN resolution (number, date, range), the CUFE and a QR code: "
        "vendor = the name at the top; vendor_tax_id = its 'NIT' with its check digit (the customer's NIT/CC, the software company's NIT and the resolution number are decoys). "
        "invoice_number = 'No.' under the title (prefix and number as printed); invoice_date = 'Fecha:' ("
        + [
            "yyyy-mm-dd with the time",
            "dd/mm/yyyy with the time",
            "yyyy-mm-dd with the time",
            "dd/mm/yyyy with the time",
        ][i]
        + "); the resolution's date, the table and the waiter are decoys. No due date (paid at the table, null). No PO. "
        "subtotal = 'BASE GRAVABLE'; tax = 'IMPOCONSUMO 8%'; total = 'TOTAL' (the tendered cash, the change and the tip are not totals). Currency COP. Line items: every row, prices with the INC (the rows sum to the total)."
    )
    t = truth(vname, vfmt, no, po, d, None, "COP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vfmt, "TOTAL", res, de(tip, 0), de(tendered, 0) if cash else None, bidf]}
    return t, chk, render


# =========================================================================== 08 Montréal (TPS 5 % + TVQ 9,975 %, CAD), a letter, deposit deducted
MT_V = [
    ("Atelier Lachine Design inc.", "2100, rue Notre-Dame Ouest, Montréal (Québec) H3J 1N1", (30, 64, 175)),
    ("Studio Mile-End Graphisme inc.", "5455, avenue de Gaspé, bureau 410, Montréal (Québec) H2T 3B3", (190, 24, 93)),
    ("Rosemont Architecture intérieure S.E.N.C.", "3200, boulevard Rosemont, Montréal (Québec) H1Y 1M1", (4, 120, 87)),
    ("Les Ateliers du Plateau ltée", "4380, rue Saint-Denis, Montréal (Québec) H2J 2L1", (146, 64, 14)),
]
MT_B = [
    (
        "Madame Geneviève Tremblay",
        "Directrice des communications",
        "Caisse Desjardins du Plateau",
        "1255, avenue du Mont-Royal Est, Montréal (Québec) H2J 1Y4",
    ),
    (
        "Monsieur Karim Benali",
        "Propriétaire",
        "Boulangerie Villeray enr.",
        "7480, rue Saint-Hubert, Montréal (Québec) H2R 2N3",
    ),
    (
        "Madame Sophie Gagnon",
        "Vice-présidente, Opérations",
        "Groupe hôtelier Vieux-Port inc.",
        "355, rue de la Commune Ouest, Montréal (Québec) H2Y 2E1",
    ),
    (
        "Monsieur Louis-Philippe Roy",
        "Directeur général",
        "Clinique dentaire Outremont",
        "1100, avenue Bernard, Outremont (Québec) H2V 1V1",
    ),
]
MT_ROWS = [  # (desc, unit, qlo, qhi, lo, hi)
    ("Conception graphique", "h", 3, 40, 85, 125),
    ("Direction artistique", "h", 2, 20, 110, 160),
    ("Plans d'aménagement intérieur", "h", 4, 30, 95, 140),
    ("Rendus 3D", "unité", 1, 8, 350, 900),
    ("Impression grand format", "unité", 1, 12, 120, 480),
    ("Révisions et corrections", "h", 1, 10, 75, 110),
    ("Gestion de projet", "h", 2, 16, 80, 120),
    ("Installation sur place", "h", 2, 12, 70, 95),
    ("Photographie de produits", "séance", 1, 3, 450, 1200),
]


@style("08", "ca_yul_montreal_lettre_facture_tps_tvq_acompte")
def s08(rng, i):
    vname, vaddr, color = MT_V[i]
    pname, ptitle, bname, baddr = MT_B[i]
    d = rand_date(rng)
    items = lines(rng, MT_ROWS, [1, rng.randint(2, 4), rng.randint(4, 6), rng.randint(2, 3)][i], D("0.50"))
    net = sum(x["amount"] for x in items)
    tps, tvq = q2(net * D("0.05")), q2(net * D("0.09975"))
    tax = tps + tvq
    total = net + tax
    dep = q2(total * D(rng.choice([25, 30, 40, 50])) / 100 / 10) * 10 if i != 0 else None
    bal = total - (dep or 0)
    vbn = valid(rng, lambda: digits(rng, 9, True), bn.is_valid)
    vid = f"{vbn} RT0001"
    qst = f"{digits(rng, 10, True)} TQ0001"
    no = [
        f"{d.year}-{rng.randint(1, 999):03d}",
        f"F{rng.randint(1000, 9999)}",
        f"RAI-{rng.randint(100, 999)}",
        f"{rng.randint(10000, 99999)}",
    ][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 2 else None
    term = None if due else "payable sur réception"
    po = [None, None, f"BC-{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{d.strftime('%y')}"][i]
    quote = f"S-{rng.randint(100, 999)}"
    qd = d - dt.timedelta(days=rng.randint(20, 90))
    start = d - dt.timedelta(days=rng.randint(10, 40))
    m = lambda x: sp(x) + " $"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 22, 16, vname, 15, "B", font="Serif", color=color)
        txt(pdf, 22, 24, vaddr, 8, font="Serif", color=(90, 90, 90))
        txt(
            pdf,
            22,
            28.5,
            f"Tél. 514 {rng.randint(200, 999)}-{rng.randint(1000, 9999)} · TPS {vid} · TVQ {qst}",
            7.6,
            font="Serif",
            color=(90, 90, 90),
        )
        pdf.set_draw_color(*color)
        pdf.line(22, 33, 188, 33)
        txt(pdf, 120, 40, f"Montréal, le {fr_le(d)}", 10, font="Serif", w=68, align="R")
        para(pdf, 22, 50, 100, f"{pname}\n{ptitle}\n{bname}\n{baddr}", 10, font="Serif", h=5)
        y = 80
        txt(
            pdf,
            22,
            y,
            f"Objet : Facture no {no}" + (f" – votre bon de commande {po}" if po else ""),
            10,
            "B",
            font="Serif",
        )
        y += 9
        sal = "Madame," if pname.startswith("Madame") else "Monsieur,"
        y = para(
            pdf,
            22,
            y,
            166,
            f"{sal}\n\nPour faire suite à notre soumission {quote} du {fr_le(qd)}, nous vous transmettons notre facture pour les travaux réalisés du {fr_le(start)} au {fr_le(d)}, détaillés ci-dessous.",
            10,
            font="Serif",
            h=5.2,
        )
        y += 4
        cols = [("Description", 92, "L"), ("Qté", 18, "R"), ("Taux", 26, "R"), ("Montant", 30, "R")]
        rows = [
            [x["desc"], qstr(x["qty"]) + (" h" if x["unit"] == "h" else ""), m(x["price"]), m(x["amount"])]
            for x in items
        ]
        y = table(pdf, 22, y, cols, rows, size=9, font="Serif", rowh=6, line_color=(200, 200, 200))
        y += 3
        rt = [
            ("Sous-total", m(net), False),
            ("TPS (5 %)", m(tps), False),
            ("TVQ (9,975 %)", m(tvq), False),
            ("Total", m(total), True),
        ]
        if dep:
            rt += [
                (f"Moins : acompte reçu le {(start - dt.timedelta(days=3)).strftime('%Y-%m-%d')}", "-" + m(dep), False),
                ("Solde à payer", m(bal), True),
            ]
        totals(pdf, 98, y, rt, wl=58, wv=32, size=9, font="Serif", line=color, step=5.6)
        y += 5.6 * len(rt) + 6
        ptxt = (
            f"Le solde de {m(bal)} est payable dans les {(due - d).days} jours, soit au plus tard le {fr_le(due)}, par virement Interac à comptabilite@{vname.split()[1].lower().replace('-', '')}.ca ou par chèque à l'ordre de {vname.rstrip('.')}."
            if due
            else f"Le montant de {m(bal)} est {term}, par virement ou par chèque à l'ordre de {vname.rstrip('.')}."
        )
        y = para(
            pdf,
            22,
            y,
            166,
            ptxt + " Nous vous remercions de votre confiance et demeurons à votre disposition pour toute question.",
            10,
            font="Serif",
            h=5.2,
        )
        y = para(
            pdf,
            22,
            y + 6,
            166,
            "Veuillez agréer, " + sal[:-1] + ", l'expression de nos sentiments distingués.",
            10,
            font="Serif",
            h=5.2,
        )
        txt(
            pdf,
            22,
            y + 16,
            rng.choice(["Julie Lefebvre", "Marc-André Côté", "Nadia Bouchard", "Olivier Pelletier"]),
            10,
            font="Serif",
        )
        txt(pdf, 22, y + 21, "Associée" if i % 2 else "Président", 8.6, "I", font="Serif", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Montréal (Québec, Canada) design studio's facture written as a LETTER in French ('Montréal, le 12 mars 2026', addressee, 'Objet : Facture no …', running text) with a small fee table, in dollars with spaces and a decimal comma ('1 234,56 $'), TPS 5 % and TVQ 9,975 % on the subtotal (no total of the taxes printed: the tax is the two rows)"
        + (
            ", and below the total a DEPOSIT deducted ('Moins : acompte reçu le …') and the 'Solde à payer'"
            if dep
            else ""
        )
        + ": vendor = the letterhead name; vendor_tax_id = its TPS number ('… RT0001'; the TVQ number '… TQ0001' is the Québec one, a decoy). "
        "invoice_number = 'Facture no' in the subject line; invoice_date = the letter's date ('Montréal, le …'); the quote 'soumission' and its date, the work period and the deposit's date are decoys. "
        + (
            "due_date = the date in the payment sentence ('soit au plus tard le …'). "
            if due
            else f"'{term}' is a term: no due date (null). "
        )
        + po_note(po, "votre bon de commande")
        + "subtotal = 'Sous-total'; tax = 'TPS (5 %)' + 'TVQ (9,975 %)'; total = 'Total'"
        + (" (BEFORE the deposit; the 'Solde à payer' is not the total)" if dep else "")
        + ". Currency CAD. Line items: every fee row."
    )
    t = truth(vname, vid, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {
        "printed": [
            f"Montréal, le {fr_le(d)}",
            no,
            vname,
            vid,
            "Total",
            fr_le(due) if due else None,
            quote,
            qst,
            sp(bal) if dep else None,
        ],
        "tax_parts": [str(tps), str(tvq)],
    }
    return t, chk, render
