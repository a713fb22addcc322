"""Rows of text and an amount that sum to the subtotal, with no table header, each with a line of its own under it
that prints no amount ("TVA 12 %", the rate that applies): those lines are passed over, not the end of the rows.
Read from a PDF built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_rows_with_a_note_line_under_each_are_summed():
    rows = [(50, 40, "Traiteur Les Coteaux SRL", 11), (50, 56, "Rue Pierreuse 41, 4000 Liège", 8),
            (350, 100, "FACTURE", 12), (350, 114, "N° 2026/273", 8), (350, 126, "Date 6 février 2026", 8),
            (50, 180, "Walking dinner, 6 pièces par personne — 24 personnes", 8), (500, 180, "648,00 €", 8),
            (60, 192, "TVA 12 %", 7),
            (50, 204, "Vin blanc du Pays de Liège — 10 bouteilles", 8), (500, 204, "180,00 €", 8),
            (60, 216, "TVA 21 %", 7),
            (50, 228, "Péket de la Principauté — 5 bouteilles", 8), (500, 228, "120,00 €", 8),
            (60, 240, "TVA 21 %", 7),
            (350, 264, "Total HTVA", 8), (500, 264, "948,00 €", 8),
            (350, 278, "TVA 12 % sur 648,00 €", 8), (500, 278, "77,76 €", 8),
            (350, 292, "TVA 21 % sur 300,00 €", 8), (500, 292, "63,00 €", 8),
            (350, 306, "Total TVAC à payer", 8), (500, 306, "1 088,76 €", 8)]
    items = extract_invoice(rows_pdf(rows)).line_items
    assert [i.amount for i in items] == [Decimal("648.00"), Decimal("180.00"), Decimal("120.00")]
