"""Set 68's own helpers beside the shared ones (../kit_common.py): Finnish, Swedish, Icelandic, Irish, Welsh,
Luxembourgish and Austrian month names, long dates in those and the shared languages, a tax summary per rate, the tax
taken out of gross prices, a valid IBAN, groups of four, the Finnish reference number (7-3-1) and Icelandic ids."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.is_ import kennitala, vsk

MONTHS = {
    **SHARED_MONTHS,
    "fi_part": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "ga": "Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig".split("|"),
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split(),
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember".split(),
    "de_at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}


def long_date(x, lang):
    """ca '12 de març de 2026', da '12. marts 2026', fi '12. maaliskuuta 2026', sv '12 mars 2026', is '12. mars 2026',
    ga '12 Márta 2026', cy '12 Mawrth 2026', lb '12. Mäerz 2026', de / de_at '12. März 2026' / '12. Jänner 2026',
    it '12 marzo 2026', en '12 March 2026', fr '12 mars 2026'."""
    if lang == "ca":
        return f"{x.day} {MONTHS['ca_de'][x.month - 1]} de {x.year}"
    key = {"fi": "fi_part"}.get(lang, lang)
    name = MONTHS[key][x.month - 1]
    if lang in ("da", "fi", "is", "lb", "de", "de_at"):
        return f"{x.day}. {name} {x.year}"
    return f"{x.day} {name} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (highest rate first)."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def by_rate_gross(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax, gross)] per rate when the prices include the tax: the tax taken out once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        g = sum(x[amount] for x in items if x[key] == r)
        t = q(g * D(str(r)) / (100 + D(str(r))))
        out.append((r, g - t, t, g))
    return out


def rand_iban(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits) with an n-character all-digit BBAN."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def group4(s):
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


def fi_ref(base):
    """A Finnish creditor reference (viitenumero): the base and its check digit, weights 7, 3, 1 from the right."""
    w = (7, 3, 1)
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def fi_ref_fmt(ref):
    """The reference in groups of five from the right, as Finnish bills print it."""
    out = []
    while ref:
        out.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(out)


def is_kennitala(rng):
    """An Icelandic company kennitala (first digit 4 to 7, check digit valid for python-stdnum), as 'DDMMYY-NNNN'."""
    k = valid(rng, lambda: str(rng.randint(41, 71)) + digits(rng, 8), kennitala.is_valid)
    return f"{k[:6]}-{k[6:]}"


def is_vsk(rng):
    """An Icelandic VSK-númer (5 or 6 digits, python-stdnum valid)."""
    return valid(rng, lambda: digits(rng, rng.choice([5, 6]), True), vsk.is_valid)
