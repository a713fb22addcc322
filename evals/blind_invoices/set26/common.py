"""Set 26's own helpers beside the shared ones: the Solar Hijri calendar with the Afghan (Dari) month names, Serbian
Cyrillic months. The plumbing sets 3 to 26 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month
tables, item makers and drawing helpers are ../kit_common.py. The truth record, the notes' sentences, the fpdf2
label/value block and ids made valid with python-stdnum are ../kit_common.py's too.
"""

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 26's own
    **SHARED_MONTHS,
    "af_jalali": "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(),
    "sr_cyr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def jalali(x):
    """The Solar Hijri date (year, month, day) of a Gregorian date: the usual arithmetic conversion (as set 25)."""
    gy, gm, gd = x.year, x.month, x.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def af_date(x):
    """The Afghan Solar Hijri date in words: '14 حمل 1405' (day, Dari month name, year)."""
    y, m, d = jalali(x)
    return f"{d} {MONTHS['af_jalali'][m - 1]} {y}"


def sr_date(x):
    """12. март 2026. (Serbian Cyrillic long date)."""
    return f"{x.day}. {MONTHS['sr_cyr'][x.month - 1]} {x.year}."


def tr_date(x):
    """12 Mart 2026."""
    return f"{x.day} {MONTHS['tr'][x.month - 1]} {x.year}"
