"""Swahili labels ("Namba ya ankara", "Tarehe ya ankara", "Namba ya oda", "Jumla kabla ya VAT", "JUMLA KUU")
and month names ("30 Machi 2026"), read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf


def test_swahili_labels_and_months():
    vendor = ["Mahema Bora Zanzibar Ltd", "Mwanakwerekwe, Unguja, Zanzibar", "ZIN: Z119557594 · VRN: 94-969686-F"]
    data = invoice_pdf(vendor,
                       [("Namba ya ankara", "ZBT/2025/386"), ("Tarehe ya ankara", "30 Machi 2026"),
                        ("Namba ya oda", "BBR-838")],
                       [("Jumla kabla ya VAT", "5,495,000"), ("VAT 15%", "824,250"), ("JUMLA KUU (TZS)", "6,319,250")],
                       title="ANKARA YA KODI", lines=[("Hema kubwa", "5,495,000")])
    result = extract_invoice(data)
    assert result.value("invoice_number") == "ZBT/2025/386"
    assert result.value("invoice_date") == "2026-03-30"
    assert result.value("po_number") == "BBR-838"
    assert result.value("subtotal") == "5495000"
    assert result.value("total") == "6319250"
