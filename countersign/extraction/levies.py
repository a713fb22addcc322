"""Levies charged on the net before the VAT: the net, then taxes of a few percent on it, then the VAT on the
levy-inclusive value (Ghana's NHIL, GETFund and COVID-19 levies under its 15 % VAT). The levy-inclusive value and
the VAT add up to the total, so the totals block reads them as the subtotal and the tax; the invoice's net is the
amount before the levies, and its tax is the levies and the VAT together.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from countersign.domain import FieldValue
from countersign.extraction.confidence import TOLERANCE, field_value
from countersign.extraction.label_free_amounts import Amount, field_decimal, page_amounts
from countersign.extraction.layout import PageLayout, Word
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.values import plain_decimal

_LEVY_SHARE = Decimal("0.1")  # a levy is a few percent of the net
_LINES_ABOVE = 12  # the lines above the subtotal's that may print its net and levies
_BEFORE = 8  # words before a levy's amount that may name it ("Health Recovery Levy of 1% is GH₵ 410.40")


def net_before_levies(fields: dict[str, FieldValue], pages: list[PageLayout], skip: set[int],
                      warnings: list[str]) -> None:
    """The net before the levies and the levies with the VAT as the tax, in place, when the subtotal read is the net
    plus the amounts printed between them, each a few percent of the net beside a tax's word."""
    sub, tax, total = (field_decimal(fields.get(name)) for name in ("subtotal", "tax", "total"))
    if sub is None or tax is None or total is None or abs(sub + tax - total) > TOLERANCE:
        return
    near = _lines_up_to(pages, fields["subtotal"])
    if not any(_tax_word(w) for page in near for line in page.lines[:-1] for w in line.words if w.id not in skip):
        return  # no tax's word above the subtotal's line: no levy there (most pages: their items' table)
    amounts = page_amounts(near, skip)
    at = next((i for i, a in enumerate(amounts) if a.value == sub), None)
    if at is None:
        return
    words = [w for page in pages for line in page.lines for w in line.words]
    place = {w.id: i for i, w in enumerate(words)}
    for start in range(at - 2, max(-1, at - 8), -1):
        net, levies = amounts[start], amounts[start + 1:at]
        if net.value <= 0 or net.value + sum(a.value for a in levies) != sub or not all(
                0 < a.value <= _LEVY_SHARE * net.value and _named_a_tax(a, words, place) for a in levies):
            continue
        fields["subtotal"] = field_value(plain_decimal(net.value), fields["subtotal"].confidence, list(net.words))
        fields["tax"] = field_value(plain_decimal(total - net.value), fields["tax"].confidence,
                                    [w for a in levies for w in a.words])
        warnings.append(f"subtotal {plain_decimal(net.value)} before the levies of "
                        f"{plain_decimal(sub - net.value)}, which with the VAT make the tax")
        return


def _lines_up_to(pages: list[PageLayout], subtotal: FieldValue) -> list[PageLayout]:
    """The subtotal's page cut to the lines above it and its own, where its net and levies stand (reading the whole
    page's amounts for every invoice costs more than the rule is worth)."""
    where = subtotal.evidence[0] if subtotal.evidence else None
    page = next((p for p in pages if where is not None and p.number == where.page), None)
    if page is None or where is None or not where.bbox:
        return pages
    at = next((i for i, ln in enumerate(page.lines) if ln.y1 > where.bbox[1] + 1), len(page.lines))
    return [dataclasses.replace(page, lines=page.lines[max(0, at - _LINES_ABOVE):at + 1])]


def _named_a_tax(amount: Amount, words: list[Word], place: dict[int, int]) -> bool:
    """Whether a tax's word stands among the words before the amount ("(NHIL) of 2.5% is GH₵ 1,026.00")."""
    i = place[amount.words[0].id]
    return any(_tax_word(w) for w in words[max(0, i - _BEFORE):i])


def _tax_word(word: Word) -> bool:
    return any(concepts_of(token) == ("TAX",) for token in re.findall(r"[^\W\d_]+", word.text.lower()))
