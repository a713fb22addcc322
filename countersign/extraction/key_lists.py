"""A seller's word as one key in a list of keys and values, not a seller block's heading: "Caisse : 03" over
"Vendeur : Rachid" (a till's salesperson), or keys each over one line of value ("Forma de pago" / "Crédito" /
"Vendedor" / "Javiera Sepúlveda"). `vendor` takes no name from it.
"""

from __future__ import annotations

import re

from countersign.extraction.labels import LEGAL_SUFFIX, is_label
from countersign.extraction.layout import Line, PageLayout, Segment, join_words
from countersign.extraction.parties import QUOTED_NAME


def key_value_pair(page: PageLayout, line: Line) -> bool:
    """Whether a line and the one above it each open with a label ending in a colon, a value at their right: a list of
    keys and values, whose next line is the next key's, no block under a heading."""
    above = page.lines[line.index - 1] if line.index else None
    return above is not None and all(_KEY.match(join_words(ln.words)) for ln in (above, line))


_KEY = re.compile(r"[^:]{1,30}:\s*\S")  # "Caisse : 03", "Vendeur : Rachid"


def stacked_key(page: PageLayout, line: Line, heading: Segment) -> bool:
    """Whether a heading on its line is a key in a list of keys each over one line of value ("Forma de pago" /
    "Crédito" / "Vendedor" / "Javiera Sepúlveda" / "MONTO NETO"): a key over a value right above it in its column, one
    line of value under it, no legal form in it, then a gap, a label or the next key in the list's rhythm (as far
    below, in the keys' type). "Vendedor" there is the salesperson."""
    col = [sg for ln in page.lines[max(0, line.index - 6):line.index + 6] for sg in ln.segments
           if abs(sg.x0 - heading.x0) < 3]  # (its column's lines, whatever the rows beside them)
    at = col.index(heading)
    if at < 2 or at + 1 >= len(col):
        return False
    label, above, value = col[at - 2], col[at - 1], col[at + 1]
    height = max(sg.y1 - sg.y0 for sg in (label, above, heading, value))
    if any(b.y0 - a.y1 > height for a, b in ((label, above), (above, heading), (heading, value))) \
            or not _key_like(label) or is_label(above) or LEGAL_SUFFIX.search(value.text) \
            or QUOTED_NAME.search(value.text):
        return False
    if at + 2 >= len(col) or col[at + 2].y0 - value.y1 > height or is_label(col[at + 2]):
        return True
    after, between = col[at + 2], heading.y0 - above.y1
    return abs(after.y0 - value.y1 - between) < 0.35 * height and _key_like(after) \
        and abs((after.y1 - after.y0) - (heading.y1 - heading.y0)) <= 0.5 * (heading.y1 - heading.y0)


def _key_like(seg: Segment) -> bool:
    """Whether a segment reads as a key over its value: a label, or up to four words, no digit ("Cotización de origen",
    in small capitals "código de cliente")."""
    return is_label(seg) or len(seg.words) <= 4 and seg.text[:1].isalpha() and not any(ch.isdigit() for ch in seg.text)
