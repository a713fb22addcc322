"""Set 45's own helpers beside the shared ones (../kit_common.py): month names in Mongolian (ordinal months) and
Tajik, Spanish and Arabic long dates, lakh grouping (Pakistan) and a tax summary per rate."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "tg": "январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def mn_date(x):
    """2026 оны 3 дугаар сарын 12: the Mongolian long date, months by number."""
    return f"{x.year} оны {x.month} {'дүгээр' if x.month in (1, 4, 9, 11) else 'дугаар'} сарын {x.day}"


def tg_date(x):
    """«12» марти соли 2026: the Tajik long date."""
    return f"«{x.day}» {MONTHS['tg'][x.month - 1]} соли {x.year}"


def lakh(x, nd=2):
    """12,34,567.89: lakh grouping (Pakistan, India, Bangladesh)."""
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
