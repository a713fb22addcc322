"""Chromium (HTML) styles for set 12, part A (02 Cameroonian facture / invoice on a two-column bilingual page with TVA
17.5 % and the CAC, 06 Montenegrin translation agency's račun priced per word with its fiscal codes, 08 Panamanian
event venue's factura electrónica with the deposit deducted)."""

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
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import qr_svg
from kit_words import en_words_title, fr_words
from stdnum.me import iban as _meiban
from stdnum.me import pib as _mepib

STYLES, style = style_registry("chromium")


# =========================================================================== 02 Cameroonian facture / invoice, two-column bilingual page (NIU, RCCM, TVA 17.5 % + CAC 10 % of the TVA, FCFA)
CM_V = [
    ("SOCIÉTÉ CAMEROUNAISE DE FOURNITURES INDUSTRIELLES SARL", "SOCAFI", ["Zone industrielle de Bassa, BP 4512", "Douala, Cameroun"], "DLA", "#1d4e89"),
    ("AGRO-SERVICES DU MOUNGO SA", "AGROSEM", ["Route de Nkongsamba, BP 118", "Mbanga, Cameroun"], "NKS", "#2e7d32"),
    ("CABINET D'INGÉNIERIE NGOA & ASSOCIÉS SARL", "CINGA", ["Rue 1.750 Bastos, BP 20315", "Yaoundé, Cameroun"], "YAO", "#6a1b4d"),
    ("MOUNT FAKO TECH SOLUTIONS LTD", "FAKO TECH", ["Molyko, opposite University of Buea", "Buea, Cameroon"], "BUE", "#b35c00"),
]
CM_B = [("BRASSERIES DU LITTORAL SA", "Boulevard de la Réunification, Douala", "Douala"), ("COOPÉRATIVE DES PLANTEURS DE PENJA", "Penja, Département du Moungo", "Penja"),
        ("COMMUNE D'ARRONDISSEMENT DE YAOUNDÉ IV", "Kondengui, Yaoundé", "Yaoundé"), ("LIMBE REGIONAL HOSPITAL", "Church Street, Limbe", "Limbe")]
