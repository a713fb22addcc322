"""fpdf2 styles for set 40, second part (09 Turku caterer's lasku in Finnish on a LANDSCAPE page with a table WITHOUT
rules, the totals at the LEFT, ALV 25,5 % on drinks and hire and 14 % on food (13,5 % from 2026), a reference number
and an event date, 10 Casablanca engineering consultancy's note d'honoraires in French written as a LETTER, the fees in
running text on one (no table), TVA 20 %, an advance deducted on some and the due date in the payment sentence)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, fi_date, fi_ref
from invoice_kit import (
    digits,
    iban,
    iban_fmt,
    luhn_check,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, fr_date, kv, lines, para, po_note, totals, truth, valid_id
from stdnum.fi import ytunnus
from stdnum.ma import ice

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Turku caterer (ALV 25,5 % / 14 % or 13,5 %, EUR), landscape, no rules, totals at the left
TK_V = [
    ("Saariston Pitopalvelu Oy", "Linnankatu 37, 20100 Turku", (14, 116, 144)),
    ("Aurajoen Juhlakeittiö Oy", "Läntinen Rantakatu 9, 20100 Turku", (157, 23, 77)),
    ("Ruissalon Catering Ab Oy", "Ruissalon puistotie 640, 20100 Turku", (21, 128, 61)),
    ("Kupittaan Herkku ja Tila Oy", "Lemminkäisenkatu 14, 20520 Turku", (120, 53, 15)),
]
TK_B = [
    ("Turun yliopisto, tapahtumapalvelut", "Yliopistonmäki, 20014 Turun yliopisto"),
    ("Meyer Turku Oy", "Telakkakatu 1, 20240 Turku"),
    ("Varsinais-Suomen Yrittäjät ry", "Humalistonkatu 7, 20100 Turku"),
    ("Asianajotoimisto Laine & Co Oy", "Eerikinkatu 20, 20100 Turku"),
]
TK_FOOD = [
    ("Buffet-illallinen, saaristolaismenu", "hlö", 20, 180, D("32.00"), D("58.00")),
    ("Aamupäiväkahvi ja pulla", "hlö", 20, 200, D("5.50"), D("9.80")),
    ("Lounas, keitto ja leipä", "hlö", 20, 150, D("12.00"), D("19.50")),
    ("Cocktailpalat, 6 kpl/hlö", "hlö", 20, 200, D("14.00"), D("24.00")),
    ("Täytekakku, 30 hlö", "kpl", 1, 6, D("85.00"), D("140.00")),
    ("Tarjoiluhenkilökunta", "h", 4, 40, D("38.00"), D("46.00")),
]
TK_255 = [
    ("Viinipaketti, 2 lasia/hlö", "hlö", 20, 150, D("14.00"), D("22.00")),
    ("Kuohuviini maljaan, pullo", "plo", 3, 30, D("28.00"), D("45.00")),
    ("Astia- ja liinavuokra", "hlö", 20, 200, D("3.50"), D("6.50")),
    ("Juhlatilan vuokra, ilta", "ilta", 1, 1, D("450.00"), D("1200.00")),
]


@style("09", "fi_tku_turku_lasku_alv_255_14_landscape")
def s09(rng, i):
    vname, vaddr, color = TK_V[i]
    bname, baddr = TK_B[i]
    d = rand_date(rng)
    low = D("13.5") if d >= dt.date(2026, 1, 1) else D(14)
    items = lines(rng, TK_FOOD, rng.randint(1, 5), D("0.01"))
    for x in items:
        x["rate"] = low
    more = lines(rng, TK_255, rng.randint(0 if i == 2 else 1, 3), D("0.01"))
    for x in more:
        x["rate"] = D("25.5")
    items += more
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    yt = valid(rng, lambda: f"{digits(rng, 7, True)}-{rng.randint(0, 9)}", ytunnus.is_valid)
    no = [f"{rng.randint(1000, 9999)}", f"{d.year}{rng.randint(100, 999)}", f"L-{rng.randint(10000, 99999)}", f"{rng.randint(20000, 29999)}"][i]
    ref = fi_ref(f"{rng.randint(100, 999)}{''.join(c for c in no if c.isdigit())[-5:]}")
    refp = " ".join(ref[max(0, k - 5):k] for k in range(len(ref), 0, -5)[::-1])
    fd = [lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: f"{x.day}.{x.month}.{x.year}", fi_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30]))
    po = [f"PO{rng.randint(100000, 999999)}", f"{rng.randint(4500000000, 4599999999)}", None, None][i]
    event = d - dt.timedelta(days=rng.randint(1, 12))
    bban = digits(rng, 13)
    fiban = iban("FI", bban + luhn_check(bban))
    m = sp

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Netvisor")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 16, "B", color=color)
        txt(pdf, 14, 20, f"{vaddr} · puh. 02 {rng.randint(200, 799)} {rng.randint(1000, 9999)} · Y-tunnus {yt} · ALV rek.", 7.8, color=(90, 90, 90))
        txt(pdf, 200, 12, "LASKU", 18, "B", w=83, align="R")
        para(pdf, 14, 32, 110, f"{bname}\n{baddr}", 9.4, h=4.7)
        kv(pdf, 200, 24, [("Laskun numero", no), ("Laskun päivämäärä", fd(d)), ("Eräpäivä", fd(due) if due else None), ("Viitenumero", refp), ("Tilausnumero", po), ("Asiakasnumero", f"{rng.randint(1000, 9999)}"), ("Tilaisuus", event.strftime("%d.%m.%Y"))], wl=36, wv=47, size=8, step=4.4, align="R")
        cols = [("Tuote / palvelu", 96, "L"), ("Määrä", 18, "R"), ("Yks.", 12, "L"), ("à-hinta", 24, "R"), ("ALV %", 18, "R"), ("Veroton", 28, "R"), ("ALV", 24, "R"), ("Yhteensä", 28, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["rate"]).replace(".", ","), m(x["amount"]), m(q2(x["amount"] * x["rate"] / 100)), m(x["amount"] + q2(x["amount"] * x["rate"] / 100))] for x in items]
        y = table(pdf, 14, 62, cols, rows, size=8, rowh=6, border_bottom=False, line_color=(255, 255, 255), header_color=color)
        y += 6
        y2 = totals(pdf, 14, y, [("Veroton yhteensä", m(net) + " €", False), ("ALV yhteensä", m(tax) + " €", False), ("Maksettava yhteensä", m(total) + " €", True)], wl=50, wv=34, size=9.6, line=color, step=6)
        yy = y
        txt(pdf, 120, yy, "ALV-erittely", 8, "B")
        for r, b, v in summary:
            yy += 4.6
            txt(pdf, 120, yy, f"ALV {str(r).replace('.', ',')} %   veroton {m(b)}   vero {m(v)}", 7.8)
        para(pdf, 14, max(y2, yy + 6) + 6, 260, f"Maksu: {iban_fmt(fiban)} ({rng.choice(['Nordea', 'OP Turku', 'Danske Bank', 'S-Pankki'])}). Käytäthän viitenumeroa {refp}. " + (f"Maksuehto {(due - d).days} pv netto. " if due else "") + "Viivästyskorko korkolain mukaan. Huomautusaika 8 päivää. Kiitos tilauksestanne!", 8, h=4.2, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Turku caterer's LASKU in Finnish on a LANDSCAPE page with a table WITHOUT rules and the totals at the LEFT under it, amounts with spaces and a decimal comma ('1 234,56 €'), ALV 25,5 % on drinks, tableware and room hire and " + str(low).replace(".", ",") + " % on food and service (14 % before 2026, 13,5 % from 1 January 2026), net, ALV and gross per row, an 'ALV-erittely': "
        "vendor = the name at the top; vendor_tax_id = its 'Y-tunnus' (7 digits, dash, check digit; the IBAN, the reference number (viitenumero) and the customer number are decoys). "
        "invoice_number = 'Laskun numero'; invoice_date = 'Laskun päivämäärä' (" + ["d.m.yyyy", "d.m.yyyy", "Finnish words ('12. maaliskuuta 2026')", "dd.mm.yyyy"][i] + "); the event date (Tilaisuus) is a decoy. "
        + due_note(due, None, "Eräpäivä")
        + po_note(po, "Tilausnumero")
        + "subtotal = 'Veroton yhteensä'; tax = 'ALV yhteensä'; total = 'Maksettava yhteensä'. Currency EUR. Line items: every row, the net 'Veroton' column."
    )
    t = truth(vname, yt, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, yt, "Maksettava yhteensä", fd(due) if due else None, refp, event.strftime("%d.%m.%Y")], render


# =========================================================================== 10 Casablanca consultancy (TVA 20 %, MAD), note d'honoraires as a letter
CS_V = [
    ("Atlas Ingénierie Conseil SARL", "45, boulevard Zerktouni, 20040 Casablanca", (30, 64, 175)),
    ("Bureau d'Études Anfa Structures SARL", "12, rue Ibnou Katir, Maârif, 20330 Casablanca", (153, 27, 27)),
    ("Cabinet Derb Ghallef Topographie SARL AU", "88, rue Abou Al Waqt, 20100 Casablanca", (21, 128, 61)),
    ("Sidi Maârouf Environnement Conseil SA", "Technopark, route de Nouaceur, 20270 Casablanca", (120, 53, 15)),
]
CS_B = [
    ("Monsieur le Directeur Général", "Société Immobilière Al Boughaz SA", "Avenue Mohammed VI, Tanger"),
    ("Madame la Directrice Technique", "Groupe Scolaire Les Orangers", "Route d'El Jadida, Casablanca"),
    ("Monsieur le Président", "Association des Copropriétaires Résidence Yasmine", "Bd Ghandi, Casablanca"),
    ("Monsieur le Directeur des Achats", "Laiterie Chaouia Industrie SA", "Zone industrielle, Berrechid"),
]
CS_ROWS = [
    ("Phase APS – avant-projet sommaire", "forfait", 1, 1, 18000, 65000),
    ("Phase APD – avant-projet détaillé", "forfait", 1, 1, 25000, 90000),
    ("Suivi de chantier, vacations", "vacation", 2, 16, 2500, 4800),
    ("Levé topographique au 1/500", "ha", 1, 12, 3500, 7500),
    ("Étude géotechnique, rapport de synthèse", "forfait", 1, 1, 12000, 38000),
    ("Étude d'impact environnemental", "forfait", 1, 1, 30000, 95000),
    ("Réunions de coordination", "réunion", 1, 10, 1500, 3200),
]


@style("10", "ma_cas_casablanca_note_honoraires_tva_20_lettre")
def s10(rng, i):
    vname, vaddr, color = CS_V[i]
    civ, bname, baddr = CS_B[i]
    d = rand_date(rng)
    items = lines(rng, CS_ROWS, [rng.randint(1, 2), rng.randint(2, 5), rng.randint(2, 6), rng.randint(1, 4)][i], D("1"))
    notable = i == 0
    if notable:
        for x in items:
            x["show_qty"] = False
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    vice = valid_id(rng, 15, ice.is_valid, prefix="00" + str(rng.randint(1, 3)))
    no = [f"NH-{d.year}-{rng.randint(10, 999):03d}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"AIC/{d.year}/{rng.randint(100, 999)}", f"F{rng.randint(10000, 99999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 2 else None
    term = None if due else "payable à réception de la présente"
    po = [None, f"BC n° {rng.randint(100, 999)}/{d.year}", None, f"DA-{rng.randint(10000, 99999)}"][i]
    adv = q2(total * D(rng.choice([20, 30])) / 100) if i in (1, 3) else None
    conv = f"{rng.randint(10, 99)}/{(d - dt.timedelta(days=300)).year}"
    cd = d - dt.timedelta(days=rng.randint(60, 300))
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 22, 16, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 22, 23, vaddr + f" · Tél. 05 22 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", 7.6, color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.line(22, 28, 188, 28)
        para(pdf, 112, 38, 76, f"{civ}\n{bname}\n{baddr}\nICE : {digits(rng, 15)}", 9, font="Serif", h=4.6)
        txt(pdf, 22, 64, f"Casablanca, le {fr_date(d)}", 9.4, font="Serif")
        para(pdf, 22, 72, 166, f"Objet : Note d'honoraires n° {no}" + (f" – votre {po}" if po else "") + f"\nRéf. : convention n° {conv} du {cd.strftime('%d/%m/%Y')}", 9.4, "B", font="Serif", h=4.8)
        y = para(pdf, 22, 86, 166, f"{civ},\n\nEn exécution de la convention citée en référence, nous avons l'honneur de vous adresser ci-après notre note d'honoraires pour les prestations réalisées à ce jour.", 9.6, font="Serif", h=5)
        y += 3
        if notable:
            parts = [f"{x['desc'].lower()} pour un montant de {m(x['amount'])} DH hors taxes" for x in items]
            y = para(pdf, 22, y, 166, "Nos honoraires comprennent " + " et ".join(parts) + f", soit un total hors taxes de {m(net)} DH, auquel s'ajoute la TVA au taux de 20 %, soit {m(tax)} DH, pour un montant toutes taxes comprises de {m(total)} DH.", 9.6, font="Serif", h=5)
        else:
            cols = [("Désignation", 86, "L"), ("Qté", 16, "R"), ("Unité", 20, "L"), ("P.U. HT (DH)", 22, "R"), ("Montant HT (DH)", 22, "R")]
            rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
            y = table(pdf, 22, y, cols, rows, size=8.4, font="Serif", rowh=5.8, line_color=(170, 170, 170))
            y = totals(pdf, 108, y + 3, [("Total HT", m(net), False), ("TVA 20 %", m(tax), False), ("Total TTC", m(total), True)] + ([(f"Avance perçue le {(cd + dt.timedelta(days=10)).strftime('%d/%m/%Y')}", "-" + m(adv), False), ("Net à payer", m(total - adv), True)] if adv else []), wl=50, wv=30, size=9, font="Serif", line=color)
        y += 3
        if adv:
            pay = f"Déduction faite de l'avance de {m(adv)} DH, le solde de {m(total - adv)} DH est payable au plus tard le {fr_date(due)}."
        elif due:
            pay = f"Le montant de {m(total)} DH est payable au plus tard le {fr_date(due)}."
        else:
            pay = f"Le montant de {m(total)} DH est {term}."
        y = para(pdf, 22, y, 166, pay + f" Le règlement peut être effectué par virement au compte RIB {rng.randint(100, 999)} {rng.randint(100, 999)} {digits(rng, 16)} {digits(rng, 2)} ouvert auprès de {rng.choice(['Attijariwafa bank', 'BMCE Bank of Africa', 'Banque Populaire', 'CIH Bank'])}.\n\nVeuillez agréer, {civ}, l'expression de nos salutations distinguées.", 9.6, font="Serif", h=5)
        txt(pdf, 120, y + 8, "Le Gérant", 9.4, font="Serif")
        txt(pdf, 120, y + 24, rng.choice(["Karim Bennani", "Nadia El Alaoui", "Youssef Tazi", "Salma Berrada"]), 9.4, "B", font="Serif")
        para(pdf, 22, 274, 166, f"{vname} · RC Casablanca {rng.randint(100000, 599999)} · IF {digits(rng, 8, True)} · Patente {digits(rng, 8, True)} · CNSS {digits(rng, 7, True)} · ICE {vice}", 6.8, h=3.4, align="C", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Casablanca engineering consultancy's NOTE D'HONORAIRES in French written as a LETTER (letterhead, addressee, 'Casablanca, le 12 mars 2026', 'Objet : Note d'honoraires n° …', a salutation and a signature), dirhams with spaces and a decimal comma ('1 234,00 DH'), TVA 20 %, "
        + ("the fees ONLY IN RUNNING TEXT (no table, no quantities)" if notable else "a fee table with Total HT / TVA 20 % / Total TTC") + (", an ADVANCE deducted leaving the 'Net à payer'" if adv else "") + ": "
        "vendor = the letterhead name; vendor_tax_id = its 'ICE' in the footer (15 digits; the client's ICE, RC, IF, Patente, CNSS and the RIB are decoys). "
        "invoice_number = the number in 'Objet : Note d'honoraires n° …'; invoice_date = the letter's date ('Casablanca, le 12 mars 2026'); the convention and its date are decoys. "
        + ("due_date = the date in the payment sentence ('payable au plus tard le …'). " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, "votre BC / DA in the subject line")
        + "subtotal = 'Total HT' (total hors taxes); tax = 'TVA 20 %'; total = 'Total TTC' (toutes taxes comprises; BEFORE any advance). Currency MAD. Line items: every fee" + (" named in the text (amounts only)" if notable else " row") + "."
    )
    t = truth(vname, vice, no, po, d, due, "MAD", net, tax, total, items, notes)
    return t, [fr_date(d), no, vname, vice, fr_date(due) if due else None, conv], render
