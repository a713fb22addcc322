"""Chromium (HTML) styles for set 59, second part (04 Saltillo CFDI 4.0 FACTURA in Spanish on a FULLY RULED grid,
IVA 16 %, one in dollars with the peso counter-value, the amount in words, the third a CFDI DE EGRESO (credit note);
05 Teresina FATURA as a BUSINESS LETTER in Portuguese, the facts in RUNNING SENTENCES, ISS 5 % included, the total in
words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mx_rfc
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, pt_date, qr_svg, truth
from kit_words import es_words, pt_words
from stdnum.br import cnpj

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Saltillo (IVA 16, MXN / USD), CFDI, fully ruled, a credit note
CH_V = [  # (name, rfc letters, address, colour, catalogue)
    ("Autopartes Ramos Arizpe del Norte, S.A. de C.V.", "ARN", "Blvd. Isidro López Zertuche 4520, Parque Industrial Santa María, C.P. 25903, Saltillo, Coah.", "#7f1d1d",
     [("Arnés eléctrico ensamblado modelo AX-220", "H87", 50, 900, 8, 36), ("Servicio de maquinado CNC", "E48", 2, 40, 45, 120), ("Empaque y etiquetado", "E48", 1, 10, 90, 400)]),
    ("Distribuidora Agropecuaria de Arteaga, S.A. de C.V.", "DAA", "Carretera Saltillo–Monterrey km 8.5, C.P. 25350, Saltillo, Coah.", "#365314",
     [("Semilla de nogal pecanero injertado", "H87", 20, 400, 180, 420), ("Fertilizante foliar 20 L", "H87", 2, 60, 850, 2400), ("Manguera de riego 16 mm, rollo", "H87", 2, 30, 1200, 2900), ("Servicio de asesoría técnica", "E48", 1, 8, 1500, 4800)]),
    ("Ferretera Sarape de Coahuila, S.A. de C.V.", "FSC", "Calle Victoria 1108, Zona Centro, C.P. 25000, Saltillo, Coah.", "#1e3a8a",
     [("Varilla corrugada 3/8, pieza", "H87", 20, 400, 95, 160), ("Cemento gris 50 kg", "H87", 10, 200, 210, 290), ("Malla electrosoldada 6x6", "H87", 5, 60, 480, 790), ("Flete local", "E48", 1, 2, 450, 1500)]),
    ("Consultores Contables Los Pinos del Valle, S.C.", "CCP", "Blvd. Venustiano Carranza 2304, Col. República, C.P. 25280, Saltillo, Coah.", "#4c1d95",
     [("Honorarios por auditoría de estados financieros", "E48", 1, 1, 28000, 65000), ("Elaboración de declaración anual", "E48", 1, 1, 6500, 14000), ("Asesoría fiscal, hora", "HUR", 2, 20, 950, 1800)]),
]
CH_B = [("Ensambladora Derramadero, S. de R.L. de C.V.", "EDE"), ("Nogaleras Unidas de Parras, S.P.R. de R.L.", "NUP"), ("Constructora Cumbres de Coahuila, S.A. de C.V.", "CCC"), ("Grupo Lechero de La Laguna, S.A. de C.V.", "GLC")]
CH_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.lab{color:#6b7280;font-size:7pt} table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7pt;color:#fff;background:{{ color }};text-align:left;padding:3px 4px;font-weight:bold;border:1px solid #333} table.it td{padding:4px;font-size:8.2pt;border:1px solid #333}
table.tt{border-collapse:collapse;margin-left:auto;font-size:9pt} table.tt td{border:1px solid #333;padding:3px 8px} table.dc{width:100%;margin-top:10px;font-size:8.2pt;border-collapse:collapse} table.dc td{border:1px solid #333;padding:4px;vertical-align:top}
.r{text-align:right;white-space:nowrap} .mono{font-family:'DejaVu Sans Mono',monospace;font-size:6.2pt;word-break:break-all;color:#444}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div>
<div>RFC: <b>{{ vid }}</b> · Régimen fiscal: {{ regimen }}</div></td>
<td style="text-align:right"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ title }}</div><div class="lab">{{ tipo }}</div>
<div style="margin-top:4px">Folio: <b>{{ no }}</b></div><div>Fecha de emisión: <b>{{ d }}</b></div><div>Lugar de expedición: {{ cp }}</div></td></tr></table>
<table class="dc"><tr><td style="width:55%"><div class="lab">Receptor</div><b>{{ bname }}</b><br>RFC: {{ brfc }}<br>Domicilio fiscal: C.P. {{ bcp }} · Régimen 601<br>Uso CFDI: {{ uso }}</td>
<td><div class="lab">Datos del comprobante</div>Folio fiscal (UUID): {{ uuid }}<br>No. de certificado: {{ cert }}<br>Moneda: {{ cur }}{% if tc %} · Tipo de cambio: {{ tc }}{% endif %}<br>Forma de pago: {{ forma }}<br>Método de pago: {{ metodo }}{% if po %}<br>Orden de compra: {{ po }}{% endif %}{% if due %}<br>Fecha límite de pago: {{ due }}{% endif %}</td></tr></table>
{% if rel %}<div style="margin-top:8px;font-size:8pt">CFDI relacionado (01 – Nota de crédito de los documentos relacionados): {{ rel }} · factura {{ relno }}</div>{% endif %}
<table class="it"><tr><th>Clave prod./serv.</th><th class="r">Cantidad</th><th>Clave unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Importe</th><th>Objeto imp.</th></tr>
{% for it in items %}<tr><td>{{ it.k }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td>02</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:55%;font-size:8pt;vertical-align:top"><div class="lab">Importe con letra</div>{{ words }}{% if eqv %}<div style="margin-top:6px" class="lab">{{ eqv }}</div>{% endif %}</td>
<td><table class="tt"><tr><td>Subtotal</td><td class="r">{{ net }}</td></tr>
<tr><td>IVA trasladado 16%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt;color:{{ color }}"><td>Total</td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="width:28mm">{{ qr|safe }}</td><td style="vertical-align:top">
<div class="lab">Sello digital del CFDI</div><div class="mono">{{ sello }}</div><div class="lab">Cadena original del complemento de certificación digital del SAT</div><div class="mono">||1.1|{{ uuid }}|{{ stamp }}|SAT970701NN3|{{ sello[:40] }}|{{ cert }}||</div>
<div class="lab" style="margin-top:4px">Este documento es una representación impresa de un CFDI · Fecha de certificación: {{ stamp }} · Página 1 de 1</div></td></tr></table>
</body></html>"""


