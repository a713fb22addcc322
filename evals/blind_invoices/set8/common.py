"""Set 8's own helpers: month names for its languages, number words (French, Latvian) and check digits (Serbian account
and registry numbers, Brazilian access key, Canadian business number).

The plumbing sets 3 to 8 share (numbers, truth, rendering, self-check) is ../invoice_kit.py; the item maker and the fake
QR codes and bar codes are ../kit_common.py. This set's French words are its own (hyphenated 'vingt-et-un'), not
../kit_words.py's.
"""


from invoice_kit import _en999, digits, luhn_check
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 8's own
    **SHARED_MONTHS,
    "lv_loc": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
}


# ------------------------------------------------------------------ number words
_FR1 = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
    "dix-neuf"
).split()
_FR10 = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr99(n):
    if n < 20:
        return _FR1[n]
    t, u = divmod(n, 10)
    if t in (7, 9):  # soixante-dix, quatre-vingt-dix
        base = "soixante" if t == 7 else "quatre-vingt"
        return base + ("-et-" if n == 71 else "-") + _FR1[10 + u]
    if t == 8:
        return "quatre-vingt" + ("-" + _FR1[u] if u else "s")
    return _FR10[t] + ("-et-un" if u == 1 else ("-" + _FR1[u] if u else ""))


def _fr999(n):
    h, r = divmod(n, 100)
    if not h:
        return _fr99(r)
    head = "cent" if h == 1 else _FR1[h] + " cent" + ("s" if r == 0 else "")
    return head + (" " + _fr99(r) if r else "")


def fr_words(n):
    n = int(n)
    if n == 0:
        return "zéro"
    parts = []
    m, rest = divmod(n, 10**6)
    th, u = divmod(rest, 1000)
    if m:
        parts.append(_fr999(m) + (" million" if m == 1 else " millions"))
    if th:
        parts.append("mille" if th == 1 else _fr999(th).removesuffix("s") + " mille")
    if u:
        parts.append(_fr999(u))
    return " ".join(parts)


_LV1 = (
    "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi desmit vienpadsmit divpadsmit trīspadsmit "
    "četrpadsmit piecpadsmit sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit"
).split()


def _lv999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("viens simts" if h == 1 else _LV1[h] + " simti")
    if r:
        if r < 20:
            parts.append(_LV1[r])
        else:
            t, u = divmod(r, 10)
            parts.append(_LV1[t].removesuffix("i").removesuffix("s") + "desmit" if t != 3 else "trīsdesmit")
            if u:
                parts.append(_LV1[u])
    return " ".join(parts)


def lv_words(n):
    """Latvian cardinal words (as invoice programs print them: 'viens tūkstotis divi simti trīsdesmit četri')."""
    n = int(n)
    if n == 0:
        return "nulle"
    parts = []
    th, u = divmod(n, 1000)
    if th:
        w = _lv999(th)
        parts.append(w + (" tūkstotis" if th % 10 == 1 and th % 100 != 11 else " tūkstoši"))
    if u:
        parts.append(_lv999(u))
    return " ".join(parts)


# ------------------------------------------------------------------ check digits
def rs_account(rng):
    """A Serbian current account 3-13-2, the control number ISO 7064 MOD 97-10 over bank + account."""
    bank = rng.choice(["160", "170", "205", "265", "325", "155"])
    acc = digits(rng, 13)
    c = 98 - (int(bank + acc) * 100) % 97
    return f"{bank}-{acc}-{c:02d}"


def rs_mb(rng):
    """A Serbian matični broj (8 digits, mod 11 with weights 8..2)."""
    while True:
        s = digits(rng, 7, True)
        r = 11 - sum(int(c) * w for c, w in zip(s, range(8, 1, -1), strict=True)) % 11
        if r < 10:
            return s + str(r)
        if r == 11:
            return s + "0"


def br_chave(uf, yymm, cnpj, serie, nnf, cnf):
    """A 44-digit NF-e access key with its mod-11 check digit."""
    s = f"{uf}{yymm}{cnpj}55{serie:03d}{nnf:09d}1{cnf}"
    tot = sum(int(c) * w for c, w in zip(reversed(s), [2, 3, 4, 5, 6, 7, 8, 9] * 6, strict=False))
    r = tot % 11
    return s + str(0 if r < 2 else 11 - r)


def ca_bn(rng):
    """A Canadian business number (9 digits, Luhn)."""
    s = digits(rng, 8, True)
    return s + luhn_check(s)


__all__ = [
    "MONTHS",
    "fr_words",
    "lv_words",
    "_en999",
    "rs_account",
    "rs_mb",
    "br_chave",
    "ca_bn",
]
