"""Chromium (HTML) styles for set 73, first part (01 Hội An VAT e-invoice in Vietnamese with English beside each label,
a FULLY RULED table whose totals rows close the grid, VAT 8 %, whole đồng, the total in Vietnamese words and a trade
discount row; 02 Bahla tax invoice in Arabic right to left with English beside, a band of labels ABOVE values, a
zebra table with VAT 5 % per row, rials to the baisa, an advance deducted below the total and dates Mon-dd-yyyy;
03 Chtaura facture as a BUSINESS LETTER in French whose sums stand in running sentences, TVA 11 %, US dollars with
the TVA's counter-value in Lebanese pounds, an acompte deducted and the total in French words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import vi_date, vi_words, vn_mst
from invoice_kit import css, de, digits, en, fnum, iban, iban_fmt, q0, q2, qstr, rand_date, style_registry
from kit_common import MONTHS, due_note, lines, po_note, truth
from kit_words import en_words_title, fr_words

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Hội An (VAT 8 %, VND), fully ruled, words
HA_V = [
    ("CÔNG TY TNHH MAY ĐO PHỐ HOÀI", "47 Trần Phú", "#8b1e1e"),
    ("CÔNG TY TNHH ĐÈN LỒNG VÀ THỦ CÔNG CẨM NAM", "112 Nguyễn Phúc Chu", "#a16207"),
    ("HỢP TÁC XÃ GỐM THANH HÀ", "Tổ 4, khối Nam Diêu", "#7c2d12"),
    ("CÔNG TY CỔ PHẦN KHÁCH SẠN BẾN SÔNG HOÀI", "08 Bạch Đằng", "#1e3a8a"),
]
HA_B = [
    ("CÔNG TY TNHH DU LỊCH BIỂN XANH ĐÀ NẴNG", "215 Võ Nguyên Giáp, phường Sơn Trà, thành phố Đà Nẵng", "Nguyễn Thị Thu Hà"),
    ("CÔNG TY CỔ PHẦN TỔ CHỨC SỰ KIỆN SÀI GÒN ÁNH SÁNG", "18 Pasteur, phường Sài Gòn, Thành phố Hồ Chí Minh", "Trần Minh Khoa"),
    ("CÔNG TY TNHH NHÀ HÀNG HƯƠNG QUẾ", "56 Hùng Vương, phường Hải Châu, thành phố Đà Nẵng", "Lê Quang Vinh"),
    ("VĂN PHÒNG ĐẠI DIỆN HIỆP HỘI DU LỊCH MIỀN TRUNG", "33 Lê Duẩn, phường Hải Châu, thành phố Đà Nẵng", "Phạm Thanh Tâm"),
]
HA_ROWS = [
    [("Áo dài lụa may đo theo số đo", "Bộ", 2, 12, 1450000, 2600000), ("Bộ vest nam may đo, vải wool", "Bộ", 1, 6, 3200000, 5400000),
     ("Sơ mi linen may đo", "Chiếc", 3, 20, 380000, 620000), ("Đồng phục lễ tân, áo dài cách tân", "Bộ", 4, 20, 850000, 1250000), ("Cà vạt lụa thêu logo", "Chiếc", 5, 30, 150000, 280000)],
    [("Đèn lồng lụa tròn Ø 40 cm", "Chiếc", 10, 120, 95000, 180000), ("Đèn lồng tơ tằm hình quả trám, cao 60 cm", "Chiếc", 5, 60, 210000, 390000),
     ("Đèn lồng gấp khung tre Ø 25 cm", "Chiếc", 20, 200, 45000, 85000), ("Dây đèn trang trí sự kiện 20 m", "Cuộn", 2, 15, 350000, 620000), ("Lắp đặt và tháo dỡ tại địa điểm sự kiện", "Lần", 1, 2, 1500000, 4500000)],
    [("Bình gốm men nâu cao 45 cm", "Chiếc", 2, 20, 420000, 780000), ("Bộ chén trà gốm đất nung (6 chén, 1 ấm)", "Bộ", 5, 40, 160000, 320000),
     ("Đĩa gốm trang trí Ø 30 cm", "Chiếc", 10, 80, 85000, 160000), ("Chậu gốm trồng cây cỡ lớn", "Chiếc", 2, 16, 350000, 650000), ("Tượng gốm 12 con giáp", "Bộ", 1, 10, 900000, 1600000)],
    [("Phòng Deluxe hướng sông (đêm)", "Đêm", 2, 30, 1150000, 1900000), ("Thuê hội trường nửa ngày", "Buổi", 1, 4, 4500000, 8000000),
     ("Tiệc tối set menu", "Suất", 10, 60, 350000, 650000), ("Tiệc trà giữa giờ", "Suất", 10, 80, 65000, 120000), ("Xe đưa đón sân bay Đà Nẵng", "Lượt", 1, 6, 450000, 700000)],
]
HA_HTML = """<html lang="vi"><head><meta charset="utf-8"><style>@@BASE@@
.e{color:#666;font-style:italic;font-size:7.4pt} .hd td{padding:1px 0;vertical-align:top}
table.g{width:100%;border-collapse:collapse;margin-top:8px} table.g th{border:1px solid #555;background:#f5efe6;font-size:7.6pt;padding:4px 3px;text-align:center}
table.g td{border:1px solid #555;padding:4px 4px;font-size:8.4pt} .r{text-align:right;white-space:nowrap} .c{text-align:center}
.frame{border:2px solid {{ color }};padding:10px 12px;min-height:268mm;box-sizing:border-box}
</style></head><body><div class="frame">
<table style="width:100%"><tr><td style="width:64%"><div style="font-size:12pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<table class="hd" style="font-size:8.4pt;margin-top:3px">
<tr><td style="width:40mm">Mã số thuế <span class="e">(Tax code)</span>:</td><td><b style="letter-spacing:1px">{{ vid }}</b></td></tr>
<tr><td>Địa chỉ <span class="e">(Address)</span>:</td><td>{{ vaddr }}</td></tr>
<tr><td>Điện thoại <span class="e">(Tel)</span>:</td><td>0235 3{{ tel }}</td></tr>
<tr><td>Số tài khoản <span class="e">(A/C No.)</span>:</td><td>{{ acct }}</td></tr></table></td>
<td style="text-align:right;font-size:8.6pt;vertical-align:top"><div>Ký hiệu <span class="e">(Serial)</span>: <b>{{ serial }}</b></div><div style="margin-top:3px">Số <span class="e">(No.)</span>: <b style="color:#b91c1c;font-size:11pt">{{ no }}</b></div></td></tr></table>
<div class="c" style="margin-top:10px"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">HÓA ĐƠN GIÁ TRỊ GIA TĂNG</div><div class="e" style="font-size:9pt">(VAT INVOICE)</div>
<div style="margin-top:4px;font-style:italic">{{ d }}</div><div style="font-size:7.6pt;margin-top:2px">Mã của cơ quan thuế: {{ cqt }}</div></div>
<table class="hd" style="font-size:8.6pt;margin-top:10px;width:100%">
<tr><td style="width:52mm">Họ tên người mua hàng <span class="e">(Buyer)</span>:</td><td>{{ bperson }}</td></tr>
<tr><td>Tên đơn vị <span class="e">(Company)</span>:</td><td><b>{{ bname }}</b></td></tr>
<tr><td>Mã số thuế <span class="e">(Tax code)</span>:</td><td>{{ bid }}</td></tr>
<tr><td>Địa chỉ <span class="e">(Address)</span>:</td><td>{{ baddr }}</td></tr>
<tr><td>Hình thức thanh toán <span class="e">(Payment)</span>:</td><td>{{ paym }}{% if po %} &nbsp;&nbsp; Số đơn đặt hàng <span class="e">(PO No.)</span>: <b>{{ po }}</b>{% endif %}</td></tr>
{% if due %}<tr><td>Hạn thanh toán <span class="e">(Due date)</span>:</td><td><b>{{ due }}</b></td></tr>{% endif %}</table>
<table class="g"><tr><th style="width:7%">STT<br><span class="e">(No.)</span></th><th>Tên hàng hóa, dịch vụ<br><span class="e">(Description)</span></th><th style="width:10%">Đơn vị tính<br><span class="e">(Unit)</span></th>
<th style="width:9%">Số lượng<br><span class="e">(Qty)</span></th><th style="width:14%">Đơn giá<br><span class="e">(Unit price)</span></th><th style="width:16%">Thành tiền<br><span class="e">(Amount)</span></th></tr>
<tr style="font-size:7pt"><td class="c" style="font-size:7pt">1</td><td class="c" style="font-size:7pt">2</td><td class="c" style="font-size:7pt">3</td><td class="c" style="font-size:7pt">4</td><td class="c" style="font-size:7pt">5</td><td class="c" style="font-size:7pt">6 = 4 x 5</td></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for k in range(pad) %}<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>{% endfor %}
<tr><td colspan="5" class="r" style="text-align:right">Cộng tiền hàng <span class="e">(Sub total)</span>:</td><td class="r"><b>{{ net }}</b></td></tr>
<tr><td colspan="3">Thuế suất GTGT <span class="e">(VAT rate)</span>: <b>8%</b></td><td colspan="2" style="text-align:right">Tiền thuế GTGT <span class="e">(VAT amount)</span>:</td><td class="r"><b>{{ tax }}</b></td></tr>
<tr><td colspan="5" style="text-align:right"><b>Tổng cộng tiền thanh toán</b> <span class="e">(Total payment)</span>:</td><td class="r"><b style="font-size:9.6pt">{{ total }}</b></td></tr>
<tr><td colspan="6">Số tiền viết bằng chữ <span class="e">(Amount in words)</span>: <b><i>{{ words }}</i></b></td></tr></table>
<table style="width:100%;margin-top:16px;font-size:8.6pt"><tr><td class="c" style="width:50%"><b>Người mua hàng</b> <span class="e">(Buyer)</span><div class="e">(Ký, ghi rõ họ tên)</div></td>
<td class="c"><b>Người bán hàng</b> <span class="e">(Seller)</span><div style="margin:6px auto 0 auto;border:1.5px solid #15803d;color:#15803d;width:62mm;padding:5px;font-size:7.6pt;text-align:left">Signature Valid<br>Ký bởi: {{ vname }}<br>Ký ngày: {{ signed }}</div></td></tr></table>
<div style="margin-top:18px;font-size:7.6pt;color:#444;border-top:1px dashed #999;padding-top:5px">Mã tra cứu hóa đơn <span class="e">(Lookup code)</span>: <b>{{ lookup }}</b> · Tra cứu tại: hoadon.{{ host }}.vn<br>
(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn) · Khởi tạo từ phần mềm hóa đơn điện tử, nhà cung cấp MST {{ provider }}</div>
</div></body></html>"""


@style("01", "vn_hoi_hoi_an_hoa_don_gtgt_vat_8_fully_ruled_labels_beside_bilingual_words")
def s01(rng, i):
    vname, street, color = HA_V[i]
    bname, baddr, bperson = HA_B[i]
    d = rand_date(rng)
    merged = d >= dt.date(2025, 7, 1)
    vaddr = street + (", phường Hội An, thành phố Đà Nẵng" if merged else ", phường Minh An, thành phố Hội An, tỉnh Quảng Nam")
    items = lines(rng, HA_ROWS[i], [4, 5, 3, 5][i], D("5000"))
    if i == 1:
        gross = sum(x["amount"] for x in items)
        disc = -q0(gross * D("0.05") / 1000) * 1000
        items.append({"desc": "Chiết khấu thương mại 5% theo hợp đồng", "unit": "", "qty": None, "price": None, "amount": disc})
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.08"))
    total = net + tax
    vid, bid = vn_mst(rng), vn_mst(rng)
    no = f"{rng.randint(1, 2400):08d}"
    serial = f"1C{d.strftime('%y')}T{rng.choice(['HA', 'PH', 'CN', 'BS'])}{rng.choice('ABCDE')}"[:8]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [None, f"DH-{rng.randint(100, 999)}/{d.year}", None, f"PO{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    f0 = lambda x: de(x, 0)  # noqa: E731
    words = vi_words(total)
    ctx = dict(
        color=color, vname=vname, vid=vid, vaddr=vaddr, tel=digits(rng, 6), acct=f"{digits(rng, 13, True)} tại Vietcombank – CN Quảng Nam",
        serial=serial, no=no, d=vi_date(d), cqt="00" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32)),
        bperson=bperson, bname=bname, bid=bid, baddr=baddr, paym=rng.choice(["TM/CK", "Chuyển khoản"]), po=po, due=due.strftime("%d/%m/%Y") if due else None,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": f0(x["price"]) if x["price"] else "", "a": f0(x["amount"])} for x in items],
        pad=max(0, 7 - len(items)), net=f0(net), tax=f0(tax), total=f0(total), words=words, signed=d.strftime("%d/%m/%Y"),
        lookup="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12)), host=rng.choice(["vnpt-invoice.com", "einvoice.viettel", "misa.meinvoice"]).split(".")[0],
        provider=vn_mst(rng),
    )
    notes = (
        "Hội An (Quảng Nam, since July 2025 part of Đà Nẵng city; Vietnam) VAT e-invoice (HÓA ĐƠN GIÁ TRỊ GIA TĂNG) in Vietnamese with the English beside each label in italics, labels BESIDE values, "
        "a FULLY RULED table whose totals rows close the grid, VAT 8 % (the reduced rate), whole đồng '1.234.567', the total in Vietnamese words: "
        "vendor = the company name at the top left (also 'Ký bởi' in the signature box); vendor_tax_id = the seller's 'Mã số thuế (Tax code)' (the buyer's tax code, the e-invoice provider's MST, the tax authority's code 'Mã của cơ quan thuế', the lookup code and the bank account are decoys). "
        "invoice_number = 'Số (No.)' with its leading zeros (the 'Ký hiệu (Serial)' is a decoy); invoice_date = the date line under the title 'Ngày dd tháng mm năm yyyy' (the signing date repeats it). "
        + due_note(due, None, "Hạn thanh toán (Due date)")
        + po_note(po, "Số đơn đặt hàng (PO No.)")
        + "subtotal = 'Cộng tiền hàng (Sub total)'; tax = 'Tiền thuế GTGT (VAT amount)'; total = 'Tổng cộng tiền thanh toán (Total payment)'. Currency VND (not printed as a code: đồng in the words). "
        + ("Line items: every row, the trade discount 'Chiết khấu thương mại' a negative row without quantity." if i == 1 else "Line items: every row.")
    )
    t = truth(vname, vid, no, po, d, due, "VND", net, tax, total, items, notes)
    chk = {"printed": [vi_date(d), no, vname, vid, serial, bid, words, ctx["due"]]}
    return t, chk, (HA_HTML.replace("@@BASE@@", css(margin="10mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Bahla (VAT 5 %, OMR), Arabic RTL, band, zebra, advance
BA_V = [
    ("Bahla Pottery & Crafts LLC", "مصنع بهلاء للفخار والحرف ش.م.م", "Wilayat Bahla, Al Dakhiliyah Governorate, P.O. Box 118, P.C. 612", "#7c2d12"),
    ("Jabal Al Kawr Aluminium & Glass LLC", "جبل الكور للألمنيوم والزجاج ش.م.م", "Industrial Area, Bahla, P.O. Box 342, P.C. 612", "#155e75"),
    ("Bahla Oasis Heritage Inn LLC", "نزل واحة بهلاء التراثي ش.م.م", "Harat Al Aqr, Bahla, P.O. Box 27, P.C. 612", "#365314"),
    ("Al Ghafat Auto Service & Spare Parts LLC", "الغافات لخدمة السيارات وقطع الغيار ش.م.م", "Al Ghafat, Bahla, P.O. Box 509, P.C. 612", "#3f3f46"),
]
BA_B = [("Al Bustan Hospitality Management LLC", "البستان لإدارة الضيافة ش.م.م", "Muscat"), ("Manah Contracting & Trading LLC", "منح للمقاولات والتجارة ش.م.م", "Manah"),
        ("Oman Geological Society", "الجمعية الجيولوجية العمانية", "Muscat"), ("Al Hamra Transport Co. SAOC", "شركة الحمراء للنقل ش.م.ع.م", "Al Hamra")]
BA_ROWS = [
    [("Large clay water jar (khars), glazed", "جحلة فخارية كبيرة مزججة", 4, 40, D("18.500"), D("42.000")), ("Incense burner (mabkhara), hand painted", "مبخرة مرسومة يدوياً", 10, 120, D("3.250"), D("8.750")),
     ("Decorative clay lamp set of 3", "طقم فوانيس فخارية ٣ قطع", 5, 30, D("12.000"), D("24.500")), ("Custom logo engraving per piece", "نقش الشعار لكل قطعة", 10, 150, D("0.750"), D("2.000"))],
    [("Aluminium sliding window 150x120 cm, double glazed", "نافذة ألمنيوم منزلقة ١٥٠×١٢٠ زجاج مزدوج", 2, 16, D("85.000"), D("140.000")), ("Tempered glass panel 10 mm, m²", "لوح زجاج مقسّى ١٠ مم، م²", 4, 60, D("22.000"), D("38.000")),
     ("Aluminium door with frame 90x210 cm", "باب ألمنيوم مع إطار ٩٠×٢١٠", 1, 8, D("160.000"), D("245.000")), ("Installation labour, man-day", "أجور التركيب، يوم عمل", 2, 20, D("18.000"), D("28.000"))],
    [("Heritage room, bed and breakfast, per night", "غرفة تراثية مع الإفطار، لليلة", 4, 30, D("38.000"), D("65.000")), ("Group dinner, Omani menu, per person", "عشاء جماعي، قائمة عمانية، للشخص", 10, 40, D("6.500"), D("12.000")),
     ("Guided visit Bahla Fort and souq, per group", "جولة مع مرشد في قلعة بهلاء والسوق", 1, 4, D("25.000"), D("60.000")), ("Meeting room, full day", "قاعة اجتماعات، يوم كامل", 1, 3, D("45.000"), D("90.000"))],
    [("Full service 10,000 km incl. oil and filters", "صيانة شاملة ١٠٬٠٠٠ كم مع الزيت والفلاتر", 1, 6, D("28.000"), D("45.000")), ("Brake pads front, set", "فحمات فرامل أمامية، طقم", 1, 8, D("14.500"), D("26.000")),
     ("Tyre 265/65 R17, fitted and balanced", "إطار ٢٦٥/٦٥ R17 مع التركيب والترصيص", 2, 12, D("38.000"), D("62.000")), ("AC gas refill and leak test", "تعبئة غاز المكيف وفحص التسريب", 1, 6, D("12.000"), D("20.000"))],
]
BA_HTML = """<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
.en{direction:ltr;unicode-bidi:isolate;font-size:7pt;color:#6b7280} .ltr{direction:ltr;unicode-bidi:isolate}
.band{background:{{ color }};color:#fff;padding:7px 10px;margin-top:10px} .band td{vertical-align:top;padding:0 8px 0 0} .band .l{font-size:7.4pt;opacity:.85} .band .l .en{color:#f3f4f6} .band .v{font-size:9.6pt;font-weight:bold;margin-top:2px}
table.z{width:100%;border-collapse:collapse;margin-top:12px} table.z th{background:#e7e5e4;font-size:7.6pt;padding:4px;text-align:right;font-weight:bold} table.z td{padding:5px 4px;font-size:8.4pt} table.z tr:nth-child(even) td{background:#f5f5f4}
.num{direction:ltr;unicode-bidi:isolate;text-align:left;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:50%;text-align:right"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ aname }}</div><div style="font-size:8pt">س.ت {{ cr }} · بهلاء، سلطنة عمان</div></td>
<td style="text-align:left" dir="ltr"><div style="font-size:12pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:7.6pt">{{ vaddr }}</div><div style="font-size:7.6pt">C.R. {{ cr }} · Tel +968 25 {{ tel }}</div></td></tr></table>
<div style="text-align:center;margin-top:8px"><span style="font-size:17pt;font-weight:bold">فاتورة ضريبية</span> <span class="en" style="font-size:11pt;color:#333;font-weight:bold">TAX INVOICE</span></div>
<div class="band"><table style="width:100%"><tr>
<td><div class="l">رقم الفاتورة <span class="en">Invoice No.</span></div><div class="v ltr">{{ no }}</div></td>
<td><div class="l">تاريخ الفاتورة <span class="en">Invoice date</span></div><div class="v ltr">{{ d }}</div></td>
<td><div class="l">تاريخ الاستحقاق <span class="en">Due date</span></div><div class="v ltr">{{ due }}</div></td>
{% if po %}<td><div class="l">أمر الشراء <span class="en">PO No.</span></div><div class="v ltr">{{ po }}</div></td>{% endif %}
<td><div class="l">الرقم الضريبي <span class="en">VATIN</span></div><div class="v ltr">{{ vid }}</div></td></tr></table></div>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="width:55%;border:1px solid #d6d3d1;padding:6px 8px"><div style="font-size:7.4pt;color:#78716c">العميل <span class="en">Bill to</span></div>
<b>{{ baname }}</b><br><span class="ltr">{{ bname }}</span><br>{{ bplace }}، سلطنة عمان<br>الرقم الضريبي للعميل <span class="en">Customer VATIN</span>: <span class="ltr">{{ bvat }}</span></td>
<td style="padding:6px 10px;font-size:8pt;color:#444">رقم الحساب <span class="en">Account</span>: <span class="ltr">{{ acct }}</span><br>{% if job %}مرجع العمل <span class="en">Job ref.</span>: <span class="ltr">{{ job }}</span><br>{% endif %}مندوب المبيعات <span class="en">Sales rep.</span>: {{ rep }}</td></tr></table>
<table class="z"><tr><th>#</th><th>الوصف <span class="en">Description</span></th><th>الكمية <span class="en">Qty</span></th><th>سعر الوحدة <span class="en">Unit price</span></th><th>الخصم <span class="en">Discount</span></th>
<th>المبلغ الخاضع للضريبة <span class="en">Taxable amount</span></th><th>ض.ق.م ٥٪ <span class="en">VAT 5%</span></th><th>الإجمالي <span class="en">Total</span></th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.ad }}<br><span class="en">{{ it.d }}</span></td><td class="num">{{ it.q }}</td><td class="num">{{ it.p }}</td><td class="num">{{ it.disc }}</td><td class="num">{{ it.a }}</td><td class="num">{{ it.v }}</td><td class="num">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px"><tr><td style="width:52%;vertical-align:top;font-size:8pt">
<div style="border:1px solid #d6d3d1;padding:6px 8px"><b>المبلغ كتابةً</b> <span class="en">Amount in words</span><div class="ltr" style="text-align:left;margin-top:2px">{{ words }}</div></div>
{% if usd %}<div style="margin-top:6px;color:#555">للعلم فقط <span class="en">For information</span>: <span class="ltr">USD {{ usd }} (1 OMR = 2.6008 USD)</span></div>{% endif %}
<div style="margin-top:6px;color:#555">التحويل البنكي <span class="en">Bank transfer</span>: Bank Muscat · <span class="ltr">{{ bank }}</span></div></td>
<td style="vertical-align:top"><table style="width:100%;border-collapse:collapse;font-size:8.8pt">
<tr><td style="padding:3px 6px">الإجمالي قبل الضريبة <span class="en">Total excl. VAT</span></td><td class="num" style="padding:3px 6px">{{ net }}</td></tr>
<tr><td style="padding:3px 6px">ضريبة القيمة المضافة ٥٪ <span class="en">VAT 5%</span></td><td class="num" style="padding:3px 6px">{{ tax }}</td></tr>
<tr style="background:{{ color }};color:#fff;font-weight:bold"><td style="padding:5px 6px">الإجمالي شامل الضريبة <span class="en" style="color:#fff">Total incl. VAT (OMR)</span></td><td class="num" style="padding:5px 6px;font-size:10.5pt">{{ total }}</td></tr>
{% if adv %}<tr><td style="padding:3px 6px">ناقصاً: دفعة مقدمة مستلمة <span class="en">Less advance received</span> <span class="ltr">{{ advref }}</span></td><td class="num" style="padding:3px 6px">-{{ adv }}</td></tr>
<tr style="font-weight:bold;border-top:1.5px solid #333"><td style="padding:4px 6px">الرصيد المستحق <span class="en">Balance due</span></td><td class="num" style="padding:4px 6px">{{ bal }}</td></tr>{% endif %}
</table></td></tr></table>
<div style="margin-top:22px;font-size:7.4pt;color:#666;border-top:1px solid #ddd;padding-top:5px">الأسعار بالريال العماني · <span class="ltr">Prices in Omani rials (OMR)</span> · صفحة ١ من ١ <span class="en">Page 1 of 1</span> · {{ terms }}</div>
</body></html>"""


def _mon_dd(x):
    return x.strftime("%b-%d-%Y")


@style("02", "om_bah_bahla_tax_invoice_vat_5_arabic_rtl_band_labels_above_zebra_advance_mon_dd")
def s02(rng, i):
    vname, aname, vaddr, color = BA_V[i]
    bname, baname, bplace = BA_B[i]
    d = rand_date(rng)
    items = lines(rng, BA_ROWS[i], [4, 4, 3, 4][i], D("0.200"))
    for k, x in enumerate(items):
        x["ad"] = x["unit"]
        x["gross"] = x["amount"]
        x["disc"] = (x["gross"] * D(rng.choice([5, 10])) / 100 / D("0.2")).quantize(D("1")) * D("0.200") if (i in (0, 3) and k == 0) else D("0.000")
        x["amount"] = x["gross"] - x["disc"]
        x["vat"] = (x["amount"] * D("0.05")).quantize(D("0.001"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    vid = "OM1100" + digits(rng, 6, True)
    bvat = "OM1100" + digits(rng, 6, True)
    cr = "1" + digits(rng, 6)
    no = [f"BPC-{rng.randint(1000, 9999)}", f"INV/{d.year}/{rng.randint(100, 999)}", f"BOH{d.strftime('%y%m')}{rng.randint(100, 999)}", f"SI-{rng.randint(20000, 29999)}"][i]
    fd = [_mon_dd, lambda x: x.isoformat(), _mon_dd, lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45]))
    po = [f"PO-{rng.randint(4000, 4999)}", f"MCT/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(7000000, 7999999)}"][i]
    adv = (total * D(rng.choice([30, 40, 50])) / 100).quantize(D("1")) if i in (1, 2) else None
    f3 = lambda x: en(x, 3)  # noqa: E731
    whole, baisa = int(total), int((total - int(total)) * 1000)
    words = f"Rial Omani {en_words_title(whole)} and Baisa {baisa} Only" if baisa else f"Rial Omani {en_words_title(whole)} Only"
    bank = f"A/C 0{digits(rng, 3)}-0{digits(rng, 8)}-0{digits(rng, 2)}"
    ctx = dict(
        color=color, aname=aname, vname=vname, vaddr=vaddr, cr=cr, tel=digits(rng, 6), no=no, d=fd(d), due=fd(due), po=po, vid=vid,
        baname=baname, bname=bname, bplace=bplace, bvat=bvat, acct=f"C-{rng.randint(1000, 9999)}", job=f"JOB-{rng.randint(100, 999)}" if i in (1, 3) else None,
        rep=rng.choice(["سالم الهنائي", "خالد العبري", "أحمد الريامي", "ناصر الكندي"]),
        items=[{"ad": x["ad"], "d": x["desc"], "q": qstr(x["qty"]), "p": f3(x["price"]), "disc": f3(x["disc"]) if x["disc"] else "–", "a": f3(x["amount"]), "v": f3(x["vat"]), "g": f3(x["amount"] + x["vat"])} for x in items],
        words=words, usd=en(q2(total * D("2.6008"))) if i == 0 else None, bank=bank, net=f3(net), tax=f3(tax), total=f3(total),
        adv=f3(adv) if adv else None, advref=f"(RV-{rng.randint(100, 999)})" if adv else "", bal=f3(total - adv) if adv else None,
        terms=f"Payment within {(due - d).days} days",
    )
    # rows: Arabic descriptions from the catalogue's unit slot
    notes = (
        "Bahla (Al Dakhiliyah, Oman) TAX INVOICE (فاتورة ضريبية) in Arabic right to left with English beside each label, a bilingual letterhead, a coloured band of labels ABOVE their values, "
        "a ZEBRA table without rules with VAT 5 % per row, rials to the baisa '1,234.567', dates " + ("Mon-dd-yyyy ('Mar-12-2026')" if fd is _mon_dd else "ISO") + ": "
        "vendor = the English name at the top left (the Arabic name beside it is the same company); vendor_tax_id = the band's 'الرقم الضريبي VATIN' (the customer's VATIN, the C.R. number, the account, job and bank numbers are decoys). "
        "invoice_number = 'رقم الفاتورة Invoice No.'; invoice_date = 'تاريخ الفاتورة Invoice date'; "
        + due_note(due, None, "تاريخ الاستحقاق Due date")
        + po_note(po, "أمر الشراء PO No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 5%' (the sum of the rows' VAT); total = 'Total incl. VAT (OMR)'"
        + (" before the advance (the advance, its receipt voucher and the 'Balance due' are decoys)" if adv else "")
        + ". Currency OMR. The amount in words repeats the total" + ("; the USD amount 'for information' is a decoy" if i == 0 else "")
        + ". Line items: every row at its 'Taxable amount' (after the row's discount, before VAT)."
    )
    t = truth(vname, vid, no, po, d, due, "OMR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, fd(due), bvat, words, ctx["bal"], ctx["usd"]]}
    return t, chk, (BA_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Chtaura (TVA 11 %, USD + LBP), letter, running sentences, words
CH_V = [
    ("Laiterie Mont-Sannine SARL", "Route de Damas, Chtaura, Békaa – Liban", "#1e40af", "produits laitiers"),
    ("Domaine des Coteaux de Chtaura SAL", "Quartier Haouch, Chtaura, Békaa – Liban", "#7f1d1d", "vins"),
    ("Békaa Agri-Équipements SARL", "Zone industrielle, Chtaura, Békaa – Liban", "#166534", "équipements agricoles"),
    ("Entrepôts Frigorifiques de la Plaine SAL", "Autoroute de Chtaura, Békaa – Liban", "#334155", "stockage frigorifique"),
]
CH_B = [("Madame Rima Haddad", "Directrice des achats", "Supermarchés Le Cèdre SAL", "Rue Hamra, Beyrouth"),
        ("Monsieur Karim Nassar", "Gérant", "Restaurant Le Vieux Port", "Quai de Jounieh Marina"),
        ("Monsieur Fadi Khoury", "Responsable technique", "Coopérative agricole de Terbol", "Terbol, Békaa"),
        ("Madame Nada Saadé", "Responsable logistique", "Exportations Fruits du Liban SARL", "Port de Beyrouth, Hangar 12")]
CH_ROWS = [
    [("labneh en seau de 10 kg", 4, 40, D("38.50"), D("52.00")), ("fromage akkawi en bloc de 5 kg", 4, 30, D("31.00"), D("44.00")), ("yaourt nature en pot de 2 kg", 10, 80, D("4.20"), D("6.80")), ("halloumi sous vide 250 g", 20, 200, D("2.10"), D("3.40"))],
    [("vin rouge Cuvée de la Plaine 2021, carton de 6", 5, 40, D("48.00"), D("84.00")), ("vin blanc Obeideh 2024, carton de 6", 5, 30, D("42.00"), D("66.00")), ("arak double distillation 75 cl, carton de 12", 2, 20, D("96.00"), D("150.00")), ("vin rosé Sannine 2024, carton de 6", 5, 30, D("39.00"), D("57.00"))],
    [("pulvérisateur porté 600 litres", 1, 3, D("2150.00"), D("3400.00")), ("système d'irrigation goutte-à-goutte, ha", 1, 8, D("1450.00"), D("2300.00")), ("motoculteur diesel 9 CV", 1, 4, D("1650.00"), D("2600.00")), ("pièces et main-d'œuvre de révision tracteur", 1, 1, D("380.00"), D("950.00"))],
    [("stockage frigorifique de pommes, palette-mois", 20, 160, D("14.00"), D("22.00")), ("manutention entrée et sortie, palette", 20, 160, D("3.50"), D("6.00")), ("calibrage et conditionnement de pommes, tonne", 5, 60, D("45.00"), D("70.00")), ("location de chambre froide à atmosphère contrôlée, jour", 5, 30, D("65.00"), D("110.00"))],
]
CH_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;text-align:justify;line-height:1.5} table.t{border-collapse:collapse;margin:4px 0 12px 8mm;font-size:9pt} table.t td,table.t th{padding:3px 10px;border-bottom:1px solid #bbb} table.t th{font-weight:normal;font-style:italic;color:#555;text-align:left}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="border-bottom:2px solid {{ color }};padding-bottom:6px"><div style="font-size:17pt;color:{{ color }};font-variant:small-caps;letter-spacing:1px">{{ vname }}</div>
<div style="font-size:8.2pt;color:#444">{{ vaddr }} · Tél. +961 8 54{{ tel }} · {{ mail }}</div>
<div style="font-size:8.2pt;color:#444">Numéro financier {{ fin }} · N° TVA {{ vid }} · Registre du commerce de la Békaa n° {{ rc }}</div></div>
<table style="width:100%;margin-top:16px"><tr><td style="width:52%"></td><td style="font-size:9.6pt">{{ bperson }}<br>{{ brole }}<br><b>{{ bname }}</b><br>{{ baddr }}<br><span style="font-size:8.2pt;color:#555">N° financier client : {{ bfin }}</span></td></tr></table>
<p style="text-align:right;margin-top:18px">Chtaura, le {{ dlong }}</p>
<p><b>Objet : Facture n° {{ no }}</b>{% if po %} – votre bon de commande n° {{ po }}{% endif %}</p>
<p>{{ salut }},</p>
<p>{{ intro }}</p>
{% if table %}<table class="t"><tr><th>Désignation</th><th class="r">Quantité</th><th class="r">Prix unitaire (USD)</th><th class="r">Montant HT (USD)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>{% endif %}
<p>{{ sums }}</p>
<p>{{ lbp }}</p>
{% if acompte %}<p>{{ acompte }}</p>{% endif %}
<p>{{ pay }}</p>
<p>Nous vous remercions de votre confiance et vous prions d'agréer, {{ salut }}, l'expression de nos salutations distinguées.</p>
<p style="margin-top:18px;margin-left:60%">{{ signer }}<br><span style="font-size:8.6pt;color:#555">{{ srole }}</span></p>
<div style="position:fixed;bottom:0;left:0;right:0;font-size:7.4pt;color:#777;border-top:1px solid #ccc;padding-top:4px">{{ vname }} · Banque BLOM, agence de Chtaura · IBAN {{ iban }} · Page 1/1</div>
</body></html>"""


def fr_date(x):
    """1er octobre 2026 / 17 août 2026, the day and month held together."""
    return f"{'1er' if x.day == 1 else x.day}\u00a0{MONTHS['fr'][x.month - 1]} {x.year}"


def _nb(x, nd=2):
    """1 234,56 with a no-break space between the groups (a sentence does not break inside an amount)."""
    return fnum(x, ",", "\u00a0", nd)


def _usd_words(x):
    whole = int(x)
    cents = int(q2(x - whole) * 100)
    w = fr_words(whole) + (" dollars américains" if whole > 1 else " dollar américain")
    return w + (f" et {fr_words(cents)} cents" if cents else "")


@style("03", "lb_cht_chtaura_facture_lettre_tva_11_running_text_usd_lbp_acompte_words")
def s03(rng, i):
    vname, vaddr, color, trade = CH_V[i]
    bperson, brole, bname, baddr = CH_B[i]
    d = rand_date(rng)
    items = lines(rng, [(r[0], "u", r[1], r[2], r[3], r[4]) for r in CH_ROWS[i]], [4, 3, 3, 2][i], D("0.10"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.11"))
    total = net + tax
    rate = D(89500)
    tax_lbp = q0(tax * rate)
    vid = f"{rng.randint(100000, 3999999)}-601"
    no = [f"LMS-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", f"BAE/F/{rng.randint(10000, 99999)}", f"EFP-{d.strftime('%y%m')}-{rng.randint(10, 99)}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (1, 2) else None
    po = [None, f"BC-{rng.randint(1000, 9999)}", f"CA/{rng.randint(100, 999)}/{d.year}", None][i]
    acompte = (total * D(rng.choice([20, 30])) / 100).quantize(D("1")) if i in (2, 3) else None
    f = _nb
    words = _usd_words(total)
    salut = "Madame" if bperson.startswith("Madame") else "Monsieur"
    deliv = d - dt.timedelta(days=rng.randint(1, 9))
    table = i in (0, 2)
    if table:
        intro = (f"Suite à {'votre bon de commande n° ' + po + ' et à ' if po else ''}la livraison effectuée le {fr_date(deliv)} (bon de livraison n° BL-{rng.randint(1000, 9999)}), "
                 f"nous avons l'honneur de vous adresser notre facture n° {no} datée du {fr_date(d)}, relative à la fourniture de {trade} détaillée ci-dessous :")
    else:
        parts = [f"{qstr(x['qty'])} × {x['desc']} à {f(x['price'])} USD, soit {f(x['amount'])} USD" for x in items]
        intro = (f"Nous avons l'honneur de vous adresser notre facture n° {no} datée du {fr_date(d)}{', établie suite à votre bon de commande n° ' + po if po else ''}, "
                 f"relative aux prestations de {trade} réalisées entre le {fr_date(deliv - dt.timedelta(days=30))} et le {fr_date(deliv)}, à savoir : " + " ; ".join(parts) + ".")
    sums = (f"Le montant hors taxes s'élève à {f(net)} USD, auquel s'ajoute la TVA au taux de 11 % pour {f(tax)} USD, "
            f"soit un montant total toutes taxes comprises de {f(total)} USD ({words}).")
    lbp = f"Conformément à la réglementation, la contre-valeur de la TVA en livres libanaises est de {f(tax_lbp, 0)} LBP au taux de {f(rate, 0)} LBP pour un dollar."
    ac = None
    if acompte:
        ac = (f"Déduction faite de l'acompte de {f(acompte)} USD que vous nous avez versé le {fr_date(d - dt.timedelta(days=rng.randint(20, 60)))}, "
              f"le solde restant à nous régler s'élève à {f(total - acompte)} USD.")
    ib = iban("LB", rng.choice(["0005", "0010", "0014"]) + digits(rng, 20))
    pay = (f"Nous vous saurions gré de bien vouloir procéder au règlement au plus tard le {fr_date(due)}, par virement sur notre compte dont les coordonnées figurent en bas de page."
           if due else "Cette facture est payable à trente jours fin de mois, par virement ou par chèque à l'ordre de " + vname + ".")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=digits(rng, 4), mail="contact@" + vname.split()[1].lower().replace("-", "").replace("é", "e") + ".com.lb",
        fin=digits(rng, 7, True), vid=vid, rc=rng.randint(1000, 40000), bperson=bperson, brole=brole, bname=bname, baddr=baddr, bfin=digits(rng, 7, True),
        dlong=fr_date(d), no=no, po=po, salut=salut, intro=intro, table=table,
        items=[{"d": x["desc"][0].upper() + x["desc"][1:], "q": qstr(x["qty"]), "p": f(x["price"]), "a": f(x["amount"])} for x in items],
        sums=sums, lbp=lbp, acompte=ac, pay=pay, signer=rng.choice(["Georges Abou Jaoudé", "Joseph Maalouf", "Antoine Skaff", "Rania Frem"]), srole="Directeur commercial", iban=iban_fmt(ib),
    )
    notes = (
        "Chtaura (Békaa, Lebanon) FACTURE written as a BUSINESS LETTER in French: the sums stand in RUNNING SENTENCES ('Le montant hors taxes s'élève à …, auquel s'ajoute la TVA au taux de 11 % pour …, soit un montant total toutes taxes comprises de … USD'), "
        + ("a small table of the goods" if table else "the goods listed in one sentence") + ", US dollars '1 234,56', the total in French words, the TVA's counter-value in Lebanese pounds: "
        "vendor = the letterhead's name; vendor_tax_id = 'N° TVA' (the 'Numéro financier', the RC number, the client's numéro financier and the IBAN are decoys). "
        "invoice_number = 'Facture n°' (in the subject line and the first sentence); invoice_date = the sentence's 'datée du …' (the letter's date 'Chtaura, le …' is the same day; the delivery or service dates are decoys). "
        + due_note(due, "payable à trente jours fin de mois", "au plus tard le … (in a sentence)")
        + po_note(po, "bon de commande n°")
        + "subtotal = 'montant hors taxes'; tax = 'la TVA au taux de 11 % pour … USD'; total = 'montant total toutes taxes comprises' (the words repeat it). Currency USD; "
        "the LBP counter-value of the TVA and its rate are decoys"
        + ("; the acompte and the 'solde restant' are decoys (the total is before the acompte)" if acompte else "")
        + ". Line items: every good or service with its quantity."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fr_date(d), no, vname, vid, words, f(tax_lbp, 0), f(total - acompte) if acompte else None, fr_date(due) if due else None]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(margin="16mm 20mm 18mm 20mm", font="'DejaVu Serif',serif", fs="9.6pt")), ctx)
