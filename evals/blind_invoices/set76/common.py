"""Set 76's own helpers beside the shared ones (../kit_common.py): Dutch long dates, ids whose check digits
python-stdnum accepts (an Ecuadorian company RUC, a Peruvian RUC, a Chilean RUT, a French SIRET, a Brazilian CNPJ, a
Mexican RFC), Ecuador's 49-digit access key with its mod-11 digit, the tax inside tax-inclusive amounts and amounts in
words for soles and córdobas."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2, valid
from kit_common import MONTHS
from kit_words import es_words
from stdnum.br import cnpj
from stdnum.cl import rut
from stdnum.ec import ruc as ec_ruc_mod
from stdnum.fr import siret
from stdnum.mx import rfc
from stdnum.pe import ruc as pe_ruc_mod

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def long_date(x, lang):
    """es/pt '12 de marzo de 2026', fr '12 mars 2026', nl '12 maart 2026', en 'March 12, 2026'."""
    name = MONTHS[lang][x.month - 1]
    if lang in ("es", "pt"):
        return f"{x.day} de {name} de {x.year}"
    if lang == "en":
        return f"{name} {x.day}, {x.year}"
    return f"{x.day} {name} {x.year}"


def ec_ruc(rng):
    """An Ecuadorian private company's RUC (third digit 9, '001' establishment)."""
    return valid(rng, lambda: f"{rng.randint(1, 24):02d}9" + digits(rng, 7) + "001", ec_ruc_mod.is_valid)


def ec_access_key(d, ruc, serie, seq, rng):
    """SRI clave de acceso: ddmmyyyy, doc type 01, RUC, environment 2, series, sequence, code, emission 1, mod-11 digit."""
    body = d.strftime("%d%m%Y") + "01" + ruc + "2" + serie + seq + digits(rng, 8) + "1"
    w, tot = [2, 3, 4, 5, 6, 7], 0
    for k, c in enumerate(reversed(body)):
        tot += int(c) * w[k % 6]
    chk = 11 - tot % 11
    chk = {11: 0, 10: 1}.get(chk, chk)
    return body + str(chk)


def pe_ruc(rng, first="20"):
    return valid(rng, lambda: first + digits(rng, 9), pe_ruc_mod.is_valid)


def cl_rut(rng, lo=76, hi=78):
    body = str(rng.randint(lo, hi)) + digits(rng, 6)
    c = rut.calc_check_digit(body)
    return f"{body[:-6]}.{body[-6:-3]}.{body[-3:]}-{c}"


def cl_rut_person(rng):
    return cl_rut(rng, 6, 19)


def fr_siret(rng):
    return valid(rng, lambda: digits(rng, 14, True), siret.is_valid)


def br_cnpj(rng):
    body = digits(rng, 8, True) + "0001"
    full = body + cnpj.calc_check_digits(body)
    return f"{full[:2]}.{full[2:5]}.{full[5:8]}/{full[8:12]}-{full[12:]}"


def mx_rfc(rng, letters):
    def make():
        body = letters + f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + rng.choice(UP) + rng.choice("123456789")
        return body + rfc.calc_check_digit(body)

    return valid(rng, make, rfc.is_valid)


def incl_tax(gross, rate):
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))


def money_words(x, money, upper=True):
    """'SON: CIENTO VEINTE Y 50/100 SOLES' style: the whole part in Spanish words and the cents as a fraction."""
    whole = int(abs(x))
    cents = int(q2(abs(x) - whole) * 100)
    s = f"{es_words(whole)} con {cents:02d}/100 {money}"
    return s.upper() if upper else s
