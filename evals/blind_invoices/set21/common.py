"""Set 21's own helpers: month names and a Spanish bank account (CCC) with its check digits. The plumbing sets 3 to 21
share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the RIB keys, the catalogue lines and the fpdf2 and
HTML drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import digits
from stdnum.es import ccc as _ccc

MONTHS = {  # the kit's five languages and the ones set 21 prints
    **_KIT_MONTHS,
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en_days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
}

__all__ = ["MONTHS", "es_ccc"]


def es_ccc(rng, bank):
    """A Spanish CCC (bank 4, branch 4, check 2, account 10 digits) with python-stdnum's check digits."""
    branch, acct = digits(rng, 4), digits(rng, 10)
    raw = bank + branch + "00" + acct
    return bank + branch + _ccc.calc_check_digits(raw) + acct
