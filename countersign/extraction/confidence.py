"""The confidence scale of a reading, and how a value becomes a reported field.

A value is reported at >= 0.9 only when it is well supported: a strong label right next to it, or
a cross-check that holds (subtotal + tax == total, quantity x unit price == amount, an IBAN's
checksum). A failed check lowers the confidence and adds a warning. OCR caps everything, because
its misreads of names and numbers are not caught by arithmetic.
"""

from __future__ import annotations

from decimal import Decimal

from countersign.domain import ExtractedInvoice, FieldValue
from countersign.extraction.layout import Word, evidence_of

TOLERANCE = Decimal("0.01")  # money cross-checks hold to the cent
HIGH, GOOD, WEAK, POOR = 0.95, 0.9, 0.7, 0.6
OCR_CONFIDENCE_CAP = 0.85  # OCR misreads of names and numbers are not caught by arithmetic checks


def field_value(value: str | None, confidence: float, words: list[Word],
                text: str | None = None) -> FieldValue:
    """The reported field: the value, its confidence to two places, and where it was read.
    No value is an empty field (confidence 0, no evidence)."""
    if value is None:
        return FieldValue()
    return FieldValue(value=value, confidence=round(confidence, 2), evidence=evidence_of(words, text))


def cap_confidence(result: ExtractedInvoice, cap: float) -> None:
    """Lower every field's and line item's confidence to at most `cap`, in place."""
    for value in result.fields.values():
        value.confidence = min(value.confidence, cap)
    for line in result.line_items:
        line.confidence = min(line.confidence, cap)
