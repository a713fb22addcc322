"""Optional model assist for invoice extraction: ask an OpenAI-compatible model for the fields the
layout reader left empty or reported below a confidence threshold, and keep only what the
document itself prints.

The model never invents a number: every value it proposes is looked up in the document's text
(amounts and dates compared as numbers and dates, identifiers without spaces and punctuation,
names case-insensitively). A value that is not found is dropped with a warning; one that is
found gets evidence pointing at where it stands on the page and a confidence of at most
`ASSIST_CONFIDENCE` (0.8), so it never counts as a reading the finance team can trust blindly.

Off unless configured: `assist()` returns the invoice unchanged when `settings.openai_model` is
not set. `extract_invoice(data, assist=functools.partial(assist, settings=settings))` wires it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from importlib import resources
from typing import Any, Sequence

from pydantic import BaseModel, Field, SecretStr

from countersign.domain import Evidence, ExtractedInvoice, FieldValue
from countersign.extraction.cldr import currency_signs
from countersign.extraction.values import ISO_4217, parse_amount, parse_date

ASSIST_THRESHOLD = 0.8  # fields below this (or empty) are asked for
ASSIST_CONFIDENCE = 0.8  # the most an assisted value is ever reported at
MAX_PROMPT_CHARS = 12_000  # page text sent to the model (first pages first)
FIELDS = ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date",
          "due_date", "currency", "subtotal", "tax", "total")
AMOUNTS = ("subtotal", "tax", "total")
DATES = ("invoice_date", "due_date")
IDENTIFIERS = ("invoice_number", "po_number", "vendor_tax_id")


class InvoiceFields(BaseModel):
    """Values printed on the invoice; null when the document does not print the field."""

    vendor_name: str | None = Field(None, description="issuer's company name as printed")
    vendor_tax_id: str | None = Field(None, description="issuer's VAT / tax id as printed")
    invoice_number: str | None = Field(None, description="the document's own number as printed")
    po_number: str | None = Field(None, description="buyer's purchase order number as printed")
    invoice_date: str | None = Field(None, description="issue date, YYYY-MM-DD")
    due_date: str | None = Field(None, description="payment due date, YYYY-MM-DD, only if printed")
    currency: str | None = Field(None, description="ISO 4217 code")
    subtotal: str | None = Field(None, description="net amount before tax, e.g. 1234.50")
    tax: str | None = Field(None, description="total tax amount, e.g. 234.56")
    total: str | None = Field(None, description="grand total including tax, e.g. 1469.06")


@dataclass
class PageText:
    """One page's text for the model, with its words' boxes for evidence."""

    number: int
    text: str
    words: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    lines: list[list[tuple[float, float, float, float, str]]] = field(default_factory=list)


def prompt_text() -> str:
    return resources.files("countersign.prompts").joinpath("extraction_assist.md").read_text()


def make_model(settings) -> Any:
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key
    return ChatOpenAI(
        model=settings.openai_model,
        base_url=settings.openai_base_url,
        api_key=key if isinstance(key, SecretStr) else SecretStr(key or "not-needed"),
        temperature=0,
        timeout=60,
        max_retries=1,
    )


def wanted_fields(invoice: ExtractedInvoice, threshold: float = ASSIST_THRESHOLD) -> list[str]:
    out = []
    for name in FIELDS:
        fv = invoice.fields.get(name)
        if fv is None or fv.value is None or fv.confidence < threshold:
            out.append(name)
    return out


def assist_from_settings(settings):
    """`assist` bound to the settings when extraction assist is switched on and a model is
    configured (COUNTERSIGN_EXTRACTION_ASSIST, COUNTERSIGN_OPENAI_MODEL); otherwise None."""
    if not (getattr(settings, "extraction_assist", False) and getattr(settings, "openai_model", None)):
        return None
    return partial(assist, settings=settings)


def assist(invoice: ExtractedInvoice, pages_text: Sequence[str | PageText], settings, *,
           threshold: float = ASSIST_THRESHOLD, model: Any = None) -> ExtractedInvoice:
    """Fill empty or weak fields from the model's proposals that the document prints. Returns
    the same invoice object (changed in place) for convenience."""
    if model is None and not getattr(settings, "openai_model", None):
        return invoice
    wanted = wanted_fields(invoice, threshold)
    if not wanted:
        return invoice
    pages = [p if isinstance(p, PageText) else PageText(i + 1, str(p))
             for i, p in enumerate(pages_text)]
    text = _document_text(pages)
    if not text.strip():
        return invoice
    from langchain_core.messages import HumanMessage, SystemMessage

    chat = model if model is not None else make_model(settings)
    structured = chat.with_structured_output(InvoiceFields, method="function_calling",
                                             include_raw=True)
    request = (
        "Fields to report: " + ", ".join(wanted) + "\n\n"
        "<document>\n" + text + "\n</document>"
    )
    try:
        reply = structured.invoke([SystemMessage(prompt_text()), HumanMessage(request)])
    except Exception as exc:  # noqa: BLE001 - the assist is optional; the reading stands
        invoice.warnings.append(f"model assist unavailable: {type(exc).__name__}: {str(exc)[:120]}")
        return invoice
    proposal = reply.get("parsed") if isinstance(reply, dict) else reply
    if not isinstance(proposal, InvoiceFields):
        invoice.warnings.append("model assist: the model's answer could not be read; ignored")
        return invoice
    credit = invoice.value("document_type") == "credit_note"
    for name in wanted:
        proposed = getattr(proposal, name)
        if proposed is None or not str(proposed).strip():
            continue
        proposed = str(proposed).strip()
        found = locate(name, proposed, pages, credit=credit)
        if found is None:
            invoice.warnings.append(
                f"model assist: proposed {name} {proposed!r} is not printed in the document; dropped")
            continue
        value, evidence = found
        current = invoice.fields.get(name) or FieldValue()
        if current.value == value:
            continue  # the model agrees with the reader's weak value: nothing new
        if current.value is not None:
            invoice.warnings.append(
                f"model assist: {name} {value} (printed on page {evidence.page}) replaces the "
                f"reader's low-confidence {current.value}")
        else:
            invoice.warnings.append(
                f"model assist: {name} {value} found on page {evidence.page}")
        invoice.fields[name] = FieldValue(value=value, confidence=min(ASSIST_CONFIDENCE, 0.8),
                                          evidence=[evidence])
    return invoice


def _document_text(pages: list[PageText]) -> str:
    parts, size = [], 0
    for page in pages:
        chunk = f"--- page {page.number} ---\n{page.text}\n"
        if size + len(chunk) > MAX_PROMPT_CHARS:
            parts.append(chunk[: max(0, MAX_PROMPT_CHARS - size)])
            break
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


# --------------------------------------------------------------------------- finding values


def locate(name: str, proposed: str, pages: list[PageText], *, credit: bool = False
           ) -> tuple[str, Evidence] | None:
    """(normalised value, evidence) when the document prints the proposed value, else None."""
    if name in AMOUNTS:
        return _locate_amount(proposed, pages, credit=credit)
    if name in DATES:
        return _locate_date(proposed, pages)
    if name in IDENTIFIERS:
        return _locate_identifier(proposed, pages)
    if name == "currency":
        return _locate_currency(proposed, pages)
    if name == "vendor_name":
        return _locate_vendor_name(proposed, pages)
    return None


def _locate_amount(proposed: str, pages: list[PageText], *, credit: bool) -> tuple[str, Evidence] | None:
    """An amount, compared as a number whatever its sign; a credit note's is negative."""
    parsed = parse_amount(proposed)
    if parsed is None:
        return None
    want = abs(parsed[0])

    def match(text: str) -> str | None:
        got = parse_amount(text)
        if got is None or abs(got[0]) != want:
            return None
        value = got[0]
        if credit and value > 0:
            value = -value
        return format(value, "f")

    return _search(pages, match, max_words=3)


