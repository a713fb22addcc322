"""Label-free fallbacks: fields the label pairing left empty, found from the page as a whole.

Each one fills only an empty field, and below 0.9 (nothing here has a label next to its value):
- the amounts: the triple subtotal + tax == total from the page's amounts (`label_free_amounts`);
- the number and the date said in one phrase: "Invoice No. 123 of 3 March 2025", "Rechnung Nr.
  123 vom 03.03.2025", "Facture n° 123 du 03/03/2025", "Fattura n. 123 del 03/03/2025"
  (`sentence_facts`);
- a due date when the invoice is payable on receipt ("Zahlbar sofort", "Payable à réception",
  "Pagamento a vista"): the invoice date (`due_on_receipt`);
- an invoice date printed with no label at all: the date on page 1's upper half nearest the
  invoice number (a line that labels its date as something else, a delivery, an order or a
  period, does not count), at 0.7 (`unlabeled_date`);
- line items with no table and no quantities: the lines right above the totals, each a text and
  an amount, whose amounts sum to the subtotal or the total (`summed_items`), at 0.8;
- line items of a receipt, with no table: a line "2 x 12.50   25.00" whose quantity x price ==
  amount, described by the text before it or the line above (`receipt_items`);
- the vendor's tax id with no label beside it (a footer's "VAT reg. no." wrapped to the next
  line): the one VAT-shaped id in the page's letterhead or footer, outside the buyer's block,
  whose check digits python-stdnum accepts, at 0.8 (`unlabeled_tax_id`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from countersign.domain import FieldValue, LineItem
from countersign.extraction.confidence import field_value
from countersign.extraction.ids import after_a_telephone, compact, tax_id_kind, tax_id_valid, vat_format
from countersign.extraction.label_free_amounts import FALLBACK, fill_amounts
from countersign.extraction.labels import label_matches, validate
from countersign.extraction.layout import Line, PageLayout, Word, join_words
from countersign.extraction.titles import TITLE
from countersign.extraction.values import parse_date


def fill_label_free(fields: dict[str, FieldValue], pages: list[PageLayout], skip: set[int],
                    warnings: list[str], buyer: set[int] | None = None, items: Sequence[LineItem] = ()) -> None:
    """Fill the empty fields this module can find, in place; `skip` holds the word ids of the
    items table and the buyer's block, `buyer` those of the buyer's block alone (the amounts are
    looked for in the table too when they are not outside it: a totals row the table took in, but no tax of two
    rows there: those are two items); `items` the line items read. Each filled field says so in `warnings`."""
    _fill_sentence_facts(fields, pages, warnings)
    fill_amounts(fields, pages, skip, warnings, items=items)
    if buyer is not None and buyer != skip:
        fill_amounts(fields, pages, buyer, warnings, two_rates=False, items=items)
    _fill_unlabeled_date(fields, pages, skip, warnings)
    _fill_due_on_receipt(fields, pages, warnings)
    _fill_unlabeled_tax_id(fields, pages, buyer or set(), warnings)


# --------------------------------------------------------------------------- one phrase

# (and Serbian, Croatian "broj", Czech "č.", Slovenian "št.")
_MARKER = re.compile(r"(?:nr|no|n[°ºo]|n\.?º|n|#|№|nummer|number|num[ée]ro|n[úu]mero|numer|br|broj|бр|број|номер|č|št)"
                     r"\.?:?|#\S*", re.I)
# The word(s) between the number and its date: "vom", "of", "dated", "du", "del", "emitida em".
_OF = {("vom",), ("of",), ("dated",), ("from",), ("du",), ("en", "date", "du"), ("van",), ("d.d.",),
       ("de", "fecha"), ("del",), ("de",), ("dal",), ("emitida", "em"), ("z", "dnia"), ("issued", "on"),
       ("datata",), ("datée", "du"), ("dd.",), ("d.d",), ("issued",), ("date",), ("datum",), ("від",), ("от",),
       ("од",), ("od",), ("ze", "dne"), ("z", "dne")}  # Serbian, Macedonian; Croatian, Bosnian; Czech; Slovenian


def sentence_facts(words: list[Word]) -> tuple[tuple[str, list[Word]] | None, tuple[str, list[Word]] | None]:
    """(number, date) from a line that opens a phrase with the document's title: "Rechnung
    Nr. 123 vom 03.03.2025"; either may be None."""
    for i, w in enumerate(words):
        if not TITLE.fullmatch(w.text.strip(":,.")) and not (
                i + 1 < len(words) and TITLE.fullmatch(f"{w.text} {words[i + 1].text}".strip(":,."))):
            continue
        j = after_title = i + 1 if TITLE.fullmatch(w.text.strip(":,.")) else i + 2
        while j < len(words) and _MARKER.fullmatch(words[j].text) and not any(ch.isdigit() for ch in words[j].text):
            j += 1
        if j < len(words) and words[j].text.startswith("#") and len(words[j].text) > 1:
            words = words[:j] + [Word(words[j].page, words[j].x0, words[j].y0, words[j].x1, words[j].y1,
                                      words[j].text[1:], words[j].id)] + words[j + 1:]
        number = validate("invoice_number", words[j:j + 1]) or (  # after a number's mark, a prefix too:
            validate("invoice_number", words[j:j + 2]) if j > after_title else None)  # "fattura n. FPR 769/25 del"
        if number is None or re.fullmatch(r"[-\d.,']*\d[.,]\d{2}|\d{1,2}", number[0]) \
                or number[1][0].x0 - words[j - 1].x1 > 4 * words[j - 1].h:
            continue  # no number, an amount, a count ("Invoice 1 of 2"), or another column's value across a gap
        k = j + len(number[1])
        for of in sorted(_OF, key=len, reverse=True):
            got = tuple(w.text.lower().strip(",:") for w in words[k:k + len(of)])
            if got == of:
                return number, validate("invoice_date", words[k + len(of):])
        return number, None
    return None, None


