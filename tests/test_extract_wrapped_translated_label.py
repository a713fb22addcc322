"""A label whose translation wraps onto the line under it ("Vuestri ordin / Vs." / "ordine", Friulian then Italian),
its value at the right of the first line: the order's number. From a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _page(first: str, second: str) -> bytes:
    rows = [(40, 30, "Mulin di Codroip S.r.l.", 14), (420, 30, "FATURE", 16),
            (40, 50, "Vie Pordenon 12, 33033 Codroip (UD)", 8),
            (320, 90, "Numar fature / N. fattura", 8), (460, 90, "27/2026", 8),
            (320, 104, "Date / Data", 8), (460, 104, "09/02/2026", 8),
            (320, 118, first, 8), (460, 118, "635", 8), (320, 128, second, 8),
            (40, 150, "Descrizion / Descrizione", 8), (480, 150, "Impuart / Importo", 8),
            (40, 164, "Farine di blave", 8), (480, 164, "500,00", 8),
            (300, 200, "Imponibil / Imponibile", 8), (480, 200, "€ 500,00", 8),
            (300, 214, "IVA / Imposta", 8), (480, 214, "€ 50,00", 8),
            (300, 228, "Totâl fature / Totale fattura", 8), (480, 228, "€ 550,00", 8)]
    return rows_pdf(rows)


def test_an_order_label_wrapped_under_itself():
    assert extract_invoice(_page("Vuestri ordin / Vs.", "ordine")).value("po_number") == "635"


def test_words_under_a_segment_that_complete_no_label_are_not_joined():
    assert extract_invoice(_page("Vuestri ordin / Vs.", "Udin")).value("po_number") is None
