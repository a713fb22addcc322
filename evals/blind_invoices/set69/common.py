"""Set 69's own helpers beside the shared ones (../kit_common.py): Turkish, Indonesian and Vietnamese month names and
long dates, Indian digit grouping, a tax summary per rate, ids made valid with python-stdnum (Israeli company number,
Canadian business number, Mexican RFC, Australian ABN, Turkish VKN, Indian GSTIN, Indonesian NPWP, Vietnamese MST),
a Bahraini VAT account number, a CFDI-like UUID and words for amounts (Spanish CFDI, Turkish, Indian rupees)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, in_words, q2, tr_words, valid
from kit_common import MONTHS as SHARED_MONTHS
from kit_words import en_words_title, es_words
from stdnum.au import abn
from stdnum.ca import bn
from stdnum.id import npwp
from stdnum.il import hp
from stdnum.in_ import gstin
from stdnum.mx import rfc
from stdnum.tr import vkn
from stdnum.vn import mst

MONTHS = {
    **SHARED_MONTHS,
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "id_short": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split(),
}


def long_date(x, lang):
    """tr '12 Mart 2026', id '12 Maret 2026', vi 'Ngày 12 tháng 03 năm 2026', fr '12 mars 2026', es '12 de marzo de 2026',
    en '12 March 2026', us 'March 12, 2026'."""
    if lang == "vi":
        return f"Ngày {x.day:02d} tháng {x.month:02d} năm {x.year}"
    if lang == "us":
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"
    name = MONTHS[lang][x.month - 1]
    if lang == "es":
        return f"{x.day} de {name} de {x.year}"
    return f"{x.day} {name} {x.year}"


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}, key=lambda v: -D(str(v))):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * D(str(r)) / 100)))
    return out


def inr(x, nd=2):
    """Indian grouping: 12,34,567.89."""
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


# ------------------------------------------------------------------ ids
def il_company(rng, prefix="51"):
    """An Israeli company number (ח.פ.) of 9 digits, its check digit valid (stdnum.il.hp)."""
    return valid(rng, lambda: prefix + digits(rng, 7), hp.is_valid)


def ca_bn(rng):
    """A Canadian business number (9 digits, Luhn check, stdnum.ca.bn)."""
    return valid(rng, lambda: digits(rng, 9, True), bn.is_valid)


def mx_rfc(rng, letters, d):
    """An RFC: three letters (a company) or four (a person), the date yymmdd and a homoclave whose check digit is
    valid (stdnum.mx.rfc with validate_check_digits)."""
    ab = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    return valid(rng, lambda: f"{letters}{d.strftime('%y%m%d')}{rng.choice(ab)}{rng.choice(ab)}" + rng.choice("0123456789A"), lambda s: rfc.is_valid(s, validate_check_digits=True))


def au_abn(rng):
    return valid(rng, lambda: digits(rng, 11, True), abn.is_valid)


def abn_fmt(s):
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def tr_vkn(rng):
    return valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)


def in_gstin(rng, state, pan_letters):
    """A GSTIN: the state code, a PAN (five letters, four digits, a letter), the entity digit, 'Z' and a valid check
    character."""
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def make():
        pan = pan_letters + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(5 - len(pan_letters))) + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        return f"{state}{pan}{rng.choice('123')}Z{rng.choice(alnum)}"

    return valid(rng, make, gstin.is_valid)


def id_npwp(rng, office="301"):
    """A 15-digit Indonesian NPWP (its ninth digit a check digit, stdnum.id.npwp), printed 01.234.567.8-301.000."""
    n = valid(rng, lambda: "0" + str(rng.randint(1, 9)) + digits(rng, 7) + office + "000", npwp.is_valid)
    return n, f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def vn_mst(rng, prefix="35"):
    """A 10-digit Vietnamese tax code (mã số thuế) whose check digit is valid; prefix 35 is Bà Rịa - Vũng Tàu."""
    return valid(rng, lambda: prefix + digits(rng, 8), mst.is_valid)


def bh_vat(rng):
    """A Bahraini VAT account number: 15 digits starting 2 and ending 00002 (no check digit is published)."""
    return "2" + digits(rng, 9) + "00002"


def uuid_like(rng):
    h = "0123456789ABCDEF"
    p = ["".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)]
    return "-".join(p)


# ------------------------------------------------------------------ words
def mx_letra(total, cur="PESOS", code="M.N."):
    """The CFDI 'importe con letra': '(MIL DOSCIENTOS TREINTA Y CUATRO PESOS 56/100 M.N.)'."""
    whole = int(total)
    cents = int((D(total) - whole) * 100)
    return f"({es_words(whole).upper()} {cur} {cents:02d}/100 {code})"


def tr_yazi(total):
    """'Yalnız: BinİkiYüzOtuzDört Türk Lirası Elli Altı Kuruş'."""
    whole = int(total)
    k = int((D(total) - whole) * 100)
    s = f"Yalnız: {tr_words(whole)} Türk Lirası"
    return s + (f" {tr_words(k)} Kuruş" if k else "")


def inr_words(total):
    """'Indian Rupees One Lakh Twenty Three Thousand Four Hundred Fifty Six Only'."""
    whole = int(total)
    paise = int((D(total) - whole) * 100)
    s = f"INR {in_words(whole)}"
    return s + (f" and {in_words(paise)} paise Only" if paise else " Only")


def aud_words(total):
    whole = int(total)
    c = int((D(total) - whole) * 100)
    return f"{en_words_title(whole)} Dollars and {c:02d} Cents"


_VI = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vi999(n, full):
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    out = []
    if h or full:
        out += [_VI[h], "trăm"]
    if t == 0:
        if u:
            out += (["linh"] if (h or full) else []) + [_VI[u]]
    elif t == 1:
        out.append("mười")
        if u:
            out.append("lăm" if u == 5 else _VI[u])
    else:
        out += [_VI[t], "mươi"]
        if u:
            out.append({1: "mốt", 4: "tư", 5: "lăm"}.get(u, _VI[u]))
    return out


def vi_words(n):
    """Vietnamese words for a whole number of dong: 'Một triệu hai trăm linh năm nghìn đồng'."""
    n = int(n)
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.insert(0, g)
    units = ["tỷ", "triệu", "nghìn", ""][-len(groups):] if len(groups) <= 4 else None
    words = []
    for k, (g, unit) in enumerate(zip(groups, units, strict=True)):
        if g == 0:
            continue
        words += _vi999(g, full=k > 0)
        if unit:
            words.append(unit)
    s = " ".join(words) + " đồng"
    return s[0].upper() + s[1:]
