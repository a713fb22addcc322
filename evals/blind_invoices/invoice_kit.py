"""The plumbing blind invoice sets 3, 4 and 5 share: numbers, ids, truth records, rendering, the self-check and the CLI.

Each set was written blind by a helper who copied the previous set's `common.py` and `make.py`; what they copied
unchanged lives here once. A set keeps its own styles, its seed, its own number words and whatever it does
differently (set 5's doctype, its Hebrew marks, how strict its self-check is); its `make.py` passes those in.
Sets 1 and 2 were written differently (their own formatting and truth helpers) and do not use this module.
"""

import datetime as dt
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import jinja2

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
CENT = D("0.01")


# ------------------------------------------------------------------ numbers
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


# ------------------------------------------------------------------ ids, dates, prices
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


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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


# ------------------------------------------------------------------ truth records
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


def write_truth(out, name, truth):
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ number words
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
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


# ------------------------------------------------------------------ styles and rendering
def style_registry(producer):
    """A style module's STYLES list of (number, name, fn, producer) and its @style(number, name) decorator."""
    styles = []

    def style(no, name):
        def deco(fn):
            styles.append((no, name, fn, producer))
            return fn

        return deco

    return styles, style


def css(size="A4", margin="14mm", font="'DejaVu Sans',sans-serif", fs="9.5pt"):
    return (
        f"@page{{size:{size};margin:{margin}}} body{{font-family:{font};font-size:{fs};color:#222;margin:0}}"
        "table{border-collapse:collapse} td,th{vertical-align:top} .r{text-align:right} .c{text-align:center}"
    )


_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render_html(template, ctx, name, out, doctype=False):
    """out/<name>.pdf from a jinja2 template through headless chromium; doctype=True prepends <!DOCTYPE html> when
    the template has none (set 5: standards mode)."""
    html = _env.from_string(template).render(**ctx)
    if doctype and not html.lstrip().lower().startswith("<!doctype"):
        html = "<!DOCTYPE html>\n" + html
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, name + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(html)
        pdf = os.path.join(out, name + ".pdf")
        if os.path.exists(pdf):
            os.remove(pdf)
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--no-pdf-header-footer",
                f"--user-data-dir={os.path.join(td, 'prof')}",
                f"--print-to-pdf={pdf}",
                "file://" + hp,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )
    if not os.path.exists(pdf):
        raise RuntimeError("chromium produced nothing for " + name)
    return pdf


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
        for (_title, w, al), ls in zip(cols, lines, strict=False):
            for k, part in enumerate(ls):
                txt(pdf, cx + 1, y + 0.8 + k * size * 0.42, part, size, "", font, al, w - 2, h=size * 0.42)
            cx += w
        y += hh
        if border_bottom:
            pdf.line(x, y, x + sum(c[1] for c in cols), y)
    return y


# ------------------------------------------------------------------ self-check (reads only PDF text and truth)
BLANKS = ("\u00a0", "\u202f", "\u2009")


def norm(s, blanks=BLANKS):
    for c in blanks:
        s = s.replace(c, " ")
    s = s.replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).strip()


def amount_forms(a):
    m = abs(D(a))
    fs = set()
    for f in (en, de, sp, spd, ch):
        fs.add(f(m))
        if m == m.to_integral_value():
            fs.add(f(m, 0))
        if m * 10 == (m * 10).to_integral_value():
            fs.add(f(m, 1))
    return fs


def _found(value, ntext, extra=()):
    return any(f.replace(" ", "") in ntext for f in amount_forms(value) | set(extra))


def checks_dir(out):
    return os.path.join(os.path.dirname(os.path.abspath(out)), "checks")


def _load_checks(out, name):
    """checks/<id>.json: a list of printed strings, or a dict with 'printed' plus optional 'tax_parts' (the tax printed
    only as its parts), 'total_adjustment' (a printed row between subtotal + tax and total) and 'line_adjustment' (a
    printed amount outside the line table that belongs to the subtotal, e.g. an Italian cassa previdenziale)."""
    with open(os.path.join(checks_dir(out), name + ".json"), encoding="utf-8") as f:
        chk = json.load(f)
    if isinstance(chk, list):
        return chk, None, D(0), D(0)
    return (
        chk["printed"],
        chk.get("tax_parts"),
        D(chk.get("total_adjustment", "0")),
        D(chk.get("line_adjustment", "0")),
    )


def _amount_problems(t, ntext, parts):
    problems = []
    keys = [("subtotal", t["subtotal"]), ("total", t["total"])]
    if parts and len(parts) > 1:  # tax printed as its parts only; the parts must be there and add up
        keys += [(f"tax part {k}", p) for k, p in enumerate(parts)]
        if sum(D(p) for p in parts) != D(t["tax"]):
            problems.append("tax parts do not add up")
    else:
        keys.append(("tax", t["tax"]))
    keys += [(f"li{k}", x["amount"]) for k, x in enumerate(t["line_items"])]
    problems += [f"amount {k}={v} not found" for k, v in keys if v is not None and not _found(v, ntext)]
    problems += [
        f"qty li{k}={x['quantity']} not found"
        for k, x in enumerate(t["line_items"])
        if x["quantity"] is not None and not _found(x["quantity"], ntext, {x["quantity"]})
    ]
    return problems


