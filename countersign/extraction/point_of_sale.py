"""An Argentine invoice's number, its point of sale and the voucher's own number printed apart as AFIP's printed
layout has them ("Punto de Venta: 00002   Comp. Nro: 00017152"): the invoice is known by both, "00002-00017152".
Read when no label gives the invoice number, below 0.9 (how a page joins the two is its own convention)."""

from __future__ import annotations

import re

from countersign.extraction.layout import PageLayout, join_words
from countersign.extraction.pairing import Candidate

_POINT_OF_SALE = re.compile(r"\bpunto\s+de\s+venta\s*:?\s*(\d{1,5})\s+comp(?:robante)?\.?\s*"
                            r"(?:n(?:ro|[º°])\.?|n[uú]mero)\s*:?\s*(\d{1,8})(?!\S)", re.IGNORECASE)


def point_of_sale_number(pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The invoice number as point of sale and voucher number joined by a dash, from page 1 (none of the `excluded`
    words: tables, the buyer's block); [] if the page prints no such pair."""
    for line in pages[0].lines if pages else []:
        text = join_words(line.words)
        m = _POINT_OF_SALE.search(text)
        if m is None or any(w.id in excluded for w in line.words):
            continue
        words = [w for w in line.words if w.text.strip(":") in (m.group(1), m.group(2))]
        return [Candidate("invoice_number", 0, 0.85, f"{m.group(1)}-{m.group(2)}", words, [], text,
                          {"label": "Punto de Venta"})]
    return []
