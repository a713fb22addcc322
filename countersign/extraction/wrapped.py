"""Values cut at their line's end and carried on at the start of the next line: a tax id in running text ("... N° TVA
intracommunautaire FR68" / "887 075 042"), a number cut at a dash or a slash ("RAČUN br. RN-2025-" / "0138")."""

from __future__ import annotations

import re

from countersign.extraction.ids import tax_id_valid
from countersign.extraction.layout import Line, PageLayout, Word, join_words


def wrapped_tax_id(page: PageLayout, rest: list[Word]) -> tuple[str, list[Word]] | None:
    """A tax id cut at its line's end in running text and carried on at the start of the next line ("... N° TVA
    intracommunautaire FR68" / "887 075 042 ..."): the parts as one when its check digits hold; None otherwise."""
    lines = _carried_on(page, rest[-1]) if rest and len(rest) <= 2 else None
    if lines is None:
        return None
    nxt = lines[1]
    for n in range(min(4, len(nxt.segments[0].words)), 0, -1):
        words = rest + nxt.segments[0].words[:n]
        if tax_id_valid(value := join_words(words).strip(".,;")):
            return value, words
    return None


def wrapped_number(page: PageLayout, name: str, value: tuple[str, list[Word]]) -> tuple[str, list[Word]] | None:
    """A number cut at a dash or a slash at its line's end and carried on at the start of the next line ("RAČUN br.
    RN-2025-" / "0138"): the two parts as one; None when the number ends whole."""
    if name not in ("invoice_number", "po_number") or not value[0].endswith(("-", "/")):
        return None
    last = value[1][-1]
    if (lines := _carried_on(page, last)) is None:
        return None  # not its line's last word, or nothing close under it: the number ends there
    line, nxt = lines
    # the next line's first word under the number, in its column (the other column's text is left of it); in running
    # text, wrapped as a paragraph's lines are (the next line starts where this one does), the next line's first word
    paragraph = line.one_run and nxt.one_run and line.words[0].x0 < value[1][0].x0 \
        and abs(nxt.words[0].x0 - line.words[0].x0) <= line.h
    first = nxt.words[0] if paragraph else next(
        (w for w in nxt.words if value[1][0].x0 - 3 * line.h <= w.x0 <= last.x1 + line.h), None)
    rest = first.text.rstrip(",.;:)") if first is not None else ""  # ("4207051, de fecha ...": a sentence goes on)
    if not re.fullmatch(r"[A-Za-z0-9]+", rest):
        return None
    return value[0] + rest, [*value[1], first]


def _carried_on(page: PageLayout, last: Word) -> tuple[Line, Line] | None:
    """The line `last` ends and the next line, within a line's height under it, where a value cut at the line's end
    goes on; None when `last` ends no line or nothing follows close under it."""
    line = next((ln for ln in page.lines if ln.words and ln.words[-1].id == last.id), None)
    if line is None or line.index + 1 >= len(page.lines) or page.lines[line.index + 1].y0 - line.y1 > line.h:
        return None
    return line, page.lines[line.index + 1]
