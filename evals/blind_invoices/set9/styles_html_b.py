"""Chromium (HTML) styles for set 9, part B (05 French BTP situation de travaux with retenue de garantie, 06 Moldovan
factura fiscală, 09 Tanzanian tax invoice with TIN/VRN and an EFD receipt block)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    fnum,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from kit_words import en_words_title
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret
from stdnum.fr import tva as _tva
from stdnum.md import idno as _idno

STYLES, style = style_registry("chromium")


# =========================================================================== 05 French BTP situation de travaux (avancement cumulé, retenue de garantie)
FR_V = [
    ("Bâtiment Rénovation Lyonnaise SARL", "12 rue Paul Bert", "69003 Lyon", "Lyon", "#8b2d1c"),
    ("Charpentes et Couvertures du Jura SAS", "ZA Les Toppes, 4 rue des Artisans", "39300 Champagnole", "Lons-le-Saunier", "#4a5d23"),
    ("Électricité Générale Morel EURL", "45 avenue de la République", "93100 Montreuil", "Bobigny", "#1d4e89"),
    ("Maçonnerie Da Silva et Fils SARL", "8 chemin des Vignes", "33700 Mérignac", "Bordeaux", "#6b4f2a"),
]
FR_B = [
    ("SCI Les Terrasses du Parc", "c/o Cabinet Vernier, 40 quai Perrache", "69002 Lyon", "Résidence Les Terrasses du Parc, 118 rue de Gerland, 69007 Lyon"),
    ("Commune de Champagnole", "Hôtel de Ville, place de l'Hôtel de Ville", "39300 Champagnole", "Gymnase municipal, rue du Stade, 39300 Champagnole"),
    ("Bâtisseurs d'Île-de-France SAS", "22 boulevard de Strasbourg", "94130 Nogent-sur-Marne", "Groupe scolaire Jean Jaurès, 30 rue de Paris, 93100 Montreuil"),
    ("M. et Mme Lefèvre", "14 allée des Pins", "33600 Pessac", "14 allée des Pins, 33600 Pessac (extension et rénovation)"),
]
FR_L = [
    ["Installation de chantier", "Démolitions et curage", "Maçonnerie – reprises en sous-œuvre", "Cloisons et doublages plaques de plâtre", "Menuiseries intérieures bois",
     "Carrelage et faïence", "Peinture des parties communes", "Plomberie – colonnes EF/EC", "Ventilation mécanique contrôlée", "Nettoyage de fin de chantier"],
    ["Installation de chantier et échafaudages", "Dépose de la couverture existante (fibres-ciment)", "Charpente lamellé-collé – fourniture", "Charpente lamellé-collé – levage", "Liteaunage et écran sous toiture",
     "Couverture bac acier isolé 100 mm", "Zinguerie – chéneaux et descentes", "Lanterneaux de désenfumage", "Bardage bois douglas façade sud", "Bardage bois douglas façade nord", "Garde-corps en toiture",
     "Lignes de vie", "Traitement fongicide des bois", "Habillage des rives", "Sorties de ventilation", "Panneaux translucides polycarbonate", "Protection provisoire des ouvrages", "Évacuation des déchets amiantés",
     "Contrôle technique – levée des réserves", "Dossier des ouvrages exécutés (DOE)"],
    ["Tableaux généraux basse tension", "Chemins de câbles et goulottes", "Distribution courants forts – bâtiment A", "Distribution courants forts – bâtiment B", "Éclairage LED salles de classe",
     "Éclairage de sécurité (BAES)", "Courants faibles – précâblage VDI", "Système de sécurité incendie catégorie A", "Contrôle d'accès"],
    ["Terrassement et fouilles", "Fondations – semelles filantes", "Dallage sur terre-plein", "Élévation murs en blocs béton", "Chaînages et linteaux", "Enduits de façade"],
]
S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="13mm 14mm 16mm", font="'DejaVu Serif',serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} table.kv td{padding:1px 8px 1px 0} table.it{width:100%;margin-top:10px} table.it thead th{border-top:1.5px solid {{ color }};border-bottom:1px solid {{ color }};padding:3px;font-size:7.4pt;text-align:left}
table.it thead th.r{text-align:right} table.it td{padding:{{ pad }} 3px;border-bottom:1px dotted #bbb} table.it tr{page-break-inside:avoid} table.rc{margin-left:auto;margin-top:12px;width:72%} table.rc td{padding:2.5px 6px}
table.rc tr.b td{font-weight:bold;border-top:1px solid #000} .foot{font-size:6.8pt;color:#555;border-top:1px solid #bbb;padding-top:4px;margin-top:18px;text-align:center}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}<br>{{ v2 }}<br>Tél. {{ tel }} · {{ mail }}<br>Qualibat n° {{ qualibat }}</td>
<td style="border:1px solid #999;padding:6px 8px"><b>{{ b_name }}</b><br>{{ b1 }}<br>{{ b2 }}</td></tr></table>
<div class="hd" style="font-size:14pt;font-weight:bold;margin-top:14px">SITUATION DE TRAVAUX N° {{ k }}</div>
<table style="width:100%;margin-top:4px"><tr><td style="width:50%"><table class="kv"><tr><td>Facture n° :</td><td><b>{{ no }}</b></td></tr><tr><td>Date :</td><td>{{ d }}</td></tr><tr><td>Travaux arrêtés au :</td><td>{{ stop }}</td></tr>
{% if due %}<tr><td>Échéance :</td><td>{{ due }}</td></tr>{% endif %}<tr><td>Code client :</td><td>{{ cust }}</td></tr></table></td>
<td><table class="kv"><tr><td>Marché :</td><td>{{ marche }}</td></tr>{% if po %}<tr><td>{{ po_label }}</td><td>{{ po }}</td></tr>{% endif %}<tr><td>Montant du marché HT :</td><td>{{ m_total }} €</td></tr>
<tr><td>Chantier :</td><td style="max-width:70mm">{{ site }}</td></tr></table></td></tr></table>
<table class="it"><thead><tr><th>Poste</th><th style="width:44%">Désignation</th><th class="r">Montant marché HT</th><th class="r">Avancement cumulé</th><th class="r">Montant cumulé HT</th></tr></thead><tbody>
{% for it in pos %}<tr><td>{{ it.n }}</td><td>{{ it.desc }}{% if it.sub %}<br><span style="font-size:7pt;color:#666">{{ it.sub }}</span>{% endif %}</td><td class="r">{{ it.m }}</td><td class="r">{{ it.pct }} %</td><td class="r">{{ it.c }}</td></tr>{% endfor %}</tbody></table>
<table class="rc"><tr><td>Total des travaux exécutés cumulés HT</td><td class="r">{{ cum }} €</td></tr><tr><td>Avancement global</td><td class="r">{{ glob }} %</td></tr>
{% for p in prev %}<tr><td>À déduire : situation n° {{ p.k }} du {{ p.d }} (facture {{ p.no }})</td><td class="r">-{{ p.a }} €</td></tr>{% endfor %}
<tr class="b"><td>Montant HT de la situation n° {{ k }}</td><td class="r">{{ net }} €</td></tr>
{% if tax %}<tr><td>TVA {{ rate }} %</td><td class="r">{{ tax }} €</td></tr><tr class="b"><td>Montant TTC de la situation</td><td class="r">{{ total }} €</td></tr>{% else %}<tr><td colspan="2" style="font-size:7.6pt">Autoliquidation – TVA due par le preneur assujetti (article 283-2 nonies du CGI). Sous-traitance au sens de la loi n° 75-1334.</td></tr><tr class="b"><td>Total de la situation (HT)</td><td class="r">{{ total }} €</td></tr>{% endif %}
{% if rg %}<tr><td>Retenue de garantie 5 % (loi n° 71-584)</td><td class="r">-{{ rg }} €</td></tr>{% endif %}{% if acompte %}<tr><td>Acompte versé à la commande (imputé {{ acompte_pct }} %)</td><td class="r">-{{ acompte }} €</td></tr>{% endif %}
<tr class="b"><td>Net à payer</td><td class="r">{{ net_pay }} €</td></tr></table>
{% if rate == "10" %}<div style="margin-top:8px;font-size:7.6pt">TVA au taux réduit de 10 % – travaux d'amélioration sur un local d'habitation achevé depuis plus de deux ans (attestation simplifiée remise le {{ attest }}).</div>{% endif %}
<div style="margin-top:10px;font-size:7.8pt">{{ pay_text }} · IBAN {{ iban }} · BIC {{ bic }}</div>
<div style="margin-top:4px;font-size:7pt;color:#555">En cas de retard de paiement : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement. Pas d'escompte pour paiement anticipé.</div>
<div class="foot">{{ v_name }} · {{ form }} au capital de {{ capital }} € · SIRET {{ siret }} · RCS {{ rcs_city }} {{ siren_sp }} · APE {{ ape }} · N° TVA intracommunautaire {{ tva }}<br>Assurance décennale {{ insurer }}, contrat n° {{ police }} – couverture France métropolitaine</div>
</body></html>"""
)


