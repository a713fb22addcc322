"""Line items: the rows of every table found by its header, read into `LineItem`s.

A header may span several lines, an item several lines (its amount on the second), a table
may go on over a page break without repeating its header, and a page may hold several tables, each
under its own header (a section's: "Services", "Merchandise"); a row set far below the last items
(the sections' sums beside a note) ends a table. A section's sum inside a table ("Total capítulo 01 | 512,49"),
followed by the next section's heading and priced items, is no item and no end (nor is "Total prestations",
a total's word and what it sums, before a heading and items of an amount each: "Débours ..."); a total's words
beside a note with an amount alone ("Resumen ... | Total ejecución de obra | 4.233,87 €") end it; a line of text with no
quantity, price or amount of its own over priced items heads them ("Tudor Black Bay 58 · busta n. 4552") and ends
no table. The rows become items in `row_items`, which cross-checks their arithmetic.
"""

from __future__ import annotations

import re

from countersign.domain import LineItem
from countersign.extraction.confidence import TOLERANCE
from countersign.extraction.labels import is_label, label_matches, line_has_label
from countersign.extraction.layout import Line, PageLayout, join_words, right_to_left
from countersign.extraction.lexicon import concepts_of, read_label
from countersign.extraction.row_items import items_of_rows
from countersign.extraction.sidebars import beside_sidebar, right_sidebar, sidebar_edge
from countersign.extraction.table import (
    NUMERIC_ROLES,
    Cells,
    Table,
    find_table,
    find_table_by_arithmetic,
    header_role,
)

_FOOTER = re.compile(r"(?:seite|page|pagina|página)\s*\d+(?:\s*(?:/|von|of|de|sur)\s*\d+)?$",
                     re.IGNORECASE)
# The running sum a table carries over a page break: a row of its own, no item
# (the phrase, then only the sum: "Transport 120.00" may be a freight charge, so no bare "transport")
_CARRIED = re.compile(r"(?:(?:carried|brought)\s+(?:forward|over)|(?:zwischen)?(?:übertrag|uebertrag)"
                      r"|[àa]\s+reporter|report\s+(?:de\s+la\s+page|page)|suma\s+y\s+sigue|suma\s+anterior"
                      r"|riporto|van\s+vorige\s+pagina|naar\s+volgende\s+pagina"
                      # Uzbek: carried to the next page, from the last
                      r"|(?:keyingi|oldingi)\s+sahifa(?:ga|dan)\s+o['’ʻ‘]tkazildi)"
                      r"\s*:?\s*(?:[A-Z]{3}|[€$£])?\s*-?[\d.,' \u00a0]*\d\s*(?:[A-Z]{3}|[€$£])?", re.IGNORECASE)


def read_line_items(pages: list[PageLayout], warnings: list[str]
                    ) -> tuple[list[LineItem], set[int]]:
    """Line items from every table found by its header: a header may span several lines
    ("Positions-" / "betrag" / "ohne USt."), an item several lines (its amount on the second),
    and a table may go on over a page break without repeating its header. Returns the items and
    the ids of the tables' words (headers and rows); warnings go to `warnings`."""
    items: list[LineItem] = []
    table_words: set[int] = set()
    carry: Table | None = None  # a table that ran to the end of its page
    for page in pages:
        headers: set[int] = set()  # the header lines of the tables read on this page
        while True:  # a page may hold several tables, each under its header ("Services", "Merchandise")
            table = _find(page, table_words, find_table)
            if table is None and carry is None and not headers:
                table = _find(page, table_words, find_table_by_arithmetic)
            right = page.width
            if table is not None:
                if table.header_lines[0].index in headers:
                    break
                headers.add(table.header_lines[0].index)
                table, right = right_sidebar(page, table)
                left = sidebar_edge(page, table)
                table_words.update(w.id for ln in table.header_lines for w in ln.words
                                   if w.x1 >= left and w.x0 < right)
                start = table.header_lines[-1].index + 1
                if start < len(page.lines) and _column_numbers(page.lines[start]):
                    table_words.update(w.id for w in page.lines[start].words)  # "1 2 3 4 5 6" under the header
                    start += 1
            elif carry is not None:
                table, start = carry, 0
            else:
                break
            rows, ran_out = _table_rows(page, table, start, table_words, continued=table is carry, right=right)
            items.extend(items_of_rows(table, rows, len(items), warnings))
            carry = table if ran_out else None
            if ran_out:
                break
    return items, table_words


