"""Set 70's own helpers beside the shared ones (../kit_common.py): month names (Greek, Bulgarian, Turkish, Arabic as
Egypt and Lebanon print them), long dates, a tax summary per rate, a valid IBAN, groups of four and Albanian amounts in
words."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ar_eg": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "ar_lb": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
}


def long_date(x, lang):
    """it '12 marzo 2026', es '12 de marzo de 2026', pt '12 de março de 2026', el '12 Μαρτίου 2026', bg '12 март 2026 г.',
    sq '12 mars 2026', fr '12 mars 2026', en '12 March 2026'."""
    m = MONTHS[{"el": "el_gen"}.get(lang, lang)][x.month - 1]
    return {
        "es": f"{x.day} de {m} de {x.year}",
        "pt": f"{x.day} de {m} de {x.year}",
        "bg": f"{x.day} {m} {x.year} г.",
    }.get(lang, f"{x.day} {m} {x.year}")


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, highest first, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN after the prefix."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


# ------------------------------------------------------------------ Albanian words (whole numbers)
_SQ1 = "zero një dy tre katër pesë gjashtë shtatë tetë nëntë dhjetë".split()
_SQ10 = ["", "dhjetë", "njëzet", "tridhjetë", "dyzet", "pesëdhjetë", "gjashtëdhjetë", "shtatëdhjetë", "tetëdhjetë", "nëntëdhjetë"]


def _sq99(n):
    if n <= 10:
        return _SQ1[n]
    if n < 20:
        return _SQ1[n - 10] + "mbëdhjetë"
    t, u = divmod(n, 10)
    return _SQ10[t] + (" e " + _SQ1[u] if u else "")


def _sq999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(_SQ1[h] + "qind")
    if r:
        parts.append(_sq99(r))
    return " e ".join(parts)


def sq_words(n):
    """Albanian words: 148147 -> 'njëqind e dyzet e tetë mijë e njëqind e dyzet e shtatë'."""
    n = int(n)
    if n == 0:
        return "zero"
    parts = []
    m, rest = divmod(n, 10**6)
    k, u = divmod(rest, 1000)
    if m:
        parts.append(("një milion" if m == 1 else _sq999(m) + " milionë"))
    if k:
        parts.append(("një mijë" if k == 1 else _sq999(k) + " mijë"))
    if u:
        parts.append(_sq999(u))
    return " e ".join(parts)
