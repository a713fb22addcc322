"""Forms that print a value first: before its label, the label ending the line ("FT PVM/2025/0146 | Fatura n.º"), or
over its caption in brackets ("U-250" / "(užsakymo Nr.)"). `pairing.pair_value` asks here last,
when a label has no value after it or under it."""

from __future__ import annotations

from countersign.extraction.labels import is_label, validate
from countersign.extraction.layout import Line, PageLayout, Segment, Word


def value_left(line: Line, index: int, seg: Segment, name: str) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value printed before its label, the label ending the line ("FT PVM/2025/0146 | Fatura n.º", as a form
    that names each value after it does): the segment left of it, when no label of its own stands before that."""
    if index != len(line.segments) - 1 or index == 0 or len(seg.text) > 40:
        return None
    left = line.segments[index - 1]
    if is_label(left) or index >= 2 and is_label(line.segments[index - 2]):
        return None
    value = validate(name, left.words)
    return None if value is None else (value, left)


def captioned(seg: Segment) -> bool:
    """Whether a label is a caption in brackets under its value ("U-250" / "(užsakymo Nr.)", as forms print a field's
    name under its blank): what stands above it is its value, never what follows it."""
    return seg.text.startswith("(") and seg.text.endswith(")")


def value_above(page: PageLayout, line: Line, seg: Segment, name: str) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value over a caption (`captioned`): the segment of the line above that stands over its middle."""
    if line.index == 0:
        return None
    above = page.lines[line.index - 1]
    middle = (seg.x0 + seg.x1) / 2
    over = next((s for s in above.segments if s.x0 - 2 <= middle <= s.x1 + 2), None)
    if over is None or line.y0 - above.y1 > 1.5 * line.h or is_label(over):
        return None
    value = validate(name, over.words)
    return None if value is None else (value, over)
