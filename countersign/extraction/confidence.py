"""The confidence scale of a reading, and how a value becomes a reported field.

A value is reported at >= 0.9 only when it is well supported: a strong label right next to it, or
a cross-check that holds (subtotal + tax == total, quantity x unit price == amount, an IBAN's
checksum). A failed check lowers the confidence and adds a warning. OCR caps everything, because
its misreads of names and numbers are not caught by arithmetic.
"""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.domain import ExtractedInvoice, FieldValue
from countersign.extraction.layout import PageLayout, Word, evidence_of, join_words

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


# A tax named with a rate above zero: "VAT 14%", "MwSt. 19 %", "TVA 20,0 %", "IVA (21%)", "ضريبة ... 14%"
_TAX_RATE = re.compile(r"\b(?:vat|tax|mwst|ust|tva|iva|btw|gst|hst|pst|ppn|kdv|dph|ddv|pvm|áfa|afa|moms|alv|ндс|пдв|ддс"
                       r"|ضريبة)\b[^\n%]{0,30}?(?<![\d.,])(?:[1-9]\d?(?:[.,]\d+)?|0[.,]\d*[1-9]\d*)\s*%", re.IGNORECASE)


def total_without_its_tax(conf: dict[str, float], tax: Decimal | None, total: Decimal | None,
                          pages: list[PageLayout], warnings: list[str]) -> dict[str, float]:
    """The confidences below 0.9 for a total read with no tax when the page charges one at a rate ("VAT 14%"): the
    lines' sum that confirmed it may be the sales before the tax (a bilingual totals block the reader half read)."""
    if tax is not None or total is None or conf["total"] <= 0.8:
        return conf
    for line in (line for page in pages for line in page.lines):
        if m := _TAX_RATE.search(join_words(line.words)):
            warnings.append(f"the page prints a tax rate ({m.group(0)}) but no tax amount was read: the total is "
                            "unconfirmed")
            return {**conf, "total": min(conf["total"], 0.8)}
    return conf
