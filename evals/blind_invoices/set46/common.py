"""Set 46's own helpers beside the shared ones (../kit_common.py): month names in Swedish, Macedonian and Serbian
(Cyrillic, genitive as dates print them), Arabic month names (Levant), long dates and a tax summary per rate."""

# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра".split(),
    "ar_lev": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
}


def long_date(lang):
    """A long date in the language: 12 de marzo de 2026, 12 mars 2026, 12 martie 2026, 12 март 2026 г., ..."""
    fmt = {
        "es": lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}",
        "fr": lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}",
        "sv": lambda x: f"{x.day} {MONTHS['sv'][x.month - 1]} {x.year}",
        "ro": lambda x: f"{x.day} {MONTHS['ro'][x.month - 1]} {x.year}",
        "mk": lambda x: f"{x.day} {MONTHS['mk'][x.month - 1]} {x.year} година",
        "sr": lambda x: f"{x.day}. {MONTHS['sr'][x.month - 1]} {x.year}. године",
        "pt": lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}",
        "en": lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}",
        "ar": lambda x: f"{x.day} {MONTHS['ar_lev'][x.month - 1]} {x.year}",
    }
    return fmt[lang]


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out
