"""Set 44's own helpers beside the shared ones (../kit_common.py): month names in Czech (genitive), Icelandic,
Hungarian, Ukrainian (genitive) and Arabic (the Gregorian names used in Saudi Arabia), the long dates built from them, a
tax summary per rate (as sets 41 and 43) and the Hungarian bank account's check digits."""

# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "cs_gen": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}


def cs_date(x):
    """12. března 2026."""
    return f"{x.day}. {MONTHS['cs_gen'][x.month - 1]} {x.year}"


def is_date(x):
    """12. mars 2026."""
    return f"{x.day}. {MONTHS['is'][x.month - 1]} {x.year}"


def hu_date(x):
    """2026. március 12."""
    return f"{x.year}. {MONTHS['hu'][x.month - 1]} {x.day}."


def uk_date(x):
    """12 березня 2026 р."""
    return f"{x.day} {MONTHS['uk_gen'][x.month - 1]} {x.year} р."


def ro_date(x):
    """12 martie 2026."""
    return f"{x.day} {MONTHS['ro'][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


def hu_giro_block(s):
    """s (7 digits) + its check digit: weights 9, 7, 3, 1 repeated, the sum a multiple of 10 (Hungarian account)."""
    w = [9, 7, 3, 1, 9, 7, 3]
    t = sum(int(c) * w[k] for k, c in enumerate(s))
    return s + str((10 - t % 10) % 10)
