"""Set 38's own helpers beside the shared ones: month names in Bulgarian, Polish (genitive), Turkish, Norwegian and
Austrian German and their long dates, the Indian (lakh) grouping of amounts with the one more printed form the
self-check must know for it (as set 10 had it in its own common.py), and a tax summary per rate (as sets 34 to 37 have
it in their own common.py). The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py;
month tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from decimal import Decimal as D

import invoice_kit
from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 38's own
    **SHARED_MONTHS,
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "de_at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}


def bg_date(x):
    """12 март 2026 г. (Bulgarian)."""
    return f"{x.day} {MONTHS['bg'][x.month - 1]} {x.year} г."


def pl_date(x):
    """12 marca 2026 (Polish)."""
    return f"{x.day} {MONTHS['pl_gen'][x.month - 1]} {x.year}"


def tr_date(x):
    """12 Mart 2026 (Turkish)."""
    return f"{x.day} {MONTHS['tr'][x.month - 1]} {x.year}"


def no_date(x):
    """12. mars 2026 (Norwegian)."""
    return f"{x.day}. {MONTHS['no'][x.month - 1]} {x.year}"


def da_date(x):
    """12. marts 2026 (Danish)."""
    return f"{x.day}. {MONTHS['da'][x.month - 1]} {x.year}"


def at_date(x):
    """12. Jänner 2026 (Austrian German)."""
    return f"{x.day}. {MONTHS['de_at'][x.month - 1]} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


# ------------------------------------------------------------------ Indian grouping (1,23,45,678.90)
def lakh(x, nd=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        whole = ",".join(groups + [tail])
    return ("-" if neg else "") + whole + ("." + frac if nd else "")


def extend_amount_forms():
    """The kit's self-check knows 1,234.56 / 1.234,56 / 1 234,56 / 1 234.56 / 1'234.56; set 38's Kochi style groups by
    lakh (1,23,456.00). Add that one grouping of the same value (nothing else is loosened), as set 10 did."""
    if getattr(invoice_kit.amount_forms, "_set38", False):
        return
    base = invoice_kit.amount_forms

    def forms(a):
        fs = base(a)
        m = abs(D(a))
        fs.add(lakh(m))
        if m == m.to_integral_value():
            fs.add(lakh(m, 0))
        return fs

    forms._set38 = True
    invoice_kit.amount_forms = forms
