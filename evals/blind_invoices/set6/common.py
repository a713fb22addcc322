"""Set 6's own helpers: month names and number words for its languages, small id makers.

The plumbing sets 3 to 6 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the fake QR codes (with
this set's Swiss cross) are ../kit_common.py, the title-case English amount in words ../kit_words.py.
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


def es_words(n):
    n = int(n)
    u = (
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
        "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
        "veintiocho veintinueve"
    ).split()
    tens = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
    hund = {
        1: "ciento",
        2: "doscientos",
        3: "trescientos",
        4: "cuatrocientos",
        5: "quinientos",
        6: "seiscientos",
        7: "setecientos",
        8: "ochocientos",
        9: "novecientos",
    }

    def w99(k):
        if k < 30:
            return u[k]
        t, r = divmod(k, 10)
        return tens[t] + ("" if r == 0 else " y " + u[r])

    def w999(k):
        if k == 100:
            return "cien"
        h, r = divmod(k, 100)
        p = [hund[h]] if h else []
        if r:
            p.append(w99(r))
        return " ".join(p)

    if n == 0:
        return "cero"
    parts = []
    m, n = divmod(n, 10**6)
    if m:
        w = w999(m)
        parts.append("un millón" if m == 1 else (w[:-1] if w.endswith("uno") else w) + " millones")
    k, n = divmod(n, 1000)
    if k:
        w = w999(k)
        if w.endswith("veintiuno"):
            w = w[:-9] + "veintiún"
        elif w.endswith("uno"):
            w = w[:-3] + "un"
        parts.append("mil" if k == 1 else w + " mil")
    if n:
        parts.append(w999(n))
    return " ".join(parts)


__all__ = ["MONTHS", "pl_words", "es_words", "_en999"]
