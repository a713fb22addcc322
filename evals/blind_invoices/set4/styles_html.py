"""Chromium (HTML) styles for set 4."""
import datetime as dt
import uuid
from decimal import Decimal as D

from stdnum.br import cnpj as _cnpj
from stdnum.cl import rut as _rut
from stdnum.ca import bn as _bn
from stdnum.kr import brn as _brn
from stdnum.de import vat as _devat
from stdnum.gb import vat as _gbvat
from stdnum.fr import tva as _frtva
from stdnum.ie import vat as _ievat
from stdnum.ee import kmkr as _kmkr, registrikood as _eereg
from stdnum.gr import vat as _grvat

from invoice_kit import (q2, q0, en, de, sp, mt, qstr, digits, rand_date, mk_items, exact_price, T, li, valid, iban,
                         iban_fmt, MONTHS, style_registry, css)

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Brazilian NFS-e
BR_VENDORS = [("Órbita Sistemas e Consultoria Ltda.", "São Paulo", "SP", "Av. Paulista, 1842 - Cj. 121 - Bela Vista", "01310-200"),
              ("Climatiza Engenharia de Refrigeração Ltda. - ME", "Campinas", "SP", "Rua Barão de Jaguara, 977 - Centro", "13015-001"),
              ("Vértice Treinamento Empresarial Eireli", "Belo Horizonte", "MG", "Rua da Bahia, 1148 - Sala 804 - Centro", "30160-011"),
              ("Pinheiro & Dias Contabilidade S/S Ltda.", "Curitiba", "PR", "Rua XV de Novembro, 621 - 3º andar - Centro", "80020-310")]
BR_BUYERS = [("Distribuidora Alvorada de Alimentos S.A.", "Rod. Anhanguera, km 104 - Sumaré/SP"),
             ("Hospital Santa Lúcia Ltda.", "Rua Padre Eustáquio, 2351 - Belo Horizonte/MG"),
             ("Metalúrgica Paranaense Ind. e Com. Ltda.", "Rua João Bettega, 3500 - Curitiba/PR"),
             ("Condomínio Edifício Solar das Palmeiras", "Rua Haddock Lobo, 595 - São Paulo/SP")]
BR_SERV = [["Consultoria em gestão de projetos de TI - competência {m}", "Licenciamento de uso de software (SaaS) - {m}",
            "Suporte técnico remoto - pacote 40 horas", "Customização de relatórios gerenciais"],
           ["Manutenção preventiva de equipamentos de ar-condicionado (12 unidades)", "Limpeza e higienização de dutos",
            "Substituição de filtros G4 - mão de obra", "Visita técnica emergencial"],
           ["Treinamento in company - Liderança e Gestão de Equipes (16 h)", "Workshop de Comunicação Assertiva (8 h)",
            "Avaliação de desempenho - aplicação e relatório", "Material didático e certificados"],
           ["Honorários contábeis - competência {m}", "Escrituração fiscal digital (EFD) - {m}",
            "Folha de pagamento - {n} colaboradores", "Declaração de ajuste - DIRF/DCTFWeb"]]
BR_CODES = ["01.07 - Suporte técnico em informática", "14.01 - Manutenção e conservação de máquinas e equipamentos",
            "08.02 - Instrução, treinamento, orientação pedagógica", "17.19 - Contabilidade, inclusive serviços técnicos e auxiliares"]

S01_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="10mm", font="'Liberation Sans',Arial,sans-serif", fs="8.5pt") + """
.box{border:1px solid #000;margin-top:-1px;padding:4px 6px} .h{background:#ddd;font-weight:bold;text-align:center;border:1px solid #000;margin-top:-1px;padding:2px;font-size:8pt}
.k{font-size:7.5pt;color:#333} table.w{width:100%} .big{font-size:11pt;font-weight:bold}
table.t td{border:1px solid #000;padding:3px 5px;font-size:7.8pt} table.t{width:100%;margin-top:-1px}
</style></head><body>
<table class="w" style="border:1px solid #000"><tr><td style="width:72%;padding:6px;text-align:center">
<b style="font-size:11pt">PREFEITURA MUNICIPAL DE {{ city|upper }}</b><br>SECRETARIA MUNICIPAL DA FAZENDA<br>
<b style="font-size:10pt">NOTA FISCAL ELETRÔNICA DE SERVIÇOS - NFS-e</b>{% if rps %}<br><span class="k">RPS Nº {{ rps }} Série {{ rps_serie }}, emitido em {{ rps_date }}</span>{% endif %}</td>
<td style="border-left:1px solid #000;padding:0"><div style="border-bottom:1px solid #000;padding:4px"><span class="k">Número da Nota</span><br><b class="big">{{ inv_no }}</b></div>
<div style="border-bottom:1px solid #000;padding:4px"><span class="k">Data e Hora de Emissão</span><br><b>{{ issued }}</b></div>
<div style="padding:4px"><span class="k">Código de Verificação</span><br><b>{{ verif }}</b></div></td></tr></table>
<div class="h">PRESTADOR DE SERVIÇOS</div>
<div class="box">CPF/CNPJ: <b>{{ v_cnpj }}</b> &nbsp;&nbsp;&nbsp; Inscrição Municipal: {{ v_im }}<br>
Nome/Razão Social: <b>{{ v_name }}</b><br>Endereço: {{ v_addr }} - CEP: {{ v_cep }}<br>Município: {{ city }} &nbsp;&nbsp; UF: {{ uf }} &nbsp;&nbsp; Telefone: {{ v_phone }}</div>
<div class="h">TOMADOR DE SERVIÇOS</div>
<div class="box">Nome/Razão Social: <b>{{ b_name }}</b><br>CPF/CNPJ: {{ b_cnpj }} &nbsp;&nbsp;&nbsp; Inscrição Municipal: {{ b_im }}<br>
Endereço: {{ b_addr }}<br>E-mail: {{ b_mail }}</div>
<div class="h">DISCRIMINAÇÃO DOS SERVIÇOS</div>
<div class="box" style="min-height:220px;font-family:'Liberation Mono',monospace;font-size:8pt">
{% for l in lines %}{{ l.desc }} - R$ {{ l.amount }}<br>{% endfor %}<br>
{% if po %}Pedido de Compra nº {{ po }}<br>{% endif %}{% if contract %}Contrato nº {{ contract }}<br>{% endif %}
{% if ret %}Retenções federais conforme Lei 10.833/2003 e IN RFB 1.234/2012.<br>{% endif %}
Dados bancários: Banco {{ bank }} - Ag. {{ agency }} - C/C {{ account }}</div>
<div class="box" style="text-align:center;font-size:11pt"><b>VALOR TOTAL DO SERVIÇO = R$ {{ total }}</b></div>
<table class="t"><tr><td>INSS (R$)<br>{{ r_inss }}</td><td>IRRF (R$)<br>{{ r_ir }}</td><td>CSLL (R$)<br>{{ r_csll }}</td><td>COFINS (R$)<br>{{ r_cofins }}</td><td>PIS/PASEP (R$)<br>{{ r_pis }}</td></tr></table>
<div class="box">Código do Serviço<br><b>{{ code }}</b></div>
<table class="t"><tr><td>Valor Total das Deduções (R$)<br>0,00</td><td>Base de Cálculo (R$)<br>{{ total }}</td><td>Alíquota (%)<br>{{ aliq }}</td>
<td>Valor do ISS (R$)<br><b>{{ iss }}</b></td><td>Crédito (R$)<br>{{ credit }}</td></tr></table>
<table class="t"><tr><td>Município da Prestação do Serviço<br>{{ city }} - {{ uf }}</td><td>Número Inscrição da Obra<br>-</td><td>Valor Aproximado dos Tributos / Fonte<br>R$ {{ ibpt }} ({{ ibpt_pct }}%) / IBPT</td>
<td><b>Valor Líquido (R$)<br>{{ liquido }}</b></td></tr></table>
<div class="h">OUTRAS INFORMAÇÕES</div>
<div class="box" style="font-size:7.5pt">(1) Esta NFS-e foi emitida com respaldo na Lei nº 14.097/2005; (2) Data de vencimento do ISS desta NFS-e: {{ iss_due }};
{% if due %}(3) Vencimento da fatura: {{ due }}; {% endif %}(4) Documento emitido por ME ou EPP optante pelo Simples Nacional: {{ simples }}.</div>
</body></html>"""


@style("01", "br_nfse_servicos")
def s01(rng, i):
    vname, city, uf, vaddr, cep = BR_VENDORS[i]
    v_cnpj = _cnpj.format(valid(rng, lambda: (lambda b: b + _cnpj.calc_check_digits(b))(digits(rng, 8, True) + "0001"), _cnpj.is_valid))
    b_cnpj = _cnpj.format(valid(rng, lambda: (lambda b: b + _cnpj.calc_check_digits(b))(digits(rng, 8, True) + "000" + str(rng.randint(1, 4))), _cnpj.is_valid))
    d = rand_date(rng)
    month = f"{MONTHS['pt'][(d.month - 2) % 12]}/{d.year if d.month > 1 else d.year - 1}"
    descs = rng.sample(BR_SERV[i], rng.randint(2, 4))
    lines = []
    for ds in descs:
        amt = D(rng.randint(18, 950)) * 25
        lines.append({"desc": ds.format(m=month, n=rng.randint(12, 80)), "amount": q2(amt)})
    total = sum(x["amount"] for x in lines)
    aliq = [D("2.00"), D("5.00"), D("3.00"), D("2.00")][i]
    iss = q2(total * aliq / 100)
    ret = i in (1, 3)
    r = {k: (q2(total * p / 100) if ret else D(0)) for k, p in (("ir", D("1.5")), ("csll", D("1")), ("cofins", D("3")), ("pis", D("0.65")))}
    liquido = total - sum(r.values())
    inv_no = f"{rng.randint(1, 9999):08d}"
    po = ("4500" + digits(rng, 6)) if i in (0, 3) else None
    due = d + dt.timedelta(days=rng.choice([10, 15, 28])) if i in (0, 2) else None
    hh = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    f = lambda x: x.strftime("%d/%m/%Y")
    rps = str(rng.randint(100, 9999)) if i != 2 else None
    ibpt_pct = rng.choice([D("13.45"), D("16.33"), D("14.25")])
    ctx = dict(city=city, uf=uf, rps=rps, rps_serie=rng.choice(["1", "A", "RPS"]), rps_date=f(d - dt.timedelta(days=rng.randint(0, 3))),
               inv_no=inv_no, issued=f"{f(d)} {hh}", verif=f"{digits(rng, 4)}-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}",
               v_cnpj=v_cnpj, v_im=f"{digits(rng, 1, True)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}", v_name=vname, v_addr=vaddr,
               v_cep=cep, v_phone=f"({rng.choice(['11', '19', '31', '41'])}) {rng.randint(3000, 3999)}-{digits(rng, 4)}",
               b_name=BR_BUYERS[i][0], b_cnpj=b_cnpj, b_im=digits(rng, 8), b_addr=BR_BUYERS[i][1], b_mail=f"nfe@{BR_BUYERS[i][0].split()[0].lower().replace('ú', 'u').replace('á', 'a')}.com.br",
               lines=[{"desc": x["desc"], "amount": de(x["amount"])} for x in lines], po=po,
               contract=f"{rng.randint(10, 99)}/{d.year - rng.randint(0, 2)}" if i in (1, 2) else None, ret=ret,
               bank=rng.choice(["Itaú (341)", "Bradesco (237)", "Banco do Brasil (001)", "Santander (033)"]), agency=digits(rng, 4),
               account=f"{digits(rng, 5)}-{digits(rng, 1)}", total=de(total), r_inss="0,00", r_ir=de(r["ir"]), r_csll=de(r["csll"]),
               r_cofins=de(r["cofins"]), r_pis=de(r["pis"]), code=BR_CODES[i], aliq=de(aliq), iss=de(iss), credit="0,00",
               ibpt=de(q2(total * ibpt_pct / 100)), ibpt_pct=de(ibpt_pct), liquido=de(liquido),
               iss_due=f((d.replace(day=1) + dt.timedelta(days=40)).replace(day=10)), due=f(due) if due else None,
               simples="Sim" if i == 1 else "Não")
    t = T(vendor_name=vname, vendor_tax_id=v_cnpj, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="BRL", subtotal=None, tax=mt(iss), total=mt(total),
          line_items=[{"amount": mt(x["amount"]), "quantity": None} for x in lines],
          notes="Brazilian NFS-e (municipal service invoice). vendor_tax_id = prestador CNPJ; tomador CNPJ and Inscrição Municipal are decoys. "
                "invoice_number = Número da Nota (zero-padded, as printed); RPS number, Código de Verificação and Código do Serviço are decoys. "
                "invoice_date = Data de Emissão (RPS date and ISS due date are decoys). ISS is included in the service value, not added: "
                "tax = Valor do ISS, no subtotal printed (null), total = VALOR TOTAL DO SERVIÇO. "
                + ("Federal withholdings (IRRF/CSLL/COFINS/PIS) reduce the Valor Líquido, a decoy. " if ret else "Valor Líquido equals the total here. ")
                + "Approximate taxes (IBPT) are a decoy. Line items = lines of the Discriminação (no quantities). "
                + ("PO = 'Pedido de Compra nº' in the Discriminação. " if po else "No PO (a Contrato nº is not a PO). " if i in (1, 2) else "No PO. ")
                + ("Due date = 'Vencimento da fatura' in Outras Informações." if due else "No due date printed."))
    checks = [f(d), v_cnpj, inv_no] + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, (S01_HTML, ctx)


