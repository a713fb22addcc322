"""Set 26's own helpers beside the shared ones: the Solar Hijri calendar with the Afghan (Dari) month names, Serbian
Cyrillic months, a truth record built from the values every style has, the notes' sentences every style repeats
(terms, PO), an fpdf2 label/value block and ids made valid with python-stdnum. The plumbing sets 3 to 26 share
(numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item makers and drawing helpers are
../kit_common.py.
"""

from invoice_kit import T, digits, li, mt, txt, valid
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 26's own
    **SHARED_MONTHS,
    "af_jalali": "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(),
    "sr_cyr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def jalali(x):
    """The Solar Hijri date (year, month, day) of a Gregorian date: the usual arithmetic conversion (as set 25)."""
    gy, gm, gd = x.year, x.month, x.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def af_date(x):
    """The Afghan Solar Hijri date in words: '14 حمل 1405' (day, Dari month name, year)."""
    y, m, d = jalali(x)
    return f"{d} {MONTHS['af_jalali'][m - 1]} {y}"


def sr_date(x):
    """12. март 2026. (Serbian Cyrillic long date)."""
    return f"{x.day}. {MONTHS['sr_cyr'][x.month - 1]} {x.year}."


def tr_date(x):
    """12 Mart 2026."""
    return f"{x.day} {MONTHS['tr'][x.month - 1]} {x.year}"


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


def valid_str(rng, make, ok):
    """Any candidate string make() builds that python-stdnum's is_valid accepts."""
    return valid(rng, make, ok)
