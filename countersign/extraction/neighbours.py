"""Where a label's value stands: after it on its segment is pairing.py's; here, the next segment to the right
(`value_right`), just below it (`value_below`), or right of it on a neighbouring line whose words are level with
the label's (`value_level`: a total printed in larger type than its label, which the line grouping set apart);
and what after a label is no value (`aside`: its translation, a remark; `names_money`: its money's sign or name); a
label's end wrapped onto the line under it (`wrapped_label`); the amount right of a label that says what it is of
(`qualified_value`: "Montant HT de la situation n° 5 | 19 912,48 €")."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from countersign.extraction.cldr import currency_signs, money_names
from countersign.extraction.confidence import GOOD, HIGH
from countersign.extraction.labels import is_label, label_matches, validate
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words
from countersign.extraction.lexicon import AMOUNTS, LabelRead, concepts_of
from countersign.extraction.values import CURRENCY_CODE_RE


def opens_a_name(text: str, reads: list) -> bool:
    """Whether a text that one label word read by meaning opens goes on in plain words, no digit and no colon
    ("Produtos de Arzúa Cooperativa Galega"): a company's name, not a label whose value went missing."""
    if ":" in text or not reads or not all(isinstance(r, LabelRead) and r.concepts == 1 for r in reads):
        return False
    return re.fullmatch(r"(?:\s*[^\W\d_]{2,}\.?,?)+", text[max(r.end() for r in reads):]) is not None


def aside(words: list[Word], label: list[Word] | None = None) -> bool:
    """Words after a label that are no value: its translation in another script (a bilingual
    label, "Invoice No. الفاتورة رقم", or after a slash), a remark in parentheses ("(export under LUT)"), or what the
    `label` ending in "of" sums ("Montant total des | travaux", "Total of | works": one or two plain words)."""
    text = join_words(words).rstrip(":").rstrip()  # "Tiền thuế GTGT (VAT amount):"
    if label and label[-1].text.casefold() in _OF and len(words) <= 2 and all(
            w.text.rstrip(":").isalpha() and concepts_of(w.text.rstrip(":").casefold()) is None for w in words):
        return True
    if label and words[-1].text.endswith(":") and _what_it_sums(words[:-1] if words[-1].text == ":" else words):
        return True  # what a total sums, up to the label's colon: "Total Honorarios $:", "Total fees:"
    if text.startswith("/") and not any(ch.isdigit() for ch in text):
        return True  # its translation after a slash ("Total Amount / Jumlah B$", "Date / Tarikh")
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1 and text.count(")") == 1:
        return bool(re.search(r"[^\W\d_]{3,}", text))  # a remark, not a code ("( S )", "(Z)")
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and not any(ch.isdigit() for ch in text) and not any(_latin(ch) for ch in letters)


# A preposition before an invoice's number or date points at another invoice ("към фактура № 92406 от 06.08.2025",
# "Gutschrift zu Rechnung Nr. 4711", "do faktury nr", "Avoir sur notre facture n°", "nota di credito su fattura n."):
# a credit note's or a correction's, not the document's own
_REFERS = frozenset("к към zu zur to do k uz à sur su αφορά αφορα".split())  # (Greek: "concerns")
# An exchange rate in an amount's label makes it a counter-value in another money ("Total EUR (cours 0.9510)")
_EXCHANGE = re.compile(r"(?<![^\W\d_])(?:cours|kurs|курс|kur|kurz|kursas|kurss|exchange|cambio|câmbio|wechselkurs"
                       r"|umrechnungskurs)(?![^\W\d_])", re.IGNORECASE)


def refers_back(before: list[Word], first: Word) -> bool:
    """Whether the word just before a label's `first` word, in the same phrase (no column's gap between), is a
    preposition that points at another invoice ("SHIP TO | INV. NO." is another column's "to")."""
    return bool(before) and before[-1].text.casefold() in _REFERS and first.x0 - before[-1].x1 < first.h


