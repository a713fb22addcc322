"""explain_variance: every line in plain numbers, verdicts that agree with the rules."""

from __future__ import annotations

from decimal import Decimal

from countersign.policies.schema import load_policy
from countersign.tools.explain_variance import (
    NOT_BILLED,
    PRICE_OVER,
    QTY_OVER_RECEIVED,
    QTY_UNDER_ORDERED,
    UNMATCHED,
    explain_order_variance,
    explain_po_variance,
)
from tests.test_policy_rules import invoice, line, po_2001

POLICY = load_policy()


def test_clean_invoice_all_ok() -> None:
    report = explain_po_variance(invoice(), po_2001(), POLICY)
    assert report.ok and [v.verdict for v in report.lines] == ["ok", "ok"]
    assert report.ordered_amount == Decimal("1535.00") and report.billed_amount == Decimal("1535.00")
    text = report.to_text()
    assert "Invoice INV-1043 against purchase order PO-2001" in text and "all lines within tolerance" in text


def test_price_quantity_and_unmatched_lines_are_explained() -> None:
    lines = [line("Cordless drill 18V", "12", "129.00"), line("Drill bit set", "10", "26.00"),
             line("Freight", "1", "25.00")]
    po = po_2001()
    po.receipts[0].quantity = Decimal("8")
    report = explain_po_variance(invoice(lines=lines), po, POLICY)
    drill, bits, freight = report.lines
    assert (drill.ordered, drill.received, drill.billed) == (Decimal("10"), Decimal("8"), Decimal("12"))
    assert QTY_OVER_RECEIVED in drill.verdicts and "billed more than ordered" in drill.verdicts
    assert bits.price_diff == Decimal("1.50") and PRICE_OVER in bits.verdicts  # +6.12% > 5% and 1.50 > 1.00
    assert freight.verdicts == [UNMATCHED]
    text = report.to_text()
    assert "+6.12%" in text and "PRICE OVER TOLERANCE" in text and "3 line(s) outside tolerance" in text


def test_price_within_one_tolerance_is_ok() -> None:
    lines = [line("Cordless drill 18V", "10", "129.99"), line("Drill bit set", "10", "24.50")]
    report = explain_po_variance(invoice(lines=lines), po_2001(), POLICY)
    assert report.ok and report.lines[0].price_diff == Decimal("0.99")


def test_order_vs_erp_invoice_both_ways() -> None:
    opportunity = {"id": "OPP-1", "account_id": "A001", "name": "Widgets for Q4", "currency": "USD",
                   "lines": [{"product": "Widget", "quantity": Decimal("10"), "unit_price": Decimal("25.00")},
                             {"product": "Support plan", "quantity": Decimal("1"), "unit_price": Decimal("500.00")},
                             {"product": "Installation", "quantity": Decimal("1"), "unit_price": Decimal("100.00")}]}
    erp_invoice = {"number": "SI-1001", "account_id": "A001", "currency": "USD", "date": "2026-11-15",
                   "lines": [{"product": "Widget", "quantity": "8", "unit_price": "25.00"},
                             {"product": "Support plan", "quantity": "1", "unit_price": "450.00"}],
                   "total": "700.00"}
    report = explain_order_variance(opportunity, erp_invoice, POLICY)
    widget, support, install = report.lines
    assert widget.verdicts == [QTY_UNDER_ORDERED] and widget.received is None
    assert support.verdicts == ["price under tolerance"] and support.price_pct == Decimal("-10")
    assert install.line is None and install.verdicts == [NOT_BILLED]
    assert report.ordered_amount == Decimal("850.00") and report.billed_amount == Decimal("650.00")
    text = report.to_text()
    assert "SI-1001" in text and "OPP-1" in text and "states a total of 700.00" in text


def test_matching_order_and_invoice_is_ok() -> None:
    opportunity = {"id": "OPP-2", "name": "x", "currency": "USD",
                   "lines": [{"product": "Widget", "quantity": Decimal("2"), "unit_price": Decimal("10.00")}]}
    report = explain_order_variance(opportunity, {"number": "SI-2", "currency": "EUR",
                                                  "lines": [{"product": "widget", "quantity": "2",
                                                             "unit_price": "10.00"}]},
                                    POLICY)
    assert report.ok and any("EUR" in note for note in report.notes)
