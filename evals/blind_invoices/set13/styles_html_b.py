"""Chromium (HTML) styles for set 13, part B (08 Senegalese training institute's facture for a professional training
session with TVA 18 % and a training fund's share, 09 Trinidad and Tobago shipping line's freight invoice with
container numbers and USD and TTD columns)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    digits,
    en,
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
from kit_common import MONTHS
from kit_words import fr_words
from stdnum import iso6346 as _cont
from stdnum.sn import ninea as _ninea

STYLES, style = style_registry("chromium")


# =========================================================================== 08 Senegalese training institute facture (NINEA + COFI, RCCM, TVA 18 %, participants, 3FPT share)
SN_V = [
    ("INSTITUT SUPÉRIEUR DE FORMATION EN MANAGEMENT SARL", "ISFM Dakar", "Sacré-Cœur 3, Villa n° 9210, BP 45120, Dakar", "DKR", "#00509e"),
    ("CENTRE AFRICAIN DES MÉTIERS DU NUMÉRIQUE SA", "CAMN Academy", "Cité Keur Gorgui, Immeuble Horizon, 4e étage, Dakar", "DKR", "#a03000"),
    ("CABINET FORMATION ET CONSEIL DU SINE SARL", "FORCOS", "Quartier Léona, Avenue Valdiodio Ndiaye, Kaolack", "KLK", "#2b7a3d"),
    ("ÉCOLE DE SÉCURITÉ INDUSTRIELLE DE THIÈS SUARL", "ESIT", "Route de Mbour, zone Randoulène, Thiès", "THS", "#6b3a8a"),
]
SN_B = [("SOCIÉTÉ NATIONALE D'ÉLECTRICITÉ – DIRECTION DES RESSOURCES HUMAINES", "28, rue Vincens, Dakar"), ("BANQUE DE L'HABITAT DU SÉNÉGAL", "Boulevard Général de Gaulle, Dakar"),
        ("SALINS DU SALOUM SA", "Route de Fatick, Kaolack"), ("CIMENTERIE DU CAYOR SA", "Pout, région de Thiès")]
SN_COURSES = [
    ("Gestion de projet – méthodes et outils (certification PMP)", 250000, 450000), ("Excel avancé et tableaux de bord", 120000, 220000), ("Cybersécurité : sensibilisation des utilisateurs", 90000, 180000),
    ("Management d'équipe et leadership", 200000, 380000), ("Comptabilité SYSCOHADA révisé", 180000, 320000), ("Sécurité incendie et évacuation (EPI)", 70000, 140000),
    ("Habilitation électrique B1V/BR", 150000, 260000), ("Marchés publics : code 2022 et procédures", 220000, 400000),
]
SN_NAMES = ["Aminata Diop", "Moussa Ndiaye", "Fatou Sarr", "Cheikh Fall", "Awa Sy", "Ibrahima Ba", "Mariama Diallo", "Ousmane Gueye", "Khady Faye", "Abdoulaye Sow", "Ndeye Thiam", "Pape Mbaye"]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} .band{background:{{ color }};color:#fff;padding:6px 10px} table.kv td{padding:2px 8px 2px 0} table.it{width:100%;margin-top:12px} table.it th{background:#eef2f7;border-top:1.5px solid {{ color }};padding:4px;font-size:7.4pt;text-align:left}
table.it th.r{text-align:right} table.it td{padding:4px;border-bottom:1px solid #ddd} table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:2px 6px} table.tot td.r{white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<div class="band"><span style="font-size:17pt;font-weight:bold">{{ brand }}</span> &nbsp; <span>{{ tagline }}</span></div>
<table style="width:100%;margin-top:8px"><tr><td style="width:58%"><b>{{ v_name }}</b><br>{{ v_addr }}<br>Tél. {{ tel }} · {{ mail }}<br><span class="small">NINEA : {{ ninea }} · RCCM : {{ rccm }} · Agrément formation n° {{ agr }}</span></td>
<td style="vertical-align:top"><div class="small">Facturé à</div><b>{{ b_name }}</b><br>{{ b_addr }}<br><span class="small">NINEA client : {{ b_ninea }}</span></td></tr></table>
<div class="hd" style="font-size:15pt;font-weight:bold;margin-top:14px">FACTURE</div>
<table class="kv"><tr><td>Facture n°</td><td><b>{{ no }}</b></td><td style="padding-left:30px">Date</td><td><b>{{ d }}</b></td></tr>
<tr><td>{{ po_k }}</td><td>{{ po_v }}</td><td style="padding-left:30px">{{ due_k }}</td><td>{{ due_v }}</td></tr>
<tr><td>Session</td><td colspan="3">{{ session }}</td></tr></table>
<table class="it"><tr><th>Désignation</th><th class="r">Quantité</th><th>Unité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%;vertical-align:top" class="small"><b>Participants ({{ npart }})</b><br>{{ parts }}</td>
<td style="vertical-align:top"><table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="min-width:32mm">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
{% if fund %}<table class="tot" style="margin-top:6px;border-top:1px dashed #999">{% for k, v in fund %}<tr><td class="small">{{ k }}</td><td class="r small">{{ v }}</td></tr>{% endfor %}</table>{% endif %}</td></tr></table>
<div style="margin-top:10px">Arrêtée la présente facture à la somme de : <b>{{ words }} francs CFA TTC</b>.</div>
<div class="small" style="margin-top:10px">Règlement par virement : {{ bank }} – RIB {{ rib }}, ou par chèque à l'ordre de {{ brand }}. Les attestations de formation sont remises après règlement.</div>
<div class="small" style="margin-top:26px;border-top:1px solid #bbb;padding-top:4px">{{ v_name }} · Capital {{ capital }} FCFA · NINEA {{ ninea }} · RCCM {{ rccm }}</div>
</body></html>"""
)


