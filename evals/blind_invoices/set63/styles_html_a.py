"""Chromium (HTML) styles for set 63, first part (01 Ramat Gan חשבונית מס in Hebrew, right to left, the facts in a
coloured HEADER BAND with white labels, the totals in a box at the LEFT, מע״מ 18 %, one of four a CREDIT NOTE; 02 Umm Al
Quwain bilingual English / Arabic freight TAX INVOICE on a LANDSCAPE page with weights per shipment, VAT 5 % and 0 %
(international transport) and a USD counter-value; 03 Morelia pharmacy TICKET on an 80 mm roll, IVA 16 % and 0 %
inside the prices, loyalty discounts and the total in Spanish words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import an_iban, g4, il_hp, mx_rfc, rates_gross, rates_net
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import bars_svg, due_note, lines, po_note, truth
from kit_words import es_words

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Ramat Gan (מע״מ 18 %, ILS), header band, totals left, credit note
RG_V = [
    ("אורלי יהלומים בע״מ", "רח׳ בצלאל 54, בניין שמשון, רמת גן 5252101", "#0b3d5c", "diamond"),
    ("גלבוע הפקות וידאו בע״מ", "רח׳ ביאליק 40, רמת גן 5245113", "#5b2a86", "video"),
    ("מעבדות שפירא לבדיקות מזון בע״מ", "דרך ז׳בוטינסקי 155, רמת גן 5252603", "#14532d", "lab"),
    ("קייטרינג הירקון בע״מ", "רח׳ הרא״ה 212, רמת גן 5233215", "#8a3b12", "cater"),
]
RG_B = [("צורף הגליל בע״מ", "נצרת עילית"), ("רשת ערוצי השפלה בע״מ", "יבנה"), ("מחלבות עמק חפר בע״מ", "חדרה"), ("מכללת אונו האקדמית", "קריית אונו")]
RG_ROWS = {
    "diamond": [("יהלום מלוטש 0.50 קראט, צבע G", "יח׳", 1, 6, 2400, 6800), ("ליטוש וחיתוך, לפי קראט", "קראט", 2, 20, 300, 900), ("תעודת גמולוגית GIA", "יח׳", 1, 4, 450, 900), ("שיבוץ בטבעת זהב 14K", "יח׳", 1, 5, 380, 1200)],
    "video": [("יום צילום, צוות מלא", "יום", 1, 4, 4200, 9800), ("עריכה ופוסט, שעה", "שעה", 4, 40, 180, 320), ("השכרת תאורה וציוד", "יום", 1, 4, 600, 1800), ("מוזיקה ברישיון", "יח׳", 1, 3, 250, 900), ("תרגום וכתוביות, דקה", "דקה", 5, 60, 25, 60)],
    "lab": [("בדיקה מיקרוביולוגית, סלמונלה", "דגימה", 2, 30, 180, 420), ("ספירה כללית וקוליפורמים", "דגימה", 2, 30, 120, 260), ("בדיקת אלרגנים, ELISA", "דגימה", 1, 12, 340, 690), ("איסוף דגימות מהמפעל", "ביקור", 1, 3, 250, 600)],
    "cater": [("מנה עיקרית, אירוע חברה", "סועד", 40, 250, 95, 180), ("עמדת קפה ומאפים", "סועד", 40, 250, 22, 45), ("מלצרים, משמרת", "משמרת", 2, 12, 380, 650), ("השכרת כלים ומפות", "סט", 1, 3, 450, 1400)],
}
RG_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:14px 16px 10px 16px;border-radius:3px}
.band .nm{font-size:17pt;font-weight:bold} .band .ad{font-size:8.3pt;opacity:.9;margin-top:2px}
.band table{width:100%;margin-top:10px} .band td{padding:2px 10px 2px 0;vertical-align:top}
.wl{font-size:6.8pt;color:#fff;opacity:.8} .wv{font-size:10pt;font-weight:bold;color:#fff}
.ttl{font-size:15pt;font-weight:bold;color:{{ color }};margin:12px 0 4px 0}
.to{border-right:4px solid {{ color }};padding:4px 10px;background:#f6f6f6;font-size:9pt}
table.it{width:100%;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};font-size:8pt;padding:5px 4px;text-align:right;color:{{ color }}} table.it td{padding:5px 4px;border-bottom:1px solid #ddd;font-size:8.8pt}
.n{direction:ltr;unicode-bidi:isolate;text-align:left;white-space:nowrap}
.sum{width:44%;margin-top:14px;margin-right:auto;border:1.5px solid {{ color }}} .sum td{padding:5px 8px;font-size:9.2pt} .sum tr.g td{background:{{ color }};color:#fff;font-weight:bold;font-size:11pt}
.ft{position:absolute;bottom:0;width:100%;font-size:7pt;color:#666;border-top:1px solid #ccc;padding-top:4px}
</style></head><body>
<div class="band"><div class="nm">{{ vname }}</div><div class="ad">{{ vaddr }} · טל׳ 03-{{ phone }} · ע.מ. / ח.פ. <span class="n">{{ vid }}</span></div>
<table><tr>
<td><div class="wl">מספר מסמך</div><div class="wv n">{{ no }}</div></td>
<td><div class="wl">תאריך הפקה</div><div class="wv n">{{ d }}</div></td>
<td><div class="wl">{{ due_l }}</div><div class="wv n">{{ due }}</div></td>
<td><div class="wl">מספר הקצאה</div><div class="wv n">{{ alloc }}</div></td>
<td><div class="wl">מקור</div><div class="wv">{{ copy }}</div></td></tr></table></div>
<div class="ttl">{{ title }}</div>
<table style="width:100%"><tr><td style="width:58%"><div class="to"><b>לכבוד:</b> {{ bname }}, {{ bcity }}<br>ח.פ. לקוח: <span class="n">{{ bid }}</span>{% if po %}<br>הזמנת רכש מס׳ <span class="n">{{ po }}</span>{% endif %}</div></td>
<td style="font-size:8.3pt;color:#444;padding-right:14px">{% if orig %}זיכוי לחשבונית מס <span class="n">{{ orig }}</span> מיום <span class="n">{{ origd }}</span><br>סיבה: {{ reason }}<br>{% endif %}תאריך אספקה: <span class="n">{{ supply }}</span><br>איש קשר: {{ contact }}</td></tr></table>
<table class="it"><tr><th style="width:5%">#</th><th>תיאור</th><th>יחידה</th><th style="text-align:left">כמות</th><th style="text-align:left">מחיר ליח׳</th><th style="text-align:left">סה״כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="sum"><tr><td>סה״כ לפני מע״מ</td><td class="n">{{ net }} ₪</td></tr><tr><td>מע״מ 18%</td><td class="n">{{ tax }} ₪</td></tr><tr class="g"><td>{{ tot_l }}</td><td class="n">{{ total }} ₪</td></tr></table>
<div style="margin-top:16px;font-size:8.3pt;width:52%">{{ payline }}<br>בנק {{ bank }}, IBAN <span class="n">{{ ibanv }}</span></div>
<div class="ft">מסמך ממוחשב · הופק באמצעות חשבונית ירוקה · עמוד 1 מתוך 1 · המסמך נחתם דיגיטלית</div>
</body></html>"""


