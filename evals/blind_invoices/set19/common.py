"""Set 19's own helpers, copied from set 18's common.py: month names, an item maker, the Ethiopian calendar (unused
here) and RIB keys. The plumbing sets 3 to 19 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the
fake QR codes and bar codes and the fpdf2 and HTML drawing helpers are ../kit_common.py, amounts in words
../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

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
    "rib_key",
    "items_from",
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


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the UEMOA one): 97 minus the number banque + guichet + compte, times
    100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


def items_from(rng, catalog, n, step=None):
    """catalog rows: (desc, unit, lo, hi, qlo, qhi[, extra]); integer quantities, prices exact to the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, lo, hi, qlo, qhi = row[:6]
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi, step or (D("1") if lo >= 500 else D("0.01")))
        extra = row[6] if len(row) > 6 else None
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": extra})
    return out
