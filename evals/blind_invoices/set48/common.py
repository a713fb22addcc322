"""Set 48's own helpers beside the shared ones (../kit_common.py): month names (Czech, Polish, Estonian, Bulgarian,
Ukrainian genitive), long dates, a tax summary per rate and a valid IBAN for a country."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "cs_gen": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}


def long_date(x, lang):
    """Long dates: cs '12. března 2026', pl '12 marca 2026 r.', et '12. märts 2026', bg '12 март 2026 г.',
    uk '12 березня 2026 р.', pt '12 de março de 2026', fr '12 mars 2026', de '12. März 2026'."""
    m = {"cs": "cs_gen", "pl": "pl_gen", "et": "et", "bg": "bg", "uk": "uk_gen", "pt": "pt", "fr": "fr", "de": "de"}[lang]
    name = MONTHS[m][x.month - 1]
    return {
        "cs": f"{x.day}. {name} {x.year}",
        "pl": f"{x.day} {name} {x.year} r.",
        "et": f"{x.day}. {name} {x.year}",
        "bg": f"{x.day} {name} {x.year} г.",
        "uk": f"{x.day} {name} {x.year} р.",
        "pt": f"{x.day} de {name} de {x.year}",
        "fr": f"{x.day} {name} {x.year}",
        "de": f"{x.day}. {name} {x.year}",
    }[lang]


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, reverse=True):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(r) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))
