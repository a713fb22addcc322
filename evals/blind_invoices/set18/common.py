"""Set 18's own helpers: month names for its languages, a paragraph writer for fpdf2, the Ethiopian calendar, French and
UEMOA bank-key (RIB) digits, and fake QR codes and bar codes.

The plumbing sets 3 to 18 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. This file is copied from
set 17's common.py (itself from sets 5 to 16) with set 18's month names (Danish), the Ethiopian calendar and the RIB
keys. Amounts in words are ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

import textwrap
from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages, set 14's, set 15's, set 16's, set 17's and set 18's
    **_KIT_MONTHS,
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "ca_de": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre".split("|"),
    "ru_nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt_short": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "da_short": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split(),
}

__all__ = [
    "MONTHS",
    "ethiopian",
    "rib_key",
    "items_from",
    "para",
    "wrap",
    "qr_svg",
    "qr_fpdf",
    "bars_svg",
    "bars_fpdf",
]


def ethiopian(g):
    """The Ethiopian calendar date (year, month, day) of a Gregorian date: the year starts on 11 September (12 September
    before a Gregorian leap year), twelve months of 30 days and Pagume of 5 or 6."""
    import datetime as _dt

    def new_year(y):
        leap_next = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
        return _dt.date(y, 9, 12 if leap_next else 11)

    ny = new_year(g.year)
    if g >= ny:
        ey, off = g.year - 7, (g - ny).days
    else:
        ey, off = g.year - 8, (g - new_year(g.year - 1)).days
    return ey, off // 30 + 1, off % 30 + 1


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the UEMOA one): 97 minus the number banque + guichet + compte, times
    100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


def items_from(rng, catalog, n, step=None):
    """catalog rows: (desc, unit, lo, hi, qlo, qhi[, extra]); integer quantities, prices exact to the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, lo, hi, qlo, qhi = row[:6]
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi, step or (D("1") if lo >= 500 else D("0.01")))
        extra = row[6] if len(row) > 6 else None
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": extra})
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


# ----------------------------------------------------------- fake QR codes and bar codes (no data, only the look)
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


def qr_svg(rng, size_mm=26, n=29):
    m = qr_matrix(rng, n)
    rects = "".join(f'<rect x="{x}" y="{y}" width="1" height="1"/>' for y in range(n) for x in range(n) if m[y][x])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 {n + 4} {n + 4}" '
        f'style="width:{size_mm}mm;height:{size_mm}mm" shape-rendering="crispEdges">'
        f'<rect x="-2" y="-2" width="{n + 4}" height="{n + 4}" fill="#fff"/><g fill="#000">{rects}</g></svg>'
    )


def qr_fpdf(pdf, rng, x, y, size, n=29):
    m = qr_matrix(rng, n)
    c = size / n
    pdf.set_fill_color(0, 0, 0)
    for yy in range(n):
        for xx in range(n):
            if m[yy][xx]:
                pdf.rect(x + xx * c, y + yy * c, c, c, "F")


def bars_svg(rng, w_mm=80, h_mm=11, n=150):
    """A bar code look (random widths), no data."""
    x, rects = 0, []
    while x < n:
        bw = rng.choice([1, 1, 2, 3])
        rects.append(f'<rect x="{x}" y="0" width="{bw}" height="10"/>')
        x += bw + rng.choice([1, 1, 2])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {x} 10" preserveAspectRatio="none" '
        f'style="width:{w_mm}mm;height:{h_mm}mm" shape-rendering="crispEdges"><g fill="#000">{"".join(rects)}</g></svg>'
    )


def bars_fpdf(pdf, rng, x, y, w, h):
    """A bar code look drawn with fpdf2 (random widths), no data."""
    pdf.set_fill_color(0, 0, 0)
    xx = x
    while xx < x + w:
        bw = rng.choice([0.25, 0.25, 0.5, 0.75])
        pdf.rect(xx, y, bw, h, "F")
        xx += bw + rng.choice([0.25, 0.25, 0.5])
