"""The issuer's tax id and IBAN (the name is vendor.py's).

The buyer's blocks are found first and set aside (parties.py): their tax id or IBAN is never the
vendor's. A tax id is placed by the block it stands in, next to the vendor's name or another
company's. An IBAN must pass its checksum; without a label, an IBAN-shaped run of words that
passes it is taken at 0.85.
"""

from __future__ import annotations

import re

from countersign.domain import FieldValue
from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import field_value
from countersign.extraction.ids import iban_ok as iban_checksum_ok
from countersign.extraction.ids import same_number, vat_format, vat_shaped
from countersign.extraction.labels import BILL_TO, LEGAL_SUFFIX, iban_from_words, is_label, names_the_tax
from countersign.extraction.layout import Line, PageLayout, Segment, join_words, line_of
from countersign.extraction.parties import SELLER, letterhead, looks_like_contact
from countersign.extraction.titles import TITLE

# --------------------------------------------------------------------------- tax id and IBAN


def read_vendor_tax_id(chosen: dict[str, Candidate | None]) -> FieldValue:
    """The chosen tax id; below 0.9 unless it has a known VAT / EIN shape and its own label."""
    cand = chosen.get("vendor_tax_id")
    if cand is None:
        return FieldValue()
    known = vat_shaped(cand.value)
    confidence = cand.strength if known else min(cand.strength, 0.85)
    if cand.rank:
        confidence = min(confidence, 0.8)
    return field_value(cand.value, confidence, cand.words)


# A value-added tax charged at a rate ("GST (10% on A$48,900.00)", "VAT - United Kingdom (20% on £51,457.12)").
_VAT_CHARGED = re.compile(r"(?<![^\W\d_])(?:VAT|GST|HST|TVA|IVA|MwSt|USt|BTW|IGIC|MVA|moms|ALV|DPH|PDV|ΦΠΑ)"
                          r"(?![^\W\d_])\D{0,30}\d{1,2}(?:[.,]\d{1,3})?\s?%", re.IGNORECASE)
_EMPLOYER = re.compile(r"(?<![^\W\d_])(?:f?ein|employer|federal)(?![^\W\d_])", re.IGNORECASE)


def employer_number_under_vat(tax_id: FieldValue, cands: list[Candidate], segments: list[Segment]) -> FieldValue:
    """The tax id below 0.9 when it is a US employer number under its own label ("EIN 46-1022094", a company's
    income-tax number, no tax registration) on a bill that charges a VAT or GST at a rate: that tax is charged under
    another registration, printed elsewhere under a label the reader may not know ("ARN 3000 7633 5198", "UK VAT
    Reg. No. GB 172 0589 08")."""
    labels = [c.extra.get("label", "") for c in cands if c.value == tax_id.value]
    if tax_id.value is None or re.fullmatch(r"\d{2}-\d{7}", tax_id.value) is None \
            or not any(_EMPLOYER.search(label) for label in labels) \
            or not any(_VAT_CHARGED.search(seg.text) for seg in segments):
        return tax_id
    return _no_surer(tax_id, 0.8)


