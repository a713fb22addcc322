"""The tax a total includes, printed under an inclusive label: "TOTAL GEL 73.55" over "incl. VAT 18% 11.22".

Why: "incl. VAT" names a total ("Total incl. VAT 1,190.00") as often as the tax a receipt's total holds ("incl. VAT
18% 11.22", "inkl. 19 % MwSt. 3,19"), so the label alone reads it as a total. When it prints a rate and its amount is
the tax that rate makes inside the chosen total, to the cent, it is that tax: the arithmetic decides, not the label.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import TOLERANCE


def included_tax(total: Candidate | None, totals: list[Candidate]) -> Candidate | None:
    """A total's candidate with a rate whose amount is the tax included in `total` at that rate, as a tax candidate;
    None when there is none."""
    if total is None:
        return None
    try:
        gross = Decimal(total.value)
    except InvalidOperation:
        return None
    for cand in totals:
        rate = cand.extra.get("rate")
        if cand is total or not rate or cand.value == total.value:
            continue
        try:
            r = Decimal(str(rate).replace(",", "."))
            amount = Decimal(cand.value)
        except InvalidOperation:
            continue
        if 0 < r < 100 and abs(gross * r / (100 + r) - amount) <= TOLERANCE:
            return dataclasses.replace(cand, field="tax", extra={**cand.extra, "included": True})
    return None
