"""Chromium (HTML) styles for set 75, second part (04 Ambositra FACTURE as a business letter in French, the facts and
totals in running sentences, TVA 20 %, whole ariary, the total in words and an acompte deducted on two; 05 Porto Amboim
FACTURA in Portuguese with a RIGHT SIDEBAR of labels above values, an unruled table with a discount column, IVA 14 %,
'1.234,56 Kz', an AO06 IBAN and a NOTA DE CRÉDITO)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ao_iban, long_date
from invoice_kit import css, de, digits, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, rib_key, truth
from kit_words import fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Ambositra (TVA 20 %, MGA), letter
AM_V = [
    ("ATELIER DE MARQUETERIE ZAFIMANIRY SARL", "Lot II A 45 Ankorombe, 306 Ambositra", "Marqueterie et sculpture sur bois"),
    ("SOIERIE DU BETSILEO SARLU", "Route d'Antsirabe, Ambalamanakana, 306 Ambositra", "Tissage de soie sauvage et lambas"),
    ("TRANSPORTS MANIA EXPRESS SA", "Gare routière Nord, 306 Ambositra", "Transport de marchandises RN7"),
    ("RIZERIE D'IVATO AMORON'I MANIA SARL", "Ivato Centre, 306 Ambositra", "Décorticage et négoce de riz"),
]
AM_B = [
    ("MAISON DE L'ARTISANAT MALGACHE SA", "Lot IVG 12 Behoririka, 101 Antananarivo"),
    ("BOUTIQUE LAMBA ARAKANTO", "Rue Ratsimilaho, 101 Antananarivo"),
    ("SOCIÉTÉ SUCRIÈRE DU SUD-EST SA", "Route de Manakara, 313 Fianarantsoa"),
    ("COLLÈGE PRIVÉ SAINT-JOSEPH", "Avenue de l'Indépendance, 306 Ambositra"),
]
AM_ROWS = [
    [("coffrets à bijoux en marqueterie de palissandre", "pièces", 4, 30, 38000, 85000), ("plateaux sculptés en bois de rose", "pièces", 2, 20, 45000, 120000), ("statuettes Zafimaniry en bois d'ébène", "pièces", 2, 12, 60000, 180000), ("jeux de solitaire en marqueterie", "pièces", 2, 15, 55000, 95000)],
    [("lambas en soie sauvage landibe tissés main", "pièces", 3, 20, 120000, 280000), ("écharpes en soie teinte végétale", "pièces", 5, 40, 45000, 90000), ("mètres de tissu de soie brute", "mètres", 5, 40, 38000, 70000)],
    [("voyages Ambositra – Fianarantsoa, camion 10 t", "voyages", 1, 6, 650000, 1100000), ("tonnes de sucre en sacs transportées Fianarantsoa – Antsirabe", "tonnes", 5, 30, 42000, 65000), ("journées d'immobilisation du véhicule", "jours", 1, 3, 150000, 280000)],
    [("sacs de riz blanc makalioka de 50 kg", "sacs", 10, 80, 125000, 168000), ("sacs de riz rouge vary mena de 50 kg", "sacs", 5, 40, 135000, 175000), ("sacs de son de riz de 40 kg", "sacs", 5, 30, 22000, 38000)],
]
AM_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;text-align:justify;line-height:1.5} .head{border-bottom:1.5px solid #5b3a1a;padding-bottom:6px} .sm{font-size:7.4pt;color:#555}
table.t{border-collapse:collapse;margin:4px 0 10px 8mm;font-size:9pt} table.t td,table.t th{padding:2px 8px;border-bottom:1px solid #ccc} table.t th{font-weight:normal;font-style:italic;text-align:left} .r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="head"><div style="font-size:15pt;font-weight:bold;color:#5b3a1a;letter-spacing:.5px">{{ vname }}</div><div style="font-size:9pt;font-style:italic">{{ trade }}</div>
<div class="sm">{{ vaddr }} – Madagascar · Tél. 034 {{ tel }} · NIF {{ vid }} · STAT {{ stat }} · RCS Fianarantsoa {{ rcs }}</div></div>
<div style="margin:14px 0 0 95mm;line-height:1.45">{{ bname }}<br>{{ baddr }}<br><span class="sm">NIF {{ bnif }}</span></div>
<div style="margin:14px 0 14px 95mm">Ambositra, le {{ d }}</div>
<p><b>Objet : facture n° {{ no }}</b>{% if po %}<br><b>Vos réf. : bon de commande n° {{ po }}</b>{% endif %}</p>
<p>Madame, Monsieur,</p>
<p>{{ opening }}, nous avons l'honneur de vous adresser ci-après notre facture n° {{ no }} en date de ce jour, relative {{ object }}, {{ delivered }}.</p>
{% if table %}<table class="t"><tr><th>Désignation</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }} Ar</td><td class="r">{{ it.a }} Ar</td></tr>{% endfor %}</table>
{% else %}<p>Cette facture porte sur {% for it in items %}{{ it.q }} {{ it.u }} de {{ it.d }} au prix unitaire de {{ it.p }} Ar hors taxes, soit {{ it.a }} Ar{{ ' ; ' if not loop.last else '.' }}{% endfor %}</p>{% endif %}
<p>Le montant hors taxes s'élève à <b>{{ net }} Ar</b> ; la TVA au taux de 20 % représente <b>{{ tax }} Ar</b>, ce qui porte le montant total toutes taxes comprises de la présente facture à <b>{{ total }} Ar</b> (<i>{{ words }} ariary</i>).</p>
{% if dep %}<p>Déduction faite de l'acompte de {{ dep }} Ar que vous nous avez versé le {{ depd }}, le solde restant à nous régler s'élève à {{ bal }} Ar.</p>{% endif %}
<p>{{ pay }} Nous vous saurions gré d'effectuer le virement au compte n° {{ rib }} ouvert à la {{ bank }} d'Ambositra (IBAN {{ iban }}), en rappelant le numéro de la facture.</p>
<p>Nous vous remercions de votre confiance et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<div style="margin:18px 0 0 95mm">Le Gérant,<br><br><br><b>{{ signer }}</b></div>
<div class="sm" style="position:absolute;bottom:0;left:0;right:0;border-top:1px solid #ccc;padding-top:4px;text-align:center">{{ vname }} · Capital social {{ capital }} Ar · NIF {{ vid }} · STAT {{ stat }} · Page 1/1</div>
</body></html>"""


