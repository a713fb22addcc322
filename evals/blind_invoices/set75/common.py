"""Set 75's own helpers beside the shared ones (../kit_common.py): Swahili and Uzbek month names, a Kazakh BIN with its
check digit, an Indian GSTIN whose check character python-stdnum accepts, a UEMOA RIB with its key, an Angolan IBAN
(whose check digits are always 06), Indian rupees in words and the tax inside a tax-inclusive amount."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, in_words, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from kit_common import rib_key
from stdnum.in_ import gstin

MONTHS = {
    **SHARED_MONTHS,
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
}


def long_date(x, lang):
    """ru '12 марта 2026 г.', sw '12 Machi 2026', uz '2026-yil 12-mart', fr '12 mars 2026', en '12 March 2026'."""
    if lang == "ru":
        return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."
    if lang == "uz":
        return f"{x.year}-yil {x.day}-{MONTHS['uz'][x.month - 1]}"
    return f"{x.day} {MONTHS[lang][x.month - 1]} {x.year}"


def kz_bin(rng):
    """A Kazakh BIN (12 digits: yymm, 4 for a resident legal entity, a type digit, 5 serial digits and the check digit:
    weights 1..11 mod 11, and 3..11, 1, 2 when the first sum gives 10; a body whose second sum gives 10 is drawn again)."""

    def make():
        body = f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}4{rng.choice('0124')}" + digits(rng, 5)
        c = sum(int(a) * w for a, w in zip(body, range(1, 12))) % 11
        if c == 10:
            c = sum(int(a) * w for a, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        return body + str(c)

    return valid(rng, make, lambda s: len(s) == 12)


def kz_iik(rng, bank="722"):
    """A Kazakh account (IIK) as an IBAN: KZ, check digits, a 3-digit bank code and 13 characters."""
    return iban("KZ", bank + "S" + digits(rng, 12))


def in_gstin(rng, state="32"):
    """An Indian GSTIN: state code, a PAN-shaped ten characters, entity number, 'Z' and a check character drawn until stdnum accepts it."""
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def make():
        pan = "".join(rng.choice(up) for _ in range(3)) + rng.choice("CF") + rng.choice(up) + digits(rng, 4) + rng.choice(up)
        return state + pan + "1Z" + rng.choice("0123456789" + up)

    return valid(rng, make, gstin.is_valid)


def uemoa_rib(rng, bank):
    """A UEMOA RIB: bank code (country letters and three digits), branch, 12-digit account and the key."""
    branch, acct = digits(rng, 5), digits(rng, 12)
    return f"{bank} {branch} {acct} {rib_key(bank, branch, acct)}"


def ao_iban(rng):
    """An Angolan IBAN: AO06 and 21 digits (the national check digits make every real one's ISO digits 06)."""
    return valid(rng, lambda: iban("AO", digits(rng, 21)), lambda s: s[2:4] == "06")


def rupees_words(x):
    """'Indian Rupees Twelve Thousand Three Hundred Forty Only' (and 'and 56 Paise')."""
    whole = int(abs(x))
    paise = int(q2(abs(x) - whole) * 100)
    return "Indian Rupees " + in_words(whole) + (f" and {paise:02d} Paise" if paise else "") + " Only"


def incl_tax(gross, rate):
    """The tax inside a tax-inclusive amount, to the cent."""
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
