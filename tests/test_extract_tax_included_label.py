"""A receipt whose prices include the tax: "GST included (15%) 23.90" (the tax word, then "included") is the tax
the total holds, while "incl. GST" before an amount is still the gross. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_gst_included_is_the_tax_the_total_holds():
    rows = [(40, 30, "Riccarton Hardware & Garden Ltd", 12), (40, 46, "GST No. 123-456-789", 8),
            (40, 60, "TAX INVOICE 2025-12-08", 9), (40, 90, "Fence staples 40mm 1kg", 8), (190, 90, "183.20", 8),
            (40, 120, "TOTAL NZD", 10), (190, 120, "$183.20", 10),
            (40, 134, "GST included (15%)", 8), (190, 134, "23.90", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("tax"), result.value("total")) == ("23.90", "183.20")


def test_the_order_of_the_words_says_tax_or_gross():
    assert {name for name, _, _ in label_matches("GST included (15%)")} == {"tax"}
    assert {name for name, _, _ in label_matches("incl. GST")} == {"total"}
