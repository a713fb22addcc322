"""Set 55's own helpers beside the shared ones (../kit_common.py): Uzbek (Latin) month names, long dates in five
languages, a tax summary per rate, a valid IBAN and whole Chilean pesos with dot groups."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import de, digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
}


def long_date(x, lang):
    """es '12 de marzo de 2026', pt '12 de março de 2026', uz '2026-yil 12-mart', en '12 March 2026', us 'March 12, 2026'."""
    if lang == "us":
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"
    name = MONTHS[lang][x.month - 1]
    return {
        "es": f"{x.day} de {name} de {x.year}",
        "pt": f"{x.day} de {name} de {x.year}",
        "uz": f"{x.year}-yil {x.day}-{name}",
        "en": f"{x.day} {name} {x.year}",
    }[lang]


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


def clp(x):
    """Whole Chilean pesos with dot groups: '$ 1.234.567'."""
    return "$ " + de(x, 0)
