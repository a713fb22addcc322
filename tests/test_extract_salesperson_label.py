""""Vendedor: | L. Vargas" beside another label on its line is a salesperson's label and its value, not the heading
of the seller's block: the name under it ("Condición:") is no vendor; the letterhead's is. Read from a PDF built
here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_a_salesperson_label_with_its_value_heads_no_block():
    rows = [(37, 30, "DROGUERÍA ILLIMANI S.A.", 13), (360, 30, "NIT", 9), (456, 30, "3388739891", 9),
            (360, 44, "FACTURA N°", 9), (456, 44, "41176", 9),
            (37, 60, "Calle Loayza N° 233, La Paz", 8), (261, 90, "FACTURA", 16),
            (37, 120, "Fecha:", 9), (145, 120, "28/08/2026", 9),
            (37, 134, "Nombre/Razón Social:", 9), (145, 134, "CLÍNICA LOS OLIVOS S.R.L.", 9),
            (37, 148, "Orden de compra:", 9), (145, 148, "OC-3757/2026", 9), (371, 148, "Vendedor:", 9),
            (451, 148, "L. Vargas", 9),
            (371, 162, "Condición:", 9), (451, 162, "Crédito 30 días", 9),
            (37, 200, "Descripción", 8), (480, 200, "Subtotal", 8),
            (37, 214, "Amoxicilina 500 mg", 8), (480, 214, "1.200,00", 8),
            (320, 240, "TOTAL Bs", 8), (480, 240, "1.200,00", 8)]
    assert extract_invoice(rows_pdf(rows)).value("vendor_name") == "DROGUERÍA ILLIMANI S.A."
