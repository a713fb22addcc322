"""fpdf2 styles for set 65, first part (06 Kortrijk FACTUUR in Flemish Dutch with a coloured LEFT sidebar of labels in
capitals above their values, the payment's structured communication, wrapped descriptions, btw 21 / 12 / 6 % and a
CREDITNOTA; 07 Besançon FACTURE as a business LETTER in French, the facts and totals in running sentences, two with a
small table and two without, TVA 10 / 20 %, an acompte deducted on two and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import be_btw, be_ogm, fr_siren_tva, iban_of, long_date, per_rate, siret, spaced
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, truth, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


def be_fmt(n):
    return f"BE {n[:4]}.{n[4:7]}.{n[7:]}"


# =========================================================================== 06 Kortrijk (btw 21/12/6 %), left sidebar, labels above, creditnota
KO_V = [  # (name, address, colour, rows (desc, unit, qlo, qhi, lo, hi, rate))
    ("Leiestreek Textiel NV", ("Gentsesteenweg 214", "8500 Kortrijk"), (28, 57, 89), [
        ("Linnen meubelstof 'Flax Natural', 280 cm breed, kleur zand, brandvertragend behandeld", "m", 10, 120, 24, 39, 21),
        ("Confectie overgordijnen op maat met plooiband en loodveter, per baan", "st", 2, 16, 68, 115, 21),
        ("Rolgordijn verduisterend op maat, bediening met ketting", "st", 1, 8, 89, 149, 21),
        ("Plaatsing en opmeting ter plaatse door onze decorateur", "u", 2, 8, 45, 62, 21),
        ("Verzendkosten en verpakking", "st", 1, 1, 18, 35, 21)]),
    ("Renovatie Vandewalle BV", ("Doorniksesteenweg 87", "8500 Kortrijk"), (110, 60, 20), [
        ("Afbraak bestaande badkamer, afvoer puin in container", "forfait", 1, 1, 850, 1650, 6),
        ("Wandtegels 30 x 60 mat wit, geleverd en geplaatst, inclusief lijm en voegen", "m²", 8, 40, 62, 89, 6),
        ("Inloopdouche met glazen wand 120 cm en thermostatische kraan, geleverd en geplaatst", "st", 1, 1, 1450, 2350, 6),
        ("Loodgieterij: aanpassen aan- en afvoerleidingen", "u", 4, 18, 52, 66, 6),
        ("Elektriciteit badkamer volgens AREI, keuring inbegrepen", "forfait", 1, 1, 420, 780, 6)]),
    ("Drukkerij Groeninge BV", ("Kortrijksestraat 301", "8501 Heule"), (120, 30, 60), [
        ("Jaarboek 'Kortrijk 1302' 160 pagina's, genaaid gebonden, quadri", "ex", 50, 400, 11, 19, 6),
        ("Brochure A4 16 pagina's, geniet, 150 g mat gestreken", "ex", 100, 1500, 1, 3, 21),
        ("Affiche A1, 200 g, eenzijdig quadri", "st", 10, 100, 4, 9, 21)]),
    ("Traiteur Broeltorens BV", ("Broelkaai 9", "8500 Kortrijk"), (30, 90, 60), [
        ("Walking dinner, 5 gangen, per persoon", "pers", 20, 120, 38, 58, 12), ("Receptiehapjes warm en koud, per persoon", "pers", 20, 150, 12, 22, 12),
        ("Cava brut, fles 75 cl", "fles", 6, 48, 14, 22, 21), ("Bediening, per personeelslid per uur", "u", 6, 40, 34, 42, 21), ("Huur glazen en tafellinnen", "forfait", 1, 1, 95, 240, 21)]),
]
KO_B = [("Hotel Damier NV", "Grote Markt 41", "8500 Kortrijk", True), ("Dhr. en Mevr. Vanneste-Debaene", "Sint-Elisabethlaan 12", "8500 Kortrijk", False),
        ("Stad Kortrijk – Dienst Cultuur", "Grote Markt 54", "8500 Kortrijk", True), ("Vlaams Ondernemerscentrum vzw", "President Kennedypark 3", "8500 Kortrijk", True)]
KO_RENOV = ("Btw-tarief: Bij gebrek aan schriftelijke betwisting binnen een termijn van één maand vanaf de ontvangst van de factuur, wordt de klant geacht te erkennen dat (1) de werken "
            "worden verricht aan een woning waarvan de eerste ingebruikneming heeft plaatsgevonden in een kalenderjaar dat ten minste tien jaar voorafgaat aan de datum van de eerste factuur, "
            "(2) de woning na uitvoering van die werken uitsluitend of hoofdzakelijk als privéwoning wordt gebruikt en (3) de werken worden verstrekt en gefactureerd aan een eindverbruiker.")


@style("06", "be_kor_kortrijk_factuur_btw_21_12_6_sidebar_left_labels_above_creditnota")
def s06(rng, i):
    vname, (street, city), color, cat = KO_V[i]
    d = rand_date(rng)
    credit = i == 2
    items = lines(rng, cat, [4, 4, 3, 4][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:  # a misprint credited: part of the run back
            x["qty"] = -D(max(1, int(x["qty"]) // 5))
            x["amount"] = q2(x["qty"] * x["price"])
    rates = per_rate(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    vnum = be_btw(rng)
    vid = be_fmt(vnum)
    bnum = be_btw(rng) if KO_B[i][3] else None
    no = [f"{d.year}/{rng.randint(100, 999):04d}", f"F{d.strftime('%y')}-{rng.randint(100, 399)}", f"CN{d.year}-{rng.randint(10, 99):03d}", f"{d.strftime('%y')}{rng.randint(10000, 19999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "nl"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = None if credit else d + dt.timedelta(days=rng.choice([15, 30, 30]) if i != 3 else 8)
    po = [f"BB-{rng.randint(2000, 2999)}", None, f"DC/{d.year}/{rng.randint(100, 399)}", f"PO {rng.randint(80000, 89999)}"][i]
    ogm = be_ogm(rng)
    ib = iban_of(rng, "BE", 12)
    orig_no, orig_d = f"{d.year}/{rng.randint(100, 999):04d}", (d - dt.timedelta(days=rng.randint(8, 40)))
    lev = d - dt.timedelta(days=rng.randint(2, 15))
    side = [("FACTUURNUMMER" if not credit else "CREDITNOTANUMMER", no), ("FACTUURDATUM" if not credit else "DATUM", fd(d))]
    if due:
        side.append(("VERVALDATUM", fd(due)))
    side.append(("KLANTNUMMER", f"K{rng.randint(1000, 9999)}"))
    if po:
        side.append(("UW REFERENTIE", po))
    side.append(("LEVERDATUM" if i != 1 else "EINDE WERKEN", fd(lev)))

    def render(path):
        pdf = new_fpdf(creator="Exact Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        white, pale = (255, 255, 255), (215, 225, 235)
        y = para(pdf, 8, 14, 48, vname, 13, "B", h=6, color=white) + 2
        y = para(pdf, 8, y, 48, f"{street}\n{city}\nTel. 056 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}\ninfo@{vname.split()[0].lower()}.be", 7.6, h=3.8, color=pale) + 8
        for k, v in side:
            txt(pdf, 8, y, k, 6.4, "B", color=pale)
            txt(pdf, 8, y + 3.4, v, 9.6, "B", color=white)
            y += 11
        y += 4
        txt(pdf, 8, y, "BETALING", 6.4, "B", color=pale)
        y = para(pdf, 8, y + 3.4, 50, f"IBAN {spaced(ib)}\nBIC {rng.choice(['GEBABEBB', 'KREDBEBB', 'BBRUBEBB', 'GKCCBEBB'])}", 7.8, h=4, color=white) + 2
        if not credit:
            txt(pdf, 8, y, "GESTRUCTUREERDE MEDEDELING", 6.4, "B", color=pale)
            txt(pdf, 8, y + 3.4, ogm, 8.6, "B", font="Mono", color=white)
        para(pdf, 8, 262, 50, f"Ondernemingsnummer\nBTW {vid}\nRPR Gent, afdeling Kortrijk", 7.2, h=3.7, color=pale)
        txt(pdf, 70, 16, "CREDITNOTA" if credit else "FACTUUR", 24, "B", color=color)
        pdf.set_draw_color(*color)
        pdf.rect(120, 34, 80, 30)
        b = KO_B[i]
        para(pdf, 123, 37, 75, f"{b[0]}\n{b[1]}\n{b[2]}" + (f"\nBTW {be_fmt(bnum)}" if bnum else ""), 9.4, h=5)
        yy = 72
        if credit:
            yy = para(pdf, 70, yy, 130, f"Betreft: creditering van factuur nr. {orig_no} van {orig_d.strftime('%d/%m/%Y')} – drukfout op pagina's 12 tot 16 (kleurafwijking), ingekorte oplage teruggenomen.", 8.6, h=4.4) + 2
        cols = [("Omschrijving", 66, "L"), ("Aantal", 14, "R"), ("Prijs", 18, "R"), ("Btw", 11, "R"), ("Totaal excl.", 21, "R")]
        rows = [[wrap(x["desc"], 40), qstr(x["qty"]), de(x["price"]), f"{x['rate']}%", de(x["amount"])] for x in items]
        y0 = yy
        yy = table(pdf, 70, yy, cols, rows, size=8.2, rowh=5.8, header_fill=(238, 238, 238), line_color=(170, 170, 170))
        frame(pdf, 70, y0, yy, cols, color=(170, 170, 170))
        yy += 6
        txt(pdf, 70, yy, "Btw-tarief", 7.6, "B")
        txt(pdf, 92, yy, "Maatstaf van heffing", 7.6, "B", w=34, align="R")
        txt(pdf, 128, yy, "Btw", 7.6, "B", w=18, align="R")
        yr = yy + 4.6
        for r, bse, t, _ in rates:
            txt(pdf, 70, yr, f"{r} %", 8)
            txt(pdf, 92, yr, de(bse), 8, w=34, align="R")
            txt(pdf, 128, yr, de(t), 8, w=18, align="R")
            yr += 4.4
        pdf.set_fill_color(243, 243, 243)
        pdf.rect(152, yy - 1.5, 48, 22, "F")
        txt(pdf, 154, yy, "Totaal excl. btw", 7.8)
        txt(pdf, 154, yy + 3.8, de(net), 9.2, "B", w=44, align="R")
        txt(pdf, 154, yy + 8.4, "Totaal btw", 7.8)
        txt(pdf, 154, yy + 12.2, de(tax), 9.2, "B", w=44, align="R")
        yt = max(yr, yy + 22) + 3
        pdf.set_fill_color(*color)
        pdf.rect(152, yt, 48, 11, "F")
        txt(pdf, 154, yt + 1.2, "Totaal creditnota EUR" if credit else "Te betalen EUR", 7.8, color=white)
        txt(pdf, 154, yt + 5.2, de(total), 11, "B", w=44, align="R", color=white)
        yn = yt + 18
        if credit:
            yn = para(pdf, 70, yn, 130, "Dit bedrag wordt verrekend met uw openstaande facturen. Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.", 7.8, h=4)
        elif i == 1:
            yn = para(pdf, 70, yn, 130, KO_RENOV, 6.6, h=3.3, color=(60, 60, 60))
        else:
            yn = para(pdf, 70, yn, 130, f"Gelieve het bedrag vóór {fd(due)} over te schrijven met de gestructureerde mededeling {ogm}. Bij laattijdige betaling is van rechtswege een verwijlinterest verschuldigd.", 7.8, h=4)
        para(pdf, 70, 262, 130, "Algemene voorwaarden: onze facturen zijn contant betaalbaar op de zetel van de vennootschap, tenzij anders vermeld. Bij niet-betaling op de vervaldag is van rechtswege "
             "en zonder ingebrekestelling een verwijlinterest van 10 % per jaar verschuldigd, alsook een forfaitaire schadevergoeding van 10 % op het openstaande bedrag met een minimum van € 50. "
             "Klachten moeten binnen 8 dagen na factuurdatum schriftelijk gemeld worden. Bij geschillen zijn enkel de rechtbanken van Gent, afdeling Kortrijk, bevoegd.", 6.2, h=3.1, color=(110, 110, 110))
        txt(pdf, 70, 284, f"Pagina 1/1 · {vname} · BTW {vid}", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Kortrijk (Belgium) " + ("CREDITNOTA (credit note: quantities and amounts printed negative)" if credit else "FACTUUR") + " in Flemish Dutch with a coloured LEFT SIDEBAR whose facts are labels in CAPITALS ABOVE their values "
        "(number, date, " + ("due date, " if due else "") + "customer number, reference, delivery date, payment), a ruled table with wrapped descriptions, a btw summary per rate and the totals in boxes at the right, "
        "btw " + " / ".join(f"{r} %" for r, *_ in rates) + ", '1.234,56': vendor = the name at the top of the sidebar; vendor_tax_id = 'BTW BE 0xxx.xxx.xxx' at the sidebar's foot (the ondernemingsnummer; "
        + ("the customer's BTW number under its address, " if bnum else "") + "the IBAN, the structured communication, the klantnummer are decoys). "
        f"invoice_number = '{side[0][0]}'; invoice_date = '{side[1][0]}' (the '{side[-1][0]}' is a decoy" + (f"; the credited invoice {orig_no} and its date too" if credit else "") + "). "
        + due_note(due, "verrekend met uw openstaande facturen" if credit else None, "VERVALDATUM") + po_note(po, "UW REFERENTIE")
        + "subtotal = 'Totaal excl. btw'; tax = 'Totaal btw'; total = " + ("'Totaal creditnota EUR'" if credit else "'Te betalen EUR'")
        + ". Currency EUR. Line items: every row, excl. btw" + (", negative" if credit else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, fd(due) if due else None, ogm if not credit else orig_no, be_fmt(bnum) if bnum else None]}
    return t, chk, render


# =========================================================================== 07 Besançon (TVA 10/20 %), letter in running sentences, acompte, words
QU_V = [  # (name, form, address, trade line, colour, rows (desc, unit, qlo, qhi, lo, hi, rate))
    ("Menuiserie du Doubs", "SARL", ("14 rue Battant", "25000 Besançon"), "Menuiserie bois et aluminium – agencement", (90, 50, 20), [
        ("la fourniture et la pose de fenêtres en chêne double vitrage", "unité", 2, 8, 780, 1290, 10), ("la dépose et l'évacuation des anciennes menuiseries", "unité", 2, 8, 45, 95, 10),
        ("la fourniture et la pose d'une porte d'entrée en chêne", "unité", 1, 1, 2450, 3900, 10), ("la fourniture de volets battants peints", "paire", 1, 6, 390, 640, 10)]),
    ("Couverture des Relançons", "SAS", ("6 chemin des Relançons", "25000 Besançon"), "Couverture – zinguerie – tuile comtoise", (40, 60, 90), [
        ("la réfection de la couverture en tuiles plates", "m²", 20, 120, 98, 145, 10), ("le remplacement des gouttières en zinc", "ml", 8, 40, 48, 79, 10),
        ("l'installation de l'échafaudage et sa location", "forfait", 1, 1, 650, 1450, 10), ("la fourniture de fenêtres de toit 78 x 98", "unité", 1, 3, 540, 820, 20)]),
    ("Atelier Horloger de la Boucle", "SARL", ("3 place du Huit-Septembre", "25000 Besançon"), "Horlogerie – restauration – séries d'entreprise", (20, 70, 120), [
        ("la révision complète de montres mécaniques de collection", "pièce", 2, 12, 180, 390, 20), ("le remplacement de verres saphir traités antireflet", "pièce", 2, 20, 65, 140, 20),
        ("des pendulettes de bureau gravées au logo de l'entreprise", "pièce", 10, 80, 85, 160, 20), ("les frais d'emballage sécurisé et d'expédition", "forfait", 1, 1, 45, 160, 20)]),
    ("Chaudronnerie de Palente", "SAS", ("ZI de Palente, 22 rue de Chalezeule", "25000 Besançon"), "Chaudronnerie – tuyauterie inox – agroalimentaire", (70, 70, 70), [
        ("la fabrication d'une cuve inox 316L de 2 000 litres", "unité", 1, 2, 6800, 11500, 20), ("la tuyauterie inox soudée orbitalement", "ml", 10, 80, 68, 115, 20),
        ("les heures de montage sur site", "heure", 8, 60, 52, 68, 20), ("le contrôle radiographique des soudures", "forfait", 1, 1, 480, 950, 20)]),
]
QU_B = [("Monsieur et Madame Girardot", "", "12 chemin de Montjoux", "25000 Besançon"), ("Madame Anne Vuillemin", "", "8 rue de Dole", "25000 Besançon"),
        ("Manufacture Horlogère Comtoise SAS", "Service Achats", "2 rue de l'Industrie", "25500 Morteau"), ("Fromagerie du Haut-Doubs SA", "Direction technique", "Route de Pontarlier", "25300 Pontarlier")]


@style("07", "fr_bes_besancon_facture_lettre_tva_10_20_acompte_words")
def s07(rng, i):
    vname, form, (street, city), trade, color, cat = QU_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [3, 4, 3, 3][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = per_rate(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    siren_, tva = fr_siren_tva(rng)
    siret_ = siret(siren_, rng)
    full = f"{vname} {form}"
    no = [f"F{d.year}-{rng.randint(100, 999):04d}", f"FA{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{d.year}-{rng.randint(1000, 1999)}", f"CS-{rng.randint(10000, 19999)}"][i]
    fd = [lambda x: long_date(x, "fr"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (2, 3) else None
    po = [None, None, f"CA-{rng.randint(100000, 999999)}", f"{rng.randint(4500, 4999)}/{d.strftime('%y')}"][i]
    devis_d = d - dt.timedelta(days=rng.randint(40, 120))
    devis = f"D{devis_d.year}-{rng.randint(10, 199):03d}"
    acompte = q2(total * D(rng.choice([30, 40])) / 100) if i in (0, 1) else None
    acompte_d = devis_d + dt.timedelta(days=rng.randint(3, 14))
    table_ = i in (1, 3)
    eur = lambda v: sp(v) + " €"  # noqa: E731
    cents = int(q2(total - int(total)) * 100)
    words = f"{fr_words(int(total))} euros" + (f" et {fr_words(cents)} centimes" if cents else "")
    w1 = QU_B[i][0].split()[0]
    salut = "Madame, Monsieur," if w1 in ("Monsieur",) else ("Madame," if w1 == "Madame" else "Madame, Monsieur,")
    work_from = d - dt.timedelta(days=rng.randint(15, 40))
    work_to = d - dt.timedelta(days=rng.randint(1, 10))

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 22, 16, vname.upper(), 15, "B", font="Serif", color=color)
        txt(pdf, 22, 23.5, f"{form} au capital de {sp(rng.choice([7500, 15000, 30000, 50000]), 0)} € · {trade}", 8.2, "I", font="Serif", color=(70, 70, 70))
        txt(pdf, 22, 28, f"{street} · {city} · Tél. 03 81 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8.2, font="Serif", color=(70, 70, 70))
        pdf.set_draw_color(*color)
        pdf.line(22, 33, 190, 33)
        b = QU_B[i]
        para(pdf, 118, 44, 75, "\n".join(x for x in b if x), 10, font="Serif", h=5)
        txt(pdf, 118, 74, f"Besançon, le {long_date(d, 'fr')}", 10, font="Serif")
        y = 86
        txt(pdf, 22, y, f"Objet : facture n° {no}" + (f" – votre commande {po}" if po else ""), 10.5, "B", font="Serif")
        y += 9
        s = f"{salut}\n\n"
        if i in (0, 1):
            s += (f"Les travaux prévus à notre devis n° {devis} du {devis_d.strftime('%d/%m/%Y')}, que vous avez accepté, ont été réalisés à votre domicile du {work_from.strftime('%d/%m/%Y')} au "
                  f"{work_to.strftime('%d/%m/%Y')}. Nous vous prions de trouver ci-après notre facture n° {no} en date du {fd(d)}, qui comprend "
                  + ("les prestations suivantes :" if table_ else "; ".join(f"{x['desc']} ({qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and x['unit'] in ('unité', 'paire') else ''} à {eur(x['price'])} HT, soit {eur(x['amount'])} HT)" for x in items) + "."))
        else:
            s += (f"Pour faire suite à votre bon de commande n° {po}" + f" et à notre proposition n° {devis}, " + f"nous avons le plaisir de vous adresser notre facture n° {no} datée du {fd(d)}, relative "
                  + ("à la livraison ci-dessous :" if table_ else "aux prestations suivantes : " + "; ".join(f"{x['desc']} ({qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and x['unit'] in ('pièce',) else ''} à {eur(x['price'])} HT, soit {eur(x['amount'])} HT)" for x in items) + "."))
        y = para(pdf, 22, y, 166, s, 10, font="Serif", h=5.2, align="J") + 3
        if table_:
            cols = [("Désignation", 86, "L"), ("Qté", 14, "R"), ("Unité", 18, "L"), ("P.U. HT", 22, "R"), ("TVA", 10, "R"), ("Total HT", 24, "R")]
            rows = [[x["desc"][0].upper() + x["desc"][1:] if len(x["desc"]) < 52 else wrap(x["desc"][0].upper() + x["desc"][1:], 50), qstr(x["qty"]), x["unit"], sp(x["price"]), f"{x['rate']} %", sp(x["amount"])] for x in items]
            y = table(pdf, 22, y, cols, rows, size=8.6, font="Serif", rowh=5.6, line_color=(150, 150, 150)) + 5
        tva_s = " et ".join(f"{sp(t)} € au taux de {r} % sur {sp(b)} €" for r, b, t, _ in rates) if len(rates) > 1 else f"la TVA au taux de {rates[0][0]} %, soit {sp(tax)} €"
        s2 = (f"Le montant total hors taxes s'élève à {sp(net)} €, auquel s'ajoute " + (f"une TVA de {sp(tax)} € ({tva_s})" if len(rates) > 1 else tva_s)
              + f", soit un montant total toutes taxes comprises de {sp(total)} €.")
        if acompte:
            s2 += f" Déduction faite de l'acompte de {sp(acompte)} € versé le {acompte_d.strftime('%d/%m/%Y')} à la commande, le solde restant dû s'élève à {sp(total - acompte)} €."
        s2 += f"\n\nArrêtée la présente facture à la somme de {words} toutes taxes comprises."
        if due:
            s2 += f"\n\nCette facture est payable par virement au plus tard le {fd(due)}, sur notre compte IBAN {spaced(iban_of(rng, 'FR', 23, '30004'))} (BIC BNPAFRPPXXX). "
        else:
            s2 += "\n\nLe solde est payable à réception de la présente facture, par chèque à l'ordre de " + full + " ou par virement. "
        s2 += "En cas de retard de paiement, des pénalités au taux de trois fois le taux d'intérêt légal seront exigibles, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. Pas d'escompte pour paiement anticipé."
        s2 += "\n\nNous vous remercions de votre confiance et vous prions d'agréer, " + salut.rstrip(",") + ", l'expression de nos salutations distinguées."
        y = para(pdf, 22, y, 166, s2, 10, font="Serif", h=5.2, align="J") + 8
        txt(pdf, 120, y, rng.choice(["Thierry Cuenot, gérant", "Sandrine Jeunet, gérante"] if form == "SARL" else ["Pascal Vuillemin, président", "Émilie Bourgeois, présidente"]), 10, "I", font="Serif")
        pdf.set_draw_color(160, 160, 160)
        pdf.line(22, 276, 190, 276)
        para(pdf, 22, 278, 168, f"{full} · SIRET {siret_} · RCS Besançon {siren_[:3]} {siren_[3:6]} {siren_[6:]} · APE {['1623Z', '4391A', '9529Z', '2511Z'][i]} · N° TVA intracommunautaire {tva}"
             + (" · Assurance décennale MAAF n° " + digits(rng, 9, True) if i < 2 else ""), 7, font="Serif", h=3.6, align="C", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Besançon (France) FACTURE as a BUSINESS LETTER in French in a serif font: the number, date, net, TVA and total in RUNNING SENTENCES ('notre facture n° … datée du / en date du …', "
        "'Le montant total hors taxes s'élève à …, auquel s'ajoute …, soit un montant total toutes taxes comprises de …'), " + ("a small table of the items" if table_ else "the items inside a sentence, no table")
        + ", TVA " + " / ".join(f"{r} %" for r, *_ in rates) + ", the total in words ('Arrêtée la présente facture à la somme de …'), '1 234,56 €': vendor = the letterhead name with its legal form from the footer "
        f"('{full}'); vendor_tax_id = 'N° TVA intracommunautaire' in the footer (the SIRET, the RCS number, the APE code" + (", the insurance policy" if i < 2 else "") + " are decoys). "
        "invoice_number = 'facture n°' (title line and sentence); invoice_date = the date in the sentence, also the 'Besançon, le …' line (the quotation's date, the works' dates"
        + (", the acompte's date" if acompte else "") + " are decoys). "
        + due_note(due, "payable à réception", "payable … au plus tard le") + po_note(po, "bon de commande n° / votre commande")
        + "subtotal = 'montant total hors taxes'; tax = the TVA sentence's total; total = 'montant total toutes taxes comprises'"
        + (" before the acompte (the acompte, its date and the 'solde restant dû' are decoys)" if acompte else "")
        + ". Currency EUR. Line items: every service, HT."
    )
    t = truth(full, tva, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, full, tva, words, fd(due) if due else None, siret_, sp(total - acompte) if acompte else None]}
    return t, chk, render
