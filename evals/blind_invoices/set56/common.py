"""Set 56's own helpers beside the shared ones (../kit_common.py): month names (Greek genitive, Finnish partitive),
long dates, a tax summary per rate, VAT taken out of gross prices, a valid IBAN, groups of four characters, the Finnish
reference number and the Nigerian and Tanzanian amounts in words."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS
from kit_words import en_words_title

MONTHS = {
    **SHARED_MONTHS,
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "fi_part": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}


def long_date(x, lang):
    """el '12 Μαρτίου 2026', fi '12. maaliskuuta 2026', it '12 marzo 2026', ro '12 martie 2026', fr '12 mars 2026',
    en '12 March 2026'."""
    if lang == "fi":
        return f"{x.day}. {MONTHS['fi_part'][x.month - 1]} {x.year}"
    m = {"el": "el_gen", "it": "it", "ro": "ro", "fr": "fr", "en": "en"}[lang]
    return f"{x.day} {MONTHS[m][x.month - 1]} {x.year}"


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
    """A valid IBAN (ISO 13616 check digits) with an n-character BBAN: the prefix, then digits."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def fi_ref(base):
    """A Finnish bank reference (viitenumero): the base digits and a check digit, weights 7, 3, 1 from the right."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def fi_ref_fmt(r):
    """Groups of five from the right, as Finnish invoices print it."""
    r = r[::-1]
    return " ".join(r[k : k + 5] for k in range(0, len(r), 5))[::-1]


def naira_words(total):
    """'Naira One Thousand Two Hundred and Five and Fifty Kobo Only'."""
    n, k = divmod(int(q2(total) * 100), 100)
    return f"Naira {en_words_title(n)}" + (f" and {en_words_title(k)} Kobo" if k else "") + " Only"
