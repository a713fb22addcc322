"""Chromium (HTML) styles for set 71, second part (04 Villarrica factura as a BUSINESS LETTER in Spanish with the facts
and totals in running sentences, two of four with a small liquidation table, IVA 10 % and 5 % included, whole
guaraníes, the total in words and on one an advance (anticipo) deducted; 05 Juiz de Fora telecom bill (fatura /
NFCom) in Portuguese shaped as a utility bill: the amount due and due date at the TOP, each fact's label at the END
of a line with its value on the next, an unruled statement, ICMS 18 % included, a punctuality discount on two and a
boleto slip at the foot)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import br_cnpj, long_date, py_ruc
from invoice_kit import css, de, digits, q2, qstr, rand_date, style_registry
from kit_common import bars_svg, due_note, po_note, truth
from kit_words import es_words

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Villarrica (IVA 10 / 5 % incl., PYG), letter, words
VR_V = [
    ("Yerbatera Guaireña S.A.", "Ruta PY08 km 171, Villarrica, Guairá", "Gerente Comercial", "#14532d"),
    ("Ingeniería Ybytyruzú S.R.L.", "Calle Mariscal López 845 c/ Carlos A. López, Villarrica", "Director Técnico", "#1e3a8a"),
    ("Distribuidora Mbocayaty S.A.", "Avda. Carlos Antonio López 1220, Villarrica", "Gerente de Ventas", "#7c2d12"),
    ("Transporte Tebicuary S.A.", "Ruta PY08, barrio Ybaroty, Villarrica", "Administrador", "#4a044e"),
]
VR_B = [("Señores", "Supermercados La Guaireña S.A.", "Asunción"), ("Señores", "Municipalidad de Colonia Independencia", "Colonia Independencia, Guairá"),
        ("Señores", "Almacén San Blas S.R.L.", "Coronel Oviedo"), ("Señores", "Cooperativa de Producción Agroindustrial Felipe Salomón", "Villarrica")]
VR_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate) prices in guaraníes with IVA
    [("paquetes de yerba mate elaborada de 1 kg", "paquete", 50, 600, 18000, 32000, 5), ("cajas de yerba mate con hierbas de 500 g", "caja", 10, 200, 90000, 160000, 5), ("exhibidores de cartón impresos", "unidad", 2, 20, 55000, 120000, 10)],
    [("horas de supervisión técnica de obra", "hora", 10, 120, 150000, 280000, 10), ("informe de cómputo métrico y presupuesto", "informe", 1, 2, 2500000, 6000000, 10), ("ensayos de compactación de suelo", "ensayo", 2, 12, 350000, 700000, 10)],
    [("bolsas de azúcar orgánica de 2 kg", "bolsa", 20, 400, 14000, 24000, 5), ("bidones de aceite de soja de 5 litros", "bidón", 10, 120, 48000, 78000, 5), ("cajas de detergente líquido", "caja", 5, 80, 85000, 140000, 10)],
    [("fletes Villarrica – Asunción en camión de 30 t", "flete", 1, 10, 2800000, 4500000, 10), ("fletes Villarrica – Ciudad del Este en camión de 30 t", "flete", 1, 6, 3900000, 6200000, 10), ("horas de espera en destino", "hora", 2, 20, 80000, 150000, 10)],
]
VR_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;line-height:1.5;text-align:justify} .k{font-size:7.4pt;color:#555}
table.liq{border-collapse:collapse;margin:6px 0 12px 0;font-size:9pt} table.liq td,table.liq th{border-bottom:1px solid #bbb;padding:3px 10px} table.liq th{text-align:left;font-weight:normal;color:#555;font-size:8pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%;border-bottom:2px solid {{ color }};padding-bottom:6px"><tr><td><div style="font-size:17pt;color:{{ color }};font-weight:bold;font-variant:small-caps">{{ vname }}</div>
<div style="font-size:8.4pt">{{ vaddr }} · Tel. (0541) {{ tel }}</div></td>
<td style="text-align:right;font-size:8pt;line-height:1.45">RUC {{ vid }}<br>Timbrado N° {{ timb }}<br>Vigente desde {{ tfrom }} hasta {{ tto }}</td></tr></table>
<div style="margin-top:16px;text-align:right">Villarrica, {{ dl }}</div>
<div style="margin-top:12px">{{ b0 }}<br><b>{{ b1 }}</b><br>{{ b2 }}<br>RUC {{ bruc }}<br><u>Presente</u></div>
<div style="margin-top:14px"><b>Ref.: Factura N° {{ no }}</b></div>
<div style="margin-top:12px">De nuestra mayor consideración:</div>
<p style="margin-top:8px">Por medio de la presente nos dirigimos a ustedes a fin de remitirles la factura N° <b>{{ no }}</b>, de fecha {{ dl }}, emitida a crédito{% if po %} conforme a su orden de compra N° {{ po }}{% endif %}, correspondiente a los bienes y servicios entregados en fecha {{ deliv }} según nota de remisión N° {{ remision }}.</p>
{% if table %}<p>El detalle de lo facturado, con los precios unitarios IVA incluido, es el siguiente:</p>
<table class="liq"><tr><th>Cant.</th><th>Descripción</th><th class="r">Precio unitario</th><th class="r">Exentas</th><th class="r">Gravadas 5 %</th><th class="r">Gravadas 10 %</th></tr>
{% for it in items %}<tr><td>{{ it.q }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">0</td><td class="r">{{ it.g5 }}</td><td class="r">{{ it.g10 }}</td></tr>{% endfor %}</table>
{% else %}<p>La factura comprende {% for it in items %}{{ it.q }} {{ it.d }} a Gs. {{ it.p }} la unidad, por un importe de Gs. {{ it.a }} (IVA {{ it.r }} % incluido){% if not loop.last %}; {% else %}.{% endif %}{% endfor %}</p>{% endif %}
<p>El importe total de la factura asciende a <b>Gs. {{ total }}</b> (guaraníes {{ words }}), que corresponde a un monto neto de Gs. {{ net }} sin impuestos más la liquidación del IVA por Gs. {{ tax }}{% if tax5 and tax10 %}, de los cuales Gs. {{ tax5 }} corresponden al IVA 5 % y Gs. {{ tax10 }} al IVA 10 %{% elif tax5 %}, íntegramente al IVA 5 %{% else %}, íntegramente al IVA 10 %{% endif %}.</p>
{% if adv %}<p>De dicho importe se descuenta el anticipo de Gs. {{ adv }} abonado el {{ advd }} según recibo N° {{ advr }}, quedando un saldo a pagar de Gs. {{ bal }}.</p>{% endif %}
<p>{% if due %}Les solicitamos cancelar el importe a más tardar el <b>{{ due }}</b>, mediante transferencia a nuestra cuenta corriente N° {{ acct }} del {{ bank }}.{% else %}Conforme a lo convenido, el pago se realizará a treinta días de la recepción de la presente, mediante transferencia a nuestra cuenta corriente N° {{ acct }} del {{ bank }}.{% endif %}</p>
<p>Sin otro particular, aprovechamos la ocasión para saludarles muy atentamente.</p>
<div style="margin-top:30px;width:60mm;border-top:1px solid #333;text-align:center;padding-top:3px">{{ signer }}<br><span class="k">{{ role }}</span></div>
<div style="position:absolute;bottom:0;left:0;right:0;font-size:6.8pt;color:#666;border-top:1px solid #ddd;padding-top:3px">KuDE de factura electrónica · CDC {{ cdc }} · Consulte la validez en ekuatia.set.gov.py · Original: cliente</div>
</body></html>"""


