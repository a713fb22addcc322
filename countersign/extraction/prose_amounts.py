"""The sums a letter states in its sentences: "Der Nettobetrag von CHF 1'528.65 zuzüglich ... ergibt einen
Rechnungsbetrag von total CHF 1'585.63", "Our fees total K 1,832,000.00", "the fees total $1,832.00".

A paragraph of running text (lines of one segment each, close under one another, a dozen words at least) is read as
one run of words; an amount with cents in one word (not one grouped by spaces, "2 450,00") is a subtotal's or a
total's when the words just before it (past its money's code or sign) end in that field's label ("Nettobetrag von",
"Rechnungsbetrag von total", "fees total").
A tax's amount in a sentence is left to the sums: after a rate it may be the tax or the base it is levied on.
The candidates are rank 1, as the sentences' terms and orders are (`prose`): a label in a table or a totals block wins.
"""

from __future__ import annotations

import re

from countersign.extraction.candidate import Candidate
from countersign.extraction.cldr import currency_signs
from countersign.extraction.confidence import GOOD
from countersign.extraction.label_free_amounts import CENTS
from countersign.extraction.label_words import FILLER
from countersign.extraction.labels import LabelMatch, label_matches
from countersign.extraction.layout import Line, PageLayout, Word, join_words
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.values import CURRENCY_CODES, parse_amount

# (no tax: "MWST zu 2.6% auf CHF 1'215.15" names the base the tax is levied on, "VAT at 16.5% of K 302,280.00 is
# added" the tax itself)
_FIELDS = ("subtotal", "total")
_PARAGRAPH = 12  # words from which lines of one segment are running text
_BEFORE = 6  # words before an amount that may hold its label


def amounts_in_prose(pages: list[PageLayout], skip: set[int]) -> dict[str, list[Candidate]]:
    """subtotal and total candidates from the amounts a paragraph's sentences name."""
    found: dict[str, list[Candidate]] = {}
    for page in pages:
        for words in _paragraphs(page, skip):
            for i, word in enumerate(words):
                cand = _named_amount(words, i) if CENTS.search(word.text) else None
                if cand is not None:
                    found.setdefault(cand.field, []).append(cand)
    return found


def _paragraphs(page: PageLayout, skip: set[int]) -> list[list[Word]]:
    """The words of each run of lines of one segment each, close under one another, none of them skipped, that holds a
    dozen words at least."""
    runs: list[list[Line]] = []
    for line in page.lines:
        if len(line.segments) != 1 or any(w.id in skip for w in line.words):
            runs.append([])
            continue
        if runs and runs[-1] and line.y0 - runs[-1][-1].y1 < 1.2 * line.h:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [[w for ln in run for w in ln.words] for run in runs if sum(len(ln.words) for ln in run) >= _PARAGRAPH]


def _named_amount(words: list[Word], i: int) -> Candidate | None:
    """The candidate of the amount at `words[i]` when the words before it end in a subtotal's or a total's label
    ("Nettobetrag von CHF | 1'528.65"); None otherwise."""
    text = words[i].text.rstrip(".,;:)")
    parsed = parse_amount(text)
    if parsed is None:
        return None
    before = words[max(0, i - _BEFORE):i]
    if before and (before[-1].text in CURRENCY_CODES or before[-1].text in currency_signs()):
        before = before[:-1]  # its money: "CHF", "K", "€"
    for k in range(min(len(before), _BEFORE), 0, -1):
        said = join_words(before[-k:])
        for name, _, m in label_matches(said):
            if name in _FIELDS and _names_it(m, said[m.end():].split()):
                value = format(parsed[0], "f")
                return Candidate(name, 1, GOOD, value, [words[i]], before[-k:], f"{said} {words[i].text}",
                                 {"label": "prose"})
    return None


def _names_it(read: LabelMatch, after: list[str]) -> bool:
    """Whether a label read in a sentence names the amount right after it: a wording the lexicon knows whole, or two
    label words at least ("Nettobetrag", "fees total"; "un montant de", an amount of, names none), then at most two
    small words or "total" ("von", "de", "von total")."""
    return (isinstance(read, re.Match) or read.concepts >= 2) and len(after) <= 2 and all(
        w.casefold() in FILLER or concepts_of(w.casefold()) == ("TOTAL",) for w in after)
