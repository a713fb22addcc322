"""Chromium (HTML) styles for set 56, first part (01 Ashkelon חשבונית מס in Hebrew, right to left, a RIGHT SIDEBAR with
the facts as LABEL ABOVE the value and a FULLY RULED table, מע"מ 18 %, shekels, an advance deducted on one; 02 Nador
bilingual French / Arabic FACTURE, the facts as LABEL : value BESIDE each other, TVA 20 / 10 / 14 %, dirhams, a
REMISE on two and the total in WORDS; 03 Yanbu bilingual English / Arabic SIMPLIFIED TAX INVOICE on an 80 mm TILL
ROLL, VAT 15 % included in the prices, riyals)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, rand_iban
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import fr_words
from stdnum.il import hp
from stdnum.ma import ice

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Ashkelon (מע"מ 18, ILS), RTL, right sidebar, fully ruled
AK_V = [
    ("אשקלון מערכות מיזוג בע\"מ", "רח' הנפח 9, אזור התעשייה הצפוני, אשקלון", "#0e7490"),
    ("דגי חוף אשקלון בע\"מ", "רח' הדייגים 4, מרינה אשקלון", "#1e3a8a"),
    ("ברנע הנדסה ובנייה בע\"מ", "שד' בן גוריון 120, אשקלון", "#9a3412"),
    ("מרכז ההדפסה אפרידר בע\"מ", "מרכז אפרידר, חנות 17, אשקלון", "#4d7c0f"),
]
AK_B = ["המרכז הרפואי ברזילי", "מסעדת החוף הכחול בע\"מ", "עיריית אשקלון – אגף הנדסה", "המכללה האקדמית אשקלון"]
AK_ROWS = [
    [("מזגן עילי 1.5 כ\"ס כולל התקנה", "יח'", 1, 12, 2400, 3900), ("מפוח נחשון VRF", "יח'", 1, 4, 9800, 18500), ("שירות תחזוקה שנתי", "חוזה", 1, 1, 3200, 8800), ("צנרת נחושת 3/8", "מטר", 10, 120, 38, 75)],
    [("דג לברק טרי", "ק\"ג", 5, 60, 68, 110), ("דניס טרי", "ק\"ג", 5, 60, 62, 98), ("פילה סלמון", "ק\"ג", 2, 30, 95, 149), ("שרימפס קפוא", "ק\"ג", 2, 25, 78, 130)],
    [("יציקת בטון ב-30", "מ\"ק", 5, 80, 390, 520), ("ברזל זיון", "טון", 1, 12, 3600, 4800), ("עבודת צוות שלד, יום", "יום", 1, 20, 3800, 6200), ("פיגום ממוכן, שבוע", "שבוע", 1, 6, 1400, 2600)],
    [("הדפסת ספרונים A5, 24 עמ'", "יח'", 100, 2000, 4, 11), ("כרזת רול-אפ", "יח'", 1, 10, 280, 490), ("כרטיסי ביקור, 500 יח'", "חבילה", 1, 20, 120, 260), ("עיצוב גרפי, שעה", "שעה", 1, 15, 180, 320)],
]
AK_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .num{direction:ltr;unicode-bidi:embed;white-space:nowrap} .l{font-size:7.2pt;color:#e0f2fe;margin-top:9px} .v{font-size:9.6pt;font-weight:bold;color:#fff}
.side{background:{{ color }};color:#fff;width:52mm;vertical-align:top;padding:12mm 6mm} .main{vertical-align:top;padding:12mm 10mm}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th,table.it td{border:1px solid #64748b;padding:4px 5px;font-size:8.6pt;text-align:right} table.it th{background:#f1f5f9;font-size:7.8pt}
table.it td.n{text-align:left}
</style></head><body><table style="width:100%;height:297mm;border-collapse:collapse"><tr>
<td class="side"><div style="font-size:17pt;font-weight:bold">{{ title }}</div><div style="font-size:8pt">{{ copy }}</div>
<div class="l">מספר חשבונית</div><div class="v">{{ no }}</div>
<div class="l">תאריך הפקה</div><div class="v">{{ d }}</div>
<div class="l">תאריך אספקה</div><div class="v">{{ ds }}</div>
{% if due %}<div class="l">תאריך פירעון</div><div class="v">{{ due }}</div>{% else %}<div class="l">תנאי תשלום</div><div class="v">{{ term }}</div>{% endif %}
{% if po %}<div class="l">מס' הזמנה</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">תעודת משלוח</div><div class="v">{{ dn }}</div>
<div class="l">מספר הקצאה</div><div class="v">{{ alloc }}</div>
<div class="l">ח.פ. לקוח</div><div class="v">{{ bhp }}</div>
<div style="margin-top:26px;font-size:7.6pt;line-height:1.5">פרטי העברה:<br>בנק {{ bank }}<br>סניף {{ branch }} חשבון {{ acct }}<br><span class="num">IBAN {{ ibanv }}</span></div></td>
<td class="main"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>טל' 08-{{ tel }} · עוסק מורשה / ח.פ. {{ vid }}</div>
<div style="margin-top:16px;border-top:2px solid {{ color }};padding-top:6px"><span style="color:#64748b">לכבוד:</span> <b>{{ bname }}</b>, {{ bcity }}</div>
<table class="it"><tr><th>מס'</th><th>תיאור הפריט</th><th>יחידה</th><th>כמות</th><th>מחיר יחידה ₪</th><th>סה"כ ₪</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n"><span class="num">{{ it.q }}</span></td><td class="n"><span class="num">{{ it.p }}</span></td><td class="n"><span class="num">{{ it.a }}</span></td></tr>{% endfor %}</table>
<table class="it" style="width:62%;margin-right:auto;margin-left:0">
<tr><td>סה"כ חייב במע"מ</td><td class="n"><span class="num">{{ net }} ₪</span></td></tr>
<tr><td>מע"מ 18%</td><td class="n"><span class="num">{{ tax }} ₪</span></td></tr>
<tr style="font-weight:bold;font-size:11pt;background:#f1f5f9"><td>סה"כ כולל מע"מ</td><td class="n"><span class="num">{{ total }} ₪</span></td></tr>
{% if adv %}<tr><td>ניכוי מקדמה (קבלה {{ adv_ref }})</td><td class="n"><span class="num">-{{ adv }} ₪</span></td></tr><tr style="font-weight:bold"><td>יתרה לתשלום</td><td class="n"><span class="num">{{ bal }} ₪</span></td></tr>{% endif %}</table>
<div style="margin-top:20px;font-size:8pt;color:#475569">{{ pay }}</div>
<div style="margin-top:40px;font-size:7.4pt;color:#64748b">מסמך ממוחשב · הופק ע"י {{ soft }} · עמוד 1 מתוך 1</div></td></tr></table>
</body></html>"""


