"""Line items found without a table: a receipt's "2 x 4.50" lines, and amount-only rows above the subtotal that
add up to it. The reader tries these when no table of items was found (reader.py); values found so are never
reported as sure."""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.confidence import TOLERANCE
from countersign.extraction.fallbacks import CENTS, FALLBACK, field_decimal
from countersign.extraction.labels import line_has_label
from countersign.extraction.layout import PageLayout, Word, evidence_of, join_words
from countersign.extraction.values import parse_amount, parse_number

# --------------------------------------------------------------------------- receipt items

_TIMES = re.compile(r"(?P<qty>\d{1,5}(?:[.,]\d{1,3})?)\s*(?:[x×*]|@)\s*(?P<price>[^\s]+(?:\s[A-Z]{3})?)$", re.I)


def receipt_items(pages: list[PageLayout]) -> tuple[list[LineItem], set[int]]:
    """Items of a page with no table: lines ending "quantity x price amount" where the product
    holds to the cent; the description is the text before the quantity, else the line above
    when it holds no amount. Returns the items (at 0.85) and their words' ids."""
    items: list[LineItem] = []
    used: set[int] = set()
    for page in pages:
        for line in page.lines:
            found = _times_line(line.words)
            if found is None:
                continue
            qty, price, amount, start = found
            desc_words = line.words[:start]
            prev = page.lines[line.index - 1] if line.index else None
            if not desc_words and prev is not None and line.y0 - prev.y1 < 2 * line.h \
                    and not CENTS.search(join_words(prev.words)):
                desc_words = prev.words
            words = desc_words + line.words
            items.append(LineItem(description=join_words(desc_words), quantity=qty, unit_price=price, amount=amount,
                                  confidence=FALLBACK, evidence=evidence_of(words)))
            used.update(w.id for w in words)
    return (items, used) if len(items) >= 1 else ([], set())


def _times_line(words: list[Word]) -> tuple[Decimal, Decimal, Decimal, int] | None:
    """(quantity, unit price, amount, index of the quantity's word) of "... 2 x 12.50 25.00"."""
    if len(words) > 3 and re.fullmatch(r"[A-Z]", words[-1].text):
        words = words[:-1]  # "4 x 6,00  24,00 A": the till's letter for the tax rate after the amount
    if len(words) < 3:
        return None
    last = parse_amount(words[-1].text)
    if last is None or not CENTS.search(words[-1].text):
        return None
    for start in range(len(words) - 2, -1, -1):
        m = _TIMES.fullmatch(join_words(words[start:-1]))
        if m is None:
            continue
        qty, price = parse_number(m.group("qty")), parse_amount(m.group("price"))
        if qty is None or price is None or abs(qty * price[0] - last[0]) > TOLERANCE:
            return None
        return qty, price[0], last[0], start
    return None


def summed_items(pages: list[PageLayout], fields: dict[str, FieldValue]) -> list[LineItem]:
    """Items read from the lines right above the subtotal (else the total): each a text and an
    amount with cents, no label, going up until their amounts sum to the subtotal or the total;
    two lines at least, a line with no amount between them passed over. [] when no such run exists."""
    for name in ("subtotal", "total"):
        field = fields.get(name, FieldValue())
        if field.value is None or not field.evidence or not field.evidence[0].bbox:
            continue
        target, where = Decimal(field.value), field.evidence[0]
        targets = {target, field_decimal(fields.get("total")) or target}
        page = pages[where.page - 1] if 0 < where.page <= len(pages) else None
        if page is None:
            continue
        rows: list[tuple[str, Decimal, list[Word]]] = []
        totals = _field_boxes(fields)
        for line in reversed([ln for ln in page.lines if ln.y1 <= where.bbox[1] + 1]):
            n = 2 if len(line.words) > 2 and not CENTS.search(line.words[-1].text) else 1  # "4,50 EUR"
            last = join_words(line.words[-n:])
            parsed = parse_amount(last) if CENTS.search(last) else None
            desc = join_words(line.words[:-n]).strip()
            if parsed is None and rows and not CENTS.search(join_words(line.words)):
                continue  # a line with no amount under an item ("TVA 12 %", the rest of its text): passed over
            if parsed is None or sum(ch.isalpha() for ch in desc) < 3 or line_has_label(line) \
                    or _box(line.words[-n:]) in totals:  # the subtotal or tax read there: no item
                if rows:
                    break
                continue
            rows.insert(0, (desc, parsed[0], line.words))
            if len(rows) >= 2 and sum((r[1] for r in rows), Decimal(0)) in targets:
                return [LineItem(description=d, amount=a, confidence=0.8, evidence=evidence_of(w)) for d, a, w in rows]
    return []


def _field_boxes(fields: dict[str, FieldValue]) -> set[tuple[int, int, int]]:
    """(page, top, bottom) of where the subtotal, tax and total were read."""
    return {(ev.page, round(ev.bbox[1]), round(ev.bbox[3])) for name in ("subtotal", "tax", "total")
            for ev in fields.get(name, FieldValue()).evidence if ev.bbox}


def _box(words: list[Word]) -> tuple[int, int, int]:
    return words[0].page, round(min(w.y0 for w in words)), round(max(w.y1 for w in words))
