"""A right-to-left page's line of two label-value pairs, a totals box beside the invoice's data ("1,473,000.00 ‖
المجموع قبل الضريبة ‖ 8885 ‖ رقم الفاتورة"): the number at the left of the invoice number's label is that label's, so
the subtotal's label at its left takes the amount at its own left, and no other label takes a value a right-to-left
label took. Each read from a PDF built here (the words in the order they show on the page, left to right)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import Row, _page


def _box() -> bytes:
    rows: list[Row] = [(300, 30, "والترحيل للتخليص البحر ساحل شركة", 12), (470, 60, "ضريبية فاتورة", 10)]
    for y, (amount, label, value, key) in enumerate((
            ("1,473,000.00", "الضريبة قبل المجموع", "8885", "الفاتورة رقم"),
            ("250,410.00", "%17 المضافة القيمة ضريبة", "01/12/2025", "التاريخ"),
            ("1,723,410.00", "الضريبة شامل الكلي المجموع", "45346519", "الشراء أمر رقم"))):
        rows += [(45, 100 + 15 * y, amount, 8), (180, 100 + 15 * y, label, 8), (430, 100 + 15 * y, value, 8),
                 (500, 100 + 15 * y, key, 8)]
    rows += [(440, 200, "البيان", 8), (60, 200, "المبلغ", 8), (440, 214, "ترحيل", 8), (60, 214, "1,473,000.00", 8)]
    return _page(rows)


def test_each_label_takes_the_value_at_its_own_left():
    result = extract_invoice(_box())
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1473000.00", "250410.00",
                                                                                      "1723410.00")
    assert (result.value("invoice_number"), result.value("po_number")) == ("8885", "45346519")
