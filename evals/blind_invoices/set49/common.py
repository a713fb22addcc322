"""Set 49's own helpers beside the shared ones (../kit_common.py): month names in Uzbek, Armenian (genitive) and
Russian (shared), Indian/Bangladeshi lakh grouping, a tax summary per rate (all as set 43) and Vietnamese number
words for whole dong (`vn_words`, new)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
    "hy_gen": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի".split(),
}


def es_date(x):
    """12 de marzo de 2026."""
    return f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}"


def lakh(x, nd=2):
    """12,34,567.89: lakh grouping (India, Bangladesh)."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join(parts) + "," + tail
    return ("-" if neg else "") + whole + ("." + frac if nd else "")


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


_VN = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vn999(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = [_VN[h], "trăm"] if full or h else []
    if t == 0:
        if u:
            out += (["linh"] if out else []) + [_VN[u]]
    elif t == 1:
        out += ["mười"] + ([("lăm" if u == 5 else _VN[u])] if u else [])
    else:
        out += [_VN[t], "mươi"] + ([("mốt" if u == 1 else "lăm" if u == 5 else _VN[u])] if u else [])
    return out


def vn_words(x):
    """Whole dong in Vietnamese words: 'Một triệu hai trăm linh năm nghìn đồng'."""
    n = int(x)
    if n == 0:
        return "Không đồng"
    groups = []
    while n:
        groups.insert(0, n % 1000)
        n //= 1000
    scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ"][: len(groups)][::-1]
    words = []
    for k, (g, sc) in enumerate(zip(groups, scales, strict=True)):
        if g:
            words += _vn999(g, k > 0) + ([sc] if sc else [])
    s = " ".join(words) + " đồng"
    return s[0].upper() + s[1:]
