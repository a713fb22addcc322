"""Iran's official sales invoice numbers itself by its serial number, "شماره سریال" (number, serial): the invoice's
number, printed right to left with its value at the label's left (drawn as `test_extract_right_to_left_labels`
draws a row: its words left to right as they show)."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import Row, _page


def test_serial_number_labels_the_invoice_number() -> None:
    assert [name for name, _, _ in label_matches("شماره سریال:")] == ["invoice_number"]


def test_serial_number_at_the_top_right_is_the_invoice_number() -> None:
    rows: list[Row] = [(200, 30, "خدمات و کالا فروش صورتحساب", 14),
                       (440, 60, "7112 : سریال شماره", 8), (440, 74, "2025-03-08 : تاریخ", 8),
                       (440, 130, "خدمات شرح", 8), (60, 130, "مبلغ", 8), (440, 144, "تعمیر پمپ", 8),
                       (60, 144, "132,030", 8)]
    assert extract_invoice(_page(rows)).value("invoice_number") == "7112"
