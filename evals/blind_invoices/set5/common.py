"""Shared helpers for blind invoice set 5 (numbers, ids, number words, fake QR codes, rendering)."""

import datetime as dt
import json
import os
import subprocess
import tempfile
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

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


def sp(x, nd=2):  # 1 234,56
    return fnum(x, ",", " ", nd)


def spd(x, nd=2):  # 1 234.56
    return fnum(x, ".", " ", nd)


def ch(x, nd=2):  # 1'234.56
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
    base = {
        "vendor_name": None,
        "vendor_tax_id": None,
        "invoice_number": None,
        "po_number": None,
        "invoice_date": None,
        "due_date": None,
        "currency": None,
        "subtotal": None,
        "tax": None,
        "total": None,
        "document_type": "invoice",
        "line_items": [],
        "style": None,
        "producer": None,
        "notes": "",
    }
    for k, v in kw.items():
        if k not in base:
            raise KeyError(k)
        base[k] = v
    return base


def li(items, qty=True):
    return [
        {
            "amount": mt(it["amount"]),
            "quantity": (qstr(it["qty"]) if qty and it.get("qty") is not None and it.get("show_qty", True) else None),
        }
        for it in items
    ]


# ------------------------------------------------------------------ rendering
_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render_html(template, ctx, name):
    html = _env.from_string(template).render(**ctx)
    if not html.lstrip().lower().startswith("<!doctype"):
        html = "<!DOCTYPE html>\n" + html
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, name + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(html)
        out = os.path.join(OUT, name + ".pdf")
        if os.path.exists(out):
            os.remove(out)
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--no-pdf-header-footer",
                f"--user-data-dir={os.path.join(td, 'prof')}",
                f"--print-to-pdf={out}",
                "file://" + hp,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )
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


def table(
    pdf,
    x,
    y,
    cols,
    rows,
    size=8,
    font="DV",
    rowh=5.2,
    header_fill=None,
    header_color=(0, 0, 0),
    header_style="B",
    border_bottom=True,
    zebra=None,
    line_color=(180, 180, 180),
):
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
        nl = max(len(cell) for cell in lines)
        hh = rowh + (nl - 1) * size * 0.42
        if zebra and ri % 2 == 1:
            pdf.set_fill_color(*zebra)
            pdf.rect(x, y, sum(c[1] for c in cols), hh, "F")
        cx = x
        for (_title, w, al), ls in zip(cols, lines, strict=True):
            for k, part in enumerate(ls):
                txt(pdf, cx + 1, y + 0.8 + k * size * 0.42, part, size, "", font, al, w - 2, h=size * 0.42)
            cx += w
        y += hh
        if border_bottom:
            pdf.line(x, y, x + sum(c[1] for c in cols), y)
    return y


def write_truth(name, truth):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


