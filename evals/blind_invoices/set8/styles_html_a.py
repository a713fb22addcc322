"""Chromium (HTML) styles for set 8, part A (01 Brazilian NF-e DANFE for goods, 02 Dominican factura with NCF and
ITBIS, 03 Georgian invoice, 05 Luxembourg facture over two pages)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, br_chave
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    spd,
    style_registry,
    valid,
)
from kit_common import bars_svg, items_from, qr_svg
from stdnum.br import cnpj as _cnpj
from stdnum.do import ncf as _ncf
from stdnum.do import rnc as _rnc
from stdnum.lu import tva as _lutva

STYLES, style = style_registry("chromium")


def _cnpj_new(rng):
    base = digits(rng, 8, True) + "0001"
    return base + _cnpj.calc_check_digits(base)


# =========================================================================== 01 Brazilian NF-e DANFE (goods, ICMS inside, IPI on top)
BR_V = [
    ("Metalúrgica Vale do Itajaí Ltda.", "Rua Dr. Pedro Zimmermann, 1450 - Itoupava Central", "Blumenau", "SC", "89068-000", "42", D("0.12")),
    ("Indústria de Embalagens Paulista S.A.", "Av. Antonio Frederico Ozanan, 2200 - Distrito Industrial", "Jundiaí", "SP", "13213-000", "35", D("0.18")),
    ("Móveis Serra Gaúcha Indústria e Comércio Ltda.", "Rod. BR-116, Km 145, nº 3100 - Ana Rech", "Caxias do Sul", "RS", "95060-000", "43", D("0.12")),
    ("Têxtil Nordeste Confecções Ltda.", "Rua Padre Cícero, 880 - Jacarecanga", "Fortaleza", "CE", "60310-000", "23", D("0.18")),
]
BR_B = [
    ("Comercial Elétrica Sul Ltda.", "Curitiba", "PR"),
    ("Supermercados Bom Preço do Vale Ltda.", "Campinas", "SP"),
    ("Lojas Casa & Conforto Ltda.", "Porto Alegre", "RS"),
    ("Magazine Sertão Modas Ltda. - ME", "Juazeiro do Norte", "CE"),
]
BR_L = [  # code, desc, ncm, unit, lo, hi, qlo, qhi, ipi %
    [("MVI-2210", "ABRAÇADEIRA ROSCA SEM FIM 1/2 INOX", "7326.90.90", "PC", 1.2, 3.9, 200, 2000, 5),
     ("MVI-3045", "SUPORTE METÁLICO P/ CALHA 15CM GALV.", "7308.90.10", "PC", 4.5, 11.9, 100, 800, 5),
     ("MVI-1180", "CHAPA PERFURADA AÇO 1,5MM 1000X2000", "7209.17.00", "PC", 180, 320, 5, 40, 5),
     ("MVI-0475", "PARAFUSO SEXTAVADO M10X50 ZINC.", "7318.15.00", "CT", 38, 65, 10, 80, 5)],
    [("EP-0102", "CAIXA PAPELÃO ONDULADO 40X30X25 PARDA", "4819.10.00", "UN", 1.8, 4.2, 500, 5000, 0),
     ("EP-0340", "FILME STRETCH 500MM X 25MIC 4KG", "3920.10.99", "RL", 38, 59, 20, 200, 15),
     ("EP-0511", "SACO PLÁSTICO PEAD 40X60 MILHEIRO", "3923.21.90", "MI", 95, 160, 5, 60, 15),
     ("EP-0725", "FITA ADESIVA TRANSP. 48MMX100M", "3919.10.00", "RL", 3.1, 5.9, 100, 1200, 15)],
    [("MSG-501", "CADEIRA ESTOFADA MADRID TECIDO CINZA", "9401.61.00", "UN", 189, 345, 4, 40, 0),
     ("MSG-730", "MESA JANTAR 6 LUG. MDF CARVALHO", "9403.60.00", "UN", 690, 1450, 2, 12, 0),
     ("MSG-215", "CÔMODA 4 GAVETAS MDP BRANCO", "9403.60.00", "UN", 320, 590, 2, 20, 0),
     ("MSG-118", "BANQUETA ALTA MADEIRA MACIÇA", "9401.69.00", "UN", 119, 210, 4, 30, 0)],
    [("TN-1001", "CAMISETA MALHA PENTEADA 30.1 BRANCA", "6109.10.00", "UN", 14.9, 26.9, 100, 1200, 0),
     ("TN-2040", "CALÇA JEANS MASC. 5 BOLSOS", "6203.42.00", "UN", 49.9, 89.9, 30, 400, 0),
     ("TN-3120", "VESTIDO VISCOSE ESTAMPADO", "6204.44.00", "UN", 39.9, 79.9, 20, 300, 0),
     ("TN-0870", "BERMUDA SARJA MASC.", "6203.43.00", "UN", 29.9, 54.9, 30, 300, 0)],
]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="7mm 8mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="7pt")
    + """