def _fill_sentence_facts(fields: dict[str, FieldValue], pages: list[PageLayout], warnings: list[str]) -> None:
    if fields.get("invoice_number", FieldValue()).value is not None and \
            fields.get("invoice_date", FieldValue()).value is not None:
        return
    for line in pages[0].lines:
        number, day = sentence_facts(line.words)
        if number is None:
            continue
        if fields.get("invoice_number", FieldValue()).value is None:
            fields["invoice_number"] = field_value(number[0], FALLBACK, number[1])
            warnings.append(f"invoice number {number[0]} read from the phrase {join_words(line.words)[:80]!r}")
        if day is not None and fields.get("invoice_date", FieldValue()).value is None \
                and fields["invoice_number"].value == number[0]:
            fields["invoice_date"] = field_value(day[0], FALLBACK, day[1])
            warnings.append(f"invoice date {day[0]} read from the phrase {join_words(line.words)[:80]!r}")
        return


# --------------------------------------------------------------------------- a date with no label

_OTHER_DATE = re.compile(r"liefer|leistung|deliver|ship|order|bestell|period|zeitraum|from|to\b|bis|von|valid|gültig"
                         r"|livraison|commande|période|levering|bestelling|entrega|pedido|consegna|ordine"
                         r"|due|fällig|échéance|vencim|scadenza|vervaldatum|paid|bezahlt|printed|gedruckt", re.I)


def unlabeled_date(page: PageLayout, skip: set[int], anchor: Word | None) -> tuple[str, list[Word]] | None:
    """The date on the page's upper half nearest `anchor` (else the first), on a line that does
    not say the date is of something else."""
    found: list[tuple[float, str, list[Word]]] = []
    for line in page.lines:
        if line.y0 > page.height / 2:
            break
        text = join_words(line.words)
        if _OTHER_DATE.search(text):
            continue
        words = [w for w in line.words if w.id not in skip]
        for i in range(len(words)):
            if not words[i].text.lstrip("«\"„“")[:1].isalnum():  # (a day in quotes: "«13» ноября 2026 г.")
                continue
            for n in (5, 4, 3, 2, 1):
                run = words[i:i + n]
                if len(run) < n:
                    continue
                parsed = parse_date(join_words(run))
                if parsed is not None and not parsed[1]:
                    seg = next((sg for sg in line.segments if run[0] in sg.words), None)
                    before = join_words(seg.words[:seg.words.index(run[0])]) if seg is not None else ""
                    if before and any(name for name, _, _ in label_matches(before.split(":")[-1].strip())):
                        break  # a labelled date, left to the labels
                    far = 0.0 if anchor is None else abs(run[0].y0 - anchor.y0) + 0.2 * abs(run[0].x0 - anchor.x0)
                    found.append((far, parsed[0].isoformat(), run))
                    break
    if not found:
        return None
    _, value, words = min(found, key=lambda f: f[0])
    return value, words


