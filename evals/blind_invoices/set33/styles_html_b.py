"""Chromium (HTML) styles for set 33, second part (04 Savoy mountain refuge's note / facture on an A5 page in French
with Savoyard (Arpitan) greetings, TVA 10 % on lodging and meals and 20 % on alcohol and sales, a deposit (arrhes)
deducted below the total, 05 Karakalpakstan (Nukus) building-materials supplier's ESAP-FAKTURA / HISOB-FAKTURA in
Karakalpak with Uzbek beside, per-row QQS 12 % columns, so'm grouped by spaces, a contract and a power of attorney
as decoys and a dollar counter-value)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import uz_date
from invoice_kit import css, de, digits, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, fr_date, lines, po_note, truth, valid_id
from stdnum.fr import siren

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Savoy mountain refuge (TVA 10 % / 20 %, EUR), A5, arrhes deducted below the total
SV_V = [
    ("Refuge du Col de la Croix du Bonhomme – SARL Les Chamois", "73270 Beaufort-sur-Doron (Savoie)", "#14532d"),
    ("Refuge de Loriaz – SAS Alpages de Vallorcine", "74660 Vallorcine (Haute-Savoie)", "#1e3a8a"),
    ("Refuge du Plan du Lac – SARL Vanoise Accueil", "73500 Termignon (Savoie)", "#7c2d12"),
    ("Refuge de Bostan – EURL Tornay Montagne", "74440 Samoëns (Haute-Savoie)", "#4c1d95"),
]
SV_B = [
    ("Club Alpin Français – Section de Lyon-Villeurbanne", "12 rue Sainte-Catherine, 69001 Lyon"),
    ("Bureau des Guides de Chamonix", "190 place de l'Église, 74400 Chamonix-Mont-Blanc"),
    ("Lycée Vaugelas – Association sportive", "Avenue de Lyon, 73000 Chambéry"),
    ("Trek & Sens SAS", "4 quai de la Tournette, 74000 Annecy"),
]
SV_ROWS = [
    ("Nuitée en dortoir", "nuit", 4, 24, 24, 34, 10),
    ("Demi-pension (dîner, nuitée, petit-déjeuner)", "pers.", 4, 24, 52, 68, 10),
    ("Pique-nique du lendemain", "pers.", 2, 20, 11, 15, 10),
    ("Tartiflette / repas de midi", "pers.", 2, 16, 16, 22, 10),
    ("Vin de Savoie, Mondeuse 75 cl", "bout.", 1, 8, 24, 34, 20),
    ("Bière artisanale du Beaufortain", "btl", 2, 20, 5, 7, 20),
    ("Génépi, digestif", "verre", 2, 16, 4, 6, 20),
    ("Carte IGN / topo-guide", "ex.", 1, 4, 12, 16, 20),
]
SV_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:6.6pt;color:#555} table.it{width:100%;margin-top:8px} table.it th{text-align:left;font-size:7pt;border-bottom:1px solid {{ color }};padding:2px 3px} table.it th.r{text-align:right} table.it td{padding:2px 3px;border-bottom:1px dotted #bbb}
</style></head><body>
<div style="text-align:center;color:{{ color }};font-size:12pt;font-weight:bold">{{ vname }}</div>
<div style="text-align:center" class="small">{{ vaddr }} · alt. {{ alt }} m · gardien : {{ keeper }} · tél. refuge 04 79 {{ tel }}<br>SIRET {{ siret }} · N° TVA intracom. {{ tva }} · APE 5520Z</div>
<div style="text-align:center;margin-top:6px;font-style:italic">Bienvenue ! / Bienvenu·a u refujo !</div>
<table style="width:100%;margin-top:8px;font-size:8pt"><tr><td style="vertical-align:top"><div class="small">Client</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Groupe : {{ group }} pers. · Réservation {{ resa }}</span></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:11pt;font-weight:bold">NOTE DE SÉJOUR – FACTURE</div>{% for k, v in head %}<div><span class="small">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="vertical-align:top" class="small">{% for r in summary %}TVA {{ r.r }} % sur {{ r.b }} : {{ r.v }}<br>{% endfor %}Taxe de séjour : refuge non soumis (hébergement en zone cœur du Parc) — n'apparaît pas.</td>
<td style="width:62mm"><table style="width:100%;font-size:8.4pt"><tr><td>Total HT</td><td class="r">{{ net }}</td></tr><tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:9.6pt"><td style="border-top:1.5px solid {{ color }}">Total TTC</td><td class="r" style="border-top:1.5px solid {{ color }}">{{ total }} €</td></tr>
<tr><td>Arrhes versées le {{ dep_d }}</td><td class="r">-{{ dep }}</td></tr>
<tr style="font-weight:bold;background:#eee"><td>Reste à régler</td><td class="r">{{ bal }} €</td></tr></table></td></tr></table>
<div style="margin-top:8px;font-size:7.6pt">{{ pay }}</div>
<div class="small" style="margin-top:6px">Pas d'escompte pour paiement anticipé. En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire de 40 € (professionnels).</div>
<div style="text-align:center;margin-top:8px;font-style:italic">Grant-marci et a rvi ! – Merci et à bientôt !</div>
</body></html>"""


