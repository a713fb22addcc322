"""fpdf2 styles for set 17, part B (05 Faroese diving company's rokningur to a salmon farm for net-pen inspections with
MVG 25 % in DKK and a dive log, two pages on one document, 10 Vanuatu language school's facture in French to a company
for a staff course with a company discount and TVA 15 % in whole vatu)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
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
from kit_common import MONTHS, para, wrap
from kit_words import fr_words
from stdnum import iban as _iban
from stdnum.fo import vn as _fovn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 05 Faroe Islands net-pen diving inspection (V-tal, MVG 25 %, kr., FO IBAN)
FO_V = [
    ("Kavarin Sp/f", "Við Sandin 4, FO-100 Tórshavn", (10, 60, 110)),
    ("Undirsjóvartænastan P/f", "Bryggjubakki 12, FO-700 Klaksvík", (0, 100, 110)),
    ("Dýpi Kavaratænasta Sp/f", "Vegurin Langi 33, FO-520 Leirvík", (40, 40, 90)),
    ("Norðhavið Kavarar Sp/f", "Hamnarvegur 7, FO-900 Vágur", (120, 40, 30)),
]
FO_B = [("Laksaaling Suðuroyar P/f", "Á Bakka 2, FO-800 Tvøroyri"), ("Alifelagið Vestmanna Sp/f", "Niðri við Á 5, FO-350 Vestmanna"),
        ("Norðlaks Aling P/f", "Hvannasundsvegur 10, FO-740 Hvannasund"), ("Sandoyar Laksur Sp/f", "Hamnargøta 1, FO-210 Sandur")]
FO_SITES = ["A-81 Hvannasund Norður", "A-12 Vestmanna", "A-73 Fuglafjørður", "A-21 Trongisvágsfjørður", "A-57 Funningsfjørður", "A-04 Sandsvágur"]
FO_WORK = [
    ("Kavaratímar, tveir kavarar", "tímar", 4, 40, "950.00", "1600.00"),
    ("Tænastubátur við krana", "tímar", 4, 30, "1200.00", "2400.00"),
    ("ROV-kanning við myndatøku", "tímar", 2, 12, "1400.00", "2600.00"),
    ("Bøting av holum í neti", "hol", 1, 12, "450.00", "1200.00"),
    ("Frágreiðing til Heilsufrøðiligu Starvsstovuna", "stk", 1, 1, "1500.00", "3500.00"),
    ("Eftirlit av fortoyingum og bojum", "tímar", 2, 16, "900.00", "1500.00"),
]


def _fo_date(x):
    return f"{x.day}. {MONTHS['fo'][x.month - 1]} {x.year}"


@style("05", "fo_kavaraeftirlit_alibruk")
def s05(rng, i):
    vname, vaddr, color = FO_V[i]
    bname, baddr = FO_B[i]
    d = rand_date(rng)
    rings = D(rng.randint(4, 16))
    items = [{"desc": "Kavaraeftirlit av netum í ringum", "unit": "ringar", "qty": rings, "price": exact_price(rng, rings, D("1800"), D("3600"), D("50")), "amount": None}]
    items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
    for desc, unit, qlo, qhi, lo, hi in rng.sample(FO_WORK, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    vtal = valid(rng, lambda: digits(rng, 6, True), _fovn.is_valid)
    b_vtal = valid(rng, lambda: digits(rng, 6, True), _fovn.is_valid)
    no = [f"{rng.randint(20000, 29999)}", f"R-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"NK{rng.randint(1000, 9999)}"][i]
    fd = [_fo_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y"), _fo_date][i]
    due = d + dt.timedelta(days=[14, 0, 30, 0][i]) if i in (0, 2) else None
    term = ["", "netto 14 dagar", "", "gjaldast við móttøku"][i]
    po = [None, f"B-{rng.randint(1000, 9999)}", None, f"{rng.randint(40000, 49999)}"][i]
    site = rng.choice(FO_SITES)
    dives = sorted(d - dt.timedelta(days=rng.randint(3, 28)) for _ in range(int(rings)))
    bank, bic, reg = rng.choice([("Betri Banki", "EIKBFOTF", "9181"), ("BankNordik", "FIFBFOTX", "6460"), ("Norðoya Sparikassi", "NORFFOT1", "9865"), ("Suðuroyar Sparikassi", "SUSPFOT1", "9880")])
    ib = valid(rng, lambda: iban("FO", reg + digits(rng, 9) + digits(rng, 1)), _iban.is_valid)
    prepaid = q2(total * D(rng.choice([20, 25, 50])) / 100) if i == 1 else None
    two = i == 2
    money = de

    tel = digits(rng, 6)
    mail = ["kavarin", "undirsjo", "dypi", "nordhavid"][i]

    def head(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 3, 16, "F")
        txt(pdf, 21, 12, vname, 14, "B", "DVC", color=color)
        txt(pdf, 21, 18.5, f"Kavaratænasta og undirsjóvararbeiði · {vaddr} · Tlf. +298 {tel}", 7.6, font="DVC")
        txt(pdf, 21, 22.5, f"V-tal {vtal} · {mail}@post.fo", 7.6, font="DVC")
        txt(pdf, 150, 12, "ROKNINGUR", 15, "B", "DVC", align="R", w=45)
        txt(pdf, 150, 19, f"Síða {page} av {pages}", 7.4, font="DVC", align="R", w=45)

    def render(path):
        pdf = new_fpdf(creator="e-conomic")
        pdf.add_page()
        head(pdf, 1, 2 if two else 1)
        txt(pdf, 15, 36, bname, 9.5, "B", "DVC")
        txt(pdf, 15, 41, baddr, 8, font="DVC")
        txt(pdf, 15, 45.5, f"V-tal {b_vtal}", 8, font="DVC")
        txt(pdf, 15, 50, f"Alistøð: {site}", 8, font="DVC")
        kv = [("Rokningarnr.", no), ("Dagfesting", fd(d)), ("Kundanr.", str(rng.randint(1000, 1999)))]
        if po:
            kv.append(("Bílegging nr.", po))
        kv.append(("Gjalddagi", fd(due)) if due else ("Gjaldstreytir", term))
        y = 36
        for a, b in kv:
            txt(pdf, 130, y, a, 8, font="DVC", color=(90, 90, 90))
            txt(pdf, 160, y, b, 8, "B", "DVC", align="R", w=35)
            y += 4.6
        y = max(y, 56) + 4
        txt(pdf, 15, y, f"Eftirlit av alinetum á {site}, {int(rings)} ringar, kavað {dives[0].strftime('%d.%m.%Y')} – {dives[-1].strftime('%d.%m.%Y')}", 8.5, "B", "DVC")
        rows = [[it["desc"], qstr(it["qty"]), it["unit"], money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 15, y + 6, [("Lýsing", 84, "L"), ("Nøgd", 16, "R"), ("Eind", 18, "L"), ("Prísur kr.", 28, "R"), ("Upphædd kr.", 34, "R")], rows, size=8, font="DVC", rowh=6.2, border_bottom=False, header_style="B", line_color=color)
        pdf.set_draw_color(*color)
        pdf.line(15, y + 1, 195, y + 1)
        y += 5
        for a, b, bold in [("Tilsamans uttan MVG", money(net), False), ("MVG 25%", money(tax), False), ("Samtals at gjalda kr.", money(total), True)]:
            txt(pdf, 115, y, a, 9 if bold else 8.4, "B" if bold else "", "DVC")
            txt(pdf, 160, y, b, 9 if bold else 8.4, "B" if bold else "", "DVC", align="R", w=35)
            y += 5.4
        if prepaid:
            txt(pdf, 115, y + 1, "Forskot goldið", 7.8, "I", "DV")
            txt(pdf, 160, y + 1, money(prepaid), 7.8, "I", "DV", align="R", w=35)
            txt(pdf, 115, y + 5.5, "Eftirstøða", 7.8, "I", "DV")
            txt(pdf, 160, y + 5.5, money(total - prepaid), 7.8, "I", "DV", align="R", w=35)
            y += 11
        y += 4
        if not two:
            txt(pdf, 15, y, "Kavaraloggur", 8.4, "B", "DVC", color=color)
            y += 5
            for k, dd in enumerate(dives[:6]):
                txt(pdf, 15 + (k % 2) * 90, y + (k // 2) * 4.3, f"{dd.strftime('%d.%m.%Y')}  ring {k + 1}: dýpi {rng.randint(12, 35)} m, {rng.choice(['einki at finna', 'lítið hol bøtt', 'vøkstur á neti', 'í lagi'])}", 7.2, font="DVC")
            y += 4.3 * ((min(6, len(dives)) + 1) // 2) + 4
        y = para(pdf, 15, y, 180, f"Vinaliga gjaldið {'eftirstøðuna' if prepaid else 'upphæddina'} til {bank}, reg. nr. {reg}, IBAN {iban_fmt(ib)}, SWIFT {bic}. Tilskilað rokningarnr. við gjalding. "
                 + (f"Gjaldstreytir: {term}. " if term else "") + "Við seinkaðari gjalding verður rentan roknað eftir rentulógini.", 7.8, font="DVC")
        txt(pdf, 0, 284, f"{vname} · {vaddr} · V-tal {vtal}", 6.8, font="DVC", align="C", w=210, color=(120, 120, 120))
        if two:
            pdf.add_page()
            head(pdf, 2, 2)
            txt(pdf, 15, 34, f"Kavaraloggur til rokning {no} – {site}", 9.5, "B", "DVC")
            rows = [[dd.strftime("%d.%m.%Y"), f"Ringur {k + 1}", f"{rng.randint(12, 35)} m", f"{rng.randint(25, 70)} min", rng.choice(["Einki at finna", "Lítið hol bøtt", "Vøkstur á neti, mælt til reinsing", "Í lagi", "Botnring kannaður"])] for k, dd in enumerate(dives)]
            table(pdf, 15, 42, [("Dagur", 28, "L"), ("Ringur", 24, "L"), ("Dýpi", 20, "R"), ("Tíð", 20, "R"), ("Viðmerking", 88, "L")], rows, size=7.8, font="DVC", rowh=5.8, header_fill=(230, 236, 242))
            txt(pdf, 0, 284, f"{vname} · {vaddr} · V-tal {vtal}", 6.8, font="DVC", align="C", w=210, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Faroese diving company's ROKNINGUR to a salmon farm in Faroese: vendor = the company name (Sp/f or P/f) at the top; vendor tax id = 'V-tal' (6 digits; passes python-stdnum's fo.vn, a format check); the client's V-tal, the customer number, the bank registration number and the IBAN are decoys. "
        "invoice_number = 'Rokningarnr.'; invoice_date = 'Dagfesting' (" + ["'12. mars 2026'", "dd-mm-yyyy", "dd.mm.yyyy", "'12. mars 2026'"][i] + "); the dive dates are decoys. "
        + ("due = 'Gjalddagi'. " if due else f"'Gjaldstreytir: {term}' is a term: no due date (null). ")
        + (f"PO = 'Bílegging nr.' {po}. " if po else "No PO. ")
        + "subtotal = 'Tilsamans uttan MVG'; tax = 'MVG 25%'; total = 'Samtals at gjalda kr.'" + ("; 'Forskot goldið' and 'Eftirstøða' are decoys" if prepaid else "")
        + ("; page 2 is a dive log (decoy, not lines)" if two else "; the dive log under the totals is a decoy")
        + ". Currency DKK (printed 'kr.'). Amounts '1.234,56'. Line items: every row (amount = 'Upphædd kr.'; quantity 'Nøgd': rings, hours, holes, reports)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vtal, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="DKK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "V-tal " + vtal, no, po, vname, "kr."], render


# =========================================================================== 10 Vanuatu language school (TIN, remise, TVA 15 %, VT whole vatu)
VU_V = [
    ("Centre de Langues du Pacifique Ltd", "Rue Carnot, BP 1024, Port-Vila", (0, 90, 140)),
    ("Alliance Linguistique Efate Ltd", "Route de Pango, BP 388, Port-Vila", (150, 60, 0)),
    ("École de Langues Tanna-Vila Ltd", "Rue Higginson, BP 77, Port-Vila", (30, 110, 60)),
    ("Institut Francophone de Luganville Ltd", "Rue Rabi, BP 152, Luganville, Espiritu Santo", (100, 30, 100)),
]
VU_B = [("Banque du Pacifique Sud (Vanuatu) Ltd", "Kumul Highway, Port-Vila"), ("Vanuatu Eau et Énergie Ltd", "Rue de Paris, Port-Vila"),
        ("Hôtel Le Récif Lagon Ltd", "Erakor Road, Port-Vila"), ("Coopérative Santo Coprah Ltd", "Main Street, Luganville")]
VU_COURSES = [
    ("Cours d'anglais professionnel, groupe intermédiaire", 20, 60, 4500, 9000),
    ("Cours de français langue étrangère, niveau A2", 10, 40, 4000, 8000),
    ("Cours de bichelamar pour cadres expatriés", 6, 20, 3500, 6000),
    ("Atelier de rédaction de courriels professionnels en anglais", 4, 12, 5000, 9500),
]
VU_PER = [
    ("Test de positionnement", 2500, 5000),
    ("Manuels et supports pédagogiques", 3000, 7500),
    ("Évaluation finale et certificat", 1500, 3500),
]


@style("10", "vu_ecole_langues_cours_entreprise")
def s10(rng, i):
    vname, vaddr, color = VU_V[i]
    bname, baddr = VU_B[i]
    d = rand_date(rng)
    n = rng.randint(5, 14)
    items = []
    for desc, qlo, qhi, lo, hi in rng.sample(VU_COURSES, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": desc, "unit": "heure", "qty": q, "price": p, "amount": q * p})
    for desc, lo, hi in rng.sample(VU_PER, rng.randint(1, 3)):
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": desc, "unit": "stagiaire", "qty": D(n), "price": p, "amount": D(n) * p})
    if rng.random() < 0.5:
        q = D(rng.randint(4, 20))
        p = D(rng.randint(20, 60) * 50)
        items.append({"desc": "Déplacement du formateur dans vos locaux", "unit": "séance", "qty": q, "price": p, "amount": q * p})
    gross = sum(it["amount"] for it in items)
    disc_pct = [10, 0, 5, 0][i]
    disc = q0(gross * disc_pct / 100)
    net = gross - disc
    tax = q0(net * D("0.15"))
    total = net + tax
    tin = digits(rng, 6, True)
    b_tin = digits(rng, 6, True)
    no = [f"CLP-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 4999)}", f"ELTV/{d.strftime('%y')}/{rng.randint(10, 99)}", f"IFL{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[0, 15, 30, 0][i]) if i in (1, 2) else None
    term = ["Paiement à 15 jours", "", "", "Paiement à réception de la facture"][i]
    po = [f"BC {rng.randint(1000, 9999)}", None, None, f"SCC/{rng.randint(100, 999)}"][i]
    money = (lambda x: sp(x, 0)) if i % 2 == 0 else (lambda x: en(x, 0))
    s_start = d - dt.timedelta(days=rng.randint(40, 70))
    s_end = d - dt.timedelta(days=rng.randint(1, 10))
    names = rng.sample(["M. Kalsakau", "J. Natapei", "L. Tari", "A. Vira", "S. Molisa", "P. Kalo", "R. Abbil", "T. Tabi", "E. Boe", "C. Garae", "D. Lini", "F. Naupa", "G. Moli", "H. Sope"], n)

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 18, 14, vname, 15, "B", "Serif", color=color)
        txt(pdf, 18, 21, f"Formation linguistique pour entreprises · {vaddr}, République de Vanuatu", 8, "", "Serif")
        txt(pdf, 18, 25.5, f"Tél. +678 {digits(rng, 5)} · N° TVA / TIN : {tin} · Licence commerciale n° {rng.randint(10000, 99999)}", 8, "", "Serif")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.line(18, 31, 192, 31)
        pdf.set_line_width(0.2)
        txt(pdf, 18, 37, "FACTURE", 16, "B", "Serif", color=color)
        kv = [("N° de facture", no), ("Date", fd(d))]
        if po:
            kv.append(("Bon de commande n°", po))
        kv.append(("Échéance", fd(due)) if due else ("Conditions", term))
        y = 46
        for a, b in kv:
            txt(pdf, 18, y, a, 8.5, "", "Serif")
            txt(pdf, 58, y, b, 8.5, "B", "Serif")
            y += 4.8
        txt(pdf, 118, 37, "Facturé à :", 8, "I", "Serif", color=(100, 100, 100))
        txt(pdf, 118, 42, bname, 9, "B", "Serif")
        txt(pdf, 118, 46.5, baddr, 8, "", "Serif")
        txt(pdf, 118, 51, f"N° TIN client : {b_tin}", 8, "", "Serif")
        txt(pdf, 118, 55.5, "À l'attention du service des ressources humaines", 8, "", "Serif")
        y = max(y, 62) + 2
        y = para(pdf, 18, y, 174, f"Session de formation du {fd(s_start)} au {fd(s_end)}, mardi et jeudi de 17 h à 19 h, {n} stagiaires inscrits.", 8.4, font="Serif")
        rows = [[wrap(it["desc"], 52), it["unit"], qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 18, y + 3, [("Désignation", 80, "L"), ("Unité", 22, "C"), ("Qté", 14, "R"), ("Prix unitaire VT", 28, "R"), ("Montant VT", 30, "R")], rows, size=8, font="Serif", rowh=6.2, header_fill=(240, 240, 240))
        y += 4
        tot = []
        if disc:
            tot += [("Total brut", money(gross), False), (f"Remise entreprise {disc_pct} %", "-" + money(disc), False)]
        tot += [("Total HT", money(net), False), ("TVA 15 %", money(tax), False), ("Total TTC (VT)", money(total), True)]
        for a, b, bold in tot:
            txt(pdf, 118, y, a, 9 if bold else 8.4, "B" if bold else "", "Serif")
            txt(pdf, 160, y, b, 9 if bold else 8.4, "B" if bold else "", "Serif", align="R", w=32)
            y += 5.4
        y = para(pdf, 18, y + 3, 174, f"Arrêtée la présente facture à la somme de {fr_words(int(total))} vatu TTC.", 8, "I", "Serif")
        y += 4
        txt(pdf, 18, y, "Assiduité des stagiaires (heures suivies)", 8.2, "B", "Serif", color=color)
        y += 5
        hrs = int(items[0]["qty"])
        for k, nm in enumerate(names):
            txt(pdf, 18 + (k % 3) * 58, y + (k // 3) * 4.2, f"{nm} : {rng.randint(hrs * 6 // 10, hrs)} h / {hrs} h", 7.4, "", "Serif")
        y += 4.2 * ((n + 2) // 3) + 4
        y = para(pdf, 18, y, 174, f"Règlement par virement à {rng.choice(['Banque du Pacifique Sud', 'ANZ Bank (Vanuatu) Ltd', 'BRED (Vanuatu) Ltd', 'National Bank of Vanuatu'])}, compte n° {digits(rng, 3)} {digits(rng, 6)} {digits(rng, 2)}, au nom de {vname}. "
                 "Les heures non suivies ne sont pas remboursables. Tankyu tumas !", 7.8, font="Serif")
        txt(pdf, 0, 284, f"{vname} · N° TVA {tin} · page 1 sur 1", 6.8, "", "Serif", align="C", w=210, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Vanuatu language school's FACTURE in French to a company: vendor = the company name (Ltd) at the top; vendor tax id = 'N° TVA / TIN' (6 digits, no public checksum: random); the client's TIN and the business licence number are decoys. "
        "invoice_number = 'N° de facture'; invoice_date = 'Date' (" + ["'12 mars 2026'", "dd/mm/yyyy", "'12 mars 2026'", "dd-mm-yyyy"][i] + "); the session dates are decoys. "
        + ("due = 'Échéance'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande n°' {po}. " if po else "No PO. ")
        + ("subtotal = 'Total HT' after the company discount (the lines sum to 'Total brut'); " if disc else "subtotal = 'Total HT'; ")
        + "tax = 'TVA 15 %'; total = 'Total TTC (VT)'; the amount in words repeats the total; the attendance hours are decoys. Currency VUV ('VT'), whole vatu. Amounts "
        + ("'1 234 567'" if i % 2 == 0 else "'1,234,567'") + ". Line items: every row (amount = 'Montant VT'; quantity 'Qté': hours, trainees, sessions)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="VUV", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    printed = [fd(d), fd(due) if due else None, "TIN : " + tin, no, po, vname, "VT"]
    return t, ({"printed": printed, "line_adjustment": str(-disc)} if disc else printed), render
