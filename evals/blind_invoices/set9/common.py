"""Set 9's own helpers: month names for its languages, an item maker, check digits (Ecuadorian access key, Russian
KPP-shaped codes, Swedish bankgiro/OCR Luhn) and fake QR codes and bar codes.

The plumbing sets 3 to 9 share (numbers, truth, rendering, self-check) is ../invoice_kit.py. The item maker and the fake
QR code and bar code drawing are copied from set 8's common.py (itself from sets 5 to 7). Amounts in words are
../kit_words.py.
"""

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import digits, exact_price, luhn_check, q2

MONTHS = {  # the kit's five languages and set 9's
    **_KIT_MONTHS,
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "hy_gen": (
        "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի"
    ).split(),
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


# ------------------------------------------------------------------ check digits
def ec_clave(d, ruc, serie, seq, code8, ambiente="2"):
    """A 49-digit SRI access key (clave de acceso): ddmmyyyy, 01 (factura), RUC, ambiente, serie, sequence, numeric
    code, emission type 1, and a mod-11 check digit (weights 2..7 from the right; 11 -> 0, 10 -> 1)."""
    s = f"{d.strftime('%d%m%Y')}01{ruc}{ambiente}{serie}{seq:09d}{code8}1"
    assert len(s) == 48, s
    tot = sum(int(c) * w for c, w in zip(reversed(s), [2, 3, 4, 5, 6, 7] * 8, strict=False))
    r = 11 - tot % 11
    return s + str({11: 0, 10: 1}.get(r, r))


def luhn_number(rng, n):
    """n digits whose last is a Luhn check digit (Swedish bankgiro, OCR references)."""
    s = digits(rng, n - 1, True)
    return s + luhn_check(s)


__all__ = ["MONTHS", "items_from", "ec_clave", "luhn_number", "qr_svg", "qr_fpdf", "bars_svg"]


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
