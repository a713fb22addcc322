"""fpdf2 styles for set 52, second part (09 Differdange FACTURE or AVOIR in French with the TOTALS boxed at the LEFT
under the table, TVA luxembourgeoise 17 / 8 / 3 % per rate, one of four a credit note with negative amounts; 10 Korçë
FATURË TATIMORE in Albanian where each LABEL ENDS A LINE and its VALUE is on the NEXT, TVSH 20 % and 6 %, lekë with a
euro counter-value and on one a prepayment deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, pct, rand_iban
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, fr_date, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.al import nipt
from stdnum.lu import tva

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Differdange (TVA 17/8/3, EUR), totals left, an avoir
DF_V = [
    ("Ferronnerie Differdange S.à r.l.", "12, rue de l'Usine, L-4571 Differdange", (30, 58, 138)),
    ("Librairie-Papeterie Fousbann S.à r.l.", "45, avenue de la Liberté, L-4602 Niederkorn", (127, 29, 29)),
    ("Chauffage Sanitaire Oberkorn S.A.", "3, rue Pierre Frieden, L-4560 Differdange", (6, 95, 70)),
    ("Traiteur du Bassin Minier S.à r.l.", "88, Grand-Rue, L-4575 Differdange", (113, 63, 18)),
]
DF_B = [("ArcelorMittal Differdange – Achats", "66, rue de Luxembourg, L-4221 Esch-sur-Alzette"), ("Lycée Technique Mathias Adam", "Avenue de l'Europe, L-4802 Lamadelaine"),
        ("Résidence Les Tilleuls, syndic Immo-Sud", "7, rue Émile Mark, L-4620 Differdange"), ("Administration communale de Differdange", "Hôtel de Ville, L-4501 Differdange")]
DF_ROWS = [
    [("Garde-corps acier galvanisé, ml", "ml", 4, 40, "165.00", "260.00", "17"), ("Portail coulissant sur mesure", "pce", 1, 1, "2400.00", "4200.00", "17"), ("Main-d'œuvre soudeur", "h", 4, 40, "62.00", "78.00", "17"), ("Déplacement", "forf.", 1, 2, "35.00", "60.00", "17")],
    [("Manuels scolaires, classe de 7e", "pce", 10, 120, "18.00", "36.00", "3"), ("Dictionnaire français–allemand", "pce", 5, 40, "22.00", "48.00", "3"), ("Cahiers A4, paquet de 10", "paq.", 10, 80, "6.50", "12.00", "17"), ("Calculatrices scientifiques", "pce", 5, 40, "14.00", "29.00", "17")],
    [("Entretien chaudière gaz", "forf.", 1, 4, "140.00", "220.00", "8"), ("Remplacement circulateur", "pce", 1, 3, "260.00", "480.00", "8"), ("Main-d'œuvre installateur", "h", 2, 16, "68.00", "84.00", "8"), ("Vanne thermostatique", "pce", 2, 20, "28.00", "55.00", "8")],
    [("Buffet froid, par personne", "pers.", 20, 150, "22.00", "38.00", "3"), ("Boissons sans alcool", "pce", 20, 200, "2.20", "3.80", "3"), ("Vin crémant, bouteille", "bout.", 5, 40, "12.00", "19.00", "17"), ("Service du personnel", "h", 4, 24, "38.00", "48.00", "17"), ("Location vaisselle", "forf.", 1, 1, "80.00", "220.00", "17")],
]


@style("09", "lu_dif_differdange_facture_tva_17_8_3_totals_left_avoir")
def s09(rng, i):
    vname, vaddr, color = DF_V[i]
    bname, baddr = DF_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, DF_ROWS[i], [3, 4, 2, 5][i], D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = "LU" + valid(rng, lambda: digits(rng, 8, True), lambda s: tva.is_valid("LU" + s))
    bvat = ("LU" + valid(rng, lambda: digits(rng, 8, True), lambda s: tva.is_valid("LU" + s))) if i in (0, 2) else None
    no = [f"F{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"AV{d.year}-{rng.randint(10, 99)}", f"{rng.randint(10000, 99999)}"][i]
    orig = f"F{d.year}-{rng.randint(100, 999)}" if credit else None
    origd = d - dt.timedelta(days=rng.randint(12, 60))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: fr_date(x), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 1, 3) else None
    po = [f"4500{rng.randint(100000, 999999)}", None, None, f"BC {rng.randint(100, 999)}/{d.year}"][i]
    rcs = f"B{rng.randint(100000, 299999)}"
    mat = f"{rng.randint(1990, 2020)}24{digits(rng, 5)}"
    ib = rand_iban(rng, "LU", 16, rng.choice(["001", "002", "014", "019"]))
    title = "AVOIR" if credit else "FACTURE"
    tot_l = "Montant à rembourser" if credit else "Total TTC à payer"

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Luxembourg")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 14, "B", color=color)
        para(pdf, 15, 21, 100, f"{vaddr}\nTél. +352 58 {digits(rng, 2)} {digits(rng, 2)} · RCS Luxembourg {rcs}\nN° TVA : {vid}", 8, h=4)
        txt(pdf, 140, 14, title, 20, "B", align="R", w=55, color=color)
        para(pdf, 120, 40, 75, f"{bname}\n{baddr}" + (f"\nN° TVA client : {bvat}" if bvat else ""), 9, h=4.6)
        kvr = [("N° " + ("d'avoir" if credit else "de facture"), no), ("Date", fd(d)), ("Date de livraison", fd(d - dt.timedelta(days=rng.randint(1, 9))))]
        if due:
            kvr.append(("Échéance", fd(due)))
        if po:
            kvr.append(("Votre commande", po))
        if credit:
            kvr.append(("Réf. facture d'origine", f"{orig} du {fd(origd)}"))
        y = 62
        for k, v in kvr:
            txt(pdf, 15, y, k + " :", 8.6, color=(90, 90, 90))
            txt(pdf, 58, y, v, 8.6, "B")
            y += 4.8
        cols = [("Désignation", 82, "L"), ("Qté", 16, "R"), ("Unité", 14, "L"), ("Prix unit. HT", 26, "R"), ("TVA", 14, "R"), ("Montant HT", 28, "R")]
        rows = [[x["desc"], qstr(x["qty"]).replace(".", ","), x["unit"], de(x["price"]), pct(x["rate"]) + " %", de(x["amount"])] for x in items]
        y = table(pdf, 15, y + 6, cols, rows, size=8.4, rowh=6.2, header_fill=(243, 244, 246), line_color=(200, 200, 200))
        # totals boxed at the LEFT; payment terms on the right
        y0 = y + 6
        trow = [("Total HT", de(net) + " €", False)]
        trow += [(f"TVA {pct(r)} % sur {de(b)}", de(t) + " €", False) for r, b, t in rates]
        if len(rates) > 1:
            trow.append(("Total TVA", de(tax) + " €", False))
        trow.append((tot_l, de(total) + " €", True))
        pdf.set_draw_color(*color)
        pdf.rect(15, y0 - 2, 92, 5.4 * len(trow) + 4)
        y2 = totals(pdf, 18, y0, trow, wl=52, wv=34, size=8.6, line=color)
        msg = (f"Cet avoir annule partiellement la facture {orig} du {fd(origd)} (retour de marchandise). Le montant sera déduit de votre prochain règlement."
               if credit else f"Paiement par virement sur le compte IBAN {group4(ib)} – BIC {rng.choice(['BCEELULL', 'BGLLLULL', 'CCRALULL'])}, en indiquant le n° de facture."
               + ("" if due else " Facture payable à réception."))
        para(pdf, 115, y0, 80, msg + "\nEn cas de retard, intérêts légaux de retard conformément à la loi du 18 avril 2004.", 8, h=4.2)
        txt(pdf, 15, max(y2, y0 + 30) + 8, "Merci de votre confiance.", 8.4, "I")
        txt(pdf, 15, 282, f"{vname} · {vaddr} · RCS {rcs} · Matricule {mat} · TVA {vid}", 6.8, color=(120, 120, 120))
        txt(pdf, 175, 287, "Page 1/1", 6.8, align="R", w=20, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Differdange (Luxembourg) " + ("AVOIR (credit note: every quantity and amount NEGATIVE, referring to an earlier invoice whose number and date are decoys)" if credit else "FACTURE")
        + " in French with the TOTALS boxed at the LEFT under the table, TVA " + " and ".join(pct(r) + " %" for r, _, _ in rates) + " per rate, '1.234,56 €': "
        "vendor = the name at the top; vendor_tax_id = 'N° TVA' (LU...; the RCS number, the matricule, the client's N° TVA and the IBAN are decoys). "
        f"invoice_number = 'N° {'d’avoir' if credit else 'de facture'}'; invoice_date = 'Date' (the delivery date is a decoy). "
        + due_note(due, "payable à réception" if not credit else None, "Échéance")
        + po_note(po, "Votre commande")
        + f"subtotal = 'Total HT'; tax = {'Total TVA' if len(rates) > 1 else 'the TVA row'}; total = '{tot_l}'. Currency EUR ('€'). Line items: every row, HT."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, bvat, tot_l, fd(due) if due else None, orig, rcs]}
    return t, chk, render


# =========================================================================== 10 Korçë (TVSH 20/6, ALL), label at a line's end, value below
KO_V = [
    ("Birra Korça Distribucion sh.p.k.", "Rruga Ismail Qemali, Korçë", (153, 27, 27)),
    ("Hotel Voskopoja Resort sh.p.k.", "Fshati Voskopojë, Korçë", (21, 94, 89)),
    ("Mollë Korça Agro sh.p.k.", "Zona Industriale Maliq–Korçë", (77, 124, 15)),
    ("Mobilieri Morava sh.p.k.", "Bulevardi Republika 41, Korçë", (87, 83, 78)),
]
KO_B = [("Bar-Restorant Liqeni sh.p.k.", "Pogradec", "L"), ("Albania Holidays Travel sh.p.k.", "Tiranë", "K"), ("Supermarketet Big Market sh.a.", "Tiranë", "J"), ("Shkolla 9-vjeçare Naim Frashëri", "Korçë", "K")]
KO_ROWS = [
    [("Birrë Korça 0,5 l, arkë 20 copë", "arkë", 10, 120, "1600.00", "2200.00", "20"), ("Birrë Korça e zezë 0,33 l, arkë 24", "arkë", 5, 60, "1900.00", "2600.00", "20"), ("Fuçi 30 l", "copë", 2, 20, "6500.00", "9000.00", "20"), ("Transport", "udhëtim", 1, 2, "3000.00", "6000.00", "20")],
    [("Akomodim dhomë dyshe", "natë", 2, 30, "5500.00", "9500.00", "6"), ("Mëngjes", "person", 4, 60, "600.00", "1000.00", "6"), ("Darkë grupi", "person", 4, 40, "1500.00", "2800.00", "20"), ("Sallë konferencash", "ditë", 1, 3, "12000.00", "25000.00", "20")],
    [("Mollë Starking, kategoria I", "kg", 500, 8000, "55.00", "90.00", "20"), ("Mollë Golden, kategoria I", "kg", 500, 6000, "50.00", "85.00", "20"), ("Arka plastike, qira", "copë", 50, 400, "30.00", "60.00", "20"), ("Ruajtje në frigorifer", "ton/muaj", 1, 20, "2500.00", "4200.00", "20")],
    [("Bankë shkolle dyshe me karrige", "copë", 10, 60, "9500.00", "14500.00", "20"), ("Tavolinë mësuesi", "copë", 1, 10, "12000.00", "19000.00", "20"), ("Dollap librash", "copë", 1, 8, "18000.00", "28000.00", "20"), ("Montim", "orë", 2, 20, "900.00", "1500.00", "20")],
]


@style("10", "al_kor_korce_fature_tvsh_20_6_label_line_end_eur")
def s10(rng, i):
    vname, vaddr, color = KO_V[i]
    bname, bcity, bl = KO_B[i]
    d = rand_date(rng)
    items = lines(rng, KO_ROWS[i], [3, 4, 2, 4][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: rng.choice("KLM") + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPRSTUVW"), nipt.is_valid)
    bnipt = valid(rng, lambda: bl + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPRSTUVW"), nipt.is_valid)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}/{d.year}", f"{rng.randint(10, 99)}/{d.year}", f"{rng.randint(100, 999)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "sq"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 1 else None
    po = [None, f"Rez. {rng.randint(1000, 9999)}", f"PO-{rng.randint(1000, 9999)}", f"Kontrata {rng.randint(10, 99)}/{d.year}"][i]
    rate_eur = D(rng.choice(["97.85", "98.40", "99.10", "100.25"]))
    pre = (total * D("0.4")).quantize(D("1")) if i == 3 else None
    nivf = f"{digits(rng, 8)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 12)}"
    nslf = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    ib = rand_iban(rng, "AL", 24, rng.choice(["20211", "21212", "20511"]) + digits(rng, 3))

    def block(pdf, x, y, label, value, w=80, bold=True):
        txt(pdf, x, y, label, 7.6, color=(100, 100, 100))
        txt(pdf, x, y + 3.8, value, 9, "B" if bold else "")
        return y + 9.4

    def render(path):
        pdf = new_fpdf(creator="Fiskalizimi – Financa 5")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 12, 180, 1.5, "F")
        txt(pdf, 15, 17, "FATURË TATIMORE", 16, "B", color=color)
        y = block(pdf, 15, 27, "Shitësi:", vname)
        y = block(pdf, 15, y, "Adresa:", vaddr, bold=False)
        y = block(pdf, 15, y, "NIPT i shitësit:", vid)
        yl = y
        y = block(pdf, 110, 27, "Blerësi:", bname)
        y = block(pdf, 110, y, "Qyteti:", bcity, bold=False)
        y = block(pdf, 110, y, "NIPT i blerësit:", bnipt)
        y = max(y, yl) + 2
        pdf.set_draw_color(200, 200, 200)
        pdf.line(15, y, 195, y)
        facts = [("Numri i faturës:", no), ("Data e lëshimit:", fd(d)), ("Data e furnizimit:", fd(d - dt.timedelta(days=rng.randint(0, 5))))]
        facts.append(("Afati i pagesës:", fd(due)) if due else ("Mënyra e pagesës:", "Kartë – paguar"))
        if po:
            facts.append(("Referenca e blerësit:", po))
        x = 15
        for k, v in facts:
            block(pdf, x, y + 3, k, v)
            x += 180 / len(facts)
        cols = [("Nr.", 9, "L"), ("Përshkrimi", 62, "L"), ("Njësia", 17, "L"), ("Sasia", 16, "R"), ("Çmimi pa TVSH", 30, "R"), ("TVSH", 16, "R"), ("Vlera pa TVSH", 30, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), x["rate"] + "%", sp(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 15, y + 18, cols, rows, size=8.2, rowh=6, header_fill=(245, 245, 245), line_color=(200, 200, 200))
        y += 6
        ty = y
        rws = [("Vlera pa TVSH:", sp(net) + " lekë")]
        rws += [(f"TVSH {r}%:", sp(t) + " lekë") for r, _, t in rates]
        if len(rates) > 1:
            rws.append(("TVSH gjithsej:", sp(tax) + " lekë"))
        rws.append(("Vlera totale me TVSH:", sp(total) + " lekë"))
        for k, v in rws:
            ty = block(pdf, 125, ty, k, v)
        if pre:
            ty = block(pdf, 125, ty, f"Parapagim i marrë (fatura {rng.randint(10, 99)}/{d.year}):", "-" + sp(pre) + " lekë")
            ty = block(pdf, 125, ty, "Mbetet për t'u paguar:", sp(total - pre) + " lekë")
        ly = y
        ly = block(pdf, 15, ly, "Kundërvlera në EUR (kursi i BSH):", f"{sp(q2(total / rate_eur))} EUR (1 EUR = {sp(rate_eur)} lekë)", w=100, bold=False)
        ly = block(pdf, 15, ly, "Llogaria bankare (IBAN):", group4(ib), bold=False)
        ly = block(pdf, 15, ly, "NIVF:", nivf, bold=False)
        ly = block(pdf, 15, ly, "NSLF:", nslf, bold=False)
        qr_fpdf(pdf, rng, 15, max(ly, ty) + 2, 24)
        txt(pdf, 15, 282, f"{vname} · NIPT {vid} · Faqe 1 nga 1", 6.8, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Korçë (Albania) FATURË TATIMORE in Albanian where every LABEL ENDS A LINE and its VALUE is on the NEXT line, TVSH " + " and ".join(r + " %" for r, _, _ in rates)
        + " per row and per rate (6 % on accommodation), lekë '1 234,56' with a EUR counter-value" + (", a prepayment deducted below the total ('Mbetet për t'u paguar' is a decoy)" if pre else "")
        + ": vendor = 'Shitësi'; vendor_tax_id = 'NIPT i shitësit' (the buyer's NIPT, the IBAN, the NIVF and NSLF fiscal codes are decoys). "
        "invoice_number = 'Numri i faturës'; invoice_date = 'Data e lëshimit' (the supply date is a decoy). "
        + due_note(due, "Kartë – paguar", "Afati i pagesës")
        + po_note(po, "Referenca e blerësit")
        + "subtotal = 'Vlera pa TVSH'; tax = " + ("'TVSH gjithsej'" if len(rates) > 1 else "the 'TVSH 20%' row") + "; total = 'Vlera totale me TVSH'. Currency ALL ('lekë'). Line items: every row, without TVSH."
    )
    t = truth(vname, vid, no, po, d, due, "ALL", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bnipt, "Vlera totale me TVSH:", fd(due) if due else None, nivf, sp(total - pre) if pre else None]}
    return t, chk, render
