"""Shared helpers of the rule modules: reading an invoice's fields as the rules need them.

Nothing here is a rule. Helpers read a field as absent when it is blank or unreadable (the
`fields` rules report that), so every gap surfaces exactly once. Formatting, normalizing and
PO-line pairing are domain values (`countersign.domain`), shared with the tools.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from countersign.domain import ExtractedInvoice, LineItem, to_decimal

REQUIRED_FIELDS: tuple[str, ...] = ("vendor_name", "invoice_number", "invoice_date", "currency", "total")


def mask_iban(iban: str) -> str:
    """Everything but the last four characters hidden: GB82WEST12345698765432 -> ******************5432."""
    if len(iban) <= 4:
        return "*" * len(iban)
    return "*" * (len(iban) - 4) + iban[-4:]


def _text(invoice: ExtractedInvoice, name: str) -> str | None:
    """A field's value stripped; None when absent or blank."""
    raw = invoice.value(name)
    if raw is None:
        return None
    raw = raw.strip()
    return raw or None


def _finite(value: Decimal | None) -> Decimal | None:
    return value if value is not None and value.is_finite() else None


def _money(invoice: ExtractedInvoice, name: str) -> Decimal | None:
    """A money field as Decimal; None when absent or unreadable (reported by `readable_fields`)."""
    raw = _text(invoice, name)
    if raw is None:
        return None
    try:
        return _finite(to_decimal(raw))
    except (ValueError, TypeError, InvalidOperation):
        return None


def invoice_total(invoice: ExtractedInvoice) -> Decimal | None:
    """The invoice total as Decimal; None when absent or unreadable."""
    return _money(invoice, "total")


def _day(invoice: ExtractedInvoice, name: str) -> date | None:
    """A date field; None when absent or unreadable (reported by `readable_fields`)."""
    raw = _text(invoice, name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _currency(invoice: ExtractedInvoice) -> str | None:
    raw = _text(invoice, "currency")
    return raw.upper() if raw else None


def _line_label(index: int, line: LineItem) -> str:
    return f"Line {index} ({line.description})" if line.description.strip() else f"Line {index}"


def _item_name(index: int, line: LineItem) -> str:
    return line.description.strip() or f"Invoice line {index}"
