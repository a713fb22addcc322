"""Set 61's own helpers beside the shared ones (../kit_common.py): Indonesian month names and long dates in Spanish,
Indonesian, Malay, Russian and French, Indonesian amounts in words (terbilang), a tax summary per rate and tax ids made
valid with python-stdnum (Colombian NIT, Russian INN, New Zealand IRD, Australian ABN, Chilean RUT, Peruvian RUC,
Indonesian NPWP, Canadian BN)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.id import npwp
from stdnum.nz import ird
from stdnum.pe import ruc
from stdnum.ru import inn

MONTHS = {
    **SHARED_MONTHS,
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "es_cap": "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre".split(),
}


def long_date(x, lang):
    """es '12 de marzo de 2026', id '12 Maret 2026', ms '12 Mac 2026', ru '12 марта 2026 г.', fr '12 mars 2026',
    en '12 March 2026'."""
    if lang == "es":
        return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"
    if lang == "ru":
        return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."
    return f"{x.day} {MONTHS[lang][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, highest first, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


# ------------------------------------------------------------------ Indonesian words
_ID = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()


def _id999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("seratus" if h == 1 else _ID[h] + " ratus")
    if r:
        if r < 12:
            parts.append(_ID[r])
        elif r < 20:
            parts.append(_ID[r - 10] + " belas")
        else:
            t, u = divmod(r, 10)
            parts.append(_ID[t] + " puluh" + (" " + _ID[u] if u else ""))
    return " ".join(parts)


def id_words(n):
    """Indonesian words for a whole number ('seribu', 'dua juta tiga ratus ribu lima')."""
    n = int(n)
    if n == 0:
        return "nol"
    parts = []
    for div, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (1, "")):
        k, n = divmod(n, div)
        if not k:
            continue
        if div == 1000 and k == 1:
            parts.append("seribu")
        else:
            parts.append(_id999(k) + (" " + name if name else ""))
    return " ".join(parts)


# ------------------------------------------------------------------ ids with check digits (python-stdnum)
def co_nit(rng):
    """A Colombian company NIT '900.123.456-7' (9 digits from 800/900/901 and the DIAN check digit)."""
    s = valid(rng, lambda: rng.choice(["800", "900", "901"]) + digits(rng, 6) + digits(rng, 1), nit.is_valid)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9]}"


def ru_inn(rng, region="42"):
    """A 10-digit legal entity INN for a region (42: Kemerovo oblast)."""
    return valid(rng, lambda: region + digits(rng, 8), inn.is_valid)


def nz_ird(rng):
    """An IRD / GST number '123-456-789' (9 digits with the mod-11 check digit)."""
    s = valid(rng, lambda: rng.choice(["1", "2", "9"]) + digits(rng, 8), ird.is_valid)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def au_abn(rng):
    """An ABN '12 345 678 901' with its check digits."""
    s = valid(rng, lambda: digits(rng, 11, True), abn.is_valid)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def cl_rut(rng, lo=76000000, hi=77999999):
    """A company RUT '76.123.456-7' with its mod-11 check character."""
    body = str(rng.randint(lo, hi))
    return rut.format(body + rut.calc_check_digit(body))


def pe_ruc(rng, first="20"):
    """An 11-digit RUC (20…: a company, 10…: a person) with its check digit."""
    return valid(rng, lambda: first + digits(rng, 9), ruc.is_valid)


def id_npwp(rng):
    """A 15-digit NPWP '01.234.567.8-123.000' whose first nine digits carry the Luhn check."""
    s = valid(rng, lambda: rng.choice(["01", "02", "03", "31", "66", "80"]) + digits(rng, 7) + digits(rng, 3) + "000", npwp.is_valid)
    return npwp.format(s)


def ca_bn(rng):
    """A 9-digit Canadian business number (Luhn)."""
    return valid(rng, lambda: digits(rng, 9, True), bn.is_valid)
