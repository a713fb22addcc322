"""The page as the reader sees it: words with boxes, grouped into lines and segments.

PyMuPDF gives words with their boxes (top-left origin, in points). Words with the same vertical
centre form a line; a line splits into segments at wide gaps, which separates columns ("Invoice
No." | "INV-1043"). Everything downstream (labels, tables, the vendor's name) works on these
records, and reports evidence as the page and box of the words a value was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, TypeVar

from countersign.domain import Evidence

T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801 - named as the functools one it stands in for
    """functools.cached_property without its lock: Python 3.11's takes a lock on each first read, and a page's lines
    and segments are read thousands of times (`evals.bench extract`: the lock was a twentieth of the reader's time).
    Worked out on the first read, then an attribute of the instance; the reader never shares a page across threads."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Word:
    """One word on a page; `id` is unique within a document, so sets of ids mark words as taken."""

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    id: int

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class Segment:
    """A run of words on one line with ordinary spacing: a cell, a label, a value (its words never change, so its
    text and box are worked out once)."""

    words: list[Word]
    line: "Line"

    @cached_property
    def text(self) -> str:
        """The words joined by single spaces (the words of a segment never change)."""
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @cached_property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @cached_property
    def h(self) -> float:
        return max(w.h for w in self.words)


@dataclass
class Line:
    """Words with the same vertical centre, left to right; `index` is its place on the page. Its box is worked out
    once, when first asked: a line's words never change after `group_lines` has grouped them."""

    page: int
    index: int
    words: list[Word]
    segments: list[Segment] = field(default_factory=list)

    @cached_property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @cached_property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @cached_property
    def h(self) -> float:
        return sorted(w.h for w in self.words)[len(self.words) // 2]

    @cached_property
    def one_run(self) -> bool:
        """Whether the line is one run of text: one segment, or segments a word's space apart (a sum set in bold in
        its sentence, a justified line whose every word is set apart: "emitida | em | 23 | de | outubro")."""
        return all(b.x0 - a.x1 < 1.5 * self.h for a, b in zip(self.segments, self.segments[1:], strict=False))


@dataclass
class PageLayout:
    """One page (`number` 1-based): its size in points and its lines, top to bottom."""

    number: int
    width: float
    height: float
    lines: list[Line]


def group_lines(page: int, words: list[Word]) -> list[Line]:
    """Group words into lines by vertical centre, then split lines into segments at wide gaps
    (wider than one space of the line's font). A word right after one of the line's, on its centre, is on it too,
    though off the line's first word's: a label in small capitals beside a taller line ("S|ua requisição")."""
    lines: list[Line] = []
    refs: list[tuple[float, float]] = []  # (centre, height) of each line's first word
    for word in sorted(words, key=lambda w: (w.cy, w.x0)):
        if lines:
            cy, h = refs[-1]
            if abs(word.cy - cy) <= 0.45 * min(h, word.h) or any(0 <= word.x0 - w.x1 < w.h and abs(
                    word.cy - w.cy) <= 0.45 * min(w.h, word.h) for w in lines[-1].words):
                lines[-1].words.append(word)
                continue
        lines.append(Line(page, len(lines), [word]))
        refs.append((word.cy, word.h))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        space = _monospace_space(line.words)
        current = [line.words[0]]
        for prev, word in zip(line.words, line.words[1:], strict=False):
            gap = word.x0 - prev.x1
            if gap > max(3.5, 0.45 * min(prev.h, word.h), space):
                line.segments.append(Segment(current, line))
                current = []
            current.append(word)
        line.segments.append(Segment(current, line))
    return lines


def _monospace_space(words: list[Word]) -> float:
    """In a monospaced font (an ERP or typewriter print) one space is a whole character wide,
    wider than the proportional rule allows: the gap a single space leaves there (1.3 character
    widths), else 0. A line is monospaced when its words' widths per character agree."""
    low = high = total = 0.0
    n = 0
    for w in words:
        if len(w.text) < 3:
            continue
        width = (w.x1 - w.x0) / len(w.text)
        low, high = (width, width) if not n else (min(low, width), max(high, width))
        if high > 1.08 * low:
            return 0.0  # (a proportional font shows itself within a few words)
        total += width
        n += 1
    return 1.3 * total / n if n >= 3 else 0.0


def line_of(page: PageLayout, word: Word) -> Line | None:
    """The line of `page` that holds `word` (None when none does)."""
    return next((line for line in page.lines if any(w.id == word.id for w in line.words)), None)


def all_segments(pages: list[PageLayout]) -> list[Segment]:
    """Every segment of every page, in reading order."""
    return [s for p in pages for line in p.lines for s in line.segments]


def has_words(pages: list[PageLayout]) -> bool:
    """Whether any page has any word (a text layer, or what OCR found)."""
    return any(line.words for p in pages for line in p.lines)


def evidence_of(words: list[Word], text: str | None = None) -> list[Evidence]:
    """Where these words stand: their page (the first word's) and the box around them there."""
    if not words:
        return []
    page = words[0].page
    on_page = [w for w in words if w.page == page]
    bbox = [
        round(min(w.x0 for w in on_page), 2),
        round(min(w.y0 for w in on_page), 2),
        round(max(w.x1 for w in on_page), 2),
        round(max(w.y1 for w in on_page), 2),
    ]
    return [Evidence(page=page, bbox=bbox, text=text if text is not None else join_words(words))]


_FIELD_NUMBER = re.compile(r"\(\d{1,2}[а-яa-z]?\)")


def without_field_number(words: list[Word]) -> list[Word]:
    """The words of a form's value without the field's number printed after it: a Russian счёт-фактура numbers its
    fields ("ООО «Дальморсервис» (2)", "Российский рубль, 643 (7)")."""
    return words[:-1] if len(words) > 1 and _FIELD_NUMBER.fullmatch(words[-1].text) else words


def join_words(words: Iterable[Word]) -> str:
    """The words' text, one space between each."""
    return " ".join(w.text for w in words)


_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufefc]")
_LTR = re.compile(r"[^\W_\u0590-\u08ff\ufb1d-\ufefc]")  # a letter of a left-to-right script, or a digit


def right_to_left(text: str) -> bool:
    """Whether a text is written right to left: Arabic, Persian or Hebrew letters, most of its letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _RTL_LETTER.match(c)) * 2 > len(letters)


def reading_order(text: str, words: list[Word]) -> str:
    """A text joined from its `words` left to right as the page shows them, in the order it is read: a right-to-left
    text the PDF wrote from the right (most words drawn before the word left of them, as a browser writes one) runs
    from the right ("المحدودة ... شركة" read "شركة ... المحدودة"), a run of left-to-right words or numbers inside it
    keeping its own order ("ACME Ltd"); one written from the left (a tool that lays out no right-to-left text) is
    read as written."""
    pairs = [(a.id, b.id) for a, b in zip(words, words[1:], strict=False) if abs(a.cy - b.cy) < max(a.h, b.h) / 2]
    if not right_to_left(text) or sum(1 for a, b in pairs if a > b) * 2 <= len(pairs):
        return text
    out: list[str] = []
    run: list[str] = []
    for word in reversed(text.split()):
        if _LTR.search(word):
            run.append(word)
            continue
        out.extend(reversed(run))
        run = []
        out.append(word)
    out.extend(reversed(run))
    return _HEBREW_MARK.sub(r"\1", " ".join(out))  # "בע " מ": a Hebrew acronym the layout split at its mark, "בע"מ"


_HEBREW_MARK = re.compile(r"(?<=[\u05d0-\u05ea]) ([\"״'׳]) (?=[\u05d0-\u05ea])")


def words_within(page: PageLayout, evidence: list[Evidence]) -> list[Word]:
    """The page's words inside the boxes a value was read from, line by line, left to right."""
    boxes = [e.bbox for e in evidence if e.page == page.number]
    return [w for line in page.lines for w in line.words
            if any(b[0] - 1 <= w.x0 and w.x1 <= b[2] + 1 and b[1] - 1 <= w.cy <= b[3] + 1 for b in boxes)]


def word_spans(seg: Segment) -> list[tuple[int, int, Word]]:
    """(start, end, word): where each word stands in `seg.text`."""
    spans, pos = [], 0
    for w in seg.words:
        spans.append((pos, pos + len(w.text), w))
        pos += len(w.text) + 1
    return spans


def words_after(seg: Segment, offset: int) -> list[Word]:
    """Words (or the tail of a word, e.g. "#INV-1" -> "INV-1") after a character offset."""
    out: list[Word] = []
    for start, end, w in word_spans(seg):
        if start >= offset:
            out.append(w)
        elif end > offset:
            cut = offset - start
            width = (w.x1 - w.x0) * cut / max(len(w.text), 1)
            out.append(Word(w.page, w.x0 + width, w.y0, w.x1, w.y1, w.text[cut:], w.id))
    return out


def words_before(seg: Segment, offset: int) -> list[Word]:
    """Words that start before a character offset of the segment's text."""
    return [w for start, _, w in word_spans(seg) if start < offset]
