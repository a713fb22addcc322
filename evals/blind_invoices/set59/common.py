"""Set 59's own helpers beside the shared ones (../kit_common.py): a tax summary per rate, the tax taken out of gross
prices, a valid IBAN, groups of four, a Kazakh BIN with its check digit, a Mexican RFC with its, a Philippine TIN."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from stdnum.exceptions import ValidationError
from stdnum.mx import rfc


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def by_rate_gross(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax, gross)] per rate when the prices include the tax: the tax taken out once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        g = sum(x[amount] for x in items if x[key] == r)
        t = q(g * D(str(r)) / (100 + D(str(r))))
        out.append((r, g - t, t, g))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def _kz_check(s):
    """The twelfth digit of a Kazakh BIN / IIN: weights 1..11, then 3..11, 1, 2 when the first sum leaves 10."""
    for w in (list(range(1, 12)), [*range(3, 12), 1, 2]):
        c = sum(int(a) * b for a, b in zip(s, w, strict=True)) % 11
        if c != 10:
            return str(c)
    return None


def kz_bin(rng, d):
    """A BIN (12 digits): year and month of registration, 4 (a resident legal entity), 0, a serial, the check digit."""
    for _ in range(200):
        s = f"{d.year % 100:02d}{d.month:02d}40" + digits(rng, 5)
        c = _kz_check(s)
        if c is not None:
            return s + c
    raise RuntimeError("no BIN")


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def mx_rfc(rng, letters, d):
    """A company RFC (3 letters, yymmdd, 2 homoclave characters, the check digit that stdnum's validate accepts)."""

    def make():
        s = letters + d.strftime("%y%m%d") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + rng.choice("123456789ABC")
        s12 = " " + s
        check = sum(_RFC_CHARS.index(ch) * (13 - k) for k, ch in enumerate(s12)) % 11
        return s + "0123456789A"[(11 - check) % 11]

    return valid(rng, make, lambda s: _rfc_ok(s))


def _rfc_ok(s):
    try:
        rfc.validate(s, validate_check_digits=True)
        return True
    except ValidationError:
        return False


def ph_tin(rng):
    """A Philippine TIN as printed on invoices: nine digits and a five-digit branch code (head office 00000)."""
    return f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}-00000"
