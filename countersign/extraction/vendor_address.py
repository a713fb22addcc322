"""The vendor's postal address, as its name's block prints it: the lines under the name, aligned with it, up to the
first line of ids, contacts or labels. What finds an invoice "from the supplier in Raccoon City" when the vendor is
not in the vendor master yet, and what a new vendor's record starts from; never a value anything is posted with,
so it stays below the 0.9 that calibrated fields are held to.
"""

from __future__ import annotations

import re

from countersign.domain import Evidence, FieldValue
from countersign.extraction.layout import PageLayout, Segment
from countersign.extraction.parties import label_opens, other_heading

CONFIDENCE = 0.8  # read by position alone: useful to find a vendor by, never to post with
_MAX_LINES = 3
# where the block's contacts and ids begin ("Tel.", "Tél.", "VAT", "IBAN", "www.", an e-mail, "+226 ..."): no address
_NOT_ADDRESS = re.compile(r"@|www\.|https?:|\+\d{2,3}[\s\d(]|\(\d{3}\)\s?\d{3}-\d{4}"
                          r"|\b(?:licen[cs]\w*|kodas|t[eé]l[eé]?\w*|phone|fax|mobile|e-?mail|vat|tax|tin"
                          r"|gst|ein|abn|iban|bic|swift|ust|steuer\w*|siret|siren|rccm|rcs|nif|cif|kvk|btw|tva|iva"
                          r"|reg\w*|account|konto|bank|тел\w*|инн|даноч\w*)\b", re.IGNORECASE)
# a tagline under the name: what the business does, three items or more between dots or dashes, no number
_TAGLINE = re.compile(r"^[^\d]*(?:\s[·•|–—-]\s[^\d]*){2,}$")
_DIGIT = re.compile(r"\d")


def read_vendor_address(page: PageLayout, name: FieldValue, excluded: set[int]) -> FieldValue:
    """The lines printed right under the vendor's name on `page`, aligned with it (left, centred or right), that
    read as an address: at most three, none of the buyer's or a table's words (`excluded`), one at least with a
    digit (a street's number or a postcode). Empty when the name was not read on this page."""
    spot = next((e for e in name.evidence if e.page == page.number and len(e.bbox) == 4), None)
    if name.value is None or spot is None:
        return FieldValue()
    x0, _, x1, bottom = spot.bbox
    taken: list[tuple[Segment, str]] = []
    for line in page.lines:
        if line.y0 < bottom - 1:
            continue
        seg = next((s for s in line.segments if _aligned(s, x0, x1)), None)
        if seg is None or line.y0 - bottom > 1.6 * seg.h or not _address_line(seg, excluded):
            break
        bottom = seg.y1
        if not taken and _TAGLINE.match(seg.text.strip()):
            continue  # "Création et entretien de jardins · Élagage · Espaces verts"
        said, contact = _before_contacts(seg.text)
        if said:
            taken.append((seg, said))
        if contact or len(taken) == _MAX_LINES:
            break
    if not any(_DIGIT.search(said) for _, said in taken):
        return FieldValue()
    text = ", ".join(said for _, said in taken)
    segs = [seg for seg, _ in taken]
    return FieldValue(value=text, confidence=CONFIDENCE,
                      evidence=[Evidence(page=page.number, bbox=[min(s.x0 for s in segs), segs[0].y0,
                                                                 max(s.x1 for s in segs), segs[-1].y1], text=text)])


def _before_contacts(text: str) -> tuple[str, bool]:
    """A line's address part, before its contacts or ids ("12 rue ... – 97410 Saint-Pierre, Tél. 0262 ..."), and
    whether they began on it (then the block's address has ended)."""
    m = _NOT_ADDRESS.search(text)
    said = text[:m.start()] if m else text
    return said.strip().rstrip(",;:·•|–—-").strip(), m is not None


def _aligned(seg: Segment, x0: float, x1: float) -> bool:
    """Under the name as a block prints its lines: flush left, flush right or centred on it."""
    return min(abs(seg.x0 - x0), abs(seg.x1 - x1), abs(seg.x0 + seg.x1 - x0 - x1) / 2) < max(4.0, seg.h / 2)


def _address_line(seg: Segment, excluded: set[int]) -> bool:
    text = seg.text.strip()
    return bool(text) and not any(w.id in excluded for w in seg.words) and not (
        label_opens(text) or other_heading(text))
