"""A simplified tax invoice on an 80 mm roll: under "Item | Qty | Price | Total" each item prints its text on a line of
its own ("Colour Pencils 24 | ألوان خشبية") and its numbers on the next ("1 | 35.50 | 35.50"), the lines close
together, the first item's text right under the header. Each item is its text over its numbers. Read from a PDF built
here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_ITEMS = [("Colour Pencils 24", "1", "35.50", "35.50"), ("Stapler", "3", "28.00", "84.00"),
          ("Vitamin D3 5000IU", "1", "60.25", "60.25"), ("Glue Stick", "3", "3.50", "10.50")]


def _roll(items: list[tuple[str, str, str, str]]) -> bytes:
    rows = [(47, 20, "Salam Pharmacy – Malqa", 9), (56, 40, "Simplified Tax Invoice", 8),
            (11, 60, "Invoice No. INV-859262", 7), (11, 69, "Date 2026-08-06 18:41:50", 7),
            (11, 90, "Item", 7), (87, 90, "Qty", 7), (110, 90, "Price", 7), (140, 90, "Total", 7)]
    y = 98.2
    for text, qty, price, amount in items:
        rows += [(11, y, text, 7), (87, y + 8.2, qty, 7), (110, y + 8.2, price, 7), (140, y + 8.2, amount, 7)]
        y += 16.4
    rows += [(11, y + 6, "Total (Excl. VAT)", 7), (140, y + 6, "190.25", 7)]
    return rows_pdf(rows)


def test_each_items_text_stands_over_its_numbers():
    result = extract_invoice(_roll(_ITEMS))
    assert [(i.description, i.quantity, i.amount) for i in result.line_items] == [
        (text, Decimal(qty), Decimal(amount)) for text, qty, _, amount in _ITEMS]


def test_the_first_items_text_right_under_the_header_is_no_header():
    """"Stapler" right under "Item | Qty | Price | Total" would stack onto the header and spoil its names."""
    items = _ITEMS[1:] + _ITEMS[:1]
    result = extract_invoice(_roll(items))
    assert [i.description for i in result.line_items] == [text for text, _, _, _ in items]
