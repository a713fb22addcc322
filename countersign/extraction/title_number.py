"""The invoice's number printed under its title, on a line of its own: "Invoice" / "№ 2025-185",
"FACTURA ELECTRÓNICA" / "F001-00035995" (`pairing` reads the two as one title line). Moved out of
`pairing` as it was, with the bare series number added."""

from __future__ import annotations

import dataclasses
import re

from countersign.extraction.labels import TITLE, unspaced
from countersign.extraction.layout import Line, PageLayout, Word, join_words

_MARKED = re.compile(r"(?:№|#|no\.?|nr\.?|n\.?[°º]\.?)\s*:?\s*[A-Z0-9]", re.IGNORECASE)
# A number with its series alone under the title, with no number sign: "FACTURA ELECTRÓNICA" / "F001-00035995"
# (read below 0.9: nothing on the page calls it the number).
BARE_SERIES = re.compile(r"[A-Z][A-Z\d]{0,5}-\d{2,10}")
_TITLE_WORD = re.compile(r"invoice|factura|fatura|facture|fattura|faktura|rechnung|factuur", re.IGNORECASE)
# A printed series before the number, not part of it: "Serija BSS Nr. 015694", "Seria AB nr. 123".
_SERIES = re.compile(r"(?:seri(?:ja|a|e|es)|серия)\s+[^\W_]{1,6}\s+(?=\S)", re.IGNORECASE)


def number_under_title(page: PageLayout, line: Line) -> list[Word] | None:
    """A title alone on its line (letter-spaced too) with its number under it, behind a number sign
    ("Invoice" / "№ 2025-185", "INVOICE" / "No. 4711", after a series: "Serija BSS Nr. 015694"): the
    words of both, read as one title line. The number may sit on the next line but one, past the other
    column's line or a one-word stamp ("ORIGINAL"); under a centred title, it may open the line anywhere.
    A series number alone under it needs no sign ("F001-00035995"): the title's own word, then it."""
    for seg in line.segments:
        title = unspaced(seg.text.strip(" :"))
        if not TITLE.fullmatch(title):
            continue
        # the first segment under the title (a line of the other column may come between)
        top, under = seg.y1, None
        centred = len(line.segments) == 1 and abs((seg.x0 + seg.x1) / 2 - page.width / 2) < 0.1 * page.width
        for other in (o for below in page.lines[line.index + 1:line.index + 4] for o in below.segments
                      if min(o.x1, seg.x1) - max(o.x0, seg.x0) > 0 or centred and o is below.segments[0]):
            if re.fullmatch(r"[^\W\d_]{4,}", other.text) and other.y0 - top < 1.5 * other.h:
                top = other.y1  # a stamp between: "ORIGINAL", "COPY"
                continue
            under = other
            break
        if under is None or under.y0 - top >= 1.5 * under.h:
            continue
        series = _SERIES.match(under.text)
        words = under.words[len(series.group(0).split()):] if series else under.words
        if len(words) == 1 and BARE_SERIES.fullmatch(words[0].text):
            head = next((w for w in seg.words if _TITLE_WORD.fullmatch(w.text)), None)
            return [head] + words if head else None  # "FACTURA" of "FACTURA ELECTRÓNICA", then the number
        if _MARKED.match(join_words(words)):
            if title != seg.text.strip(" :"):  # "Ф А К Т У Р А" read as one word
                return [dataclasses.replace(seg.words[0], x1=seg.words[-1].x1, text=title)] + words
            return seg.words + words
    return None
