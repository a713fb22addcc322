"""Set 66's own helpers beside the shared ones (../kit_common.py): month names (Polish, Romanian, Macedonian, Albanian,
Czech, Hungarian, Serbian Cyrillic, Bulgarian, Estonian, Greek genitive), a tax summary per rate, the tax taken out of
gross prices, a valid IBAN, groups of four, ids valid with python-stdnum, the Estonian 7-3-1 reference number and the
amounts in Polish and Bulgarian words."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, q2, valid
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "cs_gen": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "sr_gen": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
}


def long_date(x, lang):
    """pl '12 marca 2026 r.', ro '12 martie 2026', mk '12 март 2026', sq '12 mars 2026', cs '12. března 2026',
    hu '2026. március 12.', sr '12. марта 2026. године', bg '12 март 2026 г.', et '12. märts 2026', el '12 Μαρτίου 2026'."""
    key = {"pl": "pl_gen", "ro": "ro", "mk": "mk", "sq": "sq", "cs": "cs_gen", "hu": "hu", "sr": "sr_gen", "bg": "bg", "et": "et", "el": "el_gen"}[lang]
    m = MONTHS[key][x.month - 1]
    return {
        "pl": f"{x.day} {m} {x.year} r.",
        "ro": f"{x.day} {m} {x.year}",
        "mk": f"{x.day} {m} {x.year}",
        "sq": f"{x.day} {m} {x.year}",
        "cs": f"{x.day}. {m} {x.year}",
        "hu": f"{x.year}. {m} {x.day}.",
        "sr": f"{x.day}. {m} {x.year}. године",
        "bg": f"{x.day} {m} {x.year} г.",
        "et": f"{x.day}. {m} {x.year}",
        "el": f"{x.day} {m} {x.year}",
    }[lang]


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, highest first, the tax rounded once per rate."""
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


def stdnum_ok(module):
    """module.is_valid, for the kit's valid()."""
    return lambda s: module.is_valid(s)


def vid(rng, n, module, prefix="", first_nonzero=True):
    """n characters (prefix and random digits) that python-stdnum's module accepts."""
    return valid(rng, lambda: prefix + digits(rng, n - len(prefix), first_nonzero and not prefix), stdnum_ok(module))


def ee_reference(base):
    """An Estonian viitenumber: the base digits and the 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


# ------------------------------------------------------------------ Polish words ('słownie')
_PL1 = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split()
_PL10 = "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt".split()
_PL100 = "_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset".split()


def _pl999(n):
    h, r = divmod(n, 100)
    out = [_PL100[h]] if h else []
    if r >= 20:
        t, u = divmod(r, 10)
        out += [_PL10[t]] + ([_PL1[u]] if u else [])
    elif r:
        out.append(_PL1[r])
    return out


def _pl_form(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def pl_words(n):
    """1234 -> 'jeden tysiąc dwieście trzydzieści cztery'."""
    n = int(n)
    if n == 0:
        return "zero"
    out = []
    for div, forms in ((10**6, ("milion", "miliony", "milionów")), (1000, ("tysiąc", "tysiące", "tysięcy"))):
        k, n = divmod(n, div)
        if k:
            out += _pl999(k) + [_pl_form(k, *forms)]
    out += _pl999(n)
    return " ".join(out)


def pl_zloty(x):
    """'jeden tysiąc dwieście trzydzieści cztery złote 56/100'."""
    x = abs(D(x))
    n = int(x)
    gr = int(q2(x - n) * 100)
    return f"{pl_words(n)} {_pl_form(n, 'złoty', 'złote', 'złotych')} {gr:02d}/100"


# ------------------------------------------------------------------ Bulgarian words ('Словом')
_BG1 = "нула един два три четири пет шест седем осем девет десет единадесет дванадесет тринадесет четиринадесет петнадесет шестнадесет седемнадесет осемнадесет деветнадесет".split()
_BG10 = "_ _ двадесет тридесет четиридесет петдесет шестдесет седемдесет осемдесет деветдесет".split()
_BG100 = "_ сто двеста триста четиристотин петстотин шестстотин седемстотин осемстотин деветстотин".split()


def _bg999(n, neuter=False):
    h, r = divmod(n, 100)
    parts = [_BG100[h]] if h else []
    if r >= 20:
        t, u = divmod(r, 10)
        parts.append(_BG10[t])
        if u:
            parts.append(_BG1[u])
    elif r:
        parts.append(_BG1[r])
    if neuter and parts and parts[-1] in ("един", "два"):
        parts[-1] = {"един": "едно", "два": "две"}[parts[-1]]
    return parts


def _bg_join(parts):
    return " ".join(parts) if len(parts) < 2 else " ".join(parts[:-1]) + " и " + parts[-1]


def bg_words(n, neuter=False):
    """1234 -> 'хиляда двеста тридесет и четири' (neuter 1 and 2 for the euro: 'едно', 'две')."""
    n = int(n)
    if n == 0:
        return "нула"
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    chunks = []
    if m:
        chunks.append(_bg_join(_bg999(m)) + (" милион" if m == 1 else " милиона"))
    if th:
        chunks.append("хиляда" if th == 1 else _bg_join([*_bg999(th)[:-1], {"един": "една", "два": "две"}.get(_bg999(th)[-1], _bg999(th)[-1])]) + " хиляди")
    if u:
        last = _bg999(u, neuter)
        if chunks and len(last) == 1:
            chunks.append("и " + last[0])
        else:
            chunks.append(_bg_join(last))
    return " ".join(chunks)
