"""Curaçao's and the Caribbean Netherlands' tax number, "CRIB-nummer", labels the vendor's tax id; the Chamber of
Commerce number ("KvK") beside it does not. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_the_crib_number_is_the_vendor_tax_id():
    vendor = ["Windwardside Hardware & Supplies B.V.", "Lambees Road 11, Windwardside, Saba", "KvK Saba 9794"]
    data = invoice_pdf(vendor, [("Factuurnummer", "F-19847"), ("Factuurdatum", "13-05-2026"),
                                ("CRIB-nummer", "199298331")],
                       [("Totaal excl. ABB", "USD 2.375,55"), ("ABB 4%", "USD 13,34"),
                        ("Totaal te betalen", "USD 2.388,89")], title="FACTUUR", lines=[("Cement", "2.375,55")])
    assert extract_invoice(data).value("vendor_tax_id") == "199298331"
