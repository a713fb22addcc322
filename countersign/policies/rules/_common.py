"""Shared helpers of the rule modules: reading fields, formatting numbers, pairing PO lines.

Nothing here is a rule. Helpers read a field as absent when it is blank or unreadable (the
`fields` rules report that), so every gap surfaces exactly once. Example:
`fmt_money(Decimal("89"))` is "89.00"; `fmt_pct(Decimal("11.235"))` is "+11.24%".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from countersign.domain import ExtractedInvoice, LineItem, POLine, to_decimal

REQUIRED_FIELDS: tuple[str, ...] = ("vendor_name", "invoice_number", "invoice_date", "currency", "total")

# Two descriptions are "the same item" when their normalized forms are at least this similar.
DESCRIPTION_MATCH_RATIO = 0.8

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


# --------------------------------------------------------------------------- small helpers


def fmt_money(amount: Decimal) -> str:
    """Money as a plain decimal string with at least two places: 89 -> "89.00", 3.125 -> "3.125"."""
    if amount.is_finite() and amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(CENT)
    return format(amount, "f")


def fmt_number(value: Decimal) -> str:
    """A quantity or percentage without trailing zeros: Decimal("10.00") -> "10", 2.50 -> "2.5"."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def fmt_pct(value: Decimal) -> str:
    """A signed percentage with two places: +11.24%."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):+f}%"


def normalize_iban(iban: str | None) -> str:
    """IBANs compared without case, spaces or punctuation ("gb82 west 1234..." == "GB82WEST1234...")."""
    return "".join(ch for ch in (iban or "").upper() if ch.isalnum())


def mask_iban(iban: str) -> str:
    """Everything but the last four characters hidden: GB82WEST12345698765432 -> ******************5432."""
    if len(iban) <= 4:
        return "*" * len(iban)
    return "*" * (len(iban) - 4) + iban[-4:]


def normalize_description(text: str | None) -> str:
    """Descriptions compared without case or punctuation: "A4 Copy-Paper (box)" -> "a4 copy paper box"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).split())


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


# --------------------------------------------------------------------------- line matching


@dataclass(frozen=True)
class LineMatch:
    """One invoice line (1-based `index`) and the PO line it was matched to, if any."""

    index: int
    line: LineItem
    po_line: POLine | None
    method: Literal["description", "position", "none"]


def match_po_lines(invoice_lines: Sequence[LineItem], po_lines: Sequence[POLine]) -> list[LineMatch]:
    """Pair invoice lines with PO lines, one to one.

    First by description: normalized (case- and punctuation-insensitive) descriptions whose
    difflib ratio is at least 0.8, best pairs first. Then by position for what is left: invoice
    line i takes PO line i when that PO line is still free. Anything else is unmatched.
    Example: invoice ["TONER CARTRIDGE", "A4 copy paper - box"] against PO lines
    [1 "A4 copy paper, box", 2 "Toner cartridge"] pairs 1->2 and 2->1 by description.
    """
    inv_norm = [normalize_description(line.description) for line in invoice_lines]
    po_norm = [normalize_description(line.description) for line in po_lines]
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(inv_norm):
        if not a:
            continue
        for j, b in enumerate(po_norm):
            if not b:
                continue
            ratio = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
            if ratio >= DESCRIPTION_MATCH_RATIO:
                candidates.append((ratio, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))

    paired: dict[int, tuple[int, Literal["description", "position"]]] = {}
    used_po: set[int] = set()
    for _, i, j in candidates:
        if i not in paired and j not in used_po:
            paired[i] = (j, "description")
            used_po.add(j)
    for i in range(len(invoice_lines)):
        if i not in paired and i < len(po_lines) and i not in used_po:
            paired[i] = (i, "position")
            used_po.add(i)

    matches: list[LineMatch] = []
    for i, line in enumerate(invoice_lines):
        if i in paired:
            j, method = paired[i]
            matches.append(LineMatch(i + 1, line, po_lines[j], method))
        else:
            matches.append(LineMatch(i + 1, line, None, "none"))
    return matches


