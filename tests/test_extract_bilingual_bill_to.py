"""A buyer's block under a heading in two languages ("ΠΡΟΣ / BILL TO") is the buyer's: the VAT number in it is no
vendor's tax id. Read from a PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import BILL_TO
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


@pytest.mark.parametrize("heading", ["ΠΡΟΣ / BILL TO", "Kunde / Customer", "BILL TO"])
def test_bilingual_heading_opens_the_buyers_block(heading):
    assert BILL_TO.match(heading) is not None


def test_buyers_vat_number_under_a_bilingual_heading():
    rows = [(40, 30, "ΤΙΜΟΛΟΓΙΟ / INVOICE", 14), (40, 60, "Blue Coast Hospitality Ltd", 12),
            (40, 76, "Λεωφ. Νησιού 55, Πρωταράς", 8),
            (320, 110, "ΑΡ. ΤΙΜΟΛΟΓΙΟΥ / INVOICE NO.", 8), (470, 110, "BCH/26/2089", 8),
            (320, 124, "ΗΜΕΡΟΜΗΝΙΑ / DATE", 8), (470, 124, "11/09/2026", 8),
            (40, 110, "ΠΡΟΣ / BILL TO", 8), (40, 122, "Sunways Travel GmbH", 8),
            (40, 134, "Kurfürstendamm 21, 10719 Berlin", 8), (40, 146, "ΑΦΜ/VAT: DE929161300", 8),
            (40, 200, "Περιγραφή / Description", 8), (480, 200, "Ποσό / Amount", 8),
            (40, 214, "Εκδρομή Τρόοδος", 8), (480, 214, "2,789.00", 8),
            (320, 240, "Καθαρό ποσό / Net amount", 8), (480, 240, "2,789.00", 8),
            (320, 254, "ΦΠΑ / VAT 19%", 8), (480, 254, "529.91", 8),
            (320, 268, "Σύνολο / Total EUR", 8), (480, 268, "3,318.91", 8)]
    result = extract_invoice(rows_pdf(rows))
    assert result.value("total") == "3318.91"
    assert result.value("vendor_tax_id") != "DE929161300" or result.confidence("vendor_tax_id") < 0.9
