"""One value found for a field, with the label it was paired with: what every reader of the page proposes and
`pairing.choose` picks from."""

from __future__ import annotations

import dataclasses
import re

from countersign.extraction.layout import Word, join_words
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.values import parse_date


@dataclasses.dataclass
class Candidate:
    """One value found for a field, with the label it was paired with."""

    field: str
    rank: int  # label strength: 0 best
    strength: float  # pairing: inline/right 0.95, below 0.9
    value: str
    words: list[Word]
    label_words: list[Word]
    context: str = ""  # label + value text (currency, tax rate)
    extra: dict = dataclasses.field(default_factory=dict)  # `field` is a field name here

    @property
    def position(self) -> tuple[int, float, float]:
        w = self.words[0]
        return (w.page, w.y0, w.x0)


def after_on_its_page(first: tuple[int, float, float], then: tuple[int, float, float]) -> bool:
    """Whether the position `then` is printed after `first`, on `first`'s page (positions as `Candidate.position`)."""
    return then[0] == first[0] and then > first


def candidate(name: str, rank: int, strength: float, value: tuple[str, list[Word]], label_words: list[Word],
              context: str, extra: dict) -> Candidate:
    """A candidate for `name` from a validated value; a date notes whether it is ambiguous
    (03/04/2026: day and month could be swapped)."""
    if name in ("invoice_date", "due_date"):
        parsed = parse_date(join_words(value[1]))
        extra["ambiguous"] = bool(parsed and parsed[1])
    if name == "vendor_tax_id":  # "ИНН/КПП: 1655095728/165501001": the tax id is the first
        value = (first_of_two_ids(join_words(label_words), value[0]), value[1])
    return Candidate(name, rank, strength, value[0], value[1], label_words, context, extra)


_TWO_IDS = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")
_TWO_NUMBERS = re.compile(r"(\d{5,})\s*/\s*\d{5,}")


def first_of_two_ids(label: str, value: str) -> str:
    """The tax id of a label naming it and another register's number, slash-joined as their values are: "ИНН/КПП
    продавца: 1655095728/165501001" (a Russian company's tax number, then its registration reason code)."""
    names, numbers = _TWO_IDS.match(label), _TWO_NUMBERS.fullmatch(value)
    if names is None or numbers is None or concepts_of(names.group(1).lower()) != ("TAXID",) \
            or concepts_of(names.group(2).lower()) is not None:
        return value
    return numbers.group(1)
