"""Set 50's own helpers beside the shared ones (../kit_common.py): month names (Slovak, Romanian, Greek, Hungarian,
Serbian Cyrillic), long dates, a tax summary per rate, VAT taken out of gross prices and a valid IBAN."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "sk_gen": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "sr_gen": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра".split(),
}


def long_date(x, lang):
    """sk '12. marca 2026', ro '12 martie 2026', el '12 Μαρτίου 2026', hu '2026. március 12.', sr '12. марта 2026.',
    fr '12 mars 2026', en '12 March 2026'."""
    m = {"sk": "sk_gen", "ro": "ro", "el": "el_gen", "hu": "hu", "sr": "sr_gen", "fr": "fr", "en": "en"}[lang]
    name = MONTHS[m][x.month - 1]
    return {
        "sk": f"{x.day}. {name} {x.year}",
        "ro": f"{x.day} {name} {x.year}",
        "el": f"{x.day} {name} {x.year}",
        "hu": f"{x.year}. {name} {x.day}.",
        "sr": f"{x.day}. {name} {x.year}.",
        "fr": f"{x.day} {name} {x.year}",
        "en": f"{x.day} {name} {x.year}",
    }[lang]


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
