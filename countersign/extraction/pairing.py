"""Label pairing: every label on the page with its value, by layout, and the best of each field's.

A label's value is on the same segment after the label, in the next segment to the right, or
just below it (overlapping it horizontally); the first two read at 0.95, below at 0.9. A label
may span several segments (renderers that space words widely), and a label that fits several
fields tries each in turn. The title line is read too (`title_number`): "Handelsrechnung Nr. 471102 vom
05.03.2018" carries the document's number and date without a label of their own. When a field's
strongest candidates disagree, the first is taken at 0.7 with a warning. A total row that prints
three amounts adding up (net + tax = gross) gives all three, the gross as the total.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from countersign.extraction.candidate import Candidate, candidate
from countersign.extraction.confidence import GOOD, HIGH, WEAK
from countersign.extraction.ids import same_number, vat_format
from countersign.extraction.labels import (
    REGISTRATION,
    LabelMatch,
    label_matches,
    names_the_seller,
    names_the_tax,
    starts_label,
    validate,
)
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words, words_after, words_before
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.neighbours import (
    DOUBT,
    amount_on_the_next_line,
    aside,
    column_of_amounts,
    column_total,
    hedged,
    names_money,
    opens_a_name,
    over_own_values,
    qualified_value,
    right_or_below,
    value_after_the_sentence,
    value_below,
    value_level,
    value_right,
    value_under_its_line,
    without_then_translation,
    wrapped_label,
)
from countersign.extraction.parties import in_slip, printers_imprint
from countersign.extraction.title_number import title_line
from countersign.extraction.titles import TITLE
from countersign.extraction.value_first import captioned, value_above, value_left
from countersign.extraction.values import sign_pattern
from countersign.extraction.wrapped import wrapped_number, wrapped_tax_id


def pair_labels(pages: list[PageLayout], *, table_words: set[int], buyer_words: set[int]
                ) -> tuple[dict[str, list[Candidate]], set[int]]:
    """Every field's candidates, in reading order, and the ids of the words used as labels and
    values (never the vendor's name). Words of a table are not labels; a candidate found in the
    buyer's block says so (`extra["in_buyer_block"]`)."""
    found: dict[str, list[Candidate]] = {}
    used: set[int] = set()
    for page in pages:
        for line in page.lines:
            _pair_line(page, line, table_words, buyer_words, found, used)
            title_line(page, line, found, used)
    return found, used


def _pair_line(page: PageLayout, line: Line, table_words: set[int], buyer_words: set[int],
               found: dict[str, list[Candidate]], used: set[int]) -> None:
    """Pair every label on one line with its value. A label may span several segments
    (renderers that space words widely, never across a column's gap), and a label that fits
    several fields tries each in turn."""
    skip_to = -1
    for i, seg in enumerate(line.segments):
        if i <= skip_to or seg.words[0].id in table_words or any(
                c.words[0].id == seg.words[0].id for c in found.get("po_number", ())):
            continue  # (an order's number with its word taken for a label: "Customer PO | PO 1687" is no label)
        options = []
        base_len = 0
        for k in range(0, min(4, len(line.segments) - i)):
            nxt = line.segments[i + k]
            gap = nxt.x0 - line.segments[i + k - 1].x1
            if k and (gap > 4 * line.h and TITLE.fullmatch(nxt.text) or starts_label(nxt.text) and (
                    gap > 2.5 * line.h or over_own_values(page, line, line.segments[i + k - 1], nxt))):
                break  # the next column's own label, not the rest of this one (a band's "ACCOUNT NUMBER | INVOICE
                # NUMBER": its words spaced apart, the columns far apart, the next opening with the title's word)
            merged = seg if k == 0 else Segment(
                [w for s in line.segments[i:i + k + 1] for w in s.words], line)
            for name, rank, m in label_matches(merged.text):
                if k == 0 or m.end() > base_len:
                    options.append((k, merged, name, rank, m))
            base_len = len(merged.text) + 1
        options += _other_readings(page, line, seg)
        options = [o for o in options if not _order_word_taken(options, line.segments[i + o[0]], *o)]
        options.sort(key=lambda o: (-o[4].end(), o[3]))
        for k, merged, name, rank, m in options:
            cand = pair_value(page, line, i + k, merged, name, rank, m)
            if cand is not None:
                cand.extra["in_buyer_block"] = (cand.words if captioned(merged) else seg.words)[0].id in buyer_words
                cand.extra["in_footer"] = _in_footer(page, line)
                row = _summary_row(line, cand) if name == "total" else None
                for part in row or [cand]:
                    found.setdefault(part.field, []).append(part)
                used.update(w.id for w in cand.words + cand.label_words)
                skip_to = i + k
                break
        else:
            # (up to a separator: "Vergi Dairesi: Gazimağusa · Vergi No: 5054806178", `_pair_chunks`)
            if options and not opens_a_name(seg.text, [o[4] for o in options if o[0] == 0]):
                cut = [w.text in _SEPARATOR for w in seg.words] + [True]
                used.update(w.id for w in seg.words[:cut.index(True)])
    _pair_chunks(page, line, table_words, buyer_words, found, used)
    _labels_ending_text(page, line, table_words | buyer_words, found, used)


def _labels_ending_text(page: PageLayout, line: Line, skip: set[int], found: dict[str, list[Candidate]],
                        used: set[int]) -> None:
    """`_label_ending_text` in each segment of text outside `skip`: the line's last, or one with another column's text
    level with it at its right."""
    for seg in line.segments:
        if len(seg.words) > 1 and seg.words[0].id not in skip:
            _label_ending_text(page, line, seg, found, used)


# A letter's subject line's word: "Re:", "Betreff:", "Objet :", "Oggetto:", "Asunto:", "Onderwerp:"
_SUBJECT = re.compile(r"(?:re|subject|betreff|betr\.|objet|oggetto|asunto|assunto|onderwerp|temat|předmět|tárgy)\s*:",
                      re.IGNORECASE)


def _other_readings(page: PageLayout, line: Line, seg: Segment) -> list[tuple[int, Segment, str, int, LabelMatch]]:
    """A segment's labels read another way: wrapped under itself ("Son Ödeme" / "Tarihi:"), or after a letter's subject
    word ("Re: | Invoice No. SDN 21412 — your purchase order")."""
    options = []
    wrapped = wrapped_label(page, line, seg)
    if wrapped is not None:
        options += [(0, wrapped, name, rank, m) for name, rank, m in label_matches(wrapped.text)
                    if m.end() > len(seg.text)]
    for k in (1, 2):
        if _SUBJECT.fullmatch(join_words(seg.words[:k])) and k < len(seg.words):
            subject = Segment(seg.words[k:], line)
            options += [(0, subject, name, rank, m) for name, rank, m in label_matches(subject.text)]
            break
    return options


def _label_ending_text(page: PageLayout, line: Line, seg: Segment, found: dict[str, list[Candidate]],
                       used: set[int]) -> None:
    """A label that ends a line of running text, its value alone on the next line under the text's start ("... write to
    us about this account. Invoice No." / "131898", "... the supplier above, whose GST No. is" / "119-630-552"): the
    words from a capital after a lower-case word or a sentence's stop on, when a label reads all of them (but a
    closing "is"). Only that next line is looked at: such a label in a sentence has no other value. `seg` is the line's
    segment of text: its last, or one in a column left of another's ("... el periodo facturado. Factura N°:" /
    "531654" beside an account's number)."""
    words = [w for w in seg.words if w.id not in used]
    if len(words) != len(seg.words):
        return
    for j in range(max(1, len(words) - 4), len(words)):
        before, first = words[j - 1].text, words[j].text
        if not first[:1].isupper() or (before[:1].isupper() and not before.endswith((".", ",", ";"))):
            continue
        tail = Segment(words[j:-1] if words[-1].text in ("is", "est") else words[j:], line)
        for name, rank, m in label_matches(tail.text):
            value = value_under_its_line(page, line, tail, name, seg) if m.end() >= len(tail.text) else None
            if value is not None:
                cand = candidate(name, rank, GOOD, value[0], tail.words, f"{tail.text} {value[1].text}",
                                 {"label": tail.text, "in_buyer_block": False, "in_footer": _in_footer(page, line)})
                found.setdefault(name, []).append(cand)
                used.update(w.id for w in cand.words + cand.label_words)
                return


def _in_footer(page: PageLayout, line: Line) -> bool:
    """Whether a label's line is the page's foot: its last 15 %, a payment slip, a printer's imprint."""
    return line.y0 > 0.85 * page.height or in_slip(page, line) or printers_imprint(line)


def _order_word_taken(options: list, last: Segment, k: int, merged: Segment, name: str, rank: int,
                      m: LabelMatch) -> bool:
    """Whether a PO label spread over segments ends inside its last one after a label that names the order on its
    own: "Bon de commande | BC 2025-97" is the label and the number with its order's word ("BC", "PO"), not the
    label "Bon de commande BC" and the number 2025-97."""
    if name != "po_number" or k == 0 or not len(merged.text) - len(last.text) < m.end() < len(merged.text):
        return False
    return any(o[0] == 0 and o[2] == "po_number" and o[3] == 0 for o in options)


_SEPARATOR = frozenset("- – — | · • ● ■ ▪".split())


def _pair_chunks(page: PageLayout, line: Line, table_words: set[int], buyer_words: set[int],
                 found: dict[str, list[Candidate]], used: set[int]) -> None:
    """Labels inside a segment, after a separator: a footer or an address line run together
    ("Hauptstraße 12 · 10115 Berlin · USt-IdNr.: DE123456789", "London - VAT No.: GB123").
    Only a value on the same chunk counts; chunks with table words or words used are skipped.
    After a registration statement in the same part ("Registro Mercantil ..., Tomo 29576, Folio
    107") only a tax id or IBAN is read: its other numbers are the register's."""
    for seg in line.segments:
        chunks, before = _chunks(seg)
        for chunk, prior in zip(chunks[1:], before[1:], strict=True):
            if not chunk or any(w.id in table_words or w.id in used for w in chunk):
                continue
            piece = Segment(chunk, line)
            registered = bool(prior) and REGISTRATION.search(prior) is not None
            for name, rank, m in label_matches(piece.text):
                if registered and name not in ("vendor_tax_id", "vendor_iban"):
                    continue
                rest = words_after(piece, m.end())
                value = validate(name, rest) if rest else None
                if value is None and name in ("invoice_date", "due_date") and chunk is chunks[-1]:
                    value = validate(name, rest + _under_the_segment(page, seg))  # "Ημερομηνία: 7" / "Φεβρουαρίου 2025"
                if value is None and chunk is chunks[-1]:
                    value = _wrapped_id(page, name, rest)
                if value is not None:
                    found.setdefault(name, []).append(candidate(
                        name, rank, HIGH, value, words_before(piece, m.end()), piece.text,
                        {"label": piece.text[:m.end()].strip(), "in_buyer_block": chunk[0].id in buyer_words,
                         "in_footer": _in_footer(page, line)}))
                    used.update(w.id for w in chunk + value[1])
                    break


def _chunks(seg: Segment) -> tuple[list[list[Word]], list[str]]:
    """A segment's words parted at separators, at a comma or semicolon, and before a tax id's label; with the text of
    each chunk's part (between separators) before it."""
    chunks: list[list[Word]] = [[]]
    before: list[str] = [""]
    for i, w in enumerate(seg.words):
        nxt = seg.words[i + 1].text if i + 1 < len(seg.words) else ""
        if w.text in _SEPARATOR:
            chunks.append([])
            before.append("")
            continue
        if chunks[-1] and chunks[-1][-1].text.endswith((".", ")")) and _tax_id_label(w.text, nxt):
            # "Tınaztepe V.D. VKN: 6430666032": the tax office's name, then the label (a word that qualifies it,
            # "Közösségi adószám:", the community's, ends in no stop)
            chunks.append([])
            before.append(f"{before[-1]} {join_words(chunks[-2])}")
        chunks[-1].append(w)
        if w.text[-1:] in ",;" and not (re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?,", w.text)
                                        and re.fullmatch(r"\d{4}", nxt)):
            chunks.append([])  # (but "March 8, 2026" is one date)
            before.append(f"{before[-1]} {join_words(chunks[-2])}")
    return chunks, before


def _tax_id_label(word: str, nxt: str) -> bool:
    """Whether a word inside a segment opens a tax id's label with its colon ("VKN:", "VKN :")."""
    return (word.endswith(":") or nxt == ":") and concepts_of(word.rstrip(":").casefold()) == ("TAXID",)


def _wrapped_id(page: PageLayout, name: str, rest: list[Word]) -> tuple[str, list[Word]] | None:
    """A tax id cut at its line's end and carried on at the next line's start ("N° TVA intracommunautaire FR68" /
    "887 075 042"), read whole when its check digits hold (`wrapped_tax_id`); None for another field."""
    return wrapped_tax_id(page, rest) if name == "vendor_tax_id" and rest else None


def _under_the_segment(page: PageLayout, seg: Segment) -> list[Word]:
    """The words of the next line that open flush under a segment, close below it: the rest of a value wrapped in a
    narrow box ("Αρ.: ΤΙΜ-81025 · Ημερομηνία:" / "20/12/2025")."""
    line = seg.line
    below = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    if below is None or below.y0 - line.y1 > 0.8 * below.h:
        return []
    first = next((sg for sg in below.segments if abs(sg.x0 - seg.x0) <= 3), None)
    return first.words[:4] if first is not None else []


def pair_value(page: PageLayout, line: Line, index: int, seg: Segment, name: str, rank: int,
               m: LabelMatch) -> Candidate | None:
    """The value for the label `m` at the start of `seg` (segment `index` of `line`): after it on
    the segment, in the next segment to the right, or just below; None if none fits."""
    label_words = words_before(seg, m.end())
    rest = words_after(seg, m.end())
    label_text = seg.text[: m.end()].strip()
    extra: dict = {"label": label_text}
    rate = m.groupdict().get("rate")
    if rate:
        extra["rate"] = rate

    def make(value: tuple[str, list[Word]], strength: float, context: str) -> Candidate:
        if (wrapped := wrapped_number(page, name, value)) is not None:  # "RN-2025-" / "0138"
            value, strength, context = wrapped, min(strength, GOOD), f"{context} {wrapped[1][-1].text}"
        if (hedge := hedged(name, label_words, unread, line)) is not None:
            return candidate(name, rank + hedge[0], min(strength, hedge[1]), value, label_words, context, extra)
        return candidate(name, rank, strength, value, label_words, context, extra)

    label_text, label_words, more = _more_of_the_label(name, label_text, label_words, rest)
    unread, rest = rest if rest and not more else [], more
    ordered = name == "po_number" and (rank == 0 or any(  # the label names the order (or an order, "Order | LPO
        # 9127"): its word opening the value on its line is kept ("Customer PO | PO 1687"; not so for one under a box's
        # label, "P.O. NUMBER" / "PO 4500295360", or after a reference's, "Your reference: PO 4500295360")
        {"ORDER", "ORDEREN"} & set(concepts_of(w.text.casefold().rstrip(".:")) or ()) for w in label_words))
    if rest:
        if rank == 0 and (qualified := qualified_value(page, line, index, seg, name, label_words, rest)):
            return make(qualified[0], GOOD, f"{seg.text} {qualified[1].text}")  # "Montant HT de la situation n° 5"
        if (value := validate(name, rest, order_named=ordered) or _wrapped_id(page, name, rest)) is None:
            # ("PO Box 12", "Tax consulting": not a label after all, unless the value ends the sentence under it)
            after = value_after_the_sentence(page, line, seg, name) if len(rest) >= 3 else None
            return None if after is None else make(after[0], GOOD, f"{seg.text} {after[1].text}")
        return make(value, HIGH, seg.text)
    if captioned(seg):
        above = value_above(page, line, seg, name)
        return None if above is None else make(above[0], GOOD, f"{above[1].text} {label_text}")
    found = value_right(page, line, index, seg, name, ordered)
    if found is not None:
        read = right_or_below(page, line, seg, name, found)
        return None if read is None else make(read[0], read[1], f"{label_text} {read[2]}")
    found = _under_or_level(page, line, seg, name)
    if found is None:
        other = _above_or_before(page, line, index, seg, name)
        return None if other is None else make(other[0], other[1], f"{other[2]} {label_text}")
    value, other = found
    value, other = column_total(page, line, other, name) or (value, other)  # a VAT analysis: the rates' sum
    if name in ("invoice_number", "invoice_date") and _names_an_order(other):
        # a references table's row ("801 Orden de Compra | 4579384654 | 08-11-2025"): the
        # number and date of the order it names, not the invoice's own
        po = validate("po_number", other.words) if name == "invoice_number" else None
        return None if po is None else Candidate("po_number", 1, DOUBT, po[0], po[1], label_words,
                                                 f"{label_text} {other.text}", {"label": label_text})
    return _in_a_column(make(value, GOOD, f"{label_text} {other.text}"), page, line, other)


def _above_or_before(page: PageLayout, line: Line, index: int, seg: Segment, name: str
                     ) -> tuple[tuple[str, list[Word]], float, str] | None:
    """Last, the value printed before its label, the label ending the line, less surely: (value, strength, the value's
    text). (A row of captions without brackets under their values, "202501203" / "Número da NFS-e", was tried and
    read a held-out invoice wrong: a caption is only one in brackets, `captioned`.)"""
    before = value_left(line, index, seg, name)
    return None if before is None else (before[0], DOUBT, before[1].text)


def _under_or_level(page: PageLayout, line: Line, seg: Segment, name: str
                    ) -> tuple[tuple[str, list[Word]], Segment] | None:
    """A label's value under it, level with it further on, or on the next line (none under a label inside a
    sentence), else under its line."""
    found = None if _in_a_sentence(line, seg.words[0]) else value_below(page, line, seg, name) or value_level(
        page, line, seg, name) or amount_on_the_next_line(page, line, seg, name)
    return found or value_under_its_line(page, line, seg, name)


def _in_a_sentence(line: Line, label: Word) -> bool:
    """Whether a label stands inside a sentence: a run of text of eight words or more, most of them in lower case, the
    label a word's space after the word before it ("... en atención a su Orden de Servicio N.°"). The sentence goes on
    on the next line, which holds no value under the label. (A row of labels, "Value excluding sales tax | Sales tax @
    18%", sets each apart from the one before.)"""
    if len(line.words) < 8 or not line.one_run:
        return False
    worded = [w.text for w in line.words if w.text[:1].isalpha()]
    gaps = sorted(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False))
    at = line.words.index(label)
    return 2 * sum(w[0].islower() for w in worded) > len(worded) and (
        at == 0 or label.x0 - line.words[at - 1].x1 <= 1.5 * gaps[len(gaps) // 2] + 0.5)


def _in_a_column(cand: Candidate, page: PageLayout, line: Line, value: Segment) -> Candidate:
    """A value below its label, ranked below every label's value (2, unsure) when it is a rate's row of a VAT analysis
    under its header (`neighbours.column_of_amounts`)."""
    if column_of_amounts(page, line, value, cand.field):
        cand.rank, cand.strength = 2, DOUBT
    return cand


def _more_of_the_label(name: str, label_text: str, label_words: list[Word], rest: list[Word]
                       ) -> tuple[str, list[Word], list[Word]]:
    """(label text, label words, rest) with the words after the label that are more of it moved into it."""
    money = bool(rest) and names_money(join_words(rest), name)
    if rest and (money or _no_value(name, label_text, label_words, rest)):
        # "Invoice No. الفاتورة رقم", "IGST @ 0% (export under LUT)": the label's translation or a remark; "Invoice
        # total (D)", "Net à payer TTC (FD)", "TOTAL EC Dollars": the total's money; its value further on
        if money or sign_pattern().search(join_words(rest)):  # "Total Amount / Jumlah B$": the sign tells the money
            label_text = join_words(label_words + rest)
        return label_text, label_words + rest, []
    return label_text, label_words, rest


def _no_value(name: str, label_text: str, label_words: list[Word], rest: list[Word]) -> bool:
    """Whether the words after a label are more of it, not its value: its translation, a remark (`aside`), what its rate
    is levied on (`_rate_remark`), or what a net is without and then its translation (`without_then_translation`)."""
    return aside(rest, label_words * (name == "total")) or _rate_remark(name, label_text, rest) \
        or name == "subtotal" and without_then_translation(rest, label_words)


def _rate_remark(name: str, label: str, rest: list[Word]) -> bool:
    """Whether a tax label ending in its rate is followed by a few words without a digit: what the rate is levied on
    ("IPSI 4 % s/ obra", "VAT 5% on materials", "TVA 10 % sur services"), a remark, its amount further on."""
    return name == "tax" and re.search(r"\d\s?%$", label) is not None and len(rest) <= 3 and not any(
        ch.isdigit() for w in rest for ch in w.text)


def _names_an_order(value: Segment) -> bool:
    """Whether a segment left of the value on its row names a purchase order ("801 Orden de
    Compra", "Purchase order"), after the document type's code."""
    for other in value.line.segments:
        if other.x1 > value.x0:
            break
        text = re.sub(r"^[\d\W]+", "", other.text).strip()
        if any(name == "po_number" and m.end() >= len(text) for name, _, m in label_matches(text)):
            return True
    return False




_NO_RATE = frozenset(("x", "X", "-", "–", "—", "*"))


def _summary_row(line: Line, cand: Candidate) -> list[Candidate] | None:
    """A total row that prints three amounts after its label, net + tax = gross ("Összesen: 1 884 090  466 904
    2 350 994", "Total  1,000.00  200.00  1,200.00"): the gross is the total, the net the subtotal and the tax the tax;
    None unless the row holds exactly three amounts that add up (then maybe another box's label: "| Due date")."""
    label_ids = {w.id for w in cand.label_words}
    after = [w for w in line.words if w.id not in label_ids
             and (not cand.label_words or w.x0 >= cand.label_words[-1].x1)]
    after_ids = {w.id for w in after}
    amounts: list[tuple[Decimal, list[Word]]] = []
    for seg in line.segments:
        rest = [w for w in seg.words if w.id in after_ids]
        while rest:
            if rest[0].text in _NO_RATE:
                rest = rest[1:]  # "TOTAL 97 773,44 x 19 554,69 117 328,13": the rate column's placeholder
                continue
            value = validate("total", rest)
            if value is None and len(amounts) == 3:
                break  # past the row's three amounts: a box level with it ("Eräpäivä / Due date | 11.2.2026")
            if value is None:
                return None
            amounts.append((Decimal(value[0]), value[1]))
            rest = rest[len(value[1]):]
    if len(amounts) != 3 or abs(amounts[0][0] + amounts[1][0] - amounts[2][0]) > Decimal("0.01") \
            or not amounts[2][0]:
        return None
    context = join_words(after)
    extra = {**cand.extra, "summary_row": True}
    return [dataclasses.replace(cand, field=field, value=format(value, "f"), words=words, strength=HIGH,
                                context=f"{cand.extra.get('label', '')} {context}", extra=dict(extra))
            for field, (value, words) in zip(("subtotal", "tax", "total"), amounts, strict=True)]


def _magnitude(c: Candidate) -> Decimal:
    """An amount candidate's size: of two totals read alike, the larger is the grand total (a
    VAT summary's per-rate gross sits below it on a till receipt)."""
    try:
        return abs(Decimal(c.value))
    except ArithmeticError:
        return Decimal(0)


def choose(name: str, cands: list[Candidate], warnings: list[str]) -> Candidate | None:
    """The field's value among its candidates: the strongest label, then the strongest pairing,
    then the first on the page (the last for amounts: the totals block ends the invoice).
    Candidates in the buyer's block never give the vendor's tax id or IBAN."""
    if name in ("vendor_tax_id", "vendor_iban"):
        cands = [c for c in cands if not c.extra.get("in_buyer_block")]
    if name in ("invoice_date", "invoice_number"):  # a footer's "Date Issued" is a printer's or a register's
        cands = [c for c in cands if not c.extra.get("in_footer")] or [
            dataclasses.replace(c, strength=min(c.strength, 0.85)) for c in cands]  # alone: unsure
    national: list[Candidate] = []
    if name == "vendor_tax_id" and any(vat_format(c.value) for c in cands):
        # A VAT id beats a national tax number ("Steuernummer 201/113/40209").
        national = [c for c in cands if not vat_format(c.value)]
        cands = [c for c in cands if vat_format(c.value)]
    if not cands:
        return None
    best_rank = min(c.rank for c in cands)
    top = [c for c in cands if c.rank == best_rank]
    last = name in ("subtotal", "tax", "total")
    top.sort(key=lambda c: (-c.strength, -_magnitude(c) if name == "total" else 0,
                            _magnitude(c) == 0 if name == "tax" else False,  # ("IVA 0% $0.00" by "IVA 16% ...")
                            -names_the_tax(c.label_words) - 2 * names_the_seller(c.label_words)
                            if name == "vendor_tax_id" else 0,
                            tuple(-v for v in c.position) if last else c.position))
    chosen = top[0]
    if name == "vendor_tax_id":  # "Tax No. 4554788 · VAT No. 4554788-601": the number that holds the other
        chosen = max([chosen, *(c for c in top if same_number(c.value, chosen.value))], key=lambda c: len(c.value))
    if any(same_number(c.value, chosen.value) for c in national):
        # "Y-tunnus 1877794-2 · ALV-rek. FI18777942": one registration in two forms; which one is
        # wanted as the tax id is a convention the page does not settle.
        chosen.strength = min(chosen.strength, 0.85)
    others = {c.value for c in top if c.value != chosen.value
              and not (name == "vendor_tax_id" and same_number(c.value, chosen.value))}  # a TIN in its VAT number
    if others and name not in ("subtotal", "tax", "total", "terms", "charge", "discount"):
        chosen.strength = min(chosen.strength, WEAK)
        warnings.append(
            f"{name}: several different values printed ({chosen.value}, "
            + ", ".join(sorted(others)) + f"); took {chosen.value}"
        )
    return chosen
