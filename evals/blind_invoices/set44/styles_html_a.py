"""Chromium (HTML) styles for set 44, first part (01 Sousse supplier's FACTURE in French with a table WITHOUT RULES,
the totals at the LEFT, TVA 19 % / 7 %, a timbre fiscal of 1,000 dinar added to the total and dinars to three decimals,
02 Riyadh shop's simplified tax invoice in Arabic and English on an 80 mm ROLL with VAT 15 % inside the prices,
03 Maputo professional's FACTURA written as a LETTER in Portuguese, IVA 16 % in running text and an adiantamento
below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, fr_date, lines, po_note, pt_date, qr_svg, rib_key, truth
from stdnum.mz import nuit
from stdnum.tn import mf

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Sousse (TVA 19 % / 7 %, TND), no rules, totals at the left
SS_V = [
    ("Sahel Emballage SARL", "Zone industrielle Sidi Abdelhamid, 4061 Sousse", "#0f766e"),
    ("Huilerie Sousse Nord SA", "Route de Hammam Sousse Km 3, 4011 Hammam Sousse", "#4d7c0f"),
    ("Imprimerie Boujaafar SARL", "12, avenue Léopold Senghor, 4000 Sousse", "#9a3412"),
    ("Sousse Informatique & Services SARL", "Résidence Les Jasmins, bloc B, Khezama Est, 4051 Sousse", "#1e40af"),
]
SS_B = [
    ("Hôtel Marhaba Palace", "Boulevard du 14 Janvier, 4039 Port El Kantaoui"),
    ("Société Textile de Monastir SA", "Zone industrielle, 5000 Monastir"),
    ("Clinique Les Oliviers", "Boulevard du 14 Janvier, 4054 Sousse"),
    ("Pâtisserie Masmoudi Sahel SARL", "Avenue Hédi Chaker, 4000 Sousse"),
]
SS_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, TVA %)
    ("Cartons ondulés double cannelure 60x40x40", "u", 50, 2000, "0.450", "1.900", 19),
    ("Film étirable 500 mm x 300 m", "rouleau", 5, 120, "18.500", "34.000", 19),
    ("Huile d'olive extra vierge, bidon 5 L", "bidon", 4, 120, "58.000", "95.000", 19),
    ("Huile d'olive vierge en vrac", "litre", 50, 2000, "11.500", "18.900", 19),
    ("Impression dépliants A4 quadri", "mille", 1, 30, "85.000", "240.000", 19),
    ("Sacs kraft imprimés au logo", "u", 100, 5000, "0.180", "0.950", 19),
    ("Maintenance informatique (forfait mensuel)", "mois", 1, 3, "180.000", "650.000", 7),
    ("Développement site web, lot 2", "forfait", 1, 1, "1200.000", "4800.000", 7),
    ("Poste de travail Dell OptiPlex", "u", 1, 8, "1650.000", "2900.000", 19),
    ("Licence antivirus 1 an", "poste", 1, 50, "45.000", "95.000", 19),
    ("Étiquettes adhésives 100x50", "rouleau", 5, 200, "6.500", "19.000", 19),
    ("Palettes bois 1200x800", "u", 5, 100, "14.000", "26.000", 19),
    ("Transport Sousse – client", "voyage", 1, 3, "60.000", "220.000", 19),
    ("Formation utilisateurs (journée)", "jour", 1, 5, "350.000", "700.000", 7),
]
SS_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
.r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555} table.it{width:100%;border-collapse:collapse} table.it th{text-align:left;font-size:7.4pt;color:{{ color }};padding:4px 5px;font-weight:bold}
table.it td{padding:3px 5px;font-size:8pt} .ar{font-family:'DejaVu Sans';direction:rtl}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Tél. +216 73 {{ tel }} · Matricule fiscal : <b>{{ vid }}</b><br>RC : {{ rc }} · RIB : {{ rib }} ({{ bank }})</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;letter-spacing:2px;color:#333">FACTURE</div><div class="ar small">فاتورة</div></td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.4pt"><tr><td style="width:50%;vertical-align:top">Facture N° <b>{{ no }}</b><br>Date : <b>{{ date }}</b>{% if due %}<br>Échéance : <b>{{ due }}</b>{% endif %}{% if po %}<br>Bon de commande N° {{ po }}{% endif %}{% if bl %}<br>Bon de livraison {{ bl }}{% endif %}<br>Mode de règlement : {{ pay }}</td>
<td style="vertical-align:top;background:#f8fafc;padding:6px"><span class="small">Client</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>MF client : {{ bid }}{% if code %}<br>Code client : {{ code }}{% endif %}</td></tr></table>
<table class="it" style="margin-top:12px"><tr><th>Réf.</th><th>Désignation</th><th>Unité</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr><td class="small">{{ it.ref }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:16px;width:100%"><tr><td style="width:80mm;vertical-align:top">
<table style="width:78mm;font-size:8.6pt;border-left:3px solid {{ color }}">
{% if disc %}<tr><td style="padding:2px 6px">Total brut HT</td><td class="r">{{ gross }}</td></tr><tr><td style="padding:2px 6px">Remise {{ dpct }} %</td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr><td style="padding:2px 6px">Total HT</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td style="padding:2px 6px">TVA {{ r.r }} % sur {{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td style="padding:2px 6px">Total TVA</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:2px 6px">Timbre fiscal</td><td class="r">{{ stamp }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="padding:4px 6px;background:{{ color }};color:#fff">Net à payer TTC</td><td class="r" style="padding:4px 6px;background:{{ color }};color:#fff">{{ total }} DT</td></tr></table></td>
<td style="vertical-align:top;font-size:8pt;padding-left:10px">{{ words }}<div class="small" style="margin-top:10px">{{ note }}</div></td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ddd;padding-top:3px">{{ vname }} · Capital social {{ capital }} DT · MF {{ vid }} · RC {{ rc }} · Banque : {{ bank }}</div>
</body></html>"""