def hedged(name: str, label: list[Word], unread: list[Word], line: Line) -> tuple[int, float] | None:
    """(ranks to add, strength at most) for a label that may not be the field's own: another invoice's number or date
    after a preposition, a counter-value's amount, or a label in a script that goes on in words no label has, which
    were not read (`unread`, "Дата на данъчното": which date is not known); None for a label read whole. (An amount's
    unread words are left to the sums' cross-check: "Всего к оплате за период:" is the total.)"""
    if name in ("invoice_number", "invoice_date") and label and (label[0].text.casefold() in _REFERS or refers_back(
            [w for w in line.words if w.x1 <= label[0].x0], label[0])):
        return 2, 0.85
    if name in AMOUNTS and _EXCHANGE.search(join_words(label)):
        return 2, 0.85
    if unread and name not in AMOUNTS and _scripts(unread) == _scripts(label[: len(label) - len(unread)]) != {"LATIN"}:
        return 0, 0.85
    return None


def _scripts(words: list[Word]) -> set[str]:
    """The scripts of the words' letters, by their Unicode names' first word (LATIN, CYRILLIC, GREEK, ARABIC ...)."""
    return {unicodedata.name(ch, "?").split()[0] for w in words for ch in w.text if ch.isalpha()}


def _what_it_sums(words: list[Word]) -> bool:
    """One plain word of no label's, maybe its money's sign after it: "Honorarios $", "fees"."""
    plain = [w.text.rstrip(":") for w in words if w.text.rstrip(":") not in currency_signs()]
    return len(plain) == 1 and plain[0].isalpha() and concepts_of(plain[0].casefold()) is None


def without_then_translation(words: list[Word], label: list[Word]) -> bool:
    """Whether the words after a label ending in "without" ("без", "ohne", "excl.") are what it is without, a word the
    lexicon does not know (the tax's own name), then the label's translation after a slash, no digit among them:
    "Итого без НСО / Summa km-ta", the net, its value further on."""
    text = join_words(words)
    unread = _UNREAD_THEN_SLASH.match(text)
    return bool(label) and unread is not None and not any(ch.isdigit() for ch in text) \
        and "NET" in (concepts_of(label[-1].text.casefold().rstrip(".:")) or ()) \
        and all(concepts_of(word.casefold().rstrip(".")) is None for word in unread.group(1).split())


_OF = frozenset(("des", "du", "de", "of", "the"))
_UNREAD_THEN_SLASH = re.compile(r"((?:[^\W\d_]+\.?\s+){1,2})/\s")


def names_money(text: str, name: str) -> bool:
    """Words after an amount's label that only name its money: a sign or code alone, the value printed apart
    ("Subtotal: $ | 3.321.526,00", "Importe Total: $"); after a total's, also a short sign or initials in brackets
    ("(D)", "(FD)"), or a money's name (CLDR's), maybe after its country's letters ("EC Dollars", "Dalasi")."""
    if name not in ("subtotal", "tax", "total"):
        return False
    if text in currency_signs() and not any(ch.isalpha() for ch in text) or CURRENCY_CODE_RE.fullmatch(text):
        return True  # (a sign of letters, "KD", may be a label's own word: only a symbol or an ISO code)
    if name != "total":
        return False
    if re.fullmatch(r"\(\s?[A-Z]{1,3}\s?\)", text):
        return True
    if (sign := re.fullmatch(r"\(\s?(\S{2,4})\s?\)", text)) and sign.group(1) in currency_signs():
        return True  # "Total à payer (US$)": a sign of CLDR's in brackets
    m = re.fullmatch(r"\(?(?:[A-Z]{1,3}\s)?([^\W\d_]{4,})\)?:?", text)
    return m is not None and m.group(1).casefold() in money_names()


def _latin(ch: str) -> bool:
    """A letter of the Latin script (ASCII, or accented: up to U+024F and the extended block)."""
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def keyed(value: Segment, gap: float) -> bool:
    """Whether a value has a key of its own just left of it, no farther than the label's own value
    is from the label: the next row of a key-value block ("Service period   Jun 1, 2026 - …"
    under "Bill date   Jul 5, 2026"), not a sidebar's value under its label."""
    segments = value.line.segments
    i = next((k for k, other in enumerate(segments) if other is value), 0)
    if i == 0:
        return False
    before = segments[i - 1]
    return value.x0 - before.x1 <= gap and not any(ch.isdigit() for ch in before.text)


