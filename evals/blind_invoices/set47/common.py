"""Set 47's own helpers beside the shared ones (../kit_common.py): Indonesian month names, long dates in Spanish,
Portuguese, Dutch, Malay and Indonesian, lakh grouping, a tax summary per rate and the Kazakh BIN check digit."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def nl_date(x):
    """12 maart 2026."""
    return f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}"


def ms_date(x):
    """12 Mac 2026."""
    return f"{x.day} {MONTHS['ms'][x.month - 1]} {x.year}"


def id_date(x):
    """12 Maret 2026."""
    return f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}"


def ru_date(x):
    """12 марта 2026 г."""
    return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."


def lakh(x, nd=2):
    """12,34,567.89: lakh grouping (India)."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join(parts) + "," + tail
    return ("-" if neg else "") + whole + ("." + frac if nd else "")


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


def kz_bin_ok(s):
    """Kazakhstan's BIN/IIN: 12 digits, the last a modulo-11 check over the first 11 (weights 1..11, then 3..11, 1, 2)."""
    if len(s) != 12 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    c = sum(a * w for a, w in zip(d[:11], range(1, 12), strict=True)) % 11
    if c == 10:
        c = sum(a * w for a, w in zip(d[:11], [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
    return c != 10 and c == d[11]
