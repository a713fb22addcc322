"""fpdf2 styles for set 48, first part (06 Lucerne RECHNUNG as a LETTER in German, facts and totals in running text,
MWST 8.1 % and 2.6 %, francs '1'234.56'; 07 Pärnu ARVE in Estonian on a LANDSCAPE page, käibemaks 22 % before and 24 %
from 1 July 2025 plus 13 % on accommodation, returns or a discount as NEGATIVE rows; 08 Oujda FACTURE in French on a
fully ruled grid, TVA 20 / 14 / 10 / 7 %, ICE, the total in French words and dirhams '1 234,56')."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import ch, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, kv, lines, para, po_note, qr_fpdf, totals, truth
from kit_words import fr_words
from stdnum.ch import uid
from stdnum.ee import kmkr, registrikood
from stdnum.ma import ice

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Lucerne (MWST 8.1 / 2.6, CHF), letter
LU_V = [
    ("Architekturbüro Reuss & Partner AG", "Pilatusstrasse 41", "6003 Luzern"),
    ("Übersetzungen Kappelbrücke GmbH", "Kapellgasse 7", "6004 Luzern"),
    ("Verlag am Vierwaldstättersee AG", "Haldenstrasse 23", "6006 Luzern"),
    ("Entlebucher Käserei Stalder GmbH", "Dorfstrasse 12", "6170 Schüpfheim"),
]
LU_B = [("Herr Dr. Markus Bühler", "Bahnhofstrasse 8", "6340 Baar"), ("Zentralschweizer Kantonalbank AG", "Rechtsdienst, Pilatusstrasse 12", "6003 Luzern"),
        ("Buchhandlung Stocker AG", "Hertensteinstrasse 44", "6004 Luzern"), ("Hotel Schweizerhof Luzern AG", "Schweizerhofquai 3", "6002 Luzern")]
LU_ROWS = [
    [("Vorprojekt Umbau Einfamilienhaus", "h", 4, 40, 130, 185, "8.1"), ("Baueingabe und Pläne 1:100", "h", 4, 30, 130, 185, "8.1"), ("Bauleitung", "h", 2, 25, 120, 165, "8.1"), ("Plankopien und Spesen", "pauschal", 1, 1, 80, 450, "8.1")],
    [("Übersetzung Vertrag DE–FR", "Seite", 2, 40, 45, 85, "8.1"), ("Übersetzung Geschäftsbericht DE–EN", "Seite", 5, 60, 48, 90, "8.1"), ("Lektorat", "h", 1, 12, 95, 140, "8.1"), ("Beglaubigung", "Stk.", 1, 4, 40, 90, "8.1")],
    [("Luzern – Stadtgeschichte, gebunden", "Ex.", 5, 60, 29, 49, "2.6"), ("Wanderführer Zentralschweiz", "Ex.", 5, 80, 19, 34, "2.6"), ("Kalender Vierwaldstättersee 2027", "Ex.", 5, 50, 18, 29, "8.1"), ("Poster Kapellbrücke", "Ex.", 5, 40, 9, 19, "8.1")],
    [("Entlebucher Bergkäse, kg", "kg", 5, 60, 24, 38, "2.6"), ("Sbrinz AOP, kg", "kg", 3, 40, 32, 46, "2.6"), ("Alpbutter, kg", "kg", 2, 20, 16, 24, "2.6"), ("Geschenkkorb mit Holzkiste", "Stk.", 1, 10, 25, 60, "8.1")],
]


@style("06", "ch_lu_luzern_brief_rechnung_mwst_8_1_2_6")
def s06(rng, i):
    vname, vstreet, vcity = LU_V[i]
    bname, bstreet, bcity = LU_B[i]
    d = rand_date(rng)
    items = lines(rng, LU_ROWS[i], [2, 3, 4, 3][i], D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = uid.format(valid(rng, lambda: "CHE" + digits(rng, 9, True), uid.is_valid))
    no = [f"{d.year}-{rng.randint(100, 999)}", f"R{rng.randint(10000, 99999)}", f"{rng.randint(240000, 269999)}", f"RE-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: long_date(x, "de"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de"), lambda x: x.strftime("%d.%m.%Y")][i]
    days = rng.choice([10, 20, 30])
    due = d + dt.timedelta(days=days) if i in (0, 2) else None
    term = None if due else f"zahlbar innert {days} Tagen netto"
    po = [None, f"Auftrag {rng.randint(1000, 9999)}", f"Best.-Nr. {rng.randint(10000, 99999)}", None][i]
    po_v = po.split(" ", 1)[1] if po else None
    cur = ["CHF", "Fr.", "CHF", "CHF"][i]
    table_ = i in (2, 3)
    ib = rand_iban(rng, "CH", 17, "00778")

    def render(path):
        pdf = new_fpdf(creator="bexio")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 13, "B", font="Serif")
        txt(pdf, 20, 20, f"{vstreet} · {vcity} · Tel. 041 {rng.randint(200, 599)} {digits(rng, 2)} {digits(rng, 2)}", 8, font="Serif", color=(90, 90, 90))
        if i % 2 == 0:
            txt(pdf, 20, 24.5, f"MWST-Nr. {vid} MWST", 8, font="Serif", color=(90, 90, 90))
        para(pdf, 120, 42, 75, f"{bname}\n{bstreet}\n{bcity}", 10, font="Serif", h=5)
        txt(pdf, 20, 70, f"Luzern, {fd(d)}", 10, font="Serif")
        txt(pdf, 20, 80, f"Rechnung Nr. {no}", 12, "B", font="Serif")
        intro = ("Sehr geehrter Herr Dr. Bühler" if i == 0 else "Sehr geehrte Damen und Herren") + ",\n\n"
        intro += (f"gestützt auf Ihren {po} " if po else "für die ") + ("erbrachten Leistungen" if i < 2 else "gelieferte Ware") + f" erlauben wir uns, Ihnen wie folgt Rechnung zu stellen (Beträge in {'Franken' if cur == 'Fr.' else 'CHF'}):"
        y = para(pdf, 20, 90, 170, intro, 10, font="Serif", h=5.2) + 3
        if table_:
            cols = [("Artikel", 84, "L"), ("Menge", 22, "R"), ("Preis", 24, "R"), ("MWST", 16, "R"), ("Betrag", 24, "R")]
            rows = [[x["desc"], qstr(x["qty"]) + " " + x["unit"], ch(x["price"]), x["rate"] + "%", ch(x["amount"])] for x in items]
            y = table(pdf, 20, y, cols, rows, size=8.6, font="Serif", rowh=5.6, border_bottom=False) + 4
        else:
            for x in items:
                y = para(pdf, 26, y, 164, f"– {x['desc']}: {qstr(x['qty'])} {x['unit']} zu {cur} {ch(x['price'])}, ausmachend {cur} {ch(x['amount'])};", 10, font="Serif", h=5.2) + 1
            y += 2
        rate_txt = " und ".join(f"{cur} {ch(t)} MWST zu {r}% auf {cur} {ch(b)}" for r, b, t in rates)
        body = f"Der Nettobetrag von {cur} {ch(net)} zuzüglich {rate_txt} ergibt einen Rechnungsbetrag von total {cur} {ch(total)}."
        y = para(pdf, 20, y, 170, body, 10, font="Serif", h=5.2) + 3
        pay = (f"Wir bitten Sie, den Betrag bis zum {fd(due)} auf unser Konto IBAN {group4(ib)} bei der Luzerner Kantonalbank zu überweisen." if due else f"Die Rechnung ist {term}; IBAN {group4(ib)}, Luzerner Kantonalbank.")
        y = para(pdf, 20, y, 170, pay + "\n\nFreundliche Grüsse\n\n\n" + rng.choice(["Andrea Zimmermann", "Beat Arnold", "Claudia Furrer", "Thomas Wicki"]), 10, font="Serif", h=5.2)
        qr_fpdf(pdf, rng, 20, 240, 30)
        txt(pdf, 54, 242, "Zahlteil QR-Rechnung · Referenz " + " ".join(digits(rng, 5) for _ in range(5)), 7.5, font="Serif", color=(90, 90, 90))
        if i % 2 == 1:
            txt(pdf, 20, 283, f"{vname} · {vstreet}, {vcity} · UID {vid} MWST · HR Luzern CH-100.{digits(rng, 1)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}", 7, font="Serif", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Lucerne (Switzerland) RECHNUNG as a LETTER in German in a serif font, the facts and totals in RUNNING TEXT"
        + (" with a small table of the articles" if table_ else ", NO TABLE (one sentence per service)")
        + ", MWST " + " and ".join(r + " %" for r, _, _ in rates) + f", '1'234.56' with '{cur}': "
        "vendor = the letterhead; vendor_tax_id = the UID (" + ("under the letterhead 'MWST-Nr.'" if i % 2 == 0 else "in the FOOTER 'UID … MWST'") + "; the IBAN, the QR reference, the register number are decoys). "
        "invoice_number = 'Rechnung Nr.'; invoice_date = the place and date line ('Luzern, …'). "
        + due_note(due, term, "bis zum … zu überweisen")
        + po_note(po_v, po.split(" ")[0] if po else "")
        + "subtotal = 'Nettobetrag'; tax = the MWST amounts in the sentence" + (" (two parts, summed)" if len(rates) > 1 else "") + "; total = 'Rechnungsbetrag von total'. Currency CHF. Line items: every service or article."
    )
    t = truth(vname, vid, no, po_v, d, due, "CHF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag von total", fd(due) if due else None], "tax_parts": [str(t_) for _, _, t_ in rates]}
    return t, chk, render


# =========================================================================== 07 Pärnu (KM 22/24 + 13, EUR), landscape, negative rows
PR_V = [
    ("Pärnu Rannahotell OÜ", "Ranna pst 5, 80010 Pärnu", (14, 116, 144)),
    ("Tervise Paradiis Spa AS", "Side tn 14, 80010 Pärnu", (22, 101, 52)),
    ("Rüütli Raamatu- ja Kontoritarvete OÜ", "Rüütli tn 21, 80010 Pärnu", (127, 29, 29)),
    ("Sindi Saeveski OÜ", "Pärnu mnt 3, 86705 Sindi", (113, 63, 18)),
]
PR_B = ["Tallinna Konverentsikeskus OÜ", "Eesti Raamatupidajate Kogu MTÜ", "Pärnu Koidula Gümnaasium", "Häädemeeste Ehitus OÜ"]
PR_ROWS = [
    ("Majutus, kahekohaline tuba", "öö", 1, 20, 69, 189, "acc"), ("Hommikusöök", "in", 2, 60, 12, 18, "std"), ("Konverentsisaal, päev", "päev", 1, 3, 350, 900, "std"),
    ("Spaa pakett Lõõgastus", "tk", 1, 20, 49, 129, "std"), ("Õhtusöök restoranis", "in", 2, 60, 24, 48, "std"), ("Parkimine", "päev", 1, 10, 6, 12, "std"),
    ("Märkmik A5", "tk", 5, 200, 2, 6, "std"), ("Kontoripaber A4, pakk", "pk", 5, 100, 4, 8, "std"), ("Tooner HP 415A", "tk", 1, 10, 69, 119, "std"),
    ("Kuusk laud 25x150, jm", "jm", 50, 1500, 1, 3, "std"), ("Prussid 50x100, jm", "jm", 20, 800, 2, 4, "std"), ("Transport Pärnumaa", "reis", 1, 4, 45, 160, "std"),
]


@style("07", "ee_prn_parnu_arve_km_24_22_landscape_tagastus")
def s07(rng, i):
    vname, vaddr, color = PR_V[i]
    d = rand_date(rng)
    std = 24 if d >= dt.date(2025, 7, 1) else 22
    cat = [PR_ROWS[:6], PR_ROWS[:6], PR_ROWS[6:9] + PR_ROWS[11:], PR_ROWS[9:]][i]
    items = lines(rng, cat, [5, 3, 4, 2][i], D("0.01"))
    for x in items:
        x["rate"] = 13 if x["extra"] == "acc" else std
    neg = None
    if i in (0, 2, 3):
        src = rng.choice([x for x in items if x["qty"] > 1] or items)
        if i == 0:
            a = -q2(sum(x["amount"] for x in items if x["rate"] == std) * D("0.10"))
            neg = {"desc": "Soodustus 10% (püsikliendi)", "unit": "", "qty": None, "price": a, "amount": a, "rate": std}
        else:
            qn = -D(1)
            neg = {"desc": f"Tagastus: {src['desc']}", "unit": src["unit"], "qty": qn, "price": src["price"], "amount": q2(qn * src["price"]), "rate": src["rate"]}
        items.append(neg)
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "EE10" + digits(rng, 7), kmkr.is_valid)
    reg = valid(rng, lambda: rng.choice("18") + digits(rng, 7), registrikood.is_valid)
    no = [f"{rng.randint(1000, 9999)}", f"ARV-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}{rng.randint(10000, 99999)}", f"S{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "et"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21])) if i != 1 else None
    po = [None, None, f"T-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}"][i]
    viite = digits(rng, 7, True)
    ib = rand_iban(rng, "EE", 16, "22")
    e = sp

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Merit Aktiva")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 210, "F")
        txt(pdf, 16, 12, vname, 15, "B", color=color)
        para(pdf, 16, 19, 140, f"{vaddr} · Registrikood {reg}", 8.4, h=4)
        txt(pdf, 200, 12, "ARVE", 20, "B", color=color)
        kv(pdf, 200, 22, [("Arve nr", no), ("Kuupäev", fd(d)), ("Maksetähtaeg", fd(due) if due else "tasutud kaardiga"), ("Viitenumber", viite), ("Tellimus", po)], wl=28, wv=56, size=8.6, align="L")
        txt(pdf, 16, 32, "Maksja", 7.5, color=(110, 110, 110))
        txt(pdf, 16, 36, PR_B[i], 10, "B")
        txt(pdf, 16, 41, f"Registrikood {digits(rng, 8, True)} · KMKR EE{digits(rng, 9, True)}", 8)
        cols = [("Kirjeldus", 110, "L"), ("Kogus", 20, "R"), ("Ühik", 18, "L"), ("Ühiku hind", 28, "R"), ("KM %", 16, "R"), ("Summa km-ta", 32, "R"), ("Käibemaks", 26, "R"), ("Kokku", 20, "R")]
        rows = [[x["desc"], qstr(x["qty"]) if x["qty"] is not None else "", x["unit"], e(x["price"]), str(x["rate"]), e(x["amount"]), e(q2(x["amount"] * x["rate"] / 100)), e(x["amount"] + q2(x["amount"] * x["rate"] / 100))] for x in items]
        y = table(pdf, 16, 58, cols, rows, size=8.4, rowh=6, header_fill=(235, 240, 242), zebra=(248, 248, 248))
        y2 = totals(pdf, 180, y + 6, [("Summa käibemaksuta", e(net), False)] + [(f"Käibemaks {r}%", e(t_), False) for r, _, t_ in rates] + [("Käibemaks kokku", e(tax), False), ("Arve summa kokku EUR", e(total), True)], wl=60, wv=40, size=9, line=color)
        para(pdf, 16, y + 6, 150, f"Palume tasuda arve {'hiljemalt ' + fd(due) if due else '— tasutud'} arveldusarvele {group4(ib)} (LHV Pank), viitenumber {viite}.\nKMKR nr {vid}" + (" · Viivis 0,05% päevas." if due else ""), 8.4, h=4.4)
        txt(pdf, 16, 196, f"{vname} · {vaddr} · e-post arved@{vname.split()[0].lower().replace('ä', 'a').replace('ü', 'u')}.ee · Lk 1/1", 7, color=(110, 110, 110))
        _ = y2
        pdf.output(path)

    notes = (
        f"Pärnu (Estonia) ARVE in Estonian on a LANDSCAPE page, käibemaks {std} % (22 % until 30 June 2025, 24 % from 1 July 2025)"
        + (" and 13 % on accommodation" if any(x["rate"] == 13 for x in items) else "")
        + ", '1 234,56' euros, a per-rate summary"
        + ("; a " + ("DISCOUNT" if i == 0 else "RETURN") + " as a NEGATIVE row" if neg else "")
        + ": vendor = the name at the top; vendor_tax_id = 'KMKR nr' in the payment paragraph (the registrikood, the buyer's registrikood and KMKR, the IBAN and the viitenumber are decoys). "
        "invoice_number = 'Arve nr'; invoice_date = 'Kuupäev'. "
        + due_note(due, "tasutud kaardiga", "Maksetähtaeg")
        + po_note(po, "Tellimus")
        + "subtotal = 'Summa käibemaksuta'; tax = 'Käibemaks kokku'; total = 'Arve summa kokku EUR'. Currency EUR. Line items: every row, the amount without VAT, the negative row included."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, reg, "Arve summa kokku EUR", fd(due) if due else None, viite]}
    return t, chk, render


# =========================================================================== 08 Oujda (TVA 20/14/10/7, MAD), ruled, words
OU_V = [
    ("STE ORIENTAL MATERIAUX SARL", "Route de Taza, Quartier Industriel, Oujda", [20]),
    ("HOTEL ANGAD PALACE SARL", "Boulevard Mohammed V, Oujda", [10, 20]),
    ("TRANSPORTS BENI SNASSEN SARL AU", "Zone Industrielle, Berkane", [14]),
    ("PHARMA DISTRIBUTION DE L'ORIENTAL SA", "Rue Ibn Sina, Hay Al Qods, Oujda", [7, 20]),
]
OU_B = ["SOCIETE CHANTIERS NADOR SARL", "UNIVERSITE MOHAMMED PREMIER", "COOPERATIVE AGRICOLE AL WAHDA", "CLINIQUE AL AMAL SARL"]
OU_ROWS = {
    20: [("Ciment CPJ 45 (sac 50 kg)", "sac", 20, 600, 68, 82), ("Fer à béton T12 (barre 12 m)", "barre", 10, 300, 95, 135), ("Brique rouge 8 trous", "u", 500, 8000, 1, 2), ("Carrelage 40x40 1er choix", "m²", 10, 300, 65, 140), ("Location salle de réunion", "jour", 1, 3, 1500, 4500), ("Gants nitrile (boîte 100)", "boîte", 2, 60, 45, 95)],
    10: [("Nuitée chambre double", "nuit", 1, 30, 550, 1200), ("Petit-déjeuner", "pers.", 2, 60, 60, 120), ("Pause-café séminaire", "pers.", 10, 120, 35, 70)],
    14: [("Transport Oujda – Casablanca (camion 20 t)", "voyage", 1, 8, 6500, 9800), ("Transport local Berkane – Oujda", "voyage", 1, 12, 900, 1800), ("Manutention chargement", "forfait", 1, 4, 300, 900)],
    7: [("Paracétamol 500 mg (boîte 20)", "boîte", 20, 500, 9, 16), ("Sérum physiologique 500 ml", "flacon", 20, 400, 12, 20), ("Amoxicilline 1 g (boîte 12)", "boîte", 10, 200, 28, 46)],
}


@style("08", "ma_oud_oujda_facture_tva_20_10_ice_words")
def s08(rng, i):
    vname, vaddr, rset = OU_V[i]
    d = rand_date(rng)
    cat = [(*r, rt) for rt in rset for r in OU_ROWS[rt]]
    items = lines(rng, cat, [4, 5, 2, 6][i], D("0.5"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    bice = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    no = [f"F{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"FA-{rng.randint(10000, 99999)}", f"N° {rng.randint(100, 999)}-{d.year}"][i]
    no_v = no[3:] if no.startswith("N° ") else no
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 3) else None
    term = None if due else rng.choice(["Paiement à réception", "Règlement comptant"])
    po = [f"BC N° {rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}", None, f"BC-{rng.randint(10000, 99999)}"][i]
    po_v = po.split(" ")[-1] if po else None
    whole = int(total)
    cts = int((total - whole) * 100)
    words = fr_words(whole).upper() + " DIRHAMS" + (f" ET {fr_words(cts).upper()} CENTIMES" if cts else "") + " TTC"
    m = [sp, sp, lambda x: f"{x:,.2f}".replace(",", " ").replace(".", ","), sp][i]
    ifn, rc, pat, cnss = digits(rng, 8, True), str(rng.randint(10000, 40000)), digits(rng, 8, True), digits(rng, 7, True)
    rib = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 16)} {digits(rng, 2)}"

    def render(path):
        pdf = new_fpdf(creator="Sage 100 Gestion Commerciale")
        pdf.add_page()
        txt(pdf, 15, 12, vname, 13, "B")
        para(pdf, 15, 18, 100, vaddr + f"\nTél. 05 36 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.4, h=4)
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(130, 10, 65, 26)
        txt(pdf, 134, 13, "FACTURE", 15, "B")
        kv(pdf, 134, 21, [("N° :", no_v), ("Date :", fd(d)), ("Échéance :", fd(due) if due else None)], wl=20, wv=38, size=8.6, align="L")
        pdf.rect(15, 42, 180, 20)
        txt(pdf, 18, 44, "Client :", 7.5, color=(100, 100, 100))
        txt(pdf, 18, 48, OU_B[i], 10, "B")
        txt(pdf, 18, 54, f"ICE client : {bice}" + (f"   ·   Réf. commande : {po}" if po else "") + (f"   ·   BL N° {rng.randint(1000, 9999)}" if i in (0, 3) else ""), 8)
        cols = [("Désignation", 78, "L"), ("Unité", 16, "L"), ("Qté", 16, "R"), ("P.U. HT", 24, "R"), ("TVA", 12, "R"), ("Montant HT", 34, "R")]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), f"{x['rate']}%", m(x["amount"])] for x in items]
        y0 = 68
        y = table(pdf, 15, y0, cols, rows, size=8.2, rowh=6.4, header_fill=(225, 225, 225), line_color=(0, 0, 0))
        frame(pdf, 15, y0, y, cols, color=(0, 0, 0))
        trow = [("Total HT", m(net), False)] + [(f"TVA {r}%", m(t_), False) for r, _, t_ in rates] + [("Total TVA", m(tax), False), ("Total TTC (DH)", m(total), True)]
        y2 = totals(pdf, 125, y + 6, trow, wl=38, wv=32, size=9, line=(0, 0, 0))
        para(pdf, 15, y2 + 4, 180, f"Arrêtée la présente facture à la somme de : {words}.", 9, "B", h=4.6)
        para(pdf, 15, y2 + 16, 180, (f"Règlement par virement avant le {fd(due)}." if due else term + ".") + f"  RIB : {rib} ({rng.choice(['Banque Populaire', 'Attijariwafa bank', 'BMCE Bank of Africa'])})", 8.4, h=4.4)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(15, 276, 195, 276)
        para(pdf, 15, 278, 180, f"{vname} – Capital {rng.choice(['100 000', '500 000', '1 000 000'])} DH – RC Oujda {rc} – IF {ifn} – Patente {pat} – CNSS {cnss} – ICE {vid}", 7, align="C", h=3.6)
        pdf.output(path)

    notes = (
        "Oujda (Morocco) FACTURE in French on a FULLY RULED grid, TVA " + " / ".join(f"{r} %" for r in sorted(rset, reverse=True)) + ", dirhams with spaces and a decimal comma, the total in French words ('Arrêtée la présente facture à la somme de'): "
        "vendor = the name at the top; vendor_tax_id = the ICE in the FOOTER line (15 digits; RC, IF, Patente, CNSS there, the client's ICE, the RIB and the BL are decoys). "
        "invoice_number = 'N°' in the box; invoice_date = 'Date'. "
        + due_note(due, term, "Échéance")
        + po_note(po_v, "Réf. commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Total TTC (DH)'. Currency MAD (only 'DH' and 'DIRHAMS' in words). Line items: every row, HT."
    )
    t = truth(vname, vid, no_v, po_v, d, due, "MAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no_v, vname, vid, bice, "Total TTC (DH)", fd(due) if due else None, words, rc]}
    return t, chk, render
