"""Chromium (HTML) styles for set 11, part A (01 Bosnian faktura-otpremnica with PDV 17 %, 02 Costa Rican factura
electrónica with its clave and consecutivo, 04 Fijian hosting company's customer-portal invoice printed from a browser)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    iban,
    li,
    mt,
    ordinal,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import items_from
from stdnum.cr import cpj as _cpj

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Bosnian faktura-otpremnica (ID broj / PDV broj, PDV 17 %, KM, valuta plaćanja)
BA_V = [
    ("DRVOPROMET d.o.o. Zenica", "Bulevar Kralja Tvrtka I 17", "72000 Zenica", "Općinski sud u Zenici", "#7a4b1c"),
    ("Hercegovina Vinarija d.o.o. Mostar", "Kralja Petra Krešimira IV bb", "88000 Mostar", "Općinski sud u Mostaru", "#6b1f3a"),
    ("Elektro-Tuzla d.o.o.", "Maršala Tita 34", "75000 Tuzla", "Općinski sud u Tuzli", "#1f4f7a"),
    ("Print Studio Sarajevo d.o.o.", "Zmaja od Bosne 7a", "71000 Sarajevo", "Općinski sud u Sarajevu", "#2f2f2f"),
]
BA_B = [("Bingo d.o.o. Tuzla", "Bosanska poljana bb, 75000 Tuzla"), ("Hotel Europe d.o.o.", "Vladislava Skarića 5, 71000 Sarajevo"),
        ("Konzum d.o.o. Sarajevo", "Ulica Vlakovo bb, 71000 Sarajevo"), ("Općina Centar Sarajevo", "Mis Irbina 1, 71000 Sarajevo")]
BA_L = [
    [("Daska bukva 50 mm, I klasa", "m3", 520, 760, 2, 18), ("Euro paleta 1200x800", "kom", 18, 29, 40, 400), ("Ogrjevno drvo bukva (cijepano)", "prm", 85, 120, 5, 60), ("Briketi drveni 15 kg", "vreća", 7, 12, 20, 300)],
    [("Žilavka, suho bijelo vino 0,75 l", "boca", 9, 16, 24, 360), ("Blatina, crveno vino 0,75 l", "boca", 10, 19, 24, 360), ("Rakija loza 0,7 l", "boca", 14, 25, 12, 120), ("Kartonska ambalaža 6/1", "kom", 1, 3, 10, 100)],
    [("Kabl PP-Y 3x2,5 mm²", "m", 1, 3, 100, 2000), ("Sklopka instalaciona 16 A", "kom", 4, 9, 10, 200), ("LED panel 60x60 40 W", "kom", 28, 55, 10, 120), ("Razvodni ormar 24 modula", "kom", 45, 90, 2, 20), ("Montaža i ispitivanje instalacije", "sat", 25, 40, 8, 80)],
    [("Brošura A4, 16 str., kunstdruk 135 g", "kom", 1, 4, 500, 5000), ("Plakat B1, 4/0", "kom", 3, 8, 50, 500), ("Roll-up banner 85x200 s torbom", "kom", 75, 140, 1, 10), ("Grafička priprema", "sat", 30, 55, 2, 20)],
]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'Liberation Sans',Arial,sans-serif", fs="8.6pt")
    + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:10px} table.it th,table.it td{border:1px solid #555;padding:3px 4px} table.it th{background:#e9e9e9;font-size:7.4pt}
table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 6px} table.kv td{padding:1.5px 8px 1.5px 0} .small{font-size:7.4pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}, {{ v2 }}<br>Tel/fax: {{ tel }} · {{ mail }}</td>
<td class="r small">{% for l in ids %}{{ l }}<br>{% endfor %}</td></tr></table>
<hr style="border:0;border-top:2px solid {{ color }};margin:6px 0 10px 0">
<table style="width:100%"><tr><td style="width:50%;border:1px solid #999;padding:6px 8px"><span class="small">Kupac:</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>ID broj: {{ b_jib }}{% if b_pdv %}<br>PDV broj: {{ b_pdv }}{% endif %}</td>
<td style="padding-left:16px"><table class="kv">{% for k, v in meta %}<tr><td>{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="text-align:center;font-size:14pt;font-weight:bold;margin-top:14px">{{ title }} br. {{ no }}</div>
<table class="it"><tr><th>R.br.</th><th>Šifra</th><th style="width:34%">Naziv robe / usluge</th><th>JM</th><th>Količina</th><th>Cijena bez PDV-a</th><th>Rabat %</th><th>Iznos bez PDV-a</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}.</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td{% if b %} style="border-top:1.5px solid #333"{% endif %}>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r"{% if b %} style="border-top:1.5px solid #333"{% endif %}>{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
{% if note %}<div style="margin-top:10px">{{ note }}</div>{% endif %}
<table style="width:100%;margin-top:36px"><tr>{% for s in signs %}<td class="c">{{ s }}<br><br>_________________</td>{% endfor %}</tr></table>
<div class="small" style="margin-top:26px;border-top:1px solid #aaa;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("01", "ba_faktura_otpremnica_pdv")
def s01(rng, i):
    vname, v1, v2, court, color = BA_V[i]
    bname, baddr = BA_B[i]
    d = rand_date(rng)
    items = items_from(rng, BA_L[i], rng.randint(2, 5), step=D("0.05") if i != 2 else D("0.01"))
    for it in items:
        it["disc"] = D(rng.choice([0, 0, 5, 10])) if i in (0, 2) else D(0)
        it["amount"] = q2(it["qty"] * it["price"] * (100 - it["disc"]) / 100)
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.17"))
    total = net + tax
    pdv = "2" + rng.choice(["00", "18", "27", "09"]) + digits(rng, 9)
    jib = "4" + pdv
    b_pdv = "2" + digits(rng, 11)
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    no = [f"{rng.randint(10, 999):04d}/{str(d.year)[2:]}", f"F-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(10, 400)}-{d.month:02d}/{str(d.year)[2:]}", f"{rng.randint(100, 2000)}"][i]
    due = d + dt.timedelta(days=[15, 30, 0, 45][i]) if i != 2 else None
    po = [f"NAR-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    deliv = d - dt.timedelta(days=rng.randint(0, 4))
    meta = [("Datum fakture:", f(d)), ("Datum isporuke:", f(deliv)), ("Mjesto izdavanja:", v2.split(" ", 1)[1])]
    meta.append(("Valuta plaćanja:", f(due)) if due else ("Rok plaćanja:", "30 dana od prijema fakture"))
    if po:
        meta.append(("Narudžbenica br.:", po))
    if i == 3:
        meta.append(("Ugovor br.:", f"{rng.randint(10, 99)}/{d.year}"))
    if i in (0, 1):
        meta.append(("Otpremljeno vozilom:", f"{rng.choice('AEJKMOT')}{rng.randint(10, 99)}-{rng.choice('AEJKMOT')}-{rng.randint(100, 999)}"))
    ids = [f"ID broj: {jib}", f"PDV broj: {pdv}"] if i != 3 else [f"ID/PDV broj: {jib}"]
    ids += [f"MBS: {rng.randint(43, 65)}-01-{rng.randint(1000, 9999)}-{rng.randint(10, 23)}", f"Reg. {court}"]
    tid = pdv if i != 3 else jib
    banks = [("Raiffeisen Bank d.d. BiH", "161"), ("UniCredit Bank d.d.", "338"), ("Sparkasse Bank d.d.", "199"), ("ProCredit Bank d.d.", "141")]
    acc = [f"{b[0]}: {b[1]}{digits(rng, 13)}" for b in rng.sample(banks, 2)]
    tots = [("Ukupno bez PDV-a:", de(net), False), ("Osnovica za PDV:", de(net), False), ("PDV 17%:", de(tax), False), ("UKUPNO ZA PLAĆANJE (KM):", de(total), True)]
    eur = q2(total / D("1.95583"))
    if i == 1:
        tots.append(("Protuvrijednost u EUR (1 EUR = 1,95583 KM):", de(eur), False))
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"+387 {rng.choice(['32', '36', '35', '33'])} {digits(rng, 3, True)}-{digits(rng, 3)}", mail=f"info@{vname.split()[0].lower().replace('-', '')}.ba",
        ids=ids, b_name=bname, b_addr=baddr, b_jib="4" + b_pdv, b_pdv=b_pdv if i != 3 else None, meta=meta, title="FAKTURA – OTPREMNICA" if i in (0, 1) else "FAKTURA", no=no,
        items=[{"code": f"{rng.randint(1000, 99999)}", "desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": de(it["price"]), "disc": qstr(it["disc"]), "a": de(it["amount"])} for it in items],
        tots=tots, note=("Roba putuje na rizik kupca. Reklamacije na kvalitet primaju se u roku od 8 dana od prijema robe." if i in (0, 1) else "Molimo da prilikom plaćanja navedete broj fakture kao poziv na broj."),
        signs=["Robu izdao", "M.P.", "Robu primio"] if i in (0, 1) else ["Fakturisao", "M.P.", "Odgovorno lice"],
        foot="Transakcijski računi: " + " · ".join(acc) + ". Faktura je punovažna bez pečata i potpisa.",
    )
    notes = (
        "Bosnian (Latin) " + ("faktura-otpremnica (an invoice that is also the delivery note)" if i in (0, 1) else "faktura") + " with a fully ruled table: vendor = the letterhead (its d.o.o. and seat are part of the name); vendor tax id = "
        + ("'PDV broj' (12 digits; the 13-digit 'ID broj' beside it is the same number with a leading 4 and is a decoy, as are MBS, the buyer's ID/PDV numbers and the bank accounts)" if i != 3
           else "'ID/PDV broj' (the one 13-digit number printed; the MBS, the buyer's ID broj and the bank accounts are decoys)")
        + "; no checksum in python-stdnum: random digits. invoice_number = the number after the title 'br.'; invoice_date = 'Datum fakture' (dd.mm.yyyy. with a trailing dot); 'Datum isporuke' is a decoy. "
        + ("due = 'Valuta plaćanja' (in Bosnia 'valuta' is the payment date). " if due else "'Rok plaćanja: 30 dana' is a term: no due date (null). ")
        + (f"PO = 'Narudžbenica br.' {po}. " if po else "No PO" + ("; the 'Ugovor br.' (contract) is no PO. " if i == 3 else ". "))
        + "subtotal = 'Ukupno bez PDV-a' (= 'Osnovica za PDV'); tax = 'PDV 17%'; total = 'UKUPNO ZA PLAĆANJE (KM)'" + ("; the EUR counter-value under it is a decoy" if i == 1 else "")
        + ". Currency BAM ('KM', konvertibilna marka). Amounts '1.234,56'. Line items: every row (amount = 'Iznos bez PDV-a', after the line's rabat; quantity 'Količina')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tid, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BAM", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, tid, no, po, vname, "KM"], (S01_HTML, ctx)


# =========================================================================== 02 Costa Rican factura electrónica (cédula jurídica, clave 50 dígitos, consecutivo, IVA 13 % / 1 %)
CR_V = [
    ("DISTRIBUIDORA LA SABANA S.A.", "San José, Mata Redonda, 300 m oeste del Estadio Nacional", "101", "4630.1", "#1a4d8f"),
    ("SERVICIOS TECNOLÓGICOS PURA VIDA S.R.L.", "Heredia, San Pablo, Condominio Vistas del Valle, local 4", "102", "6201.0", "#0b7a5a"),
    ("FERRETERÍA EL GUANACASTE LIMITADA", "Liberia, Guanacaste, frente al parque Mario Cañas", "102", "4752.0", "#a03b12"),
    ("CAFÉ DE ALTURA TARRAZÚ S.A.", "San Marcos de Tarrazú, San José, 200 m sur de la iglesia", "101", "1079.1", "#5a3a1e"),
]
CR_B = [("AUTOMERCADO S.A.", "3-101-006463"), ("CORPORACIÓN HOTELERA DEL PACÍFICO S.A.", None), ("CONSTRUCTORA MONTEVERDE LIMITADA", None), ("COOPERATIVA DE CONSUMO DEL VALLE R.L.", None)]
CR_L = [
    [("Arroz blanco 99% grano entero 1,8 kg", "Unid", 1450, 2150, 24, 240, 1), ("Frijoles negros 900 g", "Unid", 980, 1450, 24, 240, 1), ("Aceite de soya 1 l", "Unid", 1650, 2400, 12, 144, 13), ("Detergente en polvo 1 kg", "Unid", 1890, 2650, 12, 120, 13)],
    [("Licencia anual de software de reservas", "Sp", 450, 1200, 1, 5, 13), ("Horas de soporte técnico", "h", 35, 60, 4, 40, 13), ("Implementación y capacitación", "Sp", 600, 2400, 1, 1, 13)],
    [("Cemento gris 50 kg", "Unid", 6200, 7900, 10, 200, 13), ("Varilla corrugada #3 x 6 m", "Unid", 2100, 2900, 20, 400, 13), ("Lámina de zinc 3,66 m cal. 28", "Unid", 9800, 13500, 10, 80, 13), ("Clavos 2½\" (kg)", "kg", 1450, 1990, 5, 50, 13)],
    [("Café tostado en grano 1 kg", "kg", 7800, 11500, 10, 120, 1), ("Café molido 500 g", "Unid", 3900, 5600, 24, 240, 1), ("Taza de cerámica con logo", "Unid", 3500, 5200, 6, 48, 13), ("Tour de finca y catación", "Sp", 18000, 25000, 2, 20, 13)],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'DejaVu Sans',sans-serif", fs="7.8pt")
    + """
