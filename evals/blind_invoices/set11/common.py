"""Set 11's own helpers: month names for its languages, an item maker, and fake QR codes and bar codes.

The plumbing sets 3 to 11 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. The item maker and the
fake QR code and bar code drawing are copied from set 10's common.py (itself from sets 5 to 9). Amounts in words are
../kit_words.py.
"""

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages and set 11's
    **_KIT_MONTHS,
    "bs": "januar februar mart april maj juni juli august septembar oktobar novembar decembar".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
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


__all__ = ["MONTHS", "items_from", "qr_svg", "qr_fpdf", "bars_svg", "bars_fpdf"]


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
