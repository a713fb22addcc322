"""Dates: an invoice dated in the future, due before it was issued, or too old, needs a look;
early-payment discount terms are worth noticing.

Rules: DATE_IN_FUTURE, DUE_BEFORE_INVOICE, INVOICE_TOO_OLD (review), EARLY_PAYMENT_DISCOUNT (info).
Worked example (today 2026-11-20, age limit 180 days): an invoice dated 2026-05-24 is 180 days
old and passes; 2026-05-23 (181 days) gives INVOICE_TOO_OLD. Terms "2/10 Net 30" on an invoice
of 2026-11-10 for 1657.80 give EARLY_PAYMENT_DISCOUNT: pay by 2026-11-20 to take 2% (33.16).
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from countersign.domain import CENT, HUNDRED, CaseFacts, Severity, Violation, fmt_money, fmt_number
from countersign.policies.rules._common import _day, _text, invoice_total
from countersign.policies.schema import Policy

# --------------------------------------------------------------------------- dates


def invoice_date_not_future(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DATE_IN_FUTURE (review): the invoice date is after today (facts.today).

    Example (today 2026-11-20): invoice dated 2026-11-20 passes, 2026-11-21 fails: "Invoice
    date 2026-11-21 is after today, 2026-11-20".
    """
    invoice_date = _day(facts.invoice, "invoice_date")
    if invoice_date is None or invoice_date <= facts.today:
        return []
    return [
        Violation(
            code="DATE_IN_FUTURE",
            severity=Severity.REVIEW,
            message=f"Invoice date {invoice_date.isoformat()} is after today, {facts.today.isoformat()} "
            f"({(invoice_date - facts.today).days} day(s) ahead).",
            evidence={"invoice_date": invoice_date.isoformat(), "today": facts.today.isoformat()},
        )
    ]


def due_after_invoice(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUE_BEFORE_INVOICE (review): the due date is before the invoice date.

    Example: invoice 2026-11-10 due 2026-11-10 passes (due on receipt); due 2026-11-09 fails:
    "Due date 2026-11-09 is before the invoice date 2026-11-10".
    """
    invoice_date, due_date = _day(facts.invoice, "invoice_date"), _day(facts.invoice, "due_date")
    if invoice_date is None or due_date is None or due_date >= invoice_date:
        return []
    return [
        Violation(
            code="DUE_BEFORE_INVOICE",
            severity=Severity.REVIEW,
            message=f"Due date {due_date.isoformat()} is before the invoice date {invoice_date.isoformat()} "
            f"({(invoice_date - due_date).days} day(s) earlier).",
            evidence={"invoice_date": invoice_date.isoformat(), "due_date": due_date.isoformat()},
        )
    ]


def invoice_not_too_old(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """INVOICE_TOO_OLD (review): the invoice date is more than checks.max_invoice_age_days
    before today (facts.today); no limit when that is null.

    Old invoices are often re-sent copies of bills already paid, or outside the period being
    closed. Example (180 days, today 2026-11-20): 2026-05-24 passes (180 days), 2026-05-23
    gives "Invoice date 2026-05-23 is 181 days before today, 2026-11-20; the limit is 180 days".
    """
    limit = policy.checks.max_invoice_age_days
    invoice_date = _day(facts.invoice, "invoice_date")
    if limit is None or invoice_date is None:
        return []
    age = (facts.today - invoice_date).days
    if age <= limit:
        return []
    return [
        Violation(
            code="INVOICE_TOO_OLD",
            severity=Severity.REVIEW,
            message=f"Invoice date {invoice_date.isoformat()} is {age} days before today, {facts.today.isoformat()}; "
            f"the limit is {limit} days. Check it was not paid already and belongs in an open period.",
            evidence={"invoice_date": invoice_date.isoformat(), "today": facts.today.isoformat(),
                      "age_days": age, "max_invoice_age_days": limit},
        )
    ]


TERMS_FIELDS: tuple[str, ...] = ("payment_terms", "terms")

# "2/10 Net 30", "2/10 N30", "2/10, n/30", "2% 10 days net 30", "2% 10 Tage, 30 Tage netto"
_DISCOUNT_TERMS = re.compile(
    r"(?P<pct>\d+(?:[.,]\d+)?)\s*(?P<sep>%|/)\s*(?P<days>\d{1,3})(?:\s*(?:days?|tage|jours))?"
    r"(?:[\s,;]+(?:net|n)\s*/?\s*(?P<net>\d{1,3}))?",
    re.IGNORECASE,
)


def parse_discount_terms(terms: str | None) -> tuple[Decimal, int, int | None] | None:
    """(percent, discount days, net days or None) from early-payment terms, or None.

    Example: "2/10 Net 30" -> (2, 10, 30); "1.5% 15 days net 45" -> (1.5, 15, 45);
    "2% 10 days" -> (2, 10, None); "Net 30" -> None. A bare "2/10" (could be a date) is not
    read as terms without its net part; a percent of 0 or above 50 is not a discount.
    """
    if not terms:
        return None
    match = _DISCOUNT_TERMS.search(terms)
    if not match:
        return None
    pct = Decimal(match.group("pct").replace(",", "."))
    days = int(match.group("days"))
    net = int(match.group("net")) if match.group("net") else None
    if match.group("sep") == "/" and net is None:
        return None
    if not (Decimal(0) < pct <= Decimal(50)) or days == 0 or (net is not None and net < days):
        return None
    return pct, days, net


def early_payment_discount(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """EARLY_PAYMENT_DISCOUNT (info): the payment terms offer a discount for paying early.

    Read from a `payment_terms` (or `terms`) field when the extractor reports one; otherwise
    there is nothing to notice. Example: terms "2/10 Net 30", invoice 2026-11-10, total
    1657.80: "Terms 2/10 Net 30: paying by 2026-11-20 (10 days after the invoice date) saves
    2% (33.16 of 1657.80); otherwise due net in 30 days".
    """
    terms = next((t for t in (_text(facts.invoice, name) for name in TERMS_FIELDS) if t), None)
    parsed = parse_discount_terms(terms)
    if parsed is None:
        return []
    pct, days, net = parsed
    invoice_date = _day(facts.invoice, "invoice_date")
    total = invoice_total(facts.invoice)
    by = f" by {(invoice_date + timedelta(days=days)).isoformat()}" if invoice_date else ""
    saving = (total * pct / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP) if total is not None else None
    saves = f" ({fmt_money(saving)} of {fmt_money(total)})" if saving is not None and total is not None else ""
    net_text = f"; otherwise due net in {net} days" if net else ""
    return [
        Violation(
            code="EARLY_PAYMENT_DISCOUNT",
            severity=Severity.INFO,
            message=f"Terms {terms}: paying{by} ({days} days after the invoice date) saves {fmt_number(pct)}%"
            f"{saves}{net_text}.",
            evidence={
                "terms": terms,
                "discount_pct": str(pct),
                "discount_days": days,
                "net_days": net,
                "pay_by": (invoice_date + timedelta(days=days)).isoformat() if invoice_date else None,
                "discount_amount": str(saving) if saving is not None else None,
            },
        )
    ]
