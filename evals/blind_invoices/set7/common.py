"""Set 7's own helpers: month names for its languages, an item maker, check digits and fake QR codes.

The plumbing sets 3 to 7 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. The fake QR code drawing
is copied from set 6's common.py (itself from set 5).
"""

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import _en999, digits, exact_price, q2

MONTHS = {  # the kit's five languages and set 7's
    **_KIT_MONTHS,
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
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


__all__ = ["MONTHS", "items_from", "_en999", "mod11_ico", "be_vat", "be_ogm", "qr_svg", "qr_fpdf"]


# ------------------------------------------------------------------ fake QR codes (no data; just the look; from set 6)
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
