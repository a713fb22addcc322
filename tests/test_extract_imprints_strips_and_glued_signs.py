"""A printer's imprint's date is not the invoice's; two cells' values run together under a row of labels go each to
its own label; "Factura electrónica de venta No.", "P/O No." and "Service Tax 8%" are labels; a one-letter money sign
glued to an amount ("Q325.00", "N204,465.00") is read, not a letter alone before other digits."""

from __future__ import annotations

from decimal import Decimal

from countersign.extraction.labels import label_matches
from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import parse_amount
from tests.pdf_rows import rows_pdf

HEAD = [(132, 30, "NEGROS SUGARLAND FARM SUPPLY CORP.", 12), (187, 66, "VAT Reg. TIN: 425-658-242-00001", 8),
        (40, 85, "SALES INVOICE", 12), (488, 85, "No. 017975", 10)]
TABLE = [(53, 158, "QTY", 8), (184, 158, "ARTICLES", 8), (491, 158, "AMOUNT", 8),
         (68, 172, "23", 8), (135, 172, "Cane knife", 8), (505, 172, "1,000.00", 8),
         (313, 268, "VATable Sales", 8), (505, 268, "1,000.00", 8),
         (313, 283, "VAT Amount", 8), (510, 283, "120.00", 8),
         (313, 298, "TOTAL AMOUNT DUE", 8), (494, 298, "1,120.00", 8)]


def test_a_printers_imprint_dates_its_accreditation_not_the_invoice():
    rows = [*HEAD, (411, 108, "Date:", 8), (452, 108, "07/30/2025", 8), *TABLE,
            (40, 438, "Negros Press Inc. · Printer's Accreditation No. 7343MP2022 · Date Issued: 09/16/2023", 7),
            (40, 446, "BIR Authority to Print No. 167754968417 · Date of ATP: 09/16/2023", 7)]
    assert extract_invoice(rows_pdf(rows)).value("invoice_date") == "2025-07-30"


def test_values_run_together_under_a_strip_of_labels_go_each_to_its_own():
    rows = [(37, 14, "Mindil Electrical & Air Conditioning Pty Ltd", 12), (641, 14, "TAX INVOICE", 12),
            (41, 80, "Invoice No.", 7), (126, 80, "Invoice date", 7), (206, 80, "Due date", 7),
            (336, 80, "Your order", 7),
            (41, 93, "ME-8715", 8), (126, 93, "9 September 2025 16 September 2025", 8), (336, 93, "CDU-PO154830", 8),
            (40, 141, "Description", 8), (500, 141, "Amount", 8),
            (108, 159, "Split system", 8), (500, 159, "100.00", 8),
            (45, 240, "Total (inc GST) AUD", 8), (180, 240, "$100.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("invoice_date"), result.value("due_date")) == ("2025-09-09", "2025-09-16")


def test_electronic_invoice_order_and_service_tax_labels():
    assert {n for n, _, _ in label_matches("Factura electrónica de venta No.")} == {"invoice_number"}
    assert {n for n, _, _ in label_matches("Electronic Invoice No.")} == {"invoice_number"}
    assert {n for n, _, _ in label_matches("Your P/O No.")} == {"po_number"}
    assert not label_matches("D/O Date")  # a delivery order's date, not the invoice's
    assert {n for n, _, _ in label_matches("Service Tax 8%")} == {"tax"}


def test_one_letter_signs_only_glued_to_an_amount():
    assert parse_amount("Q325.00") == (Decimal("325.00"), "GTQ")
    assert parse_amount("N204,465.00") == (Decimal("204465.00"), "NGN")
    for text in ("Q1 2026", "N° 12", "Q12", "N12345678"):
        assert parse_amount(text) is None, text


def test_a_till_receipts_glued_quetzal_sign_names_the_currency():
    rows = [(67, 11, "FARMACIA LOS ALTOS", 10), (36, 22, "Farmacia y Droguería Los Altos, S.A.", 8),
            (85, 42, "NIT: 37593935", 8), (98, 68, "FACTURA", 9), (11, 88, "Número DTE: 3342337560", 7),
            (11, 98, "Fecha emisión: 28/07/2025", 7), (11, 150, "Cant. Descripción", 7), (194, 150, "Total", 7),
            (11, 160, "AMOXICILINA 500MG X21", 7), (16, 170, "2 x 94.00", 7), (190, 170, "188.00", 7),
            (11, 244, "TOTAL", 8), (178, 244, "Q188.00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert (result.value("currency"), result.value("total")) == ("GTQ", "188.00")


def test_a_job_order_is_the_buyers_order_and_a_job_number_alone_no_field():
    assert {n for n, _, _ in label_matches("Job Order No.:")} == {"po_number"}
    assert not label_matches("Job No.")
    assert not label_matches("Job Date")
