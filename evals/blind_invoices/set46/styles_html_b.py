"""Chromium (HTML) styles for set 46, second part (04 Nablus stone, olive-oil and soap supplier's فاتورة ضريبية in
Arabic RIGHT TO LEFT with the TOTAL in a box at the TOP, VAT 16 % in new shekels and a Jordanian-dinar counter-value,
05 Uppsala supplier's FAKTURA in Swedish with moms 25 / 12 / 6 % per rate, the amount to pay boxed, an advance
(förskott) deducted below the total and an OCR number)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import css, digits, en, iban, iban_fmt, luhn_check, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.se import orgnr

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Nablus (VAT 16 %, ILS), RTL, total at the top
NB_V = [
    ("شركة جبل النار لصناعة الحجر والرخام", "نابلس – المنطقة الصناعية، شارع عمان", "#92400e"),
    ("مصبنة الشكعة للصابون النابلسي", "نابلس – البلدة القديمة، حارة الياسمينة", "#065f46"),
    ("شركة زيت الزيتون الفلسطيني المساهمة الخاصة", "نابلس – رفيديا، شارع الجامعة", "#3f6212"),
    ("مؤسسة الكنافة الذهبية للحلويات والتوريدات", "نابلس – دوار الشهداء", "#9f1239"),
]
NB_B = [
    ("شركة البناء الحديث للمقاولات", "رام الله – البيرة، شارع القدس"),
    ("فندق الياسمين", "نابلس – البلدة القديمة"),
    ("سوبرماركت الأمانة", "جنين – شارع حيفا"),
    ("جامعة النجاح الوطنية – دائرة المشتريات", "نابلس – الحرم الجديد"),
]
NB_ROWS = [
    ("حجر أبيض نابلسي مسمسم 20 سم", "م²", 10, 300, 55, 95),
    ("رخام جلجلي ألواح 2 سم", "م²", 5, 120, 120, 220),
    ("حجر طبزة للواجهات", "م²", 10, 200, 60, 110),
    ("صابون نابلسي بزيت الزيتون، كرتونة 10 كغ", "كرتونة", 2, 60, 180, 320),
    ("زيت زيتون بكر ممتاز، تنكة 16 لتر", "تنكة", 2, 40, 420, 650),
    ("زعتر بلدي مطحون 1 كغ", "كغ", 5, 80, 28, 55),
    ("كنافة نابلسية، صدر كبير", "صدر", 1, 20, 150, 260),
    ("حلاوة طحينية 1 كغ", "كغ", 5, 100, 18, 32),
    ("نقل وتحميل", "رحلة", 1, 3, 250, 900),
    ("قص وتشطيب حجر", "م.ط", 10, 200, 12, 25),
    ("مكعبات رصف إنترلوك 8 سم", "م²", 20, 400, 32, 48),
    ("تركيب حجر واجهات", "م²", 10, 150, 45, 80),
]
NB_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
body{direction:rtl} table.it{width:100%;margin-top:10px;font-size:8.5pt;border-collapse:collapse} table.it th{background:{{ color }};color:#fff;padding:4px;text-align:right} table.it td{padding:4px;border-bottom:1px solid #ddd;text-align:right}
.n{direction:ltr;unicode-bidi:embed;white-space:nowrap} .box{border:2px solid {{ color }};padding:8px 12px;text-align:center}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.5pt">{{ vaddr }} · هاتف <span class="n">09-{{ tel }}</span></div>
<div style="font-size:8.5pt">{{ vid_label }}: <span class="n"><b>{{ vid }}</b></span> · سجل تجاري <span class="n">{{ reg }}</span> · عضوية الغرفة التجارية <span class="n">{{ chamber }}</span></div></td>
<td><div class="box"><div style="font-size:8pt">{{ top_label }}</div><div style="font-size:16pt;font-weight:bold"><span class="n">{{ total }}</span> {{ cur }}</div>{% if jod %}<div style="font-size:7.5pt">ما يعادل <span class="n">{{ jod }}</span> دينار أردني (سعر الصرف <span class="n">{{ rate }}</span>)</div>{% endif %}</div></td></tr></table>
<div style="text-align:center;font-size:15pt;font-weight:bold;margin-top:10px">{{ title }}</div>
<table style="width:100%;font-size:8.5pt;margin-top:6px"><tr><td style="width:50%">رقم الفاتورة: <span class="n"><b>{{ no }}</b></span><br>التاريخ: {% if dnum %}<span class="n">{{ date }}</span>{% else %}{{ date }}{% endif %}{% if due %}<br>تاريخ الاستحقاق: <span class="n">{{ due }}</span>{% endif %}{% if po %}<br>رقم أمر الشراء: <span class="n">{{ po }}</span>{% endif %}{% if dn %}<br>سند التسليم رقم <span class="n">{{ dn }}</span>{% endif %}</td>
<td>السادة: <b>{{ bname }}</b><br>{{ baddr }}<br>رقم المشتغل المرخص للعميل: <span class="n">{{ bid }}</span><br>رقم العميل: <span class="n">{{ cust }}</span></td></tr></table>
<table class="it"><tr><th>#</th><th>البيان</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>المجموع</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:45%;margin-top:10px;margin-right:auto;font-size:9pt"><tr><td>المجموع قبل الضريبة</td><td class="n" style="text-align:left">{{ net }}</td></tr><tr><td>ضريبة القيمة المضافة 16%</td><td class="n" style="text-align:left">{{ tax }}</td></tr><tr style="font-weight:bold;border-top:1px solid #333"><td>الإجمالي شامل الضريبة</td><td class="n" style="text-align:left">{{ total }}</td></tr></table>
<div style="font-size:8pt;margin-top:12px">{{ pay }}</div>
<div style="font-size:7.5pt;color:#555;margin-top:24px">{{ footer }}</div>
<table style="width:100%;margin-top:20px;font-size:8pt"><tr><td>المستلم: ____________</td><td>المحاسب: ____________</td><td>الختم والتوقيع</td></tr></table>
</body></html>"""


