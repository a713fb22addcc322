"""Purchase orders: two- and three-way match, and the PO's own limits.

Rules: PO_NOT_FOUND (review), PO_VENDOR_MISMATCH, PO_CLOSED, PO_CURRENCY_MISMATCH (block),
PO_PRICE_VARIANCE, PO_QUANTITY_VARIANCE, PO_LINE_UNMATCHED (review), PO_MISSING (review: no PO
cited above `checks.po_required_above`), PO_OVERBILLED (review: cumulative billed beyond ordered).
Worked example (default tolerances 5% / 1.00, quantity 0%): PO-2002 orders 6 toner cartridges at
89.00; an invoice for 6 at 99.00 is +11.24%, above 5% and 1.00, so PO_PRICE_VARIANCE. PO-2001
(1535.00 ordered) already billed 1000.00 by earlier bills, plus this invoice's 1535.00 net, is
2535.00 billed against 1535.00 ordered: PO_OVERBILLED.
"""

from __future__ import annotations

from decimal import Decimal

from countersign.domain import (
    HUNDRED,
    CaseFacts,
    Severity,
    Violation,
    fmt_money,
    fmt_number,
    fmt_pct,
    match_po_lines,
    normalize_invoice_number,
)
from countersign.policies.rules._common import _currency, _finite, _item_name, _money, _text, invoice_total
from countersign.policies.schema import Policy

# --------------------------------------------------------------------------- purchase order


