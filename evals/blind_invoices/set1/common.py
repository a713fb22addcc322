"""Shared helpers for the blind invoice test-set generator."""
import datetime as dt
import html
import random
from decimal import Decimal as D, ROUND_HALF_UP

import stdnum.iban as stdiban
from stdnum.de import vat as de_vat
from stdnum.fr import siren as fr_siren, siret as fr_siret, tva as fr_tva
from stdnum.es import cif as es_cif
from stdnum.nl import btw as nl_btw
from stdnum.it import iva as it_iva
from stdnum.pt import nif as pt_nif
from stdnum.pl import nip as pl_nip
from stdnum.in_ import gstin as in_gstin
from stdnum.ch import uid as ch_uid
from stdnum.gb import vat as gb_vat
from stdnum.se import orgnr as se_orgnr, vat as se_vat
from stdnum.dk import cvr as dk_cvr
from stdnum.no import orgnr as no_orgnr
from stdnum.fi import alv as fi_alv
from stdnum.lu import tva as lu_tva
from stdnum.au import abn as au_abn
from stdnum.de import stnr as de_stnr

CENT = D("0.01")


def q2(x):
    return D(x).quantize(CENT, ROUND_HALF_UP)


def e(s):
    return html.escape(str(s), quote=False)


# ---------------------------------------------------------------- numbers

def _group(intpart, sep, indian=False):
    if not sep:
        return intpart
    if indian and len(intpart) > 3:
        head, tail = intpart[:-3], intpart[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(intpart) > 3:
        parts.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    parts.insert(0, intpart)
    return sep.join(parts)


LOC = {
    "en": (".", ","),
    "de": (",", "."),
    "fr": (",", "\u202f"),
    "frsp": (",", "\u00a0"),
    "ch": (".", "'"),
    "pl": (",", "\u00a0"),
    "se": (",", "\u00a0"),
    "in": (".", ","),
    "nosep_dot": (".", ""),
    "nosep_comma": (",", ""),
}


def num(x, loc="en", places=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{places}f}"
    i, f = s.split(".") if places else (s, "")
    dec, sep = LOC[loc]
    i = _group(i, sep, indian=(loc == "in"))
    return ("-" if neg else "") + i + (dec + f if places else "")


def qty_str(q, loc="en"):
    """quantity printed: integers without decimals, else minimal decimals"""
    q = D(q)
    if q == q.to_integral_value():
        return str(int(q))
    s = format(q.normalize(), "f")
    dec = LOC[loc][0]
    return s.replace(".", dec)


def qty_truth(q):
    if q is None:
        return None
    q = D(q)
    if q == q.to_integral_value():
        return str(int(q))
    return format(q.normalize(), "f")


# ---------------------------------------------------------------- dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
}
MON_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]


def long_date(d, lang):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def us_long(d):
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def rand_date(rng, start=dt.date(2025, 3, 1), end=dt.date(2026, 11, 28)):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def add_days(d, n):
    return d + dt.timedelta(days=n)


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4))
    return nxt - dt.timedelta(days=nxt.day)


def prev_month_span(d):
    first_this = d.replace(day=1)
    last_prev = first_this - dt.timedelta(days=1)
    return last_prev.replace(day=1), last_prev


# ---------------------------------------------------------------- tax ids

def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def brute(gen, ok, tries=500000):
    for _ in range(tries):
        c = gen()
        if ok(c):
            return c
    raise RuntimeError("no valid id")


def gen_de_vat(rng):
    return brute(lambda: "DE" + str(rng.randint(1, 3)) + _digits(rng, 8), de_vat.is_valid)


def gen_de_stnr(rng):
    return brute(lambda: f"{rng.randint(101, 199)}/{_digits(rng, 3)}/{_digits(rng, 5)}",
                 de_stnr.is_valid)


def gen_fr(rng):
    siren = brute(lambda: str(rng.randint(3, 9)) + _digits(rng, 8), fr_siren.is_valid)
    siret = brute(lambda: siren + "000" + _digits(rng, 2), fr_siret.is_valid)
    for k in range(100):
        t = f"FR{k:02d}{siren}"
        if fr_tva.is_valid(t):
            return siren, siret, t
    raise RuntimeError


