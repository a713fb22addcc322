"""The confidence scale of a reading, and how a value becomes a reported field.

A value is reported at >= 0.9 only when it is well supported: a strong label right next to it, or
a cross-check that holds (subtotal + tax == total, quantity x unit price == amount, an IBAN's
checksum). A failed check lowers the confidence and adds a warning. OCR caps everything, because
its misreads of names and numbers are not caught by arithmetic.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from countersign.domain import ExtractedInvoice, FieldValue
from countersign.extraction.layout import PageLayout, Word, evidence_of, join_words
from countersign.extraction.values import plain_decimal

if TYPE_CHECKING:
    from countersign.extraction.candidate import Candidate

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


def check_sum(conf: dict[str, float], sub: Decimal | None, tax: Decimal | None,
               tot: Decimal | None, tax_c: Candidate | None, lines_sum: Decimal | None,
               lines_match_sub: bool, warnings: list[str]) -> dict[str, float]:
    """The confidences after subtotal + tax == total (or what confirms a total without them)."""
    if sub is not None and tax is not None and tot is not None:
        if abs(sub + tax - tot) <= TOLERANCE:
            # The arithmetic holds: even "Amount Due" (a weaker label) is the grand total.
            conf = {k: max(v, 0.97) if v >= 0.85 else v for k, v in conf.items()}
        else:
            warnings.append(
                f"subtotal {plain_decimal(sub)} + tax {plain_decimal(tax)} = {plain_decimal(sub + tax)}, "
                f"but the total reads {plain_decimal(tot)}"
            )
            conf["total"] = min(conf["total"], POOR)
            if not (lines_match_sub and tax and rate_matches(tax_c, sub, tax)):  # ("BTW 0%: 0,00" fits any net)
                conf["tax"] = min(conf["tax"], POOR)
            if not lines_match_sub:
                conf["subtotal"] = min(conf["subtotal"], POOR)
    elif tot is not None:
        # Not all three printed: the total stands only if something else confirms it.
        confirmed = (
            (sub is not None and tax is None and abs(sub - tot) <= TOLERANCE)
            or (lines_sum is not None and abs(lines_sum + (tax or 0) - tot) <= TOLERANCE)
        )
        if not confirmed and lines_sum is not None and abs(lines_sum - tot) <= TOLERANCE and tax_c is not None \
                and re.search(r"\binclu|\bincl\b", tax_c.extra.get("label", ""), re.IGNORECASE):
            confirmed = True  # "GST included in total": the items at their prices with the tax sum to the total
            conf["tax"] = min(conf["tax"], 0.85)  # (the tax itself unchecked)
        if not confirmed:
            conf = {k: min(v, 0.8) for k, v in conf.items()}
            missing = [n for n, v in (("subtotal", sub), ("tax", tax)) if v is None]
            warnings.append(
                "could not cross-check the total: " + " and ".join(missing) + " not found"
            )
    else:
        conf = {k: min(v, WEAK) for k, v in conf.items()}
        warnings.append("no total found")
    return conf


def rate_matches(tax_c: Candidate | None, sub: Decimal | None, tax: Decimal | None) -> bool:
    """The tax equals the rate printed in its label ("Tax (8%)") times the subtotal, to the cent."""
    if tax_c is None or sub is None or tax is None or not tax_c.extra.get("rate"):
        return False
    rate = Decimal(tax_c.extra["rate"].replace(",", ".")) / 100
    return abs(sub * rate - tax) <= TOLERANCE
