"""Labels of a right-to-left page, whose values stand at their left: "2026-00351 ‖ رقم الفاتورة", "ZPS-218 ‖ No. /
ژمارە" (a bilingual label in Arabic script and English, written from the right as a browser lays it out).

`pairing` reads a label's value after it, to its right or below; on a line holding Arabic, Persian or Hebrew
letters a label with right-to-left words of its own is read here first: its value after it in the order the line
is read (from the right: "الرقم الضريبي : 657138620"), else the value in the segment just left of it; an amount's
label with none there has its value just below (a strip of labels over their amounts above the items). Only a label
with no left-to-right value at its right is read so (a left-to-right page's bilingual "Invoice No. / رقم الفاتورة |
INV-1" stays `pairing`'s). A browser moves an English word's trailing dot to its left in a right-to-left run ("No."
shows as ".No"): the label's words are read with the dot put back.
"""

from __future__ import annotations

import re

from countersign.extraction.candidate import Candidate, candidate
from countersign.extraction.confidence import GOOD, HIGH
from countersign.extraction.label_words import FILLER
from countersign.extraction.labels import is_label, label_matches, validate
from countersign.extraction.layout import (
    Line,
    PageLayout,
    Segment,
    Word,
    join_words,
    right_to_left,
    words_after,
    words_before,
)
from countersign.extraction.lexicon import AMOUNTS, LabelRead, concepts_of
from countersign.extraction.neighbours import aside, value_below
from countersign.extraction.titles import TITLE

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufefc]")
_LTR = re.compile(r"[^\W_\u0590-\u08ff\ufb1d-\ufefc]")  # a letter of a left-to-right script, or a digit
_MOVED_DOT = re.compile(r"\.([A-Za-z][\w.]*)")  # ".No", ".Reg.": a trailing dot the layout put in front
_MOVED_PERCENT = re.compile(r"%\d{1,2}(?:[.,]\d{1,3})?")  # "%7": a rate whose sign the layout put in front
_RATE = re.compile(r"\d{1,2}(?:[.,]\d{1,3})?%")
_SEPARATORS = frozenset("· • | ●".split())


def pair_leftward(pages: list[PageLayout], table_words: set[int], buyer_words: set[int]
                  ) -> tuple[dict[str, list[Candidate]], set[int]]:
    """The candidates of the right-to-left labels, and the ids of their label and value words."""
    found: dict[str, list[Candidate]] = {}
    used: set[int] = set()
    for page in pages:
        if not any(_RTL.search(join_words(line.words)) for line in page.lines):
            continue  # a left-to-right page: `pairing`'s alone
        titled = False
        for line in page.lines:
            titled = titled or any(TITLE.match(s.text) or TITLE.match(s.text.split(" ", 1)[-1])  # "Sales Invoice"
                                   or concepts_of(s.text.casefold()) == ("DOC",) for s in line.segments)  # "صورتحساب"
            if not _RTL.search(join_words(line.words)):
                continue
            for i in range(len(line.segments) - 1, -1, -1):  # from the right, as the line is read
                seg = line.segments[i]
                if seg.words[0].id in table_words or any(w.id in used for w in seg.words) or not _RTL.search(seg.text):
                    continue
                right = line.segments[i + 1] if i + 1 < len(line.segments) else None
                if right is not None and not _RTL.search(right.text) and not any(w.id in used for w in right.words):
                    continue  # a left-to-right value at its right, no label's further right: `pairing` reads it
                cand = _pair(page, line, i, titled)
                if cand is not None:
                    cand.extra["in_buyer_block"] = seg.words[0].id in buyer_words
                    cand.extra["in_footer"] = line.y0 > 0.85 * page.height
                    found.setdefault(cand.field, []).append(cand)
                    used.update(w.id for w in cand.words + cand.label_words)
    return found, used