table.b{width:100%;border-collapse:collapse;margin-top:2px} table.b td{border:1px solid #000;padding:1px 3px;vertical-align:top}
.cap{font-size:5.2pt;text-transform:uppercase;display:block;color:#000} .v{font-size:7.6pt} .sec{font-size:6.2pt;font-weight:bold;margin-top:4px}
table.it{width:100%;border-collapse:collapse;margin-top:2px} table.it th{border:1px solid #000;font-size:5.4pt;padding:1px 2px;font-weight:normal} table.it td{border-left:1px solid #000;border-right:1px solid #000;font-size:6.4pt;padding:1px 2px}
table.it tr:last-child td{border-bottom:1px solid #000}
</style></head><body>
<table class="b"><tr><td style="width:80%"><span class="cap">Recebemos de {{ v_name }} os produtos e/ou serviços constantes da nota fiscal eletrônica indicada ao lado. Emissão: {{ d }} · Destinatário: {{ b_name }} · Valor total: R$ {{ total }}</span>
<table style="width:100%;margin-top:6px"><tr><td style="border:none;width:30%"><span class="cap">Data de recebimento</span>&nbsp;</td><td style="border:none"><span class="cap">Identificação e assinatura do recebedor</span>&nbsp;</td></tr></table></td>
<td class="c"><b style="font-size:10pt">NF-e</b><br>Nº {{ no }}<br>Série {{ serie }}</td></tr></table>
<div style="border-top:1px dashed #000;margin:4px 0"></div>
<table class="b"><tr><td style="width:38%" rowspan="2"><div style="font-size:10pt;font-weight:bold">{{ v_name }}</div><div style="margin-top:3px">{{ v_addr }}<br>{{ v_city }} - {{ v_uf }} · CEP {{ v_cep }}<br>Fone: {{ tel }}</div></td>
<td style="width:17%" class="c" rowspan="2"><b style="font-size:11pt">DANFE</b><br><span style="font-size:5.8pt">Documento Auxiliar da Nota Fiscal Eletrônica</span><br><span style="font-size:6pt">0 - Entrada<br>1 - Saída</span> <b style="border:1px solid #000;padding:0 4px">1</b><br><b>Nº {{ no }}</b><br><b>Série {{ serie }}</b><br>Folha 1/1</td>
<td>{{ bars|safe }}<span class="cap">Chave de acesso</span><span class="v" style="font-family:'DejaVu Sans Mono',monospace;font-size:7pt">{{ chave }}</span></td></tr>
<tr><td class="c" style="font-size:6.4pt">Consulta de autenticidade no portal nacional da NF-e www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora</td></tr></table>
<table class="b"><tr><td style="width:55%"><span class="cap">Natureza da operação</span><span class="v">{{ natureza }}</span></td><td><span class="cap">Protocolo de autorização de uso</span><span class="v">{{ protocolo }}</span></td></tr></table>
<table class="b"><tr><td><span class="cap">Inscrição estadual</span><span class="v">{{ ie }}</span></td><td><span class="cap">Insc. estadual do subst. trib.</span>&nbsp;</td><td><span class="cap">CNPJ</span><span class="v">{{ cnpj }}</span></td></tr></table>
<div class="sec">DESTINATÁRIO / REMETENTE</div>
<table class="b"><tr><td style="width:55%"><span class="cap">Nome / Razão social</span><span class="v">{{ b_name }}</span></td><td><span class="cap">CNPJ / CPF</span><span class="v">{{ b_cnpj }}</span></td><td><span class="cap">Data da emissão</span><span class="v">{{ d }}</span></td></tr>
<tr><td><span class="cap">Endereço</span><span class="v">{{ b_addr }}</span></td><td><span class="cap">Município / UF</span><span class="v">{{ b_city }} - {{ b_uf }}</span></td><td><span class="cap">Data da saída/entrada</span><span class="v">{{ d_out }}</span></td></tr>
<tr><td><span class="cap">Inscrição estadual</span><span class="v">{{ b_ie }}</span></td><td><span class="cap">Fone/Fax</span><span class="v">{{ b_tel }}</span></td><td><span class="cap">Hora da saída</span><span class="v">{{ h_out }}</span></td></tr></table>
<div class="sec">FATURA / DUPLICATAS</div>
<table class="b"><tr>{% if dups %}{% for x in dups %}<td><span class="cap">Núm. {{ x.n }}</span>Venc. {{ x.d }}<br>Valor R$ {{ x.v }}</td>{% endfor %}{% else %}<td>Pagamento à vista · {{ pay_note }}</td>{% endif %}</tr></table>
<div class="sec">CÁLCULO DO IMPOSTO</div>
<table class="b"><tr><td><span class="cap">Base de cálculo do ICMS</span><span class="v">{{ bc }}</span></td><td><span class="cap">Valor do ICMS</span><span class="v">{{ icms }}</span></td><td><span class="cap">Base de cálc. ICMS S.T.</span><span class="v">0,00</span></td><td><span class="cap">Valor do ICMS subst.</span><span class="v">0,00</span></td><td><span class="cap">V. aprox. tributos</span><span class="v">{{ ibpt }}</span></td><td><span class="cap">Valor total dos produtos</span><span class="v">{{ prod }}</span></td></tr>
<tr><td><span class="cap">Valor do frete</span><span class="v">0,00</span></td><td><span class="cap">Valor do seguro</span><span class="v">0,00</span></td><td><span class="cap">Desconto</span><span class="v">0,00</span></td><td><span class="cap">Outras desp. acessórias</span><span class="v">0,00</span></td><td><span class="cap">Valor do IPI</span><span class="v">{{ ipi }}</span></td><td><span class="cap">Valor total da nota</span><b class="v">{{ total }}</b></td></tr></table>
<div class="sec">TRANSPORTADOR / VOLUMES TRANSPORTADOS</div>
<table class="b"><tr><td style="width:40%"><span class="cap">Razão social</span><span class="v">{{ carrier }}</span></td><td><span class="cap">Frete por conta</span><span class="v">{{ frete }}</span></td><td><span class="cap">Placa do veículo</span><span class="v">{{ placa }}</span></td><td><span class="cap">UF</span><span class="v">{{ v_uf }}</span></td></tr>
<tr><td><span class="cap">Quantidade / Espécie</span><span class="v">{{ vols }} / VOLUMES</span></td><td><span class="cap">Peso bruto</span><span class="v">{{ peso_b }}</span></td><td><span class="cap">Peso líquido</span><span class="v">{{ peso_l }}</span></td><td></td></tr></table>
<div class="sec">DADOS DOS PRODUTOS / SERVIÇOS</div>
<table class="it"><tr><th>Código</th><th style="width:26%">Descrição do produto / serviço</th><th>NCM/SH</th><th>CST</th><th>CFOP</th><th>Unid.</th><th>Quant.</th><th>Valor unit.</th><th>Valor total</th><th>B. cálc. ICMS</th><th>Valor ICMS</th><th>Valor IPI</th><th>Alíq. ICMS</th><th>Alíq. IPI</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td>{{ it.ncm }}</td><td>{{ cst }}</td><td>{{ cfop }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.icms }}</td><td class="r">{{ it.ipi }}</td><td class="r">{{ icms_rate }}</td><td class="r">{{ it.ipi_rate }}</td></tr>{% endfor %}
{% for _ in pad %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>{% endfor %}</table>
<div class="sec">DADOS ADICIONAIS</div>
<table class="b"><tr><td style="width:65%;height:70px"><span class="cap">Informações complementares</span><span style="font-size:6.4pt">{{ info }}</span></td><td><span class="cap">Reservado ao fisco</span></td></tr></table>
</body></html>"""
)


@style("01", "br_nfe_danfe_produtos")
def s01(rng, i):
    vname, vaddr, vcity, vuf, vcep, ufc, icms_rate = BR_V[i]
    bname, bcity, buf = BR_B[i]
    d = rand_date(rng)
    raw = rng.sample(BR_L[i], rng.randint(3, 4))
    items = items_from(rng, [(r[1], r[3], r[4], r[5], r[6], r[7], r) for r in raw], len(raw))
    for it in items:
        it["icms"] = q2(it["amount"] * icms_rate)
        it["ipi_rate"] = it["extra"][8]
        it["ipi"] = q2(it["amount"] * it["ipi_rate"] / 100)
    prod = sum(it["amount"] for it in items)
    icms = sum(it["icms"] for it in items)
    ipi = sum(it["ipi"] for it in items)
    total = prod + ipi
    cnpj = _cnpj_new(rng)
    cnpj_p = _cnpj.format(cnpj)
    b_cnpj = _cnpj.format(_cnpj_new(rng))
    nnf = rng.randint(1200, 98000)
    serie = rng.choice([1, 1, 2])
    no = f"{nnf:09d}"
    no_p = f"{no[:3]}.{no[3:6]}.{no[6:]}"
    chave = br_chave(ufc, d.strftime("%y%m"), cnpj, serie, nnf, digits(rng, 8))
    chave_p = " ".join(chave[k : k + 4] for k in range(0, 44, 4))
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    d_out = d + dt.timedelta(days=rng.choice([0, 0, 1]))
    dups = []
    if i in (0, 3):
        dd = d + dt.timedelta(days=rng.choice([28, 30, 45]))
        dups = [{"n": "001", "d": f(dd), "v": de(total)}]
        due = dd
    elif i == 1:
        parts = [q2(total / 3), q2(total / 3)]
        parts.append(total - sum(parts))
        dups = [{"n": f"{k + 1:03d}", "d": f(d + dt.timedelta(days=30 * (k + 1))), "v": de(p)} for k, p in enumerate(parts)]
        due = None
    else:
        due = None
    po = [f"45{digits(rng, 8)}", None, None, f"PC-{rng.randint(10000, 99999)}"][i]
    cfop = "6101" if vuf != buf else "5101"
    ibpt = q2(total * D(rng.choice(["0.2871", "0.3145", "0.2512"])))
    info = (
        (f"Pedido de compra nº {po}. " if po else "")
        + f"Valor aproximado dos tributos: R$ {de(ibpt)} Fonte: IBPT. "
        + f"ICMS incluso no preço dos produtos, alíquota {int(icms_rate * 100)}%. "
        + ("Vendedor: " + rng.choice(["Carlos", "Juliana", "Marcos", "Patrícia"]) + f" · Pedido interno {rng.randint(20000, 69999)}.")
    )
    ctx = dict(
        v_name=vname, v_addr=vaddr, v_city=vcity, v_uf=vuf, v_cep=vcep,
        tel=f"({rng.randint(11, 99)}) {digits(rng, 4, True)}-{digits(rng, 4)}",
        b_name=bname, b_cnpj=b_cnpj, b_city=bcity, b_uf=buf,
        b_addr=rng.choice(["Rua XV de Novembro, 1020", "Av. Brasil, 3456 - Centro", "Rua das Palmeiras, 77", "Av. Santos Dumont, 1500"]),
        b_ie=f"{digits(rng, 3, True)}.{digits(rng, 3)}.{digits(rng, 3)}", b_tel=f"({rng.randint(11, 99)}) {digits(rng, 4, True)}-{digits(rng, 4)}",
        no=no_p, serie=serie, chave=chave_p, bars=bars_svg(rng, 86, 10),
        natureza="Venda de produção do estabelecimento", protocolo=f"{ufc}1{d.strftime('%y')}{digits(rng, 10)} {f(d)} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ie=f"{digits(rng, 3, True)}.{digits(rng, 3)}.{digits(rng, 3)}", cnpj=cnpj_p,
        d=f(d), d_out=f(d_out), h_out=f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00",
        dups=dups, pay_note="Boleto bancário" if i == 2 else "",
        bc=de(prod), icms=de(icms), ibpt=de(ibpt), prod=de(prod), ipi=de(ipi), total=de(total),
        carrier=rng.choice(["Transportadora Rodonaves Ltda.", "Braspress Transportes Urgentes Ltda.", "Jamef Transportes Ltda."]),
        frete="1 - Destinatário (FOB)", placa=f"{rng.choice(['MLK', 'QRT', 'IZA', 'FGH'])}{rng.randint(1, 9)}{rng.choice('ABCDEFGHJ')}{digits(rng, 2)}",
        vols=rng.randint(2, 60), peso_b=de(D(rng.randint(80000, 2500000)) / 1000, 3), peso_l=de(D(rng.randint(60000, 2000000)) / 1000, 3),
        items=[{"code": it["extra"][0], "desc": it["desc"], "ncm": it["extra"][2], "unit": it["unit"], "q": de(it["qty"], 4), "p": de(it["price"], 4), "a": de(it["amount"]), "icms": de(it["icms"]), "ipi": de(it["ipi"]), "ipi_rate": f"{it['ipi_rate']},00"} for it in items],
        cst="000", cfop=cfop, icms_rate=f"{int(icms_rate * 100)},00", pad=range(8 - len(items)), info=info,
    )
    notes = (
        "Brazilian DANFE (printed NF-e for goods), every field a box with its caption above the value: vendor = emitente; vendor tax id = its CNPJ (as printed); "
        "the Inscrição Estadual and the destinatário's CNPJ are decoys. invoice_number = the NF-e number 'Nº 000.0xx.xxx' (as printed, series apart); the 44-digit chave de acesso, "
        "the protocolo de autorização and the internal order number are decoys. invoice_date = 'Data da emissão' (dd/mm/yyyy); 'Data da saída/entrada' and the protocol date are decoys. "
        + ("due = the single duplicata's Venc. date. " if due else ("three duplicatas with three due dates: no single due date (null). " if i == 1 else "paid à vista: no due date (null). "))
        + (f"PO = 'Pedido de compra nº {po}' in the informações complementares. " if po else "No PO. ")
        + "subtotal = 'Valor total dos produtos'; tax = 'Valor do IPI' (the tax added on top); total = 'Valor total da nota' = products + IPI. "
        "The ICMS (base and value) is included in the product prices, not added: a decoy for the tax, as is 'V. aprox. tributos' (IBPT estimate); "
        + ("IPI is 0,00 on every line here (tax 0.00, printed). " if ipi == 0 else "")
        + "Line items: every product row (amount = 'Valor total'; quantity printed with 4 decimals). Currency BRL (R$ on the receipt stub only)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=cnpj_p, invoice_number=no_p, po_number=po, invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None, currency="BRL", subtotal=mt(prod), tax=mt(ipi), total=mt(total),
        line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, cnpj_p, no_p, po, vname], (S01_HTML, ctx)


# =========================================================================== 02 Dominican factura de crédito fiscal (RNC, NCF, ITBIS 18 %)
DO_V = [
    ("Distribuidora Caribe Alimentos, S.R.L.", "Av. Máximo Gómez No. 112, Ensanche La Fe", "Santo Domingo, D.N.", "#0e5a8a"),
    ("Ferretería Ochoa Cibao, S.A.", "Av. Estrella Sadhalá No. 56", "Santiago de los Caballeros", "#b8860b"),
    ("Catering Gourmet Las Américas, S.R.L.", "C/ Gustavo Mejía Ricart No. 88, Piantini", "Santo Domingo, D.N.", "#7b1e3a"),
    ("Servicios Informáticos Quisqueya, S.R.L.", "Av. 27 de Febrero No. 305, Bella Vista", "Santo Domingo, D.N.", "#1f6f43"),
]
DO_B = [
    ("Supermercado La Cadena del Este, S.R.L.", "La Romana"),
    ("Constructora Hermanos Peralta, S.R.L.", "Santiago"),
    ("Banco Múltiple Atlántico, S.A.", "Santo Domingo, D.N."),
    ("Clínica Corazones Unidos, S.A.", "Santo Domingo, D.N."),
]
DO_L = [
    [("Arroz selecto 125 lb (saco)", "SACO", 2650, 3400, 5, 40, "E"), ("Aceite de soya 1 gal", "UND", 395, 520, 12, 120, 18),
     ("Habichuelas rojas 1 lb", "UND", 68, 95, 48, 480, "E"), ("Salami súper especial 2.5 lb", "UND", 265, 340, 12, 96, 18),
     ("Refresco cola 2 L x 6", "PAQ", 310, 420, 10, 80, 18), ("Café molido 1 lb", "UND", 330, 410, 12, 120, 18)],
    [("Cemento gris Portland 42.5 kg", "FDA", 495, 590, 20, 300, 18), ('Varilla corrugada 3/8" x 20\'', "UND", 265, 340, 50, 500, 18),
     ("Block de 6\"", "UND", 38, 52, 200, 3000, 18), ("Pintura acrílica blanca cubeta", "CUB", 3850, 5200, 2, 20, 18),
     ("Tubo PVC 4\" SDR-41", "UND", 690, 940, 5, 60, 18)],
    [("Desayuno ejecutivo", "PAX", 595, 890, 20, 150, 18), ("Almuerzo buffet corporativo", "PAX", 1150, 1750, 20, 150, 18),
     ("Coffee break AM/PM", "PAX", 325, 480, 20, 150, 18), ("Montaje y personal de servicio", "SERV", 8500, 18000, 1, 1, 18)],
    [("Soporte técnico mensual (plan 40 h)", "MES", 38000, 65000, 1, 1, 18), ("Licencia antivirus corporativo (anual)", "UND", 1850, 2900, 10, 120, 18),
     ("Horas adicionales de soporte", "HORA", 1450, 2200, 2, 20, 18), ("Configuración firewall y VPN", "SERV", 12000, 26000, 1, 1, 18)],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'Liberation Sans',Arial,sans-serif", fs="8.6pt")
    + """
.h{color:{{ color }}} table.kv td{padding:1px 8px 1px 0} table.it{width:100%;margin-top:10px} table.it th{text-align:left;border-bottom:1.5px solid {{ color }};padding:3px;font-size:8pt}
table.it td{padding:3px} table.it th.r{text-align:right} table.tot td{padding:2px 6px} .pill{border:1.5px solid {{ color }};border-radius:5px;padding:6px 10px}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%"><div class="h" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v1 }}<br>{{ v2 }}, República Dominicana<br>Tel. {{ tel }}<br><b>RNC: {{ rnc }}</b></div></td>
<td><div class="pill"><div class="h" style="font-weight:bold;font-size:10.5pt">{{ title }}</div><table class="kv" style="margin-top:3px"><tr><td>{{ ncf_label }}</td><td><b>{{ ncf }}</b></td></tr>{% if valid_until %}<tr><td>Válido hasta:</td><td>{{ valid_until }}</td></tr>{% endif %}
<tr><td>Fecha:</td><td>{{ d }}</td></tr>{% if due %}<tr><td>Fecha de vencimiento:</td><td>{{ due }}</td></tr>{% endif %}</table></div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:58%"><b>Cliente:</b> {{ b_name }}<br><b>RNC Cliente:</b> {{ b_rnc }}<br>{{ b_city }}</td>
<td><table class="kv"><tr><td>Condición de pago:</td><td>{{ cond }}</td></tr><tr><td>Vendedor:</td><td>{{ seller }}</td></tr><tr><td>{{ ref_label }}</td><td>{{ ref }}</td></tr>{% if po %}<tr><td>Orden de compra:</td><td>{{ po }}</td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr><th>Cant.</th><th>Unidad</th><th style="width:44%">Descripción</th><th class="r">Precio</th><th class="r">ITBIS</th><th class="r">Valor</th></tr>
{% for it in items %}<tr style="background:{{ loop.cycle('#fff','#f4f4f4') }}"><td>{{ it.q }}</td><td>{{ it.unit }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%;font-size:7.6pt;color:#444">{% if exento %}Monto gravado: RD$ {{ gravado }}<br>Monto exento: RD$ {{ exento }}<br>{% endif %}{{ ret_note }}<br>{{ extra_note }}</td>
<td><table class="tot" style="margin-left:auto"><tr><td>Subtotal</td><td class="r">RD$ {{ net }}</td></tr><tr><td>Descuento</td><td class="r">RD$ 0.00</td></tr><tr><td>ITBIS (18%)</td><td class="r">RD$ {{ tax }}</td></tr>
{% if tip %}<tr><td>10% Ley (propina legal)</td><td class="r">RD$ {{ tip }}</td></tr>{% endif %}<tr><td class="h"><b>TOTAL A PAGAR</b></td><td class="r"><b>RD$ {{ total }}</b></td></tr></table></td></tr></table>
{% if qr %}<table style="margin-top:14px"><tr><td>{{ qr|safe }}</td><td style="padding-left:10px;font-size:7.4pt">Código de seguridad: {{ sec }}<br>Fecha de firma digital: {{ sign_d }}<br>Consulte este comprobante en dgii.gov.do</td></tr></table>{% endif %}
<table style="width:100%;margin-top:40px"><tr><td class="c">______________________<br>Despachado por</td><td class="c">______________________<br>Recibido conforme</td></tr></table>
<div style="font-size:7pt;color:#666;margin-top:10px">Original: Cliente · Copia: Contabilidad. Cheques a nombre de {{ v_name }}. Cuenta corriente {{ bank }} No. {{ acct }}.</div>
</body></html>"""
)


@style("02", "do_factura_ncf_itbis")
def s02(rng, i):
    vname, v1, v2, color = DO_V[i]
    bname, bcity = DO_B[i]
    d = rand_date(rng)
    items = items_from(rng, DO_L[i], rng.randint(3, 5), step=D("0.05") if i == 0 else D("1"))
    for it in items:
        it["tax"] = q2(it["amount"] * D("0.18")) if it["extra"] == 18 else D(0)
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    exento = sum(it["amount"] for it in items if it["extra"] != 18)
    tip = q2(net * D("0.10")) if i == 2 else None
    total = net + tax + (tip or 0)
    rnc = valid(rng, lambda: "1" + rng.choice(["01", "30", "31", "32"]) + digits(rng, 6), _rnc.is_valid)
    rnc_p = _rnc.format(rnc) if i != 1 else rnc
    b_rnc = _rnc.format(valid(rng, lambda: "1" + rng.choice(["01", "30", "31"]) + digits(rng, 6), _rnc.is_valid))
    if i == 3:
        ncf = "E31" + f"{rng.randint(1, 99999):010d}"
        title, ncf_label, valid_until = "Factura de Crédito Fiscal Electrónica", "e-NCF:", None
    else:
        ncf = "B01" + f"{rng.randint(1, 99999):08d}"
        title, ncf_label = "FACTURA DE CRÉDITO FISCAL", "NCF:"
        valid_until = f"31/12/{d.year + 1}"
    assert _ncf.is_valid(ncf)
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    days = [30, 45, None, 30][i]
    due = d + dt.timedelta(days=days) if days else None
    po = [None, f"OC-{rng.randint(1000, 9999)}", f"{rng.randint(4500000, 4599999)}", f"CCU-{d.year}-{rng.randint(100, 999)}"][i]
    ref_label, ref = ("Pedido No.:", f"PV-{rng.randint(10000, 99999)}") if i != 2 else ("Evento:", f"Reunión anual, {f(d - dt.timedelta(days=rng.randint(1, 5)))}")
    ret = q2(tax * D("0.30")) if i == 3 else None
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, tel=f"{rng.choice(['809', '829', '849'])}-{digits(rng, 3, True)}-{digits(rng, 4)}", rnc=rnc_p,
        title=title, ncf_label=ncf_label, ncf=ncf, valid_until=valid_until, d=f(d), due=f(due) if due else None,
        b_name=bname, b_rnc=b_rnc, b_city=bcity, cond=f"Crédito {days} días" if days else "Contado",
        seller=rng.choice(["J. Almonte", "M. Reyes", "R. Castillo", "A. Peña"]), ref_label=ref_label, ref=ref, po=po,
        items=[{"q": qstr(it["qty"]), "unit": it["unit"], "desc": it["desc"], "p": en(it["price"]), "t": en(it["tax"]) if it["extra"] == 18 else "E", "a": en(it["amount"])} for it in items],
        exento=en(exento) if exento else None, gravado=en(net - exento),
        ret_note=f"Servicios sujetos a retención del 30% del ITBIS por el cliente (Norma 02-05): RD$ {en(ret)}." if ret else "",
        extra_note="Los precios de los productos exentos (E) no incluyen ITBIS." if exento else "Gracias por preferirnos.",
        net=en(net), tax=en(tax), tip=en(tip) if tip else None, total=en(total),
        qr=qr_svg(rng, 22) if i == 3 else None, sec="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
        sign_d=f"{f(d)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        bank=rng.choice(["Banco Popular", "Banreservas", "Banco BHD"]), acct=digits(rng, 9, True),
    )
    notes = (
        "Dominican factura de crédito fiscal: vendor tax id = its RNC (as printed); the client's RNC is a decoy. "
        + ("invoice_number = the e-NCF (E31…, an electronic fiscal receipt number); the security code and signature date are decoys. " if i == 3 else "invoice_number = the NCF (B01…, the fiscal receipt number); 'Válido hasta' (the NCF sequence's expiry) is a decoy date. ")
        + ("The 'Pedido No.' (sales order) is a decoy. " if i != 2 else "The event date is a decoy. ")
        + "invoice_date = 'Fecha'; "
        + ("due = 'Fecha de vencimiento' (payment). " if due else "cash sale ('Contado'): no due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotal' (before ITBIS); tax = ITBIS 18%; "
        + ("'10% Ley' (propina legal, a legal service charge) is added between subtotal + tax and the total; " if tip else "")
        + "total = 'TOTAL A PAGAR'. "
        + ("Exempt (E) lines are in the subtotal; 'Monto gravado/exento' are decoys. " if exento else "")
        + ("The 30% ITBIS withholding the client practises is a decoy (total unchanged). " if ret else "")
        + "Amounts 1,234.56 in DOP (RD$). Line items: every row (amount = 'Valor', before ITBIS)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=rnc_p, invoice_number=ncf, po_number=po, invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None, currency="DOP", subtotal=mt(net), tax=mt(tax), total=mt(total),
        line_items=li(items), notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, rnc_p, ncf, po, vname]}
    if tip:
        chk["total_adjustment"] = mt(tip)
        chk["printed"].append(en(tip))
    return t, chk, (S02_HTML, ctx)


# =========================================================================== 03 Georgian invoice (ს/კ, დღგ 18 %, GEL)
KA_MONTHS = "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი".split()
GE_V = [
    ('შპს "საქართველოს ოფის სერვისი"', "თბილისი, ჭავჭავაძის გამზ. 37", "#8b1a1a", ("სს „თიბისი ბანკი“", "TB", "TBCBGE22")),
    ('შპს "კავკასიის სამშენებლო მასალები"', "ქუთაისი, წერეთლის ქ. 116", "#274e8c", ("სს „საქართველოს ბანკი“", "BG", "BAGAGE22")),
    ('შპს "კახეთის ღვინის სახლი"', "თელავი, ერეკლე II-ის ქ. 5", "#5a2a6b", ("სს „საქართველოს ბანკი“", "BG", "BAGAGE22")),
    ('შპს "ბათუმი დიჯიტალ"', "ბათუმი, რუსთაველის ქ. 12", "#0b6e6e", ("სს „ლიბერთი ბანკი“", "LB", "LBRTGE22")),
]
GE_B = ['შპს "ჯეო ლოჯისტიკა"', 'სს "თბილისის სამშენებლო კომპანია"', 'შპს "რესტორანი ძველი ქალაქი"', 'შპს "აჭარის ტურისტული ცენტრი"']
GE_L = [
    [("ოფისის ქაღალდი A4, 500 ფურცელი", "შეკვრა", 14.5, 21.9, 10, 120), ("კარტრიჯი HP 85A", "ცალი", 95, 189, 2, 12),
     ("საქაღალდე რეგისტრატორი", "ცალი", 6.4, 11.5, 10, 80), ("ბურთულიანი კალამი", "ცალი", 0.6, 1.9, 50, 500)],
    [("ცემენტი M400, 50 კგ", "ტომარა", 16.5, 21, 40, 400), ("არმატურა Ø12", "ტონა", 1850, 2350, 1, 12),
     ("ბლოკი 20x20x40", "ცალი", 1.1, 1.8, 500, 4000), ("ქვიშა", "მ³", 32, 48, 5, 60)],
    [("ღვინო საფერავი 0.75 ლ", "ბოთლი", 14, 32, 24, 240), ("ღვინო რქაწითელი 0.75 ლ", "ბოთლი", 12, 26, 24, 240),
     ("ჭაჭა 0.5 ლ", "ბოთლი", 18, 35, 12, 96), ("მინერალური წყალი 0.5 ლ", "ბოთლი", 1.1, 1.9, 48, 480)],
    [("ვებ-გვერდის განვითარება", "მომსახურება", 2500, 6800, 1, 1), ("სერვერის ტექნიკური მხარდაჭერა", "თვე", 450, 900, 1, 6),
     ("საკონსულტაციო მომსახურება", "საათი", 60, 120, 4, 40), ("დომენის რეგისტრაცია (.ge)", "წელი", 45, 60, 1, 3)],
]
S03_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 15mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.band{background:{{ color }};color:#fff;padding:8px 12px} table.p td{padding:2px 8px 2px 0;vertical-align:top} table.it{width:100%;margin-top:10px}
table.it th,table.it td{border:1px solid #777;padding:3px 4px} table.it th{background:#eee;font-size:7.6pt} .en{color:#666;font-size:7pt}
</style></head><body>
<div class="band"><span style="font-size:16pt;font-weight:bold">{{ title|safe }}</span><span style="float:right;font-size:10pt;margin-top:6px">{{ no_line|safe }}</span></div>
<div style="margin-top:6px">{{ date_line|safe }}</div>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%"><table class="p">
<tr><td colspan="2"><b>{{ L.supplier|safe }}</b></td></tr><tr><td>{{ L.name|safe }}</td><td><b>{{ v_name }}</b></td></tr><tr><td>{{ L.code|safe }}</td><td>{{ v_code }}</td></tr>
<tr><td>{{ L.addr|safe }}</td><td>{{ v_addr }}</td></tr><tr><td>{{ L.bank|safe }}</td><td>{{ bank }}<br>{{ bic }}</td></tr><tr><td>{{ L.acct|safe }}</td><td>{{ iban }}</td></tr></table></td>
<td><table class="p"><tr><td colspan="2"><b>{{ L.buyer|safe }}</b></td></tr><tr><td>{{ L.name|safe }}</td><td>{{ b_name }}</td></tr><tr><td>{{ L.code|safe }}</td><td>{{ b_code }}</td></tr>
<tr><td>{{ L.contract|safe }}</td><td>№ {{ contract }}</td></tr>{% if po %}<tr><td>{{ L.order|safe }}</td><td>№ {{ po }}</td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr><th>№</th><th style="width:42%">{{ L.desc|safe }}</th><th>{{ L.unit|safe }}</th><th>{{ L.qty|safe }}</th><th>{{ L.price|safe }}</th><th>{{ L.amount|safe }}</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for r in tot_rows %}<tr><td colspan="5" class="r"{% if loop.last %} style="font-weight:bold"{% endif %}>{{ r[0]|safe }}</td><td class="r"{% if loop.last %} style="font-weight:bold"{% endif %}>{{ r[1] }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">{{ L.due|safe }} <b>{{ due }}</b></div>
<div style="margin-top:4px">{{ L.purpose|safe }} {{ purpose }}</div>
<table style="width:100%;margin-top:36px"><tr><td>{{ L.director|safe }} ______________ {{ director }}</td><td class="r">{{ L.sign|safe }} ______________</td></tr></table>
</body></html>"""
)
GE_LAB_KA = dict(
    supplier="მიმწოდებელი", buyer="მყიდველი", name="დასახელება:", code="საიდენტიფიკაციო კოდი:", addr="მისამართი:", bank="ბანკი:",
    acct="ანგარიშის ნომერი:", contract="ხელშეკრულება:", order="შეკვეთა:", desc="საქონლის / მომსახურების დასახელება", unit="ერთეული",
    qty="რაოდენობა", price="ფასი", amount="თანხა", due="გადახდის ვადა:", purpose="დანიშნულება:", director="დირექტორი", sign="ბ.ა.",
)


def _bi(ka, en_):
    return f'{ka} <span class="en">/ {en_}</span>'


GE_LAB_BI = dict(
    supplier=_bi("მიმწოდებელი", "Supplier"), buyer=_bi("მყიდველი", "Buyer"), name=_bi("დასახელება", "Name"), code=_bi("ს/კ", "ID code"),
    addr=_bi("მისამართი", "Address"), bank=_bi("ბანკი", "Bank"), acct=_bi("ანგარიში", "Account"), contract=_bi("ხელშეკრულება", "Contract"),
    order=_bi("შეკვეთა", "Order"), desc=_bi("დასახელება", "Description"), unit=_bi("ერთ.", "Unit"), qty=_bi("რაოდ.", "Qty"),
    price=_bi("ფასი", "Price"), amount=_bi("თანხა", "Amount"), due=_bi("გადახდის ვადა", "Payment due"), purpose=_bi("დანიშნულება", "Payment reference"),
    director=_bi("დირექტორი", "Director"), sign="ბ.ა. / Stamp",
)


@style("03", "ge_angarishfaktura_gel")
def s03(rng, i):
    vname, vaddr, color, (bank, bcode, bic) = GE_V[i]
    d = rand_date(rng)
    items = items_from(rng, GE_L[i], rng.randint(2, 4), step=D("0.05") if i != 3 else D("1"))
    incl = i == 3  # prices include VAT: only the VAT within the total is printed
    total_items = sum(it["amount"] for it in items)
    if incl:
        total = total_items
        tax = q2(total * 18 / 118)
        net = None
    else:
        net = total_items
        tax = q2(net * D("0.18"))
        total = net + tax
    v_code = digits(rng, 9, True) if i % 2 else "4" + digits(rng, 8)
    b_code = "2" + digits(rng, 8)
    ib = iban("GE", bcode + digits(rng, 16))
    fmt = spd if i in (0, 1) else en
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([5, 10, 15, 30]))
    no = [f"{rng.randint(100, 999)}", f"INV-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(1, 480)}/{str(d.year)[2:]}", f"BD-{rng.randint(10000, 99999)}"][i]
    po = [None, f"{rng.randint(100, 999)}/შ", None, f"PO-{rng.randint(1000, 9999)}"][i]
    L = GE_LAB_BI if i in (2, 3) else GE_LAB_KA
    d_long = f"{d.day} {KA_MONTHS[d.month - 1]} {d.year} წ."
    if i == 1:
        title, no_line, date_line = "ინვოისი", f"№ {no}", f"თარიღი: {d_long}"
    elif i in (2, 3):
        title, no_line, date_line = 'ინვოისი <span style="font-size:10pt">/ INVOICE</span>', f"№ {no}", f'თარიღი <span class="en">/ Date</span>: {f(d)}'
    else:
        title, no_line, date_line = "ანგარიშ-ფაქტურა (ინვოისი)", f"№ {no}", f"თარიღი: {f(d)}"
    cur = "ლარი" if i in (0, 1) else "GEL"
    if incl:
        tot_rows = [(_bi("სულ გადასახდელი (დღგ-ს ჩათვლით)", "Total incl. VAT") + f" ({cur})", fmt(total)), (_bi("მ.შ. დღგ 18%", "of which VAT 18%"), fmt(tax))]
        tot_rows = [tot_rows[1], tot_rows[0]]
    elif i == 2:
        tot_rows = [(_bi("ჯამი დღგ-ს გარეშე", "Subtotal excl. VAT"), fmt(net)), (_bi("დღგ 18%", "VAT 18%"), fmt(tax)), (_bi("სულ გადასახდელი", "Total") + f" ({cur})", fmt(total))]
    else:
        tot_rows = [("ჯამი დღგ-ს გარეშე", fmt(net)), ("დღგ 18%", fmt(tax)), (f"სულ გადასახდელი ({cur})", fmt(total))]
    ctx = dict(
        color=color, title=title, no_line=no_line, date_line=date_line, L=L, v_name=vname, v_code=v_code, v_addr=vaddr, bank=bank, bic=bic,
        iban=ib, b_name=GE_B[i], b_code=b_code, contract=f"{rng.randint(1, 99)}-{str(d.year - rng.randint(0, 1))[2:]}", po=po,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": fmt(it["price"]), "a": fmt(it["amount"])} for it in items],
        tot_rows=tot_rows, due=f(due), purpose=f"ინვოისი № {no}", director=rng.choice(["გ. ბერიძე", "ნ. კაპანაძე", "ლ. მამულაშვილი"]),
    )
    notes = (
        "Georgian invoice (ინვოისი), Georgian script" + (" with English glosses" if i in (2, 3) else "") + ": vendor = მიმწოდებელი; vendor tax id = its საიდენტიფიკაციო კოდი (ს/კ, 9 digits; a VAT payer's number is the same code); "
        "the buyer's code, the contract number and the IBAN are decoys. invoice_number = the '№' after the title; "
        + ("invoice_date = 'თარიღი' in words (day month year წ.). " if i == 1 else "invoice_date = 'თარიღი' (dd.mm.yyyy). ")
        + "due = 'გადახდის ვადა'. "
        + (f"PO = 'შეკვეთა № {po}'. " if po else "No PO. ")
        + ("Prices include VAT: total = 'სულ გადასახდელი (დღგ-ს ჩათვლით)', tax = 'მ.შ. დღგ 18%' (VAT within it), no subtotal printed (null). " if incl else "subtotal = 'ჯამი დღგ-ს გარეშე'; tax = 'დღგ 18%'; total = 'სულ გადასახდელი'. ")
        + "Currency GEL ('ლარი' or GEL). Line items: every row (amount = 'თანხა')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=v_code, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
        currency="GEL", subtotal=mt(net) if net is not None else None, tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [d_long if i == 1 else f(d), f(due), v_code, no, po, vname], (S03_HTML, ctx)


# =========================================================================== 05 Luxembourg facture over two pages (TVA 17 %, report / à reporter)
LU_V = [
    ("Fiduciaire Wagner & Associés S.à r.l.", "12, rue Jean Engling", "L-1466 Luxembourg", "#1d3f6e", "Luxembourg"),
    ("Menuiserie Schmit Frères S.à r.l.", "45, route d'Arlon", "L-8009 Strassen", "#6b4423", "Strassen"),
    ("Kirchberg Data Consulting S.A.", "2, avenue John F. Kennedy", "L-1855 Luxembourg", "#006d77", "Luxembourg"),
    ("Bureau d'ingénieurs Hoffmann S.e.c.s.", "7, Zone Industrielle", "L-8287 Kehlen", "#5c5c5c", "Kehlen"),
]
LU_B = [
    ("Boulangerie Fischer S.à r.l.", "Monsieur Paul Fischer", "23, Grand-Rue", "L-9050 Ettelbruck"),
    ("Madame et Monsieur Weber-Muller", "", "8, rue des Prés", "L-5365 Munsbach"),
    ("Banque Européenne de Gestion S.A.", "Service Achats", "19, boulevard Royal", "L-2449 Luxembourg"),
    ("Commune de Mamer", "Service technique", "1, place de l'Indépendance", "L-8252 Mamer"),
]
LU_ACT = [
    [("Tenue de la comptabilité", 85, 110, 17), ("Établissement des fiches de salaire", 70, 90, 17), ("Déclaration TVA trimestrielle", 95, 125, 17),
     ("Entretien avec le client", 110, 140, 17), ("Clôture annuelle et comptes annuels", 120, 160, 17)],
    [("Pose de parquet chêne (séjour)", 48, 62, 3), ("Fabrication escalier sur mesure", 55, 70, 3), ("Montage portes intérieures", 48, 62, 3),
     ("Fourniture et pose de plinthes", 45, 58, 3), ("Déplacement et transport matériel", 40, 55, 17)],
    [("Analyse des besoins et ateliers", 120, 160, 17), ("Développement ETL et reporting", 105, 140, 17), ("Migration base de données", 110, 150, 17),
     ("Tests et recette", 95, 125, 17), ("Gestion de projet", 130, 170, 17)],
    [("Relevés sur site", 90, 120, 17), ("Calculs de structure", 110, 145, 17), ("Plans d'exécution", 95, 130, 17),
     ("Réunion de chantier", 100, 135, 17), ("Rédaction cahier des charges", 100, 140, 17)],
]
LU_MONTHS = MONTHS["fr"]
S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 18mm 26mm 18mm", font="'Liberation Serif','DejaVu Serif',serif", fs="9.4pt")
    + """
.foot{position:fixed;bottom:0;left:0;right:0;font-size:6.8pt;color:#555;border-top:1px solid {{ color }};padding-top:3px;text-align:center}
table.it{width:100%;margin-top:8px} table.it th{text-align:left;font-size:8pt;color:{{ color }};border-bottom:1px solid {{ color }};padding:2px 3px} table.it td{padding:1.6px 3px;font-size:8.6pt}
.brk{page-break-before:always} .pg{text-align:right;font-size:7.5pt;color:#555} table.kv td{padding:1px 10px 1px 0}
</style></head><body>
<div class="foot">{{ v_name }} · {{ v1 }} · {{ v2 }} · RCS Luxembourg {{ rcs }} · Autorisation d'établissement n° {{ auth }} · N° TVA {{ vat }} · Matricule {{ matricule }}<br>{{ bank }} · IBAN {{ iban }} · BIC {{ bic }}</div>
<table style="width:100%"><tr><td><div style="font-size:15pt;color:{{ color }};font-weight:bold">{{ v_name }}</div><div style="font-size:8.4pt">{{ v1 }} · {{ v2 }} · Tél. {{ tel }}</div></td><td class="pg">Page 1/2</td></tr></table>
<div style="margin:26px 0 0 95mm">{{ b_name }}<br>{% if b_att %}{{ b_att }}<br>{% endif %}{{ b1 }}<br>{{ b2 }}</div>
<div style="margin:22px 0 0 95mm">{{ place }}, le {{ d_long }}</div>
<table class="kv" style="margin-top:14px"><tr><td>Facture n°</td><td><b>{{ no }}</b></td></tr><tr><td>Date de facture</td><td>{{ d }}</td></tr><tr><td>N° client</td><td>{{ cust }}</td></tr><tr><td>Dossier</td><td>{{ dossier }}</td></tr>{% if po %}<tr><td>Votre bon de commande</td><td>{{ po }}</td></tr>{% endif %}<tr><td>Période</td><td>{{ period }}</td></tr></table>
<div style="margin-top:12px">{{ salutation }},<br>Nous nous permettons de vous facturer nos prestations comme suit :</div>
<table class="it"><tr><th>Date</th><th style="width:52%">Prestation</th><th class="r">Heures</th><th class="r">Taux</th><th class="r">TVA</th><th class="r">Montant HTVA</th></tr>
{% for it in p1 %}<tr><td>{{ it.d }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r" style="border-top:1px solid #999"><i>À reporter</i></td><td class="r" style="border-top:1px solid #999"><i>{{ carry }}</i></td></tr></table>
<div class="brk"></div>
<table style="width:100%"><tr><td style="font-size:8.4pt">{{ v_name }} · Facture n° {{ no }} du {{ d }}</td><td class="pg">Page 2/2</td></tr></table>
<table class="it"><tr><th>Date</th><th style="width:52%">Prestation</th><th class="r">Heures</th><th class="r">Taux</th><th class="r">TVA</th><th class="r">Montant HTVA</th></tr>
<tr><td colspan="5" class="r"><i>Report</i></td><td class="r"><i>{{ carry }}</i></td></tr>
{% for it in p2 %}<tr><td>{{ it.d }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px" class="kv"><tr><td>Total HTVA</td><td class="r">{{ net }}</td></tr>{% for r in vat_rows %}<tr><td>TVA {{ r.rate }} % sur {{ r.base }}</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
<tr><td style="border-top:1.5px solid #000"><b>Total TTC</b></td><td class="r" style="border-top:1.5px solid #000"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:14px">{{ pay_text }}</div>
<div style="margin-top:4px;font-size:8.4pt">{{ extra }}</div>
<div style="margin-top:16px">Nous vous prions d'agréer, {{ salutation }}, l'expression de nos salutations distinguées.</div>
<div style="margin-top:20px;margin-left:95mm">{{ signer }}</div>
</body></html>"""
)


@style("05", "lu_facture_tva_2pages")
def s05(rng, i):
    vname, v1, v2, color, place = LU_V[i]
    bname, batt, b1, b2 = LU_B[i]
    d = rand_date(rng)
    n = rng.randint(24, 30)
    start = d - dt.timedelta(days=rng.randint(35, 60))
    acts = LU_ACT[i]
    rates = {a[0]: (D(rng.randint(a[1], a[2])), a[3]) for a in acts}
    rows = []
    day = start
    for _ in range(n):
        day += dt.timedelta(days=rng.randint(1, 2))
        desc = rng.choice(acts)[0]
        h = D(rng.randint(2, 16)) / 2
        p, r = rates[desc]
        rows.append({"date": day, "desc": desc, "qty": h, "price": p, "amount": q2(h * p), "rate": r})
    k = rng.randint(17, 19)
    fm = de if i % 2 == 0 else sp
    cur = " €" if i % 2 == 0 else " EUR"
    carry = sum(r["amount"] for r in rows[:k])
    net = sum(r["amount"] for r in rows)
    vat_rows = []
    for rate in sorted({r["rate"] for r in rows}, reverse=True):
        base = sum(r["amount"] for r in rows if r["rate"] == rate)
        vat_rows.append({"rate": rate, "base_d": base, "tax_d": q2(base * rate / 100)})
    tax = sum(v["tax_d"] for v in vat_rows)
    total = net + tax
    vat = valid(rng, lambda: digits(rng, 6, True), lambda s: True)
    vat = "LU" + vat + _lutva.calc_check_digits(vat)
    assert _lutva.is_valid(vat)
    vat_p = vat if i != 2 else f"LU {vat[2:6]} {vat[6:]}"
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    days = [30, None, 45, 60][i]
    due = d + dt.timedelta(days=days) if days else None
    no = [f"{d.year}-{rng.randint(100, 999)}", f"F{str(d.year)[2:]}{rng.randint(1000, 9999)}", f"KDC/{d.year}/{rng.randint(10, 400):04d}", f"{rng.randint(1000, 9999)}/{str(d.year)[2:]}"][i]
    po = [f"BC-{rng.randint(100, 999)}", None, f"4100{digits(rng, 6)}", None][i]
    ib = iban("LU", rng.choice(["001", "002", "003", "014", "019"]) + digits(rng, 13))
    pay_text = (
        f"Montant à virer : {fm(total)}{cur} au plus tard le {f(due)} sur notre compte IBAN {iban_fmt(ib)}, en mentionnant le numéro de facture."
        if due
        else f"Payable à réception de la facture sur notre compte IBAN {iban_fmt(ib)}, en mentionnant le numéro de facture."
    )
    extra = {
        0: "Des intérêts de retard au taux légal sont dus de plein droit à partir de l'échéance.",
        1: "Taux de TVA super-réduit de 3 % appliqué aux travaux de rénovation du logement (agrément de l'Administration de l'enregistrement n° " + f"{rng.randint(10000, 99999)}/{d.year})" + ". Un acompte de " + fm(q2(total * D("0.3"))) + cur + " a été versé le " + f(d - dt.timedelta(days=rng.randint(40, 80))) + " ; il sera déduit du décompte final du chantier.",
        2: f"Conformément au contrat-cadre n° CC-{rng.randint(100, 999)} du {f(d - dt.timedelta(days=rng.randint(200, 600)))}.",
        3: "Nos honoraires sont calculés selon le barème de l'OAI.",
    }[i]
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, rcs=f"B{rng.randint(10000, 289999)}", auth=f"{rng.randint(10000000, 10199999)}/{rng.randint(0, 3)}",
        vat=vat_p, matricule=f"{rng.randint(1990, 2022)} {digits(rng, 4)} {digits(rng, 3)}", bank=rng.choice(["BCEE", "BGL BNP Paribas", "Banque Raiffeisen", "ING Luxembourg"]),
        iban=iban_fmt(ib), bic=rng.choice(["BCEELULL", "BGLLLULL", "CCRALULL", "CELLLULL"]), tel=f"+352 {digits(rng, 2, True)} {digits(rng, 2)} {digits(rng, 2)}",
        b_name=bname, b_att=batt, b1=b1, b2=b2, place=place, d_long=f"{d.day if d.day > 1 else '1er'} {LU_MONTHS[d.month - 1]} {d.year}", no=no, d=f(d),
        cust=f"C{rng.randint(1000, 9999)}", dossier=f"{rng.randint(100, 999)}-{d.year}", po=po,
        period=f"{f(rows[0]['date'])} - {f(rows[-1]['date'])}", salutation="Madame, Monsieur" if i != 0 else "Monsieur",
        p1=[{"d": r["date"].strftime("%d.%m."), "desc": r["desc"], "q": de(r["qty"]), "p": fm(r["price"]), "r": r["rate"], "a": fm(r["amount"])} for r in rows[:k]],
        p2=[{"d": r["date"].strftime("%d.%m."), "desc": r["desc"], "q": de(r["qty"]), "p": fm(r["price"]), "r": r["rate"], "a": fm(r["amount"])} for r in rows[k:]],
        carry=fm(carry), net=fm(net) + cur, vat_rows=[{"rate": v["rate"], "base": fm(v["base_d"]), "tax": fm(v["tax_d"]) + cur} for v in vat_rows],
        total=fm(total) + cur, pay_text=pay_text, extra=extra, signer=rng.choice(["Jean Wagner", "Marc Schmit", "Anne Reuter", "Luc Hoffmann"]),
    )
    notes = (
        "Luxembourg facture as a French letter over two pages ('Page 1/2', 'Page 2/2'), an hour log with dated rows (dd.mm., decoys): vendor tax id = 'N° TVA' in the footer of every page (as printed); "
        "RCS, autorisation d'établissement and matricule are decoys. invoice_number = 'Facture n°'; invoice_date = 'Date de facture' (dd.mm.yyyy, also the letter's date in words); "
        + (f"due = the 'au plus tard le' date ({days} days). " if due else "payable on receipt: no due date (null). ")
        + (f"PO = 'Votre bon de commande' {po}. " if po else "No PO; 'Dossier' and 'N° client' are not one. ")
        + "'À reporter' (end of page 1) and 'Report' (top of page 2) carry the page-1 sum: decoys. subtotal = 'Total HTVA'; tax = "
        + ("the sum of the two TVA rows (3 % and 17 %, no tax-total row); " if len(vat_rows) > 1 else "'TVA 17 %'; ")
        + "total = 'Total TTC'. "
        + ("The acompte already paid (to be deducted from the final account, not from this invoice) is a decoy. " if i == 1 else "")
        + "Line items: every hour-log row on both pages (quantity = hours, amount = 'Montant HTVA')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None, currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total),
        line_items=[{"amount": mt(r["amount"]), "quantity": qstr(r["qty"])} for r in rows], notes=notes,
    )
    chk = {"printed": [f(d), f(due) if due else None, vat_p, no, po, vname, "Page 2/2", "À reporter"]}
    if len(vat_rows) > 1:
        chk["tax_parts"] = [mt(v["tax_d"]) for v in vat_rows]
    return t, chk, (S05_HTML, ctx)
