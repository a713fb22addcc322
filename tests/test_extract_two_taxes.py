"""Two tax rows ("GST 5%" and "QST 9.975%", a Quebec invoice): the tax is their sum when the totals
check it; when they cannot be checked (no total, or no subtotal), the tax read stays below 0.9
(checked after blind set4: the last tax row must never win at 0.95)."""

from __future__ import annotations

import pytest

from countersign.extraction.reader import extract_invoice
from tests.pages import page_pdf

HEAD = [(40, 50, "Erable Design Inc.", 16), (40, 70, "GST/TPS 123456789 RT0001", 9), (400, 50, "INVOICE", 14),
        (400, 70, "Invoice No. F-1001", 9), (400, 84, "Date: 2026-03-02", 9), (40, 120, "Bill To", 9),
        (40, 134, "Client Ltd", 9)]
SUB = [(330, 400, "Subtotal", 9), (480, 400, "100.00", 9)]
TAXES = [(330, 414, "GST 5%", 9), (480, 414, "5.00", 9), (330, 428, "QST 9.975%", 9), (480, 428, "9.98", 9)]
TOTAL = [(330, 442, "Total", 9), (480, 442, "CAD 114.98", 9)]


def test_two_tax_rows_checked_by_the_totals_give_their_sum() -> None:
    inv = extract_invoice(page_pdf(HEAD + SUB + TAXES + TOTAL))
    assert (str(inv.value("tax")), str(inv.value("total"))) == ("14.98", "114.98")
    assert inv.confidence("tax") >= 0.9


@pytest.mark.parametrize("rows", [SUB + TAXES, TAXES + TOTAL], ids=["no total", "no subtotal"])
def test_two_tax_rows_unchecked_stay_below_0_9(rows: list[tuple[float, float, str, float]]) -> None:
    inv = extract_invoice(page_pdf(HEAD + rows))
    assert inv.value("tax") is None or inv.value("tax") == "14.98" or inv.confidence("tax") < 0.9