def gen_es_cif(rng, letter="B"):
    return brute(lambda: letter + _digits(rng, 8), es_cif.is_valid)


def gen_nl_btw(rng):
    return brute(lambda: "NL" + _digits(rng, 9) + "B01", nl_btw.is_valid)


def gen_it_iva(rng):
    return brute(lambda: "0" + _digits(rng, 10), it_iva.is_valid)


def gen_pt_nif(rng, first="5"):
    return brute(lambda: first + _digits(rng, 8), pt_nif.is_valid)


def gen_pl_nip(rng):
    return brute(lambda: str(rng.randint(1, 9)) + _digits(rng, 9), pl_nip.is_valid)


def gen_gstin(rng, state, name):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    init = name.strip()[0].upper()
    alnum = "0123456789" + letters

    def g():
        pan = "".join(rng.choice(letters) for _ in range(3)) + "C" + init + _digits(rng, 4) + rng.choice(letters)
        return f"{state:02d}{pan}1Z" + rng.choice(alnum)
    return brute(g, in_gstin.is_valid)


def gen_ch_uid(rng):
    u = brute(lambda: "CHE" + _digits(rng, 9), ch_uid.is_valid)
    return ch_uid.format(u)  # CHE-123.456.789


def gen_gb_vat(rng):
    return brute(lambda: "GB" + str(rng.randint(1, 9)) + _digits(rng, 8), gb_vat.is_valid)


def gen_se_vat(rng):
    org = brute(lambda: "55" + _digits(rng, 8), se_orgnr.is_valid)
    v = "SE" + org + "01"
    assert se_vat.is_valid(v)
    return org, v


def gen_dk_cvr(rng):
    return brute(lambda: str(rng.randint(1, 9)) + _digits(rng, 7), dk_cvr.is_valid)


def gen_no_org(rng):
    return brute(lambda: "9" + _digits(rng, 8), no_orgnr.is_valid)


def gen_fi_alv(rng):
    return brute(lambda: "FI" + str(rng.randint(1, 3)) + _digits(rng, 7), fi_alv.is_valid)


def gen_lu_tva(rng):
    return brute(lambda: "LU" + str(rng.randint(1, 3)) + _digits(rng, 7), lu_tva.is_valid)


def gen_au_abn(rng):
    return brute(lambda: str(rng.randint(1, 9)) + _digits(rng, 10), au_abn.is_valid)


def gen_iban(rng, cc, bban_gen):
    def g():
        bban = bban_gen()
        cd = stdiban.calc_check_digits(cc + "00" + bban)
        return cc + cd + bban
    return stdiban.format(brute(g, stdiban.is_valid))


IBAN_BBAN = {
    "DE": lambda r: _digits(r, 18),
    "FR": lambda r: _digits(r, 23),
    "ES": lambda r: _digits(r, 20),
    "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "TRIO", "BUNQ"]) + _digits(r, 10),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(r, 22),
    "PT": lambda r: _digits(r, 21),
    "PL": lambda r: _digits(r, 24),
    "CH": lambda r: _digits(r, 17),
    "GB": lambda r: r.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + _digits(r, 14),
    "SE": lambda r: _digits(r, 20),
    "DK": lambda r: _digits(r, 14),
    "NO": lambda r: _digits(r, 11),
    "FI": lambda r: _digits(r, 14),
    "LU": lambda r: _digits(r, 16),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _digits(r, 14),
    "AT": lambda r: _digits(r, 16),
}


def iban_for(rng, cc):
    return gen_iban(rng, cc, lambda: IBAN_BBAN[cc](rng))


# ---------------------------------------------------------------- lines

def make_line(rng, desc, qty, unit_price, disc=D(0), **extra):
    qty = D(qty)
    unit_price = D(unit_price)
    amount = q2(qty * unit_price * (1 - D(disc) / 100))
    d = dict(desc=desc, qty=qty, unit=unit_price, disc=D(disc), amount=amount)
    d.update(extra)
    return d


def price(rng, lo, hi, step="0.01"):
    step = D(step)
    lo, hi = D(str(lo)), D(str(hi))
    n = int((hi - lo) / step)
    return lo + step * rng.randint(0, n)