def iban(cc, bban):
    """A valid IBAN (ISO 13616 check digits) for country cc and the given BBAN."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_fmt(i):
    return " ".join(i[k : k + 4] for k in range(0, len(i), 4))


def valid(rng, make, ok):
    for _ in range(20000):
        c = make()
        if ok(c):
            return c
    raise RuntimeError("no valid id")


def lfont(pdf):
    """Liberation fonts (a second family for fpdf2 styles)."""
    base = "/usr/share/fonts/truetype/liberation/"
    for fam, stem in (
        ("LSans", "LiberationSans"),
        ("LSerif", "LiberationSerif"),
        ("LMono", "LiberationMono"),
        ("LNarrow", "LiberationSansNarrow"),
    ):
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


MONTHS.update(
    {
        "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
        "lt": (
            "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio"
        ).split(),
        "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    }
)


def lfont_italic(pdf):
    """Liberation italics (for the handwriting imitation)."""
    base = "/usr/share/fonts/truetype/liberation/"
    pdf.add_font("LSerifI", "", base + "LiberationSerif-Italic.ttf")
    pdf.add_font("LSansI", "", base + "LiberationSans-Italic.ttf")
    pdf.add_font("DVSerifI", "", FONTDIR + "DejaVuSerifCondensed-Italic.ttf")
    return pdf


# ------------------------------------------------------------------ number words (printed as decoys / amounts in words)
def en_words(n):
    n = int(n)
    ones = (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen"
    ).split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def w999(k):
        h, r = divmod(k, 100)
        out = []
        if h:
            out.append(ones[h] + " hundred")
        if r:
            t, u = divmod(r, 10)
            out.append(("and " if h else "") + (ones[r] if r < 20 else tens[t] + ("-" + ones[u] if u else "")))
        return " ".join(out)

    if n == 0:
        return "zero"
    parts = []
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append(w999(k) + (" " + name if name else ""))
    return " ".join(parts)


def fr_words(n):
    n = int(n)
    u = (
        "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
        "dix-huit dix-neuf"
    ).split()
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

    def w99(k):
        if k < 20:
            return u[k]
        t, r = divmod(k, 10)
        if t in (7, 9):
            base = "soixante" if t == 7 else "quatre-vingt"
            return base + ("-et-onze" if (t == 7 and r == 1) else "-" + u[10 + r])
        if t == 8:
            return "quatre-vingts" if r == 0 else "quatre-vingt-" + u[r]
        return tens[t] + ("" if r == 0 else "-et-un" if r == 1 else "-" + u[r])

    def w999(k, last=True):
        h, r = divmod(k, 100)
        s = []
        if h:
            s.append(("cent" if h == 1 else u[h] + " cent" + ("s" if r == 0 and last else "")))
        if r:
            s.append(w99(r))
        return " ".join(s)

    if n == 0:
        return "zéro"
    parts = []
    m, n = divmod(n, 10**6)
    if m:
        parts.append(w999(m) + " million" + ("s" if m > 1 else ""))
    k, n = divmod(n, 1000)
    if k:
        parts.append("mille" if k == 1 else w999(k, last=False) + " mille")
    if n:
        parts.append(w999(n))
    return " ".join(parts)


def bg_words(n):
    n = int(n)
    ones = ["", "един", "два", "три", "четири", "пет", "шест", "седем", "осем", "девет"]
    teens = [
        "десет",
        "единадесет",
        "дванадесет",
        "тринадесет",
        "четиринадесет",
        "петнадесет",
        "шестнадесет",
        "седемнадесет",
        "осемнадесет",
        "деветнадесет",
    ]
    tens = [
        "",
        "",
        "двадесет",
        "тридесет",
        "четиридесет",
        "петдесет",
        "шестдесет",
        "седемдесет",
        "осемдесет",
        "деветдесет",
    ]
    hund = [
        "",
        "сто",
        "двеста",
        "триста",
        "четиристотин",
        "петстотин",
        "шестстотин",
        "седемстотин",
        "осемстотин",
        "деветстотин",
    ]

    def w999(k):
        h, r = divmod(k, 100)
        p = [hund[h]] if h else []
        if r:
            if r < 10:
                p.append(ones[r])
            elif r < 20:
                p.append(teens[r - 10])
            else:
                t, o = divmod(r, 10)
                p += [tens[t]] + ([ones[o]] if o else [])
        if len(p) > 1:
            p.insert(len(p) - 1, "и")
        return " ".join(p)

    if n == 0:
        return "нула"
    parts = []
    m, n = divmod(n, 10**6)
    if m:
        parts.append("един милион" if m == 1 else w999(m) + " милиона")
    k, n = divmod(n, 1000)
    if k:
        wk = w999(k).split(" ")
        wk[-1] = {"един": "една", "два": "две"}.get(wk[-1], wk[-1])
        parts.append("хиляда" if k == 1 else " ".join(wk) + " хиляди")
    if n:
        parts.append(w999(n))
    return " ".join(parts)


_VI = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _vi_tens(t, o):
    if t == 1:
        return ["mười"] + ([("lăm" if o == 5 else _VI[o])] if o else [])
    return [_VI[t], "mươi"] + ([("mốt" if o == 1 else "lăm" if o == 5 else _VI[o])] if o else [])


def _vi999(k, full):
    h, r = divmod(k, 100)
    t, o = divmod(r, 10)
    s = [_VI[h], "trăm"] if (full or h) else []
    if t:
        s += _vi_tens(t, o)
    elif o:
        s += (["linh"] if (full or h) else []) + [_VI[o]]
    return " ".join(s)


def vi_words(n):
    n = int(n)
    if n == 0:
        return "Không"
    out, started = [], False
    for div, name in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn"), (1, "")):
        k, n = divmod(n, div)
        if k:
            out.append(_vi999(k, started) + (" " + name if name else ""))
            started = True
    s = " ".join(out)
    return s[0].upper() + s[1:]


def lt_words(n):
    n = int(n)
    ones = ["", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
    teens = [
        "dešimt",
        "vienuolika",
        "dvylika",
        "trylika",
        "keturiolika",
        "penkiolika",
        "šešiolika",
        "septyniolika",
        "aštuoniolika",
        "devyniolika",
    ]
    tens = [
        "",
        "",
        "dvidešimt",
        "trisdešimt",
        "keturiasdešimt",
        "penkiasdešimt",
        "šešiasdešimt",
        "septyniasdešimt",
        "aštuoniasdešimt",
        "devyniasdešimt",
    ]

    def w999(k):
        h, r = divmod(k, 100)
        p = []
        if h:
            p.append("šimtas" if h == 1 else ones[h] + " šimtai")
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
        if k % 10 == 0 or 10 < k % 100 < 20:
            return many
        return one if k % 10 == 1 else few

    if n == 0:
        return "nulis"
    parts = []
    m, n = divmod(n, 10**6)
    if m:
        parts.append(w999(m) + " " + form(m, "milijonas", "milijonai", "milijonų"))
    k, n = divmod(n, 1000)
    if k:
        parts.append(w999(k) + " " + form(k, "tūkstantis", "tūkstančiai", "tūkstančių"))
    if n:
        parts.append(w999(n))
    return " ".join(parts)


def lt_euro_form(k):
    k = int(k)
    if k % 10 == 0 or 10 < k % 100 < 20:
        return "eurų"
    return "euras" if k % 10 == 1 else "eurai"


def id_words(n):
    n = int(n)
    d = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    def w999(k):
        h, r = divmod(k, 100)
        p = []
        if h:
            p.append("seratus" if h == 1 else d[h] + " ratus")
        if r == 10:
            p.append("sepuluh")
        elif r == 11:
            p.append("sebelas")
        elif 12 <= r < 20:
            p.append(d[r - 10] + " belas")
        elif r >= 20:
            t, o = divmod(r, 10)
            p.append(d[t] + " puluh" + (" " + d[o] if o else ""))
        elif r:
            p.append(d[r])
        return " ".join(p)

    if n == 0:
        return "nol"
    parts = []
    for div, name in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (1, "")):
        k, n = divmod(n, div)
        if k:
            if div == 1000 and k == 1:
                parts.append("seribu")
            else:
                parts.append(w999(k) + (" " + name if name else ""))
    return " ".join(parts)


# ------------------------------------------------------------------ fake QR codes (no data; just the look)
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
