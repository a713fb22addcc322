"""Template-free first reading of a PDF invoice from its text layer (PyMuPDF words with coordinates).

How it reads:
1. every word with its box (`page.get_text("words")`, already top-left origin, in points);
2. words grouped into lines (same vertical centre) and lines into segments (runs of words with
   ordinary spacing; a wide gap starts a new segment, which separates columns);
3. the "Bill To"/"Ship To" block is found and set aside: it names the buyer, never the vendor;
4. the line-item table is found by its header (Description | Qty | Unit Price | Amount) and read
   by column positions;
5. labels ("Invoice No.", "Due Date", "Total", "IBAN", ...) are paired with their value by layout:
   on the same segment after the label, the next segment to the right, or just below;
6. cross-checks set the confidence: subtotal + tax == total, lines sum to the subtotal,
   quantity x unit price == amount, due date not before the invoice date, IBAN checksum.
   A value is reported at >= 0.9 only when it is well supported; a failed check lowers it and
   adds a human-readable warning.

Every failure on bad input (not a PDF, encrypted, corrupt, too large, no text) raises
`UnreadableDocument` with a short reason; no PyMuPDF exception escapes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Callable

from countersign.extraction.einvoice import (
    MISMATCH_PREFIX,
    EInvoiceError,
    read_einvoice,
    syntax_of,
    to_extracted,
)
from countersign.domain import (
    DocumentInfo,
    ExtractedInvoice,
    FieldValue,
    LineItem,
)
from countersign.extraction.confidence import (
    GOOD,
    HIGH,
    OCR_CONFIDENCE_CAP,
    POOR,
    TOLERANCE,
    WEAK,
    cap_confidence,
    field_value,
)
from countersign.extraction.layout import (
    Line,
    PageLayout,
    Segment,
    Word,
    evidence_of,
    join_words,
    words_after,
    words_before,
)
from countersign.extraction.pdf import UnreadableDocument, read_pdf, too_large
from countersign.extraction.values import (
    CURRENCY_CODE_RE,
    CURRENCY_SYMBOL_RE,
    CURRENCY_SYMBOLS,
    IBAN_LENGTHS,
    iban_checksum_ok,
    net_days,
    parse_amount,
    parse_date,
    parse_number,
    plain_decimal,
    vat_format,
)

# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    field: str
    rank: int  # label strength: 0 best
    strength: float  # pairing: inline/right 0.95, below 0.9
    value: str
    words: list[Word]
    label_words: list[Word]
    context: str = ""  # label + value text (currency, tax rate)
    extra: dict = field(default_factory=dict)

    @property
    def position(self) -> tuple[int, float, float]:
        w = self.words[0]
        return (w.page, w.y0, w.x0)


# --------------------------------------------------------------------------- labels


def _label(pattern: str) -> re.Pattern[str]:
    # The label must end at a word boundary (or on punctuation such as "#"), then ":" or "-";
    # "PO-2001" is a value, not the label "PO" followed by "2001".
    return re.compile(
        r"(?:" + pattern + r")(?:(?<=[#:.%)])|(?![A-Za-z0-9À-ÿ]))(?![-–/][A-Za-z0-9])"
        r"\s*(?::|[\-–](?![\d.,]))?\s*",  # "Total -8,79": the dash is the amount's sign
        re.IGNORECASE,
    )


_CUR = r"(?:\s*\(?\s*(?:[A-Z]{3}|[$€£])\s*\)?)?"
_IN_CUR = r"(?:\s*in\s*(?:[A-Z]{3}|[$€£]))?"
LABELS: list[tuple[str, int, re.Pattern[str]]] = [
    ("invoice_number", 0, _label(
        r"invoice\s*(?:no\.?|number|num\.?|nr\.?|#|id)|inv\.?\s*(?:no\.?|#)"
        r"|(?:handels|schluss|teil)?rechnungs\s*-?\s*(?:nummer|nr\.?)|rechnung\s*(?:nr\.?|no\.?)"
        r"|(?:n°|no\.?|num[ée]ro)\s*(?:de\s*)?(?:la\s*)?facture|facture\s*(?:n°|no\.?)"
        r"|factuur\s*(?:nummer|nr\.?|no\.?)|factuurnummer"
        r"|(?:n[úu]mero|n[º°o]\.?)\s*(?:de\s*)?factura|factura\s*(?:n[º°o]\.?|n[úu]m\.?|n[úu]mero)"
        r"|credit\s*note\s*(?:no\.?|number|#)|gutschrift\s*(?:nr\.?|nummer)|avoir\s*n°")),
    ("invoice_number", 1, _label(r"(?:document|bill|beleg)\s*(?:no\.?|number|#|nr\.?)")),
    ("invoice_date", 0, _label(
        r"invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|date\s*issued"
        r"|rechnungsdatum|belegdatum|date\s*de\s*(?:la\s*)?facture|date\s*d['’]émission"
        r"|factuurdatum|fecha\s*(?:de\s*)?(?:la\s*)?(?:factura|emisi[óo]n)|credit\s*note\s*date")),
    ("invoice_date", 1, _label(r"date|datum|fecha|dated")),
    ("due_date", 0, _label(
        r"due\s*date|payment\s*due(?:\s*date)?|date\s*due|due\s*by|pay(?:able)?\s*(?:by|until)"
        r"|(?:please\s*)?(?:remit|pay)\s*(?:by|until|before)"
        r"|fälligkeitsdatum|fällig\s*am|zahlbar\s*bis|date\s*d['’]échéance|échéance"
        r"|vervaldatum|uiterste\s*betaaldatum|fecha\s*de\s*vencimiento|vencimiento")),
    ("due_date", 1, _label(r"due|fälligkeit|fällig")),
    ("po_number", 0, _label(
        r"(?:p\.?\s*o\.?|purchase\s*order)\s*(?:no\.?|number|nr\.?|#|ref(?:erence)?\.?)?"
        r"|bestell\s*-?\s*(?:nummer|nr\.?)|bon\s*de\s*commande(?:\s*n°)?|commande\s*n°"
        r"|inkooporder(?:nummer)?|bestelnummer|pedido\s*(?:n[º°o]\.?)?|orden\s*de\s*compra"
        r"|votre\s*(?:référence|commande)|ihre\s*bestellung(?:\s*nr\.?)?|bestellung")),
    ("po_number", 1, _label(r"(?:your\s*)?order\s*(?:no\.?|number|#|ref\.?)|your\s*order|your\s*reference"
                            r"|uw\s*(?:referentie|bestelling)|su\s*pedido")),
    ("subtotal", 0, _label(
        r"(?:sub\s*-?\s*total|net\s*(?:amount|total)|total\s*(?:net|excl\.?(?:uding)?\s*(?:tax|vat)"
        r"|before\s*tax)|zwischensumme|netto(?:betrag|summe)?|summe\s*netto|sous\s*-?\s*total"
        r"|total\s*ht|montant\s*(?:total\s*)?ht|rechnungssumme\s*ohne\s*(?:ust\.?|mwst\.?)"
        r"|gesamt\s*netto|subtotaal|totaal\s*excl\.?\s*btw|base\s*imponible|subtotal)" + _CUR)),
    ("tax", 0, _label(
        r"(?:total\s*)?(?:sales\s*tax|taxes|tax|vat|gst|hst|mwst\.?|ust\.?|tva|umsatzsteuer"
        r"|mehrwertsteuer|btw|iva)(?!\s*(?:id|no\b|no\.|number|nr|reg|#|identification|code|rate\b"
        r"|client|intra|-?\s*id))"
        r"(?:\s*\(?\s*@?\s*(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*%\s*\)?)?(?:\s*(?:amount|total|betrag))?"
        + _CUR + r"|steuerbetrag" + _IN_CUR + r"|ust\.?\s*-?\s*betrag|mwst\.?\s*-?\s*betrag"
        r"|montant\s*(?:de\s*(?:la\s*)?)?tva|btw\s*-?\s*bedrag|cuota\s*(?:de\s*)?iva|importe\s*iva")),
    ("total", 0, _label(
        r"(?:grand\s*total|invoice\s*total|total\s*(?:amount|incl\.?(?:uding)?\s*(?:tax|vat)|ttc)"
        r"|total|gesamt(?:betrag|summe)?|rechnungsbetrag|brutto(?:summe|betrag)|gesamtbrutto(?:betrag)?"
        r"|montant\s*(?:total|ttc)|totaal(?:\s*incl\.?\s*btw)?|totaalbedrag|importe\s*total"
        r"|total\s*factura)" + _CUR)),
    ("total", 1, _label(
        r"(?:amount\s*due|total\s*due|balance\s*due|amount\s*payable|zahlbetrag|due\s*payable"
        r"|net\s*à\s*payer|te\s*betalen|total\s*a\s*pagar)" + _CUR)),
    ("vendor_tax_id", 0, _label(
        r"tax\s*(?:id|no\.?|number|identification(?:\s*number)?)|f?ein|tin"
        r"|vat\s*(?:-?\s*id|no\.?|number|reg(?:istration)?(?:\s*no\.?)?)"
        r"|ust\.?\s*-?\s*id(?:nr\.?|\.?\s*-?\s*nr\.?)?|ust-?idnr\.?|steuer\s*-?\s*(?:nummer|nr\.?)"
        r"|n°\s*tva(?!\s*client)|tva\s*intracom\w*|tva|btw\s*-?\s*(?:nummer|nr\.?|id)"
        r"|nif|cif|n[úu]mero\s*de\s*iva")),
    ("vendor_iban", 0, _label(r"iban")),
    ("terms", 0, _label(
        r"(?:payment\s*)?terms|zahlungs\s*(?:bedingungen|ziel)|conditions\s*de\s*paiement"
        r"|betalingstermijn|betalingsvoorwaarden|condiciones\s*de\s*pago|forma\s*de\s*pago")),
    ("currency", 0, _label(r"currency|(?:rechnungs)?währung|devise|valuta|moneda")),
]
# Labels that are not pairs to read but must not be read as values of others.
_NOT_A_FIELD = _label(
    r"customer\s*(?:no\.?|number|id|#)|account\s*(?:no\.?|number)|bic|swift|phone|tel\.?|fax"
    r"|e-?mail|page|bank|sort\s*code|routing\s*(?:no\.?|number)?"
)
BILL_TO = re.compile(
    r"(?:bill(?:ed)?\s*to|invoice\s*to|sold\s*to|ship\s*to|deliver(?:y)?\s*(?:to|address)"
    r"|customer(?!\s*(?:no\b|no\.|number|id\b|#))|client(?!\s*(?:no\b|no\.|number|id\b|#))"
    r"|buyer|recipient|rechnungs(?:empfänger|adresse)|lieferadresse|kunde|factur[ée]\s*à"
    r"|käufer(?:/leistungsempfänger)?|leistungsempfänger|empfänger|acheteur|destinataire"
    r"|koper|klant|factuuradres|cliente|facturar\s*a|destinatario"
    r"|adresse\s*de\s*(?:facturation|livraison))(?![A-Za-z])\s*:?\s*",
    re.IGNORECASE,
)
TITLE = re.compile(
    r"(?:tax\s*|commercial\s*|pro\s*-?\s*forma\s*)?(?:invoice|(?:handels|teil|schluss|storno)?rechnung"
    r"|rechnungskorrektur|facture|bill|credit\s*note|gutschrift|avoir|receipt|statement|factuur"
    r"|creditnota|factura|nota\s*de\s*cr[ée]dito|factura\s*rectificativa)(?:\s*/\s*\w+)?"
    r"(?:\s*\(\d{3}\))?",
    re.IGNORECASE,
)
LEGAL_SUFFIX = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|kg|ohg|co|corp|corporation|company"
    r"|s\.?a\.?|sarl|sas|b\.?v\.?|n\.?v\.?|oy|ab|pty|srl|s\.?p\.?a\.?|ug|e\.?k\.?|a\.\s?g|e\.\s?v"
    r"|s\.?l\.?|ltda|sprl|bvba|eurl|sasu|se|kgaa|gbr|vof)\.?$",
    re.IGNORECASE,
)
_TABLE_HEADERS = {
    "description": re.compile(
        r"(?:description|item|items|details|article|product|service|services|beschreibung"
        r"|bezeichnung|artikel|leistung|désignation|libellé|omschrijving|descripción|descripcion"
        r"|concepto|artículo)\b", re.IGNORECASE),
    "quantity": re.compile(
        r"(?:qty|quantity|qté|quantité|menge|anzahl|hours|hrs|units?|aantal|cantidad|cant)\.?$",
        re.IGNORECASE),
    "unit_price": re.compile(
        r"(?:unit\s*price|price|rate|unit\s*cost|einzelpreis|preis|prix\s*unitaire|prix|p\.u\."
        r"|prijs|stukprijs|precio(?:\s*unitario)?|nettopreis|netto\s*-?\s*preis|stückpreis"
        r"|prix\s*unitaire\s*(?:ht)?|unit\s*price\s*(?:net|excl\.?\s*(?:tax|vat))?)" + _CUR + r"$",
        re.IGNORECASE),
    "amount": re.compile(
        r"(?:amount|total|line\s*total|net\s*amount|betrag|gesamtpreis|gesamt|montant|total\s*ht"
        r"|bedrag|importe|totaal|entgelt|nettobetrag"
        r"|positionsbetrag(?:\s*(?:ohne|exkl\.?)\s*(?:ust|mwst)\.?)?"
        r"|prix\s*(?:total\s*)?ht|montant\s*ht|gesamt\s*netto|summe)"
        + _CUR + r"$", re.IGNORECASE),
}
# Columns a table carries besides those four: read and set aside, so that their numbers (tax
# rate, position, discount) never land in a neighbouring column.
_OTHER_COLUMNS = re.compile(
    r"(?:pos\.?|position|nr\.?|no\.?|#|ust\.?|mwst\.?|vat|tva|btw|iva|tax|steuer(?:satz)?"
    r"|ust\.?\s*-?\s*satz|tax\s*rate|rem\.?|remise|rabatt|discount|disc\.?"
    r"|einheit|unit|uom|art\.?\s*-?\s*nr.*|sku|code)(?:\s*\[?%\]?)?\.?$", re.IGNORECASE)
_POSITION_HEADER = re.compile(r"(?:pos\.?|position|nr\.?|no\.?|#)$", re.IGNORECASE)
_FOOTER = re.compile(r"(?:seite|page|pagina|página)\s*\d+(?:\s*(?:/|von|of|de|sur)\s*\d+)?$",
                     re.IGNORECASE)


# --------------------------------------------------------------------------- the reader


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
    assist: Callable[..., ExtractedInvoice] | None = None,
) -> ExtractedInvoice:
    """Read an invoice: the embedded e-invoice XML when the PDF carries one (method "einvoice",
    compared with the printed page), else the PDF's text layer (method "text"). A plain CII or
    UBL XML file is read as an e-invoice too.

    `assist`, when given, is called as `assist(invoice, pages_text)` after the page reading
    (for example `functools.partial(model_assist.assist, settings=settings)`): it may fill empty
    or weak fields with values the document prints. Off by default."""
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
        try:
            einv = read_einvoice(embedded.data)
        except EInvoiceError as exc:
            warnings.append(f"embedded {embedded.name} not used: {exc}")
        else:
            result = to_extracted(einv, sha256=sha, pages=len(pages))
            result.warnings[:0] = warnings
            if any(line.words for p in pages for line in p.lines):
                page_reading = _Reader(pages).read()
                result.warnings.extend(compare_with_page(result, page_reading, pages))
            return result
    reader = _Reader(pages)
    result = reader.read()
    result.warnings[:0] = warnings
    result.document = DocumentInfo(sha256=sha, pages=len(pages), method="ocr" if ocr else "text")
    if assist is not None:
        from countersign.extraction.assist import page_texts

        result = assist(result, page_texts(pages))
    if ocr:
        cap_confidence(result, OCR_CONFIDENCE_CAP)
        result.warnings.append(f"read by OCR from a scanned image: confidences capped at {OCR_CONFIDENCE_CAP}")
    return result


def _looks_like_xml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _extract_xml(data: bytes, sha: str) -> ExtractedInvoice:
    if syntax_of(data) is None:
        raise UnreadableDocument("not a PDF, and not a CII or UBL e-invoice XML")
    try:
        einv = read_einvoice(data)
    except EInvoiceError as exc:
        raise UnreadableDocument(f"unreadable e-invoice XML: {exc}") from exc
    return to_extracted(einv, sha256=sha, pages=0)


# --------------------------------------------------------------------------- hybrid check


class PageFacts:
    """What the printed pages say, for checking an e-invoice's values against them."""

    def __init__(self, pages: list[PageLayout]) -> None:
        self.amounts: set[Decimal] = set()
        self.dates: set[date] = set()
        lines = [join_words(line.words) for p in pages for line in p.lines]
        self.lines = [ln.casefold() for ln in lines]
        self.compact = "".join(ch for ln in lines for ch in ln.upper() if ch.isalnum())
        for p in pages:
            for line in p.lines:
                words = [w.text for w in line.words]
                for i in range(len(words)):
                    for n in (1, 2, 3):
                        if i + n > len(words):
                            break
                        text = " ".join(words[i:i + n])
                        parsed = parse_amount(text)
                        if parsed is not None:
                            self.amounts.add(abs(parsed[0]))
                        day = parse_date(text)
                        if day is not None:
                            self.dates.add(day[0])
                            if day[1]:  # ambiguous slash date: the other reading too
                                d = day[0]
                                try:
                                    self.dates.add(date(d.year, d.day, d.month))
                                except ValueError:
                                    pass
                    token = words[i].strip(".,;:()")
                    day = parse_date(token)
                    if day is not None:
                        self.dates.add(day[0])

    def has_amount(self, value: str) -> bool:
        return abs(Decimal(value)) in self.amounts

    def has_date(self, value: str) -> bool:
        return date.fromisoformat(value) in self.dates

    def has_identifier(self, value: str) -> bool:
        key = "".join(ch for ch in value.upper() if ch.isalnum())
        return bool(key) and key in self.compact

    def has_name(self, value: str) -> bool:
        from rapidfuzz import fuzz

        name = " ".join(value.casefold().split())
        if not name:
            return False
        if any(name in line for line in self.lines):
            return True
        return any(fuzz.partial_ratio(name, line) >= 90 for line in self.lines
                   if len(line) >= 0.6 * len(name))

    def prints(self, name: str, value: str | None) -> bool:
        """Whether the page prints this value of this field somewhere."""
        if value is None:
            return False
        if name in ("subtotal", "tax", "total"):
            return self.has_amount(value)
        if name in ("invoice_date", "due_date"):
            return self.has_date(value)
        if name == "vendor_name":
            return self.has_name(value)
        if name == "currency":
            return value in self.compact or any(
                CURRENCY_SYMBOLS.get(sym) == value for sym in CURRENCY_SYMBOLS
                if sym in " ".join(self.lines).upper())
        return self.has_identifier(value)


