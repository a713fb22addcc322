"""fpdf2 styles for set 46, second part (08 Benguela supplier's FACTURA in Angolan Portuguese with a RIGHT SIDEBAR
holding the amount due, IVA 14 % and exempt rows with their exemption code, kwanzas and a US-dollar counter-value, 09
Blantyre consultancy's invoice as a LETTER in English with the facts in running text (two with no table), VAT 16.5 %
and an advance below the total, 10 Niš supplier's РАЧУН in Serbian Cyrillic on a fully ruled grid with a РАБАТ
column per row, ПДВ 20 % / 10 % and an advance (аванс) deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, totals, truth
from stdnum.rs import pib

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Benguela (IVA 14 % / isento, AOA), right sidebar
BG_V = [
    ("Pescados do Atlântico Benguela, Lda.", "Rua Sacadura Cabral n.º 54, Benguela", (14, 116, 144)),
    ("Lobito Materiais de Construção, S.A.", "Estrada Nacional 100, Zona Industrial, Lobito – Benguela", (154, 52, 18)),
    ("Catumbela Agro-Comércio, Lda.", "Av. Norton de Matos n.º 12, Catumbela – Benguela", (21, 128, 61)),
    ("Baía Azul Serviços Hoteleiros, Lda.", "Rua 10 de Fevereiro n.º 3, Benguela", (88, 28, 135)),
]
BG_B = [
    ("Hotel Mombaka, Lda.", "Av. Norton de Matos, Benguela"),
    ("Supermercados Kero – Loja Lobito", "Bairro da Restinga, Lobito"),
    ("Construtora Caota, Lda.", "Caota, Município da Baía Farta"),
    ("Restaurante Caponte, Lda.", "Praia Morena, Benguela"),
]
BG_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, exempt code or None)
    ("Carapau congelado, cx 20 kg", "cx", 2, 60, 18000, 32000, "M11"),
    ("Peixe seco (corvina), kg", "kg", 5, 120, 2800, 4900, "M11"),
    ("Cimento Portland 42,5 (saco 50 kg)", "saco", 10, 400, 6500, 9800, None),
    ("Varão de aço 12 mm", "vara", 10, 300, 5200, 8400, None),
    ("Chapa de zinco 3 m", "un", 5, 200, 7800, 12500, None),
    ("Fuba de milho, saco 25 kg", "saco", 5, 200, 9500, 14000, "M11"),
    ("Feijão manteiga, saco 50 kg", "saco", 2, 60, 42000, 61000, "M11"),
    ("Óleo de soja 20 L", "bidão", 2, 40, 38000, 52000, "M11"),
    ("Frete Benguela – Lobito", "viagem", 1, 3, 45000, 120000, None),
    ("Serviço de limpeza de quartos", "serv", 1, 30, 15000, 38000, None),
    ("Lavandaria (kg)", "kg", 20, 400, 850, 1600, None),
    ("Água mineral 1,5 L (6)", "pack", 5, 100, 1900, 3200, None),
    ("Arroz agulha, saco 25 kg", "saco", 2, 80, 21000, 29500, "M11"),
]


@style("08", "ao_bug_benguela_factura_iva_14_isento_sidebar_right")
def s08(rng, i):
    vname, vaddr, color = BG_V[i]
    bname, baddr = BG_B[i]
    d = rand_date(rng)
    items = lines(rng, BG_ROWS, [3, 8, 12, 5][i], D("1"))
    for x in items:
        x["rate"] = 0 if x["extra"] else 14
    taxable = sum(x["amount"] for x in items if x["rate"])
    net = sum(x["amount"] for x in items)
    tax = q2(taxable * D("0.14"))
    total = net + tax
    vid = f"54{rng.choice('01')}{digits(rng, 7)}"
    bid = f"54{rng.choice('012')}{digits(rng, 7)}"
    no = f"FT {['PAB', 'LMC', 'CAC', 'BAZ'][i]}{d.year}/{rng.randint(1, 999)}"
    fd = [long_date("pt"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat()][
        i
    ]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 3 else None
    po = [f"REQ-{rng.randint(100, 999)}", None, f"NE {rng.randint(1000, 9999)}", None][i]
    usd = en(q2(total / D("912.4"))) if i in (0, 2) else None
    cur_side = ["Kz", "AOA", "Kwanzas", "Kz"][i]
    hsh = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
    m = sp if i != 1 else de
    vid_line = [f"NIF: {vid}", f"Contribuinte n.º {vid}", f"NIF {vid}", f"N.º de Identificação Fiscal: {vid}"][i]

    def render(path):
        pdf = new_fpdf(creator="PHC CS Angola")
        pdf.add_page()
        sx = 146
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 64, 297, "F")
        white = (255, 255, 255)
        txt(pdf, sx + 5, 14, "TOTAL A PAGAR", 8, "B", color=white)
        txt(pdf, sx + 5, 20, f"{m(total)} {cur_side}", 13, "B", color=white)
        yy = 30
        if usd:
            txt(pdf, sx + 5, yy, f"Contravalor: USD {usd}", 7.5, color=white)
            txt(pdf, sx + 5, yy + 4, "(câmbio BNA 912,40)", 7, color=white)
            yy += 10
        para(
            pdf,
            sx + 5,
            yy + 4,
            55,
            f"Data de vencimento\n{fd(due) if due else 'Pronto pagamento'}\n\nCoordenadas bancárias\n{rng.choice(['BFA', 'BAI', 'BIC'])} – Agência Benguela\nIBAN AO06 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}\n\nCliente n.º {rng.randint(100, 9999)}",
            7.6,
            h=3.8,
            color=white,
        )
        txt(pdf, 14, 14, vname, 12.5, "B", color=color)
        para(
            pdf,
            14,
            21,
            125,
            f"{vaddr}\n{vid_line}\nAlvará comercial n.º {rng.randint(1000, 9999)}/{rng.randint(2010, 2023)} · Tel. +244 9{digits(rng, 8)}",
            8,
            h=3.9,
        )
        txt(pdf, 14, 40, "FACTURA", 17, "B")
        kv(
            pdf,
            14,
            50,
            [
                ("N.º", no),
                ("Data de emissão", fd(d)),
                ("Requisição / Nota de encomenda", po),
                ("Guia de remessa", f"GR {d.year}/{rng.randint(1, 999)}"),
            ],
            wl=58,
            wv=60,
            size=8.2,
            step=4.6,
            align="L",
        )
        para(pdf, 14, 72, 125, f"Exmo(s). Sr(s).\n{bname}\n{baddr}\nNIF do adquirente: {bid}", 8.4, h=4.1)
        cols = [
            ("Descrição", 56, "L"),
            ("Qtd.", 12, "R"),
            ("Un.", 12, "L"),
            ("Preço unit.", 22, "R"),
            ("IVA", 10, "R"),
            ("Total", 20, "R"),
        ]
        rows = [
            [x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), ("14%" if x["rate"] else x["extra"]), m(x["amount"])]
            for x in items
        ]
        y = table(pdf, 12, 94, cols, rows, size=7.2, rowh=5.8, header_fill=(235, 235, 235))
        y = totals(
            pdf,
            50,
            y + 5,
            [
                ("Total ilíquido", m(net), False),
                ("Incidência IVA 14%", m(taxable), False),
                ("IVA 14%", m(tax), False),
                ("Total (Kz)" if i != 2 else "Total", m(total), True),
            ],
            wl=52,
            wv=30,
            size=8.4,
            line=color,
        )
        if any(not x["rate"] for x in items):
            para(
                pdf,
                12,
                y + 2,
                130,
                "M11 – Isento nos termos da alínea b) do n.º 1 do artigo 12.º do Código do IVA (bens da cesta básica).",
                7,
                h=3.5,
            )
        para(
            pdf,
            12,
            268,
            130,
            f"{hsh}-Processado por programa válido n.º {rng.randint(10, 350)}/AGT/{rng.randint(2019, 2023)}\nOs bens/serviços foram colocados à disposição do adquirente na data {d.strftime('%d/%m/%Y')}.",
            6.8,
            h=3.4,
            color=(90, 90, 90),
        )
        pdf.output(path)

    notes = (
        "Benguela (Angola) supplier's FACTURA in Portuguese with a coloured RIGHT SIDEBAR holding the 'TOTAL A PAGAR', IVA 14 % and EXEMPT rows (code M11, basic-basket goods), "
        + ("'1.234,56'" if i == 1 else "'1 234,56'")
        + " kwanzas: "
        f"vendor = the name at the top; vendor_tax_id = the seller's NIF ('{vid_line.split(vid)[0].strip()}'; the buyer's NIF, the alvará, the IBAN, the customer number, the guia de remessa and the AGT software certificate line are decoys). "
        "invoice_number = 'N.º' (FT series/number); invoice_date = 'Data de emissão' ("
        + ["Portuguese long date '12 de março de 2026'", "dd-mm-yyyy", "dd/mm/yyyy", "yyyy-mm-dd"][i]
        + "). "
        + due_note(due, "Pronto pagamento" if not due else None, "Data de vencimento")
        + po_note(po, "Requisição / Nota de encomenda")
        + "subtotal = 'Total ilíquido'; tax = 'IVA 14%'; total = 'Total' (= TOTAL A PAGAR)"
        + (" (the USD counter-value is a decoy)" if usd else "")
        + f". Currency AOA (printed '{cur_side}' in the sidebar). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "AOA", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, "TOTAL A PAGAR", fd(due) if due else None]
    return t, chk, render


# =========================================================================== 09 Blantyre (VAT 16.5 %, MWK), letter with the facts in running text
BL_V = [
    ("Shire Highlands Engineering Consultants Ltd", "Livingstone Avenue, P.O. Box 1021, Blantyre", (30, 58, 138)),
    ("Mandala Audit & Tax Advisory", "Mandala House, Kaohsiung Road, Blantyre", (120, 53, 15)),
    ("Chichiri Legal Practitioners", "Chichiri Shopping Mall, 2nd Floor, Blantyre", (22, 101, 52)),
    ("Limbe Surveying & Valuation Services", "Churchill Road, P.O. Box 5148, Limbe, Blantyre", (91, 33, 182)),
]
BL_B = [
    ("Blantyre Water Board", "Walker's Ferry Road, Blantyre"),
    ("Satemwa Tea Estates Ltd", "P.O. Box 6, Thyolo"),
    ("Mulanje Cement Company Ltd", "Chitakale, Mulanje"),
    ("Malawi Housing Corporation, Southern Region", "Victoria Avenue, Blantyre"),
]
BL_SERV = [
    ("structural assessment of the pumping station at Walker's Ferry", 1800000, 6500000),
    ("preparation of the annual financial statements and tax computations", 1200000, 4800000),
    ("legal review of the supply agreement and related correspondence", 650000, 2400000),
    ("valuation of the commercial property on plot BC 1145", 900000, 3600000),
    ("site supervision visits (per visit)", 120000, 380000),
    ("disbursements: travel to site and accommodation", 80000, 450000),
    ("drafting of the board resolution and filing with the Registrar", 150000, 520000),
    ("topographic survey and boundary beacons", 450000, 1900000),
]


@style("09", "mw_blz_blantyre_letter_invoice_vat_16_5_advance")
def s09(rng, i):
    vname, vaddr, color = BL_V[i]
    bname, baddr = BL_B[i]
    d = rand_date(rng)
    n = [1, 4, 2, 3][i]
    items = []
    for desc, lo, hi in rng.sample(BL_SERV, n):
        a = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc[0].upper() + desc[1:], "unit": "", "qty": None, "price": a, "amount": a})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.165"))
    total = net + tax
    vid = digits(rng, 8, True)
    bid = digits(rng, 8, True)
    no = [
        f"INV/{d.year}/{rng.randint(10, 999):03d}",
        f"{rng.randint(1000, 9999)}",
        f"CLP-{rng.randint(100, 999)}/{d.strftime('%y')}",
        f"LSV {rng.randint(100, 999)}",
    ][i]
    fd = [
        long_date("en"),
        lambda x: x.strftime("%d/%m/%Y"),
        long_date("en"),
        lambda x: (
            f"{x.day}{'th' if 11 <= x.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(x.day % 10, 'th')} {x.strftime('%B %Y')}"
        ),
    ][i]
    due = d + dt.timedelta(days=rng.choice([14, 30]))
    po = [f"LPO {rng.randint(10000, 99999)}", None, None, f"MHC/PROC/{rng.randint(100, 999)}"][i]
    adv = q2(total * rng.choice([D("0.25"), D("0.4"), D("0.5")])) if i in (0, 3) else None
    cur = ["MK", "MWK", "K", "Malawi Kwacha"][i]
    table_ = i in (1, 3)
    m = en

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 16, vname, 14, "B", color=color)
        pdf.set_draw_color(*color)
        pdf.line(20, 24, 190, 24)
        para(
            pdf,
            20,
            26,
            170,
            f"{vaddr} · Tel. +265 1 8{digits(rng, 2)} {digits(rng, 3)} · TPIN {vid}",
            8,
            h=4,
            color=(80, 80, 80),
        )
        y = para(pdf, 20, 40, 170, f"{fd(d)}\n\nThe Finance Manager\n{bname}\n{baddr}\nTPIN: {bid}", 10, h=5)
        y = para(
            pdf,
            20,
            y + 4,
            170,
            f"Dear Sir/Madam,\n\nINVOICE No. {no}" + (f" – YOUR ORDER {po}" if po else ""),
            10,
            "B",
            h=5,
        )
        if not table_:
            body = (
                "We refer to the engagement letter of "
                + (d - dt.timedelta(days=rng.randint(30, 200))).strftime("%d %B %Y")
                + " and hereby submit our invoice for the work done. "
                + " ".join(
                    f"Our fee for the {x['desc'][0].lower() + x['desc'][1:]} is {cur} {m(x['amount'])}." for x in items
                )
            )
            body += f" The fees total {cur} {m(net)}, to which VAT at 16.5% of {cur} {m(tax)} is added, bringing the amount of this invoice to {cur} {m(total)}."
            y = para(pdf, 20, y + 4, 170, body, 10, h=5.2)
        else:
            y = para(
                pdf,
                20,
                y + 4,
                170,
                "We are pleased to submit our invoice for the professional services rendered, as follows:",
                10,
                h=5.2,
            )
            y = table(
                pdf,
                20,
                y + 3,
                [("Service", 130, "L"), (f"Amount ({cur})", 40, "R")],
                [[x["desc"], m(x["amount"])] for x in items],
                size=9,
                rowh=6.5,
            )
            y = totals(
                pdf,
                100,
                y + 4,
                [("Fees", m(net), False), ("VAT 16.5%", m(tax), False), ("Total", f"{cur} {m(total)}", True)],
                wl=40,
                wv=50,
                size=9.5,
                line=color,
            )
        tail = ""
        if adv:
            tail += f"We acknowledge with thanks the advance payment of {cur} {m(adv)} received on {(d - dt.timedelta(days=rng.randint(20, 90))).strftime('%d/%m/%Y')}, leaving a balance of {cur} {m(total - adv)} now due. "
        tail += f"Kindly arrange payment by {fd(due)} to our account no. {digits(rng, 10)} at {rng.choice(['National Bank of Malawi', 'Standard Bank Malawi', 'FDH Bank'])}, Victoria Avenue branch, quoting the invoice number."
        y = para(pdf, 20, y + 5, 170, tail, 10, h=5.2)
        para(
            pdf,
            20,
            y + 8,
            170,
            f"Yours faithfully,\n\n\n{rng.choice(['Eng. T. Banda', 'C. Phiri, FCCA', 'L. Mwale', 'G. Chirwa, MRICS'])}\nfor {vname}",
            10,
            h=5,
        )
        para(
            pdf,
            20,
            280,
            170,
            f"Registered in Malawi, company no. {rng.choice(['COY', 'BRN'])}-{digits(rng, 5)} · VAT registered, TPIN {vid}",
            7,
            h=3.5,
            color=(110, 110, 110),
            align="C",
        )
        pdf.output(path)

    notes = (
        "Blantyre (Malawi) consultancy's invoice written as a LETTER in English, '1,234.56' kwacha, VAT 16.5 % added, "
        + (
            "the fees in a small two-column table"
            if table_
            else "NO TABLE: every fee, the VAT and the total in RUNNING TEXT"
        )
        + (", an ADVANCE acknowledged below the total and the balance" if adv else "")
        + ": vendor = the letterhead; vendor_tax_id = 'TPIN' under the letterhead and in the footer (the buyer's TPIN, the company number, the bank account, the engagement letter's date are decoys). "
        "invoice_number = 'INVOICE No.'; invoice_date = the letter's date ("
        + ["'12 March 2026'", "dd/mm/yyyy", "'12 March 2026'", "'12th March 2026'"][i]
        + "). "
        + due_note(due, None, "Kindly arrange payment by")
        + po_note(po, "YOUR ORDER")
        + (
            "subtotal = 'Fees'; tax = 'VAT 16.5%'; total = 'Total'"
            if table_
            else "subtotal = 'The fees total'; tax = 'VAT at 16.5% of'; total = 'the amount of this invoice'"
        )
        + (" (the advance and the balance are decoys)" if adv else "")
        + f". Currency MWK (printed '{cur}'). Line items: every fee, no quantity."
    )
    t = truth(vname, vid, no, po, d, due, "MWK", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, fd(due)]
    return t, chk, render


# =========================================================================== 10 Niš (ПДВ 20 % / 10 %, RSD), ruled grid, rabat column, avans
NI_V = [
    ("Нишка Пекара Ђурђевак ДОО", "Бул. Немањића 44, 18000 Ниш", (127, 29, 29)),
    ("Нишава Електро Трговина ДОО", "Ул. Вожда Карађорђа 12, 18000 Ниш", (30, 64, 175)),
    ("Медијана Грађевински Материјал ДОО", "Ул. Булевар Медијана 21, 18000 Ниш", (68, 64, 60)),
    ("Јужна Морава Агро ДОО", "Ул. Приштинска 7, 18000 Ниш", (21, 128, 61)),
]
NI_B = [
    ("Хотел Тами Резиденс ДОО", "Ул. Генерала Милојка Лешјанина 9, Ниш"),
    ("Сврљиг Маркет ДОО", "Ул. Радетова 3, Сврљиг"),
    ("Градња Алексинац ДОО", "Ул. Књегиње Љубице 15, Алексинац"),
    ("Ресторан Стара Србија ДОО", "Ул. Тргова 1, Ниш"),
]
NI_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Хлеб бели 500 г", "ком", 20, 400, 55, 75, 10),
    ("Бурек са сиром, кг", "кг", 5, 60, 480, 680, 10),
    ("Кабл ПП-Y 3x2,5 мм²", "м", 50, 600, 95, 160, 20),
    ("Утичница шуко", "ком", 10, 200, 180, 420, 20),
    ("Сијалица LED 12 W", "ком", 10, 200, 160, 320, 20),
    ("Цреп глинени", "ком", 200, 3000, 48, 75, 20),
    ("Цемент 25 кг", "џак", 10, 200, 540, 720, 20),
    ("Малтер готови 40 кг", "џак", 10, 120, 620, 880, 20),
    ("Пшеница меркантилна, т", "т", 1, 20, 22000, 28000, 10),
    ("Кукуруз у зрну, т", "т", 1, 25, 19000, 25000, 10),
    ("Ђубриво NPK 15:15:15, 50 кг", "џак", 5, 80, 3900, 5200, 20),
    ("Превоз робе", "тура", 1, 2, 4500, 12000, 20),
    ("Сир бели крављи, кг", "кг", 10, 100, 690, 890, 10),
    ("Ајвар 720 г", "тегла", 12, 120, 420, 580, 10),
]


@style("10", "rs_ini_nis_racun_pdv_20_10_rabat_avans_ruled")
def s10(rng, i):
    vname, vaddr, color = NI_V[i]
    bname, baddr = NI_B[i]
    d = rand_date(rng)
    items = lines(rng, NI_ROWS, [5, 2, 13, 7][i], D("0.5"))
    for x in items:
        x["rate"] = x["extra"]
        x["pct"] = rng.choice([0, 0, 2, 5, 10])
        x["gross"] = x["amount"]
        x["disc"] = q2(x["gross"] * x["pct"] / 100)
        x["amount"] = x["gross"] - x["disc"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: "1" + digits(rng, 8), pib.is_valid)
    bid = valid(rng, lambda: "1" + digits(rng, 8), pib.is_valid)
    no = [
        f"{rng.randint(1, 999)}/{d.year}",
        f"РН-{rng.randint(1000, 9999)}",
        f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}/{d.strftime('%y')}",
        f"{rng.randint(10000, 99999)}",
    ][i]
    fd = [long_date("sr"), lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d.%m.%Y."), long_date("sr")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30, 45]))
    po = [None, f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"НБ-{rng.randint(100, 999)}", None][i]
    adv = q2(total * rng.choice([D("0.2"), D("0.3")])) if i in (1, 2) else None
    cur = ["РСД", "дин.", "динара", "RSD"][i]
    acct = lambda: f"{rng.choice(['160', '205', '265'])}-{digits(rng, 13)}"  # noqa: E731

    def mod97(a):
        b, body = a.split("-")
        n = int(b + body)
        return f"{b}-{body}-{98 - (n * 100) % 97:02d}"

    m = de

    def render(path):
        pdf = new_fpdf(creator="Pantheon")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        para(
            pdf,
            14,
            19,
            110,
            f"{vaddr}\nПИБ: {vid}   Матични број: {digits(rng, 8, True)}\nТекући рачун: {mod97(acct())}\nШифра делатности: {rng.choice(['1071', '4669', '4673', '4621'])}",
            8,
            h=4,
        )
        txt(pdf, 130, 12, "РАЧУН", 18, "B")
        kv(
            pdf,
            130,
            22,
            [
                ("Број рачуна:", no),
                ("Датум издавања:", fd(d)),
                ("Датум промета:", (d - dt.timedelta(days=rng.randint(0, 3))).strftime("%d.%m.%Y.")),
                ("Место издавања:", "Ниш"),
                ("Наруџбеница:", po),
                ("Рок плаћања:", fd(due)),
            ],
            wl=30,
            wv=40,
            size=8,
            step=4.5,
            align="L",
        )
        txt(pdf, 14, 48, "Купац", 7, color=(110, 110, 110))
        para(pdf, 14, 52, 120, f"{bname}\n{baddr}\nПИБ купца: {bid}", 8.5, h=4.2)
        cols = [
            ("Р.б.", 9, "L"),
            ("Опис", 48, "L"),
            ("Јед.", 11, "L"),
            ("Кол.", 14, "R"),
            ("Цена", 20, "R"),
            ("Рабат %", 14, "R"),
            ("Основица", 22, "R"),
            ("ПДВ %", 12, "R"),
            ("ПДВ", 20, "R"),
            ("Укупно", 5 + 20, "R"),
        ]
        rows = [
            [
                str(k + 1),
                x["desc"],
                x["unit"],
                qstr(x["qty"]).replace(".", ","),
                m(x["price"]),
                str(x["pct"]),
                m(x["amount"]),
                str(x["rate"]),
                m(x["tax"]),
                m(x["amount"] + x["tax"]),
            ]
            for k, x in enumerate(items)
        ]
        y0 = 70
        y = table(pdf, 10, y0, cols, rows, size=7.2, rowh=5.8, header_fill=(235, 235, 235), line_color=(70, 70, 70))
        frame(pdf, 10, y0, y, cols, color=(70, 70, 70))
        rates = by_rate([{"rate": x["rate"], "amount": x["amount"]} for x in items])
        rt = []
        for r, b, _ in rates:
            rt += [
                (f"Основица ПДВ {r}%", m(b), False),
                (f"ПДВ {r}%", m(sum(x["tax"] for x in items if x["rate"] == r)), False),
            ]
        disc = sum(x["disc"] for x in items)
        rows_t = (
            ([("Износ без рабата", m(net + disc), False), ("Рабат", m(disc), False)] if disc else [])
            + [("Укупна основица", m(net), False)]
            + rt
            + [("Укупан ПДВ", m(tax), False), ("УКУПНО ЗА УПЛАТУ" if not adv else "Укупно", f"{m(total)} {cur}", True)]
        )
        if adv:
            rows_t += [
                ("Умањење за примљени аванс", m(adv), False),
                ("Преостало за уплату", f"{m(total - adv)} {cur}", True),
            ]
        y2 = totals(pdf, 108, y + 5, rows_t, wl=52, wv=38, size=8.2, line=color, step=5)
        para(
            pdf,
            14,
            y2 + 4,
            180,
            f"Плаћање на текући рачун са позивом на број {no}. "
            + (f"Аванс примљен по авансном рачуну бр. А-{rng.randint(10, 99)}/{d.year}. " if adv else "")
            + f"СЕФ ИД: {digits(rng, 8, True)}\n\nФактурисао: ____________        Примио: ____________        М.П.",
            7.8,
            h=4,
        )
        pdf.output(path)

    notes = (
        "Niš (Serbia) supplier's РАЧУН in Serbian Cyrillic on a FULLY RULED grid with a РАБАТ % column per row (the row's base after the discount), ПДВ 20 % and 10 % per row and per rate, '1.234,56' dinars"
        + (", an ADVANCE deducted below the total ('Умањење за примљени аванс', 'Преостало за уплату')" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'ПИБ' (9 digits; the матични број, the current account, the activity code, the buyer's ПИБ, the SEF ID are decoys). "
        "invoice_number = 'Број рачуна'; invoice_date = 'Датум издавања' ("
        + ["Serbian long date '12. марта 2026. године'", "dd.mm.yyyy.", "dd.mm.yyyy.", "Serbian long date"][i]
        + "; 'Датум промета' is a decoy). "
        + due_note(due, None, "Рок плаћања")
        + po_note(po, "Наруџбеница")
        + "subtotal = 'Укупна основица' (after the discounts); tax = 'Укупан ПДВ'; total = "
        + ("'Укупно' (the advance and 'Преостало за уплату' are decoys)" if adv else "'УКУПНО ЗА УПЛАТУ'")
        + f". Currency RSD (printed '{cur}'). Line items: every row at its base after the row discount."
    )
    t = truth(vname, vid, no, po, d, due, "RSD", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, fd(due)]
    return t, chk, render
