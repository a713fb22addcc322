"""A Hebrew tax invoice's items table, right to left: "סה"כ | הנחה | מחיר יחידה | כמות | תיאור | מק"ט" (total,
discount, unit price, quantity, description, catalogue number), the amount at the left, a discount per row in
percent ("15%") that the amount is after. Read from a PDF built here, the words drawn as a browser shows them."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import _page

_HEAD = [(40, 'סה"כ'), (110, "הנחה"), (160, "מחיר יחידה"), (250, "כמות"), (330, "תיאור"), (500, 'מק"ט')]
_ROWS = [("387.00", "", "387.00", "1", "התקנה והובלה", "22106"),
         ("2,950.00", "", "1,475.00", "2", "שולחן עבודה", "13762"),
         ("2,897.65", "15%", "487.00", "7", "טונר למדפסת לייזר", "39225")]


def test_the_items_of_a_hebrew_table_with_a_discount_per_row():
    rows = [(380, 30, "כרמל ציוד משרדי בע\"מ", 13), (380, 50, "חשבונית מס מקור", 11)]
    rows += [(x, 120, text, 8) for x, text in _HEAD]
    for i, row in enumerate(_ROWS):
        rows += [(x, 134 + 14 * i, text, 8) for (x, _), text in zip(_HEAD, row, strict=True) if text]
    result = extract_invoice(_page(rows))
    assert [(i.quantity, i.unit_price, i.amount) for i in result.line_items] == [
        (Decimal(1), Decimal("387.00"), Decimal("387.00")), (Decimal(2), Decimal("1475.00"), Decimal("2950.00")),
        (Decimal(7), Decimal("487.00"), Decimal("2897.65"))]
    assert all(i.confidence >= 0.9 for i in result.line_items)  # 7 x 487.00 less 15 % == 2,897.65