@style("04", "py_vil_villarrica_carta_factura_iva_10_5_incl_running_text_pyg_anticipo_words")
def s04(rng, i):
    vname, vaddr, role, color = VR_V[i]
    b0, b1, b2 = VR_B[i]
    d = rand_date(rng)
    rows = rng.sample(VR_ROWS[i], [3, 2, 3, 2][i])
    items = []
    for desc, unit, qlo, qhi, lo, hi, rate in rows:
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p, "rate": rate})
    g5 = sum((x["amount"] for x in items if x["rate"] == 5), D(0))
    g10 = sum((x["amount"] for x in items if x["rate"] == 10), D(0))
    tax5 = (g5 / 21).quantize(D("1"))
    tax10 = (g10 / 11).quantize(D("1"))
    tax = tax5 + tax10
    total = g5 + g10
    net = total - tax
    vid = py_ruc(rng)
    bruc = py_ruc(rng)
    no = f"001-00{rng.randint(1, 3)}-{rng.randint(1, 9999999):07d}"
    dl = long_date(d, "es")
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    po = [f"{rng.randint(1000, 9999)}", None, f"OC {rng.randint(100, 999)}/{d.year}", None][i]
    adv = (total * D(rng.choice([30, 40, 50])) / 100000).quantize(D("1")) * 1000 if i == 3 else None
    table_ = i in (1, 2)
    g = lambda x: de(x, 0)  # noqa: E731
    words = es_words(int(total))
    tfrom = dt.date(d.year - 1 if d.month < 7 else d.year, rng.choice([1, 3, 7]), 1)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 3) + " " + digits(rng, 3), vid=vid, timb=digits(rng, 8, True), tfrom=tfrom.strftime("%d/%m/%Y"),
        tto=(tfrom + dt.timedelta(days=730)).strftime("%d/%m/%Y"), dl=dl, b0=b0, b1=b1, b2=b2, bruc=bruc, no=no, po=po,
        deliv=long_date(d - dt.timedelta(days=rng.randint(1, 6)), "es"), remision=f"001-001-{rng.randint(1, 99999):07d}", table=table_,
        items=[{"q": qstr(x["qty"]), "d": x["desc"], "p": g(x["price"]), "a": g(x["amount"]), "r": x["rate"], "g5": g(x["amount"]) if x["rate"] == 5 else "0", "g10": g(x["amount"]) if x["rate"] == 10 else "0"} for x in items],
        total=g(total), words=words, net=g(net), tax=g(tax), tax5=g(tax5) if tax5 else None, tax10=g(tax10) if tax10 else None,
        adv=g(adv) if adv else None, advd=long_date(d - dt.timedelta(days=rng.randint(10, 40)), "es"), advr=f"{rng.randint(1000, 9999)}", bal=g(total - adv) if adv else None,
        due=long_date(due, "es") if due else None, acct=digits(rng, 3) + "-" + digits(rng, 6, True) + "/" + digits(rng, 1), bank=rng.choice(["Banco Continental", "Banco Itaú Paraguay", "Banco Nacional de Fomento", "Banco GNB"]),
        signer=rng.choice(["Lic. Ramón Benítez", "Ing. Lourdes Ayala", "Sr. Hugo Villalba", "Lic. Marta Giménez"]), role=role, cdc="0" + digits(rng, 43),
    )
    notes = (
        "Villarrica (Guairá, Paraguay) factura as a BUSINESS LETTER in Spanish, the facts and totals in RUNNING SENTENCES"
        + (" with a small liquidation table (Exentas / Gravadas 5 % / Gravadas 10 %)" if table_ else ", one sentence listing the goods")
        + ", prices INCLUDING IVA 10 % and 5 %, whole guaraníes 'Gs. 1.234.567', the total in words: vendor = the letterhead's name; vendor_tax_id = the letterhead's 'RUC' (with its check digit; the addressee's RUC, the timbrado number and its validity dates, the CDC and the bank account are decoys). "
        "invoice_number = 'factura N°' (the reference line and the sentence); invoice_date = 'de fecha' in the first sentence (= the letter's date; the delivery date and the nota de remisión are decoys). "
        + due_note(due, "a treinta días de la recepción", "a más tardar el")
        + po_note(po, "orden de compra N°")
        + "subtotal = 'monto neto de Gs. … sin impuestos'; tax = 'la liquidación del IVA por Gs. …' (the total of the IVA parts); total = 'El importe total de la factura asciende a'"
        + (" before the advance (the anticipo, its receipt and date and the 'saldo a pagar' are decoys)" if adv else "")
        + ". Currency PYG. Line items: every good or service with its IVA-inclusive amount, summing to the total."
    )
    t = truth(vname, vid, no, po, d, due, "PYG", net, tax, total, items, notes)
    chk = {"printed": [dl, no, vname, vid, "importe total", long_date(due, "es") if due else None, bruc, words, ctx["bal"]], "tax_parts": [str(tax5), str(tax10)] if tax5 and tax10 else None}
    if not (tax5 and tax10):
        chk.pop("tax_parts")
    return t, chk, (VR_HTML.replace("@@BASE@@", css(margin="16mm 20mm 14mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)


# =========================================================================== 05 Juiz de Fora (ICMS 18 % incl., BRL), utility bill, boleto
JF_V = [
    ("Mantiqueira Fibra Telecomunicações Ltda.", "MantiqueiraNet", "Rua Halfeld, 612, Centro, Juiz de Fora – MG, CEP 36010-002", "#0e7490"),
    ("Paraibuna Conecta Internet Ltda.", "Paraibuna Conecta", "Av. Barão do Rio Branco, 2870, Centro, Juiz de Fora – MG, CEP 36016-311", "#6d28d9"),
    ("Ibitipoca TV e Dados Ltda.", "Ibitipoca TV", "Rua São Mateus, 455, São Mateus, Juiz de Fora – MG, CEP 36025-000", "#b45309"),
    ("JF Voz e Dados S.A.", "JF Voz e Dados", "Av. Presidente Itamar Franco, 3600, Cascatinha, Juiz de Fora – MG, CEP 36033-318", "#047857"),
]
JF_ROWS = [
    [("Plano Fibra 500 Mega", 99, 149), ("Aluguel de roteador Wi-Fi 6", 9, 19), ("IP fixo", 20, 40), ("Ponto adicional Wi-Fi mesh", 15, 29)],
    [("Plano Fibra 300 Mega", 79, 119), ("Suporte técnico premium", 9, 15), ("Streaming de música", 12, 22)],
    [("Pacote TV Essencial HD", 69, 109), ("Canais de filmes", 29, 49), ("Internet 200 Mega", 59, 89), ("Ponto extra de TV", 19, 29)],
    [("Linha fixa ilimitada local e DDD", 39, 59), ("Internet corporativa 1 Giga", 299, 499), ("Ligações para celular (min)", 0, 0), ("Central PABX virtual, ramal", 14, 25)],
]
JF_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@@BASE@@
.top{display:flex;gap:0;margin-top:8px} .top div.box{flex:1;padding:7px 10px;border:1px solid {{ color }}} .top .l{font-size:7pt;color:#555} .top .v{font-size:14pt;font-weight:bold;color:{{ color }}}
.eol{font-size:8.2pt;line-height:1.35} .eol .v{font-weight:bold;font-size:9pt;margin-bottom:5px}
table.st{width:100%;border-collapse:collapse;margin-top:4px;font-size:8.4pt} table.st td{padding:3px 4px} table.st th{font-size:7pt;color:#555;text-align:left;padding:3px 4px}
.r{text-align:right;white-space:nowrap} .k{font-size:7pt;color:#555} .slip{border-top:1px dashed #333;margin-top:14px;padding-top:8px} .slip td{border:1px solid #999;padding:2px 5px;font-size:7.6pt;vertical-align:top}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:18pt;font-weight:bold;color:{{ color }}">{{ trade }}</div><div style="font-size:8pt">{{ vname }} · CNPJ {{ vid }} · IE {{ ie }}</div><div class="k">{{ vaddr }}</div></td>
<td style="text-align:right;font-size:8pt;white-space:nowrap">Central de atendimento 0800 {{ tel }}<br>www.{{ site }}.com.br<br>Anatel – autorização SCM {{ anatel }}</td></tr></table>
<div class="top"><div class="box"><div class="l">Total a pagar</div><div class="v">R$ {{ pay }}</div></div><div class="box"><div class="l">Vencimento</div><div class="v">{{ due }}</div></div><div class="box"><div class="l">Mês de referência</div><div class="v">{{ ref }}</div></div></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:48%;vertical-align:top" class="eol">
Esta fatura é também o documento fiscal do mês, emitido conforme o Ajuste SINIEF 07/2022. NFCom nº:<div class="v">{{ no }}</div>
Série 1, emitida em Juiz de Fora no dia indicado pela data de emissão:<div class="v">{{ d }}</div>
Chave de acesso da NFCom, consultável no portal da SEF/MG, chave:<div class="v" style="font-size:7pt">{{ key }}</div>
Período de uso dos serviços faturados neste documento, período:<div class="v">{{ p0 }} a {{ p1 }}</div></td>
<td style="vertical-align:top;padding-left:14px"><div class="k">Assinante</div><b>{{ bname }}</b><br>{{ bdoc }}<br>{{ baddr }}<br><span class="k">Código do cliente</span> {{ cli }} · <span class="k">Contrato</span> {{ contrato }}
<div style="margin-top:8px" class="k">Histórico</div><div style="font-size:7.8pt">Fatura anterior R$ {{ prev }} – pagamento recebido em {{ prevd }}. Obrigado!</div></td></tr></table>
<div style="margin-top:10px;font-weight:bold;color:{{ color }};font-size:9pt">Demonstrativo de serviços</div>
<table class="st"><tr><th>Descrição</th><th class="r">Qtd.</th><th class="r">Valor unit. (R$)</th><th class="r">Valor (R$)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% if disc %}<tr><td>Desconto por pagamento até o vencimento</td><td></td><td></td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr style="font-weight:bold"><td style="border-top:1px solid #333">Valor total da fatura</td><td style="border-top:1px solid #333"></td><td style="border-top:1px solid #333"></td><td class="r" style="border-top:1px solid #333">{{ total }}</td></tr></table>
<table style="margin-top:10px;font-size:8pt;border-collapse:collapse"><tr><td class="k" style="padding:2px 12px 2px 0">Base de cálculo do ICMS</td><td class="r">{{ total }}</td><td class="k" style="padding:2px 12px">Alíquota</td><td>18%</td><td class="k" style="padding:2px 12px">Valor do ICMS</td><td class="r">{{ tax }}</td></tr>
<tr><td class="k" style="padding:2px 12px 2px 0">PIS (incluso)</td><td class="r">{{ pis }}</td><td class="k" style="padding:2px 12px">COFINS (incluso)</td><td class="r">{{ cofins }}</td><td class="k" style="padding:2px 12px">FUST/FUNTTEL</td><td class="r">{{ fust }}</td></tr></table>
<div class="k" style="margin-top:6px">Valor aproximado dos tributos (Lei 12.741/2012): R$ {{ ibpt }}. O ICMS está incluso no preço dos serviços. Débito automático disponível nos bancos conveniados.</div>
<div class="slip"><div style="font-size:8pt"><b>{{ bank }}</b> | {{ bcode }} | <span style="font-family:'DejaVu Sans Mono',monospace">{{ linha }}</span></div>
<table style="width:100%;border-collapse:collapse;margin-top:3px"><tr><td colspan="3"><span class="k">Local de pagamento</span><br>Pagável em qualquer banco até o vencimento</td><td><span class="k">Vencimento</span><br><b>{{ due }}</b></td></tr>
<tr><td colspan="3"><span class="k">Beneficiário</span><br>{{ vname }} – CNPJ {{ vid }}</td><td><span class="k">Agência / Código do beneficiário</span><br>{{ ag }}</td></tr>
<tr><td><span class="k">Data do documento</span><br>{{ d }}</td><td><span class="k">Nº do documento</span><br>{{ no }}</td><td><span class="k">Nosso número</span><br>{{ nn }}</td><td><span class="k">(=) Valor do documento</span><br><b>{{ pay }}</b></td></tr>
<tr><td colspan="4"><span class="k">Pagador</span><br>{{ bname }} – {{ bdoc }}</td></tr></table>
<div style="margin-top:4px">{{ bars|safe }}</div></div>
</body></html>"""


@style("05", "br_jdf_juiz_de_fora_fatura_nfcom_icms_18_incl_utility_total_top_label_eol_boleto")
def s05(rng, i):
    vname, trade, vaddr, color = JF_V[i]
    d = rand_date(rng, start=dt.date(2025, 2, 3))
    rows = JF_ROWS[i][: [4, 3, 4, 4][i]]
    items = []
    for desc, lo, hi in rows:
        if hi == 0:
            q = D(rng.randint(30, 400))
            p = D("0.19")
        else:
            q = D(1) if "ramal" not in desc and "Ponto" not in desc else D(rng.randint(2, 8) if "ramal" in desc else rng.randint(1, 3))
            p = D(rng.randint(lo * 100, hi * 100)) / 100 if rng.random() < 0.5 else D(rng.randint(lo, hi)) - D("0.10")
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "unit": "un"})
    disc = q2(sum(x["amount"] for x in items) * D("0.05")) if i in (0, 2) else None
    if disc:
        items.append({"desc": "Desconto por pagamento até o vencimento", "qty": None, "price": None, "amount": -disc, "unit": ""})
    total = sum(x["amount"] for x in items)
    tax = q2(total * D("0.18"))
    due = dt.date(d.year + (d.month == 12), d.month % 12 + 1, rng.choice([5, 10, 15, 20]))
    p1 = d.replace(day=1) - dt.timedelta(days=1)
    p0 = p1.replace(day=1)
    vid = br_cnpj(rng)
    no = f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    key = " ".join(digits(rng, 4) for _ in range(11))
    pf = i != 3
    bdoc = ("CPF " + f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}") if pf else "CNPJ " + br_cnpj(rng)
    bname = ["Mariana Duarte Figueiredo", "José Carlos Rezende", "Ana Paula Vieira Mendes", "Clínica Odontológica Morro do Imperador Ltda."][i]
    prev = q2(total * D(rng.choice(["0.97", "1.00", "1.03"])))
    ctx = dict(
        color=color, trade=trade, vname=vname, vid=vid, ie=digits(rng, 13), vaddr=vaddr, tel=digits(rng, 3) + " " + digits(rng, 4), site=trade.lower().replace(" ", ""), anatel=f"{rng.randint(100, 999)}/{rng.randint(2005, 2020)}",
        pay=de(total), due=fd(due), ref=f"{p0.month:02d}/{p0.year}", no=no, d=fd(d), key=key, p0=fd(p0), p1=fd(p1), bname=bname, bdoc=bdoc,
        baddr=rng.choice(["Rua Santo Antônio, 1020, ap. 302, Centro", "Av. Rio Branco, 3150, Bom Pastor", "Rua Espírito Santo, 88, São Pedro", "Rua Dr. Constantino Paleta, 210, Granbery"]) + ", Juiz de Fora – MG",
        cli=digits(rng, 8, True), contrato=digits(rng, 6, True), prev=de(prev), prevd=fd(d - dt.timedelta(days=rng.randint(20, 35))),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items if x["qty"] is not None],
        disc=de(disc) if disc else None, total=de(total), tax=de(tax), pis=de(q2(total * D("0.0065"))), cofins=de(q2(total * D("0.03"))), fust=de(q2(total * D("0.015"))), ibpt=de(q2(total * D("0.2893"))),
        bank=rng.choice(["Banco do Brasil", "Itaú Unibanco", "Sicoob", "Caixa Econômica Federal"]), bcode=rng.choice(["001-9", "341-7", "756-0", "104-0"]),
        linha=f"{digits(rng, 5)}.{digits(rng, 5)} {digits(rng, 5)}.{digits(rng, 6)} {digits(rng, 5)}.{digits(rng, 6)} {digits(rng, 1)} {digits(rng, 14)}",
        ag=f"{digits(rng, 4)} / {digits(rng, 7)}-{digits(rng, 1)}", nn=digits(rng, 11), bars=bars_svg(rng, 103, 13),
    )
    notes = (
        "Juiz de Fora (Minas Gerais, Brazil) telecom FATURA / NFCom in Portuguese shaped as a UTILITY BILL: 'Total a pagar', 'Vencimento' and 'Mês de referência' in boxes at the TOP; the fiscal facts in sentences whose LABEL stands at the END of the line ('… NFCom nº:') with the value on the NEXT line; "
        "an unruled statement, ICMS 18 % INCLUDED in the prices, '1.234,56', a boleto slip at the foot: vendor = the legal name beside the CNPJ under the trade name (the boleto's 'Beneficiário'); vendor_tax_id = the vendor's 'CNPJ' (the IE, the subscriber's CPF / CNPJ, the access key, the customer code, contract, 'Nosso número' and the Anatel authorisation are decoys). "
        "invoice_number = 'NFCom nº' (also the boleto's 'Nº do documento'); invoice_date = the emission date on the next line after '… data de emissão:' (the usage period, the last payment's date and the reference month are decoys). "
        + due_note(due, None, "Vencimento")
        + po_note(None, "")
        + "subtotal = null (no net is printed: the ICMS is included); tax = 'Valor do ICMS' (PIS, COFINS, FUST and the approximate taxes of Lei 12.741 are decoys); total = 'Valor total da fatura' (= 'Total a pagar'). Currency BRL ('R$'). "
        + ("Line items: every service and the punctuality discount's negative row (no quantity), summing to the total. " if disc else "Line items: every service, summing to the total. ")
        + "The previous bill's amount is a decoy."
    )
    t = truth(vname, vid, no, None, d, due, "BRL", None, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Valor total da fatura", fd(due), key, de(prev)]}
    return t, chk, (JF_HTML.replace("@@BASE@@", css(margin="11mm 13mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="8.8pt")), ctx)