@style("01", "il_rgn_ramat_gan_heshbonit_mas_18_header_band_totals_left_zikui")
def s01(rng, i):
    vname, vaddr, color, kind = RG_V[i]
    bname, bcity = RG_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, RG_ROWS[kind], [3, 5, 2, 4][i], D("0.5") if kind != "cater" else D("1"))
    for x in items:
        x["rate"] = 18
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = il_hp(rng)
    bid = il_hp(rng)
    no = [f"{rng.randint(20001, 29999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(30001, 39999)}", f"INV{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i == 0 else None
    po = [f"PO-{rng.randint(10000, 99999)}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    alloc = digits(rng, 9, True)
    orig = f"{rng.randint(20001, 29999)}" if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(8, 40)))
    supply = d - dt.timedelta(days=rng.randint(1, 9))
    tot_l = "סה״כ זיכוי" if credit else "סה״כ לתשלום"
    due_l = "לתשלום עד" if due else "תנאי תשלום"
    term = [None, "שולם במלואו", "זיכוי בחשבון", "שוטף + 30"][i]
    due_s = fd(due) if due else term
    ib = an_iban(rng, "IL", 19, rng.choice(["012", "010", "011", "020"]) + f"{rng.randint(100, 999)}")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, phone=digits(rng, 7, True), vid=vid, no=no, d=fd(d), due_l=due_l, due=due_s,
        alloc=alloc, copy="מקור" if i != 1 else "העתק נאמן למקור", title="חשבונית מס זיכוי" if credit else ("חשבונית מס" if i != 1 else "חשבונית מס / קבלה"),
        bname=bname, bcity=bcity, bid=bid, po=po, orig=orig, origd=origd, reason="החזרת טובין / תיקון מחיר", supply=fd(supply),
        contact=rng.choice(["מיכל לוי", "אבי כהן", "רונית בן דוד", "יוסי מזרחי"]),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), tot_l=tot_l,
        payline="הסכום יזוכה בחשבונכם." if credit else ("לתשלום בהעברה בנקאית בציון מספר החשבונית." if due or i == 3 else "התקבל בהעברה בנקאית, תודה."),
        bank=rng.choice(["הפועלים", "לאומי", "דיסקונט", "מזרחי טפחות"]), ibanv=g4(ib),
    )
    notes = (
        "Ramat Gan (Israel) " + ("חשבונית מס זיכוי (CREDIT NOTE: quantities and amounts printed NEGATIVE; it refers to an earlier invoice, a decoy number and date)" if credit else "חשבונית מס")
        + " in Hebrew, right to left, the facts in a coloured HEADER BAND with white labels, the totals in a box at the LEFT, מע״מ 18 %, shekels '1,234.56 ₪': "
        "vendor = the name in the band; vendor_tax_id = 'ע.מ. / ח.פ.' in the band (9 digits; the customer's ח.פ., the 'מספר הקצאה' allocation number and the IBAN are decoys). "
        "invoice_number = 'מספר מסמך'; invoice_date = 'תאריך הפקה' (the 'תאריך אספקה' supply date is a decoy). "
        + due_note(due, term, "לתשלום עד")
        + po_note(po, "הזמנת רכש מס׳")
        + f"subtotal = 'סה״כ לפני מע״מ'; tax = 'מע״מ 18%'; total = '{tot_l}'. Currency ILS (₪). Line items: every row, net of VAT."
        + (" document_type credit_note (every amount negative)." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, bid, alloc, fd(due) if due else None, fd(supply), orig]}
    return t, chk, (RG_HTML.replace("@@BASE@@", css(margin="12mm", fs="9pt")), ctx)


