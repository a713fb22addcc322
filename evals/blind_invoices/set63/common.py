"""Set 63's own helpers beside the shared ones (../kit_common.py): Turkish and Latin-script Uzbek month names, a tax
summary per rate (net or gross prices), a valid IBAN for a country, groups of four, Russian amounts in words for the
tenge, a Kazakh BIN with its check digit, ids that python-stdnum accepts (Israeli company number, Turkish VKN, Mexican
RFC, Dominican RNC, Colombian NIT)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from stdnum.co import nit
from stdnum.do import rnc
from stdnum.il import hp
from stdnum.mx import rfc
from stdnum.tr import vkn

MONTHS_TR = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
MONTHS_UZ = "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split()


def rates_net(items):
    """[(rate, base, tax)] per rate for net prices, the tax rounded once per rate, highest rate first."""
    out = []
    for r in sorted({x["rate"] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        out.append((r, b, q2(b * D(str(r)) / 100)))
    return out


def rates_gross(items):
    """[(rate, net, tax, gross)] per rate for prices with the tax inside: the tax taken out once per rate."""
    out = []
    for r in sorted({x["rate"] for x in items}, key=lambda v: -D(str(v))):
        g = sum(x["amount"] for x in items if x["rate"] == r)
        t = q2(g * D(str(r)) / (100 + D(str(r))))
        out.append((r, g - t, t, g))
    return out


def an_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits), its BBAN the prefix and random digits, n characters in all."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def g4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


# ------------------------------------------------------------------ Russian words (tenge: no gender change needed)
_RU1 = "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
_RU1F = {1: "одна", 2: "две"}
_RU10 = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU100 = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()


def _ru999(n, fem=False):
    h, r = divmod(n, 100)
    out = [_RU100[h]] if h else []
    if r >= 20:
        t, r = divmod(r, 10)
        out.append(_RU10[t])
    if r:
        out.append(_RU1F[r] if fem and r in _RU1F else _RU1[r])
    return out


def _ru_form(n, one, few, many):
    if 11 <= n % 100 <= 14:
        return many
    return {1: one, 2: few, 3: few, 4: few}.get(n % 10, many)


def ru_words(n):
    """1234567 -> 'Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь'."""
    n = int(n)
    if n == 0:
        return "Ноль"
    parts = []
    for div, forms, fem in ((10**9, ("миллиард", "миллиарда", "миллиардов"), False), (10**6, ("миллион", "миллиона", "миллионов"), False), (1000, ("тысяча", "тысячи", "тысяч"), True)):
        k, n = divmod(n, div)
        if k:
            parts += _ru999(k, fem) + [_ru_form(k, *forms)]
    parts += _ru999(n) if n else []
    s = " ".join(parts)
    return s[0].upper() + s[1:]


# ------------------------------------------------------------------ ids
def _kz_check(s):
    for w in (list(range(1, 12)), [*range(3, 12), 1, 2]):
        c = sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
        if c != 10:
            return str(c)
    return None


def kz_bin(rng, year, month):
    """A Kazakh BIN: yymm of registration, 4 (resident legal entity), a branch digit, five serial digits, the check
    digit (weights 1..11, then 3..11, 1, 2 when the first sum leaves 10)."""
    for _ in range(500):
        s = f"{year % 100:02d}{month:02d}4{rng.choice('01')}" + digits(rng, 5)
        c = _kz_check(s)
        if c is not None:
            return s + c
    raise RuntimeError("no BIN")


def il_hp(rng):
    """An Israeli company number (ח.פ.): 51 and seven digits, the last one a check digit."""
    return valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)


def tr_vkn(rng):
    return valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)


def do_rnc(rng):
    """A Dominican RNC of a company (9 digits starting 1 or 4)."""
    return valid(rng, lambda: rng.choice("14") + digits(rng, 8), rnc.is_valid)


def co_nit(rng):
    """A Colombian NIT of a company: 9 digits from 800/900 and the check digit (python-stdnum's)."""
    def make():
        base = rng.choice(["800", "900", "901"]) + digits(rng, 6)
        return base + nit.calc_check_digit(base)

    return valid(rng, make, nit.is_valid)


def co_nit_fmt(s):
    return f"{s[0:3]}.{s[3:6]}.{s[6:9]}-{s[9]}"


_RFC_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"


def mx_rfc(rng, letters, when):
    """A company RFC: three letters, yymmdd of incorporation, two homoclave characters and the check character,
    searched until python-stdnum accepts the check."""
    stem = letters + when.strftime("%y%m%d")
    return valid(rng, lambda: stem + rng.choice(_RFC_ALPHA) + rng.choice("123456789ABC") + rng.choice("0123456789A"), lambda s: _rfc_ok(s))


def _rfc_ok(s):
    try:
        rfc.validate(s, validate_check_digits=True)
        return True
    except Exception:  # noqa: BLE001
        return False
