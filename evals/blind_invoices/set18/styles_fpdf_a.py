"""fpdf2 styles for set 18, part A (02 Congolese (DRC) security company's monthly facture to a mining company for guard
posts, dog handlers and patrols, in US dollars with TVA 16 %, 04 Greenlandic contractor's faktura in Danish for a
month of snow clearing by machine hours, in kroner with no VAT (Greenland levies none), a machine log on page 2 on
one document, 05 Bissau-Guinean stevedoring company's fatura in Portuguese to a cashew exporter for unloading,
fumigation, storage and container stuffing, with IVA 19 % in whole CFA francs and a container list)."""

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
from kit_common import MONTHS, fr_date, para, pt_date, qr_fpdf, rib_key, wrap
from kit_words import fr_words, pt_words
from stdnum import iban as _iban
from stdnum import iso6346 as _iso6346
from stdnum.dk import cvr as _cvr

STYLES, style = style_registry("fpdf2")


def _letter(rng):
    return rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")


# =========================================================================== 02 DRC security company (NIF, TVA 16 %, USD, CDF counter-value, DEF block)
CD_V = [
    ("Katanga Sécurité Services SARL", "Avenue Lumumba n° 412, Commune de Lubumbashi, Haut-Katanga", "LSH", (20, 45, 90)),
    ("Garde Lualaba Protection SAS", "Avenue de la Révolution n° 58, Quartier Mutoshi, Kolwezi, Lualaba", "KZI", (120, 30, 30)),
    ("Vigilance Minière du Congo SARL", "Route Likasi n° 7, Quartier Kalukuluku, Likasi, Haut-Katanga", "LKS", (30, 90, 50)),
    ("Cuivre Sûreté & Gardiennage SA", "Avenue Kasaï n° 1023, Commune Kampemba, Lubumbashi", "LSH", (90, 60, 10)),
]
CD_B = [("Mutoshi Cuivre Exploitation SA", "Route de Kasulo, Kolwezi, Lualaba"), ("Likasi Cobalt Processing SARL", "Zone industrielle de Panda, Likasi"),
        ("Kolwezi Minerals Logistics SAS", "Avenue Maniema n° 14, Kolwezi"), ("Kipushi Hydrométallurgie SA", "Route de Kipushi km 12, Haut-Katanga")]
CD_POSTS = [
    ("Agents de sécurité non armés - poste de jour (12 h)", "agent-mois", 4, 20, "380.00", "520.00"),
    ("Agents de sécurité non armés - poste de nuit (12 h)", "agent-mois", 4, 20, "420.00", "580.00"),
    ("Chef de poste / superviseur de site", "mois", 1, 3, "750.00", "1100.00"),
    ("Maître-chien avec chien de garde (poste de nuit)", "équipe-mois", 1, 4, "900.00", "1400.00"),
    ("Patrouille motorisée 24/24 (4x4, chauffeur et 2 agents)", "mois", 1, 1, "2500.00", "4200.00"),
    ("Heures supplémentaires (jours fériés et renforts)", "heure", 20, 200, "3.50", "6.00"),
    ("Location de radios VHF portatives avec chargeurs", "unité", 4, 20, "25.00", "45.00"),
]


