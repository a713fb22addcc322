"""Set 7's own helpers: month names for its languages and check digits.

The plumbing sets 3 to 7 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker and the fake
QR codes are ../kit_common.py, the title-case English amount in words ../kit_words.py.
"""


from invoice_kit import _en999, digits
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 7's own
    **SHARED_MONTHS,
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}


def mod11_ico(rng):
    """A Slovak/Czech IČO: 7 digits and a weighted mod-11 check digit."""
    while True:
        s = digits(rng, 7, True)
        r = sum(int(c) * w for c, w in zip(s, range(8, 1, -1), strict=True)) % 11
        if r not in (0, 1):
            return s + str(11 - r)
        if r == 1:
            return s + "0"


def be_vat(rng):
    base = "0" + digits(rng, 7, True)
    return base + f"{97 - int(base) % 97:02d}"


def be_ogm(rng):
    base = digits(rng, 10, True)
    c = int(base) % 97 or 97
    s = base + f"{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


__all__ = ["MONTHS", "_en999", "mod11_ico", "be_vat", "be_ogm"]