@style("05", "fr_btp_situation_travaux")
def s05(rng, i):
    vname, v1, v2, rcs_city, color = FR_V[i]
    bname, b1, b2, site = FR_B[i]
    d = rand_date(rng)
    k = rng.randint(2, 5)
    names = FR_L[i]
    pos = []
    for n, desc in enumerate(names, 1):
        m = q2(D(rng.randint(180000, 4800000)) / 100)
        pct = D(rng.choice([100, 100, 100, 90, 80, 75, 60, 50, 40, 25, 0])) if k > 2 else D(rng.choice([100, 60, 50, 40, 30, 20, 10, 0]))
        pos.append({"n": f"{1 + (n - 1) * 4 // len(names)}.{n:02d}" if i == 1 else f"{n:02d}", "sub": f"Fourniture et pose selon CCTP art. {rng.randint(2, 6)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} – {rng.choice(['plans EXE indice B', 'visa du maître d’œuvre', 'PV de réception partielle', 'métré contradictoire'])}" if i == 1 else "", "desc": desc, "m": m, "pct": pct, "c": q2(m * pct / 100)})
    if all(p["c"] == 0 for p in pos):
        pos[0]["pct"], pos[0]["c"] = D(100), pos[0]["m"]
    m_total = sum(p["m"] for p in pos)
    cum = sum(p["c"] for p in pos)
    shares = sorted(rng.sample(range(15, 80), k - 1))
    prev_cums = [q2(cum * D(s) / 100) for s in shares]
    prev, last = [], D(0)
    pd_ = d - dt.timedelta(days=31 * (k - 1))
    for j, pc in enumerate(prev_cums, 1):
        prev.append({"k": j, "d": (pd_ + dt.timedelta(days=31 * (j - 1))).strftime("%d/%m/%Y"), "no": f"FA-{pd_.year}-{rng.randint(100, 999):04d}", "a": pc - last})
        last = pc
    net = cum - last
    rate = {0: D(20), 1: D(20), 2: None, 3: D(10)}[i]
    tax = q2(net * rate / 100) if rate else None
    total = net + (tax or 0)
    rg = q2(total * D("0.05")) if i in (0, 1, 2) else None
    acompte = q2(total * D("0.3")) if i == 3 else None
    net_pay = total - (rg or 0) - (acompte or 0)
    siren = valid(rng, lambda: digits(rng, 9, True), _siren.is_valid)
    siret = valid(rng, lambda: siren + "000" + digits(rng, 2), _siret.is_valid)
    tva = "FR" + _siren.to_tva(siren)
    assert _tva.is_valid(tva)
    tva_p = f"{tva[:4]} {siren[:3]} {siren[3:6]} {siren[6:]}" if i in (1, 3) else tva
    assert tva_p.replace(" ", "") == tva
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    no = [f"FA-{d.year}-{rng.randint(100, 999):04d}", f"{str(d.year)[2:]}{d.month:02d}-{rng.randint(10, 99)}", f"F{d.year}{rng.randint(1000, 9999)}", f"SIT-{rng.randint(1000, 9999)}"][i]
    due = None if i == 3 else d + dt.timedelta(days=[30, 30, 45][i] if i != 1 else 30)
    po, po_label = [(f"BC-{rng.randint(10000, 99999)}", "Bon de commande n° :"), (None, ""), (f"ST-{d.year - 1}-{rng.randint(100, 999)}", "Votre commande n° :"), (None, "")][i]
    marche = [f"Marché privé n° {rng.randint(10, 99)}/{d.year - 1} du {f(d - dt.timedelta(days=rng.randint(120, 400)))}", f"Marché public n° {d.year - 1}-MAPA-{rng.randint(10, 60):03d}, lot n° {rng.randint(2, 6)}",
              f"Contrat de sous-traitance du {f(d - dt.timedelta(days=rng.randint(90, 300)))}", f"Devis n° D{rng.randint(1000, 9999)} accepté le {f(d - dt.timedelta(days=rng.randint(60, 200)))}"][i]
    ib = iban("FR", digits(rng, 5, True) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2))
    ctx = dict(
        color=color, pad="5px" if i == 1 else "2.5px", v_name=vname, v1=v1, v2=v2, tel=f"0{rng.randint(1, 5)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", mail="compta@" + "".join(c for c in vname.split()[0].lower() if c.isalpha()).replace("é", "e").replace("ç", "c") + "-btp.fr",
        qualibat=f"E-E{digits(rng, 6, True)}", b_name=bname, b1=b1, b2=b2, k=k, no=no, d=f(d), stop=f(d - dt.timedelta(days=rng.randint(0, 3))), due=f(due) if due else None, cust=f"C{rng.randint(1000, 9999)}",
        marche=marche, po=po, po_label=po_label, m_total=sp(m_total), site=site,
        pos=[{"n": p["n"], "desc": p["desc"], "sub": p["sub"], "m": sp(p["m"]), "pct": qstr(p["pct"]), "c": sp(p["c"])} for p in pos],
        cum=sp(cum), glob=de(q2(cum / m_total * 100)), prev=[{**p, "a": sp(p["a"])} for p in prev], net=sp(net), rate=qstr(rate) if rate else "", tax=sp(tax) if tax else None, total=sp(total),
        rg=sp(rg) if rg else None, acompte=sp(acompte) if acompte else None, acompte_pct="30", net_pay=sp(net_pay), attest=f(d - dt.timedelta(days=rng.randint(100, 300))),
        pay_text=("Règlement par virement à réception" if i == 3 else f"Règlement par virement au plus tard le {f(due)}" + (" (mandat administratif, délai global de paiement 30 jours)" if i == 1 else "")),
        iban=iban_fmt(ib), bic=rng.choice(["CRLYFRPP", "BNPAFRPP", "AGRIFRPP839", "CCBPFRPP"]), form=vname.split()[-1], capital=sp(D(rng.choice([7500, 10000, 20000, 50000, 80000])), 0),
        siret=f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}", rcs_city=rcs_city, siren_sp=f"{siren[:3]} {siren[3:6]} {siren[6:]}", ape=rng.choice(["4399C", "4391B", "4321A", "4334Z"]), tva=tva_p,
        insurer=rng.choice(["SMABTP", "MAAF Pro", "AXA France IARD"]), police=f"{digits(rng, 6, True)}/{rng.randint(100, 999)}",
    )
    notes = (
        f"French BTP 'situation de travaux n° {k}' (progress invoice) in serif, labels left of values, positions with contract amount, cumulative % and cumulative amount"
        + (" over two pages (the table header repeats)" if i == 1 else "") + ". vendor = the letterhead; vendor tax id = 'N° TVA intracommunautaire' in the footer (as printed); SIRET, SIREN in the RCS, APE, "
        "Qualibat and the décennale policy number are decoys. invoice_number = 'Facture n°'; the earlier situations' invoice numbers and dates in the deduction rows are decoys, as are the situation number, "
        "'Travaux arrêtés au' and the code client. invoice_date = 'Date'. "
        + ("due = 'Échéance'. " if due else "'à réception': no due date (null). ")
        + (f"PO = '{po_label.rstrip(' :')}' {po}. " if po else "No PO (the " + ("marché public number" if i == 1 else "devis number") + " is no PO). ")
        + "subtotal = 'Montant HT de la situation' (cumulative works minus earlier situations); "
        + (f"tax = 'TVA {rate} %'; total = 'Montant TTC de la situation'. " if rate else "VAT reverse-charged (autoliquidation, no VAT printed): tax null; total = 'Total de la situation (HT)' (= the subtotal). ")
        + ("The 5 % retenue de garantie and the 'Net à payer' after it are decoys. " if rg else "The deposit imputed ('Acompte versé à la commande') and 'Net à payer' are decoys. ")
        + "'Total des travaux exécutés cumulés HT' and 'Montant du marché HT' are decoys. Amounts '1 234,56 €'. Line items: every position (amount = 'Montant cumulé HT', no quantity; positions at 0 % included) "
        "and one negative row per earlier situation (its HT amount); they sum to the subtotal."
    )
    lines = [{"amount": mt(p["c"]), "quantity": None} for p in pos] + [{"amount": mt(-p["a"]), "quantity": None} for p in prev]
    t = T(
        vendor_name=vname, vendor_tax_id=tva_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax) if tax is not None else None, total=mt(total), line_items=lines, notes=notes,
    )
    return t, [f(d), f(due) if due else None, tva_p, no, po, vname, f"SITUATION DE TRAVAUX N° {k}"], (S05_HTML, ctx)


