"""The document's own number and date in its title line: "Handelsrechnung Nr. 471102 vom 05.03.2018",
"Facture FA-2017-0010", or under the title on a line of its own: "Invoice" / "№ 2025-185", "FACTURA
ELECTRÓNICA" / "F001-00035995". `pairing` calls `title_line` for every line, beside its label pairs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import GOOD, HIGH
from countersign.extraction.document import credited
from countersign.extraction.labels import validate
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words
from countersign.extraction.neighbours import refers_back
from countersign.extraction.titles import TITLE, TITLE_WORDS, title_or_stamp, unspaced
from countersign.extraction.values import parse_date
from countersign.extraction.wrapped import wrapped_number

_MARKED = re.compile(r"(?:№|#|no\.?|nr\.?|n\.?[°º]\.?)\s*:?\s*[A-Z0-9]", re.IGNORECASE)
# A number with its series, and a document type's letters before it: "F001-00035995", "FT 2026A/939", "FT A/1452".
BARE_SERIES = re.compile(r"(?:[A-Z]{1,3}\s)?(?=[A-Z\d]*[A-Z])[A-Z\d]{1,8}[-/]\d{2,10}|[A-Z]{1,3}\s\d{4}/\d{1,10}")
# A printed series before the number, not part of it: "Serija BSS Nr. 015694", "Seria AB nr. 123".
_SERIES = re.compile(r"(?:seri(?:ja|a|e|es)|серия)\s+[^\W_]{1,6}\s+(?=\S)", re.IGNORECASE)


def number_under_title(under: list[tuple[Segment, str, list[Word]]]) -> list[Word] | None:
    """A title alone on its line (letter-spaced too) with its number under it, behind a number sign
    ("Invoice" / "№ 2025-185", "INVOICE" / "No. 4711", after a series: "Serija BSS Nr. 015694"): the
    words of both, read as one title line. The number may sit on the next line but one, past the other
    column's line or a one-word stamp ("ORIGINAL"); under a centred title, it may open the line anywhere.
    `under`: the line's titles with what stands under each (`_under_titles`)."""
    for seg, title, words in under:
        if _MARKED.match(join_words(words)):
            if title != seg.text.strip(" :"):  # "Ф А К Т У Р А" read as one word
                return [dataclasses.replace(seg.words[0], x1=seg.words[-1].x1, text=title)] + words
            return seg.words + words
    return None


def series_under_title(under: list[tuple[Segment, str, list[Word]]]) -> tuple[list[Word], list[Word]] | None:
    """A number with its series alone under the title, with no number sign ("FACTURA ELECTRÓNICA" /
    "F001-00035995", "FATURA" / "FT 2026A/939"): the title's words and the number's."""
    for seg, _, words in under:
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


@lru_cache(maxsize=4096)
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


_TITLE_NO = re.compile(
    r"(?P<title>[a-zäöü]*rechnung(?:skorrektur)?|" + TITLE_WORDS + ")"  # "Abschlagsrechnung"; "ՀԱՇԻՎ ՎՃԱՐՄԱՆ № 8"
    r"(?:(?:\s+[–-])?(?:\s+\(?[^\W\d_]{2,12}\)?){0,3}?(?:\s*\(\d{3}\))?(?:\s+(?P<date0>[\d.]{8,10}))?"
    r"\s*(?P<marker>nr\.?|no\.?|n\.?[°º]|n\.|#|№|number|nummer|num[ée]ro|numer|č\.|číslo)\s*:?|\s*(?:\(\d{3}\))?)"
    r"\s*(?P<no>[^\W_][\w\-/.]*\d[\w\-/]*)(?![\w,])"  # "ТК-07/26-114": a series in any script
    r"(?:\s*(?:vom|du|dated|of|from|issued\s*(?:at|on)|del|van|d\.|z\s*dnia|de|від|от|/|·|,)\s*(?P<date>.{6,20}))?",
    re.IGNORECASE)