@style("04", "ps_nab_nablus_fatura_dariba_16_total_top_rtl")
def s04(rng, i):
    vname, vaddr, color = NB_V[i]
    bname, baddr = NB_B[i]
    d = rand_date(rng)
    items = lines(rng, NB_ROWS, [4, 1, 10, 6][i], D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vid = f"56{digits(rng, 7)}"
    bid = f"56{digits(rng, 7)}"
    no = [
        f"{rng.randint(1000, 9999)}",
        f"ن/{d.year}/{rng.randint(100, 999)}".replace("ن/", "N/"),
        f"{rng.randint(100000, 999999)}",
        f"TI-{rng.randint(1000, 9999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d-%m-%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%Y/%m/%d"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i in (0, 3) else None
    po = [f"PO-{rng.randint(100, 999)}", None, None, f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}"][i]
    cur = ["شيكل", "₪", "شيقل جديد", "ش.ج"][i]
    jod = en(q2(total / D("5.02"))) if i in (0, 2) else None
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(230, 239)}{digits(rng, 4)}",
        vid_label=["رقم المشتغل المرخص", "رقم المشتغل", "الرقم الضريبي (مشتغل مرخص)", "رقم المشتغل المرخص"][i],
        vid=vid,
        reg=f"{rng.randint(56, 58)}{digits(rng, 7)}",
        chamber=f"{rng.randint(1000, 19999)}",
        top_label=["المبلغ المطلوب", "الإجمالي", "المبلغ المستحق", "المبلغ المطلوب"][i],
        total=en(total),
        cur=cur,
        jod=jod,
        rate="0.1992",
        dnum=True,
        title=["فاتورة ضريبية", "فاتورة ضريبية / إيصال", "فاتورة ضريبية", "فاتورة ضريبية أصلية"][i],
        no=no,
        date=fd(d),
        due=fd(due) if due else None,
        po=po,
        dn=f"{rng.randint(1000, 9999)}" if i in (2, 3) else None,
        bname=bname,
        baddr=baddr,
        bid=bid,
        cust=f"{rng.randint(100, 999)}",
        items=[
            {"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])}
            for x in items
        ],
        net=en(net),
        tax=en(tax),
        pay=(
            "الدفع نقداً عند الاستلام."
            if i == 1
            else f"الدفع بشيك أو تحويل بنكي إلى حساب رقم {digits(rng, 7)} – {rng.choice(['بنك فلسطين', 'البنك الإسلامي العربي', 'بنك القدس'])} – فرع نابلس، IBAN: {iban_fmt(valid(rng, lambda: iban('PS', rng.choice(['PALS', 'ARAB', 'QUBA']) + '0' + digits(rng, 20)), lambda s: True))}"
        ),
        footer="البضاعة المباعة لا ترد ولا تستبدل بعد ٧ أيام من تاريخ الاستلام.",
    )
    notes = (
        "Nablus (West Bank, Palestine) supplier's فاتورة ضريبية (tax invoice) in Arabic RIGHT TO LEFT with the TOTAL boxed at the TOP, VAT 16 %, '1,234.56' new shekels (Western digits): "
        f"vendor = the name at the top right; vendor_tax_id = '{ctx['vid_label']}' (licensed dealer number, 9 digits; the commercial register, the chamber membership, the buyer's dealer number, the customer number, the bank account and IBAN are decoys). "
        "invoice_number = 'رقم الفاتورة'; invoice_date = 'التاريخ' ("
        + ["dd/mm/yyyy", "dd-mm-yyyy", "dd/mm/yyyy", "yyyy/mm/dd"][i]
        + "). "
        + due_note(due, "الدفع نقداً عند الاستلام" if i == 1 else None, "تاريخ الاستحقاق")
        + po_note(po, "رقم أمر الشراء")
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'ضريبة القيمة المضافة 16%'; total = 'الإجمالي شامل الضريبة' (also in the top box)"
        + (" (the Jordanian-dinar counter-value is a decoy)" if jod else "")
        + f". Currency ILS (printed '{cur}', never 'ILS'). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vid, bid, fd(due) if due else None]
    return t, chk, (NB_HTML.replace("@@BASE@@", css(margin="14mm")), ctx)


# =========================================================================== 05 Uppsala (moms 25 / 12 / 6 %, SEK), amount boxed, förskott
UP_V = [
    ("Fyrisåns Bokhandel & Papper AB", "Svartbäcksgatan 12, 753 20 Uppsala", "#1e40af"),
    ("Upplands Lantbruksförnödenheter AB", "Bolandsgatan 8, 753 23 Uppsala", "#166534"),
    ("Slottsbackens Catering AB", "Drottninggatan 3, 753 10 Uppsala", "#9d174d"),
    ("Gamla Uppsala Hantverk & Konferens AB", "Disavägen 15, 754 40 Uppsala", "#78350f"),
]
UP_B = [
    ("Uppsala universitet, Institutionen för ABM", "Box 625, 751 26 Uppsala", "SE202100293201"),
    ("Lantgården Vänge HB", "Vänge byväg 4, 755 97 Uppsala", None),
    ("Akademiska Föreningen Nation AB", "S:t Larsgatan 13, 753 11 Uppsala", None),
    ("Knivsta kommun", "Centralvägen 18, 741 75 Knivsta", "SE212000021901"),
]
UP_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Facklitteratur, diverse titlar", "st", 1, 40, 180, 650, 6),
    ("Tidskrift, årsprenumeration", "st", 1, 4, 450, 1400, 6),
    ("Kontorspapper A4 80 g (5x500)", "kart", 1, 30, 280, 420, 25),
    ("Pärmar A4 breda", "st", 5, 100, 18, 45, 25),
    ("Lunchbuffé, per person", "pers", 10, 120, 115, 195, 12),
    ("Kaffe och bulle, per person", "pers", 10, 150, 38, 65, 12),
    ("Lokalhyra konferensrum, heldag", "dag", 1, 3, 2500, 6800, 25),
    ("Guidad visning Gamla Uppsala", "tim", 1, 4, 900, 1800, 25),
    ("Utsäde vårvete, säck 25 kg", "säck", 2, 40, 290, 480, 12),
    ("Mineralgödsel NPK, storsäck", "st", 1, 12, 4200, 6900, 25),
    ("Hotellövernattning enkelrum", "natt", 1, 20, 950, 1650, 12),
    ("Transport och frakt", "st", 1, 1, 250, 1200, 25),
    ("Handgjorda ljus, låda", "st", 2, 40, 85, 240, 25),
    ("Smörgåstårta, 12 bitar", "st", 1, 10, 520, 890, 12),
]
UP_HTML = """<html lang="sv"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;margin-top:12px;font-size:8.3pt} table.it th{text-align:left;border-bottom:1px solid #333;padding:3px} table.it td{padding:3px;border-bottom:1px solid #e5e5e5} td.r,th.r{text-align:right;white-space:nowrap}
.box{border:1.5px solid {{ color }};padding:6px 10px} .lab{font-size:6.8pt;color:#666}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}</div></td><td class="r" style="font-size:20pt;font-weight:bold">Faktura</td></tr></table>
<table style="width:100%;margin-top:12px;font-size:8.5pt"><tr><td style="width:48%"><div class="lab">Fakturaadress</div><b>{{ bname }}</b><br>{{ baddr }}{% if bvat %}<br>Ert momsreg.nr: {{ bvat }}{% endif %}</td>
<td><table style="width:100%"><tr><td class="lab">Fakturanummer</td><td class="r"><b>{{ no }}</b></td></tr><tr><td class="lab">Fakturadatum</td><td class="r">{{ date }}</td></tr>
<tr><td class="lab">Kundnummer</td><td class="r">{{ cust }}</td></tr>{% if po %}<tr><td class="lab">Er referens / ordernr</td><td class="r">{{ po }}</td></tr>{% endif %}<tr><td class="lab">Vår referens</td><td class="r">{{ ourref }}</td></tr>
{% if due %}<tr><td class="lab">Förfallodatum</td><td class="r"><b>{{ due }}</b></td></tr>{% endif %}<tr><td class="lab">Betalningsvillkor</td><td class="r">{{ terms }}</td></tr><tr><td class="lab">Dröjsmålsränta</td><td class="r">{{ interest }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>Art.nr</th><th>Benämning</th><th class="r">Antal</th><th>Enh</th><th class="r">À-pris</th><th class="r">Moms</th><th class="r">Belopp</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px;font-size:8.5pt"><tr><td style="width:52%;vertical-align:top"><table style="width:95%"><tr><td class="lab">Momssats</td><td class="lab r">Underlag</td><td class="lab r">Moms</td></tr>{% for r in rates %}<tr><td>{{ r.r }} %</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}</table></td>
<td><table style="width:100%"><tr><td>Summa exkl. moms</td><td class="r">{{ net }}</td></tr><tr><td>Moms</td><td class="r">{{ tax }}</td></tr>{% if ore %}<tr><td>Öresavrundning</td><td class="r">{{ ore }}</td></tr>{% endif %}
<tr style="font-weight:bold"><td>Totalt inkl. moms</td><td class="r">{{ total }}</td></tr>{% if adv %}<tr><td>Avgår förskott, betalt {{ adv_date }}</td><td class="r">−{{ adv }}</td></tr>{% endif %}</table>
<div class="box" style="margin-top:8px"><span class="lab">ATT BETALA {{ cur_lbl }}</span><div style="font-size:14pt;font-weight:bold;text-align:right">{{ topay }}</div></div></td></tr></table>
<div style="position:fixed;bottom:0;left:0;right:0;border-top:1px solid #999;padding-top:5px;font-size:7pt"><table style="width:100%"><tr>
<td><b>{{ vname }}</b><br>{{ vaddr }}<br>Säte: Uppsala</td><td>Org.nr {{ org }}<br>Momsreg.nr {{ vvat }}<br>Godkänd för F-skatt</td><td>Bankgiro {{ bg }}<br>OCR {{ ocr }}<br>IBAN {{ iban }}</td></tr></table></div>
</body></html>"""


@style("05", "se_upp_uppsala_faktura_moms_25_12_6_forskott")
def s05(rng, i):
    vname, vaddr, color = UP_V[i]
    bname, baddr, bvat = UP_B[i]
    d = rand_date(rng)
    items = lines(rng, UP_ROWS, [5, 3, 11, 1][i], D("1") if i != 2 else D("0.5"))
    for k, x in enumerate(items):
        x["rate"] = x["extra"]
        x["code"] = f"{rng.randint(100, 999)}-{k + 1:02d}"
    rates = by_rate(items)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    org = valid(rng, lambda: "55" + digits(rng, 8), orgnr.is_valid)
    vvat = f"SE{org}01"
    no = [
        f"{rng.randint(10000, 99999)}",
        f"{d.year}{rng.randint(1000, 9999)}",
        f"F-{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
    ][i]
    fd = [lambda x: x.isoformat(), long_date("sv"), lambda x: x.isoformat(), lambda x: x.strftime("%y-%m-%d")][i]
    days = rng.choice([10, 20, 30])
    due = d + dt.timedelta(days=days)
    po = [f"UU-{rng.randint(10000, 99999)}", None, f"Bokning {rng.randint(100, 999)}", None][i]
    adv = q2(total * rng.choice([D("0.2"), D("0.3"), D("0.5")])) if i in (2, 3) else None
    topay = total - adv if adv else total
    ocr_base = no.replace("F-", "") + digits(rng, 3)
    ocr = ocr_base + luhn_check(ocr_base)
    cur_lbl = ["SEK", "(kr)", "SEK", "KRONOR"][i]
    m = sp
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        bname=bname,
        baddr=baddr,
        bvat=bvat,
        no=no,
        date=fd(d),
        cust=f"{rng.randint(1000, 9999)}",
        po=po,
        ourref=rng.choice(["Karin Lindqvist", "Erik Sundberg", "Maja Holm"]),
        due=fd(due),
        terms=f"{days} dagar netto",
        interest=rng.choice(["8 %", "referensränta + 8 %"]),
        items=[
            {
                "c": x["code"],
                "d": x["desc"],
                "q": qstr(x["qty"]).replace(".", ","),
                "u": x["unit"],
                "p": m(x["price"]),
                "r": x["rate"],
                "a": m(x["amount"]),
            }
            for x in items
        ],
        rates=[{"r": r, "b": m(b), "t": m(t)} for r, b, t in rates],
        net=m(net),
        tax=m(tax),
        ore=None,
        total=m(total) + (" kr" if i == 1 else ""),
        adv=m(adv) if adv else None,
        adv_date=(d - dt.timedelta(days=rng.randint(14, 90))).isoformat(),
        cur_lbl=cur_lbl,
        topay=m(topay) + (" kr" if i == 1 else ""),
        org=f"{org[:6]}-{org[6:]}",
        vvat=vvat,
        bg=f"{rng.randint(100, 999)}-{digits(rng, 4)}",
        ocr=ocr,
        iban=iban_fmt(
            valid(
                rng,
                lambda: iban("SE", rng.choice(["500", "800", "600"]) + "0" + digits(rng, 16)),
                lambda s: __import__("schwifty").IBAN(s, allow_invalid=True).is_valid,
            )
        ),
    )
    notes = (
        "Uppsala (Sweden) supplier's FAKTURA in Swedish with moms 25 %, 12 % and 6 % per row and a summary per rate, '1 234,56', the amount to pay ('ATT BETALA') boxed; the seller's ids only in the FOOTER (Org.nr, Momsreg.nr, F-skatt, bankgiro, OCR, IBAN): "
        "vendor = the name at the top; vendor_tax_id = 'Momsreg.nr' in the footer, SE + org.nr + 01 (the Org.nr, the buyer's momsreg.nr, bankgiro, OCR, IBAN and customer number are decoys). "
        "invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum' ("
        + ["yyyy-mm-dd", "Swedish long date '12 mars 2026'", "yyyy-mm-dd", "yy-mm-dd"][i]
        + "). "
        + due_note(due, None, "Förfallodatum")
        + po_note(po, "Er referens / ordernr")
        + "subtotal = 'Summa exkl. moms'; tax = 'Moms'; total = 'Totalt inkl. moms'"
        + (
            " (the advance 'Avgår förskott' and the smaller 'ATT BETALA' after it are decoys)"
            if adv
            else " (= ATT BETALA)"
        )
        + f". Currency SEK (shown as '{cur_lbl}' in the box"
        + (" and 'kr' after the amounts" if i == 1 else "")
        + "). Line items: every row, before moms."
    )
    t = truth(vname, vvat, no, po, d, due, "SEK", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vvat, fd(due), ocr, "ATT BETALA"]
    return t, chk, (UP_HTML.replace("@@BASE@@", css(margin="14mm 14mm 30mm")), ctx)
