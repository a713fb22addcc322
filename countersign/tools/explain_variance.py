"""explain_variance: every difference between what was ordered and what was billed, in plain numbers.

Built on the policy rules' own line pairing (`match_po_lines`) and tolerances, so the verdicts
here are the ones the rules reach. Pure functions; `VarianceReport.to_text()` renders a table.

* `explain_po_variance(invoice, po, policy)`: an AP invoice against its purchase order. Per
  line: ordered vs received vs billed quantity, PO vs invoiced unit price, the difference and
  percent, the tolerance, the verdict. PO lines nobody billed are listed too.
* `explain_order_variance(opportunity, erp_invoice, policy)`: a CRM opportunity (Closed Won, the
  dict of `CRM.closed_won_opportunities()`: id, account_id, name, close_date, currency, owner,
  lines [{product, quantity, unit_price}]) against the ERP invoice raised for it. The ERP
  invoice dict shape (defined here):

      {"number": "SI-1001", "account_id": "A001", "currency": "USD", "date": "2026-11-15",
       "lines": [{"product": "Widget", "quantity": "10", "unit_price": "25.00"}],
       "total": "250.00"}            # total optional; amounts Decimal or decimal strings

  For a sale, billing less than ordered is revenue left behind, so differences either way
  beyond tolerance are flagged.

Example: PO-2002 toner ordered 6 at 89.00, received 6, billed 6 at 99.00 gives the row
"2  Toner cartridge  ordered 6  received 6  billed 6  price 89.00 -> 99.00 (+10.00, +11.24%)
tolerance 5% and 1.00  PRICE OVER TOLERANCE".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from countersign.domain import (
    ExtractedInvoice,
    LineItem,
    POLine,
    PurchaseOrder,
    fmt_money,
    fmt_number,
    fmt_pct,
    match_po_lines,
    to_decimal,
)
from countersign.policies.schema import Policy

_HUNDRED = Decimal(100)

OK = "ok"
PRICE_OVER = "price over tolerance"
PRICE_UNDER = "price under tolerance"
QTY_OVER_ORDERED = "billed more than ordered"
QTY_UNDER_ORDERED = "billed less than ordered"
QTY_OVER_RECEIVED = "billed more than received"
UNMATCHED = "not on the order"
NOT_BILLED = "not billed"


@dataclass
class LineVariance:
    line: int | None  # invoice line (1-based); None for an order line nobody billed
    description: str
    order_line: int | None
    ordered: Decimal | None
    received: Decimal | None  # None where receipts do not apply (sales orders)
    billed: Decimal | None
    order_price: Decimal | None
    billed_price: Decimal | None
    price_diff: Decimal | None
    price_pct: Decimal | None
    tolerance: str
    verdicts: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return "; ".join(self.verdicts) if self.verdicts else OK

    @property
    def ok(self) -> bool:
        return not self.verdicts


@dataclass
class VarianceReport:
    title: str
    currency: str | None
    lines: list[LineVariance]
    ordered_amount: Decimal
    billed_amount: Decimal
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)

    @property
    def verdict(self) -> str:
        bad = sum(not line.ok for line in self.lines)
        return "all lines within tolerance" if not bad else f"{bad} line(s) outside tolerance"

    def to_text(self) -> str:
        def n(value: Decimal | None) -> str:
            return "-" if value is None else fmt_number(value)

        def m(value: Decimal | None) -> str:
            return "-" if value is None else fmt_money(value)

        head = ["line", "description", "ordered", "received", "billed", "order price", "billed price",
                "diff", "pct", "tolerance", "verdict"]
        rows = [head]
        for v in self.lines:
            rows.append([
                str(v.line) if v.line is not None else "-",
                v.description[:40],
                n(v.ordered), n(v.received), n(v.billed), m(v.order_price), m(v.billed_price),
                "-" if v.price_diff is None else f"{v.price_diff:+.2f}",
                "-" if v.price_pct is None else fmt_pct(v.price_pct),
                v.tolerance, v.verdict.upper() if not v.ok else OK,
            ])
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = [self.title, ""]
        for i, r in enumerate(rows):
            lines.append("  ".join(cell.ljust(widths[j]) for j, cell in enumerate(r)).rstrip())
            if i == 0:
                lines.append("  ".join("-" * w for w in widths))
        cur = f" {self.currency}" if self.currency else ""
        diff = self.billed_amount - self.ordered_amount
        lines += ["", f"Ordered {fmt_money(self.ordered_amount)}{cur}, billed {fmt_money(self.billed_amount)}{cur} "
                      f"(difference {diff:+.2f}). Verdict: {self.verdict}."]
        lines += self.notes
        return "\n".join(lines)


def _pct(diff: Decimal, base: Decimal) -> Decimal | None:
    return diff / base * _HUNDRED if base else None


def _price_verdict(diff: Decimal, base: Decimal, policy: Policy, both_ways: bool) -> str | None:
    tol = policy.tolerances
    size = abs(diff) if both_ways else diff
    if size <= tol.price_abs or size <= base * tol.price_pct / _HUNDRED:
        return None
    return PRICE_OVER if diff > 0 else PRICE_UNDER


def _over(billed: Decimal, limit: Decimal, pct: Decimal) -> bool:
    return billed > limit + limit * pct / _HUNDRED


def _compare(
    title: str,
    currency: str | None,
    invoice_lines: list[LineItem],
    order_lines: list[POLine],
    policy: Policy,
    received: dict[int, Decimal] | None,
    both_ways: bool,
) -> VarianceReport:
    tol = policy.tolerances
    tolerance = f"{fmt_number(tol.price_pct)}% and {fmt_money(tol.price_abs)}; qty {fmt_number(tol.quantity_pct)}%"
    out: list[LineVariance] = []
    billed_amount = Decimal(0)
    used: set[int] = set()
    for match in match_po_lines(invoice_lines, order_lines):
        item, order = match.line, match.po_line
        qty, price = item.quantity, item.unit_price
        amount = (item.amount if item.amount is not None
                  else (qty * price if qty is not None and price is not None else Decimal(0)))
        billed_amount += amount
        if order is None:
            out.append(LineVariance(match.index, item.description, None, None, None, qty, None, price, None, None,
                                    tolerance, [UNMATCHED]))
            continue
        used.add(order.line_no)
        got = received.get(order.line_no, Decimal(0)) if received is not None else None
        diff = price - order.unit_price if price is not None else None
        verdicts: list[str] = []
        if diff is not None:
            verdict = _price_verdict(diff, order.unit_price, policy, both_ways)
            if verdict:
                verdicts.append(verdict)
        if qty is not None:
            if _over(qty, order.quantity, tol.quantity_pct):
                verdicts.append(QTY_OVER_ORDERED)
            elif both_ways and qty < order.quantity - order.quantity * tol.quantity_pct / _HUNDRED:
                verdicts.append(QTY_UNDER_ORDERED)
            if got is not None and _over(qty, got, tol.quantity_pct):
                verdicts.append(QTY_OVER_RECEIVED)
        out.append(LineVariance(match.index, item.description or order.description, order.line_no, order.quantity,
                                got, qty, order.unit_price, price, diff,
                                _pct(diff, order.unit_price) if diff is not None else None, tolerance, verdicts))
    for order in order_lines:
        if order.line_no not in used:
            got = received.get(order.line_no, Decimal(0)) if received is not None else None
            out.append(LineVariance(None, order.description, order.line_no, order.quantity, got, Decimal(0),
                                    order.unit_price, None, None, None, tolerance, [NOT_BILLED] if both_ways else []))
    ordered_amount = sum((o.quantity * o.unit_price for o in order_lines), Decimal(0))
    return VarianceReport(title, currency, out, ordered_amount, billed_amount)


def explain_po_variance(invoice: ExtractedInvoice, po: PurchaseOrder, policy: Policy) -> VarianceReport:
    """Every invoice line against its PO line (and every PO line not billed), in plain numbers.

    Verdicts follow the rules: price over tolerance when the unit price exceeds the PO price by
    more than BOTH price_pct and price_abs (prices below the PO are shown, not flagged); billed
    more than ordered / received beyond quantity_pct; lines on no PO line. PO lines not billed
    are listed with billed 0 and verdict ok (partial billing is normal for purchases).
    """
    received = {line.line_no: po.received(line.line_no) for line in po.lines}
    number = invoice.value("invoice_number") or "(no number)"
    report = _compare(f"Invoice {number} against purchase order {po.number}",
                      (invoice.value("currency") or po.currency or "").upper() or None,
                      invoice.line_items, po.lines, policy, received, both_ways=False)
    if (invoice.value("currency") or po.currency).strip().upper() != po.currency.strip().upper():
        report.notes.append(f"Note: the invoice is in {invoice.value('currency')}, the PO in {po.currency}.")
    return report


def _money_of(value: Any) -> Decimal | None:
    return to_decimal(value) if value is not None else None


def explain_order_variance(opportunity: dict[str, Any], erp_invoice: dict[str, Any], policy: Policy) -> VarianceReport:
    """A Closed Won CRM opportunity against its ERP invoice (shapes in the module docstring).

    Opportunity lines are "ordered", ERP invoice lines "billed" (paired by product name like PO
    lines by description); there are no receipts. Differences either way beyond tolerance are
    flagged, and an opportunity line missing from the invoice is "not billed".
    Example: opportunity Widget 10 x 25.00 vs invoice Widget 8 x 25.00 gives "billed less than
    ordered" on that line.
    """
    order_lines = [
        POLine(line_no=i, description=str(line.get("product", "")),
               quantity=_money_of(line.get("quantity")) or Decimal(0),
               unit_price=_money_of(line.get("unit_price")) or Decimal(0))
        for i, line in enumerate(opportunity.get("lines", []), start=1)
    ]
    invoice_lines = []
    for line in erp_invoice.get("lines", []):
        qty, price = _money_of(line.get("quantity")), _money_of(line.get("unit_price"))
        amount = _money_of(line.get("amount"))
        if amount is None and qty is not None and price is not None:
            amount = qty * price
        invoice_lines.append(LineItem(description=str(line.get("product", "")), quantity=qty, unit_price=price,
                                      amount=amount))
    title = (f"ERP invoice {erp_invoice.get('number', '(no number)')} against opportunity "
             f"{opportunity.get('id', '?')} ({opportunity.get('name', '')})")
    currency = (erp_invoice.get("currency") or opportunity.get("currency") or "").upper() or None
    report = _compare(title, currency, invoice_lines, order_lines, policy, None, both_ways=True)
    opp_cur, inv_cur = (opportunity.get("currency") or "").upper(), (erp_invoice.get("currency") or "").upper()
    if opp_cur and inv_cur and opp_cur != inv_cur:
        report.notes.append(f"Note: the opportunity is in {opp_cur}, the invoice in {inv_cur}.")
    stated = _money_of(erp_invoice.get("total"))
    if stated is not None and abs(stated - report.billed_amount) > policy.tolerances.rounding:
        report.notes.append(f"Note: the invoice states a total of {fmt_money(stated)}, its lines sum to "
                            f"{fmt_money(report.billed_amount)}.")
    return report