def mx_words(x, cur):
    n = int(abs(x))
    c = int((abs(x) - n) * 100)
    w = es_words(n).upper()
    name = {"MXN": "PESOS", "USD": "DÓLARES"}[cur]
    if n == 1:
        name = {"MXN": "PESO", "USD": "DÓLAR"}[cur]
    tail = "M.N." if cur == "MXN" else "USD"
    de_ = " DE" if w.endswith(("MILLÓN", "MILLONES")) else ""
    return f"({w}{de_} {name} {c:02d}/100 {tail})"


@style("04", "mx_slw_saltillo_cfdi_iva_16_ruled_egreso_usd")
def s04(rng, i):
    vname, letters, vaddr, color, cat = CH_V[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, cat, [3, 3, 2, 2][i], D("0.01"))
    sign = -1 if credit else 1
    for x in items:
        x["amount"] = sign * x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    cur = "USD" if i == 0 else "MXN"
    vid = mx_rfc(rng, letters, dt.date(rng.randint(1988, 2016), rng.randint(1, 12), rng.randint(1, 28)))
    bname, bl = CH_B[i]
    brfc = mx_rfc(rng, bl, dt.date(rng.randint(1985, 2018), rng.randint(1, 12), rng.randint(1, 28)))
    serie = ["A", "F", "NC", "CC"][i]
    no = f"{serie}-{rng.randint(1000, 29999)}"
    tm = f"T{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fd = [lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y")][i]
    d_print = fd(d) + (tm if i in (0, 2) else "")
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 3) else None
    po = [f"PO-{rng.randint(4500000, 4599999)}", None, None, f"OC {rng.randint(1000, 9999)}"][i]
    tc = D(rng.choice(["18.2345", "17.9120", "19.4410", "20.1187"])) if i == 0 else None
    m = en
    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12))
    rel = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (8, 4, 4, 4, 12)) if credit else None
    relno = f"F-{rng.randint(1000, 29999)}" if credit else None
    eqv = f"Equivalente en moneda nacional: $ {en(q2(total * tc))} MXN al tipo de cambio {tc} publicado en el DOF" if tc else (f"Referencia en dólares: {en(q2(total / D('18.75')))} USD (tipo de cambio 18.75)" if i == 3 else None)
    title = "NOTA DE CRÉDITO" if credit else "FACTURA"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, regimen="601 General de Ley Personas Morales",
        title=title, tipo="CFDI 4.0 · Tipo de comprobante: " + ("E – Egreso" if credit else "I – Ingreso"), no=no, d=d_print, cp=vaddr.split("C.P. ")[1][:5],
        bname=bname, brfc=brfc, bcp=f"{rng.randint(25000, 27999)}", uso="G02 Devoluciones, descuentos o bonificaciones" if credit else rng.choice(["G01 Adquisición de mercancías", "G03 Gastos en general"]),
        uuid=uuid, cert=digits(rng, 20, True), cur=cur, tc=str(tc) if tc else None, forma="03 Transferencia electrónica de fondos" if i != 1 else "01 Efectivo",
        metodo="PPD Pago en parcialidades o diferido" if due else "PUE Pago en una sola exhibición", po=po, due=fd(due) if due else None, rel=rel, relno=relno,
        items=[{"k": rng.choice(["31161500", "10151500", "30102200", "84111600", "72101500"]), "q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        words=mx_words(total, cur), eqv=eqv, net=m(net), tax=m(tax), total=m(total), qr=qr_svg(rng, 26),
        sello="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(340)) + "==",
        stamp=d.isoformat() + tm,
    )
    notes = (
        f"Saltillo (Coahuila, Mexico) CFDI 4.0 {'NOTA DE CRÉDITO (CFDI de egreso, every amount printed NEGATIVE; the related CFDI UUID and invoice number are decoys)' if credit else 'FACTURA'} in Spanish on a FULLY RULED grid (the parties' boxes, the item table and the totals all ruled), IVA 16 %, '1,234.56': "
        "vendor = the emisor's name at the top left; vendor_tax_id = the emisor's 'RFC' under the address (12 characters, check digit valid; the receptor's RFC, the folio fiscal UUID, the certificate number and the SAT's RFC in the chain are decoys). "
        "invoice_number = 'Folio' (series and number); invoice_date = 'Fecha de emisión'" + (" (printed with its time)" if i in (0, 2) else "") + " (the certification date under the seal is a decoy). "
        + due_note(due, None, "Fecha límite de pago")
        + po_note(po, "Orden de compra")
        + f"subtotal = 'Subtotal'; tax = 'IVA trasladado 16%'; total = 'Total'; the amount in words repeats it. Currency {cur} ('Moneda')"
        + (" (the peso equivalent at the DOF rate is a decoy)" if tc else "") + (" (the dollar reference is a decoy)" if i == 3 else "")
        + ". Line items: every row ('Importe', without IVA)." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [d_print, no, vname, vid, "IVA trasladado 16%", fd(due) if due else None, brfc, uuid, ctx["words"], eqv, rel, m(total)]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(margin="11mm", fs="8.4pt")), ctx)