def over_own_values(page: PageLayout, line: Line, left: Segment, right: Segment) -> bool:
    """Two cells of a grid of labels, each over its own value on the next line ("ΗΜΕΡΟΜΗΝΊΑ / DATE | ΛΉΞΗ / DUE
    DATE" over "11/05/2026 | 10/06/2026"): two labels, not one spread over two segments."""
    if line.index + 1 >= len(page.lines) or page.lines[line.index + 1].y0 - line.y1 > line.h:
        return False
    cells = page.lines[line.index + 1].segments
    return all(any(abs(c.x0 - seg.x0) <= 3 and any(ch.isdigit() for ch in c.text) for c in cells)
               for seg in (left, right))


def value_right(page: PageLayout, line: Line, index: int, seg: Segment, name: str, order_named: bool = False
                ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value for `name` in the next segment to the right on the same line, and that segment (one opening with
    the order's own word after a label that names the order: "Customer PO | PO 1687", see `validate`)."""
    while index + 2 < len(line.segments) and aside(line.segments[index + 1].words):
        index += 1  # a bilingual label's translation printed as a segment of its own
    if index + 1 < len(line.segments):
        right = line.segments[index + 1]
        last = index + 2 == len(line.segments)  # a full-width row: the label at the left, its value at the right
        if (right.x0 - seg.x1 <= 0.45 * page.width or last) and not is_label(right, (name,) if order_named else ()):
            words = right.words[1:] if right.words[0].text == ":" and len(right.words) > 1 else right.words
            value = validate(name, words, order_named=order_named)  # ": 24/08/2025": a cell opening with a colon
            if value is None and name in _DATES:
                value = _wrapped_date(page, line, right, name)
            if value is None and name in _DATES and (spread := _justified(line, index)) is not None:
                value, right = validate(name, spread.words), spread
            if value is not None and not _a_rate(line, index + 1):
                return value, right
    return None


def _a_rate(line: Line, index: int) -> bool:
    """Whether segment `index` is a number the next segment, a word's space on, calls a rate ("TVA au taux de | 11 | %"
    on a justified line, each word a segment of its own)."""
    if index + 1 >= len(line.segments):
        return False
    seg, nxt = line.segments[index], line.segments[index + 1]
    return nxt.text.startswith("%") and nxt.x0 - seg.x1 < line.h


def _justified(line: Line, index: int) -> Segment | None:
    """The words after segment `index` of a justified line, each a segment of its own at the same word space ("emitida
    | em | 23 | de | outubro | de | 2026,"): as one segment, up to six words; None on a line laid out in cells."""
    segs = line.segments[index:index + 7]
    gap = segs[1].x0 - segs[0].x1 if len(segs) > 2 else line.h
    if gap >= 0.8 * line.h or len(segs[1].words) > 1:
        return None
    run = [segs[1]]
    for before, seg in zip(segs[1:], segs[2:], strict=False):
        if len(seg.words) > 1 or abs(seg.x0 - before.x1 - gap) > 1.0:
            break
        run.append(seg)
    return Segment([w for s in run for w in s.words], line) if len(run) > 1 else None


_DATES = frozenset(("invoice_date", "due_date"))


def _wrapped_date(page: PageLayout, line: Line, cell: Segment, name: str) -> tuple[str, list[Word]] | None:
    """A date its narrow cell wrapped, its year on the next line under it ("16 de junh de" / "2025"): the two parts
    as one, when only together they read as a date."""
    if line.index + 1 >= len(page.lines) or not re.search(r"[^\W\d_]", cell.text):
        return None
    below = page.lines[line.index + 1]
    if below.y0 - line.y1 > 0.6 * line.h:
        return None
    under = next((s for s in below.segments if abs(s.x0 - cell.x0) <= line.h and s.x1 <= cell.x1 + line.h), None)
    if under is None or not re.fullmatch(r"(?:19|20)\d\d\.?", under.text):
        return None
    return validate(name, cell.words + under.words)


def value_below(page: PageLayout, line: Line, seg: Segment, name: str, *, from_right: bool = False
                 ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value for `name` just below the label, overlapping it horizontally or starting just past its end (its left
    end, for a label read `from_right`: "תאריך הפקה" over a date set off to its left), and its segment: only the
    first such segment counts, from the label's side (None when it is a label or holds no such value)."""
    before, after = (30, 0) if from_right else (4, 30)
    for below in page.lines[line.index + 1 : line.index + 3]:
        if below.y0 - line.y1 > 1.5 * below.h:
            break
        for other in reversed(below.segments) if from_right else below.segments:
            if other.x1 < seg.x0 - before or other.x0 > seg.x1 + after:
                continue
            if is_label(other, allow=(name,)):
                return None  # another field's label ("P/O 83239" under "P.O. NUMBER" is its own value)
            value = validate(name, _under_the_label(line, seg, other))
            if value is not None:
                return value, other
            return None
    return None


def amount_on_the_next_line(page: PageLayout, line: Line, seg: Segment, name: str
                            ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """An amount's label ending its line with its amount alone at the right of the next line, right-aligned past the
    label's end ("Sub-total" / "6,363,850" in a totals block whose labels and amounts take a line each)."""
    if name not in _AMOUNT_FIELDS or seg is not line.segments[-1] or line.index + 1 >= len(page.lines):
        return None
    below = page.lines[line.index + 1]
    right = [s for s in below.segments if s.x1 > seg.x0]
    if below.y0 - line.y1 > 1.5 * below.h or len(right) != 1 or right[0].x0 < seg.x0 - 4 or is_label(right[0]):
        return None
    value = validate(name, right[0].words)
    return (value, right[0]) if value is not None else None


def value_under_its_line(page: PageLayout, line: Line, seg: Segment, name: str, text: Segment | None = None
                         ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value of a label that ends a line of text, alone on the next line of that column and under the line's start
    ("This sales tax invoice is issued under serial number ... Invoice No." / "KMG/2025/220": the label stands in the
    margin; another column's lines may stand between, level with them). `text`: the segment the label ends, when not
    the line's last."""
    last = text or line.segments[-1]
    inside = seg is not last and seg.words[0] in last.words[1:]  # (a label ending a segment of text, `pairing`)
    if not inside and (seg is not last or len(line.segments) < 2):
        return None
    start = last if inside else line.segments[-2]  # (the text before the label: another column's may open the line)
    for below in page.lines[line.index + 1: line.index + 3]:
        if below.y0 - line.y1 > 1.5 * below.h:
            return None
        cells = [s for s in below.segments if s.x1 > start.x0 - 4 and s.x0 < seg.x1]
        if not cells:
            continue
        if len(cells) != 1 or abs(cells[0].x0 - start.x0) > 4 or cells[0].x1 > seg.x0 or is_label(cells[0]):
            return None
        value = validate(name, cells[0].words)
        return (value, cells[0]) if value is not None and len(value[1]) == len(cells[0].words) else None
    return None


def value_after_the_sentence(page: PageLayout, line: Line, seg: Segment, name: str
                             ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value of a label that opens a sentence of running text, alone on the line under the sentence's end, under
    its start ("Your order reference as supplied with the request for the work" / "was" / "TDC-PO-29091"): the sentence
    ends on the next line in a word or three with no digit."""
    if line.index + 2 >= len(page.lines) or seg is not line.segments[-1]:
        return None
    end, below = page.lines[line.index + 1], page.lines[line.index + 2]
    if len(end.segments) != 1 or len(below.segments) != 1 or len(end.words) > 3 \
            or any(ch.isdigit() for ch in end.segments[0].text) \
            or any(abs(ln.segments[0].x0 - seg.x0) > 4 for ln in (end, below)) \
            or below.y0 - end.y1 > 1.5 * below.h or end.y0 - line.y1 > 1.5 * end.h or is_label(below.segments[0]):
        return None
    value = validate(name, below.segments[0].words)
    return (value, below.segments[0]) if value is not None and len(value[1]) == len(below.words) else None


def _under_the_label(line: Line, seg: Segment, below: Segment) -> list[Word]:
    """The words of `below` from under the label on: two cells' values run together under a row of labels ("Invoice
    date | Due date" over "9 September 2025 16 September 2025") begin under the label at its left."""
    if below.x0 >= seg.x0 - 4 or not any(s.x1 <= seg.x0 and s.x1 > below.x0 for s in line.segments):
        return below.words
    return [w for w in below.words if w.x0 >= seg.x0 - 4] or below.words


_AMOUNT_FIELDS = frozenset(("subtotal", "tax", "total"))
_RATE = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%?")  # a tax rate's cell: "25,5", "21 %", "0%"


def _names_rate(text: str) -> bool:
    """Whether a header cell names a tax rate: "Moms %", "VAT rate", "Sazba DPH", "%IVA"."""
    return "%" in text or any({"RATE", "TAX"} & set(concepts_of(word.lower()) or ())
                              for word in re.findall(r"[^\W\d_]+", text))


def column_of_amounts(page: PageLayout, line: Line, value: Segment, name: str) -> bool:
    """Whether an amount under a header row's label ("Moms % | Netto | Moms | Brutto", three cells or more, the first
    naming the rate) heads a column of amounts, another one just under it, the row opening with its rate ("25,5 |
    1.225,44 | 312,49 | 1.537,93"): a VAT analysis table's first rate's row, not the invoice's own amount (one row
    under such a header is the totals' row itself). `pairing` ranks it below every label's value."""
    if name not in _AMOUNT_FIELDS or len(line.segments) < 3:
        return False
    row = value.line
    if not (_RATE.fullmatch(row.segments[0].text) and _names_rate(line.segments[0].text)):
        return False  # no rate's column first: not a row of a breakdown by rate
    for under in page.lines[row.index + 1: row.index + 3]:
        if under.y0 - row.y1 > 1.5 * under.h:
            return False
        for seg in under.segments:  # the first cell under it (another table's line may stand between)
            if min(seg.x1, value.x1) - max(seg.x0, value.x0) > 0:
                return validate(name, seg.words) is not None and not is_label(seg)
    return False


def value_level(page: PageLayout, line: Line, seg: Segment, name: str
                ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The value for `name` right of a label that ends its line, on the line above or below, when the value's
    words are level with the label's (overlapping it by half the smaller height at least: "TOTAL EC$" beside a
    "1,814.56" in larger type, grouped with the line of small print above), and its segment."""
    if line.segments[-1] is not seg:
        return None
    for other in (page.lines[line.index - 1] if line.index else None,
                  page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None):
        right = [sg for sg in other.segments if sg.x0 > seg.x1] if other is not None else []
        if not right:
            continue
        nxt = min(right, key=lambda sg: sg.x0)
        level = min(nxt.y1, seg.y1) - max(nxt.y0, seg.y0) >= 0.5 * min(nxt.h, seg.h)
        if level and nxt.x0 - seg.x1 <= 0.45 * page.width and not is_label(nxt):
            value = validate(name, nxt.words)
            if value is not None:
                return value, nxt
    return None


def column_total(page: PageLayout, label: Line, value: Segment, name: str
                 ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The sum row of a column of amounts that `value` heads under a subtotal's or tax's header ("BASE IMP. | %IVA |
    CUOTA" over a row per rate and their sums, "34,18 | 10% | 3,42", "5,45 | 21% | 1,15", "39,63 | | 4,57"): the
    column's last amount when it is the sum of the two or more above it, its rows one under another; else None.
    `label` is the header's line, above the value."""
    if name not in ("subtotal", "tax") or value.line.index <= label.index:
        return None
    found: list[tuple[tuple[str, list[Word]], Segment]] = []
    first = validate(name, value.words)
    if first is None:
        return None
    found.append((first, value))
    last = value.line
    for below in page.lines[value.line.index + 1: value.line.index + 12]:
        if below.y0 - last.y1 > 1.5 * below.h:
            break
        cells = [s for s in below.segments if min(s.x1, value.x1) - max(s.x0, value.x0) > 0]
        if not cells:
            continue  # a line of another column between (a wrapped row's total)
        read = validate(name, cells[0].words)
        if read is None or is_label(cells[0]) or len(cells[0].words) != len(read[1]):
            break
        found.append((read, cells[0]))
        last = below
    for end in range(len(found) - 1, 1, -1):  # the longest run from the header down that its last row sums
        amounts = [Decimal(v[0]) for v, _ in found[:end + 1]]
        if amounts[-1] and sum(amounts[:-1]) == amounts[-1] and all(amounts[:-1]):
            return found[end]
    return None


def wrapped_label(page: PageLayout, line: Line, seg: Segment) -> Segment | None:
    """The segment with the end of its label wrapped onto the next line, right under it, alone
    there and ending in a colon ("Son Ödeme" / "Tarihi:"), after a joining word ("Fecha de" /
    "Vencimiento") or completing a label that the segment alone is not (`_completed`), when the segment has no
    colon or digit of its own; else None."""
    if ":" in seg.text or any(ch.isdigit() for ch in seg.text) or line.index + 1 >= len(page.lines):
        return None
    below = page.lines[line.index + 1]
    right = [s for s in below.segments if s.x1 > seg.x0 - 3]
    if len(right) != 1 or abs(right[0].x0 - seg.x0) > 3 or right[0].y0 - seg.y1 > 0.8 * seg.h:
        return None
    rest = right[0].text
    joined = seg.words[-1].text.lower() in _JOINING  # "Fecha de" / "Vencimiento": no label ends in "de"
    if len(rest.split()) > 2 or any(ch.isdigit() for ch in rest):
        return None
    whole = Segment(seg.words + right[0].words, line)
    if rest.endswith(":") or joined or _completed(seg, whole):
        return whole
    return None


def _completed(seg: Segment, whole: Segment) -> bool:
    """Whether a segment that reads as no label is one with the words under it, all of them: "Vuestri ordin / Vs." /
    "ordine" (your order, its Italian translation wrapped)."""
    if label_matches(seg.text):
        return False
    return any(m.end() >= len(whole.text.rstrip(" :")) for _, _, m in label_matches(whole.text))


_JOINING = frozenset("de del da do di du des of the van von der".split())


# What an amount's label may say it is of, between the label and its amount ("Montant HT de la situation
# n° 5"): words, a money's sign, a position's number, opened by a word that joins it to the label (`_JOINING`); no
# field's label.
_QUALIFIER = re.compile(r"(?:(?:[^\W\d_][^\W\d_'’.-]*\.?|[$€£]|n[°º]\s?\d{1,3})\s*){1,5}:?")


def qualified_value(page: PageLayout, line: Line, index: int, seg: Segment, name: str, label: list[Word],
                    rest: list[Word]) -> tuple[tuple[str, list[Word]], Segment] | None:
    """The amount right of an amount's label whose segment goes on with what the amount is of (`_QUALIFIER`), when
    that amount is printed with a separator ("19 912,48 €"), and its segment; None otherwise. A total's label of one
    word so qualified is a section's sum ("Total of disbursements", "Total des travaux exécutés"), not the invoice's."""
    text = join_words(rest).strip()
    if name not in ("subtotal", "tax", "total") or name == "total" and len(label) < 2 \
            or not _QUALIFIER.fullmatch(text) or rest[0].text.casefold() not in _JOINING \
            or label_matches(text) or any(label_matches(w.text) for w in rest):
        return None
    found = value_right(page, line, index, seg, name)
    return found if found is not None and re.search(r"\d[.,'\s\u00a0]\d", found[1].text) else None


DOUBT = 0.85  # a value chosen over another that fits its label as well


def right_or_below(page: PageLayout, line: Line, seg: Segment, name: str, found: tuple[tuple[str, list[Word]], Segment]
                   ) -> tuple[tuple[str, list[Word]], float, str] | None:
    """(value, strength, its text) for a label with a value to its right: a sidebar's label over its value, with the
    main column's text level with the label far to the right, takes the value just below, the nearer one (unsure when
    the value to the right fits too and says otherwise: a key-value row over another row); over a dash ("Sua
    requisição" / "—") it has none."""
    value, right = found
    gap = right.x0 - seg.x1
    below = value_below(page, line, seg, name) if gap > 4 * line.h else None
    if below is None and gap > 4 * line.h and _nothing_under(page, seg):
        return None
    if below is not None and not keyed(below[1], gap):
        return below[0], DOUBT if below[0][0] != value[0] else GOOD, below[1].text
    return value, HIGH if gap <= 0.45 * page.width else GOOD, right.text


_NOTHING = re.compile(r"[-–—/]|n/?a", re.IGNORECASE)  # a box's sign that it holds nothing


def _nothing_under(page: PageLayout, seg: Segment) -> bool:
    """Whether the first segment flush under a label, within two of its lines, says the box holds nothing ("—"):
    another column's lines may stand between them."""
    for below in page.lines[seg.line.index + 1:seg.line.index + 4]:
        if below.y0 - seg.line.y1 > 2 * seg.line.h:
            break
        first = next((sg for sg in below.segments if abs(sg.x0 - seg.x0) <= 3), None)
        if first is not None:
            return bool(_NOTHING.fullmatch(first.text))
    return False