def _sum_problems(t, adj, line_adj, net_line_sum):
    problems = []
    if t["subtotal"] is not None and t["tax"] is not None and D(t["subtotal"]) + D(t["tax"]) + adj != D(t["total"]):
        problems.append("subtotal + tax != total")
    li_sum = sum(D(x["amount"]) for x in t["line_items"]) + line_adj
    ok_sums = {D(t["subtotal"] or 0), D(t["total"])}
    if net_line_sum and t["tax"] is not None:
        ok_sums.add(D(t["total"]) - D(t["tax"]) - adj)
    if li_sum not in ok_sums:
        problems.append(f"line sum {li_sum} matches neither subtotal nor total")
    return problems


def _field_problems(t, text, blanks, required, due_order):
    problems = [
        f"{k} {t[k]!r} not in text"
        for k in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number")
        if t[k] and norm(t[k], blanks) not in text
    ]
    problems += [
        k + " format" for k in ("invoice_date", "due_date") if t[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", t[k])
    ]
    if due_order and t["due_date"] and t["invoice_date"] and t["due_date"] < t["invoice_date"]:
        problems.append("due before invoice date")
    problems += [k + " null" for k in required if t[k] is None]
    return problems


def verify(out, names=None, *, width=40, blanks=BLANKS, required=(), due_order=False, net_line_sum=False):
    """Every truth amount, id and date is printed in the PDF's text (pymupdf), the sums agree. The keywords are what
    the sets check differently: set 3 no required fields and no date order, set 5 also a line sum net of tax."""
    import pymupdf

    bad = n = 0
    for jf in sorted(glob.glob(os.path.join(out, "*.json"))):
        name = os.path.basename(jf)[:-5]
        if names and name not in names:
            continue
        n += 1
        with open(jf, encoding="utf-8") as f:
            t = json.load(f)
        doc = pymupdf.open(jf[:-5] + ".pdf")
        text = norm(" ".join(p.get_text() for p in doc), blanks)
        printed, parts, adj, line_adj = _load_checks(out, name)
        problems = [f"missing {c!r}" for c in printed if norm(c, blanks) not in text]
        problems += _amount_problems(t, text.replace(" ", ""), parts)
        problems += _sum_problems(t, adj, line_adj, net_line_sum)
        problems += _field_problems(t, text, blanks, required, due_order)
        status = "OK" if not problems else "PROBLEMS: " + "; ".join(problems)
        print(f"{name:{width}s} pages={doc.page_count} chars={len(text):5d} {status}")
        bad += bool(problems)
    print(f"{n} docs, {bad} with problems")
    return bad


# ------------------------------------------------------------------ build and CLI
def build(styles, doc_seed, out, only=None, doctype=False, jobs=1):
    """Four documents per style: out/<id>.pdf, out/<id>.json (truth) and checks/<id>.json (printed strings).
    styles: (number, name, fn, producer); fn(rng, i) -> (truth, checks, render) where render is a function of the
    PDF path (fpdf2) or (template, ctx) for chromium; doc_seed(number, name, i) seeds each document's rng."""
    checks = checks_dir(out)
    os.makedirs(out, exist_ok=True)
    os.makedirs(checks, exist_ok=True)
    made, html_jobs = [], []
    for no, sname, fn, producer in styles:
        if only and not no.startswith(only):
            continue
        for i in range(4):
            truth, chk, render = fn(random.Random(doc_seed(no, sname, i)), i)
            name = f"s{no}_{sname}_{i + 1}"
            truth["style"] = sname
            truth["producer"] = producer
            if producer == "fpdf2":
                render(os.path.join(out, name + ".pdf"))
            else:
                html_jobs.append((render[0], render[1], name))
            write_truth(out, name, truth)
            if isinstance(chk, dict):
                chk = {**chk, "printed": [c for c in chk["printed"] if c]}
            else:
                chk = [c for c in chk if c]
            with open(os.path.join(checks, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(chk, f, ensure_ascii=False, indent=0)
            made.append(name)
    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(lambda j: render_html(*j, out, doctype=doctype), html_jobs))
    return made


def main(argv, styles, doc_seed, out, doctype=False, jobs=1, check=None):
    """make.py [--only NN] [--verify] [--out DIR] [--jobs N]: build (checks/ beside DIR) and self-check, or only
    self-check. --out builds elsewhere without touching the set's out/; --jobs is how many chromiums at a time."""
    out = argv[argv.index("--out") + 1] if "--out" in argv else out
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else jobs
    check = check or {}
    if "--verify" in argv:
        sys.exit(1 if verify(out, **check) else 0)
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    t0 = time.time()
    made = build(styles, doc_seed, out, only, doctype, jobs)
    print(f"generated {len(made)} documents in {time.time() - t0:.1f}s", flush=True)
    sys.exit(1 if verify(out, set(made), **check) else 0)
