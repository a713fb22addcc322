"""Duplicates: the same bill must never be paid twice.

Rules: DUPLICATE_INVOICE (block: same vendor, same invoice number compared without case, spaces
or punctuation), DUPLICATE_DOCUMENT (block: same PDF content hash), DUPLICATE_LIKELY (review:
same vendor, same total, invoice dates within `checks.duplicate_window_days`, and invoice
numbers that differ only in leading zeros or by a single edit). All are checked against posted
bills and against other open cases.
Worked example (window 14 days): posted BILL-0001 is Acme's INV-1001 of 2026-10-05 for
1296.00. A new Acme invoice "INV 1001" is DUPLICATE_INVOICE; "INV-01001" or "INV-1011" dated
2026-10-12 for 1296.00 is DUPLICATE_LIKELY; "INV-1011" for 1296.01, or dated 2026-10-20, is
neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from countersign.domain import CaseFacts, Severity, Violation, fmt_money, normalize_invoice_number
from countersign.policies.rules._common import _day, _text, invoice_total
from countersign.policies.schema import Policy

# --------------------------------------------------------------------------- duplicates


def _other_open_cases(facts: CaseFacts) -> Iterable:
    return (case for case in facts.open_cases if case.case_id != facts.case_id)


def duplicate_invoice(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUPLICATE_INVOICE (block): the matched vendor already has a posted bill, or another open
    case, with the same invoice number compared without case, spaces or punctuation.

    Example: vendor V001 invoice "inv 1001" against posted BILL-0001 (V001, "INV-1001",
    2026-10-05, 1296.00): "Invoice inv 1001 from Acme Tools Ltd (V001) was already posted as
    BILL-0001 (invoice INV-1001 dated 2026-10-05, total 1296.00 USD)". The same number from
    another vendor is not a duplicate. The case's own entry in open_cases is ignored.
    """
    vendor = facts.vendor_match.vendor
    printed = _text(facts.invoice, "invoice_number")
    number = normalize_invoice_number(printed)
    if vendor is None or not number:
        return []
    out: list[Violation] = []
    for bill in facts.posted_bills:
        if bill.vendor_id == vendor.id and normalize_invoice_number(bill.invoice_number) == number:
            dated = f"dated {bill.invoice_date.isoformat()}" if bill.invoice_date else "undated"
            out.append(
                Violation(
                    code="DUPLICATE_INVOICE",
                    severity=Severity.BLOCK,
                    message=f"Invoice {printed} from {vendor.name} ({vendor.id}) was already posted as "
                    f"{bill.id} (invoice {bill.invoice_number} {dated}, total {fmt_money(bill.total)} "
                    f"{bill.currency}); paying it again would pay twice.",
                    evidence={
                        "invoice_number": printed,
                        "vendor_id": vendor.id,
                        "bill_id": bill.id,
                        "bill_invoice_number": bill.invoice_number,
                        "bill_invoice_date": bill.invoice_date.isoformat() if bill.invoice_date else None,
                        "bill_total": str(bill.total),
                    },
                )
            )
    for case in _other_open_cases(facts):
        if case.vendor_id == vendor.id and normalize_invoice_number(case.invoice_number) == number:
            total = f"total {fmt_money(case.total)}" if case.total is not None else "total unknown"
            out.append(
                Violation(
                    code="DUPLICATE_INVOICE",
                    severity=Severity.BLOCK,
                    message=f"Invoice {printed} from {vendor.name} ({vendor.id}) is already being "
                    f"processed in case {case.case_id} (invoice {case.invoice_number}, {total}).",
                    evidence={
                        "invoice_number": printed,
                        "vendor_id": vendor.id,
                        "case_id": case.case_id,
                        "case_invoice_number": case.invoice_number,
                        "case_total": str(case.total) if case.total is not None else None,
                    },
                )
            )
    return out


