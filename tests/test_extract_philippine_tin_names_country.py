"""A Philippine TIN with its branch code ("VAT Reg. TIN: 272-139-073-000") names the Philippines: a booklet invoice
that prints no currency is in pesos, unsurely (0.6). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.countries import country_hints
from countersign.extraction.layout import all_segments
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page() -> bytes:
    return rows_pdf([(60, 40, "GOLDEN HARVEST AGRI SUPPLY", 14), (140, 60, "VAT Reg. TIN: 272-139-073-000", 8),
                     (60, 80, "SALES INVOICE", 12), (400, 80, "No. 28433", 12), (60, 110, "Date: 7/26/26", 9),
                     (60, 200, "Urea fertilizer 50 kg", 9), (400, 200, "73,255.00", 9),
                     (190, 300, "VATable Sales", 8), (400, 300, "65,406.25", 9), (190, 314, "VAT Amount", 8),
                     (400, 314, "7,848.75", 9), (190, 328, "Total Sales (VAT Inclusive)", 8),
                     (400, 328, "73,255.00", 9)])


def test_a_philippine_tin_names_the_philippines():
    assert "PH" in country_hints(all_segments(read_pdf(_page(), 5)[0]))


def test_no_currency_printed_is_the_peso():
    result = extract_invoice(_page())
    assert result.value("currency") == "PHP"
    assert result.confidence("currency") < 0.9
