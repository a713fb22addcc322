"""Chromium (HTML) styles for set 68, first part (01 Girona FACTURA in Catalan under a coloured header BAND of white
labels ABOVE their values, a table WITHOUT RULES, IVA 21 / 10 / 4 %, a commercial discount on one and a FACTURA
RECTIFICATIVA on another; 02 Herning hotel folio (HOTELREGNING / FAKTURA) in Danish with a RIGHT SIDEBAR, prices with
moms 25 % included, a deposit deducted and EUR counter-values; 03 Kokkola utility bill in Finnish and Swedish with the
TOTALS at the TOP, each LABEL ENDING a line with its value on the next, ALV 25,5 %, estimated billing deducted and a
bank transfer slip at the foot)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, fi_ref, fi_ref_fmt, group4, long_date, rand_iban
from invoice_kit import css, de, digits, iban, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import bars_svg, due_note, lines, po_note, truth
from stdnum.dk import cvr
from stdnum.es import ccc, cif
from stdnum.fi import ytunnus

STYLES, style = style_registry("chromium")


def es_iban(rng, bank):
    c = valid(rng, lambda: bank + digits(rng, 4) + digits(rng, 2) + digits(rng, 10), ccc.is_valid)
    return iban("ES", c)


# =========================================================================== 01 Girona (IVA 21/10/4, EUR), band of labels above, unruled
GI_V = [
    ("Embotits Can Vilaró, S.L.", "Carrer de la Barca, 14, 17004 Girona", "#7f1d1d"),
    ("Impremta Onyar, S.L.", "Pujada de Sant Domènec, 3, 17004 Girona", "#1e3a8a"),
    ("Vins i Caves Devesa Distribució, S.L.", "Carretera de Barcelona, 210, 17003 Girona", "#581c87"),
    ("Enginyeria Montilivi Projectes, S.L.P.", "Parc Científic i Tecnològic UdG, Edifici Jaume Casademont, 17003 Girona", "#065f46"),
]
GI_B = [
    ("Supermercats Costa Brava, S.A.", "Av. de S'Agaró, 45, 17250 Platja d'Aro"),
    ("Ajuntament de Banyoles", "Passeig de la Indústria, 25, 17820 Banyoles"),
    ("Restaurant El Celler del Port, S.L.", "Carrer Riera, 8, 17480 Roses"),
    ("Consorci de les Vies Verdes", "Carrer Emili Grahit, 91, 17003 Girona"),
]
GI_ROWS = [
    [("Llonganissa de Vic extra, peça 500 g", "u.", 10, 120, 6, 14, 10), ("Fuet artesà 180 g", "u.", 20, 300, 2, 5, 10), ("Botifarra negra, kg", "kg", 5, 60, 7, 13, 10),
     ("Pernil curat reserva, peça", "u.", 1, 12, 80, 190, 10), ("Caixa regal de cartró, 3 peces", "u.", 5, 80, 2, 6, 21), ("Transport refrigerat", "servei", 1, 1, 35, 90, 21)],
    [("Llibre 'Girona, ciutat de ponts', 160 p.", "u.", 50, 400, 9, 22, 4), ("Cartells A2 a 4 tintes", "u.", 20, 300, 1, 4, 21), ("Fullets tríptic A4", "u.", 500, 4000, D("0.05"), D("0.30"), 21),
     ("Disseny i maquetació", "h", 2, 24, 38, 55, 21), ("Enquadernació rústica", "u.", 50, 400, 1, 3, 4)],
    [("Vi negre DO Empordà criança, 75 cl", "ampolla", 12, 120, 6, 18, 21), ("Cava brut nature reserva, 75 cl", "ampolla", 12, 96, 7, 19, 21), ("Vi blanc garnatxa, 75 cl", "ampolla", 12, 72, 5, 12, 21),
     ("Oli d'oliva verge extra, 5 l", "u.", 2, 24, 28, 55, 10)],
    [("Redacció de projecte executiu", "h", 8, 80, 48, 75, 21), ("Direcció d'obra, visita", "visita", 1, 10, 120, 260, 21), ("Aixecament topogràfic", "ha", 1, 12, 180, 420, 21),
     ("Estudi de seguretat i salut", "u.", 1, 1, 600, 1800, 21)],
]
GI_HTML = """<html lang="ca"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:10px 14px 12px 14px} .band table{width:100%} .band .l{font-size:6.4pt;color:#e5e7eb;letter-spacing:.4px} .band .v{font-size:9.6pt;font-weight:bold;margin-top:1px}
.h{font-size:7pt;color:{{ color }};font-weight:bold;letter-spacing:.5px;margin-bottom:2px} table.it{width:100%;border-collapse:collapse;margin-top:16px}
table.it th{font-size:7.2pt;color:#6b7280;text-align:left;padding:3px 6px;font-weight:normal} table.it td{padding:5px 6px;font-size:8.6pt} .r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%;margin-bottom:8px"><tr><td><div style="font-family:'DejaVu Serif',serif;font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }} · Tel. 972 {{ tel }}</div></td>
<td style="text-align:right;vertical-align:bottom"><div style="font-size:19pt;letter-spacing:2px;color:{{ color }}">{{ title }}</div></td></tr></table>
<div class="band"><table><tr>
<td><div class="l">{{ no_l }}</div><div class="v">{{ no }}</div></td>
<td><div class="l">Data d'expedició</div><div class="v">{{ d }}</div></td>
<td><div class="l">{{ due_l }}</div><div class="v">{{ due }}</div></td>
<td><div class="l">NIF emissor</div><div class="v">{{ vid }}</div></td>
<td><div class="l">{{ ref_l }}</div><div class="v">{{ ref }}</div></td></tr></table></div>
<table style="width:100%;margin-top:14px;font-size:8.4pt"><tr>
<td style="width:50%"><div class="h">EMISSOR</div><b>{{ vname }}</b><br>{{ vaddr }}<br>NIF {{ vid }}<br><span style="font-size:7pt;color:#666">{{ rm }}</span></td>
<td><div class="h">CLIENT</div><b>{{ bname }}</b><br>{{ baddr }}<br>NIF {{ bnif }}<br>Codi client {{ bcode }}</td></tr></table>
{% if orig %}<div style="margin-top:10px;font-size:8.4pt;border-left:3px solid {{ color }};padding-left:8px">Factura rectificativa de la factura núm. <b>{{ orig }}</b> de data {{ origd }}. Motiu: {{ reason }} (art. 15 del Reial decret 1619/2012).</div>{% endif %}
<table class="it"><tr><th>Ref.</th><th>Descripció</th><th class="r">Quantitat</th><th>Unitat</th><th class="r">Preu unitari</th><th class="r">IVA</th><th class="r">Import</th></tr>
{% for it in items %}<tr><td style="color:#6b7280">{{ it.ref }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:18px"><tr><td style="width:52%;font-size:7.6pt;color:#444;vertical-align:top">
<div class="h">FORMA DE PAGAMENT</div>{{ pay }}<br>IBAN {{ ibanv }} · BIC CAIXESBBXXX<br>{{ albara }}</td><td>
<table style="width:100%;font-size:8.8pt">
{% if disc %}<tr><td style="padding:2px 6px">Suma d'imports</td><td class="r">{{ gross }} €</td></tr><tr><td style="padding:2px 6px">Descompte comercial {{ dpct }} %</td><td class="r">-{{ disc }} €</td></tr>{% endif %}
<tr><td style="padding:2px 6px">Base imposable</td><td class="r">{{ net }} €</td></tr>
{% for r in rates %}<tr><td style="padding:2px 6px">IVA {{ r.r }} % s/ {{ r.b }}</td><td class="r">{{ r.t }} €</td></tr>{% endfor %}
<tr><td style="padding:2px 6px">Total IVA</td><td class="r">{{ tax }} €</td></tr>
<tr><td style="padding:7px 6px;background:{{ color }};color:#fff;font-weight:bold">{{ tot_l }}</td><td class="r" style="padding:7px 6px;background:{{ color }};color:#fff;font-weight:bold;font-size:11pt">{{ total }} €</td></tr></table></td></tr></table>
<div style="position:fixed;bottom:0;width:100%;font-size:6.6pt;color:#888;border-top:1px solid #ddd;padding-top:3px">Les seves dades s'incorporen al fitxer de clients de {{ vname }} d'acord amb el RGPD. · Pàgina 1 de 1</div>
</body></html>"""


@style("01", "es_gro_girona_factura_iva_21_10_4_band_labels_above_unruled_rectificativa")
def s01(rng, i):
    vname, vaddr, color = GI_V[i]
    bname, baddr = GI_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, GI_ROWS[i], [5, 4, 3, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    gross_rates = by_rate(items)
    dpct = 3 if i == 0 else (5 if i == 3 else 0)
    disc = D(0)
    if dpct:  # the discount taken off each rate's base
        for x in items:
            x["net_share"] = x["amount"]
        rates = []
        for r, b, _t in gross_rates:
            dd_ = q2(b * dpct / 100)
            disc += dd_
            nb = b - dd_
            rates.append((r, nb, q2(nb * r / 100)))
    else:
        rates = gross_rates
    gross = sum(b for _, b, _ in gross_rates)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "B" + digits(rng, 8), cif.is_valid)
    bnif = valid(rng, lambda: rng.choice("AB") + digits(rng, 8), cif.is_valid) if i != 1 else valid(rng, lambda: "P17" + digits(rng, 5) + rng.choice("ABCDEFGHIJ"), cif.is_valid)
    no = [f"{d.year}/{rng.randint(100, 999):04d}", f"F-{d.strftime('%y')}{rng.randint(1000, 9999)}", f"R{d.year}-{rng.randint(1, 60):03d}", f"EM {rng.randint(10, 99)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "ca"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = None if credit else d + dt.timedelta(days=rng.choice([30, 60, 30]))
    po = [f"CB-{rng.randint(40000, 49999)}", None, None, f"Exp. {rng.randint(100, 999)}/{d.year}"][i]
    orig = f"{d.year}/{rng.randint(100, 999):04d}" if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(8, 35)))
    alb = f"Albarà núm. A-{rng.randint(1000, 9999)} de {fd(d - dt.timedelta(days=rng.randint(1, 6)))}" if i in (0, 2) else f"Pressupost núm. P{rng.randint(100, 999)} acceptat el {fd(d - dt.timedelta(days=rng.randint(10, 40)))}"
    tot_l = "TOTAL A ABONAR" if credit else "TOTAL FACTURA"
    ref_l, ref = ("La vostra comanda", po) if po else ("Codi client", f"C{rng.randint(1000, 9999)}")
    bcode = ref if not po else f"C{rng.randint(1000, 9999)}"
    pay = ("L'import s'abonarà per transferència al compte del client en un termini de 15 dies." if credit else
           ["Rebut domiciliat al venciment.", "Transferència bancària a 30 dies.", "", "Transferència bancària. Indiqueu el número de factura."][i])
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 6), title="FACTURA RECTIFICATIVA" if credit else "FACTURA",
        no_l="Núm. rectificativa" if credit else "Factura núm.", no=no, d=fd(d), due_l="Venciment" if due else "Pagament", due=fd(due) if due else "Compensació",
        vid=vid, ref_l=ref_l, ref=ref, rm=f"Inscrita al Registre Mercantil de Girona, tom {rng.randint(1000, 3999)}, foli {rng.randint(1, 220)}, full GI-{rng.randint(10000, 89999)}",
        bname=bname, baddr=baddr, bnif=bnif, bcode=bcode, orig=orig, origd=origd, reason="devolució de mercaderia en mal estat",
        items=[{"ref": f"{rng.randint(100, 999)}-{k + 1}", "d": x["desc"], "q": qstr(x["qty"]).replace(".", ","), "u": x["unit"], "p": de(x["price"]), "r": x["rate"], "a": de(x["amount"])} for k, x in enumerate(items)],
        disc=de(disc) if dpct else None, dpct=dpct, gross=de(gross), net=de(net), rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], tax=de(tax), total=de(total), tot_l=tot_l,
        pay=pay, ibanv=group4(es_iban(rng, "2100")), albara=alb,
    )
    notes = (
        "Girona (Spain) " + ("FACTURA RECTIFICATIVA (credit note: quantities and amounts NEGATIVE, correcting an earlier invoice whose number and date are decoys)" if credit else "FACTURA")
        + " in Catalan under a coloured header BAND with white LABELS ABOVE the values, a table WITHOUT RULES, IVA " + " / ".join(f"{r} %" for r, _, _ in rates) + ", '1.234,56 €': "
        "vendor = the name at the top (and under 'EMISSOR'); vendor_tax_id = 'NIF emissor' (the client's NIF, the client code, the Registre Mercantil entry and the IBAN are decoys). "
        f"invoice_number = '{ctx['no_l']}'; invoice_date = 'Data d'expedició' (the albarà's or the quotation's date is a decoy). "
        + due_note(due, "Compensació", "Venciment")
        + po_note(po, "La vostra comanda")
        + ("subtotal = 'Base imposable' after the 'Descompte comercial' (the 'Suma d'imports' before it is a decoy; the line items sum to it); " if dpct else "subtotal = 'Base imposable'; ")
        + f"tax = 'Total IVA'; total = '{tot_l}'. Currency EUR. Line items: every row, net of IVA."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, tot_l, fd(due) if due else None, bnif, orig, alb], "line_adjustment": str(-disc)}
    return t, chk, (GI_HTML.replace("@@BASE@@", css(margin="11mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Herning hotel folio (moms 25 % included, DKK), right sidebar, deposit, EUR
HE_V = [
    ("Hotel Bryggen Herning A/S", "Bryggen 4, 7400 Herning", "#0c4a6e"),
    ("Messehotellet Herning ApS", "Vardevej 17, 7400 Herning", "#374151"),
    ("Hotel Kongensgade Herning ApS", "Kongensgade 21, 7400 Herning", "#78350f"),
    ("Sunds Sø Badehotel A/S", "Søvej 40, 7451 Sunds", "#134e4a"),
]
HE_ROWS = [  # (desc, unit, qlo, qhi, lo, hi)
    ("Morgenmadsbuffet", "stk.", 1, 8, 145, 195), ("Minibar", "stk.", 1, 6, 25, 65), ("Parkering, døgn", "døgn", 1, 4, 75, 125),
    ("Restaurant – 3 retters menu", "kuvert", 1, 6, 345, 495), ("Mødelokale, halv dag", "stk.", 1, 2, 1450, 2900), ("Vask og strygning", "stk.", 1, 4, 45, 140),
    ("Wellness – adgang til spa", "pers.", 1, 4, 195, 295), ("Kaffe og kage, møde", "pers.", 4, 20, 65, 95), ("Cykelleje, dag", "dag", 1, 3, 125, 175),
]
HE_HTML = """<html lang="da"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;width:58mm;bottom:0;background:{{ color }};color:#fff;padding:8mm 6mm;box-sizing:border-box}
.side .l{font-size:6.6pt;color:#cbd5e1;text-transform:none;margin-top:7px} .side .v{font-size:9.4pt;font-weight:bold}
.main{margin-right:64mm} table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.2pt;text-align:left;border-bottom:1.5px solid {{ color }};padding:4px} table.it td{font-size:8.4pt;padding:4px;border-bottom:1px solid #e5e7eb}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side">
<div style="font-size:14pt;font-weight:bold;margin-bottom:6px">{{ doc_t }}</div>
<div class="l">Fakturanr.</div><div class="v">{{ no }}</div>
<div class="l">Fakturadato</div><div class="v">{{ d }}</div>
<div class="l">Værelse</div><div class="v">{{ room }}</div>
<div class="l">Ankomst</div><div class="v">{{ arr }}</div>
<div class="l">Afrejse</div><div class="v">{{ dep }}</div>
<div class="l">Reservationsnr.</div><div class="v">{{ resv }}</div>
{% if po %}<div class="l">Deres ref.</div><div class="v">{{ po }}</div>{% endif %}
{% if due %}<div class="l">Forfaldsdato</div><div class="v">{{ due }}</div>{% endif %}
<div class="l">CVR-nr.</div><div class="v">{{ vid }}</div>
<div style="margin-top:14px;border-top:1px solid #94a3b8;padding-top:6px;font-size:7pt;color:#e2e8f0">{{ bank }}<br>Reg.nr. {{ reg }} Konto {{ acct }}<br>IBAN {{ ibanv }}<br>SWIFT JYBADKKK</div>
<div style="position:absolute;bottom:8mm;font-size:6.6pt;color:#cbd5e1">Side 1 af 1</div>
</div>
<div class="main">
<div style="font-family:'DejaVu Serif',serif;font-size:18pt;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8pt;color:#555">{{ vaddr }} · Tlf. +45 97 {{ tel }} · booking@{{ dom }}.dk</div>
<div style="margin-top:16px;font-size:8.6pt"><b>{{ bname }}</b><br>{{ baddr }}{% if bcvr %}<br>CVR-nr. {{ bcvr }}{% endif %}<br>Gæst: {{ guest }} · {{ nights }} nat{% if nights > 1 %}te{% endif %}, {{ pax }} pers.</div>
<table class="it"><tr><th>Dato</th><th>Tekst</th><th class="r">Antal</th><th class="r">Pris</th><th class="r">Beløb DKK</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:78%;margin-left:auto;margin-top:14px;font-size:8.8pt">
<tr><td>Beløb ekskl. moms</td><td class="r">{{ net }}</td></tr>
<tr><td>Moms 25 %</td><td class="r">{{ tax }}</td></tr>
<tr><td style="font-weight:bold;font-size:10.5pt;padding-top:4px;border-top:1.5px solid {{ color }}">I alt DKK inkl. moms</td><td class="r" style="font-weight:bold;font-size:10.5pt;padding-top:4px;border-top:1.5px solid {{ color }}">{{ total }}</td></tr>
{% if dep_amt %}<tr><td>Depositum indbetalt {{ depd }}</td><td class="r">-{{ dep_amt }}</td></tr><tr><td style="font-weight:bold">Restbeløb at betale</td><td class="r" style="font-weight:bold">{{ rest }}</td></tr>{% endif %}
{% if eur %}<tr><td style="font-size:7.6pt;color:#555">Modværdi i EUR (kurs {{ fx }})</td><td class="r" style="font-size:7.6pt;color:#555">EUR {{ eur }}</td></tr>{% endif %}</table>
<div style="margin-top:18px;font-size:7.8pt;color:#444">{{ pay }}</div>
<div style="margin-top:26px;font-size:8pt;font-style:italic;color:{{ color }}">Tak for besøget – vi håber at se Dem igen!</div>
</div></body></html>"""


@style("02", "dk_her_herning_hotel_folio_moms_25_sidebar_right_depositum_eur")
def s02(rng, i):
    vname, vaddr, color = HE_V[i]
    d = rand_date(rng)
    nights = rng.randint(1, 5)
    dep = d
    arr = dep - dt.timedelta(days=nights)
    room_price = D(rng.randint(89, 179) * 10)
    room = "Overnatning, " + rng.choice(["dobbeltværelse", "enkeltværelse", "superior dobbelt", "juniorsuite"])
    if i in (0, 3):  # one row per night, as a folio prints them
        items = [{"desc": room, "unit": "nat", "qty": D(1), "price": room_price, "amount": room_price, "dt": arr + dt.timedelta(days=k)} for k in range(nights)]
    else:
        items = [{"desc": room, "unit": "nat", "qty": D(nights), "price": room_price, "amount": room_price * nights, "dt": arr}]
    pax = rng.randint(1, 2)
    extras = HE_ROWS if i in (0, 2) else [r for r in HE_ROWS if "øde" not in r[0]]  # meeting rooms for companies only
    for x in lines(rng, extras, [3, 4, 2, 5][i], D("1")):
        x["dt"] = arr + dt.timedelta(days=rng.randint(0, max(0, nights - 1)))
        if x["unit"] in ("døgn", "dag"):
            x["qty"] = min(x["qty"], D(nights))
        elif x["unit"] in ("pers.", "kuvert") and i in (1, 3):
            x["qty"] = min(x["qty"], D(pax))
        x["amount"] = x["qty"] * x["price"]
        items.append(x)
    items.sort(key=lambda x: (x["dt"], not x["desc"].startswith("Overnatning")))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 25 / 125)
    net = total - tax
    vid = valid(rng, lambda: digits(rng, 8, True), cvr.is_valid)
    company = i in (0, 2)
    bcvr = valid(rng, lambda: digits(rng, 8, True), cvr.is_valid) if company else None
    bname, baddr = [("Vestas Service Partner ApS", "Hedeager 42, 8200 Aarhus N"), ("Anne-Mette Kjær", "Søndergade 9, 6000 Kolding"),
                    ("Jysk Messe & Event A/S", "Industrivej 2, 7430 Ikast"), ("Lars Thygesen", "Strandvejen 88, 2900 Hellerup")][i]
    guest = [rng.choice(["Søren Bach", "Mikkel Holm"]), bname, rng.choice(["Pia Nørgaard", "Jens Lund"]), bname][i]
    no = [f"{rng.randint(200000, 299999)}", f"F-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(40000, 49999)}", f"{d.strftime('%y')}{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "da"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([8, 14, 30])) if company else None
    po = [f"PO {rng.randint(4500000, 4599999)}", None, f"Messe {d.year}/{rng.randint(10, 99)}", None][i]
    dep_amt = q2(room_price * min(nights, 1)) if i in (1, 2) else None
    depd = fd(arr - dt.timedelta(days=rng.randint(10, 60)))
    fx = D(rng.choice(["7.4603", "7.4587", "7.4612", "7.4629"]))
    eur = de(q2(total / fx)) if i in (1, 3) else None
    pay = ("Betales via bankoverførsel senest forfaldsdato med angivelse af fakturanr. Ved for sen betaling tillægges rente efter renteloven." if company
           else f"Betalt med {rng.choice(['Visa', 'Mastercard', 'Dankort'])} ****{digits(rng, 4)} ved afrejse. Kvittering nr. {digits(rng, 6, True)}.")
    ctx = dict(
        color=color, doc_t="FAKTURA" if company else "HOTELREGNING", no=no, d=fd(d), room=str(rng.randint(101, 428)), arr=fd(arr), dep=fd(dep), resv=f"R{digits(rng, 7, True)}",
        po=po, due=fd(due) if due else None, vid=vid, bank=rng.choice(["Jyske Bank", "Vestjysk Bank", "Danske Bank"]), reg=digits(rng, 4, True), acct=digits(rng, 10, True),
        ibanv=group4(rand_iban(rng, "DK", 14)), vname=vname, vaddr=vaddr, tel=digits(rng, 6), dom=["hotelbryggen", "messehotellet", "kongensgadehotel", "sundsbadehotel"][i],
        bname=bname, baddr=baddr, bcvr=bcvr, guest=guest, nights=nights, pax=pax,
        items=[{"dt": x["dt"].strftime("%d.%m"), "d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), dep_amt=de(dep_amt) if dep_amt else None, depd=depd, rest=de(total - dep_amt) if dep_amt else None, fx=de(fx, 4), eur=eur, pay=pay,
    )
    notes = (
        "Herning (Denmark) hotel " + ctx["doc_t"] + " in Danish with the facts in a coloured RIGHT SIDEBAR (labels above values), prices INCLUDING moms 25 %, '1.234,56': "
        "vendor = the hotel name at the top; vendor_tax_id = 'CVR-nr.' in the sidebar (the guest company's CVR-nr., the reservation number, the room, reg.nr./konto and IBAN are decoys). "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (arrival, departure and the per-line dates dd.mm are decoys). "
        + due_note(due, "Betalt med … ved afrejse", "Forfaldsdato")
        + po_note(po, "Deres ref.")
        + "subtotal = 'Beløb ekskl. moms'; tax = 'Moms 25 %'; total = 'I alt DKK inkl. moms'"
        + (" (the deposit 'Depositum indbetalt' and the 'Restbeløb at betale' below it are decoys)" if dep_amt else "")
        + (" (the EUR counter-value is a decoy)" if eur else "")
        + ". Currency DKK. Line items: every row, VAT-inclusive (they sum to the total)."
    )
    t = truth(vname, vid, no, po, d, due, "DKK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "I alt DKK inkl. moms", fd(due) if due else None, bcvr, fd(arr), ctx["rest"], eur]}
    return t, chk, (HE_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")).replace(".main{", ".main{padding:12mm 0 0 13mm;"), ctx)


# =========================================================================== 03 Kokkola utility bill (ALV 25,5 %, EUR), totals top, labels ending lines, slip
KO_V = [
    ("Kokkolan Sähköverkko Oy", "Karleby Elnät Ab", "Läntinen kauppatori 2, 67100 Kokkola", "#1d4ed8", "sähkö"),
    ("Kokkolan Vesi", "Karleby Vatten", "Pitkänsillankatu 20, 67100 Kokkola", "#0e7490", "vesi"),
    ("Kokkolan Kaukolämpö Oy", "Karleby Fjärrvärme Ab", "Satamakatu 3, 67900 Kokkola", "#b45309", "lämpö"),
    ("Kokkolan Jätehuolto Oy", "Karleby Avfallshantering Ab", "Ykspihlajantie 16, 67800 Kokkola", "#15803d", "jäte"),
]
KO_ROWS = {  # (desc, unit, qlo, qhi, lo, hi) prices ex VAT, to the ten-thousandth of a euro
    "sähkö": [("Perusmaksu / Grundavgift", "kk", 1, 6, D("6.50"), D("14.90")), ("Siirtomaksu / Överföringsavgift", "kWh", 400, 4200, D("0.0300"), D("0.0560")),
              ("Sähkövero lk 1 / Elskatt kl 1", "kWh", 400, 4200, D("0.0224"), D("0.0224")), ("Tehomaksu / Effektavgift", "kW", 5, 25, D("1.80"), D("3.20"))],
    "vesi": [("Perusmaksu vesi / Grundavgift vatten", "kk", 1, 6, D("5.20"), D("9.80")), ("Käyttömaksu vesi / Brukningsavgift vatten", "m³", 10, 160, D("1.80"), D("2.60")),
             ("Perusmaksu jätevesi / Grundavgift avlopp", "kk", 1, 6, D("6.00"), D("11.00")), ("Jätevesimaksu / Avloppsavgift", "m³", 10, 160, D("2.40"), D("3.60"))],
    "lämpö": [("Perusmaksu / Grundavgift", "kk", 1, 3, D("42.00"), D("180.00")), ("Energiamaksu / Energiavgift", "MWh", 2, 48, D("62.00"), D("94.00")),
              ("Vesivirtamaksu / Vattenflödesavgift", "m³/h", 1, 4, D("8.00"), D("22.00"))],
    "jäte": [("Sekajäte 240 l, tyhjennys / Blandavfall, tömning", "kpl", 2, 13, D("8.40"), D("14.60")), ("Biojäte 140 l, tyhjennys / Bioavfall, tömning", "kpl", 2, 26, D("4.20"), D("7.90")),
             ("Kartonki 660 l, tyhjennys / Kartong, tömning", "kpl", 1, 6, D("9.00"), D("16.00")), ("Jätehuollon perusmaksu / Grundavgift", "kk", 1, 6, D("2.10"), D("4.80"))],
}
KO_HTML = """<html lang="fi"><head><meta charset="utf-8"><style>@@BASE@@
.top{border:2px solid {{ color }};padding:8px 12px;margin-top:10px} .lab{font-size:7.2pt;color:#374151} .val{font-size:9.6pt;font-weight:bold;margin:1px 0 6px 0}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:6.9pt;text-align:left;background:#f1f5f9;padding:3px 4px} table.it td{font-size:8pt;padding:3px 4px;border-bottom:1px dotted #cbd5e1}
.r{text-align:right;white-space:nowrap} .slip{position:absolute;bottom:0;left:0;right:0;border-top:1px dashed #000;padding-top:4mm} .slip td{border:1px solid #000;padding:2px 4px;font-size:7.4pt;vertical-align:top}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:10pt;color:{{ color }}">{{ vname_sv }}</div><div style="font-size:7.6pt">{{ vaddr }}<br>Y-tunnus / FO-nummer {{ vid }} · ALV-nro / Momsnr {{ alv }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:16pt;letter-spacing:1px">LASKU / FAKTURA</div><div style="font-size:7.6pt">{{ kind }}</div></td></tr></table>
<div class="top"><table style="width:100%"><tr>
<td style="width:40%"><div class="lab">Maksettava yhteensä / Att betala totalt</div><div style="font-size:20pt;font-weight:bold;color:{{ color }}">{{ payable }} €</div></td>
<td><div class="lab">Eräpäivä / Förfallodag</div><div class="val">{{ due }}</div></td>
<td><div class="lab">Viitenumero / Referensnummer</div><div class="val">{{ ref }}</div></td></tr></table></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:44%;font-size:8.4pt;vertical-align:top">{{ bname }}<br>{{ baddr }}</td><td style="vertical-align:top">
<table style="width:100%"><tr><td>
<div class="lab">Tämä lasku on laadittu käyttöpaikallenne. Asiakasnumero / Kundnummer:</div><div class="val">{{ cust }}</div>
<div class="lab">Laskun tiedot ovat alla. Laskun päiväys / Fakturadatum:</div><div class="val">{{ d }}</div>
<div class="lab">Viitatkaa laskuun maksaessanne. Laskun numero / Fakturanummer:</div><div class="val">{{ no }}</div>
<div class="lab">Laskutus kattaa ajanjakson. Laskutuskausi / Faktureringsperiod:</div><div class="val">{{ p0 }} – {{ p1 }}</div>
<div class="lab">Mittari ja lukemat / Mätare och avläsningar:</div><div class="val" style="font-weight:normal">{{ meter }}</div></td></tr></table></td></tr></table>
<table class="it"><tr><th>Tuote / Produkt</th><th class="r">Määrä / Mängd</th><th>Yks.</th><th class="r">à-hinta alv 0 %</th><th class="r">Yhteensä alv 0 %</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:62%;margin-left:auto;margin-top:8px;font-size:8.4pt">
<tr><td>Veroton yhteensä / Totalt exkl. moms</td><td class="r">{{ net }} €</td></tr>
<tr><td>ALV 25,5 % / Moms 25,5 %</td><td class="r">{{ tax }} €</td></tr>
<tr><td style="font-weight:bold">Laskun summa / Fakturans belopp</td><td class="r" style="font-weight:bold">{{ total }} €</td></tr>
{% if est %}<tr><td>Vähennetään arviolaskutus / Avgår uppskattad fakturering {{ estp }}</td><td class="r">-{{ est }} €</td></tr>{% endif %}
{% if prev %}<tr><td style="color:#555">Edellinen lasku {{ prevno }} maksettu / Föregående faktura betald</td><td class="r" style="color:#555">{{ prev }} €</td></tr>{% endif %}</table>
<div style="margin-top:8px;font-size:7pt;color:#555">Huomautukset 14 päivän kuluessa. Viivästyskorko korkolain mukaan. · Reklamationer inom 14 dagar. · Sivu 1/1</div>
<div class="slip"><table style="width:100%;border-collapse:collapse">
<tr><td style="width:18%">Saajan tilinumero<br>Mottagarens kontonummer</td><td colspan="3"><b>IBAN {{ ibanv }}</b> &nbsp; BIC OKOYFIHH</td></tr>
<tr><td>Saaja<br>Mottagare</td><td colspan="3">{{ vname }}</td></tr>
<tr><td rowspan="2">Maksajan nimi ja osoite<br>Betalarens namn och adress</td><td rowspan="2" style="width:40%">{{ bname }}<br>{{ baddr }}</td><td style="width:14%">Viitenro<br>Ref.nr</td><td><b>{{ ref }}</b></td></tr>
<tr><td>Eräpäivä<br>Förfallodag</td><td><b>{{ due }}</b></td></tr><tr><td colspan="2" style="border:none"></td><td>Euro</td><td><b>{{ payable }}</b></td></tr></table>
<div style="margin-top:3mm">{{ bars|safe }}</div><div style="font-family:'DejaVu Sans Mono',monospace;font-size:7pt">{{ virt }}</div></div>
</body></html>"""


@style("03", "fi_kok_kokkola_lasku_alv_25_5_utility_total_top_label_eol_tilisiirto")
def s03(rng, i):
    vname, vname_sv, vaddr, color, kind = KO_V[i]
    d = rand_date(rng)
    rows = KO_ROWS[kind]
    items = lines(rng, rows, len(rows), D("0.01"))
    # the same kWh for the transfer and the tax rows
    if kind == "sähkö":
        kwh = D(rng.randint(40, 420) * 10)
        for x in items:
            if x["unit"] == "kWh":
                x["qty"] = kwh
                x["price"] = D("0.0224") if "vero" in x["desc"] else D(rng.randint(300, 560)) / 10000
                x["amount"] = q2(kwh * x["price"])
    if kind == "vesi":  # the waste water is billed on the water meter's volume
        m3 = next(x["qty"] for x in items if x["unit"] == "m³")
        for x in items:
            if x["unit"] == "m³":
                x["qty"], x["amount"] = m3, q2(m3 * x["price"])
    months = rng.choice([1, 3, 6]) if kind != "lämpö" else 1
    for x in items:
        if x["unit"] == "kk":
            x["qty"] = D(months)
            x["amount"] = q2(x["qty"] * x["price"])
    items.sort(key=lambda x: rows.index(next(r for r in rows if r[0] == x["desc"])))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("25.5") / 100)
    total = net + tax
    est = q2(total * D(rng.choice(["0.55", "0.72", "0.9"]))) if i in (0, 2) else None
    payable = total - est if est else total
    vid = valid(rng, lambda: digits(rng, 7, True) + "-" + digits(rng, 1), ytunnus.is_valid)
    alv = "FI" + vid.replace("-", "")
    no = [f"{rng.randint(10000000, 99999999)}", f"{d.year}{rng.randint(100000, 999999)}", f"KL-{rng.randint(100000, 999999)}", f"{rng.randint(5000000, 5999999)}"][i]
    fd = [lambda x: f"{x.day}.{x.month}.{x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "fi"), lambda x: f"{x.day}.{x.month}.{x.year}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 21]))
    p1 = d - dt.timedelta(days=rng.randint(3, 12))
    p0 = p1 - dt.timedelta(days=30 * months - 1)
    ref = fi_ref(digits(rng, rng.choice([9, 11, 13]), True))
    ib = rand_iban(rng, "FI", 14, "5")
    m0 = rng.randint(10000, 90000)
    used = next((int(x["qty"]) for x in items if x["unit"] in ("kWh", "m³", "MWh")), 0)
    meter = {"sähkö": f"Mittari {digits(rng, 8, True)}: {m0} → {m0 + used} kWh", "vesi": f"Vesimittari {digits(rng, 7, True)}: {m0} → {m0 + used} m³",
             "lämpö": f"Energiamittari {digits(rng, 8, True)}: {m0} → {m0 + used} MWh", "jäte": f"Astiat / Kärl: 240 l, 140 l, 660 l · Noutopiste / Hämtställe {rng.randint(1, 99)}"}[kind]
    bname, baddr = [("As Oy Kokkolan Mariankatu 14", "Mariankatu 14, 67100 Kokkola"), ("Johanna Kentala", "Isokatu 31 B 6, 67100 Kokkola"),
                    ("Kiinteistö Oy Karleby Centrum", "Torikatu 40, 67100 Kokkola"), ("Ravintola Vanha Satama Oy", "Satamakatu 1, 67100 Kokkola")][i]
    virt = "4" + ib[2:18] + f"{int(payable):06d}{int((payable % 1) * 100):02d}" + "000" + ref.zfill(20)[-20:] + due.strftime("%y%m%d")
    prev = sp(q2(total * D(rng.choice(["0.8", "1.1", "0.95"])))) if i in (1, 3) else None
    ctx = dict(
        color=color, vname=vname, vname_sv=vname_sv, vaddr=vaddr, vid=vid, alv=alv, kind={"sähkö": "Sähkönsiirto / Elöverföring", "vesi": "Vesihuolto / Vattentjänster",
        "lämpö": "Kaukolämpö / Fjärrvärme", "jäte": "Jätehuolto / Avfallshantering"}[kind], payable=sp(payable), due=fd(due), ref=fi_ref_fmt(ref),
        bname=bname, baddr=baddr, cust=f"{rng.randint(100000, 999999)}", d=fd(d), no=no, p0=fd(p0), p1=fd(p1), meter=meter,
        items=[{"d": x["desc"], "q": sp(x["qty"], 0), "u": x["unit"], "p": sp(x["price"], 4 if x["unit"] == "kWh" else 2), "a": sp(x["amount"])} for x in items],
        net=sp(net), tax=sp(tax), total=sp(total), est=sp(est) if est else None, estp=f"{fd(p0)} – {fd(p1)}", prev=prev, prevno=f"{rng.randint(10000000, 99999999)}",
        ibanv=group4(ib), bars=bars_svg(rng, 110, 10), virt=virt,
    )
    notes = (
        f"Kokkola (Finland) utility bill ({ctx['kind']}) in Finnish and Swedish with the amount to pay at the TOP, the facts as sentences whose LABEL ENDS the line and the value on the NEXT line, "
        "ALV 25,5 %, '1 234,56 €', a bank transfer slip (tilisiirto) at the foot: vendor = the Finnish name at the top (the Swedish name below it is the same company); "
        "vendor_tax_id = 'Y-tunnus / FO-nummer' (the ALV-nro is the same number with FI; the customer number, the meter number, the reference number, the IBAN and the virtual bar code are decoys). "
        "invoice_number = 'Laskun numero / Fakturanummer'; invoice_date = 'Laskun päiväys / Fakturadatum' (the billing period's dates are decoys). "
        + due_note(due, None, "Eräpäivä / Förfallodag")
        + "No PO. subtotal = 'Veroton yhteensä'; tax = 'ALV 25,5 %'; total = 'Laskun summa / Fakturans belopp'"
        + (" (the estimated billing 'Vähennetään arviolaskutus' is deducted below it: 'Maksettava yhteensä' at the top and in the slip is the balance, a decoy)" if est else " (equal to 'Maksettava yhteensä' at the top)")
        + (" (the previous bill's paid amount is a decoy)" if prev else "")
        + ". Currency EUR. Line items: every row, net of ALV."
    )
    t = truth(vname, vid, no, None, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Laskun summa / Fakturans belopp", fd(due), sp(payable), fi_ref_fmt(ref), fd(p0)]}
    return t, chk, (KO_HTML.replace("@@BASE@@", css(margin="11mm 12mm", fs="8.4pt")), ctx)
