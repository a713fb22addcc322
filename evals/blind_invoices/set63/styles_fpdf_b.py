"""fpdf2 styles for set 63, second part (09 Diyarbakır FATURA in Turkish with a coloured LEFT SIDEBAR holding the
facts under small-capital LABELS ABOVE the values, per-line discounts, KDV 20 % / 10 % / 1 % and the total in Turkish
words; 10 Jacmel FACTURE as a BUSINESS LETTER in French in a serif font, the facts and totals in running sentences,
TCA 10 %, an ADVANCE deducted on two, a USD counter-value at the BRH rate and the total in French words)."""

# ruff: noqa: E501, C901

import datetime as dt
import uuid
from decimal import Decimal as D

from common import MONTHS_TR, tr_vkn
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, tr_words, txt
from kit_common import MONTHS, due_note, lines, para, po_note, truth, wrap
from kit_words import fr_words

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Diyarbakır (KDV 20/10/1, TRY), left sidebar, labels above, discounts, words
DY_V = [
    ("Dicle Bakır İşleme San. ve Tic. Ltd. Şti.", "Bakırcılar Çarşısı No: 14, Sur / Diyarbakır", "Gökalp V.D.", (150, 75, 30)),
    ("Karacadağ Tarım Ürünleri Gıda San. Tic. A.Ş.", "Organize Sanayi Bölgesi 3. Cadde No: 22, Bağlar / Diyarbakır", "Süleyman Nazif V.D.", (80, 110, 40)),
    ("Surlu Tekstil Konfeksiyon Ltd. Şti.", "Gazi Caddesi No: 87/B, Yenişehir / Diyarbakır", "Cahit Sıtkı Tarancı V.D.", (110, 40, 90)),
    ("Hevsel Yapı Malzemeleri Tic. Ltd. Şti.", "Elazığ Yolu 6. km, Kayapınar / Diyarbakır", "Gökalp V.D.", (40, 80, 120)),
]
DY_B = [("Kapalıçarşı Hediyelik Eşya Ltd. Şti.", "Fatih / İstanbul"), ("Mardin Gıda Toptan A.Ş.", "Artuklu / Mardin"), ("Batman Okul Kıyafetleri Ltd. Şti.", "Merkez / Batman"), ("Yenişehir Konut İnşaat A.Ş.", "Yenişehir / Diyarbakır")]
DY_ROWS = [
    [("Bakır cezve, el dövmesi No:3", "Adet", 10, 120, 180, 420, 20), ("Bakır tepsi, kalaylı 40 cm", "Adet", 5, 60, 650, 1500, 20), ("Bakır ibrik, işlemeli", "Adet", 5, 40, 900, 2200, 20), ("Kalaylama hizmeti", "Adet", 10, 80, 60, 140, 20), ("Bakır sahan seti 5'li", "Set", 2, 30, 1400, 3200, 20)],
    [("Kırmızı mercimek, 25 kg çuval", "Çuval", 10, 200, 900, 1500, 1), ("Pilavlık bulgur, 25 kg çuval", "Çuval", 10, 200, 700, 1200, 1), ("Karacadağ pirinci, 5 kg", "Paket", 20, 400, 280, 520, 1), ("Kuru üzüm, kg", "Kg", 20, 300, 90, 180, 1), ("Nakliye bedeli", "Sefer", 1, 2, 2500, 6500, 20)],
    [("Okul gömleği, uzun kol", "Adet", 50, 600, 220, 380, 10), ("Eşofman takımı", "Takım", 20, 300, 450, 780, 10), ("Nakışlı logo işleme", "Adet", 50, 600, 15, 40, 20), ("Kumaş pantolon", "Adet", 30, 400, 320, 560, 10)],
    [("Portland çimento CEM I 42,5 R, 50 kg", "Torba", 50, 800, 160, 240, 20), ("İnşaat demiri Ø12", "Ton", 1, 20, 21000, 26500, 20), ("Bazalt kesme taş, m²", "m²", 20, 400, 450, 900, 20), ("Tuğla 13,5'luk", "Adet", 500, 8000, 4, 9, 20), ("Vinç ile indirme", "Saat", 1, 6, 1800, 3500, 20)],
]


def tr_long(x):
    return f"{x.day} {MONTHS_TR[x.month - 1]} {x.year}"


