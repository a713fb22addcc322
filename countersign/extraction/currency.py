"""The currency the totals are printed in: a currency label, the codes or signs next to the amounts (read by the
page's country where a sign is several countries'), or the one code the page prints; several different currencies
lower it with a warning. (The amounts themselves are totals.py's.)"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from countersign.domain import FieldValue
from countersign.extraction.candidate import Candidate
from countersign.extraction.cldr import (
    WORD_CODES,
    currency_names,
    local_signs,
    named_currency_codes,
    territory_currency,
)
from countersign.extraction.confidence import HIGH, POOR, field_value
from countersign.extraction.countries import country_hints
from countersign.extraction.layout import Segment, Word
from countersign.extraction.local_currency import local_currency
from countersign.extraction.values import CURRENCY_CODE_RE, parse_amount, parse_number, sign_codes, sign_pattern


def read_currency(chosen: dict[str, Candidate | None], segments: list[Segment],
                  buyer_words: set[int], warnings: list[str],
                  every: dict[str, list[Candidate]] | None = None, hints: set[str] | None = None) -> FieldValue:
    """The currency: a currency label, the code or sign printed with an amount (or with the
    same amount printed again under another label, in `every`), else the one
    code (or sign) the page prints outside the buyer's block. A sign several currencies share
    ("$", "kr", "¥") is read as the one code the page prints elsewhere that it may stand for
    ("Rate (CAD)"), else the one whose country the page's VAT ids and IBANs name, else as the
    likeliest, less surely. `hints`: the countries the page names (`country_hints`), when known."""
    hints = country_hints(segments) if hints is None else hints
    named = _named_currencies(segments, hints)
    found, may = _currency_with_values(chosen, hints, every or {}, named)
    elsewhere = _printed_codes(segments, buyer_words)
    if found and len(elsewhere) == 1 and max(f[1] for f in found) < HIGH:
        code, words = next(iter(elsewhere.items()))  # "$6,666.44" with "Rate (CAD)": the dollar is that one
        if code in may and all(c != code for c, _, _ in found) \
                and not _counter_value(code, words, segments, chosen, hints):
            found = [(code, 0.85, words[:1])]
    if found and not elsewhere and max(f[1] for f in found) < HIGH and (own := _own_dollar(segments, buyer_words)) \
            and all(c in sign_codes("$") and c != own[0] for c, _, _ in found):
        found = [own]  # "TOTAL $" under "Amount WS$": the bare dollar is the one the page names
    if not found:
        one = next(iter(elsewhere.items())) if len(elsewhere) == 1 else _most_printed(elsewhere)
        local = local_currency(segments, hints, buyer_words,
                               lambda text, m: _next_to_a_number(text, m) or _in_brackets(text, m))
        if one is not None and not ((named - {one[0]} or local or _beside_rate_words(one[1], segments))
                                    and _counter_value(*one, segments, chosen, hints)):
            # ("USD equivalent at NBG rate 2.8179: USD 531.60" on a page whose prices "are in Georgian lari", "129,13
            # EUR" informative on a page that prints its denars "1.940,00 ден.")
            code, words = one
            found.append((code, 0.8, words[:1]))
        else:
            # "E 20,565.00" on a page naming Eswatini; "( ريال يمني )" with the dollars it is worth ("$ 1,151.42"):
            # the money of the country the page names, printed as that country prints it, before a sign's reading
            found = _column_currency(chosen.get("total"), segments, hints) or local or _one_sign(segments, hints, named)
    if not found:
        return FieldValue()
    codes = {c for c, _, _ in found} | set(elsewhere)
    code, strength, words = max(found, key=lambda f: f[1])
    if any(c == code and s >= 0.9 for c, s, _ in found):
        strength = max(strength, HIGH)
    if len(codes) > 1:
        warnings.append(
            "several currencies printed (" + ", ".join(sorted(codes)) + f"); took {code}"
        )
        strength = min(strength, POOR)
    return field_value(code, 0.85 if strength >= 0.9 and _another_named(code, segments) else strength, words)


def _printed_codes(segments: list[Segment], buyer_words: set[int]) -> dict[str, list[Word]]:
    """Each currency code the page prints outside the buyer's block, with its words; an exchange rate ("25.430
    VND/USD") names both its monies."""
    found: dict[str, list[Word]] = {}
    for seg in segments:
        for i, w in enumerate(seg.words):
            if w.id in buyer_words:
                continue
            code = CURRENCY_CODE_RE.fullmatch(w.text.strip(".,:;()")) or _BRACKETED.fullmatch(w.text.rstrip(".,:;"))
            if code and not _in_an_id(seg.words, i):
                found.setdefault(code.group(1), []).append(w)
            elif "/" in w.text and len(pair := [m.group(1) for part in w.text.strip(".,:;()").split("/")
                                                if (m := CURRENCY_CODE_RE.fullmatch(part)) is not None]) == 2:
                for c in pair:
                    found.setdefault(c, []).append(w)
    return found


