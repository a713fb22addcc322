"""A sidebar at the right of the items table: "GST number" and "136-482-637" sit level with the 2nd and 3rd item
rows. Those words are not the table's, so the vendor's GST number is read by its label, and the four items still
read with their amounts. Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from stdnum.nz import ird

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_gst_number_in_a_sidebar_level_with_table_rows():
    assert ird.is_valid("136-482-637")
    rows = [(40, 30, "Kaipara Sail Loft Ltd", 14), (40, 48, "3 Wharf Road, Helensville 0800", 8),
            (40, 100, "TAX INVOICE", 14),
            (320, 100, "Invoice No:", 8), (430, 100, "KSL-2291", 8),
            (320, 114, "Date:", 8), (430, 114, "18/12/2025", 8),
            (40, 160, "Bill to", 8), (40, 172, "Harbour Works Ltd", 8), (40, 184, "12 Quay Road, Auckland", 8),
            (40, 230, "Description", 8), (220, 230, "Qty", 8), (280, 230, "Unit price", 8),
            (360, 230, "Amount NZD", 8),
            (40, 244, "Mainsail repair", 8), (220, 244, "1", 8), (280, 244, "380.00", 8), (370, 244, "380.00", 8),
            (40, 258, "UV strip replacement", 8), (220, 258, "2", 8), (280, 258, "145.00", 8),
            (370, 258, "290.00", 8), (434, 258, "GST number", 8),
            (40, 272, "Batten pockets", 8), (220, 272, "4", 8), (280, 272, "22.50", 8), (370, 272, "90.00", 8),
            (434, 272, "136-482-637", 8),
            (40, 286, "Sail bag", 8), (220, 286, "1", 8), (280, 286, "60.00", 8), (370, 286, "60.00", 8),
            (280, 316, "Subtotal", 8), (370, 316, "820.00", 8),
            (280, 330, "GST 15%", 8), (370, 330, "123.00", 8),
            (280, 344, "Total NZD", 8), (370, 344, "943.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "136-482-637"
    assert result.confidence("vendor_tax_id") >= 0.8  # by its label "GST number", not a guess
    assert not [w for w in result.warnings if "tax id" in w]
    assert [(item.description, item.amount) for item in result.line_items] == [
        ("Mainsail repair", Decimal("380.00")), ("UV strip replacement", Decimal("290.00")),
        ("Batten pockets", Decimal("90.00")), ("Sail bag", Decimal("60.00"))]
    assert Decimal(result.value("subtotal")) == Decimal("820.00")
    assert Decimal(result.value("total")) == Decimal("943.00")
