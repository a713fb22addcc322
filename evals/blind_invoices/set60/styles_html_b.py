"""Chromium (HTML) styles for set 60, second part (04 Larache pharmacy ticket in French with Arabic on an 80 mm TILL
ROLL, prices including TVA 7 % / 20 %, a discount row on two and a per-rate table; 05 Vicenza fattura as a BUSINESS
LETTER in Italian: the facts and sums in running sentences, two with bulleted sentence items and two with a small table,
IVA 22 %, the ritenuta d'acconto deducted below the total on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, long_date, rand_iban
from invoice_kit import de, digits, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import bars_svg, due_note, po_note, qr_svg, truth
from stdnum.it import iva
from stdnum.ma import ice

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Larache (TVA 7/20 included, MAD), 80 mm till roll
LR_V = [
    ("Pharmacie Lixus", "صيدلية ليكسوس", "Dr. Samira El Amrani", "12, Avenue Mohammed V, Larache"),
    ("Pharmacie du Balcon Atlantique", "صيدلية الشرفة الأطلسية", "Dr. Youssef Bennani", "Place de la Libération, Larache"),
    ("Pharmacie Loukkos", "صيدلية اللوكوس", "Dr. Nadia Tazi", "Route de Tanger, Quartier Jnane Pacha, Larache"),
    ("Parapharmacie Al Mina", "بارافارماسي الميناء", "Dr. Hicham Ouazzani", "Rue du Port, Larache"),
]
LR_ROWS = [  # (desc, lo, hi, qmax, rate): prices TTC
    ("DOLIPRANE 1000MG CP B/8", 14, 18, 3, 7), ("AUGMENTIN 1G SACH B/12", 78, 96, 2, 7), ("SPASFON LYOC 80MG B/10", 36, 44, 2, 7),
    ("VENTOLINE 100MCG AEROSOL", 32, 40, 2, 7), ("SMECTA SACHETS B/30", 48, 58, 2, 7), ("AMOXIL 500MG GEL B/12", 22, 30, 3, 7),
    ("GLUCOPHAGE 850MG B/30", 26, 34, 3, 7), ("SERUM PHYSIO UNIDOSES B/40", 28, 38, 2, 20), ("AVENE CREME SPF50+ 50ML", 165, 210, 1, 20),
    ("THERMOMETRE DIGITAL FLEX", 45, 75, 1, 20), ("BIOLANE GEL LAVANT 750ML", 89, 120, 2, 20), ("COMPRESSES STERILES 10X10", 12, 20, 4, 20),
    ("VITAMINE C 1000 EFFERV. T/20", 25, 39, 3, 20), ("LA ROCHE-POSAY EFFACLAR GEL", 140, 190, 1, 20),
]
LR_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0} .c{text-align:center} .r{text-align:right;white-space:nowrap}
.hr{border-top:1px dashed #000;margin:4px 0} table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0} .b{font-weight:bold} .big{font-size:10pt;font-weight:bold}
</style></head><body>
<div class="c big">{{ vname }}</div><div class="c" style="font-family:'DejaVu Sans';font-size:9pt">{{ vname_ar }}</div>
<div class="c">{{ doc }}</div><div class="c">{{ vaddr }}</div><div class="c">Tél : 05 39 {{ tel }}</div>
<div class="c">ICE : {{ vid }}</div><div class="c">IF : {{ vif }} · Patente : {{ pat }}</div><div class="c">INPE : {{ inpe }}</div>
<div class="hr"></div>
<div class="c b">{{ title }}</div>
<table><tr><td>{{ no_l }}</td><td class="r b">{{ no }}</td></tr><tr><td>Date :</td><td class="r">{{ d }} {{ hm }}</td></tr>
<tr><td>Caisse :</td><td class="r">{{ till }}</td></tr><tr><td>Vendeur :</td><td class="r">{{ clerk }}</td></tr>
{% if client %}<tr><td colspan="2">Client : {{ client }}</td></tr><tr><td>ICE client :</td><td class="r">{{ bice }}</td></tr>{% endif %}
{% if po %}<tr><td>Bon de commande :</td><td class="r">{{ po }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table>{% for it in items %}<tr><td colspan="3">{{ it.d }}</td></tr><tr><td>{% if it.q %}{{ it.q }} x {{ it.p }}{% endif %}</td><td>{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="hr"></div>
<table><tr><td class="big">TOTAL TTC</td><td class="r big">{{ total }} DH</td></tr>
<tr><td>Nombre d'articles</td><td class="r">{{ n }}</td></tr>
<tr><td>{{ paym }}</td><td class="r">{{ given }}</td></tr>{% if change %}<tr><td>Rendu</td><td class="r">{{ change }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table><tr><td>Code</td><td>Taux</td><td class="r">HT</td><td class="r">TVA</td><td class="r">TTC</td></tr>
{% for r in rates %}<tr><td>{{ r.c }}</td><td>{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}</table>
<table style="margin-top:3px"><tr><td>Total HT</td><td class="r">{{ net }}</td></tr><tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr></table>
<div class="hr"></div>
<div class="c">Les médicaments ne sont ni repris ni échangés.</div><div class="c">Merci de votre visite – شكرا لزيارتكم</div>
<div class="c" style="margin-top:4px">{{ bars|safe }}</div><div class="c">{{ tick }}</div>
{% if qr %}<div class="c" style="margin-top:4px">{{ qr|safe }}</div>{% endif %}
</body></html>"""


