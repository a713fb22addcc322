"""A bare number label: "Number:", "Nr.:", "Αριθμός:", "Número:" alone, with nothing saying whose
number it is. On an invoice's first page, under or beside its title and with no labelled
invoice number anywhere, it numbers the document; read at a weaker rank (below 0.9). So does, in a
language the lexicon does not know, a label naming the page's title ("SONRASC" / "Uimhir sonraisc")
or a heading of the document's name and a number word ("Quint nr. 2025-140")."""

from __future__ import annotations

import re

from countersign.extraction.candidate import Candidate
from countersign.extraction.labels import is_label
from countersign.extraction.layout import Line, PageLayout, Segment, Word
from countersign.extraction.lexicon import LAO_MARKS, LabelRead, concepts_of
from countersign.extraction.pairing import pair_value
from countersign.extraction.parties import body_height
from countersign.extraction.title_number import title_after
from countersign.extraction.titles import TITLE


def bare_number(pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The invoice number candidates of bare number labels ending in a colon in the top 45% of
    page 1 (none of the `excluded` words: tables, the buyer's blocks, labels and values), when the
    page prints an invoice title before them; the value after the label, right of it or below."""
    page = pages[0] if pages else None
    if page is None:
        return []
    title_y = None
    out: list[Candidate] = []
    for line in page.lines:
        if line.y0 > page.height * 0.45:
            break
        for i, seg in enumerate(line.segments):
            text = seg.text.strip()
            if title_y is None and (TITLE.match(text) or title_after(seg.words) or _translated_title(text)):
                # (a title run on after a name; a title in an unknown language, then its translation)
                title_y = seg.y0
                continue
            if title_y is None:
                continue
            for k, word in enumerate(seg.words):  # "Σειρά: Α Αριθμός: 4845": the label mid-segment too
                label = _bare_label(seg.words[k:k + 2])
                if word.id in excluded or not label:
                    continue
                if k and re.fullmatch(r"(?:[^\W\d_]|[" + LAO_MARKS + r"]){3,}", seg.words[k - 1].text):
                    continue  # "Įmonės kodas:", "Kunden Nr.:": a word before says whose number it is
                part = Segment(seg.words[k:], line)
                found = pair_value(page, line, i, part, "invoice_number", 1, LabelRead(label))
                if found is not None and found.field == "invoice_number" and not (
                        _spelled_out(seg.words[k:k + 2]) and not _beside(found, seg) and not _in_a_grid(line, seg)):
                    out.append(found)
    return out


def _bare_label(words: list[Word]) -> int:
    """The length of a bare number label opening `words`: one number word and a colon ("Nr.:"), or
    with its translation in parentheses ("Số (No.):"); 0 if they open none."""
    def number(text: str) -> bool:
        return concepts_of(text.rstrip(".").lower()) == ("NUM",)

    first = words[0].text
    if first.endswith(":"):
        return len(first) if number(first[:-1]) else 0
    if len(words) == 1 and number(first) and any("\u0e00" <= c <= "\u0eff" for c in first):
        return len(first)  # Lao "ເລກທີ" alone on its segment, with no colon (as Thai and Lao labels print)
    if _spelled_out(words):
        return len(first)  # a number word spelled out with no colon, its value beside it ("Nùmeru" | "274/2026")
    if len(words) > 1 and number(first) and re.fullmatch(r"\(.+\):", words[1].text) and number(words[1].text[1:-2]):
        return len(first) + 1 + len(words[1].text)
    return 0


def _spelled_out(words: list[Word]) -> bool:
    """A number word ending its segment with no colon, spelled out ("Nùmeru", "Numero") or cut short with its dot
    ("Nr.", "No."): its value must stand beside it (`_beside`)."""
    first = words[0].text
    return len(words) == 1 and (len(first) >= 5 and first.isalpha() or _ABBREVIATED.fullmatch(first) is not None) \
        and concepts_of(first.rstrip(".").lower()) == ("NUM",)


_ABBREVIATED = re.compile(r"[^\W\d_]{1,3}\.")
_SLASHED = re.compile(r"[^\W\d_]{4,}\s+/\s+")


def _translated_title(text: str) -> bool:
    """A title in a language the lexicon does not know, its translation after a slash ("RĒKYNS / RĒĶINS": Latgalian,
    then Latvian)."""
    first = _SLASHED.match(text)
    return first is not None and TITLE.fullmatch(text[first.end():]) is not None


def _beside(found: Candidate, label: Segment) -> bool:
    """Whether a spelled-out number word is alone in its segment with its value right of it on its line, as a
    key-value block prints it."""
    value = found.words[0]
    return len(label.words) == 1 and value.x0 > label.x1 and abs(value.y0 - label.y0) < 0.5 * label.h


def _in_a_grid(line: Line, label: Segment) -> bool:
    """Whether a spelled-out number word alone in its segment heads a cell of a grid of labels, each over its value
    ("Número | Fecha de expedición | Fecha de vencimiento | Orden de compra"): two other segments of its line are labels
    of fields."""
    return len(label.words) == 1 and sum(is_label(sg) for sg in line.segments if sg is not label) >= 2


def title_word_number(pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The invoice number under a label that names the page's title in a language the lexicon does not know: the title
    one word in capitals, larger than the text ("SONRASC", "QAANSHEEG"), the label two or three words, one of them
    opening as the title does ("Uimhir sonraisc": Irish, the number of the invoice; "Lambarka qaansheegta"), in the
    top half of page 1 (none of the `excluded` words). Rank 1, below 0.9, as a bare label's."""
    page = pages[0] if pages else None
    title = _unknown_title(page) if page is not None else None
    if page is None or title is None:
        return _heading_number(page) if page is not None else []
    out: list[Candidate] = []
    for line in page.lines:
        if line.y0 > page.height * 0.5:
            break
        for i, seg in enumerate(line.segments):
            if not 2 <= len(seg.words) <= 3 or any(w.id in excluded for w in seg.words) \
                    or any(ch.isdigit() for ch in seg.text):
                continue
            if not any(len(w.text) >= 5 and w.text.casefold()[:5] == title[:5] for w in seg.words):
                continue
            found = pair_value(page, line, i, seg, "invoice_number", 1, LabelRead(len(seg.text)))
            if found is not None and found.field == "invoice_number":
                out.append(found)
    return out


def named_title_words(pages: list[PageLayout]) -> set[int]:
    """The words of page 1's title in a language the lexicon does not know when a label of two or three words names it
    ("SONRASC" over "Uimhir sonraisc"): the document's name, never the vendor's."""
    page = pages[0] if pages else None
    title = _unknown_title(page) if page is not None else None
    if page is None or title is None:
        return set()
    top = [seg for line in page.lines if line.y0 < page.height / 2 for seg in line.segments]
    if not any(2 <= len(seg.words) <= 3 and any(len(w.text) >= 5 and w.text.casefold()[:5] == title[:5]
                                                for w in seg.words) for seg in top):
        return set()
    return {w.id for seg in top if seg.text.casefold() == title for w in seg.words}


def _unknown_title(page: PageLayout) -> str | None:
    """The page's title when the lexicon does not know it: one word of five capitals or more, alone in its segment in
    the top third, in type a fifth larger than most of the page's; None when none or several."""
    body = body_height(page)
    found = {seg.text.casefold() for line in page.lines if line.y0 < page.height / 3 for seg in line.segments
             if len(seg.words) == 1 and re.fullmatch(r"[^\W\d_]{5,}", seg.text) and seg.text.isupper()
             and seg.words[0].h >= 1.2 * body and not TITLE.fullmatch(seg.text)}
    return found.pop() if len(found) == 1 else None


_HEADING = re.compile(r"([^\W\d_]{4,})\s+(\S+)\s+(?=\S*\d)")


def _heading_number(page: PageLayout) -> list[Candidate]:
    """The number in a heading alone on its line in the top half, in type a third larger than most of the page's: a
    word the lexicon does not know (the document's name), a number word, the value ("Quint nr. 2025-140": Romansh).
    Rank 1, below 0.9."""
    body = body_height(page)
    out: list[Candidate] = []
    for line in page.lines:
        if line.y0 > page.height * 0.5 or len(line.segments) != 1 or line.words[0].h < 1.3 * body:
            continue
        seg = line.segments[0]
        m = _HEADING.match(seg.text)
        if m is None or concepts_of(m.group(1).casefold()) is not None \
                or concepts_of(m.group(2).casefold().rstrip(".:")) != ("NUM",):
            continue
        found = pair_value(page, line, 0, seg, "invoice_number", 1, LabelRead(m.end()))
        if found is not None and found.field == "invoice_number":
            out.append(found)
    return out
