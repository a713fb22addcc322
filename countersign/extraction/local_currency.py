"""A currency printed in its country's own short sign, read only on a page that names that country.

Many countries print their money with a sign of one letter or a short word that the reader cannot take anywhere:
Eswatini's lilangeni is "E 20,565.00", the Gambian dalasi "Invoice total (D)", the Djibouti franc "Net à payer
(FDJ)", Tonga's pa'anga its code "TOTAL TOP" (also an English word). CLDR gives each country's own signs
(`cldr.local_signs`); when the page's telephone numbers, addresses or ids name that country (`countries.country_hints`)
and nothing else says the currency, such a sign printed against an amount, in a label's brackets, or ending the
label of an amount printed beside it, reads as that country's money, unsurely (0.8).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from countersign.extraction.cldr import local_names, local_signs, territory_currency
from countersign.extraction.layout import Segment, Word

LOCAL = 0.8
_AMOUNT = re.compile(r"[-(]?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*(?:[.,]\d{1,3})?\)?")


def local_currency(segments: list[Segment], hints: set[str], buyer_words: set[int],
                   placed: Callable[[str, re.Match[str]], bool]) -> list[tuple[str, float, list[Word]]]:
    """[(code, 0.8, words)] for the one currency whose country the page names and whose own sign or code it prints
    outside the buyer's block where `placed` says a sign stands (against an amount, in a label's brackets), or ending
    an amount's label; [] if none or several."""
    found: dict[str, list[Word]] = {}
    for country in sorted({h.lstrip("+@") for h in hints}):
        code = territory_currency(country)
        if code is None:
            continue
        signs = {code, *local_signs(country), *(s.upper() for s in local_signs(country) if len(s) > 1)}
        for name in local_names(country):  # "Invoice total (Dalasi)", "TOTAL Pa'anga", plural: "(Patacas)"
            for typed in {name, name.replace("ʻ", "'"), name.replace("ʻ", "\u2019"), name + "s"}:
                signs |= {typed, typed.lower(), typed.upper(), typed[0].upper() + typed[1:]}
        pattern = re.compile("|".join((r"(?<![^\W\d_])" if s[0].isalpha() else r"(?<!\w)") + re.escape(s)
                                      + (r"(?![^\W\d_])" if s[-1].isalpha() else "")
                                      for s in sorted(signs, key=len, reverse=True)))
        for seg in segments:
            if all(w.id in buyer_words for w in seg.words):
                continue
            for m in pattern.finditer(seg.text):
                if placed(seg.text, m) or _ends_a_label(seg, m):
                    found.setdefault(code, seg.words)
    if len(found) != 1:
        return []
    code, words = next(iter(found.items()))
    return [(code, LOCAL, words)]


def _ends_a_label(seg: Segment, m: re.Match[str]) -> bool:
    """The sign ends a label of words whose amount is the next cell on its line ("TOTAL TOP | 5,414.78")."""
    if m.end() != len(seg.text) or not re.search(r"[^\W\d_]{2}", seg.text[:m.start()]):
        return False
    cells = seg.line.segments
    i = next((k for k, s in enumerate(cells) if s is seg), None)
    return i is not None and i + 1 < len(cells) and bool(_AMOUNT.fullmatch(cells[i + 1].text.strip()))
