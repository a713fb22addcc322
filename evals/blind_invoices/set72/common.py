"""Set 72's own helpers beside the shared ones (../kit_common.py): month names in Swedish, Finnish, Estonian,
Lithuanian, Polish, Czech and Hungarian with their long dates, ids whose check digits python-stdnum accepts (a Swedish
organisation number and VAT number, a Finnish Y-tunnus, an Estonian KMKR and registry code, a Lithuanian PVM code, a
Polish NIP, a Czech DIČ, a Hungarian adószám), a Kazakh BIN with its own mod-11 check digit (python-stdnum has none),
payment references (Finnish viitenumero, Swedish OCR), Polish amounts in words ('słownie') and the tax inside a
tax-inclusive amount."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, q2
from kit_common import MONTHS as SHARED_MONTHS
from kit_common import valid_id
from stdnum.cz import dic
from stdnum.ee import kmkr, registrikood
from stdnum.fi import ytunnus
from stdnum.hu import anum
from stdnum.lt import pvm
from stdnum.pl import nip
from stdnum.se import orgnr

MONTHS = {
    **SHARED_MONTHS,
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi_gen": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lt_gen": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs_gen": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
}


def long_date(x, lang):
    """sv '12 mars 2026', fi '12. maaliskuuta 2026', et '12. märts 2026', lt '2026 m. kovo 12 d.', pl '12 marca 2026 r.',
    cs '12. března 2026', hu '2026. március 12.', ru '12 марта 2026 г.'."""
    if lang == "sv":
        return f"{x.day} {MONTHS['sv'][x.month - 1]} {x.year}"
    if lang == "fi":
        return f"{x.day}. {MONTHS['fi_gen'][x.month - 1]} {x.year}"
    if lang == "et":
        return f"{x.day}. {MONTHS['et'][x.month - 1]} {x.year}"
    if lang == "lt":
        return f"{x.year} m. {MONTHS['lt_gen'][x.month - 1]} {x.day} d."
    if lang == "pl":
        return f"{x.day} {MONTHS['pl_gen'][x.month - 1]} {x.year} r."
    if lang == "cs":
        return f"{x.day}. {MONTHS['cs_gen'][x.month - 1]} {x.year}"
    if lang == "hu":
        return f"{x.year}. {MONTHS['hu'][x.month - 1]} {x.day}."
    if lang == "ru":
        return f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."
    return f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"


# ------------------------------------------------------------------ ids (python-stdnum, generate until valid)
def se_orgnr(rng):
    """A Swedish aktiebolag's organisation number 'NNNNNN-NNNN' (5…, Luhn) and its VAT number 'SE…01'."""
    o = valid_id(rng, 10, orgnr.is_valid, prefix="55")
    return f"{o[:6]}-{o[6:]}", f"SE{o}01"


def fi_ytunnus(rng):
    """A Finnish business id 'NNNNNNN-N' and its VAT number 'FINNNNNNNN'."""
    y = valid_id(rng, 8, ytunnus.is_valid, prefix=rng.choice(["0", "1", "2", "3"]))
    return f"{y[:7]}-{y[7]}", f"FI{y}"


def ee_kmkr(rng):
    return "EE" + valid_id(rng, 9, kmkr.is_valid, prefix="10")


def ee_regcode(rng):
    return valid_id(rng, 8, registrikood.is_valid, prefix="1")


def lt_pvm(rng):
    """A Lithuanian legal person's VAT code 'LT' + 9 digits ending in 1 (python-stdnum's check digit)."""
    return "LT" + valid_id(rng, 9, lambda s: s[7] == "1" and pvm.is_valid(s), prefix="1")


def pl_nip(rng, dashed=True):
    n = valid_id(rng, 10, nip.is_valid, prefix=rng.choice(["499", "669", "671", "672"]))
    return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}" if dashed else n


def cz_dic(rng):
    """A Czech company's DIČ 'CZ' + its IČO (8 digits, the legal entities' check digit) and the IČO alone."""
    ico = valid_id(rng, 8, lambda s: dic.is_valid("CZ" + s), prefix=rng.choice(["25", "26", "27", "28", "29"]))
    return "CZ" + ico, ico


def hu_adoszam(rng):
    """A Hungarian tax number 'NNNNNNNN-2-CC': the first eight digits carry the anum check digit."""
    base = valid_id(rng, 8, anum.is_valid, prefix="1")
    return f"{base}-2-{rng.choice(['20', '41', '13', '01'])}", "HU" + base


def kz_bin(rng, yymm):
    """A Kazakh business id (БИН): yymm, '4' (resident legal entity), a digit, five digits and the mod-11 check digit
    (weights 1..11, then 3..11,1,2 when the first remainder is 10; bodies whose second remainder is 10 are redrawn)."""
    while True:
        body = yymm + "4" + str(rng.randint(0, 2)) + digits(rng, 5)
        d = [int(c) for c in body]
        c = sum(x * w for x, w in zip(d, range(1, 12), strict=True)) % 11
        if c == 10:
            c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
        if c != 10:
            return body + str(c)


def fi_reference(base):
    """A Finnish national payment reference (viitenumero): base digits and the 7-3-1 check digit, in groups of five."""
    s = sum(int(c) * (7, 3, 1)[k % 3] for k, c in enumerate(reversed(base)))
    ref = base + str((10 - s % 10) % 10)
    ref = ref[::-1]
    return " ".join(ref[k : k + 5] for k in range(0, len(ref), 5))[::-1]


def se_ocr(base):
    """A Swedish OCR payment number: base, a length digit and the Luhn check digit."""
    from invoice_kit import luhn_check

    b = base + str((len(base) + 2) % 10)
    return b + luhn_check(b)


# ------------------------------------------------------------------ Polish amounts in words ('słownie')
_PL1 = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split()
_PL10 = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]
_PL100 = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"]


def _pl999(n):
    h, r = divmod(n, 100)
    parts = [_PL100[h]] if h else []
    if r:
        if r < 20:
            parts.append(_PL1[r])
        else:
            t, u = divmod(r, 10)
            parts.append(_PL10[t] + (" " + _PL1[u] if u else ""))
    return " ".join(parts)


def _pl_form(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def pl_words(n):
    n = int(n)
    if n == 0:
        return "zero"
    parts = []
    m, n = divmod(n, 10**6)
    k, u = divmod(n, 1000)
    if m:
        parts.append(("jeden" if m == 1 else _pl999(m)) + " " + _pl_form(m, "milion", "miliony", "milionów"))
    if k:
        parts.append(("jeden" if k == 1 else _pl999(k)) + " " + _pl_form(k, "tysiąc", "tysiące", "tysięcy"))
    if u:
        parts.append(_pl999(u))
    return " ".join(parts)


def pl_money_words(x):
    """'jeden tysiąc dwieście trzydzieści cztery złote 56/100'."""
    whole = int(abs(x))
    cents = int(q2(abs(x) - whole) * 100)
    return f"{pl_words(whole)} {_pl_form(whole, 'złoty', 'złote', 'złotych')} {cents:02d}/100"


def incl_tax(gross, rate):
    """The tax inside a tax-inclusive amount, to the cent."""
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
