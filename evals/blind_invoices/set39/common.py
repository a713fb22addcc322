"""Set 39's own helpers beside the shared ones: Lao and Kyrgyz month names, their long dates and a tabular Hijri
date. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item
makers, drawing helpers and the truth record are ../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 39's own
    **SHARED_MONTHS,
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split(),
    "ky_gen": "январы февралы марты апрели майы июну июлу августу сентябры октябры ноябры декабры".split(),
}


def lo_date(x):
    """12 ມີນາ 2026 (Lao)."""
    return f"{x.day} {MONTHS['lo'][x.month - 1]} {x.year}"


def ky_date(x):
    """2026-жылдын 12-марты (Kyrgyz)."""
    return f"{x.year}-жылдын {x.day}-{MONTHS['ky_gen'][x.month - 1]}"


def hijri(x):
    """The tabular (arithmetical) Islamic date of a Gregorian date: (year, month, day). Only a decoy beside the
    Gregorian date; it may differ by a day from Umm al-Qura."""
    jd = x.toordinal() + 1721425  # julian day number
    k = jd - 1948440 + 10632
    n = (k - 1) // 10631
    k = k - 10631 * n + 354
    j = ((10985 - k) // 5316) * ((50 * k) // 17719) + (k // 5670) * ((43 * k) // 15238)
    k = k - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * k) // 709
    d = k - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, d
