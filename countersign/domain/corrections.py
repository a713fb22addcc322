"""A person's correction of a value read from an invoice, and how corrected values are normalized.

A correction records the old value, the new value, who made it, why and when (design.md's
`Correction`). It never edits an approved request: it supersedes the case's open proposal (whose
approvals then no longer count), and the case is validated again and proposed afresh, so what
posts is always exactly what was approved.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel

from countersign.domain.invoice import DATE_FIELDS, INVOICE_FIELDS, MONEY_FIELDS

# What a person may correct: the contract's fields, the bank account (the payment-fraud check
# reads it again; a corrected account is checked against the vendor master like a read one) and
# the vendor's address (what a new vendor's record starts from).
CORRECTABLE_FIELDS: tuple[str, ...] = (*INVOICE_FIELDS, "vendor_iban", "vendor_address")
MAX_VALUE = 255
MAX_REASON = 2000
_CURRENCY = re.compile(r"[A-Z]{3}")
_ID = re.compile(r"[A-Za-z0-9]{10,34}")


class Correction(BaseModel):
    """One field of one case set by a person: old value, new value, who, why, when, through what."""

    case_id: str
    field: str
    old_value: str | None
    new_value: str | None
    who: str
    why: str
    at: datetime
    channel: Literal["console", "slack", "cli"] = "cli"
    run: int = 0  # the case's run the correction started


class CorrectionError(ValueError):
    """A correction that cannot be taken as given; the message says why, for the person."""


def normalize_correction(field: str, raw: str | None) -> str | None:
    """The value as the case keeps it (the `extract --json` forms: amounts "1234.50", dates
    ISO, currency ISO 4217), or `CorrectionError`. An empty value clears the field."""
    if field not in CORRECTABLE_FIELDS:
        raise CorrectionError(f"{field!r} cannot be corrected; correctable: {', '.join(CORRECTABLE_FIELDS)}")
    value = " ".join(str(raw or "").split())
    if not value:
        return None
    if len(value) > MAX_VALUE:
        raise CorrectionError(f"{field}: at most {MAX_VALUE} characters")
    if field in MONEY_FIELDS:
        return _amount(field, value)
    if field in DATE_FIELDS:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise CorrectionError(f"{field}: {value!r} is not a date YYYY-MM-DD") from None
    if field == "currency":
        if not _CURRENCY.fullmatch(value.upper()):
            raise CorrectionError(f"currency: {value!r} is not a three-letter ISO 4217 code")
        return value.upper()
    if field == "vendor_iban":
        compact = value.replace(" ", "").upper()
        if not _ID.fullmatch(compact):
            raise CorrectionError("vendor_iban: 10 to 34 letters and digits")
        return compact
    return value


def _amount(field: str, value: str) -> str:
    text = value.replace(",", "").replace(" ", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise CorrectionError(f"{field}: {value!r} is not an amount like 1234.50") from None
    if not amount.is_finite() or abs(amount) >= Decimal("1e12"):
        raise CorrectionError(f"{field}: {value!r} is not an amount like 1234.50")
    return format(amount.quantize(Decimal("0.01")), "f")


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """`FIELD=VALUE` words (the CLI's form) as a mapping; `CorrectionError` for a word without '='
    or a field named twice."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CorrectionError(f"{pair!r}: write FIELD=VALUE (e.g. total=1296.00)")
        if name in out:
            raise CorrectionError(f"{name} is given twice")
        out[name] = value
    return out


def apply_corrections(extracted: dict[str, Any], corrections: list[Correction],
                      evidence: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The stored reading (`extract --json` form) with the corrected fields set: the new value at
    confidence 1.0, with the box where the value stands on the page when it was found there
    (`evidence`), else none. A new dict; the input is not changed."""
    fields = {name: dict(value) for name, value in (extracted.get("fields") or {}).items()}
    for correction in corrections:
        fields[correction.field] = {"value": correction.new_value, "confidence": 1.0,
                                    "evidence": list((evidence or {}).get(correction.field, []))}
    return {**extracted, "fields": fields}
