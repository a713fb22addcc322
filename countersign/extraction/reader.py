"""Template-free first reading of a PDF invoice from its text layer (PyMuPDF words with coordinates).

How it reads (each step in its own module):
1. every word with its box (`page.get_text("words")`, already top-left origin, in points), OCR
   for a scan; the embedded e-invoice XML, if any, in the same pass (`pdf`, `attachments`);
2. words grouped into lines (same vertical centre) and lines into segments (runs of words with
   ordinary spacing; a wide gap starts a new segment, which separates columns) (`layout`);
3. the "Bill To"/"Ship To" block is found and set aside: it names the buyer, never the vendor
   (`vendor`);
4. the line-item table is found by its header (Description | Qty | Unit Price | Amount, or other
   words read by meaning, `headers`), else by its rows' arithmetic (quantity x price = amount),
   and read by column positions (`table`, `line_items`); with no header at all, receipt lines
   ("2 x 3.50  7.00", `fallbacks`), else rows whose numbers stand in aligned columns, confirmed
   by their arithmetic or their sum (`columns`), below 0.9 unless they sum to the printed total;
5. labels ("Invoice No.", "Due Date", "Total", "IBAN", ...) are paired with their value by layout:
   on the same segment after the label, the next segment to the right, or just below (`labels`,
   `lexicon`, `pairing`), a right-to-left page's labels first, their values at their left (`leftward`);
   a due date or payment terms said in a sentence are read too (`prose`);
6. cross-checks set the confidence: subtotal + tax == total (several tax rows and the charges
   before the tax summed in, `totals`), lines sum to the subtotal,
   quantity x unit price == amount, due date not before the invoice date, IBAN checksum
   (`totals`, `dates`, `vendor`, `confidence`).
   A value is reported at >= 0.9 only when it is well supported; a failed check lowers it and
   adds a human-readable warning;
7. fields still empty get label-free readings, each below 0.9 and said in `warnings`: the amounts
   for which subtotal + tax == total, the number and date said in one phrase, a date with no
   label near the number, due on receipt; a page with no table, its "2 x 3.50  7.00" lines as
   items (`fallbacks`); the invoice number, date and vendor tax id still empty, the best candidate of
   a learned ranker, at 0.6-0.8 (`ranker`).

A PDF that carries an e-invoice is read from its XML (`einvoice`) and checked against its page
(`hybrid`); what the XML lacks is filled from the page, with a warning. A plain CII or UBL XML
file is read as an e-invoice too.

Every failure on bad input (not a PDF, encrypted, corrupt, too large, no text) raises
`UnreadableDocument` with a short reason; no PyMuPDF exception escapes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from countersign.domain import EXTRA_FIELDS, INVOICE_FIELDS, DocumentInfo, ExtractedInvoice, FieldValue, LineItem
from countersign.extraction.assist import page_texts
from countersign.extraction.attachments import EmbeddedXML
from countersign.extraction.bare import bare_number, named_title_words, title_word_number
from countersign.extraction.candidate import Candidate
from countersign.extraction.cldr import territory_currency
from countersign.extraction.columns import column_items
from countersign.extraction.confidence import OCR_CONFIDENCE_CAP, cap_confidence
from countersign.extraction.countries import address_countries, country_hints
from countersign.extraction.currency import read_currency
from countersign.extraction.dates import due_from_terms, ranked_date_at_home, read_dates
from countersign.extraction.document import read_document_type, read_identifiers
from countersign.extraction.einvoice import EInvoiceError, read_einvoice, syntax_of, to_extracted
from countersign.extraction.fallback_items import receipt_items, summed_items
from countersign.extraction.fallbacks import fill_label_free
from countersign.extraction.home_currency import home_currency
from countersign.extraction.hybrid import compare_with_page, fill_from_page
from countersign.extraction.layout import PageLayout, Segment, all_segments, has_words
from countersign.extraction.leftward import pair_leftward
from countersign.extraction.levies import net_before_levies
from countersign.extraction.line_items import read_line_items
from countersign.extraction.pairing import choose, pair_labels
from countersign.extraction.parties import buyer_block_words, marketplace
from countersign.extraction.pdf import UnreadableDocument, read_pdf, too_large
from countersign.extraction.point_of_sale import with_point_of_sale
from countersign.extraction.prose import prose_candidates
from countersign.extraction.prose_amounts import amounts_in_prose
from countersign.extraction.ranker import RANKED, fill_ranked
from countersign.extraction.sentence_items import sentence_items
from countersign.extraction.totals import read_totals
from countersign.extraction.values import MILS_MONEY, dot_grouping
from countersign.extraction.vendor import read_vendor_name
from countersign.extraction.vendor_address import read_vendor_address
from countersign.extraction.vendor_ids import (
    employer_number_under_vat,
    read_vendor_iban,
    read_vendor_tax_id,
    tax_id_near_name,
)
from countersign.extraction.vendor_memory import VendorMemory
from countersign.extraction.vendor_memory import apply as apply_memory


def extract_path(path: Path | str, **kw) -> ExtractedInvoice:
    """`extract_invoice` on a file; a missing file or a directory is an UnreadableDocument."""
    path = Path(path)
    max_bytes = kw.get("max_bytes", 20_000_000)
    try:
        if not path.exists():
            raise UnreadableDocument(f"no such file: {path}")
        if path.is_dir():
            raise UnreadableDocument(f"is a directory, not a file: {path}")
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read {path}: {exc.strerror or exc}") from exc
    return extract_invoice(data, **kw)


def extract_invoice(
    data: bytes, *, max_bytes: int = 20_000_000, max_pages: int = 50,
    assist: Callable[..., ExtractedInvoice] | None = None, memory: VendorMemory | dict | None = None,
) -> ExtractedInvoice:
    """Read an invoice: the embedded e-invoice XML when the PDF carries one (method "einvoice",
    compared with the printed page), else the PDF's text layer (method "text"). A plain CII or
    UBL XML file is read as an e-invoice too.

    `assist`, when given, is called as `assist(invoice, pages_text)` after the page reading
    (for example `functools.partial(assist.assist, settings=settings)`): it may fill empty or
    weak fields with values the document prints. Off by default.

    `memory`, when given, is what corrections taught about vendors' layouts (`vendor_memory`): a
    field of a known vendor is read where its lesson says, and its evidence says so. Its JSON form
    (a dict) is taken too: what a reading in a child process is handed."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise UnreadableDocument(f"not bytes: {type(data).__name__}")
    data = bytes(data)
    if not data:
        raise UnreadableDocument("empty file")
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    sha = hashlib.sha256(data).hexdigest()
    if b"%PDF-" not in data[:1024]:
        if _looks_like_xml(data):
            return _extract_xml(data, sha)
        raise UnreadableDocument(f"not a PDF (starts with {data[:4]!r})")
    pages, warnings, embedded, ocr = read_pdf(data, max_pages)
    if embedded is not None:
        result = _extract_embedded(embedded, sha, pages, warnings)
        if result is not None:
            return result
    result = read_page(pages)
    result.warnings[:0] = warnings
    result.document = DocumentInfo(sha256=sha, pages=len(pages), method="ocr" if ocr else "text")
    if memory is not None:
        memory = VendorMemory.model_validate(memory) if isinstance(memory, dict) else memory
        result = apply_memory(result, pages, memory)
    if assist is not None:
        result = assist(result, page_texts(pages))
    if ocr:
        cap_confidence(result, OCR_CONFIDENCE_CAP)
        result.warnings.append(f"read by OCR from a scanned image: confidences capped at {OCR_CONFIDENCE_CAP}")
    return result


