"""What the document says about itself: its number, the buyer's PO number, and its type.

The type (invoice or credit note) comes from the title at the top of page 1. A credit note
reports negative amounts, on the totals and on the line items, whether or not it prints the
sign; a corrective invoice ("Rechnungskorrektur") printed without a sign may be a reduction, so
its amounts stay below 0.9 with a warning. A credit word opening a priced row (a credit granted on an invoice,
"Avoir : pénalité de retard | -15 000") is no title.
"""

from __future__ import annotations

import re
from decimal import Decimal

from countersign.domain import FieldValue, LineItem
from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import HIGH, field_value
from countersign.extraction.layout import Line, PageLayout, Word, join_words, line_of, reading_order
from countersign.extraction.values import parse_amount


def read_identifiers(chosen: dict[str, Candidate | None]) -> dict[str, FieldValue]:
    """invoice_number and po_number; under a weaker label (rank 1) at most 0.8; one that ends in a separator (its
    letters in another script not read), or a PO under a bare "Pedido" not marked as the buyer's, below 0.9."""
    out: dict[str, FieldValue] = {}
    for name in ("invoice_number", "po_number"):
        cand = chosen.get(name)
        if cand is None:
            out[name] = FieldValue()
            continue
        confidence = cand.strength if cand.rank == 0 else min(cand.strength, 0.8)
        unsure_po = name == "po_number" and (_order_word_dropped(cand) or (
            _SALES_ORDER.fullmatch(cand.extra.get("label", "")) is not None and not _PO_MARKED.match(cand.value)))
        if unsure_po or re.search(r"[/\-.]$", cand.value):
            confidence = min(confidence, 0.85)  # ... or a number cut off after its separator ("780/" of "780/ش")
        out[name] = field_value(cand.value, confidence, cand.words)
    return out


# A bare "Pedido No.": Spanish for an order, the seller's sales order ("Vendedor: … Pedido No.: PV-83125") as often
# as the buyer's purchase order, so the PO read under it is not sure unless its value is marked as the buyer's
# order ("PO-33562", "OC 4471").
_SALES_ORDER = re.compile(r"pedido\s*(?:n[º°o]\.?)?\s*:?", re.IGNORECASE)
_PO_MARKED = re.compile(r"(?:P\.?O|OC|O\.C)(?![^\W\d_])", re.IGNORECASE)


def _order_word_dropped(cand: Candidate) -> bool:
    """Whether the PO number was read without the order's word spaced off before it ("P.O. # | PO 22758", a bare
    "PO 22758", read 22758): whether that word is part of the number is the buyer's convention, so it is not sure."""
    label, word = cand.extra.get("label", ""), r"(?:l?p\.?\s?o\.?|p/o|b\.?c\.?)"  # also a local purchase order:
    # "LPO 18923"; a French "bon de commande": "BC 1745"
    bare = re.fullmatch(word, label, re.IGNORECASE)
    if re.search(r"(?:order|commande|bestellung|pedido|compra|bestelling|ordine)\s+" + word + r"$", label, re.I):
        return True  # "Votre bon de commande BC | 1745": the label names the order already, "BC" opens the number
    after = cand.context[len(label):] if label and not bare and cand.context.startswith(label) else cand.context
    return re.search(r"(?<![\w.])" + word + r"\s+" + re.escape(cand.value) + r"(?!\w)", after, re.I) is not None


CREDIT_TITLE = re.compile(
    r"(?:credit\s*note|credit\s*memo|adjustment\s*note|facture\s*d['’]\s*avoir|gutschrift|stornorechnung|avoir|creditnota|creditfactuur"
    r"|nota\s*de\s*cr[ée]dito|nota\s*di\s*credito|nota\s*credito"
    r"|faktura\s*korygująca|korekta|kreditnota|kreditfaktura|hyvityslasku|kreeditarve|kredītrēķins"
    r"|kreditinė\s*(?:pvm\s*)?sąskaita|dobropis|knjižno\s*odobrenje|jóváíró\s*számla|helyesbítő\s*számla|iade\s*faturası"
    r"|πιστωτικ[όο]\s*(?:τιμολ[όο]γιο|σημε[ίι]ωμα)|кредитно\s*известие|кредит[-\s]*нота|корректировочный"
    r"|коригувальний|factură\s*de\s*stornare|factura\s*storno"
    r"|חשבונית\s*(?:מס\s*)?זיכוי|إشعار\s*دائن|اشعار\s*دائن)(?![^\W\d_])", re.IGNORECASE)  # (Hebrew, Arabic)
