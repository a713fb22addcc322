"""Every title the reader knows reads its number in the title line, not only the few listed for it before:
"BILL No. B-2291 dated 04.03.2026", "INVOIS No. IV-3320", "RECEIPT # 00457". Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("title", "number"), [("BILL No. B-2291 dated 04.03.2026", "B-2291"),
                                               ("INVOIS No. IV-3320 dated 04.03.2026", "IV-3320"),
                                               ("RECEIPT # 00457 dated 04.03.2026", "00457")])
def test_a_titles_number_and_date(title: str, number: str):
    rows = [(40, 40, "Harbourline Traders Sdn Bhd", 12), (40, 56, "12 Jalan Pantai, 10300 Georgetown", 8),
            (40, 90, title, 12), (60, 160, "Cold-room hire, March", 9), (480, 160, "1,200.00", 9),
            (360, 190, "Total", 9), (480, 190, "1,200.00", 9)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == number
    assert result.value("invoice_date") == "2026-03-04"
    assert result.fields["invoice_number"].confidence >= 0.9
