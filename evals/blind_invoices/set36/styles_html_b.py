"""Chromium (HTML) styles for set 36, second part (03 Jūrmala vegetable wholesaler's PREČU PAVADZĪME – RĒĶINS in
Latvian with a transport block, PVN 12 % on fresh vegetables and fruit and 21 % on frozen goods, crates and delivery,
04 Sfax medical-supplies distributor's FACTURE in French with an Arabic right-to-left block, TVA 7 % and 19 %, the
stamp duty (droit de timbre) between the tax and the total, dinars to the millime and the total in French words,
05 Lviv coffee and chocolate maker's ВИДАТКОВА НАКЛАДНА in Ukrainian with the bank block at the top, ПДВ 20 %, the
contract, the order and the power of attorney)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, lv_date, tnd, uk_date
from invoice_kit import css, digits, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, truth, valid_id
from kit_words import fr_words
from stdnum.lv import pvn
from stdnum.ua import edrpou

STYLES, style = style_registry("chromium")


# =========================================================================== 03 Jūrmala vegetable wholesaler (PVN 12 % / 21 %, EUR), waybill-invoice with a transport block
JU_V = [
    ("SIA „Jūrmalas Dārzeņu bāze“", "Kolkas iela 12, Jūrmala, LV-2011", "#166534"),
    ("SIA „Ķemeru Zaļumi“", "Tukuma iela 5, Ķemeri, Jūrmala, LV-2012", "#0e7490"),
    ("SIA „Majori Fresh“", "Jomas iela 44, Jūrmala, LV-2015", "#b45309"),
    ("Z/S „Slokas Lauki“", "Slokas iela 101, Jūrmala, LV-2010", "#7e22ce"),
]
JU_B = [
    ("SIA „Restorāns Jūras Pērle“", "Jūras iela 58, Jūrmala"),
    ("AS „Baltic Beach Hotel“", "Jūras iela 23/25, Jūrmala"),
    ("SIA „Vecrīgas Ēdnīca“", "Kaļķu iela 10, Rīga"),
    ("Jūrmalas pilsētas pašvaldības skolu ēdināšana", "Jomas iela 1/5, Jūrmala"),
]
JU_FRESH = [  # 12 %
    ("Kartupeļi, Latvijas, mazgāti", "kg", 50, 500, D("0.35"), D("0.70")),
    ("Burkāni, Latvijas", "kg", 20, 200, D("0.40"), D("0.90")),
    ("Gurķi, svaigi", "kg", 10, 80, D("1.20"), D("2.60")),
    ("Tomāti, siltumnīcas", "kg", 10, 80, D("1.90"), D("3.80")),
    ("Āboli 'Antonovka'", "kg", 20, 150, D("0.80"), D("1.60")),
    ("Zemenes, svaigas", "kg", 5, 40, D("3.50"), D("7.50")),
    ("Dilles, saišķis", "gab.", 10, 60, D("0.40"), D("0.90")),
    ("Sīpoli, dzeltenie", "kg", 20, 150, D("0.45"), D("0.95")),
]
JU_STD = [  # 21 %
    ("Saldēti zaļie zirņi, 2,5 kg", "gab.", 2, 20, D("4.20"), D("7.90")),
    ("Skābēti kāposti, spainis 5 kg", "gab.", 2, 12, D("6.50"), D("11.00")),
    ("Plastmasas kaste, atgriežama", "gab.", 5, 40, D("2.50"), D("4.50")),
    ("Piegāde Jūrmala–Rīga", "reiss", 1, 3, D("25.00"), D("60.00")),
]
JU_HTML = """<html lang="lv"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} .box{border:1px solid #aaa;padding:5px} table.it{width:100%;margin-top:10px} table.it th{font-size:7.2pt;text-align:left;border-bottom:1.5px solid {{ color }};padding:3px} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #e5e5e5} td.r{white-space:nowrap}
</style></head><body>
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">PREČU PAVADZĪME – RĒĶINS Nr. {{ no }}</div>
<div style="font-size:9pt;margin-top:2px">{{ ldate }}</div>
<table style="width:100%;margin-top:8px;border-collapse:separate;border-spacing:4px"><tr>
<td class="box" style="width:50%;vertical-align:top"><div class="small">Preču nosūtītājs / piegādātājs</div><b>{{ vname }}</b><br>{{ vaddr }}<br>Reģ. Nr. {{ reg }} · PVN reģ. Nr. {{ vat }}<br><span class="small">Banka: {{ bank }}, konts {{ iban }}</span></td>
<td class="box" style="vertical-align:top"><div class="small">Preču saņēmējs / maksātājs</div><b>{{ bname }}</b><br>{{ baddr }}<br>PVN reģ. Nr. LV{{ bvat }}<br><span class="small">Klienta kods {{ cust }}</span></td></tr>
<tr><td class="box" style="vertical-align:top;font-size:8pt">{% for k, v in trans %}<div><span class="small" style="display:inline-block;width:36mm">{{ k }}</span> {{ v }}</div>{% endfor %}</td>
<td class="box" style="vertical-align:top;font-size:8pt">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:36mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Nr.</th><th>Preces nosaukums</th><th>Mērv.</th><th class="r">Daudz.</th><th class="r">Cena, EUR</th><th class="r">PVN %</th><th class="r">Summa, EUR</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.8pt"><tr><td style="padding:2px 12px">Kopā bez PVN</td><td class="r">{{ net }}</td></tr>
{% for r in summary %}<tr><td style="padding:2px 12px">PVN {{ r.r }} % no {{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}
<tr><td style="padding:2px 12px">PVN kopā</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:3px 12px;border-top:1.5px solid #333">Summa apmaksai, EUR</td><td class="r" style="border-top:1.5px solid #333">{{ total }}</td></tr></table>
<div style="margin-top:10px;font-size:8pt">{{ pay }}</div>
<table style="width:100%;margin-top:26px;font-size:8pt"><tr><td>Izsniedza: ______________ {{ clerk }}</td><td>Pieņēma: ______________</td></tr></table>
<div class="small" style="margin-top:10px">Rēķins sagatavots elektroniski un derīgs bez paraksta.</div>
</body></html>"""


@style("03", "lv_jur_jurmala_pavadzime_rekins_pvn_21_12")
def s03(rng, i):
    vname, vaddr, color = JU_V[i]
    bname, baddr = JU_B[i]
    d = rand_date(rng)
    items = lines(rng, JU_FRESH, rng.randint(3, 6), D("0.01")) + lines(rng, JU_STD, rng.randint(1, 2), D("0.01"))
    for x in items[:]:
        x["rate"] = D(12) if any(x["desc"] == r[0] for r in JU_FRESH) else D(21)
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vat = valid(rng, lambda: "LV4000" + digits(rng, 7), pvn.is_valid)
    reg = vat[2:]
    no = [f"JDB-{rng.randint(1000, 99999):06d}", f"KZ {rng.randint(1000, 9999)}", f"MF/{d.year}/{rng.randint(100, 999)}", f"SL-{rng.randint(100, 999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([7, 10, 14, 30])) if i != 3 else None
    term = None if due else "Apmaksāts skaidrā naudā"
    po = [None, f"P-{rng.randint(1000, 9999)}", None, f"{rng.randint(10, 99)}/{d.year}"][i]
    head = [("Izrakstīšanas datums", fd(d))]
    if due:
        head.append(("Apmaksas termiņš", fd(due)))
    if po:
        head.append(("Pasūtījums Nr.", po))
    head.append(("Līgums Nr.", f"L-{rng.randint(10, 99)}/{d.year - 1}"))
    ship = d - dt.timedelta(days=rng.randint(0, 2))
    trans = [
        ("Iekraušanas vieta", vaddr),
        ("Izkraušanas vieta", baddr),
        ("Piegādes datums", fd(ship)),
        ("Pārvadātājs", vname),
        ("Transportlīdzekļa Nr.", f"{rng.choice(['JU', 'HT', 'KR', 'MN'])}-{rng.randint(1000, 9999)}"),
        ("Vadītājs", rng.choice(["J. Bērziņš", "A. Kalniņš", "M. Ozola", "R. Liepa"])),
    ]
    m = sp
    ctx = dict(
        color=color, no=no, ldate=lv_date(d), vname=vname, vaddr=vaddr, reg=reg, vat=vat,
        bank=rng.choice(["AS „Swedbank“", "AS „SEB banka“", "AS „Citadele banka“"]), iban=iban_fmt(iban("LV", rng.choice(["HABA", "UNLA", "PARX"]) + digits(rng, 13))),
        bname=bname, baddr=baddr, bvat="4000" + digits(rng, 7), cust=f"{rng.randint(1000, 9999)}", trans=trans, head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total),
        pay=(f"Lūdzam apmaksāt rēķinu līdz {fd(due)}, norādot rēķina numuru." if due else term + "."),
        clerk=rng.choice(["I. Zariņa", "E. Krūmiņš", "L. Vītola"]),
    )
    notes = (
        "Jūrmala (Latvia) vegetable wholesaler's PREČU PAVADZĪME – RĒĶINS (waybill and invoice in one) in Latvian, in euros with spaces and a decimal comma ('1 234,50'), a transport block (loading and unloading place, delivery date, carrier, vehicle, driver), PVN 12 % on fresh vegetables and fruit and 21 % on frozen and pickled goods, crates and delivery, a 'PVN 12 % no …' line per rate: "
        "vendor = the 'Preču nosūtītājs / piegādātājs' box; vendor_tax_id = its 'PVN reģ. Nr.' (LV + 11 digits; the 'Reģ. Nr.' without LV, the buyer's PVN number, the IBAN are decoys). "
        "invoice_number = 'Nr.' in the title; invoice_date = 'Izrakstīšanas datums' (dd.mm.yyyy; the title's line repeats it in words, '2026. gada 12. martā'); the 'Piegādes datums', the contract 'Līgums Nr.', the customer code and the vehicle number are decoys. "
        + due_note(due, term, "Apmaksas termiņš")
        + po_note(po, "Pasūtījums Nr.")
        + "subtotal = 'Kopā bez PVN'; tax = 'PVN kopā'; total = 'Summa apmaksai, EUR'. Currency EUR. Line items: every row (net of PVN)."
    )
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), lv_date(d), no, vname, vat, "Summa apmaksai, EUR", fd(due) if due else None, fd(ship)]}
    return t, chk, (JU_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 04 Sfax medical supplies (TVA 7 % / 19 %, TND), Arabic RTL block, droit de timbre, words
SF_V = [
    ("Société Sfaxienne de Matériel Médical SARL", "الشركة الصفاقسية للمعدات الطبية", "Route de Tunis km 4, 3027 Sfax", "طريق تونس كلم 4، 3027 صفاقس", "#0f766e"),
    ("Pharma-Sud Distribution SA", "فارما الجنوب للتوزيع", "Avenue Habib Bourguiba 112, 3000 Sfax", "شارع الحبيب بورقيبة 112، 3000 صفاقس", "#1e40af"),
    ("Médi-Plus Sakiet Ezzit SARL", "ميدي بلوس ساقية الزيت", "Route de Teniour km 6, 3021 Sakiet Ezzit", "طريق تنيور كلم 6، 3021 ساقية الزيت", "#b91c1c"),
    ("Labo-Equip Sfax SUARL", "مخبر التجهيز صفاقس", "Rue Ali Belhouane 8, 3000 Sfax", "نهج علي بلهوان 8، 3000 صفاقس", "#6d28d9"),
]
SF_B = [
    ("Clinique Ennakhil", "Route El Ain km 1, 3042 Sfax"),
    ("Polyclinique Les Oliviers", "Avenue des Martyrs 21, 3000 Sfax"),
    ("Laboratoire d'analyses médicales Dr. Ben Salah", "Rue Mongi Slim 5, 3000 Sfax"),
    ("Cabinet dentaire Dr. Trabelsi", "Route de Gremda km 2, 3012 Sfax"),
]
SF_7 = [
    ("Gants d'examen nitrile, boîte de 100", "bte", 10, 120, D("12.500"), D("24.000")),
    ("Seringues 5 ml stériles, boîte de 100", "bte", 5, 60, D("18.000"), D("32.000")),
    ("Compresses stériles 10x10, paquet de 50", "paq", 10, 100, D("6.500"), D("12.800")),
    ("Bandelettes glycémie, boîte de 50", "bte", 5, 50, D("28.000"), D("46.000")),
    ("Solution hydroalcoolique 1 l", "fl", 12, 96, D("7.200"), D("13.500")),
    ("Masques chirurgicaux type IIR, boîte de 50", "bte", 10, 80, D("8.000"), D("15.000")),
]
SF_19 = [
    ("Chariot de soins inox 3 plateaux", "u", 1, 4, D("380.000"), D("950.000")),
    ("Armoire métallique 2 portes", "u", 1, 3, D("420.000"), D("780.000")),
    ("Papier A4 80 g, ramette", "ram", 10, 100, D("9.500"), D("14.000")),
    ("Installation et mise en service", "forf", 1, 1, D("80.000"), D("300.000")),
]
SF_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} .ar{direction:rtl;text-align:right;font-size:9pt} table.it{width:100%;margin-top:10px;border:1px solid #999} table.it th{font-size:7.4pt;background:{{ color }};color:#fff;padding:4px} table.it td{padding:3px 4px;font-size:8pt;border-top:1px solid #ddd} td.r{white-space:nowrap}
table.tot td{padding:2px 8px;font-size:8.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:50%;vertical-align:top"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>Tél. +216 74 {{ tel }} · RNE {{ rne }}<br>Matricule fiscal : {{ mf }}</div></td>
<td style="vertical-align:top" class="ar" dir="rtl"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname_ar }}</div><div>{{ vaddr_ar }}</div><div>المعرف الجبائي: <span dir="ltr">{{ mf }}</span></div></td></tr></table>
<div style="text-align:center;margin-top:8px;font-size:14pt;font-weight:bold;letter-spacing:1px">FACTURE <span dir="rtl">فاتورة</span></div>
<table style="width:100%;margin-top:8px;font-size:8.4pt"><tr><td style="width:50%;vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:34mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td>
<td style="vertical-align:top;border:1px solid #bbb;padding:5px"><div class="small">Client / الحريف</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">MF client : {{ bmf }} · Code client {{ cust }}</span></td></tr></table>
<table class="it"><tr><th style="text-align:left">Désignation</th><th>Unité</th><th>Qté</th><th>P.U. HT</th><th>TVA</th><th>Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;font-size:8pt;padding-right:10px"><table style="font-size:7.8pt;border:1px solid #bbb"><tr><th style="padding:2px 6px">Taux</th><th style="padding:2px 6px">Base HT</th><th style="padding:2px 6px">Montant TVA</th></tr>
{% for r in summary %}<tr><td class="r" style="padding:2px 6px">{{ r.r }} %</td><td class="r" style="padding:2px 6px">{{ r.b }}</td><td class="r" style="padding:2px 6px">{{ r.v }}</td></tr>{% endfor %}</table>
<p>Arrêtée la présente facture à la somme de : <b>{{ words }}</b>.</p><div class="small">{{ pay }}<br>RIB : {{ rib }} ({{ bank }})</div></td>
<td style="width:74mm;vertical-align:top"><table class="tot" style="width:100%"><tr><td>Total HT</td><td class="r">{{ net }}</td></tr><tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr><tr><td>Droit de timbre</td><td class="r">1,000</td></tr>
<tr style="font-weight:bold;font-size:10.4pt;background:#eee"><td>Total TTC (DT) <span dir="rtl">المجموع</span></td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<div class="small" style="margin-top:20px">Cachet et signature ______________ · Les marchandises voyagent aux risques et périls du destinataire.</div>
</body></html>"""


def _mf(rng):
    return f"{digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}/{rng.choice('AAPB')}/M/000"


@style("04", "tn_sfx_sfax_facture_tva_19_7_timbre")
def s04(rng, i):
    vname, vname_ar, vaddr, vaddr_ar, color = SF_V[i]
    bname, baddr = SF_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    items = lines(rng, SF_7, rng.randint(2, 5), D("0.01")) + lines(rng, SF_19, rng.randint(1, 2), D("0.01"))
    for x in items:
        x["rate"] = D(7) if any(x["desc"] == r[0] for r in SF_7) else D(19)
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    stamp = D("1.000")
    total = net + tax + stamp
    mf = _mf(rng)
    no = [f"FA{d.strftime('%y')}/{rng.randint(100, 9999):04d}", f"{d.year}-{rng.randint(1000, 9999)}", f"F {rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 2 else None
    term = None if due else "Paiement à réception de la facture"
    po = [f"BC {rng.randint(100, 999)}/{d.year}", None, f"BC-{rng.randint(1000, 9999)}", None][i]
    bl = f"BL-{rng.randint(10000, 99999)}"
    head = [("Facture N°", no), ("Date", fd(d))]
    if due:
        head.append(("Échéance", fd(due)))
    if po:
        head.append(("Bon de commande N°", po))
    head.append(("Bon de livraison N°", bl))
    dinars = int(total)
    mill = int((total - dinars) * 1000)
    words = f"{fr_words(dinars)} dinars" + (f" et {fr_words(mill)} millimes" if mill else "")
    words = words[0].upper() + words[1:]
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, vaddr_ar=vaddr_ar, tel=f"{rng.randint(200, 499)} {rng.randint(100, 999)}",
        rne=f"{digits(rng, 7)}{rng.choice('ABCDEFGH')}", mf=mf, head=head, bname=bname, baddr=baddr, bmf=_mf(rng), cust=f"CL{rng.randint(100, 999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": tnd(x["price"]), "r": str(x["rate"]), "a": tnd(x["amount"])} for x in items],
        summary=[{"r": str(r), "b": tnd(b), "v": tnd(v)} for r, b, v in summary], net=tnd(net), tax=tnd(tax), total=tnd(total), words=words,
        pay=(f"Paiement par virement ou chèque avant le {fd(due)}." if due else term + "."),
        rib=f"{rng.choice(['08', '10', '11', '25'])} {digits(rng, 3)} {digits(rng, 13)} {digits(rng, 2)}", bank=rng.choice(["BIAT Sfax", "STB Sfax Médina", "Attijari Bank Sfax", "BNA Sakiet Ezzit"]),
    )
    notes = (
        "Sfax (Tunisia) medical-supplies distributor's FACTURE in French with the seller's name, address and tax id repeated in an ARABIC right-to-left block, in dinars to the millime with spaces ('1 234,560'), TVA 7 % on medical consumables and 19 % on furniture, paper and installation, a summary per rate, the fixed STAMP DUTY 'Droit de timbre 1,000' between the TVA and the total, and the total in French words ('Arrêtée la présente facture à la somme de …'): "
        "vendor = the French name at the top (the Arabic name beside it is the same firm); vendor_tax_id = 'Matricule fiscal' (7 digits, a key letter, '/A/M/000' or similar; the RNE number, the client's MF and the RIB are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date' (dd/mm/yyyy); the delivery note 'Bon de livraison N°' and the client code are decoys. "
        + due_note(due, term, "Échéance")
        + po_note(po, "Bon de commande N°")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = 'Total TTC (DT)' (= Total HT + Total TVA + the 1,000 stamp duty). Currency TND. Line items: every row (HT)."
    )
    t = truth(vname, mf, no, po, d, due, "TND", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, mf, "Droit de timbre", fd(due) if due else None, bl, words], "total_adjustment": "1.00"}
    return t, chk, (SF_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Lviv coffee and chocolate (ПДВ 20 %, UAH), bank block at the top, contract, order, power of attorney
LV_V = [
    ("ТОВ «Львівська кавова мануфактура»", "79008, м. Львів, пл. Ринок, буд. 10", "305299", "АТ КБ «ПриватБанк»"),
    ("ТОВ «Галицька шоколадна майстерня»", "79000, м. Львів, вул. Сербська, буд. 3", "325365", "АТ «Кредобанк»"),
    ("ТОВ «Кава з Личакова»", "79010, м. Львів, вул. Личаківська, буд. 54", "300528", "АТ «ОТП Банк»"),
    ("ПП «Винниківські солодощі»", "79495, м. Винники, вул. Галицька, буд. 21", "380805", "АТ «Райффайзен Банк»"),
]
LV_B = [
    ("ТОВ «Ресторан Бачевських»", "м. Львів, вул. Шевська, 8", "UA"),
    ("ФОП Гнатюк Оксана Петрівна", "м. Львів, просп. Свободи, 27", None),
    ("ТОВ «Готель Жорж»", "м. Львів, пл. Міцкевича, 1", "UA"),
    ("ТОВ «Сільпо-Фуд», філія Львів", "м. Львів, вул. Стрийська, 30", "UA"),
]
LV_ROWS = [
    ("Кава в зернах «Арабіка Бразилія», 1 кг", "кг", 5, 60, 420, 780),
    ("Кава мелена «Львівська», 250 г", "уп", 10, 200, 95, 185),
    ("Шоколад чорний 72 %, 100 г", "шт", 20, 300, 38, 79),
    ("Цукерки ручної роботи, набір 12 шт", "шт", 10, 120, 150, 420),
    ("Какао-порошок, 1 кг", "кг", 2, 20, 260, 480),
    ("Сироп для кави «Карамель», 1 л", "пл", 6, 48, 145, 260),
    ("Марципан, 200 г", "шт", 10, 100, 65, 130),
    ("Стаканчики паперові 250 мл, уп. 50 шт", "уп", 5, 60, 48, 96),
]
LV_HTML = """<html lang="uk"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px;border:1px solid #444} table.it th{font-size:7.4pt;border:1px solid #444;padding:3px;background:#f0f0f0} table.it td{padding:3px;font-size:8pt;border:1px solid #999} td.r{white-space:nowrap}
table.hd td{padding:2px 4px;font-size:8pt;vertical-align:top}
</style></head><body>
<table class="hd" style="width:100%;border-bottom:1px solid #444"><tr><td style="width:28mm" class="small">Постачальник:</td><td><b>{{ vname }}</b><br>{{ vaddr }}<br>п/р {{ iban }} у {{ bank }}, МФО {{ mfo }}<br>код за ЄДРПОУ {{ edr }}, ІПН {{ ipn }}, тел. +380 32 {{ tel }}<br><span class="small">Платник податку на прибуток на загальних підставах</span></td></tr>
<tr><td class="small">Покупець:</td><td><b>{{ bname }}</b><br>{{ baddr }}{% if bedr %}<br>код за ЄДРПОУ {{ bedr }}{% endif %}</td></tr>
<tr><td class="small">Договір:</td><td>№ {{ contract }} від {{ cdate }}</td></tr>
{% if po %}<tr><td class="small">Замовлення:</td><td>№ {{ po }} від {{ podate }}</td></tr>{% endif %}</table>
<div style="text-align:center;margin-top:10px;font-size:13pt;font-weight:bold">Видаткова накладна № {{ no }}</div>
<div style="text-align:center;font-size:9pt">від {{ ldate }}</div>
<table class="it"><tr><th>№</th><th>Товар</th><th>Од.</th><th>Кількість</th><th>Ціна без ПДВ</th><th>Сума без ПДВ</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:6px;font-size:9pt"><tr><td style="padding:2px 10px" class="r">Разом без ПДВ:</td><td class="r">{{ net }}</td></tr><tr><td style="padding:2px 10px" class="r">ПДВ:</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td style="padding:2px 10px" class="r">Всього з ПДВ:</td><td class="r">{{ total }}</td></tr></table>
<div style="margin-top:8px;font-size:8.4pt">Всього найменувань {{ n }}, на суму {{ total }} грн.<br>У т.ч. ПДВ: {{ tax }} грн.</div>
<div style="margin-top:6px;font-size:8pt">{{ pay }}</div>
<table style="width:100%;margin-top:26px;font-size:8pt"><tr><td style="width:50%">Від постачальника*<br><br>______________ {{ clerk }}</td><td>Отримав(ла)<br><br>______________<br><span class="small">За довіреністю № {{ dov }} від {{ dovd }}</span></td></tr></table>
<div class="small" style="margin-top:10px">* Відповідальний за здійснення господарської операції і правильність її оформлення</div>
</body></html>"""


@style("05", "ua_lv_lviv_vydatkova_nakladna_pdv_20")
def s05(rng, i):
    vname, vaddr, mfo, bank = LV_V[i]
    bname, baddr, bkind = LV_B[i]
    d = rand_date(rng)
    items = lines(rng, LV_ROWS, rng.randint(3, 6), D("0.10"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    edr = valid_id(rng, 8, edrpou.is_valid)
    ipn = edr[:7] + digits(rng, 5)
    no = [f"ЛК-{rng.randint(1, 9999):06d}", f"{rng.randint(100, 999)}", f"РН-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%m')}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([5, 10, 14, 30])) if i in (0, 2) else None
    term = None if due else "Оплата згідно з договором"
    po = [f"{rng.randint(100, 999)}", None, f"З-{rng.randint(1000, 9999)}", None][i]
    ctx = dict(
        vname=vname, vaddr=vaddr, iban=iban("UA", mfo + "0000026" + digits(rng, 12)), bank=bank, mfo=mfo, edr=edr, ipn=ipn,
        tel=f"{rng.randint(200, 299)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", bname=bname, baddr=baddr, bedr=digits(rng, 8, True) if bkind else None,
        contract=f"{rng.randint(1, 99)}/{d.year - 1}-П", cdate=fd(d - dt.timedelta(days=rng.randint(90, 400))), po=po,
        podate=fd(d - dt.timedelta(days=rng.randint(1, 6))), no=no, ldate=uk_date(d),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        net=sp(net), tax=sp(tax), total=sp(total), n=len(items),
        pay=(f"Оплатити до {fd(due)}." if due else term + "."),
        clerk=rng.choice(["Іваненко О.М.", "Коваль Н.Р.", "Мельник Т.В.", "Бойко А.С."]), dov=f"{rng.randint(10, 250)}",
        dovd=fd(d - dt.timedelta(days=rng.randint(0, 10))),
    )
    notes = (
        "Lviv (Ukraine) coffee and chocolate maker's ВИДАТКОВА НАКЛАДНА (delivery invoice) in Ukrainian, in hryvnias with spaces and a decimal comma ('1 234,50'), the bank block at the TOP ('Постачальник:' with IBAN, bank and МФО, ЄДРПОУ and ІПН), then 'Покупець:', 'Договір:' and (on two) 'Замовлення:', ПДВ 20 % on the whole: "
        "vendor = the 'Постачальник:' name; vendor_tax_id = its 'ІПН' (the 12-digit VAT payer number; the 8-digit 'код за ЄДРПОУ', the МФО, the IBAN and the buyer's ЄДРПОУ are decoys). "
        "invoice_number = '№' in the title 'Видаткова накладна № …'; invoice_date = the title's 'від' date (Ukrainian words, '12 березня 2026 р.'); the contract number and date, the order date and the power of attorney 'За довіреністю № … від …' are decoys. "
        + due_note(due, term, "Оплатити до")
        + po_note(po, "Замовлення: №")
        + "subtotal = 'Разом без ПДВ:'; tax = 'ПДВ:' (repeated 'У т.ч. ПДВ'); total = 'Всього з ПДВ:' (repeated in 'на суму … грн.'). Currency UAH. Line items: every row (net of ПДВ)."
    )
    t = truth(vname, ipn, no, po, d, due, "UAH", net, tax, total, items, notes)
    chk = {"printed": [uk_date(d), no, vname, ipn, "Всього з ПДВ:", fd(due) if due else None, edr]}
    return t, chk, (LV_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)
