"""fpdf2 styles for set 15, part B (05 Monegasque notary's note de frais et honoraires for a property sale, with
taxable emoluments and untaxed disbursements in two columns and a provision already received, 07 Seychelles ferry
operator's vehicle freight invoice per lane metre with a bunker surcharge, VAT 15 % and an account summary)."""

# The data tables and truth notes are kept on long lines; one generator function per layout. The machine has DejaVu
# fonts only, so every style here draws with the kit's DejaVu families.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

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
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import MONTHS, para
from kit_words import fr_words
from stdnum import iban as _iban
from stdnum.mc import tva as _mctva

STYLES, style = style_registry("fpdf2")


# =========================================================================== 05 Monegasque notary's fee note (TVA 20 % on emoluments, disbursements untaxed)
MC_V = [
    ("Étude de Maître Laurent Vecchierini", "Notaire", "4, boulevard des Moulins, MC 98000 Monaco"),
    ("Étude de Maître Sophie Gastaud-Roux", "Notaire", "17, rue Grimaldi, MC 98000 Monaco"),
    ("Étude de Maître Claire Bernardi", "Notaire", "8, avenue de la Costa, MC 98000 Monaco"),
    ("Étude de Maître Pierre-Antoine Médecin", "Notaire", "25, boulevard Albert Ier, MC 98000 Monaco"),
]
MC_B = [("M. et Mme Jean-Marc Fontana", "12, avenue Princesse Grace, Monaco"), ("SCI Les Agaves", "c/o Cabinet Lorenzi, 7, rue Suffren Reymond, Monaco"),
        ("Mme Elena Kowalczyk", "3, chemin des Révoires, Monaco"), ("SAM Riviera Yachting Services", "Quai Antoine Ier, Monaco")]
MC_RES = ["Le Millefiori", "Le Park Palace", "Les Jardins d'Apolline", "Le Formentor"]


