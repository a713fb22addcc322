"""Terms counted from a day the invoice does not print ("30 days from statement", "30 days after delivery", "30 Tage
nach Lieferung") compute no due date; terms from the invoice's own date still do. Read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from countersign.extraction.values import net_days
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize(("terms", "days"), [("30 days from statement.", None), ("30 days after delivery", None),
                                             ("30 Tage nach Lieferung", None), ("30 jours après livraison", None),
                                             ("30 days from invoice date", 30), ("Net 30", 30)])
def test_terms_from_another_day_give_no_days(terms, days):
    assert (net_days(terms) or (None,))[0] == days


def test_a_statement_invoice_computes_no_due_date():
    rows = [(40, 30, "Lubombo Security Services (Pty) Ltd", 12), (40, 44, "Plot 412, Manzini", 8),
            (40, 110, "TAX INVOICE", 14), (320, 110, "Invoice No.", 8), (430, 110, "TI29315", 8),
            (320, 124, "Date", 8), (430, 124, "2025/11/26", 8),
            (40, 200, "Customer", 8), (40, 212, "Swazi Candle Distributors (Pty) Ltd", 8),
            (40, 260, "Description", 8), (480, 260, "Amount", 8), (40, 274, "Panic button rental", 8),
            (480, 274, "732.00", 8), (320, 290, "Total", 8), (480, 290, "732.00", 8),
            (40, 330, "Terms: 30 days from statement. Please use the invoice number as reference.", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("invoice_date") == "2025-11-26"
    assert result.value("due_date") is None
