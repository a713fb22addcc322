"""Set 53's own helpers beside the shared ones (../kit_common.py): Spanish and Russian long dates, Spanish amounts in
words as Argentine invoices print them ('SON PESOS … CON 56/100'), a valid Kazakh BIN (its mod-11 key) and a
tax summary per rate."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2
from kit_common import MONTHS as SHARED_MONTHS
from kit_words import es_words

MONTHS = {**SHARED_MONTHS}


def long_date(x, lang):
    """es '12 de marzo de 2026', ru '12 марта 2026 г.', pt '12 de março de 2026', en '12 March 2026'."""
    if lang == "es":
        return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"
    if lang == "pt":
        return f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}"
    if lang == "ru":
        return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."
    return f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"


def es_amount_words(x, unit="PESOS"):
    """'SON PESOS MIL DOSCIENTOS TREINTA Y CUATRO CON 56/100'."""
    x = q2(x)
    whole = int(x)
    cents = int((x - whole) * 100)
    w = es_words(whole)
    if w.endswith("uno"):
        w = w[:-1]
    return f"SON {unit} {w.upper()} CON {cents:02d}/100"


def _bin_key(s):
    for w in (list(range(1, 12)), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        k = sum(int(c) * x for c, x in zip(s, w, strict=True)) % 11
        if k != 10:
            return k
    return None


def kz_bin(rng, kind="4"):
    """A 12-digit Kazakh BIN (yymm, the kind digit 4 for a legal entity, 6 more digits) whose mod-11 key holds."""
    while True:
        s = f"{rng.randint(0, 25):02d}{rng.randint(1, 12):02d}{kind}0{digits(rng, 5)}"
        k = _bin_key(s)
        if k is not None:
            return s + str(k)


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, reverse=True):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))