CM_L = [  # (French, English, unit fr, unit en, lo, hi, qlo, qhi)
    [("Ciment CPJ 42,5 – sac de 50 kg", "Cement CPJ 42.5 – 50 kg bag", "sac", "bag", 5200, 6400, 50, 800), ("Fer à béton HA 12 – barre de 12 m", "Reinforcing bar HA 12 – 12 m bar", "barre", "bar", 5800, 7900, 20, 400),
     ("Tôle bac alu 0,40 mm – 3 m", "Aluminium roofing sheet 0.40 mm – 3 m", "pièce", "piece", 7500, 11000, 20, 300), ("Peinture glycéro blanche 20 l", "White gloss paint 20 l", "seau", "bucket", 38000, 52000, 2, 40)],
    [("Engrais NPK 20-10-10 – sac de 50 kg", "NPK 20-10-10 fertiliser – 50 kg bag", "sac", "bag", 17500, 23000, 10, 200), ("Fongicide Ridomil Gold – 1 kg", "Ridomil Gold fungicide – 1 kg", "boîte", "box", 9800, 14500, 5, 80),
     ("Location tracteur avec chauffeur", "Tractor hire with driver", "jour", "day", 65000, 95000, 1, 12), ("Plants de bananier in vitro", "In-vitro banana plantlets", "plant", "plantlet", 350, 600, 200, 3000)],
    [("Étude de faisabilité – réhabilitation de voirie", "Feasibility study – road rehabilitation", "forfait", "lump sum", 2500000, 6500000, 1, 1), ("Relevés topographiques", "Topographic survey", "km", "km", 180000, 320000, 2, 12),
     ("Contrôle et surveillance des travaux", "Works supervision", "mois", "month", 850000, 1500000, 1, 4), ("Rapport d'impact environnemental", "Environmental impact report", "forfait", "lump sum", 900000, 1800000, 1, 1)],
    [("Ordinateur portable HP ProBook 450", "HP ProBook 450 laptop", "unité", "unit", 420000, 560000, 1, 12), ("Onduleur APC 1500 VA", "APC 1500 VA UPS", "unité", "unit", 95000, 140000, 1, 10),
     ("Installation réseau local (câblage, baie)", "Local network installation (cabling, rack)", "forfait", "lump sum", 350000, 900000, 1, 1), ("Maintenance annuelle", "Annual maintenance", "an", "year", 250000, 480000, 1, 1)],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="11mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
    + """
.hd{color:{{ color }}} .col{width:50%;vertical-align:top;padding:0 10px} .col.l{border-right:1.2px solid {{ color }}} .t{font-size:17pt;font-weight:bold;letter-spacing:2px;color:{{ color }}}
table.kv td{padding:1.5px 6px 1.5px 0;vertical-align:top} .lab{color:#555} table.it{width:100%;margin-top:10px} table.it th{background:{{ color }};color:#fff;padding:3px 4px;font-size:7.2pt} table.it td{padding:3px 4px;border-bottom:1px solid #ccc}
.en{font-style:italic;color:#444} table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 6px} .small{font-size:7pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:19pt;font-weight:bold">{{ brand }}</div><div style="font-weight:bold">{{ v_name }}</div><div>{{ v_addr }} · Tél./Tel.: {{ tel }}</div></td>
<td class="r small">NIU : {{ niu }}<br>RCCM : {{ rccm }}<br>{{ regime }}</td></tr></table>
<table style="width:100%;margin-top:12px"><tr>{% for c in cols %}<td class="col{% if loop.first %} l{% endif %}"><div class="t">{{ c.title }}</div>
<table class="kv" style="margin-top:6px">{% for k, v in c.kv %}<tr><td class="lab">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table>
<div style="margin-top:8px" class="lab">{{ c.to }}</div><div><b>{{ b_name }}</b><br>{{ b_addr }}<br>{{ c.niu_b }} {{ b_niu }}</div></td>{% endfor %}</tr></table>
<table class="it"><tr><th>N°</th><th style="width:46%">Désignation / <i>Description</i></th><th>Unité / <i>Unit</i></th><th class="r">Qté / <i>Qty</i></th><th class="r">P.U. HT / <i>Unit price</i></th><th class="r">Montant HT / <i>Amount</i></th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d1 }}<br><span class="en">{{ it.d2 }}</span></td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k1, k2, v, b in tots %}<tr><td>{% if b %}<b>{{ k1 }}</b>{% else %}{{ k1 }}{% endif %} / <span class="en">{{ k2 }}</span></td><td class="r" style="min-width:32mm">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr>{% for c in cols %}<td class="col{% if loop.first %} l{% endif %}"><div>{{ c.words }}</div><div class="small" style="margin-top:6px">{{ c.terms }}</div></td>{% endfor %}</tr></table>
<table style="width:100%;margin-top:26px"><tr><td class="c">{{ sign }}<br><br><br>_____________________</td><td class="c small">{{ stamp }}</td></tr></table>
<div class="small" style="margin-top:18px;border-top:1px solid #aaa;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("02", "cm_facture_invoice_bilingual_columns")
def s02(rng, i):
    vname, brand, vaddr, city, color = CM_V[i]
    bname, baddr, bcity = CM_B[i]
    d = rand_date(rng)
    items = []
    for fr_, en_, ufr, uen, lo, hi, qlo, qhi in rng.sample(CM_L[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        step = D(500) if lo >= 100000 else (D(50) if lo >= 5000 else D(5))
        p = step * rng.randint(lo // int(step), hi // int(step))
        items.append({"d1": fr_, "d2": en_, "u": f"{ufr} / {uen}" if ufr != uen else ufr, "qty": q, "price": p, "amount": q * p})
    net = sum(it["amount"] for it in items)
    tva = q0(net * D("0.175"))
    cac = q0(tva / 10)
    tax = tva + cac
    total = net + tax
    niu = rng.choice("MP") + digits(rng, 12) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    rccm = f"RC/{city}/{rng.randint(2004, 2022)}/B/{rng.randint(100, 9999)}"
    no = [f"FAC-{d.year}-{rng.randint(100, 999):04d}", f"{rng.randint(10, 480):03d}/{str(d.year)[2:]}", f"CINGA/{d.year}/F{rng.randint(10, 99)}", f"FT{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    due = d + dt.timedelta(days=[30, 0, 45, 30][i]) if i != 1 else None
    po = [f"BC N° {rng.randint(4500000, 4599999)}", None, f"{rng.randint(10, 99)}/MC/CAYIV/{d.year}", f"LRH/PO/{rng.randint(100, 999)}/{d.year}"][i]
    po_v = po.replace("BC N° ", "") if po else None
    numeric = i == 1
    fr_d = (lambda x: x.strftime("%d/%m/%Y")) if numeric else (lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}")
    en_d = (lambda x: x.strftime("%d/%m/%Y")) if numeric else (lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}")
    fcfa = lambda x: sp(x, 0)  # noqa: E731
    words_fr = fr_words(total)
    words_en = en_words(total)
    kv_fr = [("Facture N° :", no), ("Date :", fr_d(d)), ("Échéance :", fr_d(due) if due else "À réception de facture")]
    kv_en = [("Invoice No.:", no), ("Date:", en_d(d)), ("Due date:", en_d(due) if due else "Upon receipt of invoice")]
    if po:
        kv_fr.append(("Bon de commande N° :", po_v))
        kv_en.append(("Purchase order No.:", po_v))
    kv_fr.append(("Devise :", "Franc CFA (XAF)"))
    kv_en.append(("Currency:", "CFA franc (XAF)"))
    col_fr = {"title": "FACTURE", "kv": kv_fr, "to": "Client :", "niu_b": "NIU client :", "words": f"Arrêtée la présente facture à la somme de : {words_fr} francs CFA.",
              "terms": f"Paiement par virement ou chèque à l'ordre de {brand}. Tout retard de paiement entraîne des pénalités conformément à l'Acte uniforme OHADA."}
    col_en = {"title": "INVOICE", "kv": kv_en, "to": "Customer:", "niu_b": "Customer NIU:", "words": f"This invoice is closed at the sum of: {words_en} CFA francs.",
              "terms": f"Payment by bank transfer or cheque to the order of {brand}. Late payment attracts penalties in accordance with the OHADA Uniform Act."}
    cols = [col_en, col_fr] if i == 3 else [col_fr, col_en]
    tots = [("Total HT", "Total excl. VAT", fcfa(net), False), ("TVA 17,5 %", "VAT 17.5%", fcfa(tva), False), ("CAC (10 % de la TVA)", "Council surtax (10% of VAT)", fcfa(cac), False)]
    if i != 2:
        tots.append(("Total taxes", "Total taxes", fcfa(tax), False))
    tots.append(("Net à payer TTC (FCFA)", "Total amount due incl. taxes (XAF)", fcfa(total), True))
    bank = rng.choice(["Afriland First Bank", "Société Générale Cameroun", "BICEC", "Ecobank Cameroun", "UBA Cameroon"])
    rib = f"{rng.randint(10001, 10039)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)}"
    ctx = dict(
        color=color, brand=brand, v_name=vname, v_addr=", ".join(vaddr), tel=f"+237 6{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", niu=niu, rccm=rccm,
        regime=rng.choice(["Régime du réel – CIME de Douala", "Centre des Impôts des Moyennes Entreprises", "Direction des Grandes Entreprises"]), cols=cols, b_name=bname, b_addr=baddr,
        b_niu=rng.choice("MP") + digits(rng, 12) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        items=[{"d1": it["d1"], "d2": it["d2"], "u": it["u"], "q": qstr(it["qty"]), "p": fcfa(it["price"]), "a": fcfa(it["amount"])} for it in items], tots=tots,
        sign="Le Directeur Général / The Managing Director" if i != 3 else "The Managing Director / Le Directeur Général", stamp=f"Fait à {vaddr[-1].split(',')[0]} / Done at {vaddr[-1].split(',')[0]}",
        foot=f"{vname} · Capital social / Share capital: {sp(D(rng.choice([1, 10, 50, 100])) * 1000000, 0)} FCFA · {bank} – RIB {rib} · NIU {niu}",
    )
    notes = (
        "Cameroonian invoice on a two-column bilingual page: the header facts (number, date, due date, PO, customer) are printed twice, "
        + ("English on the left and French on the right (an anglophone company)" if i == 3 else "French on the left and English on the right")
        + ", the same values in each column" + ("" if numeric else " (the date written in French and in English words: '12 mars 2026' / '12 March 2026')")
        + "; the item descriptions and total labels are bilingual. vendor = the legal name under the short brand (the brand, e.g. '" + brand + "', is a decoy); vendor tax id = 'NIU' (one letter, 12 digits, "
        "one letter; no public checksum: random); the RCCM, the customer's NIU, the RIB and the share capital are decoys. invoice_number = 'Facture N°' / 'Invoice No.'; invoice_date = 'Date'. "
        + ("due = 'Échéance' / 'Due date'. " if due else "'À réception de facture' / 'Upon receipt of invoice': no due date (null). ")
        + (f"PO = 'Bon de commande N°' / 'Purchase order No.' {po_v}. " if po else "No PO. ")
        + "subtotal = 'Total HT'; tax = TVA 17.5% + CAC (the communal surtax, 10% of the TVA: 19.25% in all)" + (" printed only as its two rows (no total tax row)" if i == 2 else " = 'Total taxes'")
        + "; total = 'Net à payer TTC'. The amounts in words (French and English) repeat the total. Currency XAF ('FCFA', franc CFA), whole francs '1 234 567'. "
        "Line items: every row (amount = 'Montant HT'; quantity 'Qté')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=niu, invoice_number=no, po_number=po_v, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XAF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [fr_d(d), en_d(d), fr_d(due) if due else None, en_d(due) if due else None, niu, no, po_v, vname, "FCFA"]}
    if i == 2:
        chk["tax_parts"] = [mt(tva), mt(cac)]
    return t, chk, (S02_HTML, ctx)


def en_words(n):
    return en_words_title(n)


# =========================================================================== 06 Montenegrin translation agency račun (per-word prices, PIB / PDV broj, PDV 21 %, IKOF / JIKR fiscal codes)
ME_V = [
    ("LINGUA MONTENEGRINA d.o.o.", "Bulevar Svetog Petra Cetinjskog 68", "81000 Podgorica", "#0d5c63", True),
    ("Prevodilački centar ADRIA d.o.o.", "Njegoševa 14", "85330 Kotor", "#8a2c0d", True),
    ("PR Prevodi Ana Vuković", "Tršova 12", "84000 Bijelo Polje", "#444", False),
    ("TRANSLEX Budva d.o.o.", "Mediteranska 21", "85310 Budva", "#3a3a8c", True),
]
ME_B = [("Crnogorski Telekom a.d.", "Moskovska 29, 81000 Podgorica"), ("Luka Kotor a.d.", "Kotor bb, 85330 Kotor"), ("Opština Bijelo Polje", "Ulica slobode 3, 84000 Bijelo Polje"),
        ("Hotel Splendid Resort d.o.o.", "Bečići bb, 85310 Budva")]
ME_DOCS = ["Ugovor o zakupu poslovnog prostora", "Tehnička dokumentacija – uputstvo za upotrebu", "Finansijski izvještaj za 2025. godinu", "Tenderska dokumentacija",
           "Opšti uslovi poslovanja", "Medicinska dokumentacija", "Statut društva", "Web sajt – sadržaj za turiste"]
ME_PAIRS = ["EN→CNR", "CNR→EN", "DE→CNR", "CNR→DE", "IT→CNR", "RU→CNR", "CNR→FR"]
S06_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} table.kv td{padding:1.5px 8px 1.5px 0} table.it{width:100%;margin-top:10px} table.it th{border-top:1.5px solid {{ color }};border-bottom:1px solid {{ color }};padding:3px 4px;font-size:7.4pt;text-align:left}
table.it th.r{text-align:right} table.it td{padding:3px 4px;border-bottom:1px dotted #bbb} table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:2px 6px} .small{font-size:7pt;color:#555} .fis{border:1px solid #999;padding:6px 8px;font-size:7pt;margin-top:14px}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div class="hd" style="font-size:16pt;font-weight:bold">{{ v_name }}</div><div>{{ v1 }}, {{ v2 }}</div><div>Tel: {{ tel }} · {{ mail }}</div>
<div class="small">{% for l in ids %}{{ l }}{% if not loop.last %} · {% endif %}{% endfor %}</div><div class="small">Žiro račun: {{ acc }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:15pt;font-weight:bold">RAČUN br. {{ no }}</div><table class="kv" style="margin-left:auto;margin-top:4px">{% for k, v in meta %}<tr><td class="small">{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px;border-left:3px solid {{ color }};padding-left:8px"><span class="small">Kupac:</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>{{ b_ids }}</div>
{% if ref %}<div style="margin-top:8px">{{ ref }}</div>{% endif %}
<table class="it"><tr><th>R.b.</th><th style="width:44%">Opis usluge</th><th>Jed. mjere</th><th class="r">Količina</th><th class="r">Cijena{{ ' bez PDV-a' if vat else '' }}</th>{% if vat %}<th class="r">PDV</th>{% endif %}<th class="r">Iznos{{ ' bez PDV-a' if vat else '' }}</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}.</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>{% if vat %}<td class="r">21%</td>{% endif %}<td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:8px">{{ pay }}</div>{% if novat %}<div style="margin-top:4px">{{ novat }}</div>{% endif %}
<table class="fis" style="width:100%"><tr><td style="width:28mm">{{ qr|safe }}</td><td style="vertical-align:top;padding-left:8px">{% for k, v in fis %}<div>{{ k }}: {{ v }}</div>{% endfor %}</td></tr></table>
<table style="width:100%;margin-top:24px"><tr><td class="c">Račun izdao<br><br>________________<br>{{ who }}</td><td class="c">M.P.</td><td class="c">Račun primio<br><br>________________</td></tr></table>
</body></html>"""
)


