"""fpdf2 styles for set 73, second part (08 Nuwara Eliya TAX INVOICE on a LANDSCAPE page with a FULLY RULED grid whose
rows carry the VAT 18 % and the gross, the totals in a ruled block at the LEFT under the grid, ISO dates and on one a
US-dollar counter-value; 09 Maliana fatura in Portuguese whose header lines print the VALUE FIRST and its LABEL AT
THE LINE'S END, an unruled table, the services tax 5 %, US dollars '1.234,56', a sinal deducted and the total in
Portuguese words; 10 Motueka TAX INVOICE with a coloured RIGHT SIDEBAR of labels beside values, rules between rows only,
GST 15 % at the bottom right, and one CREDIT NOTE)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import nz_ird
from invoice_kit import de, digits, en, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, pt_date, truth, wrap
from kit_words import pt_words
from stdnum import ean

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Nuwara Eliya (VAT 18 %, LKR), landscape, fully ruled, totals left
NE_V = [
    ("Hill Country Tea Machinery Engineers (Pvt) Ltd", "No. 42, Badulla Road, Nuwara Eliya", (20, 83, 45)),
    ("Lake Gregory Leisure Hotels (Pvt) Ltd", "Gregory Lake Road, Nuwara Eliya", (30, 58, 138)),
    ("Pedro Valley Transport Services (Pvt) Ltd", "No. 7, Kandy Road, Nuwara Eliya", (120, 53, 15)),
    ("Highland Greenhouse & Agri Supplies (Pvt) Ltd", "No. 118, Lawson Street, Nuwara Eliya", (15, 118, 110)),
]
NE_B = [("Pedro Estate Tea Factory", "Pedro Estate, Nuwara Eliya"), ("Serendib Journeys GmbH (Sri Lanka office)", "Ward Place, Colombo 07"),
        ("Uva Highlands Tea Brokers (Pvt) Ltd", "Bandarawela Road, Welimada"), ("Kandapola Organic Farms (Pvt) Ltd", "Kandapola, Nuwara Eliya")]
NE_ROWS = [
    [("Rewinding of withering fan motor 7.5 kW", "job", 1, 3, 38000, 65000), ("CTC roller re-cutting, pair", "pair", 1, 4, 42000, 78000), ("Dryer chain link replacement", "link", 10, 60, 850, 1600),
     ("Sifter mesh 12 / 14, square metre", "m2", 2, 12, 4200, 7800), ("Site labour, technician day", "day", 1, 10, 6500, 9500), ("Bearing 6310 ZZ supplied and fitted", "no", 2, 12, 4800, 8900)],
    [("Deluxe room, lake view, half board (per night)", "night", 2, 24, 28000, 46000), ("Conference hall, full day", "day", 1, 3, 65000, 120000), ("High tea, per guest", "pax", 10, 40, 2400, 3900),
     ("Guided walk Victoria Park and Galway's Land, per group", "group", 1, 3, 12000, 25000), ("Airport transfer, Colombo - Nuwara Eliya, van", "trip", 1, 4, 38000, 52000)],
    [("Lorry hire 10 t, Nuwara Eliya - Colombo auction", "trip", 1, 8, 58000, 92000), ("Lorry hire 5 t, estate to factory, per day", "day", 2, 20, 16000, 26000), ("Loading and unloading, per tea chest lot", "lot", 4, 40, 900, 1800),
     ("Waiting charges after 4 hours, per hour", "hr", 1, 10, 1500, 2500), ("Tarpaulin and lashing, per trip", "trip", 1, 8, 1200, 2400)],
    [("Polytunnel UV film 200 micron, square metre", "m2", 50, 600, 380, 650), ("Drip irrigation kit 1/4 acre", "kit", 1, 6, 42000, 68000), ("Shade net 50 %, square metre", "m2", 50, 400, 210, 360),
     ("Seed trays 104 cell", "no", 20, 200, 180, 320), ("Installation of polytunnel, per tunnel", "no", 1, 4, 45000, 85000), ("Soil testing and report", "sample", 1, 6, 3500, 6500)],
]


@style("08", "lk_nuw_nuwara_eliya_tax_invoice_vat_18_landscape_fully_ruled_totals_left_iso_usd")
def s08(rng, i):
    vname, vaddr, color = NE_V[i]
    bname, baddr = NE_B[i]
    d = rand_date(rng)
    items = lines(rng, NE_ROWS[i], [5, 4, 4, 5][i], D("50"))
    for x in items:
        x["day"] = d - dt.timedelta(days=rng.randint(1, 25))
        x["vat"] = q2(x["amount"] * D("0.18"))
        x["ref"] = f"{['JC', 'RES', 'TR', 'DN'][i]}-{rng.randint(1000, 9999)}"
    items.sort(key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    tin = "1" + digits(rng, 8)
    vid = f"{tin}-7000"
    bvat = f"1{digits(rng, 8)}-7000"
    no = [f"HCT/INV/{rng.randint(1000, 9999)}", f"LGH-{d.strftime('%y')}-{rng.randint(10000, 99999)}", f"PVT{rng.randint(100000, 999999)}", f"HGA/{d.year}/{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 2, 3) else None
    po = [f"PEF/PO/{rng.randint(100, 999)}", f"SJ-{rng.randint(10000, 99999)}", None, f"KOF-{rng.randint(100, 999)}"][i]
    usd_rate = D(rng.choice(["296.85", "299.40", "301.12", "294.70"]))
    usd = q2(total / usd_rate) if i == 1 else None
    reg = f"PV 00{rng.randint(10000, 99999)}"
    f = lambda x: en(x)  # noqa: E731
    fd = lambda x: x.isoformat()  # noqa: E731

    def render(path):
        pdf = new_fpdf("L", creator="SAP Business One")
        pdf.add_page()
        W = 297
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, W, 20, "F")
        txt(pdf, 12, 5, vname, 14, "B", color=(255, 255, 255))
        txt(pdf, 12, 12.5, f"{vaddr} · Tel 052 22{digits(rng, 5)} · Company Reg. No. {reg}", 8, color=(235, 235, 235))
        txt(pdf, 200, 5, "TAX INVOICE", 18, "B", w=85, align="R", color=(255, 255, 255))
        # ruled facts grid, labels beside
        facts = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Supplier's TIN", tin), ("Supplier's VAT Reg. No.", vid), ("Purchase Order No.", po or "-"), ("Payment Due", fd(due) if due else "Immediate")]
        pdf.set_draw_color(120, 120, 120)
        for k, (a, b) in enumerate(facts):
            x = 12 + (k % 3) * 91
            y = 25 + (k // 3) * 7
            pdf.rect(x, y, 38, 7)
            pdf.rect(x + 38, y, 53, 7)
            txt(pdf, x + 1.5, y + 1.6, a, 7.6, color=(70, 70, 70))
            txt(pdf, x + 39.5, y + 1.5, b, 8.6, "B")
        pdf.rect(12, 41, 273, 12)
        para(pdf, 14, 42.2, 180, f"Purchaser: {bname}, {baddr}\nPurchaser's VAT Reg. No.: {bvat} · Place of supply: Nuwara Eliya, Central Province", 8.2, h=4.6)
        cols = [("No", 9, "C"), ("Date", 22, "C"), ("Reference", 22, "C"), ("Description of goods / services", 88, "L"), ("Qty", 14, "R"), ("Unit", 14, "C"), ("Rate (Rs.)", 24, "R"), ("Value (Rs.)", 27, "R"), ("VAT 18% (Rs.)", 25, "R"), ("Total (Rs.)", 28, "R")]
        rws = [[str(k + 1), fd(x["day"]), x["ref"], wrap(x["desc"], 54), qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"]), f(x["vat"]), f(x["amount"] + x["vat"])] for k, x in enumerate(items)]
        y0 = 57
        y1 = table(pdf, 12, y0, cols, rws, size=7.8, rowh=6.4, header_fill=(232, 236, 232), line_color=(120, 120, 120))
        frame(pdf, 12, y0, y1, cols, color=(120, 120, 120))
        # totals block at the left
        rows_t = [("Total value of supply (Rs.)", f(net), False), ("VAT amount @ 18% (Rs.)", f(tax), False), ("Total amount including VAT (Rs.)", f(total), True)]
        yt = y1 + 5
        for a, b, bold in rows_t:
            pdf.rect(12, yt, 70, 7)
            pdf.rect(82, yt, 36, 7)
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(12, yt, 106, 7, "F")
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 14, yt + 1.6, a, 8.4, "B" if bold else "", color=c)
            txt(pdf, 84, yt + 1.6, b, 8.6, "B" if bold else "", w=32, align="R", color=c)
            yt += 7
        if usd:
            txt(pdf, 12, yt + 2, f"For information: USD {en(usd)} at the CBSL indicative rate of Rs. {usd_rate} per USD on {fd(d)}.", 7.6, color=(80, 80, 80))
        para(pdf, 130, y1 + 5, 155, "Payment by cheque in favour of " + vname + f" or transfer to Commercial Bank of Ceylon PLC, Nuwara Eliya branch, A/C {digits(rng, 10, True)} (SWIFT CCEYLKLX). "
             "Please quote the invoice number. Goods / services received in good condition. Interest at 2 % per month on overdue balances.", 7.6, h=3.9, color=(70, 70, 70))
        txt(pdf, 200, y1 + 30, "Authorised signature ........................", 8, w=85, align="R")
        txt(pdf, 12, 200, f"Page 1 of 1 · Printed {fd(d)} · E. & O.E.", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Nuwara Eliya (Central Province, Sri Lanka) TAX INVOICE in English on a LANDSCAPE page: a ruled grid of LABELS BESIDE values, a FULLY RULED table whose rows carry their value, VAT 18 % and total, "
        "the totals in a ruled block at the LEFT under the grid, '1,234.56' rupees, ISO dates: "
        "vendor = the name in the coloured band; vendor_tax_id = 'Supplier's VAT Reg. No.' (the supplier's TIN is the same number without '-7000'; the purchaser's VAT number, the company registration number, the row references and the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the rows' dates and the print date are decoys or repeat it). "
        + due_note(due, "Immediate", "Payment Due")
        + po_note(po, "Purchase Order No.")
        + "subtotal = 'Total value of supply'; tax = 'VAT amount @ 18%' (the sum of the rows' VAT); total = 'Total amount including VAT'. Currency LKR ('Rs.')"
        + ("; the USD amount 'for information' and its rate are decoys" if usd else "")
        + ". Line items: every row at its 'Value' (before VAT) with its quantity."
    )
    t = truth(vname, vid, no, po, d, due, "LKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total amount including VAT", fd(due) if due else None, bvat, reg, en(usd) if usd else None]}
    return t, chk, render


# =========================================================================== 09 Maliana (services tax 5 %, USD), value then label, sinal, words
ML_V = [
    ("Pousada Vale de Maliana, Lda.", "Rua de Holsa, Maliana, Município de Bobonaro", (22, 101, 52)),
    ("Restaurante e Catering Lagoa Bobonaro, Lda.", "Estrada de Batugadé, Maliana, Bobonaro", (154, 52, 18)),
    ("Hotel Monte Loelaco, Lda.", "Aldeia Ritabou, Maliana, Bobonaro", (30, 64, 175)),
    ("Casa de Hóspedes Fronteira Oeste, Lda.", "Rua do Mercado, Maliana, Bobonaro", (107, 33, 168)),
]
ML_B = [("Cooperativa Café Bobonaro", "Atabae, Bobonaro"), ("Agência de Desenvolvimento Rural – Projeto Irrigação Maliana", "Díli"),
        ("Organização Saúde Comunitária Timor", "Bairro Pité, Díli"), ("Ministério da Agricultura – Direção Municipal", "Maliana")]
ML_ROWS = [
    [("Alojamento, quarto duplo com pequeno-almoço (noite)", "noite", 2, 14, D("35.00"), D("55.00")), ("Almoço de trabalho, por pessoa", "pax", 6, 40, D("6.50"), D("12.00")),
     ("Sala de reuniões, dia inteiro", "dia", 1, 3, D("40.00"), D("90.00")), ("Serviço de lavandaria, por quilo", "kg", 4, 20, D("1.50"), D("2.50"))],
    [("Catering de almoço para formação, por pessoa", "pax", 20, 80, D("5.50"), D("9.50")), ("Pausa para café com bolos, por pessoa", "pax", 20, 80, D("1.75"), D("3.50")),
     ("Jantar de encerramento, por pessoa", "pax", 20, 60, D("9.00"), D("16.00")), ("Água mineral 1,5 l, por caixa", "cx", 2, 20, D("3.25"), D("5.00"))],
    [("Alojamento, quarto individual (noite)", "noite", 3, 20, D("30.00"), D("48.00")), ("Pensão completa, por pessoa e dia", "pax", 3, 20, D("14.00"), D("22.00")),
     ("Aluguer de sala para workshop, meio dia", "sessão", 1, 4, D("25.00"), D("45.00")), ("Transporte local, viatura com motorista (dia)", "dia", 1, 5, D("45.00"), D("75.00"))],
    [("Alojamento, quarto duplo (noite)", "noite", 2, 16, D("25.00"), D("40.00")), ("Refeições da equipa técnica, por pessoa", "pax", 6, 30, D("5.00"), D("9.00")),
     ("Aluguer de gerador durante evento, dia", "dia", 1, 3, D("30.00"), D("60.00")), ("Decoração e montagem do espaço", "serv.", 1, 1, D("60.00"), D("150.00"))],
]


def _usd_pt(x):
    whole = int(x)
    c = int(q2(x - whole) * 100)
    s = pt_words(whole) + (" dólares americanos" if whole != 1 else " dólar americano")
    return s + (f" e {pt_words(c)} cêntimos" if c else "")


@style("09", "tl_mal_maliana_fatura_imposto_servicos_5_value_then_label_eol_unruled_sinal_words")
def s09(rng, i):
    vname, vaddr, color = ML_V[i]
    bname, baddr = ML_B[i]
    d = rand_date(rng)
    items = lines(rng, ML_ROWS[i], [4, 3, 4, 3][i], D("0.25"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    sinal = (total * D(rng.choice([25, 40, 50])) / 100).quantize(D("1")) if i in (0, 2) else None
    vid = digits(rng, 7, True)
    bnif = digits(rng, 7, True)
    no = [f"FT PVM/{d.year}/{rng.randint(10, 299):04d}", f"FT LB{d.strftime('%y')}-{rng.randint(100, 999)}", f"FT-HML-{rng.randint(1000, 9999)}", f"FT {rng.randint(100, 999)}/{d.year}"][i]
    fd = [pt_date, lambda x: x.strftime("%d-%m-%Y"), pt_date, lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 2) else None
    po = [None, f"REQ-{rng.randint(100, 999)}/{d.year}", f"OC {rng.randint(1000, 9999)}", None][i]
    arr = d - dt.timedelta(days=rng.randint(2, 12))
    f = lambda x: de(x)  # noqa: E731
    words = _usd_pt(total)

    def render(path):
        pdf = new_fpdf(creator="PHC Corporate")
        lfont(pdf)
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(15, 12, 195, 12)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 16, vname, 15, "B", font="LSerif", color=color)
        txt(pdf, 15, 23.5, vaddr + " · Timor-Leste", 8.6, font="LSans")
        txt(pdf, 15, 28, f"+670 7{digits(rng, 7)} · {vid} — Número de Identificação Fiscal (TIN)", 8.6, font="LSans")
        txt(pdf, 15, 40, "FATURA", 20, "B", font="LSans", color=color)
        # header lines: the value first, the label at the line's end
        hl = [(no, "Fatura n.º"), (fd(d), "Data de emissão"), (fd(due) if due else None, "Data de vencimento"), (po, "Requisição n.º"),
              (f"{arr.strftime('%d-%m-%Y')} a {d.strftime('%d-%m-%Y')}", "Período do serviço"), (bnif, "NIF do cliente")]
        y = 52
        for v, label in hl:
            if v is None:
                continue
            txt(pdf, 96, y, v, 9.4, "B", font="LSans")
            pdf.set_font("LSans", "B", 9.4)
            vw = pdf.get_string_width(v)
            pdf.set_draw_color(180, 180, 180)
            pdf.dashed_line(96 + vw + 3, y + 3.2, 148, y + 3.2, 0.6, 0.8)
            txt(pdf, 150, y, label, 8.4, font="LSans", color=(90, 90, 90))
            y += 6
        para(pdf, 15, 52, 78, f"Exmos. Senhores\n{bname}\n{baddr}", 9.2, font="LSans", h=4.8)
        cols = [("Descrição", 92, "L"), ("Unid.", 16, "C"), ("Qtd.", 16, "R"), ("Preço unit. (US$)", 28, "R"), ("Valor (US$)", 28, "R")]
        rws = [[wrap(x["desc"], 56), x["unit"], qstr(x["qty"]), f(x["price"]), f(x["amount"])] for x in items]
        yt = max(y, 72) + 6
        pdf.set_draw_color(*color)
        pdf.line(15, yt, 195, yt)
        y = table(pdf, 15, yt + 1, cols, rws, size=8.6, font="LSans", rowh=7.4, header_color=color, border_bottom=False, line_color=(255, 255, 255))
        pdf.set_draw_color(*color)
        pdf.line(15, y + 2, 195, y + 2)
        y += 6
        rows_t = [("Subtotal", f(net), False), ("Imposto sobre serviços 5 %", f(tax), False), ("Total da fatura (US$)", f(total), True)]
        if sinal:
            rows_t += [("Sinal recebido", "-" + f(sinal), False), ("Saldo a pagar (US$)", f(total - sinal), True)]
        for a, b, bold in rows_t:
            txt(pdf, 120, y, a, 9, "B" if bold else "", font="LSans")
            txt(pdf, 165, y, b, 9, "B" if bold else "", font="LSans", w=30, align="R")
            y += 6
        para(pdf, 15, y + 4, 180, f"Importa a presente fatura em {words}.", 9, "B", font="LSerif", h=4.6)
        para(pdf, 15, y + 16, 180, ("Pagamento até à data de vencimento, " if due else "Pagamento no check-out ou no fim do serviço, ")
             + f"em numerário ou por transferência para o BNCTL, conta n.º {digits(rng, 4)}-{digits(rng, 8)}-{digits(rng, 3)}, titular {vname}. "
             "Imposto sobre serviços liquidado nos termos da Lei Tributária (serviços de hotelaria e restauração).", 8, font="LSans", h=4.1, color=(80, 80, 80))
        txt(pdf, 15, 282, f"Processado por computador · {no} · Página 1 de 1", 7, font="LSans", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Maliana (Bobonaro, Timor-Leste) hospitality FATURA in Portuguese whose header lines print the VALUE FIRST and its LABEL AT THE LINE'S END after a dashed leader ('FT … ----- Fatura n.º'), "
        "an UNRULED table, the services tax 5 % on hotel and restaurant services, US dollars '1.234,56', the total in Portuguese words: "
        "vendor = the name at the top; vendor_tax_id = the number before '— Número de Identificação Fiscal (TIN)' (the client's NIF, the bank account and the phone are decoys). "
        "invoice_number = the value before 'Fatura n.º'; invoice_date = the value before 'Data de emissão' (the service period's dates are decoys). "
        + due_note(due, "Pagamento no check-out", "the value before 'Data de vencimento'")
        + po_note(po, "the value before 'Requisição n.º'")
        + "subtotal = 'Subtotal'; tax = 'Imposto sobre serviços 5 %'; total = 'Total da fatura (US$)' (the words repeat it)"
        + ("; the 'Sinal recebido' and 'Saldo a pagar' are decoys (the total is before the sinal)" if sinal else "")
        + ". Currency USD. Line items: every row with its quantity."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total da fatura", fd(due) if due else None, bnif, words, f(total - sinal) if sinal else None]}
    return t, chk, render


# =========================================================================== 10 Motueka (GST 15 %, NZD), right sidebar, rules between rows, credit note
MO_V = [
    ("Riwaka Valley Hops Limited", "412 Riwaka-Kaiteriteri Road, RD 3, Motueka 7198", (22, 101, 52)),
    ("Moutere Orchard Contracting Limited", "27 Old Wharf Road, Motueka 7120", (159, 18, 57)),
    ("Tasman Bay Kiln & Joinery Limited", "9 King Edward Street, Motueka 7120", (113, 63, 18)),
    ("Motueka Marine & Outboard Services Limited", "3 Wharf Road, Port Motueka 7120", (12, 74, 110)),
]
MO_B = [("Golden Bay Craft Brewing Co Ltd", "Commercial Street, Takaka"), ("Kina Peninsula Fruit Growers Ltd", "Kina Beach Road, Tasman"),
        ("Mapua Wharf Developments Ltd", "Aranui Road, Mapua"), ("Abel Tasman Water Taxis Ltd", "Marahau Valley Road, Marahau")]
MO_ROWS = [
    [("Nelson Sauvin hop pellets T90, kg", "kg", 20, 200, D("38.00"), D("56.00")), ("Motueka hop pellets T90, kg", "kg", 20, 200, D("34.00"), D("49.00")), ("Riwaka whole cone hops, kg", "kg", 10, 80, D("42.00"), D("64.00")),
     ("Cold storage and vacuum packing, per 5 kg bag", "bag", 4, 40, D("6.50"), D("11.00")), ("Freight to Takaka, chilled", "each", 1, 2, D("85.00"), D("160.00"))],
    [("Summer pruning, apple blocks, hours", "hr", 20, 160, D("29.50"), D("36.00")), ("Thinning crew, hours", "hr", 20, 200, D("28.00"), D("34.50")), ("Picking, bins", "bin", 20, 160, D("38.00"), D("52.00")),
     ("Supervisor, hours", "hr", 8, 60, D("38.00"), D("46.00")), ("Tractor and platform hire, days", "day", 1, 8, D("160.00"), D("240.00"))],
    [("Macrocarpa decking 140x32, lineal metre", "lm", 40, 300, D("11.40"), D("16.80")), ("Kiln drying customer timber, cubic metre", "m3", 1, 12, D("145.00"), D("210.00")), ("Joinery: cedar window frame, made to measure", "each", 1, 6, D("680.00"), D("1150.00")),
     ("Planing and dressing, hours", "hr", 2, 16, D("78.00"), D("95.00"))],
    [("Outboard 115 hp annual service", "each", 1, 3, D("520.00"), D("780.00")), ("Impeller kit", "each", 1, 3, D("89.00"), D("145.00")), ("Antifouling, hull up to 8 m", "each", 1, 2, D("890.00"), D("1450.00")),
     ("Marine technician, hours", "hr", 2, 20, D("110.00"), D("135.00")), ("Haul-out and wash-down", "each", 1, 2, D("180.00"), D("290.00"))],
]


@style("10", "nz_mot_motueka_tax_invoice_gst_15_sidebar_right_rules_between_rows_credit_note")
def s10(rng, i):
    vname, vaddr, color = MO_V[i]
    bname, baddr = MO_B[i]
    credit = i == 1
    d = rand_date(rng)
    items = lines(rng, MO_ROWS[i], [4, 3, 3, 4][i], D("0.10"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    vid = nz_ird(rng)
    bgst = nz_ird(rng)
    nzbn = (lambda b: b + ean.calc_check_digit(b))("94290" + digits(rng, 7))
    no = [f"RVH-{rng.randint(1000, 9999)}", f"CN-{rng.randint(100, 999)}", f"INV{rng.randint(20000, 29999)}", f"MMO-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{x.day} {x.strftime('%B %Y')}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {x.strftime('%B %Y')}"][i]
    due = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=20) if i in (0, 2, 3) else None
    po = [f"GBC-PO-{rng.randint(100, 999)}", None, None, f"{rng.randint(4000, 4999)}"][i]
    orig = f"INV-{rng.randint(5000, 5999)}" if credit else None
    f = lambda x: en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Xero")
        lfont(pdf)
        pdf.add_page()
        SX = 148
        pdf.set_fill_color(*color)
        pdf.rect(SX, 0, 62, 297, "F")
        w = (255, 255, 255)
        y = 16
        txt(pdf, SX + 6, y, "CREDIT NOTE" if credit else "TAX INVOICE", 14, "B", font="LSans", color=w)
        y += 14
        side = [("Credit note #" if credit else "Invoice #", no), ("Date", fd(d)), ("Due", fd(due) if due else None), ("Reference", po), ("Against invoice", orig), ("GST No.", vid), ("NZBN", nzbn)]
        for a, b in side:
            if b is None:
                continue
            txt(pdf, SX + 6, y, a, 7.6, font="LSans", color=(230, 230, 230))
            txt(pdf, SX + 27, y - 0.2, b, 8.6, "B", font="LSans", color=w, w=29, align="R")
            y += 6.5
        y += 8
        txt(pdf, SX + 6, y, "Credit total" if credit else "Amount due", 8, font="LSans", color=(230, 230, 230))
        txt(pdf, SX + 6, y + 5, ("-" if total < 0 else "") + "$" + f(abs(total)), 16, "B", font="LSans", color=w)
        para(pdf, SX + 6, 230, 50, ("Credit applied to your account; no payment needed." if credit else f"Pay by internet banking to\n{vname}\n{rng.choice(['02', '03', '06', '12'])}-{digits(rng, 4)}-{digits(rng, 7, True)}-00\nReference: {no}"), 7.8, font="LSans", h=4.0, color=w)
        txt(pdf, 15, 16, vname, 15, "B", font="LSerif", color=color)
        txt(pdf, 15, 23.5, vaddr, 8.6, font="LSans")
        txt(pdf, 15, 28, f"Phone 03 528 {digits(rng, 4)} · accounts@{vname.split()[0].lower()}.co.nz", 8.6, font="LSans")
        para(pdf, 15, 40, 120, f"To:\n{bname}\n{baddr}\nGST No. {bgst}", 9, font="LSans", h=4.6)
        if credit:
            para(pdf, 15, 64, 125, f"Credit for {rng.choice(['hours recorded twice on the timesheet for block 7', 'work charged on block 7 that was not carried out'])}; this credit note reduces invoice {orig}.", 8.4, font="LSans", h=4.2, color=(150, 20, 50))
        cols = [("Description", 64, "L"), ("Qty", 16, "R"), ("Unit price", 22, "R"), ("GST", 10, "C"), ("Amount NZD", 21, "R")]
        rws = [[wrap(x["desc"], 38), qstr(x["qty"]), f(x["price"]), "15%", f(x["amount"])] for x in items]
        y = table(pdf, 12, 76, cols, rws, size=8.4, font="LSans", rowh=7, header_color=color, line_color=(190, 190, 190))
        y += 5
        for a, b, bold in [("Subtotal", f(net), False), ("Total GST 15%", f(tax), False), ("TOTAL NZD", f(total), True)]:
            if bold:
                pdf.set_draw_color(*color)
                pdf.set_line_width(0.6)
                pdf.line(82, y - 1.5, 145, y - 1.5)
                pdf.set_line_width(0.2)
            txt(pdf, 82, y, a, 9.2, "B" if bold else "", font="LSans")
            txt(pdf, 113, y, b, 9.2, "B" if bold else "", font="LSans", w=32, align="R")
            y += 6.2
        if not credit:
            para(pdf, 15, y + 8, 128, "Terms: 20th of the month following invoice. A 2.5 % prompt-payment discount may be taken if paid in full by the 7th. Overdue accounts may be charged 1.5 % per month.", 7.8, font="LSans", h=4, color=(90, 90, 90))
        txt(pdf, 15, 284, "Ngā mihi – thank you for your business.", 8, font="LSans", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Motueka (Tasman, New Zealand) " + ("CREDIT NOTE (quantities, amounts, GST and total printed NEGATIVE)" if credit else "TAX INVOICE")
        + " in English with a coloured RIGHT SIDEBAR of labels BESIDE their values, a table with rules between rows only, GST 15 %, the totals at the bottom right, '1,234.56': "
        "vendor = the name at the top left; vendor_tax_id = the sidebar's 'GST No.' (the customer's GST No., the NZBN and the bank account are decoys). "
        "invoice_number = the sidebar's '" + ("Credit note #" if credit else "Invoice #") + "'; invoice_date = 'Date'. "
        + due_note(due, None if credit else "20th of the month following", "Due (sidebar)")
        + po_note(po, "Reference")
        + "subtotal = 'Subtotal'; tax = 'Total GST 15%'; total = 'TOTAL NZD' (also '" + ("Credit total" if credit else "Amount due") + "' in the sidebar). Currency NZD. "
        + ("The credited invoice ('Against invoice') is a decoy. document_type credit_note. " if credit else "The prompt-payment discount is only an offer (not deducted). ")
        + "Line items: every row with its quantity."
    )
    t = truth(vname, vid, no, po, d, due, "NZD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL NZD", fd(due) if due else None, bgst, nzbn, orig]}
    return t, chk, render
