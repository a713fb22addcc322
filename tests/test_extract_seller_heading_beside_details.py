"""The name under a seller heading ("SUPPLIER") whose line also carries another column's label and a long number
("Self-billing invoice no. SB202623958"): that number is the other column's, no phone of the supplier's line, so the
supplier's name is read (not the issuing buyer's letterhead). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.parties import looks_like_contact
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_codes_digits_are_no_phone():
    assert not looks_like_contact("Self-billing invoice no. SB202623958")
    assert looks_like_contact("Tel. +264 61 290 4400") and looks_like_contact("Phone:0800485361")


def test_supplier_named_beside_another_columns_long_number():
    rows = [(40, 30, "Kalahari Red Meat Processors (Pty) Ltd · Private Bag 2081, Windhoek", 9),
            (40, 44, "VAT Reg. No. 5292448-01-5", 8), (40, 70, "SELF-BILLING TAX INVOICE", 14),
            (40, 100, "SUPPLIER (seller of the livestock)", 9), (330, 100, "INVOICE DETAILS", 9),
            (40, 114, "J.H. van Wyk t/a Okanjande Boerdery", 9),
            (330, 114, "Self-billing invoice no.", 8), (450, 114, "SB202623958", 8),
            (40, 128, "Farm Okanjande No. 112, Otjiwarongo", 8), (330, 128, "Invoice date", 8),
            (450, 128, "21 January 2026", 8),
            (40, 180, "Description", 8), (480, 180, "Amount", 8),
            (40, 194, "Grade AB2 carcasses", 8), (480, 194, "396,093.02", 8),
            (320, 220, "Total excl. VAT", 8), (480, 220, "396,093.02", 8),
            (320, 234, "VAT 15%", 8), (480, 234, "59,413.95", 8),
            (320, 248, "TOTAL INCL. VAT", 8), (480, 248, "455,506.97", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "J.H. van Wyk t/a Okanjande Boerdery"
