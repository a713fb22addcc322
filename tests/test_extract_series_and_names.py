"""A document's number printed alone under its title with its series and no number sign ("FATURA" /
"FT 2025B/418"), a header grid's "Requisição" as the buyer's order, a page counter opening the footer
that signs the page ("Pág. 1/1 · Name, Lda. · NIF …") and a letterhead name wrapped before its legal form."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from countersign.extraction.title_number import BARE_SERIES
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("text", "series"), [
    ("F001-00035995", True), ("FT 2025B/418", True), ("FT A/1452", True), ("FR 2025/77", True),
    ("2025-04", False), ("12/2025", False), ("Porto", False),
])
def test_a_series_number_is_told_from_a_date_or_a_word(text, series):
    assert bool(BARE_SERIES.fullmatch(text)) is series


def test_a_portuguese_fatura_with_its_number_under_the_title_and_a_header_grid():
    data = rows_pdf([
        (40, 30, "Gráfica do Douro, Lda.", 14), (40, 50, "Rua Direita, 10, 5050-200 Peso da Régua", 8),
        (380, 80, "Original", 8), (380, 96, "FATURA", 14), (380, 116, "FT 2025B/418", 10),
        (40, 96, "Exmo.(s) Sr.(s)", 8), (40, 108, "Papelaria Central, Lda.", 9),
        (40, 170, "Data", 8), (120, 170, "Vencimento", 8), (220, 170, "Requisição", 8), (320, 170, "Moeda", 8),
        (40, 182, "2025-05-02", 8), (120, 182, "2025-06-01", 8), (220, 182, "RQ/1204", 8), (320, 182, "EUR", 8),
        (360, 300, "Total Ilíquido", 8), (470, 300, "1.000,00", 8),
        (360, 314, "Total IVA", 8), (470, 314, "230,00", 8),
        (360, 328, "Total (EUR)", 8), (470, 328, "1.230,00", 8),
        (40, 800, "Pág. 1/1 · Gráfica do Douro, Lda. · NIF 501964843", 7),
    ])
    result = extract_invoice(data)
    assert result.value("invoice_number") == "FT 2025B/418" and result.confidence("invoice_number") < 0.9
    assert result.value("po_number") == "RQ/1204"
    assert result.value("vendor_name") == "Gráfica do Douro, Lda."
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("1000.00", "230.00", "1230.00")


def test_a_footer_opening_with_a_page_counter_signs_with_the_name_after_it():
    data = rows_pdf([
        (40, 40, "FATURA", 12), (40, 60, "Fatura n.º FT 2025/9", 9), (40, 72, "Data: 2025-05-02", 9),
        (40, 90, "Cliente:", 8), (40, 102, "Papelaria Central, Lda.", 9),
        (360, 300, "Total (EUR)", 8), (470, 300, "123,00", 8),
        (40, 800, "Pág. 1/1 · Serralharia Minhota, Lda. · NIF 501964843", 7),
    ])
    assert extract_invoice(data).value("vendor_name") == "Serralharia Minhota, Lda."


def test_a_letterhead_name_wrapped_before_its_legal_form():
    data = rows_pdf([
        (30, 30, "CONSTRUCTORA LOS ANDES", 14), (30, 47, "S.A.C.", 14), (30, 70, "Av. Brasil 455, Lima", 8),
        (390, 38, "R.U.C. N° 20100070970", 10), (390, 54, "FACTURA ELECTRÓNICA", 10), (410, 70, "F001-00000815", 10),
        (30, 110, "Señor(es) : MINERA DEL NORTE S.A.", 8),
        (360, 258, "Importe Total", 8), (470, 258, "S/ 5,900.00", 8),
    ])
    assert extract_invoice(data).value("vendor_name") == "CONSTRUCTORA LOS ANDES S.A.C."
