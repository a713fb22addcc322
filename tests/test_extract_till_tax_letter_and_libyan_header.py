"""A till receipt's lines that end in the letter of their tax rate after the amount ("4 x 6,00  24,00 A"), and a
Libyan table's header ("الصنف | الكمية | سعر الوحدة | القيمة": the item, the value). Read from PDFs built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.headers import concept_role
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_till_lines_with_the_tax_letter_after_the_amount():
    rows = [(60, 20, "Bakkerij Bolhuis", 10), (60, 34, "Folkingestraat 31, Groningen", 7),
            (60, 60, "KASSABON", 9), (60, 74, "Bonnr", 7), (160, 74, "2362", 7),
            (60, 100, "Nagelkaas 250 g", 7), (60, 110, "4", 7), (70, 110, "x", 7), (90, 110, "6,00", 7),
            (150, 110, "24,00", 7), (185, 110, "A", 7),
            (60, 124, "Draagtas", 7), (60, 134, "2", 7), (70, 134, "x", 7), (90, 134, "0,35", 7),
            (150, 134, "0,70", 7), (185, 134, "B", 7),
            (60, 156, "TOTAAL EUR", 8), (150, 156, "24,70", 8)]
    items = extract_invoice(rows_pdf(rows)).line_items
    assert [(i.quantity, i.amount) for i in items] == [(Decimal(4), Decimal("24.00")), (Decimal(2), Decimal("0.70"))]


def test_libyan_header_cells():
    assert concept_role("الصنف") == "description"
    assert concept_role("القيمة") == "amount"