def _fill_unlabeled_date(fields: dict[str, FieldValue], pages: list[PageLayout], skip: set[int],
                         warnings: list[str]) -> None:
    if fields.get("invoice_date", FieldValue()).value is not None:
        return
    number = fields.get("invoice_number", FieldValue())
    anchor = None
    if number.evidence and number.evidence[0].bbox and number.evidence[0].page == 1:
        box = number.evidence[0].bbox
        anchor = Word(1, box[0], box[1], box[2], box[3], "", -1)
    found = unlabeled_date(pages[0], skip, anchor)
    if found is None:
        return
    fields["invoice_date"] = field_value(found[0], 0.7, found[1])
    warnings.append(f"invoice date {found[0]} read without a label (the date nearest the invoice number)")


# --------------------------------------------------------------------------- tax id without a label

_ID_WORDS = 5  # "NO 982 961 211 MVA": an id printed in groups is read over up to five words
_HEAD_SHARE, _FOOT_SHARE = 0.15, 0.75  # the page's letterhead (top) and footer (bottom) by height


def unlabeled_tax_id(pages: list[PageLayout], buyer: set[int]) -> tuple[str, list[Word]] | None:
    """The one VAT-shaped id (not bare digits) in a letterhead or footer, outside the buyer's block,
    whose check digits pass; None when there is none, or several different ones (which is the
    vendor's is unknown)."""
    found: dict[str, list[Word]] = {}
    for page in pages:
        for line in page.lines:
            if page.height * _HEAD_SHARE < line.y0 < page.height * _FOOT_SHARE:
                continue  # the letterhead and the footer sign for the vendor; the middle may be anyone's
            _checked_ids([w for w in line.words if w.id not in buyer], found)
            for head, tail in _wrapped(page, line):  # "Org.nr. NO 982" / "961 211 MVA" in a narrow column
                _checked_ids([w for w in head + tail if w.id not in buyer], found, across=len(head))
    if len(found) != 1:
        return None
    [(value, words)] = found.items()
    return " ".join(w.text for w in words).strip(" .,;:·|()"), words


def _vat_of(number: str, pages: list[PageLayout], buyer: set[int]) -> tuple[str, list[Word]] | None:
    """The one checked VAT id on the pages (outside the buyer's block) that holds a national number's first
    nine digits: France's SIRET "607 934 437 00049" is the firm of "FR11607934437"."""
    digits, found = re.sub(r"\D", "", number)[:9], {}
    for line in (line for page in pages for line in page.lines):
        _checked_ids([w for w in line.words if w.id not in buyer], found)
    kin = [words for value, words in found.items() if len(digits) >= 8 and digits in value]
    return (" ".join(w.text for w in kin[0]).strip(" .,;:·|()"), kin[0]) if len(kin) == 1 else None


def _cut_short(vat: str, national: str) -> bool:
    """Whether a VAT id is the national number cut short behind its country's letters: "HU22753555" of Hungary's
    "22753555-2-09", whose tail (the VAT code, the tax office) it drops; the national number printed in full says
    more, and stays. (France's "FR11607934437" adds a key to the SIREN: not so.)"""
    digits, whole = re.sub(r"\D", "", compact(vat)), re.sub(r"\D", "", national)
    return len(digits) >= 8 and len(whole) > len(digits) and whole.startswith(digits) \
        and compact(vat)[:2].isalpha() and compact(vat)[2:] == digits


def _checked_ids(words: list[Word], found: dict[str, list[Word]], across: int = 0) -> None:
    """Add to `found` every VAT-shaped run of `words` whose check digits pass; with `across`, only
    runs that start before that word and end after it (a wrapped id)."""
    i = 0
    while i < len(words) and not (across and i >= across):
        taken = 0
        if any(ch.isalnum() for ch in words[i].text):
            for n in range(_ID_WORDS, 0, -1):
                run = words[i:i + n]
                if across and i + n <= across:
                    break
                text = " ".join(w.text for w in run).strip(" .,;:·|()")
                if len(run) == n and vat_format(text) and tax_id_valid(text) \
                        and not (tax_id_kind(text) == "us_ein"
                                 and (n > 1 or after_a_telephone([w.text for w in words], i, n))):
                    # (an EIN prints whole: "06-383 6426" dials, and so does "טל׳ 03-7988539", Tel Aviv's)
                    found.setdefault(compact(text), run)
                    taken = n
                    break
        i += taken or 1  # an id's own tail ("982 961 211 MVA" of "NO 982 …") is no second id


