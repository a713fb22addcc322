"""fpdf2 styles for set 65, second part (08 Bodø FAKTURA in Norwegian from a haulier on a fully ruled LANDSCAPE page,
consignment rows by weight, a fuel surcharge, mva 25 %, KID and a EUR counter-value on two; 09 Logroño FACTURA in
Spanish from La Rioja suppliers with line discounts, the totals in a strip at the foot, IVA 21 / 10 / 4 %, VERI*FACTU,
two of four over TWO PAGES with 'Suma y sigue'; 10 Duluth utility-style BILL in US English with the amount due and due
date at the TOP, each label at the END of a line of text and its value on the next, state and local sales tax, an
account summary with a past-due balance on one and a remittance stub at the foot)."""

# ruff: noqa: E501, C901

import datetime as dt
import unicodedata
from decimal import Decimal as D

from common import es_cif_id, iban_of, kid, long_date, no_org, per_rate, spaced
from invoice_kit import (
    de,
    digits,
    en,
    exact_price,
    lfont,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import due_note, frame, para, po_note, qr_fpdf, truth, us_date
from stdnum.no import kontonr, mva
from stdnum.us import ein

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Bodø (mva 25 %, NOK), freight, landscape, fully ruled
BO_V = [  # (name, address, colour, goods)
    ("Saltstraumen Transport AS", ("Sjøgata 21", "8006 Bodø"), (0, 92, 110), ["Stykkgods", "Partigods", "Pall EUR", "Byggevarer på pall"]),
    ("Nordlandsfrakt Bodø AS", ("Burøyveien 6", "8008 Bodø"), (150, 40, 30), ["Stykkgods", "Fiskeutstyr", "Partigods", "Pall EUR", "Emballasje"]),
    ("Salten Termo & Kjøl AS", ("Langstranda 14", "8003 Bodø"), (20, 70, 140), ["Kjølegods +2 °C", "Fersk fisk i kasser", "Frysegods -18 °C", "Kjølegods +4 °C"]),
    ("Bodø Havn Logistikk AS", ("Kaiveien 3", "8006 Bodø"), (60, 60, 60), ["Container 20 fot", "Stykkgods fra kai", "Partigods", "Stålprofiler"]),
]
BO_TO = ["Fauske", "Narvik", "Mo i Rana", "Svolvær", "Sortland", "Trondheim", "Oslo (Alnabru)", "Moskenes", "Steigen", "Ørnes", "Rognan", "Mosjøen"]
BO_B = [("Nordland Fylkeskommune, Innkjøp", "Prinsens gate 100", "8005 Bodø"), ("Lofoten Sjømat AS", "Havnegata 8", "8300 Svolvær"),
        ("Helgeland Byggvare AS", "Industriveien 40", "8624 Mo i Rana"), ("Polarkraft Elektro AS", "Olav V gate 56", "8004 Bodø")]


def no_konto(rng):
    while True:
        s = digits(rng, 10, True)
        for c in "0123456789":
            if kontonr.is_valid(s + c):
                return f"{s[:4]}.{s[4:6]}.{s[6:]}{c}"


@style("08", "no_bod_bodo_faktura_mva_25_freight_landscape_ruled_kid_eur")
def s08(rng, i):
    vname, (street, city), color, goods = BO_V[i]
    d = rand_date(rng)
    n = [6, 9, 4, 7][i]
    rows = []
    dests = rng.sample(BO_TO, min(n, len(BO_TO)))
    for k in range(n):
        kg = D(rng.randint(80, 9800))
        p = exact_price(rng, kg, D("0.38"), D("1.65"))
        rows.append({"date": d - dt.timedelta(days=rng.randint(2, 30)), "fb": digits(rng, 11, True), "to": dests[k % len(dests)], "kolli": rng.randint(1, 24),
                     "desc": rng.choice(goods), "qty": kg, "price": p, "amount": q2(kg * p), "rate": 25})
    rows.sort(key=lambda x: x["date"])
    freight = sum(x["amount"] for x in rows)
    pct = D(rng.choice(["11.8", "12.5", "13.4", "14.2"]))
    rows.append({"desc": f"Drivstofftillegg {de(pct, 1)} %", "qty": None, "price": None, "amount": q2(freight * pct / 100), "rate": 25, "show_qty": False})
    if i in (1, 3):
        q = D(rng.randint(1, 3))
        p = D(rng.choice(["1890", "2340", "2765"]))
        rows.append({"desc": "Ferjebillett Bodø–Moskenes, vogntog 17 m", "qty": q, "price": p, "amount": q * p, "rate": 25})
    if i in (0, 2):
        q = D(rng.randint(2, 12))
        p = D(rng.choice(["64.00", "88.00", "112.00"]))
        rows.append({"desc": "Bompenger (passeringer)", "qty": q, "price": p, "amount": q * p, "rate": 25})
    net = sum(x["amount"] for x in rows)
    tax = q2(net * D("0.25"))
    total = net + tax
    org = no_org(rng)
    vid = mva.format("NO" + org + "MVA")
    no = [f"{rng.randint(24000, 29999)}", f"F-{d.year}-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(10000, 99999)}", f"BHL{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "nb"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 20, 30]))
    po = [f"{rng.randint(4500000, 4599999)}", None, f"INNK-{rng.randint(1000, 9999)}", None][i]
    kid_ = kid(rng, rng.choice([9, 11]))
    konto = no_konto(rng)
    kurs = D(rng.choice(["11.7350", "11.5820", "11.8930"]))
    eur = q2(total / kurs) if i in (1, 2) else None
    per_from, per_to = min(x["date"] for x in rows if "date" in x), max(x["date"] for x in rows if "date" in x)
    facts = [("Fakturanr.", no), ("Fakturadato", fd(d)), ("Forfallsdato", fd(due)), ("Kundenr.", str(rng.randint(10000, 99999))), ("Periode", f"{per_from.strftime('%d.%m')}–{per_to.strftime('%d.%m.%Y')}")]
    if po:
        facts.append(("Bestillingsnr.", po))
    facts += [("Deres ref.", rng.choice(["Kari Johansen", "Innkjøp v/ Ole Hansen", "Lager", "Tor Eilertsen"])), ("KID", kid_), ("Kontonr.", konto)]

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Visma Business")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(12, 10, 6, 22, "F")
        txt(pdf, 21, 10, vname, 15, "B", color=color)
        txt(pdf, 21, 17.5, f"{street}, {city}", 8.2)
        txt(pdf, 21, 21.5, f"Telefon 75 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · post@{vname.split()[0].lower().replace('ø', 'o')}.no", 8.2)
        txt(pdf, 21, 25.5, f"Foretaksregisteret {vid}", 8.2)
        txt(pdf, 21, 30, "Transportbetingelser: NSAB 2015 / vegfraktloven", 7.4, color=(90, 90, 90))
        txt(pdf, 128, 11, "FAKTURA", 22, "B", w=55, color=color)
        b = BO_B[i]
        para(pdf, 128, 23, 62, f"{b[0]}\n{b[1]}\n{b[2]}", 9, h=4.5)
        x0, y0, wl, wv = 196, 10, 30, 59
        pdf.set_draw_color(140, 140, 140)
        for k, (lab, val) in enumerate(facts):
            yy = y0 + k * 5.2
            pdf.set_fill_color(238, 240, 242)
            pdf.rect(x0, yy, wl, 5.2, "DF")
            pdf.rect(x0 + wl, yy, wv, 5.2)
            txt(pdf, x0 + 1, yy + 0.9, lab, 7.6)
            txt(pdf, x0 + wl + 1, yy + 0.9, val, 8, "B", font="Mono" if lab in ("KID", "Kontonr.") else "DV")
        cols = [("Dato", 20, "L"), ("Fraktbrev nr.", 28, "L"), ("Beskrivelse", 62, "L"), ("Fra", 18, "L"), ("Til", 30, "L"), ("Kolli", 13, "R"), ("Vekt kg", 22, "R"), ("Pris pr. kg", 22, "R"), ("Mva", 12, "R"), ("Beløp NOK", 26, "R")]
        trs = []
        for x in rows:
            if "fb" in x:
                trs.append([x["date"].strftime("%d.%m.%y"), x["fb"], x["desc"], "Bodø", x["to"], str(x["kolli"]), sp(x["qty"], 0), sp(x["price"]), "25 %", sp(x["amount"])])
            else:
                trs.append(["", "", x["desc"], "", "", "", qstr(x["qty"]) if x["qty"] is not None else "", sp(x["price"]) if x["price"] is not None else "", "25 %", sp(x["amount"])])
        ys = 62
        ye = table(pdf, 12, ys, cols, trs, size=7.8, rowh=5.4, header_fill=color, header_color=(255, 255, 255), line_color=(140, 140, 140))
        frame(pdf, 12, ys, ye, cols, color=(140, 140, 140))
        yt = ye + 5
        tw = 80
        xt = 12 + sum(c[1] for c in cols) - tw
        for lab, val, bold in (("Sum eks. mva", sp(net), False), ("Mva 25 % av " + sp(net), sp(tax), False), ("Å betale NOK", sp(total), True)):
            pdf.rect(xt, yt, 46, 6.4)
            pdf.rect(xt + 46, yt, tw - 46, 6.4)
            txt(pdf, xt + 1.5, yt + 1.2, lab, 8.4 if not bold else 9.4, "B" if bold else "")
            txt(pdf, xt + 46, yt + 1.2, val, 8.4 if not bold else 9.4, "B" if bold else "", w=tw - 47.5, align="R")
            yt += 6.4
        if eur:
            txt(pdf, xt, yt + 2, f"Tilsvarer EUR {sp(eur)} (kurs {de(kurs, 4)}, Norges Bank)", 7.6, color=(80, 80, 80))
        para(pdf, 12, ye + 5, 150, f"Betaling til kontonr. {konto} innen {fd(due)}. Bruk KID {kid_} ved betaling. Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven. "
             "Reklamasjon på skade eller manko må meldes skriftlig innen 7 dager etter levering.", 8, h=4.2)
        pdf.set_draw_color(*color)
        pdf.line(12, 196, 285, 196)
        txt(pdf, 12, 198, f"{vname} · {street}, {city} · Org.nr. {org} · {vid} · Side 1 av 1", 7.2, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Bodø (Norway) FAKTURA in Norwegian (bokmål) from a haulier on a fully RULED LANDSCAPE page: a ruled grid of facts at the top right, labels BESIDE their values (number, date, due date, customer, period, "
        + ("order, " if po else "") + "reference, KID, account), consignment rows by weight (Vekt kg x Pris pr. kg), a fuel surcharge row without quantity, mva 25 %, '1 234,56' kroner: "
        f"vendor = the name at the top left; vendor_tax_id = 'Foretaksregisteret {vid}' (the org.nr. with MVA, as printed; the bare 'Org.nr.' in the footer, the KID, the account number, the consignment note numbers "
        "and the customer number are decoys). invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (the period and the consignment dates are decoys). "
        + due_note(due, None, "Forfallsdato") + po_note(po, "Bestillingsnr.")
        + "subtotal = 'Sum eks. mva'; tax = 'Mva 25 % av …'; total = 'Å betale NOK'" + (f"; the EUR equivalent at {kurs} is a decoy" if eur else "")
        + ". Currency NOK. Line items: every consignment (quantity = the weight in kg) and every charge row (the fuel surcharge has no quantity)."
    )
    t = truth(vname, vid, no, po, d, due, "NOK", net, tax, total, rows, notes)
    chk = {"printed": [fd(d), no, vname, vid, fd(due), kid_, konto, "Å betale NOK", sp(eur) if eur else None]}
    return t, chk, render


# =========================================================================== 09 Logroño (IVA 21/10/4 %), line discounts, totals strip, two pages on two
LO_V = [  # (name, address, colour, kind)
    ("Bodegas Valle del Iregua, S.L.", ("Ctra. de Soria, km 6", "26140 Lardero (La Rioja)"), (120, 20, 40), "wine"),
    ("Distribuciones Vinícolas Riojanas, S.L.", ("Avda. de Burgos, 45", "26006 Logroño (La Rioja)"), (90, 30, 60), "wine"),
    ("Conservas Vegetales del Ebro, S.A.", ("Polígono Cantabria, calle Las Cañas 12", "26009 Logroño (La Rioja)"), (30, 100, 50), "food"),
    ("Ferretería Industrial Cascajos, S.L.", ("Polígono Cascajos, calle Hierro 4", "26006 Logroño (La Rioja)"), (40, 60, 100), "hardware"),
]
LO_B = [("Restaurante Portales 14, S.L.", "Calle Portales, 14", "26001 Logroño"), ("Vinoteca La Laurel, S.L.", "Calle del Laurel, 22", "26001 Logroño"),
        ("Supermercados Najerilla, S.A.", "Avda. de la Paz, 81", "26004 Logroño"), ("Talleres Metálicos del Iregua, S.L.", "Polígono La Portalada II, nave 7", "26006 Logroño")]
WINES = ["Rioja Crianza", "Rioja Reserva", "Rioja Gran Reserva", "Rioja Joven", "Rioja Blanco fermentado en barrica", "Rioja Rosado", "Rioja Garnacha", "Rioja Graciano", "Rioja Maturana Tinta", "Rioja Tempranillo Blanco"]
HOUSES = ["Viña Iregua", "Cerro de Clavijo", "Monte Cantabria", "Puente de Piedra", "Ribera del Najerilla", "Laurel Viejo", "Sierra de Cameros", "San Millán"]
FOOD = [("Pimiento del piquillo asado, lata 290 g", 10), ("Espárrago blanco extra 9/12, tarro 325 g", 10), ("Alcachofa de Tudela en corazones, lata 390 g", 10), ("Pochas riojanas cocidas, tarro 660 g", 10),
        ("Menestra de verduras, lata 1 kg", 10), ("Tomate triturado natural, lata 800 g", 4), ("Aceite de oliva virgen extra, garrafa 5 l", 4), ("Pimiento rojo en tiras, lata 3 kg hostelería", 10),
        ("Legumbre garbanzo cocido, tarro 540 g", 4), ("Champiñón laminado, lata 355 g", 10)]
HARD = ["Tornillo DIN 933 M{0} x {1} zincado, caja 100", "Tuerca DIN 934 M{0} zincada, caja 200", "Broca HSS-Co {0} mm, estuche 10", "Disco de corte inox 125 x 1,0 mm, caja 25", "Guante anticorte nivel {0}, par",
        "Electrodo rutilo {0} mm, paquete 5 kg", "Cinta americana {1} mm x 50 m", "Brida de nylon {1} x 4,8 mm, bolsa 100", "Llave combinada {1} mm cromo vanadio", "Silicona neutra transparente 300 ml"]


def lo_rows(rng, kind, n):
    out = []
    seen = set()
    while len(out) < n:
        if kind == "wine":
            w, h, y = rng.choice(WINES), rng.choice(HOUSES), rng.randint(2016, 2023)
            desc, per, rate = f"{h} {w} {y} D.O.Ca., 75 cl", rng.choice([6, 6, 12]), 21
            price = D(rng.randint(350, 2890)) / 100
        elif kind == "food":
            desc, rate = rng.choice(FOOD)
            per, price = rng.choice([6, 12, 24]), D(rng.randint(95, 1890)) / 100
        else:
            desc = rng.choice(HARD).format(rng.choice([6, 8, 10, 12]), rng.choice([19, 25, 30, 40, 50]))
            per, rate, price = 1, 21, D(rng.randint(180, 4990)) / 100
        if desc in seen:
            continue
        seen.add(desc)
        cajas = rng.randint(1, 12)
        qty = D(cajas * per)
        dto = rng.choice([0, 0, 0, 5, 10]) if kind != "food" else rng.choice([0, 0, 3])
        out.append({"code": f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}", "desc": desc, "cajas": cajas if per > 1 else None, "qty": qty, "price": price, "dto": dto,
                    "amount": q2(qty * price * (100 - dto) / 100), "rate": rate})
    return out


@style("09", "es_log_logrono_factura_iva_21_10_4_dto_totals_strip_two_pages")
def s09(rng, i):
    vname, (street, city), color, kind = LO_V[i]
    d = rand_date(rng)
    two = i in (1, 3)
    items = lo_rows(rng, kind, rng.randint(38, 44) if two else rng.randint(5, 9))
    rates = per_rate(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    vid = es_cif_id(rng, "A" if ", S.A." in vname else "B")
    tel = f"941 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    mail = "pedidos@" + unicodedata.normalize("NFKD", vname.split()[0] + vname.split()[1][:4]).encode("ascii", "ignore").decode().lower() + ".es"
    bnif = es_cif_id(rng, "A" if ", S.A." in LO_B[i][0] else "B")
    no = [f"FV{d.strftime('%y')}-{rng.randint(100, 999):05d}", f"A/{d.year}/{rng.randint(1000, 4999)}", f"{d.year}-{rng.randint(10000, 19999)}", f"FC{rng.randint(100000, 199999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "es")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    pago = ["Transferencia 30 días", "Contado – recibido", "Recibo domiciliado 60 días", "Transferencia 30 días fecha factura"][i]
    po = [None, f"PED-{rng.randint(1000, 9999)}", f"{rng.randint(4500000000, 4599999999)}", f"OC {rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    albaran = f"AL{d.strftime('%y')}/{rng.randint(1000, 9999)}"
    ib = iban_of(rng, "ES", 20, rng.choice(["2085", "2100", "0049", "3008"]))
    reg = f"Inscrita en el Registro Mercantil de La Rioja, Tomo {rng.randint(300, 999)}, Folio {rng.randint(1, 220)}, Hoja LO-{rng.randint(1000, 19999)}"
    cut = 33 if two else len(items)
    pages = [items[:cut], items[cut:]] if two else [items]
    page_sums = [sum(x["amount"] for x in p) for p in pages]
    bruto = {r: sum(q2(x["qty"] * x["price"]) for x in items if x["rate"] == r) for r, *_ in rates}
    facts = [("Factura nº", no), ("Fecha factura", fd(d)), ("Nº cliente", str(rng.randint(4300000, 4309999))), ("Albarán nº", albaran)]
    if po:
        facts.append(("Su pedido", po))
    facts.append(("Forma de pago", pago))
    if due:
        facts.append(("Vencimiento", fd(due)))

    def header(pdf, pg, npg):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 14, 10, vname, 14, "B", font="LSans", color=color)
        para(pdf, 14, 17, 95, f"CIF {vid}\n{street}\n{city}\nTel. {tel} · {mail}", 8.2, font="LSans", h=4)
        txt(pdf, 130, 10, "FACTURA", 18, "B", font="LSans", w=66, align="R")
        if pg == 0:
            y = 20
            for k, v in facts:
                txt(pdf, 130, y, k, 8.2, font="LSans", color=(90, 90, 90))
                txt(pdf, 158, y, v, 8.4, "B", font="LSans")
                y += 4.4
            pdf.set_draw_color(*color)
            pdf.rect(14, 46, 100, 26)
            txt(pdf, 16, 47.5, "CLIENTE", 7, "B", font="LSans", color=color)
            b = LO_B[i]
            para(pdf, 16, 51.5, 96, f"{b[0]}\nNIF {bnif}\n{b[1]}\n{b[2]}", 9, font="LSans", h=4.4)
        else:
            txt(pdf, 130, 20, f"Factura nº {no} · {fd(d)} (continuación)", 8.4, font="LSans", w=66, align="R")
        txt(pdf, 14, 287, f"Página {pg + 1} de {npg}", 7.4, font="LSans", color=(90, 90, 90))
        txt(pdf, 60, 287, reg, 6.6, font="LSans", color=(90, 90, 90))

    cols = [("Código", 14, "L"), ("Descripción", 83, "L"), ("Cajas", 11, "R"), ("Uds.", 12, "R"), ("Precio", 15, "R"), ("Dto. %", 12, "R"), ("IVA", 10, "R"), ("Importe", 25, "R")]

    def row(x):
        return [x["code"], x["desc"], str(x["cajas"]) if x["cajas"] else "", qstr(x["qty"]), de(x["price"]), de(D(x["dto"]), 0) if x["dto"] else "", f"{x['rate']}%", de(x["amount"])]

    def render(path):
        pdf = lfont(new_fpdf(creator="a3ERP"))
        npg = len(pages)
        for pg, rows_ in enumerate(pages):
            pdf.add_page()
            header(pdf, pg, npg)
            y = 80 if pg == 0 else 42
            if pg > 0:
                txt(pdf, 14, y, "Suma anterior", 8.4, "B", font="LSans")
                txt(pdf, 156, y, de(page_sums[0]), 8.4, "B", font="LSans", w=26, align="R")
                y += 6
            y = table(pdf, 14, y, cols, [row(x) for x in rows_], size=7.8, font="LSans", rowh=5.2, header_fill=(235, 235, 235), border_bottom=False, zebra=(247, 247, 247))
            pdf.set_draw_color(120, 120, 120)
            pdf.line(14, y, 196, y)
            if pg < npg - 1:
                txt(pdf, 110, y + 3, "Suma y sigue", 8.4, "B", font="LSans")
                txt(pdf, 156, y + 3, de(page_sums[0]), 8.4, "B", font="LSans", w=26, align="R")
                continue
            y = max(y + 8, 218)
            sc = [("Importe bruto", 32), ("Base imponible", 34), ("% IVA", 18), ("Cuota IVA", 30), ("Recargo eq.", 24), ("Total", 44)]
            x = 14
            pdf.set_fill_color(*color)
            pdf.rect(14, y, 182, 6, "F")
            for lab, w in sc:
                txt(pdf, x + 1, y + 1, lab, 7.8, "B", font="LSans", w=w - 2, align="R", color=(255, 255, 255))
                x += w
            y += 6.5
            for r, bse, t, g in rates:
                x = 14
                for (_lab, w), v in zip(sc, [de(bruto[r]), de(bse), f"{r}%", de(t), "0,00", de(g)], strict=True):
                    txt(pdf, x + 1, y + 0.6, v, 8.4, font="LSans", w=w - 2, align="R")
                    x += w
                y += 5
            pdf.set_draw_color(*color)
            pdf.line(14, y + 0.5, 196, y + 0.5)
            txt(pdf, 14, y + 2.5, f"Base imponible total {de(net)} € · Total cuota IVA {de(tax)} €", 8.4, font="LSans")
            txt(pdf, 120, y + 2, "TOTAL FACTURA", 11, "B", font="LSans", w=40)
            txt(pdf, 156, y + 2, de(total) + " €", 11, "B", font="LSans", w=40, align="R")
            y += 12
            pay = (f"Forma de pago: {pago}. Vencimiento {fd(due)}. IBAN {spaced(ib)}" if due else f"Forma de pago: {pago}. Factura pagada al contado en la entrega.")
            para(pdf, 14, y, 182, pay.rstrip(".") + f". Mercancía expedida según albarán {albaran}.", 8, font="LSans", h=4)
            qr_fpdf(pdf, rng, 14, 255, 22)
            para(pdf, 40, 258, 120, "QR tributario:\nFactura verificable en la sede electrónica de la AEAT\nVERI*FACTU", 7.6, font="LSans", h=4)
        pdf.output(path)

    notes = (
        "Logroño (La Rioja, Spain) FACTURA in Spanish with the facts as labels BESIDE their values at the top right, a table with zebra rows and no vertical rules, a box count (Cajas) and the units (Uds.) "
        "and a line DISCOUNT column (Dto. %: the amount is units x price less the discount), the totals in a coloured STRIP at the foot (Importe bruto before the line discounts: a decoy, Base imponible, % IVA, Cuota IVA, Recargo eq. 0,00, Total) per rate, "
        "IVA " + " / ".join(f"{r} %" for r, *_ in rates) + ", '1.234,56 €'" + (", over TWO PAGES ('Suma y sigue' at the foot of page 1, 'Suma anterior' at the head of page 2, 'Página x de 2')" if two else "")
        + ": vendor = the name at the top; vendor_tax_id = 'CIF' under it (the customer's NIF, the Registro Mercantil data, the albarán and the IBAN are decoys). "
        "invoice_number = 'Factura nº'; invoice_date = 'Fecha factura'. "
        + due_note(due, "Contado – recibido", "Vencimiento") + po_note(po, "Su pedido")
        + "subtotal = 'Base imponible total'; tax = 'Total cuota IVA'; total = 'TOTAL FACTURA'. Currency EUR. Line items: every row (quantity = the Uds. column, not the Cajas), amounts after the line discount."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL FACTURA", fd(due) if due else None, bnif, albaran, "Suma y sigue" if two else None, "Página 2 de 2" if two else None]}
    return t, chk, render


# =========================================================================== 10 Duluth (sales tax, USD), utility-style bill, totals top, labels at the line's end
DU_V = [  # (name, address, colour, rows (desc, unit, qlo, qhi, lo, hi))
    ("Zenith City Waste & Recycling, Inc.", ("4120 W Michigan St", "Duluth, MN 55807"), (30, 100, 60), [
        ("8 yd front-load dumpster service, 2x weekly", "mo", 1, 1, 289, 465), ("Extra pickup, 8 yd container", "ea", 1, 4, 65, 95), ("Single-stream recycling, 6 yd, weekly", "mo", 1, 1, 118, 189),
        ("Container rental, 4 yd", "mo", 1, 2, 28, 45), ("Fuel & environmental recovery fee", "ea", 1, 1, 24, 58)]),
    ("Lakehead Linen & Uniform LLC", ("301 Garfield Ave", "Duluth, MN 55802"), (20, 60, 130), [
        ("Uniform rental, per wearer per week", "wearer-wk", 4, 40, 6, 11), ("Entrance mat rental 3x5 ft, weekly exchange", "wk", 4, 16, 4, 8), ("Shop towel service, 100 ct", "wk", 4, 12, 9, 15),
        ("Restroom paper supplies", "cs", 1, 6, 38, 64), ("Route service charge", "ea", 1, 1, 12, 24)]),
    ("Arrowhead Water Conditioning Co.", ("5601 Grand Ave", "Duluth, MN 55807"), (0, 110, 150), [
        ("Commercial water softener rental, 2 ft³", "mo", 1, 1, 45, 79), ("Solar salt delivery, 40 lb bag", "bag", 4, 24, 9, 13), ("Reverse osmosis system rental", "mo", 1, 1, 35, 59),
        ("Sediment filter cartridge 10 in", "ea", 2, 12, 9, 16), ("Service call, filter change", "ea", 1, 1, 85, 145)]),
    ("Lake Superior Propane & Heating Co.", ("2929 Hwy 61", "Duluth, MN 55804"), (160, 60, 20), [
        ("Forklift cylinder exchange, 33 lb", "cyl", 2, 16, 32, 46), ("Propane tank rental, 500 gal", "mo", 1, 1, 12, 25), ("Heater service labor", "hr", 1, 4, 98, 135),
        ("Thermocouple replacement part", "ea", 1, 2, 18, 39), ("Hazmat delivery fee", "ea", 1, 1, 15, 35)]),
]
DU_B = [("Canal Park Brewing Company", "300 Canal Park Dr", "Duluth, MN 55802"), ("Lakewalk Dental Group PA", "1000 E 1st St", "Duluth, MN 55805"),
        ("Hillside Fitness LLC", "1420 E 4th St", "Duluth, MN 55812"), ("Harbor City Pallet Co.", "5310 Ramsey St", "Duluth, MN 55807")]
STATE, LOCAL = D("6.875"), D("1.5")


@style("10", "us_dul_duluth_utility_bill_sales_tax_totals_top_label_eol_stub")
def s10(rng, i):
    vname, (street, city), color, cat = DU_V[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(cat, [4, 3, 5, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    st, lt = q2(net * STATE / 100), q2(net * LOCAL / 100)
    tax = st + lt
    total = net + tax
    acct = f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
    no = [f"{rng.randint(100000, 999999)}", f"LLU-{d.strftime('%y%m')}-{rng.randint(1000, 9999)}", f"{rng.randint(2000000, 2999999)}", f"INV{rng.randint(50000, 59999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), us_date, lambda x: x.strftime("%m/%d/%Y"), us_date][i]
    due = d + dt.timedelta(days=rng.choice([15, 20, 25, 30]))
    po = [None, f"PO {rng.randint(1000, 9999)}", None, f"{rng.randint(10000, 29999)}"][i]
    po_v = po.replace("PO ", "") if po else None
    vid = ein.format(valid_ein(rng)) if i == 3 else None
    prev = q2(D(rng.randint(8000, 90000)) / 100)
    past_due = prev if i == 1 else D(0)
    amount_due = total + past_due
    per_start = d - dt.timedelta(days=rng.choice([28, 30, 31]))
    per_end = d - dt.timedelta(days=1)
    scan = f"{acct.replace('-', '')} {no.replace('-', '').replace('LLU', '').replace('INV', '')[:9]} {int(amount_due * 100):010d} {rng.randint(0, 9)}"
    eol = [("Please refer to this number whenever you contact us:", "Account Number", acct), ("This statement of charges was issued to you as", "Invoice No.", no),
           ("The charges below were billed on this", "Bill Date", fd(d)), ("Services provided during the", "Service Period", f"{per_start.strftime('%m/%d/%y')} - {per_end.strftime('%m/%d/%y')}")]
    if po:
        eol.append(("Billed against your purchase order on file with us,", "P.O. Number", po_v))

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="QuickBooks Desktop")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.ellipse(14, 11, 13, 13, "F")
        txt(pdf, 16.2, 14.6, vname[0], 14, "B", color=(255, 255, 255))
        txt(pdf, 30, 11, vname, 13.5, "B", color=color)
        para(pdf, 30, 17.5, 95, f"{street}\n{city}\n(218) {rng.randint(200, 899)}-{digits(rng, 4)} · billing@{vname.split()[0].lower()}{vname.split()[1].lower()}.com"
             + (f"\nFederal Tax ID (EIN) {vid}" if vid else ""), 8, h=4)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(136, 10, 66, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 139, 12, "TOTAL AMOUNT DUE", 8, "B", color=color)
        txt(pdf, 139, 16.5, "$" + en(amount_due), 19, "B")
        txt(pdf, 139, 27, "PAYMENT DUE DATE", 8, "B", color=color)
        txt(pdf, 139, 31.5, fd(due), 11.5, "B")
        y = 48
        b = DU_B[i]
        para(pdf, 14, y, 80, f"SERVICE ADDRESS / BILL TO\n{b[0]}\n{b[1]}\n{b[2]}", 8.8, h=4.6)
        yy = 46
        for sentence, label, value in eol:
            pdf.set_font("DV", "", 7.2)
            w1 = pdf.get_string_width(sentence + " ")
            txt(pdf, 104, yy, sentence, 7.2, color=(100, 100, 100))
            txt(pdf, 104 + w1, yy, label, 7.4, "B")
            txt(pdf, 110, yy + 3.6, value, 9.4, "B", font="Mono")
            yy += 9.4
        y = max(yy, 72) + 4
        pdf.set_fill_color(236, 240, 236)
        pdf.rect(14, y, 92, 7, "F")
        txt(pdf, 16, y + 1.5, "ACCOUNT SUMMARY", 8.4, "B", color=color)
        summ = [("Previous balance", en(prev)), ((f"Payment received {(d - dt.timedelta(days=rng.randint(8, 20))).strftime('%m/%d')} - thank you" if i != 1 else "Payments received"), ("-" + en(prev)) if i != 1 else "0.00"),
                ("Past due balance" if i == 1 else "Balance forward", en(past_due)), ("Current charges", en(total)), ("Total amount due", en(amount_due))]
        ys = y + 9
        for k, (lab, val) in enumerate(summ):
            bold = k == len(summ) - 1
            if bold:
                pdf.line(16, ys - 0.8, 104, ys - 0.8)
            txt(pdf, 16, ys, lab, 8.4, "B" if bold else "")
            txt(pdf, 70, ys, "$" + val if not val.startswith("-") else "-$" + val[1:], 8.4, "B" if bold else "", w=34, align="R")
            ys += 5.2
        msg = ("Your account is PAST DUE. Please remit the past due balance immediately to avoid a late fee of 1.5% per month and interruption of service." if i == 1
               else "Thank you for your business! Sign up for AutoPay and paperless billing on our customer portal and never miss a due date.")
        pdf.rect(112, y, 90, 7, "F")
        txt(pdf, 114, y + 1.5, "MESSAGES", 8.4, "B", color=color)
        para(pdf, 114, y + 9, 86, msg, 8, h=4.1)
        y = ys + 6
        pdf.rect(14, y, 188, 7, "F")
        txt(pdf, 16, y + 1.5, "CURRENT CHARGES", 8.4, "B", color=color)
        cols = [("Description", 94, "L"), ("Qty", 16, "R"), ("Unit", 16, "L"), ("Rate", 28, "R"), ("Amount", 34, "R")]
        y = table(pdf, 14, y + 8, cols, [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items], size=8.4, rowh=5.6, line_color=(210, 210, 210))
        y += 2
        for lab, val, bold in (("Subtotal", en(net), False), (f"Minnesota state sales tax {STATE}%", en(st), False), (f"Local sales tax {LOCAL}%", en(lt), False),
                               ("Total sales tax", en(tax), False), ("Total current charges", en(total), True)):
            txt(pdf, 110, y, lab, 8.4, "B" if bold else "")
            txt(pdf, 168, y, "$" + val, 8.4, "B" if bold else "", w=34, align="R")
            y += 5
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(10, 214, 206, 214)
        pdf.set_dash_pattern()
        txt(pdf, 14, 215.5, "✂  Please detach and return this portion with your payment. Make checks payable to " + vname + ".", 7.2, color=(90, 90, 90))
        txt(pdf, 14, 222, vname, 10, "B", color=color)
        para(pdf, 14, 227.5, 80, f"REMIT TO:\nP.O. Box {rng.randint(1000, 16999)}\nDuluth, MN 558{rng.randint(1, 16):02d}-{digits(rng, 4)}", 8.4, h=4.3)
        pdf.set_draw_color(0, 0, 0)
        sx = 112
        for k, (lab, val) in enumerate((("Account Number", acct), ("Invoice No.", no), ("Due Date", fd(due)), ("Amount Due", "$" + en(amount_due)), ("Amount Enclosed", "$"))):
            pdf.rect(sx, 222 + k * 7, 40, 7)
            pdf.rect(sx + 40, 222 + k * 7, 50, 7)
            txt(pdf, sx + 1.5, 223.6 + k * 7, lab, 7.8)
            txt(pdf, sx + 41.5, 223.4 + k * 7, val, 8.6, "B")
        para(pdf, 14, 246, 80, f"{b[0]}\n{b[1]}\n{b[2]}", 8.4, h=4.3)
        txt(pdf, 14, 262, scan, 10.5, font="Mono")
        pdf.output(path)

    notes = (
        "Duluth (Minnesota, USA) utility-style BILL in US English: the TOTAL AMOUNT DUE and the PAYMENT DUE DATE in a box at the TOP right, the facts as lines of text whose LABEL stands at the END of the line "
        "and whose value is on the NEXT line (Account Number, Invoice No., Bill Date, Service Period" + (", P.O. Number" if po else "") + "), an account summary (previous balance, payments, "
        + ("past due balance" if i == 1 else "balance forward") + ", current charges, total amount due), a current-charges table with Minnesota state and local sales tax, a remittance stub at the foot: "
        "vendor = the name at the top; vendor_tax_id = " + (f"'Federal Tax ID (EIN)' {vid} under the address" if vid else "none printed (null)") + " (the account number and the stub's scan line are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Bill Date' (the service period is a decoy). " + due_note(due, None, "PAYMENT DUE DATE / Due Date") + po_note(po_v, "P.O. Number")
        + "subtotal = 'Subtotal'; tax = 'Total sales tax' (state and local rows are its parts); total = 'Total current charges'"
        + (" (the 'TOTAL AMOUNT DUE' at the top and on the stub adds a past due balance: a decoy)" if i == 1 else " (equal to the amount due, the previous balance having been paid)")
        + ". Currency USD. Line items: every current charge."
    )
    t = truth(vname, vid, no, po_v, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, fd(due), acct, "Total current charges", en(amount_due) if i == 1 else None]}
    return t, chk, render


def valid_ein(rng):
    while True:
        s = f"{rng.choice(['41', '27', '45', '46'])}{digits(rng, 7)}"
        if ein.is_valid(s):
            return s
