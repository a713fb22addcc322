"""Set 20's own month names (Portuguese, capitalised), beside the shared tables of ../kit_common.py. The plumbing sets 3
to 21 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the RIB keys, the catalogue lines, the fake QR
code, the long dates and the fpdf2 and HTML drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 20's own
    **SHARED_MONTHS,
    "pt_cap": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split(),
}

__all__ = ["MONTHS"]
