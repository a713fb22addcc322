"""A letterhead's company name centred in large type and wrapped before its legal form (a legal form alone on the
next line is the name's end, no name of its own), and two sections' sums printed over the total of a page that
charges no tax: no subtotal and tax for the label-free fallback. Each read from a PDF built here."""

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


def test_two_sections_sums_over_an_untaxed_total_are_no_subtotal_and_tax():
    rows = [(40, 30, "Cayman Sound & Light Ltd.", 14), (40, 48, "George Town, Grand Cayman", 8),
            (430, 40, "INVOICE", 14), (430, 70, "Invoice No.", 8), (430, 82, "CSL-1098", 8),
            (40, 100, "BILL TO", 8), (40, 112, "Grand Harbour Yacht Club Ltd.", 8),
            (40, 160, "Description", 8), (257, 160, "Qty", 8), (309, 160, "Rate", 8), (362, 160, "Amount", 8)]
    items = [("AUDIO", None), ("Line array speaker", ("10", "270.00", "2,700.00")),
             ("Stage monitor wedge", ("3", "70.00", "210.00")), ("LIGHTING", None),
             ("LED uplight", ("26", "25.00", "650.00")), ("Moving head wash light", ("14", "95.00", "1,330.00")),
             ("CREW", None), ("Delivery and collection", ("2", "153.00", "306.00")),
             ("Stage hand", ("10", "28.00", "280.00"))]
    for i, (text, numbers) in enumerate(items):
        rows.append((40, 176 + 14 * i, text, 8))
        if numbers:
            rows += [(262, 176 + 14 * i, numbers[0], 8), (302, 176 + 14 * i, numbers[1], 8),
                     (362, 176 + 14 * i, numbers[2], 8)]
    rows += [(179, 320, "Equipment hire", 8), (362, 320, "4,890.00", 8),
             (179, 334, "Crew & logistics", 8), (362, 334, "586.00", 8),
             (179, 348, "TOTAL CI$", 8), (362, 348, "5,476.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert [str(i.amount) for i in result.line_items] == ["2700.00", "210.00", "650.00", "1330.00", "306.00",
                                                          "280.00"]
    assert result.value("total") == "5476.00"
    assert result.value("subtotal") is None and result.value("tax") is None
