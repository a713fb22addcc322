"""fpdf2 styles for set 15, part A (01 Angolan solar installer's milestone fatura with the contract's milestone plan and
IVA 14 %, 02 Guinean beekeeping cooperative's facture with exempt raw honey, lots and harvests, 03 Equatorial Guinean
sign-maker's factura for a job with a pass-through municipal fee and a deposit already paid)."""

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
    li,
    mt,
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
from kit_common import MONTHS, para
from kit_words import es_words, fr_words, pt_words
from stdnum.gn import nifp as _nifp

STYLES, style = style_registry("fpdf2")


# =========================================================================== 01 Angolan solar installer, milestone invoice (NIF, IVA 14 %, AGT software line)
AO_V = [
    ("Kuanza Solar Energias, Lda.", "Rua Rainha Ginga, 87, Ingombota, Luanda", (220, 130, 0)),
    ("SolHuíla – Sistemas Fotovoltaicos, S.A.", "Av. Hoji-ya-Henda, 12, Lubango, Huíla", (0, 110, 60)),
    ("Benguela Renováveis, Lda.", "Rua 10 de Fevereiro, 45, Benguela", (20, 80, 150)),
    ("Energia Limpa do Planalto, Lda.", "Bairro Académico, Rua C, 9, Huambo", (150, 40, 40)),
]
AO_B = [("Fazenda Girassol Agro-Pecuária, Lda.", "Estrada Nacional 260, Caála, Huambo"), ("Colégio Internacional Mutamba, S.A.", "Via AL 14, Talatona, Luanda"),
        ("Hotel Baía Azul, Lda.", "Praia Morena, Benguela"), ("Clínica Sagrada Esperança do Sul, Lda.", "Bairro Comercial, Lubango, Huíla")]
AO_SECT = ["Módulos fotovoltaicos 550 Wp monocristalinos", "Inversores híbridos trifásicos", "Banco de baterias de lítio (LiFePO4)", "Estruturas de montagem em alumínio",
           "Cablagem DC/AC, protecções e quadros eléctricos", "Mão de obra de instalação e ensaios"]
AO_PLAN = [("Adiantamento na assinatura do contrato", 30), ("Entrega do equipamento em obra", 30), ("Instalação mecânica e eléctrica concluída", 30), ("Comissionamento e entrega ao cliente", 10)]


