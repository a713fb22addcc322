"""An Argentine AFIP voucher: "Punto de Venta: 00002" (the point of sale) and "Comp. Nro: 00009563" (the voucher
number), on two lines or on one, are joined into the invoice number "00002-00009563", read below 0.9 (a joined
reading, not one printed value). Read from PDFs built here."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _voucher(number_rows: list[tuple[float, float, str, int]]) -> bytes:
    rows = [(40, 30, "Servicios Patagónicos S.R.L.", 12), (40, 46, "Av. Corrientes 1234, CABA", 8),
            (40, 58, "CUIT: 30-71234567-1", 8), (40, 70, "IVA Responsable Inscripto", 8),
            (280, 40, "FACTURA", 14), (280, 58, "A", 14), (300, 62, "COD. 01", 8),
            (360, 138, "Fecha de Emisión:", 8), (450, 138, "10/02/2026", 8),
            (40, 200, "Señor(es)", 8), (40, 212, "Harbour Works Ltd", 8),
            (40, 260, "Producto / Servicio", 8), (480, 260, "Subtotal", 8),
            (40, 274, "Mantenimiento mensual", 8), (480, 274, "10000,00", 8),
            (320, 304, "Importe Neto Gravado: $", 8), (480, 304, "10000,00", 8),
            (320, 318, "IVA 21%: $", 8), (480, 318, "2100,00", 8),
            (320, 332, "Importe Total: $", 8), (480, 332, "12100,00", 8)]
    return rows_pdf(rows + number_rows)


def test_point_of_sale_and_voucher_number_on_two_lines():
    result = extract_invoice(_voucher([(360, 110, "Punto de Venta:", 8), (450, 110, "00002", 8),
                                       (360, 124, "Comp. Nro:", 8), (450, 124, "00009563", 8)]))
    assert result.value("invoice_number") == "00002-00009563"
    assert result.confidence("invoice_number") < 0.9
    assert Decimal(result.value("total")) == Decimal("12100.00")


def test_point_of_sale_and_voucher_number_on_one_line():
    result = extract_invoice(_voucher([(300, 110, "Punto de Venta: 00002", 8), (420, 110, "Comp. Nro: 00009563", 8)]))
    assert result.value("invoice_number") == "00002-00009563"
    assert result.confidence("invoice_number") < 0.9