def pick_catalog(rng, catalog, n):
    n = min(n, len(catalog))
    return rng.sample(catalog, n)


# ---------------------------------------------------------------- words

_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
         "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
         "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _w99(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ((" " + _ONES[n % 10]) if n % 10 else "")


def _w999(n):
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(_ONES[h] + " Hundred")
    if r:
        out.append(_w99(r))
    return " ".join(out)


def indian_words(n):
    n = int(n)
    if n == 0:
        return "Zero"
    crore, n = divmod(n, 10 ** 7)
    lakh, n = divmod(n, 10 ** 5)
    thou, n = divmod(n, 1000)
    out = []
    if crore:
        out.append(_w999(crore) + " Crore")
    if lakh:
        out.append(_w99(lakh) + " Lakh")
    if thou:
        out.append(_w99(thou) + " Thousand")
    if n:
        out.append(_w999(n))
    return " ".join(out)


_PL_U = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
_PL_T = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście",
         "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"]
_PL_D = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt",
         "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]
_PL_H = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset",
         "osiemset", "dziewięćset"]


def _pl999(n):
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(_PL_H[h])
    if 10 <= r < 20:
        out.append(_PL_T[r - 10])
    else:
        t, u = divmod(r, 10)
        if t:
            out.append(_PL_D[t])
        if u:
            out.append(_PL_U[u])
    return " ".join(out)


def _pl_form(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def polish_words(amount):
    amount = D(amount)
    zl = int(amount)
    gr = int((amount - zl) * 100)
    out = []
    mil, rest = divmod(zl, 10 ** 6)
    th, rest = divmod(rest, 1000)
    if mil:
        out.append(_pl999(mil) + " " + _pl_form(mil, "milion", "miliony", "milionów"))
    if th:
        out.append(_pl999(th) + " " + _pl_form(th, "tysiąc", "tysiące", "tysięcy"))
    if rest:
        out.append(_pl999(rest))
    if not out:
        out.append("zero")
    words = " ".join(out)
    return f"{words} {_pl_form(zl, 'złoty', 'złote', 'złotych')} {gr:02d}/100"


# ---------------------------------------------------------------- truth

def truth(vendor, taxid, inv, po, idate, ddate, cur, sub, tax, total, lines, style,
          notes="", dtype="invoice"):
    return {
        "vendor_name": vendor,
        "vendor_tax_id": taxid,
        "invoice_number": inv,
        "po_number": po,
        "invoice_date": idate.isoformat(),
        "due_date": ddate.isoformat() if ddate else None,
        "currency": cur,
        "subtotal": f"{q2(sub):.2f}",
        "tax": f"{q2(tax):.2f}",
        "total": f"{q2(total):.2f}",
        "document_type": dtype,
        "line_items": [{"amount": f"{q2(a):.2f}", "quantity": qty_truth(q)} for a, q in lines],
        "style": style,
        "notes": notes,
    }


BASE_CSS = """
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
table{border-collapse:collapse}
"""


def page_css(size="A4", margin="0"):
    return f"@page{{size:{size};margin:{margin}}}" + BASE_CSS


def fake_qr(rng, cells=25, px=1.6):
    """a QR-looking SVG (not decodable) built from random modules + finder patterns."""
    on = set()
    for y in range(cells):
        for x in range(cells):
            if rng.random() < 0.5:
                on.add((x, y))

    def finder(ox, oy):
        for y in range(7):
            for x in range(7):
                on.discard((ox + x, oy + y))
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                if edge or core:
                    on.add((ox + x, oy + y))
        for k in range(-1, 8):
            for (xx, yy) in ((ox + k, oy - 1), (ox + k, oy + 7), (ox - 1, oy + k), (ox + 7, oy + k)):
                on.discard((xx, yy))
    finder(0, 0)
    finder(cells - 7, 0)
    finder(0, cells - 7)
    rects = "".join(f'<rect x="{x}" y="{y}" width="1" height="1"/>' for (x, y) in sorted(on)
                    if 0 <= x < cells and 0 <= y < cells)
    size = cells * px
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {cells} {cells}" '
            f'width="{size}mm" height="{size}mm" shape-rendering="crispEdges">{rects}</svg>')
