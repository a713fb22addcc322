"""Line items a letter states in sentences, one bulleted line each: "– frais de manutention portuaire : 5 conteneurs
à 140 050 FCFA, soit 700 250 FCFA ;", "- Site survey: 3 days at $850.00 each, that is $2,550.00".

Why: a business letter lists what it bills in running text, with no table, so neither the table reader nor the
column or receipt fallbacks find an item. An item is read only when its sentence's arithmetic holds: a quantity, the
word for "at" and a unit price, then the amount that quantity times price makes (to the cent). The reader tries this
when no other reader found any item; such items are never reported as sure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.domain import LineItem
from countersign.extraction.confidence import TOLERANCE
from countersign.extraction.label_free_amounts import (
    CENTS,
    FALLBACK,
    cents_amount_from,
    money_follows,
    whole_with_money,
)
from countersign.extraction.layout import Line, PageLayout, Word, evidence_of, join_words
from countersign.extraction.prose_amounts import paragraphs
from countersign.extraction.values import parse_amount, parse_number

_BULLET = frozenset("– - — • · * ▪ ●".split())
_AT = frozenset(("à", "a", "at", "@", "x", "×", "zu", "a'", "por", "per"))  # quantity AT unit price
_PRICE = frozenset(("prix", "price", "preço", "preco", "precio", "prezzo", "preis"))  # "au prix unitaire de 905 F CFA"
_QUANTITY = re.compile(r"\d{1,5}(?:[.,]\d{1,3})?")
_AND = frozenset(("and", "y", "e", "et", "und", "en", "i", "og", "och", "ja", "és", "și", "и", "і"))


def sentence_items(pages: list[PageLayout]) -> tuple[list[LineItem], set[int]]:
    """The items of every bulleted line (with the lines its sentence wraps onto) whose quantity times unit price
    makes its amount, and the ids of their words; else those a paragraph lists clause by clause (`_clauses`); ([],
    set()) when there is none."""
    items: list[LineItem] = []
    used: set[int] = set()
    for page in pages:
        for i, line in enumerate(page.lines):
            if line.words[0].text in _BULLET and len(line.words) > 3:
                words = _sentence(page.lines, i)
                item = _item(words)
                if item is not None:
                    items.append(item)
                    used.update(w.id for w in words)
    if items:
        return items, used
    for page in pages:
        for paragraph in paragraphs(page, set()):
            for clause in _clauses(paragraph):
                if (item := _item(clause, opening=None)) is not None:
                    items.append(item)
                    used.update(w.id for w in clause)
    return items, used


def _clauses(words: list[Word]) -> list[list[Word]]:
    """A paragraph's clauses that may each state an item: cut after a semicolon, and before "and" (in the languages
    read) when a quantity follows it ("... at AMD 8,500 each, AMD 170,000; 40 packed lunches at ..., AMD 120,000 and 19
    cooking classes at ...")."""
    out: list[list[Word]] = [[]]
    for k, w in enumerate(words):
        if w.text.casefold() in _AND and k + 1 < len(words) and _QUANTITY.fullmatch(words[k + 1].text) and out[-1]:
            out.append([])
            continue
        out[-1].append(w)
        if w.text.endswith(";") or w.text.endswith(".") and k + 1 < len(words) and words[k + 1].text[:1].isupper():
            out.append([])  # (a sentence's end too: "... order No. CDT-7038. The invoice covers 20 dinners at ...")
    return [c for c in out if len(c) > 3]


def _sentence(lines: list[Line], i: int) -> list[Word]:
    """A bulleted line's words and those of the lines its sentence wraps onto: close under it, right of its bullet,
    up to the next bullet or a line that ends the sentence."""
    words = list(lines[i].words)
    for below in lines[i + 1:i + 4]:
        if words[-1].text.endswith((";", ".")) or below.y0 - lines[i].y1 > 2.5 * below.h \
                or below.words[0].text in _BULLET or below.words[0].x0 < lines[i].words[0].x0:
            break
        words += below.words
    return words


def _item(words: list[Word], opening: int | None = 1) -> LineItem | None:
    """The item one bulleted sentence states (its first word after the bullet `opening`), or a clause of a paragraph
    (`opening` None: its first quantity before the "at" opens it), if its arithmetic holds."""
    amounts = _amounts(words)
    for (p_start, _, price), (_, _, amount) in zip(amounts, amounts[1:], strict=False):
        at = next((k for k in range(p_start - 1, max(p_start - 5, 1), -1)
                   if words[k].text.lower() in _AT | _PRICE), None)  # "à", "at $", "au prix unitaire de"
        if at is None:
            continue
        if opening is None:  # "The invoice covers 20 dinners with local wine at AMD 8,500 each, AMD 170,000;"
            q = next((k for k in range(at) if _QUANTITY.fullmatch(words[k].text)), None)
            first = False
        else:
            q = next((k for k in (at - 1, at - 2, at - 3) if k >= 1 and _QUANTITY.fullmatch(words[k].text)), None)
            first = q is None and _QUANTITY.fullmatch(words[1].text) is not None  # "– 20 horas de consultoria a"
            q = 1 if first else q
        qty = parse_number(words[q].text) if q is not None else None
        if q is None or qty is None or not qty or abs(qty * price - amount) > TOLERANCE:
            continue
        said = words[q + 1:at] if opening is None else words[2:at] if first else words[1:q]
        desc = join_words(said).strip(" :–-—,×")
        if sum(ch.isalpha() for ch in desc) < 3:
            return None
        return LineItem(description=desc, quantity=qty, unit_price=price, amount=amount, confidence=FALLBACK,
                        evidence=evidence_of(words))
    return None


def _amounts(words: list[Word]) -> list[tuple[int, int, Decimal]]:
    """(first word, last word, value) of each amount in the sentence: with its cents, or whole and grouped by spaces
    with its money named after it ("140 050 FCFA")."""
    out: list[tuple[int, int, Decimal]] = []
    for i, word in enumerate(words):
        if out and i <= out[-1][1]:
            continue
        start = cents_amount_from(words, i) if CENTS.search(word.text) else whole_with_money(words, i)
        if start is None and re.fullmatch(r"\d{1,3}", word.text) and i + 1 < len(words) \
                and whole_with_money(words, i + 1) is None and money_follows(words, i):
            start = i  # "270 976 FCFA" read from its last group; "976 FCFA" alone: a whole amount under 1 000
        if start is None:
            continue
        parsed = parse_amount(join_words(words[start:i + 1]).strip(".,;:"))
        if parsed is not None:
            out = [a for a in out if a[1] < start] + [(start, i, parsed[0])]
    return out

