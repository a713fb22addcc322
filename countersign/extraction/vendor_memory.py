"""Vendor memory: what a person's correction teaches the reader about one vendor's layout.

When a clerk corrects a field, `learn` finds the corrected value's words on the page and the
label that introduces it (the text just left of it on its line, or just above it), and keeps
where the value stands from the label (`LayoutHint`). The next invoice of the same vendor
(recognised by a tax id, IBAN or name read from it, or by its learned labels standing where they
stood) is read with `apply`: each hint's label is looked for and the value read from where the
lesson says, validated like any reading (an amount is an amount, a date a date). A value found
this way says so in its evidence (`source = "vendor_memory:<case>"`) and in a warning.

Plain data in, plain data out: the memory is passed in with the document (it crosses into the
reading process as JSON), and nothing here writes anywhere.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from countersign.domain import Evidence, ExtractedInvoice, FieldValue, normalize_id, normalize_name
from countersign.extraction.labels import validate
from countersign.extraction.layout import PageLayout, Segment, Word, join_words
from countersign.extraction.values import parse_amount, parse_date

LEARNABLE = ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date", "due_date",
             "currency", "subtotal", "tax", "total", "vendor_iban")
MEMORY_CONFIDENCE = 0.9
ARITHMETIC_DOUBT = 0.6
MAX_VALUE_WORDS = 6
_PUNCT = re.compile(r"[\s:;#.\-–—]+$")


class LayoutHint(BaseModel):
    """Where `field` stands on this vendor's invoices: after (`right`) or under (`below`) the label
    `label`, or at a fixed place (`at`, for a name printed without a label). Boxes are shares of
    the page (0..1, top-left origin), so they hold whatever the page size."""

    field: str
    label: str = ""
    relation: Literal["right", "below", "at"] = "right"
    page: int = 1
    label_box: list[float] = Field(default_factory=list)
    value_box: list[float] = Field(default_factory=list)
    text: str = ""  # for `at`: the words printed there (a vendor's name does not change)
    case: str = ""  # the case whose correction taught it


class VendorLayout(BaseModel):
    """The lessons for one vendor: the keys that recognise it and a hint per field."""

    keys: list[str]  # "tax:…", "iban:…", "name:…" (normalized)
    hints: list[LayoutHint]
    learned_from: str  # the case whose correction taught it


class VendorMemory(BaseModel):
    layouts: list[VendorLayout] = Field(default_factory=list)


def vendor_keys(tax_id: str | None, iban: str | None, name: str | None) -> list[str]:
    """The keys an invoice's vendor is recognised by, from what was read (or corrected)."""
    keys = []
    if normalize_id(tax_id):
        keys.append(f"tax:{normalize_id(tax_id)}")
    if normalize_id(iban):
        keys.append(f"iban:{normalize_id(iban)}")
    if normalize_name(name):
        keys.append(f"name:{normalize_name(name)}")
    return keys


# --------------------------------------------------------------------------- learning


def learn(pages: list[PageLayout], field: str, value: str) -> tuple[LayoutHint, list[Evidence]] | None:
    """The lesson of a correction (and where the value stands, as evidence), or None when the
    value is not printed on the page."""
    if field not in LEARNABLE or not value:
        return None
    best: tuple[float, LayoutHint, list[Word]] | None = None
    for page in pages:
        for line in page.lines:
            for index, segment in enumerate(line.segments):
                for start, words in _spans(segment):
                    if not _same(field, join_words(words), value):
                        continue
                    hint, rank = _hint(page, line.segments, index, start, words, field)
                    if best is None or rank > best[0]:
                        best = (rank, hint, words)
    if best is None:
        return None
    words = best[2]
    return best[1], [Evidence(page=words[0].page, bbox=_bbox(words), text=join_words(words))]


def _spans(segment: Segment):
    """(start index, words) for every run of up to MAX_VALUE_WORDS words in the segment."""
    words = segment.words
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_VALUE_WORDS) + 1):
            yield start, words[start:end]


def _same(field: str, text: str, value: str) -> bool:
    """Whether printed `text` reads as `value` (the corrected value, in its normal form)."""
    if field in ("subtotal", "tax", "total"):
        parsed = parse_amount(text)
        return parsed is not None and parsed[0] == Decimal(value)
    if field in ("invoice_date", "due_date"):
        parsed = parse_date(text)
        return parsed is not None and parsed[0].isoformat() == value
    if field == "vendor_name":
        return normalize_name(text) == normalize_name(value)
    return normalize_id(text) == normalize_id(value) and bool(normalize_id(value))


