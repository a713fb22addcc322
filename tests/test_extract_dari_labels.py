"""A Dari (Afghan Persian) invoice's labels at the right of their values: the taxpayer's number "نمبر تشخیصیه مالیه
دهنده (TIN)" (number, identification, tax, giver: a filler word ending the label), and a lone "شماره" (number) under
the title "صورتحساب" (invoice) numbering the invoice, unsurely. Each read from a PDF built here (the words in the
order they show on the page, left to right, as `test_extract_right_to_left_labels` draws them)."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.test_extract_right_to_left_labels import Row, _page


def _invoice(title: str) -> bytes:
    rows: list[Row] = [(40, 30, title, 14), (380, 30, "کابل شهرنو مهمانخانه", 12),
                       (80, 56, "492", 8), (110, 56, "شماره", 8), (400, 56, "کابل شهرنو، سرک", 8),
                       (260, 70, "5294076378 :(TIN) دهنده مالیه تشخیصیه نمبر", 8),
                       (40, 82, "2026-07-29", 8), (110, 82, "میالدی تاریخ", 8),
                       (440, 130, "خدمات شرح", 8), (60, 130, "مبلغ", 8), (440, 144, "نفره یک اتاق", 8),
                       (60, 144, "132,030", 8)]
    return _page(rows)


def test_the_taxpayer_number_after_a_label_ending_in_a_filler_word():
    result = extract_invoice(_invoice("صورتحساب"))
    assert result.value("vendor_tax_id") == "5294076378"


def test_a_lone_number_word_under_the_title_numbers_the_invoice():
    result = extract_invoice(_invoice("صورتحساب"))
    assert result.value("invoice_number") == "492"
    assert result.fields["invoice_number"].confidence < 0.9


def test_no_title_no_number():
    assert extract_invoice(_invoice("مهمان")).value("invoice_number") is None