def me_pib(rng):
    return valid(rng, lambda: "02" + digits(rng, 6), _mepib.is_valid)


@style("06", "me_racun_translation_per_word")
def s06(rng, i):
    vname, v1, v2, color, vat = ME_V[i]
    bname, baddr = ME_B[i]
    d = rand_date(rng)
    docs = rng.sample(ME_DOCS, 4)
    items = []
    for k in range(rng.randint(1, 3)):
        q = D(rng.randint(600, 14000))
        p = exact_price(rng, q, D("0.06"), D("0.13"), step=D("0.0025"))
        items.append({"desc": f"Prevod {rng.choice(ME_PAIRS)}: {docs[k]} ({en(q, 0).replace(',', '.')} riječi)", "unit": "riječ", "qty": q, "price": p, "p4": True})
    extras = [("Lektura i redaktura prevoda", "kartica", D(4), D(9), 5, 60), ("Ovjera prevoda – stalni sudski tumač", "kom", D(10), D(25), 1, 8),
              ("Usmeno konsekutivno prevođenje", "sat", D(35), D(60), 2, 16), ("Prelom teksta i priprema za štampu (DTP)", "str.", D(3), D(6), 10, 80)]
    for desc, unit, lo, hi, qlo, qhi in rng.sample(extras, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, lo, hi, step=D("0.50")), "p4": False})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    if i == 1:  # an urgent-delivery surcharge on the first translation, a row of its own
        items.append({"desc": "Hitna isporuka – dodatak 50 % na stavku 1", "unit": "kom", "qty": D(1), "price": q2(items[0]["amount"] / 2), "p4": False})
        items[-1]["amount"] = items[-1]["price"]
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.21")) if vat else None
    total = net + (tax or 0)
    pib = me_pib(rng)
    pdv = f"{rng.choice(['30', '40', '50'])}/31-{digits(rng, 5)}-{rng.randint(0, 9)}"
    tid = pdv if vat else pib
    no = [f"{rng.randint(10, 480)}/{d.year}", f"RN-{d.year}-{rng.randint(10, 999):04d}", f"{rng.randint(1, 99):02d}/{str(d.year)[2:]}", f"{rng.randint(100, 999)}-{d.month:02d}/{str(d.year)[2:]}"][i]
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    hh = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    due = d + dt.timedelta(days=[15, 30, 8, 0][i]) if i != 3 else None
    po = [f"{rng.randint(100, 999)}/{d.year}-NAB", None, f"02-{rng.randint(100, 999)}/{str(d.year)[2:]}", None][i]
    prom = d - dt.timedelta(days=rng.randint(0, 6))
    meta = [("Datum i vrijeme izdavanja:", f"{f(d)} {hh}"), ("Datum prometa:", f(prom)), ("Mjesto izdavanja:", v2.split(" ", 1)[1])]
    meta.append(("Valuta plaćanja:", f(due)) if due else ("Rok plaćanja:", "15 dana od prijema računa"))
    ids = [f"PIB: {pib}"] + ([f"PDV broj: {pdv}"] if vat else []) + [f"Reg. br. CRPS: {rng.choice(['5', '4'])}-{digits(rng, 7)}/{rng.randint(1, 9):03d}"]
    b_ids = f"PIB: {me_pib(rng)}" + (f" · PDV broj: {rng.choice(['30', '40', '50'])}/31-{digits(rng, 5)}-{rng.randint(0, 9)}" if i != 2 else "")
    acc_iban = valid(rng, lambda: iban("ME", rng.choice(["510", "530", "535", "550"]) + "0000000" + digits(rng, 6) + digits(rng, 2)), _meiban.is_valid)
    acc = f"{acc_iban[4:7]}-{acc_iban[7:20].lstrip('0')}-{acc_iban[20:]} ({rng.choice(['Crnogorska komercijalna banka', 'NLB Banka', 'Hipotekarna banka', 'Erste Bank'])})"
    if i == 3:
        acc += f" · IBAN {iban_fmt(acc_iban)}"
    ref = [f"Po Vašoj narudžbenici br. {po}.", None, f"Po zahtjevu br. {po} (narudžbenica).", "Prevodi predati elektronskom poštom; sudski ovjereni primjerci predati lično."][i]
    cur = "€"
    fm = lambda x: de(x) + " " + cur  # noqa: E731
    tots = ([("Ukupno bez PDV-a:", fm(net), False), ("Osnovica PDV 21%:", fm(net), False), ("PDV 21%:", fm(tax), False)] if vat else []) + [("UKUPNO ZA PLAĆANJE (EUR):", fm(total), True)]
    ikof = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    jikr = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    tcr = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3) + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3)
    bu = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3) + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3)
    fis = [("IKOF", ikof), ("JIKR", jikr), ("Kod poslovne jedinice", bu), ("Kod ENU", tcr), ("Kod operatera", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3) + "xy" + digits(rng, 3)),
           ("Fiskalni broj računa", f"{bu}/{rng.randint(1, 999)}/{d.year}/{tcr}"), ("Vrijeme fiskalizacije", f"{f(d)} {hh}"), ("Način plaćanja", "Bezgotovinski – transakcijski račun")]
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"+382 {rng.choice(['20', '32', '33', '50'])} {digits(rng, 3, True)} {digits(rng, 3)}", mail=["office@lingua.me", "info@adria-prevodi.me", "ana.vukovic.prevodi@gmail.com", "office@translex.me"][i], ids=ids, acc=acc,
        no=no, meta=meta, b_name=bname, b_addr=baddr, b_ids=b_ids, ref=ref, vat=vat,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": de(it["qty"], 0), "p": de(it["price"], 4 if it["p4"] else 2), "a": de(it["amount"])} for it in items], tots=tots,
        pay=f"Molimo da uplatu izvršite na žiro račun naveden u zaglavlju, sa pozivom na broj računa {no}.", novat="Obveznik nije u sistemu PDV-a (čl. 33 Zakona o PDV-u)." if not vat else None,
        qr=qr_svg(rng, 24), fis=fis, who="Ana Vuković" if i == 2 else rng.choice(["Marko Radulović", "Jelena Popović", "Ivan Đurović"]),
    )
    notes = (
        "Montenegrin (Latin script) račun of a translation agency, priced per word (quantities are word counts printed '12.480' with a dot for thousands, unit prices with four decimals '0,0825'): "
        "vendor = the letterhead name (its d.o.o. / 'PR' sole-trader form as printed); vendor tax id = "
        + ("'PDV broj' (the VAT registration, as in set 11's convention; the 8-digit 'PIB' beside it, valid for python-stdnum me.pib, is a decoy)" if vat
           else "'PIB' (8 digits, valid for python-stdnum me.pib; the trader is not in the VAT system and prints no PDV broj)")
        + "; the CRPS registration, the buyer's PIB/PDV, the bank account and IBAN and the fiscal codes (IKOF, JIKR, the fiscal invoice number built from the business unit and ENU codes) are decoys. "
        "invoice_number = the number after 'RAČUN br.'; invoice_date = 'Datum i vrijeme izdavanja' (dd.mm.yyyy. with a trailing dot, and the time); 'Datum prometa' and the fiscalisation time are decoys. "
        + ("due = 'Valuta plaćanja' (the payment date). " if due else "'Rok plaćanja: 15 dana' is a term: no due date (null). ")
        + (f"PO = the narudžbenica {po}, in the sentence above the table. " if po else "No PO. ")
        + ("subtotal = 'Ukupno bez PDV-a' (= 'Osnovica'); tax = 'PDV 21%'; total = 'UKUPNO ZA PLAĆANJE (EUR)'. " if vat
           else "The trader is outside the VAT system ('Obveznik nije u sistemu PDV-a'): no net or tax row is printed, subtotal and tax null; total = 'UKUPNO ZA PLAĆANJE (EUR)'. ")
        + "Currency EUR ('€'). Amounts '1.234,56'. Line items: every row (amount = 'Iznos'; quantity 'Količina', the word count on translation rows"
        + ("; the urgent-delivery surcharge is a row of its own with quantity 1" if i == 1 else "") + ")."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tid, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net) if vat else None, tax=mt(tax) if vat else None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, tid, no, po, vname, "€"], (S06_HTML, ctx)


