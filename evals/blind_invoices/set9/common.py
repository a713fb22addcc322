"""Set 9's own helpers: month names for its languages and check digits (Ecuadorian access key, Russian KPP-shaped codes,
Swedish bankgiro/OCR Luhn).

The plumbing sets 3 to 9 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker and the fake
QR codes and bar codes are ../kit_common.py, amounts in words ../kit_words.py.
"""


from invoice_kit import digits, luhn_check
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 9's own
    **SHARED_MONTHS,
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "hy_gen": (
        "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի"
    ).split(),
}


# ------------------------------------------------------------------ check digits
def ec_clave(d, ruc, serie, seq, code8, ambiente="2"):
    """A 49-digit SRI access key (clave de acceso): ddmmyyyy, 01 (factura), RUC, ambiente, serie, sequence, numeric
    code, emission type 1, and a mod-11 check digit (weights 2..7 from the right; 11 -> 0, 10 -> 1)."""
    s = f"{d.strftime('%d%m%Y')}01{ruc}{ambiente}{serie}{seq:09d}{code8}1"
    assert len(s) == 48, s
    tot = sum(int(c) * w for c, w in zip(reversed(s), [2, 3, 4, 5, 6, 7] * 8, strict=False))
    r = 11 - tot % 11
    return s + str({11: 0, 10: 1}.get(r, r))


def luhn_number(rng, n):
    """n digits whose last is a Luhn check digit (Swedish bankgiro, OCR references)."""
    s = digits(rng, n - 1, True)
    return s + luhn_check(s)


__all__ = ["MONTHS", "ec_clave", "luhn_number"]
