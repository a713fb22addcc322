"""fpdf2 styles for set 71, second part (08 Keetmanshoop BELASTINGFAKTUUR in Afrikaans with a coloured LEFT SIDEBAR of
small-capital labels above their values, a table with rules between rows only, line discounts, BTW 15 %, Namibian
dollars '1 234,56' and a KREDIETNOTA; 09 Inhambane hotel's folio and factura in Portuguese with the TOTALS in a box at
the TOP, a dated ledger of charges, IVA 16 %, meticais, a deposit (adiantamento) deducted on two and dollar
counter-values; 10 May Pen hardware and farm store's invoice in English with a boxed grid of labels BESIDE values, a
zebra table with a position column and item codes and no rules, the TOTALS at the LEFT, a trade discount and GCT 15 %)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date, mz_nuit
from invoice_kit import (
    de,
    digits,
    en,
    iban,
    iban_fmt,
    lfont,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import due_note, lines, para, po_note, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Keetmanshoop (BTW 15 %, NAD), left sidebar, kredietnota
KE_V = [
    ("Kokerboom Boumateriaal (Edms) Bpk", "Fenchelstraat 18, Keetmanshoop", (120, 53, 15)),
    ("Suidwes Motorwerke BK", "Mittelstraat 41, Keetmanshoop", (30, 58, 138)),
    ("Karasberg Veevoer en Boerderybenodigdhede BK", "Industriële Gebied, Erf 512, Keetmanshoop", (22, 101, 52)),
    ("Vistrivier Loodgieters en Elektries (Edms) Bpk", "Sesde Laan 7, Keetmanshoop", (109, 40, 217)),
]
KE_B = ["Gibeon Dorpsraad", "Mnr. J. P. van der Merwe, Plaas Nabasib", "Seeheim Boerdery (Edms) Bpk", "Quivertree Forest Rest Camp"]
KE_ROWS = [
    [("Sement PPC 42,5N, 50 kg sak", "sak", 10, 120, 95, 140), ("Baksteen, stamp, per 1000", "1000", 1, 8, 1900, 2900), ("Dakplaat IBR 0,47 mm, 6 m", "st", 4, 40, 310, 520), ("Bouwsand, m³", "m³", 2, 12, 280, 450)],
    [("Remblokke voor, Toyota Hilux", "stel", 1, 2, 650, 1250), ("Olie 15W-40, 5 l", "blik", 1, 4, 420, 690), ("Arbeid, diens en herstel", "uur", 2, 9, 480, 720), ("Bande 265/65 R17 A/T", "st", 1, 4, 2900, 4200)],
    [("Lekstene, 25 kg blok", "blok", 4, 60, 140, 240), ("Luserne-bale", "baal", 10, 120, 110, 190), ("Skaapkorrels, 40 kg sak", "sak", 5, 80, 260, 410), ("Draadheining, 50 m rol", "rol", 1, 20, 680, 1150)],
    [("Sonkragwaterverwarmer 200 l", "st", 1, 2, 9800, 16500), ("Koperpyp 15 mm, 5,5 m", "lengte", 2, 20, 290, 480), ("Elektrisiën, arbeid", "uur", 2, 12, 380, 560), ("Geyser-termostaat", "st", 1, 4, 240, 420)],
]


@style("08", "na_kee_keetmanshoop_belastingfaktuur_btw_15_sidebar_left_small_caps_kredietnota")
def s08(rng, i):
    vname, vaddr, color = KE_V[i]
    credit = i == 1
    d = rand_date(rng)
    items = lines(rng, KE_ROWS[i], [4, 2, 3, 4][i], D("0.05"))
    for x in items:
        x["pct"] = rng.choice([0, 0, 5, 10]) if not credit else 0
        x["gross"] = x["amount"]
        x["amount"] = q2(x["gross"] * (100 - x["pct"]) / 100)
        if credit:
            x["qty"], x["amount"], x["gross"] = -x["qty"], -x["amount"], -x["gross"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = digits(rng, 7, True) + "-01-5"
    bvat = digits(rng, 7, True) + "-01-5" if i in (0, 2) else None
    no = [f"BF{rng.randint(10000, 99999)}", f"KN{rng.randint(1000, 9999)}", f"{rng.randint(100000, 199999)}", f"VLE/{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), lambda x: long_date(x, "af"), lambda x: x.strftime("%Y/%m/%d"), lambda x: long_date(x, "af")][i]
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    po = [f"BO {rng.randint(1000, 9999)}", None, f"{rng.randint(2000, 2999)}", None][i]
    orig = f"BF{rng.randint(10000, 99999)}" if credit else None
    acc = f"{['GIB', 'VDM', 'SEE', 'QTF'][i]}{rng.randint(100, 999)}"
    f = lambda x: sp(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Pastel Partner")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 58, 297, "F")
        white, pale = (255, 255, 255), (225, 225, 235)
        txt(pdf, 8, 14, "KREDIETNOTA" if credit else "BELASTING-", 13 if credit else 14, "B", color=white)
        if not credit:
            txt(pdf, 8, 21, "FAKTUUR", 14, "B", color=white)
        y = 34
        side = [("NOTA NR." if credit else "FAKTUUR NR.", no), ("DATUM", fd(d)), ("VERVALDATUM", fd(due) if due else None), ("U BESTELNOMMER", po), ("REKENINGNOMMER", acc),
                ("BTW-REGISTRASIENR.", vid), ("VERWYS NA FAKTUUR", orig)]
        for a, b in side:
            if b is None:
                continue
            txt(pdf, 8, y, a, 6.6, color=pale)
            txt(pdf, 8, y + 3.6, b, 9.4, "B", color=white)
            y += 11
        txt(pdf, 8, y + 2, "BEDRAG VERSKULDIG" if not credit else "BEDRAG GEKREDITEER", 6.6, color=pale)
        txt(pdf, 8, y + 6, "N$ " + f(total), 12.5, "B", color=white)
        para(pdf, 8, 232, 44, f"Bank Windhoek\nTak Keetmanshoop\nTakkode 48-19-72\nRek. {digits(rng, 10, True)}\nVerwysing: {acc}", 7.2, h=3.7, color=white)
        txt(pdf, 68, 14, vname, 13, "B", font="Serif", color=color)
        txt(pdf, 68, 20.5, vaddr + " · Tel. 063 22 " + digits(rng, 4), 8.2)
        txt(pdf, 68, 25, f"Reg. nr. CC/{rng.randint(2001, 2019)}/{digits(rng, 4)} · BTW-nr. {vid}", 7.8, color=(80, 80, 80))
        para(pdf, 68, 34, 80, "Aan:\n" + KE_B[i] + "\nPosbus " + str(rng.randint(10, 900)) + ", " + ["Gibeon", "Keetmanshoop", "Seeheim", "Keetmanshoop"][i] + (f"\nKliënt se BTW-nr. {bvat}" if bvat else ""), 8.6, h=4.4)
        if credit:
            para(pdf, 68, 58, 130, f"Krediet vir teruggestuurde goedere ingevolge faktuur {orig}. Rede: verkeerde onderdele gelewer.", 8, "I", h=4)
        cols = [("Beskrywing", 50, "L"), ("Hoev.", 12, "R"), ("Eenh.", 12, "L"), ("Eenheidsprys", 24, "R"), ("Afslag", 12, "R"), ("Bedrag (N$)", 22, "R")]
        rws = [[x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), f"{x['pct']}%" if x["pct"] else "–", f(x["amount"])] for x in items]
        y1 = table(pdf, 66, 68, cols, rws, size=7.8, rowh=6.2, header_color=color, line_color=(205, 205, 205))
        y1 += 6
        for a, b, bold in [("Subtotaal", f(net), False), ("BTW @ 15%", f(tax), False), ("Totaal krediet N$" if credit else "Totaal verskuldig N$", f(total), True)]:
            if bold:
                pdf.set_draw_color(*color)
                pdf.line(130, y1 - 1.2, 198, y1 - 1.2)
            txt(pdf, 130, y1, a, 8.8, "B" if bold else "")
            txt(pdf, 170, y1, b, 8.8, "B" if bold else "", w=28, align="R")
            y1 += 6
        para(pdf, 66, y1 + 8, 132, ("Betaling binne 30 dae na faktuurdatum. Goedere bly die eiendom van die verkoper tot volle betaling ontvang is." if due else
                                    "Kontant / kaart by aflewering betaal. Dankie vir u ondersteuning!" if not credit else "Die krediet sal teen u rekening verreken word."), 7.8, h=4, color=(70, 70, 70))
        txt(pdf, 66, 286, "Bladsy 1 van 1 · E&OE", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Keetmanshoop (//Karas, Namibia) " + ("KREDIETNOTA (credit note: quantities, amounts and totals printed NEGATIVE; the invoice it credits ('VERWYS NA FAKTUUR') is a decoy)" if credit else "BELASTINGFAKTUUR (tax invoice)")
        + " in Afrikaans with a coloured LEFT SIDEBAR of small-capital LABELS ABOVE their values, a table with rules between rows only and line discounts ('Afslag'), BTW 15 %, Namibian dollars 'N$ 1 234,56': "
        "vendor = the name at the top of the main column; vendor_tax_id = 'BTW-REGISTRASIENR.' (also 'BTW-nr.' under the address; the registration 'Reg. nr. CC/…', the client's BTW-nr., the account number and the bank account are decoys). "
        "invoice_number = '" + ("NOTA NR." if credit else "FAKTUUR NR.") + "'; invoice_date = 'DATUM'. "
        + due_note(due, "Kontant / kaart by aflewering" if not credit else None, "VERVALDATUM")
        + po_note(po, "U BESTELNOMMER")
        + "subtotal = 'Subtotaal'; tax = 'BTW @ 15%'; total = '" + ("Totaal krediet N$" if credit else "Totaal verskuldig N$") + "' (also 'BEDRAG …' in the sidebar). Currency NAD. Line items: every row after its discount."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "NAD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "Totaal", fd(due) if due else None, bvat, orig, acc]}
    return t, chk, render


# =========================================================================== 09 Inhambane (IVA 16 %, MZN), folio, totals top, deposit, USD
IN_V = [
    ("Casa do Mar Tofo, Lda.", "Praia do Tofo, Inhambane", (8, 145, 178)),
    ("Hotel Baía de Inhambane, S.A.", "Avenida da Independência 212, Cidade de Inhambane", (154, 52, 18)),
    ("Barra Reef Lodge, Lda.", "Praia da Barra, Inhambane", (21, 128, 61)),
    ("Pousada Sol de Inhambane, Lda.", "Rua dos Continuadores 45, Cidade de Inhambane", (124, 58, 237)),
]
IN_GUEST = [("Agência Mozaic Travel, Lda.", "Maputo"), ("Sr. Pieter Venter", "Nelspruit, África do Sul"), ("Ocean Divers Moçambique, Lda.", "Vilankulo"), ("Ministério da Terra e Ambiente – DPTA", "Inhambane")]
IN_ROWS = [("Alojamento – quarto duplo vista mar", 3200, 6800), ("Pequeno-almoço buffet", 450, 750), ("Jantar – restaurante", 900, 2600), ("Bar – bebidas", 250, 1400),
           ("Mergulho com tubarão-baleia (snorkel safari)", 2800, 4500), ("Lavandaria", 200, 700), ("Transfer aeroporto de Inhambane", 1500, 3000), ("Sala de reuniões, meio dia", 4000, 9000)]


@style("09", "mz_inh_inhambane_folio_factura_iva_16_totals_top_ledger_adiantamento_usd")
def s09(rng, i):
    vname, vaddr, color = IN_V[i]
    gname, gplace = IN_GUEST[i]
    d = rand_date(rng)
    nights = rng.randint(2, 6)
    arr = d - dt.timedelta(days=nights)
    items = []
    room = D(rng.randint(3200, 6800) // 50 * 50)
    rooms = rng.randint(1, 3) if i in (0, 3) else 1
    items.append({"desc": IN_ROWS[0][0], "qty": D(nights * rooms), "price": room, "amount": room * nights * rooms, "unit": "noite", "day": arr})
    for desc, lo, hi in rng.sample(IN_ROWS[1:], [4, 3, 5, 4][i]):
        q = D(rng.randint(1, 6))
        p = D(rng.randint(lo // 10, hi // 10) * 10)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q * p, "unit": "un", "day": arr + dt.timedelta(days=rng.randint(0, nights - 1))})
    items.sort(key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vid = mz_nuit(rng, "4")
    bnuit = mz_nuit(rng, "4" if i != 1 else "1")
    no = [f"FT {d.year}/{rng.randint(100, 999)}", f"FT HBI/{rng.randint(1000, 9999)}", f"FR {d.year}/{rng.randint(10, 99)}", f"{rng.randint(1000, 9999)}/{d.year}"][i]
    folio = f"{rng.randint(10000, 99999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "pt"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=15) if i in (0, 3) else None
    po = [f"REQ {rng.randint(100, 999)}/{d.year}", None, None, f"Nota de Encomenda {rng.randint(10, 99)}/DPTA/{d.year}"][i]
    po_v = po.split(" ")[-1] if po else None
    dep = q2(total * D(rng.choice([30, 50])) / 100 / 100) * 100 if i in (1, 2) else None
    rate = D(rng.choice(["63,88", "63,91", "64,02"]).replace(",", "."))
    usd = q2(total / rate) if i in (1, 2) else None
    ibanv = iban("MZ", "0001" + digits(rng, 17))
    slug = ["casadomartofo", "hotelbaiainhambane", "barrareef", "pousadasol"][i]
    f = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Protel Front Office")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", font="Serif", color=color)
        para(pdf, 14, 19, 100, f"{vaddr}, Moçambique\nNUIT {vid} · Alvará de turismo n.º {rng.randint(10, 999)}/{rng.randint(2010, 2022)}\nTel. +258 293 {digits(rng, 5)} · reservas@{slug}.co.mz", 8, h=4.1)
        # totals box at the top right
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        bx, by = 124, 10
        rows_t = [("Total sem IVA", f(net) + " MT", False), ("IVA 16%", f(tax) + " MT", False), ("TOTAL DA FACTURA", f(total) + " MT", True)]
        if dep:
            rows_t += [("Adiantamento recebido", "-" + f(dep) + " MT", False), ("Saldo a pagar", f(total - dep) + " MT", True)]
        pdf.rect(bx, by, 74, 8 + 6 * len(rows_t))
        pdf.set_line_width(0.2)
        pdf.set_fill_color(*color)
        pdf.rect(bx, by, 74, 6, "F")
        txt(pdf, bx + 2, by + 1.2, "RESUMO DA CONTA", 8, "B", color=(255, 255, 255))
        yy = by + 8
        for a, b, bold in rows_t:
            txt(pdf, bx + 2, yy, a, 8.2, "B" if bold else "")
            txt(pdf, bx + 36, yy, b, 8.2, "B" if bold else "", w=36, align="R")
            yy += 6
        if usd:
            txt(pdf, bx, yy + 2, f"Contravalor: USD {en(usd)} (câmbio BM {str(rate).replace('.', ',')})", 7.2, color=(90, 90, 90))
        # title and facts beside
        y = 52
        txt(pdf, 14, y, "FACTURA" if i != 2 else "FACTURA / RECIBO", 16, "B", color=color)
        y += 9
        facts = [("Factura n.º", no), ("Data de emissão", fd(d)), ("Vencimento", fd(due) if due else None), ("Requisição" if i == 0 else "Nota de Encomenda", po_v),
                 ("Folio", folio), ("Quarto", str(rng.randint(1, 40))), ("Chegada", fd(arr)), ("Partida", fd(d))]
        col = 0
        for a, b in facts:
            if b is None:
                continue
            x0 = 14 + col * 92
            txt(pdf, x0, y, a + ":", 8.2, color=(90, 90, 90))
            txt(pdf, x0 + 32, y, b, 8.6, "B")
            col = 1 - col
            if col == 0:
                y += 5
        y += 6 if col == 0 else 11
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(14, y, 184, 15)
        para(pdf, 16, y + 1.5, 180, f"Cliente: {gname}, {gplace}\nNUIT do cliente: {bnuit}", 8.4, h=4.4)
        y += 20
        cols = [("Data", 24, "L"), ("Descrição", 84, "L"), ("Qtd.", 14, "R"), ("Preço unit. (MT)", 30, "R"), ("Valor (MT)", 32, "R")]
        rws = [[x["day"].strftime("%d/%m"), x["desc"], qstr(x["qty"]), f(x["price"]), f(x["amount"])] for x in items]
        y = table(pdf, 14, y, cols, rws, size=8, rowh=6, header_fill=(240, 240, 240), line_color=(220, 220, 220))
        para(pdf, 14, y + 6, 184, ("Pagamento por transferência até à data de vencimento para o " if due else "Pago no check-out. Dados bancários: ")
             + f"BCI – Banco Comercial e de Investimentos, IBAN {iban_fmt(ibanv)}. IVA à taxa de 16 % nos termos do CIVA. Processado por programa certificado n.º {rng.randint(10, 99)}/AT/{rng.randint(2019, 2024)}.", 7.6, h=3.9, color=(70, 70, 70))
        txt(pdf, 14, 284, "Obrigado pela sua estadia · Volte sempre · Página 1 de 1", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Inhambane (Mozambique) hotel's FACTURA with its folio in Portuguese, the TOTALS in a box at the TOP right ('RESUMO DA CONTA'), the facts as LABEL: value pairs BESIDE each other in two columns, a dated ledger of charges, IVA 16 %, meticais '1.234,56 MT': "
        "vendor = the name at the top left; vendor_tax_id = 'NUIT' under the address (check digit valid; the client's NUIT, the tourism licence, the IBAN, the folio and room numbers are decoys). "
        "invoice_number = 'Factura n.º'; invoice_date = 'Data de emissão' (= the departure date 'Partida'; the arrival date and the ledger dates are decoys). "
        + due_note(due, "Pago no check-out", "Vencimento")
        + po_note(po_v, "Requisição / Nota de Encomenda")
        + "subtotal = 'Total sem IVA'; tax = 'IVA 16%'; total = 'TOTAL DA FACTURA'"
        + (" before the deposit (the 'Adiantamento recebido' and the 'Saldo a pagar' are decoys)" if dep else "")
        + (" (the USD counter-value at the BM rate is a decoy)" if usd else "")
        + ". Currency MZN ('MT'). Line items: every ledger row."
    )
    t = truth(vname, vid, no, po_v, d, due, "MZN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL DA FACTURA", fd(due) if due else None, bnuit, folio, en(usd) if usd else None, f(total - dep) if dep else None]}
    return t, chk, render


# =========================================================================== 10 May Pen (GCT 15 %, JMD), boxed grid beside, zebra, totals left, discount
MP_V = [
    ("Clarendon Farm & Hardware Supplies Ltd", "12 Main Street, May Pen, Clarendon", (153, 27, 27)),
    ("Denbigh Agro Centre Ltd", "Denbigh Showground Road, May Pen, Clarendon", (21, 128, 61)),
    ("Rio Minho Building Materials Co. Ltd", "45 Manchester Avenue, May Pen, Clarendon", (30, 64, 175)),
    ("Four Paths Plumbing & Electrical Ltd", "Toll Gate Road, Four Paths, May Pen P.O., Clarendon", (180, 83, 9)),
]
MP_B = [("Hayes Cornpiece Farmers Co-op", "Hayes, Clarendon"), ("Mr. Delroy Campbell", "Chapelton, Clarendon"), ("Lionel Town Construction Ltd", "Lionel Town, Clarendon"), ("Clarendon Parish Council", "May Pen, Clarendon")]
MP_CAT = [
    ("FER-1210", "Fertiliser 12-10-12, 50 kg bag", "bag", 2, 40, 5800, 8900), ("MAC-018", "Machete 18 in, Crocodile brand", "ea", 1, 24, 950, 1650), ("HOS-050", "Garden hose 50 ft", "ea", 1, 10, 2400, 3900),
    ("CEM-042", "Carib Cement 42.5 kg bag", "bag", 10, 120, 1650, 1950), ("STL-038", "Steel bar 3/8 in x 30 ft", "length", 10, 150, 980, 1450), ("ZNC-10", "Zinc sheet 26 gauge 10 ft", "sheet", 5, 60, 3100, 4200),
    ("PVC-112", "PVC pipe 1 1/2 in x 20 ft", "length", 2, 40, 1900, 2900), ("WIR-12", "Electrical wire #12 THHN, 500 ft roll", "roll", 1, 6, 16500, 24000), ("BRK-20", "Circuit breaker 20 A", "ea", 1, 20, 1150, 1850),
    ("FEE-050", "Chick starter feed 50 lb", "bag", 2, 30, 4200, 6100), ("PUM-05", "Knapsack sprayer 16 L", "ea", 1, 6, 6500, 9800), ("TNK-450", "Water tank 450 gal", "ea", 1, 2, 78000, 98000),
]


@style("10", "jm_myp_may_pen_invoice_gct_15_boxgrid_beside_zebra_pos_totals_left_discount")
def s10(rng, i):
    vname, vaddr, color = MP_V[i]
    bname, bplace = MP_B[i]
    d = rand_date(rng)
    keep = [None, ("FER", "MAC", "HOS", "FEE", "PUM", "TNK"), ("CEM", "STL", "ZNC", "PVC", "WIR", "BRK", "TNK"), ("PVC", "WIR", "BRK", "TNK", "HOS", "PUM")][i]
    cat = [(c[1], c[2], c[3], c[4], c[5], c[6], c[0]) for c in MP_CAT if keep is None or c[0][:3] in keep]
    items = lines(rng, cat, [5, 3, 6, 4][i], D("5"))
    gross = sum(x["amount"] for x in items)
    pct = [5, 0, 7.5, 10][i]
    disc = q2(gross * D(str(pct)) / 100)
    net = gross - disc
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}"
    btrn = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}" if i != 1 else None
    no = [f"INV{rng.randint(100000, 199999)}", f"DA-{rng.randint(10000, 99999)}", f"{rng.randint(40000, 49999)}", f"FP/{d.strftime('%y')}/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 30, 45])) if i in (0, 2, 3) else None
    po = [None, None, f"LTC-PO-{rng.randint(100, 999)}", f"CPC/{rng.randint(1000, 9999)}/{d.year}"][i]
    dn = f"DN {rng.randint(10000, 99999)}"
    f = lambda x: en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Caribbean")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", font="LSerif", color=color)
        para(pdf, 14, 19, 100, f"{vaddr}, Jamaica W.I.\nTel: (876) 986-{digits(rng, 4)} · (876) 902-{digits(rng, 4)}\nTRN: {vid} · GCT Reg. No. {vid.replace('-', '')}-000", 8, font="LSans", h=4.2)
        txt(pdf, 130, 12, "INVOICE", 20, "B", font="LSans", w=68, align="R", color=color)
        grid = [("Invoice No.", no), ("Date", fd(d)), ("Terms", "Net 30" if due else "Cash"), ("Due Date", fd(due) if due else None), ("Customer P.O.", po), ("Delivery Note", dn), ("Salesperson", rng.choice(["K. Williams", "S. Brown", "T. Grant", "M. Reid"]))]
        pdf.set_draw_color(150, 150, 150)
        y = 26
        for a, b in grid:
            if b is None:
                continue
            pdf.rect(122, y, 30, 5.6)
            pdf.rect(152, y, 46, 5.6)
            txt(pdf, 123.5, y + 1.2, a, 7.8, font="LSans", color=(80, 80, 80))
            txt(pdf, 153.5, y + 1.1, b, 8.4, "B", font="LSans")
            y += 5.6
        para(pdf, 14, 40, 96, f"SOLD TO:\n{bname}\n{bplace}" + (f"\nCustomer TRN: {btrn}" if btrn else "") + f"\nAcct. {rng.randint(1000, 9999)}", 8.6, font="LSans", h=4.4)
        ystart = max(y, 66) + 6
        cols = [("No.", 10, "R"), ("Item Code", 22, "L"), ("Description", 76, "L"), ("Qty", 14, "R"), ("Unit", 14, "L"), ("Unit Price", 24, "R"), ("Amount", 24, "R")]
        rws = [[str(k + 1), x["extra"], x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"])] for k, x in enumerate(items)]
        yy = table(pdf, 14, ystart, cols, rws, size=8, font="LSans", rowh=6.2, header_fill=color, header_color=(255, 255, 255), border_bottom=False, zebra=(243, 240, 236))
        yy += 8
        # totals at the LEFT, remarks at the right
        rows_t = [("Gross Amount", f(gross), False), (f"Less Trade Discount {pct}%", "-" + f(disc), False)] if disc else []
        rows_t += [("Sub-Total", f(net), False), ("GCT @ 15%", f(tax), False), ("TOTAL DUE J$", f(total), True)]
        y2 = yy
        for a, b, bold in rows_t:
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(14, y2 - 1.2, 84, 7, "F")
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 16, y2, a, 8.8, "B" if bold else "", font="LSans", color=c)
            txt(pdf, 60, y2, b, 8.8, "B" if bold else "", font="LSans", w=36, align="R", color=c)
            y2 += 6.4
        para(pdf, 110, yy, 88, ("Please make cheques payable to " + vname + " or pay by transfer to NCB May Pen branch, account " + digits(rng, 9, True) + ". Overdue accounts attract interest at 2% per month." if due else
                               "Paid in cash at the counter. Thank you!") + " Goods received in good order and condition. No returns on cut lengths or mixed fertiliser.", 7.6, font="LSans", h=3.9, color=(70, 70, 70))
        txt(pdf, 110, yy + 34, "Received by: ____________________", 8, font="LSans")
        txt(pdf, 14, 284, "Page 1 of 1 · E.&O.E. · All prices in Jamaican dollars", 7, font="LSans", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "May Pen (Clarendon, Jamaica) farm and hardware store's INVOICE in English with a BOXED GRID of LABELS BESIDE values at the top right, a zebra table WITHOUT RULES with a position column and item codes, "
        "the TOTALS at the LEFT under the table" + (", a trade discount on the gross" if disc else "") + ", GCT 15 %, '1,234.56' Jamaican dollars: "
        "vendor = the name at the top left; vendor_tax_id = 'TRN' (the GCT registration number built from it, the customer's TRN, the account and bank numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date'. "
        + due_note(due, "Cash", "Due Date")
        + po_note(po, "Customer P.O.")
        + "The delivery note is a decoy. subtotal = 'Sub-Total'" + (" (after the discount; 'Gross Amount' is the lines' sum)" if disc else "") + "; tax = 'GCT @ 15%'; total = 'TOTAL DUE J$'. Currency JMD. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "JMD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL DUE", fd(due) if due else None, btrn, dn], "line_adjustment": str(-disc)}
    return t, chk, render
