""""SST" (a sales and service tax: Sindh's, Malaysia's) is a tax's name: "Total (excl. SST)" is the net before it, not
the total with a remark, so a Karachi caterer's bill adds up (net + tax = grand total, the advance's balance after)."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

CATERER = [(43, 50, "Al-Noor Caterers & Banquets (Pvt.) Ltd.", 16), (43, 70, "Plot 14-C, DHA Phase VI, Karachi", 9),
           (330, 110, "SALES TAX INVOICE", 14), (330, 130, "Bill No. INV-2025-5381", 9),
           (330, 144, "Bill Date 30-Mar-2025", 9), (43, 110, "Billed to", 8), (43, 124, "Mr. Imran Siddiqui", 10),
           (43, 220, "Hall rent - 4 hours", 9), (480, 220, "1,043,600", 9),
           (300, 380, "Total (excl. SST)", 9), (480, 380, "1,043,600", 9),
           (300, 394, "Sindh Sales Tax @ 15%", 9), (480, 394, "156,540", 9),
           (300, 408, "Grand Total (Rs)", 9), (480, 408, "1,200,140", 9),
           (300, 422, "Balance Payable", 9), (480, 422, "600,140", 9)]


def test_the_net_excluding_sst():
    result = extract_invoice(page_pdf(CATERER))
    assert Decimal(result.value("subtotal")) == Decimal("1043600")
    assert Decimal(result.value("tax")) == Decimal("156540")
    assert Decimal(result.value("total")) == Decimal("1200140")
    assert result.confidence("total") >= 0.9