def _counter_value(code: str, words: list[Word], segments: list[Segment], chosen: dict[str, Candidate | None],
                   hints: set[str]) -> bool:
    """Whether a code is no money of the countries the page names (`hints`), and every segment that prints it prints it
    against an amount, none of them a total: a counter-value in a foreign money ("Valor de referencia en dólares: USD
    2,444.42" on a Colombian invoice, "USD equivalent at NBG rate 2.8179: USD 531.60" on a Georgian one), not the money
    of the page's "$" or its amounts. A segment printing it with no amount counts so beside a rate's word ("Информативно
    во EUR (курс НБРМ 61,49)")."""
    if any(territory_currency(h.lstrip("+@")) == code for h in hints):
        return False
    totals = {value for name in ("subtotal", "tax", "total") if (c := chosen.get(name)) is not None
              and (value := parse_number(c.value)) is not None}
    printing = _printing(words, segments)
    against = [[parse_amount(m.group(0)) for m in re.finditer(
        rf"{code}\s?-?\d[\d.,' \u00a0]*\d|-?\d[\d.,' \u00a0]*\d\s?{code}", seg.text)] for seg in printing]
    return bool(printing) and all((amounts and all(a is not None and a[0] not in totals for a in amounts))
                                  or (not amounts and _beside_a_rate(code, seg.text))
                                  for amounts, seg in zip(against, printing, strict=True))


def _beside_rate_words(words: list[Word], segments: list[Segment]) -> bool:
    """Whether every segment printing these words says a rate or a counter-value ("Contravalor: USD 769.76 (câmbio BM
    63,91)"): the money is another's, though the page's own prints no code or sign that the reader knows."""
    printing = _printing(words, segments)
    return bool(printing) and all(_RATE_WORD.search(seg.text) for seg in printing)


def _printing(words: list[Word], segments: list[Segment]) -> list[Segment]:
    """The segments that print any of these words."""
    ids = {w.id for w in words}
    return [seg for seg in segments if ids & {w.id for w in seg.words}]


def _beside_a_rate(code: str, text: str) -> bool:
    """A code beside an exchange rate's or a counter-value's word, and no other money: "Информативно во EUR (курс НБРМ
    61,49)"; not a rate that names both ("1 EUR = 1,95583 лв."), either of which may be the page's."""
    return bool(_RATE_WORD.search(text)) and not sign_pattern().search(text) and all(
        m.group(1) == code for m in CURRENCY_CODE_RE.finditer(text))


# an exchange rate's or a counter-value's word: "Информативно во EUR (курс НБРМ 61,49)", "kurz ČNB 24,330 CZK/EUR"
_RATE_WORD = re.compile(r"курс|kurs|kurz|\brate\b|taux|\bcours\b|cambio|câmbio|informativ|информатив|equivalent"
                        r"|contravalor|еквивалент|противвредност", re.IGNORECASE)


def _most_printed(printed: dict[str, list[Word]]) -> tuple[str, list[Word]] | None:
    """The code printed three times or more, and at least three times as often as any other: the money of a page
    that states a counter-value or a tax in another once or twice ("... 12,420.90 USD" nine times, "183 609 250 LBP"
    twice, as Lebanon's VAT must be stated)."""
    ranked = sorted(printed.items(), key=lambda kv: -len(kv[1]))
    if len(ranked) > 1 and len(ranked[0][1]) >= 3 and len(ranked[0][1]) >= 3 * len(ranked[1][1]):
        return ranked[0]
    return None


