"""fpdf2 styles for set 14, part B (01 Andorran factura rectificativa in Catalan that corrects an earlier invoice
with price differences and undelivered units, IGI 4,5 % and the earlier invoice's figures beside it, 10 Venezuelan
industrial laundry factura priced per kilo by week with IVA 16 %, a control number and the printer's footer)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    de,
    digits,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import MONTHS, para
from kit_words import es_words
from stdnum.ad import nrt as _nrt
from stdnum.ve import rif as _rif

STYLES, style = style_registry("fpdf2")


# =========================================================================== 01 Andorran factura rectificativa (Catalan, NRT, IGI 4,5 %)
AD_V = [
    ("Distribucions Pirineu, SL", "Av. Meritxell, 84, AD500 Andorra la Vella", "L", (0, 70, 130)),
    ("Begudes i Alimentació Valira, SA", "Carretera de la Comella, 12, AD500 Andorra la Vella", "A", (130, 20, 40)),
    ("Subministraments Hotelers d'Ordino, SL", "Carrer Major, 7, AD300 Ordino", "L", (30, 100, 60)),
    ("Ferreteria i Construcció del Pas, SL", "Av. del Consell General, 3, AD200 Encamp", "L", (110, 70, 20)),
]
AD_B = [("Hotel Font de la Neu, SA", "Arinsal, AD400 La Massana"), ("Restaurant Can Bernat, SL", "Av. Carlemany, 40, AD700 Escaldes-Engordany"),
        ("Apartaments Sorteny, SL", "Llorts, AD300 Ordino"), ("Construccions Casamanya, SA", "Av. François Mitterrand, 9, AD200 Encamp")]
AD_PROD = [
    ["Oli d'oliva verge extra 5 l", "Farina de blat T-55, sac 25 kg", "Cafè en gra 1 kg", "Llet sencera 1 l (caixa 6 u.)", "Formatge de tupí 500 g"],
    ["Vi negre DO Priorat 75 cl", "Aigua mineral d'Andorra 1,5 l (pack 6)", "Cervesa artesana 33 cl (caixa 24)", "Cava brut nature 75 cl", "Suc de taronja 1 l"],
    ["Llençols 150 x 270 cm", "Tovallola de bany 500 g/m²", "Gel de dutxa dosificador 5 l", "Paper higiènic industrial (paquet 12)", "Càpsules de cafè (capsa 100)"],
    ["Ciment gris CEM II 25 kg", "Cargol d'acer inox. 6 x 60 (capsa 200)", "Placa de guix laminat 13 mm", "Perfil d'alumini 3 m", "Silicona neutra 300 ml"],
]


@style("01", "ad_factura_rectificativa_igi")
def s01(rng, i):
    vname, vaddr, letter, color = AD_V[i]
    bname, baddr = AD_B[i]
    d = rand_date(rng)
    orig_d = d - dt.timedelta(days=rng.randint(6, 40))
    prods = rng.sample(AD_PROD[i], rng.randint(2, 4))
    items = []
    for k, p in enumerate(prods):
        if k % 2 == 0:
            q = D(rng.randint(6, 120))
            old = D(rng.randint(150, 4500)) / 100
            diff = exact_price(rng, q, D("0.05"), D("2.50"))
            items.append({"desc": f"Diferència de preu – {p} (preu facturat {de(old)} €, preu de tarifa {de(old + diff)} €)", "qty": q, "price": diff, "amount": q2(q * diff)})
        else:
            q = D(rng.randint(2, 48))
            pr = exact_price(rng, q, D("1.20"), D("60.00"))
            items.append({"desc": f"Unitats lliurades no facturades – {p} (albarà AL-{rng.randint(1000, 9999)})", "qty": q, "price": pr, "amount": q2(q * pr)})
    if i == 3:
        p = rng.choice([x for x in AD_PROD[i] if x not in prods])
        q = D(rng.randint(1, 6))
        pr = exact_price(rng, q, D("2.00"), D("9.00"))
        items.append({"desc": f"Devolució – {p}, unitats en mal estat", "qty": -q, "price": pr, "amount": -q2(q * pr)})
    net = sum(it["amount"] for it in items)
    if net <= 0:
        items[0]["qty"] += 50
        items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
        net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.045"))
    total = net + tax
    nrt = valid(rng, lambda: letter + digits(rng, 6) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), _nrt.is_valid)
    nrt_f = _nrt.format(nrt)
    b_nrt = _nrt.format(valid(rng, lambda: rng.choice("AL") + digits(rng, 6) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), _nrt.is_valid))
    no = [f"R-{d.year}-{rng.randint(1, 99):04d}", f"FR{str(d.year)[2:]}/{rng.randint(10, 999)}", f"RECT-{rng.randint(100, 999)}", f"R{d.year}{rng.randint(100, 999)}"][i]
    orig_no = [f"F-{d.year}-{rng.randint(100, 999):04d}", f"FA{str(d.year)[2:]}/{rng.randint(1000, 4999)}", f"{rng.randint(1000, 9999)}", f"F{d.year}{rng.randint(1000, 2999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['ca_de'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    po = [f"CMD-{rng.randint(1000, 9999)}", None, f"AS/{rng.randint(100, 999)}", None][i]
    orig_base = q2(D(rng.randint(80000, 900000)) / 100)
    orig_tax = q2(orig_base * D("0.045"))
    ib = iban("AD", rng.choice(["0001", "0003", "0004", "0006"]) + rng.choice(["2010", "1001", "4100"]) + digits(rng, 12))
    money = lambda x: de(x)  # noqa: E731
    reason = ["aplicació de la tarifa vigent i unitats lliurades no incloses a la factura original", "preus de la tarifa d'estiu no aplicats", "error en els preus unitaris i en les quantitats", "preus i quantitats segons albarans signats; devolució de material defectuós"][i]

    def render(path):
        pdf = new_fpdf(creator="Factusol Andorra")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", "Serif", color=color)
        txt(pdf, 14, 19, vaddr + " · Principat d'Andorra", 7.8, "", "DV")
        txt(pdf, 14, 23, f"Tel. +376 {digits(rng, 6)} · administracio@{vname.split()[0].lower()}.ad", 7.8, "", "DV")
        txt(pdf, 14, 27, f"NRT: {nrt_f} · Registre de Comerç núm. {rng.randint(900000, 999999)}{rng.choice('ABCDEFGH')}", 7.8, "B", "DV")
        pdf.set_fill_color(*color)
        pdf.rect(120, 34, 78, 9, "F")
        txt(pdf, 122, 36, "FACTURA RECTIFICATIVA", 11, "B", "DV", color=(255, 255, 255))
        meta = [("Núm. factura:", no), ("Data d'emissió:", fd(d)), ("Factura rectificada:", f"{orig_no} de {fd(orig_d)}")]
        if po:
            meta.append(("Comanda client:", po))
        meta.append(("Venciment:", fd(due)) if due else ("Forma de pagament:", "domiciliació bancària" if i == 3 else "a compte de la propera liquidació"))
        y = 46
        for a, b in meta:
            txt(pdf, 122, y, a, 7.6, "", "DV")
            txt(pdf, 152, y, b, 7.6, "B", "DV")
            y += 4.4
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(14, 34, 96, 26)
        txt(pdf, 16, 36, "Client", 7, "", "DV", color=(100, 100, 100))
        txt(pdf, 16, 40, bname, 9, "B", "DV")
        txt(pdf, 16, 45, baddr, 7.6, "", "DV")
        txt(pdf, 16, 49.5, f"NRT client: {b_nrt}", 7.6, "", "DV")
        txt(pdf, 16, 54, f"Codi client: {rng.randint(4300000, 4309999)}", 7.6, "", "DV")
        y = para(pdf, 14, 70, 184, f"Motiu de la rectificació: {reason}. Aquesta factura rectifica la factura núm. {orig_no} de data {fd(orig_d)} (data de l'operació) i només inclou les diferències.", 7.6)
        cols = [("Concepte", 112, "L"), ("Quantitat", 20, "R"), ("Preu (€)", 24, "R"), ("Import (€)", 28, "R")]
        rows = [[it["desc"], qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 14, y + 3, cols, rows, size=7.2, font="DVC", rowh=6.0, header_fill=(235, 235, 235), line_color=(190, 190, 190))
        y += 4
        for a, b, bold in (("Base de tributació (diferència)", money(net), False), ("IGI 4,5 %", money(tax), False), ("TOTAL FACTURA RECTIFICATIVA", f"{money(total)} €", True)):
            txt(pdf, 104, y, a, 8.2, "B" if bold else "", "DV")
            txt(pdf, 166, y, b, 8.2, "B" if bold else "", "DV", "R", 32)
            y += 5.2
        y += 4
        pdf.set_fill_color(246, 246, 246)
        pdf.rect(14, y, 184, 22, "F")
        txt(pdf, 16, y + 2, "Resum de la rectificació (informatiu)", 7.6, "B", "DV")
        hdr = ["", "Base", "IGI 4,5 %", "Total"]
        data = [("Factura original " + orig_no, orig_base, orig_tax), ("Aquesta rectificació", net, tax), ("Import rectificat resultant", orig_base + net, orig_tax + tax)]
        for k, h in enumerate(hdr):
            txt(pdf, 16 + (0 if k == 0 else 70 + 36 * (k - 1)), y + 6.5, h, 7, "B", "DV")
        yy = y + 10.5
        for lab, b, t_ in data:
            txt(pdf, 16, yy, lab, 7, "", "DV")
            for k, v in enumerate((b, t_, b + t_)):
                txt(pdf, 86 + 36 * k, yy, money(v), 7, "", "DV", "R", 30)
            yy += 3.8
        y += 28
        y = para(pdf, 14, y, 184, f"Pagament: {rng.choice(['Andbank', 'Crèdit Andorrà', 'MoraBanc'])} – IBAN {iban_fmt(ib)}. Impost General Indirecte (IGI) segons la Llei 11/2012.", 7.2)
        para(pdf, 14, 282, 184, f"{vname} · NRT {nrt_f} · Pàgina 1 de 1", 6.5, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Andorran FACTURA RECTIFICATIVA in Catalan (a correction invoice that bills only the differences; document type stays invoice): vendor = the legal name at the top; vendor tax id = 'NRT' as printed "
        "with its hyphens (python-stdnum validates it); the client's NRT, the trade register number, the client code, delivery notes and IBAN are decoys. invoice_number = 'Núm. factura'; the rectified "
        "invoice's number and date ('Factura rectificada', also in the reason sentence and the summary box) are decoys. invoice_date = \"Data d'emissió\" ("
        + ["dd/mm/yyyy", "'12 de març de 2026'", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Venciment'. " if due else "'" + ("domiciliació bancària" if i == 3 else "a compte de la propera liquidació") + "' is a term: no due date (null). ")
        + (f"PO = 'Comanda client' {po}. " if po else "No PO. ")
        + "subtotal = 'Base de tributació (diferència)'; tax = 'IGI 4,5 %'; total = 'TOTAL FACTURA RECTIFICATIVA'; the summary box (original invoice, the resulting rectified amounts) is a decoy. "
        "Currency EUR ('€'). Amounts '1.234,56'; old and new unit prices in the descriptions are decoys. Line items: every row (amount = 'Import (€)', the price difference x quantity or the units not billed"
        + ("; the returned units are a negative row with a negative quantity" if i == 3 else "") + "; quantity 'Quantitat')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nrt_f, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nrt_f, no, po, vname, "€"], render


# =========================================================================== 10 Venezuelan industrial laundry factura (RIF, kg by week, IVA 16 %, N° de control)
VE_V = [
    ("Lavandería Industrial El Ávila, C.A.", "Av. Principal de La Urbina, Galpón 14, Caracas 1073, Miranda"),
    ("Servilav Zulia, C.A.", "Zona Industrial Norte, Calle 148 con Av. 62, Maracaibo, Zulia"),
    ("Lavanderías Clínicas de Oriente, C.A.", "Av. Intercomunal Jorge Rodríguez, Local 7, Barcelona, Anzoátegui"),
    ("Textil Limpio Los Andes, C.A.", "Av. Las Américas, Sector Glorias Patrias, Mérida, Mérida"),
]
VE_B = [("Hotel Gran Meliá Altamira, C.A.", "J"), ("Clínica Paraíso Maracaibo, C.A.", "J"), ("Hospital Universitario Dr. Luis Razetti", "G"), ("Posada Sierra Nevada, S.R.L.", "J")]
VE_CAT = ["Ropa de cama (sábanas, fundas)", "Toallas y lencería de baño", "Uniformes y batas quirúrgicas", "Mantelería y servilletas", "Cobijas y edredones"]


def rif_fmt(r):
    return f"{r[0]}-{r[1:9]}-{r[9]}"


@style("10", "ve_lavanderia_industrial_kg")
def s10(rng, i):
    vname, vaddr = VE_V[i]
    bname, btype = VE_B[i]
    d = rand_date(rng)
    weeks = rng.randint(2, 4)
    start = d - dt.timedelta(days=7 * weeks + rng.randint(0, 3))
    cats = rng.sample(VE_CAT, rng.randint(1, 2))
    prices = {c: None for c in cats}
    items = []
    for w in range(weeks):
        ws = start + dt.timedelta(days=7 * w)
        we = ws + dt.timedelta(days=6)
        for c in cats:
            q = D(rng.randint(800, 9000)) / 10
            p = prices[c]
            if p is None or q * p != q2(q * p):
                p = exact_price(rng, q, D("28.00"), D("96.00"), D("0.02"))
                prices[c] = prices[c] or p
            items.append({"desc": f"{c} – semana {w + 1} ({ws.strftime('%d/%m')} al {we.strftime('%d/%m/%Y')})", "qty": q, "price": p, "amount": q2(q * p), "unit": "kg"})
    if rng.random() < 0.6:
        q = D(rng.randint(100, 900)) / 10
        p = exact_price(rng, q, D("12.00"), D("30.00"), D("0.02"))
        items.append({"desc": "Recargo servicio urgente (entrega 24 h)", "qty": q, "price": p, "amount": q2(q * p), "unit": "kg"})
    if rng.random() < 0.5:
        q = D(rng.randint(4, 30))
        p = exact_price(rng, q, D("180.00"), D("420.00"))
        items.append({"desc": "Reposición de bolsas de lona para ropa sucia", "qty": q, "price": p, "amount": q2(q * p), "unit": "und"})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    rif = valid(rng, lambda: "J" + digits(rng, 9), _rif.is_valid)
    b_rif = valid(rng, lambda: btype + digits(rng, 9), _rif.is_valid)
    imp_rif = valid(rng, lambda: "J" + digits(rng, 9), _rif.is_valid)
    no = f"{rng.randint(1, 99999):08d}"
    control = f"00-{rng.randint(10001, 14999):08d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[15, 30, 0, 30][i]) if i != 2 else None
    po = [None, f"OC-{rng.randint(10000, 99999)}", None, f"O/C {rng.randint(100, 999)}-{d.year}"][i]
    tasa = D(rng.randint(365000, 398000)) / 10000
    money = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Sistema Administrativo Profit Plus")
        pdf.add_page()
        txt(pdf, 14, 11, vname, 13, "B", "DV", color=(0, 60, 110))
        txt(pdf, 14, 17.5, f"RIF: {rif_fmt(rif)}", 9, "B", "DV")
        para(pdf, 14, 22, 110, f"Domicilio fiscal: {vaddr}. Telf. (0{rng.choice(['212', '261', '281', '274'])}) {digits(rng, 3)}.{digits(rng, 2)}.{digits(rng, 2)}", 7.4)
        txt(pdf, 140, 11, "FACTURA", 14, "B", "DV")
        kv = [("Factura N°:", no), ("N° de Control:", control), ("Fecha de emisión:", fd(d))]
        if due:
            kv.append(("Fecha de vencimiento:", fd(due)))
        else:
            kv.append(("Condición de pago:", "Contado"))
        if po:
            kv.append(("Orden de compra:", po))
        y = 19
        for a, b in kv:
            txt(pdf, 140, y, a, 7.6, "", "DV")
            txt(pdf, 172, y, b, 7.6, "B", "DV")
            y += 4.3
        pdf.set_draw_color(0, 60, 110)
        pdf.rect(14, 44, 184, 18)
        txt(pdf, 16, 46, "Nombre o razón social:", 7.4, "", "DV")
        txt(pdf, 52, 46, bname, 7.8, "B", "DV")
        txt(pdf, 16, 50.5, "RIF / C.I.:", 7.4, "", "DV")
        txt(pdf, 52, 50.5, rif_fmt(b_rif), 7.8, "", "DV")
        txt(pdf, 16, 55, "Dirección:", 7.4, "", "DV")
        txt(pdf, 52, 55, rng.choice(["Av. Francisco de Miranda, Caracas", "Av. 5 de Julio, Maracaibo", "Av. Costanera, Barcelona", "Sector La Culata, Mérida"]), 7.4, "", "DV")
        txt(pdf, 140, 50.5, f"Contrato de servicio: CS-{rng.randint(100, 999)}", 7.4, "", "DV")
        txt(pdf, 140, 55, f"Período: {start.strftime('%d/%m/%Y')} al {(start + dt.timedelta(days=7 * weeks - 1)).strftime('%d/%m/%Y')}", 7.4, "", "DV")
        cols = [("Descripción del servicio", 100, "L"), ("Unid.", 12, "C"), ("Cantidad", 20, "R"), ("Precio Bs.", 24, "R"), ("Total Bs.", 28, "R")]
        rows = [[it["desc"], it["unit"], de(it["qty"], 1) if it["unit"] == "kg" else qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 14, 67, cols, rows, size=7.2, font="DV", rowh=5.6, header_fill=(0, 60, 110), header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 3
        for a, b, bold in (("Sub-total", money(net), False), ("Base imponible alícuota general", money(net), False), ("Exento", "0,00", False), ("IVA 16 % sobre " + money(net), money(tax), False), ("TOTAL A PAGAR Bs.", money(total), True)):
            txt(pdf, 100, y, a, 7.8, "B" if bold else "", "DV", "R", 66)
            txt(pdf, 168, y, b, 7.8, "B" if bold else "", "DV", "R", 30)
            y += 4.8
        y = para(pdf, 14, y + 2, 184, f"Son: {es_words(int(total)).capitalize()} bolívares con {int((total % 1) * 100):02d}/100 céntimos.", 7.6, "I")
        y = para(pdf, 14, y + 2, 184, f"Equivalente referencial: US$ {money(q2(total / tasa))} a la tasa BCV de Bs. {de(tasa, 4)} por US$ del {fd(d)}. El IGTF (3 %) se causa solo si el pago se realiza en divisas y no está incluido en esta factura.", 7.0, color=(70, 70, 70))
        y = para(pdf, 14, y + 2, 184, f"Kilos pesados a la recepción en presencia del personal del cliente; los comprobantes de peso semanales están a su disposición. Pagos: {rng.choice(['Banesco', 'Banco de Venezuela', 'Mercantil', 'BNC'])} cta. corriente 0{digits(rng, 19)}.", 7.0)
        txt(pdf, 14, 256, "__________________________", 8, "", "DV")
        txt(pdf, 14, 261, "Recibido conforme (cliente)", 7, "", "DV")
        para(pdf, 14, 268, 184, f"Imprenta autorizada: Gráficas Tepuy, C.A. RIF {rif_fmt(imp_rif)} · Providencia Administrativa SENIAT/INTI/{rng.randint(100, 999)} de fecha {(d - dt.timedelta(days=rng.randint(400, 2000))).strftime('%d/%m/%Y')} · "
             f"N° de Control desde 00-00010001 hasta 00-00015000 · Fecha de elaboración {(d - dt.timedelta(days=rng.randint(30, 200))).strftime('%d/%m/%Y')} · ORIGINAL", 6.3, color=(90, 90, 90), h=3.2, align="C")
        pdf.output(path)

    notes = (
        "Venezuelan industrial laundry FACTURA priced per kilo by week: vendor = the legal name (C.A.) at the top; vendor tax id = 'RIF' as printed with its hyphens (valid check digit, python-stdnum); "
        "the client's RIF, the printer's RIF in the footer, the service contract and the bank account are decoys. invoice_number = 'Factura N°' (8 digits); the 'N° de Control' (00-…) and the printer's control range are decoys. "
        "invoice_date = 'Fecha de emisión' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the service period, week dates in the rows, the providencia and printing dates are decoys. "
        + ("due = 'Fecha de vencimiento'. " if due else "'Contado': no due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Sub-total' (= 'Base imponible alícuota general'); tax = 'IVA 16 % sobre …'; total = 'TOTAL A PAGAR Bs.'; the US$ reference equivalent is a decoy. Currency VES ('Bs.', bolívares). "
        "Amounts '1.234,56'; kilos printed with one decimal ('412,5'). The amount in words repeats the total. Line items: every row (amount = 'Total Bs.'; quantity 'Cantidad': kg, or units)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=rif_fmt(rif), invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="VES", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, rif_fmt(rif), no, po, vname, "Bs."], render
