"""fpdf2 styles for set 26, second part (09 Republika Srpska (Banja Luka) printing house's РАЧУН in Serbian Cyrillic
(ijekavian) on a landscape page, in convertible marks, with per-row base, ПДВ 17 % and gross columns, the ЈИБ beside the
ПДВ number and the supply date, 10 Tuvalu (Funafuti) hardware and building contractor's tax invoice in English in
Australian dollars with the Tuvalu Consumption Tax 7 %, the amount payable in a box at the top and the breakdown at
the foot)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import sr_date
from kit_common import due_note, kv, po_note, truth
from invoice_kit import de, digits, en, exact_price, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import en_date, frame, para, totals

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Republika Srpska printing house (ПДВ 17 %, BAM), landscape, per-row VAT columns
RS_V = [
    ("Графика Крајина д.о.о.", "Булевар цара Душана 34", "78000 Бања Лука", (150, 20, 30)),
    ("Штампарија Змијање д.о.о.", "Јована Дучића 12", "78000 Бања Лука", (20, 70, 140)),
    ("Принт центар Бијељина д.о.о.", "Његошева 5", "76300 Бијељина", (20, 110, 60)),
    ("Сувенир и амбалажа Требиње а.д.", "Вука Караџића 18", "89101 Требиње", (110, 60, 20)),
]
RS_B = [
    ("Туристичка организација града Бање Луке", "Краља Петра I Карађорђевића 87, Бања Лука"),
    ("Пекара Житопромет д.о.о.", "Индустријска зона бб, Приједор"),
    ("Дом здравља Добој", "Светог Саве 4, Добој"),
    ("Винарија Херцеговачка кућа д.о.о.", "Мостарски пут бб, Требиње"),
]
RS_ROWS = [
    ("Флајер А5, колор 4/4, 135 г", "ком", 500, 10000, "0.06", "0.18"),
    ("Брошура А4, 16 стр., шивена", "ком", 100, 2000, "1.20", "3.40"),
    ("Плакат Б2, колор", "ком", 20, 400, "1.80", "4.50"),
    ("Визит карте, 350 г, пластифициране", "ком", 200, 3000, "0.04", "0.12"),
    ("Картонска кутија са штампом", "ком", 100, 3000, "0.45", "1.40"),
    ("Графичка припрема и дизајн", "час", 2, 24, "25.00", "45.00"),
    ("Налепнице на ролни 60x40 мм", "ком", 1000, 20000, "0.02", "0.06"),
    ("Каталог производа 32 стр.", "ком", 100, 1500, "2.40", "5.80"),
]


@style("09", "ba_rs_banjaluka_racun_pdv_17_landscape")
def s09(rng, i):
    vname, vstreet, vcity, color = RS_V[i]
    bname, baddr = RS_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(RS_ROWS, rng.randint(3, 6)):
        q = D(rng.randint(qlo, qhi)) if unit == "час" else D(rng.randint(max(1, qlo // 50), qhi // 50) * 50)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.01"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
        x["vat"] = q2(x["amount"] * D("0.17"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    pdv = "40" + digits(rng, 10)
    jib = "4" + pdv
    no = [
        f"{rng.randint(10, 999)}/{d.strftime('%y')}",
        f"{rng.randint(1000, 4999)}",
        f"{rng.randint(100, 999)}/{d.year}",
        f"{rng.randint(10000, 39999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d.%m.%Y."),
        sr_date,
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%d.%m.%y"),
    ][i]
    supply = d - dt.timedelta(days=rng.randint(0, 6))
    due = [d + dt.timedelta(days=15), d + dt.timedelta(days=30), None, d + dt.timedelta(days=8)][i]
    term = ["", "", "Плаћање авансно / по пријему рачуна", ""][i]
    po = [None, f"{rng.randint(10, 99)}-{rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(100, 999)}", None][
        i
    ]
    po_label = ["", "Ваша наруџба бр.", "Уговор бр.", ""][i]
    km = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Пантеон ФАКТ 5")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 14, "B", color=color)
        txt(
            pdf,
            14,
            16.5,
            f"{vstreet}, {vcity} · Република Српска, БиХ · тел. +387 {rng.choice(['51', '55', '59'])} {digits(rng, 3)} {digits(rng, 3)}",
            8,
        )
        txt(
            pdf,
            14,
            20.5,
            f"ЈИБ: {jib} · ПДВ број: {pdv} · Жиро рачун: 5{rng.randint(51, 72)}-{digits(rng, 3)}-{digits(rng, 8)}-{digits(rng, 2)}",
            7.8,
            color=(80, 80, 80),
        )
        pdf.set_draw_color(*color)
        pdf.line(14, 25, 283, 25)
        txt(pdf, 14, 29, "Купац:", 7.6, "I", color=(110, 110, 110))
        txt(pdf, 14, 33.5, bname, 9.6, "B")
        txt(pdf, 14, 38.5, baddr, 8.4)
        txt(pdf, 14, 43, f"ЈИБ купца: 4{digits(rng, 12)}", 7.8)
        txt(pdf, 150, 29, f"РАЧУН бр. {no}", 15, "B", color=color)
        kv(
            pdf,
            150,
            37,
            [
                ("Датум рачуна", fd(d)),
                ("Датум промета", supply.strftime("%d.%m.%Y.")),
                ("Мјесто издавања", vcity.split(" ", 1)[1]),
                (po_label, po),
                ("Рок плаћања", fd(due) if due else None),
            ],
            wl=40,
            wv=44,
            size=8,
            step=4.6,
            align="L",
        )
        cols = [
            ("Р.бр.", 12, "C"),
            ("Назив робе / услуге", 88, "L"),
            ("Ј.м.", 14, "C"),
            ("Количина", 22, "R"),
            ("Цијена без ПДВ", 28, "R"),
            ("Основица", 30, "R"),
            ("ПДВ 17%", 26, "R"),
            ("Укупно са ПДВ", 32, "R"),
        ]
        rows = [
            [
                str(k + 1),
                x["desc"],
                x["unit"],
                qstr(x["qty"]),
                km(x["price"]),
                km(x["amount"]),
                km(x["vat"]),
                km(x["amount"] + x["vat"]),
            ]
            for k, x in enumerate(items)
        ]
        y0 = 64
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=6, header_fill=(236, 236, 236), line_color=(140, 140, 140))
        frame(pdf, 14, y0, y, cols, color=(140, 140, 140))
        y2 = totals(
            pdf,
            183,
            y + 5,
            [
                ("Укупно основица", km(net), False),
                ("Укупно ПДВ 17%", km(tax), False),
                ("УКУПНО ЗА ПЛАЋАЊЕ КМ", km(total), True),
            ],
            wl=68,
            wv=32,
            size=8.6,
            line=color,
            step=5.8,
        )
        para(
            pdf,
            14,
            y + 5,
            160,
            (f"{term}. " if term else "")
            + "Рачун је израђен на рачунару и пуноважан је без печата и потписа. ПДВ обрачунат по стопи од 17% у складу са Законом о порезу на додату вриједност БиХ. Рекламације у року од 8 дана.",
            7.4,
            h=3.8,
        )
        txt(pdf, 14, max(y2, y + 24) + 10, "Фактурисао: ______________", 7.8)
        txt(pdf, 200, max(y2, y + 24) + 10, "Примио: ______________", 7.8)
        pdf.output(path)

    notes = (
        "Republika Srpska printing house's РАЧУН in Serbian Cyrillic (ijekavian: 'Цијена', 'Мјесто') on a landscape A4 page in convertible marks: the ЈИБ and the ПДВ number side by side, the invoice number in the title 'РАЧУН бр.', a ruled grid with per-row base ('Основица'), VAT ('ПДВ 17%') and gross ('Укупно са ПДВ') columns and the totals at the right under the grid: vendor = the company name at the top; vendor tax id = 'ПДВ број' (12 digits, shape unverified; the 13-digit ЈИБ is the ПДВ number with a leading 4 and is a decoy, like the customer's ЈИБ and the giro account). "
        "invoice_number = 'РАЧУН бр.'; invoice_date = 'Датум рачуна' ("
        + ["dd.mm.yyyy.", "'12. март 2026.'", "dd.mm.yyyy", "dd.mm.yy"][i]
        + "); 'Датум промета' (supply date) is a decoy. "
        + due_note(due, term, "Рок плаћања")
        + po_note(po, po_label)
        + "subtotal = 'Укупно основица'; tax = 'Укупно ПДВ 17%' (the sum of the rows' VAT); total = 'УКУПНО ЗА ПЛАЋАЊЕ КМ'. Currency BAM (printed 'КМ'). Amounts '1.234,56'. Line items: every row, amount = the row's 'Основица' (net; the row's VAT and gross are decoys) (quantity = pieces, hours)."
    )
    t = truth(vname, pdv, no, po, d, due, "BAM", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, pdv, no, po, vname, "УКУПНО ЗА ПЛАЋАЊЕ"], render


# =========================================================================== 10 Tuvalu hardware and building contractor (TCT 7 %, AUD), amount payable boxed at the top
TV_V = [
    ("Fongafale Hardware & Building Ltd", "Vaiaku, Fongafale, Funafuti", (0, 90, 160)),
    ("Te Moana Construction Services", "Alapi, Fongafale, Funafuti", (170, 80, 0)),
    ("Vaitupu Island Builders", "Asau, Vaitupu", (20, 110, 70)),
    ("Nukufetau Marine & Hardware", "Savave, Nukufetau", (120, 30, 100)),
]
TV_B = [
    ("Tuvalu Electricity Corporation", "Fongafale, Funafuti"),
    ("Funafuti Kaupule", "Vaiaku, Funafuti"),
    ("Motufoua Secondary School", "Vaitupu"),
    ("Tuvalu Red Cross Society", "Fongafale, Funafuti"),
]
TV_ROWS = [
    ("Rainwater tank 10,000 L, installed", "ea", 1, 4, "1850", "2900"),
    ("Roofing iron 0.42 mm, 3.6 m", "sht", 10, 80, "38.00", "56.00"),
    ("Timber 100x50 H3, 4.8 m", "len", 10, 60, "24.00", "36.00"),
    ("Cement 40 kg", "bag", 10, 100, "21.00", "29.50"),
    ("Guttering 5.8 m with brackets", "len", 4, 30, "46.00", "72.00"),
    ("Labour, carpenter (hours)", "hr", 8, 80, "28.00", "42.00"),
    ("Solar light, 30 W stand-alone", "ea", 2, 20, "145.00", "230.00"),
    ("Freight from Suva (per cubic metre)", "m3", 1, 6, "180.00", "260.00"),
]


@style("10", "tv_funafuti_invoice_tct_7")
def s10(rng, i):
    vname, vaddr, color = TV_V[i]
    bname, baddr = TV_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(TV_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.07"))
    total = net + tax
    tin = f"{rng.randint(10000, 99999)}"
    no = [
        f"{rng.randint(100, 999)}",
        f"TMC-{rng.randint(1000, 1999)}",
        f"{d.year}/{rng.randint(10, 99)}",
        f"{rng.randint(3000, 3999)}",
    ][i]
    fd = [
        en_date,
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d %b %Y"),
        lambda x: x.strftime("%d-%m-%Y"),
    ][i]
    due = [None, d + dt.timedelta(days=30), d + dt.timedelta(days=14), None][i]
    term = ["Payment on delivery", "", "", "Payment within 30 days of the ship's arrival"][i]
    po = [f"LPO {rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", f"TRCS-{rng.randint(10, 99)}"][i]
    po_label = ["Order", "", "Purchase order", "Your ref."][i]
    m = lambda x: "$" + en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Tuvalu Office Suite")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        txt(pdf, 14, 19, f"{vaddr}, Tuvalu · Phone +688 {rng.randint(20, 29)}{digits(rng, 3)}", 8.2)
        txt(
            pdf,
            14,
            23,
            f"TIN {tin} · TCT registered · Business licence {rng.randint(100, 999)}/{rng.randint(2015, 2025)}",
            7.8,
            color=(90, 90, 90),
        )
        txt(pdf, 14, 34, "TAX INVOICE", 16, "B")
        kv(
            pdf,
            14,
            43,
            [("Invoice no.", no), ("Date", fd(d)), (po_label, po), ("Due date", fd(due) if due else None)],
            wl=32,
            wv=46,
            size=8.4,
            step=5,
            align="L",
        )
        pdf.set_fill_color(*color)
        pdf.rect(128, 32, 68, 26, "F")
        txt(pdf, 131, 35, "AMOUNT PAYABLE (AUD)", 8.4, "B", color=(255, 255, 255))
        txt(pdf, 131, 42, m(total), 17, "B", color=(255, 255, 255))
        txt(pdf, 131, 52, f"incl. TCT {m(tax)}", 8, color=(255, 255, 255))
        txt(pdf, 14, 66, "Bill to:", 7.6, "I", color=(110, 110, 110))
        txt(pdf, 14, 70.5, f"{bname}, {baddr}", 9.2, "B")
        cols = [
            ("Description", 88, "L"),
            ("Qty", 16, "R"),
            ("Unit", 14, "C"),
            ("Unit price", 30, "R"),
            ("Amount", 34, "R"),
        ]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 14, 80, cols, rows, size=8, rowh=6.2, header_fill=None, line_color=(200, 200, 200))
        y2 = totals(
            pdf,
            122,
            y + 6,
            [
                ("Total excluding TCT", m(net), False),
                ("Tuvalu Consumption Tax 7%", m(tax), False),
                ("Total including TCT", m(total), True),
            ],
            wl=46,
            wv=28,
            size=8.6,
            line=color,
            step=5.8,
        )
        para(
            pdf,
            14,
            y2 + 8,
            182,
            (f"{term}. " if term else "")
            + "Prices in Australian dollars. TCT at 7% under the Consumption Tax Act. Payment to National Bank of Tuvalu, Funafuti, account "
            + digits(rng, 7, True)
            + ". Fakafetai lasi!",
            7.6,
            h=3.9,
        )
        pdf.output(path)

    notes = (
        "Tuvalu hardware and building contractor's TAX INVOICE in English in Australian dollars with the Tuvalu Consumption Tax (TCT) at 7 %: the amount payable in a coloured box at the top right (with 'incl. TCT'), the rows with light rules and the breakdown 'Total excluding TCT' / 'Tuvalu Consumption Tax 7%' / 'Total including TCT' at the foot: vendor = the company name at the top; vendor tax id = 'TIN' (5 digits, shape unverified); the business licence and the bank account are decoys. "
        "invoice_number = 'Invoice no.'; invoice_date = 'Date' ("
        + ["'12 March 2026'", "dd/mm/yyyy", "'12 Mar 2026'", "dd-mm-yyyy"][i]
        + "). "
        + due_note(due, term, "Due date")
        + po_note(po, po_label)
        + "subtotal = 'Total excluding TCT'; tax = 'Tuvalu Consumption Tax 7%'; total = 'Total including TCT' (also 'AMOUNT PAYABLE (AUD)' in the box). Currency AUD. Amounts '$1,234.50'. Line items: every row (quantity = each, sheets, lengths, bags, hours, m3)."
    )
    t = truth(vname, tin, no, po, d, due, "AUD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, tin, no, po, vname, "Total including TCT"], render