@style("04", "mg_amb_ambositra_facture_lettre_phrases_tva_20_ariary_entiers_lettres_acompte")
def s04(rng, i):
    vname, vaddr, trade = AM_V[i]
    bname, baddr = AM_B[i]
    d = rand_date(rng)
    items = lines(rng, AM_ROWS[i], 3 if i != 1 else 2, D("500"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.20"))
    total = net + tax
    dep = q0(total * D(rng.choice(["0.3", "0.4", "0.5"])) / 1000) * 1000 if i in (0, 3) else None
    vid = digits(rng, 10, True)
    stat = f"{digits(rng, 5, True)} 31 {d.year - rng.randint(3, 20)} 0 {digits(rng, 5)}"
    no = [f"FA-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(100, 999)}/SB/{d.year}", f"TME {d.strftime('%y%m')}-{rng.randint(10, 99)}", f"RIA/{rng.randint(1000, 9999)}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 2) else None
    term = None if due else "à trente jours fin de mois" if i == 1 else "à réception de la présente"
    po = [f"BC-{rng.randint(100, 999)}", None, f"{rng.randint(4500, 4599)}{digits(rng, 4)}", None][i]
    bank = rng.choice([("BOA-Madagascar", "00009"), ("BNI Madagascar", "00005"), ("BFV-Société Générale", "00008")])
    br, acct = digits(rng, 5), digits(rng, 11)
    key = rib_key(bank[1], br, acct)
    f0 = lambda x: sp(x, 0)  # noqa: E731
    opening = f"Suite à votre bon de commande n° {po}" if po else rng.choice(["Suite à notre entretien téléphonique", "Conformément à nos accords"])
    objects = ["à la fourniture d'objets d'art en bois", "à la fourniture de soieries", "aux transports de marchandises effectués pour votre compte", "à la livraison de riz"]
    ctx = dict(
        vname=vname, vaddr=vaddr, trade=trade, tel=f"{rng.randint(10, 99)} {digits(rng, 3)} {digits(rng, 2)}", vid=vid, stat=stat, rcs=f"{d.year - rng.randint(2, 15)} B {rng.randint(10, 999):05d}",
        bname=bname, baddr=baddr, bnif=digits(rng, 10, True), d=long_date(d, "fr"), no=no, po=po, opening=opening, object=objects[i],
        delivered=f"livrée le {long_date(d - dt.timedelta(days=rng.randint(1, 9)), 'fr')}" if i != 2 else f"réalisés du {long_date(d - dt.timedelta(days=rng.randint(10, 20)), 'fr')} au {long_date(d - dt.timedelta(days=rng.randint(1, 5)), 'fr')}",
        table=i in (1, 2), items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"][:-1] if x["qty"] == 1 else x["unit"], "p": f0(x["price"]), "a": f0(x["amount"])} for x in items],
        net=f0(net), tax=f0(tax), total=f0(total), words=fr_words(int(total)), dep=f0(dep) if dep else None, depd=long_date(d - dt.timedelta(days=rng.randint(15, 40)), "fr"),
        bal=f0(total - dep) if dep else None, pay=f"Cette somme est payable au plus tard le {long_date(due, 'fr')}." if due else f"Cette facture est payable {term}.",
        rib=f"{bank[1]} {br} {acct} {key}", bank=bank[0], iban=iban_fmt(iban("MG", bank[1] + br + acct + key)), signer=rng.choice(["Jean-Claude Rakotomalala", "Hanitra Razafindrabe", "Faly Andrianaivo", "Voahangy Ravelojaona"]),
        capital=f0(D(rng.choice([2000000, 5000000, 10000000]))),
    )
    notes = (
        "Ambositra (Amoron'i Mania, Madagascar) FACTURE written as a BUSINESS LETTER in French: the facts and totals in RUNNING SENTENCES, "
        + ("the goods in a small table" if ctx["table"] else "the goods listed in one sentence")
        + ", TVA 20 %, whole ariary '1 234 567 Ar', the total in words: vendor = the letterhead's name; vendor_tax_id = 'NIF' in the letterhead (the STAT, RCS, the addressee's NIF, the RIB and MG IBAN are decoys). "
        "invoice_number = 'facture n°' in the subject line and the sentence; invoice_date = the letter's date 'Ambositra, le …' (delivery or transport dates in the sentence are decoys). "
        + due_note(due, f"payable {term}" if term else None, "payable au plus tard le")
        + po_note(po, "bon de commande n°")
        + "subtotal = 'montant hors taxes'; tax = 'la TVA au taux de 20 %'; total = 'montant total toutes taxes comprises', repeated in words"
        + (" (the acompte deducted and the 'solde restant' after it are decoys)" if dep else "")
        + ". Currency MGA ('Ar'). Line items: every good or service (amount HT)."
    )
    t = truth(vname, vid, no, po, d, due, "MGA", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "fr"), no, vname, vid, ctx["bnif"], ctx["words"], ctx["bal"], long_date(due, "fr") if due else None, ctx["iban"]]}
    return t, chk, (AM_HTML.replace("@@BASE@@", css(margin="16mm 18mm 14mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)


# =========================================================================== 05 Porto Amboim (IVA 14 %, AOA), right sidebar
PA_V = [
    ("Pescas do Amboim, Lda.", "Rua da Praia, Bairro Pioneiro, Porto Amboim, Cuanza Sul", "#0e4d64"),
    ("Café do Amboim – Comércio e Torrefacção, Lda.", "Estrada Nacional 120, Bairro Comercial, Porto Amboim", "#6b3f1d"),
    ("Salinas da Baía de Porto Amboim, S.A.", "Zona Salineira da Baía, Porto Amboim, Cuanza Sul", "#3f4f6b"),
    ("Hotel Baía Azul Amboim, Lda.", "Avenida Marginal, Porto Amboim, Cuanza Sul", "#6a1b4d"),
]
PA_B = [("Frescos do Sumbe – Distribuição, Lda.", "Sumbe"), ("Supermercados Kimbo Luanda, S.A.", "Luanda"), ("Conservas Atlântico Sul, Lda.", "Benguela"), ("Petro Kwanza Serviços, Lda.", "Luanda")]
PA_ROWS = [
    [("Carapau congelado, caixa 20 kg", "cx", 10, 120, 18500, 26500), ("Corvina fresca, kg", "kg", 20, 300, 2900, 4800), ("Peixe seco (mufete), fardo 10 kg", "fd", 5, 60, 22000, 38000), ("Gelo em escama, tonelada", "t", 1, 8, 35000, 52000)],
    [("Café Amboim torrado em grão, saco 1 kg", "un", 20, 200, 6200, 9800), ("Café moído, pacote 250 g", "un", 50, 400, 1750, 2900), ("Café verde comercial, saco 60 kg", "sc", 1, 10, 240000, 380000)],
    [("Sal marinho grosso, saco 50 kg", "sc", 20, 400, 4200, 6800), ("Sal refinado iodado, fardo 24 x 1 kg", "fd", 10, 150, 9800, 14500), ("Sal para salga de peixe, tonelada", "t", 1, 20, 68000, 98000)],
    [("Alojamento quarto duplo, noite", "nt", 2, 20, 42000, 68000), ("Pequeno-almoço, pessoa", "px", 4, 40, 4500, 7500), ("Sala de reuniões, dia", "dia", 1, 4, 85000, 150000), ("Jantar de grupo, pessoa", "px", 4, 30, 12000, 22000)],
]
PA_HTML = """<html lang="pt"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;width:56mm;height:296mm;background:{{ color }};color:#fff;padding:16mm 6mm 0 7mm;box-sizing:border-box}
.side .l{font-size:6.4pt;letter-spacing:.6px;color:#dfe8ee;margin-top:10px;text-transform:uppercase} .side .v{font-size:9.6pt;font-weight:bold}
.main{margin-right:56mm;padding:16mm 10mm 10mm 14mm} table.it{width:100%;border-collapse:collapse;margin-top:14px;font-size:8.4pt} table.it th{font-size:7pt;color:#666;text-align:left;font-weight:normal;padding:3px 4px;text-transform:uppercase}
table.it td{padding:5px 4px} table.it th{white-space:nowrap} .r{text-align:right;white-space:nowrap} th.r{text-align:right} .sm{font-size:7.2pt;color:#555}
</style></head><body>
<div class="side"><div style="font-size:17pt;font-weight:bold;line-height:1.1">{{ title }}</div><div style="font-size:8pt;margin-top:3px">{{ via }}</div>
<div class="l">{{ title }} n.º</div><div class="v">{{ no }}</div>
<div class="l">Data de emissão</div><div class="v">{{ d }}</div>
{% if due %}<div class="l">Data de vencimento</div><div class="v">{{ due }}</div>{% endif %}
{% if po %}<div class="l">Requisição do cliente</div><div class="v">{{ po }}</div>{% endif %}
{% if ref %}<div class="l">Documento de origem</div><div class="v">{{ ref }}</div><div style="font-size:7.4pt">de {{ refd }}</div>{% endif %}
<div class="l">Moeda</div><div class="v">AOA (Kz)</div>
<div class="l">Condições de pagamento</div><div class="v" style="font-size:8.4pt">{{ terms }}</div>
<div class="l">{{ 'Total a creditar' if credit else 'Total a pagar' }}</div><div class="v" style="font-size:12.5pt;white-space:nowrap">{{ total }} Kz</div>
<div class="l" style="margin-top:18px">Coordenadas bancárias</div><div style="font-size:7.4pt;line-height:1.4">{{ bank }}<br>IBAN<br>{{ iban }}</div></div>
<div class="main">
<div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div class="sm">{{ vaddr }} · Angola<br>NIF {{ vid }} · Alvará comercial n.º {{ alvara }} · Tel. +244 9{{ tel }}</div>
<div style="margin-top:14px;padding:7px 0;border-top:1px solid #ccc;border-bottom:1px solid #ccc;font-size:8.6pt"><span class="sm">Exmo.(s) Sr.(s)</span><br><b>{{ bname }}</b><br>{{ bplace }} · NIF do adquirente: {{ bnif }}</div>
{% if credit %}<div style="margin-top:8px;font-size:8.2pt">Motivo da emissão: {{ reason }}</div>{% endif %}
<table class="it"><tr><th>Código</th><th style="width:38%">Descrição</th><th class="r">Qtd.</th><th>Un.</th><th class="r">Preço unit.</th><th class="r">Desc. %</th><th class="r">IVA %</th><th class="r">Valor líquido</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">14</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:16px;font-size:8.8pt;border-collapse:collapse">
<tr><td style="padding:2px 12px" class="sm">Total ilíquido</td><td class="r">{{ gross }}</td></tr>
<tr><td style="padding:2px 12px" class="sm">Descontos comerciais</td><td class="r">{{ disc }}</td></tr>
<tr><td style="padding:2px 12px" class="sm">Total sem IVA</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 12px" class="sm">IVA (14%)</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:5px 12px;font-weight:bold;font-size:10.5pt;border-top:2px solid {{ color }}">{{ 'Total do documento' }}</td><td class="r" style="font-weight:bold;font-size:10.5pt;border-top:2px solid {{ color }};padding-top:5px">{{ total }} Kz</td></tr></table>
<div style="margin-top:12px;font-size:7.8pt">Quadro resumo do imposto: taxa 14 % · incidência {{ net }} · IVA {{ tax }}</div>
<div class="sm" style="margin-top:26px">{{ hash }} - Processado por programa válido n.º {{ cert }}/AGT/{{ certy }} · Os bens/serviços foram colocados à disposição do adquirente em {{ sup }} · Página 1 de 1</div>
</div></body></html>"""


@style("05", "ao_pam_porto_amboim_factura_iva_14_sidebar_right_unruled_desconto_nota_credito")
def s05(rng, i):
    vname, vaddr, color = PA_V[i]
    bname, bplace = PA_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, PA_ROWS[i], 3, D("50"))
    for x in items:
        x["code"] = f"{rng.choice(['P', 'A', 'S'])}{rng.randint(100, 999)}"
        x["disc"] = D(rng.choice([0, 0, 2, 5])) if i in (1, 3) else D(0)
        x["gross"] = x["amount"]
        x["amount"] = q2(x["gross"] * (100 - x["disc"]) / 100)
        if credit:
            x["qty"], x["amount"], x["gross"] = -x["qty"], -x["amount"], -x["gross"]
    gross = sum(x["gross"] for x in items)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = "54" + digits(rng, 8)
    year = d.year
    serie = f"PA{year}"
    no = (f"NC {serie}/{rng.randint(1, 60)}" if credit else f"FT {serie}/{rng.randint(100, 2400)}")
    fd = [lambda x: x.isoformat(), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 1) else None
    po = [f"REQ-{rng.randint(1000, 9999)}", None, None, f"PKS/{rng.randint(100, 999)}/{year}"][i]
    m = lambda x: de(x)  # noqa: E731
    ctx = dict(
        color=color, title="NOTA DE CRÉDITO" if credit else "FACTURA", via="Original", no=no, d=fd(d), due=fd(due) if due else None, po=po,
        ref=f"FT {serie}/{rng.randint(100, 2400)}" if credit else None, refd=fd(d - dt.timedelta(days=rng.randint(5, 30))),
        terms=["30 dias após emissão" if False else "Transferência bancária", "Transferência bancária", "Crédito em conta corrente", "Pronto pagamento"][i], total=m(total),
        bank=rng.choice(["Banco BAI", "Banco BFA", "Banco Sol", "BPC"]), iban=iban_fmt(ao_iban(rng)), vname=vname, vaddr=vaddr, vid=vid, alvara=f"{rng.randint(1000, 9999)}/{rng.randint(10, 24)}",
        tel=digits(rng, 8), bname=bname, bplace=bplace, bnif="5" + digits(rng, 9), credit=credit, reason="devolução de mercadoria com humidade (sal empedrado)",
        items=[{"code": x["code"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "disc": f"{x['disc']:g}" if x["disc"] else "0", "a": m(x["amount"])} for x in items],
        gross=m(gross), disc=m(net - gross), net=m(net), tax=m(tax), hash="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)),
        cert=rng.randint(10, 450), certy=rng.randint(2019, 2023), sup=fd(d - dt.timedelta(days=rng.randint(0, 3))),
    )
    notes = (
        "Porto Amboim (Cuanza Sul, Angola) " + ("NOTA DE CRÉDITO (every quantity and amount printed NEGATIVE; the original FT number and date under 'Documento de origem' are decoys)" if credit else "FACTURA")
        + " in Portuguese with a full-height coloured RIGHT SIDEBAR of small upper-case LABELS ABOVE values, an UNRULED table with 'Desc. %' and 'IVA %' columns, IVA 14 %, '1.234,56 Kz': "
        "vendor = the name at the top of the main column; vendor_tax_id = its 'NIF' (the buyer's 'NIF do adquirente', the alvará, the software certificate and the IBAN are decoys). "
        "invoice_number = the sidebar's '" + ctx["title"] + " n.º'; invoice_date = 'Data de emissão' (the supply date in the footer is a decoy). "
        + due_note(due, ctx["terms"] if not due else None, "Data de vencimento")
        + po_note(po, "Requisição do cliente")
        + "subtotal = 'Total sem IVA' ('Total ilíquido' is before the line discounts); tax = 'IVA (14%)'; total = 'Total do documento' (repeated in the sidebar). Currency AOA ('Kz'). Line items: every row ('Valor líquido', after its discount)."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "AOA", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, ctx["bnif"], "Total do documento", fd(due) if due else None, ctx["ref"], ctx["iban"]]}
    return t, chk, (PA_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)
