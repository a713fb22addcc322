"""fpdf2 styles for set 75, first part (06 Babati ANKARA YA KODI in Swahili on a LANDSCAPE page, rules between rows
only, the totals at the LEFT under the table, VAT 18 %, whole shillings, an advance deducted on two and EFD data;
07 Shahrisabz HISOB-FAKTURA in Uzbek (Latin) OVER TWO PAGES with the sums carried forward, two-line table headers,
zebra rows without rules, QQS 12 % per row, '1 234 567,89')."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date
from invoice_kit import digits, en, lfont, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, qr_fpdf, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Babati (VAT 18 %, TZS), landscape, totals left
BB_V = [
    ("MANYARA AGRO INPUTS LIMITED", "Barabara ya Arusha, S.L.P. 214, Babati, Manyara", (22, 101, 52)),
    ("BABATI LAKESIDE LODGE LTD", "Ziwa Babati, S.L.P. 88, Babati, Manyara", (14, 116, 144)),
    ("KWARAA TRANSPORTERS COMPANY LIMITED", "Stendi Kuu, S.L.P. 455, Babati, Manyara", (146, 64, 14)),
    ("HANANG SUNFLOWER MILLERS LTD", "Eneo la Viwanda, S.L.P. 1021, Babati, Manyara", (161, 98, 7)),
]
BB_B = [("CHAMA CHA USHIRIKA WA WAKULIMA MAGUGU AMCOS", "Magugu, Babati"), ("TARANGIRE WILDLIFE EXPEDITIONS LTD", "Arusha"), ("MOHAMED ENTERPRISES (T) LTD", "Singida"), ("DUKA LA JUMLA BABATI MJINI", "Babati")]
BB_ROWS = [
    [("Mbolea ya kupandia DAP, mfuko kilo 50", "mfuko", 10, 120, 68000, 82000), ("Mbolea ya kukuzia UREA, mfuko kilo 50", "mfuko", 10, 120, 52000, 66000), ("Mbegu za mahindi chotara, pakiti kilo 2", "pakiti", 20, 200, 11000, 16500), ("Dawa ya kuua wadudu, lita 1", "chupa", 5, 60, 14000, 26000), ("Bomba la kunyunyizia lita 16", "kipande", 1, 10, 55000, 85000)],
    [("Chumba cha watu wawili, kwa usiku", "usiku", 2, 14, 120000, 185000), ("Chakula cha mchana kwa mtu", "mtu", 4, 40, 18000, 28000), ("Chakula cha jioni kwa mtu", "mtu", 4, 40, 22000, 35000), ("Safari ya mtumbwi Ziwa Babati", "safari", 1, 4, 60000, 120000)],
    [("Usafirishaji mahindi Babati - Arusha, lori tani 10", "safari", 1, 6, 850000, 1250000), ("Usafirishaji mbaazi Babati - Dar es Salaam, tani", "tani", 5, 30, 95000, 135000), ("Upakiaji na upakuaji, tani", "tani", 5, 30, 6000, 9000), ("Gharama ya kusubiri lori, siku", "siku", 1, 3, 120000, 200000)],
    [("Mafuta ya alizeti yaliyochujwa, dumu lita 20", "dumu", 10, 120, 62000, 78000), ("Mafuta ya alizeti, chupa lita 5", "katoni", 5, 60, 98000, 128000), ("Mashudu ya alizeti, mfuko kilo 50", "mfuko", 10, 150, 21000, 32000)],
]


@style("06", "tz_bab_babati_ankara_ya_kodi_vat_18_landscape_rules_between_rows_totals_left_malipo_awali")
def s06(rng, i):
    vname, vaddr, color = BB_V[i]
    bname, bplace = BB_B[i]
    d = rand_date(rng)
    items = lines(rng, BB_ROWS[i], [4, 4, 3, 3][i], D("500"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    adv = q0(total * D(rng.choice(["0.25", "0.4", "0.5"])) / 1000) * 1000 if i in (1, 2) else None
    tin = f"1{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
    vrn = f"40-0{digits(rng, 5)}-{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    btin = f"1{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
    no = [f"MAI/{d.year}/{rng.randint(100, 999)}", f"BLL-{rng.randint(1000, 9999)}", f"KT{d.strftime('%y%m')}{rng.randint(100, 999)}", f"HSM {rng.randint(10000, 99999)}"][i]
    fd = [lambda x: long_date(x, "sw"), lambda x: x.isoformat(), lambda x: long_date(x, "sw"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 3) else None
    po = [f"LPO-{rng.randint(100, 999)}", f"TWE/{rng.randint(1000, 9999)}", None, f"{rng.randint(10000, 99999)}"][i]
    efd = f"{rng.randint(1000, 9999)}{digits(rng, 4)}"
    vcode = "".join(rng.choice("ABCDEF0123456789") for _ in range(10))
    f0 = lambda x: en(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf("L", creator="QuickBooks Desktop")
        lfont(pdf)
        pdf.add_page()
        W = 297
        txt(pdf, 14, 10, vname, 15, "B", font="LSans", color=color)
        txt(pdf, 14, 17.5, vaddr + f" · Simu +255 27 25{digits(rng, 2)} {digits(rng, 4)}", 8.4, font="LSans", color=(60, 60, 60))
        txt(pdf, 14, 22, f"TIN: {tin}   ·   VRN: {vrn}   ·   Leseni ya Biashara Na. B{digits(rng, 7)}", 8.4, font="LSans")
        txt(pdf, 180, 9, "ANKARA YA KODI", 20, "B", font="LSans", w=103, align="R", color=color)
        txt(pdf, 180, 17.5, "(Tax Invoice) · Nakala Halisi", 8.4, font="LSans", w=103, align="R", color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 27, W - 14, 27)
        pdf.set_line_width(0.2)
        # the buyer at the left, the facts beside their labels at the right
        txt(pdf, 14, 31, "MTEJA (Bill to):", 8, "B", font="LSans", color=(90, 90, 90))
        txt(pdf, 14, 36, bname, 10, "B", font="LSans")
        txt(pdf, 14, 41, f"{bplace}, Tanzania", 8.6, font="LSans")
        txt(pdf, 14, 45.5, f"TIN ya Mteja: {btin}", 8.6, font="LSans")
        facts = [("Ankara Na.:", no), ("Tarehe:", fd(d)), ("Tarehe ya Mwisho ya Malipo:", fd(due) if due else None), ("Agizo la Ununuzi (LPO) Na.:", po),
                 ("Hati ya Kupokelea Na.:", f"DN{rng.randint(1000, 9999)}"), ("Masharti:", "Siku 30" if due else "Malipo ya awali 50%" if adv else "Taslimu")]
        y = 31
        for a, b in facts:
            if b is None:
                continue
            txt(pdf, 160, y, a, 8.6, font="LSans", color=(80, 80, 80))
            txt(pdf, 215, y, b, 9, "B", font="LSans", w=68, align="R")
            y += 4.8
        cols = [("Na.", 12, "L"), ("Maelezo ya Bidhaa / Huduma", 124, "L"), ("Kipimo", 24, "L"), ("Idadi", 22, "R"), ("Bei ya Kimoja (TZS)", 42, "R"), ("Jumla (TZS)", 45, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), f0(x["price"]), f0(x["amount"])] for k, x in enumerate(items)]
        y1 = table(pdf, 14, 64, cols, rows, size=9, font="LSans", rowh=7.4, header_color=color, line_color=(190, 190, 190))
        # totals at the left under the table
        yt = y1 + 6
        tot = [("Jumla bila VAT", f0(net), False), ("VAT 18%", f0(tax), False), ("JUMLA KUU (TZS)", f0(total), True)]
        if adv:
            tot += [("Toa: Malipo ya awali", "-" + f0(adv), False), ("Salio la kulipa", f0(total - adv), False)]
        for a, b, bold in tot:
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(14, yt - 1.4, 100, 7.4, "F")
            c = (255, 255, 255) if bold else (0, 0, 0)
            txt(pdf, 16, yt, a, 10 if bold else 9, "B" if bold else "", font="LSans", color=c)
            txt(pdf, 70, yt, b, 10 if bold else 9, "B" if bold else "", font="LSans", w=42, align="R", color=c)
            yt += 8 if bold else 6
        # at the right: bank, EFD
        bx = 150
        txt(pdf, bx, y1 + 6, "Malipo kwa benki:", 8.6, "B", font="LSans")
        para(pdf, bx, y1 + 11, 130, f"{rng.choice(['CRDB Bank PLC', 'NMB Bank PLC', 'NBC Limited'])}, Tawi la Babati · Akaunti Na. {digits(rng, 13, True)} · Jina: {vname}", 8.4, font="LSans", h=4.4)
        txt(pdf, bx, y1 + 22, f"Risiti ya EFD Na.: {efd}   ·   Z-Namba: {rng.randint(100, 999)}   ·   Namba ya Uthibitisho: {vcode}", 8.2, font="LSans", color=(70, 70, 70))
        qr_fpdf(pdf, rng, 258, y1 + 27, 24)
        txt(pdf, bx, y1 + 29, "Imetolewa na: " + rng.choice(["Neema Massawe", "Joseph Qamara", "Rehema Bura", "Elias Gwau"]), 8.4, font="LSans")
        txt(pdf, bx, y1 + 35, "Sahihi: ______________________", 8.4, font="LSans")
        txt(pdf, 14, 198, "Asante kwa kufanya biashara nasi. · Ukurasa 1 kati ya 1", 7.6, font="LSans", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Babati (Manyara, Tanzania) ANKARA YA KODI in Swahili on a LANDSCAPE page: the facts as LABELS BESIDE values at the right, a table with RULES BETWEEN ROWS only, "
        "the TOTALS at the LEFT under the table, VAT 18 %, whole shillings '1,234,567': vendor = the name at the top left; vendor_tax_id = 'TIN' (the VRN, the business licence, the buyer's 'TIN ya Mteja', "
        "the bank account, the EFD receipt number, Z-number and verification code and the delivery note 'Hati ya Kupokelea' are decoys). invoice_number = 'Ankara Na.'; invoice_date = 'Tarehe'. "
        + due_note(due, "Taslimu" if not adv else "Malipo ya awali 50%", "Tarehe ya Mwisho ya Malipo")
        + po_note(po, "Agizo la Ununuzi (LPO) Na.")
        + "subtotal = 'Jumla bila VAT'; tax = 'VAT 18%'; total = 'JUMLA KUU (TZS)'"
        + (" (the advance 'Malipo ya awali' deducted below it and the 'Salio la kulipa' are decoys)" if adv else "")
        + ". Currency TZS. Line items: every row ('Jumla')."
    )
    t = truth(vname, tin, no, po, d, due, "TZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tin, vrn, btin, "JUMLA KUU (TZS)", fd(due) if due else None, f0(total - adv) if adv else None, efd]}
    return t, chk, render


# =========================================================================== 07 Shahrisabz (QQS 12 %, UZS), two pages
SH_V = [
    ("\"SHAHRISABZ QURILISH SAVDO\" MChJ", "Qashqadaryo viloyati, Shahrisabz shahri, Ipak yo'li ko'chasi, 41-uy"),
    ("\"KESH ELEKTR TA'MINOT\" MChJ", "Qashqadaryo viloyati, Shahrisabz shahri, Amir Temur ko'chasi, 12-uy"),
    ("\"AQSAROY MEBEL SERVIS\" MChJ", "Qashqadaryo viloyati, Shahrisabz tumani, Keskin QFY, Navbahor MFY"),
    ("\"SHAHRISABZ AVTO EHTIYOT QISMLAR\" XK", "Qashqadaryo viloyati, Shahrisabz shahri, Mustaqillik ko'chasi, 7-uy"),
]
SH_B = ["\"QASHQADARYO YO'L QURILISH\" AJ", "Shahrisabz tuman 14-sonli umumta'lim maktabi", "\"KITOB TEKSTIL\" MChJ", "\"JANUBIY TRANS LOGISTIKA\" MChJ"]
SH_CAT = [
    [("Sement M400, 50 kg qop", "qop", 20, 200, 52000, 68000), ("Armatura A500 12 mm", "tonna", 1, 6, 8200000, 9600000), ("G'isht pishgan M100", "dona", 500, 6000, 850, 1300), ("Gips shtukaturka 30 kg", "qop", 10, 120, 48000, 72000),
     ("Profnastil S-8 0,45 mm", "m2", 20, 300, 52000, 78000), ("Yog'och taxta 40x150x6000", "dona", 10, 120, 95000, 140000), ("Qum yuvilgan", "m3", 5, 60, 85000, 120000), ("Shag'al 5-20 mm", "m3", 5, 60, 110000, 160000),
     ("Penoplast 50 mm", "list", 20, 200, 18000, 29000), ("Mix 100 mm", "kg", 10, 80, 16000, 24000), ("Bo'yoq suv emulsiyali 25 kg", "chelak", 2, 30, 260000, 380000), ("Shpaklyovka 25 kg", "qop", 5, 60, 65000, 98000),
     ("Gidroizolyatsiya rulon 10 m2", "rulon", 2, 30, 180000, 260000), ("Metall burchak 50x50", "metr", 10, 120, 38000, 56000), ("Plitka yelim 25 kg", "qop", 5, 80, 52000, 76000), ("Kafel pol 60x60", "m2", 10, 150, 95000, 145000)],
    [("Kabel VVG 3x2,5", "metr", 50, 500, 11000, 16500), ("Kabel VVG 3x4", "metr", 20, 300, 17500, 24000), ("Avtomatik o'chirgich 16A", "dona", 5, 40, 38000, 56000), ("Avtomatik o'chirgich 25A", "dona", 2, 30, 42000, 61000),
     ("Rozetka ikki o'rinli", "dona", 10, 80, 24000, 39000), ("Kalit bir klavishli", "dona", 10, 80, 16000, 28000), ("LED panel 36W 60x60", "dona", 5, 60, 145000, 210000), ("LED lampa 12W E27", "dona", 20, 200, 14000, 22000),
     ("Elektr hisoblagich 3 fazali", "dona", 1, 6, 680000, 950000), ("Gofra truba 20 mm", "metr", 50, 400, 2200, 3800), ("Taqsimlash qutisi 12 modul", "dona", 2, 20, 95000, 140000), ("Izolyatsiya lentasi", "dona", 10, 100, 6500, 11000),
     ("Kabel kanali 25x16", "metr", 20, 200, 7500, 12500), ("Projektor LED 100W", "dona", 1, 12, 320000, 480000), ("Yerga ulash simi 6 mm2", "metr", 10, 100, 14000, 21000), ("Uzatma 5 metr", "dona", 2, 30, 68000, 98000)],
    [("O'quvchi partasi ikki o'rinli", "dona", 5, 40, 680000, 920000), ("O'quvchi stuli", "dona", 10, 80, 240000, 360000), ("O'qituvchi stoli", "dona", 1, 8, 1450000, 2100000), ("Kitob javoni 80x200", "dona", 1, 12, 1250000, 1800000),
     ("Sinf doskasi 300x120", "dona", 1, 6, 1900000, 2800000), ("Kiyim shkafi", "dona", 1, 6, 2400000, 3300000), ("Kompyuter stoli", "dona", 1, 15, 850000, 1250000), ("Ofis kreslosi", "dona", 1, 10, 980000, 1600000),
     ("Majlis stoli 240x100", "dona", 1, 3, 3900000, 5200000), ("Tumbochka 3 tortmali", "dona", 1, 10, 620000, 890000), ("Metall seyf", "dona", 1, 3, 2900000, 4200000), ("Jurnal javoni", "dona", 1, 8, 540000, 780000),
     ("Oshxona stoli", "dona", 1, 10, 780000, 1100000), ("Oshxona stuli", "dona", 4, 40, 210000, 320000), ("Gardina karnizi 3 m", "dona", 2, 30, 120000, 190000), ("Parda matosi", "metr", 10, 120, 45000, 78000)],
    [("Moy filtri", "dona", 2, 20, 42000, 68000), ("Havo filtri", "dona", 2, 20, 58000, 96000), ("Tormoz kolodkasi old", "komplekt", 1, 10, 240000, 380000), ("Akkumulyator 190 Ah", "dona", 1, 4, 2600000, 3400000),
     ("Motor moyi 15W-40, 20 l", "kanistr", 1, 10, 680000, 920000), ("Antifriz 10 l", "kanistr", 1, 10, 210000, 320000), ("Shina 315/80 R22,5", "dona", 1, 8, 4200000, 5600000), ("Amortizator", "dona", 1, 8, 480000, 720000),
     ("Generator tasmasi", "dona", 1, 10, 85000, 140000), ("Yoqilg'i filtri", "dona", 2, 20, 65000, 98000), ("Debriyaj disk", "dona", 1, 4, 980000, 1400000), ("Far lampasi H4", "dona", 2, 20, 28000, 46000),
     ("Tormoz suyuqligi 1 l", "dona", 2, 20, 48000, 72000), ("Rul tortqisi uchligi", "dona", 1, 8, 160000, 240000), ("Podshipnik g'ildirak", "dona", 1, 8, 190000, 290000), ("Ko'zgu yon", "dona", 1, 6, 240000, 360000)],
]


@style("07", "uz_shz_shahrisabz_hisob_faktura_qqs_12_two_pages_carried_forward_zebra_two_line_headers")
def s07(rng, i):
    vname, vaddr = SH_V[i]
    bname = SH_B[i]
    d = rand_date(rng)
    items = lines(rng, SH_CAT[i], [16, 15, 16, 14][i], D("100"))
    for x in items:
        x["vat"] = q2(x["amount"] * D("0.12"))
        x["ikpu"] = "0" + digits(rng, 16)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    stir, bstir = digits(rng, 9, True), digits(rng, 9, True)
    reg = "3" + digits(rng, 11)
    no = [f"{rng.randint(100, 999)}", f"KET-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.month:02d}", f"AEQ{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    cdate = d - dt.timedelta(days=rng.randint(20, 200))
    contract = f"{rng.randint(1, 120)}-{cdate.year}"
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (1, 2) else None
    po = [None, f"B-{rng.randint(100, 999)}", None, f"JTL-{rng.randint(1000, 9999)}"][i]
    split = len(items) - [3, 2, 4, 2][i]
    m = lambda x: sp(x)  # noqa: E731
    acct = "2020 8000 " + " ".join(digits(rng, 4) for _ in range(3))
    mfo = rng.choice(["00873", "01037", "00440", "00996"])

    def sums(rows):
        return sum(x["amount"] for x in rows), sum(x["vat"] for x in rows), sum(x["amount"] + x["vat"] for x in rows)

    def render(path):
        pdf = new_fpdf(creator="1C:Buxgalteriya 8 (O'zbekiston)")
        cols = [("№", 8, "L"), ("Tovar (xizmat)\nnomi", 58, "L"), ("O'lchov\nbirligi", 16, "L"), ("Miqdori", 15, "R"), ("Narxi", 22, "R"),
                ("Yetkazib berish\nqiymati", 25, "R"), ("QQS\nstavka", 12, "R"), ("QQS\nsummasi", 20, "R"), ("QQS bilan\nqiymati", 24, "R")]
        X = 10

        def header_row(y):
            pdf.set_fill_color(225, 229, 236)
            pdf.rect(X, y, 200, 9.4, "F")
            cx = X
            for t_, w, al in cols:
                for k, part in enumerate(t_.split("\n")):
                    txt(pdf, cx + 0.8, y + 0.9 + k * 3.6, part, 6.8, "B", font="DVC", align=al, w=w - 1.6)
                cx += w
            return y + 9.4

        def body(y, rows, start):
            for k, x in enumerate(rows):
                if k % 2 == 1:
                    pdf.set_fill_color(243, 245, 248)
                    pdf.rect(X, y, 200, 11, "F")
                vals = [str(start + k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), "12%", m(x["vat"]), m(x["amount"] + x["vat"])]
                cx = X
                for (t_, w, al), v in zip(cols, vals):
                    txt(pdf, cx + 0.8, y + 1.6, v, 7.3, font="DVC", align=al, w=w - 1.6)
                    cx += w
                txt(pdf, X + 8.8, y + 5.6, f"MXIK: {x['ikpu']} · qadoq: {x['unit']}", 6.2, font="DVC", color=(100, 100, 100))
                y += 11
            return y

        def sum_row(y, label, s, bold=True):
            pdf.set_draw_color(90, 90, 90)
            pdf.line(X, y, X + 200, y)
            txt(pdf, X + 1, y + 1.4, label, 7.6, "B" if bold else "", font="DVC", w=114)
            a, v, g = s
            cx = X + 8 + 58 + 16 + 15 + 22
            for val, w in ((a, 25), (None, 12), (v, 20), (g, 24)):
                if val is not None:
                    txt(pdf, cx + 0.8, y + 1.4, m(val), 7.4, "B" if bold else "", font="DVC", align="R", w=w - 1.6)
                cx += w
            return y + 6.4

        pdf.add_page()
        txt(pdf, 10, 10, f"HISOB-FAKTURA № {no}", 14, "B", font="DV", w=190, align="C")
        txt(pdf, 10, 17, f"{fd(d)} y. · {long_date(d, 'uz')}", 9, font="DV", w=190, align="C")
        txt(pdf, 10, 22.5, f"{contract}-sonli {fd(cdate)} dagi yetkazib berish shartnomasiga", 8.4, font="DV", w=190, align="C", color=(70, 70, 70))
        y = 30
        left = [("Yetkazib beruvchi:", vname), ("Manzil:", vaddr), ("STIR:", stir), ("QQS to'lovchi reg. kodi:", reg), ("Hisob raqami:", acct), ("Bank:", f"\"Aloqabank\" ATB Shahrisabz filiali, MFO {mfo}")]
        right = [("Xaridor:", bname), ("Manzil:", "Qashqadaryo viloyati"), ("STIR:", bstir), ("Hisob raqami:", "2021 0000 " + " ".join(digits(rng, 4) for _ in range(3)))]
        for col, pairs in ((10, left), (110, right)):
            yy = y
            for a, b in pairs:
                txt(pdf, col, yy, a, 7.6, font="DVC", color=(90, 90, 90))
                yy = para(pdf, col + 32, yy - 0.4, 66, b, 7.8, "B" if a in ("Yetkazib beruvchi:", "Xaridor:") else "", font="DVC", h=3.8) + 1.0
        yy = 68
        if po:
            txt(pdf, 10, yy - 5, f"Ishonchnoma / buyurtma: {po}", 7.8, "B", font="DVC")
        if due:
            txt(pdf, 110, yy - 5, f"To'lov muddati: {fd(due)}", 7.8, "B", font="DVC")
        y = header_row(yy)
        p1 = items[:split]
        y = body(y, p1, 0)
        y = sum_row(y, "Keyingi sahifaga o'tkazildi:", sums(p1))
        txt(pdf, 10, 287, f"Hisob-faktura № {no} · {fd(d)} · 1-sahifa / 2", 7, font="DVC", w=190, align="R", color=(110, 110, 110))
        pdf.add_page()
        txt(pdf, 10, 10, f"HISOB-FAKTURA № {no} dan {fd(d)} (davomi)", 9.4, "B", font="DV")
        y = header_row(18)
        y = sum_row(y, "Oldingi sahifadan o'tkazildi:", sums(p1), bold=False)
        y = body(y, items[split:], split)
        y = sum_row(y, "Jami:", sums(items))
        y += 6
        for a, b, bold in (("Yetkazib berish qiymati (QQSsiz):", m(net), False), ("QQS summasi (12%):", m(tax), False), ("Jami to'lovga (QQS bilan):", m(total) + " so'm", True)):
            txt(pdf, 100, y, a, 8.8 if not bold else 9.6, "B" if bold else "", font="DV")
            txt(pdf, 160, y, b, 8.8 if not bold else 9.6, "B" if bold else "", font="DV", w=50, align="R")
            y += 5.6
        y += 8
        for a in ("Rahbar: ____________________", "Bosh buxgalter: ____________________", "Tovarni topshirdi: ____________________"):
            txt(pdf, 10, y, a, 8, font="DV")
            y += 7
        txt(pdf, 110, y - 21, "Qabul qildi: ____________________", 8, font="DV")
        txt(pdf, 110, y - 14, f"Ishonchnoma № {rng.randint(10, 99)} dan {fd(d - dt.timedelta(days=1))}", 8, font="DV")
        txt(pdf, 10, 287, f"Hisob-faktura № {no} · {fd(d)} · 2-sahifa / 2", 7, font="DVC", w=190, align="R", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Shahrisabz (Qashqadaryo, Uzbekistan) HISOB-FAKTURA in Uzbek (Latin) OVER TWO PAGES: the parties as LABELS BESIDE values in two columns, a table with TWO-LINE headers and ZEBRA rows without rules (each row with a second line carrying its MXIK code, a decoy), "
        "QQS 12 % per row, '1 234 567,89': page 1 ends with 'Keyingi sahifaga o'tkazildi' and page 2 starts with 'Oldingi sahifadan o'tkazildi' (carried-forward sums, decoys). "
        "vendor = 'Yetkazib beruvchi'; vendor_tax_id = its 'STIR' (the buyer's STIR, the VAT registration code, the bank accounts, MFO and the contract number are decoys). "
        "invoice_number = 'HISOB-FAKTURA №'; invoice_date = the date under it (dd.mm.yyyy, repeated as a long Uzbek date; the contract's date and the power of attorney's are decoys). "
        + due_note(due, None, "To'lov muddati")
        + po_note(po, "Ishonchnoma / buyurtma")
        + "subtotal = 'Yetkazib berish qiymati (QQSsiz)' (= the 'Jami' row's delivery value); tax = 'QQS summasi (12%)'; total = 'Jami to'lovga (QQS bilan)'. Currency UZS (so'm). "
        "Line items: every row on both pages ('Yetkazib berish qiymati', without QQS)."
    )
    t = truth(vname, stir, no, po, d, due, "UZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, stir, bstir, "Keyingi sahifaga o'tkazildi", "Jami to'lovga (QQS bilan)", fd(due) if due else None, sp(sums(items[:split])[0])]}
    return t, chk, render
