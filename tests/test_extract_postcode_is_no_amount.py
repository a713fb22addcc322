"""A Swiss QR slip's "Importo" with the payer's "6500 Bellinzona" level with it: a postcode and its town, never an
amount, so the invoice's "Totale CHF 1'632.40" stands and its two VAT rows sum to the tax. Read from a PDF built
here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_postcode_and_town_beside_an_amount_label_is_no_amount():
    rows = [(60, 40, "Tipografia Castelgrande SA", 12), (60, 60, "Viale Stazione 21", 9),
            (60, 71, "6500 Bellinzona", 9), (60, 93, "CHE-274.754.972 IVA", 9), (60, 187, "Fattura n. 21352", 12),
            (60, 210, "Data fattura:", 9), (160, 210, "25.06.2026", 9),
            (62, 276, "Descrizione", 8), (480, 276, "Importo CHF", 8),
            (62, 291, "Carta intestata A4, 100 g", 8), (480, 291, "952.60", 8),
            (62, 306, "Libro «Storia dei castelli»", 8), (480, 306, "587.40", 8),
            (303, 346, "Totale netto", 9), (480, 346, "1'540.00", 9),
            (303, 362, "IVA 2.6% su 587.40", 9), (480, 362, "15.25", 9),
            (303, 377, "IVA 8.1% su 952.60", 9), (480, 377, "77.15", 9),
            (303, 392, "Totale CHF", 9), (480, 392, "1'632.40", 9),
            (17, 725, "Valuta", 7), (60, 725, "Importo", 7), (337, 725, "6500 Bellinzona", 7)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1540.00", "92.40", "1632.40")