def _pair(page: PageLayout, line: Line, i: int, titled: bool) -> Candidate | None:
    """The first label of segment `i`'s chunks (from the right) with its value; a bare number word ("No. / ژمارە")
    numbers the invoice (at a weaker rank) below the page's title (`titled`)."""
    seg = line.segments[i]
    chunks: list[list[Word]] = [[]]
    for w in seg.words:
        if w.text in _SEPARATORS:
            chunks.append([])
        else:
            chunks[-1].append(w)
    chunks = [c for c in chunks if c]
    for k in range(len(chunks) - 1, -1, -1):
        last = k == 0  # the chunk at the segment's left end: the next segment left may be its value
        for as_laid, words in enumerate((reading_words(chunks[k]), _dots_back(chunks[k]))):
            piece = Segment(words, line)
            for name, rank, m in label_matches(piece.text) or _bare(piece, titled):
                label, rest = _split(piece, m.end())
                if rest and not aside(rest):
                    value = validate(name, rest)
                    if value is not None:
                        return candidate(name, rank, HIGH, value, label, piece.text, {"label": join_words(label)})
                    if name not in AMOUNTS or any(_digits(w.text) for w in rest):
                        continue
                    label = label + rest  # an amount's label ending in words or a rate: "ضريبة المبيعات %16", "(د.أ)"
                left = line.segments[i - 1] if last and i else None
                if left is not None and (found := _at_left(page, line, i, name, rank, label, bool(rest))) is not None:
                    return found
                if (name in AMOUNTS or name != "terms" and not (as_laid and rest)) \
                        and (below := value_below(page, line, Segment(chunks[k], line), name,
                                                  from_right=right_to_left(join_words(label)))) is not None:
                    # a strip of labels, each over its value ("المجموع قبل الضريبة" over "1,462.600", "תאריך הפקה"
                    # over the date)
                    return candidate(name, rank, GOOD, below[0], label, f"{join_words(label)} {below[1].text}",
                                     {"label": join_words(label)})
    return None


def _at_left(page: PageLayout, line: Line, i: int, name: str, rank: int, label: list[Word], worded: bool
             ) -> Candidate | None:
    """The candidate of segment `i`'s label from the segment at its left: the whole label's, when the label goes on
    there (`_label_goes_on`; not after words of its own, `worded`), else its value there ("18,000 د.ع")."""
    seg, left = line.segments[i], line.segments[i - 1]
    if not worded and (more := _label_goes_on(line, label, left)) is not None:
        return more
    if (seg.x0 - left.x1 <= 0.45 * page.width or _totals_row(line, name, i)) and not is_label(left):
        value = validate(name, reading_words(left.words)) or validate(name, left.words)
        if value is not None and not (name == "terms" and value[0].isdigit()):  # a table's row number level with it
            return candidate(name, rank, HIGH, value, label, f"{join_words(label)} {left.text}",
                             {"label": join_words(label)})
    return None


def _label_goes_on(line: Line, label: list[Word], left: Segment) -> Candidate | None:
    """A label whose next word a gap split off, the label going on in the segment at its left with the value
    ("تاريخ ‖ الاستحقاق : 2025/03/05", the due date, its lam-alef drawn wide): the whole label's candidate, its
    value after it; None when the segment at the left opens with no more of a label, or has no value for the
    whole label."""
    words = reading_words(left.words)
    if not words or concepts_of(words[0].text.rstrip(":").casefold()) is None:
        return None
    whole = Segment(label + words, line)
    for name, rank, m in label_matches(whole.text):
        head, rest = _split(whole, m.end())
        if len(head) > len(label) and rest and (value := validate(name, rest)) is not None:
            return candidate(name, rank, HIGH, value, head, whole.text, {"label": join_words(head)})
    return None


def _totals_row(line: Line, name: str, i: int) -> bool:
    """An amount's label and its value alone on a row across the table, the value under its last column at the far
    left ("1,156.400 أ . د" ... "المجموع قبل الضريبة")."""
    return name in AMOUNTS and i == 1 and len(line.segments) == 2


def _split(piece: Segment, end: int) -> tuple[list[Word], list[Word]]:
    """The label's words and the words after it, a filler word ending the label counted in it ("مالیه دهنده")."""
    label, rest = words_before(piece, end), _past_translation(words_after(piece, end))
    while rest and rest[0].text.casefold() in FILLER:
        label, rest = label + rest[:1], rest[1:]
    return label, rest


