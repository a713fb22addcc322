"""fpdf2 styles for set 76, first part (06 Speightstown INVOICE in English over TWO PAGES with the sums carried forward
and brought forward, rules between rows only, labels beside values at the top right, VAT 17.5 %, Barbados dollars,
dates 'Mar-12-2026' and a deposit deducted on two; 07 Basse-Terre FACTURE in French on a LANDSCAPE page, a fully ruled
grid whose LAST ROWS carry the totals, TVA 8,5 %, euros '1 234,56', long French dates and a FACTURE D'AVOIR)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fr_siret, long_date
from invoice_kit import digits, en, iban, iban_fmt, lfont, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import MONTHS, due_note, frame, lines, para, po_note, truth
from stdnum.fr import tva

STYLES, style = style_registry("fpdf2")


def mon_dd(x):
    return f"{MONTHS['en_short'][x.month - 1]}-{x.day:02d}-{x.year}"


# =========================================================================== 06 Speightstown (VAT 17.5 %, BBD), two pages, carried forward
SP_V = [
    ("Speightstown Marine & Fishing Supplies Ltd.", "Queen Street, Speightstown, St. Peter", (14, 80, 120)),
    ("Six Men's Bay Boatyard Inc.", "Six Men's Bay, St. Peter", (120, 40, 30)),
    ("Northern Catering & Provisions Ltd.", "Mango Lane, Speightstown, St. Peter", (30, 100, 60)),
    ("Arlington Hardware & Building Centre Ltd.", "Church Street, Speightstown, St. Peter", (80, 60, 120)),
]
SP_B = ["Port St. Charles Marina Ltd.", "Heywoods Fishing Co-operative", "Sandy Lane Events Ltd.", "St. Peter's Parish Church Restoration Committee"]
SP_ROWS = [
    [("Monofilament line 80 lb, spool", "ea", 2, 20, 18, 45), ("Circle hooks 12/0, box of 50", "box", 1, 10, 32, 60), ("Fish pots, galvanised mesh", "ea", 1, 6, 180, 320), ("Marine rope 12 mm, 100 m", "coil", 1, 5, 140, 260), ("Ice chest 150 qt", "ea", 1, 4, 390, 620), ("Bait freezer bags, case", "case", 1, 10, 25, 48), ("Flying-fish nets, 40 m", "ea", 1, 6, 210, 380), ("Outboard oil 2-stroke, 4 L", "jug", 2, 24, 38, 62), ("Life jackets, adult", "ea", 2, 12, 65, 110), ("Fuel filters Yamaha", "ea", 1, 10, 28, 55), ("Anchor chain 8 mm per m", "m", 5, 40, 11, 19), ("Bilge pump 1100 gph", "ea", 1, 4, 120, 210), ("Flare kit, SOLAS", "kit", 1, 4, 160, 290), ("Gaff hook, aluminium", "ea", 1, 6, 45, 85), ("Tuna lures, assorted", "ea", 4, 30, 14, 36), ("VHF radio handheld", "ea", 1, 3, 290, 480), ("Deck brush with pole", "ea", 1, 8, 22, 39), ("Marine grease, tub", "ea", 1, 12, 16, 29), ("Stainless shackles 10 mm", "ea", 4, 40, 6, 13), ("Buoys, 11 in", "ea", 2, 20, 28, 49), ("Gloves, fish handling", "pair", 2, 24, 9, 17), ("Sharpening stone", "ea", 1, 6, 18, 32)],
    [("Haul-out and block, per foot", "ft", 20, 42, 18, 28), ("Pressure wash hull", "job", 1, 1, 180, 320), ("Antifouling paint, gallon", "gal", 1, 6, 210, 340), ("Labour, shipwright", "hr", 4, 40, 65, 95), ("Labour, mechanic", "hr", 2, 24, 70, 110), ("Fibreglass cloth, yard", "yd", 2, 20, 14, 26), ("Epoxy resin kit", "kit", 1, 6, 120, 190), ("Zinc anodes, shaft", "ea", 1, 6, 24, 48), ("Propeller polish", "job", 1, 1, 150, 260), ("Yard storage per day", "day", 2, 30, 25, 45), ("Gelcoat repair", "job", 1, 3, 140, 380), ("Cutlass bearing replacement", "job", 1, 1, 280, 460), ("Impeller, raw-water pump", "ea", 1, 4, 45, 90), ("Stainless bolts assorted", "lot", 1, 3, 35, 80), ("Sanding discs, box", "box", 1, 8, 38, 66), ("Masking tape, roll", "roll", 2, 20, 6, 12), ("Solvent, gallon", "gal", 1, 6, 42, 70), ("Crane lift", "lift", 1, 2, 350, 600), ("Bottom paint labour", "hr", 4, 20, 60, 85), ("Waste disposal fee", "job", 1, 1, 60, 120), ("Shaft alignment", "job", 1, 1, 220, 360)],
    [("Flying fish and cou-cou, portion", "ptn", 20, 120, 18, 26), ("Macaroni pie tray", "tray", 2, 12, 85, 140), ("Fish cakes, dozen", "doz", 4, 40, 22, 35), ("Pudding and souse, portion", "ptn", 10, 80, 16, 24), ("Rum punch, gallon", "gal", 2, 12, 90, 150), ("Sorrel drink, gallon", "gal", 2, 12, 38, 60), ("Coconut bread loaf", "ea", 4, 30, 12, 18), ("Chafing dishes, hire", "ea", 4, 20, 18, 30), ("Wait staff, hour", "hr", 8, 60, 28, 40), ("Bartender, hour", "hr", 4, 20, 35, 50), ("Tables, hire", "ea", 5, 30, 14, 22), ("Chairs, hire", "ea", 20, 150, 3, 5), ("Linen, per table", "ea", 5, 30, 9, 15), ("Ice, 10 lb bag", "bag", 10, 60, 6, 9), ("Tent 20x20, hire", "ea", 1, 3, 450, 750), ("Cutlery set, per guest", "set", 20, 150, 2, 4), ("Glassware, per guest", "set", 20, 150, 2, 4), ("Delivery and setup", "job", 1, 1, 150, 300), ("Cleanup crew", "hr", 4, 20, 28, 36), ("Conkies, dozen", "doz", 2, 20, 24, 36), ("Cutters, dozen", "doz", 4, 30, 28, 42)],
    [("Portland cement 42.5 kg", "bag", 10, 120, 28, 36), ("Steel rebar 12 mm x 6 m", "len", 10, 80, 24, 36), ("Concrete blocks 6 in", "ea", 100, 900, 3, 5), ("Galvanised roofing sheet 12 ft", "sht", 10, 60, 48, 72), ("Plywood 3/4 in marine", "sht", 4, 40, 120, 165), ("PVC pipe 4 in x 20 ft", "len", 2, 30, 48, 80), ("Exterior paint, 5 gal", "pail", 1, 12, 260, 390), ("Roofing nails, 50 lb", "box", 1, 6, 110, 160), ("Hurricane straps", "ea", 20, 120, 3, 6), ("Sand, cubic yard", "cy", 2, 12, 85, 130), ("Gravel, cubic yard", "cy", 2, 12, 95, 140), ("Tile adhesive, bag", "bag", 4, 30, 32, 48), ("Ceramic floor tile, box", "box", 4, 40, 55, 90), ("Door hinges, pair", "pr", 4, 20, 12, 22), ("Wood screws, box", "box", 2, 12, 18, 32), ("Sealant, tube", "ea", 4, 24, 14, 22), ("Wheelbarrow", "ea", 1, 3, 190, 290), ("Shovel, long handle", "ea", 1, 6, 42, 68), ("Lumber 2x4x12 pressure treated", "len", 10, 80, 22, 34), ("Electrical wire 12/2, 250 ft", "roll", 1, 6, 210, 320), ("Breaker 20 A", "ea", 2, 12, 24, 40)],
]


@style("06", "bb_spe_speightstown_invoice_vat_17_5_two_pages_carried_forward_rules_between_rows_deposit")
def s06(rng, i):
    vname, vaddr, color = SP_V[i]
    d = rand_date(rng)
    items = lines(rng, SP_ROWS[i], rng.randint(19, 21), D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.175"))
    total = net + tax
    vid = "1" + digits(rng, 12)
    btin = "1" + digits(rng, 12) if i != 3 else None
    no = [f"INV-{rng.randint(10000, 99999)}", f"SMB{d.year % 100}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"AH/{rng.randint(1000, 9999)}"][i]
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    po = [f"PO {rng.randint(1000, 9999)}", f"WO-{rng.randint(100, 999)}", None, f"{rng.randint(300, 999)}"][i]
    dep = q2(total * D(rng.choice([25, 40, 50])) / 100) if i in (1, 2) else None
    f = en
    split = 13

    def render(path):
        pdf = lfont(new_fpdf(creator="QuickBooks Desktop"))
        cols = [("Item / Description", 96, "L"), ("Qty", 16, "R"), ("Unit", 14, "L"), ("Unit Price", 26, "R"), ("Amount", 30, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"])] for x in items]
        cf = sum(x["amount"] for x in items[:split])
        for page in (1, 2):
            pdf.add_page()
            pdf.set_fill_color(*color)
            pdf.rect(0, 0, 210, 4, "F")
            txt(pdf, 14, 12, vname, 15, "B", font="LSans", color=color)
            txt(pdf, 14, 19, vaddr + ", Barbados, W.I.", 8.6, font="LSans")
            txt(pdf, 14, 23.5, f"Tel. (246) 419-{digits(rng, 4)} · VAT Reg. / TIN {vid}", 8.6, font="LSans")
            txt(pdf, 150, 12, "INVOICE", 18, "B", font="LSans", color=color)
            y = 22 if page == 1 else 21
            for a, b in ([("Invoice No.", no), ("Invoice Date", mon_dd(d)), ("Due Date", mon_dd(due) if due else None), ("Terms", "Net 30" if due else ("Deposit / balance on completion" if dep else "On account")), ("Your Order", po)] if page == 1 else [("Invoice No.", no)]):
                if b is None:
                    continue
                txt(pdf, 130, y, a + ":", 8.6, font="LSans", color=(90, 90, 90))
                txt(pdf, 160, y, b, 8.6, "B", font="LSans", w=36, align="R")
                y += 4.6
            top = 54
            if page == 1:
                para(pdf, 14, 34, 90, "BILL TO\n" + SP_B[i] + "\nSt. Peter, Barbados" + (f"\nCustomer TIN {btin}" if btin else "") + f"\nAccount {rng.randint(1000, 9999)}", 8.6, font="LSans", h=4.2)
                top = 62
            else:
                txt(pdf, 14, 40, "Brought forward from page 1", 8.6, "B", font="LSans")
                txt(pdf, 152, 40, f(cf), 8.6, "B", font="LSans", align="R", w=30)
                top = 48
            part = rows[:split] if page == 1 else rows[split:]
            y = table(pdf, 14, top, cols, part, size=8.2, font="LSans", rowh=5.6, header_color=color, line_color=(200, 200, 200))
            if page == 1:
                txt(pdf, 14, y + 3, "Carried forward to page 2", 8.6, "B", font="LSans")
                txt(pdf, 152, y + 3, f(cf), 8.6, "B", font="LSans", align="R", w=30)
            else:
                y += 6
                rws = [("Sub-Total", f(net)), ("VAT @ 17.5%", f(tax)), ("TOTAL BBD", f(total))]
                if dep:
                    rws += [("Less deposit received", "-" + f(dep)), ("Balance Due", f(total - dep))]
                for a, b in rws:
                    bold = a.startswith("TOTAL")
                    if bold:
                        pdf.set_draw_color(*color)
                        pdf.line(120, y - 1, 196, y - 1)
                    txt(pdf, 122, y, a, 9.4 if bold else 8.8, "B" if bold else "", font="LSans")
                    txt(pdf, 160, y, b, 9.4 if bold else 8.8, "B" if bold else "", font="LSans", align="R", w=36)
                    y += 5.6
                para(pdf, 14, y + 8, 110, f"Payment by cheque to {vname} or by transfer to Republic Bank (Barbados) Ltd., Speightstown branch, account {digits(rng, 6, True)}-{digits(rng, 3)}, transit 0{digits(rng, 4)}. Please quote the invoice number.", 7.8, font="LSans", h=3.8)
            txt(pdf, 14, 285, f"Page {page} of 2", 7.6, font="LSans", color=(100, 100, 100))
            txt(pdf, 150, 285, f"Invoice {no}", 7.6, font="LSans", color=(100, 100, 100), align="R", w=46)
        pdf.output(path)

    notes = (
        "Speightstown (St. Peter, Barbados) INVOICE in English over TWO PAGES: 'Carried forward to page 2' and 'Brought forward from page 1' repeat the first page's sum, rules between rows only, labels beside values at the top right, VAT 17.5 %, Barbados dollars '1,234.56', dates 'Mar-12-2026'. "
        "vendor = the letterhead's name; vendor_tax_id = 'VAT Reg. / TIN' (" + ("the customer's TIN is a decoy" if btin else "no other TIN") + "; the bank account and transit are decoys). invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "Deposit / balance on completion" if dep else "On account", "Due Date") + po_note(po, "Your Order")
        + "subtotal = 'Sub-Total'; tax = 'VAT @ 17.5%'; total = 'TOTAL BBD'" + (" before the deposit ('Less deposit received' and 'Balance Due' are decoys)" if dep else "") + ". The carried-forward sum and 'Page n of 2' are decoys. Currency BBD."
    )
    t = truth(vname, vid, no, po, d, due, "BBD", net, tax, total, items, notes)
    chk = [mon_dd(d), no, vname, vid, btin, "Carried forward", "Page 2 of 2", mon_dd(due) if due else None, f(total - dep) if dep else None]
    return t, chk, render


# =========================================================================== 07 Basse-Terre (TVA 8,5 %, EUR), landscape, totals in the grid's last rows, avoir
BT_V = [
    ("Distillerie du Galion Basse-Terre SARL", "Route de la Rivière des Pères, 97100 Basse-Terre", (128, 0, 32)),
    ("Bananes & Fruits de la Côte-Sous-le-Vent SAS", "Habitation Bisdary, 97113 Gourbeyre", (202, 138, 4)),
    ("Nautique Services Rivière-Sens SARL", "Marina de Rivière-Sens, 97113 Gourbeyre", (3, 105, 161)),
    ("Boulangerie Équipement Antilles SAS", "ZA de Calebassier, 97100 Basse-Terre", (75, 85, 99)),
]
BT_B = ["Carrefour Market Basse-Terre", "Coopérative des Producteurs de la Soufrière", "Club de Plongée des Saintes", "Boulangerie Pâtisserie du Carmel"]
BT_ROWS = [
    [("Rhum agricole blanc 50°, carton 6 x 1 L", "ctn", 2, 30, 78, 120), ("Rhum vieux 3 ans, carton 6 x 70 cl", "ctn", 1, 12, 160, 240), ("Punch coco, carton 12 x 70 cl", "ctn", 1, 15, 110, 170), ("Présentoir bois", "u", 1, 4, 35, 80)],
    [("Bananes Cavendish, colis 18,5 kg", "colis", 20, 200, 14, 22), ("Ananas Bouteille, caisse 10 kg", "caisse", 5, 60, 28, 44), ("Mangues Julie, caisse 5 kg", "caisse", 5, 40, 18, 30), ("Transport frigorifique", "voyage", 1, 3, 180, 320)],
    [("Entretien moteur hors-bord 150 CV", "forfait", 1, 2, 380, 620), ("Gonflage bouteilles plongée", "u", 10, 80, 4, 7), ("Main-d'œuvre mécanique", "h", 2, 16, 55, 78), ("Anode zinc et joints", "lot", 1, 4, 45, 120)],
    [("Four à sole électrique 2 étages", "u", 1, 1, 6800, 9500), ("Pétrin spirale 40 kg", "u", 1, 1, 3400, 5200), ("Installation et mise en service", "forfait", 1, 1, 450, 900), ("Contrat d'entretien annuel", "an", 1, 1, 380, 720)],
]


@style("07", "gp_bas_basse_terre_facture_tva_8_5_landscape_ruled_totals_last_rows_avoir_eur")
def s07(rng, i):
    vname, vaddr, color = BT_V[i]
    credit = i == 1
    d = rand_date(rng)
    items = lines(rng, BT_ROWS[i], 4 if i != 2 else 3, D("0.05"))
    if credit:
        for x in items:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.085"))
    total = net + tax
    siret_ = fr_siret(rng)
    siren = siret_[:9]
    vat = "FR" + f"{(12 + 3 * (int(siren) % 97)) % 97:02d}" + siren
    assert tva.is_valid(vat)
    vid = vat
    bsiret = fr_siret(rng)
    no = (f"AV-{d.year}-{rng.randint(100, 999)}" if credit else [f"F{d.year}-{rng.randint(1000, 9999)}", None, f"{d.year % 100}{rng.randint(10000, 99999)}", f"FA{rng.randint(100000, 999999)}"][i])
    orig = f"F{d.year}-{rng.randint(1000, 9999)}" if credit else None
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 3) else None
    po = [f"BC {rng.randint(10000, 99999)}", None, None, f"Cde {rng.randint(100, 999)}"][i]
    bban = "10107" + digits(rng, 5) + digits(rng, 11)
    from kit_common import rib_key

    bban += rib_key(bban[:5], bban[5:10], bban[10:21])
    acct = iban("FR", bban)
    f = sp

    def render(path):
        pdf = new_fpdf("L", creator="EBP Gestion Commerciale")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", font="Serif", color=color)
        txt(pdf, 14, 19, vaddr + " · Guadeloupe", 8.6)
        txt(pdf, 14, 23.5, f"SIRET {siret_} · N° TVA {vid} · RCS Basse-Terre · APE {rng.choice(['1101Z', '4631Z', '3315Z', '4669B'])}", 7.8, color=(80, 80, 80))
        txt(pdf, 200, 12, "FACTURE D'AVOIR" if credit else "FACTURE", 18, "B", color=color, align="R", w=83)
        kvs = [("N°", no), ("Date", long_date(d, "fr")), ("Échéance", long_date(due, "fr") if due else None), ("Votre commande", po), ("Facture d'origine", orig)]
        y = 21
        for a, b in kvs:
            if b:
                txt(pdf, 214, y, a, 8.6, color=(90, 90, 90))
                txt(pdf, 244, y, b, 8.6, "B", w=39, align="R")
                y += 4.6
        para(pdf, 150, 46, 133, "Client : " + BT_B[i] + f"\nSIRET client {bsiret}\nLivraison le {long_date(d - dt.timedelta(days=rng.randint(1, 6)), 'fr')}", 8.6, h=4.3)
        cols = [("Réf.", 24, "L"), ("Désignation", 112, "L"), ("Quantité", 24, "R"), ("Unité", 20, "L"), ("P.U. HT €", 30, "R"), ("TVA", 18, "R"), ("Montant HT €", 41, "R")]
        rows = [[f"{rng.randint(100, 999)}-{rng.choice('ABCD')}", x["desc"], qstr(x["qty"]), x["unit"], f(x["price"]), "8,5 %", f(x["amount"])] for x in items]
        rows += [["", "", "", "", "", "TOTAL HT", f(net)], ["", "", "", "", "", "TVA 8,5 %", f(tax)], ["", "", "", "", "", "TOTAL TTC", f(total)]]
        y0 = 70
        y1 = table(pdf, 14, y0, cols, rows, size=8.2, rowh=6, header_fill=color, header_color=(255, 255, 255), line_color=(90, 90, 90))
        frame(pdf, 14, y0, y1, cols, color=(90, 90, 90))
        y = y1 + 8
        para(pdf, 14, y, 150, ("Avoir à déduire de votre prochain règlement ou remboursé par virement." if credit else ("Paiement à réception." if not due else "Paiement par virement à l'échéance. Pas d'escompte pour paiement anticipé. Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.")) + " Octroi de mer inclus dans les prix.", 8, h=4)
        para(pdf, 14, y + 14, 150, f"Banque : BRED Guadeloupe · IBAN {iban_fmt(acct)} · BIC BREDGPGXXXX", 8, h=4)
        txt(pdf, 14, 198, f"{vname} – capital {rng.choice(['7 500', '15 000', '50 000'])} € – Page 1/1", 7, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Basse-Terre (Guadeloupe) " + ("FACTURE D'AVOIR (credit note)" if credit else "FACTURE") + " in French on a LANDSCAPE page: labels beside values at the top right, a FULLY RULED grid whose LAST THREE ROWS carry TOTAL HT, TVA 8,5 % and TOTAL TTC, euros '1 234,56', long French dates. "
        "vendor = the letterhead's name; vendor_tax_id = 'N° TVA' (FR key valid; the SIRET, the client's SIRET, the RCS and APE codes and the IBAN are decoys). invoice_number = 'N°'; invoice_date = 'Date' (the delivery date is a decoy). "
        + due_note(due, "Paiement à réception" if not credit else None, "Échéance") + po_note(po, "Votre commande")
        + "subtotal = 'TOTAL HT'; tax = 'TVA 8,5 %'; total = 'TOTAL TTC'. Currency EUR."
        + (" Credit note: quantities, amounts, subtotal, tax and total negative as printed, document_type credit_note; the 'Facture d'origine' is a decoy." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = [long_date(d, "fr"), no, vname, vid, siret_, bsiret, "TOTAL TTC", orig, iban_fmt(acct)]
    return t, chk, render
