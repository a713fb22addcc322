"""fpdf2 styles for set 34, second part (08 Lafayette (Louisiana) outboard and boat repair shop's REPAIR ORDER INVOICE
in English with Cajun French labels on a Letter page, parts and labor tables, the Louisiana state sales tax 5 % and
the local (parish and city) tax 4 % printed apart, 09 Kuressaare (Saaremaa, Estonia) spa hotel's ARVE folio in
Estonian with a row per day, accommodation at 13 % and the rest at 22 % (24 % from 1 July 2025), digits grouped by
spaces and a prepayment deducted below the total, 10 Groningen bakery and cheese shop's KASSABON on an 80 mm roll in
Dutch with Gronings touches, VAT-inclusive prices and BTW 9 % and 21 % only per rate)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, et_date, gross_by_rate
from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, truth, us_date, valid_id
from stdnum.ee import kmkr
from stdnum.nl import btw

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Lafayette outboard repair (state 5 % + local 4 %, USD), Letter, parts and labor
LA_V = [
    ("Boudreaux Marine & Outboard LLC", "2310 NW Evangeline Thruway, Lafayette, LA 70501", (14, 116, 144)),
    ("Acadiana Bayou Boats Inc.", "415 Ambassador Caffery Pkwy, Lafayette, LA 70503", (153, 27, 27)),
    ("Thibodeaux Motor Works & Marine", "1805 W Pinhook Rd, Lafayette, LA 70508", (21, 128, 61)),
    ("Vermilion River Marine Service LLC", "600 Kaliste Saloom Rd, Lafayette, LA 70508", (91, 33, 182)),
]
LA_B = [
    ("Ti-Jean Guidry", "108 Rue Chavis, Scott, LA 70583"),
    ("Atchafalaya Swamp Tours LLC", "1205 Henderson Levee Rd, Breaux Bridge, LA 70517"),
    ("Marcel Broussard", "44 Coulee Ile des Cannes, Lafayette, LA 70506"),
    ("Cajun Crawfish Co-op", "900 Bonin Rd, Youngsville, LA 70592"),
]
LA_PARTS = [
    ("Water pump impeller kit", "ea", 1, 2, 38, 95), ("Lower unit gear oil, qt", "qt", 1, 4, 12, 19), ("Spark plug NGK", "ea", 2, 8, 7, 14), ("Fuel filter / water separator", "ea", 1, 2, 24, 48),
    ("Propeller, aluminum 13 x 19", "ea", 1, 1, 129, 219), ("Thermostat and gasket", "ea", 1, 2, 29, 64), ("Trim tab anode", "ea", 1, 2, 18, 42), ("Bilge pump 750 GPH", "ea", 1, 2, 42, 89),
]
LA_LABOR = [
    ("Labor – 100-hour service", "hr", 1, 4, 95, 125), ("Labor – lower unit reseal", "hr", 1, 5, 95, 125), ("Labor – diagnose no-start", "hr", 1, 3, 95, 125), ("Labor – rewire trailer lights", "hr", 1, 3, 85, 110),
]


@style("08", "us_la_lafayette_invoice_sales_tax_state_parish")
def s08(rng, i):
    vname, vaddr, color = LA_V[i]
    bname, baddr = LA_B[i]
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2026, 11, 20))
    parts = lines(rng, LA_PARTS, rng.randint(2, 5), D("0.01"))
    labor = lines(rng, LA_LABOR, rng.randint(1, 2), D("0.50"), halves=True)
    items = parts + labor
    net = sum(x["amount"] for x in items)
    st = q2(net * 5 / 100)
    loc = q2(net * 4 / 100)
    tax = st + loc
    total = net + tax
    no = [f"RO-{rng.randint(10000, 99999)}", f"{rng.randint(4000, 9999)}", f"T{rng.randint(100000, 999999)}", f"{d.strftime('%y')}-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), us_date, lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%m-%d-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    term = ["Paid – Visa", None, "Payment due at pickup", None][i]
    po = [None, f"PO {rng.randint(1000, 9999)}", None, f"CC-{rng.randint(100, 999)}"][i]
    boat = rng.choice(["2016 Yamaha F115 s/n 6EK-" + digits(rng, 6), "2019 Mercury 90 ELPT s/n 2B" + digits(rng, 6), "2012 Evinrude E-TEC 60 s/n " + digits(rng, 7), "2021 Suzuki DF140 s/n 14003F-" + digits(rng, 6)])
    hull = "LA" + digits(rng, 4) + rng.choice("ABCDEFGH") + rng.choice("ABCDEFGH")
    m = en

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="MarineShop RO")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 216, 24, "F")
        txt(pdf, 14, 6, vname, 14, "B", color=(255, 255, 255))
        txt(pdf, 14, 14, vaddr + " · (337) " + f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", 8, color=(255, 255, 255))
        txt(pdf, 150, 6, "REPAIR ORDER INVOICE", 11, "B", color=(255, 255, 255))
        txt(pdf, 150, 13, "Facture de réparation", 8, color=(255, 255, 255))
        txt(pdf, 14, 32, "Customer / Client", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 36, bname, 10, "B")
        para(pdf, 14, 41, 90, baddr + f"\nCustomer # {rng.randint(1000, 9999)} · Phone (337) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", 8, h=4)
        kv(pdf, 122, 32, [("Invoice No.", no), ("Invoice Date", fd(d)), ("Date In", fd(d - dt.timedelta(days=rng.randint(2, 10)))), ("Customer PO", po), ("Due Date", fd(due) if due else None), ("Technician", rng.choice(["T-Boy", "Remy", "Nonc Pete", "Duhon"]))], wl=30, wv=50, size=8, align="L")
        para(pdf, 14, 62, 188, f"Unit / Motor: {boat} · Hull ID {hull} · Hours {rng.randint(80, 1400)} · Complaint: " + rng.choice(["runs rough at idle", "overheating, tell-tale weak", "won't start, cranks", "annual service"]), 8, h=4)
        cols = [("Parts / Pièces", 110, "L"), ("Qty", 20, "R"), ("Unit", 28, "R"), ("Amount", 30, "R")]
        y = table(pdf, 14, 74, cols, [[x["desc"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in parts], size=8, rowh=6, header_fill=(235, 240, 242))
        cols2 = [("Labor / Ouvrage", 110, "L"), ("Hours", 20, "R"), ("Rate", 28, "R"), ("Amount", 30, "R")]
        y0 = y + 6
        y = table(pdf, 14, y0, cols2, [[x["desc"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in labor], size=8, rowh=6, header_fill=(235, 240, 242))
        frame(pdf, 14, y0, y, cols2, color=(170, 170, 170))
        y += 8
        for lab, val, b in (("Parts total", m(sum(x["amount"] for x in parts)), False), ("Labor total", m(sum(x["amount"] for x in labor)), False), ("Subtotal", m(net), False), ("Louisiana state sales tax 5.00%", m(st), False), ("Lafayette Parish / City sales tax 4.00%", m(loc), False), ("Total sales tax 9.00%", m(tax), False), ("TOTAL DUE USD / Total à payer", m(total), True)):
            txt(pdf, 110, y, lab, 9.4 if b else 8.4, "B" if b else "")
            txt(pdf, 170, y, val, 9.4 if b else 8.4, "B" if b else "", align="R", w=32)
            y += 5.6
        para(pdf, 14, y + 6, 188, (f"Terms: Net {(due - d).days} days – please pay by {fd(due)}. " if due else f"Terms: {term}. ") + f"LDR sales tax acct # {digits(rng, 7, True)} · Lafayette Parish School System sales tax acct # {digits(rng, 6, True)}. Boats left 10 days after notice are subject to storage at $15.00/day.\nMerci beaucoup, cher! Laissez les bons temps rouler.", 7.8, h=3.9, color=(70, 70, 70))
        txt(pdf, 14, 262, "Customer signature / Signature du client: ______________________________", 8)
        pdf.output(path)

    notes = (
        "Lafayette (Louisiana, Acadiana) outboard and boat repair shop's REPAIR ORDER INVOICE in English with Cajun French labels ('Facture de réparation', 'Pièces', 'Ouvrage', 'Merci beaucoup, cher'), on a Letter page, in US dollars ('1,234.50'), with a PARTS table and a LABOR table, the Louisiana state sales tax 5 % and the local Lafayette parish / city tax 4 % printed apart and together: vendor = the shop's name in the coloured band; no tax id (the LDR and parish sales-tax account numbers are decoys; null). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["mm/dd/yyyy", "'March 12, 2026'", "mm/dd/yyyy", "mm-dd-yyyy"][i] + "); 'Date In', the customer number, the motor serial number and the hull ID are decoys. "
        + due_note(due, term, "Due Date") + po_note(po, "Customer PO")
        + "subtotal = 'Subtotal' (parts total + labor total, both printed as decoys); tax = 'Total sales tax 9.00%'; total = 'TOTAL DUE USD / Total à payer'. Currency USD. Line items: every parts row and every labor row."
    )
    t = truth(vname, None, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, "TOTAL DUE USD / Total à payer", fd(due) if due else None, hull], render


# =========================================================================== 09 Kuressaare spa hotel folio (KM 13 % / 22 % → 24 %, EUR), a row per day, prepayment deducted
SA_V = [
    ("Kuressaare Spaahotell OÜ", "Lossi 27, 93815 Kuressaare, Saaremaa", (13, 148, 136)),
    ("Saaremaa Rannaspaa AS", "Mere 6, 93819 Kuressaare", (30, 64, 175)),
    ("Loode Tamme Puhkekeskus OÜ", "Tõlluste küla, 93822 Saaremaa vald", (120, 53, 15)),
    ("Sõrve Mõisa Külalistemaja OÜ", "Torgu küla, 93401 Saaremaa vald", (109, 40, 217)),
]
SA_B = [
    ("Tartu Ülikooli Spordiklubi MTÜ", "Ujula 4, 51008 Tartu"),
    ("Mari-Liis Tamm", "Pärnu mnt 140-12, 11317 Tallinn"),
    ("Eesti Energia AS – Personaliosakond", "Lelle 22, 11318 Tallinn"),
    ("Kalle Saar", "Riia 18, 80010 Pärnu"),
]
SA_EXTRA = [
    ("Spaaprotseduur: klassikaline massaaž 60 min", 45, 75), ("Õhtusöök restoranis", 22, 68), ("Saaremaa õlu, minibaar", 4, 12), ("Saunakeskuse pääse", 12, 25), ("Parkimine", 5, 10), ("Lõunasöök", 14, 28),
]


@style("09", "ee_saa_kuressaare_arve_km_24_13_folio")
def s09(rng, i):
    vname, vaddr, color = SA_V[i]
    bname, baddr = SA_B[i]
    d = rand_date(rng, dt.date(2025, 2, 10), dt.date(2026, 11, 20))
    nights = rng.randint(2, 4)
    arr = d - dt.timedelta(days=nights)
    std = D("24") if d >= dt.date(2025, 7, 1) else D("22")
    rooms = rng.randint(1, 3)
    rate = D(rng.randint(1600, 3400)) / 20
    items = []
    for k in range(nights):
        day = arr + dt.timedelta(days=k)
        items.append({"desc": f"Majutus hommikusöögiga, tuba {rng.randint(101, 340)}" if rooms == 1 else f"Majutus hommikusöögiga, {rooms} tuba", "unit": "öö", "qty": D(rooms), "price": rate, "amount": q2(rooms * rate), "rate": D("13"), "day": day})
        for desc, lo, hi in rng.sample(SA_EXTRA, rng.randint(0, 2)):
            q = D(rng.randint(1, 4))
            p = D(rng.randint(lo * 2, hi * 2)) / 2
            items.append({"desc": desc, "unit": "tk", "qty": q, "price": p, "amount": q2(q * p), "rate": std, "day": day})
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    pre = q2(rooms * rate * D(rng.choice([50, 100])) / 100) if i in (0, 2) else None
    kk = valid_id(rng, 9, lambda c: kmkr.is_valid("EE" + c), prefix="10")
    kmkr_no = "EE" + kk
    reg = f"1{digits(rng, 7)}"
    no = [f"{rng.randint(10000, 99999)}", f"A-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), et_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14])) if i in (0, 2) else None
    term = [None, "Tasutud kaardiga / Paid by card", None, "Tasutud sularahas"][i]
    po = f"TÜ-{rng.randint(100, 999)}" if i == 0 else (f"Tellimus {rng.randint(4500, 4999)}" if i == 2 else None)
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Hotelliprogramm Mellow")
        pdf.add_page()
        txt(pdf, 16, 12, vname, 14, "B", color=color)
        txt(pdf, 16, 19, f"{vaddr} · tel +372 45 {rng.randint(10000, 99999)} · Registrikood {reg}", 7.6, color=(90, 90, 90))
        txt(pdf, 150, 12, "ARVE", 18, "B")
        txt(pdf, 16, 30, "Maksja", 7.4, color=(110, 110, 110))
        txt(pdf, 16, 34, bname, 10, "B")
        para(pdf, 16, 39, 90, baddr, 8, h=4)
        kv(pdf, 118, 28, [("Arve nr", no), ("Arve kuupäev", fd(d)), ("Saabumine", arr.strftime("%d.%m.%Y")), ("Lahkumine", d.strftime("%d.%m.%Y")), ("Broneering", f"BR-{rng.randint(100000, 999999)}"), ("Tellimus / viide", po), ("Maksetähtaeg", fd(due) if due else None)], wl=34, wv=42, size=8, align="L")
        cols = [("Kuupäev", 22, "L"), ("Teenus", 76, "L"), ("Kogus", 16, "R"), ("Hind", 22, "R"), ("KM %", 16, "R"), ("Summa km-ta", 28, "R")]
        rows = [[x["day"].strftime("%d.%m.%Y"), x["desc"], f"{qstr(x['qty'])} {x['unit']}", m(x["price"]), str(x["rate"]), m(x["amount"])] for x in items]
        y = table(pdf, 16, 62, cols, rows, size=7.8, rowh=5.8, header_fill=(226, 240, 238), zebra=(247, 250, 250))
        y += 6
        yy = y
        for r, b, v in summary:
            txt(pdf, 16, yy, f"Käibemaks {r}% summalt {m(b)} = {m(v)}", 7.8)
            yy += 4.4
        rowsT = [("Summa käibemaksuta", m(net), False), ("Käibemaks kokku", m(tax), False), ("KOKKU EUR", m(total), True)]
        if pre:
            rowsT += [("Ettemaks (broneerimisel)", "-" + m(pre), False), ("Tasuda", m(total - pre), True)]
        for lab, val, b in rowsT:
            txt(pdf, 112, y, lab, 9.4 if b else 8.4, "B" if b else "")
            txt(pdf, 160, y, val, 9.4 if b else 8.4, "B" if b else "", align="R", w=34)
            y += 5.6
        para(pdf, 16, max(y, yy) + 8, 178, (f"Palume tasuda {fd(due)} arvelduskontole EE{rng.randint(10, 99)} 2200 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} (Swedbank), selgitusse arve number." if due else term + ".") + "\nAitäh ja tere tulemast tagasi Saaremaale!", 8, h=4)
        txt(pdf, 16, 280, f"{vname} · KMKR nr {kmkr_no} · Registrikood {reg} · {vaddr}", 6.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Kuressaare / Saaremaa (Estonia) spa hotel's ARVE (folio) in Estonian, in euros with digits grouped by spaces ('1 234,50'), a row per service and day, accommodation with breakfast at 13 % and everything else at the standard rate (22 % until 30 June 2025, 24 % from 1 July 2025, by the invoice date), the käibemaks per rate in small print" + (", and the PREPAYMENT (ettemaks) deducted BELOW the total ('Tasuda')" if pre else "") + ": vendor = the name at the top; vendor_tax_id = 'KMKR nr' in the footer (EE + 9 digits; the registrikood is a decoy). "
        "invoice_number = 'Arve nr'; invoice_date = 'Arve kuupäev' (" + ["dd.mm.yyyy", "Estonian words ('12. märts 2026')", "dd.mm.yyyy", "dd.mm.yyyy"][i] + ", the same day as 'Lahkumine' (departure)); the arrival date, the booking number and the row dates are decoys. "
        + due_note(due, term, "Maksetähtaeg") + po_note(po, "Tellimus / viide")
        + "subtotal = 'Summa käibemaksuta'; tax = 'Käibemaks kokku'; total = 'KOKKU EUR'" + (" (before the prepayment; 'Tasuda' is a decoy)" if pre else "") + ". Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, kmkr_no, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, kmkr_no, "KOKKU EUR", fd(due) if due else None, m(total - pre) if pre else None], render


# =========================================================================== 10 Groningen bakery and cheese shop receipt (BTW 9 % / 21 %, EUR), 80 mm roll
GR_V = [
    ("Bakkerij en Kaashandel Bolhuis", "Folkingestraat 31, 9711 JV Groningen"),
    ("Echte Bakker Wierenga", "Oosterstraat 12, 9711 NR Groningen"),
    ("Kaas & Zo Grunnegers", "Vismarkt 40, 9712 CC Groningen"),
    ("Warme Bakker Dijkstra", "Hoofdstraat 88, 9601 EK Hoogezand"),
]
GR_ROWS = [
    ("Groninger koek", 3.45, 5.95, 9), ("Poffert", 4.95, 7.50, 9), ("Tarwebrood heel", 2.95, 3.95, 9), ("Krentenwegge", 4.50, 6.95, 9), ("Oude Groninger kaas 500 g", 8.95, 13.50, 9),
    ("Nagelkaas 250 g", 4.95, 7.25, 9), ("Eierkoeken 6 st", 2.45, 3.45, 9), ("Kniepertjes 250 g", 4.25, 6.50, 9), ("Hooghoudt jonge jenever 0,7 l", 15.95, 21.95, 21), ("Cadeauverpakking", 1.50, 3.50, 21), ("Draagtas", 0.25, 0.50, 21),
]


@style("10", "nl_gr_grunnen_kassabon_btw_9_21_80mm")
def s10(rng, i):
    vname, vaddr = GR_V[i]
    d = rand_date(rng)
    items = []
    for desc, lo, hi, r in rng.sample(GR_ROWS, rng.randint(4, 8)):
        q = D(rng.randint(1, 4))
        p = D(rng.randint(int(lo * 20), int(hi * 20))) / 20
        items.append({"desc": desc, "unit": "st", "qty": q, "price": p, "amount": q2(q * p), "rate": D(r)})
    summary = gross_by_rate(items)
    net = sum(n for _r, n, _v, _g in summary)
    tax = sum(v for _r, _n, v, _g in summary)
    total = sum(g for _r, _n, _v, g in summary)
    vat = valid_id(rng, 9, lambda c: btw.is_valid(f"NL{c}B01"))
    btwno = f"NL{vat}B01"
    no = [f"{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}", f"B{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    pay = ["PIN", "Contant", "PIN", "Contactloos"][i]
    cash = q2(D(int(total / 5) + 1) * 5) if pay == "Contant" else None
    m = de
    h = 150 + 5 * len(items)

    def render(path):
        pdf = new_fpdf(fmt=(80, h), creator="Kassa CCV")
        pdf.add_page()
        y = 6
        for s_, sz, b in ((vname, 9.4, "B"), (vaddr, 7, ""), (f"Tel. 050 {rng.randint(1000000, 9999999)}", 7, ""), ("Moi! Goid dat je der binnen!", 7.4, "")):
            txt(pdf, 4, y, s_, sz, b, font="Mono", align="C", w=72)
            y += 4.4
        y += 2
        txt(pdf, 4, y, "KASSABON / BON", 9, "B", font="Mono", align="C", w=72)
        y += 6
        for lab, val in (("Bonnr", no), ("Datum", fd(d)), ("Tijd", f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"), ("Kassa", f"{rng.randint(1, 3)} / {rng.choice(['Anneke', 'Jelle', 'Hinderk', 'Grietje'])}")):
            txt(pdf, 4, y, lab, 7.6, font="Mono")
            txt(pdf, 26, y, val, 7.6, font="Mono")
            y += 4
        pdf.set_draw_color(0, 0, 0)
        pdf.dashed_line(4, y + 1, 76, y + 1)
        y += 3
        for x in items:
            txt(pdf, 4, y, x["desc"][:30], 7.4, font="Mono")
            y += 3.8
            txt(pdf, 8, y, f"{qstr(x['qty'])} x {m(x['price'])}", 7.4, font="Mono")
            txt(pdf, 50, y, f"{m(x['amount'])} {'A' if x['rate'] == 9 else 'B'}", 7.4, font="Mono", align="R", w=26)
            y += 4.4
        pdf.dashed_line(4, y, 76, y)
        y += 2
        txt(pdf, 4, y, "TOTAAL EUR", 10, "B", font="Mono")
        txt(pdf, 40, y, m(total), 10, "B", font="Mono", align="R", w=36)
        y += 6
        txt(pdf, 4, y, pay, 7.6, font="Mono")
        txt(pdf, 40, y, m(cash) if cash else m(total), 7.6, font="Mono", align="R", w=36)
        y += 4
        if cash:
            txt(pdf, 4, y, "Wisselgeld", 7.6, font="Mono")
            txt(pdf, 40, y, m(cash - total), 7.6, font="Mono", align="R", w=36)
            y += 4
        y += 2
        txt(pdf, 4, y, "BTW       grondslag     btw", 7, font="Mono")
        y += 3.8
        for r, n, v, _g in summary:
            txt(pdf, 4, y, f"{'A' if r == 9 else 'B'} {r:>2}%  {m(n):>12} {m(v):>8}", 7, font="Mono")
            y += 3.8
        txt(pdf, 4, y, f"Totaal excl. btw {m(net):>9}", 7, font="Mono")
        y += 3.8
        txt(pdf, 4, y, f"Totaal btw       {m(tax):>9}", 7, font="Mono")
        y += 6
        for s_ in (f"BTW-nr {btwno}", f"KvK {digits(rng, 8, True)}", "Bedankt en tot kiek!", "Ruilen binnen 8 dagen met bon"):
            txt(pdf, 4, y, s_, 6.8, font="Mono", align="C", w=72)
            y += 3.6
        pdf.output(path)

    notes = (
        "Groningen bakery and cheese shop's KASSABON on an 80 mm roll in Dutch with Gronings touches ('Moi!', 'tot kiek'), monospaced, in euros ('1.234,50'), VAT-INCLUSIVE prices with a rate code per row (A = 9 %, B = 21 %) and the BTW only per rate in a small table (grondslag = net, btw) plus 'Totaal excl. btw' and 'Totaal btw': vendor = the shop's name at the top; vendor_tax_id = 'BTW-nr' at the bottom (the KvK number is a decoy). "
        "invoice_number = 'Bonnr'; invoice_date = 'Datum' (" + ["dd-mm-yyyy", "dd-mm-yyyy", "Dutch words ('12 maart 2026')", "dd/mm/yyyy"][i] + "); the time and the till are decoys. No due date (paid at the till: '" + pay + "'), no PO. "
        + ("The cash handed over and the change (wisselgeld) are decoys. " if cash else "")
        + "subtotal = 'Totaal excl. btw'; tax = 'Totaal btw'; total = 'TOTAAL EUR'. Currency EUR. Line items: every row, amounts VAT-INCLUSIVE as printed (they sum to the total)."
    )
    t = truth(vname, btwno, no, None, d, None, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, btwno, "TOTAAL EUR"], render