def tax_id_near_name(tax_id: FieldValue, name: FieldValue, cands: list[Candidate], pages: list[PageLayout],
                     warnings: list[str], *, have_buyer: bool) -> FieldValue:
    """The tax id by whose block it stands in: one printed in the vendor's block (under its
    name, or on a line that names it) beats one in another company's block, which, with no
    "Bill To" heading, is the buyer's ("USt-IdNr.: DE..." under the buyer's address). Switched
    or dropped so (the vendor's name read at 0.8 or more), said in `warnings`; a switched one
    stays below 0.9. A dropped one gives way to the only other tax id printed, if it stands in no
    company's block (an info column's "ABN 64 953 350 667"), at 0.8. With another tax id printed
    in no block that says whose it is, the one kept is below 0.9 unless it stands with the name
    read at 0.9 or more. One under an address in the page's top half that names no company
    (`_in_an_unnamed_address`) is below 0.9 too, and so is one placed only by a name read below
    0.9 that does not head the page, on a page with no buyer's block (`have_buyer` False)."""
    cands = [c for c in cands if not c.extra.get("in_buyer_block")]
    value = tax_id.value
    if value is None:
        return tax_id
    national = [c for c in cands if not vat_format(c.value)]
    if len(national) < len(cands):
        cands = [c for c in cands if vat_format(c.value)]  # a VAT id beats a national tax number
    owners = {id(c): _owner(c, name.value or "", pages) if name.value else None for c in cands}
    for c in cands:  # "TIN: 159697259 · VAT Reg. No.: 159697259-7000", "PIB: 02629909 · PDV broj: 30/31-91548-4":
        # one company's, whose block the first says: the same number, or on the same line
        if owners[id(c)] is None and any(owners[id(d)] == "vendor" and (same_number(c.value, d.value) or _level(c, d))
                                         for d in cands):
            owners[id(c)] = "vendor"
    chosen = next((c for c in cands if c.value == value), None)
    if chosen is not None and _in_an_unnamed_address(chosen, name.value or "", pages):
        tax_id = _no_surer(tax_id, 0.85)  # under an address that names no one: whose, the page does not say
    # Another tax id printed in no block that says whose it is: it may be the vendor's as well.
    rivals = [c for c in cands if owners[id(c)] is None and not same_number(c.value, value)]
    if name.value is None or name.confidence < 0.8:
        return _no_surer(tax_id, 0.85) if rivals else tax_id
    mine = sorted((c for c in cands if owners[id(c)] == "vendor"), key=lambda c: not names_the_tax(c.label_words))
    if mine and (chosen is None or owners[id(chosen)] != "vendor") and mine[0].value != tax_id.value:
        warnings.append(f"vendor tax id {mine[0].value}: the one printed with the vendor's name (not {tax_id.value})")
        return field_value(mine[0].value, min(mine[0].strength, 0.85), mine[0].words)
    if not mine and chosen is not None and owners[id(chosen)] == "other":
        rest = {c.value: c for c in cands if owners[id(c)] is None and c.value != chosen.value}
        if len(rest) == 1:  # the one other tax id printed, in no company's block: an info column's
            [other] = rest.values()
            warnings.append(f"vendor tax id {other.value}: {tax_id.value} stands in another company's address block")
            return field_value(other.value, min(other.strength, 0.8), other.words)
        warnings.append(f"tax id {tax_id.value} not taken: it stands in another company's address block")
        own = next((c for c in national if _owner(c, name.value, pages) == "vendor"), None)
        # (the VAT id is another company's; the vendor's block prints a national one: "TIN 03500241 · VAT payer")
        return FieldValue() if own is None else field_value(own.value, min(own.strength, 0.85), own.words)
    if rivals and not (chosen is not None and owners[id(chosen)] == "vendor" and name.confidence >= 0.9):
        return _no_surer(tax_id, min(name.confidence, 0.85))
    if chosen is not None and owners[id(chosen)] == "vendor" and name.confidence < 0.9 and not have_buyer \
            and not _heads_the_page(name, pages[0]):
        # Its block is the vendor's only because it names the name read, itself unsure and under
        # other text, with no buyer's block on the page: a logo for a letterhead leaves the buyer's
        # unheaded address the first name on the page.
        return _no_surer(tax_id, name.confidence)
    return tax_id