# =========================================================================== 02 Quebec bilingual TPS/TVQ
CA_VENDORS = [("Plomberie Gagnon & Fils inc.", "1280, rue Saint-Paul Ouest", "Montréal (Québec)  H3C 2E5", "#1f4e79"),
              ("Services informatiques Boréal inc.", "2750, boulevard Laurier, bureau 300", "Québec (Québec)  G1V 4M6", "#0b6e4f"),
              ("Traiteur La Belle Assiette inc.", "455, rue King Ouest", "Sherbrooke (Québec)  J1H 1R4", "#8a1538"),
              ("Imprimerie Laurentienne ltée", "88, rue de la Gare", "Saint-Jérôme (Québec)  J7Z 2B8", "#333333")]
CA_BUYERS = ["Centre de services scolaire des Patriotes", "Clinique dentaire Rivière-du-Nord", "Groupe Immobilier Beaulieu inc.",
             "Fromagerie du Vieux-Moulin", "Cégep de Sainte-Foy - Service des finances"]
CA_CAT = [[("Main-d'œuvre plombier / Plumber labour", 85, 115, lambda r: D(r.randint(2, 16)) / 2, "h"),
           ("Chauffe-eau 60 gal. / Water heater 60 gal.", 890, 1450, lambda r: 1, "un."),
           ("Raccords et pièces / Fittings and parts", 40, 260, lambda r: 1, "lot"),
           ("Frais de déplacement / Travel charge", 65, 95, lambda r: 1, "un."),
           ("Débouchage drain principal / Main drain unclogging", 180, 390, lambda r: 1, "un.")],
          [("Soutien technique / Technical support", 95, 140, lambda r: D(r.randint(4, 40)) / 2, "h"),
           ("Licence Microsoft 365 Business Premium (mensuel)", 28, 32, lambda r: r.randint(5, 40), "un."),
           ("Portable Lenovo ThinkPad T14", 1450, 2100, lambda r: r.randint(1, 4), "un."),
           ("Gestion infonuagique / Cloud management", 350, 900, lambda r: 1, "mois")],
          [("Buffet froid / Cold buffet (par personne)", 24, 38, lambda r: r.randint(20, 120), "pers."),
           ("Service de personnel / Serving staff", 32, 42, lambda r: r.randint(6, 24), "h"),
           ("Location vaisselle / Dishware rental", 120, 380, lambda r: 1, "lot"),
           ("Livraison / Delivery", 45, 90, lambda r: 1, "un.")],
          [("Dépliants 3 volets / Tri-fold brochures", D("0.18"), D("0.42"), lambda r: r.choice([1000, 2500, 5000]), "un."),
           ("Cartes professionnelles / Business cards", D("0.06"), D("0.12"), lambda r: r.choice([500, 1000, 2000]), "un."),
           ("Affiches 18x24 / Posters 18x24", D("2.40"), D("6.80"), lambda r: r.choice([50, 100, 250]), "un."),
           ("Infographie / Graphic design", 65, 90, lambda r: D(r.randint(2, 12)) / 2, "h")]]
FR_MON = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()

S02_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="13mm 15mm", font="'Liberation Sans',sans-serif", fs="9pt") + """
.bar{height:6px;background:{{ col }}} .name{font-size:16pt;font-weight:bold;color:{{ col }}}
.title{font-size:18pt;color:{{ col }};text-align:right;font-weight:bold}
table.kv td{padding:2px 6px} table.kv td.k{color:#666;font-size:8pt;text-align:right}
table.items{width:100%;margin-top:16px} table.items th{background:{{ col }};color:#fff;padding:4px;font-size:8pt;text-align:left}
table.items td{padding:4px;border-bottom:1px solid #ddd} table.tot td{padding:3px 8px} .sm{font-size:7.5pt;color:#555}
</style></head><body><div class="bar"></div>
<table style="width:100%;margin-top:10px"><tr><td><div class="name">{{ v_name }}</div>{{ v_addr1 }}<br>{{ v_addr2 }}<br>Tél. / Tel. : {{ v_phone }}<br>{{ v_web }}</td>
<td><div class="title">FACTURE / INVOICE</div>
<table class="kv" style="margin-left:auto;margin-top:6px">
<tr><td class="k">Facture no / Invoice No.</td><td><b>{{ inv_no }}</b></td></tr>
<tr><td class="k">Date</td><td>{{ d }}</td></tr>
{% if due %}<tr><td class="k">Échéance / Due date</td><td>{{ due }}</td></tr>{% endif %}
<tr><td class="k">No client / Customer No.</td><td>{{ cust_no }}</td></tr>
{% if po %}<tr><td class="k">Bon de commande / P.O.</td><td>{{ po }}</td></tr>{% endif %}
</table></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><span class="sm">FACTURER À / BILL TO</span><br><b>{{ b_name }}</b><br>{{ b_addr1 }}<br>{{ b_addr2 }}</td>
<td><span class="sm">LIEU DES TRAVAUX / SERVICE LOCATION</span><br>{{ site }}</td></tr></table>
<table class="items"><tr><th>Description</th><th class="r">Qté / Qty</th><th class="r">Prix unitaire / Unit price</th><th class="r">Montant / Amount</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%" class="sm">{{ terms }}<br><br>TPS / GST : {{ gst_no }}<br>TVQ / QST : {{ qst_no }}<br>NEQ : {{ neq }}</td>
<td><table class="tot" style="margin-left:auto">
<tr><td>Sous-total / Subtotal</td><td class="r">{{ net }}</td></tr>
<tr><td>TPS / GST (5 %)</td><td class="r">{{ gst }}</td></tr>
<tr><td>TVQ / QST (9,975 %)</td><td class="r">{{ qst }}</td></tr>
<tr><td style="border-top:2px solid {{ col }}"><b>TOTAL</b></td><td class="r" style="border-top:2px solid {{ col }}"><b>{{ total }}</b></td></tr>
</table></td></tr></table>
<p class="sm" style="margin-top:30px">Paiement par virement Interac à {{ v_mail }} ou par chèque à l'ordre de {{ v_name }}. Des frais d'intérêt de 2 % par mois
s'appliquent aux comptes en souffrance. / Payment by Interac e-Transfer or cheque. Overdue accounts bear interest at 2% per month.</p>
<p style="text-align:center;color:{{ col }};margin-top:18px">Merci de votre confiance! / Thank you for your business!</p>
</body></html>"""


