"""Chromium (HTML) styles for set 49, first part (01 Can Tho packaging and industrial supplier's HÓA ĐƠN GIÁ TRỊ GIA
TĂNG in Vietnamese with a fully ruled grid, VAT 8 % / 10 % per row, whole dong '1.234.567' and the total in Vietnamese
words, 02 Puebla manufacturer's CFDI 4.0 factura in Spanish with a dark RIGHT SIDEBAR, IVA 16 %, a global discount and
pesos or dollars, 03 Trois-Rivières professional's invoice written as a LETTER in French, TPS 5 % + TVQ 9,975 % in
running text, the tax numbers only in the footer and an acompte below the total). Adapted from set 43's code."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, es_date, vn_words
from invoice_kit import css, de, digits, en, exact_price, q0, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import es_words
from stdnum.ca import bn
from stdnum.mx import rfc
from stdnum.vn import mst

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Hai Phong (VAT 8 % / 10 %, VND), fully ruled grid
HP_V = [
    ("CÔNG TY TNHH BAO BÌ NHỰA TÂY ĐÔ", "Lô 12A, KCN Trà Nóc 1, phường Trà Nóc, quận Bình Thủy, TP. Cần Thơ", "#0f766e"),
    ("CÔNG TY CỔ PHẦN CƠ ĐIỆN NINH KIỀU", "Số 88 Đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ", "#1d4ed8"),
    ("CÔNG TY TNHH THIẾT BỊ CÔNG NGHIỆP CÁI RĂNG", "Số 15 Quốc lộ 1A, phường Ba Láng, quận Cái Răng, TP. Cần Thơ", "#9a3412"),
    ("CÔNG TY TNHH VẬT TƯ KỸ THUẬT THỐT NỐT", "Số 210 Quốc lộ 91, phường Thốt Nốt, quận Thốt Nốt, TP. Cần Thơ", "#6b21a8"),
]
HP_B = [
    ("CÔNG TY CỔ PHẦN THỦY SẢN BÌNH AN", "Lô 2-19, KCN Trà Nóc 2, quận Ô Môn, TP. Cần Thơ"),
    ("CÔNG TY TNHH XUẤT NHẬP KHẨU GẠO MEKONG XANH", "Quốc lộ 91B, phường An Thới, quận Bình Thủy, TP. Cần Thơ"),
    ("HỢP TÁC XÃ NÔNG NGHIỆP PHONG ĐIỀN", "Xã Nhơn Ái, huyện Phong Điền, TP. Cần Thơ"),
    ("CÔNG TY TNHH CHẾ BIẾN TRÁI CÂY HẬU GIANG", "Phường V, TP. Vị Thanh, tỉnh Hậu Giang"),
]
HP_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, VAT %: 10 metal products, "10/8" by the date for chemicals and IT)
    ("Bao PP dệt 50 kg in 2 màu", "cái", 500, 20000, 2800, 5200, 8),
    ("Thùng carton 5 lớp 60x40x40 cm", "thùng", 100, 5000, 9500, 18500, 8),
    ("Màng co PE khổ 50 cm", "cuộn", 5, 120, 180000, 320000, 8),
    ("Thép hộp mạ kẽm 40x80x1,4 mm", "cây", 5, 200, 210000, 380000, 10),
    ("Tôn lạnh mạ màu 0,45 mm", "mét", 20, 600, 95000, 150000, 10),
    ("Bơm nước ly tâm 3 HP", "cái", 1, 10, 4200000, 8900000, 8),
    ("Động cơ điện 3 pha 5,5 kW", "cái", 1, 6, 6500000, 12800000, 8),
    ("Hóa chất xử lý nước PAC 25 kg", "bao", 5, 200, 280000, 420000, "10/8"),
    ("Phần mềm quản lý kho (bản quyền 1 năm)", "gói", 1, 1, 8000000, 24000000, "10/8"),
    ("Phí vận chuyển nội thành Cần Thơ", "chuyến", 1, 4, 350000, 1200000, 8),
    ("Băng keo dán thùng 100 yard", "cuộn", 20, 600, 18000, 32000, 8),
    ("Dây đai nhựa PP 15 mm", "cuộn", 2, 80, 250000, 420000, 8),
    ("Pallet nhựa 1200x1000 mm", "cái", 5, 150, 650000, 1250000, 8),
    ("Tủ điện điều khiển lắp ráp", "bộ", 1, 3, 12000000, 35000000, 8),
    ("Bu lông inox M12 x 50", "con", 50, 2000, 4500, 9800, 10),
]
HP_HTML = """<html lang="vi"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th,table.it td{border:1px solid #444;padding:3px 4px;font-size:7.8pt} table.it th{background:#f3f4f6;font-size:7.2pt}
.r{text-align:right;white-space:nowrap} .c{text-align:center} .small{font-size:7pt;color:#555} .en{font-style:italic;font-weight:normal;color:#666}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:11.5pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8pt">Mã số thuế <span class="en">(Tax code)</span>: <b>{{ vid }}</b><br>Địa chỉ <span class="en">(Address)</span>: {{ vaddr }}<br>Điện thoại: 0292 {{ tel }}<br>Số tài khoản: {{ vacct }} tại {{ vbank }}</div></td>
<td style="width:46mm;vertical-align:top;font-size:8pt;text-align:right">Ký hiệu <span class="en">(Serial)</span>: <b>{{ serial }}</b><br>Số <span class="en">(No.)</span>: <b style="font-size:11pt;color:#b91c1c">{{ no }}</b></td></tr></table>
<div style="text-align:center;margin-top:8px"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">HÓA ĐƠN GIÁ TRỊ GIA TĂNG</div><div class="en" style="font-size:8.5pt">(VAT INVOICE)</div>
<div style="font-size:9pt;margin-top:2px"><i>{{ ldate }}</i></div><div class="small">Mã của cơ quan thuế: {{ cqt }}</div></div>
<div style="font-size:8.3pt;margin-top:8px;line-height:1.45">Họ tên người mua hàng <span class="en">(Buyer)</span>: {{ person }}<br>Tên đơn vị <span class="en">(Company)</span>: <b>{{ bname }}</b><br>Mã số thuế <span class="en">(Tax code)</span>: {{ bid }}<br>Địa chỉ <span class="en">(Address)</span>: {{ baddr }}<br>
Hình thức thanh toán <span class="en">(Payment method)</span>: {{ pay }}{% if contract %} &nbsp; · &nbsp; Hợp đồng số: {{ contract }}{% endif %}{% if po %} &nbsp; · &nbsp; Đơn đặt hàng số: {{ po }}{% endif %}{% if ship %}<br>Biển số xe giao hàng <span class="en">(Truck)</span>: {{ ship }}{% endif %}</div>
<table class="it"><tr><th>STT</th><th>Tên hàng hóa, dịch vụ<br><span class="en">Description</span></th><th>Đơn vị tính</th><th>Số lượng</th><th>Đơn giá</th><th>Thành tiền chưa có thuế GTGT</th><th>Thuế suất</th><th>Tiền thuế GTGT</th></tr>
<tr class="small"><td class="c">1</td><td class="c">2</td><td class="c">3</td><td class="c">4</td><td class="c">5</td><td class="c">6 = 4 x 5</td><td class="c">7</td><td class="c">8 = 6 x 7</td></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}%</td><td class="r">{{ it.t }}</td></tr>{% endfor %}
{% for r in rates %}<tr><td></td><td colspan="4">Tổng hợp theo thuế suất {{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="c">{{ r.r }}%</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td></td><td colspan="4">Cộng tiền hàng <span class="en">(Total amount before VAT)</span></td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td></td><td colspan="6">Tổng cộng tiền thanh toán <span class="en">(Total payment)</span></td><td class="r">{{ total }}</td></tr></table>
<div style="font-size:8.2pt;margin-top:4px">Số tiền viết bằng chữ: <i>{{ words }}</i>{% if usd %} &nbsp; · &nbsp; Quy đổi tham khảo: {{ usd }} USD (tỷ giá {{ rate }} VND/USD){% endif %}</div>
{% if due %}<div style="font-size:8.2pt;margin-top:3px">Hạn thanh toán <span class="en">(Due date)</span>: <b>{{ due }}</b></div>{% endif %}
<table style="width:100%;margin-top:18px;font-size:8.2pt;text-align:center"><tr><td><b>Người mua hàng</b><br><span class="en">(Buyer)</span></td><td><b>Người bán hàng</b><br><span class="en">(Seller)</span><div style="border:1px solid #16a34a;color:#15803d;margin:8px auto;width:60mm;padding:4px;font-size:7.2pt;text-align:left">Signature Valid<br>Ký bởi: {{ vname }}<br>Ký ngày: {{ sdate }}</div></td></tr></table>
<div class="small" style="margin-top:6px;text-align:center">Tra cứu hóa đơn tại https://hoadondientu.gdt.gov.vn · Mã tra cứu: {{ lookup }}<br>(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)</div>
</body></html>"""


@style("01", "vn_vca_can_tho_hoa_don_gtgt_8_10_ruled")
def s01(rng, i):
    vname, vaddr, color = HP_V[i]
    bname, baddr = HP_B[i]
    d = rand_date(rng)
    items = lines(rng, HP_ROWS, [6, 2, 13, 1][i], D("1000"))
    for x in items:  # metal products stay at 10 %; chemicals and IT are at 10 % before 1 July 2025 and 8 % after
        x["rate"] = (10 if d < dt.date(2025, 7, 1) else 8) if x["extra"] == "10/8" else x["extra"]
        x["tax"] = q0(x["amount"] * x["rate"] / 100)
    rates = by_rate(items, q=q0)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _r, _b, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "18" + digits(rng, 8), mst.is_valid)
    bid = valid(rng, lambda: rng.choice(["18", "63"]) + digits(rng, 8), mst.is_valid)
    no = f"{rng.randint(1, 99999999):08d}" if i % 2 == 0 else str(rng.randint(100, 9999))
    serial = f"1C{d.strftime('%y')}T{rng.choice(['CT', 'TD', 'NK', 'AA'])}"

    def ldate(x):
        return f"Ngày {x.day:02d} tháng {x.month:02d} năm {x.year}" if i != 2 else f"Ngày {x.day} tháng {x.month} năm {x.year}"

    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    fdue = due.strftime("%d/%m/%Y") if due else None
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/ĐH-{d.year}", None][i]
    contract = f"{rng.randint(1, 99):02d}/{d.year}/HĐKT" if i != 3 else None
    usd = en(q2(total / D("26180"))) if i in (1, 2) else None
    words = vn_words(total)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, tel=f"{rng.randint(3500, 3999)} {rng.randint(100, 999)}", vacct=digits(rng, 13, True),
        vbank=rng.choice(["Vietcombank – CN Cần Thơ", "Agribank – CN Bình Thủy", "Sacombank – CN Cần Thơ"]), serial=serial, no=no, ldate=ldate(d),
        cqt="00" + digits(rng, 30).upper(), person=rng.choice(["Lê Văn Phúc", "Huỳnh Thị Ngọc Hân", "", "Võ Minh Trí"]), bname=bname, bid=bid, baddr=baddr,
        pay=["Chuyển khoản", "TM/CK", "TM/CK", "Tiền mặt"][i], contract=contract, po=po, ship=rng.choice([f"65C-{digits(rng, 3)}.{digits(rng, 2)}", f"65H-{digits(rng, 3)}.{digits(rng, 2)}", None]),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"], 0), "a": de(x["amount"], 0), "r": x["rate"], "t": de(x["tax"], 0)} for x in items],
        rates=[{"r": r, "b": de(b, 0), "t": de(t, 0)} for r, b, t in rates] if len(rates) > 1 else [], net=de(net, 0), tax=de(tax, 0), total=de(total, 0),
        usd=usd, words=words, rate="26.180", due=fdue, sdate=d.strftime("%d/%m/%Y"), lookup=digits(rng, 4) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
    )
    notes = (
        "Can Tho (Vietnam) packaging and industrial supplier's HÓA ĐƠN GIÁ TRỊ GIA TĂNG (VAT e-invoice) in Vietnamese with English subtitles, a FULLY RULED grid with the VAT rate and VAT PER ROW, whole dong with dots ('1.234.567'), "
        + ("VAT 8 % (reduced) and 10 % with a summary per rate: " if len(rates) > 1 else f"VAT {rates[0][0]} % only: ")
        + "vendor = the name at the top; vendor_tax_id = its 'Mã số thuế' (10 digits; the buyer's Mã số thuế, the bank account, the tax authority code 'Mã của cơ quan thuế', the lookup code, the contract, the truck plate and the serial 'Ký hiệu' are decoys; the VAT total is printed only in the grid, the total also in Vietnamese words). "
        "invoice_number = 'Số (No.)' (the serial is separate); invoice_date = the long date under the title ('Ngày dd tháng mm năm yyyy'; the signature date is the same day). "
        + due_note(due, None if due else "", "Hạn thanh toán")
        + po_note(po, "Đơn đặt hàng số")
        + "subtotal = 'Cộng tiền hàng'; tax = 'Tiền thuế GTGT' (the VAT column's total); total = 'Tổng cộng tiền thanh toán'"
        + (" (the USD counter-value is a decoy; the currency is only implied: 'đồng' appears in the amount in words)" if usd else "")
        + ". Currency VND. Line items: every row, the amount before VAT."
    )
    t = truth(vname, vid, no, po, d, due, "VND", net, tax, total, items, notes)
    chk = {"printed": [ldate(d), no, vname, vid, bid, "Tổng cộng tiền thanh toán", fdue, usd, serial, words]}
    return t, chk, (HP_HTML.replace("@@BASE@@", css(margin="11mm 12mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Mérida (IVA 16 %, MXN or USD), CFDI 4.0 with a left sidebar and a discount
MD_V = [
    ("Talavera Artesanal Poblana, S.A. de C.V.", "Calle 4 Poniente No. 911, Centro Histórico, C.P. 72000, Puebla, Pue.", "#1e3a8a", "TAP"),
    ("Autopartes y Troquelados Cuautlancingo, S.A. de C.V.", "Autopista México-Puebla Km 117, C.P. 72700, Cuautlancingo, Pue.", "#374151", "ATC"),
    ("Textiles del Valle de Atlixco, S. de R.L. de C.V.", "Blvd. Hermanos Serdán No. 540, Col. Amor, C.P. 72140, Puebla, Pue.", "#7c2d12", "TVA"),
    ("Dulces Típicos de Santa Clara, S.A. de C.V.", "Av. 6 Oriente No. 12, Centro, C.P. 72000, Puebla, Pue.", "#9d174d", "DTS"),
]
MD_B = [
    ("Hotel Boutique Casa Reyna, S.A. de C.V.", "Privada 2 Oriente No. 1007, Centro, Puebla, Pue."),
    ("Ensambles Automotrices del Centro, S.A. de C.V.", "Parque Industrial FINSA, Cuautlancingo, Pue."),
    ("Uniformes Corporativos Tlaxcala, S.A. de C.V.", "Av. Independencia No. 58, Tlaxcala, Tlax."),
    ("Casa Mexicana Imports LLC", "410 W 35th St, Austin, TX 78705, USA"),
]
FLETE = ("Flete Puebla – destino", "Servicio", 1, 1, 1500, 8500, ("78101800", "E48"))
MD_ROWS = [  # per vendor: (desc, unit, qlo, qhi, lo, hi, (clave SAT, unidad SAT))
    [
        ("Plato talavera 30 cm, diseño tradicional", "Pieza", 4, 80, 380, 980, ("52151600", "H87")),
        ("Azulejo de talavera 10.5 x 10.5 cm", "Pieza", 50, 2000, 38, 72, ("30161700", "H87")),
        ("Jarrón de talavera 40 cm", "Pieza", 1, 20, 1400, 3900, ("52121500", "H87")),
        ("Tibor de talavera con tapa 50 cm", "Pieza", 1, 10, 2800, 6900, ("52121500", "H87")),
        ("Taza de talavera 300 ml", "Pieza", 12, 240, 95, 210, ("52151600", "H87")),
        FLETE,
    ],
    [
        ("Soporte troquelado de lámina 2 mm", "Pieza", 100, 5000, 18, 64, ("25174000", "H87")),
        ("Buje metálico maquinado", "Pieza", 100, 4000, 22, 85, ("25174000", "H87")),
        ("Refuerzo de puerta troquelado", "Pieza", 100, 3000, 45, 130, ("25174000", "H87")),
        ("Bisagra de cofre, juego", "Juego", 50, 2000, 60, 180, ("25174000", "SET")),
        ("Abrazadera de escape 2 in", "Pieza", 100, 5000, 12, 38, ("25174000", "H87")),
        ("Placa de montaje de motor", "Pieza", 50, 2000, 85, 260, ("25174000", "H87")),
        ("Tornillo hexagonal M10 x 30 con arandela", "Millar", 1, 40, 1800, 3900, ("31161500", "MIL")),
        ("Tuerca soldable M8", "Millar", 1, 40, 950, 2100, ("31161700", "MIL")),
        ("Grapa de plástico para vestidura", "Millar", 1, 60, 420, 980, ("31162400", "MIL")),
        ("Ménsula de defensa trasera", "Pieza", 50, 1500, 70, 210, ("25174000", "H87")),
        ("Travesaño de tablero soldado", "Pieza", 20, 800, 240, 620, ("25174000", "H87")),
        ("Tapa de batería troquelada", "Pieza", 100, 3000, 28, 75, ("25174000", "H87")),
        ("Herramental: ajuste de troquel progresivo", "Servicio", 1, 1, 8500, 38000, ("73151500", "E48")),
        ("Tratamiento e-coat por pieza", "Pieza", 500, 10000, 3, 9, ("73181100", "H87")),
        ("Empaque retornable, renta mensual", "Servicio", 1, 4, 2500, 7800, ("80131500", "E48")),
        FLETE,
    ],
    [
        ("Tela de mezclilla 12 oz", "Metro", 50, 1500, 85, 160, ("11162100", "MTR")),
        ("Tela gabardina 65/35 azul marino", "Metro", 50, 1500, 68, 120, ("11162100", "MTR")),
        ("Camisa de uniforme bordada", "Pieza", 10, 400, 240, 520, ("53101600", "H87")),
        ("Pantalón de trabajo de mezclilla", "Pieza", 10, 400, 280, 560, ("53101500", "H87")),
        ("Chaleco reflejante con logotipo", "Pieza", 10, 300, 120, 260, ("46181500", "H87")),
        ("Playera tipo polo bordada", "Pieza", 10, 400, 160, 340, ("53101800", "H87")),
        ("Bordado de logotipo", "Servicio", 1, 60, 45, 160, ("52121500", "E48")),
        FLETE,
    ],
    [
        ("Camotes poblanos surtidos, caja 1 kg", "Caja", 10, 300, 120, 260, ("50161800", "XBX")),
        ("Tortitas de Santa Clara, caja 24 pzas", "Caja", 10, 300, 140, 290, ("50161800", "XBX")),
        ("Muéganos poblanos, bolsa 500 g", "Bolsa", 10, 300, 65, 140, ("50161800", "XBG")),
        ("Jamoncillo de pepita, caja 12 pzas", "Caja", 10, 200, 110, 230, ("50161800", "XBX")),
        ("Borrachitos de frutas, caja 30 pzas", "Caja", 10, 200, 130, 260, ("50161800", "XBX")),
        ("Canasta de regalo surtida", "Pieza", 5, 120, 380, 950, ("50161800", "H87")),
        FLETE,
    ],
]
MD_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:fixed;right:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 5mm;box-sizing:border-box;font-size:7.6pt;line-height:1.45}
.main{margin-right:64mm;margin-left:12mm;padding-top:10mm} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:#f1f5f9;font-size:7pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:7.6pt;border-bottom:1px solid #e5e7eb}
.r{text-align:right;white-space:nowrap} .small{font-size:6.8pt;color:#555} .lbl{color:#cbd5e1;font-size:6.6pt;text-transform:uppercase;margin-top:7px}
</style></head><body>
<div class="side"><div style="font-size:12pt;font-weight:bold;line-height:1.2">{{ vname }}</div>
<div class="lbl">RFC emisor</div><div><b>{{ vid }}</b></div><div class="lbl">Régimen fiscal</div><div>601 General de Ley Personas Morales</div>
<div class="lbl">Domicilio</div><div>{{ vaddr }}</div><div class="lbl">Lugar de expedición</div><div>{{ cp }}</div>
<div class="lbl">Cuenta para depósito</div><div>{{ bank }}<br>CLABE {{ clabe }}</div>
<div style="margin-top:14px;background:#fff;color:#111;padding:6px"><div style="font-size:6.8pt;color:#555">TOTAL</div><div style="font-size:14pt;font-weight:bold">${{ total }}</div><div style="font-size:7pt">{{ curname }}</div></div>
<div style="margin-top:10px">{{ qr|safe }}</div></div>
<div class="main">
<table style="width:100%"><tr><td><div style="font-size:17pt;font-weight:bold;color:{{ color }}">FACTURA</div><div class="small">CFDI 4.0 · Tipo de comprobante: I - Ingreso</div></td>
<td class="r" style="font-size:8pt">Folio: <b style="font-size:11pt">{{ no }}</b><br>Fecha de emisión: <b>{{ date }}</b><br>Fecha de certificación: {{ cert }}</td></tr></table>
{% if ldate %}<div style="font-size:8.4pt;margin-top:4px">Heroica Puebla de Zaragoza, Pue., a {{ ldate }}</div>{% endif %}
<table style="width:100%;margin-top:8px;font-size:7.8pt;border:1px solid #cbd5e1"><tr><td style="padding:4px"><span class="small">RECEPTOR</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>RFC: {{ bid }} · Uso CFDI: {{ uso }} · Régimen: {{ breg }}</td>
<td style="padding:4px;vertical-align:top">Método de pago: {{ metodo }}<br>Forma de pago: {{ forma }}<br>Moneda: {{ curfield }}{% if tc %} · Tipo de cambio: {{ tc }}{% endif %}<br>Condiciones de pago: {{ cond }}{% if due %}<br>Fecha límite de pago: <b>{{ due }}</b>{% endif %}{% if po %}<br>Orden de compra: {{ po }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Clave SAT</th><th>Cant.</th><th>Unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.k }}</td><td>{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}<div class="small">Objeto de impuesto: 02 · IVA Traslado 0.160000</div></td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:6px;font-size:8.4pt"><tr><td>Subtotal</td><td class="r" style="padding-left:18px">${{ net }}</td></tr>{% if disc %}<tr><td>Descuento</td><td class="r">-${{ disc }}</td></tr>{% endif %}<tr><td>IVA 16% Trasladado</td><td class="r">${{ tax }}</td></tr><tr style="font-weight:bold;font-size:10pt"><td>Total</td><td class="r">${{ total }}</td></tr></table>
<div style="font-size:7.8pt;margin-top:4px">Importe con letra: <b>{{ words }}</b></div>
{% if mxn %}<div class="small">Equivalente en moneda nacional: ${{ mxn }} MXN</div>{% endif %}
<div class="small" style="margin-top:10px;word-break:break-all">Folio fiscal (UUID): {{ uuid }}<br>No. de serie del CSD: {{ csd }} · No. de serie del certificado SAT: {{ csd2 }}<br>Sello digital del CFDI: {{ sello }}</div>
<div class="small" style="margin-top:6px">Este documento es una representación impresa de un CFDI.</div>
</div></body></html>"""


@style("02", "mx_pbc_puebla_cfdi_iva_16_descuento_sidebar_right")
def s02(rng, i):
    vname, vaddr, color, abbr = MD_V[i]
    bname, baddr = MD_B[i]
    d = rand_date(rng)
    items = lines(rng, MD_ROWS[i], [3, 14, 7, 5][i], D("0.50"))
    gross = sum(x["amount"] for x in items)
    disc = q2(gross * D(rng.choice([5, 8, 10])) / 100) if i in (1, 2) else D(0)
    net = gross
    tax = q2((gross - disc) * D("0.16"))
    total = gross - disc + tax
    cur = "USD" if i == 3 else "MXN"
    found = d - dt.timedelta(days=rng.randint(1500, 8000))

    def mk_rfc(a3):
        return valid(rng, lambda: a3 + found.strftime("%y%m%d") + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(2)) + rng.choice("0123456789A"), lambda s: rfc.is_valid(s, validate_check_digits=True))

    vid = mk_rfc(abbr)
    bid = "XEXX010101000" if i == 3 else mk_rfc(rng.choice(["HBC", "EAC", "UCT"]))
    no = [f"TAP{rng.randint(1000, 9999)}", f"A {rng.randint(10000, 99999)}", f"FAC-{rng.randint(100, 999)}", f"EXP-{rng.randint(1000, 9999)}"][i]
    ts = f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    date = ts if i in (1, 3) else d.strftime("%d/%m/%Y")
    ldate = es_date(d) if i in (0, 2) else None
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (1, 3) else None
    fdue = due.strftime("%d/%m/%Y") if due else None
    po = [None, f"{rng.randint(4500000000, 4599999999)}", f"OC-{rng.randint(1000, 9999)}", f"CMI-{rng.randint(100, 999)}"][i]
    cents = int((total - int(total)) * 100)
    words = f"({es_words(int(total)).upper()} {'DÓLARES' if cur == 'USD' else 'PESOS'} {cents:02d}/100 {'USD' if cur == 'USD' else 'M.N.'})"
    tc = "18.3415" if cur == "USD" else None
    curname = "Dólar estadounidense" if cur == "USD" else "Pesos mexicanos"
    curfield = [f"{cur}", "MXN - Peso Mexicano", "MXN", "USD - Dólar americano"][i]
    ctx = dict(
        color=color, vname=vname, vid=vid, vaddr=vaddr, cp=vaddr.split("C.P. ")[1][:5], bank=rng.choice(["BBVA México", "Banorte", "HSBC México"]), clabe="0129" + digits(rng, 14),
        total=en(total), curname=curname, curfield=curfield, qr=qr_svg(rng, 30), no=no, date=date, cert=f"{d.isoformat()}T{rng.randint(19, 23)}:{rng.randint(10, 59)}:00", ldate=ldate,
        bname=bname, baddr=baddr, bid=bid, uso="G03 Gastos en general" if i != 3 else "S01 Sin efectos fiscales", breg="601" if i != 3 else "616",
        metodo="PPD Pago en parcialidades o diferido" if due else "PUE Pago en una sola exhibición", forma="99 Por definir" if due else rng.choice(["03 Transferencia electrónica de fondos", "04 Tarjeta de crédito"]),
        tc=tc, cond=f"Crédito {(due - d).days} días" if due else "Contado", due=fdue, po=po,
        items=[{"k": x["extra"][0], "q": qstr(x["qty"]), "u": f"{x['extra'][1]} {x['unit']}", "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), disc=en(disc) if disc else None, tax=en(tax), words=words, mxn=en(q2(total * D(tc))) if tc else None,
        uuid=f"{digits(rng, 8)}-{digits(rng, 4)}-4{digits(rng, 3)}-A{digits(rng, 3)}-{digits(rng, 12)}", csd="0000100000050" + digits(rng, 7), csd2="0000100000070" + digits(rng, 7),
        sello="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(180)) + "==",
    )
    notes = (
        "Puebla (Mexico) manufacturer's CFDI 4.0 FACTURA (printed representation) in Spanish with a dark RIGHT SIDEBAR (issuer's RFC, address, CLABE and the TOTAL boxed with the currency's name in Spanish), '1,234.56', IVA 16 %"
        + (", a global 'Descuento' between the Subtotal and the IVA (the IVA on the discounted base)" if disc else "")
        + (", in US dollars with the exchange rate and the peso equivalent (decoys)" if cur == "USD" else ", in pesos")
        + ": vendor = the name in the sidebar; vendor_tax_id = 'RFC emisor' (the receptor's RFC, the CLABE, the UUID, the CSD numbers are decoys). "
        "invoice_number = 'Folio'; invoice_date = 'Fecha de emisión' (" + ["dd/mm/yyyy, also '12 de marzo de 2026' in the place line", "ISO with the time", "dd/mm/yyyy, also the long date", "ISO with the time"][i] + "; the certification date is a decoy). "
        + due_note(due, None if due else "Contado", "Fecha límite de pago")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Subtotal' as CFDI prints it (the rows' sum BEFORE the discount); tax = 'IVA 16% Trasladado'; total = 'Total'"
        + (" = Subtotal − Descuento + IVA (the check file's total_adjustment is the negative discount)" if disc else "")
        + f". Currency {cur}. Line items: every row (Importe)."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [date, no, vname, vid, bid, "IVA 16% Trasladado", fdue, ldate, words], "total_adjustment": str(-disc)}
    return t, chk, (MD_HTML.replace("@@BASE@@", css(margin="0", fs="8.4pt")), ctx)


# =========================================================================== 03 Sherbrooke (TPS 5 % + TVQ 9,975 %, CAD), a letter, facts in running text, acompte
SH_V = [
    ("Traductions Laviolette inc.", "1350, rue Royale, bureau 200", "Trois-Rivières (Québec)  G9A 4J4", "traduction"),
    ("Atelier d'architecture du Platon", "25, rue des Forges", "Trois-Rivières (Québec)  G9A 2G4", "architecture"),
    ("Génie-conseil Saint-Maurice inc.", "4500, boulevard des Récollets", "Trois-Rivières (Québec)  G9A 4N2", "ingénierie"),
    ("Services comptables Cap-de-la-Madeleine S.E.N.C.", "230, rue Fusey", "Trois-Rivières (Québec)  G8T 2V8", "comptabilité"),
]
SH_B = [
    ("Madame Geneviève Lesage", "Directrice des communications, Université du Québec à Trois-Rivières", "3351, boulevard des Forges, Trois-Rivières (Québec)  G8Z 4M3"),
    ("Monsieur Pierre-Luc Bellemare", "Président, Microbrasserie du Boulevard inc.", "910, boulevard du Saint-Maurice, Trois-Rivières (Québec)  G9A 3P9"),
    ("Madame Nathalie Trudel", "Directrice générale, Municipalité de Saint-Étienne-des-Grès", "1230, rue Principale, Saint-Étienne-des-Grès (Québec)  G0X 2P0"),
    ("Monsieur Olivier Gélinas", "Propriétaire, Fromagerie de la Mauricie", "155, rue Notre-Dame Centre, Shawinigan (Québec)  G9N 3J1"),
]
SH_ROWS = {
    "traduction": [("traduction anglais–français du rapport annuel", "mot", 2000, 18000, "0.18", "0.32"), ("révision et correction d'épreuves", "heure", 2, 20, 65, 95), ("traduction certifiée d'actes", "page", 1, 12, 45, 85)],
    "architecture": [("esquisse et plans préliminaires", "forfait", 1, 1, 2800, 9500), ("plans et devis pour permis", "forfait", 1, 1, 4200, 14000), ("visites de chantier", "visite", 1, 8, 280, 450)],
    "ingénierie": [("étude géotechnique préliminaire", "forfait", 1, 1, 3500, 11000), ("rapport d'inspection de ponceaux", "ponceau", 1, 12, 420, 880), ("heures d'ingénieur principal", "heure", 4, 40, 135, 185)],
    "comptabilité": [("préparation des états financiers annuels", "forfait", 1, 1, 1800, 4800), ("déclarations de TPS et de TVQ", "trimestre", 1, 4, 180, 420), ("tenue de livres", "heure", 4, 40, 55, 85)],
}
SH_HTML = """<html lang="fr-CA"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;text-align:justify;line-height:1.5} table.it{border-collapse:collapse;margin:6px 0 10px 10mm;font-size:9pt} table.it td{padding:2px 10px 2px 0}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="font-size:15pt;color:{{ color }};font-variant:small-caps;letter-spacing:1px">{{ vname }}</div>
<div style="font-size:8pt;color:#555;border-bottom:1px solid {{ color }};padding-bottom:4px">{{ va1 }}, {{ va2 }}<br>Tél. 819 {{ tel }} · {{ mail }}</div>
<div style="margin-top:14px;text-align:right">{{ place_date }}</div>
<div style="margin-top:10px">{{ bp }}<br>{{ bt }}<br>{{ ba }}</div>
<div style="margin-top:14px"><b>Objet : facture n° {{ no }}{% if po %} – votre bon de commande {{ po }}{% endif %}</b></div>
<div style="margin-top:10px">{{ salut }},</div>
<p style="margin-top:8px">{{ p1 }}</p>
{% if rows %}<table class="it">{% for r in rows %}<tr><td>{{ r.d }}</td><td class="r">{{ r.a }}</td></tr>{% endfor %}</table>{% endif %}
{% for p in paras %}<p>{{ p }}</p>{% endfor %}
<p>Nous vous prions d'agréer, {{ salut|lower }}, l'expression de nos sentiments distingués.</p>
<div style="margin-top:22px">{{ signer }}<br><span style="font-size:8.5pt;color:#555">pour {{ vname }}</span></div>
<div style="position:fixed;bottom:0;left:0;right:0;font-size:7pt;color:#777;border-top:1px solid #ddd;padding-top:3px">N° d'entreprise du Québec (NEQ) {{ neq }} · N° de TPS/TVH {{ tps }} · N° de TVQ {{ tvq }}<br>Virement : Caisse Desjardins de Trois-Rivières, transit {{ transit }}, institution 815, folio {{ folio }} · Dossier client {{ file }}</div>
</body></html>"""


@style("03", "ca_qc_trr_trois_rivieres_lettre_facture_tps_tvq_acompte")
def s03(rng, i):
    vname, va1, va2, kind = SH_V[i]
    bp, bt, ba = SH_B[i]
    color = ["#0c4a6e", "#7f1d1d", "#14532d", "#3730a3"][i]
    d = rand_date(rng)
    cat = SH_ROWS[kind]
    n = [3, 2, 1, 2][i]
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(cat, n):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), D("0.01"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tps_a = q2(net * D("0.05"))
    tvq_a = q2(net * D("0.09975"))
    tax = tps_a + tvq_a
    total = net + tax
    dep = q2(total * D(rng.choice([20, 25, 30, 50])) / 100) if i != 0 else None
    ddate = d - dt.timedelta(days=rng.randint(20, 80))
    bn9 = valid(rng, lambda: digits(rng, 9, True), bn.is_valid)
    tps = f"{bn9} RT0001"
    tvq = f"{digits(rng, 10, True)} TQ0001"
    no = [f"TL-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"SM{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}"][i]
    m = lambda x: sp(x) + "\u00a0$"  # noqa: E731
    ld = lambda x: f"{'1er' if x.day == 1 else x.day} {MONTHS['fr'][x.month - 1]} {x.year}"  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (1, 3) else None
    po = [None, f"BC-{rng.randint(10000, 99999)}", None, None][i]
    salut = "Madame" if bp.startswith("Madame") else "Monsieur"
    work = ", ".join(x["desc"] for x in items)
    if i in (0, 2):  # no table: one sentence per service
        svc = " ".join(
            f"Pour {x['desc']} ({qstr(x['qty'])} {x['unit']}{'s' if x['qty'] > 1 and not x['unit'].endswith('s') else ''} à {m(x['price'])}), le montant s'élève à {m(x['amount'])}." for x in items
        )
        p1 = f"Pour faire suite au mandat que vous nous avez confié, nous vous transmettons notre facture n° {no} pour les services rendus. {svc}"
        rows = []
    else:
        p1 = f"Pour faire suite au mandat que vous nous avez confié, nous vous transmettons notre facture n° {no} pour les services suivants : {work}. Le détail s'établit comme suit :"
        rows = [{"d": f"{x['desc'][0].upper()}{x['desc'][1:]} ({qstr(x['qty'])} × {m(x['price'])})", "a": m(x["amount"])} for x in items]
    p2 = f"Le total des honoraires avant taxes est de {m(net)}. S'y ajoutent la TPS de 5 % ({m(tps_a)}) et la TVQ de 9,975 % ({m(tvq_a)}), soit un montant total de {m(total)}, taxes incluses."
    if dep:
        p3 = f"Nous avons bien reçu votre acompte de {m(dep)} le {ld(ddate)}; il reste donc un solde de {m(total - dep)} à payer."
    else:
        p3 = "Aucun acompte n'a été versé pour ce mandat."
    p4 = (f"Nous vous saurions gré d'acquitter ce solde au plus tard le {ld(due)}, par virement ou par chèque à l'ordre de {vname}." if due else "Ce montant est payable à la réception de la présente facture.")
    place_date = f"Trois-Rivières, le {ld(d)}"
    ctx = dict(
        color=color, vname=vname, va1=va1, va2=va2, tel=f"{rng.randint(560, 829)}-{rng.randint(1000, 9999)}", neq="11" + digits(rng, 8), tps=tps, tvq=tvq, place_date=place_date,
        bp=bp, bt=bt, ba=ba, no=no, po=po, salut=salut, p1=p1, rows=rows, paras=[p2, p3, p4], signer=rng.choice(["Julie Gagnon", "Marc-André Roy", "Sophie Tremblay", "Étienne Côté"]),
        mail=f"facturation@{vname.split()[1].lower().replace(chr(39), '')}.qc.ca", transit=digits(rng, 5), folio=digits(rng, 7), file=f"{rng.randint(1000, 9999)}-{d.year}",
    )
    notes = (
        "Trois-Rivières (Mauricie, Quebec, Canada) " + kind + " firm's invoice written as a LETTER in French (fr-CA), the facts and totals in RUNNING TEXT"
        + (", no table: one sentence per service" if not rows else ", a small two-column table of the services")
        + ", '1 234,56 $', TPS 5 % and TVQ 9,975 % on the fees"
        + (", an ACOMPTE received earlier deducted AFTER the total (the balance and the deposit's date are decoys)" if dep else "")
        + ": vendor = the letterhead; vendor_tax_id = the TPS number (BN + RT0001), printed only in the FOOTER as 'N° de TPS/TVH' (the TVQ number, the NEQ beside it, the transit and folio, the client file are decoys). No currency code: only '$' (CAD implied by the place). "
        "invoice_number = 'facture n°' in the subject; invoice_date = the letter's date 'Trois-Rivières, le 12 mars 2026'. "
        + due_note(due, None if due else "payable à la réception de la présente facture", "au plus tard le", )
        + po_note(po, "votre bon de commande")
        + "subtotal = 'total des honoraires avant taxes'; tax = TPS + TVQ (printed only as the two parts; the check file's tax_parts); total = 'montant total ... taxes incluses', before the deposit. "
        "Currency CAD. Line items: each service."
    )
    t = truth(vname, tps, no, po, d, due, "CAD", net, tax, total, items, notes)
    chk = {"printed": [place_date, no, vname, tps, tvq, ld(due) if due else None, m(total - dep) if dep else None, ld(ddate) if dep else None], "tax_parts": [str(tps_a), str(tvq_a)]}
    return t, chk, (SH_HTML.replace("@@BASE@@", css(margin="18mm 22mm", font="'DejaVu Serif',serif", fs="10pt")), ctx)