def _level(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates stand on one line of one page."""
    wa, wb = (a.label_words or a.words)[0], (b.label_words or b.words)[0]
    return wa.page == wb.page and abs(wa.cy - wb.cy) < 0.5 * max(wa.h, wb.h)


def _heads_the_page(name: FieldValue, page: PageLayout) -> bool:
    """Whether the name read heads page 1: in large type at its top (`letterhead`), or with no
    text above it but a title ("INVOICE"), as a receipt opens with its issuer's name."""
    if not name.evidence or name.evidence[0].page != page.number:
        return False
    x0, y0, x1, y1 = name.evidence[0].bbox
    words = [w for ln in page.lines for w in ln.words
             if w.x0 >= x0 - 0.5 and w.x1 <= x1 + 0.5 and w.y0 >= y0 - 0.5 and w.y1 <= y1 + 0.5]
    above = [ln for ln in page.lines if ln.y1 <= y0 and sum(ch.isalpha() for ch in join_words(ln.words)) >= 2
             and not TITLE.fullmatch(join_words(ln.words).strip(" :"))]
    return letterhead(page, words) or not above


def _no_surer(value: FieldValue, cap: float) -> FieldValue:
    """The field with its confidence at most `cap`."""
    return value.model_copy(update={"confidence": min(value.confidence, cap)})


def _owner(cand: Candidate, vendor: str, pages: list[PageLayout]) -> str | None:
    """"vendor" when the tax id stands in the vendor's block (the block's first line, or its own
    line, names the vendor), "other" when in a block headed by another name, None when unsure."""
    key = lambda t: re.sub(r"[^\w]", "", t.casefold())  # noqa: E731
    found = _block_of(cand, pages)
    if found is None:
        return None
    line, block = found
    if key(vendor) in key(join_words(line.words)):
        return "vendor"
    v = key(vendor)
    # a line of the block opens the name, or the name wrapped over two lines ends on it ("Kavárna a pražírna" / "U
    # Dómu s.r.o.": the block may reach only the second)
    parts = [key(sg.text) for sg in block]
    if any(part.startswith(v) or len(part) > 3 and (v.startswith(part) or v.endswith(part)) for part in parts):
        return "vendor"
    if not block:
        return None
    head = block[-1].text.strip()
    if head.endswith(":") or is_label(block[-1]) or SELLER.fullmatch(head) or BILL_TO.match(head):
        return None
    return "other" if LEGAL_SUFFIX.search(head.strip(" ,;:")) else None


def _block_of(cand: Candidate, pages: list[PageLayout]) -> tuple[Line, list[Segment]] | None:
    """The line of a tax id (of its label, if it has one) and the block over it: the segments
    aligned with it on the lines just above, nearest first, up to a gap or a title."""
    first = cand.label_words[0] if cand.label_words else cand.words[0]
    if not 0 < first.page <= len(pages):
        return None
    page = pages[first.page - 1]
    line = line_of(page, first)
    if line is None:
        return None
    x, block = first.x0, []
    below = line
    for prev in reversed(page.lines[max(0, line.index - 10):line.index]):
        aligned = [sg for sg in prev.segments if abs(sg.x0 - x) < 8]
        if not aligned and below.y0 - prev.y1 <= 1.2 * max(prev.h, below.h):
            continue  # a line of another column, level with the block's lines
        if not aligned or below.y0 - prev.y1 > 1.2 * max(prev.h, below.h) or TITLE.fullmatch(aligned[0].text.strip()):
            break
        block.append(aligned[0])
        below = prev
    return line, block


def _in_an_unnamed_address(cand: Candidate, vendor: str, pages: list[PageLayout]) -> bool:
    """Whether a tax id stands in the top half of its page under an address (a street or town
    line) that names no company, the vendor's or another: whose address it is, only the name
    that is not printed would say (a buyer's block with its name lost, or the vendor's under a
    logo)."""
    found = _block_of(cand, pages)
    if found is None or not found[1] or (vendor and _owner(cand, vendor, pages) is not None):
        return False
    line, block = found
    page = pages[line.words[0].page - 1]
    if line.y0 > page.height / 2 or any(LEGAL_SUFFIX.search(sg.text.strip(" ,;:")) for sg in block):
        return False
    head = block[-1].text.strip()
    if head.endswith(":") or is_label(block[-1]) or SELLER.fullmatch(head) or BILL_TO.match(head):
        return False
    key = lambda t: re.sub(r"[^\w]", "", t.casefold())  # noqa: E731
    top = next(ln for ln in page.lines if block[-1].words[0] in ln.words)
    if vendor and key(vendor) in key(join_words(top.words)):
        return False  # the letterhead's name opens the block's first line: "Zürisee Elektro GmbH ... Seestrasse 210"
    return any(looks_like_contact(sg.text) for sg in block)


def read_vendor_iban(chosen: dict[str, Candidate | None], segments: list[Segment],
                     buyer_words: set[int], warnings: list[str]) -> FieldValue:
    """The labelled IBAN (0.5 with a warning when its checksum fails); else an unlabelled one
    that passes its checksum, outside the buyer's block."""
    cand = chosen.get("vendor_iban")
    if cand is not None:
        if iban_checksum_ok(cand.value):
            return field_value(cand.value, max(cand.strength, 0.97), cand.words)
        warnings.append(f"IBAN {cand.value} fails its checksum")
        return field_value(cand.value, 0.5, cand.words)
    # No label: an IBAN-shaped run of words that passes the checksum, outside the buyer block.
    for seg in segments:
        if seg.words[0].id in buyer_words:
            continue
        for start, word in enumerate(seg.words):
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]*", word.text):
                value = iban_from_words(seg.words[start:])
                if value and iban_checksum_ok(value[0]):
                    return field_value(value[0], 0.85, value[1])
    return FieldValue()
