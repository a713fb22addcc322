"""Two sure-but-wrong readings of set 33's development part, each a class: the day of an early-payment discount
("Zahlbar bis 18.08. mit 2 % Skonto oder bis 07.09. netto") read as the due date, and a PO whose opening letters
were taken into a label that names the order already ("Votre bon de commande BC | 1745"). Neither is sure now; a PO
under a label that is only the order's word stays sure. Each read from a PDF built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf

VENDOR = ["Alpsennerei Bregenzerwald GmbH", "Hof 12, 6863 Egg"]
LINES = [("Bergkäse, 4 kg", "1.800,00")]
TOTALS = [("Summe netto", "1.800,00"), ("USt 10 %", "180,00"), ("Gesamt", "1.980,00")]


def _sure(result, name: str) -> bool:
    return result.value(name) is not None and result.confidence(name) >= 0.9


def test_a_due_date_on_the_line_of_an_early_payment_discount_is_not_sure():
    rows = [(40, 30, VENDOR[0], 12), (40, 44, VENDOR[1], 8), (40, 100, "RECHNUNG", 14),
            (320, 100, "Rechnungsnummer", 8), (430, 100, "2026-0815", 8),
            (320, 114, "Rechnungsdatum", 8), (430, 114, "08.08.2026", 8),
            (40, 200, "Bergkäse, 4 kg", 8), (480, 200, "1.800,00", 8),
            (320, 220, "Summe netto", 8), (480, 220, "1.800,00", 8),
            (320, 234, "USt 10 %", 8), (480, 234, "180,00", 8),
            (320, 248, "Gesamt EUR", 8), (480, 248, "1.980,00", 8),
            (40, 290, "Zahlbar bis 18.08.2026 mit 2 % Skonto (EUR 39,60)", 8),
            (40, 302, "oder bis 07.09.2026 netto ohne Abzug.", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("due_date") == "2026-09-07" or not _sure(result, "due_date")


def test_a_po_whose_letters_went_into_a_label_naming_the_order_is_not_sure():
    rows = [(40, 30, "Refuge du Lac Blanc SARL", 12), (40, 44, "74400 Chamonix", 8), (40, 100, "FACTURE", 14),
            (320, 100, "Facture n° F-2026-118", 8), (320, 114, "Date 12/09/2026", 8),
            (40, 150, "Votre bon de commande BC 1745", 8), (40, 200, "Nuitées", 8), (480, 200, "500,00", 8),
            (320, 220, "Total HT", 8), (480, 220, "500,00", 8), (320, 234, "TVA 10 %", 8), (480, 234, "50,00", 8),
            (320, 248, "Total TTC", 8), (480, 248, "550,00", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("po_number") == "BC 1745" or not _sure(result, "po_number")


def test_a_po_under_the_orders_word_alone_stays_sure():
    labels = [("Invoice no.", "23022"), ("Date", "20 March 2025"), ("Customer PO", "1687")]
    result = extract_invoice(invoice_pdf(["Harbourside Trading Ltd", "4 Quay Street"], labels,
                                         [("Subtotal", "1,000.00"), ("Tax", "100.00"), ("Total", "1,100.00")],
                                         lines=[("Service", "1,000.00")]))
    assert result.value("po_number") == "1687" and _sure(result, "po_number")
