"""fpdf2 styles for set 10, the second producer (05 Mongolian нэхэмжлэх with НӨАТ 10 %, 06 Mauritian VAT invoice over
two pages with carried-forward totals, 07 Nepalese tax invoice with PAN/VAT, a Bikram Sambat date and lakh grouping)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import bs_date, bs_month, lakh
from invoice_kit import (
    T,
    digits,
    en,
    in_words,
    lfont,
    li,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import items_from, qr_fpdf

STYLES, style = style_registry("fpdf2")


# =========================================================================== 05 Mongolian нэхэмжлэх (регистр, НӨАТ 10 %, төгрөг)
MN_V = [
    ("Хан-Уул Трейд ХХК", "Улаанбаатар, Хан-Уул дүүрэг, 15-р хороо, Чингисийн өргөн чөлөө 24", "Хаан банк", "5"),
    ("Эрдэнэт Барилга Материал ХХК", "Орхон аймаг, Баян-Өндөр сум, Шанд баг, Үйлдвэрийн гудамж 3", "Голомт банк", "2"),
    ("Монгол Софт Солюшнс ХХК", "Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Olympic street 19/1, 8 давхар", "Худалдаа хөгжлийн банк", "6"),
    ("Говь Тээвэр ложистик ХХК", "Өмнөговь аймаг, Даланзадгад сум, 4-р баг", "Хас банк", "3"),
]
MN_B = [
    ("Номин Холдинг ХХК", "Улаанбаатар, Баянзүрх дүүрэг, Энхтайвны өргөн чөлөө 56"),
    ("Дархан Орд Констракшн ХХК", "Дархан-Уул аймаг, Дархан сум, 7-р баг"),
    ("Монголын Үндэсний Их Сургууль", "Улаанбаатар, Сүхбаатар дүүрэг, Их сургуулийн гудамж 1"),
    ("Оюу Толгой ХХК", "Улаанбаатар, Сүхбаатар дүүрэг, Чингисийн талбай 1, Monnis tower"),
]
MN_L = [
    [("Гурил дээд зэрэг, 25 кг", "ширхэг", 28000, 39000, 20, 300), ("Ургамлын тос 5 л", "ширхэг", 24500, 36000, 12, 200), ("Элсэн чихэр 50 кг", "уут", 118000, 152000, 5, 60), ("Цагаан будаа 25 кг", "уут", 52000, 69000, 10, 120)],
    [("Цемент М400, 50 кг", "уут", 18500, 24900, 40, 600), ("Арматур Ф12", "тонн", 2650000, 3100000, 1, 12), ("Тоосго улаан", "ширхэг", 420, 690, 2000, 20000), ("Дулаалгын хөөсөнцөр 5 см", "м²", 6800, 11500, 50, 600)],
    [("Программ хангамжийн лиценз (жилийн)", "ширхэг", 350000, 1200000, 1, 20), ("Системийн засвар үйлчилгээ", "сар", 1800000, 4500000, 1, 3), ("Сургалт, ажилтнуудад", "цаг", 85000, 150000, 4, 40)],
    [("Ачаа тээвэр Улаанбаатар – Ханбогд", "рейс", 3800000, 6200000, 1, 6), ("Ачих, буулгах үйлчилгээ", "цаг", 65000, 110000, 4, 30), ("Түлшний нэмэгдэл", "рейс", 450000, 900000, 1, 6)],
]


@style("05", "mn_nekhemjlekh_noat")
def s05(rng, i):
    vname, vaddr, bank, acc1 = MN_V[i]
    bname, baddr = MN_B[i]
    d = rand_date(rng)
    items = items_from(rng, MN_L[i], rng.randint(2, 4), step=D("100") if i != 1 else D("10"))
    incl = i == 3  # prices include VAT: "Үүнээс НӨАТ"
    gross_sum = sum(it["amount"] for it in items)
    if incl:
        total = gross_sum
        tax = q2(total / 11)
        net = None
    else:
        net = gross_sum
        tax = q2(net / 10)
        total = net + tax
    reg = digits(rng, 7, True)
    b_reg = digits(rng, 7, True)
    acct = acc1 + digits(rng, 9)
    no = [str(rng.randint(12, 980)), f"Н-{rng.randint(100, 9999)}", f"{d.year}/{rng.randint(10, 999):03d}", f"ГТЛ{rng.randint(1000, 9999)}"][i]
    f = lambda x: x.strftime("%Y.%m.%d")  # noqa: E731
    fw = lambda x: f"{x.year} оны {x.month} сарын {x.day}"  # noqa: E731
    fd = [f, fw, f, f][i]
    due = d + dt.timedelta(days=[14, 30, 10, 7][i]) if i != 2 else None
    contract = f"{rng.randint(1, 99)}/{d.year}" if i in (1, 3) else None
    po = f"PO-{rng.randint(100000, 999999)}" if i == 3 else None
    fm = (lambda x: en(x)) if i in (0, 2) else (lambda x: sp(x, 0) if x == x.to_integral_value() else sp(x))
    ddtd = digits(rng, 33, True)

    def render(path):
        pdf = new_fpdf(creator="Microsoft Excel")
        pdf.add_page()
        txt(pdf, 150, 8, "НХМаягт Т-1", 6.8, "", "DV", color=(90, 90, 90))
        txt(pdf, 150, 11.2, "Сангийн сайдын 2017 оны 347", 6.2, "", "DV", color=(90, 90, 90))
        txt(pdf, 150, 14, "тоот тушаалын хавсралт", 6.2, "", "DV", color=(90, 90, 90))
        txt(pdf, 0, 24, f"НЭХЭМЖЛЭХ № {no}", 15, "B", "DV", "C", 210)
        y = 36
        pdf.set_draw_color(0, 0, 0)
        L = [("Нэхэмжлэгч:", True), ("Байгууллагын нэр:", vname), ("Хаяг:", vaddr), ("Утас:", f"+976 {digits(rng, 4, True)} {digits(rng, 4)}"), ("Регистрийн №:", reg), ("Банкны нэр:", bank), ("Дансны №:", acct)]
        R = [("Төлөгч:", True), ("Байгууллагын нэр:", bname), ("Хаяг:", baddr), ("Регистрийн №:", b_reg)]
        if contract:
            R.append(("Гэрээний №:", contract))
        if po:
            R.append(("Захиалгын №:", po))
        R += [("Нэхэмжилсэн огноо:", fd(d)), ("Төлбөр хийх хугацаа:", fd(due) if due else "Гэрээний дагуу")]
        for col, rows in ((15, L), (110, R)):
            yy = y
            for a, b in rows:
                if b is True:
                    txt(pdf, col, yy, a, 9, "B", "DV")
                    yy += 5.5
                    continue
                txt(pdf, col, yy, a, 7.4, "", "DV", color=(70, 70, 70))
                pdf.set_font("DV", "", 7.8)
                pdf.set_xy(col + 34, yy)
                pdf.multi_cell(52, 3.6, b, align="L")
                yy = max(yy + 4.6, pdf.get_y() + 1)
            y_end = yy
            if col == 15:
                yL = y_end
        y = max(yL, y_end) + 4
        cols = [("№", 9, "C"), ("Гүйлгээний утга", 72, "L"), ("Нэгж", 20, "C"), ("Тоо", 20, "R"), ("Нэгжийн үнэ", 30, "R"), ("Нийт дүн", 32, "R")]
        rows = [[str(k + 1), it["desc"], it["unit"], qstr(it["qty"]), fm(it["price"]), fm(it["amount"])] for k, it in enumerate(items)]
        x0 = 15
        pdf.set_draw_color(0, 0, 0)
        y0 = y
        y = table(pdf, x0, y, cols, rows, size=7.8, font="DV", rowh=6, header_fill=(225, 225, 225), line_color=(0, 0, 0))
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + c[1])
        for xv in xs:
            pdf.line(xv, y0, xv, y)
        pdf.line(x0, y0, xs[-1], y0)
        tots = ([("Дүн:", fm(net)), ("НӨАТ 10%:", fm(tax)), ("Нийт дүн:", fm(total))] if not incl else [("Нийт дүн (НӨАТ-тай):", fm(total)), ("Үүнээс НӨАТ 10%:", fm(tax))])
        for a, b in tots:
            pdf.rect(xs[5], y, cols[5][1], 6)
            txt(pdf, xs[5] - 80, y + 1.2, a, 8, "B" if "Нийт" in a else "", "DV", "R", 78)
            txt(pdf, xs[5] + 1, y + 1.2, b, 8, "B" if "Нийт" in a else "", "DV", "R", cols[5][1] - 2)
            y += 6
        y += 6
        cur_line = "Мөнгөн тэмдэгт: төгрөг (₮)" if i != 2 else "Бүх дүн төгрөгөөр"
        txt(pdf, 15, y, cur_line, 8, "", "DV")
        y += 6
        if i in (0, 3):
            txt(pdf, 15, y, f"И-баримт ДДТД: {ddtd}", 7, "", "DV", color=(70, 70, 70))
            qr_fpdf(pdf, rng, 165, y - 2, 22)
            y += 6
        y += 12
        for k, (role, who) in enumerate(zip(["Дарга:", "Нягтлан бодогч:"], rng.sample(["Б. Бат-Эрдэнэ", "Д. Оюунчимэг", "Г. Ганбаатар", "Ц. Сарангэрэл"], 2), strict=True)):
            txt(pdf, 25, y + k * 10, f"{role}  ______________  /{who}/", 8.4, "", "DV")
        pdf.set_draw_color(120, 40, 40)
        pdf.ellipse(140, y - 6, 30, 30)
        txt(pdf, 147, y + 7, "Тамга", 8, "", "DV", color=(120, 40, 40))
        pdf.output(path)

    notes = (
        "Mongolian нэхэмжлэх (invoice, official form Т-1) in Cyrillic: two label-value columns (Нэхэмжлэгч = vendor, Төлөгч = payer). vendor = 'Байгууллагын нэр' under Нэхэмжлэгч; vendor tax id = "
        "its 'Регистрийн №' (7-digit company register / taxpayer number, no public checksum); the payer's register number, the bank account"
        + (", the e-barimt ДДТД (33 digits)" if i in (0, 3) else "") + " and the form code are decoys. invoice_number = the number in the title 'НЭХЭМЖЛЭХ № …'; invoice_date = 'Нэхэмжилсэн огноо' ("
        + ("'2025 оны 12 сарын 1' in words" if fd is fw else "yyyy.mm.dd") + "); " + ("due = 'Төлбөр хийх хугацаа'. " if due else "'Гэрээний дагуу' (per contract): no due date (null). ")
        + (f"PO = 'Захиалгын №' {po}; " if po else "No PO; ") + ("the contract number is no PO. " if contract else "")
        + ("Prices include VAT: subtotal null (not printed); tax = 'Үүнээс НӨАТ 10%' (of which VAT, 1/11 of the total); total = 'Нийт дүн (НӨАТ-тай)'. " if incl
           else "subtotal = 'Дүн'; tax = 'НӨАТ 10%'; total = 'Нийт дүн'. ")
        + "Currency MNT (төгрөг, ₮). Amounts " + ("'1,234,500.00'" if i in (0, 2) else "'1 234 500' (whole tögrög)") + ". Line items: every row (amount = 'Нийт дүн'"
        + (", VAT included" if incl else "") + "; quantity 'Тоо хэмжээ')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=reg, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MNT", subtotal=mt(net) if net is not None else None, tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, reg, no, po, vname], render


# =========================================================================== 06 Mauritian VAT invoice over two pages (carried / brought forward, VAT 15 %, S/Z/E codes)
MU_V = [
    ("Rivière Noire Hardware & Supplies Ltd", ["Royal Road, La Mivoie", "Rivière Noire, Mauritius"], (20, 70, 120)),
    ("Île Maurice Office Solutions Ltd", ["3rd Floor, Ebène Heights", "Cybercity, Ebène 72201"], (120, 40, 40)),
    ("Port Louis Food Distributors Co. Ltd", ["Trou Fanfaron Road", "Port Louis 11302"], (30, 100, 60)),
    ("Grand Baie Marine Services Ltd", ["Coastal Road, Pointe aux Canonniers", "Grand Baie 30517"], (60, 60, 60)),
]
MU_B = [
    ("Tamarina Golf Estate Ltd", ["Tamarin", "Mauritius"]),
    ("Mauritius Commercial Holdings Ltd", ["Sir William Newton Street", "Port Louis"]),
    ("Super U Grand Baie (Hyper Grand Baie Ltd)", ["La Salette Road", "Grand Baie"]),
    ("Beachcomber Resorts & Hotels Ltd", ["Royal Palm Beachcomber", "Grand Baie"]),
]
MU_L = [
    [("Cement Lafarge 50kg", "bag", 295, 340, "S"), ("Reinforcement bar Y12 6m", "pce", 410, 520, "S"), ("Plywood marine 18mm", "sheet", 1850, 2450, "S"), ("PVC pipe 110mm x 6m", "pce", 690, 980, "S"),
     ("Paint emulsion white 20L", "pail", 2950, 3850, "S"), ("Roofing sheet IBR 0.5mm", "m", 385, 470, "S"), ("Nails 75mm (1kg)", "kg", 85, 120, "S"), ("Sand (per tonne)", "t", 1450, 1850, "S"),
     ("Basalt rock 3/8", "t", 1650, 2100, "S"), ("Tile adhesive 25kg", "bag", 365, 460, "S"), ("Ceramic floor tile 60x60", "m²", 690, 1150, "S"), ("Door hinge stainless 4in", "pair", 145, 230, "S"),
     ("Electrical cable 2.5mm² (100m)", "roll", 2650, 3400, "S"), ("Circuit breaker 20A", "pce", 240, 390, "S"), ("Waterproofing membrane", "roll", 3400, 4600, "S"), ("Wheelbarrow heavy duty", "pce", 2450, 3200, "S"),
     ("Gloves leather", "pair", 95, 160, "S"), ("Safety boots", "pair", 1250, 1850, "S"), ("Silicone sealant", "tube", 145, 240, "S"), ("Paint brush 4in", "pce", 110, 180, "S"),
     ("Timber pine 50x100 4.8m", "pce", 520, 690, "S"), ("Galvanised wire (5kg)", "roll", 560, 780, "S"), ("Concrete block 15cm", "pce", 28, 38, "S"), ("Water tank 1000L", "pce", 7800, 9900, "S"),
     ("Garden hose 30m", "pce", 890, 1350, "S"), ("Padlock brass 50mm", "pce", 320, 480, "S"), ("Ladder aluminium 3m", "pce", 4200, 5600, "S"), ("Drill bits set", "set", 650, 980, "S"),
     ("Screws assorted box", "box", 240, 390, "S"), ("Masking tape 48mm", "roll", 65, 110, "S"), ("Spirit level 1m", "pce", 690, 990, "S"), ("Trowel steel", "pce", 210, 340, "S")],
    [("A4 copier paper (box of 5 reams)", "box", 1150, 1450, "S"), ("Toner HP 26A", "pce", 3900, 5200, "S"), ("Ball pens blue (box 50)", "box", 290, 420, "S"), ("Lever arch files", "pce", 95, 145, "S"),
     ("Office chair ergonomic", "pce", 6900, 9800, "S"), ("Laptop Lenovo ThinkPad E14", "pce", 38500, 46500, "S"), ("Monitor 24in", "pce", 6800, 8900, "S"), ("USB keyboard and mouse", "set", 890, 1350, "S"),
     ("Whiteboard 120x90", "pce", 2900, 3900, "S"), ("Sticky notes (pack 12)", "pack", 240, 360, "S"), ("Stapler heavy duty", "pce", 690, 990, "S"), ("Envelopes C4 (box 250)", "box", 890, 1250, "S"),
     ("Calculator desktop", "pce", 450, 690, "S"), ("Filing cabinet 4-drawer", "pce", 11500, 14900, "S"), ("Printer HP LaserJet M211", "pce", 8900, 11500, "S"), ("Extension lead 4-way", "pce", 390, 590, "S"),
     ("Highlighters (pack 4)", "pack", 110, 170, "S"), ("Desk organiser", "pce", 290, 480, "S"), ("Shredder cross-cut", "pce", 5400, 7900, "S"), ("Binding covers (pack 100)", "pack", 390, 560, "S"),
     ("Textbooks – accounting (zero-rated)", "pce", 850, 1450, "Z"), ("Diaries 2026", "pce", 240, 390, "S"), ("Paper clips (box 100)", "box", 35, 60, "S"), ("Correction tape", "pce", 55, 95, "S"),
     ("Desk lamp LED", "pce", 890, 1390, "S"), ("Webcam HD", "pce", 1450, 2200, "S"), ("Headset with microphone", "pce", 1250, 1900, "S"), ("External drive 1TB", "pce", 2650, 3400, "S")],
    [("Rice basmati 5kg", "bag", 390, 520, "Z"), ("Cooking oil 5L", "can", 480, 620, "S"), ("Sugar white 50kg", "bag", 1850, 2250, "Z"), ("Flour 25kg", "bag", 690, 890, "Z"), ("Canned tuna 185g (48)", "ctn", 2450, 3200, "S"),
     ("Milk powder 2.5kg", "tin", 890, 1150, "Z"), ("Tea bags (100)", "box", 145, 210, "S"), ("Dholl (lentils) 25kg", "bag", 1650, 2150, "Z"), ("Ghee 1kg", "tin", 420, 560, "S"), ("Salt 1kg (24)", "ctn", 290, 390, "Z"),
     ("Soft drinks 1.5L (6)", "pack", 240, 330, "S"), ("Mineral water 1.5L (6)", "pack", 110, 160, "S"), ("Biscuits assorted (24)", "ctn", 690, 980, "S"), ("Noodles instant (40)", "ctn", 590, 790, "S"),
     ("Tomato paste 400g (24)", "ctn", 690, 920, "S"), ("Sardines 155g (50)", "ctn", 1650, 2150, "S"), ("Margarine 500g (12)", "ctn", 690, 890, "S"), ("Coffee instant 200g", "jar", 290, 420, "S"),
     ("Chick peas 25kg", "bag", 1450, 1890, "Z"), ("Spices curry powder 1kg", "pkt", 240, 360, "S"), ("Bread flour 50kg", "bag", 1290, 1650, "Z"), ("Eggs (tray 30)", "tray", 190, 260, "Z"),
     ("Frozen chicken 1kg (10)", "ctn", 1350, 1750, "Z"), ("Detergent powder 5kg", "bag", 490, 690, "S"), ("Dishwashing liquid 5L", "can", 290, 420, "S"), ("Toilet paper (48)", "pack", 690, 920, "S")],
    [("Hull antifouling (per m²)", "m²", 650, 950, "S"), ("Outboard service 200hp", "job", 9500, 14500, "S"), ("Mooring fee (monthly)", "month", 4500, 7500, "E"), ("Fuel filter Yamaha", "pce", 690, 980, "S"), ("Labour – marine mechanic", "hr", 950, 1450, "S")],
]


@style("06", "mu_vat_invoice_carried_fwd")
def s06(rng, i):
    vname, vaddr, color = MU_V[i]
    bname, baddr = MU_B[i]
    d = rand_date(rng)
    n = [rng.randint(27, 32), rng.randint(25, 28), rng.randint(24, 26), rng.randint(3, 5)][i]
    picks = rng.sample(MU_L[i], min(n, len(MU_L[i])))
    items = []
    for desc, unit, lo, hi, code in picks:
        q = D(rng.randint(1, 40) if lo < 2000 else rng.randint(1, 6))
        p = D(rng.randint(lo, hi)) + (D(rng.choice([0, 0, 50, 25, 75])) / 100)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "code": code})
    net = sum(it["amount"] for it in items)
    std = sum(it["amount"] for it in items if it["code"] == "S")
    tax = q2(std * D("0.15"))
    total = net + tax
    vat_no = f"VAT{digits(rng, 8, True)}"
    vat_p = vat_no if i != 2 else f"{vat_no[3:]}"
    brn = f"C{rng.randint(6, 24):02d}{digits(rng, 6, True)}"
    tel = f"+230 {digits(rng, 3, True)} {digits(rng, 4)}"
    no = [f"INV{rng.randint(10000, 99999)}", f"IMOS/{d.year}/{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"GBM-{rng.randint(1000, 9999)}"][i]
    f = (lambda x: x.strftime("%d/%m/%Y")) if i != 1 else (lambda x: x.strftime("%d-%b-%Y"))
    due = d + dt.timedelta(days=30) if i in (0, 1) else None
    po = [f"LPO {rng.randint(1000, 9999)}", f"PO-MCH-{rng.randint(10000, 99999)}", None, f"BRH/{rng.randint(100, 999)}"][i]
    irn = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    fm = en
    per_first = 20
    pages = [items[:per_first], items[per_first:]] if len(items) > per_first else [items]

    def header(pdf, p, n_pages):
        pdf.add_page()
        txt(pdf, 15, 12, vname, 14, "B", "DV", color=color)
        for k, s_ in enumerate(vaddr + [f"Tel: {tel}  ·  BRN: {brn}", f"VAT Reg. No.: {vat_p}"]):
            txt(pdf, 15, 18.5 + k * 4, s_, 7.8, "", "DV", color=(60, 60, 60))
        txt(pdf, 130, 12, "VAT INVOICE", 16, "B", "DV")
        txt(pdf, 130, 19, f"Page {p} of {n_pages}", 7.4, "", "DV", color=(90, 90, 90))

    cols = [("Code", 12, "C"), ("Description", 74, "L"), ("Qty", 14, "R"), ("Unit", 14, "L"), ("Unit price", 26, "R"), ("VAT", 10, "C"), ("Amount (Rs)", 30, "R")]

    def rows_of(chunk, start):
        return [[f"{rng.randint(10000, 99999)}", it["desc"], qstr(it["qty"]), it["unit"], fm(it["price"]), it["code"], fm(it["amount"])] for it in chunk]

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Accounts")
        lfont(pdf)
        run = D(0)
        for p, chunk in enumerate(pages, 1):
            header(pdf, p, len(pages))
            if p == 1:
                txt(pdf, 15, 40, "Invoice to:", 7.6, "", "DV", color=(90, 90, 90))
                for k, s_ in enumerate([bname] + baddr):
                    txt(pdf, 15, 44.5 + k * 4.4, s_, 9, "B" if k == 0 else "", "DV")
                kv = [("Invoice No.", no), ("Invoice Date", f(d)), ("Customer A/C", f"{bname[:3].upper()}{rng.randint(100, 999)}")]
                if po:
                    kv.append(("Your Order No.", po))
                kv.append(("Terms", "30 days" if due else ("Cash on delivery" if i == 2 else "Monthly account")))
                if due:
                    kv.append(("Due Date", f(due)))
                for k, (a, b) in enumerate(kv):
                    txt(pdf, 128, 40 + k * 4.6, a, 8, "", "DV", color=(90, 90, 90))
                    txt(pdf, 158, 40 + k * 4.6, b, 8.4, "B" if a == "Invoice No." else "", "DV")
                y = 72
            else:
                txt(pdf, 15, 36, f"Invoice No. {no} (continued)  ·  {bname}", 8.4, "B", "DV")
                y = 44
                txt(pdf, 120, y, "Brought forward", 8.4, "B", "DV")
                txt(pdf, 157, y, fm(run), 8.4, "B", "DV", "R", 30)
                y += 6
            y = table(pdf, 15, y, cols, rows_of(chunk, 0), size=7.6, font="DV", rowh=5.6, header_fill=(235, 235, 235), border_bottom=False, zebra=(248, 248, 248), line_color=color)
            run += sum(it["amount"] for it in chunk)
            pdf.set_draw_color(*color)
            pdf.line(15, y + 1, 195, y + 1)
            y += 3
            if p < len(pages):
                txt(pdf, 120, y, "Carried forward", 8.4, "B", "DV")
                txt(pdf, 157, y, fm(run), 8.4, "B", "DV", "R", 30)
                txt(pdf, 15, 282, "Continued on next page", 7.2, "", "DV", color=(90, 90, 90))
                continue
            y += 3
            summ = [("Total excl. VAT", fm(net)), ("Zero-rated / exempt supplies", fm(net - std)), ("Standard-rated supplies", fm(std)), ("VAT @ 15%", fm(tax)), ("Total incl. VAT (Rs)", fm(total))]
            for a, b in summ:
                st = "B" if a.startswith("Total") else ""
                txt(pdf, 110, y, a, 8.6, st, "DV")
                txt(pdf, 157, y, b, 8.6, st, "DV", "R", 30)
                y += 5.2
            y += 6
            txt(pdf, 15, y, "VAT codes: S = standard rated 15%, Z = zero rated, E = exempt.", 7.2, "", "DV", color=(70, 70, 70))
            txt(pdf, 15, y + 4, f"Bank: {rng.choice(['The Mauritius Commercial Bank Ltd', 'SBM Bank (Mauritius) Ltd', 'Absa Bank (Mauritius) Ltd'])}  ·  A/C {digits(rng, 12, True)}  ·  Please quote the invoice number.", 7.2, "", "DV", color=(70, 70, 70))
            txt(pdf, 15, y + 10, "Fiscalised with the MRA e-Invoicing System", 7.2, "B", "DV")
            txt(pdf, 15, y + 14, f"IRN: {irn}", 7, "", "Mono")
            txt(pdf, 15, y + 18, f"Transmitted: {f(d)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 7, "", "DV", color=(70, 70, 70))
            qr_fpdf(pdf, rng, 168, y + 6, 24)
            txt(pdf, 15, y + 34, "Goods received in good order and condition:  ____________________", 8, "", "DV")
        pdf.output(path)

    notes = (
        "Mauritian VAT invoice (fpdf2)" + (" over two pages: page 1 ends on 'Carried forward' and page 2 opens with 'Brought forward' (a running sum of the lines, a decoy)" if len(pages) > 1 else " on one page")
        + ". vendor = the letterhead; vendor tax id = 'VAT Reg. No.' (as printed" + (", the bare 8 digits without the VAT prefix" if i == 2 else "") + "; no public checksum); the BRN, the MRA IRN and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ("dd-Mon-yyyy" if i == 1 else "dd/mm/yyyy") + "); the transmission date repeats it. "
        + ("due = 'Due Date'. " if due else "No due date (null). ") + (f"PO = 'Your Order No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT @ 15%' (on the S lines only); total = 'Total incl. VAT'. The zero-rated and standard-rated sums are parts. "
        "Currency MUR ('Rs'). Amounts '1,234.56'. Line items: every row on every page (amount = 'Amount (Rs)', quantity 'Qty')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vat_p, no, po, vname], render


# =========================================================================== 07 Nepalese tax invoice (PAN/VAT, B.S. and A.D. dates, VAT 13 %, lakh grouping, amount in words)
NP_V = [
    ("Himalayan Trading Concern Pvt. Ltd.", "New Baneshwor-10, Kathmandu", (150, 30, 30)),
    ("Everest Hardware & Suppliers", "Bhairahawa Road, Butwal-11, Rupandehi", (20, 80, 140)),
    ("Annapurna IT Solutions Pvt. Ltd.", "Lakeside-6, Pokhara, Kaski", (30, 110, 70)),
    ("Sagarmatha Pharma Distributors Pvt. Ltd.", "Teku-12, Kathmandu", (90, 50, 120)),
]
NP_B = [("Bhatbhateni Supermarket & Departmental Store", "Maharajgunj, Kathmandu"), ("Shree Ganesh Construction Pvt. Ltd.", "Tilottama-3, Rupandehi"),
        ("Pokhara Metropolitan City Office", "Nadipur, Pokhara"), ("Grande International Hospital", "Dhapasi, Kathmandu")]
NP_L = [
    [("Basmati Rice 25 kg", "bag", 2850, 3600, 5, 80), ("Sunflower Oil 15 L", "jar", 3900, 4800, 4, 40), ("Sugar 50 kg", "bag", 4700, 5600, 2, 30), ("Tea CTC 1 kg", "pkt", 520, 760, 10, 120), ("Lentils (Masuro) 25 kg", "bag", 3400, 4200, 2, 30)],
    [("Cement OPC 50 kg", "bag", 780, 920, 50, 600), ("TMT Bar 12 mm", "kg", 98, 118, 500, 6000), ("GI Pipe 1 inch", "length", 1450, 1950, 10, 120), ("CGI Sheet 0.35 mm", "bundle", 12800, 16500, 1, 12)],
    [("Annual Software Maintenance (Revenue System)", "year", 180000, 420000, 1, 1), ("Desktop Computer Core i5", "set", 78000, 98000, 2, 12), ("Networking & Installation", "job", 25000, 65000, 1, 3), ("Training to Staff", "day", 12000, 22000, 1, 5)],
    [("Surgical Gloves (box 100)", "box", 850, 1250, 20, 300), ("Disposable Syringe 5 ml (100)", "box", 650, 980, 10, 200), ("IV Cannula 20G (50)", "box", 2400, 3600, 5, 60), ("Face Mask 3-ply (50)", "box", 180, 320, 20, 400)],
]


@style("07", "np_tax_invoice_pan_bs")
def s07(rng, i):
    vname, vaddr, color = NP_V[i]
    bname, baddr = NP_B[i]
    d = rand_date(rng)
    items = items_from(rng, NP_L[i], rng.randint(2, 4), step=D("1") if i != 3 else D("5"))
    gross = sum(it["amount"] for it in items)
    disc = q2(gross * D(rng.choice([2, 3, 5])) / 100) if i in (0, 3) else D(0)
    net = gross - disc
    tax = q2(net * D("0.13"))
    total = net + tax
    pan = digits(rng, 9, True)
    b_pan = digits(rng, 9, True)
    by, bm, bd = bs_date(d)
    fy = f"{by if bm >= 4 else by - 1}/{str((by if bm >= 4 else by - 1) + 1)[2:]}"
    no = [f"{rng.randint(100, 9999)}", f"EHS-{fy[2:4]}{fy[-2:]}-{rng.randint(100, 999)}", f"TI/{fy}/{rng.randint(10, 999):03d}", f"{rng.randint(10000, 99999)}"][i]
    bs_p = [f"{by}/{bm:02d}/{bd:02d}", f"{by}-{bm:02d}-{bd:02d}", f"{bd} {bs_month(bm)} {by}", f"{by}.{bm:02d}.{bd:02d}"][i]
    ad_p = [d.strftime("%Y/%m/%d"), d.strftime("%d-%m-%Y"), d.strftime("%d %b %Y"), d.strftime("%Y-%m-%d")][i]
    po = [None, f"SGC/PO/{rng.randint(100, 999)}", f"PMC-{rng.randint(1000, 9999)}", f"GIH-PO-{rng.randint(10000, 99999)}"][i]
    due = d + dt.timedelta(days=30) if i in (2, 3) else None
    due_p = (due.strftime(["%Y/%m/%d", "%d-%m-%Y", "%d %b %Y", "%Y-%m-%d"][i]) if due else None)
    fm = lakh
    rupees = int(total)
    paisa = int((total - rupees) * 100)
    words = f"Rupees {in_words(rupees)}" + (f" and Paisa {in_words(paisa)}" if paisa else "") + " Only"

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(10, 10, 190, 277)
        pdf.set_line_width(0.2)
        txt(pdf, 10, 15, vname, 15, "B", "DV", "C", 190, color=color)
        txt(pdf, 10, 22, vaddr, 8.6, "", "DV", "C", 190)
        txt(pdf, 10, 26.5, f"Phone: 01-{digits(rng, 7, True)}  ·  Email: accounts@{vname.split()[0].lower()}.com.np", 8, "", "DV", "C", 190)
        txt(pdf, 10, 31.5, f"PAN/VAT No.: {pan}", 9, "B", "DV", "C", 190)
        pdf.set_fill_color(*color)
        pdf.rect(80, 37, 50, 8, "F")
        txt(pdf, 80, 38.6, "TAX INVOICE", 11, "B", "DV", "C", 50, color=(255, 255, 255))
        txt(pdf, 160, 38, "Original (Buyer)" if i != 1 else "Tax Invoice - Buyer Copy", 6.8, "", "DV", color=(90, 90, 90))
        y = 50
        left = [("Invoice No.:", no), ("Buyer's Name:", bname), ("Address:", baddr), ("Buyer's PAN:", b_pan)]
        right = [("Transaction Date (B.S.):", bs_p), ("Invoice Date (A.D.):", ad_p), ("F.Y.:", fy), ("Mode of Payment:", ["Cash", "Credit", "Cheque", "Credit"][i])]
        if po:
            right.append(("Purchase Order No.:", po))
        if due_p:
            right.append(("Due Date:", due_p))
        for k, (a, b) in enumerate(left):
            txt(pdf, 15, y + k * 5.2, a, 8.2, "", "DV", color=(70, 70, 70))
            txt(pdf, 40, y + k * 5.2, b, 8.4, "B" if k == 0 else "", "DV")
        for k, (a, b) in enumerate(right):
            txt(pdf, 118, y + k * 5.2, a, 8.2, "", "DV", color=(70, 70, 70))
            txt(pdf, 158, y + k * 5.2, b, 8.4, "", "DV")
        y += max(len(left), len(right)) * 5.2 + 5
        cols = [("S.N.", 11, "C"), ("Particulars", 80, "L"), ("Qty", 14, "R"), ("Unit", 15, "C"), ("Rate", 26, "R"), ("Amount", 34, "R")]
        rows = [[str(k + 1), it["desc"], qstr(it["qty"]), it["unit"], fm(it["price"]), fm(it["amount"])] for k, it in enumerate(items)]
        x0 = 15
        y0 = y
        y = table(pdf, x0, y, cols, rows, size=8.2, font="DV", rowh=6.4, header_fill=(240, 240, 240), line_color=(0, 0, 0))
        for _ in range(max(0, 7 - len(items))):
            y += 6.4
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + c[1])
        pdf.set_draw_color(0, 0, 0)
        for xv in xs:
            pdf.line(xv, y0, xv, y)
        pdf.line(x0, y0, xs[-1], y0)
        pdf.line(x0, y, xs[-1], y)
        summ = [("Total", fm(gross))]
        if disc:
            summ.append(("Discount", fm(disc)))
        summ += [("Taxable Amount", fm(net)), ("13% VAT", fm(tax)), ("Grand Total", fm(total))]
        for a, b in summ:
            pdf.rect(xs[4], y, cols[4][1] + cols[5][1], 6.2)
            txt(pdf, xs[4] + 1, y + 1.3, a, 8.4, "B" if a == "Grand Total" else "", "DV")
            txt(pdf, xs[5] + 1, y + 1.3, b, 8.4, "B" if a == "Grand Total" else "", "DV", "R", cols[5][1] - 2)
            y += 6.2
        y += 5
        pdf.set_font("DV", "", 8.4)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(15, y)
        pdf.multi_cell(180, 4.4, f"In Words: {words}")
        y = pdf.get_y() + 14
        txt(pdf, 15, y, "Received by: ______________", 8.4, "", "DV")
        txt(pdf, 100, y, f"For {vname}", 8.4, "", "DV", "R", 95)
        txt(pdf, 100, y + 12, "Authorised Signature", 8.4, "", "DV", "R", 95)
        txt(pdf, 15, 276, f"Printed by: {rng.choice(['admin', 'ram.k', 'sita.acc'])}  ·  Printed on: {bs_p} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  ·  Print count: 1", 7, "", "DV", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Nepalese tax invoice (fpdf2, boxed page): vendor = the centred letterhead; vendor tax id = 'PAN/VAT No.' (9 digits, no public checksum); the buyer's PAN is a decoy. "
        "invoice_number = 'Invoice No.' (as printed); invoice_date = 'Invoice Date (A.D.)'; the Bikram Sambat 'Transaction Date (B.S.)' (about 56 years 8 months ahead), the fiscal year and the "
        "print line are decoys. " + ("due = 'Due Date'. " if due else "No due date (null). ") + (f"PO = 'Purchase Order No.' {po}. " if po else "No PO. ")
        + ("subtotal = 'Taxable Amount' (after the discount); 'Total' (before it) and 'Discount' are parts; " if disc else "subtotal = 'Taxable Amount' (= 'Total'); ")
        + "tax = '13% VAT'; total = 'Grand Total' (also in words: 'Rupees ... Only'). Currency NPR (only the words say Rupees). Amounts grouped by lakh ('1,23,456.00'). "
        "Line items: every row (amount = 'Amount', quantity 'Qty')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=pan, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="NPR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [ad_p, due_p, pan, no, po, vname, "Rupees"], "line_adjustment": mt(-disc)}
    return t, chk, render
