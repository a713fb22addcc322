"""Set 11's own month names for its languages.

The plumbing sets 3 to 11 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker, the fake
QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py.
"""


from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages and set 11's
    **_KIT_MONTHS,
    "bs": "januar februar mart april maj juni juli august septembar oktobar novembar decembar".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


__all__ = ["MONTHS"]
