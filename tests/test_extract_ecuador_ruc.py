"""An Ecuadorian RUC ("R.U.C.: 1792619525001", thirteen digits ending in the main office's 001, its check digit
right) names Ecuador, so a page that prints no currency is in dollars, unsurely (set 9's development part: an SRI
RIDE prints none). Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.countries import country_hints
from countersign.extraction.layout import all_segments
from countersign.extraction.pdf import read_pdf
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

ROWS = [(294, 34, "R.U.C.: 1792619525001", 8), (52, 40, "Andina Distribuciones", 12), (294, 40, "FACTURA", 12),
        (294, 64, "No. 003-100-000095225", 8),
        (39, 124, "Dirección Matriz: Av. de los Shyris N35-17 y Portugal, Quito", 8),
        (39, 200, "Razón Social: COMERCIAL DEL VALLE COMVALLE S.A.", 8), (39, 210, "Fecha Emisión: 14/03/2025", 8),
        (41, 232, "Descripción", 8), (516, 232, "Precio Total", 8),
        (41, 246, "Aceite de girasol 1 L", 8), (516, 246, "100.00", 8),
        (335, 290, "SUBTOTAL SIN IMPUESTOS", 8), (530, 290, "100.00", 8),
        (335, 304, "IVA 15%", 8), (530, 304, "15.00", 8),
        (335, 318, "VALOR TOTAL", 8), (530, 318, "115.00", 8)]


def test_a_ruc_names_ecuador():
    data = rows_pdf(ROWS)
    assert "EC" in country_hints(all_segments(read_pdf(data, 5)[0]))
    result = extract_invoice(data)
    assert result.value("currency") == "USD" and result.confidence("currency") < 0.9


def test_a_number_failing_the_rucs_check_names_no_country():
    rows = [(294, 34, "Ref.: 4006381333001", 8)] + ROWS[1:]
    assert "EC" not in country_hints(all_segments(read_pdf(rows_pdf(rows), 5)[0]))
