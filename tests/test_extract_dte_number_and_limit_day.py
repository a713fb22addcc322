"""Guatemala's FEL invoice (set 13's development part), read from a PDF built here: "Número de DTE" (the electronic tax
document's number) is the invoice's number, not the series above it, and "Fecha límite de pago", with its accent as
printed, is the due date."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def test_the_dte_number_and_the_limit_day_to_pay():
    rows = [(38, 34, "ASEGURADORA DEL QUETZAL, SOCIEDAD ANÓNIMA", 11), (424, 34, "FACTURA", 12),
            (38, 50, "NIT: 53944084-1", 8), (355, 55, "Número de autorización:", 8),
            (355, 64, "2437BFAC-25B8-3A4F-06E0-A831414D1DDD", 8),
            (355, 79, "Serie:", 8), (446, 79, "Número de DTE:", 8), (355, 88, "2437BFAC", 8), (446, 88, "632830543", 8),
            (355, 102, "Fecha y hora de emisión:", 8), (355, 110, "23/06/2026 11:29:54", 8),
            (41, 133, "Nombre receptor:", 8), (41, 141, "TRANSPORTES HERMANOS MÉNDEZ, S.A.", 8),
            (328, 156, "Fecha límite de pago:", 8), (328, 164, "23/07/2026", 8),
            (40, 232, "Descripción", 8), (461, 232, "Total (Q)", 8),
            (40, 250, "Prima cuota 3 de 4", 8), (460, 250, "8,592.71", 8),
            (330, 290, "Total a pagar", 8), (460, 290, "Q 8,592.71", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_number") == "632830543"
    assert result.value("due_date") == "2026-07-23"