_PRELOAD_LINES = (
    "ACME GmbH  VAT DE136695976  IBAN DE89 3704 0044 0532 0130 00",
    "Invoice No. INV-1 Date: 3 March 2026",
    "Due: 2 April 2026  PO-1",
    "Description Qty Unit price Amount",
    "Bolts 2 5,00 € 10,00 €",
    "Subtotal 10,00 EUR",
    "VAT 19% 1,90 EUR",
    "Total 11,90 EUR",
)


def preload() -> None:
    """Read a small built invoice once, so that what first use builds lazily (the currency, month
    and weekday tables, regular expressions) is built now. The extraction sandbox calls it before it
    forks a reader per document; otherwise every child would build them again."""
    import pymupdf

    with pymupdf.open() as doc:
        page = doc.new_page()
        for row, text in enumerate(_PRELOAD_LINES):
            page.insert_text((50, 60 + 20 * row), text)
        data = doc.tobytes()
    extract_invoice(data)


def read_page(pages: list[PageLayout]) -> ExtractedInvoice:
    """The printed page's reading (steps 2-6 above): every field, the line items and the
    warnings. The document info is left blank (no hash, method "text") for the caller. Its
    amounts are read with the document's own thousands grouping ("$ 79.240": `dot_grouping`)."""
    segments = all_segments(pages)
    countries = country_hints(segments)
    mils = any(territory_currency(hint.lstrip("+@")) in MILS_MONEY for hint in countries)
    with dot_grouping((seg.text for seg in segments), mils_money=mils):
        return _read_page(pages, segments, countries)


