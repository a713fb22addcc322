"""Set 41's own helpers beside the shared ones (../kit_common.py): month names in Azerbaijani, Indonesian and Kazakh,
Indian lakh grouping, and a tax summary per rate (as sets 34 to 37 have it in their own common.py)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(),
}


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def lakh(x, nd=2):
    """12,34,567.89: Indian grouping."""
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
