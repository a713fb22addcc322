"""Set 51's own helpers beside the shared ones (../kit_common.py): Spanish and Turkish long dates, Spanish amounts in
words as Mexican, Guatemalan and Bolivian invoices print them ('… PESOS 50/100 M.N.'), a valid RFC, NIT (Colombia,
Guatemala), ABN, IRD, EIN and Turkish VKN, a valid IBAN for a country and a tax summary per rate."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from kit_words import es_words

MONTHS = {
    **SHARED_MONTHS,
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def long_date(x, lang):
    """es '12 de marzo de 2026', tr '12 Mart 2026', en '12 March 2026', us 'March 12, 2026'."""
    if lang == "es":
        return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"
    if lang == "tr":
        return f"{x.day} {MONTHS['tr'][x.month - 1]} {x.year}"
    if lang == "us":
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"
    return f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"


def es_amount_words(x, unit, tail=""):
    """'MIL DOSCIENTOS TREINTA Y CUATRO PESOS 56/100 M.N.' (upper case, cents as a fraction)."""
    x = q2(x)
    whole = int(x)
    cents = int((x - whole) * 100)
    return f"{es_words_un(whole).upper()} {unit} {cents:02d}/100{(' ' + tail) if tail else ''}"


def es_words_un(n):
    """es_words with 'uno' cut to 'un' before the currency's name ('veintiún pesos', 'cuarenta y un quetzales')."""
    w = es_words(n)
    if w.endswith("veintiuno"):
        return w[:-9] + "veintiún"
    return w[:-1] if w.endswith("uno") else w


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def by_rate(items, key="rate", amount="amount"):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, reverse=True):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q2(b * D(r) / 100)))
    return out


# ------------------------------------------------------------------ ids with check digits
def mx_rfc(rng, letters, years=(0, 19)):
    """An RFC: three letters (a company) or four (a person), the incorporation or birth date yymmdd (the year from
    years), two homoclave characters, the check digit."""
    from stdnum.mx import rfc

    def make():
        s = letters + f"{rng.randint(*years):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        s += rng.choice("ABCDEFGHJKLMNPQRSTUV123456789") + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
        return s + rfc.calc_check_digit(s)

    return valid(rng, make, lambda s: rfc.is_valid(s, validate_check_digits=True))


def gt_nit(rng):
    from stdnum.gt import nit

    s = digits(rng, rng.choice([7, 8]), True)
    return s + nit.calc_check_digit(s)


def co_nit(rng):
    """A company NIT (9 digits from 800/900) and its check digit, printed '900.123.456-7'."""
    from stdnum.co import nit

    s = rng.choice(["800", "830", "860", "900", "901"]) + digits(rng, 6)
    c = nit.calc_check_digit(s)
    return f"{s[:3]}.{s[3:6]}.{s[6:]}-{c}"


def au_abn(rng):
    from stdnum.au import abn

    s = digits(rng, 9, True)
    return abn.format(abn.calc_check_digits(s) + s)


def nz_ird(rng):
    from stdnum.nz import ird

    return valid(rng, lambda: (lambda s: s + ird.calc_check_digit(s))(rng.choice(["1", "9", "11", "12"]) + digits(rng, 7)), ird.is_valid)


def nz_ird_fmt(s):
    s = s.rjust(9, "0")
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def us_ein(rng):
    from stdnum.us import ein

    return valid(rng, lambda: "86-" + digits(rng, 7), ein.is_valid)


def tr_vkn(rng):
    from stdnum.tr import vkn

    s = digits(rng, 9, True)
    return s + vkn.calc_check_digit(s)
