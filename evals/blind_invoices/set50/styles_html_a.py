"""Chromium (HTML) styles for set 50, first part (01 Prešov FAKTÚRA in Slovak with every fact in a box, its LABEL ABOVE
the value, DPH 23 % and 19 %, one of four a DOBROPIS (credit note); 02 Craiova FACTURĂ in Romanian with a table WITHOUT
RULES, TVA 21 % / 11 % (19 % / 9 % before August 2025) and on two the EUR counter-value at the BNR rate; 03 Madinah
bilingual Arabic / English TAX INVOICE with the facts in a RIGHT SIDEBAR, VAT 15 %, riyals)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import css, de, digits, en, iban, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.ro import cui
from stdnum.sk import dph

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Prešov (DPH 23/19, EUR), labels above values, a credit note
PO_V = [
    ("Šarišská strojárenská spoločnosť, s.r.o.", "Budovateľská 38, 080 01 Prešov", "#0f4c81"),
    ("Pekáreň a cukráreň Hlavná, s.r.o.", "Hlavná 121, 080 01 Prešov", "#9a3412"),
    ("Solivar Tours, s.r.o.", "Solivarská 80, 080 05 Prešov", "#166534"),
    ("Tatranská elektroinštalácia, a.s.", "Levočská 9, 080 01 Prešov", "#4c1d95"),
]
PO_B = ["Košická oceľová, a.s., Vstupný areál, 044 54 Košice", "Hotel Dukla, s.r.o., Hlavná 2, 080 01 Prešov",
        "Mestský úrad Sabinov, Nám. slobody 57, 083 01 Sabinov", "Bardejovské kúpele, a.s., 086 31 Bardejov"]
PO_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Frézovanie dielca podľa výkresu", "ks", 2, 60, 12, 180, 23), ("Zváračské práce", "hod", 2, 40, 28, 46, 23),
    ("Chlieb šarišský 1 kg", "ks", 10, 200, 2, 4, 19), ("Rožky maslové", "ks", 50, 600, 1, 2, 19),
    ("Torta na objednávku", "ks", 1, 6, 25, 90, 23), ("Zájazd Solná cesta, 1 osoba", "os.", 2, 40, 35, 120, 23),
    ("Sprievodca po meste", "hod", 1, 8, 25, 40, 23), ("Kábel CYKY 3x2,5", "m", 20, 400, 1, 3, 23),
    ("Rozvádzač RS-12 montáž", "ks", 1, 6, 180, 690, 23), ("Revízia elektroinštalácie", "hod", 2, 16, 32, 48, 23),
    ("Doprava", "km", 10, 300, 1, 2, 23), ("Pagáče oškvarkové", "ks", 20, 300, 1, 2, 19),
]
PO_HTML = """<html lang="sk"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #cbd5e1;padding:4px 6px;vertical-align:top} .lab{font-size:6.6pt;color:#64748b;letter-spacing:.3px} .val{font-size:9pt;font-weight:bold;margin-top:2px}
table.g{width:100%;border-collapse:collapse;margin-top:6px} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:{{ color }};color:#fff;font-size:7.3pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #e2e8f0;padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="lab" style="margin-top:3px">{{ orreg }}</div></td>
<td style="text-align:right"><div style="font-size:20pt;font-weight:bold;color:{{ color }}">{{ title }}</div><div class="lab">{{ sub }}</div></td></tr></table>
<table class="g"><tr>
<td class="box" style="width:25%"><div class="lab">Číslo dokladu</div><div class="val">{{ no }}</div></td>
<td class="box" style="width:25%"><div class="lab">Dátum vyhotovenia</div><div class="val">{{ d }}</div></td>
<td class="box" style="width:25%"><div class="lab">Dátum dodania</div><div class="val">{{ dd }}</div></td>
<td class="box" style="width:25%"><div class="lab">Dátum splatnosti</div><div class="val">{{ due }}</div></td></tr>
<tr><td class="box"><div class="lab">IČO</div><div class="val">{{ ico }}</div></td><td class="box"><div class="lab">DIČ</div><div class="val">{{ dic }}</div></td>
<td class="box"><div class="lab">IČ DPH</div><div class="val">{{ vid }}</div></td><td class="box"><div class="lab">Variabilný symbol</div><div class="val">{{ vs }}</div></td></tr>
<tr><td class="box" colspan="2" rowspan="2"><div class="lab">Odberateľ</div><div class="val">{{ bname }}</div><div>{{ baddr }}</div><div style="margin-top:3px">IČO {{ bico }} · IČ DPH {{ bvat }}</div></td>
<td class="box"><div class="lab">{{ ref_l }}</div><div class="val">{{ ref }}</div></td><td class="box"><div class="lab">Forma úhrady</div><div class="val">{{ pay }}</div></td></tr>
<tr><td class="box" colspan="2"><div class="lab">IBAN</div><div class="val">{{ ibanv }}</div><div class="lab" style="margin-top:2px">SWIFT {{ swift }}</div></td></tr></table>
{% if orig %}<div style="margin-top:8px;padding:5px;background:#fef2f2;font-size:8.3pt">Opravný doklad k faktúre č. <b>{{ orig }}</b> zo dňa {{ origd }} – dôvod: {{ reason }}</div>{% endif %}
<table class="it"><tr><th>Popis položky</th><th class="r">Množstvo</th><th>MJ</th><th class="r">Cena/MJ bez DPH</th><th class="r">DPH</th><th class="r">Spolu bez DPH</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;font-size:7.5pt;color:#555;vertical-align:bottom">{{ note }}</td><td>
<table class="g">{% for r in rates %}<tr><td class="box"><div class="lab">Základ DPH {{ r.r }} %</div><div class="val">{{ r.b }} €</div></td><td class="box"><div class="lab">DPH {{ r.r }} %</div><div class="val">{{ r.t }} €</div></td></tr>{% endfor %}
<tr><td class="box"><div class="lab">Spolu bez DPH</div><div class="val">{{ net }} €</div></td><td class="box"><div class="lab">DPH spolu</div><div class="val">{{ tax }} €</div></td></tr>
<tr><td class="box" colspan="2" style="background:{{ color }};color:#fff"><div class="lab" style="color:#e2e8f0">{{ tot_l }}</div><div class="val" style="font-size:14pt">{{ total }} €</div></td></tr></table></td></tr></table>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#777">Vyhotovil: {{ clerk }} · Faktúra vystavená v programe KROS Omega · Strana 1/1</div>
</body></html>"""


@style("01", "sk_pre_presov_faktura_dph_23_19_labels_above_dobropis")
def s01(rng, i):
    vname, vaddr, color = PO_V[i]
    bname, baddr = PO_B[i].split(", ", 1)
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, PO_ROWS, [4, 7, 2, 11][i], D("0.05"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "SK" + digits(rng, 10, True), dph.is_valid)
    dic = vid[2:]
    ico = digits(rng, 8, True)
    bvat = valid(rng, lambda: "SK" + digits(rng, 10, True), dph.is_valid)
    no = [f"{d.year}{rng.randint(1, 999):04d}", f"FA{d.strftime('%y')}{rng.randint(1000, 9999)}", f"DB{d.year}{rng.randint(10, 99):03d}", f"{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "sk"), lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}.{x.month}.{x.year}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 14, 30])) if i != 1 else None
    dd = d - dt.timedelta(days=rng.randint(0, 8))
    po = [f"OBJ/{rng.randint(100, 999)}/{d.year}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    orig = f"{d.year}{rng.randint(1, 999):04d}" if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(10, 40)))
    ref_l, ref = ("Objednávka č.", po) if po else ("Dodací list č.", f"DL-{rng.randint(1000, 9999)}")
    vs = "".join(c for c in no if c.isdigit())
    tot_l = "Suma na vrátenie" if credit else ("Zaplatené" if not due else "Suma na úhradu")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, orreg=f"Zapísaná v OR Okresného súdu Prešov, odd. Sro, vl. č. {rng.randint(10000, 49999)}/P",
        title="DOBROPIS" if credit else "FAKTÚRA", sub="opravná faktúra – daňový doklad" if credit else "daňový doklad",
        no=no, d=fd(d), dd=fd(dd), due=fd(due) if due else "uhradené v hotovosti", ico=ico, dic=dic, vid=vid, vs=vs,
        bname=bname, baddr=baddr, bico=digits(rng, 8, True), bvat=bvat, ref_l=ref_l, ref=ref, pay="prevodom" if due else "hotovosť",
        ibanv=group4(rand_iban(rng, "SK", 20, "0900")), swift="GIBASKBX", orig=orig, origd=origd, reason="vrátenie tovaru / reklamácia",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "r": x["rate"], "a": de(x["amount"])} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total), tot_l=tot_l,
        note="Pri platbe uveďte variabilný symbol. Úhradou v hotovosti doklad uhradený." if not due else "Pri platbe uveďte variabilný symbol. Za omeškanie úhrady účtujeme úrok 0,05 % denne.",
        clerk=rng.choice(["Ing. Mária Kollárová", "Peter Hudák", "Jana Baranová"]),
    )
    notes = (
        "Prešov (Slovakia) " + ("DOBROPIS (credit note, every quantity and amount NEGATIVE, referring to an earlier invoice: a decoy number and date)" if credit else "FAKTÚRA")
        + " in Slovak where every fact is in a BOX with its LABEL ABOVE the value, DPH 23 % and 19 % per row and per rate, '1.234,56 €': "
        "vendor = the name at the top left; vendor_tax_id = 'IČ DPH' (SK + DIČ; the IČO, the DIČ alone, the buyer's IČO and IČ DPH, the IBAN, the variable symbol and the court register are decoys). "
        "invoice_number = 'Číslo dokladu'; invoice_date = 'Dátum vyhotovenia' (the 'Dátum dodania' is a decoy). "
        + due_note(due, "uhradené v hotovosti", "Dátum splatnosti")
        + po_note(po, "Objednávka č.")
        + f"subtotal = 'Spolu bez DPH'; tax = 'DPH spolu'; total = '{tot_l}'. Currency EUR ('€'). Line items: every row, without DPH."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, fd(dd), bvat, orig]}
    return t, chk, (PO_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Craiova (TVA 21/11 or 19/9, RON), unruled, EUR counter-value
CR_V = [
    ("Oltenia Agroservice S.R.L.", "Str. Calea București nr. 112, Craiova, jud. Dolj", "#365314"),
    ("Tipografia Mihai Viteazul S.R.L.", "Str. Alexandru Ioan Cuza nr. 9, Craiova, jud. Dolj", "#7c2d12"),
    ("Băile Gura Jiului Turism S.A.", "Bd. Nicolae Titulescu nr. 44, Craiova, jud. Dolj", "#0e7490"),
    ("Electro Bănie Instal S.R.L.", "Str. Brestei nr. 290, Craiova, jud. Dolj", "#1e293b"),
]
CR_B = ["Cooperativa Agricolă Segarcea", "Universitatea din Craiova", "Teatrul Național Marin Sorescu", "Ford Otosan Furnizor Logistic S.R.L."]
CR_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, kind) kind: s standard, r reduced
    ("Îngrășământ NPK 15-15-15, sac 50 kg", "sac", 5, 200, 95, 180, "s"), ("Sămânță porumb hibrid, sac", "sac", 2, 60, 380, 720, "r"),
    ("Erbicid total 5 l", "buc", 2, 40, 120, 310, "s"), ("Tipărire afișe A2", "buc", 20, 500, 3, 9, "s"),
    ("Cărți broșate, tiraj", "buc", 50, 800, 12, 38, "r"), ("Legătorie, manoperă", "ore", 2, 30, 85, 150, "s"),
    ("Cazare cameră dublă", "noapte", 1, 20, 260, 480, "r"), ("Pachet tratament balnear", "buc", 1, 15, 340, 890, "r"),
    ("Închiriere sală conferințe", "zi", 1, 3, 900, 2400, "s"), ("Cablu electric CYY 3x2,5", "m", 50, 800, 4, 9, "s"),
    ("Tablou electric montat", "buc", 1, 6, 850, 2600, "s"), ("Manoperă instalare", "ore", 4, 60, 95, 160, "s"),
]
CR_HTML = """<html lang="ro"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.2pt;color:{{ color }};text-align:left;padding:4px 5px;font-weight:bold} table.it td{padding:4px 5px;font-size:8.4pt}
.r{text-align:right;white-space:nowrap} .lab{color:#6b7280;font-size:7.4pt}
</style></head><body>
<div style="font-size:22pt;font-weight:bold;color:{{ color }};letter-spacing:1px">FACTURĂ</div>
<div style="margin-top:2px">Seria și numărul: <b>{{ no }}</b> &nbsp;·&nbsp; Data emiterii: <b>{{ d }}</b>{% if due %} &nbsp;·&nbsp; Data scadenței: <b>{{ due }}</b>{% endif %}</div>
<table style="width:100%;margin-top:14px;font-size:8.4pt"><tr>
<td style="width:50%;padding-right:12px"><div class="lab">Furnizor</div><b>{{ vname }}</b><br>{{ vaddr }}<br>CIF: {{ vid }}<br>Reg. Com.: {{ regcom }}<br>Capital social: {{ cap }} lei<br>IBAN: {{ ibanv }}<br>Banca Transilvania, Sucursala Craiova</td>
<td><div class="lab">Cumpărător</div><b>{{ bname }}</b><br>CIF: {{ bcif }}<br>Reg. Com.: {{ bregcom }}<br>Județul Dolj{% if po %}<br>Comanda nr. {{ po }}{% endif %}<br>Aviz de însoțire nr. {{ aviz }} din {{ avizd }}</td></tr></table>
<table class="it"><tr><th>Nr. crt.</th><th>Denumirea produselor sau a serviciilor</th><th>U.M.</th><th class="r">Cant.</th><th class="r">Preț unitar (fără TVA)</th><th class="r">Valoarea</th><th class="r">Cota TVA</th><th class="r">Valoarea TVA</th></tr>
{% for it in items %}<tr{% if loop.index is even %} style="background:#f3f4f6"{% endif %}><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.t }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:14px;font-size:9pt">
<tr><td class="lab" style="padding:2px 12px">Total fără TVA</td><td class="r">{{ net }} lei</td></tr>
{% for r in rates %}<tr><td class="lab" style="padding:2px 12px">TVA {{ r.r }}% la baza {{ r.b }}</td><td class="r">{{ r.t }} lei</td></tr>{% endfor %}
<tr><td class="lab" style="padding:2px 12px">Total TVA</td><td class="r">{{ tax }} lei</td></tr>
<tr><td style="padding:6px 12px;font-weight:bold;font-size:11pt;color:{{ color }}">Total de plată</td><td class="r" style="font-weight:bold;font-size:11pt;color:{{ color }}">{{ total }} lei</td></tr>
{% if eur %}<tr><td class="lab" style="padding:2px 12px">Echivalent EUR (curs BNR {{ rate }} din {{ rated }})</td><td class="r lab">{{ eur }} EUR</td></tr>{% endif %}</table>
<div style="margin-top:18px;font-size:7.6pt;color:#555">{{ pay }}<br>Întocmit de: {{ clerk }}, CNP {{ cnp }} · Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal. Transmisă în RO e-Factura, index încărcare {{ efact }}.</div>
</body></html>"""


@style("02", "ro_cra_craiova_factura_tva_21_11_unruled_eur")
def s02(rng, i):
    vname, vaddr, color = CR_V[i]
    d = rand_date(rng)
    new = d >= dt.date(2025, 8, 1)
    rmap = {"s": 21 if new else 19, "r": 11 if new else 9}
    cat = [r for r in CR_ROWS if any(k in r[0] for k in (["Îngr", "Sămân", "Erbic", "Cablu"], ["Tipăr", "Cărți", "Legăt"], ["Cazare", "Pachet", "sală"], ["Cablu", "Tablou", "Manoper"])[i])]
    items = lines(rng, cat, [3, 3, 3, 3][i], D("0.01"))
    for x in items:
        x["rate"] = rmap[x["extra"]]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    # the per-row TVA must add up to the per-rate TVA: recompute the rows' tax as printed from the rates
    for r, _b, t in rates:
        rows = [x for x in items if x["rate"] == r]
        rows[-1]["tax"] = t - sum(x["tax"] for x in rows[:-1])
    total = net + tax
    vid = "RO" + valid(rng, lambda: digits(rng, rng.choice([7, 8]), True), cui.is_valid)
    bcif = "RO" + valid(rng, lambda: digits(rng, 8, True), cui.is_valid)
    serie = ["OAS", "TMV", "BGJ", "EBI"][i]
    nr = [f"{rng.randint(1000, 9999)}", f"{rng.randint(100, 999):05d}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}"][i]
    no = f"{serie} {nr}" if i != 2 else f"{serie}{nr}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "ro"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [f"{rng.randint(100, 999)}/{d.strftime('%d.%m.%Y')}", None, None, f"PO{rng.randint(4500000, 4599999)}"][i]
    po_v = po.split("/")[0] if po else None
    rate = D(rng.choice(["4.9762", "4.9771", "5.0284", "5.0913"]))
    eur = de(q2(total / rate)) if i in (0, 3) else None
    ctx = dict(
        color=color, no=no, d=fd(d), due=fd(due) if due else None, vname=vname, vaddr=vaddr, vid=vid, regcom=f"J16/{rng.randint(100, 3999)}/{rng.randint(1995, 2022)}",
        cap=de(D(rng.choice([200, 1000, 45000, 90000]))), ibanv=group4(iban("RO", "BTRL" + digits(rng, 16))),
        bname=CR_B[i], bcif=bcif, bregcom=f"J16/{rng.randint(100, 3999)}/{rng.randint(1995, 2022)}", po=po, aviz=f"{rng.randint(1000, 9999)}", avizd=fd(d - dt.timedelta(days=rng.randint(0, 5))),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"]), "r": x["rate"], "t": de(x["tax"])} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total), eur=eur, rate=de(rate, 4), rated=fd(d - dt.timedelta(days=1)),
        pay=("Termen de plată: " + fd(due) + ". Plata prin ordin de plată în contul de mai sus.") if due else "Achitat cu chitanța nr. " + digits(rng, 4, True) + " – numerar.",
        clerk=rng.choice(["Popescu Elena", "Ionescu Marian", "Dobre Cristina"]), cnp=digits(rng, 13, True), efact=digits(rng, 10, True),
    )
    notes = (
        "Craiova (Dolj, Romania) FACTURĂ in Romanian with a table WITHOUT RULES (zebra), TVA " + " and ".join(f"{r} %" for r, _, _ in rates)
        + " (21 / 11 % from 1 August 2025, 19 / 9 % before) per row and per rate, '1.234,56 lei': vendor = 'Furnizor'; vendor_tax_id = the supplier's 'CIF' (RO + CUI; the Reg. Com., the buyer's CIF, the IBAN, the clerk's CNP and the e-Factura index are decoys). "
        "invoice_number = 'Seria și numărul' (series and number as printed); invoice_date = 'Data emiterii' (the 'Aviz de însoțire' date is a decoy). "
        + due_note(due, "Achitat … numerar", "Data scadenței")
        + po_note(po_v, "Comanda nr.")
        + "subtotal = 'Total fără TVA'; tax = 'Total TVA'; total = 'Total de plată'" + (" (the EUR equivalent at the BNR rate is a decoy)" if eur else "")
        + ". Currency RON ('lei'). Line items: every row, without TVA."
    )
    t = truth(vname, vid, no, po_v, d, due, "RON", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total de plată", fd(due) if due else None, bcif, eur]}
    return t, chk, (CR_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Madinah (VAT 15, SAR), right sidebar, bilingual
MD_V = [
    ("شركة طيبة للتمور المحدودة", "Taibah Dates Company Ltd.", "King Abdulaziz Rd, Al Aziziyah, Madinah 42311", "#065f46"),
    ("مؤسسة قباء للضيافة", "Quba Hospitality Est.", "Quba Rd, Quba District, Madinah 42318", "#92400e"),
    ("شركة العوالي لمواد البناء", "Al Awali Building Materials Co.", "Sultanah Rd, Al Awali, Madinah 42351", "#1e3a8a"),
    ("مطبعة المدينة الحديثة", "Al Madinah Modern Press", "Abu Dharr Al Ghifari St, Madinah 42241", "#581c87"),
]
MD_B = ["Al Haram Hotels Group", "Zamzam Travel & Umrah Services", "Knowledge Economic City Contracting", "Taibah University Procurement"]
MD_ROWS = [
    ("Ajwa dates premium, 1 kg box", "box", 10, 300, 45, 120), ("Sukkari dates, 3 kg carton", "ctn", 5, 120, 60, 150), ("Date paste, 5 kg tub", "tub", 5, 80, 35, 70),
    ("Hotel room, double, per night", "night", 1, 30, 280, 950), ("Airport transfer, Prince Mohammad bin Abdulaziz Airport", "trip", 1, 20, 120, 260), ("Breakfast buffet", "pax", 2, 80, 45, 85),
    ("Cement OPC, 50 kg bag", "bag", 20, 600, 14, 22), ("Rebar 12 mm, tonne", "t", 1, 30, 2300, 3100), ("Ceramic tiles 60x60, m²", "m²", 20, 400, 28, 75),
    ("Brochure printing A4, 8 pages", "pcs", 100, 5000, 1, 4), ("Roll-up banner 85x200", "pcs", 1, 20, 180, 390), ("Business cards, box of 500", "box", 1, 40, 45, 95),
]
MD_HTML = """<html lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;right:0;top:0;bottom:0;width:60mm;background:#f1f5f9;border-left:4px solid {{ color }};padding:12mm 6mm;box-sizing:border-box;font-size:8.2pt}
.side .l{color:#64748b;font-size:7pt;margin-top:9px} .side .v{font-weight:bold} .main{margin-right:66mm;padding:12mm 0 0 12mm}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:{{ color }};color:#fff;font-size:7.2pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap} .ar{direction:rtl;font-family:'DejaVu Sans',sans-serif}
</style></head><body>
<div class="side"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">TAX INVOICE</div><div class="ar" style="font-size:12pt;color:{{ color }}">فاتورة ضريبية</div>
<div class="l">Invoice No. / رقم الفاتورة</div><div class="v">{{ no }}</div>
<div class="l">Issue Date / تاريخ الإصدار</div><div class="v">{{ d }}</div>
<div class="l">Date of Supply / تاريخ التوريد</div><div class="v">{{ ds }}</div>
{% if due %}<div class="l">Due Date / تاريخ الاستحقاق</div><div class="v">{{ due }}</div>{% endif %}
{% if po %}<div class="l">PO No. / أمر الشراء</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">Seller VAT No. / الرقم الضريبي للمورد</div><div class="v">{{ vid }}</div>
<div class="l">C.R. No. / السجل التجاري</div><div class="v">{{ cr }}</div>
<div class="l">Amount Due / المبلغ المستحق</div><div class="v" style="font-size:13pt;color:{{ color }}">{{ total }} {{ cur }}</div>
<div style="margin-top:12px">{{ qr|safe }}</div><div style="font-size:6.5pt;color:#64748b">ZATCA e-invoice QR · UUID {{ uuid }}</div>
<div class="l">Bank / البنك</div><div>{{ bank }}<br>IBAN {{ ibanv }}</div></div>
<div class="main"><div class="ar" style="font-size:15pt;font-weight:bold">{{ vname_ar }}</div><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div style="color:#555">{{ vaddr }}</div>
<div style="margin-top:14px;border:1px solid #e5e7eb;padding:6px"><div style="color:#64748b;font-size:7pt">Bill To / العميل</div><b>{{ bname }}</b><br>Customer VAT No. {{ bvat }}<br>Madinah, Kingdom of Saudi Arabia</div>
<table class="it"><tr><th>#</th><th>Description / الوصف</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit Price</th><th class="r">Taxable Amount</th><th class="r">VAT 15%</th><th class="r">Total incl. VAT</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:8.8pt">
<tr><td style="padding:2px 10px">Total (Excluding VAT) / الإجمالي غير شامل الضريبة</td><td class="r">{{ net }}</td></tr>
{% if disc %}<tr><td style="padding:2px 10px">of which discount granted / منها خصم</td><td class="r">({{ disc }})</td></tr>{% endif %}
<tr><td style="padding:2px 10px">Total VAT 15% / إجمالي ضريبة القيمة المضافة</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">Total Amount Due / إجمالي المبلغ المستحق</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<div style="margin-top:16px;font-size:7.4pt;color:#555">{{ foot }}</div></div>
</body></html>"""


@style("03", "sa_med_madinah_tax_invoice_vat_15_sidebar_right")
def s03(rng, i):
    vname_ar, vname, vaddr, color = MD_V[i]
    d = rand_date(rng)
    items = lines(rng, MD_ROWS[i * 3 : i * 3 + 3], [2, 3, 3, 2][i], D("0.25"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.15"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = "3" + digits(rng, 13) + "3"
    bvat = "3" + digits(rng, 13) + "3"
    no = [f"INV-{d.year}-{rng.randint(10000, 99999)}", f"QH{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"MMP-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 1 else None
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"LPO {rng.randint(2000, 8999)}", None][i]
    cur = ["SAR", "SAR", "SR", "Saudi Riyals"][i]
    ctx = dict(
        color=color, no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 4))), due=fd(due) if due else None, po=po, vid=vid, cr="4650" + digits(rng, 6),
        total=en(total), cur=cur, qr=qr_svg(rng, 26), uuid="-".join(digits(rng, k) for k in (8, 4, 4, 4, 12)), bank=rng.choice(["Al Rajhi Bank", "Saudi National Bank", "Bank Albilad"]),
        ibanv=group4(rand_iban(rng, "SA", 22, "80")), vname_ar=vname_ar, vname=vname, vaddr=vaddr, bname=MD_B[i], bvat=bvat,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "t": en(x["tax"]), "g": en(x["amount"] + x["tax"])} for x in items],
        net=en(net), disc=None, tax=en(tax),
        foot=("Paid in cash at the front desk – thank you for your stay. " if not due else f"Payment within {(due - d).days} days by bank transfer. ") + "All amounts in Saudi Riyals (SAR). E-invoice generated in accordance with ZATCA Phase 2.",
    )
    notes = (
        "Madinah (Saudi Arabia) bilingual Arabic / English TAX INVOICE with the invoice facts in a RIGHT SIDEBAR (number, dates, seller VAT number, C.R., amount due, a ZATCA QR, bank), VAT 15 % per row, '1,234.56': "
        "vendor = the English company name at the top of the main column (the Arabic name above it is the same company); vendor_tax_id = 'Seller VAT No.' in the sidebar (15 digits; the customer's VAT number, the C.R., the UUID and the IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Issue Date' (the 'Date of Supply' is a decoy). "
        + due_note(due, "Paid in cash", "Due Date")
        + po_note(po, "PO No.")
        + f"subtotal = 'Total (Excluding VAT)'; tax = 'Total VAT 15%'; total = 'Total Amount Due'. Currency SAR (printed '{cur}' by the amount due). Line items: the taxable amount of every row."
    )
    t = truth(vname, vid, no, po, d, due, "SAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total Amount Due", fd(due) if due else None, bvat, ctx["ds"]]}
    return t, chk, (MD_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
