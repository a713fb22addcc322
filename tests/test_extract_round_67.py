"""Readings met on new blind invoices, each with a PDF built here: a salesperson named under "Vendedor" in a list of
labels each over its value."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf

_LETTERHEAD = [(37, 35, "Viveros y Frutales del Maule SpA", 14), (37, 54, "Casa matriz: 1 Sur 1340, Talca", 8),
               (405, 37, "R.U.T.: 77.375.150-1", 10), (405, 57, "FACTURA ELECTRÓNICA N° 36185", 11),
               (42, 108, "Señor(es):", 8), (99, 108, "Agrícola Santa Elena Ltda.", 8)]
_SIDEBAR = [(405, 148, "Fecha de emisión", 8), (405, 159, "15-07-2025", 8), (405, 176, "Cotización de origen", 8),
            (405, 187, "COT-2025-178", 8)]
_TOTALS = [(405, 306, "MONTO NETO", 8), (513, 306, "$ 4.910.270", 8), (405, 324, "I.V.A. 19%", 8),
           (520, 324, "$ 932.951", 8), (405, 342, "TOTAL", 8), (508, 342, "$ 5.843.221", 8)]


def test_a_salesperson_under_vendedor_in_a_list_of_keys_is_no_vendor():
    """A sidebar lists its keys each over one line of value ("Cotización de origen" / "COT-2025-178" / "Vendedor" /
    "Javiera Sepúlveda"): "Vendedor" there is the salesperson, a key like the others, not a seller block's heading;
    the issuer is the letterhead's firm (the person's name had been read as the vendor)."""
    rows = _LETTERHEAD + _SIDEBAR + [(405, 204, "Vendedor", 8), (405, 215, "Javiera Sepúlveda", 8)] + _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Viveros y Frutales del Maule SpA"


def test_a_salesperson_under_vendedor_level_with_a_tables_row_is_no_vendor():
    """The same key beside the items' rows, each on a row's line: still the salesperson."""
    items = [(39, 190, "Código", 8), (85, 190, "Descripción", 8), (247, 190, "Cant.", 8), (304, 190, "Precio", 8),
             (360, 190, "Valor", 8)]
    for i, (code, desc, qty, price, amount) in enumerate([("VF273", "Etiquetado", "248", "3.340", "828.320"),
                                                         ("VF419", "Movimiento de pallets", "620", "1.500", "930.000"),
                                                         ("SA981", "Preenfriado de fruta", "276", "3.620", "999.120")]):
        y = 205 + 14.5 * i
        items += [(39, y, code, 8), (85, y, desc, 8), (251, y, qty, 8), (320, y, price, 8), (353, y, amount, 8)]
    rows = _LETTERHEAD + _SIDEBAR + items + [(405, 205, "Vendedor", 8), (405, 219.5, "Carolina Muñoz", 8)] + _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Viveros y Frutales del Maule SpA"


def test_a_seller_heading_over_a_firms_block_in_a_list_of_keys_still_names_the_vendor():
    """A key list may hold the seller's own block: "Vendedor" over a firm's name with its legal form names it."""
    rows = [(37, 35, "FACTURA", 14)] + _SIDEBAR + [(405, 204, "Vendedor", 8), (405, 215, "Riego Pencahue SpA", 8)]
    rows += _TOTALS
    result = extract_invoice(rows_pdf(rows))
    assert result.value("vendor_name") == "Riego Pencahue SpA"
