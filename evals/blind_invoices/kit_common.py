"""Helpers sets 5 to 27 copied from set to set, beyond the plumbing in invoice_kit.py: month names and long dates, item
makers, RIB keys, fake QR codes and bar codes, small drawing helpers for fpdf2 and the chromium styles, and (sets 22 to
27) the truth record, its notes' sentences and ids made valid with python-stdnum.

Each set's blind author copied the previous set's common.py and a few style helpers; what stayed the same logic lives
here once (a set keeps its own copy only where it behaves differently). Amounts in words are in kit_words.py.
"""

import textwrap
from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import T, css, digits, en, exact_price, li, mt, q2, txt, valid

# ------------------------------------------------------------------ month names and long dates
MONTHS = {  # the kit's five languages and the tables two sets or more printed; a set adds its own in its common.py
    **_KIT_MONTHS,
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "pt_short": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "ca_de": (
        "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|"
        "de desembre"
    ).split("|"),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "da_short": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split(),
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "ru_nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
}


def en_date(x):
    """6 January 2025."""
    return f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"


def us_date(x):
    """January 6, 2025."""
    return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"


def fr_date(x):
    """6 janvier 2025."""
    return f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}"


def pt_date(x):
    """6 de janeiro de 2025."""
    return f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}"


def en3(x):
    """1,234.567: an amount to the thousandth, as Gulf dinars and rials print it (sets 13 and 14)."""
    return en(x, 3)


# ------------------------------------------------------------------ line items
def items_from(rng, catalog, n, step=None):
    """catalog rows: (desc, unit, lo, hi, qlo, qhi[, extra]); whole quantities, prices exact to the step, by default
    whole units from 500 up and cents below (sets 6 to 19)."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, lo, hi, qlo, qhi = row[:6]
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi, step or (D("1") if lo >= 500 else D("0.01")))
        extra = row[6] if len(row) > 6 else None
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": extra})
    return out


def lines(rng, catalog, n, step, halves=False):
    """catalog rows: (desc, unit, qlo, qhi, lo, hi[, extra]), the quantities first (sets 19 to 21); whole quantities
    (halves when halves=True and the unit is kg or hours), prices exact to the step and the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, qlo, qhi, lo, hi = row[:6]
        halved = halves and unit in ("kg", "hr", "h", "uur")
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if halved else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), step)
        extra = row[6] if len(row) > 6 else None
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": extra})
    return out


# ------------------------------------------------------------------ bank keys
_RIB_LETTERS = ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the CEMAC and UEMOA ones): 97 minus the number banque + guichet +
    compte, times 100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(_RIB_LETTERS) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


# ------------------------------------------------------------ fake QR codes and bar codes (no data, only the look)
def qr_matrix(rng, n=29):
    """n x n random modules and the three finder squares in the corners: it looks like a QR code at a glance."""
    m = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                xx, yy = ox + x, oy + y
                if 0 <= xx < n and 0 <= yy < n:
                    ring = max(abs(x - 3), abs(y - 3))
                    m[yy][xx] = ring != 2 and ring != 4
    return m


def qr_svg(rng, size_mm=26, n=29, swiss_cross=False):
    """A fake QR code as inline SVG for the chromium styles; swiss_cross adds the Swiss QR-bill's cross (set 6)."""
    m = qr_matrix(rng, n)
    rects = "".join(f'<rect x="{x}" y="{y}" width="1" height="1"/>' for y in range(n) for x in range(n) if m[y][x])
    cross = ""
    if swiss_cross:
        c = n / 2
        cross = (
            f'<rect x="{c - 3.5}" y="{c - 3.5}" width="7" height="7" fill="#fff"/>'
            f'<rect x="{c - 3}" y="{c - 3}" width="6" height="6" fill="#000"/>'
            f'<rect x="{c - 0.6}" y="{c - 2}" width="1.2" height="4" fill="#fff"/>'
            f'<rect x="{c - 2}" y="{c - 0.6}" width="4" height="1.2" fill="#fff"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 {n + 4} {n + 4}" '
        f'style="width:{size_mm}mm;height:{size_mm}mm" shape-rendering="crispEdges">'
        f'<rect x="-2" y="-2" width="{n + 4}" height="{n + 4}" fill="#fff"/><g fill="#000">{rects}</g>{cross}</svg>'
    )


