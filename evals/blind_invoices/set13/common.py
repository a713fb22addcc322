"""Set 13's own helpers: month names for its languages and an item maker.

The plumbing sets 3 to 13 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the fake QR codes and bar
codes are ../kit_common.py, amounts in words ../kit_words.py. This file is copied from set 12's common.py with set 13's
month names.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages and set 13's
    **_KIT_MONTHS,
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}

__all__ = [
    "MONTHS",
    "items_from",
]


def items_from(rng, catalog, n, step=None):
    """catalog rows: (desc, unit, lo, hi, qlo, qhi[, extra]); integer quantities, prices exact to the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, lo, hi, qlo, qhi = row[:6]
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi, step or (D("1") if lo >= 500 else D("0.01")))
        extra = row[6] if len(row) > 6 else None
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": extra})
    return out
