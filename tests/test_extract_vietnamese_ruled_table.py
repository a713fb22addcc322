"""Vietnam's VAT invoice (hóa đơn GTGT) as its e-invoice software prints it: a ruled table whose header spans two
lines ("Thành tiền chưa có thuế" / "GTGT": the amount before the tax), the columns numbered under it ("6 = 4 x 5"),
dong grouped with dots and no cents ("185.000" is 185 000, as "22.200.000" shows), the sums by tax rate under the
items ("Tổng hợp theo thuế suất 8%") and the totals labelled with an English gloss in parentheses. Read from a PDF
built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_HEAD = [(38, "STT"), (82, "Tên hàng hóa, dịch vụ"), (208, "Đơn vị"), (259, "Số"), (294, "Đơn giá"),
         (344, "Thành tiền chưa có thuế"), (462, "Thuế"), (508, "Tiền thuế")]
_UNDER = [(106, "Description"), (212, "tính"), (252, "lượng"), (382, "GTGT"), (463, "suất"), (517, "GTGT")]
_NUMBERS = [(42, "1"), (110, "2"), (215, "3"), (262, "4"), (300, "5"), (360, "6 = 4 x 5"), (470, "7"),
            (510, "8 = 6 x 7")]
_ITEMS = [("1", "Cáp điện lực CVV 3x16 mm²", "mét", "120", "185.000", "22.200.000", "8%", "1.776.000"),
          ("2", "Bảo dưỡng máy phát điện", "lần", "2", "750.000", "1.500.000", "10%", "150.000"),
          ("3", "Đèn pha LED 200W", "bộ", "6", "2.450.000", "14.700.000", "8%", "1.176.000")]
_SUMS = [("Tổng hợp theo thuế suất 8%", "36.900.000", "2.952.000"),
         ("Tổng hợp theo thuế suất 10%", "1.500.000", "150.000"),
         ("Cộng tiền hàng (Total amount before VAT)", "38.400.000", "3.102.000")]


def _invoice() -> bytes:
    rows = [(34, 30, "CÔNG TY TNHH ĐIỆN CÔNG NGHIỆP MINH KHANG", 10), (34, 44, "Mã số thuế (Tax code): 0312345679", 8),
            (180, 80, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 13), (260, 98, "(VAT INVOICE)", 8),
            (230, 110, "Ngày 14 tháng 03 năm 2026", 8), (400, 44, "Số (No.): 00001287", 8),
            (34, 140, "Tên đơn vị (Company): CÔNG TY CỔ PHẦN XÂY DỰNG AN PHÚ", 8)]
    rows += [(x, 220, text, 7) for x, text in _HEAD] + [(x, 229, text, 7) for x, text in _UNDER]
    rows += [(x, 242, text, 7) for x, text in _NUMBERS]
    columns = [42, 82, 212, 262, 294, 350, 468, 510]
    for i, item in enumerate(_ITEMS):
        rows += [(x, 256 + 14 * i, text, 7) for x, text in zip(columns, item, strict=True)]
    for i, (label, net, tax) in enumerate(_SUMS):
        rows += [(59, 298 + 14 * i, label, 7), (350, 298 + 14 * i, net, 7), (510, 298 + 14 * i, tax, 7)]
    rows += [(59, 340, "Tổng cộng tiền thanh toán (Total payment)", 7), (510, 340, "41.502.000", 7),
             (34, 356, "Tiền thuế GTGT (VAT amount): 3.102.000 đồng", 7)]
    return rows_pdf(rows)


def test_the_items_of_a_ruled_table_headed_in_vietnamese():
    result = extract_invoice(_invoice())
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(120), Decimal(185000), Decimal(22200000)), (Decimal(2), Decimal(750000), Decimal(1500000)),
        (Decimal(6), Decimal(2450000), Decimal(14700000))]  # no sum by tax rate, no totals row among them
    assert all(i.confidence >= 0.9 for i in result.line_items)  # quantity x price == amount on each
    assert result.line_items[0].description == "Cáp điện lực CVV 3x16 mm²"


def test_the_totals_labelled_with_a_gloss_in_parentheses():
    result = extract_invoice(_invoice())
    assert [Decimal(result.value(k)) for k in ("subtotal", "tax", "total")] == [
        Decimal(38400000), Decimal(3102000), Decimal(41502000)]


def test_a_label_ends_after_its_gloss_not_inside_it():
    """The lexicon reads "(Total amount" and stops; the label runs to the closing parenthesis. A qualifier in
    parentheses that names no field's word is no gloss ("Итого по реестру (по ценам АЗС, с НДС)")."""
    text = "Cộng tiền hàng (Total amount before VAT) 38.400.000"
    assert [(name, found.end()) for name, _, found in label_matches(text)] == [("subtotal", text.index("38"))]
    assert label_matches("Итого по реестру (по ценам АЗС, с НДС): 1 606 092,94")[0][2].end() == len("Итого ")


def test_the_purchase_order_in_vietnamese_with_its_number_in_two_scripts():
    rows = [(34, 30, "CÔNG TY TNHH ĐIỆN CÔNG NGHIỆP MINH KHANG", 10), (180, 80, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 13),
            (400, 44, "Số (No.): 00001288", 8), (230, 110, "Ngày 15 tháng 03 năm 2026", 8),
            (34, 194, "Hợp đồng số: 93/2026/HĐMB · Đơn đặt hàng số: 855/ĐH-2026", 8)]
    assert extract_invoice(rows_pdf(rows)).value("po_number") == "855/ĐH-2026"
