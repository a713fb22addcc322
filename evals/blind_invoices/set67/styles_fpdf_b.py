"""fpdf2 styles for set 67, second part (09 Chimoio consultancy's factura in Portuguese for hours, descriptions wrapped
over two or three lines, IVA 16 %, a 'Sua referência' line with the order, the totals at the left, the total in words,
an advance on one and two of four over two pages; 10 Palapye supplier's tax invoice shaped as a statement in English,
labels in small capitals above their values, the totals in a shaded box at the left, VAT 14 %, an account summary and a
remittance slip at the foot)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date, mz_nuit
from invoice_kit import de, digits, en, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, truth, wrap
from kit_words import pt_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Chimoio (IVA 16 %, MZN), hours, wrapped descriptions, totals left, words, two pages
CM_V = [
    ("Manica Agro-Consultores, Lda", "Av. 25 de Setembro, n.º 1340, Chimoio, Manica", (21, 94, 117)),
    ("Gabinete de Engenharia Cabeça do Velho, Lda", "Rua do Bárue, n.º 88, Bairro 4, Chimoio", (127, 29, 29)),
    ("Revuè Auditoria & Contabilidade, SA", "Av. Eduardo Mondlane, n.º 502, 1.º andar, Chimoio", (55, 48, 163)),
    ("Moz Centro Tecnologias de Informação, Lda", "Rua Dr. Araújo de Lacerda, n.º 61, Chimoio", (4, 120, 87)),
]
CM_B = [("Cooperativa Agrícola de Sussundenga", "Sussundenga, Manica"), ("Conselho Municipal da Cidade de Chimoio", "Praça dos Heróis, Chimoio"),
        ("Companhia do Vanduzi, SA", "Vanduzi, Manica"), ("Hospital Provincial de Chimoio", "Chimoio, Manica")]
CM_ACTS = [
    ["Visita de campo às machambas de milho e soja, levantamento do estado fitossanitário e recolha de amostras de solo para análise laboratorial",
     "Elaboração do plano de fertilização por talhão com base nos resultados das análises de solo",
     "Formação dos extensionistas em boas práticas de armazenamento pós-colheita e controlo do gorgulho",
     "Reunião com a direcção da cooperativa para apresentação do relatório intermédio",
     "Calibração dos pulverizadores e supervisão da primeira aplicação de herbicida"],
    ["Levantamento topográfico do troço da estrada Chimoio–Vanduzi e marcação dos eixos",
     "Dimensionamento hidráulico das passagens hidráulicas e verificação das secções existentes",
     "Fiscalização da obra de reabilitação do mercado 38 milímetros, incluindo medições e livro de obra",
     "Preparação das peças desenhadas e do mapa de quantidades para o concurso público",
     "Reunião de obra com o empreiteiro e o dono de obra, e elaboração da acta"],
    ["Revisão das reconciliações bancárias e dos lançamentos do razão geral do exercício",
     "Contagem física de inventário no armazém de Vanduzi e conferência com os registos",
     "Análise das declarações de IVA e de IRPC e preparação das notas de ajustamento",
     "Redacção da carta de gestão com as recomendações sobre o controlo interno",
     "Reunião de encerramento com o conselho de administração"],
    ["Instalação e configuração do servidor de ficheiros e das cópias de segurança nocturnas",
     "Suporte técnico aos utilizadores do serviço de urgência, incluindo reposição de impressoras",
     "Migração das caixas de correio para o novo domínio e formação dos utilizadores",
     "Manutenção preventiva da rede estruturada e substituição de pontos de acesso sem fios",
     "Auditoria de segurança das palavras-passe e das contas de administrador"],
]
CM_STAFF = ["Eng. A. Macuácua", "Dra. L. Chissano", "Téc. J. Sitoe", "Eng. R. Mondlane", "Dr. P. Nhantumbo", "Téc. F. Bila"]


@style("09", "mz_chm_chimoio_factura_honorarios_iva_16_hours_wrapped_totals_left_words_two_pages")
def s09(rng, i):
    vname, vaddr, color = CM_V[i]
    bname, baddr = CM_B[i]
    d = rand_date(rng)
    n = [5, 13, 7, 15][i]
    rates = {s: D(rng.choice([1800, 2200, 2750, 3200, 3900, 4500])) for s in CM_STAFF}
    items = []
    day = d - dt.timedelta(days=40)
    for _ in range(n):
        day += dt.timedelta(days=rng.randint(1, 3))
        who = rng.choice(CM_STAFF)
        h = D(rng.randint(2, 18)) / 2
        items.append({"desc": rng.choice(CM_ACTS[i]), "unit": "h", "qty": h, "price": rates[who], "amount": q2(h * rates[who]), "who": who, "day": day})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    adv = q2(total * D("0.3")) if i == 1 else None
    vid = mz_nuit(rng)
    bid = mz_nuit(rng, rng.choice("15"))
    no = [f"FT {d.year}/{rng.randint(10, 999)}", f"FT GECV{d.strftime('%y')}/{rng.randint(100, 999)}", f"FT A/{rng.randint(1000, 9999)}", f"FT{d.year}{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "pt"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 2 else None
    po = [f"OC {rng.randint(100, 999)}/{d.year}", f"CMC/DAF/{rng.randint(10, 99)}/{d.year}", None, f"{rng.randint(4500, 4999)}"][i]
    contract = f"Contrato n.º {rng.randint(10, 99)}/{d.year - 1}"
    mt = lambda v: de(v) + " MT"  # noqa: E731
    per_page = 8
    chunks = [items[k : k + per_page] for k in range(0, len(items), per_page)]
    pages = len(chunks)
    meticais = int(total)
    cent = int((total - meticais) * 100)
    words = f"{pt_words(meticais)} meticais" + (f" e {pt_words(cent)} centavos" if cent else "")
    nib = digits(rng, 21, True)
    alvara, tel = f"Alvará n.º {rng.randint(100, 999)}/{rng.randint(2010, 2022)}", digits(rng, 5)

    def head(pdf, page):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 3, "F")
        txt(pdf, 15, 10, vname, 12.5, "B", font="Serif", color=color)
        txt(pdf, 15, 16.5, vaddr, 8)
        txt(pdf, 15, 20.5, f"NUIT {vid} · {alvara} · Tel. +258 251 {tel}", 8)
        txt(pdf, 140, 10, "FACTURA", 15, "B", color=color, align="R", w=55)
        txt(pdf, 140, 17, f"Página {page} de {pages}", 7.6, align="R", w=55, color=(90, 90, 90))
        txt(pdf, 140, 21, "Original", 7.6, "B", align="R", w=55, color=color)

    def render(path):
        pdf = new_fpdf(creator="Primavera ERP v10")
        for p, chunk in enumerate(chunks):
            pdf.add_page()
            head(pdf, p + 1)
            y = 28
            if p == 0:
                pdf.set_draw_color(190, 190, 190)
                pdf.rect(15, 27, 95, 27)
                txt(pdf, 17, 28.5, "Exmo(s). Senhor(es)", 7.2, color=(100, 100, 100))
                txt(pdf, 17, 33, bname, 9.2, "B")
                txt(pdf, 17, 38, baddr, 8)
                txt(pdf, 17, 42.5, f"NUIT do cliente: {bid}", 8)
                facts = [("Factura n.º:", no), ("Data de emissão:", fd(d)), ("Vencimento:", fd(due) if due else "Pronto pagamento"), ("Moeda:", "Metical (MZN)")]
                yy = 28
                for a, b in facts:
                    txt(pdf, 118, yy, a, 8, color=(80, 80, 80))
                    txt(pdf, 150, yy, b, 8.6, "B")
                    yy += 5.4
                ref = (f"Sua referência: {'ordem de compra' if i != 1 else 'requisição'} n.º {po} · " if po else "Sua referência: pedido verbal · ") + contract
                txt(pdf, 15, 58, ref, 8.2, "B")
                txt(pdf, 15, 63, f"Serviços prestados entre {fd(items[0]['day'])} e {fd(items[-1]['day'])}, conforme folhas de horas aprovadas.", 8)
                y = 70
            else:
                txt(pdf, 15, 28, f"Factura n.º {no} – continuação", 9, "B")
                txt(pdf, 140, 28, f"Transporte: {mt(sum(x['amount'] for x in items[: p * per_page]))}", 8.2, "B", align="R", w=55)
                y = 35
            cols = [("Data", 20, "L"), ("Técnico", 30, "L"), ("Descrição dos serviços", 72, "L"), ("Horas", 14, "R"), ("Preço/hora", 22, "R"), ("Valor", 22, "R")]
            body = [[x["day"].strftime("%d/%m"), x["who"], wrap(x["desc"], 44), qstr(x["qty"]).replace(".", ","), de(x["price"]), de(x["amount"])] for x in chunk]
            y = table(pdf, 15, y, cols, body, size=7.8, rowh=5.6, header_fill=(240, 240, 240), header_color=color, line_color=(200, 200, 200))
            if p < pages - 1:
                txt(pdf, 140, y + 3, f"A transportar: {mt(sum(x['amount'] for x in items[: (p + 1) * per_page]))}", 8.2, "B", align="R", w=55)
                txt(pdf, 15, 285, f"{vname} · NUIT {vid} · Processado por computador", 6.8, color=(120, 120, 120))
                continue
            # totals at the left
            y += 6
            pdf.set_draw_color(*color)
            pdf.set_line_width(0.5)
            pdf.line(15, y, 95, y)
            pdf.set_line_width(0.2)
            rows_t = [("Total ilíquido (sem IVA)", mt(net), False), ("IVA 16%", mt(tax), False), ("Total a pagar", mt(total), True)]
            if adv:
                rows_t += [("Adiantamento recebido (recibo)", "-" + mt(adv), False), ("Saldo em dívida", mt(total - adv), True)]
            yy = y + 2
            for a, b, bold in rows_t:
                txt(pdf, 15, yy, a, 8.8, "B" if bold else "")
                txt(pdf, 60, yy, b, 8.8, "B" if bold else "", align="R", w=35)
                yy += 5.8
            para(pdf, 105, y + 2, 90, f"São: {words}.", 8.2, "I")
            para(pdf, 105, y + 16, 90, f"Pagamento por transferência para o {rng.choice(['BCI', 'Millennium bim', 'Standard Bank'])}, agência de Chimoio, NIB {nib}. Indicar o número da factura na transferência.", 7.6, color=(70, 70, 70))
            txt(pdf, 15, 285, f"{vname} · NUIT {vid} · Processado por computador · Regime normal de IVA", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Chimoio (Manica, Mozambique) consultancy's FACTURA in Portuguese for HOURS, each row's description WRAPPED over two or three lines, IVA 16 %, '1.234,56 MT', "
        + (f"over {pages} pages (a 'A transportar' / 'Transporte' sum carried between pages, the totals on the last) " if pages > 1 else "")
        + "with the totals at the LEFT under the table: vendor = the name at the top; vendor_tax_id = 'NUIT' (9 digits; the client's NUIT, the alvará, the NIB and the contract are decoys). "
        "invoice_number = 'Factura n.º'; invoice_date = 'Data de emissão' (the period of the services and the rows' dates are decoys). "
        + due_note(due, "Pronto pagamento", "Vencimento")
        + po_note(po, "Sua referência: ordem de compra / requisição n.º")
        + "subtotal = 'Total ilíquido (sem IVA)'; tax = 'IVA 16%'; total = 'Total a pagar'"
        + (" (the advance deducted below it and the 'Saldo em dívida' are decoys)" if adv else "")
        + "; the total also in words ('São: ... meticais'). Currency MZN. Line items: every row, quantity = hours."
    )
    t = truth(vname, vid, no, po, d, due, "MZN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Total a pagar", fd(due) if due else None, words, f"Página {pages} de {pages}"]}
    return t, chk, render


# =========================================================================== 10 Palapye (VAT 14 %, BWP), statement-shaped, small caps above, totals left, remittance slip
PL_V = [
    ("Tswapong Agri & Hardware (Pty) Ltd", "Plot 2231, Main Mall, Palapye", (180, 83, 9)),
    ("Lotsane Borehole Drilling (Pty) Ltd", "Plot 512, Industrial Site, Palapye", (30, 64, 175)),
    ("Serowe Road Veterinary Supplies (Pty) Ltd", "Plot 78, Serowe Road, Palapye", (22, 101, 52)),
    ("Morupule Electrical & Solar (Pty) Ltd", "Plot 1407, Extension 6, Palapye", (88, 28, 135)),
]
PL_B = ["Lerala Cattle Post Syndicate", "Palapye Sub-District Council", "Mmashoro Farmers Association", "Botswana International University of Science and Technology"]
PL_ROWS = [
    [("Fencing wire, galvanised 50 kg", "roll", 2, 40, 620, 980), ("Cement 50 kg", "bag", 10, 200, 88, 115), ("Diesel pump 5 hp", "each", 1, 3, 6500, 11800), ("Livestock feed, 50 kg", "bag", 5, 80, 210, 340), ("Wheelbarrow heavy duty", "each", 1, 10, 690, 1150)],
    [("Mobilisation of drilling rig", "lump", 1, 1, 8500, 16000), ("Drilling 165 mm, per metre", "m", 40, 180, 420, 690), ("uPVC casing 140 mm", "m", 20, 150, 150, 260), ("Pump test, 24 hours", "test", 1, 1, 5200, 9800), ("Water quality analysis", "sample", 1, 3, 850, 1600)],
    [("Foot-and-mouth vaccine, 50 doses", "vial", 2, 40, 380, 720), ("Ivermectin 1% 500 ml", "bottle", 1, 20, 420, 690), ("Ear tags, bolus, 100", "pack", 1, 10, 950, 1600), ("Dip concentrate 5 L", "can", 1, 12, 560, 980), ("Syringes 20 ml x 50", "box", 1, 20, 120, 260)],
    [("Solar panel 450 W mono", "each", 2, 24, 1450, 2600), ("Inverter 5 kVA hybrid", "each", 1, 3, 12500, 21000), ("Lithium battery 5 kWh", "each", 1, 4, 16500, 27500), ("Installation labour", "hour", 4, 40, 280, 450), ("Cable 6 mm², 100 m", "roll", 1, 6, 1350, 2400)],
]


@style("10", "bw_plp_palapye_tax_invoice_vat_14_statement_small_caps_above_totals_left_remittance")
def s10(rng, i):
    vname, vaddr, color = PL_V[i]
    d = rand_date(rng)
    items = lines(rng, PL_ROWS[i], [4, 5, 3, 4][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = "C0" + digits(rng, 10, True)
    uin = "BW" + digits(rng, 11)
    bvat = "C0" + digits(rng, 10, True) if i in (1, 3) else None
    acct = f"{''.join(w[0] for w in vname.split()[:2]).upper()}{rng.randint(100, 999)}"
    no = [f"TI{rng.randint(10000, 99999)}", f"LBD-{d.year}-{rng.randint(10, 999):03d}", f"INV{rng.randint(1000, 9999)}", f"MES/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=rng.choice([7, 30, 30]))
    po = [None, f"PSDC/LPO/{rng.randint(1000, 9999)}", None, f"BIUST-PO-{rng.randint(10000, 99999)}"][i]
    bf = q2(D(rng.randint(0, 4000000)) / 100)
    paid = [bf, bf, q2(bf / 2), D(0)][i]
    due_total = bf - paid + total
    P = lambda v: "P " + en(v)  # noqa: E731
    ib = "FIRNBWGX" if i == 3 else None
    bank_ac = digits(rng, 10, True)

    def tx(*a, **kw):
        kw.setdefault("font", "LSans")
        return txt(*a, **kw)

    def render(path):
        pdf = lfont(new_fpdf(creator="Pastel Partner"))
        pdf.add_font("LSans", "I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf")
        pdf.add_page()
        tx(pdf, 15, 13, vname, 13, "B", color=color)
        tx(pdf, 15, 19, f"{vaddr} · P O Box {rng.randint(10, 999)}, Palapye, Botswana · Tel. 492 {digits(rng, 4)}", 7.8)
        tx(pdf, 15, 23, f"VAT Registration (TIN): {vid}   Company UIN: {uin}", 7.8)
        tx(pdf, 150, 11, "TAX INVOICE", 14, "B", align="R", w=45)
        tx(pdf, 150, 18, "and statement of account", 7.6, "I", align="R", w=45, color=(90, 90, 90))
        # a row of facts: labels in small capitals above the values
        facts = [("INVOICE NO.", no), ("INVOICE DATE", fd(d)), ("ACCOUNT NO.", acct), ("PAYMENT DUE", fd(due)), ("YOUR ORDER", po or "—")]
        x = 15
        pdf.set_draw_color(*color)
        pdf.line(15, 30, 195, 30)
        for a, b in facts:
            tx(pdf, x, 32, a, 6.2, "B", color=(120, 120, 120))
            tx(pdf, x, 36, b, 8.8, "B")
            x += 36
        pdf.line(15, 42, 195, 42)
        tx(pdf, 15, 46, "INVOICE TO", 6.2, "B", color=(120, 120, 120))
        tx(pdf, 15, 50, PL_B[i], 9.4, "B")
        tx(pdf, 15, 55, rng.choice(["Private Bag 16, Palapye", "P O Box 41, Lerala", "Private Bag 0041, Palapye", "Mmashoro village"]), 8)
        if bvat:
            tx(pdf, 15, 59.5, f"Customer TIN: {bvat}", 8)
        tx(pdf, 120, 46, "DELIVER TO", 6.2, "B", color=(120, 120, 120))
        para(pdf, 120, 50, 75, f"{rng.choice(['Site', 'Farm', 'Store'])} {rng.randint(1, 40)}, {rng.choice(['Lerala', 'Mmashoro', 'Radisele', 'Serowe', 'Palapye'])}\nDelivery note DN{rng.randint(10000, 99999)} of {fd(d - dt.timedelta(days=rng.randint(0, 6)))}", 8)
        cols = [("Code", 20, "L"), ("Description", 74, "L"), ("Qty", 14, "R"), ("Unit", 16, "L"), ("Unit price", 24, "R"), ("Amount excl. VAT", 32, "R")]
        body = [[f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}", x_["desc"], qstr(x_["qty"]), x_["unit"], en(x_["price"]), en(x_["amount"])] for x_ in items]
        y = table(pdf, 15, 68, cols, body, size=8.4, font="LSans", rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(215, 215, 215))
        # totals at the left in a shaded box, the account summary at the right
        y += 6
        pdf.set_fill_color(243, 244, 246)
        pdf.rect(15, y, 82, 24, "F")
        for k, (a, b, bold) in enumerate([("Total excl. VAT", P(net), False), ("VAT @ 14%", P(tax), False), ("Total incl. VAT", P(total), True)]):
            tx(pdf, 18, y + 2.5 + k * 7, a, 8.8, "B" if bold else "")
            tx(pdf, 55, y + 2.5 + k * 7, b, 8.8, "B" if bold else "", align="R", w=39)
        tx(pdf, 115, y, "ACCOUNT SUMMARY", 6.4, "B", color=(120, 120, 120))
        for k, (a, b) in enumerate([("Balance brought forward", P(bf)), ("Payments received, thank you", ("P -" + en(paid)) if paid else P(paid)), ("This invoice", P(total)), ("Amount now due", P(due_total))]):
            tx(pdf, 115, y + 4.5 + k * 5, a, 7.8, "B" if k == 3 else "")
            tx(pdf, 165, y + 4.5 + k * 5, b, 7.8, "B" if k == 3 else "", align="R", w=30)
        para(pdf, 15, y + 30, 180, f"Banking details: First National Bank Botswana, Palapye branch (code 28{rng.randint(1000, 9999)}), account {bank_ac}" + (f", SWIFT {ib} (payments from abroad)" if ib else "") + ". Please quote the account number as reference. Goods remain the property of the seller until paid in full. Interest at 2% per month on overdue accounts.", 7.8, font="LSans", color=(70, 70, 70))
        # remittance slip
        ys = 232
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(10, ys, 200, ys)
        pdf.set_dash_pattern()
        txt(pdf, 12, ys - 3.5, "✂ detach and return with your payment", 6.8, color=(100, 100, 100))
        tx(pdf, 15, ys + 5, "REMITTANCE ADVICE", 10, "B", color=color)
        tx(pdf, 15, ys + 11, f"To: {vname}, P O Box, Palapye", 7.8)
        rem = [("ACCOUNT NO.", acct), ("CUSTOMER", PL_B[i][:34]), ("INVOICE NO.", no), ("AMOUNT DUE", P(due_total)), ("AMOUNT PAID", "P ______________")]
        for k, (a, b) in enumerate(rem):
            xx = 15 + (k % 3) * 62
            yy = ys + 19 + (k // 3) * 11
            tx(pdf, xx, yy, a, 6.2, "B", color=(120, 120, 120))
            tx(pdf, xx, yy + 4, b, 8.6, "B")
        tx(pdf, 15, 285, "Page 1 of 1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Palapye (Central District, Botswana) TAX INVOICE shaped as a STATEMENT of account in English, a row of facts with LABELS in SMALL CAPITALS ABOVE their values, the totals in a shaded box at the LEFT under the table, VAT 14 %, 'P 1,234.56', "
        "an account summary at the right and a REMITTANCE slip at the foot: vendor = the name at the top; vendor_tax_id = 'VAT Registration (TIN)' (the company UIN, "
        + ("the customer's TIN, " if bvat else "")
        + "the account number, the bank account, the delivery note are decoys). invoice_number = 'INVOICE NO.'; invoice_date = 'INVOICE DATE'. "
        + due_note(due, None, "PAYMENT DUE")
        + po_note(po, "YOUR ORDER")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT @ 14%'; total = 'Total incl. VAT' (the balance brought forward, the payments, 'Amount now due' and the slip's AMOUNT DUE are decoys: the statement's figures, not this invoice's). "
        "Currency BWP (Pula, 'P'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "BWP", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total incl. VAT", fd(due), bvat, uin, P(due_total), "REMITTANCE ADVICE"]}
    return t, chk, render
