"""A total's label naming what it sums before its colon ("Total Honorarios $:", "Total fees:"): the word is more of the
label and the amount at its right the total, the gross before a withholding and the net "Total:" under it. Each read
from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf


def _page(label: str, gross: str, withheld: str, net: str) -> bytes:
    return page_pdf([(40, 50, "Carolina Munoz Reyes", 14), (40, 66, "Av. Providencia 1208, Santiago", 9),
                     (40, 110, "BOLETA DE HONORARIOS", 14), (330, 110, "N° 202", 9),
                     (40, 200, "Atencion psicologica individual", 9), (480, 200, gross, 9),
                     (330, 300, label, 9), (480, 300, gross, 9), (330, 314, "Impto. Retenido:", 9),
                     (480, 314, withheld, 9), (330, 328, "Total:", 9), (480, 328, net, 9)])


def test_the_gross_fees_before_the_withholding_are_the_total():
    result = extract_invoice(_page("Total Honorarios $:", "533.000", "81.283", "451.717"))
    assert result.value("total") == "533000"


def test_total_fees_in_english():
    result = extract_invoice(_page("Total fees:", "1,000.00", "100.00", "900.00"))
    assert result.value("total") == "1000.00"
