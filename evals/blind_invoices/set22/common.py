"""Set 22's own helpers beside the shared ones: long dates in German, Italian and Spanish. The plumbing sets 3 to 22
share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month tables, item makers, RIB keys and drawing
helpers are ../kit_common.py, amounts in words ../kit_words.py. The truth record, the notes' sentences, the fpdf2
label/value block and ids made valid with python-stdnum are ../kit_common.py's too (this set's notes name the fields
'due' and 'PO').
"""

from functools import partial

from invoice_kit import digits, iban_fmt
from kit_common import MONTHS as SHARED_MONTHS
from kit_common import due_note as shared_due_note
from kit_common import po_note as shared_po_note
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


def es_iban(rng, bank):
    """A Spanish account for bank code `bank` as a printed IBAN: branch and account number random, the two CCC check
    digits and the IBAN's from python-stdnum."""
    branch, account = digits(rng, 4), digits(rng, 10)
    ccc = bank + branch + _ccc.calc_check_digits(bank + branch + "00" + account) + account
    return iban_fmt(_ccc.to_iban(ccc))


# set 22's notes name the fields 'due' and 'PO'
due_note = partial(shared_due_note, name="due")
po_note = partial(shared_po_note, name="PO")
