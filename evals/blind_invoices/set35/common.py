"""Set 35's own helpers beside the shared ones: month names in Czech, Greek, Croatian and Polish (genitive) and their
long dates, and a tax summary per rate. The plumbing the sets share (numbers, truth, rendering, self-check) is
../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in
words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 35's own
    **SHARED_MONTHS,
    "cs_gen": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hr_gen": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def cs_date(x):
    """12. března 2026 (Czech)."""
    return f"{x.day}. {MONTHS['cs_gen'][x.month - 1]} {x.year}"


def el_date(x):
    """12 Μαρτίου 2026 (Greek)."""
    return f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}"


def hr_date(x):
    """12. ožujka 2026. (Croatian, with the closing dot)."""
    return f"{x.day}. {MONTHS['hr_gen'][x.month - 1]} {x.year}."


def hr_short(x):
    """12.03.2026. (Croatian short date, with the closing dot)."""
    return x.strftime("%d.%m.%Y.")


def pl_date(x):
    """12 marca 2026 (Polish)."""
    return f"{x.day} {MONTHS['pl_gen'][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount"):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q2(b * r / 100)))
    return out