@style("04", "ma_lar_larache_pharmacie_ticket_tva_7_20_ttc_till_80mm_remise")
def s04(rng, i):
    vname, vname_ar, doc, vaddr = LR_V[i]
    d = rand_date(rng)
    n = [4, 6, 3, 7][i]
    items = []
    for desc, lo, hi, qmax, rate in rng.sample(LR_ROWS, n):
        q = D(rng.randint(1, qmax))
        p = D("0.10") * rng.randint(lo * 10, hi * 10)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    if i in (1, 3):  # a discount on the parapharmacy (20 %) rows
        base = sum(x["amount"] for x in items if x["rate"] == 20)
        if base == 0:
            items[-1]["rate"] = 20
            base = items[-1]["amount"]
        pct = rng.choice([5, 10])
        items.append({"desc": f"REMISE PARAPHARMACIE {pct}%", "qty": None, "price": None, "amount": -q2(base * pct / 100), "rate": 20, "show_qty": False})
    rates = []
    for r in sorted({x["rate"] for x in items}):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        t = q2(g * r / (100 + r))
        rates.append((r, g - t, t, g))
    total = sum(x["amount"] for x in items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    vid = valid(rng, lambda: digits(rng, 15, True), ice.is_valid)
    bice = valid(rng, lambda: digits(rng, 15, True), ice.is_valid)
    is_fac = i == 3
    no = f"F{d.year}-{rng.randint(100, 999):04d}" if is_fac else f"{rng.randint(1, 99999):06d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    po = f"BC-{rng.randint(1000, 9999)}" if is_fac else None
    cash = i in (0, 2)
    given = D(rng.choice([50, 100, 200, 500])) if cash else total
    while cash and given < total:
        given += 100
    h = 150 + 9 * len(items) + (26 if is_fac else 0) + (30 if i == 3 else 0)
    ctx = dict(
        h=h, vname=vname, vname_ar=vname_ar, doc=doc, vaddr=vaddr, tel=f"{rng.randint(50, 59)} {rng.randint(10, 99)} {rng.randint(10, 99)}", vid=vid, vif=digits(rng, 8, True),
        pat=digits(rng, 8, True), inpe=digits(rng, 9, True), title="FACTURE" if is_fac else "TICKET DE CAISSE", no_l="Facture N° :" if is_fac else "Ticket N° :", no=no,
        d=fd(d), hm=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", till=f"{rng.randint(1, 3):02d}", clerk=rng.choice(["Karima", "Said", "Imane", "Rachid"]),
        client="Société Larache Agrumes SARL" if is_fac else None, bice=bice, po=po,
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else None, "p": sp(x["price"]) if x["price"] else None, "r": "A" if x["rate"] == 7 else "B", "a": sp(x["amount"])} for x in items],
        total=sp(total), n=sum(int(x["qty"]) for x in items if x["qty"] is not None), paym="Espèces" if cash else ("Virement" if is_fac else "Carte bancaire"),
        given=sp(given), change=sp(given - total) if cash else None,
        rates=[{"c": "A" if r == 7 else "B", "r": r, "b": sp(b), "t": sp(t), "g": sp(g)} for r, b, t, g in rates], net=sp(net), tax=sp(tax),
        bars=bars_svg(rng, 60, 9), tick=digits(rng, 13), qr=qr_svg(rng, 22) if is_fac else None,
    )
    notes = (
        "Larache (Morocco) pharmacy " + ("FACTURE to a company" if is_fac else "TICKET DE CAISSE") + " on an 80 mm TILL ROLL in French (the name also in Arabic), monospace; prices INCLUDE TVA 7 % (medicines, code A) or 20 % (parapharmacy, code B); '1 234,56'. "
        "vendor = the pharmacy's name at the top (the pharmacist's name under it is not the vendor); vendor_tax_id = 'ICE' (the IF, the Patente, the INPE" + (", the client's ICE" if is_fac else "") + " and the bar code's digits are decoys). "
        f"invoice_number = '{'Facture N°' if is_fac else 'Ticket N°'}'; invoice_date = 'Date' (with the time). "
        + "No due date: paid at the till (null). "
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA' (the per-rate table gives the parts); total = 'TOTAL TTC'. "
        + ("Cash given ('Espèces') and 'Rendu' are decoys. " if cash else "")
        + "Currency MAD ('DH'). Line items: every article with its TTC amount"
        + (", and the REMISE row (negative, no quantity): the rows sum to the total." if i in (1, 3) else ": they sum to the total.")
    )
    t = truth(vname, vid, no, po, d, None, "MAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL TTC", bice if is_fac else None, sp(given)]}
    return t, chk, (LR_HTML, ctx)


