"""Set 37's own helpers beside the shared ones: month names in Lithuanian (genitive), Greek (genitive) and Slovak
(genitive) and their long dates, and a tax summary per rate (as sets 34 to 36 have it in their own
common.py). The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables,
item makers, drawing helpers and the truth record are ../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 37's own
    **SHARED_MONTHS,
    "lt_gen": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "sk_gen": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
}


def lt_date(x):
    """2026 m. kovo 12 d. (Lithuanian)."""
    return f"{x.year} m. {MONTHS['lt_gen'][x.month - 1]} {x.day} d."


def el_date(x):
    """12 Μαρτίου 2026 (Greek)."""
    return f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}"


def sk_date(x):
    """12. marca 2026 (Slovak)."""
    return f"{x.day}. {MONTHS['sk_gen'][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out
