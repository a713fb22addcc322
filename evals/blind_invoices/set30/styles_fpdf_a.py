"""fpdf2 styles for set 30, first part (06 Sardinian food producer's FATURA in Sardinian (LSC) over two pages with the
rows grouped by delivery note, IVA 4 % on cheese, bread and oil, 10 % on honey and bottarga and 22 % on wine, a
IVA summary and the totals on page 2, 07 Kashubian regional shop's FAKTURA VAT in Kashubian with a per-row discount,
a striped table without rules, VAT 5, 8 and 23 % and a summary per rate, 08 Aosta Valley joinery's FACTURE in French
with IVA 22 %, the totals at the left, the total in French words, a deposit deducted below it and the SdI courtesy
copy note)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import sc_date
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, fr_date, kv, lines, para, po_note, totals, truth, valid_id, wrap
from kit_words import fr_words
from stdnum.it import iva
from stdnum.pl import nip

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Sardinian food producer (IVA 4/10/22 %, EUR), two pages
SC_V = [
    ("Cooperativa Pastores de Orgòsolo", "Via Gramsci 14", "08027 Orgòsolo (NU)", (120, 53, 15)),
    ("Sos Sabores de Nùgoro S.r.l.", "Via Lamarmora 71", "08100 Nùgoro (NU)", (22, 101, 52)),
    ("Terras de Logudoro S.r.l.", "Via Roma 233", "07100 Tàtari (SS)", (30, 64, 175)),
    ("Su Laccu de Aristanis S.a.s.", "Via Cagliari 19", "09170 Aristanis (OR)", (127, 29, 29)),
]
SC_B = [
    ("Butega Sarda de Sant'Efis", "Via Sulis 8", "09124 Casteddu (CA)"),
    ("Ristorante Su Barchile", "Via Mannu 5", "08028 Orosei (NU)"),
    ("Enoteca Sa Ruta S.n.c.", "Corso Umberto 40", "07026 Terranoa (SS)"),
    ("Supermercadu Sa Posada", "Via Nazionale 2", "08020 Posada (NU)"),
]
SC_ROWS = [
    ("Pecorinu sardu DOP", "kg", 6, 40, 13, 19, 4),
    ("Fiore sardu DOP", "kg", 3, 20, 16, 24, 4),
    ("Pane carasau (pachete 500 g)", "pz", 10, 80, 2.4, 4.2, 4),
    ("Ozu de olia extra vèrgine 1 l", "pz", 6, 48, 9, 15, 4),
    ("Mele de mudregu 500 g", "pz", 6, 36, 7, 12, 10),
    ("Butàriga de muzzone 100 g", "pz", 4, 24, 11, 19, 10),
    ("Cannonau de Sardigna DOC 75 cl", "pz", 6, 60, 7, 16, 22),
    ("Vermentinu de Gaddura DOCG 75 cl", "pz", 6, 60, 8, 18, 22),
    ("Murta ruja 70 cl", "pz", 6, 36, 11, 19, 22),
    ("Cassita de regalu in cartone", "pz", 5, 30, 2.5, 6, 22),
]


@style("06", "it_sar_nuoro_fatura_sardu_iva_22_10_4")
def s06(rng, i):
    vname, vstreet, vcity, color = SC_V[i]
    bname, bstreet, bcity = SC_B[i]
    d = rand_date(rng)
    groups = []
    for g in range(rng.randint(3, 4)):
        gd = d - dt.timedelta(days=7 * (4 - g) + rng.randint(0, 3))
        groups.append((f"{rng.randint(100, 999)}", gd, lines(rng, SC_ROWS, rng.randint(3, 6), D("0.05"))))
    items = [x for _g, _gd, xs in groups for x in xs]
    base = {r: sum(x["amount"] for x in items if x["extra"] == r) for r in (4, 10, 22)}
    vat = {r: q2(base[r] * r / 100) for r in base}
    net = sum(base.values())
    tax = sum(vat.values())
    total = net + tax
    p = valid_id(rng, 11, iva.is_valid, prefix="0")
    piva = "IT" + p
    no = [f"{rng.randint(10, 299)}/{d.year}", f"FT{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}", f"{d.year}/{rng.randint(100, 999)}/A"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), sc_date, lambda x: x.strftime("%d/%m/%Y"), sc_date][i]
    sd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), None][i]
    term = ["", "Pagamentu: remissa direta a sa cunsigna", "", "Pagamentu: RiBa a 30 dies fine mese"][i]
    po = [None, f"{rng.randint(100, 999)}", f"ORD-{rng.randint(1000, 9999)}", None][i]
    po_label = "Òrdine nr."
    m = de
    rows = []
    for dn, gd, xs in groups:
        rows.append(("G", f"DDT nr. {dn} de {sd(gd)}"))
        rows += [("R", x) for x in xs]

    rea = f"NU-{rng.randint(10000, 99999)}"
    sdi = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ0123456789") for _ in range(7))

    def head(pdf, page):
        txt(pdf, 15, 12, vname, 13.5, "B", color=color)
        txt(pdf, 15, 18.5, f"{vstreet} · {vcity}", 8.4)
        txt(pdf, 15, 22.8, f"Partida IVA {piva} · Còdighe fiscale {p} · REA {rea}", 7.8, color=(90, 90, 90))
        txt(pdf, 150, 12, "FATURA", 16, "B", align="R", w=45)
        txt(pdf, 150, 19, f"Pàgina {page} de 2", 8, align="R", w=45, color=(90, 90, 90))

    def render(path):
        pdf = new_fpdf(creator="Danea Easyfatt")
        pdf.add_page()
        head(pdf, 1)
        txt(pdf, 15, 33, "Cliente", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 37.5, bname, 9.8, "B")
        txt(pdf, 15, 42.5, f"{bstreet}, {bcity}", 8.4)
        txt(pdf, 15, 47, f"Còdighe cliente {rng.randint(100, 999)} · Còdighe SDI {sdi}", 7.8, color=(90, 90, 90))
        kv(pdf, 120, 33, [("Nùmeru", no), ("Data", fd(d)), (po_label, po), ("Iscadèntzia", fd(due) if due else None)], wl=28, wv=47, size=8.4)
        cols = [("Descritzione", 88, "L"), ("U.M.", 12, "C"), ("Cantidade", 20, "R"), ("Prètziu", 20, "R"), ("IVA %", 14, "R"), ("Importu", 26, "R")]
        y = 60
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(15, y, 180, 6.2, "F")
        cx = 15
        for t_, w, al in cols:
            txt(pdf, cx + 1, y + 1.2, t_, 8, "B", align=al, w=w - 2)
            cx += w
        y += 7.5
        page = 1
        for kind, x in rows:
            if y > 268 and page == 1:
                txt(pdf, 15, 276, "Sighit in pàgina 2", 8, "I", color=(90, 90, 90))
                pdf.add_page()
                head(pdf, 2)
                page = 2
                y = 34
            if kind == "G":
                txt(pdf, 16, y, x, 8, "B", color=color)
            else:
                vals = [x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), str(x["extra"]), m(x["amount"])]
                cx = 15
                for (_t, w, al), v in zip(cols, vals, strict=True):
                    txt(pdf, cx + 1, y, v, 8, align=al, w=w - 2)
                    cx += w
            y += 5
        if page == 1:
            txt(pdf, 15, 276, "Sighit in pàgina 2", 8, "I", color=(90, 90, 90))
            pdf.add_page()
            head(pdf, 2)
            y = 34
        y += 6
        txt(pdf, 15, y, "Riepilogu IVA", 9, "B")
        y = table(pdf, 15, y + 5, [("Aliquota", 30, "L"), ("Imponìbile", 35, "R"), ("Impostu", 35, "R")], [[f"{r} %", m(base[r]), m(vat[r])] for r in (4, 10, 22) if base[r]], size=8.2, rowh=5.6, line_color=(200, 200, 200))
        y2 = totals(pdf, 115, y + 8, [("Totale imponìbile", m(net), False), ("Totale IVA", m(tax), False), ("Totale de sa fatura €", m(total), True)], wl=50, wv=30, size=9, line=color)
        y = para(pdf, 15, y2 + 8, 180, (f"Pagamentu: bonìficu bancàriu intro de su {fd(due)}." if due else term + ".") + f" IBAN {iban_fmt(iban('IT', rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 10) + digits(rng, 12)))} - Banco di Sardegna.", 8.2, h=4.2)
        para(pdf, 15, y + 3, 180, "Còpia de cortesia: sa fatura eletrònica est istada imbiada a su Sistema de Interscàmbiu (SdI). Contributu CONAI pagadu ue tocat.", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Orgòsolo / Nùgoro / Tàtari / Aristanis (Sardinia) food producer's FATURA in Sardinian (LSC spelling) over two pages ('Pàgina 1 de 2'), in euros ('1.234,50'), the rows grouped under delivery notes ('DDT nr. ... de dd/mm/yyyy'), IVA 4 % on cheese, bread and olive oil, 10 % on honey and bottarga, 22 % on wine, myrtle liqueur and gift boxes, a IVA summary ('Riepilogu IVA') and the totals on page 2: vendor = the name at the top; vendor_tax_id = 'Partida IVA' as printed (IT + 11 digits; the còdighe fiscale, the REA and the SDI code are decoys). "
        "invoice_number = 'Nùmeru'; invoice_date = 'Data' ("
        + ["dd/mm/yyyy", "Sardinian words ('12 de martzu 2026')", "dd/mm/yyyy", "Sardinian words"][i]
        + "); the delivery note numbers and dates are decoys. "
        + due_note(due, term, "Iscadèntzia")
        + po_note(po, po_label)
        + "The customer code is no PO. subtotal = 'Totale imponìbile'; tax = 'Totale IVA'; total = 'Totale de sa fatura €'. Currency EUR. Line items: every article row (net), not the delivery-note headings."
    )
    t = truth(vname, piva, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, piva, "Totale de sa fatura €"], render


# =========================================================================== 07 Kashubian regional shop (VAT 5/8/23 %, PLN), per-row discount, striped table
CSB_V = [
    ("Kaszëbskô Chëcz Sp. z o.o.", "ul. Klasztorna 6", "83-300 Kartuzë", (21, 94, 117)),
    ("Gbùrskô Spiżarniô Józef Formela", "ul. Kościerska 12", "83-400 Kòscérzëna", (146, 64, 14)),
    ("Pùcczi Rëbny Stragan s.c.", "ul. Morskô 3", "84-100 Pùck", (30, 64, 175)),
    ("Wejrowskô Remiosłowô Kòmòra", "ul. Sobieskiégò 21", "84-200 Wejrowò", (22, 101, 52)),
]
CSB_B = [
    ("Hotel Kaszëbë Sp. z o.o.", "ul. Gdańskô 30, 83-330 Żukòwò", "5891"),
    ("Agroturistika Pòd Dãbã", "Chmielno 14, 83-333 Chmielno", "5892"),
    ("Mùzeùm Kaszëbsczé - sklep", "ul. Kościerska 1, 83-300 Kartuzë", "5890"),
    ("Restauracjô Gdowskô Chëcz", "ul. Wiejskô 2, 84-100 Pùck", "5871"),
]
CSB_ROWS = [
    ("Wãdzonô makrela", "kg", 2, 20, 28, 46, 5),
    ("Chléb kaszëbsczi (800 g)", "szt.", 10, 60, 7, 12, 5),
    ("Truskawczi z Kaszëb (2 kg)", "szt.", 5, 40, 18, 32, 5),
    ("Nocleg w agroturistice (òsoba)", "noc", 2, 20, 95, 160, 8),
    ("Òbiôd regionalny (zestôw)", "szt.", 5, 40, 38, 65, 8),
    ("Tabaka kaszëbskô (10 g)", "szt.", 10, 60, 9, 16, 23),
    ("Wësziwk kaszëbsczi - serwetka 40 x 40", "szt.", 2, 20, 45, 120, 23),
    ("Keramika z Chmielna - zdzbónk", "szt.", 2, 24, 35, 90, 23),
]


@style("07", "pl_kaszebe_faktura_vat_23_8_5_rabat")
def s07(rng, i):
    vname, vstreet, vcity, color = CSB_V[i]
    bname, baddr, bpre = CSB_B[i]
    d = rand_date(rng)
    items = lines(rng, CSB_ROWS, rng.randint(4, 7), D("0.5"))
    for x in items:
        x["gross"] = x["amount"]
        x["disc"] = rng.choice([0, 0, 5, 10, 15])
        x["amount"] = q2(x["gross"] * (100 - x["disc"]) / 100)
    base = {r: sum(x["amount"] for x in items if x["extra"] == r) for r in (5, 8, 23)}
    vat = {r: q2(base[r] * r / 100) for r in base}
    net = sum(base.values())
    tax = sum(vat.values())
    total = net + tax
    n = valid_id(rng, 10, nip.is_valid, prefix=str(rng.choice([589, 588, 587])))
    nip_s = f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"
    bn = valid_id(rng, 10, nip.is_valid, prefix=bpre)
    no = [f"FV/{rng.randint(1, 300)}/{d.month:02d}/{d.year}", f"{rng.randint(1, 999)}/{d.year}", f"FV {rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(10, 99)}/{d.month:02d}/{d.year}/K"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = [d + dt.timedelta(days=14), d + dt.timedelta(days=7), None, d + dt.timedelta(days=30)][i]
    term = ["", "", "Płacënk gòtówką", ""][i]
    po = [f"ZAM/{rng.randint(10, 99)}/{d.year}", None, None, f"{rng.randint(1000, 9999)}"][i]
    po_label = "Zamówienié nr"
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Subiekt GT")
        pdf.add_page()
        txt(pdf, 15, 12, f"Môl wëstawieniô: {vcity.split(' ', 1)[1]}", 8, color=(90, 90, 90))
        kv(pdf, 120, 12, [("Data wëstawieniô", fd(d)), ("Data sprzedôżë", fd(d - dt.timedelta(days=rng.randint(0, 4)))), ("Termin płacënkù", fd(due) if due else None)], wl=38, wv=37, size=8.2)
        txt(pdf, 15, 32, f"FAKTURA VAT nr {no}", 15, "B", color=color)
        txt(pdf, 15, 40, "oryginał", 7.6, "I", color=(110, 110, 110))
        txt(pdf, 15, 47, "Przedôwca", 7.6, color=(110, 110, 110))
        txt(pdf, 15, 51.5, vname, 9.6, "B")
        txt(pdf, 15, 56.5, f"{vstreet}, {vcity}", 8.4)
        txt(pdf, 15, 61, f"NIP: {nip_s}", 8.4)
        txt(pdf, 110, 47, "Kùpc", 7.6, color=(110, 110, 110))
        txt(pdf, 110, 51.5, bname, 9.6, "B")
        txt(pdf, 110, 56.5, baddr, 8.4)
        txt(pdf, 110, 61, f"NIP: {bn}", 8.4)
        if po:
            txt(pdf, 110, 65.5, f"{po_label}: {po}", 8.4)
        cols = [("Lp.", 8, "L"), ("Miono towaru abò ùsłëdżi", 54, "L"), ("J.m.", 11, "C"), ("Wielëzna", 16, "R"), ("Cena netto", 19, "R"), ("Rabat", 12, "R"), ("Stawka", 16, "R"), ("Wôrtnota netto", 26, "R"), ("Brutto", 20, "R")]
        trs = [[str(k + 1), wrap(x["desc"], 31), x["unit"], qstr(x["qty"]), m(x["price"]), f"{x['disc']}%" if x["disc"] else "—", f"{x['extra']}%", m(x["amount"]), m(x["amount"] + q2(x["amount"] * x["extra"] / 100))] for k, x in enumerate(items)]
        y = table(pdf, 13, 74, cols, trs, size=7.6, rowh=5.6, header_fill=color, header_color=(255, 255, 255), border_bottom=False, zebra=(241, 245, 249))
        spec = [[f"{r}%", m(base[r]), m(vat[r]), m(base[r] + vat[r])] for r in (5, 8, 23) if base[r]]
        spec.append(["Razã", m(net), m(tax), m(total)])
        y = table(pdf, 99, y + 6, [("Stawka", 18, "L"), ("Netto", 28, "R"), ("VAT", 24, "R"), ("Brutto", 28, "R")], spec, size=7.8, rowh=5.4, border_bottom=False, zebra=(241, 245, 249))
        pdf.set_fill_color(*color)
        pdf.rect(99, y + 4, 98, 9, "F")
        txt(pdf, 101, y + 6.2, "Do zapłacënkù:", 10, "B", color=(255, 255, 255))
        txt(pdf, 150, y + 6.2, m(total) + " zł", 10.5, "B", align="R", w=45, color=(255, 255, 255))
        y = para(pdf, 15, y + 20, 180, (f"Spòsób płacënkù: przelew do {fd(due)}." if due else term + ".") + f" Nr kònta: {iban_fmt(iban('PL', digits(rng, 8, True) + digits(rng, 16)))} (Kaszëbsczi Bank Spółdzielczy).", 8, h=4)
        para(pdf, 15, y + 16, 80, "...............................\npòdpis òsobë ùprawnioné do òdbiéraniô", 7, h=3.6, align="C", color=(100, 100, 100))
        para(pdf, 115, y + 16, 80, "...............................\npòdpis òsobë ùprawnioné do wëstawieniô", 7, h=3.6, align="C", color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Kartuzë / Kòscérzëna / Pùck / Wejrowò (Kashubia, Pomerania) regional shop's FAKTURA VAT in Kashubian, in złoty ('1 234,50 zł'), with a per-row discount ('Rabat'), a striped table without rules, VAT 5 % on food, 8 % on lodging and meals and 23 % on snuff, embroidery and ceramics, a summary per rate whose last row ('Razã') gives net, VAT and gross, and the amount to pay in a coloured band: vendor = the 'Przedôwca' name; vendor_tax_id = the seller's NIP as printed ('589-123-45-67'; the buyer's NIP is a decoy). "
        "invoice_number = 'FAKTURA VAT nr'; invoice_date = 'Data wëstawieniô' ("
        + ["dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yyyy", "yyyy-mm-dd"][i]
        + "); the sale date ('Data sprzedôżë') is a decoy. "
        + due_note(due, term, "Termin płacënkù")
        + po_note(po, po_label)
        + "subtotal = the 'Razã' row's net; tax = its VAT; total = its gross, repeated in 'Do zapłacënkù'. Currency PLN. Line items: every row, the amount being 'Wôrtnota netto' after the row's discount (the 'Brutto' column adds the row's VAT)."
    )
    t = truth(vname, nip_s, no, po, d, due, "PLN", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, nip_s, "Do zapłacënkù:"], render


# =========================================================================== 08 Aosta Valley joinery (IVA 22 %, EUR), French, totals at the left, words, deposit
AO_V = [
    ("Menuiserie Bionaz S.n.c.", "Rue Guido Rey 12", "11100 Aoste (AO)", (120, 53, 15)),
    ("Atelier du Bois Savin S.r.l.", "Strada Larzey 4", "11013 Courmayeur (AO)", (22, 101, 52)),
    ("Charpenterie Jeantet S.r.l.", "Rue Bourgeois 33", "11012 Cogne (AO)", (30, 64, 175)),
    ("Poêles et Boiseries Chenal", "Rue Chanoux 51", "11024 Châtillon (AO)", (127, 29, 29)),
]
AO_B = [
    ("Hôtel Bellevue", "Rue Grand Paradis 22, 11012 Cogne (AO)"),
    ("Mme Chantal Ronc", "Frazione Pléod 5, 11010 Saint-Pierre (AO)"),
    ("Refuge Elisabetta S.r.l.", "Val Veny, 11013 Courmayeur (AO)"),
    ("Commune de Fénis", "Place de la Commune 1, 11020 Fénis (AO)"),
]
AO_ROWS = [
    ("Fenêtre en mélèze, double vitrage, 120 x 140", "pièce", 1, 8, 680, 1150),
    ("Porte intérieure en sapin massif", "pièce", 1, 6, 420, 780),
    ("Lambris en pin cembro (m²)", "m²", 8, 60, 48, 85),
    ("Escalier en chêne, sur mesure", "forfait", 1, 1, 3800, 7200),
    ("Pose et main-d'œuvre", "h", 6, 60, 38, 52),
    ("Transport et montage", "forfait", 1, 1, 120, 380),
    ("Traitement anti-insectes du bois", "m²", 10, 80, 6, 14),
]


@style("08", "it_ao_aoste_facture_iva_22_acompte_lettres")
def s08(rng, i):
    vname, vstreet, vcity, color = AO_V[i]
    bname, baddr = AO_B[i]
    d = rand_date(rng)
    items = lines(rng, AO_ROWS, rng.randint(3, 5), D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.22"))
    total = net + tax
    dep = q2(total * D(rng.choice(["0.2", "0.3", "0.4"])))
    bal = total - dep
    p = valid_id(rng, 11, iva.is_valid, prefix="0")
    pi_s = "IT" + p
    no = [f"{rng.randint(1, 200)}/{d.year}", f"{d.year}/{rng.randint(100, 999)}", f"FE{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}-{d.strftime('%y')}"][i]
    fd = [fr_date, lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), d + dt.timedelta(days=30)][i]
    term = ["", "Paiement à réception de la facture", "", ""][i]
    po = [None, f"{rng.randint(100, 999)}", None, f"Dét. {rng.randint(10, 99)}/{d.year}"][i]
    po_label = "Votre commande n°"
    m = lambda x: "€ " + de(x)  # noqa: E731
    e, c = divmod(int(total * 100), 100)
    words = f"euros {fr_words(e)}/{c:02d}"
    quote = f"Devis n° {rng.randint(10, 99)}/{d.year} du {fd(d - dt.timedelta(days=rng.randint(30, 120)))}"

    def render(path):
        pdf = new_fpdf(creator="Fatture in Cloud")
        pdf.add_page()
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(15, 10, 195, 10)
        pdf.set_line_width(0.2)
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        txt(pdf, 15, 21, f"{vstreet} - {vcity}", 8.4)
        txt(pdf, 15, 25.5, f"N° TVA / Partita IVA {pi_s} · Tél. 0165 {digits(rng, 6)}", 8.2, color=(90, 90, 90))
        txt(pdf, 120, 36, "Destinataire", 7.6, color=(110, 110, 110))
        txt(pdf, 120, 40.5, bname, 9.6, "B")
        para(pdf, 120, 45.5, 75, baddr, 8.4, h=4)
        txt(pdf, 15, 36, "FACTURE", 16, "B")
        kv(pdf, 15, 45, [("N°", no), ("Date", fd(d)), (po_label, po), ("Échéance", fd(due) if due else None)], wl=32, wv=40, size=8.4, align="L")
        txt(pdf, 15, 66, quote + f" · Chantier : {rng.choice(['Cogne', 'Aymavilles', 'La Thuile', 'Gressan', 'Nus'])}", 8, color=(90, 90, 90))
        cols = [("Désignation", 92, "L"), ("Unité", 18, "C"), ("Qté", 16, "R"), ("Prix unitaire", 26, "R"), ("Montant", 28, "R")]
        trs = [[wrap(x["desc"], 52), x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 15, 73, cols, trs, size=8.2, rowh=6, header_fill=(243, 244, 246), line_color=(210, 210, 210))
        pdf.set_fill_color(248, 248, 248)
        pdf.rect(15, y + 6, 92, 42, "F")
        yy = totals(pdf, 18, y + 9, [("Total imposable", m(net), False), ("IVA 22 %", m(tax), False), ("Total facture", m(total), True), ("Acompte reçu", "- " + m(dep), False), ("Solde à payer", m(bal), True)], wl=52, wv=34, size=8.8, line=color, step=6.6)
        y = para(pdf, 15, max(yy, y + 48) + 6, 180, f"Montant total en lettres : {words}", 8.4, "B", h=4.2)
        y = para(pdf, 15, y + 3, 180, (f"Paiement par virement avant le {fd(due)}. " if due else term + ". ") + f"IBAN {iban_fmt(iban('IT', rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + digits(rng, 10) + digits(rng, 12)))} - Banca Valdostana.", 8.2, h=4.2)
        para(pdf, 15, y + 3, 180, "Copie de courtoisie : la facture électronique a été transmise par le Système d'échange (SdI) et fait seule foi. Travaux réalisés selon devis accepté.", 7.4, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Aoste / Courmayeur / Cogne / Châtillon (Aosta Valley, Italy) joinery's FACTURE in French, in euros ('€ 1.234,50'), with IVA 22 %, the totals in a tinted box at the LEFT under the items, a deposit received deducted below the invoice total, the total in French words ('euros mille deux cent trente-quatre/50') and the SdI courtesy-copy note: vendor = the name at the top; vendor_tax_id = 'N° TVA / Partita IVA' as printed (IT + 11 digits). "
        "invoice_number = 'N°' under FACTURE; invoice_date = 'Date' ("
        + ["French words ('12 mars 2026')", "dd/mm/yyyy", "French words", "dd/mm/yyyy"][i]
        + "); the quote ('Devis n° ... du ...') and the site are decoys. "
        + due_note(due, term, "Échéance")
        + po_note(po, po_label)
        + "subtotal = 'Total imposable'; tax = 'IVA 22 %'; total = 'Total facture'; 'Acompte reçu' and 'Solde à payer' are decoys. Currency EUR. Line items: every row."
    )
    t = truth(vname, pi_s, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, pi_s, "Total facture", words], render