@style("09", "tr_diy_diyarbakir_fatura_kdv_sidebar_left_labels_above_discount_words")
def s09(rng, i):
    vname, vaddr, vd, color = DY_V[i]
    bname, bcity = DY_B[i]
    d = rand_date(rng)
    items = lines(rng, DY_ROWS[i], [4, 5, 3, 5][i], D("0.25"))
    for x in items:
        x["rate"] = x["extra"]
        x["disc"] = rng.choice([0, 0, 5, 10])
        x["gross"] = x["amount"]
        x["amount"] = q2(x["gross"] * (100 - x["disc"]) / 100)
    gross = sum(x["gross"] for x in items)
    net = sum(x["amount"] for x in items)
    disc = gross - net
    rates = []
    for r in sorted({x["rate"] for x in items}, reverse=True):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        rates.append((r, b, q2(b * r / 100)))
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vkn = tr_vkn(rng)
    bvkn = tr_vkn(rng)
    no = [f"DBI{d.year}{rng.randint(1, 999999):09d}", f"KTA{d.year}{rng.randint(1, 999999):09d}", f"A-{rng.randint(10000, 99999)}", f"HYM{d.year}{rng.randint(1, 999999):09d}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), tr_long, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"SP-{rng.randint(1000, 9999)}", None, f"{rng.randint(2000, 9999)}", f"YK/{d.year}/{rng.randint(10, 999)}"][i]
    sevk = d - dt.timedelta(days=rng.randint(0, 4))
    irs = f"IRS{d.year}{rng.randint(1, 99999):06d}"
    lira = int(total)
    kurus = int((total - lira) * 100)
    words = f"Yalnız: #{tr_words(lira)}TürkLirası{tr_words(kurus) + 'Kuruş' if kurus else ''}#"
    ettn = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    mersis = "0" + digits(rng, 15)

    def render(path):
        pdf = new_fpdf(creator="Logo e-Fatura")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 58, 297, "F")
        txt(pdf, 8, 14, "e-FATURA", 15, "B", color=(255, 255, 255))
        txt(pdf, 8, 22, "TEMEL FATURA" if i != 2 else "TİCARİ FATURA", 7.4, color=(235, 235, 235))
        y = 36
        side = [("FATURA NO", no), ("FATURA TARİHİ", fd(d)), ("SEVK TARİHİ", fd(sevk)), ("İRSALİYE NO", irs), ("SİPARİŞ NO", po), ("VADE TARİHİ", fd(due) if due else None), ("ÖDEME ŞEKLİ", "Açık hesap" if due else "Peşin"), ("VERGİ DAİRESİ", vd), ("VKN", vkn), ("MERSİS NO", mersis)]
        for lab, val in side:
            if val is None:
                continue
            pdf.set_char_spacing(0.6)
            txt(pdf, 8, y, lab, 6.2, color=(230, 230, 230))
            pdf.set_char_spacing(0)
            txt(pdf, 8, y + 3.6, val, 8.6 if len(val) < 20 else 7.2, "B", color=(255, 255, 255))
            y += 11
        pdf.set_draw_color(255, 255, 255)
        pdf.line(8, y, 50, y)
        para(pdf, 8, y + 3, 44, f"ETTN:\n{ettn}", 6.2, color=(235, 235, 235), h=3)
        # main area
        txt(pdf, 66, 12, vname, 11.5, "B", color=color)
        txt(pdf, 66, 18.5, vaddr, 8)
        txt(pdf, 66, 22.5, f"Tel: 0412 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)} · Ticaret Sicil No: {rng.randint(10000, 49999)}", 8)
        pdf.set_draw_color(*color)
        pdf.rect(66, 30, 132, 22)
        pdf.set_char_spacing(0.6)
        txt(pdf, 69, 32, "SAYIN", 6.6, color=color)
        pdf.set_char_spacing(0)
        txt(pdf, 69, 36, bname, 9.4, "B")
        txt(pdf, 69, 41, bcity, 8)
        txt(pdf, 69, 45.5, f"Vergi No: {bvkn}", 8)
        cols = [("Sıra", 8, "C"), ("Mal / Hizmet", 41, "L"), ("Miktar", 13, "R"), ("Birim", 11, "L"), ("Birim Fiyat", 17, "R"), ("İsk. %", 10, "R"), ("KDV %", 10, "R"), ("Tutar", 22, "R")]
        cols[-1] = ("Tutar", 132 - sum(c[1] for c in cols[:-1]), "R")
        rows = [[str(k + 1), wrap(x["desc"], 26), qstr(x["qty"]).replace(".", ","), x["unit"], de(x["price"]), str(x["disc"]), str(x["rate"]), de(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 66, 58, cols, rows, size=7.3, font="DVC", rowh=6, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        y += 5
        tot = [("Mal Hizmet Toplamı", de(gross) + " TL", False), ("Toplam İskonto", de(disc) + " TL", False), ("KDV Matrahı", de(net) + " TL", False)]
        tot += [(f"Hesaplanan KDV (%{r})", de(t) + " TL", False) for r, _b, t in rates]
        tot += [("Toplam KDV", de(tax) + " TL", False), ("Vergiler Dahil Toplam", de(total) + " TL", False), ("Ödenecek Tutar", de(total) + " TL", True)]
        for a, b, bold in tot:
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(120, y - 1, 78, 7, "F")
            txt(pdf, 122, y, a, 8.4 if not bold else 9.4, "B" if bold else "", color=(255, 255, 255) if bold else (0, 0, 0))
            txt(pdf, 165, y, b, 8.4 if not bold else 9.4, "B" if bold else "", align="R", w=31, color=(255, 255, 255) if bold else (0, 0, 0))
            y += 5.6 if not bold else 7
        y += 4
        y = para(pdf, 66, y, 132, words, 8, "B", font="DVC")
        para(pdf, 66, y + 3, 132, f"Not: {'Vadesinde ödenmeyen faturalara aylık %4 gecikme faizi uygulanır.' if due else 'Bedeli peşin tahsil edilmiştir.'} IBAN: TR{digits(rng, 2)} 0001 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}", 7.4, color=(70, 70, 70), font="DVC")
        txt(pdf, 66, 285, "Bu fatura e-Fatura olarak düzenlenmiştir. · Sayfa 1/1", 6.8, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Diyarbakır (Turkey) e-FATURA in Turkish with a coloured LEFT SIDEBAR holding the facts under small-capital LABELS ABOVE the values, a ruled table with a discount ('İsk. %') and KDV rate per row, "
        "KDV " + " / ".join(f"{r} %" for r, _, _ in rates) + ", '1.234,56 TL', the total in Turkish words ('Yalnız: #…TürkLirası…Kuruş#'): "
        "vendor = the name at the top of the main area; vendor_tax_id = 'VKN' in the sidebar (10 digits; the customer's 'Vergi No', the MERSİS number, the Ticaret Sicil No and the ETTN are decoys). "
        "invoice_number = 'FATURA NO'; invoice_date = 'FATURA TARİHİ' (the 'SEVK TARİHİ' and the 'İRSALİYE NO' are decoys). "
        + due_note(due, "Peşin" if not due else None, "VADE TARİHİ")
        + po_note(po, "SİPARİŞ NO")
        + "subtotal = 'KDV Matrahı' (after the discounts; 'Mal Hizmet Toplamı' before them and 'Toplam İskonto' are decoys); tax = 'Toplam KDV'; total = 'Ödenecek Tutar' (= 'Vergiler Dahil Toplam'). "
        "Currency TRY (TL). Line items: every row, its 'Tutar' after the row's discount, net of KDV."
    )
    t = truth(vname, vkn, no, po, d, due, "TRY", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vkn, bvkn, fd(due) if due else None, fd(sevk), irs, words]}
    return t, chk, render


# =========================================================================== 10 Jacmel (TCA 10 %, HTG), business letter, advance, USD, words
JA_V = [
    ("Ateliers Artisanaux du Sud-Est S.A.", "Rue du Commerce no 18, Jacmel, Haïti", "Boutique Kreyòl Art S.A.", "Pétion-Ville"),
    ("Bureau d'Études Techniques Bassin Bleu S.A.", "Avenue Barranquilla no 6, Jacmel, Haïti", "Mairie de Cayes-Jacmel", "Cayes-Jacmel"),
    ("Hôtel Belle-Anse Congrès S.A.", "Route de Cyvadier, Jacmel, Haïti", "Fondation Santé pour Tous", "Port-au-Prince"),
    ("Caféière de la Vallée de Jacmel S.A.", "Route de La Vallée, Jacmel, Haïti", "Torréfaction du Cap S.A.", "Port-au-Prince"),
]
JA_ROWS = [
    [("masques de carnaval en papier mâché, grand modèle", "pièce", 10, 60, 1800, 4500), ("plaques décoratives en fer découpé", "pièce", 5, 40, 2200, 6500), ("boîtes peintes à la main", "pièce", 20, 120, 450, 1200), ("emballage et expédition vers Port-au-Prince", "lot", 1, 1, 3500, 9000)],
    [("étude topographique du tronçon Jacmel – Cayes-Jacmel", "km", 2, 12, 28000, 65000), ("campagne géotechnique, sondages", "sondage", 2, 10, 35000, 90000), ("rapport d'avant-projet sommaire", "forfait", 1, 1, 180000, 420000), ("journées d'ingénieur en réunion de chantier", "jour", 2, 10, 22000, 45000)],
    [("nuitées en chambre double, pension complète", "nuitée", 10, 80, 6500, 12500), ("location de la salle de conférence", "jour", 1, 4, 25000, 60000), ("pauses-café", "participant", 20, 120, 350, 900), ("location du vidéoprojecteur et de la sonorisation", "jour", 1, 4, 6000, 15000)],
    [("café vert arabica lavé, sacs de 60 kg", "sac", 5, 60, 28000, 52000), ("café torréfié en grains, paquets de 1 kg", "paquet", 20, 300, 1400, 2600), ("transport La Vallée – Port-au-Prince", "voyage", 1, 3, 18000, 35000)],
]


def nb(x):
    """An amount '1 234,50' whose blanks do not break at a line's end."""
    return sp(x).replace(" ", "\u00a0")


def nbd(x):
    return fr_long(x).replace(" ", "\u00a0")


def fr_long(x):
    return f"{'1er' if x.day == 1 else x.day} {MONTHS['fr'][x.month - 1]} {x.year}"


def htg_words(x):
    g = int(x)
    c = int((x - g) * 100)
    return f"{fr_words(g)} gourdes" + (f" et {fr_words(c)} centimes" if c else "")


@style("10", "ht_jac_jacmel_lettre_facture_tca_10_avance_usd_words")
def s10(rng, i):
    vname, vaddr, bname, bcity = JA_V[i]
    d = rand_date(rng)
    items = lines(rng, JA_ROWS[i], [3, 4, 3, 2][i], D("5"))
    for x in items:
        x["rate"] = 10
    net = sum(x["amount"] for x in items)
    tax = q2(net / 10)
    total = net + tax
    nif = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 1)}"
    bnif = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 1)}"
    no = [f"JAC-{d.year}-{rng.randint(10, 199):03d}", f"BET/{rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(1000, 9999)}", f"CVJ {rng.randint(100, 999)}-{d.year}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    po = [f"BC-{rng.randint(100, 999)}", f"MCJ/{d.year}/{rng.randint(10, 99)}", None, None][i]
    advance = q2(total * D(rng.choice(["0.25", "0.3", "0.4"]))) if i in (1, 2) else None
    adv_d = d - dt.timedelta(days=rng.randint(20, 70))
    rate = D(rng.randint(12900, 13300)) / 100
    usd = q2(total / rate)
    patente = digits(rng, 7, True)
    with_table = i in (0, 3)
    words = htg_words(total)
    bank = rng.choice(["Unibank", "Sogebank", "Banque Nationale de Crédit"])
    acct = f"{digits(rng, 3)}-{digits(rng, 7)}"
    hon = ["Madame la Gérante", "Monsieur le Maire", "Madame la Directrice", "Monsieur le Directeur"][i]

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        txt(pdf, 25, 16, vname, 15, "B", font="Serif", color=(20, 60, 90))
        txt(pdf, 25, 24, f"{vaddr} · Tél. +509 {digits(rng, 4)}-{digits(rng, 4)}", 8.6, font="Serif", color=(70, 70, 70))
        txt(pdf, 25, 28.5, f"NIF {nif} · Patente no {patente}", 8.6, font="Serif", color=(70, 70, 70))
        pdf.set_draw_color(20, 60, 90)
        pdf.line(25, 34, 185, 34)
        para(pdf, 118, 42, 70, f"{hon}\n{bname}\n{bcity}\nNIF {bnif}", 10, font="Serif", h=5)
        txt(pdf, 25, 70, f"Jacmel, le {nbd(d)}", 10, font="Serif")
        txt(pdf, 25, 80, f"Objet : facture n° {no}", 10, "B", font="Serif")
        y = para(pdf, 25, 90, 160, f"{hon},", 10.4, font="Serif", h=5.2) + 3
        ref = f", conformément à votre bon de commande n° {po}" if po else ""
        y = para(pdf, 25, y, 160, f"Nous avons l'honneur de vous adresser notre facture n° {no} en date du {nbd(d)}{ref}, relative aux prestations et fournitures énumérées ci-dessous.", 10.4, font="Serif", h=5.2, align="J") + 3
        if with_table:
            cols = [("Désignation", 82, "L"), ("Qté", 16, "R"), ("Unité", 18, "L"), ("Prix unitaire", 22, "R"), ("Montant", 22, "R")]
            rows = [[wrap(x["desc"], 44), qstr(x["qty"]), x["unit"], sp(x["price"]), sp(x["amount"])] for x in items]
            y = table(pdf, 25, y, cols, rows, size=8.6, font="Serif", rowh=6, line_color=(170, 170, 170)) + 5
        else:
            for x in items:
                y = para(pdf, 30, y, 155, f"– {x['desc']} : {qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and x['unit'] not in ('forfait', 'km') and not x['unit'].endswith('s') else ''} à {nb(x['price'])} gourdes, soit {nb(x['amount'])} gourdes ;", 10.4, font="Serif", h=5.2) + 1
            y += 2
        txt_ = (f"Le montant hors taxes s'élève à {nb(net)} gourdes. La taxe sur le chiffre d'affaires (TCA) au taux de 10 % représente {nb(tax)} gourdes, "
                f"ce qui porte le montant total de la facture, TCA comprise, à {nb(total)} HTG.")
        if advance:
            txt_ += f" Déduction faite de l'avance de {nb(advance)} gourdes que vous nous avez versée le {nbd(adv_d)}, le solde restant dû s'élève à {nb(total - advance)} gourdes."
        if i != 3:
            txt_ += f" À titre indicatif, le total correspond à {nb(usd)} dollars américains (USD) au taux de référence de la BRH du jour, soit {nb(rate)} gourdes pour un dollar."
        y = para(pdf, 25, y, 160, txt_, 10.4, font="Serif", h=5.2, align="J") + 3
        y = para(pdf, 25, y, 160, f"Arrêtée la présente facture à la somme de {words} ({nb(total)} HTG), TCA comprise.", 10.4, "I", font="Serif", h=5.2, align="J") + 3
        pay = f"Nous vous saurions gré de bien vouloir effectuer le règlement au plus tard le {nbd(due)}" if due else "Cette facture est payable à réception"
        y = para(pdf, 25, y, 160, f"{pay}, par virement au compte no {acct} ouvert à la {bank} au nom de {vname}, ou par chèque à notre ordre.", 10.4, font="Serif", h=5.2, align="J") + 3
        y = para(pdf, 25, y, 160, f"Nous vous prions d'agréer, {hon}, l'expression de nos salutations distinguées.", 10.4, font="Serif", h=5.2) + 12
        who, role = rng.choice([("Marie-Claude Pierre-Louis", "Directrice générale"), ("Jean-Robert Jasmin", "Directeur général"), ("Nadège Cadet", "Gérante"), ("Frantz Mathurin", "Gérant")])
        txt(pdf, 120, y, who, 10, "B", font="Serif")
        txt(pdf, 120, y + 5, role, 9.4, "I", font="Serif")
        txt(pdf, 25, 285, f"{vname} · {vaddr} · Page 1/1", 7, font="Serif", color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Jacmel (Sud-Est, Haiti) FACTURE as a BUSINESS LETTER in French in a serif font: the facts and totals in RUNNING SENTENCES ('Nous avons l'honneur de vous adresser notre facture n° … en date du …', "
        "'Le montant hors taxes s'élève à …', 'La taxe sur le chiffre d'affaires (TCA) au taux de 10 % représente …', '… TCA comprise, à … HTG'), "
        + ("a small table of the items, " if with_table else "one sentence per item (no table), ")
        + "the total in French words ('Arrêtée la présente facture à la somme de … gourdes'), '1 234 567,50': "
        "vendor = the letterhead's name; vendor_tax_id = 'NIF' under it (the addressee's NIF and the 'Patente no' are decoys). "
        "invoice_number = 'facture n°' (in the 'Objet' line and the first sentence); invoice_date = 'en date du …' (= the letter's date). "
        + ("due_date = 'au plus tard le …' in the payment sentence. " if due else "'payable à réception' is a term: no due date (null). ")
        + po_note(po, "bon de commande n°")
        + "subtotal = 'montant hors taxes'; tax = the TCA amount; total = 'montant total de la facture, TCA comprise'. "
        + (f"An ADVANCE received on {adv_d.isoformat()} is deducted below the total ('Déduction faite de l'avance …'); the 'solde restant dû' is a decoy. " if advance else "")
        + ("The USD counter-value at the BRH rate is a decoy. " if i != 3 else "")
        + "Currency HTG (gourdes). Line items: every " + ("table row" if with_table else "item sentence") + ", net of TCA."
    )
    t = truth(vname, nif, no, po, d, due, "HTG", net, tax, total, items, notes)
    chk = {"printed": [fr_long(d), no, vname, nif, bnif, fr_long(due) if due else None, words, fr_long(adv_d) if advance else None, sp(usd) if i != 3 else None]}
    return t, chk, render
