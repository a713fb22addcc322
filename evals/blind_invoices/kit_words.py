"""Amounts in words that sets 6 to 21 print: title-case English, French, Spanish and Portuguese whole numbers.

Each set copied these from the one before (the French from set 11, the Spanish and Portuguese from set 12); they
live here once. Sets 5 and 8 keep their own French words: those hyphenate differently ('vingt-et-un'), and their
documents must not change.
"""

from invoice_kit import en_words


def en_words_title(n):
    """English words with each word capitalised but 'and' ('One Thousand Two Hundred and Five'), as cheques print."""
    return " ".join(w if w == "and" else w.capitalize() for w in en_words(n).split())


# ------------------------------------------------------------------ French
_FR = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_FR10 = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"]


def _fr99(n):
    if n < 17:
        return _FR[n]
    if n < 20:
        return "dix-" + _FR[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + _fr99(10 + u)
    if t == 9:
        return "quatre-vingt-" + _fr99(10 + u)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _FR[u]
    return _FR10[t] + ("" if u == 0 else " et un" if u == 1 else "-" + _FR[u])


def _fr999(n, final):
    """Up to 999; final=False before 'mille', where 'cents' and 'quatre-vingts' lose their s."""
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("cent" if h == 1 else _FR[h] + " cent" + ("s" if r == 0 and final else ""))
    if r:
        w = _fr99(r)
        if not final and w.endswith("quatre-vingts"):
            w = w[:-1]
        parts.append(w)
    return " ".join(parts)


def fr_words(n):
    """French words for a whole number (1990 spelling rules, without hyphens between all words)."""
    n = int(n)
    if n == 0:
        return "zéro"
    parts = []
    m, n = divmod(n, 10**6)
    k, u = divmod(n, 1000)
    if m:
        parts.append("un million" if m == 1 else _fr999(m, True) + " millions")
    if k:
        parts.append("mille" if k == 1 else _fr999(k, False) + " mille")
    if u:
        parts.append(_fr999(u, True))
    return " ".join(parts)


# ------------------------------------------------------------------ Spanish
_ES = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve"
).split()
_ES10 = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_ES100 = [
    "",
    *"ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos".split(),
]


def _es999(n, apocope):
    """Up to 999; apocope=True before 'mil' and 'millones' ('veintiún mil', 'un' for 'uno')."""
    if n == 100:
        return "cien"
    h, r = divmod(n, 100)
    parts = [_ES100[h]] if h else []
    if r:
        if r < 30:
            w = _ES[r]
        else:
            t, u = divmod(r, 10)
            w = _ES10[t] + (" y " + _ES[u] if u else "")
        if apocope:
            w = w[:-3] + "ún" if w.endswith("veintiuno") else (w[:-1] if w.endswith("uno") else w)
        parts.append(w)
    return " ".join(parts)


def es_words(n):
    """Spanish words for a whole number ('un' before mil and millón)."""
    n = int(n)
    if n == 0:
        return "cero"
    parts = []
    m, n = divmod(n, 10**6)
    k, u = divmod(n, 1000)
    if m:
        parts.append("un millón" if m == 1 else _es999(m, True) + " millones")
    if k:
        parts.append("mil" if k == 1 else _es999(k, True) + " mil")
    if u:
        parts.append(_es999(u, False))
    return " ".join(parts)


def es_words_plain_millions(n):
    """es_words with 'veintiun millones' left unaccented, as sets 6 and 7 printed it with their own copies."""
    return es_words(n).replace("veintiún millones", "veintiun millones")


# ------------------------------------------------------------------ Portuguese (European spelling)
_PT = (
    "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete "
    "dezoito dezanove"
).split()
_PT10 = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
_PT100 = ["", *"cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos".split()]


def _pt999(n):
    if n == 100:
        return "cem"
    h, r = divmod(n, 100)
    parts = [_PT100[h]] if h else []
    if r:
        if r < 20:
            parts.append(_PT[r])
        else:
            t, u = divmod(r, 10)
            parts.append(_PT10[t] + (" e " + _PT[u] if u else ""))
    return " e ".join(parts)


def pt_words(n):
    """Portuguese words for a whole number ('mil e cem', 'um milhão')."""
    n = int(n)
    if n == 0:
        return "zero"
    m, n = divmod(n, 10**6)
    k, u = divmod(n, 1000)
    groups = []
    if m:
        groups.append("um milhão" if m == 1 else _pt999(m) + " milhões")
    if k:
        groups.append("mil" if k == 1 else _pt999(k) + " mil")
    if u:
        groups.append(_pt999(u))
    s = groups[0]
    for g, val in zip(groups[1:], ([k] if m and k else []) + ([u] if u and (m or k) else []), strict=False):
        s += (" e " if val < 100 or val % 100 == 0 else " ") + g
    return s