# =========================================================================== 05 Vicenza (IVA 22 %, EUR), business letter in running sentences
VI_V = [
    ("Studio Tecnico Associato Dalla Pozza & Rigon", "ingegneria strutturale e direzione lavori", "Contrà Porti 19, 36100 Vicenza", True),
    ("Palladio Restauri S.r.l.", "restauro conservativo di edifici storici", "Viale Margherita 44, 36100 Vicenza", False),
    ("Arch. Chiara Zanella", "architettura e progettazione d'interni", "Corso Andrea Palladio 112, 36100 Vicenza", True),
    ("Berica Consulting S.r.l.", "consulenza informatica e sviluppo software", "Via dell'Industria 8, 36100 Vicenza", False),
]
VI_B = [("Spett.le", "Comune di Arzignano", "Ufficio Lavori Pubblici", "Piazza Libertà 12, 36071 Arzignano (VI)"),
        ("Spett.le", "Fondazione Villa Valmarana", "Alla c.a. del Direttore", "Via dei Nani 8, 36100 Vicenza"),
        ("Gentile", "Dott.ssa Elena Bonato", "Farmacia Bonato", "Piazza Garibaldi 3, 36063 Marostica (VI)"),
        ("Spett.le", "Conceria Valchiampo S.p.A.", "Amministrazione", "Via della Concia 55, 36071 Arzignano (VI)")]
