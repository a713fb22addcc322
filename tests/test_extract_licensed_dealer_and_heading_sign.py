"""An Arabic page from Israel: the licensed dealer's number ("مشتغل مرخص / ح.ف. رقم 514233218", its value past the
label's translation after the slash), "رقم طلبيتكم" (your order's number), and the shekel sign printed only beside
the column headings and the total's label ("₪ المجموع"), read as the page's money. Built here, the right-to-left words
drawn as a browser shows them (the helper of test_extract_right_to_left_labels)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import _page


def _nazareth() -> bytes:
    rows = [(330, 30, "م.ض للتجارة الكرمل", 14), (360, 48, "Carmel Trading Ltd.", 9),
            (250, 62, "04-600-1234 هاتف · 514233218 رقم ف.ح / مرخص مشتغل", 8),
            (40, 90, "7731", 8), (120, 90, ":الفاتورة رقم", 8),
            (40, 104, "12/03/2026", 8), (120, 104, ":التاريخ", 8),
            (40, 118, "4410", 8), (120, 118, ":طلبيتكم رقم", 8),
            (40, 150, "₪ المجموع", 8), (200, 150, "الكمية", 8), (460, 150, "الوصف", 8),
            (40, 164, "1,000.00", 8), (200, 164, "2", 8), (460, 164, "صيانة", 8),
            (40, 200, "1,000.00", 8), (140, 200, "ضريبة بدون المجموع", 8),
            (40, 214, "180.00", 8), (140, 214, "%18 المضافة القيمة ضريبة", 8),
            (40, 228, "1,180.00", 8), (140, 228, "₪ للدفع المجموع", 8)]
    return _page(rows)


def test_licensed_dealer_number_order_and_heading_sign():
    result = extract_invoice(_nazareth())
    assert result.value("vendor_tax_id") == "514233218"
    assert result.value("po_number") == "4410"
    assert result.value("currency") == "ILS"
    assert result.fields["currency"].confidence < 0.9  # a sign by a heading, no amount's: unsure
