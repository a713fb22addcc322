"""A month name printed without the word its language opens every month's name with in CLDR ("mis Gwynngala" is
Cornish's September, the page prints "20 Gwynngala 2026")."""

from __future__ import annotations

from datetime import date

from countersign.extraction.values import parse_date
from countersign.tools.extract_invoice import extract_invoice
from tests.pages import page_pdf


def test_cornish_month_without_mis_parses() -> None:
    assert parse_date("20 Gwynngala 2026") == (date(2026, 9, 20), False)
    assert parse_date("20 Hedra 2026")[0].isoformat() == "2026-10-20"


def test_cornish_dates_on_a_bilingual_page() -> None:
    rows = [(43, 34, "Mount's Bay Boat Supplies Ltd", 14), (43, 54, "Wharf Road, Penzance TR18 4AA", 8.6),
            (43, 67, "VAT Reg. No. GB 265 9458 69", 7.8), (470, 34, "INVOICE", 18),
            (43, 145, "Invoice No. / Niver", 8.2), (150, 145, "PMC-7294", 8.2),
            (43, 158, "Date / Dydh", 8.2), (150, 158, "20 Gwynngala 2026", 8.2),
            (323, 156, "Due / Dhe be", 8.6), (473, 156, "20 Hedra 2026", 8.6),
            (330, 400, "Subtotal", 9), (480, 400, "1,000.00", 9), (330, 414, "VAT 20%", 9), (480, 414, "200.00", 9),
            (330, 428, "Total", 9), (480, 428, "GBP 1,200.00", 9)]
    result = extract_invoice(page_pdf(rows))
    assert result.value("invoice_date") == "2026-09-20"
    assert result.value("due_date") == "2026-10-20"
