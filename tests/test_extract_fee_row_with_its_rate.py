"""Rows of text and an amount that sum to the subtotal, with no table header: a row that names its own rate
("Management fee – 10% of rents collected ($6,156.00)  615.60") is one of them, as long as no label opens it (a tax's
row, "Hawaii General Excise Tax (4.712% ...)", stays out); its "T" marks the taxed charge. Read from a PDF built
here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf


def test_a_fee_row_that_names_its_rate_is_an_item():
    rows = [(50, 40, "Aloha Island Property Management LLC", 11), (50, 56, "1585 Kapiolani Blvd, Honolulu", 8),
            (350, 100, "Invoice No.: 202508-373", 8), (350, 112, "Invoice Date: August 1, 2025", 8),
            (50, 234, "Date", 8), (110, 234, "Description", 8), (480, 234, "GET", 8), (520, 234, "Amount", 8),
            (50, 250, "07/01/2025  HOA dues paid on owner's behalf", 8), (520, 250, "803.97", 8),
            (50, 266, "07/08/2025  Replace smoke detectors (2)", 8), (520, 266, "65.91", 8),
            (50, 282, "07/31/2025  Management fee - 10% of rents collected ($6,156.00)", 8), (485, 282, "T", 8),
            (520, 282, "615.60", 8),
            (400, 310, "Subtotal", 8), (520, 310, "1,485.48", 8),
            (160, 326, "Hawaii General Excise Tax (4.712% on taxable charges of $615.60)", 8), (520, 326, "29.01", 8),
            (400, 342, "Total this invoice", 8), (520, 342, "$1,514.49", 8)]
    items = extract_invoice(page_pdf(rows)).line_items
    assert [i.amount for i in items] == [Decimal("803.97"), Decimal("65.91"), Decimal("615.60")]
