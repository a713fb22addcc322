"""Set 62's own helpers beside the shared ones (../kit_common.py): Lithuanian and Bulgarian month names, a Lithuanian
long date, a tax summary per rate, a valid IBAN for a country, groups of four, the Finnish payment reference (viitenumero)
with its 7-3-1 check digit and a South African VAT number (10 digits from 4, Luhn check digit)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, luhn_check, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "lt_gen": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
}


def lt_date(x):
    """2026 m. kovo 12 d."""
    return f"{x.year} m. {MONTHS['lt_gen'][x.month - 1]} {x.day} d."


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN after prefix."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def fi_viite(base):
    """A Finnish national payment reference: the base digits and the check digit of weights 7, 3, 1 from the right."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def za_vat(rng):
    """A South African VAT number: 10 digits starting with 4, the last a Luhn check digit."""
    body = "4" + digits(rng, 8)
    return body + luhn_check(body)