# A code that is a word too ("AMD", "ALL", "PEN") in capitals and brackets: the code ("Արժույթ՝ ՀՀ դրամ (AMD)")
_BRACKETED = re.compile(r"\((" + "|".join(sorted(WORD_CODES)) + r")\)")


def _another_named(code: str, segments: list[Segment]) -> bool:
    """Whether the page names in words another currency of the kind read ("All prices in St Helena pounds" with
    "£" read as sterling), and never the one read: the sign or code may then be that other money's."""
    names = _kinds_of_names()
    kinds = {kind for other, _, kind in names if other == code}
    text = _as_named(" ".join(seg.text for seg in segments))
    printed = {other for other, name, kind in names if kind in kinds and (other == code or " " in name)
               and _printed(name, text)}
    return bool(printed) and code not in printed


@lru_cache(maxsize=1)
def _kinds_of_names() -> tuple[tuple[str, str, str], ...]:
    """(code, English name as `_as_named` prints it, its kind: "pound") of every currency CLDR names."""
    return tuple((code, _as_named(name), name.split()[-1].lower().rstrip("s"))
                 for code in named_currency_codes() for name in currency_names(code))


def _printed(name: str, text: str) -> bool:
    return name in text and re.search(r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])", text) is not None


def _in_an_id(words: list[Word], i: int) -> bool:
    """Whether the code `words[i]` is a part of an id, between its capitals and its digits ("RCCM : BF BBD 2021 A
    4943", a registry number's town)."""
    return 0 < i < len(words) - 1 and bool(re.fullmatch(r"[A-Z]{1,4}", words[i - 1].text)) \
        and bool(re.fullmatch(r"\d{2,}", words[i + 1].text))


def _own_dollar(segments: list[Segment], buyer_words: set[int]) -> tuple[str, float, list[Word]] | None:
    """The one currency the page's dollar signs with their country's letters stand for ("WS$", "NZ$", "BZ$"),
    outside the buyer's block; None if none or several."""
    codes: dict[str, list[Word]] = {}
    for seg in segments:
        for w in seg.words:
            m = re.search(r"(?<![A-Za-z])[A-Z]{1,3}\$", w.text)
            if m and w.id not in buyer_words and len(named := sign_codes(m.group(0))) == 1:
                codes.setdefault(named[0], [w])
    if len(codes) != 1:
        return None
    code, words = next(iter(codes.items()))
    return code, 0.85, words


def _one_sign(segments: list[Segment], hints: set[str], named: AbstractSet[str]) -> list[tuple[str, float, list[Word]]]:
    """The one currency the signs printed against numbers or in a label's brackets stand for, unsurely; none if
    several."""
    signs = {_sign_reading(m.group(0), hints, named)[0] for s in segments for m in sign_pattern().finditer(s.text)
             if (_next_to_a_number(s.text, m) or _in_brackets(s.text, m) or _beside_a_heading(s.text, m))
             and not _an_initial(s.text, m)}
    return [(signs.pop(), 0.6, [])] if len(signs) == 1 else []


def _an_initial(text: str, m: re.Match[str]) -> bool:
    """A one-letter sign in a name, no pula or rand: an initial, with a full stop before a capitalised word ("145 P.
    Burgos St.", "ROSALINDA R. REYES"), or set against a digit or two opening a name ("3R HARDWARE & CONSTRUCTION")."""
    if len(m.group(0)) != 1 or not m.group(0).isalpha():
        return False
    return bool(re.match(r"\.\s+[A-Z][A-Za-z]", text[m.end():]) or re.fullmatch(r"\d{1,2}", text[:m.start()])
                and re.match(r"\s+[A-Z][A-Za-z]", text[m.end():]))


