"""Set 5's own helpers: month names and number words for its languages, italic fonts.

The plumbing sets 3, 4 and 5 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the fake QR codes, once
copied from here to sets 6 to 20, are ../kit_common.py.
"""

from invoice_kit import FONTDIR
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 5's own
    **SHARED_MONTHS,
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
}


def lfont_italic(pdf):
    """Liberation italics (for the handwriting imitation)."""
    base = "/usr/share/fonts/truetype/liberation/"
    pdf.add_font("LSerifI", "", base + "LiberationSerif-Italic.ttf")
    pdf.add_font("LSansI", "", base + "LiberationSans-Italic.ttf")
    pdf.add_font("DVSerifI", "", FONTDIR + "DejaVuSerifCondensed-Italic.ttf")
    return pdf


# ------------------------------------------------------------------ number words (printed as decoys / amounts in words)
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