def duplicate_document(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUPLICATE_DOCUMENT (block): the document's sha256 equals the content hash of a posted
    bill or of another open case, whatever vendor or number was read from it.

    Example: the same PDF uploaded twice gives "This exact document (sha256 3f2a9c1e...) was
    already posted as BILL-0001 (invoice INV-1001 dated 2026-10-05, total 1296.00 USD)".
    """
    digest = (facts.invoice.document.sha256 or "").strip().lower()
    if not digest:
        return []
    short = digest[:12]
    out: list[Violation] = []
    for bill in facts.posted_bills:
        if bill.content_sha256 and bill.content_sha256.strip().lower() == digest:
            dated = f"dated {bill.invoice_date.isoformat()}" if bill.invoice_date else "undated"
            out.append(
                Violation(
                    code="DUPLICATE_DOCUMENT",
                    severity=Severity.BLOCK,
                    message=f"This exact document (sha256 {short}...) was already posted as {bill.id} "
                    f"(invoice {bill.invoice_number} {dated}, total {fmt_money(bill.total)} {bill.currency}).",
                    evidence={
                        "sha256": digest,
                        "bill_id": bill.id,
                        "bill_invoice_number": bill.invoice_number,
                        "bill_invoice_date": bill.invoice_date.isoformat() if bill.invoice_date else None,
                        "bill_total": str(bill.total),
                    },
                )
            )
    for case in _other_open_cases(facts):
        if case.content_sha256 and case.content_sha256.strip().lower() == digest:
            total = f"total {fmt_money(case.total)}" if case.total is not None else "total unknown"
            out.append(
                Violation(
                    code="DUPLICATE_DOCUMENT",
                    severity=Severity.BLOCK,
                    message=f"This exact document (sha256 {short}...) is already being processed in case "
                    f"{case.case_id} (invoice {case.invoice_number or 'unknown'}, {total}).",
                    evidence={
                        "sha256": digest,
                        "case_id": case.case_id,
                        "case_invoice_number": case.invoice_number,
                        "case_total": str(case.total) if case.total is not None else None,
                    },
                )
            )
    return out


_DIGIT_RUN = re.compile(r"\d+")
_WHY = {"leading zeros": "differing only in leading zeros", "one edit": "one edit apart"}


def strip_leading_zeros(normalized: str) -> str:
    """Leading zeros dropped from every run of digits: "INV00420" -> "INV420", "A0B007" -> "A0B7"."""
    return _DIGIT_RUN.sub(lambda m: m.group().lstrip("0") or "0", normalized)


def near_invoice_numbers(a: str | None, b: str | None) -> str | None:
    """Why two invoice numbers look like the same one mistyped, or None when they do not.

    Numbers are first normalized (`normalize_invoice_number`); equal normalized numbers are an
    exact duplicate, not a near one, and give None. Then: "leading zeros" when they are equal
    once leading zeros are dropped from digit runs (INV-0042 vs INV-42); "one edit" when one
    insertion, deletion, substitution or swap of neighbours turns one into the other
    (INV-1043 vs INV-1034, INV-1043 vs INV-10433).
    """
    na, nb = normalize_invoice_number(a), normalize_invoice_number(b)
    if not na or not nb or na == nb:
        return None
    if strip_leading_zeros(na) == strip_leading_zeros(nb):
        return "leading zeros"
    from rapidfuzz.distance import OSA  # here, not at import: read-only commands never compare numbers

    if OSA.distance(na, nb, score_cutoff=1) <= 1:
        return "one edit"
    return None


def duplicate_likely(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """DUPLICATE_LIKELY (review): a posted bill or another open case from the same vendor with
    the same total, an invoice date within checks.duplicate_window_days, and an invoice number
    that differs only in leading zeros or by one edit (see `near_invoice_numbers`).

    A date that is unknown on either side counts as within the window (a review costs a look; a
    missed duplicate costs a payment). Exact number matches are DUPLICATE_INVOICE's, not this
    rule's. Example (window 14): invoice INV-1011 of 2026-10-12 for 1296.00 against BILL-0001
    (INV-1001, 2026-10-05, 1296.00): "Invoice INV-1011 from Acme Tools Ltd (V001) looks like
    BILL-0001 (invoice INV-1001 dated 2026-10-05, total 1296.00 USD): same total, invoice
    dates 7 day(s) apart, numbers one edit apart". Dated 2026-10-20 (15 days) it passes.
    """
    vendor = facts.vendor_match.vendor
    printed = _text(facts.invoice, "invoice_number")
    total = invoice_total(facts.invoice)
    if vendor is None or printed is None or total is None:
        return []
    window = policy.checks.duplicate_window_days
    invoice_date = _day(facts.invoice, "invoice_date")

    def gap(other: date | None) -> int | None:
        return abs((invoice_date - other).days) if invoice_date and other else None

    out: list[Violation] = []

    def flag(label: str, number: str, other_date: date | None, other_total: str, why: str, evidence: dict) -> None:
        days = gap(other_date)
        dated = f"dated {other_date.isoformat()}" if other_date else "undated"
        apart = f"invoice dates {days} day(s) apart" if days is not None else "an invoice date unknown"
        out.append(
            Violation(
                code="DUPLICATE_LIKELY",
                severity=Severity.REVIEW,
                message=f"Invoice {printed} from {vendor.name} ({vendor.id}) looks like {label} (invoice "
                f"{number} {dated}, total {other_total}): same total, {apart} (window "
                f"{window} days), numbers {_WHY[why]}. "
                "Check it is not the same bill sent twice.",
                evidence={
                    "invoice_number": printed,
                    "vendor_id": vendor.id,
                    "total": str(total),
                    "invoice_date": invoice_date.isoformat() if invoice_date else None,
                    "other_invoice_number": number,
                    "other_invoice_date": other_date.isoformat() if other_date else None,
                    "days_apart": days,
                    "window_days": window,
                    "why": why,
                    **evidence,
                },
            )
        )

    for bill in facts.posted_bills:
        if bill.vendor_id != vendor.id or bill.total != total:
            continue
        days = gap(bill.invoice_date)
        if days is not None and days > window:
            continue
        why = near_invoice_numbers(printed, bill.invoice_number)
        if why:
            flag(bill.id, bill.invoice_number, bill.invoice_date, f"{fmt_money(bill.total)} {bill.currency}",
                 why, {"bill_id": bill.id})
    for case in _other_open_cases(facts):
        if case.vendor_id != vendor.id or case.total is None or case.total != total or not case.invoice_number:
            continue
        days = gap(case.invoice_date)
        if days is not None and days > window:
            continue
        why = near_invoice_numbers(printed, case.invoice_number)
        if why:
            flag(f"case {case.case_id} (still open)", case.invoice_number, case.invoice_date,
                 fmt_money(case.total), why, {"case_id": case.case_id})
    return out