def _wrapped(page: PageLayout, line: Line) -> list[tuple[list[Word], list[Word]]]:
    """(the last words of a segment, the first words of the segment that goes on right under it,
    starting where it starts): a column's text wrapped onto the next line."""
    if line.index + 1 >= len(page.lines):
        return []
    nxt = page.lines[line.index + 1]
    if nxt.y0 - line.y1 > 0.6 * nxt.h:
        return []
    return [(seg.words[-_ID_WORDS:], other.words[:_ID_WORDS]) for seg in line.segments for other in nxt.segments
            if abs(other.x0 - seg.x0) <= 6]


def _fill_unlabeled_tax_id(fields: dict[str, FieldValue], pages: list[PageLayout], buyer: set[int],
                           warnings: list[str]) -> None:
    have = fields.get("vendor_tax_id", FieldValue()).value
    if have is not None and vat_format(have):
        return
    found = unlabeled_tax_id(pages, buyer) or (_vat_of(have, pages, buyer) if have else None)
    if found is None or have is not None and _cut_short(found[0], have):
        return
    # a VAT id beats a national tax number ("Steuernummer 135/875/32209"), as with labels (vendor.py)
    fields["vendor_tax_id"] = field_value(found[0], 0.8, found[1])
    warnings.append(f"vendor tax id {found[0]} read without a label (the one checked VAT id on the page)"
                    + (f", not the national number {have}" if have else ""))


# --------------------------------------------------------------------------- due on receipt

# "Payable on receipt of the wool cheque": of something else than the invoice, a day the invoice does not print
_OF_OTHER = r"(?!\s+of\s+(?!(?:(?:this|the|our)\s+)?(?:invoice|bill|statement)\b))"
_ON_RECEIPT = re.compile(  # not on delivery ("Paiement comptant à la livraison"): a day the invoice does not print
    r"(?:\b(?:due|payable|paid)\s+(?:up)?on\s+receipt" + _OF_OTHER
    + r"|\bdue\s+immediately|\bpayable\s+immediately|\bdirect\s+te\s+voldoen"
    r"|\b(?:zahlbar|fällig)\s+(?:sofort|umgehend)|\bsofort\s+(?:zahlbar|fällig)|\bbetaalbaar\s+(?:bij|na)\s+ontvangst"
    r"|\bpayable\s+(?:à|dès)\s+(?:la\s+)?réception|\bà\s+réception\s+de\s+facture|\bpaiement\s+comptant"
    r"|\bpago\s+al\s+contado|\bpago\s+inmediato|\bpagamento\s+(?:a\s+vista|immediato|a\s+pronto|imediato)"
    r"|\bpronto\s+pagamento|\bpłatne\s+(?:natychmiast|przy\s+odbiorze)|\bgotówka)(?P<later>.*?(?:\b(?:up)?on\s+delivery"
    r"|à\s+la\s+livraison|bei\s+lieferung|(?:contra|a\s+la|na)\s+entrega))?", re.IGNORECASE)


# Paid in cash already, or on collection: no day left to pay by ("Termin płatności: zapłacono gotówką przy odbiorze")
_SETTLED = re.compile(r"\b(?:paid\s+in\s+cash|(?:in\s+)?bar\s+bezahlt|payée?\s+en\s+espèces|pagad[oa]\s+en\s+efectivo"
                      r"|pagato\s+in\s+contanti|contant\s+betaald|zapłacono\s+gotówką|przy\s+odbiorze)", re.IGNORECASE)


def _fill_due_on_receipt(fields: dict[str, FieldValue], pages: list[PageLayout], warnings: list[str]) -> None:
    issued = fields.get("invoice_date", FieldValue())
    if fields.get("due_date", FieldValue()).value is not None or issued.value is None or any(
            _SETTLED.search(join_words(line.words)) for page in pages for line in page.lines):
        return
    for page in pages:
        for line in page.lines:
            text = join_words(line.words)
            if (m := _ON_RECEIPT.search(text)) is not None and not m.group("later"):
                fields["due_date"] = field_value(issued.value, min(issued.confidence, FALLBACK), line.words,
                                                 f"{text} (due on the invoice date)")
                warnings.append(f"due date {issued.value}: payable on receipt ({text[:60]})")
                return