def _column_numbers(line) -> bool:
    """Whether a line numbers the columns above it ("1 2 3 4 5 6", "1 1а 2 3": forms of Eastern Europe
    print it under the header): three numbers at least, each the last one or one more, nothing else."""
    numbers = []
    for word in line.words:
        m = re.fullmatch(r"(\d{1,2})[а-яa-z]?|[А-ЯA-Z]", word.text)  # a column of letters too ("А", the УПД's code)
        if m is None:
            return False
        if m.group(1):
            numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and all(b - a in (0, 1) for a, b in zip(numbers, numbers[1:], strict=False)) and (
        numbers[-1] - numbers[0] >= 2)


def _find(page: PageLayout, table_words: set[int], finder) -> Table | None:
    """The first table `finder` finds on the page, outside tables already read."""
    for line in page.lines:
        if line.words[0].id not in table_words:
            table = finder(page, line)
            if table is not None and not _grid_of_labels(page, table, finder):
                return table
    return None


_GRID_FIELDS = frozenset(("invoice_number", "invoice_date", "due_date", "po_number"))


def _grid_of_labels(page: PageLayout, table: Table, finder) -> bool:
    """Whether a found header is a grid of the invoice's labels, each over its value on the one line under it, with
    the items' own header right below ("INVOICE NO. | INVOICE DATE | ... | DUE DATE" over "151509341 | 06/11/2026 |
    ... | 06/18/2026", then "ITEM # | ORD | SHP ..."): its labels are the pairing's, the table is the next one."""
    under = table.header_lines[-1].index + 2
    if under >= len(page.lines) or sum(
            bool({name for name, _, _ in label_matches(seg.text)} & _GRID_FIELDS)
            for ln in table.header_lines for seg in ln.segments) < 2:
        return False
    return finder(page, page.lines[under]) is not None


def _table_rows(page: PageLayout, table: Table, start: int, table_words: set[int], *,
                continued: bool, right: float) -> tuple[list[dict], bool]:
    """Rows of `table` on `page` from line `start`; True when the page ended inside it."""
    rows: list[dict] = []
    gaps: list[float] = []  # the space above each item after the first, from the line above it on the page
    last_y = None if continued else table.header_lines[-1].y1
    between = False  # after a section's sum, before the next section's first item
    above: list[Line] | None = None  # an item's text on the line above its numbers: those lines, until its numbers
    lines = beside_sidebar(page.lines[start:], sidebar_edge(page, table), right)
    for line in (ln for ln in lines if not _skipped(ln, table_words)):  # (a page's footer, a sum carried forward)
        if _left_behind(page, line, rows, continued, last_y):
            return rows, False
        cells = table.cells(line)
        anchor = _starts_item(table, line, cells, rows)
        above, taken = _text_above(page, table, line, cells, anchor, rows, start, above, last_y)
        if taken:  # the next item's text, over its numbers
            last_y = line.y1
            continue
        space = line.y0 - page.lines[line.index - 1].y1 if line.index else 0.0  # (above it, a sidebar's line too)
        between = _section_break(page, table, line, cells, anchor, between, last_y, rows)
        if between:  # "Total capítulo 01 | 512,49", then the next section's heading "02 ALBAÑILERÍA"
            table_words.update(w.id for w in line.words)
            last_y = line.y1
            continue
        if _past_the_end(page, table, line, cells, anchor, rows, continued) or (
                anchor and rows and _set_apart(space, gaps, line.h)):
            return rows, False
        if anchor and _sums_the_rows(table, cells, rows):
            continue  # "Всего по счету: | 87 978,99 | 17 595,80 | 105 574,79": the items' sum, no item
        if anchor:
            _new_row(rows, cells, above or [], table_words, gaps, space)
            above = above and []  # (None stays None: items whose text is beside their numbers)
        elif not rows:
            continue  # above the first item: the header's article numbers, a page header
        elif table.pos is None:
            # Without a position column an item is one line, its description maybe wrapped
            # onto the next; a line of text further down ends the table, unless it heads the next items.
            if _unpositioned(page, table, line, cells, last_y) == "end":
                return rows, False
            rows[-1]["desc"].extend(cells.description)
        row = rows[-1]
        for col, value in cells.numbers.items():
            row["cells"].setdefault(col, value)
        row["words"].extend(line.words)
        edge = max(c.x1 for c in table.columns) + 2 * line.h  # (a sidebar's words level with a row are no table's)
        table_words.update(w.id for w in line.words if w.x0 <= edge)
        last_y = line.y1
    return rows, True