def _column_currency(total: Candidate | None, segments: list[Segment],
                     hints: set[str]) -> list[tuple[str, float, list[Word]]]:
    """The currency heading the total's column: a code or sign alone over it ("лв." over one column,
    "EUR (informative)" over the other, when the page prints both codes), the nearest within 80 pt."""
    if total is None:
        return []
    w = total.words[0]
    for seg in sorted(segments, key=lambda s: -s.y1):
        if seg.words[0].page == w.page and w.y0 - 80 < seg.y1 <= w.y0 and seg.x0 < total.words[-1].x1 \
                and seg.x1 > w.x0:
            head = re.sub(r"\s*\(.*\)$", "", seg.text).strip(" ()")
            code = CURRENCY_CODE_RE.fullmatch(head)
            sign = sign_pattern().fullmatch(head)
            if code or sign:
                return [(code.group(1) if code else _sign_reading(head, hints)[0], 0.85, seg.words)]
    return []


def _beside_a_heading(text: str, m: re.Match[str]) -> bool:
    """A sign of no letters set apart at either end of a short heading with no number: a column's money ("₪ المجموع",
    "Amount €"), its amounts printed bare under it."""
    if any(ch.isalpha() for ch in m.group(0)) or any(ch.isdigit() for ch in text) or len(text.split()) > 4:
        return False
    return (m.start() == 0 and text[m.end():m.end() + 1] == " ") or (
        m.end() == len(text) and text[m.start() - 1:m.start()] == " ")


def _in_brackets(text: str, m: re.Match[str]) -> bool:
    """A sign in brackets after a label or a column's heading: "Net à payer (DT)", "Amount (€)"."""
    return text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip(" .").startswith(")")


def _next_to_a_number(text: str, m: re.Match[str]) -> bool:
    """A sign printed against an amount ("$12", "12 kr", "R 1 200", "R1 200.00"), not a letter in
    a text or in front of an id ("R0012345678") or a model's code ("R32", "R410A"): a sign of
    letters set against the digits takes an amount with cents."""
    if m.group(0)[-1].isalpha() and re.match(r"-?\d{5,}(?![\d.,'])|\s?0\d", text[m.end():]):
        return False  # "R0012345678", a part's number "KM-33511", a postcode ("VT 05401"): no amount opens with 0
    if m.group(0)[-1].isalpha() and re.match(r"-?\d", text[m.end():m.end() + 2]) and not re.match(
            r"-?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*[.,]\d{2}(?![\w.,])", text[m.end():]):
        return False  # "R-2025-640" is a number's prefix
    if m.group(0)[0].isalpha() and re.search(r"(?<![\d.,'])(?:\d{5,}|0\d+)$", text[:m.start()]):
        return False  # "IFU : 05737391P": an id's check letter after its digits, no amount's sign
    return bool(re.match(r"\s?[-(]?\d", text[m.end():m.end() + 3]) or re.search(r"\d[\s\u00a0]?$",
                                                                               text[max(0, m.start() - 2):m.start()]))


def _sign_reading(sign: str, hints: set[str], in_words: AbstractSet[str] = frozenset()) -> tuple[str, bool]:
    """(code, sure) for a printed sign: sure when it stands for one currency, or the page names
    the country of exactly one of those it may stand for; else the one whose country the page's
    telephone numbers dial ("Rs." with "+94 76 ..." is Sri Lanka's rupee), else its addresses name, unsurely."""
    codes = sign_codes(sign) or ("USD",)
    countries = {h.lstrip("+@") for h in hints}
    own = {territory_currency(c) for c in countries if sign in local_signs(c)} - {None, *codes}
    if len(own) == 1 and (code := str(own.pop())) in in_words and not any(_of_country(c, countries) for c in codes):
        return code, False  # "£" on a page naming the Falklands and "Falkland Islands pounds": theirs, unsurely
    if len(codes) == 1:
        return codes[0], True
    named = [c for c in codes if _of_country(c, hints)]
    if len(named) == 1:
        return named[0], True
    dialled = [c for c in codes if _of_country(c, {h[1:] for h in hints if h.startswith("+")})]
    placed = [c for c in codes if _of_country(c, {h[1:] for h in hints if h.startswith("@")})]
    if not named and not dialled and len(placed) == 1:
        return placed[0], False  # "$" on a page whose address says "Guyana": no phone or id says more
    return (dialled[0] if not named and len(dialled) == 1 else codes[0]), False


