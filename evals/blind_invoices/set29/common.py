"""Set 29's own helpers beside the shared ones: month names in Irish, Romansh, Frisian and Somali and their long dates,
and Italian amounts in words. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py;
month tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in words in other
languages ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 29's own
    **SHARED_MONTHS,
    "ga": "Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig".split("|"),
    "rm": "schaner favrer mars avrigl matg zercladur fanadur avust settember october november december".split(),
    "fy": "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber".split(),
    "so": "Jannaayo Febraayo Maarso Abriil Maajo Juun Luulyo Agoosto Sebtembar Oktoobar Nofembar Desembar".split(),
}


def ga_date(x):
    """12 Márta 2026 (Irish)."""
    return f"{x.day} {MONTHS['ga'][x.month - 1]} {x.year}"


def rm_date(x):
    """12 da mars 2026 (Romansh, Rumantsch Grischun)."""
    return f"{x.day} da {MONTHS['rm'][x.month - 1]} {x.year}"


def fy_date(x):
    """12 maart 2026 (West Frisian)."""
    return f"{x.day} {MONTHS['fy'][x.month - 1]} {x.year}"


def so_date(x):
    """12 Maarso 2026 (Somali)."""
    return f"{x.day} {MONTHS['so'][x.month - 1]} {x.year}"


_IT1 = "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()
_IT10 = "_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()


def _it99(n):
    if n < 20:
        return _IT1[n]
    t, u = divmod(n, 10)
    w = _IT10[t]
    if u in (1, 8):
        w = w[:-1]  # ventuno, ventotto
    return w + (_IT1[u] if u else "")


def _it999(n):
    h, r = divmod(n, 100)
    s = "" if not h else ("cento" if h == 1 else _IT1[h] + "cento")
    if r:
        rr = _it99(r)
        if h and r // 10 == 8:
            s = s[:-1]  # centottanta
        s += rr
    return s


def it_words(n):
    """Italian words for a whole number, written as one word ('milleduecentotrentaquattro'), 'tré' at the end of a
    compound ('centotré')."""
    n = int(n)
    if n == 0:
        return "zero"
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    s = ""
    if m:
        s += "unmilione" if m == 1 else _it999(m) + "milioni"
    if th:
        s += "mille" if th == 1 else _it999(th) + "mila"
    if u:
        s += _it999(u)
    if s.endswith("tre") and s != "tre":
        s = s[:-3] + "tré"
    return s