@style("04", "fr_sav_chamonix_facture_refuge_tva_10_20_a5_arrhes")
def s04(rng, i):
    vname, vaddr, color = SV_V[i]
    bname, baddr = SV_B[i]
    d = rand_date(rng)
    items = lines(rng, SV_ROWS[:4], rng.randint(1, 3), D("0.10")) + lines(rng, SV_ROWS[4:], rng.randint(1, 3), D("0.10"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    dep = D(int(total * D(rng.choice([25, 30, 40])) / 100 / 10) * 10) or D(50)
    bal = total - dep
    sir = valid_id(rng, 9, siren.is_valid)
    key = (12 + 3 * (int(sir) % 97)) % 97
    tva = f"FR{key:02d}{sir}"
    siret = f"{sir[:3]} {sir[3:6]} {sir[6:]} {digits(rng, 5)}"
    no = [f"R{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"F-{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    term = ["Solde réglé sur place (CB)", None, None, "Solde payable au départ du refuge"][i]
    po = f"BC {rng.randint(1000, 9999)}" if i in (1, 2) else None
    head = [("N°", no), ("Date", fd(d)), ("Séjour du", f"{fd(d - dt.timedelta(days=rng.randint(1, 3)))} au {fd(d)}")]
    if po:
        head.append(("Votre bon de commande", po))
    if due:
        head.append(("Échéance", fd(due)))
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, alt=rng.randint(1700, 2700), keeper=rng.choice(["Jérôme et Lise", "Manu", "Cécile", "Pierrot et Anne"]), tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", siret=siret, tva=tva,
        bname=bname, baddr=baddr, group=rng.randint(4, 24), resa=f"RS-{rng.randint(1000, 9999)}", head=head,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total), dep=m(dep), dep_d=fd(d - dt.timedelta(days=rng.randint(20, 90))), bal=m(bal),
        pay=(f"Reste à régler par virement avant le {fd(due)} — IBAN FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}." if due else term + "."),
    )
    notes = (
        "Savoy (French Alps) mountain refuge's NOTE DE SÉJOUR – FACTURE on an A5 PAGE in French with a Savoyard (Arpitan) greeting, in euros ('1.234,50 €'), with TVA 10 % on lodging and meals and 20 % on wine, beer, spirits and maps, the TVA per rate in small print, and the deposit (arrhes) deducted BELOW the total: vendor = the refuge's name at the top (with its company); vendor_tax_id = 'N° TVA intracom.' (FR + key + SIREN; the SIRET is a decoy). "
        "invoice_number = 'N°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "French words ('12 mars 2026')", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); the stay dates, the booking number and the deposit date are decoys. "
        + due_note(due, term, "Échéance") + po_note(po, "Votre bon de commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Total TTC' (before the arrhes); the arrhes and 'Reste à régler' are decoys. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, tva, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, tva, "Total TTC", fd(due) if due else None, m(bal)]}
    return t, chk, (SV_HTML.replace("@@BASE@@", css(size="A5", margin="9mm 10mm", fs="7.8pt")), ctx)


# =========================================================================== 05 Karakalpakstan building materials (QQS 12 %, UZS), per-row VAT columns
KK_V = [
    ("«Nókis Qurılıs Materialları» JShJ", "Nókis q., Dosnazarov kóshesi, 45-úy", "#0f766e"),
    ("«Ámiwdárya Sement Savdo» MChJ", "Taqiyatas r., Sanaat kóshesi, 3", "#1e40af"),
    ("«Qońırat Tas-Qum» JShJ", "Qońırat q., Berdaq kóshesi, 112", "#92400e"),
    ("«Xojeli Metall Servis» MChJ", "Xojeli q., Beruniy kóshesi, 8", "#6d28d9"),
]
KK_B = [
    ("«Aral Jol Qurılıs» AJ", "Nókis q., Gárezsizlik kóshesi, 20"),
    ("«Shımbay Agro Klaster» JShJ", "Shımbay r., Tolıbay awılı"),
    ("Nókis qalalıq mektep №14 / Nukus shahar 14-maktab", "Nókis q., A. Dosnazarov kóshesi, 77"),
    ("«Qaraqalpaq Energo Montaj» MChJ", "Nókis q., Qaraózek kóshesi, 9"),
]
KK_ROWS = [
    ("Portlandsement M400, qap 50 kg / qop 50 kg", "qap", 20, 400, 52000, 68000),
    ("Armatura A500 Ø12 mm", "tonna", 1, 12, 7800000, 9400000),
    ("Kerpish M100 / G‘isht M100", "mıń dana", 1, 20, 950000, 1350000),
    ("Qum, juwılǵan / Qum, yuvilgan", "m³", 5, 60, 85000, 120000),
    ("Shaǵıl 5-20 mm / Shag‘al 5-20 mm", "m³", 5, 60, 110000, 160000),
    ("Profil truba 40×20×2", "metr", 20, 300, 21000, 29000),
    ("Jetkerip beriw / Yetkazib berish (KamAZ)", "reys", 1, 6, 450000, 900000),
]
KK_HTML = """<html lang="kaa"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:10px} table.g td,table.g th{border:1px solid #777;padding:3px 4px;font-size:7.6pt} table.g th{background:#eef2f2;font-size:6.8pt} table.g td.r{white-space:nowrap} table.g td.ik{font-size:5.6pt;color:#555}
</style></head><body>
<div style="text-align:center;font-size:14pt;font-weight:bold">ESAP-FAKTURA / HISOB-FAKTURA № {{ no }}</div>
<div style="text-align:center">{{ date_s }}</div>
<div style="text-align:center" class="small">Shártnama / Shartnoma № {{ contract }} {{ contract_d }} · Isenim xat / Ishonchnoma № {{ poa }} · Faktura ID {{ fid }}</div>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top;padding-right:8px"><div class="small">Jetkerip beriwshi / Yetkazib beruvchi</div><b style="color:{{ color }}">{{ vname }}</b><br>{{ vaddr }}<br>STIR / INN: <b>{{ stir }}</b><br>QQS tólewshi kodı / QQS to‘lovchi kodi: {{ qqs }}<br><span class="small">H/r {{ acct }} · «Xalq banki» Nókis filialı · MFO {{ mfo }}</span></td>
<td style="vertical-align:top"><div class="small">Satıp alıwshı / Sotib oluvchi</div><b>{{ bname }}</b><br>{{ baddr }}<br>STIR / INN: {{ bstir }}<br><span class="small">H/r {{ bacct }}</span>{% for k, v in head %}<br><span class="small">{{ k }}</span> <b>{{ v }}</b>{% endfor %}</td></tr></table>
<table class="g"><tr><th>№</th><th>Tovar / xızmet ataması<br>Tovar / xizmat nomi</th><th>IKPU</th><th>Ól. birl.</th><th>Sanı / Miqdori</th><th>Bahası / Narxi</th><th>Jetkerip beriw qunı<br>Yetkazib berish qiymati</th><th>QQS %</th><th>QQS summası</th><th>QQS penen<br>QQS bilan</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="ik">{{ it.ikpu }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">12</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td></td><td colspan="5">Jámi / Jami</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<div style="margin-top:10px">Tólewge / To‘lovga jami: <b style="font-size:11pt">{{ total }} so‘m</b> (sonıń ishinde QQS / shu jumladan QQS {{ tax }} so‘m)</div>
<div class="small" style="margin-top:4px">Maǵlıwmat ushın / Ma’lumot uchun: {{ usd }} AQSh dolları / AQSh dollari, OB kursı 1 USD = {{ fx }} so‘m ({{ fx_d }}).</div>
<div style="margin-top:6px">{{ pay }}</div>
<table style="width:100%;margin-top:26px"><tr><td>Basshı / Rahbar: ____________ {{ boss }}</td><td>Bas buxgalter / Bosh hisobchi: ____________ {{ acc }}</td><td>Qabıl etti / Qabul qildi: ____________</td></tr></table>
<div class="small" style="margin-top:14px">Elektron faktura soliq.uz operatorı arqalı jiberildi / operator orqali yuborildi. Ó.B.</div>
</body></html>"""


@style("05", "uz_kk_nokis_esap_faktura_qqs_12")
def s05(rng, i):
    vname, vaddr, color = KK_V[i]
    bname, baddr = KK_B[i]
    d = rand_date(rng)
    items = lines(rng, KK_ROWS, rng.randint(3, 6), D("100"))
    for x in items:
        x["vat"] = q2(x["amount"] * 12 / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    stir = str(rng.choice([2, 3])) + digits(rng, 8)
    no = [f"{rng.randint(10, 999)}", f"NQ-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), uz_date, lambda x: x.strftime("%d.%m.%Y"), uz_date][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i in (0, 3) else None
    term = [None, "Tólew: aldın ala 100 % / To‘lov: oldindan 100 %", "Tólew shártnama boyınsha / To‘lov shartnoma bo‘yicha", None][i]
    po = f"{rng.randint(10, 99)}-B" if i == 2 else None
    head = []
    if po:
        head.append(("Buyırtpa / Buyurtma №", po))
    if due:
        head.append(("Tólew múddeti / To‘lov muddati", fd(due)))
    fx = q2(D(rng.randint(1180000, 1300000)) / 100)
    m = sp
    ctx = dict(
        no=no, date_s=fd(d), contract=f"{rng.randint(1, 90)}/{d.year}", contract_d=f"{rng.randint(1, 28):02d}.01.{d.year}", poa=f"{rng.randint(10, 99)}", fid=digits(rng, 12, True),
        color=color, vname=vname, vaddr=vaddr, stir=stir, qqs=f"3{digits(rng, 11)}", acct=f"2020 8000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", mfo=f"00{rng.randint(100, 999)}",
        bname=bname, baddr=baddr, bstir=str(rng.choice([2, 3])) + digits(rng, 8), bacct=f"2020 8000 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", head=head,
        items=[{"d": x["desc"], "ikpu": digits(rng, 17, True), "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"]), "v": m(x["vat"]), "g": m(x["amount"] + x["vat"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), usd=de(q2(total / fx)), fx=m(fx), fx_d=d.strftime("%d.%m.%Y"),
        pay=(f"Tólew múddeti / To‘lov muddati: {fd(due)}." if due else term), boss=rng.choice(["A. Qalliev", "B. Seytmuratov", "J. Orınbaev", "N. Utepova"]), acc=rng.choice(["G. Jumabaeva", "S. Allanazarova", "T. Kurbanov"]),
    )
    notes = (
        "Karakalpakstan (Nukus, Uzbekistan) building-materials supplier's ESAP-FAKTURA / HISOB-FAKTURA in Karakalpak with Uzbek beside each label, in so‘m with digits grouped by spaces ('1 234 500,00'), with a FULLY RULED grid with the delivery value, QQS 12 % and the value with QQS per row and a totals row 'Jámi / Jami', and a US-dollar counter-value in small print: vendor = the supplier's name under 'Jetkerip beriwshi / Yetkazib beruvchi'; vendor_tax_id = its 'STIR / INN' (9 digits; the QQS payer code, the buyer's STIR, the bank account, MFO, IKPU codes and the e-invoice ID are decoys). "
        "invoice_number = the number after 'ESAP-FAKTURA / HISOB-FAKTURA №'; invoice_date = the date under the title (" + ["dd.mm.yyyy", "Uzbek words ('2026-yil 12-mart')", "dd.mm.yyyy", "Uzbek words"][i] + "); the contract and its date, the power of attorney (isenim xat / ishonchnoma) and the exchange-rate date are decoys. "
        + due_note(due, term, "Tólew múddeti / To‘lov muddati") + po_note(po, "Buyırtpa / Buyurtma №")
        + "subtotal = the 'Jámi / Jami' row's delivery value; tax = its QQS sum; total = 'Tólewge / To‘lovga jami' (= the row's value with QQS). The dollar counter-value is a decoy. Currency UZS. Line items: every row (amounts = the delivery value without QQS)."
    )
    t = truth(vname, stir, no, po, d, due, "UZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, stir, "Tólewge / To‘lovga jami", fd(due) if due else None, ctx["usd"]]}
    return t, chk, (KK_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.4pt")), ctx)