def _new_row(rows: list[dict], cells: Cells, above: list[Line], table_words: set[int], gaps: list[float],
             space: float) -> None:
    """An item's row, added to `rows`, from its first line's cells and the lines of its text above them (all of their
    text: "Colour | Pencils | 24"), which are the table's words; the space above it joins `gaps` after the first."""
    if rows:
        gaps.append(space)
    table_words.update(w.id for ln in above for w in ln.words)
    rows.append({"cells": {}, "desc": [seg for ln in above for seg in ln.segments] + list(cells.description),
                 "words": [w for ln in above for w in ln.words]})


def _text_above(page: PageLayout, table: Table, line: Line, cells: Cells, anchor: bool, rows: list[dict], start: int,
                above: list[Line] | None, last_y: float | None) -> tuple[list[Line] | None, bool]:
    """The lines of the next item's text above its numbers (None: the items print theirs beside them), decided at the
    first item (`_text_lines_above`), and whether `line` is one: text, no item, right under the last item."""
    if above is None and anchor and not rows:
        return _text_lines_above(page, table, line, cells, start), False
    if above is not None and not anchor and cells.description and rows and last_y is not None \
            and line.y0 - last_y < 1.5 * line.h:
        return above + [line], True
    return above, False


def _text_lines_above(page: PageLayout, table: Table, line: Line, cells: Cells, start: int) -> list[Line] | None:
    """The lines of text between the header and a first item that prints numbers and no text, when it has them: a
    narrow roll's items print their text on a line of its own above their numbers ("Sunscreen SPF50" over "1 | 100.25
    | 100.25"); None when the item's text is not above it (or beside it, or the table numbers its items). The first
    item's text right under the header may have been stacked onto it ("Item" over "Stapler"): it is the item's."""
    if cells.description and not all(_RATE_CELL.fullmatch(seg.text) for seg in cells.description) \
            or table.pos is not None:
        return None  # (a tax rate opening the numbers' line, under the text's column, is no text: "13% | 3 | 50,70")
    lines = [ln for ln in page.lines[start:line.index]
             if (cells := table.cells(ln)).description and not table.is_anchor(ln, cells)]
    stacked = table.header_lines[-1]
    if not lines and len(table.header_lines) > 1 and stacked.index == line.index - 1 and len(stacked.segments) == 1 \
            and table.columns[table.nearest(stacked.segments[0])].role == "description":
        lines = [stacked]
    if not lines or line.y0 - lines[-1].y1 > 1.5 * line.h:
        return None
    return lines[-1:]


_RATE_CELL = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%")


def _left_behind(page: PageLayout, line: Line, rows: list[dict], continued: bool, last_y: float | None) -> bool:
    """Whether the table lies behind a line: nothing of it at the top of the page it went on to, or the line stands
    over five line heights below its last row."""
    if continued and not rows and line.y0 > page.height * 0.4:
        return True
    return last_y is not None and line.y0 - last_y > 5 * line.h


def _past_the_end(page: PageLayout, table: Table, line: Line, cells: Cells, anchor: bool, rows: list[dict],
                  continued: bool) -> bool:
    """Whether a line is past the table's end: "Zu- und Abschläge:", another section, at the top of a page the table
    went on to; a Subtotal / Total, or the next table's header (a "Frais de livraison" row priced like an item,
    quantity x unit price == amount, is an item)."""
    if not anchor and continued and not rows and len(line.words) <= 4 and line.words[-1].text.endswith(":"):
        return True
    if rows and (_total_beside(table, line, cells) or not anchor and _another_header(table, line)
                 or _sum_under_priced(table, cells, rows) and not _page_ends_after(page, line)):
        return True
    return (not anchor or table.pos is None or _label_beside(line, cells)) and not _priced(table, cells, line) and (
        line_has_label(line) or find_table(page, line) is not None)


def _sum_under_priced(table: Table, cells: Cells, rows: list[dict]) -> bool:
    """Whether a row under items that each print a quantity and a unit price sums them or taxes them: its description
    opens with a total's or a tax's word and it prints neither ("Tổng hợp theo thuế suất 8% | 150.216.000 |
    12.017.280", the sums by tax rate under the items; "Moms 12 % på 2 769,00 kr: 332,28 kr")."""
    words = re.findall(r"[^\W\d_]+", " ".join(seg.text for seg in cells.description[:1]).lower())
    if not words or not {"TOTAL", "TAX"} & set(concepts_of(words[0]) or ()):
        return False
    priced = {"quantity", "unit_price"}
    return not priced & {table.roles.get(i) for i in cells.numbers} and all(
        priced <= {table.roles.get(i) for i in row["cells"]} for row in rows)