def _digits(text: str) -> bool:
    """Whether a word holds a digit other than a tax rate's ("%16", "16%")."""
    return any(ch.isdigit() for ch in text) and not _MOVED_PERCENT.fullmatch(text) and not _RATE.fullmatch(text)


def _past_translation(rest: list[Word]) -> list[Word]:
    """The words after a label, past its translation after a slash, up to its value: "مشتغل مرخص / ح . ف . رقم
    516361250" (a licensed dealer / company no.) has its value after a few words with no digit."""
    if not rest or rest[0].text != "/":
        return rest
    at = next((i for i, w in enumerate(rest) if any(ch.isdigit() for ch in w.text)), None)
    return rest[at:] if at is not None and 1 < at <= 8 else rest


def _bare(piece: Segment, titled: bool) -> tuple[tuple[str, int, LabelRead], ...]:
    """A lone number word opening the piece, alone or its translation after it, under the title: the invoice's number
    ("492 ‖ شماره" under "صورتحساب")."""
    first = piece.words[0].text
    if not titled or concepts_of(first.rstrip(".:").casefold()) != ("NUM",) or piece.words[1:] and not aside(
            piece.words[1:]):
        return ()
    return (("invoice_number", 1, LabelRead(len(first))),)


def _dots_back(words: list[Word]) -> list[Word]:
    """The words as laid out, an English word's dot moved back behind it (".No" read "No."), a rate's percent sign
    too ("%7" read "7%": "خصم %7", a discount of 7 %)."""
    return [Word(w.page, w.x0, w.y0, w.x1, w.y1, m.group(1) + ".", w.id)
            if (m := _MOVED_DOT.fullmatch(w.text)) and not m.group(1).endswith(".")
            else Word(w.page, w.x0, w.y0, w.x1, w.y1, w.text[1:] + "%", w.id) if _MOVED_PERCENT.fullmatch(w.text)
            else w for w in words]


def reading_words(words: list[Word]) -> list[Word]:
    """Words laid out left to right in the order they are read: right-to-left words from the right, a run of
    left-to-right words or numbers among them in its own order (`layout.reading_order` for words). Words with no
    right-to-left letter are read as laid out."""
    if not any(_RTL.search(w.text) for w in words):
        return words
    out: list[Word] = []
    run: list[Word] = []
    for word in reversed(words):
        if _LTR.search(word.text) and not _RTL.search(word.text):
            run.append(word)
            continue
        out.extend(reversed(run))
        run = []
        out.append(word)
    out.extend(reversed(run))
    return _acronyms_joined(out)


_HEBREW = re.compile(r"[\u05d0-\u05ea]+")
_MARKS = frozenset({'"', "״", "'", "׳", "."})


def _acronyms_joined(words: list[Word]) -> list[Word]:
    """A Hebrew acronym a browser's layout split at its marks, in reading order, as one word: "מע | " | מ" is
    "מע"מ" (VAT), "ח | . | פ | ." is "ח.פ." (a company's number)."""
    out: list[Word] = []
    for word in words:
        prev = out[-1] if out else None
        if prev is not None and _goes_on(prev.text, word.text):
            out[-1] = Word(prev.page, min(prev.x0, word.x0), min(prev.y0, word.y0), max(prev.x1, word.x1),
                           max(prev.y1, word.y1), prev.text + word.text, prev.id)
            continue
        out.append(word)
    return out


def _goes_on(acronym: str, word: str) -> bool:
    """Whether `word` goes on the acronym read so far: a mark after its Hebrew letters ("מע" + '"'), or one or two
    letters after its mark ('מע"' + "מ"; after a dot only in an abbreviation of single letters: "ח." + "פ")."""
    if word in _MARKS:
        return bool(_HEBREW.fullmatch("".join(ch for ch in acronym if ch not in _MARKS)))
    if acronym[-1:] not in _MARKS or not acronym[-2:-1].isalpha() or not _HEBREW.fullmatch(word) or len(word) > 2:
        return False
    undotted = acronym.replace(".", "")
    return acronym[-1] != "." or bool(_HEBREW.fullmatch(undotted)) and len(undotted) <= 2