VI_ROWS = [
    [("ore di progettazione strutturale", "ore", 8, 40, 70, 95), ("ore di direzione lavori in cantiere", "ore", 4, 30, 65, 90), ("sopralluoghi con relazione fotografica", "sopralluoghi", 1, 6, 180, 320), ("verifiche di calcolo sismico", "ore", 4, 20, 80, 110)],
    [("giornate di restauratore qualificato", "giornate", 2, 20, 320, 450), ("metri quadrati di consolidamento intonaci", "m²", 10, 120, 45, 90), ("giornate di ponteggio mobile", "giornate", 2, 20, 35, 70), ("analisi stratigrafiche", "campioni", 2, 10, 120, 260)],
    [("ore di progettazione d'interni", "ore", 6, 40, 60, 85), ("rilievi metrici dell'immobile", "rilievi", 1, 3, 350, 700), ("tavole esecutive", "tavole", 2, 12, 120, 220), ("ore di assistenza alla scelta dei materiali", "ore", 2, 12, 55, 75)],
    [("giornate di sviluppo software", "giornate", 2, 20, 380, 520), ("ore di assistenza sistemistica", "ore", 4, 30, 55, 80), ("giornate di formazione del personale", "giornate", 1, 4, 450, 650), ("canoni mensili di manutenzione", "mesi", 1, 3, 150, 400)],
]
VI_HTML = """<html lang="it"><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm 22mm 16mm 24mm}
body{font-family:'DejaVu Serif',serif;font-size:9.6pt;color:#1f2937;margin:0;line-height:1.45} p{margin:0 0 8px;text-align:justify}
.head{border-bottom:1px solid {{ color }};padding-bottom:6px;margin-bottom:14px} table.s{border-collapse:collapse;margin:6px 0 10px 18px} table.s td{padding:2px 10px 2px 0;font-size:9pt} .r{text-align:right;white-space:nowrap}
ul{margin:4px 0 8px 0;padding-left:18px} li{margin-bottom:2px}
</style></head><body>
<div class="head"><div style="font-size:15pt;color:{{ color }};letter-spacing:.5px">{{ vname }}</div><div style="font-size:8.4pt;font-style:italic">{{ trade }}</div>
<div style="font-size:8pt">{{ vaddr }} · tel. 0444 {{ tel }} · {{ pec }}</div></div>
<table style="width:100%"><tr><td></td><td style="width:48%">{{ b0 }}<br><b>{{ b1 }}</b><br>{{ b2 }}<br>{{ b3 }}<br><span style="font-size:8.4pt">P. IVA {{ bvat }}</span></td></tr></table>
<p style="margin-top:16px">Vicenza, {{ dl }}</p>
<p><b>Oggetto: trasmissione fattura{% if po %} – Vostro riferimento: ordine n. {{ po }}{% endif %}</b></p>
<p>{{ salute }},</p>
<p>con la presente Vi trasmettiamo in copia di cortesia la fattura n. <b>{{ no }}</b> del {{ dl }}, relativa a {{ subject }} svolte nel periodo dal {{ p1 }} al {{ p2 }}{% if po %}, come da Vostro ordine n. {{ po }} del {{ pod }}{% endif %}. Il documento fiscalmente valido è quello trasmesso tramite il Sistema di Interscambio (codice destinatario {{ sdi }}).</p>
{% if bullets %}<p>Le prestazioni fatturate sono le seguenti:</p><ul>{% for it in items %}<li>{{ it.q }} {{ it.d }} a € {{ it.p }} {{ it.per }}, per € {{ it.a }};</li>{% endfor %}</ul>
{% else %}<table class="s"><tr><td><i>Descrizione</i></td><td class="r"><i>Quantità</i></td><td class="r"><i>Prezzo unitario</i></td><td class="r"><i>Importo</i></td></tr>
{% for it in items %}<tr><td>{{ it.dd }}</td><td class="r">{{ it.q }}</td><td class="r">€ {{ it.p }}</td><td class="r">€ {{ it.a }}</td></tr>{% endfor %}</table>{% endif %}
<p>L'imponibile ammonta a <b>€ {{ net }}</b>; l'IVA al 22% è pari a <b>€ {{ tax }}</b>, per un totale fattura di <b>€ {{ total }}</b>.{% if rit %} Trattandosi di prestazione professionale, operate la ritenuta d'acconto del 20% sull'imponibile, pari a € {{ rit }}: il netto a pagare è pertanto di € {{ netpay }}.{% endif %}</p>
<p>{% if due %}Vi preghiamo di voler disporre il pagamento entro il {{ due }}{% else %}Il pagamento è previsto a vista, al ricevimento della presente{% endif %}, mediante bonifico bancario sul conto intestato {{ holder }} presso {{ bank }}, IBAN {{ ibanv }}, indicando nella causale il numero della fattura.</p>
<p>Restando a disposizione per ogni chiarimento, porgiamo distinti saluti.</p>
<p style="margin-top:18px;margin-left:55%">{{ signer }}</p>
<div style="position:absolute;bottom:0;width:100%;border-top:1px solid #9ca3af;font-size:7.4pt;color:#4b5563;padding-top:3px">{{ vname }} · Partita IVA {{ vid }} · Codice fiscale {{ cf }}{% if rea %} · REA VI-{{ rea }} · Capitale sociale € {{ cap }} i.v.{% endif %}</div>
</body></html>"""