# =========================================================================== 06 Moldovan factura fiscală (IDNO, cod TVA, TVA 20 % / 8 %)
MD_V = [
    ('"Codru Vin" S.R.L.', "or. Ialoveni, str. Alexandru cel Bun 51", "BC „Moldova-Agroindbank” S.A.", "AG", "AGRNMD2X"),
    ('"Agro-Nord Lapte" S.A.', "mun. Bălți, str. Ștefan cel Mare 180", "BC „Moldindconbank” S.A.", "ML", "MOLDMD2X"),
    ('"Tehno Soft Chișinău" S.R.L.', "mun. Chișinău, bd. Dacia 47/2", "BC „MAIB” S.A.", "AG", "AGRNMD2X"),
    ('"Construct Sud" S.R.L.', "or. Cahul, str. Republicii 12", "BC „Victoriabank” S.A.", "VI", "VICBMD2X"),
]
MD_B = [
    ('"Supermarket Linella" S.R.L.', "mun. Chișinău, str. Uzinelor 8"),
    ('"Fidesco Retail" S.R.L.', "mun. Chișinău, str. Mihai Viteazul 21"),
    ("Primăria municipiului Bălți", "mun. Bălți, Piața Independenței 1"),
    ('"Casa Mea Construcții" S.R.L.', "or. Comrat, str. Lenin 140"),
]
MD_L = [
    [("Vin alb sec Fetească Albă 0,75 l", "sticlă", 62, 118, 24, 480, 20), ("Vin roșu sec Rară Neagră 0,75 l", "sticlă", 78, 145, 24, 360, 20), ("Divin 5 ani 0,5 l", "sticlă", 165, 290, 12, 120, 20), ("Cutie cadou carton", "buc.", 12, 25, 10, 100, 20)],
    [("Lapte 2,5% 1 l", "buc.", 13.5, 19.9, 100, 2000, 8), ("Chefir 1% 0,9 l", "buc.", 12, 17.5, 60, 900, 8), ("Unt 82,5% 200 g", "buc.", 38, 52, 40, 600, 8), ("Brânză de vaci 9% 400 g", "buc.", 31, 44, 40, 500, 8), ("Lăzi de plastic (ambalaj)", "buc.", 45, 80, 5, 40, 20)],
    [("Licență software contabilitate (anuală)", "buc.", 4200, 9800, 1, 12, 20), ("Mentenanță sistem informațional", "lună", 6500, 14500, 1, 3, 20), ("Instruire personal", "oră", 450, 900, 4, 40, 20)],
    [("Ciment M-400, 50 kg", "sac", 95, 130, 40, 400, 20), ("Bloc BCA 600x250x300", "buc.", 38, 58, 200, 3000, 20), ("Armătură Ø12 A500C", "tonă", 14500, 19800, 1, 12, 20), ("Nisip spălat", "tonă", 210, 360, 10, 120, 20)],
]
S06_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 12mm", font="'DejaVu Sans',sans-serif", fs="8pt")
    + """
table.p td{padding:1.5px 6px 1.5px 0;vertical-align:top} table.it{width:100%;margin-top:10px} table.it th,table.it td{border:1px solid #333;padding:2px 3px} table.it th{font-size:6.8pt;background:#eee;font-weight:normal} table.it td.r{white-space:nowrap}
.ser{border:1.5px solid #000;padding:4px 8px;font-size:10pt;display:inline-block}
</style></head><body>
{% if ef %}<table style="width:100%;font-size:7pt;color:#555"><tr><td>Sistemul informațional automatizat „e-Factura” · Serviciul Fiscal de Stat</td><td class="r">ID document: {{ uuid }}</td></tr></table>{% endif %}
<table style="width:100%;margin-top:6px"><tr><td><div style="font-size:15pt;font-weight:bold">FACTURĂ FISCALĂ</div>{% if ef %}<div style="font-size:7.6pt">(electronică, semnată cu semnătură electronică calificată)</div>{% endif %}</td>
<td class="r"><div class="ser">Seria și numărul: <b>{{ no }}</b></div></td></tr></table>
<table class="p" style="margin-top:8px"><tr><td>Data eliberării:</td><td><b>{{ d }}</b></td><td style="padding-left:24px">Data livrării:</td><td>{{ d_liv }}</td></tr></table>
<table style="width:100%;margin-top:8px;border:1px solid #333"><tr><td style="width:50%;padding:5px;border-right:1px solid #333"><table class="p">
<tr><td>Furnizor:</td><td><b>{{ v_name }}</b></td></tr><tr><td>Adresa:</td><td>{{ v_addr }}</td></tr><tr><td>Cod fiscal (IDNO):</td><td>{{ idno }}</td></tr><tr><td>Codul TVA:</td><td>{{ tva }}</td></tr>
<tr><td>Cont bancar:</td><td>{{ iban }}</td></tr><tr><td>Banca:</td><td>{{ bank }}, {{ bic }}</td></tr></table></td>
<td style="padding:5px"><table class="p"><tr><td>Cumpărător:</td><td><b>{{ b_name }}</b></td></tr><tr><td>Adresa:</td><td>{{ b_addr }}</td></tr><tr><td>Cod fiscal (IDNO):</td><td>{{ b_idno }}</td></tr>{% if b_tva %}<tr><td>Codul TVA:</td><td>{{ b_tva }}</td></tr>{% endif %}
<tr><td>Punct de descărcare:</td><td>{{ unload }}</td></tr></table></td></tr></table>
<table class="p" style="margin-top:6px"><tr><td>Temei:</td><td>{{ basis }}</td></tr>{% if po %}<tr><td>Comanda nr.:</td><td>{{ po }}</td></tr>{% endif %}{% if deleg %}<tr><td>Delegația:</td><td>{{ deleg }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>Nr.</th><th style="width:32%">Denumirea mărfurilor / serviciilor</th><th>U/M</th><th>Cantitatea</th><th>Prețul fără TVA, lei</th><th>Valoarea fără TVA, lei</th><th>Cota TVA, %</th><th>Suma TVA, lei</th><th>Valoarea cu TVA, lei</th></tr>
<tr style="font-size:6.4pt;color:#666">{% for n in range(1, 10) %}<td class="c">{{ n }}</td>{% endfor %}</tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r"><b>TOTAL</b></td><td class="r"><b>{{ net }}</b></td><td class="c">x</td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:8px">Suma totală spre plată (cu TVA): <b>{{ total }} lei</b>{% if words %} ({{ words }}){% endif %}</div>
{% if due %}<div style="margin-top:4px">Termen de plată: <b>{{ due }}</b></div>{% elif terms %}<div style="margin-top:4px">{{ terms }}</div>{% endif %}
<table style="width:100%;margin-top:30px"><tr><td>Conducătorul: ____________ {{ s1 }}</td><td>Contabil-șef: ____________ {{ s2 }}</td></tr><tr><td style="padding-top:14px">Eliberat: ____________</td><td style="padding-top:14px">Primit: ____________</td></tr><tr><td style="padding-top:10px">L.Ș.</td><td></td></tr></table>
</body></html>"""
)


