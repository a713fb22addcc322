"""A letterhead's company name centred in large type and wrapped before its legal form (a legal form alone on the
next line is the name's end, no name of its own). Read from a PDF built here."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import FONT, rows_pdf


def _centred(text: str, size: int, centre: float = 298.0) -> float:
    """The x at which `text` in `size` points stands centred on `centre`."""
    if not Path(FONT).is_file():
        pytest.skip(f"no Unicode TrueType font at {FONT}")
    pdf = FPDF(unit="pt")
    pdf.add_font("dv", "", FONT)
    pdf.set_font("dv", "", size)
    width = pdf.get_string_width(text)
    pdf.add_page()
    pdf.output()  # (closes the font file)
    return centre - width / 2


def test_a_centred_name_wrapped_before_its_legal_form():
    first, last = "Orquídea Dourada – Arte Floral, Sociedade Unipessoal", "Limitada"
    address = "Rua do Cunha, n.º 33, Taipa, Macau · Tel. (853) 28941997"
    rows = [(_centred(first, 16), 40, first, 16), (_centred(last, 16), 59, last, 16),
            (_centred(address, 8), 80, address, 8),
            (40, 130, "Cliente", 8), (40, 142, "Sociedade Hoteleira Cotai Estrela, S.A.", 8),
            (420, 130, "Factura n.º", 8), (490, 130, "OD-1648", 8), (420, 142, "Data", 8), (490, 142, "2026/02/14", 8),
            (40, 190, "Descrição", 8), (490, 190, "Importância", 8), (40, 204, "Ramo de noiva", 8),
            (490, 204, "3,700.00", 8), (380, 230, "Total a pagar (Patacas)", 8), (490, 230, "3,700.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == f"{first} {last}"
    assert result.confidence("vendor_name") >= 0.9  # the largest type, with its legal form, over a buyer block
