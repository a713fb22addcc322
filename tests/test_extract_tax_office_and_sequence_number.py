"""A line's label of no field's value ('Vergi Dairesi: Gazimağusa', the tax office) keeps none of the words after a
separator from being read ('· Vergi No: 5054806178'); 'Seri / Sıra No' (a Turkish invoice's series and sequence
number) labels the invoice's number. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_tax_number_after_a_tax_office_on_its_line_and_a_turkish_sequence_number():
    """'Vergi Dairesi: Gazimağusa' (the tax office, no value of a field) does not take the line's words from the
    'Vergi No' after the separator; 'Seri / Sıra No' (the series and sequence number) labels the invoice's number."""
    rows = [(40, 30, "Girne Enerji Sistemleri Ltd.", 14), (40, 50, "Karaoğlanoğlu Cad. 42, Girne", 8),
            (40, 62, "Vergi Dairesi: Gazimağusa · Vergi No: 5054806178", 8), (300, 90, "FATURA", 14),
            (320, 110, "Seri / Sıra No", 8), (430, 110, "C 056005", 8), (320, 124, "Fatura Tarihi", 8),
            (430, 124, "10.04.2025", 8), (40, 160, "Montaj", 8), (480, 160, "1.000,00", 8),
            (320, 200, "GENEL TOPLAM", 8), (480, 200, "1.000,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_tax_id") == "5054806178"
    assert result.value("invoice_number") == "C 056005"
