"""Set 73's own helpers beside the shared ones (../kit_common.py): Indonesian, Vietnamese and Mongolian dates, Indian
digit grouping (lakh and crore), Vietnamese amounts in words, and ids whose check digits python-stdnum accepts (a
Vietnamese MST, an Indian GSTIN, an Indonesian NPWP, an Australian ABN, a New Zealand IRD number)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum import luhn
from stdnum.au import abn
from stdnum.id import npwp
from stdnum.in_ import gstin
from stdnum.nz import ird
from stdnum.vn import mst

MONTHS = {
    **SHARED_MONTHS,
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def id_date(x):
    """12 Maret 2026."""
    return f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}"


def vi_date(x):
    """Ngày 12 tháng 03 năm 2026 (as Vietnamese e-invoices print it)."""
    return f"Ngày {x.day:02d} tháng {x.month:02d} năm {x.year}"


def mn_date(x):
    """2026.03.12 (year first, dots)."""
    return x.strftime("%Y.%m.%d")


def inr(x, nd=2):
    """1,23,45,678.90: Indian grouping (the last three digits, then pairs)."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    out = ",".join([*groups, tail]) + ("." + frac if nd else "")
    return ("-" if neg else "") + out


# ------------------------------------------------------------------ Vietnamese words
_VI = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vi999(n, full):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    parts = []
    if full or h:
        parts += [_VI[h], "trăm"]
    if t == 0:
        if u:
            parts += (["linh"] if (full or h) else []) + [_VI[u]]
    elif t == 1:
        parts.append("mười")
        if u:
            parts.append("lăm" if u == 5 else _VI[u])
    else:
        parts += [_VI[t], "mươi"]
        if u:
            parts.append("mốt" if u == 1 else "lăm" if u == 5 else _VI[u])
    return " ".join(parts)


def vi_words(n):
    """'Một triệu hai trăm linh năm nghìn đồng': whole đồng in words, capitalised, with the currency word."""
    n = int(n)
    if n == 0:
        return "Không đồng"
    groups = []
    for div, name in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn"), (1, "")):
        k, n = divmod(n, div)
        groups.append((k, name))
    parts, started = [], False
    for k, name in groups:
        if k:
            parts.append(_vi999(k, started) + (" " + name if name else ""))
            started = True
    s = " ".join(parts) + " đồng"
    return s[0].upper() + s[1:]


# ------------------------------------------------------------------ ids with check digits
def vn_mst(rng):
    """A Vietnamese tax code (10 digits, the tenth python-stdnum's check digit)."""
    return valid(rng, lambda: (lambda b: b + mst.calc_check_digit(b))(digits(rng, 9, True)), mst.is_valid)


def in_gstin(rng, state="24", entity="1"):
    """An Indian GSTIN: state code, a company PAN (fourth letter C), the entity number, Z and the mod-36 check character."""
    def make():
        pan = "".join(rng.choice(UP) for _ in range(3)) + "C" + rng.choice(UP) + digits(rng, 4, True) + rng.choice(UP)
        body = state + pan + entity + "Z"
        return body + luhn.calc_check_digit(body, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    return valid(rng, make, gstin.is_valid)


def id_npwp(rng):
    """An Indonesian NPWP of 15 digits (Luhn over the first nine), printed 01.234.567.8-901.000."""
    def make():
        b = rng.choice(["01", "02", "03", "07", "08", "09"]) + digits(rng, 6)
        return b + luhn.calc_check_digit(b) + digits(rng, 3) + "000"

    return npwp.format(valid(rng, make, npwp.is_valid))


def au_abn(rng):
    """An ABN '12 345 678 901' (two check digits before nine)."""
    return abn.format(valid(rng, lambda: (lambda b: abn.calc_check_digits(b) + b)(digits(rng, 9, True)), abn.is_valid))


def nz_ird(rng):
    """A New Zealand IRD / GST number '123-456-789' (eight digits and python-stdnum's check digit)."""
    def make():
        b = str(rng.randint(10000000, 14999999))
        return b + ird.calc_check_digit(b)

    return ird.format(valid(rng, make, ird.is_valid))


def incl_tax(gross, rate):
    """The tax inside a tax-inclusive amount, to the cent."""
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
