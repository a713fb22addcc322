"""Line items from column alignment: an items table with no header row the lexicon can read.

Why: the table reader (`table`, `line_items`) finds a table by its header, and `fallbacks` reads
receipt lines ("2 x 3,50  7,00") and text-and-amount lines that sum to the subtotal. A table whose
header row is missing (or printed as an image, or in words no lexicon knows) and whose rows stand in
aligned columns was read by none of them. Here such a table is found by its shape alone:
- a row is read from the right: numbers whose right edges (or left edges) line up with the rows
  around it, the last printed with cents; the text cell right before them (the description,
  starting in the left half of the page); maybe a position number or the hours before that; what
  stands further left past a wide gap (a sidebar of facts) is no part of the row;
- two or more such rows make a run, a line of text under a row being its description going on; a
  label (Subtotal, Total, VAT, IBAN, ...) ends the run, a big gap too; a run that reaches the foot
  of its page goes on at the top of the next page when the columns stand at the same places;
- the columns get their roles by arithmetic, not by words: quantity x unit price = amount on most
  rows, else the amount alone (the rightmost column with cents); the table is taken only when that
  arithmetic holds or the amounts sum to an amount printed under the table (the subtotal or total).
Items are read from here only when no other reader found any; below 0.9 unless their sum equals
the printed subtotal or total and no other run reads as well, and a warning says they were read from column alignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import permutations

from countersign.domain import LineItem
from countersign.extraction.confidence import GOOD, POOR, TOLERANCE
from countersign.extraction.labels import line_has_label
from countersign.extraction.layout import Line, PageLayout, Word, evidence_of, join_words
from countersign.extraction.table import cell_number
from countersign.extraction.values import parse_amount, parse_date, plain_decimal

_ALIGN = 3.0  # points: the edges of one column agree within this
_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")
_FOOTER = re.compile(r"(?:seite|page|pagina|página|pág\.?|pag\.?|strona|blad|hoja|folha|foglio)\s*\d+"
                     r"(?:\s*(?:/|von|of|de|sur|di|van|z)\s*\d+)?$", re.IGNORECASE)


@dataclass
class _Row:
    """One line of the table: its description words, and its numbers left to right."""

    numbers: list[tuple[Decimal, list[Word]]]
    desc: list[Word]
    words: list[Word] = field(default_factory=list)


@dataclass
class _Run:
    """Rows whose numbers stand in the same columns, and where the run ended."""

    edges: list[tuple[float, float]]  # (x0, x1) of each numeric column
    rows: list[_Row] = field(default_factory=list)
    end: tuple[int, int] = (0, 0)  # (page index, line index) of the first line after the run
    seen: int = 0  # how many lines of its page were read up to its last row


def column_items(pages: list[PageLayout], warnings: list[str]) -> tuple[list[LineItem], set[int]]:
    """Items from the best run of column-aligned rows that its arithmetic or its sum confirms, and
    the ids of their words; ([], set()) when there is none."""
    best: tuple[tuple[int, int], list[LineItem], str] | None = None
    best_run: _Run | None = None
    tied = False  # another run as good: which one holds the items is a guess
    for run in _runs(pages):
        if len(run.rows) < 2:
            continue
        read = _read_run(run, pages)
        if read is not None and best is not None and read[0] == best[0]:
            tied = True
        if read is not None and (best is None or read[0] > best[0]):
            best, best_run, tied = read, run, False
    if best is None or best_run is None:
        return [], set()
    _, items, note = best
    if tied:  # (an account summary summed to the total beside the charges summed to the subtotal)
        items = [item.model_copy(update={"confidence": min(item.confidence, 0.8)}) for item in items]
        note += "; another run of rows there reads as well, so they are not sure"
    warnings.append(note)
    return items, {w.id for row in best_run.rows for w in row.words}


def _row(line: Line, width: float) -> _Row | None:
    """The line as a table row, or None. Read from the right: the numbers (a unit or a tax rate
    among them is passed over), the last with cents; the text right before them, the
    description; maybe a number right before it (a position, the hours). What stands further
    left, past a wide gap, is no part of the table (a sidebar of facts beside it)."""
    segs = line.segments
    values = [None if parse_date(seg.text) else cell_number(seg.text) for seg in segs]
    i = len(segs)
    while i > 0 and (values[i - 1] is not None or segs[i - 1].text.endswith("%")
                     or (i >= 2 and values[i - 2] is not None and _unit(segs[i - 1].text))):
        i -= 1
    numbers = [(v, seg.words) for seg, v in zip(segs[i:], values[i:], strict=True) if v is not None]
    if not numbers or i == 0 or not _CENTS.search(join_words(numbers[-1][1])):
        return None
    j = i - 1
    while j > 0 and values[j - 1] is None and _near(segs[j - 1], segs[j]):
        j -= 1
    if j > 0 and (before := values[j - 1]) is not None and _near(segs[j - 1], segs[j]):
        numbers.insert(0, (before, segs[j - 1].words))
        j -= 1
    desc = [w for k in range(j, i) if values[k] is None for w in segs[k].words]
    own = segs[j:]
    if sum(ch.isalpha() for ch in join_words(desc)) < 3 or desc[0].x0 > 0.5 * width \
            or line_has_label(Line(line.page, line.index, [w for seg in own for w in seg.words], own)):
        return None
    return _Row(numbers, desc, [w for seg in own for w in seg.words])


def _unit(text: str) -> bool:
    """A unit printed in a cell of its own after its number: "Stk.", "h", "EUR"."""
    return len(text) <= 5 and not any(ch.isdigit() for ch in text)


def _near(left, right) -> bool:
    """Whether two segments of a line are cells of one table (no wide gap between them)."""
    return right.x0 - left.x1 <= 3 * right.h


def _fits(row: _Row, edges: list[tuple[float, float]]) -> bool:
    """Whether the row's numbers stand in these columns (right or left edges aligned)."""
    if len(row.numbers) != len(edges):
        return False
    for (_, words), (x0, x1) in zip(row.numbers, edges, strict=True):
        if abs(words[-1].x1 - x1) > _ALIGN and abs(words[0].x0 - x0) > _ALIGN:
            return False
    return True