@style("01", "il_ash_ashkelon_heshbonit_mas_18_rtl_sidebar_right_ruled")
def s01(rng, i):
    vname, vaddr, color = AK_V[i]
    d = rand_date(rng)
    items = lines(rng, AK_ROWS[i], [3, 4, 3, 4][i], D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    adv = q2(total * D(rng.choice(["0.2", "0.3", "0.4"]))) if i == 2 else None
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bhp = valid(rng, lambda: "5" + digits(rng, 8), hp.is_valid)
    no = [f"{rng.randint(20000, 29999)}", f"{d.year % 100}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 199999)}", f"{rng.randint(40000, 49999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 2) else None
    term = ["", "שוטף + 60", "", "מזומן במעמד ההזמנה"][i]
    po = [f"{rng.randint(4500000, 4599999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    ctx = dict(
        color=color, title="חשבונית מס", copy=rng.choice(["מקור", "העתק"]), no=no, d=fd(d), ds=fd(d - dt.timedelta(days=rng.randint(0, 5))), due=fd(due) if due else None, term=term, po=po,
        dn=f"{rng.randint(3000, 3999)}", alloc=digits(rng, 9, True), bhp=bhp, bank=rng.choice(["הפועלים", "לאומי", "דיסקונט"]), branch=rng.randint(600, 799), acct=digits(rng, 7, True),
        ibanv=group4(rand_iban(rng, "IL", 19, "0")), vname=vname, vaddr=vaddr, tel=f"{rng.randint(660, 679)}-{digits(rng, 4)}", vid=vid, bname=AK_B[i], bcity=rng.choice(["אשקלון", "שדרות", "קריית גת"]),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), adv=en(adv) if adv else None, adv_ref=f"{rng.randint(500, 999)}", bal=en(total - adv) if adv else None,
        pay="התשלום בהעברה בנקאית עד תאריך הפירעון. נא לציין את מספר החשבונית." if due else f"תנאי תשלום: {term}.", soft=rng.choice(["חשבשבת", "פריוריטי", "EZcount"]),
    )
    notes = (
        "Ashkelon (Israel) חשבונית מס in Hebrew, RIGHT TO LEFT, a coloured RIGHT SIDEBAR with the facts as LABEL ABOVE the value, a FULLY RULED item table and a ruled totals box, מע\"מ 18 %, '1,234.56 ₪'"
        + (", an ADVANCE deducted below the total ('ניכוי מקדמה', 'יתרה לתשלום')" if adv else "") + ": "
        "vendor = the name at the top of the main column; vendor_tax_id = 'עוסק מורשה / ח.פ.' under the address (9 digits; the 'ח.פ. לקוח' in the sidebar, the allocation number 'מספר הקצאה', the delivery note and the bank account and IBAN are decoys). "
        "invoice_number = 'מספר חשבונית'; invoice_date = 'תאריך הפקה' (the 'תאריך אספקה' is a decoy). "
        + due_note(due, term, "תאריך פירעון")
        + po_note(po, "מס' הזמנה")
        + "subtotal = 'סה\"כ חייב במע\"מ'; tax = 'מע\"מ 18%'; total = 'סה\"כ כולל מע\"מ'" + (" (before the advance; the balance is a decoy)" if adv else "") + ". Currency ILS ('₪'). Line items: every row, net."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, ctx["ds"], fd(due) if due else None, bhp, ctx["bal"]]}
    return t, chk, (AK_HTML.replace("@@BASE@@", css(margin="0", fs="8.8pt")), ctx)


