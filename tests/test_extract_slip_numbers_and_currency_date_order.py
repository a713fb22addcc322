"""A remittance slip's own number (a Brazilian boleto's "Nº do documento", the instalment's) never outranks the
document's number above it; an ambiguous 03/12/2025 on an English page billed in a money every country of which writes
its dates day first (New Zealand dollars) is 3 December. Read from PDFs built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf


def _with_slip(slip_heading: str) -> bytes:
    rows = [(40, 40, "Araucária Equipamentos Ltda.", 14), (40, 60, "Av. Kubitschek 8200, Curitiba - PR", 8),
            (40, 100, "FATURA", 14), (320, 100, "Documento nº", 8), (430, 100, "FL-9141", 8),
            (320, 114, "Data", 8), (430, 114, "16/03/2026", 8),
            (40, 160, "Descrição", 8), (480, 160, "Valor", 8), (40, 174, "Betoneira 400 litros", 8),
            (480, 174, "1.000,00", 8), (320, 200, "Total", 8), (480, 200, "R$ 1.000,00", 8),
            (40, 620, slip_heading, 10), (40, 640, "Fatura nº", 8), (200, 640, "Vencimento", 8),
            (40, 652, "FL-9141-1", 8), (200, 652, "26/03/2026", 8)]
    return rows_pdf(rows)


def test_a_boleto_slips_number_is_not_the_invoices():
    result = extract_invoice(_with_slip("Recibo do pagador"))
    assert result.value("invoice_number") == "FL-9141"
    assert result.value("total") == "1000.00"


def test_without_a_slips_heading_the_stronger_label_still_wins():
    # the same page with no slip heading over the lower block: its "Fatura nº" is the stronger label
    result = extract_invoice(_with_slip("Observações"))
    assert result.value("invoice_number") == "FL-9141-1"


def test_new_zealand_dollars_read_an_ambiguous_date_day_first():
    data = invoice_pdf(["Harbour Electrical Ltd", "3/22 Beaumont Street, Auckland 1010"],
                       [("Invoice number", "67858"), ("Date", "03/12/2025")],
                       [("Subtotal", "NZD 100.00"), ("GST 15%", "15.00"), ("Total", "NZD 115.00")],
                       lines=[("Wiring", "100.00")])
    result = extract_invoice(data)
    assert result.value("currency") == "NZD"
    assert result.value("invoice_date") == "2025-12-03"
    assert result.confidence("invoice_date") < 0.9  # a reading by the money's countries, not by the page
    assert any("read day first" in w for w in result.warnings)


def test_us_dollars_leave_an_ambiguous_date_month_first():
    data = invoice_pdf(["Harbor Electric Inc.", "22 Beaumont Street, Boston"],
                       [("Invoice number", "67858"), ("Date", "03/12/2025")],
                       [("Subtotal", "USD 100.00"), ("Tax 5%", "5.00"), ("Total", "USD 105.00")],
                       lines=[("Wiring", "100.00")])
    assert extract_invoice(data).value("invoice_date") == "2025-03-12"
