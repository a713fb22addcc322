"""Set 67's own helpers beside the shared ones (../kit_common.py): Spanish, Portuguese, French and English long dates,
a tax summary per rate, a valid IBAN and a few ids with check digits (Costa Rica's cédula jurídica, Egypt's tax
registration number, Mozambique's NUIT, Chile's RUT)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from kit_common import MONTHS
from stdnum.cl import rut
from stdnum.cr import cpj
from stdnum.eg import tn
from stdnum.mz import nuit


def long_date(x, lang):
    """es '12 de marzo de 2026', pt '12 de março de 2026', fr '12 mars 2026', en '12 March 2026'."""
    name = MONTHS[lang][x.month - 1]
    return {"es": f"{x.day} de {name} de {x.year}", "pt": f"{x.day} de {name} de {x.year}", "fr": f"{x.day} {name} {x.year}", "en": f"{x.day} {name} {x.year}"}[lang]


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


def cr_cpj(rng):
    """A Costa Rican cédula jurídica of a limited company (3-101-xxxxxx), valid for stdnum."""
    return valid(rng, lambda: "3101" + digits(rng, 6), cpj.is_valid)


def eg_tn(rng):
    """An Egyptian tax registration number, printed XXX-XXX-XXX."""
    s = valid(rng, lambda: digits(rng, 9, True), tn.is_valid)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def mz_nuit(rng, first="4"):
    """A Mozambican NUIT with its check digit (4... for a company)."""
    return valid(rng, lambda: first + digits(rng, 8), nuit.is_valid)


def cl_rut(rng, lo=76, hi=77):
    """A Chilean company RUT printed 76.123.456-K."""
    s = valid(rng, lambda: str(rng.randint(lo, hi)) + digits(rng, 6) + rng.choice("0123456789K"), rut.is_valid)
    return rut.format(s)
