"""Set 64's own helpers beside the shared ones (../kit_common.py): Indian digit grouping (1,23,45,678.00) and its
forms for the self-check, month names (Indonesian, Samoan, Tongan), amounts in Indonesian and Vietnamese words, and
ids with check digits (GSTIN, PAN, NPWP, MST) made valid with python-stdnum."""

# ruff: noqa: E501

from decimal import Decimal as D

import invoice_kit
from invoice_kit import digits, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.id import npwp
from stdnum.in_ import gstin, pan
from stdnum.vn import mst

MONTHS = {
    **SHARED_MONTHS,
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "sm": "Ianuari Fepuari Mati Aperila Me Iuni Iulai Aokuso Setema Oketopa Novema Tesema".split(),
    "to": "Sānuali Fēpueli Maʻasi ʻEpeleli Mē Sune Siulai ʻAokosi Sepitema ʻOkatopa Nōvema Tīsema".split(),
}


# ------------------------------------------------------------------ Indian grouping
def inr(x, nd=2):
    """1,23,45,678.90: the last three digits, then groups of two (India, Sri Lanka, Nepal)."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):.{nd}f}"
    whole, _, frac = s.partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    out = ",".join([*groups, tail]) if groups else tail
    return ("-" if neg else "") + out + ("." + frac if nd else "")


_KIT_FORMS = invoice_kit.amount_forms


def _forms_with_lakhs(a):
    """The kit's forms of an amount and its Indian grouping, so the self-check finds '1,23,456.00' as printed."""
    fs = _KIT_FORMS(a)
    m = abs(D(a))
    fs.add(inr(m))
    if m == m.to_integral_value():
        fs.add(inr(m, 0))
    return fs


invoice_kit.amount_forms = _forms_with_lakhs  # the self-check (invoice_kit.verify) reads lakh-grouped amounts too


# ------------------------------------------------------------------ words
_ID = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()


def _id999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("seratus" if h == 1 else _ID[h] + " ratus")
    if r:
        if r < 12:
            parts.append(_ID[r])
        elif r < 20:
            parts.append(_ID[r - 10] + " belas")
        else:
            t, u = divmod(r, 10)
            parts.append(_ID[t] + " puluh" + (" " + _ID[u] if u else ""))
    return " ".join(parts)


def id_words(n):
    """Indonesian words for a whole number ('seribu', 'seratus', 'dua juta')."""
    n = int(n)
    if n == 0:
        return "nol"
    parts = []
    for div, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (1, "")):
        k, n = divmod(n, div)
        if k:
            if div == 1000 and k == 1:
                parts.append("seribu")
            else:
                parts.append(_id999(k) + (" " + name if name else ""))
    return " ".join(parts)


_VI = "không một hai ba bốn năm sáu bảy tám chín".split()


def _vi999(n, full):
    """Up to 999; full=True when a higher group stands before it ('không trăm', 'linh')."""
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    parts = []
    if h or full:
        parts.append(_VI[h] + " trăm")
    if t == 0:
        if u and parts:
            parts.append("linh " + _VI[u])
        elif u:
            parts.append(_VI[u])
    elif t == 1:
        parts.append("mười" + ("" if u == 0 else " lăm" if u == 5 else " " + _VI[u]))
    else:
        w = _VI[t] + " mươi"
        if u == 1:
            w += " mốt"
        elif u == 5:
            w += " lăm"
        elif u:
            w += " " + _VI[u]
        parts.append(w)
    return " ".join(parts)


def vi_words(n):
    """Vietnamese words for a whole number ('một triệu hai trăm nghìn')."""
    n = int(n)
    if n == 0:
        return "không"
    parts = []
    started = False
    for div, name in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append(_vi999(k, started) + (" " + name if name else ""))
            started = True
    return " ".join(parts)


# ------------------------------------------------------------------ ids
_AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def in_pan(rng, kind="C", initial=None):
    """A PAN: three letters, the holder's kind (C a company, F a firm, P a person), the name's initial, four digits and
    a letter (stdnum checks the form, there is no check digit)."""
    return valid(
        rng,
        lambda: "".join(rng.choice(_AZ) for _ in range(3)) + kind + (initial or rng.choice(_AZ)) + digits(rng, 4, True) + rng.choice(_AZ),
        pan.is_valid,
    )


def in_gstin(rng, state, pan_no):
    """A GSTIN: state code, the PAN, the entity number, 'Z' and the check character stdnum accepts."""
    return valid(rng, lambda: f"{state}{pan_no}1Z" + rng.choice("0123456789" + _AZ), gstin.is_valid)


def id_npwp(rng):
    """A 16-digit NPWP of a company (0, the entity type, the taxpayer, the check digit, the office, the branch)."""
    return valid(rng, lambda: "0" + rng.choice(["01", "02", "03", "21", "31"]) + digits(rng, 13), npwp.is_valid)


def vn_mst(rng, branch=False, prefix=None):
    """A Vietnamese tax code (mã số thuế): ten digits with the check digit (the first two the province: 42 Khánh Hòa,
    03 Hồ Chí Minh City, 58 Lâm Đồng), '-001' for a branch."""
    base = valid(rng, lambda: (prefix or rng.choice(["03", "01", "58"])) + digits(rng, 8), mst.is_valid)
    return base + ("-001" if branch else "")
