"""A title broken at its hyphen onto the next line ("FATURA-" / "RECIBO", a Portuguese invoice-receipt in a narrow
column) is one title, and the series number under it is the invoice's ("FR/3884"); before, only a learned ranker's
guess could find it, and on a fuller page it found none."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_number_under_a_title_wrapped_at_its_hyphen():
    rows = [(38, 34, "Casa Oriental, Lda.", 14), (38, 66, "Campo dos Mártires da Pátria 111, 4050-367 Porto", 7),
            (487, 34, "FATURA-", 14), (495, 50, "RECIBO", 14), (516, 70, "FR/3884", 7), (531, 82, "Original", 7),
            (42, 100, "Exmo.(s) Sr.(s)", 7), (42, 111, "Hotel Infante Sagres, S.A.", 7),
            (316, 100, "Data", 7), (415, 100, "2025-03-25", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "FR/3884"
    assert result.confidence("invoice_number") >= 0.85  # read under its title, not the ranker's guess (< 0.8)
