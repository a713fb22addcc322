"""Chromium (HTML) styles for set 53, first part (01 Salta FACTURA A in Spanish with a LEFT SIDEBAR holding the
invoice facts, IVA 21 % / 10,5 %, pesos '1.234,56', a USD counter-value and the total in words; 02 Londrina invoice as
a BUSINESS LETTER in Portuguese with the facts in running sentences, two with no table, ISS 5 %; 03 Wollongong TAX
INVOICE on an 80 mm till roll, GST 10 % included, GST-free rows and a cash rounding row)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, es_amount_words, long_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.ar import cuit
from stdnum.au import abn
from stdnum.br import cnpj

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Salta (IVA 21/10,5, ARS), left sidebar
SL_V = [
    ("Bodega Valles Calchaquíes S.A.", "Ruta Nacional 40 km 4326, Cafayate, Salta"),
    ("Agroquímica del Norte S.R.L.", "Av. Bolivia 3870, (4400) Salta Capital"),
    ("Construcciones Lerma S.A.", "Pellegrini 622, (4400) Salta Capital"),
    ("Tabacalera Güemes S.R.L.", "Parque Industrial, Calle 6 s/n, General Güemes, Salta"),
]
SL_B = [("Distribuidora Tucumán Vinos S.A.", "San Miguel de Tucumán"), ("Finca Los Cardones S.R.L.", "Rosario de Lerma, Salta"), ("Municipalidad de San Lorenzo", "San Lorenzo, Salta"), ("Cooperativa de Productores Tabacaleros de Salta Ltda.", "Salta")]
SL_ROWS = [
    ("Vino Torrontés 750 ml, caja x 6", "caja", 5, 120, 18000, 42000, 21), ("Vino Malbec reserva 750 ml, caja x 6", "caja", 5, 80, 32000, 76000, 21), ("Servicio de fraccionamiento", "hl", 1, 40, 25000, 60000, 21),
    ("Fertilizante urea granulada 50 kg", "bolsa", 10, 200, 28000, 41000, 10.5), ("Semilla de poroto alubia 25 kg", "bolsa", 5, 80, 38000, 69000, 10.5), ("Herbicida glifosato 20 l", "bidón", 2, 40, 52000, 98000, 21),
    ("Hormigón elaborado H21", "m3", 3, 60, 95000, 138000, 21), ("Hierro nervado 8 mm x 12 m", "barra", 20, 400, 7800, 12500, 21), ("Mano de obra pavimento articulado", "m2", 20, 600, 9000, 18000, 21),
    ("Tabaco Virginia clase B1, kg", "kg", 200, 4000, 3800, 6200, 10.5), ("Flete Güemes–Salta", "viaje", 1, 6, 180000, 420000, 21), ("Enfardado y clasificación", "fardo", 10, 300, 2100, 4800, 21),
]
SL_HTML = """<html lang="es-AR"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:52mm;background:{{ color }};color:#fff;padding:6mm 4mm;box-sizing:border-box;font-size:7.8pt}
.side .l{color:#cbd5e1;font-size:6.6pt;text-transform:uppercase;margin-top:7px} .side .v{font-weight:bold;font-size:9pt}
.main{margin-left:58mm} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:2px solid {{ color }};font-size:7pt;padding:3px;text-align:left} table.it td{padding:3px;border-bottom:1px solid #e5e7eb;font-size:7.8pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:30pt;font-weight:bold;border:2px solid #fff;width:14mm;text-align:center">A</div><div style="font-size:6.5pt">COD. 01</div>
<div style="font-size:14pt;font-weight:bold;margin-top:8px">FACTURA</div>
<div class="l">Punto de venta / Comp. Nro</div><div class="v">{{ no }}</div>
<div class="l">Fecha de emisión</div><div class="v">{{ d }}</div>
<div class="l">C.U.I.T.</div><div class="v">{{ vid }}</div>
<div class="l">Ingresos Brutos</div><div class="v">{{ iibb }}</div>
<div class="l">Inicio de actividades</div><div class="v">{{ inicio }}</div>
{% if due %}<div class="l">Fecha de vto. para el pago</div><div class="v">{{ due }}</div>{% endif %}
<div class="l">Período facturado</div><div class="v">{{ per }}</div>
<div class="l">Condición de venta</div><div class="v">{{ cond }}</div>
{% if po %}<div class="l">Orden de compra</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">Remito</div><div class="v">{{ remito }}</div>
<div style="margin-top:18px;font-size:6.8pt">CAE N°: {{ cae }}<br>Fecha de Vto. de CAE: {{ caev }}</div></div>
<div class="main"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>IVA RESPONSABLE INSCRIPTO</div>
<div style="margin-top:10px;border:1px solid #ccc;padding:5px;font-size:8pt"><b>Señor(es):</b> {{ bname }} – {{ bcity }}<br>CUIT: {{ bcuit }} · Condición frente al IVA: Responsable Inscripto<br>Domicilio comercial según padrón</div>
<table class="it"><tr><th>Código</th><th>Producto / Servicio</th><th class="r">Cant.</th><th>U. medida</th><th class="r">Precio unit.</th><th class="r">Alícuota IVA</th><th class="r">Subtotal</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:8.6pt"><tr><td style="padding:2px 10px">Importe neto gravado: $</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td style="padding:2px 10px">IVA {{ r.r }}%: $</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td style="padding:2px 10px">Importe otros tributos: $</td><td class="r">0,00</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 10px;border-top:2px solid {{ color }}">Importe total: $</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<div style="margin-top:8px;font-size:8pt"><b>{{ words }}</b></div>
{% if usd %}<div style="margin-top:4px;font-size:7.6pt;color:#555">Tipo de cambio BNA vendedor del {{ tcd }}: $ {{ tc }} por dólar – Equivalente U$S {{ usd }} (informativo)</div>{% endif %}
<div style="margin-top:14px;font-size:7.2pt;color:#555">Transferir a {{ bank }} · CBU {{ cbu }} · Alias {{ alias }}</div>
<div style="position:absolute;bottom:0;left:58mm;font-size:6.6pt;color:#777">Comprobante autorizado · Pág. 1/1 · ORIGINAL</div></div>
</body></html>"""


@style("01", "ar_sla_salta_factura_a_iva_21_10_5_sidebar_left_usd_words")
def s01(rng, i):
    vname, vaddr = SL_V[i]
    bname, bcity = SL_B[i]
    d = rand_date(rng)
    cat = [SL_ROWS[:3] + SL_ROWS[10:11], SL_ROWS[3:6], SL_ROWS[6:9] + SL_ROWS[10:11], SL_ROWS[9:12]][i]
    items = lines(rng, cat, [3, 3, 4, 2][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vc = valid(rng, lambda: rng.choice(["30", "33"]) + digits(rng, 9), cuit.is_valid)
    vid = f"{vc[:2]}-{vc[2:10]}-{vc[10]}"
    bc = valid(rng, lambda: rng.choice(["30", "30", "20"]) + digits(rng, 9), cuit.is_valid)
    no = f"{rng.randint(1, 12):05d}-{rng.randint(1, 99999):08d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [f"OC {rng.randint(1000, 9999)}", None, f"OC-{d.year}-{rng.randint(100, 999)}", None][i]
    tc = D(rng.randint(98000, 145000)) / 100
    usd = en(q2(total / tc)) if i in (0, 1, 3) else None
    ctx = dict(
        color=["#7f1d1d", "#14532d", "#1e3a8a", "#78350f"][i], vname=vname, vaddr=vaddr, no=no, d=fd(d), vid=vid, iibb=f"{digits(rng, 3)}-{digits(rng, 6)}-{rng.randint(1, 9)}",
        inicio=fd(dt.date(rng.randint(1988, 2015), rng.randint(1, 12), rng.randint(1, 28))), due=fd(due) if due else None, per=f"{fd(d.replace(day=1))} al {fd(d)}",
        cond="Cuenta corriente" if due else "Contado", po=po, remito=f"R-{rng.randint(1, 9):04d}-{rng.randint(1, 99999):08d}", cae=digits(rng, 14, True), caev=fd(d + dt.timedelta(days=10)),
        bname=bname, bcity=bcity, bcuit=f"{bc[:2]}-{bc[2:10]}-{bc[10]}",
        items=[{"c": f"{rng.randint(100, 999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "r": str(x["rate"]).replace(".", ","), "a": de(x["amount"])} for x in items],
        rates=[{"r": str(r).replace(".", ","), "t": de(t)} for r, _, t in rates], net=de(net), total=de(total), words=es_amount_words(total),
        usd=usd, tc=de(tc), tcd=fd(d - dt.timedelta(days=1)), bank=rng.choice(["Banco Macro", "Banco de la Nación Argentina", "Banco Galicia"]), cbu=digits(rng, 22, True),
        alias=rng.choice(["VALLE.SOL.CARDON", "NORTE.AGRO.PAGO", "LERMA.OBRA.CTA"]),
    )
    notes = (
        "Salta (Argentina) FACTURA A in Spanish with a coloured LEFT SIDEBAR holding the invoice facts (label above value), IVA "
        + " and ".join(str(r).replace(".", ",") + " %" for r, _, _ in rates) + " per row, pesos '1.234,56' after '$', the total in words ('SON PESOS … CON xx/100')"
        + (", a USD counter-value at the BNA rate (a decoy)" if usd else "")
        + ": vendor = the name at the top of the main column; vendor_tax_id = the sidebar's C.U.I.T. as printed with hyphens (the buyer's CUIT, Ingresos Brutos, CAE, CBU, remito are decoys). "
        "invoice_number = 'Punto de venta / Comp. Nro' as printed ('00003-00001234'); invoice_date = 'Fecha de emisión' (the CAE's expiry, the period and the start of activities are decoys). "
        + due_note(due, "Contado", "Fecha de vto. para el pago")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Importe neto gravado'; tax = the IVA rows" + (" summed (no total of IVA printed)" if len(rates) > 1 else "") + "; total = 'Importe total'. Currency ARS. Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "ARS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ctx["bcuit"], "Importe total", ctx["words"], fd(due) if due else None, usd]}
    if len(rates) > 1:
        chk["tax_parts"] = [str(t_) for _, _, t_ in rates]
    return t, chk, (SL_HTML.replace("@@BASE@@", css(margin="0 12mm 10mm 0", fs="8.4pt")), ctx)


# =========================================================================== 02 Londrina (ISS 5 %, BRL), business letter
LD_V = [
    ("Norte Pioneiro Consultoria Contábil Ltda.", "Rua Senador Souza Naves, 771, sala 1203 – Centro – CEP 86010-160 – Londrina/PR"),
    ("Arquitetura Gleba Palhano Ltda.", "Av. Ayrton Senna da Silva, 550, cj. 807 – Gleba Palhano – CEP 86050-460 – Londrina/PR"),
    ("Café Norte do Paraná Torrefação e Eventos Ltda.", "Rua Pará, 1520 – Centro – CEP 86020-400 – Londrina/PR"),
    ("Engenharia Tibagi Projetos Elétricos Ltda.", "Av. Higienópolis, 32, 5º andar – CEP 86020-080 – Londrina/PR"),
]
LD_B = ["Cooperativa Agroindustrial Rolândia", "Construtora Cambé Empreendimentos S.A.", "Universidade do Norte Paranaense – UNP", "Frigorífico Ibiporã Ltda."]
LD_SVC = [
    [("Escrituração contábil e fiscal – competência", 3800, 9800), ("Folha de pagamento e eSocial", 1900, 5200), ("Assessoria tributária (horas)", 2400, 6800)],
    [("Projeto arquitetônico executivo – 2ª etapa", 18000, 46000), ("Acompanhamento de obra (visitas)", 2400, 7200), ("Compatibilização de projetos complementares", 5200, 14000)],
    [("Coffee break para 120 participantes", 6400, 11800), ("Barista e estação de café especial", 2100, 4600), ("Locação de louças e mobiliário", 900, 2800)],
    [("Laudo de instalações elétricas (SPDA)", 6800, 15400), ("Projeto de subestação 300 kVA", 14800, 32000), ("Anotação e emissão de ART", 380, 980)],
]
LD_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Serif',serif;line-height:1.55} p{margin:0 0 9px 0;text-align:justify}
table.it{width:100%;border-collapse:collapse;margin:6px 0 12px 0;font-size:8.6pt} table.it td,table.it th{padding:3px 5px;border-bottom:1px solid #bbb} table.it th{text-align:left}
</style></head><body>
<div style="border-bottom:2px solid {{ color }};padding-bottom:6px"><div style="font-size:15pt;color:{{ color }};font-weight:bold">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }} · Fone (43) 3{{ tel }}</div></div>
<div style="text-align:right;margin-top:14px">Londrina, {{ ld }}.</div>
<div style="margin-top:14px">À<br><b>{{ bname }}</b><br>CNPJ {{ bcnpj }}<br>A/C Departamento Financeiro</div>
<div style="margin-top:14px"><b>Ref.: Fatura de serviços nº {{ no }}</b></div>
<p style="margin-top:12px">Prezados Senhores,</p>
<p>Conforme o contrato de prestação de serviços nº {{ contract }}, firmado em {{ cdate }}{% if po %}, e o pedido de compra nº {{ po }}{% endif %}, apresentamos a fatura nº {{ no }}, emitida em {{ ld }}, referente aos serviços prestados em {{ month }}{% if one %}: {{ one }}{% else %}, discriminados abaixo:{% endif %}</p>
{% if rows %}<table class="it"><tr><th>Serviço</th><th style="text-align:right">Qtde.</th><th style="text-align:right">Valor unitário</th><th style="text-align:right">Valor</th></tr>
{% for it in rows %}<tr><td>{{ it.d }}</td><td style="text-align:right">{{ it.q }}</td><td style="text-align:right">R$ {{ it.p }}</td><td style="text-align:right">R$ {{ it.a }}</td></tr>{% endfor %}</table>{% endif %}
<p>O valor dos serviços soma R$ {{ net }}, sobre o qual incide o ISS à alíquota de 5%, no valor de R$ {{ tax }}, perfazendo o total de <b>R$ {{ total }}</b>{% if due %}, a ser pago até {{ due }}{% endif %}, por PIX (chave CNPJ {{ vid }}) ou depósito no {{ bank }}, agência {{ ag }}, conta corrente {{ cc }}.{% if not due %} O pagamento deverá ocorrer à vista, na apresentação desta fatura.{% endif %}</p>
<p>Informamos que a fatura nº {{ prev }}, de {{ pd }}, no valor de R$ {{ pv }}, encontra-se quitada. A Nota Fiscal de Serviços Eletrônica correspondente (NFS-e nº {{ nfse }}) foi emitida pela Prefeitura de Londrina e segue anexa.</p>
<p>Permanecemos à disposição para quaisquer esclarecimentos.</p>
<p style="margin-top:18px">Atenciosamente,</p><p style="margin-top:26px"><b>{{ signer }}</b><br>{{ role }}<br>{{ vname }}</p>
<div style="position:absolute;bottom:0;width:100%;border-top:1px solid #999;font-size:7.2pt;color:#555;padding-top:3px">{{ vname }} · CNPJ {{ vid }} · Inscrição Municipal {{ im }} · Optante pelo Lucro Presumido</div>
</body></html>"""


@style("02", "br_ldb_londrina_carta_fatura_iss_5_letter")
def s02(rng, i):
    vname, vaddr = LD_V[i]
    d = rand_date(rng)
    letter_only = i in (1, 3)
    if letter_only:
        desc, lo, hi = rng.choice(LD_SVC[i])
        amt = D(rng.randint(lo, hi)) + D(rng.choice([0, 0, 50, 90])) / 100 * 10
        items = [{"desc": desc, "unit": "sv", "qty": None, "price": amt, "amount": q2(amt), "extra": None, "show_qty": False}]
    else:
        cat = [(a, "sv", 1, [1, 1, 12][k], lo / 4, hi / 4) for k, (a, lo, hi) in enumerate(LD_SVC[i])]
        items = lines(rng, cat, 3, D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    c = valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid)
    vid = cnpj.format(c)
    bc = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    no = [f"{d.year}/{rng.randint(100, 999)}", f"FAT-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"{d.year}{rng.randint(1, 300):04d}"][i]
    ld = long_date(d, "pt")
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 2 else None
    po = [None, f"PC-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000000, 4599999999)}"][i]
    pd = d - dt.timedelta(days=rng.randint(28, 40))
    mnames = long_date(d, "pt").split(" de ")[1]
    ctx = dict(
        color=["#1f2937", "#0f766e", "#78350f", "#1e40af"][i], vname=vname, vaddr=vaddr, tel=digits(rng, 7), ld=ld, bname=LD_B[i], bcnpj=bc, no=no,
        contract=f"{rng.randint(10, 99)}/{d.year - 1}", cdate=long_date(d - dt.timedelta(days=rng.randint(120, 400)), "pt"), po=po, month=f"{mnames} de {d.year}",
        one=f"{items[0]['desc'].lower()}." if letter_only else None,
        rows=None if letter_only else [{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), due=long_date(due, "pt") if due else None, bank=rng.choice(["Banco do Brasil", "Sicredi", "Itaú Unibanco"]),
        ag=f"{rng.randint(1000, 9999)}-{rng.randint(0, 9)}", cc=f"{rng.randint(10000, 99999)}-{rng.randint(0, 9)}", vid=vid,
        prev=f"{rng.randint(100, 999)}/{pd.strftime('%y')}", pd=long_date(pd, "pt"), pv=de(D(rng.randint(200000, 2000000)) / 100), nfse=f"{rng.randint(1000, 99999)}",
        signer=rng.choice(["Mariana Okamoto", "Ricardo Bortolotto", "Fernanda Yamashita"]), role=rng.choice(["Sócia-administradora", "Diretor", "Gerente financeiro"]), im=digits(rng, 8, True),
    )
    notes = (
        "Londrina (Paraná, Brazil) invoice as a BUSINESS LETTER in Portuguese (serif), the facts in RUNNING SENTENCES"
        + (" and NO TABLE (one service named in the sentence)" if letter_only else " and a short table")
        + ", ISS 5 % added, reais 'R$ 1.234,56', dates '12 de março de 2026': vendor = the letterhead; vendor_tax_id = the CNPJ in the footer / the PIX key (the buyer's CNPJ, the Inscrição Municipal, the bank account, the NFS-e number are decoys). "
        "invoice_number = 'fatura nº' in the subject and the text (the earlier paid invoice's number and the contract number are decoys); invoice_date = the letter's date ('emitida em'). "
        + due_note(due, "à vista, na apresentação", "a ser pago até")
        + po_note(po, "pedido de compra nº")
        + "subtotal = 'O valor dos serviços soma'; tax = the ISS; total = 'perfazendo o total de'. Currency BRL. Line items: "
        + ("the one service, amount = the subtotal, no quantity." if letter_only else "every table row.")
    )
    t = truth(vname, vid, no, po, d, due, "BRL", net, tax, total, items, notes)
    chk = {"printed": [ld, no, vname, vid, bc, "perfazendo o total de", long_date(due, "pt") if due else None, ctx["prev"]]}
    return t, chk, (LD_HTML.replace("@@BASE@@", css(margin="18mm 20mm 16mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)


# =========================================================================== 03 Wollongong (GST 10 % incl., AUD), till roll
WG_V = [
    ("Illawarra Hardware & Timber", "Illawarra Hardware & Timber Pty Ltd", "212 Princes Hwy, Corrimal NSW 2518"),
    ("Crown St Fresh Grocer", "Crown Street Fresh Pty Ltd", "88 Crown St, Wollongong NSW 2500"),
    ("Thirroul Surf & Swim", "Northern Beaches Surf Co Pty Ltd", "301 Lawrence Hargrave Dr, Thirroul NSW 2515"),
    ("Port Kembla Marine Supplies", "Port Kembla Marine Supplies Pty Ltd", "4 Military Rd, Port Kembla NSW 2505"),
]
WG_ROWS = [
    ("TREATED PINE 90X45 H3 /M", "m", 2, 30, "6.40", "9.80", True), ("DECK SCREWS 10G 50MM 500PK", "pk", 1, 3, "39.00", "58.00", True), ("SAND BAG 20KG", "ea", 1, 8, "7.50", "11.00", True), ("PAINT BRUSH 63MM", "ea", 1, 3, "12.90", "24.90", True),
    ("BANANAS CAVENDISH KG", "kg", 1, 3, "3.90", "5.40", False), ("MILK FULL CREAM 2L", "ea", 1, 3, "3.60", "4.80", False), ("SOFT DRINK 1.25L", "ea", 1, 4, "2.80", "3.90", True), ("CHOC BAR 200G", "ea", 1, 3, "4.50", "6.90", True), ("SOURDOUGH LOAF", "ea", 1, 2, "6.50", "8.50", False), ("AVOCADO HASS", "ea", 1, 6, "1.90", "3.20", False),
    ("WETSUIT 3/2 STEAMER", "ea", 1, 1, "289.00", "429.00", True), ("SURF WAX COLD", "ea", 1, 4, "3.50", "5.00", True), ("BOARD LEASH 7FT", "ea", 1, 2, "39.95", "59.95", True), ("SUNSCREEN SPF50 200ML", "ea", 1, 3, "14.95", "22.95", True),
    ("MARINE ROPE 10MM /M", "m", 5, 40, "2.90", "4.80", True), ("SHACKLE SS 8MM", "ea", 1, 6, "8.90", "14.50", True), ("BILGE PUMP 750GPH", "ea", 1, 1, "69.00", "119.00", True), ("ANTIFOUL 4L", "ea", 1, 2, "189.00", "279.00", True),
]
WG_HTML = """<html lang="en-AU"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.3pt;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:9.5pt">{{ trade }}</b><br>{{ legal }}<br>{{ addr }}<br>Ph (02) 42{{ tel }}<br>ABN {{ abn }}</div><hr>
<div class="c"><b>TAX INVOICE</b></div>
<table><tr><td>Invoice No</td><td class="r">{{ no }}</td></tr><tr><td>Date</td><td class="r">{{ d }} {{ tm }}</td></tr><tr><td>Register</td><td class="r">{{ reg }} · {{ op }}</td></tr>{% if acct %}<tr><td>Account</td><td class="r">{{ acct }}</td></tr><tr><td>Cust Order</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}{{ it.g }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} @ {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>{{ n }} ITEMS</td><td></td></tr><tr style="font-weight:bold;font-size:10pt"><td>TOTAL</td><td class="r">${{ total }}</td></tr>
<tr><td>GST INCLUDED IN TOTAL</td><td class="r">${{ tax }}</td></tr>{% if free %}<tr><td>GST-FREE ITEMS</td><td class="r">${{ free }}</td></tr>{% endif %}</table><hr>
<table>{% if cash %}<tr><td>ROUNDING</td><td class="r">{{ rnd }}</td></tr><tr><td>CASH</td><td class="r">${{ tend }}</td></tr><tr><td>CHANGE</td><td class="r">${{ change }}</td></tr>{% else %}<tr><td>EFTPOS {{ card }}</td><td class="r">${{ total }}</td></tr><tr><td colspan="2">CARD ****{{ last4 }} AUTH {{ auth }}</td></tr>{% endif %}</table><hr>
<div>* denotes taxable item (GST)</div>{% if rew %}<div>Trade Rewards {{ rew }} · points {{ pts }}</div>{% endif %}
<div class="c" style="margin-top:4px">Change of mind returns within 30 days<br>with receipt. Thank you!</div>
</body></html>"""


@style("03", "au_wol_wollongong_tax_invoice_roll_gst_10_incl_rounding")
def s03(rng, i):
    trade, legal, addr = WG_V[i]
    d = rand_date(rng)
    cat = [WG_ROWS[:4], WG_ROWS[4:10], WG_ROWS[10:14], WG_ROWS[14:18]][i]
    items = lines(rng, cat, [4, 6, 3, 4][i], D("0.05"))
    for x in items:
        x["gst"] = x["extra"]
    total = sum(x["amount"] for x in items)
    taxable = sum(x["amount"] for x in items if x["gst"])
    free = total - taxable
    tax = q2(taxable / 11)
    vid = valid(rng, lambda: digits(rng, 11, True), abn.is_valid)
    vfmt = abn.format(vid)
    no = [f"{rng.randint(100000, 999999)}", f"T{rng.randint(10, 99)}-{rng.randint(10000, 99999)}", f"INV{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}/{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    cash = i in (1, 2)
    tend = rnd = None
    if cash:
        r5 = (total / D("0.05")).quantize(D("1"), rounding="ROUND_HALF_UP") * D("0.05")
        rnd = r5 - total
        tend = (r5 // 10 + 1) * 10
    acct = f"C{rng.randint(1000, 9999)}" if i in (0, 3) else None
    po = f"PO {rng.randint(1000, 9999)}" if acct else None
    ctx = dict(
        trade=trade, legal=legal, addr=addr, tel=digits(rng, 6), abn=vfmt, no=no, d=fd(d), tm=f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}", reg=f"REG{rng.randint(1, 6)}", op=rng.choice(["KYLIE", "JOSH", "PRIYA", "TOM"]),
        acct=acct, po=po, items=[{"d": x["desc"], "g": " *" if x["gst"] else "", "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items], n=len(items),
        total=en(total), tax=en(tax), free=en(free) if free else None, cash=cash, rnd=(("+" if rnd > 0 else "-" if rnd < 0 else "") + en(abs(rnd))) if cash else None,
        tend=en(tend) if cash else None, change=en(tend - (total + rnd)) if cash else None, card=rng.choice(["VISA", "MASTERCARD", "DEBIT"]), last4=digits(rng, 4), auth=digits(rng, 6),
        rew=digits(rng, 10) if i == 0 else None, pts=rng.randint(100, 5000),
    )
    page = f"80mm {int(140 + 8 * len(items))}mm"
    notes = (
        f"Wollongong (NSW, Australia) shop's TAX INVOICE on an 80 mm TILL ROLL, monospace, trading name '{trade}' over the legal name '{legal}', prices GST-INCLUSIVE (10 %, taxable rows marked '*', GST-free rows)"
        + (", paid in CASH with a ROUNDING row to 5 cents after the TOTAL" if cash else ", paid by EFTPOS")
        + ": vendor = the legal entity under the trading name (the Pty Ltd; the trading name is what the shop is called); vendor_tax_id = the ABN as printed (the card, auth, register and rewards numbers are decoys). "
        "invoice_number = 'Invoice No'; invoice_date = 'Date'. "
        + due_note(None, "paid at the till", "")
        + po_note(po, "Cust Order")
        + "subtotal: none printed (null); tax = 'GST INCLUDED IN TOTAL'; total = 'TOTAL' (before the cash rounding: the rounding is a payment row). Currency AUD (only '$' and the ABN/NSW address). Line items: every row at its GST-inclusive amount; the lines sum to the total."
    )
    t = truth(legal, vfmt, no, po, d, None, "AUD", None, tax, total, items, notes)
    chk = {"printed": [fd(d), no, legal, trade, vfmt, "GST INCLUDED IN TOTAL"]}
    return t, chk, (WG_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.3pt")), ctx)