@style("05", "it_vic_vicenza_lettera_fattura_iva_22_running_text_ritenuta")
def s05(rng, i):
    vname, trade, vaddr, prof = VI_V[i]
    b0, b1, b2, b3 = VI_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(VI_ROWS[i], [3, 2, 3, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = D(5) * rng.randint(lo // 5, hi // 5) if rng.random() < 0.6 else D(rng.randint(lo * 4, hi * 4)) / 4
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.22"))
    total = net + tax
    rit = q2(net * D("0.20")) if prof else None
    vid = valid(rng, lambda: digits(rng, 7, True) + "0" + rng.choice(["24", "24", "21"]) + digits(rng, 1), iva.is_valid)
    bvat = valid(rng, lambda: digits(rng, 7, True) + "0" + rng.choice(["24", "28", "27"]) + digits(rng, 1), iva.is_valid)
    no = [f"{rng.randint(10, 199)}/{d.year}", f"FPR {rng.randint(100, 999)}/{d.strftime('%y')}", f"{d.year}/{rng.randint(1, 99):03d}", f"{rng.randint(1000, 4999)}"][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 3) else None
    if due and i == 3:  # fine mese
        due = (due.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    po = [f"DT/{rng.randint(100, 999)}", None, None, f"ODA-{d.year}-{rng.randint(1000, 9999)}"][i]
    p2 = d.replace(day=1) - dt.timedelta(days=1)
    p1 = p2.replace(day=1)
    per = {"ore": "l'ora", "giornate": "a giornata", "m²": "al metro quadrato", "mesi": "al mese"}
    bullets = i in (0, 2)
    subject = ["le prestazioni professionali", "le lavorazioni di restauro", "le prestazioni professionali", "le attività di consulenza"][i]
    ctx = dict(
        color=["#1e3a5f", "#7f1d1d", "#365314", "#312e81"][i], vname=vname, trade=trade, vaddr=vaddr, tel=f"{rng.randint(300, 999)} {rng.randint(100, 999)}",
        pec=f"{rng.choice(['studio', 'amministrazione', 'info'])}@pec.{['dallapozzarigon', 'palladiorestauri', 'zanellaarch', 'bericaconsulting'][i]}.it",
        b0=b0, b1=b1, b2=b2, b3=b3, bvat=bvat, dl=long_date(d, "it"), po=po, pod=long_date(d - dt.timedelta(days=rng.randint(20, 90)), "it"),
        salute="Gentile Dottoressa" if i == 2 else "Egregi Signori", no=no, subject=subject, p1=p1.strftime("%d/%m/%Y"), p2=p2.strftime("%d/%m/%Y"),
        sdi="".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ0123456789") for _ in range(7)), bullets=bullets, holder="allo studio" if prof else "alla società",
        items=[{"q": qstr(x["qty"]), "d": x["desc"], "dd": x["desc"][0].upper() + x["desc"][1:], "p": de(x["price"]), "per": per.get(x["unit"], "cadauno"), "a": de(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), rit=de(rit) if rit else None, netpay=de(total - rit) if rit else None,
        due=long_date(due, "it") if due else None, bank=rng.choice(["BPER Banca, filiale di Vicenza Corso Palladio", "Intesa Sanpaolo, filiale di Vicenza Centro", "Banca delle Terre Venete"]),
        ibanv=group4(rand_iban(rng, "IT", 23, "X0306911")), signer=[rng.choice(["Ing. Marco Dalla Pozza", "Ing. Giulia Rigon"]), "Dott.ssa Anna Pegoraro, amministratore", "Arch. Chiara Zanella", "Dott. Paolo Marangoni, amministratore"][i],
        vid=vid, cf=vid if not prof else "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + digits(rng, 2) + rng.choice("ABCDEHLMPRST") + digits(rng, 2) + "L840" + rng.choice("ABCDEFGHKLMN"),
        rea=None if prof else str(rng.randint(100000, 399999)), cap=rng.choice(["10.000,00", "50.000,00", "20.000,00"]),
    )
    notes = (
        "Vicenza (Italy) fattura sent as a BUSINESS LETTER in Italian (a courtesy copy of the SdI e-invoice): the number, date, order and sums in RUNNING SENTENCES, "
        + ("the items as bulleted sentences ('– 12 ore di ... a € 85,00 l'ora, per € 1.020,00;')" if bullets else "the items in a small table without rules")
        + "; IVA 22 %; '1.234,56' with €. vendor = the letterhead name; vendor_tax_id = 'Partita IVA' in the footer (the addressee's P. IVA, the codice fiscale"
        + (", the REA number" if not prof else "") + ", the SdI code and the IBAN are decoys). invoice_number = 'la fattura n. …'; invoice_date = 'del …' in the same sentence (the place-and-date line prints the same date; the service period's dates are decoys). "
        + due_note(due, "a vista", "entro il")
        + po_note(po, "Vostro riferimento: ordine n. / come da Vostro ordine n.")
        + "subtotal = 'L'imponibile ammonta a'; tax = 'l'IVA al 22% è pari a'; total = 'per un totale fattura di'."
        + (" The RITENUTA D'ACCONTO 20 % is deducted below the total; 'il netto a pagare' is a decoy." if rit else "")
        + " Currency EUR. Line items: every service."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "it"), no, vname, vid, bvat, long_date(due, "it") if due else None, de(total - rit) if rit else None, "per un totale fattura di"]}
    return t, chk, (VI_HTML, ctx)
