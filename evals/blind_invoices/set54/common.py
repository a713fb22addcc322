"""Set 54's own helpers beside the shared ones (../kit_common.py): month names (Polish, Bulgarian, Swedish), long
dates, a tax summary per rate, VAT taken out of gross prices, a valid IBAN and groups of four characters."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}


def long_date(x, lang):
    """pl '12 marca 2026', bg '12 март 2026 г.', sv '12 mars 2026', fr '12 mars 2026', en '12 March 2026'."""
    m = {"pl": "pl_gen", "bg": "bg", "sv": "sv", "fr": "fr", "en": "en"}[lang]
    tail = " г." if lang == "bg" else ""
    return f"{x.day} {MONTHS[m][x.month - 1]} {x.year}{tail}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def by_rate_gross(items, key="rate", amount="amount"):
    """[(rate, base, tax, gross)] per rate when the prices include the tax: the tax taken out once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        g = sum(x[amount] for x in items if x[key] == r)
        t = q2(g * D(str(r)) / (100 + D(str(r))))
        out.append((r, g - t, t, g))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))

