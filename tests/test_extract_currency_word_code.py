"""A currency's code that is a word too ("AMD", "PEN", "ALL"), in capitals after a currency label, is the currency:
"Արժույթ՝ AMD" (Armenian, its colon "՝" ending the label), "Currency: PEN". Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("line", "code"), [("Արժույթ՝ AMD", "AMD"), ("Currency: PEN", "PEN")])
def test_a_word_code_after_a_currency_label(line: str, code: str):
    rows = [(40, 40, "Sevan Soft LLC", 12), (180, 60, "INVOICE No. 2025/378", 12),
            (60, 140, "Licence, annual", 9), (480, 140, "76 940.00", 9),
            (360, 170, "Total", 9), (480, 170, "76 940.00", 9), (40, 200, line, 9)]
    assert extract_invoice(rows_pdf(rows)).value("currency") == code