def _sums_the_rows(table: Table, cells: Cells, rows: list[dict]) -> bool:
    """Whether a row under two items or more, a total's label ("Всего по счету:"), prints their sum in a column: no
    item (at its page's foot); a group's row priced as one ("Subtotal hardware | 1 | 1050.00 | 1050.00") stays one."""
    if len(rows) < 2 or _multiplies(table, cells) or not {"total", "subtotal"} & {n for n, _, _ in label_matches(
            " ".join(seg.text for seg in cells.description))[:1]}:
        return False
    return any(all(col in row["cells"] for row in rows)
               and abs(sum(row["cells"][col][0] for row in rows) - value) <= TOLERANCE
               for col, (value, _) in cells.numbers.items())


def _page_ends_after(page: PageLayout, line: Line) -> bool:
    """Whether at most a footer's lines follow the line on its page."""
    return len(page.lines) - line.index <= 3


def _another_header(table: Table, line: Line) -> bool:
    """Whether a line under a numbered table's items heads another table over its numeric columns: three cells or
    more of words only, one naming a column ("Według stawki VAT | Wartość netto | Kwota VAT | Wartość brutto", a VAT
    summary), not an item's."""
    if table.pos is None:
        return False
    right = max((c.x1 for c in table.columns if c.role == "description"), default=0.0)
    heads = [sg for sg in line.segments if sg.x0 >= right and not any(ch.isdigit() for ch in sg.text)]
    return len(heads) >= 3 and any(header_role(sg.text) in NUMERIC_ROLES for sg in heads)


def _set_apart(gap: float, gaps: list[float], height: float) -> bool:
    """Whether a row stands much further below the last item than the items stand apart (two items at least, evenly
    spaced): the table has ended ("Cash advances are paid ... | Professional services | 1,805.00" under the items)."""
    return bool(gaps) and gap > 2.5 * max(gaps) and gap > 1.5 * height


def _priced(table: Table, cells: Cells, line: Line) -> bool:
    """A charge row priced like an item ("Frais de livraison  1  forfait  28,05  28,05"): its label
    names a charge, and it has a quantity, a unit price and an amount, qty x price == amount."""
    if {name for name, _, _ in read_label(join_words(line.words))} - {"charge"}:
        return False
    return _multiplies(table, cells)


def _multiplies(table: Table, cells: Cells) -> bool:
    """Whether a row has a quantity, a unit price and an amount, and qty x price == amount (to the cent)."""
    got = {table.roles.get(i): value for i, (value, _) in cells.numbers.items()}
    qty, price, amount = got.get("quantity"), got.get("unit_price"), got.get("amount")
    return qty is not None and price is not None and amount is not None and abs(qty * price - amount) <= TOLERANCE


def _section_sum(page: PageLayout, table: Table, line: Line, cells: Cells) -> bool:
    """Whether a row sums a section of the table, which goes on: a total's or subtotal's label and an amount alone
    ("Total capítulo 01 DEMOLICIONES | 512,49"), then priced items within three lines, before any other label ("02
    ALBAÑILERÍA", "02.01 ... 6,07 | 27,00 | 163,89"); the totals block is followed by no priced item."""
    named = {name for seg in line.segments[:2] for name, _, _ in label_matches(seg.text)}
    amounts = {table.roles.get(i) for i in cells.numbers}
    if amounts != {"amount"}:
        return False
    if named & {"total", "subtotal"}:
        return _items_go_on(page, table, line)
    # "Total prestations | 2 128,50 €": a total's word and what it sums, no field's label; a heading, then the
    # next section's items (an amount each: "Débours ... | Ampoules et piles | 233,15 €") go on under it
    words = re.findall(r"[^\W\d_]+", line.segments[0].text.lower())
    return not named and bool(words) and "TOTAL" in (concepts_of(words[0]) or ()) and _items_go_on(
        page, table, line, headed=True)


def _section_break(page: PageLayout, table: Table, line: Line, cells: Cells, anchor: bool, between: bool,
                   last_y: float | None, rows: list[dict]) -> bool:
    """Whether a line inside the table, under its first item, is no item but a break between its sections: a section's
    sum, a page's sum at its foot under priced items (the items go on over the page), a line before the next section's
    first item after one, or a heading of the next items in a table with no position column."""
    if not rows:
        return False
    if _sum_under_priced(table, cells, rows) and _page_ends_after(page, line):
        return True  # (higher up the page, the sums end the table: `_past_the_end`)
    if anchor:
        return _section_sum(page, table, line, cells)
    return between or _section_sum(page, table, line, cells) or (
        table.pos is None and _unpositioned(page, table, line, cells, last_y) == "heading")