def _not_taken(candidates: dict[str, list[Candidate]], taken: set[int]) -> dict[str, list[Candidate]]:
    """The candidates whose value a right-to-left label did not take ("45346519 ‖ رقم أمر الشراء": no total's)."""
    if not taken:
        return candidates
    return {name: [c for c in found if not any(w.id in taken for w in c.words)] for name, found in candidates.items()}


def _fill_ranked(fields: dict[str, FieldValue], pages: list[PageLayout], table_words: set[int], buyer_words: set[int],
                 warnings: list[str], refused: dict[str, set[str]], countries: set[str], money: str | None) -> None:
    """The fields still empty from the learned ranker; an ambiguous date it read month first, read day first on a page
    whose country writes the day first (as a labelled one is)."""
    unread = [name for name in ("invoice_date", "due_date") if fields.get(name, FieldValue()).value is None]
    fill_ranked(fields, pages, table_words, buyer_words, warnings, refused)
    for name in unread:
        fields[name] = ranked_date_at_home(fields.get(name, FieldValue()), pages[0], countries, money)


def _items_without_a_table(pages: list[PageLayout], warnings: list[str]) -> tuple[list[LineItem], set[int], bool]:
    """The items no table header announces, the first reader that finds any: a till's "2 x 3.50  7.00" lines (and
    whether they make a till roll), columns aligned with no header, a letter's bulleted sentences."""
    items, words = receipt_items(pages)
    if items:
        return items, words, len(items) >= 2  # (one "8 x 25.000,00" line in a table read no other way is no till roll)
    items, words = column_items(pages, warnings)
    if not items:
        items, words = sentence_items(pages)  # "– 5 conteneurs à 140 050 FCFA, soit 700 250 FCFA ;"
    return items, words, False