def _whole_number(page: PageLayout, value: tuple[str, list[Word]], strength: float
                  ) -> tuple[tuple[str, list[Word]], float]:
    """The number and its strength, with its rest when it is cut at its line's end ("... la factura N° 001-002-" /
    "4207051"): then below 0.9."""
    wrapped = wrapped_number(page, "invoice_number", value)
    return (value, strength) if wrapped is None else (wrapped, min(strength, GOOD))


def title_line(page: PageLayout, line: Line, found: dict[str, list[Candidate]],
                used: set[int]) -> None:
    """"Handelsrechnung Nr. 471102 vom 05.03.2018", "Facture FA-2017-0010", "Invoice #
    RE-1 issued at 2019-06-10": the document's own number (and date) in its title line."""
    if page.number != 1 or line.y0 > page.height * 0.45:
        return
    under = list(_under_titles(page, line))  # (once: the bare series' and the marked number's reading share it)
    bare = series_under_title(under)
    if bare is not None:  # below 0.9: nothing on the page calls it the number
        value = validate("invoice_number", bare[1])
        if value is not None and not parse_date(value[0]):
            found.setdefault("invoice_number", []).append(Candidate(
                "invoice_number", 0, 0.85, value[0], value[1], bare[0], join_words(bare[0] + bare[1]),
                {"label": "title"}))
            used.update(w.id for w in value[1])
        return
    words = number_under_title(under) or line.words
    text = join_words(words)
    m = _TITLE_NO.search(text) if _has_digit(text) else None  # (the pattern's search is slow over a page's lines)
    if not m or (m.start() and (text[m.start() - 1].isalnum() or not m.group("marker"))) or _ACCOUNT_BEFORE.search(
            text[:m.start()]) or m.start() and credited(page, m.group("title")):
        return  # (on a credit note, "Betreft: creditering van factuur nr. 2025/0324 van 18/05/2025": the credited one)
    spans = []
    pos = 0
    for w in words:
        spans.append((pos, pos + len(w.text), w))
        pos += len(w.text) + 1

    def words_in(start: int, end: int) -> list[Word]:
        return [w for a, b, w in spans if a < end and b > start]

    label = words_in(m.start(), m.start("no"))
    no_words = words_in(m.start("no"), m.end("no"))
    value = validate("invoice_number", no_words)
    said = words_in(0, m.start()) + label + no_words  # (a word in the title's pointing: "Avoir sur notre facture n°")
    if value is None or parse_date(value[0]) or any(refers_back(said[:i], said[i])
                                                    for i in range(len(said) - len(label + no_words), len(said))):
        return  # (no number, or another invoice's: "към фактура № 92406")
    if label and no_words and no_words[0].x0 - label[-1].x1 > 4 * line.h and label[0].x0 < page.width / 3:
        # A left sidebar's "INVOICE NO." with the main column's text level with it, not its number.
        # (A label in the right half, far from its right-aligned value, is a key-value block's row.)
        return
    value, strength = _whole_number(page, value, HIGH if m.group(0)[len(m.group("title")):].strip()[:1] else GOOD)
    value = _with_its_series(page, value)
    found.setdefault("invoice_number", []).append(Candidate(
        "invoice_number", 0, strength, value[0], value[1], label, text, {"label": "title"}))
    used.update(w.id for w in words_in(m.start(), m.end("no")))
    group = "date" if m.group("date") else "date0" if m.group("date0") else None
    if group is None:
        _title_date_below(page, line, text[m.end():], label, found, used)
    if group:
        dwords = words_in(m.start(group), m.end(group))
        dv = validate("invoice_date", dwords) or validate("invoice_date", year_below(page, line, dwords))
        if dv is not None and not (m.start() and _amount_after(words, dv[1])):
            parsed = parse_date(join_words(dv[1]))
            found.setdefault("invoice_date", []).append(Candidate(
                "invoice_date", 0, HIGH, dv[0], dv[1], label, text,
                {"label": "title", "ambiguous": bool(parsed and parsed[1])}))
            used.update(w.id for w in dv[1])


