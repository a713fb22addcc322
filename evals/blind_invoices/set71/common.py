"""Set 71's own helpers beside the shared ones (../kit_common.py): Afrikaans month names, long dates in Spanish,
Portuguese and Afrikaans, ids whose check digits python-stdnum accepts (a Mexican company RFC, a Guatemalan NIT, a
Paraguayan RUC, a Mozambican NUIT, a Brazilian CNPJ, an ISO 6346 container number), amounts in words for Mexican,
Guatemalan and Paraguayan money, a CEMAC RIB and the tax taken out of tax-inclusive totals."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from kit_common import rib_key
from kit_words import es_words
from stdnum import iso6346
from stdnum.br import cnpj
from stdnum.gt import nit
from stdnum.mx import rfc
from stdnum.mz import nuit
from stdnum.py import ruc

MONTHS = {
    **SHARED_MONTHS,
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
}
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def long_date(x, lang):
    """es '12 de marzo de 2026', pt '12 de março de 2026', af '12 Maart 2026', en '12 March 2026', fr '12 mars 2026'."""
    name = MONTHS[lang][x.month - 1]
    if lang in ("es", "pt"):
        return f"{x.day} de {name} de {x.year}"
    return f"{x.day} {name} {x.year}"


def mx_rfc(rng, letters):
    """A company RFC (three letters, yymmdd, two characters and the check digit python-stdnum computes)."""
    def make():
        body = letters + f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + rng.choice(UP) + rng.choice("123456789ABC")
        return body + rfc.calc_check_digit(body)

    return valid(rng, make, _rfc_ok)


def _rfc_ok(s):
    try:
        rfc.validate(s, validate_check_digits=True)
        return True
    except ValueError:
        return False


def gt_nit(rng):
    """A Guatemalan NIT 'NNNNNNN-K' with its mod-11 check character."""
    body = digits(rng, rng.choice([7, 8]), True)
    return body + "-" + nit.calc_check_digit(body)


def py_ruc(rng, company=True):
    """A Paraguayan RUC 'NNNNNNNN-D' (companies 800…)."""
    body = ("800" + digits(rng, 5)) if company else digits(rng, 7, True)
    return body + "-" + ruc.calc_check_digit(body)


def mz_nuit(rng, first="4"):
    body = first + digits(rng, 7)
    return body + nuit.calc_check_digit(body)


def br_cnpj(rng):
    body = digits(rng, 8, True) + "0001"
    full = body + cnpj.calc_check_digits(body)
    return f"{full[:2]}.{full[2:5]}.{full[5:8]}/{full[8:12]}-{full[12:]}"


def container(rng, owner):
    body = owner + "U" + digits(rng, 6)
    return body + iso6346.calc_check_digit(body)


def cemac_rib(rng):
    bank, branch, acct = rng.choice(["10005", "10029", "10033", "10039"]), digits(rng, 5), digits(rng, 11)
    return f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}"


def es_money_words(x, money, cents_style="fraction"):
    """'mil doscientos treinta y cuatro quetzales con 56/100' (Guatemala), upper-case for Mexico's '… PESOS 56/100 M.N.'."""
    whole = int(abs(x))
    cents = int(q2(abs(x) - whole) * 100)
    w = es_words(whole)
    if cents_style == "mx":
        return f"({w.upper()} {money} {cents:02d}/100 M.N.)"
    return f"{w} {money} con {cents:02d}/100"


def incl_tax(gross, rate):
    """The tax inside a tax-inclusive amount, to the cent."""
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