def _locate_date(proposed: str, pages: list[PageText]) -> tuple[str, Evidence] | None:
    """A date, compared as a date; a printed date that could be read either way matches both ways."""
    try:
        want_day = date.fromisoformat(proposed[:10])
    except ValueError:
        parsed_day = parse_date(proposed)
        if parsed_day is None:
            return None
        want_day = parsed_day[0]

    def match(text: str) -> str | None:
        got = parse_date(text.strip(".,;:()"))
        if got is None:
            return None
        day, ambiguous = got
        options = {day}
        if ambiguous:
            try:
                options.add(date(day.year, day.day, day.month))
            except ValueError:
                pass
        return want_day.isoformat() if want_day in options else None

    return _search(pages, match, max_words=4)


def _locate_identifier(proposed: str, pages: list[PageText]) -> tuple[str, Evidence] | None:
    """An invoice, PO or tax number, compared without spaces and punctuation."""
    key = _compact(proposed)
    if not key:
        return None
    return _search(pages, lambda text: proposed if _compact(text) == key else None,
                   max_words=4)


def _locate_currency(proposed: str, pages: list[PageText]) -> tuple[str, Evidence] | None:
    """A known ISO code, printed as the code or as its symbol."""
    code = proposed.upper()
    if code not in ISO_4217:
        return None
    symbols = [s for s, codes in currency_signs().items() if code in codes and not s[-1].isalpha()]

    def match(text: str) -> str | None:
        t = text.strip(".,;:()")
        if t.upper() == code or any(s in t for s in symbols):
            return code
        return None

    return _search(pages, match, max_words=1)


