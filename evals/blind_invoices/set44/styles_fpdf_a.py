"""fpdf2 styles for set 44, first part (06 Szeged bookshop and office supplier's SZÁMLA in Hungarian, ÁFA 27 % / 5 %,
whole forints '1 234 567 Ft', two documents over TWO PAGES with 'oldal' counts and the totals only on the last page,
07 Iași supplier's FACTURĂ in Romanian on a LANDSCAPE page with a fully ruled grid, TVA 21 % / 11 % from August 2025
(19 % / 9 % before) and one FACTURĂ DE STORNARE with negative rows)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, hu_date, hu_giro_block, ro_date
from invoice_kit import (
    de,
    digits,
    iban,
    iban_fmt,
    new_fpdf,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, frame, kv, lines, para, po_note, totals, truth
from stdnum.hu import anum
from stdnum.ro import cui

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Szeged (ÁFA 27 % / 5 %, HUF), two pages on two documents
SZ_V = [
    ("Tisza Könyv és Papír Kft.", "6720 Szeged, Kárász utca 11.", (153, 27, 27)),
    ("Szegedi Egyetemi Jegyzetbolt Bt.", "6722 Szeged, Dugonics tér 13.", (30, 64, 175)),
    ("Alföldi Irodaellátó Zrt.", "6728 Szeged, Dorozsmai út 48.", (21, 94, 89)),
    ("Napfény Iskolaszer Kft.", "6724 Szeged, Kossuth Lajos sugárút 102.", (146, 64, 14)),
]
SZ_B = [
    ("Szegedi Tudományegyetem Gazdasági Igazgatóság", "6720 Szeged, Dugonics tér 13."),
    ("Radnóti Miklós Kísérleti Gimnázium", "6720 Szeged, Tisza Lajos krt. 6-8."),
    ("Pick Szeged Szalámigyár Zrt.", "6725 Szeged, Szabadkai út 18."),
    ("Makói Városi Könyvtár", "6900 Makó, Kossuth utca 4."),
]
SZ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, ÁFA %)
    ("Magyar értelmező kéziszótár", "db", 1, 10, 9900, 15900, 5), ("Matematika feladatgyűjtemény 11.", "db", 5, 60, 1990, 3490, 5),
    ("Biológia tankönyv 9.", "db", 5, 60, 2490, 3990, 5), ("Angol nyelvkönyv B2", "db", 5, 40, 5490, 8990, 5), ("Szegedi helytörténeti album", "db", 1, 20, 6990, 12900, 5),
    ("Atlasz középiskolásoknak", "db", 5, 50, 3290, 4990, 5), ("Szépirodalmi regény, puhatáblás", "db", 1, 30, 3490, 5990, 5), ("Szakkönyv: Vállalati pénzügyek", "db", 1, 15, 8900, 14900, 5),
    ("Fénymásolópapír A4 80 g", "csomag", 5, 200, 1890, 2790, 27), ("Golyóstoll kék, 50 db", "doboz", 1, 20, 3990, 6990, 27), ("Iratrendező A4 75 mm", "db", 5, 100, 690, 1190, 27),
    ("Tűzőgép 24/6", "db", 1, 20, 1990, 4490, 27), ("Tintapatron HP 305", "db", 1, 20, 4990, 8990, 27), ("Post-it jegyzettömb", "csomag", 5, 100, 490, 990, 27),
    ("Füzet A4 kockás", "db", 10, 300, 190, 390, 27), ("Táblafilc készlet", "készlet", 2, 40, 1490, 2990, 27), ("Iskolatáska", "db", 1, 20, 9900, 24900, 27),
    ("Számológép tudományos", "db", 1, 30, 4990, 9990, 27), ("Irodai szék", "db", 1, 6, 29900, 59900, 27), ("Laminálófólia A4, 100 db", "doboz", 1, 20, 2490, 4490, 27),
    ("Tűzőkapocs 24/6", "doboz", 5, 100, 190, 390, 27), ("Ragasztó stift", "db", 5, 100, 290, 590, 27), ("Borítékok LC/5", "csomag", 1, 40, 1290, 2490, 27),
    ("Térképtartó henger", "db", 1, 20, 1490, 2990, 27), ("Kiszállítás Szeged területén", "alkalom", 1, 2, 2990, 6990, 27),
]


@style("06", "hu_sze_szeged_szamla_afa_27_5_two_pages")
def s06(rng, i):
    vname, vaddr, color = SZ_V[i]
    bname, baddr = SZ_B[i]
    d = rand_date(rng)
    items = lines(rng, SZ_ROWS, [5, 22, 2, 25][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items, q=q0)
    net = sum(b for _r, b, _t in rates)
    tax = sum(t for _r, _b, t in rates)
    total = net + tax
    a8 = valid(rng, lambda: digits(rng, 8, True), anum.is_valid)
    vid = f"{a8}-2-06"
    b8 = valid(rng, lambda: digits(rng, 8, True), anum.is_valid)
    bid = f"{b8}-{rng.choice(['1', '2'])}-06" if i != 3 else f"{b8}-2-06"
    cegj = f"06-09-{rng.randint(1000, 29999):06d}"
    acct = f"{hu_giro_block(rng.choice(['1173500', '1040200', '1160000', '1200100']))}-{hu_giro_block(digits(rng, 7))}"
    no = [f"SZ-{d.year}-{rng.randint(100, 9999):05d}", f"E-{rng.randint(10000, 99999)}/{d.year}", f"{d.year}/{rng.randint(1000, 9999)}", f"NIS-{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%Y.%m.%d."), hu_date, lambda x: x.strftime("%Y.%m.%d."), lambda x: x.strftime("%Y. %m. %d.")][i]
    telj = d - dt.timedelta(days=rng.randint(0, 8))
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 2 else None
    mode = "Átutalás" if due else "Készpénz"
    po = [f"M-{rng.randint(100, 999)}", f"SZTE-{rng.randint(10000, 99999)}", None, f"{rng.randint(10, 99)}/{d.year}"][i]
    m = lambda x: sp(x, 0)  # noqa: E731
    pages = [items[:18], items[18:]] if len(items) > 18 else [items]

    def render(path):
        pdf = new_fpdf(creator="Számlázz.hu")
        np_ = len(pages)
        k = 0
        for pi, chunk in enumerate(pages):
            pdf.add_page()
            txt(pdf, 15, 12, "SZÁMLA", 18, "B", color=color)
            txt(pdf, 140, 12, f"Sorszám: {no}", 10, "B")
            txt(pdf, 140, 18, "Eredeti példány" if i != 1 else "Másolat", 8, color=(100, 100, 100))
            if pi == 0:
                txt(pdf, 15, 26, "Eladó", 7, color=(110, 110, 110))
                txt(pdf, 105, 26, "Vevő", 7, color=(110, 110, 110))
                txt(pdf, 15, 30, vname, 10, "B")
                para(pdf, 15, 35, 85, f"{vaddr}\nAdószám: {vid}\nKözösségi adószám: HU{a8}\nCégjegyzékszám: {cegj}\nBankszámla: {acct}", 8, h=4)
                txt(pdf, 105, 30, bname, 10, "B")
                para(pdf, 105, 35, 90, f"{baddr}\nAdószám: {bid}\nVevőkód: V{rng.randint(1000, 9999)}", 8, h=4)
                pdf.set_fill_color(245, 245, 245)
                pdf.rect(15, 60, 180, 12, "F")
                heads = [("Fizetési mód", mode), ("Teljesítés dátuma", fd(telj)), ("Számla kelte", fd(d)), ("Fizetési határidő", fd(due) if due else "–")]
                for c, (a, b) in enumerate(heads):
                    txt(pdf, 17 + c * 45, 61.5, a, 7, color=(90, 90, 90))
                    txt(pdf, 17 + c * 45, 66, b, 8.6, "B")
                y0 = 76
                if po:
                    txt(pdf, 15, y0, f"Megrendelés száma: {po}", 8)
                    y0 += 6
            else:
                txt(pdf, 15, 26, f"{vname} · {no} · folytatás", 8, color=(90, 90, 90))
                y0 = 34
            cols = [("Megnevezés", 68, "L"), ("Menny.", 16, "R"), ("Egység", 16, "L"), ("Nettó egységár", 24, "R"), ("ÁFA", 12, "R"), ("Nettó érték", 22, "R"), ("Bruttó érték", 22, "R")]
            rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']}%", m(x["amount"]), m(q0(x["amount"] * (100 + x["rate"]) / 100))] for x in chunk]
            y = table(pdf, 15, y0, cols, rows, size=7.8, rowh=5.6, header_fill=color, header_color=(255, 255, 255))
            k += len(chunk)
            if pi < np_ - 1:
                txt(pdf, 15, y + 4, f"A számla a következő oldalon folytatódik ({k} / {len(items)} tétel).", 8, "B")
            else:
                y += 4
                cols2 = [("ÁFA-kulcs", 24, "L"), ("Nettó", 30, "R"), ("ÁFA", 28, "R"), ("Bruttó", 30, "R")]
                table(pdf, 15, y, cols2, [[f"{r}%", m(b), m(t), m(b + t)] for r, b, t in rates], size=7.8, rowh=5.4)
                yy = totals(pdf, 133, y + 1, [("Nettó összesen", m(net) + " Ft", False), ("ÁFA összesen", m(tax) + " Ft", False), ("Fizetendő összesen", m(total) + " Ft", True)], wl=34, wv=28, size=9, line=color)
                para(pdf, 15, max(yy, y + 6 + 6 * len(rates)) + 10, 180, (f"Kérjük, a számla ellenértékét {fd(due)}-ig szíveskedjen átutalni a fenti bankszámlára, közleményben a számla sorszámát feltüntetve." if due else "A számla ellenértékét készpénzben átvettem.") + "\nA számla a 23/2014. (VI. 30.) NGM rendelet szerint elektronikus úton került kiállításra.", 7.6, h=3.8)
            txt(pdf, 15, 284, f"{vname} · {vaddr}", 6.8, color=(120, 120, 120))
            txt(pdf, 165, 284, f"{pi + 1}/{np_}. oldal", 7.5, align="R", w=30)
        pdf.output(path)

    notes = (
        "Szeged (Hungary) bookshop and office supplier's SZÁMLA in Hungarian, whole forints with spaces ('1 234 567 Ft'), ÁFA "
        + " % and ".join(str(r) for r, _b, _t in rates) + " % per row and a summary per rate"
        + (", over TWO PAGES ('1/2. oldal') with the totals only on the last page" if len(pages) > 1 else ", one page")
        + ": vendor = the seller ('Eladó'); vendor_tax_id = its 'Adószám' (12345678-2-06; the közösségi adószám HU…, the buyer's adószám, the cégjegyzékszám, the bank account and the customer code are decoys). "
        "invoice_number = 'Sorszám'; invoice_date = 'Számla kelte' (" + ["yyyy.mm.dd.", "Hungarian long date '2026. március 12.'", "yyyy.mm.dd.", "yyyy. mm. dd."][i] + "; 'Teljesítés dátuma' is a decoy). "
        + due_note(due, None if due else "Készpénz", "Fizetési határidő")
        + po_note(po, "Megrendelés száma")
        + "subtotal = 'Nettó összesen'; tax = 'ÁFA összesen'; total = 'Fizetendő összesen'. Currency HUF. Line items: every row on every page, the net value ('Nettó érték')."
    )
    t = truth(vname, vid, no, po, d, due, "HUF", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, acct, "Fizetendő összesen", fd(due) if due else None, fd(telj), f"{len(pages)}/{len(pages)}. oldal"]
    return t, chk, render


# =========================================================================== 07 Iași (TVA 21 % / 11 %, RON), landscape, ruled grid, a credit note
IS_V = [
    ("Copou Software Solutions SRL", "Bd. Carol I nr. 27, Iași, jud. Iași", (30, 58, 138)),
    ("Moldova Agro Distribuție SRL", "Șos. Păcurari nr. 138, Iași, jud. Iași", (21, 128, 61)),
    ("Tipografia Palas Print SA", "Str. Palat nr. 3, Iași, jud. Iași", (127, 29, 29)),
    ("Nicolina Construct Materiale SRL", "Str. Nicolina nr. 58, Iași, jud. Iași", (120, 53, 15)),
]
IS_B = [
    ("Spitalul Clinic Județean de Urgență Sf. Spiridon", "Bd. Independenței nr. 1, Iași"),
    ("Hotel Unirea Iași SA", "Piața Unirii nr. 5, Iași"),
    ("Universitatea Tehnică Gheorghe Asachi", "Bd. Prof. Dimitrie Mangeron nr. 67, Iași"),
    ("Rezidențial Bucium SRL", "Str. Păun nr. 6, Iași"),
]
IS_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, reduced rate: food 9 % and books 5 % before August 2025, both 11 % from then)
    ("Licență software gestiune (anual)", "buc", 1, 10, "1200.00", "4800.00", False), ("Servicii dezvoltare aplicație", "ore", 4, 120, "150.00", "320.00", False),
    ("Mentenanță server (lunar)", "luna", 1, 3, "800.00", "2500.00", False), ("Laptop Dell Latitude 5550", "buc", 1, 6, "4200.00", "6900.00", False),
    ("Cartofi albi, sac 25 kg", "sac", 2, 60, "38.00", "62.00", "food"), ("Mere Idared, ladă 15 kg", "ladă", 2, 50, "45.00", "78.00", "food"),
    ("Lapte 1,5 % 1 l", "buc", 12, 240, "5.20", "7.90", "food"), ("Pâine albă 500 g", "buc", 10, 200, "3.20", "5.50", "food"),
    ("Broșuri A5 color", "buc", 100, 5000, "0.45", "1.80", False), ("Cărți tipărite, ediție broșată", "buc", 50, 1000, "12.00", "35.00", "book"),
    ("Afișe A2", "buc", 10, 300, "4.50", "12.00", False), ("Ciment Portland 40 kg", "sac", 10, 300, "28.00", "39.00", False),
    ("BCA 600x250x200", "m³", 2, 40, "280.00", "390.00", False), ("Transport marfă", "cursă", 1, 3, "250.00", "900.00", False),
]


@style("07", "ro_ias_iasi_factura_storno_tva_21_11_landscape")
def s07(rng, i):
    vname, vaddr, color = IS_V[i]
    bname, baddr = IS_B[i]
    d = rand_date(rng)
    credit = i == 2
    new = d >= dt.date(2025, 8, 1)
    items = lines(rng, IS_ROWS, [4, 6, 2, 9][i], D("0.01"))
    for x in items:
        x["rate"] = (11 if new else {"food": 9, "book": 5}[x["extra"]]) if x["extra"] else (21 if new else 19)
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    c = valid(rng, lambda: digits(rng, rng.choice([7, 8]), True), cui.is_valid)
    vid = "RO" + c
    bid = valid(rng, lambda: digits(rng, 8, True), cui.is_valid)
    regcom = f"J22/{rng.randint(100, 4999)}/{rng.randint(1998, 2022)}"
    ib = iban("RO", rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "RONCRT" + digits(rng, 10))
    no = [f"IS{rng.randint(10000, 99999)}", f"MAD {rng.randint(1000, 9999)}", f"PP-ST {rng.randint(100, 999)}", f"NCM{d.strftime('%y')}{rng.randint(1000, 9999)}"][i]
    orig_d = d - dt.timedelta(days=rng.randint(10, 60))
    orig = f"PP {rng.randint(1000, 9999)} din {orig_d.strftime('%d.%m.%Y')}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), ro_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 1, 3) else None
    po = [f"Contract {rng.randint(10, 99)}/{d.year}", None, None, f"CMD-{rng.randint(1000, 9999)}"][i]
    po = po if po and po.startswith("CMD") else None
    contract = f"Contract nr. {rng.randint(10, 99)}/{(d - dt.timedelta(days=200)).strftime('%d.%m.%Y')}" if i == 0 else None
    m = de
    title = "FACTURĂ DE STORNARE" if credit else "FACTURĂ"

    def render(path):
        pdf = new_fpdf(orientation="L", creator="SmartBill")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 3, "F")
        txt(pdf, 14, 8, "Furnizor", 7, color=(110, 110, 110))
        txt(pdf, 14, 12, vname, 11, "B", color=color)
        para(pdf, 14, 17, 95, f"Nr. Reg. Com.: {regcom}\nCIF: {vid}\nSediul: {vaddr}\nIBAN: {iban_fmt(ib)}\nBanca: {rng.choice(['Banca Transilvania', 'BCR', 'BRD', 'ING Bank'])}\nCapital social: {de(rng.choice([200, 1000, 45000]))} lei", 7.8, h=3.8)
        txt(pdf, 118, 10, title, 16, "B")
        kv(pdf, 118, 20, [("Seria și nr.:", no), ("Data emiterii:", fd(d)), ("Termen de plată:", fd(due) if due else None), ("Cotă TVA:", "/".join(sorted({f"{x['rate']}%" for x in items}))), ("Comandă:", po), ("Storno la factura:", orig if credit else None)], wl=30, wv=45, size=8, step=4.4, align="L")
        txt(pdf, 200, 8, "Client", 7, color=(110, 110, 110))
        txt(pdf, 200, 12, bname[:44], 9.5, "B")
        para(pdf, 200, 17, 85, f"CIF: RO{bid}\nAdresa: {baddr}\n" + (contract + "\n" if contract else "") + f"Cod client: {rng.randint(100, 999)}", 7.8, h=3.8)
        cols = [("Nr.", 12, "C"), ("Denumirea produselor sau a serviciilor", 95, "L"), ("U.M.", 16, "C"), ("Cant.", 20, "R"), ("Preț unit. fără TVA", 38, "R"), ("Valoarea -lei-", 34, "R"), ("TVA", 16, "R"), ("Valoarea TVA", 38, "R")]
        rows = [["0", "1", "2", "3", "4", "5 (3x4)", "", "6"]]
        rows += [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), f"{x['rate']}%", m(x["tax"])] for k, x in enumerate(items)]
        y0 = 48
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=6, header_fill=(238, 238, 238), line_color=(60, 60, 60))
        frame(pdf, 14, y0, y, cols, color=(60, 60, 60))
        txt(pdf, 16, y + 2, "Total", 9, "B")
        txt(pdf, 14 + 12 + 95 + 16 + 20 + 38, y + 2, m(net), 9, "B", align="R", w=33)
        txt(pdf, 14 + 12 + 95 + 16 + 20 + 38 + 34 + 16, y + 2, m(tax), 9, "B", align="R", w=37)
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(14, y, 269, 8)
        y += 8
        pdf.rect(170, y, 113, 10)
        txt(pdf, 172, y + 2.5, "Total de plată (col. 5 + col. 6)", 9.5, "B")
        txt(pdf, 236, y + 2.5, m(total) + " lei", 11, "B", align="R", w=45, color=color)
        para(pdf, 14, y + 2, 150, f"Date privind expediția: delegat {rng.choice(['Ion Popescu', 'Maria Rusu', 'Andrei Ciobanu'])}, CI MZ {digits(rng, 6)}, mijloc de transport IS {rng.randint(10, 99)} {''.join(rng.choice('ABCDEFGHKLMNPRSTVXZ') for _ in range(3))}\n"
             + f"Index încărcare SPV (e-Factura): {digits(rng, 10)} · Semnătura și ștampila furnizorului\n" + (f"Plata în contul IBAN de mai sus până la {fd(due)}." if due else "Suma se va compensa cu factura inițială." if credit else "Achitat cu chitanța nr. " + str(rng.randint(100, 999)) + "."), 7.6, h=3.8)
        pdf.output(path)

    notes = (
        f"Iași (Romania) supplier's {title} in Romanian on a LANDSCAPE page, a FULLY RULED grid with the column numbers '0 … 5 (3x4) … 6', '1.234,56 lei', TVA "
        + " % and ".join(str(r) for r in sorted({x['rate'] for x in items})) + " % per row (21 / 11 % from 1 August 2025; 19 %, 9 % on food and 5 % on books before)"
        + (", a CREDIT NOTE: all quantities and amounts NEGATIVE, referring to an earlier invoice ('Storno la factura', a decoy number and date); document_type credit_note" if credit else "")
        + ": vendor = the 'Furnizor'; vendor_tax_id = its 'CIF' (RO + digits; the client's CIF, the Nr. Reg. Com., the IBAN, the contract, the delegate's ID, the vehicle and the SPV index are decoys). "
        "invoice_number = 'Seria și nr.'; invoice_date = 'Data emiterii' (" + ["dd.mm.yyyy", "Romanian long date '12 martie 2026'", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "). "
        + due_note(due, None if due else "Achitat" if not credit else "", "Termen de plată")
        + po_note(po, "Comandă")
        + "subtotal = the 'Total' row's value (col. 5); tax = its TVA (col. 6); total = 'Total de plată (col. 5 + col. 6)'. Currency RON. Line items: every row, the value without TVA."
    )
    t = truth(vname, vid, no, po, d, due, "RON", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [fd(d), no, vname, vid, "RO" + bid, regcom, "Total de plată", fd(due) if due else None, title, orig if credit else None]
    return t, chk, render