# =========================================================================== 05 Teresina (ISS 5 % included, BRL), a letter in running sentences
FO_V = [
    ("Poti Consultoria Ambiental Ltda.", "Av. Nossa Senhora de Fátima, 2456, sala 1203, Jóquei, CEP 64048-180, Teresina – PI", "#0f766e"),
    ("Parnaíba Engenharia de Manutenção Ltda.", "Rua Angélica, 410, Fátima, CEP 64049-518, Teresina – PI", "#1e3a8a"),
    ("Encontro das Águas Eventos e Turismo Ltda.", "Av. Raul Lopes, 3120, Noivos, CEP 64046-000, Teresina – PI", "#9a3412"),
    ("Cabeça de Cuia Tecnologia da Informação S.A.", "Rua Areolino de Abreu, 81, Centro, CEP 64000-180, Teresina – PI", "#4c1d95"),
]
FO_B = [
    ("Ilmo. Sr. Diretor de Meio Ambiente", "Águas de Teresina Saneamento SPE S.A.", "Av. Maranhão, 1000, Centro, Teresina – PI"),
    ("Ilma. Sra. Gerente de Operações", "Teresina Shopping Center Ltda.", "Av. Raul Lopes, 1000, Noivos, Teresina – PI"),
    ("Ilmo. Sr. Coordenador Administrativo", "Federação das Indústrias do Estado do Piauí", "Av. Industrial Gil Martins, 1810, Redenção, Teresina – PI"),
    ("Ilma. Sra. Diretora Financeira", "Hospital São Marcos do Piauí S.A.", "Rua Olavo Bilac, 2300, Centro, Teresina – PI"),
]
FO_ROWS = [
    [("horas de consultoria técnica em licenciamento ambiental", "horas", 8, 80, 180, 320), ("campanhas de monitoramento da qualidade da água", "campanhas", 1, 6, 2800, 6400), ("relatórios técnicos de acompanhamento", "relatórios", 1, 4, 1500, 3800)],
    [("visitas de manutenção preventiva em subestação", "visitas", 1, 6, 1800, 4200), ("horas de técnico eletricista", "horas", 8, 60, 95, 160), ("termografias de painéis elétricos", "laudos", 1, 8, 650, 1400)],
    [("diárias de locação do auditório", "diárias", 1, 3, 4200, 9800), ("coffee breaks para participantes", "pessoas", 40, 300, 28, 55), ("horas de recepcionistas bilíngues", "horas", 8, 40, 65, 110)],
    [("licenças mensais do sistema de gestão hospitalar", "licenças", 20, 200, 85, 190), ("horas de suporte técnico on-site", "horas", 4, 40, 140, 240), ("treinamentos de usuários", "turmas", 1, 6, 1800, 3600)],
]
FO_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;text-align:justify;line-height:1.45} table.it{border-collapse:collapse;margin:6px 0 12px 0;width:100%} table.it th{border-bottom:1px solid #444;font-size:8.6pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:9pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="border-bottom:2px solid {{ color }};padding-bottom:6px"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8.4pt">{{ vaddr }} · CNPJ {{ vid }} · Inscrição Municipal {{ im }} · Tel. (86) {{ tel }}</div></div>
<p style="text-align:right;margin-top:16px">Teresina, {{ dl }}.</p>
<p>{{ ref }}</p>
<p>À<br>{{ bname }}<br>{{ baddr }}<br>CNPJ {{ bcnpj }}<br>A/C: {{ hon }}</p>
<p>Senhor(a) Responsável,</p>
<p>Pela presente, apresentamos a V. Sa. a Fatura de Serviços nº <b style="white-space:nowrap">{{ no }}</b>, datada de {{ d }}, relativa aos trabalhos executados entre {{ p0 }} e {{ p1 }}{% if po %} e amparada na Ordem de Serviço nº <span style="white-space:nowrap">{{ po }}</span>{% endif %}. A correspondente NFS-e nº {{ nfse }} foi emitida pela Prefeitura, com o código de autenticidade {{ cv }}.</p>
{% if table %}<p>Discriminação dos serviços:</p>
<table class="it"><tr><th>Serviço</th><th class="r">Qtde.</th><th class="r">Preço unitário</th><th class="r">Total</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">R$&nbsp;{{ it.p }}</td><td class="r">R$&nbsp;{{ it.a }}</td></tr>{% endfor %}</table>
{% else %}<p>Foram prestados, no período:</p>{% for it in items %}<p>• {{ it.d }}: {{ it.q }} unidades ao preço unitário de R$&nbsp;{{ it.p }}, totalizando R$&nbsp;{{ it.a }};</p>{% endfor %}{% endif %}
<p>Importa a presente fatura em <b>R$&nbsp;{{ total }}</b> ({{ words }}). O ISS de 5%, que soma R$&nbsp;{{ tax }}, está incluso nesse montante e será recolhido ao Município de Teresina.</p>
<p>{{ pay }} Para depósito: Banco do Nordeste do Brasil S.A., agência {{ ag }}, conta corrente {{ cc }}; chave PIX {{ pix }}.</p>
<p>Sem mais para o momento, colocamo-nos à disposição para quaisquer esclarecimentos.</p>
<p style="margin-top:18px">Atenciosamente,</p><p style="margin-top:26px"><b>{{ signer }}</b><br>{{ role }}<br>{{ vname }}</p>
<div style="position:absolute;bottom:0;font-size:7pt;color:#777">{{ vname }} · Página 1 de 1</div>
</body></html>"""


def reais_words(x):
    n = int(x)
    c = int((x - n) * 100)
    w = pt_words(n)
    w += " de reais" if w.endswith(("milhão", "milhões")) else (" real" if n == 1 else " reais")
    if c:
        w += " e " + pt_words(c) + (" centavo" if c == 1 else " centavos")
    return w


@style("05", "br_the_teresina_fatura_carta_iss_5_words")
def s05(rng, i):
    vname, vaddr, color = FO_V[i]
    hon, bname, baddr = FO_B[i]
    d = rand_date(rng)
    items = lines(rng, FO_ROWS[i], [2, 3, 3, 2][i], D("0.01"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * D("0.05"))
    vid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    bcnpj = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    no = [f"{d.year}/{rng.randint(100, 999):04d}", f"FAT-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"{rng.randint(10000, 99999)}"][i]
    fd = [pt_date, lambda x: x.strftime("%d/%m/%Y"), pt_date, lambda x: x.strftime("%d/%m/%Y")][i]
    dl = pt_date(d)
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [None, f"{rng.randint(4500000000, 4509999999)}", None, f"PC-{rng.randint(1000, 9999)}/{d.year}"][i]
    p1 = d.replace(day=1) - dt.timedelta(days=1)
    p0 = p1.replace(day=1)
    table = i in (1, 3)
    pay = f"Solicitamos a quitação até {fd(due)}, por depósito ou PIX." if due else "A quitação é devida à vista, no recebimento desta."
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, im=f"{digits(rng, 6, True)}-{rng.randint(0, 9)}", tel=f"3{digits(rng, 3)}-{digits(rng, 4)}", dl=dl,
        ref=f"Ref.: Fatura nº {no}" if i != 2 else f"Of. nº {rng.randint(10, 99)}/{d.year} – Cobrança de serviços", bname=bname, baddr=baddr, bcnpj=bcnpj, hon=hon, no=no, d=fd(d),
        p0=p0.strftime("%d/%m/%Y"), p1=p1.strftime("%d/%m/%Y"), po=po, nfse=f"{rng.randint(1, 9999):08d}", cv=f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}-{digits(rng, 4)}",
        table=table, items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        total=de(total), words=reais_words(total), tax=de(tax), pay=pay, ag=f"{digits(rng, 3)}-{rng.randint(0, 9)}", cc=f"{digits(rng, 6, True)}-{rng.randint(0, 9)}",
        pix=rng.choice(["financeiro@", "cobranca@", "faturamento@"]) + vname.split()[0].lower().replace("ã", "a") + ".com.br",
        signer=rng.choice(["Francisca Castelo Branco Nunes", "José Wellington Portela", "Raquel Sobral Lima", "Antônio Fortes Mendes"]), role=rng.choice(["Diretor Financeiro", "Gerente Administrativa", "Sócio-Administrador"]),
    )
    notes = (
        "Teresina (Piauí, Brazil) FATURA as a BUSINESS LETTER in Portuguese, the facts in RUNNING SENTENCES ('Pela presente, apresentamos a V. Sa. a Fatura de Serviços nº … datada de …'), "
        + ("the services in a small table" if table else "one bulleted sentence per service ('• desc: n unidades ao preço unitário de R$ …, totalizando R$ …;'), NO TABLE") + ", ISS 5 % INCLUDED in the total, '1.234,56' reais, the total in words: "
        "vendor = the letterhead; vendor_tax_id = the letterhead's 'CNPJ' (check digits valid; the Inscrição Municipal, the addressee's CNPJ, the bank agency and account, the PIX key are decoys). "
        "invoice_number = 'Fatura de Serviços nº' (the NFS-e number and its authenticity code are decoys); invoice_date = 'datada de' (the place-and-date line above the addressee is the same day; the service period is a decoy). "
        + due_note(due, "à vista, no recebimento desta", "Solicitamos a quitação até")
        + po_note(po, "Ordem de Serviço nº")
        + "No subtotal printed (null). tax = the ISS 'que soma' (included in the total); total = 'Importa a presente fatura em'. Currency BRL ('R$'). Line items: every service, they sum to the total."
    )
    t = truth(vname, vid, no, po, d, due, "BRL", None, tax, total, items, notes)
    chk = {"printed": [fd(d), dl, no, vname, vid, fd(due) if due else None, bcnpj, ctx["nfse"], ctx["words"]]}
    return t, chk, (FO_HTML.replace("@@BASE@@", css(margin="20mm", fs="9.6pt", font="'DejaVu Serif',serif")), ctx)
