"""A tax id labelled as the seller's ("Supplier VAT Reg. No.") is a tax id's label, and on a self-billed invoice,
where the issuing buyer's letterhead prints its own "VAT Reg. No.", the seller's is the vendor's. Read from a PDF
built here."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize("label", ["Supplier VAT Reg. No.:", "Seller VAT No.", "Vendor Tax ID"])
def test_a_sellers_tax_id_label(label):
    assert any(name == "vendor_tax_id" for name, _, _ in label_matches(label))


def test_supplier_number_is_no_tax_id_label():
    assert not any(name == "vendor_tax_id" for name, _, _ in label_matches("Supplier no. 24311"))


def test_self_billed_invoice_gives_the_suppliers_vat_number():
    rows = [(40, 30, "Kalahari Red Meat Processors (Pty) Ltd · Private Bag 2081, Windhoek", 9),
            (40, 44, "VAT Reg. No. 5292448-01-5", 8), (40, 70, "SELF-BILLING TAX INVOICE", 14),
            (40, 100, "SUPPLIER (seller of the livestock)", 9), (330, 100, "INVOICE DETAILS", 9),
            (40, 114, "J.H. van Wyk t/a Okanjande Boerdery", 9),
            (330, 114, "Self-billing invoice no.", 8), (450, 114, "SB202623958", 8),
            (40, 128, "Supplier VAT Reg. No.: 2170321-01-5", 8), (330, 128, "Invoice date", 8),
            (450, 128, "21 January 2026", 8),
            (40, 180, "Description", 8), (480, 180, "Amount", 8),
            (40, 194, "Grade AB2 carcasses", 8), (480, 194, "396,093.02", 8),
            (320, 220, "Total excl. VAT", 8), (480, 220, "396,093.02", 8),
            (320, 234, "VAT 15%", 8), (480, 234, "59,413.95", 8),
            (320, 248, "TOTAL INCL. VAT", 8), (480, 248, "455,506.97", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_tax_id") == "2170321-01-5"
