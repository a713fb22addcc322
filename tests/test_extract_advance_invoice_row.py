"""A final invoice's row deducting an advance invoice ("abzügl. Akontorechnung Nr. 4/2025 vom 07.09.2025
-6.685,00") names another invoice: its date is not the invoice date. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_an_advance_invoice_deducted_in_a_row_does_not_date_the_invoice():
    rows: list[tuple[float, float, str, int]] = [
            (40, 30, "Tischlerei Oberhofer KG", 12), (40, 46, "Industriezone 14, 39031 Bruneck", 8),
            (40, 70, "Hotel Sonnenhof GmbH", 8), (40, 82, "Dorfstraße 5, 39030 Olang", 8),
            (340, 100, "SCHLUSSRECHNUNG", 14),
            (340, 124, "Rechnung Nr. / Fattura n.", 8), (510, 124, "299/2025", 8),
            (340, 138, "Datum / Data", 8), (510, 138, "20.11.2025", 8),
            (40, 180, "Beschreibung", 8), (510, 180, "Betrag €", 8),
            (40, 194, "Wandverkleidung Altholz", 8), (510, 194, "22.284,00", 8),
            (40, 214, "Summe Leistungen", 8), (510, 214, "22.284,00", 8),
            (40, 228, "abzügl. Akontorechnung Nr. 4/2025 vom 07.09.2025", 8), (510, 228, "-6.685,00", 8),
            (40, 242, "Steuerpflichtiger Betrag", 8), (510, 242, "15.599,00", 8),
            (40, 256, "MwSt. 22 %", 8), (510, 256, "3.431,78", 8),
            (40, 270, "Rechnungsbetrag €", 8), (510, 270, "19.030,78", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2025-11-20"
    assert result.value("invoice_number") == "299/2025"
