"""Set 22's own helpers beside the shared ones: long dates in German, Italian and Spanish, a truth record built from the
values every style has, the sentences of the truth notes every style repeats (terms, PO) and an fpdf2 label/value block.
The plumbing sets 3 to 22 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item makers,
RIB keys and drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

from invoice_kit import T, digits, iban_fmt, li, mt, txt
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.es import ccc as _ccc

MONTHS = {  # the shared tables (../kit_common.py) and set 22's own
    **SHARED_MONTHS,
    "en_days_short": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de_days": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "it_days": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
}


def de_date(x):
    """12. März 2026."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def it_date(x):
    """12 marzo 2026."""
    return f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


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


def kv(pdf, x, y, rows, wl=30, wv=40, size=8, font="DV", step=4.6, color=(90, 90, 90)):
    """Label / value rows drawn with fpdf2, the value bold and right-aligned; rows whose value is None are skipped.
    Returns the y below them."""
    for label, value in rows:
        if value is None:
            continue
        txt(pdf, x, y, label, size, font=font, color=color)
        txt(pdf, x + wl, y, value, size, "B", font=font, align="R", w=wv)
        y += step
    return y


def es_iban(rng, bank):
    """A Spanish account for bank code `bank` as a printed IBAN: branch and account number random, the two CCC check
    digits and the IBAN's from python-stdnum."""
    branch, account = digits(rng, 4), digits(rng, 10)
    ccc = bank + branch + _ccc.calc_check_digits(bank + branch + "00" + account) + account
    return iban_fmt(_ccc.to_iban(ccc))