# =========================================================================== 02 Umm Al Quwain (VAT 5 % / 0 %, AED), landscape freight
UQ_V = [
    ("Al Salama Freight & Logistics L.L.C", "السلامة للشحن والخدمات اللوجستية ذ.م.م", "Warehouse 14, Umm Al Quwain Free Trade Zone, Sheikh Ahmed Bin Rashid Port, UAE", "#0e4f6e"),
    ("Sinniyah Marine Cargo Services FZE", "السينية لخدمات الشحن البحري م.م.ح", "Office 207, UAQ FTZ Business Centre, Umm Al Quwain, UAE", "#1f5130"),
    ("Falaj Al Mualla Transport L.L.C", "فلج المعلا للنقل ذ.م.م", "Industrial Area 3, Plot 61, Umm Al Quwain, UAE", "#7a2e0b"),
    ("Khor Al Beidah Shipping Agencies L.L.C", "خور البيضاء لوكالات الشحن ذ.م.م", "King Faisal Road, Al Salamah, Umm Al Quwain, UAE", "#3b3b7a"),
]
UQ_B = [("Gulf Spice Traders L.L.C", "Al Ras, Deira, Dubai"), ("Emirates Marble Works FZC", "Hamriyah Free Zone, Sharjah"), ("Ajman Plastic Industries L.L.C", "New Industrial Area, Ajman"), ("Al Ain Date Packers L.L.C", "Sanaiya, Al Ain")]
UQ_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, (rate, freight?))
    ("Ocean freight Jebel Ali – Karachi, 40' HC", "cntr", 1, 4, 1800, 4200, (0, True)), ("Ocean freight Jebel Ali – Mundra, 20' GP", "cntr", 1, 5, 1200, 2900, (0, True)),
    ("Air freight DXB – BOM, per chargeable kg", "kg", 80, 900, 6, 14, (0, True)), ("Terminal handling charges, origin", "cntr", 1, 5, 420, 780, (5, False)),
    ("Customs clearance and documentation", "set", 1, 2, 250, 650, (5, False)), ("Trucking UAQ – Jebel Ali, flatbed", "trip", 1, 6, 550, 1250, (5, False)),
    ("Warehouse storage, per pallet-day", "p/day", 10, 240, 3, 8, (5, False)), ("Bill of lading fee", "B/L", 1, 2, 150, 350, (5, False)),
    ("Road freight UAQ – Muscat, 12 m trailer", "trip", 1, 3, 2400, 4600, (0, True)), ("Loading / unloading labour", "hr", 2, 16, 45, 95, (5, False)),
]
UQ_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.ar{direction:rtl;unicode-bidi:isolate} .k{font-size:6.4pt;color:#6b7280;text-transform:none} .v{font-size:9pt;font-weight:bold}
.grid{border-collapse:collapse;width:100%} .grid td{border:1px solid #9ca3af;padding:3px 6px;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:7pt;padding:4px;border:1px solid {{ color }};text-align:left} table.it td{border:1px solid #9ca3af;padding:3px 4px;font-size:7.9pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:40%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="ar" style="font-size:12pt;text-align:left">{{ varname }}</div><div style="font-size:7.6pt">{{ vaddr }}<br>Tel +971 6 {{ phone }} · Trade Licence {{ lic }}</div></td>
<td style="width:20%;text-align:center"><div style="font-size:16pt;font-weight:bold">TAX INVOICE</div><div class="ar" style="font-size:13pt;text-align:center">فاتورة ضريبية</div><div style="font-size:7.5pt;margin-top:3px">TRN / <span class="ar">الرقم الضريبي</span>: <b>{{ trn }}</b></div></td>
<td style="width:40%"><table class="grid"><tr><td><div class="k">Invoice No. / <span class="ar">رقم الفاتورة</span></div><div class="v">{{ no }}</div></td><td><div class="k">Invoice Date / <span class="ar">تاريخ الفاتورة</span></div><div class="v">{{ d }}</div></td></tr>
<tr><td><div class="k">Due Date / <span class="ar">تاريخ الاستحقاق</span></div><div class="v">{{ due }}</div></td><td><div class="k">Customer PO / <span class="ar">أمر الشراء</span></div><div class="v">{{ po or "—" }}</div></td></tr>
<tr><td><div class="k">Job No. / <span class="ar">رقم العملية</span></div><div class="v">{{ job }}</div></td><td><div class="k">Account / <span class="ar">رقم الحساب</span></div><div class="v">{{ acct }}</div></td></tr></table></td></tr></table>
<table class="grid" style="margin-top:8px"><tr>
<td style="width:28%"><div class="k">Bill To / <span class="ar">فاتورة إلى</span></div><div class="v">{{ bname }}</div><div style="font-size:7.8pt">{{ baddr }}<br>Customer TRN: {{ btrn }}</div></td>
<td><div class="k">Shipper</div><div style="font-size:8pt">{{ shipper }}</div></td><td><div class="k">Consignee</div><div style="font-size:8pt">{{ consignee }}</div></td>
<td><div class="k">POL / POD</div><div style="font-size:8pt">{{ pol }} → {{ pod }}</div></td><td><div class="k">{{ doc_l }}</div><div style="font-size:8pt">{{ docno }}</div></td>
<td><div class="k">Vessel / Voyage</div><div style="font-size:8pt">{{ vessel }}</div></td><td><div class="k">ETD / ETA</div><div style="font-size:8pt">{{ etd }} / {{ eta }}</div></td></tr></table>
<table class="it"><tr><th>#</th><th>Description / <span class="ar">الوصف</span></th><th>Container / Ref.</th><th class="r">Pkgs</th><th class="r">Gross wt kg</th><th class="r">Chg. wt kg</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate AED</th><th class="r">Taxable amount AED</th><th class="r">VAT %</th><th class="r">VAT AED</th><th class="r">Total AED</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.ref }}</td><td class="r">{{ it.pk }}</td><td class="r">{{ it.gw }}</td><td class="r">{{ it.cw }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:55%;font-size:7.8pt;vertical-align:top">
<b>VAT summary</b>{% for r in rates %}<br>{{ r.l }}: taxable {{ r.b }} · VAT {{ r.t }}{% endfor %}<br><br>
<b>Bank details</b>: {{ bank }} · Account name {{ vname }}<br>IBAN {{ ibanv }} · SWIFT {{ swift }}<br>
<span style="color:#555">{{ terms }}</span></td>
<td><table class="grid"><tr><td>Total excluding VAT / <span class="ar">الإجمالي غير شامل الضريبة</span></td><td class="r">{{ net }}</td></tr>
<tr><td>Total VAT / <span class="ar">إجمالي ضريبة القيمة المضافة</span></td><td class="r">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold"><td>Total amount due AED / <span class="ar">المبلغ المستحق</span></td><td class="r" style="font-size:11pt">{{ total }}</td></tr>
<tr><td style="font-size:7.6pt;color:#555">Equivalent in USD at 3.6725</td><td class="r" style="font-size:7.6pt;color:#555">USD {{ usd }}</td></tr></table></td></tr></table>
<div style="position:absolute;bottom:0;width:100%;font-size:6.8pt;color:#777">All business is transacted under the company's standard trading conditions. E&amp;OE. · Page 1 of 1</div>
</body></html>"""


@style("02", "ae_uaq_umm_al_quwain_freight_tax_invoice_vat_5_landscape_weights")
def s02(rng, i):
    vname, varname, vaddr, color = UQ_V[i]
    bname, baddr = UQ_B[i]
    d = rand_date(rng)
    items = lines(rng, UQ_ROWS, [5, 4, 6, 3][i], D("0.25"))
    for x in items:
        x["rate"], fr = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
        x["fr"] = fr
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    trn = "100" + digits(rng, 12)
    btrn = "100" + digits(rng, 12)
    no = [f"UQF-{d.year}-{rng.randint(1000, 9999)}", f"INV/{d.strftime('%y')}/{rng.randint(10000, 99999)}", f"FAM{rng.randint(100000, 999999)}", f"KB-{rng.randint(1000, 9999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d %B %Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    po = [f"GST-PO-{rng.randint(1000, 9999)}", None, f"PO{rng.randint(100000, 999999)}", None][i]
    etd = d - dt.timedelta(days=rng.randint(3, 12))
    eta = etd + dt.timedelta(days=rng.randint(4, 14))
    cont = [f"{rng.choice(['MSCU', 'CMAU', 'HLXU', 'TGHU'])}{digits(rng, 7)}" for _ in range(3)]
    docno = f"{rng.choice(['MEDU', 'CMDU', 'HLCU'])}{digits(rng, 8)}"
    for x in items:
        x["ref"] = rng.choice(cont) if x["fr"] and x["unit"] == "cntr" else (f"AWB 176-{digits(rng, 8)}" if x["unit"] == "kg" else (f"CMR {digits(rng, 6)}" if x["fr"] else "—"))
        if x["fr"] and x["unit"] == "kg":  # air freight: the chargeable weight is the billed quantity
            x["pk"], x["gw"], x["cw"] = str(rng.randint(2, 40)), en(rng.randint(int(x["qty"] * D("0.6")), int(x["qty"])), 0), en(x["qty"], 0)
        elif x["fr"]:
            gw = rng.randint(800, 24000)
            x["pk"], x["gw"], x["cw"] = str(rng.randint(10, 900)), en(gw, 0), en(max(gw, rng.randint(800, 26000)), 0)
        else:
            x["pk"] = x["gw"] = x["cw"] = ""
    rates = [(r, b, t) for r, b, t in rates_net(items)]
    tax_r = sum(t for _, _, t in rates)
    if tax_r != tax:  # one rounding per row on the page; keep the summary per rate the row sums
        rates = [(r, sum(x["amount"] for x in items if x["rate"] == r), sum(x["tax"] for x in items if x["rate"] == r)) for r, _, _ in rates]
    usd = q2(total / D("3.6725"))
    ib = an_iban(rng, "AE", 19, rng.choice(["033", "035", "026", "044"]))
    ctx = dict(
        color=color, vname=vname, varname=varname, vaddr=vaddr, phone=f"7{digits(rng, 6)}", lic=f"{rng.randint(10000, 99999)}", trn=trn,
        no=no, d=fd(d), due=fd(due) if due else "Cash against documents", po=po, job=f"JOB{rng.randint(10000, 99999)}", acct=f"C{rng.randint(1000, 9999)}",
        bname=bname, baddr=baddr, btrn=btrn, shipper=bname if i % 2 == 0 else rng.choice(["Karachi Rice Mills Ltd", "Mundra Ceramics Pvt Ltd", "Oman Flour Mills SAOG"]),
        consignee=rng.choice(["Habib Food Co., Karachi", "Shree Granite Exports, Mundra", "Al Maha Trading, Muscat"]) if i % 2 == 0 else bname,
        pol=rng.choice(["AEJEA", "AEQIW"]), pod=rng.choice(["PKKHI", "INMUN", "OMSOH"]), doc_l="B/L No." if i != 1 else "MBL / HBL", docno=docno,
        vessel=rng.choice(["MSC ALINA / 512E", "CMA CGM TIGRIS / 0FL3W", "AL ZUBARA / 2604W"]), etd=etd.strftime("%d/%m"), eta=eta.strftime("%d/%m"),
        items=[{"d": x["desc"], "ref": x["ref"], "pk": x["pk"], "gw": x["gw"], "cw": x["cw"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "r": f"{x['rate']}%", "t": en(x["tax"]), "g": en(x["amount"] + x["tax"])} for x in items],
        rates=[{"l": "Standard rated 5%" if r == 5 else "Zero rated 0% (international transport)", "b": en(b), "t": en(t)} for r, b, t in rates],
        bank=rng.choice(["Emirates NBD", "Mashreq Bank", "Abu Dhabi Commercial Bank", "National Bank of Umm Al Qaiwain"]), ibanv=g4(ib), swift=rng.choice(["EBILAEAD", "BOMLAEAD", "ADCBAEAA", "NBUQAEAF"]),
        net=en(net), tax=en(tax), total=en(total), usd=en(usd),
        terms="Payment within the agreed credit period; interest may be charged on overdue amounts." if due else "Cargo is released against payment (cash against documents).",
    )
    notes = (
        "Umm Al Quwain (UAE) freight and logistics TAX INVOICE in English with Arabic labels on a LANDSCAPE page, the facts in a boxed grid (label above value) at the top right, "
        "a shipment grid and a FULLY RULED table with packages and weights, VAT 5 % on local services and 0 % on international transport, '1,234.56' AED: "
        "vendor = the English name at the top left (the Arabic name under it); vendor_tax_id = 'TRN' under the title (15 digits; the customer TRN, the trade licence, IBAN, containers, B/L and AWB numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (ETD / ETA are decoys). "
        + due_note(due, None if due else "Cash against documents", "Due Date")
        + po_note(po, "Customer PO")
        + "subtotal = 'Total excluding VAT'; tax = 'Total VAT'; total = 'Total amount due AED' (the USD equivalent is a decoy; weights are decoys). Currency AED. Line items: every row, the taxable amount (net)."
    )
    t = truth(vname, trn, no, po, d, due, "AED", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, trn, btrn, fd(due) if due else None, "USD " + en(usd), docno]}
    return t, chk, (UQ_HTML.replace("@@BASE@@", css(size="A4 landscape", margin="10mm", fs="8.4pt")), ctx)


# =========================================================================== 03 Morelia pharmacy ticket (IVA 16 % / 0 % inside prices, MXN), 80 mm roll
MO_V = [
    ("FARMACIAS LA CATEDRAL", "Distribuidora Farmacéutica Valladolid, S.A. de C.V.", "DFV", "Av. Francisco I. Madero Pte. 412, Centro, 58000 Morelia, Mich."),
    ("BOTICA DEL ACUEDUCTO", "Botica del Acueducto de Morelia, S.A. de C.V.", "BAM", "Av. Acueducto 1580, Col. Chapultepec Nte., 58260 Morelia, Mich."),
    ("FARMA TARASCO", "Grupo Farmacéutico Tarasco, S.A.P.I. de C.V.", "GFT", "Periférico Paseo de la República 3020, 58270 Morelia, Mich."),
    ("FARMACIA GUIDO", "Comercializadora Médica Guido, S. de R.L. de C.V.", "CMG", "Calz. Fray Antonio de San Miguel 77, 58000 Morelia, Mich."),
]
MO_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("PARACETAMOL 500MG C/20 TAB", "PZA", 1, 3, 18, 65, 0), ("AMOXICILINA 500MG C/12 CAP", "PZA", 1, 2, 55, 180, 0), ("LOSARTAN 50MG C/30 TAB", "PZA", 1, 3, 90, 420, 0),
    ("OMEPRAZOL 20MG C/14 CAP", "PZA", 1, 2, 35, 160, 0), ("METFORMINA 850MG C/30 TAB", "PZA", 1, 3, 40, 190, 0), ("SALBUTAMOL AEROSOL 100MCG", "PZA", 1, 2, 75, 210, 0),
    ("SUERO ORAL 625ML SABOR COCO", "PZA", 1, 6, 18, 32, 0), ("PROTECTOR SOLAR FPS50 120ML", "PZA", 1, 2, 180, 390, 16), ("SHAMPOO ANTICASPA 400ML", "PZA", 1, 2, 85, 160, 16),
    ("CEPILLO DENTAL SUAVE", "PZA", 1, 4, 25, 65, 16), ("PAÑALES ETAPA 3 C/40", "PAQ", 1, 2, 190, 340, 16), ("ALCOHOL ETÍLICO 70% 500ML", "PZA", 1, 2, 28, 55, 16),
    ("TOALLITAS HÚMEDAS 80 PZ", "PAQ", 1, 3, 35, 70, 16), ("GEL ANTIBACTERIAL 1L", "PZA", 1, 2, 60, 120, 16),
]
MO_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.3pt;color:#111;margin:0;line-height:1.28} .c{text-align:center} .r{text-align:right} .b{font-weight:bold}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .hr{border-top:1px dashed #000;margin:4px 0}
</style></head><body>
<div class="c b" style="font-size:10pt">{{ trade }}</div><div class="c">{{ legal }}</div><div class="c">RFC: {{ rfc }}</div><div class="c">{{ addr }}</div>
<div class="c">Régimen General de Ley Personas Morales</div><div class="c">Suc. {{ branch }} · Tel. 443 {{ phone }}</div>
<div class="hr"></div>
<table><tr><td>TICKET: {{ no }}</td><td class="r">CAJA {{ till }}</td></tr><tr><td>FECHA: {{ d }}</td><td class="r">HORA: {{ hm }}</td></tr><tr><td colspan="2">LE ATENDIÓ: {{ clerk }}</td></tr></table>
<div class="hr"></div>
<table><tr class="b"><td>CANT DESCRIPCIÓN</td><td class="r">IMPORTE</td></tr>
{% for it in items %}{% if it.disc %}<tr><td>&nbsp;&nbsp;{{ it.d }}</td><td class="r">{{ it.a }}</td></tr>{% else %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} {{ it.u }} x {{ it.p }} {{ it.tag }}</td><td class="r">{{ it.a }}</td></tr>{% endif %}{% endfor %}</table>
<div class="hr"></div>
<table><tr><td>ARTÍCULOS: {{ count }}</td><td></td></tr>
<tr><td>SUBTOTAL</td><td class="r">$ {{ net }}</td></tr><tr><td>IVA 16%</td><td class="r">$ {{ tax }}</td></tr><tr><td>IVA 0%</td><td class="r">$ 0.00</td></tr>
<tr class="b" style="font-size:9.5pt"><td>TOTAL {{ cur }}</td><td class="r">$ {{ total }}</td></tr></table>
<div style="margin-top:2px">({{ words }})</div>
<table style="margin-top:4px">{% for p in pays %}<tr><td>{{ p.l }}</td><td class="r">{{ p.v }}</td></tr>{% endfor %}</table>
{% if saved %}<div class="b" style="margin-top:4px">USTED AHORRÓ: $ {{ saved }}</div>{% endif %}
<div class="hr"></div>
<div>(*) Tasa 0%: medicamentos. (A) Grava IVA 16%. Los precios incluyen IVA.</div>
<div style="margin-top:3px">FACTURE SU TICKET EN {{ web }} ANTES DE FIN DE MES. CÓDIGO DE FACTURACIÓN: {{ code }}</div>
<div class="c" style="margin-top:5px">{{ bars|safe }}</div><div class="c">{{ code2 }}</div>
<div class="c" style="margin-top:4px">¡GRACIAS POR SU COMPRA!<br>Consulte a su médico. Evite la automedicación.</div>
</body></html>"""


@style("03", "mx_mor_morelia_farmacia_ticket_iva_16_0_till_80mm_words")
def s03(rng, i):
    trade, legal, rfc3, addr = MO_V[i]
    d = rand_date(rng)
    base = lines(rng, MO_ROWS, [5, 4, 7, 3][i], D("0.50"))
    items = []
    for x in base:
        x["rate"] = x["extra"]
        x["tag"] = "(*)" if x["rate"] == 0 else "(A)"
        items.append(x)
        if x["rate"] == 0 and rng.random() < 0.55 and x["amount"] >= 40:
            dsc = -q2(x["amount"] * D("0.10"))
            items.append({"desc": "DESC. PROGRAMA SALUD 10%", "unit": "", "qty": None, "price": None, "amount": dsc, "rate": 0, "disc": True, "show_qty": False})
    if not any(x.get("disc") for x in items):  # every ticket has at least one discount line
        x = max((y for y in items if not y.get("disc")), key=lambda y: y["amount"])
        dsc = -q2(x["amount"] * D("0.10"))
        items.insert(items.index(x) + 1, {"desc": "DESC. MONEDERO 10%", "unit": "", "qty": None, "price": None, "amount": dsc, "rate": x["rate"], "disc": True, "show_qty": False})
    total = sum(x["amount"] for x in items)
    r = {rt: t for rt, _n, t, _g in rates_gross(items)}
    tax = r.get(16, D("0.00"))
    net = total - tax
    rfc = mx_rfc(rng, rfc3, dt.date(rng.randint(1992, 2015), rng.randint(1, 12), rng.randint(1, 28)))
    no = [f"{rng.randint(1, 9):03d}-{rng.randint(10000, 99999):06d}", f"T{rng.randint(1000000, 9999999)}", f"{rng.randint(100000, 999999)}", f"A-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    pesos = int(total)
    cents = int((total - pesos) * 100)
    words = f"{es_words(pesos).upper()} PESOS {cents:02d}/100 M.N."
    if i % 2 == 0:
        given = (int(total / 50) + 1) * 50 if i == 0 else (int(total / 100) + 1) * 100
        pays = [{"l": "EFECTIVO", "v": "$ " + en(D(given))}, {"l": "CAMBIO", "v": "$ " + en(D(given) - total)}]
    else:
        pays = [{"l": "TARJETA DÉBITO **** " + digits(rng, 4), "v": "$ " + en(total)}, {"l": "AUT. " + digits(rng, 6), "v": ""}]
    saved = -sum(x["amount"] for x in items if x.get("disc"))
    n_rows = len(items)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    ctx = dict(
        h=150 + 7 * n_rows, trade=trade, legal=legal, rfc=rfc, addr=addr, branch=rng.choice(["Centro", "Las Américas", "Chapultepec", "Tres Marías"]), phone=digits(rng, 7, True),
        no=no, till=rng.randint(1, 4), d=fd(d), hm=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", clerk=rng.choice(["MARÍA G.", "JOSÉ L.", "ANA P.", "LUIS R."]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "u": x["unit"], "p": en(x["price"]) if x["price"] is not None else "", "tag": x.get("tag", ""), "a": en(x["amount"]), "disc": x.get("disc", False)} for x in items],
        count=sum(int(x["qty"]) for x in items if x["qty"] is not None), net=en(net), tax=en(tax), total=en(total), cur="MXN" if i in (1, 2) else "", words=words, pays=pays,
        saved=en(saved) if saved else None, web=rng.choice(["facturacion.lacatedral.mx", "botica-acueducto.com.mx/facturar", "farmatarasco.mx/cfdi", "guido.mx/factura"]), code=code,
        bars=bars_svg(rng, 58, 9), code2=digits(rng, 18),
    )
    notes = (
        "Morelia (Michoacán, Mexico) pharmacy TICKET on an 80 mm roll in Spanish, monospace, prices INCLUDING IVA (16 % on toiletries marked (A), 0 % on medicines marked (*)), "
        "loyalty DISCOUNT lines (negative, no quantity) under some items, the total in words '(… PESOS nn/100 M.N.)': "
        "vendor = the legal name under the trade name (the trade name is the brand); vendor_tax_id = 'RFC' (the código de facturación and the bar code are decoys). "
        "invoice_number = 'TICKET'; invoice_date = 'FECHA'. No due date (paid at the till; null). No PO. "
        "subtotal = 'SUBTOTAL' (net of IVA); tax = 'IVA 16%' (the 'IVA 0%' row is 0.00); total = 'TOTAL'. Cash given and change, 'USTED AHORRÓ' are decoys. Currency MXN. "
        "Line items: every product row (gross, VAT-inclusive) and every discount row (negative, quantity null); they sum to the total."
    )
    t = truth(legal, rfc, no, None, d, None, "MXN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, legal, rfc, words, code]}
    return t, chk, (MO_HTML, ctx)
