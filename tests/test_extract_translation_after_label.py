"""A known label, then its translation in a language the lexicon does not know after a slash, in one run with its
value ("Your order / Agas arghadow 479"): the value is the label's."""

from __future__ import annotations

from countersign.extraction.labels import label_matches
from countersign.tools.extract_invoice import extract_invoice
from tests.pages import TOTALS, page_pdf


def test_the_label_ends_after_its_translation() -> None:
    assert label_matches("Your order / Agas arghadow 479")[0][2].end() == len("Your order / Agas arghadow ")
    assert label_matches("Invoice No / Date: 12")[0][2].end() == len("Invoice No ")  # another field's label


def test_order_number_after_a_cornish_translation() -> None:
    rows = [(43, 34, "Mount's Bay Boat Supplies Ltd", 14), (43, 54, "Wharf Road, Penzance TR18 4AA", 8.6),
            (470, 34, "INVOICE", 18), (43, 145, "Invoice No. / Niver", 8.2), (150, 145, "PMC-7294", 8.2),
            (43, 158, "Date / Dydh", 8.2), (150, 158, "20/09/2026", 8.2),
            (43, 171, "Your order / Agas arghadow 479", 8.2)] + TOTALS
    result = extract_invoice(page_pdf(rows))
    assert result.value("po_number") == "479"
