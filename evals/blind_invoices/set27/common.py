"""Set 27's own helpers beside the shared ones: Arabic (Yemeni usage) and Indonesian month names, a truth record built
from the values every style has, the notes' sentences every style repeats (terms, PO) and ids made valid with
python-stdnum. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables,
item makers and drawing helpers are ../kit_common.py; amounts in words ../kit_words.py.
"""

from decimal import Decimal as D

from invoice_kit import T, digits, exact_price, li, mt, q2, valid
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


def truth(vendor, tax_id, no, po, d, due, cur, net, tax, total, items, notes):
    """The truth record (../invoice_kit.py's T) from a style's values: dates as date objects or None, amounts as
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


def due_note(due, term, label):
    """The notes' sentence on the due date: the label that prints it, or the printed term that computes none."""
    if due:
        return f"due_date = '{label}'. "
    if term:
        return f"'{term}' is a term: no due date (null). "
    return "No due date or term printed (null). "


def po_note(po, label):
    """The notes' sentence on the order number."""
    return f"po_number = '{label}' {po}. " if po else "No PO. "


def valid_id(rng, n, ok, prefix=""):
    """n random digits after prefix that python-stdnum's is_valid accepts."""
    return valid(rng, lambda: prefix + digits(rng, n - len(prefix), not prefix), ok)


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