def _locate_vendor_name(proposed: str, pages: list[PageText]) -> tuple[str, Evidence] | None:
    """A company name, compared case-insensitively without punctuation."""
    key = _name_key(proposed)
    if not key:
        return None
    n = len(proposed.split())
    return _search(pages, lambda text: re.sub(r"\s+", " ", text).strip(" ,;:")
                   if _name_key(text) == key else None, max_words=max(1, n + 1))


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _name_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s&]", " ", text.casefold()).split())


def _search(pages: list[PageText], match, *, max_words: int) -> tuple[str, Evidence] | None:
    """The first run of up to `max_words` words that `match` accepts, page by page: in the page's
    lines of words when it has them (with their box as evidence), else in its plain text."""
    for page in pages:
        lines = page.lines or ([page.words] if page.words else [])
        if lines:
            found = _search_words(page.number, lines, match, max_words)
        else:
            found = _search_text(page.number, page.text, match, max_words)
        if found is not None:
            return found
    return None


def _search_words(number: int, lines: list[list[tuple[float, float, float, float, str]]], match,
                  max_words: int) -> tuple[str, Evidence] | None:
    for words in lines:
        for i in range(len(words)):
            for n in range(1, max_words + 1):
                if i + n > len(words):
                    break
                span = words[i:i + n]
                text = " ".join(w[4] for w in span)
                value = match(text)
                if value is not None:
                    bbox = [round(min(w[0] for w in span), 2), round(min(w[1] for w in span), 2),
                            round(max(w[2] for w in span), 2), round(max(w[3] for w in span), 2)]
                    return value, Evidence(page=number, bbox=bbox, text=text)
    return None


def _search_text(number: int, page_text: str, match, max_words: int) -> tuple[str, Evidence] | None:
    for line in page_text.splitlines():
        tokens = line.split()
        for i in range(len(tokens)):
            for n in range(1, max_words + 1):
                if i + n > len(tokens):
                    break
                text = " ".join(tokens[i:i + n])
                value = match(text)
                if value is not None:
                    return value, Evidence(page=number, bbox=[], text=text)
    return None


def page_texts(pages) -> list[PageText]:
    """PageText objects from the reader's page layouts (lines of words with boxes)."""
    out = []
    for page in pages:
        lines = [[(w.x0, w.y0, w.x1, w.y1, w.text) for w in line.words] for line in page.lines]
        text = "\n".join(" ".join(w[4] for w in ln) for ln in lines)
        out.append(PageText(page.number, text, [w for ln in lines for w in ln], lines))
    return out


__all__ = ["ASSIST_CONFIDENCE", "ASSIST_THRESHOLD", "InvoiceFields", "PageText", "assist",
           "locate", "page_texts", "prompt_text", "wanted_fields"]