def ninea_value(rng):
    base = valid(rng, lambda: digits(rng, 7), _ninea.is_valid)
    cofi = f"{rng.randint(0, 3)}{rng.choice('ABCVGV')}{rng.randint(1, 3)}"
    return base, f"{base} {cofi}"


@style("08", "sn_facture_formation_professionnelle")
def s08(rng, i):
    vname, brand, vaddr, city, color = SN_V[i]
    bname, baddr = SN_B[i]
    d = rand_date(rng)
    course, lo, hi = rng.choice(SN_COURSES)
    npart = rng.randint(4, 12)
    days = rng.randint(2, 5)
    s_end = d - dt.timedelta(days=rng.randint(1, 10))
    s_start = s_end - dt.timedelta(days=days - 1)
    items = [{"desc": f"Formation « {course} » – {days} jours", "u": "participant", "qty": D(npart), "price": D(rng.randint(lo // 5000, hi // 5000) * 5000)}]
    if rng.random() < 0.7:
        items.append({"desc": "Frais d'examen et de certification", "u": "participant", "qty": D(npart), "price": D(rng.randint(5, 30) * 2500)})
    items.append({"desc": "Supports de cours et kit du participant", "u": "kit", "qty": D(npart), "price": D(rng.randint(3, 12) * 2500)})
    items.append({"desc": "Pauses-café et déjeuners", "u": "jour x participant", "qty": D(npart * days), "price": D(rng.randint(5, 12) * 1000)})
    if i == 3:
        items.append({"desc": "Location de la salle et du matériel pédagogique", "u": "jour", "qty": D(days), "price": D(rng.randint(5, 15) * 10000)})
    for it in items:
        it["amount"] = it["qty"] * it["price"]
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    _, ninea = ninea_value(rng)
    _, b_ninea = ninea_value(rng)
    rccm = f"SN-{city}-{rng.randint(2008, 2022)}-{rng.choice('AB')}-{rng.randint(100, 29999)}"
    no = [f"F{d.year}-{rng.randint(100, 999):04d}", f"CAMN/FAC/{d.strftime('%y%m')}/{rng.randint(10, 99)}", f"{rng.randint(10, 450):03d}/{d.year}", f"ESIT-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d} {MONTHS['fr'][x.month - 1]} {x.year}"][i]
    due = d + dt.timedelta(days=[30, 15, 45, 30][i]) if i != 2 else None
    po = [f"BC-SEN-{rng.randint(100000, 999999)}", None, f"DA/{rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500000, 4599999)}"][i]
    fund = []
    if i in (0, 3):
        share = q0(net * D("0.5"))
        fund = [("Prise en charge 3FPT (50 % du HT, convention n° " + f"{rng.randint(100, 999)}/3FPT/{d.year})", f"{sp(share, 0)}"), ("Reste à la charge de l'entreprise", f"{sp(total - share, 0)}")]
    tots = [("Total HT", f"{sp(net, 0)} FCFA", False), ("TVA 18 %", f"{sp(tax, 0)} FCFA", False), ("Total TTC", f"{sp(total, 0)} FCFA", True)]
    names = rng.sample(SN_NAMES, min(npart, len(SN_NAMES)))
    session = f"du {s_start.strftime('%d/%m/%Y')} au {s_end.strftime('%d/%m/%Y')} – {rng.choice(['dans nos locaux', 'en intra-entreprise', 'à l’hôtel Ngor Diarama'])}"
    ctx = dict(
        color=color, brand=brand, tagline=rng.choice(["Former pour performer", "Formation continue et certification", "Compétences pour l'entreprise"]), v_name=vname, v_addr=vaddr,
        tel=f"+221 33 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", mail=f"facturation@{brand.split()[0].lower()}.sn", ninea=ninea, rccm=rccm, agr=f"{rng.randint(100, 999)}/MFPAA/{rng.randint(2015, 2023)}",
        b_name=bname, b_addr=baddr, b_ninea=b_ninea, no=no, d=fd(d), po_k="Bon de commande n°" if po else "Référence client", po_v=po if po else f"Demande de formation du {fd(d - dt.timedelta(days=40))}",
        due_k="Échéance" if due else "Conditions", due_v=fd(due) if due else "Paiement à 30 jours fin de mois", session=session,
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "u": it["u"], "p": sp(it["price"], 0), "a": sp(it["amount"], 0)} for it in items],
        npart=npart, parts=", ".join(names) + ("" if npart <= len(names) else f" et {npart - len(names)} autres"), tots=tots, fund=fund, words=fr_words(total),
        bank=rng.choice(["CBAO Groupe Attijariwafa bank", "Société Générale Sénégal", "Ecobank Sénégal", "BICIS"]), rib=f"SN{rng.randint(10, 99)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 12)} {digits(rng, 2)}",
        capital=sp(D(rng.choice([1, 5, 10, 25])) * 1000000, 0),
    )
    notes = (
        "Senegalese training institute's FACTURE for a professional training session (per participant, per day x participant): vendor = the legal name (SARL/SA/SUARL) under the brand band; vendor tax id = 'NINEA' "
        "as printed, the 7-digit NINEA (valid, python-stdnum) followed by its 3-character COFI; the client's NINEA, RCCM, training approval number and RIB are decoys. invoice_number = 'Facture n°'; "
        "invoice_date = 'Date' (" + ["'12 mars 2026'", "dd/mm/yyyy", "dd/mm/yyyy", "'05 mars 2026'"][i] + "); the session's dates are decoys. "
        + ("due = 'Échéance'. " if due else "'Paiement à 30 jours fin de mois' is a term: no due date (null). ")
        + (f"PO = 'Bon de commande n°' {po}. " if po else "No PO (the 'Référence client' is a dated training request, no PO). ")
        + "subtotal = 'Total HT'; tax = 'TVA 18 %'; total = 'Total TTC'"
        + ("; the 3FPT training fund's share and the 'Reste à la charge de l'entreprise' are decoys" if fund else "")
        + ". Currency XOF ('FCFA', whole francs '1 234 567'); the amount in words repeats the total. Line items: every row (amount = 'Montant HT'; quantity 'Quantité')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ninea, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="XOF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, ninea, no, po, vname, "FCFA"]}, (S08_HTML, ctx)


# =========================================================================== 09 Trinidad and Tobago shipping line freight invoice (B/L, containers, USD and TTD columns, VAT 12.5 % on local charges)
TT_V = [
    ("Caribbean Feeder Lines Limited", "CFL", "Port of Port of Spain, Wrightson Road, Port of Spain, Trinidad", "#003a70"),
    ("Gulf of Paria Shipping Agencies Limited", "GPSA", "Building 3, Point Lisas Industrial Estate, Couva, Trinidad", "#8a1c1c"),
    ("Atlantic Isles Container Line (Trinidad) Ltd.", "AICL", "47 Sackville Street, Port of Spain, Trinidad", "#0d6e5c"),
    ("Tobago Sea Freight Services Limited", "TSFS", "Milford Road, Scarborough, Tobago", "#5c3d8a"),
]
TT_B = [("Massy Distribution (Trinidad) Ltd.", "Churchill Roosevelt Highway, El Socorro"), ("Point Lisas Steel Products Ltd.", "Atlantic Avenue, Point Lisas"),
        ("Caribbean Home Furnishings Limited", "Eastern Main Road, Arima"), ("Crusoe Foods (Tobago) Ltd.", "Shirvan Road, Mount Pleasant, Tobago")]
TT_PORTS = ["Rotterdam, NL", "Miami, FL, US", "Kingston, JM", "Cartagena, CO", "Shanghai, CN", "Felixstowe, GB", "Houston, TX, US"]
TT_VESSELS = ["CFL PROGRESS", "MSC IRIS", "SEABOARD PRIDE", "CARIBBEAN EXPRESS", "ATLANTIC ISLE", "MAERSK KALMAR"]
TT_CH = [  # (description, basis, usd lo, hi, vat)
    ("Ocean freight", "per container", 1450, 4200, "Z"), ("Bunker adjustment factor (BAF)", "per container", 180, 620, "Z"), ("Terminal handling charge – destination", "per container", 210, 380, "S"),
    ("Documentation fee (B/L)", "per B/L", 45, 95, "S"), ("Delivery order fee", "per B/L", 35, 75, "S"), ("Container cleaning", "per container", 25, 60, "S"), ("Equipment imbalance surcharge", "per container", 60, 180, "Z"),
]
S09_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="11mm 12mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="8.2pt")
    + """
.hd{color:{{ color }}} table.g{width:100%} table.g td{border:1px solid #aaa;padding:3px 5px} .lab{font-size:6.6pt;color:#666;display:block;text-transform:uppercase} table.it{width:100%;margin-top:10px}
table.it th{background:{{ color }};color:#fff;padding:3px 4px;font-size:7.2pt} table.it td{padding:3px 4px;border-bottom:1px solid #ccc} table.it td.usd,table.it th.usd{background:#f3f3f3;color:#444} .small{font-size:7pt;color:#555}
table.tot td{padding:2px 6px}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:22pt;font-weight:bold;letter-spacing:2px">{{ brand }}</div><div style="font-weight:bold">{{ v_name }}</div><div class="small">{{ v_addr }} · Tel. (868) {{ tel }}</div>
<div class="small">BIR File No. {{ bir }} · VAT Registration No. {{ vat }}</div></td><td class="r" style="vertical-align:top"><div class="hd" style="font-size:15pt;font-weight:bold">FREIGHT INVOICE</div><div>{{ kind }}</div></td></tr></table>
<table class="g" style="margin-top:10px"><tr><td><span class="lab">Invoice No.</span><b>{{ no }}</b></td><td><span class="lab">Invoice date</span>{{ d }}</td><td><span class="lab">{{ due_k }}</span>{{ due_v }}</td><td><span class="lab">Customer account</span>{{ acct }}</td></tr>
<tr><td colspan="2"><span class="lab">Bill to</span><b>{{ b_name }}</b><br>{{ b_addr }}<br>VAT Reg. No. {{ b_vat }}</td><td><span class="lab">Bill of lading</span>{{ bl }}</td><td><span class="lab">{{ ref_k }}</span>{{ ref_v }}</td></tr>
<tr><td><span class="lab">Vessel / voyage</span>{{ vessel }}</td><td><span class="lab">Port of loading</span>{{ pol }}</td><td><span class="lab">Port of discharge</span>{{ pod }}</td><td><span class="lab">Arrival (ETA)</span>{{ eta }}</td></tr>
<tr><td colspan="4"><span class="lab">Containers</span>{{ conts }}</td></tr></table>
<div style="margin-top:6px">Rate of exchange applied: 1 USD = {{ roe }} TTD (Central Bank selling rate on the vessel's arrival date)</div>
<table class="it"><tr><th style="text-align:left">Charge</th><th>Basis</th><th class="r">Units</th><th class="r usd">Rate USD</th><th class="r usd">Amount USD</th><th class="r">Amount TTD</th><th>VAT</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.basis }}</td><td class="r">{{ it.q }}</td><td class="r usd">{{ it.p }}</td><td class="r usd">{{ it.usd }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.v }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td class="small" style="vertical-align:top;width:45%">VAT codes: S = standard rated 12.5 %; Z = zero rated (international transport of goods, Schedule 2).<br>{{ release }}</td>
<td><table class="tot" style="margin-left:auto"><tr><td></td><td class="r small">USD</td><td class="r small">TTD</td></tr>{% for k, u, t, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="color:#555">{{ u }}</td><td class="r" style="min-width:30mm">{% if b %}<b>{{ t }}</b>{% else %}{{ t }}{% endif %}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px;border:1px solid #aaa;padding:6px 8px">{{ payable }}</div>
<div class="small" style="margin-top:20px;border-top:1px solid #bbb;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


def container_no(rng, owner):
    body = owner + digits(rng, 6)
    return f"{owner} {body[4:]} {_cont.calc_check_digit(body)}"


@style("09", "tt_shipping_line_freight_two_currencies")
def s09(rng, i):
    vname, brand, vaddr, color = TT_V[i]
    bname, baddr = TT_B[i]
    d = rand_date(rng)
    n_c = rng.randint(1, 5)
    size = rng.choice(["20' DV", "40' HC", "40' DV", "20' RF"])
    roe = D(rng.randint(67400, 68300)) / 10000
    picks = [TT_CH[0]] + rng.sample(TT_CH[1:], rng.randint(2, 5))
    items = []
    for desc, basis, lo, hi, v in picks:
        q = D(n_c) if basis == "per container" else D(1)
        p = D(rng.randint(lo, hi)) + D(rng.choice([0, 0, 25, 50, 75])) / 100
        usd = q2(q * p)
        items.append({"desc": desc + (f" ({size})" if basis == "per container" and desc.startswith("Ocean") else ""), "basis": basis, "qty": q, "price": p, "usd": usd, "amount": q2(usd * roe), "v": v})
    net = sum(it["amount"] for it in items)
    std = sum(it["amount"] for it in items if it["v"] == "S")
    tax = q2(std * D("0.125"))
    total = net + tax
    net_u = sum(it["usd"] for it in items)
    tax_u = q2(sum(it["usd"] for it in items if it["v"] == "S") * D("0.125"))
    vat = f"{rng.randint(100000, 299999)}"
    bir = f"{rng.randint(100000000, 399999999)}"
    owner = rng.choice(["CFLU", "MSCU", "SEBU", "AICU", "TGHU", "MRKU"])
    conts = [container_no(rng, owner) for _ in range(n_c)]
    no = [f"CFL-POS-{rng.randint(100000, 999999)}", f"GP{d.strftime('%y')}{rng.randint(10000, 99999)}", f"AICL/TT/{rng.randint(1000, 9999)}", f"TSF {rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y").upper(), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 14, 0, 21][i]) if i != 2 else None
    po = [None, f"PLS-PO-{rng.randint(40000, 49999)}", None, f"CF{rng.randint(1000, 9999)}"][i]
    bl = f"{owner[:3]}{d.strftime('%y')}{digits(rng, 7)}"
    eta = d - dt.timedelta(days=rng.randint(0, 5))
    tots = [("Sub-total", en(net_u), en(net), False), ("VAT 12.5% (on S items)", en(tax_u), en(tax), False), ("TOTAL", en(net_u + tax_u), en(total), True)]
    payable = f"AMOUNT PAYABLE: TTD {en(total)}. The USD columns are shown for information; VAT is accounted for in TT dollars. " + (
        f"Payment due by {fd(due)}." if due else "Payable in full before the release of cargo (delivery order).")
    ctx = dict(
        color=color, brand=brand, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['623', '625', '636', '639'])}-{digits(rng, 4)}", bir=bir, vat=vat, kind=rng.choice(["Import – collect charges", "Import – local charges", "Import"]),
        no=no, d=fd(d), due_k="Due date" if due else "Terms", due_v=fd(due) if due else "Cash before release", acct=f"C{rng.randint(10000, 99999)}", b_name=bname, b_addr=baddr, b_vat=f"{rng.randint(100000, 299999)}", bl=bl,
        ref_k="Customer PO" if po else "Shipper", ref_v=po if po else rng.choice(["Euro Tiles B.V.", "Sunrise Trading Co. Ltd.", "Gulf Coast Resins LLC", "Kingston Paper Mills Ltd."]),
        vessel=f"{rng.choice(TT_VESSELS)} / {rng.randint(100, 999)}{rng.choice('NSEW')}", pol=rng.choice(TT_PORTS), pod="Port of Spain, TT" if i != 1 else "Point Lisas, TT", eta=fd(eta),
        conts=", ".join(f"{c} ({size})" for c in conts), roe=f"{roe:.4f}",
        items=[{"desc": it["desc"], "basis": it["basis"], "q": qstr(it["qty"]), "p": en(it["price"]), "usd": en(it["usd"]), "a": en(it["amount"]), "v": it["v"]} for it in items],
        tots=tots, payable=payable, release="Demurrage and detention are billed separately after the free days. Cargo is released against the original B/L or a telex release only.",
        foot=f"{vname} as agents for the carrier · {rng.choice(['Republic Bank Limited', 'First Citizens Bank', 'Scotiabank Trinidad and Tobago'])}, TTD account {digits(rng, 12, True)} · Please quote the invoice number with your payment.",
    )
    notes = (
        "Trinidad and Tobago shipping line's FREIGHT INVOICE (import charges of one bill of lading) with a USD column and a TTD column: vendor = the legal name (the big letters are its brand); vendor tax id = "
        "'VAT Registration No.' (no public checksum: random); the 'BIR File No.', the customer's VAT number, the B/L, the container numbers (valid ISO 6346 check digits), the customer account and voyage are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["dd/mm/yyyy", "'12-MAR-2026'", "'12 March 2026'", "dd/mm/yyyy"][i] + "); the ETA is a decoy. "
        + ("due = 'Due date'. " if due else "'Cash before release': no due date (null). ")
        + (f"PO = 'Customer PO' {po}. " if po else "No PO. ")
        + "The invoice is payable in TTD (the 'AMOUNT PAYABLE: TTD' line): subtotal = the TTD 'Sub-total'; tax = the TTD 'VAT 12.5% (on S items)' (only on the standard-rated local charges; freight is zero rated); "
        "total = the TTD 'TOTAL'. The USD column and its totals and the exchange rate are decoys. Currency TTD. Amounts '1,234.56'. "
        "Line items: every charge row (amount = 'Amount TTD' = USD amount x rate, rounded; quantity 'Units': containers or 1)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="TTD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, vat, no, po, vname, conts[0], "TTD"]}, (S09_HTML, ctx)
