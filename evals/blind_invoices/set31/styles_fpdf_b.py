"""fpdf2 styles for set 31, second part (08 Honiara (Solomon Islands) wholesaler's TAX INVOICE to a retail store in
English with the goods tax 10 % on the taxable goods beside exempt rice (code per row), the totals boxed and a deposit
deducted below the total, 09 North Frisian (Husum / Föhr / Niebüll) smokehouse and caterer's RÄKNING / RECHNUNG in
North Frisian with German beside on a landscape page with a left sidebar, USt. 7 % on food and 19 % on service and
hire, 10 Calgary / Grande Prairie oilfield-services company's INVOICE in English with the invoice summary boxed at the
top above the charges grouped by field ticket, the GST 5 % and AFE, well and location decoys)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import de_date, frr_date
from invoice_kit import MONTHS, de, digits, en, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, en_date, kv, lines, para, po_note, totals, truth, valid_id, wrap
from stdnum.ca import bn
from stdnum.de import vat as de_vat

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Honiara wholesaler (goods tax 10 %, rice exempt, SBD), deposit below the total
SB_V = [
    ("Point Cruz Wholesale Ltd", "Mendana Avenue, Point Cruz", "P.O. Box 1184, Honiara", (30, 64, 175)),
    ("Ranadi Trading Company Ltd", "Ranadi Industrial Estate, East Honiara", "P.O. Box 602, Honiara", (21, 128, 61)),
    ("Kukum Bulk Supplies Ltd", "Kukum Highway, Kukum", "P.O. Box 2290, Honiara", (180, 83, 9)),
    ("Chinatown Merchants (SI) Ltd", "Chinatown, Hibiscus Avenue", "P.O. Box 77, Honiara", (153, 27, 27)),
]
SB_B = [
    ("Auki Family Store", "Auki, Malaita Province"),
    ("Gizo Harbour Retail", "Gizo, Western Province"),
    ("White River Canteen", "White River, Honiara"),
    ("Tulagi Island Store", "Tulagi, Central Province"),
]
SB_ROWS = [
    ("Rice, long grain 20 kg bag", "bag", 10, 120, 185.00, 240.00, "E"),
    ("Rice, Solrice 10 kg bag", "bag", 10, 100, 98.00, 130.00, "E"),
    ("Soltuna canned tuna 180 g (ctn 48)", "ctn", 2, 30, 420.00, 560.00, "T"),
    ("Instant noodles (ctn 40)", "ctn", 5, 60, 85.00, 120.00, "T"),
    ("Sugar, white 1 kg (bale 10)", "bale", 2, 40, 140.00, 190.00, "T"),
    ("Biscuits, navy (ctn 12)", "ctn", 2, 30, 160.00, 230.00, "T"),
    ("Kerosene lamp wicks (box 50)", "box", 1, 10, 45.00, 80.00, "T"),
    ("Laundry soap bars (ctn 36)", "ctn", 2, 20, 210.00, 290.00, "T"),
]


@style("08", "sb_honiara_invoice_gst_10_deposit")
def s08(rng, i):
    vname, vstreet, vbox, color = SB_V[i]
    bname, baddr = SB_B[i]
    d = rand_date(rng)
    items = lines(rng, [x for x in SB_ROWS if x[6] == "E"], rng.randint(1, 2), D("0.50")) + lines(rng, [x for x in SB_ROWS if x[6] == "T"], rng.randint(2, 4), D("0.50"))
    net = sum(x["amount"] for x in items)
    base = sum(x["amount"] for x in items if x["extra"] == "T")
    tax = q2(base * D("0.10"))
    total = net + tax
    deposit = q2(total * D(rng.choice([20, 25, 30, 40])) / 100) if i in (0, 2, 3) else D(0)
    tin = digits(rng, 7, True)
    no = [f"{rng.randint(10000, 99999)}", f"INV-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"HW{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (1, 2) else None
    term = ["Terms: balance on collection of goods", None, None, "Terms: 7 days"][i]
    po = f"{rng.randint(100, 999)}" if i in (0, 1) else None
    m = en
    cols = [("Code", 14, "C"), ("Description", 76, "L"), ("Qty", 14, "R"), ("Unit", 14, "C"), ("Unit Price", 26, "R"), ("GT", 10, "C"), ("Amount", 28, "R")]
    trs = [[f"{rng.randint(1000, 9999)}", x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), x["extra"], m(x["amount"])] for x in items]
    docket = f"DD {rng.randint(10000, 99999)}"
    acct = f"{bname.split()[0][:3].upper()}{rng.randint(100, 999)}"
    ship = rng.choice(["MV Fair Glory", "MV Haleta", "MV Express Pelican", "Own truck"])

    def render(path):
        pdf = new_fpdf(creator="MYOB AccountRight")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 15, "B", color=color)
        txt(pdf, 15, 21, f"{vstreet} · {vbox} · Solomon Islands", 8.4)
        txt(pdf, 15, 25.5, f"TIN {tin} · Goods Tax registered · Ph +677 {digits(rng, 5)}", 8, color=(90, 90, 90))
        txt(pdf, 140, 14, "TAX INVOICE", 16, "B", align="R", w=55)
        txt(pdf, 15, 38, "Sold to", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 42.5, bname, 10, "B")
        txt(pdf, 15, 47.5, baddr, 8.6)
        txt(pdf, 15, 52, f"Account {acct}", 8.2)
        kv(pdf, 120, 38, [("Invoice No.", no), ("Date", fd(d)), ("Your Order No.", po), ("Due Date", fd(due) if due else None), ("Delivery Docket", docket), ("Shipped per", ship)], wl=34, wv=41, size=8.2)
        y = table(pdf, 15, 70, cols, trs, size=8.2, rowh=6, header_fill=(230, 236, 245), line_color=(205, 205, 205))
        pdf.set_draw_color(*color)
        rows = [("Subtotal", m(net), False), (f"Goods Tax 10% on {m(base)}", m(tax), False), ("TOTAL SI$", m(total), True)]
        if deposit:
            rows += [("Less deposit received", "-" + m(deposit), False), ("BALANCE DUE SI$", m(total - deposit), True)]
        pdf.rect(110, y + 5, 85, 6.2 * len(rows) + 4)
        y2 = totals(pdf, 113, y + 8, rows, wl=48, wv=31, size=8.8, line=color, step=6.2)
        para(pdf, 15, y + 6, 90, "GT codes: T = goods tax 10% (wholesale sale to a retailer); E = exempt (rice).", 7.6, h=3.8, color=(90, 90, 90))
        para(pdf, 15, y + 16, 90, (f"Please pay by {fd(due)}." if due else term + ".") + f" Bank South Pacific, Honiara, account {digits(rng, 10)}; ANZ Honiara, account {digits(rng, 8)}. Quote the invoice number.", 7.6, h=3.8)
        para(pdf, 15, max(y2, y + 34) + 8, 180, "Goods remain the property of the seller until paid in full. Claims for shortages within 48 hours of delivery.", 7.2, h=3.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Honiara (Solomon Islands) wholesaler's TAX INVOICE to a retail store in English, in Solomon Islands dollars ('1,234.50', 'SI$'), with the goods tax 10 % on the taxable goods (code T) beside exempt rice (code E), the tax on its base, the totals in a box" + (", a deposit deducted below the total and the balance due" if deposit else "") + ": vendor = the name at the top; vendor_tax_id = 'TIN' (7 digits; the author's format, not verified). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the delivery docket, the vessel, the item codes and the account are decoys. "
        + due_note(due, term, "Due Date") + po_note(po, "Your Order No.")
        + "subtotal = 'Subtotal'; tax = 'Goods Tax 10% on ...'; total = 'TOTAL SI$'" + ("; 'Less deposit received' and 'BALANCE DUE SI$' are decoys (total is before the deposit)" if deposit else "") + ". Currency SBD. Line items: every row."
    )
    t = truth(vname, tin, no, po, d, due, "SBD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, tin, "TOTAL SI$", docket, fd(due) if due else None], render


# =========================================================================== 09 North Frisian smokehouse and caterer (USt. 7 % / 19 %, EUR), landscape with a sidebar
NF_V = [
    ("Hüsemer Rüükerai Jensen GmbH", "Hafenstraße 21", "25813 Hüsem / Husum", (14, 116, 144)),
    ("Feer Fasch & Catering Ketels KG", "Sandwall 14", "25938 Wyk op Feer / Wyk auf Föhr", (21, 94, 117)),
    ("Naibel Rüükerai Petersen e.K.", "Hauptstraße 62", "25899 Naibel / Niebüll", (120, 53, 15)),
    ("Bräist Fasch & Deelikatesen OHG", "Westerstraße 9", "25821 Bräist / Bredstedt", (77, 124, 15)),
]
NF_B = [
    ("Nordfriisk Instituut", "Süderstraße 30", "25821 Bredstedt"),
    ("Kreisverwaltung Nordfriesland (Kantine)", "Marktstraße 6", "25813 Husum"),
    ("Friesenmuseum Wyk", "Rebbelstieg 34", "25938 Wyk auf Föhr"),
    ("Reederei W.D.R. (Bordgastronomie)", "Hafenstraße 3", "25938 Wyk auf Föhr"),
]
NF_ROWS = [
    ("Rüükeräil / Räucheraal", "kg", 2, 12, 38.00, 56.00, "7"),
    ("Bükling / Bückling", "kg", 3, 20, 14.50, 22.00, "7"),
    ("Porren / Nordseekrabben, gepult", "kg", 1, 8, 48.00, 79.00, "7"),
    ("Faschbrööđ-plååt / Fischbrötchen-Platte (20 St.)", "Platte", 2, 12, 46.00, 72.00, "7"),
    ("Heerang-salååt / Heringssalat", "kg", 2, 10, 12.50, 19.50, "7"),
    ("Servicepersonal / Servicepersonal", "Std.", 4, 24, 32.00, 42.00, "19"),
    ("Leerdeel-hüüre / Geschirrverleih", "Set", 20, 120, 1.20, 2.80, "19"),
    ("Kööl-wein / Kühlanhänger, Miete", "Tag", 1, 3, 55.00, 95.00, "19"),
]


@style("09", "de_nf_hoorst_rakning_ust_19_7_landscape")
def s09(rng, i):
    vname, vstreet, vcity, color = NF_V[i]
    bname, bstreet, bcity = NF_B[i]
    d = rand_date(rng)
    items = lines(rng, [x for x in NF_ROWS if x[6] == "7"], rng.randint(2, 4), D("0.10"), halves=True) + lines(rng, [x for x in NF_ROWS if x[6] == "19"], rng.randint(1, 3), D("0.10"))
    for x in items:
        x["rate"] = D(x["extra"])
    net = sum(x["amount"] for x in items)
    summary = []
    for r in (D("7"), D("19")):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vat = "DE" + valid_id(rng, 9, lambda s: de_vat.is_valid("DE" + s))
    stnr = f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
    no = [f"R{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"RE {rng.randint(100, 999)}"][i]
    fd = [frr_date, lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d.%m.%Y")][i]
    event = d - dt.timedelta(days=rng.randint(1, 10))
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i in (0, 3) else None
    term = [None, "Tu beetalin deer 14 daage / Zahlbar innerhalb 14 Tagen ohne Abzug", "Betaald bar / Betrag bar erhalten", None][i]
    po = f"{rng.randint(4500000000, 4500999999)}" if i in (1, 3) else None
    m = de
    cols = [("Pos.", 12, "C"), ("Beschriiwing / Beschreibung", 92, "L"), ("Mängde / Menge", 24, "R"), ("Äänhäid / Einheit", 24, "C"), ("Pris / Einzelpreis", 28, "R"), ("USt.", 14, "R"), ("Bedrach / Betrag", 30, "R")]
    trs = [[str(k + 1), x["desc"], qstr(x["qty"]).replace(".", ","), x["unit"], m(x["price"]), f"{x['rate']} %", m(x["amount"])] for k, x in enumerate(items)]
    phone = f"04841 {digits(rng, 5)}"
    iban = f"DE{rng.randint(10, 99)} 2175 0000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"

    def render(path):
        pdf = new_fpdf(orientation="L", creator="orgaMAX")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 210, "F")
        white = (255, 255, 255)
        y = 14
        for k, line in enumerate(wrap(vname, 22).split("\n")):
            txt(pdf, 8, y + k * 6, line, 11.5, "B", color=white)
        y += 18
        for line in (vstreet, vcity, f"Tel. {phone}", "", "Stüürnumer / Steuernummer", stnr, "USt-IdNr.", vat, "", "Nord-Ostsee Sparkasse", iban, "BIC NOLADE21NOS"):
            txt(pdf, 8, y, line, 7.8, color=white)
            y += 4.6
        txt(pdf, 75, 14, "RÄKNING / RECHNUNG", 17, "B", color=color)
        txt(pdf, 75, 22.5, f"{vname} · {vstreet} · {vcity}", 6.8, color=(90, 90, 90))
        txt(pdf, 75, 27, bname, 10, "B")
        txt(pdf, 75, 32, f"{bstreet} · {bcity}", 8.6)
        kv(pdf, 205, 14, [("Räkningsnumer / Rechnungs-Nr.", no), ("Dootem / Datum", fd(d)), ("Leewering / Lieferung am", event.strftime("%d.%m.%Y")), ("Bestel-nr. / Bestell-Nr.", po), ("Tu beetalin bit / Fällig am", fd(due) if due else None)], wl=48, wv=30, size=7.8, step=4.8)
        y = table(pdf, 75, 46, cols, trs, size=8.2, rowh=6.2, header_fill=(238, 243, 245), line_color=(215, 215, 215))
        trows = [("Netto / Nettobetrag", m(net), False)]
        trows += [(f"USt. {r} % aw / auf {m(b)}", m(v), False) for r, b, v in summary]
        trows += [("Tu beetalin / Zu zahlen EUR", m(total), True)]
        y2 = totals(pdf, 190, y + 7, trows, wl=58, wv=30, size=8.8, line=color, step=6)
        para(pdf, 75, y + 7, 105, (f"Tu beetalin bit / Bitte zahlen bis {fd(due)}." if due else term + ".") + " Speisen ohne Service: 7 %; Personal und Verleih: 19 %.", 7.8, h=4)
        para(pdf, 75, max(y2, y + 30) + 6, 205, "Tunk foar jam äpdraach! / Vielen Dank für Ihren Auftrag. Leergut und Geschirr bitte gespült zurückgeben.", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "North Frisian (Husum / Wyk auf Föhr / Niebüll / Bredstedt, Germany) smokehouse and caterer's RÄKNING / RECHNUNG in North Frisian (Mooring, the author's spelling) with German beside each label, on a LANDSCAPE A4 page with a coloured sidebar at the left (address, Steuernummer, USt-IdNr., bank), in euros ('1.234,50'), with USt. 7 % on food delivered without service and 19 % on staff, hire and a cooling trailer, the USt. per rate on its base: vendor = the name at the top of the sidebar (wrapped there; in one line in the sender line above the client); vendor_tax_id = 'USt-IdNr.' (DE + 9 digits; the Steuernummer is a decoy). "
        "invoice_number = 'Räkningsnumer / Rechnungs-Nr.'; invoice_date = 'Dootem / Datum' (" + ["North Frisian words ('12. määrts 2026')", "dd.mm.yyyy", "German words ('12. März 2026')", "dd.mm.yyyy"][i] + "); the delivery date ('Leewering / Lieferung am') is a decoy. "
        + due_note(due, term, "Tu beetalin bit / Fällig am") + po_note(po, "Bestel-nr. / Bestell-Nr.")
        + "subtotal = 'Netto / Nettobetrag'; tax = the two 'USt. x % aw / auf ...' rows summed (checks list them as its parts); total = 'Tu beetalin / Zu zahlen EUR'. Currency EUR. Line items: every row; kilograms may have a half ('2,5')."
    )
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vat, "Tu beetalin / Zu zahlen EUR", fd(due) if due else None], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, render


# =========================================================================== 10 Alberta oilfield services (GST 5 %, CAD), summary boxed at the top, charges by field ticket
AB_V = [
    ("Foothills Hot Oiling Ltd.", "4410 78 Ave SE", "Calgary, AB  T2C 2Z6", (153, 27, 27)),
    ("Peace Country Vac & Steam Inc.", "10720 96 St", "Grande Prairie, AB  T8V 3J4", (30, 64, 175)),
    ("Drayton Valley Wellsite Services Ltd.", "5211 50 St", "Drayton Valley, AB  T7A 1S2", (21, 128, 61)),
    ("Red Deer Pressure Testing Corp.", "7887 Edgar Industrial Dr", "Red Deer, AB  T4P 3R2", (180, 83, 9)),
]
AB_B = [
    ("Bow River Energy Ltd.", "Suite 1200, 500 4 Ave SW", "Calgary, AB  T2P 2V6"),
    ("Smoky Basin Resources Corp.", "Suite 800, 10180 101 St NW", "Edmonton, AB  T5J 3S4"),
    ("Pembina Crest Oil Inc.", "Suite 2100, 333 7 Ave SW", "Calgary, AB  T2P 2Z1"),
    ("Kakwa Hills Petroleum Ltd.", "Suite 400, 635 8 Ave SW", "Calgary, AB  T2P 3M3"),
]
AB_ROWS = [
    ("Hot oil unit c/w operator", "hr", 4, 14, 185.00, 260.00),
    ("Vacuum truck c/w operator", "hr", 4, 12, 145.00, 210.00),
    ("Steamer unit", "hr", 3, 10, 120.00, 175.00),
    ("Pressure truck c/w operator", "hr", 3, 12, 210.00, 295.00),
    ("Mileage (unit)", "km", 40, 380, 2.85, 4.20),
    ("Fluid disposal", "m3", 5, 40, 18.00, 32.00),
    ("Fuel surcharge", "ea", 1, 1, 45.00, 120.00),
    ("Subsistence", "day", 1, 2, 150.00, 185.00),
    ("Swamper / helper", "hr", 4, 12, 65.00, 85.00),
]


@style("10", "ca_ab_calgary_field_ticket_invoice_gst_5")
def s10(rng, i):
    vname, vstreet, vcity, color = AB_V[i]
    bname, bstreet, bcity = AB_B[i]
    d = rand_date(rng)
    tickets = []
    items = []
    for k in range(rng.randint(2, 3)):
        tno = f"{rng.randint(10000, 99999)}"
        tday = d - dt.timedelta(days=rng.randint(2, 20) + k)
        rows = lines(rng, AB_ROWS, rng.randint(2, 4), D("0.05"))
        tickets.append((tno, tday, rows))
        items += rows
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    b9 = valid_id(rng, 9, bn.is_valid)
    gst_no = f"{b9} RT0001"
    no = [f"{rng.randint(100000, 999999)}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(20000, 29999)}", f"RD{rng.randint(1000, 9999)}"][i]
    short = lambda x: f"{MONTHS['en'][x.month - 1][:3]} {x.day}, {x.year}"  # noqa: E731
    fd = [short, lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y"), short][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 1) else None
    term = [None, None, "Terms: Net 30 days", "Terms: Net 45 days from invoice date"][i]
    po = f"PO-{rng.randint(100000, 999999)}" if i in (0, 2) else None
    afe = f"{d.strftime('%y')}-{rng.randint(1000, 9999)}-{rng.choice(['CMP', 'OPS', 'WO'])}"
    lsd = f"{rng.randint(1, 16):02d}-{rng.randint(1, 36):02d}-{rng.randint(40, 75):03d}-{rng.randint(1, 26):02d}W{rng.choice([5, 6])}"
    well = f"{bname.split()[0].upper()} {rng.choice(['PEMBINA', 'KAYBOB', 'WAPITI', 'CARDIUM'])} {rng.randint(1, 16)}-{rng.randint(1, 36)}"
    m = en
    cols = [("Description", 84, "L"), ("Qty", 20, "R"), ("Unit", 16, "C"), ("Rate", 28, "R"), ("Amount", 32, "R")]

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="OpenInvoice / Field Ticket Pro")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        txt(pdf, 15, 20.5, f"{vstreet}, {vcity}", 8.4)
        txt(pdf, 15, 25, f"GST # {gst_no} · 24 hr dispatch (780) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", 8, color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(128, 12, 73, 38)
        pdf.set_line_width(0.2)
        txt(pdf, 131, 14, "INVOICE", 13, "B", color=color)
        kv(pdf, 131, 21, [("Invoice #", no), ("Invoice Date", fd(d)), ("Due Date", fd(due) if due else None)], wl=28, wv=38, size=8.2)
        totals(pdf, 131, 36, [("Subtotal", m(net), False), ("GST 5%", m(tax), False), ("Invoice Total CAD", m(total), True)], wl=36, wv=30, size=8.2, line=color, step=4.6)
        txt(pdf, 15, 36, "Bill To", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 40.5, bname, 10, "B")
        txt(pdf, 15, 45.5, f"{bstreet}, {bcity}", 8.2)
        y = kv(pdf, 15, 56, [("AFE #", afe), ("PO #", po), ("Well", well), ("Location (LSD)", lsd), ("Approver", rng.choice(["J. Kowalchuk", "D. Lindgren", "M. Tremblay", "S. Okafor"]))], wl=30, wv=60, size=8, align="L")
        y += 4
        for tno, tday, rows in tickets:
            txt(pdf, 15, y, f"Field Ticket {tno} · {tday.isoformat()} · Unit {rng.randint(100, 399)}", 8.6, "B", color=color)
            trs = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in rows]
            y = table(pdf, 15, y + 5, cols, trs, size=8, rowh=5.6, header_fill=(242, 242, 242), line_color=(215, 215, 215))
            sub = sum(x["amount"] for x in rows)
            txt(pdf, 120, y + 1.5, f"Ticket {tno} total", 8, "I")
            txt(pdf, 163, y + 1.5, m(sub), 8, "I", align="R", w=32)
            y += 9
        para(pdf, 15, y + 4, 180, (f"Payment due {fd(due)}." if due else term + ".") + f" EFT to ATB Financial, transit 0{digits(rng, 4)}, institution 219, account {digits(rng, 9)}. Remit to: {vname}, {vstreet}, {vcity}. 2% per month on overdue accounts.", 7.6, h=3.9)
        pdf.output(path)

    notes = (
        "Alberta (Calgary / Grande Prairie / Drayton Valley / Red Deer) oilfield-services company's INVOICE in English on a Letter page, in Canadian dollars ('1,234.50'), with only the GST 5 % (Alberta has no PST), the invoice summary boxed at the TOP RIGHT (number, date, subtotal, GST, total) above the charges grouped by field ticket, each with its own 'Ticket ... total': vendor = the name at the top left; vendor_tax_id = 'GST #' (9 digits + RT0001). "
        "invoice_number = 'Invoice #'; invoice_date = 'Invoice Date' (" + ["'Mar 12, 2026'", "yyyy-mm-dd", "dd/mm/yyyy", "'Mar 12, 2026'"][i] + "); the field-ticket dates (yyyy-mm-dd) and numbers, the AFE, the well, the LSD location, the unit numbers and the approver are decoys. "
        + due_note(due, term, "Due Date") + po_note(po, "PO #")
        + "subtotal = 'Subtotal'; tax = 'GST 5%'; total = 'Invoice Total CAD' (in the box); the ticket totals are decoys. Currency CAD. Line items: every row of every field ticket."
    )
    t = truth(vname, gst_no, no, po, d, due, "CAD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, gst_no, "Invoice Total CAD", afe, lsd, fd(due) if due else None], render
