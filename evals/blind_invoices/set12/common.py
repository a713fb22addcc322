"""Set 12's own helpers: month names for its languages and an item maker.

The plumbing sets 3 to 12 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the fake QR codes and bar
codes are ../kit_common.py, amounts in words ../kit_words.py. The item maker is copied from set 11's common.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages and set 12's
    **_KIT_MONTHS,
    "cnr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
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
