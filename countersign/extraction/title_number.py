"""The invoice's number printed under its title, on a line of its own: "Invoice" / "№ 2025-185",
"FACTURA ELECTRÓNICA" / "F001-00035995" (`pairing` reads them as the title line's number). Moved out of
`pairing`, with the bare series number added."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from countersign.extraction.labels import TITLE, title_or_stamp, unspaced
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words

_MARKED = re.compile(r"(?:№|#|no\.?|nr\.?|n\.?[°º]\.?)\s*:?\s*[A-Z0-9]", re.IGNORECASE)
# A number with its series, and a document type's letters before it: "F001-00035995", "FT 2026A/939", "FT A/1452".
BARE_SERIES = re.compile(r"(?:[A-Z]{1,3}\s)?(?=[A-Z\d]*[A-Z])[A-Z\d]{1,8}[-/]\d{2,10}|[A-Z]{1,3}\s\d{4}/\d{1,10}")
# A printed series before the number, not part of it: "Serija BSS Nr. 015694", "Seria AB nr. 123".
_SERIES = re.compile(r"(?:seri(?:ja|a|e|es)|серия)\s+[^\W_]{1,6}\s+(?=\S)", re.IGNORECASE)


def number_under_title(page: PageLayout, line: Line) -> list[Word] | None:
    """A title alone on its line (letter-spaced too) with its number under it, behind a number sign
    ("Invoice" / "№ 2025-185", "INVOICE" / "No. 4711", after a series: "Serija BSS Nr. 015694"): the
    words of both, read as one title line. The number may sit on the next line but one, past the other
    column's line or a one-word stamp ("ORIGINAL"); under a centred title, it may open the line anywhere."""
    for seg, title, words in _under_titles(page, line):
        if _MARKED.match(join_words(words)):
            if title != seg.text.strip(" :"):  # "Ф А К Т У Р А" read as one word
                return [dataclasses.replace(seg.words[0], x1=seg.words[-1].x1, text=title)] + words
            return seg.words + words
    return None


def series_under_title(page: PageLayout, line: Line) -> tuple[list[Word], list[Word]] | None:
    """A number with its series alone under the title, with no number sign ("FACTURA ELECTRÓNICA" /
    "F001-00035995", "FATURA" / "FT 2026A/939"): the title's words and the number's."""
    for seg, _, words in _under_titles(page, line):
        if len(words) <= 2 and BARE_SERIES.fullmatch(join_words(words)):
            return seg.words, words
    return None


def _under_titles(page: PageLayout, line: Line) -> Iterator[tuple[Segment, str, list[Word]]]:
    """Each title alone in its segment of the line, as printed and read, with the first segment's
    words under it (a line of the other column may come between; a printed series is left out). A title whose words
    the line set apart ("КРЕДИТНО | ИЗВЕСТИЕ") is one segment."""
    segments = line.segments
    if len(segments) > 1 and all(s.text.isalpha() for s in segments) and _titled(join_words(line.words)):
        segments = [Segment(line.words, line)]
    for seg in segments:
        title = _titled(unspaced(seg.text.strip(" :"))) or _hyphen_wrapped(page, line, seg)
        if title is None:
            continue
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
        yield seg, title, under.words[len(series.group(0).split()):] if series else under.words


def _hyphen_wrapped(page: PageLayout, line: Line, seg: Segment) -> str | None:
    """A title broken at its hyphen onto the next line, in its column ("FATURA-" / "RECIBO"): the whole title, or None.
    (Its second half is passed over as a stamp between the title and its number.)"""
    if not seg.text.endswith("-") or line.index + 1 >= len(page.lines):
        return None
    rest = next((o for o in page.lines[line.index + 1].segments if min(o.x1, seg.x1) - max(o.x0, seg.x0) > 0), None)
    if rest is None or not re.fullmatch(r"[^\W\d_]{2,}", rest.text) or rest.y0 - seg.y1 > 0.5 * seg.h:
        return None
    return _titled(seg.text + rest.text)


def _titled(text: str) -> str | None:
    """The title a segment prints: all of it, or what ends it after a dash, the document's kind named first ("NOTE DE
    SÉJOUR – FACTURE": a stay's note that is the invoice); None when it prints none."""
    if TITLE.fullmatch(text):
        return text
    tail = _DASHED.split(text)[-1]
    return tail if tail != text and TITLE.fullmatch(tail) else None


_DASHED = re.compile(r"\s+[–—-]\s+")


def title_after(words: list[Word]) -> int:
    """Where the document's title starts when it ends a segment after other words, 0 if it does not: a title
    printed so near the letterhead's name that the line's words run on ("Εργαστήριο Γ. Μαυρίδης ΤΙΜΟΛΟΓΙΟ
    ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", the title in another type size)."""
    for k in range(1, len(words)):
        if abs(words[k].h - words[k - 1].h) > 0.03 * words[k - 1].h and title_or_stamp(join_words(words[k:])):
            return k
    return 0


def year_below(page: PageLayout, line: Line, date: list[Word]) -> list[Word]:
    """A title's date whose year wrapped onto the next line, flush left under it ("Счет на оплату № АО-5069 от 8
    декабря" / "2025 г."): the date's words in its segment, which they end, and the year's; none when the next line
    opens with no year."""
    seg = next((sg for sg in line.segments if date and date[0] in sg.words), None)
    below = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    if seg is None or below is None or below.y0 - line.y1 > 0.8 * below.h \
            or abs(below.words[0].x0 - line.words[0].x0) > 6 \
            or not re.fullmatch(r"(?:19|20)\d{2}", below.words[0].text):
        return []
    return seg.words[seg.words.index(date[0]):] + below.words[:1]
