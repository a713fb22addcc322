"""Set 12's own month names (Montenegrin), beside the shared tables of ../kit_common.py.

The plumbing sets 3 to 21 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker and the
fake QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py.
"""

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 12's own
    **SHARED_MONTHS,
    "cnr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split(),
}

__all__ = ["MONTHS"]
