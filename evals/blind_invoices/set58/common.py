"""Set 58's own helpers beside the shared ones (../kit_common.py): a tax summary per rate, a valid IBAN and groups of
four."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))
