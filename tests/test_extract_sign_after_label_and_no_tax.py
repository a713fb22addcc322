"""An amount's label ending in its money's sign, the amount printed apart ("Subtotal: $ | 3.321.526,00", "Importe
Total: $"), is read; a page saying no VAT, GST or sales tax is levied gets no net and tax from two amounts that add up
to the total ("Professional fees" + "Government fees"); "Registered" inside a company's name ("Harbour Registered
Agents Limited") is no registration statement. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

Row = tuple[float, float, str, int]


def test_a_sign_ending_the_label_with_the_amount_apart():
    data = invoice_pdf(["Ferretería del Sur S.R.L.", "Av. San Martín 1245, Ushuaia"],
                       [("Factura N°", "00002-00017152"), ("Fecha de Emisión:", "01/10/2025")],
                       [("Subtotal: $", "3.321.526,00"), ("Importe Total: $", "3.321.526,00")],
                       lines=[("Tornillos", "3.321.526,00")], title="FACTURA")
    result = extract_invoice(data)
    assert result.value("subtotal") == "3321526.00"
    assert result.value("total") == "3321526.00"


def _fees(sentence: str | None) -> bytes:
    rows: list[Row] = [(40, 30, "Harbour Registered Agents Limited", 14), (370, 100, "INVOICE", 12),
                       (370, 118, "Invoice No.", 8), (450, 118, "TRA/2607/12", 8),
                       (370, 132, "Invoice Date", 8), (450, 132, "07 Jul 2026", 8),
                       (54, 186, "Blue Anchor Investments Limited (BVI Company No. 1553439)", 9),
                       (60, 200, "Annual registered agent fee", 8), (460, 200, "1,760.00", 8),
                       (60, 214, "Government annual licence fee", 8), (460, 214, "110.00", 8),
                       (60, 228, "Total for Blue Anchor Investments Limited", 8), (460, 228, "1,870.00", 8),
                       (275, 250, "Professional fees", 8), (460, 250, "1,760.00", 8),
                       (275, 264, "Government fees (at cost)", 8), (460, 264, "110.00", 8),
                       (275, 278, "TOTAL DUE (US$)", 8), (460, 278, "1,870.00", 8)]
    if sentence:
        rows.append((40, 310, sentence, 8))
    return rows_pdf(rows)


def test_no_net_and_tax_made_up_on_a_page_that_says_no_tax_is_levied():
    result = extract_invoice(_fees("No VAT, GST or sales tax is levied in the Virgin Islands."))
    assert result.value("total") == "1870.00"
    assert result.value("subtotal") is None
    assert result.value("tax") is None


def test_registered_inside_the_name_is_no_registration_statement():
    assert extract_invoice(_fees(None)).value("vendor_name") == "Harbour Registered Agents Limited"
