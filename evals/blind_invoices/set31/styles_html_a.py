"""Chromium (HTML) styles for set 31, first part (01 Friulian cheese and ham producer's FATURE / Fattura in Friulian
with Italian beside, a table without rules, IVA 4, 10 and 22 %, a IVA summary per rate and the totals at the left,
02 Nazareth kitchen-equipment supplier's فاتورة ضريبية in Arabic right to left with the Israeli VAT 18 % on the net
after a discount, the allocation number and a delivery note, 03 Ticino wine estate's fattura in Italian as a Swiss
letter with IVA 8,1 % on wine and 2,6 % on food, francs with apostrophes and a QR-bill payment part)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fur_date, it_date
from invoice_kit import ch, css, de, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth, valid_id
from stdnum.ch import uid
from stdnum.il import hp
from stdnum.it import iva

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Friuli cheese and ham producer (IVA 4/10/22 %, EUR), no rules, totals at the left
FU_V = [
    ("Latarie Furlane di Cjampagne S.r.l.", "Vie Udin 41, 33030 Cjampagne / Campagna (UD)", "#7c2d12"),
    ("Agricole Sante Marie di Feagne", "Borc di Sot 7, 33034 Feagne / Fagagna (UD)", "#365314"),
    ("Prosciuts dal Tiliment S.a.s.", "Vie Sant Denêl 118, 33038 Sant Denêl / San Daniele del Friuli (UD)", "#1e3a8a"),
    ("Cjase dal Formadi di Cividât", "Stradalis Mateotti 12, 33043 Cividât / Cividale del Friuli (UD)", "#701a75"),
]
FU_B = [
    ("Ostarie Al Cjastenâr", "Vie Roma 3, 33100 Udin / Udine (UD)"),
    ("Supermarcjât Coop Furlane", "Vie Cividât 210, 33100 Udin / Udine (UD)"),
    ("Albergo Ristorante Ai Trê Rês", "Place Libertât 5, 33013 Glemone / Gemona del Friuli (UD)"),
    ("Frasche Da Tite", "Vie dai Vignâi 9, 33040 Corno di Rosazzo (UD)"),
]
FU_ROWS = [
    ("Formadi Montasio DOP fresc / Montasio DOP fresco", "kg", 5, 40, 9.80, 14.50, "4"),
    ("Formadi Montasio DOP stagjonât / Montasio stagionato", "kg", 3, 30, 14.20, 19.80, "4"),
    ("Scuete fumade / Ricotta affumicata", "kg", 2, 15, 11.50, 16.90, "4"),
    ("Persut di Sant Denêl DOP / Prosciutto di San Daniele", "kg", 2, 20, 21.00, 29.50, "10"),
    ("Muset / Musetto (cotechino friulano)", "pz", 4, 30, 6.40, 9.90, "10"),
    ("Salam nostran / Salame nostrano", "pz", 4, 24, 8.20, 12.40, "10"),
    ("Vin Friulano DOC 0,75 l / Friulano DOC", "bt", 6, 60, 6.90, 11.80, "22"),
    ("Tacadis e scjatulis regâl / Confezioni regalo", "pz", 2, 20, 3.50, 7.90, "22"),
]
FU_HTML = """<html lang="fur"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .lab{color:#777;font-size:7.4pt} table.it{width:100%;margin-top:10px;border-collapse:collapse}
table.it th{font-size:7.4pt;color:{{ color }};text-align:left;padding:3px 6px;font-weight:bold} table.it th.r{text-align:right} table.it td{padding:3px 6px}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>{{ vaddr }}</div><div class="small">P. IVA / Partide IVA {{ vat }} · REA UD-{{ rea }} · Codiç SDI {{ sdi }}</div></td>
<td style="text-align:right"><div style="font-size:20pt;letter-spacing:3px;color:{{ color }}">FATURE</div><div class="small">Fattura · document di cjaval</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><div class="lab">Client / Cliente</div><div style="font-weight:bold">{{ bname }}</div><div>{{ baddr }}</div><div class="small">P. IVA {{ bvat }} · Codiç client / Cod. cliente {{ cust }}</div></td>
<td><table>{% for k, v in head %}<tr><td class="lab" style="padding:1px 10px 1px 0">{{ k }}</td><td style="padding:1px 0;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Descrizion / Descrizione</th><th>U.M.</th><th class="r">Cuantitât / Q.tà</th><th class="r">Presit / Prezzo</th><th class="r">IVA %</th><th class="r">Impuart / Importo</th></tr>
{% for it in items %}<tr style="background:{{ loop.cycle('#fff', '#faf7f2') }}"><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:18px"><tr><td style="vertical-align:top;padding-right:30px">
<table style="font-size:9.5pt;background:#f6f3ee">
<tr><td style="padding:3px 12px">Imponibil / Imponibile</td><td class="r" style="padding:3px 12px">€ {{ net }}</td></tr>
<tr><td style="padding:3px 12px">IVA / Imposta</td><td class="r" style="padding:3px 12px">€ {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:5px 12px;border-top:2px solid {{ color }}">Totâl fature / Totale fattura</td><td class="r" style="padding:5px 12px;border-top:2px solid {{ color }}">€ {{ total }}</td></tr></table>
</td><td style="vertical-align:top"><div class="lab">Riepilic IVA / Riepilogo IVA</div>
<table style="font-size:8pt">{% for r in summary %}<tr><td style="padding:1px 8px 1px 0">IVA {{ r.r }} %</td><td style="padding:1px 8px">imp. {{ r.b }}</td><td style="padding:1px 0">IVA {{ r.v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:16px">{{ pay }}</div>
<div class="small" style="margin-top:6px">IBAN {{ iban }} · {{ bank }}</div>
<div class="small" style="margin-top:14px">Copie di cortesie: l'origjinâl de fature al è chel trasmetût midiant dal SdI / Copia di cortesia: l'originale è la fattura elettronica trasmessa tramite SdI.</div>
</body></html>"""


@style("01", "it_fvg_udin_fature_iva_22_10_4_cence_rie")
def s01(rng, i):
    vname, vaddr, color = FU_V[i]
    bname, baddr = FU_B[i]
    d = rand_date(rng)
    items = lines(rng, FU_ROWS, rng.randint(3, 6), D("0.01"), halves=True)
    for x in items:
        x["rate"] = D(x["extra"])
    net = sum(x["amount"] for x in items)
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vat = "IT" + valid_id(rng, 11, iva.is_valid)
    bvat = "IT" + valid_id(rng, 11, iva.is_valid)
    no = [f"{rng.randint(100, 999)}/{d.year}", f"FT-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/A", f"{d.year}/{rng.randint(100, 999)}"][i]
    fd = [fur_date, lambda x: x.strftime("%d/%m/%Y"), fur_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 3) else None
    term = [None, "Paiament: RiBa 30 dîs fin mês / Pagamento: RiBa 30 gg f.m.", "Paiament: contant ae consegne / Pagamento: contanti alla consegna", None][i]
    po = f"{rng.randint(100, 999)}" if i in (1, 2) else None
    ddt = f"DDT n. {rng.randint(100, 999)} dal {fd(d - dt.timedelta(days=rng.randint(1, 6)))}"
    head = [("Numar fature / N. fattura", no), ("Date / Data", fd(d)), ("Document di trasport / DDT", ddt)]
    if po:
        head.append(("Vuestri ordin / Vs. ordine", po))
    if due:
        head.append(("Scjadence / Scadenza", fd(due)))
    pay = f"Paiament: bonific bancjari cun scjadence {fd(due)} / Pagamento: bonifico bancario entro il {fd(due)}" if due else term
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vat=vat, rea=rng.randint(100000, 299999), sdi=f"M5UXCR{rng.randint(1, 9)}",
        bname=bname, baddr=baddr, bvat=bvat, cust=f"C{rng.randint(1000, 9999)}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]).replace(".", ","), "p": m(x["price"]), "r": str(x["rate"]), "a": m(x["amount"])} for x in items],
        net=m(net), tax=m(tax), total=m(total),
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        pay=pay, iban=f"IT{rng.randint(10, 99)} X{digits(rng, 10)} {digits(rng, 12)}", bank=rng.choice(["CrediFriuli, Udin", "BCC Basiliano", "Banca di Cividale"]),
    )
    notes = (
        "Udine-area (Friuli) cheese and ham producer's FATURE / Fattura in Friulian with Italian beside each label, in euros ('1.234,50'), with IVA 4 % on cheese, 10 % on ham and salami and 22 % on wine and gift boxes, a striped table without rules, the totals in a tinted box at the LEFT with a IVA summary per rate beside it and the SdI courtesy-copy note: vendor = the name at the top left; vendor_tax_id = 'P. IVA / Partide IVA' (IT + 11 digits; the client's P. IVA, the REA number, the SDI code and the client code are decoys). "
        "invoice_number = 'Numar fature / N. fattura'; invoice_date = 'Date / Data' (" + ["Friulian words ('12 di Març dal 2026')", "dd/mm/yyyy", "Friulian words", "dd/mm/yyyy"][i] + "); the DDT (delivery note) number and date are decoys. "
        + due_note(due, term, "Scjadence / Scadenza") + po_note(po, "Vuestri ordin / Vs. ordine")
        + "subtotal = 'Imponibil / Imponibile'; tax = 'IVA / Imposta' (the summary's rows are its parts); total = 'Totâl fature / Totale fattura'. Currency EUR. Line items: every row; quantities in kg may have a half ('2,5')."
    )
    t = truth(vname, vat, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vat, "Totâl fature / Totale fattura", fd(due) if due else None], (FU_HTML.replace("@@BASE@@", css(margin="14mm 16mm", fs="9pt")), ctx)


# =========================================================================== 02 Nazareth kitchen-equipment supplier (VAT 18 %, ILS), Arabic right to left
NZ_V = [
    ("الناصرة لمعدات المطابخ م.ض", "Nazareth Kitchen Equipment Ltd.", "شارع بولس السادس 112، الناصرة"),
    ("شركة الجليل للتبريد والتجهيز م.ض", "Galil Refrigeration & Supply Ltd.", "المنطقة الصناعية، الناصرة 16000"),
    ("البشارة للتجهيزات الفندقية م.ض", "Al-Bishara Hotel Supply Ltd.", "شارع الكازانوفا 21، الناصرة"),
    ("كفركنا للأدوات المنزلية والمهنية م.ض", "Kafr Kanna Professional Ware Ltd.", "الشارع الرئيسي 4، كفركنا"),
]
NZ_B = [
    ("مطعم الريف", "شارع توفيق زياد 40، الناصرة"),
    ("فندق الجليل الأعلى", "طريق 75، الناصرة العليا"),
    ("مخبز أبو ماهر", "حي الصفافرة، الناصرة"),
    ("قاعة أفراح الياسمين", "طريق 77، طرعان"),
]
NZ_ROWS = [
    ("فرن حراري كهربائي 10 صواني", "وحدة", 1, 2, 8400, 16800),
    ("ثلاجة عرض ستانلس ستيل 700 لتر", "وحدة", 1, 3, 5200, 9600),
    ("طاولة عمل ستانلس ستيل 180 سم", "وحدة", 1, 4, 1450, 2900),
    ("خلاط صناعي 20 لتر", "وحدة", 1, 2, 3900, 7400),
    ("طقم قدور ألمنيوم مهنية", "طقم", 1, 6, 680, 1450),
    ("صواني تقديم GN 1/1", "قطعة", 6, 40, 38, 95),
    ("تركيب وتشغيل", "ساعة", 2, 12, 180, 320),
    ("نقل وتوصيل", "رحلة", 1, 2, 250, 600),
]
NZ_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} .small{font-size:7.4pt;color:#555} table.it{width:100%;margin-top:12px;border-collapse:collapse}
table.it th{background:{{ color }};color:#fff;padding:4px 6px;font-weight:normal;text-align:right} table.it td{border-bottom:1px solid #ddd;padding:4px 6px} .num{direction:ltr;unicode-bidi:embed;text-align:left;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname_ar }}</div><div style="direction:ltr;text-align:right;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="small">مشتغل مرخص / ح.ف. رقم <span class="num">{{ hp }}</span> · هاتف <span class="num">04-{{ tel }}</span></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:18pt;font-weight:bold">فاتورة ضريبية</div><div class="small">חשבונית מס · أصل</div></td></tr></table>
<table style="width:100%;margin-top:12px;border:1px solid #ccc"><tr><td style="padding:6px;width:50%"><div class="small">لحضرة / إلى:</div><div style="font-weight:bold">{{ bname }}</div><div>{{ baddr }}</div><div class="small">رقم الزبون <span class="num">{{ cust }}</span> · ع.م. <span class="num">{{ bhp }}</span></div></td>
<td style="padding:6px"><table>{% for k, v in head %}<tr><td class="small" style="padding:1px 0 1px 10px">{{ k }}</td><td class="num" style="font-weight:bold;text-align:right">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>#</th><th>الوصف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة ₪</th><th>المجموع ₪</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="num">{{ it.q }}</td><td class="num">{{ it.p }}</td><td class="num">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:12px;margin-right:auto;font-size:9.6pt">
<tr><td style="padding:2px 10px">المجموع قبل الخصم</td><td class="num">{{ gross }}</td></tr>
<tr><td style="padding:2px 10px">خصم {{ disc_pct }}%</td><td class="num">-{{ disc }}</td></tr>
<tr><td style="padding:2px 10px">المجموع بعد الخصم (بدون ضريبة)</td><td class="num">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">ضريبة القيمة المضافة 18%</td><td class="num">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11.5pt;background:#f1f1f1"><td style="padding:5px 10px">المجموع للدفع ₪</td><td class="num" style="padding:5px 10px">{{ total }}</td></tr></table>
<div style="margin-top:14px">{{ pay }}</div>
<div class="small" style="margin-top:6px">تحويل بنكي: بنك {{ bank }} فرع <span class="num">{{ branch }}</span> حساب <span class="num">{{ acct }}</span></div>
<div class="small" style="margin-top:16px">الضمان: سنة واحدة على المعدات من تاريخ التوريد. البضاعة تبقى ملك البائع حتى الدفع التام.</div>
</body></html>"""


@style("02", "il_nasira_fatura_dariba_vat_18_rtl")
def s02(rng, i):
    vname_ar, vname, vaddr = NZ_V[i]
    bname, baddr = NZ_B[i]
    color = ["#0f766e", "#1e40af", "#9a3412", "#4d7c0f"][i]
    d = rand_date(rng, dt.date(2025, 1, 12), dt.date(2026, 11, 20))
    items = lines(rng, NZ_ROWS, rng.randint(3, 6), D("1"))
    gross = sum(x["amount"] for x in items)
    disc_pct = rng.choice([3, 5, 7, 10])
    disc = q2(gross * disc_pct / 100)
    net = gross - disc
    tax = q2(net * D("0.18"))
    total = net + tax
    vhp = valid_id(rng, 9, hp.is_valid, prefix="51")
    no = [f"{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"{rng.randint(3000, 3999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    term = [None, "شروط الدفع: شوطف + 60", None, "شروط الدفع: نقداً عند التسليم"][i]
    po = f"{rng.randint(1000, 9999)}" if i in (1, 2) else None
    alloc = f"{digits(rng, 9, True)}"
    head = [("رقم الفاتورة:", no), ("التاريخ:", fd(d)), ("رقم التخصيص:", alloc), ("رقم الإرسالية:", f"{rng.randint(20000, 29999)}")]
    if po:
        head.append(("رقم طلبيتكم:", po))
    if due:
        head.append(("تاريخ الاستحقاق:", fd(due)))
    m = en
    ctx = dict(
        color=color, vname_ar=vname_ar, vname=vname, vaddr=vaddr, hp=vhp, tel=f"{rng.randint(600, 699)}-{digits(rng, 4)}",
        bname=bname, baddr=baddr, cust=f"{rng.randint(100, 999)}", bhp=valid_id(rng, 9, hp.is_valid, prefix="51"), head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        gross=m(gross), disc_pct=disc_pct, disc=m(disc), net=m(net), tax=m(tax), total=m(total),
        pay=(f"يرجى الدفع حتى تاريخ {fd(due)}." if due else term), bank=rng.choice(["لئومي", "هبوعليم", "مركنتيل", "العربي الإسرائيلي"]),
        branch=rng.randint(600, 799), acct=f"{rng.randint(100000, 999999)}/{rng.randint(10, 99)}",
    )
    notes = (
        "Nazareth-area (Israel) kitchen-equipment supplier's فاتورة ضريبية (חשבונית מס) in Arabic, right to left, in shekels ('1,234.50', ₪ in the column heads), with a discount on the rows' sum and the VAT 18 % on the net after it: vendor = the company's English name printed under the Arabic one (the Arabic name is the same company); vendor_tax_id = 'مشتغل مرخص / ح.ف. رقم' (9 digits; the client's ع.م. number and the customer number are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' (" + ["dd/mm/yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "dd/mm/yy"][i] + "); the allocation number ('رقم التخصيص', 9 digits) and the delivery-note number are decoys. "
        + due_note(due, term, "تاريخ الاستحقاق") + po_note(po, "رقم طلبيتكم")
        + "subtotal = 'المجموع بعد الخصم (بدون ضريبة)' (the net after the discount; 'المجموع قبل الخصم' and the discount are its parts); tax = 'ضريبة القيمة المضافة 18%'; total = 'المجموع للدفع'. Currency ILS. Line items: every row, before the discount (they sum to the amount before the discount)."
    )
    t = truth(vname, vhp, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vhp, m(gross), m(disc)], "line_adjustment": str(-disc)}
    return t, chk, (NZ_HTML.replace("@@BASE@@", css(margin="14mm", fs="9.4pt")), ctx)


# =========================================================================== 03 Ticino wine estate (IVA 8,1 % / 2,6 %, CHF), Swiss letter with a QR-bill part
TI_V = [
    ("Tenuta Vallombrosa SA", "Via Cantonale 14", "6917 Barbengo", "#7f1d1d"),
    ("Cantina Sassi Grossi Sagl", "Via ai Ronchi 3", "6828 Balerna", "#14532d"),
    ("Azienda agricola Ronco dei Castagni", "Strada di Gandria 22", "6978 Gandria", "#312e81"),
    ("Vini e Grotto Mendrisiotto SA", "Via Lavizzari 7", "6850 Mendrisio", "#713f12"),
]
TI_B = [
    ("Ristorante Al Portico", "Piazza Riforma 4", "6900 Lugano"),
    ("Hotel Lago Maggiore SA", "Lungolago G. Motta 18", "6600 Locarno"),
    ("Enoteca Castello Sagl", "Via Codeborgo 9", "6500 Bellinzona"),
    ("Circolo Golf Gerre Losone", "Via alle Gerre 1", "6616 Losone"),
]
TI_ROWS = [
    ("Merlot del Ticino DOC Riserva 75 cl", "bt", 6, 72, 18.50, 39.00, "8.1"),
    ("Bianco di Merlot DOC 75 cl", "bt", 6, 60, 14.50, 24.00, "8.1"),
    ("Grappa di Merlot 50 cl", "bt", 2, 24, 29.00, 48.00, "8.1"),
    ("Olio extravergine del Ceresio 50 cl", "bt", 2, 24, 16.00, 26.00, "2.6"),
    ("Formaggini ticinesi (conf. 6 pz)", "conf", 2, 30, 7.40, 11.90, "2.6"),
    ("Farina bona della Valle Onsernone 500 g", "pz", 4, 40, 5.20, 8.60, "2.6"),
    ("Degustazione guidata in cantina", "persona", 6, 30, 25.00, 45.00, "8.1"),
    ("Trasporto e consegna", "forfait", 1, 1, 35.00, 90.00, "8.1"),
]
TI_HTML = """<html lang="it"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.it{width:100%;margin-top:8px;border-collapse:collapse} table.it th{text-align:left;border-bottom:1.5px solid #333;padding:3px 5px;font-size:8.2pt}
table.it th.r{text-align:right} table.it td{padding:3px 5px;border-bottom:1px solid #e5e5e5} .qr{border-top:1px dashed #999;margin-top:14px;padding-top:8px;font-size:8pt}
</style></head><body>
<div style="font-size:14pt;font-weight:bold;color:{{ color }};font-family:'DejaVu Serif',serif">{{ vname }}</div>
<div class="small">{{ vstreet }} · {{ vcity }} · Tel. +41 91 {{ tel }} · IDI {{ uid }}</div>
<table style="width:100%;margin-top:26px"><tr><td style="width:55%"></td><td><div>{{ bname }}</div><div>{{ bstreet }}</div><div>{{ bcity }}</div></td></tr></table>
<div style="margin-top:22px;text-align:right">{{ place_date }}</div>
<div style="margin-top:10px;font-weight:bold;font-size:11pt">Fattura n. {{ no }}</div>
<div class="small">{% for k, v in head %}{{ k }} {{ v }}{% if not loop.last %} · {% endif %}{% endfor %}</div>
<p>Gentili signore, egregi signori,<br>vi ringraziamo per l'ordinazione e ci permettiamo di fatturarvi quanto segue:</p>
<table class="it"><tr><th>Articolo</th><th class="r">Quantità</th><th>Unità</th><th class="r">Prezzo CHF</th><th class="r">IVA</th><th class="r">Importo CHF</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.c }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:10px;margin-left:auto;font-size:9.2pt">
<tr><td style="padding:2px 12px">Totale netto</td><td class="r">{{ net }}</td></tr>
{% for r in summary %}<tr><td style="padding:2px 12px">IVA {{ r.r }} % su {{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}
<tr style="font-weight:bold;font-size:10.5pt"><td style="padding:4px 12px;border-top:1px solid #333">Totale fattura CHF</td><td class="r" style="padding:4px 0;border-top:1px solid #333">{{ total }}</td></tr></table>
<p>{{ pay }}</p><p>Con i migliori saluti<br><br>{{ signer }}</p>
<div class="small">Codici IVA: A = 8,1 % aliquota normale; B = 2,6 % aliquota ridotta (derrate alimentari).</div>
<div class="qr"><table style="width:100%"><tr><td style="width:28%;border-right:1px dashed #999;padding-right:8px;vertical-align:top"><b>Ricevuta</b><br><span class="small">Conto / Pagabile a</span><br>{{ iban }}<br>{{ vname }}<br>{{ vcity }}<br><span class="small">Riferimento</span><br>{{ ref }}<br><span class="small">Valuta · Importo</span><br>CHF {{ total }}</td>
<td style="width:24%;padding-left:8px;vertical-align:top"><b>Sezione pagamento</b><br>{{ qr|safe }}<br>CHF {{ total }}</td>
<td style="vertical-align:top"><span class="small">Conto / Pagabile a</span><br>{{ iban }}<br>{{ vname }}<br><span class="small">Riferimento</span><br>{{ ref }}<br><span class="small">Pagabile da</span><br>{{ bname }}<br>{{ bcity }}</td></tr></table></div>
</body></html>"""


@style("03", "ch_ti_lugano_fattura_lettera_iva_8_1_2_6")
def s03(rng, i):
    vname, vstreet, vcity, color = TI_V[i]
    bname, bstreet, bcity = TI_B[i]
    d = rand_date(rng)
    wine = [x for x in TI_ROWS if x[6] == "8.1"]
    food = [x for x in TI_ROWS if x[6] == "2.6"]
    items = lines(rng, wine, rng.randint(2, 4), D("0.05")) + lines(rng, food, rng.randint(1, 2), D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
    net = sum(x["amount"] for x in items)
    summary = []
    for r in (D("8.1"), D("2.6")):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    u = valid_id(rng, 12, uid.is_valid, prefix="CHE")
    uid_s = f"CHE-{u[3:6]}.{u[6:9]}.{u[9:12]} IVA"
    no = [f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(2000, 2999)}", f"F{rng.randint(10000, 99999)}", f"{rng.randint(10, 99)}.{rng.randint(100, 999)}"][i]
    town = vcity.split(" ", 1)[1]
    place_date = [f"{town}, {it_date(d)}", f"{town}, {d.strftime('%d.%m.%Y')}", f"{town}, {it_date(d)}", f"{town}, {d.strftime('%d.%m.%Y')}"][i]
    fd = it_date if i % 2 == 0 else (lambda x: x.strftime("%d.%m.%Y"))
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    term = [f"Condizioni di pagamento: {rng.choice([20, 30])} giorni netti.", None, None, "Condizioni di pagamento: 30 giorni netti, senza sconto."][i]
    po = f"{rng.randint(100, 999)}/{d.strftime('%y')}" if i in (0, 3) else None
    head = [("Cliente n.", f"{rng.randint(1000, 4999)}"), ("Bollettino di consegna", f"{rng.randint(5000, 9999)} del {fd(d - dt.timedelta(days=rng.randint(1, 7)))}")]
    if po:
        head.append(("Vostro ordine", po))
    pay = (f"Vi preghiamo di saldare l'importo entro il {fd(due)} con la polizza di versamento allegata." if due else term + " Vi preghiamo di utilizzare la polizza di versamento allegata.")
    m = ch
    ref = f"{digits(rng, 2, True)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)} {digits(rng, 5)}"
    ctx = dict(
        color=color, vname=vname, vstreet=vstreet, vcity=vcity, tel=f"{rng.randint(600, 999)} {digits(rng, 2)} {digits(rng, 2)}", uid=uid_s,
        bname=bname, bstreet=bstreet, bcity=bcity, place_date=place_date, no=no, head=head,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "c": "A" if x["rate"] == D("8.1") else "B", "a": m(x["amount"])} for x in items],
        net=m(net), summary=[{"r": str(r).replace(".", ","), "b": m(b), "v": m(v)} for r, b, v in summary], total=m(total),
        pay=pay, signer=rng.choice(["Luca Bernasconi", "Chiara Pedrazzini", "Marco Rusconi", "Elena Cattaneo"]),
        iban=f"CH{rng.randint(10, 99)} 3000 0{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}", ref=ref, qr=qr_svg(rng, 30, swiss_cross=True),
    )
    notes = (
        "Ticino wine estate's fattura in Italian written as a Swiss letter, in francs with apostrophes ('1'234.50'), with IVA 8,1 % on wine, grappa, tastings and transport (code A) and 2,6 % on food (code B), the IVA per rate on its base and a QR-bill payment part (receipt and payment part repeat the total): vendor = the name at the top; vendor_tax_id = the 'IDI' number ('CHE-123.456.789 IVA'). "
        "invoice_number = 'Fattura n.'; invoice_date = the date in the place line ('" + ["Lugano, 12 marzo 2026'", "Lugano, 12.03.2026'", "Lugano, 12 marzo 2026'", "Lugano, 12.03.2026'"][i] + " form); the delivery-note date, the customer number and the QR reference are decoys. "
        + due_note(due, term, "Vi preghiamo di saldare l'importo entro il") + po_note(po, "Vostro ordine")
        + "subtotal = 'Totale netto'; tax = the two 'IVA x % su ...' rows summed (checks list them as its parts); total = 'Totale fattura CHF'. Currency CHF. Line items: every row."
    )
    t = truth(vname, uid_s, no, po, d, due, "CHF", net, tax, total, items, notes)
    parts = [str(v) for _r, _b, v in summary]
    chk = {"printed": [place_date, no, vname, uid_s, "Totale fattura CHF", fd(due) if due else None], "tax_parts": parts}
    return t, chk, (TI_HTML.replace("@@BASE@@", css(margin="14mm 18mm 10mm 20mm", fs="9pt")), ctx)
