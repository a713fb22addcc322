"""Amounts printed around the total that are not the net, the tax or the total.

An amount due after a deposit: "Total HT 971,38 €" / "Acompte versé le 22/08/2026 - 291,41 €" /
"Reste à payer 679,97 €". With no total label above it, the amount due is the only total the page
labels; the invoice's own total is the net plus the tax, the deposit being printed between the two
on a row that says it was paid. Read below 0.9: the sum is the reader's, not the page's.

A charge after the tax: "Total TTC 268 180,78" / "Timbre fiscal (1 %) 2 500,00" / "NET À PAYER 270 680,78". The
amount due is the total: what the bill asks to be paid, the stamp duty included.

Rows no label names between two amounts of the totals block ("Porto und Verpackung 4,90"), which the sums place.

A discount printed below the total and the balance after it ("Gross Amount 7,602.600" / "Special Discount 5%
-380.130" / "Net Amount KD 7,222.470"): the balance may be the invoice's total, so the total read stays below 0.9.

A total rounded for cash below it ("Celkom s DPH 588,48" / "Zaokrúhlenie 0,02" / "Celkom na úhradu 588,50"): the
amount due is the total, as after a charge."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import WEAK
from countersign.extraction.layout import PageLayout, join_words, line_of
from countersign.extraction.lexicon import concepts_of
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
    payments: list[Decimal] = []  # each payment row's ("Less advance deposit -1,420.00", "Paid by card 1,420.00")
    for line in page.lines:
        if not top.y0 + 1 < line.y0 < bottom.y0 - 1:
            continue
        words = [w.text.rstrip(".:").lower() for w in line.words]
        if not any("PAID" in (concepts_of(w) or ()) for w in words):
            continue
        amounts = [abs(a[0]) for w in line.words if (a := parse_amount(w.text)) is not None]
        payments += amounts[-1:]
        if paid in amounts or sum(payments) == paid:
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


def deducted_below(conf: dict[str, float], pages: list[PageLayout], tot_c: Candidate | None, warnings: list[str]
                   ) -> dict[str, float]:
    """The total's confidence below 0.9 when, within four lines under it, a discount's negative amount and then the
    total less it are printed: the total read may be before the discount (see the module's docstring)."""
    if tot_c is None or not 0 < tot_c.words[0].page <= len(pages):
        return conf
    page = pages[tot_c.words[0].page - 1]
    line = line_of(page, tot_c.words[0])
    below = page.lines[line.index + 1:line.index + 5] if line else []
    rows = [(ln, parse_amount(ln.segments[-1].text)) for ln in below]
    values = [(ln, amount[0]) for ln, amount in rows if amount is not None]
    total = Decimal(tot_c.value)
    if any(v < 0 and _says_discount(join_words(ln.words)) and any(
            w != total and abs(total + v - w) <= Decimal("0.01") for _, w in values[i + 1:])
           for i, (ln, v) in enumerate(values)):
        warnings.append(f"total {tot_c.value}: a deduction and the balance after it are printed below it")
        return {**conf, "total": min(conf.get("total", 0.0), 0.85)}
    return conf


def due_after_charges(pages: list[PageLayout], tot_c: Candidate | None, every: dict[str, list[Candidate]],
                      warnings: list[str]) -> Candidate | None:
    """The amount due printed below the total, when it is the total plus the rows printed between them and those
    rows are charges (a stamp duty: "Timbre fiscal (1 %)"; not "Offene Zahlungen", a balance carried over), or the
    total less the discounts printed between them ("المجموع", "خصم 7%", "الصافي المستحق"); None otherwise. Its
    confidence is the total's: the page's own sums confirm both."""
    if tot_c is None:
        return None
    known = field_words(every)
    for due in sorted((c for c in every.get("total", []) if c.position > tot_c.position), key=lambda c: c.position):
        unlabelled = unlabelled_rows(pages, tot_c, due, known)
        if _rounded(tot_c, due, unlabelled, every):
            warnings.append(f"total {due.value} is the amount due: {tot_c.value} rounded by {unlabelled[0].value}")
            return dataclasses.replace(due, extra={**due.extra, "cap": tot_c.extra.get("cap", 1.0)})
        rows = [c for c in unlabelled if _says_charge(c.context or "")] + [
            c for c in every.get("charge", []) if tot_c.position < c.position < due.position]
        off = [c for c in every.get("discount", []) if tot_c.position < c.position < due.position]
        added = sum((Decimal(c.value) for c in rows), Decimal(0)) - sum((abs(Decimal(c.value)) for c in off),
                                                                        Decimal(0))
        if rows + off and added != 0 and Decimal(due.value) == Decimal(tot_c.value) + added and (added > 0 or not rows):
            warnings.append(f"total {due.value} is the amount due: {tot_c.value} and the charges or discounts printed "
                            f"after it ({', '.join(c.value for c in rows + off)})")
            return dataclasses.replace(due, extra={**due.extra, "cap": tot_c.extra.get("cap", 1.0)})
    return None


def field_words(every: dict[str, list[Candidate]]) -> set[int]:
    """The ids of the words some field's candidate reads, charges and discounts aside: rows outside them are the ones
    no label names."""
    return {w.id for name, cands in every.items() if name not in ("charge", "discount") for c in cands for w in c.words}


def unlabelled_rows(pages: list[PageLayout], upper: Candidate, lower: Candidate, known: set[int]) -> list[Candidate]:
    """The rows between two amounts of the totals block (the subtotal and the first tax row; the total and the amount
    due), on one page, that end in an amount in `upper`'s column and are none of the `known` words: charges whose
    label is unknown."""
    top, low = upper.words[0], lower.words[0]
    if top.page != low.page or not 0 < top.page <= len(pages):
        return []
    left, right = upper.words[0].x0, max(w.x1 for w in upper.words)
    out = []
    for line in pages[top.page - 1].lines:
        if not top.y1 < line.words[0].cy < low.y0 or not line.segments:
            continue
        seg = line.segments[-1]
        parsed = parse_amount(seg.text)
        aligned = abs(seg.x1 - right) <= 12 or abs(seg.x0 - left) <= 12  # right- or left-aligned amounts
        if any(w.id in known for w in seg.words) or parsed is None or not aligned or len(line.segments) < 2:
            continue
        out.append(Candidate("charge", 1, WEAK, plain_decimal(parsed[0]), seg.words, [],
                             join_words(line.words)))
    return out


def _says_discount(text: str) -> bool:
    """Whether a row's words name a discount ("Special Discount 5%", "Rabatt", "Remise")."""
    return any("DISCOUNT" in (concepts_of(w.casefold().strip(".:")) or ()) for w in text.split())


def _says_charge(text: str) -> bool:
    """A row whose words name a charge ("Timbre fiscal", "Stamp duty"), not a balance or a payment."""
    found = {c for w in text.split() for c in concepts_of(w.lower().strip(".:()")) or ()}
    return "CHARGE" in found and not found & {"OPEN", "PAID"}


_ROUNDED = Decimal("0.05")


def _rounded(tot_c: Candidate, due: Candidate, rows: list[Candidate], every: dict[str, list[Candidate]]) -> bool:
    """Whether the amount due below the total is the total rounded (cash to 5 cents, "Celkom s DPH 588,48" /
    "Zaokrúhlenie 0,02" / "Celkom na úhradu 588,50"): one row between them, whatever its label, prints the difference,
    less than half a unit, and only the amount due is a whole number of 5 cents. By the sums, in any language."""
    if len(rows) != 1 or any(tot_c.position < c.position < due.position for k in ("charge", "discount")
                             for c in every.get(k, [])):
        return False
    total, paid, step = Decimal(tot_c.value), Decimal(due.value), abs(Decimal(rows[0].value))
    return 0 < abs(paid - total) == step < Decimal("0.5") and paid % _ROUNDED == 0 and total % _ROUNDED != 0

