"""A total's label naming what it sums after 'of' ('Montant total des travaux', the works' total) is still the total's
label, its amount at the right; a retention taken off below it and the net to pay are no total. Read from a PDF built
here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_total_of_the_works_above_a_retention_is_the_total():
    rows = [(40, 30, "Maoré Bâtiment SARL", 14), (40, 50, "ZI Kawéni, 97600 Mamoudzou", 8), (300, 90, "FACTURE", 14),
            (320, 110, "N°", 8), (430, 110, "F2026-942", 8), (320, 124, "Date", 8), (430, 124, "14/11/2026", 8),
            (40, 160, "Désignation", 8), (480, 160, "Montant €", 8),
            (40, 174, "Porte métallique", 8), (480, 174, "1 782,00", 8),
            (40, 188, "Location bétonnière", 8), (480, 188, "237,50", 8),
            (300, 220, "Montant total des travaux", 8), (480, 220, "2 019,50 €", 8),
            (300, 234, "Retenue de garantie 5 %", 8), (480, 234, "- 100,98 €", 8),
            (300, 248, "Net à payer", 8), (480, 248, "1 918,52 €", 8)]
    assert extract_invoice(rows_pdf(rows)).value("total") == "2019.50"
