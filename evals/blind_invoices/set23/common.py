"""Set 23's own helpers beside the shared ones: long dates in Swedish, Norwegian, Italian and Portuguese. The plumbing
sets 3 to 23 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item makers and
drawing helpers are ../kit_common.py, amounts in words ../kit_words.py. The truth record, the notes' sentences, the
fpdf2 label/value block and ids made valid with python-stdnum are ../kit_common.py's too (this set's notes name the
fields 'due' and 'PO').
"""

from functools import partial

from kit_common import MONTHS as SHARED_MONTHS
from kit_common import due_note as shared_due_note
from kit_common import po_note as shared_po_note

MONTHS = {  # the shared tables (../kit_common.py) and set 23's own
    **SHARED_MONTHS,
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "nb_short": "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.".split(),
    "it_days": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
}


def sv_date(x):
    """12 mars 2026."""
    return f"{x.day} {MONTHS['sv'][x.month - 1]} {x.year}"


def nb_date(x):
    """12. mars 2026."""
    return f"{x.day}. {MONTHS['nb'][x.month - 1]} {x.year}"


def it_date(x):
    """12 marzo 2026."""
    return f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"


def mod10_ref(base):
    """A Norwegian KID (MOD10, Luhn) check digit appended to base."""
    tot = 0
    for k, c in enumerate(reversed(base)):
        d = int(c) * (2 if k % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return base + str((10 - tot % 10) % 10)


def fi_ref(base):
    """A Finnish bank reference: base plus its 7-3-1 check digit."""
    w = (7, 3, 1)
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


# set 23's notes name the fields 'due' and 'PO'
due_note = partial(shared_due_note, name="due")
po_note = partial(shared_po_note, name="PO")
