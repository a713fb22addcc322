"""fpdf2 styles for set 70, first part (06 Cosenza FATTURA DIFFERITA in Italian whose rows are grouped under their
delivery notes (DDT), a FULLY RULED table with a discount column, IVA 22 / 10 / 4 % in a ruled summary, the payment's
instalment dates, one document over TWO PAGES; 07 Huelva FACTURA in Spanish on a LANDSCAPE page of fruit priced by the
kilo, a table WITHOUT RULES, the TOTALS at the LEFT, IVA 4 / 10 / 21 %; 08 Pogradec FATURË as a BUSINESS LETTER in
Albanian with the facts in RUNNING SENTENCES, TVSH 20 %, whole lekë and the total in WORDS)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, group4, long_date, rand_iban, sq_words
from invoice_kit import de, digits, lfont, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, lines, para, po_note, truth, wrap
from stdnum.al import nipt
from stdnum.es import cif
from stdnum.it import codicefiscale, iva

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Cosenza (IVA 22/10/4, EUR), fattura differita by DDT, ruled, sconto, two pages
CS_V = [
    ("Sapori della Sila S.r.l.", "Via Popilia 218, 87100 Cosenza (CS)", (127, 29, 29)),
    ("Ferramenta Crati di Gencarelli & C. S.n.c.", "Viale della Repubblica 61, 87100 Cosenza (CS)", (55, 65, 81)),
    ("Bruzia Cash & Carry Ingrosso S.p.A.", "Contrada Ortomatera snc, 87100 Cosenza (CS)", (30, 64, 175)),
    ("Caseificio Valle del Savuto S.r.l.", "Via degli Stadi 9, 87100 Cosenza (CS)", (21, 128, 61)),
]
CS_B = [
    ("Ristorante La Tavernetta di Rende S.r.l.", "Via Rossini 14, 87036 Rende (CS)"),
    ("Impresa Edile Morrone Costruzioni S.r.l.", "Via Marconi 33, 87040 Castrolibero (CS)"),
    ("Hotel Centrale Paola S.r.l.", "Corso Garibaldi 120, 87027 Paola (CS)"),
    ("Salumeria Del Corso di Perri Antonio", "Corso Mazzini 201, 87100 Cosenza (CS)"),
]
CS_ROWS = [
    ("SIL101", "'Nduja di Spilinga vasetto 180 g", "pz", 6, 60, 3.9, 7.8, 10), ("SIL118", "Soppressata calabrese piccante", "kg", 2, 20, 16, 26, 10),
    ("SIL204", "Olio extravergine Sila DOP lt 1", "lt", 6, 60, 9.5, 15.8, 4), ("SIL310", "Pasta fileja trafilata al bronzo 500 g", "pz", 10, 120, 1.6, 3.2, 4),
    ("BRZ011", "Acqua minerale Sila naturale 1,5 lt x 6", "cf", 10, 200, 1.8, 3.4, 22), ("BRZ077", "Birra artigianale Cosentina 33 cl x 24", "ct", 2, 40, 28, 46, 22),
    ("BRZ092", "Vino rosso Savuto DOC 0,75 lt", "bt", 6, 120, 5.2, 11.8, 22), ("BRZ140", "Amaro del Capo 70 cl", "bt", 6, 60, 9.8, 14.6, 22),
    ("FER210", "Tassello nylon 10 mm conf. 100", "cf", 2, 40, 5.4, 9.9, 22), ("FER330", "Cemento tecnico 25 kg", "sc", 5, 80, 6.5, 9.8, 22),
    ("FER402", "Guanti da lavoro in nitrile, paio", "pa", 10, 120, 1.1, 2.4, 22), ("FER515", "Vernice smalto bianco lt 2,5", "lt", 2, 30, 18, 32, 22),
    ("CAS001", "Caciocavallo silano DOP kg", "kg", 2, 40, 13.5, 19.8, 4), ("CAS014", "Ricotta fresca vaccina kg", "kg", 2, 30, 4.8, 7.6, 4),
    ("CAS030", "Provola affumicata kg", "kg", 2, 30, 10.2, 15.4, 4), ("CAS045", "Mozzarella fior di latte kg", "kg", 2, 40, 7.2, 11.6, 4),
    ("SIL402", "Peperoncino piccante macinato 100 g", "pz", 6, 80, 2.1, 4.4, 10), ("SIL515", "Liquirizia di Calabria DOP scatola", "pz", 6, 60, 2.8, 5.6, 10),
]


def _it_date(x):
    return x.strftime("%d/%m/%Y")


@style("06", "it_cos_cosenza_fattura_differita_ddt_iva_22_10_4_ruled_sconto_two_pages")
def s06(rng, i):
    vname, vaddr, color = CS_V[i]
    bname, baddr = CS_B[i]
    d = rand_date(rng)
    two = i == 2
    pool = CS_ROWS if two else {0: CS_ROWS[0:4] + CS_ROWS[16:], 1: CS_ROWS[8:12], 3: CS_ROWS[12:16]}[i]
    n_ddt = [2, 2, 4, 3][i]
    per = [2, 3, 6, 2][i]
    groups = []
    for k in range(n_ddt):
        dd = d.replace(day=1) + dt.timedelta(days=k * 7 + rng.randint(0, 5))
        its = []
        for row in rng.sample(pool, per):
            code, desc, unit, qlo, qhi, lo, hi, rate = row
            x = lines(rng, [(desc, unit, qlo, qhi, lo, hi, rate)], 1, D("0.01"))[0]
            x["code"], x["rate"] = code, rate
            x["sc"] = rng.choice([0, 0, 0, 5, 10])
            x["amount"] = q2(x["qty"] * x["price"] * (100 - x["sc"]) / 100)
            its.append(x)
        groups.append((f"{rng.randint(100, 999)}/{d.strftime('%y')}", dd, its))
    items = [x for _, _, its in groups for x in its]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 7, True) + "0780", iva.is_valid)
    bvid = valid(rng, lambda: digits(rng, 7, True) + "0780", iva.is_valid)
    no = [f"{rng.randint(10, 900)}/FD", f"{d.year}/{rng.randint(100, 999)}", f"FD{rng.randint(1000, 9999)}", f"{rng.randint(1, 300)}/{d.year}"][i]
    ndue = 2 if i == 1 else 1
    dues = []
    for k in range(ndue):  # 'gg f.m.': 30 or 60 days, then the month's end
        x = d + dt.timedelta(days=30 * (k + 1))
        dues.append((x.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1))
    cash = i == 3
    due = None if cash else dues[0]
    parts = [q2(total / ndue)] * ndue
    parts[-1] = total - sum(parts[:-1])
    po = [f"ORD-{rng.randint(1000, 9999)}", None, f"Ordine {rng.randint(10, 99)}/{d.year}", None][i]
    po_val = po.replace("Ordine ", "") if po else None
    rea = f"CS-{rng.randint(100000, 299999)}"
    ib = "IT" + "00" + rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") + rng.choice(["03069", "05034", "01030"]) + digits(rng, 5) + digits(rng, 12)
    from invoice_kit import iban as mk_iban

    ib = mk_iban("IT", ib[4:])
    sdi = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
    cf_b = valid(rng, lambda: "PRRNTN" + f"{rng.randint(50, 90)}" + rng.choice("ABCDEHLMPRST") + f"{rng.randint(1, 28):02d}" + "D086" + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), codicefiscale.is_valid) if i == 3 else None
    cap, tel, ccode = de(D(rng.choice([10000, 50000, 120000]))), digits(rng, 6), f"C{rng.randint(1000, 9999)}"
    f = de
    cols = [("Codice", 18, "L"), ("Descrizione", 80, "L"), ("U.M.", 10, "C"), ("Q.tà", 14, "R"), ("Prezzo", 20, "R"), ("Sc.%", 11, "R"), ("Importo", 24, "R"), ("IVA", 11, "R")]
    rows = []
    for ddt, dd, its in groups:
        rows.append(["", f"*** DDT n. {ddt} del {_it_date(dd)} ***", "", "", "", "", "", ""])
        rows += [[x["code"], x["desc"], x["unit"], qstr(x["qty"]), f(x["price"]), str(x["sc"]) if x["sc"] else "", f(x["amount"]), str(x["rate"])] for x in its]

    def head(pdf, page, pages):
        txt(pdf, 12, 10, vname, 14, "B", font="LSans", color=color)
        txt(pdf, 12, 17, vaddr, 8.4, font="LSans")
        txt(pdf, 12, 21, f"P.IVA {vid} · C.F. {vid} · REA {rea} · Cap. soc. € {cap} i.v.", 7.6, font="LSans", color=(80, 80, 80))
        txt(pdf, 12, 25, f"Tel. 0984 {tel} · PEC amministrazione@pec.{vname.split()[0].lower()}.it", 7.6, font="LSans", color=(80, 80, 80))
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(118, 9, 80, 26)
        txt(pdf, 120, 10.5, "Spett.le", 7.4, font="LSans", color=(90, 90, 90))
        txt(pdf, 120, 14.5, bname, 8.8, "B", font="LSans")
        txt(pdf, 120, 19, baddr, 8, font="LSans")
        txt(pdf, 120, 23.5, f"P.IVA {bvid}" + (f" · C.F. {cf_b}" if cf_b else ""), 7.6, font="LSans")
        txt(pdf, 120, 28, f"Cod. destinatario SDI {sdi}", 7.4, font="LSans", color=(90, 90, 90))
        # ruled row of document facts, labels in the top of each box
        boxes = [("Tipo documento", "FATTURA DIFFERITA", 44), ("Numero", no, 28), ("Data", _it_date(d), 26), ("Cod. cliente", ccode, 24), ("Pagamento", "Rimessa diretta" if cash else ("Ri.Ba. 30/60 gg f.m." if ndue == 2 else "Bonifico 30 gg f.m."), 42), ("Pagina", f"{page} di {pages}", 22)]
        x, y = 12, 40
        for lab, val, w in boxes:
            pdf.rect(x, y, w, 10)
            txt(pdf, x + 1.2, y + 0.8, lab, 6.4, font="LSans", color=(90, 90, 90))
            txt(pdf, x + 1.2, y + 4.6, val, 8.6, "B", font="LSans")
            x += w
        return 55

    def ruled(pdf, y0, y1):
        pdf.set_draw_color(0, 0, 0)
        w = sum(c[1] for c in cols)
        pdf.rect(12, y0, w, y1 - y0)
        cx = 12
        for _t, cw, _a in cols[:-1]:
            cx += cw
            pdf.line(cx, y0, cx, y1)

    def render(path):
        pdf = new_fpdf(creator="Danea Easyfatt")
        lfont(pdf)
        pages = 2 if two else 1
        pdf.add_page()
        y = head(pdf, 1, pages)
        if po:
            txt(pdf, 12, y - 1, f"Vs. ordine n. {po_val} del {_it_date(d - dt.timedelta(days=rng.randint(20, 40)))}", 8.2, font="LSans")
            y += 4
        first = rows[:16] if two else rows
        y1 = table(pdf, 12, y, cols, first, size=7.8, font="LSans", rowh=5.4, header_fill=(225, 225, 225), line_color=(0, 0, 0))
        ruled(pdf, y, y1)
        if two:
            carried = sum(x["amount"] for x in items[: sum(1 for r in first if r[0])])
            txt(pdf, 12, y1 + 2, f"A riportare: € {f(carried)}", 8.4, "B", font="LSans", w=186, align="R")
            pdf.add_page()
            y = head(pdf, 2, 2)
            txt(pdf, 12, y - 1, f"Riporto: € {f(carried)}", 8.4, "B", font="LSans", w=186, align="R")
            y += 4
            y1 = table(pdf, 12, y, cols, rows[16:], size=7.8, font="LSans", rowh=5.4, header_fill=(225, 225, 225), line_color=(0, 0, 0))
            ruled(pdf, y, y1)
        # ruled VAT summary (castelletto) at left, totals at right
        y = y1 + 6
        cw = [("Aliquota", 20, "L"), ("Imponibile", 28, "R"), ("Imposta", 26, "R"), ("Descrizione", 34, "L")]
        desc = {22: "Ordinaria", 10: "Ridotta", 4: "Minima"}
        yb = table(pdf, 12, y, cw, [[f"{r}%", f(b), f(t), desc[r]] for r, b, t in rates], size=7.8, font="LSans", rowh=5.2, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        pdf.rect(12, y, 108, yb - y)
        tx = 130
        for lab, val, big in (("Totale imponibile", f(net), False), ("Totale IVA", f(tax), False), ("TOTALE DOCUMENTO €", f(total), True)):
            pdf.rect(tx, y, 68, 7.5 if big else 6)
            txt(pdf, tx + 1.5, y + 1.2, lab, 9.4 if big else 8.2, "B" if big else "", font="LSans")
            txt(pdf, tx + 30, y + 1.2, val, 9.4 if big else 8.2, "B", font="LSans", w=36.5, align="R")
            y += 7.5 if big else 6
        y = max(y, yb) + 6
        if cash:
            txt(pdf, 12, y, "Pagamento: rimessa diretta alla consegna – pagato in contanti, saldo zero.", 8.2, font="LSans")
            y += 6
        else:
            txt(pdf, 12, y, "Scadenze", 8.6, "B", font="LSans")
            y += 5
            for k, (dd_, amt) in enumerate(zip(dues, parts, strict=True)):
                txt(pdf, 12, y, f"{k + 1}) {_it_date(dd_)}", 8.2, font="LSans")
                txt(pdf, 50, y, f"€ {f(amt)}", 8.2, font="LSans", w=30, align="R")
                y += 4.6
            txt(pdf, 12, y + 1, f"Appoggio: {rng.choice(['BPER Banca', 'Banca Intesa', 'BCC Mediocrati'])} – IBAN {group4(ib)}", 8, font="LSans")
            y += 7
        para(pdf, 12, y, 186, "Contributo CONAI assolto ove dovuto. Merce viaggiante a mezzo vettore del cedente. Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72: l'originale è disponibile nell'area riservata o trasmesso tramite SdI.", 7, font="LSans", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Cosenza (Italy) FATTURA DIFFERITA in Italian whose rows are grouped under their delivery notes ('*** DDT n. … del … ***' rows without amounts), a FULLY RULED table with a 'Sc.%' discount column, IVA 22 / 10 / 4 % per row and in a ruled summary (castelletto), '1.234,56'"
        + (", over TWO PAGES ('Pagina 1 di 2', a carried amount 'A riportare' / 'Riporto' is a decoy)" if two else "")
        + ": vendor = the name at the top left; vendor_tax_id = 'P.IVA' (11 digits; the same digits as 'C.F.', the customer's P.IVA"
        + (" and C.F." if cf_b else "") + ", the REA, the SDI code and the IBAN are decoys). "
        "invoice_number = the 'Numero' box; invoice_date = the 'Data' box (the DDT dates are decoys). "
        + (due_note(due, "Rimessa diretta", "Scadenze 1)") if due else "Paid cash on delivery ('Rimessa diretta'): no due date (null). ")
        + ("The second instalment's date is a decoy. " if ndue == 2 else "")
        + po_note(po_val, "Vs. ordine n.")
        + "subtotal = 'Totale imponibile'; tax = 'Totale IVA'; total = 'TOTALE DOCUMENTO €'. Currency EUR. Line items: every article row (not the DDT headings) at its discounted 'Importo', without IVA."
    )
    t = truth(vname, vid, no, po_val, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [_it_date(d), no, vname, vid, "TOTALE DOCUMENTO", _it_date(due) if due else None, bvid, f"DDT n. {groups[0][0]}", "2 di 2" if two else None]}
    return t, chk, render


# =========================================================================== 07 Huelva (IVA 4/10/21, EUR), landscape, unruled, weights, totals left
HU_V = [
    ("Frutas del Condado Onubense, S.L.", "Polígono Ind. La Raya, nave 12, 21007 Huelva", (190, 18, 60)),
    ("Bayas de Doñana Export, S.A.", "Avda. Francisco Montenegro s/n, 21001 Huelva", (124, 58, 237)),
    ("Cítricos y Berries Odiel, S.Coop. And.", "Carretera A-492 km 4, 21007 Huelva", (234, 88, 12)),
    ("Transportes Frigoríficos Punta Umbría, S.L.", "Muelle de Levante, Puerto de Huelva, 21001 Huelva", (2, 132, 199)),
]
HU_B = [
    ("Mercamadrid – Frutas Hermanos Gil, S.L.", "Ctra. Villaverde a Vallecas km 3,8, 28053 Madrid"),
    ("Plataforma Logística Levante Fresh, S.A.", "Polígono Fuente del Jarro, 46988 Paterna (Valencia)"),
    ("Supermercados Costa de la Luz, S.L.", "Avda. de Andalucía 40, 21400 Ayamonte (Huelva)"),
    ("Hortofrutícola del Guadalquivir, S.L.", "Mercasevilla, nave 3, 41020 Sevilla"),
]
HU_ROWS = [
    ("Fresa Fortuna cat. I, flow-pack 500 g", "kg", 400, 6000, 1.85, 3.9, 4), ("Frambuesa Adelita cat. I, tarrina 125 g", "kg", 100, 1800, 6.8, 11.5, 4),
    ("Arándano Ventura cat. I, tarrina 125 g", "kg", 100, 2200, 5.4, 9.6, 4), ("Naranja Navelina calibre 3, granel", "kg", 1000, 12000, 0.48, 0.95, 4),
    ("Zumo de naranja natural, bidón 5 l", "bidón", 10, 160, 6.5, 12.9, 10), ("Mermelada de fresa artesana 340 g, caja 12 ud", "caja", 4, 60, 22, 38, 10),
]
HU_EXTRA = [("Alquiler palé europeo", "ud", 4, 36, 7.5, 12, 21), ("Transporte frigorífico Huelva – destino", "viaje", 1, 2, 480, 1450, 21), ("Servicio de precooling en cámara", "palé", 4, 30, 9, 18, 21)]


@style("07", "es_hue_huelva_factura_iva_4_10_21_landscape_unruled_weights_totals_left")
def s07(rng, i):
    vname, vaddr, color = HU_V[i]
    bname, baddr = HU_B[i]
    d = rand_date(rng)
    items = lines(rng, HU_ROWS, [3, 2, 4, 2][i], D("0.01"))
    items += lines(rng, HU_EXTRA, [1, 2, 1, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        if x["unit"] == "kg":
            x["boxes"] = max(1, int(x["qty"] / rng.choice([2, 4, 5])))
            x["gross"] = x["qty"] + x["boxes"] * D("0.35")
        x["alb"] = f"A{rng.randint(20000, 29999)}"
        x["day"] = d - dt.timedelta(days=rng.randint(0, 9))
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "B21" + digits(rng, 5) + str(rng.randint(0, 9)), cif.is_valid)
    if i == 2:
        vid = valid(rng, lambda: "F21" + digits(rng, 5) + str(rng.randint(0, 9)), cif.is_valid)
    bvid = valid(rng, lambda: rng.choice("AB") + rng.choice(["28", "46", "21", "41"]) + digits(rng, 6), cif.is_valid)
    no = [f"FV{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(1000, 9999)}", f"A-{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "es"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 2 else None
    po = [f"PED-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}", None, f"OC {rng.randint(100, 999)}"][i]
    ib = rand_iban(rng, "ES", 20, rng.choice(["2100", "0049", "3187"]))
    kg = sum(x["qty"] for x in items if x["unit"] == "kg")
    f = de

    def render(path):
        pdf = new_fpdf("L", creator="a3ERP")
        lfont(pdf)
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 6, 210, "F")
        txt(pdf, 14, 10, vname, 15, "B", font="LSerif", color=color)
        txt(pdf, 14, 17.5, f"{vaddr} · Tel. 959 {digits(rng, 6)} · administracion@{['frutascondado', 'bayasdonana', 'odielberries', 'tfpuntaumbria'][i]}.es", 8.2, font="LSans")
        txt(pdf, 14, 21.5, f"CIF {vid} · Inscrita en el Registro Mercantil de Huelva, tomo {rng.randint(600, 1800)}, folio {rng.randint(1, 220)}, hoja H-{rng.randint(10000, 39999)} · Reg. Sanitario RGSEAA 21.{digits(rng, 5)}/H", 7.4, font="LSans", color=(90, 90, 90))
        txt(pdf, 205, 10, "FACTURA", 22, "B", font="LSans", w=80, align="R")
        y = 30
        for lab, val in (("Nº factura:", no), ("Fecha factura:", fd(d)), ("Vencimiento:", fd(due) if due else "Contado – pagado"), ("Su pedido:", po or "—"), ("Forma de pago:", "Transferencia" if due else "Transferencia anticipada")):
            txt(pdf, 205, y, lab, 8.4, font="LSans", color=(80, 80, 80))
            txt(pdf, 235, y, val, 8.6, "B", font="LSans", w=50, align="R")
            y += 4.6
        txt(pdf, 14, 30, "Cliente", 7.4, font="LSans", color=(80, 80, 80))
        txt(pdf, 14, 34, bname, 10, "B", font="LSans")
        txt(pdf, 14, 39, baddr, 8.4, font="LSans")
        txt(pdf, 14, 43.5, f"CIF cliente {bvid} · Cód. cliente {rng.randint(400, 999)}", 8.2, font="LSans")
        cols = [("Fecha", 20, "L"), ("Albarán", 20, "L"), ("Concepto", 82, "L"), ("Bultos", 16, "R"), ("Kg brutos", 22, "R"), ("Cantidad", 20, "R"), ("Ud.", 12, "L"), ("Precio", 20, "R"), ("% IVA", 14, "R"), ("Importe", 28, "R")]
        rows = [[x["day"].strftime("%d/%m/%y"), x["alb"], x["desc"], str(x.get("boxes", "")), de(x["gross"], 1) if "gross" in x else "", de(x["qty"], 0) if x["unit"] == "kg" else qstr(x["qty"]), x["unit"], de(x["price"], 3) if x["unit"] == "kg" else f(x["price"]), str(x["rate"]), f(x["amount"])] for x in items]
        y = table(pdf, 14, 56, cols, rows, size=8, font="LSans", rowh=6.2, header_fill=color, header_color=(255, 255, 255), border_bottom=False, zebra=(246, 246, 246))
        txt(pdf, 14, y + 2, f"Total kg netos: {de(kg, 0)} kg · Total bultos: {sum(x.get('boxes', 0) for x in items)} · Producto de España, origen Huelva", 7.8, font="LSans", color=(80, 80, 80))
        # totals at the LEFT, a block of bases per rate and the grand total
        y += 10
        txt(pdf, 14, y, "Base imponible", 8, "B", font="LSans")
        txt(pdf, 50, y, "% IVA", 8, "B", font="LSans")
        txt(pdf, 66, y, "Cuota IVA", 8, "B", font="LSans")
        y += 5
        for r, b, t in rates:
            txt(pdf, 14, y, f(b), 8.4, font="LSans", w=30, align="R")
            txt(pdf, 50, y, f"{r} %", 8.4, font="LSans")
            txt(pdf, 66, y, f(t), 8.4, font="LSans", w=24, align="R")
            y += 4.6
        y += 2
        for lab, val, b in (("Total base imponible", f(net), ""), ("Total cuota IVA", f(tax), ""), ("TOTAL FACTURA", f(total) + " €", "B")):
            txt(pdf, 14, y, lab, 9.6 if b else 8.6, b, font="LSans")
            txt(pdf, 66, y, val, 9.6 if b else 8.6, b, font="LSans", w=34, align="R")
            y += 5.2
        para(pdf, 150, y - 26, 130, f"Pago mediante transferencia a {rng.choice(['CaixaBank', 'Banco Santander', 'Caja Rural del Sur'])}, IBAN {group4(ib)}. "
             "Los productos hortofrutícolas frescos tributan al tipo superreducido del 4 %, los transformados al 10 % y los servicios al 21 %. "
             "Conforme a la Ley 15/2010, el plazo máximo de pago de productos frescos es de 30 días.", 7.6, font="LSans", h=3.8)
        txt(pdf, 14, 200, "Página 1 de 1", 7, font="LSans", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Huelva (Spain) FACTURA in Spanish on a LANDSCAPE page, fruit priced by the KILO (boxes and gross kilos are decoys) with services, a table WITHOUT RULES (zebra), the TOTALS at the LEFT under it, IVA 4 / 10 / 21 % per row and per rate, '1.234,56 €': "
        "vendor = the name at the top left; vendor_tax_id = 'CIF' under it (the customer's 'CIF cliente', the RGSEAA sanitary register, the mercantile register and the IBAN are decoys). "
        "invoice_number = 'Nº factura'; invoice_date = 'Fecha factura' (the rows' dates and delivery notes 'Albarán' are decoys). "
        + due_note(due, "Contado – pagado", "Vencimiento")
        + po_note(po, "Su pedido")
        + "subtotal = 'Total base imponible'; tax = 'Total cuota IVA'; total = 'TOTAL FACTURA'. Currency EUR. Line items: every row; a kilo row's quantity is its net kilos ('Cantidad'), without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL FACTURA", fd(due) if due else None, bvid, f"Total kg netos: {de(kg, 0)}"]}
    return t, chk, render


# =========================================================================== 08 Pogradec (TVSH 20, ALL), business letter, running sentences, words
PG_V = [
    ("Liqeni Konsulting sh.p.k.", "Rruga Rinia, Pallati 4, Pogradec 7301", "Ing. Arben Zaimi, administrator"),
    ("Hotel Guri i Kuq sh.p.k.", "Bulevardi Europa, Lagjja 5, Pogradec 7301", "Eriona Shehu, drejtore"),
    ("Koran Peshk sh.p.k.", "Rruga e Tushemishtit, km 3, Pogradec 7301", "Gentian Lleshi, administrator"),
    ("Studio Ligjore Dushku & Partnerët sh.p.k.", "Rruga Naim Frashëri 12, Pogradec 7301", "Av. Blerina Dushku"),
]
PG_B = [
    ("Bashkia Pogradec – Drejtoria e Prokurimeve", "Sheshi Demokracia, Pogradec"),
    ("Shoqata e Agjencive Turistike të Korçës", "Bulevardi Republika 33, Korçë"),
    ("Supermarket Lini sh.p.k.", "Rruga Tiranë–Elbasan, Tiranë"),
    ("Fabrika e Ujit Dardha sh.a.", "Fshati Dardhë, Korçë"),
]
PG_SERV = [
    [("hartimin e studimit të fizibilitetit për shëtitoren e liqenit", "orë", 20, 90, 2500, 4500), ("mbikëqyrjen e punimeve në terren", "ditë", 2, 12, 14000, 26000), ("përgatitjen e dokumentacionit teknik", "orë", 8, 40, 2200, 3800)],
    [("akomodimin e grupit në dhoma dyshe", "natë", 6, 40, 5200, 9800), ("darkat me menu tradicionale", "person", 10, 80, 1400, 2600), ("sallën e konferencave me pajisje", "ditë", 1, 3, 18000, 35000)],
    [("furnizimin me koran të freskët të liqenit", "kg", 20, 160, 1800, 3200), ("troftë të freskët", "kg", 20, 200, 900, 1500), ("transportin me automjet frigorifer", "udhëtim", 1, 4, 8000, 15000)],
    [("konsulencën ligjore për kontratat e furnizimit", "orë", 6, 40, 4000, 7500), ("përfaqësimin në Gjykatën e Rrethit Pogradec", "seancë", 1, 4, 20000, 45000), ("përkthimin e noterizuar të dokumenteve", "faqe", 4, 40, 1200, 2200)],
]


def sq_date(x):
    return f"{x.day} {MONTHS['sq'][x.month - 1]} {x.year}"


@style("08", "al_pog_pogradec_fature_letter_tvsh_20_running_text_words")
def s08(rng, i):
    vname, vaddr, signer = PG_V[i]
    bname, baddr = PG_B[i]
    d = rand_date(rng)
    items = lines(rng, PG_SERV[i], [3, 2, 3, 2][i], D("100"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.20"))
    total = net + tax
    vid = valid(rng, lambda: rng.choice("KLM") + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPRSTUVZ"), nipt.is_valid)
    bvid = valid(rng, lambda: rng.choice("JKL") + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPRSTUVZ"), nipt.is_valid)
    no = [f"{rng.randint(10, 480)}/{d.year}", f"{rng.randint(1000, 9999)}", f"{rng.randint(10, 480)}/{d.year}", f"F-{rng.randint(100, 999)}"][i]
    nd = (lambda x: x.strftime("%d.%m.%Y")) if i % 2 == 0 else (lambda x: x.strftime("%d/%m/%Y"))
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    contract = f"{rng.randint(100, 999)}/{rng.randint(1, 30)} prot." if i in (0, 3) else None
    po = f"PO-{rng.randint(1000, 9999)}" if i == 2 else None
    amt = (lambda a: de(a, 0)) if i in (0, 2) else (lambda a: de(a, 2).replace(".", "\u00a0"))
    words = sq_words(total)
    nivf = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    nslf = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    ib = "AL" + "00" + rng.choice(["202", "205", "212"]) + digits(rng, 5) + "0" + digits(rng, 15)
    from invoice_kit import iban as mk_iban

    ib = mk_iban("AL", ib[4:])
    table_mode = i in (1, 3)

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        lfont(pdf)
        pdf.add_page()
        txt(pdf, 22, 16, vname, 15, "B", font="Serif")
        txt(pdf, 22, 23, vaddr + " · Shqipëri", 8.6, font="Serif")
        txt(pdf, 22, 27.5, f"NIPT {vid} · Tel. +355 83 {digits(rng, 3)} {digits(rng, 3)} · {vname.split()[0].lower()}@albmail.al", 8.2, font="Serif", color=(70, 70, 70))
        pdf.set_draw_color(0, 0, 0)
        pdf.line(22, 32, 188, 32)
        txt(pdf, 120, 38, f"Pogradec, më {sq_date(d)}", 9.6, font="Serif", w=68, align="R")
        y = 46
        for ln in ("Për:", bname, baddr, f"NIPT {bvid}"):
            txt(pdf, 22, y, ln, 9.6, "B" if ln == bname else "", font="Serif")
            y += 4.8
        y += 4
        txt(pdf, 22, y, f"Lënda: Faturë tatimore nr. {no}", 10, "B", font="Serif")
        y += 9
        y = para(pdf, 22, y, 166, "I nderuar zotëri / E nderuar zonjë,", 10, font="Serif", h=5) + 2
        intro = (
            (f"Në zbatim të kontratës nr. {contract}, " if contract else (f"Në vijim të porosisë suaj nr. {po}, " if po else "Në vijim të kërkesës suaj, "))
            + f"ju dërgojmë bashkëlidhur faturën tatimore nr. {no}, të lëshuar më {nd(d)}, për shërbimet e kryera nga shoqëria jonë gjatë periudhës "
            + f"{nd(d - dt.timedelta(days=rng.randint(15, 40)))} – {nd(d - dt.timedelta(days=rng.randint(1, 5)))}."
        )
        y = para(pdf, 22, y, 166, intro, 10, font="Serif", h=5) + 3
        if table_mode:
            cols = [("Përshkrimi", 86, "L"), ("Njësia", 20, "L"), ("Sasia", 16, "R"), ("Çmimi", 22, "R"), ("Vlera", 22, "R")]
            rows = [[wrap(x["desc"].capitalize(), 48), x["unit"], qstr(x["qty"]), amt(x["price"]), amt(x["amount"])] for x in items]
            y = table(pdf, 22, y, cols, rows, size=8.8, font="Serif", rowh=6, header_style="B") + 4
        else:
            for x in items:
                s = f"– Për {x['desc']}: {qstr(x['qty'])} {x['unit']} × {amt(x['price'])} lekë, gjithsej {amt(x['amount'])} lekë pa TVSH."
                y = para(pdf, 26, y, 162, s, 10, font="Serif", h=5) + 1
            y += 2
        body = (
            f"Vlera e shërbimeve pa TVSH arrin në {amt(net)} lekë. Mbi këtë vlerë llogaritet TVSH me normën 20 %, në shumën {amt(tax)} lekë, "
            f"dhe vlera totale e faturës me TVSH është {amt(total)} lekë ({words} lekë)."
        )
        y = para(pdf, 22, y, 166, body, 10, font="Serif", h=5) + 3
        if due:
            pay = f"Ju lutemi ta paguani shumën jo më vonë se më {sq_date(due)}, në llogarinë tonë në {rng.choice(['Banka Kombëtare Tregtare', 'Raiffeisen Bank', 'Credins Bank'])}, IBAN {group4(ib)}, duke cituar numrin e faturës."
        else:
            pay = f"Pagesa të kryhet brenda 15 ditëve nga marrja e kësaj fature, në llogarinë tonë IBAN {group4(ib)}, duke cituar numrin e faturës."
        y = para(pdf, 22, y, 166, pay, 10, font="Serif", h=5) + 3
        y = para(pdf, 22, y, 166, f"Fatura është fiskalizuar: NIVF {nivf}, NSLF {nslf}. Kodi i operatorit {rng.choice(['ab123cd456', 'xy987zt321', 'kl555mn000'])}.", 8.4, font="Serif", h=4.2, color=(70, 70, 70)) + 6
        y = para(pdf, 22, y, 166, "Me respekt,", 10, font="Serif", h=5) + 14
        txt(pdf, 22, y, signer, 10, font="Serif")
        txt(pdf, 22, 282, f"{vname} · NIPT {vid} · Faqja 1 nga 1", 7.4, font="Serif", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Pogradec (Albania) FATURË TATIMORE as a BUSINESS LETTER in Albanian in a serif font, the facts and totals in RUNNING SENTENCES"
        + (" with a small table of services" if table_mode else " with one sentence per service (no table)")
        + f", TVSH 20 %, whole lekë ('{amt(D(1234567))}' style), the total also in WORDS: "
        "vendor = the letterhead's name; vendor_tax_id = 'NIPT' in the letterhead (the addressee's NIPT, the NIVF / NSLF fiscal codes, the operator code and the IBAN are decoys). "
        "invoice_number = 'faturën tatimore nr.' in the subject line and the first sentence; invoice_date = 'të lëshuar më' (the letter's place-and-date line gives the same day in words; the service period's dates are decoys). "
        + (f"due_date = 'jo më vonë se më {sq_date(due)}'. " if due else "'brenda 15 ditëve' is a term: no due date (null). ")
        + po_note(po, "porosisë suaj nr.")
        + ("The contract 'kontratës nr.' is a decoy. " if contract else "")
        + "subtotal = 'Vlera e shërbimeve pa TVSH'; tax = 'TVSH … në shumën'; total = 'vlera totale e faturës me TVSH'. Currency ALL ('lekë'). Line items: every service, without TVSH."
    )
    t = truth(vname, vid, no, po, d, due, "ALL", net, tax, total, items, notes)
    chk = {"printed": [nd(d), no, vname, vid, sq_date(due) if due else None, bvid, words, f"NIVF {nivf}", contract]}
    return t, chk, render
