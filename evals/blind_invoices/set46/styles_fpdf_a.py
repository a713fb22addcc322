"""fpdf2 styles for set 46, first part (06 Brașov supplier's FACTURĂ in Romanian with TVA 19 % / 9 % before August
2025 and 21 % / 11 % from then, two documents over TWO PAGES with 'Pagina x din y' and the totals only on the last page,
07 Bitola supplier's ФАКТУРА in Macedonian Cyrillic on a LANDSCAPE page with a fully ruled grid and ДДВ 18 % / 5 % per
row, denars '1.234,56 ден.')."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, totals, truth
from stdnum.mk import edb
from stdnum.ro import cui

STYLES, style = style_registry("fpdf2")

_ok_iban = lambda s: __import__("schwifty").IBAN(s, allow_invalid=True).is_valid  # noqa: E731


# =========================================================================== 06 Brașov (TVA 19/9 or 21/11 %, RON), two pages on two documents
BV_V = [
    ("Carpați Lemn Prod SRL", "Str. Zizinului nr. 110, 500407 Brașov, jud. Brașov", (120, 53, 15)),
    ("Țara Bârsei Distribuție Alimentară SRL", "Calea București nr. 251, 500299 Brașov", (22, 101, 52)),
    ("Tâmpa Instalații Tehnice SA", "Str. Carpaților nr. 60, 500269 Brașov", (30, 64, 175)),
    ("Poiana Hotel Supplies SRL", "Str. Lungă nr. 45, 500058 Brașov", (131, 24, 67)),
]
BV_B = [
    ("Pensiunea Casa Bran SRL", "Str. Principală nr. 219, Bran, jud. Brașov"),
    ("Hotel Aro Palace SA", "B-dul Eroilor nr. 27, Brașov"),
    ("Mega Construct Făgăraș SRL", "Str. Negoiu nr. 8, Făgăraș, jud. Brașov"),
    ("Restaurant Sergiana SRL", "Str. Mureșenilor nr. 28, Brașov"),
]
BV_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, reduced)
    ("Cherestea rășinoase 50x100 mm", "mc", 1, 12, 950, 1450, False),
    ("Parchet stejar 14 mm", "mp", 10, 120, 140, 260, False),
    ("Lambriu molid 12,5 mm", "mp", 10, 150, 35, 62, False),
    ("Uși interior brad masiv", "buc", 1, 10, 680, 1350, False),
    ("Brânză de burduf, kg", "kg", 5, 60, 38, 65, True),
    ("Salam de Sibiu, kg", "kg", 2, 30, 85, 140, True),
    ("Făină albă 000, sac 25 kg", "sac", 2, 40, 62, 95, True),
    ("Ulei floarea-soarelui 5 L", "buc", 2, 40, 38, 56, True),
    ("Pâine feliată 500 g", "buc", 10, 120, 4, 8, True),
    ("Ouă ferma, cofraj 30", "cofraj", 2, 40, 24, 38, True),
    ("Apă minerală Harghita 2 L (6)", "bax", 2, 60, 14, 24, True),
    ("Cafea boabe 1 kg", "kg", 2, 20, 65, 120, True),
    ("Țeavă PPR 25 mm", "ml", 20, 300, 5, 11, False),
    ('Robinet sferic 1/2"', "buc", 2, 40, 18, 45, False),
    ("Centrală termică pe gaz 24 kW", "buc", 1, 3, 3200, 5400, False),
    ("Calorifer oțel 600x1000", "buc", 1, 12, 280, 520, False),
    ("Manoperă instalare", "ore", 2, 40, 90, 160, False),
    ("Lenjerie pat hotel 160x200", "set", 5, 60, 95, 180, False),
    ("Prosoape baie 70x140", "buc", 10, 120, 28, 55, False),
    ("Detergent rufe profesional 20 kg", "sac", 1, 10, 210, 340, False),
    ("Săpun lichid 5 L", "buc", 2, 20, 32, 58, False),
    ("Hârtie igienică 2 straturi (8)", "bax", 2, 40, 48, 80, False),
    ("Transport marfă Brașov", "cursă", 1, 2, 150, 450, False),
    ("Gem de afine 370 g", "buc", 6, 60, 11, 19, True),
    ("Miere de salcâm 1 kg", "buc", 2, 30, 38, 62, True),
    ("Paleți EUR returnabili", "buc", 1, 10, 45, 70, False),
]


@style("06", "ro_bv_brasov_factura_tva_21_11_two_pages")
def s06(rng, i):
    vname, vaddr, color = BV_V[i]
    bname, baddr = BV_B[i]
    d = rand_date(rng)
    new = d >= dt.date(2025, 8, 1)
    hi_r, lo_r = (21, 11) if new else (19, 9)
    items = lines(rng, BV_ROWS, [6, 22, 3, 25][i], D("0.01"))
    for x in items:
        x["rate"] = lo_r if x["extra"] else hi_r
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    c = valid(rng, lambda: str(rng.randint(10000000, 49999999)), cui.is_valid)
    vid = "RO" + c
    bid = valid(rng, lambda: str(rng.randint(1000000, 49999999)), cui.is_valid)
    series = ["BV", "CLP", "TBD", "PHS"][i]
    nr = f"{rng.randint(100, 9999):04d}"
    no = f"{series} {nr}"
    fd = [
        long_date("ro"),
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [None, f"CMD {rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%d.%m.%Y')}", None][i]
    aviz = f"AV {rng.randint(10000, 99999)}"
    eur = de(q2(total / D("5.0785"))) if i in (1, 3) else None
    pages = [items[:20], items[20:]] if len(items) > 20 else [items]
    ib = valid(rng, lambda: iban("RO", rng.choice(["BTRL", "RNCB", "INGB"]) + digits(rng, 16)), _ok_iban)
    bib = valid(rng, lambda: iban("RO", rng.choice(["BRDE", "CECE", "BACX"]) + digits(rng, 16)), _ok_iban)
    m = de

    def render(path):
        pdf = new_fpdf(creator="SmartBill")
        np_ = len(pages)
        n0 = 0
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            txt(pdf, 15, 12, vname, 12, "B", color=color)
            para(
                pdf,
                15,
                18,
                95,
                f"{vaddr}\nCIF: {vid}\nNr. Reg. Com.: J08/{rng.randint(100, 3999)}/{rng.randint(1995, 2022)}\nCapital social: {rng.choice(['200', '1.000', '45.000'])} lei\nIBAN: {iban_fmt(ib)}\nBanca Transilvania Brașov",
                7.8,
                h=3.7,
            )
            txt(pdf, 125, 12, "FACTURĂ", 18, "B")
            kv(
                pdf,
                125,
                22,
                [
                    ("Seria și nr.:", no),
                    ("Data emiterii:", fd(d)),
                    ("Data scadenței:", fd(due) if due else None),
                    ("Comanda:", po),
                    ("Aviz însoțire:", aviz),
                    ("Cota TVA:", f"{hi_r}% / {lo_r}%"),
                ],
                wl=30,
                wv=40,
                size=8,
                step=4.5,
            )
            txt(pdf, 15, 48, "CUMPĂRĂTOR", 7, "B", color=(110, 110, 110))
            para(pdf, 15, 52, 100, f"{bname}\n{baddr}\nCUI: {bid}\nIBAN: {iban_fmt(bib)}", 8, h=3.9)
            cols = [
                ("Nr.", 10, "L"),
                ("Denumirea produselor / serviciilor", 68, "L"),
                ("U.M.", 14, "L"),
                ("Cant.", 14, "R"),
                ("Preț unitar (fără TVA)", 24, "R"),
                ("Valoare", 24, "R"),
                ("TVA %", 12, "R"),
                ("Valoare TVA", 18, "R"),
            ]
            rows = [
                [
                    str(n0 + k + 1),
                    x["desc"],
                    x["unit"],
                    qstr(x["qty"]),
                    m(x["price"]),
                    m(x["amount"]),
                    str(x["rate"]),
                    m(x["tax"]),
                ]
                for k, x in enumerate(chunk)
            ]
            y = table(pdf, 15, 72, cols, rows, size=7.6, rowh=6, header_fill=(236, 236, 236))
            frame(pdf, 15, 72, y, cols)
            n0 += len(chunk)
            if pi < np_ - 1:
                txt(
                    pdf,
                    15,
                    y + 4,
                    f"Continuare pe pagina {pi + 2} (poziții 1–{n0} din {len(items)})",
                    8,
                    "I",
                    color=(90, 90, 90),
                )
            else:
                rates = by_rate([{"rate": x["rate"], "amount": x["amount"]} for x in items])
                rows_t = (
                    [("Total fără TVA", m(net), False)]
                    + [
                        (f"TVA {r}% (bază {m(b)})", m(sum(x["tax"] for x in items if x["rate"] == r)), False)
                        for r, b, _ in rates
                    ]
                    + [("Total TVA", m(tax), False), ("TOTAL DE PLATĂ", m(total) + " lei", True)]
                )
                y2 = totals(pdf, 110, y + 5, rows_t, wl=52, wv=32, size=8.4, line=color)
                if eur:
                    txt(pdf, 110, y2 + 1, f"Echivalent: {eur} EUR (curs BNR 5,0785)", 7.2, color=(90, 90, 90))
                para(
                    pdf,
                    15,
                    y + 5,
                    85,
                    (
                        "Termen de plată: " + fd(due) + ", prin ordin de plată."
                        if due
                        else "Achitat numerar, chitanța nr. " + str(rng.randint(100, 999)) + "."
                    )
                    + "\nFactura circulă fără semnătură și ștampilă conform Legii 227/2015 privind Codul fiscal.\nÎntocmit: "
                    + rng.choice(["Ioana Munteanu", "Radu Popa", "Andreea Stan"]),
                    7.5,
                    h=3.7,
                )
            para(
                pdf,
                15,
                278,
                150,
                f"ID încărcare e-Factura: {digits(rng, 10, True)} · {vname} · {vid}",
                6.5,
                color=(110, 110, 110),
            )
            txt(pdf, 170, 282, f"Pagina {pi + 1} din {np_}", 7.5, align="R", w=25)
        pdf.output(path)

    notes = (
        f"Brașov (Romania) supplier's FACTURĂ in Romanian, TVA {hi_r} % and {lo_r} % per row ({'from' if new else 'before'} 1 August 2025), '1.234,56' lei, a fully framed table"
        + (
            ", over TWO PAGES with 'Pagina x din y' and the totals only on the last page"
            if len(pages) > 1
            else ", one page"
        )
        + ": vendor = the name at the top left; vendor_tax_id = 'CIF' (RO + CUI; the Nr. Reg. Com., the buyer's CUI, both IBANs, the aviz, the e-Factura upload id are decoys). "
        "invoice_number = 'Seria și nr.' (series and number); invoice_date = 'Data emiterii' ("
        + ["Romanian long date '12 martie 2026'", "dd.mm.yyyy", "dd.mm.yyyy", "dd/mm/yyyy"][i]
        + "). "
        + due_note(due, "Achitat numerar" if i == 2 else None, "Data scadenței")
        + po_note(po, "Comanda")
        + "subtotal = 'Total fără TVA'; tax = 'Total TVA'; total = 'TOTAL DE PLATĂ'"
        + (" (the EUR equivalent is a decoy)" if eur else "")
        + ". Currency RON (printed 'lei'). Line items: every row on every page, before TVA."
    )
    t = truth(vname, vid, no, po, d, due, "RON", net, tax, total, items, notes)
    chk = [
        fd(d),
        series,
        nr,
        vname,
        vid,
        bid,
        "TOTAL DE PLATĂ",
        fd(due) if due else None,
        aviz,
        f"Pagina {len(pages)} din {len(pages)}",
    ]
    return t, chk, render


# =========================================================================== 07 Bitola (ДДВ 18 % / 5 %, MKD), landscape, fully ruled grid
BT_V = [
    ("Пелистер Млекара ДООЕЛ Битола", "ул. Индустриска бб, 7000 Битола", (30, 64, 175)),
    ("Хераклеа Градежни Материјали ДОО", "ул. Довлеџик 14, 7000 Битола", (153, 27, 27)),
    ("Баба Планина Трговија ДООЕЛ", "ул. Широк Сокак 88, 7000 Битола", (21, 128, 61)),
    ("Пелагонија Агро Промет ДОО", "ул. Партизанска 210, 7000 Битола", (113, 63, 18)),
]
BT_B = [
    ("Хотел Епинал ДОО Битола", "ул. Маршал Тито бб, Битола"),
    ("Охридска Градба ДООЕЛ", "ул. Македонски Просветители 5, Охрид"),
    ("Маркет Прилеп ДОО", "ул. Гоце Делчев 31, Прилеп"),
    ("Ресторан Ѓаконовиќ ДООЕЛ", "ул. Кленовец 2, Битола"),
]
BT_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Сирење бело кравјо, кг", "кг", 10, 120, 290, 420, 5),
    ("Кашкавал пелистерски, кг", "кг", 5, 80, 480, 690, 5),
    ("Млеко свежо 2,8% 1 л", "л", 20, 400, 52, 68, 5),
    ("Јогурт 1 л", "пак", 20, 300, 48, 64, 5),
    ("Цемент 25 кг", "вреќа", 10, 200, 210, 290, 18),
    ("Тула 25x12x6,5", "ком", 200, 4000, 8, 14, 18),
    ("Арматурна мрежа Q188", "ком", 2, 40, 1650, 2400, 18),
    ("Фасадна боја 15 л", "ком", 1, 20, 2100, 3600, 18),
    ("Брашно тип 500, 25 кг", "вреќа", 2, 40, 820, 1100, 5),
    ("Пиперка ајвар 720 г", "тегла", 12, 120, 160, 260, 5),
    ("Превоз на стока", "тура", 1, 3, 1500, 4800, 18),
    ("Пелистерски чај 50 г", "пак", 10, 100, 90, 160, 5),
    ("Минерална вода 1,5 л (6)", "пак", 5, 80, 160, 240, 18),
    ("Ракија лозова 0,7 л", "шише", 6, 60, 420, 780, 18),
]


@style("07", "mk_btl_bitola_faktura_ddv_18_5_landscape_ruled")
def s07(rng, i):
    vname, vaddr, color = BT_V[i]
    bname, baddr = BT_B[i]
    d = rand_date(rng)
    items = lines(rng, BT_ROWS, [4, 9, 1, 13][i], D("0.5"))
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: "40" + digits(rng, 11), edb.is_valid)
    bid = valid(rng, lambda: rng.choice(["40", "41", "43"]) + digits(rng, 11), edb.is_valid)
    vid_p = ["МК" + vid, vid, "МК" + vid, vid][i]
    no = [
        f"{rng.randint(1, 999)}/{d.year}",
        f"Ф-{rng.randint(1000, 9999)}/{d.strftime('%y')}",
        f"{rng.randint(10000, 99999)}",
        f"08-{rng.randint(100, 999)}/{d.year}",
    ][i]
    fd = [long_date("mk"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), long_date("mk")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 2 else None
    po = [None, f"Нар. {rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    cur = ["ден.", "МКД", "денари", "ден."][i]
    eur = de(q2(total / D("61.5"))) if i in (1, 3) else None
    acct = f"{rng.choice(['300', '210', '250'])}{digits(rng, 10)}{digits(rng, 2)}"
    m = de

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Pantheon 5.5")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 5, "F")
        txt(pdf, 14, 10, vname, 14, "B", color=color)
        para(
            pdf,
            14,
            17,
            150,
            f"{vaddr} · тел. 047 {rng.randint(200, 299)} {rng.randint(100, 999)}\nЕДБ: {vid_p} · ЕМБС: {digits(rng, 7, True)}\nЖиро сметка: {acct[:3]}-{acct[3:13]}-{acct[13:]} · {rng.choice(['Стопанска банка АД Битола', 'Комерцијална банка АД', 'НЛБ Банка АД'])}",
            8,
            h=4,
        )
        txt(pdf, 190, 10, "ФАКТУРА", 18, "B")
        kv(
            pdf,
            190,
            20,
            [
                ("Број:", no),
                ("Датум:", fd(d)),
                ("Валута:", fd(due) if due else None),
                ("Нарачка:", po),
                ("Испратница бр.:", f"{rng.randint(100, 9999)}"),
            ],
            wl=30,
            wv=64,
            size=8.2,
            step=4.6,
            align="L",
        )
        txt(pdf, 14, 38, "Купувач", 7, color=(110, 110, 110))
        para(pdf, 14, 42, 170, f"{bname}, {baddr} · ЕДБ купувач: МК{bid}", 8.5, h=4.2)
        cols = [
            ("Р.бр.", 12, "L"),
            ("Назив на стоката / услугата", 90, "L"),
            ("Ед. мерка", 20, "L"),
            ("Количина", 22, "R"),
            ("Цена без ДДВ", 28, "R"),
            ("Износ без ДДВ", 32, "R"),
            ("ДДВ %", 16, "R"),
            ("Износ ДДВ", 26, "R"),
            ("Вкупно", 23, "R"),
        ]
        rows = [
            [
                str(k + 1),
                x["desc"],
                x["unit"],
                qstr(x["qty"]).replace(".", ","),
                m(x["price"]),
                m(x["amount"]),
                str(x["rate"]),
                m(x["tax"]),
                m(x["amount"] + x["tax"]),
            ]
            for k, x in enumerate(items)
        ]
        rows.append(["", "ВКУПНО", "", "", "", m(net), "", m(tax), m(total)])
        y0 = 52
        y = table(pdf, 14, y0, cols, rows, size=8, rowh=6, header_fill=(240, 240, 240), line_color=(60, 60, 60))
        frame(pdf, 14, y0, y, cols, color=(60, 60, 60))
        rates = by_rate([{"rate": x["rate"], "amount": x["amount"]} for x in items])
        rt = [(f"Основица {r}%: {m(b)}", m(sum(x["tax"] for x in items if x["rate"] == r)), False) for r, b, _ in rates]
        y2 = totals(
            pdf,
            180,
            y + 6,
            [("Вкупно без ДДВ", m(net), False)]
            + rt
            + [("Вкупно ДДВ", m(tax), False), ("ВКУПНО ЗА НАПЛАТА", f"{m(total)} {cur}", True)],
            wl=62,
            wv=40,
            size=8.6,
            line=color,
        )
        if eur:
            txt(pdf, 180, y2 + 1, f"Противвредност: {eur} EUR (курс 61,50)", 7.2, color=(90, 90, 90))
        para(
            pdf,
            14,
            y + 6,
            150,
            (
                "Плаќање на жиро сметка до " + fd(due) + ". За задоцнето плаќање се пресметува законска камата."
                if due
                else "Платено во готово."
            )
            + "\n\nФактурирал: ____________      Примил: ____________      М.П.",
            8,
            h=4.2,
        )
        pdf.output(path)

    notes = (
        "Bitola (North Macedonia) supplier's ФАКТУРА in Macedonian Cyrillic on a LANDSCAPE page, a FULLY RULED grid with ДДВ 18 % and 5 % PER ROW and a totals row 'ВКУПНО', the totals repeated at the right with the bases per rate, '1.234,56' denars: "
        f"vendor = the name at the top; vendor_tax_id = 'ЕДБ' ('{vid_p}'; the ЕМБС, the giro account, the buyer's ЕДБ, the dispatch note are decoys). "
        "invoice_number = 'Број'; invoice_date = 'Датум' ("
        + ["Macedonian long date '12 март 2026 година'", "dd.mm.yyyy", "dd.mm.yyyy", "Macedonian long date"][i]
        + "); 'Валута' is the due date here. "
        + due_note(due, "Платено во готово" if i == 2 else None, "Валута")
        + po_note(po, "Нарачка")
        + "subtotal = 'Вкупно без ДДВ'; tax = 'Вкупно ДДВ'; total = 'ВКУПНО ЗА НАПЛАТА'"
        + (" (the EUR counter-value is a decoy)" if eur else "")
        + f". Currency MKD (printed '{cur}'). Line items: every row, the value without ДДВ."
    )
    t = truth(vname, vid_p, no, po, d, due, "MKD", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid_p, bid, "ВКУПНО ЗА НАПЛАТА", fd(due) if due else None]
    return t, chk, render
