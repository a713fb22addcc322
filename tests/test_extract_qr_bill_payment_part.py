"""A Swiss letter-invoice with no buyer's heading, its QR-bill's payment part at the foot ("Zahlteil QR-Rechnung ·
Referenz 18995 64193 ..."): the payment part's heading is no name signing the page, so the letterhead's company
issues the invoice. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_payment_parts_heading_is_no_vendor():
    rows = [(60, 40, "Architekturbüro Reuss & Partner AG", 13), (60, 57, "Pilatusstrasse 41 · 6003 Luzern", 8),
            (60, 70, "MWST-Nr. CHE-493.164.766 MWST", 8), (343, 120, "Herr Dr. Markus Bühler", 9),
            (343, 134, "Bahnhofstrasse 8", 9), (343, 148, "6340 Baar", 9), (60, 198, "Luzern, 1. Januar 2026", 9),
            (60, 227, "Rechnung Nr. 2026-457", 10), (60, 256, "Sehr geehrter Herr Dr. Bühler,", 9),
            (60, 286, "Für die Baueingabe erlauben wir uns, CHF 3'576.00 zuzüglich MWST zu berechnen.", 9),
            (156, 686, "Zahlteil QR-Rechnung · Referenz 18995 64193 54351 56103 92666", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "Architekturbüro Reuss & Partner AG"
