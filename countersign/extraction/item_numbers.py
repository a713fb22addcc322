"""An item's numbers as its table prints them: thousands grouped by a character ("532.000" dong beside "9.576.000"),
and the discount per row in percent that its amount is after ("Popust %": 5, "15%" under "הנחה").
"""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.extraction.layout import Segment
from countersign.extraction.table import DISCOUNT_WORDS, Column, Table

# a discount column's header: in percent ("Popust %", "Rabatt (%)"), or Hebrew's "הנחה" over "15%"
_DISCOUNT_HEADER = re.compile(DISCOUNT_WORDS + r"\s*\(?%|הנחה", re.IGNORECASE)
_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def discount_column(table: Table) -> tuple[int, Column] | None:
    """The table's column of a discount per row in percent, set aside from the four (its index and column)."""
    return next(((i, c) for i, c in enumerate(table.columns) if c.role == "other" and _DISCOUNT_HEADER.match(c.text)),
                None)


def kept(row: dict, discount: tuple[int, Column] | None) -> Decimal:
    """The share of quantity x unit price a row's amount keeps after its discount in percent ("Popust %": 5 keeps
    0.95; "15%" under "הנחה" 0.85); 1 with no discount column or none on the row."""
    if discount is None:
        return Decimal(1)
    off, column = discount
    if off in row["cells"]:
        return 1 - row["cells"][off][0] / 100
    for word in row["words"]:
        if column.x0 - 4 <= (word.x0 + word.x1) / 2 <= column.x1 + 4 and (m := _PERCENT.fullmatch(word.text)):
            return 1 - Decimal(m.group(1).replace(",", ".")) / 100
    return Decimal(1)


_GROUPS = re.compile(r"\d{1,3}(?P<sep>[.,'\u00a0 ])\d{3}(?P=sep)\d{3}(?!\d)")
_ONE_GROUP = re.compile(r"[^\d.,]*(\d{1,3})([.,])(\d{3})[^\d.,]*")


def grouping(rows: list[dict]) -> str | None:
    """The character a table groups thousands with, when one of its numbers prints two groups ("9.576.000"): then a
    number printed with one group ("532.000") is thousands too, never three decimals."""
    for row in rows:
        for _, seg in row["cells"].values():
            if (m := _GROUPS.search(seg.text)) is not None:
                return m.group("sep")
    return None


# a number with its cents after a decimal comma or point, grouped or not ("12 762,40", "430,00", "1,234.56")
_CENTS = {",": re.compile(r"[-(]?\d{1,3}(?:[ .\u00a0]\d{3})*,\d{2}\)?"),
          ".": re.compile(r"[-(]?\d{1,3}(?:,\d{3})*\.\d{2}\)?")}


def decimal_mark(rows: list[dict]) -> str | None:
    """The character a table's numbers print their cents after, when all that print cents agree ("430,00" and "12
    762,40": the comma); then a number of one group of three after it ("29,680" tonnes) is three decimals."""
    marks = {mark for row in rows for _, seg in row["cells"].values() for mark, cents in _CENTS.items()
             if cents.fullmatch(seg.text.strip())}
    return marks.pop() if len(marks) == 1 else None


def grouped(cell: tuple[Decimal, Segment], sep: str | None, mark: str | None = None) -> Decimal:
    """A cell's number, one group of three after the table's grouping character read as thousands (`grouping`), after
    its decimal mark as three decimals (`decimal_mark`)."""
    value, seg = cell
    m = _ONE_GROUP.fullmatch(seg.text) if sep or mark else None
    if m and m.group(2) == sep:
        return Decimal(m.group(1) + m.group(3))
    if m and m.group(2) == mark and sep is None:
        number = Decimal(m.group(1) + "." + m.group(3))
        return -number if value < 0 else number
    return value