@style("05", "mc_note_honoraires_notaire")
def s05(rng, i):
    vname, role, vaddr = MC_V[i]
    bname, baddr = MC_B[i]
    d = rand_date(rng)
    acte_d = d - dt.timedelta(days=rng.randint(5, 40))
    price = D(rng.randint(120, 900)) * 10000
    items = []
    emol = q2(price * D(rng.randint(900, 1300)) / 100000)
    items.append({"desc": f"Émoluments de l'acte de vente (barème, sur un prix de {de(price)} €)", "qty": None, "show_qty": False, "amount": emol, "tax": True})
    items.append({"desc": "Émoluments de formalités et de publicité", "qty": None, "show_qty": False, "amount": q2(D(rng.randint(30000, 90000)) / 100), "tax": True})
    q = D(rng.randint(20, 90))
    p = exact_price(rng, q, D("1.50"), D("4.00"))
    items.append({"desc": "Copies authentiques et expéditions (pages)", "qty": q, "price": p, "amount": q2(q * p), "tax": True})
    rate = rng.choice(["4,50", "7,50"])
    droits = q2(price * D(rate.replace(",", ".")) / 100)
    items.append({"desc": f"Droits d'enregistrement ({rate} %) – Direction des Services Fiscaux", "qty": None, "show_qty": False, "amount": droits, "tax": False})
    items.append({"desc": "Inscription et transcription – Conservation des hypothèques", "qty": None, "show_qty": False, "amount": q2(D(rng.randint(15000, 120000)) / 100), "tax": False})
    q = D(rng.randint(2, 6))
    p = exact_price(rng, q, D("15.00"), D("60.00"))
    items.append({"desc": "Extraits, certificats et états hypothécaires", "qty": q, "price": p, "amount": q2(q * p), "tax": False})
    emo = sum(it["amount"] for it in items if it["tax"])
    deb = sum(it["amount"] for it in items if not it["tax"])
    net = emo + deb
    tax = q2(emo * D("0.20"))
    total = net + tax
    c = valid(rng, lambda: "FR" + digits(rng, 2) + "000" + digits(rng, 6), _mctva.is_valid)
    tva = f"FR {c[2:4]} {c[4:7]} {c[7:10]} {c[10:]}" if i in (1, 3) else c
    no = [f"{d.year}/{rng.randint(100, 999):04d}", f"N-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"NH {d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    dossier = f"{rng.randint(1000, 9999)}/{rng.choice(['LV', 'SG', 'CB', 'PAM'])}"
    fd = [lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[0, 15, 0, 30][i]) if i in (1, 3) else None
    prov = q2(total + D(rng.randint(-4000, 6000)) * 10) if i != 2 else q2(total - D(rng.randint(1000, 20000)) * 10)
    ib = valid(rng, lambda: iban("MC", rng.choice(["11468", "30003", "12739", "10096"]) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2)), _iban.is_valid)
    money = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Genapi iNot")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", "Serif")
        txt(pdf, 14, 19, f"{role} · {vaddr}", 8, "", "Serif")
        txt(pdf, 14, 23.5, f"Tél. +377 93 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · etude@notaire-{vname.split()[-1].lower().replace('é', 'e')}.mc", 7.6, "", "Serif")
        txt(pdf, 14, 28, f"N° TVA intracommunautaire : {tva} · N° NIS {rng.randint(1000, 9999)}Z{rng.randint(10000, 99999)}", 7.6, "B", "Serif")
        pdf.set_draw_color(60, 60, 60)
        pdf.line(14, 33, 198, 33)
        txt(pdf, 120, 38, bname, 9, "B", "Serif")
        txt(pdf, 120, 43, baddr, 7.8, "", "Serif")
        txt(pdf, 120, 54, f"Monaco, le {fd(d)}", 8.2, "", "Serif")
        txt(pdf, 14, 38, "NOTE DE FRAIS ET HONORAIRES", 11, "B", "Serif")
        kv = [("Note n°", no), ("N/Réf. dossier", dossier), ("Acte reçu le", fd(acte_d))]
        kv.append(("Date limite de règlement", fd(due)) if due else ("Règlement", "payable à réception"))
        y = 45
        for a, b in kv:
            txt(pdf, 14, y, a + " :", 7.8, "", "Serif")
            txt(pdf, 54, y, b, 7.8, "B", "Serif")
            y += 4.4
        y = para(pdf, 14, y + 3, 184, f"Objet : vente {'par' if i % 2 else 'au profit de'} {bname} – appartement de {rng.randint(2, 5)} pièces, Résidence {MC_RES[i]}, lots n° {rng.randint(10, 99)} et {rng.randint(100, 199)} (cave), prix principal {de(price)} €.", 7.6, font="Serif")
        cols = [("Désignation", 110, "L"), ("Qté", 14, "R"), ("Soumis à TVA (€)", 30, "R"), ("Débours (€)", 30, "R")]
        rows = [[it["desc"], qstr(it["qty"]) if it["qty"] is not None else "", money(it["amount"]) if it["tax"] else "", "" if it["tax"] else money(it["amount"])] for it in items]
        y = table(pdf, 14, y + 3, cols, rows, size=7.2, font="Serif", rowh=5.8, header_fill=(230, 230, 230), line_color=(190, 190, 190))
        y += 4
        tl = [("Total émoluments et frais soumis à TVA", money(emo), False), ("Total débours (non soumis)", money(deb), False), ("Total hors TVA", money(net), False),
              ("TVA 20 % sur " + money(emo), money(tax), False), ("TOTAL DE LA NOTE TTC", f"{money(total)} €", True)]
        for a, b, bold in tl:
            txt(pdf, 96, y, a, 8, "B" if bold else "", "Serif")
            txt(pdf, 162, y, b, 8, "B" if bold else "", "Serif", "R", 36)
            y += 5
        cents = int((total % 1) * 100)
        y = para(pdf, 14, y + 2, 184, f"Arrêtée à la somme de {fr_words(int(total))} euros" + (f" et {fr_words(cents)} centimes." if cents else "."), 7.6, "I", "Serif")
        y += 3
        pdf.set_fill_color(244, 244, 244)
        pdf.rect(96, y, 102, 14, "F")
        txt(pdf, 98, y + 1.8, f"Provision reçue le {fd(acte_d - dt.timedelta(days=rng.randint(3, 20)))}", 7.2, "", "Serif")
        txt(pdf, 162, y + 1.8, money(prov), 7.2, "", "Serif", "R", 34)
        bal = total - prov
        txt(pdf, 98, y + 7.5, "Solde restant dû" if bal > 0 else "Solde en votre faveur", 7.2, "B", "Serif")
        txt(pdf, 162, y + 7.5, money(abs(bal)), 7.2, "B", "Serif", "R", 34)
        y += 20
        y = para(pdf, 14, y, 184, f"Règlement par virement au compte de l'étude : {rng.choice(['CFM Indosuez Wealth', 'Banque Populaire Méditerranée', 'CMB Monaco', 'Société Générale Monaco'])} – IBAN {iban_fmt(ib)}. "
                 "Les débours sont reversés à l'administration et ne sont pas soumis à la TVA. Tarif des notaires fixé par ordonnance souveraine.", 7.2, font="Serif")
        pdf.set_draw_color(190, 190, 190)
        pdf.line(14, 278, 198, 278)
        para(pdf, 14, 280, 184, f"{vname}, {role} à Monaco · TVA {tva} · Page 1 / 1", 6.4, font="Serif", color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Monegasque notary's NOTE DE FRAIS ET HONORAIRES for a property sale (an invoice): vendor = the study's name at the top ('Étude de Maître …'); vendor tax id = 'N° TVA intracommunautaire' as printed "
        + ("with spaces " if i in (1, 3) else "") + "(python-stdnum mc.tva validates it); the NIS number, the file reference, the IBAN and the sale price are decoys. invoice_number = 'Note n°'; "
        "invoice_date = the 'Monaco, le …' date of the note (" + ["'12 mars 2026'", "dd/mm/yyyy", "'12 mars 2026'", "dd.mm.yyyy"][i] + "); the deed date ('Acte reçu le') and the provision date are decoys. "
        + ("due = 'Date limite de règlement'. " if due else "'payable à réception' is a term: no due date (null). ")
        + "No PO. subtotal = 'Total hors TVA' (emoluments + disbursements); tax = 'TVA 20 % sur …' (on the emoluments only); total = 'TOTAL DE LA NOTE TTC'; the two column totals, the provision received and the balance are decoys. "
        "Currency EUR ('€'). Amounts '1.234,56'. The amount in words repeats the total. Line items: every row, taxable or disbursement column (amount = the row's one amount; quantity 'Qté' where printed, else null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tva, invoice_number=no, po_number=None, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, tva, no, vname, "€"], render


# =========================================================================== 07 Seychelles ferry vehicle freight (TIN, VAT 15 %, lane metres, bunker surcharge, account summary)
SC_V = [
    ("Inter-Island Ferry & Cargo Services (Pty) Ltd", "New Port, Victoria, Mahé", (0, 90, 140)),
    ("Praslin Sea Link Company Limited", "Baie Ste Anne Jetty, Praslin", (0, 120, 110)),
    ("La Digue Roll-On Roll-Off Ferries (Pty) Ltd", "La Passe, La Digue", (30, 60, 130)),
    ("Seychelles Coastal Shipping Corporation Ltd", "Long Pier, Port Victoria, Mahé", (120, 40, 40)),
]
SC_B = [("Praslin Builders Supplies (Pty) Ltd", "Grand Anse, Praslin"), ("Island Car Hire & Tours (Pty) Ltd", "Côte d'Or, Praslin"),
        ("Mahé Hardware & Timber Co. Ltd", "Providence Industrial Estate, Mahé"), ("Green Islands Construction (Pty) Ltd", "Anse Royale, Mahé")]
SC_VEH = ["Toyota Hilux", "Tata LPT 1613 truck", "Mitsubishi Canter", "Hyundai H100 van", "Kia K2700", "Isuzu NPR tipper", "JCB 3CX backhoe", "Toyota Land Cruiser"]
SC_SHIPS = ["MV Cat Cocos", "MV Sea Pearl", "MV La Belle Praslinoise", "MV Island Link"]


@style("07", "sc_ferry_vehicle_freight")
def s07(rng, i):
    vname, vaddr, color = SC_V[i]
    bname, baddr = SC_B[i]
    d = rand_date(rng)
    n = rng.randint(2, 6)
    rate = D(rng.randint(380, 950))
    route = ["Mahé → Praslin", "Praslin → La Digue", "La Digue → Praslin", "Mahé → Praslin"]
    items = []
    for _ in range(n):
        sd = d - dt.timedelta(days=rng.randint(2, 30))
        lm = D(rng.randint(42, 120)) / 10
        items.append({"desc": f"{sd.strftime('%d/%m')} {rng.choice(SC_SHIPS)} B/L {rng.randint(10000, 99999)} – {rng.choice(SC_VEH)} S {rng.randint(1000, 39999)}, {rng.choice(route)}", "qty": lm, "price": rate, "amount": q2(lm * rate), "lm": True, "date": sd})
    items.sort(key=lambda it: it["date"])
    freight = sum(it["amount"] for it in items)
    baf_pct = rng.choice([5, 6, 8, 10])
    q = D(n)
    p = exact_price(rng, q, D("150"), D("450"), D("5"))
    items.append({"desc": "Port handling, lashing & securing (per vehicle)", "qty": q, "price": p, "amount": q2(q * p), "lm": False})
    items.append({"desc": f"Bunker adjustment factor {baf_pct}% on freight", "qty": None, "show_qty": False, "price": None, "amount": q2(freight * baf_pct / 100), "lm": False})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = "21" + digits(rng, 7)
    b_tin = "21" + digits(rng, 7)
    no = [f"INV{d.year}{rng.randint(1000, 9999)}", f"PSL-{rng.randint(10000, 99999)}", f"RR/{d.strftime('%y')}/{rng.randint(100, 999)}", f"{rng.randint(200000, 299999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 14, 30][i]) if i != 1 else None
    po = [None, f"PO {rng.randint(1000, 9999)}", None, f"GIC/PO/{rng.randint(100, 999)}"][i]
    acct = f"C{rng.randint(1000, 9999)}"
    bf = q2(D(rng.randint(50000, 900000)) / 100)
    paid = bf if rng.random() < 0.5 else q2(bf - D(rng.randint(1000, 40000)) / 100)
    ib = valid(rng, lambda: iban("SC", rng.choice(["MCBL", "BARC", "NOVH", "SSCB"]) + digits(rng, 2) + digits(rng, 2) + digits(rng, 16) + "SCR"), _iban.is_valid)
    money = lambda x: en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Marine Cargo Billing 4.2")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 30, "F")
        txt(pdf, 14, 8, vname, 14, "B", color=(255, 255, 255))
        txt(pdf, 14, 15, f"{vaddr}, Republic of Seychelles · Tel +248 4 {digits(rng, 6)}", 7.8, color=(255, 255, 255))
        txt(pdf, 14, 19.5, f"TIN: {tin} · Business Reg. No. {rng.choice(['8', '9'])}{digits(rng, 7)}", 8, "B", color=(255, 255, 255))
        txt(pdf, 148, 9, "TAX INVOICE", 15, "B", color=(255, 255, 255), align="R", w=50)
        txt(pdf, 148, 17, "Vehicle freight", 8.5, "", color=(255, 255, 255), align="R", w=50)
        txt(pdf, 14, 36, "Bill to", 6.8, color=(110, 110, 110))
        txt(pdf, 14, 40, bname, 8.6, "B")
        txt(pdf, 14, 44.5, baddr, 7.6)
        txt(pdf, 14, 49, f"Customer TIN: {b_tin}", 7.6)
        txt(pdf, 14, 53.5, f"Account No.: {acct}", 7.6)
        kv = [("Invoice No.", no), ("Invoice Date", fd(d))]
        if po:
            kv.append(("Customer PO", po))
        kv.append(("Due Date", fd(due)) if due else ("Terms", "30 days from month-end statement"))
        kv.append(("Period", f"{fd(items[0]['date'])} to {fd(d)}"))
        y = 36
        for a, b in kv:
            txt(pdf, 120, y, a, 7.8)
            txt(pdf, 150, y, b, 7.8, "B")
            y += 4.4
        cols = [("Sailing / bill of lading / vehicle", 100, "L"), ("Lane m / qty", 22, "R"), ("Rate (SCR)", 28, "R"), ("Amount (SCR)", 34, "R")]
        rows = [[it["desc"], de(it["qty"], 1).replace(",", ".") if it["lm"] else (qstr(it["qty"]) if it["qty"] is not None else ""), money(it["price"]) if it["price"] else "", money(it["amount"])] for it in items]
        y = table(pdf, 14, 62, cols, rows, size=7.0, font="DVC", rowh=5.6, header_fill=(225, 235, 242), line_color=(200, 210, 220))
        txt(pdf, 14, y + 1.5, f"Freight is charged per lane metre of deck space (vehicle length + 0.5 m). Freight subject to bunker adjustment: SCR {money(freight)}.", 6.6, color=(90, 90, 90))
        y += 8
        tl = [("Total excl. VAT", money(net), False), ("VAT 15%", money(tax), False), ("TOTAL DUE THIS INVOICE (SCR)", money(total), True)]
        for a, b, bold in tl:
            txt(pdf, 104, y, a, 8.2, "B" if bold else "")
            txt(pdf, 160, y, b, 8.2, "B" if bold else "", align="R", w=38)
            y += 5.2
        y += 4
        pdf.set_draw_color(*color)
        pdf.rect(14, y, 184, 24)
        txt(pdf, 16, y + 1.5, f"Account summary – {acct}", 7.6, "B")
        summ = [("Balance brought forward", bf), ("Payments received – thank you", -paid), ("This invoice", total), ("Account balance now due", bf - paid + total)]
        yy = y + 6
        for a, v in summ:
            txt(pdf, 16, yy, a, 7.2)
            txt(pdf, 150, yy, money(v), 7.2, align="R", w=40)
            yy += 4.2
        y += 30
        y = para(pdf, 14, y, 184, f"Please pay by bank transfer quoting the invoice number: {rng.choice(['MCB Seychelles', 'Absa Bank (Seychelles)', 'Nouvobanq', 'Seychelles Commercial Bank'])}, IBAN {iban_fmt(ib)}. "
                 "Vehicles travel at owner's risk; claims must be notified before leaving the port.", 7.2)
        pdf.set_draw_color(190, 190, 190)
        pdf.line(14, 279, 198, 279)
        para(pdf, 14, 281, 184, f"{vname} · TIN {tin} · VAT registered · Page 1 of 1", 6.4, color=(110, 110, 110), align="C")
        pdf.output(path)

    notes = (
        "Seychelles ferry operator's TAX INVOICE for vehicle freight: vendor = the legal name in the band; vendor tax id = 'TIN' (9 digits, no public checksum: random); the customer TIN, business registration, account number, bills of lading, vehicle registrations and IBAN are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "); sailing dates and the period are decoys. "
        + ("due = 'Due Date'. " if due else "'30 days from month-end statement' is a term: no due date (null). ")
        + (f"PO = 'Customer PO' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 15%'; total = 'TOTAL DUE THIS INVOICE (SCR)'; the freight subject to the bunker factor and the account summary (balance brought forward, payments, account balance now due) are decoys. "
        "Currency SCR (Seychelles rupee). Amounts '1,234.56'. Line items: every row (amount = 'Amount (SCR)'; quantity = lane metres with one decimal, the number of vehicles for handling; the bunker row prints no quantity: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="SCR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, tin, no, po, vname, "SCR"], render
