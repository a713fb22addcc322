"""A currency printed in its country's own short sign, read only on a page that names that country.

Many countries print their money with a sign of one letter or a short word that the reader cannot take anywhere:
Eswatini's lilangeni is "E 20,565.00", the Gambian dalasi "Invoice total (D)", the Djibouti franc "Net à payer
(FDJ)", Tonga's pa'anga its code "TOTAL TOP" (also an English word). CLDR gives each country's own signs
(`cldr.local_signs`); when the page's telephone numbers, addresses or ids name that country (`countries.country_hints`)
and nothing else says the currency, such a sign printed against an amount, in a label's brackets, or ending the
label of an amount printed beside it (on its line, or level with it in larger type: "TOTAL EC Dollars" on a page
dialling Antigua is the East Caribbean dollar), reads as that country's money, unsurely (0.8). So do the initials
of its money's two-word name in the country's own language, in a label's brackets or ending it ("Net à payer TTC
(FD)": the "franc djiboutien"; `cldr.local_initials`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from countersign.extraction.cldr import local_initials, local_names, local_signs, territory_currency
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
        initials = set(local_initials(country)) - signs  # "Net à payer TTC (FD)": only in brackets or ending a label
        signs |= initials
        pattern = re.compile("|".join((r"(?<![^\W\d_])" if s[0].isalpha() else r"(?<!\w)") + re.escape(s)
                                      + (r"(?![^\W\d_])" if s[-1].isalpha() else "")
                                      for s in sorted(signs, key=len, reverse=True)))
        for seg in segments:
            if all(w.id in buyer_words for w in seg.words):
                continue
            for m in pattern.finditer(seg.text):
                if (_bracketed(seg.text, m) if m.group(0) in initials else placed(seg.text, m)) \
                        or _ends_a_label(seg, m, segments):
                    found.setdefault(code, seg.words)
    if len(found) != 1:
        return []
    code, words = next(iter(found.items()))
    return [(code, LOCAL, words)]


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """The sign alone in brackets: "Net à payer TTC (FD)"."""
    return text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")")


def _ends_a_label(seg: Segment, m: re.Match[str], segments: list[Segment]) -> bool:
    """The sign or name ends a label of words (a colon after it allowed) whose amount is the next cell on its line
    ("TOTAL TOP | 5,414.78"), or the nearest cell right of it on a neighbouring line whose words are level with the
    label's (a total in larger type, grouped with the small print beside it: "TOTAL EC Dollars" | "2,875.64")."""
    if seg.text[m.end():].strip(" :") or not re.search(r"[^\W\d_]{2}", seg.text[:m.start()]):
        return False
    cells = seg.line.segments
    i = next((k for k, s in enumerate(cells) if s is seg), None)
    if i is not None and i + 1 < len(cells):
        return bool(_AMOUNT.fullmatch(cells[i + 1].text.strip()))
    right = [s for s in segments if s.line.page == seg.line.page and s.x0 > seg.x1
             and min(s.y1, seg.y1) - max(s.y0, seg.y0) >= 0.5 * min(s.h, seg.h)]
    return bool(right) and bool(_AMOUNT.fullmatch(min(right, key=lambda s: s.x0).text.strip()))
