"""fpdf2 styles for set 21 (06 Anguillan wedding photographer's invoice with GST 13 % and a retainer in US or EC
dollars, 07 Nigerien hardware merchant's facture over two pages with 'À reporter' / 'Report' rows and TVA 19 % in whole
CFA francs, 08 Gibraltar marina's berthing invoice with meter readings, no VAT, an account summary and a remittance
slip in pounds sterling, 09 Malian VSAT internet provider's monthly facture per site with prorated rows, TVA 18 % in
whole CFA francs on a landscape page, 10 Kiribati tailor's tax invoice for school uniforms with a size-run grid and VAT
12.5 % in Australian dollars)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import calendar
import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
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
)
from kit_common import en_date, fr_date, frame, lines, para, rib_key, totals, us_date, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Anguilla wedding photographer (GST Reg. No., GST 13 %, US$ or EC$), retainer and balance
AI_V = [("Shoal Bay Light Photography Ltd.", "Shoal Bay East, Anguilla AI-2640", (120, 90, 60)),
        ("Sandy Ground Studio Ltd.", "Sandy Ground, Anguilla AI-2640", (40, 70, 90)),
        ("Meads Bay Weddings & Portraits Ltd.", "Meads Bay, West End, Anguilla AI-2640", (110, 60, 90)),
        ("Rendezvous Lens Co. Ltd.", "Rendezvous Bay, Anguilla AI-2640", (60, 95, 70))]
AI_B = [("Mr Daniel & Mrs Priya Whitfield", "14 Elm Park Road, London N3 1EB, United Kingdom", "Cap Juluca lawn"),
        ("Island Vows Wedding Planning Ltd.", "The Valley, Anguilla", "Meads Bay beach"),
        ("Ms Keisha Richardson & Mr Andre Gumbs", "North Hill, Anguilla", "St. Mary's Church, The Valley"),
        ("Blue Lagoon Events Ltd.", "Long Bay Village, Anguilla", "Rendezvous Bay beach")]
AI_ADD = [("Additional coverage hour", "hr", 1, 3, 250, 400), ("Second photographer", "hr", 4, 8, 120, 200), ("Drone aerial session", "ea", 1, 1, 350, 650),
          ("Engagement session on the beach", "ea", 1, 1, 450, 800), ("Fine-art album 12 x 12 in., 40 pages", "ea", 1, 1, 900, 1600),
          ("Parent album 8 x 8 in.", "ea", 1, 3, 280, 450), ("Boat transfer to Scrub Island for portraits", "trip", 1, 1, 250, 450),
          ("Online gallery and high-resolution downloads", "ea", 1, 1, 150, 300)]


@style("06", "ai_wedding_photographer_retainer")
def s06(rng, i):
    vname, vaddr, color = AI_V[i]
    bname, baddr, venue = AI_B[i]
    ec = i == 2
    k = D("2.70") if ec else D(1)
    d = rand_date(rng)
    wedding = d + dt.timedelta(days=rng.randint(28, 80))
    base = {"desc": "Full-day wedding coverage, 8 hours, one photographer", "unit": "pkg", "qty": D(1)}
    base["price"] = exact_price(rng, D(1), 2800 * k, 4800 * k, D(5))
    items = [base]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(AI_ADD, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, lo * k, hi * k, D(5))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.13"))
    total = net + tax
    gst = digits(rng, 10, True)
    no = [f"SBL-{rng.randint(100, 999)}", f"{d.year}-{rng.randint(10, 99):03d}", f"MBW{rng.randint(1000, 9999)}", f"RL/{d.strftime('%y')}/{rng.randint(10, 99)}"][i]
    fd = [en_date, us_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{MONTHS['en_days'][x.weekday()]}, {en_date(x)}"][i]
    due = d + dt.timedelta(days=rng.randint(14, 21)) if i in (0, 2) else None
    term = ["", "Balance payable on receipt", "", "Balance payable in full before the wedding"][i]
    po = [None, f"IV-{rng.randint(1000, 9999)}", None, f"BLE-{rng.randint(100, 999)}"][i]
    cur = ["US$", "USD", "EC$", "US$"][i]
    code = "XCD" if ec else "USD"
    retainer = q2(total * D("0.30")) if i in (0, 1, 3) else None
    ret_d = d - dt.timedelta(days=rng.randint(60, 200))

    def render(path):
        pdf = new_fpdf(creator="Studio Ninja")
        pdf.add_page()
        txt(pdf, 15, 16, vname, 17, "B", font="Serif", align="C", w=180, color=color)
        txt(pdf, 15, 25, f"{vaddr} · +1 (264) {rng.choice(['497', '498', '584', '772'])}-{digits(rng, 4)} · hello@{vname.split()[0].lower()}.ai", 8, font="Serif", align="C", w=180)
        txt(pdf, 15, 29.5, f"GST Reg. No. {gst}", 8, font="Serif", align="C", w=180)
        pdf.set_draw_color(*color)
        pdf.line(60, 36, 150, 36)
        txt(pdf, 15, 40, "I N V O I C E", 13, "", font="Serif", align="C", w=180, color=color)
        txt(pdf, 15, 54, "BILLED TO", 7.4, "B", color=(120, 120, 120))
        txt(pdf, 15, 58.5, bname, 9.6, "B", font="Serif")
        para(pdf, 15, 63.5, 90, baddr, 8.4, font="Serif", h=4)
        kv = [("Invoice No.", no), ("Invoice date", fd(d)), ("Wedding date", en_date(wedding)), ("Venue", venue)]
        kv += ([("Planner ref.", po)] if po else []) + ([("Payment due", fd(due))] if due else [])
        y = 54
        for a, b in kv:
            txt(pdf, 112, y, a, 8.2, color=(110, 110, 110))
            txt(pdf, 140, y, b, 8.2, "B", font="Serif", align="R", w=55)
            y += 5
        cols = [("Description", 104, "L"), ("Qty", 16, "R"), ("Rate", 30, "R"), ("Amount", 30, "R")]
        rows = [[x["desc"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 15, max(y, 76) + 6, cols, rows, size=8.4, font="Serif", rowh=7, header_style="B", line_color=(215, 205, 195))
        y = totals(pdf, 115, y + 6, [("Subtotal", en(net), False), ("GST 13%", en(tax), False), (f"Total ({cur})", en(total), True)], wl=48, wv=32, size=9, font="Serif", line=color, step=6)
        if retainer:
            y = totals(pdf, 115, y + 2, [(f"Retainer received {ret_d.strftime('%d/%m/%Y')}", en(retainer), False), ("Balance due", en(total - retainer), False)], wl=48, wv=32, size=8.4, font="Serif", color=(90, 90, 90))
        y = para(pdf, 15, y + 8, 180, (f"{term}. " if term else "") + f"Payment by wire to {rng.choice(['National Bank of Anguilla (2011) Ltd.', 'Caribbean Commercial Bank (Anguilla) Ltd.', 'Republic Bank (Anguilla) Ltd.'])}, account {digits(rng, 12)}, or by card through the online gallery. All prices are in {'Eastern Caribbean dollars' if ec else 'US dollars'} and subject to GST at 13%.", 8.2, font="Serif", h=4.2)
        para(pdf, 15, y + 6, 180, "Thank you for letting us tell your story. Your images will be delivered in an online gallery within six weeks of the wedding day.", 8.2, "I", font="Serif", h=4.2, color=color)
        pdf.output(path)

    notes = (
        "Anguillan wedding photographer's INVOICE in English, centred serif letterhead, to a couple or a wedding planner: vendor = the business name (Ltd.) centred at the top; vendor tax id = 'GST Reg. No.' (10 digits, the length from a registration mask on one web page; random). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "'March 12, 2026'", "dd/mm/yyyy", "'Thursday, 12 March 2026'"][i] + "); the 'Wedding date' and the retainer's date are decoys. "
        + ("due = 'Payment due'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Planner ref.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = 'GST 13%'; total = 'Total ({cur})'"
        + ("; 'Retainer received' and 'Balance due' are decoys" if retainer else "")
        + f". Currency {code}" + (" (a local couple billed in EC dollars)" if ec else "") + ". Amounts '1,234.56'. Line items: every row (quantity = package, hours, pieces, trip)."
    )
    t = T(vendor_name=vname, vendor_tax_id=gst, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency=code, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "GST Reg. No. " + gst, no, po, vname, f"Total ({cur})"], render


# =========================================================================== 07 Niger hardware merchant over two pages (NIF, TVA 19 %, FCFA whole francs), 'À reporter' / 'Report'
NE_V = [("Quincaillerie Générale du Sahel SARL", "Grand Marché, BP 11 234, Niamey", "Niamey", "NIA", (150, 40, 20)),
        ("Établissements Issoufou et Fils", "Route de Zinder, BP 402, Maradi", "Maradi", "MRD", (20, 80, 130)),
        ("Quincaillerie Moderne de Zinder SARL", "Quartier Birni, BP 156, Zinder", "Zinder", "ZND", (30, 110, 60)),
        ("Comptoir Nigérien du Bâtiment SA", "Boulevard Mali Béro, BP 10 870, Niamey", "Niamey", "NIA", (110, 50, 120))]
NE_B = [("ONG Eau pour Tous Niger", "Quartier Plateau, Niamey"), ("Entreprise Garba Construction SARL", "Quartier Sabon Gari, Maradi"),
        ("Mairie de Zinder – Services techniques", "Zinder"), ("Collège d'Enseignement Général de Say", "Say, Tillabéri")]
NE_CAT = [("Ciment CPJ 45, sac de 50 kg", "sac", 20, 200, 6000, 7500), ("Fer à béton HA 8, barre de 12 m", "barre", 10, 100, 2500, 3500),
          ("Fer à béton HA 10, barre de 12 m", "barre", 10, 80, 3800, 4800), ("Fer à béton HA 12, barre de 12 m", "barre", 10, 60, 5200, 6500),
          ("Fil d'attache recuit", "kg", 5, 40, 900, 1400), ("Pointes 70 mm", "kg", 5, 30, 900, 1300), ("Pointes 100 mm", "kg", 5, 30, 900, 1300),
          ("Tôle ondulée bac alu 0,35 mm, 3 m", "feuille", 10, 80, 5500, 8500), ("Tôle galvanisée 0,30 mm, 2 m", "feuille", 10, 60, 3500, 5200),
          ("Chevron 6 x 8, 4 m", "u", 10, 60, 2500, 3500), ("Planche de coffrage 27 mm, 4 m", "u", 10, 60, 2800, 3800),
          ("Tuyau PVC évacuation Ø 100, 4 m", "u", 2, 20, 4500, 6500), ("Tuyau PVC pression Ø 32, 6 m", "u", 2, 30, 2500, 3800), ("Coude PVC Ø 100", "u", 2, 20, 600, 900),
          ("Robinet laiton 1/2\"", "u", 2, 12, 2500, 4200), ("Vanne d'arrêt 3/4\"", "u", 1, 8, 4500, 7000), ("Peinture glycéro blanche, pot de 4 L", "pot", 2, 20, 14000, 19000),
          ("Peinture à eau, seau de 20 kg", "seau", 1, 12, 18000, 26000), ("Diluant, bidon de 1 L", "u", 2, 20, 1500, 2500), ("Brouette renforcée 90 L", "u", 1, 6, 28000, 38000),
          ("Pelle ronde avec manche", "u", 2, 12, 3500, 5000), ("Pioche avec manche", "u", 2, 10, 4000, 6000), ("Truelle de maçon", "u", 2, 12, 1500, 2500),
          ("Niveau à bulle 60 cm", "u", 1, 6, 3500, 5500), ("Serrure encastrée 3 points", "u", 1, 10, 12000, 18000), ("Cadenas laiton 50 mm", "u", 2, 20, 2500, 4000),
          ("Paumelle 140 mm", "u", 4, 40, 700, 1100), ("Fer carré 12 mm, barre de 6 m", "barre", 4, 40, 3000, 4200), ("Baguettes de soudure 2,5 mm, paquet", "paquet", 1, 10, 5500, 8000),
          ("Disque à tronçonner 230 mm", "u", 5, 30, 1200, 2000), ("Fil électrique 2,5 mm², rouleau de 100 m", "rouleau", 1, 8, 18000, 26000), ("Interrupteur simple allumage", "u", 5, 40, 600, 1000),
          ("Prise de courant 2P+T", "u", 5, 40, 900, 1400), ("Gaine ICTA Ø 20, rouleau de 100 m", "rouleau", 1, 6, 9000, 14000), ("Ampoule LED 12 W", "u", 10, 60, 900, 1500)]


@style("07", "ne_quincaillerie_report_deux_pages")
def s07(rng, i):
    vname, vaddr, city, ccode, color = NE_V[i]
    bname, baddr = NE_B[i]
    d = rand_date(rng)
    n = rng.randint(32, 35)
    items = lines(rng, NE_CAT, n, D("25"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    nif = f"{rng.randint(10000, 59999)}/{rng.choice('RPS')}"
    rccm = f"RCCM-NI-{ccode}-{rng.randint(2008, 2021)}-{rng.choice('AB')}-{rng.randint(100, 3999)}"
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FA{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}/QMZ/{d.strftime('%y')}", f"CNB-{rng.randint(10000, 39999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    term = ["Paiement comptant à l'enlèvement", "", "Paiement à 60 jours après service fait", ""][i]
    po = [f"{rng.randint(10, 99)}/EPT/{d.year}", None, f"{rng.randint(100, 999)}/MZ", f"{rng.randint(4000, 4999)}"][i]
    cur = ["FCFA", "F CFA", "XOF", "FCFA"][i]
    money = [lambda x: sp(x, 0), lambda x: de(x, 0), lambda x: sp(x, 0), lambda x: de(x, 0)][i]
    bl = f"BL {rng.randint(1000, 9999)}"
    tel = f"{rng.choice(['20', '96', '90'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    b_nif = f"{rng.randint(10000, 59999)}/{rng.choice('RPS')}"
    per_page = rng.randint(26, 29)
    bank, bcode = rng.choice([("Banque Atlantique Niger", "NE168"), ("Ecobank Niger", "NE090"), ("BOA Niger", "NE058"), ("Sonibank", "NE038")])
    branch, acct = digits(rng, 5), digits(rng, 12)

    def header(pdf, pg):
        txt(pdf, 15, 12, vname, 13, "B", font="DVC", color=color)
        txt(pdf, 15, 18.5, "Matériaux de construction – Quincaillerie – Plomberie – Électricité", 7.8, "I")
        txt(pdf, 15, 22.5, f"{vaddr} · Tél. +227 {tel}", 7.8, font="DVC")
        txt(pdf, 15, 26.5, f"N° NIF : {nif}   ·   {rccm}", 7.8, "B", font="DVC")
        txt(pdf, 15, 284, f"Page {pg}/2", 7.4, font="DVC", align="R", w=180)
        if pg == 1:
            pdf.set_draw_color(*color)
            pdf.set_line_width(0.6)
            pdf.rect(125, 11, 70, 12)
            pdf.set_line_width(0.2)
            txt(pdf, 125, 13.8, f"FACTURE N° {no}", 11, "B", font="DVC", align="C", w=70)
            txt(pdf, 125, 26, f"{city}, le {fd(d)}", 8.6, font="DVC", align="R", w=70)
            pdf.rect(15, 33, 100, 22)
            txt(pdf, 17, 34.5, "Client :", 7.6, font="DVC", color=(100, 100, 100))
            txt(pdf, 17, 39, bname, 9, "B", font="DVC")
            txt(pdf, 17, 44, baddr, 8, font="DVC")
            txt(pdf, 17, 48.5, f"NIF client : {b_nif}", 7.6, font="DVC")
            kv = ([("Bon de commande :", po)] if po else []) + [("Bon de livraison :", bl)] + ([("Échéance :", fd(due))] if due else [])
            y = 35
            for a, b in kv:
                txt(pdf, 122, y, a, 8, font="DVC")
                txt(pdf, 155, y, b, 8, "B", font="DVC", align="R", w=40)
                y += 5
            return 60
        txt(pdf, 125, 13, f"Suite de la facture N° {no}", 9, "B", font="DVC", align="R", w=70)
        return 36

    cols = [("N°", 10, "C"), ("Désignation", 84, "L"), ("Unité", 18, "C"), ("Qté", 14, "R"), ("P.U. HT", 26, "R"), ("Montant HT", 28, "R")]

    def render(path):
        pdf = new_fpdf(creator="Sage Gestion Commerciale")
        first, rest = items[:per_page], items[per_page:]
        carried = sum(x["amount"] for x in first)
        pdf.add_page()
        y0 = header(pdf, 1)
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), money(x["price"]), money(x["amount"])] for k, x in enumerate(first)]
        rows.append(["", "À reporter", "", "", "", money(carried)])
        y = table(pdf, 15, y0, cols, rows, size=7.8, font="DVC", rowh=6, header_fill=(235, 235, 235), line_color=(150, 150, 150))
        frame(pdf, 15, y0, y, cols, color=(150, 150, 150))
        pdf.add_page()
        y0 = header(pdf, 2)
        rows = [["", "Report", "", "", "", money(carried)]] + [[str(per_page + k + 1), x["desc"], x["unit"], qstr(x["qty"]), money(x["price"]), money(x["amount"])] for k, x in enumerate(rest)]
        y = table(pdf, 15, y0, cols, rows, size=7.8, font="DVC", rowh=6, header_fill=(235, 235, 235), line_color=(150, 150, 150))
        frame(pdf, 15, y0, y, cols, color=(150, 150, 150))
        y = totals(pdf, 115, y + 6, [("Total HT", money(net), False), ("TVA 19 %", money(tax), False), (f"Total TTC ({cur})", money(total), True)], wl=46, wv=34, size=8.8, font="DVC", line=(0, 0, 0))
        y = para(pdf, 15, y + 4, 180, f"Arrêtée la présente facture à la somme de : {fr_words(total)} francs CFA, toutes taxes comprises.", 8.2, "I", h=4.2)
        y = para(pdf, 15, y + 3, 180, (f"Conditions : {term}. " if term else "") + f"Règlement par chèque ou virement : {bank}, RIB {bcode} {branch} {acct} {rib_key(bcode, branch, acct)}. Les marchandises vendues ne sont ni reprises ni échangées.", 7.8, font="DVC", h=4)
        txt(pdf, 135, y + 8, "Le Gérant", 9, "B", font="DVC", align="C", w=55)
        txt(pdf, 135, y + 13, "(cachet et signature)", 7.4, "I", align="C", w=55)
        pdf.output(path)

    notes = (
        f"Nigerien hardware merchant's FACTURE in French over two pages ({n} rows: {per_page} on page 1 ending with 'À reporter', the rest on page 2 opening with 'Report', then the totals): vendor = the company name (SARL/SA or 'Établissements ...') at the top left; vendor tax id = 'N° NIF' (5 digits, a slash and a letter, shape unverified, random); the RCCM, the client's NIF, the delivery note and the RIB are decoys. "
        "invoice_number = the number after 'FACTURE N°' (also in the page 2 heading 'Suite de la facture N° ...'); invoice_date = the place-and-date line ('" + city + ", le ...', " + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd/mm/yy"][i] + "). "
        + ("due = 'Échéance' (30 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande' {po}. " if po else "No PO. ")
        + f"subtotal = 'Total HT'; tax = 'TVA 19 %' (rounded to the franc); total = 'Total TTC ({cur})', repeated in French words; the 'À reporter' row closing the page 1 table and the 'Report' row opening the page 2 table (the page 1 sum, in the amount column, unnumbered) are decoys, not lines. "
        "Currency XOF, whole francs '" + ("1 234 500" if i in (0, 2) else "1.234.500") + "'. Line items: every numbered row on both pages (quantity = bags, bars, kg, sheets, units, pots, rolls, packets)."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [f"{city}, le {fd(d)}", fd(due) if due else None, "N° NIF : " + nif, "FACTURE N° " + no, po, vname, cur, "À reporter", "Report"], render


# =========================================================================== 08 Gibraltar marina berthing (no VAT, no tax id, GBP), meter readings, account summary, remittance slip
GI_V = [("Westside Quay Marina Ltd.", "Westside Quay, Gibraltar GX11 1AA", (0, 70, 120)),
        ("Rosia Bay Moorings Ltd.", "Rosia Road, Gibraltar GX11 1AA", (140, 40, 40)),
        ("Europa Point Yacht Services Ltd.", "Europa Road, Gibraltar GX11 1AA", (30, 100, 90)),
        ("Coaling Island Marina Ltd.", "Coaling Island, Gibraltar GX11 1AA", (70, 60, 130))]
GI_B = [("Blue Strait Charters Ltd.", "Suite 4, 57 Irish Town, Gibraltar", "S/Y Levante", "12.4"), ("Mr R. Alvarez", "Calle Real 18, 11300 La Línea, Spain", "M/Y Calima", "15.8"),
        ("Anchor Line Sailing Ltd.", "Unit 12, Watergardens, Gibraltar", "S/Y Poniente", "11.0"), ("Mrs J. Bateman", "3 Rosia Parade, Gibraltar", "S/Y Tarifa Wind", "9.8")]


@style("08", "gi_marina_berthing_meter_readings")
def s08(rng, i):
    vname, vaddr, color = GI_V[i]
    bname, baddr, vessel, loa = GI_B[i]
    d = rand_date(rng)
    prev = d.replace(day=1) - dt.timedelta(days=1)
    start = prev.replace(day=1)
    nights = D(prev.day)
    berth = f"{rng.choice('ABCD')}-{rng.randint(1, 30)}"
    e_prev = rng.randint(2000, 40000)
    e_units = rng.randint(80, 900)
    w_prev = rng.randint(100, 3000)
    w_units = rng.randint(2, 14)
    e_meter, w_meter = f"E-{rng.randint(100, 399)}", f"W-{rng.randint(100, 399)}"
    items = [{"desc": f"Berthing, LOA {loa} m, berth {berth}, {start.day}–{prev.day} {MONTHS['en_short'][prev.month - 1]} {prev.year}", "unit": "night", "qty": nights},
             {"desc": f"Electricity, meter {e_meter}", "unit": "kWh", "qty": D(e_units)},
             {"desc": f"Fresh water, meter {w_meter}", "unit": "m³", "qty": D(w_units)}]
    items[0]["price"] = exact_price(rng, nights, D(30), D(95), D("0.05"))
    items[1]["price"] = exact_price(rng, items[1]["qty"], D("0.24"), D("0.34"), D("0.01"))
    items[2]["price"] = exact_price(rng, items[2]["qty"], D("3.50"), D("5.50"), D("0.05"))
    opt = [("Holding-tank pump-out", "ea", 1, 3, 15, 25), ("Liveaboard supplement", "night", 5, int(nights), 3, 6), ("Car park permit, monthly", "ea", 1, 1, 45, 80),
           ("Laundry tokens", "ea", 2, 10, 4, 6), ("Wi-Fi access, monthly", "ea", 1, 1, 15, 30)]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(opt, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    prev_bal = q2(D(rng.randint(20000, 160000)) / 100)
    paid = prev_bal if rng.random() < 0.5 else q2(prev_bal - D(rng.randint(1000, 9000)) / 100)
    bal = prev_bal - paid + total
    paid_d = prev.replace(day=rng.randint(5, 25))
    no = [f"WQ{rng.randint(100000, 199999)}", f"RBM-{rng.randint(1000, 9999)}", f"{rng.randint(30000, 59999)}", f"CIM/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=14) if i in (0, 3) else None
    term = ["", "Payable on presentation", "Berthing payable monthly in advance, services monthly in arrears", ""][i]
    po = [f"BSC-{rng.randint(100, 999)}", None, f"ALS{rng.randint(1000, 9999)}", None][i]
    cur = ["GBP", "£", "GBP", "£"][i]
    acct = f"{vessel.split()[1][:3].upper()}{rng.randint(100, 999)}"
    coreg = f"{rng.randint(100000, 129999)}"
    gbank = rng.choice([("Gibraltar International Bank", "GIBIGIGI"), ("Jyske Bank (Gibraltar)", "JYBAGIGI"), ("NatWest (Gibraltar)", "NWBKGIGI")])
    ib = iban("GI", gbank[1][:4] + digits(rng, 15))

    def render(path):
        pdf = new_fpdf(creator="Marina Master")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 10, 180, 20, "F")
        white = (255, 255, 255)
        txt(pdf, 19, 13, vname, 14, "B", color=white)
        txt(pdf, 19, 20.5, f"{vaddr} · Tel +350 200 {digits(rng, 5)} · berthing@{vname.split()[0].lower()}.gi", 7.8, color=white)
        txt(pdf, 19, 24.5, f"Registered in Gibraltar, company no. {coreg}", 7.4, color=white)
        txt(pdf, 140, 13, "INVOICE", 16, "B", color=white, align="R", w=52)
        txt(pdf, 15, 36, "Account", 7.4, "B", color=(110, 110, 110))
        txt(pdf, 15, 40, bname, 9.2, "B")
        txt(pdf, 15, 44.5, baddr, 8)
        txt(pdf, 15, 49, f"Vessel: {vessel} · LOA {loa} m · berth {berth} · account {acct}", 8)
        kv = [("Invoice No.", no), ("Invoice date", fd(d))] + ([("Your ref.", po)] if po else []) + ([("Due date", fd(due))] if due else [])
        y = 36
        for a, b in kv:
            txt(pdf, 130, y, a, 8)
            txt(pdf, 160, y, b, 8, "B", align="R", w=35)
            y += 4.8
        cols = [("Description", 96, "L"), ("Unit", 16, "C"), ("Qty", 18, "R"), ("Rate £", 22, "R"), ("Amount £", 28, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 15, 58, cols, rows, size=7.8, rowh=6, header_fill=(230, 236, 242), line_color=(200, 200, 200))
        y = totals(pdf, 115, y + 5, [(f"Invoice total {cur}", en(total), True)], wl=50, wv=30, size=9, line=color)
        txt(pdf, 15, y, "No VAT is chargeable in Gibraltar.", 7.6, "I")
        y += 6
        txt(pdf, 15, y, "METER READINGS", 8, "B", color=color)
        mcols = [("Meter", 30, "L"), ("Previous", 26, "R"), ("Current", 26, "R"), ("Units", 22, "R")]
        mrows = [[e_meter + " (kWh)", f"{e_prev:,}", f"{e_prev + e_units:,}", str(e_units)], [w_meter + " (m³)", f"{w_prev:,}", f"{w_prev + w_units:,}", str(w_units)]]
        ym = table(pdf, 15, y + 4, mcols, mrows, size=7.6, rowh=5.2, line_color=(210, 210, 210))
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(125, y + 3, 70, 27)
        txt(pdf, 127, y + 4.5, "ACCOUNT SUMMARY", 7.8, "B", color=color)
        yy = y + 9.5
        for a, b, bold in [("Balance brought forward", en(prev_bal), False), (f"Payment received {paid_d.strftime('%d/%m/%Y')}", "-" + en(paid), False), ("This invoice", en(total), False), ("Balance on account", en(bal), True)]:
            txt(pdf, 127, yy, a, 7.4, "B" if bold else "")
            txt(pdf, 167, yy, b, 7.4, "B" if bold else "", align="R", w=26)
            yy += 4.4
        y = max(ym, y + 31) + 4
        y = para(pdf, 15, y, 180, (f"Terms: {term}. " if term else "") + f"Pay by transfer to {gbank[0]}, IBAN {iban_fmt(ib)}, BIC {gbank[1]}, quoting the invoice number, or by card at the marina office. Berths are let under the marina's berthing regulations.", 7.8, h=4)
        y = max(y + 10, 240)
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(15, y, 195, y)
        pdf.set_dash_pattern()
        txt(pdf, 15, y + 3, "REMITTANCE SLIP – please detach and return with your payment", 8.2, "B")
        txt(pdf, 15, y + 9, f"Account {acct} · {vessel} · berth {berth}", 8)
        txt(pdf, 15, y + 13.5, f"Invoice No. {no} · invoice total £{en(total)}", 8)
        txt(pdf, 120, y + 9, "Amount enclosed £ ____________", 8)
        txt(pdf, 120, y + 13.5, "Cheque no. ____________", 8)
        pdf.output(path)

    notes = (
        "Gibraltar marina's berthing INVOICE in English (no VAT in Gibraltar: no tax printed; no tax id): vendor = the company name (Ltd.) in the coloured band; vendor_tax_id null (the company registration number is a decoy). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yyyy", "dd.mm.yyyy"][i] + "); the berthing period and the payment date in the account summary are decoys. "
        + ("due = 'Due date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Your ref.' {po}. " if po else "No PO. ")
        + f"subtotal null and tax null (none printed); total = 'Invoice total {cur}'; the ACCOUNT SUMMARY (balance brought forward, payment received, this invoice, balance on account), the meter readings and the remittance slip are decoys (the slip repeats the total). "
        "Currency GBP ('£', 'GBP'). Amounts '1,234.56'. Line items: every row of the charges table (quantity = nights, kWh, m³, pieces)."
    )
    t = T(vendor_name=vname, vendor_tax_id=None, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="GBP", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, f"Invoice total {cur}", "No VAT is chargeable in Gibraltar."], render


# =========================================================================== 09 Mali VSAT internet provider per site (NIF, TVA 18 %, FCFA whole francs), landscape, prorated rows
ML_V = [("Sahel Connect SARL", "ACI 2000, Rue 354, Porte 118, BP E 4521, Bamako", "BKO", (0, 90, 140)),
        ("Djoliba Networks SARL", "Hamdallaye ACI, Avenue Cheick Zayed, Bamako", "BKO", (170, 90, 0)),
        ("Mandé Internet SA", "Quartier du Fleuve, Rue 311, Bamako", "BKO", (20, 110, 70)),
        ("Kayes Satellite Services SARL", "Quartier Plateau, BP 112, Kayes", "KYS", (120, 40, 90))]
ML_B = [("ONG Santé Sahel Mali", "Hippodrome, Bamako", ["Bamako", "Ségou", "Mopti", "San", "Bandiagara"]),
        ("Coopérative Cotonnière de Koutiala", "Koutiala", ["Koutiala", "Sikasso", "Bougouni", "Kadiolo"]),
        ("Projet Irrigation Niono", "Niono, Ségou", ["Niono", "Macina", "Markala", "Ségou", "Diabaly"]),
        ("Société Minière de Kéniéba SA", "Kéniéba, Kayes", ["Kéniéba", "Sadiola", "Kayes", "Bafoulabé"])]
ML_OFFERS = [("Pro 4 Mbit/s", 45000, 90000), ("Pro 8 Mbit/s", 85000, 150000), ("Entreprise 12 Mbit/s", 140000, 250000), ("Pro 2 Mbit/s", 30000, 60000)]


@style("09", "ml_vsat_abonnement_sites_prorata")
def s09(rng, i):
    vname, vaddr, ccode, color = ML_V[i]
    bname, baddr, sites = ML_B[i]
    d = rand_date(rng)
    per_start = d.replace(day=1)
    ndays = calendar.monthrange(d.year, d.month)[1]
    per_end = d.replace(day=ndays)
    nsite = rng.randint(3, min(5, len(sites)))
    chosen = rng.sample(sites, nsite)
    items = []
    for loc in chosen:
        offer, lo, hi = rng.choice(ML_OFFERS)
        p = exact_price(rng, D(1), D(lo), D(hi), D(500))
        items.append({"desc": f"Abonnement VSAT {offer}, site de {loc}", "unit": "mois", "qty": D(1), "price": p, "amount": p, "loc": loc, "offer": offer})
    if i in (1, 3):  # a site activated during the month: prorata, no quantity
        offer, lo, hi = rng.choice(ML_OFFERS)
        p = exact_price(rng, D(1), D(lo), D(hi), D(500))
        act = rng.randint(5, ndays - 3)
        k = ndays - act + 1
        loc = rng.choice([s for s in sites if s not in chosen] or sites)
        amt = q0(p * k / ndays)
        items.append({"desc": f"Abonnement VSAT {offer}, site de {loc}, prorata du {act:02d}/{d.month:02d} au {ndays:02d}/{d.month:02d} ({k}/{ndays} jours)", "unit": "prorata", "qty": None, "price": p, "amount": amt, "show_qty": False})
        inst = exact_price(rng, D(1), D(150000), D(350000), D(5000))
        items.append({"desc": f"Frais d'installation et de mise en service, site de {loc}", "unit": "forfait", "qty": D(1), "price": inst, "amount": inst})
    kit_q = D(len([x for x in items if x["unit"] in ("mois", "prorata")]))
    kit_p = exact_price(rng, kit_q, D(15000), D(35000), D(500))
    items.append({"desc": "Location kit VSAT (antenne 1,2 m, modem, BUC 3 W)", "unit": "kit", "qty": kit_q, "price": kit_p, "amount": q2(kit_q * kit_p)})
    if rng.random() < 0.7:
        q = D(rng.randint(1, 4))
        p = exact_price(rng, q, D(5000), D(10000), D(500))
        items.append({"desc": "Adresse IP publique fixe", "unit": "u", "qty": q, "price": p, "amount": q2(q * p)})
    if i in (0, 2):  # a credit for an outage: negative row, no quantity
        src = rng.choice([x for x in items if x["unit"] == "mois"])
        a, b = sorted(rng.sample(range(2, ndays - 1), 2))
        k = b - a + 1
        amt = -q0(src["price"] * k / ndays)
        items.append({"desc": f"Avoir : interruption de service du {a:02d}/{d.month:02d} au {b:02d}/{d.month:02d}, site de {src['loc']} ({k} jours)", "unit": "avoir", "qty": None, "price": None, "amount": amt, "show_qty": False})
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    nif = f"{rng.choice(['08', '07'])}{digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    rccm = f"MA.{ccode}.{rng.randint(2009, 2021)}.{rng.choice('AB')}.{rng.randint(100, 9999)}"
    no = [f"SC-{d.strftime('%y%m')}-{rng.randint(100, 999)}", f"DN{rng.randint(10000, 49999)}", f"{rng.randint(1000, 9999)}/MI/{d.year}", f"KSS-{rng.randint(1000, 4999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=15) if i in (0, 1) else None
    term = ["", "", "Paiement à réception de la facture", "Paiement à 30 jours fin de mois"][i]
    po = [None, f"CCK/{rng.randint(10, 99)}/{d.year}", f"PIN-{rng.randint(100, 999)}", None][i]
    cur = ["FCFA", "F CFA", "XOF", "FCFA"][i]
    money = [lambda x: sp(x, 0), lambda x: de(x, 0), lambda x: sp(x, 0), lambda x: sp(x, 0)][i]
    client = f"CLT-{rng.randint(1000, 9999)}"
    bank, bcode = rng.choice([("Banque de Développement du Mali", "ML016"), ("Bank of Africa Mali", "ML043"), ("Ecobank Mali", "ML090"), ("BICIM", "ML039")])
    branch, acct = digits(rng, 5), digits(rng, 12)

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Odoo")
        pdf.add_page()
        txt(pdf, 15, 11, vname, 15, "B", color=color)
        txt(pdf, 15, 18, "Fournisseur d'accès Internet par satellite (VSAT) – Réseaux d'entreprise – Maintenance", 8, "I")
        txt(pdf, 15, 22, f"{vaddr} · Tél. +223 {rng.choice(['20', '44', '76'])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} · facturation@{vname.split()[0].lower()}.ml", 8)
        txt(pdf, 15, 26, f"NIF : {nif} · RCCM : {rccm}", 8, "B")
        pdf.set_fill_color(*color)
        pdf.rect(200, 10, 82, 10, "F")
        txt(pdf, 200, 12, f"FACTURE N° {no}", 11, "B", align="C", w=82, color=(255, 255, 255))
        kv = [("Date", fd(d)), ("Client n°", client), ("Période", f"du {per_start.strftime('%d/%m/%Y')} au {per_end.strftime('%d/%m/%Y')}")] + ([("Référence", po)] if po else []) + ([("Date limite de paiement", fd(due))] if due else [])
        y = 23
        for a, b in kv:
            txt(pdf, 200, y, a, 7.8)
            txt(pdf, 238, y, b, 7.8, "B", align="R", w=44)
            y += 4.4
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(15, 31, 120, 17)
        txt(pdf, 17, 32.5, "Facturé à :", 7.4, color=(110, 110, 110))
        txt(pdf, 17, 36.5, bname, 9, "B")
        txt(pdf, 17, 41, f"{baddr} · Mali", 8)
        cols = [("N°", 10, "C"), ("Désignation", 150, "L"), ("Unité", 20, "C"), ("Qté", 16, "R"), ("P.U. HT", 32, "R"), ("Montant HT", 39, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]) if x["qty"] is not None else "", money(x["price"]) if x["price"] is not None else "", money(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, max(y, 50) + 4, cols, rows, size=7.8, rowh=6, header_fill=(225, 235, 242), line_color=(190, 190, 190))
        y = totals(pdf, 192, y + 5, [("Total HT", money(net), False), ("TVA 18 %", money(tax), False), (f"Total TTC ({cur})", money(total), True)], wl=48, wv=42, size=8.8, line=color)
        yw = para(pdf, 15, y - 16, 165, f"Arrêtée la présente facture à la somme de : {fr_words(total)} francs CFA.", 8, "I", h=4.2)
        para(pdf, 15, max(y, yw) + 3, 267, (f"Conditions : {term}. " if term else "") + f"Règlement par virement : {bank}, RIB {bcode} {branch} {acct} {rib_key(bcode, branch, acct)}, en rappelant le numéro de facture. Tout retard de paiement de plus de 30 jours entraîne la suspension du service.", 7.8, h=4)
        pdf.output(path)

    notes = (
        "Malian VSAT internet provider's FACTURE in French on a landscape page, one subscription row per site for the month: vendor = the company name (SARL/SA) at the top left; vendor tax id = 'NIF' (9 digits and a letter, shape unverified, random); the RCCM, the client number and the RIB are decoys. "
        "invoice_number = the number after 'FACTURE N°' in the coloured box; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy", "dd.mm.yyyy"][i] + "); the 'Période' dates and the dates inside row descriptions are decoys. "
        + ("due = 'Date limite de paiement' (15 days). " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Référence' {po}. " if po else "No PO. ")
        + f"subtotal = 'Total HT'; tax = 'TVA 18 %' (rounded to the franc); total = 'Total TTC ({cur})', repeated in French words. "
        + ("A site activated during the month is billed 'prorata' (no quantity; amount = monthly price x days / days in the month, to the franc) with its installation fee. " if i in (1, 3) else "")
        + ("An outage credit ('Avoir : interruption de service ...') is a negative row with no quantity. " if i in (0, 2) else "")
        + "Currency XOF, whole francs '" + ("1.234.500" if i == 1 else "1 234 500") + "'. Line items: every numbered row (quantity = months, kits, addresses, 'forfait'; null on prorata and credit rows)."
    )
    t = T(vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, "FACTURE N° " + no, po, vname, cur], render


# =========================================================================== 10 Kiribati school uniforms with a size-run grid (VAT Reg. No., VAT 12.5 %, AUD)
KI_V = [("Betio Garment & Tailoring Ltd", "Temakin, Betio, Tarawa, Kiribati", (0, 80, 140)),
        ("Bairiki Sewing Centre Ltd", "Bairiki, South Tarawa, Kiribati", (160, 60, 30)),
        ("Tarawa Uniform Makers Co. Ltd", "Teaoraereke, South Tarawa, Kiribati", (30, 110, 80)),
        ("Bikenibeu Stitch & Print Ltd", "Bikenibeu, South Tarawa, Kiribati", (90, 50, 130))]
KI_B = [("Nawerewere Junior Secondary School", "Nawerewere, South Tarawa"), ("Bairiki Primary School", "Bairiki, South Tarawa"),
        ("Eita Community High School", "Eita, South Tarawa"), ("Bonriki Christian College", "Bonriki, South Tarawa")]
KI_ITEMS = [("Boys' shirt, white, embroidered crest", 14, 22), ("Girls' blouse, white, embroidered crest", 14, 22), ("Lavalava (sulu), navy, school stripe", 12, 20),
            ("Girls' skirt, navy, box pleats", 15, 24), ("Shorts, khaki", 13, 21), ("Sports T-shirt, house colour, screen printed", 10, 16), ("Dress, blue check, short sleeves", 18, 28)]
KI_SIZES = [["6", "8", "10", "12", "14", "16"], ["XS", "S", "M", "L", "XL", "2XL"]]


@style("10", "ki_school_uniform_size_run")
def s10(rng, i):
    vname, vaddr, color = KI_V[i]
    bname, baddr = KI_B[i]
    d = rand_date(rng)
    sizes = KI_SIZES[i % 2]
    items = []
    for desc, lo, hi in rng.sample(KI_ITEMS, rng.randint(3, 5)):
        run = [rng.choice([0, 0, rng.randint(1, 9), rng.randint(5, 30), rng.randint(10, 40)]) for _ in sizes]
        if sum(run) == 0:
            run[2] = rng.randint(5, 20)
        q = D(sum(run))
        p = exact_price(rng, q, D(lo), D(hi), D("0.05"))
        items.append({"desc": desc, "run": run, "qty": q, "price": p, "amount": q2(q * p)})
    if rng.random() < 0.6:
        q = D(rng.randint(20, 150))
        items.append({"desc": "Name embroidery on pocket", "run": None, "qty": q, "price": exact_price(rng, q, D("2.50"), D("4.50"), D("0.05"))})
        items[-1]["amount"] = q2(q * items[-1]["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.125"))
    total = net + tax
    vat = f"{rng.randint(100, 999)}{digits(rng, 4)}"
    no = [f"BGT-{rng.randint(1000, 4999)}", f"{rng.randint(100, 999)}/{d.year}", f"TUM{rng.randint(10000, 39999)}", f"INV {rng.randint(2000, 2999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d-%b-%y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = ["", "Balance payable on collection", "", "Cash on collection"][i]
    po = [f"LPO-{rng.randint(1000, 9999)}", None, f"ECHS/{rng.randint(10, 99)}/{d.year}", None][i]
    cur = ["A$", "AUD", "$", "AUD"][i]
    deposit = q2(total / 2) if i in (1, 2) else None
    dep_d = d - dt.timedelta(days=rng.randint(20, 50))
    collect = d + dt.timedelta(days=rng.randint(3, 10))
    term_name = rng.choice(["Term 1", "Term 2", "Term 3"])

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 12, vname, 15, "B", color=color)
        txt(pdf, 16, 19, f"{vaddr} · Ph (686) 7{digits(rng, 7)} · {vname.split()[0].lower()}.tailoring@gmail.com", 8)
        txt(pdf, 16, 23, f"VAT Reg. No. {vat}", 8, "B")
        txt(pdf, 150, 12, "TAX INVOICE", 15, "B", align="R", w=45)
        txt(pdf, 16, 32, "Customer", 7.4, color=(110, 110, 110))
        txt(pdf, 16, 36, bname, 9.4, "B")
        txt(pdf, 16, 40.5, baddr + ", Kiribati", 8)
        txt(pdf, 16, 45, f"Order: school uniforms, {term_name} {d.year if d.month < 11 else d.year + 1}", 8)
        kv = [("Invoice No.", no), ("Date", fd(d))] + ([("Order No.", po)] if po else []) + [("Collection", collect.strftime("%d/%m/%Y"))] + ([("Due date", fd(due))] if due else [])
        y = 32
        for a, b in kv:
            txt(pdf, 138, y, a, 8)
            txt(pdf, 160, y, b, 8, "B", align="R", w=35)
            y += 4.6
        cols = [("Item", 62, "L")] + [(s, 10, "C") for s in sizes] + [("Total qty", 17, "R"), ("Unit price", 20, "R"), ("Amount", 22, "R")]
        rows = [[wrap(x["desc"], 36)] + ([str(c) if c else "–" for c in x["run"]] if x["run"] else [""] * len(sizes)) + [qstr(x["qty"]), en(x["price"]), en(x["amount"])] for x in items]
        y0 = max(y, 52) + 4
        txt(pdf, 78, y0 - 4.5, "Sizes", 7.4, "I", align="C", w=60, color=(110, 110, 110))
        y = table(pdf, 16, y0, cols, rows, size=7.8, rowh=6, header_fill=(235, 235, 235), line_color=(190, 190, 190))
        frame(pdf, 16, y0, y, cols, color=(190, 190, 190))
        trows = [("Subtotal", en(net), False), ("VAT 12.5%", en(tax), False), (f"Total {cur}", en(total), True)]
        if deposit:
            trows += [(f"Deposit paid {dep_d.strftime('%d/%m/%Y')}", en(deposit), False), ("Balance on collection", en(total - deposit), False)]
        y2 = totals(pdf, 125, y + 6, trows, wl=44, wv=26, size=8.6, line=color)
        para(pdf, 16, y + 6, 100, f"Garments counted by size above; total pieces {int(sum(x['qty'] for x in items if x['run']))}. Alterations within 14 days of collection are free of charge.", 7.6, h=3.8)
        y = para(pdf, 16, y2 + 6, 179, (f"{term}. " if term else "") + f"Payment by transfer to {rng.choice(['ANZ Bank (Kiribati) Ltd', 'Development Bank of Kiribati'])}, account {digits(rng, 9)}, or cash at the shop. All prices are in Australian dollars, exclusive of VAT.", 7.8, h=4)
        pdf.output(path)

    notes = (
        "Kiribati tailor's TAX INVOICE in English for school uniforms, with a size-run grid (" + ", ".join(sizes) + ") in the items table: vendor = the company name (Ltd/Co. Ltd) at the top left; vendor tax id = 'VAT Reg. No.' (7 digits, shape unverified, random). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yy", "dd.mm.yyyy"][i] + "); the collection date and the deposit date are decoys. "
        + ("due = 'Due date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Order No.' {po}. " if po else "No PO. ")
        + f"subtotal = 'Subtotal'; tax = 'VAT 12.5%'; total = 'Total {cur}'"
        + ("; 'Deposit paid' and 'Balance on collection' are decoys" if deposit else "")
        + "; the per-size counts and 'total pieces' are decoys. Currency AUD. Amounts '1,234.56'. Line items: every row; quantity = the 'Total qty' column (the sum of the size cells), not a size cell."
    )
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="AUD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes)
    return t, [fd(d), fd(due) if due else None, "VAT Reg. No. " + vat, no, po, vname, f"Total {cur}"], render