def qr_fpdf(pdf, rng, x, y, size, n=29):
    """A fake QR code drawn with fpdf2, size mm square at (x, y)."""
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


# ------------------------------------------------------------------ text and boxes
def wrap(s, width):
    """A table cell's text broken at spaces into lines of at most `width` characters (the kit's table splits on
    newlines)."""
    return "\n".join(textwrap.wrap(s, width))


def para(pdf, x, y, w, s, size=7.2, style_="", font="DV", h=3.6, align="L", color=(0, 0, 0)):
    """A wrapped paragraph drawn with fpdf2's multi_cell; returns the y below it."""
    pdf.set_font(font, style_, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, h, s, align=align)
    return pdf.get_y()


def totals(pdf, x, y, rows, wl=40, wv=32, size=8.6, font="DV", line=None, color=(0, 0, 0), step=5.4):
    """Label / amount rows (label, amount, bold) drawn with fpdf2, a rule above each bold one when line is a colour;
    returns the y below them."""
    for a, b, bold in rows:
        if bold and line:
            pdf.set_draw_color(*line)
            pdf.line(x, y - 1, x + wl + wv, y - 1)
        txt(pdf, x, y, a, size, "B" if bold else "", font=font, color=color)
        txt(pdf, x + wl, y, b, size, "B" if bold else "", font=font, align="R", w=wv, color=color)
        y += step
    return y


def frame(pdf, x, y0, y1, cols, color=(120, 120, 120)):
    """An outline round a kit table and a vertical rule between its columns, from y0 to y1."""
    pdf.set_draw_color(*color)
    w = sum(c[1] for c in cols)
    pdf.rect(x, y0, w, y1 - y0)
    cx = x
    for _t, cw, _a in cols[:-1]:
        cx += cw
        pdf.line(cx, y0, cx, y1)


_HEAD = """<html><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} .b{font-weight:bold} table.it{width:100%;margin-top:10px} \
table.it td,table.it th{padding:4px 5px} table.it td.r{white-space:nowrap}
</style></head><body>"""


def html_head(**kw):
    """The opening of a chromium style's page: the kit's css(**kw) and a few shared classes (sets 19 to 21)."""
    return _HEAD.replace("@@BASE@@", css(**kw))


# ------------------------------------------------------------------ truth records and notes (sets 22 to 27)
def truth(vendor, tax_id, no, po, d, due, cur, net, tax, total, items, notes):
    """The truth record (invoice_kit.py's T) from a style's values: dates as date objects or None, amounts as
    Decimals or None (not printed), the line items as the kit's item dicts."""
    return T(
        vendor_name=vendor,
        vendor_tax_id=tax_id,
        invoice_number=no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency=cur,
        subtotal=None if net is None else mt(net),
        tax=None if tax is None else mt(tax),
        total=mt(total),
        line_items=li(items),
        notes=notes,
    )


def due_note(due, term, label, name="due_date"):
    """The notes' sentence on the due date: the label that prints it, or the printed term that computes none."""
    if due:
        return f"{name} = '{label}'. "
    if term:
        return f"'{term}' is a term: no due date (null). "
    return "No due date or term printed (null). "


def po_note(po, label, name="po_number"):
    """The notes' sentence on the order number."""
    return f"{name} = '{label}' {po}. " if po else "No PO. "


def kv(pdf, x, y, rows, wl=30, wv=40, size=8, font="DV", step=4.6, color=(90, 90, 90), align="R"):
    """Label / value rows drawn with fpdf2, the value bold; rows whose value is None are skipped; returns the y."""
    for label, value in rows:
        if value is None:
            continue
        txt(pdf, x, y, label, size, font=font, color=color)
        txt(pdf, x + wl, y, value, size, "B", font=font, align=align, w=wv)
        y += step
    return y


def valid_id(rng, n, ok, first_nonzero=True, prefix=""):
    """n random digits after prefix that python-stdnum's is_valid accepts."""
    return valid(rng, lambda: prefix + digits(rng, n - len(prefix), first_nonzero and not prefix), ok)