# =========================================================================== 08 Panamanian event venue factura electrónica (RUC + DV, ITBMS 7 % / 10 %, CUFE, event details, deposit deducted)
PA_V = [
    ("CENTRO DE CONVENCIONES BAHÍA DE PANAMÁ, S.A.", "Centro Bahía", "Avenida Balboa y Calle 40, Bella Vista, Ciudad de Panamá", "#004f7c"),
    ("HOTEL Y EVENTOS COSTA DEL ESTE, S.A.", "Costa del Este Hotel & Events", "Avenida Centenario, Costa del Este, Ciudad de Panamá", "#8c1d40"),
    ("QUINTA LOS GUAYACANES EVENTOS, S.A.", "Quinta Los Guayacanes", "Vía Boquete, km 3, David, Chiriquí", "#3b6e22"),
    ("SALONES Y BANQUETES EL CANGREJO, S.A.", "Salones El Cangrejo", "Vía Argentina, El Cangrejo, Ciudad de Panamá", "#5b3c88"),
]
PA_B = [("ASOCIACIÓN PANAMEÑA DE INGENIEROS Y ARQUITECTOS", "Congreso Nacional de Ingeniería"), ("BANCO ISTMEÑO DE DESARROLLO, S.A.", "Convención anual de gerentes"),
        ("CÁMARA DE COMERCIO DE CHIRIQUÍ", "Feria de emprendedores y cena de gala"), ("FARMACÉUTICA DEL ISTMO, S.A.", "Lanzamiento de producto y cóctel")]
