"""Set 10's own helpers: month names for its languages, Indian (lakh) grouping of amounts and its self-check forms, a US
NPI check digit and an approximate Bikram Sambat date (a decoy).

The plumbing sets 3 to 10 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker and the
fake QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py.
"""

import datetime as dt
from decimal import Decimal as D

import invoice_kit
from invoice_kit import digits, luhn_check
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 10's own
    **SHARED_MONTHS,
    "el_gen": (
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
        "Δεκεμβρίου"
    ).split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "ar": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
}


# ------------------------------------------------------------------ Indian / Nepalese grouping (1,23,45,678.90)
def lakh(x, nd=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        whole = ",".join(groups + [tail])
    return ("-" if neg else "") + whole + ("." + frac if nd else "")


def extend_amount_forms():
    """The kit's self-check knows 1,234.56 / 1.234,56 / 1 234,56 / 1 234.56 / 1'234.56; set 10's Nepalese style groups
    by lakh (1,23,456.00). Add that one grouping of the same value (nothing else is loosened)."""
    if getattr(invoice_kit.amount_forms, "_set10", False):
        return
    base = invoice_kit.amount_forms

    def forms(a):
        fs = base(a)
        m = abs(D(a))
        fs.add(lakh(m))
        if m == m.to_integral_value():
            fs.add(lakh(m, 0))
        return fs

    forms._set10 = True
    invoice_kit.amount_forms = forms


# ------------------------------------------------------------------ check digits
def npi(rng):
    """A 10-digit US National Provider Identifier: 9 digits starting 1 or 2, then a Luhn check digit over '80840' +
    them."""
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_check("80840" + body)


# ------------------------------------------------------------------ Bikram Sambat (approximate; a decoy beside A.D.)
_BS_MONTHS = "Baisakh Jestha Asar Shrawan Bhadra Ashwin Kartik Mangsir Poush Magh Falgun Chaitra".split()
_BS_LEN = [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30]


def bs_date(d):
    """(year, month, day) in Bikram Sambat, counted from 1 Baisakh = 14 April with a typical month-length table:
    close to the real calendar, not exact (the truth never uses it)."""
    y = d.year if d >= dt.date(d.year, 4, 14) else d.year - 1
    n = (d - dt.date(y, 4, 14)).days
    m = 0
    while n >= _BS_LEN[m]:
        n -= _BS_LEN[m]
        m += 1
    return y + 57, m + 1, n + 1


def bs_month(m):
    return _BS_MONTHS[m - 1]


__all__ = ["MONTHS", "lakh", "extend_amount_forms", "npi", "bs_date",
           "bs_month"]
