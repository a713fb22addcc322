"""A Swiss letter's QR bill names its payer under "Pagabile da" ("Zahlbar durch", "Payable par"): that name is the
buyer's, though the window address prints it too with its legal form, so the letterhead names the vendor. From a
PDF built here."""

from __future__ import annotations

import pytest

from countersign.extraction.labels import BILL_TO
from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def _letter(payer: str) -> bytes:
    rows = [(40, 40, "Cantina dei Ronchi", 16),
            (40, 60, "Via ai Ronchi 3 · 6828 Balerna · IDI CHE-116.281.710 IVA", 8),
            (330, 90, "Albergo Lago Blu SA", 10), (330, 102, "Lungolago 18", 10), (330, 114, "6600 Locarno", 10),
            (330, 140, "Balerna, 17.02.2026", 10), (40, 160, "Fattura n. 2561", 12),
            (40, 190, "Articolo", 9), (480, 190, "Importo CHF", 9), (40, 204, "Merlot DOC 75 cl", 9),
            (480, 204, "178.00", 9),
            (330, 240, "Totale netto", 9), (480, 240, "178.00", 9), (330, 254, "IVA 8,1 %", 9), (480, 254, "14.42", 9),
            (330, 268, "Totale fattura CHF", 9), (480, 268, "192.42", 9),
            (58, 452, "Ricevuta", 9), (200, 452, "Sezione pagamento", 9), (312, 452, "Conto / Pagabile a", 8),
            (58, 461, "Conto / Pagabile a", 8), (312, 461, "CH31 3000 0656 7604 9806 9", 9),
            (58, 471, "CH31 3000 0656 7604 9806 9", 9), (312, 471, "Cantina dei Ronchi", 9),
            (58, 481, "Cantina dei Ronchi", 9), (312, 481, "Riferimento", 8),
            (58, 491, "6828 Balerna", 9), (312, 491, "85 17371 06146 45108 35061 87339", 9),
            (58, 501, "Riferimento", 8), (312, 501, payer, 8),
            (58, 510, "85 17371 06146 45108 35061", 9), (312, 510, "Albergo Lago Blu SA", 9),
            (58, 520, "87339", 9), (312, 520, "6600 Locarno", 9)]
    return rows_pdf(rows)


@pytest.mark.parametrize("heading", ["Pagabile da", "Zahlbar durch", "Payable par"])
def test_the_qr_bills_payer_is_the_buyer(heading):
    assert extract_invoice(_letter(heading)).value("vendor_name") == "Cantina dei Ronchi"


def test_payable_by_before_a_date_is_no_buyers_heading():
    assert BILL_TO.match("Payable by") is None
    assert BILL_TO.match("Pagabile da") is not None