def _with_its_series(page: PageLayout, value: tuple[str, list[Word]]) -> tuple[str, list[Word]]:
    """The number with the series printed before it ("Serija MB Nr. 022399"), when the page also prints the two as one
    reference ("Mokėjimo paskirtyje nurodykite: MB 022399", as the payer is to quote it); else the number alone, as a
    series in its own place is no part of it."""
    line = next((ln for ln in page.lines if value[1][0] in ln.words), None)
    m = None if line is None else re.search(
        r"(?:seri(?:ja|a|e|es)|серия)\s+([^\W_]{1,6})\s+\S{0,4}\s*" + re.escape(value[0]) + r"(?!\w)",
        join_words(line.words), re.IGNORECASE)
    if m is None:
        return value
    joined = re.compile(re.escape(m.group(1)) + r"[\s-]?" + re.escape(value[0]) + r"(?!\w)")
    if any(joined.search(join_words(ln.words)) for ln in page.lines if ln is not line):
        return f"{m.group(1)} {value[0]}", value[1]
    return value


def _has_digit(text: str) -> bool:
    """Whether a line holds a digit, as a title's number must (one search: every line of a page's top is asked)."""
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")


def _amount_after(words: list[Word], date: list[Word]) -> bool:
    """Whether an amount ends the line after a date: "abzügl. Akontorechnung Nr. 4/2025 vom 07.09.2025  -6.685,00"
    (mid-line) is a row of the amounts for another invoice, not the title."""
    return bool(_AMOUNT_AFTER.match(" " + join_words([w for w in words if w.x0 >= date[-1].x1])))


# an amount ending the line after a title's date: the line is a row of the amounts, not the title
_AMOUNT_AFTER = re.compile(r"\s+[-−–(]?\s*\S{0,3}\s?\d{1,3}(?:[.,' \u00a0]?\d{3})*[.,]\d{2}\)?\s*\S{0,3}$")
_DATE_LEAD = re.compile(r"\s*(?:vom|du|dated|of|from|issued\s*(?:at|on)|del|van|d\.|от|від|z\s*dnia)\s*$",
                        re.IGNORECASE)
# a bank account's "счёт" ("Расчётный счёт № 4070...", "розрахунковий рахунок"): no invoice's title
_ACCOUNT_BEFORE = re.compile(r"(?:расч[её]тн|корреспондентск|лицев|текущ|розрахунков|поточн)\w*\s*$", re.IGNORECASE)


def _title_date_below(page: PageLayout, line: Line, tail: str, label: list[Word],
                      found: dict[str, list[Candidate]], used: set[int]) -> None:
    """A title that wraps before its date: "Gutschrift ... Nr. 471102" / "vom 05.03.2018",
    or "Rechnung ... Nr. 00.123 vom" / "11.03.2018"."""
    if line.index + 1 >= len(page.lines):
        return
    below = page.lines[line.index + 1]
    centre = abs(below.words[0].x0 + below.words[-1].x1 - line.words[0].x0 - line.words[-1].x1) / 2
    if below.y0 - line.y1 > 1.5 * below.h or min(abs(below.words[0].x0 - line.words[0].x0), centre) > 6:
        return  # below it, flush left or centred with it
    words = below.words
    if _DATE_LEAD.fullmatch(tail):
        lead = 0
    elif not tail.strip() and _DATE_LEAD.fullmatch(" " + words[0].text):
        lead = 1
    else:
        return
    dv = validate("invoice_date", words[lead:lead + 4])
    if dv is None:
        return
    parsed = parse_date(join_words(dv[1]))
    found.setdefault("invoice_date", []).append(Candidate(
        "invoice_date", 0, HIGH, dv[0], dv[1], label, join_words(line.words + words),
        {"label": "title", "ambiguous": bool(parsed and parsed[1])}))
    used.update(w.id for w in dv[1])
