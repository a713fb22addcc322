"""fpdf2 styles for set 25, first part (06 Northern Ireland agricultural merchant's VAT invoice in English with the XI
VAT number, zero-rated feed and standard-rated goods at 20 % and a VAT analysis by code, 07 Wallis and Futuna
electrician's facture in French in whole CFP francs with no tax, sections with their sums and the total in words, 08
South Tyrol joinery's Schlussrechnung / fattura in German with Italian labels, the advance invoice deducted from the
base and MwSt 22 %)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import de_date
from kit_common import due_note, kv, po_note, truth
from invoice_kit import (
    valid,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
)
from kit_common import en_date, fr_date, para, rib_key, totals
from kit_words import fr_words
from stdnum.gb import vat as _gbvat
from stdnum.it import iva as _iva

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Northern Ireland agricultural merchant (XI VAT, 0 % feed / 20 % goods, GBP), VAT analysis by code
NI_V = [("Lough Erne Agri Supplies Ltd", "Derrylin Road, Enniskillen, Co. Fermanagh BT74 6JZ", (0, 100, 60)), ("Sperrin Farm Stores Ltd", "Main Street, Draperstown, Co. Londonderry BT45 7AB", (150, 50, 30)),
        ("Mourne Country Feeds & Hardware", "Newry Road, Kilkeel, Co. Down BT34 4DN", (30, 70, 140)), ("Glens of Antrim Agri Ltd", "Coast Road, Cushendall, Co. Antrim BT44 0QW", (110, 80, 20))]
NI_B = [("J. & M. Maguire", "Drumbeg Farm, Lisnaskea BT92 0AA"), ("Sean O'Kane & Sons", "Ballinascreen, Draperstown BT45 7LS"), ("Mullartown Dairies Ltd", "Annalong, Newry BT34 4TF"), ("R. McAllister", "Glenariff, Ballymena BT44 0RF")]
NI_ROWS = [("Dairy nuts 18% protein, 25 kg", "Z", "bag", 10, 80, "8.40", "11.90"), ("Calf rearing pellets, 25 kg", "Z", "bag", 4, 30, "11.50", "16.80"), ("Beef finisher nuts, bulk (tonne)", "Z", "t", 1, 8, "285.00", "365.00"),
           ("Minerals high-mag bucket 20 kg", "Z", "ea", 2, 12, "22.00", "34.00"), ("Barbed wire 200 m roll", "S", "roll", 2, 10, "38.00", "52.00"), ("Tanalised posts 1.8 m x 75 mm", "S", "ea", 20, 120, "3.20", "5.60"),
           ("Teat dip 20 L", "S", "ea", 1, 6, "42.00", "69.00"), ("Wellington boots, pair", "S", "pr", 1, 3, "24.00", "39.00"), ("Silage wrap 750 mm x 1500 m", "S", "roll", 2, 12, "68.00", "89.00")]


@style("06", "gb_nir_agri_merchant_xi_vat_feed_zero")
def s06(rng, i):
    vname, vaddr, color = NI_V[i]
    bname, baddr = NI_B[i]
    d = rand_date(rng)
    picks = rng.sample([r for r in NI_ROWS if r[1] == "Z"], rng.randint(1, 3)) + rng.sample([r for r in NI_ROWS if r[1] == "S"], rng.randint(1, 3))
    items = []
    for desc, code, unit, qlo, qhi, lo, hi in picks:
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.05"))
        items.append({"desc": desc, "code": code, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "docket": f"D{rng.randint(40000, 49999)}"})
    bz = sum(x["amount"] for x in items if x["code"] == "Z")
    bs = sum(x["amount"] for x in items if x["code"] == "S")
    vs = q2(bs * D("0.20"))
    net, tax = bz + bs, vs
    total = net + tax
    vat = valid(rng, lambda: digits(rng, 9, True), _gbvat.is_valid)
    vat_p = f"XI {vat[:3]} {vat[3:7]} {vat[7:]}"
    no = [f"{rng.randint(100000, 199999)}", f"SI-{rng.randint(10000, 59999)}", f"{rng.randint(30000, 89999)}", f"INV/{d.strftime('%y')}/{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=28)][i]
    term = ["Monthly account: payment due by the end of the month following the invoice", "", "Cash with order", ""][i]
    acct = f"{rng.choice('MOSGK')}{rng.randint(100, 999)}"
    po = [None, None, f"FM{rng.randint(1000, 9999)}", None][i]

    def render(path):
        pdf = new_fpdf(creator="AgriTrade Counter 9")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(14, 10, 182, 2, "F")
        txt(pdf, 14, 15, vname, 15, "B", color=color)
        txt(pdf, 14, 22, vaddr, 8.2)
        txt(pdf, 14, 26, f"Tel 028 {rng.randint(6600, 9999)} {digits(rng, 4)} · VAT Reg. No. {vat_p} · Co. Reg. NI{digits(rng, 6, True)}", 7.8, color=(80, 80, 80))
        txt(pdf, 140, 34, "VAT INVOICE", 15, "B", align="R", w=56)
        txt(pdf, 14, 36, "Invoice to:", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 40.5, bname, 9.4, "B")
        txt(pdf, 14, 45, baddr, 8.2)
        txt(pdf, 14, 49.5, f"Account no. {acct}", 8.2)
        y = kv(pdf, 128, 43, [("Invoice no.", no), ("Tax point / Date", fd(d)), ("Your order", po), ("Due date", fd(due) if due else None)], wl=32, wv=36, size=8.2, step=4.8)
        y0 = max(y, 56) + 4
        cols = [("Docket", 18, "L"), ("Description", 72, "L"), ("Qty", 14, "R"), ("Unit", 12, "C"), ("Price £", 20, "R"), ("VAT", 12, "C"), ("Net £", 34, "R")]
        rows = [[x["docket"], x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), x["code"], en(x["amount"])] for x in items]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.8, header_fill=(235, 240, 235), line_color=(210, 210, 210), border_bottom=False)
        pdf.set_draw_color(*color)
        pdf.line(14, y + 1, 196, y + 1)
        y += 6
        txt(pdf, 14, y, "VAT analysis", 8, "B")
        table(pdf, 14, y + 4.5, [("Code", 14, "C"), ("Rate", 16, "R"), ("Goods £", 28, "R"), ("VAT £", 24, "R")], [["Z", "0.00%", en(bz), "0.00"], ["S", "20.00%", en(bs), en(vs)]], size=7.6, rowh=5)
        y2 = totals(pdf, 128, y, [("Total goods", en(net), False), ("Total VAT", en(tax), False), ("INVOICE TOTAL £", en(total), True)], wl=38, wv=30, size=8.8, line=color, step=5.8)
        y3 = para(pdf, 14, max(y2, y + 22) + 6, 182, (f"{term}. " if term else "") + "Code Z: animal feeding stuffs, zero-rated. Code S: standard rate 20%. Goods supplied from our Northern Ireland premises: the XI prefix applies to goods (Windsor Framework). Payments by BACS to Ulster Bank, sort code 98-0" + digits(rng, 1) + "-" + digits(rng, 2) + ", account " + digits(rng, 8) + ".", 7.6, h=3.8)
        pdf.set_draw_color(120, 120, 120)
        pdf.dashed_line(14, y3 + 6, 196, y3 + 6, 1.5, 1)
        txt(pdf, 14, y3 + 9, f"REMITTANCE ADVICE · {vname} · Account {acct} · Invoice {no} · Amount £{en(total)}", 7.6, "B")
        pdf.output(path)

    notes = (
        "Northern Ireland agricultural merchant's VAT INVOICE in English: animal feed zero-rated (code Z) and fencing, dairy sundries and boots at 20 % (code S), a VAT analysis table by code and a remittance advice below a dashed line; the VAT number printed with the XI prefix (Northern Ireland goods under the Windsor Framework): vendor = the company name at the top; vendor tax id = 'VAT Reg. No.' XI + 9 digits as printed with its spaces (the digits valid under python-stdnum gb.vat); the company registration number, the customer account and the delivery dockets are decoys. "
        "invoice_number = 'Invoice no.'; invoice_date = 'Tax point / Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yy", "dd-Mon-yyyy"][i] + "). "
        + due_note(due, term, "Due date")
        + po_note(po, "Your order")
        + "subtotal = 'Total goods'; tax = 'Total VAT'; total = 'INVOICE TOTAL £' (repeated in the remittance advice). The VAT analysis is a decoy. Currency GBP. Amounts '1,234.50'. Line items: every row (quantity = bags, tonnes, rolls, pieces)."
    )
    t = truth(vname, vat_p, no, po, d, due, "GBP", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, vat_p, no, po, vname, "INVOICE TOTAL"], render


# =========================================================================== 07 Wallis and Futuna electrician (no tax, XPF whole francs), sections with sums, total in words
WF_V = [("Uvea Électricité SARL", "Hahake, Mata-Utu, Wallis", (0, 90, 140)), ("Futuna Énergie Services", "Leava, Sigave, Futuna", (160, 70, 0)),
        ("Électricité Générale Lano EURL", "Lano, Hihifo, Wallis", (40, 110, 50)), ("Alo Solaire & Réseaux SARL", "Ono, Alo, Futuna", (120, 40, 110))]
WF_B = [("Circonscription d'Uvea", "Mata-Utu, Wallis"), ("Circonscription de Sigave", "Leava, Futuna"), ("Collège de Lano", "Lano, Wallis"), ("Circonscription d'Alo", "Ono, Futuna")]
WF_MAT = [("Lampadaire solaire 60 W complet", "u", 1, 8, 95000, 180000), ("Câble U1000 R2V 3G2,5 (m)", "m", 50, 400, 180, 420), ("Tableau électrique 2 rangées équipé", "u", 1, 3, 28000, 65000),
          ("Disjoncteur différentiel 30 mA", "u", 2, 10, 4500, 9500), ("Projecteur LED 100 W", "u", 2, 12, 9000, 19000), ("Gaine ICTA 25 mm (m)", "m", 50, 300, 90, 180)]


@style("07", "wf_electricite_futuna_sans_taxe_xpf_lettres")
def s07(rng, i):
    vname, vaddr, color = WF_V[i]
    bname, baddr = WF_B[i]
    d = rand_date(rng)
    mat = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(WF_MAT, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        mat.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo // 10, hi // 10) * 10)})
    lab = [{"desc": "Main-d'œuvre électricien (heures)", "unit": "h", "qty": D(rng.randint(8, 60)), "price": D(rng.choice([4500, 5000, 5500, 6000]))}]
    if rng.random() < 0.6:
        lab.append({"desc": "Nacelle / camion-grue (heures)", "unit": "h", "qty": D(rng.randint(2, 12)), "price": D(rng.choice([9000, 12000, 15000]))})
    fret = [{"desc": "Fret maritime Wallis – Futuna" if "Futuna" in baddr else "Transport et manutention sur site", "unit": "forfait", "qty": D(1), "price": D(rng.randint(15, 90) * 1000)}]
    for x in mat + lab + fret:
        x["amount"] = x["qty"] * x["price"]
    items = mat + lab + fret
    total = sum(x["amount"] for x in items)
    sections = [("A. Fournitures", mat), ("B. Main-d'œuvre", lab), ("C. Transport", fret)]
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FE-{rng.randint(1000, 9999)}", f"{d.strftime('%Y%m')}-{rng.randint(10, 99)}", f"F{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=45), None][i]
    term = ["", "Paiement à réception du mandat administratif", "", "Règlement à 30 jours après service fait"][i]
    po = [f"BC {rng.randint(100, 999)}/{d.year}", f"{rng.randint(10, 99)}-{d.year}", None, None][i]
    po_label = ["Bon de commande", "Engagement n°", "", ""][i]
    rcs = f"{d.year - rng.randint(2, 20)} B {rng.randint(100, 999)}"
    bank, branch, acct = "17499", digits(rng, 5), digits(rng, 11)
    rib = f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}"

    def render(path):
        pdf = new_fpdf(creator="Facturier Pacifique 3")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", color=color)
        txt(pdf, 14, 19, f"{vaddr} – 98600 Wallis-et-Futuna – Tél. (681) 72 {digits(rng, 2)} {digits(rng, 2)}", 8)
        txt(pdf, 14, 23, f"RCS Mata-Utu {rcs} · Patente n° {rng.randint(1000, 9999)}", 7.6, color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(128, 30, 68, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 131, 32, "FACTURE", 14, "B", color=color)
        kv(pdf, 131, 40, [("N°", no), ("Date", fd(d)), (po_label, po), ("Échéance", fd(due) if due else None)], wl=24, wv=38, size=8, step=4.6)
        txt(pdf, 14, 34, "Doit :", 8, "I")
        txt(pdf, 14, 39, bname, 10, "B")
        txt(pdf, 14, 44, baddr, 8.4)
        txt(pdf, 14, 52, f"Objet : {rng.choice(['éclairage public du village', 'mise aux normes du tableau général', 'éclairage du terrain de sport', 'raccordement du local associatif'])}", 8.4)
        y = 66
        cols = [("Désignation", 92, "L"), ("Unité", 16, "C"), ("Qté", 16, "R"), ("P.U. (XPF)", 26, "R"), ("Montant (XPF)", 32, "R")]
        for title, rows in sections:
            txt(pdf, 14, y, title, 8.6, "B", color=color)
            y = table(pdf, 14, y + 4.5, cols, [[x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"], 0), sp(x["amount"], 0)] for x in rows], size=7.8, rowh=5.6, header_fill=(240, 240, 240), line_color=(205, 205, 205))
            txt(pdf, 110, y + 1, f"Sous-total {title[:2].strip('.')}", 7.8, "I")
            txt(pdf, 164, y + 1, sp(sum(x["amount"] for x in rows), 0), 7.8, "I", align="R", w=32)
            y += 8
        y2 = totals(pdf, 110, y + 2, [("TOTAL À PAYER (XPF)", sp(total, 0), True)], wl=54, wv=32, size=9.6, line=color, step=6)
        y3 = para(pdf, 14, y2 + 4, 182, f"Arrêtée la présente facture à la somme de {fr_words(total)} francs CFP.", 8.4, "B", h=4.2)
        y3 = para(pdf, 14, y3 + 3, 182, "TVA non applicable : il n'existe pas de TVA sur le territoire des îles Wallis et Futuna. " + (f"{term}. " if term else "") + f"Règlement par virement à la Banque de Wallis et Futuna, RIB {rib}.", 7.6, h=3.8)
        pdf.output(path)

    notes = (
        "Wallis and Futuna electrician's FACTURE in French in whole CFP francs with no tax at all (the territory levies no TVA), rows in three sections (fournitures, main-d'œuvre, transport) each with its italic sub-total, the client under 'Doit :' and the total in words: vendor = the company name at the top; no vendor tax id (null; the RCS Mata-Utu and patente numbers and the RIB are decoys). "
        "invoice_number = 'N°' in the FACTURE box; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yy", "dd.mm.yyyy"][i] + "). "
        + due_note(due, term, "Échéance")
        + po_note(po, po_label)
        + "subtotal and tax = null (only the total is printed; the section sub-totals are decoys); total = 'TOTAL À PAYER (XPF)' (also in words). Currency XPF. Amounts '1 234 500'. Line items: every row of the three sections (quantity = pieces, metres, hours, 1)."
    )
    t = truth(vname, None, no, po, d, due, "XPF", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "TOTAL À PAYER"], render


# =========================================================================== 08 South Tyrol joinery (MwSt/IVA 22 %, EUR), final invoice with the advance deducted from the base
ST_V = [("Tischlerei Oberhofer KG d. Oberhofer Martin & Co.", "Industriezone 14", "39031 Bruneck / Brunico (BZ)", (120, 60, 20)), ("Holzbau Pichler GmbH", "Handwerkerzone Ried 3", "39040 Natz-Schabs / Naz-Sciaves (BZ)", (30, 80, 50)),
        ("Möbelwerkstatt Gasser OHG", "Romstraße 22", "39012 Meran / Merano (BZ)", (40, 60, 120)), ("Innenausbau Kofler & Söhne GmbH", "Gewerbegebiet Kiens 8", "39030 Kiens / Chienes (BZ)", (110, 30, 60))]
ST_B = [("Hotel Sonnenhof GmbH", "Dorfstraße 5, 39030 Olang / Valdaora (BZ)"), ("Gasthof Zum Löwen OHG", "Hauptplatz 2, 39049 Sterzing / Vipiteno (BZ)"), ("Residence Alpenblick KG", "Panoramaweg 9, 39040 Kastelruth / Castelrotto (BZ)"),
        ("Weingut Ansitz Kränzel", "Weinstraße 20, 39057 Eppan / Appiano (BZ)")]
ST_ROWS = [("Einbauschrank Zirbe massiv, nach Maß", "Stk", 1, 6, "1450", "3900"), ("Hotelzimmer-Einrichtung komplett (Bett, Schrank, Schreibtisch)", "Zi.", 2, 14, "3200", "6400"), ("Wandverkleidung Altholz", "m²", 10, 80, "95", "185"),
           ("Rezeptionstheke Eiche geölt", "Stk", 1, 1, "4800", "9800"), ("Innentüren furniert inkl. Zarge", "Stk", 2, 18, "620", "1150"), ("Montage durch zwei Tischler", "Std", 8, 60, "48", "62")]


@style("08", "it_suedtirol_tischlerei_schlussrechnung_akonto_mwst")
def s08(rng, i):
    vname, vstreet, vcity, color = ST_V[i]
    bname, baddr = ST_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(ST_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("1"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    works = sum(x["amount"] for x in items)
    akonto = q2(works * D(rng.choice(["0.30", "0.40", "0.50"])) / 100) * 100
    net = works - akonto
    tax = q2(net * D("0.22"))
    total = net + tax
    piva = valid(rng, lambda: "0" + digits(rng, 6, True) + "021" + digits(rng, 1), _iva.is_valid)
    no = [f"{rng.randint(10, 399)}/{d.year}", f"{d.year}-{rng.randint(100, 999)}", f"SR {rng.randint(10, 99)}/{d.strftime('%y')}", f"{rng.randint(1000, 1999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    ak_date = d - dt.timedelta(days=rng.randint(40, 120))
    ak_no = f"{rng.randint(1, 9)}/{ak_date.year}"
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), d + dt.timedelta(days=30)][i]
    term = ["", "Zahlbar sofort nach Erhalt / pagamento a vista", "", ""][i]
    po = [None, f"{rng.randint(100, 999)}/{d.year}", None, None][i]
    sdi = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))

    def render(path):
        pdf = new_fpdf(creator="HolzOffice 12")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13.5, "B", color=color)
        txt(pdf, 14, 18.5, f"{vstreet} · {vcity} · Südtirol / Alto Adige", 8.2)
        txt(pdf, 14, 22.5, f"MwSt.-Nr. / Partita IVA IT{piva} · Handelsregister / REA BZ-{rng.randint(100000, 230000)}", 7.8, color=(80, 80, 80))
        txt(pdf, 14, 36, bname, 9.6, "B")
        txt(pdf, 14, 41, baddr.split(", ")[0], 8.6)
        txt(pdf, 14, 45.5, baddr.split(", ")[1], 8.6)
        txt(pdf, 14, 50, f"Empfängerkodex / Codice destinatario: {sdi}", 7.6, color=(90, 90, 90))
        txt(pdf, 120, 34, "SCHLUSSRECHNUNG", 13, "B", color=color)
        txt(pdf, 120, 40, "Fattura di saldo", 8.6, "I", color=(110, 110, 110))
        y = kv(pdf, 120, 46, [("Rechnung Nr. / Fattura n.", no), ("Datum / Data", fd(d)), ("Ihr Auftrag / Vs. ordine", po), ("Fällig am / Scadenza", fd(due) if due else None)], wl=40, wv=36, size=8, step=4.8)
        y0 = max(y, 58) + 6
        txt(pdf, 14, y0 - 5, f"Bauvorhaben / Cantiere: {rng.choice(['Umbau Zimmer 2. Stock', 'Neugestaltung Eingangsbereich', 'Erweiterung Wellnessbereich', 'Verkostungsraum'])}", 8, "I")
        cols = [("Pos.", 10, "C"), ("Beschreibung / Descrizione", 92, "L"), ("Menge", 16, "R"), ("ME", 12, "C"), ("Einzelpreis", 24, "R"), ("Betrag €", 28, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), de(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.8, header_fill=(238, 232, 224), line_color=(205, 200, 190))
        trows = [("Summe Leistungen / Totale lavori", de(works), False), (f"abzügl. Akontorechnung Nr. {ak_no} vom {ak_date.strftime('%d.%m.%Y')}", "-" + de(akonto), False),
                 ("Steuerpflichtiger Betrag / Imponibile", de(net), False), ("MwSt. / IVA 22 %", de(tax), False), ("Rechnungsbetrag / Totale fattura €", de(total), True)]
        y2 = totals(pdf, 86, y + 5, trows, wl=80, wv=30, size=8.2, line=color, step=5.4)
        y3 = para(pdf, 14, y2 + 5, 182, (f"{term}. " if term else "") + f"Bankverbindung / Coordinate bancarie: Raiffeisenkasse, IBAN {iban_fmt(iban('IT', rng.choice('ABCDEFGHKLMNPRSTUVWXYZ') + '08' + digits(rng, 3) + digits(rng, 5) + digits(rng, 12)))}.", 7.8, h=3.9)
        para(pdf, 14, y3 + 3, 182, "Höflichkeitskopie – die elektronische Rechnung wurde über das SDI-System übermittelt. / Copia di cortesia – la fattura elettronica è stata trasmessa tramite SDI.", 7.2, "I", h=3.6, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "South Tyrol joinery's SCHLUSSRECHNUNG / Fattura di saldo in German with Italian labels (a courtesy copy of the SDI e-invoice): the works' rows, then the advance invoice's net deducted ('abzügl. Akontorechnung Nr. ... vom ...') to give the taxable base, MwSt./IVA 22 % on that base and the invoice total: vendor = the company name at the top (with its legal form as printed); vendor tax id = 'MwSt.-Nr. / Partita IVA' IT + 11 digits (valid under python-stdnum it.iva); the REA number, the Codice destinatario and the advance invoice's number and date are decoys. "
        "invoice_number = 'Rechnung Nr. / Fattura n.'; invoice_date = 'Datum / Data' (" + ["dd.mm.yyyy", "'12. März 2026'", "dd/mm/yyyy", "dd.mm.yy"][i] + "). "
        + due_note(due, term, "Fällig am / Scadenza")
        + po_note(po, "Ihr Auftrag / Vs. ordine")
        + "subtotal = 'Steuerpflichtiger Betrag / Imponibile' (the works less the advance); tax = 'MwSt. / IVA 22 %'; total = 'Rechnungsbetrag / Totale fattura €'. 'Summe Leistungen' and the advance are decoys (the rows add up to 'Summe Leistungen', not to the subtotal). Currency EUR. Amounts '1.234,56'. Line items: every row (quantity = pieces, rooms, m², hours)."
    )
    t = truth(vname, "IT" + piva, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, {"printed": [fd(d), fd(due) if due else None, no, po, vname, "Rechnungsbetrag"], "line_adjustment": str(-akonto)}, render
