"""Chromium (HTML) styles for set 58, second part (04 Khouribga FACTURE in French with a table WITHOUT RULES, TVA 20 %,
the total in words, euro counter-values on two, the third an AVOIR (credit note); 05 Guimarães FATURA as a BUSINESS
LETTER in European Portuguese, the facts in RUNNING SENTENCES, IVA 23 % added, the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4
from invoice_kit import css, de, digits, iban, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import MONTHS, due_note, fr_date, lines, po_note, qr_svg, truth
from kit_words import fr_words, pt_words
from stdnum.ma import ice
from stdnum.pt import nif

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Khouribga (TVA 20, MAD / EUR), unruled, a credit note (avoir)
CH_V = [  # (name, address, colour, catalogue)
    ("Phosmine Services Industriels SARL", "Zone Industrielle, Lot 42, Route de Oued Zem, 25000 Khouribga", "#7f1d1d",
     [("Maintenance convoyeur à bande, forfait", "forfait", 1, 3, 18000, 42000), ("Roulements SKF 6310", "pièce", 4, 40, 380, 720), ("Main d'œuvre technicien, heure", "heure", 8, 80, 180, 320)]),
    ("Agro Ouardigha SARL", "Avenue Hassan II, n° 118, 25000 Khouribga", "#365314",
     [("Semences de blé dur, sac 50 kg", "sac", 10, 120, 420, 690), ("Engrais NPK 14-28-14, sac 50 kg", "sac", 10, 200, 310, 520), ("Tuyau goutte-à-goutte 16 mm, rouleau", "rouleau", 2, 30, 650, 1400), ("Conseil agronomique, journée", "jour", 1, 6, 1500, 3200)]),
    ("Quincaillerie Al Amal Khouribga SARL", "Boulevard Mohammed V, n° 27, 25000 Khouribga", "#1e3a8a",
     [("Ciment CPJ 45, sac 50 kg", "sac", 20, 300, 68, 92), ("Rond à béton 10 mm, barre 12 m", "barre", 20, 200, 95, 140), ("Treillis soudé 6x6", "panneau", 5, 60, 210, 340), ("Transport local", "voyage", 1, 3, 400, 1200)]),
    ("Cabinet Fiduciaire Atlas Khouribga", "Rue Abdelmoumen, Résidence Nour, bureau 6, 25000 Khouribga", "#4c1d95",
     [("Honoraires tenue de comptabilité annuelle", "forfait", 1, 1, 24000, 52000), ("Établissement de la liasse fiscale", "forfait", 1, 1, 6000, 14000), ("Conseil fiscal, heure", "heure", 2, 20, 600, 1200)]),
]
CH_B = ["OCP SA – Site de Khouribga, Direction Achats", "Coopérative Agricole Bni Smir", "Société Immobilière Al Fath SARL", "Hôtel Les Phosphates Khouribga SARL"]
CH_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.lab{color:#6b7280;font-size:7pt} table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7pt;color:{{ color }};text-align:left;padding:3px 4px;font-weight:bold} table.it td{padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap} .ar{direction:rtl;font-size:9pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div>
<div>Tél. 05 23 {{ tel }} · Capital social : {{ capital }} DH</div></td>
<td style="text-align:right"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ title }}</div><div class="ar">{{ title_ar }}</div>
<div style="margin-top:4px">N° : <b>{{ no }}</b></div><div>Date : <b>{{ d }}</b></div><div>Khouribga</div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.2pt"><tr><td style="width:55%;vertical-align:top"><div class="lab">Client</div><b>{{ bname }}</b><br>ICE client : {{ bice }}<br>Code client : {{ ccode }}</td>
<td style="vertical-align:top"><div class="lab">Références</div>{% if po %}Bon de commande : {{ po }}<br>{% endif %}Bon de livraison : {{ bl }} du {{ dbl }}<br>Mode de règlement : {{ mode }}{% if due %}<br>Date d'échéance : {{ due }}{% endif %}{% if rel %}<br>Facture d'origine : {{ rel }} du {{ reld }}{% endif %}</td></tr></table>
{% if rel %}<div style="margin-top:8px;font-size:8pt">Avoir établi pour retour de marchandise / remise accordée sur la facture n° {{ rel }}.</div>{% endif %}
<table class="it"><tr><th>Réf.</th><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.k }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:55%;font-size:8pt;vertical-align:top"><div class="lab">{{ arrete }}</div>{{ words }}{% if eqv %}<div style="margin-top:6px" class="lab">{{ eqv }}</div>{% endif %}</td>
<td><table style="margin-left:auto;font-size:9pt"><tr><td style="padding:2px 10px">Total HT</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">TVA 20 %</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt;color:{{ color }}"><td style="padding:5px 10px">Total TTC (DH)</td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:22px"><tr><td style="width:28mm">{{ qr|safe }}</td><td style="vertical-align:top;font-size:7.4pt;color:#444">
RIB : {{ rib }} · {{ bank }}<br>ICE : {{ vid }} · IF : {{ vif }} · RC : {{ rc }} (Khouribga) · Patente : {{ pat }} · CNSS : {{ cnss }}
<div class="lab" style="margin-top:4px">Page 1/1</div></td></tr></table>
</body></html>"""


