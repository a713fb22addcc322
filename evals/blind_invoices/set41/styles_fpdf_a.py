"""fpdf2 styles for set 41, first part (06 Ganja building-materials supplier's HESAB-FAKTURA in Azerbaijani on a
LANDSCAPE page with a fully ruled grid, ƏDV 18 % per row and manats '1 234,56', 07 Papeete tour operator's facture
written as a LETTER in French with the facts in running text (two with no table at all), TVA 5 % on lodging and meals
and 13 % on the services in whole CFP francs and a deposit deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate
from invoice_kit import digits, iban, iban_fmt, new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, fr_date, kv, lines, para, po_note, totals, truth
from stdnum.az import voen

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Ganja (ƏDV 18 %, AZN), landscape, ruled grid with the VAT per row
GJ_V = [
    ("“Gəncə Tikinti Materialları” MMC", "Atatürk prospekti 112, AZ2000 Gəncə", (30, 64, 175)),
    ("“Kəpəz İnşaat Təchizat” MMC", "Nizami küçəsi 58, AZ2003 Gəncə", (153, 27, 27)),
    ("“Göygöl Sement Ticarət” ASC", "Sənaye zonası 4, AZ2011 Gəncə", (21, 128, 61)),
    ("“Nizami Dəmir-Beton” MMC", "Heydər Əliyev prospekti 230, AZ2001 Gəncə", (120, 53, 15)),
]
GJ_B = [
    ("“Şəmkir Yol Tikinti” MMC", "Şəmkir rayonu, Heydər Əliyev küç. 17"),
    ("“Gəncə Yaşayış Kompleksi” MMC", "Gəncə, Ziyadxanlı küç. 9"),
    ("“Naftalan Sağlamlıq Mərkəzi” ASC", "Naftalan şəhəri, Bakı küç. 4"),
    ("“Qazax Təmir-Tikinti” MMC", "Qazax rayonu, M. Rəsulzadə küç. 33"),
]
GJ_ROWS = [
    ("Portlandsement M500, 50 kq kisə", "kisə", 20, 800, 7.2, 11.5),
    ("Armatur A500C Ø12 mm", "ton", 1, 30, 980, 1350),
    ("Qum, yuyulmuş, 1 m³", "m³", 5, 200, 14, 26),
    ("Çınqıl 5-20 mm", "m³", 5, 200, 18, 34),
    ("Kərpic, qırmızı, tam", "ədəd", 500, 20000, 0.22, 0.45),
    ("Gips suvaq 30 kq", "kisə", 10, 400, 6.5, 12),
    ("Metal profil CD 60x27, 3 m", "ədəd", 20, 600, 2.1, 4.2),
    ("Qazoblok 600x300x200", "m³", 2, 80, 72, 98),
    ("Daşınma xidməti (KamAZ)", "reys", 1, 6, 60, 180),
    ("Kran xidməti", "saat", 2, 16, 45, 90),
]


@style("06", "az_gnj_ganja_hesab_faktura_edv_18_landscape")
def s06(rng, i):
    vname, vaddr, color = GJ_V[i]
    bname, baddr = GJ_B[i]
    d = rand_date(rng)
    items = lines(rng, GJ_ROWS, [3, 6, 9, 10][i], D("0.01"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.18"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 9, True) + "1", voen.is_valid)
    bid = valid(rng, lambda: digits(rng, 9, True) + "1", voen.is_valid)
    no = [f"HF-{rng.randint(1000, 9999)}", f"{rng.randint(10, 999)}/{d.year}", f"GST-{d.strftime('%y')}-{rng.randint(100, 999)}", f"NDB{rng.randint(10000, 99999)}"][i]
    azl = lambda x: f"{x.day} {MONTHS['az'][x.month - 1]} {x.year}-ci il"  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), azl, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 20, 30])) if i != 2 else None
    term = None if due else "Ödəniş: nağd, təhvil zamanı"
    po = [None, f"S-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", None][i]
    contract = f"{rng.randint(1, 99)}/{d.year - rng.randint(0, 1)}"
    ebq = f"{d.strftime('%m%y')}{digits(rng, 8)}"
    acc = iban("AZ", rng.choice(["IBAZ", "PAHA", "AIIB", "KAPA"]) + digits(rng, 20))
    m = sp

    def render(path):
        pdf = new_fpdf(orientation="L", creator="1C:Müəssisə 8.3")
        pdf.add_page()
        txt(pdf, 14, 10, vname, 14, "B", color=color)
        para(pdf, 14, 17, 140, f"{vaddr}\nVÖEN: {vid} · Tel. +994 22 {rng.randint(200, 299)} {rng.randint(10, 99)} {rng.randint(10, 99)}\nH/h: {iban_fmt(acc)} · {rng.choice(['Kapital Bank ASC', 'PAŞA Bank ASC', 'Beynəlxalq Bank ASC'])}", 8, h=4)
        txt(pdf, 178, 10, "HESAB-FAKTURA", 16, "B")
        kv(pdf, 178, 19, [("Nömrə:", no), ("Tarix:", fd(d)), ("Ödəniş müddəti:", fd(due) if due else None), ("Sifariş №:", po), ("Müqavilə №:", f"{contract} (ƏDV-li)")], wl=34, wv=70, size=8, step=4.6, align="L")
        txt(pdf, 14, 38, "Alıcı", 7, color=(110, 110, 110))
        txt(pdf, 14, 42, bname, 10, "B")
        para(pdf, 14, 47, 160, f"{baddr} · Alıcının VÖEN-i: {bid}", 8, h=4)
        cols = [("№", 10, "L"), ("Malın (işin, xidmətin) adı", 96, "L"), ("Ölçü vahidi", 22, "L"), ("Miqdarı", 22, "R"), ("Qiyməti", 26, "R"), ("Məbləğ (ƏDV-siz)", 32, "R"), ("ƏDV 18%", 28, "R"), ("Cəmi (ƏDV ilə)", 32, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), m(x["tax"]), m(x["amount"] + x["tax"])] for k, x in enumerate(items)]
        rows.append(["", "CƏMİ", "", "", "", m(net), m(tax), m(total)])
        y0 = 56
        y = table(pdf, 14, y0, cols, rows, size=8, rowh=6, header_fill=(235, 238, 245), line_color=(60, 60, 60))
        pdf.set_draw_color(60, 60, 60)
        w = sum(c[1] for c in cols)
        pdf.rect(14, y0, w, y - y0)
        cx = 14
        for c in cols[:-1]:
            cx += c[1]
            pdf.line(cx, y0, cx, y)
        y += 6
        totals(pdf, 190, y, [("ƏDV-siz məbləğ", m(net) + " AZN", False), ("ƏDV 18%", m(tax) + " AZN", False), ("Ödənilməli məbləğ", m(total) + " AZN", True)], wl=46, wv=42, size=9, line=color)
        para(pdf, 14, y, 160, (f"Ödəniş {fd(due)} tarixinədək bank köçürməsi ilə." if due else term + ".") + f"\nElektron qaimə-faktura seriya {rng.choice(['MT', 'EQ'])} № {ebq}\nTəhvil verdi: ____________   Təhvil aldı: ____________ (etibarnamə № {rng.randint(10, 999)})", 8, h=4.4)
        pdf.output(path)

    notes = (
        "Ganja (Azerbaijan) building-materials supplier's HESAB-FAKTURA in Azerbaijani on a LANDSCAPE page, a FULLY RULED grid with the ƏDV PER ROW (net, ƏDV 18 %, gross) and the totals as its last row 'CƏMİ', manats with spaces and a decimal comma ('1 234,56'), the totals repeated at the right: "
        "vendor = the name at the top; vendor_tax_id = its 'VÖEN' (10 digits; the buyer's VÖEN, the IBAN, the contract, the e-qaimə number and the power of attorney are decoys). "
        "invoice_number = 'Nömrə'; invoice_date = 'Tarix' (" + ["dd.mm.yyyy", "Azerbaijani words ('12 mart 2026-ci il')", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "). "
        + due_note(due, term, "Ödəniş müddəti")
        + po_note(po, "Sifariş №")
        + "subtotal = 'ƏDV-siz məbləğ'; tax = 'ƏDV 18%'; total = 'Ödənilməli məbləğ'. Currency AZN. Line items: every row, the net column."
    )
    t = truth(vname, vid, no, po, d, due, "AZN", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Ödənilməli məbləğ", fd(due) if due else None, ebq, bid], render


# =========================================================================== 07 Papeete (TVA 5 % / 13 %, XPF), a letter, facts in running text, deposit
PP_V = [
    ("Tahiti Lagon Excursions SARL", "BP 4521, 98713 Papeete, Tahiti – Polynésie française", (14, 116, 144)),
    ("Moorea Évasion Voyages SAS", "Quai de Papeete, BP 1190, 98713 Papeete", (157, 23, 77)),
    ("Taravao Séminaires et Loisirs SARL", "Avenue Pouvanaa a Oopa, BP 322, 98713 Papeete", (77, 124, 15)),
    ("Fare Ute Croisières SAS", "Zone de Fare Ute, BP 880, 98713 Papeete", (146, 64, 14)),
]
PP_B = [
    ("Madame la Directrice, Lycée Paul-Gauguin", "BP 4560, 98713 Papeete"),
    ("Monsieur le Président, Comité d'entreprise de l'OPT", "8 rue de la Reine Pomare IV, 98714 Papeete"),
    ("Madame la Responsable, Banque de Tahiti – service RH", "38 rue François Cardella, 98713 Papeete"),
    ("Monsieur le Directeur, Association Ori Tahiti Nui", "BP 9021, 98715 Faa'a"),
]
PP_5 = [
    ("nuitées en bungalow jardin à Moorea", "nuitée", 2, 20, 14000, 32000),
    ("repas au restaurant de la pension", "couvert", 10, 80, 2800, 5500),
    ("nuitées en pension de famille à Huahine", "nuitée", 2, 16, 9000, 18000),
]
PP_13 = [
    ("places pour l'excursion en pirogue au lagon", "personne", 5, 60, 6500, 12000),
    ("transferts en minibus aéroport – hôtel", "transfert", 2, 20, 2500, 5000),
    ("location de salle de séminaire à la journée", "journée", 1, 3, 60000, 140000),
    ("traversées en ferry Papeete – Moorea", "billet", 5, 60, 1700, 2400),
    ("plongées encadrées avec matériel", "plongée", 2, 30, 8500, 13000),
]


@style("07", "pf_ppt_papeete_facture_lettre_tva_13_5_acompte")
def s07(rng, i):
    vname, vaddr, color = PP_V[i]
    bname, baddr = PP_B[i]
    d = rand_date(rng)
    items = lines(rng, PP_5, [1, 2, 1, 2][i], D("100")) + lines(rng, PP_13, [1, 3, 2, 4][i], D("100"))
    for x in items:
        x["rate"] = D(5) if any(x["desc"] == r[0] for r in PP_5) else D(13)
    summ = by_rate(items, q=q0)
    net = sum(b for _r, b, _v in summ)
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    acompte = q0(total * D(rng.choice([25, 30, 50])) / 100 / 1000) * 1000 if i in (0, 1, 3) else None
    tahiti = f"{rng.choice('ABCDEFGH')}{digits(rng, 5)}"
    vid = f"{tahiti}-{rng.randint(1, 3):03d}"
    no = [f"F{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"TSL/{rng.randint(100, 999)}/{d.strftime('%y')}", f"FC{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 3 else None
    po = [None, f"BC-{rng.randint(100, 999)}", None, f"{rng.randint(100, 999)}/{d.year}"][i]
    stay = d - dt.timedelta(days=rng.randint(3, 25))
    with_table = i in (1, 3)
    xpf = lambda x: sp(x, 0) + " F CFP"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word")
        pdf.add_page()
        txt(pdf, 20, 14, vname, 15, "B", font="Serif", color=color)
        para(pdf, 20, 22, 120, f"{vaddr}\nN° TAHITI {vid} · RCS Papeete {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.choice('ABC')}\nTél. 40 {rng.randint(40, 59)} {rng.randint(10, 99)} {rng.randint(10, 99)}", 7.8, font="Serif", h=3.9)
        para(pdf, 112, 42, 80, f"{bname}\n{baddr}", 9.5, font="Serif", h=4.8)
        txt(pdf, 112, 60, f"Papeete, le {fr_date(d)}", 9.5, font="Serif")
        y = 74
        txt(pdf, 20, y, f"Objet : facture n° {no}", 10, "B", font="Serif")
        y += 8
        txt(pdf, 20, y, "Madame, Monsieur,", 9.5, font="Serif")
        y += 7
        ref = f" et à votre bon de commande n° {po}" if po else ""
        intro = f"Suite à votre demande{ref}, nous avons le plaisir de vous adresser notre facture pour le séjour organisé à partir du {fr_date(stay)}."
        y = para(pdf, 20, y, 170, intro, 9.5, font="Serif", h=5) + 2
        if with_table:
            cols = [("Désignation", 84, "L"), ("Quantité", 20, "R"), ("Prix unitaire HT", 30, "R"), ("TVA", 12, "R"), ("Montant HT", 24, "R")]
            rows = [[x["desc"][0].upper() + x["desc"][1:], qstr(x["qty"]), sp(x["price"], 0), f"{x['rate']} %", sp(x["amount"], 0)] for x in items]
            y = table(pdf, 20, y, cols, rows, size=8.2, font="Serif", rowh=5.6, line_color=(200, 200, 200)) + 4
        else:
            for x in items:
                y = para(pdf, 20, y, 170, f"– {qstr(x['qty'])} {x['desc']} à {xpf(x['price'])} l'unité, soit {xpf(x['amount'])} hors taxes (TVA {x['rate']} %) ;", 9.5, font="Serif", h=5)
            y += 2
        rates = " et ".join(f"la TVA à {r} % sur {xpf(b)}, soit {xpf(v)}" for r, b, v in summ)
        s = f"Le montant hors taxes s'élève à {xpf(net)}. S'y ajoute {rates}, soit un total de TVA de {xpf(tax)}. Le montant total TTC de la présente facture est donc de {xpf(total)}."
        if acompte:
            s += f" Déduction faite de l'acompte de {xpf(acompte)} versé le {fr_date(d - dt.timedelta(days=rng.randint(30, 90)))}, il reste à régler {xpf(total - acompte)}."
        s += (f" Nous vous remercions de bien vouloir effectuer le règlement au plus tard le {fr_date(due)} par virement à la Banque de Polynésie, compte {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}." if due else " Ce montant est payable à réception de la facture, par chèque ou par virement.")
        y = para(pdf, 20, y, 170, s, 9.5, font="Serif", h=5) + 4
        y = para(pdf, 20, y, 170, "Nous vous remercions de votre confiance et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", 9.5, font="Serif", h=5) + 10
        txt(pdf, 120, y, rng.choice(["Teva Tehaamoana", "Hinano Teriitahi", "Moana Bonnet", "Vaimiti Le Gall"]), 9.5, font="Serif")
        txt(pdf, 120, y + 5, "Gérant(e)", 8.5, "I", font="Serif")
        para(pdf, 20, 280, 170, f"{vname} – capital social {sp(rng.choice([1000000, 2000000, 5000000]), 0)} F CFP – N° TAHITI {vid} – TVA sur les encaissements", 6.8, font="Serif", align="C", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Papeete (Tahiti, French Polynesia) tour operator's invoice written as a LETTER in French (letterhead, addressee, 'Papeete, le 12 mars 2026', 'Objet : facture n° …', 'Madame, Monsieur,'), "
        + ("with a small table of the services, " if with_table else "with NO TABLE: each service is a sentence ('– 4 nuitées … à 18 000 F CFP l'unité, soit 72 000 F CFP hors taxes (TVA 5 %) ;'), ")
        + "and the totals in RUNNING TEXT ('Le montant hors taxes s'élève à …', the TVA per rate, 'Le montant total TTC … est donc de …'), whole CFP francs with spaces ('1 234 567 F CFP'), TVA at the reduced 5 % on lodging and meals and the intermediate 13 % on excursions, transfers, ferries, dives and hire (services)"
        + (", and a DEPOSIT ('acompte') deducted after the total with what remains to be paid" if acompte else "")
        + ": vendor = the letterhead name; vendor_tax_id = its 'N° TAHITI' (letter and 5 digits, then the establishment; the RCS is a decoy). "
        "invoice_number = 'facture n°' in the subject line; invoice_date = the letter's date; the stay's start date and the deposit's date are decoys. "
        + ("due_date = the date in the payment sentence ('au plus tard le …'). " if due else "'payable à réception de la facture' is a term: no due date (null). ")
        + po_note(po, "bon de commande n°")
        + "subtotal = the 'montant hors taxes'; tax = the 'total de TVA'; total = the 'montant total TTC' (BEFORE the deposit). Currency XPF. Line items: every service (net)."
    )
    t = truth(vname, vid, no, po, d, due, "XPF", net, tax, total, items, notes)
    return t, [fr_date(d), no, vname, vid, "montant total TTC", fr_date(due) if due else None, fr_date(stay), xpf(total - acompte) if acompte else None], render
