"""An Argentine invoice's number, its point of sale and the voucher's own number printed apart as AFIP's printed
layout has them ("Punto de Venta: 00002   Comp. Nro: 00017152"): the invoice is known by both, "00002-00017152".
Read when no label gives the invoice number, or in place of the labelled voucher number alone; below 0.9 (how a page
joins the two is its own convention)."""

from __future__ import annotations

import re

from countersign.extraction.candidate import Candidate
from countersign.extraction.layout import PageLayout, join_words

_POINT_OF_SALE = re.compile(r"\bpunto\s+de\s+venta\s*:?\s*(\d{1,5})\s+comp(?:robante)?\.?\s*"
                            r"(?:n(?:ro|[º°])\.?|n[uú]mero)\s*:?\s*(\d{1,8})(?!\S)", re.IGNORECASE)


def with_point_of_sale(found: list[Candidate], pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The labelled invoice numbers `found`, the voucher's number alone ("Comp. Nro: 00009563") joined to its point of
    sale; with none found, the joined number alone (`point_of_sale_number`)."""
    joined = point_of_sale_number(pages, excluded)
    if not found or not joined:
        return found or joined
    voucher = joined[0].value.split("-")[-1].lstrip("0")
    return [joined[0] if c.value.lstrip("0") == voucher else c for c in found]


def point_of_sale_number(pages: list[PageLayout], excluded: set[int]) -> list[Candidate]:
    """The invoice number as point of sale and voucher number joined by a dash, from page 1 (none of the `excluded`
    words: tables, the buyer's block), on one line or stacked on two; [] if the page prints no such pair."""
    lines = pages[0].lines if pages else []
    for line, under in zip(lines, [*lines[1:], None], strict=True):
        for read in (line.words, line.words + under.words if under is not None else []):  # the line, else both
            text = join_words(read)
            if (m := _POINT_OF_SALE.search(text)) is None:
                continue
            if any(w.id in excluded for w in read):
                break
            words = [w for w in read if w.text.strip(":") in (m.group(1), m.group(2))]
            return [Candidate("invoice_number", 0, 0.85, f"{m.group(1)}-{m.group(2)}", words, [], text,
                              {"label": "Punto de Venta"})]
    return []
