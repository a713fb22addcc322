"""Set 24's own helpers beside the shared ones: long dates in German and Greek. The plumbing sets 3 to 24 share
(numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item makers and drawing helpers are
../kit_common.py. The truth record, the notes' sentences, the fpdf2 label/value block and ids made valid
with python-stdnum are ../kit_common.py's too (this set's notes name the fields 'due' and 'PO').
"""

from functools import partial

from kit_common import MONTHS as SHARED_MONTHS
from kit_common import due_note as shared_due_note
from kit_common import po_note as shared_po_note

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


# set 24's notes name the fields 'due' and 'PO'
due_note = partial(shared_due_note, name="due")
po_note = partial(shared_po_note, name="PO")