def _hint(page: PageLayout, segments: list[Segment], index: int, start: int, words: list[Word],
          field: str) -> tuple[LayoutHint, float]:
    """The lesson of the value at these words, and how much to trust it: a label on its left
    beats one above it, which beats none; a table's column header (a line of three or more
    cells) is a weaker label than one of its own."""
    segment = segments[index]
    value_box = _share(page, _bbox(words))
    before = segment.words[:start]
    label_words = before or (segments[index - 1].words if index > 0 else [])
    if label_words and _labelish(join_words(label_words)):
        return LayoutHint(field=field, label=_norm_label(join_words(label_words)), relation="right", page=page.number,
                          label_box=_share(page, _bbox(label_words)), value_box=value_box), 2.0
    above = _segment_above(page, words)
    if above is not None and _labelish(above.text):
        header = len(above.line.segments) >= 3
        return LayoutHint(field=field, label=_norm_label(above.text), relation="below", page=page.number,
                          label_box=_share(page, _bbox(above.words)), value_box=value_box), 0.5 if header else 1.0
    return LayoutHint(field=field, relation="at", page=page.number, value_box=value_box, text=join_words(words)), 0.0


def _segment_above(page: PageLayout, words: list[Word]) -> Segment | None:
    x0, y0, x1, y1 = _bbox(words)
    height, centre = max(w.h for w in words), (y0 + y1) / 2
    best = None
    for line in page.lines:  # by centres: the boxes of close lines overlap
        line_centre = (line.y0 + line.y1) / 2
        if not 0.5 * height < centre - line_centre <= 2.5 * height:
            continue
        for segment in line.segments:
            if segment.x0 <= x1 and segment.x1 >= x0 and (best is None or segment.y1 > best.y1):
                best = segment
    return best


def _labelish(text: str) -> bool:
    """Label text: mostly letters, not a number or a date itself."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 2 and letters >= sum(ch.isdigit() for ch in text) and parse_amount(text) is None


def _norm_label(text: str) -> str:
    return _PUNCT.sub("", " ".join(text.lower().split()))


# --------------------------------------------------------------------------- applying


def apply(invoice: ExtractedInvoice, pages: list[PageLayout], memory: VendorMemory | None) -> ExtractedInvoice:
    """The reading with each remembered field read where this vendor's lesson says (in place)."""
    layout = _layout_for(invoice, pages, memory)
    if layout is None:
        return invoice
    changed = []
    for hint in layout.hints:
        found = _read(pages, hint)
        if found is None:
            continue
        value, words = found
        if invoice.value(hint.field) == value:
            continue
        invoice.fields[hint.field] = FieldValue(value=value, confidence=MEMORY_CONFIDENCE, evidence=[
            Evidence(page=words[0].page, bbox=_bbox(words), text=join_words(words),
                     source=f"vendor_memory:{hint.case or layout.learned_from}")])
        changed.append(hint.field)
    if changed:
        invoice.warnings.append(f"vendor memory: {', '.join(changed)} read where the correction on case "
                                f"{layout.learned_from} taught this vendor's layout")
        _check_arithmetic(invoice, changed)
    return invoice


def _layout_for(invoice: ExtractedInvoice, pages: list[PageLayout], memory: VendorMemory | None) -> VendorLayout | None:
    if memory is None or not memory.layouts:
        return None
    keys = set(vendor_keys(invoice.value("vendor_tax_id"), invoice.value("vendor_iban"), invoice.value("vendor_name")))
    known = [layout for layout in memory.layouts if keys & set(layout.keys)]
    if known:  # of the lessons for this vendor's keys, those whose labels this page prints
        return max(known, key=lambda layout: (_labels_found(pages, layout), len(keys & set(layout.keys))))
    for layout in memory.layouts:  # the vendor not read: its learned labels where they stood
        labelled = [h for h in layout.hints if h.label]
        if len(labelled) >= 2 and all(_label_at(pages, h) for h in labelled):
            return layout
    return None


def _labels_found(pages: list[PageLayout], layout: VendorLayout) -> int:
    return sum(1 for hint in layout.hints if hint.label and next(_labels(pages, hint), None) is not None)


