""""Payable on receipt" dates the due day on the invoice's own date; "Payable on receipt of the wool cheque" (of
something else than the invoice) does not. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


@pytest.mark.parametrize(("terms", "due"), [("Payable on receipt.", "2025-11-24"),
                                            ("Payable on receipt of this invoice.", "2025-11-24"),
                                            ("Payable on receipt of the wool cheque.", None)])
def test_payable_on_receipt_of_what(terms, due):
    vendor = ["Goose Green Shearing Services", "Goose Green, East Falkland"]
    data = invoice_pdf(vendor, [("Invoice no.", "GG/105"), ("Date", "24-Nov-2025")],
                       [("TOTAL DUE", "12,057.10"), (terms, "")], lines=[("Shearing", "12,057.10")])
    assert extract_invoice(data).value("due_date") == due
