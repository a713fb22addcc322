"""A VAT breakdown's total row, net + tax = gross, level with another box's label at its right ("Yhteensä / Total
6 152,50  1 046,50  7 199,00 | Eräpäivä / Due date"): the three amounts are still the subtotal, the tax and the
total. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf


def _page(box: str) -> bytes:
    return page_pdf([(40, 50, "Napapiirin Safarit Oy", 14), (40, 100, "INVOICE", 14), (330, 100, "Invoice 82848", 9),
                     (40, 160, "Husky safari 10 km", 9), (480, 160, "1,240.00", 9), (40, 174, "Glass igloo night", 9),
                     (480, 174, "560.00", 9),
                     (40, 260, "VAT breakdown", 9), (140, 260, "Net", 9), (200, 260, "VAT", 9), (260, 260, "Gross", 9),
                     (40, 274, "VAT 24 %", 9), (130, 274, "1,000.00", 9), (200, 274, "240.00", 9),
                     (250, 274, "1,240.00", 9), (40, 288, "VAT 12 %", 9), (130, 288, "500.00", 9),
                     (200, 288, "60.00", 9), (250, 288, "560.00", 9),
                     (40, 302, "Total", 9), (130, 302, "1,500.00", 9), (200, 302, "300.00", 9),
                     (250, 302, "1,800.00", 9), (380, 302, box, 9), (380, 316, "2475 81900", 9)])


def test_the_total_row_beside_a_reference_box():
    result = extract_invoice(_page("Reference"))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1500.00", "300.00", "1800.00")


def test_the_total_row_beside_a_due_date_box():
    result = extract_invoice(_page("Due date"))
    assert (result.value("tax"), result.value("total")) == ("300.00", "1800.00")
