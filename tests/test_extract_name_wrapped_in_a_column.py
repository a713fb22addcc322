"""A vendor's name in a narrow sidebar wrapped over several lines before its legal form ends the last
("Distribuidora" / "Peninsular de" / "Acabados, S.A. de" / "C.V."), lines of another column between them: read
whole. A name whose next lines end in no legal form (an address) is read alone. Each from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_PAGE = [(180, 29, "FACTURA", 12), (380, 29, "Folio: F47347", 9), (380, 43, "Fecha de emisión: 09/03/2025", 8),
         (182, 49, "CFDI 4.0 · Tipo de comprobante: I - Ingreso", 7), (185, 72, "RECEPTOR", 8),
         (185, 81, "Hotel Boutique Casa Izamal, S.A. de C.V.", 8),
         (184, 130, "Descripción", 8), (480, 130, "Importe", 8), (184, 140, "Miel multiflora a granel", 8),
         (480, 140, "41,760.00", 8), (380, 170, "Subtotal", 8), (480, 170, "41,760.00", 8),
         (380, 182, "IVA 16%", 8), (480, 182, "6,681.60", 8), (380, 194, "Total", 8), (480, 194, "48,441.60", 8)]


def test_a_name_wrapped_over_four_lines_to_its_legal_form():
    rows = [(14, 29, "Distribuidora", 12), (14, 43, "Peninsular de", 12), (14, 57, "Acabados, S.A. de", 12),
            (14, 71, "C.V.", 12), (14, 100, "RFC EMISOR", 7), (14, 110, "DPA130916RGA", 7)]
    assert extract_invoice(rows_pdf(_PAGE + rows)).value("vendor_name") == \
        "Distribuidora Peninsular de Acabados, S.A. de C.V."


def test_a_name_above_its_address_stays_alone():
    rows = [(14, 29, "Distribuidora Peninsular", 12), (14, 43, "Calle 60 No. 412", 12), (14, 57, "Mérida, Yucatán", 12)]
    assert extract_invoice(rows_pdf(_PAGE + rows)).value("vendor_name") == "Distribuidora Peninsular"