def _edges(row: _Row) -> list[tuple[float, float]]:
    return [(words[0].x0, words[-1].x1) for _, words in row.numbers]


def _runs(pages: list[PageLayout]) -> list[_Run]:
    """Runs of rows in the same columns, in reading order; the last run of two rows or more on a
    page, when at most two lines follow it there (a "carried forward" row), goes on at the top of
    the next page if a row there stands in the same columns."""
    runs: list[_Run] = []
    carried: _Run | None = None
    for p, page in enumerate(pages):
        run, last, seen = None, None, 0
        for line in page.lines:
            if _FOOTER.match(join_words(line.words)) or line.y0 > 0.92 * page.height:
                continue  # "Page 1 of 2", the page's foot
            row = _row(line, page.width)
            if carried is not None:  # the top of a page after an open run: look for its next row
                top = _next_page_row(carried, row, line, page)
                if top == "skip":
                    continue  # the page's head, a carried-forward row
                run = carried if top == "goes on" else None
                carried = None
            if run is not None and last is not None and line.y0 - last.y1 > 3 * line.h:
                run = None
            if row is None and run is not None and _text_of_run(run, line, last):
                last = line if line.words[0].x0 >= run.rows[-1].desc[0].x0 - _ALIGN else last
                continue
            seen += 1
            if row is None or run is None or not _fits(row, run.edges):
                if run is not None:
                    run.end = (p, line.index)
                run = None
            if row is None:
                continue
            if run is None:
                run = _Run(_edges(row))
                runs.append(run)
            run.rows.append(row)
            run.end, run.seen, last = (p, line.index + 1), seen, line
        tables = [r for r in runs if r.end[0] == p and len(r.rows) >= 2]
        carried = tables[-1] if tables and seen - tables[-1].seen <= 2 else None
    return runs


def _next_page_row(carried: _Run, row: _Row | None, line: Line, page: PageLayout) -> str:
    """At the top of a page after a run left open: "goes on" (the line is its next row), "skip"
    (the page's head, a carried-forward row) or "ends"."""
    if row is not None and _fits(row, carried.edges):
        return "goes on"
    return "skip" if line.y0 < 0.4 * page.height else "ends"


def _text_of_run(run: _Run, line: Line, last: Line | None) -> bool:
    """Whether a line that is no row leaves the run open: text beside the table, left of its
    descriptions (a sidebar of facts), or right under the last row in its description column
    (that description going on: added to it here)."""
    if line.words[-1].x1 < run.rows[-1].desc[0].x0 - _ALIGN:
        return True
    if last is None or line_has_label(line) or line.y0 - last.y1 > 0.8 * line.h \
            or line.words[0].x0 < run.rows[-1].desc[0].x0 - _ALIGN:
        return False
    run.rows[-1].desc.extend(line.words)
    run.rows[-1].words.extend(line.words)
    return True


def _printed_amounts(run: _Run, pages: list[PageLayout]) -> set[Decimal]:
    """The amounts with cents printed at the end of the ten lines after the run."""
    p, start = run.end
    out: set[Decimal] = set()
    for line in pages[p].lines[start:start + 10]:
        for n in (3, 2, 1):
            tail = join_words(line.words[-n:])
            if len(line.words) >= n and _CENTS.search(tail):
                parsed = parse_amount(tail)
                if parsed is not None:
                    out.add(parsed[0])
                    break
    return out


