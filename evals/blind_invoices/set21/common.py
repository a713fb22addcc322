"""Set 21's own helpers: month names (English weekdays, dotted Dutch short months) beside the shared tables of
../kit_common.py, and a Spanish bank account (CCC) with its check digits. The plumbing sets 3 to 21 share (numbers,
truth, rendering, self-check) is ../invoice_kit.py; the RIB keys, the catalogue lines, the long dates and the fpdf2 and
HTML drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

from invoice_kit import digits
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.es import ccc as _ccc

MONTHS = {  # the shared tables (../kit_common.py) and set 21's own
    **SHARED_MONTHS,
    "en_days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),  # dotted, unlike the shared one
}

__all__ = ["MONTHS", "es_ccc"]


def es_ccc(rng, bank):
    """A Spanish CCC (bank 4, branch 4, check 2, account 10 digits) with python-stdnum's check digits."""
    branch, acct = digits(rng, 4), digits(rng, 10)
    raw = bank + branch + "00" + acct
    return bank + branch + _ccc.calc_check_digits(raw) + acct