def mad_words(x):
    n = int(abs(x))
    c = int(round((abs(x) - n) * 100))
    w = fr_words(n) + (" dirham" if n == 1 else " dirhams")
    if c:
        w += " et " + fr_words(c) + (" centime" if c == 1 else " centimes")
    return w[0].upper() + w[1:]


@style("04", "ma_khb_khouribga_facture_tva_20_unruled_avoir_eur")
def s04(rng, i):
    vname, vaddr, color, cat = CH_V[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, cat, [3, 3, 2, 2][i], D("0.01"))
    sign = -1 if credit else 1
    for x in items:
        x["amount"] = sign * x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    vid = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    bice = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    no = [f"FA-{d.year}-{rng.randint(100, 999):04d}", f"{rng.randint(100, 999)}/{d.year}", f"AV-{rng.randint(10, 99)}/{d.strftime('%y')}", f"F{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: fr_date(x), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i in (0, 3) else None
    po = [f"BC-{rng.randint(4500000, 4599999)}", None, None, f"BC {rng.randint(1000, 9999)}"][i]
    rate = D(rng.choice(["10.8215", "10.9350", "11.0420", "10.7785"]))
    eqv_v = f"{sp(q2(total / rate))} EUR" if i in (0, 2) else None
    eqv = f"Contre-valeur indicative : {eqv_v} (1 EUR = {str(rate).replace('.', ',')} MAD, cours Bank Al-Maghrib)" if eqv_v else None
    rel = f"FA-{d.year}-{rng.randint(100, 999):04d}" if credit else None
    title = "AVOIR" if credit else "FACTURE"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, tel=f"{rng.randint(40, 59)} {rng.randint(10, 99)} {rng.randint(10, 99)}", capital=sp(D(rng.choice([100000, 200000, 500000, 1000000])), 0),
        title=title, title_ar="إشعار دائن" if credit else "فاتورة", no=no, d=fd(d), bname=CH_B[i], bice=bice, ccode=f"C{rng.randint(1000, 9999)}",
        po=po, bl=f"BL-{rng.randint(1000, 9999)}", dbl=(d - dt.timedelta(days=rng.randint(0, 6))).strftime("%d/%m/%Y"), mode=rng.choice(["Virement bancaire", "Chèque", "Effet à 60 jours"]) if due else ("Imputation sur la prochaine facture" if credit else "Espèces / virement à réception"),
        due=fd(due) if due else None, rel=rel, reld=(d - dt.timedelta(days=rng.randint(10, 40))).strftime("%d/%m/%Y") if credit else None,
        items=[{"k": f"{rng.choice('ABCPR')}{rng.randint(100, 999)}", "q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        arrete="Arrêté le présent avoir à la somme de (en moins)" if credit else "Arrêtée la présente facture à la somme de", words=mad_words(total), eqv=eqv,
        net=sp(net), tax=sp(tax), total=sp(total), qr=qr_svg(rng, 22),
        rib=" ".join([digits(rng, 3, True), digits(rng, 3, True), digits(rng, 16), digits(rng, 2)]), bank=rng.choice(["Attijariwafa bank, agence Khouribga", "Banque Populaire, agence Khouribga Centre", "BMCE Bank of Africa, Khouribga"]),
        vif=digits(rng, 8, True), rc=f"{rng.randint(1000, 9999)}", pat=digits(rng, 8, True), cnss=digits(rng, 7, True),
    )
    notes = (
        f"Khouribga (Morocco) {'AVOIR (credit note, every amount printed NEGATIVE; the original invoice number and date are decoys)' if credit else 'FACTURE'} in French with an item table WITHOUT RULES, TVA 20 %, '1 234,56' dirhams, the total in words: "
        "vendor = the name at the top left; vendor_tax_id = the 'ICE' in the footer (15 digits, check digits valid; the ICE client, IF, RC, Patente, CNSS and the RIB are decoys). "
        "invoice_number = 'N°'; invoice_date = 'Date' (the delivery-note date is a decoy). "
        + due_note(due, None if credit else "Espèces / virement à réception", "Date d'échéance")
        + po_note(po, "Bon de commande")
        + "subtotal = 'Total HT'; tax = 'TVA 20 %'; total = 'Total TTC (DH)'; the amount in words repeats it"
        + (" (the euro counter-value is a decoy)" if eqv else "") + ". Currency MAD ('DH'). Line items: every row ('Montant HT')." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "MAD", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "Total TTC (DH)", fd(due) if due else None, bice, " ".join(ctx["words"].split()[:3]), eqv_v, rel, sp(total)]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.4pt")), ctx)


# =========================================================================== 05 Guimarães (IVA 23, EUR), a letter in running sentences
FO_V = [
    ("Vimaranes Consultoria Ambiental, Lda.", "Avenida Conde Margaride, 1120, 4810-537 Guimarães", "#0f766e"),
    ("Manutenções Industriais do Ave, Lda.", "Rua de Vila Flor, 233, 4810-453 Guimarães", "#1e3a8a"),
    ("Penha Eventos e Turismo, Unipessoal Lda.", "Largo da Oliveira, 12, 4800-438 Guimarães", "#9a3412"),
    ("Afonso Henriques Sistemas de Informação, S.A.", "Avenida D. João IV, 840, 4810-532 Guimarães", "#4c1d95"),
]
FO_B = [
    ("Exmo. Senhor Diretor do Departamento de Ambiente", "Câmara Municipal de Guimarães", "Largo Cónego José Maria Gomes, 4804-534 Guimarães"),
    ("Exma. Senhora Diretora de Produção", "Têxteis do Vale do Ave, S.A.", "Rua da Indústria, 45, 4835-044 Guimarães"),
    ("Exmo. Senhor Coordenador Administrativo", "Associação Comercial e Industrial de Guimarães", "Rua Egas Moniz, 8, 4810-027 Guimarães"),
    ("Exma. Senhora Administradora Financeira", "Hospital Senhora da Oliveira – Serviço de Aprovisionamento", "Rua dos Cutileiros, Creixomil, 4835-044 Guimarães"),
]
FO_ROWS = [
    [("horas de consultoria técnica em licenciamento ambiental", "horas", 8, 80, 45, 85), ("campanhas de monitorização da qualidade da água", "campanhas", 1, 6, 650, 1500), ("relatórios técnicos de acompanhamento", "relatórios", 1, 4, 380, 900)],
    [("visitas de manutenção preventiva a posto de transformação", "visitas", 1, 6, 420, 980), ("horas de técnico eletricista", "horas", 8, 60, 22, 38), ("termografias de quadros elétricos", "relatórios", 1, 8, 160, 340)],
    [("diárias de aluguer do auditório", "diárias", 1, 3, 900, 2100), ("coffee breaks para participantes", "pessoas", 40, 300, 6, 12), ("horas de hospedeiras bilingues", "horas", 8, 40, 15, 26)],
    [("licenças mensais do sistema de gestão hospitalar", "licenças", 20, 200, 18, 42), ("horas de suporte técnico no local", "horas", 4, 40, 35, 60), ("ações de formação de utilizadores", "ações", 1, 6, 420, 850)],
]
FO_HTML = """<html lang="pt-PT"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;text-align:justify;line-height:1.45} table.it{border-collapse:collapse;margin:6px 0 12px 0;width:100%} table.it th{border-bottom:1px solid #444;font-size:8.6pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:9pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="border-bottom:2px solid {{ color }};padding-bottom:6px"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8.4pt">{{ vaddr }} · NIF {{ vid }} · Capital social {{ capital }} € · Matrícula na C.R.C. de Guimarães · Tel. 253 {{ tel }}</div></div>
<p style="text-align:right;margin-top:16px">Guimarães, {{ dl }}</p>
<p>{{ ref }}</p>
<p>{{ hon }}<br>{{ bname }}<br>{{ baddr }}<br>NIF {{ bnif }}</p>
<p>{{ salut }}</p>
<p>Junto enviamos a V. Exa. a nossa Fatura n.º <b style="white-space:nowrap">{{ no }}</b>, emitida em {{ d }}, relativa aos serviços prestados entre {{ p0 }} e {{ p1 }}{% if po %}, ao abrigo da Requisição n.º <span style="white-space:nowrap">{{ po }}</span>{% endif %}. O documento tem o código ATCUD {{ atcud }} e foi processado por programa certificado n.º {{ cert }}/AT.</p>
{% if table %}<p>Os serviços faturados são os seguintes:</p>
<table class="it"><tr><th>Descrição</th><th class="r">Quantidade</th><th class="r">Preço unitário</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }} €</td><td class="r">{{ it.a }} €</td></tr>{% endfor %}</table>
{% else %}{% for it in items %}<p>– {{ it.q }} {{ it.d }} a {{ it.p }} € cada, num valor de {{ it.a }} €;</p>{% endfor %}{% endif %}
<p>O valor dos serviços, sem imposto, é de {{ net }} €, ao qual acresce o IVA à taxa de 23%, no montante de {{ tax }} €, pelo que o valor total da presente fatura é de <b>{{ total }} €</b> ({{ words }}).</p>
<p>{{ pay }} IBAN {{ ibanv }} ({{ bank }}).</p>
<p>Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.</p>
<p style="margin-top:26px"><b>{{ signer }}</b><br>{{ role }}<br>{{ vname }}</p>
<div style="position:absolute;bottom:0;font-size:7pt;color:#777">{{ vname }} · Página 1 de 1</div>
</body></html>"""


def euros_words(x):
    n = int(x)
    c = int(round((x - n) * 100))
    w = pt_words(n)
    w += " de euros" if w.endswith(("milhão", "milhões")) else (" euro" if n == 1 else " euros")
    if c:
        w += " e " + pt_words(c) + (" cêntimo" if c == 1 else " cêntimos")
    return w


@style("05", "pt_gmr_guimaraes_fatura_carta_iva_23_words")
def s05(rng, i):
    vname, vaddr, color = FO_V[i]
    hon, bname, baddr = FO_B[i]
    d = rand_date(rng)
    items = lines(rng, FO_ROWS[i], [2, 3, 3, 2][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.23"))
    total = net + tax
    vid = valid(rng, lambda: rng.choice("5") + digits(rng, 8), nif.is_valid)
    bnif = valid(rng, lambda: rng.choice("56") + digits(rng, 8), nif.is_valid)
    no = [f"FT {d.year}/{rng.randint(100, 999)}", f"FT A{d.year % 100}/{rng.randint(1000, 9999)}", f"FT {rng.randint(1, 9)}/{rng.randint(100, 999)}", f"FAT {d.year}/{rng.randint(1000, 9999)}"][i]
    pt_long = lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}"  # noqa: E731
    fd = [pt_long, lambda x: x.strftime("%d/%m/%Y"), pt_long, lambda x: x.strftime("%d-%m-%Y")][i]
    dl = pt_long(d)
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (0, 3) else None
    po = [None, f"REQ {rng.randint(1000, 9999)}/{d.year}", None, f"{rng.randint(4500000000, 4509999999)}"][i]
    p1 = d.replace(day=1) - dt.timedelta(days=1)
    p0 = p1.replace(day=1)
    table = i in (1, 3)
    pay = f"Solicitamos que o pagamento seja efetuado até {fd(due)}, por transferência bancária para o" if due else "O pagamento é devido a pronto pagamento, por transferência bancária para o"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, capital=de(D(rng.choice([5000, 50000, 100000, 250000])), 2), tel=f"{digits(rng, 3, True)} {digits(rng, 3)}", dl=dl,
        ref=f"Assunto: Fatura n.º {no}" if i != 2 else f"N/ Ref.ª {rng.randint(10, 99)}/{d.year} – Faturação de serviços", bname=bname, baddr=baddr, bnif=bnif, hon=hon,
        salut="Exma. Senhora," if "Exma." in hon else "Exmo. Senhor,", no=no, d=fd(d), p0=p0.strftime("%d/%m/%Y"), p1=p1.strftime("%d/%m/%Y"), po=po,
        atcud=f"{''.join(rng.choice('BCDFGHJKLMNPQRSTVWXZ') for _ in range(8))}-{rng.randint(100, 999)}", cert=rng.randint(1000, 2999),
        table=table, items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        net=de(net), total=de(total), words=euros_words(total), tax=de(tax), pay=pay,
        ibanv=group4(iban("PT", rng.choice(["0035", "0033", "0018", "0007"]) + digits(rng, 4) + digits(rng, 11) + digits(rng, 2))), bank=rng.choice(["Caixa Geral de Depósitos", "Millennium bcp", "Santander Totta", "Novo Banco"]),
        signer=rng.choice(["Maria da Graça Fernandes", "José Manuel Salgado", "Rita Carvalho Leite", "António Freitas Mendes"]), role=rng.choice(["Gerente", "Diretora Financeira", "Administrador"]),
    )
    notes = (
        "Guimarães (Portugal) FATURA as a BUSINESS LETTER in European Portuguese, the facts in RUNNING SENTENCES ('Junto enviamos a V. Exa. a nossa Fatura n.º … emitida em …'), "
        + ("the services in a small table" if table else "one sentence per service, NO TABLE") + ", IVA 23 % added, '1.234,56 €', the total in words: "
        "vendor = the letterhead; vendor_tax_id = the letterhead's 'NIF' (check digit valid; the addressee's NIF, the ATCUD code, the certified program number and the IBAN are decoys). "
        "invoice_number = 'Fatura n.º'; invoice_date = 'emitida em' (the place-and-date line at the top is the same day; the service period is a decoy). "
        + due_note(due, "a pronto pagamento", "pagamento seja efetuado até")
        + po_note(po, "Requisição n.º")
        + "subtotal = 'O valor dos serviços, sem imposto, é de'; tax = the IVA 'no montante de'; total = 'o valor total da presente fatura é de'. Currency EUR ('€'). Line items: every service, they sum to the subtotal."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), dl, no, vname, vid, fd(due) if due else None, bnif, ctx["atcud"], ctx["words"]]}
    return t, chk, (FO_HTML.replace("@@BASE@@", css(margin="20mm", fs="9.6pt", font="'DejaVu Serif',serif")), ctx)
