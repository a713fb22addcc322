"""Totals printed in two currency columns ("USD" | "TTD"), each adding up: the arithmetic does not say which column
is the invoice's, so subtotal, tax and total stay below 0.9; in one currency's column they are sure. Read from PDFs
built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _freight(second: bool) -> bytes:
    rows = [(40, 30, "Caribbean Blue Line Ltd", 12), (40, 46, "Wrightson Road, Port of Spain", 8),
            (40, 80, "FREIGHT INVOICE", 14), (320, 110, "Invoice No.", 8), (450, 110, "CBL-26-0411", 8),
            (320, 124, "Date", 8), (450, 124, "12 March 2026", 8),
            (40, 200, "Description", 8), (380, 200, "USD", 8)] + ([(480, 200, "TTD", 8)] if second else [])
    body = [("Ocean freight 40HC", "2,400.00", "16,272.00"), ("Bunker surcharge", "350.00", "2,373.00"),
            ("", "", ""), ("Subtotal", "2,750.00", "18,645.00"), ("VAT 12.5%", "343.75", "2,330.63"),
            ("Total", "3,093.75", "20,975.63")]
    for i, (text, usd, ttd) in enumerate(body):
        if text:
            rows += [(40 if i < 2 else 250, 214 + 14 * i, text, 8), (380, 214 + 14 * i, usd, 8)]
            rows += [(480, 214 + 14 * i, ttd, 8)] if second else []
    rows += [(40, 320, "Exchange rate 1 USD = 6.78 TTD", 8)]
    return rows_pdf(rows)


@pytest.mark.parametrize("second", [True, False])
def test_totals_in_two_currency_columns_are_not_sure(second):
    result = extract_invoice(_freight(second))
    assert result.value("total") == "3093.75"
    assert (result.confidence("total") < 0.9) is second
    assert (result.confidence("tax") < 0.9) is second
