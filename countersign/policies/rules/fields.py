"""Completeness and arithmetic: the invoice must carry its key fields and add up.

Rules: REQUIRED_FIELD_MISSING and FIELD_UNREADABLE (block), TOTALS_MISMATCH (block),
LINES_SUM_MISMATCH and LINE_ARITHMETIC (review), EINVOICE_PAGE_MISMATCH (review).
Worked example (rounding tolerance 0.02): subtotal 1200.00 + tax 96.00 against a total of
1296.03 is off by 0.03, so TOTALS_MISMATCH blocks; 1296.02 passes. An e-invoice whose XML
disagrees with the printed page carries the extractor's warning "EINVOICE_PAGE_MISMATCH: total
1296.00 in the XML vs 1269.00 on the page", which becomes a review violation with that text.
"""

from __future__ import annotations

from decimal import Decimal

from countersign.domain import DATE_FIELDS, MONEY_FIELDS, CaseFacts, Severity, Violation, fmt_money, fmt_number
from countersign.policies.rules._common import REQUIRED_FIELDS, _day, _finite, _line_label, _money, _text
from countersign.policies.schema import Policy

# --------------------------------------------------------------------------- completeness


def required_fields(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """REQUIRED_FIELD_MISSING (block): vendor_name, invoice_number, invoice_date, currency and
    total must each have a non-blank value.

    Example: an invoice read with invoice_number "" and no total gives two violations, one for
    invoice_number and one for total; a bill cannot be drafted without them.
    """
    out: list[Violation] = []
    for name in REQUIRED_FIELDS:
        if _text(facts.invoice, name) is None:
            out.append(
                Violation(
                    code="REQUIRED_FIELD_MISSING",
                    severity=Severity.BLOCK,
                    message=f"Required field {name} has no value; it must be read from the document "
                    "or entered before a bill can be drafted.",
                    evidence={"field": name, "value": facts.invoice.value(name)},
                )
            )
    return out


def readable_fields(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """FIELD_UNREADABLE (block): a money field (subtotal, tax, total) that is present but not a
    finite decimal ("NaN" and "Infinity" included), or a date field (invoice_date, due_date)
    that is not an ISO date. (Line item numbers are already refused at parse time.)

    Example: total "1,296.OO" or invoice_date "05/10/2026" is refused; the other rules treat an
    unreadable value as absent, so without this rule such a value would pass unchecked.
    """
    out: list[Violation] = []
    invoice = facts.invoice
    for name in sorted(MONEY_FIELDS):
        raw = _text(invoice, name)
        if raw is not None and _money(invoice, name) is None:
            out.append(
                Violation(
                    code="FIELD_UNREADABLE",
                    severity=Severity.BLOCK,
                    message=f"Field {name} reads {raw!r}, which is not a decimal amount.",
                    evidence={"field": name, "value": raw},
                )
            )
    for name in sorted(DATE_FIELDS):
        raw = _text(invoice, name)
        if raw is not None and _day(invoice, name) is None:
            out.append(
                Violation(
                    code="FIELD_UNREADABLE",
                    severity=Severity.BLOCK,
                    message=f"Field {name} reads {raw!r}, which is not a date in YYYY-MM-DD form.",
                    evidence={"field": name, "value": raw},
                )
            )
    return out


# --------------------------------------------------------------------------- arithmetic


def totals_match(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """TOTALS_MISMATCH (block): subtotal + tax must equal total within tolerances.rounding.

    A missing tax counts as zero; without a subtotal or a total there is nothing to check.
    Example (rounding 0.02): 1200.00 + 96.00 vs total 1296.02 passes (exactly at tolerance);
    vs total 1296.03 fails: "Subtotal 1200.00 + tax 96.00 = 1296.00, but the invoice total is
    1296.03 (off by 0.03, tolerance 0.02)".
    """
    invoice = facts.invoice
    subtotal, tax, total = _money(invoice, "subtotal"), _money(invoice, "tax"), _money(invoice, "total")
    if subtotal is None or total is None:
        return []
    tax_shown = tax if tax is not None else Decimal(0)
    expected = subtotal + tax_shown
    diff = total - expected
    tolerance = policy.tolerances.rounding
    if abs(diff) <= tolerance:
        return []
    tax_text = f"tax {fmt_money(tax_shown)}" if tax is not None else "no tax (none read)"
    return [
        Violation(
            code="TOTALS_MISMATCH",
            severity=Severity.BLOCK,
            message=f"Subtotal {fmt_money(subtotal)} + {tax_text} = {fmt_money(expected)}, but the invoice "
            f"total is {fmt_money(total)} (off by {fmt_money(abs(diff))}, tolerance {fmt_money(tolerance)}).",
            evidence={
                "subtotal": str(subtotal),
                "tax": str(tax) if tax is not None else None,
                "total": str(total),
                "difference": str(diff),
                "tolerance": str(tolerance),
            },
        )
    ]


def lines_sum(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """LINES_SUM_MISMATCH (review): the line amounts must sum to the subtotal within
    tolerances.rounding (total minus tax when no subtotal was read).

    A line without an amount counts as quantity x unit price, or zero when that is unknown too.
    Example (rounding 0.02): lines 1290.00 + 245.00 against subtotal 1535.00 pass; against
    subtotal 1545.00 they fail: "Line amounts sum to 1535.00 over 2 lines, but the subtotal is
    1545.00 (off by 10.00, tolerance 0.02)".
    """
    invoice = facts.invoice
    lines = invoice.line_items
    if not lines:
        return []
    subtotal = _money(invoice, "subtotal")
    basis = "subtotal"
    if subtotal is None:
        total = _money(invoice, "total")
        if total is None:
            return []
        tax = _money(invoice, "tax") or Decimal(0)
        subtotal = total - tax
        basis = "total less tax"
    amount_sum = Decimal(0)
    without_amount = 0
    for line in lines:
        amount = _finite(line.amount)
        if amount is None:
            quantity, price = _finite(line.quantity), _finite(line.unit_price)
            if quantity is not None and price is not None:
                amount = quantity * price
            else:
                without_amount += 1
                amount = Decimal(0)
        amount_sum += amount
    diff = amount_sum - subtotal
    tolerance = policy.tolerances.rounding
    if abs(diff) <= tolerance:
        return []
    note = f"; {without_amount} line(s) carry no amount" if without_amount else ""
    return [
        Violation(
            code="LINES_SUM_MISMATCH",
            severity=Severity.REVIEW,
            message=f"Line amounts sum to {fmt_money(amount_sum)} over {len(lines)} line(s), but the "
            f"{basis} is {fmt_money(subtotal)} (off by {fmt_money(abs(diff))}, tolerance "
            f"{fmt_money(tolerance)}){note}.",
            evidence={
                "lines_sum": str(amount_sum),
                basis.replace(" ", "_"): str(subtotal),
                "line_count": len(lines),
                "difference": str(diff),
                "tolerance": str(tolerance),
            },
        )
    ]


def line_arithmetic(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """LINE_ARITHMETIC (review): on every line with quantity, unit price and amount,
    quantity x unit price must equal the amount within tolerances.rounding.

    Example (rounding 0.02): 10 x 24.50 with amount 245.02 passes; with amount 254.00 it fails:
    "Line 2 (Drill bit set): 10 x 24.50 = 245.00, but the line amount is 254.00 (off by 9.00,
    tolerance 0.02)".
    """
    out: list[Violation] = []
    tolerance = policy.tolerances.rounding
    for index, line in enumerate(facts.invoice.line_items, start=1):
        quantity, price, amount = _finite(line.quantity), _finite(line.unit_price), _finite(line.amount)
        if quantity is None or price is None or amount is None:
            continue
        expected = quantity * price
        diff = amount - expected
        if abs(diff) <= tolerance:
            continue
        out.append(
            Violation(
                code="LINE_ARITHMETIC",
                severity=Severity.REVIEW,
                message=f"{_line_label(index, line)}: {fmt_number(quantity)} x {fmt_money(price)} = "
                f"{fmt_money(expected)}, but the line amount is {fmt_money(amount)} (off by "
                f"{fmt_money(abs(diff))}, tolerance {fmt_money(tolerance)}).",
                evidence={
                    "line": index,
                    "description": line.description,
                    "quantity": str(quantity),
                    "unit_price": str(price),
                    "amount": str(amount),
                    "expected_amount": str(expected),
                    "tolerance": str(tolerance),
                },
            )
        )
    return out




# --------------------------------------------------------------------------- e-invoice vs page

EINVOICE_PAGE_MISMATCH_PREFIX = "EINVOICE_PAGE_MISMATCH:"


def einvoice_page_mismatch(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """EINVOICE_PAGE_MISMATCH (review): the extractor found the embedded e-invoice (XML) and the
    printed page disagreeing, and said so in a warning starting "EINVOICE_PAGE_MISMATCH:".

    The XML is what the ERP will book, the page is what a person reads; someone must decide
    which is right. One violation per such warning; the message carries the warning text.
    Example: warning "EINVOICE_PAGE_MISMATCH: total 1296.00 in the XML vs 1269.00 on page 1"
    gives "The embedded e-invoice and the printed page disagree: total 1296.00 in the XML vs
    1269.00 on page 1". Other warnings, or the prefix elsewhere in the text, are ignored.
    """
    out: list[Violation] = []
    for warning in facts.invoice.warnings:
        if not warning.startswith(EINVOICE_PAGE_MISMATCH_PREFIX):
            continue
        detail = warning[len(EINVOICE_PAGE_MISMATCH_PREFIX):].strip() or "(no detail given)"
        out.append(
            Violation(
                code="EINVOICE_PAGE_MISMATCH",
                severity=Severity.REVIEW,
                message=f"The embedded e-invoice and the printed page disagree: {detail}. Check which is "
                "right before approving; the bill is drafted from the e-invoice.",
                evidence={"warning": warning},
            )
        )
    return out
