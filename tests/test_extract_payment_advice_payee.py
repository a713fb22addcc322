"""A remittance slip headed "PAYMENT ADVICE" at the foot of an invoice: its "To:" names the payee, which is the vendor,
not a buyer. The vendor's name in the letterhead is still read, and the buyer's name is not taken for it. Read from
a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_payment_advice_to_names_the_vendor_not_a_buyer():
    rows = [(40, 30, "Hauraki Boat Systems Ltd", 14), (40, 48, "14 Beaumont Street, Westhaven, Auckland 1010", 8),
            (40, 60, "GST No: 136-482-637", 8),
            (40, 100, "TAX INVOICE", 14),
            (320, 100, "Invoice number:", 8), (430, 100, "67858", 8),
            (320, 114, "Invoice date:", 8), (430, 114, "12/11/2025", 8),
            (320, 128, "Due date:", 8), (430, 128, "20/12/2025", 8),
            (40, 160, "Bill to", 8), (40, 172, "Pacific Ferry Services Ltd", 8),
            (40, 184, "Pier 2, Quay Street, Auckland", 8),
            (40, 230, "Description", 8), (300, 230, "Qty", 8), (360, 230, "Unit price", 8), (480, 230, "Amount", 8),
            (40, 244, "Bilge pump replacement", 8), (300, 244, "2", 8), (360, 244, "450.00", 8),
            (480, 244, "900.00", 8),
            (40, 258, "Labour, marine technician", 8), (300, 258, "6", 8), (360, 258, "95.00", 8),
            (480, 258, "570.00", 8),
            (320, 290, "Subtotal", 8), (480, 290, "1,470.00", 8),
            (320, 304, "GST 15%", 8), (480, 304, "220.50", 8),
            (320, 318, "Total NZD", 8), (480, 318, "1,690.50", 8),
            (40, 660, "PAYMENT ADVICE", 12),
            (40, 680, "To:", 8), (140, 680, "Hauraki Boat Systems Ltd", 8),
            (40, 692, "Customer:", 8), (140, 692, "Pacific Ferry Services Ltd", 8),
            (40, 704, "Invoice number:", 8), (140, 704, "67858", 8),
            (40, 716, "Amount due:", 8), (140, 716, "1,690.50", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Hauraki Boat Systems Ltd"
    assert result.confidence("vendor_name") >= 0.9
    assert result.value("invoice_number") == "67858"
    assert Decimal(result.value("total")) == Decimal("1690.50")
    assert [item.amount for item in result.line_items] == [Decimal("900.00"), Decimal("570.00")]
