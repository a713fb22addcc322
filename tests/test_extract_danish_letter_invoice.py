"""A Danish letter-style invoice: "CVR-nr." names the vendor's country, so amounts in "kr." with no currency code read
as DKK, and a payment line "FIK +71<551288305401400<+32481824<" is no telephone number. Its prose gives the due date
("Restbeløbet bedes indbetalt senest den 31. maj 2025 …") and the order number ("som aftalt i jeres ordre nr. 96835
af 25. marts 2025"). Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from stdnum.dk import cvr

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_cvr_label_names_the_tax_id():
    assert cvr.is_valid("44074109")
    assert label_matches("CVR-nr. 44074109")[0][0] == "vendor_tax_id"


def test_danish_letter_invoice():
    rows = [(40, 30, "Nørrebro Tømrer ApS", 12), (40, 46, "Jagtvej 112, 2200 København N", 8),
            (40, 58, "CVR-nr. 44074109", 8),
            (40, 100, "Kunstforeningen Havnen", 8), (40, 112, "Havnegade 3", 8), (40, 124, "1058 København K", 8),
            (400, 100, "København, 1. maj 2025", 8),
            (40, 160, "FAKTURA", 14),
            (320, 160, "Fakturanr.:", 8), (430, 160, "2025-117", 8),
            (40, 190, "Vi fakturerer for tømrerarbejde som aftalt i jeres ordre nr. 96835 af 25. marts 2025.", 8),
            (40, 240, "Beskrivelse", 8), (480, 240, "Beløb", 8),
            (40, 254, "Udskiftning af gulv i udstillingssal", 8), (480, 254, "36.000,00 kr.", 8),
            (40, 268, "Materialer", 8), (480, 268, "12.000,00 kr.", 8),
            (320, 298, "Subtotal", 8), (480, 298, "48.000,00 kr.", 8),
            (320, 312, "Moms 25%", 8), (480, 312, "12.000,00 kr.", 8),
            (320, 326, "I alt", 8), (480, 326, "60.000,00 kr.", 8),
            (320, 340, "Modtaget a conto", 8), (480, 340, "-30.000,00 kr.", 8),
            (320, 354, "Restbeløb", 8), (480, 354, "30.000,00 kr.", 8),
            (40, 390, "Restbeløbet bedes indbetalt senest den 31. maj 2025 på vores konto i Danske Bank.", 8),
            (40, 402, "Reg.nr. 3409 Kontonr. 0012345678", 8),
            (40, 430, "Med venlig hilsen", 8), (40, 442, "Jens Holm", 8),
            (40, 800, "FIK +71<551288305401400<+32481824<", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("currency") == "DKK"
    assert result.value("vendor_tax_id") in ("44074109", "DK44074109")
    assert result.value("due_date") == "2025-05-31"
    assert result.value("po_number") == "96835"
    assert Decimal(result.value("subtotal")) == Decimal("48000.00")
    assert Decimal(result.value("tax")) == Decimal("12000.00")
