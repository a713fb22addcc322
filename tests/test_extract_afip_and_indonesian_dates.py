"""Argentine labels and an Indonesian date: "CUIT" labels a tax id, and AFIP's "Punto de Venta: 00002 Comp. Nro:
00017152" is the invoice "00002-00017152" (below 0.9); an Indonesian page ("Tanggal", "NPWP") writes the day first.
Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

Row = tuple[float, float, str, int]


def test_cuit_labels_a_tax_id():
    data = invoice_pdf(["Ferretería del Sur S.R.L.", "CUIT: 30-71047936-0"],
                       [("Factura N°", "00002-00017152"), ("Fecha de Emisión:", "01/10/2025")],
                       [("Importe Total", "3.321.526,00")], lines=[("Tornillos", "3.321.526,00")], title="FACTURA")
    result = extract_invoice(data)
    assert result.value("vendor_tax_id") == "30-71047936-0"
    assert not any("ranker" in w for w in result.warnings)  # read by its label, not guessed


def test_an_indonesian_page_writes_the_day_first():
    data = invoice_pdf(["CV Sekupang Marine Works", "NPWP: 08.280.644.9-049.237"],
                       [("No. Invoice", "735/SMW/2026"), ("Tanggal", "12/03/2026")],
                       [("Subtotal", "Rp 57.792.000"), ("Total", "Rp 57.792.000")],
                       lines=[("Pipa seamless", "57.792.000")])
    assert extract_invoice(data).value("invoice_date") == "2026-03-12"


def test_point_of_sale_and_voucher_number_make_the_invoice_number():
    rows: list[Row] = [(37, 37, "ORIGINAL", 10), (337, 37, "FACTURA", 14),
                       (337, 60, "Punto de Venta: 00002   Comp. Nro: 00017152", 8),
                       (37, 68, "Ferretería del Sur S.R.L.", 12), (337, 88, "Fecha de Emisión: 01/10/2025", 8),
                       (34, 248, "Producto / Servicio", 8), (528, 248, "Subtotal", 8), (79, 263, "Tornillos", 8),
                       (521, 263, "45.322,00", 8), (343, 680, "Importe Total: $", 8), (496, 680, "45.322,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "00002-00017152"
    assert result.confidence("invoice_number") < 0.9