# =========================================================================== 02 Nador (TVA 20/10/14, MAD), labels beside, remise, words
ND_V = [
    ("STE RIF AGRO DISTRIBUTION SARL", "شركة الريف للتوزيع الفلاحي ش.م.م", "Zone industrielle Selouane, Nador", "#166534"),
    ("MARCHICA BTP SARL AU", "مارتشيكا للأشغال ش.م.م", "Boulevard Mohammed V, Nador", "#92400e"),
    ("NADOR INFO SERVICES SARL", "الناظور للخدمات المعلوماتية ش.م.م", "Avenue des FAR, Nador", "#1d4ed8"),
    ("TRANSPORTS BENI ANSAR SARL", "نقليات بني انصار ش.م.م", "Port de Beni Ansar, Nador", "#7f1d1d"),
]
ND_B = ["Hôtel Mercure Rif Nador", "Commune de Zeghanghane", "Lycée Taha Hussein, Nador", "Nador West Med SA"]
ND_ROWS = [
    [("Huile d'olive extra vierge 5 L", "bidon", 5, 80, 240, 390, 10), ("Farine de blé tendre 25 kg", "sac", 10, 200, 120, 190, 20), ("Sucre en morceaux 1 kg", "paquet", 20, 300, 8, 14, 20), ("Thé vert 250 g", "paquet", 20, 200, 12, 28, 20)],
    [("Béton B25 prêt à l'emploi", "m³", 5, 80, 720, 980, 20), ("Fer à béton HA 12", "kg", 200, 4000, 9, 14, 20), ("Main d'œuvre maçonnerie, jour", "jour", 2, 40, 250, 450, 20), ("Location bétonnière, jour", "jour", 1, 15, 150, 300, 20)],
    [("Ordinateur portable Core i5", "unité", 1, 20, 6500, 9900, 20), ("Imprimante laser réseau", "unité", 1, 6, 1900, 4200, 20), ("Installation et paramétrage, heure", "heure", 2, 30, 180, 350, 20), ("Câble réseau Cat 6, 305 m", "carton", 1, 6, 850, 1400, 20)],
    [("Transport conteneur 20' Nador–Fès", "voyage", 1, 10, 4200, 6800, 14), ("Transport conteneur 40' Nador–Oujda", "voyage", 1, 10, 3800, 5900, 14), ("Manutention portuaire", "conteneur", 1, 12, 650, 1200, 20), ("Frais de dossier", "forfait", 1, 1, 150, 400, 20)],
]
ND_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.ar{direction:rtl;unicode-bidi:embed} .lab{color:#555;padding:2px 8px 2px 0;white-space:nowrap} .box{border:1px solid {{ color }};padding:6px 8px}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{background:{{ color }};color:#fff;font-size:7.8pt;padding:4px;border:1px solid {{ color }}} table.it td{border:1px solid #9ca3af;padding:4px;font-size:8.6pt}
.r{text-align:right;white-space:nowrap} table.tt td{padding:3px 8px;border:1px solid #9ca3af} table.tt{border-collapse:collapse}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="ar" style="font-size:12pt;text-align:left">{{ vname_ar }}</div><div>{{ vaddr }} – Maroc</div><div>Tél. : 0536 {{ tel }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:22pt;font-weight:bold;color:{{ color }}">FACTURE</div><div class="ar" style="font-size:14pt">فاتورة</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:52%;vertical-align:top"><table>
<tr><td class="lab">Facture N° :</td><td><b>{{ no }}</b></td></tr>
<tr><td class="lab">Date :</td><td><b>{{ d }}</b></td></tr>
<tr><td class="lab">Bon de livraison :</td><td>{{ bl }} du {{ bld }}</td></tr>
{% if po %}<tr><td class="lab">Bon de commande N° :</td><td>{{ po }}</td></tr>{% endif %}
{% if due %}<tr><td class="lab">Date d'échéance :</td><td><b>{{ due }}</b></td></tr>{% endif %}
<tr><td class="lab">Mode de paiement :</td><td>{{ mode }}</td></tr></table></td>
<td style="vertical-align:top"><div class="box"><div style="color:#555;font-size:7.6pt">Client / الزبون</div><b>{{ bname }}</b><br>{{ bcity }}<br>ICE client : {{ bice }}</div></td></tr></table>
<table class="it"><tr><th>Réf.</th><th>Désignation</th><th>Unité</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.ref }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top;padding-right:14px;font-size:8.6pt">Arrêtée la présente facture à la somme de :<br><b>{{ words_html|safe }}</b></td>
<td style="width:44%;vertical-align:top"><table class="tt" style="width:100%">
{% if disc %}<tr><td>Total brut HT</td><td class="r">{{ gross }}</td></tr><tr><td>Remise {{ pct }} %</td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr><td>Total HT</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td>TVA {{ r.r }} % sur {{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt;background:#f3f4f6"><td>Total TTC (DH)</td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<div style="position:absolute;bottom:0;left:0;right:0;border-top:2px solid {{ color }};padding-top:5px;font-size:7.4pt;color:#374151;text-align:center">
{{ vname }} – Capital : {{ cap }} DH – RC Nador n° {{ rc }} – IF : {{ if_ }} – Patente (TP) : {{ tp }} – CNSS : {{ cnss }}<br>
ICE : {{ vid }} – RIB : {{ rib }} – {{ bank }}, agence Nador</div>
</body></html>"""


@style("02", "ma_ndr_nador_facture_tva_20_10_14_labels_beside_remise_words")
def s02(rng, i):
    vname, vname_ar, vaddr, color = ND_V[i]
    d = rand_date(rng)
    items = lines(rng, ND_ROWS[i], [4, 3, 4, 3][i], D("0.01"))
    pct = [None, 3, None, 5][i]
    for x in items:
        x["rate"] = x["extra"]
        # the remise is taken off every row's base pro rata in the tax summary (each rate's base after the remise)
        x["base"] = q2(x["amount"] * (100 - pct) / 100) if pct else x["amount"]
    gross = sum(x["amount"] for x in items)
    disc = gross - sum(x["base"] for x in items)
    rates = by_rate(items, amount="base")
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    bice = valid(rng, lambda: "00" + digits(rng, 13), ice.is_valid)
    no = [f"F{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1, 250):03d}/{d.year}", f"FA{d.strftime('%y')}{rng.randint(1000, 9999)}", f"TBA/{rng.randint(1000, 9999)}/{d.strftime('%y')}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 0 else None
    po = [None, f"BC-{rng.randint(10, 99)}/{d.year}", f"{rng.randint(1000, 9999)}", f"NWM-PO-{rng.randint(10000, 99999)}"][i]
    dh, cts = divmod(int(total * 100), 100)
    words = fr_words(dh) + " dirhams" + (f" et {fr_words(cts)} centimes" if cts else "") + " TTC"
    words = words[0].upper() + words[1:]
    rib = f"{rng.choice(['007', '011', '145', '190'])} 320 {digits(rng, 16)} {digits(rng, 2)}"
    ctx = dict(
        color=color, vname=vname, vname_ar=vname_ar, vaddr=vaddr, tel=f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", no=no, d=fd(d), bl=f"BL {rng.randint(1000, 9999)}", bld=fd(d - dt.timedelta(days=rng.randint(0, 6))),
        po=po, due=fd(due) if due else None, mode="Espèces – payée" if not due else rng.choice(["Virement bancaire", "Chèque", "Effet à 60 jours"]), bname=ND_B[i], bcity=rng.choice(["Nador", "Zeghanghane", "Selouane", "Beni Ansar"]), bice=bice,
        items=[{"ref": f"{rng.randint(100, 999)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        words=words, words_html=" ".join(f'<span style="white-space:nowrap">{w}</span>' if "-" in w else w for w in words.split()), disc=sp(disc) if pct else None, gross=sp(gross), pct=pct, net=sp(net), rates=[{"r": r, "b": sp(b), "t": sp(t)} for r, b, t in rates], tax=sp(tax), total=sp(total),
        cap=sp(D(rng.choice([100000, 500000, 1000000])), 0), rc=rng.randint(1000, 29999), if_=digits(rng, 8, True), tp=digits(rng, 8, True), cnss=digits(rng, 7, True), vid=vid, rib=rib,
        bank=rng.choice(["Attijariwafa bank", "Banque Populaire", "BMCE Bank of Africa", "CIH Bank"]),
    )
    notes = (
        "Nador (Morocco) FACTURE in French with the company name and the title also in Arabic, the facts as LABEL : value BESIDE each other, a fully ruled item table, TVA "
        + " / ".join(f"{r} %" for r, _, _ in rates) + ", '1 234,56' dirhams, the total in WORDS at the left of the totals"
        + (f", a REMISE {pct} % between 'Total brut HT' and 'Total HT'" if pct else "") + ": "
        "vendor = the name at the top left (the Arabic name under it is the same company); vendor_tax_id = 'ICE' in the footer (15 digits; the 'ICE client', the IF, RC, Patente, CNSS and the RIB are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date' (the delivery note's date is a decoy). "
        + due_note(due, "Espèces – payée", "Date d'échéance")
        + po_note(po, "Bon de commande N°")
        + "subtotal = 'Total HT' (after any remise); tax = 'Total TVA'; total = 'Total TTC (DH)'. Currency MAD ('DH'). Line items: every row, HT before the remise."
    )
    t = truth(vname, vid, no, po, d, due, "MAD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total TTC (DH)", fd(due) if due else None, bice, words, ctx["bld"]], "line_adjustment": str(-disc)}
    return t, chk, (ND_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.8pt")), ctx)


# =========================================================================== 03 Yanbu (VAT 15 incl., SAR), 80 mm till roll
YB_V = [
    ("Yanbu Corniche Café", "مقهى كورنيش ينبع", "Al Corniche Road, Yanbu Al Bahr", "مؤسسة أمواج ينبع للتجارة", "Amwaj Yanbu Trading Est."),
    ("Al Sumairi Hardware", "محلات الصميري للأدوات", "King Abdulaziz Road, Yanbu", "شركة الصميري للأدوات المحدودة", "Al Sumairi Tools Co. Ltd"),
    ("Radwa Bakery", "مخبز رضوى", "Al Suwaiq District, Yanbu", "مؤسسة رضوى للمخبوزات", "Radwa Bakeries Est."),
    ("Royal Commission Pharmacy Yanbu", "صيدلية ينبع الصناعية", "Yanbu Industrial City", "شركة الدواء الصناعية", "Industrial Dawa Co."),
]
YB_ROWS = [
    [("Arabic coffee, pot", "pc", 1, 4, 18, 45), ("Cappuccino", "pc", 1, 4, 14, 22), ("Date cake slice", "pc", 1, 4, 12, 24), ("Mineral water", "pc", 1, 6, 2, 5), ("Club sandwich", "pc", 1, 3, 22, 38)],
    [("Drill bit set HSS", "pc", 1, 3, 39, 120), ("PVC pipe 1in x 4m", "pc", 1, 12, 14, 32), ("Paint 4L white", "pc", 1, 6, 55, 140), ("Padlock 50mm", "pc", 1, 4, 19, 65), ("Silicone sealant", "pc", 1, 10, 9, 24)],
    [("Samoli bread x6", "pc", 1, 6, 3, 7), ("Tamees bread", "pc", 1, 10, 1, 3), ("Maamoul box", "pc", 1, 3, 25, 60), ("Croissant zaatar", "pc", 1, 8, 3, 7), ("Kaak sesame", "pc", 1, 6, 4, 9)],
    [("Paracetamol 500mg x24", "pc", 1, 3, 6, 14), ("Vitamin D3 1000 IU", "pc", 1, 2, 35, 78), ("Sunscreen SPF50", "pc", 1, 2, 45, 110), ("Hand sanitizer 500ml", "pc", 1, 4, 12, 29), ("Baby diapers pack", "pc", 1, 3, 39, 85)],
]
YB_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
body{width:72mm;margin:0 auto} .c{text-align:center} .ar{direction:rtl;unicode-bidi:embed} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:5px 0}
table{width:100%;border-collapse:collapse} td{padding:1px 0;font-size:8pt}
</style></head><body>
<div class="c" style="font-size:11pt;font-weight:bold">{{ shop }}</div><div class="c ar" style="font-size:10pt">{{ shop_ar }}</div>
<div class="c">{{ legal }}</div><div class="c ar">{{ legal_ar }}</div><div class="c">{{ addr }}</div>
<div class="c">VAT No. / الرقم الضريبي: {{ vid }}</div><div class="c">C.R. / س.ت: {{ cr }}</div>
<hr><div class="c" style="font-weight:bold">{{ title }}</div><div class="c ar" style="font-weight:bold">{{ title_ar }}</div><hr>
<table><tr><td>Invoice No. / رقم الفاتورة</td><td class="r">{{ no }}</td></tr><tr><td>Date / التاريخ</td><td class="r">{{ d }} {{ tm }}</td></tr>
<tr><td>Cashier / الكاشير</td><td class="r">{{ cashier }}</td></tr>{% if buyer %}<tr><td>Customer</td><td class="r">{{ buyer }}</td></tr><tr><td>Customer VAT</td><td class="r">{{ bvat }}</td></tr>{% endif %}</table><hr>
<table><tr><td><b>Item</b></td><td class="r"><b>Qty</b></td><td class="r"><b>Price</b></td><td class="r"><b>Total</b></td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Total excl. VAT<br><span class="ar">الإجمالي غير شامل الضريبة</span></td><td class="r">{{ net }}</td></tr>
<tr><td>VAT 15%<br><span class="ar">ضريبة القيمة المضافة</span></td><td class="r">{{ tax }}</td></tr>
<tr style="font-size:11pt;font-weight:bold"><td>TOTAL SAR<br><span class="ar" style="font-size:8pt">الإجمالي شامل الضريبة</span></td><td class="r">{{ total }}</td></tr></table><hr>
<table><tr><td>{{ paid_l }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Change / الباقي</td><td class="r">{{ change }}</td></tr>{% endif %}</table>
<div class="c" style="margin-top:6px">{{ qr|safe }}</div>
<div class="c" style="font-size:7pt">Prices include VAT · الأسعار شاملة الضريبة<br>Exchange within 7 days with receipt<br>شكراً لزيارتكم</div>
</body></html>"""


@style("03", "sa_ynb_yanbu_simplified_tax_invoice_vat_15_till_80mm")
def s03(rng, i):
    shop, shop_ar, addr, legal_ar, legal = YB_V[i]
    d = rand_date(rng)
    items = lines(rng, YB_ROWS[i], [4, 3, 5, 3][i], D("0.25"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 15 / 115)
    net = total - tax
    vid = "3" + digits(rng, 13) + "3"
    bvat = "3" + digits(rng, 13) + "3"
    cr = f"46{digits(rng, 8)}"
    no = [f"{rng.randint(100000, 999999)}", f"INV-{d.strftime('%y%m%d')}-{rng.randint(10, 99)}", f"R{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d-%m-%Y")][i]
    buyer = i == 1
    title = "TAX INVOICE" if buyer else "SIMPLIFIED TAX INVOICE"
    title_ar = "فاتورة ضريبية" if buyer else "فاتورة ضريبية مبسطة"
    cash = i in (0, 2)
    paid = (q2(total / 10 + 1).to_integral_value() * 10) if cash else total
    ctx = dict(
        shop=shop, shop_ar=shop_ar, legal=legal, legal_ar=legal_ar, addr=addr, vid=vid, cr=cr, title=title, title_ar=title_ar, no=no, d=fd(d), tm=f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
        cashier=rng.choice(["Ahmed", "Faisal", "Omar", "Khalid"]), buyer="Yanbu Marine Services Co." if buyer else None, bvat=bvat,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), paid_l="Cash / نقداً" if cash else "mada / مدى", paid=en(paid), change=en(paid - total) if cash else None, qr=qr_svg(rng, 30),
    )
    notes = (
        f"Yanbu (Saudi Arabia) {title} / {title_ar} on an 80 mm TILL ROLL, English with Arabic, prices INCLUDING VAT 15 %, '1,234.56' SAR: "
        "vendor = the legal name under the shop's trading name (the trading name at the top is the shop's sign); vendor_tax_id = 'VAT No.' (15 digits from 3 to 3; the C.R. number"
        + (" and the 'Customer VAT'" if buyer else "") + " are decoys). invoice_number = 'Invoice No.'; invoice_date = 'Date' (time beside it). No due date (paid at the till: null). No PO. "
        "subtotal = 'Total excl. VAT'; tax = 'VAT 15%'; total = 'TOTAL SAR'" + (" (the cash tendered and the change are decoys)" if cash else "") + ". Currency SAR. Line items: every row, VAT-inclusive (they sum to the total)."
    )
    t = truth(legal, vid, no, None, d, None, "SAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, legal, vid, "TOTAL SAR", bvat if buyer else None, ctx["change"]]}
    return t, chk, (YB_HTML.replace("@@BASE@@", css(size="80mm 297mm", margin="4mm", font="'DejaVu Sans Mono',monospace", fs="8pt")), ctx)
