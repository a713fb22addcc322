"""Set 12's own month names for its languages.

The plumbing sets 3 to 12 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker, the fake
QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages and set 12's
    **_KIT_MONTHS,
    "cnr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}

__all__ = [
    "MONTHS",
]
