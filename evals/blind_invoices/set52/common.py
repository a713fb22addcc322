"""Set 52's own helpers beside the shared ones (../kit_common.py): month names (Lithuanian genitive, Slovene,
Danish, Finnish partitive, Albanian), long dates, a tax summary per rate, a valid IBAN and groups of four."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "lt_gen": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "sl_gen": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split(),
    "fi_part": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}


def long_date(x, lang):
    """Long dates: lt '2026 m. kovo 12 d.', sl '12. marca 2026', da '12. marts 2026', fi '12. maaliskuuta 2026',
    sq '12 mars 2026', fr '12 mars 2026', en '12 March 2026'."""
    m = {"lt": "lt_gen", "sl": "sl_gen", "da": "da", "fi": "fi_part", "sq": "sq", "fr": "fr", "en": "en"}[lang]
    name = MONTHS[m][x.month - 1]
    if lang == "lt":
        return f"{x.year} m. {name} {x.day} d."
    if lang in ("sl", "da", "fi"):
        return f"{x.day}. {name} {x.year}"
    return f"{x.day} {name} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (rates as Decimal strings)."""
    out = []
    for r in sorted({x[key] for x in items}, key=D, reverse=True):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(r) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character BBAN: prefix then digits."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def pct(r):
    """'25,5' / '9,5' / '21' with a decimal comma."""
    return str(r).replace(".", ",")