@style("01", "ao_solar_fatura_marco")
def s01(rng, i):
    vname, vaddr, color = AO_V[i]
    bname, baddr = AO_B[i]
    d = rand_date(rng)
    k = [1, 2, 1, 3][i]
    mname, pct = AO_PLAN[k]
    kwp = D(rng.randint(30, 400))
    sects = rng.sample(AO_SECT, rng.randint(3, 5))
    items = []
    for s in sects:
        v = D(rng.randint(800, 30000)) * 1000
        items.append({"desc": f"{s} – marco {k + 1}: {pct}% do valor contratual", "contract": v, "pct": pct, "qty": None, "show_qty": False, "price": None, "amount": q2(v * pct / 100)})
    if rng.random() < 0.7:
        q = D(rng.randint(2, 12))
        p = D(rng.randint(30, 90)) * 500
        items.append({"desc": "Deslocação e alojamento da equipa técnica (diárias)", "contract": None, "pct": None, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    contract_total = sum(it["contract"] for it in items if it["contract"])
    nif = "5" + digits(rng, 9)
    b_nif = "5" + digits(rng, 9)
    pre = "".join(w[0] for w in vname.replace("–", "").split()[:2]).upper()
    no = f"FT {pre}{d.year}/{rng.randint(12, 480)}"
    prev = [f"FT {pre}{d.year}/{rng.randint(1, 11)}" for _ in range(k)]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}", lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=[15, 0, 0, 30][i]) if i in (0, 3) else None
    term = ["", "Pronto pagamento", "30 dias após a emissão", ""][i]
    po = [f"OC-{rng.randint(1000, 9999)}", None, f"CIM/COMP/{rng.randint(100, 999)}/{d.year}", None][i]
    money = lambda x: de(x)  # noqa: E731
    hashc = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(4))
    kz, cent = int(total), int((total % 1) * 100)
    words = f"{pt_words(kz).capitalize()} kwanzas" + (f" e {pt_words(cent)} cêntimos" if cent else "")

    def render(path):
        pdf = new_fpdf(creator="PRIMAVERA ERP Angola")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 14, 10, vname, 14, "B", "DV", color=color)
        txt(pdf, 14, 17, vaddr + " · Angola", 7.8)
        txt(pdf, 14, 21, f"Tel. +244 9{digits(rng, 8)} · comercial@{vname.split()[0].lower()}.co.ao", 7.8)
        txt(pdf, 14, 25, f"NIF: {nif}", 8.4, "B")
        txt(pdf, 14, 29.5, f"Alvará de empreiteiro n.º {rng.randint(10000, 99999)}/{rng.randint(2019, 2024)}", 7.2, color=(90, 90, 90))
        txt(pdf, 128, 10, "FATURA", 16, "B", color=color)
        txt(pdf, 128, 17.5, "Original", 7.6, "I")
        kv = [("Fatura n.º", no), ("Data de emissão", fd(d))]
        kv.append(("Data de vencimento", fd(due)) if due else ("Condições de pagamento", term))
        if po:
            kv.append(("Ordem de compra", po))
        kv.append(("Contrato", f"CT-{rng.randint(100, 999)}/{d.year - 1}"))
        y = 23
        for a, b in kv:
            txt(pdf, 128, y, a + ":", 7.6)
            txt(pdf, 164, y, b, 7.6, "B")
            y += 4.2
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(14, 46, 100, 23)
        txt(pdf, 16, 47.5, "Exmo.(s) Senhor(es)", 6.8, color=(100, 100, 100))
        txt(pdf, 16, 51.5, bname, 8.6, "B")
        txt(pdf, 16, 56, baddr, 7.4)
        txt(pdf, 16, 60, f"NIF do cliente: {b_nif}", 7.4)
        txt(pdf, 16, 64, f"Código de cliente: C{rng.randint(1000, 9999)}", 7.4)
        para(pdf, 120, 47, 78, f"Projecto: sistema solar fotovoltaico de {kwp} kWp com armazenamento em baterias, {baddr.split(',')[-1].strip()}. Marco {k + 1} de 4: {mname} ({pct}%).", 7.2)
        cols = [("Descrição", 100, "L"), ("Valor contratual", 30, "R"), ("Qtd. / %", 18, "R"), ("Valor (Kz)", 36, "R")]
        rows = [[it["desc"], money(it["contract"]) if it["contract"] else "", f"{pct}%" if it["pct"] else qstr(it["qty"]) + " x " + money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 14, 74, cols, rows, size=7.0, font="DVC", rowh=5.8, header_fill=(238, 238, 238), line_color=(200, 200, 200))
        y += 4
        tl = [("Total ilíquido", money(net), False), ("Total descontos", "0,00", False), ("IVA (14%)", money(tax), False), ("Total a pagar (Kz)", money(total), True)]
        for a, b, bold in tl:
            txt(pdf, 118, y, a, 8.2, "B" if bold else "")
            txt(pdf, 162, y, b, 8.2, "B" if bold else "", align="R", w=36)
            y += 5
        txt(pdf, 14, y - 19, "Quadro resumo de impostos", 7.4, "B")
        txt(pdf, 14, y - 15, "Taxa", 7, "B")
        txt(pdf, 34, y - 15, "Incidência", 7, "B")
        txt(pdf, 70, y - 15, "Valor do imposto", 7, "B")
        txt(pdf, 14, y - 11, "IVA 14%", 7)
        txt(pdf, 34, y - 11, money(net), 7)
        txt(pdf, 70, y - 11, money(tax), 7)
        y = para(pdf, 14, y + 2, 184, f"São: {words}.", 7.4, "I")
        y += 3
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(14, y, 184, 8 + 4 * 6, "F")
        txt(pdf, 16, y + 1.5, "Plano de faturação do contrato (informativo)", 7.4, "B")
        yy = y + 6
        done = D(0)
        for m, (mn, mp) in enumerate(AO_PLAN):
            val = q2(contract_total * mp / 100)
            st = f"faturado em {prev[m]}" if m < k else ("esta fatura" if m == k else "por faturar")
            txt(pdf, 16, yy, f"Marco {m + 1} – {mn}", 7)
            txt(pdf, 100, yy, f"{mp}%", 7)
            txt(pdf, 112, yy, money(val), 7, align="R", w=36)
            txt(pdf, 152, yy, st, 7)
            if m < k:
                done += val
            yy += 4
        txt(pdf, 16, yy, "Valor total do contrato (sem IVA)", 7, "B")
        txt(pdf, 112, yy, money(contract_total), 7, "B", align="R", w=36)
        txt(pdf, 152, yy, f"já faturado {money(done)}", 7)
        y += 8 + 4 * 6 + 4
        y = para(pdf, 14, y, 184, f"Pagamento por transferência para {rng.choice(['BFA – Banco de Fomento Angola', 'BAI – Banco Angolano de Investimentos', 'Banco BIC', 'Banco Sol'])}, conta n.º {digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}, em nome de {vname}. Garantia dos equipamentos conforme cláusula 9.ª do contrato.", 7.2)
        para(pdf, 14, 280, 184, f"{hashc}-Processado por programa validado n.º {rng.randint(10, 400)}/AGT/{rng.randint(2019, 2023)} · Os bens/serviços foram colocados à disposição do adquirente na data do documento · Página 1 de 1", 6.2, color=(100, 100, 100), align="C")
        pdf.output(path)

    notes = (
        "Angolan solar installer's FATURA for one contract milestone: vendor = the legal name at the top; vendor tax id = 'NIF' (10 digits, no public checksum: random); the client's NIF, the contractor licence (alvará), "
        "client code, contract number, bank account and the AGT software certificate number are decoys. invoice_number = 'Fatura n.º' (series with a space, as printed); the earlier milestone invoices named in the plan are decoys. "
        "invoice_date = 'Data de emissão' (" + ["dd-mm-yyyy", "dd/mm/yyyy", "'12 de março de 2026'", "yyyy-mm-dd"][i] + "). "
        + ("due = 'Data de vencimento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Ordem de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Total ilíquido'; tax = 'IVA (14%)' (repeated in the tax summary); total = 'Total a pagar (Kz)'; the contract values per row, the billing plan (milestone values, contract total, already invoiced) and the amount in words are decoys or repeats. "
        "Currency AOA ('Kz', kwanzas). Amounts '1.234.567,89'. Line items: every row (amount = 'Valor (Kz)'; milestone rows print a percentage, not a quantity: quantity null; the travel row prints 'n x price': quantity n)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="AOA", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nif, no, po, vname, "Kz"], render


# =========================================================================== 02 Guinean beekeeping cooperative (NIFp, TVA 18 %, exempt raw honey, whole GNF)
GN_V = [
    ("Coopérative des Apiculteurs du Fouta-Djallon", "CAFD", "Quartier Poudrière, Labé", (170, 110, 0)),
    ("Union des Groupements Apicoles de Kankan", "UGAK", "Quartier Salamani, Kankan", (120, 70, 20)),
    ("Coopérative Miel et Cire de Guinée Forestière", "COMICGF", "Quartier Commercial, Nzérékoré", (40, 100, 40)),
    ("Société Coopérative des Apiculteurs de Mamou", "SCAM", "Route de Dalaba, Mamou", (150, 90, 30)),
]
GN_B = [("Supermarché Prima Center SARL", "Kaloum, Conakry"), ("Pharmacie Centrale de Guinée – Dépôt de Kipé", "Kipé, Ratoma, Conakry"),
        ("Boulangerie Pâtisserie Le Damier SARL", "Taouyah, Ratoma, Conakry"), ("Guinée Distribution Alimentaire SA", "Matoto, Conakry")]
GN_CAT = [
    ("Miel brut en fût (non transformé)", "kg", 38000, 70000, 60, 400, "E"),
    ("Miel de fleurs de néré, pot verre 500 g", "pot", 25000, 45000, 24, 240, "T"),
    ("Miel de mangrove, pot verre 250 g", "pot", 15000, 28000, 24, 180, "T"),
    ("Cire d'abeille brute en plaques", "kg", 60000, 120000, 5, 60, "E"),
    ("Bougies en cire d'abeille (lot de 6)", "lot", 30000, 65000, 6, 60, "T"),
    ("Propolis en teinture, flacon 30 ml", "flacon", 35000, 70000, 12, 96, "T"),
]


@style("02", "gn_cooperative_apicole_miel")
def s02(rng, i):
    vname, vshort, vaddr, color = GN_V[i]
    bname, baddr = GN_B[i]
    d = rand_date(rng)
    picks = rng.sample(GN_CAT, rng.randint(3, 5))
    if not any(p[6] == "E" for p in picks):
        picks[0] = GN_CAT[0]
    if not any(p[6] == "T" for p in picks):
        picks[-1] = GN_CAT[1]
    items = []
    for desc, unit, lo, hi, qlo, qhi, code in picks:
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        harvest = d - dt.timedelta(days=rng.randint(20, 150))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p, "code": code, "lot": f"{vshort[:2]}-{harvest.strftime('%y%m')}-{rng.randint(10, 99)}", "harvest": harvest})
    exo = sum(it["amount"] for it in items if it["code"] == "E")
    base = sum(it["amount"] for it in items if it["code"] == "T")
    net = exo + base
    tax = q0(base * D("0.18"))
    total = net + tax
    nif = valid(rng, lambda: digits(rng, 9, True), _nifp.is_valid)
    nif_f = _nifp.format(nif)
    b_nif = _nifp.format(valid(rng, lambda: digits(rng, 9, True), _nifp.is_valid))
    no = [f"FAC-{d.year}-{rng.randint(100, 999)}", f"{vshort}/{rng.randint(10, 99)}/{d.strftime('%m')}/{d.year}", f"{rng.randint(1000, 4999)}", f"F{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    no_val = no
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 45, 0][i]) if i in (0, 2) else None
    po = [None, f"BC-{rng.randint(10000, 99999)}", None, f"GDA/ACH/{rng.randint(100, 999)}"][i]
    deliv = d - dt.timedelta(days=rng.randint(0, 6))
    money = lambda x: sp(x, 0)  # noqa: E731
    adv = D(rng.randint(2, 8) * 500000) if i in (1, 3) else None

    def render(path):
        pdf = new_fpdf(creator="Sage Saari Comptabilité")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.ellipse(14, 10, 18, 18, "F")
        txt(pdf, 15.5, 16.5, vshort[:5], 7.5 if len(vshort) <= 4 else 6, "B", color=(255, 255, 255), align="C", w=15)
        txt(pdf, 36, 11, vname, 12, "B", "Serif", color=color)
        txt(pdf, 36, 17, f"{vaddr} – République de Guinée · Tél. +224 6{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 7.4)
        txt(pdf, 36, 21, f"Agrément coopérative n° {rng.randint(100, 999)}/MAEL/DNPA/{rng.randint(2012, 2021)} · RCCM GN.TCC.{rng.randint(2012, 2022)}.C.{rng.randint(10000, 99999)}", 7.2)
        txt(pdf, 36, 25, f"NIF : {nif_f}", 8.2, "B")
        pdf.set_draw_color(*color)
        pdf.line(14, 31, 198, 31)
        txt(pdf, 14, 35, "FACTURE", 15, "B", color=color)
        kv = [("Facture n°", no_val), ("Date de facturation", fd(d)), ("Bon de livraison", f"BL-{rng.randint(1000, 9999)} du {fd(deliv)}")]
        if po:
            kv.append(("Bon de commande client", po))
        kv.append(("Date d'échéance", fd(due)) if due else ("Conditions", "paiement à la livraison"))
        y = 44
        for a, b in kv:
            txt(pdf, 14, y, a + " :", 7.6)
            txt(pdf, 54, y, b, 7.6, "B")
            y += 4.3
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(118, 36, 80, 26)
        txt(pdf, 120, 37.5, "Client", 6.8, color=(100, 100, 100))
        txt(pdf, 120, 41.5, bname, 8, "B")
        txt(pdf, 120, 46, baddr, 7.4)
        txt(pdf, 120, 50.5, f"NIF client : {b_nif}", 7.4)
        txt(pdf, 120, 55, f"Compte client : 411{rng.randint(1000, 9999)}", 7.4)
        cols = [("Désignation", 62, "L"), ("Lot", 22, "L"), ("Récolte", 18, "C"), ("Unité", 12, "C"), ("Qté", 14, "R"), ("P.U. (GNF)", 22, "R"), ("Montant (GNF)", 26, "R"), ("TVA", 8, "C")]
        rows = [[it["desc"], it["lot"], it["harvest"].strftime("%m/%Y"), it["unit"], qstr(it["qty"]), money(it["price"]), money(it["amount"]), it["code"]] for it in items]
        y = table(pdf, 14, max(y, 64) + 4, cols, rows, size=6.8, font="DVC", rowh=5.4, header_fill=(248, 236, 210), line_color=(200, 190, 170))
        txt(pdf, 14, y + 1.5, "Code TVA : E = exonéré (produit agricole non transformé), T = taxable au taux de 18 %", 6.6, color=(90, 90, 90))
        y += 7
        tl = [("Total hors taxes", money(net), False), ("dont exonéré (E)", money(exo), False), ("Base taxable (T)", money(base), False), ("TVA 18 %", money(tax), False), ("NET À PAYER TTC (GNF)", money(total), True)]
        for a, b, bold in tl:
            txt(pdf, 112, y, a, 8, "B" if bold else "")
            txt(pdf, 160, y, b, 8, "B" if bold else "", align="R", w=38)
            y += 4.8
        if adv:
            y += 1
            txt(pdf, 112, y, "Avance reçue sur commande", 7.2, color=(90, 90, 90))
            txt(pdf, 160, y, money(adv), 7.2, align="R", w=38, color=(90, 90, 90))
            y += 4.2
            txt(pdf, 112, y, "Reste à régler", 7.2, color=(90, 90, 90))
            txt(pdf, 160, y, money(total - adv), 7.2, align="R", w=38, color=(90, 90, 90))
            y += 4.2
        y = para(pdf, 14, y + 3, 184, f"Arrêtée la présente facture à la somme de : {fr_words(int(total))} francs guinéens.", 7.4, "I")
        y = para(pdf, 14, y + 3, 184, f"Règlement par virement : {rng.choice(['Ecobank Guinée', 'Société Générale de Banques en Guinée', 'Orabank Guinée', 'Banque Islamique de Guinée'])}, compte n° {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}, ou Orange Money marchand {digits(rng, 6)}. "
                 f"Miel récolté et conditionné par les membres de la coopérative ({rng.randint(40, 300)} apiculteurs, {rng.randint(800, 6000)} ruches).", 7.0)
        para(pdf, 14, 282, 184, f"{vname} ({vshort}) · NIF {nif_f} · Page 1/1", 6.4, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Guinean beekeeping cooperative's FACTURE: vendor = the cooperative's full name at the top (the acronym in the round logo and the footer is its short form); vendor tax id = 'NIF' as printed with hyphens (python-stdnum gn.nifp validates it); "
        "the client's NIF, the cooperative approval number, RCCM, the client account, delivery note, lot numbers and bank account are decoys. invoice_number = 'Facture n°' as printed. "
        "invoice_date = 'Date de facturation' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); delivery and harvest dates are decoys. "
        + ("due = \"Date d'échéance\". " if due else "'paiement à la livraison' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande client' {po}. " if po else "No PO. ")
        + "subtotal = 'Total hors taxes' (exempt raw honey and wax plus the taxable base); tax = 'TVA 18 %' on the base only; total = 'NET À PAYER TTC (GNF)'"
        + ("; the advance received and 'Reste à régler' are decoys" if adv else "")
        + ". Currency GNF (francs guinéens), whole francs '1 234 567'. The amount in words repeats the total. Line items: every row (amount = 'Montant (GNF)'; quantity 'Qté')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif_f, invoice_number=no_val, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="GNF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nif_f, no_val, po, vname, "GNF"], render


# =========================================================================== 03 Equatorial Guinean sign-maker (NIF, IVA 15 %, suplido, anticipo, whole XAF)
GQ_V = [
    ("Rótulos y Señalética Bioko, S.L.", "Calle de Kenia, 14, Malabo", (200, 30, 40)),
    ("Luminosos Río Muni, S.A.", "Avenida de la Libertad, 33, Bata", (0, 90, 160)),
    ("Gráficas y Letreros Annobón, S.L.", "Carretera del Aeropuerto, km 2, Malabo", (30, 120, 70)),
    ("Señales Ecuatoriales, S.L.", "Barrio Comandachina, Calle 5, Bata", (110, 50, 140)),
]
GQ_B = [("Banco Nacional de Guinea Ecuatorial – Agencia Sipopo", "Sipopo, Malabo"), ("Farmacia Nueva Esperanza, S.L.", "Paseo Marítimo, Bata"),
        ("Hotel Anda China, S.A.", "Carretera de Luba, Malabo"), ("Supermercados Martínez Hermanos, S.A.", "Avenida Hassan II, Malabo")]


@style("03", "gq_rotulos_letrero_instalacion")
def s03(rng, i):
    vname, vaddr, color = GQ_V[i]
    bname, baddr = GQ_B[i]
    d = rand_date(rng)
    w_cm, h_cm = rng.choice([320, 450, 600, 800]), rng.choice([60, 80, 120])
    items = []

    def add(desc, q, lo, hi, unit, step=D("10")):
        q = D(q)
        p = exact_price(rng, q, D(lo), D(hi), step)
        while q * p != q0(q * p):
            p += step
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p, "sup": False})

    add("Diseño gráfico y maquetación del rótulo (2 propuestas)", 1, 60000, 250000, "ud", D("5000"))
    add(f"Letras corpóreas en aluminio lacado con LED, {w_cm} x {h_cm} cm", D(w_cm * h_cm) / 10000, 180000, 420000, "m²")
    opts = [("Banderola luminosa doble cara 80 x 80 cm", 1, 350000, 900000, "ud"), ("Vinilo microperforado para escaparate", D(rng.randint(40, 180)) / 10, 12000, 30000, "m²"),
            ("Estructura de soporte en tubo de acero galvanizado", D(rng.randint(20, 120)) / 10, 25000, 60000, "ml"), ("Alquiler de camión grúa con cesta (horas)", rng.randint(3, 8), 45000, 90000, "h"),
            ("Instalación eléctrica y temporizador", 1, 80000, 250000, "ud")]
    for o in rng.sample(opts, rng.randint(2, 4)):
        add(*o)
    fee = D(rng.randint(10, 80)) * 5000
    items.append({"desc": "Tasa municipal de publicidad exterior (suplido, sin IVA)", "unit": "", "qty": None, "show_qty": False, "price": None, "amount": fee, "sup": True})
    net = sum(it["amount"] for it in items)
    base = sum(it["amount"] for it in items if not it["sup"])
    tax = q0(base * D("0.15"))
    total = net + tax
    nif = f"{rng.randint(10000, 99999)}{rng.choice('ABCDEFGH')}"
    b_nif = f"{rng.randint(10000, 99999)}{rng.choice('ABCDEFGH')}"
    no = [f"{d.year}/{rng.randint(100, 999)}", f"FV-{rng.randint(1000, 9999)}", f"A-{rng.randint(10000, 99999)}", f"RSE{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[0, 30, 0, 15][i]) if i in (1, 3) else None
    po = [f"PED-{rng.randint(1000, 9999)}", None, f"OC/{rng.randint(100, 999)}", None][i]
    job = f"OT-{rng.randint(1000, 9999)}"
    proof_d = d - dt.timedelta(days=rng.randint(15, 40))
    inst_d = d - dt.timedelta(days=rng.randint(0, 5))
    dep = q0(total * D(rng.choice([30, 40, 50])) / 100 / 1000) * 1000
    money = lambda x: de(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="ContaPlus")
        pdf.add_page()
        txt(pdf, 14, 11, vname, 14, "B", "DV", color=color)
        txt(pdf, 14, 18, f"{vaddr} · República de Guinea Ecuatorial", 7.6)
        txt(pdf, 14, 22, f"Tel. +240 222 {digits(rng, 3)} {digits(rng, 3)} · taller@{vname.split()[0].lower().replace('ó', 'o')}.gq", 7.6)
        txt(pdf, 14, 26, f"NIF {nif} · Registro Mercantil de {vaddr.split(',')[-1].strip()}, tomo {rng.randint(10, 99)}, folio {rng.randint(100, 300)}", 7.6, "B")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(14, 31, 198, 31)
        pdf.set_line_width(0.2)
        txt(pdf, 150, 35, "FACTURA", 16, "B", color=color, align="R", w=48)
        kv = [("N.º de factura", no), ("Fecha", fd(d)), ("Orden de trabajo", job)]
        if po:
            kv.append(("Su pedido", po))
        kv.append(("Vencimiento", fd(due)) if due else ("Forma de pago", "Transferencia a la entrega del trabajo"))
        y = 43
        for a, b in kv:
            txt(pdf, 122, y, a + ":", 7.6)
            txt(pdf, 158, y, b, 7.6, "B")
            y += 4.3
        txt(pdf, 14, 36, "Cliente", 6.8, color=(110, 110, 110))
        txt(pdf, 14, 40, bname, 8.4, "B")
        txt(pdf, 14, 44.5, baddr, 7.4)
        txt(pdf, 14, 49, f"NIF cliente: {b_nif}", 7.4)
        y = para(pdf, 14, 56, 100, f"Trabajo: rótulo de fachada para {bname.split(',')[0]}. Boceto aprobado el {fd(proof_d)}; instalado el {fd(inst_d)}. Medidas de la fachada {w_cm + 100} x {h_cm + 60} cm.", 7.0, color=(60, 60, 60))
        cols = [("Concepto", 96, "L"), ("Ud.", 12, "C"), ("Cantidad", 20, "R"), ("Precio (FCFA)", 26, "R"), ("Importe (FCFA)", 30, "R")]
        rows = [[it["desc"], it["unit"], de(it["qty"], 2 if it["qty"] != it["qty"].to_integral_value() else 0) if it["qty"] is not None else "", money(it["price"]) if it["price"] else "", money(it["amount"])] for it in items]
        y = table(pdf, 14, max(y, 68) + 3, cols, rows, size=7.2, font="DV", rowh=5.8, header_fill=color, header_color=(255, 255, 255), line_color=(200, 200, 200))
        y += 4
        tl = [("Suma", money(net), False), ("Base imponible IVA", money(base), False), ("IVA 15 %", money(tax), False), ("Suplidos (exentos)", money(fee), False), ("TOTAL FACTURA", f"{money(total)} FCFA", True)]
        for a, b, bold in tl:
            txt(pdf, 110, y, a, 8, "B" if bold else "")
            txt(pdf, 158, y, b, 8, "B" if bold else "", align="R", w=40)
            y += 4.8
        y += 2
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(110, y, 88, 13, "F")
        txt(pdf, 112, y + 1.5, f"Anticipo recibido el {fd(proof_d)} (recibo R-{rng.randint(100, 999)})", 6.8)
        txt(pdf, 158, y + 1.5, money(dep), 6.8, align="R", w=38)
        txt(pdf, 112, y + 6.5, "Pendiente de pago", 7.2, "B")
        txt(pdf, 158, y + 6.5, money(total - dep), 7.2, "B", align="R", w=38)
        y += 17
        y = para(pdf, 14, y, 184, f"Son: {es_words(int(total))} francos CFA.", 7.4, "I")
        y = para(pdf, 14, y + 3, 184, f"Datos bancarios: {rng.choice(['BANGE', 'CCEI Bank GE', 'Société Générale de Banques en Guinée Ecuatorial', 'Ecobank Guinea Ecuatorial'])}, cuenta n.º {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}. "
                 "Garantía de 2 años en la iluminación LED; la estructura queda a cargo del cliente tras la recepción.", 7.0)
        pdf.set_draw_color(190, 190, 190)
        pdf.line(14, 276, 198, 276)
        para(pdf, 14, 278, 184, f"{vname} · NIF {nif} · Página 1 de 1", 6.4, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Equatorial Guinean sign-maker's FACTURA for one job: vendor = the legal name at the top; vendor tax id = 'NIF' (no public checksum: random); the client's NIF, the trade register entry, the work order, receipt and bank account are decoys. "
        "invoice_number = 'N.º de factura'; invoice_date = 'Fecha' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the proof approval and installation dates are decoys. "
        + ("due = 'Vencimiento'. " if due else "'Transferencia a la entrega del trabajo' is a term: no due date (null). ")
        + (f"PO = 'Su pedido' {po}. " if po else "No PO. ")
        + "subtotal = 'Suma' (all rows, the pass-through municipal fee (suplido) included); tax = 'IVA 15 %' on the 'Base imponible IVA' only; total = 'TOTAL FACTURA'; the deposit received and 'Pendiente de pago' are decoys; sign and façade sizes in the text are decoys. "
        "Currency XAF ('FCFA', whole francs '1.234.567'). The amount in words repeats the total. Line items: every row (amount = 'Importe (FCFA)'; quantity 'Cantidad' (m² with two decimals, ml, hours, units); the suplido row prints no quantity: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XAF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, nif, no, po, vname, "FCFA"], render
