"""Chromium (HTML) styles for set 60, first part (01 Malatya e-FATURA in Turkish under a coloured band of white
small upper-case labels above their values, a ruled table with a row-number column and per-row discounts, the totals in a
box at the right, KDV 20 % / 10 %, EUR counter-values on two and the total in words; 02 Mafraq فاتورة ضريبية in Arabic
right to left as a statement: the amounts at the TOP, an unruled table, a previous balance and a remittance slip at the
foot, general sales tax 16 %, dinars to the fils; 03 Beit Shemesh חשבונית מס in Hebrew right to left for professional
hours with a LEFT sidebar, labels beside their values, VAT 18 %, a retainer deducted on two)."""

# ruff: noqa: E501, C901

import datetime as dt
import uuid
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, tr_words, valid
from kit_common import due_note, po_note, qr_svg, truth
from stdnum.il import hp
from stdnum.tr import vkn

STYLES, style = style_registry("chromium")


def items_of(rng, rows, n, step, qmax_scale=1):
    """rows: (desc, unit, qlo, qhi, lo, hi, rate); whole quantities, prices on the step."""
    out = []
    for desc, unit, qlo, qhi, lo, hi, rate in rng.sample(rows, n):
        q = D(rng.randint(qlo, qhi))
        p = step * rng.randint(int(D(str(lo)) / step), int(D(str(hi)) / step))
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "gross": q2(q * p), "amount": q2(q * p), "rate": rate})
    return out


# =========================================================================== 01 Malatya (KDV 20/10, TRY), band of labels above values
ML_V = [
    ("Malatya Kayısı Pazarlama ve Dış Ticaret A.Ş.", "Organize Sanayi Bölgesi 3. Cadde No: 14, 44900 Yeşilyurt / Malatya", "#0e5e6f", "MKP"),
    ("Battalgazi Makine İmalat San. ve Tic. Ltd. Şti.", "Hasırcılar Mah. Sanayi Sitesi 7. Blok No: 22, 44210 Battalgazi / Malatya", "#7c2d12", "BMI"),
    ("Fırat Tekstil Konfeksiyon A.Ş.", "İnönü Cad. No: 188, 44100 Merkez / Malatya", "#3b0764", "FTK"),
    ("Beydağı Yapı Malzemeleri Ltd. Şti.", "Turgut Özal Bulvarı No: 301, 44280 Yeşilyurt / Malatya", "#14532d", "BYM"),
]
ML_B = [("Ege Kuruyemiş Gıda A.Ş.", "Kemalpaşa OSB, 35730 İzmir"), ("Kayseri Şeker Ekipmanları Ltd. Şti.", "Kocasinan / Kayseri"),
        ("Marmara Giyim Mağazaları A.Ş.", "Bağcılar / İstanbul"), ("Elazığ İnşaat Taahhüt Ltd. Şti.", "Merkez / Elazığ")]