PA_L = [  # (desc, unit, lo, hi, qlo, qhi, ITBMS rate)
    ("Alquiler de salón principal (día completo)", "día", 2500, 6500, 1, 3, 7), ("Coffee break AM (café, jugos, bocadillos)", "pax", D("6.50"), 12, 40, 400, 7),
    ("Coffee break PM", "pax", D("6.50"), 12, 40, 400, 7), ("Almuerzo buffet ejecutivo", "pax", 18, 32, 40, 400, 7), ("Cena de gala servida (3 tiempos)", "pax", 35, 65, 40, 300, 7),
    ("Barra libre nacional (4 horas)", "pax", 15, 28, 40, 300, 10), ("Equipo audiovisual: proyector, pantallas y sonido", "paquete", 350, 900, 1, 3, 7),
    ("Montaje, decoración floral y mantelería", "servicio", 400, 2500, 1, 1, 7), ("Habitación Deluxe para expositores", "noche", 120, 220, 4, 60, 10),
    ("Estacionamiento para invitados", "boleto", 3, 6, 20, 200, 7),
]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 12mm", font="'DejaVu Sans',sans-serif", fs="8pt")
    + """
.band{background:{{ color }};color:#fff;padding:8px 10px} .box{border:1px solid #bbb;padding:5px 8px;vertical-align:top} .lab{color:#666;font-size:6.8pt}
table.it{width:100%;margin-top:8px} table.it th{border-bottom:1.5px solid {{ color }};padding:3px;font-size:7pt;text-align:left} table.it th.r{text-align:right} table.it td{padding:3px;border-bottom:1px solid #e3e3e3}
table.tot{margin-left:auto} table.tot td{padding:2px 6px} table.tot td.r,table.it td.r{white-space:nowrap} .small{font-size:6.8pt;color:#444}
</style></head><body>
<table style="width:100%" class="band"><tr><td><div style="font-size:16pt;font-weight:bold">{{ brand }}</div><div style="font-size:7.4pt">{{ v_name }} · RUC {{ ruc }} DV {{ dv }}</div><div style="font-size:7.4pt">{{ v_addr }} · Tel. {{ tel }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:12pt;font-weight:bold">FACTURA ELECTRÓNICA</div><div>Operación interna · Venta</div></td></tr></table>
<table style="width:100%;margin-top:6px;border-collapse:separate;border-spacing:4px"><tr>
<td class="box" style="width:34%"><div class="lab">No. de factura</div><div style="font-size:11pt;font-weight:bold">{{ no }}</div><div class="lab">Punto de facturación</div><div>{{ pf }}</div><div class="lab">Fecha de emisión</div><div>{{ d }}</div>{% if due %}<div class="lab">Fecha de vencimiento</div><div>{{ due }}</div>{% endif %}</td>
<td class="box" style="width:33%"><div class="lab">Cliente</div><b>{{ b_name }}</b><div>RUC {{ b_ruc }} DV {{ b_dv }}</div><div class="lab">Condición de pago</div><div>{{ cond }}</div>{% if po %}<div class="lab">Orden de compra</div><div>{{ po }}</div>{% endif %}</td>
<td class="box"><div class="lab">Detalle del evento</div>{% for k, v in ev %}<div><span class="lab">{{ k }}:</span> {{ v }}</div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Cód.</th><th style="width:44%">Descripción</th><th>Unidad</th><th class="r">Cantidad</th><th class="r">Precio unit.</th><th class="r">ITBMS</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%;vertical-align:top" class="small">{% for l in left %}<div style="margin-bottom:4px">{{ l }}</div>{% endfor %}</td>
<td style="vertical-align:top"><table class="tot">{% for k, v, b in tots %}<tr><td{% if b %} style="border-top:1.5px solid #333"{% endif %}>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r"{% if b %} style="border-top:1.5px solid #333"{% endif %}>{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
{% if pay %}<table class="tot" style="margin-top:8px;background:#f3f3f3">{% for k, v in pay %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>{% endif %}</td></tr></table>
<table style="width:100%;margin-top:14px;border-top:1px solid #bbb"><tr><td style="width:28mm;padding-top:6px">{{ qr|safe }}</td><td class="small" style="vertical-align:top;padding:6px 0 0 8px">Consulte por la clave de acceso en https://dgi-fep.mef.gob.pa/Consultas/FacturasPorCUFE<br>
<b>CUFE:</b> {{ cufe }}<br>Protocolo de autorización: {{ prot }} de {{ prot_d }}<br>Documento validado por {{ pac }}, con RUC {{ pac_ruc }}, Proveedor Autorizado Calificado. Resolución DGI No. 201-{{ res }}.</td></tr></table>
</body></html>"""
)


