"""Set 34's own helpers beside the shared ones: month names in Finnish (partitive), Swedish, Estonian and Sicilian and
their long dates, and a tax summary per rate. The plumbing the sets share (numbers, truth, rendering, self-check) is
../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in
words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 34's own
    **SHARED_MONTHS,
    "fi_part": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "scn": "jinnaru frivaru marzu aprili maju giugnu giugnettu austu sittèmmiru uttùviru nuvèmmiru dicèmmiru".split(),
}


def fi_date(x):
    """12. maaliskuuta 2026 (Finnish)."""
    return f"{x.day}. {MONTHS['fi_part'][x.month - 1]} {x.year}"


def fi_short(x):
    """12.3.2026 (Finnish, no leading zeros)."""
    return f"{x.day}.{x.month}.{x.year}"


def sv_date(x):
    """12 mars 2026 (Swedish)."""
    return f"{x.day} {MONTHS['sv'][x.month - 1]} {x.year}"


def et_date(x):
    """12. märts 2026 (Estonian)."""
    return f"{x.day}. {MONTHS['et'][x.month - 1]} {x.year}"


def de_date(x):
    """12. März 2026 (German)."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def ca_date(x):
    """12 de març de 2026 / 3 d'abril de 2026 (Catalan)."""
    return f"{x.day} {MONTHS['ca_de'][x.month - 1]} de {x.year}"


def it_date(x):
    """12 marzo 2026 (Italian)."""
    return f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount"):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q2(b * r / 100)))
    return out


def gross_by_rate(items, key="rate"):
    """[(rate, net, tax, gross)] per rate from VAT-inclusive rows (x['amount'] gross): the tax taken out once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        g = sum(x["amount"] for x in items if x[key] == r)
        v = q2(g * r / (100 + r))
        out.append((r, g - v, v, g))
    return out
