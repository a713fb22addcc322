"""An amount due after a deposit: "Total HT 971,38 €" / "Acompte versé le 22/08/2026 - 291,41 €" /
"Reste à payer 679,97 €". With no total label above it, the amount due is the only total the page
labels; the invoice's own total is the net plus the tax, the deposit being printed between the two
on a row that says it was paid. Read below 0.9: the sum is the reader's, not the page's."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from countersign.extraction.layout import PageLayout
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.pairing import Candidate
from countersign.extraction.values import parse_amount, plain_decimal


def total_before_deposit(pages: list[PageLayout], sub_c: Candidate | None, tax_c: Candidate | None,
                         tot_c: Candidate | None, warnings: list[str]) -> Candidate | None:
    """The net plus the tax as the total, when the total read is an amount due (a label of rank 1)
    and the difference is printed between the net and it on a row of a payment word ("acompte",
    "deposit", "Anzahlung", "paid"); None otherwise."""
    if sub_c is None or tot_c is None or tot_c.rank < 1:
        return None
    gross = Decimal(sub_c.value) + (Decimal(tax_c.value) if tax_c is not None else 0)
    paid = gross - Decimal(tot_c.value)
    top, bottom = sub_c.words[0], tot_c.words[0]
    if paid <= 0 or top.page != bottom.page or top.y0 >= bottom.y0:
        return None
    page = next(p for p in pages if p.number == top.page)
    for line in page.lines:
        if not top.y0 + 1 < line.y0 < bottom.y0 - 1:
            continue
        words = [w.text.rstrip(".:").lower() for w in line.words]
        if not any("PAID" in (concepts_of(w) or ()) for w in words):
            continue
        if any((a := parse_amount(w.text)) is not None and abs(a[0]) == paid for w in line.words):
            warnings.append(f"total {plain_decimal(gross)} is the net plus the tax: the {tot_c.value} labelled "
                            f"as due is what remains after the payment of {plain_decimal(paid)} printed above it")
            return dataclasses.replace(sub_c if tax_c is None else tot_c, field="total", rank=0, strength=0.85,
                                       value=plain_decimal(gross), extra={"cap": 0.85, "net_plus_tax": True})
    return None


def net_plus_tax_unconfirmed(conf: dict[str, float], tot_c: Candidate | None) -> dict[str, float]:
    """The confidences below 0.9 when the total is the net plus the tax made here: subtotal + tax ==
    total then holds because the reader made it hold, and confirms nothing."""
    if tot_c is None or not tot_c.extra.get("net_plus_tax"):
        return conf
    return {name: min(value, 0.85) for name, value in conf.items()}
