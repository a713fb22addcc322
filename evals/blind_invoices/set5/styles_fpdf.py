"""fpdf2 styles for set 5, the second producer (03 Indonesian invoice with DPP nilai lain, 07 US auto repair order,
11 Philippine BIR sales-invoice booklet filled in by hand, 12 Kenyan eTIMS tax invoice, 15 Lithuanian PVM sąskaita faktūra)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, id_words, lfont_italic, lt_euro_form, lt_words
from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    lfont,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import qr_fpdf
from stdnum.id import npwp as _npwp
from stdnum.ke import pin as _kepin
from stdnum.lt import pvm as _ltpvm

STYLES, style = style_registry("fpdf2")


# =========================================================================== 03 Indonesian invoice (PPN 12 % on DPP nilai lain 11/12)
ID_V = [
    ("PT SINAR MAKMUR ABADI", "Jl. Gunung Sahari Raya No. 58, Jakarta Pusat 10610", (180, 30, 30)),
    (
        "PT TEKNOLOGI NUSANTARA DIGITAL",
        "Gedung Cyber 2 Lt. 12, Jl. HR Rasuna Said Blok X-5, Jakarta Selatan 12950",
        (20, 70, 150),
    ),
    ("CV MITRA PANGAN LESTARI", "Jl. Rungkut Industri III No. 21, Surabaya 60293", (30, 120, 60)),
    ("PT GLOBAL LOGISTIK INDONESIA", "Kawasan Industri Jababeka II Blok C-8, Cikarang, Bekasi 17530", (90, 60, 140)),
]
ID_B = [
    ("PT Maju Jaya Retailindo", "Jl. Pluit Raya No. 12, Jakarta Utara"),
    ("PT Bank Perkreditan Sentosa", "Jl. Asia Afrika No. 88, Bandung"),
    ("PT Hotel Bintang Timur", "Jl. Raya Kuta No. 5, Badung, Bali"),
    ("PT Elektronik Prima Manufaktur", "Kawasan MM2100 Blok D, Bekasi"),
]
ID_LINES = [
    [
        ("Kertas HVS A4 80 gsm (rim)", "Rim", 48000, 62000, 20, 400),
        ("Tinta printer original (botol)", "Botol", 95000, 140000, 5, 60),
        ("Map plastik kancing", "Lusin", 28000, 45000, 5, 80),
        ("Lemari arsip besi 4 laci", "Unit", 2400000, 3600000, 1, 6),
    ],
    [
        ("Lisensi software akuntansi (tahunan)", "Lisensi", 4500000, 9000000, 1, 20),
        ("Jasa implementasi sistem", "Hari", 3500000, 6000000, 2, 15),
        ("Jasa maintenance bulanan", "Bulan", 7500000, 15000000, 1, 3),
        ("Pelatihan pengguna", "Sesi", 2500000, 4500000, 1, 4),
    ],
    [
        ("Beras premium 25 kg", "Karung", 340000, 420000, 10, 120),
        ("Minyak goreng 18 L", "Jerigen", 320000, 390000, 5, 80),
        ("Gula pasir 50 kg", "Karung", 780000, 920000, 2, 40),
        ("Tepung terigu 25 kg", "Karung", 190000, 240000, 5, 80),
    ],
    [
        ("Jasa pengiriman Jakarta - Surabaya (FTL)", "Trip", 6500000, 9800000, 1, 6),
        ("Jasa pergudangan (palet/bulan)", "Palet", 85000, 140000, 20, 300),
        ("Jasa bongkar muat", "Jam", 150000, 260000, 4, 40),
        ("Asuransi pengiriman", "Trip", 350000, 900000, 1, 6),
    ],
]


def npwp15(rng):
    return valid(rng, lambda: "0" + digits(rng, 7) + digits(rng, 7), _npwp.is_valid)


@style("03", "id_faktur_pajak_dpp")
def s03(rng, i):
    vname, vaddr, col = ID_V[i]
    bname, baddr = ID_B[i]
    n15 = npwp15(rng)
    vnpwp = f"{n15[:2]}.{n15[2:5]}.{n15[5:8]}.{n15[8]}-{n15[9:12]}.{n15[12:]}" if i % 2 == 0 else "0" + n15
    b15 = npwp15(rng)
    d = rand_date(rng)
    f = (
        (lambda x: f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}")
        if i in (0, 3)
        else (lambda x: x.strftime("%d/%m/%Y"))
    )
    items = []
    for desc, um, lo, hi, qlo, qhi in rng.sample(ID_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "um": um, "q": q, "p": p, "amount": q * p})
    if i == 2:
        base = sum(it["amount"] for it in items)
        disc = -(base * D("0.025")).quantize(D("1"))
        items.append({"desc": "Diskon khusus pelanggan 2,5%", "um": "", "q": None, "p": None, "amount": disc})
    net = sum(it["amount"] for it in items)
    dpp = (net * 11 / 12).quantize(D("1"))
    ppn = (dpp * D("0.12")).quantize(D("1"))
    total = net + ppn
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 2 else None
    po = [
        f"PO/{d.year}/{rng.randint(100, 999)}",
        f"{rng.randint(4500000000, 4500999999)}",
        None,
        f"PO-MJ-{rng.randint(1000, 9999)}",
    ][i]
    inv_no = [
        f"INV/SMA/{d.year}/{d.month:02d}/{rng.randint(1, 999):04d}",
        f"TND-{d.strftime('%y%m')}-{rng.randint(100, 999)}",
        f"{rng.randint(100, 999)}/MPL/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][d.month - 1]}/{d.year}",
        f"GLI{d.year}{rng.randint(10000, 99999)}",
    ][i]
    fp_no = f"04002{d.year % 100}{digits(rng, 10)}"
    pph = (net * D("0.02")).quantize(D("1")) if i in (1, 3) else None
    dp = (total * D("0.3")).quantize(D("1")) if i == 3 else None
    money = (lambda x: "Rp " + de(x, 0)) if i != 1 else (lambda x: de(x))
    words = id_words(int(total)).capitalize() + " rupiah"

    def render(path):
        pdf = lfont(new_fpdf(creator="Accurate Online"))
        pdf.add_page()
        pdf.set_fill_color(*col)
        pdf.rect(15, 12, 14, 14, "F")
        txt(pdf, 17.5, 15.5, vname.split()[1][0], 16, "B", font="LSans", color=(255, 255, 255))
        txt(pdf, 32, 12, vname, 13, "B", font="LSans", color=col)
        txt(pdf, 32, 18.5, vaddr, 7.5, font="LSans")
        txt(pdf, 32, 22.3, f"Telp. (021) {digits(rng, 7)} · NPWP: {vnpwp}", 7.5, font="LSans")
        txt(pdf, 130, 32, "INVOICE", 18, "B", font="LSans", color=col, align="R", w=65)
        pdf.set_draw_color(*col)
        pdf.line(15, 30, 195, 30)
        kv = (
            [("No. Invoice", inv_no), ("Tanggal", f(d))]
            + ([("Jatuh Tempo", f(due))] if due else [("Syarat", "Tunai / COD")])
            + ([("No. PO", po)] if po else [])
            + [("No. Surat Jalan", f"SJ/{d.strftime('%y%m')}/{rng.randint(100, 999)}"), ("No. Faktur Pajak", fp_no)]
        )
        y = 42
        for k, v in kv:
            txt(pdf, 120, y, k, 8.5, font="LSans", w=30)
            txt(pdf, 150, y, ": " + v, 8.5, "B" if k == "No. Invoice" else "", font="LSans")
            y += 4.8
        txt(pdf, 15, 42, "Kepada Yth.", 8, font="LSans", color=(100, 100, 100))
        txt(pdf, 15, 47, bname, 10, "B", font="LSans")
        txt(pdf, 15, 52, baddr, 8.5, font="LSans")
        txt(pdf, 15, 56.5, f"NPWP: {b15[:2]}.{b15[2:5]}.{b15[5:8]}.{b15[8]}-{b15[9:12]}.{b15[12:]}", 8.5, font="LSans")
        cols = [
            ("No", 10, "C"),
            ("Nama Barang / Jasa", 78, "L"),
            ("Qty", 16, "R"),
            ("Satuan", 18, "L"),
            ("Harga Satuan", 28, "R"),
            ("Jumlah", 30, "R"),
        ]
        rows = [
            [
                str(k + 1),
                it["desc"],
                de(it["q"], 0) if it["q"] is not None else "",
                it["um"],
                money(it["p"]) if it["p"] is not None else "",
                ("-" + money(-it["amount"])) if it["amount"] < 0 else money(it["amount"]),
            ]
            for k, it in enumerate(items)
        ]
        y = table(
            pdf,
            15,
            max(y, 62) + 6,
            cols,
            rows,
            size=8.5,
            font="LSans",
            rowh=6.2,
            header_fill=col,
            header_color=(255, 255, 255),
            line_color=(200, 200, 200),
        )
        tot = [
            ("Sub Total", money(net)),
            ("DPP Nilai Lain (11/12)", money(dpp)),
            ("PPN 12%", money(ppn)),
            ("Total", money(total)),
        ]
        if dp:
            tot += [("Uang Muka", "-" + money(dp)), ("Sisa Tagihan", money(total - dp))]
        y += 4
        for a, b in tot:
            bold = "B" if a in ("Total", "Sisa Tagihan") else ""
            txt(pdf, 120, y, a, 9, bold, font="LSans", w=35)
            txt(pdf, 155, y, b, 9, bold, font="LSans", align="R", w=40)
            y += 5.6
        y += 3
        txt(pdf, 15, y, "Terbilang:", 8.5, "B", font="LSans")
        pdf.set_xy(15, y + 4.5)
        pdf.set_font("LSans", "", 8.5)
        pdf.multi_cell(120, 4.2, f"# {words} #")
        y = pdf.get_y() + 5
        if pph:
            txt(
                pdf,
                15,
                y,
                f"PPh Pasal 23 (2% x {money(net)}) = {money(pph)} dipotong oleh pemberi jasa; mohon kirimkan bukti potong.",
                7.8,
                font="LSans",
            )
            y += 5
        txt(pdf, 15, y, "Pembayaran mohon ditransfer ke:", 8.5, font="LSans")
        txt(
            pdf,
            15,
            y + 4.5,
            f"{rng.choice(['Bank Central Asia (BCA)', 'Bank Mandiri', 'BNI', 'BRI'])} · No. Rek {digits(rng, 10)} · a.n. {vname}",
            8.5,
            "B",
            font="LSans",
        )
        txt(pdf, 150, y, "Hormat kami,", 8.5, font="LSans", align="C", w=40)
        txt(pdf, 150, y + 22, "( Bagian Keuangan )", 8.5, font="LSans", align="C", w=40)
        txt(
            pdf,
            15,
            282,
            f"Dokumen ini dicetak oleh sistem · Hal. 1/1 · Faktur Pajak elektronik No. {fp_no} diterbitkan melalui Coretax DJP.",
            6.5,
            font="LSans",
            color=(110, 110, 110),
        )
        pdf.output(path)

    notes = (
        "Indonesian commercial invoice (Accurate-like) carrying the 2025 VAT rule: PPN 12 % charged on 'DPP Nilai Lain (11/12)' of the "
        "price, i.e. 11 % effective. subtotal = Sub Total, tax = PPN 12% row, total = Total; the DPP nilai lain amount is a decoy (not the "
        "subtotal). vendor_tax_id = vendor NPWP "
        + ("(15-digit dotted format) " if i % 2 == 0 else "(16-digit format) ")
        + "as printed; buyer NPWP, faktur pajak number (17 digits), surat jalan number are decoys. invoice_number = 'No. Invoice'. "
        + ("Dates 'd Month yyyy' in Indonesian. " if i in (0, 3) else "Dates dd/mm/yyyy. ")
        + ("Discount printed as a negative line. " if i == 2 else "")
        + ("PPh 23 withholding sentence amount is a decoy. " if pph else "")
        + ("Uang muka (down payment) and Sisa Tagihan are decoys. " if dp else "")
        + ("Due = Jatuh Tempo. " if due else "Cash, no due date. ")
        + ("PO = No. PO. " if po else "")
        + "Rupiah amounts without decimals; Terbilang repeats the total in words."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vnpwp,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="IDR",
        subtotal=mt(net),
        tax=mt(ppn),
        total=mt(total),
        line_items=[
            {"amount": mt(it["amount"]), "quantity": qstr(it["q"]) if it["q"] is not None else None} for it in items
        ],
        notes=notes,
    )
    checks = [f(d), vnpwp, inv_no, f(due) if due else None, po]
    return t, checks, render


# =========================================================================== 07 US auto repair order / invoice
AR_SHOPS = [
    (
        "Precision Auto & Fleet Care",
        "2210 E Olympic Blvd",
        "Los Angeles, CA 90021",
        "(213) 555-0187",
        "BAR # ARD00284712",
        D("9.5"),
    ),
    ("Mid-State Truck & Auto Repair, Inc.", "4417 N Broadway", "Knoxville, TN 37917", "(865) 555-0123", "", D("9.25")),
    ("Lakeside Automotive Service Center", "980 W Main St", "Madison, WI 53703", "(608) 555-0164", "", D("5.5")),
    ("Cascade Brake & Alignment", "12720 NE 124th St", "Kirkland, WA 98034", "(425) 555-0191", "", D("10.3")),
]
AR_CUST = [
    ("Metro Plumbing Services LLC", "Attn: Fleet Dept", "1500 S Alameda St, Los Angeles, CA 90021"),
    ("Smoky Mountain Landscaping", "Accounts Payable", "712 Kingston Pike, Knoxville, TN 37919"),
    ("Badger State Home Health", "Fleet Coordinator", "33 E Main St, Madison, WI 53703"),
    ("Evergreen Property Management", "Maintenance Dept", "11100 NE 8th St, Bellevue, WA 98004"),
]
AR_VEH = [
    ("2021", "Ford", "Transit-250", "1FTBR1C87MKA"),
    ("2019", "Chevrolet", "Silverado 2500HD", "1GC1KREG5KF"),
    ("2022", "Toyota", "Sienna LE", "5TDKRKEC0NS"),
    ("2020", "Ram", "ProMaster 2500", "3C6TRVDG1LE"),
    ("2018", "Ford", "F-150 XL", "1FTEW1EP3JK"),
]
AR_JOBS = [
    (
        "Replace front brake pads and rotors",
        "Customer states grinding noise when braking.",
        "Front pads worn to 2 mm, rotors scored.",
        [
            ("D1414-8525", "Ceramic brake pad set - front", 1, 68, 110),
            ("BR-54102", "Brake rotor - front", 2, 78, 135),
            ("7802", "Brake parts cleaner", 2, 6, 9),
        ],
        (1.5, 2.4),
    ),
    (
        "Perform oil and filter service",
        "Scheduled maintenance.",
        "Due per maintenance schedule.",
        [("FL-910S", "Oil filter", 1, 9, 16), ("XO-5W30", "Full synthetic 5W-30 (qt)", 7, 8, 11)],
        (0.5, 0.8),
    ),
    (
        "Replace serpentine belt and tensioner",
        "Squeal on cold start.",
        "Belt cracked, tensioner weak.",
        [("K060923", "Serpentine belt", 1, 38, 65), ("38159", "Belt tensioner assembly", 1, 95, 160)],
        (1.1, 1.9),
    ),
    (
        "Diagnose check engine light",
        "MIL on, P0301.",
        "Cylinder 1 misfire - ignition coil failed.",
        [("UF-713", "Ignition coil", 1, 65, 120), ("41-110", "Spark plug iridium", 6, 11, 18)],
        (1.0, 2.2),
    ),
    ("Four-wheel alignment", "Vehicle pulls right.", "Toe out of spec.", [], (1.0, 1.2)),
    (
        "Replace front wheel bearing hub assembly",
        "Humming noise at speed.",
        "RF hub bearing loose.",
        [("515095", "Wheel hub bearing assembly", 1, 145, 240)],
        (1.3, 2.0),
    ),
]


@style("07", "us_auto_repair_order")
def s07(rng, i):
    shop, a1, a2, phone, lic, tax_rate = AR_SHOPS[i]
    cname, cattn, caddr = AR_CUST[i]
    yr, mk, model, vin_pfx = rng.choice(AR_VEH)
    vin = vin_pfx + digits(rng, 17 - len(vin_pfx))
    d = rand_date(rng)

    def f(x):
        return x.strftime("%m/%d/%Y")

    date_in = d - dt.timedelta(days=rng.randint(1, 4))
    rate = D(rng.choice([135, 145, 159, 165, 179]))
    jobs = []
    items = []
    for title, compl, cause, parts, (hlo, hhi) in rng.sample(AR_JOBS, rng.randint(2, 3)):
        hrs = D(rng.randint(int(hlo * 10), int(hhi * 10))) / 10
        lab = q2(hrs * rate)
        lines = [{"kind": "L", "code": "LABOR", "desc": f"Labor: {title}", "q": hrs, "p": rate, "amount": lab}]
        for code, pdesc, q, lo, hi in parts:
            p = D(rng.randint(lo * 100, hi * 100)) / 100
            lines.append({"kind": "P", "code": code, "desc": pdesc, "q": D(q), "p": p, "amount": q2(q * p)})
        jobs.append({"title": title, "compl": compl, "cause": cause, "lines": lines})
        items += lines
    parts_t = sum((x["amount"] for x in items if x["kind"] == "P"), D(0))
    labor_t = sum((x["amount"] for x in items if x["kind"] == "L"), D(0))
    sublet = None
    if i == 2:
        sublet = {
            "kind": "S",
            "code": "SUBLET",
            "desc": "Sublet: windshield replacement (Glass Pro)",
            "q": D(1),
            "p": D(rng.randint(280, 460)),
            "amount": None,
        }
        sublet["amount"] = sublet["p"]
        items.append(sublet)
    supplies = min(q2(labor_t * D("0.08")), D("45.00"))
    env = D(rng.choice(["4.95", "6.50", "8.00"]))
    items.append({"kind": "F", "code": "", "desc": "Shop supplies", "q": None, "p": None, "amount": supplies})
    items.append(
        {"kind": "F", "code": "", "desc": "Hazardous waste / environmental fee", "q": None, "p": None, "amount": env}
    )
    net = sum(x["amount"] for x in items)
    tax = q2(parts_t * tax_rate / 100)
    total = net + tax
    ro = f"{rng.randint(30000, 49999)}"
    inv_no = ro if i in (1, 3) else f"{rng.randint(10000, 29999)}"
    po = [f"FL-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", None, f"PO{rng.randint(20000, 29999)}"][i]
    due = d + dt.timedelta(days=30) if i == 0 else None
    deposit = D(rng.choice([100, 200, 250])) if i == 3 else D(0)
    odo_in = rng.randint(28000, 168000)
    est = q2(total * D(rng.choice(["0.85", "0.9", "1.1"])))

    def render(path):
        pdf = lfont(new_fpdf(fmt="Letter", creator="ShopWare RO"))
        pdf.add_page()
        txt(pdf, 12, 10, shop, 15, "B", font="LSans")
        txt(pdf, 12, 17, f"{a1} · {a2} · {phone}", 8, font="LSans")
        if lic:
            txt(pdf, 12, 21, lic + " · EPA ID CAL000" + digits(rng, 6), 7.5, font="LSans", color=(90, 90, 90))
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(140, 9, 64, 24)
        txt(pdf, 142, 10.5, "REPAIR ORDER / INVOICE" if i in (1, 3) else "INVOICE", 10, "B", font="LSans")
        if i in (1, 3):
            txt(pdf, 142, 16.5, f"RO / Invoice #: {inv_no}", 9.5, "B", font="LSans")
        else:
            txt(pdf, 142, 16.5, f"Invoice #: {inv_no}", 9.5, "B", font="LSans")
            txt(pdf, 175, 16.8, f"RO # {ro}", 8, font="LSans")
        txt(pdf, 142, 21.5, f"Invoice Date: {f(d)}", 8.5, font="LSans")
        txt(pdf, 142, 26, f"Estimate # E{rng.randint(1000, 9999)} · Page 1 of 1", 7.5, font="LSans", color=(90, 90, 90))
        pdf.rect(12, 36, 95, 27)
        txt(pdf, 14, 37.5, "CUSTOMER", 7, "B", font="LSans", color=(90, 90, 90))
        for k, line in enumerate(
            [cname, cattn, caddr, f"Fleet acct #{digits(rng, 5)}" + (f"   PO #: {po}" if po else "")]
        ):
            txt(pdf, 14, 42 + k * 4.8, line, 8.8, "B" if k == 0 else "", font="LSans")
        pdf.rect(109, 36, 95, 27)
        txt(pdf, 111, 37.5, "VEHICLE", 7, "B", font="LSans", color=(90, 90, 90))
        veh = [
            f"{yr} {mk} {model}",
            f"VIN: {vin}",
            f"Lic: {rng.choice(['8', '4', '7'])}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(rng, 3)}"
            f"   Unit #: {rng.randint(100, 899)}",
            f"Odometer In: {odo_in:,}   Out: {odo_in + rng.randint(1, 12):,}",
        ]
        for k, line in enumerate(veh):
            txt(pdf, 111, 42 + k * 4.8, line, 8.8, font="LSans")
        txt(
            pdf,
            12,
            66,
            f"Date In: {f(date_in)}   Promised: {f(date_in + dt.timedelta(days=1))}   Date Out: {f(d)}   Service Advisor: "
            f"{rng.choice(['Mike R.', 'Dana L.', 'Luis G.', 'Karen T.'])}   Tech #{rng.randint(10, 40)}",
            8,
            font="LSans",
        )
        y = 73
        heads = [("Part # / Op", 28), ("Description", 96), ("Qty/Hrs", 18), ("Unit Price", 24), ("Extended", 26)]
        for k, job in enumerate(jobs):
            pdf.set_fill_color(225, 225, 225)
            pdf.rect(12, y, 192, 5.5, "F")
            txt(pdf, 13, y + 0.7, f"JOB {k + 1}: {job['title'].upper()}", 8.5, "B", font="LSans")
            y += 6.5
            txt(
                pdf,
                14,
                y,
                f"Complaint: {job['compl']}  Cause: {job['cause']}  Correction: {job['title']}.",
                7.5,
                font="LSans",
                color=(60, 60, 60),
            )
            y += 5
            x = 12
            for h, w in heads:
                txt(
                    pdf,
                    x + 1,
                    y,
                    h,
                    7,
                    "B",
                    font="LSans",
                    w=w - 2,
                    align="L" if h in ("Part # / Op", "Description") else "R",
                )
                x += w
            y += 4.5
            for ln in job["lines"]:
                vals = [
                    ln["code"],
                    ln["desc"],
                    qstr(ln["q"]) if ln["kind"] == "P" else f"{ln['q']:.1f}",
                    en(ln["p"]),
                    en(ln["amount"]),
                ]
                x = 12
                for (h, w), v in zip(heads, vals, strict=True):
                    txt(
                        pdf,
                        x + 1,
                        y,
                        v,
                        8.3,
                        font="LMono" if h != "Description" else "LSans",
                        w=w - 2,
                        align="L" if h in ("Part # / Op", "Description") else "R",
                    )
                    x += w
                y += 4.6
            jt = sum(x_["amount"] for x_ in job["lines"])
            txt(
                pdf, 150, y, f"Job {k + 1} total: {en(jt)}", 7.5, "B", font="LSans", align="R", w=54, color=(80, 80, 80)
            )
            y += 7
        if sublet:
            txt(pdf, 13, y, "SUBLET", 8.5, "B", font="LSans")
            txt(pdf, 41, y, sublet["desc"], 8.3, font="LSans")
            txt(pdf, 180, y, en(sublet["amount"]), 8.3, font="LMono", align="R", w=24)
            y += 8
        yb = max(y + 4, 190)
        pdf.rect(12, yb, 110, 52)
        notes_txt = [
            "Authorization: estimate of $"
            + en(est)
            + f" approved by phone {f(date_in)} ({rng.choice(['J. Alvarez', 'T. Brooks', 'S. Kim'])}).",
            "Warranty: 12 months / 12,000 miles parts and labor on repairs listed.",
            "Recommended: rear brakes at 3 mm - re-check next visit.",
            f"Next service due at {odo_in + 5000:,} miles.",
            ("Terms: Net 30 · Payment due " + f(due))
            if due
            else rng.choice(["Terms: Net 30 fleet account", "Payment due at pickup"]),
        ]
        for k, line in enumerate(notes_txt):
            txt(pdf, 14, yb + 2 + k * 5, line, 7.6, font="LSans")
        txt(pdf, 14, yb + 40, "Customer signature: ______________________________", 8, font="LSans")
        tot = (
            [("Parts", parts_t), ("Labor", labor_t)]
            + ([("Sublet", sublet["amount"])] if sublet else [])
            + [
                ("Shop supplies", supplies),
                ("Haz. waste / env. fee", env),
                ("Subtotal", net),
                (f"Sales tax {tax_rate}% (parts)", tax),
                ("TOTAL", total),
            ]
        )
        if deposit:
            tot += [("Less deposit", -deposit)]
        tot += [("BALANCE DUE", total - deposit)]
        pdf.rect(126, yb, 78, 6 + 5.2 * len(tot))
        for k, (a, b) in enumerate(tot):
            bold = "B" if a in ("TOTAL", "BALANCE DUE") else ""
            txt(pdf, 128, yb + 2 + k * 5.2, a, 8.5, bold, font="LSans")
            txt(
                pdf,
                170,
                yb + 2 + k * 5.2,
                ("-" if b < 0 else "") + "$" + en(abs(b)),
                8.5,
                bold,
                font="LMono",
                align="R",
                w=32,
            )
        pdf.output(path)

    notes = (
        "US auto repair invoice / repair order (Letter, shop-management print). Jobs with labor (hours x rate) and part lines, decoy per-job "
        "totals; totals box: Parts, Labor, "
        + ("Sublet, " if sublet else "")
        + "Shop supplies, environmental fee, Subtotal, sales tax on "
        "parts only, TOTAL"
        + (", less deposit -> BALANCE DUE (decoy)" if deposit else ", BALANCE DUE (= total)")
        + ". Lines = every labor/part "
        "row"
        + (", the sublet row" if sublet else "")
        + ", shop supplies and the environmental fee (these two quantity null; labor quantity = "
        "hours). "
        + (
            "invoice_number = 'RO / Invoice #' (one number). "
            if i in (1, 3)
            else "invoice_number = 'Invoice #'; the separate RO # is a decoy. "
        )
        + "Estimate number and authorised estimate amount, VIN, odometer, unit #, fleet account, date in/promised are decoys; invoice_date = "
        "Invoice Date (= Date Out). "
        + ("PO = 'PO #'. " if po else "No PO. ")
        + ("Due date printed in the terms line. " if due else "No due date. ")
        + ("BAR/EPA numbers are licences, not tax ids; " if lic else "")
        + "no vendor tax id printed."
    )
    t = T(
        vendor_name=shop,
        vendor_tax_id=None,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="USD",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=[
            {"amount": mt(x["amount"]), "quantity": qstr(x["q"]) if x["q"] is not None else None} for x in items
        ],
        notes=notes,
    )
    checks = [f(d), inv_no, po, f(due) if due else None]
    return t, checks, render


# =========================================================================== 11 Philippine BIR sales invoice booklet, filled in by hand
PH_V = [
    (
        "GOLDEN HARVEST AGRI SUPPLY",
        "JUAN M. DELA CRUZ - Prop.",
        "Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100",
        "VAT",
        (20, 60, 150),
    ),
    (
        "3R HARDWARE & CONSTRUCTION SUPPLY",
        "ROSALINDA R. REYES - Prop.",
        "Km. 17 Aguinaldo Hi-way, Bacoor, Cavite 4102",
        "VAT",
        (170, 25, 25),
    ),
    (
        "JMT AIRCON & REFRIGERATION SERVICES",
        "JOMAR M. TAN - Prop.",
        "145 P. Burgos St., Brgy. 3, Batangas City 4200",
        "VAT",
        (15, 110, 60),
    ),
    (
        "NANAY LOLENG'S CATERING",
        "MARIA LOURDES A. SANTOS - Prop.",
        "Purok 4, Brgy. Talamban, Cebu City 6000",
        "NON-VAT",
        (110, 40, 130),
    ),
]
PH_B = [
    ("Nueva Ecija Farmers MPC", "Cabanatuan City"),
    ("DMCI Homes - Site Office", "Molino Blvd., Bacoor"),
    ("Lipa Medical Clinic Inc.", "Lipa City, Batangas"),
    ("Cebu Doctors' Hospital HR Dept.", "Osmeña Blvd., Cebu City"),
]
PH_LINES = [
    [
        ("bags", "Urea fertilizer 50kg", 1450, 1850),
        ("bags", "Complete 14-14-14 50kg", 1550, 1950),
        ("btl", "Glyphosate 1L", 380, 520),
        ("pcs", "Knapsack sprayer 16L", 1100, 1650),
    ],
    [
        ("bags", "Portland cement 40kg", 240, 290),
        ("pcs", "Deformed bar 10mm x 6m", 185, 240),
        ("pcs", "Plywood marine 3/4", 1150, 1480),
        ("kgs", 'CW nail 4"', 75, 95),
        ("pcs", "GI sheet corrugated ga. 26", 380, 520),
    ],
    [
        ("units", "Aircon cleaning window type", 650, 950),
        ("units", "Aircon cleaning split type", 1200, 1800),
        ("lot", "Freon recharge R32", 1500, 2800),
        ("pc", "Capacitor 35/5 uF", 450, 750),
    ],
    [
        ("pax", "Packed lunch (rice, chicken adobo)", 150, 220),
        ("trays", "Pancit canton party tray", 950, 1400),
        ("trays", "Lumpiang shanghai 50 pcs", 750, 1100),
        ("lot", "Delivery & set-up", 500, 1200),
    ],
]


def hw(pdf, rng, x, y, s, size=10.5, color=(25, 45, 150), font="DVSerifI", align="L", w=0):
    """Handwriting imitation: italic pen ink, small random slope and offset."""
    ang = rng.uniform(-1.6, 1.6)
    x += rng.uniform(-0.8, 0.8)
    y += rng.uniform(-0.6, 0.6)
    with pdf.rotation(ang, x, y):
        txt(pdf, x, y, s, size, font=font, color=color, align=align, w=w)


@style("11", "ph_bir_booklet_handwritten")
def s11(rng, i):
    vname, prop, vaddr, regime, ink = PH_V[i]
    bname, baddr = PH_B[i]
    tin = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-{'000' if i != 1 else '00000'}"
    b_tin = f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-000"
    d = rand_date(rng)
    dform = [
        lambda x: f"{x.month}/{x.day}/{x.strftime('%y')}",
        lambda x: f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}",
        lambda x: f"{x.day} {MONTHS['en'][x.month - 1][:3]}. {x.year}",
        lambda x: f"{x.month}-{x.day}-{x.year}",
    ][i]
    items = []
    for unit, desc, lo, hi in rng.sample(PH_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(2, 40)) if unit in ("bags", "pcs", "pax", "kgs") else D(rng.randint(1, 6))
        p = D(rng.randint(lo // 5, hi // 5) * 5)
        items.append({"unit": unit, "desc": desc, "q": q, "p": p, "amount": q * p})
    total_sales = sum(it["amount"] for it in items)
    vat = q2(total_sales * 12 / 112) if regime == "VAT" else None
    net = total_sales - vat if vat is not None else None
    ewt = q2(net * D("0.01")) if i == 2 else None
    amount_due = total_sales - (ewt or 0)
    inv_no = f"{rng.randint(1, 9999):04d}" if i == 3 else f"{rng.randint(1, 99999):05d}"
    bk0 = (int(inv_no) // 2500) * 2500 + 1
    po = f"{rng.randint(1000, 9999)}" if i in (1, 2) else None
    terms = ["30 days", "Cash", "15 days", "COD"][i]
    atp = f"{rng.choice(['036', '054', '081'])}AU{d.year - 1}{digits(rng, 10)}"
    fill_all = i in (0, 2)
    amt_fmt = (lambda x: en(x)) if i != 1 else (lambda x: en(x, 0) if x == x.to_integral_value() else en(x))

    def render(path):
        pdf = lfont_italic(lfont(new_fpdf(fmt=(140, 216), creator="Scanner")))
        pdf.add_page()
        pdf.set_fill_color(252, 250, 240)
        pdf.rect(0, 0, 140, 216, "F")
        txt(pdf, 0, 8, vname, 12, "B", font="LSerif", color=ink, align="C", w=140)
        txt(pdf, 0, 14, prop, 8, font="LSans", color=ink, align="C", w=140)
        txt(pdf, 0, 18, vaddr, 7.2, font="LSans", color=ink, align="C", w=140)
        txt(pdf, 0, 22, f"{regime} Reg. TIN: {tin}", 8, "B", font="LSans", color=ink, align="C", w=140)
        txt(pdf, 8, 29, "SALES INVOICE", 13, "B", font="LSans", color=ink)
        txt(pdf, 92, 29, "No.", 10, "B", font="LSans", color=ink)
        txt(pdf, 101, 28.5, inv_no, 14, "B", font="LMono", color=(200, 20, 20))
        pdf.set_draw_color(*ink)
        fields = [
            ("Sold to:", 8, 38, 78, bname),
            ("Date:", 90, 38, 42, dform(d)),
            ("Registered Name:", 8, 44, 124, ""),
            ("TIN:", 8, 50, 55, b_tin if i != 3 else ""),
            ("Terms:", 66, 50, 30, terms),
            ("P.O. No.:", 98, 50, 34, po or ""),
            ("Business Address:", 8, 56, 124, baddr),
        ]
        for lab, x, y, w, val in fields:
            txt(pdf, x, y, lab, 7.5, font="LSans", color=ink)
            lw = pdf.get_string_width(lab) + 1.5
            pdf.line(x + lw, y + 3.6, x + w, y + 3.6)
            if val:
                hw(pdf, rng, x + lw + 1.5, y - 1.4, val, 10 if len(val) < 30 else 9)
        cols = [("QTY", 12), ("UNIT", 14), ("ARTICLES", 58), ("UNIT PRICE", 20), ("AMOUNT", 20)]
        y0 = 63
        pdf.rect(8, y0, 124, 6 + 11 * 7)
        x = 8
        for h, w in cols:
            txt(pdf, x, y0 + 1.3, h, 6.8, "B", font="LSans", color=ink, align="C", w=w)
            x += w
            if x < 132:
                pdf.line(x, y0, x, y0 + 6 + 11 * 7)
        for k in range(12):
            pdf.line(8, y0 + 6 + k * 7, 132, y0 + 6 + k * 7)
        for k, it in enumerate(items):
            yy = y0 + 6 + k * 7 + 1.2
            hw(pdf, rng, 10, yy, qstr(it["q"]), 10)
            hw(pdf, rng, 21, yy, it["unit"], 9.5)
            hw(pdf, rng, 35, yy, it["desc"], 9 if len(it["desc"]) < 26 else 8)
            hw(pdf, rng, 92, yy, amt_fmt(it["p"]), 9.5, align="R", w=19)
            hw(pdf, rng, 112, yy, amt_fmt(it["amount"]), 9.5, align="R", w=19)
        if i == 3:
            hw(pdf, rng, 45, y0 + 6 + len(items) * 7 + 2, "x - - - nothing follows - - - x", 8.5)
        yb = y0 + 6 + 11 * 7 + 3
        left = [("VATable Sales", net), ("VAT-Exempt Sales", None), ("Zero-Rated Sales", None), ("VAT Amount", vat)]
        right = [
            ("Total Sales (VAT Inclusive)", total_sales),
            ("Less: VAT", vat),
            ("Amount: Net of VAT", net),
            ("Less: Discount (SC/PWD/NAAC/MOV/SP)", None),
            ("Add: VAT", vat),
            ("Less: Withholding Tax", ewt),
            ("TOTAL AMOUNT DUE", amount_due),
        ]
        if regime != "VAT":
            left = []
            right = [("Total Sales", total_sales), ("Less: Discount (SC/PWD)", None), ("TOTAL AMOUNT DUE", amount_due)]
        for k, (lab, val) in enumerate(left):
            yy = yb + k * 6
            txt(pdf, 8, yy, lab, 6.8, font="LSans", color=ink)
            pdf.line(34, yy + 3.6, 62, yy + 3.6)
            if fill_all and val is not None:
                hw(pdf, rng, 34, yy - 1.2, amt_fmt(val), 9.5, align="R", w=27)
        for k, (lab, val) in enumerate(right):
            yy = yb + k * 6
            txt(
                pdf,
                66,
                yy,
                lab,
                6.4 if len(lab) > 28 else 6.8,
                "B" if lab.startswith("TOTAL") else "",
                font="LSans",
                color=ink,
            )
            pdf.line(106, yy + 3.6, 132, yy + 3.6)
            show = val is not None and (
                fill_all or lab in ("Total Sales (VAT Inclusive)", "TOTAL AMOUNT DUE", "Total Sales")
            )
            if show:
                hw(pdf, rng, 106, yy - 1.2, amt_fmt(val), 9.5, align="R", w=25)
        ys = yb + 6 * max(len(left), len(right)) + 3
        txt(pdf, 66, ys, "Received the goods/services in good order and condition.", 6, font="LSans", color=ink)
        pdf.line(80, ys + 11, 132, ys + 11)
        txt(pdf, 80, ys + 12, "Customer's Signature over Printed Name", 6, font="LSans", color=ink, align="C", w=52)
        hw(
            pdf,
            rng,
            86,
            ys + 5,
            rng.choice(["R. Manalo", "E. Bautista", "G. Ramos", "A. Villanueva"]),
            9.5,
            color=(20, 20, 20),
        )
        if regime != "VAT":
            txt(pdf, 8, ys + 2, "THIS DOCUMENT IS NOT VALID", 7, "B", font="LSans", color=ink)
            txt(pdf, 8, ys + 5.5, "FOR CLAIM OF INPUT TAX", 7, "B", font="LSans", color=ink)
        fy = 198
        txt(
            pdf,
            8,
            fy,
            f"50 Bklts. (50x3) {bk0:05d}-{bk0 + 2499:05d}   BIR Authority to Print No. {atp}",
            5.6,
            font="LSans",
            color=ink,
        )
        txt(
            pdf,
            8,
            fy + 3,
            f"Date of ATP: {(d - dt.timedelta(days=rng.randint(60, 300))).strftime('%m/%d/%Y')}   "
            f"{rng.choice(['SAN JOSE PRINTING PRESS', 'GOLDLINE PRINTERS', 'ST. JUDE PRESS'])} · TIN {digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-000",
            5.6,
            font="LSans",
            color=ink,
        )
        txt(
            pdf,
            8,
            fy + 6,
            f"Printer's Accreditation No. {rng.choice(['036', '054'])}MP{rng.randint(2015, 2021)}{digits(rng, 10)}   "
            f"Date Issued: {dt.date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28)).strftime('%m/%d/%Y')}",
            5.6,
            font="LSans",
            color=ink,
        )
        txt(pdf, 96, 3, "ORIGINAL - CUSTOMER'S COPY", 5.6, "B", font="LSans", color=ink)
        pdf.output(path)

    if regime == "VAT" and fill_all:
        sub, tx = mt(net), mt(vat)
    else:
        sub, tx = None, None
    notes = (
        "Philippine BIR-registered sales invoice booklet (half-letter, pre-printed in coloured ink, red serial number) filled in by hand "
        "(italic 'pen' text with small random slope). vendor = pre-printed business (trade) name; the proprietor line and the printer's "
        "name/TIN are decoys. vendor_tax_id = '"
        + regime
        + " Reg. TIN' as printed; the customer's handwritten TIN is a decoy. invoice_number = "
        "the red pre-printed No.; booklet serial range, ATP number/date and printer's accreditation are decoys. invoice_date = handwritten "
        "Date ('"
        + dform(d)
        + "'). Prices VAT-inclusive; lines sum to the total. "
        + (
            "All VAT boxes filled: subtotal = VATable Sales (= Amount: Net of VAT), tax = VAT Amount, total = Total Sales (VAT Inclusive). "
            if fill_all
            else (
                "Only 'Total Sales (VAT Inclusive)' and 'TOTAL AMOUNT DUE' filled: the VAT boxes are blank -> subtotal and tax null. "
                if regime == "VAT"
                else "NON-VAT registrant ('not valid for claim of input tax'): no VAT -> subtotal and tax null. "
            )
        )
        + (
            "'Less: Withholding Tax' (1 % EWT) is filled, so TOTAL AMOUNT DUE is after withholding (decoy); total = Total Sales (VAT Inclusive). "
            if ewt
            else "TOTAL AMOUNT DUE = total. "
        )
        + ("PO = handwritten P.O. No. " if po else "")
        + "Terms handwritten, no due date."
        + (" Amounts written without decimals where whole." if i == 1 else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=tin,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="PHP",
        subtotal=sub,
        tax=tx,
        total=mt(total_sales),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [tin, inv_no, po, dform(d)]
    return t, checks, render


# =========================================================================== 12 Kenyan eTIMS tax invoice
KE_V = [
    ("NAIROBI OFFICE MART LIMITED", "P.O. Box 45120-00100, Mombasa Road, Nairobi", (0, 90, 60)),
    ("RIFT VALLEY AGROVET SUPPLIES LTD", "P.O. Box 1832-20100, Kenyatta Avenue, Nakuru", (150, 90, 0)),
    ("COASTAL MARINE ENGINEERING (K) LTD", "P.O. Box 90412-80100, Shimanzi Road, Mombasa", (0, 70, 140)),
    ("SAVANNA DIGITAL SOLUTIONS LIMITED", "P.O. Box 2210-00606, Westlands, Nairobi", (120, 30, 90)),
]
KE_B = [
    ("Kenya Power Staff Sacco Society Ltd", "Nairobi"),
    ("Egerton Dairy Farmers Co-operative", "Njoro, Nakuru"),
    ("Ministry of Health - Coast General Hospital", "Mombasa"),
    ("Ubuntu Logistics (Uganda) Ltd", "Plot 12 Jinja Road, Kampala"),
]
KE_LINES = [
    [
        ("OFF-A4-80", "Photocopy paper A4 80gsm (ream)", 520, 680, 10, 200, "B"),
        ("OFF-TNR-05A", "Toner cartridge 05A", 7800, 11500, 1, 10, "B"),
        ("OFF-CHR-MESH", "Office chair mesh high back", 9500, 16500, 1, 8, "B"),
        ("BK-EXR", "Exercise books (exempt, dozen)", 420, 560, 2, 30, "A"),
    ],
    [
        ("AGV-DCP", "Dairy meal 70kg", 2900, 3600, 5, 80, "B"),
        ("AGV-MAIZE", "Maize seed hybrid 2kg", 650, 900, 10, 100, "A"),
        ("AGV-ACAR", "Acaricide 1L", 1400, 2200, 2, 30, "B"),
        ("AGV-CAN", "CAN fertilizer 50kg", 3400, 4200, 5, 60, "E"),
    ],
    [
        ("ME-OVH", "Generator overhaul labour", 45000, 90000, 1, 1, "B"),
        ("ME-FLT", "Fuel filter kit", 3200, 5800, 1, 6, "B"),
        ("ME-BAT", "Battery 200Ah", 28000, 36000, 1, 4, "B"),
        ("ME-CALL", "Call-out charge", 3500, 6500, 1, 1, "B"),
    ],
    [
        ("SDS-DEV", "Software development services (hours)", 45, 90, 20, 160, "C"),
        ("SDS-HOST", "Cloud hosting - monthly", 300, 900, 1, 3, "C"),
        ("SDS-SUP", "Support retainer", 500, 1500, 1, 1, "C"),
    ],
]
KE_BANDS = {"A": ("A-EX", D(0)), "B": ("B-16%", D(16)), "C": ("C-0%", D(0)), "E": ("E-8%", D(8))}


@style("12", "ke_etims_tax_invoice")
def s12(rng, i):
    vname, vaddr, col = KE_V[i]
    bname, baddr = KE_B[i]
    pin = valid(rng, lambda: "P05" + digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), _kepin.is_valid)
    b_pin = (
        valid(rng, lambda: "P05" + digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), _kepin.is_valid)
        if i != 3
        else None
    )
    d = rand_date(rng)

    def f(x):
        return x.strftime("%d/%m/%Y")

    usd = i == 3
    items = []
    for code, desc, lo, hi, qlo, qhi, band in rng.sample(KE_LINES[i], rng.randint(2, min(4, len(KE_LINES[i])))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) if not usd else D(rng.randint(lo, hi))
        items.append({"code": code, "desc": desc, "q": q, "p": p, "amount": q2(q * p), "band": band})
    by = {}
    for it in items:
        by[it["band"]] = by.get(it["band"], D(0)) + it["amount"]
    taxes = {b: q2(v * KE_BANDS[b][1] / 100) for b, v in by.items()}
    net = sum(by.values())
    tax = sum(taxes.values())
    total = net + tax
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 2, 3) else None
    po = [
        f"LPO-{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)}/{d.year}",
        f"MOH/CGH/LPO/{rng.randint(1000, 9999)}",
        None,
    ][i]
    inv_no = [
        f"INV{rng.randint(10000, 99999)}",
        f"RVA/{d.year}/{rng.randint(100, 999)}",
        f"CME-{rng.randint(1000, 9999)}",
        f"SDS{d.strftime('%y')}-{rng.randint(100, 999)}",
    ][i]
    scu = f"KRACU0{rng.randint(100000000, 399999999)}"
    cu_inv = f"{scu}/{rng.randint(100, 9999)}"
    tm = f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fx = D(rng.randint(12800, 13400)) / 100
    wht = q2(by.get("B", D(0)) * D("0.02")) if i == 2 else None
    cur = "USD" if usd else "KES"

    def render(path):
        pdf = lfont(new_fpdf(creator="Odoo eTIMS connector"))
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", font="LSans", color=col)
        txt(pdf, 14, 18.5, vaddr, 8, font="LSans")
        txt(
            pdf,
            14,
            22.5,
            f"Tel: +254 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} · accounts@{vname.split()[0].lower()}.co.ke",
            8,
            font="LSans",
        )
        txt(pdf, 14, 26.5, f"PIN: {pin}", 9, "B", font="LSans")
        pdf.set_fill_color(*col)
        pdf.rect(130, 10, 66, 10, "F")
        txt(pdf, 130, 11.5, "TAX INVOICE", 14, "B", font="LSans", color=(255, 255, 255), align="C", w=66)
        kv = (
            [("Invoice No:", inv_no), ("Date:", f"{f(d)} {tm}")]
            + ([("Due Date:", f(due))] if due else [])
            + ([("LPO No:", po)] if po else [])
            + [("Delivery Note:", f"DN{rng.randint(1000, 9999)}"), ("Currency:", cur)]
        )
        y = 24
        for k, v in kv:
            txt(pdf, 130, y, k, 8.5, font="LSans", w=26)
            txt(pdf, 157, y, v, 8.5, "B" if k == "Invoice No:" else "", font="LSans")
            y += 4.6
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(14, 34, 100, 22)
        txt(pdf, 16, 35.5, "BILL TO", 7, "B", font="LSans", color=(100, 100, 100))
        txt(pdf, 16, 40, bname, 9.5, "B", font="LSans")
        txt(pdf, 16, 45, baddr, 8.5, font="LSans")
        if b_pin:
            txt(pdf, 16, 49.5, f"Customer PIN: {b_pin}", 8.5, font="LSans")
        cols = [
            ("#", 8, "C"),
            ("Item Code", 26, "L"),
            ("Description", 62, "L"),
            ("Qty", 14, "R"),
            ("Unit Price", 24, "R"),
            ("Tax", 16, "C"),
            ("Amount", 32, "R"),
        ]
        rows = [
            [str(k + 1), it["code"], it["desc"], qstr(it["q"]), en(it["p"]), KE_BANDS[it["band"]][0], en(it["amount"])]
            for k, it in enumerate(items)
        ]
        y = table(
            pdf,
            14,
            max(y, 60) + 4,
            cols,
            rows,
            size=8.2,
            font="LSans",
            rowh=6,
            header_fill=(235, 235, 235),
            line_color=(200, 200, 200),
        )
        y += 4
        rows2 = []
        for b in "ABCE":
            lab, r = KE_BANDS[b]
            rows2.append((f"TAXABLE {lab}", en(by.get(b, D(0)))))
        for b in "BE":
            lab, r = KE_BANDS[b]
            rows2.append((f"VAT {lab}", en(taxes.get(b, D(0)))))
        rows2 += [("TOTAL EXCL. VAT", en(net)), ("TOTAL VAT", en(tax)), (f"TOTAL ({cur})", en(total))]
        if usd:
            rows2.append((f"TOTAL (KES @ {fx})", en(q2(total * fx))))
        yy = y
        for a, b in rows2:
            bold = "B" if a.startswith("TOTAL (") and "KES @" not in a else ""
            txt(pdf, 120, yy, a, 8.5, bold, font="LSans", w=44)
            txt(pdf, 164, yy, b, 8.5, bold, font="LSans", align="R", w=32)
            yy += 4.8
        notes_l = [
            f"Payment: M-PESA Paybill {rng.randint(400000, 999999)}, Account {inv_no}",
            f"or {rng.choice(['KCB Bank', 'Equity Bank', 'NCBA Bank', 'Co-operative Bank'])} A/C {digits(rng, 13)}",
            "Goods once sold are not returnable. Interest of 2% per month on overdue accounts.",
        ]
        if wht:
            notes_l.insert(0, f"Withholding VAT 2% to be deducted by the client: KES {en(wht)}")
        for k, line in enumerate(notes_l):
            txt(pdf, 14, y + k * 4.6, line, 7.8, font="LSans")
        ys = max(yy, y + len(notes_l) * 4.6) + 10
        pdf.set_draw_color(*col)
        pdf.rect(14, ys, 182, 40)
        txt(pdf, 16, ys + 2, "SCU INFORMATION (KRA eTIMS)", 8.5, "B", font="LSans", color=col)
        scu_l = [
            f"Date: {f(d)}   Time: {tm}",
            f"SCU ID: {scu}",
            f"CU INVOICE NO.: {cu_inv}",
            "Internal Data: "
            + "-".join("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(6)),
            "Receipt Signature: "
            + "-".join("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(4)),
        ]
        for k, line in enumerate(scu_l):
            txt(pdf, 16, ys + 8 + k * 5, line, 8, font="LMono")
        qr_fpdf(pdf, rng, 160, ys + 4, 32)
        txt(pdf, 14, 284, f"{vname} · Page 1 of 1 · Powered by eTIMS", 6.5, font="LSans", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Kenyan ERP tax invoice with the KRA eTIMS block (SCU information, CU invoice number, QR). vendor_tax_id = vendor PIN as "
        "printed; the customer PIN, SCU ID, CU invoice number, internal data and signature are decoys. invoice_number = 'Invoice No:'. "
        "invoice_date from 'Date: dd/mm/yyyy hh:mm:ss'. Amounts exclusive of VAT with tax band codes (A-EX exempt, B-16%, C-0%, E-8%); "
        "per-band TAXABLE/VAT rows, subtotal = TOTAL EXCL. VAT, tax = TOTAL VAT, total = TOTAL ("
        + cur
        + "). "
        + ("Invoice in USD, zero-rated export of services: the KES equivalent row is a decoy. " if usd else "")
        + ("Withholding VAT 2 % note amount is a decoy. " if wht else "")
        + ("PO = LPO No. " if po else "")
        + ("Due Date printed. " if due else "No due date. ")
        + "Delivery note number and M-PESA paybill/bank numbers are decoys."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=pin,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency=cur,
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), pin, inv_no, f(due) if due else None, po]
    return t, checks, render


# =========================================================================== 15 Lithuanian PVM sąskaita faktūra
LT_V = [
    ("UAB „Baltijos statybos sprendimai“", "Savanorių pr. 178, LT-03154 Vilnius"),
    ("UAB „Kauno skaitmena“", "K. Donelaičio g. 62, LT-44248 Kaunas"),
    ("MB „Pajūrio baldai“", "Taikos pr. 141, LT-94230 Klaipėda"),
    ("UAB „Žalias transportas“", "Pramonės g. 8, LT-78137 Šiauliai"),
]
LT_B = [
    ("UAB „Vilniaus prekyba“", "Ukmergės g. 220, Vilnius"),
    ("AB „Nemuno vaistinė“", "Laisvės al. 10, Kaunas"),
    ("UAB „Kuršių viešbutis“", "Naglio g. 2, Nida"),
    ("UAB „Agrovita“", "Žemaitės g. 15, Panevėžys"),
]
LT_LINES = [
    [
        ("Gipskartonio plokštė 12,5 mm", "vnt.", D("6.40"), D("9.80"), 20, 400),
        ("Montavimo darbai", "val.", D("28"), D("42"), 8, 80),
        ("Cementas CEM II 25 kg", "mai.", D("5.20"), D("7.40"), 10, 200),
        ("Šiltinimo vata 100 mm", "m2", D("4.10"), D("6.90"), 20, 300),
    ],
    [
        ("Svetainės priežiūra", "mėn.", D("180"), D("450"), 1, 3),
        ("Programavimo paslaugos", "val.", D("35"), D("65"), 5, 80),
        ("SEO auditas", "vnt.", D("350"), D("900"), 1, 1),
        ("Domeno registracija", "m.", D("12"), D("25"), 1, 5),
    ],
    [
        ("Ąžuolinis stalas 180x90", "vnt.", D("640"), D("980"), 1, 6),
        ("Kėdė minkšta", "vnt.", D("85"), D("145"), 4, 40),
        ("Pristatymas ir surinkimas", "pasl.", D("60"), D("180"), 1, 1),
        ("Spintelė prie lovos", "vnt.", D("120"), D("210"), 2, 30),
    ],
    [
        ("Krovinių pervežimas Šiauliai–Vilnius", "reis.", D("260"), D("420"), 1, 8),
        ("Krovinio draudimas", "reis.", D("15"), D("40"), 1, 8),
        ("Sandėliavimas (paletė/d.)", "pal./d.", D("0.80"), D("1.60"), 50, 900),
        ("Pakrovimo darbai", "val.", D("22"), D("35"), 1, 12),
    ],
]


@style("15", "lt_pvm_saskaita")
def s15(rng, i):
    vname, vaddr = LT_V[i]
    bname, baddr = LT_B[i]
    pvm = "LT" + valid(rng, lambda: digits(rng, 7, True) + "1" + digits(rng, 1), lambda s: _ltpvm.is_valid("LT" + s))
    b_pvm = "LT" + valid(rng, lambda: digits(rng, 7, True) + "1" + digits(rng, 1), lambda s: _ltpvm.is_valid("LT" + s))
    kodas = "30" + digits(rng, 7)
    d = rand_date(rng)
    long_date = i in (1, 3)
    f = (lambda x: f"{x.year} m. {MONTHS['lt'][x.month - 1]} {x.day} d.") if long_date else (lambda x: x.isoformat())
    items = []
    for desc, um, lo, hi, qlo, qhi in rng.sample(LT_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        items.append({"desc": desc, "um": um, "q": q, "p": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    vat = q2(net * D("0.21"))
    total = net + vat
    series = rng.choice(["BSS", "KS", "PB", "ZT"])
    num = f"{rng.randint(1, 99999):06d}" if i in (0, 2) else f"{series}-{rng.randint(1, 9999):05d}"
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i != 2 else None
    po = f"U-{rng.randint(1000, 9999)}" if i in (0, 3) else None
    prepaid = q2(total * D("0.5")) if i == 2 else None
    whole, cents = divmod(int(total * 100), 100)
    words = f"{lt_words(whole).capitalize()} {lt_euro_form(whole)} {cents:02d} ct"
    money = sp

    def render(path):
        pdf = lfont(new_fpdf(creator="B1.lt"))
        pdf.add_page()
        txt(pdf, 0, 16, "PVM SĄSKAITA FAKTŪRA", 15, "B", font="LSans", align="C", w=210)
        if i in (0, 2):
            txt(pdf, 0, 24, f"Serija {series} Nr. {num}", 10.5, font="LSans", align="C", w=210)
        else:
            txt(pdf, 0, 24, f"Nr. {num}", 10.5, font="LSans", align="C", w=210)
        txt(pdf, 0, 29.5, f(d), 9.5, font="LSans", align="C", w=210)
        pdf.set_draw_color(120, 120, 120)
        for x, title, nm, ad, kd, pv, bank in (
            (15, "Pardavėjas", vname, vaddr, kodas, pvm, True),
            (110, "Pirkėjas", bname, baddr, "30" + digits(rng, 7), b_pvm, False),
        ):
            txt(pdf, x, 40, title, 8.5, "B", font="LSans", color=(90, 90, 90))
            pdf.line(x, 45, x + 85, 45)
            lines = [nm, ad, f"Įmonės kodas: {kd}", f"PVM mokėtojo kodas: {pv}"]
            if bank:
                lines += [
                    f"A. s. {iban_fmt(iban('LT', rng.choice(['73000', '70440', '40100']) + digits(rng, 11)))}",
                    rng.choice(["Swedbank, AB", "AB SEB bankas", "Luminor Bank AS"]),
                ]
            for k, line in enumerate(lines):
                txt(pdf, x, 47 + k * 4.6, line, 9 if k else 9.5, "B" if k == 0 else "", font="LSans")
        y = 80
        meta = (
            ([f"Užsakymo Nr.: {po}"] if po else [])
            + ([f"Apmokėti iki: {f(due)}"] if due else ["Apmokėta avansu"])
            + ([f"Važtaraščio Nr.: {rng.choice(['VZ', 'KV'])}{rng.randint(1000, 9999)}"] if i in (0, 2) else [])
        )
        for k, line in enumerate(meta):
            txt(pdf, 15, y + k * 4.6, line, 9, font="LSans")
        y += len(meta) * 4.6 + 4
        cols = [
            ("Eil. Nr.", 14, "C"),
            ("Prekės (paslaugos) pavadinimas", 78, "L"),
            ("Mato vnt.", 18, "C"),
            ("Kiekis", 18, "R"),
            ("Kaina, EUR", 26, "R"),
            ("Suma, EUR", 26, "R"),
        ]
        rows = [
            [str(k + 1), it["desc"], it["um"], money(it["q"], 0), money(it["p"]), money(it["amount"])]
            for k, it in enumerate(items)
        ]
        y = table(
            pdf,
            15,
            y,
            cols,
            rows,
            size=8.8,
            font="LSans",
            rowh=6.4,
            header_fill=(230, 230, 230),
            line_color=(150, 150, 150),
        )
        y += 4
        tot = [("Suma be PVM", money(net)), ("PVM 21 %", money(vat)), ("Bendra suma su PVM", money(total))]
        if prepaid:
            tot += [
                (
                    f"Išankstinis apmokėjimas {(d - dt.timedelta(days=rng.randint(5, 30))).isoformat()}",
                    "-" + money(prepaid),
                ),
                ("Mokėti", money(total - prepaid)),
            ]
        for a, b in tot:
            bold = "B" if a in ("Bendra suma su PVM", "Mokėti") else ""
            txt(pdf, 100, y, a, 9.5, bold, font="LSans", w=64, align="R")
            txt(pdf, 166, y, b, 9.5, bold, font="LSans", w=29, align="R")
            y += 5.6
        y += 4
        txt(pdf, 15, y, "Suma žodžiais:", 9, "B", font="LSans")
        txt(pdf, 42, y, words, 9, font="LSans")
        y += 16
        txt(
            pdf,
            15,
            y,
            f"Sąskaitą išrašė: {rng.choice(['direktorius Tomas Kazlauskas', 'buhalterė Rasa Petrauskienė', 'vadybininkas Mantas Jonaitis'])}",
            9,
            font="LSans",
        )
        pdf.line(15, y + 12, 90, y + 12)
        txt(pdf, 110, y, "Sąskaitą priėmė:", 9, font="LSans")
        pdf.line(110, y + 12, 195, y + 12)
        txt(
            pdf,
            15,
            285,
            "Sąskaita išrašyta apskaitos programa B1.lt · 1 psl. iš 1",
            6.5,
            font="LSans",
            color=(120, 120, 120),
        )
        pdf.output(path)

    notes = (
        "Lithuanian PVM sąskaita faktūra: seller (Pardavėjas) left, buyer (Pirkėjas) right, each with Įmonės kodas and PVM mokėtojo kodas. "
        "vendor_tax_id = seller PVM mokėtojo kodas (LT...); Įmonės kodas, the buyer's codes and the bank account are decoys. "
        + (
            "'Serija XX Nr. 000123' on one line: invoice_number = the Nr. without the series (as set 4's Romanian 'Seria ... nr.'). "
            if i in (0, 2)
            else "'Nr. XX-00123' printed as one token -> invoice_number as printed. "
        )
        + ("Dates in the long form 'yyyy m. <month genitive> d d.'. " if long_date else "ISO dates (yyyy-mm-dd). ")
        + "subtotal = Suma be PVM, tax = PVM 21 %, total = Bendra suma su PVM; 'Suma žodžiais' repeats it. "
        + (
            "Prepayment row and 'Mokėti' are decoys; paid in advance, no due date. "
            if prepaid
            else "Due = 'Apmokėti iki'. "
        )
        + ("PO = Užsakymo Nr. " if po else "")
        + ("Važtaraščio (waybill) number is a decoy. " if i in (0, 2) else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=pvm,
        invoice_number=num,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="EUR",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), pvm, num, f(due) if due else None, po]
    return t, checks, render