def _unpositioned(page: PageLayout, table: Table, line: Line, cells: Cells, last_y: float | None) -> str:
    """What a line that opens no item is in a table with no position column: "wrap" (the item's description
    wrapped onto it), "heading" (it heads the next items) or "end" (numbers of its own, or text further down)."""
    if not cells.numbers and (last_y is None or line.y0 - last_y < 1.2 * line.h) and not (
            table.runs_across(line) and not _priced_below(page, table, line)):
        return "wrap"
    return "heading" if _heading(page, table, line, cells) else "end"


def _priced_below(page: PageLayout, table: Table, line: Line) -> bool:
    """Whether an item priced quantity x unit price follows the line anywhere on its page, or an amount the next line
    (a roll's item, its text over its numbers: "Popust 10% – Riblja plata za 2 osobe" over "13% | -15,21")."""
    after = page.lines[line.index + 1:]
    if after and any(table.roles.get(col) == "amount" for col in table.cells(after[0]).numbers):
        return True
    return any(table.is_anchor(ln, cells := table.cells(ln)) and _multiplies(table, cells) for ln in after)


def _heading(page: PageLayout, table: Table, line: Line, cells: Cells) -> bool:
    """Whether a line of text heads the next items: no quantity, price or amount of its own, a priced item within
    three lines ("Tudor Black Bay 58 · busta di riparazione n. 4552", then its repairs)."""
    roles = {table.roles.get(i) for i in cells.numbers}
    return not roles & {"quantity", "unit_price", "amount"} and not line_has_label(line) \
        and find_table(page, line) is None and _items_go_on(page, table, line)  # (not the next table's header)


def _items_go_on(page: PageLayout, table: Table, line: Line, headed: bool = False) -> bool:
    """Whether a priced item follows the line within the next three lines, before any other label; `headed`: or,
    under a heading of text alone, an item of a description and an amount."""
    heading = False
    for nxt in page.lines[line.index + 1:line.index + 4]:
        if line_has_label(nxt):
            return False
        cells = table.cells(nxt)
        if table.is_anchor(nxt, cells) and (_multiplies(table, cells) or heading and cells.description):
            return True
        heading = headed and not cells.numbers and bool(cells.description) and not heading
    return False


def _total_beside(table: Table, line: Line, cells: Cells) -> bool:
    """A total's or subtotal's words outside the description's column and an amount alone ("Resumen: 4 capítulos
    ... | Total ejecución de obra | 4.233,87 €"): the totals block beside a note, no item. On a right-to-left page
    the amount may print with its sign in letters, in no number's cell ("1,156.400 أ . د | المجموع قبل الضريبة")."""
    described = {w.id for seg in cells.description for w in seg.words}
    roles = {table.roles.get(i) for i in cells.numbers}
    if roles != {"amount"} and (roles or not right_to_left(join_words(line.words))):
        return False
    return any(not described & {w.id for w in seg.words} and {name for name, _, _ in label_matches(seg.text)}
               & {"total", "subtotal"} for seg in line.segments)


def _label_beside(line: Line, cells: Cells) -> bool:
    """A label outside the description's column ("Amount in words: ... | Total Amount KD | 22,527.450"): a
    summary row, though its words in the description's column and its amount make it look like an item."""
    described = {w.id for seg in cells.description for w in seg.words}
    return any(not described & {w.id for w in seg.words} and is_label(seg, by_meaning_alone=False)
               for seg in line.segments)


def _skipped(line: Line, table_words: set[int]) -> bool:
    """A page footer, the running sum carried over a page break ("Carried forward 6,950.21", "Übertrag 6.950,21") or
    the columns' numbers under a form's header ("1 | 2 | 3 | ... | 9"), whose words are kept from the fallbacks."""
    text = join_words(line.words)
    if _CARRIED.fullmatch(text) or len(line.words) >= 3 and [w.text for w in line.words] == [
            str(k) for k in range(1, len(line.words) + 1)]:
        table_words.update(w.id for w in line.words)
        return True
    return bool(_FOOTER.match(text))


def _starts_item(table: Table, line: Line, cells: Cells, rows: list[dict]) -> bool:
    """Whether `line` starts a new item: an anchor line, unless it is the rest of the open item."""
    anchor = table.is_anchor(line, cells)
    if anchor and rows and table.pos is not None:
        have = {table.roles.get(i) for i in rows[-1]["cells"]} - {None}
        new = {table.roles.get(i) for i in cells.numbers} - {None}
        if "amount" not in have and not have & new:
            return False  # the rest of the open item: its amount on the next line
    return anchor
