"""Set 21's own helpers, copied from set 20's common.py (itself from sets 5 to 19) and pruned to what set 21 uses:
month names, a paragraph writer and a cell wrapper for fpdf2, number words (English, French), RIB keys, catalogue
lines with exact prices, a Spanish bank account (CCC) with its check digits. The plumbing sets 3 to 21 share (numbers,
truth, rendering, self-check) is ../invoice_kit.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

import textwrap
from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import digits, en_words, exact_price, q2
from stdnum.es import ccc as _ccc

MONTHS = {  # the kit's five languages and the ones set 21 prints
    **_KIT_MONTHS,
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en_days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
}

__all__ = ["MONTHS", "rib_key", "lines", "para", "wrap", "en_words_title", "fr_words", "es_ccc"]


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the UEMOA ones): 97 minus the number banque + guichet + compte,
    times 100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


def es_ccc(rng, bank):
    """A Spanish CCC (bank 4, branch 4, check 2, account 10 digits) with python-stdnum's check digits."""
    branch, acct = digits(rng, 4), digits(rng, 10)
    raw = bank + branch + "00" + acct
    return bank + branch + _ccc.calc_check_digits(raw) + acct


def lines(rng, catalog, n, step, halves=False):
    """catalog rows: (desc, unit, qlo, qhi, lo, hi[, extra]); integer quantities (or halves when halves=True and the unit
    says so), prices exact to the step and the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, qlo, qhi, lo, hi = row[:6]
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if halves and unit in ("kg", "hr", "h", "uur") else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), step)
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": row[6] if len(row) > 6 else None})
    return out


def wrap(s, width):
    """A table cell's text broken at spaces into lines of at most `width` characters (the kit's table splits on newlines)."""
    return "\n".join(textwrap.wrap(s, width))


def para(pdf, x, y, w, s, size=7.2, style_="", font="DV", h=3.6, align="L", color=(0, 0, 0)):
    """A wrapped paragraph drawn with fpdf2's multi_cell; returns the y below it."""
    pdf.set_font(font, style_, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, h, s, align=align)
    return pdf.get_y()


def en_words_title(n):
    return " ".join(w if w == "and" else w.capitalize() for w in en_words(n).split())


# ------------------------------------------------------------------ French number words (copied from set 20)
_FR = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize").split()
_FR10 = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"]


def _fr99(n):
    if n < 17:
        return _FR[n]
    if n < 20:
        return "dix-" + _FR[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + _fr99(10 + u)
    if t == 9:
        return "quatre-vingt-" + _fr99(10 + u)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _FR[u]
    return _FR10[t] + ("" if u == 0 else " et un" if u == 1 else "-" + _FR[u])


def _fr999(n, final):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("cent" if h == 1 else _FR[h] + " cent" + ("s" if r == 0 and final else ""))
    if r:
        w = _fr99(r)
        if not final and w.endswith("quatre-vingts"):
            w = w[:-1]
        parts.append(w)
    return " ".join(parts)


def fr_words(n):
    """French words for a whole number (1990 spelling rules, without hyphens between all words)."""
    n = int(n)
    if n == 0:
        return "zéro"
    parts = []
    m, n = divmod(n, 10**6)
    k, u = divmod(n, 1000)
    if m:
        parts.append("un million" if m == 1 else _fr999(m, True) + " millions")
    if k:
        parts.append("mille" if k == 1 else _fr999(k, False) + " mille")
    if u:
        parts.append(_fr999(u, True))
    return " ".join(parts)
