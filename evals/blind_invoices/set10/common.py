"""Set 10's own helpers: month names for its languages, an item maker, Indian (lakh) grouping of amounts and its
self-check forms, a US NPI check digit, an approximate Bikram Sambat date (a decoy) and fake QR codes and bar codes.

The plumbing sets 3 to 10 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. The item maker and the
fake QR code and bar code drawing are copied from set 9's common.py (itself from sets 5 to 8). Amounts in words are
../kit_words.py.
"""

import datetime as dt
from decimal import Decimal as D

import invoice_kit
from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import digits, exact_price, luhn_check, q2

MONTHS = {  # the kit's five languages and set 10's
    **_KIT_MONTHS,
    "el_gen": (
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
        "Δεκεμβρίου"
    ).split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "ar": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


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


def luhn_number(rng, n):
    s = digits(rng, n - 1, True)
    return s + luhn_check(s)


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


__all__ = ["MONTHS", "items_from", "lakh", "extend_amount_forms", "npi", "luhn_number", "bs_date",
           "bs_month", "qr_svg", "qr_fpdf", "bars_svg"]


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