@style("06", "md_factura_fiscala")
def s06(rng, i):
    vname, vaddr, bank, bcode, bic = MD_V[i]
    bname, baddr = MD_B[i]
    d = rand_date(rng)
    items = items_from(rng, MD_L[i], rng.randint(2, 4), step=D("0.01") if i != 2 else D("10"))
    for it in items:
        it["rate"] = D(it["extra"])
        it["tax"] = q2(it["amount"] * it["rate"] / 100)
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    ef = i in (0, 2)
    fm = [sp, sp, de, lambda x, nd=2: fnum(x, ".", "", nd)][i]
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    idno = valid(rng, lambda: "100" + digits(rng, 10), _idno.is_valid)
    b_idno = valid(rng, lambda: rng.choice(["1003", "1002", "1012"]) + digits(rng, 9), _idno.is_valid)
    tva = digits(rng, 7, True) if i != 1 else "0" + digits(rng, 6, True)
    no = f"{rng.choice(['EAA', 'EAB', 'EAC'])}{digits(rng, 7, True)}" if ef else f"{rng.choice(['FN', 'AAF', 'BUZ'])}{digits(rng, 7, True)}"
    due = {0: d + dt.timedelta(days=30), 2: d + dt.timedelta(days=20), 3: d + dt.timedelta(days=10)}.get(i)
    po = [None, f"{rng.randint(100, 999)}/{str(d.year)[2:]}", None, f"CMD-{rng.randint(1000, 9999)}"][i]
    basis = [f"Contract nr. {rng.randint(10, 99)}-V din {f(d - dt.timedelta(days=rng.randint(90, 400)))}", "Livrare conform comenzii", f"Contract de achiziții publice nr. {rng.randint(10, 200)}/{d.year}", f"Contract nr. {rng.randint(1, 60)} din {f(d - dt.timedelta(days=rng.randint(30, 200)))}"][i]
    ib = iban("MD", bcode + digits(rng, 18))
    ctx = dict(
        ef=ef, uuid="-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)), no=no, d=f(d), d_liv=f(d - dt.timedelta(days=rng.choice([0, 0, 1, 2]))),
        v_name=vname, v_addr=vaddr, idno=idno, tva=tva, iban=iban_fmt(ib) if i != 3 else ib, bank=bank, bic=bic, b_name=bname, b_addr=baddr, b_idno=b_idno, b_tva=digits(rng, 7, True) if i != 2 else None,
        unload=baddr.split(",")[0], basis=basis, po=po, deleg=None if ef else f"nr. {rng.randint(10, 300)} din {f(d)}, {rng.choice(['I. Rusu', 'V. Ceban', 'A. Lungu'])}",
        items=[{"desc": it["desc"], "unit": it["unit"], "q": fm(it["qty"], 0), "p": fm(it["price"]), "a": fm(it["amount"]), "r": qstr(it["rate"]), "t": fm(it["tax"]), "g": fm(it["amount"] + it["tax"])} for it in items],
        net=fm(net), tax=fm(tax), total=fm(total), words=None, due=f(due) if due else None, terms="Plata în termen de 30 zile de la livrare." if i == 1 else "",
        s1=rng.choice(["Ion Cojocaru", "Elena Munteanu", "Vasile Botnaru"]), s2=rng.choice(["Natalia Rotari", "Svetlana Gurău", "Maria Ciobanu"]),
    )
    notes = (
        "Moldovan factura fiscală" + (" (e-Factura printout)" if ef else " (paper form, with delegation)") + ", two party boxes with labels left of values, fully ruled 9-column table with a numbered column row and a TOTAL row inside it: "
        "vendor = 'Furnizor'; vendor tax id = its 'Codul TVA' (the VAT registration, 7 digits); the 'Cod fiscal (IDNO)' (13 digits, checksum) and the buyer's IDNO and cod TVA are decoys. "
        "invoice_number = 'Seria și numărul' (series + number, one token)" + (" ; the e-Factura document ID is a decoy" if ef else "") + ". invoice_date = 'Data eliberării'; 'Data livrării' is a decoy. "
        + ("due = 'Termen de plată'. " if due else "no due date printed (terms in days: null). ")
        + (f"PO = 'Comanda nr.' {po}. " if po else "No PO (the contract in 'Temei' is no PO). ")
        + "subtotal = the TOTAL row's 'Valoarea fără TVA'; tax = its 'Suma TVA'" + (" (8 % and 20 % lines)" if len({it['rate'] for it in items}) > 1 else "") + "; total = its 'Valoarea cu TVA' (= 'Suma totală spre plată'). "
        + f"Currency MDL (lei). Amounts {['1 234,56', '1 234,56', '1.234,56', '1234.56'][i]}. Line items: every row (amount = 'Valoarea fără TVA')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tva, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MDL", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, tva, idno, no, po, vname], (S06_HTML, ctx)


