"""Chromium (HTML) styles for set 25, first part (01 Bizkaia architect's factura / faktura in Spanish with Basque labels,
IVA 21 %, the IRPF retention of 15 % and a TicketBAI identifier, 02 Falkland Islands shearing contractor's invoice in
English with a shed tally on page 2 and no tax, 03 Hebron stone and marble works' tax invoice in Arabic with a
discount, VAT 16 % in shekels and post-dated cheques)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, eu_date, tbai_id
from kit_common import due_note, po_note, truth
from invoice_kit import de, digits, en, exact_price, iban, iban_fmt, q2, qstr, rand_date, style_registry, valid
from kit_common import en_date, html_head, qr_svg
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import nif as _nif

STYLES, style = style_registry("chromium")

NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    """A Spanish DNI (8 digits and its letter), valid under python-stdnum es.nif."""
    n = digits(rng, 8, True)
    return n + NIF_LETTERS[int(n) % 23]


def es_iban(rng):
    """A Spanish IBAN whose CCC control digits (python-stdnum es.ccc) and ISO check digits are both valid."""
    ccc = rng.choice(["2095", "3035", "0182"]) + digits(rng, 4) + "00" + digits(rng, 10)
    return iban("ES", ccc[:8] + _ccc.calc_check_digits(ccc) + ccc[10:])


# =========================================================================== 01 Bizkaia architect (IVA 21 %, IRPF 15 %, TicketBAI, EUR)
EU_V = [("Ane Etxeberria Goikoetxea", "Arquitecta · Arkitektoa", "Gran Vía de Don Diego López de Haro 41, 3.º", "48011 Bilbao (Bizkaia)", "#7a1f2b"),
        ("Jon Mendizabal Urrutia", "Arquitecto · Arkitektoa", "Areeta etorbidea 12, 1.º ezk.", "48991 Getxo (Bizkaia)", "#1f4e79"),
        ("Miren Arrieta Zubizarreta", "Arquitecta técnica · Arkitekto teknikoa", "Kale Nagusia 7, 2.º", "48200 Durango (Bizkaia)", "#2e6b30"),
        ("Iñaki Larrañaga Bilbao", "Arquitecto · Arkitektoa", "Juan de Garay 18, behea", "48300 Gernika-Lumo (Bizkaia)", "#5b3a8c")]
EU_B = [("Comunidad de Propietarios Zabalburu 4", "Zabalburu plaza 4, 48003 Bilbao"), ("Bodegas Txakoli Gorrondona, S.L.", "Gorrondona auzoa 2, 48160 Bakio"),
        ("Hotel Arrasate Etxea, S.A.", "Arrasate kalea 9, 48200 Durango"), ("Cooperativa de Viviendas Lamiako, S. Coop.", "Lamiako kalea 22, 48940 Leioa")]
EU_ROWS = [("Redacción de proyecto básico", 1, "2400", "6800"), ("Redacción de proyecto de ejecución", 1, "3600", "9800"), ("Estudio básico de seguridad y salud", 1, "450", "900"),
           ("Certificado de eficiencia energética", 1, "180", "420"), ("Levantamiento de planos del estado actual", 1, "600", "1500"), ("Inspección técnica de edificio (ITE) e informe", 1, "700", "1600")]


@style("01", "es_bizkaia_arquitecto_ticketbai_irpf")
def s01(rng, i):
    vname, vtitle, vstreet, vcity, color = EU_V[i]
    bname, baddr = EU_B[i]
    d = rand_date(rng)
    items = []
    for desc, q, lo, hi in rng.sample(EU_ROWS, rng.randint(2, 3)):
        items.append({"desc": desc, "unit": "ud", "qty": D(q), "price": D(rng.randint(int(lo) // 10, int(hi) // 10)) * 10})
    visits = D(rng.randint(3, 14))
    items.append({"desc": "Dirección de obra: visitas de obra / obra-bisitak", "unit": "visita", "qty": visits, "price": D(rng.choice([95, 110, 120, 135, 150]))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.21"))
    total = net + tax
    ret = q2(net * D("0.15"))
    nif = dni(rng)
    assert _nif.is_valid(nif)
    no = [f"A-{d.year}-{rng.randint(10, 199):04d}", f"{d.year}/{rng.randint(10, 250):03d}", f"F{d.strftime('%y')}-{rng.randint(100, 999)}", f"{rng.randint(1, 90)}/{d.year}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y"), eu_date][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), d + dt.timedelta(days=30)][i]
    term = ["", "Pago a la recepción de la factura / Faktura jasotzean ordaintzekoa", "", ""][i]
    po = [None, f"EXP-{d.year}-{rng.randint(10, 99)}", None, f"OC {rng.randint(4500, 4599)}{digits(rng, 4)}"][i]
    po_label = ["", "Su referencia / Zuen erreferentzia", "", "Pedido / Eskaera"][i]
    b_cif = valid(rng, lambda: rng.choice("BHFA") + "48" + digits(rng, 5) + str(rng.randint(0, 9)), _cif.is_valid) if i != 0 else valid(rng, lambda: "H48" + digits(rng, 5) + str(rng.randint(0, 9)), _cif.is_valid)
    tbai = tbai_id(rng, nif, d)
    html = html_head(margin="14mm 15mm", fs="8.8pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;color:{{ color }}" class="b">{{ v_name }}</div><div style="letter-spacing:1px;color:#555">{{ v_title }}</div>
<div style="margin-top:4px">{{ v_street }}<br>{{ v_city }}<br>NIF / IFZ {{ nif }} · Colegiada/o COAVN n.º {{ coavn }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;color:{{ color }};letter-spacing:2px" class="b">FAKTURA</div><div style="font-size:12pt;color:#888">FACTURA</div></td></tr></table>
<table style="width:100%;margin-top:14px;border-top:2px solid {{ color }}"><tr><td style="width:52%;vertical-align:top;padding-top:6px">
<table>{% for k, v in meta %}<tr><td style="color:#666;padding:2px 12px 2px 0;white-space:nowrap">{{ k }}</td><td class="b" style="white-space:nowrap">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;padding-top:6px"><div class="small">Bezeroa / Cliente</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>CIF / IFZ {{ b_cif }}</td></tr></table>
<div style="margin-top:10px">Obra / Obra: <i>{{ work }}</i></div>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Kontzeptua / Concepto</th><th class="r">Kopurua / Cantidad</th><th class="r">Prezioa / Precio</th><th class="r">Zenbatekoa / Importe</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:330px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="border-top:1.5px solid #222;border-bottom:1.5px solid #222"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}" style="padding:3px 10px">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:14px" class="small">{{ term }}Ordainketa transferentzia bidez / Pago por transferencia: {{ bank }} · IBAN {{ iban }}. Operación sujeta a retención del IRPF (Norma Foral 13/2013 de Bizkaia). Fitxategia Bizkaiko Foru Ogasunari bidalia (Batuz).</div>
<table style="margin-top:14px;page-break-inside:avoid"><tr><td>{{ qr|safe }}</td><td style="vertical-align:middle;padding-left:10px;font-family:'DejaVu Sans Mono',monospace;font-size:8pt">{{ tbai }}</td></tr></table>
</body></html>"""
    meta = [("Faktura zk. / Factura n.º", no), ("Data / Fecha", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Epemuga / Vencimiento", fd(due)))
    eur = lambda x: de(x) + " €"  # noqa: E731
    tot = [("Zerga-oinarria / Base imponible", eur(net), False), ("BEZ / IVA 21 %", eur(tax), False), ("Faktura guztira / Total factura", eur(total), True),
           ("PFEZ atxikipena / Retención IRPF 15 %", "-" + eur(ret), False), ("Jasotzeko likidoa / Líquido a percibir", eur(total - ret), False)]
    ctx = dict(color=color, v_name=vname, v_title=vtitle, v_street=vstreet, v_city=vcity, nif=nif, coavn=rng.randint(1000, 5999), meta=meta, b_name=bname, b_addr=baddr, b_cif=b_cif,
               work=rng.choice(["Rehabilitación de fachada y cubierta", "Reforma de local para bodega y sala de catas", "Ampliación de hotel, planta bajo cubierta", "Edificio de 24 viviendas, fase 2"]),
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": eur(x["price"]), "a": eur(x["amount"])} for x in items], tot=tot, term=(term + ". ") if term else "",
               bank=rng.choice(["Kutxabank", "Laboral Kutxa", "BBVA"]), iban=iban_fmt(es_iban(rng)), qr=qr_svg(rng, 24), tbai=tbai)
    notes = (
        "Bizkaia architect's invoice headed FAKTURA / FACTURA with Basque and Spanish labels side by side, IVA 21 %, the IRPF retention of 15 % (Bizkaia's foral rule for professional activities) and a TicketBAI QR code with its identifier: vendor = the architect's own name at the top (a person; the profession below is not part of the name); vendor tax id = 'NIF / IFZ' (a DNI with its letter, valid under python-stdnum es.nif); the buyer's CIF, the COAVN membership number and the TicketBAI identifier (which embeds the NIF) are decoys. "
        "invoice_number = 'Faktura zk. / Factura n.º'; invoice_date = 'Data / Fecha' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd-mm-yyyy", "Basque long date '2026ko martxoaren 12a'"][i] + "). "
        + due_note(due, term, "Epemuga / Vencimiento")
        + po_note(po, po_label)
        + "subtotal = 'Base imponible'; tax = 'IVA 21 %'; total = 'Total factura' (base + IVA). The IRPF retention and 'Líquido a percibir' (total - retention, the amount paid) are decoys. Currency EUR. Amounts '1.234,56 €'. Line items: every row (quantity 1 or visits)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, nif, no, po, vname, "Total factura"], (html, ctx)


# =========================================================================== 02 Falkland Islands shearing contractor (no tax, FKP), shed tally on page 2
FK_V = [("Camp Shearing Contractors Ltd", "Ross Road West, Stanley", "#3b5b2a"), ("West Falkland Shearing Co.", "Fox Bay Settlement, West Falkland", "#7a4a12"),
        ("Goose Green Shearing Services", "Goose Green, East Falkland", "#224f7a"), ("Lafonia Wool & Shearing Ltd", "Philomel Street, Stanley", "#6b2147")]
FK_B = [("Port Howard Farm Ltd", "Port Howard, West Falkland"), ("Hill Cove Farm", "Hill Cove, West Falkland"), ("Saladero Farm", "Saladero, East Falkland"), ("Port Stephens Farm Ltd", "Port Stephens, West Falkland")]
FK_OTHER = [("Crutching (per head)", "head", 300, 1400, "0.45", "0.85"), ("Wool pressing (per bale)", "bale", 20, 90, "6.50", "11.00"), ("Shed hand and wool handling (days)", "day", 3, 12, "95.00", "140.00"),
            ("Cook's board for the gang (days)", "day", 3, 12, "60.00", "90.00")]


@style("02", "fk_shearing_contractor_shed_tally_no_tax")
def s02(rng, i):
    vname, vaddr, color = FK_V[i]
    bname, baddr = FK_B[i]
    d = rand_date(rng)
    if d.month in (5, 6, 7, 8, 9):
        d = d.replace(month=rng.choice([11, 12, 1, 2]))
    days = rng.randint(3, 7)
    start = d - dt.timedelta(days=days + rng.randint(2, 10))
    shearers = rng.sample(["D. Short", "K. McKay", "L. Betts", "R. Hirtle", "T. Morrison", "S. Clifton", "A. Berntsen"], rng.randint(3, 5))
    tally = [[rng.randint(110, 210) for _ in shearers] for _ in range(days)]
    rams = rng.randint(0, 40) if i % 2 == 0 else 0
    ewes = sum(map(sum, tally)) - rams
    items = [{"desc": "Shearing ewes, wethers and hoggets (per head)", "unit": "head", "qty": D(ewes), "price": D(rng.choice(["2.10", "2.25", "2.40", "2.55"]))}]
    if rams:
        items.append({"desc": "Shearing rams (per head)", "unit": "head", "qty": D(rams), "price": D(rng.choice(["4.50", "5.00", "5.50"]))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(FK_OTHER, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi)) if unit != "day" else D(days)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    items.append({"desc": "Gang travel: FIGAS flights and ferry, as invoiced", "unit": "", "qty": D(1), "price": D(rng.randint(18000, 62000)) / 100})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    no = [f"{rng.randint(1000, 1999)}", f"WFS-{d.year}-{rng.randint(10, 99)}", f"GG/{rng.randint(100, 499)}", f"INV{rng.randint(20000, 29999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = [None, d + dt.timedelta(days=30), None, d + dt.timedelta(days=14)][i]
    term = ["Payment within 30 days of the end of the shed, please", "", "Payable on receipt of the wool cheque", ""][i]
    po = [None, None, f"SF-{rng.randint(100, 999)}", None][i]
    cur = ["£", "£", "FK£", "FK£"][i]
    m = lambda x: cur + en(x)  # noqa: E731
    html = html_head(margin="14mm 15mm", fs="9pt") + """
<div style="border-bottom:4px solid {{ color }};padding-bottom:6px"><span style="font-size:17pt;color:{{ color }};font-family:'DejaVu Serif',serif" class="b">{{ v_name }}</span>
<div>{{ v_addr }}, Falkland Islands FIQQ 1ZZ · Tel +500 {{ tel }} · Company reg. no. {{ reg }}</div></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top"><div style="font-size:15pt" class="b">INVOICE</div><table style="margin-top:4px">{% for k, v in meta %}<tr><td style="color:#555;padding:1px 12px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;border:1px solid #bbb;padding:6px 10px"><div class="small">To</div><b>{{ b_name }}</b><br>{{ b_addr }}<div class="small" style="margin-top:4px">Shed: {{ shed }} · shearing {{ s_from }} to {{ s_to }}</div></td></tr></table>
<table class="it"><tr style="border-top:2px solid {{ color }};border-bottom:1px solid {{ color }}"><th style="text-align:left">Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:260px;border-top:2px solid #222"><tr><td style="padding:4px 10px;font-size:11pt" class="b">{{ total_label }}</td><td class="r b" style="padding:4px 10px;font-size:11pt">{{ total }}</td></tr></table>
<div style="margin-top:12px">{{ term }}All amounts in Falkland Islands pounds. No VAT or sales tax is charged in the Falkland Islands. Tally sheet overleaf: {{ heads }} head shorn over {{ ndays }} days.</div>
<div style="margin-top:8px" class="small">Please pay by transfer to Standard Chartered Bank, Stanley, account {{ acct }}, quoting the invoice number.</div>
<div style="page-break-before:always"></div>
<div style="font-size:12pt" class="b">Shed tally sheet, {{ shed }}</div><div class="small">Attached to invoice {{ no }} · {{ b_name }}</div>
<table class="it"><tr style="border-bottom:1.5px solid #222"><th style="text-align:left">Day</th>{% for s in shearers %}<th class="r">{{ s }}</th>{% endfor %}<th class="r">Day total</th></tr>
{% for row in tally %}<tr style="border-bottom:1px solid #ddd"><td>{{ row.day }}</td>{% for n in row.n %}<td class="r">{{ n }}</td>{% endfor %}<td class="r">{{ row.t }}</td></tr>{% endfor %}
<tr style="border-top:1.5px solid #222"><td class="b">Total head</td>{% for n in col %}<td class="r b">{{ n }}</td>{% endfor %}<td class="r b">{{ heads }}</td></tr></table>
<div style="margin-top:8px" class="small">Of which rams: {{ rams }}. Counts by the farm's shed book, signed by the manager and the gang captain.</div>
</body></html>"""
    meta = [("Invoice no.", no), ("Date", fd(d))]
    if po:
        meta.append(("Farm order", po))
    if due:
        meta.append(("Due date", fd(due)))
    total_label = "TOTAL DUE FK£" if cur == "FK£" else "Total due"
    ctx = dict(color=color, v_name=vname, v_addr=vaddr, tel=digits(rng, 5), reg=rng.randint(1000, 9999), meta=meta, b_name=bname, b_addr=baddr, shed=rng.choice(["Main shed", "North Arm shed", "Top shed", "Home shed"]),
               s_from=start.strftime("%d/%m"), s_to=(start + dt.timedelta(days=days - 1)).strftime("%d/%m/%Y"), items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
               total_label=total_label, total=(en(total) if cur == "FK£" else m(total)), term=(term + ". ") if term else "", heads=ewes + rams, ndays=days, acct=f"01-{digits(rng, 7)}-{digits(rng, 2)}", no=no, shearers=shearers,
               tally=[{"day": (start + dt.timedelta(days=k)).strftime("%a %d/%m"), "n": row, "t": sum(row)} for k, row in enumerate(tally)], col=[sum(r[j] for r in tally) for j in range(len(shearers))], rams=rams)
    notes = (
        "Falkland Islands shearing contractor's INVOICE in English with a shed tally on page 2 (head shorn per shearer per day) and no tax (the Falklands levy no VAT or sales tax): vendor = the company name at the top; no vendor tax id (null; the company registration number is a decoy). "
        "invoice_number = 'Invoice no.'; invoice_date = 'Date' (" + ["'12 March 2026'", "dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yy"][i] + "); the shearing dates and the tally days are decoys. "
        + due_note(due, term, "Due date")
        + po_note(po, "Farm order")
        + "subtotal and tax = null (only a total is printed); total = '" + total_label + "'. The tally counts are decoys. Currency FKP (printed '" + cur + "' and 'Falkland Islands pounds'). Amounts '1,234.50'. Line items: every row of page 1 (quantity = head, bales, days, 1 for travel)."
    )
    t = truth(vname, None, no, po, d, due, "FKP", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, total_label], (html, ctx)


# =========================================================================== 03 Hebron stone and marble works (VAT 16 %, ILS), discount and post-dated cheques, Arabic RTL
PS_V = [("شركة الخليل للحجر والرخام", "الخليل - المنطقة الصناعية، شارع عين سارة", "#5d4037"), ("مصانع بيت فجار الحديثة للحجر", "بيت فجار - بيت لحم، الشارع الرئيسي", "#1b5e20"),
        ("شركة النجمة للرخام والجرانيت", "نابلس - شارع فيصل، المنطقة الصناعية", "#0d47a1"), ("مؤسسة جبل الخليل لقص الحجر", "بني نعيم - الخليل", "#6a1b9a")]
PS_B = [("شركة القدس للمقاولات العامة", "رام الله - البيرة"), ("مؤسسة الأمل للإنشاءات", "بيت لحم - شارع المهد"), ("شركة الريان للتطوير العقاري", "نابلس - رفيديا"), ("بلدية دورا", "دورا - الخليل")]
PS_ROWS = [("بلاط رخام كرارة 60×60 سم", "م²", 20, 180, "95", "160", True), ("حجر بناء مسمسم سماكة 5 سم", "م²", 40, 320, "70", "115", True), ("درج حجر قطعة واحدة", "م.ط", 10, 60, "120", "210", False),
           ("عتبات شبابيك", "م.ط", 10, 50, "55", "90", False), ("جرانيت أسود للمطابخ", "م²", 4, 30, "280", "420", True), ("تركيب بلاط", "م²", 20, 180, "25", "40", True)]


@style("03", "ps_hebron_stone_marble_tax_invoice_discount")
def s03(rng, i):
    vname, vaddr, color = PS_V[i]
    bname, baddr = PS_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi, frac in rng.sample(PS_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if frac else D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    items.append({"desc": "نقل وتحميل إلى الموقع", "unit": "نقلة", "qty": D(rng.randint(1, 3)), "price": D(rng.choice([350, 400, 450, 600]))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    gross = sum(x["amount"] for x in items)
    rate = D(rng.choice([3, 5, 5, 7]))
    disc = q2(gross * rate / 100)
    net = gross - disc
    tax = q2(net * D("0.16"))
    total = net + tax
    dealer = f"56{digits(rng, 7)}"
    no = [f"{rng.randint(1000, 9999)}", f"2-{rng.randint(10000, 39999)}", f"{d.year}/{rng.randint(100, 999)}", f"{rng.randint(100000, 199999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y/%m/%d"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = [None, d + dt.timedelta(days=60), None, d + dt.timedelta(days=30)][i]
    po = [None, None, f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.year}"][i]
    po_label = ["", "", "رقم أمر الشراء", "رقم أمر الشراء"][i]
    ncheq = rng.randint(2, 4)
    part = q2(total / ncheq)
    cheques = [(d + dt.timedelta(days=30 * (k + 1)), part if k < ncheq - 1 else total - part * (ncheq - 1)) for k in range(ncheq)]
    html = html_head(margin="13mm 14mm", fs="9.2pt").replace("<html>", '<html dir="rtl" lang="ar">') + """
<table style="width:100%;border-bottom:3px solid {{ color }}"><tr><td style="vertical-align:top"><div style="font-size:17pt;color:{{ color }}" class="b">{{ v_name }}</div><div>{{ v_addr }} · هاتف 02-{{ tel }}</div>
<div>رقم المشتغل المرخص: <b>{{ dealer }}</b> · رقم تسجيل الشركة: {{ reg }}</div></td><td style="text-align:left;vertical-align:top"><div style="font-size:16pt;border:2px solid {{ color }};padding:4px 14px;display:inline-block" class="b">فاتورة ضريبية</div><div class="small" style="margin-top:3px">أصل</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><div class="small">السادة</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>رقم المشتغل المرخص للزبون: {{ b_dealer }}</td>
<td style="vertical-align:top"><table>{% for k, v in meta %}<tr><td style="color:#555;padding:1px 0 1px 12px">{{ k }}</td><td class="b" dir="ltr" style="text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:#eee;border-top:1.5px solid #333;border-bottom:1.5px solid #333"><th>الرقم</th><th style="text-align:right">البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>المبلغ</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="c">{{ it.q }}</td><td class="c">{{ it.p }}</td><td class="c">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px auto 0 0;min-width:300px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="border-top:2px solid #222;background:#f4f4f4"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="{% if b %}b{% endif %}" style="padding:3px 10px;text-align:left">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px;page-break-inside:avoid"><b>طريقة الدفع:</b> شيكات مؤجلة
<table style="margin-top:4px;border:1px solid #999">{% for c in cheques %}<tr><td style="padding:2px 10px">شيك رقم {{ c.n }}</td><td style="padding:2px 10px">بتاريخ {{ c.d }}</td><td style="padding:2px 10px">{{ c.a }} ₪</td></tr>{% endfor %}</table></div>
<div style="margin-top:12px" class="small">جميع المبالغ بالشيكل الجديد. ضريبة القيمة المضافة 16% حسب القانون. البضاعة المباعة لا ترد ولا تستبدل بعد القص. {{ bank }}</div>
<table style="width:100%;margin-top:26px" class="small"><tr><td>توقيع المستلم: ____________</td><td style="text-align:left">الختم والتوقيع: ____________</td></tr></table>
</body></html>"""
    meta = [("رقم الفاتورة", no), ("التاريخ", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("تاريخ الاستحقاق", fd(due)))
    tot = [("المجموع", en(gross), False), (f"خصم {qstr(rate)}%", "-" + en(disc), False), ("المجموع بعد الخصم", en(net), False), ("ضريبة القيمة المضافة 16%", en(tax), False), ("المجموع الكلي (شيكل)", en(total), True)]
    ctx = dict(color=color, v_name=vname, v_addr=vaddr, tel=digits(rng, 7), dealer=dealer, reg=f"56{digits(rng, 7)}", b_name=bname, b_addr=baddr, b_dealer=f"5{digits(rng, 8)}", meta=meta,
               items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items], tot=tot,
               cheques=[{"n": digits(rng, 6, True), "d": c[0].strftime("%d/%m/%Y"), "a": en(c[1])} for c in cheques], bank=rng.choice(["بنك فلسطين", "البنك الإسلامي الفلسطيني", "بنك القدس"]) + " - فرع " + rng.choice(["الخليل", "بيت لحم", "نابلس"]) + ".")
    notes = (
        "Palestinian (Hebron area) stone and marble works' فاتورة ضريبية (tax invoice) in Arabic, right to left, with a discount on the rows' sum, VAT 16 % (the Palestinian rate) in new shekels and a table of post-dated cheques: vendor = the company name at the top right; vendor tax id = 'رقم المشتغل المرخص' (licensed dealer number, 9 digits, shape unverified); the company registration number and the customer's dealer number are decoys. "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' (" + ["dd/mm/yyyy", "yyyy/mm/dd", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "). "
        + due_note(due, "", "تاريخ الاستحقاق")
        + po_note(po, po_label)
        + "subtotal = 'المجموع بعد الخصم' (the taxable net after the discount); tax = 'ضريبة القيمة المضافة 16%'; total = 'المجموع الكلي (شيكل)'. 'المجموع' (rows' sum before the discount), the discount and the cheques (dates and amounts) are decoys. Currency ILS. Amounts '1,234.50'. Line items: every row before the discount (quantity = m², running metres, loads; halves for m²)."
    )
    t = truth(vname, dealer, no, po, d, due, "ILS", net, tax, total, items, notes)
    return t, {"printed": [fd(d), fd(due) if due else None, dealer, no, po, vname, "المجموع الكلي"], "line_adjustment": str(-disc)}, (html, ctx)
