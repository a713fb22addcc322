"""Set 13's own month names for its languages.

The plumbing sets 3 to 13 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker, the fake
QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py. This file is copied from set 12's
common.py with set 13's month names.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages and set 13's
    **_KIT_MONTHS,
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}

__all__ = [
    "MONTHS",
]
