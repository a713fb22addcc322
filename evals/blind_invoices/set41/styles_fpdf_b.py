"""fpdf2 styles for set 41, second part (08 Pune auto-parts maker's TAX INVOICE in English with GST 18 % as CGST + SGST
or IGST, amounts grouped by lakh, the total in words, and on two OVER TWO PAGES with 'Page 1 of 2' and the totals only
on page 2, 09 Astana office-equipment supplier's ШОТ-ФАКТУРА in Kazakh with a left SIDEBAR, ҚҚС 12 % in 2025 and 16 %
from 2026 and tenge '1 234 567,00', 10 Antofagasta mining-supplies distributor's FACTURA ELECTRÓNICA in Spanish with the
SII box, the TOTAL boxed at the TOP, IVA 19 % in whole pesos and a global discount as a negative row)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, es_date, lakh
from invoice_kit import (
    de,
    digits,
    in_words,
    new_fpdf,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    spd,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.cl import rut
from stdnum.in_ import gstin

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Pune (GST 18 %, INR, lakh), two pages with the totals on the last
PU_V = [
    ("Chakan Precision Components Pvt. Ltd.", "Plot B-14, MIDC Chakan Phase II, Pune 410501, Maharashtra", (30, 58, 138)),
    ("Bhosari Auto Forgings Pvt. Ltd.", "J-212, MIDC Bhosari, Pune 411026, Maharashtra", (127, 29, 29)),
    ("Hinjewadi Electro Systems LLP", "Survey No. 87, Phase 1, Hinjewadi, Pune 411057, Maharashtra", (22, 101, 52)),
    ("Talegaon Rubber Products Pvt. Ltd.", "Gat No. 301, Talegaon Dabhade, Pune 410506, Maharashtra", (113, 63, 18)),
]
PU_B = [  # (name, address, state code)
    ("Nashik Tractor Assemblies Ltd.", "Ambad MIDC, Nashik 422010, Maharashtra", "27"),
    ("Hosur Two Wheelers Pvt. Ltd.", "SIPCOT Phase I, Hosur 635126, Tamil Nadu", "33"),
    ("Aurangabad Auto Ancillary Ltd.", "Waluj MIDC, Aurangabad 431136, Maharashtra", "27"),
    ("Sanand Motors India Pvt. Ltd.", "GIDC Sanand, Ahmedabad 382170, Gujarat", "24"),
]
PU_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, hsn)
    ("Brake drum, machined, 220 mm", "Nos", 20, 200, 380, 690, "8708"),
    ("Gear blank 42T, forged", "Nos", 50, 400, 120, 260, "8483"),
    ("Clutch plate assembly", "Nos", 10, 120, 450, 880, "8708"),
    ("Wiring harness, rear lamp", "Nos", 20, 300, 95, 240, "8544"),
    ("Rubber bush, suspension", "Nos", 100, 1000, 18, 42, "4016"),
    ("Oil seal 45x62x8", "Nos", 100, 1000, 12, 30, "4016"),
    ("Steering knuckle, machined", "Nos", 10, 80, 720, 1400, "8708"),
    ("Bracket, alternator mounting", "Nos", 50, 500, 35, 95, "8708"),
    ("Fan shroud, moulded", "Nos", 10, 150, 160, 340, "8708"),
    ("Pulley, V-belt, cast iron", "Nos", 20, 200, 140, 310, "8483"),
    ("Relay 12 V 40 A", "Nos", 50, 600, 28, 65, "8536"),
    ("Hose clamp 32 mm SS", "Nos", 200, 2000, 6, 14, "7326"),
    ("Gasket, cylinder head", "Nos", 20, 200, 85, 190, "8484"),
    ("Sensor, speed, Hall type", "Nos", 20, 150, 210, 460, "9026"),
    ("Packing and forwarding", "Lot", 1, 1, 500, 3500, "9985"),
    ("Tie rod end", "Nos", 20, 200, 150, 320, "8708"),
    ("Spring washer M10", "Nos", 500, 5000, 1, 3, "7318"),
    ("Hex bolt M10x40 8.8", "Nos", 500, 4000, 3, 8, "7318"),
    ("Cable tie 200 mm (pkt of 100)", "Pkt", 10, 100, 60, 140, "3926"),
    ("Bearing 6204 ZZ", "Nos", 50, 500, 55, 120, "8482"),
    ("Horn, 12 V dual tone", "Nos", 20, 150, 180, 360, "8512"),
    ("Radiator cap", "Nos", 50, 400, 40, 95, "8708"),
    ("Wiper blade 18 inch", "Nos", 50, 400, 70, 160, "8512"),
    ("Door handle, outer", "Nos", 20, 200, 110, 240, "8302"),
    ("Fuel filter element", "Nos", 50, 400, 90, 210, "8421"),
]


def _state_gstin(rng, st):
    return valid(rng, lambda: st + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "1Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), gstin.is_valid)


@style("08", "in_pnq_pune_tax_invoice_gst_18_lakh_pages")
def s08(rng, i):
    vname, vaddr, color = PU_V[i]
    bname, baddr, bst = PU_B[i]
    d = rand_date(rng)
    n = [4, 22, 9, 25][i]
    items = lines(rng, PU_ROWS, n, D("0.50"))
    for _ in range(50):  # rows under one lakh each, so a row prints the same in both groupings
        if all(x["amount"] < 100000 for x in items):
            break
        for x in items:
            if x["amount"] >= 100000:
                x["qty"] = D(max(1, int(x["qty"]) // 3))
                x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    intra = bst == "27"
    if intra:
        cg = q2(net * D("0.09"))
        parts = [cg, cg]
    else:
        parts = [q2(net * D("0.18"))]
    tax = sum(parts)
    total = net + tax
    vid = _state_gstin(rng, "27")
    bid = _state_gstin(rng, bst)
    no = [f"CPC/{d.year % 100}-{d.year % 100 + 1}/{rng.randint(100, 999)}", f"BAF{rng.randint(1000, 9999)}", f"HES/{rng.randint(1000, 9999)}/{d.year}", f"TRP-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    term = None if due else "Payment against delivery"
    po = [f"PO/{rng.randint(1000, 9999)}", f"45{digits(rng, 8)}", None, f"SMI-PO-{rng.randint(100, 999)}"][i]
    ewb = digits(rng, 12, True)
    irn = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    words = "INR " + in_words(int(total)).title() + (f" And {int(round((total - int(total)) * 100))} Paise" if total != int(total) else "") + " Only"
    m = lakh
    cols = [("Sl", 8, "L"), ("Description of Goods", 64, "L"), ("HSN", 14, "L"), ("Qty", 16, "R"), ("Unit", 12, "L"), ("Rate", 24, "R"), ("Taxable Value", 44, "R")]
    rows = [[str(k + 1), x["desc"], x["extra"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for k, x in enumerate(items)]
    pages = [rows] if len(rows) <= 12 else [rows[:16], rows[16:]]

    def head(pdf, pg, npg):
        txt(pdf, 14, 10, vname, 14, "B", color=color)
        para(pdf, 14, 17, 120, f"{vaddr}\nGSTIN/UIN: {vid} · State: Maharashtra, Code 27\nCIN: U{rng.randint(10000, 99999)}MH{rng.randint(1995, 2020)}PTC{digits(rng, 6)}", 7.6, h=3.8)
        txt(pdf, 140, 10, "TAX INVOICE", 14, "B", w=56, align="R")
        txt(pdf, 140, 16, "Original for Recipient", 7, "I", w=56, align="R", color=(100, 100, 100))
        kv(pdf, 138, 22, [("Invoice No.", no), ("Dated", fd(d)), ("Buyer's Order No.", po), ("e-Way Bill No.", ewb), ("Due Date", fd(due) if due else None)], wl=26, wv=32, size=7.6, step=4.2, align="R")
        txt(pdf, 14, 44, "Buyer (Bill to)", 7, color=(110, 110, 110))
        txt(pdf, 14, 48, bname, 9.5, "B")
        para(pdf, 14, 53, 120, f"{baddr}\nGSTIN/UIN: {bid} · State Code {bst}", 7.6, h=3.8)
        txt(pdf, 14, 287, f"Page {pg} of {npg}", 7, w=182, align="C", color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        for k, chunk in enumerate(pages):
            pdf.add_page()
            head(pdf, k + 1, len(pages))
            y0 = 64
            y = table(pdf, 14, y0, cols, chunk, size=7.8, rowh=6.6, header_fill=(235, 235, 235), line_color=(80, 80, 80))
            pdf.set_draw_color(80, 80, 80)
            pdf.rect(14, y0, sum(c[1] for c in cols), y - y0)
            cx = 14
            for c in cols[:-1]:
                cx += c[1]
                pdf.line(cx, y0, cx, y)
            if k < len(pages) - 1:
                txt(pdf, 14, y + 3, "continued on next page ...", 7.6, "I", w=182, align="R")
                continue
            y += 4
            trows = [("Taxable Value", m(net), False)]
            trows += [("CGST @ 9%", m(parts[0]), False), ("SGST @ 9%", m(parts[1]), False)] if intra else [("IGST @ 18%", m(parts[0]), False)]
            trows += [("Total Tax", m(tax), False), ("Invoice Total (INR)", m(total), True)]
            y2 = totals(pdf, 118, y, trows, wl=40, wv=38, size=8.6, line=color)
            para(pdf, 14, y, 100, f"Amount Chargeable (in words):\n{words}", 7.8, h=3.9)
            para(pdf, 14, y + 14, 100, f"e-Invoice: IRN {irn[:32]}\n{irn[32:]}\nAck No. {digits(rng, 15, True)} · TotInvVal {spd(total).replace(' ', '')} · TaxVal {spd(net).replace(' ', '')} · TaxAmt {spd(tax).replace(' ', '')}", 6.4, h=3.2, color=(80, 80, 80))
            qr_fpdf(pdf, rng, 14, y + 30, 22)
            para(pdf, 40, y + 30, 150, ("Due date: " + fd(due) + ". Interest @ 18% p.a. will be charged on bills unpaid after the due date." if due else term + ".") + f"\nBank: {rng.choice(['HDFC Bank', 'State Bank of India', 'ICICI Bank', 'Bank of Maharashtra'])}, A/c No. {digits(rng, 14)}, IFSC {rng.choice(['HDFC', 'SBIN', 'ICIC', 'MAHB'])}0{digits(rng, 6)}\nDeclaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.", 7.2, h=3.6)
            txt(pdf, 130, max(y2, y + 50) + 8, f"for {vname}", 8, "B", w=66, align="R")
            txt(pdf, 130, max(y2, y + 50) + 20, "Authorised Signatory", 7.6, w=66, align="R")
        pdf.output(path)

    notes = (
        "Pune (Maharashtra, India) auto-parts maker's TAX INVOICE in English (a Tally layout) on a FULLY RULED grid with HSN codes, rupees grouped by LAKH ('12,34,567.50'), GST 18 % "
        + ("as CGST 9 % + SGST 9 % (intra-state buyer)" if intra else "as IGST 18 % (inter-state buyer)")
        + ", 'Total Tax', the total in words (Indian system) and an e-invoice block that repeats the values in plain digits"
        + (", OVER TWO PAGES with 'Page 1 of 2' and the totals only on page 2 (no carried sum)" if len(pages) > 1 else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'GSTIN/UIN' (15 characters; the CIN, the buyer's GSTIN, the e-Way Bill number, the IRN and Ack No. and the account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Dated' (" + ["dd-mm-yyyy", "dd-Mon-yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "). "
        + due_note(due, term, "Due Date")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = 'Taxable Value'; tax = 'Total Tax' (" + ("CGST + SGST" if intra else "IGST") + "); total = 'Invoice Total (INR)'. Currency INR. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "INR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Invoice Total (INR)", fd(due) if due else None, ewb, f"Page {len(pages)} of {len(pages)}", m(total)], render


# =========================================================================== 09 Astana (ҚҚС 12 % / 16 %, KZT), sidebar
AS_V = [
    ("«Есіл Кеңсе Техникасы» ЖШС", "Астана қ., Мәңгілік Ел даңғылы, 55/8", (3, 105, 161)),
    ("«Байтерек Офис Сервис» ЖШС", "Астана қ., Қабанбай батыр даңғылы, 11", (136, 19, 55)),
    ("«Сарыарқа Принт» АҚ", "Астана қ., Сығанақ көшесі, 29", (21, 94, 117)),
    ("«Нұра Цифрлық Шешімдер» ЖШС", "Астана қ., Тұран даңғылы, 37", (107, 33, 168)),
]
AS_B = [
    ("«Астана Медициналық Орталығы» ЖШС", "Астана қ., Керей-Жәнібек хандар көшесі, 2"),
    ("«ҚазТрансЛогистика» АҚ", "Астана қ., Кенесары көшесі, 40"),
    ("«Еуразия Білім Колледжі» мекемесі", "Астана қ., Жеңіс даңғылы, 81"),
    ("«Алтын Дала Агро» ЖШС", "Ақмола облысы, Қосшы қ., Республика көшесі, 5"),
]
AS_ROWS = [
    ("Ноутбук 15,6\", Core i7, 16 ГБ", "дана", 1, 20, 320000, 560000),
    ("Көпфункционалды лазерлік принтер А4", "дана", 1, 8, 120000, 260000),
    ("Қағаз А4, 80 г/м², 500 парақ", "бума", 10, 300, 2100, 3400),
    ("Картридж, қара, 3000 бет", "дана", 2, 40, 14000, 36000),
    ("Монитор 27\", IPS", "дана", 1, 15, 85000, 150000),
    ("Кеңсе креслосы", "дана", 1, 20, 38000, 95000),
    ("Техникалық қызмет көрсету, ай", "ай", 1, 12, 45000, 120000),
    ("Жеткізу және орнату", "қызмет", 1, 1, 8000, 35000),
]


@style("09", "kz_nqz_astana_shot_faktura_qqs_12_16_sidebar")
def s09(rng, i):
    vname, vaddr, color = AS_V[i]
    bname, baddr = AS_B[i]
    d = [rand_date(rng, end=dt.date(2025, 12, 20)), rand_date(rng, start=dt.date(2026, 1, 12)), rand_date(rng, end=dt.date(2025, 12, 20)), rand_date(rng, start=dt.date(2026, 1, 12))][i]
    rate = D(12) if d.year == 2025 else D(16)
    items = lines(rng, AS_ROWS, [2, 4, 6, 8][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    vid = digits(rng, 2) + f"{rng.randint(1, 12):02d}" + "4" + digits(rng, 7)
    no = [f"{rng.randint(100, 9999)}", f"БОС-{rng.randint(100, 999)}", f"СП{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1, 999):05d}"][i]
    kk = lambda x: f"{x.year} жылғы {x.day} {MONTHS['kk'][x.month - 1]}"  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), kk, lambda x: x.strftime("%d.%m.%Y"), kk][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i != 3 else None
    po = [None, f"{rng.randint(10, 99)}-ТС", None, f"З-{rng.randint(100, 999)}"][i]
    contract = f"№ {rng.randint(10, 300)}/{d.year - rng.randint(0, 1)}"
    iik = "KZ" + digits(rng, 2) + rng.choice(["601", "722", "998", "949"]) + digits(rng, 13)
    m = sp

    def render(path):
        pdf = new_fpdf(creator="1С:Бухгалтерия для Казахстана")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        para(pdf, 8, 12, 50, vname, 11, "B", h=5.2, color=(255, 255, 255))
        para(pdf, 8, 28, 50, f"{vaddr}\n\nБСН: {vid}\nҚҚС бойынша есепке қою туралы куәлік: {digits(rng, 5)} № {digits(rng, 7)}\n\nЖСК: {iik}\nБСК: {rng.choice(['HSBKKZKX', 'KCJBKZKX', 'CASPKZKA', 'HCSKKZKA'])}\nКбе: 17", 7.6, h=3.9, color=(255, 255, 255))
        pdf.set_draw_color(255, 255, 255)
        pdf.rect(8, 96, 48, 30)
        txt(pdf, 10, 99, "Төленуге тиіс сома", 8, color=(255, 255, 255))
        txt(pdf, 10, 106, m(total) + " ₸", 12, "B", color=(255, 255, 255))
        txt(pdf, 10, 115, ("Төлеу мерзімі: " + fd(due)) if due else "Алдын ала төлем", 7.2, color=(255, 255, 255))
        txt(pdf, 72, 12, "ШОТ-ФАКТУРА", 16, "B", color=color)
        kv(pdf, 72, 22, [("Нөмірі:", no), ("Жазылған күні:", fd(d)), ("Шарт:", contract), ("Тапсырыс:", po), ("Жеткізілген күні:", fd(d - dt.timedelta(days=rng.randint(0, 4))))], wl=32, wv=70, size=8, step=4.6, align="L")
        txt(pdf, 72, 48, "Сатып алушы", 7, color=(110, 110, 110))
        txt(pdf, 72, 52, bname, 9.4, "B")
        para(pdf, 72, 57, 128, f"{baddr}\nБСН: {digits(rng, 2)}{rng.randint(1, 12):02d}4{digits(rng, 7)}", 7.8, h=3.9)
        cols = [("№", 8, "L"), ("Атауы", 56, "L"), ("Өлш. бірл.", 14, "L"), ("Саны", 12, "R"), ("Бағасы", 24, "R"), ("ҚҚС-сыз сома", 26, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 70, 70, cols, rows, size=7.6, rowh=6, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        y = totals(pdf, 120, y + 5, [("ҚҚС-сыз барлығы", m(net), False), (f"ҚҚС {rate}%", m(tax), False), ("Барлығы ҚҚС-мен", m(total), True)], wl=44, wv=34, size=8.6, line=color)
        para(pdf, 70, y + 6, 128, f"Барлығы {len(items)} атау, {m(total)} теңге сомасына. ҚҚС мөлшерлемесі: {rate}% (Қазақстан Республикасының Салық кодексі).\n\nБасшы ____________ {rng.choice(['Ж. Сейтқали', 'А. Нұрланова', 'Е. Мұқанов'])}        Бас бухгалтер ____________", 7.6, h=3.9)
        pdf.output(path)

    notes = (
        "Astana (Kazakhstan) office-equipment supplier's ШОТ-ФАКТУРА in KAZAKH (Cyrillic) with a coloured LEFT SIDEBAR holding the vendor, its БСН, ЖСК (IBAN), БСК, Кбе and the AMOUNT DUE boxed, tenge with spaces and a decimal comma ('1 234 567,00'), "
        f"ҚҚС {rate} % ({'12 % for 2025 dates' if rate == 12 else '16 % from 1 January 2026'}): vendor = the sidebar's name; vendor_tax_id = its 'БСН' (12 digits; the VAT certificate, the ЖСК, the buyer's БСН and the contract are decoys). "
        "invoice_number = 'Нөмірі'; invoice_date = 'Жазылған күні' (" + ["dd.mm.yyyy", "Kazakh words ('2026 жылғы 12 наурыз')", "dd.mm.yyyy", "Kazakh words"][i] + "); the delivery date 'Жеткізілген күні' is a decoy. "
        + (due_note(due, None, "Төлеу мерзімі") if due else "'Алдын ала төлем' (prepayment) is a term: no due date (null). ")
        + po_note(po, "Тапсырыс")
        + f"subtotal = 'ҚҚС-сыз барлығы'; tax = 'ҚҚС {rate}%'; total = 'Барлығы ҚҚС-мен' = the sidebar's amount. Currency KZT. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "KZT", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Барлығы ҚҚС-мен", fd(due) if due else None, iik, contract], render


# =========================================================================== 10 Antofagasta (IVA 19 %, CLP), SII box, total at the top, discount row
AN_V = [
    ("Suministros Mineros del Pacífico SpA", "Av. Grecia 1560, Antofagasta", (185, 28, 28)),
    ("Comercial La Chimba Ltda.", "Av. Pedro Aguirre Cerda 10480, Antofagasta", (29, 78, 216)),
    ("Ferretería Industrial Caliche SpA", "Calle Sucre 880, Antofagasta", (21, 128, 61)),
    ("Distribuidora Atacama Norte S.A.", "Av. Argentina 2755, Antofagasta", (124, 45, 18)),
]
AN_B = [
    ("Minera Escondida Servicios Ltda.", "Av. de la Minería 501, Antofagasta"),
    ("Constructora Coloso SpA", "Camino a Coloso km 8, Antofagasta"),
    ("Transportes Baquedano Ltda.", "Ruta 5 Norte km 1354, Baquedano"),
    ("Puerto Mejillones Operaciones S.A.", "Av. Costanera 1, Mejillones"),
]
AN_ROWS = [
    ("Guante de cabritilla reforzado", "par", 20, 400, 2900, 6500),
    ("Casco de seguridad con barbiquejo", "un", 5, 120, 8900, 19900),
    ("Lente de seguridad claro antiempañante", "un", 10, 300, 2400, 5900),
    ("Cable acero 1/2\" (m)", "m", 20, 500, 3200, 6800),
    ("Manguera hidráulica 1\" 2SN (m)", "m", 10, 200, 14500, 28900),
    ("Filtro de aire cartucho CAT", "un", 1, 20, 89000, 245000),
    ("Disco de corte 7\" x 1/8\"", "un", 20, 400, 1900, 4200),
    ("Soldadura 7018 1/8\" (kg)", "kg", 5, 150, 5900, 9800),
    ("Geomembrana HDPE 1,5 mm (m²)", "m2", 50, 2000, 3800, 7200),
    ("Flete Antofagasta - faena", "un", 1, 2, 85000, 380000),
]


@style("10", "cl_anf_antofagasta_factura_iva_19_total_top")
def s10(rng, i):
    vname, vaddr, color = AN_V[i]
    bname, baddr = AN_B[i]
    d = rand_date(rng)
    items = lines(rng, AN_ROWS, [3, 5, 8, 6][i], D("10"))
    if i in (1, 3):
        gross = sum(x["amount"] for x in items)
        disc = -q0(gross * D(rng.choice([3, 5, 8])) / 100)
        items.append(dict(desc="Descuento global", unit="", qty=None, price=None, amount=disc, extra=None))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    vid = valid(rng, lambda: f"7{digits(rng, 7)}", lambda s: True)
    vid = rut.format(vid + rut.calc_check_digit(vid))
    bid = f"{rng.randint(76, 99)}{digits(rng, 6)}"
    bid = rut.format(bid + rut.calc_check_digit(bid))
    no = f"{rng.randint(1000, 99999)}"
    fd = [lambda x: x.strftime("%d-%m-%Y"), es_date, lambda x: x.strftime("%d/%m/%Y"), es_date][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"OC {rng.randint(4500000000, 4599999999)}", None, f"{rng.randint(1000, 9999)}", f"OC-{rng.randint(10000, 99999)}"][i]
    guia = f"{rng.randint(1000, 99999)}"
    m = lambda x: de(x, 0)  # noqa: E731
    uf = D(rng.randint(3780000, 3990000)) / 100

    def render(path):
        pdf = new_fpdf(creator="Software de Facturación SII")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        para(pdf, 14, 19, 110, f"Giro: venta al por mayor de insumos para la minería\n{vaddr}\nFono +56 55 2{rng.randint(100000, 999999)} · ventas@{vname.split()[0].lower()}.cl", 7.6, h=3.8)
        pdf.set_draw_color(220, 38, 38)
        pdf.set_line_width(0.8)
        pdf.rect(134, 10, 62, 28)
        pdf.set_line_width(0.2)
        txt(pdf, 134, 13, f"R.U.T.: {vid}", 10, "B", w=62, align="C", color=(220, 38, 38))
        txt(pdf, 134, 20, "FACTURA ELECTRÓNICA", 10, "B", w=62, align="C", color=(220, 38, 38))
        txt(pdf, 134, 27, f"Nº {no}", 10, "B", w=62, align="C", color=(220, 38, 38))
        txt(pdf, 134, 40, "S.I.I. - ANTOFAGASTA", 8, "B", w=62, align="C", color=(220, 38, 38))
        pdf.set_fill_color(*color)
        pdf.rect(14, 47, 182, 12, "F")
        txt(pdf, 18, 50, "TOTAL A PAGAR", 10, "B", color=(255, 255, 255))
        txt(pdf, 120, 50, "$ " + m(total), 13, "B", w=72, align="R", color=(255, 255, 255))
        kv(pdf, 14, 64, [("Señor(es):", bname), ("R.U.T.:", bid), ("Dirección:", baddr), ("Giro:", "explotación minera y servicios")], wl=22, wv=90, size=7.8, step=4.4, align="L")
        kv(pdf, 130, 64, [("Fecha Emisión:", fd(d)), ("Vencimiento:", fd(due) if due else None), ("Cond. de pago:", f"{(due - d).days} días" if due else "Contado"), ("Orden de compra:", po), ("Guía despacho:", guia)], wl=26, wv=40, size=7.8, step=4.4, align="L")
        cols = [("Código", 18, "L"), ("Descripción", 78, "L"), ("Cant.", 16, "R"), ("Unid.", 12, "L"), ("Precio", 26, "R"), ("Total", 32, "R")]
        rows = [[f"{rng.choice('ABCEM')}{rng.randint(1000, 9999)}" if x["qty"] is not None else "", x["desc"], qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], m(x["price"]) if x["price"] is not None else "", m(x["amount"])] for x in items]
        y = table(pdf, 14, 86, cols, rows, size=7.8, rowh=6, header_fill=(235, 235, 235), line_color=(190, 190, 190))
        y += 6
        qr_fpdf(pdf, rng, 14, y, 36, n=35)
        para(pdf, 14, y + 38, 70, f"Timbre Electrónico SII\nRes. {rng.randint(10, 99)} de {rng.randint(2014, 2022)} - Verifique documento: www.sii.cl", 6.8, h=3.4, align="C")
        y2 = totals(pdf, 128, y, [("MONTO NETO $", m(net), False), ("I.V.A. 19% $", m(tax), False), ("TOTAL $", m(total), True)], wl=34, wv=34, size=9, line=color)
        if i in (0, 3):
            txt(pdf, 128, y2 + 2, f"Valor UF del día {de(uf)}: {de(q2(total / uf))} UF (referencial)", 6.8, color=(90, 90, 90))
        para(pdf, 90, y + 50, 106, f"Depositar en {rng.choice(['Banco de Chile', 'BancoEstado', 'Banco Santander', 'BCI'])}, cta. cte. {digits(rng, 8)}, a nombre de {vname}, RUT {vid}.", 7.2, h=3.6)
        pdf.output(path)

    notes = (
        "Antofagasta (Chile) mining-supplies distributor's FACTURA ELECTRÓNICA in Spanish with the red SII box (R.U.T., FACTURA ELECTRÓNICA, Nº, S.I.I. - ANTOFAGASTA) and the 'TOTAL A PAGAR' in a coloured band at the TOP above the buyer block, whole pesos with dots ('1.234.567'), IVA 19 %"
        + (", a 'Descuento global' as a NEGATIVE last row" if i in (1, 3) else "")
        + (", an amount in UF for reference" if i in (0, 3) else "")
        + ", the electronic stamp: vendor = the name at the top; vendor_tax_id = the 'R.U.T.' in the SII box (the buyer's R.U.T., the guía de despacho and the account are decoys). "
        "invoice_number = 'Nº' in the box; invoice_date = 'Fecha Emisión' (" + ["dd-mm-yyyy", "Spanish words ('12 de marzo de 2026')", "dd/mm/yyyy", "Spanish words"][i] + "). "
        + (due_note(due, None, "Vencimiento") if due else "'Cond. de pago: Contado': no due date (null). ")
        + po_note(po, "Orden de compra")
        + "subtotal = 'MONTO NETO'; tax = 'I.V.A. 19%'; total = 'TOTAL' = 'TOTAL A PAGAR'; the UF amount is not the total. Currency CLP. Line items: every row, the discount row with a negative amount and no quantity."
    )
    t = truth(vname, vid, no, po, d, due, "CLP", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "TOTAL A PAGAR", fd(due) if due else None, bid, guia], render
