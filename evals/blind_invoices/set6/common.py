"""Set 6's own helpers: month names for its languages, Polish number words and small id makers.

The plumbing sets 3 to 6 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the fake QR codes (with
this set's Swiss cross) are ../kit_common.py, the title-case English and the Spanish amounts in words ../kit_words.py.
"""

from invoice_kit import _en999
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 6's own
    **SHARED_MONTHS,
    "pl_gen": (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ).split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
}


# ------------------------------------------------------------------ number words (amounts in words)
def pl_words(n):
    n = int(n)
    ones = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split()
    teens = (
        "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście "
        "dziewiętnaście"
    ).split()
    tens = (
        "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
        "dziewięćdziesiąt"
    ).split()
    hund = "_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset".split()

    def w999(k):
        h, r = divmod(k, 100)
        p = [hund[h]] if h else []
        if 10 <= r < 20:
            p.append(teens[r - 10])
        else:
            t, o = divmod(r, 10)
            if t:
                p.append(tens[t])
            if o:
                p.append(ones[o])
        return " ".join(p)

    def form(k, one, few, many):
        if k == 1:
            return one
        if k % 10 in (2, 3, 4) and k % 100 not in (12, 13, 14):
            return few
        return many

    if n == 0:
        return "zero"
    parts = []
    m, n = divmod(n, 10**6)
    if m:
        parts.append(("" if m == 1 else w999(m) + " ") + form(m, "milion", "miliony", "milionów"))
    k, n = divmod(n, 1000)
    if k:
        parts.append(("" if k == 1 else w999(k) + " ") + form(k, "tysiąc", "tysiące", "tysięcy"))
    if n:
        parts.append(w999(n))
    return " ".join(parts)


__all__ = ["MONTHS", "pl_words", "_en999"]
