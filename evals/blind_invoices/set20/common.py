"""Set 20's own helpers, copied from set 19's common.py (itself from sets 5 to 18) and pruned to what set 20 uses: month
names, a paragraph writer and a cell wrapper for fpdf2, RIB keys, a fake QR code, catalogue lines with exact prices. The
plumbing sets 3 to 20 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. Amounts in words are
../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

import textwrap
from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages and the ones set 20 prints
    **_KIT_MONTHS,
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pt_cap": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split(),
}

__all__ = ["MONTHS", "rib_key", "lines", "para", "wrap", "qr_matrix", "qr_fpdf"]


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the CEMAC and UEMOA ones): 97 minus the number banque + guichet +
    compte, times 100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


def lines(rng, catalog, n, step, halves=False):
    """catalog rows: (desc, unit, qlo, qhi, lo, hi[, extra]); integer quantities (or halves when halves=True and the unit
    says so), prices exact to the step and the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, qlo, qhi, lo, hi = row[:6]
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if halves and unit in ("kg", "uur", "hr", "h") else D(rng.randint(qlo, qhi))
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


# ----------------------------------------------------------- a fake QR code (no data, only the look)
def qr_matrix(rng, n=29):
    m = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                xx, yy = ox + x, oy + y
                if 0 <= xx < n and 0 <= yy < n:
                    ring = max(abs(x - 3), abs(y - 3))
                    m[yy][xx] = ring != 2 and ring != 4
    return m


def qr_fpdf(pdf, rng, x, y, size, n=29):
    m = qr_matrix(rng, n)
    c = size / n
    pdf.set_fill_color(0, 0, 0)
    for yy in range(n):
        for xx in range(n):
            if m[yy][xx]:
                pdf.rect(x + xx * c, y + yy * c, c, c, "F")
