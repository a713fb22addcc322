"""fpdf2 styles for set 12, part A (01 Botswana motor dealer's vehicle-sale tax invoice with the registration fees outside
VAT and a trade-in, deposit and finance settlement block, 03 Honduran factura with its CAI for a lease instalment,
exempt and taxed rows and ISV 15 %)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only (no Liberation), so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    digits,
    en,
    li,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
)
from kit_words import es_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 01 Botswana motor dealer's vehicle sale (VAT 14 %, registration outside VAT, trade-in / deposit / finance)
BW_V = [
    ("Kalahari Motors (Pty) Ltd", "KALAHARI MOTORS", ["Plot 54368, Western Bypass", "Gaborone, Botswana"], (150, 20, 20)),
    ("Francistown Auto World (Pty) Ltd", "AUTO WORLD", ["Plot 1021, Blue Jacket Street", "Francistown, Botswana"], (20, 70, 140)),
    ("Okavango 4x4 Centre (Pty) Ltd", "OKAVANGO 4x4", ["Mathiba I Road", "Maun, Botswana"], (60, 110, 40)),
    ("Palapye Pre-Owned Vehicles (Pty) Ltd", "PALAPYE PRE-OWNED", ["Plot 3312, A1 Highway", "Palapye, Botswana"], (70, 70, 70)),
]
BW_CARS = [("Toyota Hilux 2.8 GD-6 Raider 4x4 D/C", 520000, 690000), ("Ford Ranger 2.0 BiTurbo Wildtrak 4x4 D/C", 560000, 720000), ("Toyota Fortuner 2.8 GD-6 4x4 AT", 610000, 760000),
           ("Nissan NP200 1.6 Base S/C", 185000, 240000), ("Isuzu D-Max 1.9 Ddi L S/C", 310000, 390000), ("Volkswagen Polo Vivo 1.4 Trendline", 210000, 265000)]
BW_ACC = [("Canopy, colour coded", 18000, 32000), ("Tow bar and wiring kit", 4500, 8500), ("Rubberised load bin liner", 3500, 6500), ("Window tint, all round", 2500, 4800),
          ("Nudge bar", 6500, 12000), ("Service plan 5 years / 90 000 km", 28000, 45000), ("Fleet tracking unit, installed", 4200, 7800)]
BW_BUY = [("Mr Kagiso Molefe", ["Plot 1234, Block 8", "Gaborone"]), ("Debswana Diamond Company (Pty) Ltd", ["Attn: Fleet Manager", "Debswana House, Main Mall", "Gaborone"]),
          ("Ms Boitumelo Seretse", ["Boseja Ward", "Maun"]), ("Mr Onalenna Tau", ["Plot 889, Extension 4", "Palapye"])]


def vin(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11)) + digits(rng, 6)


@style("01", "bw_vehicle_sale_trade_in")
def s01(rng, i):
    vname, brand, vaddr, color = BW_V[i]
    bname, baddr = BW_BUY[i]
    d = rand_date(rng)
    model, lo, hi = rng.choice(BW_CARS)
    used = i == 3
    n = rng.randint(2, 4) if i == 1 else 1
    year = rng.randint(2018, 2023) if used else d.year
    price = D(rng.randint(lo // 500, hi // 500) * 500) * (D("0.55") if used else 1)
    price = q2(price / 100) * 100
    desc = f"{'Pre-owned ' if used else 'New '}{year} {model}"
    items = [{"desc": desc, "qty": D(n), "price": price}]
    for a, alo, ahi in rng.sample(BW_ACC, rng.randint(1, 3)):
        items.append({"desc": a, "qty": D(n), "price": D(rng.randint(alo // 50, ahi // 50) * 50)})
    items.append({"desc": "Pre-delivery inspection, valet and delivery" if not used else "Roadworthy test, service and valet", "qty": D(n), "price": D(rng.randint(35, 60) * 100)})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.14"))
    reg = D(rng.randint(14, 26) * 100 + 50) * n
    total = net + tax + reg
    vat_no = "C0" + digits(rng, 10)
    co_reg = "BW000" + digits(rng, 8)
    no = [f"KM-VS-{d.year}-{rng.randint(100, 999):04d}", f"AW{rng.randint(100000, 199999)}", f"OKV/{str(d.year)[2:]}/{rng.randint(100, 999)}", f"PPO-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=30), d + dt.timedelta(days=7), None][i]
    po = f"LPO {rng.randint(4500000, 4599999)}" if i == 1 else None
    P = lambda x: f"P {en(x)}"  # noqa: E731
    settle = []
    if i == 0:
        tin = D(rng.randint(60, 160) * 1000)
        dep = D(rng.randint(2, 8) * 10000)
        settle = [(f"Less: trade-in allowance – {rng.randint(2012, 2018)} Toyota Corolla 1.6, reg. B {rng.randint(100, 999)} {''.join(rng.choice('ABCDEFGH') for _ in range(3))}", P(-tin)),
                  (f"Less: deposit paid (receipt {rng.randint(1000, 9999)})", P(-dep)), ("Balance financed by Stanbic Bank Botswana (instalment sale)", P(total - tin - dep))]
    elif i == 2:
        dep = q2(total * D("0.2") / 100) * 100
        settle = [(f"Less: deposit paid on {fd(d - dt.timedelta(days=rng.randint(3, 20)))}", P(-dep)), ("BALANCE DUE BEFORE DELIVERY", P(total - dep))]
    elif i == 3:
        settle = [(f"Paid by EFT on {fd(d)}, ref. {rng.randint(100000, 999999)}", P(-total)), ("Balance", P(D(0)))]
    vins = [vin(rng) for _ in range(n)]
    veh = [("Make / model", model), ("Model year", str(year)), ("VIN" if n == 1 else "VINs", ", ".join(vins)), ("Engine no.", ", ".join(rng.choice(["1GD", "2GD", "RB", "4JJ", "HR16", "CWV"]) + digits(rng, 7) for _ in range(n))),
           ("Colour", rng.choice(["Glacier White", "Silver Metallic", "Graphite Grey", "Nebula Blue", "Attitude Black"])), ("Odometer", f"{en(D(rng.randint(18000, 98000)) if used else D(rng.randint(5, 40)), 0)} km"),
           ("Stock no.", f"S{rng.randint(10000, 99999)}")]
    if used:
        veh.append(("Registration", f"B {rng.randint(100, 999)} {''.join(rng.choice('ABCDEFGHJKLMNP') for _ in range(3))}"))

    def render(path):
        pdf = new_fpdf(creator="Autoline DMS - Vehicle Sales")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 14, 10, brand, 20, "B", "DVC", color=color)
        txt(pdf, 14, 19, vname, 8.4, "B", "DV")
        txt(pdf, 14, 23, ", ".join(vaddr) + f" · Tel +267 {rng.choice(['39', '24', '68', '49'])}{digits(rng, 2)} {digits(rng, 3)}", 7.6, "", "DV", color=(70, 70, 70))
        txt(pdf, 14, 27, f"VAT Reg. No.: {vat_no}  ·  Company Reg. No.: {co_reg}  ·  Motor Dealer Licence MD/{rng.randint(100, 999)}", 7.6, "", "DV", color=(70, 70, 70))
        txt(pdf, 120, 10, "TAX INVOICE", 16, "B", "DV", "R", 76)
        txt(pdf, 120, 18, "Vehicle sale" if not used else "Pre-owned vehicle sale", 9, "", "DV", "R", 76, color=(90, 90, 90))
        kv = [("Invoice No.", no), ("Invoice date", fd(d)), ("Deal No.", f"D{rng.randint(10000, 99999)}"), ("Sales executive", rng.choice(["T. Kgosi", "L. Mothibi", "K. Ndlovu", "N. Phiri"]))]
        if po:
            kv.append(("Customer LPO", po))
        if due:
            kv.append(("Payment due", fd(due)))
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(120, 36, 76, len(kv) * 5 + 3)
        for k, (a, b) in enumerate(kv):
            txt(pdf, 123, 38 + k * 5, a, 8, "", "DV", color=(90, 90, 90))
            txt(pdf, 158, 38 + k * 5, b, 8, "B", "DV")
        txt(pdf, 14, 36, "Sold to", 7.6, "", "DV", color=(90, 90, 90))
        txt(pdf, 14, 40.5, bname, 9.4, "B", "DV")
        for k, s_ in enumerate(baddr):
            txt(pdf, 14, 45.5 + k * 4.2, s_, 8.4, "", "DV")
        yb = 45.5 + len(baddr) * 4.2 + 1
        txt(pdf, 14, yb, f"{'Omang' if i != 1 else 'Customer VAT No.'}: {digits(rng, 9, True) if i != 1 else 'C0' + digits(rng, 10)}", 7.8, "", "DV", color=(70, 70, 70))
        y = max(yb + 8, 36 + len(kv) * 5 + 8)
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(14, y, 182, 6 + ((len(veh) + 1) // 2) * 4.6, "F")
        txt(pdf, 16, y + 1.2, "VEHICLE DETAILS", 7.8, "B", "DV", color=color)
        for k, (a, b) in enumerate(veh):
            x = 16 if k % 2 == 0 else 106
            yy = y + 6 + (k // 2) * 4.6
            txt(pdf, x, yy, a + ":", 7.6, "", "DV", color=(90, 90, 90))
            txt(pdf, x + 25, yy, b, 7.6, "", "DVC")
        y += 10 + ((len(veh) + 1) // 2) * 4.6
        cols = [("Description", 96, "L"), ("Qty", 14, "R"), ("Unit price excl. VAT", 38, "R"), ("Amount excl. VAT", 34, "R")]
        rows = [[it["desc"], qstr(it["qty"]), en(it["price"]), en(it["amount"])] for it in items]
        y = table(pdf, 14, y, cols, rows, size=8.2, font="DV", rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 4
        summ = [("Total excl. VAT", P(net)), ("VAT @ 14%", P(tax)), ("Registration, licence and number plates (no VAT)", P(reg)), ("TOTAL INVOICE VALUE", P(total))]
        for a, b in summ:
            bold = a.startswith("TOTAL")
            txt(pdf, 84, y, a, 8.4, "B" if bold else "", "DV", "R", 78)
            txt(pdf, 164, y, b, 8.4, "B" if bold else "", "DV", "R", 32)
            y += 5.4
        if settle:
            y += 4
            pdf.set_draw_color(*color)
            pdf.rect(14, y, 182, 7 + len(settle) * 5.2)
            txt(pdf, 17, y + 1.5, "SETTLEMENT", 7.8, "B", "DV", color=color)
            for k, (a, b) in enumerate(settle):
                txt(pdf, 17, y + 6.5 + k * 5.2, a, 8, "B" if k == len(settle) - 1 else "", "DV")
                txt(pdf, 160, y + 6.5 + k * 5.2, b, 8, "B" if k == len(settle) - 1 else "", "DV", "R", 34)
            y += 10 + len(settle) * 5.2
        y += 6
        pdf.set_font("DV", "", 7.4)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(14, y)
        terms = ("Ownership remains with the seller until the full purchase price has been received. " if i != 3 else "Sold voetstoots as inspected, with the roadworthy certificate. ")
        terms += "Registration and licence fees are paid over to the Department of Road Transport and Safety and carry no VAT. "
        terms += f"Banking details: First National Bank Botswana, {vaddr[-1].split(',')[0]} branch, account {digits(rng, 11, True)}, branch code 28{digits(rng, 4)}."
        pdf.multi_cell(182, 3.8, terms)
        y = pdf.get_y() + 14
        txt(pdf, 14, y, "Customer signature: ______________________", 8, "", "DV")
        txt(pdf, 110, y, "For " + vname + ": ______________", 8, "", "DV")
        pdf.output(path)

    notes = (
        "Botswana motor dealer's tax invoice for a " + ("pre-owned " if used else "") + "vehicle sale (fpdf2): vendor = the legal name under the big brand ('" + brand + "' is a decoy); vendor tax id = "
        "'VAT Reg. No.' (no public checksum: random); the company registration, dealer licence, the customer's Omang or VAT number, VINs, engine, stock and deal numbers are decoys. invoice_number = "
        "'Invoice No.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yyyy"][i] + "). " + ("due = 'Payment due'. " if due else "No due date (null). ")
        + (f"PO = 'Customer LPO' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT @ 14%'; total = 'TOTAL INVOICE VALUE' = subtotal + VAT + the registration, licence and number-plate fees (a row between the VAT and the total, "
        "no VAT on it, not a line item). "
        + ({0: "The SETTLEMENT block (trade-in allowance, deposit, balance financed) is decoys. ", 2: "The deposit and the balance due before delivery are decoys. ", 3: "The EFT payment and the zero balance are decoys. "}.get(i, ""))
        + "Currency BWP ('P', pula). Amounts '1,234.56'. Line items: every row of the table (amount = 'Amount excl. VAT'; quantity 'Qty'" + (", the number of vehicles on a fleet order" if i == 1 else "") + ")."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_no, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BWP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [fd(d), fd(due) if due else None, vat_no, no, po, vname, f"P {en(total)}"], "total_adjustment": mt(reg)}
    return t, chk, render


# =========================================================================== 03 Honduran factura with CAI for a lease instalment (RTN, rango autorizado, exento / gravado 15 %, ISV)
HN_V = [
    ("ARRENDADORA CENTROAMERICANA, S.A.", "ARRENCA", "Col. Palmira, Av. República de Chile No. 2501, Tegucigalpa, M.D.C.", "0801", (0, 70, 130)),
    ("LEASING INDUSTRIAL DEL NORTE, S.A. DE C.V.", "LEASINORTE", "Barrio Guamilito, 6 Av. N.O., San Pedro Sula, Cortés", "0501", (150, 40, 20)),
    ("EQUIPOS Y RENTAS DEL VALLE, S. DE R.L.", "ERVA", "Barrio El Centro, 3a Calle, Comayagua", "0301", (30, 110, 60)),
    ("TECNOARRIENDOS HONDURAS, S.A.", "TECNOARRIENDOS", "Blvd. Morazán, Torre Morazán, piso 9, Tegucigalpa, M.D.C.", "0801", (80, 50, 120)),
]
HN_B = [("DISTRIBUIDORA LA CEIBEÑA, S.A. DE C.V.", "La Ceiba, Atlántida"), ("MAQUILAS DEL VALLE DE SULA, S.A.", "Zona Libre, Choloma, Cortés"),
        ("CONSTRUCTORA COMAYAGUA, S. DE R.L.", "Comayagua, Comayagua"), ("BANCO HONDUREÑO DEL CAFÉ, S.A.", "Tegucigalpa, M.D.C.")]
HN_EQ = [("Montacargas Toyota 8FGU25, serie 8FGU25-{s}", 18000, 32000), ("Excavadora Caterpillar 312 GC, serie CAT0312G{s}", 85000, 140000), ("Camión Isuzu NPR 2024, placa HBX {p}", 24000, 39000),
         ("Flota de 15 computadoras Dell Latitude 5440 (lote {s})", 21000, 36000), ("Generador eléctrico Cummins 150 kW, serie C150D{s}", 30000, 52000)]


def hn_rtn(rng, muni):
    return f"{muni}{rng.randint(1990, 2019)}{digits(rng, 6)}"


@style("03", "hn_factura_cai_lease_instalment")
def s03(rng, i):
    vname, brand, vaddr, muni, color = HN_V[i]
    bname, baddr = HN_B[i]
    d = rand_date(rng)
    usd = i == 2
    eqd, lo, hi = rng.choice(HN_EQ)
    eq = eqd.format(s=digits(rng, 5), p=digits(rng, 4))
    k_total = rng.choice([24, 36, 48, 60])
    k = rng.randint(2, k_total)
    if usd:
        lo, hi = lo // 25, hi // 25
    rent = D(rng.randint(lo, hi)) + D(rng.randint(0, 99)) / 100
    ins = q2(rent * D(rng.randint(3, 7)) / 100)
    items = [{"desc": f"Canon de arrendamiento, cuota {k} de {k_total} –\n{eq}", "qty": D(1), "price": rent, "ex": False},
             {"desc": f"Seguro del equipo, póliza N° {rng.choice(['AUT', 'EQ', 'TR'])}-{digits(rng, 6)} (cuota {k})", "qty": D(1), "price": ins, "ex": True}]
    if rng.random() < 0.6 or i == 0:
        items.append({"desc": "Plan de mantenimiento preventivo mensual", "qty": D(1), "price": q2(rent * D(rng.randint(4, 9)) / 100), "ex": False})
    if i == 2:
        items.append({"desc": "Servicio de rastreo satelital GPS", "qty": D(1), "price": D(rng.randint(25, 45)), "ex": False})
    if i == 3:
        items.append({"desc": f"Intereses moratorios cuota {k - 1} ({rng.randint(5, 20)} días)", "qty": D(1), "price": q2(rent * D(rng.randint(1, 3)) / 100), "ex": True})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    exento = sum(it["amount"] for it in items if it["ex"])
    grav = net - exento
    tax = q2(grav * D("0.15"))
    total = net + tax
    rtn = hn_rtn(rng, muni)
    cai = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(6)) for _ in range(5)) + "-" + "".join(rng.choice("0123456789ABCDEF") for _ in range(2))
    est, pe = f"{rng.randint(0, 2):03d}", f"{rng.randint(1, 3):03d}"
    lo_n = rng.randint(1, 40) * 500 + 1
    hi_n = lo_n + rng.choice([2499, 4999, 9999])
    num = rng.randint(lo_n, hi_n)
    no = f"{est}-{pe}-01-{num:08d}"
    rng_from, rng_to = f"{est}-{pe}-01-{lo_n:08d}", f"{est}-{pe}-01-{hi_n:08d}"
    limit = d + dt.timedelta(days=rng.randint(60, 300))
    fd = (lambda x: x.strftime("%d/%m/%Y")) if i != 3 else (lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}")
    due = d + dt.timedelta(days=rng.randint(5, 15)) if i != 2 else None
    po = f"OC-{rng.randint(10000, 99999)}" if i == 1 else None
    per_start = d.replace(day=1)
    per_end = (per_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    cur = (lambda x: f"US$ {en(x)}") if usd else (lambda x: f"L {en(x)}")
    money_name = "DÓLARES" if usd else "LEMPIRAS"
    whole, cents = int(total), int((total - int(total)) * 100)
    words = f"SON: {es_words(whole).upper()} {money_name} CON {cents:02d}/100"
    fx = D(rng.randint(246000, 268000)) / 10000

    def render(path):
        pdf = new_fpdf(creator="SAP Business One - Honduras localization")
        pdf.add_page()
        txt(pdf, 14, 11, brand, 18, "B", "DVC", color=color)
        txt(pdf, 14, 19.5, vname, 9.2, "B", "DV")
        txt(pdf, 14, 24, vaddr, 7.6, "", "DV", color=(60, 60, 60))
        txt(pdf, 14, 28, f"Tel. (504) {rng.choice(['2232', '2550', '2772', '2239'])}-{digits(rng, 4)} · facturacion@{brand.lower()}.hn", 7.6, "", "DV", color=(60, 60, 60))
        txt(pdf, 14, 32, f"RTN: {rtn}", 8.4, "B", "DV")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.4)
        pdf.rect(128, 9, 68, 28)
        pdf.set_line_width(0.2)
        txt(pdf, 128, 11, "FACTURA", 14, "B", "DV", "C", 68, color=color)
        txt(pdf, 128, 18.5, f"No. {no}", 9.6, "B", "DV", "C", 68)
        txt(pdf, 130, 24.5, f"Fecha de emisión: {fd(d)}", 7.8, "", "DV")
        txt(pdf, 130, 28.5, "Original: Cliente · Copia: Emisor", 7, "", "DV", color=(90, 90, 90))
        txt(pdf, 130, 32.2, "Página 1 de 1", 7, "", "DV", color=(90, 90, 90))
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(14, 41, 182, 15)
        txt(pdf, 16, 42.5, f"CAI: {cai}", 7.8, "B", "Mono")
        txt(pdf, 16, 47, f"Rango autorizado: del {rng_from} al {rng_to}", 7.6, "", "DV")
        txt(pdf, 16, 51, f"Fecha límite de emisión: {limit.strftime('%d/%m/%Y')}", 7.6, "", "DV")
        txt(pdf, 120, 47, f"Establecimiento: {est} · Punto de emisión: {pe}", 7.6, "", "DV")
        y = 60
        kv = [("Cliente:", bname), ("RTN cliente:", hn_rtn(rng, rng.choice(["0801", "0501", "0101"]))), ("Dirección:", baddr),
              ("Contrato de arrendamiento:", f"N° {brand[:3]}-{rng.randint(2019, d.year)}-{rng.randint(10, 999):04d}"), ("Período facturado:", f"{per_start.strftime('%d/%m/%Y')} al {per_end.strftime('%d/%m/%Y')}")]
        if due:
            kv.append(("Fecha de vencimiento de la cuota:", fd(due)))
        else:
            kv.append(("Condición de pago:", "Crédito 30 días"))
        if po:
            kv.append(("Orden de compra del cliente N°:", po))
        if usd:
            kv.append(("Moneda:", f"Dólares de los Estados Unidos · Tasa de cambio BCH: {fx}"))
        for a, b in kv:
            txt(pdf, 14, y, a, 8, "", "DV", color=(80, 80, 80))
            txt(pdf, 66, y, b, 8, "B" if a == "Cliente:" else "", "DV")
            y += 4.6
        y += 1
        for a in ("N° correlativo de orden de compra exenta:", "N° correlativo de constancia de registro de exonerado:", "N° identificativo del registro de la SAG:"):
            txt(pdf, 14, y, a + " ______________________", 7.2, "", "DV", color=(90, 90, 90))
            y += 3.9
        y += 3
        cols = [("Cant.", 12, "R"), ("Descripción", 108, "L"), ("Precio unitario", 30, "R"), ("Total", 32, "R")]
        rows = [[qstr(it["qty"]), it["desc"] + ("  (E)" if it["ex"] else ""), en(it["price"]), en(it["amount"])] for it in items]
        y0 = y
        y = table(pdf, 14, y, cols, rows, size=7.8, font="DVC", rowh=6, header_fill=(230, 230, 230), line_color=(120, 120, 120))
        pdf.set_draw_color(120, 120, 120)
        xs = [14]
        for c in cols:
            xs.append(xs[-1] + c[1])
        for xv in xs:
            pdf.line(xv, y0, xv, y)
        pdf.line(14, y0, 196, y0)
        txt(pdf, 14, y + 1.5, "(E) = exento de ISV", 6.8, "I", "DV", color=(90, 90, 90))
        y += 6
        summ = [("Descuentos y rebajas otorgados", cur(D(0))), ("Sub total", cur(net)), ("Importe exonerado", cur(D(0))), ("Importe exento", cur(exento)), ("Importe gravado 15%", cur(grav)),
                ("Importe gravado 18%", cur(D(0))), ("ISV 15%", cur(tax)), ("ISV 18%", cur(D(0))), ("Total a pagar", cur(total))]
        ys = y
        for a, b in summ:
            bold = a.startswith("Total")
            pdf.rect(124, y, 72, 5.4)
            txt(pdf, 126, y + 1, a, 7.8, "B" if bold else "", "DV")
            txt(pdf, 160, y + 1, b, 7.8, "B" if bold else "", "DV", "R", 34)
            y += 5.4
        pdf.set_font("DV", "", 7.8)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(14, ys)
        pdf.multi_cell(104, 4, words)
        yy = pdf.get_y() + 3
        if usd:
            txt(pdf, 14, yy, f"Equivalente en lempiras: L {en(q2(total * fx))}", 7.6, "", "DV")
            yy += 5
        pdf.set_xy(14, yy)
        pdf.set_font("DV", "", 7)
        pdf.set_text_color(70, 70, 70)
        pdf.multi_cell(104, 3.6, f"Pagos mediante depósito o transferencia a {rng.choice(['BAC Credomatic', 'Banco Atlántida', 'Ficohsa', 'Banpaís'])}, cuenta {digits(rng, 9, True)}. "
                       "El pago tardío de la cuota genera intereses moratorios según el contrato.")
        txt(pdf, 0, 272, "La factura es beneficio de todos. \"Exíjala\"", 8.4, "B", "DV", "C", 210, color=color)
        txt(pdf, 0, 277, f"Impreso por: {rng.choice(['Litografía López', 'Imprenta Honduras', 'Graficentro'])} · RTN {hn_rtn(rng, '0801')} · Autorización de imprenta N° {rng.randint(100, 999)}-{rng.randint(2018, 2024)}",
            6.6, "", "DV", "C", 210, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Honduran factura (fpdf2) for a lease instalment ('cuota N de M' of an equipment lease): vendor = the legal name under the short brand; vendor tax id = the 14-digit 'RTN' (no public checksum: "
        "random); the CAI, the authorised range ('Rango autorizado') and its 'Fecha límite de emisión', the client's RTN, the contract number, the policy and serial numbers and the printer's RTN are decoys. "
        "invoice_number = 'No.' in the FACTURA box (NNN-NNN-01-NNNNNNNN, inside the printed range); invoice_date = 'Fecha de emisión' (" + ("'15 de marzo de 2026'" if i == 3 else "dd/mm/yyyy")
        + "); the billed period is a decoy. " + ("due = 'Fecha de vencimiento de la cuota'. " if due else "'Crédito 30 días' is a term: no due date (null). ")
        + (f"PO = 'Orden de compra del cliente N°' {po}; the three legal fields for exempt purchase orders, exoneration records and SAG are printed blank. " if po
           else "No PO: the legal field 'N° correlativo de orden de compra exenta' is printed blank. ")
        + "subtotal = 'Sub total' (exempt + taxed rows); tax = 'ISV 15%' (on the taxed rows only; the 'ISV 18%' row is 0.00); total = 'Total a pagar'. The exempt/taxed/exonerated rows are parts. "
        + ("Currency USD ('US$', dólares); the BCH exchange rate and the 'Equivalente en lempiras' are decoys. " if usd else "Currency HNL ('L', lempiras). ")
        + "Amounts '1,234.56'; the amount in words ('SON: ... CON 45/100') repeats the total. Line items: every row (amount = 'Total'; quantity 'Cant.', 1)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=rtn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD" if usd else "HNL", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, rtn, no, po, vname, "LEMPIRAS" if not usd else "DÓLARES"], render