_INVOICE = re.compile(r"(?:[a-zäöü]*rechnung(?:skorrektur)?|invoice|facture|factuur|factura|fattura|fatura"
                      r"|faktura)(?![a-z])",
                      re.IGNORECASE)


def read_document_type(first_page: PageLayout, fields: dict[str, FieldValue], items: list[LineItem],
                       warnings: list[str]) -> FieldValue:
    """Credit note or invoice, from the title; credit notes report negative amounts, so the
    amounts in `fields` and `items` are signed here, in place."""
    kind, words = _title_kind(first_page)
    if kind is None:
        return FieldValue()
    document_type = field_value(kind, HIGH, words[:3])
    if kind != "credit_note":
        signed = any(fv.value is not None and Decimal(fv.value) < 0 for fv in (
            fields.get(n, FieldValue()) for n in ("subtotal", "total")))
        corrective = re.search(r"korrektur|correction|corrective|rectificativ", _title_text(first_page, words), re.I)
        if signed and corrective:  # a correction that reduces: a credit note ("FACTURA" / "RECTIFICATIVA", -2 229,90)
            return field_value("credit_note", 0.9, words[:3])
        if not signed and corrective:
            # A corrective invoice may be a reduction printed without its sign; a Spanish or Catalan "factura
            # rectificativa" corrects either way (it may bill only what was left off), so it is no credit note.
            warnings.append("corrective invoice: the sign of the amounts is not certain")
            for name in ("subtotal", "tax", "total"):
                fv = fields.get(name)
                if fv is not None and fv.value is not None:
                    fv.confidence = min(fv.confidence, 0.8)
        return document_type
    for name in ("subtotal", "tax", "total"):
        fv = fields.get(name)
        if fv is not None and fv.value is not None and Decimal(fv.value) > 0:
            fv.value = format(-Decimal(fv.value), "f")
    for item in items:
        if item.amount is not None and item.amount > 0:
            item.amount = -item.amount
            if item.unit_price is not None and item.unit_price > 0:
                item.unit_price = -item.unit_price
    return document_type


def _title_text(page: PageLayout, words: list[Word]) -> str:
    """A title's text with the text just under it, which may go on with it ("FACTURA" / "RECTIFICATIVA")."""
    first, line = words[0], line_of(page, words[0])
    below = [] if line is None else [ln for ln in page.lines[line.index + 1: line.index + 3]
                                     if ln.y0 - line.y1 < first.h]
    return join_words(words + [w for ln in below for w in ln.words
                               if w.x1 > first.x0 - first.h and w.x0 < words[-1].x1 + first.h])


_PRICED = re.compile(r"[-−–(]\s?\D{0,3}\s?\d.*|.*\d(?:[.,]\d{2}|[ .,'\u00a0\u202f]\d{3})\)?\s?\D{0,3}")


def _priced_row(line: Line) -> bool:
    """Whether a line ends in an amount of its own (signed, grouped or with cents): a row of the items' table or the
    totals ("5 | Avoir : pénalité de retard | -15 000", "Credit: returned pallet | 120.00"), which a title never is."""
    last = line.segments[-1].text if len(line.segments) > 1 else ""
    return bool(last) and _PRICED.fullmatch(last) is not None and parse_amount(last) is not None


def credited(page: PageLayout, title: str) -> bool:
    """Whether an invoice's title word names the invoice a credit note credits: the page's title is a credit note's
    and the word no credit note's ("creditering van factuur nr. 2025/0324" under "CREDITNOTA")."""
    return CREDIT_TITLE.match(title) is None and _title_kind(page)[0] == "credit_note"


def _title_kind(page: PageLayout) -> tuple[str | None, list[Word]]:
    """("credit_note" | "invoice" | None, the title's words) from the top of the page; a credit
    note title anywhere there wins over an invoice title (a self-billed one is not a credit)."""
    kind, words = None, []
    for line in page.lines:
        if line.y0 > page.height * 0.45:
            break
        full = join_words(line.words)
        for seg in line.segments:
            # (in reading order: "זיכוי מס חשבונית" as laid out is read "חשבונית מס זיכוי")
            text = reading_order(full, line.words) if seg is line.segments[0] else reading_order(seg.text, seg.words)
            if CREDIT_TITLE.match(text) and not re.search(r"selbst|self-billed|\(389\)",
                                                     full, re.I) and not _priced_row(line):
                kind, words = "credit_note", seg.words
                break
            if kind is None and _INVOICE.match(text) and not re.search(
                    r"stylesheet|beispiel", full, re.I):
                kind, words = "invoice", seg.words
        if kind == "credit_note":
            break
    return kind, words