def _read_page(pages: list[PageLayout], segments: list[Segment], countries: set[str]) -> ExtractedInvoice:
    warnings: list[str] = []
    buyer_words = buyer_block_words(pages)
    items, table_words = read_line_items(pages, warnings)
    till = False  # a till's roll: its items read as "2 x 3.50  7.00" lines
    if not items:
        items, table_words, till = _items_without_a_table(pages, warnings)
    leftward, left_used = pair_leftward(pages, table_words, buyer_words)  # a right-to-left page's labels first
    candidates, used_words = pair_labels(pages, table_words=table_words | left_used, buyer_words=buyer_words)
    candidates = _not_taken(candidates, left_used)
    for name, found in leftward.items():
        candidates.setdefault(name, []).extend(found)
    used_words |= left_used
    candidates["invoice_number"] = with_point_of_sale(candidates.get("invoice_number", []), pages,
                                                      table_words | buyer_words)
    if not candidates["invoice_number"]:  # "Αριθμός:" under the title: rank 1, below 0.9
        candidates["invoice_number"] = bare_number(pages, table_words | buyer_words | used_words) \
            or title_word_number(pages, table_words | buyer_words | used_words)
    paired = {w.id for cands in candidates.values() for c in cands for w in c.words + c.label_words}
    unpaired = table_words | buyer_words | paired  # (the words a sentence's facts are read outside of)
    for name, found in [*prose_candidates(pages, unpaired).items(), *amounts_in_prose(pages, unpaired).items()]:
        if name == "due_date" or not candidates.get(name):  # labelled terms win over a sentence
            candidates.setdefault(name, []).extend(found)
    if marketplace(pages[0]) or till:  # a bare "Order #" is the marketplace's order, or the till's own ticket
        # ("Order #: 752" under "Table: 9"); "Purchase order" stays
        candidates["po_number"] = [c for c in candidates.get("po_number", []) if c.rank == 0]
    chosen = {name: choose(name, cands, warnings) for name, cands in candidates.items()}
    fields: dict[str, FieldValue] = {}
    fields.update(read_identifiers(chosen))
    fields["currency"] = read_currency(chosen, segments, buyer_words, warnings, candidates, countries)
    money = fields["currency"].value if fields["currency"].confidence >= 0.9 else None  # a printed code
    fields.update(read_dates(chosen, pages[0], warnings, countries, money))
    fields.update(read_totals(chosen, items, pages, warnings, candidates))
    fields["vendor_tax_id"] = read_vendor_tax_id(chosen)
    fields["vendor_iban"] = read_vendor_iban(chosen, segments, buyer_words, warnings)
    fields["vendor_name"] = read_vendor_name(pages[0], buyer_words=buyer_words, table_words=table_words,
                                             used_words=used_words | named_title_words(pages), warnings=warnings)
    fields["vendor_address"] = read_vendor_address(pages[0], fields["vendor_name"], buyer_words | table_words)
    fields["vendor_tax_id"] = tax_id_near_name(fields["vendor_tax_id"], fields["vendor_name"],
                                               candidates.get("vendor_tax_id", []), pages, warnings,
                                               have_buyer=bool(buyer_words))
    fields["vendor_tax_id"] = employer_number_under_vat(fields["vendor_tax_id"], candidates.get("vendor_tax_id", []),
                                                        segments)
    fill_label_free(fields, pages, table_words | buyer_words, warnings, buyer_words, items)
    net_before_levies(fields, pages, table_words | buyer_words, warnings)
    if fields["due_date"].value is None:
        fields["due_date"] = due_from_terms(fields["invoice_date"], chosen.get("terms"))
    refused = {name: {c.value for c in candidates.get(name, [])} for name in RANKED}  # the labels' values not taken
    _fill_ranked(fields, pages, table_words, buyer_words, warnings, refused, countries, money)  # the ranker, < 0.9
    if not items:
        items = summed_items(pages, fields)
    fields["document_type"] = read_document_type(pages[0], fields, items, warnings)
    if fields["currency"].value is None:
        named = {hint for hint in countries if hint[0] != "@"} | address_countries(segments)  # (no street's name)
        fields["currency"] = home_currency(fields, warnings, named)  # none printed: the vendor's country's, at 0.6
    for name in INVOICE_FIELDS + EXTRA_FIELDS:
        fields.setdefault(name, FieldValue())
    return ExtractedInvoice(
        document=DocumentInfo(sha256="", pages=len(pages)),
        fields=fields,
        line_items=items,
        warnings=warnings,
    )


def _extract_embedded(embedded: EmbeddedXML, sha: str, pages: list[PageLayout],
                      warnings: list[str]) -> ExtractedInvoice | None:
    """The embedded e-invoice's reading, checked against the printed page when it has text;
    None (with a warning) when the XML cannot be read, so that the page is read instead."""
    try:
        einv = read_einvoice(embedded.data)
    except EInvoiceError as exc:
        warnings.append(f"embedded {embedded.name} not used: {exc}")
        return None
    result = to_extracted(einv, sha256=sha, pages=len(pages))
    if all(result.value(name) is None for name in INVOICE_FIELDS):
        warnings.append(f"embedded {embedded.name} not used: it carries none of the invoice's fields")
        return None
    result.warnings[:0] = warnings
    if has_words(pages):
        page = read_page(pages)
        result.warnings.extend(compare_with_page(result, page, pages))
        result.warnings.extend(fill_from_page(result, page))
    return result


def _looks_like_xml(data: bytes) -> bool:
    """Whether the bytes open like XML (after a BOM and whitespace)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _extract_xml(data: bytes, sha: str) -> ExtractedInvoice:
    """A plain CII or UBL e-invoice file, read like an embedded one (no pages)."""
    if syntax_of(data) is None:
        raise UnreadableDocument("not a PDF, and not a CII or UBL e-invoice XML")
    try:
        einv = read_einvoice(data)
    except EInvoiceError as exc:
        raise UnreadableDocument(f"unreadable e-invoice XML: {exc}") from exc
    return to_extracted(einv, sha256=sha, pages=0)
