"""A till receipt's "Ticket n° 573-7178" labels the invoice number (a French shop's ticket). Read from a PDF built
here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_ticket_label_names_the_invoice_number():
    assert label_matches("Ticket n°")[0][0] == "invoice_number"


def test_till_ticket_number():
    rows = [(200, 30, "Bricolage du Marais SARL", 12), (200, 46, "14 rue de Bretagne, 75003 Paris", 8),
            (200, 58, "SIRET 532 123 456 00019", 8), (200, 70, "TVA FR40532123456", 8),
            (200, 100, "TICKET DE CAISSE", 12),
            (200, 120, "Ticket n° 573-7178", 8), (340, 120, "Le 07/03/2026 14:32", 8),
            (200, 150, "Vis inox 4x40 (x2)", 8), (360, 150, "12,00", 8),
            (200, 162, "Perceuse sans fil", 8), (360, 162, "88,00", 8),
            (200, 190, "Total HT", 8), (360, 190, "100,00", 8),
            (200, 202, "TVA 20%", 8), (360, 202, "20,00", 8),
            (200, 214, "TOTAL TTC EUR", 8), (360, 214, "120,00", 8),
            (200, 232, "CB Visa", 8), (360, 232, "120,00", 8),
            (200, 260, "Merci de votre visite", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "573-7178"
    assert Decimal(result.value("total")) == Decimal("120.00")
    assert result.value("currency") == "EUR"