@style("02", "ca_qc_tps_tvq_bilingual")
def s02(rng, i):
    vname, a1, a2, col = CA_VENDORS[i]
    bn9 = valid(rng, lambda: digits(rng, 9, True), _bn.is_valid)
    gst_no = f"{bn9} RT0001"
    qst_no = f"{digits(rng, 10, True)} TQ0001"
    d = rand_date(rng)
    french = i in (0, 2)
    money = (lambda x: sp(x) + " $") if french else (lambda x: "$" + en(x))
    dfmt = [lambda x: x.isoformat(), lambda x: x.isoformat(), lambda x: f"{x.day} {FR_MON[x.month - 1]} {x.year}",
            lambda x: x.strftime("%b %d, %Y")][i]
    due = None if i == 2 else d + dt.timedelta(days=rng.choice([15, 30, 45]))
    items = mk_items(rng, CA_CAT[i], rng.randint(3, 4))
    net = sum(it["amount"] for it in items)
    gst = q2(net * D("0.05"))
    qst = q2(net * D("0.09975"))
    total = net + gst + qst
    po = f"{rng.choice(['BC-', 'PO', ''])}{rng.randint(10000, 99999)}" if i in (1, 2) else None
    q = lambda x: (sp(x, 1) if french else en(x, 1)) if x != int(x) else str(int(x))
    ctx = dict(col=col, v_name=vname, v_addr1=a1, v_addr2=a2, v_phone=f"{rng.choice(['514', '418', '819', '450'])} {rng.randint(200, 989)}-{digits(rng, 4)}",
               v_web="www." + vname.split()[0].lower().replace("é", "e") + ".ca", v_mail="comptes@" + vname.split()[0].lower().replace("é", "e") + ".ca",
               inv_no=f"{d.year}-{rng.randint(100, 2999):04d}" if i % 2 == 0 else str(rng.randint(4000, 19999)), d=dfmt(d),
               due=dfmt(due) if due else None, cust_no=f"C{rng.randint(100, 999)}", po=po, b_name=rng.choice(CA_BUYERS),
               b_addr1=f"{rng.randint(10, 3999)}, {rng.choice(['boulevard Saint-Laurent', 'rue Principale', 'chemin du Lac', 'avenue Cartier'])}",
               b_addr2=f"{rng.choice(['Laval', 'Lévis', 'Gatineau', 'Longueuil', 'Trois-Rivières'])} (Québec)  {rng.choice('GHJ')}{rng.randint(1, 9)}{rng.choice('ABCEGHJK')} {rng.randint(1, 9)}{rng.choice('ABCEGHJK')}{rng.randint(1, 9)}",
               site=rng.choice(["Même adresse / Same address", f"{rng.randint(10, 999)}, rue des Érables, Blainville"]),
               items=[{"desc": it["desc"], "q": q(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
               net=money(net), gst=money(gst), qst=money(qst), total=money(total), gst_no=gst_no, qst_no=qst_no, neq=digits(rng, 10, True),
               terms=("Conditions : net 30 jours / Terms: net 30 days" if due else "Payable sur réception / Due on receipt"))
    t = T(vendor_name=vname, vendor_tax_id=gst_no, invoice_number=ctx["inv_no"], po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="CAD", subtotal=mt(net), tax=mt(gst + qst), total=mt(total),
          line_items=li(items),
          notes="Quebec bilingual (French/English) invoice. vendor_tax_id = TPS/GST number (BN + RT0001); the TVQ/QST number and NEQ are decoys. "
                "tax = TPS 5 % + TVQ 9,975 % (two printed lines). Customer No. is a decoy. "
                + ("Amounts in French format '1 234,56 $'. " if french else "Amounts '$1,234.56'. ")
                + ("'Payable sur réception' -> due_date null. " if not due else "") + ("" if po else "No PO."))
    checks = {"printed": [dfmt(d), gst_no, ctx["inv_no"]] + ([dfmt(due)] if due else []) + ([po] if po else []),
              "tax_parts": [mt(gst), mt(qst)]}
    return t, checks, (S02_HTML, ctx)


# =========================================================================== 03 Korean export commercial invoice
KR_VENDORS = [("HANSOL PRECISION CO., LTD.", "123, Gongdan-ro, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Korea"),
              ("DAEWON COSMETICS CORPORATION", "45, Seongsui-ro 7-gil, Seongdong-gu, Seoul 04781, Korea"),
              ("SEOHAN TEXTILE CO., LTD.", "88, Dalseo-daero 109-gil, Dalseo-gu, Daegu, Korea"),
              ("K-MARINE PARTS INC.", "211, Jungang-daero, Jung-gu, Busan 48939, Korea")]
KR_BUYERS = [("MERIDIAN AUTO COMPONENTS S.A. DE C.V.", "Av. Industrial 400, Parque Industrial, Saltillo, Coahuila, Mexico"),
             ("BEAUTYLANE TRADING LLC", "Warehouse 14, Al Quoz Industrial 3, Dubai, U.A.E."),
             ("NORDSTOFF HANDELS GMBH", "Billstraße 112, 20539 Hamburg, Germany"),
             ("PACIFIC SHIP SUPPLY PTE. LTD.", "31 Tuas Avenue 11, Singapore 639105")]
KR_GOODS = [[("WIRING HARNESS ASSY, ENGINE (P/N 91200-{p})", 14000, 38000, "PCS"), ("SENSOR ASSY-OXYGEN (P/N 39210-{p})", 21000, 46000, "PCS"),
             ("BRACKET-MOUNTING, STEEL (P/N 21810-{p})", 2800, 6500, "PCS")],
            [("HYDRA SERUM 50ML (SKU DW-{p})", 3900, 8900, "EA"), ("SUN CREAM SPF50+ 70ML (SKU DW-{p})", 3100, 6200, "EA"),
             ("SHEET MASK 10P SET (SKU DW-{p})", 4500, 9800, "SET"), ("CLEANSING FOAM 150ML (SKU DW-{p})", 2200, 4800, "EA")],
            [("POLYESTER 100% WOVEN FABRIC 58/60\" 150G/Y", 1800, 3400, "YDS"), ("NYLON SPANDEX JERSEY 56\" 220G/Y", 2900, 5200, "YDS"),
             ("COTTON TWILL DYED 57/58\" 260G/Y", 3100, 5900, "YDS")],
            [("IMPELLER, BRONZE (P/N KM-{p})", D("38"), D("95"), "PCS"), ("MECHANICAL SEAL SET (P/N KM-{p})", D("54"), D("160"), "SET"),
             ("FILTER ELEMENT, FUEL (P/N KM-{p})", D("8.5"), D("22"), "PCS"), ("GASKET KIT, CYL. HEAD (P/N KM-{p})", D("31"), D("88"), "SET")]]
KR_PORT = [("BUSAN, KOREA", "MANZANILLO, MEXICO", "HMM BLESSING V.031E"), ("INCHEON, KOREA", "JEBEL ALI, U.A.E.", "KE9951 (AIR)"),
           ("BUSAN, KOREA", "HAMBURG, GERMANY", "HMM ALGECIRAS V.022W"), ("BUSAN, KOREA", "SINGAPORE", "SITC BUSAN V.2611S")]
KR_MON = "JAN. FEB. MAR. APR. MAY JUN. JUL. AUG. SEP. OCT. NOV. DEC.".split()

S03_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="10mm 12mm", font="'DejaVu Sans',sans-serif", fs="8pt") + """
h1{text-align:center;font-size:17pt;letter-spacing:6px;margin:0 0 6px 0;font-family:'DejaVu Serif',serif}
table.g{width:100%} table.g td{border:1px solid #000;padding:3px 5px;height:52px} .n{font-size:6.8pt;color:#333}
table.it{width:100%;margin-top:-1px} table.it th{border:1px solid #000;padding:3px;font-size:7.5pt} table.it td{border-left:1px solid #000;border-right:1px solid #000;padding:3px 4px}
</style></head><body><h1>COMMERCIAL INVOICE</h1>
<table class="g"><tr><td style="width:50%" rowspan="2"><span class="n">① Shipper / Exporter</span><br><b>{{ v_name }}</b><br>{{ v_addr }}<br>TEL: {{ v_tel }} FAX: {{ v_fax }}
{% if brn %}<br>Business Reg. No.: {{ brn }}{% endif %}</td>
<td><span class="n">⑧ No. &amp; date of invoice</span><br><b>{{ inv_no }}</b> &nbsp;&nbsp; <b>{{ d }}</b></td></tr>
<tr><td><span class="n">⑨ No. &amp; date of L/C</span><br>{{ lc|safe }}</td></tr>
<tr><td rowspan="2"><span class="n">② For account &amp; risk of Messrs.</span><br><b>{{ b_name }}</b><br>{{ b_addr }}</td>
<td><span class="n">⑩ L/C issuing bank</span><br>{{ lc_bank }}</td></tr>
<tr><td rowspan="2"><span class="n">⑪ Remarks</span><br>{{ remarks|safe }}</td></tr>
<tr><td><span class="n">③ Notify party</span><br>SAME AS CONSIGNEE</td></tr>
</table>
<table class="g" style="margin-top:-1px"><tr><td style="width:25%"><span class="n">④ Port of loading</span><br>{{ pol }}</td><td style="width:25%"><span class="n">⑤ Final destination</span><br>{{ pod }}</td>
<td style="width:25%"><span class="n">⑥ Carrier</span><br>{{ vessel }}</td><td><span class="n">⑦ Sailing on or about</span><br>{{ sail }}</td></tr></table>
<table class="it"><tr><th style="width:16%">12. Marks and<br>numbers of PKGS</th><th>13. Description of goods</th><th style="width:13%">14. Quantity</th><th style="width:13%">15. Unit price</th><th style="width:16%">16. Amount</th></tr>
<tr><td></td><td><b>{{ incoterm }}</b></td><td></td><td class="c">{{ cur_hdr }}</td><td class="c">{{ cur_hdr }}</td></tr>
{% for it in items %}<tr><td>{% if loop.first %}{{ marks|safe }}{% endif %}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }} {{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td style="height:120px"></td><td style="font-size:7.5pt"><br>PACKING: {{ ctns }} CTNS<br>N.W.: {{ nw }} KGS &nbsp; G.W.: {{ gw }} KGS<br>MEASUREMENT: {{ cbm }} CBM<br><br>COUNTRY OF ORIGIN: REPUBLIC OF KOREA<br>HS CODE: {{ hs }}</td><td></td><td></td><td></td></tr>
<tr><td style="border-top:1px solid #000;border-bottom:1px solid #000"></td><td style="border-top:1px solid #000;border-bottom:1px solid #000"><b>TOTAL</b></td>
<td class="r" style="border-top:1px solid #000;border-bottom:1px solid #000"><b>{{ tq }}</b></td><td style="border-top:1px solid #000;border-bottom:1px solid #000"></td>
<td class="r" style="border-top:1px solid #000;border-bottom:1px solid #000"><b>{{ total }}</b></td></tr></table>
<p style="margin-top:8px">SAY: {{ words }} ONLY.</p>
<table style="width:100%;margin-top:30px"><tr><td style="width:55%"></td><td style="text-align:center">Signed by<br><br><br>
<div style="border-top:1px solid #000;padding-top:3px"><b>{{ v_name }}</b><br>{{ signer }} / {{ signer_title }}</div></td></tr></table>
</body></html>"""


def _kr_words(n):
    from invoice_kit import en_words
    return en_words(n).upper()


@style("03", "kr_export_commercial_invoice")
def s03(rng, i):
    vname, vaddr = KR_VENDORS[i]
    brn = _brn.format(valid(rng, lambda: digits(rng, 3, True) + rng.choice(["81", "86", "87", "88"]) + digits(rng, 5), _brn.is_valid)) if i != 3 else None
    d = rand_date(rng)
    kd = lambda x: f"{KR_MON[x.month - 1]} {x.day:02d}, {x.year}"
    usd = i == 3
    goods = rng.sample(KR_GOODS[i], rng.randint(2, min(4, len(KR_GOODS[i]))))
    items = []
    for desc, lo, hi, unit in goods:
        qty = D(rng.choice([200, 300, 480, 500, 600, 960, 1000, 1200, 1500, 2400])) if unit != "YDS" else D(rng.randint(30, 120) * 50)
        if usd:
            price = exact_price(rng, qty, lo, hi)
        else:
            price = D(rng.randint(int(lo) // 10, int(hi) // 10) * 10)
        items.append({"desc": desc.format(p=digits(rng, 5)), "qty": qty, "price": price, "amount": q2(qty * price), "unit": unit})
    total = sum(it["amount"] for it in items)
    money = (lambda x: en(x)) if usd else (lambda x: en(x, 0))
    pol, pod, vessel = KR_PORT[i]
    po = [f"GT-{rng.randint(40000, 49999)}", None, f"NS/PO/{d.year}/{rng.randint(100, 999)}", None][i]
    lc_date = d - dt.timedelta(days=rng.randint(12, 40))
    lc = f"M{digits(rng, 4)}{d.strftime('%y%m')}NS{digits(rng, 5)}<br>{kd(lc_date)}" if i in (0, 2) else "T/T IN ADVANCE" if i == 1 else "T/T 30 DAYS AFTER B/L DATE"
    remarks = []
    if po:
        remarks.append(f"P/O No.: {po}")
    remarks.append(f"Contract No.: {vname.split()[0][:3]}-{d.year % 100}{rng.randint(100, 999)}")
    remarks.append(rng.choice(["Payment term: as per L/C", "Bank: KOOKMIN BANK, SWIFT CZNBKRSE", "Bank: SHINHAN BANK, SWIFT SHBKKRSE"]))
    words = (f"US DOLLARS {_kr_words(int(total))}" + (f" AND CENTS {_kr_words(int((total % 1) * 100))}" if total % 1 else "")) if usd else f"KOREAN WON {_kr_words(int(total))}"
    ctx = dict(v_name=vname, v_addr=vaddr, v_tel=f"+82-{rng.choice(['55', '2', '53', '51'])}-{rng.randint(200, 999)}-{digits(rng, 4)}",
               v_fax=f"+82-{rng.choice(['55', '2', '53', '51'])}-{rng.randint(200, 999)}-{digits(rng, 4)}", brn=brn, inv_no=f"{''.join(c for c in vname if c.isalpha())[:2]}-E{d.strftime('%y%m')}-{rng.randint(1, 60):03d}",
               d=kd(d), lc=lc, lc_bank=[f"BANCO MERCANTIL DEL NORTE, S.A.", "-", "COMMERZBANK AG, HAMBURG", "-"][i], b_name=KR_BUYERS[i][0], b_addr=KR_BUYERS[i][1],
               remarks="<br>".join(remarks), pol=pol, pod=pod, vessel=vessel, sail=kd(d + dt.timedelta(days=rng.randint(2, 9))),
               incoterm=rng.choice(["FOB BUSAN", "CIF " + pod.split(",")[0], "FCA INCHEON" if i == 1 else "CFR " + pod.split(",")[0]]),
               cur_hdr="US$" if usd else "KRW", marks=f"{KR_BUYERS[i][0].split()[0]}<br>{pod.split(',')[0]}<br>C/NO. 1-{rng.randint(10, 80)}<br>MADE IN KOREA",
               items=[{"desc": it["desc"], "q": en(it["qty"], 0), "unit": it["unit"], "p": ("US$" if usd else "₩") + money(it["price"]),
                       "a": ("US$" if usd else "₩") + money(it["amount"])} for it in items],
               ctns=rng.randint(12, 140), nw=en(D(rng.randint(1200, 9800)) / 10, 1), gw=en(D(rng.randint(9900, 12000)) / 10, 1), cbm=en(D(rng.randint(30, 680)) / 10, 1),
               hs=rng.choice(["8544.30-0000", "3304.99-1000", "5407.61-9000", "8413.91-9000"]),
               tq=f"{en(sum(it['qty'] for it in items), 0)} {items[0]['unit'] if len({it['unit'] for it in items}) == 1 else 'PCS/SETS'}",
               total=("US$" if usd else "₩") + money(total), words=words,
               signer=rng.choice(["KIM JI-HOON", "LEE SEO-YEON", "PARK MIN-JAE", "CHOI YOON-HO"]), signer_title=rng.choice(["MANAGER", "GENERAL MANAGER", "DIRECTOR"]))
    t = T(vendor_name=vname, vendor_tax_id=brn, invoice_number=ctx["inv_no"], po_number=po, invoice_date=d.isoformat(), due_date=None,
          currency="USD" if usd else "KRW", subtotal=None, tax=None, total=mt(total), line_items=li(items),
          notes="Korean export commercial invoice (classic numbered-box form). vendor = Shipper/Exporter. invoice_number and invoice_date from "
                "box ⑧ 'No. & date of invoice' (date 'MAR. 15, 2026'). L/C date, sailing date, contract no., HS code, weights and carton counts are decoys. "
                + (f"vendor_tax_id = Business Reg. No. (사업자등록번호 format). " if brn else "No tax id printed -> null. ")
                + ("KRW without decimals ('₩12,345,000'). " if not usd else "In US$. ")
                + "No tax and no subtotal printed (export) -> null; total = TOTAL row (the quantity total in that row is a decoy). "
                + (f"PO = 'P/O No.' in Remarks. " if po else "No PO. ") + "No due date.")
    checks = [kd(d), ctx["inv_no"]] + ([brn] if brn else []) + ([po] if po else [])
    return t, checks, (S03_HTML, ctx)


# =========================================================================== 04 Chilean factura electrónica
CL_VENDORS = [("Comercial Andes Sur SpA", "Venta al por mayor de materiales de construcción", "Av. Vicuña Mackenna 3451, Macul", "SANTIAGO ORIENTE"),
              ("Servicios Informáticos Cordillera Limitada", "Actividades de consultoría informática", "Av. Apoquindo 4501, Of. 1203, Las Condes", "SANTIAGO ORIENTE"),
              ("Distribuidora Frutícola del Maule S.A.", "Venta al por mayor de frutas y verduras", "Ruta 5 Sur Km 252, Talca", "TALCA"),
              ("Ferretería Industrial Pacífico Ltda.", "Venta al por menor de artículos de ferretería", "Av. Pedro Montt 2150, Valparaíso", "VALPARAÍSO")]
CL_BUYERS = [("Constructora Los Aromos Ltda.", "Construcción de edificios", "Los Militares 5620, Las Condes", "Santiago"),
             ("Clínica Bicentenario SpA", "Actividades de hospitales", "Av. Libertador B. O'Higgins 4850, Estación Central", "Santiago"),
             ("Supermercados del Sur S.A.", "Venta al por menor en supermercados", "Av. Alemania 0671, Temuco", "Temuco"),
             ("Minera Altiplano SCM", "Extracción de minerales de cobre", "Av. Grecia 1350, Antofagasta", "Antofagasta")]
CL_CAT = [[("CEM-25", "Cemento Polpaico 25 kg", 4200, 6900, "UN"), ("FE-12", "Fierro estriado 12 mm x 6 m", 6800, 9900, "UN"),
           ("OSB-11", "Placa OSB 11,1 mm 1,22x2,44", 11900, 16900, "UN"), ("VOL-5", "Volcanita 10 mm 1,2x2,4", 5900, 8700, "UN")],
          [("SRV-DEV", "Horas de desarrollo de software", 28000, 45000, "HR"), ("SRV-SOP", "Soporte mensual plataforma", 350000, 900000, "MES"),
           ("LIC-ERP", "Licencia anual módulo contable", 480000, 1200000, "UN")],
          [("MANZ-ROY", "Manzana Royal Gala cat. 1 (caja 18 kg)", 11000, 17500, "CJ"), ("PERA-PC", "Pera Packham's (caja 18 kg)", 9800, 15500, "CJ"),
           ("KIWI-H", "Kiwi Hayward (bandeja 10 kg)", 7200, 11800, "CJ"), ("UVA-RG", "Uva Red Globe (caja 8,2 kg)", 8900, 13900, "CJ")],
          [("GUA-NIT", "Guante nitrilo industrial talla L (par)", 1290, 2490, "PAR"), ("DISC-41", "Disco de corte metal 4 1/2\"", 890, 1790, "UN"),
           ("PERN-38", "Perno hexagonal 3/8\" x 2\" (caja 100)", 9900, 16900, "CJ"), ("CASC-BL", "Casco de seguridad blanco", 3900, 7900, "UN")]]

S04_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="12mm", font="'Liberation Sans',Arial,sans-serif", fs="8.5pt") + """
.sii{border:3px solid #c00;color:#c00;text-align:center;padding:8px;font-weight:bold;font-size:11pt;width:220px;margin-left:auto}
.vn{font-size:13pt;font-weight:bold} .rec{border:1px solid #666;border-radius:4px;padding:6px;margin-top:10px}
table.rec td{padding:1px 8px 1px 0} table.items{width:100%;margin-top:10px} table.items th{border-bottom:1px solid #000;border-top:1px solid #000;padding:3px;font-size:7.8pt}
table.items td{padding:3px} table.ref{width:100%;margin-top:8px;font-size:7.8pt} table.ref th,table.ref td{border:1px solid #999;padding:2px 4px}
table.tot{margin-left:auto;margin-top:8px;border:1px solid #666} table.tot td{padding:3px 10px}
.timbre{border:1px dashed #888;width:260px;height:95px;text-align:center;font-size:7pt;color:#444;padding-top:6px;font-family:'Liberation Mono',monospace}
</style></head><body>
<table style="width:100%"><tr><td><div class="vn">{{ v_name }}</div>Giro: {{ v_giro }}<br>{{ v_addr }}<br>Teléfono: {{ v_tel }} &nbsp; {{ v_mail }}</td>
<td><div class="sii">R.U.T.: {{ v_rut }}<br><br>FACTURA ELECTRÓNICA<br><br>Nº {{ folio }}</div><div style="text-align:center;color:#c00;font-weight:bold;margin-left:auto;width:240px">S.I.I. - {{ sii_office }}</div></td></tr></table>
<div class="rec"><table class="rec" style="width:100%"><tr><td style="width:60%">SEÑOR(ES): <b>{{ b_name|upper }}</b></td><td>Fecha Emisión: <b>{{ d }}</b></td></tr>
<tr><td>R.U.T.: {{ b_rut }}</td><td>{% if due %}Fecha Vencimiento: {{ due }}{% endif %}</td></tr>
<tr><td>GIRO: {{ b_giro }}</td><td>Condición de venta: {{ cond }}</td></tr>
<tr><td>DIRECCIÓN: {{ b_addr }}</td><td>COMUNA: {{ b_city }}</td></tr>
<tr><td>CONTACTO: {{ contact }}</td><td>Vendedor: {{ seller }}</td></tr></table></div>
{% if refs %}<table class="ref"><tr><th>Tipo Documento</th><th>Folio</th><th>Fecha</th><th>Razón referencia</th></tr>
{% for r in refs %}<tr><td>{{ r.t }}</td><td>{{ r.f }}</td><td>{{ r.d }}</td><td>{{ r.why }}</td></tr>{% endfor %}</table>{% endif %}
<table class="items"><tr><th>Código</th><th style="text-align:left">Descripción</th><th class="r">Cantidad</th><th>Unidad</th><th class="r">Precio Unit.</th><th class="r">% Desc.</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<table style="width:100%;margin-top:20px"><tr><td><div class="timbre">Timbre Electrónico SII<br>▇▇ ▇▇▇ ▇ ▇▇▇▇ ▇▇ ▇▇▇<br>▇ ▇▇▇▇ ▇▇ ▇ ▇▇▇▇▇ ▇<br>▇▇▇ ▇ ▇▇ ▇▇▇▇ ▇▇▇<br>Res. {{ res }} - Verifique documento: www.sii.cl</div></td>
<td><table class="tot"><tr><td>MONTO NETO</td><td class="r">$ {{ net }}</td></tr><tr><td>I.V.A. 19%</td><td class="r">$ {{ tax }}</td></tr>
<tr><td>IMPUESTO ADICIONAL</td><td class="r">$ 0</td></tr><tr><td><b>TOTAL</b></td><td class="r"><b>$ {{ total }}</b></td></tr></table></td></tr></table>
<p style="font-size:7.5pt;margin-top:18px">Nombre: ____________________ R.U.T.: ____________ Fecha: ________ Recinto: ________ Firma: ____________<br>
El acuse de recibo que se declara en este acto, de acuerdo a lo dispuesto en la letra b) del Art. 4°, y la letra c) del Art. 5° de la Ley 19.983, acredita que la entrega de mercaderías o servicio(s) prestado(s) ha(n) sido recibido(s).</p>
</body></html>"""


def _rutf(rng, lo, hi):
    body = str(rng.randint(lo, hi))
    return _rut.format(body + _rut.calc_check_digit(body))


@style("04", "cl_factura_electronica")
def s04(rng, i):
    vname, giro, vaddr, office = CL_VENDORS[i]
    v_rut = _rutf(rng, 76000000, 77999999)
    d = rand_date(rng)
    f = lambda x: x.strftime("%d-%m-%Y")
    dfmt = (lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}") if i in (1, 3) else f
    due = d + dt.timedelta(days=30) if i != 1 else None
    picks = rng.sample(CL_CAT[i], rng.randint(2, len(CL_CAT[i])))
    items = []
    for code, desc, lo, hi, unit in picks:
        qty = D(rng.randint(1, 6)) if unit in ("MES", "UN") and i == 1 else D(rng.choice([5, 10, 12, 20, 24, 40, 50, 80, 100, 150]))
        if unit == "HR":
            qty = D(rng.randint(8, 60))
        price = D(rng.randint(lo // 10, hi // 10) * 10)
        disc = rng.choice([0, 0, 5, 10]) if i != 1 else 0
        amt = q0(qty * price * (100 - disc) / 100)
        items.append({"code": code, "desc": desc, "qty": qty, "price": price, "disc": disc, "amount": q2(amt), "unit": unit})
    net = sum(it["amount"] for it in items)
    tax = q0(net * D("0.19"))
    total = net + tax
    b = CL_BUYERS[i]
    po = str(rng.randint(4500000000, 4599999999)) if i != 2 else None
    refs = []
    if po:
        refs.append({"t": "801 Orden de Compra", "f": po, "d": f(d - dt.timedelta(days=rng.randint(2, 20))), "why": ""})
    if i in (0, 2):
        refs.append({"t": "52 Guía de Despacho Electrónica", "f": str(rng.randint(1000, 99999)), "d": f(d - dt.timedelta(days=rng.randint(0, 5))), "why": "Despacho de mercaderías"})
    folio = str(rng.randint(1200, 98000))
    n0 = lambda x: de(x, 0)
    ctx = dict(v_name=vname, v_giro=giro, v_addr=vaddr, v_tel=f"+56 {rng.choice(['2', '71', '32'])} {rng.randint(2200, 2999)} {digits(rng, 4)}",
               v_mail="facturacion@" + vname.split()[1].lower().replace("á", "a").replace("í", "i") + ".cl", v_rut=v_rut, folio=folio,
               sii_office=office, b_name=b[0], d=dfmt(d), b_rut=_rutf(rng, 76000000, 96999999), due=f(due) if due else None, b_giro=b[1],
               cond="Crédito 30 días" if due else "Contado", b_addr=b[2], b_city=b[3], contact=rng.choice(["Paula Riquelme", "Jorge Sepúlveda", "Andrea Muñoz"]),
               seller=rng.choice(["VEN-03", "Oficina", "R. Contreras"]), refs=refs,
               items=[{"code": it["code"], "desc": it["desc"], "q": n0(it["qty"]), "unit": it["unit"], "p": n0(it["price"]), "disc": str(it["disc"]) if it["disc"] else "",
                       "a": n0(it["amount"])} for it in items], res=f"{rng.choice([80, 99])} de {rng.choice([2014, 2015])}",
               net=n0(net), tax=n0(tax), total=n0(total))
    t = T(vendor_name=vname, vendor_tax_id=v_rut, invoice_number=folio, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="CLP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Chilean factura electrónica (SII printed representation). vendor_tax_id = R.U.T. in the red SII box (buyer R.U.T. is a decoy). "
                "invoice_number = Folio 'Nº' in the red box. Pesos without decimals, dot thousands ('$ 1.234.567'). "
                                "Line amount = Valor (after the line % discount). 'IMPUESTO ADICIONAL $ 0' is not tax. "
                + ("PO = Folio of the 'Orden de Compra' reference row (its date is a decoy). " if po else "No PO. ")
                + ("Guía de Despacho reference is a decoy. " if i in (0, 2) else "") + ("" if due else "Contado, no due date."))
    checks = [dfmt(d), v_rut, folio] + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, (S04_HTML, ctx)


# =========================================================================== 06 marketplace seller invoice
MP_SELLERS = [("Heimwerk Direkt GmbH", "Industriestraße 41", "76185 Karlsruhe", "Germany", "DE", D("19"), "EUR"),
              ("Northfield Kitchenware Ltd", "Unit 7, Stag Industrial Estate", "Leicester LE4 9HU", "United Kingdom", "GB", D("20"), "GBP"),
              ("Bergmann Sport & Outdoor e.K.", "Am Hafen 3", "28217 Bremen", "Germany", "DE", D("19"), "EUR"),
              ("Maison Lumière SAS", "14 rue des Tanneurs", "67000 Strasbourg", "France", "FR", D("20"), "EUR")]
MP_CAT = [[("Bosch Professional Akku-Bohrschrauber GSR 18V-55, 2x 2,0 Ah", 129, 189), ("Wera Kraftform Kompakt 60 Bit-Set", 22, 36),
           ("Stabila Wasserwaage 80 cm Typ 70", 24, 39), ("Kärcher Nass-/Trockensauger WD 3", 69, 99)],
          [("Cast Iron Casserole Dish 24 cm, Cherry Red", 39, 79), ("Chef's Knife 20 cm, German Steel", 19, 49),
           ("Bamboo Chopping Board Set (3 pcs)", 14, 29), ("Silicone Baking Mat, 2-pack", 8, 15)],
          [("Trekkingrucksack 45+10 L, anthrazit", 79, 139), ("Isomatte selbstaufblasend 5 cm", 39, 69),
           ("Stirnlampe 400 lm wiederaufladbar", 19, 34), ("Trinkblase 3 L mit Schlauch", 14, 24)],
          [("Lampe de chevet en laiton, abat-jour lin", 49, 89), ("Guirlande lumineuse LED 10 m, blanc chaud", 14, 29),
           ("Ampoule LED E27 filament 6 W (lot de 4)", 12, 22), ("Applique murale noire orientable", 34, 64)]]

S06_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.5pt") + """
.mp{font-size:15pt;font-weight:bold;color:#e47911;font-family:'Liberation Sans',sans-serif} .mp span{color:#232f3e}
h2{font-size:13pt;margin:6px 0} .box{border:1px solid #ccc;padding:6px 8px;font-size:8pt} .lbl{font-weight:bold}
table.items{width:100%;margin-top:12px} table.items th{background:#f0f2f2;border:1px solid #ccc;padding:4px;font-size:7.5pt}
table.items td{border:1px solid #ddd;padding:4px;font-size:8pt} .foot{font-size:7pt;color:#555;margin-top:24px;border-top:1px solid #ccc;padding-top:6px}
</style></head><body>
<table style="width:100%"><tr><td><div class="mp">markt<span>werk</span></div></td><td class="r"><h2>Invoice</h2><span style="font-size:8pt">Page 1 of 1</span></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;padding-right:10px"><div class="box"><span class="lbl">Sold by</span><br>{{ s_name }}<br>{{ s_a1 }}<br>{{ s_a2 }}<br>{{ s_country }}<br>
<span class="lbl">VAT #</span> {{ s_vat }}</div></td>
<td><div class="box"><span class="lbl">Invoice date / Delivery date</span> {{ d }}<br><span class="lbl">Invoice #</span> {{ inv_no }}<br>
<span class="lbl">Total payable</span> {{ cur }}{{ total }}</div>
<p style="font-size:7.5pt;margin:4px 0 0 0">For questions about your order, visit the marktwerk Help pages or contact the seller.</p></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:33%"><div class="box" style="min-height:70px"><span class="lbl">Billing address</span><br>{{ bill|safe }}</div></td>
<td style="width:33%;padding:0 6px"><div class="box" style="min-height:70px"><span class="lbl">Delivery address</span><br>{{ ship|safe }}</div></td>
<td><div class="box" style="min-height:70px"><span class="lbl">Order information</span><br>Order date {{ od }}<br>Order # {{ order }}</div></td></tr></table>
<h3 style="font-size:10pt;margin:14px 0 0 0">Invoice details</h3>
<table class="items"><tr><th style="text-align:left">Description</th><th>Qty</th><th>Unit price<br>(excl. VAT)</th><th>VAT %</th><th>Unit price<br>(incl. VAT)</th><th>Item subtotal<br>(incl. VAT)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}{% if it.asin %}<br><span style="color:#777;font-size:7pt">ASIN: {{ it.asin }}</span>{% endif %}</td><td class="c">{{ it.q }}</td><td class="r">{{ cur }}{{ it.pn }}</td><td class="c">{{ rate }}%</td><td class="r">{{ cur }}{{ it.pg }}</td><td class="r">{{ cur }}{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r">Shipping charges</td><td class="r">{{ cur }}{{ ship_amt }}</td></tr>
<tr><td colspan="5" class="r"><b>Total</b></td><td class="r"><b>{{ cur }}{{ total }}</b></td></tr></table>
<table style="margin-left:auto;margin-top:12px;font-size:8pt" class="items"><tr><th>VAT rate</th><th>Item subtotal (excl. VAT)</th><th>VAT subtotal</th></tr>
<tr><td class="c">{{ rate }}%</td><td class="r">{{ cur }}{{ net }}</td><td class="r">{{ cur }}{{ tax }}</td></tr>
<tr><td class="c"><b>Total</b></td><td class="r"><b>{{ cur }}{{ net }}</b></td><td class="r"><b>{{ cur }}{{ tax }}</b></td></tr></table>
<div class="box" style="margin-top:14px">Payment information: Payment date {{ pd }} &nbsp; Payment method: {{ pm }} &nbsp; Payment reference {{ pref }} &nbsp; <b>Amount paid {{ cur }}{{ total }}</b></div>
<div class="foot">This invoice was issued by marktwerk Marketplace Services S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg (VAT LU{{ mp_vat }}, RCS Luxembourg B{{ rcs }}),
in the name and on behalf of the seller identified above. Sold by {{ s_name }}. Questions about your order? Contact the seller via your account.</div>
</body></html>"""


@style("06", "marketplace_seller")
def s06(rng, i):
    sname, a1, a2, country, cc, rate, cur = MP_SELLERS[i]
    if cc == "DE":
        vat = "DE" + valid(rng, lambda: digits(rng, 9, True), _devat.is_valid)
    elif cc == "GB":
        vat = "GB" + valid(rng, lambda: digits(rng, 9, True), _gbvat.is_valid)
    else:
        vat = valid(rng, lambda: "FR" + digits(rng, 2) + digits(rng, 9, True), _frtva.is_valid)
    d = rand_date(rng)
    od = d - dt.timedelta(days=rng.randint(1, 4))
    dfmt = (lambda x: x.strftime("%d.%m.%Y")) if cc == "DE" else (lambda x: f"{x.day} {x.strftime('%B %Y')}") if cc == "GB" else (lambda x: x.strftime("%d/%m/%Y"))
    sym = {"EUR": "€", "GBP": "£"}[cur]
    money = de if cc in ("DE", "FR") else en
    goods = rng.sample(MP_CAT[i], rng.randint(1, 3))
    items = []
    for desc, lo, hi in goods:
        qty = D(rng.choice([1, 1, 1, 2, 3]))
        pg = D(rng.randint(lo, hi)) - rng.choice([D("0.01"), D("0.05"), D("0.10"), D("0.50")])
        items.append({"desc": desc, "qty": qty, "price": pg, "amount": q2(qty * pg), "asin": "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))})
    ship = rng.choice([D("0.00"), D("3.99"), D("4.99"), D("5.95")])
    items.append({"desc": "Shipping", "qty": None, "price": None, "amount": ship})
    total = sum(it["amount"] for it in items)
    net = q2(total / (1 + rate / 100))
    tax = total - net
    names = ["Katharina Lorenz", "Thomas Weber", "Oliver Hughes", "Amelia Clarke", "Jonas Schubert", "Camille Roux"]
    nm = rng.choice(names)
    addr = f"{nm}<br>{rng.choice(['Lindenweg', 'Ringstraße', 'Church Lane', 'Rue Victor Hugo'])} {rng.randint(1, 90)}<br>{rng.choice(['10117 Berlin', '80331 München', 'Bristol BS1 4DJ', '69002 Lyon'])}"
    inv_no = f"{cc}{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{digits(rng, 5)}"
    order = f"{rng.choice(['302', '303', '028', '305'])}-{digits(rng, 7)}-{digits(rng, 7)}"
    ctx = dict(s_name=sname, s_a1=a1, s_a2=a2, s_country=country, s_vat=vat, d=dfmt(d), inv_no=inv_no, cur=sym, total=money(total),
               bill=addr, ship=addr if i != 2 else f"{rng.choice(names)}<br>Packstation {rng.randint(100, 199)}<br>{rng.choice(['20095 Hamburg', '50667 Köln'])}",
               od=dfmt(od), order=order, rate=str(rate), ship_amt=money(ship), net=money(net), tax=money(tax), pd=dfmt(od),
               pm=rng.choice(["Visa ending in 4821", "Mastercard ending in 0719", "PayPal", "Direct debit"]), pref=digits(rng, 12),
               mp_vat=digits(rng, 8, True), rcs=digits(rng, 6, True),
               items=[{"desc": it["desc"], "asin": it["asin"], "q": qstr(it["qty"]), "pn": money(q2(it["price"] / (1 + rate / 100))),
                       "pg": money(it["price"]), "a": money(it["amount"])} for it in items[:-1]])
    t = T(vendor_name=sname, vendor_tax_id=vat, invoice_number=inv_no, po_number=None, invoice_date=d.isoformat(), due_date=None, currency=cur,
          subtotal=mt(net), tax=mt(tax), total=mt(total),
          line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"]) if it["qty"] is not None else None} for it in items],
          notes="Marketplace (Amazon-like) seller invoice issued by the marketplace on behalf of the seller. vendor = 'Sold by' seller; the marketplace "
                "operator in the footer (and its LU VAT/RCS) and the 'marktwerk' logo are decoys. vendor_tax_id = seller 'VAT #'. "
                "Order # and order date are decoys (no PO); invoice_date = 'Invoice date / Delivery date'. Prices incl. VAT: line amount = "
                "'Item subtotal (incl. VAT)' plus the Shipping charges row as a line (quantity null), so lines sum to the total; subtotal = "
                "'Item subtotal (excl. VAT)' in the VAT table. Already paid (Amount paid = total); no due date. ASINs are decoys.")
    checks = [dfmt(d), vat, inv_no]
    return t, checks, (S06_HTML, ctx)


# =========================================================================== 07 telecom bill, 2 pages
TEL_VENDORS = [("Corrib Telecom DAC", "Corrib Mobile", "Block C, Galway Technology Park, Parkmore, Galway H91 X2C7", "#6a1b9a"),
               ("Liffey Broadband Limited", "liffey", "Liffey House, 22 Ormond Quay Upper, Dublin 7, D07 F8Y5", "#00838f"),
               ("Atlantic Connect Communications DAC", "ATLANTIC CONNECT", "Unit 4, Eastgate Business Park, Little Island, Cork T45 KD76", "#c62828"),
               ("Shannonside Networks Ltd", "Shannonside", "Raheen Business Park, Limerick V94 R2H0", "#2e7d32")]

S07_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="0", font="'DejaVu Sans',sans-serif", fs="8.8pt") + """
.page{height:281mm;padding:12mm 14mm 0 14mm;position:relative;page-break-after:always;box-sizing:border-box}
.page:last-child{page-break-after:auto}
.brand{font-size:20pt;font-weight:bold;color:{{ col }}} .pill{background:{{ col }};color:#fff;padding:10px 14px;border-radius:8px}
.sec{font-size:11pt;font-weight:bold;color:{{ col }};margin:14px 0 4px 0;border-bottom:2px solid {{ col }}}
table.s{width:100%} table.s td{padding:3px 4px;border-bottom:1px solid #e5e5e5}
table.u{width:100%;font-size:7.6pt} table.u th{text-align:left;border-bottom:1px solid #999;padding:2px} table.u td{padding:1.5px 2px}
.foot{position:absolute;bottom:8mm;left:14mm;right:14mm;font-size:7pt;color:#666;border-top:1px solid #ccc;padding-top:4px}
</style></head><body>
<div class="page">
<table style="width:100%"><tr><td><div class="brand">{{ brand }}</div><div style="font-size:8pt;color:#555">Business</div></td>
<td class="r" style="font-size:8pt">Account number <b>{{ acct }}</b><br>Bill number <b>{{ inv_no }}</b><br>Bill date <b>{{ d }}</b><br>Bill period {{ p0 }} – {{ p1 }}</td></tr></table>
<p style="margin-top:16px">{{ b_name }}<br>{{ b_attn }}<br>{{ b_a1 }}<br>{{ b_a2 }}</p>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%"><h2 style="margin:0;font-size:15pt">Your bill this month</h2>
<p style="color:#555">Hi {{ b_first }}, here's a summary of your business account. Full details of your calls, texts and data are on page 2.</p></td>
<td><div class="pill">{% if dd %}Total amount due<br><span style="font-size:20pt;font-weight:bold">€{{ due_amt }}</span><br>{{ dd_text }}{% else %}
Total amount due<br><span style="font-size:20pt;font-weight:bold">€{{ due_amt }}</span><br>Please pay by {{ due }}{% endif %}</div></td></tr></table>
<div class="sec">Account summary</div>
<table class="s"><tr><td>Previous bill</td><td class="r">€{{ prev }}</td></tr><tr><td>Payment received {{ pay_date }} – thank you</td><td class="r">-€{{ paid }}</td></tr>
<tr><td>Balance carried forward</td><td class="r">€{{ bcf }}</td></tr><tr><td><b>Total this bill (incl. VAT)</b></td><td class="r"><b>€{{ total }}</b></td></tr>
<tr><td><b>Total amount due</b></td><td class="r"><b>€{{ due_amt }}</b></td></tr></table>
<div class="sec">Summary of charges this bill</div>
<table class="s">{% for c in charges %}<tr><td>{{ c.desc }}</td><td class="r">{{ c.a }}</td></tr>{% endfor %}
<tr><td><b>Charges before VAT</b></td><td class="r"><b>€{{ net }}</b></td></tr><tr><td>VAT @ 23%</td><td class="r">€{{ tax }}</td></tr>
<tr><td><b>Total this bill</b></td><td class="r"><b>€{{ total }}</b></td></tr></table>
<p style="font-size:7.8pt;margin-top:14px">Questions? Call 1800 {{ care }} from any phone or 1{{ care2 }} from your mobile. Lines open 8am–8pm Mon–Sat.</p>
<div class="foot">{{ v_name }}, {{ v_addr }}. Registered in Ireland No. {{ cro }}. VAT No. {{ vat }}. {% if dd %}Direct Debit: IBAN ending {{ iban_end }}, Mandate ref {{ mandate }}.{% else %}Pay online, by phone or by bank transfer to IBAN {{ iban }} quoting your account number.{% endif %} &nbsp; Page 1 of 2</div>
</div>
<div class="page">
<table style="width:100%"><tr><td><div class="brand" style="font-size:14pt">{{ brand }}</div></td><td class="r" style="font-size:8pt">Account {{ acct }} · Bill {{ inv_no }} · {{ d }}</td></tr></table>
<div class="sec">Itemised charges by number</div>
{% for ln in lines %}<p style="margin:8px 0 2px 0"><b>{{ ln.msisdn }}</b> – {{ ln.user }} – {{ ln.plan }}</p>
<table class="u"><tr><th>Date</th><th>Time</th><th>Number / Destination</th><th>Type</th><th class="r">Duration / Volume</th><th class="r">Cost (€, excl. VAT)</th></tr>
{% for u in ln.usage %}<tr><td>{{ u.d }}</td><td>{{ u.t }}</td><td>{{ u.n }}</td><td>{{ u.ty }}</td><td class="r">{{ u.dur }}</td><td class="r">{{ u.c }}</td></tr>{% endfor %}</table>{% endfor %}
<p style="font-size:7.5pt;color:#666;margin-top:10px">Calls within your bundle are shown at €0.000. Costs are rounded to 3 decimal places per item; the total is rounded to 2 decimal places.</p>
<div class="foot">{{ v_name }} · VAT No. {{ vat }} &nbsp; Page 2 of 2</div>
</div></body></html>"""


@style("07", "telecom_bill_2p")
def s07(rng, i):
    vname, brand, vaddr, col = TEL_VENDORS[i]
    vat = valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPRSTW") + rng.choice(["", "", "H"]), _ievat.is_valid)
    d = rand_date(rng)
    f = lambda x: f"{x.day:02d} {x.strftime('%b %Y')}"
    p1 = d - dt.timedelta(days=rng.randint(1, 5))
    p0 = p1 - dt.timedelta(days=30)
    nlines = rng.randint(2, 3)
    plans = [("Business Unlimited 40", D("35.77")), ("Business Flex 20GB", D("24.39")), ("Business Unlimited Max", D("48.78")), ("Mobile Broadband 100GB", D("20.33"))]
    lines, charges, usage_total = [], [], D(0)
    for k in range(nlines):
        plan = rng.choice(plans)
        usage, cost_sum = [], D(0)
        for u in range(rng.randint(5, 11)):
            ty = rng.choice(["Call", "Call", "SMS", "Data", "Intl call"])
            c = D(0) if ty in ("Call", "SMS", "Data") else D(rng.randint(120, 2400)) / 1000
            dur = f"{rng.randint(0, 42):02d}:{rng.randint(0, 59):02d}" if "all" in ty else ("1" if ty == "SMS" else f"{rng.randint(1, 900)} MB")
            dest = (f"08{rng.choice('3567')} {rng.randint(100, 999)} {digits(rng, 4)}" if ty in ("Call", "SMS") else
                    "Internet" if ty == "Data" else f"+{rng.choice(['44', '49', '33', '1'])} {digits(rng, 3)} {digits(rng, 6)}")
            usage.append({"d": (p0 + dt.timedelta(days=rng.randint(0, 27))).strftime("%d/%m"), "t": f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
                          "n": dest, "ty": ty, "dur": dur, "c": f"{c:.3f}"})
            cost_sum += c
        usage.sort(key=lambda x: (x["d"][3:], x["d"][:2], x["t"]))
        lines.append({"msisdn": f"08{rng.choice('3567')} {rng.randint(100, 999)} {digits(rng, 4)}", "user": rng.choice(["Aoife Byrne", "Ciarán Walsh", "Niamh Kelly", "Seán O'Brien", "Declan Murphy"]),
                      "plan": plan[0], "usage": usage})
        charges.append({"desc": f"{plan[0]} – {lines[-1]['msisdn']} ({f(p0)} – {f(p1)})", "amount": plan[1], "qty": None})
        usage_total += cost_sum
    usage_total = q2(usage_total)
    if usage_total:
        charges.append({"desc": "Calls, texts and data outside your bundle", "amount": usage_total, "qty": None})
    if i in (1, 3):
        charges.append({"desc": rng.choice(["Device insurance", "Static IP address", "Roaming day pass (5 days)"]), "amount": D(rng.choice(["4.07", "8.13", "12.20"])), "qty": None})
    if i == 2:
        charges.append({"desc": "Loyalty discount (10% off plan charges)", "amount": -q2(sum(c["amount"] for c in charges[:nlines]) / 10), "qty": None})
    net = sum(c["amount"] for c in charges)
    tax = q2(net * D("0.23"))
    total = net + tax
    prev = q2(total * D(rng.randint(80, 120)) / 100)
    paid = prev if i != 1 else q2(prev - D(rng.randint(10, 40)))
    bcf = prev - paid
    dd = i == 3
    due = d + dt.timedelta(days=14)
    acct = digits(rng, 10, True)
    ctx = dict(col=col, brand=brand, acct=acct, inv_no=f"{rng.choice(['B', '', 'INV'])}{digits(rng, 9, True)}", d=f(d), p0=f(p0), p1=f(p1),
               b_name=rng.choice(["Kilbride Veterinary Clinic", "O'Sullivan Quantity Surveyors Ltd", "Harbour Café & Bakery", "Moyne Engineering Ltd"]),
               b_attn="Attn: " + rng.choice(["Accounts Payable", "Mary Doyle", "Office Manager"]), b_a1=f"{rng.randint(1, 80)} {rng.choice(['Main Street', 'Quay Road', 'Church Street'])}",
               b_a2=rng.choice(["Athlone, Co. Westmeath N37 E2P9", "Tralee, Co. Kerry V92 KX37", "Drogheda, Co. Louth A92 TK20"]), b_first=rng.choice(["Mary", "Conor", "Siobhán", "Patrick"]),
               dd=dd, dd_text=f"Nothing to pay – we'll collect this by Direct Debit", due=f(due), due_amt=en(total + bcf), prev=en(prev), paid=en(paid),
               pay_date=f(d - dt.timedelta(days=rng.randint(18, 26))), bcf=en(bcf), total=en(total), net=en(net), tax=en(tax),
               charges=[{"desc": c["desc"], "a": ("-€" + en(-c["amount"])) if c["amount"] < 0 else "€" + en(c["amount"])} for c in charges],
               care=digits(rng, 3) + " " + digits(rng, 3), care2=digits(rng, 4), v_name=vname, v_addr=vaddr, cro=digits(rng, 6, True), vat=vat,
               iban_end=digits(rng, 4), mandate=f"{brand[:3].upper()}-{digits(rng, 8)}", iban=iban_fmt(iban("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))),
               lines=lines)
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=ctx["inv_no"], po_number=None, invoice_date=d.isoformat(),
          due_date=None if dd else due.isoformat(), currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total),
          line_items=[{"amount": mt(c["amount"]), "quantity": None} for c in charges],
          notes="Irish business telecom bill over 2 pages (summary, then itemised usage). vendor = legal entity in the footer (the brand at the top is "
                "a trading name). invoice_number = 'Bill number'; Account number, mandate ref., CRO number and all phone numbers are decoys. "
                "invoice_date = Bill date; bill period dates and usage dates are decoys. total = 'Total this bill' (incl. VAT 23 %); previous bill, "
                "payment received, balance carried forward and 'Total amount due' are decoys"
                + (" (Total amount due differs: unpaid balance carried forward). " if bcf else " (equal here). ")
                + "Line items = 'Summary of charges this bill' rows on page 1 (net, no quantities; a discount row is negative); the page-2 usage rows are detail, not lines. "
                + ("Paid by Direct Debit, no due date printed -> null. " if dd else "due_date = 'Please pay by'. ") + "No PO.")
    checks = [f(d), vat, ctx["inv_no"]] + ([] if dd else [f(due)])
    return t, checks, (S07_HTML, ctx)


# =========================================================================== 10 US print shop (estimate converted to invoice)
PS_VENDORS = [("Lone Star Print & Sign Co.", "2210 E. Cesar Chavez St.", "Austin, TX 78702", "(512) 555-0148", D("8.25"), "#b22234"),
              ("Copperline Printing LLC", "1450 W. Evans Ave., Unit B", "Denver, CO 80223", "(303) 555-0190", D("8.81"), "#b87333"),
              ("Harbor Press & Graphics", "618 SE Morrison St.", "Portland, OR 97214", "(503) 555-0117", None, "#1d3557"),
              ("Blue Ridge Print Shop", "77 Biltmore Ave.", "Asheville, NC 28801", "(828) 555-0163", D("7.00"), "#2a6f97")]
PS_CAT = [("Business cards, 16pt matte, 2-sided, full color", D("0.030"), D("0.095"), lambda r: r.choice([250, 500, 1000, 2500]), True),
          ("Tri-fold brochures, 8.5x11, 100# gloss text", D("0.180"), D("0.450"), lambda r: r.choice([500, 1000, 2500]), True),
          ("Vinyl banner 3' x 8', hemmed w/ grommets", 65, 140, lambda r: r.randint(1, 4), True),
          ("Postcards 6x9, EDDM, UV coated front", D("0.090"), D("0.210"), lambda r: r.choice([1000, 2000, 5000]), True),
          ("Retractable banner stand 33x80 w/ print", 119, 189, lambda r: r.randint(1, 3), True),
          ("Graphic design / layout (hours)", 55, 85, lambda r: D(r.randint(2, 10)) / 2, False),
          ("Pre-press setup & proof", 25, 45, lambda r: 1, True),
          ("Yard signs 18x24 corrugated w/ H-stake", D("6.50"), D("11.00"), lambda r: r.choice([10, 25, 50, 100]), True),
          ("Rush production (48 hr)", 35, 95, lambda r: 1, True)]

S10_HTML = """<html><head><meta charset="utf-8"><style>""" + css(size="Letter", margin="0.6in 0.7in", font="'Liberation Serif',serif", fs="10pt") + """
.vn{font-size:20pt;color:{{ col }};font-weight:bold;font-family:'Liberation Sans',sans-serif} .inv{font-size:26pt;color:#999;text-align:right;font-family:'Liberation Sans',sans-serif;letter-spacing:3px}
table.meta td{padding:1px 6px;font-size:9.5pt} table.meta td.k{font-weight:bold;text-align:right}
table.items{width:100%;margin-top:14px} table.items th{font-family:'Liberation Sans',sans-serif;font-size:8.5pt;text-transform:uppercase;color:{{ col }};border-bottom:2px solid {{ col }};padding:4px;text-align:left} table.items th.r{text-align:right} table.items th.c{text-align:center}
table.items td{padding:5px 4px} table.tot td{padding:3px 6px} .note{font-size:8.5pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div class="vn">{{ v_name }}</div>{{ v_a1 }}<br>{{ v_a2 }}<br>{{ v_phone }} · {{ v_web }}</td><td><div class="inv">INVOICE</div>
<table class="meta" style="margin-left:auto"><tr><td class="k">Invoice #</td><td>{{ inv_no }}</td></tr><tr><td class="k">Invoice Date</td><td>{{ d }}</td></tr>
{% if due %}<tr><td class="k">Due Date</td><td>{{ due }}</td></tr>{% endif %}<tr><td class="k">Job #</td><td>{{ job }}</td></tr>
{% if po %}<tr><td class="k">Customer PO</td><td>{{ po }}</td></tr>{% endif %}</table></td></tr></table>
<p class="note" style="background:#f4f4f4;padding:5px 8px">Converted from Estimate # {{ est }} dated {{ est_d }}, approved by {{ approver }} on {{ appr_d }}. Proof approved {{ proof_d }}.</p>
<table style="width:100%"><tr><td style="width:50%"><b style="font-family:'Liberation Sans',sans-serif;font-size:8.5pt;color:{{ col }}">BILL TO</b><br>{{ b_name }}<br>{{ b_a1 }}<br>{{ b_a2 }}</td>
<td><b style="font-family:'Liberation Sans',sans-serif;font-size:8.5pt;color:{{ col }}">SHIP TO</b><br>{{ ship|safe }}</td></tr></table>
<table class="items"><tr><th>Item / Description</th><th class="r">Qty</th><th class="r">Unit Price</th>{% if has_tax %}<th class="c">Tax</th>{% endif %}<th class="r">Line Total</th></tr>
{% for it in items %}<tr style="{% if loop.index is even %}background:#fafafa{% endif %}"><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>{% if has_tax %}<td class="c">{{ it.tx }}</td>{% endif %}<td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<table style="width:100%;margin-top:10px;border-top:1px solid #ccc"><tr><td class="note" style="width:55%;padding-top:8px">{{ terms }}<br>Make checks payable to {{ v_name }}.<br>
Questions about this invoice? {{ v_mail }}</td><td><table class="tot" style="margin-left:auto">
<tr><td>Subtotal</td><td class="r">{{ net }}</td></tr>{% if has_tax %}<tr><td>Sales Tax ({{ rate }}% on taxable items)</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr><td><b>Total</b></td><td class="r"><b>${{ total }}</b></td></tr>{% if dep %}<tr><td>Less deposit (check #{{ chk }})</td><td class="r">-{{ dep }}</td></tr>
<tr><td><b>Balance Due</b></td><td class="r"><b>${{ bal }}</b></td></tr>{% endif %}</table></td></tr></table>
<p style="text-align:center;margin-top:40px;font-style:italic;color:{{ col }}">Thank you for printing local!</p>
</body></html>"""


@style("10", "us_print_shop_estimate")
def s10(rng, i):
    vname, a1, a2, phone, rate, col = PS_VENDORS[i]
    d = rand_date(rng)
    dfmt = lambda x: x.strftime("%B %d, %Y").replace(" 0", " ") if i % 2 == 0 else x.strftime("%m/%d/%Y")
    due = d + dt.timedelta(days=30) if i in (0, 3) else (d + dt.timedelta(days=15) if i == 2 else None)
    items = []
    for desc, lo, hi, qf, taxable in rng.sample(PS_CAT, rng.randint(3, 5)):
        q = D(str(qf(rng)))
        step = D("0.001") if hi < 1 else D("0.01")
        p = exact_price(rng, q, lo, hi, step)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "taxable": taxable})
    net = sum(it["amount"] for it in items)
    tax = q2(sum(it["amount"] for it in items if it["taxable"]) * rate / 100) if rate else None
    total = net + (tax or 0)
    dep = q2(total / 2) if i in (1, 3) else None
    est_d = d - dt.timedelta(days=rng.randint(10, 30))
    po = [None, f"{rng.randint(2000, 9999)}", f"PO-{d.year}-{rng.randint(100, 999)}", None][i]
    pfmt = lambda p: f"{p:,.3f}" if p < 1 else en(p)
    ctx = dict(col=col, v_name=vname, v_a1=a1, v_a2=a2, v_phone=phone, v_web="www." + vname.split()[0].lower() + "print.com",
               v_mail="billing@" + vname.split()[0].lower() + "print.com", inv_no=f"{rng.randint(10200, 19800)}", d=dfmt(d), due=dfmt(due) if due else None,
               job=f"{d.strftime('%y')}-{rng.randint(100, 999):04d}", po=po, est=f"E-{rng.randint(1800, 4800)}", est_d=dfmt(est_d),
               approver=rng.choice(["M. Alvarez", "J. Thompson", "K. Nguyen", "R. Patel"]), appr_d=dfmt(est_d + dt.timedelta(days=rng.randint(1, 4))),
               proof_d=dfmt(d - dt.timedelta(days=rng.randint(2, 6))),
               b_name=rng.choice(["Eastside Family Dental", "Riverbend Brewing Co.", "Summit Realty Group", "Hillcrest Elementary PTA", "Pinewood Animal Hospital"]),
               b_a1=f"{rng.randint(100, 9999)} {rng.choice(['Oak', 'Main', 'Maple', 'Cedar'])} {rng.choice(['St.', 'Ave.', 'Blvd.'])}", b_a2=a2.split(",")[0] + ", " + a2.split(", ")[1][:2] + f" {rng.randint(10000, 99999)}",
               ship="Customer pickup" if i % 2 else "Same as billing", has_tax=rate is not None, rate=str(rate) if rate else "",
               items=[{"desc": it["desc"], "q": qstr(it["qty"]) if it["qty"] < 100 else en(it["qty"], 0), "p": pfmt(it["price"]), "tx": "T" if it["taxable"] else "", "a": en(it["amount"])} for it in items],
               net=en(net), tax=en(tax) if tax is not None else "", total=en(total), dep=en(dep) if dep else None, chk=rng.randint(1001, 9999),
               bal=en(total - dep) if dep else "", terms=("Terms: Net 30" if i in (0, 3) else "Terms: Net 15" if i == 2 else "Payment due upon receipt / pickup."))
    t = T(vendor_name=vname, vendor_tax_id=None, invoice_number=ctx["inv_no"], po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="USD", subtotal=mt(net), tax=mt(tax) if tax is not None else None, total=mt(total), line_items=li(items),
          notes="US print shop invoice converted from an estimate (Letter). Estimate #, Job #, estimate/approval/proof dates are decoys. "
                "No tax id printed -> null. Unit prices may have 3 decimals. "
                + (f"Sales tax {rate} % on items marked T only. " if rate else "Oregon: no sales tax line -> tax null. ")
                + ("'Less deposit' and 'Balance Due' are decoys; total = Total. " if dep else "")
                + (f"PO = Customer PO. " if po else "No PO. ") + ("" if due else "Due upon receipt -> due_date null."))
    checks = [dfmt(d), ctx["inv_no"]] + ([dfmt(due)] if due else []) + ([po] if po else [])
    return t, checks, (S10_HTML, ctx)


# =========================================================================== 11 Estonian arve, facts in a right sidebar
EE_VENDORS = [("Põhjala Puidutööd OÜ", "PÕHJALA PUIT", "Tööstuse 48", "10416 Tallinn", "#5d4037"),
              ("Kalamaja Veebistuudio OÜ", "kalamaja/web", "Kopli 25", "10412 Tallinn", "#283593"),
              ("Saaremaa Kalatööstus AS", "SAAREMAA KALA", "Roomassaare tee 7", "93815 Kuressaare", "#00695c"),
              ("Lõuna-Eesti Ehitusgrupp OÜ", "LEEG", "Ringtee 71", "50105 Tartu", "#e65100")]
EE_CAT = [[("Tammepuidust trepp, paigaldusega", 1800, 4200, lambda r: 1, "tk"), ("Puusepatööd", 32, 45, lambda r: D(r.randint(4, 40)) / 2, "h"),
           ("Männipuidust aknalauad 30 cm", 28, 55, lambda r: r.randint(2, 12), "jm"), ("Transport ja tõstetööd", 60, 180, lambda r: 1, "tk")],
          [("Veebilehe kujundus ja arendus", 1200, 4800, lambda r: 1, "tk"), ("Majutus ja hooldus (kuu)", 29, 79, lambda r: r.randint(3, 12), "kuu"),
           ("SEO audit", 390, 890, lambda r: 1, "tk"), ("Arendustöö tunnitasu", 55, 75, lambda r: D(r.randint(2, 24)) / 2, "h")],
          [("Räimefilee, külmutatud 5 kg", 18, 32, lambda r: r.randint(10, 80), "kst"), ("Suitsukilu 250 g", D("2.10"), D("3.40"), lambda r: r.choice([48, 96, 144]), "tk"),
           ("Soolatud lõhe viilutatud 200 g", D("5.20"), D("7.90"), lambda r: r.choice([24, 48, 72]), "tk"), ("Külmaveokulu", 45, 120, lambda r: 1, "tk")],
          [("Üldehitustööd vastavalt aktile nr {a}", 2400, 9800, lambda r: 1, "tk"), ("Betoon C30/37", 95, 125, lambda r: r.randint(4, 24), "m³"),
           ("Tellingute rent", 3, 6, lambda r: r.randint(60, 300), "m²"), ("Prügivedu konteineriga 10 m³", 180, 290, lambda r: r.randint(1, 3), "tk")]]


def ee_ref(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


S11_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="0", font="'DejaVu Sans',sans-serif", fs="8.8pt") + """
.wrap{display:flex;min-height:297mm} .main{flex:1;padding:16mm 10mm 14mm 16mm;position:relative} .side{width:58mm;background:{{ col }};color:#fff;padding:16mm 8mm}
.logo{font-size:19pt;font-weight:bold;color:{{ col }};letter-spacing:1px} .side .k{font-size:7pt;text-transform:uppercase;opacity:.8;margin-top:10px}
.side .v{font-size:10pt;font-weight:bold} table.items{width:100%;margin-top:22px} table.items th{text-align:left;font-size:7.5pt;color:#777;border-bottom:1px solid #aaa;padding:4px 3px}
table.items td{padding:5px 3px;border-bottom:1px solid #eee} table.items td.r{white-space:nowrap} table.tot td{padding:3px 5px} .foot{position:absolute;bottom:12mm;left:16mm;right:10mm;font-size:7pt;color:#555;border-top:1px solid #ccc;padding-top:5px}
</style></head><body><div class="wrap"><div class="main">
<div class="logo">{{ logo }}</div><div style="font-size:8pt;color:#777">{{ tagline }}</div>
<p style="margin-top:26px;font-size:7.5pt;color:#888">MAKSJA</p><p style="margin-top:0"><b>{{ b_name }}</b><br>{{ b_a1 }}<br>{{ b_a2 }}<br>Reg.kood {{ b_reg }}{% if b_vat %}<br>KMKR {{ b_vat }}{% endif %}</p>
<table class="items"><tr><th>Nimetus</th><th class="r">Kogus</th><th>Ühik</th><th class="r">Ühiku hind</th><th class="r">Summa</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-left:auto;margin-top:10px"><tr><td>Summa käibemaksuta</td><td class="r">{{ net }}</td></tr><tr><td>Käibemaks 24%</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>Arve summa kokku</b></td><td class="r"><b>{{ total }} €</b></td></tr>{% if prepaid %}<tr><td>Ettemaks</td><td class="r">-{{ prepaid }}</td></tr><tr><td><b>Tasuda</b></td><td class="r"><b>{{ topay }} €</b></td></tr>{% endif %}</table>
<p style="margin-top:18px;font-size:8pt">{{ words }}</p>
<p style="font-size:8pt">Arve koostas: {{ author }}</p>
<div class="foot"><b>{{ v_name }}</b> · {{ v_a1 }}, {{ v_a2 }} · Registrikood {{ v_reg }} · KMKR nr {{ v_vat }}<br>
{{ bank }} IBAN {{ iban }} · Tel {{ v_tel }} · {{ v_mail }}</div></div>
<div class="side"><div style="font-size:22pt;font-weight:bold;letter-spacing:2px">ARVE</div>
<div class="k">Arve nr</div><div class="v">{{ inv_no }}</div><div class="k">Kuupäev</div><div class="v">{{ d }}</div>
<div class="k">Maksetähtaeg</div><div class="v">{{ due }}</div><div class="k">Viitenumber</div><div class="v">{{ ref }}</div>
{% if po %}<div class="k">Tellimuse nr</div><div class="v">{{ po }}</div>{% endif %}<div class="k">Kliendi nr</div><div class="v">{{ cust }}</div>
<div class="k">Tarne kuupäev</div><div class="v">{{ deliv }}</div><div class="k">Viivis</div><div class="v">0,05% päevas</div>
<div style="margin-top:26px;border-top:1px solid rgba(255,255,255,.5);padding-top:8px" class="k">Tasuda</div><div style="font-size:17pt;font-weight:bold">{{ topay }} €</div>
</div></div></body></html>"""


@style("11", "ee_arve_sidebar")
def s11(rng, i):
    vname, logo, a1, a2, col = EE_VENDORS[i]
    vat = "EE" + valid(rng, lambda: "10" + digits(rng, 7), _kmkr.is_valid)
    reg = valid(rng, lambda: rng.choice(["10", "11", "12", "14", "16"]) + digits(rng, 6), _eereg.is_valid)
    d = rand_date(rng, start=dt.date(2025, 7, 1))
    f = lambda x: x.strftime("%d.%m.%Y")
    due = d + dt.timedelta(days=rng.choice([7, 14, 21]))
    cat = [(c[0].replace("{a}", str(rng.randint(3, 12))), *c[1:]) for c in EE_CAT[i]]
    items = mk_items(rng, cat, rng.randint(2, 4))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.24"))
    total = net + tax
    prepaid = q2(total * D("0.3")) if i == 3 else None
    inv_no = [f"{rng.randint(1000, 9999)}", f"KW-{d.year}-{rng.randint(10, 400):03d}", f"{d.strftime('%y')}{rng.randint(1000, 9999)}", f"A{rng.randint(100, 999)}"][i]
    po = [None, f"TEL-{rng.randint(1000, 9999)}", f"{rng.randint(450000, 459999)}", None][i]
    from invoice_kit import en_words
    ctx = dict(col=col, logo=logo, tagline=["puidutööd ja trepid", "veebilahendused", "kalatooted Saaremaalt", "ehitus · renoveerimine · projektijuhtimine"][i],
               b_name=rng.choice(["Viru Hotellid AS", "Tartu Linnavalitsus", "Rimi Eesti Food AS", "Kadrioru Kinnisvara OÜ", "Pärnu Jahtklubi MTÜ"]),
               b_a1=f"{rng.choice(['Narva mnt', 'Riia', 'Pärnu mnt', 'Vabaduse pst'])} {rng.randint(1, 140)}", b_a2=rng.choice(["10120 Tallinn", "51004 Tartu", "80010 Pärnu"]),
               b_reg=digits(rng, 8, True), b_vat="EE10" + digits(rng, 7) if i != 2 else None,
               items=[{"desc": it["desc"], "q": sp(it["qty"], 1) if it["qty"] != int(it["qty"]) else str(int(it["qty"])), "unit": it["unit"], "p": sp(it["price"]), "a": sp(it["amount"])} for it in items],
               net=sp(net), tax=sp(tax), total=sp(total), prepaid=sp(prepaid) if prepaid else None, topay=sp(total - (prepaid or 0)),
               words="", author=rng.choice(["Kadri Tamm", "Marek Kask", "Liis Saar", "Andres Mägi"]), v_name=vname, v_a1=a1, v_a2=a2, v_reg=reg, v_vat=vat,
               bank=rng.choice(["Swedbank", "SEB Pank", "LHV Pank"]), iban=iban_fmt(iban("EE", rng.choice(["22", "10", "77"]) + digits(rng, 14))),
               v_tel=f"+372 {rng.randint(500, 599)} {digits(rng, 4)}", v_mail="arved@" + vname.split()[0].lower().replace("õ", "o").replace("ä", "a").replace("-", "") + ".ee",
               inv_no=inv_no, d=f(d), due=f(due), ref=ee_ref(str(rng.randint(1000, 99999))), po=po, cust=str(rng.randint(100, 999)),
               deliv=f(d - dt.timedelta(days=rng.randint(1, 10))))
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(), currency="EUR",
          subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Estonian arve with all invoice facts in a coloured right sidebar. vendor = legal name in the footer only (the logo text at the top "
                "is a stylised brand). vendor_tax_id = KMKR nr (EE...); Registrikood, buyer Reg.kood/KMKR, Viitenumber (reference number), Kliendi nr "
                "are decoys; Tarne kuupäev (delivery date) is a decoy date. Käibemaks 24 %. Amounts '1 234,56'. "
                + ("Ettemaks (prepayment) and 'Tasuda' are decoys: total = 'Arve summa kokku'. " if prepaid else "'Tasuda' in the sidebar equals the total. ")
                + (f"PO = 'Tellimuse nr'. " if po else "No PO."))
    checks = [f(d), f(due), vat, inv_no] + ([po] if po else [])
    return t, checks, (S11_HTML, ctx)


# =========================================================================== 13 Greek timologio
GR_VENDORS = [("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ & ΣΙΑ Ο.Ε.", "Εμπόριο υδραυλικών και θερμαντικών ειδών", "Λ. Βουλιαγμένης 212, 17343 Άγιος Δημήτριος", "ΑΓ. ΔΗΜΗΤΡΙΟΥ"),
              ("ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε.", "Χονδρικό εμπόριο τροφίμων", "ΒΙ.ΠΕ. Σίνδου, Οδός Γ', 57022 Θεσσαλονίκη", "ΙΩΝΙΑΣ ΘΕΣΣΑΛΟΝΙΚΗΣ"),
              ("ΤΕΧΝΙΚΗ ΚΡΗΤΗΣ ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.", "Ηλεκτρολογικές εγκαταστάσεις", "Λεωφ. 62 Μαρτύρων 140, 71303 Ηράκλειο", "ΗΡΑΚΛΕΙΟΥ"),
              ("ΝΙΚΟΛΑΟΥ ΔΗΜΗΤΡΙΟΣ", "Υπηρεσίες μηχανογράφησης και λογιστικής υποστήριξης", "Κορίνθου 318, 26223 Πάτρα", "Α' ΠΑΤΡΩΝ")]
GR_CAT = [[("ΥΔ-1042", "Θερμοσίφωνας ηλεκτρικός 80 lt", 165, 240, "ΤΕΜ", 24), ("ΥΔ-2210", "Σωλήνας πολυστρωματικός 16x2 mm", D("1.10"), D("2.40"), "ΜΕΤ", 24),
           ("ΥΔ-3301", "Μπαταρία νιπτήρα χρωμέ", 28, 65, "ΤΕΜ", 24), ("ΥΔ-0420", "Καλοριφέρ panel 600x1000", 85, 140, "ΤΕΜ", 24)],
          [("ΤΡ-1101", "Ελαιόλαδο έξτρα παρθένο 5 lt", 28, 42, "ΤΕΜ", 13), ("ΤΡ-2045", "Φέτα ΠΟΠ δοχείο 15 kg", 95, 140, "ΤΕΜ", 13),
           ("ΤΡ-3380", "Μέλι ανθέων 1 kg", 9, 14, "ΤΕΜ", 13), ("ΤΡ-4012", "Χαρτοπετσέτες 2φυλλες (κιβ.)", 14, 22, "ΚΙΒ", 24)],
          [("ΗΛ-0101", "Εργασία ηλεκτρολόγου", 25, 40, "ΩΡΑ", 24), ("ΗΛ-2250", "Καλώδιο NYM 3x1,5 mm²", D("0.75"), D("1.40"), "ΜΕΤ", 24),
           ("ΗΛ-3310", "Πίνακας διανομής 36 θέσεων", 85, 160, "ΤΕΜ", 24), ("ΗΛ-4400", "Φωτιστικό LED panel 60x60 40W", 18, 34, "ΤΕΜ", 24)],
          [("ΥΠ-01", "Μηνιαία λογιστική υποστήριξη", 180, 450, "ΜΗΝ", 24), ("ΥΠ-02", "Υποβολή περιοδικής δήλωσης ΦΠΑ", 40, 90, "ΤΕΜ", 24),
           ("ΥΠ-03", "Μισθοδοσία (ανά εργαζόμενο)", 12, 25, "ΤΕΜ", 24)]]

S13_HTML = """<html><head><meta charset="utf-8"><style>""" + css(margin="11mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.3pt") + """
.vn{font-size:12.5pt;font-weight:bold} table.b{width:100%;margin-top:8px} table.b td{border:1px solid #555;padding:4px 6px}
.ttl{background:#1a3d6d;color:#fff;text-align:center;font-weight:bold;font-size:11pt;padding:5px}
table.items{width:100%;margin-top:8px} table.items th{background:#e3e9f2;border:1px solid #777;padding:3px;font-size:7.2pt} table.items td{border:1px solid #aaa;padding:3px;font-size:7.8pt}
table.tot td{border:1px solid #777;padding:3px 8px} .sm{font-size:7pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div class="vn">{{ v_name }}</div>{{ v_act }}<br>{{ v_addr }}<br>ΑΦΜ: {{ v_afm }} &nbsp; ΔΟΥ: {{ v_doy }}<br>Τηλ.: {{ v_tel }} &nbsp; {{ v_mail }}</td>
<td style="width:34%"><div class="ttl">{{ title }}</div><table class="b" style="margin-top:0"><tr><td>Σειρά: <b>{{ series }}</b></td><td>Αριθμός: <b>{{ inv_no }}</b></td></tr>
<tr><td colspan="2">Ημερομηνία: <b>{{ d }}</b></td></tr></table></td></tr></table>
<table class="b"><tr><td style="width:55%"><span class="sm">ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ</span><br><b>{{ b_name }}</b><br>{{ b_act }}<br>{{ b_addr }}<br>ΑΦΜ: {{ b_afm }} &nbsp; ΔΟΥ: {{ b_doy }}</td>
<td>Κωδ. Πελάτη: {{ cust }}<br>Τρόπος Πληρωμής: {{ pay }}<br>{% if due %}Ημ/νία Λήξης: {{ due }}<br>{% endif %}{% if po %}Αρ. Παραγγελίας: {{ po }}<br>{% endif %}
Σκοπός Διακίνησης: Πώληση<br>Τόπος Αποστολής: Έδρα μας</td></tr></table>
<table class="items"><tr><th>Κωδικός</th><th>Περιγραφή</th><th>Μ.Μ.</th><th>Ποσότητα</th><th>Τιμή Μον.</th><th>Έκπτ. %</th><th>Καθαρή Αξία</th><th>ΦΠΑ %</th><th>Αξία ΦΠΑ</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.rate }}</td><td class="r">{{ it.v }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%"><table class="items" style="margin-top:0"><tr><th>ΦΠΑ %</th><th>Καθαρή Αξία</th><th>Αξία ΦΠΑ</th></tr>
{% for r in recap %}<tr><td class="c">{{ r.rate }}%</td><td class="r">{{ r.base }}</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}</table>
<p class="sm" style="margin-top:10px">ΜΑΡΚ: {{ mark }}<br>UID: {{ uid }}<br>Πάροχος Ηλεκτρονικής Τιμολόγησης: {{ provider }}<br>Προηγούμενο υπόλοιπο: {{ prev }} € &nbsp; Νέο υπόλοιπο: {{ newbal }} €</p></td>
<td><table class="tot" style="margin-left:auto"><tr><td>Σύνολο Καθαρής Αξίας</td><td class="r">{{ net }}</td></tr><tr><td>Σύνολο ΦΠΑ</td><td class="r">{{ tax }}</td></tr>
<tr><td><b>ΠΛΗΡΩΤΕΟ ΠΟΣΟ</b></td><td class="r"><b>{{ total }} €</b></td></tr></table>
<div style="margin-top:12px;margin-left:auto;width:70px;height:70px;border:1px solid #000;font-size:6pt;text-align:center;line-height:70px">QR</div></td></tr></table>
<p class="sm" style="margin-top:16px">ΤΡΑΠΕΖΑ: {{ bank }} IBAN: {{ iban }}</p>
</body></html>"""


@style("13", "gr_timologio")
def s13(rng, i):
    vname, act, addr, doy = GR_VENDORS[i]
    afm = valid(rng, lambda: rng.choice(["0", "8", "9", "1"]) + digits(rng, 8), _grvat.is_valid)
    d = rand_date(rng)
    f = lambda x: x.strftime("%d/%m/%Y")
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 1) else None
    picks = rng.sample(GR_CAT[i], rng.randint(2, len(GR_CAT[i])))
    items = []
    for code, desc, lo, hi, unit, rate in picks:
        qty = D(rng.choice([1, 2, 3, 5, 10, 12, 20, 50])) if unit != "ΜΕΤ" else D(rng.choice([50, 100, 200]))
        if unit in ("ΩΡΑ",):
            qty = D(rng.randint(4, 30))
        if unit == "ΜΗΝ":
            qty = D(1)
        price = exact_price(rng, qty, lo, hi)
        disc = rng.choice([0, 0, 5, 10]) if i < 2 else 0
        amt = q2(qty * price * (100 - disc) / 100)
        items.append({"code": code, "desc": desc, "unit": unit, "qty": qty, "price": price, "disc": disc, "amount": amt, "rate": rate, "vat": q2(amt * rate / 100)})
    rates = sorted({it["rate"] for it in items})
    recap = [{"rate": r, "base": sum(it["amount"] for it in items if it["rate"] == r), "tax": sum(it["vat"] for it in items if it["rate"] == r)} for r in rates]
    net = sum(r["base"] for r in recap)
    tax = sum(r["tax"] for r in recap)
    total = net + tax
    po = [f"{rng.randint(1000, 9999)}/{d.year}", None, f"ΠΡ-{rng.randint(100, 999)}", None][i]
    series = ["Α", "ΤΠ", "Β", "ΤΠΥ"][i]
    title = "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ" if i == 3 else "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"
    inv_no = str(rng.randint(120, 9800))
    prev = q2(D(rng.randint(0, 400000)) / 100) if due else D(0)
    ctx = dict(v_name=vname, v_act=act, v_addr=addr, v_afm=afm, v_doy=doy, v_tel=f"2{rng.randint(10, 81)}0 {digits(rng, 6)}", v_mail="info@" + ["papadopoulos-oe", "aigaiotrofima", "texnikikritis", "nikolaou-acc"][i] + ".gr",
               title=title, series=series, inv_no=inv_no, d=f(d), b_name=rng.choice(["ΞΕΝΟΔΟΧΕΙΑ ΜΥΡΤΩΟΝ Α.Ε.", "ΚΑΦΕ ΕΣΤΙΑΤΟΡΙΟ ΤΟ ΛΙΜΑΝΙ Ο.Ε.", "ΔΗΜΗΤΡΙΟΥ ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ Α.Τ.Ε.", "ΦΑΡΜΑΚΕΙΟ ΒΛΑΧΟΥ ΑΙΚΑΤΕΡΙΝΗ"]),
               b_act=rng.choice(["Ξενοδοχειακές υπηρεσίες", "Εστίαση", "Κατασκευαστικές εργασίες", "Φαρμακείο"]), b_addr=rng.choice(["Ερμού 45, 10563 Αθήνα", "Τσιμισκή 102, 54622 Θεσσαλονίκη", "Ακτή Μιαούλη 8, 18538 Πειραιάς"]),
               b_afm=valid(rng, lambda: "0" + digits(rng, 8), _grvat.is_valid), b_doy=rng.choice(["Α' ΑΘΗΝΩΝ", "Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ", "ΦΑΕ ΠΕΙΡΑΙΑ"]), cust=f"Π{rng.randint(100, 9999):04d}",
               pay="Επί πιστώσει" if due else rng.choice(["Μετρητά", "Κατάθεση σε τράπεζα", "Κάρτα"]), due=f(due) if due else None, po=po,
               items=[{"code": it["code"], "desc": it["desc"], "unit": it["unit"], "q": de(it["qty"], 0), "p": de(it["price"]), "disc": de(D(it["disc"])) if it["disc"] else "",
                       "a": de(it["amount"]), "rate": it["rate"], "v": de(it["vat"])} for it in items],
               recap=[{"rate": r["rate"], "base": de(r["base"]), "tax": de(r["tax"])} for r in recap], net=de(net), tax=de(tax), total=de(total),
               mark=f"4000{digits(rng, 11)}", uid="".join(rng.choice("0123456789ABCDEF") for _ in range(40)), provider=rng.choice(["Epsilon Digital", "SoftOne Cloud", "Impact e-Invoicing"]),
               prev=de(prev), newbal=de(prev + total), bank=rng.choice(["ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ", "ALPHA BANK", "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ", "EUROBANK"]),
               iban=iban_fmt(iban("GR", rng.choice(["0110", "0140", "0172", "0260"]) + digits(rng, 19))))
    t = T(vendor_name=vname, vendor_tax_id=afm, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Greek τιμολόγιο (Greek script throughout). vendor_tax_id = seller ΑΦΜ (9 digits; the buyer ΑΦΜ and the ΔΟΥ tax offices are decoys). "
                f"invoice_number = 'Αριθμός' only; the series 'Σειρά: {series}' is printed in a separate cell and not part of the truth. "
                "ΜΑΡΚ (myDATA mark), UID, Κωδ. Πελάτη, previous/new balance (Προηγούμενο/Νέο υπόλοιπο) are decoys. Amounts '1.234,56'. "
                "Line amount = Καθαρή Αξία (net after the line discount). " + ("Two VAT rates (13 % and 24 %). " if len(rates) > 1 else "")
                + ("PO = Αρ. Παραγγελίας. " if po else "No PO. ") + ("Due date = Ημ/νία Λήξης." if due else "No due date printed."))
    checks = [f(d), afm, inv_no] + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, (S13_HTML, ctx)
