"""Chromium (HTML) styles for set 70, second part (04 Santarém FATURA in Portuguese with a LEFT SIDEBAR of LABELS in SMALL
CAPITALS ABOVE their values, item descriptions WRAPPED over two or three lines, a line discount column, IVA 23 / 13 / 6 %,
a quotation's reference and an ADIANTAMENTO deducted; 05 Mostaganem FACTURE in French with an Arabic heading, the facts as
LABEL : value pairs BESIDE each other, the TOTALS in a box at the TOP, a FULLY RULED table, TVA 19 / 9 % and the total in
WORDS)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import css, de, digits, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import fr_words
from stdnum.dz import nif as dz_nif
from stdnum.pt import nif as pt_nif

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Santarém (IVA 23/13/6, EUR), left sidebar, small caps above, wrapped, adiantamento
SA_V = [
    ("Agro-Ribatejo Máquinas Agrícolas, Lda.", "Zona Industrial de Santarém, Lote 14, 2005-002 Santarém", "#14532d"),
    ("Adega Cooperativa das Lezírias, C.R.L.", "Estrada Nacional 114, Km 3, 2000-471 Santarém", "#7c2d12"),
    ("Scalabis Engenharia e Climatização, S.A.", "Av. Bernardo Santareno, 31, 2005-177 Santarém", "#1e40af"),
    ("Tipografia do Planalto, Unipessoal Lda.", "Rua Capelo e Ivens, 58, 2000-039 Santarém", "#6b21a8"),
]
SA_B = [
    ("Herdade da Ribeira Velha, S.A.", "Quinta da Ribeira, 2140-101 Chamusca"),
    ("Restaurante O Forno do Alfageme, Lda.", "Rua Serpa Pinto, 12, 2000-046 Santarém"),
    ("Câmara Municipal de Almeirim", "Praça da República, 2080-050 Almeirim"),
    ("Associação Equestre do Ribatejo", "Largo do Seminário, 2000-000 Santarém"),
]
SA_ROWS = [
    [("Reparação de trator New Holland T5, substituição da embraiagem completa, mão de obra e deslocação à exploração", "un", 1, 1, 1800, 3900, 23),
     ("Filtro de óleo hidráulico original", "un", 1, 6, 38, 95, 23), ("Pneu agrícola 420/85 R28, montagem e calibragem incluída", "un", 1, 4, 620, 980, 23),
     ("Sementes de milho híbrido FAO 600, saco de 50 000 sementes, tratadas", "sc", 4, 40, 120, 190, 6), ("Adubo composto 15-15-15, big bag 600 kg", "un", 1, 10, 310, 460, 6)],
    [("Vinho tinto DOC Tejo Reserva 2022, caixa de 6 garrafas de 0,75 l", "cx", 5, 60, 28, 64, 13), ("Vinho branco Fernão Pires, caixa de 6 garrafas de 0,75 l", "cx", 5, 60, 18, 39, 13),
     ("Aguardente vínica velha, garrafa 0,7 l", "gf", 6, 48, 14, 32, 23), ("Prova de vinhos comentada para grupo, com enólogo e petiscos regionais", "sv", 1, 3, 180, 420, 13)],
    [("Fornecimento e instalação de bomba de calor ar-água 16 kW, incluindo depósito de inércia e ligações hidráulicas", "un", 1, 2, 4800, 8900, 23),
     ("Manutenção preventiva anual de unidades de tratamento de ar, limpeza de filtros e relatório técnico", "sv", 1, 4, 280, 640, 23),
     ("Tubagem multicamada 26 mm com isolamento", "m", 10, 120, 6, 14, 23), ("Horas de técnico especializado", "h", 2, 40, 32, 48, 23)],
    [("Impressão de cartazes A2 a quatro cores em papel couché 170 g, para a Feira Nacional de Agricultura", "un", 50, 800, 1, 4, 23),
     ("Livro de atas da associação, 120 páginas, capa dura", "un", 2, 20, 18, 36, 6), ("Revista trimestral, 32 páginas, tiragem completa com dobragem e agrafo", "ex", 200, 1500, 1, 3, 6),
     ("Paginação e revisão de texto", "h", 2, 18, 22, 38, 23)],
]
SA_HTML = """<html lang="pt"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:56mm;background:{{ color }};color:#fff;padding:11mm 5mm;box-sizing:border-box}
.side .l{font-variant:small-caps;font-size:8pt;color:#e5e7eb;margin-top:7px;letter-spacing:.4px} .side .v{font-weight:bold;font-size:9pt}
.main{margin-left:62mm;padding:11mm 11mm 0 0}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.2pt;text-align:left;border-bottom:1.5px solid #333;padding:3px}
table.it td{font-size:8pt;padding:4px 3px;border-bottom:1px solid #ddd;vertical-align:top} .r{text-align:right;white-space:nowrap}
table.s td{padding:2px 4px;font-size:8.2pt}
</style></head><body>
<div class="side"><div style="font-size:16pt;font-weight:bold">FATURA</div><div style="font-size:8pt">{{ orig_l }}</div>
<div class="l">Fatura n.º</div><div class="v">{{ no }}</div>
<div class="l">Data de emissão</div><div class="v">{{ d }}</div>
<div class="l">Data de vencimento</div><div class="v">{{ due }}</div>
<div class="l">ATCUD</div><div class="v">{{ atcud }}</div>
<div class="l">Sua requisição</div><div class="v">{{ po if po else '—' }}</div>
<div class="l">Orçamento de origem</div><div class="v">{{ quote }}</div>
<div class="l">Guia de remessa</div><div class="v">{{ gr }}</div>
<div class="l">Cliente n.º</div><div class="v">{{ cust }}</div>
<div class="l">Contribuinte do cliente</div><div class="v">{{ bnif }}</div>
<div class="l">A pagar</div><div class="v" style="font-size:13pt">{{ pay_amt }} €</div>
<div style="margin-top:12px">{{ qr|safe }}</div></div>
<div class="main"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="small">NIF {{ vid }} · Capital social {{ cap }} € · Matrícula na C.R.C. de Santarém · Tel. 243 {{ tel }}</div>
<div style="margin-top:12px;border-left:3px solid {{ color }};padding-left:8px"><div class="small">Exmo.(s) Sr.(s)</div><b>{{ bname }}</b><br>{{ baddr }}</div>
<div style="margin-top:10px;font-size:8pt">Conforme o nosso orçamento n.º {{ quote }} de {{ qd }}, aceite por V. Exas.{% if po %} na requisição {{ po }}.{% endif %}</div>
<table class="it"><tr><th style="width:16mm">Artigo</th><th>Descrição</th><th class="r">Qtd.</th><th>Un.</th><th class="r">Preço unit.</th><th class="r">Desc.</th><th class="r">IVA</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:48%">
<table class="s"><tr><td><b>Taxa</b></td><td class="r"><b>Incidência</b></td><td class="r"><b>IVA</b></td></tr>
{% for r in rates %}<tr><td>IVA {{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:8px">Pagamento por transferência para IBAN {{ ibanv }} (BIC CGDIPTPL).<br>Bens colocados à disposição do adquirente em {{ ds }}.</div></td>
<td style="vertical-align:top"><table class="s" style="width:100%">
<tr><td>Total ilíquido</td><td class="r">{{ gross }} €</td></tr><tr><td>Descontos comerciais</td><td class="r">{{ disc }} €</td></tr>
<tr><td>Total sem IVA</td><td class="r">{{ net }} €</td></tr><tr><td>Total do IVA</td><td class="r">{{ tax }} €</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="border-top:2px solid {{ color }}">Total da fatura</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} €</td></tr>
{% if adv %}<tr><td>Adiantamento recebido ({{ adv_doc }})</td><td class="r">-{{ adv }} €</td></tr><tr style="font-weight:bold"><td>Valor a pagar</td><td class="r">{{ pay_amt }} €</td></tr>{% endif %}
</table></td></tr></table>
<div class="small" style="margin-top:18px">{{ hash4 }}-Processado por programa certificado n.º {{ cert }}/AT · Original · Página 1 de 1</div></div>
</body></html>"""


@style("04", "pt_stm_santarem_fatura_iva_23_13_6_sidebar_left_small_caps_wrapped_adiantamento")
def s04(rng, i):
    vname, vaddr, color = SA_V[i]
    bname, baddr = SA_B[i]
    d = rand_date(rng)
    items = lines(rng, SA_ROWS[i], [4, 3, 4, 3][i], D("0.01"))
    gross = D(0)
    for x in items:
        x["rate"] = x["extra"]
        x["dp"] = rng.choice([0, 0, 5, 10])
        g = x["amount"]
        gross += g
        x["amount"] = q2(g * (100 - x["dp"]) / 100)
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "5" + digits(rng, 8), pt_nif.is_valid)
    bnif = valid(rng, lambda: rng.choice("56") + digits(rng, 8), pt_nif.is_valid)
    series = rng.choice([f"FT A{d.year}", f"FT {d.year}A", f"FT FAC{d.strftime('%y')}"])
    no = f"{series}/{rng.randint(12, 999)}"
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "pt")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 3 else None
    po = f"REQ {rng.randint(100, 999)}/{d.year}" if i in (0, 2) else None
    adv = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (1, 2) else None
    quote = f"ORC {d.year}/{rng.randint(10, 199)}"
    ib = rand_iban(rng, "PT", 21, "0035")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, cap=de(D(rng.choice([5000, 50000, 250000]))), tel=f"{rng.randint(300, 399)} {digits(rng, 3)}",
        orig_l="Original", no=no, d=fd(d), due=fd(due) if due else "Pronto pagamento", atcud=f"{''.join(rng.choice('BCDFGHJKLMNPQRSTVWXZ23456789') for _ in range(8))}-{no.split('/')[-1]}",
        po=po, quote=quote, qd=fd(d - dt.timedelta(days=rng.randint(15, 70))), gr=f"GR {d.year}/{rng.randint(100, 999)}", cust=f"{rng.randint(1000, 9999)}", bnif=bnif,
        bname=bname, baddr=baddr, qr=qr_svg(rng, 26),
        items=[{"code": f"{rng.choice('AMSP')}{rng.randint(1000, 9999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "disc": f"{x['dp']}%" if x["dp"] else "", "r": x["rate"], "a": de(x["amount"])} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], gross=de(gross), disc=de(gross - net), net=de(net), tax=de(tax), total=de(total),
        adv=de(adv) if adv else None, adv_doc=f"FR {d.year}/{rng.randint(1, 99)}", pay_amt=de(total - adv) if adv else de(total),
        ibanv=group4(ib), ds=fd(d - dt.timedelta(days=rng.randint(0, 6))), hash4="".join(rng.choice("ABCDEFGHabcdefgh0123456789") for _ in range(4)), cert=rng.randint(1000, 2999),
    )
    notes = (
        "Santarém (Portugal) FATURA in Portuguese with a coloured LEFT SIDEBAR of LABELS in SMALL CAPITALS ABOVE their values, descriptions WRAPPED over two or three lines, a line discount column, IVA 23 / 13 / 6 %, '1.234,56 €': "
        "vendor = the name at the top of the main column; vendor_tax_id = 'NIF' under it (9 digits; the customer's 'Contribuinte do cliente', the customer number, the ATCUD, the IBAN and the certificate number are decoys). "
        "invoice_number = 'Fatura n.º' (series and number as printed; the quotation 'Orçamento de origem', the 'Guia de remessa' and the advance's receipt are decoys); invoice_date = 'Data de emissão' (the date goods were made available and the quotation's date are decoys). "
        + due_note(due, "Pronto pagamento", "Data de vencimento")
        + po_note(po, "Sua requisição")
        + "subtotal = 'Total sem IVA' (after the line discounts; 'Total ilíquido' before them and 'Descontos comerciais' are decoys); tax = 'Total do IVA'; total = 'Total da fatura'"
        + (" (the 'Adiantamento recebido' is deducted below it; 'Valor a pagar' and the sidebar's 'A pagar' are the balance, decoys)" if adv else "")
        + ". Currency EUR ('€'). Line items: every row at its discounted 'Valor', without IVA."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total da fatura", fd(due) if due else None, bnif, quote, ctx["pay_amt"], ctx["gross"]]}
    return t, chk, (SA_HTML.replace("@@BASE@@", css(margin="0", font="'Liberation Sans',sans-serif", fs="8.6pt")), ctx)


# =========================================================================== 05 Mostaganem (TVA 19/9, DZD), labels beside, totals at the top, fully ruled, words
MO_V = [
    ("SARL Dahra Agro-Distribution", "شركة الظهرة للتوزيع الفلاحي ذ.م.م", "Zone d'activités de Kharouba, Mostaganem", "#15803d"),
    ("EURL Sablettes Matériaux de Construction", "مؤسسة السابلات لمواد البناء", "Route de Salamandre, Mostaganem", "#b45309"),
    ("SPA Imprimerie El Maqam", "مطبعة المقام", "Cité Tigditt, Rue des Frères Benali 12, Mostaganem", "#1e3a8a"),
    ("SARL Port Mostaganem Logistique", "شركة ميناء مستغانم للإمداد", "Boulevard du Front de Mer, Mostaganem", "#0f766e"),
]
MO_B = ["SARL Ferme Pilote Sidi Ali", "EPIC Office des Parcs de Mostaganem", "Université Abdelhamid Ibn Badis – Service des marchés", "SARL Conserverie du Chélif"]
MO_ROWS = [
    [("Plants de pomme de terre Spunta, calibre 35/45", "qx", 5, 80, 8200, 14500, 9), ("Engrais NPK 15-15-15, sac 50 kg", "sac", 10, 200, 4200, 7400, 19), ("Goutte-à-goutte, gaine 16 mm, rouleau 1000 m", "rouleau", 1, 20, 9800, 18500, 19), ("Semences d'oignon, boîte 500 g", "boîte", 2, 30, 5200, 12800, 9)],
    [("Ciment CPJ 42,5, sac 50 kg", "sac", 50, 800, 980, 1450, 19), ("Rond à béton HA 12", "tonne", 1, 12, 118000, 146000, 19), ("Parpaing 20 x 20 x 40", "unité", 500, 6000, 48, 72, 19), ("Sable de carrière 0/4", "m³", 5, 60, 1900, 3200, 19)],
    [("Impression de registres comptables", "unité", 20, 200, 650, 1400, 19), ("Brochures A4 quadrichromie, 16 pages", "unité", 200, 3000, 95, 260, 19), ("Manuels universitaires, reliure dos carré", "unité", 50, 600, 480, 1150, 9), ("Conception graphique", "heure", 4, 30, 2500, 4800, 19)],
    [("Manutention conteneur 40 pieds", "EVP", 1, 12, 28000, 46000, 19), ("Magasinage sous hangar", "jour", 3, 30, 3200, 6400, 19), ("Transport Mostaganem – Relizane", "voyage", 1, 8, 38000, 62000, 19), ("Frais de dossier de dédouanement", "forfait", 1, 1, 12000, 25000, 19)],
]
MO_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.ar{direction:rtl;unicode-bidi:isolate} .kv td{padding:1.5px 6px 1.5px 0;font-size:8.4pt} .kv td.k{color:#444;white-space:nowrap}
.tbox{border:2px solid {{ color }};padding:4px 8px} .tbox td{padding:2px 4px;font-size:9pt}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border:1px solid #333;background:#eee;font-size:7.6pt;padding:4px}
table.it td{border:1px solid #333;padding:3px 5px;font-size:8.4pt} .r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div class="ar" style="font-size:11pt;text-align:left">{{ vname_ar }}</div><div>{{ vaddr }} – Algérie</div><div>Tél. 045 {{ tel }} · Capital social {{ cap }} DA</div>
<table class="kv" style="margin-top:4px"><tr><td class="k">RC :</td><td>{{ rc }}</td><td class="k">NIF :</td><td><b>{{ vid }}</b></td></tr><tr><td class="k">Art. d'imposition :</td><td>{{ ai }}</td><td class="k">NIS :</td><td>{{ nis }}</td></tr></table></td>
<td style="vertical-align:top;width:40%"><div style="font-size:18pt;font-weight:bold;text-align:right">FACTURE</div><div class="ar" style="text-align:right;font-size:12pt">فاتورة</div>
<div class="tbox" style="margin-top:6px"><table style="width:100%"><tr><td>Total H.T.</td><td class="r">{{ net }}</td></tr>
<tr><td>Total T.V.A.</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold;font-size:11pt"><td>Net à payer TTC</td><td class="r">{{ total }} DA</td></tr></table></div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top"><table class="kv">
<tr><td class="k">Facture N° :</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Date :</td><td><b>{{ d }}</b></td></tr>
<tr><td class="k">Bon de commande N° :</td><td>{{ po if po else '/' }}</td></tr><tr><td class="k">Bon de livraison N° :</td><td>{{ bl }} du {{ bld }}</td></tr>
<tr><td class="k">Mode de règlement :</td><td>{{ mode }}</td></tr><tr><td class="k">{{ due_l }}</td><td>{{ due }}</td></tr></table></td>
<td style="vertical-align:top;border:1px solid #999;padding:6px"><div class="small">Client :</div><b>{{ bname }}</b><br>Mostaganem
<table class="kv"><tr><td class="k">RC :</td><td>{{ brc }}</td></tr><tr><td class="k">NIF :</td><td>{{ bnif }}</td></tr><tr><td class="k">AI :</td><td>{{ bai }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>Réf.</th><th>Désignation</th><th>Unité</th><th>Qté</th><th>P.U. H.T.</th><th>TVA</th><th>Montant H.T.</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for r in rates %}<tr><td colspan="5" class="r">Base {{ r.r }} % : {{ r.b }}</td><td class="r">TVA {{ r.r }} %</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td colspan="6" class="r"><b>Total H.T.</b></td><td class="r"><b>{{ net }}</b></td></tr>
<tr><td colspan="6" class="r"><b>Total T.V.A.</b></td><td class="r"><b>{{ tax }}</b></td></tr>
<tr><td colspan="6" class="r"><b>Net à payer TTC (DA)</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:10px;border:1px dashed #666;padding:6px">Arrêtée la présente facture à la somme de : <b>{{ words }}</b></div>
<div style="margin-top:8px" class="small">Domiciliation bancaire : {{ bank }} – RIB {{ rib }}</div>
<div style="margin-top:24px;text-align:right">Le Gérant<br><span class="small">(cachet et signature)</span></div>
</body></html>"""


@style("05", "dz_mos_mostaganem_facture_tva_19_9_beside_totals_top_ruled_words")
def s05(rng, i):
    vname, vname_ar, vaddr, color = MO_V[i]
    d = rand_date(rng)
    items = lines(rng, MO_ROWS[i], [4, 3, 4, 3][i], D("1") if i == 1 else D("0.50"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "0" + digits(rng, 14), dz_nif.is_valid)
    bnif = valid(rng, lambda: "0" + digits(rng, 14), dz_nif.is_valid)
    no = [f"{rng.randint(1, 480):03d}/{d.year}", f"FA{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(10, 999)}/{d.strftime('%y')}", f"F{d.year}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "fr"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2, 3) else None
    po = [f"BC {rng.randint(10, 999)}/{d.year}", None, f"{rng.randint(100, 999)}/UMAB/{d.year}", f"CMD-{rng.randint(1000, 9999)}"][i]
    dinars, cents = divmod(int(total * 100), 100)
    words = f"{fr_words(dinars)} dinars algériens" + (f" et {fr_words(cents)} centimes" if cents else "")
    words = words[0].upper() + words[1:]
    rc = f"27/00-{rng.randint(100000, 999999)} B {rng.randint(5, 22):02d}"
    bank_code = rng.choice(["001", "002", "003", "005"])
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=f"{rng.randint(20, 49)} {digits(rng, 2)} {digits(rng, 2)}", cap=sp(D(rng.choice([100000, 1000000, 5000000])), 0),
        rc=rc, vid=vid, ai=f"27{digits(rng, 9)}", nis=digits(rng, 15, True), net=sp(net), tax=sp(tax), total=sp(total), no=no, d=fd(d), po=po,
        bl=f"BL {rng.randint(100, 999)}", bld=fd(d - dt.timedelta(days=rng.randint(0, 7))), mode="Virement bancaire" if due else "Chèque à la livraison",
        due_l="Échéance :" if due else "Conditions :", due=fd(due) if due else "Payable à la livraison", bname=MO_B[i], brc=f"27/00-{rng.randint(100000, 999999)} B {rng.randint(5, 22):02d}",
        bnif=bnif, bai=f"27{digits(rng, 9)}",
        items=[{"code": f"{rng.randint(100, 999)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], words=words, bank=rng.choice(["BNA agence Mostaganem", "CPA agence Mostaganem", "BADR agence Mostaganem"]),
        rib=f"{bank_code} {digits(rng, 5)} {digits(rng, 10)} {digits(rng, 2)}",
    )
    notes = (
        "Mostaganem (Algeria) FACTURE in French with an Arabic heading, the facts as LABEL : value pairs BESIDE each other, the TOTALS in a box at the TOP right (and repeated under the FULLY RULED table), TVA 19 / 9 %, '1 234,56 DA', the total in WORDS: "
        "vendor = the name at the top left (the Arabic name under it is the same firm); vendor_tax_id = 'NIF' (15 digits; RC, NIS, the article d'imposition, the client's RC, NIF and AI and the RIB are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date' (the delivery note's date is a decoy). "
        + due_note(due, "Payable à la livraison", "Échéance")
        + po_note(po, "Bon de commande N°")
        + "subtotal = 'Total H.T.'; tax = 'Total T.V.A.' (per rate 'TVA 19 %' / 'TVA 9 %' rows above); total = 'Net à payer TTC'. Currency DZD ('DA', 'dinars algériens'). Line items: every article row, without TVA."
    )
    t = truth(vname, vid, no, po, d, due, "DZD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Net à payer TTC", fd(due) if due else None, bnif, words, rc]}
    return t, chk, (MO_HTML.replace("@@BASE@@", css(margin="13mm", font="'DejaVu Serif',serif", fs="8.4pt")), ctx)
