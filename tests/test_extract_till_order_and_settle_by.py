"""A till's roll ("2 x 7.75  15.50" lines) prints its own order ticket ("Order #: 752" beside the table and the
cashier): no purchase order of the buyer's; an Italian letter asks to settle by a day ("Vi preghiamo di saldare
l'importo entro il 19.03.2026"): the due date. Pages built here."""

from __future__ import annotations

from countersign.extraction.reader import extract_invoice
from tests.pdf_rows import rows_pdf


def page_pdf(rows: list[tuple[float, float, str]]) -> bytes:
    return rows_pdf([(x, y, text, 9) for x, y, text in rows])


def _till(order_label: str) -> bytes:
    rows = [(60, 20, "HARBOUR GRILL INC."), (40, 34, "Broad Street, Monrovia"), (50, 48, "TIN: 500123456"),
            (60, 70, "CASH RECEIPT"), (12, 90, "Receipt No:"), (160, 90, "40211"),
            (12, 102, "Date:"), (140, 102, "04/23/2025 18:42"), (12, 114, "Table:"), (170, 114, "9"),
            (12, 126, order_label), (170, 126, "752"), (12, 138, "Cashier:"), (160, 138, "Musu"),
            (12, 160, "Palm Butter & Rice"), (26, 169, "2 x 7.75"), (170, 169, "15.50"),
            (12, 182, "Club Beer 600ml"), (26, 191, "3 x 4.50"), (170, 191, "13.50"),
            (12, 210, "SUBTOTAL"), (170, 210, "29.00"), (12, 222, "GST 10%"), (170, 222, "2.90"),
            (12, 234, "TOTAL US$"), (170, 234, "31.90")]
    return page_pdf(rows)


def test_a_tills_order_ticket_is_no_purchase_order():
    result = extract_invoice(_till("Order #:"))
    assert len(result.line_items) == 2
    assert result.value("po_number") is None


def test_a_purchase_order_on_a_till_roll_stays():
    assert extract_invoice(_till("Purchase Order:")).value("po_number") == "752"


def test_settle_by_a_day_in_a_letter():
    rows = [(40, 30, "Cantina Ronchi Sagl"), (40, 44, "Via ai Ronchi 3, 6828 Balerna"),
            (360, 110, "Balerna, 17.02.2026"), (40, 140, "Fattura n. 2560"),
            (40, 170, "Articolo"), (480, 170, "Importo CHF"), (40, 184, "Merlot DOC 75 cl"), (480, 184, "178.00"),
            (330, 220, "Totale netto"), (480, 220, "178.00"), (330, 234, "IVA 8,1 %"), (480, 234, "14.42"),
            (330, 248, "Totale fattura CHF"), (480, 248, "192.42"),
            (40, 280, "Vi preghiamo di saldare l'importo entro il 19.03.2026 con la polizza allegata.")]
    assert extract_invoice(page_pdf(rows)).value("due_date") == "2026-03-19"