ML_ROWS = [
    [("Gün kurusu kayısı, jumbo boy", "Kg", 100, 2000, 180, 320, 10), ("Kayısı pestili", "Kg", 20, 300, 140, 260, 10), ("Kayısı çekirdeği içi", "Kg", 10, 200, 400, 650, 10),
     ("Kuru kayısı 500 g ambalajlı", "Paket", 50, 800, 95, 160, 10), ("Oluklu koli 10 kg", "Adet", 50, 500, 18, 34, 20), ("Nakliye bedeli", "Sefer", 1, 2, 4000, 9000, 20)],
    [("Konveyör rulo Ø89, galvaniz", "Adet", 4, 60, 350, 900, 20), ("Redüktör 1,5 kW montajı", "Adet", 1, 4, 6500, 14000, 20), ("CNC torna işçiliği", "Saat", 4, 40, 900, 1600, 20),
     ("Paslanmaz sac kesim-büküm", "Kg", 20, 300, 120, 240, 20), ("Rulman 6205-2RS", "Adet", 10, 80, 90, 180, 20)],
    [("Erkek gömlek, pamuk, beden seti", "Adet", 50, 600, 260, 480, 10), ("Kot pantolon, yıkamalı", "Adet", 40, 400, 420, 690, 10), ("Çocuk tişört baskılı", "Adet", 100, 900, 110, 190, 10),
     ("Nakış işçiliği", "Adet", 50, 500, 15, 40, 20), ("Etiket ve askı seti", "Adet", 100, 1000, 3, 8, 20)],
    [("Çimento CEM I 42,5 R, 50 kg", "Torba", 50, 600, 190, 260, 20), ("İnşaat demiri Ø12", "Ton", 1, 20, 24000, 29000, 20), ("Gazbeton blok 60x25x20", "Adet", 200, 2000, 42, 70, 20),
     ("Seramik yer karosu 60x60", "m²", 40, 400, 280, 520, 20), ("Kum (dere kumu)", "m³", 5, 60, 650, 1100, 20)],
]
ML_HTML = """<html lang="tr"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:8px 10px;margin:8px 0 10px} .band td{padding:2px 10px 2px 0;vertical-align:top}
.sc{font-size:6.6pt;letter-spacing:.3px;color:#d9f2f2} .bv{font-size:9.5pt;font-weight:bold}
table.t{width:100%;border-collapse:collapse} table.t th{border:1px solid #94a3b8;background:#f1f5f9;font-size:7pt;padding:3px} table.t td{border:1px solid #94a3b8;padding:3px 4px;font-size:7.8pt}
.r{text-align:right;white-space:nowrap} .c{text-align:center} table.tot td{border:1px solid #64748b;padding:3px 6px;font-size:8.2pt}
.lab2{font-size:7pt;color:#64748b}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-family:'DejaVu Serif';font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8pt">{{ vaddr }}</div><div style="font-size:8pt">Tel: 0422 {{ tel }} · {{ web }}</div>
<div style="font-size:8pt;margin-top:3px">{{ vd }} V.D. · VKN: <b>{{ vid }}</b></div><div style="font-size:7.2pt;color:#555">Mersis No: {{ mersis }} · Ticaret Sicil No: {{ sicil }}</div></td>
<td style="text-align:center"><div style="font-size:18pt;font-weight:bold;letter-spacing:2px;color:{{ color }}">e-FATURA</div><div style="font-size:7.5pt">GİB onaylı elektronik belge</div></td>
<td style="width:22mm">{{ qr|safe }}</td></tr></table>
<div class="band"><table><tr>
<td><div class="sc">FATURA NO</div><div class="bv">{{ no }}</div></td>
<td><div class="sc">FATURA TARİHİ</div><div class="bv">{{ d }}</div></td>
<td><div class="sc">SENARYO</div><div class="bv">{{ scen }}</div></td>
<td><div class="sc">FATURA TİPİ</div><div class="bv">SATIŞ</div></td>
{% if po %}<td><div class="sc">SİPARİŞ NO</div><div class="bv">{{ po }}</div></td>{% endif %}
{% if due %}<td><div class="sc">SON ÖDEME TARİHİ</div><div class="bv">{{ due }}</div></td>{% endif %}
</tr></table><div style="margin-top:4px"><span class="sc">ETTN</span> <span style="font-size:7.6pt">{{ ettn }}</span></div></div>
<table style="width:100%;font-size:8pt;margin-bottom:8px"><tr><td style="width:55%;border:1px solid #cbd5e1;padding:5px">
<div class="lab2">Sayın</div><b>{{ bname }}</b><br>{{ baddr }}<br>Vergi Dairesi: {{ bvd }} · VKN: {{ bvkn }}</td>
<td style="padding-left:10px"><div class="lab2">İrsaliye No / Tarihi</div>{{ irs }} / {{ irsd }}<div class="lab2" style="margin-top:4px">Ödeme Şekli</div>{{ pay }}</td></tr></table>
<table class="t"><tr><th>Sıra No</th><th>Mal Hizmet</th><th>Miktar</th><th>Birim Fiyat</th><th>İskonto Oranı</th><th>İskonto Tutarı</th><th>KDV Oranı</th><th>KDV Tutarı</th><th>Mal Hizmet Tutarı</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }} TL</td><td class="r">{{ it.dr }}</td><td class="r">{{ it.da }}</td><td class="r">%{{ it.r }}</td><td class="r">{{ it.t }} TL</td><td class="r">{{ it.a }} TL</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="font-size:7.6pt;vertical-align:top;padding-right:12px">
<div style="border:1px dashed #94a3b8;padding:5px"><b>Yalnız:</b> {{ words }}</div>
{% if eur %}<div style="margin-top:6px">Bilgi amaçlıdır: 1 EUR = {{ rate }} TL (TCMB döviz satış kuru, {{ rated }}); fatura toplamının karşılığı {{ eur }} EUR.</div>{% endif %}
<div style="margin-top:6px">Banka: {{ bank }} · IBAN: {{ ibanv }}</div><div style="margin-top:6px;color:#666">{{ note }}</div></td>
<td style="width:44%;vertical-align:top"><table class="tot" style="width:100%">
<tr><td>Mal Hizmet Toplam Tutarı</td><td class="r">{{ gross }} TL</td></tr><tr><td>Toplam İskonto</td><td class="r">{{ disc }} TL</td></tr>
<tr><td>KDV Matrahı</td><td class="r">{{ net }} TL</td></tr>
{% for r in rates %}<tr><td>Hesaplanan KDV (%{{ r.r }})</td><td class="r">{{ r.t }} TL</td></tr>{% endfor %}
<tr><td><b>Vergiler Dahil Toplam Tutar</b></td><td class="r"><b>{{ total }} TL</b></td></tr>
<tr style="background:{{ color }};color:#fff"><td><b>Ödenecek Tutar</b></td><td class="r"><b>{{ total }} TL</b></td></tr></table></td></tr></table>
<div style="position:absolute;bottom:0;width:100%;font-size:6.8pt;color:#777;border-top:1px solid #ddd;padding-top:3px">Bu fatura {{ integ }} özel entegratörü aracılığıyla düzenlenmiştir. · Sayfa 1 / 1</div>
</body></html>"""