# =========================================================================== 09 Tanzanian tax invoice (TIN, VRN, VAT 18 %, EFD receipt block)
TZ_V = [
    ("Kilimanjaro Coffee Traders Ltd", "Plot 45, Sokoine Road", "P.O. Box 1123, Arusha", "#6f4e37"),
    ("Bahari Tours & Safaris Ltd", "Plot 12, Haile Selassie Road, Masaki", "P.O. Box 78654, Dar es Salaam", "#0e7c86"),
    ("Mwanza Fisheries Supplies Ltd", "Plot 7, Nyerere Road, Ilemela", "P.O. Box 2290, Mwanza", "#1f3f74"),
    ("Dodoma Office Solutions Co. Ltd", "Jamhuri Street, Plot 33", "P.O. Box 411, Dodoma", "#7a2e8e"),
]
TZ_B = [
    ("Serena Hotels Tanzania Ltd", "Ohio Street, Dar es Salaam"),
    ("Nordic Horizons Travel AB", "Kungsgatan 12, Stockholm, Sweden"),
    ("Lake Victoria Fish Processors Ltd", "Igogo, Mwanza"),
    ("Tanzania Revenue Authority - Dodoma Region", "Kikuyu Avenue, Dodoma"),
]
TZ_L = [
    [("KCT-R250", "Roasted coffee beans, medium roast 1kg", "kg", 24000, 38000, 20, 300, "S"), ("KCT-G60", "Green coffee beans AA, 60kg bag", "bag", 620000, 980000, 1, 12, "E"),
     ("KCT-GR500", "Ground coffee 500g", "pkt", 11500, 18500, 24, 480, "S"), ("KCT-T100", "Tea, Usambara black 100 bags", "box", 4200, 7800, 24, 240, "S")],
    [("BTS-SAF5", "5-day Northern Circuit safari (per person)", "pax", 1650, 2900, 2, 12, "S"), ("BTS-PARK", "Park and concession fees (Serengeti, Ngorongoro)", "pax", 480, 950, 2, 12, "S"),
     ("BTS-TRF", "Airport transfer Kilimanjaro International", "trip", 60, 140, 1, 4, "S"), ("BTS-BAL", "Hot air balloon safari", "pax", 560, 650, 1, 6, "S")],
    [("MFS-NET", "Gill nets, nylon monofilament", "pcs", 28000, 65000, 10, 200, "S"), ("MFS-ICE", "Flake ice", "tonne", 90000, 160000, 5, 60, "S"),
     ("MFS-OUT", "Outboard engine 40HP service", "job", 250000, 600000, 1, 4, "S"), ("MFS-BOX", "Insulated fish boxes 200L", "pcs", 145000, 260000, 2, 40, "S")],
    [("DOS-A4", "A4 copy paper 80gsm (box of 5 reams)", "box", 52000, 68000, 10, 150, "S"), ("DOS-TON", "Toner cartridge HP 59A", "pcs", 145000, 230000, 2, 20, "S"),
     ("DOS-CHR", "Ergonomic office chair", "pcs", 280000, 520000, 2, 20, "S"), ("DOS-SVC", "Printer maintenance (per visit)", "visit", 60000, 120000, 1, 6, "S")],
]
S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="0 0 12mm 0", font="'Liberation Sans',Arial,sans-serif", fs="8.6pt")
    + """
.band{background:{{ color }};color:#fff;padding:9mm 14mm 6mm} .wrap{padding:0 14mm} table.hb td{border:1px solid #bbb;padding:3px 6px} table.hb td.k{background:#f3f3f3;font-size:7.6pt}
table.it{width:100%;margin-top:10px} table.it th{background:#f3f3f3;border-bottom:2px solid {{ color }};padding:4px;text-align:left;font-size:7.8pt} table.it th.r{text-align:right} table.it td{padding:4px;border-bottom:1px solid #e2e2e2}
table.tt td{padding:3px 6px} .efd{border:1px dashed #555;padding:6px 8px;font-size:7.6pt;margin-top:12px}
</style></head><body>
<div class="band"><table style="width:100%"><tr><td><div style="font-size:17pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}<br>{{ v2 }}, Tanzania<br>Tel: {{ tel }} · {{ mail }}</td>
<td class="r" style="vertical-align:bottom">TIN: {{ tin }}<br>VRN: <b>{{ vrn }}</b></td></tr></table></div>
<div class="wrap"><table style="width:100%;margin-top:14px"><tr><td style="width:52%;vertical-align:top"><div style="font-size:7.6pt;color:#666">BILL TO</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>{{ b_ids }}</td>
<td><div style="font-size:16pt;font-weight:bold;color:{{ color }};text-align:right;margin-bottom:4px">TAX INVOICE</div><table class="hb" style="width:100%"><tr><td class="k">Invoice No.</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Invoice Date</td><td>{{ d }}</td></tr>
{% if due %}<tr><td class="k">Due Date</td><td>{{ due }}</td></tr>{% endif %}{% if po %}<tr><td class="k">LPO No.</td><td>{{ po }}</td></tr>{% endif %}{% if dn %}<tr><td class="k">Delivery Note</td><td>{{ dn }}</td></tr>{% endif %}<tr><td class="k">Customer A/C</td><td>{{ acct }}</td></tr>
<tr><td class="k">Currency</td><td>{{ cur }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>S/N</th><th>Item Code</th><th style="width:40%">Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit Price</th><th>VAT</th><th class="r">Amount ({{ cur }})</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td>{{ it.v }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:54%;vertical-align:top;font-size:7.8pt">VAT codes: S = standard rated 18%, E = exempt (VAT Act 2014, Schedule).<br><br><b>Amount in words:</b> {{ words }}<br><br>{{ bank|safe }}</td>
<td style="vertical-align:top"><table class="tt" style="width:100%"><tr><td>Taxable amount</td><td class="r">{{ taxable }}</td></tr>{% if exempt %}<tr><td>Exempt amount</td><td class="r">{{ exempt }}</td></tr>{% endif %}
<tr><td>Sub Total (excl. VAT)</td><td class="r">{{ net }}</td></tr><tr><td>VAT @ 18%</td><td class="r">{{ tax }}</td></tr><tr><td style="border-top:2px solid {{ color }}"><b>Total Amount ({{ cur }})</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }}</b></td></tr>
{% if fx %}<tr><td style="color:#666">TZS equivalent @ {{ fx }}</td><td class="r" style="color:#666">{{ tzs }}</td></tr>{% endif %}{% if dep %}<tr><td>Less: deposit received</td><td class="r">-{{ dep }}</td></tr><tr><td><b>Balance payable</b></td><td class="r"><b>{{ bal }}</b></td></tr>{% endif %}</table></td></tr></table>
<div class="efd"><table style="width:100%"><tr><td style="width:28mm">{{ qr|safe }}</td><td><b>EFD / VFD FISCAL RECEIPT</b><br>Receipt No: {{ rct }} &nbsp; Z No: {{ z }}<br>Receipt Date/Time: {{ rct_dt }}<br>Serial No: {{ serial }} &nbsp; UIN: {{ uin }}<br>Receipt Verification Code: <b>{{ rvc }}</b><br>Verify at verify.tra.go.tz/{{ rvc }}</td></tr></table></div>
<div style="margin-top:10px;font-size:7.2pt;color:#555">{{ wht }}Goods remain the property of {{ v_name }} until paid in full. E&amp;OE.</div></div>
</body></html>"""
)