def _label_at(pages: list[PageLayout], hint: LayoutHint) -> bool:
    return any(abs(_share(page, _bbox(seg.words))[1] - hint.label_box[1]) < 0.02
               and abs(_share(page, _bbox(seg.words))[0] - hint.label_box[0]) < 0.05
               for page, seg, _ in _labels(pages, hint))


def _labels(pages: list[PageLayout], hint: LayoutHint):
    """(page, segment, index of the first word after the label) for every place the label stands."""
    for page in pages:
        for line in page.lines:
            for segment in line.segments:
                words = segment.words
                for n in range(1, len(words) + 1):
                    if _norm_label(join_words(words[:n])) == hint.label:
                        yield page, segment, n
                        break


def _read(pages: list[PageLayout], hint: LayoutHint) -> tuple[str, list[Word]] | None:
    if hint.relation == "at":
        return _read_at(pages, hint)
    candidates = []
    for page, segment, after in _labels(pages, hint):
        if hint.relation == "right":
            words = segment.words[after:] or _next_segment(segment)
        else:
            words = _below(page, segment)
        value = _value(hint.field, words)
        if value is not None:
            distance = abs(_share(page, _bbox(segment.words))[1] - (hint.label_box or [0, 0])[1])
            candidates.append((distance, value))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _read_at(pages: list[PageLayout], hint: LayoutHint) -> tuple[str, list[Word]] | None:
    for page in pages:
        if page.number != hint.page:
            continue
        inside = [w for line in page.lines for w in line.words if _overlaps(_share(page, [w.x0, w.y0, w.x1, w.y1]),
                                                                          hint.value_box)]
        if inside and normalize_name(join_words(inside)) == normalize_name(hint.text):
            return (hint.text if hint.field == "vendor_name" else join_words(inside)), inside
    return None


def _value(field: str, words: list[Word]) -> tuple[str, list[Word]] | None:
    if not words:
        return None
    if field == "vendor_name":
        return join_words(words[:MAX_VALUE_WORDS]), words[:MAX_VALUE_WORDS]
    return validate(field, words)


def _next_segment(segment: Segment) -> list[Word]:
    segments = segment.line.segments
    index = next(i for i, s in enumerate(segments) if s is segment)
    return segments[index + 1].words if index + 1 < len(segments) else []


def _below(page: PageLayout, label: Segment) -> list[Word]:
    height, centre = label.h, (label.y0 + label.y1) / 2
    best: Segment | None = None
    for line in page.lines:
        if not 0.5 * height < (line.y0 + line.y1) / 2 - centre <= 2.5 * height:
            continue
        for segment in line.segments:
            if segment.x0 <= label.x1 and segment.x1 >= label.x0 and (best is None or segment.y0 < best.y0):
                best = segment
    return best.words if best else []


def _check_arithmetic(invoice: ExtractedInvoice, changed: list[str]) -> None:
    """A remembered amount that breaks subtotal + tax = total is not trusted at 0.9."""
    subtotal, tax, total = invoice.money("subtotal"), invoice.money("tax"), invoice.money("total")
    if None in (subtotal, tax, total) or not {"subtotal", "tax", "total"} & set(changed):
        return
    assert subtotal is not None and tax is not None and total is not None
    if abs(subtotal + tax - total) > Decimal("0.02"):
        for name in {"subtotal", "tax", "total"} & set(changed):
            invoice.fields[name] = invoice.fields[name].model_copy(update={"confidence": ARITHMETIC_DOUBT})
        invoice.warnings.append("vendor memory: the remembered amounts do not add up (subtotal + tax != total)")


def _bbox(words: list[Word]) -> list[float]:
    on_page = [w for w in words if w.page == words[0].page]
    return [round(min(w.x0 for w in on_page), 2), round(min(w.y0 for w in on_page), 2),
            round(max(w.x1 for w in on_page), 2), round(max(w.y1 for w in on_page), 2)]


def _share(page: PageLayout, box: list[float]) -> list[float]:
    width, height = page.width or 1.0, page.height or 1.0
    return [round(box[0] / width, 4), round(box[1] / height, 4), round(box[2] / width, 4), round(box[3] / height, 4)]


def _overlaps(a: list[float], b: list[float], slack: float = 0.01) -> bool:
    return a[0] < b[2] + slack and a[2] > b[0] - slack and a[1] < b[3] + slack and a[3] > b[1] - slack
