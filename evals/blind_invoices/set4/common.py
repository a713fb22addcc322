"""Shared helpers for blind invoice set 4 (numbers, ids, words, rendering)."""
import datetime as dt
import json
import os
import subprocess
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

import jinja2

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "out")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
CENT = D("0.01")


def q2(x):
    return D(x).quantize(CENT, ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def fnum(x, dec=".", thou=",", nd=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\0").replace(".", dec).replace("\0", thou)
    return ("-" if neg else "") + s


def en(x, nd=2):
    return fnum(x, ".", ",", nd)


def de(x, nd=2):
    return fnum(x, ",", ".", nd)


def sp(x, nd=2):      # 1 234,56
    return fnum(x, ",", " ", nd)


def spd(x, nd=2):     # 1 234.56
    return fnum(x, ".", " ", nd)


def ch(x, nd=2):      # 1'234.56
    return fnum(x, ".", "'", nd)


def qstr(q):
    q = D(q).normalize()
    return format(q, "f")


def mt(x):
    return str(q2(x))


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rand_date(rng, start=dt.date(2025, 1, 6), end=dt.date(2026, 11, 20)):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def luhn_check(s):
    tot = 0
    for i, ch_ in enumerate(reversed(s)):
        d = int(ch_)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def exact_price(rng, qty, lo, hi, step=D("0.01")):
    for _ in range(2000):
        p = step * rng.randint(int(D(str(lo)) / step), int(D(str(hi)) / step))
        if D(qty) * p == q2(D(qty) * p):
            return p
    raise RuntimeError("no exact price")


def mk_items(rng, catalog, n, step=D("0.01")):
    """catalog entries: (desc, lo, hi, qty_fn, unit). returns list of dicts."""
    picks = rng.sample(catalog, min(n, len(catalog)))
    out = []
    for desc, lo, hi, qf, unit in picks:
        q = D(str(qf(rng)))
        p = exact_price(rng, q, lo, hi, step)
        out.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "unit": unit})
    return out


def T(**kw):
    base = {"vendor_name": None, "vendor_tax_id": None, "invoice_number": None, "po_number": None,
            "invoice_date": None, "due_date": None, "currency": None, "subtotal": None, "tax": None,
            "total": None, "document_type": "invoice", "line_items": [], "style": None, "producer": None,
            "notes": ""}
    for k, v in kw.items():
        if k not in base:
            raise KeyError(k)
        base[k] = v
    return base


def li(items, qty=True):
    return [{"amount": mt(it["amount"]),
             "quantity": (qstr(it["qty"]) if qty and it.get("qty") is not None and it.get("show_qty", True) else None)}
            for it in items]


# ------------------------------------------------------------------ number words
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(_ONES[h] + " hundred")
    if r:
        if r < 20:
            w = _ONES[r]
        else:
            t, u = divmod(r, 10)
            w = _TENS[t] + ("-" + _ONES[u] if u else "")
        parts.append(("and " if h else "") + w)
    return " ".join(parts)


def en_words(n):
    n = int(n)
    if n == 0:
        return "zero"
    parts = []
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append(_en999(k) + (" " + name if name else ""))
    return " ".join(parts)


def in_words(n):  # Indian system: lakh, crore
    n = int(n)
    if n == 0:
        return "Zero"
    parts = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append(_en999(k).replace("and ", "").title() + (" " + name if name else ""))
    return " ".join(parts)


_TR1 = ["", "Bir", "İki", "Üç", "Dört", "Beş", "Altı", "Yedi", "Sekiz", "Dokuz"]
_TR10 = ["", "On", "Yirmi", "Otuz", "Kırk", "Elli", "Altmış", "Yetmiş", "Seksen", "Doksan"]


def _tr999(n):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    s = ""
    if h:
        s += ("" if h == 1 else _TR1[h]) + "Yüz"
    return s + _TR10[t] + _TR1[u]


def tr_words(n):
    n = int(n)
    if n == 0:
        return "Sıfır"
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    s = ""
    if m:
        s += _tr999(m) + "Milyon"
    if th:
        s += ("" if th == 1 else _tr999(th)) + "Bin"
    return s + _tr999(u)