def _of_country(code: str, countries: set[str]) -> bool:
    """Whether a currency is one of these countries': by its code's first letters ("LKR": LK), or as the
    legal tender of a country whose code it does not carry ("XAF": Cameroon's, "XOF": Benin's)."""
    return code[:2] in countries or any(territory_currency(c) == code for c in countries)


def _named_currencies(segments: list[Segment], hints: set[str]) -> set[str]:
    """The currencies of the countries the page names whose English name it prints ("All amounts in Falkland
    Islands pounds")."""
    codes = {territory_currency(h.lstrip("+@")) for h in hints} - {None}
    text = _as_named(" ".join(seg.text for seg in segments))
    return {str(c) for c in codes if any(_as_named(name) in text for name in currency_names(str(c)))}


def _as_named(text: str) -> str:
    """A currency's name however a page abbreviates its saint: CLDR's "St. Helena pounds" is printed "St Helena
    pounds" or "Saint Helena pounds"."""
    return re.sub(r"\bsaint\b", "st", text.lower().replace(".", ""))


def _word_code_beside(cand: Candidate) -> str | None:
    """A code that is also a word ("GEL", "ALL", "TOP") printed as part of the amount or right before or after it
    ("Total payable GEL 11,249.58"): there it is the currency, as anywhere else it may be a word."""
    amount = " ".join(w.text for w in cand.words)
    if (inside := next((w.text for w in cand.words if w.text in WORD_CODES), None)) is not None:
        return inside
    at = cand.context.find(amount) if amount else -1
    if at < 0:
        return None
    before = re.search(r"(?<![A-Za-z])([A-Z]{3})\s?$", cand.context[:at])
    after = re.match(r"\s?([A-Z]{3})(?![A-Za-z])", cand.context[at + len(amount):])
    return next((m.group(1) for m in (before, after) if m is not None and m.group(1) in WORD_CODES), None)


def _currency_with_values(chosen: dict[str, Candidate | None], hints: set[str], every: dict[str, list[Candidate]],
                          named: AbstractSet[str] = frozenset()
                          ) -> tuple[list[tuple[str, float, list[Word]]], set[str]]:
    """(code, strength, words) from the currency label and from the amounts' own text: a code
    ("EUR 1,200.00") is sure, a sign less so ("$" is not only the US dollar's); and every currency
    the signs printed with the amounts may stand for ("$": USD, CAD, AUD, …). An amount printed
    bare (a summary row's "21 222,21") speaks through the same amount printed with its sign under
    another label ("Celkem k úhradě: 21 222,21 Kč"), else less surely through another amount
    under its label ("BALANCE DUE S$1,312.09" after a payment)."""
    found: list[tuple[str, float, list[Word]]] = []
    may: set[str] = set()
    label = chosen.get("currency")
    if label is not None:
        found.append((label.value, HIGH, label.words))
    for name in ("total", "subtotal", "tax"):
        cand = chosen.get(name)
        if cand is None:
            continue
        value = cand.value
        if not sign_pattern().search(cand.context) and not CURRENCY_CODE_RE.search(cand.context):
            cand = next((c for c in sorted(every.get(name, []), key=lambda c: c.value != value) if (
                sign_pattern().search(c.context) or CURRENCY_CODE_RE.search(c.context))), cand)
        cap = HIGH if cand.value == value else 0.85
        symbol = sign_pattern().search(cand.context)
        if symbol:
            may.update(sign_codes(symbol.group(0)))
        code = CURRENCY_CODE_RE.search(cand.context)
        if code:
            found.append((code.group(1), cap, cand.words))
            continue
        if worded := _word_code_beside(cand):  # ("TOTAL TOP": a word too, so less surely)
            found.append((worded, min(cap, 0.85), cand.words))
            continue
        if symbol and _next_to_a_number(cand.context, symbol):
            code, sure = _sign_reading(symbol.group(0), hints, named)
            found.append((code, min(cap, 0.93 if sure and symbol.group(0) != "$" else 0.8), cand.words))
    return found, may
