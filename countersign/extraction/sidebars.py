"""The sidebars beside a line-item table: a column of the vendor's ids, bank and amount due at its left, or of the
invoice's facts at its right, whose lines stand level with the table's header and rows but are none of its cells.
"""

from __future__ import annotations

from collections.abc import Iterator

from countersign.extraction.layout import Line, PageLayout, right_to_left
from countersign.extraction.table import NUMERIC_ROLES, Table, header_role

_ROLES = ("description", "pos", *NUMERIC_ROLES)


def sidebar_edge(page: PageLayout, table: Table) -> float:
    """Where a sidebar left of the table ends (the vendor's ids and bank in a coloured column): just
    left of the header's own row when that starts past a quarter of the page; else 0. The sidebar's text level with
    the header is no header cell: a value with digits ("Account: 3829901061586819 | # | Description ..."), or text
    naming no column before the position's or the description's ("BANKOVNÍ SPOJENÍ | Označení dodávky | ...")."""
    # (of the lines with most cells, the one opening leftmost: a two-line header's first line may hold only the right
    # columns' first words, "Тариф, | Сумма без | Всего с" over "... | руб./т | НДС, руб. | НДС, руб.")
    header = max(table.header_lines, key=lambda ln: (len(ln.segments), -ln.segments[0].x0))
    segs = header.segments
    first = next((seg for seg in segs if not any(ch.isdigit() for ch in seg.text)), segs[0])
    # (a right-to-left table opens at its right: its amount's column stands first at the left)
    opens = _ROLES if right_to_left(" ".join(seg.text for seg in segs)) else ("description", "pos")
    if first is segs[0] and len(segs) > 1 and header_role(segs[0].text) is None and header_role(segs[1].text) in opens:
        first = segs[1]
    opening = next((i for i, seg in enumerate(segs) if header_role(seg.text) in ("description", "pos")), 0)
    if any(ch.isdigit() for seg in segs[:opening] for ch in seg.text):
        first = segs[opening]  # a totals column's row before the description's ("Subtotal (ex GST) | 3,186.76 | ...")
    left = first.x0 - 6
    return left if left > 0.25 * page.width else 0.0


def right_sidebar(page: PageLayout, table: Table) -> tuple[Table, float]:
    """A sidebar right of the table (the invoice's facts in a column, each label over its value): the
    header's last column names no role, stands after the amount's, and text above the header starts where
    it does (the sidebar's labels run on above the table). That column is dropped, and the table's rows end
    left of it (returned: where; else the page's width)."""
    cols = table.columns
    last = cols[-1]
    if len(cols) < 3 or last.role is not None or "amount" not in {c.role for c in cols[:-1]}:
        return table, page.width
    top = table.header_lines[0].index
    above = sum(1 for ln in page.lines[max(0, top - 10):top] if any(abs(sg.x0 - last.x0) < 3 for sg in ln.segments))
    if above < 2:
        return table, page.width
    return Table(cols[:-1], table.header_lines, table.by_arithmetic), last.x0 - 3


def beside_sidebar(lines: list[Line], left: float, right: float) -> Iterator[Line]:
    """The lines with a sidebar's text left of `left` or right of `right` taken out: its lines are no rows."""
    for line in lines:
        kept = [seg for seg in line.segments if seg.x1 >= left and seg.x0 < right]
        if len(kept) == len(line.segments):
            yield line
        elif kept:
            yield Line(line.page, line.index, [w for seg in kept for w in seg.words], kept)
