"""Two tax rows ("GST 5%" and "QST 9.975%", a Quebec invoice): the tax is their sum when the totals
check it; when they cannot be checked (no total, or no subtotal), the tax read stays below 0.9
(checked after blind set4: the last tax row must never win at 0.95)."""

from __future__ import annotations

import pymupdf
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


def _right(x1: float, y: float, text: str, size: float = 9) -> tuple[float, float, str, float]:
    """A row ending at x1, as a totals block's right-aligned amounts do."""
    return x1 - pymupdf.get_text_length(text, fontname="helv", fontsize=size), y, text, size


DIVE = [(40, 50, "Scotts Head Divers Ltd.", 16), (400, 50, "TAX INVOICE", 14), (400, 70, "Invoice No. SHD/25/894", 9),
        (400, 84, "Date: 23/09/2025", 9), (40, 120, "Bill To", 9), (40, 134, "Island Wanderers Tours Ltd.", 9)]


def test_a_vat_analysis_table_beside_the_totals_is_not_a_tax_row() -> None:
    """The per-rate analysis ("Code | Rate | Net | VAT") printed level with the totals block: its VAT column repeats
    one rate's tax; the tax rows in the total's column sum to the tax."""
    analysis = [(40, 396, "Code", 9), (70, 396, "Rate", 9), (110, 396, "Net", 9), (160, 396, "VAT", 9),
                (40, 410, "A", 9), (70, 410, "15%", 9), (110, 410, "1,686.00", 9), (160, 410, "252.90", 9),
                (40, 424, "B", 9), (70, 424, "10%", 9), (110, 424, "3,899.25", 9), (160, 424, "389.93", 9)]
    totals = [(330, 396, "Subtotal", 9), _right(540, 396, "5,585.25"), (330, 410, "VAT 10% (dive activity)", 9),
              _right(540, 410, "389.93"), (330, 432, "VAT 15%", 9), _right(540, 432, "252.90"),
              (330, 446, "TOTAL XCD", 9), _right(540, 446, "6,228.08")]
    inv = extract_invoice(page_pdf(DIVE + analysis + totals))
    assert (inv.value("subtotal"), inv.value("tax"), inv.value("total")) == ("5585.25", "642.83", "6228.08")
    assert inv.confidence("tax") >= 0.9


def test_tax_rows_at_two_rates_with_no_net_sum_to_the_tax_below_0_9() -> None:
    """No net printed, two tax rows at different rates, each naming what it is levied on ("s/ obra"), then the
    total: their sum is the tax, which nothing checks."""
    rows = [(330, 396, "IPSI 4 % s/ obra", 9), _right(540, 396, "169,35 €"),
            (330, 410, "IPSI 3 % s/ servicios", 9), _right(540, 410, "4,41 €"),
            (330, 424, "TOTAL FACTURA", 9), _right(540, 424, "4.554,63 €")]
    inv = extract_invoice(page_pdf(DIVE + rows))
    assert (inv.value("tax"), inv.value("total")) == ("173.76", "4554.63")
    assert inv.confidence("tax") < 0.9
