"""Chromium (HTML) styles for set 33, first part (01 Istrian agritourism's RAČUN / FATTURA in Croatian with Italian
beside, a table without rules, PDV 13 % on lodging and meals and 25 % on wine and activities only per rate, the tourist
tax outside PDV between the tax and the total and the fiscal codes ZKI / JIR, 02 Asturian cider maker's factura in
Asturian with Spanish beside, IVA 21 % and 10 %, a commercial discount on the rows' sum and the total in Spanish words,
03 Nova Scotia marine supplier's invoice with HST 15 % (14 % from 1 April 2025), an account summary with the previous
balance above the rows and a remittance stub)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ast_date, hr_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth, us_date, valid_id
from kit_words import es_words
from stdnum.ca import bn
from stdnum.es import cif
from stdnum.hr import oib

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Istria agritourism (PDV 25 % / 13 %, EUR), no rules, tourist tax
IS_V = [
    ("Agroturizam Stancija Vrh d.o.o.", "Vrh 14, 52420 Buzet / Pinguente", "#7c2d12"),
    ("OPG Bernetić – Agriturismo Bernetich", "Kaštelir 62, 52464 Kaštelir / Castellier", "#365314"),
    ("Ruralna kuća Sveti Lovreč d.o.o.", "Ulica Lovreča 3, 52448 Sveti Lovreč / San Lorenzo", "#1e3a8a"),
    ("Agroturizam Medea – Agriturismo Medea j.d.o.o.", "Pršurići 9, 52210 Rovinj / Rovigno", "#6b21a8"),
]
IS_B = [
    ("Adria Incentive Travel d.o.o.", "Riva 16, 51000 Rijeka", "OIB"),
    ("Alpe Adria Reisen GmbH", "Ringstraße 8, 9020 Klagenfurt, Austria", "UID ATU"),
    ("Studio Legale Benussi", "Via Carducci 21, 34125 Trieste, Italia", "P. IVA IT"),
    ("Istra Bike Club udruga", "Flanatička 4, 52100 Pula / Pola", "OIB"),
]
IS_ROWS = [
    ("Smještaj u apartmanu, noćenje s doručkom / Alloggio con colazione", "noć", 2, 12, 70, 140, 13),
    ("Polupansion, večera / Mezza pensione, cena", "osoba", 4, 24, 22, 34, 13),
    ("Istarska ploča: pršut, sir, masline / Tagliere istriano", "kom", 2, 8, 18, 32, 13),
    ("Fuži s tartufima / Fusi al tartufo", "porc.", 4, 16, 14, 24, 13),
    ("Malvazija istarska 0,75 l / Malvasia istriana", "boca", 2, 12, 14, 26, 25),
    ("Teran 0,75 l", "boca", 1, 8, 16, 28, 25),
    ("Degustacija maslinovog ulja / Degustazione olio", "osoba", 4, 20, 8, 15, 25),
    ("Najam e-bicikla / Noleggio e-bike", "dan", 1, 8, 25, 40, 25),
]
IS_HTML = """<html lang="hr"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .lab{color:#777;font-size:7.4pt} table.it{width:100%;margin-top:14px} table.it th{text-align:left;font-size:7.6pt;color:{{ color }};padding:3px 6px;font-weight:bold} table.it th.r{text-align:right} table.it td{padding:3px 6px}
</style></head><body>
<div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>{{ vaddr }} · tel. +385 52 {{ tel }}</div>
<div class="small">OIB {{ oib }} · MBS {{ mbs }} · Trgovački sud u Pazinu · Kategorizacija: {{ stars }} sunca</div>
<table style="width:100%;margin-top:18px"><tr><td style="width:55%"><div class="lab">Kupac / Cliente</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">{{ bidl }} {{ bid }}</span></td>
<td><div style="font-size:14pt;font-weight:bold">RAČUN / FATTURA</div><table>{% for k, v in head %}<tr><td class="lab" style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Opis / Descrizione</th><th>Jed. / U.M.</th><th class="r">Kol. / Q.tà</th><th class="r">Cijena / Prezzo</th><th class="r">PDV %</th><th class="r">Iznos / Importo</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:16px"><tr><td style="vertical-align:top"><div class="lab">Rekapitulacija PDV-a / Riepilogo IVA</div>
<table style="font-size:8pt">{% for r in summary %}<tr><td style="padding:1px 10px 1px 0">PDV {{ r.r }} %</td><td style="padding:1px 10px">osnovica / imponibile {{ r.b }}</td><td>PDV {{ r.v }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:8px">Boravišna pristojba nije predmet oporezivanja PDV-om. / La tassa di soggiorno non è soggetta a IVA.</div></td>
<td style="width:78mm"><table style="width:100%">
<tr><td>Ukupno bez PDV-a / Totale imponibile</td><td class="r">{{ net }}</td></tr>
<tr><td>PDV ukupno / IVA totale</td><td class="r">{{ tax }}</td></tr>
<tr><td>Boravišna pristojba / Tassa di soggiorno ({{ tt_n }} × {{ tt_p }})</td><td class="r">{{ tt }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding-top:5px">UKUPNO / TOTALE EUR</td><td class="r" style="padding-top:5px">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:18px">{{ pay }}</div>
<div class="small" style="margin-top:6px">IBAN {{ iban }} · Istarska kreditna banka Umag · SWIFT ISTBHR2X</div>
<div class="small" style="margin-top:12px">Način plaćanja / Pagamento: {{ method }} · Operater / Operatore: {{ oper }}<br>ZKI: {{ zki }}<br>JIR: {{ jir }}</div>
</body></html>"""


@style("01", "hr_ist_rovinj_racun_fattura_pdv_25_13_boravisna")
def s01(rng, i):
    vname, vaddr, color = IS_V[i]
    bname, baddr, bidl = IS_B[i]
    d = rand_date(rng)
    items = lines(rng, IS_ROWS, rng.randint(3, 6), D("0.50"))
    if not any(x["extra"] == 13 for x in items):
        items += lines(rng, IS_ROWS[:2], 1, D("0.50"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = []
    for r in sorted({x["rate"] for x in items}, reverse=True):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    tt_n = rng.randint(4, 30)
    tt_p = D(rng.choice(["1.33", "1.60", "1.86", "2.00"]))
    tt = q2(tt_n * tt_p)
    total = net + tax + tt
    vo = valid_id(rng, 11, oib.is_valid)
    bid = valid_id(rng, 11, oib.is_valid) if bidl == "OIB" else digits(rng, 8 if bidl.startswith("UID") else 11)
    no = f"{rng.randint(12, 480)}-{rng.choice(['P1', 'REC1', 'AG1', 'PP1'])}-{rng.randint(1, 3)}"
    fd = [lambda x: x.strftime("%d.%m.%Y."), hr_date, lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i in (0, 2) else None
    term = [None, "Plaćeno karticom / Pagato con carta", None, "Plaćeno gotovinom / Pagato in contanti"][i]
    po = f"{rng.randint(100, 999)}/{d.year}" if i in (0, 1) else None
    stay0 = d - dt.timedelta(days=rng.randint(2, 9))
    head = [("Broj računa / Fattura n.", no), ("Datum i vrijeme / Data e ora", f"{fd(d)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"), ("Boravak / Soggiorno", f"{fd(stay0)} – {fd(d)}"), ("Rezervacija / Prenotazione", f"BK-{rng.randint(100000, 999999)}")]
    if po:
        head.append(("Narudžba / Ordine", po))
    if due:
        head.append(("Datum dospijeća / Scadenza", fd(due)))
    zki = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    jir = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}", oib=vo, mbs=digits(rng, 9, True), stars=rng.randint(2, 4),
        bname=bname, baddr=baddr, bidl=bidl, bid=bid, head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), tt_n=tt_n, tt_p=m(tt_p), tt=m(tt), total=m(total),
        pay=(f"Molimo uplatu do {fd(due)} s pozivom na broj HR01 {no.split('-')[0]}-{d.year}. / Si prega di pagare entro il {fd(due)}." if due else term),
        iban=f"HR{rng.randint(10, 99)} 2380 0061 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}", method=("transakcijski račun / bonifico" if due else term.split(" / ")[0]), oper=rng.choice(["Marina", "Dario", "Sanja", "Loredana"]), zki=zki, jir=jir,
    )
    notes = (
        "Istrian (Croatia) agritourism's RAČUN / FATTURA in Croatian with Italian beside each label, in euros ('1.234,50'), with a TABLE WITHOUT RULES, PDV 13 % on lodging and meals and 25 % on wine, tastings and bike hire, a PDV summary per rate, and the tourist tax (boravišna pristojba, outside PDV) between the PDV total and the total: vendor = the name at the top; vendor_tax_id = 'OIB' (11 digits; the buyer's OIB / UID / P. IVA, the MBS court number, ZKI and JIR are decoys). "
        "invoice_number = 'Broj računa / Fattura n.' (the Croatian fiscal form number-premises-device, as printed); invoice_date = the date in 'Datum i vrijeme / Data e ora' (" + ["dd.mm.yyyy.", "Croatian words ('12. ožujka 2026.')", "dd.mm.yyyy.", "dd/mm/yyyy"][i] + "), the time beside it; the stay dates and the booking number are decoys. "
        + due_note(due, term, "Datum dospijeća / Scadenza") + po_note(po, "Narudžba / Ordine")
        + "subtotal = 'Ukupno bez PDV-a / Totale imponibile'; tax = 'PDV ukupno / IVA totale'; total = 'UKUPNO / TOTALE EUR' (tourist tax included: checks/ carries it as a total adjustment). Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vo, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vo, "UKUPNO / TOTALE EUR", fd(due) if due else None, m(tt)], "total_adjustment": str(tt)}
    return t, chk, (IS_HTML.replace("@@BASE@@", css(margin="14mm 16mm", fs="8.8pt")), ctx)


# =========================================================================== 02 Asturian cider maker (IVA 21 % / 10 %, EUR), discount on the rows' sum, total in words
AS_V = [
    ("Llagar de Quelo, S.L.", "La Rasa 12, 33300 Villaviciosa (Asturies)", "#14532d"),
    ("Sidra Castañón Nava, S.L.", "Camín de Ceceda 4, 33520 Nava (Asturies)", "#7f1d1d"),
    ("Llagar El Piñeo, S.L.", "Barriu La Figar 7, 33429 Siero (Asturies)", "#1e3a8a"),
    ("Sidra Xixonesa del Cabu, S.L.", "Carretera Carbonera 211, 33392 Xixón / Gijón", "#713f12"),
]
AS_B = [
    ("Sidrería El Tonel, S.L.", "Calle Gascona 8, 33001 Uviéu / Oviedo"),
    ("Chigre La Pumarada, C.B.", "Plaza Mayor 3, 33201 Xixón / Gijón"),
    ("Restaurante Casa Fermín Llanes, S.L.", "Calle Mercaderes 2, 33500 Llanes"),
    ("Sidrería Tierra Astur Avilés, S.L.", "Calle Galiana 11, 33402 Avilés"),
]
AS_ROWS = [
    ("Sidra natural, caxa 6 botelles / caja 6 botellas", "caxa", 10, 60, 9, 14, 21),
    ("Sidra natural DOP Sidra d’Asturies, caxa 6 / caja 6", "caxa", 5, 40, 14, 20, 21),
    ("Sidra espumosa brut 0,75 l", "botella", 6, 48, 5, 9, 21),
    ("Aguardiente de sidra 0,7 l", "botella", 2, 12, 16, 28, 21),
    ("Vinagre de sidra 1 l", "botella", 6, 36, 2, 4, 10),
    ("Compota de mazana / manzana 400 g", "tarru", 6, 36, 2, 5, 10),
    ("Alquiler de barril 50 l / Alquiler de barril", "unidá", 1, 4, 12, 25, 21),
]
AS_HTML = """<html lang="ast"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .lab{font-size:7pt;color:#777;text-transform:uppercase} table.it{width:100%;margin-top:12px} table.it th{background:{{ color }};color:#fff;text-align:left;padding:4px 5px;font-size:7.6pt} table.it th.r{text-align:right} table.it td{padding:4px 5px;border-bottom:1px solid #e2e2e2}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="small">CIF {{ cif }} · Rexistru d’Industries Agroalimentaries {{ ria }} · Tel. 985 {{ tel }}</div></td>
<td style="text-align:right"><div style="font-size:20pt;font-weight:bold;color:{{ color }}">FACTURA</div><div class="small">Factura / Factura n.º</div><div style="font-size:12pt;font-weight:bold">{{ no }}</div></td></tr></table>
<table style="width:100%;margin-top:14px;border:1px solid #ccc"><tr><td style="padding:6px;width:50%"><div class="lab">Veceru / Cliente ({{ custl }})</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">NIF {{ bcif }}</span></td>
<td style="padding:6px"><table>{% for k, v in head %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Albarán</th><th>Conceutu / Concepto</th><th class="r">Cantidá / Cantidad</th><th class="r">Preciu / Precio</th><th class="r">IVA %</th><th class="r">Importe €</th></tr>
{% for it in items %}<tr><td class="small">{{ it.alb }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top"><table style="font-size:8pt;border:1px solid #ccc"><tr><th style="padding:2px 6px;text-align:left">Base imponible</th><th style="padding:2px 6px">IVA %</th><th style="padding:2px 6px;text-align:right">Cuota IVA</th></tr>
{% for r in summary %}<tr><td class="r" style="padding:2px 6px">{{ r.b }}</td><td class="c">{{ r.r }} %</td><td class="r" style="padding:2px 6px">{{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="width:80mm"><table style="width:100%">
<tr><td>Suma / Suma</td><td class="r">{{ gross }}</td></tr><tr><td>Descuentu comercial / Descuento comercial {{ pct }} %</td><td class="r">-{{ disc }}</td></tr>
<tr><td>Base imponible total</td><td class="r">{{ net }}</td></tr><tr><td>Total IVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11.5pt"><td style="border-top:2px solid {{ color }};padding-top:4px">TOTAL FACTURA</td><td class="r" style="border-top:2px solid {{ color }};padding-top:4px">{{ total }} €</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-style:italic">Son / Son: {{ words }}</div>
<div style="margin-top:14px">{{ pay }}</div>
<div class="small" style="margin-top:6px">{{ bank }}</div>
<div class="small" style="margin-top:20px">Los envases retornables (caxes y botelles) son propiedá del llagar. / Los envases retornables son propiedad del llagar. Inscrita nel Rexistru Mercantil d’Asturies, tomu {{ tomo }}, folio {{ folio }}.</div>
</body></html>"""


def es_euros(x):
    """'mil doscientos treinta y cuatro euros con cincuenta céntimos' (Spanish, the euros and the cents)."""
    e, c = divmod(int(q2(x) * 100), 100)
    s = ("un euro" if e == 1 else es_words(e).replace("veintiuno", "veintiún") + " euros") if e else "cero euros"
    s = s.replace("uno euros", "un euros")
    if c:
        s += " con " + ("un céntimo" if c == 1 else es_words(c) + " céntimos")
    return s


@style("02", "es_ast_xixon_factura_sidra_iva_21_10_descuentu")
def s02(rng, i):
    vname, vaddr, color = AS_V[i]
    bname, baddr = AS_B[i]
    d = rand_date(rng)
    items = lines(rng, AS_ROWS, rng.randint(3, 6), D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
    pct = D(rng.choice([3, 5, 8, 10]))
    summary = []
    for r in sorted({x["rate"] for x in items}, reverse=True):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        b = g - q2(g * pct / 100)
        summary.append((r, b, q2(b * r / 100)))
    gross = sum(x["amount"] for x in items)
    net = sum(b for _r, b, _v in summary)
    disc = gross - net
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vcif = "B" + valid_id(rng, 8, lambda s: cif.is_valid("B" + s), first_nonzero=False)
    bcif = "B" + valid_id(rng, 8, lambda s: cif.is_valid("B" + s), first_nonzero=False)
    no = [f"A-{d.year}/{rng.randint(100, 999):04d}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"FV{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1, 9)}/{rng.randint(100, 999)}/{d.year}"][i]
    fd = [ast_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), ast_date][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (1, 2) else None
    term = ["Forma de pagu: al contao / Forma de pago: al contado", None, None, "Forma de pagu: recibu domiciliáu a 30 díes / recibo domiciliado a 30 días"][i]
    po = f"P-{rng.randint(1000, 9999)}" if i in (2, 3) else None
    alb = [f"AL-{rng.randint(1000, 9999)}" for _ in range(2)]
    head = [("Data / Fecha", fd(d)), ("Data d’entrega / Fecha de entrega", fd(d - dt.timedelta(days=rng.randint(1, 6))))]
    if po:
        head.append(("Pedíu / Pedido", po))
    if due:
        head.append(("Vencimientu / Vencimiento", fd(due)))
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, cif=vcif, ria=f"33.{rng.randint(10000, 99999)}/O", tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", no=no,
        custl=f"códigu / código {rng.randint(1000, 9999)}", bname=bname, baddr=baddr, bcif=bcif, head=head,
        items=[{"alb": alb[k % 2], "d": x["desc"], "q": qstr(x["qty"]) + " " + x["unit"], "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for k, x in enumerate(items)],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], gross=m(gross), pct=str(pct), disc=m(disc), net=m(net), tax=m(tax), total=m(total), words=es_euros(total),
        pay=(f"Pagu por tresferencia enantes del {fd(due)}. / Pago por transferencia antes del {fd(due)}." if due else term),
        bank=f"Caja Rural de Asturias · IBAN ES{rng.randint(10, 99)} 3059 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", tomo=rng.randint(2000, 4999), folio=rng.randint(1, 220),
    )
    notes = (
        "Asturian (Spain) cider maker's (llagar) FACTURA in Asturian with Spanish beside the labels, in euros ('1.234,50 €'), to a cider bar, with IVA 21 % on cider, brandy and barrel hire and 10 % on cider vinegar and apple compote, a commercial discount (" + str(pct) + " %) on the rows' sum, a breakdown per rate and the total in Spanish WORDS: vendor = the name at the top; vendor_tax_id = 'CIF' (B + 8 digits; the buyer's NIF and the agri-food register number are decoys). "
        "invoice_number = 'Factura / Factura n.º' at the top right; invoice_date = 'Data / Fecha' (" + ["Asturian words ('12 de marzu de 2026')", "dd/mm/yyyy", "dd-mm-yyyy", "Asturian words"][i] + "); the delivery date, the delivery notes (albarán) and the customer code are decoys. "
        + due_note(due, term, "Vencimientu / Vencimiento") + po_note(po, "Pedíu / Pedido")
        + "subtotal = 'Base imponible total' (after the discount); tax = 'Total IVA'; total = 'TOTAL FACTURA'. Currency EUR. Line items: every row before the discount ('Suma / Suma' is their sum; checks/ carries the discount as a line adjustment)."
    )
    t = truth(vname, vcif, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vcif, "TOTAL FACTURA", fd(due) if due else None, alb[0], es_euros(total)], "line_adjustment": str(-disc)}
    return t, chk, (AS_HTML.replace("@@BASE@@", css(margin="13mm 15mm", fs="8.8pt")), ctx)


# =========================================================================== 03 Nova Scotia marine supplier (HST 15 % / 14 % from 1 April 2025, CAD), account summary at the top
NS_V = [
    ("Eastern Passage Marine Supply Ltd.", "1420 Shore Road, Eastern Passage, NS B3G 1M5", "#0f3b5f"),
    ("Lunenburg Rigging & Chandlery Inc.", "88 Montague Street, Lunenburg, NS B0J 2C0", "#7c2d12"),
    ("Sambro Head Fishermen's Supply Ltd.", "2 Government Wharf Road, Sambro, NS B3V 1L2", "#14532d"),
    ("Dartmouth Harbour Hydraulics Ltd.", "55 Windmill Road, Dartmouth, NS B3A 1B9", "#3b0764"),
]
NS_B = [
    ("Ketch Harbour Fisheries Ltd.", "Ketch Harbour, NS B3V 1K5", "F/V Lady Margaret"),
    ("Blue Rocks Lobster Co-op", "Blue Rocks Road, Lunenburg, NS B0J 2C0", "F/V Sea Harvester II"),
    ("Ocean Tracker Research Society", "1355 Oxford Street, Halifax, NS B3H 4R2", "R/V Plankton"),
    ("Cape Sable Seafoods Inc.", "Clark's Harbour, NS B0W 1P0", "F/V Nicole & Ryan"),
]
NS_ROWS = [
    ("Lobster trap wire, 14 ga, roll", "roll", 1, 10, 85, 140),
    ("Poly rope 5/8 in x 600 ft", "coil", 1, 8, 95, 180),
    ("Hydraulic hauler service, labour", "hr", 2, 12, 95, 125),
    ("Hauler seal kit", "kit", 1, 2, 120, 260),
    ("Bait bags, pkg of 100", "pkg", 1, 6, 28, 45),
    ("Marine grease cartridge", "ea", 2, 24, 9, 16),
    ("Buoy, hard foam 6 x 14 in", "ea", 5, 60, 12, 22),
    ("Mobile service call, truck", "ea", 1, 2, 75, 150),
]
NS_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};text-align:left;padding:3px 5px;font-size:7.8pt} table.it th.r{text-align:right} table.it td{padding:3px 5px;border-bottom:1px solid #e5e5e5}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="small">902-{{ tel }} · HST Reg. No. {{ bn }}</div></td>
<td style="text-align:right"><div style="font-size:18pt;font-weight:bold">INVOICE</div><table style="margin-left:auto">{% for k, v in head %}<tr><td class="small" style="padding:1px 8px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:48%;vertical-align:top"><div class="small">BILL TO</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Account {{ acct }} · Vessel {{ vessel }}</span></td>
<td style="vertical-align:top"><div style="border:1.5px solid {{ color }};padding:6px 8px"><div class="small" style="font-weight:bold">ACCOUNT SUMMARY</div><table style="width:100%">
<tr><td>Previous balance</td><td class="r">{{ prev }}</td></tr><tr><td>Payments received – thank you</td><td class="r">-{{ paid }}</td></tr><tr><td>This invoice</td><td class="r">{{ total }}</td></tr>
<tr style="font-weight:bold"><td style="border-top:1px solid #333">AMOUNT DUE ON ACCOUNT</td><td class="r" style="border-top:1px solid #333">${{ acc_due }}</td></tr></table></div></td></tr></table>
<table class="it"><tr><th>Item</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Price</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td class="small">{{ it.code }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td class="small" style="vertical-align:top">{{ pay }}<br>Interest of 2 % per month on accounts over 30 days.</td>
<td style="width:70mm"><table style="width:100%"><tr><td>Subtotal</td><td class="r">{{ net }}</td></tr><tr><td>HST {{ rate }}%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="border-top:2px solid #333">Invoice total</td><td class="r" style="border-top:2px solid #333">${{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:26px;border-top:1px dashed #777;padding-top:6px"><div class="small">✂ REMITTANCE — please return this part with your payment</div>
<table style="width:100%;margin-top:4px"><tr><td>{{ vname }}<br>Account {{ acct }} · Invoice {{ no }}</td><td class="r">Amount due on account: ${{ acc_due }}<br>Amount enclosed: ______________</td></tr></table></div>
</body></html>"""


@style("03", "ca_ns_halifax_invoice_hst_15_14_statement")
def s03(rng, i):
    vname, vaddr, color = NS_V[i]
    bname, baddr, vessel = NS_B[i]
    d = rand_date(rng)
    rate = D(15) if d < dt.date(2025, 4, 1) else D(14)
    items = lines(rng, NS_ROWS, rng.randint(3, 6), D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    prev = q2(D(rng.randint(30000, 400000)) / 100)
    paid = prev if i in (0, 2) else q2(prev * D(rng.choice([40, 50, 75])) / 100)
    acc_due = prev - paid + total
    vbn = valid_id(rng, 9, bn.is_valid) + " RT0001"
    no = [f"{rng.randint(200000, 299999)}", f"INV-{rng.randint(10000, 99999)}", f"{d.strftime('%y%m')}-{rng.randint(100, 999)}", f"D{rng.randint(30000, 39999)}"][i]
    fd = [us_date, lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%b %d, %Y")][i]
    due = d + dt.timedelta(days=30) if i in (0, 1, 3) else None
    term = [None, None, "Terms: Net 30 days", None][i]
    po = f"{rng.randint(1000, 9999)}" if i in (1, 3) else None
    head = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Ship Date", fd(d - dt.timedelta(days=rng.randint(0, 3)))), ("Packing Slip", f"PS-{rng.randint(10000, 99999)}")]
    if po:
        head.append(("Customer PO", po))
    if due:
        head.append(("Due Date", fd(due)))
    m = en
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(400, 499)}-{digits(rng, 4)}", bn=vbn, head=head, bname=bname, baddr=baddr, acct=f"{rng.randint(1000, 9999)}", vessel=vessel,
        prev=m(prev), paid=m(paid), total=m(total), acc_due=m(acc_due), no=no,
        items=[{"code": f"{rng.choice(['RP', 'HY', 'TR', 'LB', 'GN'])}-{rng.randint(100, 999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), rate=str(rate), tax=m(tax), pay=(f"Payment due {fd(due)}. E-transfer to ar@{vname.split()[0].lower()}.ca or cheque." if due else term + ". E-transfer or cheque."),
    )
    notes = (
        "Nova Scotia (Canada) marine supplier's INVOICE in English, in Canadian dollars ('1,234.50'), with HST " + str(rate) + " % on every row (15 % before 1 April 2025, 14 % from then), an ACCOUNT SUMMARY box at the top (previous balance, payments, this invoice, amount due on account) above the rows and a REMITTANCE stub: vendor = the name at the top; vendor_tax_id = 'HST Reg. No.' (business number + RT0001). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["'March 12, 2026'", "yyyy-mm-dd", "mm/dd/yyyy", "'Mar 12, 2026'"][i] + "); the ship date, packing slip, account number and vessel are decoys. "
        + due_note(due, term, "Due Date") + po_note(po, "Customer PO")
        + "subtotal = 'Subtotal'; tax = 'HST n%'; total = 'Invoice total' (= 'This invoice'); the previous balance, payments and 'AMOUNT DUE ON ACCOUNT' belong to the account, not to this invoice (decoys). Currency CAD. Line items: every row."
    )
    t = truth(vname, vbn, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vbn, "Invoice total", fd(due) if due else None, m(acc_due), m(prev)]}
    return t, chk, (NS_HTML.replace("@@BASE@@", css(size="Letter", margin="0.55in 0.6in", fs="8.8pt")), ctx)