@style("09", "tz_tax_invoice_vrn_efd")
def s09(rng, i):
    vname, v1, v2, color = TZ_V[i]
    bname, baddr = TZ_B[i]
    d = rand_date(rng)
    cur = "USD" if i == 1 else "TZS"
    items = items_from(rng, [(r[1], r[2], r[3], r[4], r[5], r[6], (r[0], r[7])) for r in TZ_L[i]], rng.randint(2, 4), step=D("0.01") if cur == "USD" else D("500"))
    for it in items:
        it["code"], it["vat"] = it["extra"]
    taxable = sum(it["amount"] for it in items if it["vat"] == "S")
    exempt = sum(it["amount"] for it in items if it["vat"] == "E")
    net = taxable + exempt
    tax = q2(taxable * D("0.18"))
    total = net + tax
    tin = digits(rng, 9, True)
    tin_p = f"{tin[:3]}-{tin[3:6]}-{tin[6:]}"
    vrn = f"40-{digits(rng, 6)}-{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    f = [lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    no = [f"KCT/INV/{d.year}/{rng.randint(100, 999)}", f"BTS-{rng.randint(10000, 99999)}", f"INV{rng.randint(100000, 999999)}", f"DOS-{str(d.year)[2:]}-{rng.randint(1000, 9999)}"][i]
    due = {0: d + dt.timedelta(days=30), 2: d + dt.timedelta(days=14), 3: d + dt.timedelta(days=30)}.get(i)
    po = [f"LPO-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500, 4999)}/{d.year}", f"TRA/DOD/LPO/{rng.randint(100, 999)}"][i]
    fx = D(rng.randint(248000, 272000)) / 100 if cur == "USD" else None
    dep = q2(total * D("0.3")) if i == 1 else None
    btin = digits(rng, 9, True)
    b_ids = [f"TIN: {btin[:3]}-{btin[3:6]}-{btin[6:]} · VRN: 40-{digits(rng, 6)}-{rng.choice('ABCDEFGHJK')}", "VAT No: SE" + digits(rng, 10, True) + "01 (non-resident)", f"TIN: {btin[:3]}-{btin[3:6]}-{btin[6:]}", f"TIN: {btin[:3]}-{btin[3:6]}-{btin[6:]} · VRN: 40-{digits(rng, 6)}-{rng.choice('ABCDEFGHJK')}"][i]
    rvc = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    whole = int(total)
    cents = int((total - whole) * 100)
    words = ("US Dollars " if cur == "USD" else "Tanzania Shillings ") + en_words_title(whole) + (f" and {cents:02d}/100" if cents else "") + " Only"
    bank = (
        f"<b>Bank details:</b> {rng.choice(['CRDB Bank Plc', 'NMB Bank Plc', 'Stanbic Bank Tanzania', 'NBC Bank'])}, A/C {digits(rng, 13, True)}"
        + (" (USD account), SWIFT " + rng.choice(["CORUTZTZ", "NMIBTZTZ", "SBICTZTX"]) if cur == "USD" else ", Branch " + rng.choice(["Arusha", "Mwanza", "Dodoma", "Samora Avenue"]))
        + (f"<br>M-Pesa Lipa Namba: {digits(rng, 7, True)}" if i in (0, 3) else "")
    )
    fm = en
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"+255 {rng.choice(['22', '27', '28', '26'])} {digits(rng, 3)} {digits(rng, 4)}", mail="accounts@" + vname.split()[0].lower() + ".co.tz",
        tin=tin_p, vrn=vrn, b_name=bname, b_addr=baddr, b_ids=b_ids, no=no, d=f(d), due=f(due) if due else None, po=po, dn=f"DN{rng.randint(10000, 99999)}" if i in (0, 2) else None,
        acct=f"C{rng.randint(1000, 9999)}", cur=cur,
        items=[{"code": it["code"], "desc": it["desc"], "q": qstr(it["qty"]), "unit": it["unit"], "p": fm(it["price"]), "v": it["vat"], "a": fm(it["amount"])} for it in items],
        taxable=fm(taxable), exempt=fm(exempt) if exempt else None, net=fm(net), tax=fm(tax), total=fm(total), fx=en(fx) if fx else None, tzs=en(q2(total * fx)) if fx else None,
        dep=fm(dep) if dep else None, bal=fm(total - dep) if dep else None, words=words, bank=bank, qr=qr_svg(rng, 24),
        rct=digits(rng, 7, True), z=f"{rng.randint(100, 1999)}/{d.strftime('%Y%m%d')}", rct_dt=f"{f(d)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        serial=f"10TZ{digits(rng, 6, True)}", uin=f"09VFDWEBAPI-{digits(rng, 9, True)}", rvc=rvc,
        wht="Where applicable, withholding tax (2% on goods, 5% on services) is deducted by the payer under the Income Tax Act. " if i == 3 else "",
    )
    notes = (
        "Tanzanian tax invoice with a coloured letterhead band: vendor tax id = the VRN (VAT registration number, 40-nnnnnn-L) in the band; the TIN beside it, the customer's TIN/VRN"
        + (" (a foreign VAT number)" if i == 1 else "") + ", the customer account and the EFD/VFD receipt number, Z number, serial, UIN and verification code are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'; the EFD receipt date-time is a decoy. "
        + ("due = 'Due Date'. " if due else "no due date printed (null). ")
        + (f"PO = 'LPO No.' {po}. " if po else "No PO. ")
        + ("The delivery note number is a decoy. " if i in (0, 2) else "")
        + "subtotal = 'Sub Total (excl. VAT)'; tax = 'VAT @ 18%'; total = 'Total Amount'. "
        + ("'Taxable amount' and 'Exempt amount' are parts (exempt line coded E). " if exempt else "'Taxable amount' repeats the subtotal. ")
        + ("Billed in USD: the TZS equivalent is a decoy; the deposit and 'Balance payable' after it are decoys. " if i == 1 else "Currency TZS. ")
        + ("The withholding-tax note is a decoy. " if i == 3 else "")
        + "Amounts 1,234,567.00. Line items: every row (quantity = Qty)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vrn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency=cur, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vrn, tin_p, no, po, vname, rvc], (S09_HTML, ctx)
