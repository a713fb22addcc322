"""Set 25's own helpers beside the shared ones: long dates in Maltese, Swahili and German, the Iranian (Solar Hijri)
calendar, a TicketBAI identifier. The plumbing sets 3 to 25 share (numbers, truth, rendering, self-check) is
../invoice_kit.py; month tables, item makers and drawing helpers are ../kit_common.py. The truth record, the notes'
sentences, the fpdf2 label/value block and ids made valid with python-stdnum are ../kit_common.py's too.
"""

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 25's own
    **SHARED_MONTHS,
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "eu": "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren "
    "urriaren azaroaren abenduaren".split(),
    "fa_jalali": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(),
}


def de_date(x):
    """12. März 2026."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def mt_date(x):
    """12 ta' Marzu 2026."""
    return f"{x.day} ta' {MONTHS['mt'][x.month - 1]} {x.year}"


def sw_date(x):
    """Tarehe 12 Machi 2026 (without the word Tarehe)."""
    return f"{x.day} {MONTHS['sw'][x.month - 1]} {x.year}"


def eu_date(x):
    """2026ko martxoaren 12a (Basque)."""
    return f"{x.year}ko {MONTHS['eu'][x.month - 1]} {x.day}a"


def jalali(x):
    """The Solar Hijri (Iranian) date (year, month, day) of a Gregorian date: the usual arithmetic conversion."""
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


def crc8(s):
    """CRC-8 (polynomial 0x07) of a string's bytes, as TicketBAI's identifier ends with (three decimal digits)."""
    c = 0
    for b in s.encode():
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ 0x07) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return f"{c:03d}"


def tbai_id(rng, nif, d):
    """TBAI-<NIF>-<ddmmyy>-<13 characters>-<CRC-8>: the shape of a TicketBAI identifier (the 13 characters random)."""
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    body = f"TBAI-{nif}-{d.strftime('%d%m%y')}-{''.join(rng.choice(alnum) for _ in range(13))}-"
    return body + crc8(body)
