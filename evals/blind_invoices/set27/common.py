"""Set 27's own helpers beside the shared ones: Arabic (Yemeni usage), Indonesian and Malay long dates, catalog rows and
Malay amounts in words. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py;
month tables, item makers and drawing helpers are ../kit_common.py; amounts in words ../kit_words.py. The truth
record, the notes' sentences, the fpdf2 label/value block and ids made valid with python-stdnum are
../kit_common.py's too.
"""

from decimal import Decimal as D

from invoice_kit import exact_price, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 27's own
    **SHARED_MONTHS,
    "ar_ye": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def ar_date(x):
    """12 مارس 2026 (day, the Arabic month name as Yemen prints it, year)."""
    return f"{x.day} {MONTHS['ar_ye'][x.month - 1]} {x.year}"


def id_date(x):
    """12 Maret 2026."""
    return f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}"


def ms_date(x):
    """12 Mac 2026 (Malay)."""
    return f"{x.day} {MONTHS['ms'][x.month - 1]} {x.year}"


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def rows(rng, catalog, n, step):
    """catalog rows: (desc, unit, qlo, qhi, lo, hi); whole quantities, prices exact to the step and the cent."""
    out = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(catalog, min(n, len(catalog))):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), D(str(step)))
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    return out


_MS = "kosong satu dua tiga empat lima enam tujuh lapan sembilan".split()


def _ms999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("seratus" if h == 1 else _MS[h] + " ratus")
    if r:
        if r < 10:
            parts.append(_MS[r])
        elif r == 10:
            parts.append("sepuluh")
        elif r == 11:
            parts.append("sebelas")
        elif r < 20:
            parts.append(_MS[r - 10] + " belas")
        else:
            t, u = divmod(r, 10)
            parts.append(_MS[t] + " puluh" + (" " + _MS[u] if u else ""))
    return " ".join(parts)


def ms_words(n):
    """Malay words for a whole number, title case ('Satu Ribu Dua Ratus Lima'): 'seribu' and 'seratus' as written."""
    n = int(n)
    if n == 0:
        return "Kosong"
    parts = []
    for div, name in ((10**6, "juta"), (1000, "ribu"), (1, "")):
        k, n = divmod(n, div)
        if k:
            if div == 1000 and k == 1:
                parts.append("seribu")
            else:
                parts.append(_ms999(k) + (" " + name if name else ""))
    return " ".join(w.capitalize() for w in " ".join(parts).split())