@style("08", "pa_event_venue_deposit")
def s08(rng, i):
    vname, brand, vaddr, color = PA_V[i]
    bname, event = PA_B[i]
    d = rand_date(rng)
    pax = rng.randint(60, 380)
    picks = [PA_L[0]] + rng.sample(PA_L[1:], rng.randint(3, 6))
    items = []
    for desc, unit, lo, hi, qlo, qhi, rate in picks:
        q = D(pax) if unit == "pax" else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), step=D("0.25") if D(str(hi)) < 100 else D("5"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": D(rate)})
    net = sum(it["amount"] for it in items)
    b7 = sum(it["amount"] for it in items if it["rate"] == 7)
    b10 = sum(it["amount"] for it in items if it["rate"] == 10)
    t7, t10 = q2(b7 * D("0.07")), q2(b10 * D("0.10"))
    tax = t7 + t10
    total = net + tax
    ruc = f"{rng.randint(1500000, 2599999)}{digits(rng, 2)}-{rng.randint(1, 2)}-{rng.randint(2008, 2021)}"
    dv = f"{rng.randint(1, 99):02d}"
    no = f"{rng.randint(100, 99999):010d}"
    pf = f"{rng.randint(1, 3):03d}"
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    ev_d = d + dt.timedelta(days=rng.randint(5, 40)) if i != 1 else d - dt.timedelta(days=rng.randint(1, 5))
    due = [ev_d - dt.timedelta(days=3), None, d + dt.timedelta(days=30), ev_d - dt.timedelta(days=1)][i]
    if due and due < d:
        due = d
    po = [None, f"OC-{rng.randint(20000, 29999)}", f"CCCH-{d.year}-{rng.randint(10, 99)}", None][i]
    balboa = i == 3
    money = (lambda x: f"B/. {en(x)}") if balboa else (lambda x: f"US$ {en(x)}" if i != 2 else f"$ {en(x)}")
    tots = [("Subtotal", money(net), False), ("ITBMS 7%", money(t7), False)]
    if b10:
        tots.append(("ITBMS 10%", money(t10), False))
    if i != 0 or not b10:
        tots.append(("Total ITBMS", money(tax), False))
    tots.append(("TOTAL" if not balboa else "TOTAL (Balboas)", money(total), True))
    dep_d = d - dt.timedelta(days=rng.randint(20, 90))
    pay = []
    if i in (0, 1, 3):
        dep = q0(total * D(rng.choice(["0.5", "0.3", "0.5"])))
        pay = [(f"Menos: depósito recibido (recibo R-{rng.randint(1000, 9999)} del {f(dep_d)})", money(-dep)), ("SALDO PENDIENTE", money(total - dep))]
        if i == 1:
            pay = [(k, v) for k, v in pay[:1]] + [("Pago con tarjeta VISA ****" + digits(rng, 4) + f" el {f(d)}", money(-(total - dep))), ("SALDO", money(D(0)))]
    ev = [("Evento", event), ("Fecha del evento", f(ev_d)), ("Salón", rng.choice(["Gran Salón Balboa", "Salón Las Perlas", "Jardín Los Guayacanes", "Salón Coclé"])), ("Asistentes", f"{pax} pax"),
          ("BEO No.", str(rng.randint(1000, 9999))), ("Coordinador(a)", rng.choice(["Lcda. Itzel Quintero", "Sr. Rubén Castillo", "Sra. Yariela Batista"]))]
    cufe = f"FE01200{ruc.replace('-', '')}{dv}{pf}{no}{d.strftime('%Y%m%d')}{digits(rng, 10)}"
    cond = ["Crédito – saldo antes del evento", "Contado", "Crédito 30 días", "Crédito – saldo antes del evento"][i]
    left = [f"Moneda: {'Balboa (PAB)' if balboa else 'Dólar de los Estados Unidos (USD)'}", "Tarifas de ITBMS: 7 % servicios y alimentos; 10 % hospedaje y bebidas alcohólicas.",
            "Cancelaciones con menos de 15 días de anticipación no son reembolsables. Los depósitos se aplican al saldo de la factura final.",
            f"Pagos por transferencia a {rng.choice(['Banco General', 'Banistmo', 'BAC Credomatic', 'Caja de Ahorros'])}, cuenta corriente No. {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 6)}-{rng.randint(0, 9)}."]
    ctx = dict(
        color=color, brand=brand, v_name=vname, ruc=ruc, dv=dv, v_addr=vaddr, tel=f"+507 {rng.choice(['2', '3', '7'])}{digits(rng, 2)}-{digits(rng, 4)}", no=no, pf=pf, d=f(d), due=f(due) if due else None,
        b_name=bname, b_ruc=f"{rng.randint(2000, 99999)}-{rng.randint(1, 99)}-{rng.randint(100000, 999999)}", b_dv=f"{rng.randint(1, 99):02d}", cond=cond, po=po, ev=ev,
        items=[{"code": f"{rng.randint(100, 999)}-{rng.randint(10, 99)}", "desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": en(it["price"]), "r": qstr(it["rate"]), "a": en(it["amount"])} for it in items],
        left=left, tots=tots, pay=pay, qr=qr_svg(rng, 25), cufe=cufe, prot=digits(rng, 20, True), prot_d=f(d), pac=rng.choice(["EBI Panamá, S.A.", "The Factory HKA Panamá, S.A.", "Digifact Panamá, S.A."]),
        pac_ruc=f"{rng.randint(1500000, 2599999)}-1-{rng.randint(2010, 2020)}", res=f"{rng.randint(1000, 9999)}",
    )
    paid = {0: "the deposit and the 'SALDO PENDIENTE'", 1: "the deposit, the card payment and the zero 'SALDO'", 3: "the deposit and the 'SALDO PENDIENTE'"}.get(i)
    notes = (
        "Panamanian event venue's factura electrónica with the event's details in a box (event name, event date, hall, attendees, BEO number: decoys, the event date included): vendor = the legal name "
        "(S.A.) in the band under the brand; vendor tax id = the RUC as printed ('" + ruc + "'; its 'DV' check digits are printed apart and not part of it; no public checksum: random); the client's "
        "RUC, the CUFE, the authorisation protocol, the PAC's RUC and the bank account are decoys. invoice_number = 'No. de factura' (10 digits; the 'Punto de facturación' is not part of it); "
        "invoice_date = 'Fecha de emisión' (dd/mm/yyyy). " + ("due = 'Fecha de vencimiento'. " if due else "No due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal'; tax = " + ("the sum of the 'ITBMS 7%' and 'ITBMS 10%' rows (no total tax row)" if i == 0 and b10 else "'Total ITBMS'" + (" (7% and 10% rows are parts)" if b10 else ""))
        + "; total = 'TOTAL'" + (f"; {paid} below it are decoys" if paid else "") + ". "
        + ("Currency PAB ('B/.', 'Balboa (PAB)' printed). " if balboa else "Currency USD ('US$'/'$', 'Dólar de los Estados Unidos (USD)' printed). ")
        + "Amounts '1,234.56'. Line items: every row (amount = 'Valor', net; quantity 'Cantidad', the attendees on per-pax rows)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ruc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="PAB" if balboa else "USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, ruc, no, po, vname]}
    if i == 0 and b10:
        chk["tax_parts"] = [mt(t7), mt(t10)]
    return t, chk, (S08_HTML, ctx)