@style("02", "cd_gardiennage_site_minier")
def s02(rng, i):
    vname, vaddr, city, color = CD_V[i]
    bname, baddr = CD_B[i]
    d = rand_date(rng)
    month = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for desc, unit, qlo, qhi, lo, hi in CD_POSTS[:2] + rng.sample(CD_POSTS[2:], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50") if D(hi) < 10 else D("5"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    nif = f"{_letter(rng)}{digits(rng, 7)}{_letter(rng)}"
    b_nif = f"{_letter(rng)}{digits(rng, 7)}{_letter(rng)}"
    rccm = f"CD/{city}/RCCM/{rng.randint(10, 23)}-B-{rng.randint(100, 9999)}"
    idnat = f"{rng.randint(5, 6)}-{rng.randint(100, 999)}-N{rng.randint(10000, 99999)}{_letter(rng)}"
    no = [f"KSS/{city}/{d.year}/{rng.randint(100, 999):04d}", f"FV-{d.year}-{rng.randint(100, 999):05d}", f"VMC/F/{rng.randint(100, 999):04d}/{d.strftime('%y')}", f"CSG-{city}-{rng.randint(1000, 9999)}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[0, 30, 0, 15][i]) if i in (1, 3) else None
    term = ["Paiement à 30 jours date de facture", "", "Payable à la réception de la facture", ""][i]
    po = [f"PO-MC-{rng.randint(10000, 99999)}", None, f"BC {d.year}-{rng.randint(100, 999):04d}", None][i]
    contract = f"CTR/SEC/{d.year - rng.randint(0, 2)}/{rng.randint(10, 99)}"
    rate = D(rng.randint(2750, 2990)) + D(rng.randint(0, 99)) / 100
    cdf = q2(total * rate) if i == 1 else None
    money = en if i in (0, 2) else sp
    cents = int((total % 1) * 100)
    bank = rng.choice(["Rawbank SA", "Equity BCDC SA", "Trust Merchant Bank (TMB)", "Ecobank RDC SA"])
    acct = f"{digits(rng, 5)}-{digits(rng, 11)}-{digits(rng, 2)}"
    town = {"LSH": "Lubumbashi", "KZI": "Kolwezi", "LKS": "Likasi"}[city]
    sites = rng.sample(["Entrée principale (barrière)", "Usine SX-EW", "Magasin cathodes", "Camp de base", "Parc à carburant", "Bassin de rétention"], 4)

    def footer(pdf):
        pdf.set_draw_color(*color)
        pdf.line(15, 280, 195, 280)
        txt(pdf, 0, 282, f"{vname} · RCCM {rccm} · Id. Nat. {idnat} · NIF {nif} · Agrément du Ministère de l'Intérieur n° {rng.randint(100, 999)}/{rng.randint(2015, 2022)}", 6.4, align="C", w=210, color=(100, 100, 100))

    def render(path):
        pdf = new_fpdf(creator="Sage 100 Gestion commerciale")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.polygon([(15, 12), (31, 12), (31, 22), (23, 30), (15, 22)], style="F")
        txt(pdf, 15, 16, "S", 12, "B", align="C", w=16, color=(255, 255, 255))
        txt(pdf, 35, 12, vname, 13, "B", color=color)
        txt(pdf, 35, 18, "Gardiennage · protection de sites industriels et miniers · escortes", 7.6)
        txt(pdf, 35, 22, vaddr + " · République Démocratique du Congo", 7.4)
        txt(pdf, 35, 26, f"RCCM : {rccm} · Id. Nat. : {idnat} · NIF : {nif}", 7.4, "B")
        y = 36
        if i == 0:
            txt(pdf, 110, y, f"{town}, le {fd(d)}", 8.6, align="R", w=85)
            y += 8
        txt(pdf, 15, y, f"FACTURE N° {no}", 14, "B", color=color)
        y += 9
        meta = []
        if i != 0:
            meta.append(("Date de facture", fd(d)))
        meta.append(("Période de prestation", f"du {month.replace(day=1).strftime('%d/%m/%Y')} au {month.strftime('%d/%m/%Y')}"))
        meta.append(("Contrat de gardiennage", contract))
        if po:
            meta.append(("Bon de commande n°", po))
        meta.append(("Date d'échéance", fd(due)) if due else ("Conditions", term))
        yy = y
        for a, b in meta:
            txt(pdf, 15, yy, a + " :", 8)
            txt(pdf, 56, yy, b, 8, "B")
            yy += 4.6
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(120, y - 2, 75, 25)
        txt(pdf, 122, y - 0.5, "Doit :", 7, color=(100, 100, 100))
        txt(pdf, 122, y + 3.5, bname, 8.2, "B")
        txt(pdf, 122, y + 8, baddr, 7.4)
        txt(pdf, 122, y + 12.5, f"NIF : {b_nif}", 7.4)
        txt(pdf, 122, y + 17, "Service Achats - Sécurité industrielle", 7.4)
        y = max(yy, y + 25) + 5
        rows = [[wrap(it["desc"], 56), it["unit"], qstr(it["qty"]), money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 15, y, [("Désignation", 86, "L"), ("Unité", 24, "C"), ("Qté", 14, "R"), ("P.U. (USD)", 26, "R"), ("Montant (USD)", 30, "R")], rows, size=7.6, rowh=6, header_fill=(225, 230, 240))
        y += 3
        pdf.set_draw_color(*color)
        pdf.rect(120, y, 75, 17)
        for k, (a, b, bold) in enumerate([("Total HT", money(net), False), ("TVA 16 %", money(tax), False), ("Total TTC (USD)", money(total), True)]):
            txt(pdf, 122, y + 1.2 + k * 5.2, a, 8.6 if bold else 8, "B" if bold else "")
            txt(pdf, 160, y + 1.2 + k * 5.2, b, 8.6 if bold else 8, "B" if bold else "", align="R", w=33)
        txt(pdf, 15, y + 1, "Postes couverts :", 7.4, "B")
        for k, s_ in enumerate(sites):
            txt(pdf, 15, y + 5 + k * 3.6, f"- {s_}", 7.2)
        y += 22
        if cdf:
            txt(pdf, 15, y, f"Contre-valeur en CDF au taux BCC du {fd(d)} (1 USD = {sp(rate)} CDF) : {sp(cdf)} CDF", 7.4, "I")
            y += 5
        y = para(pdf, 15, y + 2, 180, f"Arrêtée la présente facture à la somme de {fr_words(int(total))} dollars américains{f' et {cents} cents' if cents else ''} ({money(total)} USD), TVA comprise.", 7.8, "I")
        y = para(pdf, 15, y + 3, 180, (f"{term}. " if term else "") + f"Règlement par virement en USD : {bank}, compte n° {acct}, intitulé {vname}. Toute contestation doit être formulée par écrit dans les 8 jours suivant la réception de la facture.", 7.6)
        if i == 3:
            y += 4
            pdf.set_draw_color(150, 150, 150)
            pdf.rect(15, y, 180, 30)
            qr_fpdf(pdf, rng, 17, y + 2, 26)
            txt(pdf, 47, y + 3, "FACTURE NORMALISÉE", 8, "B")
            for k, s_ in enumerate([f"Code DEF/DGI : {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}", f"DEF n° : NIM{digits(rng, 8)} · Compteurs : {rng.randint(100, 999)}/{rng.randint(1000, 4999)} FV",
                                    f"Date et heure DEF : {d.strftime('%d/%m/%Y')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "Vérifiez l'authenticité de cette facture sur le portail de la DGI."]):
                txt(pdf, 47, y + 8 + k * 4.5, s_, 7.2)
            y += 32
        txt(pdf, 135, y + 8, "Pour la Direction", 8, "B")
        txt(pdf, 135, y + 20, rng.choice(["Jean-Pierre Kabamba", "Patrick Ilunga Mwamba", "Christelle Mujinga", "Serge Kasongo"]), 7.8)
        footer(pdf)
        pdf.output(path)

    notes = (
        "DRC security company's FACTURE in French: vendor = the legal name (SARL/SAS/SA) at the top; vendor tax id = 'NIF' (a letter, 7 digits and a letter; no public checksum: random); the RCCM, the Id. Nat., the client's NIF, the contract, the Interior Ministry licence and the bank account are decoys. "
        "invoice_number = the number after 'FACTURE N°'; invoice_date = " + [f"the place-and-date line '{town}, le 12 mars 2026' (no date label)", "'Date de facture' (dd/mm/yyyy)", "'Date de facture' (dd/mm/yyyy)", "'Date de facture' (dd.mm.yyyy)"][i] + "; the service period is a decoy"
        + ("; the DEF date and time repeat the invoice date" if i == 3 else "") + ". "
        + ("due = \"Date d'échéance\". " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande n°' {po}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = 'TVA 16 %'; total = 'Total TTC (USD)'; the amount in words repeats it" + ("; the CDF counter-value is a decoy" if cdf else "")
        + ("; the standardised-invoice (DEF) block with its codes and QR is a decoy" if i == 3 else "")
        + ". Currency USD. Amounts " + ("'1,234.56'" if i in (0, 2) else "'1 234,56'") + ". Line items: every row (amount = 'Montant (USD)'; quantity 'Qté': guard-months, months, team-months, hours, units)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF : " + nif, "FACTURE N° " + no, po, vname, "USD"], render


# =========================================================================== 04 Greenland snow clearing (CVR-nr., no VAT, kr., GL IBAN, machine log)
GL_V = [
    ("Nuuk Maskinstation ApS", "Industrivej 14, Postboks 1123, 3900 Nuuk", (0, 70, 120)),
    ("Sisimiut Entreprenørforretning A/S", "Aqqusinersuaq 22, Postboks 205, 3911 Sisimiut", (150, 30, 30)),
    ("Ilulissat Kørsel & Maskiner ApS", "Fredericiap Aqqutaa 5, Postboks 88, 3952 Ilulissat", (40, 90, 60)),
    ("Qaqortoq Anlæg ApS", "Havnevej 3, Postboks 61, 3920 Qaqortoq", (80, 60, 110)),
]
GL_B = [("Ejendomsselskabet Nuuk Boliger A/S", "Postboks 1040, 3900 Nuuk"), ("Sisimiut Havn A/S", "Havnevej 1, 3911 Sisimiut"),
        ("Hotel Disko Bugt A/S", "Postboks 340, 3952 Ilulissat"), ("Qaqortoq Fiskefabrik A/S", "Postboks 120, 3920 Qaqortoq")]
GL_WORK = [
    ("Snerydning, hjullæsser Volvo L90 med sneplov", "timer", 10, 80, "1150.00", "1650.00"),
    ("Snerydning, traktor med fejekost", "timer", 5, 40, "750.00", "1050.00"),
    ("Bortkørsel af sne, lastbil 3-akslet", "timer", 5, 40, "900.00", "1300.00"),
    ("Gruskørsel og glatførebekæmpelse, lastbil med spreder", "timer", 3, 20, "950.00", "1350.00"),
    ("Grus 0-8 mm til glatførebekæmpelse", "ton", 2, 20, "450.00", "750.00"),
    ("Håndskovling af trapper og indgange", "timer", 4, 30, "480.00", "620.00"),
    ("Udkald uden for normal arbejdstid", "stk.", 1, 6, "850.00", "1500.00"),
]
GL_PLACES = ["Qinngorput, blok 14-18", "Nuussuaq, Eqalugalinnguit", "Havneområdet, kaj 2", "Hotellets parkeringsplads og tilkørsel", "Fabrikkens læsserampe", "Radiofjeldet, vej til mast"]


@style("04", "gl_snerydning_maskintimer")
def s04(rng, i):
    vname, vaddr, color = GL_V[i]
    bname, baddr = GL_B[i]
    y_ = rng.choice([2025, 2026])
    m_ = rng.choice([1, 2, 3, 4, 5, 12])
    d = dt.date(y_, m_, rng.randint(6 if (y_, m_) == (2025, 1) else 1, 12))
    month = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for desc, unit, qlo, qhi, lo, hi in [GL_WORK[0]] + rng.sample(GL_WORK[1:], rng.randint(2, 4)):
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if unit == "timer" else D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("5"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    total = sum(it["amount"] for it in items)
    cvr = valid(rng, lambda: digits(rng, 8, True), _cvr.is_valid)
    b_cvr = valid(rng, lambda: digits(rng, 8, True), _cvr.is_valid)
    no = [f"{rng.randint(10000, 29999)}", f"{d.year}{rng.randint(1000, 9999)}", f"F-{rng.randint(1000, 9999)}", f"{rng.randint(300, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day}. {MONTHS['da'][x.month - 1]} {x.year}", lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=[30, 0, 8, 0][i]) if i in (0, 2) else None
    term = ["", "Netto 14 dage", "", "Løbende måned + 30 dage"][i]
    po = [None, f"{d.year}-{rng.randint(100, 999):04d}", None, f"{rng.randint(40000, 49999)}"][i]
    cust = f"{rng.randint(1000, 1999)}"
    aconto = q2((D(rng.randint(30, 60)) * total / 100) // 100 * 100) if i == 2 else None
    two = i == 1
    money = de
    gl_iban = valid(rng, lambda: iban("GL", "6471" + digits(rng, 10)), _iban.is_valid)
    log = []
    for it in items:
        if it["unit"] == "timer":
            left = it["qty"]
            while left > 0:
                h = min(left, D(rng.randint(4, 20)) / 2)
                log.append((month.replace(day=rng.randint(1, month.day)), it["desc"].split(",")[1].strip() if "," in it["desc"] else it["desc"], rng.choice(["Hans", "Aqqaluk", "Niels", "Malik", "Ole", "Nuka"]), h, rng.choice(GL_PLACES)))
                left -= h
    log.sort(key=lambda r: r[0])

    def header(pdf, page, pages):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 6, 297, "F")
        txt(pdf, 15, 14, vname, 15, "B", color=color)
        txt(pdf, 15, 21, vaddr + " · Kalaallit Nunaat", 7.8)
        txt(pdf, 15, 25, f"Tlf. +299 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} · CVR-nr. {cvr}", 7.8)
        txt(pdf, 150, 14, "FAKTURA", 16, "B", align="R", w=45)
        txt(pdf, 150, 21, f"Side {page} af {pages}", 7.4, align="R", w=45, color=(100, 100, 100))

    def render(path):
        pdf = new_fpdf(creator="e-conomic")
        pdf.add_page()
        header(pdf, 1, 2 if two else 1)
        txt(pdf, 15, 38, bname, 9, "B")
        txt(pdf, 15, 42.5, baddr, 8)
        txt(pdf, 15, 47, f"CVR-nr. {b_cvr}", 8)
        kv = [("Fakturanr.", no), ("Fakturadato", fd(d)), ("Kundenr.", cust)]
        if po:
            kv.append(("Rekvisitionsnr.", po))
        if due:
            kv.append(("Forfaldsdato", fd(due)))
        y = 38
        for a, b in kv:
            txt(pdf, 130, y, a, 8)
            txt(pdf, 160, y, b, 8, "B", align="R", w=35)
            y += 4.6
        y = max(y, 52) + 6
        txt(pdf, 15, y, f"Snerydning og glatførebekæmpelse, {MONTHS['da'][month.month - 1]} {month.year}", 10, "B")
        txt(pdf, 15, y + 5, f"Ifølge vinteraftale af {fd(d.replace(year=d.year - 1, day=1))} · Sted: {rng.choice(GL_PLACES)}", 7.6, color=(90, 90, 90))
        rows = [[it["desc"], de(it["qty"], 1) if it["qty"] % 1 else de(it["qty"], 0), it["unit"], money(it["price"]), money(it["amount"])] for it in items]
        y = table(pdf, 15, y + 11, [("Beskrivelse", 92, "L"), ("Antal", 18, "R"), ("Enhed", 16, "L"), ("Pris kr.", 24, "R"), ("Beløb kr.", 30, "R")], rows, size=7.8, rowh=6.2, header_fill=(236, 240, 244), line_color=(200, 200, 200))
        y += 4
        txt(pdf, 120, y, "I alt DKK", 10, "B")
        txt(pdf, 160, y, money(total), 10, "B", align="R", w=35)
        pdf.set_draw_color(*color)
        pdf.line(120, y + 6, 195, y + 6)
        pdf.line(120, y + 7, 195, y + 7)
        y += 10
        txt(pdf, 15, y - 9, "Der beregnes ikke moms i Grønland.", 7.6, "I", color=(90, 90, 90))
        if aconto:
            txt(pdf, 120, y, f"Betalt a conto {(d - dt.timedelta(days=rng.randint(15, 40))).strftime('%d.%m.%Y')}", 7.8)
            txt(pdf, 160, y, "-" + money(aconto), 7.8, align="R", w=35)
            txt(pdf, 120, y + 4.5, "Restbeløb til betaling", 7.8)
            txt(pdf, 160, y + 4.5, money(total - aconto), 7.8, align="R", w=35)
            y += 10
        if i == 3:
            txt(pdf, 15, y + 2, "Timeseddel (uddrag)", 8, "B")
            for k, (a, b, c, h, e) in enumerate(log[:6]):
                txt(pdf, 15, y + 7 + k * 4, f"{a.strftime('%d.%m.')}  {b}  ·  {c}  ·  {de(h, 1)} t  ·  {e}", 7.2)
            y += 8 + 4 * min(len(log), 6)
        y += 4
        y = para(pdf, 15, y, 180, (f"Betalingsbetingelser: {term}. " if term else "Betalingsbetingelser: netto 30 dage. " if due and i == 0 else "") + f"Beløbet bedes indbetalt på GrønlandsBANKEN, reg.nr. 6471 kontonr. {gl_iban[8:]}, IBAN {iban_fmt(gl_iban)}, BIC GRENGLGX. Husk at anføre fakturanummer ved betaling. Ved for sen betaling beregnes rente 0,8 % pr. påbegyndt måned.", 7.8)
        txt(pdf, 15, y + 6, "Qujanaq - tak for samarbejdet!", 9, "I", color=color)
        txt(pdf, 15, 285, f"{vname} · {vaddr} · CVR-nr. {cvr} · IBAN {iban_fmt(gl_iban)}", 6.6, color=(110, 110, 110))
        if two:
            pdf.add_page()
            header(pdf, 2, 2)
            txt(pdf, 15, 36, f"Kørselsrapport {MONTHS['da'][month.month - 1]} {month.year} - bilag til faktura {no}", 10, "B")
            rows = [[a.strftime("%d.%m.%Y"), b, c, de(h, 1), e] for a, b, c, h, e in log]
            table(pdf, 15, 43, [("Dato", 24, "L"), ("Maskine / opgave", 64, "L"), ("Fører", 22, "L"), ("Timer", 16, "R"), ("Sted", 54, "L")], rows, size=7.2, rowh=5.4, header_fill=(236, 240, 244), line_color=(200, 200, 200))
            txt(pdf, 15, 285, f"{vname} · CVR-nr. {cvr}", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Greenlandic contractor's FAKTURA in Danish: vendor = the company name (ApS/A/S) at the top; vendor tax id = the 'CVR-nr.' (8 digits, valid under python-stdnum's dk.cvr modulus 11; Greenlandic companies are in the CVR register); the customer's CVR-nr., the customer number, the bank account and the GL IBAN are decoys. "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (" + ["dd.mm.yyyy", "dd-mm-yyyy", "'12. marts 2026'", "yyyy-mm-dd"][i] + "); the winter agreement date, the month of work and the log dates are decoys. "
        + ("due = 'Forfaldsdato'. " if due else f"'Betalingsbetingelser: {term}' is a term: no due date (null). ")
        + (f"PO = 'Rekvisitionsnr.' {po}. " if po else "No PO. ")
        + "No VAT in Greenland ('Der beregnes ikke moms i Grønland'): subtotal and tax null; total = 'I alt DKK'"
        + ("; 'Betalt a conto' and 'Restbeløb til betaling' are decoys" if aconto else "")
        + ("; two pages: page 2 is the machine log (hours per day, decoy, not lines)" if two else "") + ("; the time-sheet extract under the total is a decoy" if i == 3 else "")
        + ". Currency DKK ('kr.', 'DKK'). Amounts '1.234,56'. Line items: every row (amount = 'Beløb kr.'; quantity 'Antal': hours with one decimal when a half hour, tons, call-outs)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=cvr, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="DKK", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "CVR-nr. " + cvr, no, po, vname, "DKK"], render


# =========================================================================== 05 Guinea-Bissau cashew stevedoring (NIF, IVA 19 %, F CFA whole francs, container list)
GW_V = [
    ("Bissau Estiva e Armazéns, Lda.", "Avenida do Porto, Cais do Pidjiquiti, Bissau", (0, 90, 70)),
    ("SOMACAJU - Manuseamento de Caju, SA", "Estrada de Safim, Bairro de Bandim, Bissau", (140, 70, 0)),
    ("Armazéns Geba Logística, Lda.", "Zona Industrial de Brá, Bissau", (20, 60, 120)),
    ("Caju Cargo Services, SARL", "Avenida Francisco Mendes, Bissau", (110, 30, 60)),
]
GW_B = [("Exportadora de Castanha de Caju Bafatá, Lda.", "Rua Eduardo Mondlane, Bissau"), ("Gabú Trading Company, SA", "Avenida Amílcar Cabral, Bissau"),
        ("Bolama Agro-Export, Lda.", "Bairro de Ajuda, Bissau"), ("Cacheu Commodities, SARL", "Rua Guerra Mendes, Bissau")]
GW_WORK = [  # description, unit, quantity per container (low, high), price range
    ("Descarga de camiões e empilhamento (sacos de 80 kg)", "saco", 325, 340, 75, 150),
    ("Pesagem, amostragem e teste KOR (outturn) por lote", "lote", 0.3, 0.6, 15000, 35000),
    ("Fumigação com fosfina sob lona", "t", 26, 27, 1500, 3000),
    ("Armazenagem em armazém coberto", "t/semana", 26, 104, 300, 700),
    ("Costura, marcação e substituição de sacos", "saco", 20, 120, 50, 120),
    ("Transporte armazém - porto (camião 30 t)", "viagem", 1, 1, 60000, 120000),
]
GW_BANKS = [("BAO - Banco da África Ocidental", "GW041"), ("Ecobank Guiné-Bissau", "GW043"), ("Orabank Guiné-Bissau", "GW044"), ("BDU - Banco da União", "GW042")]


@style("05", "gw_fatura_estiva_caju")
def s05(rng, i):
    vname, vaddr, color = GW_V[i]
    bname, baddr = GW_B[i]
    d = rand_date(rng)
    ctn = rng.randint(2, 18)
    items = [{"desc": "Estufagem de contentor 40' HC (sacos de 80 kg, 26 t)", "unit": "contentor", "qty": D(ctn), "price": D(rng.randint(90, 170) * 500)}]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(GW_WORK, rng.randint(2, 4)):
        q = max(1, int(ctn * qlo + rng.random() * ctn * (qhi - qlo)))
        items.append({"desc": desc, "unit": unit, "qty": D(q), "price": D(rng.randint(lo, hi)) if hi < 5000 else D(rng.randint(lo // 500, hi // 500) * 500)})
    for it in items:
        it["amount"] = it["qty"] * it["price"]
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    nif = digits(rng, 9, True)
    b_nif = digits(rng, 9, True)
    no = [f"FT {d.year}/{rng.randint(100, 999)}", f"FT A/{rng.randint(1000, 4999)}", f"FT AGL{d.strftime('%y')}/{rng.randint(10, 999):04d}", f"CCS-F-{rng.randint(100, 999)}/{d.year}"][i]
    fd = [pt_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[15, 0, 30, 0][i]) if i in (0, 2) else None
    term = ["", "Pagamento a 30 dias", "", "Pronto pagamento"][i]
    po = [None, f"{rng.randint(100, 999):04d}", None, f"NE-{d.year}-{rng.randint(10, 99)}"][i]
    adv = q0(total * D(rng.choice([25, 40])) / 100) if i == 2 else None
    money = (lambda x: de(x, 0)) if i in (0, 2) else (lambda x: sp(x, 0))
    bank, bcode = rng.choice(GW_BANKS)
    guichet, compte = digits(rng, 5), digits(rng, 12)
    rib = f"{bcode} {guichet} {compte} {rib_key(bcode, guichet, compte)}"
    navio = rng.choice(["MSC Abidjan", "Maersk Bissagos", "CMA CGM Cacheu", "Grande Tema", "Nordic Bijagós"])
    conts = [(valid(rng, lambda: (lambda b: b + str(_iso6346.calc_check_digit(b)))(rng.choice(["MSCU", "MRKU", "CMAU", "TGHU", "SEGU"]) + digits(rng, 6)), _iso6346.is_valid), f"{rng.randint(100000, 999999)}", 325, 325 * 80 + rng.randint(200, 600)) for _ in range(min(ctn, 8))]
    show_conts = i in (1, 3)

    def render(path):
        pdf = new_fpdf(creator="PHC CS Gestão")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(15, 33, 195, 33)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 12, vname, 13.5, "B", color=color)
        txt(pdf, 15, 18.5, "Estiva · armazenagem · fumigação · estufagem de contentores", 7.8)
        txt(pdf, 15, 22.5, vaddr + " · República da Guiné-Bissau", 7.6)
        txt(pdf, 15, 26.5, f"NIF: {nif} · Alvará n.º {rng.randint(100, 999)}/{rng.randint(2012, 2021)} · Tel. +245 95 {digits(rng, 3)} {digits(rng, 4)}", 7.6)
        txt(pdf, 140, 12, "FATURA", 18, "B", align="R", w=55, color=color)
        txt(pdf, 140, 20, "Original", 7.4, align="R", w=55, color=(110, 110, 110))
        pdf.set_draw_color(140, 140, 140)
        pdf.rect(15, 38, 90, 26)
        txt(pdf, 17, 39.5, "Exmo.(s) Senhor(es)", 7, color=(110, 110, 110))
        txt(pdf, 17, 43.5, bname, 8.2, "B")
        txt(pdf, 17, 48, baddr, 7.6)
        txt(pdf, 17, 52.5, f"NIF: {b_nif}", 7.6)
        txt(pdf, 17, 57, f"Campanha de comercialização da castanha de caju {d.year}", 7.2)
        kv = [("Fatura n.º", no), ("Data", fd(d))]
        if po:
            kv.append(("Requisição n.º" if i == 1 else "Nota de encomenda n.º", po))
        kv.append(("Data de vencimento", fd(due)) if due else ("Condições de pagamento", term))
        kv.append(("Navio / viagem", f"{navio} / {rng.randint(100, 999)}{rng.choice('NSEW')}"))
        y = 38
        for a, b in kv:
            pdf.rect(110, y, 40, 6)
            pdf.rect(150, y, 45, 6)
            txt(pdf, 111, y + 1, a, 7.2)
            txt(pdf, 151, y + 1, b, 7.4, "B", align="R", w=43)
            y += 6
        y = max(y, 64) + 6
        rows = [[str(k + 1), wrap(it["desc"], 50), it["unit"], money(it["qty"]), money(it["price"]), "19%", money(it["amount"])] for k, it in enumerate(items)]
        cols = [("N.º", 9, "C"), ("Descrição", 80, "L"), ("Unid.", 18, "C"), ("Qtd.", 16, "R"), ("Preço unit.", 20, "R"), ("IVA", 11, "C"), ("Valor (F CFA)", 26, "R")]
        y0 = y
        y = table(pdf, 15, y, cols, rows, size=7.4, rowh=6, header_fill=(235, 240, 238), line_color=(120, 120, 120))
        x = 15
        for _t, w, _a in cols[:-1]:
            x += w
            pdf.line(x, y0, x, y)
        pdf.rect(15, y0, 180, y - y0)
        y += 3
        tots = [("Total ilíquido", money(net), False), ("IVA 19%", money(tax), False), ("Total a pagar (F CFA)", money(total), True)]
        for k, (a, b, bold) in enumerate(tots):
            pdf.rect(125, y + k * 6, 40, 6)
            pdf.rect(165, y + k * 6, 30, 6)
            txt(pdf, 126, y + 1 + k * 6, a, 7.8 if not bold else 8.2, "B" if bold else "")
            txt(pdf, 166, y + 1 + k * 6, b, 7.8 if not bold else 8.2, "B" if bold else "", align="R", w=28)
        txt(pdf, 15, y + 1, "Quadro resumo do IVA", 7.4, "B")
        txt(pdf, 15, y + 5.5, f"Taxa 19%   Incidência {money(net)}   IVA {money(tax)}", 7.2)
        y += 20
        if adv:
            txt(pdf, 125, y, "Adiantamento recebido", 7.6, "I")
            txt(pdf, 165, y, money(adv), 7.6, "I", align="R", w=28)
            txt(pdf, 125, y + 4.5, "Saldo a pagar", 7.6, "I")
            txt(pdf, 165, y + 4.5, money(total - adv), 7.6, "I", align="R", w=28)
            y += 10
        y = para(pdf, 15, y, 180, f"Importa a presente fatura em {pt_words(int(total))} francos CFA.", 7.8, "I")
        if show_conts:
            txt(pdf, 15, y + 3, "Contentores estufados", 8, "B", color=color)
            rows = [[c, s_, str(b), de(kg, 0)] for c, s_, b, kg in conts]
            y = table(pdf, 15, y + 8, [("Contentor", 36, "L"), ("Selo", 26, "L"), ("Sacos", 18, "R"), ("Peso bruto (kg)", 30, "R")], rows, size=7, rowh=5, line_color=(170, 170, 170))
        y = para(pdf, 15, y + 4, 180, (f"{term}. " if term else "") + f"Pagamento por transferência bancária: {bank}, RIB {rib}, a favor de {vname}", 7.6)
        txt(pdf, 15, y + 4, "Processado por computador. IVA liquidado nos termos do Código do IVA (Lei n.º 4/2022).", 6.8, color=(100, 100, 100))
        txt(pdf, 140, y + 12, "O Gerente", 8, "B")
        txt(pdf, 0, 287, f"{vname} · NIF {nif} · Bissau", 6.6, align="C", w=210, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Bissau-Guinean stevedoring company's FATURA in Portuguese: vendor = the company name (Lda./SA/SARL) at the top; vendor tax id = 'NIF' (9 digits, no public checksum: random); the licence ('Alvará'), the client's NIF, the vessel and voyage, the container and seal numbers and the RIB are decoys. "
        "invoice_number = 'Fatura n.º'; invoice_date = 'Data' (" + ["'12 de março de 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "). "
        + ("due = 'Data de vencimento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = '{'Requisição n.º' if i == 1 else 'Nota de encomenda n.º'}' {po}. " if po else "No PO. ")
        + "subtotal = 'Total ilíquido'; tax = 'IVA 19%' (the VAT that replaced the IGV on 1 January 2025; rounded to the franc); total = 'Total a pagar (F CFA)'; the VAT summary box repeats the subtotal and tax and the amount in words repeats the total"
        + ("; 'Adiantamento recebido' and 'Saldo a pagar' are decoys" if adv else "") + ("; the container list is a decoy (not lines)" if show_conts else "")
        + ". Currency XOF ('F CFA'), whole francs " + ("'1.234.567'" if i in (0, 2) else "'1 234 567'") + ". Line items: every numbered row (amount = 'Valor (F CFA)'; quantity 'Qtd.': containers, bags, lots, tonnes, tonne-weeks, trips)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF: " + nif, no, po, vname, "F CFA"], render
