"""Set 60's own helpers beside the shared ones (../kit_common.py): month names (Turkish, Polish and Ukrainian genitive,
Levantine Arabic), long dates, a tax summary per rate, a valid IBAN, a Tunisian RIB and amounts in Ukrainian words."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "ar_lev": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
}


def long_date(x, lang):
    """tr '12 Mart 2026', it '12 marzo 2026', pl '12 marca 2026 r.', uk '12 березня 2026 р.', ar '12 آذار 2026',
    fr '12 mars 2026', en '12 March 2026'."""
    m = {"tr": "tr", "it": "it", "pl": "pl_gen", "uk": "uk_gen", "ar": "ar_lev", "fr": "fr", "en": "en"}[lang]
    name = MONTHS[m][x.month - 1]
    tail = {"pl": " r.", "uk": " р."}.get(lang, "")
    return f"{x.day} {name} {x.year}{tail}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, highest rate first, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def tn_rib(rng, bank="08"):
    """A Tunisian RIB of 20 digits: bank (2), branch (3), account (13), key (2) = 97 - (number x 100 mod 97)."""
    branch, acct = digits(rng, 3), digits(rng, 13)
    n = int(bank + branch + acct)
    return f"{bank} {branch} {acct} {97 - n * 100 % 97:02d}"


# ------------------------------------------------------------------ Ukrainian words (hryvnias are feminine)
_UK1M = ["", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"]
_UK1F = ["", "одна", "дві", *_UK1M[3:]]
_UK11 = "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять".split()
_UK10 = ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"]
_UK100 = ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"]


def uk_plural(n, forms):
    """forms: (1, 2-4, 5+) as 'гривня', 'гривні', 'гривень'."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _uk999(n, fem):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    parts = [_UK100[h]]
    if t == 1:
        parts.append(_UK11[u])
    else:
        parts += [_UK10[t], (_UK1F if fem else _UK1M)[u]]
    return " ".join(p for p in parts if p)


def uk_words(n, fem=True):
    """'одна тисяча двісті тридцять чотири' (feminine units for hryvnias)."""
    n = int(n)
    if n == 0:
        return "нуль"
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    parts = []
    if m:
        parts += [_uk999(m, False), uk_plural(m, ("мільйон", "мільйони", "мільйонів"))]
    if th:
        parts += [_uk999(th, True), uk_plural(th, ("тисяча", "тисячі", "тисяч"))]
    if u:
        parts.append(_uk999(u, fem))
    return " ".join(parts)


def uah_words(x):
    """'Одна тисяча двісті тридцять чотири гривні 56 копійок'."""
    x = q2(x)
    g, k = int(x), int((x - int(x)) * 100)
    w = uk_words(g)
    return f"{w[0].upper()}{w[1:]} {uk_plural(g, ('гривня', 'гривні', 'гривень'))} {k:02d} {uk_plural(k, ('копійка', 'копійки', 'копійок'))}"