COMPARED_FIELDS = ("vendor_name", "invoice_number", "invoice_date", "total")


def compare_with_page(xml_result: ExtractedInvoice, page_result: ExtractedInvoice,
                      pages: list[PageLayout]) -> list[str]:
    """`EINVOICE_PAGE_MISMATCH: field …` warnings where the printed page does not carry the
    XML's vendor, invoice number, invoice date or total (the policy layer raises a review)."""
    facts = PageFacts(pages)
    out = []
    for name in COMPARED_FIELDS:
        xml_value = xml_result.value(name)
        if xml_value is None or facts.prints(name, xml_value):
            continue
        page_value = page_result.value(name)
        said = page_value if page_value is not None else "nothing readable"
        out.append(f"{MISMATCH_PREFIX}: field {name}: page says {said}, XML says {xml_value}")
    return out


class _Reader:
    def __init__(self, pages: list[PageLayout]) -> None:
        self.pages = pages
        self.segments = [s for p in pages for line in p.lines for s in line.segments]
        self.warnings: list[str] = []
        self.buyer_words: set[int] = set()
        self.table_words: set[int] = set()
        self.used_words: set[int] = set()  # labels and values: never the vendor's name
        self.fields: dict[str, FieldValue] = {}

    # ---------------------------------------------------------------- orchestration

    def read(self) -> ExtractedInvoice:
        self._find_buyer_blocks()
        items = self._read_tables()
        table_ok = all(i.confidence >= GOOD for i in items)
        candidates = self._pair_labels()
        chosen = {name: self._choose(name, cands) for name, cands in candidates.items()}
        self._identifiers(chosen)
        self._dates(chosen)
        self._amounts(chosen, items, table_ok)
        self._currency(chosen)
        self._vendor_tax_id(chosen)
        self._iban(chosen)
        self._vendor_name()
        self._document_type(items)
        for name in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number",
                     "invoice_date", "due_date", "currency", "subtotal", "tax", "total",
                     "vendor_iban", "document_type"):
            self.fields.setdefault(name, FieldValue())
        return ExtractedInvoice(
            document=DocumentInfo(sha256="", pages=len(self.pages)),
            fields=self.fields,
            line_items=items,
            warnings=self.warnings,
        )

    def _set(self, name: str, value: str | None, confidence: float, words: list[Word],
             text: str | None = None) -> None:
        self.fields[name] = field_value(value, confidence, words, text)

    # ---------------------------------------------------------------- buyer block

    def _find_buyer_blocks(self) -> None:
        for page in self.pages:
            for line in page.lines:
                for seg in line.segments:
                    match = BILL_TO.match(seg.text)
                    if not match:
                        continue
                    self.buyer_words.update(w.id for w in seg.words)
                    left, right = seg.x0 - 6, seg.x0 + max(220.0, seg.x1 - seg.x0)
                    bottom = seg.y1
                    for below in page.lines[line.index + 1 : line.index + 8]:
                        if below.y0 - bottom > 1.6 * below.h:
                            break
                        inside = [s for s in below.segments if s.x0 >= left and s.x0 < right]
                        if not inside or any(
                            BILL_TO.match(s.text) or _is_label(s, allow=("vendor_tax_id",))
                            for s in inside
                        ):
                            break  # the next block (the buyer's VAT ID still belongs to it)
                        for s in inside:
                            self.buyer_words.update(w.id for w in s.words)
                        bottom = below.y1

    # ---------------------------------------------------------------- table

    def _read_tables(self) -> list[LineItem]:
        """Line items from every table found by its header: a header may span several lines
        ("Positions-" / "betrag" / "ohne USt."), an item several lines (its amount on the second),
        and a table may go on over a page break without repeating its header."""
        items: list[LineItem] = []
        carry: _Table | None = None  # a table that ran to the end of its page
        for page in self.pages:
            table = None
            for line in page.lines:
                if line.words[0].id in self.table_words:
                    continue
                table = _table_header(page, line)
                if table is not None:
                    break
            if table is not None:
                self.table_words.update(w.id for ln in table.header_lines for w in ln.words)
                start = table.header_lines[-1].index + 1
            elif carry is not None:
                table, start = carry, 0
            else:
                continue
            rows, ran_out = self._table_rows(page, table, start, continued=table is carry)
            items.extend(self._line_items(table, rows, len(items)))
            carry = table if ran_out else None
        return items

    def _table_rows(self, page: PageLayout, table: "_Table", start: int, *, continued: bool
                    ) -> tuple[list[dict], bool]:
        """Rows of `table` on `page` from line `start`; True when the page ended inside it."""
        rows: list[dict] = []
        last_y = None if continued else table.header_lines[-1].y1
        for line in page.lines[start:]:
            if _FOOTER.match(join_words(line.words)):
                continue
            if continued and not rows and line.y0 > page.height * 0.4:
                return rows, False  # nothing of the table at the top of this page
            if last_y is not None and line.y0 - last_y > 5 * line.h:
                return rows, False
            cells = table.cells(line)
            anchor = table.is_anchor(line, cells)
            if anchor and rows and table.pos is not None:
                have = {table.roles.get(i) for i in rows[-1]["cells"]} - {None}
                new = {table.roles.get(i) for i in cells.numbers} - {None}
                if "amount" not in have and not have & new:
                    anchor = False  # the rest of the open item: its amount on the next line
            if not anchor and continued and not rows and len(line.words) <= 4 \
                    and line.words[-1].text.endswith(":"):
                return rows, False  # "Zu- und Abschläge:": another section, not our table
            if (not anchor or table.pos is None) and (any(_is_label(s) for s in line.segments)
                               or _table_header(page, line) is not None):
                return rows, False  # Subtotal / Total, or the next table
            if anchor:
                rows.append({"cells": {}, "desc": list(cells.description), "words": []})
            elif not rows:
                continue  # above the first item: the header's article numbers, a page header
            elif table.pos is None:
                # Without a position column an item is one line, its description maybe wrapped
                # onto the next; a line of text further down ends the table.
                if cells.numbers or line.y0 - last_y >= 1.2 * line.h:
                    return rows, False
                rows[-1]["desc"].extend(cells.description)
            row = rows[-1]
            for col, value in cells.numbers.items():
                row["cells"].setdefault(col, value)
            row["words"].extend(line.words)
            self.table_words.update(w.id for w in line.words)
            last_y = line.y1
        return rows, True

    def _line_items(self, table: "_Table", rows: list[dict], before: int) -> list[LineItem]:
        roles = _arithmetic_roles(table, rows)
        items: list[LineItem] = []
        for n, row in enumerate(rows, start=before + 1):
            got = {role: row["cells"].get(col, (None, None))[0] for col, role in roles.items()}
            qty, price, amount = got.get("quantity"), got.get("unit_price"), got.get("amount")
            if amount is None:
                continue  # no amount: a sub-table of article details, not an item
            desc = " ".join(" ".join(w.text for w in seg.words) for seg in row["desc"]).strip()
            if qty is not None and price is not None and amount is not None:
                if abs(qty * price - amount) <= TOLERANCE:
                    confidence = HIGH
                else:
                    confidence = POOR
                    self.warnings.append(
                        f"line {n} ({desc or 'no description'}): {qty} x {price} = "
                        f"{plain_decimal(qty * price)}, but the line amount reads {plain_decimal(amount)}"
                    )
            elif amount is not None:
                confidence = 0.8
            else:
                confidence = POOR
            if not desc:
                confidence = min(confidence, 0.8)
            evidence_words = [w for w in row["words"] if w.page == row["words"][0].page]
            items.append(LineItem(
                description=desc, quantity=qty, unit_price=price, amount=amount,
                confidence=confidence, evidence=evidence_of(evidence_words),
            ))
        return items

    # ---------------------------------------------------------------- label pairing

    def _pair_labels(self) -> dict[str, list[Candidate]]:
        """Pair every label with its value. A label may span several segments (renderers that
        space words widely), and a label that fits several fields tries each in turn."""
        found: dict[str, list[Candidate]] = {}
        for page in self.pages:
            for line in page.lines:
                skip_to = -1
                for i, seg in enumerate(line.segments):
                    if i <= skip_to or seg.words[0].id in self.table_words:
                        continue
                    options = []
                    base_len = 0
                    for k in range(0, min(4, len(line.segments) - i)):
                        merged = seg if k == 0 else Segment(
                            [w for s in line.segments[i:i + k + 1] for w in s.words], line)
                        for name, rank, m in _label_matches(merged.text):
                            if k == 0 or m.end() > base_len:
                                options.append((k, merged, name, rank, m))
                        base_len = len(merged.text) + 1
                    options.sort(key=lambda o: (-o[4].end(), o[3]))
                    for k, merged, name, rank, m in options:
                        cand = self._pair(page, line, i + k, merged, name, rank, m)
                        if cand is not None:
                            cand.extra["in_buyer_block"] = seg.words[0].id in self.buyer_words
                            found.setdefault(name, []).append(cand)
                            self.used_words.update(w.id for w in cand.words + cand.label_words)
                            skip_to = i + k
                            break
                    else:
                        if options:
                            self.used_words.update(w.id for w in seg.words)
                self._title_line(page, line, found)
        return found

    _TITLE_NO = re.compile(
        r"(?P<title>[a-zäöü]*rechnung(?:skorrektur)?|gutschrift|invoice"
        r"|credit\s*note|facture|avoir|factuur|creditnota|factura)"
        r"(?:(?:\s+\(?[a-zäöü]{2,12}\)?){0,3}?(?:\s*\(\d{3}\))?(?:\s+(?P<date0>[\d.]{8,10}))?"
        r"\s*(?P<marker>nr\.?|no\.?|n[°º]|#|number|nummer|num[ée]ro)\s*:?|\s*(?:\(\d{3}\))?)"
        r"\s*(?P<no>[A-Z0-9][\w\-/.]*\d[\w\-/]*)(?![\w,])"
        r"(?:\s*(?:vom|du|dated|of|from|issued\s*(?:at|on)|del|van|d\.)\s*(?P<date>.{6,20}))?",
        re.IGNORECASE)

    def _title_line(self, page: PageLayout, line: Line, found: dict[str, list[Candidate]]) -> None:
        """"Handelsrechnung Nr. 471102 vom 05.03.2018", "Facture FA-2017-0010", "Invoice #
        RE-1 issued at 2019-06-10": the document's own number (and date) in its title line."""
        if page.number != 1 or line.y0 > page.height * 0.45:
            return
        words = line.words
        text = join_words(words)
        m = self._TITLE_NO.search(text)
        if not m or (m.start() and (text[m.start() - 1].isalnum() or not m.group("marker"))):
            return
        spans = []
        pos = 0
        for w in words:
            spans.append((pos, pos + len(w.text), w))
            pos += len(w.text) + 1
        def words_in(start: int, end: int) -> list[Word]:
            return [w for a, b, w in spans if a < end and b > start]
        label = words_in(m.start(), m.start("no"))
        no_words = words_in(m.start("no"), m.end("no"))
        value = _validate("invoice_number", no_words)
        if value is None or parse_date(value[0]):
            return
        strength = HIGH if m.group(0)[len(m.group("title")):].strip()[:1] else GOOD
        found.setdefault("invoice_number", []).append(Candidate(
            "invoice_number", 0, strength, value[0], value[1], label, text, {"label": "title"}))
        self.used_words.update(w.id for w in words_in(m.start(), m.end("no")))
        group = "date" if m.group("date") else "date0" if m.group("date0") else None
        if group is None:
            self._title_date_below(page, line, text[m.end():], label, found)
        if group:
            dwords = words_in(m.start(group), m.end(group))
            dv = _validate("invoice_date", dwords)
            if dv is not None:
                parsed = parse_date(join_words(dv[1]))
                found.setdefault("invoice_date", []).append(Candidate(
                    "invoice_date", 0, HIGH, dv[0], dv[1], label, text,
                    {"label": "title", "ambiguous": bool(parsed and parsed[1])}))
                self.used_words.update(w.id for w in dv[1])

    _DATE_LEAD = re.compile(r"\s*(?:vom|du|dated|of|from|issued\s*(?:at|on)|del|van|d\.)\s*$",
                            re.IGNORECASE)

    def _title_date_below(self, page: PageLayout, line: Line, tail: str, label: list[Word],
                          found: dict[str, list[Candidate]]) -> None:
        """A title that wraps before its date: "Gutschrift ... Nr. 471102" / "vom 05.03.2018",
        or "Rechnung ... Nr. 00.123 vom" / "11.03.2018"."""
        if line.index + 1 >= len(page.lines):
            return
        below = page.lines[line.index + 1]
        if below.y0 - line.y1 > 1.5 * below.h or abs(below.words[0].x0 - line.words[0].x0) > 6:
            return
        words = below.words
        if self._DATE_LEAD.fullmatch(tail):
            lead = 0
        elif not tail.strip() and self._DATE_LEAD.fullmatch(" " + words[0].text):
            lead = 1
        else:
            return
        dv = _validate("invoice_date", words[lead:lead + 4])
        if dv is None:
            return
        parsed = parse_date(join_words(dv[1]))
        found.setdefault("invoice_date", []).append(Candidate(
            "invoice_date", 0, HIGH, dv[0], dv[1], label, join_words(line.words + words),
            {"label": "title", "ambiguous": bool(parsed and parsed[1])}))
        self.used_words.update(w.id for w in dv[1])

    def _pair(self, page: PageLayout, line: Line, index: int, seg: Segment, name: str, rank: int,
              m: re.Match[str]) -> Candidate | None:
        label_words = words_before(seg, m.end())
        rest = words_after(seg, m.end())
        label_text = seg.text[: m.end()].strip()
        extra: dict = {"label": label_text}
        if m.groupdict().get("rate"):
            extra["rate"] = m.group("rate")

        def make(value: tuple[str, list[Word]], strength: float, context: str) -> Candidate:
            if name in ("invoice_date", "due_date"):
                parsed = parse_date(join_words(value[1]))
                extra["ambiguous"] = bool(parsed and parsed[1])
            return Candidate(name, rank, strength, value[0], value[1], label_words, context, extra)

        if rest:
            value = _validate(name, rest)
            if value is None:
                return None  # "PO Box 12", "Tax consulting": not a label after all
            return make(value, HIGH, seg.text)
        # The next segment to the right on the same line.
        if index + 1 < len(line.segments):
            right = line.segments[index + 1]
            if right.x0 - seg.x1 <= 0.45 * page.width and not _is_label(right):
                value = _validate(name, right.words)
                if value is not None:
                    return make(value, HIGH, f"{label_text} {right.text}")
        # Just below, overlapping the label horizontally.
        for below in page.lines[line.index + 1 : line.index + 3]:
            if below.y0 - line.y1 > 1.5 * below.h:
                break
            for other in below.segments:
                if other.x1 < seg.x0 - 4 or other.x0 > seg.x1 + 30:
                    continue
                if _is_label(other):
                    return None
                value = _validate(name, other.words)
                if value is not None:
                    return make(value, GOOD, f"{label_text} {other.text}")
                return None
        return None

    def _choose(self, name: str, cands: list[Candidate]) -> Candidate | None:
        if name in ("vendor_tax_id", "vendor_iban"):
            cands = [c for c in cands if not c.extra.get("in_buyer_block")]
        if name == "vendor_tax_id" and any(vat_format(c.value) for c in cands):
            # A VAT id beats a national tax number ("Steuernummer 201/113/40209").
            cands = [c for c in cands if vat_format(c.value)]
        if not cands:
            return None
        best_rank = min(c.rank for c in cands)
        top = [c for c in cands if c.rank == best_rank]
        last = name in ("subtotal", "tax", "total")
        top.sort(key=lambda c: (-c.strength, tuple(-v for v in c.position) if last
                                else c.position))
        chosen = top[0]
        others = {c.value for c in top if c.value != chosen.value}
        if others and name not in ("subtotal", "tax", "total", "terms"):
            chosen.strength = min(chosen.strength, WEAK)
            self.warnings.append(
                f"{name}: several different values printed ({chosen.value}, "
                + ", ".join(sorted(others)) + f"); took {chosen.value}"
            )
        return chosen

    # ---------------------------------------------------------------- fields

    def _identifiers(self, chosen: dict[str, Candidate | None]) -> None:
        for name in ("invoice_number", "po_number"):
            cand = chosen.get(name)
            if cand is None:
                self._set(name, None, 0.0, [])
                continue
            confidence = cand.strength if cand.rank == 0 else min(cand.strength, 0.8)
            self._set(name, cand.value, confidence, cand.words)

    _DAY_FIRST = re.compile(
        r"\b(?:rechnung\w*|datum|facture|date\s*de|factuur\w*|factura|fecha|tva|btw|iva|mwst"
        r"|ust|montant|bedrag|importe|betrag|gutschrift|avoir)\b", re.IGNORECASE)

    def _dates(self, chosen: dict[str, Candidate | None]) -> None:
        # The document's language decides the order of an ambiguous 03/04/2026: day first
        # outside English.
        text = " ".join(join_words(line.words) for line in self.pages[0].lines)
        day_first = bool(self._DAY_FIRST.search(text))
        for name in ("invoice_date", "due_date"):
            cand = chosen.get(name)
            label = str(cand.extra.get("label", "")) if cand is not None else ""
            english = bool(re.search(r"invoice|due|issue|^dated?$", label, re.I)) and not \
                re.search(r"factur|fecha|datum|rechnung", label, re.I)
            if cand is not None and cand.extra.get("ambiguous") and day_first and not english:
                d = date.fromisoformat(cand.value)
                cand.value = date(d.year, d.day, d.month).isoformat()
                cand.extra["ambiguous"] = False
                cand.strength = min(cand.strength, 0.88)
        inv, due, terms = chosen.get("invoice_date"), chosen.get("due_date"), chosen.get("terms")
        # A bare "Date" in the header is the invoice date on nearly every invoice.
        inv_conf = (inv.strength if inv.rank == 0 else min(inv.strength, GOOD)) if inv else 0.0
        due_conf = (due.strength if due.rank == 0 else min(due.strength, 0.85)) if due else 0.0
        inv_day = date.fromisoformat(inv.value) if inv else None
        due_day = date.fromisoformat(due.value) if due else None
        net = net_days(terms.value) if terms else None
        if inv_day and due_day and due_day < inv_day:
            self.warnings.append(
                f"due date {due_day} is before the invoice date {inv_day}"
            )
            inv_conf, due_conf = min(inv_conf, POOR), min(due_conf, POOR)
        terms_agree = (
            inv_day is not None and due_day is not None and net is not None
            and due_day - inv_day == timedelta(days=net[0])
        )
        for cand, conf_name in ((inv, "inv"), (due, "due")):
            if cand and cand.extra.get("ambiguous") and not terms_agree:
                # 03/04/2026: month first (US) was assumed; nothing confirms it.
                if conf_name == "inv":
                    inv_conf = min(inv_conf, 0.85)
                else:
                    due_conf = min(due_conf, 0.85)
        if inv_day and due_day and net and not terms_agree and net[1]:
            self.warnings.append(
                f"terms say {terms.value!r} but the due date {due_day} is "
                f"{(due_day - inv_day).days} days after the invoice date {inv_day}"
            )
            due_conf = min(due_conf, 0.85)
        if inv:
            self._set("invoice_date", inv.value, inv_conf, inv.words)
        else:
            self._set("invoice_date", None, 0.0, [])
        if due:
            self._set("due_date", due.value, due_conf, due.words)
        elif inv_day and net:
            days, plain = net
            computed = (inv_day + timedelta(days=days)).isoformat()
            conf = min(inv_conf, GOOD if plain else WEAK)
            self._set("due_date", computed, conf, terms.words,
                      f"{join_words(terms.words)} (no due date printed; computed as invoice date "
                      f"+ {days} days)")
        else:
            self._set("due_date", None, 0.0, [])

    def _amounts(self, chosen: dict[str, Candidate | None], items: list[LineItem],
                 table_ok: bool) -> None:
        sub_c, tax_c, tot_c = chosen.get("subtotal"), chosen.get("tax"), chosen.get("total")
        sub = Decimal(sub_c.value) if sub_c else None
        tax = Decimal(tax_c.value) if tax_c else None
        tot = Decimal(tot_c.value) if tot_c else None
        amounts = [i.amount for i in items]
        lines_sum = sum(amounts, Decimal(0)) if items and None not in amounts else None

        def base(c: Candidate | None) -> float:
            if c is None:
                return 0.0
            return c.strength if c.rank == 0 else min(c.strength, 0.85)

        conf = {"subtotal": base(sub_c), "tax": base(tax_c), "total": base(tot_c)}
        repaired_tax = False
        if sub is not None and tot is not None and (tax is None or abs(sub + tax - tot) > TOLERANCE):
            found = self._amount_between(sub_c, tot_c, tot - sub)
            if found is not None:
                # "Steuerbetrag in EUR" with its value wrapped to another line: the amount printed
                # between the subtotal and the total that makes the arithmetic hold.
                tax = tot - sub
                tax_c = Candidate("tax", 0, 0.85, plain_decimal(tax), [found], [], found.text)
                conf["tax"] = 0.85
                repaired_tax = True
                self.warnings.append(
                    f"tax {plain_decimal(tax)} taken from the totals block as total - subtotal "
                    "(its label and value are not on one line)")
        lines_match_sub = lines_sum is not None and sub is not None and abs(lines_sum - sub) <= TOLERANCE
        if sub is not None and tax is not None and tot is not None:
            if abs(sub + tax - tot) <= TOLERANCE:
                # The arithmetic holds: even "Amount Due" (a weaker label) is the grand total.
                conf = {k: max(v, 0.97) if v >= 0.85 else v for k, v in conf.items()}
            else:
                self.warnings.append(
                    f"subtotal {plain_decimal(sub)} + tax {plain_decimal(tax)} = {plain_decimal(sub + tax)}, "
                    f"but the total reads {plain_decimal(tot)}"
                )
                conf["total"] = min(conf["total"], POOR)
                if not (lines_match_sub and _rate_matches(tax_c, sub, tax)):
                    conf["tax"] = min(conf["tax"], POOR)
                if not lines_match_sub:
                    conf["subtotal"] = min(conf["subtotal"], POOR)
        elif tot is not None:
            # Not all three printed: the total stands only if something else confirms it.
            confirmed = (
                (sub is not None and tax is None and abs(sub - tot) <= TOLERANCE)
                or (lines_sum is not None and abs(lines_sum + (tax or 0) - tot) <= TOLERANCE)
            )
            if not confirmed:
                conf = {k: min(v, 0.8) for k, v in conf.items()}
                missing = [n for n, v in (("subtotal", sub), ("tax", tax)) if v is None]
                self.warnings.append(
                    "could not cross-check the total: " + " and ".join(missing) + " not found"
                )
        else:
            conf = {k: min(v, WEAK) for k, v in conf.items()}
            self.warnings.append("no total found")
        if lines_sum is not None and sub is not None and not lines_match_sub:
            self.warnings.append(
                f"line amounts sum to {plain_decimal(lines_sum)}, but the subtotal reads {plain_decimal(sub)}"
            )
            conf["subtotal"] = min(conf["subtotal"], 0.85)
        if tax_c is not None and sub is not None and tax_c.extra.get("rate"):
            if not _rate_matches(tax_c, sub, tax):
                self.warnings.append(
                    f"tax {plain_decimal(tax)} is not {tax_c.extra['rate']}% of the subtotal {plain_decimal(sub)}"
                )
                conf["tax"] = min(conf["tax"], WEAK)
        if repaired_tax:
            conf["tax"] = min(conf["tax"], 0.85)
        for name, cand in (("subtotal", sub_c), ("tax", tax_c), ("total", tot_c)):
            if cand is None:
                self._set(name, None, 0.0, [])
            else:
                self._set(name, cand.value, conf[name], cand.words)

    def _amount_between(self, upper: Candidate, lower: Candidate, value: Decimal) -> Word | None:
        """A word printing |value| between two totals lines of one page (in reading order)."""
        a, b = upper.words[0], lower.words[0]
        if a.page != b.page or a.y0 >= b.y0 or not value:
            return None
        for page in self.pages:
            if page.number != a.page:
                continue
            for line in page.lines:
                if line.y0 <= a.y0 + 1 or line.y0 >= b.y0 - 1:
                    continue
                for w in line.words:
                    if w.x1 < min(a.x0, b.x0) - 40:
                        continue
                    parsed = parse_amount(w.text)
                    if parsed is not None and abs(parsed[0]) == abs(value):
                        return w
        return None

    def _currency(self, chosen: dict[str, Candidate | None]) -> None:
        found: list[tuple[str, float, list[Word]]] = []  # (code, strength, words)
        label = chosen.get("currency")
        if label is not None:
            found.append((label.value, HIGH, label.words))
        for name in ("total", "subtotal", "tax"):
            cand = chosen.get(name)
            if cand is None:
                continue
            code = CURRENCY_CODE_RE.search(cand.context)
            if code:
                found.append((code.group(1), HIGH, cand.words))
            else:
                symbol = CURRENCY_SYMBOL_RE.search(cand.context)
                if symbol:
                    sym = symbol.group(0)
                    found.append((CURRENCY_SYMBOLS[sym], 0.8 if sym == "$" else 0.93, cand.words))
        elsewhere: dict[str, list[Word]] = {}
        for seg in self.segments:
            for w in seg.words:
                code = CURRENCY_CODE_RE.fullmatch(w.text.strip(".,:;()"))
                if code and w.id not in self.buyer_words:
                    elsewhere.setdefault(code.group(1), []).append(w)
        if not found:
            if len(elsewhere) == 1:
                code, words = next(iter(elsewhere.items()))
                found.append((code, 0.8, words[:1]))
            else:
                symbols = {CURRENCY_SYMBOLS[m.group(0)] for s in self.segments
                           for m in CURRENCY_SYMBOL_RE.finditer(s.text)}
                if len(symbols) == 1:
                    found.append((symbols.pop(), 0.6, []))
        if not found:
            self._set("currency", None, 0.0, [])
            return
        codes = {c for c, _, _ in found} | set(elsewhere)
        code, strength, words = max(found, key=lambda f: f[1])
        if any(c == code and s >= 0.9 for c, s, _ in found):
            strength = max(strength, HIGH)
        if len(codes) > 1:
            self.warnings.append(
                "several currencies printed (" + ", ".join(sorted(codes)) + f"); took {code}"
            )
            strength = min(strength, POOR)
        if not words:
            self._set("currency", code, strength, [])
            return
        self._set("currency", code, strength, words)

    def _vendor_tax_id(self, chosen: dict[str, Candidate | None]) -> None:
        cand = chosen.get("vendor_tax_id")
        if cand is None:
            self._set("vendor_tax_id", None, 0.0, [])
            return
        known = vat_format(cand.value)
        confidence = cand.strength if known else min(cand.strength, 0.85)
        if cand.rank:
            confidence = min(confidence, 0.8)
        self._set("vendor_tax_id", cand.value, confidence, cand.words)

    def _iban(self, chosen: dict[str, Candidate | None]) -> None:
        cand = chosen.get("vendor_iban")
        if cand is not None:
            if iban_checksum_ok(cand.value):
                self._set("vendor_iban", cand.value, max(cand.strength, 0.97), cand.words)
            else:
                self.warnings.append(f"IBAN {cand.value} fails its checksum")
                self._set("vendor_iban", cand.value, 0.5, cand.words)
            return
        # No label: an IBAN-shaped run of words that passes the checksum, outside the buyer block.
        for seg in self.segments:
            if seg.words[0].id in self.buyer_words:
                continue
            for start, word in enumerate(seg.words):
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]*", word.text):
                    value = _iban_from_words(seg.words[start:])
                    if value and iban_checksum_ok(value[0]):
                        self._set("vendor_iban", value[0], 0.85, value[1])
                        return
        self._set("vendor_iban", None, 0.0, [])

    def _vendor_name(self) -> None:
        """The issuer. Three cues, strongest first: a seller block ("Verkäufer", "Seller",
        "Fournisseur") with its name; a company name with a legal form in a letterhead or
        return-address line ("Au bon moulin SARL - 1242 chemin ..."); the most prominent text at
        the top of page 1. Agreement between cues raises the confidence."""
        seller = self._vendor_from_seller_block()
        chunks = self._vendor_from_legal_chunks()
        prominent = self._vendor_prominent()
        key = lambda t: re.sub(r"[^\w]", "", t.casefold())  # noqa: E731
        chunk_keys = [key(c[0]) for c in chunks]

        def agrees(name: str) -> int:
            k = key(name)
            return sum(1 for ck in chunk_keys if ck and (ck.startswith(k) or k.startswith(ck)))

        if seller is not None:
            name, words = seller
            conf = 0.95 if agrees(name) or LEGAL_SUFFIX.search(name) else 0.85
            self._set("vendor_name", name, conf, words)
            return
        if chunks:
            counts: dict[str, int] = {}
            for ck in chunk_keys:
                counts[ck] = counts.get(ck, 0) + 1
            name, words, y = max(chunks, key=lambda c: (counts[key(c[0])], -c[2]))
            conf = 0.9 if counts[key(name)] >= 2 else 0.85
            if prominent is not None and key(prominent[0]) == key(name):
                conf = max(conf, 0.95)
            self._set("vendor_name", name, conf if self.buyer_words else min(conf, 0.85), words)
            return
        if prominent is None:
            self.warnings.append("vendor name not found")
            self._set("vendor_name", None, 0.0, [])
            return
        name, words, conf = prominent
        self._set("vendor_name", name, conf, words)

    _CREDIT = re.compile(
        r"(?:credit\s*note|credit\s*memo|gutschrift|stornorechnung|avoir|creditnota|creditfactuur"
        r"|nota\s*de\s*cr[ée]dito|factura\s*rectificativa)(?![a-z])", re.IGNORECASE)
    _INVOICE = re.compile(r"(?:[a-zäöü]*rechnung(?:skorrektur)?|invoice|facture|factuur|factura)(?![a-z])",
                          re.IGNORECASE)

    def _document_type(self, items: list[LineItem]) -> None:
        """Credit note or invoice, from the title; credit notes report negative amounts."""
        page = self.pages[0]
        kind, words = None, []
        for line in page.lines:
            if line.y0 > page.height * 0.45:
                break
            full = join_words(line.words)
            for seg in line.segments:
                text = full if seg is line.segments[0] else seg.text
                if self._CREDIT.match(text) and not re.search(r"selbst|self-billed|\(389\)",
                                                               full, re.I):
                    kind, words = "credit_note", seg.words
                    break
                if kind is None and self._INVOICE.match(text) and not re.search(
                        r"stylesheet|beispiel", full, re.I):
                    kind, words = "invoice", seg.words
            if kind == "credit_note":
                break
        if kind is None:
            self._set("document_type", None, 0.0, [])
            return
        self._set("document_type", kind, HIGH, words[:3])
        if kind != "credit_note":
            signed = any(fv.value is not None and Decimal(fv.value) < 0 for fv in (
                self.fields.get(n, FieldValue()) for n in ("subtotal", "total")))
            if not signed and re.search(r"korrektur|correction|corrective|rectificativ",
                                        join_words(words), re.I):
                # A corrective invoice may be a reduction printed without its sign.
                self.warnings.append("corrective invoice: the sign of the amounts is not certain")
                for name in ("subtotal", "tax", "total"):
                    fv = self.fields.get(name)
                    if fv is not None and fv.value is not None:
                        fv.confidence = min(fv.confidence, 0.8)
            return
        for name in ("subtotal", "tax", "total"):
            fv = self.fields.get(name)
            if fv is not None and fv.value is not None and Decimal(fv.value) > 0:
                fv.value = format(-Decimal(fv.value), "f")
        for item in items:
            if item.amount is not None and item.amount > 0:
                item.amount = -item.amount
                if item.unit_price is not None and item.unit_price > 0:
                    item.unit_price = -item.unit_price

    _SELLER = re.compile(
        r"(?:verkäufer|lieferant|rechnungssteller|leistungserbringer|seller|supplier|vendor"
        r"|issued\s*by|from|fournisseur|vendeur|émetteur|leverancier|verkoper|proveedor|vendedor"
        r"|emisor)\s*:?", re.IGNORECASE)

    def _vendor_from_seller_block(self) -> tuple[str, list[Word]] | None:
        page = self.pages[0]
        for line in page.lines:
            seg = line.segments[0]
            if not self._SELLER.fullmatch(seg.text.strip()):
                continue
            rest = line.segments[1:]
            if rest and not _is_label(rest[0]) and sum(ch.isalpha() for ch in rest[0].text) >= 2:
                return re.sub(r"\s+", " ", rest[0].text).strip(" ,;:"), rest[0].words
            for below in page.lines[line.index + 1: line.index + 7]:
                if below.y0 - line.y1 > 80:
                    break
                first = below.segments[0]
                text = join_words(below.words)
                m = re.match(r"(?:name|nom|naam|nombre|firma)\s*:\s*", text, re.IGNORECASE)
                if m:
                    words = [w for w in below.words if w not in first.words] or first.words
                    value = join_words(words) if words is not first.words else text[m.end():]
                    prev = page.lines[below.index - 1]
                    if (words is not first.words and prev is not line and len(prev.segments) == 1
                            and abs(prev.segments[0].x0 - words[0].x0) < 3
                            and below.y0 - prev.y1 < 1.2 * below.h
                            and ":" not in prev.segments[0].text):
                        words = prev.words + words  # a name wrapped onto two lines
                        value = join_words(words)
                    return value.strip(" ,;:"), words
                if ":" in first.text or re.match(r"(?:globale\s*)?nummer|number|n°", text, re.I):
                    continue
                if BILL_TO.match(text) or _looks_like_contact(text):
                    break
                nxt = page.lines[below.index + 1] if below.index + 1 < len(page.lines) else None
                if nxt is not None and re.match(r"(?:name|nom|naam|nombre|firma)\s*:",
                                                join_words(nxt.words), re.IGNORECASE):
                    continue  # the first half of a name wrapped before its "Name:" line
                if sum(ch.isalpha() for ch in text) >= 2:
                    words = below.words
                    if (nxt is not None and not LEGAL_SUFFIX.search(text.strip(" ,;:"))
                            and nxt.y0 - below.y1 < 1.2 * below.h
                            and abs(nxt.words[0].x0 - below.words[0].x0) < 3
                            and LEGAL_SUFFIX.search(join_words(nxt.words).strip(" ,;:"))
                            and not _looks_like_contact(join_words(nxt.words))
                            and ":" not in join_words(nxt.words)):
                        # "MVM Musterhafter" / "Versicherungsverein Musterstadt a.G.": a name
                        # wrapped onto a second line that ends in its legal form.
                        words = below.words + nxt.words
                        text = join_words(words)
                    return re.sub(r"\s+", " ", text).strip(" ,;:"), words
        return None

    def _vendor_from_legal_chunks(self) -> list[tuple[str, list[Word], float]]:
        """Company names with a legal form that open a line or a " - " / "●"-separated chunk."""
        out = []
        page = self.pages[0]
        for line in page.lines:
            if any(w.id in self.buyer_words or w.id in self.table_words for w in line.words):
                continue
            for seg in line.segments:
                parts = re.split(r"\s+[-–•●·|]\s+|\s*[•●·|]\s*", seg.text)
                first = parts[0].strip(" ,;:")
                if not first or len(first) > 60 or not LEGAL_SUFFIX.search(first):
                    continue
                if _looks_like_contact(first) or _label_matches(first) or TITLE.match(first):
                    continue
                if re.search(r"\b(?:au\s*capital|capital|registered|eingetragen)\b", first, re.I):
                    continue
                n = len(first.split())
                out.append((first, seg.words[:n], line.y0))
        return out

    def _vendor_prominent(self) -> tuple[str, list[Word], float] | None:
        """The most prominent text at the top of page 1, outside the buyer block."""
        page = self.pages[0]
        excluded = self.buyer_words | self.table_words | self.used_words
        heights = sorted(w.h for line in page.lines for w in line.words)
        body = heights[len(heights) // 2] if heights else 0.0
        candidates: list[Segment] = []
        for line in page.lines:
            if line.y0 > page.height * 0.35:
                break
            for seg in line.segments:
                text = seg.text
                if any(w.id in excluded for w in seg.words):
                    continue
                if TITLE.fullmatch(text.strip(" :")) or _NOT_A_FIELD.match(text):
                    continue
                if sum(ch.isalpha() for ch in text) < 2 or _looks_like_contact(text):
                    continue
                if re.search(r"stylesheet|beispiel|example|sample|zugferd|factur-x", text, re.I):
                    continue
                candidates.append(seg)
        if not candidates:
            return None
        candidates.sort(key=lambda s: (-round(s.h, 1), s.y0, s.x0))
        best = candidates[0]
        runner_up = candidates[1].h if len(candidates) > 1 else 0.0
        prominent = best.h >= 1.15 * body and best.h >= 1.1 * runner_up
        suffix = bool(LEGAL_SUFFIX.search(best.text.strip()))
        if prominent and suffix:
            confidence = 0.96
        elif prominent or suffix:
            confidence = 0.8
        else:
            confidence = POOR
        if not self.buyer_words:
            confidence = min(confidence, 0.85)  # no Bill To found: less sure which party is which
        name = re.sub(r"\s+", " ", best.text).strip(" ,;:")
        return name, best.words, confidence


# --------------------------------------------------------------------------- helpers


def _label_matches(text: str) -> list[tuple[str, int, re.Match[str]]]:
    """Every field whose label starts this text, longest first; none if a non-field label
    ("Customer No.", "Phone") is longer."""
    out = []
    for name, rank, pattern in LABELS:
        m = pattern.match(text)
        if m:
            out.append((name, rank, m))
    if not out:
        return out
    other = _NOT_A_FIELD.match(text)
    longest = max(m.end() for _, _, m in out)
    if other and other.end() > longest:
        return []
    out.sort(key=lambda o: (-o[2].end(), o[1]))
    return out


def _label_match(text: str) -> tuple[str, int, re.Match[str]] | None:
    """The field whose label starts this text (longest label wins), or None."""
    best: tuple[str, int, re.Match[str]] | None = None
    for name, rank, pattern in LABELS:
        m = pattern.match(text)
        if m and (best is None or m.end() > best[2].end()
                  or (m.end() == best[2].end() and rank < best[1])):
            best = (name, rank, m)
    if best is not None:
        other = _NOT_A_FIELD.match(text)
        if other and other.end() > best[2].end():
            return None
    return best


def _is_label(seg: Segment, allow: tuple[str, ...] = ()) -> bool:
    """A segment that is a label: the label alone, or followed by a value that fits it."""
    match = _label_match(seg.text)
    if match is None or match[0] in allow:
        return False
    rest = words_after(seg, match[2].end())
    return not rest or _validate(match[0], rest) is not None


def _validate(name: str, words: list[Word]) -> tuple[str, list[Word]] | None:
    """The value a label's neighbour holds for `name`, normalised, with the words it used."""
    if not words:
        return None
    text = join_words(words)
    if name in ("invoice_number", "po_number"):
        token = words[0].text.strip(".,;:")
        if re.fullmatch(r"[A-Za-z]{1,4}", token) and len(words) > 1 and re.fullmatch(
            r"\d[\w\-/]*", words[1].text.strip(".,;:")
        ):
            return f"{token} {words[1].text.strip('.,;:')}", words[:2]
        if (re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{0,31}", token)
                and any(ch.isdigit() for ch in token) and parse_date(token) is None):
            return token, words[:1]
        return None
    if name in ("invoice_date", "due_date"):
        for n in range(min(len(words), 4), 0, -1):
            parsed = parse_date(join_words(words[:n]))
            if parsed:
                return parsed[0].isoformat(), words[:n]  # ambiguity noted below
        return None
    if name in ("subtotal", "tax", "total"):
        for n in range(min(len(words), 4), 0, -1):
            parsed = parse_amount(join_words(words[:n]))
            if parsed:
                return format(parsed[0], "f"), words[:n]
        return None
    if name == "vendor_tax_id":
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            value = join_words(words[:n]).strip(".,;")
            if (re.fullmatch(r"[A-Za-z]{0,4}[\s-]?\d[0-9A-Za-z\-./ ]{3,20}", value)
                    and sum(ch.isdigit() for ch in value) >= 5
                    and (n == 1 or all(re.fullmatch(r"[0-9A-Z.\-]{1,5}", w.text)
                                       and any(ch.isdigit() for ch in w.text)
                                       for w in words[1:n]))):
                return value, words[:n]
        return None
    if name == "vendor_iban":
        return _iban_from_words(words)
    if name == "terms":
        return text, words
    if name == "currency":
        code = CURRENCY_CODE_RE.fullmatch(words[0].text.strip(".,;:()").upper())
        return (code.group(1), words[:1]) if code else None
    return None


def _iban_from_words(words: list[Word]) -> tuple[str, list[Word]] | None:
    compact, used = "", []
    for w in words:
        token = w.text.strip(".,;:").upper()
        if not re.fullmatch(r"[A-Z0-9]{1,34}", token):
            break
        compact += token
        used.append(w)
        country = compact[:2]
        if country in IBAN_LENGTHS and len(compact) >= IBAN_LENGTHS[country]:
            break
        if len(compact) >= 34:
            break
    country = compact[:2]
    if country in IBAN_LENGTHS:
        if len(compact) != IBAN_LENGTHS[country]:
            return None
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return None
    return compact, used


def _looks_like_contact(text: str) -> bool:
    t = text.strip()
    return bool(
        re.match(r"\d", t)  # street number, zip
        or "@" in t or "www." in t.lower() or "http" in t.lower()
        or re.search(r"\+?\d[\d\s()\-]{6,}\d", t)  # phone
        or re.search(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b", t)  # US state + ZIP
        or re.search(r"\b\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]+", t)  # 80331 Muenchen
    )


@dataclass
class _Column:
    x0: float
    x1: float
    texts: list[tuple[float, str]]  # (y, text) of the header pieces, top to bottom
    role: str | None = None  # description, quantity, unit_price, amount, pos, other; None unknown

    @property
    def text(self) -> str:
        out = ""
        for _, piece in sorted(self.texts):
            if out.endswith("-") and piece[:1].islower():
                out = out[:-1] + piece  # "Positions-" / "betrag"
            else:
                out = f"{out} {piece}" if out else piece
        return out


@dataclass
class _Cells:
    numbers: dict[int, tuple[Decimal, Segment]]
    description: list[Segment]


NUMERIC_ROLES = ("quantity", "unit_price", "amount")


@dataclass
class _Table:
    columns: list[_Column]
    header_lines: list[Line]

    @property
    def roles(self) -> dict[int, str]:
        return {i: c.role for i, c in enumerate(self.columns) if c.role in NUMERIC_ROLES}

    @property
    def pos(self) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == "pos"), None)

    def nearest(self, seg: Segment) -> int:
        def key(i: int) -> tuple[float, float]:
            col = self.columns[i]
            overlap = min(seg.x1, col.x1) - max(seg.x0, col.x0)
            if overlap > 0:
                return (0.0, -overlap)
            return (1.0, min(abs(seg.x0 - col.x1), abs(col.x0 - seg.x1),
                             abs((seg.x0 + seg.x1) / 2 - (col.x0 + col.x1) / 2)))

        return min(range(len(self.columns)), key=key)

    def cells(self, line: Line) -> _Cells:
        numbers: dict[int, tuple[Decimal, Segment]] = {}
        description: list[Segment] = []
        for seg in line.segments:
            col = self.nearest(seg)
            role = self.columns[col].role
            if role != "description" and role != "pos":
                value = _cell_number(seg.text)
                if value is not None:
                    numbers.setdefault(col, (value, seg))
                    continue
            if role == "description":
                description.append(seg)
        return _Cells(numbers, description)

    def is_anchor(self, line: Line, cells: _Cells) -> bool:
        """Whether this line opens an item: it carries two of quantity, unit price and amount,
        or an amount and a description. (A position number is no anchor: some layouts centre
        it vertically in a tall row, below the row's values.)"""
        roles = self.roles
        filled = {roles[i] for i in cells.numbers if i in roles}
        return len(filled) >= 2 or ("amount" in filled and bool(cells.description))


