"""Chromium (HTML) styles for set 38, second part (04 Ho Chi Minh City office-furniture supplier's HÓA ĐƠN GIÁ TRỊ GIA
TĂNG in Vietnamese on a FULLY RULED grid with the VAT per row, VAT 8 % (the reduction to the end of 2026) on furniture
and 10 % on metal goods and telecommunication, whole dong with dots, the date in words ('Ngày 12 tháng 03 năm 2026')
and the amount in Vietnamese words, 05 Aarhus cabinet-maker's faktura written as a LETTER in Danish with moms 25 %,
the facts in running text and a deposit paid with the order deducted below the total)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import da_date
from invoice_kit import css, de, digits, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth, valid_id
from stdnum.dk import cvr
from stdnum.vn import mst

STYLES, style = style_registry("chromium")

# =========================================================================== 04 Ho Chi Minh City (VAT 8 % / 10 %, VND), fully ruled, VAT per row
_VI = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vi999(n, full):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    out = []
    if full or h:
        out.append(f"{_VI[h]} trăm")
    if t == 0:
        if u:
            out.append(("lẻ " if (full or h) else "") + _VI[u])
    elif t == 1:
        out.append("mười" + (" lăm" if u == 5 else f" {_VI[u]}" if u else ""))
    else:
        out.append(f"{_VI[t]} mươi" + (" mốt" if u == 1 else " lăm" if u == 5 else f" {_VI[u]}" if u else ""))
    return " ".join(out)


def vi_words(n):
    """Whole dong in Vietnamese words, first letter capital ('Một triệu hai trăm ba mươi tư nghìn ... đồng')."""
    n = int(n)
    parts, first = [], True
    for div, name in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append(_vi999(k, not first) + (" " + name if name else ""))
            first = False
    s = " ".join(parts) + " đồng"
    return s[0].upper() + s[1:]


HC_V = [
    ("CÔNG TY TNHH NỘI THẤT VĂN PHÒNG SÀI GÒN XANH", "Số 128 Nguyễn Thị Minh Khai, Phường Bàn Cờ, TP. Hồ Chí Minh", "#0b5394"),
    ("CÔNG TY CỔ PHẦN THIẾT BỊ VĂN PHÒNG PHƯƠNG NAM", "Số 45 Lê Văn Sỹ, Phường Nhiêu Lộc, TP. Hồ Chí Minh", "#990000"),
    ("CÔNG TY TNHH GỖ VÀ NỘI THẤT BẾN NGHÉ", "Số 9 Tôn Đức Thắng, Phường Sài Gòn, TP. Hồ Chí Minh", "#38761d"),
    ("CÔNG TY TNHH TM DV THỦ ĐỨC OFFICE", "Số 210 Võ Văn Ngân, Phường Thủ Đức, TP. Hồ Chí Minh", "#674ea7"),
]
HC_B = [
    ("CÔNG TY TNHH PHẦN MỀM TÂN ĐỊNH", "Số 71 Hai Bà Trưng, Phường Tân Định, TP. Hồ Chí Minh"),
    ("NGÂN HÀNG TMCP SÔNG HẬU – CHI NHÁNH SÀI GÒN", "Số 2 Pasteur, Phường Sài Gòn, TP. Hồ Chí Minh"),
    ("TRƯỜNG TIỂU HỌC NGUYỄN BỈNH KHIÊM", "Số 15 Đinh Tiên Hoàng, Phường Đa Kao, TP. Hồ Chí Minh"),
    ("CÔNG TY CP LOGISTICS CÁT LÁI", "Đường Nguyễn Thị Định, Phường Cát Lái, TP. Hồ Chí Minh"),
]
HC_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Bàn làm việc gỗ MDF 1m4", "Cái", 1, 30, 1_450_000, 3_200_000, 8),
    ("Ghế xoay lưng lưới", "Cái", 1, 40, 850_000, 2_600_000, 8),
    ("Tủ hồ sơ gỗ 3 cánh", "Cái", 1, 10, 2_400_000, 5_800_000, 8),
    ("Bàn họp gỗ sồi 2m4", "Cái", 1, 2, 6_500_000, 14_000_000, 8),
    ("Vách ngăn văn phòng nỉ", "m²", 2, 40, 650_000, 1_200_000, 8),
    ("Công lắp đặt và vận chuyển", "Gói", 1, 1, 500_000, 4_000_000, 8),
    ("Tủ sắt hồ sơ 4 ngăn kéo", "Cái", 1, 12, 2_100_000, 4_600_000, 10),
    ("Kệ sắt V lỗ 5 tầng", "Bộ", 1, 20, 900_000, 2_400_000, 10),
    ("Két sắt chống cháy 80 kg", "Cái", 1, 3, 5_800_000, 12_500_000, 10),
    ("Cước thuê bao Internet cáp quang (tháng)", "Tháng", 1, 12, 300_000, 900_000, 10),
]
HC_HTML = """<html lang="vi"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#444} table.g{width:100%;border-collapse:collapse;margin-top:8px} table.g td,table.g th{border:1px solid #333;padding:3px 4px;font-size:7.6pt} table.g th{background:#eef3fa} .r{text-align:right;white-space:nowrap} .c{text-align:center}
</style></head><body>
<table style="width:100%"><tr><td style="width:64%;vertical-align:top"><div style="font-size:11pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8pt">Mã số thuế: <b>{{ vid }}</b><br>Địa chỉ: {{ vaddr }}<br>Điện thoại: 028 {{ tel }} · Số tài khoản: {{ acct }} tại {{ bank }}</div></td>
<td style="vertical-align:top;font-size:8pt;border:1px solid #999;padding:4px">Ký hiệu: <b>{{ serial }}</b><br>Số: <b style="font-size:11pt;color:#b00">{{ no }}</b></td></tr></table>
<div class="c" style="margin-top:8px"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">HÓA ĐƠN GIÁ TRỊ GIA TĂNG</div><div class="small">(VAT INVOICE) · Bản thể hiện của hóa đơn điện tử</div><div style="font-style:italic;margin-top:2px">{{ dateline }}</div><div class="small">Mã của CQT: {{ cqt }}</div></div>
<div style="font-size:8.2pt;margin-top:8px;line-height:1.5">Họ tên người mua hàng: {{ buyer }}<br>Tên đơn vị: <b>{{ bname }}</b><br>Mã số thuế: {{ bid }}<br>Địa chỉ: {{ baddr }}<br>Hình thức thanh toán: {{ pay }}{% if po %} · Đơn đặt hàng số: {{ po }}{% endif %} · Hợp đồng số: {{ contract }} ngày {{ cdate }}{% if due %}<br>Hạn thanh toán: {{ due }}{% endif %}</div>
<table class="g"><tr><th>STT</th><th>Tên hàng hóa, dịch vụ</th><th>Đơn vị tính</th><th>Số lượng</th><th>Đơn giá</th><th>Thành tiền chưa có thuế GTGT</th><th>Thuế suất</th><th>Tiền thuế GTGT</th><th>Thành tiền có thuế GTGT</th></tr>
<tr class="c small"><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6 = 4 x 5</td><td>7</td><td>8 = 6 x 7</td><td>9 = 6 + 8</td></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}%</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
{% for s in summary %}<tr><td colspan="5">Tổng hợp theo thuế suất {{ s.r }}%</td><td class="r">{{ s.b }}</td><td class="c">{{ s.r }}%</td><td class="r">{{ s.v }}</td><td class="r">{{ s.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td colspan="5">Cộng tiền hàng / Tiền thuế GTGT / Tổng tiền thanh toán</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<table style="width:100%;font-size:8.4pt;margin-top:6px"><tr><td>Cộng tiền hàng (chưa có thuế GTGT):</td><td class="r">{{ net }}</td></tr><tr><td>Tiền thuế GTGT:</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold;font-size:10pt"><td>Tổng cộng tiền thanh toán:</td><td class="r">{{ total }}</td></tr></table>
<div style="font-size:8.2pt;margin-top:4px">Số tiền viết bằng chữ: <i>{{ words }}</i></div>
<table style="width:100%;margin-top:14px;font-size:8pt" class="c"><tr><td><b>Người mua hàng</b><br><span class="small">(Ký, ghi rõ họ tên)</span></td><td><b>Người bán hàng</b><br><span class="small">(Ký, ghi rõ họ tên)</span><div style="border:1.5px solid #c00;color:#c00;padding:4px;margin:6px auto;width:60mm;font-size:7.4pt">Signature Valid<br>Ký bởi: {{ vname }}<br>Ký ngày: {{ signed }}</div></td></tr></table>
<div class="small" style="text-align:center;margin-top:8px">Tra cứu hóa đơn tại: https://hoadon.{{ host }}.vn · Mã tra cứu: {{ lookup }} · Đơn vị cung cấp giải pháp hóa đơn điện tử: {{ provider }}</div>
</body></html>"""


@style("04", "vn_sgn_hcmc_hoa_don_gtgt_8_10_ruled")
def s04(rng, i):
    vname, vaddr, color = HC_V[i]
    bname, baddr = HC_B[i]
    d = rand_date(rng)
    items = lines(rng, HC_ROWS, rng.randint(1, 9), D("1000"))
    if i == 1 and all(x["extra"] == 8 for x in items):
        items += lines(rng, HC_ROWS[6:9], 1, D("1000"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["vat"] = q0(x["amount"] * x["rate"] / 100)
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        v = sum(x["vat"] for x in items if x["rate"] == r)
        summary.append((r, b, v))
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    vid = valid_id(rng, 10, mst.is_valid, prefix="03")
    no = f"{rng.randint(1, 9999):08d}"
    serial = f"1C{d.year % 100}T{rng.choice(['SG', 'NT', 'BN', 'TD'])}{rng.choice('ABCDEFGHKLMNPQRSTUVXY')}"
    dateline = [f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"Ngày (Date) {d.day:02d} tháng (month) {d.month:02d} năm (year) {d.year}", f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"Ngày {d.day} tháng {d.month} năm {d.year}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    po = [f"DH{rng.randint(1000, 9999)}", None, f"{rng.randint(10, 99)}/{d.year}/ĐĐH", None][i]
    cd = d - dt.timedelta(days=rng.randint(10, 120))
    contract = f"{rng.randint(1, 99):02d}/{cd.year}/HĐMB"
    m = lambda x: de(x, 0)  # noqa: E731
    ctx = dict(
        color=color, vname=vname, vid=vid, vaddr=vaddr, tel=f"{rng.randint(3800, 3999)} {rng.randint(1000, 9999)}", acct=digits(rng, 13, True),
        bank=rng.choice(["Vietcombank – CN Sài Gòn", "Techcombank – CN Hồ Chí Minh", "ACB – CN Bến Thành", "BIDV – CN Gia Định"]), serial=serial, no=no, dateline=dateline,
        cqt="00" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32)), buyer=rng.choice(["Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Tuấn", ""]),
        bname=bname, bid=valid_id(rng, 10, mst.is_valid, prefix="03"), baddr=baddr, pay=rng.choice(["TM/CK", "Chuyển khoản", "CK"]), po=po, contract=contract, cdate=cd.strftime("%d/%m/%Y"),
        due=due.strftime("%d/%m/%Y") if due else None,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"]), "r": x["rate"], "v": m(x["vat"]), "g": m(x["amount"] + x["vat"])} for x in items],
        summary=[{"r": r, "b": m(b), "v": m(v), "g": m(b + v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total), words=vi_words(total),
        signed=d.strftime("%d/%m/%Y"), host=rng.choice(["misa", "viettel", "vnpt", "bkav"]), lookup="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        provider=rng.choice(["Công ty CP MISA", "Tập đoàn Viettel", "VNPT", "Công ty CP BKAV"]),
    )
    notes = (
        "Ho Chi Minh City (Vietnam) office-furniture supplier's HÓA ĐƠN GIÁ TRỊ GIA TĂNG (e-invoice print) in Vietnamese on a FULLY RULED grid with the VAT PER ROW (net, rate, VAT, gross) and a summary row per rate, whole dong grouped by dots ('12.345.000'), VAT 8 % (the 2 % reduction in force to 31 December 2026) on furniture and fitting and 10 % on metal goods and telecommunication (excluded from the reduction), the amount in Vietnamese words: "
        "vendor = the name at the top; vendor_tax_id = its 'Mã số thuế' (10 digits; the buyer's Mã số thuế, the bank account, the Mã của CQT and the lookup code are decoys). "
        "invoice_number = 'Số' (8 digits; the 'Ký hiệu' " + serial + " is the series, not part of the number); invoice_date = the date line under the title ("
        + ["'Ngày dd tháng mm năm yyyy'", "bilingual 'Ngày (Date) dd tháng (month) mm năm (year) yyyy'", "'Ngày dd tháng mm năm yyyy'", "'Ngày d tháng m năm yyyy' without zeros"][i]
        + "); the contract 'Hợp đồng số … ngày …' and its date and the signing date are decoys. "
        + due_note(due, None, "Hạn thanh toán")
        + po_note(po, "Đơn đặt hàng số")
        + "subtotal = 'Cộng tiền hàng (chưa có thuế GTGT)'; tax = 'Tiền thuế GTGT' (the sum of the rows' VAT); total = 'Tổng cộng tiền thanh toán'. Currency VND. Line items: every row, the net 'Thành tiền chưa có thuế GTGT'."
    )
    t = truth(vname, vid, no, po, d, due, "VND", net, tax, total, items, notes)
    chk = {"printed": [dateline, no, vname, vid, "Tổng cộng tiền thanh toán", ctx["due"], contract, serial, vi_words(total)]}
    return t, chk, (HC_HTML.replace("@@BASE@@", css(margin="11mm 11mm", fs="8.4pt")), ctx)


# =========================================================================== 05 Aarhus (moms 25 %, DKK), letter with the facts in running text, deposit deducted
AA_V = [
    ("Aarhus Møbelsnedkeri ApS", "Sønder Allé 14", "8000 Aarhus C", "#3f3f46"),
    ("Snedkeriet ved Åen I/S", "Åboulevarden 61", "8000 Aarhus C", "#7c2d12"),
    ("Trøjborg Køkkener & Inventar A/S", "Tordenskjoldsgade 38", "8200 Aarhus N", "#14532d"),
    ("Marselisborg Byggesnedker ApS", "Ørneredevej 7", "8270 Højbjerg", "#1e3a8a"),
]
AA_B = [
    ("Advokatfirmaet Kvist & Holm", "Att.: Karen Kvist", "Vestergade 22, 2. sal", "8000 Aarhus C"),
    ("Aarhus Kommune, Børn og Unge", "Att.: Anders Mølgaard", "Rådhuspladsen 2", "8000 Aarhus C"),
    ("Café Frederiksbjerg ApS", "Att.: Sofie Lund", "Jægergårdsgade 101", "8000 Aarhus C"),
    ("Mette og Jens Rasmussen", "", "Stjernevej 12", "8240 Risskov"),
]
AA_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi)
    ("Skabe i massiv eg efter mål", "stk.", 1, 8, 6500, 18500),
    ("Reol i askefinér, 240 cm", "stk.", 1, 6, 4200, 11800),
    ("Bordplade i egetræ, olieret", "lbm", 1, 12, 2100, 4800),
    ("Skydedøre med softclose", "stk.", 1, 6, 2900, 7400),
    ("Montering på stedet", "timer", 4, 40, 545, 695),
    ("Kørsel og bortskaffelse af emballage", "stk.", 1, 1, 450, 1800),
]
AA_HTML = """<html lang="da"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} p{margin:0 0 8px 0;line-height:1.45} table.it{border-collapse:collapse;width:100%;margin:6px 0 10px 0} table.it td,table.it th{padding:3px 4px;font-size:8.6pt} table.it th{text-align:left;border-bottom:1px solid #000} .r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="display:flex;justify-content:space-between"><div style="font-family:'DejaVu Serif',serif;font-size:16pt;color:{{ color }}">{{ vname }}</div><div class="small" style="text-align:right">{{ vaddr }} · {{ vcity }}<br>Tlf. {{ tel }} · CVR-nr. {{ vid }}<br>post@{{ host }}.dk</div></div>
<div style="margin-top:26mm;font-size:9.4pt">{{ bname }}<br>{% if batt %}{{ batt }}<br>{% endif %}{{ bstreet }}<br>{{ bcity }}{% if ean %}<br><span class="small">EAN-nr. {{ ean }}</span>{% endif %}</div>
<div style="text-align:right;margin-top:6mm">Aarhus, {{ dlong }}</div>
<div style="margin-top:8mm;font-weight:bold;font-size:10.5pt">Faktura nr. {{ no }} – {{ subject }}</div>
<div style="margin-top:5mm;font-size:9.4pt">
<p>{{ greeting }}</p>
<p>{{ intro }}</p>
{% if items %}<table class="it"><tr><th>Ydelse</th><th class="r">Antal</th><th>Enhed</th><th class="r">Á-pris</th><th class="r">Beløb</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" style="border-top:1px solid #000">I alt ekskl. moms</td><td class="r" style="border-top:1px solid #000">{{ net }}</td></tr><tr><td colspan="4">Moms 25 %</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td colspan="4">I alt inkl. moms</td><td class="r">{{ total }}</td></tr>
<tr><td colspan="4">Heraf betalt forud ved bestilling {{ depdate }}</td><td class="r">-{{ dep }}</td></tr>
<tr style="font-weight:bold"><td colspan="4" style="border-top:1px double #000">Restbeløb til betaling, kr.</td><td class="r" style="border-top:1px double #000">{{ rest }}</td></tr></table>
{% else %}<p>{{ running }}</p>{% endif %}
<p>{{ paytext }}</p>
<p>{{ closing }}</p>
<p>Med venlig hilsen<br><br><span style="font-family:'DejaVu Serif',serif;font-style:italic;font-size:12pt">{{ signer }}</span><br>{{ signer }}<br>{{ vname }}</p></div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;border-top:1px solid #bbb;padding-top:3px;text-align:center">{{ vname }} · {{ vaddr }}, {{ vcity }} · CVR-nr. {{ vid }} · {{ bank }} reg.nr. {{ reg }} kontonr. {{ acct }} · Sagsnr. {{ case }}</div>
</body></html>"""


@style("05", "dk_aar_aarhus_letter_faktura_moms_25_aconto")
def s05(rng, i):
    vname, vaddr, vcity, color = AA_V[i]
    bname, batt, bstreet, bcity = AA_B[i]
    d = rand_date(rng)
    table = i != 2
    items = lines(rng, AA_ROWS, rng.randint(1, 6) if table else 1, D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    dep = q2(total * D(rng.choice([20, 25, 30, 40])) / 100)
    dep = dep.quantize(D("1")) if i != 1 else dep
    rest = total - dep
    depdate = d - dt.timedelta(days=rng.randint(20, 90))
    vid = valid(rng, lambda: digits(rng, 8, True), cvr.is_valid)
    no = [f"{d.year}-{rng.randint(1, 450):04d}", f"{rng.randint(1000, 9999)}", f"{d.year}{rng.randint(100, 999)}", f"F-{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([8, 14, 30])) if i != 3 else None
    term = None if due else "netto kontant ved modtagelse"
    po = [f"{rng.randint(10000, 99999)}", f"BU-{rng.randint(1000, 9999)}", None, None][i]
    order = d - dt.timedelta(days=rng.randint(25, 100))
    m = de
    subject = ["levering og montering af inventar", "inventar til institution", "ny bardisk og bagvægsreol", "køkken og garderobeskabe"][i]
    intro = f"Hermed fremsendes faktura for {subject}, som aftalt {'i jeres ordre nr. ' + po + ' af ' + da_date(order) if po else 'ved vores møde den ' + da_date(order)}. Arbejdet blev afsluttet og afleveret den {da_date(d - dt.timedelta(days=rng.randint(1, 6)))}."
    running = (
        f"For levering af {items[0]['desc'].lower()} ({qstr(items[0]['qty'])} {items[0]['unit']}) inkl. montering udgør vores pris {m(net)} kr. ekskl. moms. "
        f"Hertil kommer moms 25 % med {m(tax)} kr., i alt {m(total)} kr. inkl. moms. "
        f"Da I betalte {m(dep)} kr. forud ved bestillingen den {da_date(depdate)}, er restbeløbet til betaling {m(rest)} kr."
    )
    paytext = (f"Restbeløbet bedes indbetalt senest den {da_date(due)}" if due else "Betalingsbetingelser: " + term) + f" på vores konto i {{bank}}, reg.nr. {{reg}} kontonr. {{acct}}, eller via FIK +71<{digits(rng, 15)}<+{digits(rng, 8)}<. Angiv venligst fakturanummeret ved betaling."
    bank = rng.choice(["Jyske Bank", "Danske Bank", "Nykredit Bank", "Sparekassen Kronjylland"])
    reg, acct = digits(rng, 4, True), digits(rng, 10, True)
    paytext = paytext.replace("{bank}", bank).replace("{reg}", reg).replace("{acct}", acct)
    ean = ("5798" + digits(rng, 9)) if i == 1 else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vcity=vcity, tel=f"{rng.randint(20, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", vid=vid, host=vname.split()[0].lower().replace("ø", "oe").replace("å", "aa"),
        bname=bname, batt=batt, bstreet=bstreet, bcity=bcity, ean=ean, dlong=da_date(d), no=no, subject=subject,
        greeting="Kære " + (batt.replace("Att.: ", "") if batt else "Mette og Jens") + ",", intro=intro,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items] if table else None,
        net=m(net), tax=m(tax), total=m(total), dep=m(dep), depdate=da_date(depdate), rest=m(rest), running=running, paytext=paytext,
        closing="Vi takker for samarbejdet og håber, at I bliver glade for det nye inventar.", signer=rng.choice(["Mikkel Sørensen", "Louise Thomsen", "Rasmus Kjær", "Birgitte Holm"]),
        bank=bank, reg=reg, acct=acct, case=f"{d.year % 100}-{rng.randint(100, 999)}",
    )
    notes = (
        "Aarhus (Denmark) cabinet-maker's faktura written as a LETTER in Danish (addressee, 'Aarhus, 12. marts 2026', 'Faktura nr. … – …' as the subject line, running text, signature), kroner with dots and a decimal comma ('12.345,00'), moms 25 %, "
        + ("a small table with the rows, 'I alt ekskl. moms', 'Moms 25 %', 'I alt inkl. moms', then the DEPOSIT paid with the order deducted and the 'Restbeløb til betaling'" if table else "NO TABLE: the one item, the price ex moms, the moms, the total incl. moms, the deposit and the remainder are all in one paragraph of running text")
        + ": vendor = the letterhead name; vendor_tax_id = its 'CVR-nr.' (8 digits; the buyer's EAN number, the bank account, the FIK line and the case number 'Sagsnr.' are decoys). "
        "invoice_number = 'Faktura nr.' in the subject line; invoice_date = the letter's date ('Aarhus, d. month yyyy' in Danish); the order date, the completion date and the deposit's date are decoys. "
        + due_note(due, term, "Restbeløbet bedes indbetalt senest den")
        + po_note(po, "ordre nr.")
        + "subtotal = 'I alt ekskl. moms' (the price ex moms); tax = the moms 25 %; total = 'I alt inkl. moms' (NOT the remainder after the deposit, which is a decoy like the deposit). Currency DKK. Line items: "
        + ("every row (ex moms)." if table else "the one item in the text, its amount the price ex moms.")
    )
    t = truth(vname, vid, no, po, d, due, "DKK", net, tax, total, items, notes)
    chk = {"printed": [da_date(d), no, vname, vid, "inkl. moms", da_date(due) if due else None, m(rest), m(dep), da_date(depdate)]}
    return t, chk, (AA_HTML.replace("@@BASE@@", css(margin="14mm 18mm 18mm 20mm", fs="9pt")), ctx)
