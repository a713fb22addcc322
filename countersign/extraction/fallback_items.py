"""Line items found without a table: a receipt's "2 x 4.50" lines, a till roll's items that open with their
quantity ("2 x Raclette   70.00" / "à 35.00"), and amount-only rows above the subtotal that add up to it. The
reader tries these when no table of items was found (reader.py); values found so are never reported as sure."""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.confidence import TOLERANCE
from countersign.extraction.label_free_amounts import CENTS, FALLBACK, field_decimal
from countersign.extraction.labels import line_has_label
from countersign.extraction.layout import Line, PageLayout, Word, evidence_of, join_words
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
    if not items:
        items, used = _quantity_first_items(pages)
    return (items, used) if len(items) >= 1 else ([], set())


def _times_line(words: list[Word]) -> tuple[Decimal, Decimal, Decimal, int] | None:
    """(quantity, unit price, amount, index of the quantity's word) of "... 2 x 12.50 25.00"."""
    if len(words) > 3 and re.fullmatch(r"[A-Z]", words[-1].text):
        words = words[:-1]  # "4 x 6,00  24,00 A": the till's letter for the tax rate after the amount
    if len(words) < 3:
        return None
    last = parse_amount(words[-1].text)
    if last is None or not _money_text(words[-1].text):
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


def _money_text(text: str) -> bool:
    """Whether a number is printed as money: with its cents, or grouped in thousands ("150.000" rupiah, "40.700"
    pesos: a currency with no cents), not a bare count."""
    return bool(CENTS.search(text) or _GROUPED.search(text))


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?![\d.,]?\d)")
# A till roll's item opening its line with the quantity: "2 x Raclette à discrétion", "1 BANDEJA PAISA"
_QTY_HEAD = re.compile(r"(?P<qty>[1-9]\d{0,2})\s*(?P<x>[x×])?\s+(?=\S*[^\W\d_]{2})", re.IGNORECASE)
# its unit price under it: "à 35.00", "@ $ 40.700   $ 40.700" (with the item's amount after it)
_PRICE_LINE = re.compile(r"(?:à|@|a|x|×)(?=\s|\$|\d)", re.IGNORECASE)
_TAX_CODE = re.compile(r"\s+[A-Z]$")  # the till's letter for the tax rate after an amount: "70.00 A"


def _quantity_first_items(pages: list[PageLayout]) -> tuple[list[LineItem], set[int]]:
    """A till roll's items that open with their quantity, each on its own line or two: "2 x Raclette à discrétion
    70.00 A" / "à 35.00", "1 BANDEJA PAISA" / "@ $ 40.700   $ 40.700". Two items at least, every printed unit price
    times its quantity making the amount, and the amounts summing to an amount printed right under them (the
    total): no other page's lines pass all three. Each number must say it is a quantity, by its "x" or by the price
    under it: a row's position, lot or article number opens its line the same way ("8 Lot: Sèvres vase ...")."""
    items: list[LineItem] = []
    used: set[int] = set()
    for page in pages:
        lines, i = page.lines, 0
        while i < len(lines):
            run, j = [], i
            while (block := _item_block(lines, j)) is not None:
                run.append(block[0])
                j = block[1]
            if len(run) >= 2 and _printed_below(lines, j, sum((item[2] for item in run), Decimal(0))):
                items += [LineItem(description=desc, quantity=qty, unit_price=price, amount=amount,
                                   confidence=FALLBACK, evidence=evidence_of(words))
                          for qty, price, amount, desc, words in run]
                used.update(w.id for item in run for w in item[4])
            i = max(j, i + 1)
    return items, used


def _item_block(lines: list[Line], j: int) -> tuple[tuple, int] | None:
    """((quantity, unit price or None, amount, description, words), the next line's index) of the item opening
    line `j`, with the lines under it that carry its price, its tax letter or the rest of its text."""
    if j >= len(lines):
        return None
    head = lines[j]
    m = _QTY_HEAD.match(join_words(head.words))
    if m is None or line_has_label(head):
        return None
    amount = _amount_of(head.segments[-1].text) if len(head.segments) >= 2 else None
    desc_words = [w for seg in (head.segments[:-1] if amount is not None else head.segments) for w in seg.words]
    words, price, k = list(head.words), None, j + 1
    while k < len(lines) and lines[k].y0 - lines[k - 1].y1 < 1.2 * lines[k].h:
        text = join_words(lines[k].words)
        lead = _PRICE_LINE.match(text)
        if price is None and lead and len(lines[k].segments) >= 2:
            amounts = [_amount_of(seg.text) for seg in lines[k].segments]
            amounts = [a for a in amounts if a is not None]
            if not amounts or len(amounts) > 2 or (amount is not None) == (len(amounts) == 2):
                break
            price = amounts[0]
            amount = amounts[1] if amount is None else amount
        elif re.fullmatch(r"[A-Z]", text) or (not re.search(r"\d", text) and k + 1 < len(lines)
                                              and _PRICE_LINE.match(join_words(lines[k + 1].words))):
            pass  # the tax letter under the amount, the item's text wrapped above its price
        else:
            break
        words += lines[k].words
        k += 1
    if amount is None or (price is None and not m.group("x")) \
            or (price is not None and abs(int(m.group("qty")) * price - amount) > TOLERANCE):
        return None
    desc = join_words(desc_words)[m.end():].strip()
    return (Decimal(m.group("qty")), price, amount, desc, words), k


def _amount_of(text: str) -> Decimal | None:
    """The money in a segment: "70.00 A", "$ 40.700", "à 35.00"; None for a count, a rate or words."""
    text = _TAX_CODE.sub("", text.strip())
    text = _PRICE_LINE.sub("", text, count=1).strip() if _PRICE_LINE.match(text) else text
    if not _money_text(text) or re.search(r"[^\W\d_]{2}|%", text):
        return None
    parsed = parse_amount(text)
    return parsed[0] if parsed else None


def _printed_below(lines: list[Line], j: int, total: Decimal) -> bool:
    """Whether `total` is printed on one of the few lines from `j` on: the items' sum, printed as their total."""
    return any(_amount_of(seg.text) == total for line in lines[j:j + 4] for seg in line.segments)


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
