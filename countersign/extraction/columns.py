"""Line items from column alignment: an items table with no header row the lexicon can read.

Why: the table reader (`table`, `line_items`) finds a table by its header, and `fallbacks` reads
receipt lines ("2 x 3,50  7,00") and text-and-amount lines that sum to the subtotal. A table whose
header row is missing (or printed as an image, or in words no lexicon knows) and whose rows stand in
aligned columns was read by none of them. Here such a table is found by its shape alone:
- a row is a line with a text cell (the description, starting in the left half of the page) and
  one to three numbers whose right edges (or left edges) line up with the rows around it; the last
  number printed with cents; a position number or the hours may stand before the text;
- two or more such rows in a run, a line of text under a row being its description going on; a
  label line (Subtotal, Total, VAT, IBAN, ...) ends the run, a big gap too; a run that reaches the
  foot of its page goes on at the top of the next page when the columns stand at the same places;
- the columns get their roles by arithmetic, not by words: quantity x unit price = amount on most
  rows, else the amount alone (the rightmost column with cents); the table is taken only when that
  arithmetic holds or the amounts sum to an amount printed under the table (the subtotal or total).
Items are read from here only when no other reader found any; below 0.9 unless their sum equals
the printed subtotal or total, and a warning says they were read from column alignment.
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
from countersign.extraction.table import _cell_number
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


def column_items(pages: list[PageLayout], warnings: list[str]) -> tuple[list[LineItem], set[int]]:
    """Items from the best run of column-aligned rows that its arithmetic or its sum confirms, and
    the ids of their words; ([], set()) when there is none."""
    best: tuple[tuple[int, int], list[LineItem], str] | None = None
    best_run: _Run | None = None
    for run in _runs(pages):
        if len(run.rows) < 2:
            continue
        read = _read_run(run, pages)
        if read is not None and (best is None or read[0] > best[0]):
            best, best_run = read, run
    if best is None or best_run is None:
        return [], set()
    _, items, note = best
    warnings.append(note)
    return items, {w.id for row in best_run.rows for w in row.words}


def _row(line: Line, width: float) -> _Row | None:
    """The line as a table row, or None: [numbers] text [numbers], the last number with cents."""
    numbers: list[tuple[Decimal, list[Word]]] = []
    desc: list[Word] = []
    after_text = False
    for seg in line.segments:
        text = seg.text
        value = None if parse_date(text) else _cell_number(text)
        if value is not None:
            numbers.append((value, seg.words))
            after_text = after_text or bool(desc)
        elif text.endswith("%") or (len(text) <= 5 and not any(ch.isdigit() for ch in text) and desc):
            continue  # a tax rate column, a unit ("Stk.")
        elif after_text:
            return None  # text after the numbers: not a row of an items table
        else:
            desc.extend(seg.words)
    if not desc or not after_text or sum(ch.isalpha() for ch in join_words(desc)) < 3 \
            or desc[0].x0 > 0.5 * width or not _CENTS.search(join_words(numbers[-1][1])):
        return None
    return _Row(numbers, desc, list(line.words))


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
    """Runs of rows in the same columns, in reading order; a run at the foot of a page (at most
    two lines after it, a "carried forward" row) goes on at the top of the next one when its first
    row there stands in the same columns."""
    runs: list[_Run] = []
    carried: _Run | None = None
    for p, page in enumerate(pages):
        run, last, after = None, None, 0
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
            if row is None and run is not None and _goes_on(run, line, last):
                run.rows[-1].desc.extend(line.words)  # the description goes on under its row
                run.rows[-1].words.extend(line.words)
                last = line
                continue
            if row is None or line_has_label(line) or run is None or not _fits(row, run.edges):
                if run is not None:
                    run.end = (p, line.index)
                run = None
            after += 1
            if row is None or line_has_label(line):
                continue
            if run is None:
                run = _Run(_edges(row))
                runs.append(run)
            run.rows.append(row)
            run.end, last, after = (p, line.index + 1), line, 0
        carried = runs[-1] if runs and runs[-1].end[0] == p and after <= 2 else None
    return runs


def _next_page_row(carried: _Run, row: _Row | None, line: Line, page: PageLayout) -> str:
    """At the top of a page after a run left open: "goes on" (the line is its next row), "skip"
    (the page's head, a carried-forward row) or "ends"."""
    if row is not None and not line_has_label(line) and _fits(row, carried.edges):
        return "goes on"
    return "skip" if line.y0 < 0.4 * page.height else "ends"


def _goes_on(run: _Run, line: Line, last: Line | None) -> bool:
    """Whether a line of text right under the run's last row is that row's description going on."""
    return last is not None and not line_has_label(line) and line.y0 - last.y1 <= 0.8 * line.h \
        and line.words[0].x0 >= run.rows[-1].desc[0].x0 - _ALIGN


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
    qty_col, price_col = (roles[0], roles[1]) if roles else _second_column(rows, amount_col, ncols)
    apart = roles is None or _apart(rows, qty_col, price_col)
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
