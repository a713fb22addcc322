"""Company names with a legal form on a page ("Au bon moulin SARL", "Coromandel Textiles" / "Private Limited"): the
vendor reader's strongest cue after a seller block, a name wrapped onto the next lines or parted by a dash from its
trade read whole."""

from __future__ import annotations

import re

from countersign.extraction.labels import BILL_TO, LEGAL_SUFFIX, REGISTRATION, is_label
from countersign.extraction.layout import Line, PageLayout, Segment, Word
from countersign.extraction.parties import PARTS as _PARTS
from countersign.extraction.parties import (
    SELLER,
    label_opens,
    legal_form_only,
    legal_form_under,
    looks_like_contact,
    name_across_dash,
)
from countersign.extraction.titles import TITLE


def legal_names(page: PageLayout, buyer_words: set[int], table_words: set[int]
                ) -> list[tuple[str, list[Word], float]]:
    """Company names with a legal form that open a line or a " - " / "●"-separated chunk."""
    out = []
    continued: set[int] = set()  # segments (by first word) that finish a name begun on the line above
    for line in page.lines:
        if any(w.id in buyer_words or w.id in table_words for w in line.words):
            continue
        for seg in line.segments:
            if seg.words[0].id in continued:
                continue
            parts = _PARTS.split(seg.text)
            first = parts[0].strip(" ,;:")
            words = seg.words
            if looks_like_contact(first) or label_opens(first) or TITLE.match(first) \
                    or SELLER.fullmatch(seg.text.strip()) or BILL_TO.fullmatch(seg.text.strip()):
                continue  # (a party's heading opens no name: "Verkäufer:" over "Nummer: 549910")
            if first and len(parts) == 1 and not re.search(r"[\d:/]", first) \
                    and not _valued(line, seg) and (rest := _name_goes_on(page, line, seg)):
                first = " ".join([first] + [r.text.strip(" ,;:") for r in rest])
                words = seg.words + [w for r in rest for w in r.words]
                continued.update(r.words[0].id for r in rest)  # "Boekhandel & Kantoorartikelen De" / "Kade B.V."
            elif len(parts) > 1 and not LEGAL_SUFFIX.search(first):  # "Casa Oriental – Comércio de Produtos" /
                rest = [] if LEGAL_SUFFIX.search(seg.text) else _name_goes_on(page, line, seg)  # "Alimentares, Lda."
                named = None if legal_form_under(page, seg) else name_across_dash(  # (not "…, Sociedade Unipessoal" /
                    " ".join([seg.text] + [r.text for r in rest]))  # "Limitada" centred under it: prominent's)
                if named is not None:
                    first, words = named, seg.words + [w for r in rest for w in r.words]
                    continued.update(r.words[0].id for r in rest)
            if not first or len(first) > (60 if words is seg.words else 100) or not LEGAL_SUFFIX.search(first) \
                    or legal_form_only(first):
                continue  # (a legal form alone is a wrapped name's end: "… Sociedade Unipessoal" / "Limitada")
            if REGISTRATION.search(first):
                continue
            n = len(first.split())
            out.append((first, words[:n], line.y0))
    return out


def _valued(line: Line, seg: Segment) -> bool:
    """Whether a value stands just right of the segment ("Nummer | : 549910"): it is a label."""
    after = next((sg for sg in line.segments if sg.x0 > seg.x1), None)
    return after is not None and after.x0 - seg.x1 < 4 * seg.h and after.text.startswith(":")


# Words that cannot end a company's name: the name goes on ("... Sanayi ve" / "Ticaret A.Ş.").
_GOES_ON = re.compile(r"(?:&|\+|-|–|and|und|et|en|y|e|i|og|och|ve|és|es|a|für|for|of|de|van|der|di|da|do|du)$",
                      re.IGNORECASE)


def _name_goes_on(page: PageLayout, line: Line, seg: Segment) -> list[Segment]:
    """The segments right under `seg`, in its column and type, that finish a company name wrapped onto the next
    lines: the last ends in a legal form ("Coromandel Textiles" / "Private Limited", "ANADOLU ENDÜSTRİYEL" /
    "MALZEME SANAYİ VE TİCARET" / "LİMİTED ŞİRKETİ"). A line in between holds words only; a last line of more
    than three words only follows a line ending in a word that cannot end a name ("... Sanayi ve"); a name
    ending in a legal form goes on only by one more ("Co." / "W.L.L."). Empty when the name does not go on."""
    chain: list[Segment] = []
    above = seg
    for below in page.lines[line.index + 1: line.index + 6]:
        nxt = next((n for n in below.segments if abs(n.x0 - above.x0) < 3
                    and -0.3 * above.h <= n.y0 - above.y1 < 0.8 * above.h and abs(n.h - above.h) < 0.5), None)
        if nxt is None and below.y0 - above.y1 < 0.8 * above.h and all(n.x0 > above.x1 for n in below.segments):
            continue  # a line of another column beside the name's, printed between its lines (a sidebar's)
        text = nxt.text.strip(" ,;:") if nxt is not None else ""
        if nxt is None or looks_like_contact(nxt.text) or is_label(nxt) or (
                LEGAL_SUFFIX.search(seg.text.strip(" ,;:")) and not legal_form_only(text)):
            return []
        if LEGAL_SUFFIX.search(text):
            words = len(text.split())
            return chain + [nxt] if words <= 3 or words <= 6 and _GOES_ON.search(above.text.strip(" ,;:")) else []
        if re.search(r"[\d:/@]", text) or len(text.split()) > 6 or TITLE.match(text):
            return []
        chain.append(nxt)
        above = nxt
    return []