@style("01", "tr_mlt_malatya_efatura_kdv_20_10_band_labels_above_discount_eur_words")
def s01(rng, i):
    vname, vaddr, color, pre = ML_V[i]
    bname, baddr = ML_B[i]
    d = rand_date(rng)
    items = items_of(rng, ML_ROWS[i], [4, 3, 5, 4][i], D("0.05"))
    for k, x in enumerate(items):
        dr = rng.choice([0, 0, 5, 10]) if k < 4 else 0
        x["dr"], x["da"] = dr, q2(x["gross"] * dr / 100)
        x["amount"] = x["gross"] - x["da"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    gross = sum(x["gross"] for x in items)
    disc = gross - net
    vid = valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)
    bvkn = valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)
    no = f"{pre}{d.year}{rng.randint(1, 99999):09d}"
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "tr"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    po = [f"SP-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000000, 4599999999)}", f"STA/{d.year}/{rng.randint(100, 999)}"][i]
    eur = i in (0, 3)
    rate = D(rng.randint(360000, 480000)) / 10000
    lira, kurus = int(total), int((total - int(total)) * 100)
    words = f"{tr_words(lira)} Türk Lirası {tr_words(kurus) if kurus else 'Sıfır'} Kuruş"
    irs = f"{pre}I{d.year}{rng.randint(1, 99999):09d}"
    irsd = fd(d - dt.timedelta(days=rng.randint(0, 5)))
    eur_s = de(q2(total / rate)) if eur else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(200, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}", web=f"www.{pre.lower()}.com.tr",
        vd=rng.choice(["Beydağı", "Fırat", "Malatya İhtisas"]), vid=vid, mersis=f"0{vid[:10]}{digits(rng, 5)}", sicil=str(rng.randint(3000, 29999)),
        qr=qr_svg(rng, 20), no=no, d=fd(d), scen=rng.choice(["TEMELFATURA", "TİCARİFATURA"]), po=po, due=fd(due) if due else None, ettn=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        bname=bname, baddr=baddr, bvd=rng.choice(["Kemalpaşa", "Kocasinan", "Bağcılar", "Harput"]), bvkn=bvkn, irs=irs, irsd=irsd,
        pay="Havale / EFT" if due else "Peşin", words=words, eur=eur_s, rate=de(rate, 4), rated=fd(d - dt.timedelta(days=1)),
        bank=rng.choice(["Ziraat Bankası Malatya Şb.", "Halkbank Yeşilyurt Şb.", "Vakıfbank Malatya Çarşı Şb."]), ibanv=" ".join(rand_iban(rng, "TR", 22, "000")[k:k + 4] for k in range(0, 26, 4)),
        note="İade ve itirazlar 8 gün içinde yapılmalıdır." if i % 2 else "Vade farkı aylık %4,5 uygulanır.",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "dr": f"%{x['dr']}" if x["dr"] else "%0", "da": de(x["da"]), "r": x["rate"], "t": de(q2(x["amount"] * x["rate"] / 100)), "a": de(x["amount"])} for x in items],
        rates=[{"r": r, "t": de(t)} for r, _, t in rates], gross=de(gross), disc=de(disc), net=de(net), total=de(total),
        integ=rng.choice(["Uyumsoft", "Logo e-Dönüşüm", "İzibiz"]),
    )
    notes = (
        "Malatya (Turkey) e-FATURA in Turkish: the facts in a coloured BAND, each small upper-case white LABEL ABOVE its value; a fully ruled GİB-style table with a 'Sıra No' column and per-row discounts; the totals in a box at the right; KDV 20 % / 10 %; '1.234,56 TL'. "
        "vendor = the name at the top left; vendor_tax_id = 'VKN' under it (the buyer's VKN, the Mersis No, the Ticaret Sicil No, the ETTN and the IBAN are decoys). invoice_number = 'FATURA NO'; invoice_date = 'FATURA TARİHİ' (the İrsaliye (delivery note) number and date are decoys). "
        + due_note(due, "Peşin", "SON ÖDEME TARİHİ")
        + po_note(po, "SİPARİŞ NO")
        + "subtotal = 'KDV Matrahı' (net after the discounts; 'Mal Hizmet Toplam Tutarı' is the gross before them); tax = the sum of the 'Hesaplanan KDV' rows (printed per rate only when two rates); total = 'Vergiler Dahil Toplam Tutar' = 'Ödenecek Tutar'. Currency TRY ('TL'). "
        "Line items: every row, amount = 'Mal Hizmet Tutarı' after the row's discount. The total in words after 'Yalnız'." + (" The EUR amount at the TCMB rate is a counter-value (decoy)." if eur else "")
    )
    t = truth(vname, vid, no, po, d, due, "TRY", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvkn, irs, irsd, words, eur_s, fd(due) if due else None, "Ödenecek Tutar", "FATURA NO", "FATURA TARİHİ", "SON ÖDEME TARİHİ" if due else None, "SİPARİŞ NO" if po else None]}
    if len(rates) > 1:
        chk["tax_parts"] = [str(t_) for _, _, t_ in rates]
    return t, chk, (ML_HTML.replace("@@BASE@@", css(margin="11mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Mafraq (GST 16 %, JOD to the fils), statement with totals at the top and a remittance slip
MF_V = [
    ("شركة سهول المفرق لتجارة الحبوب ذ.م.م", "المفرق – المنطقة الصناعية، شارع بغداد، ص.ب 212", "#065f46"),
    ("مؤسسة البادية الشمالية لتوزيع المياه", "المفرق – حي الحسين، شارع الملك طلال", "#1e3a8a"),
    ("شركة الصفاوي لصناعة العبوات", "المفرق – طريق بغداد الدولي، كم 5", "#7c2d12"),
    ("شركة حوران للنقل والتخليص", "المفرق – مدينة الملك الحسين بن طلال التنموية", "#4a044e"),
]
MF_B = ["مزارع الخالدية للدواجن", "فندق إربد الكبير", "مصنع الزرقاء للمنظفات", "الشركة العربية للأسمدة"]
MF_ROWS = [
    [("علف دواجن بياض – كيس 50 كغ", "كيس", 20, 300, 14, 19), ("ذرة صفراء مجروشة", "طن", 1, 12, 210, 290), ("كسبة فول الصويا 46%", "طن", 1, 8, 380, 460), ("بريمكس فيتامينات", "كرتونة", 2, 30, 22, 48), ("أجور نقل", "نقلة", 1, 3, 35, 90)],
    [("مياه شرب معبأة 19 لتر", "عبوة", 40, 600, 1, 2), ("عبوات 0.5 لتر – كرتونة 24", "كرتونة", 20, 300, 2, 4), ("استئجار مبرد مياه", "شهر", 1, 6, 5, 9), ("صهريج مياه 10 م³", "صهريج", 1, 20, 35, 60)],
    [("أكياس نايلون زراعي – رول", "رول", 10, 120, 28, 55), ("أنابيب ري بولي إيثيلين 16 ملم", "رول", 5, 80, 18, 36), ("عبوات بلاستيكية 5 لتر", "قطعة", 100, 1500, 0, 1), ("أغطية بلاستيكية", "كرتونة", 5, 60, 9, 20)],
    [("نقل حاوية 40 قدم من العقبة", "حاوية", 1, 6, 280, 420), ("تخليص جمركي – بيان", "بيان", 1, 6, 45, 95), ("تحميل وتنزيل", "رافعة", 1, 8, 25, 60), ("أرضيات وتخزين", "يوم", 1, 20, 8, 18)],
]
MF_HTML = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>@@BASE@@
.sum{border:2px solid {{ color }};border-radius:4px} .sum td{padding:6px 10px;text-align:center;border-left:1px solid #cbd5e1}
.sl{font-size:7.6pt;color:#475569} .sv{font-size:11.5pt;font-weight:bold;direction:ltr;unicode-bidi:embed}
table.f td{padding:2px 8px 2px 0;font-size:8.6pt} table.f td.l{color:#475569}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{color:{{ color }};font-size:8pt;text-align:right;padding:4px;border-bottom:2px solid {{ color }}} table.it td{padding:4px;font-size:8.6pt}
table.it tr:nth-child(odd) td{background:#f8fafc} .n{direction:ltr;unicode-bidi:embed;white-space:nowrap} .l2{text-align:left}
.slip{border-top:1.5px dashed #64748b;margin-top:14px;padding-top:8px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.4pt">{{ vaddr }}</div>
<div style="font-size:8.4pt">هاتف: <span class="n">02 {{ tel }}</span> · سجل تجاري رقم: <span class="n">{{ cr }}</span></div>
<div style="font-size:8.4pt">الرقم الضريبي: <b class="n">{{ vid }}</b></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:16pt;font-weight:bold">فاتورة ضريبية</div><div style="font-size:9pt">وكشف حساب</div><div class="n" style="font-size:7.5pt;color:#666">TAX INVOICE / STATEMENT</div></td></tr></table>
<table class="sum" style="width:100%;margin:10px 0"><tr>
<td><div class="sl">المجموع قبل الضريبة</div><div class="sv">{{ net }}</div></td>
<td><div class="sl">ضريبة المبيعات العامة 16%</div><div class="sv">{{ tax }}</div></td>
<td><div class="sl">إجمالي الفاتورة</div><div class="sv">{{ total }}</div></td>
<td style="background:{{ color }};color:#fff"><div class="sl" style="color:#e2e8f0">المبلغ المطلوب دفعه</div><div class="sv">{{ due_amt }}</div><div style="font-size:7pt">دينار أردني</div></td></tr></table>
<table style="width:100%"><tr><td style="width:50%;vertical-align:top"><table class="f">
<tr><td class="l">رقم الفاتورة:</td><td><b class="n">{{ no }}</b></td></tr>
<tr><td class="l">تاريخ الفاتورة:</td><td class="n">{{ d }}</td></tr>
<tr><td class="l">فترة التوريد:</td><td><span class="n">{{ p1 }}</span> – <span class="n">{{ p2 }}</span></td></tr>
{% if due %}<tr><td class="l">تاريخ الاستحقاق:</td><td class="n">{{ due }}</td></tr>{% else %}<tr><td class="l">شروط الدفع:</td><td>{{ term }}</td></tr>{% endif %}
{% if po %}<tr><td class="l">رقم أمر الشراء:</td><td class="n">{{ po }}</td></tr>{% endif %}
<tr><td class="l">العملة:</td><td>دينار أردني (JOD)</td></tr></table></td>
<td style="vertical-align:top;border-right:3px solid {{ color }};padding-right:8px"><div class="sl">العميل</div><b>{{ bname }}</b><br>رقم العميل: <span class="n">{{ cust }}</span><br>الرقم الضريبي للعميل: <span class="n">{{ bvid }}</span><br>سند تسليم رقم: <span class="n">{{ dn }}</span></td></tr></table>
<table class="it"><tr><th>البيان</th><th>الوحدة</th><th class="l2">الكمية</th><th class="l2">سعر الوحدة</th><th class="l2">المبلغ</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="l2 n">{{ it.q }}</td><td class="l2 n">{{ it.p }}</td><td class="l2 n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:60%;margin-top:12px;font-size:8.6pt"><tr><td colspan="2" style="font-weight:bold;color:{{ color }}">ملخص الحساب</td></tr>
<tr><td>الرصيد السابق</td><td class="l2 n">{{ prev }}</td></tr><tr><td>دفعات مستلمة</td><td class="l2 n">{{ paid }}</td></tr>
<tr><td>إجمالي هذه الفاتورة</td><td class="l2 n">{{ total }}</td></tr><tr><td><b>الرصيد الجديد المستحق</b></td><td class="l2 n"><b>{{ due_amt }}</b></td></tr></table>
<div style="font-size:7.6pt;color:#555;margin-top:8px">الحساب البنكي: {{ bank }} – IBAN <span class="n">{{ ibanv }}</span></div>
<div class="slip"><table style="width:100%;font-size:8.4pt"><tr><td><b>قسيمة الدفع</b> – يرجى قصّ هذا الجزء وإرفاقه مع الدفعة<br>{{ vname }}</td>
<td>رقم العميل: <span class="n">{{ cust }}</span><br>مرجع الدفع: <span class="n">{{ ref }}</span></td>
<td>المبلغ المطلوب: <b class="n">{{ due_amt }}</b> د.أ<br>المبلغ المدفوع: ..................</td></tr></table></div>
</body></html>"""


@style("02", "jo_maf_mafraq_tax_invoice_gst_16_statement_totals_top_slip")
def s02(rng, i):
    vname, vaddr, color = MF_V[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(MF_ROWS[i], [4, 3, 4, 3][i]):
        q = D(rng.randint(qlo, qhi))
        p = D("0.25") * rng.randint(max(1, int(lo * 4)), int(hi * 4) + 2)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    net = sum(x["amount"] for x in items)
    tax = net * D("0.16")
    total = net + tax
    prev = [D(0), D(rng.randint(200, 3000)) + D("0.25") * rng.randint(0, 3), D(rng.randint(100, 900)), D(0)][i]
    paid = [D(0), prev, D(rng.randint(50, 90)) * prev / 100, D(0)][i]
    paid = q2(paid)
    due_amt = prev - paid + total
    vid = digits(rng, 8, True)
    bvid = digits(rng, 8, True)
    no = [f"INV-{rng.randint(10000, 99999)}", f"{d.year}/{rng.randint(100, 999)}", f"م-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}"][i]
    if i == 2:
        no = f"MF-{rng.randint(1000, 9999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%Y/%m/%d")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 30, 45])) if i in (0, 1, 3) else None
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500, 4999)}/{d.year}", f"LPO {rng.randint(200, 999)}"][i]
    p1 = d.replace(day=1)
    f3 = lambda x: en(x, 3)  # noqa: E731
    ib = rand_iban(rng, "JO", 26, "ARAB1250")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(620, 629)} {rng.randint(1000, 9999)}", cr=str(rng.randint(10000, 99999)), vid=vid,
        net=f3(net), tax=f3(tax), total=f3(total), due_amt=f3(due_amt), no=no, d=fd(d), p1=fd(p1), p2=fd(d), due=fd(due) if due else None, term="نقداً عند الاستلام", po=po,
        bname=MF_B[i], cust=f"C-{rng.randint(1000, 9999)}", bvid=bvid, dn=str(rng.randint(20000, 89999)),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": f3(x["price"]), "a": f3(x["amount"])} for x in items],
        prev=f3(prev), paid=f3(-paid) if paid else f3(paid), bank=rng.choice(["البنك العربي – فرع المفرق", "بنك الإسكان – فرع المفرق", "البنك الأردني الكويتي"]),
        ibanv=group4(ib), ref=f"{no}/{rng.randint(10, 99)}",
    )
    notes = (
        "Mafraq (Jordan) فاتورة ضريبية وكشف حساب in Arabic RIGHT TO LEFT, statement-like: the AMOUNTS in a box at the TOP, an unruled zebra table, an account summary (previous balance, payments, new balance) and a REMITTANCE SLIP at the foot; general sales tax 16 %; dinars to the fils '1,234.250'. "
        "vendor = the Arabic name at the top right; vendor_tax_id = 'الرقم الضريبي' (the commercial register number, the customer's tax number, the customer number, the delivery note and the IBAN are decoys). invoice_number = 'رقم الفاتورة'; invoice_date = 'تاريخ الفاتورة' (the supply period's dates are decoys). "
        + due_note(due, "نقداً عند الاستلام", "تاريخ الاستحقاق")
        + po_note(po, "رقم أمر الشراء")
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'ضريبة المبيعات العامة 16%'; total = 'إجمالي الفاتورة' (the invoice's own total). 'المبلغ المطلوب دفعه' / 'الرصيد الجديد المستحق' on the slip is the statement balance"
        + (" (the previous balance less payments plus this invoice: a decoy that differs from the total)" if due_amt != total else " (equal to the total here: no previous balance)")
        + ". Currency JOD (دينار أردني). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "JOD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvid, f3(due_amt), fd(due) if due else None, ib[:4]]}
    return t, chk, (MF_HTML.replace("@@BASE@@", css(margin="12mm", fs="9pt")), ctx)


# =========================================================================== 03 Beit Shemesh (VAT 18 %, ILS), professional hours, left sidebar
BS_V = [
    ("הנדסת הרי יהודה בע\"מ", "רח' הנרקיס 14, בית שמש", "#0f766e", "תכנון וניהול פרויקטים"),
    ("מעבדות שורק לבקרת איכות בע\"מ", "אזור התעשייה הצפוני, רח' המלאכה 7, בית שמש", "#1d4ed8", "בדיקות קרקע ובטון"),
    ("כהן אלמוג רואי חשבון", "רח' יגאל אלון 31, בית שמש", "#9f1239", "ביקורת והנהלת חשבונות"),
    ("רמת בית שמש מערכות מידע בע\"מ", "רח' נהר הירדן 5, בית שמש", "#6b21a8", "פיתוח תוכנה ותמיכה"),
]
BS_B = ["עיריית מודיעין – אגף הנדסה", "קבלן ביצוע אבני דרך בע\"מ", "מאפיית העמק בע\"מ", "רשת מרפאות שמש בע\"מ"]
BS_ROWS = [
    [("מהנדס פרויקט – ישיבות תיאום ופיקוח", "שעה", 4, 40, 280, 420), ("שרטט – עדכון תכניות עבודה", "שעה", 4, 60, 160, 240), ("ביקור באתר כולל נסיעות", "ביקור", 1, 8, 450, 900), ("הכנת דו\"ח התקדמות חודשי", "דו\"ח", 1, 2, 1200, 2500)],
    [("בדיקת חוזק בטון – קוביות", "סדרה", 2, 20, 180, 320), ("קידוח ניסיון ודיגום קרקע", "מטר", 5, 40, 260, 480), ("טכנאי מעבדה", "שעה", 4, 30, 150, 220), ("הפקת תעודת בדיקה", "תעודה", 1, 6, 120, 250)],
    [("ביקורת דוחות כספיים שנתיים", "שעה", 10, 60, 320, 480), ("הנהלת חשבונות חודשית", "חודש", 1, 3, 1800, 3200), ("הכנת דוח מע\"מ ומקדמות", "דוח", 1, 3, 450, 900), ("ייעוץ מס – פגישה", "שעה", 1, 6, 400, 650)],
    [("פיתוח מודול זימון תורים", "שעה", 10, 80, 260, 380), ("תמיכה ותחזוקה – חבילה חודשית", "חודש", 1, 3, 1500, 3000), ("אירוח שרתים בענן", "חודש", 1, 3, 400, 900), ("הדרכת צוות", "שעה", 2, 12, 250, 400)],
]
BS_HTML = """<html dir="rtl" lang="he"><head><meta charset="utf-8"><style>@@BASE@@
.wrap{display:flex;flex-direction:row;gap:10px} .side{width:56mm;background:{{ color }};color:#fff;padding:10px 8px 10px 10px;margin-left:7mm;min-height:250mm;font-size:8.2pt}
.side .h{font-weight:bold;font-size:9pt;margin:10px 0 4px;border-bottom:1px solid rgba(255,255,255,.5)} .main{flex:1;padding:0 12mm 0 4mm}
table.kv td{padding:2px 4px;font-size:8.8pt} table.kv td.k{color:#475569;white-space:nowrap} .n{direction:ltr;unicode-bidi:embed;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#f1f5f9;font-size:8pt;padding:5px 4px;text-align:right;border-bottom:1.5px solid {{ color }}} table.it td{padding:5px 4px;font-size:8.6pt;border-bottom:1px solid #e2e8f0}
.l{text-align:left} table.tt td{padding:3px 6px;font-size:9pt}
</style></head><body><div class="wrap"><div class="main">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.6pt">{{ trade }} · {{ vaddr }}</div>
<div style="font-size:8.6pt">עוסק מורשה / ח.פ. <b class="n">{{ vid }}</b> · טל' <span class="n">02-{{ tel }}</span></div>
<div style="margin:14px 0 8px;font-size:17pt;font-weight:bold">חשבונית מס <span class="n">{{ no }}</span></div><div style="font-size:8pt;color:#64748b">מקור</div>
<table class="kv" style="margin-top:6px"><tr><td class="k">תאריך:</td><td class="n">{{ d }}</td></tr>
<tr><td class="k">לכבוד:</td><td><b>{{ bname }}</b></td></tr><tr><td class="k">ח.פ. הלקוח:</td><td class="n">{{ bvid }}</td></tr>
<tr><td class="k">תקופת השירות:</td><td><span class="n">{{ p1 }}</span> – <span class="n">{{ p2 }}</span></td></tr>
{% if po %}<tr><td class="k">הזמנת רכש:</td><td class="n">{{ po }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>#</th><th>תיאור</th><th>יחידה</th><th class="l">כמות</th><th class="l">מחיר ליחידה</th><th class="l">סה"כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="l n">{{ it.q }}</td><td class="l n">{{ it.p }}</td><td class="l n">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tt" style="margin-top:10px;margin-right:auto"><tr><td>סה"כ לפני מע"מ:</td><td class="l n">₪ {{ net }}</td></tr><tr><td>מע"מ 18%:</td><td class="l n">₪ {{ tax }}</td></tr>
<tr style="font-weight:bold;border-top:1.5px solid #333"><td>סה"כ כולל מע"מ:</td><td class="l n">₪ {{ total }}</td></tr>
{% if adv %}<tr><td>בניכוי מקדמה ששולמה (קבלה <span class="n">{{ advr }}</span>):</td><td class="l n">₪ -{{ adv }}</td></tr><tr style="font-weight:bold"><td>יתרה לתשלום:</td><td class="l n">₪ {{ bal }}</td></tr>{% endif %}</table>
<div style="margin-top:24px;font-size:7.6pt;color:#64748b">מסמך ממוחשב · הופק באמצעות {{ sw }} · עמוד 1 מתוך 1</div></div>
<div class="side"><div class="h">פרטי תשלום</div>
<table class="kv" style="color:#fff">{% if due %}<tr><td>לתשלום עד:</td><td class="n"><b>{{ due }}</b></td></tr>{% else %}<tr><td>תנאי תשלום:</td><td>{{ term }}</td></tr>{% endif %}
<tr><td>מטבע:</td><td>ש"ח</td></tr></table>
<div class="h">העברה בנקאית</div><div>בנק {{ bank }}</div><div>סניף <span class="n">{{ branch }}</span></div><div>חשבון <span class="n">{{ acct }}</span></div><div class="n" style="font-size:7.4pt">{{ ibanv }}</div>
<div class="h">רשות המסים</div><div>מספר הקצאה:</div><div class="n"><b>{{ alloc }}</b></div>
<div class="h">איש קשר</div><div>{{ contact }}</div><div class="n">{{ mail }}</div>
<div style="margin-top:30px">{{ qr|safe }}</div></div></div></body></html>"""


@style("03", "il_bsh_beit_shemesh_heshbonit_mas_18_hours_sidebar_left_retainer")
def s03(rng, i):
    vname, vaddr, color, trade = BS_V[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(BS_ROWS[i], [4, 3, 4, 3][i]):
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if unit == "שעה" else D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) if unit == "שעה" else D(5) * rng.randint(lo // 5, hi // 5)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    adv = q2(total * D(rng.choice([20, 25, 30, 40])) / 100) if i in (1, 3) else None
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bvid = valid(rng, lambda: "5" + digits(rng, 8), hp.is_valid)
    no = [str(rng.randint(10000, 30000)), f"{d.year % 100}-{rng.randint(1000, 9999)}", str(rng.randint(2000, 9999)), f"{rng.randint(100000, 199999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"{rng.randint(4500000, 4599999)}", None, None, f"PO-{rng.randint(2000, 9999)}"][i]
    p1 = (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    alloc = digits(rng, 9, True)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, trade=trade, vid=vid, tel=f"{rng.randint(990, 999)}{rng.randint(1000, 9999)}", no=no, d=fd(d), bname=BS_B[i], bvid=bvid,
        p1=fd(p1), p2=fd(d.replace(day=1) - dt.timedelta(days=1)), po=po,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), adv=en(adv) if adv else None, advr=str(rng.randint(500, 2999)), bal=en(total - adv) if adv else None,
        sw=rng.choice(["חשבונית ירוקה", "iCount", "EZcount"]), due=fd(due) if due else None, term="שוטף + 0, מזומן או העברה",
        bank=rng.choice(["הפועלים (12)", "לאומי (10)", "מזרחי טפחות (20)", "דיסקונט (11)"]), branch=str(rng.randint(600, 799)), acct=str(rng.randint(100000, 999999)),
        ibanv=" ".join(rand_iban(rng, "IL", 19)[k:k + 4] for k in range(0, 23, 4)), alloc=alloc,
        contact=rng.choice(["יעל כהן", "אבי לוי", "מיכל פרץ", "דוד אזולאי"]), mail=f"office@{['hrj-eng', 'sorek-labs', 'cohen-almog', 'rbs-it'][i]}.co.il", qr=qr_svg(rng, 24),
    )
    notes = (
        "Beit Shemesh (Israel) חשבונית מס in Hebrew RIGHT TO LEFT for professional services (hours in halves on the hour rows), a coloured SIDEBAR at the LEFT with payment details, bank account, the tax authority's allocation number and the contact; labels BESIDE their values; VAT 18 %; '1,234.56' with ₪. "
        "vendor = the name at the top right; vendor_tax_id = 'עוסק מורשה / ח.פ.' (the customer's ח.פ., the allocation number 'מספר הקצאה', the bank branch and account and the IBAN are decoys). invoice_number = the number after 'חשבונית מס'; invoice_date = 'תאריך' (the service period's dates are decoys). "
        + due_note(due, "שוטף + 0, מזומן או העברה", "לתשלום עד")
        + po_note(po, "הזמנת רכש")
        + "subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 18%'; total = 'סה\"כ כולל מע\"מ'."
        + (" A RETAINER ('בניכוי מקדמה ששולמה') is deducted below the total; 'יתרה לתשלום' is the balance (decoy)." if adv else "")
        + " Currency ILS (₪, ש\"ח). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bvid, alloc, fd(due) if due else None, en(total - adv) if adv else None]}
    return t, chk, (BS_HTML.replace("@@BASE@@", css(margin="0mm", fs="9pt").replace("margin:0}", "margin:0;padding:10mm 0 0 0}")), ctx)
