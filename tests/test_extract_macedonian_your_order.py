"""Macedonian "Ваша нарачка бр.:" (your order's number) labels the buyer's purchase order."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.tools.extract_invoice import extract_invoice
from tests.pdf_rows import rows_pdf


def test_your_order_number_labels_the_po() -> None:
    assert label_matches("Ваша нарачка бр.:")[0][0] == "po_number"


def test_your_order_number_on_a_macedonian_invoice() -> None:
    rows = [(34, 30, "Македонска Трговија ДООЕЛ", 12), (320, 30, "ФАКТУРА бр. 0457/25", 12),
            (34, 151, "Ваша нарачка бр.:", 8), (122, 151, "НР-8919", 8),
            (330, 400, "Вкупно", 9), (480, 400, "12.400,00", 9)]
    assert extract_invoice(rows_pdf(rows)).value("po_number") == "НР-8919"
