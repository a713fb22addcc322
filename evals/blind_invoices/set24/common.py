"""Set 24's own helpers beside the shared ones: long dates in German and Greek, a truth record built from the values
every style has, the sentences of the truth notes every style repeats (terms, PO), an fpdf2 label/value block and ids
made valid with python-stdnum. The plumbing sets 3 to 24 share (numbers, truth, rendering, self-check) is
../invoice_kit.py; month tables, item makers and drawing helpers are ../kit_common.py.
"""

from invoice_kit import T, digits, li, mt, txt, valid
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 24's own
    **SHARED_MONTHS,
    "el_gen": (
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
        "Δεκεμβρίου"
    ).split(),
}


def de_date(x):
    """12. März 2026."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def el_date(x):
    """12 Μαρτίου 2026."""
    return f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}"


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
        return f"due = '{label}'. "
    if term:
        return f"'{term}' is a term: no due date (null). "
    return "No due date or term printed (null). "


def po_note(po, label):
    """The notes' sentence on the order number."""
    return f"PO = '{label}' {po}. " if po else "No PO. "


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