def _header_role(text: str) -> str | None:
    text = text.strip(" :")
    if not text:
        return None
    if _TABLE_HEADERS["description"].match(text) or (
            len(text.split()) <= 4 and re.search(r"\b" + _TABLE_HEADERS["description"].pattern,
                                                  text, re.IGNORECASE)):
        return "description"  # also "Pos Art-Nr-Kunde Beschreibung" printed as one piece
    for role in ("amount", "unit_price", "quantity"):
        if _TABLE_HEADERS[role].fullmatch(text):
            return role
    if _POSITION_HEADER.fullmatch(text):
        return "pos"
    if _OTHER_COLUMNS.fullmatch(text):
        return "other"
    return None


def _band_line(line: Line) -> bool:
    """A line that may belong to a multi-line table header: short pieces of text, no values."""
    for seg in line.segments:
        if len(seg.words) > 4 or _cell_number(seg.text) is not None or parse_date(seg.text):
            return False
        if any(ch.isdigit() for ch in seg.text):
            return False
    return True


def _table_header(page: PageLayout, line: Line) -> _Table | None:
    """The table whose header is (or includes) this line, or None. A header's cells may be
    stacked over neighbouring lines; each column is the union of the pieces above each other."""
    roles = {_header_role(seg.text) for seg in line.segments}
    if "description" not in roles or not roles & set(NUMERIC_ROLES):
        return None
    band = [line]
    for step in (-1, 1):
        i = line.index + step
        edge = line
        while 0 <= i < len(page.lines) and len(band) < 7:
            other = page.lines[i]
            gap = (edge.y0 - other.y1) if step < 0 else (other.y0 - edge.y1)
            if gap > 0.9 * min(edge.h, other.h) or not _band_line(other):
                break
            band.append(other)
            edge = other
            i += step
    columns = [_Column(seg.x0, seg.x1, [(seg.y0, seg.text)]) for seg in line.segments]
    for other in sorted((ln for ln in band if ln is not line), key=lambda ln: ln.y0):
        for seg in other.segments:
            hits = [c for c in columns if min(seg.x1, c.x1) - max(seg.x0, c.x0) > 0]
            if len(hits) > 1:
                continue  # spans several columns: a caption, not a cell
            if hits:
                col = hits[0]
                col.x0, col.x1 = min(col.x0, seg.x0), max(col.x1, seg.x1)
                col.texts.append((seg.y0, seg.text))
            else:
                columns.append(_Column(seg.x0, seg.x1, [(seg.y0, seg.text)]))
    columns.sort(key=lambda c: c.x0)
    for col in columns:
        col.role = _header_role(col.text)
    amounts = [c for c in columns if c.role == "amount"]
    for col in amounts[:-1]:  # "Amount | Product | VAT | Price | Total": the last is the amount
        has_qty = any(c.role == "quantity" for c in columns)
        col.role = "other" if has_qty else "quantity"
    roles = {c.role for c in columns}
    if "description" not in roles or "amount" not in roles or not roles & {"quantity", "unit_price"}:
        return None
    return _Table(columns, sorted(band, key=lambda ln: ln.y0))


