"""Set 40's own helpers beside the shared ones: month names in Afrikaans, Finnish (partitive) and Valencian, their long
dates and the German one, a tax summary per rate (as sets 34 to 39 have it in their own common.py), and a few check
digits (Belgian account and structured communication, Finnish reference, Swiss QR reference, IMO number). The plumbing
the sets share is ../invoice_kit.py; month tables, item makers, drawing helpers and the truth record ../kit_common.py.
"""

# ruff: noqa: E501

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 40's own
    **SHARED_MONTHS,
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "fi_part": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}


def de_date(x):
    """12. März 2026 (German)."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def af_date(x):
    """12 Maart 2026 (Afrikaans)."""
    return f"{x.day} {MONTHS['af'][x.month - 1]} {x.year}"


def fi_date(x):
    """12. maaliskuuta 2026 (Finnish)."""
    return f"{x.day}. {MONTHS['fi_part'][x.month - 1]} {x.year}"


def ca_date(x):
    """12 de març de 2026 (Valencian / Catalan)."""
    return f"{x.day} {MONTHS['ca_de'][x.month - 1]} de {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


def mod97_be(n10):
    """The two check digits of a Belgian account number or structured communication: n mod 97, 97 for 0."""
    r = int(n10) % 97
    return f"{r or 97:02d}"


def fi_ref(base):
    """A Finnish payment reference (viitenumero): base digits and the 7-3-1 check digit."""
    w = (7, 3, 1)
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def qr_ref(base26):
    """A Swiss QR reference: 26 digits and the recursive modulo-10 check digit."""
    table = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
    c = 0
    for ch_ in base26:
        c = table[(c + int(ch_)) % 10]
    return base26 + str((10 - c) % 10)


def imo(six):
    """An IMO ship number: six digits and the weighted check digit."""
    return six + str(sum(int(c) * (7 - k) for k, c in enumerate(six)) % 10)