.hd{color:{{ color }}} .box{border:1px solid #444;border-radius:4px;padding:5px 7px} .lab{font-size:6.4pt;color:#666;text-transform:uppercase}
table.it{width:100%;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:6.6pt;padding:3px} table.it td{padding:3px;border-bottom:1px solid #ccc}
table.res td{padding:2px 6px} .small{font-size:6.8pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div>
<div>Cédula Jurídica: {{ ced }}</div><div>{{ v_addr }}</div><div>Tel: {{ tel }} · Correo: {{ mail }}</div><div class="small">Actividad económica: {{ act }}</div></td>
<td class="box"><div style="font-size:11.5pt;font-weight:bold" class="hd">FACTURA ELECTRÓNICA</div><div class="lab" style="margin-top:4px">N° Consecutivo</div><div style="font-size:10pt;font-weight:bold">{{ no }}</div>
<div class="lab" style="margin-top:4px">Clave numérica</div><div style="font-size:6.6pt;word-break:break-all">{{ clave }}</div><div class="lab" style="margin-top:4px">Fecha de emisión</div><div>{{ d }}</div></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td class="box" style="width:55%"><div class="lab">Receptor</div><b>{{ b_name }}</b><br>Identificación: {{ b_ced }}<br>Correo: {{ b_mail }}</td><td style="width:2%"></td>
<td class="box"><table>{% for k, v in cond %}<tr><td class="lab" style="padding-right:6px">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Línea</th><th>Código CABYS</th><th>Cant.</th><th>Unidad</th><th style="width:30%">Descripción</th><th>Precio unit.</th><th>Descuento</th><th>Subtotal</th><th>Tarifa IVA</th><th>Impuesto</th><th>Total línea</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.cabys }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%;vertical-align:top">{% if other %}<div class="box"><div class="lab">Otros / Información adicional</div>{{ other }}</div>{% endif %}
<div class="small" style="margin-top:8px">{{ legal }}</div></td><td><table class="res" style="margin-left:auto">{% for k, v, b in res %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""
)


def cr_cedula(rng, kind):
    return valid(rng, lambda: f"3-{kind}-{digits(rng, 6, True)}", _cpj.is_valid)


@style("02", "cr_factura_electronica_clave")
def s02(rng, i):
    vname, vaddr, kind, act, color = CR_V[i]
    bname, b_ced = CR_B[i]
    d = rand_date(rng)
    usd = i == 1
    items = items_from(rng, CR_L[i], rng.randint(2, 4), step=D("0.01") if usd else D("5"))
    for it in items:
        it["disc"] = q2(it["amount"] * D(rng.choice([0, 0, 5, 10])) / 100) if i in (0, 2) else D(0)
        it["net"] = it["amount"] - it["disc"]
        it["rate"] = D(it["extra"])
        it["tax"] = q2(it["net"] * it["rate"] / 100)
    gross = sum(it["amount"] for it in items)
    disc = sum(it["disc"] for it in items)
    net = gross - disc
    tax = sum(it["tax"] for it in items)
    total = net + tax
    ced = cr_cedula(rng, kind)
    b_ced = b_ced or cr_cedula(rng, rng.choice(["101", "102"]))
    num = rng.randint(120, 99999)
    no = f"0010000101{num:010d}"
    clave = f"506{d.strftime('%d%m%y')}{ced.replace('-', ''):0>12}{no}1{digits(rng, 8)}"
    hh = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    dp = [d.strftime("%d/%m/%Y") + " " + hh, d.isoformat() + "T" + hh + "-06:00", d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y")][i]
    dchk = [d.strftime("%d/%m/%Y"), d.isoformat(), d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y")][i]
    fm = [sp, en, en, sp][i]
    cur = "$" if usd else "₡"
    credit = i != 3
    due = d + dt.timedelta(days=30) if i == 2 else None
    po = [f"OC-{d.year}-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000, 4599999)}", None][i]
    cond = [("Condición de venta", "Crédito" if credit else "Contado")]
    if credit:
        cond.append(("Plazo de crédito", "30 días"))
    if due:
        cond.append(("Fecha de vencimiento", due.strftime("%d-%m-%Y")))
    cond.append(("Medio de pago", ["Transferencia – depósito bancario", "Transferencia – depósito bancario", "Cheque", "Tarjeta"][i]))
    cond.append(("Moneda", "USD – Dólar estadounidense" if usd else "CRC – Colón costarricense"))
    if usd:
        cond.append(("Tipo de cambio", de(D(rng.randint(49500, 52500)) / 100)))
    serv = sum(it["net"] for it in items if it["unit"] in ("Sp", "h"))
    merc = net - serv
    res = [("Total servicios gravados", cur + fm(serv), False), ("Total mercancías gravadas", cur + fm(merc), False), ("Total exento", cur + fm(D(0)), False),
           ("Total gravado", cur + fm(net), False), ("Total venta", cur + fm(gross), False), ("Total descuentos", cur + fm(disc), False), ("Total venta neta", cur + fm(net), False),
           ("Total impuesto", cur + fm(tax), False), ("Total comprobante", cur + fm(total), True)]
    ctx = dict(
        color=color, v_name=vname, ced=ced, v_addr=vaddr, tel=f"+506 {rng.choice('2468')}{digits(rng, 3)}-{digits(rng, 4)}", mail=f"facturacion@{vname.split()[0].lower().replace('í', 'i').replace('é', 'e')}.cr", act=act,
        no=no, clave=clave, d=dp, b_name=bname, b_ced=b_ced, b_mail=f"fe@{bname.split()[0].lower().replace('ó', 'o')}.cr", cond=cond,
        items=[{"cabys": digits(rng, 13, True), "q": qstr(it["qty"]), "unit": it["unit"], "desc": it["desc"], "p": fm(it["price"]), "disc": fm(it["disc"]), "a": fm(it["net"]), "r": qstr(it["rate"]), "t": fm(it["tax"]), "g": fm(it["net"] + it["tax"])} for it in items],
        other=(f"Orden de compra: {po}" if po else ("Cuenta IBAN para depósito: " + iban("CR", "0" + digits(rng, 17)) if i == 1 else None)),
        legal=f"Autorizada mediante Resolución N° MH-DGT-RES-0027-2024 del 13/11/2024 de la Dirección General de Tributación. Versión del documento 4.4. Emitida con el sistema {rng.choice(['FacturaPro', 'GTI', 'Alanube', 'FE Tica'])}.",
        res=res,
    )
    notes = (
        "Costa Rican factura electrónica printout: vendor = the emisor in the letterhead; vendor tax id = 'Cédula Jurídica' (3-" + kind + "-NNNNNN, as printed, valid for python-stdnum's cr.cpj); the "
        "receptor's identification, the CABYS codes, the activity code" + (" and the IBAN" if i == 1 else "") + " are decoys. invoice_number = 'N° Consecutivo' (20 digits); the 50-digit 'Clave numérica' "
        "(which contains the consecutivo and the date) is a decoy. invoice_date = 'Fecha de emisión' (" + ["dd/mm/yyyy hh:mm:ss", "ISO with time and offset", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the resolution date is a decoy. "
        + ("due = 'Fecha de vencimiento'. " if due else ("'Plazo de crédito: 30 días' gives no date: due null. " if credit else "Contado: no due date (null). "))
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Total venta neta' (after discounts; 'Total venta' before them" + (" is a decoy" if disc else " is the same") + "); tax = 'Total impuesto'; total = 'Total comprobante'. "
        + ("Currency USD ('$', 'USD – Dólar'); the exchange rate is a decoy. " if usd else "Currency CRC ('₡'). ") + "Amounts " + ("'1 234 567,89'" if fm is sp else "'1,234,567.89'")
        + ". Line items: every row (amount = 'Subtotal', the net after the line discount; quantity 'Cant.')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ced, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD" if usd else "CRC", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li([{**it, "amount": it["net"]} for it in items]), notes=notes,
    )
    return t, [dchk, due.strftime("%d-%m-%Y") if due else None, ced, no, po, vname], (S02_HTML, ctx)


# =========================================================================== 04 Fijian hosting company's customer-portal invoice printed from the browser (VAT 15 %, FJD)
FJ_V = [
    ("Pacific Web Hosting Pte Limited", ["Level 2, Dominion House", "Thomson Street, Suva", "Fiji"], "#1f5f99"),
    ("Bula Digital Services Pte Limited", ["Lot 12 Namaka Industrial Subdivision", "Nadi", "Fiji"], "#d2691e"),
    ("Coral Coast Cloud Pte Limited", ["Queens Road, Sigatoka", "Fiji Islands"], "#138a72"),
    ("Lautoka IT Solutions Pte Limited", ["14 Vitogo Parade", "Lautoka", "Fiji"], "#444"),
]
FJ_B = [("Reef Divers Fiji Ltd", ["Attn: Accounts", "Port Denarau Marina", "Nadi"]), ("Suva Private Hospital Ltd", ["120 Amy Street", "Toorak, Suva"]),
        ("Tanoa Hospitality Group", ["Accounts Payable", "PO Box 9761", "Nadi Airport"]), ("Western Motors Pte Ltd", ["Drasa Avenue", "Lautoka"])]
FJ_L = [("Web Hosting - Business Plan ({dom})", 45, 180, "month"), ("Domain Renewal - {dom} - 1 Year/s", 35, 95, "year"), ("SSL Certificate - Sectigo PositiveSSL ({dom})", 60, 140, "year"),
        ("Microsoft 365 Business Basic x {n} users", 18, 22, "month"), ("Cloud VPS - 4 vCPU / 8 GB RAM (vps{n}.{dom})", 120, 260, "month"), ("Daily Off-site Backup - 100 GB", 25, 60, "month"),
        ("Email Hosting - Professional (10 mailboxes) ({dom})", 40, 90, "month"), ("Website Maintenance Retainer - 4 hours", 280, 420, "month")]
S04_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="9mm 12mm", font="'Liberation Sans',Arial,sans-serif", fs="9pt")
    + """
.pr{font-size:7.4pt;color:#555} .wrap{border:1px solid #ddd;padding:18px 22px;margin-top:6px} .st{font-size:20pt;font-weight:bold;text-transform:uppercase}
table.it{width:100%;margin-top:6px;border:1px solid #ddd} table.it td{padding:6px 8px;border-bottom:1px solid #eee} table.it tr.h td{background:#efefef;font-weight:bold}
table.it td.lab{text-align:right;background:#fafafa} .box{width:48%;vertical-align:top} h3{font-size:10.5pt;margin:14px 0 4px 0}
</style></head><body>
<table style="width:100%" class="pr"><tr><td>{{ printed }}</td><td class="c">{{ tab }}</td><td></td></tr></table>
<div class="wrap"><table style="width:100%"><tr><td><div style="font-size:18pt;font-weight:bold;color:{{ color }}">{{ logo }}</div></td>
<td class="r"><div class="st" style="color:{{ st_color }}">{{ status }}</div></td></tr></table>
<div style="margin-top:10px;font-size:13pt;font-weight:bold">Invoice #{{ no }}</div><div>Invoice Date: {{ d }}<br>Due Date: {{ due }}</div>
<table style="width:100%;margin-top:12px"><tr><td class="box"><b>Invoiced To</b><br>{{ b_name }}<br>{% for l in b_addr %}{{ l }}<br>{% endfor %}</td>
<td class="box r"><b>Pay To</b><br>{{ v_name }}<br>{% for l in v_addr %}{{ l }}<br>{% endfor %}TIN: {{ tin }}</td></tr></table>
<h3>Invoice Items</h3>
<table class="it"><tr class="h"><td>Description</td><td class="r" style="width:28%">Amount</td></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for k, v in tots %}<tr><td class="lab"><b>{{ k }}</b></td><td class="r">{{ v }}</td></tr>{% endfor %}</table>
{% if notes %}<h3>Notes</h3><div>{{ notes }}</div>{% endif %}
<h3>Transactions</h3>
<table class="it"><tr class="h"><td>Transaction Date</td><td>Gateway</td><td>Transaction ID</td><td class="r">Amount</td></tr>
{% if txs %}{% for t in txs %}<tr><td>{{ t.d }}</td><td>{{ t.g }}</td><td>{{ t.id }}</td><td class="r">{{ t.a }}</td></tr>{% endfor %}{% else %}<tr><td colspan="4" class="c">No Related Transactions Found</td></tr>{% endif %}
<tr><td colspan="3" class="lab"><b>Balance</b></td><td class="r">{{ balance }}</td></tr></table>
<div class="pr c" style="margin-top:16px">PDF Generated on {{ gen }}</div></div>
<table style="width:100%;margin-top:8px" class="pr"><tr><td>{{ url }}</td><td class="r">1/1</td></tr></table>
</body></html>"""
)


@style("04", "fj_web_portal_invoice_print")
def s04(rng, i):
    vname, vaddr, color = FJ_V[i]
    bname, baddr = FJ_B[i]
    d = rand_date(rng)
    dom = ["reefdivers.com.fj", "suvaprivate.com.fj", "tanoahotels.com", "westernmotors.com.fj"][i]
    items = []
    for desc, lo, hi, per in rng.sample(FJ_L, rng.randint(2, 5)):
        n = rng.randint(3, 12)
        start = d + dt.timedelta(days=rng.randint(0, 10))
        end = (start.replace(year=start.year + 1) if per == "year" else start + dt.timedelta(days=30)) - dt.timedelta(days=1)
        amt = D(rng.randint(lo, hi)) * (n if "{n} users" in desc else 1) + D(rng.choice([0, 0, 50, 95])) / 100
        items.append({"desc": desc.format(dom=dom, n=n) + f" ({start.strftime('%d/%m/%Y')} - {end.strftime('%d/%m/%Y')})", "qty": None, "amount": q2(amt)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    tin = digits(rng, 9, True)
    no = [str(rng.randint(10000, 29999)), str(rng.randint(1000, 9999)), f"CCC-{d.year}-{rng.randint(100, 999):04d}", str(rng.randint(100000, 199999))][i]
    due = d + dt.timedelta(days=[14, 7, 21, 14][i])
    fmt = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.strftime('%A')}, {x.strftime('%B')} {ordinal(x.day)}, {x.year}", lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y")][i]
    money = (lambda x: f"FJ${en(x)}") if i == 2 else (lambda x: f"${en(x)} FJD")
    paid = i in (1, 3)
    pay_d = d + dt.timedelta(days=rng.randint(0, 6))
    txs = [{"d": fmt(pay_d), "g": rng.choice(["Credit Card", "M-PAiSA", "Bank Transfer (BSP)"]), "id": "".join(rng.choice("0123456789ABCDEF") for _ in range(12)), "a": money(total)}] if paid else []
    po = f"PO {d.year}/{rng.randint(100, 999)}" if i == 3 else None
    pr_d = d + dt.timedelta(days=rng.randint(1, 20))
    notes_txt = (f"Purchase order: {po}. " if po else "") + ("Please quote the invoice number as your payment reference. Bank: BSP Suva, account " + digits(rng, 8, True) + "." if i in (0, 3) else "")
    ctx = dict(
        printed=f"{pr_d.strftime('%d/%m/%Y')}, {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", tab=f"Invoice #{no} - {vname}", color=color, logo=vname.replace(" Pte Limited", ""),
        status="Paid" if paid else "Unpaid", st_color="#3c9a3c" if paid else "#cc0000", no=no, d=fmt(d), due=fmt(due), b_name=bname, b_addr=baddr, v_name=vname, v_addr=vaddr, tin=tin,
        items=[{"desc": it["desc"], "a": money(it["amount"])} for it in items],
        tots=[("Sub Total", money(net)), ("15.00% VAT", money(tax)), ("Credit", money(D(0))), ("Total", money(total))], notes=notes_txt, txs=txs, balance=money(D(0) if paid else total),
        gen=f"{pr_d.strftime('%d/%m/%Y')}", url=f"https://portal.{vname.split()[0].lower()}.com.fj/viewinvoice.php?id={rng.randint(1000, 99999)}",
    )
    notes = (
        "Fijian hosting company's customer-portal invoice (WHMCS-like) printed from a browser: the print line at the top (print date and time, page title) and the URL at the foot are decoys, as is "
        "'PDF Generated on'. vendor = the 'Pay To' block (the logo text is its short brand); vendor tax id = 'TIN' under it (9 digits, no public checksum). invoice_number = the number after "
        "'Invoice #'; invoice_date = 'Invoice Date'; due = 'Due Date' (" + ["dd/mm/yyyy", "'Sunday, March 15th, 2026'", "ISO yyyy-mm-dd", "dd/mm/yyyy"][i] + "). The service periods inside the "
        "descriptions are decoys" + ("; so are the transaction's date, id and amount and the 'Balance' of 0.00 (the invoice is PAID)" if paid else "; 'Balance' repeats the total (UNPAID)") + ". "
        + (f"PO = the 'Purchase order' in the Notes, {po}. " if po else "No PO. ")
        + "subtotal = 'Sub Total'; tax = '15.00% VAT'; total = 'Total' (the 'Credit' row is 0.00). Currency FJD (" + ("'FJ$'" if i == 2 else "'$… FJD'") + "). Amounts '1,234.56'. "
        "Line items: every row of 'Invoice Items' (no quantity column: quantity null, even where a description counts users)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
        currency="FJD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fmt(d), fmt(due), tin, no, po, vname], (S04_HTML, ctx)