def _tn_mf(rng, cat="M"):
    key = valid(rng, lambda: digits(rng, 7, True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), lambda s: mf.is_valid(s + "AM000"))
    return f"{key[:7]}/{key[7]}/A/{cat}/000"


@style("01", "tn_sus_sousse_facture_tva_19_7_timbre_totals_left")
def s01(rng, i):
    vname, vaddr, color = SS_V[i]
    bname, baddr = SS_B[i]
    d = rand_date(rng)
    items = lines(rng, SS_ROWS, [3, 7, 1, 12][i], D("0.010"))
    for x in items:
        x["rate"] = x["extra"]
    gross = sum(x["amount"] for x in items)
    dpct = rng.choice([3, 5, 10]) if i in (1, 3) else 0
    disc = q2(gross * dpct / 100)
    for x in items:  # the discount spread by rate for the tax base
        x["net"] = x["amount"] - q2(x["amount"] * dpct / 100)
    net = gross - disc
    rates = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        b = b - q2(b * dpct / 100) if len({x["rate"] for x in items}) > 1 else net
        rates.append((r, b, q2(b * r / 100)))
    if sum(b for _r, b, _t in rates) != net:  # rounding of the spread: the last base takes the cent
        r, b, _t = rates[-1]
        b += net - sum(b for _r, b, _t in rates)
        rates[-1] = (r, b, q2(b * r / 100))
    tax = sum(t for _r, _b, t in rates)
    stamp = D("1.000")
    total = net + tax + stamp
    vid = _tn_mf(rng)
    bid = _tn_mf(rng, rng.choice(["M", "P"]))
    m = lambda x: de(x, 3).replace(".", " ")  # noqa: E731  1 234,560
    no = [f"{d.year}/{rng.randint(100, 999)}", f"FA{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}", f"F-{d.year}-{rng.randint(10, 99):03d}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), fr_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i != 2 else None
    pay = "Virement bancaire" if due else "Chèque à la livraison"
    po = [f"BC-{rng.randint(100, 999)}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    bl = f"BL {rng.randint(1000, 9999)} du {(d - dt.timedelta(days=rng.randint(0, 6))).strftime('%d/%m/%Y')}" if i != 3 else None
    bank_code, branch, acct = f"{rng.choice([10, 8, 4, 25])}", f"{rng.randint(100, 999)}", digits(rng, 13)
    rib = f"{int(bank_code):02d} {branch} {acct} {rib_key(f'{int(bank_code):02d}', branch, acct)}"
    millimes = int((total - int(total)) * 1000)
    words = f"Arrêtée la présente facture à la somme de : <b>{fr_words_cap(int(total))} dinars et {millimes} millimes</b>."
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(200, 399)} {rng.randint(100, 999)}", vid=vid, rc=f"B{digits(rng, 7)}{rng.randint(2005, 2022)}", rib=rib,
        bank=rng.choice(["BIAT agence Sousse Médina", "STB agence Sousse Trocadéro", "Attijari bank Sousse", "BNA Sousse Sahloul"]), no=no, date=fd(d), due=fd(due) if due else None,
        po=po, bl=bl, pay=pay, bname=bname, baddr=baddr, bid=bid, code=f"C{rng.randint(1000, 9999)}" if i % 2 == 0 else None,
        items=[{"ref": f"{rng.randint(100, 999)}-{rng.randint(10, 99)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"])} for x in items],
        disc=m(disc) if dpct else None, gross=m(gross), dpct=dpct, net=m(net), rates=[{"r": r, "b": m(b), "t": m(t)} for r, b, t in rates], tax=m(tax), stamp=m(stamp), total=m(total),
        words=words, note="Tout retard de paiement entraîne des pénalités. Marchandise voyageant aux risques et périls du destinataire." if i != 3 else "Prestations de services informatiques soumises à la TVA au taux de 7 %.",
        capital=sp(rng.choice([10000, 50000, 100000, 250000]), 0),
    )
    ctx["words"] = jinja_safe(words)
    notes = (
        "Sousse (Tunisia) supplier's FACTURE in French (title also in Arabic), a line table WITHOUT RULES, the totals block at the LEFT under the table, dinars to three decimals with spaces ('1 234,560'), TVA "
        + " % and ".join(str(r) for r, _b, _t in rates) + " % summarised per rate, a TIMBRE FISCAL of 1,000 dinar added after the TVA"
        + (f", a global 'Remise {dpct} %' between 'Total brut HT' and 'Total HT'" if dpct else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'Matricule fiscal' (the client's MF, the RC, the RIB and the client code are decoys). "
        "invoice_number = 'Facture N°'; invoice_date = 'Date' (" + ["dd/mm/yyyy", "French long date", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "; the delivery note's date is a decoy). "
        + due_note(due, None if due else pay, "Échéance")
        + po_note(po, "Bon de commande N°")
        + "subtotal = 'Total HT' (after the discount); tax = 'Total TVA'; total = 'Net à payer TTC' (including the timbre fiscal; the check file's total_adjustment is the stamp). Currency TND. "
        + "Line items: every row, the amount before the discount (the check file's line_adjustment is the negative discount)."
    )
    t = truth(vname, vid, no, po, d, due, "TND", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Net à payer TTC", fd(due) if due else None, "Timbre fiscal", rib], "total_adjustment": str(stamp), "line_adjustment": str(-disc)}
    return t, chk, (SS_HTML.replace("@@BASE@@", css(margin="14mm 14mm 18mm", fs="8.6pt")), ctx)


def fr_words_cap(n):
    from kit_words import fr_words

    w = fr_words(n)
    return w[0].upper() + w[1:]


def jinja_safe(s):
    import markupsafe

    return markupsafe.Markup(s)


# =========================================================================== 02 Riyadh (VAT 15 % inside the prices, SAR), 80 mm roll, Arabic / English
RY_V = [
    ("Najd Roastery Co.", "محامص نجد للقهوة", "King Fahd Rd, Al Olaya, Riyadh 12214"),
    ("Al Yasmin Bakery", "مخابز الياسمين", "Anas Bin Malik Rd, Al Yasmin, Riyadh 13325"),
    ("Diriyah Books & Stationery", "مكتبة الدرعية", "Imam Saud Bin Abdulaziz Rd, Al Nakheel, Riyadh 12382"),
    ("Salam Pharmacy – Malqa", "صيدلية السلام", "Al Malqa, Riyadh 13521"),
]
RY_ROWS = {  # (english, arabic, lo, hi) prices VAT-inclusive
    0: [("Espresso", "إسبريسو", "9.00", "14.00"), ("Flat White", "فلات وايت", "15.00", "21.00"), ("Spanish Latte", "سبانش لاتيه", "17.00", "24.00"), ("V60 Ethiopia", "في60 إثيوبيا", "19.00", "29.00"), ("Saudi Coffee Dallah", "دلة قهوة سعودية", "25.00", "45.00"), ("Date Cake", "كيكة التمر", "14.00", "22.00"), ("Coffee Beans Colombia 250g", "بن كولومبي ٢٥٠ غ", "55.00", "89.00"), ("Cold Brew 1L", "كولد برو ١ لتر", "39.00", "59.00"), ("Croissant", "كرواسون", "8.00", "13.00"), ("Water 330ml", "ماء", "2.00", "4.00")],
    1: [("Samoli Bread", "خبز صامولي", "1.00", "2.50"), ("Tamees", "تميس", "1.50", "3.00"), ("Cheese Fatayer", "فطاير جبن", "3.00", "6.00"), ("Zaatar Manakeesh", "مناقيش زعتر", "4.00", "8.00"), ("Maamoul Box", "علبة معمول", "25.00", "60.00"), ("Kunafa Tray", "صينية كنافة", "45.00", "120.00"), ("Croissant Zaatar", "كرواسون زعتر", "5.00", "9.00"), ("Baguette", "باجيت", "3.00", "6.00"), ("Date Maamoul 1kg", "معمول تمر ١ كغ", "35.00", "70.00"), ("Laban 1L", "لبن ١ لتر", "5.00", "8.00"), ("Birthday Cake", "كيكة عيد ميلاد", "95.00", "220.00")],
    2: [("Notebook A4", "دفتر A4", "6.00", "18.00"), ("Pen Set", "طقم أقلام", "12.00", "35.00"), ("Quran Mushaf", "مصحف", "25.00", "120.00"), ("Novel (Arabic)", "رواية", "35.00", "75.00"), ("Geometry Set", "أدوات هندسية", "15.00", "40.00"), ("School Bag", "حقيبة مدرسية", "85.00", "240.00"), ("Printer Paper A4 500", "ورق طباعة", "19.00", "29.00"), ("Highlighters 6", "أقلام تحديد", "11.00", "24.00"), ("Stapler", "دباسة", "14.00", "38.00"), ("Calculator", "آلة حاسبة", "29.00", "99.00"), ("Children's Book", "كتاب أطفال", "18.00", "45.00"), ("Colour Pencils 24", "ألوان خشبية", "16.00", "42.00"), ("Whiteboard Markers", "أقلام سبورة", "9.00", "22.00"), ("Sticky Notes", "أوراق لاصقة", "5.00", "14.00"), ("Art Sketchbook", "كراسة رسم", "19.00", "49.00"), ("Glue Stick", "صمغ", "3.00", "8.00"), ("Ruler 30cm", "مسطرة", "3.00", "7.00"), ("Eraser Pack", "محايات", "4.00", "9.00"), ("Pencil Case", "مقلمة", "15.00", "45.00"), ("Dictionary Ar-En", "قاموس", "45.00", "140.00"), ("Files Box", "صندوق ملفات", "18.00", "39.00"), ("Scissors", "مقص", "7.00", "19.00"), ("Tape", "شريط لاصق", "3.00", "9.00"), ("Correction Pen", "قلم تصحيح", "5.00", "12.00"), ("Planner 2026", "مفكرة ٢٠٢٦", "29.00", "79.00")],
    3: [("Panadol Extra 24", "بنادول إكسترا", "9.50", "14.00"), ("Vitamin D3 5000IU", "فيتامين د", "39.00", "89.00"), ("Baby Diapers", "حفاضات أطفال", "49.00", "95.00"), ("Sunscreen SPF50", "واقي شمس", "59.00", "139.00"), ("Hand Sanitizer", "معقم يدين", "8.00", "19.00"), ("Face Masks 50", "كمامات", "12.00", "29.00"), ("Toothpaste", "معجون أسنان", "11.00", "24.00"), ("Blood Pressure Monitor", "جهاز ضغط", "149.00", "349.00"), ("Cough Syrup", "شراب كحة", "18.00", "36.00")],
}
RY_HTML = """<html lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace} .c{text-align:center} .r{text-align:right;white-space:nowrap} .ar{direction:rtl;font-family:'DejaVu Sans'} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%} td{padding:0;font-size:7.6pt}
</style></head><body>
<div class="c"><div class="ar" style="font-size:11pt;font-weight:bold">{{ aname }}</div><div style="font-size:10pt;font-weight:bold">{{ vname }}</div><div style="font-size:7pt">{{ vaddr }}</div>
<div style="font-size:7.4pt">VAT No. / الرقم الضريبي<br><b>{{ vid }}</b><br>CR / س.ت {{ cr }}</div></div><hr>
<div class="c" style="font-weight:bold;font-size:8.6pt">فاتورة ضريبية مبسطة<br>Simplified Tax Invoice</div><hr>
<table><tr><td>Invoice No.<span class="ar"> رقم الفاتورة</span></td><td class="r"><b>{{ no }}</b></td></tr><tr><td>Date<span class="ar"> التاريخ</span></td><td class="r">{{ date }}</td></tr>
<tr><td>Cashier</td><td class="r">{{ cashier }}</td></tr>{% if order %}<tr><td>Order #</td><td class="r">{{ order }}</td></tr>{% endif %}{% if cust %}<tr><td>Customer</td><td class="r">{{ cust }}</td></tr>{% endif %}</table><hr>
<table><tr style="font-weight:bold"><td>Item</td><td class="r">Qty</td><td class="r">Price</td><td class="r">Total</td></tr>
{% for it in items %}<tr><td colspan="4"><span>{{ it.e }}</span> <span class="ar">{{ it.a }}</span></td></tr><tr><td></td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.t }}</td></tr>{% endfor %}
{% if disc %}<tr><td colspan="3">Discount {{ dpct }}% <span class="ar">خصم</span></td><td class="r">-{{ disc }}</td></tr>{% endif %}</table><hr>
<table><tr><td>Total (Excl. VAT)<br><span class="ar">الإجمالي غير شامل الضريبة</span></td><td class="r">{{ net }}</td></tr>
<tr><td>VAT 15%<br><span class="ar">ضريبة القيمة المضافة</span></td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:9.4pt"><td>Total (Incl. VAT)<br><span class="ar">الإجمالي شامل الضريبة</span></td><td class="r">SAR {{ total }}</td></tr></table><hr>
<table>{% if cash %}<tr><td>Cash <span class="ar">نقداً</span></td><td class="r">{{ cash }}</td></tr><tr><td>Change <span class="ar">الباقي</span></td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>{{ card }} ****{{ last4 }}</td><td class="r">{{ total }}</td></tr><tr><td>Auth {{ auth }} · TID {{ tid }}</td><td></td></tr>{% endif %}</table><hr>
<div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c ar" style="font-size:7.4pt">شكراً لزيارتكم</div><div class="c" style="font-size:7pt">Thank you · Exchange within 7 days with receipt</div>
</body></html>"""


@style("02", "sa_ruh_riyadh_simplified_tax_invoice_vat_15_roll")
def s02(rng, i):
    vname, aname, vaddr = RY_V[i]
    d = rand_date(rng)
    n = [4, 2, 25, 6][i]
    cat = [(e, a, "x", 1, 1 if float(hi) > 60 else 4, lo, hi) for e, a, lo, hi in RY_ROWS[i]]
    items = lines(rng, [(e, a, q1, q2_, lo, hi) for e, a, _u, q1, q2_, lo, hi in cat], n, D("0.50") if i != 3 else D("0.25"))
    for x in items:
        x["ar"] = x["unit"]
    gross = sum(x["amount"] for x in items)
    dpct = 10 if i == 3 else 0
    disc = q2(gross * dpct / 100)
    total = gross - disc
    tax = q2(total * 15 / 115)
    net = total - tax
    vid = "3" + digits(rng, 9) + "00003"
    no = [f"INV-{rng.randint(100000, 999999)}", f"{rng.randint(10000, 99999)}", f"S{d.strftime('%y')}-{rng.randint(100000, 999999)}", f"{rng.randint(1000000, 9999999)}"][i]
    tm = f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    fd = [lambda x: x.isoformat() + " " + tm, lambda x: x.strftime("%d/%m/%Y") + " " + tm[:5], lambda x: x.isoformat() + " " + tm, lambda x: x.strftime("%d-%m-%Y") + " " + tm][i]
    cash = None
    if i == 1:
        cash = (total // 10 + rng.randint(1, 5)) * 10
    m = en
    rows = len(items) * 2 + (1 if dpct else 0)
    height = 135 + rows * 4.6
    ctx = dict(
        vname=vname, aname=aname, vaddr=vaddr, vid=vid, cr=f"10{digits(rng, 8)}", no=no, date=fd(d), cashier=rng.choice(["Ahmed", "Faisal", "Noura", "Khalid", "Reem"]),
        order=f"{rng.randint(1, 300)}" if i == 0 else None, cust=("Walk-in" if i != 2 else "School Supplies Dept. – Al Rowad Schools"),
        items=[{"e": x["desc"], "a": x["ar"], "q": qstr(x["qty"]), "p": m(x["price"]), "t": m(x["amount"])} for x in items], disc=m(disc) if dpct else None, dpct=dpct,
        net=m(net), tax=m(tax), total=m(total), cash=m(cash) if cash else None, change=m(cash - total) if cash else None, card=rng.choice(["mada", "VISA", "Apple Pay mada"]),
        last4=digits(rng, 4), auth=digits(rng, 6), tid=digits(rng, 8), qr=qr_svg(rng, 30),
    )
    notes = (
        "Riyadh (Saudi Arabia) shop's SIMPLIFIED TAX INVOICE in Arabic and English on an 80 mm ROLL (page height by the rows), monospace, two lines per item (names in both languages, then qty, price, total); prices INCLUDE VAT 15 %, "
        "'Total (Excl. VAT)' = total minus the VAT (15/115 of the total)"
        + (", a 10 % 'Discount' as a NEGATIVE row after the items" if dpct else "")
        + ": vendor = the English name under the Arabic one; vendor_tax_id = 'VAT No.' (15 digits; the CR number, the card, auth and terminal numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (with the time). Paid at the counter (" + ("cash with change" if cash else "card") + "): no due date (null). "
        + po_note(None, "")
        + "subtotal = 'Total (Excl. VAT)'; tax = 'VAT 15%'; total = 'Total (Incl. VAT)'. Currency SAR. Line items: every item row (VAT-inclusive)"
        + (" plus none for the discount row; the lines sum to the total before the discount (the check file's line_adjustment is the negative discount)." if dpct else "; they sum to the total.")
    )
    t = truth(vname, vid, no, None, d, None, "SAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total (Incl. VAT)", "Simplified Tax Invoice"], "line_adjustment": str(-disc)}
    return t, chk, (RY_HTML.replace("@@BASE@@", css(size=f"80mm {height:.0f}mm", margin="4mm 4mm", font="'DejaVu Sans Mono',monospace", fs="7.6pt")), ctx)


# =========================================================================== 03 Maputo (IVA 16 %, MZN or USD), a letter in Portuguese
MP_V = [
    ("Macuácua & Associados – Advogados, Lda.", "Av. Julius Nyerere, n.º 1234, 3.º andar, Maputo", "Serviços jurídicos"),
    ("Atelier Polana Arquitectos, Lda.", "Rua da Argélia, n.º 210, Polana Cimento, Maputo", "Projecto de arquitectura"),
    ("Chissano Consultoria Fiscal, Lda.", "Av. 24 de Julho, n.º 2096, Maputo", "Consultoria fiscal"),
    ("Índico Engenharia e Fiscalização, Lda.", "Av. Vladimir Lenine, n.º 880, Maputo", "Fiscalização de obra"),
]
MP_B = [
    ("Hotel Costa do Sol, S.A.", "Av. Marginal, n.º 10, Maputo"),
    ("Cervejas do Índico Distribuição, Lda.", "Av. de Moçambique, Km 8, Matola"),
    ("Mozambique Gas Services Ltd.", "5 Riverside Drive, Johannesburg, South Africa"),
    ("Escola Internacional da Matola", "Rua do Tchumene, Matola"),
]
MP_SERV = {
    0: [("elaboração e revisão do contrato de arrendamento comercial", 45000, 180000), ("representação na assembleia geral de accionistas", 60000, 220000), ("parecer jurídico sobre legislação laboral", 35000, 120000), ("registo comercial e alteração do pacto social", 25000, 80000)],
    1: [("estudo prévio e anteprojecto", 150000, 480000), ("projecto de licenciamento junto do Conselho Municipal", 90000, 260000), ("acompanhamento de obra (mensal)", 60000, 180000), ("levantamento topográfico", 40000, 110000)],
    2: [("preparação da declaração anual de IRPC", 1500, 6800), ("revisão dos preços de transferência", 4500, 18000), ("assessoria na inspecção tributária", 2500, 9800), ("consultoria em IVA de contratos de gás", 3000, 12000)],
    3: [("fiscalização da obra de ampliação do pavilhão", 120000, 420000), ("ensaios de betão e relatório", 30000, 95000), ("revisão do projecto de estruturas", 70000, 210000), ("relatório final e recepção provisória", 40000, 130000)],
}
MP_HTML = """<html lang="pt"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;line-height:1.55;text-align:justify} .r{text-align:right;white-space:nowrap} .small{font-size:7.4pt;color:#555}
table.it{border-collapse:collapse;margin:6px 0 12px 12mm;width:140mm} table.it td{padding:3px 6px;border-bottom:1px solid #bbb;font-size:9pt}
</style></head><body>
<div style="border-bottom:2px solid #1f2937;padding-bottom:6px"><div style="font-size:15pt;font-variant:small-caps;letter-spacing:1px">{{ vname }}</div>
<div class="small">{{ vaddr }} · Tel. +258 21 {{ tel }} · NUIT {{ vid }} · Alvará n.º {{ alvara }}</div></div>
<div style="margin-top:16px;margin-left:95mm;font-size:9.4pt">Exmos. Senhores<br><b>{{ bname }}</b><br>{{ baddr }}{% if bid %}<br>NUIT {{ bid }}{% endif %}</div>
<p style="margin-top:16px;text-align:right">Maputo, {{ ldate }}</p>
<p><b>Assunto: Factura n.º {{ no }}</b>{% if ref %} – V/ referência {{ ref }}{% endif %}</p>
<p>Exmos. Senhores,</p>
<p>{{ intro }}</p>
{% if table %}<table class="it">{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}<tr><td><b>Total dos honorários</b></td><td class="r"><b>{{ net }}</b></td></tr></table>{% else %}{% for s in sentences %}<p>{{ s }}</p>{% endfor %}{% endif %}
<p>{{ sums }}</p>
{% if adv %}<p>{{ adv }}</p>{% endif %}
<p>{{ paysent }} Os pagamentos deverão ser efectuados por transferência para a conta n.º {{ acct }} no {{ bank }} (NIB {{ nib }}), indicando o número desta factura.</p>
<p>Sem outro assunto de momento, subscrevemo-nos com os melhores cumprimentos.</p>
<p style="margin-top:22px">{{ signer }}<br><span class="small">{{ role }}</span></p>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;border-top:1px solid #ccc;padding-top:3px">Processado por computador · {{ vname }} · Capital social {{ capital }} MT · Matriculada na Conservatória do Registo das Entidades Legais sob o n.º {{ creg }}</div>
</body></html>"""


@style("03", "mz_mpm_maputo_carta_factura_iva_16_adiantamento")
def s03(rng, i):
    vname, vaddr, _kind = MP_V[i]
    bname, baddr = MP_B[i]
    d = rand_date(rng)
    cur = "USD" if i == 2 else "MZN"
    serv = rng.sample(MP_SERV[i], [1, 3, 2, 4][i])
    items = []
    for desc, lo, hi in serv:
        a = D(rng.randint(lo // 50, hi // 50) * 50) if cur == "MZN" else D(rng.randint(lo * 4, hi * 4)) / 4
        items.append({"desc": desc, "qty": None, "amount": a})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    m = lambda x: de(x) + (" MT" if cur == "MZN" else " USD")  # noqa: E731
    adv = q2(total * D(rng.choice([25, 30, 40, 50])) / 100) if i in (0, 1, 3) else None
    adv_date = d - dt.timedelta(days=rng.randint(15, 90))
    vid = valid(rng, lambda: "4" + digits(rng, 8), nuit.is_valid)
    bid = valid(rng, lambda: "4" + digits(rng, 8), nuit.is_valid) if i != 2 else None
    no = [f"{rng.randint(10, 99)}/{d.year}", f"FT {d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"IEF-{d.strftime('%y')}{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 2) else None
    ref = [f"Contrato n.º {rng.randint(10, 99)}/{d.year - 1}", None, f"PO {rng.randint(4500000000, 4599999999)}", f"Concurso n.º {rng.randint(10, 99)}/EIM/{d.year - 1}"][i]
    po = ref[3:] if ref and ref.startswith("PO ") else None
    period = f"{MONTHS['pt'][(d.month - 2) % 12]} de {d.year if d.month > 1 else d.year - 1}"
    intro = f"Vimos pela presente apresentar a nossa factura n.º {no}, datada de {pt_date(d)}, relativa aos serviços prestados a V. Exas. durante o mês de {period}, nos termos {'do contrato acima referido' if ref else 'da proposta aceite'}."
    sentences = [f"Pela {x['desc']}, os honorários ascendem a {m(x['amount'])}." for x in items]
    sums = f"O valor dos honorários, de {m(net)}, é acrescido de IVA à taxa de 16 %, no montante de {m(tax)}, perfazendo o total desta factura de <b>{m(total)}</b>."
    if cur == "USD":
        rate = D(rng.choice(["63.87", "63.90", "64.05"]))
        sums += f" Ao câmbio do Banco de Moçambique de {de(rate)} MT/USD, o total corresponde a {de(q2(total * rate))} MT."
    advs = f"Deduzido o adiantamento de {m(adv)} recebido em {adv_date.strftime('%d/%m/%Y')}, o saldo a pagar é de {m(total - adv)}." if adv else None
    paysent = f"Agradecemos o pagamento até {pt_date(due)}." if due else "O pagamento é devido na data de recepção desta factura."
    from markupsafe import Markup

    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"{rng.randint(300, 499)} {rng.randint(100, 999)}", vid=vid, alvara=f"{rng.randint(1000, 9999)}/{rng.randint(2010, 2022)}", bname=bname, baddr=baddr, bid=bid,
        ldate=pt_date(d), no=no, ref=ref, intro=intro, table=i in (1, 3), items=[{"d": x["desc"][0].upper() + x["desc"][1:], "a": m(x["amount"])} for x in items], net=m(net),
        sentences=sentences, sums=Markup(sums),
        adv=advs, paysent=paysent, acct=digits(rng, 11, True), bank=rng.choice(["Millennium bim", "BCI", "Standard Bank Moçambique", "Absa Moçambique"]), nib=f"0001 {digits(rng, 4)} {digits(rng, 11)} {digits(rng, 2)}",
        signer=rng.choice(["Dra. Anabela Macuácua", "Arq. Tomás Nhantumbo", "Dr. Jorge Chissano", "Eng.ª Celeste Mondlane"]), role=["Sócia-gerente", "Director técnico", "Sócio", "Directora"][i],
        capital=de(rng.choice([20000, 100000, 500000]), 2), creg=digits(rng, 9, True),
    )
    notes = (
        "Maputo (Mozambique) professional's FACTURA written as a LETTER in Portuguese, facts and totals in RUNNING TEXT"
        + (" with a small two-column table of services" if ctx["table"] else " with NO TABLE (one sentence per service)")
        + f", IVA 16 % on top, amounts '1.234,56 {'MT' if cur == 'MZN' else 'USD'}'"
        + (", the total's counter-value in meticais at the Banco de Moçambique rate (decoy)" if cur == "USD" else "")
        + (", an ADIANTAMENTO received earlier deducted after the total, leaving the balance ('saldo a pagar')" if adv else "")
        + ": vendor = the firm in the letterhead; vendor_tax_id = its NUIT (the client's NUIT, the alvará, the registry number, the account and NIB are decoys). "
        "invoice_number = 'Factura n.º' in the subject; invoice_date = the place and date line ('Maputo, 12 de março de 2026'). "
        + due_note(due, None if due else "O pagamento é devido na data de recepção", "Agradecemos o pagamento até")
        + po_note(po, "PO")
        + "subtotal = the fees ('valor dos honorários'); tax = the IVA amount; total = 'total desta factura' (before the advance; the advance, its date and the balance are decoys). "
        + f"Currency {cur}. Line items: one per service, amount only, no quantity."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [pt_date(d), no, vname, vid, bid, "total desta factura", pt_date(due) if due else None, adv_date.strftime("%d/%m/%Y") if adv else None]}
    return t, chk, (MP_HTML.replace("@@BASE@@", css(margin="16mm 20mm 18mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)
