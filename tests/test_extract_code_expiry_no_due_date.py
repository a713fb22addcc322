"""A date after a due word and a code's acronym ("Fecha de vencimiento CAE: 09/11/2028", Uruguay's and Argentina's
e-invoices: when the tax office's authorisation code expires) is that code's, not the invoice's due day: the
label-free ranker leaves it. Read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.ranker import _of_a_code
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_expiry_of_a_code_is_no_due_date():
    rows = [(42, 34, "AGROVET LITORAL LTDA.", 14), (370, 34, "RUT EMISOR", 8), (370, 44, "215695920019", 9),
            (370, 60, "e-Factura", 10), (370, 78, "SERIE / NÚMERO", 8), (370, 88, "B 0373350", 9),
            (340, 140, "Fecha de emisión:", 8), (428, 140, "24/05/2026", 8), (340, 152, "Forma de pago:", 8),
            (428, 152, "Contado", 8), (330, 240, "Total neto", 8), (500, 240, "92.238,00", 8),
            (330, 254, "IVA 10%", 8), (500, 254, "9.223,80", 8), (330, 268, "TOTAL", 8), (500, 268, "101.461,80", 8),
            (120, 300, "CAE N° 90251792221", 8), (120, 316, "Fecha de vencimiento CAE: 09/11/2028", 8)]
    assert extract_invoice(rows_pdf(rows)).value("due_date") is None


def test_a_code_but_no_currency_ends_the_label():
    assert _of_a_code("Fecha de vencimiento CAE:") and _of_a_code("Vto. CAE:")
    assert not _of_a_code("Total EUR") and not _of_a_code("FECHA VENCIMIENTO:") and not _of_a_code("Due date:")