_UNIT_NUMBER = re.compile(r"([-−–]?\s*\d[\d.,'\u00a0 ]*?)\s*(?:[A-Za-zÄÖÜäöü²³]{1,8}(?:\([a-z]{1,3}\))?\.?|x)")


def _cell_number(text: str) -> Decimal | None:
    """The number in a table cell: "1.657,80 €", "(12.00)", "20 Stk", "25 Liter(s)"; not "19 %"."""
    text = text.strip()
    if not text or text.endswith("%") or not any(ch.isdigit() for ch in text):
        return None
    parsed = parse_amount(text)
    if parsed is not None:
        return parsed[0]
    m = _UNIT_NUMBER.fullmatch(text)
    if m and not CURRENCY_CODE_RE.search(text):
        return parse_number(m.group(1))
    return None


def _arithmetic_roles(table: _Table, rows: list[dict]) -> dict[int, str]:
    """Column roles; when the header's own roles fail quantity x price = amount on every row
    but another assignment of the numeric columns holds on most rows, that one."""
    roles = table.roles

    def holds(assign: dict[int, str]) -> int:
        inv = {r: c for c, r in assign.items()}
        ok = 0
        for row in rows:
            vals = [row["cells"].get(inv.get(r), (None, None))[0] for r in NUMERIC_ROLES]
            if None not in vals and abs(vals[0] * vals[1] - vals[2]) <= TOLERANCE:
                ok += 1
        return ok

    full = [row for row in rows if row["cells"]]
    if not full or holds(roles) > 0 or len(full) < 1:
        return roles
    from itertools import permutations

    cols = [i for i, c in enumerate(table.columns) if c.role in NUMERIC_ROLES + ("other", None)]
    best, best_ok = roles, 0
    for perm in permutations(cols, 3):
        assign = dict(zip(perm, NUMERIC_ROLES))
        ok = holds(assign)
        if ok > best_ok:
            best, best_ok = assign, ok
    return best if best_ok * 2 >= len(full) else roles


def _rate_matches(tax_c: Candidate | None, sub: Decimal | None, tax: Decimal | None) -> bool:
    """The tax equals the rate printed in its label ("Tax (8%)") times the subtotal, to the cent."""
    if tax_c is None or sub is None or tax is None or not tax_c.extra.get("rate"):
        return False
    rate = Decimal(tax_c.extra["rate"].replace(",", ".")) / 100
    return abs(sub * rate - tax) <= TOLERANCE
