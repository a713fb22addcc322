"""fpdf2 styles for set 24, first part (06 Corsican building contractor's facture in French with lots, the Corsican TVA
rate 10 % on building works and 20 % on supplies without fitting and a recap by TVA code, 07 Lesvos hotel's τιμολόγιο
in Greek to a tour operator at the islands' reduced ΦΠΑ rates 9 % and 17 % with the climate-resilience fee outside
ΦΠΑ, 08 Samnaun sports shop's Rechnung in German with goods outside the Swiss MWST and services at 8,1 %)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import de_date, el_date, po_note
from kit_common import kv, truth, valid_id
from invoice_kit import (
    valid,
    ch,
    de,
    digits,
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
from kit_common import fr_date, frame, para, rib_key, totals
from stdnum.ch import uid as _chuid
from stdnum.fr import siren as _siren
from stdnum.gr import vat as _grvat

STYLES, style = style_registry("fpdf2")


def fr_iban(rng):
    """A French IBAN whose RIB key and ISO check digits are both valid."""
    bank, branch, acct = "20041", digits(rng, 5), digits(rng, 11)
    return iban("FR", bank + branch + acct + rib_key(bank, branch, acct))


# =========================================================================== 06 Corsica builder (TVA 10 % Corse travaux / 20 % fournitures, EUR), lots and a recap by code
CO_V = [("Entreprise Santucci Bâtiment SARL", "Route de Mezzavia", "20167 Mezzavia", (150, 60, 20)), ("Costa Verde Rénovation SAS", "Lieu-dit Casamozza", "20290 Lucciana", (20, 90, 140)),
        ("Maçonnerie Paoli & Fils EURL", "Quartier Saint-Joseph", "20137 Porto-Vecchio", (90, 110, 30)), ("Balagna Construction SARL", "Zone artisanale de Lumio", "20260 Calvi", (120, 40, 100))]
CO_B = [("SCI A Funtana", "Cours Napoléon, 20000 Ajaccio"), ("Restaurant U Fornu", "Place du Marché, 20200 Bastia"), ("Mme Laetitia Casanova", "Hameau de Pianottoli, 20131 Pianottoli-Caldarello"),
        ("Camping Les Oliviers", "Route de Calenzana, 20260 Calvi")]
CO_LOTS = {
    "Lot 1 – Démolition, maçonnerie": [("Dépose de cloisons et évacuation", "m²", "18", "32"), ("Ouverture de baie avec linteau", "u", "650", "1200"), ("Chape ciment ép. 5 cm", "m²", "24", "38"), ("Enduit de façade à la chaux", "m²", "42", "68")],
    "Lot 2 – Plâtrerie, peinture": [("Cloison placo BA13 sur ossature", "m²", "38", "55"), ("Peinture acrylique deux couches", "m²", "14", "24"), ("Faux plafond hydrofuge", "m²", "45", "70")],
    "Lot 3 – Carrelage, menuiserie": [("Carrelage grès cérame posé", "m²", "48", "85"), ("Plinthes assorties", "ml", "9", "16"), ("Pose de menuiserie aluminium", "u", "180", "320")],
}
CO_SUP = [("Fourniture seule : climatiseur split (sans pose)", "u", "650", "1100"), ("Fourniture seule : meuble vasque livré", "u", "280", "520"), ("Fourniture seule : carrelage en stock laissé au client", "m²", "22", "36")]


@style("06", "fr_corse_batiment_lots_tva_10_20")
def s06(rng, i):
    vname, vstreet, vcity, color = CO_V[i]
    bname, baddr = CO_B[i]
    d = rand_date(rng)
    rows, items = [], []
    for lot in sorted(rng.sample(sorted(CO_LOTS), rng.randint(2, 3))):
        rows.append(["", lot, "", "", "", "", ""])
        for desc, unit, lo, hi in rng.sample(CO_LOTS[lot], rng.randint(2, 3)):
            q = D(rng.randint(1, 6)) if unit == "u" else D(rng.randint(80, 950)) / 10
            p = exact_price(rng, q, D(lo), D(hi), D("0.10"))
            it = {"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "code": "A"}
            items.append(it)
            rows.append([str(len(items)), "   " + desc, sp(q, 1) if unit != "u" else qstr(q), unit, sp(p), "A", sp(it["amount"])])
    for desc, unit, lo, hi in rng.sample(CO_SUP, rng.randint(1, 2)):
        q = D(rng.randint(1, 3)) if unit == "u" else D(rng.randint(5, 30))
        p = exact_price(rng, q, D(lo), D(hi), D("1"))
        it = {"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "code": "B"}
        items.append(it)
        rows.append([str(len(items)), desc, qstr(q), unit, sp(p), "B", sp(it["amount"])])
    ba = sum(x["amount"] for x in items if x["code"] == "A")
    bb = sum(x["amount"] for x in items if x["code"] == "B")
    va, vb = q2(ba * D("0.10")), q2(bb * D("0.20"))
    net, tax = ba + bb, va + vb
    total = net + tax
    siren = valid_id(rng, 9, _siren.is_valid)
    tva = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
    no = [f"FA{d.strftime('%Y')}-{rng.randint(100, 999)}", f"{rng.randint(1000, 3999)}", f"F-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=45), None][i]
    term = ["", "Paiement à réception", "", "Règlement à 30 jours à compter de la réception des travaux"][i]
    devis = f"D{d.year}-{rng.randint(100, 999)}"
    retenue = q2(total * D("0.05")) if i in (0, 3) else None

    def render(path):
        pdf = new_fpdf(creator="BatiGest Corse 7")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 297, "F")
        txt(pdf, 16, 12, vname, 14, "B", color=color)
        txt(pdf, 16, 18.5, f"{vstreet} – {vcity} – Corse", 8.2)
        txt(pdf, 16, 22.5, f"SIREN {siren} · RCS Ajaccio · Assurance décennale n° {rng.randint(100000, 999999)}", 7.6, color=(90, 90, 90))
        txt(pdf, 130, 12, "FACTURE", 18, "B", align="R", w=66)
        y = kv(pdf, 130, 22, [("N° facture", no), ("Date", fd(d)), ("Réf. devis accepté", devis), ("Échéance", fd(due) if due else None)], wl=30, wv=36, size=8.2, step=4.8)
        pdf.set_draw_color(*color)
        pdf.rect(16, 32, 96, 22)
        txt(pdf, 18, 33.5, "Client", 7.2, color=(110, 110, 110))
        txt(pdf, 18, 38, bname, 9.4, "B")
        para(pdf, 18, 43, 90, baddr, 8, h=4)
        txt(pdf, 16, max(y, 56) + 2, f"Chantier : {baddr.split(',')[-1].strip()} – travaux réalisés du {(d - dt.timedelta(days=rng.randint(20, 60))).strftime('%d/%m/%Y')} au {(d - dt.timedelta(days=rng.randint(1, 10))).strftime('%d/%m/%Y')}", 8, "I")
        y0 = max(y, 56) + 8
        cols = [("N°", 8, "C"), ("Désignation", 84, "L"), ("Qté", 16, "R"), ("U", 10, "C"), ("P.U. HT", 20, "R"), ("TVA", 10, "C"), ("Total HT", 32, "R")]
        y = table(pdf, 16, y0, cols, rows, size=7.8, rowh=5.6, header_fill=(235, 235, 235), line_color=(200, 200, 200))
        frame(pdf, 16, y0, y, cols, color=(160, 160, 160))
        y += 5
        txt(pdf, 16, y, "Récapitulatif TVA", 8, "B")
        cols2 = [("Code", 12, "C"), ("Taux", 16, "R"), ("Base HT", 26, "R"), ("Montant TVA", 26, "R")]
        table(pdf, 16, y + 4.5, cols2, [["A", "10,00 %", sp(ba), sp(va)], ["B", "20,00 %", sp(bb), sp(vb)]], size=7.6, rowh=5)
        trows = [("Total HT", sp(net) + " €", False), ("Total TVA", sp(tax) + " €", False), ("Total TTC", sp(total) + " €", True)]
        if retenue:
            trows += [("Retenue de garantie 5 %", "-" + sp(retenue) + " €", False), ("Net à payer", sp(total - retenue) + " €", False)]
        y2 = totals(pdf, 126, y + 1, trows, wl=40, wv=30, size=8.8, line=color, step=5.6)
        y3 = para(pdf, 16, max(y2, y + 22) + 6, 180, "Code A : travaux immobiliers exécutés en Corse, TVA au taux de 10 % (CGI art. 297, I-1-5°-a). Code B : fournitures livrées sans pose, taux normal 20 %. " + (f"{term}. " if term else "") + "Pénalités de retard au taux de 3 fois le taux d'intérêt légal ; indemnité forfaitaire de recouvrement 40 €.", 7.6, h=3.8)
        para(pdf, 16, y3 + 3, 180, f"Virement : IBAN {iban_fmt(fr_iban(rng))} – N° TVA intracommunautaire : {tva}", 7.6, "B", h=3.8)
        pdf.output(path)

    notes = (
        "Corsican building contractor's FACTURE in French with lot headings and numbered rows (m², ml, u; quantities to the tenth '12,5'), TVA code A at the Corsican 10 % on building works (CGI art. 297) and code B at 20 % on supplies without fitting, and a recap by code: vendor = the company name at the top; vendor tax id = 'N° TVA intracommunautaire' FR + key + SIREN at the foot (the SIREN valid under python-stdnum fr.siren); the SIREN line, the insurance number and the accepted quote are decoys. "
        "invoice_number = 'N° facture'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yy", "dd/mm/yyyy"][i] + "); the works period is a decoy. "
        + ("due = 'Échéance'. " if due else f"'{term}' is a term: no due date (null). ")
        + "No PO. subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Total TTC'"
        + ("; the 5 % retention ('Retenue de garantie') and 'Net à payer' are decoys" if retenue else "")
        + ". The TVA recap (base and TVA per code) is a decoy. Currency EUR. Amounts '1 234,56 €'. Line items: the numbered rows, not the lot headings (quantity = m², ml, pieces)."
    )
    t = truth(vname, tva, no, None, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, tva, no, vname, "Total TTC"], render


# =========================================================================== 07 Lesvos hotel (ΑΦΜ, ΦΠΑ 9 % / 17 % island rates, climate fee outside ΦΠΑ, EUR)
GR_V = [("ΞΕΝΟΔΟΧΕΙΑΚΗ ΜΟΛΥΒΟΥ Α.Ε.", "Παραλία Μολύβου", "81108 Μόλυβος, Λέσβος", (0, 80, 140)), ("ΠΕΤΡΑ ΒΕΗ ΤΟΥΡΙΣΤΙΚΗ Ο.Ε.", "Λεωφ. Πέτρας 12", "81109 Πέτρα, Λέσβος", (170, 80, 20)),
        ("ΑΙΟΛΙΣ ΞΕΝΟΔΟΧΕΙΑΚΗ Ε.Π.Ε.", "Ελ. Βενιζέλου 41", "81100 Μυτιλήνη", (30, 110, 70)), ("ΠΛΩΜΑΡΙ ΜΠΛΕ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.", "Παραλιακή οδός 3", "81200 Πλωμάρι, Λέσβος", (110, 40, 120))]
GR_B = [("Aegean Sun Tours GmbH", "Leopoldstraße 88, 80802 München, DE"), ("ΤΑΞΙΔΙΩΤΙΚΟ ΓΡΑΦΕΙΟ ΑΡΧΙΠΕΛΑΓΟΣ Α.Ε.", "Σταδίου 24, 10564 Αθήνα"),
        ("Nordic Island Holidays AB", "Sveavägen 31, 111 34 Stockholm, SE"), ("ΣΥΛΛΟΓΟΣ ΣΥΝΤΑΞΙΟΥΧΩΝ ΘΕΣΣΑΛΟΝΙΚΗΣ", "Τσιμισκή 70, 54622 Θεσσαλονίκη")]
GR_ROOMS = [("Διανυκτέρευση, δίκλινο δωμάτιο", "9", "48", "95"), ("Διανυκτέρευση, μονόκλινο δωμάτιο", "9", "38", "75"), ("Διανυκτέρευση, οικογενειακό δωμάτιο", "9", "70", "130")]
GR_OTHER = [("Πρωινό μπουφέ (άτομα)", "9", "8", "14"), ("Δείπνο ημιδιατροφής (άτομα)", "9", "14", "24"), ("Υπηρεσίες σπα και μασάζ (άτομα)", "17", "25", "60"), ("Ενοικίαση αίθουσας εκδηλώσεων", "17", "150", "400")]


@style("07", "gr_lesvos_xenodocheio_fpa_nisia_telos")
def s07(rng, i):
    vname, vstreet, vcity, color = GR_V[i]
    bname, baddr = GR_B[i]
    d = rand_date(rng)
    if d.month in (12, 1, 2):
        d = d.replace(month=rng.choice([5, 6, 9]))
    nights_total = 0
    items = []
    for desc, rate, lo, hi in rng.sample(GR_ROOMS, rng.randint(1, 3)):
        q = D(rng.randint(6, 60))
        nights_total += int(q)
        items.append({"desc": desc, "rate": rate, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    other = rng.sample(GR_OTHER, rng.randint(1, 3))
    if not any(o[1] == "17" for o in other):
        other.append(GR_OTHER[2])
    for desc, rate, lo, hi in other:
        q = D(1) if "αίθουσας" in desc else D(rng.randint(10, 120))
        items.append({"desc": desc, "rate": rate, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    b9 = sum(x["amount"] for x in items if x["rate"] == "9")
    b17 = sum(x["amount"] for x in items if x["rate"] == "17")
    v9, v17 = q2(b9 * D("0.09")), q2(b17 * D("0.17"))
    net, tax = b9 + b17, v9 + v17
    fee_rate = D(rng.choice(["2.00", "5.00", "10.00", "15.00"] if 4 <= d.month <= 10 else ["0.50", "1.50", "3.00", "5.00"]))  # 2025 rates by star class, high / low season
    fee = fee_rate * nights_total
    total = net + tax + fee
    afm = valid_id(rng, 9, _grvat.is_valid, first_nonzero=False, prefix="0" if i < 2 else "8")
    no = [f"{rng.randint(1000, 9999)}", f"Α-{rng.randint(100, 999)}", f"ΤΠΥ {rng.randint(1000, 4999)}", f"{d.strftime('%y')}{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), el_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Εξόφληση με την παραλαβή", "", "Πίστωση 60 ημερών"][i]
    po = [f"AST-{rng.randint(10000, 99999)}", None, f"NIH/{d.year}/{rng.randint(100, 999)}", None][i]
    mark = digits(rng, 15, True)
    stay_from = d - dt.timedelta(days=rng.randint(3, 12))

    def render(path):
        pdf = new_fpdf(creator="HotelSoft ERP 11.2")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13.5, "B", color=color)
        txt(pdf, 14, 18.5, f"{vstreet}, {vcity}", 8.2)
        txt(pdf, 14, 22.5, f"ΑΦΜ: {afm} · ΔΟΥ: Μυτιλήνης · ΑΡ.ΓΕΜΗ: {digits(rng, 12, True)} · ΜΗΤΕ {digits(rng, 4)}Κ01{digits(rng, 8)}", 7.4, color=(80, 80, 80))
        pdf.set_fill_color(*color)
        pdf.rect(14, 30, 182, 10, "F")
        txt(pdf, 16, 32.5, "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", 12, "B", color=(255, 255, 255))
        txt(pdf, 120, 33, f"Σειρά / Αριθμός: {no}", 9.5, "B", align="R", w=74, color=(255, 255, 255))
        txt(pdf, 14, 45, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", 7.4, "B", color=(110, 110, 110))
        txt(pdf, 14, 49.5, bname, 9, "B")
        txt(pdf, 14, 54, baddr, 8)
        txt(pdf, 14, 58.5, f"ΑΦΜ πελάτη: {'EL' + valid_id(rng, 9, _grvat.is_valid, first_nonzero=False) if i in (1, 3) else 'VAT ' + digits(rng, 9)}", 8)
        y = kv(pdf, 122, 45, [("Ημερομηνία", fd(d)), ("Αρ. παραγγελίας", po), ("Λήξη πληρωμής", fd(due) if due else None), ("Διαμονή", f"{stay_from.strftime('%d/%m')} – {(stay_from + dt.timedelta(days=rng.randint(3, 7))).strftime('%d/%m/%Y')}")], wl=32, wv=42, size=8.2, step=4.8)
        y0 = max(y, 62) + 4
        cols = [("Α/Α", 10, "C"), ("Περιγραφή", 72, "L"), ("Ποσότητα", 20, "R"), ("Τιμή μονάδας", 26, "R"), ("ΦΠΑ %", 16, "R"), ("Καθαρή αξία", 38, "R")]
        rows = [[str(k + 1), x["desc"], qstr(x["qty"]), de(x["price"]), x["rate"], de(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.8, header_fill=(230, 236, 242), line_color=(190, 200, 210))
        y += 5
        cols2 = [("ΦΠΑ %", 16, "C"), ("Καθαρή αξία", 28, "R"), ("ΦΠΑ", 24, "R")]
        table(pdf, 14, y, cols2, [["9", de(b9), de(v9)], ["17", de(b17), de(v17)]], size=7.6, rowh=5)
        trows = [("Σύνολο καθαρής αξίας", de(net), False), ("Σύνολο ΦΠΑ", de(tax), False), (f"Τέλος ανθεκτικότητας ({nights_total} διαν. x {de(fee_rate)})", de(fee), False), ("ΠΛΗΡΩΤΕΟ ΠΟΣΟ €", de(total), True)]
        y2 = totals(pdf, 106, y, trows, wl=60, wv=30, size=8.4, line=color, step=5.6)
        y3 = para(pdf, 14, max(y2, y + 18) + 5, 182, "Μειωμένοι συντελεστές ΦΠΑ νήσων Λέσβου, Χίου, Σάμου, Κω και Λέρου (μείωση 30 %): 9 % αντί 13 %, 17 % αντί 24 %. Το τέλος ανθεκτικότητας στην κλιματική κρίση δεν υπόκειται σε ΦΠΑ. " + (f"{term}. " if term else ""), 7.6, h=3.8)
        para(pdf, 14, y3 + 3, 182, f"ΜΑΡΚ: {mark} · Πάροχος ηλεκτρονικής τιμολόγησης · Τράπεζα Πειραιώς IBAN {iban_fmt(iban('GR', '0172' + digits(rng, 3) + digits(rng, 16)))}", 7.4, h=3.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Lesvos hotel's ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ in Greek to a tour operator at the islands' reduced ΦΠΑ rates (9 % on rooms and meals, 17 % on spa services and hall hire) with the climate-resilience fee per room-night outside ΦΠΑ: vendor = the company name (Α.Ε./Ο.Ε./Ε.Π.Ε./Ι.Κ.Ε.) at the top; vendor tax id = 'ΑΦΜ' 9 digits (valid under python-stdnum gr.vat); the buyer's ΑΦΜ/VAT, the ΓΕΜΗ and ΜΗΤΕ numbers and the ΜΑΡΚ are decoys. "
        "invoice_number = 'Σειρά / Αριθμός' as printed; invoice_date = 'Ημερομηνία' (" + ["dd/mm/yyyy", "'12 Μαρτίου 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the stay dates are decoys. "
        + ("due = 'Λήξη πληρωμής'. " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Σύνολο καθαρής αξίας'; tax = 'Σύνολο ΦΠΑ'; total = 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ €' (net + ΦΠΑ + the climate fee, a row between them). The ΦΠΑ analysis table is a decoy. Currency EUR. Amounts '1.234,56'. Line items: every row of the table (quantity = room-nights, persons, 1)."
    )
    t = truth(vname, afm, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, {"printed": [fd(d), fd(due) if due else None, "ΑΦΜ: " + afm, no, po, vname, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ"], "total_adjustment": str(fee)}, render


# =========================================================================== 08 Samnaun sports shop (UID CHE ... MWST, goods without MWST, services 8,1 %, CHF)
CH_V = [("Sport Zegg Samnaun AG", "Dorfstrasse 18", "7563 Samnaun-Dorf", (200, 30, 40)), ("Hangl Sport & Service GmbH", "Ravaisch 4", "7562 Samnaun-Compatsch", (0, 90, 160)),
        ("Alpin Shop Laret AG", "Laret 31", "7562 Samnaun-Compatsch", (40, 120, 60)), ("Silvretta Skiservice Plan GmbH", "Plan 7", "7563 Samnaun-Dorf", (90, 60, 140))]
CH_B = [("Hotel Post Samnaun AG", "Dorfstrasse 2, 7563 Samnaun-Dorf"), ("Schweizer Skischule Samnaun", "Talstation, 7562 Samnaun-Compatsch"),
        ("Bergbahnen Samnaun AG", "Ravaisch, 7562 Samnaun-Compatsch"), ("Chasa Montana Hotel & Spa", "Dorfstrasse 30, 7563 Samnaun-Dorf")]
CH_GOODS = [("Mietski Race Carve 170 cm (Kauf)", "Stk", "380.00", "640.00"), ("Skihelm Junior, Gr. S", "Stk", "69.00", "119.00"), ("Skibrille, Ersatzglas", "Stk", "29.90", "59.90"),
            ("Skischuh Rental Flex 90", "Paar", "240.00", "390.00"), ("Funktionsjacke Mitarbeiter, mit Logo", "Stk", "189.00", "290.00")]
CH_SERV = [("Skiservice komplett (Belag, Kanten, Wachs)", "Stk", "39.00", "59.00"), ("Bindungsmontage und -einstellung", "Stk", "25.00", "45.00"), ("Belagsreparatur, Arbeitsstunde", "Std", "80.00", "110.00"),
           ("Bootfitting Schuhschale", "Stk", "45.00", "90.00")]


@style("08", "ch_samnaun_sportgeschaeft_mwst_nur_dienstleistungen")
def s08(rng, i):
    vname, vstreet, vcity, color = CH_V[i]
    bname, baddr = CH_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, lo, hi in rng.sample(CH_GOODS, rng.randint(1, 3)):
        q = D(rng.randint(1, 12))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05")), "code": "0"})
    for desc, unit, lo, hi in rng.sample(CH_SERV, rng.randint(1, 3)):
        q = D(rng.randint(2, 10)) / 2 if unit == "Std" else D(rng.randint(4, 60))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05")), "code": "1"})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    b0 = sum(x["amount"] for x in items if x["code"] == "0")
    b1 = sum(x["amount"] for x in items if x["code"] == "1")
    tax = q2(b1 * D("0.081"))
    net = b0 + b1
    total = net + tax
    uid = _chuid.format(valid(rng, lambda: "CHE" + digits(rng, 9), _chuid.is_valid))
    no = [f"{rng.randint(40000, 59999)}", f"R-{d.year}-{rng.randint(1000, 9999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"RE{rng.randint(100000, 299999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d.%m.%y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[30, 20, 30, 10][i])
    po = [None, f"SSS-{rng.randint(100, 999)}", f"BB {rng.randint(1000, 9999)}", None][i]
    po_label = ["", "Ihre Bestellung", "Bestellnummer", ""][i]

    def render(path):
        pdf = new_fpdf(creator="Sportshop POS 4")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 15, "B", color=color)
        txt(pdf, 20, 21, f"{vstreet} · CH-{vcity} · Zollfreigebiet Samnaun", 8.2)
        txt(pdf, 20, 25, f"Tel. +41 81 868 {digits(rng, 2)} {digits(rng, 2)} · {uid} MWST", 8.2)
        txt(pdf, 20, 40, bname, 9.4, "B")
        txt(pdf, 20, 45, baddr.split(", ")[0], 8.6)
        txt(pdf, 20, 49.5, baddr.split(", ")[1], 8.6)
        txt(pdf, 120, 40, "Rechnung", 16, "B")
        y = kv(pdf, 120, 49, [("Rechnungs-Nr.", no), ("Datum", fd(d)), (po_label, po), ("Kunden-Nr.", f"K{rng.randint(1000, 9999)}"), ("Zahlbar bis", fd(due))], wl=30, wv=46, size=8.4, step=5)
        y0 = max(y, 66) + 6
        cols = [("Art.-Nr.", 18, "L"), ("Bezeichnung", 70, "L"), ("Menge", 16, "R"), ("Einh.", 12, "C"), ("Preis CHF", 22, "R"), ("Code", 12, "C"), ("Betrag CHF", 26, "R")]
        rows = [[f"{rng.randint(10000, 99999)}", x["desc"], qstr(x["qty"]), x["unit"], ch(x["price"]), x["code"], ch(x["amount"])] for x in items]
        y = table(pdf, 20, y0, cols, rows, size=7.8, rowh=5.8, zebra=(246, 246, 246), line_color=(220, 220, 220))
        pdf.set_draw_color(0, 0, 0)
        pdf.line(20, y, 196, y)
        trows = [("Total exkl. MWST", ch(net), False), ("MWST 8,1 % auf Code 1 (" + ch(b1) + ")", ch(tax), False), ("Rechnungstotal CHF", ch(total), True)]
        y2 = totals(pdf, 112, y + 5, trows, wl=54, wv=30, size=8.6, line=(0, 0, 0), step=5.6)
        y3 = para(pdf, 20, max(y2, y + 20) + 6, 176, f"Code 0: Lieferungen von Gegenständen im Zollausschlussgebiet Samnaun, ohne MWST (Art. 4 MWSTG). Code 1: Dienstleistungen, MWST 8,1 %. Warenwert Code 0: CHF {ch(b0)}.", 7.6, h=3.8)
        y3 = para(pdf, 20, y3 + 3, 176, f"Zahlbar innert {(due - d).days} Tagen netto an Graubündner Kantonalbank, IBAN {iban_fmt(iban('CH', '00774' + digits(rng, 12)))}.", 8, h=4)
        pdf.set_draw_color(0, 0, 0)
        pdf.dashed_line(0, 192, 210, 192, 2, 1.5)
        txt(pdf, 20, 196, "Empfangsschein", 10, "B")
        txt(pdf, 20, 203, f"Konto / Zahlbar an: {vname}", 7.6)
        txt(pdf, 20, 208, f"Referenz: {digits(rng, 2)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)}", 7.6)
        txt(pdf, 20, 213, f"Währung CHF · Betrag {ch(total)}", 7.6, "B")
        pdf.output(path)

    notes = (
        "Samnaun sports shop's RECHNUNG in German: goods (code 0) without Swiss MWST (Samnaun is outside the Swiss customs territory: the MWST applies there to services only, Art. 4 MWSTG) and services (code 1) at 8,1 %, a zebra table and a payment receipt at the foot: vendor = the company name (AG/GmbH) at the top; vendor tax id = the UID 'CHE-123.456.789' printed before 'MWST' (valid under python-stdnum ch.uid); the article numbers, the customer number and the QR reference are decoys. "
        "invoice_number = 'Rechnungs-Nr.'; invoice_date = 'Datum' (" + ["dd.mm.yyyy", "'12. März 2026'", "dd.mm.yy", "dd.mm.yyyy"][i] + "); due_date = 'Zahlbar bis'. "
        + po_note(po, po_label)
        + "subtotal = 'Total exkl. MWST'; tax = 'MWST 8,1 % auf Code 1'; total = 'Rechnungstotal CHF' (repeated in the receipt). The goods value of code 0 in the note is a decoy. Currency CHF. Amounts \"1'234.50\". Line items: every row (quantity = pieces, pairs, hours in halves)."
    )
    t = truth(vname, uid, no, po, d, due, "CHF", net, tax, total, items, notes)
    return t, [fd(d), fd(due), uid, no, po, vname, "Rechnungstotal CHF"], render
