"""Chromium (HTML) styles for set 52, first part (01 Šiauliai PVM SĄSKAITA FAKTŪRA in Lithuanian with every label
BESIDE its value, PVM 21 % / 9 % and a discount as a NEGATIVE row; 02 Novo mesto RAČUN in Slovene with the amount due
at the TOP, a table WITHOUT RULES and DDV 22 % / 9,5 %; 03 Madaba tax invoice in English with Arabic labels, a RIGHT
SIDEBAR holding the facts, GST 16 %, dinars to the fils and a USD counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, pct, rand_iban
from invoice_kit import css, de, digits, en, en_words, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, en3, lines, po_note, qr_svg, truth
from stdnum.lt import pvm
from stdnum.si import ddv

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Šiauliai (PVM 21/9, EUR), labels beside
SQ_V = [
    ("UAB „Šiaulių metalo konstrukcijos“", "Pramonės g. 14, LT-78150 Šiauliai", "#1e3a8a"),
    ("UAB „Saulės knygynas“", "Vilniaus g. 213, LT-76343 Šiauliai", "#9a3412"),
    ("UAB „Kryžių kalno svečių namai“", "Jurgaičių k., LT-81439 Šiaulių r.", "#166534"),
    ("UAB „Rėkyvos durpės ir substratai“", "Rėkyvos g. 41, LT-78318 Šiauliai", "#3f3f46"),
]
SQ_B = [("UAB „Baltijos statybų grupė“", "Savanorių pr. 178, Vilnius"), ("Šiaulių miesto savivaldybės viešoji biblioteka", "Aušros al. 62, Šiauliai"),
        ("UAB „Keliauk Lietuvoje“", "Laisvės al. 88, Kaunas"), ("ŽŪB „Joniškio daržai“", "Žagarės g. 5, Joniškis")]
SQ_ROWS = [
    [("Plieninė sija HEA 200, m", "m", 6, 60, "38.00", "61.00", "21"), ("Suvirinimo darbai", "val.", 4, 40, "32.00", "48.00", "21"), ("Antikorozinis dažymas, m²", "m²", 20, 240, "9.00", "16.00", "21"),
     ("Tvirtinimo detalės, kompl.", "kompl.", 1, 12, "45.00", "120.00", "21"), ("Transportas Šiauliai–Vilnius", "reisas", 1, 3, "180.00", "320.00", "21")],
    [("Knyga „Šiaulių istorija“", "vnt.", 2, 30, "14.00", "29.00", "9"), ("Vaikiška knyga, kietais viršeliais", "vnt.", 5, 40, "7.00", "16.00", "9"), ("Žurnalų prenumerata, metams", "vnt.", 1, 6, "36.00", "72.00", "9"),
     ("Kanceliarinės prekės, rinkinys", "kompl.", 1, 20, "6.00", "18.00", "21"), ("Knygų įrišimas", "vnt.", 5, 60, "3.00", "9.00", "21")],
    [("Nakvynė, dvivietis kambarys", "naktis", 2, 20, "48.00", "85.00", "9"), ("Pusryčiai", "vnt.", 4, 40, "7.00", "12.00", "21"), ("Konferencijų salės nuoma", "d.", 1, 3, "120.00", "280.00", "21"),
     ("Ekskursija į Kryžių kalną", "asm.", 4, 30, "9.00", "18.00", "21")],
    [("Durpių substratas 250 l", "mais.", 10, 200, "6.50", "11.00", "21"), ("Durpės frezuotos, m³", "m³", 5, 80, "18.00", "32.00", "21"), ("Kokoso pluoštas 70 l", "mais.", 5, 60, "5.00", "9.00", "21"),
     ("Padėklų nuoma", "vnt.", 2, 20, "4.00", "8.00", "21"), ("Pristatymas", "reisas", 1, 2, "60.00", "140.00", "21")],
]
SQ_HTML = """<html lang="lt"><head><meta charset="utf-8"><style>@@BASE@@
.row{display:flex;font-size:8.4pt;margin:1px 0} .row .l{width:44mm;color:#555} .row .v{font-weight:bold}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-top:2px solid {{ color }};border-bottom:1px solid {{ color }};font-size:7.6pt;padding:4px 3px;text-align:left}
table.it td{padding:4px 3px;font-size:8.2pt;border-bottom:1px solid #e5e7eb} .neg td{color:#b91c1c}
</style></head><body>
<div style="text-align:center;font-size:15pt;font-weight:bold;letter-spacing:1px;color:{{ color }}">PVM SĄSKAITA FAKTŪRA</div>
<div style="text-align:center;font-size:9pt;margin-bottom:10px">{{ title_date }}</div>
<table style="width:100%"><tr><td style="width:50%;padding-right:10px">
<div style="font-size:7.4pt;color:#777;text-transform:uppercase">Pardavėjas</div><div style="font-size:10pt;font-weight:bold">{{ vname }}</div>
<div class="row"><span class="l">Adresas:</span><span class="v">{{ vaddr }}</span></div>
<div class="row"><span class="l">Įmonės kodas:</span><span class="v">{{ vcode }}</span></div>
<div class="row"><span class="l">PVM mokėtojo kodas:</span><span class="v">{{ vid }}</span></div>
<div class="row"><span class="l">A. s.:</span><span class="v">{{ iban }}</span></div>
<div class="row"><span class="l">Bankas:</span><span class="v">{{ bank }}</span></div></td>
<td style="padding-left:10px"><div style="font-size:7.4pt;color:#777;text-transform:uppercase">Pirkėjas</div><div style="font-size:10pt;font-weight:bold">{{ bname }}</div>
<div class="row"><span class="l">Adresas:</span><span class="v">{{ baddr }}</span></div>
<div class="row"><span class="l">Įmonės kodas:</span><span class="v">{{ bcode }}</span></div>
{% if bvat %}<div class="row"><span class="l">PVM mokėtojo kodas:</span><span class="v">{{ bvat }}</span></div>{% endif %}</td></tr></table>
<div style="margin-top:10px;border:1px solid #d4d4d8;padding:6px 8px">
{% for k, v in heads %}<div class="row"><span class="l">{{ k }}</span><span class="v">{{ v }}</span></div>{% endfor %}</div>
<table class="it"><tr><th>Eil. Nr.</th><th>Prekės / paslaugos pavadinimas</th><th>Mato vnt.</th><th class="r">Kiekis</th><th class="r">Kaina be PVM</th><th class="r">PVM %</th><th class="r">Suma be PVM</th></tr>
{% for it in items %}<tr{% if it.neg %} class="neg"{% endif %}><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-left:auto;width:92mm;margin-top:8px">
<div class="row"><span class="l" style="width:60mm">Suma be PVM:</span><span class="v" style="margin-left:auto">{{ net }} €</span></div>
{% for r in rates %}<div class="row"><span class="l" style="width:60mm">PVM {{ r.r }} % nuo {{ r.b }} €:</span><span class="v" style="margin-left:auto">{{ r.t }} €</span></div>{% endfor %}
{% if rates|length > 1 %}<div class="row"><span class="l" style="width:60mm">PVM iš viso:</span><span class="v" style="margin-left:auto">{{ tax }} €</span></div>{% endif %}
<div class="row" style="font-size:10.5pt;border-top:2px solid {{ color }};padding-top:3px"><span class="l" style="width:60mm;color:#000">Bendra suma su PVM:</span><span class="v" style="margin-left:auto">{{ total }} €</span></div></div>
<div style="margin-top:8px;font-size:8pt">Suma žodžiais: {{ words }}</div>
<div style="margin-top:24px;font-size:8pt;display:flex;gap:30mm"><div>Sąskaitą išrašė: {{ clerk }} ____________</div><div>Sąskaitą priėmė: ____________</div></div>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#888">{{ vname }} · {{ vaddr }} · Įregistruota Juridinių asmenų registre · Puslapis 1 iš 1</div>
</body></html>"""

LT_ONES = "nulis vienas du trys keturi penki šeši septyni aštuoni devyni dešimt vienuolika dvylika trylika keturiolika penkiolika šešiolika septyniolika aštuoniolika devyniolika".split()
LT_TENS = "_ _ dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt septyniasdešimt aštuoniasdešimt devyniasdešimt".split()


def _lt999(n):
    out = []
    h, r = divmod(n, 100)
    if h:
        out.append("vienas šimtas" if h == 1 else LT_ONES[h] + " šimtai")
    if r >= 20:
        t, u = divmod(r, 10)
        out.append(LT_TENS[t] + (" " + LT_ONES[u] if u else ""))
    elif r:
        out.append(LT_ONES[r])
    return " ".join(out)


def lt_words(x):
    """'du tūkstančiai trys šimtai penki Eur 40 ct' (a whole-euro part in words, the cents in digits)."""
    e = int(x)
    c = int(round((x - e) * 100))
    k, u = divmod(e, 1000)
    parts = []
    if k:
        kw = "tūkstantis" if k % 10 == 1 and k % 100 != 11 else ("tūkstančių" if k % 10 == 0 or 10 < k % 100 < 20 else "tūkstančiai")
        parts.append((_lt999(k) + " " if k != 1 else "vienas ") + kw)
    if u or not k:
        parts.append(_lt999(u) if u else "nulis")
    s = " ".join(parts)
    return s[0].upper() + s[1:] + f" Eur {c:02d} ct"


@style("01", "lt_sql_siauliai_saskaita_faktura_pvm_21_9_labels_beside_nuolaida")
def s01(rng, i):
    vname, vaddr, color = SQ_V[i]
    bname, baddr = SQ_B[i]
    d = rand_date(rng)
    items = lines(rng, SQ_ROWS[i], [3, 5, 4, 2][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    disc = i in (1, 3)
    if disc:
        base = sum(x["amount"] for x in items if x["rate"] == "21")
        pc = rng.choice([3, 5, 10])
        a = -q2(base * pc / 100)
        items.append({"desc": f"Nuolaida {pc} % (lojalumo programa)", "unit": "", "qty": None, "price": None, "amount": a, "rate": "21", "show_qty": False})
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = "LT" + valid(rng, lambda: digits(rng, 7, True) + "1" + digits(rng, 1), lambda s: pvm.is_valid("LT" + s))
    bvat = ("LT" + valid(rng, lambda: digits(rng, 7, True) + "1" + digits(rng, 1), lambda s: pvm.is_valid("LT" + s))) if i != 1 else None
    vcode, bcode = "30" + digits(rng, 7), "1" + digits(rng, 8)
    no = [f"SMK {rng.randint(10000, 99999)}", f"SKN-{rng.randint(1000, 9999)}", f"KKS {rng.randint(100, 999):06d}", f"RD{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.isoformat(), lambda x: long_date(x, "lt"), lambda x: x.isoformat(), lambda x: x.strftime("%Y.%m.%d")][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i != 2 else None
    dd = d - dt.timedelta(days=rng.randint(1, 6))
    po = [f"Nr. {rng.randint(100, 999)}/{d.year}", None, None, f"UŽS-{rng.randint(1000, 9999)}"][i]
    heads = [("Sąskaitos serija ir Nr.:", no), ("Išrašymo data:", fd(d)), ("Prekių išsiuntimo data:", fd(dd))]
    heads.append(("Apmokėti iki:", fd(due)) if due else ("Apmokėjimo būdas:", "apmokėta banko kortele"))
    if po:
        heads.append(("Užsakymo Nr.:", po))
    if i == 0:
        heads.append(("Sutartis:", f"Nr. ST-{rng.randint(10, 99)}/{d.year - 1}"))
    ib = rand_iban(rng, "LT", 16, rng.choice(["73000", "70440", "40100"]))
    ctx = dict(
        color=color, title_date=long_date(d, "lt"), vname=vname, vaddr=vaddr, vcode=vcode, vid=vid, iban=group4(ib), bank=rng.choice(["AB „Swedbank“", "AB SEB bankas", "Luminor Bank AS"]),
        bname=bname, baddr=baddr, bcode=bcode, bvat=bvat, heads=heads,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]) if x.get("qty") is not None else "", "p": de(x["price"]) if x.get("price") is not None else "", "r": pct(x["rate"]), "a": de(x["amount"]), "neg": x["amount"] < 0} for x in items],
        net=de(net), rates=[{"r": pct(r), "b": de(b), "t": de(t)} for r, b, t in rates], tax=de(tax), total=de(total), words=lt_words(total),
        clerk=rng.choice(["Rasa Petrauskienė", "Tomas Jankauskas", "Inga Kazlauskaitė"]),
    )
    notes = (
        "Šiauliai (Lithuania) PVM SĄSKAITA FAKTŪRA in Lithuanian with every LABEL BESIDE its value, PVM " + " and ".join(pct(r) + " %" for r, _, _ in rates) + " per row and per rate, '1.234,56 €'"
        + (", a loyalty DISCOUNT as a NEGATIVE row at 21 % (a line item without quantity)" if disc else "")
        + ": vendor = 'Pardavėjas'; vendor_tax_id = its 'PVM mokėtojo kodas' (LT...; the Įmonės kodas, the buyer's codes, the IBAN and the contract are decoys). "
        "invoice_number = 'Sąskaitos serija ir Nr.' (series and number as printed); invoice_date = 'Išrašymo data' (the dispatch date is a decoy; the long date under the title is the same date). "
        + due_note(due, "apmokėta banko kortele", "Apmokėti iki")
        + po_note(po, "Užsakymo Nr.")
        + "subtotal = 'Suma be PVM'; tax = " + ("'PVM iš viso'" if len(rates) > 1 else "the 'PVM 21 %' row") + "; total = 'Bendra suma su PVM' (also in words). Currency EUR ('€'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, vcode, bvat, "Bendra suma su PVM", fd(due) if due else None, fd(dd)]}
    return t, chk, (SQ_HTML.replace("@@BASE@@", css(margin="13mm 13mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Novo mesto (DDV 22/9,5, EUR), total at the top, no rules
NM_V = [
    ("Krka Les d.o.o.", "Kandijska cesta 38, 8000 Novo mesto", "#0f766e"),
    ("Pekarna Dolenjka d.o.o.", "Ljubljanska cesta 27, 8000 Novo mesto", "#b45309"),
    ("Avtoservis Bršljin, Marko Zupančič s.p.", "Bršljin 61, 8000 Novo mesto", "#1d4ed8"),
    ("Tiskarna Gorjanci d.o.o.", "Šmarješka cesta 6, 8000 Novo mesto", "#7e22ce"),
]
NM_B = [("Mizarstvo Kočevje d.o.o.", "Trg zbora odposlancev 12, 1330 Kočevje"), ("Gostilna Pri Vodnjaku d.o.o.", "Glavni trg 9, 8000 Novo mesto"),
        ("Dolenjski taksi d.o.o.", "Seidlova cesta 4, 8000 Novo mesto"), ("Občina Šentjernej", "Trg Gorjanskega bataljona 1, 8310 Šentjernej")]
NM_ROWS = [
    [("Hlodovina smreka, m³", "m³", 5, 60, "70.00", "110.00", "22"), ("Bukova drva, prm", "prm", 2, 20, "55.00", "85.00", "22"), ("Razrez hlodovine", "ura", 2, 16, "35.00", "55.00", "22"), ("Prevoz lesa", "km", 20, 180, "1.20", "2.40", "22")],
    [("Kruh beli 1 kg", "kos", 20, 200, "1.60", "2.40", "9.5"), ("Polnozrnato pecivo", "kos", 40, 400, "0.35", "0.70", "9.5"), ("Potica orehova 1 kg", "kos", 2, 20, "14.00", "22.00", "9.5"), ("Dostava", "kos", 1, 4, "8.00", "15.00", "22"), ("Najem zabojev", "kos", 5, 40, "0.50", "1.20", "22")],
    [("Menjava olja in filtra", "kpl", 1, 4, "45.00", "85.00", "22"), ("Zavorne ploščice spredaj", "kpl", 1, 3, "55.00", "120.00", "22"), ("Delo mehanika", "ura", 1, 9, "38.00", "52.00", "22"), ("Pnevmatike 205/55 R16", "kos", 2, 8, "68.00", "110.00", "22"), ("Diagnostika", "kos", 1, 1, "25.00", "45.00", "22")],
    [("Zloženke A4, 4/4", "kos", 500, 5000, "0.06", "0.18", "22"), ("Plakati B1", "kos", 10, 200, "2.00", "6.00", "22"), ("Zbornik občine, 96 strani", "kos", 100, 800, "4.00", "9.00", "9.5"), ("Priprava za tisk", "ura", 1, 12, "30.00", "45.00", "22"), ("Vizitke", "kos", 200, 2000, "0.03", "0.08", "22")],
]
NM_HTML = """<html lang="sl"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{font-size:7.4pt;color:#6b7280;font-weight:normal;text-align:left;padding:3px 4px} table.it td{padding:3px 4px;font-size:8.4pt}
table.it tr.z td{background:#f4f4f5}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Matična številka: {{ mat }} · ID za DDV: {{ vid }}<br>TRR: {{ iban }} ({{ bank }})</div></td>
<td style="width:70mm"><div style="background:{{ color }};color:#fff;padding:8px 10px;border-radius:4px"><div style="font-size:7.6pt">{{ due_l }}</div><div style="font-size:17pt;font-weight:bold">{{ total }} €</div><div style="font-size:7.6pt">{{ due_v }}</div></div></td></tr></table>
<div style="margin-top:14px;font-size:20pt;font-weight:300;color:{{ color }}">RAČUN {{ no }}</div>
<table style="width:100%;margin-top:6px;font-size:8.2pt"><tr><td style="width:55%"><span style="color:#6b7280">Kupec:</span><br><b>{{ bname }}</b><br>{{ baddr }}{% if bvat %}<br>ID za DDV: {{ bvat }}{% endif %}</td>
<td><table>{% for k, v in heads %}<tr><td style="color:#6b7280;padding-right:8px">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Šifra</th><th>Opis</th><th class="r">Količina</th><th>EM</th><th class="r">Cena</th><th class="r">DDV</th><th class="r">Vrednost brez DDV</th></tr>
{% for it in items %}<tr class="{{ loop.cycle('', 'z') }}"><td>{{ it.s }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px;font-size:8.4pt">
<tr><td style="padding:2px 10px;color:#6b7280">Osnova za DDV</td><td class="r">{{ net }} €</td></tr>
{% for r in rates %}<tr><td style="padding:2px 10px;color:#6b7280">DDV {{ r.r }} % (osnova {{ r.b }} €)</td><td class="r">{{ r.t }} €</td></tr>{% endfor %}
{% if rates|length > 1 %}<tr><td style="padding:2px 10px;color:#6b7280">Skupaj DDV</td><td class="r">{{ tax }} €</td></tr>{% endif %}
<tr style="font-weight:bold;font-size:10pt"><td style="padding:4px 10px">Za plačilo</td><td class="r">{{ total }} €</td></tr></table>
<div style="margin-top:14px;font-size:7.8pt">{{ paynote }}</div>
<div style="margin-top:4px;font-size:7.8pt">Račun izdal: {{ clerk }} · ZOI: {{ zoi }} · EOR: {{ eor }}</div>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#888;width:100%">{{ vname }}, {{ vaddr }} · vpisano pri Okrožnem sodišču v Novem mestu · osnovni kapital 7.500,00 € · stran 1/1</div>
</body></html>"""


@style("02", "si_nvm_novo_mesto_racun_ddv_22_9_5_total_top_no_rules")
def s02(rng, i):
    vname, vaddr, color = NM_V[i]
    bname, baddr = NM_B[i]
    d = rand_date(rng)
    items = lines(rng, NM_ROWS[i], [3, 5, 4, 5][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = "SI" + valid(rng, lambda: digits(rng, 8, True), lambda s: ddv.is_valid("SI" + s))
    bvat = ("SI" + valid(rng, lambda: digits(rng, 8, True), lambda s: ddv.is_valid("SI" + s))) if i != 2 else None
    no = [f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1, 9)}-{rng.randint(1, 3)}-{rng.randint(1000, 9999)}", f"R{rng.randint(100, 999)}/{d.strftime('%y')}", f"{d.strftime('%y')}-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {x.month}. {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "sl")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 2 else None
    dd = d - dt.timedelta(days=rng.randint(1, 10))
    po = [None, f"NAR-{rng.randint(100, 999)}", None, f"{rng.randint(430, 439)}-{rng.randint(1, 99)}/{d.year}"][i]
    ref = f"SI00 {no.replace('/', '-').replace('R', '')}"
    heads = [("Datum izdaje:", fd(d)), ("Kraj izdaje:", "Novo mesto"), ("Datum opravljene storitve:", fd(dd))]
    if due:
        heads.append(("Rok plačila:", fd(due)))
    if po:
        heads.append(("Naročilnica:", po))
    if i == 0:
        heads.append(("Dobavnica:", f"DOB-{rng.randint(1000, 9999)}"))
    ib = rand_iban(rng, "SI", 15, rng.choice(["0510", "0201", "1910"]))
    due_l, due_v = ("Za plačilo", f"do {fd(due)}") if due else ("Plačano", "gotovina, izdan račun POS")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, mat=digits(rng, 7, True) + "000", vid=vid, iban=group4(ib), bank=rng.choice(["NLB d.d.", "OTP banka d.d.", "Delavska hranilnica d.d."]),
        total=de(total), due_l=due_l, due_v=due_v, no=no, bname=bname, baddr=baddr, bvat=bvat, heads=heads,
        items=[{"s": f"{rng.randint(1000, 9999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "r": pct(x["rate"]), "a": de(x["amount"])} for x in items],
        net=de(net), rates=[{"r": pct(r), "b": de(b), "t": de(t)} for r, b, t in rates], tax=de(tax),
        paynote=(f"Znesek nakažite na TRR {group4(ib)} s sklicem {ref}. Za zamudo zaračunavamo zakonske zamudne obresti." if due else "Račun je plačan z gotovino."),
        clerk=rng.choice(["Mojca Novak", "Janez Kovačič", "Tina Pavlin"]), zoi=digits(rng, 32).replace("0", "a")[:32], eor="-".join([digits(rng, 8), digits(rng, 4), digits(rng, 4), digits(rng, 12)]),
    )
    notes = (
        "Novo mesto (Slovenia) RAČUN in Slovene with the amount due in a coloured box at the TOP right, a table WITHOUT RULES (striped), DDV " + " and ".join(pct(r) + " %" for r, _, _ in rates)
        + ", '1.234,56 €': vendor = the name at the top; vendor_tax_id = 'ID za DDV' under it (SI...; the matična številka, the buyer's ID za DDV, the TRR, the ZOI and EOR fiscal codes and the sklic are decoys). "
        "invoice_number = the number after 'RAČUN'; invoice_date = 'Datum izdaje' (the 'Datum opravljene storitve' is a decoy). "
        + due_note(due, "Plačano (gotovina)", "Rok plačila")
        + po_note(po, "Naročilnica")
        + "subtotal = 'Osnova za DDV'; tax = " + ("'Skupaj DDV'" if len(rates) > 1 else "the DDV row") + "; total = 'Za plačilo' (top box and bottom). Currency EUR ('€'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvat, "Za plačilo", fd(due) if due else None, fd(dd)]}
    return t, chk, (NM_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.4pt")), ctx)


# =========================================================================== 03 Madaba (GST 16 %, JOD), right sidebar
MD_V = [
    ("Madaba Mosaic Crafts Co.", "شركة مادبا لحرف الفسيفساء", "King Talal Street, Madaba 17110, Jordan"),
    ("Mount Nebo Olive Press Est.", "مؤسسة معصرة جبل نيبو", "Faisaliyah Road, Madaba, Jordan"),
    ("Dead Sea Road Tourism Transport LLC", "شركة طريق البحر الميت للنقل السياحي ذ.م.م", "Hanina, Madaba, Jordan"),
    ("Al-Mukhayyat Building Supplies Co.", "شركة المخيط للوازم البناء", "Industrial Area, Madaba, Jordan"),
]
MD_B = ["Petra Gate Hotel & Resort, Wadi Musa", "Amman Fine Foods LLC, Amman", "Holy Land Pilgrim Tours Co., Amman", "Al-Rawabi Housing Project, Madaba"]
MD_ROWS = [
    [("Mosaic panel 60 x 90 cm, Tree of Life design, hand-set natural stone", "pc", 1, 6, "180.000", "420.000"), ("Mosaic coasters, set of 6", "set", 10, 120, "6.500", "12.000"),
     ("Restoration of lobby mosaic, per m²", "m²", 2, 12, "95.000", "160.000"), ("Packing and delivery to Wadi Musa", "trip", 1, 2, "45.000", "90.000")],
    [("Extra virgin olive oil, 16 L tin", "tin", 5, 60, "62.000", "88.000"), ("Olive pressing service, per 100 kg", "100 kg", 5, 80, "4.500", "7.500"), ("Olive oil soap, carton of 48", "ctn", 1, 20, "28.000", "46.000"),
     ("Glass bottles 750 ml, filled and labelled", "pc", 50, 600, "0.850", "1.600")],
    [("Coaster bus Amman–Madaba–Mount Nebo–Dead Sea, full day", "day", 1, 6, "140.000", "220.000"), ("Driver overtime", "hr", 1, 12, "6.000", "10.000"), ("Airport transfer QAIA", "trip", 1, 8, "35.000", "55.000"),
     ("Guide fee, licensed, per day", "day", 1, 6, "50.000", "80.000")],
    [("Cement, 50 kg bag", "bag", 20, 600, "4.200", "5.600"), ("Reinforcing steel 12 mm, ton", "ton", 1, 20, "520.000", "640.000"), ("Concrete blocks 15 cm", "pc", 100, 4000, "0.280", "0.420"),
     ("Ready-mix concrete B300, m³", "m³", 5, 80, "38.000", "52.000"), ("Truck hire with crane", "hr", 1, 10, "25.000", "40.000")],
]
MD_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.ar{direction:rtl;font-size:8pt;color:#555} .side{background:#f1f5f9;border-left:3px solid {{ color }};padding:8px 10px;font-size:8pt}
.side .l{color:#64748b;font-size:7pt;margin-top:6px} .side .v{font-weight:bold;font-size:8.8pt}
table.it{width:100%;border-collapse:collapse} table.it th{border-bottom:1.5px solid {{ color }};font-size:7.2pt;text-align:left;padding:4px 3px} table.it td{border-bottom:1px solid #e2e8f0;padding:4px 3px;font-size:8pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;padding-right:10px">
<div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="ar" style="text-align:left">{{ vname_ar }}</div>
<div style="font-size:8pt">{{ vaddr }} · Tel +962 5 {{ tel }}<br>Commercial Reg. No. {{ creg }} · Tax Registration No. / <span class="ar">الرقم الضريبي</span>: {{ vid }}</div>
<div style="margin-top:12px;font-size:17pt;font-weight:bold">TAX INVOICE <span class="ar" style="font-size:13pt">فاتورة ضريبية</span></div>
<div style="margin-top:8px;font-size:8.2pt;border:1px solid #cbd5e1;padding:6px"><b>Customer / <span class="ar">العميل</span></b><br>{{ bname }}<br>Customer tax no.: {{ btax }}</div>
<table class="it" style="margin-top:10px"><tr><th>#</th><th>Description <span class="ar">البيان</span></th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt"><tr><td style="padding:2px 8px">Total before tax <span class="ar">المجموع قبل الضريبة</span></td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 8px">General sales tax 16% <span class="ar">ضريبة المبيعات العامة</span></td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="padding:4px 8px;border-top:2px solid {{ color }}">Invoice total JOD <span class="ar">إجمالي الفاتورة</span></td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr>
{% if dep %}<tr><td style="padding:2px 8px">Less: deposit received ({{ dep_ref }})</td><td class="r">-{{ dep }}</td></tr><tr style="font-weight:bold"><td style="padding:2px 8px">Balance due</td><td class="r">{{ bal }}</td></tr>{% endif %}
</table>
<div style="margin-top:6px;font-size:7.8pt">Amount in words: {{ words }}</div>
<div style="margin-top:8px;font-size:7.4pt;color:#64748b">{{ usd }}</div>
</td><td style="width:55mm;vertical-align:top"><div class="side">
{% for k, v in side %}<div class="l">{{ k }}</div><div class="v">{{ v }}</div>{% endfor %}
<div style="margin-top:10px">{{ qr|safe }}</div><div style="font-size:6.6pt;color:#64748b">JoFotara e-invoice QR · UUID {{ uuid }}</div>
</div></td></tr></table>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#888">Bank: {{ bank }} · IBAN {{ iban }} · Page 1 of 1</div>
</body></html>"""


@style("03", "jo_mdb_madaba_tax_invoice_gst_16_sidebar_right_usd")
def s03(rng, i):
    vname, vname_ar, vaddr = MD_V[i]
    d = rand_date(rng)
    items = lines(rng, MD_ROWS[i], [3, 4, 2, 5][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vid = digits(rng, 8, True)
    no = [f"INV-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(100, 999)}", f"DSR-{d.strftime('%y')}{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 1 else None
    po = [f"PO-{rng.randint(1000, 9999)}", f"LPO {rng.randint(100, 999)}", None, f"{rng.randint(100, 999)}/{d.year}"][i]
    dep = (total * D(rng.choice(["0.3", "0.5"]))).quantize(D("1")) if i == 2 else None
    side = [("Invoice No. / رقم الفاتورة", no), ("Invoice date / تاريخ الفاتورة", fd(d)), ("Supply date", fd(d - dt.timedelta(days=rng.randint(1, 7))))]
    side.append(("Due date / تاريخ الاستحقاق", fd(due)) if due else ("Payment terms", "Cash on delivery"))
    if po:
        side.append(("Customer order no.", po))
    side += [("Currency", "JOD – Jordanian Dinar"), ("Invoice type", "Local sales – credit" if due else "Local sales – cash")]
    words_n = int(total)
    fils = int((total - words_n) * 1000)  # amounts are whole to 10 fils
    ctx = dict(
        color=["#7c2d12", "#3f6212", "#1e40af", "#475569"][i], vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=digits(rng, 7), creg=digits(rng, 5, True), vid=vid,
        bname=MD_B[i], btax=digits(rng, 8, True), items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en3(x["price"]), "a": en3(x["amount"])} for x in items],
        net=en3(net), tax=en3(tax), total=en3(total), dep=en3(dep) if dep else None, dep_ref=f"receipt RV-{rng.randint(1000, 9999)}", bal=en3(total - dep) if dep else None,
        words=f"{' '.join(w.capitalize() for w in en_words(words_n).split())} Jordanian Dinars and {fils} Fils",
        usd=f"For information: USD {en(q2(total / D('0.709')))} at 1 USD = 0.709 JOD (Central Bank of Jordan)" if i in (0, 2) else "",
        side=side, qr=qr_svg(rng, 24), uuid=f"{digits(rng, 8)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 12)}", bank=rng.choice(["Arab Bank", "Housing Bank", "Jordan Kuwait Bank"]),
        iban=group4(rand_iban(rng, "JO", 26, rng.choice(["ARAB", "HBHO", "JKBA"]) + digits(rng, 4))),
    )
    notes = (
        "Madaba (Jordan) TAX INVOICE in English with Arabic labels and the invoice facts in a RIGHT SIDEBAR, each label above its value, general sales tax 16 %, dinars printed to three decimals '1,234.560' (amounts whole to 10 fils)"
        + (", a deposit deducted below the total (balance due is a decoy)" if dep else "") + (", a USD counter-value" if ctx["usd"] else "")
        + ": vendor = the English name at the top; vendor_tax_id = 'Tax Registration No.' (the commercial registration, the customer's tax no., the IBAN and the JoFotara UUID are decoys). "
        "invoice_number = 'Invoice No.' in the sidebar; invoice_date = 'Invoice date' (the supply date is a decoy). "
        + due_note(due, "Cash on delivery", "Due date")
        + po_note(po, "Customer order no.")
        + "subtotal = 'Total before tax'; tax = 'General sales tax 16%'; total = 'Invoice total JOD' (also in words). Currency JOD. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "JOD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ctx["btax"], "Invoice total JOD", fd(due) if due else None, en3(net), en3(tax), en3(total), en3(total - dep) if dep else None]}
    return t, chk, (MD_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.4pt")), ctx)
