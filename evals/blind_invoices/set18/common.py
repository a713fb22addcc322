"""Set 18's own helpers: month names for its languages and the Ethiopian calendar.

The plumbing sets 3 to 18 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker, the RIB
keys, the fake QR codes and bar codes and the fpdf2 paragraph and cell helpers are ../kit_common.py, amounts in words
../kit_words.py. This file is copied from set 17's common.py with set 18's month names (Danish) and the Ethiopian
calendar.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages, set 14's, set 15's, set 16's, set 17's and set 18's
    **_KIT_MONTHS,
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "ca_de": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre".split("|"),
    "ru_nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt_short": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "da_short": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split(),
}

__all__ = [
    "MONTHS",
    "ethiopian",
]


def ethiopian(g):
    """The Ethiopian calendar date (year, month, day) of a Gregorian date: the year starts on 11 September (12 September
    before a Gregorian leap year), twelve months of 30 days and Pagume of 5 or 6."""
    import datetime as _dt

    def new_year(y):
        leap_next = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
        return _dt.date(y, 9, 12 if leap_next else 11)

    ny = new_year(g.year)
    if g >= ny:
        ey, off = g.year - 7, (g - ny).days
    else:
        ey, off = g.year - 8, (g - new_year(g.year - 1)).days
    return ey, off // 30 + 1, off % 30 + 1