def _roles(rows: list[_Row], ncols: int) -> tuple[tuple[int, int, int] | None, int]:
    """(quantity, unit price, amount) column indexes for which quantity x price == amount holds
    on most rows (two at least), and on how many; (None, 0) when no assignment does. The factor
    printed with cents less often is the quantity; the rightmost amount is preferred."""
    best, best_key = None, (0, 0, 0)
    for q, pr, a in permutations(range(ncols), 3):
        holds = sum(1 for r in rows if r.numbers[a][0] and abs(r.numbers[q][0] * r.numbers[pr][0]
                                                               - r.numbers[a][0]) <= TOLERANCE)
        whole = _with_cents(rows, pr) - _with_cents(rows, q)
        key = (holds, a, whole)
        if key > best_key:
            best, best_key = (q, pr, a), key
    if best is None or best_key[0] < 2 or 3 * best_key[0] < 2 * len(rows):
        return None, 0
    return best, best_key[0]


def _read_run(run: _Run, pages: list[PageLayout]) -> tuple[tuple[int, int], list[LineItem], str] | None:
    """The run's items (ranked by (sum confirmed, rows)) and the warning, or None when neither
    its arithmetic nor its sum confirms it."""
    rows, ncols = run.rows, len(run.edges)
    roles, holds = _roles(rows, ncols) if ncols >= 3 else (None, 0)
    amount_col = roles[2] if roles else max(
        (i for i in range(ncols) if all(_CENTS.search(join_words(r.numbers[i][1])) for r in rows)), default=None)
    if amount_col is None:
        return None
    total = sum((r.numbers[amount_col][0] for r in rows), Decimal(0))
    printed = _printed_amounts(run, pages)
    summed = total in printed
    if roles is None and (not summed or _net_and_tax(rows, amount_col, total, printed)):
        return None
    if roles:
        qty_col, price_col = roles[0], roles[1]
        apart = _apart(rows, qty_col, price_col)
    else:
        qty_col, price_col = _second_column(rows, amount_col, ncols)
        apart = True
    items: list[LineItem] = []
    for row in rows:
        amount = row.numbers[amount_col][0]
        qty = row.numbers[qty_col][0] if qty_col is not None else None
        price = row.numbers[price_col][0] if price_col is not None else None
        checked = qty is not None and price is not None and abs(qty * price - amount) <= TOLERANCE
        if qty is not None and price is not None and not checked:
            confidence = POOR
        elif summed and (checked and apart or qty is None):
            confidence = GOOD
        else:
            confidence = 0.85 if checked else 0.8
        items.append(LineItem(description=join_words(row.desc), quantity=qty, unit_price=price, amount=amount,
                              confidence=confidence, evidence=evidence_of(row.words)))
    how = f"quantity x unit price = amount on {holds} of {len(rows)}" if roles else "amounts only"
    note = (f"{len(items)} line items read from column alignment (no table header; {how}"
            + (f"; they sum to {plain_decimal(total)}, printed below them)" if summed else ")"))
    return (int(summed), len(rows)), items, note


def _net_and_tax(rows: list[_Row], amount_col: int, total: Decimal, printed: set[Decimal]) -> bool:
    """Whether two amounts that sum to the largest amount printed under them look like a totals
    block under labels no lexicon knows (a net, a tax of at most 30% of it, the total) rather
    than two items: an items table sums to a subtotal, and a larger total follows."""
    if len(rows) != 2 or any(abs(v) > abs(total) for v in printed):
        return False
    net, tax = (r.numbers[amount_col][0] for r in rows)
    return abs(tax) <= Decimal("0.3") * abs(net)


def _apart(rows: list[_Row], qty_col: int, price_col: int) -> bool:
    """Whether the quantity and unit price columns are told apart by how they are printed (the
    product is symmetric): every price with cents, most quantities without."""
    return _with_cents(rows, price_col) == len(rows) and 2 * _with_cents(rows, qty_col) < len(rows)


def _with_cents(rows: list[_Row], col: int) -> int:
    """How many rows print this column's number with cents."""
    return sum(1 for r in rows if _CENTS.search(join_words(r.numbers[col][1])))


def _second_column(rows: list[_Row], amount_col: int, ncols: int) -> tuple[int | None, int | None]:
    """With no arithmetic, the column left of the amount: the unit price when it equals the
    amount on some row (a quantity of one not printed), the quantity when it is whole numbers;
    else neither is reported."""
    if amount_col == 0 or ncols < 2:
        return None, None
    col = amount_col - 1
    values = [r.numbers[col][0] for r in rows]
    if any(v == r.numbers[amount_col][0] and v != 1 for v, r in zip(values, rows, strict=True)):
        return None, col
    if all(v % 1 == 0 and 0 < v < 10000 for v in values):
        return col, None
    return None, None