# ------------------------------------------------------------------ rendering
_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render_html(template, ctx, name):
    html = _env.from_string(template).render(**ctx)
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, name + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(html)
        out = os.path.join(OUT, name + ".pdf")
        if os.path.exists(out):
            os.remove(out)
        subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer",
                        f"--user-data-dir={os.path.join(td, 'prof')}", f"--print-to-pdf={out}", "file://" + hp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not os.path.exists(out):
        raise RuntimeError("chromium produced nothing for " + name)
    return out


def new_fpdf(orientation="P", fmt="A4", creator=None):
    from fpdf import FPDF
    pdf = FPDF(orientation=orientation, format=fmt, unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DV", st, FONTDIR + fn)
    for st, fn in (("", "DejaVuSansCondensed.ttf"), ("B", "DejaVuSansCondensed-Bold.ttf")):
        pdf.add_font("DVC", st, FONTDIR + fn)
    for st, fn in (("", "DejaVuSansMono.ttf"), ("B", "DejaVuSansMono-Bold.ttf")):
        pdf.add_font("Mono", st, FONTDIR + fn)
    for st, fn in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", st, FONTDIR + fn)
    if creator:
        pdf.set_creator(creator)
    return pdf


def txt(pdf, x, y, s, size=9, style="", font="DV", align="L", w=0, color=(0, 0, 0), h=None):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    if w == 0:
        w = pdf.get_string_width(s) + 1
    pdf.cell(w, h or size * 0.45, s, align=align)


def table(pdf, x, y, cols, rows, size=8, font="DV", rowh=5.2, header_fill=None, header_color=(0, 0, 0),
          header_style="B", border_bottom=True, zebra=None, line_color=(180, 180, 180)):
    """cols: list of (title, width, align). rows: list of lists of str. returns y after table."""
    pdf.set_draw_color(*line_color)
    cx = x
    if header_fill:
        pdf.set_fill_color(*header_fill)
        pdf.rect(x, y, sum(c[1] for c in cols), rowh + 0.6, "F")
    for title, w, al in cols:
        txt(pdf, cx + 1, y + 0.6, title, size, header_style, font, al, w - 2, header_color, h=rowh - 0.6)
        cx += w
    y += rowh + 0.6
    pdf.line(x, y, x + sum(c[1] for c in cols), y)
    for ri, r in enumerate(rows):
        lines = [str(v).split("\n") for v in r]
        nl = max(len(l) for l in lines)
        hh = rowh + (nl - 1) * size * 0.42
        if zebra and ri % 2 == 1:
            pdf.set_fill_color(*zebra)
            pdf.rect(x, y, sum(c[1] for c in cols), hh, "F")
        cx = x
        for (title, w, al), ls in zip(cols, lines):
            for k, l in enumerate(ls):
                txt(pdf, cx + 1, y + 0.8 + k * size * 0.42, l, size, "", font, al, w - 2, h=size * 0.42)
            cx += w
        y += hh
        if border_bottom:
            pdf.line(x, y, x + sum(c[1] for c in cols), y)
    return y


def write_truth(name, truth):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ set 4 additions
def iban(cc, bban):
    """A valid IBAN (ISO 13616 check digits) for country cc and the given BBAN."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def valid(rng, make, ok):
    for _ in range(20000):
        c = make()
        if ok(c):
            return c
    raise RuntimeError("no valid id")


def lfont(pdf):
    """Liberation fonts (a second family for fpdf2 styles)."""
    base = "/usr/share/fonts/truetype/liberation/"
    for fam, stem in (("LSans", "LiberationSans"), ("LSerif", "LiberationSerif"), ("LMono", "LiberationMono"),
                      ("LNarrow", "LiberationSansNarrow")):
        pdf.add_font(fam, "", base + stem + "-Regular.ttf")
        pdf.add_font(fam, "B", base + stem + "-Bold.ttf")
    return pdf


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
