"""Chromium (HTML) styles for set 32, first part (01 Val d'Aran mountain-guide and lodge company's FACTURA in Aranese
Occitan with Spanish beside, a table without rules, a discount on the rows' sum, IVA 21 % on guiding and hire and
10 % on lodging and meals and a IVA summary per rate, 02 Colmar winstub's RÀCHNUNG / FACTURE in Alsatian with French
beside, written as a letter, TVA 10 % on the meal and 20 % on the wine and the total in French words, 03 Cusco trekking
agency's FACTURA ELECTRÓNICA in Spanish with Quechua labels, the RUC box at the top right, IGV 18 %, the total in
Spanish words and a US-dollar counter-value)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import aran_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, fr_date, lines, po_note, truth, valid_id
from kit_words import es_words, fr_words
from stdnum.es import cif
from stdnum.fr import siren
from stdnum.pe import ruc

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Val d'Aran guide and lodge company (IVA 21 % / 10 %, EUR), no rules, discount
AR_V = [
    ("Guides dera Val d'Aran S.L.", "Carrèr Major 14, 25530 Vielha", "#0e7490"),
    ("Refugi e Escòla de Montanha Baqueira S.L.", "Plaça dera Glèisa 3, 25598 Salardú", "#7c2d12"),
    ("Aran Aventura Naut Aran S.L.", "Camin Reiau 22, 25599 Arties", "#3f6212"),
    ("Casa Portolà Torisme Actiu S.L.", "Carrèr Sant Jaume 6, 25540 Les", "#6b21a8"),
]
AR_B = [
    ("Club Excursionista de Lleida", "Rambla Ferran 18, 25007 Lleida"),
    ("Colegio Santa Teresa de Huesca", "Calle Coso Alto 40, 22003 Huesca"),
    ("Viajes Pirineu Tours S.A.", "Avinguda Diagonal 412, 08037 Barcelona"),
    ("Asociación Montañera Zaragozana", "Calle Alfonso I 25, 50003 Zaragoza"),
]
AR_ROWS = [
    ("Guida de montanha, jornada / Guía de montaña, jornada", "jorn.", 1, 4, 180, 260, "21"),
    ("Lòc de material d'esquí / Alquiler material de esquí", "pers.", 4, 20, 18, 32, "21"),
    ("Raquetes de nhèu / Raquetas de nieve", "pers.", 4, 20, 9, 15, "21"),
    ("Transfèr en minibús / Traslado en minibús", "viatge", 1, 4, 85, 160, "21"),
    ("Lotjament mieja pension / Alojamiento media pensión", "nueit", 8, 60, 42, 68, "10"),
    ("Picnic de montanha / Pícnic de montaña", "pers.", 4, 24, 9, 14, "10"),
    ("Sopar de grop / Cena de grupo", "pers.", 4, 24, 19, 29, "10"),
]
AR_HTML = """<html lang="oc"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .lab{color:#888;font-size:7.2pt;text-transform:uppercase;letter-spacing:.5px}
table.it{width:100%;margin-top:16px} table.it th{font-size:7.4pt;color:#888;text-align:left;padding:2px 6px;font-weight:normal;text-transform:uppercase} table.it th.r{text-align:right} table.it td{padding:4px 6px}
</style></head><body>
<div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>{{ vaddr }} (Val d'Aran, Lleida) · NIF {{ nif }}</div>
<div class="small">Registre de Torisme de Catalonha {{ rtc }} · tel. 973 {{ tel }}</div>
<table style="width:100%;margin-top:22px"><tr><td style="width:52%"><div class="lab">Client / Cliente</div><div style="font-weight:bold">{{ bname }}</div><div>{{ baddr }}</div><div class="small">NIF {{ bnif }} · Num. client / N.º cliente {{ cust }}</div></td>
<td><div style="font-size:19pt;color:{{ color }};margin-bottom:4px">FACTURA</div><table>{% for k, v in head %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td style="padding:1px 0;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div class="small" style="margin-top:14px">Activitat / Actividad: {{ activity }}</div>
<table class="it"><tr><th>Concèpte / Concepto</th><th class="r">Quantitat</th><th>Unitat</th><th class="r">Prètz / Precio €</th><th class="r">IVA</th><th class="r">Impòrt / Importe €</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:16px;margin-left:auto;font-size:9.4pt">
<tr><td style="padding:2px 12px">Soma / Suma</td><td class="r">{{ gross }}</td></tr>
<tr><td style="padding:2px 12px">Descompde de grop / Descuento de grupo {{ disc_pct }} %</td><td class="r">-{{ disc }}</td></tr>
<tr><td style="padding:2px 12px">Basa imposabla / Base imponible</td><td class="r">{{ net }}</td></tr>
{% for r in summary %}<tr class="small"><td style="padding:1px 12px">IVA {{ r.r }} % sus / sobre {{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}
<tr><td style="padding:2px 12px">Total IVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:12pt;color:{{ color }}"><td style="padding:6px 12px">TOTAL FACTURA €</td><td class="r" style="padding:6px 0">{{ total }}</td></tr></table>
<div style="margin-top:18px">{{ pay }}</div>
<div class="small" style="margin-top:4px">IBAN {{ iban }} · {{ bank }}</div>
<div class="small" style="margin-top:26px">Es descompdes de grop s'apliquen sus era soma deth servici. Era IVA deth lotjament e dera restauracion ei deth 10 %; guides, lòc de material e transfèrs, 21 %.</div>
</body></html>"""


@style("01", "es_aran_vielha_factura_iva_21_10_sense_linhes")
def s01(rng, i):
    vname, vaddr, color = AR_V[i]
    bname, baddr = AR_B[i]
    d = rand_date(rng)
    items = lines(rng, AR_ROWS, rng.randint(3, 6), D("0.50"))
    for x in items:
        x["rate"] = D(x["extra"])
    gross = sum(x["amount"] for x in items)
    disc_pct = rng.choice([5, 8, 10])
    disc = q2(gross * disc_pct / 100)
    net = gross - disc
    summary = []
    rates = sorted({x["rate"] for x in items})
    left = disc
    for k, r in enumerate(rates):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        dd = left if k == len(rates) - 1 else q2(g * disc_pct / 100)
        left -= dd
        b = g - dd
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    nif = "B" + valid_id(rng, 8, lambda s: cif.is_valid("B" + s), first_nonzero=False)
    bnif = "G" + valid_id(rng, 8, lambda s: cif.is_valid("G" + s), first_nonzero=False)
    no = [f"A-{d.year}/{rng.randint(100, 999)}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"F{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    fd = [aran_date, lambda x: x.strftime("%d/%m/%Y"), aran_date, lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    term = ["Pagament: ath comptat / Pago: al contado", None, "Pagament: transferéncia en 30 dies / Pago: transferencia a 30 días", None][i]
    po = f"PED-{rng.randint(1000, 9999)}" if i in (0, 3) else None
    start = d - dt.timedelta(days=rng.randint(3, 20))
    head = [("Num. factura / N.º factura", no), ("Data / Fecha", fd(d)), ("Data deth servici / Fecha del servicio", fd(start))]
    if po:
        head.append(("Comanda / Su pedido", po))
    if due:
        head.append(("Venciment / Vencimiento", fd(due)))
    head.append(("Reservacion / Reserva", f"RES-{rng.randint(10000, 99999)}"))
    pay = f"Pagament per transferéncia abans deth {fd(due)} / Pago por transferencia antes del {fd(due)}." if due else term
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, nif=nif, rtc=f"PL-{rng.randint(100, 999)}", tel=f"{rng.randint(60, 69)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        bname=bname, baddr=baddr, bnif=bnif, cust=f"{rng.randint(100, 999)}", head=head,
        activity=rng.choice(["sortida de raquetes ath Plan de Beret", "ascension ath Montardo", "cors d'esquí de montanha", "travèssa deth Circ de Colomèrs"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        gross=m(gross), disc_pct=disc_pct, disc=m(disc), net=m(net), tax=m(tax), total=m(total),
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        pay=pay, iban=f"ES{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)} {digits(rng, 10)}", bank=rng.choice(["Caixa Rurau de Vielha", "CaixaBank, Vielha", "Banc Sabadell, Les"]),
    )
    notes = (
        "Val d'Aran (Catalonia, Spain) mountain-guide and lodge company's FACTURA in Aranese Occitan with Spanish beside each label, in euros ('1.234,50'), with a table WITHOUT RULES, a group discount on the rows' sum, IVA 21 % on guiding, hire and transfers and 10 % on lodging and meals (the summary's rows per rate are the tax's parts, on the bases after the discount): vendor = the name at the top; vendor_tax_id = 'NIF' under it (the client's NIF, the tourism register number, the client number and the booking number are decoys). "
        "invoice_number = 'Num. factura / N.º factura'; invoice_date = 'Data / Fecha' (" + ["Aranese words ('12 de març de 2026')", "dd/mm/yyyy", "Aranese words", "dd-mm-yyyy"][i] + "); the service date is a decoy. "
        + due_note(due, term, "Venciment / Vencimiento") + po_note(po, "Comanda / Su pedido")
        + "subtotal = 'Basa imposabla / Base imponible' (after the discount; 'Soma / Suma' is before it); tax = 'Total IVA'; total = 'TOTAL FACTURA €'. Currency EUR. Line items: every row, before the discount (checks/ carries the discount as a line adjustment)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, nif, "TOTAL FACTURA €", fd(due) if due else None, m(disc)], "line_adjustment": str(-disc)}
    return t, chk, (AR_HTML.replace("@@BASE@@", css(margin="16mm 18mm", fs="9pt")), ctx)


# =========================================================================== 02 Colmar winstub (TVA 10 % / 20 %, EUR), a letter with the total in words
AL_V = [
    ("Winstub Am Lauchbàch SARL", "12 rue des Tanneurs", "68000 Colmar / Colmer"),
    ("S'Kauzaschtüwwala SAS", "4 place de l'Ancienne Douane", "68000 Colmar / Colmer"),
    ("Caveau Zum Storichenescht SARL", "27 Grand'Rue", "68150 Ribeauvillé / Rappschwihr"),
    ("Hostellerie Am Wiistross EURL", "3 route du Vin", "68340 Riquewihr / Reichewihr"),
]
AL_B = [
    ("Amicale des Sapeurs-Pompiers de Munster", "Service comptabilité", "2 rue du Dr Heid", "68140 Munster"),
    ("Lycée Bartholdi", "Intendance", "9 rue du Lycée", "68000 Colmar"),
    ("Crédit Mutuel Centre-Alsace", "Comité social et économique", "1 place de la Gare", "68000 Colmar"),
    ("Rotary Club Kaysersberg", "Trésorerie", "15 rue du Général de Gaulle", "68240 Kaysersberg"),
]
AL_ROWS = [
    ("Menü Baeckeoffe / Menu baeckeoffe", "pers.", 10, 40, 24, 34, "10"),
    ("Menü Sürkrüt garni / Menu choucroute garnie", "pers.", 10, 40, 22, 31, "10"),
    ("Flammekueche à volonté / Tartes flambées à volonté", "pers.", 10, 40, 17, 24, "10"),
    ("Kàffee ùn Kùche / Café et kougelhopf", "pers.", 10, 40, 5, 8, "10"),
    ("Wasser ùn Sìessgedrànk / Eaux et boissons sans alcool", "forfait", 1, 1, 40, 120, "10"),
    ("Riesling AOC Alsace 75 cl", "bout.", 4, 20, 24, 36, "20"),
    ("Pinot gris AOC Alsace 75 cl", "bout.", 4, 20, 26, 39, "20"),
    ("Crémant d'Alsace brut 75 cl", "bout.", 2, 12, 29, 42, "20"),
    ("Schnaps ùn Digestif / Eaux-de-vie", "verre", 6, 30, 5, 8, "20"),
]
AL_HTML = """<html lang="gsw"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{border-bottom:1px solid #999;text-align:left;padding:3px 5px;font-size:8pt} table.it th.r{text-align:right} table.it td{padding:3px 5px;border-bottom:1px dotted #ccc}
</style></head><body>
<div style="text-align:center;font-family:'DejaVu Serif',serif;font-size:17pt;color:{{ color }}">{{ vname }}</div>
<div style="text-align:center" class="small">{{ vstreet }} · {{ vcity }} · SIRET {{ siret }} · TVA intracom. {{ tva }} · RCS Colmar</div>
<table style="width:100%;margin-top:34px"><tr><td style="width:55%"></td><td>{{ bname }}<br>{{ bdept }}<br>{{ bstreet }}<br>{{ bcity }}</td></tr></table>
<div style="margin-top:26px;text-align:right">{{ place }}, le {{ date_long }}</div>
<div style="margin-top:18px"><b>Ràchnung / Facture n° {{ no }}</b>{% if po %} · Bstellung / Votre bon de commande {{ po }}{% endif %}<br><span class="small">Ìhri Reservierung / Votre réservation du {{ event }} · {{ pax }} Gäscht / couverts · Kùndenummer / N° client {{ cust }}</span></div>
<p style="margin-top:14px">Madame, Monsieur,</p>
<p>Merci vielmols fìr Ìhre B'süech! Nous vous remercions de votre visite et vous prions de trouver ci-dessous le détail de notre facture pour le repas du {{ event }}.</p>
<table class="it"><tr><th>Bezeichnung / Désignation</th><th class="r">Zàhl / Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }} €</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }} €</td></tr>{% endfor %}</table>
<table style="margin-top:10px;margin-left:auto">
<tr><td style="padding:2px 12px">Total HT</td><td class="r">{{ net }} €</td></tr>
{% for r in summary %}<tr><td style="padding:2px 12px">TVA {{ r.r }} % sur {{ r.b }} €</td><td class="r">{{ r.v }} €</td></tr>{% endfor %}
<tr style="font-weight:bold"><td style="padding:4px 12px;border-top:1px solid #333">Total TTC / Àlles zàmme</td><td class="r" style="border-top:1px solid #333">{{ total }} €</td></tr></table>
<p style="margin-top:14px">Arrêtée la présente facture à la somme de <b>{{ words }}</b> toutes taxes comprises.</p>
<p>{{ pay }}</p>
<p>Veuillez agréer, Madame, Monsieur, nos salutations distinguées. · Mìt freindliche Griëss</p>
<div style="margin-top:18px;font-style:italic">{{ signer }}</div>
<div class="small" style="margin-top:30px">IBAN {{ iban }} · BIC {{ bic }} · En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 C. com.).</div>
</body></html>"""


def _fr_amount_words(x):
    e, c = divmod(int(q2(x) * 100), 100)
    s = f"{fr_words(e)} euro{'s' if e > 1 else ''}"
    return s + (f" et {fr_words(c)} centime{'s' if c > 1 else ''}" if c else "")


@style("02", "fr_als_colmar_rachnung_facture_tva_20_10_lettre")
def s02(rng, i):
    vname, vstreet, vcity = AL_V[i]
    bname, bdept, bstreet, bcity = AL_B[i]
    color = ["#7f1d1d", "#14532d", "#1e3a8a", "#78350f"][i]
    d = rand_date(rng)
    pax = rng.randint(10, 40)
    meals = [r for r in AL_ROWS if r[6] == "10" and r[2] == 10]
    wines = [r for r in AL_ROWS if r[6] == "20"]
    items = lines(rng, [rng.choice(meals[:3])], 1, D("0.50"))
    items[0]["qty"] = D(pax)
    items[0]["amount"] = q2(items[0]["qty"] * items[0]["price"])
    items += lines(rng, [AL_ROWS[3], AL_ROWS[4]], rng.randint(1, 2), D("0.50"))
    items += lines(rng, wines, rng.randint(1, 3), D("0.50"))
    for x in items:
        x["rate"] = D(x["extra"])
        if x["unit"] == "pers.":
            x["qty"] = D(pax)
            x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    summary = []
    for r in (D("10"), D("20")):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    sir = valid_id(rng, 9, siren.is_valid)
    siret = f"{sir[:3]} {sir[3:6]} {sir[6:]} {digits(rng, 5)}"
    key = (12 + 3 * (int(sir) % 97)) % 97
    tva = f"FR{key:02d}{sir}"
    no = [f"{d.year}-{rng.randint(100, 999)}", f"F{rng.randint(1000, 9999)}", f"{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"FA{rng.randint(10000, 99999)}"][i]
    event = d - dt.timedelta(days=rng.randint(1, 10))
    due = d + dt.timedelta(days=30) if i in (0, 2) else None
    term = [None, "Payable à réception de la facture. · Zàhlbar bi Erhàlt.", None, "Payable à réception, par chèque ou virement."][i]
    po = f"BC-{rng.randint(1000, 9999)}" if i in (1, 2) else None
    pay = f"Nous vous remercions de bien vouloir régler cette somme avant le {fr_date(due)} par virement. · Bitte bis zum {fr_date(due)} zàhle." if due else term
    m = de
    ctx = dict(
        color=color, vname=vname, vstreet=vstreet, vcity=vcity, siret=siret, tva=tva,
        bname=bname, bdept=bdept, bstreet=bstreet, bcity=bcity, place=vcity.split(" ", 1)[1].split(" /")[0], date_long=fr_date(d),
        no=no, po=po, event=fr_date(event), pax=pax, cust=f"C{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        words=_fr_amount_words(total), pay=pay, signer=rng.choice(["Marie-Odile Schmitt, gérante", "Jean-Paul Haegel", "Doris Muller, direction", "Fernand Kientz"]),
        iban=f"FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}", bic=rng.choice(["CMCIFR2A", "AGRIFRPP872", "CCBPFRPPMTZ"]),
    )
    notes = (
        "Colmar-area (Alsace) winstub's RÀCHNUNG / FACTURE written as a LETTER in French with Alsatian labels and phrases, in euros ('1.234,50 €'), for a group meal: TVA 10 % on the meals and soft drinks and 20 % on the wine and spirits (the rows 'TVA 10 % sur …' and 'TVA 20 % sur …' are the tax's parts; no single tax total is printed), and the total TTC in French words: vendor = the name at the top; vendor_tax_id = 'TVA intracom.' (FR + key + SIREN; the SIRET is a decoy). "
        "invoice_number = 'Ràchnung / Facture n°'; invoice_date = the date in the place line ('Colmar, le 12 mars 2026'); the meal's date in the reservation line and the customer number are decoys. "
        + due_note(due, term, "the date in the payment sentence ('avant le …')") + po_note(po, "Bstellung / Votre bon de commande")
        + "subtotal = 'Total HT'; tax = the two TVA rows summed; total = 'Total TTC / Àlles zàmme' (also in words). Currency EUR. Line items: every row of the table (amounts HT)."
    )
    t = truth(vname, tva, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fr_date(d), no, vname, tva, "Total TTC / Àlles zàmme", fr_date(due) if due else None, _fr_amount_words(total)], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, (AL_HTML.replace("@@BASE@@", css(margin="16mm 20mm", fs="9.4pt")), ctx)


# =========================================================================== 03 Cusco trekking agency (IGV 18 %, PEN or USD), RUC box, total in words
CU_V = [
    ("INKA ÑAN TREKKING E.I.R.L.", "Calle Plateros 348, Cusco"),
    ("APU AUSANGATE EXPEDICIONES S.A.C.", "Av. El Sol 812 Of. 204, Cusco"),
    ("QHAPAQ ÑAN TURISMO S.R.L.", "Calle Tecsecocha 2, San Blas, Cusco"),
    ("WAYNA PICCHU ADVENTURE S.A.C.", "Av. Pachacútec 15, Urubamba, Cusco"),
]
CU_B = [
    ("ANDEAN TRAILS OPERADORA S.A.C.", "Av. Larco 1150, Miraflores, Lima"),
    ("COLEGIO SAN AGUSTÍN", "Av. Javier Prado Este 980, San Isidro, Lima"),
    ("PERU EXPLORA VIAJES S.A.", "Calle Mercaderes 120, Arequipa"),
    ("UNIVERSIDAD ANDINA DEL CUSCO", "Urb. Ingeniería Larapa, San Jerónimo, Cusco"),
]
CU_ROWS = [
    ("Ñan puriy / Caminata Camino Inca 4D/3N, por pasajero", "PAX", 2, 12, 380, 620),
    ("Wasi samana / Alojamiento en albergue, por noche", "NOC", 2, 24, 35, 90),
    ("Mikhuy / Alimentación completa, por día", "DIA", 2, 30, 28, 55),
    ("Kamachiq / Guía bilingüe, por día", "DIA", 1, 6, 120, 220),
    ("Arriero y acémilas / Arriero y mulas, por día", "DIA", 1, 6, 90, 160),
    ("Transporte turístico Cusco - Km 82", "SERV", 1, 2, 250, 480),
    ("Alquiler de carpas y bolsas de dormir", "KIT", 2, 12, 25, 60),
]
CU_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#444} table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #777;padding:3px 5px} table.g th{background:#eee;font-size:7.6pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>{{ vaddr }}</div><div class="small">Tour operador · Agencia de viajes · Licencia DIRCETUR N.º {{ lic }}<br>Telf. 084-{{ tel }} · reservas@{{ mail }}.pe</div></td>
<td style="width:64mm;vertical-align:top"><div style="border:2px solid {{ color }};text-align:center;padding:8px 4px;font-weight:bold">R.U.C. N.º {{ ruc }}<div style="background:{{ color }};color:#fff;padding:4px;margin:6px 0">FACTURA ELECTRÓNICA</div>{{ no }}</div></td></tr></table>
<table style="width:100%;margin-top:10px;border:1px solid #777"><tr><td style="padding:4px 6px;width:62%">Señor(es) / Wiraqucha: <b>{{ bname }}</b><br>R.U.C.: {{ bruc }}<br>Dirección: {{ baddr }}</td>
<td style="padding:4px 6px">{% for k, v in head %}{{ k }}: <b>{{ v }}</b><br>{% endfor %}</td></tr></table>
<table class="g" style="margin-top:10px"><tr><th>Cant.</th><th>Unid.</th><th>Descripción / Willakuy</th><th>V. Unitario</th><th>Valor de venta</th></tr>
{% for it in items %}<tr><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top;padding-right:10px"><div style="border:1px solid #777;padding:5px">SON: {{ words }}</div>
<div class="small" style="margin-top:6px">{{ fx_line }}</div><div class="small" style="margin-top:6px">{{ pay }}</div>
<div class="small" style="margin-top:6px">Cta. Cte. BCP {{ acct }} · CCI {{ cci }} · Cta. de detracciones Banco de la Nación {{ detr }}</div></td>
<td style="width:70mm;vertical-align:top"><table class="g">
<tr><td>Op. Gravada / Gravasqa</td><td class="r">{{ sym }} {{ net }}</td></tr><tr><td>Op. Exonerada</td><td class="r">{{ sym }} 0.00</td></tr>
<tr><td>I.G.V. 18%</td><td class="r">{{ sym }} {{ tax }}</td></tr><tr style="font-weight:bold"><td>IMPORTE TOTAL / LLAPAN</td><td class="r">{{ sym }} {{ total }}</td></tr></table></td></tr></table>
<div class="small" style="margin-top:14px;text-align:center">Representación impresa de la FACTURA ELECTRÓNICA. Consulte su documento en www.sunat.gob.pe · Código hash: {{ hash }}</div>
</body></html>"""


@style("03", "pe_cus_qosqo_factura_igv_18_usd")
def s03(rng, i):
    vname, vaddr = CU_V[i]
    bname, baddr = CU_B[i]
    color = ["#b45309", "#1d4ed8", "#be123c", "#15803d"][i]
    d = rand_date(rng)
    usd = i in (1, 3)
    items = lines(rng, CU_ROWS, rng.randint(3, 6), D("0.50") if not usd else D("1"))
    if usd:
        for x in items:
            x["price"] = q2(x["price"] / 3)
            x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vruc = "20" + valid_id(rng, 9, lambda s: ruc.is_valid("20" + s), first_nonzero=False)
    bruc = "20" + valid_id(rng, 9, lambda s: ruc.is_valid("20" + s), first_nonzero=False)
    no = f"F00{rng.randint(1, 3)}-{rng.randint(100, 9999):08d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 1) else None
    term = [None, None, "Forma de pago: Contado", "Forma de pago: Contado"][i]
    po = f"OC-{rng.randint(1000, 9999)}" if i in (1, 2) else None
    rate = D(rng.randint(3400, 3900)) / 1000
    cur = "USD" if usd else "PEN"
    sym = "US$" if usd else "S/"
    head = [("Fecha de emisión / P'unchaw", fd(d)), ("Moneda", "DÓLARES AMERICANOS" if usd else "SOLES")]
    if due:
        head.append(("Fecha de vencimiento", fd(due)))
    if po:
        head.append(("Orden de compra", po))
    head.append(("Guía / N.º de grupo", f"GR-{rng.randint(100, 999)}"))
    head.append(("Fecha de salida", fd(d + dt.timedelta(days=rng.randint(5, 40)))))
    e, c = divmod(int(total * 100), 100)
    words = f"{es_words(e).upper()} Y {c:02d}/100 {'DÓLARES AMERICANOS' if usd else 'SOLES'}"
    fx = q2(total * rate) if usd else q2(total / rate)
    fx_line = f"Tipo de cambio SUNAT {rate}: equivalente S/ {en(fx)}" if usd else f"Referencial US$ {en(fx)} (T.C. {rate})"
    pay = f"Forma de pago: Crédito · Cuota 1 vence el {fd(due)} por {sym} {en(total)}" if due else term
    m = en
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, lic=f"{rng.randint(100, 999)}-{d.year - rng.randint(2, 9)}", tel=f"{rng.randint(220000, 269999)}", mail=vname.split()[0].lower().replace("ñ", "n"),
        ruc=vruc, no=no, bname=bname, bruc=bruc, baddr=baddr, head=head,
        items=[{"q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        sym=sym, net=m(net), tax=m(tax), total=m(total), words=words, fx_line=fx_line, pay=pay,
        acct=f"285-{digits(rng, 7)}-0-{rng.randint(10, 99)}", cci=f"002-285-{digits(rng, 12)}", detr=f"00-101-{digits(rng, 6)}", hash=digits(rng, 6) + "aB" + digits(rng, 6) + "=",
    )
    notes = (
        "Cusco (Peru) trekking agency's FACTURA ELECTRÓNICA (printed representation) in Spanish with Quechua labels beside some, " + ("in US dollars" if usd else "in soles") + " ('1,234.50'), with the RUC box at the top right, IGV 18 % (16 % IGV + 2 % IPM), the total in Spanish words and a counter-value in the other currency: vendor = the name at the top left; vendor_tax_id = 'R.U.C. N.º' in the box (the client's R.U.C., the DIRCETUR licence and the bank and detraction accounts are decoys). "
        "invoice_number = the series-number under 'FACTURA ELECTRÓNICA' (F00n-nnnnnnnn); invoice_date = 'Fecha de emisión' (dd/mm/yyyy); the departure date and the group number are decoys. "
        + due_note(due, term, "Fecha de vencimiento") + po_note(po, "Orden de compra")
        + "subtotal = 'Op. Gravada'; tax = 'I.G.V. 18%'; total = 'IMPORTE TOTAL'; the 'Op. Exonerada' 0.00 and the counter-value are decoys. Currency " + cur + ". Line items: every row (Valor de venta, net)."
    )
    t = truth(vname, vruc, no, po, d, due, cur, net, tax, total, items, notes)
    return t, [fd(d), no, vname, vruc, "IMPORTE TOTAL / LLAPAN", fd(due) if due else None, words], (CU_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)
