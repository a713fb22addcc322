"""Set 20's month names, copied from set 19's common.py with the ones set 20 prints. The plumbing sets 3 to 20 share
(numbers, truth, rendering, self-check) is ../invoice_kit.py; the RIB keys, the catalogue lines, the fake QR code and
the fpdf2 and HTML drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages and the ones set 20 prints
    **_KIT_MONTHS,
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pt_cap": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split(),
}

__all__ = ["MONTHS"]
