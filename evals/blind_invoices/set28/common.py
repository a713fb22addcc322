"""Set 28's own helpers beside the shared ones: month names in Welsh, Greek (genitive), Galician and Lao, their long
dates, and Russian amounts in words. The plumbing the sets share (numbers, truth, rendering, self-check) is
../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in
words in other languages ../kit_words.py.
"""

# The month tables and number words are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 28's own
    **SHARED_MONTHS,
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro".split(),
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split(),
}


def cy_date(x):
    """12 Mawrth 2026 (Welsh)."""
    return f"{x.day} {MONTHS['cy'][x.month - 1]} {x.year}"


def el_date(x):
    """12 Μαρτίου 2026 (Greek, the month in the genitive)."""
    return f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}"


def gl_date(x):
    """12 de marzo de 2026 (Galician)."""
    return f"{x.day} de {MONTHS['gl'][x.month - 1]} de {x.year}"


def lo_date(x):
    """12 ມີນາ 2026 (Lao month name, Gregorian year)."""
    return f"{x.day} {MONTHS['lo'][x.month - 1]} {x.year}"


_RU1 = "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
_RU1F = {1: "одна", 2: "две"}
_RU10 = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU100 = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()


def _ru999(n, fem=False):
    h, r = divmod(n, 100)
    w = [_RU100[h]] if h else []
    if r:
        if r < 20:
            w.append(_RU1F.get(r, _RU1[r]) if fem else _RU1[r])
        else:
            t, u = divmod(r, 10)
            w.append(_RU10[t])
            if u:
                w.append(_RU1F.get(u, _RU1[u]) if fem else _RU1[u])
    return " ".join(w)


def _ru_plural(n, one, few, many):
    n %= 100
    if 11 <= n <= 19:
        return many
    return {1: one, 2: few, 3: few, 4: few}.get(n % 10, many)


def ru_words(n):
    """Russian words for a whole number of roubles, capitalised ('Двенадцать тысяч триста сорок пять')."""
    n = int(n)
    if n == 0:
        return "Ноль"
    parts = []
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    if m:
        parts.append(_ru999(m) + " " + _ru_plural(m, "миллион", "миллиона", "миллионов"))
    if th:
        parts.append(_ru999(th, fem=True) + " " + _ru_plural(th, "тысяча", "тысячи", "тысяч"))
    if u:
        parts.append(_ru999(u))
    s = " ".join(parts)
    return s[0].upper() + s[1:]


def rub_words(x):
    """'Двенадцать тысяч триста сорок пять рублей 60 копеек'."""
    r, k = divmod(int(round(x * 100)), 100)
    return f"{ru_words(r)} {_ru_plural(r, 'рубль', 'рубля', 'рублей')} {k:02d} {_ru_plural(k, 'копейка', 'копейки', 'копеек')}"