def po_exists(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_NOT_FOUND (review): the invoice cites a PO number but no purchase order was found.

    Example: po_number "PO-9999" and purchase_order None: "The invoice cites purchase order
    PO-9999, but no such purchase order was found". An invoice citing no PO passes.
    """
    cited = _text(facts.invoice, "po_number")
    if cited is None or facts.purchase_order is not None:
        return []
    return [
        Violation(
            code="PO_NOT_FOUND",
            severity=Severity.REVIEW,
            message=f"The invoice cites purchase order {cited}, but no such purchase order was found; "
            "there is nothing to match prices and quantities against.",
            evidence={"po_number": cited},
        )
    ]


def po_vendor(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_VENDOR_MISMATCH (block): the purchase order belongs to another vendor.

    Example: PO-2002 (vendor V002) cited on an Acme Tools Ltd (V001) invoice: "PO-2002 belongs
    to vendor V002, not to the invoice's vendor Acme Tools Ltd (V001)".
    """
    po, vendor = facts.purchase_order, facts.vendor_match.vendor
    if po is None or vendor is None or po.vendor_id == vendor.id:
        return []
    return [
        Violation(
            code="PO_VENDOR_MISMATCH",
            severity=Severity.BLOCK,
            message=f"Purchase order {po.number} belongs to vendor {po.vendor_id}, not to the invoice's "
            f"vendor {vendor.name} ({vendor.id}).",
            evidence={"po_number": po.number, "po_vendor_id": po.vendor_id, "vendor_id": vendor.id},
        )
    ]


def po_open(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_CLOSED (block): the purchase order is closed.

    Example: PO-2001 with status closed: "Purchase order PO-2001 is closed; no further bills
    may be matched against it".
    """
    po = facts.purchase_order
    if po is None or po.status != "closed":
        return []
    return [
        Violation(
            code="PO_CLOSED",
            severity=Severity.BLOCK,
            message=f"Purchase order {po.number} is closed; no further bills may be matched against it.",
            evidence={"po_number": po.number, "po_status": po.status},
        )
    ]


def po_currency(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_CURRENCY_MISMATCH (block): the invoice currency differs from the PO currency
    (compared uppercase).

    Example: invoice in EUR against PO-2001 in USD: "The invoice is in EUR, but purchase order
    PO-2001 is in USD". "usd" against USD passes.
    """
    po = facts.purchase_order
    currency = _currency(facts.invoice)
    if po is None or currency is None or currency == po.currency.strip().upper():
        return []
    return [
        Violation(
            code="PO_CURRENCY_MISMATCH",
            severity=Severity.BLOCK,
            message=f"The invoice is in {currency}, but purchase order {po.number} is in {po.currency}.",
            evidence={"currency": currency, "po_number": po.number, "po_currency": po.currency},
        )
    ]


def po_price(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_PRICE_VARIANCE (review): an invoice line's unit price exceeds its PO line's price by
    more than BOTH tolerances.price_pct percent and tolerances.price_abs per unit.

    Lines are paired by `match_po_lines`. Prices below the PO are not flagged.
    Example (5% and 1.00) against PO-2002 toner at 89.00: 5% is 4.45, so 93.45 passes (exactly
    at tolerance) and 93.46 fails; 99.00 gives "Toner cartridge: invoiced 99.00 per unit vs
    PO-2002 price 89.00 (+11.24%, tolerance 5% and 1.00)". At 10.00 a unit, 10.95 is +9.5% but
    only 0.95 over, so it passes.
    """
    po = facts.purchase_order
    if po is None:
        return []
    tol = policy.tolerances
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        price = _finite(match.line.unit_price)
        if match.po_line is None or price is None:
            continue
        po_price_ = match.po_line.unit_price
        diff = price - po_price_
        if diff <= tol.price_abs or diff <= po_price_ * tol.price_pct / HUNDRED:
            continue
        pct = fmt_pct(diff / po_price_ * HUNDRED) if po_price_ else "from a zero price"
        out.append(
            Violation(
                code="PO_PRICE_VARIANCE",
                severity=Severity.REVIEW,
                message=f"{_item_name(match.index, match.line)}: invoiced {fmt_money(price)} per unit vs "
                f"{po.number} price {fmt_money(po_price_)} ({pct}, tolerance {fmt_number(tol.price_pct)}% "
                f"and {fmt_money(tol.price_abs)}).",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "po_number": po.number,
                    "po_line_no": match.po_line.line_no,
                    "matched_by": match.method,
                    "unit_price": str(price),
                    "po_unit_price": str(po_price_),
                    "difference": str(diff),
                    "price_pct": str(tol.price_pct),
                    "price_abs": str(tol.price_abs),
                },
            )
        )
    return out


def _over(billed: Decimal, limit: Decimal, pct: Decimal) -> bool:
    return billed > limit + limit * pct / HUNDRED


def _pct_over(billed: Decimal, base: Decimal) -> str:
    return fmt_pct((billed - base) / base * HUNDRED) if base else "nothing"


def po_quantity(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_QUANTITY_VARIANCE (review): an invoice line bills more than its PO line ordered, or
    more than has been received (three-way match), by more than tolerances.quantity_pct percent.

    One violation per line, naming every limit it exceeds. Where the ERP keeps no goods receipts
    (QuickBooks Online) only the ordered quantity is checked, and one PO_RECEIPTS_UNTRACKED (info)
    tells the approver that delivery was not matched.
    Example (0%): PO-2001 line 1 ordered 10, received 10: billing 10 passes, 10.01 fails;
    billing 12 gives "Cordless drill 18V: billed 12 vs PO-2001 line 1 ordered 10 (+20.00%) and
    received 10 (+20.00%), tolerance 0%". With nothing received yet any billed quantity fails.
    """
    po = facts.purchase_order
    if po is None:
        return []
    pct = policy.tolerances.quantity_pct
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        billed = _finite(match.line.quantity)
        if match.po_line is None or billed is None:
            continue
        ordered = match.po_line.quantity
        received = po.received(match.po_line.line_no) if po.receipts_tracked else None
        problems: list[str] = []
        if _over(billed, ordered, pct):
            problems.append(f"ordered {fmt_number(ordered)} ({_pct_over(billed, ordered)})")
        if received is not None and _over(billed, received, pct):
            if received:
                problems.append(f"received {fmt_number(received)} ({_pct_over(billed, received)})")
            else:
                problems.append("received 0 (nothing received yet)")
        if not problems:
            continue
        out.append(
            Violation(
                code="PO_QUANTITY_VARIANCE",
                severity=Severity.REVIEW,
                message=f"{_item_name(match.index, match.line)}: billed {fmt_number(billed)} vs {po.number} "
                f"line {match.po_line.line_no} {' and '.join(problems)}, tolerance {fmt_number(pct)}%.",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "po_number": po.number,
                    "po_line_no": match.po_line.line_no,
                    "matched_by": match.method,
                    "quantity": str(billed),
                    "ordered": str(ordered),
                    "received": str(received) if received is not None else None,
                    "quantity_pct": str(pct),
                },
            )
        )
    if not po.receipts_tracked and po.lines:
        out.append(Violation(
            code="PO_RECEIPTS_UNTRACKED", severity=Severity.INFO,
            message=f"The ERP keeps no goods receipts for {po.number}: billed quantities were checked against "
            "the ordered quantities only (two-way match). Confirm delivery before approving.",
            evidence={"po_number": po.number},
        ))
    return out


def po_lines_matched(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_LINE_UNMATCHED (review): an invoice line pairs with no PO line (see `match_po_lines`).

    Example: PO-2001 has two lines; an invoice with drill, drill bits and "Freight" leaves the
    third line unmatched: "Invoice line 3 (Freight, amount 25.00) matches no line on purchase
    order PO-2001".
    """
    po = facts.purchase_order
    if po is None:
        return []
    out: list[Violation] = []
    for match in match_po_lines(facts.invoice.line_items, po.lines):
        if match.po_line is not None:
            continue
        amount = _finite(match.line.amount)
        details = ", ".join(
            part
            for part in (match.line.description.strip(), f"amount {fmt_money(amount)}" if amount is not None else "")
            if part
        )
        shown = f" ({details})" if details else ""
        out.append(
            Violation(
                code="PO_LINE_UNMATCHED",
                severity=Severity.REVIEW,
                message=f"Invoice line {match.index}{shown} matches no line on purchase order {po.number}.",
                evidence={
                    "line": match.index,
                    "description": match.line.description,
                    "amount": str(amount) if amount is not None else None,
                    "po_number": po.number,
                },
            )
        )
    return out




def po_required(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_MISSING (review): the invoice cites no purchase order and its total is above
    checks.po_required_above (no limit when that is null).

    Example (limit 5000.00): a 4,999.99 invoice without a PO passes, and so does 5000.00
    (the limit is inclusive); 5000.01 gives "The invoice total 5000.01 is above 5000.00, the
    amount above which a purchase order is required, but the invoice cites none". An invoice
    citing a PO that cannot be found is PO_NOT_FOUND's, not this rule's.
    """
    limit = policy.checks.po_required_above
    total = invoice_total(facts.invoice)
    if limit is None or total is None or total <= limit:
        return []
    if _text(facts.invoice, "po_number") is not None or facts.purchase_order is not None:
        return []
    return [
        Violation(
            code="PO_MISSING",
            severity=Severity.REVIEW,
            message=f"The invoice total {fmt_money(total)} is above {fmt_money(limit)}, the amount above which "
            "a purchase order is required, but the invoice cites none; find the PO or confirm the "
            "purchase was authorised.",
            evidence={"total": str(total), "po_required_above": str(limit)},
        )
    ]


def po_ordered_amount(po) -> Decimal:
    """What the PO orders in total: the sum of quantity x unit price over its lines (net of tax)."""
    return sum((line.quantity * line.unit_price for line in po.lines), Decimal(0))


def po_overbilled(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """PO_OVERBILLED (review): what has been billed against the PO so far, plus this invoice,
    exceeds what the PO ordered by more than checks.po_overbill_pct percent (and rounding).
    Only cumulative billing is this rule's: with no earlier bill on the PO, a single invoice
    over the PO is already reported line by line (PO_PRICE_VARIANCE, PO_QUANTITY_VARIANCE).

    Approximation, documented: "ordered" is the sum of the PO lines' quantity x unit price,
    net of tax. "Billed" is, for each posted bill citing the PO (po_number compared like
    invoice numbers) other than a duplicate of this invoice, its net subtotal when the ledger
    knows it, else its total (which includes tax, so it can over-count by the tax rate: a
    review, never a block); for this invoice, the subtotal, else total less tax. Open cases
    are not counted (they are not billed yet). Line-level over-billing is PO_QUANTITY_VARIANCE's.
    Example: PO-2001 orders 1535.00; a posted bill of 1000.00 net plus this invoice's 1535.00
    gives "Billed against purchase order PO-2001: 2535.00 (1000.00 on 1 earlier bill(s) +
    1535.00 on this invoice), but it orders 1535.00 (over by 1000.00, +65.15%; tolerance 0%)".
    """
    po = facts.purchase_order
    if po is None or not po.lines:
        return []
    invoice = facts.invoice
    net = _money(invoice, "subtotal")
    if net is None:
        total = invoice_total(invoice)
        if total is None:
            return []
        net = total - (_money(invoice, "tax") or Decimal(0))
    key = normalize_invoice_number(po.number)
    this_number = normalize_invoice_number(_text(invoice, "invoice_number"))
    earlier = [
        bill
        for bill in facts.posted_bills
        if bill.po_number
        and normalize_invoice_number(bill.po_number) == key
        and not (this_number and normalize_invoice_number(bill.invoice_number) == this_number
                 and bill.vendor_id == po.vendor_id)
    ]
    if not earlier:
        return []
    earlier_sum = sum((b.subtotal if b.subtotal is not None else b.total for b in earlier), Decimal(0))
    billed = earlier_sum + net
    ordered = po_ordered_amount(po)
    pct = policy.checks.po_overbill_pct
    allowed = ordered + ordered * pct / HUNDRED + policy.tolerances.rounding
    if billed <= allowed:
        return []
    over = billed - ordered
    share = fmt_pct(over / ordered * HUNDRED) if ordered else "from nothing ordered"
    return [
        Violation(
            code="PO_OVERBILLED",
            severity=Severity.REVIEW,
            message=f"Billed against purchase order {po.number}: {fmt_money(billed)} ({fmt_money(earlier_sum)} on "
            f"{len(earlier)} earlier bill(s) + {fmt_money(net)} on this invoice), but it orders "
            f"{fmt_money(ordered)} (over by {fmt_money(over)}, {share}; tolerance {fmt_number(pct)}%).",
            evidence={
                "po_number": po.number,
                "ordered": str(ordered),
                "billed_before": str(earlier_sum),
                "this_invoice_net": str(net),
                "billed_total": str(billed),
                "earlier_bills": [b.id for b in earlier],
                "po_overbill_pct": str(pct),
            },
        )
    ]
