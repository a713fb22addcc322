"""An order's number printed with the order's own word after a label that already names the order ("Customer PO |
PO 1687", "Customer LPO: | LPO 4296", "Purchase order: PO 2026/770.", "Bon de commande | BC 2025-97", the order's
word no more label) is read as printed, its word kept as "OC 46082"
keeps its letters; after a label that names only a reference ("Your reference: PO 4500295360") the word says what the
reference is and the number is read alone. Each read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import invoice_pdf, rows_pdf


@pytest.mark.parametrize(("label", "value", "po"), [("Customer PO", "PO 1687", "PO 1687"),
                                                    ("Customer LPO:", "LPO 4296", "LPO 4296"),
                                                    ("Your reference:", "PO 4500295360", "4500295360"),
                                                    ("Bon de commande", "BC 2025-97", "BC 2025-97")])
def test_an_orders_word_in_the_value_cell_after_an_order_label(label, value, po):
    labels = [("Invoice No.", "INV-4471"), ("Date", "12 March 2026"), (label, value)]
    result = extract_invoice(invoice_pdf(["Hewanorra Kitchen Services Ltd", "Vieux Fort, Saint Lucia"], labels,
                                         [("Total", "1,200.00")], lines=[("Compressor repair", "1,200.00")]))
    assert result.value("po_number") == po
    if po != "4500295360":  # (a reference label reads below 0.9; its value's own word read as a second label
        assert result.confidence("po_number") >= 0.9  # would disagree with an order label's value)


def test_an_orders_word_after_an_order_label_in_a_sentence():
    rows = [(40, 30, "Pacific Web Hosting Ltd", 14), (40, 110, "INVOICE", 14), (320, 110, "Invoice No.", 8),
            (430, 110, "FJ-20488", 8), (40, 200, "Bill To", 8), (40, 212, "Coral Coast Resorts Ltd", 8),
            (320, 290, "Total", 8), (480, 290, "FJD 460.00", 8),
            (40, 330, "Purchase order: PO 2026/770. Please quote the invoice number as your payment reference.", 8)]
    assert extract_invoice(rows_pdf(rows)).value("po_number") == "PO 2026/770"
