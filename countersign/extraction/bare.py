"""A bare number label: "Number:", "Nr.:", "Αριθμός:", "Número:" alone, with nothing saying whose
number it is. On an invoice's first page, under or beside its title and with no labelled
invoice number anywhere, it numbers the document; read at a weaker rank (below 0.9)."""

from __future__ import annotations

import re

from countersign.extraction.labels import TITLE
from countersign.extraction.layout import PageLayout, Segment
from countersign.extraction.lexicon import LabelRead, concepts_of
from countersign.extraction.pairing import Candidate, pair_value


def bare_number(pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The invoice number candidates of bare number labels ending in a colon in the top 45% of
    page 1 (none of the `excluded` words: tables, the buyer's blocks, labels and values), when the
    page prints an invoice title before them; the value after the label, right of it or below."""
    page = pages[0] if pages else None
    if page is None:
        return []
    title_y = None
    out: list[Candidate] = []
    for line in page.lines:
        if line.y0 > page.height * 0.45:
            break
        for i, seg in enumerate(line.segments):
            text = seg.text.strip()
            if title_y is None and TITLE.match(text):
                title_y = seg.y0
                continue
            if title_y is None:
                continue
            for k, word in enumerate(seg.words):  # "Σειρά: Α Αριθμός: 4845": the label mid-segment too
                if word.id in excluded or not word.text.endswith(":") \
                        or concepts_of(word.text.rstrip(":").rstrip(".").lower()) != ("NUM",):
                    continue
                if k and re.fullmatch(r"[^\W\d_]{3,}", seg.words[k - 1].text):
                    continue  # "Įmonės kodas:", "Kunden Nr.:": a word before says whose number it is
                part = Segment(seg.words[k:], line)
                found = pair_value(page, line, i, part, "invoice_number", 1, LabelRead(len(word.text)))
                if found is not None and found.field == "invoice_number":
                    out.append(found)
    return out
